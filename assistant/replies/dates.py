"""Dates and periods as a reply states them, in English, German, French, Spanish, Italian, Dutch.

Month names come from babel's CLDR data for each language (wide and abbreviated forms), so
"22. Februar 2027", "12 de febrero de 2027", "4 januari 2027" and "February 18, 2027" are read
the same way; numeric dates ("23/02/2027", "22.02.2027", "2027-02-22") are read day first, and an
all-numeric date in English whose day and month could be swapped is left unread rather than
guessed. Periods ("by two further months", "um weitere zwei Monate", "30 jours") become
{"days": N} or {"months": N}.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

LANGS = ("en", "de", "fr", "es", "it", "nl")

NUMBER_WORDS: dict[str, int] = {
    # en
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8,
    "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90,
    # de
    "ein": 1, "einen": 1, "einem": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "acht": 8, "dreißig": 30,
    # fr
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "trente": 30,
    # es / it
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8, "treinta": 30,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "otto": 8, "trenta": 30,
    # nl
    "één": 1, "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "dertig": 30,
}  # fmt: skip

_UNITS: dict[str, str] = {
    "month": "months", "months": "months", "monat": "months", "monate": "months",
    "monaten": "months", "mois": "months", "mes": "months", "meses": "months",
    "mese": "months", "mesi": "months", "maand": "months", "maanden": "months",
    "day": "days", "days": "days", "tag": "days", "tage": "days", "tagen": "days",
    "jour": "days", "jours": "days", "día": "days", "días": "days", "dia": "days",
    "dias": "days", "giorno": "days", "giorni": "days", "dag": "days", "dagen": "days",
    "week": "weeks", "weeks": "weeks", "woche": "weeks", "wochen": "weeks", "semaine": "weeks",
    "semaines": "weeks", "semana": "weeks", "semanas": "weeks", "settimana": "weeks",
    "settimane": "weeks", "weken": "weeks",
}  # fmt: skip

# Words that may stand between the number and the unit: "two further months", "30 jours
# supplémentaires" puts it after, which needs nothing here.
_BETWEEN = (
    r"(?:(?:additional|further|more|extra|calendar|weitere|weiteren|zusätzliche|zusätzlichen|"
    r"supplémentaires?|adicionales?|más|ulteriori|altri|extra|aanvullende|extra)\s+)?"
)


@functools.cache
def _month_names() -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for lang in LANGS:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=lang).items():
                names[name.lower().rstrip(".")] = number
    names.pop("mar", None)  # "mar" is March in en and it, but also "martes" etc.: keep safe
    names["mar"] = 3
    names["sept"] = 9
    return names


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months = "|".join(sorted((re.escape(m) for m in _month_names()), key=len, reverse=True))
    day_first = re.compile(
        rf"\b(\d{{1,2}})(?:er|º|°|\.|st|nd|rd|th)?\s+(?:de\s+)?({months})\.?,?\s+(?:de\s+)?(\d{{4}})\b",
        re.IGNORECASE,
    )
    month_first = re.compile(
        rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
    )
    numeric = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})([./-])(\d{1,2})\5(\d{4})\b")
    return day_first, month_first, numeric


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.cache
def _yearless_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(sorted((re.escape(m) for m in _month_names()), key=len, reverse=True))
    no_year = r"(?![.,]?\s*(?:de\s+)?\d)"  # not followed by a year (those are read above)
    day_first = re.compile(
        rf"\b(\d{{1,2}})(?:er|º|°|\.|st|nd|rd|th)?\s+(?:de\s+)?({months})\b\.?{no_year}",
        re.IGNORECASE,
    )
    month_first = re.compile(
        rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{no_year}", re.IGNORECASE
    )
    return day_first, month_first


# Short month names that are also ordinary words ("30 may apply", "mar" the sea): a date
# without a year is read with them only when they are capitalised as a month is.
_YEARLESS_AHEAD_DAYS = 183
_AMBIGUOUS_SHORT = frozenset({"may", "mar", "sept", "jan", "june"})


def _yearless(text: str, sent: dt.date) -> list[tuple[int, dt.date]]:
    """Dates written without a year ("bis zum 3. Februar", "by March 2"): the first such day
    on or after the day the reply was sent, when that is within half a year (a reply speaks
    of the days ahead of it; "on 10 December", written on 15 December, is a day past, and
    is left unread rather than put a year ahead)."""
    day_first, month_first = _yearless_patterns()
    months = _month_names()
    found: list[tuple[int, dt.date]] = []
    for pattern, day_group, month_group in ((day_first, 1, 2), (month_first, 2, 1)):
        for m in pattern.finditer(text):
            name = m.group(month_group)
            if name.lower() in _AMBIGUOUS_SHORT and not name[0].isupper():
                continue
            month, day = months[name.lower().rstrip(".")], int(m.group(day_group))
            date = _make(sent.year, month, day)
            if date is not None and date < sent:
                date = _make(sent.year + 1, month, day)
            if date is not None and (date - sent).days <= _YEARLESS_AHEAD_DAYS:
                found.append((m.start(), date))
    return found


def find_dates(
    text: str, language: str = "en", sent: dt.date | None = None
) -> list[tuple[int, dt.date]]:
    """(position, date) of every date written in `text`, in order of appearance. With `sent`
    (the day the text was written), dates without a year are read too (see `_yearless`);
    without it they are left unread rather than guessed."""
    day_first, month_first, numeric = _patterns()
    months = _month_names()
    found: list[tuple[int, dt.date]] = _yearless(text, sent) if sent is not None else []
    for m in day_first.finditer(text):
        day = _make(int(m.group(3)), months[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if day:
            found.append((m.start(), day))
    for m in month_first.finditer(text):
        day = _make(int(m.group(3)), months[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if day:
            found.append((m.start(), day))
    for m in numeric.finditer(text):
        if m.group(1):
            day = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            first, second, year = int(m.group(4)), int(m.group(6)), int(m.group(7))
            if language == "en" and first <= 12 and second <= 12 and first != second:
                continue  # 02/03/2027 could be either: never guess
            day = _make(year, second, first)
            if day is None and language == "en":
                day = _make(year, first, second)  # 12/25/2027, US order
        if day:
            found.append((m.start(), day))
    return sorted(found)


_PERIOD_CACHE: list[re.Pattern[str]] = []


def _period_pattern() -> re.Pattern[str]:
    if not _PERIOD_CACHE:
        words = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
        units = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
        _PERIOD_CACHE.append(
            re.compile(rf"\b(\d{{1,3}}|{words})[\s-]+{_BETWEEN}({units})\b", re.IGNORECASE)
        )
    return _PERIOD_CACHE[0]


def find_periods(text: str) -> list[tuple[int, dict[str, int]]]:
    """(position, {"days": N} or {"months": N}) of every period written in `text`."""
    found = []
    for m in _period_pattern().finditer(text):
        number = m.group(1).lower()
        value = int(number) if number.isdigit() else NUMBER_WORDS[number]
        unit = _UNITS[m.group(2).lower()]
        if unit == "weeks":  # recorded as days: "six weeks" is 42 days
            unit, value = "days", value * 7
        found.append((m.start(), {unit: value}))
    return found
