"""Names of companies the catalog does not know: the name a request gives for one ("I want
Walmart to delete my data", "che dati ha Poste Italiane su di me"), and a name that competes
with the companies found ("I used to be on Tinder, now I'm on Bumble").

Part of assistant.understanding.company_slot; reads the tokens of
assistant.understanding.spans. A place the person lives in is never such a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.records.search import fold, normalise
from assistant.understanding.lexicon import COMMON_ZIPF, in_a_dictionary, zipf
from assistant.understanding.places import resolve_place
from assistant.understanding.span_hints import switched_to
from assistant.understanding.spans import (
    GLUE_WORDS,
    JOINERS,
    NEGATORS,
    NOT_NAMES,
    RARE_ZIPF,
    SLOT_AFTER,
    SLOT_BEFORE,
    STATUTE_PARTS,
    capitalised,
    german_compound,
    sentence_initial,
    tokenise,
)
from assistant.understanding.words import clean_text, words

if TYPE_CHECKING:
    from assistant.understanding.companies import CompanyMatch


def _shouted(text: str) -> bool:
    """All in capitals: the case tells nothing of what is a name."""
    return not any(ch.islower() for ch in text)


def guess_unknown_company(text: str, lang: str = "en") -> str | None:
    """The name a person seems to give for a company we do not know ("Acme Widgets Inc")."""
    if _shouted(text):
        return None
    m = re.search(
        r"\b(?:company|firm|business|called|named|from|to|at|with|ask|tell|make)\s+"
        r"([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})",
        text,
    )
    if m:
        return m.group(1).strip(" .")
    caps = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})", text)
    caps = [c for c in caps if not all(zipf(w) >= RARE_ZIPF for w in c.split())]
    caps = [c for c in caps if c.lower() not in NOT_NAMES]
    # "Nein, keine Löschung": one German noun, capitalised as every German noun is
    caps = [c for c in caps if " " in c or not in_a_dictionary(c, ("de",))]
    if lang == "de":  # "keine Werbemails": a German compound, not a name
        caps = [c for c in caps if " " in c or not german_compound(fold(c), tail=5)]
    return caps[0] if caps else None


# Articles written with a capital inside a sentence belong to the name ("El Corte Inglés").
_NAME_ARTICLES = frozenset({"El", "La", "Los", "Las", "Le", "Les", "Il", "Lo", "De", "Het", "The"})


def named_unknown(
    text: str, lang: str, places: frozenset[str] = frozenset(), about_data: bool = False
) -> str | None:
    """The name a request gives for a company the catalog does not know: words written as a
    name mid-sentence ("I want Walmart to delete my data", "che dati ha Poste Italiane su di
    me"). In German, where every noun is capitalised, only words that are no everyday words.
    A run of `places` words ("Abito a Torino. ... per Esselunga") is passed over. In a
    message `about_data`, a sentence may open with the name ("Tesco has my address wrong")."""
    tokens, raw_tokens, seps = tokenise(text)
    if _shouted(text):
        return None
    person = _own_name_positions(tokens, raw_tokens, seps)
    run: list[str] = []
    for i, (token, raw) in enumerate(zip(tokens, raw_tokens, strict=True)):
        name_like = capitalised(raw) and (
            not sentence_initial(raw_tokens, seps, i)
            or (about_data and _subject_asked(tokens, raw, i))
        )
        name_like = name_like and token not in GLUE_WORDS and len(token) >= 2
        name_like = name_like and token not in NOT_NAMES | STATUTE_PARTS
        name_like = name_like and not re.fullmatch(r"\d+[a-z]?", token)  # "2019", "al 3x"
        name_like = name_like and not re.match(r"I['’]", raw)  # "the requests I've sent"
        if name_like and raw.isupper() and zipf(raw) >= COMMON_ZIPF:
            name_like = False  # "the birthday is still HIS": a word stressed, not a name
        if name_like and lang == "de":  # "keine Löschung": a noun, capitalised as nouns are
            name_like = zipf(raw) < RARE_ZIPF and not german_compound(token)
            name_like = name_like and not in_a_dictionary(raw, ("de",))
        if i in person:
            name_like = False  # "sono Giulia Lo Presti", "my name is Ana": the person
        if name_like and (not run or not re.search(r"[,.;:!?]", seps[i])):
            if not run and i and raw_tokens[i - 1] in _NAME_ARTICLES:
                run.append(raw_tokens[i - 1])  # "que El Corte Inglés rectifique": its article
            run.append(raw)
            continue
        if run and not _a_place(run, lang, places) and not _a_street(run):
            break
        run = [raw] if name_like else []
    if not run or len(run) > 4 or _a_place(run, lang, places) or _a_street(run):
        return _typed_low(tokens, raw_tokens, places)
    return " ".join(run)


def _subject_asked(tokens: list[str], raw: str, i: int) -> bool:
    """A sentence's opening word that no dictionary holds, before "has" / "should" / "muss"
    ("... these days. Tesco has the wrong address"): the company the request is about."""
    after = tokens[i + 1 : i + 2]
    verb = bool(after) and (after[0] in SLOT_AFTER or after[0] in _OBLIGED)
    return verb and not in_a_dictionary(raw)


# Where a request names its company, a word typed in lower case may be its name: at the
# start ("kpn moet stoppen ..."), after "que" / "che" / "dat" ("k wallapop deje d ...") or
# after the word for an account ("mon compte leboncoin").
_NAME_SLOT_BEFORE = words("que ke k qu che dat dass compte cuenta conto konto account")


def asked_of(name: str, text: str) -> bool:
    """True when the unknown company `name` stands where a request names the company that is
    to act: "kpn moet stoppen", "ziggo heeft ... verkeerd", "que wallapop deje de ..." - not
    "Home Depot messed up my order" or "mon collègue Leclerc a effacé"."""
    tokens = tokenise(text)[0]
    first = clean_text(name).split()
    return any(
        tokens[i : i + len(first)] == first and _in_request_slot(tokens, i, i + len(first))
        for i in range(len(tokens) - len(first) + 1)
    )


def _in_request_slot(tokens: list[str], start: int, end: int) -> bool:
    """Words start..end stand where a request names its company: opening the message before
    a verb ("kpn moet", "qualified delete"), before "has to" / "muss" / "doit" anywhere ("...
    and Verizon has to", not "Target for Q3: delete"), or after "que" / "che" / "dat"."""
    after = tokens[end : end + 1]
    opens = start == 0 and bool(after) and after[0] in SLOT_AFTER
    obliged = bool(after) and after[0] in _OBLIGED
    return opens or obliged or (start > 0 and tokens[start - 1] in _NAME_SLOT_BEFORE)


# "has (to)", "muss", "doit", "deve", "moet": what the company named is to do
_OBLIGED = words(
    "has have should must needs soll sollen muss mussen doit doivent deve devono debe deben "
    "moet moeten heeft"
)


def _typed_low(tokens: list[str], raw_tokens: list[str], places: frozenset[str]) -> str | None:
    """A word in lower case that no dictionary of the six languages holds, standing where a
    request names its company: a company's name typed without its capital."""
    for i, (token, raw) in enumerate(zip(tokens, raw_tokens, strict=True)):
        if not raw.islower() or not raw.isalpha() or len(token) < 3 or zipf(raw) >= COMMON_ZIPF:
            continue
        if token in GLUE_WORDS | NOT_NAMES | places:
            continue
        if in_a_dictionary(raw):
            continue  # "huisarts moet ...", "vermieter soll ...": a word, not a name
        if _in_request_slot(tokens, i, i + 1):
            return raw
    return None


# The words before a person's own name: "I'm", "sono", "soy", "ich bin", "je suis", "ik ben",
# "my name is", "mi chiamo", "me llamo", "je m'appelle", "ich heiße", "ik heet".
_INTRODUCING = words("im am sono soy bin suis ben chiamo llamo appelle heisse heiße heet")


def _own_name_positions(tokens: list[str], raw_tokens: list[str], seps: list[str]) -> set[int]:
    """The words of the person's own name, after "sono", "I'm", "my name is": capitalised
    words and the particles between them, up to the first punctuation; and, in a message
    about a name, the words in quotes ("mijn achternaam als 'Berg' in plaats van 'van den
    Berg'", "écrit mon nom « Lefevre » au lieu de « Lefèvre »"): the wrong and the right one."""
    found: set[int] = set()
    if _NAME_WORDS.intersection(tokens):
        quoted, opened_at = False, 0
        for i, sep in enumerate(seps):
            # a single quote only beside a space or a stop ("l'abito" is an elision)
            marks = len(_SINGLE_QUOTE.findall(sep)) + sum(sep.count(q) for q in _QUOTES)
            if marks % 2:
                quoted = not quoted
                opened_at = i
            if quoted and i - opened_at > 4:  # "James' account ...": a quote left open
                quoted = False
            if quoted:
                found.add(i)
        for i in range(1, len(tokens)):  # "es Núñez con ñ, no Nunez": the wrong spelling
            near_name = _NAME_WORDS.intersection(tokens[max(0, i - 12) : i])
            if near_name and tokens[i - 1] in _NOT_THE_NAME and capitalised(raw_tokens[i]):
                found.add(i)
            # "changed my surname from Okafor to Bennett", "still have me as Okafor"
            renamed = (
                tokens[i - 1] in _FROM
                and tokens[i + 1 : i + 2]
                and tokens[i + 1] in _TO
                and _RENAMING.intersection(tokens[max(0, i - 8) : i + 6])
            )  # not "sono passato da Iliad a Kena" beside a word for a name
            called = tokens[i - 1] in _AS and i > 1 and tokens[i - 2] in _ME
            if near_name and (renamed or called) and capitalised(raw_tokens[i]):
                found.add(i)
                if renamed and i + 2 < len(tokens) and capitalised(raw_tokens[i + 2]):
                    found.add(i + 2)
    for i in range(len(tokens)):
        if not _introduces_person(tokens, raw_tokens, i):
            continue
        j = i
        while j < len(tokens) and (j == i or not re.search(r"[,.;:!?]", seps[j])):
            spelled_instead = (  # "het is Jansen niet Janssen": the wrong spelling too
                tokens[j] in _NOT_THE_NAME
                and j > i
                and j + 1 < len(tokens)
                and capitalised(raw_tokens[j + 1])
            )
            name_part = capitalised(raw_tokens[j]) or tokens[j] in _PARTICLES or spelled_instead
            if not name_part or tokens[j] == "i":
                break
            found.add(j)
            j += 1
    return found


_QUOTES = ('"', "«", "»", "“", "”")
_SINGLE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘’]|['‘’](?=[\s.,;:!?])")
_PARTICLES = words("de la lo van der von di da del le du ten ter")
_NOT_THE_NAME = words("not niet nicht pas non no")
_FROM, _TO = words("from von de da van"), words("to zu in a à naar")
_AS, _ME = words("as als comme come como"), words("me mich mij moi mi")
_RENAMING = words(
    "changed change changing married geandert geaendert andern changer cambiato "
    "cambiare cambiado cambiar cambie veranderd gewijzigd"
)


# "is" and its kin, after a word for a name: "my name is ...", "mn naam fout gespeld het is
# Jansen niet Janssen", "mein Nachname ist ...": what follows is a person's name.
_VALUE_IS = words("is ist est es c cest")
_JOINED = words("und and et y e en de di van da")  # "nome e cognome", "nombre de la cuenta"
_NAME_WORDS = words("name naam nome nombre nom nachname achternaam cognome apellido surname")


def _introduces_person(tokens: list[str], raw_tokens: list[str], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else ""
    # "my name is", "mn naam fout gespeld het is", "mon nom ... c", Italian "è" (not "e", and)
    is_said = before in _VALUE_IS or (i > 0 and raw_tokens[i - 1].lower() == "è")
    if is_said:
        window = tokens[max(0, i - 5) : i - 1]
        return bool(_NAME_WORDS.intersection(window)) and not _JOINED.intersection(window)
    return before in _INTRODUCING


def _a_place(run: list[str], lang: str, places: frozenset[str]) -> bool:
    """A run of words that is where the person lives, or any place ("zit voor werk in
    Eindhoven deze week, ... kan Coolblue ..."): passed over for the company's name."""
    words = clean_text(" ".join(run))
    return set(words.split()) <= places or bool(resolve_place(" ".join(run), lang))


_BOTH_AS = re.compile(r"\b(zowel|sowohl)\b", re.IGNORECASE)


# The words that make a name a street's: "the flat on Gorse Lane", "in der Bahnhofstraße".
_STREET_LAST = words(
    "lane road street avenue ave drive close way place square crescent gardens terrace row "
    "strasse straße weg platz allee gasse laan straat plein gracht kade"
)
_STREET_FIRST = words("rue avenue boulevard place calle avenida plaza paseo via viale piazza corso")


def _a_street(run: list[str]) -> bool:
    """A run of words that names a street ("Gorse Lane", "Rue de Rivoli", "Via Roma")."""
    if len(run) < 2:
        return False  # "Square", "Place": a name of its own
    first, last = clean_text(run[0]), clean_text(run[-1])
    return last in _STREET_LAST or first in _STREET_FIRST or last.endswith(("strasse", "straat"))


def _capital_pair(raw_tokens: list[str], seps: list[str], i: int) -> bool:
    """Whether token `i` and the next one are both capitalised, inside a sentence and with
    only a space between them: two common words written as one name ("Just Eat")."""
    if i + 1 >= len(raw_tokens) or sentence_initial(raw_tokens, seps, i):
        return False
    following = raw_tokens[i + 1]
    return following[:1].isupper() and seps[i + 1].strip() == ""


def unknown_rival(
    text: str,
    found: list[CompanyMatch],
    ignore: set[str] | frozenset[str] = frozenset(),
    lang: str = "en",
) -> str | None:
    """A name the catalog does not know that competes with the companies found: named more
    often ("I used to be on Tinder, now I'm on Bumble. Get Tinder to delete me."), or side by
    side with one ("Uber or Lyft"). Then the company found may not be the one meant. Outside
    German, a common word written with a capital inside sentences, twice, is a name too
    ("ho venduto su Subito ... quali dati ha Subito su di me")."""
    if _shouted(text):
        return None
    tokens, raw_tokens, seps = tokenise(text)
    known = {w for m in found for w in normalise(m.span).split()}
    known_at = {p for m in found for p in m.positions}
    most = max((len(m.positions) for m in found), default=0)  # a company named again is meant
    after = switched_to(text, known, ignore) if most < 2 else None
    if after:
        return after  # "I left Vodafone for EE": the one left is not the one asked
    person = _own_name_positions(tokens, raw_tokens, seps)
    counts: dict[str, int] = {}
    mid_sentence: set[str] = set()
    common_inside: dict[str, int] = {}  # a common word counts as a name only twice inside
    # "Zowel Wehkamp als Zalando", "sowohl X als auch Y": 'als' joins two names there.
    joiners = JOINERS | ({"als"} if _BOTH_AS.search(text) else set())
    if lang != "nl":  # "Trabajé en Qualfon": Spanish and French "en" is "in", not "and"
        joiners = joiners - {"en"}
    for i, (token, raw) in enumerate(zip(tokens, raw_tokens, strict=True)):
        if token in known or token in ignore or not raw[:1].isupper() or len(token) < 3:
            continue
        if i in person:
            continue  # "mijn achternaam als 'Berg'": the person's name, not a company
        if i and tokens[i - 1] in NEGATORS:
            continue  # "c'est pas Bouygues, c'est Orange": the one named not meant
        inside = not sentence_initial(raw_tokens, seps, i)
        common = zipf(raw) >= COMMON_ZIPF and not _capital_pair(raw_tokens, seps, i)
        if common:  # a common word, unless two capitalised in a row name something ("Just Eat")
            if inside and lang != "de":
                common_inside[raw] = common_inside.get(raw, 0) + 1
            continue
        for j in range(max(0, i - 3), min(len(tokens), i + 4)):
            between = tokens[min(i, j) + 1 : max(i, j)]
            joined = between and between[0] in joiners
            joined = joined and (
                len(between) == 1 or (len(between) == 2 and between[1] in SLOT_BEFORE)
            )
            if j in known_at and joined and token not in ignore and most < 2:
                return raw  # "SFR et chez Bouygues", "Uber or Lyft"; not "Munich and want X"
        counts[raw] = counts.get(raw, 0) + 1
        if inside:
            mid_sentence.add(raw)  # a name, not just a sentence's capital letter
    for name, n in common_inside.items():  # not "DNA", "I've", nor a city named twice
        if n >= 2 and not name.isupper() and "'" not in name and not resolve_place(name, lang):
            counts[name], mid_sentence = n, mid_sentence | {name}
    # a town named twice ("delivered to my old flat in Leeds ... went to Leeds too") is no rival
    counts = {
        name: n
        for name, n in counts.items()
        if name in mid_sentence and not (n >= 2 and resolve_place(name, lang))
    }
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count >= 2 and count > most else None
