"""The phrases of an answer: the request put off (`extension`), done (`done`) or refused (`refuse`).

Companion of assistant/replies/cues.py, split out to keep each module small. Each cue is a
regular expression matched case-insensitively against one sentence; classify.py weighs a
refusal beside a fulfilled part as a partial answer.
"""

from __future__ import annotations

ANSWER_CUES: dict[str, tuple[str, ...]] = {
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
        # "we are taking the additional 45 calendar days the CCPA permits"
        r"\b(additional|further|extra) \d+ (calendar |business |working )?(days|weeks|months)\b",
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
        r"\b(maanden|weken|dagen|Monate|Wochen|Tage|months|weeks|days) (langer|länger|longer)\b",
        (
            r"\b(mesi|giorni|meses|días|mois|jours|Monate|Tage|maanden|dagen|months|days) "
            r"(ulteriori|aggiuntivi|adicionales|supplémentaires|zusätzliche|extra|additional|more|"
            r"in più|más)\b"
        ),
        (
            r"\b(postponed|delayed|verschoben|verzögert|reportée?|retardée?|aplazad[ao]|"
            r"pospuest[ao]|retrasad[ao]|se demorará|rinviat[ao]|slitta|ritardat[ao]|uitgesteld|"
            r"vertraagd)\b"
        ),
        r"\bdélai\b.{0,30}\bporté à\b",
        (
            r"\b(deadline|period|time limit|Frist|délai|plazo|termine|termijn)\b.{0,80}\b(is|has "
            r"been|wird|wurde|est|a été|es|ha sido|queda|è|viene|wordt|is) (extended|verlängert|"
            r"prolongé|étendu|prorrogado|ampliado|esteso|prorogato|verlengd)\b"
        ),
        r"\b(tempo|periodo)\b.{0,20}\b(più lungo|maggiore|aggiuntivo|supplementare)\b",
        r"\b(will|may) take (a little |a bit |somewhat )?longer\b",
        r"\b(dauert|dauern|wird)\b.{0,30}\blänger\b",
        r"\bprendr(a|ont) plus de temps\b",
        r"\b(llevará|requerirá|tomará) más tiempo\b",
        r"\brichieder(à|anno) più tempo\b",
        r"\bduurt langer\b",
        (
            r"\b(not|n't|unable to)\b.{0,30}\b(respond|reply|answer|provide|complete|send)\w*\b"
            r".{0,50}\bwithin (the |one |a |1 |your )?(month|deadline|time|statutory|period|45|one)"
        ),
        r"\bnicht\b.{0,40}\b(innerhalb (der|eines|von)|fristgerecht|rechtzeitig)\b",
        r"\b(innerhalb|binnen)\b.{0,40}\b(Frist|Monats)\b.{0,40}\bnicht\b",
        r"\b(ne|n')\b.{0,60}\b(dans le délai|dans les délais|dans un délai d'un mois)\b",
        r"\bno\b.{0,50}\b(en el plazo|dentro del plazo)\b",
        r"\bnon\b.{0,50}\b(entro il termine|nei termini|entro un mese|entro i termini)\b",
        r"\bniet\b.{0,50}\bbinnen (de|een|één) (wettelijke )?(termijn|maand)\b",
        r"\bverlengen\b",
    ),
    "done": (
        r"\buit (ons|onze|het)\b.{0,40}\b(gehaald|verwijderd)\b",
        r"\bprovveduto (a|ad|alla|all') ?(aggiorna|modifica|rettifica|cancella|elimina|corregg)\w*",
        (
            r"\b(Berichtigung|Löschung|Korrektur|Sperrung|Änderung)\b.{0,60}\b(vorgenommen|"
            r"durchgeführt|umgesetzt)\b"
        ),
        (
            r"\bavons (bien )?procédé à (la|l')\s?(suppression|rectification|modification|"
            r"effacement)\b"
        ),
        r"\bhemos procedido a (la )?(supresión|rectificación|eliminación|modificación)\b",
        (
            r"\babbiamo (provveduto|proceduto) (alla|a) (cancellazione|rettifica|modifica|"
            r"eliminazione)\b"
        ),
        r"\b(verwijdering|correctie|wijziging)\b.{0,40}\b(doorgevoerd|uitgevoerd)\b",
        r"\bwe have (carried out|actioned|completed|fulfilled) your request\b",
        (
            r"\b(request|Anfrage|Antrag|demande|solicitud|richiesta|istanza|"
            r"verzoek)\b.{0,80}\b(has been|was|wurde|a été|ha sido|è stata|is) (completed|"
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
            r"\b(we('ve| have)|we) (now |also )?(deleted|erased|removed|corrected|"
            r"updated|processed|anonymi[sz]ed|opted you out|unsubscribed)\b"
        ),
        (
            r"\bha(s|ve) (now )?been (deleted|erased|processed|removed|corrected|updated|"
            r"anonymi[sz]ed)\b"
        ),
        r"\b(will|we) no longer (sell|share|use)\b",
        (
            r"\b(request|opt-out|deletion|correction|demande|Anfrage|solicitud|richiesta|"
            r"verzoek)\b.{0,120}\bis (now )?complete\b"
        ),
        r"\b(will|we'll|we) (now )?(stop|cease) (sharing|selling)\b",
        r"\b(has|have) (now )?been (applied|actioned|honou?red|fulfilled|carried out)\b",
        r"\bhierbij (ontvangt|ontvang|krijgt|krijg) (u|je)\b",
        (
            r"\b(ha|han) sido (dad[oa]s? de baja|cancelad[oa]s?|borrad[oa]s?|eliminad[oa]s?|"
            r"suprimid[oa]s?)\b"
        ),
        (
            r"\b(klaargezet|(is|are) (now )?ready( for you)?( to download)?|bereitgestellt|est "
            r"disponible au téléchargement|disponible para (su )?descarga|"
            r"disponibile per il download)\b"
        ),
        (
            r"\b(est|is|ist|es|è) (désormais |now |ab sofort |ahora |ora |nu )?(effective|effectif|"
            r"wirksam|efectiva|efectivo|effettiva|effettivo|effectief|van kracht)\b"
        ),
        (  # "your account has been closed" (not "after your account is closed")
            r"\b(Konto|Kundenkonto|account|compte|cuenta|conto)\b.{0,30}\b(has been|was|wurde|"
            r"a été|ha sido|è stato|è stata|werd) (now |permanently |definitivamente )?"
            r"(geschlossen|closed|fermé|clôturé|cerrado|chiuso|opgeheven|gesloten)\b"
        ),
        (
            r"\b(we have|we've|haben|avons|hemos|abbiamo|hebben)\b.{0,30}\b(Konto|Kundenkonto|"
            r"account|compte|cuenta|conto)\b.{0,20}\b(closed|geschlossen|fermé|clôturé|cerrado|"
            r"chiuso|opgeheven|gesloten)\b"
        ),
        r"\b(in der Anlage|als Anlage|anliegend)\b",
        r"\b(sturen|stuur) (wij |we )?(u|je) hierbij\b|\bhierbij sturen (wij|we)\b",
        r"\b(ontvangt|krijgt) (u|je)\b.{0,40}\b(overzicht|kopie|gegevens)\b",
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
        r"\b(zijn|is|worden) .{0,40}(verwijderd|niet meer gedeeld|aangepast|gecorrigeerd|"
        r"bijgewerkt)\b",
        r"\bniet meer (gedeeld|verkocht)\b",
    ),
    "done_sent": (
        # "Le enviamos a continuación los datos", "Le trasmettiamo di seguito l'elenco"
        (
            r"\b(le|les|vous|Ihnen|you|u|je|ti|te|La) (enviamos|remitimos|facilitamos|trasmettiamo|"
            r"inviamo|forniamo|envoyons|transmettons|adressons|senden|übersenden|übermitteln|"
            r"sturen|zenden|send)\b.{0,60}\b(datos|dati|données|Daten|gegevens|data|elenco|"
            r"relación|copia|copie|Kopie|kopie|overzicht|Übersicht|informaci[oó]n|informazioni)"
        ),
        (  # "We enclose your statutory credit report", "sind zu Ihrer Person folgende Daten
            # gespeichert:" (the list follows)
            r"\bwe (enclose|attach)\b|\b(sind|werden) (\w+ ){0,5}folgende (personenbezogene"
            r"n? )?(Daten|Angaben) (gespeichert|verarbeitet)|\b(we hold|are held|are stored) "
            r"the following\b|\bles (données|informations) suivantes (sont|vous concernant)|"
            r"\b(tratamos|conservamos) los siguientes datos|\b(trattiamo|conserviamo) i "
            r"seguenti dati|\bde volgende (persoons)?gegevens (van u )?(verwerken|bewaren)\b"
        ),
        (  # "Vous trouverez ci-dessous les informations relatives à ...", "le informamos de
            # los datos que constan": the data given in the reply itself
            r"\b(vous trouverez ci-dessous|below (you will find|are)|nachfolgend (finden Sie|"
            r"erhalten Sie)|a continuación (le |te )?(detallamos|indicamos)|di seguito (le |ti )?"
            r"(riportiamo|indichiamo|elenchiamo)|(riportiamo|elenchiamo) di seguito|"
            r"hieronder (vindt u|vind je|treft u))\b.{0,40}\b(datos|dati|"
            r"données|informations|Daten|Angaben|gegevens|data|information|details|informazioni)"
            r"|\b(le|te) informamos de (los|sus|tus) datos que (constan|figuran|tenemos)\b"
        ),
    ),
    "refuse": (
        (
            r"\b(Anspruch|Auskunftsanspruch|right|droit|derecho|diritto|recht)\b.{0,40}\b(besteht|"
            r"exists?|existe|sussiste|bestaat)\b.{0,20}\b(nicht|not|pas|no|non|niet)\b"
        ),
        (
            r"\b(niet|nicht|not|pas|no|non)\b (\w+ ){0,3}(opnieuw|erneut|nochmals|again|à nouveau|"
            r"de nuevo|nuevamente|di nuovo|nuovamente)\b"
        ),
        r"\b(is|are) not (part of|in|contained in) the (file|export|report|copy|archive)\b",
        (
            r"\b(we will|we'll|we) (only |still )?(keep|retain) (your|the|some|certain|records|"
            r"invoices|data)\b|\b(conserveremo|conserviamo|conservaremos|conservamos|"
            r"conserverons|conservons|bewaren wij|bewaren we|behalten wir|bewahren wir) (soltanto|"
            r"solo|solamente|únicamente|uniquement|seulement|nur|alleen|noch)\b"
        ),
        (
            r"\b(are|is|were|have) not (been )?included\b|\bnicht (enthalten|beigefügt)\b|\bne "
            r"(sont|figurent) pas\b.{0,20}\binclu|\bno (se incluyen|están incluid)|\bnon (sono )?"
            r"inclus[ie]\b|\bniet (opgenomen|meegenomen|bijgevoegd)\b"
        ),
        (
            r"\b(bleiben|bleibt|remain|remains|restent|reste|permanecen|permanecerán|rimangono|"
            r"rimarranno|blijven|blijft)\b.{0,80}\b(gespeichert|stored|kept|retained|conservée?s|"
            r"conservados|conservati|bewaard|opgeslagen)\b"
        ),
        (
            r"\b(must|have to|need to|müssen|devons|debemos|dobbiamo|moeten)\b (\w+ ){0,4}(decline|"
            r"refuse|reject|ablehnen|zurückweisen|refuser|rejeter|denegar|rechazar|respingere|"
            r"rifiutare|weigeren|afwijzen)\b"
        ),
        r"\b(respingere|respinta|respingiamo|rifiutiamo|weigeren|weigert)\b",
        r"\bnon (può|possono|potrà) essere (soddisfatt|evas|gestit|accolt)\w*\b",
        r"\b(not|n't) (be )?taking any (further )?action\b",
        r"\b(will not|won't|shall not) (be )?(respond|reply|answer)\w*\b",
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
            r"erase|honou?r|provide|correct|change|amend|proceed|accept)\b"
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
        r"\b(aufbewahren|speichern|behalten|aufzubewahren) (müssen|muss)\b",
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
        # "De aantekening ... passen wij niet aan", "wijzigen we niet": a part left as it is
        r"\b(passen|wijzigen|corrigeren|verwijderen|veranderen) (wij|we) (\w+ )?niet\b",
    ),
}  # fmt: skip
