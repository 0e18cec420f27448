"""The request ledger: every request sent, its computed deadlines and its timeline, in SQLite.

One file, `<data dir>/requests.sqlite3`, created 0600 (the -wal and -shm files too), in WAL
mode with foreign keys on and a busy timeout, so a crash never corrupts it and two processes
can write at once. The schema and the status transition table live in
assistant/ledger_schema.py; `PRAGMA user_version` holds the schema version and `Ledger.open`
applies any migrations still missing.

Deadlines are computed only by assistant/deadlines.py, once, when a request is recorded; the
ledger stores the dates so the reminders never recompute them. An `extended` event moves the
due date only when `deadlines.extension_in_time` says the law allows an extension and the
notice came in time; otherwise the request is flagged `late_extension` and keeps its due date.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.ledger.schema import (
    DENIAL_REASONS,
    EVENTS,
    KEEP,
    LEDGER_NAME,
    MIGRATIONS,
    OPEN_STATUSES,
    SCHEMA_VERSION,
    STATUSES,
    TRANSITIONS,
    WAITING,
    WAITING_STATUSES,
    allowed_events,
)

if TYPE_CHECKING:
    from assistant.law.deadlines import Deadlines
    from assistant.law.profiles import LawProfile
    from assistant.records.model import CompanyRecord

__all__ = [
    "DENIAL_REASONS",
    "EVENTS",
    "STATUSES",
    "EventRow",
    "Ledger",
    "RequestRow",
    "TransitionRefused",
    "display_status",
    "ledger_path",
    "new_reference",
    "track_request",
    "warnings_for_new_request",
]

BUSY_TIMEOUT_MS = 15_000
PROFILE_KEYS = ("name", "email", "address", "residence")

_DATE_COLUMNS = (
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


class TransitionRefused(UserError):
    """An event that makes no sense for the request's current status."""


def ledger_path() -> Path:
    """Where the ledger lives: `<data dir>/requests.sqlite3`."""
    from assistant import paths

    return paths.data_dir() / LEDGER_NAME


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


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
        for name in _DATE_COLUMNS:
            values[name] = _date(values[name])
        values["extension_granted"] = bool(values["extension_granted"])
        values["late_extension"] = bool(values["late_extension"])
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

    def as_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "on": self.on.isoformat(),
            "note": self.note,
            "reason": self.reason,
            "outcome": self.outcome,
        }


def display_status(status: str, due: dt.date | None, today: dt.date) -> str:
    """The stored status, or `overdue` when the company owes an answer past its due date."""
    if status in WAITING_STATUSES and due is not None and due < today:
        return "overdue"
    return status


def new_reference(company_id: str, right: str, sent: dt.date) -> str:
    """A fresh request reference such as RA-20261123-QUALFON-DEL-7F3A (letters' format)."""
    from assistant.letters.compose import make_reference

    return make_reference(company_id, right, sent)


def _split_sql(script: str) -> list[str]:
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements


class Ledger:
    """The open ledger. Use `Ledger.open()`; close it (or use `with`) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> Ledger:
        """Open (creating if needed) the ledger: 0600, WAL, foreign keys, migrations applied."""
        from assistant.safefile import PRIVATE_MODE, create_private

        path = Path(path) if path is not None else ledger_path()
        create_private(path)
        old_umask = os.umask(0o077)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = FULL")
                ledger = cls(conn, path)
                ledger._migrate()
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise UserError(
                    f"{path} is not a readable request ledger ({exc})",
                    hint="move the file aside; `rights requests import` can load an export",
                ) from None
        finally:
            os.umask(old_umask)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f"{path}{suffix}", PRIVATE_MODE)
        return ledger

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise UserError(
                f"{self.path} was written by a newer Rights Assistant (schema {version}, "
                f"this one knows {SCHEMA_VERSION})",
                hint="update Rights Assistant",
            )
        with self._write():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version, SCHEMA_VERSION):
                for statement in _split_sql(MIGRATIONS[step]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front (no upgrade deadlocks)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests ------------------------------------------------------------------------

    def add_request(
        self,
        *,
        company_id: str,
        company_name: str,
        right: str,
        law_id: str | None,
        residence: str,
        channel: str,
        reference: str,
        sent: dt.date,
        received: dt.date,
        deadlines: Deadlines,
        letter_files: Sequence[str] = (),
        status: str = "sent",
        recipient: str | None = None,
        law_name: str | None = None,
        regulator: str | None = None,
    ) -> int:
        """Record a request and its computed deadlines; returns the request number."""
        if status not in ("draft", "sent"):
            raise UserError(f"a new request starts as 'draft' or 'sent', not {status!r}")
        if received < sent:
            raise UserError(f"received date {received} is before the sent date {sent}")
        if law_id and (law_name is None or regulator is None):
            names = _law_names(law_id, residence)
            law_name = law_name or names[0]
            regulator = regulator or names[1]
        data = deadlines.as_json()
        respond_by = deadlines.respond_by
        with self._write():
            if self._id_for_reference(reference) is not None:
                raise UserError(f"a request with reference {reference} is already tracked")
            cursor = self.conn.execute(
                """INSERT INTO requests (reference, company_id, company_name, right, law_id,
                    law_name, regulator, residence, channel, recipient, status, sent, received,
                    acknowledge_by, respond_by, extended_respond_by, extension_notice_by, due,
                    deadlines_json, letter_files)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    reference,
                    company_id,
                    company_name,
                    right,
                    law_id,
                    law_name,
                    regulator,
                    residence,
                    channel,
                    recipient,
                    status,
                    sent.isoformat(),
                    received.isoformat(),
                    _iso(deadlines.acknowledge_by),
                    _iso(respond_by),
                    _iso(deadlines.extended_respond_by),
                    _iso(deadlines.extension_notice_by),
                    _iso(respond_by),
                    json.dumps(data, sort_keys=True, default=str),
                    json.dumps(list(letter_files)),
                ),
            )
            request_id = int(cursor.lastrowid or 0)
            if status == "sent":
                self._insert_event(request_id, "sent", sent, None, None, None)
        return request_id

    def _id_for_reference(self, reference: str) -> int | None:
        row = self.conn.execute("SELECT id FROM requests WHERE reference = ?", (reference,))
        found = row.fetchone()
        return int(found[0]) if found else None

    def find(self, reference: str) -> RequestRow | None:
        """The request with this reference, if tracked."""
        request_id = self._id_for_reference(reference)
        return self.get(request_id) if request_id is not None else None

    def get(self, request_id: int) -> RequestRow:
        row = self.conn.execute("SELECT * FROM requests WHERE id = ?", (request_id,)).fetchone()
        if row is None:
            raise UserError(
                f"there is no request number {request_id}",
                hint="`rights requests` lists the numbers",
            )
        return RequestRow.from_sql(row)

    def list(self, status: str | None = None, company: str | None = None) -> list[RequestRow]:
        """Requests, newest first; `status` may be a stored status or the derived 'overdue'
        (which needs `list_overdue`, since it depends on today)."""
        sql, params = "SELECT * FROM requests", []
        where = []
        if status is not None:
            if status not in STATUSES or status == "overdue":
                raise UserError(f"unknown stored status {status!r}; choose from {STATUSES}")
            where.append("status = ?")
            params.append(status)
        if company is not None:
            where.append("company_id = ?")
            params.append(company)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY sent DESC, id DESC"
        return [RequestRow.from_sql(r) for r in self.conn.execute(sql, params)]

    def list_overdue(self, today: dt.date) -> list[RequestRow]:
        marks = ", ".join("?" for _ in WAITING_STATUSES)
        rows = self.conn.execute(
            f"SELECT * FROM requests WHERE status IN ({marks}) AND due < ? ORDER BY due, id",
            (*WAITING_STATUSES, today.isoformat()),
        )
        return [RequestRow.from_sql(r) for r in rows]

    def requests_to(self, company_id: str, right: str, since: dt.date) -> list[RequestRow]:
        """Requests (not drafts) to one company for one right sent on or after `since`."""
        rows = self.conn.execute(
            "SELECT * FROM requests WHERE company_id = ? AND right = ? AND sent >= ? "
            "AND status != 'draft' ORDER BY sent, id",
            (company_id, right, since.isoformat()),
        )
        return [RequestRow.from_sql(r) for r in rows]

    def timeline(self, request_id: int) -> list[EventRow]:
        self.get(request_id)
        rows = self.conn.execute(
            "SELECT * FROM events WHERE request_id = ? ORDER BY on_date, id", (request_id,)
        )
        return [
            EventRow(
                id=r["id"],
                request_id=r["request_id"],
                event=r["event"],
                on=dt.date.fromisoformat(r["on_date"]),
                note=r["note"],
                reason=r["reason"],
                outcome=r["outcome"],
            )
            for r in rows
        ]

    def _insert_event(
        self,
        request_id: int,
        event: str,
        on: dt.date,
        note: str | None,
        reason: str | None,
        outcome: str | None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO events (request_id, event, on_date, note, reason, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (request_id, event, on.isoformat(), note, reason, outcome),
        )

    # -- events --------------------------------------------------------------------------

    def record_event(
        self,
        request_id: int,
        event: str,
        *,
        on: dt.date,
        note: str | None = None,
        reason: str | None = None,
    ) -> RequestRow:
        """Add an event to a request's timeline and move its status along the table.

        Refuses (TransitionRefused) events that make no sense for the current status. The
        returned row's `alerts` holds anything the person should be told (an invalid
        extension, an ID demand on an opt-out, ...).
        """
        if event not in EVENTS:
            raise UserError(f"unknown event {event!r}; choose from: {', '.join(EVENTS)}")
        if event == "denied":
            if reason is None:
                raise UserError(
                    "say why the company refused with a reason: " + ", ".join(DENIAL_REASONS)
                )
            if reason not in DENIAL_REASONS:
                raise UserError(
                    f"unknown denial reason {reason!r}; choose from: {', '.join(DENIAL_REASONS)}"
                )
        elif reason is not None:
            raise UserError("a reason is recorded only with a 'denied' event")
        with self._write():
            row = self.get(request_id)
            target = TRANSITIONS.get((row.status, event))
            if target is None:
                allowed = ", ".join(allowed_events(row.status)) or "none"
                raise TransitionRefused(
                    f"request {request_id} is {row.status}: '{event}' cannot be recorded now",
                    hint=f"events allowed now: {allowed}",
                )
            if event != "sent" and on < row.sent:
                raise UserError(f"{event} on {on} is before the request was sent ({row.sent})")
            changes, outcome, alerts, keep = self._apply(row, event, on, reason)
            if keep:
                target = KEEP
            if target == WAITING:
                target = _waiting_status(row, changes)
            if target != KEEP:
                changes["status"] = target
            if target == "needs_action":
                changes["action_reason"] = event
            if changes:
                assignments = ", ".join(f"{name} = ?" for name in changes)
                values = [_iso(v) if isinstance(v, dt.date) else v for v in changes.values()]
                self.conn.execute(
                    f"UPDATE requests SET {assignments} WHERE id = ?", (*values, request_id)
                )
            self._insert_event(request_id, event, on, note, reason, outcome)
            updated = self.get(request_id)
        return dataclasses.replace(updated, alerts=tuple(alerts))

    def _apply(
        self, row: RequestRow, event: str, on: dt.date, reason: str | None
    ) -> tuple[dict[str, Any], str | None, list[str], bool]:
        """Column changes, outcome text, alerts, and whether the status must stay as it is."""
        changes: dict[str, Any] = {}
        alerts: list[str] = []
        outcome: str | None = None
        keep = False
        if event == "sent":
            changes.update(_resend_dates(row, on))
            outcome = f"deadlines counted from {changes['received']}"
        elif event == "acknowledged":
            changes["acknowledged_on"] = on
            if row.acknowledge_by and on > row.acknowledge_by:
                outcome = f"acknowledged late: the law asked for it by {row.acknowledge_by}"
        elif event == "identity_asked":
            alerts.extend(_opt_out_id_alerts(row))
            outcome = alerts[0] if alerts else None
        elif event == "extended":
            outcome, ok = _judge_extension(row, on)
            if ok:
                changes.update(due=row.extended_respond_by, extension_granted=1)
            else:
                changes["late_extension"] = 1
                keep = True
                alerts.append(outcome)
        elif event in ("answered_full", "closed"):
            changes["finished_on"] = (
                row.finished_on if event == "closed" and row.finished_on else on
            )
        elif event == "denied":
            changes.update(finished_on=on, denial_reason=reason)
        elif event == "followup_sent":
            changes.update(followups=row.followups + 1, last_followup=on)
        elif event == "complaint_filed":
            changes["complaint_on"] = on
        elif event == "reopened":
            changes.update(finished_on=None, denial_reason=None)
        return changes, outcome, alerts, keep

    def add_letter_files(self, request_id: int, files: Sequence[str]) -> None:
        """Remember more letters written for a request (follow-ups, complaints)."""
        with self._write():
            row = self.get(request_id)
            merged = [*row.letter_files, *(f for f in files if f not in row.letter_files)]
            self.conn.execute(
                "UPDATE requests SET letter_files = ? WHERE id = ?",
                (json.dumps(merged), request_id),
            )

    # -- import (used by assistant/ledger_io.py) -----------------------------------------

    def insert_exported(self, item: dict[str, Any]) -> int | None:
        """Insert one request as exported by ledger_io, with its events; None if the
        reference is already tracked. Dates are taken as stored, never recomputed."""
        columns = [
            "reference", "company_id", "company_name", "right", "law_id", "law_name",
            "regulator", "residence", "channel", "recipient", "status", *_DATE_COLUMNS,
            "extension_granted", "late_extension", "followups", "action_reason", "denial_reason",
        ]  # fmt: skip
        values = []
        for name in columns:
            value = item.get(name)
            if name in ("extension_granted", "late_extension"):
                value = 1 if value in (True, 1, "1", "true", "True") else 0
            elif name == "followups":
                value = int(value or 0)
            elif value == "":
                value = None
            values.append(value)
        for name in _DATE_COLUMNS:
            text = item.get(name)
            if text:
                dt.date.fromisoformat(str(text))  # ValueError on a bad date
        columns += ["deadlines_json", "letter_files"]
        values += [
            json.dumps(item.get("deadlines") or {}, sort_keys=True),
            json.dumps(list(item.get("letter_files") or [])),
        ]
        with self._write():
            if self._id_for_reference(str(item.get("reference"))) is not None:
                return None
            cursor = self.conn.execute(
                f"INSERT INTO requests ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                values,
            )
            request_id = int(cursor.lastrowid or 0)
            for ev in item.get("events") or []:
                self._insert_event(
                    request_id,
                    ev["event"],
                    dt.date.fromisoformat(ev["on"]),
                    ev.get("note") or None,
                    ev.get("reason") or None,
                    ev.get("outcome") or None,
                )
        return request_id

    # -- profile -------------------------------------------------------------------------

    def profile_get(self) -> dict[str, str] | None:
        """The person's remembered details (name, email, address, residence), or None."""
        rows = self.conn.execute("SELECT key, value FROM profile ORDER BY key").fetchall()
        return {r["key"]: r["value"] for r in rows} or None

    def profile_set(self, details: dict[str, str | None]) -> None:
        """Remember these details; a None value forgets that one detail."""
        unknown = sorted(set(details) - set(PROFILE_KEYS))
        if unknown:
            raise UserError(f"the profile keeps only {', '.join(PROFILE_KEYS)}; not {unknown}")
        with self._write():
            for key, value in details.items():
                if value is None or not str(value).strip():
                    self.conn.execute("DELETE FROM profile WHERE key = ?", (key,))
                else:
                    self.conn.execute(
                        "INSERT INTO profile (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, str(value).strip()),
                    )

    def profile_forget(self) -> None:
        """Remove every remembered detail, overwriting the freed pages (secure_delete)."""
        with self._write():
            self.conn.execute("DELETE FROM profile")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# -- rules that need the law or the date arithmetic --------------------------------------


def _waiting_status(row: RequestRow, changes: dict[str, Any]) -> str:
    """Back to waiting on the company: extended, acknowledged or plain sent."""
    if changes.get("extension_granted", row.extension_granted):
        return "extended"
    if changes.get("acknowledged_on", row.acknowledged_on):
        return "acknowledged"
    return "sent"


def _rebuild_deadlines(row: RequestRow) -> Deadlines:
    """The stored deadlines as a `deadlines.Deadlines`, for the rules that module owns."""
    from assistant.law.deadlines import Deadlines

    data = row.deadlines
    known = {f.name for f in dataclasses.fields(Deadlines)}
    values: dict[str, Any] = {
        "law_id": row.law_id,
        "right": row.right,
        "residence": row.residence,
        "received": row.received,
        "acknowledge_by": row.acknowledge_by,
        "respond_by": row.respond_by,
        "extended_respond_by": row.extended_respond_by,
        "extension_notice_by": row.extension_notice_by,
        "citations": list(data.get("citations") or []),
        "explanations": list(data.get("explanations") or []),
        "company_promise": data.get("company_promise"),
    }
    for name in known - set(values):
        if name in data:
            value = data[name]
            if isinstance(value, str) and name.endswith("_by"):
                value = dt.date.fromisoformat(value)
            values[name] = value
    return Deadlines(**{k: v for k, v in values.items() if k in known})


def _judge_extension(row: RequestRow, notice: dt.date) -> tuple[str, bool]:
    """(explanation, valid) for an extension noticed on `notice`."""
    from assistant.law.deadlines import extension_in_time

    if row.extension_granted:
        return "the law allows one extension and this request was already extended", False
    if row.extended_respond_by is None:
        law = row.law_name or "the law that applies"
        return (
            f"{law} allows no extension for this request: the company still had to answer "
            f"by {row.respond_by}",
            False,
        )
    if extension_in_time(_rebuild_deadlines(row), notice):
        return f"due date moved from {row.due} to {row.extended_respond_by}", True
    return (
        f"the extension came on {notice}, after the last day to give notice of one "
        f"({row.extension_notice_by}): the company was already late and still owes an answer "
        f"by {row.due}",
        False,
    )


def _resend_dates(row: RequestRow, sent: dt.date) -> dict[str, Any]:
    """Deadlines recomputed (by deadlines.py) for a draft that is sent on `sent`."""
    from assistant.law.deadlines import assumed_receipt, compute_deadlines

    received, _why = assumed_receipt(sent, row.channel)
    law = _law(row.law_id)
    deadlines = compute_deadlines(law, row.right, received, row.residence)
    return {
        "sent": sent,
        "received": received,
        "acknowledge_by": deadlines.acknowledge_by,
        "respond_by": deadlines.respond_by,
        "extended_respond_by": deadlines.extended_respond_by,
        "extension_notice_by": deadlines.extension_notice_by,
        "due": deadlines.respond_by,
        "deadlines_json": json.dumps(deadlines.as_json(), sort_keys=True, default=str),
    }


def _law(law_id: str | None) -> LawProfile | None:
    if not law_id:
        return None
    from assistant.law.profiles import load_laws

    return load_laws().get(law_id)


def _law_names(law_id: str, residence: str) -> tuple[str | None, str | None]:
    """(short name, regulator name) of a law, stored so reminders need not load laws."""
    law = _law(law_id)
    if law is None:
        return None, None
    return law.short_name, law.regulator_for(residence).name


def _opt_out_id_alerts(row: RequestRow) -> list[str]:
    """An opt-out needs no proof of identity: say so when a company asks for one."""
    if row.right != "opt_out":
        return []
    law = _law(row.law_id)
    if law is not None and law.grants("opt_out"):
        if law.rights["opt_out"].verification_required:  # type: ignore[index]
            return []
        said = law.verification_for("opt_out")
        detail = f" Under the {law.short_name}: {said}" if said else ""
    else:
        detail = ""
    return [
        "An opt-out of sale or sharing needs no identity verification: the company may ask "
        "only for what it needs to find your records, not for proof of identity; say so in "
        f"your reply.{detail}"
    ]


def warnings_for_new_request(
    ledger: Ledger,
    company_record: CompanyRecord,
    right: str,
    law: LawProfile | None,
    sent: dt.date,
) -> list[str]:
    """What the law or the company's record says the person should know before sending."""
    from dateutil.relativedelta import relativedelta

    warnings: list[str] = []
    since = sent - relativedelta(months=12) + dt.timedelta(days=1)
    earlier = ledger.requests_to(company_record.id, right, since)
    open_ones = [r for r in earlier if r.status in OPEN_STATUSES]
    if open_ones:
        first = open_ones[0]
        warnings.append(
            f"Request {first.id} to {company_record.name} for the same right is still open "
            f"(sent {first.sent}); record its outcome before sending another."
        )
    frequency = law.frequency_for(right) if law is not None else None
    if frequency is not None and len(earlier) >= frequency.limit:
        nth = _ordinal(len(earlier) + 1)
        span = "12 months" if frequency.per == "12_months" else "this calendar year"
        consequence = (
            f"a business need not answer more than {frequency.limit} in {span}"
            if frequency.meaning == "at_most"
            else f"only {frequency.limit} in {span} are free; more may cost a fee or be "
            "refused as excessive"
        )
        warnings.append(
            f"This would be your {nth} {RIGHT_NOUNS.get(right, right)} request to "
            f"{company_record.name} within 12 months: under the {law.short_name} "
            f"{consequence} ({frequency.citation})."
        )
    policy = company_record.rights.get(right)
    if policy.frequency_per_12_months and len(earlier) >= policy.frequency_per_12_months:
        warnings.append(
            f"{company_record.name}'s policy says it answers {policy.frequency_per_12_months} "
            f'such request(s) in 12 months: "{policy.frequency_quote}"'
        )
    processor = company_record.processor
    if processor is not None:
        if processor.scope == "only":
            warnings.append(
                f"{company_record.name} says it handles personal data only on behalf of its "
                f"clients, so it may pass your request on or refuse it: {processor.advice}"
            )
        else:
            warnings.append(
                f"{company_record.name} says it handles some personal data on behalf of its "
                f"clients; for that part, ask them too: {processor.advice}"
            )
    return warnings


RIGHT_NOUNS = {
    "access": "access (right to know)",
    "deletion": "deletion",
    "opt_out": "opt-out",
    "correction": "correction",
}


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(n, f"{n}th")


def track_request(
    ledger: Ledger,
    record: CompanyRecord,
    right: str,
    *,
    residence: str,
    sent: dt.date,
    channel: str,
    delivered: dt.date | None = None,
    reference: str | None = None,
    letter_files: Sequence[str] = (),
    recipient: str | None = None,
) -> tuple[int, list[str]]:
    """Work out the law and the deadlines for a request already sent, and record it.

    Returns (request number, warnings). Used by `rights track` and `rights letter --track`.
    """
    from assistant.law.deadlines import assumed_receipt, compute_deadlines
    from assistant.law.profiles import law_for

    law = law_for(residence)
    received, _why = assumed_receipt(sent, channel, delivered)
    policy = record.rights.get(right)
    deadlines = compute_deadlines(
        law, right, received, residence, company_response_days=policy.response_days
    )
    warnings = warnings_for_new_request(ledger, record, right, law, sent)
    request_id = ledger.add_request(
        company_id=record.id,
        company_name=record.name,
        right=right,
        law_id=law.id if law else None,
        residence=residence,
        channel=channel,
        reference=reference or new_reference(record.id, right, sent),
        sent=sent,
        received=received,
        deadlines=deadlines,
        letter_files=list(letter_files),
        recipient=recipient,
        law_name=law.short_name if law else None,
        regulator=law.regulator_for(residence).name if law else None,
    )
    return request_id, warnings
