"""The short answers to "which right?": a keyword ("delete", "opt out"), a number from the menu
("2"), or a near spelling of one of them.

Part of assistant.understanding.understand; the text given here is already folded.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

_SHORT_RIGHTS = {
    "access": "access",
    "know": "access",
    "see": "access",
    "copy": "access",
    "view": "access",
    "a copy": "access",
    "right to know": "access",
    "delete": "deletion",
    "deletion": "deletion",
    "erase": "deletion",
    "remove": "deletion",
    "erasure": "deletion",
    "opt out": "opt_out",
    "opt-out": "opt_out",
    "optout": "opt_out",
    "opt_out": "opt_out",
    "do not sell": "opt_out",
    "stop selling": "opt_out",
    "correct": "correction",
    "correction": "correction",
    "fix": "correction",
    "rectify": "correction",
    "update": "correction",
    "1": "access",
    "2": "deletion",
    "3": "opt_out",
    "4": "correction",
}


def right_from_short_answer(text: str) -> tuple[str | None, float]:
    """A bare answer to "which right?": a keyword, a number from the menu, or a near spelling."""
    if text in _SHORT_RIGHTS:
        return _SHORT_RIGHTS[text], 0.95
    found = process.extractOne(text, list(_SHORT_RIGHTS), scorer=fuzz.ratio, score_cutoff=80)
    if found and len(text) > 2:
        return _SHORT_RIGHTS[found[0]], 0.75
    return None, 0.0
