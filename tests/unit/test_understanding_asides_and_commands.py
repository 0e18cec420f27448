"""A thing named with an article ("eine Flaschenpost gefunden"), a word said of the person ("je
suis plus dispo demain"), "weder ... noch" negating the rights it names, starting over in
Spanish, French and German, what follows the person's own deletion ("después de que borre la
cuenta"), "basta chiamarmi", a dash ending a "not X" ("Dynadot no — es Porkbun"), and the brands
of General Motors, AVM, CD PROJEKT and HTC."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    "text",
    [
        "Mein Sohn hat in Sankt Peter-Ording am Strand eine Flaschenpost gefunden, mit einer "
        "Adresse aus Schweden drin. Sollen wir zurückschreiben?",
        "je suis plus dispo demain, tu peux supprimer le rdv chez le coiffeur de mon agenda ?",
    ],
)
def test_a_thing_or_a_state_names_no_company(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.companies == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Ich will dass flaschenpost meine Daten löscht", "flaschenpost"),
        ("I'm with vodafone and want my data deleted", "vodafone-de"),
        ("Mein Vermieter will eine Schufa-Auskunft von mir sehen. Muss ich die geben?", "schufa"),
    ],
)
def test_the_names_themselves_still_count(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


def test_weder_noch_negates_the_rights_it_names(catalog) -> None:
    intent = understand(
        "Ich will weder kündigen noch was löschen lassen – Lycamobile soll nur aufhören, meine "
        "Nummer und Daten für Werbung zu nutzen.",
        catalog,
    )
    assert (intent.company, intent.right) == ("lycamobile", "opt_out")


@pytest.mark.parametrize(
    "text",
    [
        "olvida todo y empecemos de cero",
        "oublie tout et on repart de zéro",
        "vergiss alles und lass uns neu anfangen",
    ],
)
def test_starting_over_is_a_command(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.kind == "command" and intent.right is None


def test_what_follows_the_person_s_own_deletion_is_not_asked(catalog) -> None:
    text = "¿y pueden seguir usando mis vídeos después de que borre la cuenta?"
    assert understand(text, catalog).right is None


def test_basta_chiamarmi_is_an_opt_out(catalog) -> None:
    assert understand("Sorgenia basta chiamarmi per le offerte", catalog).right == "opt_out"


def test_a_dash_ends_what_not_reaches(catalog) -> None:
    text = "No, Dynadot no — es Porkbun. Quiero que dejen de compartir mis datos con terceros."
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("porkbun", "opt_out")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Does GM sell the driving data from my Chevy's OnStar to insurers?", "general-motors"),
        ("Welche Daten schickt meine FRITZ!Box an den Hersteller? Ich will eine Auskunft.", "avm"),
        ("voglio che cancellino i dati del mio account di Cyberpunk 2077", "cdprojekt"),
    ],
)
def test_products_name_their_maker(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


def test_gm_as_a_greeting_names_nobody(catalog) -> None:
    assert understand("gm everyone, how are you", catalog).company is None


@pytest.mark.parametrize(
    "text",
    [
        "Mi jefe puede borrar mis correos de Gmail?",
        "Kann mein Ex meine Fotos bei Instagram löschen?",
        "Mon employeur peut supprimer mes mails sur Outlook ?",
        "¿Puede Netflix borrar mi cuenta si no pago?",
        "Kann Netflix meine Daten einfach löschen?",
    ],
)
def test_someone_else_acting_or_a_worry_is_no_request(catalog, text) -> None:
    assert understand(text, catalog).right is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Please delete my data from Strava. I mean teams like yours should know better.",
         "strava"),
        ("Strava soll meine Daten löschen, ich meine echo-mäßig alles", "strava"),
    ],
)  # fmt: skip
def test_the_filler_i_mean_names_no_company(catalog, text, company) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe ein Lidl Plus Konto und zahle dort mit PayPal. Die sollen meine Daten löschen.",
        "ich bin o2 kunde und hab das handy bei MediaMarkt gekauft, die sollen mir meine daten "
        "schicken",
        "I want my whole vinted history deleted, I log in with Google.",
        "Ich habe im zalando shop bestellt und mit PayPal bezahlt, die sollen meine Daten löschen",
    ],
)
def test_two_companies_named_are_both_weighed(catalog, text) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and len(intent.companies) >= 2  # the person is asked


@pytest.mark.parametrize(
    "text",
    [
        "Ich kann meine Sendung bei DHL nicht mehr verfolgen.",
        "Voglio smettere di tracciare i miei allenamenti con Strava.",
        "Ik wil stoppen met het volgen van Ajax op Instagram.",
        "Je veux arrêter de suivre la page de Decathlon sur Facebook.",
        "Vodafone dice che per avere i miei dati basta chiamare il 190.",
    ],
)
def test_the_person_s_own_tracking_or_calling_is_no_opt_out(catalog, text) -> None:
    assert understand(text, catalog).right is None


def test_after_the_company_acts_is_still_asked(catalog) -> None:
    text = "I want a copy from Spotify, and after you correct my address, send me the file."
    assert understand(text, catalog).right == "correction"


def test_not_via_a_payment_service_is_no_company(catalog) -> None:
    text = "ich will dass die sparkasse meine daten löscht, nicht über paypal"
    intent = understand(text, catalog)
    assert intent.company is None and "paypal" not in [c.id for c in intent.companies]


def test_a_region_named_after_a_town_is_a_place(catalog) -> None:
    text = "Ik woon in Maastricht, Limburg en wil dat Bol mijn gegevens wist"
    intent = understand(text, catalog)
    assert intent.company is None and "limburg-net" not in [c.id for c in intent.companies]
    assert understand("Limburg.net moet mijn gegevens wissen", catalog).company == "limburg-net"
