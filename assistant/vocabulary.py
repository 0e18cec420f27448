"""The words every part of the assistant shares: right labels, dates in words, references.

One copy of each, so the card, the letters, the ledger, the reminders and the conversation can
never name a right or a date differently. Standard library only, and not even `re`:
`rights reminders` imports this on its fast path.
"""

from __future__ import annotations

import datetime as dt

RIGHTS: tuple[str, ...] = ("access", "deletion", "opt_out", "correction")

# A heading, as on the company card: "Access (right to know)".
RIGHT_TITLES: dict[str, str] = {
    "access": "Access (right to know)",
    "deletion": "Deletion",
    "opt_out": "Opt-out of sale or sharing",
    "correction": "Correction",
}
# Inside a sentence: "your access (the right to know) request".
RIGHT_NOUNS: dict[str, str] = {
    "access": "access (the right to know)",
    "deletion": "deletion",
    "opt_out": "opt-out of sale or sharing",
    "correction": "correction",
}
# One word, for tables and reminders: "opt-out".
RIGHT_WORDS: dict[str, str] = {
    "access": "access",
    "deletion": "deletion",
    "opt_out": "opt-out",
    "correction": "correction",
}
# What a person picks when asked which right: "Delete my data".
RIGHT_CHOICES: dict[str, str] = {
    "access": "See my data (access)",
    "deletion": "Delete my data",
    "opt_out": "Stop selling or sharing (opt-out)",
    "correction": "Correct my data",
}

MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December")  # fmt: skip

# Reference codes for each kind of letter: RA-20261123-QUALFON-DEL-7F3A.
KIND_CODES: dict[str, str] = {
    "access": "ACC",
    "deletion": "DEL",
    "opt_out": "OPT",
    "correction": "COR",
    "followup_overdue": "FUP",
    "followup_extension": "EXT",
    "complaint": "CMP",
}
# Dates a person may type or import: wide enough for any real request, narrow enough that the
# deadline arithmetic (a few years at most) can never overflow Python's year 1 to 9999.
EARLIEST_DAY = dt.date(1990, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)
REFERENCE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def long_date(day: dt.date) -> str:
    """'23 November 2026': day first, month in words, never ambiguous."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def make_reference(company_id: str, kind: str, today: dt.date, token: str | None = None) -> str:
    """A fresh reference such as RA-20261123-QUALFON-DEL-7F3A."""
    company = "".join(c for c in company_id.upper() if c in REFERENCE_CHARS and c != "-")
    company = company[:16] or "COMPANY"
    code = KIND_CODES.get(kind, "REQ")
    if token is None:
        import secrets  # here, not at the top: it costs the reminders fast path its start-up

        token = secrets.token_hex(2).upper()
    return f"RA-{today:%Y%m%d}-{company}-{code}-{token}"


def is_reference(text: object) -> bool:
    """True for upper-case letters, digits and hyphens only (a reference becomes a file name)."""
    return (
        isinstance(text, str)
        and 3 <= len(text) <= 80
        and text[0] != "-"
        and all(c in REFERENCE_CHARS for c in text)
    )
