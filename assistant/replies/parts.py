"""Answers that give part of what was asked: a contrast ("however", "jedoch", "en revanche")
between what is handed over and what is not, and the sentence that hands over the data and
then says a part of it does not exist. Used by assistant/replies/classify.py.
"""

from __future__ import annotations

import re

from assistant.replies.cues import signals

# A contrast between what is done and what is not.
CONTRAST = re.compile(
    r"\b(however|but|jedoch|aber|allerdings|cependant|toutefois|mais|en revanche|sin embargo|"
    r"pero|no obstante|tuttavia|però|invece|echter|maar|all other|alle anderen|tous les autres|"
    r"todos los demás|tutti gli altri|alle andere)\b",
    re.IGNORECASE,
)


def given_but_none_of(sentence: str) -> bool:
    """A sentence that hands over the data, then ("however", "en revanche") says a part of it
    does not exist or is no longer kept."""
    contrast = CONTRAST.search(sentence)
    if contrast is None:
        return False
    before, after = sentence[: contrast.start()], sentence[contrast.end() :]
    return "done" in signals(before) and bool(signals(after) & {"no_data", "r_gone"})
