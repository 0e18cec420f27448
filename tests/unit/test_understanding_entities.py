"""Which entity of a brand a message means, and the shapes around a name that change it: one
European controller listed per country, a country typed after the brand, a likeness, a
company the person left, German declension - and the places and rights found alongside."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.slots import find_residence
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # one European controller (same legal name) for a person in Europe
        ("Non voglio chiudere il conto PayPal, ma il mio indirizzo è sbagliato.", "paypal"),
        ("Vinted moet mijn account verwijderen", "vinted-uab"),
        # a country typed after the brand chooses its entity
        ("experian germany - i want a copy of my schufa-like file", "experian-de"),
        ("I want Amazon Germany to delete my account", "amazon-de"),
        ("Experian UK has my name wrong", "experian-gb"),
        # the residence chooses; a legal form is no country ("Co" is not Colorado)
        ("pls get equifax to delete my info, im in florida", "austin-consolidated-holdings"),
        ("I live in Leeds, Equifax should delete my data", "equifax-gb"),
        ("Auskunft bitte. Empfänger: Otto GmbH & Co KG", "otto-handel"),
        ("Ich beantrage die Löschung meines Profils bei Parship.", "pe-digital"),  # not "Profil"
        ("Based in Milan. Want Zalando to stop sending me ads.", "zalando"),  # Milan, Italy
        ("Please ask Experian Ltd to give me a copy of my credit file.", "experian-gb"),
        # Tinder's checked record is its controller's, which lists "Tinder (tinder.com)"
        ("Not Hinge, I meant Tinder. Tinder should erase my data.", "match-group"),
        # German declines the adjective of a name
        ("Ich widerspreche der Werbung gegenüber der Deutschen Post.", "deutsche-post"),
    ],
)
def test_the_entity_meant(catalog, text: str, company: str) -> None:
    assert understand(text, catalog).company == company


@pytest.mark.parametrize(
    "text",
    [
        "Equifax should delete my data",  # GB or US entity: nothing says which
        "hey can u make paypal stop sharing my info with advertisers, im in ohio",  # no US one
        "I left Vodafone for EE last year. EE should give me a copy of my data.",  # not Vodafone
        "Vodafone Italia deve cancellare i miei dati",  # Vodafone GmbH is not Vodafone Italia
    ],
)
def test_no_company_is_guessed(catalog, text: str) -> None:
    assert understand(text, catalog).company is None


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Kann man bei WhatsApp alle gespeicherten Infos über sich anfordern? Wenn ja, bitte.",
            "access",
        ),
        ("ik wil niet dat marktplaats mijn gegevens deelt met adverteerders", "opt_out"),
        ("Iliad mi manda ancora SMS promozionali anche se ho detto di no. Basta!", "opt_out"),
        ("Je voudrais récupérer toutes mes données YouTube.", "access"),
        ("Bitte sorgt dafür, dass bei Xing alles weg ist.", "deletion"),
        ("Den Account bei Tinder will ich jetzt komplett weg haben.", "deletion"),
        ("hoe krijg ik mn gegevens bij tiktok weg", "deletion"),
        ("Uso Netflix, ma è Netflix che deve smettere di profilarmi.", "opt_out"),
        ("Verwijder niks, maar mijn geboortedatum bij Booking.com klopt niet.", "correction"),
        (
            "Die Daten sollen nicht weg, aber Otto soll sie nicht mehr für Werbung nutzen.",
            "opt_out",
        ),
        ("ey die sollen meine nummer bei Vodafone endlich aus ihrer kartei streichen", "deletion"),
        ("Meine WhatsApp-Nummer ist noch die alte, kann WhatsApp das aktualisieren?", "correction"),
        ("kan facebook mn data wissen aub", "deletion"),
        (
            "I live in Edinburgh. Experian shows an account that isn't mine. Get it corrected.",
            "correction",
        ),
        ("wie kann ich bei zalando mein kundenkonto inkl aller daten entfernen lassen", "deletion"),
        ("Ich wohne in Wiesbaden. Netflix soll mir alle meine Daten schicken.", "access"),
        ("I don't want my Uber account closed; I want my home address corrected.", "correction"),
        ("Non è Vodafone, è Spotify che deve darmi i miei dati.", "access"),
        ("get vinted to stop emailing me ads, i live in barcelona", "opt_out"),
        ("Ik wil dat Insta mijn geboortedatum aanpast.", "correction"),
        ("I live in Lyon. Amazon should fix my delivery address.", "correction"),
        ("Widerspruch Werbung ebay!!", "opt_out"),
        (
            "Die Telekom soll nichts löschen, sie soll nur meine neue Adresse eintragen.",
            "correction",
        ),
        ("kann mir einer sagen wie ich bei payback alles loeschen lass??", "deletion"),
        ("wat does facebook kno about me", "access"),
        ("kan zalando mn account verwijderen", "deletion"),
        # asked of the company as a question, as "Can Zalando delete my account?" is in English
        ("Kan Zalando mijn account verwijderen?", "deletion"),
        ("Ik wil alles zien wat Google via YouTube over mij heeft verzameld.", "access"),
        ("Voglio sapere a chi Facile.it ha dato il mio numero.", "access"),
        (
            "I'm not asking Booking.com to delete my profile; I want a copy of what they hold.",
            "access",
        ),
        (
            "Get Google to remove my old Gmail address. I want it corrected to my new one.",
            "correction",
        ),
    ],
)
def test_the_right_asked_for(catalog, text: str, right: str) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right) == ("request", right)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte löschen Sie den Termin am Dienstag aus meinem Kalender.",
        "Wie kann ich bei Zalando meine Daten löschen lassen, wenn ich noch eine Bestellung habe?",
        "Amazon cancelled my order without telling me why.",
        "¿Puede Glovo compartir mi ubicación con restaurantes?",
        "Kan Zalando mijn account zomaar verwijderen?",  # a worry, not an ask
    ],
)
def test_no_request(catalog, text: str) -> None:
    assert understand(text, catalog).right is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'm in Texas. Can you get Equifax to give me a copy?", "US-TX"),
        ("Lebe in Stuttgart, möchte bei Zalando meine Daten einsehen.", "DE-BW"),
        ("I live in Portland, Oregon.", "US-OR"),
        ("ik woon te Amsterdam", "NL"),
        ("I want Amazon to delete my data. I'm in the US.", "US"),
    ],
)
def test_places(text: str, code: str) -> None:
    assert find_residence(text, lang="en")[0] == code
