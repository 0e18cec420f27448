"""The day to write again, for a request no law gives a deadline.

Where no privacy law covers a request, the ledger keeps a suggested day to write again if no
answer has come (the company's own promise, or assistant.law.arithmetic.FOLLOW_UP_DAYS after
it arrives) in the request's stored deadlines as `follow_up_by`; the reminders read it there.
`set_write_again` lets the person choose another day. A request with a legal deadline keeps
the law's dates: it is refused, so a legal deadline is never replaced by a wish.
"""

from __future__ import annotations

import datetime as dt
import json

from assistant.errors import UserError
from assistant.ledger.rows import RequestRow
from assistant.ledger.store import Ledger

LATEST_AFTER_SENDING = dt.timedelta(days=730)


def set_write_again(ledger: Ledger, request_id: int, day: dt.date) -> RequestRow:
    """Remind the person to write again on `day` (after the request was sent, within two
    years of it); UserError for a request that has a legal deadline."""
    row = ledger.get(request_id)
    if row.due is not None or row.deadlines.get("respond_by"):
        raise UserError(
            f"request {request_id} has a legal deadline ({row.due}); its dates follow the law",
            hint="this is only for requests no privacy law covers",
        )
    if day <= row.sent:
        raise UserError(f"{day} is not after the day the request was sent ({row.sent})")
    if day > row.sent + LATEST_AFTER_SENDING:
        raise UserError(
            f"{day} is more than two years after the request was sent ({row.sent})",
            hint="choose a nearer day; you can move it again later",
        )
    deadlines = dict(row.deadlines)
    deadlines["follow_up_by"] = day.isoformat()
    with ledger._write() as conn:
        conn.execute(
            "UPDATE requests SET deadlines_json = ? WHERE id = ?",
            (json.dumps(deadlines, sort_keys=True, default=str), request_id),
        )
    return ledger.get(request_id)
