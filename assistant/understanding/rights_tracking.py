"""Asking a company to stop tracking the person, in German, French, Spanish, Italian and Dutch.

Part of assistant.understanding.rights: "sie sollen aufhören, mein Surfverhalten zu verfolgen",
"qu'ils arrêtent de me pister", "que dejen de rastrear mi navegación", "che smettano di
tracciarmi", "ze moeten stoppen met het volgen van mijn surfgedrag" ask to opt out of the
tracking behind targeted advertising (the CCPA's "sharing" for cross-context behavioural
advertising, an objection under Art. 21 GDPR). The verb must come with a word that stops it:
"Sendungsverfolgung", "suivre ma commande" and "seguir el pedido" name a parcel, not a right.
Folded text, as in assistant.understanding.rights_i18n.
"""

from __future__ import annotations

# (right, pattern, weight, negatable), as in rights_i18n
TRACKING: dict[str, list[tuple[str, str, float, bool]]] = {
    "de": [
        (
            "opt_out",
            r"\b(?:aufh(?:o|oe)r\w*|nicht mehr|stopp\w*)\b[^.!?]{0,60}\b(?:zu )?"
            r"(?:verfolgen|tracken|ausspionieren|ausspahen)\b|"
            r"\b(?:tracking|verfolgung|ausspahen)\b[^.!?]{0,30}\b(?:stopp\w*|beend\w*|aufh(?:o|oe)r\w*)",
            1.2,
            False,
        ),
    ],
    "fr": [
        (
            "opt_out",
            r"\b(?:arret\w*|cess\w*) de (?:me )?(?:suivre|pister|tracker|traquer|tracer|fliquer)\b|"
            r"\bne (?:plus )?me (?:suivre|pister|tracker|traquer)\b|"
            r"\b(?:arret\w*|cess\w*) (?:le )?(?:tracking|pistage|traçage|tracage)\b",
            1.2,
            False,
        ),
    ],
    "es": [
        (
            "opt_out",
            r"\b(?:dej\w* de|paren de|para de) (?:\w+ )?(?:rastrear\w*|trackear\w*|espiar\w*)\b|"
            r"\bno me (?:rastreen|trackeen|espien)\b",
            1.2,
            False,
        ),
    ],
    "it": [
        (
            "opt_out",
            r"\bsmett\w* di (?:\w+ )?(?:tracciar\w*|spiar\w*|pedinar\w*)|"
            r"\bnon (?:mi )?(?:traccino|spiino) piu\b",
            1.2,
            False,
        ),
    ],
    "nl": [
        (
            "opt_out",
            r"\b(?:stop\w*|ophouden|hou\w* op) met (?:het |mij |me )?"
            r"(?:volgen|tracken|bespioneren)\b|"
            r"\bniet (?:meer )?(?:\w+ ){0,2}(?:volgen|tracken|bespioneren)\b[^.!?]{0,10}$",
            1.2,
            False,
        ),
    ],
}
