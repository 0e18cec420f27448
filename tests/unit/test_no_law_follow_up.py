"""Where no law gives a deadline: a day to write again, reminded, and never called late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant import workflow
from assistant.law.arithmetic import FOLLOW_UP_DAYS
from assistant.law.deadlines import compute_deadlines
from assistant.ledger.reminders import collect
from assistant.ledger.store import Ledger
from assistant.records.catalog import load_catalog

SENT = dt.date(2026, 9, 1)


def test_the_day_to_write_again_is_the_companys_promise_else_the_default() -> None:
    received = dt.date(2026, 9, 3)
    own = compute_deadlines(None, "access", received, "US-MI", company_response_days=30)
    assert own.respond_by is None and own.follow_up_by == dt.date(2026, 10, 3)
    plain = compute_deadlines(None, "access", received, "US-MI")
    assert plain.follow_up_by == received + dt.timedelta(days=FOLLOW_UP_DAYS)
    assert "not late" in " ".join(plain.explanations)
    assert plain.as_json()["follow_up_by"] == plain.follow_up_by.isoformat()


def test_a_request_under_no_law_waits_then_asks_for_a_reminder_never_overdue(
    tmp_path: Path, warm_home: Path
) -> None:
    path = tmp_path / "requests.sqlite3"
    with Ledger.open(path) as ledger:
        tracked = workflow.track(
            ledger, load_catalog().get("qualfon"), "access",
            residence="US-MI", sent=SENT, channel="email",
        )  # fmt: skip
    row = tracked.row
    assert row.law_id is None and row.due is None
    follow_up = dt.date.fromisoformat(row.deadlines["follow_up_by"])

    (before,) = collect(str(path), follow_up - dt.timedelta(days=1)).reminders
    assert before.kind == "waiting" and follow_up.isoformat() in before.next_step

    for later in (follow_up, follow_up + dt.timedelta(days=400)):
        (reminder,) = collect(str(path), later).reminders
        assert reminder.kind == "write_again"
        assert reminder.command == f"rights followup {row.id}"
        assert "OVERDUE" not in reminder.line() and "late" not in reminder.line()
        assert "no legal deadline" in reminder.next_step

    with Ledger.open(path) as ledger:
        workflow.record_event(ledger, row.id, "followup_sent", on=follow_up)
    (after,) = collect(str(path), follow_up + dt.timedelta(days=30)).reminders
    assert after.kind == "write_again" and "after your reminder" in after.next_step


def test_a_complaint_with_no_law_points_to_the_ftc_and_the_attorney_general(
    tmp_path: Path, warm_home: Path
) -> None:
    import pytest

    from assistant.errors import UserError
    from assistant.letters.model import Person

    catalog = load_catalog()
    with Ledger.open(tmp_path / "requests.sqlite3") as ledger:
        number = workflow.track(
            ledger, catalog.get("qualfon"), "access",
            residence="US-MI", sent=SENT, channel="email",
        ).row.id  # fmt: skip
        person = Person(name="Jane Q. Public", email="jane@example.com")
        with pytest.raises(UserError) as refused:
            workflow.compose_next(
                ledger, catalog, number, "complaint", person, today=dt.date(2026, 12, 1)
            )
    message = str(refused.value)
    assert "https://reportfraud.ftc.gov" in message
    assert "https://www.usa.gov/state-attorney-general" in message
    assert "late" not in message
