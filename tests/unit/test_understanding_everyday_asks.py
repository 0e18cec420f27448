"""Everyday ways of asking, and of telling what one did oneself: "sent to me", "récupérer les
données liées à mon compte", "non mi chiamasse più", "stop met die mails", "mijn naam goed
schrijft"; a correction the person made themselves ("j'ai rectifié mon adresse") is no request,
and a question followed by "je comprends rien" stays a question."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("I want all the photos Spotify scanned from my phone sent to me.", "access"),
        ("Je veux télécharger toutes les données associées à mon compte Deezer.", "access"),
        ("vorrei ke wind nn mi kiamasse + per le promozioni", "opt_out"),
        ("vorrei che Fastweb non mi telefonasse più", "opt_out"),
        ("bol STOP MET DIE NIEUWSBRIEVEN", "opt_out"),
        ("Ik wil niks meer van Zalando ontvangen, die mails zijn te veel", "opt_out"),
        ("Kan Ziggo mijn achternaam goed schrijven? Er staat Bakker in plaats van Backer.",
         "correction"),
    ],
)  # fmt: skip
def test_everyday_words_name_the_right(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai corrigé mon adresse sur le site de Chronopost mais le colis est reparti à "
        "l'ancienne. Je veux être remboursé.",
        "He corregido mi dirección en la web de Correos y aun así el paquete no ha llegado.",
        "Ho aggiornato l'indirizzo sull'app di Poste ma il pacco è tornato indietro, rimborso!",
    ],
)
def test_a_correction_the_person_made_is_no_request(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.right is None and intent.kind == "complaint"


def test_the_own_correction_leaves_a_later_request_standing(catalog) -> None:
    intent = understand(
        "I already updated my address in the app, but Spotify still shows the old one. "
        "Please correct it on their side.",
        catalog,
    )
    assert (intent.kind, intent.right) == ("request", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "C'est quoi la différence entre l'accès et la portabilité ? je comprends rien",
        "Was ist der Unterschied zwischen Auskunft und Löschung? Ich verstehe das nicht",
        "What's the difference between deletion and opting out? I don't get it",
    ],
)
def test_a_question_then_being_lost_stays_a_question(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "question" and intent.right is None
