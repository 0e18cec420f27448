"""Readings that a story, a statute and everyday words must not throw off: an "Art. 15 GDPR"
is no Art.com and a cited law no company, "une orange" is a fruit, "one of the two" leaves the
choice to the person, a grievance told before the request does not hide it, and a right named
after "before" is not the one asked for now."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_a_statute_article_is_no_company(catalog) -> None:
    intent = understand(
        "Please send me a copy of all the personal data Spotify holds about me, this is a "
        "subject access request under Art. 15 GDPR.",
        catalog,
    )
    assert (intent.company, intent.right) == ("spotify", "access")


def test_a_cited_law_is_no_unknown_company_and_they_is_the_company_in_view(catalog) -> None:
    intent = understand(
        "Ich widerspreche der Werbung nach Art. 21 DSGVO, die sollen das sofort lassen",
        catalog,
        current_company="spotify",
    )
    assert intent.unknown_company is None
    assert (intent.company, intent.right) == ("spotify", "opt_out")


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mangé une orange ce matin puis j'ai effacé le tableau avant le cours",
        "ik ga morgen picknicken in het park met een picnic kleed, zin in!",
    ],
)
def test_a_lower_case_word_after_an_indefinite_article_is_a_thing(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None
    assert not intent.companies


def test_a_capitalised_brand_after_an_article_is_still_the_company(catalog) -> None:
    intent = understand("ik wil mijn account bij een Picnic verwijderen", catalog)
    assert intent.company == "picnic-app-nl"


def test_one_of_the_two_is_asked_not_chosen(catalog) -> None:
    intent = understand(
        "J'ai un forfait chez Orange et la box chez Bouygues, je voudrais demander l'accès à "
        "mes données chez l'un des deux",
        catalog,
    )
    assert intent.company is None
    assert intent.right == "access"


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        (
            "Flew Ryanair to Porto in March, they charged me 55 euros for a bag that fit the "
            "sizer, I argued at the gate. Whatever, I've given up on the money. But what do "
            "they keep on me, passport number, card, the notes from the gate agent? I want a "
            "copy of all of it",
            "ryanair",
            "access",
        ),
        (
            "Je ne veux plus rien avoir à faire avec Vinted, qu'ils effacent mon compte et "
            "toutes mes données.",
            "vinted-uab",
            "deletion",
        ),
        (
            "hmm actually, before deleting anything I just want a copy of what Spotify has",
            "spotify",
            "access",
        ),
    ],
)
def test_the_request_at_the_end_of_a_story(catalog, text, company, right) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert (intent.company, intent.right) == (company, right)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Voglio che la TIM smetta di chiamarmi con le offerte", "opt_out"),
        ("mon opérateur m'envoie des pubs par SMS sans arrêt, je veux que ça cesse", "opt_out"),
    ],
)
def test_stop_the_marketing_is_an_opt_out_even_before_the_company_is_known(
    catalog, text, right
) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "request"
    assert intent.right == right
