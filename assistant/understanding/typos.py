"""Misspelt request words, put right before the rights are read: "coppy" -> copy, "personel"
-> personal, "seling" -> selling, "delet" -> delete, "Auskumft" -> Auskunft, "gegevns" ->
gegevens, "supprimmer" -> supprimer, a few chat shorthands ("u", "q", "ke", "nn") and chat
spelling by sound ("kiamarmi" -> chiamarmi).

Part of assistant.understanding.understand. The words put right are only those the rules for
the rights and for personal data are written with (their literal words, and the words of the
language's frequency list that their stems begin), so a misspelling can only become a word a
rule reads. A word is left alone when it is a word of the message's language (or a common
English one), shorter than four letters, or equally close to two different request words.
Only the text the rights and the kind of message are read from is corrected; company names
are looked up in the words as typed.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from assistant.records.search import fold

# Chat shorthand, per language ("" = every language).
_SHORTHAND: dict[str, dict[str, str]] = {
    "": {"u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks"},
    "es": {
        "q": "que",
        "k": "que",
        "kiero": "quiero",
        "kieres": "quieres",
        "xq": "porque",
        "tb": "tambien",
        "toy": "estoy",
    },
    "it": {"ke": "che", "nn": "non", "x": "per", "cmq": "comunque", "xke": "perche"},
    "fr": {
        "jveux": "je veux",
        "jvoudrais": "je voudrais",
        "chui": "je suis",
        "stp": "s'il te plait",
        "tt": "tout",
        "ke": "que",
        "ske": "ce que",
        "davoir": "d'avoir",
        "c": "c'est",
        "jsuis": "je suis",
        "jpeux": "je peux",
        "koi": "quoi",
    },
    "de": {"nich": "nicht", "ne": "eine", "n": "ein"},
    "nl": {"ff": "even", "mn": "mijn", "m'n": "mijn", "z'n": "zijn"},
}


def shorthand_language(word: str) -> str | None:
    """The one language whose chat shorthand `word` (lower case) is, when it is at least four
    letters long ("jveux" -> fr, "kiero" -> es, "cmq" is too short), else None."""
    if len(word) < 4:
        return None
    found = [lang for lang, table in _SHORTHAND.items() if lang and word in table]
    return found[0] if len(found) == 1 else None


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A literal word of a rule's pattern, and whether the rule reads it as a stem ("supprim\w*").
_LITERAL = re.compile(r"([a-z]{4,})(\u00a7)?")
_MIN_ZIPF_KNOWN = 3.0  # every word of the frequency list counts as a word of its language
_ENGLISH_MIXED_IN = 4.0  # an English word this common is taken as meant, in any language


def _pattern_sources(lang: str) -> list[str]:
    from assistant.understanding.intents import PRIVACY_OBJECT, REQUEST_PHRASE
    from assistant.understanding.rights_en import RIGHT_RULES
    from assistant.understanding.rights_i18n import RULES_BY_LANGUAGE

    sources = [rule.pattern.pattern for rule in RIGHT_RULES]
    sources += [pattern.pattern for _right, pattern, _w, _n in RULES_BY_LANGUAGE.get(lang, [])]
    sources += [PRIVACY_OBJECT.pattern, REQUEST_PHRASE.pattern]
    return sources


@lru_cache(maxsize=6)
def _folded_words(lang: str) -> tuple[list[str], frozenset[str]]:
    """The language's frequency list, folded: sorted (for stems) and as a set."""
    from assistant.understanding.lexicon import LANGUAGES, _frequency_tables

    if lang not in LANGUAGES:
        return [], frozenset()
    folded = {fold(word) for word in _frequency_tables()[lang]}
    return sorted(folded), frozenset(folded)


@lru_cache(maxsize=6)
def vocabulary(lang: str) -> tuple[str, ...]:
    """The request words of `lang` (and English, which the rules always read), folded."""
    found: set[str] = set()
    for source_lang in {"en", lang}:
        ordered, known = _folded_words(source_lang)
        for source in _pattern_sources(source_lang):
            plain = re.sub(r"\\[a-zA-Z]", " ", source.replace(r"\w*", "\u00a7"))
            for literal, stem in _LITERAL.findall(plain):
                if literal in known or not stem:  # a whole word a rule reads ("profilage")
                    found.add(literal)
                if stem:
                    at = bisect.bisect_left(ordered, literal)
                    while at < len(ordered) and ordered[at].startswith(literal):
                        found.add(ordered[at])
                        at += 1
    return tuple(sorted(w for w in found if len(w) >= 4))


def _known(word: str, lang: str) -> bool:
    from assistant.understanding.lexicon import _frequency_tables

    tables = _frequency_tables()
    if word in tables.get(lang, {}) or fold(word) in _folded_words(lang)[1]:
        return True
    english = tables["en"].get(word)
    if lang == "en":
        return english is not None
    import math

    return english is not None and math.log10(english) + 9 >= _ENGLISH_MIXED_IN


@lru_cache(maxsize=4096)
def _correct(word: str, lang: str) -> str | None:
    """The request word `word` (lower case, as typed) is a misspelling of, or None."""
    folded = fold(word)
    if len(folded) < 4 or _known(word, lang):
        return None
    words = vocabulary(lang)
    if folded in words:
        return None
    limit = 1 if len(folded) < 9 else 2
    best = process.extract(folded, words, scorer=OSA.distance, score_cutoff=limit, limit=3)
    if not best:
        return None
    top = best[0][1]
    meant = {w for w, score, _ in best if score == top}
    if len(meant) > 1 and len({w[:4] for w in meant}) > 1:
        return None  # equally close to two different words: leave it
    # a letter left out is the commonest slip ("donees" -> donnees); of two such words, the
    # commoner ("stopen" -> stoppen, not stopten), so the choice never depends on set order
    from assistant.understanding.lexicon import language_zipf

    return max(meant, key=lambda w: (len(w), language_zipf(w, lang), w))


# Chat spelling by sound: Italian "k" for "ch" ("kiamarmi", "kiedo"), Spanish "k" for "qu"
# ("kieren", "ke").
_SOUND_SPELLING = {"it": ("k", "ch"), "es": ("k", "qu")}


def _sounded_out(word: str, lang: str) -> str | None:
    """The word `word` spells by sound, when it is no word itself and the other is one."""
    letters = _SOUND_SPELLING.get(lang)
    if letters is None or letters[0] not in word or len(word) < 4 or _known(word, lang):
        return None
    respelt = word.replace(*letters)
    return respelt if _known(respelt, lang) else _correct(respelt, lang)


def fix_typos(text: str, lang: str) -> str:
    """`text` with misspelt request words and chat shorthand put right (case is not kept)."""
    shorthand = {**_SHORTHAND[""], **_SHORTHAND.get(lang, {})}
    out: list[str] = []
    last = 0
    low = text.lower()
    for match in _WORD.finditer(low):
        word = match.group(0)
        fixed = shorthand.get(word) or _sounded_out(word, lang) or _correct(word, lang)
        if fixed is None:
            continue
        out.append(low[last : match.start()])
        out.append(fixed)
        last = match.end()
    if not out:
        return text
    out.append(low[last:])
    return "".join(out)
