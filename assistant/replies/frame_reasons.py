"""Reason frames: the refusal reasons of assistant/replies/frame_cues.py, split out to keep
each module small. A law that makes a company keep something, a negated verb of deciding, a
request called abusive, "outside the scope of" a law, a right that "does not apply" (cues.py
turns `right_exempt` into an exemption and drops the law's reach).
"""

from __future__ import annotations

from assistant.replies.frame_cues import NEG

REASON_FRAMES: dict[str, tuple[str, ...]] = {
    "r_not_controller": (
        (  # "nicht die Tchibo GmbH, sondern die Telefónica ... verantwortlich"
            rf"\b{NEG}\b.{{0,60}}\b(but|sondern|mais|sino|bensì|ma|maar)\b.{{0,120}}\b(responsible|"
            r"controller|verantwortlich|Verantwortliche\w*|responsable|responsabile|"
            r"verantwoordelijk\w*|titolare)\b"
        ),
        (
            r",? (and not|et non|y no|e non|en niet|und nicht) (by |par |por |da |door |von )?(us|"
            r"nous|nosotros|noi|ons|uns)\b"
        ),
        (
            r"\b(keinen Einfluss|no influence|no control|aucune (influence|maîtrise)|"
            r"ningún control|"
            r"nessun controllo|geen invloed|only (provide|host|run) the platform|nur die Plattform|"
            r"simple hébergeur|solo (la|una) pla(taforma|ttaforma)|alleen het platform)\b"
        ),
        (
            r"\b(décide|décident|decide|deciden|decidono|entscheidet|entscheiden|bepaalt|bepalen|"
            r"decides) (seul|seuls|solo|soli|allein|alleen|alone)\b"
        ),
        (
            r"\b(in eigener Verantwortung|sous sa propre responsabilité|bajo su (propia )?"
            r"responsabilidad|sotto la propria responsabilità|onder eigen verantwoordelijkheid|on "
            r"(its|their) own responsibility)\b"
        ),
        (
            r"\b((under|on) the instructions? of|nach (den )?Weisungen|sur (les )?instructions? de|"
            r"siguiendo (las )?instrucciones de|su istruzion\w+ d|volgens de instructies van)\b"
        ),
        (
            r"\b(che ne è (il )?titolare|qui en est (le )?responsable|que es (el )?responsable "
            r"de (ellos|ellas)|die daarvoor verantwoordelijk is|(der|die) dafür verantwortlich ist|"
            r"who (is|are) the controllers?)\b"
        ),
        (
            r"\b(businesses|companies|customers|clients|Unternehmen|Kunden|entreprises|empresas|"
            r"aziende|clienti|bedrijven|klanten)\b.{0,30}\b(who|which|that|die|qui|que|che) "
            r"(choose|chooses|decide|determine|wählen|entscheiden|bestimmen|choisissent|"
            r"décident|eligen|deciden|scelgono|decidono|kiezen|bepalen|beslissen)\b"
        ),
        (
            rf"\b(we|wir|nous|nosotros|noi|wij|we) (do )?{NEG} (decide|determine|choose) "
            r"(what|how|whether)\b"
        ),
        (
            r"\b((bepalen|beslissen) (wij |we )?niet|(entscheiden|bestimmen) (wir )?nicht|ne "
            r"(décidons|déterminons|choisissons) pas|no (decidimos|determinamos|elegimos)|non "
            r"(decidiamo|determiniamo|scegliamo))\b"
        ),
    ),
    "right_exempt": (  # cues.py: an exemption from the right, not the law out of reach
        (
            r"\b(droit (à l'|d')(effacement|opposition) ne s'applique pas|right (to erasure|to "
            r"object) does not apply|Recht auf (Löschung|Widerspruch) (besteht|gilt) nicht|derecho "
            r"de (supresión|oposición) no (se aplica|procede)|diritto (alla cancellazione|di "
            r"opposizione) non si applica|recht op (verwijdering|bezwaar) geldt niet|geldt het "
            r"recht op (verwijdering|bezwaar|inzage) niet|gilt das Recht auf (Löschung|Widerspruch|"
            r"Auskunft) nicht|le droit (à l'|d')(effacement|opposition|accès) ne s'applique pas)\b"
        ),
    ),
    "r_exemption": (
        (
            r"\b(liberté (d'information|d'expression|de la presse)|freedom of (information|the "
            r"press)|Pressefreiheit|Informationsfreiheit|libertad de (información|prensa)|libertà "
            r"di (informazione|stampa)|persvrijheid)\b"
        ),
        (
            r"\b(code|Código|codice|wetboek)\b.{0,40}\b(interdi|prohíb|viet|verbied|verbiet|"
            r"prohibit|forbid)\w*|\bdéclarations? de soupçon\b|\bsuspicious activity reports?\b"
        ),
        (
            r"\b(schrijft|schreibt)\b.{0,40}\b(bewaartermijn|Aufbewahrungsfrist)\b.{0,40}\b(voor|"
            r"vor)\b|\b(requires|prescribes|impose|impone|exige) (a |une |un |una )?(retention|"
            r"conservation|conservación|conservazione)"
        ),
        (
            r"\b(mission de service public|mission d'intérêt public|public task|öffentlichen? "
            r"Aufgabe|misión de interés público|compito di interesse pubblico|taak van algemeen "
            r"belang)\b"
        ),
        (
            r"\b(legge|law|Gesetz|loi|ley|wet)\b.{0,30}\b(esclude|excludes|exclut|excluye|"
            r"ausgeschlossen|uitgesloten|sluit)\b"
        ),
        (
            r"\b(legal claims?|Rechtsansprüche\w*|Durchsetzung (dieses|des|unseres|eines) "
            r"Anspruchs|défense (de nos|d'un|de ses) droits? en justice|defensa (de|en) "
            r"(reclamaciones|procedimientos)|difesa (di un|dei) diritt\w* in (sede giudiziaria|"
            r"giudizio)|rechtsvordering\w*)\b"
        ),
        (
            r"\b(steuer|handels)rechtlich\w*|\b(tax|fiscal|fiscales?|fiscaux|fiscali|fiscale|"
            r"fiscaal) "
            r"(law|rules|obligations?|reasons|requirements|retention|legislación|normativa|"
            r"obbligh\w*|regels|bewaarplicht)\b"
        ),
        r"\bper obbligo di legge\b|\bpor obligación legal\b|\baus rechtlichen Gründen\b",
        (r"\b(require|requires|oblige|obliges|compel)s? us to (keep|retain|store|hold)\b"),
        (
            r"\b(debe|deben|doit|doivent|muss|müssen|deve|devono|moet|moeten|must) "
            r"(\w+ ){0,2}(conservarse|conservar|être conserv\w+|aufbewahrt|essere conservat\w|"
            r"conservat\w|worden bewaard|bewaard|be kept|be retained)\b.{0,80}\b(ley|loi|Gesetz|"
            r"legge|wet|law|rules?|normativa|Vorschrift\w*|règle\w*|regels?|code|código|codice|"
            r"wetboek|\d{2,4}/\d{2,4})"
        ),
        (
            r"\b(Schweigepflicht|secret (médical|professionnel)|secreto (profesional|médico)|"
            r"segreto (professionale|medico)|beroepsgeheim|professional secrecy|"
            r"legal(ly)? privilege)\b"
        ),
        r"§\s?\d+\w*\s+(Abs\.\s?\d+\s+)?(BDSG|[A-Z][A-Za-z]*G)\b",
        r"\b(verschoningsrecht|Zeugnisverweigerungsrecht|secret de l'avocat)\b",
        (
            r"\b(por exigencia|exigid[oa]s? por|as required by|required by law|gesetzlich "
            r"vorgeschrieben|exigée?s? par la loi|impost[oa] dalla (legge|normativa)|richiest[oa] "
            r"dalla (legge|normativa)|wettelijk verplicht|vereist op grond van)\b"
        ),
    ),
    "r_too_many": (
        (
            r"\b(zesde|vijfde|vierde|derde|sixth|fifth|fourth|third|sechste|fünfte|vierte|dritte|"
            r"sixième|cinquième|quatrième|troisième|sexta|quinta|cuarta|tercera|sesta|quarta|"
            r"terza)\b.{0,30}(request|verzoek|Anfrage|Antrag|demande|solicitud|richiesta|istanza)"
        ),
        r"\b(abusi(f|ve|fs|ves|vo|va|vi|ve)|abusiv\w*|misbruik\w*|rechtsmissbräuchlich)\b",
        (
            r"\b(à|a) (quatre|trois|cinq|plusieurs) reprises\b|\b(vier|drei|fünf)mal\b|\b(four|"
            r"three|five) times\b"
        ),
    ),
    "r_not_verified": (
        (
            r"^(?=.*\b(no|not|cannot|can't|nicht|pas|non|niet|geen)\b).*\b(sin|without|ohne|sans|"
            r"senza|zonder)\b.{0,40}\b(que (le|te) pedimos|we asked (you )?for|"
            r"die wir (bei Ihnen )?angefordert|que nous vous avons demandée?|"
            r"che le abbiamo (chiesto|richiesto)|die we "
            r"(u |je )?(hebben )?gevraagd)\b"
        ),
        (
            r"\b(could not|couldn't|were unable to|konnten nicht|n'avons pas pu|no hemos podido|"
            r"non "
            r"siamo riusciti a|konden (wij |we )?niet) (confirm|verify|bestätigen|prüfen|confirmer|"
            r"vérifier|comprobar|confirmar|verificare|confermare|bevestigen|controleren)\b"
        ),
    ),
    "r_gone": (
        r"\b(purged|wiped|destroyed|deleted|erased|switched off)\b.{0,40}\b(when|after|since)\b",
    ),
    "r_jurisdiction": (
        r"\bvallen (daar|er|hier) niet onder\b|\bfallen (wir )?nicht darunter\b",
        (
            r"\b(leaves out|excludes|does not cover|doesn't cover|exempts)\b.{0,40}\b(nonprofit|"
            r"non-profit|organi[sz]ations?|us|entities|companies|businesses|associations?)\b"
        ),
        (
            r"\b(die|deze|the|this|that|diese[sr]?|cette|esta|esa|questa|tale) (wet|law|Gesetz|"
            r"loi|ley|"
            r"legge) (geldt|gilt|applies|s'applique|se aplica|si applica) (niet|nicht|not|pas|"
            r"no|non)\b"
        ),
        r"\b(law|wet|Gesetz|loi|ley|legge) (does not|doesn't) apply\b",
        (
            r"\b(outside|fuera|hors|außerhalb|al di fuori|buiten) (de |del |du |des |of |the |"
            r"dell'|dello |della |het |van het )*(ámbito|champ|scope|Anwendungsbereich[s]?|"
            r"ambito|reikwijdte|toepassingsgebied)\b"
        ),
    ),
}
