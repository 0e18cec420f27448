"""The languages letters are written in: dates through babel, citations in each one's form.

`LANGUAGES` are the languages with templates under letters/<code>/; `choose_language` picks one
from the person's choice or the company record's `request_language`; `long_date` writes a date
the way the language does ("5. Januar 2027", "5 janvier 2027"); `cite` turns a citation as the
law profiles write it ("GDPR Art. 15(1)(c)") into the official form of the language
("Art. 15 Abs. 1 lit. c DSGVO", "article 15, paragraphe 1, point c), du RGPD").
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.errors import UserError

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
}
# The law families each language's templates are written for (None: no law, the company's
# own promises). A letter under any other law is written in English, and the person is told.
LANGUAGE_FAMILIES: dict[str, frozenset[str | None]] = {
    "en": frozenset({"gdpr", "fadp", "ccpa", "us", "pipeda", "quebec", "lgpd", "hipaa", None}),
    "de": frozenset({"gdpr", None}),
    "fr": frozenset({"gdpr", None}),
    "es": frozenset({"gdpr", None}),
    "it": frozenset({"gdpr", None}),
    "nl": frozenset({"gdpr", None}),
}

# The regulations' names as each language's official text abbreviates them.
_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "de": {"GDPR": "DSGVO", "UK GDPR": "UK-DSGVO", "FADP": "DSG"},
    "fr": {"GDPR": "RGPD", "UK GDPR": "RGPD britannique", "FADP": "LPD"},
    "es": {"GDPR": "RGPD", "UK GDPR": "RGPD del Reino Unido", "FADP": "LPD"},
    "it": {"GDPR": "RGPD", "UK GDPR": "RGPD del Regno Unito", "FADP": "LPD"},
    "nl": {"GDPR": "AVG", "UK GDPR": "UK-AVG", "FADP": "DSG"},
}
_CITATION = re.compile(
    r"^(?P<law>UK GDPR|GDPR|FADP) Art\. (?P<art>\d+[A-Z]?)"
    r"(?:\((?P<par>\d+)\))?(?:\((?P<pt>[a-z])\))?$"
)


def choose_language(wanted: str | None, record_language: str | None) -> str:
    """The person's choice when given (UserError when there are no templates for it), else
    the company's request language when there are templates for it, else English."""
    if wanted:
        code = wanted.strip().lower()[:2]
        if code not in LANGUAGES:
            raise UserError(
                f"letters cannot be written in {wanted[:20]!r}",
                hint="choose one of: " + ", ".join(LANGUAGES),
            )
        return code
    code = (record_language or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def long_date(day: dt.date, lang: str = "en") -> str:
    """'5 January 2027' in English (the project's style), the CLDR long form elsewhere."""
    if lang == "en":
        from assistant.vocabulary import long_date as english

        return english(day)
    from babel.dates import format_date

    text = str(format_date(day, format="long", locale=lang))
    if day.day == 1 and lang in ("fr", "it"):
        # The first of the month is written as an ordinal: « le 1er décembre », « il 1º dicembre ».
        text = ("1er" if lang == "fr" else "1º") + text[1:]
    return text


def cite(citation: str, lang: str = "en") -> str:
    """A citation in the official form of `lang`; one this cannot parse comes back unchanged."""
    if lang == "en":
        return citation
    match = _CITATION.match(citation.strip())
    if match is None:
        return citation
    law = _ABBREVIATIONS[lang][match["law"]]
    art, par, pt = match["art"], match["par"], match["pt"]
    if lang == "de":
        text = f"Art. {art}" + (f" Abs. {par}" if par else "") + (f" lit. {pt}" if pt else "")
        return f"{text} {law}"
    if lang == "nl":
        text = f"artikel {art}" + (f", lid {par}" if par else "") + (f", onder {pt}" if pt else "")
        return f"{text}, {law}" if par or pt else f"{text} {law}"
    words = {
        "fr": ("article", "paragraphe", "point", "du"),
        "es": ("artículo", "apartado", "letra", "del"),
        "it": ("articolo", "paragrafo", "lettera", "del"),
    }[lang]
    text = f"{words[0]} {art}" + (f", {words[1]} {par}" if par else "")
    text += f", {words[2]} {pt})" if pt else ""
    if law == "LPD" and lang == "fr":
        return f"{text}{',' if par or pt else ''} de la {law}"
    if law == "LPD":
        return (
            f"{text}{',' if par or pt else ''} della {law}"
            if lang == "it"
            else (f"{text}{',' if par or pt else ''} de la {law}")
        )
    return f"{text}{',' if par or pt else ''} {words[3]} {law}"
