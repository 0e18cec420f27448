"""Cues by frame: a kind of word beside another kind, whatever the exact phrase.

Companion of assistant/replies/cues.py. The phrase lists there know set wordings; the frames
here know how a sentence is built, so a wording no list foresaw still carries its signal:
an "added" word beside a period ("a further 45 days", "vier weken extra"), a negated verb of
deciding ("wij bepalen niet wat ermee gebeurt"), a law that makes the company keep something,
"no longer exists", "outside the scope of" a law, a request called abusive, a request to write
from or name the address "so that we can match it to your account". The reasons' frames are
in assistant/replies/frame_reasons.py; `signals` in cues.py adds both to the phrase and stem
signals.
"""

from __future__ import annotations

_NUMBER = (
    r"(\d{1,3}|a|an|one|two|three|four|five|six|eight|ein\w*|zwei|drei|vier|fünf|sechs|acht|un|"
    r"une|deux|trois|quatre|cinq|huit|uno|una|dos|tres|cuatro|cinco|seis|ocho|due|tre|quattro|"
    r"cinque|sei|otto|een|één|twee|drie|vijf|zes)"
)
_UNIT = (
    r"(days?|weeks?|months?|Tage?\w*|Woche\w*|Monat\w*|jours?|semaines?|mois|días?|semanas?|"
    r"mes|meses|giorn[oi]|settiman[ae]|mesi|mese|dag|dagen|week|weken|maand|maanden)"
)
_MORE = (
    r"(further|additional|extra|more|weitere\w*|zusätzliche\w*|supplémentaires?|additionnel\w*|"
    r"adicional\w*|más|ulterior[ei]|aggiuntiv\w*|in più|meer|langer|länger|plus(?! tard))"
)
NEG = r"(not|don't|doesn't|nicht|pas|no|non|niet|geen|keine?)"

FRAME_CUES: dict[str, tuple[str, ...]] = {
    "extension": (
        rf"\b{_NUMBER}[- ]{_UNIT}\s+extension\b",
        rf"\b{_NUMBER}\s+{_MORE}\s+{_UNIT}\b",
        rf"\b{_MORE}\s+(?:(?:a|an)\s+)?{_NUMBER}\s+{_UNIT}\b",
        # "wir benötigen noch etwa sechs Wochen", "il nous faut encore environ deux mois",
        # "we still need about six weeks": time still needed, counted
        (
            r"\b(noch|encore|todavía|ancora|nog|still need|need another)\s+(etwa|ca\.?|circa|"
            r"rund|ungefähr|environ|unos|unas|aproximadamente|circa|ongeveer|zo'n|about|around)?"
            rf"\s*{_NUMBER}\s+{_UNIT}\b"
        ),
        rf"\b{_NUMBER}\s+{_UNIT}\s+(?:de\s+)?{_MORE}\b(?! than| als| que| dan| di)",
        (
            r"\b(a little |a bit |somewhat |slightly |etwas |un peu |algo |un po' |iets )?"
            r"(longer than (usual|expected|planned|normal)|länger als (üblich|gewöhnlich|geplant|"
            r"vorgesehen)|plus longtemps que (prévu|d'habitude)|más tiempo de lo (habitual|"
            r"previsto|normal)|più tempo del (previsto|solito)|langer dan (gebruikelijk|verwacht|"
            r"gepland))"
        ),
    ),
    "refuse": (
        (
            r"\b(stay|remain)s? on (file|record)\b|\bbleiben\b.{0,30}\b(gespeichert|aufbewahrt)\b|"
            r"\brest(e|ent|era|eront) (archivée?s?|conservée?s?)\b|\b(seguirá|seguirán|"
            r"permanecerá|permanecerán) (conservad|archivad)\w*|\b(rimarrà|rimarranno|resterà|"
            r"resteranno) (conservat|archiviat)\w*|\bblijv(en|t) (bewaard|opgeslagen)\b"
        ),
    ),
    "extension_frame": (  # "we won't be able to close this within the usual 45 days"
        (
            rf"\b({NEG}|won't|unable to|cannot|can't|niet|keine?)\b.{{0,60}}\b(within|innerhalb|"
            r"dans|dentro|entro|binnen|in)\s+(the\s+|der\s+|le\s+|el\s+|il\s+|de\s+|eines?\s+|"
            r"un\s+|"
            r"una\s+|één\s+)?(usual|statutory|normal|legal|gesetzlichen|üblichen|légal|habituel|"
            r"habitual|consueto|previsto|gebruikelijke|wettelijke|gewone)?\s*(\d+\s+days|month|"
            r"Monats|Monatsfrist|Frist|délai|mois|plazo|mes|termine|mese|termijn|maand|period|"
            r"time limit)"
        ),
    ),
    "done": (
        (
            r"\b(ya no (tenemos|guardamos|conservamos)|we no longer (have|hold|keep|store)|nous ne "
            r"(conservons|gardons|détenons) plus|non (conserviamo|abbiamo|deteniamo) più|gibt es "
            r"nicht mehr|(are|is) gone for good)\b"
        ),
        (r"\b(wir|we|wij) (speichern|haben|bewaren|hebben) (\w+ ){0,3}(nicht mehr|niet meer)\b"),
        (
            r"\b(ontvang(t|en|je)|receive|erhalten|recevrez|recibirás|recibirá|riceverai|riceverà)\b"
            r".{0,30}\b(geen|keine|no|aucune?|nessun\w*)\b.{0,50}\b(meer|mehr|more|longer|plus|più)\b"
        ),
        (
            r"\b(schicken|senden|send|envoyons|enverrons|enviaremos|invieremo|inviamo|sturen) "
            r"(wir |we |nous |)(Ihnen |you |vous |le |ti |u |je )?(\w+ ){0,2}(nicht mehr|no longer|"
            r"plus|più|niet meer)\b"
        ),
        (
            r"\b(ne seront plus|will no longer be|werden nicht mehr|ya no (serán|se)|"
            r"non saranno più|"
            r"worden niet meer) (\w+ )?(cédée?s|partagée?s|vendue?s|transmises?|utilisée?s|shared|"
            r"sold|used|disclosed|weitergegeben|verkauft|geteilt|verwendet|cedid\w+|compartid\w+|"
            r"vendid\w+|cedut\w|condivis\w|vendut\w|utilizzat\w|gedeeld|verkocht|doorgegeven|"
            r"gebruikt)\b"
        ),
        (
            r"\b(niet meer|nicht mehr|no longer|ya no|non (sono |è )?più|ne sont plus)\b.{0,40}"
            r"\b(te vinden|zu finden|to be found|se encuentran|reperibil\w*|trouvables?|vorhanden|"
            r"aanwezig)\b"
        ),
        (
            r"\b(now|désormais|nunmehr|jetzt|ahora|ya|ora|adesso|inmiddels) (appears?|shows?|"
            r"figurent|figure|steht|stehen|consta|constan|figura|figuran|aparece|aparecen|appare|"
            r"appaiono|erscheint|apparaît|verschijnt|risulta|risultano|staat|"
            r"staan)\b"
        ),
        (
            r"\b(appears?|figurent|figure|steht|stehen|consta|constan|figura|figuran|risulta|"
            r"risultano|staat|staan) (now|désormais|nunmehr|jetzt|ahora|ya|ora|adesso|nu|"
            r"inmiddels)\b"
        ),
        (
            r"\b(you will|you'll) no longer receive|\bnon ricever(ai|à) più\b|\bya no "
            r"(recibirás|recibirá|te enviaremos|le enviaremos)\b|\bne recevrez plus\b|\bniet meer "
            r"ontvangen\b|\b(è stato|sono stati|è stata) (tolt[oai]|rimoss[oai])\b"
        ),
        (
            r"\b(no longer exists?|existiert nicht mehr|n'existe plus|ya no existe|non esiste più|"
            r"bestaat niet meer|no longer (present|stored|held) (in|on)|"
            r"non (sono|è) più present[ie]|ya no (consta|figura|aparece)n?|ne figurent? plus|"
            r"sind nicht mehr gespeichert)\b"
        ),
        r"\b(abbiamo|ho) (completato|concluso|eseguito) la (cancellazione|rettifica|richiesta)\b",
    ),
    "identity_frame": (  # cues.py drops it beside a channel ("use the form, so we can find you")
        (
            r"^(?=.*\b(bitte|please|merci de|veuillez|por favor|le rogamos|la preghiamo|gelieve|"
            r"graag|kindly)\b).*\b(damit|so that|so we can|afin de|afin que|pour que|pour pouvoir|"
            r"para que|para poder|per poter|affinché|zodat|om)\b.{0,80}\b(zuordnen|zuzuordnen|"
            r"finden|match|find|locate|identify|retrouver|identifier|localizar|encontrar|"
            r"identificar|individuare|trovare|identificare|koppelen|vinden|terugvinden)\b"
        ),
    ),
    "identity_frame2": (
        (
            r"\b(security question|Sicherheitsfrage|question (de sécurité|secrète)|pregunta de "
            r"seguridad|domanda di sicurezza|beveiligingsvraag)"
        ),
        (
            r"\b(teilen Sie uns|nennen Sie uns|tell us|let us know|indiquez-nous|communiquez-nous|"
            r"indíquenos|comuníquenos|ci comunichi|ci indichi|laat ons weten|geef ons)\b.{0,60}"
            r"(nummer|number|numéro|número|numero|Geburtsdatum|date of birth|date de naissance|"
            r"fecha de nacimiento|data di nascita|geboortedatum)"
        ),
        (
            r"^(?=.*\b(le rogamos|please|bitte|merci de|veuillez|por favor|la preghiamo|gelieve)\b)"
            r".*\b(aport\w*|send|provide|fourni\w*|envoy\w*|übermittel\w*|senden|invi\w*|stuur|"
            r"toesturen|facilit\w*)\b.{0,40}\b(documento|document|Dokument|libro de familia|"
            r"certificate|Urkunde|acte|certificato|akte|Nachweis|justificatif|bewijs)\b"
        ),
        (
            r"\b(need|benötigen|brauchen|necesitamos|necesitaremos|abbiamo bisogno|avons besoin|"
            r"hebben (we|wij))\b.{0,60}\b(telefoonnummer|phone number|Telefonnummer|numéro de "
            r"téléphone|número de teléfono|numero di telefono|klantnummer|customer number|"
            r"Kundennummer|numéro (de )?client|número de (cliente|socio)|numero (di )?cliente|"
            r"geboortedatum|date of birth|Geburtsdatum)\b"
        ),
        (
            r"\b(reply|respond|antworten Sie|répondez|respóndenos|respóndanos|responda|rispondi|"
            r"risponda|antwoord|beantwoord)\w* (us |uns |nous |ci )?(with|mit|avec|con|"
            r"met)\b.{0,40}"
            r"\b(número|numero|number|Nummer|numéro|nummer|dígitos|digits|Ziffern|chiffres|cifre|"
            r"cijfers|name|Namen|nom|nombre|nome|naam)\b"
        ),
        (
            r"^(?=.*\b(right|correct|richtigen?|bonne|correcta|correcto|giusta|giusto|juiste)\s+"
            r"(person|Person|personne|persona|persoon|account|Konto|compte|cuenta|conto)\b).*"
            r"\b(reply with|send us|tell us|let us know|give us|nennen Sie|teilen Sie|indiquez|"
            r"envoyez|indíquenos|envíenos|indícanos|ci indichi|ci invii|stuur ons|laat ons weten|"
            r"geef ons)\b"
        ),
        (
            r"\b(necessario|necesario|nécessaire|necessary|need|benötigen|nodig|required|"
            r"erforderlich)\b.{0,60}\b(modulo di delega|delega|mandat|Vollmacht|machtiging|"
            r"authori[sz]ation form|power of attorney|poder|documento d'identità|"
            r"documento del delegante|firmat[oa]|signed|signé|unterschrieben|ondertekend)\b"
        ),
    ),
    "channel": (
        (
            r"\b(click|cliccare|clicca|cliquez|cliquer|haga clic|pulse|klicken|klik)\b.{0,30}"
            r"(unsubscribe|disiscriv\w*|désinscri\w*|désabonne\w*|darse de baja|baja|abmelden|"
            r"afmelden|uitschrijven)"
        ),
        (
            r"\b(se )?canaliz\w+ (por|a través)|\bkanalisiert\b|\bcentralisées? (via|par)\b|"
            r"\bpassano (tutte )?(per|tramite)\b|\b(verlopen|gaan) (allemaal )?via\b"
        ),
        (
            r"\b(use|usa|utilisez|utiliza|nutzen Sie|gebruik)\b.{0,30}\b(link|lien|enlace)\b.{0,60}"
            r"\b(unsubscribe|annulla iscrizione|disiscriv\w*|abmelden|désinscri\w*|désabonne\w*|"
            r"darse de baja|baja|afmelden|uitschrijven)"
        ),
        (
            r"\b(laufen|läuft|gehen|erfolgen) (bei uns )?(ausschließlich |nur )?über\b|\b(go|"
            r"goes|are "
            r"handled) (only )?through\b|\bpassent (uniquement )?par\b|\b(se gestionan|se "
            r"tramitan|se realizan) (únicamente |solo )?(a través de|por medio de|desde)\b|"
            r"\b(vanno|"
            r"devono essere) (presentate|inviate|inoltrate) (tramite|via|attraverso)\b|\b(lopen|"
            r"gaan) (bij ons )?(alleen )?via\b"
        ),
    ),
    "ooo": (
        (
            r"\b(nicht im Haus|außer Haus|not in the office|hors du bureau|fuera de la oficina|"
            r"fuori (ufficio|sede)|niet op kantoor|niet aanwezig)\b"
        ),
    ),
    "refuse_frame": (  # "we have nothing from that period", "we close your request"
        (
            r"\b(keep|retain|bewahren|bewaren|conservons|conserverons|conservaremos|conserviamo)\b"
            r".{0,40}\b(nog|still|noch|encore|todavía|ancora|another|a further)\b.{0,20}\b(jaar|"
            r"years?|Jahre|ans|años|anni)\b"
        ),
        (
            r"\bne (le |la |les )?(retirerons|supprimerons|effacerons|modifierons|communiquerons) "
            r"pas\b|\bdamos (la|su) solicitud por cerrada\b|\b(consider|treat) (the|your) request "
            r"(as )?closed\b|\bconsidérons (votre|la) demande comme (close|clôturée)\b|"
            r"\bconsideriamo (la (sua )?richiesta )?(chiusa|archiviata)\b"
        ),
        (
            r"\b(geben|händigen) wir (\w+ )?nicht heraus\b|\bnicht herausgeben\b|\b(vernietigen|"
            r"verwijderen|wissen|verstrekken|löschen|vernichten) (wij|we|wir) (\w+ )?(niet|nicht)\b"
        ),
        r"\bwe have closed (it|your request)\b",
        r"\b(held|holding|hold) back\b|\bzurückgehalten\b|\bnon (le )?(forniremo|comunichiamo)\b",
        (
            r"\b(keep|retain|bewahren|speichern|conserverons|conservons|mantendremos|conservaremos|"
            r"conserveremo|manteniamo|bewaren|behouden)\b.{0,80}\b(until|bis|jusqu'?|hasta|"
            r"fino al?|"
            r"tot)\b.{0,20}\b(20\d\d|end|Ende|fin|finales?|fine|eind)"
        ),
        (
            r"\b((we have|there is) nothing (from|for|of) (that|this|those)|nous n'avons rien|no "
            r"tenemos nada|haben wir nichts|non abbiamo nulla|hebben we niets)\b"
        ),
        (
            r"\b(sluiten (wij|we) (uw|je) (verzoek|aanvraag)|schließen wir Ihre Anfrage|"
            r"we (are )?clos(e|ing) your request|nous clôturons votre demande|cerramos su "
            r"solicitud|chiudiamo la sua richiesta)\b"
        ),
    ),
    "no_data": (
        (  # "we could not find the second account you listed", "nothing for us to amend"
            r"\b(we )?(could not|couldn't|were unable to|cannot) find (the|any|your|a) (\w+ ){0,4}"
            r"(account|record|file|data|information|loan|contract)|\bnothing (for us )?to "
            r"(amend|correct|change|rectify|update)\b"
        ),
        (  # "hebben we niets kunnen vinden", "konnten wir nichts finden"
            r"\b(niets|nichts|nothing|rien|nada|nulla|niente) (\w+ ){0,2}(kunnen |können )?("
            r"vinden|gevonden|finden|gefunden|found|trouvé|encontrado|trovato)\b"
        ),
        (  # "en cuanto a la grabación del viaje, no existe ninguna"
            r"\b(no existe(n)? ningun[oa]?|n'existe(nt)? (aucun\w*|pas)|non esiste(no)? "
            r"(alcun\w*|nessun\w*)|(does|do) not exist|existier\w* (nicht|kein\w*)|bestaa\w* "
            r"(niet|geen))\b"
        ),
        (
            r"\bno (figura|figuran|consta|constan|aparece|aparecen) en nuestr[oa]s (sistemas|"
            r"registros|ficheros|bases de datos)\b"
        ),
        (
            r"\b(nichts|nothing|rien|nada|niente|nulla|niets)\b.{0,20}\b(zu löschen|löschen "
            r"könnten|to (delete|erase|remove)|à (supprimer|effacer)|"
            r"que (borrar|suprimir|eliminar)|da (cancellare|eliminare)|te verwijderen)"
        ),
        (
            r"\b(nichts|niets|nothing|rien|nada|nulla|niente) (\w+ ){0,3}(gespeichert|stored|"
            r"held|on "
            r"file|opgeslagen|enregistré|conservé|registrad\w|guardad\w|memorizzat\w|registrat\w)\b"
        ),
        (
            r"\b(no (guardamos|conservamos|tenemos) nada|we (don't|do not) (keep|hold|have) "
            r"anything (on|about) you|nous ne (conservons|détenons) rien|wir speichern nichts|"
            r"non conserviamo nulla|non (abbiamo|conserviamo) nulla|(wij|we) bewaren niets)\b"
        ),
    ),
}
