"""The ledger's vocabulary and shape: statuses, events, the transition table, the SQL schema.

Standard library only, because `rights reminders` (assistant/ledger/reminders.py) reads the same
constants at every shell start and must not import anything heavy.

Status model, in the spirit of Consumer Reports' Data Rights Protocol:

    draft -> sent -> acknowledged -> extended -> fulfilled | denied | closed
                 \\-> needs_action (the company asked for ID, or answered in part)

`overdue` is *derived*, never stored: a request is overdue when it is still waiting on the
company (status sent, acknowledged or extended) and its due date is before `today`. Storing it
would need a write whenever the calendar turns over, and the core never reads the clock; the
reminders open the ledger read-only. Tracking tools that read the table directly therefore see
the stored status; `display_status()` in assistant/ledger/rows.py gives the derived one.
"""

from __future__ import annotations

STATUSES: tuple[str, ...] = (
    "draft",
    "sent",
    "acknowledged",
    "extended",
    "needs_action",
    "overdue",
    "fulfilled",
    "denied",
    "closed",
)
STORED_STATUSES: tuple[str, ...] = tuple(s for s in STATUSES if s != "overdue")
# The company owes an answer: these become `overdue` once the due date has passed.
WAITING_STATUSES: tuple[str, ...] = ("sent", "acknowledged", "extended")
# Still open (something may yet happen): waiting on the company, or on the person.
OPEN_STATUSES: tuple[str, ...] = (*WAITING_STATUSES, "needs_action")
FINISHED_STATUSES: tuple[str, ...] = ("fulfilled", "denied", "closed")
# How a request was sent.
CHANNELS: tuple[str, ...] = ("email", "webform", "postal", "phone", "fax")

EVENTS: tuple[str, ...] = (
    "sent",
    "acknowledged",
    "identity_asked",
    "identity_given",
    "extended",
    "answered_full",
    "answered_part",
    "denied",
    "followup_sent",
    "complaint_filed",
    "closed",
    "reopened",
)

DENIAL_REASONS: tuple[str, ...] = (
    "not_verified",
    "no_data",
    "exemption",
    "too_many_requests",
    "other",
    # Added with schema 2 (replies): the company is not the controller (a processor), or the
    # law the person relies on does not reach them (residence, scope).
    "not_controller",
    "outside_jurisdiction",
)
# The reasons schema 1 knew; schema 2 relaxes the CHECK constraints that list them.
_SCHEMA_1_REASONS: tuple[str, ...] = DENIAL_REASONS[:5]

# Special targets in the transition table.
KEEP = "="  # the status does not change (the event is recorded on the timeline only)
WAITING = "waiting"  # back to waiting on the company: sent, acknowledged or extended

_ACTIVE = ("sent", "acknowledged", "extended", "needs_action")

# (current status, event) -> new status. Anything not listed is refused.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("draft", "sent"): "sent",
    ("draft", "closed"): "closed",
    ("sent", "acknowledged"): "acknowledged",
    ("sent", "extended"): "extended",
    ("acknowledged", "extended"): "extended",
    ("needs_action", "extended"): "extended",
    ("needs_action", "identity_given"): WAITING,
    **{(s, "identity_asked"): "needs_action" for s in _ACTIVE},
    **{(s, "answered_full"): "fulfilled" for s in _ACTIVE},
    **{(s, "answered_part"): "needs_action" for s in _ACTIVE},
    **{(s, "denied"): "denied" for s in _ACTIVE},
    **{(s, "followup_sent"): KEEP for s in (*_ACTIVE, "denied")},
    **{(s, "complaint_filed"): KEEP for s in (*_ACTIVE, "denied")},
    **{(s, "closed"): "closed" for s in (*_ACTIVE, "fulfilled", "denied")},
    **{(s, "reopened"): WAITING for s in FINISHED_STATUSES},
}


def allowed_events(status: str) -> list[str]:
    """The events that may be recorded on a request in `status`, in EVENTS order."""
    return [event for event in EVENTS if (status, event) in TRANSITIONS]


LEDGER_NAME = "requests.sqlite3"  # inside the data directory
SCHEMA_VERSION = 4


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _sql_text(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


# Each entry upgrades the ledger from version i to i + 1; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE TABLE requests (
        id                  INTEGER PRIMARY KEY,
        reference           TEXT NOT NULL UNIQUE,
        company_id          TEXT NOT NULL,
        company_name        TEXT NOT NULL,
        right               TEXT NOT NULL
                            CHECK (right IN ('access', 'deletion', 'opt_out', 'correction')),
        law_id              TEXT,
        law_name            TEXT,
        regulator           TEXT,
        residence           TEXT NOT NULL,
        channel             TEXT NOT NULL,
        recipient           TEXT,
        status              TEXT NOT NULL CHECK (status IN ({_quoted(STORED_STATUSES)})),
        sent                TEXT NOT NULL,
        received            TEXT NOT NULL,
        acknowledge_by      TEXT,
        respond_by          TEXT,
        extended_respond_by TEXT,
        extension_notice_by TEXT,
        due                 TEXT,
        acknowledged_on     TEXT,
        finished_on         TEXT,
        extension_granted   INTEGER NOT NULL DEFAULT 0,
        late_extension      INTEGER NOT NULL DEFAULT 0,
        followups           INTEGER NOT NULL DEFAULT 0,
        last_followup       TEXT,
        complaint_on        TEXT,
        action_reason       TEXT,  -- the event that made it needs_action
        denial_reason       TEXT CHECK (denial_reason IS NULL
                                        OR denial_reason IN ({_quoted(DENIAL_REASONS)})),
        deadlines_json      TEXT NOT NULL DEFAULT '{{}}',
        letter_files        TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX requests_status_due ON requests (status, due);
    CREATE INDEX requests_company_right ON requests (company_id, right, sent);
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        event       TEXT NOT NULL CHECK (event IN ({_quoted(EVENTS)})),
        on_date     TEXT NOT NULL,
        note        TEXT,
        reason      TEXT CHECK (reason IS NULL OR reason IN ({_quoted(DENIAL_REASONS)})),
        outcome     TEXT
    );
    CREATE INDEX events_request ON events (request_id, id);
    CREATE TABLE profile (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: the replies a company sent (their text and attachments' names), each linked to the
    # event it was recorded as; and two more denial reasons. SQLite cannot alter a CHECK
    # constraint, so the constraint text is widened in place as its documentation describes
    # for a relaxed CHECK (writable_schema), then the schema is reloaded (RESET).
    f"""
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema
       SET sql = replace(sql, {_sql_text(_quoted(_SCHEMA_1_REASONS))},
                         {_sql_text(_quoted(DENIAL_REASONS))})
     WHERE type = 'table' AND name IN ('requests', 'events')
       AND instr(sql, {_sql_text(_quoted(DENIAL_REASONS))}) = 0;
    PRAGMA writable_schema = RESET;
    CREATE TABLE replies (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
        received_on TEXT NOT NULL,
        event       TEXT,  -- what the reply was read as (also use_other_channel)
        reason      TEXT,
        subject     TEXT,
        sender      TEXT,
        message_id  TEXT,
        quote       TEXT,
        text        TEXT NOT NULL,
        attachments TEXT NOT NULL DEFAULT '[]',
        links       TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX replies_request ON replies (request_id, id);
    CREATE INDEX replies_message ON replies (message_id);
    """,
    # 3: who made each request (name, e-mail, postal address, authorized agent), so that
    # every later letter for it is signed by that person rather than today's saved profile.
    """
    CREATE TABLE requesters (
        request_id  INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        email       TEXT NOT NULL,
        address     TEXT,
        agent_name  TEXT
    );
    """,
    # 4: the language the request's letter was written in, so follow-ups and replies to it
    # are written in the same language even when the letter was printed rather than saved.
    """
    ALTER TABLE requesters ADD COLUMN language TEXT;
    """,
)

assert len(MIGRATIONS) == SCHEMA_VERSION
