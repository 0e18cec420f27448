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
