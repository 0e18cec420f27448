"""Before the regulator, the organisation: the UK's complaint to the controller.

Data Protection Act 2018 s. 164A lets a person complain to the organisation, which must
acknowledge the complaint within 30 days beginning when it receives it (s. 164A(3)); the ICO
expects that step before it takes up a complaint. Here: which follow-ups were such complaints
(sent after the deadline, or after a refusal; a polite reminder before the deadline complained
of nothing), and from when a complaint to the ICO may follow.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.letters.language import long_date


def _events(timeline: list[Any], event: str) -> list[dt.date]:
    from assistant.letters.later import _as_date, _get  # the timeline's own readers

    days = [_as_date(_get(e, "on")) for e in timeline if _get(e, "event") == event]
    return [d for d in days if d is not None]


# DPA 2018 s. 164A(3): the organisation acknowledges a complaint made to it within 30 days
# beginning with the day it receives it. The ICO expects that step first; the assistant lets
# the 30 days run from the follow-up (the complaint to the organisation) before the ICO.
UK_ACKNOWLEDGE_DAYS = 30


def complaint_followups(timeline: list[Any], due: dt.date | None) -> list[dt.date]:
    """The days of the follow-ups that were complaints to the organisation: those sent after
    its deadline (an overdue letter says so, s. 164A); a polite reminder before it was not."""
    days = _events(timeline, "followup_sent")
    refused_on = min(_events(timeline, "denied"), default=None)
    # after a refusal, any follow-up answers it and so complains of it
    since = refused_on - dt.timedelta(days=1) if refused_on is not None else due
    if refused_on is not None and due is not None:
        since = min(since, due) if since is not None else due
    return sorted(d for d in days if since is None or d > since)


def uk_complaint_first(
    timeline: list[Any], today: dt.date, complaint_from: dt.date | None, due: dt.date | None
) -> tuple[bool, str, dt.date | None]:
    """(complaint possible, why not, from when) under the UK GDPR: only after a follow-up
    that complained to the organisation (s. 164A) and its 30 days to acknowledge it."""
    complained = complaint_followups(timeline, due)
    first = complained[0] if complained else None
    if first is None:
        return (
            False,
            (
                "the ICO asks people to complain to the organisation first and to give it a chance "
                "to respond: send a follow-up, then complain if it does not help"
            ),
            complaint_from,
        )
    window_ends = first + dt.timedelta(days=UK_ACKNOWLEDGE_DAYS)
    if today < window_ends:
        return (
            False,
            (
                f"the organisation has 30 days from your follow-up of {long_date(first)} to "
                "acknowledge it (Data Protection Act 2018 s. 164A(3)); the ICO expects you to let "
                f"that run: a complaint is possible from {long_date(window_ends)}"
            ),
            max(d for d in (complaint_from, window_ends) if d is not None),
        )
    return True, "", complaint_from
