"""Record what a company did: acknowledged, extended, answered, denied (and when).

The dialog only collects the choice; it dismisses with an `EventChoice` (or None when
cancelled) and the requests screen writes it to the ledger. The date defaults to today and is
typed as YYYY-MM-DD; a bad date is refused in the dialog with a message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

EVENT_LABELS: dict[str, str] = {
    "acknowledged": "Acknowledged",
    "extended": "Extended (said it needs more time)",
    "identity_asked": "Asked for proof of identity",
    "answered_full": "Answered in full",
    "answered_part": "Answered in part",
    "denied": "Denied",
    "closed": "Closed (no further action)",
}
REASON_LABELS: dict[str, str] = {
    "not_verified": "could not verify me",
    "no_data": "holds no data about me",
    "exemption": "claims an exemption",
    "too_many_requests": "too many requests",
    "other": "other reason",
}


@dataclass(frozen=True)
class EventChoice:
    event: str
    on: dt.date
    note: str | None
    reason: str | None


class RecordEventDialog(ModalScreen[EventChoice | None]):
    """Pick the event, its date, a note, and (for a denial) the reason."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, request_label: str, *, event: str, today: dt.date) -> None:
        super().__init__()
        self.request_label = request_label
        self.initial_event = event if event in EVENT_LABELS else "acknowledged"
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(id="event-dialog") as dialog:
            dialog.border_title = "Record what happened"
            yield Static(self.request_label, id="event-request", markup=False)
            with Horizontal(classes="event-row"):
                yield Label("What:")
                yield Select(
                    [(label, key) for key, label in EVENT_LABELS.items()],
                    value=self.initial_event,
                    allow_blank=False,
                    id="event-kind",
                    compact=True,
                )
            with Horizontal(classes="event-row", id="event-reason-row"):
                yield Label("Why:")
                yield Select(
                    [(label, key) for key, label in REASON_LABELS.items()],
                    prompt="choose why it refused",
                    id="event-reason",
                    compact=True,
                )
            with Horizontal(classes="event-row"):
                yield Label("Date:")
                yield Input(self.today.isoformat(), id="event-date", max_length=10, compact=True)
            with Horizontal(classes="event-row"):
                yield Label("Note:")
                yield Input(
                    placeholder="optional, e.g. what they wrote", id="event-note", compact=True
                )
            yield Static("", id="event-error", markup=False)
            with Horizontal(id="event-buttons"):
                yield Button("Record", id="event-ok", variant="primary", compact=True)
                yield Button("Cancel", id="event-cancel", compact=True)

    def on_mount(self) -> None:
        self._sync_reason()
        self.query_one("#event-date", Input).focus()

    def selected_event(self) -> str:
        value = self.query_one("#event-kind", Select).value
        return value if isinstance(value, str) else self.initial_event

    def _sync_reason(self) -> None:
        self.query_one("#event-reason-row").display = self.selected_event() == "denied"

    def on_select_changed(self, event: Select.Changed) -> None:
        self._error("")  # a new choice answers the last complaint
        if event.select.id == "event-kind":
            self._sync_reason()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "event-ok":
            self._finish()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _error(self, message: str) -> None:
        self.query_one("#event-error", Static).update(message)

    def _finish(self) -> None:
        raw = self.query_one("#event-date", Input).value.strip()
        try:
            on = dt.date.fromisoformat(raw)
        except ValueError:
            self._error(f"{raw!r} is not a date: type it as YYYY-MM-DD, e.g. {self.today}.")
            return
        if on > self.today:
            self._error("That date is in the future; record an event once it has happened.")
            return
        event = self.selected_event()
        reason: str | None = None
        if event == "denied":
            value = self.query_one("#event-reason", Select).value
            if not isinstance(value, str):
                self._error("Choose why the company refused.")
                return
            reason = value
        note = self.query_one("#event-note", Input).value.strip() or None
        self.dismiss(EventChoice(event=event, on=on, note=note, reason=reason))
