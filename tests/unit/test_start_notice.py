"""The app's start notice names only the keys its reminders call for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant import workflow
from assistant.ledger.reminders import collect
from assistant.ledger.store import Ledger
from assistant.records.catalog import load_catalog
from assistant.tui.screens.chat import reminders_text

TODAY = dt.date(2026, 11, 23)


def _notice(path: Path, *, followed_up: bool) -> str:
    catalog = load_catalog()
    with Ledger.open(path) as ledger:
        tracked = workflow.track(
            ledger, catalog.get("qualfon"), "access",
            residence="US-CA", sent=dt.date(2026, 8, 1), channel="email",
        )  # fmt: skip
        if followed_up:
            workflow.record_event(ledger, tracked.row.id, "followup_sent", on=dt.date(2026, 10, 1))
    text = reminders_text(collect(str(path), TODAY).reminders)
    assert text is not None
    return text


def test_an_overdue_request_calls_for_a_follow_up_only(tmp_path: Path, warm_home: Path) -> None:
    text = _notice(tmp_path / "a.sqlite3", followed_up=False)
    assert "overdue by" in text and "send a follow-up" in text
    assert "**U** writes the follow-up" in text
    assert "complaint" not in text.split("Ctrl+R")[1]


def test_after_a_follow_up_the_notice_points_to_a_complaint(
    tmp_path: Path, warm_home: Path
) -> None:
    text = _notice(tmp_path / "b.sqlite3", followed_up=True)
    assert "**C** the complaint to the regulator" in text
    assert "**U**" not in text


def test_a_request_under_no_law_is_a_reminder_not_a_lateness(
    tmp_path: Path, warm_home: Path
) -> None:
    path = tmp_path / "c.sqlite3"
    with Ledger.open(path) as ledger:
        workflow.track(
            ledger, load_catalog().get("qualfon"), "access",
            residence="US-MI", sent=dt.date(2026, 8, 1), channel="email",
        )  # fmt: skip
    text = reminders_text(collect(str(path), TODAY).reminders)
    assert text is not None
    assert "no answer yet (no law sets a deadline)" in text
    assert "overdue" not in text and "late" not in text
    assert "**U** writes the follow-up" in text
