"""Dates as the ledger keeps them, read back strictly (standard library only).

The ledger stores every date as ISO text, `YYYY-MM-DD`. Reading one back accepts exactly that
and nothing else: Python's `date.fromisoformat` would also take `20261201` or `2026-W05-1`,
which SQLite compares as text in a different order, so a request would be due on one day for
the list and on another for the reminders. A stored date must lie between `FIRST_STORED_DAY`
and `LAST_STORED_DAY`: the dates a person may type (assistant/vocabulary.py) and, after the last
of them, room for the longest deadline, so the calendar arithmetic never overflows year 9999.

`rights reminders` imports this module at every shell start: keep it to datetime.
"""

from __future__ import annotations

import datetime as dt

from assistant.vocabulary import EARLIEST_DAY, LATEST_DAY

FIRST_STORED_DAY = EARLIEST_DAY
# A request sent on the last day a person may type still has its deadlines (a year at most).
LAST_STORED_DAY = dt.date(LATEST_DAY.year + 5, 12, 31)


def stored_day(text: object) -> dt.date | None:
    """The date stored as `text`, or None when it is not an ISO date in the stored range."""
    if not (isinstance(text, str) and len(text) == 10 and text.isascii()):
        return None
    if text[4] != "-" or text[7] != "-":
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if FIRST_STORED_DAY <= day <= LAST_STORED_DAY else None


def bad_value_hint(request_id: object) -> str:
    """What to do about a request whose stored row was changed outside the assistant."""
    return (
        "the ledger was changed outside Rights Assistant; fix that value (sqlite3), restore a "
        f"backup, or forget the request with `rights requests delete {request_id}`"
    )
