"""The arithmetic behind `assistant.law.deadlines`: a law's periods turned into dates, and the
`Deadlines` result with one explanation (and citation) per date.

Callers use `assistant.law.deadlines`; this module holds the shared core so that module stays
small. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from assistant.law.residences import residence_name

if TYPE_CHECKING:
    from assistant.law.calendars import HolidaySet
    from assistant.law.profiles import DeadlineRules, LawProfile, Period

# When no law sets a date, the person is reminded to write again this many days after the
# request arrives (unless the company promises its own period). 45 days is the answer period of
# most US state privacy laws (e.g. Cal. Civ. Code § 1798.130(a)(2)(A); Va. Code Ann.
# § 59.1-577(B)(1)), so a company that follows the common practice has answered by then. It is
# a reminder to the person, never a deadline the company is said to miss.
FOLLOW_UP_DAYS = 45

RIGHT_WORDS = {
    "access": "access (right to know)",
    "deletion": "deletion",
    "opt_out": "opt-out of sale or sharing",
    "correction": "correction",
    "appeal": "appeal",
}


@dataclass(frozen=True)
class Deadlines:
    """The dates a company must meet for one request, each explained with its citation."""

    law_id: str | None
    right: str
    residence: str
    received: dt.date
    acknowledge_by: dt.date | None
    respond_by: dt.date | None
    extended_respond_by: dt.date | None
    extension_notice_by: dt.date | None
    citations: list[str] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)
    company_promise: str | None = None
    company_promise_by: dt.date | None = None
    law_name: str | None = None
    # Where no law gives a date: when to write again if nothing came (the company's promise,
    # else FOLLOW_UP_DAYS after receipt). A reminder to the person, never a claim of lateness.
    follow_up_by: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        """Plain JSON types: ISO dates or null."""

        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "law": self.law_id,
            "law_name": self.law_name,
            "right": self.right,
            "residence": self.residence,
            "received": iso(self.received),
            "acknowledge_by": iso(self.acknowledge_by),
            "respond_by": iso(self.respond_by),
            "extended_respond_by": iso(self.extended_respond_by),
            "extension_notice_by": iso(self.extension_notice_by),
            "citations": list(self.citations),
            "explanations": list(self.explanations),
            "company_promise": self.company_promise,
            "company_promise_by": iso(self.company_promise_by),
            "follow_up_by": iso(self.follow_up_by),
        }


def add_months(start: dt.date, n: int) -> dt.date:
    """Same date n months later, or that month's last day when the date does not exist."""
    from dateutil.relativedelta import relativedelta

    return start + relativedelta(months=n)


def end_beginning_with(start: dt.date, n: int) -> dt.date:
    """The last day of a period of n months "beginning with" `start` (the day itself counts):
    the day before the corresponding date n months later; where that month has no such date,
    its last day (the later reading, so that a company is never called late too early)."""
    corresponding = add_months(start, n)
    if corresponding.day != start.day:
        return corresponding  # clamped to the month's last day: no corresponding date
    return corresponding - dt.timedelta(days=1)


def _say(day: dt.date) -> str:
    return f"{day:%A} {day.isoformat()}"


def _moved(raw: dt.date, final: dt.date, days: HolidaySet, saturday: bool = True) -> str:
    if raw == final:
        if not saturday and raw.weekday() == 5:
            return (
                f"; {raw.isoformat()} is a Saturday, which is not a holiday under this law, "
                "so the date stands"
            )
        return ""
    name = days.name(raw)
    why = f"a public holiday ({name})" if name else f"a {raw:%A}"
    where = "working day" if saturday else "day that is not a holiday"
    return f"; {raw.isoformat()} is {why}, so it moves to the next {where}"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def finish(
    result: Deadlines,
    extra: list[str],
    promise: str | None,
    promise_by: dt.date | None,
    first: bool = False,
) -> Deadlines:
    """`result` with more explanation lines (before the company's promise, which stays last)."""
    lines = [x for x in result.explanations if x != promise]
    lines = [*extra, *lines] if first else [*lines, *extra]
    return replace(
        result,
        explanations=with_promise(lines, promise),
        company_promise=promise or result.company_promise,
        company_promise_by=promise_by or result.company_promise_by,
    )


def without_deadline(
    law: LawProfile | None,
    right: str,
    received: dt.date,
    residence: str,
    why: str,
    citations: list[str] | None = None,
    promise: str | None = None,
    promise_by: dt.date | None = None,
) -> Deadlines:
    """Deadlines with no statutory date, `why` explaining it (and the company's promise), and
    the day to write again if nothing comes (`follow_up_by`)."""
    follow_up_by = promise_by or received + dt.timedelta(days=FOLLOW_UP_DAYS)
    if promise_by is None:
        why = (
            f"{why} Without a legal deadline, a fair day to write again if no answer has come "
            f"is {_say(follow_up_by)} ({FOLLOW_UP_DAYS} days after it arrives); the company is "
            "not late then, and a tracked request is reminded of it."
        )
    return Deadlines(
        law_id=law.id if law else None,
        law_name=law.name if law else None,
        right=right,
        residence=residence,
        received=received,
        acknowledge_by=None,
        respond_by=None,
        extended_respond_by=None,
        extension_notice_by=None,
        citations=list(citations or []),
        explanations=with_promise([why], promise),
        company_promise=promise,
        company_promise_by=promise_by,
        follow_up_by=follow_up_by,
    )


def from_rules(
    law: LawProfile,
    right: str,
    rules: DeadlineRules,
    received: dt.date,
    residence: str,
    days: HolidaySet,
    right_citations: list[str],
    promise: str | None,
) -> Deadlines:
    place = residence_name(residence)
    roll = law.roll_calendar_deadlines
    sat = law.roll_saturday
    citations = list(right_citations)
    lines: list[str] = []
    what = RIGHT_WORDS.get(right, right)

    ack = None
    if rules.acknowledge is not None:
        p = rules.acknowledge
        ack = _rolled(_raw_end(received, p, days), p, days, roll, sat)
        lines.append(
            f"The company must confirm it received your {what} request by {_say(ack)}: "
            f"{p.describe()} after receipt{_counting(p, place)} ({p.citation})."
        )
        citations.append(p.citation)

    respond = extended = notice_by = None
    if rules.respond is not None:
        p = rules.respond
        raw = _raw_end(received, p, days, law.month_counting == "beginning_with")
        respond = _rolled(raw, p, days, roll, sat)
        verb = "decide your appeal" if right == "appeal" else "answer"
        lines.append(
            f"It must {verb} by {_say(respond)}: {p.describe()} {_after(law)}"
            f"{_counting(p, place)}{_moved(raw, respond, days, sat)} ({p.citation})."
        )
        citations.append(p.citation)
        if rules.extension is not None:
            extended, sentence = _extension(law, p, rules.extension, received, respond, days)
            notice_by = respond if rules.extension.notice == "within_first_period" else None
            lines.append(sentence)
            citations.append(rules.extension.citation)
    return Deadlines(
        law_id=law.id,
        law_name=law.name,
        right=right,
        residence=residence,
        received=received,
        acknowledge_by=ack,
        respond_by=respond,
        extended_respond_by=extended,
        extension_notice_by=notice_by,
        citations=_unique(citations),
        explanations=with_promise(lines, promise),
    )


def _raw_end(
    received: dt.date, p: Period, days: HolidaySet, beginning_with: bool = False
) -> dt.date:
    if p.unit == "months":
        if beginning_with:
            return end_beginning_with(received, p.amount)
        return add_months(received, p.amount)
    if p.unit == "calendar_days":
        return received + dt.timedelta(days=p.amount)
    return days.add_business_days(received, p.amount)


def _rolled(
    raw: dt.date, p: Period, days: HolidaySet, roll: bool, saturday: bool = True
) -> dt.date:
    """A calendar-day or month end moved to a working day when the law rolls deadlines (off
    a Sunday or holiday only, keeping a Saturday, when the law's own rule says so)."""
    if not roll or p.unit == "business_days":
        return raw
    return days.next_working_day(raw) if saturday else days.next_day_not_holiday(raw)


def _after(law: LawProfile) -> str:
    if law.month_counting == "beginning_with":
        return "beginning with the day of receipt (that day counts)"
    return "after receipt"


def _counting(p: Period, place: str) -> str:
    if p.unit == "business_days":
        return f", not counting weekends or public holidays in {place}"
    return ""


def _extension(
    law: LawProfile,
    first: Period,
    ext: Any,
    received: dt.date,
    respond: dt.date,
    days: HolidaySet,
) -> tuple[dt.date, str]:
    total = f"{first.amount + ext.amount} {first.describe().split(' ', 1)[1]}"
    if first.unit == "months" and first.amount + ext.amount != 1:
        total = f"{first.amount + ext.amount} months"
    inclusive = law.month_counting == "beginning_with"
    from_receipt = _raw_end(received, _sum(first, ext), days, inclusive)
    if law.extension_rule == "later_of":
        # The further months follow the first period: they begin the day after it ends.
        after_first = (
            _raw_end(respond + dt.timedelta(days=1), ext, days, True)
            if inclusive
            else _raw_end(respond, ext, days)
        )
        raw = max(from_receipt, after_first)
        how = f"the later of {total} from receipt and {ext.describe()} after the first deadline"
    else:
        raw = from_receipt
        how = f"{total} after receipt"
    sat = law.roll_saturday
    final = _rolled(raw, first, days, law.roll_calendar_deadlines, sat)
    if ext.notice == "within_first_period":
        condition = (
            f"If the company tells you, by {_say(respond)}, that it needs more time and why, "
            f"it may take until {_say(final)}"
        )
    else:
        condition = f"In the cases the law allows, the company may take until {_say(final)}"
    note = f"; {ext.note}" if ext.note else ""
    return final, f"{condition}: {how}{_moved(raw, final, days, sat)}{note} ({ext.citation})."


def _sum(first: Period, ext: Any) -> Period:
    return first.model_copy(update={"amount": first.amount + ext.amount})


def promise_line(received: dt.date, days: int | None) -> tuple[str | None, dt.date | None]:
    if not days:
        return None, None
    by = received + dt.timedelta(days=days)
    text = (
        f"The company's own policy says it answers within {days} days, that is by "
        f"{_say(by)}; this is the company's promise, not a legal deadline."
    )
    return text, by


def with_promise(lines: list[str], promise: str | None) -> list[str]:
    return [*lines, promise] if promise else lines
