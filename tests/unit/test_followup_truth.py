"""Follow-ups and complaints never claim lateness before the deadline, and keep notes private.

Every date below is worked out by hand from the request dict: due 16 November 2026, so the
last day the company is in time is the 16th and lateness starts on the 17th.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import UserError
from assistant.law.profiles import load_laws
from assistant.letters.later import compose_complaint, compose_followup, timing
from assistant.letters.model import Person
from assistant.records.model import CompanyRecord

DUE = dt.date(2026, 11, 16)
SENT = [{"event": "sent", "on": "2026-10-01", "note": "my private worry about them"}]


@pytest.fixture()
def rec() -> CompanyRecord:
    return CompanyRecord.model_validate(
        {
            "id": "acme",
            "name": "Acme",
            "source": {"kind": "manual"},
            "contacts": [{"id": "p", "kind": "email", "value": "p@acme.example", "purpose": "x"}],
        }
    )


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com")


def request(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "reference": "RA-20261001-ACME-ACC-AAAA",
        "company_id": "acme",
        "right": "access",
        "law_id": "ccpa",
        "residence": "US-CA",
        "channel": "email",
        "recipient": "p@acme.example",
        "status": "sent",
        "sent": "2026-10-01",
        "received": "2026-10-01",
        "respond_by": DUE.isoformat(),
        "extended_respond_by": "2026-12-30",
        "extension_notice_by": DUE.isoformat(),
        "due": DUE.isoformat(),
        "extension_granted": False,
    }
    base.update(kw)
    return base


@pytest.mark.parametrize("today", [dt.date(2026, 10, 1), dt.date(2026, 11, 2), DUE])
def test_before_or_on_the_deadline_only_a_polite_reminder(rec, jane, today):
    letter = compose_followup(request(), SENT, rec, jane, today=today)
    assert letter.kind == "followup_reminder"
    body = letter.body.lower()
    for lateness in ("overdue", "ran out", "late", "without further delay", "complain"):
        assert lateness not in body
    assert "you have until 16 november 2026" in body
    assert any("17 November 2026" in w for w in letter.warnings)
    with pytest.raises(UserError, match="would not be true"):
        compose_followup(request(), SENT, rec, jane, today=today, kind="followup_overdue")


@pytest.mark.parametrize("today", [dt.date(2026, 10, 1), DUE])
def test_no_complaint_before_the_law_allows_it(rec, jane, today):
    with pytest.raises(UserError, match="from 17 November 2026"):
        compose_complaint(request(), SENT, rec, jane, today=today)


def test_the_day_after_the_deadline_it_is_overdue(rec, jane):
    day = DUE + dt.timedelta(days=1)
    letter = compose_followup(request(), SENT, rec, jane, today=day)
    assert letter.kind == "followup_overdue"
    assert "ran out on 16 November 2026" in letter.body
    complaint = compose_complaint(request(), SENT, rec, jane, today=day)
    assert "had to answer by 16 November 2026" in complaint.body


def test_a_granted_extension_moves_the_point(rec, jane):
    extended = request(extension_granted=True, due="2026-12-30", status="extended")
    day = dt.date(2026, 12, 1)  # after the first deadline, before the extended one
    assert compose_followup(extended, SENT, rec, jane, today=day).kind == "followup_reminder"
    with pytest.raises(UserError, match="31 December 2026"):
        compose_complaint(extended, SENT, rec, jane, today=day)


def test_before_the_request_arrives_nothing_is_written(rec, jane):
    posted = request(channel="postal", received="2026-10-06")
    with pytest.raises(UserError, match="reaches the company only on 6 October 2026"):
        compose_followup(posted, SENT, rec, jane, today=dt.date(2026, 10, 2))


def test_a_refusal_allows_a_complaint_at_once_where_there_is_no_appeal(rec, jane):
    refused = request(status="denied")
    timeline = [*SENT, {"event": "denied", "on": "2026-10-10", "reason": "exemption"}]
    letter = compose_complaint(refused, timeline, rec, jane, today=dt.date(2026, 10, 11))
    assert "10 October 2026: the company refused the request, citing an exemption." in letter.body
    with pytest.raises(UserError, match="refused"):
        compose_followup(refused, timeline, rec, jane, today=dt.date(2026, 10, 11))


def test_under_a_law_with_an_appeal_the_appeal_comes_first(rec, jane):
    texas = request(status="denied", law_id="tdpsa", residence="US-TX")
    timeline = [*SENT, {"event": "denied", "on": "2026-10-10"}]
    assert load_laws()["tdpsa"].appeal is not None
    with pytest.raises(UserError, match="appeal first"):
        compose_complaint(texas, timeline, rec, jane, today=dt.date(2026, 10, 11))
    appealed = [*timeline, {"event": "followup_sent", "on": "2026-10-12"}]
    compose_complaint(texas, appealed, rec, jane, today=dt.date(2026, 10, 13))


def test_uk_gdpr_complaint_only_after_raising_it_with_the_organisation(rec, jane):
    uk = request(law_id="uk-gdpr", residence="GB")
    day = DUE + dt.timedelta(days=3)
    with pytest.raises(UserError, match="ICO"):
        compose_complaint(uk, SENT, rec, jane, today=day)
    raised = [*SENT, {"event": "followup_sent", "on": "2026-11-17"}]
    # s. 164A(3): 30 days for the organisation to acknowledge; the ICO only after them.
    with pytest.raises(UserError, match="164A"):
        compose_complaint(uk, raised, rec, jane, today=dt.date(2026, 12, 16))
    assert compose_complaint(uk, raised, rec, jane, today=dt.date(2026, 12, 17)).recipient_name


def test_no_legal_date_means_no_lateness_claim(rec, jane):
    lawless = request(law_id=None, respond_by=None, extended_respond_by=None, due=None)
    letter = compose_followup(lawless, SENT, rec, jane, today=dt.date(2027, 6, 1))
    assert letter.kind == "followup_reminder"
    assert timing(lawless, SENT, None, dt.date(2027, 6, 1)).complaint_ok is False


def test_private_notes_stay_private_unless_included(rec, jane):
    day = DUE + dt.timedelta(days=1)
    timeline = [*SENT, {"event": "acknowledged", "on": "2026-10-05", "note": "rude on phone"}]
    for letter in (
        compose_followup(request(), timeline, rec, jane, today=day),
        compose_complaint(request(), timeline, rec, jane, today=day),
    ):
        assert "private worry" not in letter.body and "rude on phone" not in letter.body
        assert "5 October 2026" in letter.body
    shared = compose_followup(request(), timeline, rec, jane, today=day, include_notes=True)
    assert "rude on phone" in shared.body


def test_the_signer_is_the_person_given(rec):
    agent = Person(name="Jane Q. Public", email="sam@example.com", agent_name="Sam Agent")
    letter = compose_followup(request(), SENT, rec, agent, today=DUE)
    assert letter.signature.startswith("Sam Agent")
    assert "Authorized agent for Jane Q. Public" in letter.signature


def test_a_polite_reminder_is_no_complaint_to_the_organisation(rec, jane):
    # s. 164A: only a follow-up sent once the deadline has passed complains of lateness.
    uk = request(law_id="uk-gdpr", residence="GB")
    reminded = [*SENT, {"event": "followup_sent", "on": (DUE - dt.timedelta(days=5)).isoformat()}]
    with pytest.raises(UserError, match="ICO"):
        compose_complaint(uk, reminded, rec, jane, today=DUE + dt.timedelta(days=60))
