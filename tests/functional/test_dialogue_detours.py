"""Detours the person takes mid-conversation: correcting the company, the right or the place
in the middle of another answer, asking a question where a name is expected, a choice
answered with a place. None of them may change the letter into one the person did not ask
for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.dialogue.conversation import Conversation, Reply
from assistant.records.catalog import load_catalog

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def conv(warm_home: Path, tmp_path: Path) -> Conversation:
    c = Conversation(load_catalog(), today=TODAY, letters_dir=tmp_path / "letters")
    c.start()
    return c


def text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_wrong_one_i_meant_switches_the_company(conv: Conversation) -> None:
    conv.send("I want to know what personal data Cloudmed has about me")
    conv.send("wait, sorry, wrong one - not Cloudmed, I meant Qualfon, the call center company")
    assert conv.company_id == "qualfon"
    assert conv.right == "access"


def test_a_place_given_for_which_one_picks_the_entity_and_is_the_residence(
    conv: Conversation,
) -> None:
    conv.send("My Experian credit report shows an old address. I need it fixed.")
    assert conv.expecting == "company_choice"
    replies = conv.send("I live in Leeds")
    assert conv.company_id == "experian-gb"
    assert conv.residence == "GB"
    assert "UK GDPR" in text(replies)
    assert conv.expecting == "name"


def test_on_second_thought_changes_the_right_and_keeps_asking_which(conv: Conversation) -> None:
    conv.send("Epsilon keeps passing my details to marketers. Delete everything they have.")
    assert conv.expecting == "company_choice"
    replies = conv.send(
        "Hmm, on second thought don't delete it - I just want them to stop selling my data."
    )
    assert conv.right == "opt_out"
    assert conv.expecting == "company_choice"  # "second" picked no entity
    assert "instead" in text(replies)


def test_a_question_is_never_the_name(conv: Conversation) -> None:
    conv.send("Je veux que Deezer efface mon compte et toutes mes données")
    conv.send("Lille")
    assert conv.expecting == "name"
    replies = conv.send("Est-ce qu'ils peuvent refuser ?")
    assert conv.expecting == "name"
    assert "can't answer that" in text(replies)
    conv.send("Mathieu D'Almeida")
    assert conv.expecting == "email"


def test_a_place_correction_at_the_name_step(conv: Conversation) -> None:
    conv.send("Qualfon keeps calling me. I want them to delete all my data.")
    conv.send("Texas")
    replies = conv.send("sorry, I meant Florida. I moved to Tampa last year.")
    assert conv.residence == "US-FL"
    assert conv.expecting == "name"
    assert "Florida" in text(replies)


def test_not_google_amazon_asks_which_amazon_then_takes_the_place(conv: Conversation) -> None:
    conv.send("I'd like a copy of all the data Google has on me")
    conv.send("sorry, not Google, Amazon. I meant Amazon.")
    assert conv.company_id is None
    assert conv.expecting == "company_choice"
    conv.send("London")
    assert conv.company_id == "amazon-gb"
    assert conv.residence == "GB"


def test_an_email_with_a_space_is_asked_again(conv: Conversation) -> None:
    conv.send("Qualfon should delete my data")
    conv.send("Florida")
    conv.send("Carlos Gómez")
    replies = conv.send("carlos gomez@example.com")
    assert conv.expecting == "email"
    assert "space" in text(replies)
    conv.send("sorry, typo: carlos.gomez@example.com")
    assert conv.expecting != "email"


def test_a_personal_mailbox_given_for_an_unknown_company_is_asked_about(
    conv: Conversation,
) -> None:
    conv.send("Vorrei sapere che dati ha Poste Italiane su di me")
    assert conv.expecting == "unknown_contact"
    replies = conv.send("giulia.rossi@libero.it")
    assert conv.expecting == "contact_confirm"
    assert "your own address" in text(replies)
    conv.send("no")
    assert conv.company_id is None  # no letter to Poste Italiane at her own mailbox
    assert conv.expecting == "unknown_contact"


def test_a_place_never_picks_a_near_match_of_an_unknown_name(conv: Conversation) -> None:
    conv.send("Ik wil dat Bol.com mijn gegevens verwijdert")
    assert conv.expecting == "unknown_contact"
    replies = conv.send("Utrecht")
    assert conv.company_id is None  # not "Bold Company B.V" because it is Dutch
    assert conv.residence == "NL"
    assert "Noted where you live" in text(replies)


def test_not_the_company_in_view_is_never_written_to(conv: Conversation) -> None:
    conv.send("Ich will bei MediaMarkt meine Daten löschen lassen")
    assert conv.company_id == "mediamarkt"
    replies = conv.send("nein Moment, ich meinte dm, nicht MediaMarkt")
    assert conv.company_id == "dm-drogerie"  # the company meant, named after "ich meinte"
    assert "Switched to **dm-drogerie markt" in text(replies)


def test_a_company_denied_while_the_place_is_asked_switches_it(conv: Conversation) -> None:
    conv.send("Spokeo is selling my home address and phone number to anyone who pays")
    assert conv.expecting == "residence"
    replies = conv.send("Sorry, my mistake, it isn't Spokeo, it's Peoplefinders.")
    assert conv.company_id == "peoplefinders"
    assert "Switched to" in text(replies)
    assert conv.expecting == "residence"


@pytest.mark.parametrize(
    ("first", "second", "company_id", "right"),
    [
        ("Bei der CRIF steht noch eine uralte Adresse von mir, ich will, dass die das löschen.",
         "Nein warte, doch nicht löschen – die sollen das berichtigen.", "crifbuergel",
         "correction"),
        ("Ik wil dat Bol mijn gegevens verwijdert.",
         "Nee wacht - niet verwijderen, ze moeten mijn adres verbeteren.", None, "correction"),
    ],
)  # fmt: skip
def test_a_right_taken_back_after_a_dash_is_replaced_where_the_place_is_asked(
    conv: Conversation, first: str, second: str, company_id: str | None, right: str
) -> None:
    conv.send(first)
    replies = conv.send(second)
    assert conv.right == right
    if company_id:
        assert conv.company_id == company_id
        assert "instead" in text(replies)


def test_the_same_request_said_again_where_the_place_is_asked_is_not_a_place(
    conv: Conversation,
) -> None:
    conv.send("Peoplefinders is selling my home address to anyone who pays")
    assert conv.expecting == "residence"
    replies = conv.send("I don't want them to delete anything, I just want them to stop selling.")
    assert "don't know that place" not in text(replies)
    assert "the request I'm preparing" in text(replies)
    assert (conv.company_id, conv.right, conv.expecting) == (
        "peoplefinders",
        "opt_out",
        "residence",
    )


def test_a_place_said_with_a_question_is_taken_and_the_question_answered(
    conv: Conversation,
) -> None:
    conv.send("Ich möchte, dass Zalando mein Konto und alle meine Daten löscht.")
    assert conv.expecting == "residence"
    replies = conv.send(
        "Ich wohne in München. Wie lange haben die eigentlich Zeit, mir zu antworten?"
    )
    assert conv.residence == "DE-BY"
    assert "Bavaria" in text(replies) and "answer by" in text(replies)
    assert conv.expecting == "name"


def test_a_name_given_with_a_company_correction_is_kept(conv: Conversation) -> None:
    conv.send("Es geht um Otto.")
    conv.send("Meine Daten sind dort falsch gespeichert, ich will eine Berichtigung.")
    conv.send("Hamburg")
    assert conv.expecting == "name"
    conv.send(
        "Moment, ich hab mich vertan: nicht Otto, sondern MediaMarkt. "
        "Mein Name ist Anneliese Großmann."
    )
    assert conv.company_id == "mediamarkt"
    assert conv.expecting == "email"


@pytest.mark.parametrize("greeting", ["hola, buenas tardes", "Hallo, guten Abend!", "bonsoir"])
def test_greetings_of_several_words_are_greetings(conv: Conversation, greeting: str) -> None:
    replies = conv.send(greeting)
    assert "Hi!" in text(replies)
    assert conv.company_id is None and conv.expecting == "company"


@pytest.mark.parametrize(
    ("place", "code"), [("En Sevilla", "ES"), ("À Lyon", "FR"), ("A Milano", "IT")]
)
def test_a_place_after_a_bare_preposition(conv: Conversation, place: str, code: str) -> None:
    conv.send("I want Spotify to delete my data")
    conv.send(place)
    assert conv.residence == code


def test_a_place_and_a_name_answer_which_one(conv: Conversation) -> None:
    conv.send("I want to know everything Alexa has recorded about me")
    assert conv.expecting == "company_choice"
    conv.send("Manchester. my name's Tom Whitaker by the way")
    assert conv.company_id == "amazon-gb"
    assert conv.residence == "GB"
    assert conv.expecting == "email"


def test_a_name_and_an_email_in_one_answer(conv: Conversation) -> None:
    conv.send("Voglio che DAZN cancelli il mio account e tutti i miei dati")
    conv.send("Torino")
    assert conv.expecting == "name"
    conv.send("Maria Teresa De Luca, maria.deluca@tiscali.it")
    assert conv.expecting != "email"
    letter = conv.pending_letter
    assert letter is not None and letter.sender_name == "Maria Teresa De Luca"
    assert letter.sender_email == "maria.deluca@tiscali.it"


def test_another_company_named_while_a_choice_is_open_replaces_the_choice(
    conv: Conversation,
) -> None:
    conv.send("My credit report has the wrong address on it, it's Equifax I think")
    assert conv.expecting == "company_choice"
    replies = conv.send("actually no, sorry, it's Experian, not Equifax")
    assert "Experian" in text(replies) and "Equifax" not in text(replies)
    conv.send("I live in Leeds")
    assert conv.company_id == "experian-gb"


def test_small_talk_where_the_company_is_asked_is_no_company(conv: Conversation) -> None:
    replies = conv.send("how's your day going?")
    assert conv.expecting == "company"
    assert "record for" not in text(replies)  # not taken for an unknown company's name
    conv.send("i want spokeo to stop selling my info")
    assert conv.company_id == "spokeo"
    assert conv.right == "opt_out"


def test_a_known_company_named_while_an_unknown_ones_address_is_asked_replaces_it(
    conv: Conversation,
) -> None:
    conv.send("Acme Widgets")
    assert conv.expecting == "unknown_contact"
    conv.send("no wait, I want Spotify to delete my data")
    assert conv.company_id == "spotify"
    assert conv.right == "deletion"
    assert conv.expecting == "residence"


def test_a_spanish_region_is_where_the_person_lives(conv: Conversation) -> None:
    conv.send("Quiero que Cabify borre todos mis datos.")
    assert conv.expecting == "residence"
    conv.send("Cataluña")
    assert conv.residence == "ES"
    assert conv.expecting == "name"


def test_an_acknowledgement_before_the_place_is_not_the_place(conv: Conversation) -> None:
    conv.send("Ich will Auskunft nach Art. 15 DSGVO von Vodafone")
    assert conv.expecting == "residence"
    conv.send("Klar. Ich wohne in Graz.")
    assert conv.residence == "AT"


def test_a_company_corrected_with_the_place_takes_both(conv: Conversation) -> None:
    conv.send("Ich will Auskunft nach Art. 15 DSGVO von Vodafone")
    conv.send("Moment, ich hab mich vertan, es ist O2, nicht Vodafone. Wohnen tu ich in Hamburg.")
    assert conv.company_id == "o2-de"
    assert conv.residence == "DE-HH"
    assert conv.expecting == "name"


def test_naming_the_old_and_the_new_company_at_the_residence_step_switches(
    conv: Conversation,
) -> None:
    conv.send("Je veux que mon opérateur arrête la pub")
    conv.send("Orange")
    assert (conv.company_id, conv.expecting) == ("orange", "residence")
    replies = conv.send("ah non, Orange je l'ai quitté en mars, maintenant c'est Free")
    assert conv.company_id == "free-fr"
    assert conv.expecting == "residence"
    assert "Free" in text(replies)


def test_an_unknown_company_corrected_to_another_unknown_one_is_followed(
    conv: Conversation,
) -> None:
    conv.send("Quiero escribir a Iryo por mis datos")
    assert conv.expecting == "unknown_contact"
    replies = conv.send("perdona, me equivoqué: es Alsa, no Iryo")
    assert conv.expecting == "unknown_contact"
    assert "Alsa" in text(replies)
    replies = conv.send("solo quiero saber qué datos tienen de mí")
    assert conv.right == "access"
    assert conv.expecting == "unknown_contact"  # still waiting for Alsa's address
    assert "Alsa" in text(replies)


def test_a_place_given_while_entities_are_offered_is_noted(conv: Conversation) -> None:
    conv.send("I want a copy of the profile Acxiom has on me")
    assert conv.expecting == "company_choice"
    replies = conv.send("Toronto")
    assert conv.residence == "CA-ON"
    assert conv.expecting == "company_choice"
    assert "Ontario" in text(replies)


def test_a_persons_name_where_the_company_is_asked_is_kept_as_the_name(
    conv: Conversation,
) -> None:
    conv.send("hallo")
    replies = conv.send("Ana de la Rosa Vidal")
    assert conv.expecting == "company"
    assert "person's name" in text(replies)
    conv.send("Spotify")
    conv.send("delete everything")
    conv.send("Madrid")
    assert conv.expecting == "email"  # the name was kept


def test_a_correction_naming_where_the_person_lives_keeps_the_place(conv: Conversation) -> None:
    conv.send("Equifax has my credit file wrong")
    conv.send("sorry, I mixed them up - it's Experian, not Equifax. I live in Leeds")
    assert conv.company_id == "experian-gb"
    assert conv.residence == "GB"


def test_name_and_email_said_up_front_are_not_asked_again(conv: Conversation) -> None:
    replies = conv.send(
        "Bonjour, je m'appelle Jean-Baptiste d'Arcy, j'habite à Bordeaux et je voudrais "
        "exercer mon droit d'accès auprès de Vinted. mon mail c'est jb.darcy@example.fr"
    )
    assert conv.state.name == "Jean-Baptiste d'Arcy"
    assert conv.state.email == "jb.darcy@example.fr"
    assert conv.expecting == "save"
    assert "Jean-Baptiste d'Arcy\njb.darcy@example.fr" in text(replies)


def test_a_place_given_where_the_right_is_asked_is_kept(conv: Conversation) -> None:
    conv.send("bunq")
    assert conv.expecting == "right"
    replies = conv.send("Utrecht")
    assert conv.state.residence == "NL"
    assert conv.expecting == "right"
    assert "Netherlands" in text(replies)


def test_the_law_said_at_the_residence_step_is_the_one_the_letter_uses(conv: Conversation) -> None:
    conv.send("quiero saber que datos tiene el wasap sobre mi")
    assert conv.company_id == "whatsapp"
    replies = conv.send("vivo en ciudad de mexico")
    said = text(replies)
    assert conv.state.residence == "MX"
    assert "**GDPR** applies" in said  # the company is in Ireland: Art. 3(1), whoever writes
    assert "Art. 3(1)" in said
    assert "no privacy law" not in said


def test_a_country_then_its_city_answers_which_of_a_brands_entities(conv: Conversation) -> None:
    conv.send("Meetic")
    assert conv.expecting == "company_choice"
    conv.send("je voudrais savoir ce qu'ils ont sur moi, une copie de mes données")
    conv.send("Suisse, à Genève")
    assert conv.company_id == "meetic-fr"  # meetic.fr serves France, Belgium, Switzerland
    assert conv.residence == "CH"


def test_no_wait_it_is_the_other_one_names_the_company_meant(conv: Conversation) -> None:
    conv.send("Ik wil inzage in mijn gegevens bij ING")
    conv.send("o wacht, nee, het is ABN AMRO. Bij ING zit mijn vriend")
    assert conv.company_id == "abn-amro"
    assert conv.right == "access"


def test_a_company_not_known_is_left_for_the_one_named_instead(conv: Conversation) -> None:
    conv.send("Je veux que Bouygues efface toutes mes données, j'ai résilié il y a un an")
    assert conv.expecting == "unknown_contact"
    conv.send("ah non pardon, c'est pas Bouygues, c'est Orange. Bouygues c'était avant")
    assert conv.company_id == "orange"
    assert conv.right == "deletion"


def test_not_this_one_it_is_that_one_mid_flow(conv: Conversation) -> None:
    conv.send("Voglio che Amazon smetta di mandarmi pubblicità")
    conv.send("anzi no scusa, non è Amazon, è Meetic che mi riempie di email")
    assert conv.company_id == "meetic-it"
    assert conv.right == "opt_out"


def test_a_yes_given_where_the_postal_address_is_asked_is_no_address(conv: Conversation) -> None:
    for line in ("Fnac", "je ne veux rien supprimer, juste qu'ils arrêtent la pub ciblée"):
        conv.send(line)
    for line in ("France", "Jean-Baptiste d'Aubigny", "jb.daubigny@example.fr"):
        conv.send(line)
    assert conv.expecting == "address"
    again = text(conv.send("oui, suivez-la"))
    assert conv.expecting == "address" and not conv.address
    assert "yes or no" in again and "postal address" in again
    conv.send("12 rue de la Paix, 75002 Paris")
    assert conv.address == "12 rue de la Paix\n75002 Paris"


def test_a_deadline_question_mid_flow_names_the_request_with_its_article(
    conv: Conversation,
) -> None:
    conv.send("Necesito pedirle a Qualfon mis datos, trabajé con ellos en un call center")
    conv.send("Monterrey")
    answer = text(conv.send("¿cuánto tardan en responder?"))
    assert "For an access (the right to know) request from someone in Mexico" in answer
