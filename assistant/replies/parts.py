"""Answers that give part of what was asked: a contrast ("however", "jedoch", "en revanche")
between what is handed over and what is not, the sentence that hands over the data and then
says a part of it does not exist, and a sentence that turns to one part ("as for the paper
subscription you mention, ...") to say it does not exist. Used by assistant/replies/classify.py.
"""

from __future__ import annotations

import re

from assistant.replies.cues import signals

# A contrast between what is done and what is not.
CONTRAST = re.compile(
    r"\b(however|but|jedoch|aber|allerdings|cependant|toutefois|mais|en revanche|sin embargo|"
    r"pero|no obstante|tuttavia|però|invece|echter|maar|all other|alle anderen|tous les autres|"
    r"todos los demás|tutti gli altri|alle andere)\b",
    re.IGNORECASE,
)


# An adverb that sets what a sentence says against what came before, wherever it stands in it
# ("Ihre Kontodaten unterliegen jedoch ..."); unlike "but", it does not join two clauses of
# which the first may be the part done.
SET_AGAINST = re.compile(
    r"\b(however|jedoch|allerdings|cependant|toutefois|en revanche|sin embargo|no obstante|"
    r"tuttavia|invece|echter|daarentegen)\b",
    re.IGNORECASE,
)


# A sentence that turns to one part of what was asked, or sets it against the rest.
ONE_PART = re.compile(
    r"\b(as for|as regards|as to the|regarding the|with regard to|hinsichtlich|bezüglich|was "
    r"(die|den|das) .{0,40} betrifft|dagegen|hingegen|quant à|en ce qui concerne|en cuanto a|"
    r"con respecto a|respecto (a|de) (la|el|los|las)|per quanto riguarda|quanto a|wat betreft|"
    r"met betrekking tot|about the rest|for the rest of|as for the rest|con riferimento (a|al|"
    r"alla|ai|alle|agli)|with reference to the|en lo que respecta a|s'agissant de|"
    # the part the person named: "the second account you listed", "de ese tipo"
    r"you (listed|mentioned|mention|refer to)|(que )?(usted )?(menciona|cita)|que vous "
    r"(mentionnez|citez)|dont vous parlez|die Sie (nennen|erwähnen|angeben)|che (Lei )?(cita|"
    r"menziona)|die u noemt|dat je noemt|(of that|of this) kind|de ese tipo|de ce type|di quel "
    r"tipo|van dat soort|dieser Art)\b"
    # a sentence that opens on the part it is about: "Over uw autoverzekering ...",
    # "Concernant l'abonnement ...", "Sobre la grabación ..." (not "about you": the whole)
    r"|^\s*(over (uw|je|de|het) (?!persoon|gegevens)|concernant (?!vous|votre personne)|"
    r"s'agissant d|sobre (el|la|los|las|su|sus|tu|tus) (?!persona|datos)|riguardo (al|alla|ai|"
    r"alle) (?!sua persona|suoi dati)|relativamente (al|alla|ai|alle) )"
    # the part put first, before the verb and "we": "De aantekening van de studieadviseur
    # passen wij niet aan", "Die Notiz des Beraters ändern wir nicht"
    r"|^\s*(de|het|die|der|das|den) [^,.]{3,80}\b(passen|wijzigen|corrigeren|verwijderen|"
    r"ändern|berichtigen|löschen|korrigieren|entfernen) (wij|we|wir)\b",
    re.IGNORECASE,
)


def none_of_one_part(found: list[tuple[str, set[str]]]) -> str | None:
    """Of a reply that does what was asked, the sentence that turns to one part of it and says
    it does not exist ("Zu der genannten Kartennummer konnten wir dagegen keine Daten finden"),
    or None."""
    if not any("done" in sig for _s, sig in found):
        return None
    for sentence, sig in found:
        opens_on_part = ONE_PART.match(sentence.lstrip())  # "Over uw autoverzekering hebben
        if "no_data" in sig and ("done" not in sig or opens_on_part) and ONE_PART.search(sentence):
            return sentence  # wij geen gegevens meer, ... vernietigd": that part is gone
    return None


def given_but_none_of(sentence: str) -> bool:
    """A sentence that hands over the data, then ("however", "en revanche") says a part of it
    does not exist or is no longer kept."""
    contrast = CONTRAST.search(sentence)
    if contrast is None:
        return False
    before, after = sentence[: contrast.start()], sentence[contrast.end() :]
    return "done" in signals(before) and bool(signals(after) & {"no_data", "r_gone"})
