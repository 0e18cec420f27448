"""What needs attention today, read straight from the ledger (standard library only).

`rights reminders` runs at shell start for some people, so this module imports only sqlite3,
datetime and os (not even dataclasses or pathlib, which cost milliseconds) and, from the
assistant, only the ledger schema, assistant.errors and assistant.vocabulary (the shared right
labels), opens the ledger read-only and lets SQLite (with the index on status and due date) do
the selecting. The due dates were computed by assistant/law/deadlines.py when each request was
recorded; nothing is recomputed here.

Order, most urgent first:
1. overdue: the company owes an answer and the due date has passed. Next step: a follow-up
   letter; once one was sent, a complaint to the regulator named by the law;
2. due within 7 days;
3. needs your action: the company asked for ID, or answered only in part;
4. acknowledgement overdue: no acknowledgement by the day the law asks for one;
5. write again: no law gives a deadline, and the day to write again has come (the company's
   own promise, else 45 days; assistant/law/arithmetic.py FOLLOW_UP_DAYS). Never "overdue":
   the company is not late, but a polite reminder is fair;
6. waiting: everything else still open, soonest due first.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

from assistant.errors import UserError
from assistant.ledger.dates import FIRST_STORED_DAY, LAST_STORED_DAY, bad_value_hint, stored_day
from assistant.ledger.schema import SCHEMA_VERSION, WAITING_STATUSES
from assistant.vocabulary import RIGHT_WORDS

KINDS = ("overdue", "due_soon", "needs_action", "ack_overdue", "write_again", "waiting")
SOON_DAYS = 7

_COLUMNS = (
    "r.id, r.reference, r.company_id, r.company_name, r.right, r.status, r.due, "
    "r.acknowledge_by, r.regulator, r.followups, r.complaint_on, r.late_extension, "
    "r.action_reason, "
    # Where no law gives a date: the day to write again (JSON1, no Python json import).
    "CASE WHEN r.due IS NULL THEN json_extract(r.deadlines_json, '$.follow_up_by') END"
)
_WRITE_AGAIN = (
    "(r.due IS NULL AND IFNULL(json_extract(r.deadlines_json, '$.follow_up_by') <= ?, 0))"
)
_WAITING = ", ".join(f"'{s}'" for s in WAITING_STATUSES)


class Reminder:
    """One line of `rights reminders` (a plain class: dataclasses costs an import)."""

    __slots__ = FIELDS = (
        "kind",
        "request_id",
        "reference",
        "company_id",
        "company_name",
        "right",
        "due",
        "days",
        "next_step",
        "command",
    )
    kind: str  # one of KINDS
    request_id: int
    reference: str
    company_id: str
    company_name: str
    right: str
    due: str | None  # ISO date
    days: int  # overdue: days late; due_soon/waiting: days left; ack_overdue: days since
    next_step: str
    command: str

    def __init__(
        self,
        kind: str,
        request_id: int,
        reference: str,
        company_id: str,
        company_name: str,
        right: str,
        due: str | None,
        days: int,
        next_step: str,
        command: str,
    ) -> None:
        self.kind = kind
        self.request_id = request_id
        self.reference = reference
        self.company_id = company_id
        self.company_name = company_name
        self.right = right
        self.due = due
        self.days = days
        self.next_step = next_step
        self.command = command

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Reminder) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"Reminder({self.kind!r}, #{self.request_id}, {self.command!r})"

    def line(self) -> str:
        what = f"{self.company_name} ({RIGHT_WORDS.get(self.right, self.right)})"
        if self.kind == "overdue":
            head = f"OVERDUE {self.days} day{'s' if self.days != 1 else ''}"
        elif self.kind == "due_soon":
            head = (
                "due today"
                if self.days == 0
                else f"due in {self.days} day" + ("s" if self.days != 1 else "")
            )
        elif self.kind == "needs_action":
            head = "your move"
        elif self.kind == "ack_overdue":
            head = "no acknowledgement"
        elif self.kind == "write_again":
            head = "time to write again"
        else:
            head = "waiting"
        return f"#{self.request_id:<5} {head:<18} {what}: {self.next_step} -> {self.command}"

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}


class ReminderReport:
    """The reminders, and how many waiting requests a `waiting_limit` left out."""

    def __init__(
        self,
        reminders: list[Reminder] | None = None,
        waiting_total: int = 0,
        tracked: bool = True,
    ) -> None:
        self.reminders = reminders or []
        self.waiting_total = waiting_total
        self.tracked = tracked

    @property
    def waiting_left_out(self) -> int:
        shown = sum(1 for r in self.reminders if r.kind == "waiting")
        return self.waiting_total - shown


def _uri(db_path: str) -> str:
    """A read-only SQLite URI for a file path (no urllib: it costs an import)."""
    path = os.path.abspath(db_path)
    for char, code in (("%", "%25"), ("?", "%3f"), ("#", "%23")):
        path = path.replace(char, code)
    return f"file:{path}?mode=ro"


def _refuse_odd_file(db_path: str) -> bool:
    """False when there is no ledger yet; a UserError for a link, a folder or a device in its
    place or in place of its -wal or -shm file (a link is never followed: it could lead SQLite
    to write files beside its target)."""
    import stat

    try:
        mode = os.lstat(db_path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        folder = os.path.dirname(os.path.abspath(db_path))
        while not os.path.lexists(folder) and os.path.dirname(folder) != folder:
            folder = os.path.dirname(folder)
        if not os.path.isdir(folder):  # a file, or a dangling link, where a folder belongs
            raise UserError(f"{folder} is not a folder", hint="check RIGHTS_HOME") from None
        return False
    except OSError as exc:
        from assistant.safefile import storage_error

        raise storage_error(exc, db_path, "read") from None
    # assistant.safefile (with pathlib and tempfile) is loaded only for an odd file: the
    # common case, a plain ledger, stays on the fast path.
    if stat.S_ISREG(mode):
        for sidecar in (db_path + "-wal", db_path + "-shm"):  # SQLite's log and shared memory
            try:
                if not stat.S_ISREG(os.lstat(sidecar).st_mode):
                    from assistant.safefile import refuse_link

                    refuse_link(sidecar)
            except FileNotFoundError:
                continue
        return True
    from assistant.safefile import refuse_link

    refuse_link(db_path)  # raises for a link, a folder or anything else that is not a file
    return False


def _connect(db_path: str) -> sqlite3.Connection:
    """A read-only connection; where no -shm can be made beside it (a read-only folder or
    disk, a full disk) and nothing is pending in the write-ahead log, the file is read as it
    stands."""
    uri = _uri(db_path)
    conn = sqlite3.connect(uri, uri=True, timeout=15)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = db_path + "-wal"
        empty_log = not os.path.lexists(wal) or os.stat(wal).st_size == 0
        folder = os.path.dirname(os.path.abspath(db_path))
        if not empty_log:
            raise
        if os.access(folder, os.W_OK):
            from assistant.safefile import disk_nearly_full

            if not disk_nearly_full(folder):
                raise
    return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=15)


def _fault(exc: sqlite3.Error, db_path: str) -> Exception:
    """The clear message for an SQLite error (assistant/ledger/faults.py, loaded only now)."""
    from pathlib import Path

    from assistant.ledger.faults import ledger_error

    return ledger_error(exc, Path(db_path))


def open_read_only(db_path: os.PathLike[str] | str) -> sqlite3.Connection | None:
    """The ledger opened read-only, or None when there is no ledger yet."""
    path = os.fspath(db_path)
    if not _refuse_odd_file(path):
        return None
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise _fault(exc, path) from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        conn.close()
        raise _fault(exc, path) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise UserError(
            f"{path} was written by a newer Rights Assistant (schema {version}, this one "
            f"knows {SCHEMA_VERSION})",
            hint="update Rights Assistant",
        )
    if version == 0:
        conn.close()
        return None
    return conn


def collect(
    db_path: os.PathLike[str] | str, today: dt.date, *, waiting_limit: int | None = None
) -> ReminderReport:
    """Every reminder for `today`, most urgent first; at most `waiting_limit` waiting ones."""
    conn = open_read_only(db_path)
    if conn is None:
        return ReminderReport(tracked=False)
    try:
        return _collect(conn, today, waiting_limit)
    except sqlite3.Error as exc:  # a damaged page behind an intact header
        raise _fault(exc, os.fspath(db_path)) from None
    finally:
        conn.close()


def collect_reminders(db_path: os.PathLike[str] | str, today: dt.date) -> list[Reminder]:
    """Every reminder for `today`, most urgent first (the contract's entry point)."""
    return collect(db_path, today).reminders


def _collect(conn: sqlite3.Connection, today: dt.date, waiting_limit: int | None) -> ReminderReport:
    iso_today = today.isoformat()
    soon = (today + dt.timedelta(days=SOON_DAYS)).isoformat()
    urgent = conn.execute(
        f"""SELECT {_COLUMNS} FROM requests r
            WHERE r.status = 'needs_action'
               OR (r.status IN ({_WAITING}) AND r.due <= ?)
               OR (r.status = 'sent' AND r.acknowledge_by < ?)
               OR (r.status IN ({_WAITING}) AND {_WRITE_AGAIN})
            ORDER BY r.due IS NULL, r.due, r.id""",
        (soon, iso_today, iso_today),
    ).fetchall()
    groups: dict[str, list[Reminder]] = {kind: [] for kind in KINDS}
    for row in urgent:
        reminder = _classify(row, today, iso_today, soon)
        groups[reminder.kind].append(reminder)

    waiting_where = (
        f"r.status IN ({_WAITING}) AND (r.due IS NULL OR r.due > ?) "
        # (NULL-safe: a request with no acknowledgement date or no follow-up day still waits)
        "AND NOT (r.status = 'sent' AND IFNULL(r.acknowledge_by < ?, 0)) "
        f"AND NOT {_WRITE_AGAIN}"
    )
    sql = f"SELECT {_COLUMNS} FROM requests r WHERE {waiting_where} "
    sql += "ORDER BY r.due IS NULL, r.due, r.id"
    params: tuple = (soon, iso_today, iso_today)
    if waiting_limit is not None:
        sql += " LIMIT ?"
        params += (waiting_limit,)
    waiting = [_classify(row, today, iso_today, soon) for row in conn.execute(sql, params)]
    if waiting_limit is None or len(waiting) < waiting_limit:
        total = len(waiting)
    else:
        total = conn.execute(
            f"SELECT count(*) FROM requests r WHERE {waiting_where}", (soon, iso_today, iso_today)
        ).fetchone()[0]
    groups["waiting"] = waiting
    return ReminderReport(
        reminders=[r for kind in KINDS for r in groups[kind]], waiting_total=total
    )


def _day(text: object, request_id: object, column: str) -> dt.date:
    """A stored date, strictly (assistant/ledger/dates.py); a clear UserError when it is not."""
    day = stored_day(text)
    if day is None:
        shown = repr(text)[:40]
        raise UserError(
            f"request {request_id} in the ledger has a bad {column}: {shown} is not a date "
            f"from {FIRST_STORED_DAY} to {LAST_STORED_DAY} (YYYY-MM-DD)",
            hint=bad_value_hint(request_id),
        )
    return day


def _classify(row: tuple, today: dt.date, iso_today: str, soon: str) -> Reminder:
    """Which group a request falls in today, and the next step (one row, no queries)."""
    (rid, reference, company_id, name, right, status, due, ack_by, regulator, followups,
     complaint_on, late_extension, why, write_again) = row  # fmt: skip
    days = (_day(due, rid, "due") - today).days if due is not None else 0
    if ack_by is not None:
        _day(ack_by, rid, "acknowledge_by")
    if status == "needs_action":
        kind = "needs_action"
        if why == "identity_asked":
            step = "the company asked for ID"
            if right == "opt_out":
                step += " (an opt-out needs none: say so)"
            step += "; reply, then record it"
            command = f"rights requests update {rid} identity_given"
        else:
            step = "answered only in part; ask for the rest"
            command = f"rights followup {rid}"
    elif due is not None and due < iso_today:
        kind, days = "overdue", -days
        late = " (its extension came too late)" if late_extension else ""
        who = regulator or "the regulator"
        if complaint_on:
            step = f"complaint filed with {who} on {complaint_on}; record the outcome"
            command = f"rights requests update {rid} answered_full"
        elif followups:
            step = f"followed up and still no answer{late}; complain to {who}"
            command = f"rights complain {rid}"
        else:
            step = f"no answer by {due}{late}; send a follow-up"
            command = f"rights followup {rid}"
    elif due is not None and due <= soon:
        kind = "due_soon"
        step = f"answer due by {due}; when it comes, record it"
        command = f"rights requests update {rid} answered_full"
    elif status == "sent" and ack_by is not None and ack_by < iso_today:
        kind = "ack_overdue"
        days = (today - dt.date.fromisoformat(ack_by)).days
        step = f"should have been acknowledged by {ack_by}; when it is, record it"
        command = f"rights requests update {rid} acknowledged"
    elif write_again is not None and write_again <= iso_today:
        kind = "write_again"
        days = (today - _day(write_again, rid, "follow_up_by")).days
        if followups:
            step = "no legal deadline, and no answer after your reminder; write again or let it go"
        else:
            step = f"no legal deadline, but no answer since {write_again}; a reminder is fair"
        command = f"rights followup {rid}"
    else:
        kind = "waiting"
        if due:
            step = f"answer due by {due}"
        elif write_again:
            step = f"no legal deadline; write again from {write_again} if no answer comes"
        else:
            step = "no legal deadline known"
        command = f"rights requests show {rid}"
    return Reminder(kind, rid, reference, company_id, name, right, due, days, step, command)
