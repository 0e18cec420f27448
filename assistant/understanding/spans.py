"""How the words of a message are read when looking for a company: tokens, sentence starts,
capital letters, and whether a span is written as a name or is an everyday word.

Part of assistant.understanding.companies. Precision first: a span whose words are all everyday
words in one of six languages (assistant.understanding.lexicon: "home", "sky", "bitte", "über")
counts only when the person wrote it as a name (capitalised mid-sentence, or a brand the alias
table knows), put it where a request names its company ("remove me from qualified"), or
answered "which company?" with exactly that.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from assistant.records.search import LEGAL_SUFFIXES, TLD_WORDS, fold, normalise
from assistant.understanding.lexicon import (
    COMMON_ZIPF,
    LANGUAGES,
    in_a_dictionary,
    language_zipf,
    zipf,
)
from assistant.understanding.words import APOSTROPHES, words

if TYPE_CHECKING:
    from assistant.understanding.aliases import Alias

# A span whose rarest word is at least this frequent needs to be written as a name.
RARE_ZIPF = 3.5
# A word this frequent is never a company because of where it stands ("de todo", "from home").
SLOT_MAX_ZIPF = 5.0
# Fuzzy matching never starts from a word this frequent ("shop" is not a typo of "Shoop").
FUZZY_ZIPF = 3.3
_TOKEN = re.compile(r"[^\W_](?:[\w&'.+@]*[\w&+])?|[\w.+-]+@[\w.-]+|(?<!\S)&(?!\S)")
_NOT_NAME_CHARS = re.compile(r"[^0-9a-z&]+")
_POSSESSIVE = re.compile(r"'s$")
# A French or Italian elided article or pronoun glued to the next word, written in lower case
# ("qu'Uber", "d'Amazon", "dell'app", "all'Inps"): the word after it is the one to read.
_ELISION = re.compile(
    r"^(?:(?:qu|d|l|j|n|s|c|m|t|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|quell|"
    r"un|gl)'(?=[^\W\d_])|"
    # written with a capital, before an acronym: "L'ATM di Milano", "D'EDF" (not "L'Oréal")
    r"[DL]'(?=[A-Z]{2,}\b))"
)
_SUFFIX_WORDS = frozenset(LEGAL_SUFFIXES) | frozenset(TLD_WORDS)
JOINERS = words("or and oder und ou et o y e of en &")
# Words after which a request names its company ("remove me from qualified", "bei der DKB").
SLOT_BEFORE = words(
    """
    from to at with ask tell make get its
    bei von an chez aupres de ante con presso da bij door aan gegenuber par via
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
# Words after a service's name that make it one: "an ancestry account", "my strava acct".
ACCOUNT_AFTER = words("account accounts acct")
INFINITIVE_LEADS = words(  # "have to", "want to" ...: "to" opening an infinitive
    "have has had need needs want wants going able how trying try supposed used ought"
)
# Articles between a request's slot word and the company ("bei der Telekom", "chez la Fnac").
ARTICLES = words("the der die das den dem la le les el los las il lo het l")
# A word written in lower case right after one of these is a thing, not a company ("j'ai
# mangé une orange", "een picnic kleed"): a company is not "an Orange".
INDEFINITE_ARTICLES = {  # ("a" and "an" only in English: "à", "an Google", "a Instagram")
    "en": words("a an"),
    "de": words("ein eine einen einem einer"),
    "fr": words("un une"),
    "es": words("un una unos unas"),
    "it": words("un uno una"),
    "nl": words("een"),
}
# Two-letter words that are country codes and also everyday words of a language: "Zara de mí"
# is Zara, not "zara-de"; "Amazon DE" in capitals still names the country.
FUNCTION_CODES = {
    "en": words("in at to it is us me"),
    "de": words("in an am im um zu es"),
    "fr": words("de en la le au"),
    "es": words("de en el la lo es"),
    "it": words("di da in la il"),
    "nl": words("de en in te op"),
}
# Abbreviations written in capitals that name things, not companies ("SMS", "PDF", "IBAN").
NOT_NAMES = words(
    "sms mms gps pdf id ids iban bic dni nie nif nir cv faq app url www tv pc usb vpn wifi "
    "otp pin ssn dob gdpr dsgvo rgpd avg ccpa cpra lopd dsar sar ok eu uk usa"
)
# A number after these makes a statute's article or section ("Art. 15 GDPR"), not Art.com.
STATUTE_PARTS = words("art artt artikel article articolo articulo sec section para paragraph")
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
# "my", "mein", "mon", "mi", "mio", "mijn": before a person noun, a name beside it is a person's
POSSESSIVES = words("my mein meine meinem meiner mon ma mi mio mia mijn onze our unser")
NEGATORS = words(
    "not nicht kein keine pas non no niet geen instead statt anstatt plutot ni ne noch weder nor "
    "neither isnt wasnt"
)
# Words that may stand between a negation and the company it negates ("not from Google",
# "nicht bei Vodafone", "no es Vodafone"); after any other word ("I'm not asking Strava to
# ...") the negation is about the verb, not the company.
NEGATION_BRIDGE = words(
    """
    from at with by the a is it its it's was bei von mit der die das den dem chez de du la le
    les avec c'est ce est es el los las con da di del il lo e era bij van met het de is
    to zu zum zur a al au aan
    uber via per through par por tramite
    """
)

# "sharing my data with Facebook", "an Dritte weitergeben", "partager avec", "compartir con":
# the company after the preposition is who the data goes to, not who is asked.
_PASS_ON = re.compile(
    r"^(?:shar\w*|sell\w*|sold|pass\w*|giv\w*|send\w*|transfer\w*|disclos\w*|teil\w*|"
    r"weiter\w*|verkauf\w*|ubermitt\w*|partag\w*|transmet\w*|transmis\w*|vend\w*|"
    r"compart\w*|ced\w*|condivid\w*|trasmett\w*|deel\w*|gedeeld|delen|verko\w*|"
    r"doorgeven|doorgegeven)$"
)
_RECIPIENT_BEFORE = words("with mit avec con met to an a al alla aan")


def recipient_positions(tokens: list[str], seps: list[str]) -> set[int]:
    """Word numbers of names that follow "with" / "mit" / "avec" / "con" / "met" (or "to")
    after a word for passing data on, in the same clause: the recipient of the data."""
    found: set[int] = set()
    last_verb = -10
    for i, token in enumerate(tokens):
        if re.search(r"[,.;:!?]", seps[i]):
            last_verb = -10
        if _PASS_ON.match(token):
            last_verb = i
            continue
        if token not in _RECIPIENT_BEFORE or i + 1 >= len(tokens):
            continue
        verb_after = False  # "mit Facebook teilen", "an Dritte weitergeben"
        for j in range(i + 2, min(i + 5, len(tokens))):
            if re.search(r"[,.;:!?]", seps[j]):
                break
            if _PASS_ON.match(tokens[j]):
                verb_after = True
                break
        if 0 < i - last_verb <= 6 or verb_after:
            found.add(i + 1)
            if tokens[i + 1] in ARTICLES and i + 2 < len(tokens):
                found.add(i + 2)
    # "advertenties op Facebook", "Werbung auf Instagram": where the ads are shown
    for i in range(1, len(tokens) - 1):
        if tokens[i] in _SHOWN_ON and tokens[i - 1] in _ADS:
            found.add(i + 1)
    return found


_ADS = words(
    "ads adverts advertisements advertenties reclame werbung anzeigen pubs publicites pub "
    "publicite anuncios publicidad pubblicita annunci"
)
_SHOWN_ON = words("on op auf sur su")  # not "en": Dutch "and"


# Words that never begin or end a company name found inside a sentence.
GLUE_WORDS = words(
    """
    i me my mine myself we us our you your u ur they them their it its he she him her a an the
    & to of for from at in on by with about into via and or but not no nor please pls plz want
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


def candidates(
    tokens: list[str], blocked: set[int], seps: list[str] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, span text) n-grams worth looking up, longest first; none runs across the
    end of a sentence or clause ("Tinder. Tinder should ..." is no name of two words)."""
    spans = []
    n_tokens = len(tokens)
    breaks = {i for i, sep in enumerate(seps or ()) if _CLAUSE_END.search(sep)}
    for size in range(min(4, n_tokens), 0, -1):
        for start in range(0, n_tokens - size + 1):
            end = start + size
            if any(i in blocked for i in range(start, end)):
                continue
            if size > 1 and any(i in breaks for i in range(start + 1, end)):
                continue
            spans.append((start, end, " ".join(tokens[start:end])))
    return spans


_CLAUSE_END = re.compile(r"[.!?;:,]\s")


@functools.lru_cache(maxsize=1)  # the readers of one message share it (never mutated)
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
        at = found.start()
        elided = _ELISION.match(word)
        if elided:  # "qu'Uber": read "Uber", the elided word goes with what came before
            before += word[: elided.end()]
            word = word[elided.end() :]
            at += elided.end()
        stripped = word.strip(".'")
        lead = len(word) - len(word.lstrip(".'"))
        last = at + lead + len(stripped)
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
    tokens: list[str],
    raw_tokens: list[str],
    seps: list[str],
    start: int,
    end: int,
    nouns_capitalised: bool = False,
) -> bool:
    """True when an everyday word is one capitalised word of a longer capitalised name. In
    German a capitalised word beside it is usually just a noun ("bei der Telekom Auskunft")."""
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
        if nouns_capitalised and zipf(raw_tokens[j]) >= RARE_ZIPF:
            continue
        return True
    return False


def place_before_region(raw_tokens: list[str], seps: list[str], end: int) -> bool:
    """True when the words before `end` are followed by ", <state, province or country>"
    ("Oracle, Arizona", "Paris, Texas"): then they name a town, not a company."""
    if end >= len(raw_tokens) or "," not in seps[end]:
        return False
    from assistant.understanding.places import fold as place_fold
    from assistant.understanding.places import regions

    table = regions()
    for size in (2, 1):
        words = raw_tokens[end : end + size]
        if len(words) == size and (size == 1 or "," not in seps[end + 1]):
            key = place_fold(" ".join(words))
            if len(key) > 2 and key in table:
                return True
    return False


def region_after_place(raw_tokens: list[str], seps: list[str], start: int, end: int) -> bool:
    """True when the words from `start` to `end` are a state, province or country named after
    a town and a comma ("Maastricht, Limburg", "Lyon, Rhône"): a place, not a company."""
    if start == 0 or "," not in seps[start]:
        return False
    from assistant.understanding.places import fold as place_fold
    from assistant.understanding.places import regions, resolve_place

    key = place_fold(" ".join(raw_tokens[start:end]))
    return len(key) > 2 and key in regions() and resolve_place(raw_tokens[start - 1]) is not None


def place_named(raw_tokens: list[str], seps: list[str], start: int, end: int) -> bool:
    """A town named by its region ("Oracle, Arizona") or a region named after its town
    ("Maastricht, Limburg"): a place, not a company."""
    return place_before_region(raw_tokens, seps, end) or region_after_place(
        raw_tokens, seps, start, end
    )


def sentence_initial(raw_tokens: list[str], seps: list[str], start: int) -> bool:
    """True when token `start` opens a sentence (or the message)."""
    return start == 0 or bool(re.search(r"[.!?:;\n\"(\u00bf\u00a1-]\s*$", seps[start]))


def capitalised(raw: str) -> bool:
    """Written as a name: "Sky", "1&1", and inner capitals as in "eBay" or "iCloud"."""
    return raw[:1].isupper() or raw[:1].isdigit() or any(ch.isupper() for ch in raw[1:])


def foreign_name(raw_words: list[str], lang: str) -> bool:
    """True when every word is capitalised and no word of the message's language (other
    than English, whose words brands often are): "Qualified" in a French message."""
    return (
        lang in LANGUAGES
        and lang != "en"
        and all(
            capitalised(w)
            and language_zipf(w.lower(), lang) < RARE_ZIPF
            and not in_a_dictionary(w, (lang,))
            for w in raw_words
        )
    )


def accept_span(
    raw_words: list[str],
    *,
    initial: bool,
    curated: Alias | None,
    cased: bool,
    whole_answer: bool,
    nouns_capitalised: bool = False,
    in_slot: bool = False,
    about_data: bool = True,
) -> bool:
    """Is this span written as a name? Precision first: an everyday word ("home", "sky",
    "bitte", "tomorrow") counts only when the person wrote it as a name, or put it where a
    request names its company ("remove me from qualified") - `in_slot`. A brand that is also an
    everyday word, opening a sentence, counts only in a message about personal data
    (`about_data`)."""
    if whole_answer:
        return True
    written_low = cased and not all(map(capitalised, raw_words))
    if curated is not None and curated.ordinary and written_low and not in_slot:
        return False  # a brand that is also a word counts only written as a name ("een tikkie")
    # or where a request names its company ("aber von dm will ich wissen, was ...")
    bare_words = [re.sub(r"['\u2019]s$", "", w) for w in raw_words]  # "name's" is "name"
    rarest = min(zipf(w) for w in bare_words)
    noun_like = len(raw_words) == 1 and raw_words[0][1:].islower()  # not "PayPal", "DHL"
    # German capitalises every noun: one in a message asking nothing of data is a noun
    german_noun = nouns_capitalised and noun_like and not (in_slot or about_data)
    if german_noun and curated is None and in_a_dictionary(bare_words[0], ("de",)):
        return False  # "Wie viel Hertz braucht ein Monitor": a German noun, however rare
    if rarest < RARE_ZIPF:
        return True
    in_slot = in_slot and rarest < SLOT_MAX_ZIPF  # "una copia de todo": "todo" names nothing
    capital = all(capitalised(w) for w in ([w for w in raw_words if len(w) > 3] or raw_words))
    if curated is not None and not curated.ordinary:
        short = sum(len(w) for w in raw_words) <= 3  # "MS", "IG"
        return capital or not cased or not short or rarest < COMMON_ZIPF  # "fb keeps ..."
    acronym = all(w.isupper() and len(w) <= 4 for w in raw_words)  # "SMS", "GPS": no name
    if curated is not None and curated.ordinary and not (in_slot or about_data):
        return False  # "Zoom in on the map", "mit der Bahn nach Hamburg", "Orange ou citron"
    if german_noun:
        return False  # German "Fußball" is a noun, capitalised like every noun, not a brand
    if capital and cased:
        plain_word = all(w[1:].islower() for w in bare_words)  # not "KLM", "eBay"
        if (
            initial
            and plain_word
            and not (about_data or in_slot)
            and any(map(in_a_dictionary, bare_words))
        ):
            return False  # "Picnic in het Vondelpark zaterdag!": a sentence opened by a word
        if rarest < COMMON_ZIPF or (not initial and not nouns_capitalised and not acronym):
            return True
        if nouns_capitalised and len(raw_words) >= 2 and (about_data or not initial):
            return True  # "Deutsche Telekom": German capitalises nouns, not two words in a row
        if len(raw_words) >= 2 and not nouns_capitalised and about_data:
            return True  # "Social Deal moet stoppen ...": the second capital is not the sentence's
        if curated is not None and initial:
            return in_slot or about_data  # "Orange ou citron ?" is the fruit
        return curated is not None or in_slot
    if in_slot:
        return True
    everyday = any(in_a_dictionary(w) for w in bare_words)
    if everyday and not about_data:  # "picnic houden", "a slide that says quality outcomes
        return False  # matter": everyday words in lower case, in a message asking nothing of data
    if not cased:  # typed all in lower case (or all in capitals): the case tells nothing
        return rarest < COMMON_ZIPF or curated is not None
    # A word in lower case that no dictionary of the six languages holds is a name typed in
    # lower case ("I want uber to erase ...", "airbnb mi manda mail") - unless it is as common
    # as everyday words ("ancestry dna kits": an acronym no dictionary lists)
    return not everyday and rarest < COMMON_ZIPF


def name_plural(norm: str, raw: str) -> bool:
    """A name of five letters or more with an "s" added ("snapchats servers"), not a plural
    the dictionary holds ("old bookings")."""
    return len(norm) >= 6 and norm[-1] == "s" and not in_a_dictionary(raw)


def german_compound(token: str, tail: int = 4) -> bool:
    """True when a folded German word ends in an everyday German noun of `tail` letters or
    more ("lieferadresse", "kundennummer", "vertragsdaten"): a compound, not a name."""
    from assistant.understanding.lexicon import language_zipf

    cuts = range(3, len(token) - tail + 1)
    return any(language_zipf(token[cut:], "de") >= RARE_ZIPF for cut in cuts)
