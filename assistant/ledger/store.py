"""The request ledger: every request sent, its computed deadlines and its timeline, in SQLite.

One file, `<data dir>/requests.sqlite3`, created 0600 (the -wal and -shm files too), in WAL
mode with foreign keys on and a busy timeout, so a crash never corrupts it and two processes
can write at once. The schema and the status transition table live in
assistant/ledger/schema.py; `PRAGMA user_version` holds the schema version and `Ledger.open`
applies any migrations still missing.

This module only stores: it never loads laws or letters. Deadlines are computed by
assistant/law/deadlines.py before a request is recorded (assistant/workflow.py does it), and
the ledger keeps the dates so the reminders never recompute them. What an event does to a
request (new status, moved due date, alerts) is decided in assistant/ledger/rules.py; the
row types live in assistant/ledger/rows.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.ledger.faults import LedgerError, ledger_error
from assistant.ledger.people import PeopleStore
from assistant.ledger.profile import PROFILE_KEYS
from assistant.ledger.rows import (
    EventRow,
    RequestRow,
    display_status,
    exported_columns,
    iso_or_none,
)
from assistant.ledger.rules import check_event, event_effect
from assistant.ledger.schema import (
    LEDGER_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    STATUSES,
    TRANSITIONS,
    WAITING_STATUSES,
    allowed_events,
)
from assistant.ledger.shape import check_shape, migration_statements

if TYPE_CHECKING:
    from assistant.law.deadlines import Deadlines

__all__ = [
    "BUSY_TIMEOUT_MS",
    "PROFILE_KEYS",
    "EventRow",  # re-exported for older imports: new code imports the rows from .rows
    "Ledger",
    "LedgerError",
    "RequestRow",
    "TransitionRefused",
    "display_status",
    "ledger_error",
    "ledger_path",
]

BUSY_TIMEOUT_MS = 15_000


class TransitionRefused(UserError):
    """An event that makes no sense for the request's current status."""


def ledger_path() -> Path:
    """Where the ledger lives: `<data dir>/requests.sqlite3`."""
    from assistant import paths

    return paths.data_dir() / LEDGER_NAME


class Ledger(PeopleStore):
    """The open ledger. Use `Ledger.open()`; close it (or use `with`) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False) -> Ledger:
        """Open the ledger: 0600, WAL, foreign keys, migrations applied.

        With `read_only`, nothing is created or changed (read commands use it, so a person can
        list and back up a ledger on a read-only disk); a missing ledger opens empty, and one
        with an older schema is read through an upgraded copy in memory. A symbolic link in
        place of the ledger is refused either way. SQLite's errors become `LedgerError`s with
        advice (see `ledger_error`).
        """
        from assistant.safefile import create_private, make_private, refuse_link

        if read_only:
            from assistant import paths
            from assistant.ledger.opening import read_only_connection

            where = Path(path) if path is not None else paths.data_dir(False) / LEDGER_NAME
            conn, upgrade = read_only_connection(where)
            ledger = cls(conn, where)
            try:
                if upgrade:
                    ledger._migrate()  # on a copy in memory: the file is never changed
                check_shape(conn, where)
            except sqlite3.Error as exc:
                conn.close()
                raise ledger_error(exc, where) from None
            except BaseException:
                conn.close()
                raise
            return ledger
        path = Path(path) if path is not None else ledger_path()
        create_private(path)
        for sidecar in ("-wal", "-shm"):  # SQLite would write its log through a planted link
            refuse_link(f"{path}{sidecar}")
        old_umask = os.umask(0o077)
        try:
            try:
                conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            except sqlite3.Error as exc:
                raise ledger_error(exc, path) from None
            try:
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = FULL")
                ledger = cls(conn, path)
                ledger._migrate()
                check_shape(conn, path)
            except sqlite3.Error as exc:
                conn.close()
                raise ledger_error(exc, path) from None
            except BaseException:
                conn.close()
                raise
        finally:
            os.umask(old_umask)
        refuse_link(path)  # replaced by a link while opening: refuse rather than go on
        for suffix in ("-wal", "-shm"):
            make_private(f"{path}{suffix}")
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
                for statement in migration_statements(MIGRATIONS[step]):
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

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()
        if isinstance(exc, sqlite3.Error):  # a full disk, a damaged page, a read-only file
            raise ledger_error(exc, self.path) from None

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
        """Record a request and its computed deadlines; returns the request number.

        `law_name` and `regulator` are stored as given (the caller knows the law; the
        reminders show them without loading laws)."""
        if status not in ("draft", "sent"):
            raise UserError(f"a new request starts as 'draft' or 'sent', not {status!r}")
        if received < sent:
            raise UserError(f"received date {received} is before the sent date {sent}")
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
                    reference, company_id, company_name, right, law_id, law_name, regulator,
                    residence, channel, recipient, status, sent.isoformat(),
                    received.isoformat(), iso_or_none(deadlines.acknowledge_by),
                    iso_or_none(respond_by), iso_or_none(deadlines.extended_respond_by),
                    iso_or_none(deadlines.extension_notice_by), iso_or_none(respond_by),
                    json.dumps(data, sort_keys=True, default=str), json.dumps(list(letter_files)),
                ),
            )  # fmt: skip
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

    def list_requests(
        self, status: str | None = None, company: str | None = None
    ) -> list[RequestRow]:
        """Requests, newest first; `status` may be a stored status or the derived 'overdue'
        (which needs `list_overdue`, since it depends on today)."""
        sql, params = "SELECT * FROM requests", []
        where: list[str] = []
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
        """The request's events, oldest first (UserError for an unknown number)."""
        self.get(request_id)
        rows = self.conn.execute(
            "SELECT * FROM events WHERE request_id = ? ORDER BY on_date, id", (request_id,)
        )
        return [EventRow.from_sql(r) for r in rows]

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
        check_event(event, reason)
        with self._write():
            row = self.get(request_id)
            if (row.status, event) not in TRANSITIONS:
                allowed = ", ".join(allowed_events(row.status)) or "none"
                raise TransitionRefused(
                    f"request {request_id} is {row.status}: '{event}' cannot be recorded now",
                    hint=f"events allowed now: {allowed}",
                )
            if event != "sent" and on < row.sent:
                raise UserError(f"{event} on {on} is before the request was sent ({row.sent})")
            effect = event_effect(row, event, on, reason)
            if effect.changes:
                assignments = ", ".join(f"{name} = ?" for name in effect.changes)
                values = [
                    iso_or_none(v) if isinstance(v, dt.date) else v for v in effect.changes.values()
                ]
                self.conn.execute(
                    f"UPDATE requests SET {assignments} WHERE id = ?", (*values, request_id)
                )
            self._insert_event(request_id, event, on, note, reason, effect.outcome)
            updated = self.get(request_id)
        return dataclasses.replace(updated, alerts=effect.alerts)

    def add_letter_files(self, request_id: int, files: Sequence[str]) -> None:
        """Remember more letters written for a request (follow-ups, complaints)."""
        with self._write():
            row = self.get(request_id)
            merged = [*row.letter_files, *(f for f in files if f not in row.letter_files)]
            self.conn.execute(
                "UPDATE requests SET letter_files = ? WHERE id = ?",
                (json.dumps(merged), request_id),
            )

    # -- import (used by assistant/ledger/exchange.py) ---------------------------------

    def insert_exported(self, item: dict[str, Any]) -> int | None:
        """Insert one request as exported by exchange.py, with its events; None if the
        reference is already tracked. Dates are taken as stored, never recomputed."""
        columns, values = exported_columns(item)
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

    # -- replies (schema 2) ----------------------------------------------------------------

    def add_reply(self, request_id: int, received_on: dt.date, **reply: Any) -> int:
        """Keep a company's reply (text, attachments' names, links, what it was read as),
        linked to the newest event of its kind on the request's timeline, if any."""
        keys = ("event", "reason", "subject", "sender", "message_id", "quote", "text")
        values = {k: reply.get(k) for k in keys} | {"text": str(reply.get("text") or "")}
        values |= {k: json.dumps(list(reply.get(k) or ())) for k in ("attachments", "links")}
        with self._write():
            self.get(request_id)
            sql = "SELECT max(id) FROM events WHERE request_id = ? AND event = ?"
            linked = self.conn.execute(sql, (request_id, values["event"])).fetchone()[0]
            cursor = self.conn.execute(
                f"INSERT INTO replies (request_id, event_id, received_on, {', '.join(values)}) "
                f"VALUES (?, ?, ?, {', '.join('?' for _ in values)})",
                (request_id, linked, received_on.isoformat(), *values.values()),
            )
        return int(cursor.lastrowid or 0)

    def replies(self, request_id: int | None = None, message_ids: Sequence[str] = ()) -> list[Any]:
        """Stored replies (sqlite3.Row) of one request, or those with these Message-IDs."""
        args: list[Any] = [request_id, *message_ids]
        marks = ", ".join("?" for _ in message_ids) or "NULL"
        sql = f"SELECT * FROM replies WHERE request_id = ? OR message_id IN ({marks}) ORDER BY id"
        return self.conn.execute(sql, args).fetchall()
