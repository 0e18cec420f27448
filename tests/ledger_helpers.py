"""Builders shared by the tracker, reminders and ledger export tests."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from assistant.law.deadlines import Deadlines
from assistant.ledger.store import Ledger

SENT = dt.date(2026, 1, 5)
_counter = itertools.count(1)


def deadlines(
    received: dt.date = SENT,
    *,
    right: str = "access",
    ack_days: int | None = 14,
    respond_days: int = 45,
    extension_days: int | None = 45,
    law_id: str | None = "ccpa",
) -> Deadlines:
    """Deadlines with round numbers chosen by the test (not a law's real arithmetic)."""
    respond_by = received + dt.timedelta(days=respond_days)
    return Deadlines(
        law_id=law_id,
        right=right,
        residence="US-CA",
        received=received,
        acknowledge_by=received + dt.timedelta(days=ack_days) if ack_days else None,
        respond_by=respond_by,
        extended_respond_by=(
            received + dt.timedelta(days=respond_days + extension_days) if extension_days else None
        ),
        extension_notice_by=respond_by if extension_days else None,
        citations=["Test Code § 1"],
        explanations=["a test deadline"],
    )


def add(
    ledger: Ledger,
    *,
    sent: dt.date = SENT,
    company: str = "acme",
    right: str = "access",
    status: str = "sent",
    **deadline_options: Any,
) -> int:
    """Add one request with test deadlines; returns its number."""
    n = next(_counter)
    return ledger.add_request(
        company_id=company,
        company_name=company.title(),
        right=right,
        law_id="ccpa",
        residence="US-CA",
        channel="email",
        reference=f"RA-TEST-{n:05d}",
        sent=sent,
        received=sent,
        deadlines=deadlines(sent, right=right, **deadline_options),
        status=status,
        law_name="CCPA",
        regulator="California Privacy Protection Agency",
    )
