"""How the words of a message are read when looking for a company: tokens, sentence starts,
capital letters, and whether a span is written as a name or is an everyday word.

Part of assistant.understanding.companies. Precision first: a span whose words are all everyday
words in one of six languages (assistant.understanding.lexicon: "home", "sky", "bitte", "über")
counts only when the person wrote it as a name (capitalised mid-sentence, or a brand the alias
table knows), put it where a request names its company ("remove me from qualified"), or
answered "which company?" with exactly that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.records.search import LEGAL_SUFFIXES, TLD_WORDS, fold, normalise
from assistant.understanding.lexicon import COMMON_ZIPF, zipf
from assistant.understanding.words import APOSTROPHES, words

if TYPE_CHECKING:
    from assistant.understanding.aliases import Alias
    from assistant.understanding.companies import CompanyMatch

# A span whose rarest word is at least this frequent needs to be written as a name.
RARE_ZIPF = 3.5
# Fuzzy matching never starts from a word this frequent ("shop" is not a typo of "Shoop").
FUZZY_ZIPF = 3.3
_TOKEN = re.compile(r"[^\W_](?:[\w&'.+@]*[\w&+])?|[\w.+-]+@[\w.-]+")
_NOT_NAME_CHARS = re.compile(r"[^0-9a-z&]+")
_POSSESSIVE = re.compile(r"'s$")
_SUFFIX_WORDS = frozenset(LEGAL_SUFFIXES) | frozenset(TLD_WORDS)
JOINERS = words("or and oder und ou et o y e of en")
# Words after which a request names its company ("remove me from qualified", "bei der DKB").
SLOT_BEFORE = words(
    """
    from to at with ask tell make get its
    bei von an chez aupres de ante con presso da bij door aan
    """
)
# Words after a message-opening company: "Qualified has my email wrong", "qualified delete
# my data".
SLOT_AFTER = words(
    """
    has have should must needs keeps sold soll hat muss doit deve ha tiene debe moet heeft
    delete erase remove stop send give forget opt correct fix
    """
)
# A name right after one of these is a person's ("my neighbour Otto").
PERSON_NOUNS = words(
    """
    neighbour neighbor friend brother sister cousin uncle aunt colleague boss son daughter
    nachbar nachbarin freund freundin bruder schwester kollege kollegin chef sohn tochter onkel
    voisin voisine ami amie frere soeur collegue fils fille oncle tante
    vecino vecina amigo amiga hermano hermana colega hijo hija tio tia
    vicino vicina amico amica fratello sorella collega figlio figlia zio zia
    buurman buurvrouw vriend vriendin broer zus collega zoon dochter oom tante
    """
)
NEGATORS = words("not nicht kein keine pas non no niet geen instead statt anstatt plutot")

# Words that never begin or end a company name found inside a sentence.
GLUE_WORDS = words(
    """
    i me my mine myself we us our you your u ur they them their it its he she him her a an the
    to of for from at in on by with about into via and or but not no nor please pls plz want
    wants wanted wanna need needs like would could can should will shall do does did dont is
    are was were be been have has had get got make tell ask let this that these those what
    which who how when where why data info information details stuff personal all any every
    everything anything something nothing delete deleted erase remove wipe forget copy see
    know access sell selling share sharing stop opt out fix correct update request letter
    email address name account records record here there just only also now then so very
    really right company companies company's hi hello hey yo thanks thank ok okay yes yeah
    actually meant mean said keep keeps keeping calling called call send sent give show
    mi mis me te se le la el los las de del da di il lo gli un una des du au les mon ma mes
    ton ta son sa ses notre nos mein meine meinen meiner meinem mijn mij ik je zijn haar hun
    het een der die das den dem ein eine einen ich du sie wir ihr io tu noi voi yo tu su sus
    """
)


def candidates(tokens: list[str], blocked: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, span text) n-grams worth looking up, longest first."""
    spans = []
    n_tokens = len(tokens)
    for size in range(min(4, n_tokens), 0, -1):
        for start in range(0, n_tokens - size + 1):
            end = start + size
            if any(i in blocked for i in range(start, end)):
                continue
            spans.append((start, end, " ".join(tokens[start:end])))
    return spans


def tokenise(text: str) -> tuple[list[str], list[str], list[str]]:
    """(folded tokens, the words as typed, the text before each word) for company lookup.
    Hyphens split words ("Amazon-Paket", "WhatsApp-gegevens"); "Basic-Fit" is still found
    as the two words "basic fit" or spaceless."""
    raw_tokens: list[str] = []
    tokens: list[str] = []
    seps: list[str] = []
    last = 0
    text = text.translate(APOSTROPHES)
    for found in _TOKEN.finditer(text):
        word = found.group(0)
        before = text[last : found.start()]
        if "@" in word:
            last = found.end()
            raw_tokens.append(word)
            tokens.append("@")
            seps.append(before)
            continue
        stripped = word.strip(".'")
        lead = len(word) - len(word.lstrip(".'"))
        last = found.start() + lead + len(stripped)
        norm = _NOT_NAME_CHARS.sub("", fold(_POSSESSIVE.sub("", stripped)))
        if not norm:
            continue
        seps.append(before + word[:lead])
        raw_tokens.append(stripped)
        tokens.append(norm)
    return tokens, raw_tokens, seps


def span_norm(span: str) -> str:
    """`normalise` for a span of already folded words: the same result, cheaper."""
    last = span.rsplit(" ", 1)[-1]
    if "&" in span or last in _SUFFIX_WORDS or len(last) == 1:
        return normalise(span)
    return span


def inside_longer_name(
    tokens: list[str], raw_tokens: list[str], seps: list[str], start: int, end: int
) -> bool:
    """True when an everyday word is one capitalised word of a longer capitalised name."""
    if min(zipf(w) for w in raw_tokens[start:end]) < COMMON_ZIPF:
        return False
    for j in (start - 1, end):
        if not 0 <= j < len(tokens) or not raw_tokens[j][:1].isupper():
            continue
        if j == end and re.search(r"[,.;:!?]", seps[j]):
            continue
        if j == start - 1 and re.search(r"[,.;:!?]", seps[start]):
            continue
        if tokens[j] in SLOT_BEFORE or tokens[j] in GLUE_WORDS or len(tokens[j]) < 2:
            continue  # "Tell Target to ...", "I"
        return True
    return False


def sentence_initial(raw_tokens: list[str], seps: list[str], start: int) -> bool:
    """True when token `start` opens a sentence (or the message)."""
    return start == 0 or bool(re.search(r"[.!?:;\n\"(\u00bf\u00a1-]\s*$", seps[start]))


def capitalised(raw: str) -> bool:
    """Written as a name: "Sky", "1&1", and inner capitals as in "eBay" or "iCloud"."""
    return raw[:1].isupper() or raw[:1].isdigit() or any(ch.isupper() for ch in raw[1:])


def accept_span(
    raw_words: list[str],
    *,
    initial: bool,
    curated: Alias | None,
    cased: bool,
    whole_answer: bool,
    nouns_capitalised: bool = False,
    in_slot: bool = False,
) -> bool:
    """Is this span written as a name? Precision first: an everyday word ("home", "sky",
    "bitte", "tomorrow") counts only when the person wrote it as a name, or put it where a
    request names its company ("remove me from qualified") - `in_slot`."""
    if whole_answer:
        return True
    rarest = min(zipf(w) for w in raw_words)
    if rarest < RARE_ZIPF:
        return True
    capital = all(capitalised(w) for w in ([w for w in raw_words if len(w) > 3] or raw_words))
    if curated is not None and not curated.ordinary:
        short = sum(len(w) for w in raw_words) <= 3  # "fb", "MS", "IG"
        return capital or not cased or not short
    acronym = all(w.isupper() and len(w) <= 4 for w in raw_words)  # "SMS", "GPS": no name
    if capital and cased:
        if rarest < COMMON_ZIPF or (not initial and not nouns_capitalised and not acronym):
            return True
        return curated is not None or in_slot
    if in_slot:
        return True
    if not cased:  # typed all in lower case (or all in capitals): the case tells nothing
        return rarest < COMMON_ZIPF or curated is not None
    return False


def guess_unknown_company(text: str) -> str | None:
    """The name a person seems to give for a company we do not know ("Acme Widgets Inc")."""
    m = re.search(
        r"\b(?:company|firm|business|called|named|from|to|at|with|ask|tell|make)\s+"
        r"([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})",
        text,
    )
    if m:
        return m.group(1).strip(" .")
    caps = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})", text)
    caps = [c for c in caps if not all(zipf(w) >= RARE_ZIPF for w in c.split())]
    return caps[0] if caps else None


def unknown_rival(text: str, found: list[CompanyMatch]) -> str | None:
    """A name the catalog does not know that competes with the companies found: named more
    often ("I used to be on Tinder, now I'm on Bumble. Get Tinder to delete me."), or side by
    side with one ("Uber or Lyft"). Then the company found may not be the one meant."""
    tokens, raw_tokens, seps = tokenise(text)
    known = {w for m in found for w in normalise(m.span).split()}
    known_at = {p for m in found for p in m.positions}
    counts: dict[str, int] = {}
    for i, (token, raw) in enumerate(zip(tokens, raw_tokens, strict=True)):
        if token in known or not raw[:1].isupper() or len(token) < 3:
            continue
        if zipf(raw) >= COMMON_ZIPF:
            continue
        for j in range(max(0, i - 3), min(len(tokens), i + 4)):
            between = tokens[min(i, j) + 1 : max(i, j)]
            if j in known_at and between and between[0] in JOINERS and len(between) <= 2:
                return raw  # "SFR et chez Bouygues", "Uber or Lyft"
        if not sentence_initial(raw_tokens, seps, i):
            counts[raw] = counts.get(raw, 0) + 1
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    most = max((len(m.positions) for m in found), default=0)
    return name if count >= 2 and count > most else None
