"""The four rights in German, French, Spanish, Italian and Dutch, with each language's negation.

Part of assistant.understanding.rights: the rules read folded text (lower case, no accents:
"löschen" -> "loschen", "données" -> "donnees"), and only the rules of the message's own
language are applied ("wissen" is "to know" in German but "to erase" in Dutch). Words for the
rights follow the names the GDPR gives them in each language version (Art. 15 access / Auskunft /
droit d'accès / derecho de acceso / diritto di accesso / inzage; Art. 16 rectification; Art. 17
erasure; Art. 21 objection to direct marketing), plus everyday verbs people use for them.
"""

from __future__ import annotations

import re

# (right, pattern, weight, negatable)
_RAW: dict[str, list[tuple[str, str, float, bool]]] = {
    "de": [
        ("access", r"\b\w*auskunft\w*|\beinsicht\w*|\bart\.? ?15\b", 1.3, True),
        ("access", r"\b\w*kopie\b", 1.1, True),  # "Kopie", "Datenkopie"
        (
            "access",
            r"\bwissen,? (?:was|welche|ob)\b|\bwas (?:die|sie|er|es|\w+) (?:alles )?"
            r"(?:uber|von) mir\b|\bgespeichert ha(?:t|ben)\b",
            1.1,
            True,
        ),
        ("access", r"\b(?:nur )?(?:sehen|einsehen|anschauen)\b", 0.8, True),
        (
            "deletion",
            r"\b(?:daten|konto|kunden|account|profil)?lo(?:e)?sch\w*|\bgelo(?:e)?scht\b|"
            r"\bentfern\w*|\bvergessen werden\b|\bmich (?:\w+ )?vergiss\w*|\bvergisst mich\b|"
            r"\bart\.? ?17\b",
            1.2,
            True,
        ),
        ("correction", r"\bberichtig\w*|\bkorrigier\w*|\bkorrektur\w*|\bart\.? ?16\b", 1.2, True),
        ("correction", r"\bfalsch\w*|\bveraltet\w*", 0.9, True),
        (
            "correction",
            r"\bstimm\w* nicht\b|\bnicht (?:mehr )?(?:richtig|aktuell|korrekt)\b|"
            r"\b(?:bitte|soll\w*|lassen|sie) andern\b|\bandern (?:lassen|sie)\b|\bgeandert\b|"
            r"\banderung\w*|\baktualisier\w*",
            1.0,
            False,
        ),
        ("opt_out", r"\bwiderspruch\w*|\bwiderspreche\w*|\bart\.? ?21\b", 1.3, True),
        (
            "opt_out",
            r"\bwerbung\b|\bwerbe\w*|\bmarketing\b|\bnewsletter\b|\bpersonalisiert\w*",
            1.0,
            False,
        ),
        ("opt_out", r"\b(?:verkauf\w*|weitergabe|weitergeben|weiterverkauf\w*)\b", 1.0, False),
    ],
    "fr": [
        (
            "access",
            r"\bdroit d'?acces\b|\bacceder\b|\bacces a mes\b|\bart(?:icle)?\.? ?15\b",
            1.3,
            True,
        ),
        (
            "access",
            r"\bcopie\b|\bsavoir (?:ce que|quelles?|si)\b|\bce que \w+ (?:sait|a|possede|"
            r"detient|garde) sur moi\b|\bsait sur moi\b|\ba sur moi\b",
            1.1,
            True,
        ),
        (
            "access",
            r"\b(?:envoy\w*|transmett\w*|communiqu\w*|donn\w*)[- ](?:moi )?(?:mes|toutes "
            r"mes) (?:donnees?|donne|infos?|informations)\b|\bje veux tout ce que\b|"
            r"\bje (?:veux|voudrais|souhaite) (?:recevoir |obtenir )?(?:toutes )?mes donnees\b",
            1.0,
            True,
        ),
        (
            "deletion",
            r"\beffac\w*|\bsupprim\w*|\bsuppression\b|\boubli\b|\bart(?:icle)?\.? ?17\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\brectifi\w*|\bcorrig\w*|\bcorrection\b|\bart(?:icle)?\.? ?16\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\berrone\w*|\bmal (?:ecrit|orthographie)\w*|\binexact\w*|\bfau(?:x|sse)\b",
            0.9,
            True,
        ),
        ("opt_out", r"\bopposition\b|\bm'oppose\b|\bart(?:icle)?\.? ?21\b", 1.3, True),
        (
            "opt_out",
            r"\bdemarch\w*|\bappels? commerciaux\b|\bsollicitation\w*|"
            r"\boffres? (?:commerciales|promotionnelles)\b",
            1.0,
            False,
        ),
        (
            "correction",
            r"\b(?:n'est|ne sont|n'etait) plus (?:a jour|correct\w*|exact\w*)\b|\bpas a jour\b|"
            r"\bmettre a jour\b|\bmodifi\w*",
            0.9,
            False,
        ),
        (
            "opt_out",
            r"\bpubs?\b|\bpublicit\w*|\bcibl\w*|\bprospection\b|\bmarketing\b|"
            r"\bpersonnalis\w*",
            1.0,
            False,
        ),
        ("opt_out", r"\brevend\w*|\bvendre\b|\bvente de mes\b", 1.0, False),
    ],
    "es": [
        (
            "access",
            r"\bderecho de acceso\b|\bacceso\b|\bacceder\b|\bart(?:iculo)?\.? ?15\b",
            1.3,
            True,
        ),
        (
            "access",
            r"\bcopia\b|\bsaber (?:que|q|cuales|todo)\b|\bque (?:datos )?tien\w*\b|"
            r"\bsabe\w* (?:de|sobre) mi\b|\btiene\w* (?:de|sobre) mi\b|"
            r"\b(?:envie|mande|den|de) (?:\w+ )?mis datos\b|\bquiero mis datos\b",
            1.1,
            True,
        ),
        ("access", r"\bsolo ver\b|\bver (?:que|q|mis)\b", 0.9, True),
        (
            "deletion",
            r"\bborr\w*|\belimin\w*|\bsupresion\b|\bsuprim\w*|\bolvido\b|"
            r"\bart(?:iculo)?\.? ?17\b",
            1.2,
            True,
        ),
        ("correction", r"\brectific\w*|\bcorreg\w*|\bcorrij\w*|\bcorreccion\b", 1.2, True),
        (
            "correction",
            r"\bno esta(?:n)? actualizad\w*|\bdesactualizad\w*|\bactualic\w*|\bactualizar\w*|"
            r"\bcambiar(?:la|lo|las|los)?\b",
            0.9,
            False,
        ),
        (
            "correction",
            r"\b(?:esta|estan|tiene\w*) mal\b|\bmal (?:mi|mis|escrit\w*)\b|"
            r"\berrone\w*|\bincorrect\w*",
            0.9,
            True,
        ),
        ("opt_out", r"\boposicion\b|\bme opongo\b|\bart(?:iculo)?\.? ?21\b", 1.3, True),
        (
            "opt_out",
            r"\bpublicidad\b|\banuncios\b|\bmarketing\b|\bcomerciales\b|\bofertas\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bdej\w* de (?:usar|compartir|vender|utilizar)\b|\bvend\w* mis\b|"
            r"\bcompart\w*",
            1.1,
            False,
        ),
    ],
    "it": [
        (
            "access",
            r"\bdiritto di accesso\b|\baccesso\b|\baccedere\b|\bart(?:icolo)?\.? ?15\b",
            1.3,
            True,
        ),
        (
            "access",
            r"\bcopia\b|\bsapere (?:che|quali|cosa|tutto)\b|\b(?:che|quali) dati ha\b|"
            r"\b(?:sa|sanno|ha|hanno) (?:su )?di me\b|"
            r"\b(?:mandi|invii|dia) (?:\w+ )?i miei dati\b|\bdati che \w+ ha su di me\b",
            1.1,
            True,
        ),
        ("access", r"\bsolo vedere\b|\bvedere (?:che|quali|cosa|i miei)\b", 0.9, True),
        ("deletion", r"\bcancell\w*|\belimin\w*|\boblio\b|\bart(?:icolo)?\.? ?17\b", 1.2, True),
        ("correction", r"\brettific\w*|\bcorregg\w*|\bcorrezione\b", 1.2, True),
        ("correction", r"\bnon e (?:piu )?aggiornat\w*|\baggiorna\w*|\bmodific\w*", 0.9, False),
        ("correction", r"\bsbagliat\w*|\berrat\w*|\binesatt\w*", 0.9, True),
        (
            "correction",
            r"\bscritt\w* male\b|\bmale scritt\w*|\bnon (?:e )?(?:piu )?corrett\w*",
            1.0,
            False,
        ),
        ("opt_out", r"\bopposizione\b|\bmi oppongo\b|\bart(?:icolo)?\.? ?21\b", 1.3, True),
        (
            "opt_out",
            r"\bpubblicit\w*|\bmarketing\b|\bprofilazione\b|\bpromozional\w*|\bnewsletter\b|"
            r"\bofferte commerciali\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bsmett\w* di (?:usare|vendere|condividere)\b|\bvend\w* i miei\b",
            1.1,
            False,
        ),
    ],
    "nl": [
        ("access", r"\binzage\w*|\binzien\b|\bartikel 15\b", 1.3, True),
        (
            "access",
            r"\bkopie\b|\bwete?n? wat\b|\bwelke gegevens\b|\blaten zien\b|\boverzicht\b|"
            r"\bafschrift\b|"
            r"\bwat \w+ (?:\w+ )?(?:van|over) mij\b",
            1.1,
            True,
        ),
        (
            "deletion",
            r"\bverwijder\w*|\bwis\b|\bwist\b|\bwissen\b|\bgewist\b|\bvergeten worden\b|"
            r"\bartikel 17\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\bcorrig\w*|\bcorrectie\b|\brectific\w*|\baanpass\w*|\bverbeter\w*",
            1.2,
            True,
        ),
        ("correction", r"\bfout\w*|\bverkeerd\w*|\bonjuist\w*", 0.9, True),
        (
            "correction",
            r"\bklopt niet\b|\bwijzig\w*|\bniet (?:meer )?(?:juist|actueel)\b",
            1.0,
            False,
        ),
        ("opt_out", r"\bbezwaar\b|\bartikel 21\b", 1.3, True),
        (
            "opt_out",
            r"\badvertenties\b|\breclame\b|\bmarketing\b|\bgepersonaliseerd\w*|\baanbieding\w*|"
            r"\bnieuwsbrie\w*|"
            r"\bgerichte\b",
            1.0,
            False,
        ),
        ("opt_out", r"\b\w*verko(?:o|p)\w*|\bdelen met\b|\bstop\w* met delen\b", 1.0, False),
    ],
}

RULES_BY_LANGUAGE: dict[str, list[tuple[str, re.Pattern[str], float, bool]]] = {
    lang: [(right, re.compile(pattern), weight, neg) for right, pattern, weight, neg in rules]
    for lang, rules in _RAW.items()
}

NEGATION_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:nicht|nichts|kein\w*|ohne|nie)\b"),
    "fr": re.compile(r"\b(?:ne|n'|pas|sans|aucun\w*|jamais)\b|\bn'"),
    "es": re.compile(r"\b(?:no|nada|sin|ni|nunca)\b"),
    "it": re.compile(r"\b(?:non|nulla|niente|senza|mai)\b"),
    "nl": re.compile(r"\b(?:niet|geen|zonder|nooit)\b"),
}

CLAUSE_BREAK_BY_LANGUAGE: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"[,.;:!?]|\b(?:aber|nur|sondern|sondern nur|einfach|bitte)\b"),
    "fr": re.compile(r"[,.;:!?]|\b(?:mais|juste|seulement|plutot)\b"),
    "es": re.compile(r"[,.;:!?]|\b(?:pero|solo|sino|solamente)\b"),
    "it": re.compile(r"[,.;:!?]|\b(?:ma|solo|soltanto|pero|bensi)\b"),
    "nl": re.compile(r"[,.;:!?]|\b(?:maar|alleen|gewoon|wel)\b"),
}
