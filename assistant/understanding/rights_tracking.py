"""Asking a company to stop tracking the person, in German, French, Spanish, Italian and Dutch.

Part of assistant.understanding.rights: "sie sollen aufhören, mein Surfverhalten zu verfolgen",
"qu'ils arrêtent de me pister", "que dejen de rastrear mi navegación", "che smettano di
tracciarmi", "ze moeten stoppen met het volgen van mijn surfgedrag" ask to opt out of the
tracking behind targeted advertising (the CCPA's "sharing" for cross-context behavioural
advertising, an objection under Art. 21 GDPR). The company must be the one stopping, or the
person the one tracked: "ich möchte aufhören, meine Schritte zu tracken", "je veux arrêter de
suivre la page" and "Sendungsverfolgung" are the person's own tracking, not a right.
Folded text, as in assistant.understanding.rights_i18n.
"""

from __future__ import annotations

# (right, pattern, weight, negatable), as in rights_i18n
TRACKING: dict[str, list[tuple[str, str, float, bool]]] = {
    "de": [
        (
            "opt_out",
            r"\b(?:soll\w*|muss\w*|bitte)\b[^.!?]{0,40}\baufh(?:o|oe)r\w*\b[^.!?]{0,60}\b(?:zu )?"
            r"(?:verfolgen|tracken|ausspionieren|ausspahen)\b|"
            r"\bhort auf\b[^.!?]{0,40}\bmich\b[^.!?]{0,30}\b(?:zu )?(?:verfolgen|tracken)\b",
            1.2,
            False,
        ),
    ],
    "fr": [
        (
            "opt_out",
            r"\b(?:arretent|cessent|arretez|cessez) de (?:me )?(?:suivre|pister|tracker|traquer|"
            r"tracer|fliquer)\b|\bde me (?:suivre|pister|tracker|traquer|fliquer)\b",
            1.2,
            False,
        ),
    ],
    "es": [
        (
            "opt_out",
            r"\b(?:dejen|paren|deje|pare) de (?:\w+ )?(?:rastrear\w*|trackear\w*|espiar\w*)|"
            r"\bde (?:rastrearme|trackearme|espiarme)\b|\bno me (?:rastreen|trackeen|espien)\b",
            1.2,
            False,
        ),
    ],
    "it": [
        (
            "opt_out",
            r"\b(?:smettano|smettete|smetta|smettetela|smettila) di (?:\w+ )?(?:tracciar|spiar|"
            r"pedinar)\w*|\bdi (?:tracciarmi|spiarmi|pedinarmi)\b|"
            r"\bnon (?:mi )?(?:traccino|spiino) piu\b",
            1.2,
            False,
        ),
    ],
    "nl": [
        (
            "opt_out",
            r"\b(?:moeten|moet|gaan) (?:\w+ ){0,2}(?:stoppen|ophouden) met (?:het |mij |me )?"
            r"(?:volgen|tracken|bespioneren)\b|\b(?:mij|me) niet meer (?:te )?(?:volgen|tracken)\b",
            1.2,
            False,
        ),
    ],
}
