"""What an event does to a tracked request: new status, changed columns, outcome, alerts.

`Ledger.record_event` (assistant/ledger/store.py) checks that the event is allowed by the
transition table in assistant/ledger/schema.py, then asks `event_effect` what to write. This is
the one place the ledger uses the law (assistant.law, the layer below): deadlines are
recomputed by assistant/law/deadlines.py when a draft is sent, an `extended` event moves the
due date only when `deadlines.extension_in_time` says the law allows an extension and the notice
came in time (otherwise the request is flagged `late_extension` and keeps its due date), and a
demand for ID on an opt-out is answered with what the law says. The law modules are imported
only when an event needs them, so opening the ledger stays cheap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.ledger.schema import DENIAL_REASONS, EVENTS, KEEP, TRANSITIONS, WAITING

if TYPE_CHECKING:
    from assistant.law.deadlines import Deadlines
    from assistant.law.profiles import LawProfile
    from assistant.ledger.rows import RequestRow

__all__ = [
    "Effect",
    "check_event",
    "event_effect",
    "judge_extension",
    "opt_out_id_alerts",
    "rebuild_deadlines",
    "resend_dates",
    "waiting_status",
]


@dataclass(frozen=True)
class Effect:
    """What recording one event changes: columns (dates as `datetime.date`), the outcome
    written on the timeline, and what the person should be told."""

    changes: dict[str, Any]
    outcome: str | None
    alerts: tuple[str, ...]


def check_event(event: str, reason: str | None) -> None:
    """UserError unless `event` is known and `reason` is given exactly for a denial."""
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


def event_effect(row: RequestRow, event: str, on: dt.date, reason: str | None) -> Effect:
    """The effect of `event` on `row`, an event the transition table allows for its status."""
    target = TRANSITIONS[(row.status, event)]
    changes, outcome, alerts, keep = _changes(row, event, on, reason)
    if keep:
        target = KEEP
    if target == WAITING:
        target = waiting_status(row, changes)
    if target != KEEP:
        changes["status"] = target
    if target == "needs_action":
        changes["action_reason"] = event
    return Effect(changes=changes, outcome=outcome, alerts=tuple(alerts))


def _changes(
    row: RequestRow, event: str, on: dt.date, reason: str | None
) -> tuple[dict[str, Any], str | None, list[str], bool]:
    """Column changes, outcome text, alerts, and whether the status must stay as it is."""
    changes: dict[str, Any] = {}
    alerts: list[str] = []
    outcome: str | None = None
    keep = False
    if event == "sent":
        changes.update(resend_dates(row, on))
        outcome = f"deadlines counted from {changes['received']}"
    elif event == "acknowledged":
        changes["acknowledged_on"] = on
        if row.acknowledge_by and on > row.acknowledge_by:
            outcome = f"acknowledged late: the law asked for it by {row.acknowledge_by}"
    elif event == "identity_asked":
        alerts.extend(opt_out_id_alerts(row))
        outcome = alerts[0] if alerts else None
    elif event == "identity_given":
        restart, outcome = identity_restart(row, on)
        changes.update(restart)
    elif event == "extended":
        outcome, ok = judge_extension(row, on)
        if ok:
            changes.update(due=row.extended_respond_by, extension_granted=1)
        else:
            changes["late_extension"] = 1
            keep = True
            alerts.append(outcome)
    elif event in ("answered_full", "closed"):
        changes["finished_on"] = row.finished_on if event == "closed" and row.finished_on else on
    elif event == "denied":
        changes.update(finished_on=on, denial_reason=reason)
    elif event == "followup_sent":
        changes.update(followups=row.followups + 1, last_followup=on)
    elif event == "complaint_filed":
        changes["complaint_on"] = on
    elif event == "reopened":
        changes.update(finished_on=None, denial_reason=None)
    return changes, outcome, alerts, keep


def waiting_status(row: RequestRow, changes: dict[str, Any]) -> str:
    """Back to waiting on the company: extended, acknowledged or plain sent."""
    if changes.get("extension_granted", row.extension_granted):
        return "extended"
    if changes.get("acknowledged_on", row.acknowledged_on):
        return "acknowledged"
    return "sent"


def rebuild_deadlines(row: RequestRow) -> Deadlines:
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


def judge_extension(row: RequestRow, notice: dt.date) -> tuple[str, bool]:
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
    if extension_in_time(rebuild_deadlines(row), notice):
        return f"due date moved from {row.due} to {row.extended_respond_by}", True
    return (
        f"the extension came on {notice}, after the last day to give notice of one "
        f"({row.extension_notice_by}): the company was already late and still owes an answer "
        f"by {row.due}",
        False,
    )


def resend_dates(row: RequestRow, sent: dt.date) -> dict[str, Any]:
    """Deadlines recomputed (by law/deadlines.py) for a draft that is sent on `sent`."""
    from assistant.law.deadlines import assumed_receipt, compute_deadlines

    received, _why = assumed_receipt(sent, row.channel)
    deadlines = compute_deadlines(_law(row.law_id), row.right, received, row.residence)
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


def identity_restart(row: RequestRow, given: dt.date) -> tuple[dict[str, Any], str | None]:
    """(column changes, outcome) when the person gave the identity information asked for.

    Where the law runs its period from the later of the request and that information (UK GDPR
    Art. 12A), the deadlines are counted again from the day it reached the company, by the
    request's own channel; each date only ever moves later, so no company is called late
    before its time. Elsewhere nothing changes: the clock kept running."""
    from assistant.law.deadlines import assumed_receipt, compute_deadlines

    law = _law(row.law_id)
    if law is None or not law.clock_from_identity or row.received is None:
        return {}, None
    arrived, _why = assumed_receipt(given, row.channel)
    if arrived <= row.received:
        return {}, None
    again = compute_deadlines(law, row.right, arrived, row.residence)

    def later(old: dt.date | None, new: dt.date | None) -> dt.date | None:
        return max(d for d in (old, new) if d is not None) if old or new else None

    changes: dict[str, Any] = {
        "respond_by": later(row.respond_by, again.respond_by),
        "extended_respond_by": later(row.extended_respond_by, again.extended_respond_by),
        "extension_notice_by": later(row.extension_notice_by, again.extension_notice_by),
    }
    base = changes["extended_respond_by"] if row.extension_granted else changes["respond_by"]
    changes["due"] = later(row.due, base)
    if changes["due"] == row.due:
        return {}, None
    return changes, (
        f"the period begins again when the company has what it asked for ({arrived}): "
        f"it now has until {changes['due']} ({law.clock_from_identity.split(':')[0]})"
    )


def opt_out_id_alerts(row: RequestRow) -> list[str]:
    """An opt-out needs no proof of identity: say so when a company asks for one."""
    if row.right != "opt_out":
        return []
    law = _law(row.law_id)
    if law is not None and law.grants("opt_out"):
        if law.rights["opt_out"].verification_required:
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


def _law(law_id: str | None) -> LawProfile | None:
    """The stored law's profile (None when the request has none or it is no longer known)."""
    if not law_id:
        return None
    from assistant.law.profiles import load_laws

    return load_laws().get(law_id)
