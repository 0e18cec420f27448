"""What the words around a reply's phrase say about it: an if-clause and the instruction after
it, a statement that nothing needs doing, a request not to send an ID, a ticket label, data
sent or attached, records gone when their keeping time ran out, no account at all, a "please",
the way a request came ("by e-mail"), a closing after the answer, advice not to send again.

assistant/replies/cues.py applies these to the signals of each sentence and
assistant/replies/classify.py to the weighing of sentences; they are kept here so that each
list stays readable beside its examples.
"""

from __future__ import annotations

import re

# "If you wish to exercise other rights, use the form on our website": the if-clause is a
# condition, the clause after it says what to do now.
LEADING_CONDITION = re.compile(
    r"^\s*(if|wenn|falls|si|se|als|indien|mocht|en caso de que)\b[^,;:]{3,160}[,;:]\s*(.+)$",
    re.IGNORECASE,
)
# a main clause that only says what would follow ("we will ask", "nous vous contacterons")
THEN_FUTURE = re.compile(
    r"^(then )?(we|wir|nous|nosotros|noi|wij|we'll|dann)\b|^(we will|we'll|wir werden)\b",
    re.IGNORECASE,
)


# "si desea darse de baja, puede hacerlo llamando ...": an option offered, not where to go
YOU_MAY = re.compile(
    r"^(you can|you may|vous pouvez|sie können|puede|podrá|puedes|può|potrà|puoi|u kunt|"
    r"kunt u|je kunt|kun je)\b",
    re.IGNORECASE,
)


NO_ACTION_NEEDED = re.compile(
    r"\b(?:(?:do not|don't|no) need to|nothing (?:you need|for you) to do|no action (?:is )?"
    r"(?:needed|required)|müssen (?:Sie|du) nichts|(?:vous )?n'avez rien à faire|"
    r"no (?:es necesario que|tiene que) (?:haga|hacer)|non (?:deve|devi) fare nulla|"
    r"(?:u|je) hoeft niets|nicht (?:notwendig|nötig|erforderlich)|not necessary|"
    r"pas nécessaire|no es necesari[oa]|non è necessari[oa]|niet nodig)\b",
    re.IGNORECASE,
)
DONT_SEND = re.compile(
    r"\b(?:don't|do not|never) (?:send|email|e-mail|upload)\b|\bnicht (?:per e-?mail )?"
    r"(?:senden|schicken)\b|\bn'envoyez (?:pas|jamais)\b|\bno (?:nos )?(?:envíe|envíes|mande)\b|"
    r"\bnon (?:ci )?(?:invii|inviare|mandare)\b|\bstuur (?:ons )?geen\b",
    re.IGNORECASE,
)
ID_LABEL = re.compile(
    r"\b(?:request|ticket|case|reference|order|customer|client|kunden|vorgangs?|dossier|"
    r"pratica|caso|zaak)[ -]?(?:id|nr|no|number|nummer|numéro|número|numero)\s*[:#]",
    re.IGNORECASE,
)
SENT = re.compile(
    r"\b(?:haben wir Ihnen|we have|we've|nous vous avons|le hemos|le abbiamo|hebben wij u|"
    r"hebben we je)\b.{0,60}\b(?:gesandt|gesendet|geschickt|zugesandt|zugesendet|"
    r"übersandt|übermittelt|sent|posted|envoyé\w*|expédié\w*|"
    r"enviado|remitido|inviato|spedito|gestuurd|verzonden)\b",
    re.IGNORECASE,
)
NO_ACCOUNT = re.compile(
    r"\b(?:no|not|kein\w*|pas de|aucun\w*|ning[uú]n\w*|nessun\w*|geen)\s+(?:\w+\s+)?"
    r"(?:account|konto|kundenkonto|compte|cuenta|conto|profiel|profil\w*)\b",
    re.IGNORECASE,
)
# Words that speak to the person: an ID request asks them ("please send", "Ihre", "votre").
ADDRESSED = re.compile(
    r"\b(?:you|your|please|kindly|sie|ihr\w*|ihnen|bitte|du|dein\w*|dich|dir|vous|votre|vos|"
    r"veuillez|merci de|usted|su|sus|le|les|por favor|te|tu|tus|lei|suo|sua|la preghiamo|ti|"
    r"tuo|tua|per favore|u|uw|je|jouw|gelieve|graag|wilt|"
    r"interessat[oa]|betroffene\w*|concerned|concernée|interesad[oa]|betrokkene|requester|"
    r"requestor|data subject|titular|titulaire|titolare|inhaber\w*|owner|holder)\b",
    re.IGNORECASE,
)
DATA_COPY = re.compile(
    r"\b(?:copie|copy|kopie|copia|overzicht|übersicht|relación|overview|récapitulatif|"
    r"riepilogo)\b.{0,40}\b(?:données|data|daten|datos|dati|gegevens|information|informations)\b",
    re.IGNORECASE,
)
# "kept for the legal period and then destroyed", "Aufbewahrungsfrist ist abgelaufen"
EXPIRED = re.compile(
    r"\b(?:ya no (?:constan|existen|están|disponemos)|no longer (?:exist|held|available|kept)|"
    r"(?:liegen|sind)\b.{0,30}\b(?:nicht|keine \w+) mehr vor|nicht mehr vorhanden|"
    r"niet meer aanwezig|non (?:sono )?più disponibil\w*|ne (?:sont|figurent) plus|"
    # "no longer exist" only with a keeping time ("we keep recordings three months"): said of
    # an account just deleted, it is the deletion done
    r"(?:bewaren|kept|keep|retain\w*|aufbewahr\w*|speicher\w*|conserv\w*).{0,80}"
    r"(?:bestaan\w* (?:\w+ )?niet meer|(?:no longer|don't|do not) exist\w*|exist\w* any ?more|"
    r"ya no existen|n'existent plus|non esistono più|(?:gibt es|existieren) (?:\w+ )?nicht mehr)|"
    r"(?:frist|period|plazo|délai|termine|termijn)\w* .{0,30}(?:abgelaufen|expired|vencid\w*|"
    r"expiré\w*|scadut\w*|verstreken))",
    re.IGNORECASE,
)


COMPARED = re.compile(
    r"\b(?:compar\w*|abgeglichen|verglichen|confrontat\w*|vergeleken|cotejad\w*)\b", re.IGNORECASE
)
# "the archive includes your profile and identity verification data": what the data holds
CONTENTS = re.compile(
    r"\b(?:the (?:archive|file|export|zip|attachment|copy) (?:includes|contains|comprises)|"
    r"(?:Archiv|Datei|Export|Anhang) (?:enthält|umfasst)|(?:archive|fichier|export) "
    r"(?:contient|comprend)|(?:archivo|fichero|export\w*) (?:incluye|contiene|comprende)|"
    r"(?:archivio|file|esportazione) (?:include|contiene|comprende)|"
    r"(?:archief|bestand|export) (?:bevat|omvat))\b",
    re.IGNORECASE,
)
THIS_LETTER = re.compile(
    r"\bcopy of (?:this|our) (?:letter|e-?mail|message|reply)\b|\bKopie dieses Schreibens\b|"
    r"\bcopie de (?:ce|cette) (?:courrier|lettre|message)\b",
    re.IGNORECASE,
)
ATTACHED = re.compile(
    r"\b(attached|enclosed|anbei|anhang|anlage|ci-joint|jointe?s?|adjunt\w*|allegat\w*|"
    r"bijlage|bijgevoegd)\b",
    re.IGNORECASE,
)


# "Please submit it again via ...", "nous vous invitons à ...": the way, asked of the person
PLEASE = re.compile(
    r"\b(?:please|kindly|bitte|wilt u|wil je|veuillez|nous vous invitons|merci de|le rogamos|"
    r"la invitamos|por favor|la invitiamo|la preghiamo|per favore|gelieve)\b",
    re.IGNORECASE,
)
# "you can change or delete it yourself in your settings": a self-service way
SELF = re.compile(
    r"\b(?:yourself|selbst|vous-même|usted mismo|tú mismo|autonomamente|zelf)\b", re.IGNORECASE
)
THE_FORM = re.compile(
    r"\b(?:the form|this form|das Formular|le formulaire|el formulario|il modulo|het formulier)\b",
    re.IGNORECASE,
)
# "Your request is now closed": said after the answer, it refuses nothing.
CLOSED = re.compile(
    r"\b(?:closed|abgeschlossen|geschlossen|clôturée?s?|cerrad[ao]s?|chius[ao]|archiviat[ao]|"
    r"afgesloten|gesloten)\b",
    re.IGNORECASE,
)
# The way a request came ("by e-mail", "auf diesem Weg", "por este canal"): a refusal of it
# points to another channel.
MEDIUM = re.compile(
    r"\b(?:e-?mails?|mail|this (?:way|channel|route)|diesem Weg|per E-Mail|par (?:e-?mail|"
    r"courriel)|ce canal|este canal|por correo|questo canale|via e-?mail|per e-?mail|"
    r"dit kanaal|deze weg|telephone|phone|telefon\w*|téléphone|teléfono|telefono|"
    r"courrier électronique|cette adresse|this (?:e-?mail )?address|diese(?:r)? Adresse|"
    r"esta dirección|questo indirizzo|dit (?:e-?mail)?adres)\b",
    re.IGNORECASE,
)
# A part said to be gone when its keeping time ran out ("recordings are kept 30 days").
KEPT_FOR = re.compile(
    r"\b(?:conserv\w*|retention|retain\w*|kept|aufbewahr\w*|speicher\w*|bewaar\w*|bewar\w*|"
    r"bewaartermijn|destroy\w*|destru\w*|vernicht\w*|overwritten|überschrieben|"
    r"sovrascritt\w*|écras\w*|borrad\w*|expired|abgelaufen|\d+ (?:days|tage\w*|jours|"
    r"días|giorni|dagen|months|monate\w*|mois|meses|mesi|maanden))\b",
    re.IGNORECASE,
)


# "There is no need to send it again", "no vuelva a enviar la misma solicitud", "non è
# necessario inviare di nuovo la richiesta": the person is told not to repeat the request.
NO_RESEND = re.compile(
    r"\b(no need to|do not|don't|need not|please don't) (re-?send|re-?submit|send|submit)\b"
    r"[^.]{0,60}\b(again|anew|twice)\b"
    r"|\bno (vuelva|hace falta|es necesario|necesita) (a |volver a )?"
    r"(enviar|remitir|reenviar|mandar)"
    r"|\bnon (è necessario|serve|occorre|deve) (inviare|reinviare|inoltrare|rimandare|mandare)"
    r"[^.]{0,30}\b(di nuovo|nuovamente|ancora)\b"
    r"|\b(n'est pas nécessaire|inutile|pas besoin|ne (nous )?(renvoyez|envoyez) pas)\b[^.]{0,40}"
    r"\b(renvoyer|réenvoyer|à nouveau|de nouveau|une nouvelle fois)\b"
    r"|\b(nicht|kein\w*)\b[^.]{0,30}\b(erneut|nochmals|noch einmal)\b[^.]{0,30}"
    r"\b(senden|schicken|einreichen|zusenden|übermitteln)\b"
    r"|\b(niet|hoeft)\b[^.]{0,40}\b(opnieuw|nogmaals)\b[^.]{0,20}\b(te )?(sturen|versturen|"
    r"indienen|mailen)\b",
    re.IGNORECASE,
)
# "A colleague is looking into which data we can delete and which we must keep": the company
# says what it will weigh, not what it refuses.
STILL_CHECKING = re.compile(
    r"\b(is|are|will be) (looking into|checking|reviewing|examining) (which|what|whether)\b"
    r"|\b(zoekt|zoeken|kijkt|kijken) (uit|na) (welke|wat|of)\b"
    r"|\b(prüft|prüfen|klärt|klären)\b[^.]{0,30}\b(welche|ob)\b"
    r"|\b(examine|examinons|vérifie|vérifions|étudie|étudions)\b[^.]{0,30}\b(quelles|si)\b"
    r"|\b(revisará|revisaremos|analizará|analizaremos|comprobará|comprobaremos)\b[^.]{0,30}"
    r"\b(qué|cuáles|si)\b"
    r"|\b(verificherà|verificheremo|valuterà|valuteremo|sta verificando|stiamo verificando)\b"
    r"[^.]{0,30}\b(quali|se)\b",
    re.IGNORECASE,
)
# "we have corrected your date of birth and ID card number": the ID number was the data put
# right, nothing asked of the person (unless the sentence asks: "please send ...").
CORRECTED = re.compile(
    r"\b(?:corregido|rectificado|actualizado|corrected|updated|rectified|amended|corrigée?s?|"
    r"rectifiée?s?|mise?s? à jour|berichtigt|korrigiert|aktualisiert|corrett[oaie]|"
    r"rettificat[oaie]|aggiornat[oaie]|gecorrigeerd|aangepast|bijgewerkt)\b",
    re.IGNORECASE,
)
ASKING = re.compile(
    r"\b(?:please|send|provide|envíe\w*|aporte|remita|necesitamos|bitte|senden|übermitteln|"
    r"veuillez|envoyer|fournir|inviare|invii|la preghiamo|stuur|graag|gelieve)\b",
    re.IGNORECASE,
)
# "we searched our systems using your name, address and date of birth": a search made.
SEARCHED = re.compile(
    r"\b(?:(?:hebben|heb) (?:\w+ ){0,2}gezocht|we (?:have )?searched|haben (?:\w+ ){0,3}gesucht|"
    r"avons (?:\w+ ){0,2}recherché|hemos buscado|abbiamo (?:\w+ ){0,2}cercato|abbiamo "
    r"effettuato (?:una )?ricerca)\b",
    re.IGNORECASE,
)
