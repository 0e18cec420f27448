"""What a letter is: the person it is for, the finished letter, its route, and the fixed words.

`Person` (who the letter is for; every field passes through assistant.textsafety when one is
made), `Letter` (a finished letter: what it says, where it goes and how), `Route` (the channel
and address a letter goes by), `LetterRefused`, and the constants the rest of
assistant.letters shares: the kinds of letter and their output formats, the channel order and
labels, the phrases naming each right, and the few numbers a letter states.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.records.model import RIGHTS

if TYPE_CHECKING:
    from assistant.records.model import Contact

KINDS: tuple[str, ...] = (
    *RIGHTS,
    "followup_reminder",  # a polite reminder before the deadline: never claims lateness
    "followup_overdue",
    "followup_extension",
    "complaint",
    # the next steps after a company's reply (assistant.letters.next_steps.NEXT_KINDS)
    "identity_objection",
    "extension_reasons",
    "missing_items",
    "appeal",
    "sources_question",
)
FORMATS: tuple[str, ...] = ("txt", "eml", "pdf")
# The order in which a channel is chosen among the contacts a record gives for a right.
CHANNEL_ORDER: tuple[str, ...] = ("email", "postal", "webform", "fax", "phone")
CHANNEL_LABELS: dict[str, str] = {
    "email": "e-mail",
    "postal": "post",
    "webform": "web form",
    "fax": "fax",
    "phone": "telephone",
}
RIGHT_PHRASES: dict[str, str] = {
    "access": "access to my personal information",
    "deletion": "the deletion of my personal information",
    "opt_out": "an opt-out of the sale and sharing of my personal information",
    "correction": "the correction of my personal information",
}
# Laws whose access right also covers retention, automated decisions and transfers.
FULL_ACCESS_LAWS: frozenset[str] = frozenset({"gdpr", "uk-gdpr", "fadp", "lgpd", "eea-gdpr"})
# Each law's family: the templates write one set of paragraphs per family (see letters/en/).
LAW_FAMILIES: dict[str, str] = {
    "gdpr": "gdpr",
    "uk-gdpr": "gdpr",
    "fadp": "fadp",
    "ccpa": "ccpa",
    "pipeda": "pipeda",
    "alberta-pipa": "pipeda",
    "bc-pipa": "pipeda",
    "quebec-law25": "quebec",
    "lgpd": "lgpd",
    "hipaa-access": "hipaa",
}
MSGID_DOMAIN = "rights-assistant.invalid"
REPLY_DAYS = 14  # time a follow-up gives the company to answer (a request, not a legal term)


class LetterRefused(UserError):
    """The policy says the right is not offered, or is moot; carries the sentence saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(
            message, hint="add --force to write the letter anyway, phrased to fit the policy"
        )


@dataclass(frozen=True)
class Person:
    """Who the letter is for. Every field is checked and cleaned when the Person is made."""

    name: str
    email: str
    address: str | None = None
    identifiers: Mapping[str, str] = field(default_factory=dict)
    agent_name: str | None = None

    def __post_init__(self) -> None:
        set_ = functools.partial(object.__setattr__, self)
        set_("name", textsafety.clean_line(self.name, "name"))
        set_("email", textsafety.clean_email(self.email))
        if self.address is not None:
            set_("address", textsafety.clean_address(self.address))
        if self.agent_name is not None:
            set_("agent_name", textsafety.clean_line(self.agent_name, "agent"))
        cleaned: dict[str, str] = {}
        for label, value in dict(self.identifiers).items():
            key = textsafety.clean_line(label, "label")
            cleaned[key] = textsafety.clean_line(value, f"detail {key!r}", limit=300)
        set_("identifiers", cleaned)


@dataclass(frozen=True)
class Letter:
    """A finished letter: what it says, where it goes and how."""

    kind: str
    company_id: str
    subject: str
    body: str
    recipient_name: str
    recipient: str
    channel: str
    reference: str
    date: dt.date
    law_id: str | None
    sender_name: str
    sender_email: str
    sender_address: str | None
    right: str | None = None
    residence: str | None = None
    signature: str = ""
    note: str | None = None  # how to send it (e.g. "paste into the form at ...")
    attachments: tuple[str, ...] = ()  # what the letter says is attached ("Attached: ...")
    # Files that go with an e-mail draft as attachments: (file name, contents).
    enclosures: tuple[tuple[str, bytes], ...] = ()
    warnings: tuple[str, ...] = ()  # things the person should know; never part of the letter
    missing_details: tuple[str, ...] = ()  # what the company asks for that the person did not give
    received: dt.date | None = None
    deadlines: Any = None  # assistant.law.deadlines.Deadlines for a first request
    language: str = "en"
    paper: str = "A4"  # "Letter" for a letter to (or printed in) the US or Canada
    requester: Person | None = None  # who the request is for and who signs (kept in the ledger)


@dataclass(frozen=True)
class Route:
    """Where a letter goes: the channel, the address or number, and the contact it came from."""

    channel: str
    recipient: str
    contact: Contact | None = None
    to_authority: bool = False  # a regulator's complaint form or mailbox, not the company's
