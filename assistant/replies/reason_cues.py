"""The phrases that give a refusal's reason, and the ones that qualify a sentence.

Companion of assistant/replies/cues.py (the event signals), split out to keep each module
small. Reason signals start with `r_`: not verified, not the controller, an exemption, too many
requests, outside the law's reach. The others qualify: `because` (an extension that gives its
reasons), `id_document` (an ID request that wants a copy of an identity document),
`no_data` ("we hold nothing about you"), `conditional` and `noreply` (a sentence that only
says what might happen, or a no-reply footer: it carries no event), and `redirect` ("ask them
directly").
"""

from __future__ import annotations

REASON_CUES: dict[str, tuple[str, ...]] = {
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
        r"\b(documento d'identità|carta d'identità|passaporto)\b",
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
    ),
    "noreply": (
        r"\bcannot (accept|receive) (incoming )?e-?mails?\b",
        r"\b(this|the) (mailbox|inbox|e-?mail address|address) is (not|un)monitored\b",
        r"\b(not|un)monitored\b",
        r"\bdo not reply\b",
        r"\bno-?reply\b",
        r"\b(replies|responses) (to|sent to) this (message|e-?mail|address)\b",
        r"\bnicht auf diese E-Mail\b",
        r"\bne pas répondre\b",
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
        r"\b(avevamo|abbiamo) (già )?(chiesto|richiesto)\b",
        r"\ble (solicitamos|pedimos|requerimos)\b",
        r"\b(hatten|haben) Sie\b.{0,60}\bgebeten\b",
        r"\bvous (avions|avons) demandé\b",
        r"\b(hebben|hadden) (wij |we )?(u|je)\b.{0,40}\bgevraagd\b",
        r"\bEl pasado\b",
    ),
    "except": (
        (
            r"\b(except|excluding|apart from|ausgenommen|außer|sauf|à l'exception|excepto|"
            r"salvo|tranne|eccetto|ad eccezione|behalve|met uitzondering)\b"
        ),
    ),
    "r_not_verified": (
        r"\b(unable|not able|could not|couldn't|cannot|were not able) (to )?verify\b",
        r"\bfaute de\b.{0,30}\b(justificatif|pièce|réponse|document)",
        r"\bal no (haber )?(recibido|aportado|acreditado)\b",
        r"\ba falta de\b.{0,30}\b(documentaci|acreditaci|DNI)",
        r"\bin assenza (di|della|del)\b.{0,30}\b(documento|documentazione|riscontro)\b",
        r"\bmancata ricezione\b",
        r"\bmangels\b.{0,30}\b(Identitätsnachweis|Nachweis|Rückmeldung|Ausweis)",
        r"\bohne (Identitätsnachweis|Nachweis)\b",
        r"\bwithout (proof|verification) of (your )?identity\b",
        r"\bin the absence of\b.{0,40}\b(ID|identity|verification)\b",
        r"\bbij gebrek aan\b",
        r"\bzonder (kopie|identiteitsbewijs)\b",
        (
            r"\bgeen\b.{0,60}\b(identiteitsbewijs|kopie|legitimatie|"
            r"bevestiging)\b.{0,40}\bontvangen\b"
        ),
        r"\bkeine?n?\b.{0,60}\b(Ausweis\w*|Kopie|Nachweis|Bestätigung)\b.{0,40}\berhalten\b",
        r"\bsans (réception|retour)\b.{0,40}\b(justificatif|pièce|document|identité)\b",
        r"\bno (hemos recibido|haber recibido)\b.{0,60}\b(documentaci\w+|DNI|copia|identidad)\b",
        r"\bnon (abbiamo ricevuto|avendo ricevuto)\b",
        r"\b(unable|not able|could not|couldn't) (to )?verify your identity\b",
        r"\bnot (been )?(able to )?verif(y|ied)\b",
        (
            r"\b(not|never) (having )?received\b.{0,80}\b(identity|ID|documentation|"
            r"documents?|verification)\b"
        ),
        r"\bnon avendo ricevuto\b",
        r"\bal no haber recibido\b",
        r"\bn'ayant pas reçu\b",
        r"\bsans réponse de votre part\b",
        (
            r"\bIdentität\b.{0,40}\bnicht\b.{0,30}\b(bestätigt|nachgewiesen|verifiziert|"
            r"feststellen)\b"
        ),
        r"\bda wir .{0,60}keine? .{0,30}(Nachweis|Ausweis|Rückmeldung)\b",
        r"\bidentiteit niet\b",
        r"\bniet (hebben )?ontvangen\b.{0,60}\bidentiteit",
    ),
    "r_not_controller": (
        r"\bservice provider\b",
        r"\b(do|does) not (control|own|decide)\b",
        r"\bDienstleister\b",
        r"\bprestataire\b",
        r"\bproveedor de servicios\b",
        r"\bfornitore di servizi\b",
        r"\bdienstverlener\b",
        r"\bprocessor\b",
        r"\b(independent|separate|the) controller\b",
        r"\bsous-traitant\b",
        r"\bAuftragsverarbeiter\b",
        r"\bim Auftrag (unserer|von) (Kunden|Auftraggeber)",
        r"\bencargad[oa] del tratamiento\b",
        r"\bresponsabile del trattamento\b",
        r"\b(per conto|on behalf) (dei|of (our|its|the)) (clienti|clients|customers)\b",
        r"\bverwerker\b",
        r"\bverwerkingsverantwoordelijke\b",
        r"\bcontact (them|\w+) directly\b",
        r"\bresponsable(s)? (indépendant |autonome )?(du|des|de) traitement",
        r"\bresponsable del tratamiento\b",
        r"\b(autonomo )?titolare (autonomo )?del trattamento\b",
        r"\bVerantwortliche\b",
    ),
    "r_exemption": (
        r"\bexempt(ed|ion)?\b",
        (
            r"\b(as )?(permitted|allowed|provided for) (by|under)\b.{0,40}\b(Schedule|Act|"
            r"Article|Art\.|section|law|regulations?)\b"
        ),
        r"\bSchedule 2\b",
        r"\b(zulässig|erlaubt) (nach|gemäß)\b",
        r"\b(autorisée?s?|permise?s?) par (l'article|la loi)\b",
        r"\b(permitid[oa]s?|amparad[oa]s?) (por|en) (el artículo|la ley)\b",
        r"\b(consentit[oa]|previst[oa]) (dall'art|dalla legge)\w*\b",
        r"\b(toegestaan|toegelaten) (op grond van|volgens)\b",
        r"\bausgenommen\b",
        r"\bexonér\w*\b",
        r"\bexent[oa]s?\b",
        r"\besent[ie]\b",
        r"\b(vrijgesteld|uitgezonderd)\b",
        (
            r"\b(tax|accounting|legal|statutory|regulatory) (obligations?|requirements?|"
            r"reasons|purposes)\b"
        ),
        r"\b(must|have to|need to|are required to) (keep|retain)\b",
        r"\bobligations? (fiscales?|comptables?|légales?)\b",
        r"\bobligaci\w+ (fiscales?|legales?|contables?)\b",
        r"\bobblighi (fiscali|di legge|contabili|normativi)\b",
        r"\b(fiscale|wettelijke) bewaarplicht\b",
        r"\b(steuer|handels)rechtlich\w*\b",
        r"\b(required|obliged|obligated) (by law )?to (retain|keep|preserve)\b",
        r"\bretention (period|obligation)\b",
        r"\blegal (obligation|requirement)s?\b",
        r"\banti-money[- ]laundering\b",
        r"\bexemption\b",
        r"\bexception\b",
        r"\bAufbewahrungs(pflicht|frist)\w*\b",
        r"\baufbewahren\b",
        r"\bobligation légale\b",
        r"\bconserv(er|ées) .{0,40}(ans|durée)\b",
        r"\bconserva(r|dos)\b.{0,60}\b(años|obligación|ley)\b",
        r"\bobligación legal\b",
        r"\bblanqueo\b",
        r"\bconservati per\b",
        r"\bobblig\w+ (di legge|legal\w*)\b",
        r"\bantiriciclaggio\b",
        r"\bwettelijke (bewaar)?(plicht|termijn|verplichting)\b",
        r"\bbewaren\b",
        r"\bwitwas\w*\b",
        r"\btrade secrets?\b",
        r"\bGeschäftsgeheimnis\w*\b",
        r"\bsecret des affaires\b",
        r"\blegal claims?\b",
        r"\bRechtsansprüche\b",
        r"\bfreedom of expression\b",
    ),
    "r_too_many": (
        r"\bexcessive\b",
        r"\bmanifestly unfounded\b",
        r"\bmore than twice\b",
        r"\balready (responded|answered|replied) to\b.{0,40}\brequests?\b",
        r"\bexzessiv\b",
        r"\boffenkundig unbegründet\b",
        r"\bbereits\b.{0,40}\b(gleichlautende|mehrere|wiederholt)\b",
        r"\bexcessive?s?\b",
        r"\bmanifestement (infondée|excessive)\b",
        r"\brépétiti\w+\b",
        r"\bexcesiv[ao]s?\b",
        r"\breiterad\w+\b",
        r"\beccessiv[ao]\b",
        r"\bripetitiv\w+\b",
        r"\bbuitensporig\b",
        r"\bherhaald\w*\b",
        r"\bkennelijk ongegrond\b",
    ),
    "r_jurisdiction": (
        r"\bnot subject to\b",
        r"\bdo not meet (its|the) .{0,20}thresholds?\b",
        r"\bnicht (unter|dem)\b.{0,30}\b(Anwendungsbereich|Gesetz)\b",
        r"\bne sommes pas soumis\b",
        r"\bno (estamos|está) sujet[oa]s?\b",
        r"\bnon siamo soggetti\b",
        r"\b(niet onderworpen|vallen niet onder)\b",
        r"\bkeine Anwendung\b",
        r"\bn'est pas applicable\b",
        r"\bno es de aplicación\b",
        r"\bnon trova applicazione\b",
        r"\b(do|does|did) not (apply|extend) to\b",
        r"\bnot a resident\b",
        r"\bonly (available|applies) to residents\b",
        r"\bresidents? of (states|a state|jurisdictions) (that|which|without)\b",
        r"\bno (applicable )?(consumer )?privacy law\b",
        r"\boutside (the )?(EU|EEA|European|scope|United States)\b",
        r"\bnicht anwendbar\b",
        r"\bnicht (in den )?Anwendungsbereich\b",
        r"\bne s'applique pas\b",
        r"\bhors (du )?champ\b",
        r"\bno cuenta con (una )?ley\b",
        r"\bno (es|resulta) aplicable\b",
        r"\bno se aplica\b",
        r"\bnon si applica\b",
        r"\bnon è applicabile\b",
        r"\bniet van toepassing\b",
        (
            r"\bresid(e|es|ent)\b.{0,80}\b(no|not|without|doesn't|does not)\b.{0,40}\b(law|"
            r"right|ley|derecho)\b"
        ),
        r"\breside en\b.{0,80}\bno\b",
    ),
    "no_data": (
        r"\b(did not|didn't|does not|doesn't) (return|find|show|reveal|identify) any\b",
        r"\bno (results|matches|matching records?)\b",
        r"\bnon risultano\b.{0,40}\bdati\b",
        r"\b(verwerken|hebben|bewaren)\b.{0,20}\bgeen (persoons)?gegevens\b",
        r"\bno (tratamos|disponemos|conservamos|tenemos)\b.{0,20}\b(ningún|ninguna|datos)\b",
        r"\bno consta(n)?\b.{0,30}\bdatos\b",
        r"\bne disposons d'aucune\b",
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
    ),
}  # fmt: skip
