"""The conversation as a transcript: the assistant's turns in Markdown, the person's plainly.

The two voices are told apart by a label ("Assistant" / "You"), their side and their border,
so they stay distinct without colour (NO_COLOR). The Markdown widget is imported on the first
assistant turn, not at start, so the first screen appears sooner.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, Static


class PersonTurn(Vertical):
    """What the person typed, shown as typed (no markup)."""

    def __init__(self, text: str) -> None:
        super().__init__(classes="turn person-turn")
        self.text = text

    def compose(self) -> ComposeResult:
        yield Label("You", classes="turn-label")
        yield Static(self.text, markup=False, classes="turn-body")


class AssistantTurn(Vertical):
    """One assistant message, rendered as Markdown."""

    def __init__(self, markdown: str, *, kind: str = "reply") -> None:
        super().__init__(classes=f"turn assistant-turn {kind}")
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown

        yield Label("Assistant", classes="turn-label")
        yield Markdown(self.markdown, classes="turn-body")


class Transcript(VerticalScroll):
    """The scrolling record of the conversation; keeps the newest turn in view."""

    can_focus = True

    def on_mount(self) -> None:
        # Anchored: the view stays on the newest turn (the pending question) as turns arrive
        # and as the window shrinks, until the person scrolls back to read.
        self.anchor()

    def _add(self, widget: Widget) -> None:
        self.mount(widget)
        self.call_after_refresh(self.scroll_end, animate=False)

    def add_person(self, text: str) -> PersonTurn:
        turn = PersonTurn(text)
        self._add(turn)
        return turn

    def add_assistant(self, markdown: str, *, kind: str = "reply") -> AssistantTurn:
        turn = AssistantTurn(markdown, kind=kind)
        self._add(turn)
        return turn

    def add_note(self, text: str) -> Static:
        """A short line from the app itself (loading, errors), not part of the dialogue."""
        note = Static(text, markup=False, classes="transcript-note")
        self._add(note)
        return note

    def plain_text(self) -> str:
        """Everything said so far as plain text (for tests and copying)."""
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, PersonTurn):
                parts.append(f"You: {child.text}")
            elif isinstance(child, AssistantTurn):
                parts.append(f"Assistant: {child.markdown}")
            elif isinstance(child, Static):
                parts.append(str(child.render()))
        return "\n".join(parts)
