"""What a reply says, as data: the event, why, the new dates, and the sentences that decide them.

A `Reading` is what assistant/replies/classify.py makes of one message; `next_step` names the
move that answers it (the letters themselves are composed by assistant/letters/next_steps.py,
through assistant/workflow.py). The event names are the ledger's own (acknowledged,
identity_asked, extended, answered_full, answered_part, denied) plus two that record nothing:
`use_other_channel` (the company wants the request elsewhere) and `not_a_reply` (an
out-of-office, a bounce, a newsletter, a shipping notice, a survey).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

REPLY_EVENTS: tuple[str, ...] = (
    "acknowledged",
    "identity_asked",
    "extended",
    "answered_full",
    "answered_part",
    "denied",
    "use_other_channel",
    "not_a_reply",
)
# What a person may record from a reply: everything but "not an answer".
RECORDABLE_EVENTS = frozenset(REPLY_EVENTS) - {"not_a_reply"}
REASONS: tuple[str, ...] = (
    "not_verified",
    "no_data",
    "exemption",
    "not_controller",
    "outside_jurisdiction",
    "too_many_requests",
    "other",
)

# The suggested move for each event (and, for refusals, each reason); None: nothing to do yet.
NEXT_STEPS: dict[str, str | None] = {
    "acknowledged": None,
    "identity_asked": "identity_objection",
    "extended": "extension_reasons",
    "answered_full": None,
    "answered_part": "missing_items",
    "denied": "appeal",
    "use_other_channel": None,  # use the channel it names (the link is kept with the reply)
    "not_a_reply": None,
}


@dataclass(frozen=True)
class Reading:
    """One reply, understood. `quote` is the sentence that decides the event; `quotes` holds
    the deciding sentence of each field (event, reason, date) when they differ."""

    event: str | None  # None: the reader could not tell (say so; never guess)
    reason: str | None = None
    new_due: str | None = None  # YYYY-MM-DD as the company states it
    extension: dict[str, int] | None = None  # {"days": N} or {"months": N}
    quote: str | None = None
    quotes: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    reference: str | None = None  # our reference (RA-...), if the reply carries it
    domain: str | None = None
    subject: str = ""
    date: str | None = None  # the day the reply was sent (its Date header)
    sender: str = ""
    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    text: str = ""  # the reply's own text, without quoted history
    kind: str | None = None  # not_a_reply: ooo, bounce, survey, shipping, marketing, notice, other
    links: tuple[str, ...] = ()  # web addresses in the reply (a portal for use_other_channel)
    reasons_given: bool = False  # an extension that says why it is needed
    id_document: bool = False  # an ID request that wants a copy of an identity document
    cut: bool = False  # the reply was longer than the reader reads: only its start was read
    confidence: float | None = None  # how sure the learned weights are of `event` (0 to 1)

    @property
    def next(self) -> str | None:
        """The suggested next step (see NEXT_STEPS); a no-data answer offers to ask about
        sources."""
        if self.event == "answered_full" and self.reason == "no_data":
            return "sources_question"
        if self.event is None:
            return None
        if self.event == "extended" and self.reasons_given:
            return None
        if self.event == "identity_asked" and not self.id_document:
            return None  # what is asked may be fair: the person decides (or objects by hand)
        return NEXT_STEPS.get(self.event)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape `rights reply --json` prints (without the matched request)."""
        return {
            "event": self.event,
            "reason": self.reason,
            "new_due": self.new_due,
            "extension": self.extension,
            "quote": self.quote,
            "quotes": dict(self.quotes),
            "language": self.language,
            "reference": self.reference,
            "domain": self.domain,
            "subject": self.subject,
            "date": self.date,
            "attachments": list(self.attachments),
            "kind": self.kind,
            "links": list(self.links),
            "reasons_given": self.reasons_given,
            "id_document": self.id_document,
            "cut": self.cut,
            "confidence": None if self.confidence is None else round(self.confidence, 2),
            "next": self.next,
        }


@dataclass(frozen=True)
class Candidate:
    """A tracked request a reply may answer, and what points to it: "reference", "thread"
    (a reply to a message already kept for that request) or "domain"."""

    request_id: int
    company: str
    why: str


@dataclass(frozen=True)
class Match:
    """The requests a reply may belong to; `certain` only when our reference or the thread
    headers name one request (a domain alone never does: the front end asks)."""

    candidates: tuple[Candidate, ...]
    certain: bool

    @property
    def request_id(self) -> int | None:
        return self.candidates[0].request_id if self.certain else None

    def describe(self) -> str:
        """'3 (Fnac Darty), 5 (Fnac Darty)'."""
        return ", ".join(f"{c.request_id} ({c.company})" for c in self.candidates)


def registrable(domain: str | None) -> str | None:
    """'e.asos.com' -> 'asos.com', 'mail.bt.co.uk' -> 'bt.co.uk' (enough to compare senders)."""
    if not domain:
        return None
    labels = domain.lower().strip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov") else 2
    return ".".join(labels[-keep:])


def domains_in(text: str) -> set[str]:
    """The registrable domains of the e-mail addresses and web addresses in `text`."""
    hits = re.findall(r"@([\w.-]+)|//(?:www\.)?([\w.-]+)", text)
    return {d for d in (registrable(a or b) for a, b in hits) if d}


def same_company(domain: str, company_id: str) -> bool:
    """A sender's domain that spells the company's id ('fnacdarty.com' for 'fnac'), 4+ letters."""
    name = domain.split(".")[0].replace("-", "")
    company = company_id.replace("-", "").replace("_", "").lower()
    short, long = sorted((company, name), key=len)
    return len(short) >= 4 and long.startswith(short)
