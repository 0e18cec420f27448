"""Which clause of a message asks for the right: of two companies named in separate clauses,
the one named where the right is asked for is meant ("Lösch mein Konto bei Spotify, ich nutz
jetzt Apple Music"), unless another clause adds to it ("Instagram too", "auch", "aussi").

Part of assistant.understanding.understand; the word numbers are the company finder's
(assistant.understanding.spans.tokenise), so they meet CompanyMatch.positions.
"""

from __future__ import annotations

import re

from assistant.understanding.rights import find_rights
from assistant.understanding.spans import tokenise
from assistant.understanding.typos import fix_typos
from assistant.understanding.words import clean_text

# "too", "also", "the same": a second clause that adds a company rather than sets one aside.
_ALSO = re.compile(
    r"\b(?:too|also|as well|same|auch|ebenfalls|ebenso|gleiche|aussi|egalement|meme|tambien|"
    r"mismo|misma|anche|pure|stesso|stessa|ook|zelfde|idem)\b"
)


def right_clause_words(text: str, lang: str, named_at: set[int]) -> set[int] | None:
    """The word numbers (as the company finder counts words) of the clauses of `text` that
    ask for a right, or None when there is a single clause or one adds to another ("too").
    Only the clauses holding a word of `named_at` (where companies are named) are read."""
    if _ALSO.search(clean_text(text)):
        return None
    _tokens, raw_tokens, seps = tokenise(text)
    clauses: list[list[int]] = [[]]
    for number, sep in enumerate(seps):
        if number and re.search(r"[,.;:!?]|\s[-\u2013\u2014]\s", sep):
            clauses.append([])
        clauses[-1].append(number)
    if len(clauses) < 2:
        return None
    found: set[int] = set()
    for clause in clauses:
        if not named_at.intersection(clause):
            continue
        words = clean_text(fix_typos(" ".join(raw_tokens[n] for n in clause), lang))
        if find_rights(words, lang)[0]:
            found.update(clause)
    return found
