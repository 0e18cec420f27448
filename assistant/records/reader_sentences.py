"""Sentences of a policy with their place in the text, the section each sits in, and quoting.

Every sentence is an exact slice of the policy text (`text[start:end]`), so a quote taken from
one is verbatim by construction. A quote is one sentence, cut at word boundaries around the
words that matter when the sentence is longer than QUOTE_MAX characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_MAX = 299

# A sentence ends at . ! ? (or their full-width forms) followed by space and a capital, a quote
# mark, a bracket or Markdown emphasis; never after common abbreviations.
_END = re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*\s+(?=[\"“‘(\[*_A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|Inc|Ltd|Co|Corp|No|St|Ave|Blvd|Dr|Mr|Mrs|Ms|U\.S|Sec|para|Art|"
    r"vs|approx|Jr|Sr|z\.B|bzw|ca|Nr|Str|Abs|ff|Pty|Pte|\w+str)\.|\b[A-Z]\.|"
    r"(?<= )[ei]\.)$"  # "Chaos Computer Club e. V.", "i. A.": the legal form's first letter
)
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s+\S|\*\*[^*]{2,120}\*\*\s*:?\s*$|[A-Z0-9][^.!?]{1,100}$)")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its slice of the text and the headings of the sections around it."""

    start: int
    end: int
    text: str
    heading: str


def sentences(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order; table rows and list items count as sentences."""
    found: list[Sentence] = []
    heading = ""
    stack: list[tuple[int, str]] = []  # the headings above this line, outermost first
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or _UNDERLINE.match(stripped):
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if _UNDERLINE.match(following) or (
            len(stripped) <= 120 and _HEADING.match(line) and not stripped.endswith((",", ";"))
        ):
            level = _level(stripped, following)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, stripped.strip("#*_ :")))
            heading = " > ".join(title for _, title in stack)
        lead = len(line) - len(line.lstrip())
        piece_start = start + lead
        body = line.strip()
        cursor = 0
        for match in _END.finditer(body):
            before = body[cursor : match.start()]
            if _ABBREVIATIONS.search(before):
                continue
            _add(found, text, piece_start + cursor, piece_start + match.start(), heading)
            cursor = match.end()
        _add(found, text, piece_start + cursor, piece_start + len(body), heading)
    return found


def _level(line: str, following: str) -> int:
    """How high a heading sits: Markdown's # count, 1-2 for underlined ones, else the lowest."""
    hashes = len(line) - len(line.lstrip("#"))
    if hashes:
        return hashes
    if _UNDERLINE.match(following):
        return 1 if following.strip().startswith("=") else 2
    return 7


def _add(found: list[Sentence], text: str, start: int, end: int, heading: str) -> None:
    while start < end and text[start] in " \t*-|>#":
        start += 1
    while end > start and text[end - 1] in " \t|":
        end -= 1
    if end - start >= 3:
        found.append(Sentence(start, end, text[start:end], heading))


def quote_around(sentence: Sentence, focus: re.Match[str] | None = None) -> str:
    """The sentence as a quote; a long one cut to QUOTE_MAX characters around `focus`."""
    text = sentence.text
    if len(text) <= QUOTE_MAX:
        return text
    centre = (focus.start() + focus.end()) // 2 if focus else 0
    start = max(0, min(centre - QUOTE_MAX // 2, len(text) - QUOTE_MAX))
    end = start + QUOTE_MAX
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 40 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > end - 40 else end
    return text[start:end].strip()


def window(text: str, start: int, end: int, width: int = 160) -> str:
    """The text around a span (for judging what a contact is for)."""
    return text[max(0, start - width) : end + width]


def sentence_at(sents: list[Sentence], position: int) -> Sentence | None:
    """The sentence of `sents` (in text order) that holds `position`, if any."""
    low, high = 0, len(sents)
    while low < high:
        mid = (low + high) // 2
        if sents[mid].end < position:
            low = mid + 1
        else:
            high = mid
    if low < len(sents) and sents[low].start <= position <= sents[low].end:
        return sents[low]
    return None


def quote_for(sents: list[Sentence], text: str, start: int, end: int) -> str:
    """A verbatim quote for text[start:end]: its sentence, cut around it, or the words alone."""
    sentence = sentence_at(sents, start)
    if sentence is None:
        return text[start:end]
    match = re.compile(re.escape(text[start:end])).search(sentence.text)
    quote = quote_around(sentence, match)
    return quote if text[start:end] in quote else text[start:end]


# Script code captured with a page ("var google_remarketing_only = true;"): not the policy's text.
SCRIPT_CODE = re.compile(r"\bfunction\s*\(|\bdocument\.\w+\(|\bvar \w+ =|addEventListener\(")
