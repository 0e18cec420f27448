"""Word-stem rules: the same signals as assistant/replies/cues.py, by words rather than phrases.

A phrase list misses "we confirm the receipt of your request" when it knows "we have received
your request"; a stem rule does not care about word order. Each rule is groups of stems
separated by "|": a sentence carries the rule's signal when every group has a word that starts
with one of its stems ("=word" must be the whole word). Negations are whole words, so "nichts"
is not "nicht". The two readers add up: cues.py for set phrases, this for the vocabulary.
"""

from __future__ import annotations

import functools
import re

NEG = (
    "=not =unable =cannot =can't =cant =won't =never =nicht =kein =keine =keinen =pas =ne "
    "=n'avons =n'est =no =non =niet =geen =helaas"
)
ABLE = (
    "possib able process fulfil comply proceed honor honour möglich nachkommen bearbeit "
    "entsprech stattgeb pouv mesure aboutir satisf soddisf podemos posib atend tramit procede "
    "possibil possiamo accogl evader kunnen mogelijk behandel voldo inwillig uitvoer "
    "respond"
)
IDENTITY = (
    "identit ausweis personalausweis reisepass passport passeport pièce documento =dni =nie "
    "pasaporte "
    "identiteitsbewijs paspoort idin legitimati =id"
)
VERIFY = (
    "verif confirm prove bestätig nachweis prüf vérif justifi acredit aanton tonen vaststel "
    "controle"
)
SEND = (
    "send provide copy upload copie kopie übermitteln senden zusenden schicken adresser "
    "transmettre fournir envoy envi remit aport facilit copia invi fornir trasmett stuur "
    "opsturen toesturen upload"
)
REQUEST = (
    "request enquir application anfrage antrag ersuchen anliegen demande requête solicitud "
    "petición richiesta istanza verzoek aanvraag"
)
RECEIVED = (
    "receiv receipt erhalt eingang eingegangen reçu réception recib recepción ricevut ricezione "
    "ontvang"
)
DONE = (
    "deleted erased removed corrected updated rectified anonymi unsubscribed gelöscht entfernt "
    "berichtigt korrigiert aktualisiert anonymisiert supprimé effacé rectifié corrigé "
    "eliminad suprimid borrad rectificad corregid actualizad cancellat eliminat rimoss "
    "rettificat aggiornat verwijderd gecorrigeerd bijgewerkt gewijzigd geanonimiseerd"
)
ATTACHED = (
    "attached attachment enclosed anhang anbei beigefügt jointe ci-joint adjunt allegat "
    "bijlage bijgevoegd"
)
TIME = (
    "extension extend verlänger fristverlänger prolong prorog prórroga prorrog ampli amplí verleng"
)
TIME_WORD = "time zeit temps tiempo tempo tijd"
NO_DATA = "data daten donnée datos dati gegevens information informationen record"
CONTROLLER = "processor controller auftragsverarbeiter sous-traitant encargad"

RULES: dict[str, tuple[str, ...]] = {
    "ack": (
        f"{RECEIVED} | {REQUEST}",
        "confirm bestätig confirm confirmam conferm bevestig | " + RECEIVED,
    ),
    "identity": (
        f"{IDENTITY} | {VERIFY} {SEND}",
    ),
    "extension": (
        f"{TIME} | {REQUEST} {TIME_WORD} frist délai plazo termine termijn period deadline "
        "response antwort réponse respuesta risposta",
    ),
    "done": (
        DONE,
        ATTACHED,
    ),
    "refuse": (
        f"{NEG} | {ABLE}",
    ),
    "no_data": (
        f"{NEG} | {NO_DATA} | found gefunden trouv encontr trovat gevonden hold détenons "
        "disponemos tratamos deteniamo trattiamo risult",
    ),
    "r_not_verified": (
        f"{NEG} | {VERIFY.replace('confirm ', '')} | {IDENTITY}",
    ),
    "r_not_controller": (
        f"{CONTROLLER} | {NEG} client kunden clients clientes clienti klanten behalf auftrag",
    ),
    "r_too_many": (
        "identical gleichlautend identiques idénticas identiche identieke repeated wiederholt "
        "répét reiterad ripetut herhaald | request anfrage antrag ersuchen demande solicitud "
        "richiest verzoek",
    ),
    "r_jurisdiction": (
        "resid wohn domicil wohnhaft woont | =not =nicht =pas =no =non =niet =kein =keine "
        "=geen =doesn't =outside =außerhalb =hors =fuera =fuori =buiten",
    ),
}  # fmt: skip


def _group(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = text.split()
    exact = frozenset(w[1:] for w in words if w.startswith("="))
    prefixes = tuple(w.replace("_", " ") for w in words if not w.startswith("="))
    return exact, prefixes


@functools.cache
def compiled() -> dict[str, list[list[tuple[frozenset[str], tuple[str, ...]]]]]:
    """Each signal's rules as groups of (whole words, prefixes), lower case."""
    return {
        name: [[_group(g.lower()) for g in rule.split("|")] for rule in rules]
        for name, rules in RULES.items()
    }


_WORD = re.compile(r"[\w'’-]+")


def stem_signals(sentence: str) -> set[str]:
    """The signals whose stem rules `sentence` meets."""
    words = [w.replace("’", "'") for w in _WORD.findall(sentence.lower())]
    if not words:
        return set()
    found = set()
    for name, rules in compiled().items():
        for rule in rules:
            if all(
                any(w in exact or w.startswith(prefixes) for w in words) for exact, prefixes in rule
            ):
                found.add(name)
                break
    return found
