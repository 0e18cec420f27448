"""Small cues in what a person writes that steer assistant/understanding/understand.py: a right
asked of the company in so many words, a deletion the person did themselves and wants undone,
an apology around a place, a law cited (which country's entity is meant), how an answer to
"which company?" may begin, and the person correcting which company they meant.
"""

from __future__ import annotations

import re

# Wording that asks the company to act ("I want them to", "voglio che", "ich will, dass").
ASKED_OF_THEM = re.compile(
    r"\b(?:i (?:really |just |also )?want|i'?d (?:really |just |also )?like|please|want them to|"
    r"what i (?:\w+ )?(?:want|need)(?: \w+)? is|"  # "What I actually want now is a full copy"
    r"ich (?:will|mochte)|bitte|je veux|je voudrais|"
    r"quiero|quisiera|voglio|vorrei|ik wil|graag|i need (?:them|you|it)|ich brauche|"
    r"j'ai besoin|necesito que|mi serve che|ho bisogno che|merci de|"
    # a formal demand: "je demande la rectification", "ich verlange Auskunft", "solicito"
    r"(?:can|could|would) you (?:please )?(?:get|make|ask|tell) them to|"
    r"i (?:hereby )?(?:request|demand)|je demande|ich (?:verlange|fordere|beantrage)|solicito|"
    r"exijo|chiedo|richiedo|ik verzoek|ik eis)\b"
)

# "I deleted my account but want it back": the deleting was the person's own
WANTS_BACK = re.compile(
    r"\b(?:recuper\w*|reactiv\w*|riattiv\w*|ripristin\w*|wiederherstell\w*|restore\w*|"
    r"get (?:it|them) back|back again|rivoglio|terugzetten|terug)\b"
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

# "one of the two", "l'un des deux": two companies named and either will do - the person
# has to say which.
EITHER_ONE = re.compile(
    r"\b(?:one of (?:the|them|those|these) (?:two|both)|either of (?:the|those|these) two|"
    r"l'une? des deux|une? des deux|einen? (?:der|von) beiden|eine (?:der|von) beiden|"
    r"un[oa] de (?:los|las) dos|un[oa] (?:dei|delle) due|een van (?:de|die|beide)(?: twee)?|"
    # "je sais plus lequel", "I don't know which one": the person cannot say which
    r"(?:don'?t|do not) (?:know|remember) which|not sure which|"
    r"(?:ne )?sais (?:plus|pas) (?:lequel|laquelle|lesquels)|"
    r"wei(?:ss|\u00df) (?:nicht|nich)(?: mehr)?,? (?:welche|wer)|"
    r"no s[eé] (?:cu[aá]l|qui[eé]n|por cu[aá]l)|non so (?:pi[uù] )?(?:quale|chi|da quale)|"
    r"weet (?:niet|het niet) (?:meer )?(?:welke|wie|met welke)|"
    # "pero no sé por cuál empezar", "not sure which to start with": the person has not chosen
    r"which (?:one )?to (?:start|begin) with|par (?:lequel|laquelle) commencer|"
    r"(?:mit|bei) welche\w* (?:ich )?anfangen)\b"
)


# "They must stop", "basta, non devono più ...": a demand, as the end of a story makes it.
_DEMAND = re.compile(
    r"\b(?:they (?:must|should|have to)|must stop|enough|basta|genug|assez|sollen|muss|mussen|"
    r"doivent|doit|deben|debe|devono|deve|moeten|moet|"
    # what has to happen: "Il faut qu'ils mettent à jour mon dossier"
    r"il (?:faut|faudrait) qu|hace falta que|bisogna che|occorre che|"
    # an objection stated outright: "je m'oppose à ce qu'ils utilisent mes coordonnées"
    r"i object|je m'oppose|ich widerspreche|me opongo|mi oppongo|ik maak bezwaar)\b"
)


def last_sentence(low: str) -> str:
    """The last sentence of a message (where a story's request usually stands)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", low.strip()) if re.search(r"\w", s)]
    return sentences[-1] if sentences else low


# "Can you send them a proper request to correct my address?", "Kun je een verzoek sturen om
# ...?": the person asks the assistant to write, a request though it ends in "?".
ASKS_ME_TO_WRITE = re.compile(
    r"(?<!\bhow )(?<!\bhoe )(?<!\bwhere )(?<!\bwaar )(?<!\bcomment )(?<!\bwie )"
    r"\b(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:send|write|draft)"
    r"(?: them| to them) (?:a|an|the)|"
    r"(?:kannst du|konnen sie|konntest du) (?:ihnen |denen )(?:\w+ ){0,5}"
    r"(?:schreiben|schicken|senden)|"
    r"(?:peux-tu|pouvez-vous|tu peux|vous pouvez|pourrais-tu|pourriez-vous) (?:leur|lui) "
    r"(?:envoyer|ecrire|rediger)|(?:puedes|podrias) (?:enviar|escribir|mandar)(?:les|le)|"
    r"(?:puoi|potresti) (?:inviar|scriver|mandar)(?:gli|le)|"
    r"(?:kun|kan|kunt) (?:je|jij|u) (?:\w+ ){0,3}(?:verzoek|brief)\w* (?:\w+ )?"
    r"(?:sturen|schrijven|versturen|opstellen))\b"
)


def ends_in_request(low: str) -> bool:
    """A message of several sentences whose last one asks the company for something, not a
    question ("... the notes from the gate agent? I want a copy of all of it"), or asks the
    assistant to write to them ("... Can you send them a request to correct it?")."""
    last = last_sentence(low)
    if last != low.strip() and ASKS_ME_TO_WRITE.search(last):
        return True
    asks = bool(ASKED_OF_THEM.search(last) or _DEMAND.search(last))
    return asks and last != low.strip() and not last.rstrip().endswith("?")


# A company named by its kind ("my bank", "mon opérateur"): someone to write to, though which
# one the person must still say.
KIND_OF_COMPANY = re.compile(
    r"\b(?:my (?:bank|phone company|mobile provider|carrier|provider|operator|insurer|"
    r"insurance company|energy supplier|isp|employer|landlord|gym)|"
    r"meine? (?:bank|sparkasse|krankenkasse|versicherung|mobilfunkanbieter|anbieter|"
    r"handyanbieter|stromanbieter|arbeitgeber|vermieter)|"
    r"mon (?:operateur|fournisseur|assureur|employeur|banquier|fai)|ma (?:banque|mutuelle)|"
    r"mi (?:banco|operador|operadora|compania|aseguradora|proveedor)|"
    r"(?:il )?mio (?:operatore|gestore|fornitore)|la mia (?:banca|assicurazione|compagnia)|"
    r"mijn (?:bank|provider|verzekeraar|zorgverzekeraar|energieleverancier|werkgever))\b"
)

# The word for a request itself ("una richiesta di cancellazione", "een verwijderingsverzoek"):
# with a company named that the catalog lacks, the message still asks for something.
REQUEST_NOUN = re.compile(
    r"\b(?:requests?|anfrage\w*|antrag\w*|\w*anfrage|\w*antrag|demande|requete|solicitud|"
    r"peticion|richiesta|istanza|\w*verzoek|aanvraag)\b"
)

# The person wants the company itself to act ("voglio che smettano", "I want them to stop").
WANT_THEM_TO = re.compile(
    r"\b(?:i want (?:them|it|they) to|i'?d like them to|voglio che|vorrei che|quiero que|"
    r"quisiera que|je veux qu(?:e\b|')|je voudrais qu(?:e\b|')|ik wil dat (?:ze|zij|jullie|het)|"
    r"ich will,? dass|"
    r"ich mochte,? dass|chiedo che|pido que|je demande qu'|ik vraag dat|i ask that)"
)

# "Fammi cancellare quello che non uso", "delete the one I don't use": of two companies, the
# one not named as still in use ("ma ormai uso solo Glovo").
THE_UNUSED_ONE = re.compile(
    r"\b(?:(?:quello|quella|quel) che non (?:uso|utilizzo)|the one i (?:don'?t|do not|no longer|"
    r"never) use|celui (?:que|qu'on) (?:je )?n'utilise (?:plus|pas)|el que (?:ya )?no (?:uso|"
    r"utilizo)|(?:den|die|das) ich nicht (?:mehr )?(?:nutze|benutze)|die ik niet (?:meer )?"
    r"gebruik)\b"
)
STILL_IN_USE = re.compile(
    r"\b(?:uso solo|uso ancora|utilizzo solo|only use|still use|nutze nur(?: noch)?|nutze noch|"
    r"n'utilise (?:plus )?que|utilise encore|solo uso|sigo usando|gebruik alleen(?: nog)?|"
    r"gebruik nog) (?:(?:de|la|le|il|die|der|den|het|el) )?(?P<name>[\w.&'-]+)"
)


def named_in_use(low: str) -> str | None:
    """In a message asking about "the one I don't use", the company said to be still in use."""
    if not THE_UNUSED_ONE.search(low):
        return None
    still = STILL_IN_USE.search(low)
    return still.group("name").strip(".'-") if still else None


# "Do Equifax first", "start with Equifax", "Equifax is the worse one, start with them": of the
# companies named, the one to write to now.
_FIRST_NAMED = re.compile(r"\b(?:do|start with|begin with) (?P<name>[\w.&'-]+)(?: first)?\b")
_FIRST_THEM = re.compile(
    r"\b(?:start|begin) with (?:them|that one|this one|those)\b|\bdo (?:them|that one) first\b|"
    r"\bfang (?:mit denen|damit) an\b|\bcommence par (?:eux|celle-la|celui-la)\b|"
    r"\bempieza por (?:ellos|esa|ese)\b|\binizia da (?:loro|quella|quello)\b|"
    r"\bbegin (?:met hen|daarmee|bij hen)\b"
)


def first_one(low: str, spans: list[str]) -> str | None:
    """The company span the person says to start with, of `spans` (the companies named)."""
    for found in _FIRST_NAMED.finditer(low):
        name = found.group("name").strip(".'-")
        if name in spans and (found.group(0).endswith("first") or "with" in found.group(0)):
            return name
    them = _FIRST_THEM.search(low)
    if them is None:
        return None
    before = [(low.rfind(span, 0, them.start()), span) for span in spans]
    named = [(at, span) for at, span in before if at >= 0]
    return max(named)[1] if named else None
