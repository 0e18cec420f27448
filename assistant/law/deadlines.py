"""The deadline engine: pure date arithmetic from a law profile, a right and the day received.

Rules (each number and citation comes from the law profile, never from this module):
- A law, and each right, has a start date (`in_force_from`; rights added later carry their
  own). A request received before the right existed gets no deadline, with the reason.
- Counting starts the day after receipt: "45 days" from 1 March ends on 15 April.
- Non-working days are weekends plus the holidays of `assistant.law.calendars`: the `holidays`
  package for the person's residence, the statutory calendars of that place and of the law,
  and, for laws whose time rules point to where the act is done (GDPR, Swiss FADP), the
  company's place too when the caller gives it (`controller`); the later date wins.
- Months (GDPR, UK GDPR) run to the same date in the later month, or that month's last day
  when the date does not exist (31 January + 1 month = 28/29 February), via relativedelta.
- A calendar-day or month deadline that ends on a non-working day moves to the next working
  day when the profile says so (`roll_calendar_deadlines`; every shipped profile does).
- Extensions follow the profile's `extension_rule`: "from_receipt" (45 + 45 = 90 days from
  receipt, then moved to a working day) or "later_of" (the later of receipt + (first + extra)
  and the moved first deadline + extra, then moved to a working day).
- Appeals: `appeal_deadline` from the day the company received the appeal, or
  `appeal_decision_due` from the day the person sent it.

Dates are `datetime.date`, the person's local calendar dates. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assistant.law.arithmetic import (
    RIGHT_WORDS,
    Deadlines,
    add_months,
    finish,
    from_rules,
    promise_line,
    without_deadline,
)
from assistant.law.calendars import HolidaySet, holiday_set
from assistant.law.receipt import (
    POSTAL_DAYS,
    assumed_receipt,
    effective_due,
    extension_in_time,
)
from assistant.law.residences import residence_name

if TYPE_CHECKING:
    from assistant.law.profiles import LawProfile

__all__ = [
    "POSTAL_DAYS",
    "RIGHT_WORDS",
    "Deadlines",
    "add_business_days",
    "add_months",
    "appeal_deadline",
    "appeal_decision_due",
    "assumed_receipt",
    "compute_deadlines",
    "effective_due",
    "extension_in_time",
    "holiday_name",
    "is_working_day",
    "next_working_day",
]


# -- working days (the residence's calendar; see assistant.law.calendars) --------------------


def holidays_for(residence: str) -> HolidaySet:
    """The non-working days of a residence (package holidays plus statutory calendars)."""
    return holiday_set(residence)


def holiday_name(day: dt.date, residence: str) -> str | None:
    return holiday_set(residence).name(day)


def is_working_day(day: dt.date, residence: str) -> bool:
    """Monday to Friday and not a holiday where the person lives."""
    return holiday_set(residence).is_working_day(day)


def next_working_day(day: dt.date, residence: str) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    return holiday_set(residence).next_working_day(day)


def add_business_days(start: dt.date, n: int, residence: str) -> dt.date:
    """The n-th working day after `start` (the day of receipt itself never counts)."""
    return holiday_set(residence).add_business_days(start, n)


def _calendar(law: LawProfile, residence: str, controller: str | None) -> HolidaySet:
    return holiday_set(residence, law.calendars, controller if law.controller_calendar else None)


# -- the request's dates ------------------------------------------------------------------


def compute_deadlines(
    law: LawProfile | None,
    right: str,
    received: dt.date,
    residence: str,
    company_response_days: int | None = None,
    controller: str | None = None,
) -> Deadlines:
    """Every date the company must meet for a request received on `received`.

    `controller` is where the company acts (a residence-style code such as "DE-BY"), or None.
    Laws whose time rules point to that place also skip its holidays (the later date).
    """
    promise, promise_by = promise_line(received, company_response_days)

    def none_applies(why: str, citations: list[str] | None = None) -> Deadlines:
        return without_deadline(
            law, right, received, residence, why, citations, promise, promise_by
        )

    if law is None:
        return none_applies(
            f"No privacy law this assistant knows gives people in {residence_name(residence)} "
            "a right with a response deadline, so no statutory deadline applies."
        )
    if not law.in_force_on(received):
        return none_applies(_not_in_force(law, received))
    what = RIGHT_WORDS.get(right, right)
    if not law.grants(right):
        return none_applies(
            f"{law.short_name} gives no right of {what}, so no statutory deadline applies; "
            "the company may still answer of its own accord."
        )
    rule = law.rights[right]  # type: ignore[index]
    if not law.right_in_force_on(right, received):
        start, end = law.right_start(right), law.right_end(right)
        added = f" ({rule.in_force_citation})" if rule.in_force_citation else ""
        span = (
            f"from {start.isoformat()}{added}"
            if start and received < start
            else (f"only until {end.isoformat() if end else '?'}")
        )
        return none_applies(
            f"The {law.short_name} right of {what} ({rule.citation}) applies to requests "
            f"received {span}; this one was received on {received.isoformat()}, so no "
            "statutory deadline applies. Send it again now if you still want it.",
            law.citation_for(right),
        )
    if rule.no_deadline:
        return none_applies(
            f"{law.short_name} gives a right of {what} ({rule.citation}) but sets no time "
            f"limit for answering: {rule.no_deadline}",
            law.citation_for(right),
        )
    result = from_rules(
        law,
        right,
        law.rules_for(right),
        received,
        residence,
        _calendar(law, residence, controller),
        law.citation_for(right),
        promise,
    )
    missing = [p for p in rule.later_parts if received < p.in_force_from]
    extra = [
        f"Not covered for a request received on {received.isoformat()}: {p.what} (only from "
        f"{p.in_force_from.isoformat()}, {p.citation})."
        for p in missing
    ]
    return finish(result, extra, promise, promise_by)


def _not_in_force(law: LawProfile, day: dt.date) -> str:
    if law.status_on(day) == "ended":
        until = law.in_force_until.isoformat() if law.in_force_until else "?"
        return f"{law.short_name} no longer applies (it ended on {until}); no statutory deadline."
    start = law.in_force_from.isoformat() if law.in_force_from else "its start date"
    return (
        f"{law.short_name} only applies to requests received from {start}; this one was "
        f"received on {day.isoformat()}, so no statutory deadline applies. Send it again on "
        f"or after {start} to have one."
    )


def appeal_deadline(
    law: LawProfile | None,
    appeal_received: dt.date,
    residence: str,
    controller: str | None = None,
) -> Deadlines:
    """When the company must decide an appeal it received on `appeal_received` (US state laws),
    with the person's window to appeal and where to complain if the appeal is denied."""
    if law is None:
        why = "No law this assistant knows gives a right to appeal here."
        return without_deadline(law, "appeal", appeal_received, residence, why)
    if not law.in_force_on(appeal_received):
        return without_deadline(
            law, "appeal", appeal_received, residence, _not_in_force(law, appeal_received)
        )
    appeal = law.appeal
    if appeal is None:
        why = f"{law.short_name} sets no appeal process" + (
            f": {law.no_appeal}" if law.no_appeal else "."
        )
        return without_deadline(law, "appeal", appeal_received, residence, why)
    route = f" ({appeal.complaint_citation})" if appeal.complaint_citation else ""
    link = appeal.complaint_url or law.regulator.complaint_url or law.regulator.website
    url = f" {link}" if link else ""
    if appeal.respond is None:
        why = (
            f"{law.short_name} gives a right to appeal ({appeal.citation}) but no deadline "
            f"for the decision is given here: {appeal.no_deadline}"
        )
        result = without_deadline(law, "appeal", appeal_received, residence, why)
    else:
        days = _calendar(law, residence, controller)
        result = from_rules(
            law, "appeal", appeal, appeal_received, residence, days, [appeal.citation], None
        )
    extra = [
        f"Your window to appeal: {appeal.window} ({appeal.citation}).",
        f"If the appeal is denied: {appeal.complaint}{route}.{url}".rstrip(),
    ]
    return finish(result, extra, None, None)


def appeal_decision_due(
    law: LawProfile | None,
    sent: dt.date,
    residence: str,
    channel: str = "email",
    delivered: dt.date | None = None,
    controller: str | None = None,
) -> Deadlines:
    """The appeal's decision date from the day the person sent the appeal (by `channel`)."""
    received, how = assumed_receipt(sent, channel, delivered)
    result = appeal_deadline(law, received, residence, controller)
    return finish(result, [how], None, None, first=True)
