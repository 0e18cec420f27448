"""Word-stem rules: the same signals as assistant/replies/cues.py, by words rather than phrases.

A phrase list misses "we confirm the receipt of your request" when it knows "we have received
your request"; a stem rule does not care about word order. Each rule is groups of stems
separated by "|": a sentence carries the rule's signal when every group has a word that starts
with one of its stems ("=word" must be the whole word, "*stem" may stand anywhere in the word,
for compounds such as "Datenschutzportal"). Negations are whole words, so "nichts" is not
"nicht". NEAR rules weigh word order: a negation counts only when the verb it denies follows
within a few words ("we will not be providing", "nous ne donnerons pas suite"), and not when
"no longer" makes it a fulfilment ("ne seront plus partagées"). The two readers add up: cues.py
for set phrases, this for the vocabulary.
"""

from __future__ import annotations

import functools
import re

NEG = (
    "=not =unable =cannot =can't =cant =won't =never =nicht =kein =keine =keinen =pas =ne "
    "=n'avons =n'est =no =non =niet =geen =helaas"
)
ABLE = (
    "possib able process fulfil comply proceed honor honour möglich nachkommen bearbeit "
    "entsprech stattgeb pouv mesure aboutir satisf soddisf podemos posib atend tramit procede "
    "possibil possiamo accogl evader kunnen mogelijk behandel voldo inwillig uitvoer "
    "respond"
)
IDENTITY = (
    "identit identid identifi ausweis personalausweis reisepass passport passeport =dni =nie "
    "=riconoscimento pasaporte "
    "identiteitsbewijs paspoort idin legitimati =id"
)
VERIFY = (
    "verif comprob confirm prove bestätig nachweis prüf vérif justifi acredit aanton tonen "
    "vaststel controle"
)
SEND = (
    "send provide copy upload copie kopie übermitteln senden zusenden schicken adresser "
    "transmettre fournir envoy envi remit aport facilit copia invi fornir trasmett stuur "
    "opsturen toesturen upload indic indiq"
)
REQUEST = (
    "request enquir application anfrage antrag ersuchen anliegen demande requête solicitud "
    "petición richiesta istanza verzoek aanvraag"
)
RECEIVED = (
    "received receipt erhalt eingang eingegangen reçu réception recibid recibimos recepción "
    "ricevut ricezione ontvangen ontvangst"
)
DONE = (
    "deleted erased removed corrected updated rectified anonymi unsubscribed gelöscht entfernt "
    "berichtigt korrigiert aktualisiert anonymisiert supprimé effacé rectifié corrigé "
    "eliminad suprimid borrad rectificad corregid actualizad cancellat eliminat rimoss "
    "rettificat aggiornat verwijderd gecorrigeerd bijgewerkt gewijzigd geanonimiseerd gewist "
    "opgeheven wiped purged destroyed vernietigd vernichtet détruit destruid distrutt retiré "
    "retirée retirad sistemat arreglad =getilgt cambiad changed geändert modifié modificad "
    "modificat"
)
ATTACHED = (
    "attached attachment enclosed anhang anbei beigefügt jointe ci-joint adjunt allegat anexo "
    "bijlage bijgevoegd bijgaand"
)
TIME = (
    "extension extend verlänger fristverlänger prolong prorog prórroga prorrog ampli amplí verleng"
)
TIME_WORD = "time zeit temps tiempo tempo tijd"
NO_DATA = "data daten donnée datos dato dati gegevens information informationen record"
CONTROLLER = "processor controller auftragsverarbeiter sous-traitant encargad"

CHANNEL_PLACE = (
    "=webform *formular *formulaire *formulario =modulo =moduli *formulier *portal "
    "portail =portale dashboard =app =apps privacy-center *center *centre *centrum =chat "
    "=hotline =helpline =branch =branches =filiale =agence =sucursal =filiaal"
)
CHANNEL_GO = (
    "use using utilis nutz verwend benutz utiliz usa usare gebruik sign log visit besuch "
    "rendez =rends =rends-toi compil rellen cumpliment fill submit indien invul =vullen accéd "
    "acced accedi anmeld inlog "
    "scriv schreib écri escrib =write =chat passa =passare =go =gehen =ga =call =llame =llamar "
    "=appelez =chiama =bel =anrufen"
)
ACCOUNT = "*account *konto compte cuenta =conto =area espace mijn"
ACCESS_GO = "sign log accéd acced accedi accede connect anmeld inlog inicia"
ASK = (
    "=serviranno =servono =occorre =occorrono =occorreranno =faudra =harán "
    "=need =needs =require =benötigen =brauchen =besoin =necesitamos =necesitaremos =bisogno "
    "=nodig =nécessaire =necessario =necesario"
)
DETAIL = (
    "código codice =code numéro número numero *nummer postcode postleitzahl "
    "geburtsdatum birth naissance nacimiento nascita geboortedatum"
)
PERSONAL_DETAIL = (
    "geburtsdatum birth naissance nacimiento nascita geboortedatum postcode postleitzahl =iban"
)
HOLDER = "holder owner inhaber titulaire titular titolare *houder eigenaar"
WITHHOLD = (
    "withheld withhold redact geschwärzt zurückgehalten zurückbehalten occulté caviard "
    "omitid oscurat omess weggelakt achtergehouden"
)
MARKET_WHY = (
    "subscri inscri iscritt abonn suscri ingeschreven aangemeld angemeldet registered "
    "receiv recev erhalt ricev recib ontvang"
)

CAN_YOU = "=kunt =kan =können =kannst =pouvez =peux =puede =puedes =può =puoi =you_can"
FIRST_PERSON = "=i =i'm =ich =je =sono =estoy =estaré =ik =ben =am"
HOLIDAY = (
    "holiday vacation =leave urlaub vacances congé vacaciones ferie vakantie verlof =absent "
    "=ausente =assente =afwezig"
)
FUTURE_ANSWER = (
    "reviendr répondrons répondra responderemos responderá contestaremos risponderemo "
    "risponderà =melden terugkomen"
)
CONTRAST = (
    "=but =aber =mais =pero =ma =maar =however =toutefois =cependant =jedoch =allerdings "
    "=obstante =embargo =tuttavia =però "
    "=echter =invece"
)
REMAIN = (
    "=stay =stays =remain =remains =resteront =restera =restent =reste =bleiben =bleibt "
    "=verbleiben "
    "permanecer permanecerá =rimarranno =rimarrà =rimangono =restano =resta =blijven =blijft"
)
ALREADY = "=already =bereits =schon =déjà =ya =già =al"
SAME = (
    "=same gleich même =misma =mismo =mismas =stessa =stesso =stesse =zelfde =dezelfde =hetzelfde "
    "dieselbe derselbe dasselbe denselben"
)
MAKE_SURE = (
    "sure sicherstell sicherzustell sicherzugeh sichergeh vergewiss assur garantiz asegur "
    "assicur accert zeker"
)
WHO = (
    "=owner =eigenaar =holder *inhaber =titulaire =titular =titolare =really =wirklich =vraiment "
    "=realmente =davvero =echt =émane =stammt proviene provenga =afkomstig =yourself "
    "=yours =tuya =tuyo =vôtre "
)

APPLIED = (
    "=applied =completed =actioned =fulfilled =honoured =honored =executed =umgesetzt "
    "=erledigt =durchgeführt =effectuée =réalisée =appliquée =aplicada =completada =realizada "
    "=eseguita =completata =completato =applicata =uitgevoerd =afgerond =verwerkt"
)
DOWNLOAD = "download herunterlad télécharg descarg scaric export esport"
SURVEY = (
    "survey questionnaire umfrage befragung fragebogen enquête sondage encuesta sondaggio "
    "questionario vragenlijst"
)
OPINION = (
    "opinion feedback meinung avis opinión parere mening =take =nehmen teilnehm particip "
    "répond respond rispond invul minut"
)
ANSWER_NOUN = "response answer reply antwort auskunft réponse respuesta risposta antwoord reactie"
FUTURE = (
    "=will =shall =wird =werden =sera =seront =será =serán =sarà =saranno =zal =zullen "
    "=within =innerhalb =binnen =entro =dentro"
)

RULES: dict[str, tuple[str, ...]] = {
    "ack": (
        f"{RECEIVED} | {REQUEST}",
        "confirm bestätig confirm confirmam conferm bevestig | " + RECEIVED,
        FUTURE_ANSWER,  # "notre DPO reviendra vers vous"
        f"{ANSWER_NOUN} | {FUTURE}",  # "a response will be provided within the time limit"
    ),
    "identity": (
        f"{IDENTITY} | {VERIFY} {SEND}",
        f"{MAKE_SURE} | {WHO}",  # "to make sure the request really comes from you"
        # "wilt u ons uw geboortedatum en postcode laten weten?"
        f"{CAN_YOU} =wilt =could =would =pourriez =podría =potrebbe =könnten | {PERSONAL_DETAIL}",
        # "Kun je ons je klantnummer sturen?", "¿Nos puedes confirmar el número de contrato?"
        f"{CAN_YOU} =kun =could =would | {SEND} =sturen confirm confirmar bevestig bestätig | "
        f"{DETAIL}",
        f"{ASK} | {IDENTITY}",  # "wij hebben eerst een bevestiging van uw identiteit nodig"
    ),
    "ooo": (f"{FIRST_PERSON} | {HOLIDAY}",),
    "channel": (
        f"{CHANNEL_GO} | {CHANNEL_PLACE}",
        f"{ACCESS_GO} | {ACCOUNT}",
        f"{DOWNLOAD} | =yourself =selbst =zelf =vous-même =autonomamente =mismo =misma",
        # "Sie können Ihr Profil jederzeit selbst ändern oder löschen"
        f"{CAN_YOU} =can | =yourself =selbst =zelf =vous-même =autonomamente =mismo =misma | "
        "change delete edit ändern änder lösch modifi supprim cambi elimin cancell wijzig "
        "verwijder aanpass manage verwalt gérer gestion schließ =close ferm cerr chiud sluit",
        # "stellen Sie die Anfrage dort erneut", "submit it again through the app"
        f"=erneut =again =nouveau =nuevo =nuevamente =nuovo =nuovamente =opnieuw | {REQUEST} "
        f"=it | {CHANNEL_PLACE} {ACCOUNT} kundencenter",
    ),
    "marketing": (
        f"newsletter nieuwsbrief | {MARKET_WHY}",
    ),
    "extension": (
        f"{TIME} | {REQUEST} {TIME_WORD} frist délai plazo termine termijn period deadline "
        "response antwort réponse respuesta risposta",
    ),
    "done": (
        DONE,
        ATTACHED,
        f"{APPLIED} | {REQUEST} preferen präferenz préférence preferencia opt-out opposition "
        "widerspruch oposición opposizione bezwaar",  # "your opt-out has been applied"
        f"{DOWNLOAD} | {NO_DATA} données export",  # "download all your data from this link"
        "=stop =stopped =cease =ceased | shar sell verkauf partag compart condivi vend deel",
    ),
    "survey_weak": (f"{SURVEY} | {OPINION}",),
    "refuse": (
        f"{NEG} | {ABLE}",
        WITHHOLD,
        f"{CONTRAST} | {REMAIN}",  # "however, your reviews will remain visible"
    ),
    "r_not_verified": (
        f"{NEG} | {VERIFY.replace('confirm ', '')} | {IDENTITY} {HOLDER}",
    ),
    "r_not_controller": (
        f"{CONTROLLER} | {NEG} client kunden clients clientes clienti klanten behalf auftrag",
    ),
    "r_too_many": (
        "identical identiqu identisch idéntic identich identiek gleichlautend repeated wiederholt "
        "répét reiterad ripetut herhaald repetitiv repetid ripetitiv wiederhol | request "
        "anfrage antrag ersuchen demande solicitud richiest verzoek parte part teil partie deel",
        f"{ALREADY} | {SAME}",  # "you already asked for the same information"
        # "ya se las enviamos en respuesta a sus dos solicitudes anteriores"
        "anterior earlier previous vorherig früher précédent precedent preceden vorig eerder | "
        "request anfrage antrag demande solicitud richiest verzoek | send sent enviamos envoy "
        "geschickt gesendet übermittelt inviat gestuurd provid",
    ),
    "r_jurisdiction": (
        "resid risied risiede wohn domicil wohnhaft woont | =not =nicht =pas =no =non =niet =kein "
        "=keine =geen =doesn't =outside =außerhalb =hors =fuera =fuori =buiten =only =nur "
        "=seulement =uniquement =solo =solamente =sólo =soltanto =alleen",
        # "the right is granted by California law to California residents"
        "=granted =grants =gewährt =accordé =accorde =otorga =otorgado =concede =concesso "
        "=riconosce =toegekend =kent | resid",
        # "you live in Mississippi, which does not have a privacy law granting ..."
        "=live =lives =wohnen =wohnt =habitez =vivez =vive =vives =vivi =abita =woont =woon | "
        "=law =laws =gesetz =loi =ley =legge =wet | =not =nicht =pas =no =non =niet =kein "
        "=keine =geen =doesn't",
        # "De CCPA geldt niet voor ons", "soumise à la loi du Québec et non au RGPD"
        "=ccpa =cpra =gdpr =dsgvo =rgpd =avg =lgpd =pipeda =loi =ley =legge =wet =law =gesetz "
        "| geldt =gilt =apply =applies =applique =aplica =applica soumis sujet soggett "
        "| =not =nicht =pas =no =non =niet =doesn't =does",
        "covered gedeckt erfasst couvert cubiert copert gedekt | =not =nicht =pas =no =non "
        "=niet | act law gesetz loi ley legge wet gdpr dsgvo rgpd avg ccpa cpra",
    ),
}  # fmt: skip


# A negation, then within a few words the verb it denies. "No longer" words between them
# make the sentence say that something stopped (done), not that it is refused.
NEAR_NEG = (
    "=not =unable =cannot =can't =cant =won't =never =nicht =kein =keine =keinen =ne =n' "
    "n' =no =non =niet =geen =nie =niemals =jamais =nunca =mai =sans =ohne =senza =zonder"
)
# A verb, then its negation: "verstrekken wij niet", "löschen wir nicht", "non forniamo".
AFTER_NEG = "=not =nicht =niet =pas =keine =geen"
VIA = "=via =through =über =par =tramite =mediante =través =using"
ONLY = (
    "=only =exclusively =nur =ausschließlich =uniquement =exclusivement =seulement =solo =sólo "
    "=únicamente =exclusivamente =soltanto =esclusivamente =unicamente =alleen =uitsluitend"
)
NOT_LONGER = frozenset(["longer", "mehr", "plus", "meer", "più", "más", "langer"])
REFUSED_ACTS = (
    "process provid fulfil comply proceed honor honour delet eras remov correct amend disclos "
    "complet effettu effectu realiz durchführ offline "
    "=act releas action supply bearbeit nachkomm entsprech lösch berichtig erteil herausg "
    "übermitt bereitstell stattgeb trait =donner =donnerons =donnera =suite supprim effac "
    "rectifi communiqu transmett satisf fourn atend tramit procesa suprim elimin borr rectific "
    "facilit entreg proporcion proced evader soddisf cancell rettific fornir comunic accogl "
    "trasmett behandel verwerk verwijder voldo inwillig uitvoer verstrek aanpass corrigeer "
    "beantwort beantwoord nachzukomm inclu includ incorpor verfügung accept remit"
)
FOUND = (
    "found find gefunden finden trouv encontr localiz trovat risult gevonden aangetroffen "
    "locat identif hold détenons disponemos tratamos deteniamo trattiamo consta rilev "
    "riscontr detect feststell constat"
)
HELD = f"{NO_DATA} account konto kundenkonto compte cuenta =conto klant customer cliente"
SENT_OR_GOT = (
    "send sent provid submit übermittel gesendet zugesandt eingereicht erhalten envoy transmis "
    "fourni enviado enviad aportad remitid inviat trasmess fornit gestuurd aangeleverd "
    f"{RECEIVED}"
)
PROOF = (
    f"{IDENTITY} document dokument unterlag nachweis justificati documentaci documentazion bewijs"
)
VERIFY_ACT = "verif vérif verific controle"
MORE = (
    "additional further extra weitere zusätzlich supplémentaire adicional ulterior aanvullend "
    "=altri =altre =otros =otras =autres =andere =another "
    "=more =más =più =mehr =meer =plus"
)
TIME_UNITS = (
    "=days =weeks =months =tage =tagen =wochen =monate =monaten =jours =semaines =mois =días "
    "=semanas =meses =giorni =settimane =mesi =dagen =weken =maanden"
)
COPULA = (
    "=étant =being =siendo =essendo =zijnde =is =are =was =were =remains =ist =sind =war =waren "
    "=est =sont =es =son =está =están =è =sono =risultano =risulta =zijn =blijft =blijven"
)
ACCURATE = (
    "=accurate =correct =zutreffend =korrekt =richtig =exact =exacte =exactes =exacts =correcte "
    "=correctes =corrette =corretti =corretta =corretto =correcta =correcto =correctas "
    "=correctos =juist =juiste =kloppend =conformes =conforme =conform =übereinstimmend"
)
CONTROLLER_NOUN = (
    "=responsable =responsabile =verantwortlicher =verantwortliche =controller "
    "=verwerkingsverantwoordelijke =titolare"
)
RESPONSIBLE = "=verantwortlich =responsible =responsable =responsables =verantwoordelijk"
NEAR_RULES: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    # (first, then within so many words, anywhere in the sentence, so many)
    "refuse": (
        (NEAR_NEG, REFUSED_ACTS, "", 6),
        (REFUSED_ACTS, AFTER_NEG, "", 5),
        ("=declines =decline =declined =declining", REFUSED_ACTS, "", 3),  # "declines to comply"
    ),
    # "für diese Daten ist nicht die X GmbH, sondern die Y GmbH verantwortlich"
    "r_not_controller": (
        (NEAR_NEG, RESPONSIBLE, "", 10),
        # "dicho tratamiento lo realiza X como responsable, por lo que no podemos ..."
        (f"=como =come =als =as =qualité {VIA}", CONTROLLER_NOUN, NEAR_NEG, 2),
    ),
    # "the data we hold is correct", "coincide con el documento de identidad": a correction
    # refused because the record is right (a reason of its own, not a want of proof)
    "r_accurate": (
        (COPULA, ACCURATE, "", 2),
        ("correspond corrispond coincid entspricht entsprechen =matches =match", PROOF, "", 8),
    ),
    "channel": (
        (VIA, ACCOUNT, ONLY, 2),  # "alleen via Mijn Campus Wonen"
        (CHANNEL_GO, "=form =forms", "", 6),  # "use the form on our site"; not "in allgemeiner
        (VIA, "=form =forms", "", 6),  # Form" (German "shape") far from any verb
        (VIA, CHANNEL_PLACE, ONLY, 4),  # "only through our privacy form"
        (VIA, CHANNEL_PLACE, CAN_YOU, 3),  # "je kunt dit doen via de app"
    ),
    "identity": (
        (ASK, DETAIL, "", 10),  # "we need your customer number"
        # "vragen we je om je klantnummer en postcode", "we ask you for your customer number"
        ("=vragen =vraag =ask =asking =bitten =demandons =pedimos =chiediamo", DETAIL, "", 8),
        (f"{ASK} please bitte", VERIFY_ACT, "", 4),  # "we need to verify your request"
    ),
    "r_not_verified": (  # "as you did not send us the documents we asked for"
        (NEAR_NEG, SENT_OR_GOT, PROOF, 3),
        # "ohne eine zweifelsfreie Identifizierung", "without proof of identity"
        ("=ohne =without =sans =senza =zonder =mangels =faute", IDENTITY, "", 3),
        # "we can't confirm that you're the account holder", "niet kunnen vaststellen dat u
        # gemachtigd bent"
        (
            f"{NEAR_NEG} =faute =mangels =falta =mancanza =gebrek",
            f"{VERIFY} {MAKE_SURE} vaststel",
            f"{HOLDER} gemachtigd authori autori bevollmächt",
            4,
        ),
    ),
    "extension": (
        (ASK, "until =bis jusqu hasta =fino =tot", "", 3),  # "we will need until 5 March"
        (ASK, MORE, TIME_UNITS, 7),  # "necesitamos 30 días adicionales"
        (TIME_UNITS, MORE, ASK, 2),  # "wij hebben twee maanden extra nodig"
    ),
    "no_data": (
        (NEAR_NEG, FOUND, NO_DATA, 6),  # "we did not find any data"
        (FOUND, "=no =keine =aucun =aucune =ningún =ninguna =nessun =geen", HELD, 2),
        (
            "=no =aucun =aucune =ningún =ninguna =nessun =nessuna =alcun =alcuna =geen =keine "
            "=keinerlei",
            NO_DATA,
            "",
            2,
        ),
    ),
}


def _group(text: str) -> Group:
    words = text.split()
    exact = frozenset(w[1:] for w in words if w.startswith("="))
    prefixes = tuple(w.replace("_", " ") for w in words if w[0] not in "=*")
    inside = tuple(w[1:] for w in words if w.startswith("*"))
    return exact, prefixes, inside


Group = tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]


def _hit(word: str, group: Group) -> bool:
    exact, prefixes, inside = group
    if word in exact or word.startswith(prefixes) or any(i in word for i in inside):
        return True
    return "-" in word and word.rsplit("-", 1)[1] in exact  # "tikkie-app", "e-mail-formular"


@functools.cache
def compiled() -> dict[str, list[list[Group]]]:
    """Each signal's rules as groups of (whole words, prefixes), lower case."""
    return {
        name: [[_group(g.lower()) for g in rule.split("|")] for rule in rules]
        for name, rules in RULES.items()
    }


_WORD = re.compile(r"[\w'’-]+")


def stem_signals(sentence: str) -> set[str]:
    """The signals whose stem rules `sentence` meets."""
    words = [w.replace("’", "'") for w in _WORD.findall(sentence.lower())]
    if not words:
        return set()
    found = set()
    for name, rules in compiled().items():
        for rule in rules:
            if all(any(_hit(w, group) for w in words) for group in rule):
                found.add(name)
                break
    for name, near_rules in compiled_near().items():
        if name not in found and any(_near(words, *rule) for rule in near_rules):
            found.add(name)
    return found


@functools.cache
def compiled_near() -> dict[str, list[tuple[Group, Group, Group | None, int]]]:
    """NEAR_RULES as (first, then, anywhere, window) groups, lower case."""
    return {
        name: [
            (_group(a.lower()), _group(b.lower()), _group(c.lower()) if c else None, window)
            for a, b, c, window in rules
        ]
        for name, rules in NEAR_RULES.items()
    }


def _near(words: list[str], first: Group, then: Group, anywhere: Group | None, window: int) -> bool:
    """Whether a word of `first` is followed within `window` words by one of `then` (no
    "no longer" word between), and the sentence has a word of `anywhere` when one is given."""
    if anywhere is not None and not any(_hit(w, anywhere) for w in words):
        return False
    for index, word in enumerate(words):
        if not _hit(word, first):
            continue
        for later in words[index + 1 : index + 1 + window]:
            if later in NOT_LONGER:
                break
            if _hit(later, then):
                return True
    return False
