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

from assistant.ledger.schema import WAITING_STATUSES

__all__ = [
    "DATE_COLUMNS",
    "EventRow",
    "RequestRow",
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
        values: dict[str, Any] = dict(zip(row.keys(), tuple(row), strict=True))
        for name in DATE_COLUMNS:
            values[name] = date_or_none(values[name])
        for name in _FLAG_COLUMNS:
            values[name] = bool(values[name])
        values["deadlines"] = json.loads(values.pop("deadlines_json") or "{}")
        values["letter_files"] = json.loads(values["letter_files"] or "[]")
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
        return cls(
            id=row["id"],
            request_id=row["request_id"],
            event=row["event"],
            on=dt.date.fromisoformat(row["on_date"]),
            note=row["note"],
            reason=row["reason"],
            outcome=row["outcome"],
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "on": self.on.isoformat(),
            "note": self.note,
            "reason": self.reason,
            "outcome": self.outcome,
        }


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
