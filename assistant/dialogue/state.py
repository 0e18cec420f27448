"""What a conversation knows: the facts gathered so far, where it stands, and what it works with.

`State` is plain data: the company, the right, the person's details, the letter on show, the
files saved, the request tracked, the `stage` and the answer the conversation is `expecting`,
with the few setters that keep related facts consistent (a new right drops the letter written
for the old one). `SLOTS` are the fields "back" restores and "start over" clears; the rest
(the remembered profile, whether the conversation is finished, the undo history) lasts for the
whole conversation.

`Setting` is what the conversation works with and never changes: the catalog, the day it treats
as today, and where the ledger and the letters are.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.vocabulary import RIGHTS

if TYPE_CHECKING:
    from assistant.ledger.store import Ledger
    from assistant.letters.model import Letter
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord
    from assistant.understanding.intent import Intent

# The stages of a conversation, in order.
GATHER = "gather"  # asking what the letter needs
SAVE = "save"  # the letter is on show: "Shall I save it?"
TRACK = "track"  # saved: "Shall I track this request?"
REMEMBER = "remember"  # "Shall I remember your details?"
DONE = "done"  # finished (or quit): a new company or right starts a new request

# The fields "back" restores and "start over" clears; a change to any of them makes an answer
# worth undoing.
SLOTS = (
    "company", "right", "residence", "name", "email", "address", "identifiers",
    "identifiers_done", "correction_text", "contact_override", "contact_asked", "force",
    "right_confirmed", "profile_decided", "candidates", "unknown_name", "contact_unsure",
    "pending_letter",
    "saved_files", "request_id", "warned", "expecting", "suggestions", "stage",
)  # fmt: skip

Snapshot = dict[str, Any]


@dataclass
class State:
    """Everything one conversation knows. The steps read and set these fields directly."""

    # -- the request being gathered (SLOTS) --
    company: CompanyRecord | None = None
    right: str | None = None
    residence: str | None = None  # a residence code: "US-CA", "DE"
    name: str | None = None
    email: str | None = None
    address: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)  # label -> value
    identifiers_done: bool = False
    correction_text: str | None = None
    contact_override: dict[str, str] | None = None  # {"kind", "value"} given by the person
    contact_asked: bool = False
    force: bool = False  # write the letter although the policy says the right is moot
    right_confirmed: bool = False
    profile_decided: bool = False
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (id, name): "which one?"
    unknown_name: str | None = None  # a company named that the catalog does not know
    contact_unsure: dict[str, str] | None = None  # an address given for it: whose is it?
    pending_letter: Letter | None = None
    saved_files: list[str] = field(default_factory=list)
    request_id: int | None = None
    warned: list[str] = field(default_factory=list)  # shown with "Shall I track this request?"
    expecting: str | None = "company"
    suggestions: list[str] = field(default_factory=list)
    stage: str = GATHER

    # -- the whole conversation --
    profile: dict[str, str] | None = None  # the details the person asked to be remembered
    remember_asked: bool = False
    finished: bool = False
    last_intent: Intent | None = None
    asked_about: str | None = None  # the company last asked about: "them" when none is chosen
    history: list[Snapshot] = field(default_factory=list)  # for "back"

    @property
    def company_id(self) -> str | None:
        return self.company.id if self.company is not None else None

    # -- undo ------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return {name: copy.copy(getattr(self, name)) for name in SLOTS}

    def restore(self, snap: Snapshot) -> None:
        for name, value in snap.items():
            setattr(self, name, value)

    def keep_for_undo(self, before: Snapshot) -> None:
        """Remember `before` for "back" if anything in SLOTS has changed since."""
        now = self.snapshot()
        if any(now[k] is not before[k] and now[k] != before[k] for k in SLOTS):
            self.history.append(before)

    # -- setters that keep related facts consistent -----------------------------------------

    def reset(self) -> None:
        """Clear the request being gathered (SLOTS); the rest stays."""
        fresh = State()
        for name in SLOTS:
            setattr(self, name, getattr(fresh, name))

    def new_request(self) -> None:
        """After a finished request: start another, keeping who the person is."""
        keep = (self.residence, self.name, self.email, self.address)
        self.reset()
        self.residence, self.name, self.email, self.address = keep
        self.profile_decided = True
        self.finished = False

    def set_company(self, record: CompanyRecord) -> None:
        self.company = record
        self.candidates = []
        self.unknown_name = None
        self.asked_about = None  # used, or overtaken by the company chosen
        self.clear_letter_facts()
        self.suggestions = []

    def set_right(self, right: str) -> None:
        if right != self.right:
            self.right = right
            self.force = False
            self.right_confirmed = False
            self.correction_text = None if right != "correction" else self.correction_text
            self.pending_letter = None

    def set_residence(self, residence: str) -> None:
        self.residence = residence
        self.pending_letter = None

    def clear_letter_facts(self) -> None:
        """Forget what was gathered for one company's letter."""
        self.identifiers = {}
        self.identifiers_done = False
        self.contact_override = None
        self.contact_asked = False
        self.force = False
        self.right_confirmed = False
        self.pending_letter = None

    def finish(self, suggestions: list[str] | None = None) -> None:
        """The request is finished (or the person quit): nothing more is expected."""
        self.stage = DONE
        self.expecting = None
        self.finished = True
        if suggestions is not None:
            self.suggestions = suggestions

    # -- derived ---------------------------------------------------------------------------

    def record(self) -> CompanyRecord:
        """The chosen company's record, with the contact the person gave in place of its own."""
        assert self.company is not None
        record = self.company
        if self.contact_override is None:
            return record
        from assistant.records.model import Contact

        contact = {
            "id": "given-by-you",
            "purpose": "Given by you for this request.",
            **self.contact_override,
        }
        record = record.model_copy(update={"contacts": [Contact.model_validate(contact)]})
        if record.rights.get(self.right or "access").contacts:
            rights = record.rights.model_copy(
                update={r: record.rights.get(r).model_copy(update={"contacts": []}) for r in RIGHTS}
            )
            record = record.model_copy(update={"rights": rights})
        return record


@dataclass(frozen=True)
class Setting:
    """What a conversation works with: fixed for its life."""

    catalog: Catalog
    today: dt.date
    ledger_path: Path | None = None  # None: the data directory's ledger
    letters_dir: Path | None = None  # None: the data directory's letters/ folder
    in_app: bool = False  # the terminal app (it has keys and buttons), not a command line

    def ledger(self) -> Ledger:
        """The ledger, opened (use it in a `with` block)."""
        from assistant.ledger.store import Ledger

        return Ledger.open(self.ledger_path)

    def seed_names(self) -> list[str]:
        """The hand-written records (whole TOML files, not bundle lines), for suggestions."""
        names = []
        for company_id, location in self.catalog.locations.items():
            if location.line == 0:
                try:
                    names.append(self.catalog.get(company_id).name)
                except UserError:
                    continue
        return sorted(names)[:8]
