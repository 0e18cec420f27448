"""A complaint to the regulator of the law a tracked request was made under.

Written only once the law's own point has come (assistant.letters.later.timing), to the
authority that is competent for the person: a German resident's complaint goes to the
authority of their Land (`GERMAN_LAND_AUTHORITIES`; the front end asks for the Land when the
ledger does not know it), in the authority's language where there are templates (German for
the German and Austrian authorities, French for the CNIL ...). The CPPA's online form takes at
most 4,000 characters in its description field, so a CCPA complaint is kept within that, the
oldest events of the timeline left out first, and the person is told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.letters.context import (
    LOOKUP,
    base_context,
    controller_complaint,
    inline,
    law_context,
    to_company,
)
from assistant.letters.language import long_date
from assistant.letters.later import (
    EVENT_PHRASES_TO_REGULATOR,
    _as_date,
    _get,
    _law_by_id,
    _original_context,
    _regulator_context,
    _timeline_lines,
    timing,
)
from assistant.letters.later_words import localise_line
from assistant.letters.model import Letter, Person, Route
from assistant.letters.routing import check_reference, normalise_right
from assistant.letters.templates import has_template, render
from assistant.vocabulary import make_reference

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

# The data protection authority of each German Land for the private sector (BDSG § 40), by
# the id of its record in policies/imported/authorities.jsonl (Datenanfragen, CC0). In
# Bavaria the BayLDA supervises private bodies; the Landesbeauftragte covers public ones.
GERMAN_LAND_AUTHORITIES: dict[str, str] = {
    "DE-BW": "debawueldb", "DE-BY": "debaylda", "DE-BE": "deberlbdi", "DE-BB": "debralda",
    "DE-HB": "debrelfdi", "DE-HH": "dehmbbfdi", "DE-HE": "dehessbdi", "DE-MV": "demvldi",
    "DE-NI": "dendslfd", "DE-NW": "denrwldi", "DE-RP": "derlpbdi", "DE-SL": "desaarudz",
    "DE-SN": "desaechsdsb", "DE-ST": "desalbd", "DE-SH": "deshuld", "DE-TH": "detlfdi",
}  # fmt: skip
# The language a country's authority works in, where there are complaint templates for it.
AUTHORITY_LANGUAGES: dict[str, str] = {
    "DE": "de", "AT": "de", "FR": "fr", "LU": "fr", "ES": "es", "IT": "it", "NL": "nl",
}  # fmt: skip
CPPA_DESCRIPTION_LIMIT = 4000  # characters in the CPPA complaint form's description field

EVENTS_TO_REGULATOR: dict[str, dict[str, str]] = {
    "de": {
        "sent": "ich habe das Ersuchen abgesandt",
        "acknowledged": "das Unternehmen hat den Eingang bestätigt",
        "identity_asked": "das Unternehmen hat einen Identitätsnachweis verlangt",
        "identity_given": "ich habe die verlangten Angaben zur Identität gemacht",
        "extended": "das Unternehmen hat eine Fristverlängerung erklärt",
        "answered_part": "das Unternehmen hat teilweise geantwortet",
        "answered_full": "das Unternehmen hat geantwortet",
        "denied": "das Unternehmen hat das Ersuchen abgelehnt",
        "followup_sent": "ich habe das Unternehmen erneut angeschrieben",
        "reopened": "ich habe das Ersuchen wieder aufgenommen",
    },
    "fr": {
        "sent": "j'ai adressé la demande",
        "acknowledged": "la société en a accusé réception",
        "identity_asked": "la société a demandé un justificatif d'identité",
        "identity_given": "j'ai fourni les éléments d'identité demandés",
        "extended": "la société a annoncé une prolongation du délai",
        "answered_part": "la société a répondu partiellement",
        "answered_full": "la société a répondu",
        "denied": "la société a refusé la demande",
        "followup_sent": "j'ai relancé la société",
        "reopened": "j'ai rouvert la demande",
    },
}


REASONS: dict[str, dict[str, str]] = {
    "de": {
        "not_verified": "mit der Begründung, die Identität sei nicht nachgewiesen",
        "no_data": "mit der Angabe, es lägen keine Daten vor",
        "exemption": "unter Berufung auf eine Ausnahme",
        "too_many_requests": "mit der Begründung, es seien zu viele Anträge gestellt worden",
        "not_controller": "mit der Angabe, es sei nicht Verantwortlicher",
        "outside_jurisdiction": "mit der Angabe, das Gesetz sei nicht anwendbar",
    },
    "fr": {
        "not_verified": "au motif que l'identité n'avait pas pu être vérifiée",
        "no_data": "en indiquant ne détenir aucune donnée",
        "exemption": "en invoquant une exception",
        "too_many_requests": "en invoquant le nombre excessif de demandes",
        "not_controller": "en indiquant ne pas être responsable du traitement",
        "outside_jurisdiction": "en indiquant que la loi ne s'appliquait pas",
    },
}


def regulator_from_authority(authority: Any) -> dict[str, Any]:
    """A catalog Authority (assistant.records.model) as the complaint templates see it."""
    return {
        "name": authority.name,
        "email": authority.email,
        "address": authority.address,
        "complaint_url": authority.webform,
        "website": authority.website,
    }


def complaint_language(law: Any, residence: str | None) -> str:
    """The authority's language when there is a complaint template for it, else English."""
    if law is None or law.id != "gdpr" or not residence:
        return "en"
    lang = AUTHORITY_LANGUAGES.get(residence.split("-")[0], "en")
    return lang if has_template("complaint", lang) else "en"


def compose_complaint(
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    *,
    today: dt.date,
    law: Any = LOOKUP,
    reference: str | None = None,
    include_notes: bool = False,
    regulator: Mapping[str, Any] | None = None,
) -> Letter:
    """A complaint to the regulator of the law the request was made under (or `regulator`,
    the competent authority the caller found), only once the law's own point has come;
    UserError saying when, before that."""
    right = normalise_right(str(_get(request, "right")))
    if law is LOOKUP:
        law = _law_by_id(_get(request, "law_id"))
    if law is None:
        residence = str(_get(request, "residence") or "")
        if residence.startswith("US-"):  # no state privacy law: the consumer-protection route
            raise UserError(
                "no privacy law this assistant knows covers this request, so there is no "
                "privacy regulator to write to; a company that does not keep the promises "
                "of its own privacy policy can be reported to the FTC (a deceptive practice, "
                "15 U.S.C. § 45) at https://reportfraud.ftc.gov and to your state's Attorney "
                "General (https://www.usa.gov/state-attorney-general)",
                hint="quote your request, its date and the company's silence there",
            )
        raise UserError(
            "this request was not made under a law this assistant knows, so there is no "
            "regulator to write to",
            hint="`rights laws` lists the laws and their regulators",
        )
    when = timing(request, timeline, law, today)
    if not when.complaint_ok:
        raise UserError(f"not yet: {when.why}", hint="`rights followup` writes a reminder")
    residence = _get(request, "residence")
    found = dict(regulator) if regulator else _regulator_context(law, residence) or {}
    if found.get("email"):
        route = Route("email", found["email"], to_authority=True)
    elif found.get("complaint_url"):
        route = Route("webform", found["complaint_url"], to_authority=True)
    elif found.get("address"):
        route = Route("postal", found["address"], to_authority=True)
    else:
        raise UserError(
            f"no e-mail, complaint form or address is recorded for {found.get('name')}",
            hint=f"see {found.get('website') or 'the regulator website'}",
        )
    reference = (
        check_reference(reference) if reference else make_reference(record.id, "complaint", today)
    )
    lang = complaint_language(law, residence)
    phrases = EVENTS_TO_REGULATOR.get(lang, EVENT_PHRASES_TO_REGULATOR)
    lines = _timeline_lines(
        timeline, phrases, include_notes=include_notes, reasons=REASONS.get(lang)
    )
    if lang != "en":
        lines = [localise_line(line, lang) for line in lines]
    ctx = base_context("complaint", record, person, route, reference, today, lang)
    ctx.update(
        {
            "salutation": "Sir or Madam",
            "law": law_context(law, right, lang),
            "original": _original_context(request, timeline, person, lang),
            "regulator": found,
            "timeline_lines": lines,
            "sender_address_inline": inline(person.address) if person.address else None,
            "right": right,
            "controller_complaint": controller_complaint(law, today),
            "complained_on": _last_followup(timeline, lang, _as_date(_get(request, "due"))),
        }
    )
    rendered = render("complaint", ctx, lang)
    # The complaint says copies are attached: the person is told to attach them.
    warnings: list[str] = [
        "The complaint says that copies of your request and of any replies are attached: "
        "attach them (upload them with the form, or enclose them) when you send it."
    ]
    if law.id == "ccpa":
        while len(rendered[1]) > CPPA_DESCRIPTION_LIMIT and ctx["timeline_lines"]:
            ctx["timeline_lines"] = ctx["timeline_lines"][1:]
            rendered = render("complaint", ctx, lang)
        warnings.append(
            f"The CPPA's complaint form takes at most {CPPA_DESCRIPTION_LIMIT:,} characters in "
            f"its description; this text has {len(rendered[1]):,}."
        )
    return to_company(
        "complaint", record, route, person, reference, today, law, right, residence, rendered,
        recipient_name=str(found["name"]), language=lang, warnings=tuple(warnings),
        attachments=_attachments(lang),
    )  # fmt: skip


def _last_followup(timeline: list[Any], lang: str, due: dt.date | None = None) -> str | None:
    """The day of the person's last follow-up that complained to the company (sent after its
    deadline; a reminder before it complained of nothing), in the letter's language."""
    from assistant.letters.complaint_first import complaint_followups

    days = complaint_followups(timeline, due)
    return long_date(days[-1], lang) if days else None


def _attachments(lang: str) -> tuple[str, ...]:
    return {
        "de": ("Kopie des Ersuchens", "Kopien etwaiger Antworten"),
        "fr": ("copie de la demande", "copies des éventuelles réponses"),
    }.get(lang, ("a copy of the request", "copies of any replies"))
