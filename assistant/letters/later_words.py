"""The story of a tracked request told to the company in German and French: one phrase per
timeline event (second person, as a follow-up speaks to the company), and each line's date in
the letter's language. English lives in assistant.letters.later (EVENT_PHRASES)."""

from __future__ import annotations

import datetime as dt

from assistant.letters.language import long_date

# "Attached: ..." for a follow-up that carries the original request (English is the default).
ORIGINAL_ATTACHED: dict[str, str] = {
    "de": "Kopie des ursprünglichen Ersuchens",
    "fr": "copie de la demande initiale",
}

EVENTS_TO_COMPANY: dict[str, dict[str, str]] = {
    "de": {
        "sent": "ich habe das Ersuchen abgesandt",
        "acknowledged": "Sie haben den Eingang bestätigt",
        "identity_asked": "Sie haben einen Identitätsnachweis verlangt",
        "identity_given": "ich habe die verlangten Angaben zur Identität gemacht",
        "extended": "Sie haben eine Fristverlängerung erklärt",
        "answered_part": "Sie haben teilweise geantwortet",
        "answered_full": "Sie haben geantwortet",
        "denied": "Sie haben das Ersuchen abgelehnt",
        "followup_sent": "ich habe Sie erneut angeschrieben",
        "complaint_filed": "ich habe mich an die Aufsichtsbehörde gewandt",
        "reopened": "ich habe das Ersuchen wieder aufgenommen",
    },
    "fr": {
        "sent": "je vous ai adressé la demande",
        "acknowledged": "vous en avez accusé réception",
        "identity_asked": "vous avez demandé un justificatif d'identité",
        "identity_given": "je vous ai fourni les éléments d'identité demandés",
        "extended": "vous avez annoncé une prolongation du délai",
        "answered_part": "vous avez répondu partiellement",
        "answered_full": "vous avez répondu",
        "denied": "vous avez refusé la demande",
        "followup_sent": "je vous ai relancé",
        "complaint_filed": "j'ai saisi l'autorité de contrôle",
        "reopened": "j'ai rouvert la demande",
    },
}


def localise_line(line: str, lang: str) -> str:
    """'5 October 2026: ...' with the date written in `lang` (the phrase is already in it)."""
    day_text, sep, rest = line.partition(": ")
    try:
        day = dt.datetime.strptime(day_text, "%d %B %Y").date()
    except ValueError:
        return line
    if lang == "fr":  # French puts a non-breaking space before the colon
        sep = "\u00a0: "
    if lang == "de" and rest:  # a German list entry after the date begins as a sentence does
        rest = rest[0].upper() + rest[1:]
    return f"{long_date(day, lang)}{sep}{rest}"
