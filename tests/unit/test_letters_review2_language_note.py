"""The note on a letter that falls back to English names exactly what is missing (review 2, P7).

German and French wording now exists for every GDPR letter; Spanish, Italian and Dutch have
it for access only. A correction letter asked for in Spanish falls back to English, and the
note must say what is missing, not that there is no Spanish wording "for letters under the
GDPR"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request

TODAY = dt.date(2026, 12, 1)
FIX = "My name is Test Person, not Tess Person"


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Test Person", email="test@example.com")


@pytest.mark.parametrize(("language", "name"), [("es", "Spanish"), ("it", "Italian")])
def test_correction_note_names_the_right(catalog, jane, language, name):
    letter = compose_request(
        catalog.get("zalando"),
        "correction",
        jane,
        residence="DE",
        today=TODAY,
        language=language,
        correction=FIX,
    )
    assert letter.language == "en"
    note = next(w for w in letter.warnings if "wording yet" in w)
    assert note.startswith(f"There is no {name} wording yet for correction letters")
    assert "under the GDPR" not in note
    assert "access" in note


def test_law_without_wording_is_still_named(catalog, jane):
    letter = compose_request(
        catalog.get("qualfon"), "access", jane, residence="US-CA", today=TODAY, language="de"
    )
    note = next(w for w in letter.warnings if "wording yet" in w)
    assert "letters under the CCPA" in note
    assert "access letters" not in note
