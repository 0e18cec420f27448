"""How ordinary a word is, and which of the six languages a message is in.

Word frequencies come from wordfreq (its lists ship inside the package; nothing is downloaded).
A word is "common" when it is frequent in any supported language (English, German, French,
Spanish, Italian, Dutch): "über", "bitte", "home", "sky", "apple", "tomorrow". A common word is
never taken for a company on its own unless the person wrote it as a name (see companies.py).
The language of a message is the one most of its words are clearly more frequent in.

The tables load on first use (about 0.15 s); importing this module costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "de", "fr", "es", "it", "nl")
# Zipf frequency (log10 of uses per billion words) from which a word counts as ordinary.
COMMON_ZIPF = 4.3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=1)
def _frequency_tables() -> dict[str, dict[str, float]]:
    import wordfreq

    # The "small" lists hold every word down to Zipf 3, well below the thresholds used here.
    return {lang: wordfreq.get_frequency_dict(lang, wordlist="small") for lang in LANGUAGES}


@lru_cache(maxsize=20000)
def zipf(word: str) -> float:
    """The highest Zipf frequency of `word` (lower case, accents kept) in the six languages."""
    import math

    word = word.lower()
    folded = word.casefold()  # the tables write "fussball", not "fußball"
    best = 0.0
    for table in _frequency_tables().values():
        freq = table.get(word) or table.get(folded)
        if freq:
            best = max(best, math.log10(freq) + 9)
    return best


@lru_cache(maxsize=20000)
def language_zipf(word: str, lang: str) -> float:
    """The Zipf frequency of `word` (lower case) in one language, 0 when it is not listed."""
    import math

    table = _frequency_tables().get(lang, {})
    freq = table.get(word) or table.get(word.casefold())
    return math.log10(freq) + 9 if freq else 0.0


@lru_cache(maxsize=20000)
def in_a_dictionary(word: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """True when `word` (as written, accents kept) is a word of one of these languages'
    dictionaries (simplemma's lemma tables): "picnic", "sky", "über" are, "uber", "airbnb",
    "zalando" are not. A frequency list cannot tell this: a big brand is as frequent as a word."""
    import simplemma

    word = word.strip().lower()
    if not word:
        return False  # simplemma refuses an empty word
    return any(simplemma.is_known(word, lang=lang) for lang in languages)


def load_tables() -> None:
    """Load the word tables and the six dictionaries now (about 2 s on first use), so that the
    first message read later does not wait for them."""
    _frequency_tables()
    for lang in LANGUAGES:
        in_a_dictionary("a", (lang,))


def is_common(word: str, threshold: float = COMMON_ZIPF) -> bool:
    """True when `word` is an ordinary word in one of the six languages."""
    return zipf(word) >= threshold


@lru_cache(maxsize=20000)
def _vote(word: str) -> tuple[str, float] | None:
    """The language `word` is clearly most frequent in (by half a Zipf step), and by how much."""
    import math

    scores = []
    for lang, table in _frequency_tables().items():
        freq = table.get(word)
        scores.append((math.log10(freq) + 9 if freq else 0.0, lang))
    scores.sort(reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= 2.5 and best - second >= 0.5:
        return lang, 1 + (best - second) / 4
    return None


def detect_language(text: str) -> str:
    """'en', 'de', 'fr', 'es', 'it' or 'nl': each word votes for the language it is clearly
    most frequent in (a chat shorthand such as "jveux" for its own); most votes wins, English
    on a tie."""
    from assistant.understanding.typos import shorthand_language

    votes = dict.fromkeys(LANGUAGES, 0.0)
    for word in _WORD.findall(text[:2000].lower()):
        chat = shorthand_language(word)  # "jveux" is in no frequency list, yet only French
        vote = (chat, 1.5) if chat else _vote(word)
        if vote is not None:
            votes[vote[0]] += vote[1]
    winner = max(LANGUAGES, key=lambda lang: (votes[lang], lang == "en"))
    return winner if votes[winner] > 0 else "en"
