"""Words around a name that make it no company's: a person or a pet ("my neighbour Otto",
"Otto, mein Nachbar", "mi perro se llama Bolt", "Lexa is de naam van mijn nichtje"), a company
the person was wrong about ("pensaba que era Netflix"), data wrong *at* a company ("klopt niet
bij Swapfiets"), a place word inside a company's own name ("die Volksbank Stuttgart").

Also the words that name a thing, not a company ("une orange", "my mailbox"). Used by
assistant/understanding/companies.py while it reads a message's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.records.search import fold
from assistant.understanding.lexicon import in_a_dictionary, zipf
from assistant.understanding.spans import (
    ACCOUNT_AFTER,
    ARTICLES,
    INDEFINITE_ARTICLES,
    PERSON_NOUNS,
    POSSESSIVES,
    capitalised,
)
from assistant.understanding.words import words

OUR = {
    "en": frozenset({"our"}),
    "de": frozenset({"unser", "unsere", "unseren", "unserem", "unserer"}),
    "fr": frozenset({"notre", "nos"}),
    "es": frozenset({"nuestro", "nuestra", "nuestros", "nuestras"}),
    "it": frozenset({"nostro", "nostra", "nostri", "nostre"}),
    "nl": frozenset({"onze", "ons"}),
}
# After "my mailbox", a verb or a place: the thing itself ("my mailbox is full", "mein
# briefkasten im flur"), not the service ("delete my reddit data", "mein otto konto").
_THING_DOES = words(
    "is was has keeps got gets broke ist war hat geht im am est etait a marche es era esta tiene "
    "e ha funziona heeft werkt in on at dans sur en nel sul op"
)


# "I am", "je suis", "ich bin", "soy"/"estoy", "sono", "ik ben", and the words that may follow
# before what is said of the person ("not", "plus", "nicht mehr", "no", "non", "niet").
_COPULAS = {
    "en": words("am im i'm"),
    "fr": words("suis"),
    "de": words("bin"),
    "es": words("soy estoy"),
    "it": words("sono"),
    "nl": words("ben"),
}
# What a person is of a company ("o2 kunde", "deliveroo rider"): the word before is its name.
_ROLES = words(
    "kunde kundin klant client cliente customer user member rider driver abonnent abonne "
    "subscriber utente gebruiker usuario fan mitglied lid socio membre employee mitarbeiter"
)
_GRAMMAR_ZIPF = 5.6  # "on", "en", "und", "demain" are at least this common; "history" is not
_NOT_NOW = words("not plus pas nicht no non niet mehr meer")
# What a person's data is called: after "my", the noun itself, never a word qualifying another.
_DATA_WORDS = words(
    "data gegevens daten donnees datos dati info infos informatie informationen account konto "
    "compte cuenta profiel profil profilo perfil"
)


def things_named(
    tokens: list[str],
    raw_tokens: list[str],
    lang: str,
    about_data: bool,
    seps: list[str] | None = None,
) -> tuple[set[int], set[int]]:
    """Positions of words that name a thing, not a company: a word in lower case after
    "a"/"une"/"een" ("une orange", "een picnic kleed"; the caller weighs how common it is), after
    "our" in a message asking nothing of data ("onze picnic in het vondelpark"); and, second, a
    dictionary word of the message's language in lower case after "my" ("my mailbox is full":
    not mailbox.org)."""

    def next_word(i: int) -> str:
        return tokens[i + 2] if i + 2 < len(tokens) else ""

    things = {
        i + 1
        for i, t in enumerate(tokens[:-1])
        if t in INDEFINITE_ARTICLES.get(lang, ())
        and not capitalised(raw_tokens[i + 1])
        and next_word(i) not in ACCOUNT_AFTER  # "an uber account"
    }
    if not about_data:
        things |= {
            i + 1
            for i, t in enumerate(tokens[:-1])
            if t in OUR.get(lang, ()) and not capitalised(raw_tokens[i + 1])
        }
    owned = {
        i + 1
        for i, t in enumerate(tokens[:-1])
        if t in POSSESSIVES
        and raw_tokens[i + 1].islower()
        and next_word(i) in _THING_DOES
        and in_a_dictionary(raw_tokens[i + 1], (lang,))
    }
    # "the learning curve", "mijn oude mailbox": a word of the language in lower case after a
    # determiner and a word that qualifies it is a noun of that phrase, not a company
    determiners = ARTICLES | POSSESSIVES | INDEFINITE_ARTICLES.get(lang, frozenset())
    owned |= {
        i + 2
        for i, t in enumerate(tokens[:-2])
        if t in determiners
        and raw_tokens[i + 1].islower()
        and raw_tokens[i + 2].islower()
        and tokens[i + 1] not in determiners
        and tokens[i + 1] not in _DATA_WORDS  # "mijn data thuisbezorgd": the data, then a name
        and in_a_dictionary(raw_tokens[i + 1], (lang,))
        and in_a_dictionary(raw_tokens[i + 2], (lang,))
        and phrase_ends(tokens, seps, i + 3)  # not "my whole vinted history"
    }
    # "eine Flaschenpost gefunden": a German noun after "ein"/"eine" is the thing, not a brand
    owned |= {
        i + 1
        for i, t in enumerate(tokens[:-1])
        if lang == "de"
        and t in INDEFINITE_ARTICLES["de"]
        and raw_tokens[i + 1][1:].islower()
        and in_a_dictionary(raw_tokens[i + 1], ("de",))
        and not (seps and i + 2 < len(seps) and seps[i + 2] == "-")  # "eine Schufa-Auskunft"
        # not "ein Vodafone Handy", "ein Lidl Plus Konto": a noun (capitalised) after it
        and not (i + 2 < len(raw_tokens) and raw_tokens[i + 2][:1].isupper())
    }
    # "je suis plus dispo demain", "I'm not available": a word in lower case said of the person
    # (after "am", "suis", "bin", "soy", "sono", "ben", perhaps "not") is no company
    for i, t in enumerate(tokens[:-1]):
        if t in _COPULAS.get(lang, ()):
            j = i + 2 if tokens[i + 1] in _NOT_NOW and i + 2 < len(tokens) else i + 1
            role = j + 1 < len(tokens) and tokens[j + 1] in _ROLES
            if raw_tokens[j].islower() and not role:
                owned.add(j)  # not "ich bin o2 kunde", "I'm a deliveroo rider"
    return things, owned


def phrase_ends(tokens: list[str], seps: list[str] | None, at: int) -> bool:
    """Whether a noun phrase ends before token `at`: the message ends, a punctuation mark
    comes, or the next word is a little word of grammar ("on", "en", "demain"), not a noun
    that the word before would qualify ("vinted history", "Vodafone Handy")."""
    if at >= len(tokens) or (seps and at < len(seps) and re.search(r"[,.;:!?]", seps[at])):
        return True
    return zipf(tokens[at]) >= _GRAMMAR_ZIPF


def person_follows(tokens: list[str], at: int) -> bool:
    """Whether tokens from `at` read "my neighbour", "il mio vicino": a possessive (after an
    article, perhaps) and then a person noun."""
    if tuple(tokens[at : at + 2]) in _NEXT_DOOR or tokens[at : at + 3] in _NEXT_DOOR_LONG:
        return True  # "Otto von nebenan", "Sky from next door": a neighbour
    if at < len(tokens) and tokens[at] in ARTICLES:
        at += 1
    return at + 1 < len(tokens) and tokens[at] in POSSESSIVES and tokens[at + 1] in PERSON_NOUNS


_NEXT_DOOR = {("von", "nebenan"), ("next", "door"), ("van", "hiernaast"), ("from", "upstairs")}
_NEXT_DOOR_LONG = [["from", "next", "door"], ["de", "al", "lado"], ["della", "porta", "accanto"]]


# Verbs that a following "niet"/"nicht" negates ("klopt niet", "stimmt nicht"): the record is
# wrong at the company named next, the company is not refused.
WRONGNESS_VERBS = frozenset(
    ("klopt", "kloppen", "stimmt", "stimmen", "passt", "cuadra", "cuadran", "torna", "tornano")
)
# "I thought it was X", "ich dachte, es wäre X": the company the person was wrong about
THOUGHT = frozenset(
    ("thought", "dachte", "pensaba", "pensais", "pensait", "pensavo", "credevo", "creia", "dacht")
)
WAS = frozenset(
    ("was", "were", "era", "fosse", "fuese", "fuera", "etait", "war", "ware", "waere", "het")
)


def inside_exact_names(exact: Mapping[str, object], tokens: list[str]) -> set[int]:
    """Positions of tokens that are part of a catalog name of two or three words."""
    inside: set[int] = set()
    for n in (3, 2):
        for i in range(len(tokens) - n + 1):
            if " ".join(tokens[i : i + n]) in exact:
                inside.update(range(i, i + n))
    return inside


IS = frozenset(("is", "ist", "est", "es", "e", "was", "war", "era"))
NAME_WORDS = frozenset(("name", "naam", "nom", "nombre", "nome", "vorname", "prenom"))


def a_name_follows(tokens: list[str], at: int) -> bool:
    """Whether tokens from `at` read "is the name (of)", "is de naam van": the word before is
    a person's name ("Lexa is de naam van mijn nichtje")."""
    if at >= len(tokens) or tokens[at] not in IS:
        return False
    nxt = tokens[at + 1 : at + 3]
    return bool(nxt) and (
        nxt[0] in NAME_WORDS
        or (nxt[0] in ARTICLES | {"de"} and len(nxt) > 1 and nxt[1] in NAME_WORDS)
    )


NAMING = frozenset(
    [
        "llama",
        "llamado",
        "llamada",
        "called",
        "named",
        "heisst",
        "heißt",
        "genannt",
        "appelle",
        "appele",
        "appelee",
        "chiama",
        "chiamato",
        "chiamata",
        "heet",
        "genoemd",
    ]
)
# Titles before a person's name ("Herr Rossmann", "Madame Leclerc"); not "Dr." alone, which
# also opens brand names ("Dr. Oetker").
HONORIFICS = words(
    "herr frau mr mrs ms monsieur madame mademoiselle senor senora senorita signor signora "
    "signorina meneer mevrouw mevr dhr"
)
# Kinds of shop or firm: "die Drogerie Müller" is no misspelt "dm-drogerie".
KINDS_OF_SHOP = words(
    "drogerie apotheke bank sparkasse versicherung supermarkt baeckerei bakery pharmacy "
    "pharmacie farmacia apotheek drogisterij verzekering supermarche supermercado"
)
PETS = words(
    "dog cat horse puppy kitten hund katze pferd chien chat cheval perro perra gato gata caballo "
    "cane gatto gatta cavallo hond kat paard kater rabbit hamster bunny parrot lapin "
    "hamster kaninchen hase conejo coniglio konijn papagei perroquet loro pappagallo "
    "chienne chiot chaton chatte perrito perrita gatito gatita cachorro gattina gattino "
    "cagnolino cagnolina cucciolo cucciola hundin hundchen katzchen welpe poes poesje hondje "
    "pup kitty goldfish tortoise turtle"
)


_WITH = words("with mit avec con met")
# A private appointment (not "a meeting with Sky about my broadband")
_MEETING = words(
    "appointment lunch dinner date termin treffen essen mittagessen rendez rdv dejeuner diner "
    "cita cena comida appuntamento pranzo afspraak etentje"
)


def met_with(tokens: list[str], at: int) -> bool:
    """Whether tokens[at] is whom the person meets: "der Termin mit Otto am Freitag", "lunch
    with Sky". The caller applies it only to brands that are also everyday words or names."""
    return (
        at > 1
        and tokens[at - 1] in _WITH
        and bool(_MEETING.intersection(tokens[max(0, at - 4) : at - 1]))
    )


def pet_or_person_named(tokens: list[str], at: int) -> bool:
    """Whether tokens[at] is a naming verb with a person or a pet just before it."""
    if tokens[at] not in NAMING:
        return False
    before = tokens[max(0, at - 4) : at]
    return any(t in PERSON_NOUNS or t in PETS for t in before)


# A nickname someone gives a thing: a verb of calling, the thing, then the name in quotes
# ("my roommate calls our wifi router 'the Oracle'", "wir nennen den Drucker 'Otto'").
_NICKNAME = re.compile(
    r"\b(?:calls?|calling|nicknamed?|nennt|nennen|appelle|appelons|appellent|surnomm\w*|"
    r"llama(?:mos|n)?|apoda\w*|chiam[ao]\w*|soprannom\w*|noem\w*)\s+"
    r"(?:[\w'-]+\s+){1,4}[\'\"‘“«]\s*(?:(?:the|der|die|das|le|la|el|il|lo|de|het)\s+)?"
    r"([\w&.-]+)",
    re.IGNORECASE,
)


def nicknames(text: str) -> set[str]:
    """The words given as a thing's nickname in quotes, lower case (see _NICKNAME)."""
    return {m.group(1).lower() for m in _NICKNAME.finditer(text)}


# What a person says before the company they meant, correcting a choice: "I meant", "ich
# meinte", "je voulais dire", "quise decir", "intendevo", "ik bedoelde" (not the filler "I
# mean", "ich meine"), in a message that also says no to another ("nicht golem", "not X").
_MEANT = re.compile(
    r"\b(?:i meant|ich meinte|je voulais dire|quise decir|queria decir|intendevo|volevo dire|"
    r"ik bedoelde)$"
)
_CORRECTING = words("not nicht nein pas non no niet nee sorry oops moment wait actually eigentlich")


def meant_before(tokens: list[str], start: int) -> bool:
    """The company at `start` is the one the person says they meant, instead of another."""
    return bool(_MEANT.search(" ".join(tokens[max(0, start - 4) : start]))) and bool(
        _CORRECTING & set(tokens)
    )


def accented_word(raw_words: list[str]) -> bool:
    """One word in lower case that carries accents ("caméo", "über")."""
    return len(raw_words) == 1 and raw_words[0].islower() and fold(raw_words[0]) != raw_words[0]
