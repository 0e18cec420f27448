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
