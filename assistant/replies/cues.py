"""The phrases that say what a reply does, in English, German, French, Spanish, Italian, Dutch.

Each cue is a regular expression matched (case-insensitively) against one sentence of the
reply's own text. A cue names a *signal*, not yet a verdict: assistant/replies/classify.py
weighs the signals of every sentence (an ID request outweighs an acknowledgement, a refusal of
one part beside a fulfilled part makes a partial answer, ...). The lists are written from how
companies phrase these letters under the GDPR, the CCPA and PIPEDA, not from any one message.
"""

from __future__ import annotations

import functools
import re

from assistant.replies.reason_cues import REASON_CUES
from assistant.replies.stems import stem_signals

CUES: dict[str, tuple[str, ...]] = {
    "ooo": (
        r"\bout of (the )?office\b",
        r"\baway from (the|my) (office|desk)\b",
        r"\bon (annual )?leave\b",
        r"\bI am (currently )?away\b",
        r"\bnicht im Büro\b",
        r"\babwesend\b",
        r"\babsente? du bureau\b",
        r"\bje suis absente?\b",
        r"\bfuera de la oficina\b",
        r"\bestoy ausente\b",
        r"\bfuori (ufficio|sede)\b",
        r"\bsarò assente\b",
        r"\bben (ik )?afwezig\b",
        r"\bafwezig tot\b",
        r"\bnicht erreichbar\b",
        r"\bwith limited access to (my )?e-?mail\b",
    ),
    "bounce": (
        r"could not be delivered",
        r"\bundeliver(ed|able)\b",
        r"delivery (has )?failed",
        r"\bunzustellbar\b",
        r"konnte nicht zugestellt",
        r"\bnon (remis|distribué)\b",
        r"no se (ha podido|pudo) entregar",
        r"non (è stato|è stata) (possibile )?recapitat",
        r"\bonbestelbaar\b",
        r"kon niet worden (afgeleverd|bezorgd)",
        r"recipient address rejected",
    ),
    "survey": (
        r"\brate (the|our) (support|service)\b",
        r"\bhow did we do\b",
        r"\bsatisfaction survey\b",
        r"\bwie zufrieden\b",
        r"\bbewerten Sie\b",
        r"\bévaluez\b",
        r"\bvotre avis sur\b",
        r"\bvalora (nuestra|la) atención\b",
        r"\bvaluta il (nostro )?servizio\b",
        r"\bhoe tevreden\b",
        r"\bbeoordeel (onze|de) (service|klantenservice)\b",
    ),
    "shipping": (
        r"\bis on its way\b",
        r"\bhas (been )?(shipped|dispatched)\b",
        r"\btracking number\b",
        r"\btrack (&|and) trace\b",
        r"\bis onderweg\b",
        r"\bwordt (morgen |vandaag )?bezorgd\b",
        r"\bwurde versandt\b",
        r"\bist unterwegs\b",
        r"\bSendungsnummer\b",
        r"\ba été expédiée?\b",
        r"\bnuméro de suivi\b",
        r"\bha sido enviado\b",
        r"\bnúmero de seguimiento\b",
        r"\bè stato spedito\b",
        r"\bè in consegna\b",
    ),
    "marketing": (
        r"\bunsubscribe\b",
        r"\b(shop|buy) now\b",
        r"\b\d{1,2} ?% (off|de descuento|di sconto|korting|Rabatt)\b",
        r"\bsale\b.*\b(ends|only)\b",
        r"\bjetzt .{0,30}(sichern|sparen)\b",
        r"\babmelden\b.*\bnewsletter\b",
        r"\bse désabonner\b",
        r"\bdarse de baja\b",
        r"\bannulla l'iscrizione\b",
        r"\bafmelden\b.*\bnieuwsbrief\b",
        r"\bsparen!",
        r"\bsoldes\b",
        r"\brebajas\b",
        r"\bsaldi\b",
        r"\buitverkoop\b",
    ),
    "ack": (
        r"\bwill (review|look into|process|handle|consider|assess)\b",
        r"\bthank you for (submitting|sending|your) .{0,30}request\b",
        (
            r"\b(request|solicitud|demande|richiesta|verzoek|Anfrage|Antrag|"
            r"Anliegen)\b.{0,40}\b(registered|registrada|enregistrée|registrata|"
            r"geregistreerd|registriert|eingegangen)\b"
        ),
        r"\bserá (respondida|tramitada|atendida|gestionada|contestada)\b",
        r"\b(wordt|zal)\b.{0,40}\b(afgehandeld|behandeld|beantwoord)\b",
        r"\bwird\b.{0,40}\bbearbeitet\b",
        r"\ba bien été (reçue|enregistrée|prise en compte)\b",
        r"\best en cours de traitement\b",
        r"\bè stata (ricevuta|registrata|presa in carico)\b",
        r"\bverrà (evasa|gestita|riscontrata|trattata)\b",
        r"\b(is|are) (reviewing|looking into|processing) your request\b",
        (
            r"\b(request|application|enquiry) (has|was) been (received|logged|registered|"
            r"recorded|opened)\b"
        ),
        r"\bconfirms? (that )?(we('ve| have) )?(received|logged|registered)\b",
        r"\b(we aim to|we will|we'll) (respond|reply|answer) (within|by)\b",
        r"\b(we('ve| have)|we) (now )?received your\b",
        r"\bconfirm(ing)? (that )?(we('ve| have) )?(the )?receiv",
        r"\backnowledge (the )?receipt\b",
        r"\byour request has been (received|logged|registered|opened)\b",
        r"\bwill (get back to you|respond|reply|be in touch)\b",
        r"\bwe('ll| will) (complete|process|handle) your request\b",
        r"\bbestätigen (Ihnen )?den Eingang\b",
        r"\bEingang Ihre[rs]\b",
        r"\bhaben Ihre[n]? .{0,80}erhalten\b",
        r"\binnerhalb der gesetzlichen Frist\b",
        r"\baccus(ons|er) (bonne )?réception\b",
        r"\bavons bien reçu\b",
        r"\bsera traitée?\b",
        r"\bhemos recibido su\b",
        r"\bconfirmamos (la )?recepción\b",
        r"\bacusamos recibo\b",
        r"\bserá atendida\b",
        r"\bha quedado registrada\b",
        r"\bconfermiamo (la )?ricezione\b",
        r"\babbiamo ricevuto la (sua|tua)\b",
        r"\bpresa in carico\b",
        r"\b(hebben|heb) (je|uw) .{0,60}ontvangen\b",
        r"\bbevestigen (de |hierbij de )?ontvangst\b",
        r"\bin behandeling genomen\b",
        r"\bin our queue\b",
    ),
    "identity": (
        (
            r"\b(indiquer|communiquer|transmettre|préciser|confirmer|nennen|mitteilen|"
            r"senden|indicar|facilitar|enviar|indicarci|indicare|comunicare|inviare|fornire|"
            r"doorgeven|sturen|opgeven|tell|provide|send|confirm)\b.{0,60}\b(numéro de "
            r"client|date de naissance|numéro de commande|Kundennummer|Geburtsdatum|"
            r"Vertragsnummer|Bestellnummer|número de cliente|fecha de nacimiento|número de "
            r"pedido|codice cliente|data di nascita|numero (d'ordine|cliente)|klantnummer|"
            r"geboortedatum|ordernummer|account number|customer number|date of birth)\b"
        ),
        r"\b(verify|confirm|prove|establish) (your|the requester's) identity\b",
        r"\bconfirm that you (own|are the holder)\b",
        r"\bcopy of (your |a )?(passport|driving licen[cs]e|ID|identity|photo ID|government)",
        (
            r"\bplease (reply|send|provide|confirm|tell us)\b.{0,120}\b(account number|date "
            r"of birth|postcode|zip code|booking number|last four digits|username|PIN|order "
            r"number|customer number)\b"
        ),
        r"\bmake sure we (share|give|disclose) .{0,40}only (with|to) you\b",
        r"\bhelp us locate your (records|account)\b",
        r"\bIdentität .{0,30}(bestätigen|nachweisen|prüfen|überprüfen|verifizieren|feststellen)\b",
        r"\bKopie (Ihres|des|eines) (Personalausweis|Ausweis|Reisepass)",
        r"\bsenden Sie uns bitte\b",
        r"\beindeutig zuordnen\b",
        r"\b(vérifier|confirmer|justifier de) votre identité\b",
        r"\bjustificatif d'identité\b",
        r"\bcopie .{0,20}(pièce|carte) d'identité\b",
        r"\bmerci de nous (transmettre|communiquer|faire parvenir)\b",
        r"\b(verificar|acreditar|confirmar) su identidad\b",
        r"\bcopia (de su|del) (DNI|NIE|documento|pasaporte)\b",
        r"\ble rogamos (nos )?(remita|envíe|facilite)\b",
        r"\b(verificare|confermare|accertare) la (Sua|tua) identità\b",
        r"\bcopia .{0,30}documento d'identità\b",
        r"\bLa preghiamo di (inviarci|fornirci|trasmetterci)\b",
        r"\bkopie van (je|uw) (identiteitsbewijs|paspoort|ID)\b",
        r"\bidentiteit (vast te stellen|te controleren|te verifiëren)\b",
        r"\bzeker te weten dat (wij|we) .{0,60}(juiste persoon|aan jou|aan u)\b",
        r"\bstuur (ons )?(je|uw) .{0,40}(klantnummer|geboortedatum)\b",
    ),
    "extension": (
        (
            r"\b(need|needing|require|requiring|take|taking)s? (a |an )?(further|additional|"
            r"extra) (\d+ |\w+ )?(days|weeks|months)\b"
        ),
        r"\b(more|additional|extra) time\b",
        r"\b(zusätzliche|weitere|mehr) Zeit\b",
        r"\b(plus de|davantage de) temps\b",
        r"\btemps supplémentaire\b",
        r"\bmás tiempo\b",
        r"\btiempo adicional\b",
        r"\b(più|ulteriore) tempo\b",
        r"\btempo (aggiuntivo|ulteriore)\b",
        r"\b(meer|extra) tijd\b",
        (
            r"\b(need|require|take)s? (an? )?(additional|further|extra) (\d+ |\w+ )?(days|"
            r"weeks|months)\b"
        ),
        r"\bextend(ing|ed)? the (time|period|deadline|time limit|response (time|period))\b",
        r"\b(need|require) (some )?(more|additional|further|extra) time\b",
        r"\bextension of (the )?(time|period|deadline)\b",
        r"\bby (an? )?(additional|further) \w+ (days|months)\b",
        r"\b(two|2) further months\b",
        r"\bFrist\b.{0,80}\bverlänger",
        r"\bverlänger\w*\b.{0,60}\bFrist\b",
        r"\bFristverlängerung\b",
        r"\bmehr Zeit\b",
        r"\bprolong\w*\b.{0,40}\bdélai\b",
        r"\bdélai\b.{0,60}\bprolong",
        r"\bprorog\w+\b",
        r"\bdélai supplémentaire\b",
        r"\bprórroga\b",
        r"\bprorroga\w*\b",
        r"\bampli(ar|amos|ado) el plazo\b",
        r"\b(necesitamos|necesitaremos) (algo )?más (de )?tiempo\b",
        r"\bestender(e)? il termine\b",
        r"\bulterior[ei] (\w+ )?(mesi|giorni|tempo)\b",
        r"\bpiù tempo\b",
        r"\btermijn\b.{0,60}\bverleng",
        r"\bverleng\w*\b.{0,60}\btermijn\b",
        r"\bmeer tijd nodig\b",
        r"\bverlengen\b",
    ),
    "done": (
        (
            r"\b(Berichtigung|Löschung|Korrektur|Sperrung|Änderung)\b.{0,60}\b(vorgenommen|"
            r"durchgeführt|umgesetzt)\b"
        ),
        r"\bavons procédé à (la|l')\s?(suppression|rectification|modification|effacement)\b",
        r"\bhemos procedido a (la )?(supresión|rectificación|eliminación|modificación)\b",
        (
            r"\babbiamo (provveduto|proceduto) (alla|a) (cancellazione|rettifica|modifica|"
            r"eliminazione)\b"
        ),
        r"\b(verwijdering|correctie|wijziging)\b.{0,40}\b(doorgevoerd|uitgevoerd)\b",
        r"\bwe have (carried out|actioned|completed|fulfilled) your request\b",
        (
            r"\b(request|Anfrage|Antrag|demande|solicitud|richiesta|istanza|"
            r"verzoek)\b.{0,30}\b(has been|was|wurde|a été|ha sido|è stata|is) (completed|"
            r"fulfilled|processed|bearbeitet|erledigt|traitée|tramitada|atendida|evasa|"
            r"completata|afgehandeld|uitgevoerd)\b"
        ),
        r"\byou have (now )?been (opted out|unsubscribed|removed)\b",
        r"\benclosed (is|are|please find|you will find)\b",
        r"\b(we('ve| have)|we) (now )?(updated|amended|changed|rectified|fixed|stopped)\b",
        r"\bha(s|ve) (now )?been (updated|changed|amended|rectified|fixed|opted out)\b",
        r"\bhemos (procedido a )?(actualiza|modifica|cancela|suprimi|elimina|desactiva)\w*\b",
        r"\bhemos dado de baja\b",
        r"\b(te|le|les) (adjuntamos|remitimos|enviamos) (un|el|la|los|las|una|copia)\b",
        (
            r"\b(di )?aver(e)? (aggiornato|modificato|rettificato|cancellato|eliminato|"
            r"disattivato|corretto)\b"
        ),
        r"\babbiamo (aggiornato|modificato|disattivato|revocato)\b",
        (
            r"\b(hebben|heb)\b.{0,80}\b(gewijzigd|bijgewerkt|aangepast|verwijderd|"
            r"gecorrigeerd|stopgezet|uitgeschreven)\b"
        ),
        (
            r"\b(haben|wurden|wurde)\b.{0,80}\b(aktualisiert|geändert|berichtigt|korrigiert|"
            r"gelöscht|gesperrt|abgemeldet)\b"
        ),
        r"\berhalten Sie\b.{0,40}\b(Auskunft|Kopie|Übersicht)\b",
        (
            r"\b(avons|a été|ont été) (bien )?(mis à jour|mises? à jour|modifiée?s?|"
            r"supprimée?s?|désinscrite?)\b"
        ),
        (
            r"\bavons (bien )?pris en compte votre (opposition|demande de (suppression|"
            r"rectification))\b"
        ),
        r"\bplease find attached\b",
        r"\battached (is|to this (e-?mail|message)|you will find)\b",
        r"\bis attached\b",
        (
            r"\b(we('ve| have)|we) (now |also )?(deleted|erased|removed|closed|corrected|"
            r"updated|processed|anonymi[sz]ed|opted you out|unsubscribed)\b"
        ),
        (
            r"\bha(s|ve) (now )?been (deleted|erased|processed|removed|corrected|updated|"
            r"anonymi[sz]ed)\b"
        ),
        r"\b(will|we) no longer (sell|share|use)\b",
        r"\bhere is (a copy|your data)\b",
        r"\byour data export\b",
        r"\bim Anhang\b",
        r"\banbei\b",
        r"\bbeigefügt\b",
        r"\b(haben|wurden)\b.{0,80}\b(gelöscht|berichtigt|korrigiert|anonymisiert)\b",
        r"\bnicht mehr (weitergegeben|verkauft|verwendet)\b",
        r"\bci-joint\b",
        r"\ben pièce jointe\b",
        r"\bvous trouverez\b.{0,40}\b(joint|relevé|copie)\b",
        r"\bavons (bien )?(supprimé|effacé|rectifié|corrigé|anonymisé)\b",
        r"\bont été (supprimée?s?|effacée?s?|rectifiée?s?|corrigée?s?)\b",
        r"\bne (seront|sont) plus (partagée?s|vendue?s|utilisée?s)\b",
        r"\badjunt(o|amos|a)\b",
        r"\ble remitimos\b",
        r"\bhemos (procedido a )?(suprimi|elimina|borra|rectifica|corregi|anonimiza)\w*\b",
        r"\bhan sido (suprimidos|eliminados|borrados|rectificados)\b",
        r"\bin allegato\b",
        r"\ballegat[oa] alla presente\b",
        (
            r"\babbiamo (provveduto a |provveduto alla )?(cancella|elimina|rettifica|corre|"
            r"anonimizza)\w*\b"
        ),
        r"\bsono stati (cancellati|eliminati|rettificati)\b",
        r"\bin de bijlage\b",
        r"\bbijgevoegd\b",
        r"\bals bijlage\b",
        r"\b(hebben|heb)\b.{0,80}\b(verwijderd|gecorrigeerd|aangepast|afgemeld|geanonimiseerd)\b",
        r"\b(zijn|is|worden) .{0,40}(verwijderd|niet meer gedeeld)\b",
        r"\bniet meer (gedeeld|verkocht)\b",
    ),
    "refuse": (
        r"\bnon (può|possono|potrà) essere (soddisfatt|evas|gestit|accolt)\w*\b",
        r"\b(not|n't) (be )?taking any (further )?action\b",
        r"\bno further action\b.{0,40}\b(request|taken)\b",
        r"\b(closed|archived|rejected|declined|refused) (your|this) request\b",
        r"\bnon (può|possono) essere accolt[ao]\b",
        r"\bnon (è )?accoglibile\b",
        r"\bno (puede|podrá) ser (atendida|tramitada|estimada)\b",
        r"\bne (peut|pourra) (pas )?être (satisfaite|accueillie|traitée|acceptée)\b",
        r"\bkann nicht (entsprochen|bearbeitet|stattgegeben) werden\b",
        r"\bkan niet (worden )?(ingewilligd|gehonoreerd|behandeld|uitgevoerd)\b",
        (
            r"\b(verzoek|aanvraag)\b.{0,30}\b(afgesloten|gesloten|beëindigd|afgewezen|niet "
            r"in behandeling)\b"
        ),
        r"\b(Antrag|Anfrage|Ersuchen)\b.{0,40}\b(abgeschlossen|eingestellt|geschlossen)\b",
        r"\b(demande)\b.{0,40}\b(clôturée|classée sans suite|rejetée)\b",
        r"\b(solicitud)\b.{0,40}\b(archivada|cerrada|denegada|desestimada)\b",
        (
            r"\b(cannot|can't|are unable to|are not able to|will not|won't|is not possible "
            r"to|unable to)\b.{0,30}\b(process|fulfil|fulfill|comply|act on|respond|delete|"
            r"erase|honou?r|provide|correct|change|amend|proceed)\b"
        ),
        r"\b(declin|refus|reject|den(y|ied))\w* (your|this) request\b",
        r"\bnot required to\b",
        r"\bwill not be (deleted|erased|removed)\b",
        r"\bhas been closed\b",
        r"\bno reason to (change|correct|amend)\b",
        (
            r"\b(must|need to|have to|are required to|are obliged to|will have to) (retain|"
            r"keep|preserve)\b"
        ),
        r"\bmüssen\b.{0,200}\b(aufbewahren|speichern|behalten)\b",
        r"\b(devons|sommes tenus de) (les )?conserver\b",
        r"\b(debemos|tenemos que|estamos obligados a) conservar\b",
        r"\b(dobbiamo|siamo tenuti a) conservar\w*\b",
        r"\b(moeten|zijn verplicht)\b.{0,80}\bbewaren\b",
        r"\blehnen\b.{0,120}\bab\b",
        r"\babgelehnt\b",
        (
            r"\b(können|werden|dürfen)\b.{0,60}\bnicht\b.{0,40}\b(nachkommen|bearbeiten|"
            r"löschen|entsprechen|berichtigen|erteilen)\b"
        ),
        r"\bnicht gelöscht\b",
        r"\bne (sommes|pouvons) (donc )?(pas|plus)\b",
        r"\brefus(er|ons|é)\b",
        r"\brejet(er|ons|ée)\b",
        r"\bne (seront|peuvent) pas (être )?(supprimée?s?|effacée?s?)\b",
        r"\bno (podemos|es posible|nos es posible)\b",
        r"\bdesestima\w*\b",
        r"\bdeneg\w+\b",
        r"\brechaza\w*\b",
        r"\bno (serán|pueden ser) (suprimidos|eliminados)\b",
        r"\bnon (è possibile|possiamo|siamo in grado)\b",
        r"\barchiviata\b",
        r"\brigett\w+\b",
        r"\bnon verranno (cancellat|eliminat)\w*\b",
        (
            r"\b(kunnen|zullen|mogen)\b.{0,60}\bniet\b.{0,30}\b(voldoen|verwijderen|"
            r"inwilligen|ingaan|aanpassen|uitvoeren|behandelen)\b"
        ),
        r"\bgeen aanleiding\b",
        r"\bwijzen\b.{0,60}\baf\b",
        r"\bafgewezen\b",
        r"\bniet (worden )?verwijderd\b",
    ),
    "channel": (
        (
            r"\b(resend|submit|send|make|file|lodge|raise|re-?submit)\b.{0,40}\b(request|"
            r"it)\b.{0,50}\b(form|portal|app|website|web ?site|privacy (center|centre|page|"
            r"section))\b"
        ),
        (
            r"\b(compilando|compilare|attraverso|mediante)\b.{0,30}\b(modulo|form|portale|"
            r"area riservata|app)\b"
        ),
        (
            r"\b(cumplimentando|cumplimentar|rellenando|rellenar|"
            r"mediante)\b.{0,30}\b(formulario|portal|app)\b"
        ),
        r"\bverwenden Sie\b.{0,30}\b(Formular|Portal|App)\w*\b",
        r"\bvia (de|onze) (app|website|site)\b",
        r"\büber (unser|unsere|das|die|den)\b.{0,30}(portal|formular|App|Kundenkonto)\b",
        r"\b(per|via) E-Mail nicht\b",
        (
            r"\b(through|via|using) (our|the) (online |dedicated |self-service )?(portal|"
            r"web ?form|privacy (center|centre|portal)|request form)\b"
        ),
        (
            r"\b(use|submit|make|send)\b.{0,60}\b(through|via|using|at|"
            r"on)\b.{0,30}\b(portal|form|website|web ?form|privacy (center|centre|page|site|"
            r"hub)|Takeout|help form|app|dashboard)\b"
        ),
        r"\bplease use\b.{0,40}\b(portal|form|Takeout|tool|website)\b",
        r"\bcannot be handled (over|by|via|through) e-?mail\b",
        r"\bnot able to handle requests\b.{0,60}\b(e-?mail|address)\b",
        r"\bnutzen Sie\b.{0,80}\b(Formular|Portal|Kontaktformular|App)\b",
        r"\büber (diese|unsere) E-Mail-Adresse\b.{0,40}\bnicht\b",
        r"\b(via|par|utiliser|remplir)\b.{0,20}\b(notre|le) formulaire\b",
        r"\bpar le biais (du|de notre) (formulaire|portail|espace)\b",
        r"\ba través (de|del)\b.{0,20}\b(formulario|portal|área privada)\b",
        r"\butilice (el|nuestro) (formulario|portal)\b",
        r"\btramite (l'apposito |il |l')?(modulo|portale|form|area riservata)\b",
        r"\bnon possiamo gestire\b.{0,80}\btramite questo\b",
        r"\b(aanvragen|indienen|doen) via\b",
        r"\bvia (het|ons) (formulier|portaal)\b",
        r"\bniet per e-?mail\b",
        r"\bgebruik (dan )?het formulier\b",
    ),
}  # fmt: skip


@functools.cache
def compiled() -> dict[str, re.Pattern[str]]:
    """One alternation per signal, compiled once."""
    return {
        name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for name, patterns in (CUES | REASON_CUES).items()
    }


# Signals a conditional sentence ("if we need to verify your identity, we will ask") does not
# carry: it says what might happen, not what the company does.
CONDITIONAL_DROPS = frozenset(
    {"identity", "extension", "refuse", "channel", "redirect", "no_data", "done", "r_not_verified"}
)


def signals(sentence: str) -> set[str]:
    """The names of the signals `sentence` carries, by phrase (here) and by word stems
    (assistant/replies/stems.py); a conditional sentence or a no-reply footer carries none of
    CONDITIONAL_DROPS, and a negated sentence is no fulfilment."""
    found = {name for name, pattern in compiled().items() if pattern.search(sentence)}
    stems = stem_signals(sentence)
    if "done" in stems and (
        "refuse" in stems | found or _NEGATED.search(sentence) or _FUTURE.search(sentence)
    ):
        stems.discard("done")
    found |= stems
    if found & _REFUSING_REASONS:  # "honoured only for residents of ...": not a fulfilment
        found.discard("done")
    if "disclaimer" in found:
        return set()
    if "conditional" in found or "noreply" in found:
        found -= CONDITIONAL_DROPS
    if "past" in found:  # "on 4 December we asked you for ID": told, not asked now
        found.discard("identity")
    if (
        found & _REASONS
        and not found & {"refuse", "conditional", "noreply"}
        and _DENIED_PART.search(sentence)
    ):
        found.add("refuse")  # a reason beside "but" or "not": the part it concerns is refused
    return found


_REFUSING_REASONS = frozenset(
    {"r_not_verified", "r_not_controller", "r_too_many", "r_jurisdiction"}
)
_REASONS = frozenset(
    {"r_not_verified", "r_not_controller", "r_exemption", "r_too_many", "r_jurisdiction"}
)
# A contrast ("however", "jedoch", ...) or a negation: with a refusal's reason in the same
# sentence, the sentence says what is not done and why.
_DENIED_PART = re.compile(
    r"\b(however|but|except|not|nicht|jedoch|aber|allerdings|erst|cependant|toutefois|mais|"
    r"revanche|pas|sin embargo|pero|no obstante|no|tuttavia|però|ma|invece|non|echter|maar|"
    r"niet|geen)\b",
    re.IGNORECASE,
)


_FUTURE = re.compile(
    r"\b(will|shall|sarà|saranno|será|serán|sera|seront|wird|werden|zal|zullen)\b", re.I
)


_NEGATED = re.compile(
    r"\b(not|never|nicht|kein\w*|pas|jamais|no|non|niet|geen|nie)\b", re.IGNORECASE
)
