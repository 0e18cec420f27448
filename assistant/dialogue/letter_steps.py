"""The steps once the letter is written: show it, save it, track it, remember the person.

`LetterSteps` works on a conversation's `State` (composition: the conversation holds one and
calls it). Writing, saving and tracking go through assistant.workflow, so a letter saved or a
request tracked here is the same as from `rights letter` or the terminal app. Its handlers
answer "Shall I save it?", "Shall I track this request?" and "Shall I remember your details?";
`save` is also what a front end's save button calls, through `Conversation.save_letter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import workflow
from assistant.dialogue import wording
from assistant.dialogue.reply import AskAgain, Reply
from assistant.dialogue.state import REMEMBER, SAVE, TRACK, Setting, State
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.understanding.intent import Intent

FORMATS_BY_CHANNEL = {"email": ("txt", "eml"), "postal": ("txt", "pdf"), "fax": ("txt", "pdf")}


class LetterSteps:
    """Showing, saving, tracking and remembering, over one conversation's state."""

    def __init__(self, state: State, setting: Setting) -> None:
        self.state = state
        self.setting = setting

    # -- show --------------------------------------------------------------------------------

    def show(self) -> list[Reply]:
        """Write the letter and show it, asking whether to save it. Raises LetterRefused when
        the policy says the right is not offered or moot and the person has not said to write
        it anyway."""
        from assistant.letters.model import Person
        from assistant.letters.output import to_text

        s = self.state
        record = s.record()
        person = Person(
            name=s.name or "", email=s.email or "", address=s.address,
            identifiers=dict(s.identifiers),
        )  # fmt: skip
        letter = workflow.write_request(
            record,
            s.right or "access",
            person,
            residence=s.residence,
            today=self.setting.today,
            force=s.force,
            correction=s.correction_text,
        )
        s.pending_letter = letter
        s.stage = SAVE
        s.expecting = "save"
        s.suggestions = list(wording.YES_NO)
        intro, outro = wording.letter_intro(letter), wording.letter_outro(letter)
        return [
            Reply(
                f"{intro}\n\n```text\n{to_text(letter)}\n```\n\n{outro}",
                choices=list(wording.YES_NO),
                company_id=record.id,
                letter=letter,
                kind="letter",
                intro=intro,
                outro=outro,
            )
        ]

    # -- save --------------------------------------------------------------------------------

    def save_question(self) -> Reply:
        return Reply(wording.SAVE_THIS_QUESTION, choices=list(wording.YES_NO), kind="question")

    def on_save(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            raise AskAgain(wording.YES_OR_NO)
        if not intent.yes_no:
            self.state.finish()
            return [Reply(wording.NOT_SAVED, kind="done")]
        letter = self.state.pending_letter
        if letter is None:  # a new fact came with the "yes": the letter is to be written again
            raise AskAgain("")
        return self.save(FORMATS_BY_CHANNEL.get(letter.channel, ("txt",)))

    def save(self, formats: Sequence[str]) -> list[Reply]:
        """Save the letter on show in these formats; a format saved already is not written
        again. While the conversation asks "Shall I save it?", the next question is whether to
        track it; once the request is tracked, the new files join its letter files."""
        s = self.state
        letter = s.pending_letter
        if letter is None:
            return [Reply(wording.NO_LETTER_YET, kind="error")]
        have = {Path(f).suffix.lstrip("."): f for f in s.saved_files}
        wanted = [fmt for fmt in dict.fromkeys(formats) if fmt not in have]
        if not wanted:
            return [Reply(wording.already_saved([have[fmt] for fmt in dict.fromkeys(formats)]))]
        paths = workflow.save_letter(letter, self.setting.letters_dir, wanted)
        written = [str(p) for p in paths]
        s.saved_files = [*s.saved_files, *written]
        if s.request_id is not None:
            with self.setting.ledger() as ledger:
                workflow.attach_letters(ledger, s.request_id, written)
        said = Reply(wording.saved(written, letter.channel, wanted), files=written, kind="message")
        if s.stage != SAVE:
            return [said]
        s.stage = TRACK
        return [said, self.track_question()]

    # -- track -------------------------------------------------------------------------------

    def track_question(self) -> Reply:
        s = self.state
        s.expecting = "track"
        s.suggestions = list(wording.YES_NO)
        s.warned = self.warnings()
        return Reply(
            wording.track_question(s.warned, self.setting.today),
            choices=list(wording.YES_NO),
            company_id=s.company_id,
            kind="question",
        )

    def warnings(self) -> list[str]:
        """What the person should know before sending, less what the letter already said;
        under the law the request would be tracked under."""
        s = self.state
        letter = s.pending_letter
        if letter is None:
            return []
        today = self.setting.today
        try:
            record = s.record()
            law, _dates = workflow.request_deadlines(
                record, s.right or "", residence=s.residence or "", sent=today,
                channel=letter.channel, law_id=letter.law_id, by_residence=False,
            )  # fmt: skip
            with self.setting.ledger() as ledger:
                found = workflow.new_request_warnings(ledger, record, s.right or "", law, today)
        except UserError:
            return []
        return [w for w in found if not any(said and said in w for said in letter.warnings)]

    def on_track(self, text: str, intent: Intent) -> list[Reply]:
        """Yes (sent today), no, or the day it was sent ("I sent it yesterday", "yes,
        2026-11-18"); a day after today is refused and the question stays."""
        sent_on = intent.date if intent.yes_no is not False else None
        if intent.yes_no is None and sent_on is None:
            raise AskAgain(wording.YES_OR_NO_OR_DATE)
        if sent_on is not None and sent_on > self.setting.today:
            raise AskAgain(wording.sent_in_future(sent_on, self.setting.today))
        if intent.yes_no is False:
            not_tracked = wording.NOT_TRACKED_IN_APP if self.setting.in_app else wording.NOT_TRACKED
            return [Reply(not_tracked), self.after_letter()]
        return [self.track(sent_on), self.after_letter()]

    def track(self, sent: dt.date | None = None) -> Reply:
        """Track the request the letter on show makes, as sent on `sent` (default today)."""
        s = self.state
        letter = s.pending_letter
        record = s.record()
        assert letter is not None and s.residence is not None
        with self.setting.ledger() as ledger:
            tracked = workflow.track_letter(
                ledger, record, letter, residence=s.residence,
                sent=sent or self.setting.today, letter_files=s.saved_files,
            )  # fmt: skip
        s.request_id = tracked.row.id
        fresh = [w for w in tracked.warnings if w not in s.warned]
        return Reply(
            wording.tracked(tracked.row, record.name, fresh, in_app=self.setting.in_app),
            request_id=s.request_id,
            company_id=record.id,
        )

    # -- remember ----------------------------------------------------------------------------

    def after_letter(self) -> Reply:
        """Offer to remember the person's details (once), or finish."""
        s = self.state
        stored = s.profile or {}
        same = stored.get("name") == s.name and stored.get("email") == s.email
        if not s.remember_asked and not same and s.name and s.email:
            s.remember_asked = True
            return self.remember_question()
        return self.finish()

    def remember_question(self) -> Reply:
        s = self.state
        s.stage = REMEMBER
        s.expecting = "remember"
        s.suggestions = list(wording.YES_NO)
        return Reply(wording.REMEMBER_QUESTION, choices=list(wording.YES_NO), kind="question")

    def on_remember(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            raise AskAgain(wording.YES_OR_NO)
        s = self.state
        if intent.yes_no:
            details = {"name": s.name, "email": s.email, "residence": s.residence}
            if s.address:
                details["address"] = s.address
            with self.setting.ledger() as ledger:
                ledger.profile_set(details)
                s.profile = ledger.profile_get()
            said = Reply(wording.REMEMBERED)
        else:
            said = Reply(wording.NOT_REMEMBERED)
        return [said, self.finish()]

    def finish(self) -> Reply:
        self.state.finish(list(wording.DONE_CHOICES))
        return Reply(wording.ALL_DONE, choices=self.state.suggestions, kind="done")
