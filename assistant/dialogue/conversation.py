"""The conversation: a UI-free driver that asks only what a letter still needs.

`Conversation.send(text)` returns the assistant's replies (Markdown text plus hints a front end
may show: choices, the company in view, a letter waiting to be saved). The order of questions:
company and right (both may come in one message), where the person lives, name, e-mail, what
a correction should say, a contact when the record has none, a postal address only when the
letter goes by post, the identifying details the company's record asks for; then the letter is
shown, saved on "yes", tracked on "yes", and the person is offered to have their details
remembered. At any point the person may ask a question about the company, correct an earlier
answer ("no, I meant Cloudmed"), go back, start over or ask for help.

How one message is handled, top to bottom in `send`:

1. `understand` reads it, told what the conversation is expecting (the `steps` table in
   `Conversation.__init__`: one row per value of `expecting`).
2. A command (help, back, ...) goes to assistant.dialogue.commands; a question about a company
   is answered from its record and the conversation picks up where it was.
3. Anything else is an answer (`_answer`): after a finished request, a new company or right
   starts another; a correction ("no, I meant ...") or a company, right or place mentioned out
   of turn is taken first; then the handler for what the conversation is expecting, from
   `steps`, takes the answer and asks the next question.
4. An answer that does not fit (`AskAgain`) gets the reason and the same question again: the
   question for the current stage (`repeat`, the stage table).

The pieces, each working on one shared `State` (assistant.dialogue.state): `Gather` (the order
of questions, assistant.dialogue.gather), `CompanySteps` and `DetailSteps` (the answers),
`LetterSteps` (show, save, track, remember), `Commands`; their words are in
assistant.dialogue.wording. Writing, saving and tracking go through assistant.workflow.

The core never reads the clock: `today` is given. Files go to `letters_dir` (default: the
data directory's letters/ folder); requests and the remembered profile to the ledger at
`ledger_path` (default: the data directory's ledger).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from assistant import textsafety
from assistant.dialogue import followup_steps, wording
from assistant.dialogue.commands import Commands
from assistant.dialogue.company_steps import CompanySteps
from assistant.dialogue.detail_steps import DetailSteps, settle_residence
from assistant.dialogue.followup_steps import FollowupSteps
from assistant.dialogue.gather import Gather
from assistant.dialogue.letter_steps import FORMATS_BY_CHANNEL, LetterSteps
from assistant.dialogue.reply import AskAgain, Reply
from assistant.dialogue.reply_steps import ReplySteps
from assistant.dialogue.state import DONE, GATHER, REMEMBER, SAVE, TRACK, Setting, State
from assistant.errors import UserError
from assistant.textsafety import check_message
from assistant.understanding.understand import Intent, understand

if TYPE_CHECKING:
    from assistant.letters.model import Letter
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord

__all__ = ["Conversation", "Reply"]

Handler = Callable[[str, Intent], list[Reply]]


@dataclass(frozen=True)
class Step:
    """How the conversation takes an answer while it expects one thing."""

    read_as: str  # what `understand` should read the answer as
    out_of_turn: bool  # first take a company, right or place mentioned in passing
    handler: Handler  # (text, intent) -> replies; raises AskAgain when the answer doesn't fit


T = TypeVar("T")


class _FromState(Generic[T]):
    """A read-only attribute of `Conversation` that is a field of its `State`."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, conversation: Conversation, owner: type | None = None) -> T:
        value: T = getattr(conversation.state, self.name)
        return value


class Conversation:
    """One conversation with the assistant. Read the public fields; call `start` and `send`."""

    # The state, read-only from outside (front ends and tests read these).
    company: _FromState[CompanyRecord | None] = _FromState()
    right: _FromState[str | None] = _FromState()
    residence: _FromState[str | None] = _FromState()
    name: _FromState[str | None] = _FromState()
    email: _FromState[str | None] = _FromState()
    address: _FromState[str | None] = _FromState()
    identifiers: _FromState[dict[str, str]] = _FromState()
    correction_text: _FromState[str | None] = _FromState()
    force: _FromState[bool] = _FromState()
    right_confirmed: _FromState[bool] = _FromState()
    candidates: _FromState[list[tuple[str, str]]] = _FromState()
    pending_letter: _FromState[Letter | None] = _FromState()
    saved_files: _FromState[list[str]] = _FromState()
    request_id: _FromState[int | None] = _FromState()
    expecting: _FromState[str | None] = _FromState()
    suggestions: _FromState[list[str]] = _FromState()
    stage: _FromState[str] = _FromState()
    profile: _FromState[dict[str, str] | None] = _FromState()
    finished: _FromState[bool] = _FromState()
    last_intent: _FromState[Intent | None] = _FromState()
    asked_about: _FromState[str | None] = _FromState()

    def __init__(
        self,
        catalog: Catalog,
        *,
        today: dt.date,
        ledger_path: Path | None = None,
        letters_dir: Path | None = None,
        in_app: bool = False,
    ) -> None:
        """`in_app`: the conversation runs in the terminal app, so its replies point to the
        app's keys rather than to shell commands."""
        self.setting = Setting(catalog, today, ledger_path, letters_dir, in_app)
        self.state = State()
        self.letters = LetterSteps(self.state, self.setting)
        self.gather = Gather(self.state, self.setting, self.letters)
        self.companies = CompanySteps(self.state, self.setting, self.gather)
        self.details = DetailSteps(self.state, self.setting, self.gather)
        self.commands = Commands(self.state, self.setting, self.repeat)
        self.reply_steps = ReplySteps(self.state, self.setting)  # "they answered request 2:"
        c, d, lt = self.companies, self.details, self.letters
        # What the conversation may be expecting, and how it takes the answer.
        self.steps: dict[str, Step] = {
            # expecting         read as      out of turn  handler
            "company":          Step("company",   False, c.on_company),
            "company_choice":   Step("company",   False, c.on_company_choice),
            "unknown_contact":  Step("company",   False, c.on_unknown_contact),
            "contact_confirm":  Step("yes_no",    False, c.on_contact_confirm),
            "right":            Step("right",     True,  d.on_right),
            "right_confirm":    Step("yes_no",    True,  d.on_right_confirm),
            "use_profile":      Step("yes_no",    True,  d.on_use_profile),
            "residence":        Step("residence", True,  d.on_residence),
            "name":             Step("name",      False, d.on_name),
            "email":            Step("email",     False, d.on_email),
            "correction_text":  Step("address",   False, d.on_correction_text),
            "contact_needed":   Step("address",   False, d.on_contact_needed),
            "address":          Step("address",   False, d.on_address),
            "identifiers":      Step("address",   False, d.on_identifiers),
            "save":             Step("yes_no",    True,  lt.on_save),
            "track":            Step("yes_no",    True,  lt.on_track),
            "remember":         Step("yes_no",    True,  lt.on_remember),
        }  # fmt: skip
        # The question each stage waits on, asked again after an answer that didn't fit.
        self.stage_questions: dict[str, Callable[[], list[Reply]]] = {
            # stage     the question
            GATHER:     self._next_question,
            SAVE:       lambda: [lt.save_question()],
            TRACK:      lambda: [lt.track_question()],
            REMEMBER:   lambda: [lt.remember_question()],
            # DONE waits on nothing: `ask_again` says how to go on.
        }  # fmt: skip

    @property
    def catalog(self) -> Catalog:
        return self.setting.catalog

    @property
    def today(self) -> dt.date:
        return self.setting.today

    @property
    def ledger_path(self) -> Path | None:
        return self.setting.ledger_path

    @property
    def letters_dir(self) -> Path | None:
        return self.setting.letters_dir

    @property
    def taking_paste(self) -> bool:
        """Whether the company's answer is being pasted line by line (until "done")."""
        return self.reply_steps.stage == "paste"

    @property
    def company_id(self) -> str | None:
        return self.state.company_id

    # -- entry points ------------------------------------------------------------------------

    def start(self, *, reminders: bool = True) -> list[Reply]:
        """The greeting, with remembered details. With `reminders`, a notice of anything
        overdue or due within 7 days comes first, as its own Reply(kind="reminder"); a front
        end that shows its own, more detailed reminders passes False."""
        s = self.state
        s.profile = self._load_profile()
        notice: list[Reply] = []
        due = self.commands.due_soon() if reminders else None
        if due:
            notice.append(Reply(due, kind="reminder"))
        s.expecting = "company"
        s.suggestions = self.setting.seed_names()
        name = s.profile.get("name") if s.profile else None
        greeting = Reply(wording.greeting(name), choices=s.suggestions, kind="question")
        return [*notice, greeting]

    def send(self, text: str) -> list[Reply]:
        """Take one message from the person; return the assistant's replies."""
        s = self.state
        if self.taking_paste and not (text or "").strip():
            self.reply_steps.lines.append("")  # a blank line of a pasted answer: its paragraphs
            return []
        text = (text or "").strip()
        if not text:
            return [self.ask_again("I didn't catch that.")]
        answer = self.reply_steps.take(text)
        if answer is not None:
            mid_request = s.company is not None and not self.reply_steps.waiting
            return [*answer, *self.repeat()] if answer and mid_request else answer
        asked_for = followup_steps.parse(text)
        if asked_for is not None:
            replies = FollowupSteps(s, self.setting).run(*asked_for)
            mid_request = s.company is not None and replies[-1].kind != "question"
            return [*replies, *self.repeat()] if mid_request else replies
        try:  # the same check `rights chat` and `ask` make: no escapes, bounded length
            text = check_message(text)
        except UserError as exc:
            return [Reply(f"I can't take that message: {exc}", kind="error"), *self.repeat()]
        step = self.steps.get(s.expecting or "")
        intent = understand(
            text,
            self.catalog,
            expecting=step.read_as if step else None,
            today=self.today,
            under_way=s.company_id if s.expecting else None,
        )
        s.last_intent = intent
        if intent.refused:  # too long to read: say so, and ask the same question again
            return [Reply(intent.refused, kind="error"), *self.repeat()]
        if intent.command:
            return self._or_ask_again(lambda: self.commands.run(intent.command or ""))
        if intent.kind == "question" and intent.question:
            said: list[Reply] = []
            if s.expecting == "residence" and intent.residence:
                # "Ich wohne in München. Wie lange haben die Zeit?": the place, then the answer
                before = s.snapshot()
                taken = self._or_ask_again(lambda: self._answer(text, intent))
                said = [r for r in taken if r.kind not in ("question", "error")]
                s.keep_for_undo(before)
            return said + self.commands.question(intent)
        if intent.kind == "question" and not _answers_step(intent, s.expecting):
            # "can they refuse?" asked where a name is expected: not the name, and not a
            # question the record answers
            return [Reply(wording.QUESTION_NOT_KNOWN), *self.repeat()]
        before = s.snapshot()
        try:
            replies = self._or_ask_again(lambda: self._answer(text, intent))
        except UserError as exc:
            replies = [Reply(str(exc), kind="error")]
        s.keep_for_undo(before)
        return replies

    def save_letter(self, formats: Sequence[str]) -> list[Reply]:
        """Save the letter on show in exactly these formats ("txt", "eml", "pdf"), as a front
        end's save button does. While the conversation asks "Shall I save it?", this is the
        answer yes and the next question is whether to track it; later, the new files join
        those saved before and, once the request is tracked, its letter files in the ledger.
        A format saved already is not written again."""
        before = self.state.snapshot()
        try:
            replies = self.letters.save(formats)
        except UserError as exc:
            replies = [Reply(str(exc), kind="error")]
        self.state.keep_for_undo(before)
        return replies

    def use_edited_letter(self, letter: Letter) -> None:
        """Keep `letter`, the letter on show as the person edited it (assistant.workflow
        .edit_letter), as the one to save and track. Only before it is saved or tracked."""
        s = self.state
        shown = s.pending_letter
        if shown is None or letter.reference != shown.reference:
            raise UserError("this letter is no longer the one in the conversation")
        if s.saved_files or s.request_id is not None:
            raise UserError("this letter is saved already; edit before saving")
        s.pending_letter = letter

    def track_letter(self, sent: dt.date | None = None) -> list[Reply]:
        """Track the request the letter on show makes, as sent on `sent` (default today), as a
        front end's track button does: the letter is saved first in its channel's formats if
        it was not saved, then tracked (through assistant.workflow, like every front end), and
        the conversation goes on to its closing question. Once tracked, it is not tracked
        again. A date after today is refused: a request cannot be tracked before it is sent."""
        s = self.state
        if s.pending_letter is None:
            return [Reply(wording.NO_LETTER_YET, kind="error")]
        if s.request_id is not None:
            return []
        if sent is not None and sent > self.today:
            return [Reply(wording.sent_in_future(sent, self.today), kind="error")]
        before = s.snapshot()
        replies: list[Reply] = []
        try:
            if s.stage == SAVE:
                letter = s.pending_letter
                replies += self.letters.save(FORMATS_BY_CHANNEL.get(letter.channel, ("txt",)))
                replies = [r for r in replies if r.kind != "question"]
                s.warned = []  # the track question is skipped: its warnings come with the row
            replies += [self.letters.track(sent), self.letters.after_letter()]
        except UserError as exc:
            replies.append(Reply(str(exc), kind="error"))
        s.keep_for_undo(before)
        return replies

    # -- one answer --------------------------------------------------------------------------

    def _answer(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        expecting = s.expecting  # before a new request resets it: then, nothing is expected
        if s.stage == DONE or s.finished:
            if intent.company or intent.right or intent.companies or intent.unknown_company:
                s.new_request()
            elif intent.kind in ("thanks", "greeting"):
                return [Reply(wording.YOU_ARE_WELCOME)]
            else:
                raise AskAgain("")
        if self.companies.means_company_asked_about(intent):
            return self.companies.take_company_asked_about(intent)
        if intent.kind == "greeting" and expecting == "company":
            names = self.setting.seed_names()
            return [Reply(wording.HI_AGAIN, choices=names, kind="question")]
        if intent.correction and (intent.company or intent.right):
            replies = self.companies.apply_correction(intent)
            if intent.residence and (expecting == "residence" or s.residence is None):
                # "es ist O2, nicht Vodafone. Hamburg", "it's Experian. I live in Manchester"
                replies.append(settle_residence(s, self.setting, intent.residence))
            if expecting == "name" and intent.name:  # "nicht Otto, sondern MediaMarkt. Mein
                with contextlib.suppress(UserError):  # Name ist A. Großmann": the name comes too
                    s.name = textsafety.clean_line(intent.name, "name")
            return replies + self.gather.advance()
        if (
            s.company
            and s.company_id in intent.rejected
            and intent.company != s.company_id
            and not (intent.company or intent.companies or intent.unknown_company)
        ):
            return self.companies.drop_company()  # "ich meinte dm, nicht MediaMarkt": never X
        if intent.correction and (switched := self.companies.switch_to_choice(intent)):
            return switched if s.expecting == "company_choice" else switched + self.gather.advance()
        step = self.steps.get(expecting or "")
        if step is None or step.out_of_turn:
            changed = self.companies.absorb(intent)
            if changed:
                return changed + self.gather.advance()
            if _restates_request(intent, s.company_id, s.right, expecting):
                raise AskAgain(wording.SAME_REQUEST)  # "I just want them to stop selling"
        if step is None:
            return self.gather.advance()
        return step.handler(text, intent)

    # -- asking again ------------------------------------------------------------------------

    def repeat(self) -> list[Reply]:
        """The question the conversation waits on, asked again without changing anything."""
        s = self.state
        if s.stage == SAVE and s.pending_letter is None:  # a new fact dropped the letter
            return self._next_question()
        return self.stage_questions.get(s.stage, self._next_question)()

    def _next_question(self) -> list[Reply]:
        s = self.state
        if s.expecting == "unknown_contact" and s.unknown_name:
            return [self.gather.unknown_company(s.unknown_name)]
        if s.expecting == "contact_confirm" and s.contact_unsure:
            return [self.companies.contact_question()]
        return self.gather.advance()

    def ask_again(self, prefix: str) -> Reply:
        """Repeat the current question, after `prefix`."""
        if self.state.stage == DONE or self.state.finished:
            return Reply(wording.after_the_end(prefix))
        replies = self.repeat()
        reply = replies[-1] if replies else Reply("")
        reply.text = wording.again(prefix, reply.text)
        return reply

    def _or_ask_again(self, take: Callable[[], list[Reply]]) -> list[Reply]:
        try:
            return take()
        except AskAgain as again:
            return [self.ask_again(again.prefix)]

    def _load_profile(self) -> dict[str, str] | None:
        try:
            with self.setting.ledger() as ledger:
                return ledger.profile_get()
        except UserError:
            return None


def _restates_request(
    intent: Intent, company_id: str | None, right: str | None, expecting: str | None
) -> bool:
    """A request for the right and company already in hand, sent while another question waits
    ("I just want them to stop selling my info" where the place is asked): said again, not an
    answer, and nothing to change."""
    return (
        expecting in ("residence", "use_profile")
        and intent.kind == "request"
        and intent.right is not None
        and intent.right == right
        and intent.company in (None, company_id)
        and not intent.residence
    )


def _answers_step(intent: Intent, expecting: str | None) -> bool:
    """Whether a message worded as a question still gives what the step waits for."""
    given = {
        "name": intent.name,
        "email": intent.email,
        "residence": intent.residence,
        "company": intent.company or intent.companies or intent.unknown_company or intent.right,
    }
    return expecting not in given or bool(given[expecting])
