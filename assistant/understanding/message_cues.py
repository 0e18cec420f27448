"""Small cues in what a person writes that steer assistant/understanding/understand.py: a right
asked of the company in so many words, a deletion the person did themselves and wants undone,
an apology around a place, a law cited (which country's entity is meant), how an answer to
"which company?" may begin, and the person correcting which company they meant.
"""

from __future__ import annotations

import re

# Wording that asks the company to act ("I want them to", "voglio che", "ich will, dass").
ASKED_OF_THEM = re.compile(
    r"\b(?:i want|i'?d like|please|want them to|ich (?:will|mochte)|bitte|je veux|je voudrais|"
    r"quiero|quisiera|voglio|vorrei|ik wil|graag)\b"
)

# "I deleted my account but want it back": the deleting was the person's own
WANTS_BACK = re.compile(
    r"\b(?:recuper\w*|reactiv\w*|riattiv\w*|ripristin\w*|wiederherstell\w*|restore\w*|"
    r"get it back|back again|rivoglio|terugzetten|terug)\b"
)

APOLOGY = re.compile(
    r"\b(?:sorry|oops|my bad|pardon|entschuldigung|d[ée]sol[ée]e?|perd[oó]n|lo siento|"
    r"scusa|scusate|excuses)\b[\s,.!;:-]*",
    re.IGNORECASE,
)

# A law cited names the country whose entity is meant ("Pursuant to the CCPA, I direct Acxiom
# ..." is written to the US entity); used only to choose among one brand's entities.
LAW_COUNTRY = (
    (re.compile(r"\b(?:ccpa|cpra|1798\.\d+|cal\.? civ\.? code)\b"), "US-CA"),
    (re.compile(r"\b(?:uk gdpr|data protection act 2018|ico)\b"), "GB"),
    (re.compile(r"\b(?:dsgvo|bdsg)\b"), "DE"),
)


def law_country(low: str) -> str | None:
    """The country whose entity a law cited in `low` points to, if any."""
    for pattern, country in LAW_COUNTRY:
        if pattern.search(low):
            return country
    return None


# How an answer to "which company?" may begin before the name.
LEAD_IN = re.compile(
    r"^\s*(?:it'?s about|it'?s|about|es geht um|um|c'est pour|c'est|il s'agit de|se trata de|"
    r"es|si tratta di|è|het gaat om|het is)\s+(?=\S)",
    re.IGNORECASE,
)

# The person correcting which company they meant ("sorry, wrong one, I meant Qualfon").
SELF_CORRECTION = re.compile(
    r"\bi meant\b|\bi mean\b|\bmy mistake\b|\bich meinte\b|\bje voulais dire\b|"
    r"\bquise decir\b|\bintendevo\b|\bik bedoelde\b|\bnot \w+(?: \w+)?, (?:it'?s|i)\b"
)
