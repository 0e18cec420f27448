"""The person's remembered details as read back from the ledger, checked as when typed.

`rights profile` stores a name, an e-mail address, a postal address and a residence after the
text checks of assistant/textsafety.py. A value changed outside the assistant (with sqlite3, or
by an older version) could carry a line break into an e-mail header or an escape sequence into
a letter, so every value is checked again when read: `checked_profile` either refuses it with a
message naming the detail and how to set it again, or (for showing the profile) cleans it.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant import textsafety
from assistant.ledger.faults import LedgerError

PROFILE_KEYS = ("name", "email", "address", "residence")


def _checked(key: str, value: object) -> str:
    if not isinstance(value, str):
        raise textsafety.FieldError(key, "is not text")
    if key == "address":
        return textsafety.clean_address(value, key)
    return textsafety.clean_line(value, key, limit=textsafety.LIMITS.get(key, 80))


def checked_profile(
    rows: Iterable[tuple[str, object]], *, strict: bool = True
) -> dict[str, str] | None:
    """The details of `rows` (key, value), or None when there are none. With `strict`, a
    detail that fails the text checks raises a LedgerError; without, it is cleaned to show."""
    profile: dict[str, str] = {}
    for key, value in rows:
        if key not in PROFILE_KEYS:
            continue
        try:
            profile[key] = _checked(key, value)
        except textsafety.FieldError as exc:
            if strict:
                raise LedgerError(
                    f"your profile's {key}, as stored in the ledger, cannot be used: {exc.problem}",
                    hint=f"set it again with `rights profile --{key} ...`, or forget every "
                    "detail with `rights profile --forget`",
                ) from None
            profile[key] = textsafety.plain_text(str(value), 200)
    return profile or None
