"""The answers the current question expects, as buttons under the transcript.

Clicking one (or focusing it with Tab and pressing Enter) posts `ChoiceBar.Chosen`; the screen
sends it as if typed. The bar hides itself when there is nothing to offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.containers import HorizontalScroll
from textual.message import Message
from textual.widgets import Button

MAX_CHOICES = 8


class ChoiceBar(HorizontalScroll):
    """A row of small buttons, one per suggested answer."""

    @dataclass
    class Chosen(Message):
        text: str

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.choices: list[str] = []

    def show(self, choices: Sequence[str]) -> None:
        wanted = [c for c in choices if c.strip()][:MAX_CHOICES]
        if wanted == self.choices:
            return
        self.choices = wanted
        self.remove_children()
        self.mount_all(
            Button(choice, compact=True, classes="choice", name=choice) for choice in wanted
        )
        self.display = bool(wanted)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.name:
            self.post_message(self.Chosen(event.button.name))
