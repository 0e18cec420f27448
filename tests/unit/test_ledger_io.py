"""Exports and imports: JSON and CSV round trips are lossless; iCalendar has alarms."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from ledger_helpers import SENT, add

from assistant.errors import UserError
from assistant.ledger.exchange import export_csv, export_ics, export_json, import_file
from assistant.ledger.store import Ledger

DAY = dt.timedelta(days=1)
STAMP = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _fill(ledger: Ledger) -> None:
    a = add(ledger, company="acme")
    ledger.record_event(a, "acknowledged", on=SENT + DAY, note='they said "thanks", really')
    ledger.record_event(a, "extended", on=SENT + 9 * DAY, note="complex;\nmany systems")
    b = add(ledger, company="globex", right="deletion")
    ledger.record_event(b, "denied", on=SENT + 3 * DAY, reason="not_verified")
    c = add(ledger, company="initech", right="opt_out")
    ledger.record_event(c, "extended", on=SENT + 50 * DAY)  # too late: flagged
    ledger.record_event(c, "followup_sent", on=SENT + 51 * DAY)
    add(ledger, company="umbrella", status="draft")


def _requests(export: str) -> list[dict]:
    items = json.loads(export)["requests"]
    for item in items:
        item.pop("id")
    return items


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_is_lossless(tmp_path: Path, fmt: str) -> None:
    with Ledger.open(tmp_path / "first.sqlite3") as first:
        _fill(first)
        original = export_json(first)
        text = export_json(first) if fmt == "json" else export_csv(first)
    backup = tmp_path / f"backup.{fmt}"
    backup.write_text(text, encoding="utf-8")
    with Ledger.open(tmp_path / "second.sqlite3") as second:
        result = import_file(second, backup)
        assert len(result.added) == 4 and result.skipped == []
        assert _requests(export_json(second)) == _requests(original)
        if fmt == "csv":
            assert export_csv(second) == text
        # importing again adds nothing: every reference is already there
        again = import_file(second, backup)
        assert again.added == [] and len(again.skipped) == 4
        assert len(second.list()) == 4


def test_import_keeps_requests_already_there(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "a.sqlite3") as led:
        _fill(led)
        (tmp_path / "all.json").write_text(export_json(led))
    with Ledger.open(tmp_path / "b.sqlite3") as led:
        add(led, company="hooli")
        result = import_file(led, tmp_path / "all.json")
        assert len(result.added) == 4
        assert len(led.list()) == 5
        acme = next(r for r in led.list() if r.company_id == "acme")
        assert [e.event for e in led.timeline(acme.id)] == ["sent", "acknowledged", "extended"]
        assert acme.due == SENT + 90 * DAY and acme.extension_granted


def test_ics_one_event_per_deadline_with_alarm(ledger_path: Path) -> None:
    with Ledger.open(ledger_path) as led:
        _fill(led)
        data = export_ics(led, stamp=STAMP)
    calendar = Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    # acme: extended (acknowledged) -> answer only; globex denied -> none;
    # initech: sent, not acknowledged -> acknowledgement + answer; draft -> none
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == [
        "Acme: access request #1: answer due",
        "Initech: opt-out request #3: acknowledgement due",
        "Initech: opt-out request #3: answer due",
    ]
    acme = next(e for e in events if str(e["SUMMARY"]).startswith("Acme"))
    assert acme.decoded("DTSTART") == SENT + 90 * DAY
    for event in events:
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -dt.timedelta(days=3)
        assert str(alarm["ACTION"]) == "DISPLAY"
    assert len({str(e["UID"]) for e in events}) == len(events)


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


def test_import_rejects_foreign_files(tmp_path: Path, ledger_path: Path) -> None:
    bad_json = tmp_path / "x.json"
    bad_json.write_text('{"hello": 1}')
    bad_csv = tmp_path / "x.csv"
    bad_csv.write_text("name,date\nA,B\n")
    broken = tmp_path / "y.json"
    broken.write_text(
        json.dumps({"format": "rights-assistant-requests", "version": 1, "requests": [{"x": 1}]})
    )
    with Ledger.open(ledger_path) as led:
        with pytest.raises(UserError, match="not a Rights Assistant export"):
            import_file(led, bad_json)
        with pytest.raises(UserError, match="not a Rights Assistant CSV"):
            import_file(led, bad_csv)
        with pytest.raises(UserError, match="is missing"):
            import_file(led, broken)
        with pytest.raises(UserError, match="no such file"):
            import_file(led, tmp_path / "missing.json")
        assert led.list() == []
