"""Issue 11: companies only on real evidence - names, brands, nicknames, domains, typos - and a
question instead of a guess when a message names two companies or a brand with several
entities. The catalog is the project's own (policies/)."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _company(catalog, text: str, **kwargs) -> str | None:
    return understand(text, catalog, **kwargs).company


@pytest.mark.parametrize(
    "text",
    [
        "Was weißt du eigentlich über die DSGVO?",  # über is not Uber
        "Bitte, kannst du mir ein Rezept für Apfelkuchen geben?",  # Bitte is not Bitel
        "can you write me a poem about cats",
        "Give me a good apple pie recipe.",
        "The sky is so clear tonight.",
        "I'm home, finally. Long day.",
        "I want my life back from my phone, I'm on it six hours a day",
        "What's the weather in Paris tomorrow?",
        "Il est free ou payant, ce service ?",
        "I'm not qualified to judge this stuff, but is my data actually safe online?",
        "Wie viel Zeit hat ein Unternehmen nach DSGVO für die Antwort?",
        "Mein Nachbar Otto meint, man kann sich alles löschen lassen. Stimmt das?",
        "whats a data broker",
        "please send me a copy by post",
    ],
)
def test_everyday_words_are_never_companies(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.company is None, (text, intent.company)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("get fb to stop tracking me for ads", "facebook"),
        ("Insta doit arrêter de me cibler avec mes données.", "instagram"),
        ("Delete my Gmail data.", "google"),
        ("Ich will eine Kopie von allem, was Google hat, YouTube-Verlauf inklusive.", "google"),
        ("I want a copy of everything tied to my iCloud account.", "apple"),
        ("Hotmail / Outlook: delete all my personal data.", "microsoft"),
        ("My Messenger chats - I want a copy of all of them.", "facebook"),
        ("Wis mijn WhatsApp-gegevens.", "whatsapp"),
        ("Bitte bei H&M meine Kundendaten löschen.", "hm-mode"),
        ("DB soll meine BahnCard-Daten löschen.", "deutsche-bahn"),
        ("Sky UK: stop using my viewing data for advertising.", "sky-gb"),
        ("amazon soll meine daten loeschen", "amazon-de"),
        ("Effacez mes données WhatsApp.", "whatsapp"),
        ("delete my data spotfy", "spotify"),
        ("hey can u get linkdin to erase my profile data", "linkedin"),
    ],
)
def test_brands_nicknames_and_typos(catalog, text: str, company: str) -> None:
    if company not in catalog:
        pytest.skip(f"{company} is not in this catalog")
    assert _company(catalog, text) == company


def test_a_brand_with_country_entities_is_asked_about_without_a_residence(catalog) -> None:
    intent = understand("Alexa recordings - I want every one of them deleted.", catalog)
    assert intent.company is None
    assert intent.must_ask == "entities"
    assert len({m.id for m in intent.companies}) > 1
    assert all(m.id.startswith("amazon") for m in intent.companies)


def test_the_residence_settles_the_entity(catalog) -> None:
    intent = understand(
        "I live just outside Manchester. Stop Sky using my data for adverts.", catalog
    )
    assert (intent.residence, intent.company, intent.right) == ("GB", "sky-gb", "opt_out")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Not Google, it's Amazon I want my data from. I live in Berlin.", "amazon-de"),
        ("I switched from Spotify to Deezer, I want Spotify to delete my data.", "spotify"),
        (
            "Qualfon, sorry, I mean Qualified - please opt me out of the sale of my data.",
            "qualified",
        ),
        ("Experian, not Equifax - correct my address please. Ich wohne in Köln.", "experian-de"),
        (
            "Apple and Google both have my location history. Start with Google, I want a copy.",
            "google",
        ),
        (
            "Ich bin von Netflix zu Sky gewechselt und will, dass Netflix meine Daten löscht.",
            "netflix",
        ),
    ],
)
def test_two_companies_the_one_meant(catalog, text: str, company: str) -> None:
    assert _company(catalog, text) == company


@pytest.mark.parametrize(
    "text",
    [
        "Delete my data from Facebook and Instagram.",
        "Uber or Lyft, whichever, I want them to stop selling my data",
        "Supprimez mes données chez SFR et chez Bouygues.",
        "No es Vodafone, es Movistar: quiero mis datos.",
    ],
)
def test_two_companies_without_a_preference_are_asked_not_guessed(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.company is None, intent.company


def test_a_name_said_twice_is_the_one_meant_even_when_unknown(catalog) -> None:
    """Tinder (in the catalog or not) is meant, never Bumble: the checked record of the company
    that runs Tinder (it lists "Tinder (tinder.com)"), before a draft read from a policy."""
    intent = understand(
        "I used to be on Tinder, now I'm on Bumble. Get Tinder to delete me.", catalog
    )
    assert intent.company in (None, "match-group") and intent.right == "deletion"
    if intent.company is None:
        assert intent.unknown_company == "Tinder"


def test_they_is_the_company_in_view(catalog) -> None:
    intent = understand("and do they sell it to anyone?", catalog, current_company="qualfon")
    assert (intent.company, intent.kind, intent.right) == ("qualfon", "question", None)


def test_another_countrys_site_is_asked_about(catalog) -> None:
    """Vodafone GmbH (vodafone.de) is not the Vodafone a Spanish writer means: ask."""
    if "vodafone-de" not in catalog:
        pytest.skip("no vodafone-de")
    intent = understand(
        "Me cambié de Vodafone a Digi y quiero que Vodafone borre mis datos.", catalog
    )
    assert intent.company is None
    assert [m.id for m in intent.companies] == ["vodafone-de"]


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        # A name of two common words, capitalised, beside a known company: not a guess.
        ("It was either Deliveroo or Just Eat that leaked my number, make them stop", "Just"),
        # "zowel ... als" / "sowohl ... als auch": 'als' joins two names.
        ("Zowel Wehkamp als Zalando mailen me reclame, laat het stoppen", "Wehkamp"),
    ],
)
def test_a_known_company_beside_an_unknown_one_is_not_chosen(catalog, text, rival) -> None:
    intent = understand(text, catalog)
    assert intent.company is None
    assert intent.unknown_company == rival


@pytest.mark.parametrize(
    ("text", "company_id"),
    [
        # a name of two capitalised words opens the sentence: the second capital is the name's
        ("Social Deal moet stoppen met het sturen van aanbiedingen op basis van mijn gegevens.",
         "socialdeal-nl"),
        # a web address's own word written as only a brand is ("E.ON" of eon.de)
        ("Ich will, dass die E.ON meine Zählerdaten nicht mehr für Werbung nutzt.", "eon-energie"),
        ("Cancellate il mio account Libero Mail con tutte le email", "italiaonline"),
        # "WW": WeightWatchers for a Dutch writer, Wüstenrot & Württembergische for a German one
        ("WW heeft mijn gewicht verkeerd in mijn profiel staan, graag corrigeren.",
         "weightwatchers-nl"),
        ("Die WW soll meine Daten löschen.", "ww-ag-com"),
    ],
)  # fmt: skip
def test_names_written_as_names_and_brands_of_the_table(
    catalog, text: str, company_id: str
) -> None:
    assert _company(catalog, text) == company_id


@pytest.mark.parametrize(
    "text",
    [
        "Social media is a mess these days, honestly.",  # the words, not Social Deal
        "Face it, nobody reads privacy policies.",  # not "el Face" (Facebook): too risky
        "Ik voel me vrij en libero vandaag.",
    ],
)
def test_the_same_words_as_words_name_no_company(catalog, text: str) -> None:
    assert _company(catalog, text) is None


def test_a_brand_listed_with_its_web_site_is_found_by_name_and_by_address(catalog) -> None:
    """Datenanfragen lists what a company runs as "Tinder (tinder.com)": the brand is found as
    "Tinder" and as tinder.com, not as "Tinder Tinder"."""
    assert understand("Tinder should delete my profile", catalog).company == "match-group"
    assert understand("delete my tinder.com account", catalog).company == "match-group"
