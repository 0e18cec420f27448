"""Who a request is addressed to and what it asks, when a message also names other things: a
company met in passing ("gira su WhatsApp") is not the one asked, a place of work is no company,
"par mail" is how ads arrive, a remark after a question leaves it a question, words after
"including" describe the data asked for, and a name or a place given in an unusual order."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_the_company_a_request_is_addressed_to_not_one_met_in_passing(catalog) -> None:
    intent = understand(
        "Anni fa ho aperto un conto quando abitavo a Bari e le lettere arrivano al vecchio "
        "indirizzo, mia zia me le gira su WhatsApp. Vorrei chiedere a Poste Italiane di "
        "aggiornare i miei dati.",
        catalog,
    )
    assert intent.company is None
    assert (intent.unknown_company, intent.right) == ("Poste Italiane", "correction")


def test_a_place_of_work_is_passed_over_for_the_company(catalog) -> None:
    intent = understand(
        "zit voor werk in Eindhoven deze week, maar even tussendoor: kan Coolblue mijn account "
        "en gegevens verwijderen?",
        catalog,
    )
    assert (intent.kind, intent.unknown_company, intent.right) == (
        "request",
        "Coolblue",
        "deletion",
    )
    assert intent.residence is None


def test_by_mail_is_how_not_who(catalog) -> None:
    intent = understand(
        "la sncf m'envoie des pubs par mail tous les jours, je veux que ça s'arrête", catalog
    )
    assert (intent.company, intent.right) == ("sncf-connect", "opt_out")


def test_a_remark_after_a_question_leaves_it_a_question(catalog) -> None:
    intent = understand(
        "Does Quality Outcomes sell or share people's personal info with advertisers? trying "
        "to figure out if I should bother",
        catalog,
    )
    assert intent.kind == "question"
    assert intent.right is None


def test_words_after_including_describe_the_data_asked_for(catalog) -> None:
    intent = understand(
        "I'd like LinkedIn to send me a full copy of all the personal data they hold on me, "
        "including whatever they've inferred about me for ads.",
        catalog,
    )
    assert (intent.company, intent.right) == ("linkedin", "access")


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("hoe krijg ik inzage in wat kpn allemaal van me bewaart", "access"),
        ("messenger bewaart al mijn chats van jaren terug, ik wil een kopie van alles wat ze "
         "hebben", "access"),
    ],
)  # fmt: skip
def test_dutch_requests_in_a_question_or_a_story(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


def test_a_frequent_given_name_with_particles_is_taken_up_front(catalog) -> None:
    intent = understand(
        "Hola, soy Juan Pablo de la Cruz Ramírez, vivo en Bogotá y mi correo es "
        "jp@example.co. Quiero que Uber me dé acceso a mis datos.",
        catalog,
    )
    assert intent.name == "Juan Pablo de la Cruz Ramírez"
    assert (intent.company, intent.right) == ("uber", "access")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Deutschland, Stuttgart", "DE-BW"), ("Germany, Munich", "DE-BY"), ("Spain, Paris", None)],
)
def test_a_place_written_country_first(catalog, text: str, code: str | None) -> None:
    assert understand(text, catalog, expecting="residence").residence == code


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Ciao, sono Giulia Lo Presti, abito a Bologna. Vorrei chiedere a Poste Italiane di "
         "aggiornare il mio indirizzo", "Poste Italiane"),
        ("I'm Tom Baker and I want Walmart to delete my data", "Walmart"),
    ],
)  # fmt: skip
def test_the_persons_own_name_is_no_company(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).unknown_company == company
