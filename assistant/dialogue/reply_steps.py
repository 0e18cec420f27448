"""A company's answer from the conversation: "they answered request 2:", then the pasted text.

The person says which request the answer is for (or not: our reference or the mail thread may
name it) and pastes the answer: on the lines after that first line in the same message, or in
the messages that follow, ended by **done** (a line-by-line chat has no other way to paste).
The conversation then says what the answer means (the event, the reason, any new date or
period, the deciding sentence quoted) and asks before recording it: nothing is recorded on a
guess. On "yes" it is recorded through assistant.workflow (record_reply, as `rights reply` and
the app's paste dialog do; the ledger recomputes the deadlines) and, when the answer calls for
one, the conversation offers the next letter (workflow.compose_reply_step): on "yes" it is
written, saved in the channel's formats, kept with the request and shown. Sending it is the
person's job; it is not recorded as sent.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant import workflow
from assistant.dialogue import wording
from assistant.dialogue.letter_steps import FORMATS_BY_CHANNEL
from assistant.dialogue.parsing import pick_from
from assistant.dialogue.reply import Reply
from assistant.errors import UserError
from assistant.replies.model import RECORDABLE_EVENTS
from assistant.understanding.understand import understand

if TYPE_CHECKING:
    from assistant.dialogue.state import Setting, State
    from assistant.replies.model import Match, Reading

# The first line of a message that brings an answer: "they answered request 2:", "the company
# replied to request #2", "reply to request 2", "here is their answer to request 2", "paste an
# answer". The request number is optional (the reference in the answer may name it).
_NUMBER = r"(?:\s+(?:to|on|for|about))?(?:\s+(?:my|the))?(?:\s+request)?\s*#?\s*(?P<n>\d{1,9})?"
_ASK = re.compile(
    r"^\s*(?:"
    r"(?:they|the\s+company|it)\s+(?:have\s+|has\s+)?(?:answered|replied|responded|wrote\s+back)"
    rf"{_NUMBER}"
    r"|(?:here\s+is\s+|here's\s+)?(?:the\s+|a\s+|their\s+)?(?:company's\s+)?"
    r"(?:reply|answer|response)\s+(?:to|for|on)\s+(?:my\s+)?request\s*#?\s*(?P<m>\d{1,9})"
    r"|(?:paste|read)\s+(?:the|a|an|their)\s+(?:company's\s+)?(?:reply|answer)"
    r"(?:\s+(?:to|for)\s+request\s*#?\s*(?P<k>\d{1,9}))?"
    r")\s*[:.!-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DONE = frozenset({"done", "end", "that's it", "thats it", "that is it", "finished", "read it"})
_CANCEL = frozenset({"cancel", "never mind", "nevermind", "stop", "forget it"})

EVENT_WORDS: dict[str, str] = {
    "acknowledged": "they **acknowledged** the request (received; an answer will follow)",
    "identity_asked": "they **ask for proof of identity** or more details",
    "extended": "they **take more time** to answer",
    "answered_full": "they **answered in full**",
    "answered_part": "they **answered in part** and refused the rest",
    "denied": "they **refused** the request",
    "use_other_channel": "they want the request **sent another way** (a form or portal)",
}
REASON_WORDS: dict[str, str] = {
    "not_verified": "they could not verify who you are",
    "no_data": "they hold no data about you",
    "exemption": "they claim an exemption in the law",
    "not_controller": "they say another company decides about the data",
    "outside_jurisdiction": "they say the law does not reach them or you",
    "too_many_requests": "they say you asked too often",
    "other": "another reason",
}
NEXT_WORDS: dict[str, str] = {
    "identity_objection": "an objection to the ID demand, offering only what is needed",
    "extension_reasons": "a letter asking why they need more time",
    "missing_items": "a letter asking for the missing items, article by article",
    "appeal": "an appeal of the refusal (or a complaint to the regulator)",
    "sources_question": "a letter closing it and asking where any data came from",
}
YES_NO = ["yes", "no"]


def parse(text: str) -> tuple[int | None, str] | None:
    """(the request number or None, the answer's text given with it) when `text` brings a
    company's answer; None when it does not."""
    first, _newline, after = text.partition("\n")
    found = _ASK.match(first)
    if found is None:
        return None
    number = found["n"] or found["m"] or found["k"]
    pasted = "\n".join(part for part in (found["rest"].strip(), after.strip()) if part)
    return (int(number) if number else None), pasted


class ReplySteps:
    """Takes a pasted answer, says what it means, records it on "yes", offers the next letter.

    `take(text)` returns the replies when the message is this step's (it started an answer, or
    the step is waiting on one), else None; `waiting` says whether it waits on the person."""

    def __init__(self, state: State, setting: Setting) -> None:
        self.state = state
        self.setting = setting
        self.stage: str | None = None  # None | "paste" | "which" | "record" | "letter"
        self.request_id: int | None = None
        self.lines: list[str] = []
        self.reading: Reading | None = None
        self.text = ""
        self.options: list[int] = []

    @property
    def waiting(self) -> bool:
        return self.stage is not None

    def take(self, text: str) -> list[Reply] | None:
        if self.stage is None:
            asked = parse(text)
            if asked is None:
                return None
            self._reset()
            self.request_id, pasted = asked
            if pasted and "\n" in text:  # the answer came with the request: read it now
                return self._read(pasted)
            self.stage = "paste"
            self.lines = [pasted] if pasted else []
            return [Reply(self._paste_prompt(), kind="question")]
        low = text.strip().lower().strip(" .!")
        if low in _CANCEL:
            self._reset()
            return [Reply("OK, I've left it: nothing was recorded.")]
        if low == "quit":
            self._reset()
            return None  # the conversation ends as usual
        if self.stage == "paste":
            return self._on_paste(text, low)
        if self.stage == "which":
            return self._on_which(text)
        yes = self._yes_no(text)
        if yes is None:
            return [Reply("Please answer **yes** or **no**.", choices=YES_NO, kind="question")]
        if self.stage == "record":
            return self._record() if yes else self._drop("OK, I haven't recorded it.")
        return self._letter() if yes else self._drop("OK, no letter.")

    # -- collecting and reading ----------------------------------------------------------

    def _paste_prompt(self) -> str:
        which = f" to request **#{self.request_id}**" if self.request_id else ""
        box = (
            " A long answer is easier to paste in the requests screen: **Ctrl+R**, then **P**."
            if self.setting.in_app
            else ""
        )
        return (
            f"Paste the company's answer{which}: the text of the e-mail, or the whole message "
            f"with its headers. Say **done** when it's all in (or **cancel**).{box}"
        )

    def _on_paste(self, text: str, low: str) -> list[Reply]:
        if low in _DONE:
            pasted = "\n".join(self.lines).strip()
            if not pasted:
                return [Reply("I have nothing yet: " + self._paste_prompt(), kind="question")]
            return self._read(pasted)
        self.lines.append(text)
        if "\n" in text.strip():  # a whole answer pasted at once
            return self._read("\n".join(self.lines))
        return []  # more lines to come

    def _read(self, pasted: str) -> list[Reply]:
        self.text = pasted
        try:
            readings = workflow.read_replies(pasted.encode("utf-8"), "pasted.txt")
            if len(readings) != 1:
                raise UserError("that holds several messages; give me one answer at a time")
            reading = self.reading = readings[0]
            with self.setting.ledger() as ledger:
                if self.request_id is not None:
                    ledger.get(self.request_id)  # an unknown number is a clear error
                match = workflow.match_reply(ledger, reading, self.setting.catalog)
                rows = {r.id: r.company_name for r in ledger.list_requests()}
        except UserError as exc:
            self._reset()
            return [Reply(f"I can't read that answer: {exc}", kind="error")]
        said = describe(reading)
        if reading.event not in RECORDABLE_EVENTS:
            self._reset()
            record_it = (
                "in your requests (**Ctrl+R**, then **E**)"
                if self.setting.in_app
                else "with `rights requests update`"
            )
            why = (
                "It is not an answer to a request, so there is nothing to record."
                if reading.event == "not_a_reply"
                else "I can't tell what it means, so I won't record it: read it yourself and "
                f"record it {record_it} if you like."
            )
            return [Reply(f"{said}\n\n{why}")]
        chosen = self._which_request(match, rows)
        if chosen is None:
            return [Reply(said), self._ask_which(match, rows)]
        self.request_id = chosen
        return [Reply(said), self._ask_record(rows.get(chosen, ""))]

    def _which_request(self, match: Match, rows: dict[int, str]) -> int | None:
        """The request, when the person named it and nothing in the answer contradicts it, or
        when our reference or the thread names it; else None (ask)."""
        if self.request_id is not None:
            if match.certain and match.request_id != self.request_id:
                return None  # the answer names another request: ask
            return self.request_id
        return match.request_id

    def _ask_which(self, match: Match, rows: dict[int, str]) -> Reply:
        named = [c.request_id for c in match.candidates if c.request_id in rows]
        self.options = named or list(rows)
        if not self.options:
            self._reset()
            return Reply("No request is tracked yet, so there is nothing to record it on.")
        self.stage = "which"
        lines = "\n".join(f"- **#{n}** {rows[n]}" for n in self.options)
        first = (
            f"It names request #{match.request_id}, but you said #{self.request_id}. "
            if match.certain and self.request_id is not None
            else ""
        )
        return Reply(
            f"{first}Which request does it answer? Say its number.\n\n{lines}",
            choices=[f"#{n}" for n in self.options],
            kind="question",
        )

    def _on_which(self, text: str) -> list[Reply]:
        number = re.search(r"\d{1,9}", text)  # the request's own number, not a position
        said = int(number.group(0)) if number else None
        index = self.options.index(said) if said in self.options else None
        if index is None and number is None:
            index = pick_from(text, [f"#{n}" for n in self.options])  # "the first one"
        if index is None:
            numbers = ", ".join(f"#{n}" for n in self.options)
            return [Reply(f"Say one of {numbers}, or **cancel**.", kind="question")]
        self.request_id = self.options[index]
        with self.setting.ledger() as ledger:
            name = ledger.get(self.request_id).company_name
        return [self._ask_record(name)]

    def _ask_record(self, company: str) -> Reply:
        self.stage = "record"
        at = f" ({company})" if company else ""
        return Reply(
            f"Shall I record this on request **#{self.request_id}**{at}?",
            choices=YES_NO,
            kind="question",
            request_id=self.request_id,
        )

    # -- recording and the next letter ---------------------------------------------------

    def _record(self) -> list[Reply]:
        reading, request_id, today = self.reading, self.request_id, self.setting.today
        assert reading is not None and request_id is not None
        on = min(dt.date.fromisoformat(reading.date), today) if reading.date else today
        try:
            with self.setting.ledger() as ledger:
                done = workflow.record_reply(ledger, request_id, reading, on=on, text=self.text)
        except UserError as exc:
            self._reset()
            return [Reply(f"I couldn't record it: {exc}", kind="error")]
        row = done.row
        what = ", ".join(e.replace("_", " ") for e in done.events) or "the answer (no event)"
        status = row.display_status(today).replace("_", " ")
        due = f"; the answer is now due by **{row.due}**" if row.due else ""
        lines = [f"Recorded *{what}* on request **#{row.id}**: it is now {status}{due}."]
        lines += [f"- Note: {alert}" for alert in done.alerts]
        if reading.event == "use_other_channel" and reading.links:
            lines.append(f"They ask you to use: {reading.links[0]}")
        kind = reading.next
        if kind is None:
            self._reset()
            return [Reply("\n".join(lines), request_id=row.id)]
        self.stage = "letter"
        lines.append(f"\nShall I draft the next letter: {NEXT_WORDS.get(kind, kind)}?")
        return [Reply("\n".join(lines), choices=YES_NO, kind="question", request_id=row.id)]

    def _letter(self) -> list[Reply]:
        reading, request_id, today = self.reading, self.request_id, self.setting.today
        assert reading is not None and request_id is not None
        self._reset()
        try:
            with self.setting.ledger() as ledger:
                person = workflow.stored_requester(ledger, request_id) or workflow.requester(
                    ledger.profile_get()
                )
                if person is None:
                    raise UserError(
                        "I don't know who signs it: no name and e-mail are saved. Write a "
                        "letter with me once and let me remember them, then paste it again."
                    )
                letter = workflow.compose_reply_step(
                    ledger, self.setting.catalog, request_id, reading, person, today=today
                )
                if letter is None:
                    return [Reply("This answer needs no letter.")]
                formats = FORMATS_BY_CHANNEL.get(letter.channel, ("txt",))
                files = workflow.save_letter(letter, self.setting.letters_dir, formats)
                workflow.attach_letters(ledger, request_id, files)
        except UserError as exc:
            return [Reply(f"I can't write that letter: {exc}", kind="error")]
        said = wording.saved_letter(
            letter,
            request_id,
            files,
            saved_as="Saved with the request:",
            what="letter",
            then="Send it when you're ready.",
        )
        return [Reply(said, files=[str(path) for path in files], request_id=request_id)]

    # -- small helpers -------------------------------------------------------------------

    def _yes_no(self, text: str) -> bool | None:
        intent = understand(text, self.setting.catalog, expecting="yes_no")
        return intent.yes_no

    def _drop(self, said: str) -> list[Reply]:
        self._reset()
        return [Reply(said)]

    def _reset(self) -> None:
        self.stage, self.request_id, self.reading, self.text = None, None, None, ""
        self.lines, self.options = [], []


def describe(reading: Reading) -> str:
    """What the answer means, in words, with the deciding sentence quoted."""
    if reading.event is None:
        return "I can't tell what this answer means."
    if reading.event == "not_a_reply":
        kind = f" ({reading.kind})" if reading.kind else ""
        return f"This is not an answer to your request{kind}."
    lines = [f"What it means: {EVENT_WORDS.get(reading.event, reading.event)}."]
    if reading.reason:
        lines.append(f"- Why: {REASON_WORDS.get(reading.reason, reading.reason)}.")
    if reading.extension:
        ((unit, amount),) = reading.extension.items()
        lines.append(f"- More time: {amount} {unit}.")
    if reading.new_due:
        lines.append(f"- New date they state: {reading.new_due}.")
    if reading.quote:
        lines.append(f"- Because it says: “{' '.join(reading.quote.split())}”")
    if reading.language:
        lines.append(f"- Language: {reading.language}.")
    return "\n".join(lines)
