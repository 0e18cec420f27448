"""The new date and period an extension states, and answers promised long after the law's month.

Part of assistant/replies/classify.py, split out to keep each module small. `extension_dates`
reads the extension's own sentences (and the two after each) for a new answer date and the
period added, preferring the period said to be added ("two further months") over the law's own
("within one month") or a new total ("three months in all"). `late_answer` finds a promise to
answer by a date long after the reply itself, which no statutory period explains.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.law.arithmetic import add_months
from assistant.replies.dates import find_dates, find_periods

# Words that speak of the answer itself ("the answer is postponed to 4 February").
_ANSWERING = re.compile(
    r"\b(respon|reply|answer|antwort|beantwort|auskunft|réponse|répond|respuesta|contest|risposta|"
    r"rispond|riscontro|antwoord|reactie|reageren|"
    # or of handing the information over ("le facilitaremos la información antes del ...")
    r"facilitar|proporcionar|remitir|fourni|transmettr|übermitt|zukommen|fornir|trasmett|"
    r"verstrekk|toestur|provide you|send you)",
    re.IGNORECASE,
)

# A promise to answer by a date that lies this far after the reply itself is no statutory
# date: the law's longest first period is 45 days from the request, which came before.
_LATE_AFTER = dt.timedelta(days=50)
# In the languages whose laws give one month (the GDPR and its national companions), a date
# more than five weeks after the reply is past any first period.
_LATE_AFTER_MONTH = dt.timedelta(days=36)


# The quoted request's own date line ("Gesendet: Mittwoch, 25. November 2026 21:14").
_SENT_LINE = re.compile(
    r"^[ >]*(?:Sent|Date|Gesendet|Datum|Envoyé|Date d'envoi|Enviado(?: el)?|Fecha|Inviato|Data|"
    r"Verzonden)\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def requested_on(text: str, reference: str | None, language: str | None) -> dt.date | None:
    """The day of the request this reply answers: our reference's date (RA-YYYYMMDD-...),
    else the date line of the request quoted below the reply; None when neither is there."""
    if reference:
        found = re.match(r"RA-(\d{4})(\d{2})(\d{2})-", reference)
        if found:
            try:
                return dt.date(*(int(part) for part in found.groups()))
            except ValueError:
                pass
    line = _SENT_LINE.search(text)
    if line is None:
        return None
    dates = find_dates(line.group(1), language or "en")
    return dates[0][1] if dates else None


def late_answer(
    found: list[tuple[str, set[str]]],
    language: str | None,
    sent: str | None,
    after: dt.timedelta = _LATE_AFTER,
    requested: dt.date | None = None,
) -> tuple[dt.date, str] | None:
    """(the date, its sentence) when a sentence promising an answer names a date more than
    `after` after the reply was sent, or, when the day of the request is known (`requested`),
    past the longest first period the law gives from it (45 days, one month in the European
    languages); None otherwise (or when the reply has no date)."""
    if not sent:
        return None
    one_month = language not in (None, "en")
    if after == _LATE_AFTER and one_month:
        after = _LATE_AFTER_MONTH  # the European laws give one month, not 45 days
    sent_on = dt.date.fromisoformat(sent)
    limit = sent_on + after
    if requested is not None and after == (_LATE_AFTER_MONTH if one_month else _LATE_AFTER):
        first_period = add_months(requested, 1) if one_month else requested + _LATE_AFTER
        limit = min(limit, max(first_period, sent_on))
    for sentence, sig in found:
        promises = sig & {"ack", "answer_by", "extension"} or _ANSWERING.search(sentence)
        if not promises or sig & {"refuse", "conditional", "noreply"}:
            continue
        dates = [d for _pos, d in find_dates(sentence, language or "en", sent_on) if d > limit]
        if dates:
            return dates[-1], sentence
    return None


def extension_dates(
    found: list[tuple[str, set[str]]], language: str | None, sent: str | None
) -> tuple[str | None, dict[str, int] | None, str | None]:
    """(new due date, period, the sentence stating them) from the extension's sentences and
    the two sentences after each (where "we will answer by 12 February" usually stands). Of
    the periods, the one said to be added ("two further months") wins over one that is the
    law's own ("within one month") or a new total ("three months in all")."""
    sent_on = dt.date.fromisoformat(sent) if sent else None
    new_due = date_quote = None
    periods: list[tuple[int, int, dict[str, int], str]] = []  # (-weight, order, period, sentence)
    for index, (sentence, sig) in enumerate(found):
        if "extension" not in sig:
            continue
        for near in [sentence] + [s for s, _sig in found[index + 1 : index + 3]]:
            for position, period in find_periods(near):
                weight = _period_weight(near, position)
                if near != sentence:
                    weight -= 1  # a period beside the extension must say it is added
                if weight >= 0:
                    periods.append((-weight, len(periods), period, near))
            dates = [
                d for _pos, d in find_dates(near, language or "en", sent_on)
                if sent_on is None or d > sent_on
            ]  # fmt: skip
            if dates and new_due is None:
                new_due = dates[-1].isoformat()
                date_quote = near
    best = min(periods) if periods else None
    extension = best[2] if best else None
    quote = date_quote or (best[3] if best else None)
    return new_due, extension, quote


_ADDED = re.compile(
    r"(additional|further|more|extra|weitere\w*|zusätzlich\w*|supplémentaires?|"
    r"adicional(es)?|más|ulterior[ie]|aggiuntiv[io]|in più|aanvullende|langer)",
    re.IGNORECASE,
)
_STATUTORY = re.compile(
    r"(within|innerhalb|dans( le délai)?|d'un|dentro|en el plazo|entro|binnen|statutory|"
    r"gesetzlich\w*|légal|legal|wettelijke|termijn van|Frist von|délai d'|plazo de|"
    r"termine di)\W*(\w+\W+){0,2}$",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"^\W*\w+\W+\w+\W+(au total|in total|insgesamt|en total|in totale|in totaal)", re.IGNORECASE
)


_STATUTORY_RIGHT_BEFORE = re.compile(
    _STATUTORY.pattern.replace(r"\W*(\w+\W+){0,2}$", r"\W*$"), re.IGNORECASE
)


# A verb of extending, in the first person, right before the period it adds.
_EXTENDING = re.compile(
    r"\b(prorrogamos|ampliamos|we (are )?extend(ing)?|verlängern wir|wir verlängern|nous "
    r"prolongeons|prorroghiamo|estendiamo|verlengen (wij|we)|(wij|we) verlengen)\b[^.]*$",
    re.IGNORECASE,
)


def _period_weight(text: str, position: int) -> int:
    """How surely the period at `position` is the time added: 2 when a word says it is added,
    1 when nothing says otherwise, -1 for the law's own period or a new total."""
    before, after = text[max(0, position - 30) : position], text[position : position + 45]
    if _TOTAL.search(after):
        return -1
    if _ADDED.search(after[:40]) or _ADDED.search(before[-20:]):
        return 2
    if _EXTENDING.search(text[max(0, position - 60) : position]):  # "prorrogamos el plazo de
        # respuesta dos meses": the verb says the period is added
        return 2
    if _STATUTORY_RIGHT_BEFORE.search(before):  # "entro il termine di un mese": the law's
        return -1  # own month, named right before the number
    if re.search(r"\b(by|um|de|di|met|en|of|another) (an? )?$", before):
        return 2  # "extended by two months", "ampliamos el plazo … en dos meses"
    if _STATUTORY.search(before):
        return -1
    return 1
