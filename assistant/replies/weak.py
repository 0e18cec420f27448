"""Weak evidence: what a reply says when none of the set phrases or stem rules decides it.

assistant/replies/classify.py decides on strong signals. When none applies, a reply can still
plainly be a receipt in words no list foresaw ("your message landed safely with our team and
was given case number 88213", "Ihr Schreiben liegt uns vor", "la sua istanza è arrivata al
nostro ufficio"). This module reads such replies by structure rather than phrase: each event
family has a few word groups (a receipt verb beside what was sent, a case number given, a
promise to come back), and a family counts only when a sentence of the company's own text
meets it. The verdict is taken only when exactly one family has any evidence; with none, or
with evidence for two, the reply stays unread and the person is asked.
"""

from __future__ import annotations

import functools
import re

from assistant.replies.stems import Group, _group, _hit

# What arrived: the person's request, message, letter or e-mail.
_SENT = (
    "request enquir application anfrage antrag ersuchen anliegen demande requête solicitud "
    "petición richiesta istanza verzoek aanvraag *verzoek *anfrage *ersuchen message =mail "
    "=e-mail =email letter schreiben nachricht =brief courrier courriel mensaje correo escrito "
    "messaggio lettera *auftrag =domanda opt-out =optout =widerspruch =opposition =oposición "
    "=opposizione =bezwaar =bericht =brief =mail =e-mailbericht"
)
# That it arrived, reached someone or is in their hands (participles and present forms).
_ARRIVED = (
    "received receiv arrived arriv reached landed =got =gotten =noted =note =nota =esame "
    "=kenntnis =genoteerd =reçu =reçue parvenu parvenue =eingegangen =eingetroffen =erhalten "
    "=vorliegt =vorliegen =gegangen =erreicht =recibido =recibida =llegado =llegada "
    "=ricevuto =ricevuta =arrivato =arrivata =pervenuto =pervenuta =giunta =giunto "
    "doorgezet doorgestuurd forwarded weitergegeben weitergeleitet transmis transmise "
    "transmitid trasmess inoltrat girat =connaissance =occupons =occupiamo "
    "=ontvangen =binnengekomen =binnen =aangekomen =manos =hands =mains =handen =händen"
)
# A number given to the case.
_CASE = (
    "=case =ticket ticketnummer aktenzeichen vorgangsnummer fallnummer vorgang =dossier "
    "=numéro =número =expediente =incidencia =caso =pratica =protocollo dossiernummer "
    "zaaknummer =kenmerk registratienummer referentienummer =reference =referenz =référence "
    "=referencia =riferimento"
)
_IN_HANDS = re.compile(
    r"\b(en poder de|in (the )?hands of|entre les mains|in mano|in handen van|in den Händen|"
    r"(is|are) now with (our|the)|ist jetzt bei|est maintenant (entre|chez)|ahora está con|"
    r"è ora presso|ligt nu bij|(entre de|en|in) (bonnes|buenas|good|goede|guten|buone) "
    r"(mains|manos|hands|handen|Händen|mani)|(liegt|liegen) uns (\w+ )?vor)\b",
    re.IGNORECASE,
)
# "We are taking care of it": the request is being handled.
_CARE = re.compile(
    r"\b(kümmern uns (darum|um Ihr)|nous (nous )?en occup|nos (encargamos|ocupamos)|ce ne "
    r"(occupiamo|stiamo occupando)|(we|wij) pakken (het|dit) op|we('re| are) (on it|taking care "
    r"of it|looking after it))",
    re.IGNORECASE,
)
# Handed on to the people who deal with it.
_PASSED = re.compile(
    r"\b(doorgegeven|doorgezet|doorgestuurd|forwarded|passed (it )?on|passed it|weitergegeben|"
    r"weitergeleitet|transmis\w*|trasladamos|remitido|girat[oa]|girato|inoltrat\w+)\b.{0,40}"
    r"(afdeling|team|department|Abteilung|service|departamento|ufficio|reparto|équipe|"
    r"Datenschutzbeauftragt\w*|DPO|DPD|delegad\w+|responsabile|functionaris)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?:#\s?|\b)[A-Z]{0,4}[-/]?\d[\d-]{2,}\b")
# A promise to come back with the answer.
_BACK = (
    "=back =touch =contact =contacto =contatto =contacteren =reviendrons =recontacterons "
    "=reviendra =melden =escribiremos =contestaremos =responderemos =responderá =risponderemo "
    "=risponderà =ricontatteremo =riscontro =respuesta =réponse =antwoort =antwort "
    "=terugkomen =beantworten =respond =reply =answer =bescheid"
)
_LATER = (
    "=will =shall =once =as_soon =sobald =dès =sera =serez =recevrez =en_cuanto =cuando "
    "=appena =quando =riceverà =riceverai =receive =zodra =zal =zullen =neemt =nemen =wird "
    "=werden =soon =shortly =within =innerhalb =dans =dentro =entro =binnen"
)
_WORD = re.compile(r"[\w'’-]+")


@functools.cache
def _groups() -> dict[str, tuple[Group, ...]]:
    return {
        name: tuple(_group(g.lower()) for g in groups)
        for name, groups in {
            "sent": (_SENT,),
            "arrived": (_ARRIVED,),
            "case": (_CASE,),
            "back": (_BACK,),
            "later": (_LATER,),
        }.items()
    }


def _has(words: list[str], name: str) -> bool:
    return any(_hit(w, g) for g in _groups()[name] for w in words)


def receipt_evidence(sentence: str) -> int:
    """How strongly `sentence` says the request arrived and an answer will follow: 3 for
    "what you sent arrived", 2 for a case number given to it, 1 for a promise to come back,
    0 for none."""
    words = [w.replace("’", "'") for w in _WORD.findall(sentence.lower())]
    if not words:
        return 0
    if len(words) <= 4 and _has(words, "arrived") and not _has(words, "back"):
        return 3  # "Received.", "Bien reçu !", "Ontvangen."
    if _has(words, "sent") and (_has(words, "arrived") or _IN_HANDS.search(sentence)):
        return 3
    if (_has(words, "case") and _NUMBER.search(sentence)) or _CARE.search(sentence):
        return 2
    if _PASSED.search(sentence):  # "we passed it to our privacy department"
        return 2
    if _has(words, "back") and _has(words, "later"):
        return 1
    return 0


def weak_receipt(found: list[tuple[str, set[str]]], subject: str) -> str | None:
    """The sentence that best shows a receipt, when the reply's own sentences carry no strong
    signal of any other kind and at least one says the request arrived or was numbered (a
    promise alone is too little; the subject adds its weight, never decides alone)."""
    decisive = {"refuse", "identity", "extension", "channel", "done", "no_data", "redirect"}
    # the receipt's own sentence may name what comes next ("we will tell you once it is done")
    if any(sig & decisive and receipt_evidence(s) < 2 for s, sig in found):
        return None  # another family has evidence: not a receipt by default
    scored = [
        (receipt_evidence(s), index, s)
        for index, (s, sig) in enumerate(found)
        if not sig & {"noreply", "disclaimer", "past"}  # "once it is done" may frame a receipt
    ]
    scored = [item for item in scored if item[0]]
    if not scored:
        return None
    best = max(item[0] for item in scored)
    if best < 2 and receipt_evidence(subject) < 2:
        return None
    return min((-s, i, text) for s, i, text in scored)[2]


# A proof of who the person is, in any inflection ("identifier", "identificarle", "Ausweises").
_PROOF = re.compile(
    r"\b(identi(t|f|dad|dade|teit)\w*|justificatif\w*|ausweis\w*|legitimati\w*|"
    r"passport|passeport|pasaporte|passaporto|paspoort|reisepass|(proof|prueba|preuve|prova|"
    r"bewijs|nachweis) (of|de|di|van)? ?\w*|\bID\b|geboortedatum|date of birth|Geburtsdatum|"
    r"date de naissance|fecha de nacimiento|data di nascita|polisnummer|policy number|"
    r"Kundennummer|customer number)",
    re.IGNORECASE,
)


def unproven(found: list[tuple[str, set[str]]], refusal: str) -> bool:
    """Whether a refusal that names no reason follows (or is) a sentence about proving who the
    person is ("we asked you on 2 October for a document identifying you. For want of it, we
    cannot ..."): the refusal is then for want of that proof."""
    for sentence, sig in found:
        if (_PROOF.search(sentence) or "identity" in sig) and not sig & {
            "conditional",
            "noreply",
            "disclaimer",
        }:
            return True
        if sentence == refusal:
            return False
    return False


# "You will find / here is": what an answer says of the file it sends.
_HERE = re.compile(
    r"\b(you will find|you'll find|please find|here (is|are)|finden Sie|erhalten Sie|vous "
    r"trouverez|voici|trouverez|encontrará|encontrarás|adjuntamos|troverà|troverai|ecco|vindt "
    r"u|vind je|sturen (wij|we) (u|je)|trasmettiamo|transmettons|übermitteln wir|le remitimos|"
    r"we send you|we are sending you|wir senden Ihnen)\b",
    re.IGNORECASE,
)


def weak_answer(found: list[tuple[str, set[str]]], attachments: tuple[str, ...]) -> str | None:
    """The sentence that hands over a file, when the message carries one and no sentence
    carries a strong signal of any kind: an answer sent as an attachment."""
    if not attachments or any(sig - {"because", "past", "answer_by"} for _s, sig in found):
        return None
    return next((s for s, _sig in found if _HERE.search(s)), None)
