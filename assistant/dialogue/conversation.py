"""The conversation: a UI-free state machine that asks only what a letter still needs.

`Conversation.send(text)` returns the assistant's replies (Markdown text plus hints a front end
may show: choices, the company in view, a letter waiting to be saved). The order of questions:
company and right (both may come in one message), where the person lives, name, e-mail, what
a correction should say, a contact when the record has none, a postal address only when the
letter goes by post, the identifying details the company's record asks for; then the letter is
shown, saved on "yes", tracked on "yes", and the person is offered to have their details
remembered. At any point the person may ask a question about the company, correct an earlier
answer ("no, I meant Cloudmed"), go back, start over or ask for help.

This module holds the state, the dispatch, the questions that gather what the letter needs,
the commands and the questions about a company. The steps once the letter is written (show,
save, track, remember) are in assistant.dialogue.letter_steps; the parsers for free-form answers in
assistant.dialogue.parsing; `Reply` in assistant.dialogue.reply (and importable from here).

The core never reads the clock: `today` is given. Files go to `letters_dir` (default: the
data directory's letters/ folder); requests and the remembered profile to the ledger at
`ledger_path` (default: the data directory's ledger).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.dialogue.answers import (
    RIGHT_LABELS,
    answer,
    asks_for_postal_address,
    identifying_details,
    long_date,
    quoted,
    source_line,
)
from assistant.dialogue.letter_steps import LetterStage
from assistant.dialogue.parsing import manual_record, parse_contact, parse_details, pick_from
from assistant.dialogue.reply import Reply
from assistant.errors import UserError
from assistant.understanding.understand import Intent, understand

if TYPE_CHECKING:
    from assistant.letters.compose import Letter
    from assistant.records.catalog import Catalog
    from assistant.records.model import CompanyRecord

__all__ = ["Conversation", "Reply"]

RIGHT_ORDER = ("access", "deletion", "opt_out", "correction")
RIGHT_CHOICES = {
    "access": "See my data (access)",
    "deletion": "Delete my data",
    "opt_out": "Stop selling or sharing (opt-out)",
    "correction": "Correct my data",
}
HELP = """\
I help you write a privacy request to a company and keep track of its deadlines.

Tell me **which company** and **what you want**, for example *"Qualfon, delete my data"* or
*"what does Cloudmed know about me?"*. I'll ask where you live (that decides which law
applies), your name and e-mail, and anything the company needs to identify you. Then I show
the letter, save it, and track the dates.

You can ask about a company at any time: *"does Qualfon sell my data?"*, *"how do I contact
Cloudmed?"*, *"how long do they have to answer?"*, *"what do they need to verify me?"*,
*"is Qualified the right company to ask?"*.

Commands: **back** (undo the last answer), **start over**, **list companies**,
**my requests**, **forget my details**, **quit**."""

# What `understand` should read an answer as, for each thing the conversation may be expecting.
_UNDERSTAND_AS = {
    "company": "company", "company_choice": "company", "unknown_contact": "company",
    "right": "right", "residence": "residence", "name": "name", "email": "email",
    "address": "address", "contact_needed": "address", "correction_text": "address",
    "identifiers": "address",
    "right_confirm": "yes_no", "use_profile": "yes_no", "save": "yes_no", "track": "yes_no",
    "remember": "yes_no",
}  # fmt: skip

# Slots that "back" and "start over" restore; everything else is derived or long-lived.
_SLOTS = (
    "company", "right", "residence", "name", "email", "address", "identifiers",
    "identifiers_done", "correction_text", "contact_override", "contact_asked", "force",
    "right_confirmed", "profile_decided", "candidates", "unknown_name", "pending_letter",
    "saved_files", "request_id", "expecting", "suggestions", "stage",
)  # fmt: skip


class Conversation(LetterStage):
    """One conversation with the assistant. Read the public fields; call `start` and `send`."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        today: dt.date,
        ledger_path: Path | None = None,
        letters_dir: Path | None = None,
    ) -> None:
        self.catalog = catalog
        self.today = today
        self.ledger_path = ledger_path
        self.letters_dir = letters_dir
        self.profile: dict[str, str] | None = None
        self.remember_asked = False
        self.finished = False
        self.last_intent: Intent | None = None
        # The company the person last asked a question about: "them" when none is chosen.
        self.asked_about: str | None = None
        self._history: list[dict[str, Any]] = []
        self._reset()

    # -- state ---------------------------------------------------------------------------

    def _reset(self) -> None:
        self.company: CompanyRecord | None = None
        self.right: str | None = None
        self.residence: str | None = None
        self.name: str | None = None
        self.email: str | None = None
        self.address: str | None = None
        self.identifiers: dict[str, str] = {}
        self.identifiers_done = False
        self.correction_text: str | None = None
        self.contact_override: dict[str, str] | None = None
        self.contact_asked = False
        self.force = False
        self.right_confirmed = False
        self.profile_decided = False
        self.candidates: list[tuple[str, str]] = []  # (id, name) for "which one?"
        self.unknown_name: str | None = None
        self.pending_letter: Letter | None = None
        self.saved_files: list[str] = []
        self.request_id: int | None = None
        self.expecting: str | None = "company"
        self.suggestions: list[str] = []
        self.stage = "gather"  # gather | save | track | remember | done

    def _snapshot(self) -> dict[str, Any]:
        return {name: copy.copy(getattr(self, name)) for name in _SLOTS}

    def _restore(self, snap: dict[str, Any]) -> None:
        for name, value in snap.items():
            setattr(self, name, value)

    @property
    def company_id(self) -> str | None:
        return self.company.id if self.company is not None else None

    # -- entry points --------------------------------------------------------------------

    def start(self, *, reminders: bool = True) -> list[Reply]:
        """The greeting, with remembered details. With `reminders`, a notice of anything
        overdue or due within 7 days comes first, as its own Reply(kind="reminder"); a front
        end that shows its own, more detailed reminders passes False."""
        self.profile = self._load_profile()
        notice: list[Reply] = []
        due = self._due_soon() if reminders else None
        if due:
            notice.append(Reply(due, kind="reminder"))
        lines = []
        if self.profile and self.profile.get("name"):
            lines.append(f"Welcome back, {self.profile['name']}.")
        else:
            lines.append("Hello! I'm your privacy rights assistant.")
        lines.append(
            "I can write to a company to **see**, **delete** or **correct** the data it holds "
            "about you, or to **stop it selling or sharing** it, and I track the deadlines.\n\n"
            "Which company is it, and what would you like it to do?"
        )
        self.expecting = "company"
        self.suggestions = self._seed_names()
        return [*notice, Reply("\n\n".join(lines), choices=self.suggestions, kind="question")]

    def send(self, text: str) -> list[Reply]:
        """Take one message from the person; return the assistant's replies."""
        text = (text or "").strip()
        if not text:
            return [self._ask_again("I didn't catch that.")]
        expecting = self._understand_as()
        intent = understand(text, self.catalog, expecting=expecting, today=self.today)
        self.last_intent = intent
        if intent.command:
            return self._command(intent.command)
        if intent.kind == "question" and intent.question:
            return self._question(intent)
        before = self._snapshot()
        try:
            replies = self._handle(text, intent)
        except UserError as exc:
            replies = [self._error(str(exc))]
        if self._snapshot_changed(before):
            self._history.append(before)
        return replies

    # -- dispatch ------------------------------------------------------------------------

    def _understand_as(self) -> str | None:
        return _UNDERSTAND_AS.get(self.expecting or "")

    def _handle(self, text: str, intent: Intent) -> list[Reply]:
        e = self.expecting
        if self.stage == "done" or self.finished:
            if intent.company or intent.right or intent.companies or intent.unknown_company:
                self._new_request()
            elif intent.kind in ("thanks", "greeting"):
                return [Reply("You're welcome. Say **start over** to write another request.")]
            else:
                return [self._ask_again("")]
        if self._means_company_asked_about(intent):
            assert self.asked_about is not None
            out = self._set_company(self.asked_about)
            self._set_right(intent.right or "")
            if intent.residence:
                self._set_residence(intent.residence)
            return out + self._advance()
        if intent.kind == "greeting" and e == "company":
            return [
                Reply(
                    "Hi! Which company is it, and what would you like it to do?",
                    choices=self._seed_names(),
                    kind="question",
                )
            ]

        # Corrections and new facts that may arrive at any step.
        free_form = e in (
            "name",
            "email",
            "address",
            "contact_needed",
            "correction_text",
            "identifiers",
        )
        if intent.correction and (intent.company or intent.right):
            return self._apply_correction(intent) + self._advance()
        if not free_form and e not in ("company_choice", "unknown_contact", "company"):
            changed = self._absorb(intent, quiet=False)
            if changed:
                return changed + self._advance()

        handler = getattr(self, f"_on_{e}", None)
        if handler is None:
            return self._advance()
        return handler(text, intent)

    def _means_company_asked_about(self, intent: Intent) -> bool:
        """A request naming no company ("I want them to delete my data") right after a
        question about one, while no company is chosen: it means that one."""
        return bool(
            self.asked_about
            and self.company is None
            and self.expecting == "company"
            and not self.candidates
            and intent.right
            and not (intent.company or intent.companies or intent.unknown_company)
        )

    def _absorb(self, intent: Intent, *, quiet: bool) -> list[Reply]:
        """Take a new company, right or residence mentioned out of turn."""
        out: list[Reply] = []
        sure = intent.confidence.get("company", 0) >= 0.9 or self.company is None
        if intent.company and intent.company != self.company_id and sure:
            out += self._set_company(intent.company)
        if (
            intent.right
            and intent.right != self.right
            and (self.expecting == "right" or intent.confidence.get("right", 0) >= 0.8)
        ):
            self._set_right(intent.right)
            if not quiet:
                out.append(Reply(f"OK: a request for **{RIGHT_LABELS[intent.right]}**."))
        if intent.residence and intent.residence != self.residence and self.expecting != "name":
            self._set_residence(intent.residence)
        return out

    # -- slot setters --------------------------------------------------------------------

    def _set_company(self, company_id: str) -> list[Reply]:
        record = self.catalog.get(company_id)
        changed = self.company is not None and self.company.id != record.id
        self.company = record
        self.candidates = []
        self.unknown_name = None
        self.asked_about = None  # used, or overtaken by the company chosen
        self._clear_letter_facts()
        self.suggestions = []
        lines = [f"**{record.name}**: I have its record ({source_line(record)})."]
        if changed:
            lines[0] = f"Switched to **{record.name}** ({source_line(record)})."
        if record.processor and record.processor.scope == "only":
            lines.append(
                "Note: its policy says it handles personal data only for other companies. "
                'Ask *"is it the right company to ask?"* to see who to write to instead.'
            )
        return [Reply(" ".join(lines), company_id=record.id)]

    def _set_right(self, right: str) -> None:
        if right != self.right:
            self.right = right
            self.force = False
            self.right_confirmed = False
            self.correction_text = None if right != "correction" else self.correction_text
            self.pending_letter = None

    def _set_residence(self, residence: str) -> None:
        self.residence = residence
        self.pending_letter = None

    def _clear_letter_facts(self) -> None:
        self.identifiers = {}
        self.identifiers_done = False
        self.contact_override = None
        self.contact_asked = False
        self.force = False
        self.right_confirmed = False
        self.pending_letter = None

    def _new_request(self) -> None:
        keep = {k: getattr(self, k) for k in ("residence", "name", "email", "address")}
        self._reset()
        for key, value in keep.items():
            setattr(self, key, value)
        self.profile_decided = True
        self.finished = False

    def _apply_correction(self, intent: Intent) -> list[Reply]:
        out: list[Reply] = []
        if intent.company and intent.company != self.company_id:
            out += self._set_company(intent.company)
        if intent.right and intent.right != self.right:
            self._set_right(intent.right)
            out.append(Reply(f"OK: a request for **{RIGHT_LABELS[intent.right]}** instead."))
        return out

    # -- the next question ---------------------------------------------------------------

    def _advance(self) -> list[Reply]:
        """Ask for the first thing still missing, or show the letter."""
        self.stage = "gather"
        if self.company is None:
            if self.candidates:
                return [self._ask_choice()]
            else:
                self.expecting = "company"
                self.suggestions = self._seed_names()
                what = f" to ask for {RIGHT_LABELS[self.right]}" if self.right else ""
                return [
                    Reply(
                        f"Which company do you want to write to{what}?",
                        choices=self.suggestions,
                        kind="question",
                    )
                ]
        if self.right is None:
            return [self._ask_right()]
        record = self._record()
        if not self.right_confirmed and not self.force:
            from assistant.letters.compose import assess_right

            problem = assess_right(record, self.right)
            if problem:
                self.expecting = "right_confirm"
                self.suggestions = ["yes", "no"]
                return [
                    Reply(
                        f"{problem}\n\nShall I write the letter anyway, phrased to fit what the "
                        "policy says? (**yes** / **no**, or choose another right)",
                        choices=["yes", "no"],
                        company_id=self.company_id,
                        kind="question",
                    )
                ]
            self.right_confirmed = True
        if not self.profile_decided and self.profile and self.profile.get("name"):
            return [self._ask_profile()]
        if self.residence is None:
            self.expecting = "residence"
            self.suggestions = ["California", "Germany", "United Kingdom", "Canada"]
            return [
                Reply(
                    "Where do you live? That decides which law applies and when "
                    f"{record.name} must answer. (A US state, or a country.)",
                    choices=self.suggestions,
                    kind="question",
                )
            ]
        if self.name is None:
            self.expecting = "name"
            self.suggestions = []
            return [
                Reply(
                    "What name should the letter be signed with? (Your full name, "
                    f"as {record.name} would know it.)",
                    kind="question",
                )
            ]
        if self.email is None:
            self.expecting = "email"
            return [Reply(f"What e-mail address should {record.name} reply to?", kind="question")]
        if self.right == "correction" and not self.correction_text:
            self.expecting = "correction_text"
            return [
                Reply(
                    "What is wrong, and what should it say instead? (For example: "
                    "*my address is 1 Elm St, not 1 Oak St*.)",
                    kind="question",
                )
            ]
        route = self._route(record)
        if route is None or (not record.contacts and not self.contact_asked):
            self.expecting = "contact_needed"
            self.contact_asked = True
            if route is not None:
                self.suggestions = ["yes"]
                return [
                    Reply(
                        f"{source_line(record, cap=True)} publishes no e-mail, postal address, "
                        "web form or phone number for requests, so I'd point the letter at its "
                        f"website ({record.website}) for you to use its contact options.\n\n"
                        f"If you have an address for {record.name} (from their website or a letter "
                        "they sent you), type it: an e-mail address, a web form URL or a postal "
                        "address. Or say **yes** to go with the website.",
                        choices=["yes"],
                        company_id=self.company_id,
                        kind="question",
                    )
                ]
            notes = [n.text for n in record.notes if n.kind in ("contact", "source-damage")]
            extra = ("\n\n" + notes[0]) if notes else ""
            return [
                Reply(
                    f"{source_line(record, cap=True)} gives no e-mail, postal address, web form "
                    f"or phone number for requests.{extra}\n\nIf you have an address for "
                    f"{record.name} (from their website or a letter they sent you), type it: an "
                    "e-mail address, a web form URL or a postal address.",
                    company_id=self.company_id,
                    kind="question",
                )
            ]
        channel = route
        if (channel in ("postal", "fax") or asks_for_postal_address(record)) and not self.address:
            self.expecting = "address"
            why = (
                "the letter goes by post, so it needs your postal address as the sender"
                if channel in ("postal", "fax")
                else f"{record.name} uses your postal address to find your records"
            )
            return [Reply(f"What is your postal address? ({why}.)", kind="question")]
        if not self.identifiers_done:
            typed, documents = identifying_details(record)
            if typed or documents:
                return [self._ask_identifiers(record, typed, documents)]
            self.identifiers_done = True
        return self._show_letter()

    def _ask_right(self) -> Reply:
        record = self._record()
        self.expecting = "right"
        offered = [r for r in RIGHT_ORDER if record.rights.get(r).offered is True]
        order = offered + [r for r in RIGHT_ORDER if r not in offered]
        self.suggestions = [RIGHT_CHOICES[r] for r in order]
        lines = [f"What would you like {record.name} to do?"]
        for number, right in enumerate(RIGHT_ORDER, start=1):
            state = record.rights.get(right).offered
            mark = {
                True: "its policy offers this",
                False: "its policy says no",
                None: "its policy doesn't say",
            }[state]
            lines.append(f"{number}. {RIGHT_CHOICES[right]} ({mark})")
        return Reply(
            "\n".join(lines), choices=self.suggestions, company_id=self.company_id, kind="question"
        )

    def _ask_choice(self) -> Reply:
        self.expecting = "company_choice"
        self.suggestions = [name for _id, name in self.candidates]
        lines = ["Several companies match. Which one do you mean?"]
        for number, (company_id, name) in enumerate(self.candidates, start=1):
            lines.append(f"{number}. {name} ({company_id})")
        return Reply("\n".join(lines), choices=self.suggestions, kind="question")

    def _ask_profile(self) -> Reply:
        p = self.profile or {}
        self.expecting = "use_profile"
        shown = [p.get("name"), p.get("email")]
        if p.get("residence"):
            from assistant.law.profiles import residence_name

            shown.append(residence_name(p["residence"]))
        self.suggestions = ["yes", "no"]
        return Reply(
            "Shall I use your saved details: "
            + ", ".join(s for s in shown if s)
            + "? (**yes** / **no**)",
            choices=["yes", "no"],
            kind="question",
        )

    def _ask_identifiers(
        self, record: CompanyRecord, typed: list[str], documents: list[str]
    ) -> Reply:
        self.expecting = "identifiers"
        self.suggestions = ["yes"]
        v = record.verification
        lines = [
            f"To verify who you are, {source_line(record)} mentions: "
            f"{', '.join(typed + documents)}." + quoted(v.quote or None)
        ]
        required = [e.desc for e in v.required_elements if not e.optional and e.desc in typed]
        if documents and not v.id_document_required:
            lines.append(
                f"Don't send {', '.join(documents)} with the letter: the record does "
                "not require it in every case, and the letter offers to verify you "
                "when they ask."
            )
        elif v.id_document_required:
            lines.append(
                "The record says an ID document is required; the letter will say a "
                "copy is attached. Cover anything on it they don't need."
            )
        if typed:
            example = typed[0]
            if required:
                lines.append(
                    f"The record says a request needs: {', '.join(required)}. Type "
                    f"them as *label: value* (e.g. *{example}: ...*), or say **skip** "
                    "to leave them out."
                )
            else:
                lines.append(
                    "You don't have to give these now: the letter offers to verify you "
                    f"when {record.name} asks. Say **yes** to leave them out, or type "
                    f"them to include them (e.g. *{example}: ...*)."
                )
        else:
            lines.append("Say **yes** to carry on.")
        return Reply(
            "\n\n".join(lines), choices=["yes"], company_id=self.company_id, kind="question"
        )

    def _ask_again(self, prefix: str) -> Reply:
        """Repeat the current question, after `prefix`."""
        if self.stage == "done" or self.finished:
            return Reply(
                (prefix + " " if prefix else "") + "Say **start over** to write "
                "another request, or ask me about a company."
            )
        replies = self._advance_without_change()
        reply = replies[-1] if replies else Reply("")
        reply.text = (prefix + "\n\n" if prefix else "") + reply.text
        return reply

    def _advance_without_change(self) -> list[Reply]:
        if self.stage == "save" and self.pending_letter is not None:
            return [
                Reply(
                    "Shall I save this letter? (**yes** / **no**)",
                    choices=["yes", "no"],
                    kind="question",
                )
            ]
        if self.stage == "track":
            return [self._track_question()]
        if self.stage == "remember":
            return [self._remember_question()]
        if self.expecting == "unknown_contact" and self.unknown_name:
            return [self._unknown_company_reply(self.unknown_name)]
        return self._advance()

    # -- step handlers (one per `expecting`) ---------------------------------------------

    def _on_company(self, text: str, intent: Intent) -> list[Reply]:
        if intent.right:
            self._set_right(intent.right)
        if intent.residence:
            self._set_residence(intent.residence)
        if intent.company:
            return self._set_company(intent.company) + self._advance()
        if intent.companies and intent.ambiguous_company and (intent.companies[0].score >= 0.75):
            self.candidates = [(m.id, m.name) for m in intent.companies[:6]]
            return [self._ask_choice()]
        if intent.right and not intent.unknown_company:
            return self._advance()
        if intent.right_hint == "unsubscribe":
            return [
                Reply(
                    "Unsubscribing from marketing isn't one of the four requests I write, but two "
                    "of them stop it at the source: **delete my data**, or **stop selling or "
                    "sharing it** (opt-out). Which company is it?",
                    choices=self._seed_names(),
                    kind="question",
                )
            ]
        name = intent.unknown_company
        if intent.companies:
            self.suggestions = [m.name for m in intent.companies[:5]]
            self.candidates = [(m.id, m.name) for m in intent.companies[:5]]
        if name and len(name) >= 2:
            self.unknown_name = name
            return [self._unknown_company_reply(name)]
        return [self._ask_again("I'm not sure which company you mean.")]

    def _unknown_company_reply(self, name: str) -> Reply:
        hits = self.catalog.search(name, limit=5)
        self.candidates = [(h.id, h.name) for h in hits]
        self.suggestions = [h.name for h in hits]
        self.expecting = "unknown_contact"
        lines = [f"I don't have a record for **{name}**."]
        if hits:
            lines.append("Did you mean one of these?")
            lines += [f"{n}. {h.name} ({h.id})" for n, h in enumerate(hits, start=1)]
            lines.append("")
        lines.append(
            f"Or I can write to {name} anyway: give me the address their privacy policy names "
            "for requests (an e-mail address, a web form URL, or a postal address)."
        )
        return Reply("\n".join(lines), choices=self.suggestions, kind="question")

    def _on_unknown_contact(self, text: str, intent: Intent) -> list[Reply]:
        picked = self._pick_candidate(text, intent)
        if picked:
            return self._set_company(picked) + self._advance()
        contact = parse_contact(text, intent.email)
        if contact is None:
            if intent.yes_no is False:
                self.unknown_name = None
                self.candidates = []
                return self._advance()
            return [
                self._ask_again(
                    "That isn't a company from the list, an e-mail address, a "
                    "web address or a postal address."
                )
            ]
        self.company = manual_record(self.unknown_name or "the company", contact)
        self.candidates = []
        said = Reply(
            f"OK: I'll address the letter to **{self.company.name}** at {contact['value']}. "
            "I have no policy of theirs, so the letter rests on the law alone.",
            company_id=self.company.id,
        )
        return [said, *self._advance()]

    def _on_company_choice(self, text: str, intent: Intent) -> list[Reply]:
        picked = self._pick_candidate(text, intent)
        if picked:
            return self._set_company(picked) + self._advance()
        if intent.company:
            return self._set_company(intent.company) + self._advance()
        return [self._ask_again("Please pick one by number or name.")]

    def _on_right(self, text: str, intent: Intent) -> list[Reply]:
        if intent.right:
            self._set_right(intent.right)
            return self._advance()
        if intent.right_hint == "unsubscribe":
            return [
                self._ask_again(
                    "Unsubscribing from marketing isn't a request I write, but deleting your data "
                    "or opting out of its sale stops it at the source."
                )
            ]
        pick = pick_from(text, [RIGHT_CHOICES[r] for r in RIGHT_ORDER])
        if pick is not None:
            self._set_right(RIGHT_ORDER[pick])
            return self._advance()
        return [self._ask_again("Which of these do you want?")]

    def _on_right_confirm(self, text: str, intent: Intent) -> list[Reply]:
        if intent.right and intent.right != self.right:
            self._set_right(intent.right)
            return self._advance()
        if intent.yes_no is True:
            self.force = True
            self.right_confirmed = True
            said = Reply("OK, I'll write it anyway and say what the policy says.")
            return [said, *self._advance()]
        if intent.yes_no is False:
            self.right = None
            return [self._ask_right()]
        return [self._ask_again("Please answer yes or no.")]

    def _on_use_profile(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is None:
            return [self._ask_again("Please answer yes or no.")]
        self.profile_decided = True
        if intent.yes_no and self.profile:
            self.name = self.profile.get("name") or self.name
            self.email = self.profile.get("email") or self.email
            self.address = self.profile.get("address") or self.address
            if self.profile.get("residence") and not self.residence:
                self.residence = self.profile["residence"]
            self.remember_asked = True
        return self._advance()

    def _on_residence(self, text: str, intent: Intent) -> list[Reply]:
        if intent.residence:
            self._set_residence(intent.residence)
            from assistant.law.profiles import law_for, residence_name

            law = law_for(intent.residence, on=self.today)
            place = residence_name(intent.residence)
            if law is not None:
                said = f"{place}: the **{law.short_name}** applies."
            else:
                said = (
                    f"{place}: I know no privacy law there that gives you this right with a "
                    f"deadline, so the letter will rest on {self._record().name}'s own "
                    "policy."
                )
            return [Reply(said), *self._advance()]
        return [
            self._ask_again(
                'I don\'t know that place. Try a US state ("California", '
                '"CA") or a country ("Germany", "UK").'
            )
        ]

    def _on_name(self, text: str, intent: Intent) -> list[Reply]:
        if intent.email and not intent.name:
            self.email = intent.email
            return [self._ask_again("Thanks, I've noted your e-mail.")]
        if not intent.name:
            return [self._ask_again("That doesn't look like a name.")]
        try:
            from assistant import textsafety

            self.name = textsafety.clean_line(intent.name, "name")
        except UserError as exc:
            return [self._ask_again(str(exc))]
        return self._advance()

    def _on_email(self, text: str, intent: Intent) -> list[Reply]:
        if intent.email:
            self.email = intent.email
            return self._advance()
        why = (intent.email_error or "that isn't an e-mail address").rstrip(". ")
        return [
            Reply(f"That e-mail address doesn't work: {why}. Please type it again.", kind="error")
        ]

    def _on_correction_text(self, text: str, intent: Intent) -> list[Reply]:
        if len(text) < 3:
            return [self._ask_again("Please say what is wrong and what it should be.")]
        self.correction_text = text
        return self._advance()

    def _on_contact_needed(self, text: str, intent: Intent) -> list[Reply]:
        if intent.yes_no is True and self._route(self._record()) is not None:
            return self._advance()
        contact = parse_contact(text, intent.email)
        if contact is None:
            return [
                self._ask_again("That isn't an e-mail address, a web address or a postal address.")
            ]
        self.contact_override = contact
        self.pending_letter = None
        return [Reply(f"OK: I'll send it to {contact['value']}."), *self._advance()]

    def _on_address(self, text: str, intent: Intent) -> list[Reply]:
        if len(text) < 8 or (not re.search(r"\d", text) and "," not in text):
            return [
                self._ask_again(
                    "That looks too short for a postal address (street, town, postcode)."
                )
            ]
        try:
            from assistant import textsafety

            self.address = textsafety.clean_address(text.replace(", ", "\n"))
        except UserError as exc:
            return [self._ask_again(str(exc))]
        return self._advance()

    def _on_identifiers(self, text: str, intent: Intent) -> list[Reply]:
        record = self._record()
        typed, _documents = identifying_details(record)
        if intent.yes_no is not None or text.lower().strip(" .!") in ("skip", "none", "no"):
            self.identifiers_done = True
            return self._advance()
        given = parse_details(text, typed)
        if not given:
            return [
                self._ask_again("Type them as *label: value*, or say **yes** to leave them out.")
            ]
        self.identifiers.update(given)
        self.identifiers_done = True
        listed = ", ".join(given)
        return [Reply(f"Noted: {listed}."), *self._advance()]

    # -- commands and questions ----------------------------------------------------------

    def _command(self, command: str) -> list[Reply]:
        if command == "help":
            follow = self._advance_without_change() if not self.finished else []
            current = ("\n\n" + follow[-1].text) if follow else ""
            return [Reply(HELP + current, choices=self.suggestions)]
        if command == "back":
            if not self._history:
                return [self._ask_again("There's nothing to go back to.")]
            self._restore(self._history.pop())
            self.finished = self.stage == "done"
            return [self._ask_again("OK, one step back.")]
        if command == "restart":
            self._history.append(self._snapshot())
            self._reset()
            self.asked_about = None
            self.finished = False
            return [
                Reply(
                    "Starting over. Which company is it, and what would you like it to do?",
                    choices=self._seed_names(),
                    kind="question",
                )
            ]
        if command == "list_companies":
            return [self._list_companies()]
        if command == "my_requests":
            return [self._my_requests()]
        if command == "forget_profile":
            with self._ledger() as ledger:
                ledger.profile_forget()
            self.profile = None
            self.profile_decided = True
            return [Reply("I've forgotten your saved details.")]
        if command == "quit":
            self.finished = True
            self.stage = "done"
            self.expecting = None
            return [
                Reply("Goodbye. Your letters and requests are saved on this computer.", kind="done")
            ]
        return [self._ask_again("")]

    def _question(self, intent: Intent) -> list[Reply]:
        record = None
        if intent.company:
            record = self.catalog.get(intent.company)
            self.asked_about = record.id
        elif self.company is not None:
            record = self._record()
        if record is None and intent.question != "deadline":
            return [
                Reply(
                    "Which company do you mean? Name it and ask again, e.g. *does Qualfon "
                    "sell my data?*",
                    choices=self._seed_names(),
                )
            ]
        channel = self.pending_letter.channel if self.pending_letter is not None else None
        text = answer(
            intent.question or "",
            record,
            today=self.today,
            right=self.right,
            residence=intent.residence or self.residence,
            channel=channel,
        )
        replies = [Reply(text, company_id=record.id if record else None, kind="answer")]
        started = self.company is not None or self.right is not None or self.stage != "gather"
        if not self.finished and started:
            follow = self._advance_without_change()
            if follow:
                follow[-1].text = "Back to where we were: " + follow[-1].text
                replies.append(follow[-1])
        return replies

    def _list_companies(self) -> Reply:
        seeds = self._seed_names()
        return Reply(
            f"I know {len(self.catalog):,} companies. Written by hand from their privacy "
            f"policies: {', '.join(seeds)}. The rest come from the Datenanfragen database. "
            "Type any name, brand or website to look one up.",
            choices=seeds,
        )

    def _my_requests(self) -> Reply:
        with self._ledger() as ledger:
            rows = ledger.list()
        if not rows:
            return Reply("You have no tracked requests yet.")
        lines = ["Your requests:"]
        for row in rows:
            due = f", due {long_date(row.due)}" if row.due else ""
            lines.append(
                f"- #{row.id} {row.company_name}: {row.right}, "
                f"{row.display_status(self.today)}{due}"
            )
        return Reply("\n".join(lines))

    # -- helpers -------------------------------------------------------------------------

    def _record(self) -> CompanyRecord:
        assert self.company is not None
        record = self.company
        if self.contact_override is not None:
            contact = {
                "id": "given-by-you",
                "purpose": "Given by you for this request.",
                **self.contact_override,
            }
            from assistant.records.model import Contact

            record = record.model_copy(update={"contacts": [Contact.model_validate(contact)]})
            if record.rights.get(self.right or "access").contacts:
                rights = record.rights.model_copy(
                    update={
                        r: record.rights.get(r).model_copy(update={"contacts": []})
                        for r in RIGHT_ORDER
                    }
                )
                record = record.model_copy(update={"rights": rights})
        return record

    def _route(self, record: CompanyRecord) -> str | None:
        from assistant.letters.compose import choose_route

        try:
            return choose_route(record, self.right or "access").channel
        except UserError:
            return None

    def _pick_candidate(self, text: str, intent: Intent) -> str | None:
        if not self.candidates:
            return None
        names = [name for _id, name in self.candidates]
        index = pick_from(text, names)
        if index is not None:
            return self.candidates[index][0]
        ids = [i for i, _n in self.candidates]
        if intent.company in ids:
            return intent.company
        for match in intent.companies:
            if match.id in ids:
                return match.id
        return None

    def _seed_names(self) -> list[str]:
        """The hand-written records (whole TOML files, not bundle lines), for suggestions."""
        names = []
        for company_id, location in self.catalog.locations.items():
            if location.line == 0:
                try:
                    names.append(self.catalog.get(company_id).name)
                except UserError:
                    continue
        return sorted(names)[:8]

    def _ledger(self) -> Any:
        from assistant.ledger.store import Ledger

        return Ledger.open(self.ledger_path)

    def _load_profile(self) -> dict[str, str] | None:
        try:
            with self._ledger() as ledger:
                return ledger.profile_get()
        except UserError:
            return None

    def _due_soon(self) -> str | None:
        try:
            with self._ledger() as ledger:
                rows = ledger.list()
        except UserError:
            return None
        late, soon = [], []
        for row in rows:
            due = getattr(row, "due", None)
            if due is None or row.status in ("fulfilled", "denied", "closed"):
                continue
            if due < self.today:
                late.append(row)
            elif (due - self.today).days <= 7:
                soon.append(row)
        if not late and not soon:
            return None
        parts = []
        if late:
            parts.append(f"{len(late)} request(s) are overdue")
        if soon:
            parts.append(f"{len(soon)} are due within 7 days")
        return "Heads up: " + " and ".join(parts) + ". Say **my requests** to see them."

    def _error(self, message: str) -> Reply:
        return Reply(message, kind="error")

    def _snapshot_changed(self, before: dict[str, Any]) -> bool:
        now = self._snapshot()
        return any(now[k] is not before[k] and now[k] != before[k] for k in _SLOTS)
