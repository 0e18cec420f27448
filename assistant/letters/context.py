"""The facts every kind of letter shares, and the finished Letter they make.

Used by assistant.letters.request (first requests) and assistant.letters.later (follow-ups and
complaints): the template context common to all letters (date, reference, company, sender), the
law as the templates see it, and `to_company`, which wraps rendered text into a `Letter`. `LOOKUP`
is the default of a composer's `law` argument: "look the law up yourself".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from assistant.law.applicable import the_law
from assistant.letters.language import cite, long_date
from assistant.letters.model import LAW_FAMILIES, Letter, Person, Route
from assistant.letters.routing import route_note
from assistant.textsafety import plain_text

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

LOOKUP: Any = object()  # "look the law up from the residence (or the ledger row)"


def inline(block: str) -> str:
    """A multi-line block (an address) on one line: '1 Elm St, Springfield'."""
    return ", ".join(part.strip() for part in block.split("\n") if part.strip())


_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en"}


def citation_text(citations: Iterable[str], lang: str = "en") -> str:
    """'A', 'A and B', 'A; B and C' (the conjunction in the letter's language)."""
    items = [c for c in citations if c]
    if len(items) <= 1:
        return "".join(items)
    separator = "\u00a0; " if lang == "fr" else "; "  # French puts a space before ';'
    return separator.join(items[:-1]) + f" {_AND.get(lang, 'and')} " + items[-1]


def law_family(law: Any) -> str | None:
    """'gdpr', 'ccpa', 'us' (the other US state laws), 'pipeda' ...; None for no law."""
    if law is None:
        return None
    if law.id in LAW_FAMILIES:
        return LAW_FAMILIES[law.id]
    if any(r.startswith("US-") for r in law.residences):
        return "us"
    return "generic"


def law_context(
    law: Any, right: str, lang: str = "en", basis: Any = None, others: Iterable[Any] = ()
) -> dict[str, Any] | None:
    """The law as the templates see it (None when no law applies): its names, family, the
    sections for `right` in the language's form, why it reaches the company (`basis`, an
    assistant.law.applicable.Basis) and the other laws that also apply."""
    if law is None:
        return None
    citations = [cite(c, lang) for c in law.citation_for(right)] if law.grants(right) else []
    return {
        "id": law.id,
        "name": law.name,
        "short_name": law.short_name,
        "the_short": the_law(law),
        "family": law_family(law),
        "grants": bool(law.grants(right)),
        # The law has the company authenticate this request (the VCDPA, even an opt-out).
        "authenticated": bool(law.grants(right) and law.rights[right].verification_required),
        "citation": citations[0] if citations else law.short_name,
        "citations": citations,
        "citation_text": citation_text(citations, lang) or law.short_name,
        "basis": None
        if basis is None
        else {
            "reason": basis.reason,
            "citation": cite(basis.citation, lang) if basis.citation else None,
        },
        "others": [b.law.short_name for b in others if b.law.id != law.id],
        "the_others": [the_law(b.law) for b in others if b.law.id != law.id],
        # Others that bind the company for certain (its establishment, Art. 3(1)), said so.
        "bound_others": [
            {"the": the_law(b.law), "citation": cite(b.citation, lang) if b.citation else None}
            for b in others
            if b.law.id != law.id and b.reason == "establishment"
        ],
        "scope": _scope(law, lang),
        "conditional": coverage_unsure(law, basis),
    }


def controller_complaint(law: Any, today: dt.date) -> str | None:
    """The section giving a statutory complaint to the controller (UK: Data Protection Act
    2018 s. 164A, from 19 June 2026), when the law has one in force on `today`."""
    part = getattr(law, "controller_complaint", None) if law is not None else None
    if part is None or today < part.in_force_from:
        return None
    return str(part.citation)


def coverage_unsure(law: Any, basis: Any) -> bool:
    """True when the letter must not assume the law binds the company: a US state law reaches
    a company only above thresholds or outside exemptions that cannot be checked from outside
    (e.g. Tex. Bus. & Com. Code § 541.002), unless the company's own policy names the law.
    With no basis given, only a law whose profile lists such a scope is treated so."""
    if law_family(law) not in ("us", "ccpa"):
        return False
    if basis is None:
        return getattr(law, "entity_scope", None) is not None
    return bool(basis.reason == "residence")


def _either(items: list[str]) -> str:
    """'a', 'a or b', 'a; b; or c'."""
    if len(items) <= 2:
        return " or ".join(items)
    return "; ".join(items[:-1]) + "; or " + items[-1]


def _scope(law: Any, lang: str) -> dict[str, Any] | None:
    scope = getattr(law, "entity_scope", None)
    if scope is None:
        return None
    return {
        "covers": scope.covers,
        "covers_citation": cite(scope.covers_citation, lang),
        "exempt": list(scope.exempt),
        "exempt_text": _either(list(scope.exempt)),
        "exempt_citation": cite(scope.exempt_citation, lang) if scope.exempt_citation else None,
    }


LETTER_PAPER_COUNTRIES = frozenset({"US", "CA"})  # where US Letter paper is the standard


def paper_for(route: Route, residence: str | None) -> str:
    """'Letter' for a letter posted to a US or Canadian address, or printed by someone living
    there (a letter that is not posted); 'A4' everywhere else."""
    from assistant.law.applicable import address_country

    if route.channel == "postal":
        country = address_country(route.recipient)
    else:
        country = (residence or "").split("-")[0] or None
    return "Letter" if country in LETTER_PAPER_COUNTRIES else "A4"


def base_context(
    kind: str,
    record: CompanyRecord,
    person: Person,
    route: Route,
    reference: str,
    today: dt.date,
    lang: str = "en",
) -> dict[str, Any]:
    """The template context every letter starts from: date, reference, company and sender."""
    agent = person.agent_name
    send_address = person.address if route.channel in ("postal", "fax") else None
    return {
        "kind": kind,
        "channel": route.channel,
        "recipient": route.recipient,
        "reference": reference,
        "date": long_date(today, lang),
        "company_name": plain_text(record.name),
        "company_legal_name": plain_text(record.legal_name or record.name),
        "company_website": record.website,
        "data_broker": bool(record.data_broker),
        "salutation": f"{plain_text(record.name)} privacy team",
        "person_name": person.name,
        "agent_name": agent,
        "signer": agent or person.name,
        "reply_email": person.email,
        "sender_address_inline": inline(send_address) if send_address else None,
        # English pronouns for the templates: the person, or the person an agent writes for.
        "me": (agent and person.name) or "me",
        "my": f"{person.name}'s" if agent else "my",
        "us": "us" if agent else "me",
        "we": "we" if agent else "I",
    }


def to_company(
    kind: str,
    record: CompanyRecord,
    route: Route,
    person: Person,
    reference: str,
    today: dt.date,
    law: Any,
    right: str,
    residence: str | None,
    rendered: tuple[str, str, str],
    *,
    recipient_name: str | None = None,
    language: str = "en",
    **extra: Any,
) -> Letter:
    """A Letter sent by `route` (to the company unless `recipient_name` says otherwise), from
    `person`, with rendered text."""
    subject, body, signature = rendered
    return Letter(
        kind=kind,
        company_id=record.id,
        subject=subject,
        body=body,
        recipient_name=plain_text(recipient_name or record.legal_name or record.name),
        recipient=route.recipient,
        channel=route.channel,
        reference=reference,
        date=today,
        law_id=law.id if law is not None else None,
        sender_name=person.agent_name or person.name,
        sender_email=person.email,
        sender_address=person.address,
        right=right,
        residence=residence,
        signature=signature,
        note=route_note(route),
        language=language,
        paper=paper_for(route, residence),
        requester=person,
        **extra,
    )
