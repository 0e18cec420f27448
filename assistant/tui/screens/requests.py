"""The requests screen: every tracked request, its timeline, and what happened next.

The table comes from the ledger (assistant.ledger.store); the keys record an event
(acknowledged, extended, answered, denied) through the record-event dialog, read a pasted
answer from the company (the paste-reply dialog: what it says, recorded on confirmation, then
the drafted next letter), or write the follow-up or the complaint and show it in the letter
preview. Every action goes through
assistant.workflow, as the command line's do. The ledger is opened for each action and closed
again, so the chat and the command line can write to it at the same time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from assistant import workflow
from assistant.tui.screens.chat import saved_message
from assistant.tui.widgets.requests_table import RequestsTable
from assistant.tui.widgets.title_bar import TitleBar
from assistant.vocabulary import RIGHT_WORDS

if TYPE_CHECKING:
    from assistant.ledger.rows import RequestRow
    from assistant.ledger.store import Ledger
    from assistant.letters.model import Letter
    from assistant.replies.model import Match, Reading
    from assistant.tui.app import RightsApp
    from assistant.tui.dialogs.paste_reply import ReplyChoice
    from assistant.tui.dialogs.record_event import EventChoice

EMPTY = (
    "No requests are tracked yet.\n\n"
    "Press Esc to go back to the chat and write one: when you track a letter, it appears here "
    "with its deadline."
)
EVENT_WORDS = {
    "sent": "sent",
    "acknowledged": "acknowledged",
    "identity_asked": "asked for proof of identity",
    "identity_given": "proof of identity sent",
    "extended": "extension noticed",
    "answered_full": "answered in full",
    "answered_part": "answered in part",
    "denied": "denied",
    "followup_sent": "follow-up sent",
    "complaint_filed": "complaint filed",
    "closed": "closed",
    "reopened": "reopened",
}


class RequestsScreen(Screen):
    """The tracker as a table, with the highlighted request's timeline beneath."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.show_chat", "Chat"),
        Binding("e", "record('')", "Event"),
        Binding("a", "record('acknowledged')", "Ack'd", show=False),
        Binding("x", "record('extended')", "Extended", show=False),
        Binding("f", "record('answered_full')", "Answered", show=False),
        Binding("d", "record('denied')", "Denied", show=False),
        Binding("p", "paste_reply", "Paste answer"),
        Binding("u", "write('followup')", "Follow-up"),
        Binding("c", "write('complaint')", "Complain"),
        Binding("s", "sort", "Sort"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.current: int | None = None

    @property
    def rights_app(self) -> RightsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield TitleBar("Requests")
        with Vertical(id="requests-main"):
            yield RequestsTable(self.rights_app.today, id="requests-table")
            yield Static(EMPTY, id="requests-empty", markup=False)
            with VerticalScroll(id="timeline") as timeline:
                timeline.border_title = "Timeline"
                yield Static("", id="timeline-body", markup=False)
            with Horizontal(id="requests-actions"):
                yield Button("Paste the company's answer", id="paste-reply", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload(keep=self.current)

    # -- data ----------------------------------------------------------------------------

    @contextmanager
    def ledger(self) -> Iterator[Ledger]:
        from assistant.ledger.store import Ledger

        ledger = Ledger.open(self.rights_app.ledger_path)
        try:
            yield ledger
        finally:
            ledger.close()

    def _rows(self) -> list[RequestRow]:
        from assistant.errors import UserError

        path: Path = self.rights_app.ledger_path
        if not path.exists():
            return []
        try:
            with self.ledger() as ledger:
                return ledger.list_requests()
        except UserError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return []

    def reload(self, keep: int | None = None) -> None:
        rows = self._rows()
        table = self.query_one(RequestsTable)
        table.load(rows, keep=keep)
        self.query_one("#requests-empty").display = not rows
        table.display = bool(rows)
        self.query_one("#timeline").display = bool(rows)
        if rows:
            table.focus()
        count = f"{len(rows)} request{'s' if len(rows) != 1 else ''}"
        self.query_one(TitleBar).set_detail(f"{count} · {self.rights_app.today.isoformat()}")

    def on_requests_table_highlighted(self, message: RequestsTable.Highlighted) -> None:
        self.current = message.request_id
        self._show_timeline()

    def _show_timeline(self) -> None:
        body = self.query_one("#timeline-body", Static)
        if self.current is None:
            body.update("")
            return
        from assistant.errors import UserError

        try:
            with self.ledger() as ledger:
                row = ledger.get(self.current)
                events = ledger.timeline(self.current)
        except UserError as exc:
            body.update(str(exc))
            return
        width = body.content_region.width or self.size.width or 80
        body.update(timeline_text(row, events, self.rights_app.today, width=width))

    def on_resize(self, event: Resize) -> None:
        self.call_after_refresh(self._show_timeline)  # re-wrap the notes to the new width

    # -- actions -------------------------------------------------------------------------

    def action_sort(self) -> None:
        self.query_one(RequestsTable).sort_by()

    def _current_row(self) -> RequestRow | None:
        if self.current is None:
            self.notify("No request is selected.", severity="warning")
            return None
        with self.ledger() as ledger:
            return ledger.get(self.current)

    def action_record(self, event: str) -> None:
        from assistant.tui.dialogs.record_event import RecordEventDialog

        row = self._current_row()
        if row is None:
            return
        label = (
            f"#{row.id} {row.company_name}, {RIGHT_WORDS.get(row.right, row.right)}: "
            f"{row.display_status(self.rights_app.today).replace('_', ' ')}"
        )
        today = self.rights_app.today
        dialog = RecordEventDialog(label, event=event or "acknowledged", today=today)
        self.app.push_screen(dialog, lambda choice: self._record(row.id, choice))

    def _record(self, request_id: int, choice: EventChoice | None) -> None:
        from assistant.errors import UserError

        if choice is None:
            return
        try:
            with self.ledger() as ledger:
                row = workflow.record_event(
                    ledger,
                    request_id,
                    choice.event,
                    on=choice.on,
                    note=choice.note,
                    reason=choice.reason,
                )
        except UserError as exc:
            self.notify(str(exc), title="Not recorded", severity="error", timeout=10)
            return
        for alert in row.alerts:
            self.notify(alert, title="Note", severity="warning", timeout=15)
        status = row.display_status(self.rights_app.today).replace("_", " ")
        due = f"; due {row.due.isoformat()}" if row.due else ""
        self.notify(f"Request #{row.id} is now {status}{due}.", title="Recorded")
        self.reload(keep=request_id)

    # -- a reply from the company ----------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "paste-reply":
            event.stop()
            self.action_paste_reply()

    def action_paste_reply(self) -> None:
        from assistant.tui.dialogs.paste_reply import PasteReplyDialog

        rows = self._rows()
        if not rows:
            self.notify("No requests are tracked yet: an answer needs a request to belong to.")
            return
        requests = [
            (row.id, f"#{row.id} {row.company_name}, {RIGHT_WORDS.get(row.right, row.right)}")
            for row in rows
        ]
        dialog = PasteReplyDialog(self._read_reply, requests, current=self.current)
        self.app.push_screen(dialog, self._record_reply)

    def _read_reply(self, text: str) -> tuple[Reading, Match]:
        """What the pasted answer says, and the request it answers (workflow's reader)."""
        from assistant.errors import UserError

        readings = workflow.read_replies(text.encode("utf-8"), "pasted.txt")
        if len(readings) != 1:
            raise UserError("that holds several messages; paste one answer at a time")
        with self.ledger() as ledger:
            match = workflow.match_reply(ledger, readings[0], self.rights_app.catalog)
        return readings[0], match

    def _record_reply(self, choice: ReplyChoice | None) -> None:
        from assistant.errors import UserError

        if choice is None:
            return
        reading, today = choice.reading, self.rights_app.today
        on = min(dt.date.fromisoformat(reading.date), today) if reading.date else today
        try:
            with self.ledger() as ledger:
                done = workflow.record_reply(ledger, choice.request_id, reading, on=on)
        except UserError as exc:
            self.notify(str(exc), title="Not recorded", severity="error", timeout=10)
            return
        for alert in done.alerts:
            self.notify(alert, title="Note", severity="warning", timeout=15)
        what = ", ".join(EVENT_WORDS.get(e, e) for e in done.events) or "the answer (no event)"
        status = done.row.display_status(today).replace("_", " ")
        self.notify(f"Recorded {what} on request #{done.row.id}; it is now {status}.",
                    title="Recorded")  # fmt: skip
        self.current = done.row.id
        self.reload(keep=done.row.id)
        if reading.next:
            self._offer_next_step(done.row.id, reading)

    def _offer_next_step(self, request_id: int, reading: Reading) -> None:
        """Draft the letter that answers the reply and show it in the preview."""
        from assistant.errors import UserError
        from assistant.tui.dialogs.letter_preview import LetterPreview

        catalog = self.rights_app.catalog
        try:
            if catalog is None:
                raise UserError("the catalog is still loading; press p again in a moment")
            with self.ledger() as ledger:
                person = workflow.requester(ledger.profile_get())
                if person is None:
                    raise UserError(
                        "the next letter needs your name and e-mail address, and none are saved",
                        hint="write a request in the chat and let the assistant remember them",
                    )
                letter = workflow.compose_reply_step(
                    ledger, catalog, request_id, reading, person, today=self.rights_app.today
                )
        except UserError as exc:
            self.notify(str(exc), title="No letter drafted", severity="warning", timeout=12)
            return
        if letter is None:
            return
        kind = "complaint" if letter.kind == "complaint" else "followup"
        title = (
            "Next step: complaint to the regulator (the law gives no appeal)"
            if kind == "complaint"
            else f"Next step: {(reading.next or '').replace('_', ' ')}"
        )
        actions = FollowupActions(self, request_id, kind)
        self.app.push_screen(LetterPreview(letter, actions, title=title), self._after_letter)

    def action_write(self, kind: str) -> None:
        from assistant.errors import UserError

        row = self._current_row()
        if row is None:
            return
        try:
            letter = self._compose_letter(row, kind)
        except UserError as exc:
            self.notify(str(exc), title="No letter written", severity="error", timeout=12)
            return
        from assistant.tui.dialogs.letter_preview import LetterPreview

        title = "Follow-up letter" if kind == "followup" else "Complaint to the regulator"
        actions = FollowupActions(self, row.id, kind)
        self.app.push_screen(LetterPreview(letter, actions, title=title), self._after_letter)

    def _after_letter(self, changed: bool | None) -> None:
        if changed:
            self.reload(keep=self.current)

    def _compose_letter(self, row: RequestRow, kind: str) -> Letter:
        from assistant.errors import UserError

        catalog = self.rights_app.catalog
        if catalog is None:
            raise UserError("the catalog is still loading; try again in a moment")
        with self.ledger() as ledger:
            person = workflow.requester(ledger.profile_get())
            if person is None:
                raise UserError(
                    "the letter needs your name and e-mail address, and none are saved yet",
                    hint="write a request in the chat and let the assistant remember your details",
                )
            return workflow.compose_next(
                ledger, catalog, row.id, kind, person, today=self.rights_app.today
            )


class FollowupActions:
    """Saving a follow-up or complaint attaches it to the request; tracking records it sent."""

    def __init__(self, screen: RequestsScreen, request_id: int, kind: str) -> None:
        self.screen = screen
        self.request_id = request_id
        self.kind = kind
        self.files: list[Path] = []

    def save_letter(self, letter: Letter, formats: Sequence[str]) -> str:
        files = workflow.save_letter(letter, self.screen.rights_app.letters_dir, formats)
        self.files += files
        with self.screen.ledger() as ledger:
            workflow.attach_letters(ledger, self.request_id, files)
        return saved_message([str(f) for f in files])

    def track_letter(self, letter: Letter, sent: dt.date | None = None) -> str:
        if not self.files:
            self.save_letter(letter, ["txt"])
        today = self.screen.rights_app.today
        on = sent or today
        with self.screen.ledger() as ledger:
            row = workflow.record_sent(ledger, self.request_id, self.kind, self.files, on=on)
        what = "follow-up" if self.kind == "followup" else "complaint"
        send = " Send it today." if on == today else ""
        return (
            f"Recorded: {what} sent on {on.isoformat()} for request #{row.id}. "
            f"{saved_message([str(f) for f in self.files])}.{send}"
        )


def timeline_text(
    row: RequestRow, events: Sequence[Any], today: dt.date, *, width: int = 80
) -> Text:
    """The request's facts and its events, oldest first; an event's long note wraps under its
    own text (not back to the left edge) at `width` columns."""
    import textwrap

    text = Text()
    right = RIGHT_WORDS.get(row.right, row.right)
    text.append(f"#{row.id} {row.company_name}", style="bold")
    text.append(f", {right}")
    if row.law_name:
        text.append(f" under the {row.law_name}")
    text.append(f"  [{row.reference}]\n")
    recipient = f" to {' '.join(row.recipient.split())}" if row.recipient else ""
    text.append(f"Sent {row.sent.isoformat()} by {row.channel}{recipient}\n")
    if row.due is not None:
        days = (row.due - today).days
        status = row.display_status(today)
        when = f"{-days} days late" if days < 0 else f"{days} days left"
        if status in ("fulfilled", "denied", "closed"):
            when = status
        text.append(f"Due {row.due.isoformat()} ({when})")
        if row.extended_respond_by and row.extension_granted:
            text.append(", after a valid extension")
        elif row.late_extension:
            text.append("; its extension came too late, so the first date stands")
        text.append("\n")
    for event in events:
        line = f"  {event.on.isoformat()}  {EVENT_WORDS.get(event.event, event.event)}"
        if event.reason:
            line += f" ({event.reason.replace('_', ' ')})"
        if event.note:
            line += f": {event.note}"
        if event.outcome:
            line += f" [{event.outcome}]"
        wrapped = textwrap.wrap(
            line, width=max(width - 1, 30), subsequent_indent=" " * 14, drop_whitespace=True
        )
        text.append("\n".join(wrapped) + "\n")
    return text
