"""The first letter of a request: facts from a company record and a law profile, rendered.

`compose_request` turns (company record, right, person, residence, today) into a `Letter`: the
subject, the body, where it goes and by which channel, the reference, the law and the deadlines
it states. It gathers the facts (which law, which dates, which identity details the record asks
for and the person gave) and leaves the words to the templates (assistant.letters.templates).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.context import (
    LOOKUP,
    base_context,
    citation_text,
    law_context,
    law_family,
    to_company,
)
from assistant.letters.identity import (
    asks_for_id,
    id_document_note,
    identity_details,
    local_label,
)
from assistant.letters.language import (
    LANGUAGE_FAMILIES,
    LANGUAGE_NAMES,
    choose_language,
    cite,
    long_date,
)
from assistant.letters.model import FULL_ACCESS_LAWS, Letter, LetterRefused, Person, Route
from assistant.letters.routing import (
    assess_right,
    check_reference,
    choose_route,
    normalise_right,
    reserved_by,
    unfit_contacts,
)
from assistant.letters.templates import has_template, render
from assistant.records.model import is_slug
from assistant.vocabulary import make_reference

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord


BROKER_REGISTRY = "data-broker-registry"
# A broker may answer that it collected nothing from the person (Cal. Civ. Code § 1798.105(a)
# reaches data "collected from the consumer"); the Delete Act's platform reaches what it holds.
DELETE_ACT_NOTE = (
    "{name} is registered as a data broker in California. You can also ask every registered "
    "data broker at once to delete what it holds about you, through the state's Delete Request "
    "and Opt-out Platform (DROP, at privacy.ca.gov); since 1 August 2026 each broker must check "
    "it at least every 45 days and delete within 45 days (Cal. Civ. Code § 1798.99.86(c)-(d))."
)


def compose_request(
    record: CompanyRecord,
    right: str,
    person: Person,
    *,
    residence: str | None,
    today: dt.date,
    force: bool = False,
    correction: str | None = None,
    reference: str | None = None,
    law: Any = LOOKUP,
    language: str | None = None,
    gpc: bool = False,
) -> Letter:
    """The first letter asking `record`'s company to act on `right` for `person`.

    The law comes from both sides (assistant.law.applicable): the person's residence and the
    company's establishment and reach; the strongest law that applies is used and the others
    are named. With no law, the letter rests on the company's own published promises. `law`
    may be passed to skip the look-up (tests, the dialogue). `language` picks the language
    (default: the record's request language, else English). `gpc`: the person's browser sends
    the Global Privacy Control signal (only then does an opt-out mention it). A right the
    policy says is not offered, or moot, raises LetterRefused unless `force`.
    """
    right = normalise_right(right)
    if not is_slug(record.id):
        raise UserError(f"{record.id!r} is not a valid company id")
    problem = assess_right(record, right)
    if problem and not force:
        raise LetterRefused(problem)
    if right == "correction":
        if correction is None:
            raise UserError(
                "a correction request needs to say what is wrong and what it should be",
                hint='add --correction "My address is 1 Elm St, not 1 Oak St"',
            )
        correction = textsafety.clean_block(correction, "correction")
    notes: list[str] = []
    applicable = None
    if law is LOOKUP:
        applicable = _applicable(record, residence, right, today)
        law = applicable.primary.law if applicable and applicable.primary else None
        if applicable is not None:
            notes += applicable.notes
    lang = choose_language(language, record.request_language)
    family = law_family(law)
    if family not in LANGUAGE_FAMILIES[lang] or not has_template(right, lang):
        notes.append(language_note(lang, right, law, family not in LANGUAGE_FAMILIES[lang]))
        lang = "en"
    home = applicable.company_country if applicable is not None else None
    home_language = COUNTRY_LANGUAGES.get(home or "")
    if language is None and not record.request_language and home_language not in (None, lang):
        notes.append(
            f"{record.name}'s published address is in {_residence_name(home)}; the letter can "
            f"also be written in {LANGUAGE_NAMES[str(home_language)]} (language "
            f"'{home_language}')."
        )
    reference = check_reference(reference) if reference else make_reference(record.id, right, today)
    route = choose_route(record, right, law.id if law is not None else None)
    policy = record.rights.get(right)
    stated, missing, warnings = identity_details(record, person, right)
    id_required = record.verification.id_document_required is True and right != "opt_out"
    deadline, found, received = _deadline_context(
        law, right, route, record, residence, today, lang, home
    )
    basis = applicable.primary if applicable is not None else None
    others = applicable.others if applicable is not None else ()
    promises = applicable.promises if applicable is not None else ()

    moot = right == "opt_out" and problem is not None and policy.offered is not False
    gpc_claim = record.honours_gpc
    ctx = base_context(right, record, person, route, reference, today, lang)
    ctx.update(
        {
            "right": right,
            "law": law_context(law, right, lang, basis, others),
            "f": family if law is not None and law.grants(right) else None,
            "company_country_name": _residence_name(home),
            "residence_local": _local_place(residence, lang),
            "residence_name": _residence_name(residence),
            "residence_code": residence,
            "policy_quote": policy.quote if policy.offered is True else None,
            "policy_reserved_for": reserved_by(policy.quote, policy.note, law.id if law else None)
            if policy.offered is True
            else None,
            "policy_url": record.policy_url,
            "policy_read": record.source.policy_read,
            "policy_problem": _problem_quote(record, right) if problem else None,
            "promises": [{"name": p.name, "quote": p.quote} for p in promises],
            "privacy_shield": any("privacy shield" in p.name.casefold() for p in promises),
            "deadline": deadline,
            "identifiers": [(local_label(label, lang), value) for label, value in stated],
            "verification": {
                # An identity document is never offered in the letter (see
                # assistant.letters.identity); the person is told instead.
                "missing": [local_label(m, lang) for m in missing if not asks_for_id([m])],
            },
            "full_access": bool(law is not None and law.id in FULL_ACCESS_LAWS),
            "moot": moot,
            "sells": record.sells_personal_information.value,
            "shares": record.shares_personal_information.value,
            "gpc": gpc,
            "gpc_refused": gpc_claim.value is False and bool(gpc_claim.quote),
            "gpc_quote": gpc_claim.quote,
            "correction_lines": correction.split("\n") if correction else [],
            "portability": _portability(law),
            "portability_condition": PORTABILITY_CONDITION.get(law.id) if law else None,
            "processor": record.processor.scope if record.processor is not None else None,
            "hipaa": any("hipaa" in n.name.casefold() for n in record.laws_named),
            "today_year": today.year,
        }
    )
    subject, body, signature = render(right, ctx, lang)
    words = ATTACHMENT_WORDS.get(lang, ATTACHMENT_WORDS["en"])
    attachments = []
    if person.agent_name:
        attachments.append(words["authorisation"].format(person.name))
    notes += warnings
    if id_required or asks_for_id(missing):
        notes.append(id_document_note(record, law))
    for contact in unfit_contacts(record, right, route):
        notes.append(
            f"{record.name}'s {contact.kind} contact {contact.value} serves requests from "
            f"another region (“{contact.purpose.rstrip('.')}”), so this letter does not use "
            "it; send it through the contact page of the company's website instead."
        )
    if problem:
        notes.insert(0, problem)
    if record.processor is not None:
        notes.append(record.processor.advice)
    if right == "deletion" and residence == "US-CA" and record.source.kind == BROKER_REGISTRY:
        notes.append(DELETE_ACT_NOTE.format(name=record.name))
    if basis is not None and not basis.assumed:
        notes.append(basis.explanation)
    return to_company(
        right, record, route, person, reference, today, law, right, residence,
        (subject, body, signature), language=lang,
        attachments=tuple(attachments), warnings=tuple(dict.fromkeys(notes)), received=received,
        deadlines=found, missing_details=tuple(missing),
    )  # fmt: skip


_RIGHT_WORDS = {"access": "access", "deletion": "deletion", "opt_out": "opt-out",
                "correction": "correction"}  # fmt: skip


def language_note(lang: str, right: str, law: Any, law_missing: bool) -> str:
    """Exactly what has no wording in `lang`: this right's letter, or letters under this law."""
    name = LANGUAGE_NAMES[lang]
    missing = []
    if not has_template(right, lang):
        others = [w for r, w in _RIGHT_WORDS.items() if r != right and has_template(r, lang)]
        missing.append(
            f"{_RIGHT_WORDS[right]} letters"
            + (f" (there is for {', '.join(others)})" if others and not law_missing else "")
        )
    if law_missing:
        missing.append(f"letters under the {law.short_name if law else 'company policy'}")
    return f"There is no {name} wording yet for {' or '.join(missing)}; this letter is in English."


# The language of a company's country, for a note offering a letter in it (never chosen
# without the person: a company may well answer in English).
COUNTRY_LANGUAGES: dict[str, str] = {
    "DE": "de", "AT": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
}  # fmt: skip

ATTACHMENT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "authorisation": "signed authorisation from {0}",
    },
    "de": {
        "authorisation": "unterzeichnete Vollmacht von {0}",
    },
    "fr": {
        "authorisation": "mandat signé de {0}",
    },
    "es": {
        "authorisation": "autorización firmada de {0}",
    },
    "it": {
        "authorisation": "delega firmata di {0}",
    },
    "nl": {
        "authorisation": "ondertekende machtiging van {0}",
    },
}


# The section giving a portable copy of the data the person provided, for the US state laws
# whose access citation names a subsection. The letter asks only for the data the person
# provided, the narrowest reading these laws share. Laws whose access citation is a whole
# section cite that section.
PORTABILITY: dict[str, str] = {
    "tdpsa": "Tex. Bus. & Com. Code § 541.051(b)(4)",
    "vcdpa": "Va. Code Ann. § 59.1-577(A)(4)",
    "ctdpa": "Conn. Gen. Stat. § 42-518(a)(4)",
    "dpdpa": "Del. Code Ann. tit. 6, § 12D-104(a)(4)",
    "cpa-colorado": "Colo. Rev. Stat. § 6-1-1306(1)(e)",
    "incdpa": "Ind. Code § 24-15-3-1(b)(4)",
    "kcdpa": "Ky. Rev. Stat. § 367.3615(2)(d)",
    "icdpa": "Iowa Code § 715D.3(1)(c)",
}


# The condition each law puts on that copy, in its own words (Tex. Bus. & Com. Code
# § 541.051(b)(4): "if the data is available in a digital format"; Va. Code Ann.
# § 59.1-577(A)(4): "where the processing is carried out by automated means").
PORTABILITY_CONDITION: dict[str, str] = {
    "tdpsa": "where the data are available in a digital format",
    "vcdpa": "where you process the data by automated means",
}


def _portability(law: Any) -> str | None:
    """The provision giving a portable copy of the data the person provided (US states)."""
    if law is None or law_family(law) != "us" or not law.grants("access"):
        return None
    if law.id in PORTABILITY:
        return PORTABILITY[law.id]
    citation = str(law.citation_for("access")[0])
    return None if "(" in citation else citation


def _applicable(record: CompanyRecord, residence: str | None, right: str, today: dt.date) -> Any:
    from assistant.law.applicable import applicable_laws

    return applicable_laws(record, residence, right, today=today)


# -- the law and its dates ---------------------------------------------------------------------


def _residence_name(code: str | None) -> str | None:
    if not code:
        return None
    try:
        from assistant.law.profiles import residence_name
    except ImportError:
        return code
    name = residence_name(code) or code
    if name.startswith(("United ", "Netherlands", "Czech Republic", "Isle of ")):
        name = "the " + name
    return name


def _deadline_context(
    law: Any,
    right: str,
    route: Route,
    record: CompanyRecord,
    residence: str | None,
    today: dt.date,
    lang: str = "en",
    controller: str | None = None,
) -> tuple[dict[str, Any], Any, dt.date]:
    """What the letter says about time limits: the law's dates, else the policy's own promise.

    The dates come from the law itself, as assistant.workflow's `request_deadlines` computes
    them for tracking (a law without this right gives no statutory date, and says why); what
    the letter says rests on the law only when it grants the right.
    """
    from assistant.law import deadlines as dl

    received, _why = dl.assumed_receipt(today, route.channel)
    policy = record.rights.get(right)
    law_ok = law is not None and law.grants(right)
    found = dl.compute_deadlines(
        law,
        right,
        received,
        residence or "",
        company_response_days=policy.response_days,
        controller=controller,
    )
    if law_ok:
        respond_by = found.respond_by
        rules = law.rules_for(right)
        cited = [cite(p.citation, lang) for p in (rules.respond,) if p is not None]
    else:
        # No law: only the company's own stated timeline, with its words, gives a date.
        respond_by = getattr(found, "company_promise_by", None) if policy.response_quote else None
        cited = []
    extended = found.extended_respond_by if law_ok else None
    notice_by = (found.extension_notice_by or found.respond_by) if extended else None
    ext_rule = law.rules_for(right).extension if law_ok else None
    ctx = {
        "received": long_date(received, lang),
        "received_is_sent": received == today,
        "received_moved": received > today + dt.timedelta(days=dl.POSTAL_DAYS),
        "respond_by": long_date(respond_by, lang) if respond_by else None,
        "acknowledge_by": long_date(found.acknowledge_by, lang)
        if law_ok and found.acknowledge_by
        else None,
        "extended_respond_by": long_date(extended, lang) if extended else None,
        "extension_notice_by": long_date(notice_by, lang) if notice_by else None,
        "extension_needs_notice": ext_rule is not None and ext_rule.notice != "none_required",
        "extension_note": ext_rule.note if ext_rule is not None else None,
        "extension_citation": cite(ext_rule.citation, lang) if ext_rule is not None else None,
        "citation_text": citation_text(cited, lang),
        "from_policy": not law_ok,
        "promise": policy.response_quote if not law_ok else None,
        "promise_reserved_for": reserved_by(
            policy.response_quote, policy.note, law.id if law else None
        )
        if not law_ok
        else None,
    }
    return ctx, found, received


def _local_place(code: str | None, lang: str) -> str | None:
    """The residence's country in the letter's language (babel), 'Deutschland', 'France'."""
    if not code:
        return None
    if lang == "en" or "-" in code:
        return _residence_name(code)
    from babel import Locale

    return str(Locale.parse(lang).territories.get(code, code))


def _problem_quote(record: CompanyRecord, right: str) -> str | None:
    policy = record.rights.get(right)
    if policy.offered is False:
        return policy.quote
    return record.sells_personal_information.quote
