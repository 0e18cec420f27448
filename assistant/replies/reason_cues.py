"""The phrases that give a refusal's reason.

Companion of assistant/replies/cues.py (the event signals), split out to keep each module
small. Reason signals start with `r_`: not verified, not the controller, an exemption, too many
requests, outside the law's reach, and `r_gone` (the part asked for is no longer kept, which
classify.py reports as `no_data`). The qualifying signals are in qualifier_cues.py.
"""

from __future__ import annotations

REASON_CUES: dict[str, tuple[str, ...]] = {
    "r_not_verified": (
        (  # "les informations communiquées ne nous permettent pas de vous identifier"
            r"\b(ne nous perme\w* pas de vous identifier|(cannot|could not|unable to) identify "
            r"you|no (hemos podido|podemos) identificarl\w*|non (siamo riusciti a|possiamo) "
            r"identificarl\w*|(konnten|können) (wir )?Sie (\w+ ){0,3}nicht (eindeutig )?"
            r"identifizieren|kunnen (wij|we) u niet (\w+ )?identificeren)\b"
        ),
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
        (
            r"\b(without (seeing |receiving )?(proof|evidence|documentation)|sans (un )?"
            r"justificatif|sin (un )?(justificante|acreditación)|senza (una )?(prova|"
            r"documentazione)|zonder bewijs)\b"
        ),
        (
            r"\b(signature|Unterschrift|firma|handtekening)\b.{0,50}\b(does not match|doesn't "
            r"match|stimmt nicht|ne correspond pas|no coincide|non corrisponde|komt niet overeen)"
        ),
        r"\b(cannot|can't|could not|unable to) be (sure|certain)\b.{0,40}\bfrom you\b",
        (
            r"\b(keine|no|not|sans|sin|senza|geen)\b.{0,30}\b(Vollmacht|authori[sz]ation|power of "
            r"attorney|signed permission|mandat|poder notarial|autorización|delega|machtiging)\b"
        ),
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
        r"\b(eigenständige|eigene|selbständige|selbstständige) ?\w{0,3} Verantwortliche[nr]?\b",
        r"\bVerantwortliche[nr]?\b",
        r"\bim Auftrag (der|des|von|unserer|unseres|unserer)\b",
        r"\bpour le compte (de|d'|des|du)\b",
        r"\bpor cuenta (de|del)\b",
        r"\bper conto (di|del|della|dei|delle|degli)\b",
        r"\btitolar[ei] autonom[oi]\b",
        r"\bin opdracht van\b",
        (
            r"\b(on (their|its|his|her) behalf|por (su )?encargo|en (su|sus) nombre|in (ihrem|"
            r"seinem) Auftrag|pour (leur|son) compte|per (loro|suo) conto|namens (hen|hem|haar)|"
            r"in (hun|zijn|haar) opdracht)\b"
        ),
        r"\bon behalf of (our|its|their|the) \w+",
        r"\bno direct relationship with you\b",
        (
            r"\b(user|users|sender|publisher|agency|agencies|agences?|éditeur|owner|Nutzer|"
            r"Absender|utilisateur|usuario|utente|gebruiker|afzender)\b.{0,20}\b(decides|"
            r"determines|décide|détermine|décident|entscheidet|bestimmt|decide|determina|bepaalt)\b"
        ),
        (
            r"\b(seule?s? responsables?|solely responsible|allein verantwortlich|únic[oa]s? "
            r"responsables?|unic[oi] responsabil[ei]|als enige verantwoordelijk)\b"
        ),
        (
            r"\b(in qualità di (autonomo )?titolare|als (eigenständige[rn]? )?Verantwortliche[rn]?|"
            r"en (sa |leur )?qualité de responsable|en calidad de responsable|als "
            r"verwerkingsverantwoordelijke|as (the|an independent|a separate) controller)\b"
        ),
        (
            r"\b(responsable independiente|responsables independientes|responsabile autonomo|"
            r"zelfstandig(e)? verwerkingsverantwoordelijke)\b"
        ),
        r"\bkeine direkte (Geschäfts|Kunden)?beziehung\b",
        (
            r"\b(customers?|clients?|Kunden|cliente?s?|klant(en)?)\b.{0,30}\b(who|which|der|die|"
            r"qui|que|che) (controls|decides|determines|entscheidet|bestimmt|décide|détermine|"
            r"decide|determina|bepaalt)\b"
        ),
        r"\bresponsible for (responding|answering|handling|replying)\b",
        (
            r"\b(eigenaar|owner|Betreiber|Inhaber|propriétaire|propietario|proprietario)\b.{0,80}"
            r"\b(bepaalt|decides|determines|entscheidet|bestimmt|décide|détermine|decide|determina)\b"
        ),
        (
            r"\b(is daarvoor verantwoordelijk|ist dafür verantwortlich|"
            r"is responsible for (that|this|it|the content)|en est responsable|"
            r"es (el )?responsable de (ello|ese|esa|dicho)|ne è responsabile)\b"
        ),
    ),
    "r_not_personal": (  # what is asked about is no one's personal data, or cannot be done
        (  # the data of someone who has died (the GDPR covers the living: recital 27)
            r"\b(levende personen|living (persons|individuals|people)|lebenden? Personen|"
            r"personnes vivantes|personas vivas|persone vive)\b"
        ),
        (
            r"\b(is|are|constitute|constitutes) not (considered )?(your )?personal (data|"
            r"information)\b"
        ),
        r"\bwhich is not personal (data|information)\b",
        r"\b(keine|kein) personenbezogene[n]? Daten\b",
        r"\bne (constitue|constituent|sont|est) pas des données (personnelles|à caractère "
        r"personnel)\b",
        r"\bno (son|constituyen|es|constituye) datos (personales|de carácter personal)\b",
        r"\bnon (sono|costituiscono|è|costituisce) dati personali\b",
        r"\b(zijn|is) geen persoonsgegevens\b",
        (
            r"\b(business|corporate|company) account\b|\bcompte professionnel\b|"
            r"\b(Geschäfts|Firmen)konto\b|\bcuenta (de empresa|empresarial|corporativa)\b|"
            r"\baccount aziendale\b|\bzakelijk (account|rekening)\b"
        ),
        (
            r"\b(legal (person|entity)|personne morale|persona jurídica|persona giuridica|"
            r"juristische Person|rechtspersoon)\b"
        ),
        (
            r"\b(technically (not possible|not feasible|impossible)|not technically (possible|"
            r"feasible)|techniquement (impossible|pas possible)|pas techniquement possible|"
            r"técnicamente imposible|no (es|resulta) técnicamente posible|tecnicamente "
            r"impossibile|non (è|risulta) tecnicamente possibile|technisch (niet|nicht|"
            r"unmöglich))\b"
        ),
        (  # "the data in the backups cannot be deleted one by one" (not "backups are
            # overwritten within 30 days", which only says how long they last)
            r"\b(back-?ups?|Sicherungskopien|sauvegardes?|copias de seguridad|copie di backup|"
            r"back-?upbestanden)\b.{0,40}\b(cannot|can't|can not|no pueden?|ne (peuvent|peut)|"
            r"non (possono|può)|kunnen niet|können nicht|kann nicht)\b"
        ),
        (  # "backups cannot be changed one by one, for technical reasons"
            r"\b(cannot|can't|can not|no pueden?|ne (peuvent|peut)|non (possono|può)|kunnen niet|"
            r"können nicht|kann nicht)\b.{0,60}\b(for technical reasons|por (motivos|razones) "
            r"técnic[oa]s|pour des raisons techniques|per (motivi|ragioni) tecnic[ih]e|om "
            r"technische redenen|aus technischen Gründen)\b"
        ),
    ),
    "r_gone": (  # the part asked for is no longer kept
        r"\bno longer (available|held|kept|exists?|stored|retained)\b",
        r"\b(do not|don't|does not|doesn't) (keep|retain|store) (it|them|this|these|such)\b",
        (
            r"\b(ya no exist\w*|existieren nicht mehr|n'existent plus|non esistono più|bestaan "
            r"niet meer)\b"
        ),
        r"\b(automatically|routinely) (deleted|erased|overwritten)\b",
        r"\bnicht mehr (verfügbar|vorhanden|gespeichert)\b",
        r"\bautomatisch gelöscht\b",
        r"\bne (sont|est) plus (disponibles?|conservée?s?)\b",
        r"\b(supprimée?s?|effacée?s?) automatiquement\b",
        r"\bya no (están|está|se conservan|se conserva|disponemos)\b",
        r"\bse (borran|eliminan|suprimen) automáticamente\b",
        r"\bnon (sono|è) (quindi |più )*(più )?disponibil[ei]\b",
        r"\b(cancellat[ie]|eliminat[ie]) automaticamente\b",
        r"\bniet meer (beschikbaar|aanwezig|bewaard)\b",
        r"\bbewaren (wij|we) niet\b",
        r"\bautomatisch (verwijderd|gewist)\b",
    ),
    "r_exemption": (
        r"\bblanchiment\b",
        (
            r"\b(loi|law|Gesetz|ley|legge|wet)\b.{0,40}\b(interdi|prohibit|forbid|untersag|verbiet|"
            r"prohíb|viet|verbied)\w*"
        ),
        r"\btipping[- ]off\b",
        (
            r"\b(impone|impongono|obbliga|obbligano|oblige|obligent|obliga|obligan|verpflichtet|"
            r"verplicht)\b.{0,30}\b(conservar|aufzubewahren|aufbewahren|bewaren|keep|retain)"
        ),
        (
            r"\b(fraud prevention|prevention of fraud|Betrugs(prävention|bekämpfung)|prévention "
            r"(de la|des) fraudes?|prevención del fraude|prevenzione (delle )?frodi|"
            r"fraudepreventie|fraudebestrijding)\b"
        ),
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
        (
            r"\b(plazo de prescripción|prescripción de (las )?acciones|statute of limitations|"
            r"Verjährung\w*|délai de prescription|prescrizione|verjaringstermijn)\b"
        ),
        (
            r"\b(difesa di un diritto|sede giudiziaria|defen[cs]e of legal claims|Verteidigung von "
            r"Rechtsansprüchen|défense de droits en justice|defensa de reclamaciones|"
            r"rechtsvordering)\b"
        ),
        r"\b(deben|debemos|tenemos que) conservar(se|los|las)?\b",
        r"\bRechtsansprüche\b",
        r"\bfreedom of expression\b",
        (
            r"\b(Medienprivileg|journalisti\w+|periodístic\w+|giornalistic\w+|journalistiek\w*|"
            r"procedimiento judicial|legal proceedings|Gerichtsverfahren|procédure judiciaire|"
            r"procedimento giudiziario|gerechtelijke procedure|litigation)\b"
        ),
        (
            r"\b(secret (de l'enquête|de l'instruction|professionnel|médical|bancaire)|"
            r"Berufsgeheimnis|Bankgeheimnis|secreto (profesional|bancario|de sumario)|segreto "
            r"(professionale|bancario|istruttorio)|beroepsgeheim|bankgeheim|"
            r"legal(ly)? privilege[d]?)\b"
        ),
        (
            r"\b(normativa fiscale|legislación fiscal|normativa fiscal|législation fiscale|"
            r"Steuerrecht|fiscale wetgeving|tax law|tax legislation)\b"
        ),
        (
            r"\b(commercially (confidential|sensitive)|confidential business|Geschäftsgeheimnis\w*|"
            r"secrets? (des affaires|commercia\w*)|secreto (comercial|empresarial)|segreto "
            r"(commerciale|industriale)|bedrijfsgeheim\w*)\b"
        ),
        r"\b(tenue?s?|obligée?s?)\b.{0,80}\bde conserver\b",
        r"\b(does not|do not) apply to (that|this|the|such|these|those) (information|data)\b",
        (
            r"\b(dati|datos|données|Daten|gegevens|data|information) (personali |personales |"
            r"personnelles |personenbezogene |persoonlijke |personal )?(di|de|d'|van|about|of|"
            r"anderer) (altre persone|otras personas|autres personnes|other people|andere "
            r"personen|anderen|terzi|terceros|tiers|derden|third parties)"
        ),
        (
            r"\b(exclu\w*|esclu\w*|ausgeschlossen|ausgenommen|uitgesloten)\b.{0,30}\b(right|droit|"
            r"derecho|diritto|Recht|recht)\b"
        ),
        r"\brights (and freedoms )?of (others|other (people|persons|individuals))\b",
        r"\brights and freedoms of\b",
        r"\b(personal )?(data|information) (of|about|relating to) (other|third)",
        r"\bthird[- ]part(y|ies)'?s? (data|information|personal)\b",
        r"\bRechte und Freiheiten\b",
        r"\b(Daten|Informationen) (Dritter|anderer (Personen|Kunden))\b",
        r"\bdroits (et libertés )?d'autrui\b",
        r"\bdroits et libertés (des|de|d')\b",
        r"\b(données|informations) (relatives )?(à |a )?(des tiers|d'autres (clients|personnes))\b",
        r"\bderechos (y libertades )?de (los )?(terceros|otras personas)\b",
        r"\bderechos y libertades\b",
        r"\bdatos de (terceros|otras personas|otros clientes)\b",
        r"\bdiritti e (le )?libertà\b",
        r"\bdati (di terzi|relativi a terzi|di altri (clienti|soggetti))\b",
        r"\brechten en vrijheden\b",
        r"\bgegevens van (derden|anderen|andere (klanten|personen))\b",
        r"\bprevention or detection of crime\b",
    ),
    "r_too_many": (
        (  # "already sent on 14 October ... we will not send them a second time"
            r"\b(not|pas|nicht|no|non|niet) (\w+ ){0,4}(a second time|une seconde fois|une "
            r"deuxième fois|ein zweites Mal|una segunda vez|una seconda volta|een tweede keer)\b"
        ),
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
        (
            r"\b(niet|nicht|not|pas|no|non)\b (\w+ ){0,3}(opnieuw|erneut|nochmals|again|à nouveau|"
            r"de nuevo|nuevamente|di nuovo|nuovamente)\b"
        ),
        (
            r"\b(once|einmal|une fois|una vez|una volta|eenmaal|één keer) (every|a|per|pro|im|par|"
            r"al|cada|por|ogni|all'|per) (year|twelve months|12 months|Jahr|an|año|anno|dodici "
            r"mesi|12 mesi|jaar)\b"
        ),
        (
            r"\b(già|already|bereits|schon|déjà|ya|al) (\w+ ){0,3}(ottenut|ricevut|fornit|"
            r"received|provided|sent|erhalten|übermittelt|reçu|fourni|transmis|recibid|facilitad|enviad|ontvangen|"
            r"verstrekt)\w*\b.{0,40}\b(dati|data|Daten|données|datos|gegevens|copy|copie|Kopie|copia|kopie|information)"
        ),
        (
            r"\b(for|zum|pour|por|per|voor) (the |la |de )?(third|dritten|troisième|tercera|terza|"
            r"derde) (time|Mal|fois|vez|volta|keer)\b"
        ),
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
        r"\bno (resulta|será|sería) (de )?aplica\w*\b",
        r"\bnon (risulta|sarebbe) applicabile\b",
        r"\bnon trova applicazione\b",
        (
            r"\b(do|does|did) not (apply|extend) to\b(?! (that|this|the|such|these|those) "
            r"(information|data))"
        ),
        (
            r"\b(law|Gesetz|loi|ley|legge|wet)\b.{0,20}\b(does not|doesn't|nicht|ne|no|non|niet)\b"
            r".{0,20}\b(provide|give|grant|gewährt|vorsieht|prévoit|accorde|otorga|prevé|prevede|"
            r"concede|geeft|kent)\w*\b.{0,20}\b(right|Recht|droit|derecho|diritto|recht)"
        ),
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
        (
            r"\b(valt|vallen|fällt|fallen|falls|fall) (niet|nicht|not|outside)\b.{0,20}"
            r"\b(onder|unter|within|under|the scope|in den Anwendungsbereich)\b"
        ),
        r"\bne relève pas (du|de la|des)\b",
        r"\bnon rientra (nell'ambito|nel campo|tra)\b",
        r"\bno (entra|está incluid\w*) (en|dentro del?) (el )?ámbito\b",
        (
            r"\b(geldt|gilt|s'applique|se aplica|si applica|applies) (alleen|nur|uniquement|solo|"
            r"only|únicamente|solamente) (voor|für|aux|a|to)\b"
        ),
    ),
}  # fmt: skip
