"""Hints around a company's name in a message: a likeness ("a Schufa-like file") is no
mention of the company, a country typed after the name ("Amazon Germany", "Experian UK")
chooses the brand's entity for that country, and a company the person left for another ("I
left Vodafone for EE") is not the one asked.

Part of assistant.understanding.companies; reads the tokens of assistant.understanding.spans.
"""

from __future__ import annotations

import re

from assistant.records.search import normalise

# A name joined to one of these is a comparison, not the company: "a Schufa-like file".
LIKENESS = frozenset(
    {"like", "style", "type", "esque", "ahnlich", "ahnliche", "ahnlicher", "artig", "artige",
     "achtig", "achtige", "simile", "tipo"}
)  # fmt: skip


def with_country(
    span: str, tokens: list[str], raw_tokens: list[str], seps: list[str], end: int
) -> str:
    """The span with the country typed right after it ("Amazon Germany", "Experian UK"), so
    the brand's entity for that country is chosen; two or three letters only in capitals."""
    if end >= len(tokens) or re.search(r"[,.;:!?]", seps[end]):
        return span
    word = raw_tokens[end]
    if not (len(word) >= 4 or (len(word) >= 2 and word.isupper())):
        return span
    from assistant.law.residences import resolve_residence

    code = resolve_residence(word)
    return f"{span} {word}" if code and "-" not in code else span


# "left X for Y"; with a verb of switching, "from X to Y", "von X zu Y", "van X naar Y",
# "de X à Y", "da X a Y".
_SWITCH = re.compile(
    r"\b(?:left|quit|from|von|van|de|da)\s+"
    r"([\w&.'+-]+(?:\s[\w&.'+-]+)?)\s+(?:for|to|zu|naar|nach|\u00e0|a)\s+"
    r"([A-Z0-9][\w&.'+-]*[\w&+])"
)
_SWITCH_VERB = re.compile(
    r"(?i)\b(?:left|quit|switch\w*|moved|changed|went|wechsel\w*|gewechselt|umgestiegen|"
    r"overgestapt|overstap\w*|pass\w+|chang\w+|cambi\w+|migr\w+)\b"
)


def switched_to(text: str, known: set[str], ignore: set[str] | frozenset[str]) -> str | None:
    """The name the person switched to, when the one they left is a company found (`known`:
    its words) and the new one is not."""
    switch = _SWITCH.search(text) if _SWITCH_VERB.search(text) else None
    if not switch or not set(normalise(switch.group(1)).split()) & known:
        return None
    after = switch.group(2)
    if set(normalise(after).split()) & known or after in ignore:
        return None
    return after
