"""Where negation reaches in each language, where a clause ends, and where the person says
they act themselves ("dass ich die Tabelle lösche": no request to a company).

Part of assistant.understanding.rights; patterns read folded text. In German and Dutch a new
clause starts at "und" / "en" ("Alexa soll nicht mehr mithören und alle Aufnahmen löschen":
the "nicht" does not reach "löschen").
"""

from __future__ import annotations

import re

NEGATION_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:nicht|nichts|nix|kein\w*|ohne|nie|weder)\b"),
    "fr": re.compile(r"\b(?:ne|n'|pas|sans|aucun\w*|jamais|rien)\b|\bn'"),
    "es": re.compile(r"\b(?:no|nada|sin|ni|nunca|ningun\w*|tampoco)\b"),
    "it": re.compile(r"\b(?:non|nulla|niente|senza|mai|nessun\w*|neanche|nemmeno)\b"),
    "nl": re.compile(r"\b(?:niet|geen|zonder|nooit|niets|niks|nergens)\b"),
}

CLAUSE_BREAK_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"[,.;:!?\u2013\u2014]| - | -- |\b(?:aber|nur|sondern|sondern nur|einfach|bitte|und)\b"
    ),
    "fr": re.compile(
        r"[,.;:!?\u2013\u2014]| - | -- |"
        r"\b(?:mais|juste|seulement|plutot|et (?:je|nous|maintenant))\b|"
        r"\bet j'|"
        # a new wish, unpunctuated: "je comprends rien à tout ça je voudrais qu'on supprime";
        # not one a negation or a doubt reaches ("je sais pas si je veux supprimer ...")
        r"(?<!\bque )(?<!\bqu')(?<!\bsi )(?<!\bpas )(?<!\bne )"
        r"\bje (?:veux|voudrais|souhaite|souhaiterais|demande|aimerais)\b"
    ),
    "es": re.compile(
        r"[,.;:!?\u2013\u2014]| - | -- |"
        r"\b(?:pero|solo|sino|solamente|y (?:yo|ahora|quiero|quisiera|necesito))\b"
    ),
    "it": re.compile(
        r"[,.;:!?\u2013\u2014]| - | -- |"
        r"\b(?:ma|solo|soltanto|pero|bensi|e (?:io|ora|adesso|voglio|vorrei))\b"
    ),
    "nl": re.compile(r"[,.;:!?\u2013\u2014]| - | -- |\b(?:maar|alleen|gewoon|wel|en)\b"),
}

# The person deletes something themselves: the first person of the verb, not the infinitive
# a request uses ("ich will, dass ihr ... löscht" / "ich will ... löschen lassen"), or what
# they did ("I deleted the Uber app by mistake", "j'ai supprimé l'appli").
SELF_ACTION_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\bi (?:accidentally |mistakenly |just |already )?(?:deleted|erased|wiped|uninstalled)\b"
    ),
    "de": re.compile(
        r"\bich\b[^,.;!?]{0,60}\blosche\b|\blosche ich\b|"
        r"\b(?:ich (?:habe|hab)|(?:habe|hab) ich) (?:(?!gerne?|lieber)\w+ ){0,3}geloscht\b"
    ),
    "fr": re.compile(r"\bj'ai (?:\w+ )?(?:supprime|efface)\b"),
    "es": re.compile(r"\b(?:yo )?(?:ya )?he (?:ya |tambien )?(?:borrado|eliminado)\b"),
    "it": re.compile(r"\bho (?:\w+ )?(?:cancellato|eliminato)\b"),
    "nl": re.compile(
        r"\bik\b[^,.;!?]{0,60}\bverwijder\b|\bverwijder ik\b|"
        r"\b(?:ik heb|heb ik) (?:(?!liever|graag)\w+ ){0,3}verwijderd\b"
    ),
}
# The person corrected something themselves ("j'ai rectifié mon adresse sur le site, mais le
# colis ...", "I already updated my address"): what they did, not what they ask.
SELF_CORRECTED_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\bi (?:already |just )?(?:corrected|updated|fixed)\b"),
    "de": re.compile(
        r"\bich (?:habe|hab) (?:(?!dass\b|ob\b|wie\b)\w+ ){0,5}"  # not "..., dass sie ..."
        r"(?:korrigiert|berichtigt|aktualisiert)\b"
    ),
    # the participle ("j'ai rectifié", or its common misspelling "j'ai rectifier"), not the
    # noun ("j'ai demandé rectification")
    "fr": re.compile(r"\bj'ai (?:\w+ )?(?:(?:rectifi|corrig)(?:[eé]e?s?|er)|mis [aà] jour)\b"),
    "es": re.compile(r"\b(?:yo )?(?:ya )?he (?:\w+ )?(?:corregido|rectificado|actualizado)\b"),
    "it": re.compile(r"\bho (?:\w+ )?(?:corretto|rettificato|aggiornato)\b"),
    "nl": re.compile(r"\bik heb (?:\w+ ){0,3}(?:gecorrigeerd|gerectificeerd|bijgewerkt)\b"),
}

# "my landlord asked me to delete the photos": what someone wants of the person, no request.
ASKED_OF_ME = re.compile(
    r"\b(?:asked me to|told me to|wants me to|asked me for|(?:asked|told) (?:me|us) how to|"
    r"mi ha chiesto(?: di| come)?|m'a demande (?:de|comment)|"
    r"me (?:pidio|ha pedido|pregunto) (?:que|como)|hat mich (?:gebeten|gefragt,? wie)|"
    r"vroeg (?:me|mij)(?: om| hoe)?)\b"
    r"(?:\s+\w+){0,2}\s+$"
)
# Something other than the person's data that was deleted ("meine Reklamation ist im
# Kundenkonto einfach gelöscht", "la reclamación aparece como eliminada"): a grievance.
OTHER_THING_DELETED = re.compile(
    r"\b(?:reklamation|beschwerde|ticket|reclamacion|reclamation|reclamo|queja|klacht|review|"
    r"bewertung|rezension|avis|resena|recensione|recensie|playlist|reservierung|reserva|"
    r"reservation|prenotazione|reservering)\w*\b[^.?!]{0,60}?\b(?:geloscht|eliminad[oa]s?|"
    r"borrad[oa]s?|supprimee?s?|cancellat[oa]|verwijderd|deleted|removed)\b"
)
# "¿pueden negarse a borrar mis datos ...?", "can they refuse to delete it?": a right named as
# what a company might refuse, not asked of it.
# Only as a possibility ("can they", "pueden", "darf"): "Zalando refused to delete my account"
# tells what happened, and the right is still wanted.
REFUSED = re.compile(
    r"\b(?:can|could|may|allowed to|pueden|puede|podrian|peuvent|peut|pourraient|possono|puo|"
    r"potrebbero|mogen|mag|kunnen|durfen|darf|konnen|kann)\b[^.?!]{0,30}?"
    r"\b(?:refuse|decline|negarse|negarme|refuser|rifiutar\w*|weigeren|weigern)\b"
    r"[^.?!]{0,30}$"
)
# "before deleting anything, I want a copy", "bevor ihr was löscht": a right named right after
# "before" is what may come later, not what is asked now.
BEFORE = re.compile(
    r"\b(?:before|bevor|avant de|avant qu|antes de|prima di|voordat|alvorens)\b"
    r"(?:\s+(?:you|i|we|they|ihr|sie|ich|wir|ils|vous|je|tu|ik|jullie|ze))?"
    r"(?:\s+(?:\w+\s+)?(?:anything|etwas|was|quoi que ce soit|nada|niente|iets))?\s+$|"
    # "después de que borre la cuenta", "after I delete it": what follows the person's own
    # act (not "after they send me a copy", the company's)
    r"\b(?:after|nachdem|apres avoir|apres que|despues de que|despues de|dopo aver|dopo che|"
    r"nadat)(?:\s+(?:i|ich|je|j'ai|yo|io|ik))?\s+$"
)
