"""The CCPA's 45 days: 11 CCR § 7021(b) lets the period "begin on the day that the business
receives the request"; the assistant takes the later reading (day 1 is the day after receipt,
Civ. Code § 10), records why in the profile, and never calls a business late on day 45."""

from __future__ import annotations

import datetime as dt

from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import load_laws
from assistant.letters.later import timing


def test_the_profile_records_the_reading_and_its_reason():
    law = load_laws()["ccpa"]
    start = next(d for d in law.disagreements if "45 days start" in d.topic)
    assert any("7021(b)" in r and "begin on the day" in r for r in start.readings)
    assert "receipt + 45" in start.chosen
    assert "never calls a business late" in start.why


def test_received_1_december_is_due_15_january_and_not_late_that_day():
    law = load_laws()["ccpa"]
    got = compute_deadlines(law, "deletion", dt.date(2026, 12, 1), "US-CA")
    # 1 Dec + 45 = Fri 15 Jan 2027 (the literal reading would give Thu 14 Jan).
    assert got.respond_by == dt.date(2027, 1, 15)
    assert got.extended_respond_by == dt.date(2027, 3, 1)  # 1 Dec + 90 = Mon 1 Mar 2027
    request = {
        "right": "deletion", "law_id": "ccpa", "residence": "US-CA", "status": "sent",
        "sent": "2026-12-01", "received": "2026-12-01", "respond_by": "2027-01-15",
        "extended_respond_by": "2027-03-01", "extension_notice_by": "2027-01-15",
        "due": "2027-01-15", "extension_granted": False,
    }  # fmt: skip
    timeline = [{"event": "sent", "on": "2026-12-01"}]
    for day in (dt.date(2027, 1, 14), dt.date(2027, 1, 15)):
        assert timing(request, timeline, law, day).followup == "followup_reminder"
        assert timing(request, timeline, law, day).complaint_ok is False
    assert timing(request, timeline, law, dt.date(2027, 1, 16)).followup == "followup_overdue"
