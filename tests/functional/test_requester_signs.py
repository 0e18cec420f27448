"""Every later letter is signed by the request's own requester, kept in the ledger.

Tracked through the same use cases the front ends call (assistant.workflow), in a fresh data
directory per test (conftest): the saved profile says one person, the request was made by
another, and the follow-up and the complaint must carry the request's requester.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import workflow
from assistant.errors import UserError
from assistant.ledger.store import Ledger
from assistant.letters.model import Person
from assistant.records.catalog import load_catalog

SENT = dt.date(2026, 11, 2)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_cache=False, include_user=False)


def _track(catalog, ledger: Ledger, person: Person) -> int:
    record = catalog.get("qualfon")
    letter = workflow.write_request(record, "access", person, residence="US-CA", today=SENT)
    return workflow.track_letter(ledger, record, letter, residence="US-CA", sent=SENT).row.id


def test_followup_and_complaint_signed_by_the_requester_not_the_profile(catalog):
    requester = Person(name="Maria Requester", email="maria@example.com", agent_name="Sam Agent")
    profile_person = Person(name="Profile Person", email="profile@example.com")
    with Ledger.open() as ledger:
        ledger.profile_set({"name": "Profile Person", "email": "profile@example.com"})
        number = _track(catalog, ledger, requester)
        assert ledger.requester(number) == {
            "name": "Maria Requester",
            "email": "maria@example.com",
            "address": None,
            "agent_name": "Sam Agent",
            "language": "en",  # the letter's: later letters are written in it
        }
        row = ledger.get(number)
        assert row.due is not None
        # Before the deadline: a reminder, signed by the requester's agent.
        early = workflow.compose_next(
            ledger, catalog, number, "followup", profile_person, today=SENT + dt.timedelta(days=3)
        )
        assert early.kind == "followup_reminder"
        assert early.sender_email == "maria@example.com"
        assert early.signature.startswith("Sam Agent")
        assert "Profile Person" not in early.body
        with pytest.raises(UserError, match="complaint is possible from"):
            workflow.compose_next(
                ledger, catalog, number, "complaint", profile_person, today=row.due
            )
        late = row.due + dt.timedelta(days=1)
        overdue = workflow.compose_next(
            ledger, catalog, number, "followup", profile_person, today=late
        )
        assert overdue.kind == "followup_overdue"
        assert "Maria Requester" in overdue.body and "Profile Person" not in overdue.body
        complaint = workflow.compose_next(
            ledger, catalog, number, "complaint", profile_person, today=late
        )
        assert complaint.sender_email == "maria@example.com"
        assert "Profile Person" not in complaint.body


def test_old_requests_without_a_stored_requester_use_the_person_given(catalog):
    given = Person(name="Given Person", email="given@example.com")
    with Ledger.open() as ledger:
        record = catalog.get("qualfon")
        number = workflow.track(
            ledger, record, "access", residence="US-CA", sent=SENT, channel="email"
        ).row.id
        assert ledger.requester(number) is None
        letter = workflow.compose_next(
            ledger, catalog, number, "followup", given, today=SENT + dt.timedelta(days=2)
        )
        assert letter.sender_email == "given@example.com"


def test_deleting_a_request_forgets_its_requester(catalog):
    from assistant.ledger.erase import delete_request

    person = Person(name="Maria Requester", email="maria@example.com")
    with Ledger.open() as ledger:
        number = _track(catalog, ledger, person)
        delete_request(ledger, number, with_letters=False)
        count = ledger.conn.execute("SELECT count(*) FROM requesters").fetchone()[0]
        assert count == 0


def _overdue(
    catalog, ledger: Ledger, residence: str, company: str = "zalando"
) -> tuple[int, dt.date]:
    record = catalog.get(company)
    person = Person(name="Erika Mustermann", email="erika@example.com")
    letter = workflow.write_request(record, "access", person, residence=residence, today=SENT)
    row = workflow.track_letter(ledger, record, letter, residence=residence, sent=SENT).row
    assert row.due is not None
    return row.id, row.due + dt.timedelta(days=1)


def test_german_complaint_goes_to_the_land_authority_in_german(catalog):
    with Ledger.open() as ledger:
        number, late = _overdue(catalog, ledger, "DE-BY")
        letter = workflow.compose_next(ledger, catalog, number, "complaint", None, today=late)  # type: ignore[arg-type]
        assert "BayLDA" in letter.recipient_name
        assert letter.recipient == "poststelle@lda.bayern.de"
        assert letter.language == "de"
        assert "Art. 77 Abs. 1 DSGVO" in letter.body
        assert "Erika Mustermann" in letter.signature


def test_german_complaint_asks_for_the_land_when_unknown(catalog):
    with Ledger.open() as ledger:
        number, late = _overdue(catalog, ledger, "DE")
        with pytest.raises(UserError, match="which German Land"):
            workflow.compose_next(ledger, catalog, number, "complaint", None, today=late)  # type: ignore[arg-type]
        letter = workflow.compose_next(
            ledger,
            catalog,
            number,
            "complaint",
            None,
            today=late,
            land="DE-HH",  # type: ignore[arg-type]
        )
        assert "Hamburg" in letter.recipient_name


def test_french_complaint_to_the_cnil_in_french(catalog):
    with Ledger.open() as ledger:
        number, late = _overdue(catalog, ledger, "FR")
        letter = workflow.compose_next(ledger, catalog, number, "complaint", None, today=late)  # type: ignore[arg-type]
        assert "CNIL" in letter.recipient_name and letter.language == "fr"
        assert "article 77, paragraphe 1, du RGPD" in letter.body


def test_cppa_complaint_fits_the_form(catalog):
    with Ledger.open() as ledger:
        number, late = _overdue(catalog, ledger, "US-CA", company="qualfon")
        for _ in range(40):
            ledger.record_event(number, "identity_asked", on=SENT + dt.timedelta(days=1))
            ledger.record_event(number, "identity_given", on=SENT + dt.timedelta(days=2))
        letter = workflow.compose_next(ledger, catalog, number, "complaint", None, today=late)  # type: ignore[arg-type]
        assert letter.recipient_name == "California Privacy Protection Agency"
        assert len(letter.body) <= 4000
        assert "By the company's web form" not in letter.body
        assert ".txt" not in letter.body  # no internal file names


def test_rights_followup_needs_no_name_when_the_ledger_knows_the_requester(
    catalog, tmp_path, capsys
):
    from assistant.cli.main import main

    requester = Person(name="Maria Requester", email="maria@example.com")
    with Ledger.open() as ledger:  # no profile saved, no --name / --email given
        number = _track(catalog, ledger, requester)
    code = main(["followup", str(number), "--today", "2026-11-10", "--out", str(tmp_path)])
    assert code == 0, capsys.readouterr().err
    (text,) = [p.read_text("utf-8") for p in tmp_path.glob("*.txt")]
    assert "Maria Requester" in text and "maria@example.com" in text
