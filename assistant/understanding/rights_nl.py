"""The four rights in Dutch: the rules of assistant.understanding.rights_i18n for "nl".

Folded text (lower case, no accents). Words follow the Dutch GDPR (AVG) names of the rights
(inzage, rectificatie, wissen / vergetelheid, bezwaar) plus everyday verbs ("verwijderen",
"aanpassen", "klopt niet", "delen met adverteerders").
"""

from __future__ import annotations

# (right, pattern, weight, negatable)
DUTCH: list[tuple[str, str, float, bool]] = [
    (
        "access",
        r"\bexport\w*\b[^.?!]{0,30}\bgegevens\b|\b\w*(?:gegevens|data)-?export\b",
        1.0,
        True,
    ),
    (
        "opt_out",
        r"\b(?:aan|met) (?:derden|partners)\b|\bdoorverko\w*|\bdoor(?:geven|geeft|gegeven)\b",
        1.0,
        False,
    ),
    ("access", r"\binzage\w*|\binzien\b|\bartikel 15\b", 1.3, True),
    (
        "access",
        r"\bkopie\b|\bwete?n? wat\b|\bwelke (?:\w+ )?\w*gegevens\b|\blaten zien\b|"
        r"\boverzicht\b|\bla(?:at|ten) weten\b|"
        r"\b(?:mij|me) (?:\w+ ){0,2}(?:gegevens|data) (?:\w+ )?(?:stuurt|sturen|toestuurt|"
        r"toesturen|geeft|geven)\b|"
        r"\bafschrift\b|"
        r"\bwat (?:[\w.&-]+ ){1,4}(?:van|over) (?:mij|me)\b",
        1.1,
        True,
    ),
    (
        "deletion",
        r"\bverwijder\w*|\bge-?delete\w*|"
        r"\bwis\b|\bwist\b|\bwissen\b|\bgewist\b|\bvergeten worden\b|"
        r"\b(?:moet|moeten) (?:\w+ ){0,3}weg\b|\bgooi\w* (?:\w+ ){0,4}weg\b|\bweg ?te ?gooien\b|"
        r"\bweggooi\w*|"
        r"\bvergetelheid\b|\bvergeten te worden\b|\bvergeet (?:mij|me|alles)\b|\bverdwijn\w*|"
        r"\b(?:mij|me|alles|al mijn \w+) vergeet\b|\bstop\w* met (?:bewaren|opslaan)\b|"
        r"\b(?:krijg|krijgen|haal|halen)\b (?:[\w.&'-]+ ){0,5}weg\b|\bartikel 17\b|"
        r"\buit (?:hun|het|jullie|de|hun eigen) (?:systeem|systemen|database|bestand\w*) "
        r"(?:halen|haalt|verwijder\w*)\b",
        1.2,
        True,
    ),
    (
        "correction",
        r"\bcorrig\w*|\bgecorrigeerd\b|\bgerectificeerd\b|\bcorrectie\b|\brectific\w*|\baanpas\w*|"
        r"\baangepast\b|\bverbeter\w*",
        1.2,
        True,
    ),
    ("correction", r"\bfout\w*|\bverkeerd\w*|\bonjuist\w*", 0.9, True),
    (
        "correction",
        r"\bgoed ?(?:zetten|gezet)\b|\brecht ?(?:zetten|gezet)\b|"
        # "dat Essent mijn naam goed schrijft, er staat Jansen in plaats van Janssen"
        r"\b(?:naam|adres|achternaam|voornaam) (?:\w+ )?goed "
        r"(?:schrijft|schrijven|spelt|spellen)\b|"
        r"\ber staat (?:[\w'-]+ ){1,3}in plaats van\b",
        1.1,
        True,
    ),
    (  # "kpn blijft me bellen voor een nieuw abonnement, kan dat stoppen"
        "opt_out",
        r"\bblijf\w* (?:me|mij) (?:maar )?(?:bellen|mailen|appen|sms\w*)\b|"
        r"\bstop+(?:en|t)? met (?:\w+ ){0,2}(?:bellen|mailen|appen|sms\w*|benaderen)\b|"
        r"\bstop+(?:en|t)? met (?:die |de |jullie |al die )?(?:e-?mails|mails|folders|"
        r"reclame\w*|nieuwsbrie\w*|spam)\b",
        1.1,
        False,
    ),
    (
        "correction",
        r"\b(?:klopt|kloppen|klopte|klopten) niet\b|\bwijzig\w*|\bpas (?:\w+ ){0,2}aan\b|"
        r"\bniet (?:meer )?(?:juist|actueel)\b|"
        r"\boude (?:nummer|adres|e-?mailadres|naam|telefoonnummer)\b|\bveranderen\b|"
        r"\bbijwerk\w*|\bbijgewerkt\b",
        1.0,
        False,
    ),
    ("opt_out", r"\bbezwaar\b|\bartikel 21\b", 1.3, True),
    (  # "stuurt me elke dag mails, ik wil dat niet meer": the mailings, refused
        "opt_out",
        r"\b(?:(?:e-?)?mails?|reclame|nieuwsbrie\w*|sms\w*|aanbiedingen)\b[^.?!]{0,50}"
        r"\b(?:wil (?:\w+ ){0,2}niet meer|(?:niet|niks|niets) meer (?:van \w+ )?(?:ontvangen|"
        r"krijgen)|stoppen|ophouden|hou (?:\w+ ){0,2}op|kap (?:\w+ )?(?:ermee|daarmee))\b|"
        r"\b(?:niet|niks|niets) meer (?:van [\w.&'-]+ )?(?:ontvangen|krijgen)\b[^.?!]{0,40}"
        r"\b(?:(?:e-?)?mails?|reclame|nieuwsbrie\w*|folders|sms\w*)\b",
        1.0,
        False,
    ),
    ("opt_out", r"\bcommercieel\b|\buitbuit\w*|\bte gelde\b|\bprofiler\w*", 1.0, False),
    (
        "opt_out",
        r"\btelemarketing\b|\bbel[- ]me[- ]niet\b|\bniet meer (?:\w+ ){0,2}(?:bellen|benaderen|"
        r"mailen)\b",
        1.0,
        False,
    ),
    (
        "opt_out",
        r"\badvertenties\b|\breclame\w*|\bmarketing\w*|\bgepersonaliseerd\w*|\baanbieding\w*|"
        r"\bnieuwsbrie\w*|"
        r"\bgerichte\b",
        1.0,
        False,
    ),
    (
        "opt_out",
        r"\b(?:gegevens|data|informatie)\b[^.?!]{0,30}\b\w*verko(?:o|p)\w*|"
        r"\b\w*verko(?:o|p)\w* (?:\w+ ){0,3}(?:gegevens|data)\b|\bdoorverko\w*|"
        r"\bdelen met\b|\bdeel(?:t|en)? (?:\w+ )?met (?:\w+ )?adverteerder\w*|"
        r"\bstop\w* met (?:het )?delen\b|\bdelen\b(?: \w+){0,4} met (?:\w+ )?adverteerder\w*",
        1.0,
        False,
    ),
]
