"""The fixed phrases of a conversation: commands, yes and no, greetings and thanks, and the
topics of questions about a company - in English, German, French, Spanish, Italian and Dutch.

Part of assistant.understanding.understand; every pattern reads folded text (`clean_text`).
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Commands, yes/no, greetings, questions.

_COMMAND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"^(?:please |can you |could you )?(?:{pattern})[ .!?]*(?:please)?[ .!?]*$"))
    for name, pattern in (
        (
            "help",
            r"help|\?|h|help me|what can you do|how does this work|commands|what can i say"
            r"|i'?m (?:lost|confused)|how do i use this|menu|options"
            r"|hilfe|aide|ayuda|aiuto|hulp|hulp nodig|help nodig|au secours|socorro",
        ),
        (
            "back",
            r"back|go back|undo|previous|previous question|step back|one step back|zuruck|"
            r"retour|atras|indietro|terug|vorige",
        ),
        ("cancel", r"abbrechen|stornieren|annuler|cancelar|annulla|annullare|annuleren"),
        (
            "restart",
            r"start over|start again|restart|reset|begin again|new request|from the "
            r"(?:start|beginning|top)|start from scratch|let'?s start over|new letter|again"
            r"|(?:nochmal|noch einmal) von vorne?|von vorne|neu anfangen|recommencer|"
            r"on recommence|empezar de nuevo|volver a empezar|de nuevo|ricomincia\w*|"
            r"da capo|opnieuw beginnen|opnieuw|begin opnieuw|"
            # "olvida todo y empecemos de cero", "oublie tout et on repart de zéro"
            r"(?:olvida(?:lo)? todo,? y )?(?:empecemos|empezamos|comencemos|volvamos a empezar) "
            r"(?:de nuevo|de cero|desde cero)|empezar (?:de cero|desde cero)|"
            r"(?:oublie tout,? et )?(?:on )?(?:recommence|repart) (?:a|de) zero|recommencons|"
            r"(?:vergiss alles,? und )?(?:lass uns )?(?:neu|von vorne) anfangen|"
            r"ricominciamo(?: da capo| da zero)?|(?:vergeet alles,? en )?laten we opnieuw beginnen",
        ),
        (
            "list_companies",
            r"(?:list|show|which|what) (?:all )?(?:the )?companies(?: (?:do|can) "
            r"you (?:know|handle|do))?|companies|list|company list|list companies|catalog",
        ),
        (
            "my_requests",
            r"(?:show )?(?:my )?requests|my (?:letters|deadlines|requests)|status|"
            r"show me (?:all )?(?:of )?(?:my )?(?:requests|letters|deadlines)|"
            r"what'?s (?:due|overdue|pending)|show (?:my )?(?:requests|letters|deadlines)|"
            r"reminders|tracker|list my (?:open )?requests|(?:which|what) letters have i sent"
            r"(?: so far)?|zeig mir meine anfragen|meine anfragen(?: anzeigen| zeigen)?|"
            r"mes demandes|"
            r"voir mes demandes|ver mis solicitudes|mis solicitudes|mostra le mie richieste|"
            r"le mie richieste|toon mijn verzoeken|mijn verzoeken|"
            # "quiero ver mis solicitudes": wanting to see them
            r"i (?:want to|would like to|wanna) see my requests|(?:quiero|quisiera) ver mis "
            r"solicitudes|je (?:veux|voudrais) voir mes demandes|ich (?:will|mochte) meine "
            r"anfragen sehen|(?:voglio|vorrei) vedere le mie richieste|ik wil mijn verzoeken zien",
        ),
        (
            "quit",
            r"quit|exit|bye|goodbye|good bye|q|stop|close|done|that'?s all|i'?m done|"
            r"see you|cya|end|beenden|tschuss|quitter|au revoir|salir|adios|esci|uscire|"
            r"stoppen|doei|afsluiten",
        ),
        (
            "forget_profile",
            r"forget my details|forget my profile|delete my (?:saved )?(?:details|"
            r"profile)|don'?t remember me|new details|different details",
        ),
    )
)

# Dropping the request being built ("actually never mind", "ach, vergiss es", "en fait laissez
# tomber", "olvídalo, no importa"): read as the command "cancel" wherever an answer other than
# yes or no is expected (a name step must never sign "never mind").
CANCEL = re.compile(
    r"^(?:(?:ah|ach|oh|ok|okay|well|actually|en fait|bon|pues|allora|nou|eigentlich|"
    r"no|nee|nein|non|sorry|wait)[ ,.!-]+)*"
    r"(?:never ?mind|forget (?:it|about it)|cancel(?: it| that| this| the request)?|"
    r"i changed my mind|vergiss es|vergessen sie es|lass es(?: sein)?|"
    r"laissez tomber|laisse tomber|oublie[sz]?(?: ca)?|annule[rz]?|"
    r"olvidalo|olvidate|dejalo|lascia (?:perdere|stare)|lasciamo perdere|"
    r"laat maar|laat (?:maar )?zitten|vergeet het)\b[^?]*$"
)
_YES = re.compile(
    r"^(?:ja|jawohl|genau|oui|ouais|d'accord|si|claro|vale|certo|va bene|ok graag|jazeker|"
    r"y|ya|yes|yess|yes+|yeah|yea|yep|yup|ya|sure|ok|okay|k|kk|alright|all right|fine|"
    r"correct|right|exactly|indeed|of course|absolutely|definitely|please|go ahead|do it|"
    r"go for it|sounds good|looks good|that'?s (?:right|correct|it|fine|good)|affirmative|"
    r"save it|track it|yes please|please do|ok do it|why not|perfect|great|good|confirm|"
    r"confirmed|send it|done|yes,? (?:save|track|go ahead|do it|please|that'?s right|correct|"
    r"remember|sure|ok)(?: it| me| them)?)[ .!]*$"
)
_NO = re.compile(
    r"^(?:nein|nee|non|no gracias|niet|vergiss es|laissez tomber|laisse tomber|olvidalo|"
    r"lascia perdere|laat maar|n|no|nope|nah|no thanks|no thank you|not now|not really|"
    r"never mind|nevermind|"
    r"don'?t|do not|cancel|skip|not yet|negative|no way|rather not|i'?d rather not|"
    r"leave it|no,? thanks?|nothing|none|no need|not needed|pass)[ .!]*$"
)
_GREETING_WORDS = (
    r"(?:hoi|salut|bonjour|bonsoir|hola|buenas|buenos dias|buenas tardes|buenas noches|ciao|"
    r"buongiorno|buonasera|salve|guten tag|guten morgen|guten abend|moin|servus|gruss gott|"
    r"goedemorgen|goedemiddag|goedenavond|goeiedag|dag|hi|hello|hey|hiya|howdy|yo|hallo|"
    r"good (?:morning|afternoon|evening|day)|greetings|hi there|hello there|hey there|sup|"
    r"what'?s up)"
)
# "How are you?" after a greeting, in the six languages.
_HOW_ARE_YOU = (
    r"(?:how are you(?: doing)?(?: today)?|how'?s it going|how are things|how have you been|"
    r"how(?:'?s| is) (?:your|ur) (?:day|morning|afternoon|evening|week)"
    r"(?: going| been)?(?: so far)?|"
    r"hope you'?re (?:well|doing well|ok)|wie laeuft'?s|wie lauft'?s|comment vas-tu|"
    r"que tal (?:tu|el) dia|que tal va todo|come va la giornata|hoe is je dag|"
    r"wie geht'?s(?: dir| ihnen)?(?: heute)?|"
    r"wie geht es (?:dir|ihnen)(?: heute)?|ca va|comment (?:ca va|allez-vous)|que tal|"
    r"vous allez bien|tu vas bien|"
    r"como estas|como esta|come va(?: oggi)?|come stai|come sta|hoe gaat het(?: met je| ermee)?|"
    r"alles goed)"
)
# One greeting or a few in a row ("hola, buenas tardes", "hallo, guten Abend"), perhaps with
# a "how are you?" ("Buongiorno! Come va oggi?").
_GREETING = re.compile(
    rf"^(?:{_GREETING_WORDS}(?:[ .!,]+{_GREETING_WORDS})*[ .!,]*(?:there)?[ .!,]*"
    rf"(?:{_HOW_ARE_YOU}[ .!?]*)?|{_HOW_ARE_YOU}[ .!?]*)$"
)
_THANKS = re.compile(
    r"^(?:danke|danke schon|vielen dank|merci|gracias|gracias,? eso es todo|grazie|bedankt|"
    r"dank je|dankjewel|thanks for the quick reply,? that helped|thanks|thank you|thx|ty|"
    r"cheers|thanks a lot|many thanks|great,? "
    r"thanks)[ .!]*$"
)

_QUESTION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "retention",
        re.compile(
            r"\bhow long (?:do|does|will|can|may) (?:they|it|\w+) (?:keep|store|retain|hold)\b|"
            r"\bretention\b|\bwie lange? (?:darf|speicher\w*|behalt\w*|bewahr\w*)|"
            r"\b(?:speichern|aufbewahren)\?|combien de temps [^?]{0,40}(?:garde|conserve)|"
            r"\bcuanto tiempo (?:guarda|conserva)|\bper quanto tempo [^?]{0,30}conserva|"
            r"\bhoe lang (?:bewaart|bewaren|houdt|houden)\b"
        ),
    ),
    (
        "agent",
        re.compile(
            r"\b(?:authori[sz]ed agent|on my behalf|for me\b.*\?|my (?:daughter|son|wife|husband|"
            r"partner|mother|father|lawyer) (?:do|make|send|file))|"
            r"\b(?:tochter|sohn|frau|mann) den antrag\b|\bfur mich stellen\b|"
            r"\ba ma place\b|\bpor mi\b.*\?|\bal mio posto\b|\bper me\b.*\?|"
            r"\bvoor mij indienen\b|\bnamens mij\b"
        ),
    ),
    (
        "collected",
        re.compile(
            r"\bwhat (?:data|information|info) (?:does|do|did) \w+(?: \w+)? collect\b|"
            r"\bwelche daten (?:sammelt|erhebt)\b|\bquelles donnees \w+ collecte\b|"
            r"\bque datos recoge\b|\bquali dati raccoglie\b|\bwelke gegevens verzamelt\b"
        ),
    ),
    (
        "right_company",
        re.compile(
            # not "fix my file so it shows the right address": the address held, corrected
            r"(?<!shows the )(?<!show the )(?<!lists the )"
            r"\bright (?:company|one|place|people|firm|address)\b|\bprocessor\b|"
            r"\b(?:wrong|correct) (?:company|one|place)\b|\bwho (?:should|do|must) i (?:ask|write"
            r"|contact|send)\b|\bshould i (?:ask|write to|contact|send (?:it|this) to)\b|"
            r"\bon behalf of\b|\b(?:ask|contact|write to) (?:them|\w+) or\b"
        ),
    ),
    (
        "verification",
        re.compile(
            r"\bverif\w*|\bidentity\b|\bidentify me\b|\bprove (?:who|it'?s me|my|that)\b|"
            r"\b(?:id|passport|driver'?s licen[cs]e|photo id|id document|id card)\b[^.!?]*\?|"
            r"\bneed (?:from me|to know who)\b|"
            r"\bwhat (?:do|does|will) (?:they|it|\w+) (?:need|want|ask for|require)\b|"
            r"\bdo i (?:need|have) to (?:send|give|show|provide)\b"
        ),
    ),
    (
        "deadline",
        re.compile(
            r"\bhow long\b|\bhow many days\b|\bhow soon\b|\bdeadlines?\b|\btime ?limit\b|"
            r"\bby when\b|\bwie (?:viel zeit|lange) hat\b|\bwie lange haben\b|\bfrist\w*\b|"
            r"\bdelai\b|\bcombien de temps (?:pour|ont-ils|ils ont|a-t-il)\b|\bcuanto tardan\b|"
            r"\bplazo\b|\bcuanto tiempo (?:tienen|tiene) para\b|\bhoeveel tijd hebben\b|"
            r"\bwie viel zeit haben\b|\bquanto tempo hanno\b|"
            r"\bquanto tempo (?:hanno|ha) per\b|\bentro quanto\b|\btermijn\b|"
            r"\bhoe lang hebben\b|"
            r"\bwhen (?:do|does|must|will|should|would|did|can) (?:they|it|\w+) "
            r"(?:have to |need to )?(?:answer|respond|reply|get back|write back|finish|do it|"
            r"comply|be done)\b|"
            r"\bwhen (?:is|are) (?:it|the answer|their answer|a reply|the reply) due\b|"
            r"\bwhen (?:will|do|should|can) i (?:hear|get|expect)\b|\bdue date\b|\bhow quickly\b"
        ),
    ),
    (
        "contact",
        re.compile(
            r"\bhow (?:do|can|should|would) i (?:contact|reach|email|e-mail|write to|call|get in "
            r"touch|send)\b|\bcontact (?:details|info|information|address|email|e-mail|them)\b|"
            r"\b(?:e-?mail|phone|postal|mailing) (?:address|number)? ?(?:of|for)\b|"
            r"\bwhere (?:do|should|can) i (?:send|write|mail)\b|"
            r"\bwho do i (?:write|send|email)\b|\bhow to contact\b|"
            r"\bwhat(?:'s| is) (?:their|the|its) (?:e-?mail|address|phone|contact)\b|"
            r"\b(?:their|its) (?:e-?mail|phone number|address|contact)\b"
        ),
    ),
    (
        "selling",
        re.compile(
            r"\b(?:verkauft|revend|vende|verkoopt)\b|"
            r"\b(?:do|does|did|will|would|can|could|are|is)\b[^?]{0,40}\b(?:sell|sells|selling|sold|"
            r"share|shares|sharing)\b|\b(?:sell|share)s? (?:my|personal|your|our) "
            r"(?:data|info\w*|personal)\b.*\?"
        ),
    ),
)
_QUESTION_FORM = re.compile(
    r"\?\s*$|^(?:how|what|whats|what's|when|where|who|which|why|do|does|did|is|are|can|could|"
    r"will|would|should|shall|am|may|has|have)\b(?! not\b)"
)
# A request phrased as a question ("can you delete my data?") is a request, not a question.
_REQUEST_VERB = re.compile(
    r"\b(?:i want|i'?d like|i would like|i need|please|make them|can you|could you|would you|"
    r"help me|i wanna|let me|get them to|have them|tell them to|ask them to)\b"
)
_CORRECTION = re.compile(
    r"^(?:no|nope|sorry|oops|wait|actually|not)\b[ ,.!-]*(?:i meant|i mean|meant|it'?s|it is|"
    r"make (?:it|that)|i said|rather|i want(?:ed)?|not\b)?|^i meant\b|^i mean\b|^actually\b|"
    r"^wrong company\b|^not that one\b|^change (?:the )?company to\b|^switch to\b|"
    # the same openings in the other languages: "Nein warte, doch nicht ...", "Ah non pardon,
    # pas Leboncoin", "Perdón, me equivoqué", "Scusa, anzi ...", "Nee wacht, ..."
    r"^(?:nein|nee|ne|warte|moment|halt|ach nein|doch nicht|pardon|ah non|oh non|non non|"
    r"attends|attendez|je me suis trompee?|en fait|oups|perdon|perdona|espera|mejor dicho|"
    r"en realidad|scusa|scusate|aspetta|"
    r"anzi|wacht|oeps|eigenlijk)\b"
)

# "what does Qualfon know about me?" is the right of access itself, asked as a question.
WHAT_ABOUT_ME = re.compile(
    r"\b(?:what|wat|whats|what's|which)\b[^?]*\b(?:about me|on me|of me|got about me)\b|"
    r"\b(?:was|welche)\b[^?]{0,80}\b(?:uber mich|von mir)\b|"
    r"\b(?:ce que|ce qu'|quelles?|c'est quoi)\b[^?]{0,80}\bsur moi\b|"
    r"\b(?:que|cuales|cual)\b[^?]{0,80}\b(?:de mi|sobre mi)\b|"
    r"\b(?:cosa|che|quali)\b[^?]{0,80}\b(?:di me|su di me)\b|"
    r"\b(?:wat|welke)\b[^?]{0,80}\b(?:over mij|van mij|over me)\b"
)
# "can Whitepages delete my profile?", "can they send me everything?": a request put as a
# question about a company named (not "can you ..." to the assistant, "can I ...", or "can
# they ..." with no company named: whether they may is a question).
CAN_THEY_ACT = re.compile(
    r"\b(?:can|could|will|would)\s+(?!you\b|u\b|ya\b|i\b|we\b|one\b|it\b|they\b|he\b|she\b)[\w&.'-]+"
    r"(?:\s+[\w&.'-]+)?\s+(?:please\s+)?(?:delete|remove|erase|wipe|send|give|fix|correct|"
    r"update|change|stop)\b[^?]*\b(?:my|me)\b"
)
# The same request in the other five languages, its company named before or after the verb
# ("Kan Disqus stoppen met ...?", "Kann N26 meine Adresse berichtigen?", "Disqus peut supprimer
# mes données ?", "¿Puede Glovo borrar mis datos?", "Wish può cancellare i miei dati?") - not a
# worry ("Kann Netflix einfach so mein Konto löschen?", "zomaar"), nor "can I", "can one".
_NAMED = r"([\w&.'-]+(?: [\w&.'-]+)?)"  # the one asked to act: the only group
CAN_COMPANY_ACT = {
    "de": re.compile(
        r"\b(?:kann|konnte) " + _NAMED + r" (?:bitte )?(?:mir )?(?:meine?\w*|mir) (?:[\w-]+ ){0,4}"
        r"(?:loschen|entfernen|berichtigen|korrigieren|schicken|zusenden)\b"
    ),
    "nl": re.compile(
        r"\b(?:kan|kunnen) " + _NAMED + r" (?:(?:mij|me) )?(?:mijn|mn|m'n|al mijn|alle) "
        r"(?:[\w-]+ ){0,4}(?:verwijderen|wissen|corrigeren|aanpassen|sturen|opsturen)\b|"
        r"\b(?:kan|kunnen) " + _NAMED + r" (?:\w+ )?(?:stoppen|ophouden) met\b"
    ),
    "fr": re.compile(
        r"\b" + _NAMED + r" (?:peut|pourrait|peuvent) (?:(?:supprimer|effacer|corriger|rectifier)"
        r" (?:toutes )?(?:mes|mon|ma)|m'envoyer|arreter de)\b"
    ),
    "es": re.compile(
        r"\b(?:puede|podria|pueden) " + _NAMED + r" (?:borrar|eliminar|corregir|rectificar|"
        r"enviarme|mandarme|dejar de)\b|"
        r"\b" + _NAMED + r" (?:puede|podria) (?:borrar|eliminar|corregir|rectificar|enviarme|"
        r"mandarme|dejar de)\b"
    ),
    "it": re.compile(
        r"\b" + _NAMED + r" (?:puo|potrebbe) (?:cancellare|eliminare|correggere|rettificare|"
        r"inviarmi|mandarmi|smettere di)\b"
    ),
}
# A worry about what the company may do on its own ("Kann Netflix meine Daten einfach löschen?",
# "zomaar", "sans me demander"), whether it may refuse ("¿se pueden negar a borrar ...?"), or
# what happens on a condition ("¿Puede Netflix borrar mi cuenta si no pago?"): no request.
_WORRY = re.compile(
    r"\b(?:einfach|simplement|simplemente|semplicemente|zomaar|gewoon|sans|ohne|sin|senza|zonder|"
    r"neg\w*|rechaz\w*|refus\w*|weiger\w*|ablehn\w*|rifiut\w*|ignor\w*|"
    r"si|se|wenn|falls|als|if|quand|cuando|quando|wanneer)\b"
)


def can_company_act(low: str, lang: str, company_span: str | None) -> bool:
    """The last sentence asks whether the company named there (`company_span`, the words that
    named the chosen company) can do what a right asks, in one of the five languages besides
    English: a request put as a question. Not "Kann mein Ex meine Fotos bei Instagram
    löschen?": the one asked to act must be the company."""
    pattern = CAN_COMPANY_ACT.get(lang)
    if pattern is None or not company_span:
        return False
    last = re.split(r"(?<=[.!?])\s+", low.strip())[-1]
    match = pattern.search(last)
    return bool(
        match
        and re.sub(r"^(?:que|qu'|che|ob|of) ", "", next(g for g in match.groups() if g))
        == company_span.lower()  # "est-ce que Disqus peut ...": Disqus
        and not _WORRY.search(last)
    )


# A yes followed by a few words ("ja bitte", "oui, suivez-la", "sí, guárdala", "ok, yes").
SOFT_YES = re.compile(
    r"^(?:yes|yeah|yep|sure|ok|okay|ja|jawohl|klar|oui|ouais|si|claro|vale|certo|certamente|"
    r"jazeker|prima|graag)\b(?![ ,]*(?:but|aber|mais|pero|ma|maar)\b)"
)
# "I want them to delete it": a company already in view, named by a pronoun.
THEY = re.compile(
    r"\b(?:they|them|sie|ils|eux|ellos|loro|ze|hun)\b|"
    r"\b(?:die|diese) (?:soll\w*|haben|hat|muss\w*|durf\w*|konn\w*)\b"
)
