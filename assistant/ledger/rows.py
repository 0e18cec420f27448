"""A tracked request and a timeline entry as the rest of the assistant sees them.

`RequestRow` is one row of the `requests` table read back into Python (dates as `datetime.date`,
JSON columns decoded), `EventRow` one row of `events`. `display_status` derives `overdue`, which
is never stored (see assistant/ledger/schema.py). The date helpers and `DATE_COLUMNS` say how
dates are kept in SQLite (ISO text); `exported_columns` turns one request of an export (see
assistant/ledger/exchange.py) back into column values. Nothing here opens the ledger.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from assistant.ledger.dates import FIRST_STORED_DAY, LAST_STORED_DAY, bad_value_hint, stored_day
from assistant.ledger.faults import LedgerError
from assistant.ledger.schema import (
    CHANNELS,
    DENIAL_REASONS,
    EVENTS,
    STORED_STATUSES,
    WAITING_STATUSES,
)
from assistant.vocabulary import RIGHTS, is_reference

__all__ = [
    "DATE_COLUMNS",
    "EventRow",
    "RequestRow",
    "StoredValueError",
    "date_or_none",
    "display_status",
    "exported_columns",
    "iso_or_none",
]

# Every column of `requests` that holds a date (ISO text in SQLite).
DATE_COLUMNS: tuple[str, ...] = (
    "sent",
    "received",
    "acknowledge_by",
    "respond_by",
    "extended_respond_by",
    "extension_notice_by",
    "due",
    "acknowledged_on",
    "finished_on",
    "last_followup",
    "complaint_on",
)

_FLAG_COLUMNS = ("extension_granted", "late_extension")


def iso_or_none(day: dt.date | None) -> str | None:
    """A date as SQLite keeps it (ISO text), or None."""
    return day.isoformat() if day is not None else None


def date_or_none(text: str | None) -> dt.date | None:
    """A date read back from SQLite; None for NULL or empty text."""
    return dt.date.fromisoformat(text) if text else None


def display_status(status: str, due: dt.date | None, today: dt.date) -> str:
    """The stored status, or `overdue` when the company owes an answer past its due date."""
    if status in WAITING_STATUSES and due is not None and due < today:
        return "overdue"
    return status


@dataclass(frozen=True)
class RequestRow:
    """One tracked request as stored, with its deadlines and counters."""

    id: int
    reference: str
    company_id: str
    company_name: str
    right: str
    law_id: str | None
    law_name: str | None
    regulator: str | None
    residence: str
    channel: str
    recipient: str | None
    status: str
    sent: dt.date
    received: dt.date
    acknowledge_by: dt.date | None
    respond_by: dt.date | None
    extended_respond_by: dt.date | None
    extension_notice_by: dt.date | None
    due: dt.date | None
    acknowledged_on: dt.date | None
    finished_on: dt.date | None
    extension_granted: bool
    late_extension: bool
    followups: int
    last_followup: dt.date | None
    complaint_on: dt.date | None
    action_reason: str | None
    denial_reason: str | None
    deadlines: dict[str, Any]
    letter_files: list[str]
    alerts: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_sql(cls, row: sqlite3.Row) -> RequestRow:
        """The row read back strictly: a value changed outside the assistant (a date that is
        not ISO or out of range, a status it does not know, JSON that is not the right shape)
        raises `StoredValueError` naming the request and the column; text is cleaned of
        terminal escapes (see `_stored_text`)."""
        values: dict[str, Any] = dict(zip(row.keys(), tuple(row), strict=True))
        number = values.get("id")
        for name in DATE_COLUMNS:
            values[name] = _stored_date(values[name], number, name, required=name in _NEEDED)
        for name in _FLAG_COLUMNS:
            values[name] = bool(values[name])
        for name, choices in _CODES.items():
            if values[name] not in choices and not (values[name] is None and name in _OPTIONAL):
                raise _bad(number, name, values[name], f"is not one of {', '.join(choices)}")
        if not is_reference(values["reference"]):
            raise _bad(number, "reference", values["reference"], "is not a reference")
        for name in ("company_id", "law_id"):
            if not _is_slug(values[name]) and not (name == "law_id" and values[name] is None):
                raise _bad(number, name, values[name], "is not an id")
        followups = values["followups"]
        if not isinstance(followups, int) or not 0 <= followups <= 10_000:
            raise _bad(number, "followups", followups, "is not a count")
        for name in _TEXT_COLUMNS:
            values[name] = _stored_text(values[name], number, name)
        deadlines = _stored_json(values.pop("deadlines_json"), number, "deadlines_json", {})
        files = _stored_json(values["letter_files"], number, "letter_files", [])
        if not isinstance(deadlines, dict):
            raise _bad(number, "deadlines_json", deadlines, "is not a JSON object")
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise _bad(number, "letter_files", files, "is not a JSON list of file names")
        values["deadlines"], values["letter_files"] = deadlines, files
        return cls(**values)

    def display_status(self, today: dt.date) -> str:
        return display_status(self.status, self.due, today)

    def days_late(self, today: dt.date) -> int:
        """Days past the due date (0 when not overdue)."""
        if self.display_status(today) != "overdue" or self.due is None:
            return 0
        return (today - self.due).days

    def as_dict(self, today: dt.date | None = None) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings; with `today`, the derived status too."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "alerts":
                continue
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        if today is not None:
            out["display_status"] = self.display_status(today)
            out["days_late"] = self.days_late(today)
        return out


@dataclass(frozen=True)
class EventRow:
    """One entry on a request's timeline."""

    id: int
    request_id: int
    event: str
    on: dt.date
    note: str | None
    reason: str | None
    outcome: str | None

    @classmethod
    def from_sql(cls, row: sqlite3.Row) -> EventRow:
        number = row["request_id"]
        if row["event"] not in EVENTS:
            raise _bad(number, "event", row["event"], "is not an event the ledger knows")
        on = _stored_date(row["on_date"], number, "event date", required=True)
        assert on is not None
        return cls(
            id=row["id"],
            request_id=number,
            event=row["event"],
            on=on,
            note=_stored_text(row["note"], number, "note", block=True),
            reason=_stored_text(row["reason"], number, "reason"),
            outcome=_stored_text(row["outcome"], number, "outcome", block=True),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "on": self.on.isoformat(),
            "note": self.note,
            "reason": self.reason,
            "outcome": self.outcome,
        }


# -- reading stored values strictly ---------------------------------------------------------

_NEEDED = ("sent", "received")
_TEXT_COLUMNS = ("company_name", "law_name", "regulator", "residence", "recipient")
_CODES: dict[str, tuple[str, ...]] = {
    "status": STORED_STATUSES,
    "right": RIGHTS,
    "channel": CHANNELS,
    "action_reason": EVENTS,
    "denial_reason": DENIAL_REASONS,
}
_OPTIONAL = ("action_reason", "denial_reason")
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")
_MAX_STORED_TEXT = 20_000


class StoredValueError(LedgerError):
    """A value in the ledger that the assistant never writes: changed outside it."""


def _bad(number: object, column: str, value: object, problem: str) -> StoredValueError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return StoredValueError(
        f"request {number} in the ledger has a bad {column}: {shown} {problem}",
        hint=bad_value_hint(number),
    )


def _stored_date(text: object, number: object, column: str, *, required: bool) -> dt.date | None:
    if text is None or text == "":
        if required:
            raise _bad(number, column, text, "is missing")
        return None
    day = stored_day(text)
    if day is None:
        raise _bad(
            number, column, text, f"is not a date from {FIRST_STORED_DAY} to {LAST_STORED_DAY}"
        )
    return day


def _is_slug(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= 120
        and value[0] not in "-_."
        and set(value) <= _SLUG_CHARS
    )


def _stored_text(value: object, number: object, column: str, *, block: bool = False) -> Any:
    """Stored text as it may be shown or put in a letter: escape sequences and controls
    removed (a block keeps its line breaks); not text, or absurdly long: StoredValueError."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > _MAX_STORED_TEXT:
        raise _bad(number, column, value, "is not a short text")
    if value.isprintable():
        return value
    from assistant.textsafety import plain_text

    if block:
        return "\n".join(plain_text(line) for line in value.replace("\r", "\n").split("\n"))
    return plain_text(value)


def _stored_json(text: object, number: object, column: str, empty: Any) -> Any:
    if text is None or text == "":
        return empty
    if not isinstance(text, str):
        raise _bad(number, column, text, "is not JSON text")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise _bad(number, column, text, "is not JSON") from None


def exported_columns(item: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """(column names, values) of the `requests` row for one exported request (its events
    aside). Dates are kept as exported, never recomputed; ValueError on a date that is not
    ISO."""
    columns = [
        "reference", "company_id", "company_name", "right", "law_id", "law_name",
        "regulator", "residence", "channel", "recipient", "status", *DATE_COLUMNS,
        *_FLAG_COLUMNS, "followups", "action_reason", "denial_reason",
    ]  # fmt: skip
    values: list[Any] = []
    for name in columns:
        value = item.get(name)
        if name in _FLAG_COLUMNS:
            value = 1 if value in (True, 1, "1", "true", "True") else 0
        elif name == "followups":
            value = int(value or 0)
        elif value == "":
            value = None
        values.append(value)
    for name in DATE_COLUMNS:
        text = item.get(name)
        if text:
            dt.date.fromisoformat(str(text))  # ValueError on a bad date
    columns += ["deadlines_json", "letter_files"]
    values += [
        json.dumps(item.get("deadlines") or {}, sort_keys=True),
        json.dumps(list(item.get("letter_files") or [])),
    ]
    return columns, values
