"""The message line: an Input with a history (up / down) and completion as you type.

`CompletionSuggester` completes the last words typed with a company name from the catalog
("I want Qua" -> "I want Qualfon"), or with one of the answers the current question expects
(the rights, yes / no). Press right arrow (or End) to accept a completion. Submitting posts
`ChatInput.Sent`; the screen decides what to do with it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Input

HISTORY_LIMIT = 200
MIN_PREFIX = 2


class NameIndex:
    """Company names in folded, sorted order, for quick prefix lookups."""

    def __init__(self, names: Sequence[str]) -> None:
        pairs = sorted({(name.casefold(), name) for name in names if name.strip()})
        self._folded = [folded for folded, _ in pairs]
        self._names = [name for _, name in pairs]

    def __len__(self) -> int:
        return len(self._names)

    def complete(self, prefix: str) -> str | None:
        """The shortest name starting with `prefix` (ignoring case), if any."""
        folded = prefix.casefold()
        start = bisect.bisect_left(self._folded, folded)
        best: str | None = None
        for i in range(start, min(start + 50, len(self._folded))):
            if not self._folded[i].startswith(folded):
                break
            if best is None or len(self._names[i]) < len(best):
                best = self._names[i]
        return best


class CompletionSuggester(Suggester):
    """Completes the tail of the input with a choice, or a company name."""

    def __init__(self, source: Callable[[], tuple[NameIndex | None, Sequence[str]]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._source = source

    async def get_suggestion(self, value: str) -> str | None:
        return suggest(value, *self._source())


def suggest(value: str, names: NameIndex | None, choices: Sequence[str]) -> str | None:
    """The completed text for `value`, or None. Choices win over company names."""
    if not value.strip():
        return None
    folded = value.casefold()
    for choice in choices:
        if choice.casefold().startswith(folded) and len(choice) > len(value):
            return value + choice[len(value) :]
    if names is None:
        return None
    words = value.split(" ")
    # Try the longest tail first: "bank of am" before "am".
    for start in range(max(0, len(words) - 4), len(words)):
        tail = " ".join(words[start:])
        if len(tail.strip()) < MIN_PREFIX or tail != tail.lstrip():
            continue
        found = names.complete(tail)
        if found and len(found) > len(tail):
            return value + found[len(tail) :]
    return None


class ChatInput(Input):
    """The line the person types in. Up and down walk through what was sent before."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Previous", show=False),
        Binding("down", "history(1)", "Next", show=False),
    ]

    @dataclass
    class Sent(Message):
        """The person pressed Enter on a non-empty line."""

        chat_input: ChatInput
        text: str

    def __init__(self, suggester: Suggester | None = None, **kwargs: object) -> None:
        super().__init__(suggester=suggester, **kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self._cursor = 0
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._cursor == len(self.history):
            self._draft = self.value
        self._cursor = max(0, min(len(self.history), self._cursor + step))
        self.value = (
            self._draft if self._cursor == len(self.history) else self.history[self._cursor]
        )
        self.cursor_position = len(self.value)

    async def action_submit(self) -> None:
        text = self.value.strip()
        if not text:
            return
        if not self.history or self.history[-1] != text:
            self.history.append(text)
            del self.history[:-HISTORY_LIMIT]
        self._cursor = len(self.history)
        self._draft = ""
        self.value = ""
        self.post_message(self.Sent(self, text))
