"""Rights from everyday words: rules that map what people type to "access", "deletion",
"opt_out" or "correction", with negation ("I don't want to delete anything, just see what they
have" is access). The English rules are in assistant.understanding.rights_en, the other
languages' in assistant.understanding.rights_i18n; the short answers to "which right?" ("2",
"delete", "opt out") are in assistant.understanding.short_rights.

Part of assistant.understanding.understand; the text given here is already folded (`clean_text`).
"""

from __future__ import annotations

import bisect
import re

from assistant.understanding.rights_en import RIGHT_RULES
from assistant.understanding.rights_i18n import RULES_BY_LANGUAGE
from assistant.understanding.scope_i18n import (
    ASKED_OF_ME,
    BEFORE,
    CLAUSE_BREAK_BY_LANGUAGE,
    NEGATION_BY_LANGUAGE,
    OTHER_THING_DELETED,
    REFUSED,
    SELF_ACTION_BY_LANGUAGE,
    SELF_CORRECTED_BY_LANGUAGE,
)

_NEGATION = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|does not|not|never|no need to|without|rather than|"
    r"instead of|won'?t|wouldn'?t|no)\b"
)
# Words after which a new clause starts (negation does not carry over).
_CLAUSE_BREAK = re.compile(
    r"[,;:!?]|\.(?!\w)| - | -- |\u2013|\u2014|\b(?:but|just|only|instead|rather|though|however|"
    r"and then|please|and (?:i|we|now))\b|"
    # "Lyft doesn't need my ride history anymore so have them erase it": "so" starts the ask
    r"\bso(?= (?:have|get|make|please|i|they|you|delete|erase|remove|tell|ask)\b)"
)
# "Ich will nicht, dass N26 mein Konto löscht": the clause after the comma is what is negated.
_SUBORDINATE = re.compile(r"\s*(?:dass|que|qu'|che|dat|that)\b")
# ... when the clause before the comma ends in the wanting ("ich will nicht, dass", "je ne
# veux pas, qu'ils"); not "je ne veux plus rien avoir à faire avec eux, qu'ils effacent tout"
_WANTING = re.compile(
    r"\b(?:will|mochte|want|wants|veux|voudrais|quiero|quisiera|voglio|vorrei|wil|wollen|"
    r"nicht|pas|no|non|niet|not)\s*$"
)
# The person correcting themselves, not asking for a correction: "I got that wrong", "my
# mistake", "ich habe mich vertan (mein Fehler)", "je me suis trompé, erreur de ma part".
OWN_SLIP = re.compile(
    r"\bi (?:got|had|have|put|typed|wrote|said|picked|chose) (?:that|it|this|the \w+) "
    r"(?:wrong|incorrectly)\b|\bi was wrong\b|\bi made a (?:mistake|typo|error)\b|"
    r"\bmy (?:mistake|bad|error|typo)\b|\b(?:mein|meinen) (?:Fehler|Tippfehler)\b|"
    r"\b(?:mon erreur|erreur de ma part|ma faute)\b|\b(?:mi|mio) (?:error|errore)\b|"
    r"\berrore mio\b|\bmijn (?:fout|vergissing)\b|\bwrong (?:company|one|name)\b|"
    # "Moment, falsch - nicht Zalando", "sorry, wrong: I meant", "pardon, faux"
    r"\b(?:moment|warte|halt|sorry|pardon|oops|oups|perdon|scusa|scusate|wait|hmm|nee|nein|no|"
    r"non)\b[\s,;:.!\u2013-]+(?:\w+[\s,;:.!\u2013-]+)?(?:falsch|faux|wrong|mal|sbagliato|"
    r"fout|verkeerd)\b",
    re.IGNORECASE,
)
UNSUBSCRIBE = re.compile(
    r"\bun-?subscribe\b|\bmailing list\b|\bnewsletters?\b|\bstop (?:e-?mail"
    r"ing|calling|texting|spamming|contacting|sending)\b"
)


def find_rights(
    text: str, lang: str = "en"
) -> tuple[list[tuple[str, float, int]], list[tuple[str, int]], list[tuple[int, int]]]:
    """Positive (right, weight, position) hits, negated rights, and the spans the hits cover.

    English rules always apply (people mix "opt out" or "DSAR" into other languages); the
    rules of `lang` apply too (assistant.understanding.rights_i18n)."""
    hits: list[tuple[str, float, int]] = []
    negated: list[tuple[str, int]] = []  # (right, where it is denied)
    spans: list[tuple[int, int]] = []
    rules: list[tuple[str, re.Pattern[str], float, bool, str]] = [
        (r.right, r.pattern, r.weight, r.negatable, "en") for r in RIGHT_RULES
    ]
    if lang in RULES_BY_LANGUAGE:
        rules += [(right, pat, w, neg, lang) for right, pat, w, neg in RULES_BY_LANGUAGE[lang]]
    cuts: dict[str, tuple[list[int], list[int]]] = {}
    own = SELF_ACTION_BY_LANGUAGE.get(lang)
    own_spans = [m.span() for m in own.finditer(text)] if own else []
    own_spans += [m.span() for m in OTHER_THING_DELETED.finditer(text)]
    slips = [m.span() for m in OWN_SLIP.finditer(text)]
    fixed = SELF_CORRECTED_BY_LANGUAGE.get(lang)
    slips += [m.span() for m in fixed.finditer(text)] if fixed else []
    for right, pattern, weight, negatable, rule_lang in rules:
        for m in pattern.finditer(text):
            if right == "deletion" and any(a <= m.start() < b for a, b in own_spans):
                continue  # "dass ich die alten Kundendaten lösche": the person's own doing, or
                # not their data ("meine Reklamation ist einfach gelöscht")
            if right == "correction" and any(a <= m.start() < b for a, b in slips):
                continue  # "sorry, I got that wrong, it's Whitepages": the person's own slip
            window = (text, max(0, m.start() - 40), m.start())
            if (
                BEFORE.search(*window)
                or ASKED_OF_ME.search(*window)
                or REFUSED.search(text, max(0, m.start() - 70), m.start())
            ):  # "my landlord asked me to delete the photos": what someone wants of the person;
                # "¿pueden negarse a borrar ...?": what a company might refuse
                negated.append((right, m.start()))  # "before deleting anything": not asked now
                continue
            spans.append(m.span())
            if negatable:
                if rule_lang not in cuts:
                    cuts[rule_lang] = _cuts(text, rule_lang)
                if (
                    _negated(cuts[rule_lang], m.start())
                    or (
                        rule_lang in _NEGATION_LAST
                        and _negated_after(text, cuts[rule_lang], m.end())
                    )
                    or _THEN_NO.match(text, m.end())
                ):
                    negated.append((right, m.start()))
                    continue
            hits.append((right, weight, m.start()))
    return _without_described_data(text, hits), negated, spans


# "a full copy of my data, including whatever they inferred about me for ads": words after
# "including" describe the data asked for, not a second right.
_INCLUDING = re.compile(
    r"\b(?:including|included|such as|einschlie\w*|inklusive|y (?:tambien|incluso)|incluido\w*|"
    r"incluyendo|y compris|compris|inclus\w*|compreso|compresi|incluso|inclusief)\b"
)


def _without_described_data(
    text: str, hits: list[tuple[str, float, int]]
) -> list[tuple[str, float, int]]:
    """Drop a right named after "including" that follows an access request in one sentence."""
    access = [pos for right, _w, pos in hits if right == "access"]
    if not access:
        return hits
    kept = []
    for right, weight, pos in hits:
        before = text[min(access) : pos] if right != "access" and pos > min(access) else ""
        if before and _INCLUDING.search(before) and not re.search(r"[.!?;]", before):
            continue
        kept.append((right, weight, pos))
    return kept


def _cuts(text: str, lang: str) -> tuple[list[int], list[int]]:
    """Where clauses end, and where negation words end, in `text` (once per message: linear)."""
    pattern = CLAUSE_BREAK_BY_LANGUAGE.get(lang, _CLAUSE_BREAK)
    breaks = [
        m.end()
        for m in pattern.finditer(text)
        if not (
            m.group(0) == ","
            and _SUBORDINATE.match(text, m.end())
            and _WANTING.search(text, max(0, m.start() - 30), m.start())
        )
    ]
    negations = [m.end() for m in NEGATION_BY_LANGUAGE.get(lang, _NEGATION).finditer(text)]
    return breaks, negations


# The verb, then "no" closing the clause: "No, borrar no. Solo una copia", "cancellare no"
_THEN_NO = re.compile(r"\s+(?:no|non|nee|nein)\s*(?:[,.;:!?\u2013\u2014]|$)")
# Languages whose negation may close the clause after the verb ("löschen soll Payback sie
# nicht", "verwijder het niet").
_NEGATION_LAST = frozenset({"de", "nl"})


def _negated_after(text: str, cuts: tuple[list[int], list[int]], end: int) -> bool:
    """True when a negation word after `end` is the last word of the same clause."""
    breaks, negations = cuts
    at = bisect.bisect_right(breaks, end)
    clause_end = breaks[at] if at < len(breaks) else len(text)
    last = bisect.bisect_right(negations, clause_end) - 1
    return (
        last >= 0
        and negations[last] > end
        and not re.search(r"\w", text[negations[last] : clause_end])
    )


def _negated(cuts: tuple[list[int], list[int]], start: int) -> bool:
    """True when a negation word sits before `start` in the same clause."""
    breaks, negations = cuts
    clause_start = 0
    at = bisect.bisect_right(breaks, start) - 1
    if at >= 0:
        clause_start = breaks[at]
    at = bisect.bisect_right(negations, start) - 1
    return at >= 0 and negations[at] > clause_start


def without_taken_back(
    hits: list[tuple[str, float, int]], negated: list[tuple[str, int]]
) -> list[tuple[str, float, int]]:
    """The hits without a right asked for and then denied, when another right is asked for
    ("quiero borrar... no, espera, no quiero borrar nada, solo saber qué datos tienen"); not
    one denied first and asked for after ("no idea what they kept ... I want a full copy")."""
    first_asked: dict[str, int] = {}
    for right, _weight, pos in hits:
        first_asked[right] = min(first_asked.get(right, pos), pos)
    taken_back = {r for r, pos in negated if r in first_asked and pos > first_asked[r]}
    if taken_back and {h[0] for h in hits} - taken_back:
        return [h for h in hits if h[0] not in taken_back]
    return hits


def choose_right(hits: list[tuple[str, float, int]]) -> tuple[str | None, float, list[str]]:
    if not hits:
        return None, 0.0, []
    totals: dict[str, float] = {}
    first: dict[str, int] = {}
    for right, weight, pos in hits:
        totals[right] = max(totals.get(right, 0.0), weight) + 0.05 * (right in totals)
        first[right] = min(first.get(right, pos), pos)
    ranked = sorted(totals, key=lambda r: (-totals[r], first[r]))
    best = ranked[0]
    conf = min(1.0, 0.45 + 0.4 * totals[best])
    if len(ranked) > 1 and totals[ranked[1]] >= totals[best] - 0.15:
        conf = min(conf, 0.6)
    return best, conf, ranked
