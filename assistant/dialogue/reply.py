"""What the assistant says: one `Reply` per message, with hints a front end may use.

The text is Markdown. The hints: the choices to offer, the company in view, a letter waiting
to be saved (with the words before and after it, for a front end that shows the letter in a
window of its own), the files just saved and the request just tracked.

`AskAgain` is how a step says an answer did not fit: the conversation replies with the reason
and the question it is waiting on, asked again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.letters.model import Letter


@dataclass
class Reply:
    """One message from the assistant, with hints a front end may use."""

    text: str
    choices: list[str] = field(default_factory=list)
    company_id: str | None = None
    letter: Letter | None = None
    files: list[str] = field(default_factory=list)
    request_id: int | None = None
    kind: str = "message"  # message | question | letter | answer | error | done | reminder
    # With a letter: the words before and after it in `text`, so a front end that shows the
    # letter elsewhere can show them without it.
    intro: str = ""
    outro: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "choices": list(self.choices),
            "company": self.company_id,
            "kind": self.kind,
            "files": list(self.files),
            "request_id": self.request_id,
            "letter": self.letter.reference if self.letter is not None else None,
        }


class AskAgain(Exception):
    """Raised by a step when an answer does not fit: say `prefix`, then ask the current
    question again (the conversation knows which)."""

    def __init__(self, prefix: str = "") -> None:
        super().__init__(prefix)
        self.prefix = prefix
