"""Teach the assistant a company from a privacy policy the person saved (.html, .pdf, .md, .txt).

The person gives the file's path (and the company's name if the policy may not say it) and
presses Read: assistant/records/learn.py drafts a record, each fact quoting the policy, and the
dialog shows it as the company card would. Nothing is written until Save, which keeps the draft
as the person's own record (as `rights companies learn --save` does) and dismisses with its id;
Cancel (or Escape) writes nothing. A file that cannot be read is said in the dialog, which stays
open to try another.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord
    from assistant.records.policy_text import PolicyText

HELP = (
    "Save the company's privacy policy page (in your browser: Save Page As, or Print to PDF), "
    "then give the file here. I read it on this computer and draft the company's record, "
    "quoting the policy for every fact. Nothing is kept until you press Save."
)


class LearnPolicyDialog(ModalScreen["str | None"]):
    """A path, an optional name, Read; then the drafted card and Save."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, *, taken: set[str], policies: Path) -> None:
        """`taken`: the ids the catalog already uses; `policies`: the person's own folder."""
        super().__init__()
        self.taken = taken
        self.policies = policies
        self.draft: tuple[CompanyRecord, PolicyText] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="learn-dialog") as dialog:
            dialog.border_title = "Learn a company from its privacy policy"
            yield Static(HELP, id="learn-help", markup=False)
            with Horizontal(classes="learn-row"):
                yield Static("File:", classes="learn-label")
                yield Input(
                    placeholder="e.g. ~/Downloads/acme-privacy.html", id="learn-path", compact=True
                )
            with Horizontal(classes="learn-row"):
                yield Static("Name:", classes="learn-label")
                yield Input(
                    placeholder="optional: the company's name", id="learn-name", compact=True
                )
            yield Static("", id="learn-error", markup=False)
            with VerticalScroll(id="learn-draft"):
                yield Static("", id="learn-card")
            with Horizontal(id="learn-buttons"):
                yield Button("Read", id="read", compact=True, variant="primary")
                yield Button("Save", id="save", compact=True, disabled=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#learn-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.read_policy()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "read":
            self.read_policy()
        elif event.button.id == "save":
            self.save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def read_policy(self) -> None:
        raw = self.query_one("#learn-path", Input).value.strip()
        if not raw:
            self._error("Give the path of the saved policy first.")
            return
        name = self.query_one("#learn-name", Input).value.strip() or None
        self._error("")
        self.query_one("#learn-card", Static).update("Reading…")
        self._read(Path(raw).expanduser(), name)

    @work(thread=True, exclusive=True, group="learn")
    def _read(self, path: Path, name: str | None) -> None:
        """Worker thread: a long PDF takes a moment to read."""
        from assistant.errors import UserError
        from assistant.records.learn import learn

        try:
            record, policy = learn(path, name=name, taken=self.taken)
        except UserError as exc:
            self.app.call_from_thread(self._unread, str(exc))
            return
        self.app.call_from_thread(self._drafted, record, policy)

    def _unread(self, message: str) -> None:
        self.draft = None
        self.query_one("#learn-card", Static).update("")
        self.query_one("#save", Button).disabled = True
        self._error(message)

    def _drafted(self, record: CompanyRecord, policy: PolicyText) -> None:
        from assistant.tui.widgets.company_card import card_text

        self.draft = (record, policy)
        self.query_one("#learn-card", Static).update(card_text(record))
        self.query_one("#save", Button).disabled = False
        self.query_one("#save", Button).focus()

    def save(self) -> None:
        from assistant.errors import UserError
        from assistant.records.learn import save_draft

        if self.draft is None:
            return
        record, policy = self.draft
        try:
            save_draft(record, policy, self.policies)
        except UserError as exc:
            self._error(str(exc))
            return
        self.dismiss(record.id)

    def _error(self, message: str) -> None:
        error = self.query_one("#learn-error", Static)
        error.update(message)
        error.display = bool(message)
