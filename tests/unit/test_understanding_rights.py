"""Issue 11: the right, in six languages, with negation - and no right acted on in a message
that is a question, a complaint about something else, or off-topic."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.lexicon import detect_language
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Bitte löschen Sie meine Daten bei Zalando", "deletion"),
        ("Auskunft nach Art. 15 DSGVO von der SCHUFA", "access"),
        (
            "Meine Anschrift bei der DKB ist falsch hinterlegt, ich möchte eine Berichtigung.",
            "correction",
        ),
        ("Wohne in Nürnberg - Widerspruch gegen Werbung bei Lidl.", "opt_out"),
        ("Je souhaite exercer mon droit d'accès auprès de Free.", "access"),
        ("Demande d'effacement de mes données personnelles auprès de Meetic.", "deletion"),
        ("Quiero que Cabify deje de usar mis datos para publicidad.", "opt_out"),
        ("Mi dirección en El Corte Inglés está mal y quiero rectificarla.", "correction"),
        ("Chiedo la cancellazione dei miei dati da Esselunga.", "deletion"),
        ("Mi oppongo alla profilazione a fini pubblicitari da parte di Nexi.", "opt_out"),
        ("Verzoek tot inzage op grond van artikel 15 AVG, gericht aan KPN.", "access"),
        ("Ik wil dat Marktplaats mijn account en gegevens wist.", "deletion"),
    ],
)
def test_rights_in_five_more_languages(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("I don't want to delete anything, I just want to see what Spotify has on me.", "access"),
        ("Ich will nichts löschen, nur sehen, was Spotify über mich hat.", "access"),
        ("Je ne veux pas supprimer mon compte, juste savoir ce que Spotify a sur moi.", "access"),
        ("No quiero borrar nada, solo ver qué tiene Spotify de mí.", "access"),
        ("Non voglio cancellare nulla, voglio solo vedere che dati ha Spotify.", "access"),
        ("Ich brauche keine Kopie, Zalando soll einfach alles löschen.", "deletion"),
        ("I don't want ads from Pinterest anymore, but keep my account.", "opt_out"),
    ],
)
def test_negation_in_each_language(catalog, text: str, right: str) -> None:
    assert understand(text, catalog).right == right


@pytest.mark.parametrize(
    "text",
    [
        "My Spotify playlist got deleted, can you restore it?",
        "Amazon delivered the wrong item. I ordered a kettle and got a toaster.",
        "Correct me if I'm wrong, but isn't Spotify a Swedish company?",
        "How do I delete a row in a spreadsheet?",
        "I need to correct the grammar in my cover letter, can you help?",
        "Ich habe mein Instagram-Konto gelöscht, aber jetzt will ich es zurück. Geht das?",
        "Ma playlist Deezer a été supprimée, vous pouvez la récupérer ?",
        "Can Netflix refuse to delete my data?",
        "Netflix removed my favourite show, can you bring it back?",
    ],
)
def test_no_right_is_acted_on_outside_a_request(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.right is None, (text, intent.right)
    assert intent.kind != "request"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("how long do they keep my data?", "retention"),
        ("Wie lange darf Zalando meine Bestelldaten speichern?", "retention"),
        ("Combien de temps la Fnac garde-t-elle mes données ?", "retention"),
        ("Can my daughter do it for me?", "agent"),
        ("Kann meine Tochter den Antrag für mich stellen?", "agent"),
        ("What data does Cloudmed collect?", "collected"),
        ("How long does a company have to answer a GDPR access request?", "deadline"),
        ("Quel est le délai de réponse pour une demande RGPD ?", "deadline"),
        ("Est-ce que SFR revend mes données ?", "selling"),
    ],
)
def test_question_topics(catalog, text: str, topic: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.topic, intent.right) == ("question", topic, None)


def test_retention_is_not_the_response_deadline(catalog) -> None:
    assert understand("how long do they keep my data?", catalog).question != "deadline"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bitte sorgt dafür, dass Otto alle meine Daten löscht.", "de"),
        ("je veu savoir ce que bla bla car a sur moi", "fr"),
        ("borrar mis datos de glovo porfa", "es"),
        ("Cancellate i miei dati WhatsApp.", "it"),
        ("kopie van mijn gegevens van de ns graag", "nl"),
        ("delete my data spotfy", "en"),
    ],
)
def test_language_of_a_message(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Hilfe", "help"),
        ("aide", "help"),
        ("ricomincia", "restart"),
        ("opnieuw beginnen", "restart"),
        ("Zeig mir meine Anfragen", "my_requests"),
        ("salir", "quit"),
    ],
)
def test_commands_in_other_languages(catalog, text: str, command: str) -> None:
    assert understand(text, catalog).command == command
