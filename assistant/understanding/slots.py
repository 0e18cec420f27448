"""The answers with a shape: where the person lives, their e-mail, their name and a date.

Part of assistant.understanding.understand. Residence goes through assistant.law.residences
(the table behind assistant.law.profiles.resolve_residence); e-mail through email-validator
(syntax only, no network);
dates through python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.understanding.lexicon import zipf
from assistant.understanding.words import APOSTROPHES, COMMON_WORDS

# The place a person moved from, named before the one they live in now ("me fui de Valencia a").
_PLACE_LEFT = r"[^\W\d_][\w' -]{1,30}?"
_RESIDENCE_CUE = re.compile(
    r"(?i)(?<!not )(?<!n't )\b(?:i (?:live|reside|am based|'m based|am located|'m located|stay)|"
    r"(?:i'?ve|i have) (?:always |only ever )?lived in|"
    r"we live|i'?m (?:living|residing|based|located|resident)|living|resident of|reside in|"
    r"based in|located in|i am in|i'?m in|moved to|live in|"
    # a move told: "since moving to Columbus", "when I got home to Leeds", "me fui de Valencia
    # a Bilbao", "van Groningen naar Rotterdam verhuisd", "my current address in Tucson"
    r"moving to|relocated to|got (?:back )?home to|my (?:current |new )?address (?:is )?in|"
    r"moved (?:in)?to (?:a|an|my|our|the) (?:new )?(?:flat|house|place|apartment|home)|"
    r"moved (?:here |over )?from " + _PLACE_LEFT + r" to|"
    r"(?:umgezogen|gezogen) nach|d\u00e9m\u00e9nag\u00e9e?s? (?:\u00e0|a)|"
    r"d\u00e9m\u00e9nag\u00e9e?s? de " + _PLACE_LEFT + r" (?:\u00e0|a)|install\u00e9e?s?|"
    r"mi sono trasferit[oa] da " + _PLACE_LEFT + r" a|aqu[i\u00ed] en|"
    # "hier in Gent"; not on a visit ("op vakantie hier in Duitsland") nor denied ("niet meer")
    r"(?<!vakantie )(?<!urlaub )(?<!besuch )(?<!zakenreis )(?<!niet )(?<!nicht )(?<!meer )"
    r"(?<!mehr )(?<!dienstreise )\bhier in|"
    r"i'?ve been in(?= " + _PLACE_LEFT + r" (?:my whole|all my|for (?:\w+ )?years))|"
    r"me (?:fui|mud\u00e9|mude|he mudado) de " + _PLACE_LEFT + r" a|"
    r"me (?:mud\u00e9|mude|he mudado) a|"
    r"mi sono trasferit[oa] a|verhuisd naar|van " + _PLACE_LEFT + r" naar(?=\s+[^\W\d_][\w'-]*"
    r"(?:\s+[^\W\d_][\w'-]*)?\s+(?:verhuisd|verhuist|gaan wonen|getrokken))|"
    r"ich wohne|wohne|wohn ich|wohnen tu ich|wir wohnen|ich lebe|lebe|wohnhaft|"
    r"je vis|j'habite|nous habitons|je r\u00e9side|r\u00e9sidente?|"
    r"vivo|resido|vivimos|abito|risiedo|viviamo|ik woon|woon|wij wonen)"
    r"(?:\s+(?:aber|jetzt|now|currently|actually|aktuell|inzwischen|mittlerweile|"
    r"(?:\u00fc|ue|u)brigens|by the way|btw|d'ailleurs|por cierto|comunque|trouwens|"
    r"seit (?:vielen |einigen |ein paar |\w+ )?(?:jahren|monaten|wochen)|in der n(?:ä|ae|a)he von|"
    r"near|pres de|cerca de|vicino a|in de buurt van|"
    r"maintenant|actuellement|ahora|actualmente|ora|adesso|nu|momenteel|tegenwoordig)){0,2}"
    r"(?:\s+(?:just\s+)?(?:outside|near)(?:\s+of)?)?"
    r"\s+(?:(?:in|en|\u00e0|a|au|aux|im|the|nel|nella|in de|te)\s+)?"
    r"([^\W\d_][\w'. ,-]{1,60})"
)
# "São Paulo, Brazil - I want ...", "Seattle, Washington here; ...", "Toronto:" at the start.
_RESIDENCE_OPENING = re.compile(
    r"^\s*([^\W\d_][\w'. -]{1,40}(?:,\s*[^\W\d_][\w'. -]{1,40})?)\s*(?:\s-\s|\u2013|"
    r"\u2014|:|\b(?:here|hier|ici|aqui|aqu\u00ed|qui)\b)"
)
_RESIDENCE_SUFFIX = re.compile(r"(?i)\b([a-z][a-z.'-]+(?: [a-z][a-z.'-]+)?) (?:resident|citizen)\b")
# Said where a name is expected, these are not a name.
NOT_A_NAME = re.compile(
    r"(?i)\b(?:never ?mind|forget it|cancel|stop|quit|don'?t|no thanks|not now|i don'?t want|"
    r"vergiss es|vergessen sie|abbrechen|laissez tomber|laisse tomber|annuler|olv[i\u00ed]dalo|"
    r"cancelar|lascia perdere|annulla|laat maar|annuleren|help|why|what|\?|"
    # "sorry, I meant Florida", "wait, I moved": a correction of an earlier answer
    r"sorry|i meant|i mean|i moved|i live|i'?ve moved|ich meinte|ich wohne|je voulais dire|"
    r"j'habite|quise decir|vivo en|intendevo|abito|ik bedoelde|ik woon)\b"
)
# Words that may stand right before an e-mail address in an answer ("it's x@y", "email: x@y").
_EMAIL_CUES = frozenset(
    str.split(
        "is it's its email e-mail mail address adresse addr ist est es è e at to use my mijn "
        "mein ma mi mon here correo indirizzo dirección direccion sorry oops please bitte svp "
        "por per favor ok okay yes ja oui sí si sì nee no nein non new neue nouvelle nueva nuovo "
        "nieuw try correct richtig correcte correcto corretto juist"
    )
)
EMAIL_IN_TEXT = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+")
_EMAIL = EMAIL_IN_TEXT
NAME_CUE = re.compile(
    r"\b(?:my name is|my name's|name is|name:|i am called|i'?m called|call me|this is|sign it|"
    r"signed|ich hei(?:ss|\u00df)e|mein name ist|je m'appelle|je m\u2019appelle|mon nom est|"
    r"me llamo|mi nombre es|mi chiamo|il mio nome (?:e|\u00e8)|ik heet|mijn naam is)\s+(.+)$",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE_PATTERN = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
    rf"\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})\.?,? \d{{4}}\b|"
    r"\b(?:today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)


def parse_email(text: str) -> tuple[str | None, str | None]:
    """(normalised address, None) or (None, why not) for the first e-mail-like word in `text`."""
    found = _EMAIL.search(text)
    if not found:
        return None, None
    candidate = found.group(0).rstrip(".!?")
    before = text[: found.start()].split()
    if before and len(before) <= 2 and text[found.start() - 1 : found.start()] == " ":
        glued = before[-1].lower()  # "typo: x@y", "scusa, x@y": punctuation separates
        if glued not in _EMAIL_CUES and re.fullmatch(r"[\w.+-]+", glued):
            # "carlos gomez@example.com": the address has a space; which part is it?
            return None, f'it has a space in it ("{before[-1]} {candidate}")'
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        # The validator's sentence ends in a full stop; callers put it inside their own.
        return None, str(exc).strip().rstrip(".")
    return info.normalized, None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date written as ISO, 3/14/2026, 14.03.2026, 'March 14, 2026', '14 March 2026', today."""
    found = DATE_PATTERN.search(text)
    if not found:
        return None
    raw = found.group(0).lower()
    if raw in ("today", "yesterday", "tomorrow"):
        if today is None:
            return None
        return today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[raw])
    from dateutil import parser

    dayfirst = "." in raw or bool(re.match(r"(1[3-9]|2\d|3[01])/", raw))
    try:
        return parser.parse(raw, dayfirst=dayfirst, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _resolve_residence(text: str, lang: str | None = None) -> str | None:
    """A residence code for a place name: assistant.law.residences first (countries, states,
    provinces, the names the law tables know), then assistant.understanding.places (names in
    six languages, Länder, cities)."""
    try:
        from assistant.law.residences import resolve_residence
    except ImportError:  # the residence table is missing: residence stays unknown
        return None
    try:
        code = resolve_residence(text)
    except Exception:  # a resolver error must never break understanding
        code = None
    if code:
        return code
    from assistant.understanding.places import resolve_place

    return resolve_place(text, lang)


def _country_first(text: str, lang: str | None) -> str | None:
    """A place written country first ("Deutschland, Stuttgart"): the city within it."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    country = _resolve_residence(parts[0], lang)
    if not country or "-" in country:
        return None
    code = _resolve_residence(f"{parts[1]}, {parts[0]}", lang)
    return code if code and code.split("-")[0] == country else None


def _resolve_chunk(chunk: str, lang: str | None = None) -> str | None:
    """Resolve a place name found inside a sentence; two letters count only in capitals
    ("I live in CA"), since "in", "me", "or" and "hi" are also state codes."""
    letters = re.sub(r"[^A-Za-z]", "", chunk)
    if len(letters) <= 2 and not (len(letters) == 2 and letters.isupper()):
        return None
    if chunk.lower() in COMMON_WORDS and not (len(letters) == 2 and letters.isupper()):
        return None  # "us" is a word, "US" the country
    return _resolve_residence(chunk, lang)


def _place_in(words_after: str, lang: str | None = None) -> tuple[str | None, str | None]:
    """The longest place at the start of `words_after` ("Munich, Germany and I want" ->
    DE-BY), trying "City, Region" first."""
    head = re.split(
        r"[.;!?:]| and | und | et | y | e | en | but | aber | mais | pero | ma | maar ", words_after
    )[0]
    parts = [p.strip() for p in head.split(",")]
    if len(parts) >= 2 and parts[1]:
        for n in range(min(3, len(parts[1].split())), 0, -1):
            region = " ".join(parts[1].split()[:n])
            region_code = _resolve_chunk(region, lang)
            if not region_code:  # "Stuttgart, möchte bei ...": no region after the comma
                continue
            pair = f"{parts[0]}, {region}"
            code = _resolve_residence(pair, lang) if len(parts[0].split()) <= 4 else None
            if code and "-" in region_code and code != region_code:
                code = region_code  # "Springfield, IL": the state said, not another one's city
            if code and "-" in code:
                return code, pair
    words = parts[0].split()
    for n in range(min(4, len(words)), 0, -1):
        chunk = " ".join(words[:n])
        code = _resolve_chunk(chunk, lang)
        if code:
            return code, chunk
    return None, None


def find_residence(
    text: str, *, whole: bool = False, lang: str | None = None
) -> tuple[str | None, str | None]:
    """(code, the words it came from). `whole`: the text is an answer to "where do you live?"."""
    text = text.translate(APOSTROPHES)
    if whole:  # "ok, Glasgow, Scotland", "Klar. Ich wohne in Graz.": the place after the "ok"
        text = _ACK_BEFORE_NAME.sub("", text.strip()) or text
        if _ACK_BEFORE_NAME.fullmatch(text.strip(" .!") + ". "):
            return None, None  # "Klar.", "ok": no place (not Kalar, Iraq)
        stripped = re.sub(
            # "upstate New York", "near Buffalo", "outside Lyon": the place, qualified
            r"^(?:(?:upstate|downstate|northern|southern|eastern|western|central|rural|greater|"
            r"near|outside(?: of)?|just outside|close to)\s+)?"
            r"(?:(?:i (?:live|am|'m|reside) in|i'?m in|in|from|i'?m from|ich wohne in|wohne in|"
            r"wohnen tu ich in|ich lebe in|"
            r"je vis (?:a|à|en|au)|j'habite (?:a|à|en|au)|vivo (?:en|a|in)|abito a|ik woon in|"
            r"sto a|sto in|estoy en|je suis (?:a|à)|ich bin in|ik zit in|based in|"
            # the bare preposition of each language: "En Sevilla", "À Lyon", "A Milano"
            r"en|a|à|au|aux|nach|bei|te|op)\s+)?",
            "",
            text.strip(),
            flags=re.IGNORECASE,
        ).strip(" .!")
        # "Suisse, à Genève", "Schweiz, in Zürich": the country, then the place in it
        stripped = re.sub(r",\s*(?:à|a|in|en|au|te|op|nach|bei)\s+", ", ", stripped, flags=re.I)
        code = _resolve_residence(stripped, lang) or _country_first(stripped, lang)
        if code:
            return code, stripped
        first = re.split(r"[.!?]\s", stripped, maxsplit=1)[0].strip(" .!?")
        if first != stripped and len(first.split()) <= 4:  # "Hamburg. Muss ich ...?"
            code = _resolve_chunk(first, lang)
            if code:
                return code, first
    for m in _RESIDENCE_CUE.finditer(text):
        code, chunk = _place_in(m.group(1), lang)
        if code:
            return code, chunk
    suffix = _RESIDENCE_SUFFIX.search(text)
    if suffix:
        for chunk in (suffix.group(1), suffix.group(1).split()[-1]):
            code = _resolve_chunk(chunk, lang)
            if code:
                return code, chunk
    opening = _RESIDENCE_OPENING.match(text)
    if opening:
        code, chunk = _place_in(opening.group(1), lang)
        first = opening.group(1).split(",")[0].split()
        whole = len((chunk or "").split(",")[0].split()) >= len(first)
        if code and whole:  # "München hier.", "Toronto:"; not "Google und Facebook ...:"
            return code, chunk
    return None, None


# "ok.", "d'accord.", "vale,", "oké." before the name: an acknowledgement, not part of it.
_ACK_BEFORE_NAME = re.compile(
    r"^(?:(?:ok(?:ay|e|é|ee)?|d'accord|vale|va bene|bene|ja|yes|yep|sure|s[iíì]|oui|claro|"
    r"prima|goed|prego|natuurlijk|gerne|certo|bien s[uû]r|genau|alright|klar)\s*[.,!:;]?\s+)"
    r"{0,2}"
    r"(?:ok(?:ay|e|é|ee)?|d'accord|vale|va bene|bene|ja|yes|yep|sure|s[iíì]|oui|claro|prima|"
    r"goed|prego|natuurlijk|gerne|certo|bien s[uû]r|genau|alright|klar)\s*[.,!:;]\s+",
    re.IGNORECASE,
)
# "Tom Whitaker by the way", "Anna Weber, danke": words after the name, not part of it.
_AFTER_NAME = re.compile(
    r"[,.]?\s+(?:by the way|btw|thanks|thank you|please|bitte|danke|merci|grazie|gracias|"
    r"dank je|bedankt)[.!]*$",
    re.IGNORECASE,
)
# An answer that is only a yes, a no or a thanks.
_ONLY_YES_OR_THANKS = re.compile(
    r"(?:(?:yes|yep|yeah|no|nope|ok|okay|sure|ja|nein|nee|oui|non|s[iíì]|vale|claro|certo|"
    r"d'accord|grazie|merci|danke|gracias|bedankt|thanks|thank you|please|bitte|prego|"
    r"por favor|s'il vous pla[iî]t|graag|gerne|track it|go ahead)[\s,.!]*)+",
    re.IGNORECASE,
)
# "Danielle Kowalski, no wait, it's spelled Danielle Kowalsky": the name, corrected.
_NAME_RESPELLED = re.compile(
    r"^(?P<first>[^,;]+?)\s*[,;-]+\s*(?:no,? wait|wait|sorry|oops|i mean|nein|moment|non|"
    r"pardon|perd[oó]n|scusa|anzi|nee|sorry)\b[,:!]?\s*(?:(?:it'?s|it is|das ist|c'est|es|è|"
    r"het is)\s+)?(?:(?:spelled|spelt|geschrieben|écrit|escrito|scritto|gespeld)\s+)?"
    r"(?P<second>.+)$",
    re.IGNORECASE,
)


def _looks_like_full_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


_PARTICLES = frozenset(
    {
        "van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "'t", "ter", "ten",
        "du", "des", "dos", "y", "e",
    }
)  # fmt: skip


def place_in_one_part(text: str, lang: str | None) -> tuple[str | None, str | None]:
    """ "Texas, Austin area": the comma-separated part that names a place, when only one does
    (never a two-letter word: "no" is not Norway); (None, None) otherwise."""
    parts = [
        find_residence(p, whole=True, lang=lang) for p in text.split(",") if len(p.strip()) >= 4
    ]
    named = [(code, words) for code, words in parts if code]
    if len({code for code, _words in named}) == 1:
        return named[0]
    return None, None


def name_answer(text: str, email: str | None) -> str | None:
    """The name in an answer to "what is your name?"; with the e-mail given beside it
    ("Maria De Luca, maria@tiscali.it") the rest is the name."""
    given = EMAIL_IN_TEXT.sub(" ", text).strip(" ,;") if email else text
    return clean_name(given) if given else None


def clean_name(text: str) -> str | None:
    """A person's name from an answer to "what is your name?", or None if it is not one."""
    raw = " ".join(text.strip().split())
    m = NAME_CUE.search(raw)
    if m:
        raw = m.group(1)
    raw = _ACK_BEFORE_NAME.sub("", raw)
    raw = _AFTER_NAME.sub("", raw)
    if _ONLY_YES_OR_THANKS.fullmatch(raw.strip(" .!,")):
        return None  # "sì, grazie", "yes please": an answer to another question
    respelled = _NAME_RESPELLED.match(raw)
    if respelled and all(
        _looks_like_full_name(respelled.group(k).strip(" .!")) for k in ("first", "second")
    ):
        raw = respelled.group("second")
    raw = re.sub(r"^(?:it'?s|i'?m|i am|name)\s+", "", raw, flags=re.IGNORECASE).strip(" .!,")
    if not raw or len(raw) > 200 or "@" in raw or not re.search(r"[^\W\d_]", raw):
        return None
    if any(ch in raw for ch in "\r\n\x00") or re.search(r"[<>{}\[\]|\\]", raw):
        return None
    if NOT_A_NAME.search(raw) or len(raw.split()) > 8:
        return None  # "actually never mind", "cancel", "vergiss es", a sentence: not a name
    return raw


# Particles and surname shapes of people's names: "Lucía de la Fuente Ortiz", "Sanne van der
# Wiel", "Kwame Mensah-Boateng", "Giulia D'Angelo".
_NAME_PARTICLES = frozenset(
    {"van", "der", "den", "de", "la", "las", "los", "del", "della", "di", "da", "von", "zu",
     "du", "des", "le", "y", "i", "dos", "das", "ter", "ten", "af"}
)  # fmt: skip
_ORGANISATION_WORDS = frozenset(
    {"bank", "banco", "banque", "banca", "caja", "cassa", "group", "groupe", "grupo", "gruppo",
     "hotel", "club", "stadt", "ville", "ciudad", "city", "verlag", "versicherung", "assurance",
     "seguros", "assicurazioni", "services", "systems", "casa", "tienda", "libreria", "store",
     "shop", "magasin", "laden", "winkel", "negozio"}
)  # fmt: skip
_SURNAME_SHAPE = re.compile(r"^[A-ZÀ-Þ]\w+-[A-ZÀ-Þ]\w+$|^(?:[DdO]|Mc|Mac)['’][A-ZÀ-Þ]\w+$")


def looks_like_person_name(text: str) -> bool:
    """Whether a short answer has the shape of a person's name rather than a company's: two
    to six words, each capitalised or a name particle, with a particle inside or a surname
    shaped like one (hyphenated at the end, "D'Angelo", "O'Connell")."""
    words = text.strip(" .!").split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() or ch in "&@/" for ch in text):
        return False
    if {w.lower() for w in words} & _ORGANISATION_WORDS:
        return False
    inner = [w for w in words[1:-1] if w.lower() in _NAME_PARTICLES]
    shaped = any(_SURNAME_SHAPE.match(w) for w in words[1:])
    capitalised = all(
        w[:1].isupper() or w.lower().startswith(("d'", "d’")) for w in words if w not in inner
    )
    return capitalised and words[0][:1].isupper() and bool(inner or shaped)


# A word this frequent in one of the six languages is no part of a name typed in lower case.
_EVERYDAY_ZIPF = 5.0


def name_after_cue(rest: str) -> str | None:
    """The name that follows "my name is" / "je m'appelle" inside a longer message: the run of
    capitalised words and particles ("Siobhán Ní Bhriain and I live in Dublin" -> "Siobhán Ní
    Bhriain"); a name typed in lower case runs to the first comma or full stop."""
    words = rest.split()
    if not words:
        return None
    if not words[0][:1].isupper():  # typed in lower case: a few words, none an everyday one
        typed = re.split(r"[,.;!?]", rest)[0].split()  # ("mon nom est mal écrit sur ...")
        if not 1 <= len(typed) <= 4 or any(
            w.lower() not in _NAME_PARTICLES and zipf(w) >= _EVERYDAY_ZIPF for w in typed
        ):
            return None
        return clean_name(" ".join(typed))
    run: list[str] = []
    for index, word in enumerate(words):
        core = word.strip(',.;:!?()"')
        after = [w for w in words[index + 1 :] if w.strip(",.").lower() not in _NAME_PARTICLES]
        nxt = after[0] if after else ""  # "Margaret van der Berg": past all the particles
        particle = core.lower() in _NAME_PARTICLES and nxt[:1].isupper() and bool(run)
        capitalised = core[:1].isupper() or core.lower().startswith(("d'", "d’"))
        if not core or core == "I" or not (capitalised or particle):
            break
        run.append(core)
        if core != word.rstrip('"') or len(run) == 6:  # punctuation after it ends the name
            break
    return clean_name(" ".join(run)) if run else None


# "I'm Anna-Louise Pemberton-Reyes", "ik ben Thijs de Jong uit Amsterdam": a person saying who
# they are, read as a name only in the shape of one (introduced_name).
INTRODUCED = re.compile(
    r"\b(?:i'?m|i am|ich bin|je suis|soy|sono|ik ben)\s+([A-ZÀ-Þ].*)$", re.IGNORECASE
)


def introduced_name(rest: str) -> str | None:
    """The name after "I'm" / "ik ben": two to four capitalised words (particles between),
    none of them an everyday word unless the words have a name's shape (a particle inside, a
    hyphenated or "D'" surname), and no place ("I'm New York based" is no name)."""
    name = name_after_cue(rest)
    if not name:
        return None
    words = [w for w in name.split() if w.lower() not in _NAME_PARTICLES]
    if not 2 <= len(words) <= 4:
        return None
    if any(zipf(w) >= _EVERYDAY_ZIPF for w in words) and not looks_like_person_name(name):
        return None  # a frequent given name ("Juan") passes with a particle ("de la Cruz")
    code, _words = find_residence(name, whole=True)
    return None if code else name
