"""The end of a conversation: show the letter, save it, track it, remember the person.

`LetterStage` is a mixin of `assistant.dialogue.Conversation`: the steps after the letter is
written ("Shall I save it?", "Shall I track it?", "Shall I remember your details?"), and
`save_letter`, which a front end's save button calls. It reads and sets the conversation's
state; the methods it needs from the conversation are listed under TYPE_CHECKING.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.dialogue.answers import long_date
from assistant.dialogue.reply import Reply
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.letters.compose import Letter
    from assistant.records.model import CompanyRecord
    from assistant.understanding.understand import Intent

FORMATS_BY_CHANNEL = {"email": ("txt", "eml"), "postal": ("txt", "pdf"), "fax": ("txt", "pdf")}


def how_to_send(channel: str, formats: Sequence[str]) -> str:
    """One line on what to do with the saved files, for the formats that were saved."""
    if channel == "email":
        if "eml" in formats:
            return (
                "Open the .eml file in your mail program (it opens as a draft) or copy the text "
                "into an e-mail."
            )
        return "Copy the text into an e-mail."
    if channel in ("postal", "fax"):
        verb = "Print it, sign it and post it." if channel == "postal" else "Fax it."
        if "pdf" in formats:
            verb = "Print the PDF, sign it and post it." if channel == "postal" else "Fax the PDF."
        return verb
    return {
        "phone": "Keep the text beside you when you call.",
        "webform": "Paste the text into the web form.",
    }.get(channel, "")


class LetterStage:
    """Showing, saving, tracking and remembering: the steps once the letter is written."""

    today: dt.date
    letters_dir: Path | None
    company_id: str | None
    right: str | None
    residence: str | None
    name: str | None
    email: str | None
    address: str | None
    identifiers: dict[str, str]
    correction_text: str | None
    force: bool
    right_confirmed: bool
    profile: dict[str, str] | None
    remember_asked: bool
    finished: bool
    pending_letter: Letter | None
    saved_files: list[str]
    request_id: int | None
    expecting: str | None
    suggestions: list[str]
    stage: str
    _history: list[dict[str, Any]]

    if TYPE_CHECKING:

        def _record(self) -> CompanyRecord: ...
        def _ledger(self) -> Any: ...
        def _advance(self) -> list[Reply]: ...
        def _ask_again(self, prefix: str) -> Reply: ...
        def _error(self, message: str) -> Reply: ...
        def _snapshot(self) -> dict[str, Any]: ...
        def _snapshot_changed(self, before: dict[str, Any]) -> bool: ...

    def _show_letter(self) -> list[Reply]:
        from assistant.letters.compose import LetterRefused, Person, compose_request, to_text

        record = self._record()
        try:
            person = Person(
                name=self.name or "",
                email=self.email or "",
                address=self.address,
                identifiers=dict(self.identifiers),
            )
            letter = compose_request(
                record,
                self.right or "access",
                person,
                residence=self.residence,
                today=self.today,
                force=self.force,
                correction=self.correction_text,
            )
        except LetterRefused as exc:
            self.right_confirmed = False
            self.force = False
            return [self._error(str(exc)), *self._advance()]
        self.pending_letter = letter
        self.stage = "save"
        self.expecting = "save"
        self.suggestions = ["yes", "no"]
        how = {
            "email": "by e-mail",
            "postal": "by post",
            "webform": "through the web form",
            "phone": "by phone",
            "fax": "by fax",
        }.get(letter.channel, letter.channel)
        recipient = letter.recipient.replace("\n", ", ")
        intro = (
            f"Here is your letter to **{letter.recipient_name}**, to send {how} to **{recipient}**:"
        )
        after: list[str] = []
        if letter.note:
            after.append(letter.note)
        after += [f"Note: {warning}" for warning in letter.warnings]
        if letter.attachments:
            after.append("Attach: " + "; ".join(letter.attachments))
        after.append("Shall I save it? (**yes** / **no**)")
        outro = "\n\n".join(after)
        return [
            Reply(
                f"{intro}\n\n```text\n{to_text(letter)}\n```\n\n{outro}",
                choices=["yes", "no"],
                company_id=record.id,
                letter=letter,
                kind="letter",
                intro=intro,
                outro=outro,
            )
        ]

    def _on_save(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            return [self._ask_again("Please answer yes or no.")]
        if not intent.yes_no:
            self.stage = "done"
            self.finished = True
            self.expecting = None
            return [
                Reply(
                    "OK, I haven't saved it. Say **back** to change something, or "
                    "**start over** for another request.",
                    kind="done",
                )
            ]
        letter = self.pending_letter
        assert letter is not None
        return self._save(FORMATS_BY_CHANNEL.get(letter.channel, ("txt",)))

    def save_letter(self, formats: Sequence[str]) -> list[Reply]:
        """Save the letter on show in exactly these formats ("txt", "eml", "pdf"), as a front
        end's save button does. While the conversation asks "Shall I save it?", this is the
        answer yes and the next question is whether to track it; later, the new files join
        those saved before and, once the request is tracked, its letter files in the ledger.
        A format saved already is not written again."""
        before = self._snapshot()
        try:
            replies = self._save(formats)
        except UserError as exc:
            replies = [self._error(str(exc))]
        if self._snapshot_changed(before):
            self._history.append(before)
        return replies

    def _save(self, formats: Sequence[str]) -> list[Reply]:
        from assistant.letters.compose import letters_folder, write_letter

        letter = self.pending_letter
        if letter is None:
            return [self._error("There is no letter to save yet: answer my questions first.")]
        have = {Path(f).suffix.lstrip("."): f for f in self.saved_files}
        wanted = [fmt for fmt in dict.fromkeys(formats) if fmt not in have]
        if not wanted:
            listing = "\n".join(f"- `{have[fmt]}`" for fmt in dict.fromkeys(formats))
            return [Reply(f"That is already saved:\n{listing}")]
        paths = write_letter(letter, self.letters_dir or letters_folder(), wanted)
        written = [str(p) for p in paths]
        self.saved_files = [*self.saved_files, *written]
        if self.request_id is not None:
            with self._ledger() as ledger:
                ledger.add_letter_files(self.request_id, written)
        listing = "\n".join(f"- `{p}`" for p in written)
        saved = Reply(
            f"Saved:\n{listing}\n\n{how_to_send(letter.channel, wanted)}",
            files=written,
            kind="message",
        )
        if self.stage != "save":
            return [saved]
        self.stage = "track"
        return [saved, self._track_question()]

    def _track_question(self) -> Reply:
        self.expecting = "track"
        self.suggestions = ["yes", "no"]
        warnings = self._warnings()
        text = ""
        if warnings:
            text = "\n".join(f"Note: {w}" for w in warnings) + "\n\n"
        text += (
            f"Shall I track this request, assuming you send it today "
            f"({long_date(self.today)})? I'll remind you of every deadline. (**yes** / "
            "**no**)"
        )
        return Reply(text, choices=["yes", "no"], company_id=self.company_id, kind="question")

    def _warnings(self) -> list[str]:
        try:
            from assistant.law.profiles import law_for
            from assistant.ledger.store import warnings_for_new_request

            law = law_for(self.residence, on=self.today) if self.residence else None
            record = self._record()
            with self._ledger() as ledger:
                found = warnings_for_new_request(ledger, record, self.right or "", law, self.today)
        except UserError:
            return []
        # The processor note was shown with the letter already: say it once.
        advice = record.processor.advice if record.processor is not None else None
        letter = self.pending_letter
        if advice and letter is not None and advice in letter.warnings:
            found = [w for w in found if advice not in w]
        return found

    def _on_track(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            return [self._ask_again("Please answer yes or no.")]
        out: list[Reply] = []
        if intent.yes_no:
            out.append(self._track())
        else:
            out.append(Reply("OK, not tracked. You can track it later with `rights track`."))
        return out + self._after_letter()

    def _track(self) -> Reply:
        from assistant.law.deadlines import assumed_receipt, compute_deadlines
        from assistant.law.profiles import law_for

        letter = self.pending_letter
        record = self._record()
        assert letter is not None and self.residence is not None
        received = letter.received or assumed_receipt(self.today, letter.channel)[0]
        deadlines = letter.deadlines
        if deadlines is None:
            law = law_for(self.residence, on=self.today)
            deadlines = compute_deadlines(
                law,
                letter.kind,
                received,
                self.residence,
                record.rights.get(letter.kind).response_days,
            )
        with self._ledger() as ledger:
            self.request_id = ledger.add_request(
                company_id=record.id,
                company_name=record.name,
                right=letter.kind,
                law_id=letter.law_id,
                residence=self.residence,
                channel=letter.channel,
                reference=letter.reference,
                sent=self.today,
                received=received,
                deadlines=deadlines,
                letter_files=self.saved_files,
                recipient=letter.recipient,
            )
        lines = [f"Tracked as request **#{self.request_id}** ({letter.reference})."]
        dates = []
        if deadlines.acknowledge_by:
            dates.append(f"- confirm receipt by **{long_date(deadlines.acknowledge_by)}**")
        if deadlines.respond_by:
            dates.append(f"- answer by **{long_date(deadlines.respond_by)}**")
        if deadlines.extended_respond_by:
            dates.append(
                f"- or by **{long_date(deadlines.extended_respond_by)}** if it tells "
                "you in time that it needs longer"
            )
        if dates:
            lines += ["", f"{record.name} must:", *dates]
        lines += [f"\n{line}" for line in deadlines.explanations]
        lines += ["", "Run `rights reminders` any day to see what needs doing."]
        return Reply("\n".join(lines), request_id=self.request_id, company_id=record.id)

    def _after_letter(self) -> list[Reply]:
        stored = self.profile or {}
        same = stored.get("name") == self.name and stored.get("email") == self.email
        if not self.remember_asked and not same and self.name and self.email:
            self.remember_asked = True
            return [self._remember_question()]
        return [self._finish()]

    def _remember_question(self) -> Reply:
        self.stage = "remember"
        self.expecting = "remember"
        self.suggestions = ["yes", "no"]
        return Reply(
            "Shall I remember your name, e-mail and where you live for next time? "
            "They stay on this computer. (**yes** / **no**)",
            choices=["yes", "no"],
            kind="question",
        )

    def _on_remember(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            return [self._ask_again("Please answer yes or no.")]
        out: list[Reply] = []
        if intent.yes_no:
            details = {"name": self.name, "email": self.email, "residence": self.residence}
            if self.address:
                details["address"] = self.address
            with self._ledger() as ledger:
                ledger.profile_set(details)
                self.profile = ledger.profile_get()
            out.append(
                Reply(
                    "Done: I'll offer them next time. Say **forget my details** "
                    "whenever you want them gone."
                )
            )
        else:
            out.append(Reply("OK, I won't keep them."))
        return [*out, self._finish()]

    def _finish(self) -> Reply:
        self.stage = "done"
        self.expecting = None
        self.finished = True
        self.suggestions = ["start over", "my requests"]
        return Reply(
            "All done. Say **start over** to write another request, ask me about a "
            "company, or **quit**.",
            choices=self.suggestions,
            kind="done",
        )
