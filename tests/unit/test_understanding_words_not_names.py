"""Everyday words that are also company names ("the learning curve", "mijn oude mailbox",
"Wie viel Hertz", "des idées de caméo"), a request put as a question in the five languages
besides English ("Kan Disqus stoppen met ...?"), asking to stop tracking, French chat
shorthand ("c possible davoir tt ce ke ..."), brands of catalog companies, and a city placed by
the region named after it ("Guadalajara, Jalisco")."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.places import resolve_place
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    "text",
    [
        "haha the learning curve on all this privacy stuff is steep, thanks for bearing with me",
        "Wie viel Hertz braucht ein Monitor zum Zocken, reichen 144 oder lieber 240?",
        "Je tourne un court-métrage, t'aurais des idées de caméo pour un pote ?",
    ],
)
def test_an_everyday_word_names_no_company(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None
    assert intent.companies == []


def test_a_word_after_my_and_an_adjective_is_a_thing_not_a_brand(catalog) -> None:
    text = "Ik wil dat Tuta mijn oude mailbox en al mijn gegevens verwijdert."
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("tutanota", "deletion")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Bitte löschen Sie meine Daten bei Hertz", "hertz"),
        ("je veux que Cameo supprime mes données", "cameo"),
        ("Was weiß Hertz über mich?", "hertz"),
    ],
)
def test_the_same_names_still_count_as_names(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Kan Disqus stoppen met het volgen van mijn reacties voor advertenties?", "opt_out"),
        ("Kan Disqus mijn gegevens verwijderen?", "deletion"),
        ("Kann Disqus meine Daten löschen?", "deletion"),
        ("Est-ce que Disqus peut supprimer mes données ?", "deletion"),
        ("¿Puede Disqus borrar mis datos?", "deletion"),
        ("Disqus può cancellare i miei dati?", "deletion"),
    ],
)
def test_can_the_company_act_is_a_request_in_every_language(catalog, text, right) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "disqus", right)


@pytest.mark.parametrize(
    "text",
    [
        "Kann mir Netflix einfach so das Konto löschen?",
        "Est-ce que Vinted peut partager mes données avec des publicitaires ?",
        "Kann Facebook meine Löschanfrage einfach ablehnen?",
    ],
)
def test_a_worry_or_another_act_stays_a_question(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "question"
    assert intent.right is None


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niks laten verwijderen, ze moeten alleen stoppen met het volgen van mijn "
        "surfgedrag",
        "sie sollen aufhören, mein Surfverhalten zu verfolgen",
        "qu'ils arrêtent de me pister",
        "quiero que dejen de rastrear mi navegación",
        "voglio che smettano di tracciare la mia navigazione",
    ],
)
def test_stop_tracking_me_is_an_opt_out(catalog, text) -> None:
    assert understand(text, catalog).right == "opt_out"


@pytest.mark.parametrize("text", ["wo ist meine Sendungsverfolgung", "je veux suivre ma commande"])
def test_following_a_parcel_is_no_opt_out(catalog, text) -> None:
    assert understand(text, catalog).right is None


def test_french_chat_shorthand_is_read(catalog) -> None:
    intent = understand("slt c possible davoir tt ce ke evernote sait sur moi??", catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "evernote", "access")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Amex me bombarde d'offres de partenaires, je veux m'opposer à ce démarchage.",
         "american-express"),
        ("Ich nutze WISO Steuer nicht mehr und will, dass alle meine Daten gelöscht werden.",
         "buhl-de"),
        ("Ho un abbonamento Photoshop che non uso più, voglio che i miei dati vengano cancellati.",
         "adobe"),
        ("Mi pulsera Mi Band no para de recoger datos, quiero que dejen de usarlos para anuncios.",
         "mi-com"),
    ],
)  # fmt: skip
def test_brands_name_their_company(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Guadalajara, Jalisco", "es", "MX"),
        ("Guadalajara, España", "es", "ES"),
        ("Valencia, Venezuela", "es", "VE"),
        ("Munich, Germany", "en", "DE-BY"),
        ("Portland, Oregon", "en", "US-OR"),
    ],
)
def test_a_city_is_placed_by_the_region_named_after_it(text, lang, code) -> None:
    assert resolve_place(text, lang) == code


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Moment, nicht golem, ich meinte heise - da hatte ich das Abo", "heise-de"),
        ("no, I meant quality outcomes", "quality-outcomes"),
    ],
)
def test_the_company_the_person_meant_is_taken(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


def test_heise_alone_in_passing_is_still_no_company(catalog) -> None:
    assert understand("ich lese manchmal heise online", catalog).company is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("Atlanta, Georgia", "US-GA"), ("Maastricht, Limburg", "NL"), ("Basel, Deutschland", "CH")],
)
def test_a_known_city_outside_the_region_named_keeps_its_own_place(text, code) -> None:
    assert resolve_place(text, "en") == code
