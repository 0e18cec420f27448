"""What one message says: the `Intent` that assistant.understanding.understand fills, and the
fixed vocabularies it draws on (the rights, the question topics, the commands, the length
beyond which a message is not read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from assistant.understanding.companies import CompanyMatch

RIGHT_NAMES = ("access", "deletion", "opt_out", "correction")
QUESTION_TOPICS = (
    "selling", "contact", "deadline", "verification", "right_company", "retention", "agent",
    "collected",
)  # fmt: skip
# The topics the dialogue answers (all of them, from the company's record).
ANSWERED_TOPICS = frozenset(QUESTION_TOPICS)
# Longer messages are refused with a clear line rather than read (they are never a request).
MAX_MESSAGE_CHARS = 5000
COMMANDS = (
    "help", "back", "restart", "cancel", "list_companies", "my_requests", "quit", "forget_profile",
)  # fmt: skip


@dataclass
class Intent:
    """What one message says. Unfilled slots are None; `confidence` has a key per filled slot."""

    text: str
    kind: str = "unknown"  # command|question|request|answer|greeting|yes|no|thanks|unknown
    company: str | None = None
    company_name: str | None = None
    company_span: str | None = None
    companies: list[CompanyMatch] = field(default_factory=list)  # alternatives, best first
    unknown_company: str | None = None  # a name the person seems to give that we do not know
    rejected: list[str] = field(default_factory=list)  # ids named only after "not": "nicht X"
    right: str | None = None
    rights_mentioned: list[str] = field(default_factory=list)
    negated_rights: list[str] = field(default_factory=list)
    right_hint: str | None = None  # e.g. "unsubscribe": not a right by itself
    residence: str | None = None
    residence_text: str | None = None
    name: str | None = None
    email: str | None = None
    email_error: str | None = None
    date: dt.date | None = None
    yes_no: bool | None = None
    command: str | None = None
    question: str | None = None
    correction: bool = False  # "no, I meant ..." / "actually ..."
    topic: str | None = None  # what a question is about, also topics not answered yet
    must_ask: str | None = None  # why `companies` must be asked about: two_companies|entities
    language: str = "en"
    refused: str | None = None  # why the message was not read (too long)
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def ambiguous_company(self) -> bool:
        return self.company is None and len(self.companies) > 1

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "company": self.company,
            "company_name": self.company_name,
            "companies": [c.as_dict() for c in self.companies],
            "right": self.right,
            "negated_rights": self.negated_rights,
            "residence": self.residence,
            "name": self.name,
            "email": self.email,
            "email_error": self.email_error,
            "date": self.date.isoformat() if self.date else None,
            "yes_no": self.yes_no,
            "command": self.command,
            "question": self.question,
            "correction": self.correction,
            "confidence": {k: round(v, 2) for k, v in self.confidence.items()},
        }
