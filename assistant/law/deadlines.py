"""The deadline engine: pure date arithmetic from a law profile, a right and the day received.

Rules (each number and citation comes from the law profile, never from this module):
- Counting starts the day after receipt: "45 days" from 1 March ends on 15 April.
- Business days are Monday to Friday, less the public holidays of the person's residence as the
  `holidays` package gives them (England's for "GB"; national ones for a country given without
  a subdivision; weekends only where the package does not know the country).
- Months (GDPR, UK GDPR) run to the same date in the later month, or that month's last day
  when the date does not exist (31 January + 1 month = 28/29 February), via relativedelta.
- A calendar-day or month deadline that ends on a weekend or public holiday moves to the next
  working day when the profile says so (`roll_calendar_deadlines`; every shipped profile does,
  because that reading never calls a company late when it is not).
- Extensions in days run from receipt (45 + 45 = 90 days from receipt, then moved to a working
  day). Extensions in months take the later of receipt + (first + extra) months and the first
  deadline (already moved to a working day) + extra months, then move to a working day.

Dates are `datetime.date`, the person's local calendar dates. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.law.residences import holiday_region, residence_name

if TYPE_CHECKING:
    from assistant.law.profiles import DeadlineRules, LawProfile, Period

POSTAL_DAYS = 5  # assumed days in the post when the delivery date is unknown
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
        }


# -- working days -------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _holidays(country: str, subdiv: str | None) -> Any:
    """A holidays object for (country, subdivision), years filled in on demand; None if unknown."""
    import holidays

    for sub in (subdiv, None) if subdiv else (None,):
        try:
            return holidays.country_holidays(country, subdiv=sub)
        except NotImplementedError:
            continue
    return None


def holidays_for(residence: str) -> Any:
    """The public holidays of a residence (a `holidays.HolidayBase`), or None if unknown."""
    country, subdiv = holiday_region(residence)
    return _holidays(country, subdiv)


def holiday_name(day: dt.date, residence: str) -> str | None:
    table = holidays_for(residence)
    return table.get(day) if table is not None else None


def is_working_day(day: dt.date, residence: str) -> bool:
    """Monday to Friday and not a public holiday where the person lives."""
    if day.weekday() >= 5:
        return False
    table = holidays_for(residence)
    return table is None or day not in table


def next_working_day(day: dt.date, residence: str) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, residence):
        day += dt.timedelta(days=1)
    return day


def add_business_days(start: dt.date, n: int, residence: str) -> dt.date:
    """The n-th working day after `start` (the day of receipt itself never counts)."""
    if n < 0:
        raise ValueError("n must be 0 or more")
    day = start
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if is_working_day(day, residence):
            counted += 1
    return day


def add_months(start: dt.date, n: int) -> dt.date:
    """Same date n months later, or that month's last day when the date does not exist."""
    from dateutil.relativedelta import relativedelta

    return start + relativedelta(months=n)


# -- the request's dates ------------------------------------------------------------------


def _say(day: dt.date) -> str:
    return f"{day:%A} {day.isoformat()}"


def _moved(raw: dt.date, final: dt.date, residence: str) -> str:
    if raw == final:
        return ""
    name = holiday_name(raw, residence)
    why = f"a public holiday ({name})" if name else f"a {raw:%A}"
    return f"; {raw.isoformat()} is {why}, so it moves to the next working day"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def compute_deadlines(
    law: LawProfile | None,
    right: str,
    received: dt.date,
    residence: str,
    company_response_days: int | None = None,
) -> Deadlines:
    """Every date the company must meet for a request received on `received`."""
    promise, promise_by = _promise(received, company_response_days)

    def none_applies(why: str, citations: list[str] | None = None) -> Deadlines:
        return _without_deadline(
            law, right, received, residence, why, citations, promise, promise_by
        )

    if law is None:
        return none_applies(
            f"No privacy law this assistant knows gives people in {residence_name(residence)} "
            "a right with a response deadline, so no statutory deadline applies."
        )
    if not law.in_force_on(received):
        return none_applies(
            f"{law.short_name} only applies to requests received from "
            f"{law.in_force_from.isoformat() if law.in_force_from else 'its start date'}; "
            "no statutory deadline applies to this one."
        )
    if not law.grants(right):
        return none_applies(
            f"{law.short_name} gives no right of {RIGHT_WORDS.get(right, right)}, so no "
            "statutory deadline applies; the company may still answer of its own accord."
        )
    rule = law.rights[right]  # type: ignore[index]
    if rule.no_deadline:
        return none_applies(
            f"{law.short_name} gives a right of {RIGHT_WORDS.get(right, right)} "
            f"({rule.citation}) but sets no time limit for answering: {rule.no_deadline}",
            law.citation_for(right),
        )
    return _from_rules(
        law,
        right,
        law.rules_for(right),
        received,
        residence,
        law.citation_for(right),
        promise,
        promise_by,
    )


def appeal_deadline(law: LawProfile | None, appeal_received: dt.date, residence: str) -> Deadlines:
    """When the company must decide an appeal received on `appeal_received` (US state laws)."""
    if law is None or law.appeal is None or law.appeal.respond is None:
        name = law.short_name if law else "No law"
        why = f"{name} sets no deadline for deciding an appeal."
        return _without_deadline(law, "appeal", appeal_received, residence, why)
    return _from_rules(law, "appeal", law.appeal, appeal_received, residence, [], None, None)


def _without_deadline(
    law: LawProfile | None,
    right: str,
    received: dt.date,
    residence: str,
    why: str,
    citations: list[str] | None = None,
    promise: str | None = None,
    promise_by: dt.date | None = None,
) -> Deadlines:
    """Deadlines with no statutory date, `why` explaining it (and the company's promise)."""
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
        explanations=_with_promise([why], promise),
        company_promise=promise,
        company_promise_by=promise_by,
    )


def _from_rules(
    law: LawProfile,
    right: str,
    rules: DeadlineRules,
    received: dt.date,
    residence: str,
    right_citations: list[str],
    promise: str | None,
    promise_by: dt.date | None,
) -> Deadlines:
    place = residence_name(residence)
    roll = law.roll_calendar_deadlines
    citations = list(right_citations)
    lines: list[str] = []
    what = RIGHT_WORDS.get(right, right)

    ack = None
    if rules.acknowledge is not None:
        p = rules.acknowledge
        ack = _rolled(_raw_end(received, p, residence), p, residence, roll)
        lines.append(
            f"The company must confirm it received your {what} request by {_say(ack)}: "
            f"{p.describe()} after receipt{_counting(p, place)} ({p.citation})."
        )
        citations.append(p.citation)

    respond = extended = notice_by = None
    if rules.respond is not None:
        p = rules.respond
        raw = _raw_end(received, p, residence)
        respond = _rolled(raw, p, residence, roll)
        lines.append(
            f"It must answer by {_say(respond)}: {p.describe()} after receipt"
            f"{_counting(p, place)}{_moved(raw, respond, residence)} ({p.citation})."
        )
        citations.append(p.citation)
        if rules.extension is not None:
            extended, sentence = _extension(law, p, rules.extension, received, respond, residence)
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
        explanations=_with_promise(lines, promise),
        company_promise=promise,
        company_promise_by=promise_by,
    )


def _raw_end(received: dt.date, p: Period, residence: str) -> dt.date:
    if p.unit == "months":
        return add_months(received, p.amount)
    if p.unit == "calendar_days":
        return received + dt.timedelta(days=p.amount)
    return add_business_days(received, p.amount, residence)


def _rolled(raw: dt.date, p: Period, residence: str, roll: bool) -> dt.date:
    """A calendar-day or month end moved to a working day when the law rolls deadlines."""
    return next_working_day(raw, residence) if roll and p.unit != "business_days" else raw


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
    residence: str,
) -> tuple[dt.date, str]:
    roll = law.roll_calendar_deadlines
    if first.unit == "months":
        from_receipt = add_months(received, first.amount + ext.amount)
        from_first = add_months(respond, ext.amount)
        raw = max(from_receipt, from_first)
        how = (
            f"the later of {first.amount + ext.amount} months from receipt and "
            f"{ext.describe()} after the first deadline"
        )
    else:
        raw = _raw_end(received, _sum(first, ext), residence)
        how = f"{first.amount + ext.amount} {first.describe().split(' ', 1)[1]} after receipt"
    final = _rolled(raw, first, residence, roll)
    if ext.notice == "within_first_period":
        condition = (
            f"If the company tells you, by {_say(respond)}, that it needs more time and why, "
            f"it may take until {_say(final)}"
        )
    else:
        condition = f"In the cases the law allows, the company may take until {_say(final)}"
    note = f"; {ext.note}" if ext.note else ""
    return final, f"{condition}: {how}{_moved(raw, final, residence)}{note} ({ext.citation})."


def _sum(first: Period, ext: Any) -> Period:
    return first.model_copy(update={"amount": first.amount + ext.amount})


def _promise(received: dt.date, days: int | None) -> tuple[str | None, dt.date | None]:
    if not days:
        return None, None
    by = received + dt.timedelta(days=days)
    text = (
        f"The company's own policy says it answers within {days} days, that is by "
        f"{_say(by)}; this is the company's promise, not a legal deadline."
    )
    return text, by


def _with_promise(lines: list[str], promise: str | None) -> list[str]:
    return [*lines, promise] if promise else lines


# -- receipt and extensions ---------------------------------------------------------------


def assumed_receipt(
    sent: dt.date, channel: str, delivered: dt.date | None = None
) -> tuple[dt.date, str]:
    """The day the company received a request, with a sentence saying how it was worked out.

    E-mail, web forms, phone and fax arrive the day they are sent. A letter arrives on its
    delivery date when the person knows it, otherwise we assume `POSTAL_DAYS` days in the post.
    """
    kind = channel.strip().lower().replace("-", "").replace(" ", "")
    if kind in ("email", "webform", "web", "form", "phone", "fax", "online"):
        return sent, f"Sent by {channel} on {sent.isoformat()}, so received the same day."
    if kind in ("postal", "post", "mail", "letter"):
        if delivered is not None:
            if delivered < sent:
                raise UserError(
                    f"the delivery date {delivered.isoformat()} is before the day the letter "
                    f"was sent ({sent.isoformat()})"
                )
            return delivered, f"Delivered by post on {delivered.isoformat()}."
        day = sent + dt.timedelta(days=POSTAL_DAYS)
        return day, (
            f"Posted on {sent.isoformat()}; assumed delivered {POSTAL_DAYS} days later, on "
            f"{day.isoformat()}. Correct this when you know the delivery date."
        )
    raise UserError(f"unknown channel {channel!r}", hint="use email, webform, postal, phone or fax")


def extension_in_time(deadlines: Deadlines, notice_date: dt.date) -> bool:
    """True when the law allows an extension and the company noticed it in time."""
    if deadlines.extended_respond_by is None:
        return False
    return deadlines.extension_notice_by is None or notice_date <= deadlines.extension_notice_by


def effective_due(deadlines: Deadlines, extended: bool) -> dt.date | None:
    """The date a reply is due: the extended date once a valid extension was noticed."""
    if extended and deadlines.extended_respond_by is not None:
        return deadlines.extended_respond_by
    return deadlines.respond_by
