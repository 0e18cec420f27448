"""The use cases for a company's reply: read it, match it to a request, record it, answer it.

Re-exported by assistant/workflow.py (every front end calls them from there). `read_replies`
reads .eml, .mbox or pasted text through assistant/replies; `match_reply` finds the request a
reply answers, certain only by our reference or the mail thread, otherwise candidates for the
front end to ask about; `record_reply` records the reply's event on the ledger's timeline (the
ledger recomputes the deadlines) and keeps the reply itself; `compose_reply_step` drafts the
letter that answers it (assistant/letters/next_steps.py). Nothing here prints, reads the clock
or touches the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.ledger.rows import RequestRow
    from assistant.ledger.store import Ledger
    from assistant.letters.model import Letter, Person
    from assistant.records.catalog import Catalog
    from assistant.replies.model import Match, Reading

__all__ = [
    "REPLY_LEDGER_EVENTS",
    "RecordedReply",
    "compose_reply_step",
    "match_reply",
    "read_replies",
    "record_reply",
]


# What each reply event records on the timeline (use_other_channel and not_a_reply record none).
REPLY_LEDGER_EVENTS = (
    "acknowledged", "identity_asked", "extended", "answered_full", "answered_part", "denied",
)  # fmt: skip


@dataclass(frozen=True)
class RecordedReply:
    """A reply kept in the ledger: the request after it, the events recorded, the reply's row
    number, and what the person should be told."""

    row: RequestRow
    events: tuple[str, ...]
    reply_id: int
    alerts: tuple[str, ...]


def read_replies(data: bytes, name: str = "") -> list[Reading]:
    """Every reply in `data` (.eml, .mbox or pasted text), read."""
    from assistant.replies.classify import read_reply
    from assistant.replies.message import read_messages

    return [read_reply(message) for message in read_messages(data, name)]


def match_reply(ledger: Ledger, reading: Reading, catalog: Catalog | None = None) -> Match:
    """Which tracked request `reading` answers: for certain by our reference or by the thread
    (a reply to a message kept for a request); else candidates by the sender's domain (the
    address the request went to, the company's domains in `catalog`, or its name)."""
    from assistant.replies.model import Candidate, Match, domains_in, registrable, same_company

    row = ledger.find(reading.reference) if reading.reference else None
    if row is not None:
        return Match((Candidate(row.id, row.company_name, "reference"),), certain=True)
    thread = [m for m in (*reading.in_reply_to, reading.message_id) if m]
    ids = dict.fromkeys(r["request_id"] for r in ledger.replies(None, thread)) if thread else {}
    if len(ids) == 1:
        row = ledger.get(next(iter(ids)))
        return Match((Candidate(row.id, row.company_name, "thread"),), certain=True)
    domain = registrable(reading.domain)
    found = []
    for row in ledger.list_requests() if domain else []:
        domains = domains_in(row.recipient or "")
        if catalog is not None and row.company_id in catalog:
            domains |= domains_in(" ".join("//" + d for d in catalog.get(row.company_id).domains))
        if domain in domains or same_company(str(domain), row.company_id):
            found.append(Candidate(row.id, row.company_name, "domain"))
    return Match(tuple(found), certain=False)


def record_reply(
    ledger: Ledger,
    request_id: int,
    reading: Reading,
    *,
    on: dt.date,
    text: str | None = None,
    attachments: Sequence[str] | None = None,
) -> RecordedReply:
    """Record what `reading` says on request `request_id` (its event and reason, the deciding
    sentence as the note) and keep the reply itself (0600, in the ledger). An ID request that
    comes with an extension records both; "use our portal" keeps the reply (and its links)
    with no event; an unclear reply or a non-reply is refused."""
    from assistant.ledger.schema import TRANSITIONS

    if reading.event is None:
        raise UserError("the reply could not be read with confidence; record it yourself with "
                        "`rights requests update`")  # fmt: skip
    if reading.event == "not_a_reply":
        raise UserError(f"this is not an answer to the request ({reading.kind or 'no reply'})")
    note = (reading.quote or "")[:500] or None
    steps: list[tuple[str, str | None, str | None]] = []  # (event, note, denial reason)
    row = ledger.get(request_id)
    wants_time = reading.event == "identity_asked" and (reading.extension or reading.new_due)
    if wants_time and (row.status, "extended") in TRANSITIONS:
        steps.append(("extended", note, None))
    if reading.event == "denied":
        steps.append(("denied", note, reading.reason or "other"))
    elif reading.event in REPLY_LEDGER_EVENTS:
        steps.append((reading.event, f"{reading.reason}: {note}" if reading.reason else note, None))
    alerts: list[str] = []
    for event, event_note, reason in steps:
        row = ledger.record_event(request_id, event, on=on, note=event_note, reason=reason)
        alerts.extend(row.alerts)
    stated = dt.date.fromisoformat(reading.new_due) if reading.new_due else None
    if reading.event == "extended" and stated and row.due and stated > row.due:
        alerts.append(f"the company says it will answer by {stated}, but the law's latest "
                      f"date is {row.due}: that date stands")  # fmt: skip
    reply_id = ledger.add_reply(
        request_id, on, event=reading.event, reason=reading.reason, subject=reading.subject,
        sender=reading.sender, message_id=reading.message_id, quote=reading.quote,
        text=reading.text if text is None else text, links=reading.links,
        attachments=reading.attachments if attachments is None else attachments,
    )  # fmt: skip
    return RecordedReply(ledger.get(request_id), tuple(e for e, _n, _r in steps), reply_id,
                         tuple(alerts))  # fmt: skip


def compose_reply_step(
    ledger: Ledger,
    catalog: Catalog,
    request_id: int,
    reading: Reading,
    person: Person,
    *,
    today: dt.date,
    kind: str | None = None,
) -> Letter | None:
    """The letter answering `reading` on a tracked request: `kind`, else the reading's
    suggested next step; None when nothing needs writing (a receipt, a full answer)."""
    from assistant.letters.next_steps import NEXT_KINDS, compose_next_step

    kind = kind or reading.next
    if kind not in NEXT_KINDS:
        return None
    row = ledger.get(request_id)
    timeline = [e.as_dict() for e in ledger.timeline(row.id)]
    reply = {"quote": reading.quote, "date": reading.date}
    return compose_next_step(
        kind, row.as_dict(today), timeline, catalog.get(row.company_id), person, reply,
        today=today,
    )  # fmt: skip
