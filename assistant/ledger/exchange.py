"""Ledger exports (iCalendar, CSV, JSON) and imports (our own JSON or CSV).

- JSON: `{"format": "rights-assistant-requests", "version": 1, "requests": [...]}`, each request
  with its stored deadlines and its whole timeline. This is the lossless backup format.
- CSV: one row per request, the same fields; the nested ones (deadlines, letter files,
  events) are JSON text in their own column, so a CSV export imports back without loss. A
  cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
  apostrophe (`guard_cell`), which the import takes off again.
- iCalendar (icalendar package): one all-day event per deadline of each open request (the
  acknowledgement, while none has come, and the answer), each with an alarm 3 days before.

Import skips requests whose reference is already in the ledger, so importing the same file
twice, or an export of this very ledger, changes nothing. An import is checked whole against
the export's own schema (assistant/ledger/import_schema.py) before anything is written, then
written in one transaction: all of it or nothing, with every problem listed (request, field,
what is wrong). Sizes are bounded: the file, the number of requests, each cell and the depth.
Dates are taken as exported, never recomputed: they were computed by
assistant/law/deadlines.py when the request was first recorded.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.ledger.rows import RequestRow, exported_columns
from assistant.ledger.schema import FINISHED_STATUSES
from assistant.ledger.store import Ledger
from assistant.textsafety import one_line, plain_text

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
_ONE_LINE_FIELDS = ("company_name", "law_name", "regulator", "recipient")
_REQUIRED = ("reference", "company_id", "company_name", "right", "residence", "channel")


@dataclass(frozen=True)
class ImportResult:
    added: list[int]
    skipped: list[str]  # references already tracked


def request_items(ledger: Ledger) -> list[dict[str, Any]]:
    """Every request as a plain dict with its timeline, oldest first."""
    items = []
    for row in sorted(ledger.list_requests(), key=lambda r: r.id):
        item = row.as_dict()
        for name in _ONE_LINE_FIELDS:  # a record's name with escapes never leaves in an export
            if isinstance(item.get(name), str) and not item[name].isprintable():
                item[name] = plain_text(item[name])
        item["events"] = [e.as_dict() for e in ledger.timeline(row.id)]
        items.append(item)
    return items


def export_json(ledger: Ledger) -> str:
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "requests": request_items(ledger)}
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


# A cell a spreadsheet would read as a formula (=1+1, +cmd, -2+3, @SUM, or a tab or CR in
# front of one) is written with a leading apostrophe, and so is a cell that starts with an
# apostrophe itself; the import takes exactly that apostrophe off again, so nothing is lost.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def guard_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula (see `unguard_cell`)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unguard_cell(text: str) -> str:
    """The value `guard_cell` wrote."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS) else text


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
                row[name] = "" if value is None else guard_cell(str(value))
        writer.writerow(row)
    return out.getvalue()


def _deadline_entries(row: RequestRow) -> list[tuple[str, dt.date, str]]:
    """(kind, date, summary) for each deadline of an open request worth a calendar entry."""
    if row.status in FINISHED_STATUSES or row.status == "draft":
        return []
    what = f"{plain_text(row.company_name)}: {row.right.replace('_', '-')} request #{row.id}"
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
    for row in sorted(ledger.list_requests(), key=lambda r: r.id):
        for kind, day, summary in _deadline_entries(row):
            event = Event()
            event.add("uid", f"{row.reference}-{kind}@rights-assistant")
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            event.add("summary", summary)
            law = f" under the {plain_text(row.law_name)}" if row.law_name else ""
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
    ical: bytes = calendar.to_ical()
    return ical


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

MAX_IMPORT_BYTES = 20_000_000
MAX_IMPORT_REQUESTS = 20_000
MAX_PROBLEMS_SHOWN = 25
_CSV_CELL_LIMIT = 1_000_000


class ImportRefused(UserError):
    """An import file with problems: nothing was imported; `problems` lists every one."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        lines = "".join(f"\n  {p}" for p in shown) + (f"\n  ... and {more} more" if more else "")
        super().__init__(
            f"{path}: nothing imported; {len(problems)} problem(s):{lines}",
            hint="fix the file (or export again with `rights requests export`) and retry",
        )
        self.problems = problems


def read_items(path: Path) -> list[Any]:
    """Requests from one of our JSON or CSV exports (chosen by content, not name), unchecked."""
    from assistant.safefile import read_bounded

    raw = read_bounded(path, MAX_IMPORT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path}: not UTF-8 text (byte {exc.start + 1} is not valid)",
            hint="give a file made by `rights requests export`",
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UserError(
            f"{path}: line {line} contains a NUL byte; not an export",
            hint="give a file made by `rights requests export`",
        )
    if text.lstrip().startswith("{"):
        return _items_from_json(text, path)
    return _items_from_csv(text, path)


def _items_from_json(text: str, path: Path) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise UserError(f"{path}: nested too deeply to be an export") from None
    except ValueError:  # a number of thousands of digits, past Python's limit
        raise UserError(f"{path}: holds a number too long to be part of an export") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise UserError(
            f"{path}: not a Rights Assistant export",
            hint="make one with `rights requests export --format json`",
        )
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        shown = json.dumps(version, default=str)[:40]
        raise UserError(f"{path}: export version {shown} is not supported (this reads 1)")
    unknown = sorted(set(data) - {"format", "version", "requests"})
    if unknown:
        shown = ", ".join(repr(one_line(str(k))[:40]) for k in unknown[:5])
        raise UserError(f"{path}: unknown top-level field(s) {shown}")
    items = data.get("requests")
    if not isinstance(items, list):
        raise UserError(f"{path}: 'requests' must be a list of requests")
    _check_count(path, len(items))
    return items


def _check_count(path: Path, count: int) -> None:
    if count > MAX_IMPORT_REQUESTS:
        raise UserError(
            f"{path}: {count:,} requests; one import takes at most {MAX_IMPORT_REQUESTS:,}",
            hint="split the file",
        )


_CSV_FLAGS = ("extension_granted", "late_extension")


def _csv_value(name: str, value: str, line: int) -> Any:
    """A CSV cell as the JSON export would hold it: decoded JSON, booleans, numbers, null."""
    if value == "":
        return [] if name in ("letter_files", "events") else None
    if name in _JSON_COLUMNS:
        try:
            return json.loads(value)
        except (ValueError, RecursionError):  # JSONDecodeError, or a number past the limit
            raise ValueError(f"line {line}: column {name} is not JSON") from None
    if name in _CSV_FLAGS:
        flags = {"true": True, "false": False, "1": True, "0": False}
        if value.lower() not in flags:
            raise ValueError(f"line {line}: {name}: must be true or false")
        return flags[value.lower()]
    if name in ("followups", "id"):
        if not value.isascii() or not value.isdigit() or len(value) > 18:
            raise ValueError(f"line {line}: {name}: must be a whole number")
        return int(value)
    return value


def _items_from_csv(text: str, path: Path) -> list[Any]:
    old_limit = csv.field_size_limit()
    csv.field_size_limit(_CSV_CELL_LIMIT)
    try:
        return _read_csv(text, path)
    except csv.Error as exc:
        raise UserError(f"{path}: not a readable CSV file ({one_line(str(exc))[:120]})") from None
    finally:
        csv.field_size_limit(old_limit)


def _read_csv(text: str, path: Path) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = list(reader.fieldnames or [])
    missing = [f for f in _REQUIRED if f not in header]
    if missing:
        raise UserError(
            f"{path}: not a Rights Assistant CSV export (no column {', '.join(missing)})",
            hint="make one with `rights requests export --format csv`",
        )
    unknown = [h for h in header if h not in CSV_FIELDS and h != "id"]
    if unknown or len(set(header)) != len(header):
        shown = ", ".join(repr(one_line(h)[:40]) for h in unknown[:5]) or "a repeated column"
        raise UserError(f"{path}: unknown column(s) {shown}")
    items: list[Any] = []
    problems: list[str] = []
    for line, raw in enumerate(reader, start=2):
        if None in raw:
            problems.append(f"line {line}: more cells than the header")
            continue
        if any(value is None for value in raw.values()):
            problems.append(f"line {line}: fewer cells than the header")
            continue
        item: dict[str, Any] = {}
        for name, value in raw.items():
            try:
                item[name] = _csv_value(name, unguard_cell(value), line)
            except ValueError as exc:
                problems.append(str(exc))
        items.append(item)
        _check_count(path, len(items))
    if problems:
        raise ImportRefused(path, problems)
    return items


def check_items(
    items: list[Any], today: dt.date | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every request checked against the export schema (nothing dated after `today`): (the
    clean requests, every problem)."""
    from assistant.ledger.import_schema import validate_request

    clean: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        request, found = validate_request(item, today)
        label = f"request {number}"
        if isinstance(item, dict) and isinstance(item.get("reference"), str):
            label += f" ({one_line(item['reference'])[:60]})"
        problems.extend(f"{label}: {p}" for p in found)
        if request is None:
            continue
        if request.reference in seen:
            problems.append(f"{label}: reference repeats request {seen[request.reference]}")
            continue
        seen[request.reference] = number
        clean.append(request.columns())
    return clean, problems


def import_items(
    ledger: Ledger,
    items: Iterable[Any],
    *,
    source: Path | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Add every request not already tracked (by reference), all in one transaction.

    The whole file is checked first; any problem refuses the import (ImportRefused lists them
    all) and nothing is written. A failure while writing rolls everything back.
    """
    clean, problems = check_items(list(items), today)
    if problems:
        raise ImportRefused(source or Path("import"), problems)
    added: list[int] = []
    skipped: list[str] = []
    with ledger._write():  # one transaction: all the requests or none of them
        for item in clean:
            if ledger._id_for_reference(item["reference"]) is not None:
                skipped.append(item["reference"])
                continue
            added.append(_insert(ledger, item))
    return ImportResult(added=added, skipped=skipped)


def _insert(ledger: Ledger, item: dict[str, Any]) -> int:
    columns, values = exported_columns(item)
    cursor = ledger.conn.execute(
        f"INSERT INTO requests ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        values,
    )
    request_id = int(cursor.lastrowid or 0)
    for ev in item["events"]:
        ledger.conn.execute(
            "INSERT INTO events (request_id, event, on_date, note, reason, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (request_id, ev["event"], ev["on"], ev["note"], ev["reason"], ev["outcome"]),
        )
    return request_id


def import_file(ledger: Ledger, path: Path, today: dt.date | None = None) -> ImportResult:
    """Import an export file (see `import_items`); given `today`, nothing may be dated after it."""
    return import_items(ledger, read_items(path), source=path, today=today)
