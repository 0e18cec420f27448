"""A reply's text cut into sentences, and the language it is written in.

Part of assistant/replies/classify.py. Sentences split at blank lines and sentence ends, keeping
abbreviations ("Art.", "Cal. Civ.", "15. März") inside their sentence, and an overlong run of
text is read in bounded pieces so reading stays linear. The language is told by simplemma's
detector over the six languages the letters speak.
"""

from __future__ import annotations

import re

from assistant.replies.message import LANGUAGES

# Words that end with a full stop inside a sentence: titles, legal citations, German ordinal
# dates ("15. März"), initials.
_ABBREVIATIONS = str.split(
    "mr mrs ms dr sr sra srta dña mme mlle me sig sigg dott avv prof hon st no nr nº n art abs "
    "cal civ bus reg regs stat rev ann gen sec sect par para ziff lit cf vgl ggf bzw gem ca inc "
    "ltd co corp tel fax mo di mi do fr sa so ref approx incl excl e.g i.e z.b d.h u.a vs viz "
    "al etc réf rif lgs artt"
)
_ABBREV = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")|\b\d{1,2}|\b[A-Za-z])\.$",
    re.IGNORECASE,
)
_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«¿¡(]?[A-ZÀ-ÖØ-Þ0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of `text`: split at blank lines, line ends after a full stop, and sentence
    ends, keeping abbreviations such as "Art." or "Cal. Civ." inside their sentence."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if not block:
            continue
        pieces = _END.split(block)
        merged: list[str] = []
        for piece in pieces:
            if merged and _ABBREV.search(merged[-1]):
                merged[-1] += " " + piece
            else:
                merged.append(piece)
        for sentence in merged:
            out.extend(_bounded(sentence.strip()))
    return out


# A sentence longer than this is no sentence a privacy team wrote (a table, a pasted log, a
# line with no full stops): it is read in pieces of about this size, cut at spaces, so the
# cost of reading stays linear in the length of the text.
LONGEST_SENTENCE = 1200


def _bounded(sentence: str) -> list[str]:
    if len(sentence) <= LONGEST_SENTENCE:
        return [sentence] if sentence else []
    pieces: list[str] = []
    while len(sentence) > LONGEST_SENTENCE:
        cut = sentence.rfind(" ", LONGEST_SENTENCE // 2, LONGEST_SENTENCE)
        cut = cut if cut > 0 else LONGEST_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        pieces.append(sentence)
    return pieces


def detect_language(text: str) -> str | None:
    """The language of `text` among the six, by simplemma's detector (None when unsure)."""
    from simplemma import langdetect

    sample = text[:700]
    if not sample.strip():
        return None
    best, score = langdetect(sample, lang=LANGUAGES)[0]
    return best if best in LANGUAGES and score > 0 else None
