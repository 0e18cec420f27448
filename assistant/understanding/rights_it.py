"""The four rights in Italian: the rules of assistant.understanding.rights_i18n for "it".

Folded text (lower case, no accents). Words follow the Italian GDPR names of the rights
(diritto di accesso, rettifica, cancellazione / oblio, opposizione) plus everyday verbs
("cancellare", "smettere di chiamarmi", "correggere un dato sbagliato").
"""

from __future__ import annotations

# (right, pattern, weight, negatable)
ITALIAN: list[tuple[str, str, float, bool]] = [
    ("access", r"\besport\w*\b[^.?!]{0,30}\bdati\b", 1.0, True),
    ("access", r"\bsapere\b (?:\w+ ){0,2}(?:i |quali )?dati\b", 1.0, True),
    ("access", r"\bscaric\w*\b[^.?!]{0,30}\bdati\b", 1.0, True),
    (
        "opt_out",
        r"\b(?:a|con) terzi\b|\bced\w* i (?:miei )?dati\b|\bsmett\w* di ced\w*|"
        r"\bsmett\w* di (?:passare|condividere|vendere|usare|utilizzare)\b",
        1.0,
        False,
    ),
    (
        "access",
        r"\bdiritto di accesso\b|\baccesso\b|\baccedere\b|\bart(?:icolo)?\.? ?15\b",
        1.3,
        True,
    ),
    (
        "access",
        r"\bcopia\b|\bsapere (?:che|quali|cosa|tutto|a chi|chi|dove)\b|"
        r"\b(?:che|quali) dati ha\b|"
        r"\b(?:sa|sanno|ha|hanno) (?:su )?di me\b|"
        r"\b(?:mandi|invii|dia|darmi|dammi|mandarmi|mandami|inviarmi|inviami) "
        r"(?:\w+ )?i miei dati\b|"
        r"\bdati che \w+ ha su di me\b|"
        r"\bquali (?:\w+ )?dati\b|\bmi comunic\w*|\bmi dica(?:no)?\b|"
        r"\b(?:conserva|conservano|tiene|tengono|possiede|possiedono|detiene) su di me\b|"
        r"\b(?:vedere|sapere|avere|ricevere|scaricare|ottenere|voglio|vorrei)\b[^.?!]{0,80}"
        r"\bche (?:hanno|ha) (?:salvat|raccolt|registrat|conservat)\w*|"
        r"\b(?:vedere|sapere|avere|ricevere|scaricare|ottenere)\b[^.?!]{0,80}\b(?:salvat|"
        r"raccolt|conservat|"
        r"memorizzat|registrat)\w* su di me\b",
        1.1,
        True,
    ),
    ("access", r"\bsolo vedere\b|\bvedere (?:che|quali|cosa|i miei)\b", 0.9, True),
    (
        "deletion",
        r"\bdimentic\w* (?:tutto|tutti|tutte|i miei|le mie|me)\b|\bmi dimentic\w*|"
        r"\bspari(?:sca|scano|re|sse|ssero|to|ta|ti|te)\b|\bscompar\w*|"
        r"\btogli(?!\w* da (?:\w+ ){0,3}(?:liste|lista|mailing|newsletter))\w*|"
        r"\brimuov\w*|\brimoss\w*|"
        r"\bsmett\w* di (?:salvare|conservare|memorizzare)\b",
        1.1,
        True,
    ),
    ("deletion", r"\bcancel\w*|\belimin\w*|\boblio\b|\bart(?:icolo)?\.? ?17\b", 1.2, True),
    ("correction", r"\brettific\w*|\bcorregg\w*|\bcorrezione\b", 1.2, True),
    (
        "correction",
        r"\bnon e (?:piu )?aggiornat\w*|\baggiorna\w*|\bmodific\w*|"
        r"\b(?:vecchio|vecchia) (?:numero|indirizzo|email|cognome|nome)\b|\bcambiat\w*",
        0.9,
        False,
    ),
    ("correction", r"\bsbagliat\w*|\berrat\w*|\binesatt\w*", 0.9, True),
    (
        "correction",
        r"\bscritt\w* male\b|\bmale scritt\w*|\bnon (?:e )?(?:piu )?corrett\w*|"
        r"\bsistem\w* (?:tutti )?(?:i )?(?:miei )?dati\b",
        1.0,
        False,
    ),
    (
        "opt_out",
        r"\bopposizione\b|\bmi oppongo\b|\boppormi\b|\bmi (?:\w+ )?oppor(?:re|rei)\b|"
        r"\bart(?:icolo)?\.? ?21\b",
        1.3,
        True,
    ),
    (  # "mi manda promo su sms ogni giorno, basta": the mailings, refused
        "opt_out",
        r"\b(?:promo\w*|pubblicita|offerte|newsletter|sms|e-?mail)\b[^.?!]{0,50}"
        r"\b(?:basta\w*|non (?:le|li|la|lo) voglio|smettete\w*|smettila|farli smettere|"
        r"fateli smettere)\b",
        1.0,
        False,
    ),
    ("opt_out", r"\b(?:farli|fateli|falli) smettere\b", 1.0, False),  # "make them stop"
    ("opt_out", r"\bsfrutt\w*|\bcommercialmente\b|\bmonetizz\w*", 1.0, False),
    (
        "opt_out",
        r"\bchiamate (?:commerciali|promozionali|pubblicitarie)\b|\btelemarketing\b|"
        r"\bnon (?:mi )?(?:chiamate|chiamino|contattate|contattino)\b|"
        # "vorrei che non mi chiamasse più per le offerte"
        # (asked, not told: not "non mi scrivono più")
        r"\bnon (?:mi|ci) (?:(?:chiam|contatt|telefon|mand)(?:i|ino|asse|assero|ate)|"
        r"scriv(?:a|ano|esse|essero|ete)) (?:piu\b|\+)|"
        r"\bsmett\w* di (?:chiamar|contattar|tempestar|mandar|inviar)\w*|"
        # "SORGENIA BASTA CHIAMARMI PER LE OFFERTE"; not "basta chiamare il 190" (it is enough)
        r"\bbasta (?:chiamarmi|telefonarmi|contattarmi|tempestarmi) (?:per|con)\b",
        1.0,
        False,
    ),
    (
        "opt_out",
        r"\bpubblicit\w*|\bmarketing\b|\bprofilazione\b|\bprofilar\w*|\bpromozional\w*|\bnewsletter\b|"
        r"\b(?:fini|scopi|telefonate|chiamate|comunicazioni) commerciali\b|"
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
]
