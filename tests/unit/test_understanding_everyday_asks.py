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
        ("jumbo stop met die folders", "opt_out"),
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
        "He corregido mi dirección en la web de Correos pero mi dirección sigue mal en el envío, "
        "quiero que me devuelvan el dinero.",
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


@pytest.mark.parametrize(
    "text",
    [
        "No quiero cerrar la cuenta en Unicaja, solo que me corrijan el segundo apellido.",
        "No quiero borrar nada en Unicaja, solo el apellido, que está mal.",
    ],
)
def test_only_a_surname_to_fix_after_no_is_a_correction(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", "correction")


def test_what_they_have_in_their_file_on_me_is_access(catalog) -> None:
    intent = understand(
        "Ce qu'ils ont dans leur dossier sur moi chez SFR, je veux le voir.", catalog
    )
    assert (intent.company, intent.right) == ("sfr", "access")


def test_the_persons_old_and_new_surname_are_no_companies(catalog) -> None:
    intent = understand(
        "I married in May and changed my surname from Adeyemi to Clarke. Sky still have me as "
        "Adeyemi on the account. Can you help me ask them to update my name?",
        catalog,
    )
    assert intent.unknown_company is None and intent.right == "correction"
    intent = understand(
        "I changed my surname from Okafor to Bennett. Virgin Media still have me as Okafor.",
        catalog,
    )
    assert intent.unknown_company is None and intent.company == "virgin-media"


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


def test_whom_the_person_meets_is_no_company(catalog) -> None:
    intent = understand("Bitte löschen: das Essen mit Otto am Samstag fällt aus.", catalog)
    assert intent.company is None and not intent.companies
    assert understand("Otto soll meine Daten löschen", catalog).company == "otto-handel"


def test_a_story_of_a_late_delivery_ending_in_an_objection_is_a_request(catalog) -> None:
    intent = understand(
        "J'ai acheté une table chez Fnac, livrée avec un mois de retard. Depuis je reçois leurs "
        "SMS promo chaque jour. Je m'oppose à ce qu'ils utilisent mes coordonnées pour la "
        "prospection.",
        catalog,
    )
    assert (intent.kind, intent.company, intent.right) == ("request", "fnac", "opt_out")


def test_the_insurers_short_names_find_it_and_a_technician_does_not(catalog) -> None:
    assert understand("TK soll meine Daten löschen", catalog).company == "techniker-krankenkasse"
    intent = understand("Die Techniker soll meine Daten löschen", catalog)
    assert intent.company == "techniker-krankenkasse"
    intent = understand(
        "Der Techniker von Vodafone hat meine Adresse notiert, bitte löschen", catalog
    )
    assert intent.company == "vodafone-de"


def test_a_wish_in_doubt_is_no_request_for_a_right(catalog) -> None:
    intent = understand("je sais pas si je veux supprimer mon compte fnac", catalog)
    assert intent.right is None


@pytest.mark.parametrize(
    "text",
    [
        "I use Spotify. I get Qobuz through my phone plan, please delete my data",
    ],
)
def test_a_name_after_get_or_like_is_not_the_company_asked(catalog, text: str) -> None:
    assert understand(text, catalog).unknown_company is None


def test_a_service_after_my_is_the_service_unless_the_thing_does_something(catalog) -> None:
    assert understand("delete my reddit data", catalog).company == "reddit"
    assert understand("please delete my telegram data", catalog).company == "telegram"


@pytest.mark.parametrize(
    "text",
    [
        "I want the new phone Amazon promised sent to me",
        "Free a arrêté de m'envoyer mes factures papier, c'est bizarre",
        "Vodafone non mi scrivono più, strano",
    ],
)
def test_a_story_of_mail_that_stopped_or_a_parcel_asks_no_right(catalog, text: str) -> None:
    assert understand(text, catalog).right is None


@pytest.mark.parametrize(
    "text",
    [
        "Amazon: la cronologia spedizione è ferma da giorni, uffa",
    ],
)
def test_a_parcels_tracking_history_is_no_personal_data(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.kind != "request" and intent.right is None


def test_a_correction_asked_for_earlier_is_not_one_made_by_the_person(catalog) -> None:
    intent = understand(
        "J'ai demandé rectification de mon adresse à Fnac il y a un mois, toujours rien.",
        catalog,
    )
    assert (intent.kind, intent.right) == ("request", "correction")


@pytest.mark.parametrize(
    "text",
    [
        "Il mio nome è Luca Bianchi, sono passato da Iliad a Kena: cancellate i miei dati",
        "My surname is Bell. I moved from Iliad to Kena, please delete my data",
    ],
)
def test_moving_from_one_operator_to_another_is_no_renaming(catalog, text: str) -> None:
    assert understand(text, catalog).unknown_company == "Iliad"
