"""The phrases that say what a reply does, in English, German, French, Spanish, Italian, Dutch.

Each cue is a regular expression matched (case-insensitively) against one sentence of the
reply's own text. A cue names a *signal*, not yet a verdict: assistant/replies/classify.py
weighs the signals of every sentence (an ID request outweighs an acknowledgement, a refusal of
one part beside a fulfilled part makes a partial answer, ...). The lists are written from how
companies phrase these letters under the GDPR, the CCPA and PIPEDA, not from any one message.
Here: receipts (`ack`) and ID requests (`identity`); the companions hold the rest
(answer_cues: put off, done or refused; notice_cues: non-replies and other channels;
reason_cues: why a refusal; qualifier_cues: what qualifies a sentence; frame_cues: a kind of
word beside another, such as an "added" word beside a period), and `signals` puts them
together with the word-stem rules of assistant/replies/stems.py.
"""

from __future__ import annotations

import functools
import re

from assistant.replies.answer_cues import ANSWER_CUES
from assistant.replies.frame_cues import FRAME_CUES
from assistant.replies.frame_reasons import REASON_FRAMES
from assistant.replies.notice_cues import NOTICE_CUES
from assistant.replies.qualifier_cues import QUALIFIER_CUES
from assistant.replies.reason_cues import REASON_CUES
from assistant.replies.sentence_context import (
    ADDRESSED,
    ASKING,
    ATTACHED,
    COMPARED,
    CONTENTS,
    CORRECTED,
    DATA_COPY,
    DONT_SEND,
    EXPIRED,
    ID_LABEL,
    LEADING_CONDITION,
    NO_ACCOUNT,
    NO_ACTION_NEEDED,
    NO_RESEND,
    PLEASE,
    SEARCHED,
    SENT,
    STILL_CHECKING,
    THEN_FUTURE,
    THIS_LETTER,
    YOU_MAY,
)
from assistant.replies.stems import stem_signals

CUES: dict[str, tuple[str, ...]] = {
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
        (
            r"\b(is|ist|est|è|está|zijn|sind|sont) (nu |jetzt |derzeit |actuellement |ora |now )?"
            r"(in behandeling|in Bearbeitung|en cours d'instruction|en cours de traitement|in "
            r"lavorazione|en trámite|en proceso|being processed)\b"
        ),
        r"\b(está|están) siendo (gestionad|tramitad|revisad|procesad|estudiad|analizad)\w*",
        r"\b(nemen|neemt)\b.{0,40}\bin behandeling\b",
        r"\bstiamo (elaborando|gestendo|lavorando|esaminando|valutando|verificando)\b",
        r"\bestamos (tramitando|gestionando|revisando|procesando|estudiando|analizando)\b",
        r"\bnous (traitons|examinons|étudions|analysons) (actuellement |en ce moment )?votre\b",
        (
            r"\bwir (bearbeiten|prüfen|kümmern uns um) (derzeit |gerade |nun |jetzt )?(Ihre?n?|"
            r"Deine?n?) (Anfrage|Anliegen|Antrag)\b"
        ),
        r"\bwe are (currently |now )?(processing|reviewing|handling|working on) your\b",
        r"\b(wij|we) (behandelen|bekijken|verwerken) (uw|je) verzoek\b",
        (
            r"\b(ticket|case|caso|dossier|pratica|zaak|Vorgang)\b.{0,40}\b(created|opened|aangemaakt|"
            r"erstellt|angelegt|créé|ouvert|creado|abierto|creato|aperto)\b"
        ),
        r"\b(werden|wird)\b.{0,90}\bbeantworten\b",
        r"\b(laten|laat) .{0,30}van (ons|me) horen\b",
        r"\bhear (back )?from us\b",
        r"\bvon uns hören\b",
        r"\bgaan (er|ermee) (mee )?aan de slag\b",
        (
            r"\b(escalated|forwarded|passed|transferred|referred|weitergegeben|weitergeleitet|"
            r"transmis|transmise|trasladado|remitido|inoltrat[ao]|doorgestuurd)\b.{0,40}\b(our|the|"
            r"unsere?n?|notre|nos|nuestro|nuestra|nostro|nostra|ons|onze)\b.{0,30}\b(privacy|data "
            r"protection|Datenschutz\w*|DPO|protection des données|protección de datos|protezione "
            r"dei dati|Responsabile della Protezione|juridische|legal)"
        ),
        (
            r"\b(Anfrage|Anliegen|Antrag|Vorgang\w*|Ticket\w*)\b.{0,60}\b(erfasst|angelegt|"
            r"aufgenommen)\b"
        ),
        (
            r"\ban (unsere|unseren|die zuständige)\b.{0,30}\b(Datenschutz\w*|Fachabteilung|"
            r"Abteilung)\b.{0,20}\b(weitergegeben|weitergeleitet|übergeben)\b"
        ),
        r"\bwill (follow up|be in touch|contact you)\b",
        r"\b(is|are) (now )?being (processed|reviewed|handled|looked into)\b",
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
        r"\bconfirm (that )?you (made|submitted|sent|initiated)\b",
        r"\bclick(ing)? (on )?the (link|button)\b.{0,40}\b(confirm|verify)\b",
        r"\bnur an Sie\b",
        (
            r"\b(recarsi|rendez-vous|come in|visit|besuchen|acudir|acuda|kom|komen)\b.{0,60}"
            r"\b(branch|filiale|sucursal|oficina|agence|Filiale|filiaal|store|winkel)\b.{0,60}"
            r"\b(ID|identit\w*|"
            r"document\w*|Ausweis\w*|pièce|DNI)\b"
        ),
        r"\bjustificatif (de domicile|d'identité)\b",
        r"\bwilt u (ons )?(uw|je)\b.{0,60}\b(sturen|doorgeven|geven|laten weten|mailen)\b",
        (
            r"\b(scansione|foto|fotocopia|copia|scan|copy|Kopie|Scan|copie|photo|kopie)\b.{0,30}"
            r"\b(documento d'identità|documento di identità|ID|identity document|Ausweis\w*|pièce "
            r"d'identité|documento de identidad|identiteitsbewijs)"
        ),
        (
            r"\b(verify|confirm|check|make sure)\b.{0,30}\b(it|the request|this request) (really )?"
            r"(came|comes|is|was sent) from you\b"
        ),
        (
            r"\b(confirm|verify|bestätigen|confirmez|confirmer|confirma|confirme|conferma|confermi|"
            r"bevestig)\w* (your|Ihre|votre|tu|su|il tuo|la tua|la Sua|je|uw) "
            r"(e-?mail|E-Mail-Adresse|adresse e-mail|adresse électronique|dirección de correo|"
            r"indirizzo (e-?mail|di posta)|e-?mailadres)"
        ),
        (
            r"\b(remercions|remercierions|prions) (également |aussi )?de (bien vouloir )?(nous )?"
            r"(adresser|fournir|retourner|communiquer|"
            r"transmettre|indiquer|préciser|envoyer|faire parvenir)\b"
        ),
        (
            r"\b(could|can|would) you (please |kindly )?(confirm|provide|send|tell us|share|reply "
            r"with|let us know|give us)\b"
        ),
        (
            r"\b(pourriez-vous|pouvez-vous|könnten Sie|können Sie|podría|podrías|puede usted|"
            r"potrebbe|potresti|kunt u|kun je|zou u)\b.{0,20}\b(nous|uns|nos|ci|ons)?\s?(indiquer|"
            r"communiquer|préciser|transmettre|envoyer|confirmer|mitteilen|nennen|senden|"
            r"bestätigen|indicar|facilitar|enviar|confirmar|indicare|comunicare|inviare|"
            r"confermare|doorgeven|sturen|bevestigen|laten weten)"
        ),
        (
            r"\b(besoin|benötigen|brauchen|necesitamos|abbiamo bisogno|nodig|need)\b.{0,40}\b("
            r"informations? complémentaires?|zusätzliche[n]? (Angaben|Informationen)|weitere[n]? "
            r"(Angaben|Informationen)|información adicional|informazioni aggiuntive|dati "
            r"aggiuntivi|aanvullende (informatie|gegevens)|additional (information|details))"
        ),
        (
            r"\b(without|need|require) (some |a few )?(more|further|additional) (information|"
            r"details)\b"
        ),
        (
            r"\b(nennen|teilen|geben|schicken|senden|übermitteln) Sie uns (bitte |noch |dazu "
            r")*(Ihre?n?|Deine?n?)\b"
        ),
        (
            r"\bplease (provide|send|give|tell) us (with )?your (full )?(name|address|postcode|"
            r"phone|mobile|account|customer|membership|card|username|date of birth)\b"
        ),
        (  # not "hebben wij uw gegevens nodig om de dienst te leveren": the data, not an ID
            r"\b(hebben|heb) (we|wij) (je|uw|jouw)\b(?! (gegevens|account|abonnement)\b)"
            r".{0,80}\bnodig\b"
        ),
        r"\bbenötigen wir (von Ihnen |von Dir )?(noch )?(Ihre|Deine|Ihren|Deinen)\b(?! Daten\b)",
        r"\b(documento di riconoscimento|codice fiscale)\b",
        r"\b(können|konnten) (wir )?.{0,30}\bnicht zuordnen\b",
        (
            r"\b(could not|cannot|can't|were unable to|are unable to) (find|locate|identify|match) "
            r"(you|your (account|records?|details))\b"
        ),
        r"\b(n'avons pas pu|ne pouvons pas) vous identifier\b",
        r"\bno (hemos podido|podemos) (identificarle|identificarla|identificarte|localizar su)\b",
        r"\bnon (siamo riusciti|riusciamo) a (identificarLa|identificarla|identificarti|trovare)\b",
        r"\b(kunnen|konden) (we|wij) (u|je|jou) niet (vinden|identificeren)\b",
        r"\b(bestätigen|verifizieren) Sie\b.{0,60}\b(Anfrage|Antrag|E-Mail-Adresse|Identität)\b",
        r"\bconfirmer que vous êtes\b",
        r"\bconfirmar que (usted|tú|eres|es el titular|es la titular)\b",
        r"\bconfermare (che|di essere)\b",
        r"\bbevestig(en)? dat (u|je|jij)\b",
        r"\b(confirm|verify|check|make sure) (that )?(it's|it is|it’s) (really |actually )?you\b",
        r"\bcopy of (your |a )?(passport|driving licen[cs]e|ID|identity|photo ID|government)",
        (
            r"\bplease (reply|send|provide|confirm|tell us)\b.{0,120}\b(account number|date "
            r"of birth|postcode|zip code|booking number|last four digits|username|PIN|order "
            r"number|customer number)\b"
        ),
        r"\bmake sure we (share|give|disclose) .{0,40}only (with|to) you\b",
        (
            r"\b(only|solely|únicamente|solamente|sólo|solo|uniquement|seulement|nur|"
            r"ausschließlich|esclusivamente|unicamente|alleen|uitsluitend) (to|with|a|à|an|al|"
            r"aan) (you|su titular|vous|Sie|lei|te|il titolare|u|jou|the account holder|le "
            r"titulaire|den Inhaber)\b"
        ),
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
}  # fmt: skip


@functools.cache
def compiled() -> dict[str, re.Pattern[str]]:
    """One alternation per signal, compiled once."""
    return {
        name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for name, patterns in _merged().items()
    }


def _merged() -> dict[str, tuple[str, ...]]:
    """Every cue list by signal; the frames add to the phrase lists of the same signal."""
    merged = dict(CUES | ANSWER_CUES | NOTICE_CUES | QUALIFIER_CUES | REASON_CUES)
    for name, patterns in (FRAME_CUES | REASON_FRAMES).items():
        merged[name] = merged.get(name, ()) + patterns
    return merged


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
        "refuse" in stems | found
        or _NEGATED.search(_NO_LONGER.sub(" ", sentence))
        or (_FUTURE.search(sentence) and not _NO_LONGER.search(sentence))
    ):  # "a été retirée ... et ne sera plus cédée": done, the future only says it stays done
        stems.discard("done")
    found |= stems
    for frame, signal in (
        ("extension_frame", "extension"),
        ("refuse_frame", "refuse"),
        ("done_sent", "done"),
    ):
        if frame in found:
            found.discard(frame)
            found.add(signal)
    if {"done", "channel"} <= found and _NEITHER.search(sentence):  # "no more mail from us,
        found.discard("channel")  # by post nor by e-mail": done, not where to go
    if "right_exempt" in found:  # "the right to erasure does not apply here"
        found -= {"right_exempt", "r_jurisdiction"}
        found.add("r_exemption")
    if "identity_frame2" in found:
        found.discard("identity_frame2")
        found.add("identity_frame")
    if "identity_frame" in found:  # "so that we can find your account": an ask, unless it
        found.discard("identity_frame")  # only says why to use the form it names
        if "channel" not in found:
            found.add("identity")
    if (
        "refuse" in stems
        and "refuse" not in found_phrases(sentence)
        and _NO_LONGER.search(sentence)
        and not _BUT.search(sentence)
    ):
        found.discard("refuse")  # "ya no recibirás publicidad": stopped, not refused
    if {"no_data", "refuse", "identity"} <= found:  # "cannot give you any data until ...":
        found.discard("no_data")  # refused for want of proof, not "we hold nothing"
    if found & _REFUSING_REASONS:  # "honoured only for residents of ...": not a fulfilment
        found.discard("done")
    if "disclaimer" in found:
        return set()
    if NO_RESEND.search(sentence):  # "no need to send your request again": advice about
        found -= {"r_too_many", "refuse"}  # what to do next, not a refusal of a repeat
    if STILL_CHECKING.search(sentence):  # "is looking into which data we must keep":
        found -= {"refuse", "r_exemption"}  # what will be weighed, nothing refused yet
    if {"done", "channel"} <= found and ATTACHED.search(sentence):
        found.discard("channel")  # "in the attachment you'll find your data, incl. app use"
    if "channel" in found and CONTENTS.search(sentence):
        found.discard("channel")  # "the archive includes ... your in-app chat history"
    if {"r_gone", "r_exemption"} <= found and not _NEGATED.search(sentence):
        found.discard("r_gone")  # "kept until the retention period ends, then deleted": kept
    if "refuse" in found and NO_ACTION_NEEDED.search(sentence):
        found.discard("refuse")  # "you do not need to take any action": nothing refused
    if "identity" in found and (DONT_SEND.search(sentence) or ID_LABEL.search(sentence)):
        found.discard("identity")  # "please don't send your passport", "Request ID: 88213"
    if "r_not_verified" in found:
        found.discard("no_data")  # "without identification we cannot rule out that data ..."
    if "identity" in found and (COMPARED.search(sentence) or CONTENTS.search(sentence)):
        found.discard("identity")  # "we compared it with the ID you gave us", "the archive
        # includes your identity verification data": nothing asked
    if {"done", "identity"} <= found and CORRECTED.search(sentence) and not ASKING.search(sentence):
        found -= {"identity", "id_document"}  # "we corrected your ID card number": done
    if "identity" in found and SEARCHED.search(sentence) and not ASKING.search(sentence):
        found.discard("identity")  # "wij hebben gezocht op uw naam en geboortedatum": done
    if "done" in found and THIS_LETTER.search(sentence):
        found.discard("done")  # "a copy of this letter is attached": not the data
    if "channel" in found and NO_ACCOUNT.search(sentence):
        found.discard("channel")  # "no account, no quote, not even a sign-up": nothing held
    if (
        "identity" in found
        and not found_phrases(sentence) & {"identity"}
        and not ADDRESSED.search(sentence)
    ):
        found.discard("identity")  # "X provides identity verification to banks": no ask
    if "identity" in found and "done" in found and DATA_COPY.search(sentence):
        found.discard("identity")  # "enclosed is a copy of your data: identity, contracts"
    if EXPIRED.search(sentence):  # "destroyed when the retention period ran out", "liegen
        found -= {"done", "r_exemption", "channel"}  # nicht mehr vor": gone before the request,
        found.add("r_gone")  # not done for it
    if SENT.search(sentence):  # "die Anlagen haben wir Ihnen per Post gesandt": done, not a
        found.discard("channel")  # way to go
        found.add("done")
    if "channel" in found and _NO_LONGER.search(sentence) and "done" not in found:
        found.discard("channel")  # "je kan niet meer inloggen in de app": the account is gone
    if "r_accurate" in found:  # "matches the ID you gave us": the record is right, no proof
        found -= {"r_not_verified", "identity"}  # is missing and none is asked for
    if "conditional" in found or "noreply" in found:
        kept = _main_clause_signals(sentence) if "noreply" not in found else set()
        found = (found - CONDITIONAL_DROPS) | (kept & {"channel"})
    if "past" in found and not PLEASE.search(sentence):  # "on 4 December we asked you
        found.discard("identity")  # for ID": told, not asked now
    if (
        found & _REASONS
        and not found & {"refuse", "conditional", "noreply"}
        and _DENIED_PART.search(sentence)
    ):
        found.add("refuse")  # a reason beside "but" or "not": the part it concerns is refused
    return found


def _main_clause_signals(sentence: str) -> set[str]:
    """The signals of the clause after a leading if-clause (none when there is none)."""
    match = LEADING_CONDITION.match(sentence)
    if not match or THEN_FUTURE.match(match.group(2)) or YOU_MAY.match(match.group(2)):
        return set()
    return signals(match.group(2))


_REFUSING_REASONS = frozenset(
    {"r_not_verified", "r_not_controller", "r_too_many", "r_jurisdiction", "r_not_personal"}
)
_REASONS = _REFUSING_REASONS | {"r_exemption"}
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


_NEITHER = re.compile(r"\b(noch|nor|ni|né|weder|neither)\b", re.IGNORECASE)

_NO_LONGER = re.compile(
    r"\b(no longer|ya no|no volver(á|ás|emos) a|nicht mehr|keine (\w+ ){0,2}mehr|"
    r"ne (\w+ ){0,2}plus|non (\w+ )?più|niet meer|geen (\w+ ){0,2}meer)\b",
    re.IGNORECASE,
)

_BUT = re.compile(
    r"\b(but|however|aber|jedoch|mais|toutefois|pero|sin embargo|ma|però|tuttavia|maar|echter)\b",
    re.IGNORECASE,
)


def found_phrases(sentence: str) -> set[str]:
    """The signals `sentence` carries by phrase alone (not by word stems)."""
    return {name for name, pattern in compiled().items() if pattern.search(sentence)}
