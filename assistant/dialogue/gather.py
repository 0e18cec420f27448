"""What the letter still needs, in order, and how each thing is asked.

`Gather.advance` is the order of questions: the company, the right (and, when the policy says
the right is not offered or moot, whether to write anyway), whether to use the remembered
details, where the person lives, their name and e-mail, what a correction should say, a
contact when the record has none, a postal address only when the letter needs one, the
identifying details the record asks for; when nothing is missing it shows the letter. Each
`ask_*` sets what the conversation is expecting and returns the question.

`Gather` works on a conversation's `State` (composition, not inheritance); the answers to its
questions are taken by assistant.dialogue.company_steps and assistant.dialogue.detail_steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.dialogue import wording
from assistant.dialogue.answers import (
    asks_for_postal_address,
    identifiers_question,
    identifying_details,
)
from assistant.dialogue.reply import Reply
from assistant.dialogue.state import GATHER, Setting, State
from assistant.errors import UserError
from assistant.vocabulary import RIGHT_CHOICES, RIGHTS

if TYPE_CHECKING:
    from assistant.dialogue.letter_steps import LetterSteps
    from assistant.records.model import CompanyRecord

_BY_POST = ("postal", "fax")


class Gather:
    """The questions that gather what a letter needs, over one conversation's state."""

    def __init__(self, state: State, setting: Setting, letters: LetterSteps) -> None:
        self.state = state
        self.setting = setting
        self.letters = letters

    def advance(self) -> list[Reply]:
        """Ask for the first thing still missing, or show the letter."""
        from assistant.letters.model import LetterRefused
        from assistant.letters.routing import assess_right

        s = self.state
        s.stage = GATHER
        if s.company is None and s.unknown_name and s.expecting == "unknown_contact":
            return [self.unknown_company(s.unknown_name)]  # still waiting for its address
        if s.company is None:
            return [self.ask_choice() if s.candidates else self.ask_company()]
        if s.right is None:
            return [self.ask_right()]
        record = s.record()
        if not s.right_confirmed and not s.force:
            problem = assess_right(record, s.right)
            if problem:
                return [self.ask_right_confirm(problem)]
            s.right_confirmed = True
        if not s.profile_decided and s.profile and s.profile.get("name"):
            return [self.ask_profile()]
        if s.residence is None:
            return [self.ask_residence(record)]
        if s.name is None:
            return [self.ask_name(record)]
        if s.email is None:
            return [self.ask_email(record)]
        if s.right == "correction" and not s.correction_text:
            return [self.ask_correction()]
        channel = self.route(record)
        if channel is None or (not record.contacts and not s.contact_asked):
            return [self.ask_contact(record, has_route=channel is not None)]
        if (channel in _BY_POST or asks_for_postal_address(record)) and not s.address:
            return [self.ask_address(record, by_post=channel in _BY_POST)]
        if not s.identifiers_done:
            typed, documents = identifying_details(record)
            if typed or documents:
                return [self.ask_identifiers(record, typed, documents)]
            s.identifiers_done = True
        try:
            return self.letters.show()
        except LetterRefused as exc:
            s.right_confirmed = False
            s.force = False
            return [Reply(str(exc), kind="error"), *self.advance()]

    def route(self, record: CompanyRecord) -> str | None:
        """The channel the letter would go by (None when the record gives no way at all)."""
        from assistant.letters.routing import choose_route

        try:
            return choose_route(record, self.state.right or "access").channel
        except UserError:
            return None

    # -- the company -------------------------------------------------------------------------

    def ask_company(self) -> Reply:
        s = self.state
        s.expecting = "company"
        s.suggestions = self.setting.seed_names()
        return Reply(wording.company_question(s.right), choices=s.suggestions, kind="question")

    def ask_choice(self) -> Reply:
        s = self.state
        s.expecting = "company_choice"
        s.suggestions = [name for _id, name in s.candidates]
        return Reply(wording.choice_question(s.candidates), choices=s.suggestions, kind="question")

    def unknown_company(self, name: str) -> Reply:
        """The catalog has no `name`: offer near matches, or a letter to a contact given."""
        s = self.state
        hits = self.setting.catalog.search(name, limit=5)
        s.candidates = [(h.id, h.name) for h in hits]
        s.suggestions = [h.name for h in hits]
        s.expecting = "unknown_contact"
        said = wording.unknown_company(name, hits, in_app=self.setting.in_app)
        return Reply(said, choices=s.suggestions, kind="question")

    # -- the right ---------------------------------------------------------------------------

    def ask_right(self) -> Reply:
        s = self.state
        record = s.record()
        s.expecting = "right"
        offered = [r for r in RIGHTS if record.rights.get(r).offered is True]
        order = offered + [r for r in RIGHTS if r not in offered]
        s.suggestions = [RIGHT_CHOICES[r] for r in order]
        return Reply(
            wording.right_question(record),
            choices=s.suggestions,
            company_id=s.company_id,
            kind="question",
        )

    def ask_right_confirm(self, problem: str) -> Reply:
        s = self.state
        s.expecting = "right_confirm"
        s.suggestions = list(wording.YES_NO)
        return Reply(
            wording.RIGHT_PROBLEM.format(problem=problem),
            choices=list(wording.YES_NO),
            company_id=s.company_id,
            kind="question",
        )

    # -- the person --------------------------------------------------------------------------

    def ask_profile(self) -> Reply:
        s = self.state
        p = s.profile or {}
        s.expecting = "use_profile"
        shown = [p.get("name"), p.get("email")]
        if p.get("residence"):
            from assistant.law.profiles import residence_name

            shown.append(residence_name(p["residence"]))
        s.suggestions = list(wording.YES_NO)
        return Reply(
            wording.PROFILE_QUESTION.format(details=", ".join(x for x in shown if x)),
            choices=list(wording.YES_NO),
            kind="question",
        )

    def ask_residence(self, record: CompanyRecord) -> Reply:
        s = self.state
        s.expecting = "residence"
        s.suggestions = list(wording.RESIDENCE_CHOICES)
        return Reply(
            wording.RESIDENCE_QUESTION.format(company=record.name),
            choices=s.suggestions,
            kind="question",
        )

    def ask_name(self, record: CompanyRecord) -> Reply:
        self.state.expecting = "name"
        self.state.suggestions = []
        return Reply(wording.NAME_QUESTION.format(company=record.name), kind="question")

    def ask_email(self, record: CompanyRecord) -> Reply:
        self.state.expecting = "email"
        return Reply(wording.EMAIL_QUESTION.format(company=record.name), kind="question")

    # -- what the letter says and where it goes ----------------------------------------------

    def ask_correction(self) -> Reply:
        self.state.expecting = "correction_text"
        return Reply(wording.CORRECTION_QUESTION, kind="question")

    def ask_contact(self, record: CompanyRecord, *, has_route: bool) -> Reply:
        """The record names no contact for requests: ask for one (or, with a website to point
        the letter at, whether to go with that)."""
        s = self.state
        s.expecting = "contact_needed"
        s.contact_asked = True
        choices = []
        if has_route:
            s.suggestions = choices = ["yes"]
        return Reply(
            wording.contact_question(record, has_route=has_route),
            choices=list(choices),
            company_id=s.company_id,
            kind="question",
        )

    def ask_address(self, record: CompanyRecord, *, by_post: bool) -> Reply:
        self.state.expecting = "address"
        return Reply(wording.address_question(record.name, by_post=by_post), kind="question")

    def ask_identifiers(
        self, record: CompanyRecord, typed: list[str], documents: list[str]
    ) -> Reply:
        s = self.state
        s.expecting = "identifiers"
        s.suggestions = ["yes"]
        return Reply(
            identifiers_question(record, typed, documents),
            choices=["yes"],
            company_id=s.company_id,
            kind="question",
        )
