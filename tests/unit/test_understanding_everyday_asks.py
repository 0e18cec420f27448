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


def test_a_dictionary_word_after_my_is_a_thing_not_a_brand(catalog) -> None:
    intent = understand(
        "Since I joined Walmart+ my mailbox is full of flyers. I'd like Walmart to stop "
        "selling my info.",
        catalog,
    )
    assert intent.company is None and intent.unknown_company == "Walmart+"
    assert intent.right == "opt_out"
    # a brand the alias data knows stays a brand ("my xbox live profile")
    assert understand("delete my xbox live profile", catalog).company == "microsoft"


def test_the_company_asked_in_the_but_clause_is_meant(catalog) -> None:
    intent = understand(
        "I moved from Hulu to Netflix in May. Netflix can keep my account, but I want Hulu "
        "to erase what they hold on me.",
        catalog,
    )
    assert intent.company is None and intent.unknown_company == "Hulu"


def test_a_name_written_as_a_domain_does_not_hide_the_other_names(catalog) -> None:
    intent = understand(
        "Eerst Booking.com en daarna Airbnb gebruikt; Airbnb mag al mijn gegevens wissen.",
        catalog,
    )
    assert (intent.company, intent.right) == ("airbnb", "deletion")


def test_a_company_remembered_while_typing_is_settled(catalog) -> None:
    intent = understand(
        "Bouygues ou SFR, je ne sais plus lequel m'envoie de la pub... ah oui c'est SFR. "
        "Je veux qu'ils arrêtent.",
        catalog,
    )
    assert intent.company == "sfr" and intent.right == "opt_out"


def test_only_a_surname_to_fix_after_no_is_a_correction(catalog) -> None:
    intent = understand(
        "No quiero cerrar la cuenta en Unicaja, solo que me corrijan el segundo apellido.",
        catalog,
    )
    assert (intent.kind, intent.right) == ("request", "correction")


def test_what_they_have_in_their_file_on_me_is_access(catalog) -> None:
    intent = understand(
        "Je voudrais savoir ce qu'ils ont dans leur dossier sur moi chez Bouygues.", catalog
    )
    assert intent.right == "access"


def test_the_persons_old_and_new_surname_are_no_companies(catalog) -> None:
    intent = understand(
        "I married in May and changed my surname from Adeyemi to Clarke. Sky still have me as "
        "Adeyemi on the account. Can you help me ask them to update my name?",
        catalog,
    )
    assert intent.unknown_company is None and intent.right == "correction"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Je veux seulement qu'ils arrêtent de m'envoyer des SMS promotionnels.", "opt_out"),
        ("je comprends rien à tout ça je voudrais qu'on supprime ce compte merci", "deletion"),
    ],
)
def test_french_wishes_without_punctuation_or_a_noun(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog, current_company="fnac")
    assert (intent.kind, intent.right) == ("request", right)


def test_a_refund_asked_of_a_shop_is_no_request_about_data(catalog) -> None:
    intent = understand(
        "Ma commande Darty est arrivée cassée. Je veux qu'on supprime la commande et qu'on me "
        "rembourse.",
        catalog,
    )
    assert intent.kind == "complaint" and intent.right is None


@pytest.mark.parametrize(
    "text",
    [
        "Entro quanti giorni deve rispondermi Vodafone se chiedo l'accesso ai miei dati?",
        "Binnen hoeveel dagen moet Bol antwoorden als ik inzage vraag?",
    ],
)
def test_within_how_many_days_is_a_question(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "question" and intent.right is None


def test_an_order_history_is_personal_data(catalog) -> None:
    intent = understand("Hoe lang mag Thuisbezorgd mijn bestelgeschiedenis bewaren?", catalog)
    assert intent.kind == "question" and intent.company == "takeaway-com"
