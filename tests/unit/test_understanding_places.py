"""Issue 11: places in six languages and in "City, Country" or "I live in ..." form, mapped to
the residence the laws need (a city of Bavaria -> DE-BY)."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.places import resolve_place
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("München", "DE-BY"), ("Munich, Germany", "DE-BY"), ("Bavaria", "DE-BY"),
        ("Bavière", "DE-BY"), ("Köln", "DE-NW"), ("Berlin", "DE-BE"), ("Wien", "AT"),
        ("Genève", "CH"), ("Bruxelles", "BE"), ("Antwerpen", "BE"), ("Montréal", "CA-QC"),
        ("Toronto", "CA-ON"), ("Vancouver, BC", "CA-BC"), ("Seattle, Washington", "US-WA"),
        ("Denver", "US-CO"), ("São Paulo, Brazil", "BR"), ("London", "GB"), ("Lyon", "FR"),
        ("Milano", "IT"), ("Utrecht", "NL"), ("Sevilla", "ES"), ("Zwitserland", "CH"),
        ("Ciudad de México", "MX"),
    ],
)  # fmt: skip
def test_places_in_six_languages(place: str, code: str) -> None:
    assert resolve_place(place) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I live in Texas and I want Qualfon to delete my info.", "US-TX"),
        ("We live in Bavaria. I want my data corrected at Deutsche Bahn.", "DE-BY"),
        ("São Paulo, Brazil - I want Netflix to send me a copy of my data.", "BR"),
        ("Seattle, Washington here; I want Amazon to delete my Alexa voice recordings.", "US-WA"),
        ("I live in Vancouver, BC. I'd like Tim Hortons to delete my app data.", "CA-BC"),
        ("Wohne in Köln. Die SCHUFA soll meinen falschen Eintrag berichtigen.", "DE-NW"),
        ("J'habite à Montréal, je voudrais mes données de Facebook.", "CA-QC"),
        ("Vivo en Sevilla y quiero que Cabify me envíe mis datos.", "ES"),
        ("Abito a Milano e voglio che Esselunga mi mandi i miei dati.", "IT"),
        ("Ik woon in Antwerpen, inzage bij Proximus graag.", "BE"),
        ("I'm not in California, I'm in Oregon, and I want Discord to delete my data.", "US-OR"),
        ("California resident here. Do not sell my info, Walmart.", "US-CA"),
    ],
)
def test_where_the_person_lives_inside_a_sentence(catalog, text: str, code: str) -> None:
    assert understand(text, catalog).residence == code


@pytest.mark.parametrize(
    "text",
    [
        "What's the weather in Paris tomorrow?",
        "Wie wird das Wetter morgen in Hamburg?",
        "I grew up in Texas but that's not important",
    ],
)
def test_a_place_mentioned_is_not_a_residence(catalog, text: str) -> None:
    assert understand(text, catalog).residence is None


@pytest.mark.parametrize(
    ("answer", "code"),
    [("München", "DE-BY"), ("Toronto", "CA-ON"), ("Lyon", "FR"), ("Dublin", "IE")],
)
def test_a_city_as_the_answer_to_where_do_you_live(catalog, answer: str, code: str) -> None:
    assert understand(answer, catalog, expecting="residence").residence == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ich bin gerade im Urlaub in Spanien, wohne aber in Düsseldorf. Amazon soll löschen.",
         "DE-NW"),
        ("Komme aus Polen, lebe aber seit Jahren in Hamburg. Zalando soll meine Daten löschen.",
         "DE-HH"),
        ("Ich wohne in der Nähe von Stuttgart und will eine Datenauskunft.", "DE-BW"),
        ("München hier. Ich will eine Kopie meiner Daten von Check24.", "DE-BY"),
        ("Estoy de viaje en Francia, pero vivo en Granada. Quiero que Instagram borre mis datos.",
         "ES"),
        ("Resido en Zaragoza y quiero que Spotify me mande mis datos.", "ES"),
        ("Vivo en Asturias, en Oviedo. Quiero que Netflix borre mi cuenta.", "ES"),
        ("Vivo in Sicilia, a Catania. Voglio che Netflix cancelli il mio account.", "IT"),
        ("Ik woon in Limburg, in Maastricht. Ik wil dat Netflix mijn account verwijdert.", "NL"),
        ("I've lived in Bristol my whole life and want Experian to fix my file.", "GB"),
    ],
)  # fmt: skip
def test_where_people_say_they_live_in_passing(catalog, text: str, code: str) -> None:
    assert understand(text, catalog).residence == code


@pytest.mark.parametrize(
    "text",
    [
        "Google und Facebook wissen eh alles, aber heute geht's mir nur um Facebook: Auskunft.",
        "Retiro mi consentimiento: Spotify no debe usar mis datos con fines publicitarios.",
    ],
)
def test_an_opening_word_before_a_colon_is_not_a_home(catalog, text: str) -> None:
    assert understand(text, catalog).residence is None
