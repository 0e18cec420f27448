"""The letter preview: the letter, where it goes and how; save, copy, mail or track it.

The dialog shows a `Letter` and offers its actions as buttons and keys. What saving and tracking
mean is decided by the screen that opened it, through a `LetterActions` object (the chat saves
and tracks a new request; the requests screen records a follow-up or a complaint); copying and
opening the mailto link are done here, since they only hand the text to the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, ScrollableContainer, Vertical
from textual.events import Resize
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

if TYPE_CHECKING:
    from assistant.letters.model import Letter

NARROW = 100  # columns below which the dialog drops its margins

CHANNEL_WORDS = {
    "email": "e-mail",
    "postal": "post",
    "webform": "web form",
    "phone": "telephone",
    "fax": "fax",
}


class LetterActions(Protocol):
    """What the opening screen does when the person saves or tracks the letter."""

    def save_letter(self, letter: Letter, formats: Sequence[str]) -> str:
        """Write the letter; return a sentence saying where."""
        ...

    def track_letter(self, letter: Letter, sent: dt.date | None = None) -> str:
        """Record the letter in the ledger as sent on `sent` (None: today); return a sentence
        saying what was recorded."""
        ...


def summary_text(letter: Letter) -> Text:
    """Who the letter goes to, how, and its reference."""
    text = Text()
    channel = CHANNEL_WORDS.get(letter.channel, letter.channel)
    recipient = " ".join(letter.recipient.split())
    text.append("To: ", style="bold")
    text.append(f"{letter.recipient_name}\n")
    text.append("By: ", style="bold")
    text.append(f"{channel}, {recipient}\n")
    text.append("Reference: ", style="bold")
    text.append(letter.reference)
    return text


def notes_text(letter: Letter) -> Text | None:
    """How to send it and what to know first, or None."""
    lines = []
    if letter.note:
        lines.append(("How to send: ", letter.note))
    lines += [("Note: ", warning) for warning in letter.warnings]
    if letter.attachments:
        lines.append(("Attach: ", "; ".join(letter.attachments)))
    if not lines:
        return None
    text = Text()
    for label, value in lines:
        text.append(label, style="bold")
        text.append(value + "\n")
    return text


class LetterPreview(ModalScreen[bool]):
    """Shows one letter; dismisses with True when it was saved or tracked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "save('txt')", "Save .txt"),
        Binding("e", "save('eml')", "Save .eml"),
        Binding("p", "save('pdf')", "Save .pdf"),
        Binding("c", "copy", "Copy"),
        Binding("m", "mail", "Mail"),
        Binding("i", "edit", "Edit"),
        Binding("t", "track", "Track"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(
        self,
        letter: Letter,
        actions: LetterActions,
        *,
        title: str = "Your letter",
        today: dt.date | None = None,
        on_edit: Callable[[Letter], None] | None = None,
    ) -> None:
        super().__init__()
        self.letter = letter
        self.on_edit = on_edit  # told of an edited letter (the chat keeps it as its letter)
        self.today = today or letter.date
        self.actions = actions
        self.title_text = title
        self.saved: list[str] = []
        self.tracked = False

    def compose(self) -> ComposeResult:
        from assistant.letters.output import to_text

        with Vertical(id="letter-dialog") as dialog:
            dialog.border_title = self.title_text
            with Horizontal(id="letter-head"):
                yield Static(summary_text(self.letter), id="letter-summary")
                with Vertical(id="sent-box"):
                    yield Static("Sent on (Track)", id="sent-label")
                    yield Input(
                        self.today.isoformat(), id="sent-on", compact=True, max_length=10,
                        restrict=r"[0-9-]*", tooltip="The day you sent (or will send) it",
                    )  # fmt: skip
            with ScrollableContainer(id="letter-scroll"):
                notes = notes_text(self.letter)
                if notes is not None:
                    yield Static(notes, id="letter-notes")
                # The letter as written: its own line breaks, never wrapped again (a narrow
                # window scrolls sideways instead).
                body = Text(to_text(self.letter).rstrip("\n"), no_wrap=True, overflow="ignore")
                yield Static(body, id="letter-body", markup=False)
            yield Static("", id="letter-status", markup=False)
            with Horizontal(id="letter-buttons"):
                yield Button("Save .txt", id="save-txt", compact=True)
                if self.letter.channel == "email":
                    yield Button("Save .eml", id="save-eml", compact=True)
                yield Button("Save .pdf", id="save-pdf", compact=True)
                yield Button("Edit", id="edit", compact=True)
                yield Button("Copy", id="copy", compact=True)
                if self.letter.channel == "email":
                    yield Button("Mail", id="mail", compact=True)
                yield Button("Track", id="track", compact=True, variant="primary")
                yield Button("Close", id="close", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._fit(self.app.size.width)
        self.query_one("#letter-scroll").focus()

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        """Below 100 columns the dialog takes the whole screen and drops its inner frame and
        the key footer (the buttons say the same), so a letter's 78-column lines fit an
        80-column terminal."""
        self.set_class(width < NARROW, "-narrow")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "mail" or (action == "save" and parameters == ("eml",)):
            return self.letter.channel == "email"
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button.startswith("save-"):
            self.action_save(button.removeprefix("save-"))
        elif button == "edit":
            self.action_edit()
        elif button == "copy":
            self.action_copy()
        elif button == "mail":
            self.action_mail()
        elif button == "track":
            self.action_track()
        elif button == "close":
            self.action_close()

    def _status(self, message: str) -> None:
        status = self.query_one("#letter-status", Static)
        status.update(message)
        status.display = True

    def action_save(self, fmt: str) -> None:
        from assistant.errors import UserError

        try:
            message = self.actions.save_letter(self.letter, [fmt])
        except UserError as exc:
            self._status(f"Not saved: {exc}")
            return
        self.saved.append(fmt)
        self._status(message)

    def action_edit(self) -> None:
        from assistant.tui.dialogs.edit_letter import EditLetterDialog

        if self.saved or self.tracked:
            self._status("Edit before saving or tracking: this letter is saved as it stands.")
            return
        self.app.push_screen(EditLetterDialog(self.letter), self._edited)

    def _edited(self, letter: Letter | None) -> None:
        if letter is None:
            return
        from assistant.letters.output import to_text

        if self.on_edit is not None:
            self.on_edit(letter)
        self.letter = letter
        body = Text(to_text(letter).rstrip("\n"), no_wrap=True, overflow="ignore")
        self.query_one("#letter-body", Static).update(body)
        self._status("Edited: the letter now reads as you wrote it.")

    def action_copy(self) -> None:
        from assistant.letters.output import to_text

        self.app.copy_to_clipboard(to_text(self.letter))
        self._status("Copied the letter to the clipboard (if your terminal allows it).")

    def action_mail(self) -> None:
        from assistant.letters.output import mailto_link

        self.app.open_url(mailto_link(self.letter))
        self._status("Opened a new e-mail in your mail program (if one is set up).")

    def action_track(self) -> None:
        from assistant.errors import UserError

        if self.tracked:
            self._status("Already tracked.")
            return
        sent = self._sent_on()
        if sent is None:
            return
        try:
            message = self.actions.track_letter(self.letter, sent)
        except UserError as exc:
            self._status(f"Not tracked: {exc}")
            return
        self.tracked = True
        self._status(message)

    def _sent_on(self) -> dt.date | None:
        """The "Sent on" date: today unless changed; any day up to today."""
        text = self.query_one("#sent-on", Input).value.strip()
        try:
            sent = dt.date.fromisoformat(text)
        except ValueError:
            self._status(f"Not tracked: 'Sent on' wants a date like {self.today} (YYYY-MM-DD).")
            return None
        if sent > self.today:
            self._status(f"Not tracked: {sent} is after today; give the day you sent it.")
            return None
        return sent

    def action_close(self) -> None:
        self.dismiss(bool(self.saved) or self.tracked)
