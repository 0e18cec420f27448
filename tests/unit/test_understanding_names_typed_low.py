"""Company names as people type them: in lower case where a request names its company ("kpn
moet stoppen", "que wallapop deje de ..."), an acronym that is a record's initials ("L'ATM di
Milano"), an English brand opening a sentence of another language ("Qualified a associé ...");
and what is no name: a stressed word ("still HIS"), a short name one letter off a word
("Avios" is no Avis), a web address that merely reads like a typo, the site where ads appear
("advertenties op Facebook"). Also: the same message is read the same way in every process
(a typo with two equally close corrections), and grievances and questions about rights."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.typos import fix_typos
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "name", "right"),
    [
        ("ziggo heeft me adres verkeerd staan, al 3x gebelt, pas et nou eens aan aub", "ziggo",
         "correction"),
        ("je veu ke leboncoin supprime mon conte et ttes mes anonces svp", "leboncoin",
         "deletion"),
        ("k wallapop deje d mandarme publi x fa ya ni lo uso", "wallapop", "opt_out"),
        ("Ik wil mijn Coolblue-account niet opheffen hoor, ik wil alleen zien wat ze over me "
         "bewaren.", "Coolblue", "access"),
    ],
)  # fmt: skip
def test_a_company_not_known_typed_where_a_request_names_it(
    catalog, text: str, name: str, right: str
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.unknown_company, intent.right) == ("request", name, right)
    assert intent.company is None


@pytest.mark.parametrize(
    "text",
    [
        "Home Depot messed up my kitchen order and now I have the wrong cabinets.",
        "Mon collègue Leclerc a effacé tous mes fichiers sur le serveur partagé du bureau, je "
        "fais quoi ?? je suis dégoûté",
        "Target for Q3: delete the duplicate leads in our CRM, correct the postcodes. Can you "
        "turn that into a checklist for the team?",
    ],
)
def test_a_name_beside_a_right_word_is_no_request_unless_asked_of_it(catalog, text: str) -> None:
    assert understand(text, catalog).kind != "request"


def test_a_word_stressed_in_capitals_is_no_company_name(catalog) -> None:
    text = "my ex set it up. the date of birth on the account is still HIS (1983), not mine"
    assert understand(text, catalog).unknown_company != "HIS"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("L'ATM di Milano ha sbagliato il mio codice fiscale sull'abbonamento", "atm-milano"),
        ("J'habite à Montréal depuis dix ans. Qualified a associé mon profil au mauvais "
         "employeur, je veux une rectification.", "qualified"),
        ("want to see wat data barclys has on me", "barclays"),
        ("Ik bestel eten via Thuisbezorgd. Ik zie nu advertenties op Facebook van hetzelfde "
         "restaurant. Ze moeten stoppen met mijn gegevens gebruiken voor reclame.",
         "takeaway-com"),
    ],
)  # fmt: skip
def test_names_written_as_people_write_them(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    "text",
    [
        "Il bancomat ATM sotto casa mi ha mangiato la carta, che palle",
        "No me quiero dar de baja porque tengo Avios acumulados, solo quiero que dejen de usar "
        "mis datos para publicidad",
    ],
)
def test_a_word_that_only_resembles_a_record_names_no_company(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.companies == []


def test_a_misspelt_name_of_several_records_is_asked_not_guessed(catalog) -> None:
    text = "can u get experain to fix my adress, my credit file still has me at an old flat"
    intent = understand(text, catalog)
    assert intent.company is None
    assert {"experian-gb", "experian-de"} <= {c.id for c in intent.companies}


def test_of_two_equally_close_corrections_the_commoner_word_always_wins() -> None:
    assert "stoppen met bellen" in fix_typos("kpn moet stopen met bellen", "nl")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("ey die telekom soll endlich aufhörn mich wegen irgendwelcher tarife anzurufen!!!",
         "opt_out"),
        ("Ik wil daar weg: account weg, en alles wat ze over mij bewaren moet gedelete worden.",
         "deletion"),
    ],
)  # fmt: skip
def test_right_wordings(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("c'est quoi la différence entre le droit d'opposition et le droit à l'effacement ? je "
         "m'y perds", "question"),
        ("Si le pido a una empresa que me diga qué datos tiene de mí, ¿me pueden cobrar por "
         "ello?", "question"),
        ("Costco deleted my membership renewal from their system and then charged my card "
         "twice. I don't need a data thing, I need my $65 back.", "complaint"),
        ("Me han borrado el pedido de Amazon sin avisar y ahora no sé si me van a cobrar",
         "complaint"),
    ],
)  # fmt: skip
def test_questions_and_grievances_are_no_requests(catalog, text: str, kind: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind == kind and intent.right is None


def test_a_region_and_city_where_the_company_is_asked_are_no_company(catalog) -> None:
    intent = understand(
        "ok va bene, abito in Emilia-Romagna, a Bologna", catalog, expecting="company"
    )
    assert intent.unknown_company is None and intent.residence == "IT"


@pytest.mark.parametrize("text", ["Suisse, à Genève", "Schweiz, in Zürich"])
def test_a_country_then_the_place_in_it(catalog, text: str) -> None:
    assert understand(text, catalog, expecting="residence").residence == "CH"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("No es Movistar, es Glovo: quiero que borren mis datos.", "glovo"),
        ("sorry, not Spotify, it's Deezer. Spotify I still use", "deezer"),
    ],
)
def test_the_company_denied_is_never_the_one_meant(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Picnic in het Vondelpark zaterdag! Wie neemt de stokbroden mee?", None),
        ("Picnic moet mijn gegevens verwijderen", "picnic-app-nl"),
        ("KLM is mijn koffer kwijtgeraakt op Schiphol en niemand neemt op", "klm"),
        ("we both did those ancestry dna kits, can you help me get ancestry to wipe my dna "
         "results", "ancestry-com"),
    ],
)  # fmt: skip
def test_an_everyday_word_opening_a_sentence_or_typed_low_is_no_name(
    catalog, text: str, company: str | None
) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    "text",
    [
        "huisarts moet mijn dossier verwijderen",
        "Please delete my data at Zalando. Sorry, it's Urgent!",
    ],
)
def test_a_word_of_a_dictionary_or_a_stressed_word_is_no_unknown_company(
    catalog, text: str
) -> None:
    assert understand(text, catalog).unknown_company is None
