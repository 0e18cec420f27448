"""PIPEDA's extended date is exact: s. 8(4)(a) allows at most 30 more days, and the federal
Interpretation Act moves only a last day that is a holiday (s. 26), which Saturday is not
(s. 35(1)). Dates worked out by hand with a calendar."""

from __future__ import annotations

import datetime as dt

from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import load_laws
from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

D = dt.date.fromisoformat


def test_a_saturday_day_60_stands():
    # Received Tue 1 Dec 2026: day 30 = Thu 31 Dec; day 60 = Sat 30 Jan 2027 (not Mon 1 Feb).
    found = compute_deadlines(load_laws()["pipeda"], "access", D("2026-12-01"), "CA-ON")
    assert found.respond_by == D("2026-12-31")
    assert found.extended_respond_by == D("2027-01-30")
    assert "Saturday 2027-01-30" in found.explanations[-1]
    assert "not a holiday" in found.explanations[-1]


def test_a_holiday_moves_to_the_next_day_that_is_not_one_even_a_saturday():
    # Received 2 Dec 2026: day 30 = Fri 1 Jan 2027 (New Year's Day) -> Sat 2 Jan;
    # day 60 = Sun 31 Jan (a holiday, s. 35(1)) -> Mon 1 Feb.
    found = compute_deadlines(load_laws()["pipeda"], "access", D("2026-12-02"), "CA-ON")
    assert (found.respond_by, found.extended_respond_by) == (D("2027-01-02"), D("2027-02-01"))


def test_the_profile_cites_the_interpretation_act_and_records_the_reading():
    law = load_laws()["pipeda"]
    assert law.roll_saturday is False
    assert "s. 26" in law.roll_note and "35(1)" in law.roll_note
    assert any("I-21" in s.url for s in law.sources)
    assert any("Saturday" in d.topic for d in law.disagreements)


def test_the_letter_states_the_exact_extended_date():
    rec = CompanyRecord.model_validate(
        {
            "id": "maple",
            "name": "Maple",
            "source": {"kind": "manual"},
            "contacts": [{"id": "p", "kind": "email", "value": "p@maple.example", "purpose": "x"}],
        }
    )
    jane = Person(name="Jane Q. Public", email="jane@example.com")
    letter = compose_request(rec, "access", jane, residence="CA-ON", today=D("2026-12-01"))
    assert letter.recipient == "p@maple.example"
    assert "31 December 2026" in letter.body
    assert "30 January 2027" in letter.body and "1 February 2027" not in letter.body
