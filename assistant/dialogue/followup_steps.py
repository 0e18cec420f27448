"""Follow-ups and complaints from the conversation: "follow up on request 2", "complain about #3".

The letter is written by assistant.workflow.compose_next, the same use case `rights followup`
and the app's requests screen call: signed by the request's own requester, a polite reminder
before the deadline and an overdue letter only after it, a complaint only once the law allows
one. It is saved in the channel's formats and recorded as sent today (workflow.record_sent),
as `rights followup` does by default. The request is named by its number; a sentence that names
none is answered with the open requests and a question, never a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import workflow
from assistant.dialogue import wording
from assistant.dialogue.letter_steps import FORMATS_BY_CHANNEL
from assistant.dialogue.reply import Reply
from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.dialogue.state import Setting, State

# "follow up on request 2", "follow-up #2", "remind them about request 2", "complain about 3",
# "write a complaint for request #3". English words; the number is what counts.
_ASK = re.compile(
    r"^\s*(?:please\s+)?(?:write\s+(?:a|the)\s+)?"
    r"(?P<what>follow[\s-]?up|reminder|remind|complain|complaint)\b"
    r"(?P<rest>.{0,60})$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?:request\s*)?#?\s*(\d{1,9})\b", re.IGNORECASE)


def parse(text: str) -> tuple[str, int | None] | None:
    """("followup" or "complaint", the request number or None) when `text` asks for one of
    them; None when it does not."""
    found = _ASK.match(text)
    if found is None:
        return None
    what = found["what"].lower()
    kind = "complaint" if what.startswith("complain") else "followup"
    number = _NUMBER.search(found["rest"])
    if number is None and what.startswith("remind"):
        return None  # "remind me tomorrow" is not about a tracked request
    return kind, int(number.group(1)) if number else None


class FollowupSteps:
    """Writes, saves and records a follow-up or complaint for a tracked request."""

    def __init__(self, state: State, setting: Setting) -> None:
        self.state = state
        self.setting = setting

    def run(self, kind: str, request_id: int | None) -> list[Reply]:
        if request_id is None:
            return [self._which(kind)]
        today = self.setting.today
        what = "follow-up" if kind == "followup" else "complaint"
        try:
            with self.setting.ledger() as ledger:
                person = workflow.stored_requester(ledger, request_id) or workflow.requester(
                    ledger.profile_get()
                )
                if person is None:
                    raise UserError(
                        f"I don't know who signs it: request {request_id} was tracked without "
                        "a name, and no name and e-mail are saved. Write a letter with me once "
                        "and let me remember them, then ask again."
                    )
                letter = workflow.compose_next(
                    ledger, self.setting.catalog, request_id, kind, person, today=today
                )
                formats = FORMATS_BY_CHANNEL.get(letter.channel, ("txt",))
                files = workflow.save_letter(letter, self.setting.letters_dir, formats)
                workflow.record_sent(ledger, request_id, kind, files, on=today)
        except UserError as exc:
            return [Reply(f"I can't write that {what}: {exc}", kind="error")]
        said = wording.saved_letter(
            letter,
            request_id,
            files,
            saved_as="Saved:",
            what=what,
            then="Recorded as sent today; send it today.",
        )
        return [Reply(said, files=[str(path) for path in files], request_id=request_id)]

    def _which(self, kind: str) -> Reply:
        what = "follow-up" if kind == "followup" else "complaint"
        with self.setting.ledger() as ledger:
            rows = [r for r in ledger.list_requests() if r.status not in ("fulfilled", "closed")]
        if not rows:
            return Reply(f"There is no open request to write a {what} for.")
        lines = [f"- **#{r.id}** {r.company_name} ({r.right}), sent {r.sent}" for r in rows]
        example = f"{'complain about' if kind == 'complaint' else 'follow up on'} request"
        return Reply(
            f"Which request is the {what} for? Say its number, e.g. *{example} "
            f"{rows[0].id}*.\n\n" + "\n".join(lines),
            kind="question",
        )
