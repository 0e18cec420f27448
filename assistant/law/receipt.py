"""When a request counts as received, and whether an extension was claimed in time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.law.deadlines import Deadlines

POSTAL_DAYS = 5  # assumed days in the post when the delivery date is unknown

# Days on which post is assumed not to be delivered: weekends, and the holidays on which
# hardly any postal service delivers. An assumed delivery on one of them moves to the next
# day that is none of them: the later date, so a company is never called late too early.
# Where the delivery date is known, the person records it (`delivered`).
NO_DELIVERY_DATES = ((1, 1), (12, 25), (12, 26))  # (month, day)


def next_delivery_day(day: dt.date) -> dt.date:
    """`day`, or the next day after it on which post is assumed to be delivered."""
    while day.weekday() >= 5 or (day.month, day.day) in NO_DELIVERY_DATES:
        day += dt.timedelta(days=1)
    return day


def assumed_receipt(
    sent: dt.date, channel: str, delivered: dt.date | None = None
) -> tuple[dt.date, str]:
    """The day the company received a request, with a sentence saying how it was worked out.

    E-mail, web forms, phone and fax arrive the day they are sent. A letter arrives on its
    delivery date when the person knows it, otherwise we assume `POSTAL_DAYS` days in the post,
    moved to the next delivery day (`next_delivery_day`) when that falls on a weekend or a
    day without post.
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
        raw = sent + dt.timedelta(days=POSTAL_DAYS)
        day = next_delivery_day(raw)
        moved = (
            f" ({raw:%A} {raw.isoformat()} is not a delivery day, so the next one)"
            if day != raw
            else ""
        )
        return day, (
            f"Posted on {sent.isoformat()}; assumed delivered {POSTAL_DAYS} days later{moved}, "
            f"on {day.isoformat()}. Correct this when you know the delivery date."
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
