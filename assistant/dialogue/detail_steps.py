"""Answers to the questions about the request and the person: the right, where they live,
their name, e-mail, postal address, what a correction should say, a contact for the company,
and the identifying details the company asks for.

`DetailSteps` has one handler per thing the conversation may be expecting (the table is in
assistant.dialogue.conversation). Each checks the answer, records it in the conversation's
`State` and asks the next question through `Gather`; an answer that does not fit raises
`AskAgain` with the reason, and the conversation asks the same question again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import textsafety
from assistant.dialogue import wording
from assistant.dialogue.answers import identifying_details
from assistant.dialogue.parsing import parse_contact, parse_details, pick_from
from assistant.dialogue.reply import AskAgain, Reply
from assistant.errors import UserError
from assistant.law.profiles import residence_name
from assistant.vocabulary import RIGHT_CHOICES, RIGHTS

if TYPE_CHECKING:
    from assistant.dialogue.gather import Gather
    from assistant.dialogue.state import Setting, State
    from assistant.understanding.intent import Intent


class DetailSteps:
    """The answers that fill in the letter, over one conversation's state."""

    def __init__(self, state: State, setting: Setting, gather: Gather) -> None:
        self.state = state
        self.setting = setting
        self.gather = gather

    # -- the right ---------------------------------------------------------------------------

    def on_right(self, text: str, intent: Intent) -> list[Reply]:
        if intent.right:
            self.state.set_right(intent.right)
            return self.gather.advance()
        if intent.right_hint == "unsubscribe":
            raise AskAgain(wording.UNSUBSCRIBE_WHICH_RIGHT)
        pick = pick_from(text, [RIGHT_CHOICES[r] for r in RIGHTS])
        if pick is not None:
            self.state.set_right(RIGHTS[pick])
            return self.gather.advance()
        if intent.residence:  # "Utrecht": where the person lives, said before the right
            self.state.set_residence(intent.residence)
            place = residence_name(intent.residence)
            raise AskAgain(f"{wording.PLACE_NOTED.format(place=place)}\n\n{wording.WHICH_RIGHT}")
        raise AskAgain(wording.WHICH_RIGHT)

    def on_right_confirm(self, text: str, intent: Intent) -> list[Reply]:
        """The policy says the right is not offered or moot: write anyway?"""
        s = self.state
        if intent.right and intent.right != s.right:
            s.set_right(intent.right)
            return self.gather.advance()
        if intent.yes_no is True:
            s.force = True
            s.right_confirmed = True
            return [Reply(wording.WRITE_ANYWAY), *self.gather.advance()]
        if intent.yes_no is False:
            s.right = None
            return [self.gather.ask_right()]
        raise AskAgain(wording.YES_OR_NO)

    # -- the person --------------------------------------------------------------------------

    def on_use_profile(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        if intent.yes_no is None:
            raise AskAgain(wording.YES_OR_NO)
        s.profile_decided = True
        if intent.yes_no and s.profile:
            s.name = s.profile.get("name") or s.name
            s.email = s.profile.get("email") or s.email
            s.address = s.profile.get("address") or s.address
            if s.profile.get("residence") and not s.residence:
                s.residence = s.profile["residence"]
            s.remember_asked = True
        return self.gather.advance()

    def on_residence(self, text: str, intent: Intent) -> list[Reply]:
        if not intent.residence:
            raise AskAgain(wording.UNKNOWN_PLACE)
        return [
            settle_residence(self.state, self.setting, intent.residence),
            *self.gather.advance(),
        ]

    def on_name(self, text: str, intent: Intent) -> list[Reply]:
        if intent.email and not intent.name:
            self.state.email = intent.email
            raise AskAgain(wording.EMAIL_NOTED)
        if not intent.name and intent.residence and intent.residence != self.state.residence:
            said = settle_residence(self.state, self.setting, intent.residence)
            raise AskAgain(said.text)  # "sorry, I meant Florida": the place, then the name again
        if not intent.name:
            raise AskAgain(wording.NOT_A_NAME)
        try:
            self.state.name = textsafety.clean_line(intent.name, "name")
        except UserError as exc:
            raise AskAgain(str(exc)) from exc
        if intent.email:  # "Maria De Luca, maria@tiscali.it": both answers at once
            self.state.email = intent.email
        return self.gather.advance()

    def on_email(self, text: str, intent: Intent) -> list[Reply]:
        if intent.email:
            self.state.email = intent.email
            return self.gather.advance()
        return [Reply(wording.bad_email(intent.email_error), kind="error")]

    def on_address(self, text: str, intent: Intent) -> list[Reply]:
        if len(text) < 8 or (not re.search(r"\d", text) and "," not in text):
            raise AskAgain(wording.ADDRESS_TOO_SHORT)
        if intent.yes_no is not None and not re.search(r"\d", text):
            raise AskAgain(wording.ADDRESS_NOT_AN_ANSWER)  # "oui, suivez-la" is no address
        try:
            self.state.address = textsafety.clean_address(text.replace(", ", "\n"))
        except UserError as exc:
            raise AskAgain(str(exc)) from exc
        return self.gather.advance()

    # -- what the letter says and where it goes ----------------------------------------------

    def on_correction_text(self, text: str, intent: Intent) -> list[Reply]:
        # A bare "yes" / "oui" / "ok" says nothing of what is wrong: never put it in a letter.
        if len(text) < 3 or (intent.yes_no is not None and len(text.split()) <= 2):
            raise AskAgain(wording.SAY_WHAT_IS_WRONG)
        self.state.correction_text = text
        return self.gather.advance()

    def on_contact_needed(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        if intent.yes_no is True and self.gather.route(s.record()) is not None:
            return self.gather.advance()
        contact = parse_contact(text, intent.email)
        if contact is None:
            raise AskAgain(wording.NOT_A_CONTACT)
        s.contact_override = contact
        s.pending_letter = None
        return [Reply(wording.SENDING_TO.format(value=contact["value"])), *self.gather.advance()]

    def on_identifiers(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        typed, _documents = identifying_details(s.record())
        if intent.yes_no is not None or text.lower().strip(" .!") in ("skip", "none", "no"):
            s.identifiers_done = True
            return self.gather.advance()
        given = parse_details(text, typed)
        if not given:
            raise AskAgain(wording.DETAILS_AS_LABELS)
        s.identifiers.update(given)
        s.identifiers_done = True
        return [
            Reply(wording.DETAILS_NOTED.format(labels=", ".join(given))),
            *self.gather.advance(),
        ]


def settle_residence(state: State, setting: Setting, code: str) -> Reply:
    """Record where the person lives, and say which law that brings (or that none does),
    judged as the letter judges it: from both sides, so a company established in the EU is
    under the GDPR whoever writes (assistant.law.applicable)."""
    from assistant.law.applicable import applicable_laws
    from assistant.law.profiles import law_for

    state.set_residence(code)
    place = residence_name(code)
    own = law_for(code, on=setting.today)
    if state.company is None:  # no company yet: only the person's side is known
        law = own
    else:
        found = applicable_laws(state.record(), code, state.right or "access", today=setting.today)
        primary = found.primary
        if primary is not None and primary.reason == "establishment" and own != primary.law:
            return Reply(  # "Mexico: ... WhatsApp Ireland is established in Ireland, so ..."
                wording.LAW_BY_ESTABLISHMENT.format(
                    place=place, law=primary.law.short_name, why=primary.explanation
                )
            )
        law = primary.law if primary is not None else None
        if law is None and found.notes:  # a law of their own that does not reach the company
            return Reply(f"{place}: {found.notes[0]}")
    if law is not None:
        return Reply(wording.LAW_APPLIES.format(place=place, law=law.short_name))
    company = state.record().name if state.company is not None else "the company"
    return Reply(wording.NO_LAW.format(place=place, company=company))
