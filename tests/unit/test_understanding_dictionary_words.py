"""Words a dictionary holds and names it does not: everyday words in lower case in a message
that asks nothing of data are no company ("picnic", "quality outcomes"), a brand no dictionary
holds is a name even typed in lower case ("uber", "airbnb"), a verb of the message's language
is no misspelt name ("profila"); and the wordings of rights, questions and grievances met in
people's own messages."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.lexicon import in_a_dictionary
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_dictionaries_tell_everyday_words_from_brands() -> None:
    assert in_a_dictionary("picnic") and in_a_dictionary("über") and in_a_dictionary("sky")
    assert not in_a_dictionary("uber") and not in_a_dictionary("airbnb")
    assert in_a_dictionary("profila", ("it",)) and not in_a_dictionary("profila", ("nl",))


@pytest.mark.parametrize(
    "text",
    [
        "could you help me phrase a title like quality outcomes beat quick wins? it's for a talk",
        "morgen gaan we picnic doen aan het strand, neem jij de dekens mee?",
    ],
)
def test_everyday_words_in_a_message_about_nothing_of_data_are_no_company(
    catalog, text: str
) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.companies == []
    assert intent.kind != "request"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("I moved to Leeds last year and I want uber to wipe my trip history", "uber", "deletion"),
        ("ciao, airbnb mi scrive ogni giorno con offerte, basta pubblicità", "airbnb", "opt_out"),
    ],
)
def test_a_brand_no_dictionary_holds_is_a_name_in_lower_case(
    catalog, text: str, company: str, right: str
) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == (company, right)


def test_a_verb_of_the_message_is_no_misspelt_company(catalog) -> None:
    intent = understand("la catena profila ogni acquisto che faccio, mi voglio opporre", catalog)
    assert intent.companies == []
    assert intent.right == "opt_out"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("get insta to quit using my photos to target ads at me", "opt_out"),
        ("je veux récupérer tout ce que Deezer sait de moi", "access"),
        ("vorrei scaricare tutto quello che Spotify ha salvato su di me", "access"),
        ("gooi al mijn gegevens weg bij Zalando", "deletion"),
        (
            "Article 16 du RGPD : je demande la rectification de mon nom chez Fnac, écrit Durant "
            "au lieu de Durand",
            "correction",
        ),
    ],
)
def test_rights_in_people_s_own_wording(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


def test_a_fee_question_without_a_question_mark_is_a_question(catalog) -> None:
    intent = understand("kostet so eine auskunft nach dsgvo was oder ist das kostenlos", catalog)
    assert intent.kind == "question" and intent.right is None


def test_a_deleted_post_to_be_restored_is_a_grievance(catalog) -> None:
    intent = understand("Instagram me borró una foto sin motivo, quiero que la restauren", catalog)
    assert intent.kind == "complaint" and intent.right is None


def test_the_right_spelling_and_the_wrong_one_of_a_name_are_no_company(catalog) -> None:
    intent = understand(
        "ze hebben mijn naam verkeerd, het is Bakker niet Backer, graag aanpassen",
        catalog,
        current_company="zalando",
    )
    assert intent.unknown_company is None
    assert (intent.company, intent.right) == ("zalando", "correction")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Got a Boots card in Leeds years ago, since moving to Tucson I only shop online", "US-AZ"),
        ("so when I got home to Glasgow the texts started again", "GB"),
        ("Jetzt wohn ich in Freiburg und arbeite im Schichtdienst", "DE-BW"),
        ("Wohne übrigens in Graz.", "AT"),
        ("me fui de Valencia a Bilbao hace dos años por trabajo", "ES"),
        ("Ik ben vorig jaar van Groningen naar Antwerpen verhuisd", "BE"),
    ],
)
def test_where_a_person_lives_now_after_a_move(catalog, text: str, code: str) -> None:
    assert understand(text, catalog).residence == code


def test_a_trip_from_one_city_to_another_is_no_move(catalog) -> None:
    intent = understand("morgen met de trein van Utrecht naar Antwerpen voor een concert", catalog)
    assert intent.residence is None


def test_the_company_no_longer_used_of_two(catalog) -> None:
    intent = understand(
        "Ik heb een account bij Deezer en een bij Spotify maar ik gebruik alleen nog Spotify. "
        "Verwijder de die ik niet meer gebruik",
        catalog,
    )
    assert intent.company == "deezer" and intent.right == "deletion"


@pytest.mark.parametrize(
    "text",
    [
        "Remote agents wanted: we are hiring, must be fine deleting old tickets. DM me",
        "c'est free le musée le dimanche ? on veut y accéder tôt",
    ],
)
def test_no_company_in_an_advert_or_a_question_about_a_free_visit(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.right is None


def test_a_shouted_message_names_no_unknown_company_by_its_capitals(catalog) -> None:
    intent = understand(
        "WARUM BEKOMME ICH STÄNDIG WERBUNG VON DER TELEKOM, ICH WILL DASS DAS AUFHÖRT", catalog
    )
    assert intent.unknown_company is None
    assert (intent.company, intent.right) == ("telekom-de", "opt_out")


@pytest.mark.parametrize(
    ("text", "current", "company"),
    [
        ("can they fix my address? they still have the flat on Mill Lane", "monzo-gb", "monzo-gb"),
        ("Nein, keine Löschung. Die sollen nur aufhören, mir Werbung zu schicken.", "ikea", "ikea"),
    ],
)
def test_a_street_or_a_german_noun_is_no_company_instead_of_them(
    catalog, text: str, current: str, company: str
) -> None:
    intent = understand(text, catalog, current_company=current)
    assert intent.unknown_company is None and intent.company == company


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("trenitalia mi manda mail di offerte ogni giorno bastaaa", "opt_out"),
        ("coop basta mail pubblicitarie, toglietemi da tutte le liste", "opt_out"),
        ("Vorrei che Google togliesse quei vecchi risultati su di me.", "deletion"),
        ("kpn blijft me bellen voor een nieuw abonnement, kan dat stoppen", "opt_out"),
        ("marktplaats heeft mn tel nr verkeerd staan, moet aangepast", "correction"),
        ("Quiero ver todo lo que Spotify ha registrado de mí", "access"),
    ],
)
def test_more_rights_in_people_s_own_wording(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


def test_information_on_where_a_parcel_is_is_no_access_request(catalog) -> None:
    intent = understand(
        "Mein Paket wurde als zugestellt markiert, ist aber nie angekommen. Ich will eine "
        "Auskunft, wo das Paket ist!",
        catalog,
    )
    assert intent.right is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bin gebürtige Kölnerin, wohne aber seit zwölf Jahren in Freiburg.", "DE-BW"),
        ("Installée à Montréal depuis 2021, je veux que Deezer efface mes données.", "CA-QC"),
        ("J'ai déménagé de Lille à Bordeaux en mai.", "FR"),
        ("Mi sono trasferita da Bari a Monaco di Baviera l'anno scorso.", "DE-BY"),
        ("Woon in Rotterdam-Zuid, en Snapchat mag mijn locatie niet meer gebruiken.", "NL"),
        ("I've been in Leeds my whole adult life, never lived in Bradford.", "GB"),
    ],
)
def test_more_ways_of_saying_where_one_lives(catalog, text: str, code: str) -> None:
    assert understand(text, catalog).residence == code


def test_a_company_the_person_does_not_mind_is_set_aside(catalog) -> None:
    intent = understand(
        "Ich hab die App von dm und die von Rossmann. Rossmann ist mir egal, aber von dm will "
        "ich wissen, was die über mich gespeichert haben.",
        catalog,
    )
    assert (intent.company, intent.right) == ("dm-drogerie", "access")


def test_a_neighbour_is_no_company(catalog) -> None:
    intent = understand("Otto von nebenan hat mein Paket angenommen, es kam nie an.", catalog)
    assert intent.company is None


def test_two_companies_and_no_choice_made_is_asked(catalog) -> None:
    intent = understand(
        "Tengo cuenta en Vinted y en Wallapop. Quiero que borren mis datos, pero no sé por cuál "
        "empezar.",
        catalog,
    )
    assert intent.company is None and intent.must_ask == "two_companies"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "ABN AMRO heeft mijn achternaam als 'Smit' staan in plaats van 'de Smit'. Graag "
            "aanpassen.",
            "abn-amro",
        ),
        (
            "Cdiscount écrit mon nom « Martin » au lieu de « Martín ». Merci de faire rectifier.",
            "cdiscount",
        ),
    ],
)
def test_names_in_quotes_are_the_person_s_not_a_company(catalog, text: str, company: str) -> None:
    intent = understand(text, catalog)
    assert intent.unknown_company is None
    assert (intent.kind, intent.company, intent.right) == ("request", company, "correction")


def test_an_elision_is_no_quote(catalog) -> None:
    intent = understand(
        "Ho messo in vendita su Subito l'abito, ora mi scrivono su WhatsApp sconosciuti che sanno "
        "il mio nome. Vorrei sapere quali dati ha Subito su di me.",
        catalog,
    )
    assert intent.company is None and intent.unknown_company == "Subito"


@pytest.mark.parametrize(
    ("text", "kind", "right"),
    [
        (
            "insta : je veux récupérer toutes mes données, même celles que j'ai supprimées",
            "request",
            "access",
        ),
        ("j'aimerais ne plus exister du tout pour Vinted", "request", "deletion"),
        ("¿Se pueden negar a borrar mis datos si les debo dinero?", "question", None),
        ("e loro non devono più passare i miei dati a terzi", "request", "opt_out"),
        (
            "Google Maps mi segue: voglio la cronologia delle posizioni che hanno salvato",
            "request",
            "access",
        ),
        (
            "AH stuurt me elke week aanbiedingen op basis van wat ik koop, geen profilering meer",
            "request",
            "opt_out",
        ),
        (
            "can i get everything my xbox account has logged about me? chats, purchases, all of it",
            "request",
            "access",
        ),
        ("quiero q el face borre mi cuenta entera", "request", "deletion"),
    ],
)
def test_questions_and_rights_in_more_wordings(catalog, text: str, kind: str, right) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == (kind, right)


def test_access_to_a_gym_is_no_right_of_access(catalog) -> None:
    assert understand("Me han denegado el acceso al gimnasio otra vez.", catalog).right is None


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Experian and Equifax both have my surname as Obrien. Do Experian first.", "Equifax"),
        (
            "I thought of Experian, but Equifax is worse, start with them. I want my file.",
            "Experian",
        ),
    ],
)
def test_the_company_to_start_with(catalog, text: str, other: str) -> None:
    intent = understand(text, catalog)
    meant = {m.name.split()[0] for m in intent.companies if not m.negated}
    assert meant and other not in meant
    assert intent.right in ("correction", "access")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Vodafone, die rufen ständig an wegen Tarifwechsel", "opt_out"),
        ("Sky mi manda offerte per SMS. Procedi con loro per farli smettere", "opt_out"),
        (
            "Kunnen ze gewoon mijn adres goed zetten in hun systeem, Swapfiets bedoel ik?",
            "correction",
        ),
        ("Je veux juste que Free mette enfin la bonne adresse dans leur fichier.", "correction"),
    ],
)
def test_still_more_wordings(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


def test_spanish_en_is_no_and_between_two_names(catalog) -> None:
    intent = understand(
        "Trabajé en Qualfon y tienen mal mi apellido, quiero que lo corrijan", catalog
    )
    assert intent.unknown_company is None
    assert (intent.company, intent.right) == ("qualfon", "correction")


def test_a_mail_programs_signature_names_no_company(catalog) -> None:
    intent = understand(
        "Siguen llegando correos de AliExpress cada día. Que dejen de usar mis datos para "
        "publicidad.\n\nEnviado desde mi iPhone",
        catalog,
    )
    assert [m.id for m in intent.companies] == ["aliexpress"]


@pytest.mark.parametrize(
    ("text", "kind", "right"),
    [
        ("¿Me pueden cobrar algo por pedir una copia de mis datos?", "question", None),
        (
            "does tesco sell customer data?? thinking about a clubcard but not if they do",
            "question",
            None,
        ),
        (
            "Quella che hanno è sbagliata, possono correggere la mia email, Meetic intendo?",
            "request",
            "correction",
        ),
        ("let's start with zoom, what data do they actually have about me?", "request", "access"),
        ("voglio ke amazon mi dica ke dati anno su di me", "request", "access"),
        (
            "Iliad deve smettere di passare i miei dati ai partner commerciali.",
            "request",
            "opt_out",
        ),
        ("bjr jvoudrai ke backmarket efface mes donnes mrc", "request", "deletion"),
    ],
)
def test_the_last_batch_of_wordings(catalog, text: str, kind: str, right) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == (kind, right)


def test_money_back_is_a_grievance(catalog) -> None:
    intent = understand(
        "My Uber Eats order never showed up. I want my money back and that driver's rating "
        "deleted, this is ridiculous",
        catalog,
    )
    assert intent.kind == "complaint" and intent.right is None


@pytest.mark.parametrize(
    ("text", "unknown", "rejected"),
    [
        (
            "I closed Hulu and Netflix. Netflix can keep my stuff, but Hulu must wipe everything.",
            "Hulu",
            None,
        ),
        (
            "Ich hab bei Rossmann und bei Müller eine Karte. Bei Müller soll alles gelöscht "
            "werden, Rossmann kann bleiben.",
            None,
            "rossmann",
        ),
    ],
)
def test_a_company_that_may_keep_the_data_is_not_written_to(
    catalog, text: str, unknown, rejected
) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.right == "deletion"
    assert intent.unknown_company == unknown
    assert rejected is None or rejected in intent.rejected


def test_keeping_some_data_still_asks_the_company_for_the_rest(catalog) -> None:
    intent = understand("Spotify can keep my playlists but delete my payment data", catalog)
    assert (intent.company, intent.right) == ("spotify", "deletion")


def test_an_empty_word_is_in_no_dictionary() -> None:
    assert not in_a_dictionary("") and not in_a_dictionary("  ")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Ich war bei Telekom und Vodafone. Die Telekom darf nichts behalten, bitte löschen",
            "telekom-de",
        ),
        (
            "Spotify can keep my playlists but delete my payment data, I want to stay anonymous",
            "spotify",
        ),
    ],
)
def test_a_company_that_may_not_keep_anything_is_the_one_asked(
    catalog, text: str, company: str
) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Hice una reserva en un restaurante con TheFork, borren todo", "deletion"),
        ("I applied to a job offer at Spotify and want them to delete my data", "deletion"),
        ("Can you delete my Spotify data free of charge?", "deletion"),
    ],
)
def test_ordinary_words_near_the_new_cues_keep_the_right(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


def test_a_reply_about_a_phone_contract_is_no_mail_signature(catalog) -> None:
    intent = understand("Von meinem Handyvertrag bei Vodafone", catalog, expecting="company")
    assert intent.company == "vodafone-de"


def test_name_and_surname_then_two_companies(catalog) -> None:
    intent = understand(
        "Il mio nome e cognome sono sbagliati da Iliad e Fastweb, correggete per favore", catalog
    )
    assert intent.unknown_company in ("Iliad", "Fastweb")
