"""Small helpers the command modules share: JSON output and safe terminal text."""

from __future__ import annotations

import sys
import unicodedata


def print_json(data: object) -> None:
    """Pretty, UTF-8 JSON on stdout, with dates as ISO strings."""
    import json

    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def clean_for_terminal(text: str) -> str:
    """Drop control characters (other than newline and tab) so data cannot drive the terminal."""
    return "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
        or ch in "\u200d\u200c"
    )
