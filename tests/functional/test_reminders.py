"""Reminders on given dates: order, next steps, read-only access, and a light import path."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_helpers import SENT, add

from assistant.cli.main import main
from assistant.ledger.reminders import collect, collect_reminders
from assistant.ledger.store import Ledger

DAY = dt.timedelta(days=1)


@pytest.fixture
def ledger() -> Iterator[Ledger]:
    led = Ledger.open()
    yield led
    led.close()


def test_no_ledger_means_no_reminders_and_no_file(rights_home: Path) -> None:
    path = rights_home / "requests.sqlite3"
    assert collect_reminders(path, SENT) == []
    assert collect(path, SENT).tracked is False
    assert not path.exists()


def test_order_and_next_steps(ledger: Ledger) -> None:
    today = dt.date(2026, 3, 1)
    # overdue: due 2026-02-19 (sent 01-05 + 45), no follow-up yet
    overdue = add(ledger, company="late-co", sent=SENT)
    # overdue longer, already followed up: next step is the complaint
    followed = add(ledger, company="later-co", sent=SENT - 10 * DAY)
    ledger.record_event(followed, "followup_sent", on=dt.date(2026, 2, 20))
    # due within 7 days: sent 2026-01-20, due 2026-03-06
    soon = add(ledger, company="soon-co", sent=dt.date(2026, 1, 20))
    # needs action: the company asked for ID on an opt-out
    action = add(ledger, company="id-co", right="opt_out", sent=dt.date(2026, 2, 20))
    ledger.record_event(action, "identity_asked", on=dt.date(2026, 2, 22))
    # acknowledgement overdue: sent 02-10, ack by 02-24, due 03-27
    no_ack = add(ledger, company="quiet-co", sent=dt.date(2026, 2, 10))
    # waiting: acknowledged, due 04-10
    waiting = add(ledger, company="fine-co", sent=dt.date(2026, 2, 24))
    ledger.record_event(waiting, "acknowledged", on=dt.date(2026, 2, 25))
    # finished: never shown
    done = add(ledger, company="done-co", sent=SENT)
    ledger.record_event(done, "answered_full", on=dt.date(2026, 2, 1))

    reminders = collect_reminders(ledger.path, today)
    assert [(r.kind, r.request_id) for r in reminders] == [
        ("overdue", followed),  # the older due date first
        ("overdue", overdue),
        ("due_soon", soon),
        ("needs_action", action),
        ("ack_overdue", no_ack),
        ("waiting", waiting),
    ]
    by_id = {r.request_id: r for r in reminders}
    assert by_id[overdue].days == (today - (SENT + 45 * DAY)).days == 10
    assert by_id[overdue].command == f"rights followup {overdue}"
    assert by_id[followed].command == f"rights complain {followed}"
    assert "California Privacy Protection Agency" in by_id[followed].next_step
    assert by_id[soon].days == 5
    assert by_id[action].command == f"rights requests update {action} identity_given"
    assert "opt-out needs none" in by_id[action].next_step
    assert by_id[no_ack].command == f"rights requests update {no_ack} acknowledged"
    assert by_id[waiting].command == f"rights requests show {waiting}"
    for reminder in reminders:
        line = reminder.line()
        assert line.startswith(f"#{reminder.request_id}")
        assert line.endswith(reminder.command)
        assert "\n" not in line


def test_same_ledger_other_days(ledger: Ledger) -> None:
    number = add(ledger)  # ack by 01-19, due 02-19
    kinds = {
        dt.date(2026, 1, 10): "waiting",
        dt.date(2026, 1, 20): "ack_overdue",
        dt.date(2026, 2, 12): "due_soon",
        dt.date(2026, 2, 19): "due_soon",  # due today is not late
        dt.date(2026, 2, 20): "overdue",
    }
    for today, kind in kinds.items():
        [reminder] = collect_reminders(ledger.path, today)
        assert (reminder.request_id, reminder.kind) == (number, kind), today


def test_valid_extension_moves_the_reminder(ledger: Ledger) -> None:
    number = add(ledger)
    ledger.record_event(number, "extended", on=SENT + 10 * DAY)
    [reminder] = collect_reminders(ledger.path, SENT + 50 * DAY)
    assert reminder.kind == "waiting" and reminder.due == (SENT + 90 * DAY).isoformat()


def test_late_extension_still_overdue(ledger: Ledger) -> None:
    number = add(ledger)
    ledger.record_event(number, "extended", on=SENT + 50 * DAY)
    [reminder] = collect_reminders(ledger.path, SENT + 50 * DAY)
    assert reminder.kind == "overdue"
    assert "extension came too late" in reminder.next_step


def test_complaint_filed_asks_for_the_outcome(ledger: Ledger) -> None:
    number = add(ledger)
    ledger.record_event(number, "followup_sent", on=SENT + 46 * DAY)
    ledger.record_event(number, "complaint_filed", on=SENT + 60 * DAY)
    [reminder] = collect_reminders(ledger.path, SENT + 61 * DAY)
    assert reminder.kind == "overdue"
    assert "complaint filed" in reminder.next_step


def test_waiting_limit_counts_the_rest(ledger: Ledger) -> None:
    for offset in range(5):
        add(ledger, sent=dt.date(2026, 1, 1) + offset * DAY)
    report = collect(ledger.path, dt.date(2026, 1, 2), waiting_limit=2)
    assert [r.kind for r in report.reminders] == ["waiting", "waiting"]
    assert report.waiting_total == 5 and report.waiting_left_out == 3


def test_reminders_open_the_ledger_read_only(ledger: Ledger) -> None:
    add(ledger)
    ledger.close()
    path = ledger.path
    before = path.read_bytes()
    os.chmod(path, 0o400)
    try:
        collect_reminders(path, dt.date(2026, 3, 1))
    finally:
        os.chmod(path, 0o600)
    assert path.read_bytes() == before


def test_cli_reminders_json_and_text(ledger: Ledger, capsys: pytest.CaptureFixture) -> None:
    number = add(ledger)
    assert main(["reminders", "--json", "--today", "2026-03-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["request_id"] == number and data[0]["kind"] == "overdue"
    assert data[0]["command"] == f"rights followup {number}"
    assert main(["reminders", "--today", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"#{number}") and "OVERDUE 10 days" in out
    assert main(["reminders", "--quiet", "--today", "2026-01-06"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_reminders_bad_date(capsys: pytest.CaptureFixture) -> None:
    assert main(["reminders", "--today", "March"]) == 2
    assert "--today wants a date" in capsys.readouterr().err


def test_cli_reminders_without_ledger(capsys: pytest.CaptureFixture) -> None:
    assert main(["reminders"]) == 0
    assert "No requests tracked yet" in capsys.readouterr().out


def test_ledger_file_rule_matches_paths(rights_home: Path) -> None:
    from assistant import paths
    from assistant.cli.reminders import ledger_file

    assert Path(ledger_file()) == paths.data_dir() / "requests.sqlite3"


def test_reminders_import_nothing_heavy(rights_home: Path) -> None:
    """`rights reminders` must not load Textual, Jinja2, pydantic, holidays, rapidfuzz, or
    platformdirs (with $RIGHTS_HOME set). Behaviour, not timing."""
    with Ledger.open() as led:
        add(led)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant", "reminders", "--today",
         "2026-03-01"],
        capture_output=True, text=True, env=os.environ.copy(), check=True,
    )  # fmt: skip
    assert "OVERDUE" in result.stdout
    imported = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    heavy = {"textual", "jinja2", "pydantic", "holidays", "rapidfuzz", "platformdirs", "rich"}
    assert imported & heavy == set()
    assert "sqlite3" in imported  # the check can see imports at all
