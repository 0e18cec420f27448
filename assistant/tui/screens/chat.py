"""The chat screen: the conversation, the answers it expects, and the company card beside it.

The screen owns one `assistant.dialogue.Conversation`, created once the app has loaded the
catalog. It passes what the person types to `Conversation.send`, shows the replies in the
transcript, the expected answers as buttons and completions, the company in view in the side
panel, and opens the letter preview when a reply carries a letter. Saving and tracking from the
preview go through the conversation too, so the chat and the dialog never disagree.

At widths under 100 columns the card is hidden; F2 swaps it with the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistant.tui.messages import CatalogFailed, CatalogReady, CompanyLearned, ShowCompany
from assistant.tui.widgets.chat_input import ChatInput, CompletionSuggester, NameIndex
from assistant.tui.widgets.choices import ChoiceBar
from assistant.tui.widgets.company_card import CompanyCard
from assistant.tui.widgets.title_bar import TitleBar
from assistant.tui.widgets.transcript import Transcript
from assistant.vocabulary import RIGHT_WORDS

if TYPE_CHECKING:
    import datetime as dt

    from assistant.dialogue.conversation import Conversation, Reply
    from assistant.ledger.reminders import Reminder
    from assistant.letters.model import Letter
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord
    from assistant.tui.app import RightsApp

NARROW = 100
LETTER_POINTER = "*(The letter is open in the letter preview; Ctrl+L shows it again.)*"
PLACEHOLDER = "Type here, e.g. “I want Qualfon to delete my data”"
LOADING = "Loading the company catalog…"


def reminders_text(reminders: Sequence[Reminder]) -> str | None:
    """Markdown for what is overdue, due within 7 days, or (with no law) due a reminder; None
    if nothing is."""
    urgent = [r for r in reminders if r.kind in ("overdue", "due_soon", "write_again")]
    if not urgent:
        return None
    lines = ["**Before anything else**, these requests need your attention:", ""]
    for r in urgent:
        right = RIGHT_WORDS.get(r.right, r.right)
        if r.kind == "overdue":
            when = f"**overdue by {r.days} day{'s' if r.days != 1 else ''}**"
        elif r.kind == "write_again":
            when = "no answer yet (no law sets a deadline)"
        elif r.days == 0:
            when = "**due today**"
        else:
            when = f"due in {r.days} day{'s' if r.days != 1 else ''} ({r.due})"
        step = r.next_step[:1].upper() + r.next_step[1:]
        lines.append(f"- #{r.request_id} **{r.company_name}** ({right}): {when}. {step}.")
    keys = []  # only the letters these reminders call for
    if any(r.command.startswith("rights followup") for r in urgent):
        keys.append("**U** writes the follow-up")
    if any(r.command.startswith("rights complain") for r in urgent):
        keys.append("**C** the complaint to the regulator")
    there = f"; there {' and '.join(keys)}" if keys else ""
    lines += ["", f"Press **Ctrl+R** to open your requests{there}."]
    return "\n".join(lines)


def saved_message(files: Sequence[str]) -> str:
    """'Saved in FOLDER: a.txt, a.eml' (one folder), else every full path."""
    from pathlib import Path

    paths = [Path(f) for f in files]
    if not paths:
        return "Nothing saved yet"
    folders = {p.parent for p in paths}
    if len(folders) == 1:
        return f"Saved in {paths[0].parent}: " + ", ".join(p.name for p in paths)
    return "Saved " + ", ".join(str(p) for p in paths)


class ChatScreen(Screen):
    """The conversation with the assistant."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "app.show_requests", "Requests"),
        Binding("f2", "toggle_card", "Card"),
        Binding("escape", "close_card", "Close card", show=False),
        Binding("ctrl+l", "show_letter", "Letter"),
        Binding("ctrl+n", "new_conversation", "New"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.conversation: Conversation | None = None
        self.queued: list[str] = []
        self.choices: list[str] = []
        self.card_wanted: bool | None = None  # None: decided by the width
        self._shown_letter: Letter | None = None

    @property
    def rights_app(self) -> RightsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        self._layout(self.app.size.width, update=False)
        yield TitleBar("Chat")
        with Horizontal(id="chat-main"):
            with Vertical(id="chat-column"):
                with Transcript(id="transcript"):
                    yield Static(LOADING, markup=False, classes="transcript-note")
                yield ChoiceBar(id="choices")
                yield ChatInput(
                    suggester=CompletionSuggester(self._completion_source),
                    placeholder=PLACEHOLDER,
                    id="chat-input",
                )
            if self.has_class("-card"):
                yield CompanyCard(id="card")

    def on_mount(self) -> None:
        self.query_one(ChatInput).focus()
        # The footer (key bindings) costs more to build than the rest of the screen: it
        # arrives one frame after the first, so the conversation shows sooner.
        self.call_after_refresh(self.mount, Footer())

    def _completion_source(self) -> tuple[NameIndex | None, Sequence[str]]:
        return self.rights_app.names, self.choices

    # -- layout --------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int | None = None, *, update: bool = True) -> None:
        narrow = (self.size.width if width is None else width) < NARROW
        self.set_class(narrow, "-narrow", update=update)
        wanted = self.card_wanted if self.card_wanted is not None else not narrow
        self.set_class(wanted, "-card", update=update)

    def card(self) -> CompanyCard:
        """The company panel, created the first time it is needed (not at start-up)."""
        found = self.query(CompanyCard)
        if found:
            return found.first()
        card = CompanyCard(id="card")
        self.query_one("#chat-main").mount(card)
        return card

    def action_toggle_card(self) -> None:
        showing = self.has_class("-card")
        self.card_wanted = not showing
        self.card()
        self._layout()
        if self.has_class("-narrow") and self.card_wanted:
            self.card().focus()
        else:
            self.query_one(ChatInput).focus()

    def action_close_card(self) -> None:
        """Escape closes the card where it covers the conversation (a narrow window)."""
        if self.has_class("-narrow") and self.has_class("-card"):
            self.action_toggle_card()

    # -- the catalog arrives -------------------------------------------------------------

    def on_catalog_ready(self, message: CatalogReady) -> None:
        transcript = self.query_one(Transcript)
        for note in transcript.query(".transcript-note"):
            note.remove()
        urgent = reminders_text(message.reminders)
        if urgent:
            transcript.add_assistant(urgent, kind="reminder")
        # The reminders above say what is overdue in detail: the greeting need not repeat it.
        self._show(self._new_conversation(message.catalog).start(reminders=False))
        queued, self.queued = self.queued, []
        for text in queued:
            self._send(text)

    def _new_conversation(self, catalog: Catalog) -> Conversation:
        from assistant.dialogue.conversation import Conversation

        app = self.rights_app
        self.conversation = Conversation(
            catalog,
            today=app.today,
            ledger_path=app.ledger_path,
            letters_dir=app.letters_dir,
            in_app=True,
        )
        return self.conversation

    def on_company_learned(self, message: CompanyLearned) -> None:
        """A company drafted from its policy was kept: a new conversation about it begins."""
        record = self._record(message.company_id)
        if record is None:
            return
        self._shown_letter = None
        self._new_conversation(message.catalog).start(reminders=False)
        self.query_one(Transcript).add_assistant(
            f"I've read **{record.name}**'s privacy policy and kept it as your own company "
            "record. It was read automatically: check its card (F2) before you rely on it."
        )
        self.post_message(ShowCompany(message.company_id))

    def on_catalog_failed(self, message: CatalogFailed) -> None:
        transcript = self.query_one(Transcript)
        for note in transcript.query(".transcript-note"):
            note.remove()
        transcript.add_assistant(
            "I could not load the company catalog, so I can't help yet:\n\n"
            f"```text\n{message.message}\n```\n\nFix or move away the records named above, "
            "then open the app again.",
            kind="error",
        )

    # -- the person types ----------------------------------------------------------------

    def on_chat_input_sent(self, message: ChatInput.Sent) -> None:
        self._send(message.text)

    def on_choice_bar_chosen(self, message: ChoiceBar.Chosen) -> None:
        self._send(message.text)
        self.query_one(ChatInput).focus()

    def _send(self, text: str, *, shown: str | None = None) -> list[Reply]:
        transcript = self.query_one(Transcript)
        transcript.add_person(shown if shown is not None else text)
        if self.conversation is None:
            self.queued.append(text)
            return []
        from assistant.errors import UserError

        try:
            replies = self.conversation.send(text)
        except UserError as exc:
            transcript.add_assistant(f"Sorry, that didn't work: {exc}", kind="error")
            return []
        self._show(replies)
        intent = self.conversation.last_intent
        if intent is not None and intent.command == "quit":
            self.set_timer(1.0, self.app.exit)
        return replies

    def _show(self, replies: Sequence[Reply]) -> None:
        transcript = self.query_one(Transcript)
        letter = None
        for reply in replies:
            text = reply.text
            if reply.letter is not None:
                letter = reply.letter
                # The letter itself is shown in the preview, where it wraps to fit.
                text = "\n\n".join(p for p in (reply.intro, LETTER_POINTER, reply.outro) if p)
            transcript.add_assistant(text, kind=reply.kind)
        self._sync(replies)
        if letter is not None and letter is not self._shown_letter:
            self._shown_letter = letter
            self._open_preview(letter)

    def _sync(self, replies: Sequence[Reply]) -> None:
        """Card, choices and completions follow the conversation's state."""
        conversation = self.conversation
        if conversation is None:
            return
        record = conversation.company
        for reply in replies:
            if (
                reply.kind == "answer"
                and reply.company_id
                and reply.company_id != (record.id if record else None)
            ):
                record = self._record(reply.company_id) or record
        if record is not None:
            self.card().show(record)
        last_choices = replies[-1].choices if replies else []
        self.choices = list(last_choices or conversation.suggestions or [])
        self.query_one(ChoiceBar).show(self.choices)

    def _record(self, company_id: str) -> CompanyRecord | None:
        from assistant.errors import UserError

        catalog = self.rights_app.catalog
        if catalog is None:
            return None
        try:
            return catalog.get(company_id)
        except UserError:
            return None

    def on_show_company(self, message: ShowCompany) -> None:
        record = self._record(message.company_id)
        if record is None:
            self.notify(f"No company {message.company_id!r} in the catalog.", severity="error")
            return
        self.card().show(record)
        if self.has_class("-narrow"):
            self.card_wanted = True
            self._layout()
        if self.conversation is not None and self.conversation.company is None:
            self._send(record.name)

    # -- actions -------------------------------------------------------------------------

    def action_new_conversation(self) -> None:
        self._shown_letter = None
        self._send("start over")

    def action_show_letter(self) -> None:
        letter = self.conversation.pending_letter if self.conversation else None
        if letter is None:
            self.notify("There is no letter yet: answer the assistant's questions first.")
            return
        self._open_preview(letter)

    def _open_preview(self, letter: Letter) -> None:
        from assistant.tui.dialogs.letter_preview import LetterPreview

        title = f"Your letter to {letter.recipient_name}"
        preview = LetterPreview(
            letter, self, title=title, today=self.rights_app.today, on_edit=self._letter_edited
        )
        self.app.push_screen(preview, self._preview_closed)

    def _preview_closed(self, _changed: bool | None) -> None:
        self.query_one(ChatInput).focus()

    # -- LetterActions (used by the letter preview) --------------------------------------

    def _letter_edited(self, letter: Letter) -> None:
        """The person edited the letter in the preview: it is now the one to save and track."""
        if self.conversation is not None:
            self.conversation.use_edited_letter(letter)
            self._shown_letter = letter

    def _is_current(self, letter: Letter) -> bool:
        return self.conversation is not None and self.conversation.pending_letter is letter

    def save_letter(self, letter: Letter, formats: Sequence[str]) -> str:
        from assistant.errors import UserError

        conversation = self.conversation
        if conversation is None or not self._is_current(letter):
            raise UserError("this letter is no longer the one in the conversation")
        shown = "Save " + " and ".join(f".{fmt}" for fmt in formats)
        self.query_one(Transcript).add_person(f"{shown} (in the letter preview)")
        replies = conversation.save_letter(formats)
        self._show(replies)
        if replies and replies[0].kind == "error":
            raise UserError(replies[0].text)
        files = replies[0].files if replies else []
        if not files:  # saved before: say where
            files = [f for f in conversation.saved_files if f.rsplit(".", 1)[-1] in formats]
        return saved_message(files)

    def track_letter(self, letter: Letter, sent: dt.date | None = None) -> str:
        from assistant.errors import UserError

        conversation = self.conversation
        if conversation is None or not self._is_current(letter):
            raise UserError("this letter is no longer the one in the conversation")
        if conversation.request_id is not None:
            return f"Already tracked as request #{conversation.request_id}."
        on = f", sent on {sent.isoformat()}" if sent and sent != self.rights_app.today else ""
        self.query_one(Transcript).add_person(f"Track{on} (in the letter preview)")
        replies = conversation.track_letter(sent)
        self._show(replies)
        errors = [r.text for r in replies if r.kind == "error"]
        if errors:
            raise UserError(errors[0])
        if conversation.request_id is None:
            raise UserError("the conversation did not track it; see the chat for why")
        return (
            f"Tracked as request #{conversation.request_id}. "
            f"{saved_message(conversation.saved_files)}. "
            "Press Esc, then Ctrl+R to see your requests."
        )
