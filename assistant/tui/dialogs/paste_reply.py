"""Paste the company's answer: what the reader found, and the request to record it on.

The person pastes a reply (the text of the e-mail, or the whole message with its headers) and
presses Read. The dialog shows what assistant/replies made of it (the event, the reason, any
new date or period, the deciding sentence, the language) and the request it answers: chosen
for the person only when our reference or the mail thread names one; otherwise they pick it.
Nothing is recorded here: Record dismisses with a `ReplyChoice`, and the requests screen records
it through assistant.workflow and offers the drafted next letter. Cancel (or Esc) records
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static, TextArea

from assistant.replies.model import RECORDABLE_EVENTS

if TYPE_CHECKING:
    from assistant.replies.model import Match, Reading

EVENT_WORDS: dict[str, str] = {
    "acknowledged": "acknowledged the request",
    "identity_asked": "asks for proof of identity",
    "extended": "takes more time",
    "answered_full": "answered in full",
    "answered_part": "answered in part",
    "denied": "refused",
    "use_other_channel": "wants the request sent another way",
    "not_a_reply": "not an answer",
}
REASON_WORDS: dict[str, str] = {
    "not_verified": "could not verify who you are",
    "no_data": "holds no data about you",
    "exemption": "claims an exemption",
    "not_controller": "says another company decides about the data",
    "outside_jurisdiction": "says the law does not reach it or you",
    "too_many_requests": "says you asked too often",
    "other": "another reason",
}
NEXT_WORDS: dict[str, str] = {
    "identity_objection": "object to the ID demand, offering only what is needed",
    "extension_reasons": "ask why it needs more time",
    "missing_items": "ask for the missing items, article by article",
    "appeal": "appeal the refusal (or complain to the regulator)",
    "sources_question": "close it, and ask where any data came from",
}
Reader = Callable[[str], "tuple[Reading, Match]"]


@dataclass(frozen=True)
class ReplyChoice:
    """What to record: the reading, the request it answers, and the text as pasted."""

    reading: Reading
    request_id: int
    text: str


def findings_text(reading: Reading, match: Match) -> Text:
    """What the reader found, in words, with the deciding sentence quoted."""
    text = Text()

    def line(label: str, value: str) -> None:
        text.append(f"{label}: ", style="bold")
        text.append(value + "\n")

    event = reading.event
    what = EVENT_WORDS.get(event, event) if event else "unclear: read it yourself"
    if reading.kind:
        what += f" ({reading.kind})"
    line("What happened", what)
    if reading.reason:
        line("Why", REASON_WORDS.get(reading.reason, reading.reason))
    if reading.extension:
        ((unit, amount),) = reading.extension.items()
        line("Extension", f"{amount} {unit}")
    if reading.new_due:
        line("New date stated", reading.new_due)
    if reading.quote:
        line("Because it says", f"“{' '.join(reading.quote.split())}”")
    line("Language", reading.language or "unknown")
    if match.certain and match.candidates:
        found = match.candidates[0]
        how = "our reference" if found.why == "reference" else "the mail thread"
        line("Request", f"#{found.request_id} {found.company} (by {how})")
    elif match.candidates:
        line("Request", f"not sure; perhaps {match.describe()}: choose below")
    else:
        line("Request", "no tracked request matches: choose below")
    if reading.next:
        line("Next step", NEXT_WORDS.get(reading.next, reading.next.replace("_", " ")))
    elif reading.event == "use_other_channel" and reading.links:
        line("Next step", f"send the request where it asks: {reading.links[0]}")
    return text


class PasteReplyDialog(ModalScreen[ReplyChoice | None]):
    """Paste, read, check, then record on the request chosen (or cancel)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "read", "Read it"),
    ]

    def __init__(
        self,
        reader: Reader,
        requests: Sequence[tuple[int, str]],
        *,
        current: int | None = None,
    ) -> None:
        super().__init__()
        self.reader = reader
        self.requests = list(requests)
        self.current = current
        self.reading: Reading | None = None
        self.match: Match | None = None
        self.pasted = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="reply-dialog") as dialog:
            dialog.border_title = "Paste the company's answer"
            yield TextArea(id="reply-text", soft_wrap=True, show_line_numbers=False)
            with VerticalScroll(id="reply-findings-box"):
                yield Static("", id="reply-findings", markup=False)
            with Horizontal(classes="event-row", id="reply-request-row"):
                yield Label("Request:")
                yield Select(
                    [(label, number) for number, label in self.requests],
                    prompt="choose the request it answers",
                    id="reply-request",
                    compact=True,
                )
            yield Static("", id="reply-error", markup=False)
            with Horizontal(classes="reply-buttons"):
                yield Button("Read it", id="reply-read", variant="primary", compact=True)
                yield Button("Record", id="reply-record", variant="success", compact=True)
                yield Button("Cancel", id="reply-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#reply-findings-box").display = False
        self.query_one("#reply-request-row").display = False
        self.query_one("#reply-record").display = False
        self.query_one("#reply-text", TextArea).focus()

    # -- reading -------------------------------------------------------------------------

    def action_read(self) -> None:
        from assistant.errors import UserError

        text = self.query_one("#reply-text", TextArea).text
        if not text.strip():
            self._error("Paste the company's answer first.")
            return
        try:
            reading, match = self.reader(text)
        except UserError as exc:
            self._error(str(exc))
            return
        self.reading, self.match, self.pasted = reading, match, text
        self.query_one("#reply-findings", Static).update(findings_text(reading, match))
        self.query_one("#reply-findings-box").display = True
        self.query_one("#reply-dialog").add_class("-read")  # the pasted text gives way
        recordable = reading.event in RECORDABLE_EVENTS
        self.query_one("#reply-request-row").display = recordable
        self.query_one("#reply-record").display = recordable
        select = self.query_one("#reply-request", Select)
        if match.request_id is not None:
            select.value = match.request_id
        else:
            select.clear()  # never chosen on a guess
        if recordable:
            self._error("")
        elif reading.event == "not_a_reply":
            self._error("This is not an answer to a request; nothing will be recorded.")
        else:
            self._error("The answer could not be read with confidence; record it yourself.")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """A changed text is read again before anything is recorded."""
        if self.reading is not None and event.text_area.text != self.pasted:
            self.reading = None
            self.query_one("#reply-record").display = False
            self.query_one("#reply-request-row").display = False
            self.query_one("#reply-findings-box").display = False
            self.query_one("#reply-dialog").remove_class("-read")

    def chosen_request(self) -> int | None:
        value = self.query_one("#reply-request", Select).value
        return value if isinstance(value, int) else None

    # -- finishing -----------------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "reply-read":
            self.action_read()
        elif event.button.id == "reply-record":
            self._finish()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _error(self, message: str) -> None:
        self.query_one("#reply-error", Static).update(message)

    def _finish(self) -> None:
        if self.reading is None or self.reading.event not in RECORDABLE_EVENTS:
            self._error("Read the answer first.")
            return
        request_id = self.chosen_request()
        if request_id is None:
            self._error("Choose the request this answers.")
            return
        self.dismiss(ReplyChoice(self.reading, request_id, self.pasted))
