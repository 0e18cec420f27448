"""Ledger exports (iCalendar, CSV, JSON) and imports (our own JSON or CSV).

- JSON: `{"format": "rights-assistant-requests", "version": 1, "requests": [...]}`, each request
  with its stored deadlines and its whole timeline. This is the lossless backup format.
- CSV: one row per request, the same fields; the nested ones (deadlines, letter files,
  events) are JSON text in their own column, so a CSV export imports back without loss.
- iCalendar (icalendar package): one all-day event per deadline of each open request (the
  acknowledgement, while none has come, and the answer), each with an alarm 3 days before.

Import skips requests whose reference is already in the ledger, so importing the same file
twice, or an export of this very ledger, changes nothing. Dates are taken as exported, never
recomputed: they were computed by assistant/deadlines.py when the request was first recorded.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.ledger.schema import EVENTS, FINISHED_STATUSES, STORED_STATUSES
from assistant.ledger.store import Ledger, RequestRow

FORMAT_NAME = "rights-assistant-requests"
FORMAT_VERSION = 1
ALARM_DAYS_BEFORE = 3
FORMATS = ("ics", "csv", "json")

# Every stored field of a request, as in `RequestRow.as_dict()`, then its timeline.
CSV_FIELDS: tuple[str, ...] = (
    *(f.name for f in dataclasses.fields(RequestRow) if f.name != "alerts"),
    "events",
)
_JSON_COLUMNS = ("deadlines", "letter_files", "events")
_REQUIRED = ("reference", "company_id", "company_name", "right", "residence", "channel")


@dataclass(frozen=True)
class ImportResult:
    added: list[int]
    skipped: list[str]  # references already tracked


def request_items(ledger: Ledger) -> list[dict[str, Any]]:
    """Every request as a plain dict with its timeline, oldest first."""
    items = []
    for row in sorted(ledger.list(), key=lambda r: r.id):
        item = row.as_dict()
        item["events"] = [e.as_dict() for e in ledger.timeline(row.id)]
        items.append(item)
    return items


def export_json(ledger: Ledger) -> str:
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "requests": request_items(ledger)}
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def export_csv(ledger: Ledger) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in request_items(ledger):
        row = {}
        for name in CSV_FIELDS:
            value = item.get(name)
            if name in _JSON_COLUMNS:
                row[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
            elif isinstance(value, bool):
                row[name] = "true" if value else "false"
            else:
                row[name] = "" if value is None else value
        writer.writerow(row)
    return out.getvalue()


def _deadline_entries(row: RequestRow) -> list[tuple[str, dt.date, str]]:
    """(kind, date, summary) for each deadline of an open request worth a calendar entry."""
    if row.status in FINISHED_STATUSES or row.status == "draft":
        return []
    what = f"{row.company_name}: {row.right.replace('_', '-')} request #{row.id}"
    entries = []
    if row.acknowledge_by and row.acknowledged_on is None and row.status == "sent":
        entries.append(("acknowledge", row.acknowledge_by, f"{what}: acknowledgement due"))
    if row.due:
        entries.append(("respond", row.due, f"{what}: answer due"))
    return entries


def export_ics(ledger: Ledger, *, stamp: dt.datetime) -> bytes:
    """An iCalendar file of every open deadline; `stamp` is the DTSTAMP (the caller's clock)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Rights Assistant//requests//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Privacy requests")
    for row in sorted(ledger.list(), key=lambda r: r.id):
        for kind, day, summary in _deadline_entries(row):
            event = Event()
            event.add("uid", f"{row.reference}-{kind}@rights-assistant")
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            event.add("summary", summary)
            law = f" under the {row.law_name}" if row.law_name else ""
            next_step = (
                f"rights requests update {row.id} acknowledged"
                if kind == "acknowledge"
                else f"rights reminders (then rights followup {row.id} if no answer)"
            )
            event.add(
                "description",
                f"Reference {row.reference}. Sent {row.sent} by {row.channel}{law}. "
                f"Next: {next_step}",
            )
            event.add("categories", ["privacy request"])
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"In {ALARM_DAYS_BEFORE} days: {summary}")
            alarm.add("trigger", dt.timedelta(days=-ALARM_DAYS_BEFORE))
            event.add_component(alarm)
            calendar.add_component(event)
    return calendar.to_ical()


def export(ledger: Ledger, fmt: str, *, stamp: dt.datetime) -> bytes:
    """The ledger in `fmt` (ics, csv or json) as bytes ready for stdout or a file."""
    if fmt == "json":
        return export_json(ledger).encode("utf-8")
    if fmt == "csv":
        return export_csv(ledger).encode("utf-8")
    if fmt == "ics":
        return export_ics(ledger, stamp=stamp)
    raise UserError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


# -- import -------------------------------------------------------------------------------


def read_items(path: Path) -> list[dict[str, Any]]:
    """Requests from one of our JSON or CSV exports (chosen by content, not name)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    if text.lstrip().startswith("{"):
        return _items_from_json(text, path)
    return _items_from_csv(text, path)


def _items_from_json(text: str, path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise UserError(
            f"{path}: not a Rights Assistant export",
            hint="make one with `rights requests export --format json`",
        )
    if data.get("version") != FORMAT_VERSION:
        raise UserError(f"{path}: export version {data.get('version')!r} is not supported")
    items = data.get("requests")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise UserError(f"{path}: 'requests' must be a list of objects")
    return items


def _items_from_csv(text: str, path: Path) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in _REQUIRED if f not in (reader.fieldnames or [])]
    if missing:
        raise UserError(
            f"{path}: not a Rights Assistant CSV export (no column {', '.join(missing)})",
            hint="make one with `rights requests export --format csv`",
        )
    items = []
    for line, raw in enumerate(reader, start=2):
        item: dict[str, Any] = {}
        for name, value in raw.items():
            if name is None:
                raise UserError(f"{path}: line {line} has more cells than the header")
            if name in _JSON_COLUMNS:
                try:
                    item[name] = json.loads(value) if value else None
                except json.JSONDecodeError:
                    raise UserError(f"{path}: line {line}: column {name} is not JSON") from None
            else:
                item[name] = value if value != "" else None
        items.append(item)
    return items


def _check_item(item: dict[str, Any], number: int) -> None:
    where = f"request {number} ({item.get('reference') or 'no reference'})"
    for name in _REQUIRED:
        if not item.get(name):
            raise UserError(f"{where}: '{name}' is missing")
    if item.get("status") not in STORED_STATUSES:
        raise UserError(f"{where}: unknown status {item.get('status')!r}")
    for name in ("sent", "received"):
        value = item.get(name)
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            raise UserError(f"{where}: '{name}' must be a date like 2026-11-23") from None
    events = item.get("events") or []
    if not isinstance(events, list):
        raise UserError(f"{where}: 'events' must be a list")
    for event in events:
        if not isinstance(event, dict) or event.get("event") not in EVENTS:
            raise UserError(f"{where}: an event is not one of {', '.join(EVENTS)}")
        try:
            dt.date.fromisoformat(str(event.get("on")))
        except ValueError:
            raise UserError(f"{where}: an event's date 'on' is not a date") from None


def import_items(ledger: Ledger, items: Iterable[dict[str, Any]]) -> ImportResult:
    """Add each request not already tracked (by reference); all are checked before any is added."""
    items = list(items)
    for number, item in enumerate(items, start=1):
        _check_item(item, number)
    added, skipped = [], []
    for item in items:
        try:
            request_id = ledger.insert_exported(item)
        except (ValueError, KeyError, sqlite3.IntegrityError) as exc:
            raise UserError(f"request {item.get('reference')}: {exc}") from None
        if request_id is None:
            skipped.append(str(item["reference"]))
        else:
            added.append(request_id)
    return ImportResult(added=added, skipped=skipped)


def import_file(ledger: Ledger, path: Path) -> ImportResult:
    return import_items(ledger, read_items(path))
