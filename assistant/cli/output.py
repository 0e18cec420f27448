"""Small helpers the command modules share: JSON output and safe terminal text."""

from __future__ import annotations

import sys
import unicodedata

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (reminders' fast path)
if TYPE_CHECKING:
    import datetime as dt


def print_json(data: object) -> None:
    """Pretty, UTF-8 JSON on stdout, with dates as ISO strings."""
    import json

    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def parse_day(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD date typed for `option`, or a UserError naming the option."""
    import datetime

    from assistant.errors import UserError

    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"{option} wants a date like 2026-11-23 (YYYY-MM-DD); {text!r} is not a date"
        ) from None


def clean_for_terminal(text: str) -> str:
    """Drop control characters (other than newline and tab) so data cannot drive the terminal."""
    return "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
        or ch in "\u200d\u200c"
    )
