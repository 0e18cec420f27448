"""Edit a letter's wording before it is saved: a text area over the letter preview.

The dialog edits the body only (the letterhead, the recipient and the reference stay as
drafted). The text is checked as assistant.workflow.edit_letter checks it; a text it refuses
(a control character, nothing left) is said in the dialog and stays to be fixed. The dialog
returns the edited letter, or None when the person cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

if TYPE_CHECKING:
    from assistant.letters.model import Letter


class EditLetterDialog(ModalScreen["Letter | None"]):
    """A text area holding the letter's body; Ctrl+S keeps the edit, Escape drops it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "Keep edit", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, letter: Letter, *, title: str = "Edit your letter") -> None:
        super().__init__()
        self.letter = letter
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog") as dialog:
            dialog.border_title = self.title_text
            yield Static(
                "Change the wording as you like; the letterhead, recipient and reference stay. "
                "Ctrl+S keeps the edit, Escape drops it.",
                id="edit-help",
            )
            yield TextArea(
                self.letter.body, id="edit-body", soft_wrap=True, show_line_numbers=False
            )
            yield Static("", id="edit-error", markup=False)
            with Horizontal(id="edit-buttons"):
                yield Button("Keep edit", id="keep", compact=True, variant="primary")
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-body", TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "keep":
            self.action_keep()
        else:
            self.action_cancel()

    def action_keep(self) -> None:
        from assistant import workflow
        from assistant.errors import UserError

        try:
            edited = workflow.edit_letter(self.letter, self.query_one("#edit-body", TextArea).text)
        except UserError as exc:  # said here; the text stays for the person to fix
            error = self.query_one("#edit-error", Static)
            error.update(f"Not kept: {exc}")
            error.display = True
            return
        self.dismiss(edited)

    def action_cancel(self) -> None:
        self.dismiss(None)
