"""From a reply to the ledger and the next letter: matching, recording, the schema 2 migration,
and the drafted next step (assistant/workflow.py, ledger/store.py, letters/next_steps.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant import workflow
from assistant.errors import UserError
from assistant.ledger import schema
from assistant.ledger.store import Ledger
from assistant.letters.model import Person
from assistant.records.catalog import load_catalog

SENT = dt.date(2026, 11, 23)
PERSON = Person(name="Claire Dubois", email="claire@example.org")


def _eml(
    body: str,
    *,
    subject: str = "Re: your request",
    sender: str = "dpo@fnacdarty.com",
    date: str = "Mon, 07 Dec 2026 10:00:00 +0100",
    message_id: str = "<r1@fnacdarty.com>",
    in_reply_to: str | None = None,
    attachment: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Date"] = sender, subject, date
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    if attachment:
        msg.add_attachment(b"x", maintype="application", subtype="zip", filename=attachment)
    return msg.as_bytes()


def _reading(data: bytes) -> workflow.Reading:
    (reading,) = workflow.read_replies(data, "reply.eml")
    return reading


@pytest.fixture
def tracked(warm_home: Path) -> tuple[Ledger, int, str]:
    ledger = Ledger.open()
    record = load_catalog().get("fnac")
    done = workflow.track(ledger, record, "access", residence="FR", sent=SENT, channel="email")
    return ledger, done.row.id, done.row.reference


def test_the_reference_names_the_request_for_certain(tracked: tuple[Ledger, int, str]) -> None:
    ledger, number, reference = tracked
    reading = _reading(_eml("Nous avons bien reçu votre demande.", subject=f"Re: {reference}"))
    match = workflow.match_reply(ledger, reading)
    assert match.certain and match.request_id == number
    assert match.candidates[0].why == "reference"


def test_the_domain_alone_gives_candidates_but_never_a_certain_match(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, _reference = tracked
    record = load_catalog().get("fnac")
    other = workflow.track(ledger, record, "deletion", residence="FR", sent=SENT, channel="email")
    reading = _reading(_eml("Nous avons bien reçu votre demande.", sender="x@fnacdarty.com"))
    match = workflow.match_reply(ledger, reading, load_catalog())
    assert not match.certain and match.request_id is None
    assert {c.request_id for c in match.candidates} == {number, other.row.id}
    stranger = _reading(_eml("Nous avons bien reçu votre demande.", sender="a@unknown.example"))
    assert workflow.match_reply(ledger, stranger).candidates == ()


def test_an_extension_is_recorded_with_the_reply_and_moves_the_due_date(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, reference = tracked
    body = (
        "Bonjour,\n\nCompte tenu du nombre de systèmes concernés, nous prolongeons ce délai "
        "de deux mois, soit jusqu'au 23/02/2027.\n\nCordialement"
    )
    reading = _reading(_eml(body, subject=f"Re: {reference}", attachment="notice.pdf"))
    done = workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 7))
    assert done.events == ("extended",)
    assert done.row.status == "extended"
    assert done.row.due == dt.date(2027, 2, 23)
    (kept,) = ledger.replies(number)
    assert kept["event"] == "extended" and kept["attachments"] == '["notice.pdf"]'
    assert "prolongeons" in kept["text"]
    event_ids = [e.id for e in ledger.timeline(number) if e.event == "extended"]
    assert kept["event_id"] == event_ids[-1]


def test_a_later_reply_in_the_same_thread_is_matched_by_its_headers(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, reference = tracked
    first = _reading(_eml("Nous avons bien reçu votre demande.", subject=f"Re: {reference}"))
    workflow.record_reply(ledger, number, first, on=dt.date(2026, 11, 25))
    later = _reading(
        _eml(
            "Vous trouverez ci-joint vos données.",
            message_id="<r2@fnacdarty.com>",
            in_reply_to="<r1@fnacdarty.com>",
        )
    )
    match = workflow.match_reply(ledger, later)
    assert match.certain and match.request_id == number
    assert match.candidates[0].why == "thread"


def test_a_refusal_as_processor_is_recorded_with_the_new_reason(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, _reference = tracked
    body = (
        "Bonjour,\n\nNous intervenons en qualité de sous-traitant pour nos clients : nous ne "
        "sommes donc pas en mesure de répondre à votre demande.\n\nCordialement"
    )
    reading = _reading(_eml(body))
    done = workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 1))
    assert (done.row.status, done.row.denial_reason) == ("denied", "not_controller")


def test_a_portal_reply_keeps_the_link_and_records_no_event(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, _reference = tracked
    body = "Bonjour,\n\nMerci d'utiliser notre formulaire sur https://fnac.example/privacy.\n"
    reading = _reading(_eml(body))
    assert reading.event == "use_other_channel"
    done = workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 1))
    assert done.events == () and done.row.status == "sent"
    assert "https://fnac.example/privacy" in ledger.replies(number)[0]["links"]


@pytest.mark.parametrize(
    "body", ["Je suis absente du bureau jusqu'au 4 janvier.", "Merci de me rappeler demain."]
)
def test_non_replies_and_unclear_replies_are_never_recorded(
    tracked: tuple[Ledger, int, str], body: str
) -> None:
    ledger, number, _reference = tracked
    reading = _reading(_eml(body, subject="Réponse automatique"))
    with pytest.raises(UserError):
        workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 1))
    assert [e.event for e in ledger.timeline(number)] == ["sent"]
    assert ledger.replies(number) == []


def test_an_id_demand_with_an_extension_records_both(tracked: tuple[Ledger, int, str]) -> None:
    ledger, number, _reference = tracked
    body = (
        "Bonjour,\n\nNous prolongeons le délai de deux mois. Afin de vérifier votre identité, "
        "merci de nous transmettre une copie de votre carte d'identité.\n"
    )
    reading = _reading(_eml(body))
    assert (reading.event, reading.extension) == ("identity_asked", {"months": 2})
    done = workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 1))
    assert done.events == ("extended", "identity_asked")
    assert done.row.status == "needs_action"


def test_the_id_objection_quotes_the_demand_and_the_law(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, _reference = tracked
    body = "Bonjour,\n\nMerci de nous transmettre une copie de votre pièce d'identité.\n"
    reading = _reading(_eml(body))
    assert reading.next == "identity_objection"
    letter = workflow.compose_reply_step(
        ledger, load_catalog(), number, reading, PERSON, today=dt.date(2026, 12, 8)
    )
    assert letter is not None and letter.kind == "identity_objection"
    assert "copie de votre pièce d'identité" in letter.body
    assert "Art. 12(6)" in letter.body
    assert "7 December 2026" in letter.body


def test_a_gdpr_partial_answer_asks_for_the_missing_items_by_article(
    tracked: tuple[Ledger, int, str],
) -> None:
    ledger, number, _reference = tracked
    body = (
        "Bonjour,\n\nVous trouverez ci-joint vos données de compte. En revanche, nous ne "
        "pouvons pas communiquer l'historique des appels, couvert par le secret des affaires.\n"
    )
    reading = _reading(_eml(body))
    assert (reading.event, reading.reason) == ("answered_part", "exemption")
    letter = workflow.compose_reply_step(
        ledger, load_catalog(), number, reading, PERSON, today=dt.date(2026, 12, 8)
    )
    assert letter is not None and letter.kind == "missing_items"
    assert "the recipients or categories of recipients (GDPR Art. 15(1)(c))" in letter.body


def test_a_refusal_is_appealed_where_the_law_gives_an_appeal_else_complained_of(
    warm_home: Path,
) -> None:
    ledger = Ledger.open()
    record = load_catalog().get("spotify")
    body = "Hello,\n\nWe decline your request because it is excessive.\n"
    reading = _reading(_eml(body, sender="privacy@spotify.com"))
    assert (reading.event, reading.reason) == ("denied", "too_many_requests")
    today = dt.date(2026, 12, 8)
    for residence, kind in (("US-CO", "appeal"), ("IE", "complaint")):
        number = workflow.track(
            ledger, record, "access", residence=residence, sent=SENT, channel="email"
        ).row.id
        workflow.record_reply(ledger, number, reading, on=dt.date(2026, 12, 7))
        letter = workflow.compose_reply_step(
            ledger, load_catalog(), number, reading, PERSON, today=today
        )
        assert letter is not None and letter.kind == kind
        assert "7 December 2026" in letter.body
        if kind == "appeal":
            assert "We decline your request because it is excessive." in letter.body
            assert "Colo. Rev. Stat. § 6-1-1306(3)" in letter.body
            # Said to the company, about the company: never "the company must give you".
            text = " ".join(letter.body.split())
            assert "the company must give you" not in text
            assert "If you deny the appeal, you must give me an online mechanism" in text


def test_no_data_closes_with_a_question_about_sources(tracked: tuple[Ledger, int, str]) -> None:
    ledger, number, _reference = tracked
    reading = _reading(_eml("Bonjour,\n\nNous ne détenons aucune donnée vous concernant.\n"))
    assert (reading.event, reading.reason, reading.next) == (
        "answered_full",
        "no_data",
        "sources_question",
    )
    letter = workflow.compose_reply_step(
        ledger, load_catalog(), number, reading, PERSON, today=dt.date(2026, 12, 8)
    )
    assert letter is not None and "where you obtained my details" in letter.body
    assert "GDPR Art. 14(2)(f)" in letter.body


def test_a_schema_1_ledger_is_upgraded_and_accepts_the_new_reasons(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    old = schema._quoted(schema.DENIAL_REASONS[:5])
    conn.executescript(schema.MIGRATIONS[0].replace(schema._quoted(schema.DENIAL_REASONS), old))
    conn.execute(
        "INSERT INTO requests (reference, company_id, company_name, right, residence, channel,"
        " status, sent, received) VALUES ('RA-1', 'acme', 'Acme', 'access', 'FR', 'email',"
        " 'sent', '2026-11-23', '2026-11-23')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    ledger = Ledger.open(path)
    assert ledger.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    row = ledger.record_event(1, "denied", on=dt.date(2026, 12, 1), reason="outside_jurisdiction")
    assert row.denial_reason == "outside_jurisdiction"
    assert ledger.add_reply(1, dt.date(2026, 12, 1), event="denied", text="No.") > 0
    assert ledger.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(sqlite3.IntegrityError):
        ledger.conn.execute("UPDATE requests SET denial_reason = 'made_up' WHERE id = 1")
