"""Words said in passing that must not steer the reading: a colour ("le ciel est tout orange")
is no company, "borrar no" takes the right back, "I deleted the app by mistake" is the person's
own doing, a German compound ("Werbemails") is no misspelt name and leaves "they" to the company
in view, the service kept ("je garde Spotify mais ...") is not the one asked, a company named
again after "I don't remember which" is settled, "es BBVA el que ..." singles one out, "the
right address" a file should show is a correction, and chat spelling by sound ("kiamarmi")."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_a_colour_typed_in_lower_case_is_no_company(catalog) -> None:
    intent = understand("le ciel est tout orange ce soir, on dirait la fin du monde", catalog)
    assert intent.company is None and not intent.companies
    assert intent.kind == "unknown" and intent.right is None
    # "tout" as what is held still makes a message about data
    assert understand("effacez tout chez Orange", catalog).company == "orange"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("No, borrar no. Solo que me manden una copia de lo que tienen de mí.", "access"),
        ("Cancellare no, voglio solo una copia dei miei dati", "access"),
        ("Quiero borrar mis datos, ¿no?", "deletion"),  # a tag question denies nothing
    ],
)
def test_a_verb_then_no_takes_that_right_back(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog, current_company="spotify")
    assert (intent.kind, intent.right) == ("request", right)


def test_what_the_person_deleted_themselves_is_no_deletion_request(catalog) -> None:
    text = (
        "I deleted the Uber app by mistake and now I can't find my receipts for work "
        "expenses, how do I get them back?"
    )
    intent = understand(text, catalog)
    assert intent.company == "uber"
    assert intent.right is None and intent.kind == "complaint"
    later = "I deleted my Uber account last year but they still email me, I want them to erase it"
    assert understand(later, catalog).right == "deletion"


def test_a_german_compound_is_no_misspelt_name_and_they_stay_the_company_in_view(
    catalog,
) -> None:
    text = "Nee, nicht löschen. Die sollen mir einfach keine Werbemails mehr schicken."
    intent = understand(text, catalog, current_company="n26-bank")
    assert (intent.company, intent.right, intent.unknown_company) == ("n26-bank", "opt_out", None)


def test_the_service_kept_is_not_the_one_asked(catalog) -> None:
    text = "J'ai Spotify et Deezer, je garde Spotify mais je veux que Deezer efface tout sur moi"
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("deezer", "deletion")


def test_a_company_named_again_settles_which_one(catalog) -> None:
    text = (
        "Amazon ou Cdiscount, je sais plus lequel m'a vendu ce truc... bref c'est Amazon qui "
        "m'envoie des pubs perso partout, je m'oppose à ce ciblage"
    )
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("amazon-fr", "opt_out")


def test_the_one_singled_out_with_el_que_and_what_it_has_wrong(catalog) -> None:
    text = "Tengo cuenta en BBVA y en ING, pero es BBVA el que tiene mal mi dirección"
    intent = understand(text, catalog)
    assert (intent.company, intent.unknown_company, intent.right) == (None, "BBVA", "correction")
    assert understand("dime lo que tienen de mí", catalog).right == "access"


def test_the_right_address_a_file_should_show_is_a_correction(catalog) -> None:
    text = (
        "I moved into a flat in Bristol. Can you get Experian to fix my file so it shows the "
        "right address?"
    )
    intent = understand(text, catalog)
    assert (intent.kind, intent.right, intent.residence) == ("request", "correction", "GB")
    assert intent.company == "experian-gb"
    assert understand("Is this the right address for Experian?", catalog).kind == "question"


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("ciao volevo ke enel la smettesse di kiamarmi x le offerte grz", "enel"),
        ("Que Jazztel deje de llamarme ya", "Jazztel"),
    ],
)
def test_stop_calling_me_in_chat_spelling_is_an_opt_out(catalog, text: str, unknown: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", "opt_out")
    assert intent.company is None and intent.unknown_company == unknown


def test_a_sentence_opened_by_an_unknown_company_that_has_the_data_wrong(catalog) -> None:
    text = (
        "Based in Manchester these days. Tesco has the wrong address on my Clubcard, can you "
        "help me get it corrected"
    )
    intent = understand(text, catalog)
    assert (intent.kind, intent.right, intent.unknown_company) == ("request", "correction", "Tesco")
    # a grievance opened the same way stays no request
    grievance = understand(
        "Kruidvat heeft me de verkeerde shampoo gestuurd en reageert niet", catalog
    )
    assert grievance.right is None and grievance.unknown_company is None


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("ENEL MI MANDA LE BOLLETTE COL COGNOME SBAGLIATO DA UN ANNO!!! CORREGGETE", "correction"),
        ("I want to download everything YouTube has tracked about me.", "access"),
        ("Ouigo m'envoie des newsletters alors que j'ai jamais rien accepté, stop", "opt_out"),
        ("Amazon tiene mal mis apellidos, ¿me ayudas a que lo rectifiquen?", "correction"),
    ],
)
def test_requests_in_everyday_words(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


def test_a_question_followed_by_where_it_was_heard_stays_a_question(catalog) -> None:
    text = (
        "is it true that Qualified sells the stuff people type into those little website chat "
        "bubbles? a coworker said so"
    )
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("question", "qualified", None)


@pytest.mark.parametrize(
    ("text", "company", "unknown"),
    [
        ("Nicht Sky, sondern DAZN: die sollen meine Daten löschen. Sky hab ich schon erledigt.",
         "dazn", None),
        ("Antes tenía Jazztel, ahora estoy con Orange. Quiero que Jazztel borre mis datos; con "
         "Orange no tengo problema.", None, "Jazztel"),
        ("Drie jaar geleden ben ik met ze naar Bali gevlogen, de Flying Blue-punten zijn allang "
         "verlopen. Ik wil dat KLM al mijn gegevens wist.", "klm", None),
    ],
)  # fmt: skip
def test_the_company_asked_to_act_not_the_one_dealt_with_or_kept(
    catalog, text: str, company: str | None, unknown: str | None
) -> None:
    intent = understand(text, catalog)
    assert (intent.company, intent.unknown_company, intent.right) == (company, unknown, "deletion")


def test_asked_to_ask_them_and_what_is_wanted_said_are_requests(catalog) -> None:
    dutch = understand("kan je snap vragen om mijn account en al mn oude snaps te deleten", catalog)
    assert (dutch.kind, dutch.company, dutch.right) == ("request", "snapchat", "deletion")
    story = (
        "I've already changed my password after a weird charge. What I actually want now is a "
        "full copy of whatever Uber has stored about me, so I can see what's going on."
    )
    assert understand(story, catalog).right == "access"


def test_a_right_denied_first_and_asked_for_after_still_counts(catalog) -> None:
    text = (
        "i honestly have no idea what they kept or who they gave it to. what i actually want "
        "right now is a full copy of everything Bumble has on me, so i can see what's there."
    )
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "bumble", "access")


def test_wanting_to_see_my_requests_is_the_command(catalog) -> None:
    intent = understand("quiero ver mis solicitudes", catalog)
    assert (intent.kind, intent.command, intent.right) == ("command", "my_requests", None)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Bei O2 und bei Check24 steht noch meine alte Adresse drin. Bei Check24 hab ich's selbst "
         "schon geändert, also geht's nur um O2.", "o2-de"),
        ("Ho usato sia Deliveroo che Glovo ma voglio cancellare solo Deliveroo, Glovo lo uso "
         "ancora", "deliveroo"),
        ("Please get Ryanair to erase my account and everything attached to it, old bookings and "
         "passport details included.", "ryanair"),
    ],
)  # fmt: skip
def test_a_company_fixed_by_the_person_or_still_used_or_a_plural_word_is_not_asked(
    catalog, text: str, company: str
) -> None:
    assert understand(text, catalog).company == company


def test_i_need_to_ask_them_for_my_data_is_access(catalog) -> None:
    intent = understand("Necesito pedirle a Qualfon mis datos, trabajé con ellos", catalog)
    assert (intent.company, intent.right) == ("qualfon", "access")
    agent = understand("mi hermana puede pedirle mis datos a Spotify en mi nombre?", catalog)
    assert agent.right is None


@pytest.mark.parametrize(
    ("text", "kind", "company", "right"),
    [
        ("I have accounts at Zalando and Otto. I keep asking Zalando to delete my data and they "
         "ignore me, Otto is fine", "request", "zalando", "deletion"),
        ("Amazon ou Cdiscount, je sais plus lequel m'envoie ces pubs. Amazon a mes données bien "
         "sûr, je m'oppose au ciblage", "request", None, "opt_out"),
        ("Kan je Ziggo vragen of ze mijn gegevens verkopen?", "question", None, None),
        ("¿Me ayudas a entender qué es el RGPD?", "question", None, None),
        ("Ich habe um Löschung gebeten und nichts wurde gelöscht. Zalando soll das endlich "
         "machen", "request", "zalando", "deletion"),
    ],
)  # fmt: skip
def test_near_misses_of_those_wordings_keep_their_reading(
    catalog, text: str, kind: str, company: str | None, right: str | None
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == (kind, company, right)
