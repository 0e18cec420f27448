"""The four rights in German, French, Spanish, Italian and Dutch, with each language's negation.

Part of assistant.understanding.rights: the rules read folded text (lower case, no accents:
"löschen" -> "loschen", "données" -> "donnees"), and only the rules of the message's own
language are applied ("wissen" is "to know" in German but "to erase" in Dutch). Words for the
rights follow the names the GDPR gives them in each language version (Art. 15 access / Auskunft /
droit d'accès / derecho de acceso / diritto di accesso / inzage; Art. 16 rectification; Art. 17
erasure; Art. 21 objection to direct marketing), plus everyday verbs people use for them.
The Italian and Dutch rules live in rights_it and rights_nl.
"""

from __future__ import annotations

import re

from assistant.understanding.rights_it import ITALIAN
from assistant.understanding.rights_nl import DUTCH
from assistant.understanding.rights_tracking import TRACKING

# (right, pattern, weight, negatable)
_RAW: dict[str, list[tuple[str, str, float, bool]]] = {
    "de": [
        ("access", r"\bexport\w*\b[^.?!]{0,30}\bdaten\b|\b\w*datenexport\b", 1.0, True),
        ("opt_out", r"\ban dritte\b|\ban drittfirmen\b|\ban partner\w*", 1.0, False),
        (  # not "eine Auskunft, wo das Paket ist": where a parcel is
            "access",
            r"\b\w*auskunft\w*(?!,? (?:daruber )?(?:wo|wann|warum|wieso|ob)\b)|\beinsicht\w*|"
            r"\bart\.? ?15\b",
            1.3,
            True,
        ),
        ("access", r"\b\w*kopie\b", 1.1, True),  # "Kopie", "Datenkopie"
        (
            "access",
            r"\b(?:aufstellung|ubersicht|auflistung)\b|"
            r"\b(?:daten|infos|informationen)\b[^.?!]{0,40}\banfordern\b|"
            r"\bgespeicherten (?:\w+ )?(?:daten|infos|informationen)\b",
            1.0,
            True,
        ),
        ("correction", r"\balte\w* (?:adresse|anschrift|telefonnummer|nummer)\b", 0.9, False),
        (
            "access",
            r"\bwissen,? (?:was|welche|ob|an wen|wem|wer|wohin|woher)\b|"
            r"\bwas (?:die|sie|er|es|\w+) (?:alles )?(?:uber|von) mir\b|"
            r"\bgespeichert ha(?:t|ben)\b|"
            r"\b(?:welche|was fur) (?:\w+ )?daten\b|"
            r"\bwas\b[^.?!]{0,40}\b(?:uber mich|von mir)\b|"
            r"\b(?:daten|kopie|infos)\b[^.?!]{0,20}\b(?:schick|send|zusend|ubermittel|ubersend)\w*",
            1.1,
            True,
        ),
        ("access", r"\b(?:nur )?(?:sehen|einsehen|anschauen)\b", 0.8, True),
        (
            "deletion",
            r"\b(?:daten|konto|kunden|account|profil)?lo(?:e)?sch\w*|\bgelo(?:e)?scht\b|"
            r"\bentfern\w*|\bvergessen werden\b|\bmich (?:\w+ )?vergiss\w*|\bvergisst mich\b|"
            r"\b(?:mich|alles(?: uber mich)?) (?:\w+ )?vergessen\b|"
            r"\b(?:soll|sollen|muss|mussen|muessen) (?!nicht\b)(?:\w+ )?weg\b|"
            r"\bweg damit\b|\bplatt ?mach\w*|"
            r"\b(?:bekomm\w*|krieg\w*|mach\w*) (?:\w+ ){0,3}weg\b|\bnichts mehr von mir\b|"
            r"\bverschwind\w*|\bverschwunden\b|\bweg haben\b|\baustragen\b|"
            r"\b(?:kartei|liste|verteiler|datenbank)\w* (?:\w+ ){0,2}streich\w*|"
            r"\bdass\b[^.?!]{0,30}\bweg (?:ist|sind)\b|"
            r"\bnicht (?:mehr|langer) (?:speicher|aufbewahr)\w*|"
            r"\bart\.? ?17\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\bberichtig\w*|\bkorrigier\w*|\bkorrektur\w*|\brichtig ?(?:zu ?)?stell\w*|"
            r"\bart\.? ?16\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\bneue\w* (?:adresse|anschrift|telefonnummer|nummer|e-mail\w*|name\w*|"
            r"bankverbindung) (?:\w+ ){0,2}(?:eintrag|hinterleg|ubernehm|speicher)\w*",
            1.0,
            True,
        ),
        ("correction", r"\bfalsch\w*|\bveraltet\w*", 0.9, True),
        (
            "correction",
            r"\bnoch (?:die|der|das|meine|meinen) alte\w*\b(?!\s+[\w-]*(?:router|handy|"
            r"vertrag|tarif|karte|gerat|auto|wagen|rechner|laptop))|"
            r"\balte\w* (?:adresse|anschrift|nummer|telefonnummer|e-mail-adresse|name\w*)\b"
            r".*\b(?:noch|immer)\b",
            0.9,
            False,
        ),
        (
            "correction",
            r"\bstimm\w* nicht\b|\bnicht (?:mehr )?(?:richtig|aktuell|korrekt)\b|"
            r"\b(?:adresse|nummer|name\w*|e-mail\w*|geburtsdatum|daten)\b[^.?!]{0,20}\band(?:ert|ern)\b|"
            r"\b(?:bitte|soll\w*|lassen|sie) andern\b|\bandern (?:lassen|sie)\b|\bgeandert\b|"
            r"\banderung\w*|\baktualisier\w*|\brichtig (?:schreiben|geschrieben|eintragen)\b|"
            r"\bfalsch (?:geschrieben|eingetragen|hinterlegt|gespeichert)\b",
            1.0,
            False,
        ),
        ("opt_out", r"\bwiderspruch\w*|\bwiderspreche\w*|\bart\.? ?21\b", 1.3, True),
        (  # "die rufen ständig an wegen Tarifwechsel": calls to sell, to stop
            "opt_out",
            r"\b(?:rufen|ruft) (?:\w+ ){0,2}(?:standig|dauernd|immer wieder|taglich) an\b",
            1.0,
            False,
        ),
        (  # "bekomme ständig Post von der Telekom ... ich will, dass das aufhört"
            "opt_out",
            r"\b(?:standig|dauernd|immer wieder|taglich) (?:\w+ )?(?:post|werbung|briefe|anrufe|"
            r"mails|e-mails|sms|prospekte)\b[^?]{0,120}\b(?:aufhor\w*|aufhort|nicht mehr)\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bkommerziell\w*|\bausbeut\w*|\bvermarkt\w*|\bprofilbildung\b|\bauswert\w*|"
            r"\bwiderrufe\w* (?:\w+ ){0,3}einwilligung\w*|"
            r"\beinwilligung\w* (?:\w+ ){0,2}widerruf\w*|"
            r"\bwerbeanruf\w*|\bangebote\b|\bnicht mehr (?:\w+ ){0,2}(?:anruf\w*|anschreib\w*|"
            r"kontaktier\w*|belastig\w*)|"
            # "die telekom soll endlich aufhörn mich wegen irgendwelcher tarife anzurufen"
            r"\baufh(?:o|oe)r\w*\b[^.!?]{0,60}\b(?:anzurufen|anzuschreiben|zu kontaktieren)\b|"
            r"\bwerbung\b|\bwerbe\w*|\bmarketing\b|\bnewsletter\b|\bpersonalisiert\w*",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\b(?:daten|adresse|informationen|infos|nummer)\b[^.?!]{0,40}\b(?:verkauf\w*|"
            r"weiterg\w*|weiterzugeben|weiterverkauf\w*)|\b(?:verkauf\w*|weitergabe|"
            r"weiterverkauf\w*)\b[^.?!]{0,30}\b(?:daten|adresse)\b|\bweitergabe\b|"
            r"\bmit (?:\w+ ){1,3}(?:teilen|teilt)\b",
            1.0,
            False,
        ),
    ],
    "fr": [
        ("access", r"\bexport\w*\b[^.?!]{0,30}\bdonnees\b", 1.0, True),
        ("correction", r"\b(?:est|sont) invers\w*", 0.9, True),  # "ma date ... est inversée"
        (
            "opt_out",
            r"\b(?:a|aux|avec) (?:des )?(?:tiers|partenaires)\b|\bced(?:e|ent|er|ez)\b|"
            r"\b(?:arret\w*|cess\w*) de (?:partager|vendre|transmettre|utiliser|exploiter)\b|"
            r"\bpartag\w* mes donnees\b",
            1.0,
            False,
        ),
        (
            "access",
            r"\bdroit d'?acces\b|(?<!\by )\bacceder\b|\bacces a mes\b|\bart(?:icle)?\.? ?15\b",
            1.3,
            True,
        ),
        (
            "access",
            r"\bcopie\b|\bsavoir (?:tout )?(?:ce que|ce qu'|quelles?|si)\b|\bce que \w+ "
            r"(?:sait|a|possede|detient|garde) sur moi\b|\bsai(?:t|ent) (?:sur|de) moi\b|"
            r"\ba sur moi\b|"
            r"\b(?:a|ont) (?:enregistre|garde|conserve|stocke)\w* sur moi\b",
            1.1,
            True,
        ),
        (  # "une copie de tout ce que Messenger a gardé": all of it, in so many words
            "access",
            r"\bcopie (?:de tout|de toutes|de l'ensemble|complete)\b",
            1.2,
            True,
        ),
        (
            "access",
            r"\b(?:envoy\w*|transmett\w*|communiqu\w*|donn\w*)[- ](?:moi )?(?:mes|toutes "
            r"mes) (?:donnees?|donne|infos?|informations)\b|\bje veux tout ce que\b|"
            r"\bje (?:veux|voudrais|souhaite) (?:recevoir |obtenir )?(?:toutes )?mes donnees\b|"
            r"\b(?:recuper\w*|telecharg\w*|export\w*) (?:toutes |l'ensemble de )?mes donnees\b|"
            r"\b(?:recuper\w*|telecharg\w*|export\w*) (?:toutes )?les donnees (?:liees|associees) "
            r"a mon (?:compte|profil)\b|"
            r"\bdonnees (?:\w+ )?me concernant\b|"
            r"\bme (?:communiqu|transmett|envoi|envoy|fourni)\w*|\bme faire parvenir\b|"
            r"\bm'(?:envoi|envoy|transmet|communiqu|donn)\w* (?:une copie|mes|toutes|tout|"
            r"l'ensemble)\b|"
            r"\b(?:detien\w*|possed\w*|conserv\w*|gard\w*|stock\w*|ont|sai\w*) sur moi\b|"
            r"\bqu'ils ont (?:\w+ ){1,4}sur moi\b",  # "... qu'ils ont dans leur dossier sur moi"
            1.0,
            True,
        ),
        (
            "deletion",
            r"\beffac\w*|(?<!j'ai )(?<!que j'ai )\bsupprim\w*|\bsuppression\b|\boubli\b|"
            r"\bart(?:icle)?\.? ?17\b|\bne plus exister\b|\bm'oubli\w*|"
            r"\boubli\w* (?:tout|tous|toutes|mes|moi)\b|\bdispar\w*|"
            r"\b(?:arret\w*|cess\w*) de (?:conserver|garder|stocker)\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\brectifi\w*|\bcorrig\w*|\bcorrection\b|\bart(?:icle)?\.? ?16\b",
            1.2,
            True,
        ),
        (  # "qu'ils mettent enfin la bonne adresse dans leur fichier"
            "correction",
            r"\b(?:mett\w*|indiqu\w*|inscri\w*) (?:\w+ )?(?:la|le|les|mon|ma|mes) bon(?:ne)?s? "
            r"(?:adresse|nom|numero|date|e-?mail|coordonnees)",
            1.1,
            True,
        ),
        (
            "correction",
            r"\berrone\w*|\bmal (?:ecrit|orthographie)\w*|\binexact\w*|\bfau(?:x|sse)\b",
            0.9,
            True,
        ),
        (
            "opt_out",
            r"\bopposition\b|\bm'(?:y )?oppose\b|\bm'opposer\b|\bart(?:icle)?\.? ?21\b",
            1.3,
            True,
        ),
        ("correction", r"\bmal (?:ecrit\w*|orthographi\w*|saisi\w*|renseign\w*)", 1.0, True),
        ("opt_out", r"\bexploit\w*|\bcommercialement\b|\bmonetis\w*|\bprofilage\b", 1.0, False),
        (
            "opt_out",
            r"\bdemarch\w*|\bappels? commerciaux\b|\bsollicitation\w*|"
            r"\boffres? (?:commerciales|promotionnelles)\b|"
            # "des newsletters alors que j'ai jamais rien accepté, stop": the mailings refused
            r"\b(?:newsletters?|sms promo\w*|promos?|mails? promo\w*)\b[^.?!]{0,60}\b(?:stop|"
            r"ca suffit|arret\w*)\b|"
            # "qu'ils arrêtent de m'envoyer des SMS promotionnels", "arrêtez de m'appeler"
            # (asked, not told: not "Free a arrêté de m'envoyer mes factures")
            r"(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bavaient )(?<!\bsont )"
            r"\b(?:arrete[rz]?|arretent|cesse[rz]?|cessent) de (?:m'|me )?(?:envoyer|appeler|"
            r"relancer|solliciter|demarcher)\b",
            1.0,
            False,
        ),
        (
            "correction",
            r"\b(?:n'est|ne sont|n'etait) plus (?:a jour|correct\w*|exact\w*)\b|\bpas a jour\b|"
            r"\bancien\w* (?:adresse|numero|nom|mail|e-mail|telephone)\b|\bchanger\b|"
            r"\bmett\w* a jour\b|\bmodifi\w*",
            0.9,
            False,
        ),
        (
            "opt_out",
            r"\bpubs?\b|\bpublicit\w*|\bcibl\w*|\bprospection\b|\bmarketing\b|"
            r"\bpersonnalis\w*",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\brevend\w*|\bvendre (?:\w+ ){0,2}(?:donnees|infos|informations|coordonnees)\b|"
            r"\bvente de mes\b|\bvend\w* mes\b",
            1.0,
            False,
        ),
    ],
    "es": [
        ("access", r"\bexport\w*\b[^.?!]{0,30}\bdatos\b", 1.0, True),
        ("opt_out", r"\b(?:a|con) terceros\b|\bced\w* mis datos\b", 1.0, False),
        # "que dejen de pasarle mis datos a terceros", "dejar de usar mis datos para publicidad",
        # "que Firefox deje de recoger mis datos de uso"
        (
            "opt_out",
            r"\bdej\w* de (?:pasar|ceder|compartir|vender|usar|utilizar)\w*|"
            # asked of them ("que ... deje de", "dejar de"), not "ya dejé de analizar los datos"
            r"(?:\bque (?:\w+ ){0,3}dej\w*|\bdejar|\bdejen) de (?:recoger|recopilar|rastrear|"
            r"analizar)\w*",
            1.2,
            False,
        ),
        (
            "access",
            r"\bderecho de acceso\b|\bart(?:iculo)?\.? ?15\b|\bacceder\b|"
            # not "el acceso al gimnasio", "acceso a mi cuenta": a door or a login
            r"\bacceso\b(?! al\b)(?! a (?:la|mi) (?:cuenta|app|aplicacion|web|pagina|edificio)\b)",
            1.3,
            True,
        ),
        (
            "access",
            r"\bcopia\b|\bsaber (?:que|q|cuales|todo|toda)\b|"
            # "lo que tienen de mí", not "es BBVA el que tiene mal mi dirección"
            r"(?<!\bel )(?<!\bla )\bque (?:datos )?tien\w*\b(?! mal\b)|"
            r"\bsabe\w* (?:\w+ ){0,2}(?:de|sobre) mi\b|\btiene\w* (?:de|sobre) mi\b|"
            r"\b(?:envie|mande|den|de) (?:\w+ )?mis datos\b|\bquiero mis datos\b|"
            r"\b(?:que|cuales) (?:datos )?(?:guard\w*|almacen\w*|conserv\w*)\b|\bme digan?\b|"
            r"\b(?:ver|saber|tener) todo lo que\b|"
            r"\b(?:necesito|quiero|quisiera|tengo que) pedir\w* (?:a [\w&.'-]+ )?(?:una copia de )?"
            r"mis datos\b",  # "necesito pedirle a X mis datos", not "¿mi hermana puede ...?"
            1.1,
            True,
        ),
        ("access", r"\bsolo ver\b|\bver (?:que|q|mis)\b", 0.9, True),
        (
            "deletion",
            r"\bborr\w*|\belimin\w*|\bsupresion\b|\bsuprim\w*|\bolvido\b|"
            r"\bme olvid\w*|\bolvid\w* (?:todo|todos|todas|mis)\b|\bdesaparec\w*|\bdesaparezc\w*|"
            r"\bdej\w* de (?:guardar|almacenar|conservar)\b|"
            r"\bart(?:iculo)?\.? ?17\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\brectific\w*|\brectifiq\w*|\bcorreg\w*|\bcorrij\w*|\bcorreccion\b",
            1.2,
            True,
        ),
        (
            "correction",
            r"\bno esta(?:n)? actualizad\w*|\bdesactualizad\w*|\bactualic\w*|\bactualizar\w*|"
            r"\b(?:telefono|numero|direccion|correo|email) (?:viejo|antiguo|antigua|vieja)\b|"
            r"\bcambi(?:en|e|adlo|enlo|ela|enla)\b|"
            r"\bcambiar(?:la|lo|las|los)?\b",
            0.9,
            False,
        ),
        (
            "correction",
            r"\b(?:esta|estan|tiene\w*) mal\b|\bmal (?:mi|mis|escrit\w*)\b|"
            r"\berrone\w*|\bincorrect\w*",
            0.9,
            True,
        ),
        (
            "opt_out",
            r"\boposicion\b|\bme opongo\b|\boponerme\b|\bart(?:iculo)?\.? ?21\b",
            1.3,
            True,
        ),
        (
            "opt_out",
            r"\bexplot\w*|\bcomercialmente\b|\bmonetiz\w*|\bpublicitari\w*|"
            r"\belaborar perfiles\b|\bperfila\w*|"
            r"\b(?:retiro|revoco) (?:mi|el) consentimiento\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bllamadas (?:comerciales|publicitarias)\b|\bque (?:no )?me (?:dejen de )?llam\w*|"
            r"\btelemarketing\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bpublicidad\b|\bpubli\b|\banuncios\b|\bmarketing\b|\bcomerciales\b|\bofertas\b",
            1.0,
            False,
        ),
        (
            "opt_out",
            r"\bdej\w* de (?:usar|compartir|vender|utilizar|mandar\w*|enviar\w*|llamar\w*)\b|"
            r"\bvend\w* mis\b|\bpubli\b|"
            r"\bcompart\w*",
            1.1,
            False,
        ),
    ],
    "it": ITALIAN,
    "nl": DUTCH,
}

RULES_BY_LANGUAGE: dict[str, list[tuple[str, re.Pattern[str], float, bool]]] = {
    lang: [
        (right, re.compile(pattern), weight, neg)
        for right, pattern, weight, neg in [*rules, *TRACKING.get(lang, [])]
    ]
    for lang, rules in _RAW.items()
}
