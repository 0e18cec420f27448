"""The phrases that qualify a sentence of a reply rather than decide its event.

Companion of assistant/replies/cues.py and reason_cues.py, split out to keep each module
small: `because` (an extension that gives its reasons), `id_document` (an ID request that wants
a copy of an identity document), `no_data` ("we hold nothing about you"), `conditional` and
`noreply` (a sentence that only says what might happen, recites the complaint rights, or is a
no-reply footer: it carries no event), `redirect` ("ask them directly"), `disclaimer` (a
confidentiality footer), `past` ("we asked you on 4 December", "we have verified your
identity"), `answer_by` (a promise to answer by a date) and `except` ("all but ...").
"""

from __future__ import annotations

QUALIFIER_CUES: dict[str, tuple[str, ...]] = {
    "because": (
        r"\b(because|due to|given|as a result of|in view of|owing to|since)\b",
        r"\b(aufgrund|wegen|da|daher|angesichts|weil)\b",
        r"\b(compte tenu|en raison|étant donné|car|du fait)\b",
        r"\b(debido a|dada|dado|por ello|a causa|ya que|porque)\b",
        r"\b(a causa|in considerazione|dato|poiché|perché|considerat[oa])\b",
        r"\b(vanwege|gezien|omdat|doordat|in verband met)\b",
    ),
    "id_document": (
        r"\b(passport|driving licen[cs]e|photo ID|ID card|identity (card|document))\b",
        r"\bcopy of (your |a )?ID\b",
        r"\b(Personalausweis|Ausweis\w*|Reisepass)\b",
        r"\b(pièce|carte) d'identité\b",
        r"\b(DNI|NIE|pasaporte|documento (nacional )?de identidad)\b",
        r"\b(documento d'identità|carta d'identità|passaporto|documento di riconoscimento)\b",
        r"\b(identiteitsbewijs|paspoort|ID-kaart|rijbewijs)\b",
    ),
    "conditional": (
        r"^(if|should|in case|where|wenn|falls|sollten?|si|qualora|indien|mocht|en caso)\b",
        r"\b(may|might|could|can) (need to|be|ask|require|have to|request|extend)\b",
        r"\b(kann|können|könnte|könnten)\b.{0,40}\b(verlängert|verlängern)\b",
        r"\b(peut|pourra|pourrait|pouvons)\b.{0,20}\b(être )?(prolong|prorog)\w*",
        r"\b(puede|podrá|podría|podemos)\b.{0,20}\b(prorrog|ampli)\w*",
        r"\b(può|potrà|potrebbe|possiamo)\b.{0,20}\b(essere )?(prorog|estes)\w*",
        r"\b(kan|kunnen)\b.{0,30}\bverleng\w*",
        r"\b(eventuell|éventuellement|eventualmente|eventueel)\b",
        r"\bne\b.{0,40}\bque si\b",
        (
            r"\b(once|as soon as|sobald|nachdem|une fois que?|dès que|cuando|una vez que|non "
            r"appena|una volta che|zodra|nadat)\b.{0,40}\b(has been|have been|wurde|ist|a été|"
            r"ha sido|è stat[oa]|is)\b"
        ),
        r"\bpas\b.{0,40}\b(als|wanneer|nadat|zodra)\b.{0,40}\b(wij|we|u|je)\b",
        r"\berst (dann, )?(wenn|nachdem|sobald)\b",
        (
            r"\b(only if|nur (dann, )?wenn|solo si|solamente si|solo se|soltanto se|alleen als|"
            r"alleen wanneer)\b"
        ),
        # the complaint rights every letter recites: no event of their own
        r"\bright to (lodge|make|file|submit) a complaint\b",
        r"\bcomplain to the (Information Commissioner|ICO|supervisory|data protection)\b",
        r"\b(Beschwerderecht|Recht auf Beschwerde|Recht, sich .{0,40}zu beschweren)\b",
        r"\bBeschwerde bei (der|einer) .{0,40}Aufsichtsbehörde\b",
        r"\b(introduire|déposer|adresser) une réclamation\b",
        r"\b(presentar|interponer) una reclamación\b",
        r"\breclamación ante la (AEPD|Agencia)\b",
        r"\b(proporre|presentare) (un )?reclamo\b",
        r"\breclamo al Garante\b",
        r"\bklacht (indienen|in te dienen)\b",
        r"\bAutoriteit Persoonsgegevens\b",
        r"\b(dirigirse|acudir) a la (AEPD|Agencia Española de Protección de Datos)\b",
        r"\bsi considera que sus derechos no han sido\b",
        r"\b(saisir|s'adresser à) la CNIL\b",
        r"\b(rivolgersi|ricorrere) al Garante\b",
        r"\b(wenden|an) (Sie sich )?an die (zuständige )?(Datenschutz)?[Aa]ufsichtsbehörde\b",
        r"\bcontact the (Information Commissioner|ICO)\b",
    ),
    "noreply": (
        r"\bcannot (accept|receive) (incoming )?e-?mails?\b",
        r"\b(this|the) (mailbox|inbox|e-?mail address|address) is (not|un)monitored\b",
        r"\b(not|un)monitored\b",
        r"\bdo not reply\b",
        r"\bno-?reply\b",
        r"\bno (respondas|conteste|contestes)\b",
        r"\bne (pas )?répondez pas\b",
        r"\bantworten Sie nicht\b",
        r"\breageer niet\b",
        r"\bnon (rispondere|risponda|rispondete)\b",
        r"\b(replies|responses) (to|sent to) this (message|e-?mail|address)\b",
        r"\bnicht auf diese E-Mail\b",
        r"\bne pas (y )?répondre\b",
        r"\bno responda\b",
        r"\bnon rispondere\b",
        r"\bniet (op )?(deze|dit) (e-?mail|bericht) (beantwoorden|reageren)\b",
    ),
    "redirect": (
        r"\b(forwarded|passed|transferred|sent) your request (on )?to\b",
        r"\bweitergeleitet\b",
        r"\btransmis votre demande\b",
        r"\b(reenviado|trasladado|remitido) su solicitud\b",
        r"\binoltrato la (Sua|tua) richiesta\b",
        r"\bdoorgestuurd\b",
        r"\bcontact\b.{0,40}\bdirectly\b",
        r"\b(rivolgersi|rivolgerSi|La invitiamo a rivolgersi)\b.{0,30}\bdirettamente\b",
        r"\bwenden Sie sich\b.{0,40}\bdirekt\b",
        r"\bdirectement\b.{0,40}\b(auprès|à)\b",
        r"\badresser\b.{0,60}\bdirectement\b",
        r"\b(diríjase|dirigirse|contacte|póngase en contacto)\b.{0,40}\bdirectamente\b",
        r"\brechtstreeks\b.{0,40}\bcontact\b",
        r"\bcontact\b.{0,40}\brechtstreeks\b",
        r"\bdirect contact op met\b",
        r"\b(rivolgere|inoltrare|indirizzare) la (Sua |tua )?richiesta (a|al|alla|direttamente)\b",
        (
            r"\b(contacter directement|contact (them |the \w+ )?directly|direkt (an|kontaktieren)|"
            r"contacte directamente|contattare direttamente|rechtstreeks contact)\b"
        ),
        r"\brichten Sie (Ihre Anfrage|Ihr Anliegen|sich)\b.{0,30}\b(an|direkt)\b",
        r"\bzich (wenden|richten) tot\b",
        (
            r"\b(adresser|adressez)\b.{0,30}\b(à l'expéditeur|au responsable|à l'entreprise|à la "
            r"société)\b"
        ),
    ),
    "disclaimer": (
        (
            r"\b(message|e-?mail|mensaje|correo|messaggio|Nachricht|E-Mail|bericht|"
            r"courriel)\b.{0,120}\b(intended|destinatari\w*|destinataires?|indirizzat\w*|"
            r"bestimmt|bestemd|confidential|confidencial|confidentiel\w*|riservat\w*|"
            r"vertraulich\w*|vertrouwelijk)\b"
        ),
        (
            r"\b(confidential|confidencial|confidentiel|riservat\w*|vertraulich|"
            r"vertrouwelijk)\b.{0,120}\b(intended|destinatari\w*|destinataires?|error|"
            r"erreur|errore|irrtümlich|abusievelijk)\b"
        ),
    ),
    "past": (
        r"\b(we|had) (previously |already )?asked you\b",
        r"\bwe (e-?mailed|wrote to|contacted|messaged|wrote) you\b.{0,20}\b(ask|request)",
        r"\bcon fecha\b.{0,40}\ble (solicitamos|pedimos|requerimos)\b",
        r"\bhaben wir (Sie|dich|Ihnen)\b.{0,60}\b(gebeten|aufgefordert)\b",
        (  # "la documentación que nos envió": what the person sent already
            r"\bque nos (envió|remitió|aportó|mandó)\b|\bdie Sie uns (geschickt|gesendet|"
            r"übermittelt)\b|\bque vous nous avez (envoyé|transmis|fourni)\w*|\bche ci ha "
            r"(inviato|trasmesso)\b|\bdie u ons (heeft )?(gestuurd|gezonden)\b"
        ),
        r"\b(remitiera|enviara|aportara|facilitara|mandara)\b",
        r"\b(wir haben|hatten wir) (Sie|dich) .{0,40}\b(gebeten|aufgefordert)\b",
        r"\bnous vous avons (écrit|contacté|sollicité)\b",
        r"\b(le|te) (escribimos|contactamos)\b",
        r"\b(Le|ti) abbiamo (scritto|contattat[oa]|inviato)\b",
        r"\b(hebben|hadden) (wij|we) (u|je) .{0,30}(gemaild|geschreven|benaderd)\b",
        r"\b(avevamo|abbiamo) (già )?(chiesto|richiesto)\b",
        (
            r"\ble (solicitamos|pedimos|requerimos)\b.{0,20}\b(el pasado|anteriormente|en (nuestro|"
            r"un) (correo|escrito) anterior|el día)\b"
        ),
        r"\b(hatten|haben) Sie\b.{0,60}\bgebeten\b",
        r"\bvous (avions|avons) demandé\b",
        r"\b(hebben|hadden) (wij |we )?(u|je)\b.{0,40}\bgevraagd\b",
        r"\bEl pasado\b",
        r"\b(have|has) (now |successfully |already )*(been )?(verified|confirmed) your identity\b",
        r"\byour identity (has been|was|is) (now |successfully )?(verified|confirmed)\b",
        r"\bIdentität\b.{0,30}\b(wurde|ist)\b.{0,20}\b(bestätigt|verifiziert|geprüft)\b",
        r"\bidentité a (bien )?été (vérifiée|confirmée)\b",
        r"\bidentidad (ha sido|fue) (verificada|confirmada)\b",
        r"\bidentità è stata (verificata|confermata)\b",
        r"\bidentiteit is (geverifieerd|bevestigd|vastgesteld)\b",
    ),
    "answer_by": (  # a promise to answer by a date (classify weighs the date)
        (
            r"\b(respond|reply|answer|revert|get back|provide|send|hear from us)\w*\b.{0,60}\b(by|"
            r"before|no later than|until)\b"
        ),
        r"\b(bis (zum|spätestens)|spätestens (am|bis))\b",
        r"\b(au plus tard|d'ici le|avant le|jusqu'au)\b",
        r"\b(antes del?|a más tardar|hasta el)\b",
        r"\b(entro il|non oltre il|entro e non oltre)\b",
        r"\b(uiterlijk|vóór|voor) \d",
    ),
    "except": (
        (
            r"\b(except|excluding|apart from|with the exception|ausgenommen|außer|mit Ausnahme|"
            r"sauf|à l'exception|excepto|con excepción|a excepción|salvo|tranne|eccetto|"
            r"ad eccezione|a eccezione|fatta eccezione|eccezione fatta|behalve|met uitzondering|"
            r"uitgezonderd)\b"
        ),
    ),
    "no_data": (
        r"\b(did not|didn't|does not|doesn't) (return|find|show|reveal|identify) any\b",
        r"\bno (results|matches|matching records?)\b",
        r"\bnon risultano\b.{0,40}\bdati\b",
        r"\b(verwerken|hebben|bewaren)\b.{0,20}\bgeen (persoons)?gegevens\b",
        r"\bno (tratamos|disponemos|conservamos|tenemos)\b.{0,20}\b(ningún|ninguna|datos)\b",
        r"\bno consta(n)?\b.{0,30}\bdatos\b",
        r"\bne (disposons|détenons|conservons|possédons) d'aucune?\b",
        r"\b(hold|have|keep) no (personal )?(data|information|records?)\b",
        r"\bkeine\b.{0,30}\b(Daten|Informationen)\b.{0,20}\b(über Sie|zu Ihrer Person)\b",
        r"\bfound no (personal )?(data|information|records?|accounts?)\b",
        r"\bno (records?|data|information|accounts?) (were|was|could be) (found|located)\b",
        r"\bthere (is|are) no (personal )?(data|records?|information|accounts?)\b",
        (
            r"\b(could not|couldn't|did not|didn't|were unable to|was unable to|cannot) "
            r"(find|locate) any\b"
        ),
        (
            r"\b(do not|don't|does not|doesn't) (hold|have|store|process) any (personal "
            r")?(data|information)\b"
        ),
        (
            r"\bno (personal )?(data|information|records?|account) (about|relating to|"
            r"associated with|linked to|for|on) you\b"
        ),
        r"\bkeine\b.{0,40}\bDaten\b.{0,60}\b(gespeichert|vorhanden|gefunden|verarbeitet)\b",
        r"\bkein Kundenkonto\b",
        r"\baucune (donnée|information)\b",
        r"\bne (détenons|traitons|conservons) (aucune|pas de)\b",
        r"\bn'avons (trouvé|identifié) aucun",
        r"\bno hemos (encontrado|localizado) ningún\b",
        r"\bningún dato personal\b",
        r"\bno (tratamos|disponemos de|conservamos) (ningún|datos)\b",
        r"\bnon risultano dati\b",
        r"\bnessun dato (personale )?\b",
        r"\bnon (trattiamo|deteniamo|conserviamo) (alcun|dati)\b",
        (
            r"\bgeen (persoons)?gegevens\b.{0,60}\b(gevonden|aangetroffen|bekend|verwerkt|"
            r"opgeslagen)\b"
        ),
        r"\bgeen (klant|account|gegevens) (van|over) (je|u)\b",
        (
            r"\b(niets|nothing|nichts|rien|nada|nulla|niente)\b.{0,40}\b(gevonden|found|gefunden|"
            r"trouvé|encontrado|trovato)\b"
        ),
    ),
}  # fmt: skip
