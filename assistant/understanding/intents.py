"""What kind of message it is, before any slot: a request, a question, a complaint about
something else, a command, small talk - in English, German, French, Spanish, Italian and Dutch.

Part of assistant.understanding.understand; every pattern reads folded text (`clean_text`:
lower case, accents removed). Precision first: a right is acted on only when the message is a
request about personal data ("delete a row in a spreadsheet" and "Netflix removed my favourite
show" are not), and a question about a right is answered, not turned into a letter.
"""

from __future__ import annotations

import re

# Personal data as the object of a request, in the six languages.
PRIVACY_OBJECT = re.compile(
    r"\b(?:data|info|infos|information|informations|details|pii|profile|profil|records?|files?|"
    r"account|history|recordings?|everything|anything|all of it|about me|abt me|"
    r"(?<![a-z]')on me|on file|"  # not "qu'on me rembourse"
    # a history of what the person did: "bestelgeschiedenis", "Bestellverlauf", "historique"
    r"(?:bestel|aankoop|zoek|kijk|koop)\w*geschiedenis|(?:bestell|kauf|such|browser)\w*verlauf|"
    r"(?:bestell|kauf)historie|historique (?:de |des )?(?:commandes?|achats?|recherches?|"
    r"navigation)|historial de (?:pedidos|compras|busquedas|navegacion)|cronologia (?:degli |"
    r"delle |di )?(?:ordini|acquisti|ricerche|navigazione)|storico (?:degli |di )?(?:ordini|"
    r"acquisti)|"
    r"tel\.? ?nr|telnr|profilo|perfil|profiel|profiling|profilering|profilage|perfilado|"
    r"profilazione|profilbildung|"
    # being called or written to again and again: "kpn blijft me bellen", "keeps calling me"
    r"keeps? (?:calling|texting|e-?mailing|ringing) me|blijf\w* (?:me|mij) (?:bellen|mailen|"
    r"appen|sms\w*)|ruf\w* (?:mich )?standig an|n'arret\w* pas de m'appeler|"
    r"no (?:paran|dejan) de llamarme|continua\w* a chiamarmi|"
    r"\w*(?:daten|gegevens|donnees|datos|dati)|"
    r"(?:my|mein\w*|mon|ma|mes|mi|mis|il mio|la mia|mijn|mn|m'n) (?:\w+ )?(?:address|name|surname|"
    r"number|phone|email|birthday|anschrift|adresse|name|telefonnummer|nummer|nom|numero|"
    r"telephone|direccion|nombre|telefono|indirizzo|nome|adres|naam|telefoonnummer|"
    r"surname|last name|date of birth|birthdate|nachname|vorname|geburtsdatum|prenom|"
    r"date de naissance|apellidos?|fecha de nacimiento|cognome|data di nascita|achternaam|"
    r"voornaam|geboortedatum)|"
    # a surname is always a person's: "que me corrijan el segundo apellido"
    r"apellidos?|cognome|achternaam|nachname|surname|"
    # a name or an address held wrong: "col nome sbagliato", "has the wrong address"
    r"(?:wrong|incorrect) (?:address|name|last name|date of birth)|"
    r"(?:nome|indirizzo|direccion|nom|adresse|anschrift|naam|adres) (?:sbagliat\w*|errat\w*|"
    r"equivocad\w*|incorrect\w*|faux|fausse|"
    r"falsch\w*|verkeerd\w*)|"
    r"dni|nie|nif|codice fiscale|bsn|burgerservicenummer|ssn|social security number|"
    r"steuer-?id|numero fiscal|numero de securite sociale|"
    r"daten|datn|kundendaten|konto|eintrag|alles|uber mich|von mir|\w*adresse|\w*nummer|"
    r"donnees|donnee|donne|donnes|infos?|compte|sur moi|"
    # "tout" as what is held ("effacez tout", "tout ce que"), not "le ciel est tout orange"
    r"tout(?![ \t]+(?!ce\b|ca\b|cela\b|de\b|du\b|des\b|sur\b|le\b|la\b|les\b|l'|mon\b|ma\b|mes\b|"
    r"vos\b|votre\b|leur\b|leurs\b|effac|supprim|retir|enlev|envoy|savoir)[a-z])|"
    r"datos|cuenta|todo|de mi|sobre mi|informacion|informazioni|informatie|"
    r"dati|dato|account|tutto|su di me|dato (?:sbagliato|errato)|"
    r"gegevens|alles|van mij|over mij|"
    r"dsar|sar|gdpr|dsgvo|rgpd|avg|ccpa|art\.? ?1[5-7]|article ?1[5-7]|artikel ?1[5-7]|"
    r"articolo ?1[5-7]|articulo ?1[5-7]|forget me|delete me|erase me|remove me|stuff|"
    r"right (?:to|of)|recht (?:auf|op)|droit (?:a|d'|de)|derecho (?:a|de)|diritto (?:a|alla|"
    r"all'|di)|renseignements|huisnr|demarchage|prospection|"
    r"selling|sell|sale|sharing|share|ads|advertising|adverts|marketing|tracking|targeting|"
    r"werbung|pub|publicite|publicidad|anuncios|pubblicita|profilazione|advertenties|reclame|"
    r"angebote|werbeanrufe|werbemails|offres|ofertas|offerte|promozioni|promociones|volantini|"
    r"aanbiedingen|folders|newsletters?|nieuwsbrie\w*|advertisers?|adverteerders?|"
    r"promozional\w*|pubblicitar\w*|promocional\w*|publicitaires?|werbe-?sms|reclame-?sms|"
    r"\w*auskunft\w*|inzage\w*|acces|acceso|accesso|copy|\w*kopie|copie|copia)\b"
)

# "I want / please / can you ..." - the person asks for something to be done.
REQUEST_PHRASE = re.compile(
    r"\b(?:i want|i wanna|i'?d like|i would like|i need|i demand|i request|i'?m asking|"
    r"please|pls|plz|make them|get them to|have them|tell \w+ to|ask \w+ (?:to|for)|"
    r"(?:can|could|would|will) you (?:help|ask|get|tell|make|send|write|have|please)|"
    r"help me|i only want|start with|"
    r"ich (?:will|mochte|moechte|hatte gern|hatte gerne|brauche|verlange|beantrage)|bitte|"
    r"antrag auf|soll\b|sollen\b|"
    r"je (?:veux|voudrais|souhaite|demande|exige)|s'il vous plait|svp|merci de|"
    r"quiero|quisiera|por favor|porfa|xfa|solicito|que \w+ (?:borre|deje|me)|"
    r"voglio|vorrei|chiedo|per favore|grazie|"
    r"ik wil|graag|aub|alsjeblieft|verzoek|moet\b)"
)

_QUESTION_START = re.compile(
    r"^(?!(?:do|does) not\b)(?!do [\w.&'-]+(?: [\w.&'-]+)? first\b)"
    # "what I actually want is a full copy": what is wanted, said, not asked
    r"(?!what (?:i|we)(?:'d| would)? (?:\w+ )?(?:want|need|like|ask for)\b(?!.*\?$))"
    r"(?:how|what|whats|what's|when|where|who|which|why|do|does|did|is|"
    r"are|can|could|will|"
    r"would|should|shall|am|may|has|have|isn'?t|"
    r"wie|was|wann|wo|wer|welche\w*|warum|kann|konnen|darf|muss|ist|sind|hat|haben|gibt|"
    r"verkauft|speichert|stimmt|kostet|"
    r"comment|quel(?:le|les|s)?|quand|ou|qui|pourquoi|combien|est-ce|est ce|peut|puis|a-t-il|"
    r"c'est quoi|qu'est-ce|"
    r"como|que|cual\w*|cuando|donde|quien|por que|cuanto\w*|puede\w*|tiene\w*|es|vende\w*|cuesta|"
    r"come|cosa|che|quale|quando|dove|chi|perche|quanto|quanti|puo|posso|ha|vende|se puede\w*|"
    r"e(?! (?:loro|lui|lei|poi|anche|quindi|io|noi|voi|ora|adesso|comunque)\b)|"
    r"hoe|wat|wanneer|waar|wie|welke|waarom|mag|kan|kun|moet|is|heeft|verkoopt|"
    # "Entro quanti giorni deve rispondermi?", "binnen hoeveel dagen ...?"
    r"entro quant[io]|en cuant[oa]s|binnen hoeveel|within how|in wie viel\w*|"
    r"innerhalb (?:wie|welcher)|(?:sous|dans|en) combien)\b(?!\.\w)"
)

# A grievance that is not about personal data: parcels, delays, refunds, passwords, playlists,
# getting a deleted account or a show back.
COMPLAINT = re.compile(
    r"\b(?:delivered|delivery(?! address| details)|parcel|package|wrong item|refund|"
    r"late again|was late|delay\w*|"
    r"password|playlist|favou?rite show|bring it back|get (?:it|them) back|miss it|closed road|"
    r"never arrived|did ?n[o']t arrive|not arrived|lost my|lost the|nie angekommen|"
    r"nicht angekommen|jamais arrive|pas arrive|nunca llego|no llego|no ha llegado|"
    r"mai arrivato|"
    r"non e arrivato|nooit aangekomen|niet aangekomen|"
    r"paket|bote|verspatung|geld zuruck|zuruck|wiederherstell\w*|passwort|playlist|"
    r"colis|retard|rembours\w*|mot de passe|money back|"
    r"recuper\w*(?!(?: \w+){0,3} (?:donnees|datos|dati|data|copie|copia)\b)"
    r"(?! (?:tout ce|todo lo|tutto (?:quello|cio))\b)|restor(?:e|ed|ing)\b|"
    r"restaur(?:ar|er|ez|en|e|ado|ee|ino|are|ato)\b|"
    r"reactiv\w*|cracked|repair\w*|reparatur\w*|repar\w*|ripar\w*|"
    r"paquete|producto equivocado|retraso|reembolso|contrasena|lista de reproduccion|"
    r"pacco|ritardo|rimbors\w*|raccomandata|perso la mia|ripristin\w*|"
    r"pakket|vertraging|terugzetten|(?<!jaar )(?<!jaren )(?<!maanden )(?<!weken )(?<!tijdje )"
    r"terug|wachtwoord|afspeellijst|"
    r"damaged|broken|beschadigd|kapot|beschadigt|kaputt|endommag\w*|abime|roto|rota|rotto|rotta|"
    r"danneggiat\w*|ausgefallen|fallt aus|verspatet|fahrt (?:heute )?(?:schon wieder )?nicht|"
    r"zahlt nicht|bezahlt nicht|nicht bezahlt|never paid|hasn'?t paid|didn'?t pay|"
    r"cancel\w* (?:my|the) order|order (?:was |got )?cancel\w*|"
    # an order called off, an account to get back into: no privacy request
    r"(?:cancellare|annullare) l'ordine|annuler (?:ma|la) commande|"
    r"(?:borr|cancel|anul|elimin)\w* (?:el|mi) pedido|"
    # a payment gone wrong: "charged my card twice ... I need my $65 back"
    r"charged (?:me|my card|my account) (?:twice|two times|double)|double[- ]charged|"
    r"overcharg\w*|(?:my|the) \$?\d+ back|"
    r"bestelling annuleren|bestellung stornieren|(?:get|have) my account back|"
    r"ne marche plus|ne fonctionne plus|funktioniert nicht|werkt niet|no funciona|non funziona|"
    r"doesn'?t work|not working|won'?t connect|"
    # the wrong thing sent, an exchange or a refund refused
    r"wrong size|wrong colou?r|sent me the wrong|"
    r"falsche\w* (?:\w+ )?(?:geliefert|geschickt|gesendet)|"
    r"umtausch\w*|umtauschen|rucksendung|otra talla|devolver\w*|devuelv\w* (?:el |mi )?dinero|"
    r"corriere|"
    r"nobody (?:showed|turned) up|no-?one (?:came|showed up)|never (?:came|showed up|turned up)|"
    r"niemand (?:kam|ist gekommen)|personne n'est venu|jamais passe|no vino nadie|"
    r"non e venuto nessuno|niemand kwam|"
    r"mauvaise taille|echang\w*|talla equivocada|cambiar(?:me)? (?:el|la) (?:producto|talla)|"
    r"taglia sbagliata|sostituzione|verkeerde (?:maat|kleur|artikel|product)|retourgeld|"
    r"terugbetaling|omruilen|"
    # a delivery gone wrong: "mi ha consegnato un frullatore al posto delle cuffie"
    r"al posto d\w*|au lieu d\w*|en lugar de|en vez de|in plaats van|statt (?:der|des|dem|den)|"
    r"instead of (?:the|my)|consegnat\w*(?! (?:i )?(?:dati|informazioni))|mal entregad\w*)\b"
)

# Off-topic uses of right-words: a row, a grammar, a calendar, a poem, a recipe, the weather.
OFFTOPIC = re.compile(
    r"\b(?:spreadsheet|row|grammar|cover letter|calendar|kalender|calendrier|calendario|"
    r"poem|gedicht|poeme|poema|recipe|we(?:'re| are) hiring|"
    r"rezept|recette|receta|ricetta|recept|weather|wetter|meteo|tiempo|tempo fa|weer|vpn|"
    r"my ex|paragraph\w*|paragraphe|parrafo|paragrafo|alinea|absatz|"
    # timetables: "Ich brauche eine Auskunft: fährt die S-Bahn heute Nacht?"
    r"fahrt (?:die|der|das|heute|morgen|noch)|fahrplan|wann fahrt|letzte(?:r|n)? (?:zug|bus)|"
    r"s-bahn|u-bahn|timetable|horaires? des trains|horario de trenes|"
    # the person's own device: "delete 3000 photos from my phone, storage is full"
    r"(?:photos?|pictures?|pics|files|apps?|videos?) (?:\w+ )?(?:from|off|on) my "
    r"(?:phone|iphone|laptop|computer|pc|mac|tablet|ipad|camera roll|gallery)|storage is full|"
    # "erase it from my mind": a memory, not data
    r"(?:from|out of) my (?:mind|memory|head)|aus meinem (?:kopf|gedachtnis)|"
    r"de ma (?:memoire|tete)|de mi (?:mente|memoria|cabeza)|dalla mia (?:mente|memoria|testa)|"
    r"uit mijn (?:hoofd|geheugen))\b"
)

_SMALLTALK = re.compile(
    r"^(?:hi|hello|hey|hallo|hoi|salut|bonjour|hola|ciao|buongiorno|goedemorgen|"
    r"thanks?|thank you|danke|merci|gracias|grazie|bedankt|dank je|dankjewel)\b"
)

# "actually", "I mean", "sorry": what follows corrects what came before.
CORRECTION_MARK = re.compile(
    r"\b(?:i mean|i meant|sorry|actually|rather|ich meine|ich meinte|eigentlich|je veux dire|"
    r"plutot|quiero decir|mejor dicho|o sea|intendo|volevo dire|ik bedoel|eigenlijk|"
    r"nein,? quatsch|quatsch|ah non|non pardon|pardon|perdon|scusa|scusate|nee sorry|"
    r"aber (?:nee|nein)|but no|mais non|pero no|ma no|maar nee|nee,? warte|nein,? warte|"
    r"meine ich|wait,? no|non attends|non attendez|no espera|no aspetta|nee wacht)\b"
)


_STRONG_REQUEST = re.compile(
    r"\b(?:i want|i wanna|i'?d like|i would like|i need|please|(?:can|could|would|will) you|"
    r"^can \w+(?: \w+)? (?:send|give|tell|show) me|"
    r"^(?:kann|konnte|konnen|konnten|kan|kon|kunnen|peut|pourrait|peuvent|pourraient|puede|"
    r"podria|pueden|podrian|puo|potrebbe|possono|potrebbero) [\w.&-]+(?: [\w.&-]+)? "
    r"(?:mir|mij|me|moi)\b|^(?:puo|potrebbe|possono|potrebbero) [\w.&-]+ mi\b|"
    r"ich (?:will|mochte|moechte|hatte gern)|bitte|kannst du|konnen sie|konnt ihr|"
    r"je (?:veux|voudrais|souhaite)|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|"
    r"quiero|quisiera|por favor|puedes|podeis|(?<!se )pueden|podrias|podrian|podria usted|"
    r"voglio|vorrei|puoi|potete|potreste|potresti|"
    r"ik wil|graag|kun je|kunt u|kunnen jullie|zou je|zou u|zouden jullie|wil je|wilt u|"
    r"aub|alsjeblieft|alstublieft|svp|s'il vous plait|s'il te plait|per favore|per piacere|"
    r"porfa|xfa|vous pouvez (?:leur|lui) demander|tu peux (?:leur|lui) demander|"
    r"(?:les|le) puedes pedir|puedes pedirles|puoi chiedergli|kun je (?:ze|hun) vragen)\b|"
    # "¿me ayudas a pedirle a ... acceso?": help asked to make a request, not with homework
    r"\b(?:help me|me ayudas|me (?:puedes|podrias|podeis) ayudar|ayudame|mi aiuti|"
    r"mi (?:puoi|potresti|potete) aiutare|aiutami|m'aider|aidez-moi|aide-moi|hilf mir|"
    r"helfen sie mir|kun je me helpen|help je me) (?:a |à |to |om |)(?:\w+ )?(?:pedir\w*|"
    r"solicitar\w*|escribir\w*|demander|ecrire|écrire|rediger|rédiger|chiedere|scrivere|"
    r"vragen|schrijven|ask|write|request|send|get)\b|"
    # "¿me ayudas a que lo rectifiquen?": help to have them act; not "a entender qué ..."
    r"\b(?:help me|me ayudas|me (?:puedes|podrias) ayudar|ayudame|mi aiuti|aiutami) (?:a )?"
    r"(?:que|che)\b"
)
# "..., can they fix that?", "kunnen ze dat aanpassen?": asking the company, through us, to act.
_CAN_THEY_ACT = re.compile(
    r"\b(?:can|could) they (?:\w+ ){0,2}(?:fix|correct|update|change|delete|remove|erase|send)\b|"
    r"\b(?:konnen|konnten) (?:sie|die) (?:\w+ ){0,3}(?:andern|korrigieren|berichtigen|loschen|"
    r"entfernen|schicken|senden)\b|"
    r"\b(?:kann|konnte) [\w.&-]+ (?:das|die|den|sie|es) (?:\w+ )?(?:andern|aktualisieren|"
    r"korrigieren|berichtigen|loschen|entfernen)\b|"
    r"\b(?:peuvent|pourraient)-ils (?:\w+ ){0,2}(?:corriger|modifier|supprimer|effacer|envoyer)\b|"
    r"\b(?:pueden|podrian) (?:\w+ ){0,2}(?:corregir\w*|cambiar\w*|borrar\w*|eliminar\w*|"
    r"enviar\w*|mandar\w*)\b|"
    r"\b(?:possono|potrebbero) (?:\w+ ){0,2}(?:correggere|modificare|cancellare|eliminare|"
    r"inviare|mandare)\w*|"
    r"\b(?:kunnen|kan) ze (?:\w+ ){0,5}(?:aanpassen|wijzigen|corrigeren|verwijderen|wissen|"
    r"sturen|opsturen|goed zetten|rechtzetten|verbeteren)\b"
)
# "..., maar even tussendoor: kan Coolblue mijn account en gegevens verwijderen?": the
# company named, the person's own data, a deletion asked in passing.
_CAN_COMPANY_DELETE = re.compile(
    r"\b(?:can|could|kan|kunnen|kann|konnen|peut|puede|pueden|puo|possono) [\w.&-]+ "
    r"(?:my|mijn|mn|m'n|mein\w*|mon|ma|mes|mis?|il mio|i miei|la mia|le mie) (?:\w+ ){0,3}"
    r"(?:delete|remove|erase|verwijderen|wissen|loschen|supprimer|effacer|borrar|eliminar|"
    r"cancellare|eliminare)\b"
)
_ASKS_SELF = re.compile(
    r"\b(?:can|could|may|should|do|must|would) i\b|\bif i\b|\bis it\b|\bwenn ich\b|"
    r"\b(?:muss|kann|darf|soll) ich\b|\b(?:dois|puis|peux)-je\b|\bfaut-il\b|"
    r"^(?:tengo que|debo|puedo|devo|posso|moet ik|mag ik|kan ik)\b"
)


# The person thinking aloud after a question ("trying to figure out if I should bother").
_DELIBERATION = re.compile(
    r"\b(?:trying to|wondering|curious|figur\w* out|just asking|asking for a friend|"
    r"before i (?:decide|bother)|thinking (?:about|of)|considering|"
    r"ich (?:uberlege|frage mich)|je me demande|me pregunto|"
    r"mi chiedo|ik vraag me af|benieuwd|"
    # "... ? a coworker said so": where the person heard it, still asking
    r"said so|told me|i (?:heard|read) (?:that|it|so)|hab(?:e)? (?:ich )?(?:das )?gehort|"
    r"on me l'a dit|on m'a dit|me (?:dijeron|lo dijeron|han dicho)|mi hanno detto|"
    r"heb ik gehoord|zei (?:iemand|een collega)|"
    # "... ? je m'y perds": lost among the rules, still asking
    r"i'?m (?:confused|lost)|i (?:do ?n[o']?t|dont) (?:get|understand) (?:it|this)|"
    r"je m'y perds|je suis perdu\w*|je (?:ne )?comprends (?:rien|pas)|j'y comprends rien|"
    r"(?:j'ai|jai) (?:jamais|pas|rien) compris|"
    r"ich blicke? nicht (?:mehr )?durch|ich versteh\w* (?:das )?(?:nicht|nix)|"
    r"no (?:lo )?entiendo|me lio|non ci capisco|non capisco|ik snap (?:het niet|er niks van)|"
    r"ik begrijp het niet)\b"
)


# Asking what a request costs ("¿Me pueden cobrar algo por ...?", "does it cost anything?");
# not "... free of charge?", "... without any fee?", which ask for the thing itself.
_FEE = re.compile(
    r"\b(?:charge (?:me|us|for)|(?<!without )(?:a|any) fees?|cost (?:me|anything|money)|"
    r"cobrar\w*|cuesta|kostet|kosten|gebuhr\w*|payant|coute|costa|kost het)\b"
)


def asks_a_fee(low: str) -> bool:
    """The message ends asking what a request costs ("... ¿me pueden cobrar por ello?")."""
    last = re.split(r"(?<=[.!?])\s+", low.strip())[-1]
    return last.endswith("?") and bool(_FEE.search(last))


def is_question(low: str, lang: str = "en") -> bool:
    """A question the person asks (not a request phrased as one: "can you delete my data?")."""
    stripped = low.strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", stripped) if s.strip()]
    # The last sentence decides: "Insta is Meta, right? Anyway, I want Instagram to delete it."
    last = (sentences[-1] if sentences else stripped).lstrip("¿¡ ")
    asks = last.endswith("?") or bool(_QUESTION_START.match(last))
    if not asks and len(sentences) > 1 and sentences[-2].endswith("?"):
        # "Does X sell my info? trying to figure out if I should bother": a remark after it
        remark = _DELIBERATION.search(last) and not (
            REQUEST_PHRASE.search(last) or _STRONG_REQUEST.search(last)
        )
        if remark and len(last.split()) <= 12:
            last, asks = sentences[-2].lstrip("¿¡ "), True
    if not asks:
        return False
    if lang == "de" and not last.endswith("?") and re.match(r"(?:will|wollte|mochte) ", last):
        return False  # "will nicht, dass ...": German "(ich) will", not English "will they"
    if "?" not in stripped and re.match(
        r"(?:can|kann|kan|puede|puo|peut) [\w.&-]+ (?:my|mein\w*|mijn|mn|m'n|mis?|mon|ma|mes|"
        r"il mio|la mia|i miei|le mie) ",
        last,
    ):
        return False  # "kan zalando mn account verwijderen": no question mark, a request
    if re.match(r"(?:que|che|qu'\w+) ", last) and "?" not in last:
        return False  # "que dejen de vender mis datos", "che smettano": a wish, not a question
    if asks_a_fee(last):
        return True  # "¿Me pueden cobrar algo por pedir una copia?": a question about a fee
    if _STRONG_REQUEST.search(last) and not _ASKS_SELF.search(last):
        return False
    if (_CAN_THEY_ACT.search(last) or _CAN_COMPANY_DELETE.search(last)) and len(
        sentences
    ) + last.count(",") + last.count(":") > 1:
        return False  # "My number at Deliveroo changed, can they update it?"
    if re.search(r"\bhow (?:do|can|could) i (?:make|get|force|have) \w+", last) or re.match(
        r"(?:can|could) (?:i|we|you) (?:get|make|have|force) [\w&.' -]{2,40}? to \w+", last
    ):
        return False  # "how do I make Quality Outcomes erase my info": a request
    if re.match(r"(?:kan|kun|kunt|zou) (?:je|jij|u|jullie) [\w&.' -]{2,40}? vragen om ", last):
        return False  # "kan je snap vragen om mijn account te deleten": asked to ask them
    if re.search(
        r"\b(?:wie (?:krieg|bekomm)\w* ich|hoe (?:krijg|haal) ik) (?:[\w.&'-]+ ){0,5}weg\b|"
        r"\bhow (?:do|can) i get rid of (?:my|all) |"
        # "hoe krijg ik inzage in wat kpn bewaart", "wie bekomme ich eine Kopie", "comment
        # obtenir une copie", "como consigo una copia", "come ottengo una copia": a request
        r"\b(?:hoe (?:krijg|vraag|kan) ik|wie (?:krieg|bekomm|erhalt)\w* ich|comment (?:obtenir|"
        r"avoir|recuperer|puis-je obtenir)|como (?:consigo|obtengo|pido|puedo (?:obtener|"
        r"conseguir|pedir))|come (?:ottengo|posso (?:ottenere|avere|chiedere))) (?:\w+ )?"
        r"(?:inzage|een kopie|een overzicht|auskunft|eine kopie|une copie|acces|una copia|"
        r"acceso|accesso)\b",
        last,
    ):
        return False  # "hoe krijg ik mn gegevens bij tiktok weg": asks to have them removed
    if re.search(
        r"\bwie (?:kann |konnte )?ich\b[^?]{0,80}\b(?:loe?schen|entfernen|berichtigen|korrigieren) "
        r"lass\w*",
        last,
    ) and not re.search(r"\b(?:wenn|obwohl|falls|trotz)\b", last):
        return False  # "wie kann ich bei Zalando mein Konto entfernen lassen": a request
    if _ASKS_SELF.search(last) or _QUESTION_START.match(last):
        return True
    return not REQUEST_PHRASE.search(last)


# Personal data named outright: "récupérer une copie de mes données" is a request, not a
# grievance about a lost parcel or playlist.
_DATA_WORDS = re.compile(
    r"\b(?:my data|personal (?:data|information)|\w*daten|donnees|datos|dati|\w*gegevens|"
    # "écrit mon nom « Lefevre » au lieu de « Lefèvre »": a name misspelt, not a parcel
    r"(?:my|mon|mein\w*|mi|il mio|mijn|mn|el|le|het|de) (?:\w+ )?(?:name|nom|nombre|nome|naam|"
    r"surname|apellido|cognome|achternaam|nachname|vorname))\b"
)


def is_complaint(low: str) -> bool:
    return bool(COMPLAINT.search(low)) and not _DATA_WORDS.search(low)


# A request's answer and its course: "if Free does not answer within a month".
_ABOUT_A_REQUEST = re.compile(
    r"\b(?:answer\w*|respond\w*|repl(?:y|ies|ied)|request\w*|antwort\w*|beantwort\w*|anfrage\w*|"
    r"antrag\w*|repond\w*|reponse|demande\w*|contest\w*|respuesta|solicitud\w*|rispond\w*|"
    r"risposta|richiesta|antwoord\w*|reageer\w*|reageren|verzoek\w*|rights?|rechte|rechten|"
    r"droits?|derechos?|diritti|privacy|datenschutz|protection des donnees|proteccion de datos|"
    r"bestellung\w*|storn\w*|(?:an|my|the|an online) order|commande\w*|pedido\w*|ordine|"
    r"bestelling\w*|abonnement\w*|subscription\w*|suscripcion\w*|abbonament\w*|abo|"
    r"kundenkonto|customer|kunde|kundin|client|cliente|klant)\b"
)


def about_a_request(low: str) -> bool:
    """The message speaks of a request or its answer (a company named there is meant)."""
    return bool(_ABOUT_A_REQUEST.search(low))


def is_offtopic(low: str) -> bool:
    return bool(OFFTOPIC.search(low))


def has_privacy_object(low: str) -> bool:
    return bool(PRIVACY_OBJECT.search(low))


def is_smalltalk(low: str) -> bool:
    return bool(_SMALLTALK.match(low)) and len(low.split()) <= 6
