"""Answers about which company: a name, a pick from a list, a contact for one the catalog lacks.

`CompanySteps` takes the answers while the conversation expects a company ("company",
"company_choice", "unknown_contact"), and the company, right or place a person mentions out of
turn ("no, I meant Cloudmed", "actually, delete it"). It works on a conversation's `State` and
asks its next question through `Gather` (composition: the conversation holds one of each).
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING

from assistant import textsafety
from assistant.dialogue import wording
from assistant.dialogue.detail_steps import settle_residence
from assistant.dialogue.parsing import manual_record, parse_contact, pick_from
from assistant.dialogue.reply import AskAgain, Reply
from assistant.errors import UserError
from assistant.law.profiles import residence_name
from assistant.records.search import fold
from assistant.understanding.slots import looks_like_person_name

if TYPE_CHECKING:
    from assistant.dialogue.gather import Gather
    from assistant.dialogue.state import Setting, State
    from assistant.understanding.intent import Intent


# "I live in Leeds", "ich wohne in Köln": a place said as where the person lives
_LIVES = re.compile(
    r"\b(?:live|living|lives|based|reside|resident|wohne|lebe|habite|vis|vivo|abito|woon|woonachtig)\b",
    re.IGNORECASE,
)


# How many entities a "which one?" question lists: a brand's country sites fit (Amazon has 7).
CHOICES = 8
_ENTITY_WORDS = re.compile(r"\b(?:one|entity|site|shop|store|version|branch)\b", re.IGNORECASE)


def _says_home(text: str) -> bool:
    """ "I live in Leeds", or a bare place ("London", "Richmond, VA") given as the answer to
    "which one?": where the person lives; not "the German one" (an entity)."""
    if _ENTITY_WORDS.search(text):
        return False
    first = re.split(r"[.!?;]\s", text, maxsplit=1)[0]  # "Manchester. my name's Tom ..."
    return bool(_LIVES.search(text)) or len(first.split()) <= 3


def _domain_fits(email: str, company: str | None) -> bool:
    """Whether an e-mail address's domain carries a word of the company's name (privacy@
    movistar.es for Movistar); a personal mailbox at another domain does not."""
    from assistant.records.search import normalise

    domain = email.rpartition("@")[2].lower()
    words = [w for w in normalise(company or "").split() if len(w) >= 3]
    squashed = "".join(words)
    return any(w in domain for w in words) or bool(squashed and squashed in domain.replace("-", ""))


class CompanySteps:
    """Choosing the company, over one conversation's state."""

    def __init__(self, state: State, setting: Setting, gather: Gather) -> None:
        self.state = state
        self.setting = setting
        self.gather = gather

    def set_company(self, company_id: str) -> list[Reply]:
        """Choose the company (and say so, with where its record comes from)."""
        s = self.state
        record = self.setting.catalog.get(company_id)
        switched = s.company is not None and s.company.id != record.id
        s.set_company(record)
        return [Reply(wording.company_found(record, switched=switched), company_id=record.id)]

    # -- facts mentioned out of turn ---------------------------------------------------------

    def absorb(self, intent: Intent) -> list[Reply]:
        """Take a new company, right or residence mentioned out of turn."""
        s = self.state
        out: list[Reply] = []
        sure = intent.confidence.get("company", 0) >= 0.9 or s.company is None
        if intent.company and intent.company != s.company_id and sure:
            out += self.set_company(intent.company)
        if (
            intent.right
            and intent.right != s.right
            and (s.expecting == "right" or intent.confidence.get("right", 0) >= 0.8)
        ):
            s.set_right(intent.right)
            out.append(Reply(wording.right_taken(intent.right)))
        if intent.residence and intent.residence != s.residence and s.expecting != "name":
            s.set_residence(intent.residence)
        if s.expecting is None:
            self.take_sender(intent)
        return out

    def take_sender(self, intent: Intent) -> None:
        """The name ("my name is Siobhán Ní Bhriain") and e-mail said up front, before they
        are asked, when none is known yet."""
        s = self.state
        if intent.name and s.name is None:
            with contextlib.suppress(UserError):
                s.name = textsafety.clean_line(intent.name, "name")
        if intent.email and s.email is None:
            s.email = intent.email

    def apply_correction(self, intent: Intent) -> list[Reply]:
        """ "No, I meant Cloudmed" / "no, delete it instead"."""
        s = self.state
        out: list[Reply] = []
        if intent.company and intent.company != s.company_id:
            out += self.set_company(intent.company)
        if intent.right and intent.right != s.right:
            s.set_right(intent.right)
            out.append(Reply(wording.right_taken(intent.right, instead=True)))
        return out

    def drop_company(self) -> list[Reply]:
        """The person said the company in view is not the one ("nicht MediaMarkt") and named
        none the catalog knows: drop it and ask, rather than write to it."""
        s = self.state
        name = s.company.name if s.company else "that company"
        s.company = None
        s.candidates = []
        return [Reply(wording.NOT_THAT_COMPANY.format(name=name)), self.gather.ask_company()]

    def switch_to_choice(self, intent: Intent) -> list[Reply] | None:
        """ "Not Google, Amazon": the company named instead has several entities. The one
        serving where the person lives is taken when that settles it; otherwise the old
        company is dropped and the person chooses. None when this is no such switch."""
        s = self.state
        ids = [m.id for m in intent.companies[:CHOICES]]
        offered = {company_id for company_id, _name in s.candidates}
        chosen_dropped = bool(s.company) and s.company_id not in ids
        # "it's Experian, not Equifax" while Equifax's entities are on offer: Experian's instead
        offer_dropped = s.company is None and bool(offered) and not offered & set(ids)
        if not (intent.ambiguous_company and ids and (chosen_dropped or offer_dropped)):
            return None
        if s.residence:
            country = s.residence.split("-")[0]
            serving = [i for i in ids if country in self.setting.catalog.get(i).countries]
            if len(serving) == 1:
                return self.set_company(serving[0])
        s.company = None
        s.candidates = self.options([(m.id, m.name) for m in intent.companies[:CHOICES]])
        return [self.gather.ask_choice()]

    def means_company_asked_about(self, intent: Intent) -> bool:
        """A request naming no company ("I want them to delete my data") right after a
        question about one, while no company is chosen: it means that one."""
        s = self.state
        return bool(
            s.asked_about
            and s.company is None
            and s.expecting == "company"
            and not s.candidates
            and intent.right
            and not (intent.company or intent.companies or intent.unknown_company)
        )

    def take_company_asked_about(self, intent: Intent) -> list[Reply]:
        s = self.state
        assert s.asked_about is not None
        out = self.set_company(s.asked_about)
        s.set_right(intent.right or "")
        if intent.residence:
            s.set_residence(intent.residence)
        return out + self.gather.advance()

    # -- expecting "company" -----------------------------------------------------------------

    def on_company(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        self.take_sender(intent)
        if intent.right:
            s.set_right(intent.right)
        if intent.residence:
            s.set_residence(intent.residence)
        if intent.company:
            return self.set_company(intent.company) + self.gather.advance()
        if intent.companies and intent.ambiguous_company and (intent.companies[0].score >= 0.75):
            s.candidates = self.options([(m.id, m.name) for m in intent.companies[:CHOICES]])
            return [self.gather.ask_choice()]
        if intent.right and not intent.unknown_company:
            return self.gather.advance()
        if intent.right_hint == "unsubscribe":
            return [
                Reply(
                    wording.UNSUBSCRIBE_WHICH_COMPANY,
                    choices=self.setting.seed_names(),
                    kind="question",
                )
            ]
        name = intent.unknown_company
        if intent.companies:
            s.candidates = self.options([(m.id, m.name) for m in intent.companies[:5]])
            s.suggestions = [name for _id, name in s.candidates]
        if name and looks_like_person_name(name):  # "Lucía de la Fuente Ortiz" where the
            if s.name is None:  # company is asked: the person's own name, not a company
                with contextlib.suppress(UserError):
                    s.name = textsafety.clean_line(name, "name")
            raise AskAgain(wording.NAME_NOT_COMPANY.format(name=name))
        if name and len(name) >= 2:
            s.unknown_name = name
            return [self.gather.unknown_company(name)]
        raise AskAgain(wording.NOT_SURE_WHICH_COMPANY)

    # -- expecting "company_choice": one of several that match -------------------------------

    def on_company_choice(self, text: str, intent: Intent) -> list[Reply]:
        picked = self.pick_candidate(text, intent)
        if picked:
            said = self.set_company(picked)
            if intent.residence and self.state.residence is None and _says_home(text):
                # "I live in Leeds": the entity chosen, and where the person lives
                said.append(settle_residence(self.state, self.setting, intent.residence))
            if intent.name and self.state.name is None:  # "... my name's Tom Whitaker"
                with contextlib.suppress(UserError):
                    self.state.name = textsafety.clean_line(intent.name, "name")
            return said + self.gather.advance()
        if intent.company:
            return self.set_company(intent.company) + self.gather.advance()
        if intent.right and intent.right != self.state.right:  # "don't delete, just stop
            self.state.set_right(intent.right)  # selling it": the right changes, the choice
            raise AskAgain(wording.right_taken(intent.right, instead=True))  # is still open
        if intent.residence and self.state.residence is None:  # "Toronto": where the person
            self.state.set_residence(intent.residence)  # lives, said before the choice
            place = residence_name(intent.residence)
            raise AskAgain(f"{wording.PLACE_NOTED.format(place=place)}\n\n{wording.PICK_ONE}")
        raise AskAgain(wording.PICK_ONE)

    # -- expecting "unknown_contact": a company the catalog does not know --------------------

    def on_unknown_contact(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        # near matches of an unknown name are no brand's entities: "Utrecht" picks none of
        # "Bold Company B.V", "Bolt" for "Bol.com"
        picked = self.pick_candidate(text, intent, by_place=False)
        if picked:
            return self.set_company(picked) + self.gather.advance()
        if intent.company and intent.kind == "request":  # "I want Spokeo to stop selling my
            s.unknown_name = None  # info": a request to a company the catalog does know
            return self.absorb(intent) + self.gather.advance()
        contact = parse_contact(text, intent.email)
        named = intent.unknown_company
        if contact is None and named and _turns_from(text, named, s.unknown_name, intent):
            s.unknown_name = named  # "perdona, me he liado: es Renfe, no Iryo"
            return [self.gather.unknown_company(named)]
        if contact is None and intent.right and intent.right != s.right:
            s.set_right(intent.right)  # "voglio solo che la smettano con il marketing": the
            raise AskAgain(wording.right_taken(intent.right))  # right, said while we wait
        if contact is None:
            if intent.yes_no is False:
                s.unknown_name = None
                s.candidates = []
                return self.gather.advance()
            if intent.residence and intent.residence != s.residence:  # "Madrid": where the
                s.set_residence(intent.residence)  # person lives, said early
                raise AskAgain(wording.PLACE_NOTED.format(place=residence_name(intent.residence)))
            raise AskAgain(wording.NOT_A_LISTED_COMPANY)
        if contact["kind"] == "email" and not _domain_fits(contact["value"], s.unknown_name):
            s.contact_unsure = contact  # "javi.ruiz@telefonica.net" for Movistar: theirs?
            return [self.contact_question()]
        return self.take_contact(contact)

    def contact_question(self) -> Reply:
        s = self.state
        s.expecting = "contact_confirm"
        value = (s.contact_unsure or {}).get("value", "")
        return Reply(
            wording.CONTACT_WHOSE.format(value=value, company=s.unknown_name or "the company"),
            choices=["yes", "no"],
            kind="question",
        )

    def on_contact_confirm(self, text: str, intent: Intent) -> list[Reply]:
        s = self.state
        contact = s.contact_unsure
        if intent.yes_no is None or contact is None:
            raise AskAgain(wording.YES_OR_NO)
        s.contact_unsure = None
        if intent.yes_no:
            return self.take_contact(contact)
        s.email = s.email or contact["value"]  # the person's own: kept for the letter
        s.expecting = "unknown_contact"
        return [
            Reply(wording.OWN_EMAIL_NOTED.format(value=contact["value"])),
            self.gather.unknown_company(s.unknown_name or "the company"),
        ]

    def take_contact(self, contact: dict[str, str]) -> list[Reply]:
        """Write to the company the catalog lacks at the contact the person gave."""
        s = self.state
        s.company = manual_record(s.unknown_name or "the company", contact)
        s.candidates = []
        said = Reply(
            wording.MANUAL_COMPANY.format(name=s.company.name, value=contact["value"]),
            company_id=s.company.id,
        )
        return [said, *self.gather.advance()]

    def options(self, candidates: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Candidates a person can tell apart: entities of one brand that share a name
        (Amazon's country sites) are shown with their web site and the countries they serve."""
        names = [name for _id, name in candidates]
        out: list[tuple[str, str]] = []
        for company_id, name in candidates:
            if names.count(name) < 2:
                out.append((company_id, name))
                continue
            record = self.setting.catalog.get(company_id)
            site = record.domains[0] if record.domains else company_id
            countries = [c for c in record.countries if c != "all"]
            where = ", ".join(residence_name(c) for c in countries[:4])
            where += ", ..." if len(countries) > 4 else ""
            out.append((company_id, f"{name} ({site}{': ' + where if where else ''})"))
        return out

    def pick_candidate(self, text: str, intent: Intent, *, by_place: bool = True) -> str | None:
        """The candidate picked by number, by name, or named in the answer; with `by_place`
        (entities of one brand), also the one serving the place the answer names."""
        s = self.state
        if not s.candidates:
            return None
        index = pick_from(text, [name for _id, name in s.candidates])
        if index is not None:
            return s.candidates[index][0]
        ids = [i for i, _n in s.candidates]
        if intent.company in ids:
            return intent.company
        for match in intent.companies:
            if match.id in ids:
                return match.id
        if by_place and intent.residence:  # "Germany", "the one for Spain": the entity there
            country = intent.residence.split("-")[0]
            serving = [i for i in ids if country in self.setting.catalog.get(i).countries]
            if len(serving) == 1:
                return serving[0]
        return None


def _turns_from(text: str, named: str, before: str | None, intent: Intent) -> bool:
    """Whether a message naming `named` turns from the unknown company `before` to it: a
    correction, or both named ("es Renfe, no Iryo"). A bare name typed while an address is
    awaited (the person's own, perhaps) turns from nothing."""
    if before is None or fold(named) == fold(before):
        return False
    return intent.correction or fold(before) in fold(text)
