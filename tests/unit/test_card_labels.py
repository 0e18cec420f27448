"""Company cards say what is known and from where, in English, whatever the source's language."""

from __future__ import annotations

import pytest

from assistant.records.card import describe_company, element_label
from assistant.records.model import CompanyRecord


@pytest.mark.parametrize(
    ("desc", "kind", "label"),
    [
        ("E-Mail", "email", "e-mail address"),
        ("Email", "name", "e-mail address"),  # the source's type is wrong; its word decides
        ("Adresse", "address", "postal address"),
        ("Anschrift", "address", "postal address"),
        ("Geburtsdatum", "birthdate", "date of birth"),
        ("Kundennummer", "input", "customer number"),
        ("Nom", "name", "name"),
        ("Numéro d'appel", "input", "phone number"),
        ("Dirección electrónica", "email", "e-mail address"),
        ("E-Mail-Adresse Kundenkonto", "email", "e-mail address"),
    ],
)
def test_identifying_details_are_named_in_english(desc: str, kind: str, label: str) -> None:
    assert element_label(desc, kind) == label


def test_an_unknown_word_is_kept_and_marked_as_the_sources() -> None:
    assert element_label("BFS-Nummer") == '"BFS-Nummer" (the source\'s word)'


def _imported() -> CompanyRecord:
    raw: dict[str, object] = {
        "id": "beispiel",
        "name": "Beispiel GmbH",
        "source": {
            "kind": "datenanfragen",
            "license": "CC0-1.0",
            "quality": "verified",
            "urls": ["https://example.org/privacy"],
        },
        "contacts": [
            {
                "id": "postal",
                "kind": "postal",
                "value": "Hauptstraße 1\n10115 Berlin",
                "purpose": "privacy requests by letter",
            },
        ],
        "verification": {
            "required_elements": [
                {"desc": "E-Mail", "type": "email"},
                {"desc": "Geburtsdatum", "type": "birthdate", "optional": True},
            ]
        },
    }
    return CompanyRecord.model_validate(raw)


def test_an_imported_card_is_honest_and_in_english() -> None:
    card = describe_company(_imported())
    assert "No privacy policy has been read" in card
    assert "not stated" not in card and "unclear" not in card
    assert "Datenanfragen company database" in card and "no privacy policy read" in card
    assert "  - e-mail address" in card and "  - date of birth (optional)" in card
    assert "E-Mail" not in card and "Geburtsdatum" not in card
    # a multi-line address keeps its lines, each under the other
    assert "  postal   Hauptstraße 1\n           10115 Berlin\n" in card
