"""A letter never claims an enclosure the person was not told to add (review 2, P1).

SFR's imported record (Datenanfragen) says an identity document is required. Under GDPR
Art. 12(6) a controller may ask for more only where it has reasonable doubts about identity,
and Art. 5(1)(c) (data minimisation) rules out a copy by default; so the letter encloses
nothing, keeps its Art. 12(6) sentence, and the person is told, outside the letter, what the
record says. Where the details a company asks for come from a database rather than from its
policy, the letter does not say "your policy says" (P4), and every interpolated label is in
the letter's language."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def catalog():
    from assistant.records.catalog import load_catalog

    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Test Person", email="test@example.com")


def _record(**overrides) -> CompanyRecord:
    data = {
        "id": "acme",
        "name": "Acme",
        "source": {"kind": "manual"},
        "countries": ["all"],
        "contacts": [{"id": "p", "kind": "email", "value": "privacy@acme.example", "purpose": "x"}],
    }
    data.update(overrides)
    return CompanyRecord.model_validate(data)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "nl"])
def test_sfr_letter_encloses_nothing(catalog, jane, language):
    letter = compose_request(
        catalog.get("sfr"), "access", jane, residence="FR", today=TODAY, language=language
    )
    body = letter.body
    assert not letter.attachments
    for words in (
        "is enclosed",
        "liegt eine Kopie eines Ausweisdokuments bei",
        "une copie de pièce d'identité est jointe",
        "se adjunta una copia",
        "si allega copia",
        "is een kopie van een identiteitsbewijs bijgevoegd",
    ):
        assert words not in body
    # The Art. 12(6) sentence stays, in the letter's own citation form.
    assert "12" in body and (
        "(6)" in body
        or "Abs. 6" in body
        or "paragraphe 6" in body
        or "apartado 6" in body
        or "paragrafo 6" in body
        or "lid 6" in body
    )
    # The person is told, outside the letter, what the record says and why nothing is enclosed.
    note = " ".join(letter.warnings)
    assert "identity document" in note and "Art. 12(6)" in note


def test_english_sfr_letter_keeps_the_art_12_6_sentence(catalog, jane):
    letter = compose_request(catalog.get("sfr"), "access", jane, residence="FR", today=TODAY)
    assert "As your policy requires" not in letter.body
    assert "not sending copies of identity documents" in letter.body
    assert "reasonable doubts" in letter.body and "GDPR Art. 12(6)" in letter.body


def test_policy_record_requiring_id_is_not_enclosed_either(jane):
    rec = _record(verification={"id_document_required": True})
    letter = compose_request(rec, "access", jane, residence="US-CA", today=TODAY)
    assert "enclosed" not in letter.body and not letter.attachments
    assert any("identity document" in w for w in letter.warnings)


def test_imported_details_are_not_attributed_to_a_policy(catalog, jane):
    letter = compose_request(catalog.get("fnac"), "access", jane, residence="FR", today=TODAY)
    assert "Your policy says" not in letter.body
    assert "Enseigne visée (Fnac, Darty)" in letter.body and "postal address" in letter.body


def test_french_letter_translates_the_postal_address_label(catalog, jane):
    letter = compose_request(
        catalog.get("fnac"), "deletion", jane, residence="FR", today=TODAY, language="fr"
    )
    assert "postal address" not in letter.body.casefold()
    assert "adresse postale" in letter.body
    assert "Selon votre politique de confidentialité, vous vérifiez" not in letter.body
    with_address = Person(name="Test Person", email="test@example.com", address="1 rue X\nParis")
    letter = compose_request(
        catalog.get("fnac"), "deletion", with_address, residence="FR", today=TODAY, language="fr"
    )
    assert "- Adresse postale" in letter.body and "1 rue X, Paris" in letter.body


def test_german_letter_translates_the_postal_address_label(catalog, jane):
    letter = compose_request(
        catalog.get("fnac"), "access", jane, residence="DE", today=TODAY, language="de"
    )
    assert "postal address" not in letter.body.casefold()
    assert "Postanschrift" in letter.body
    assert "Nach Ihrer Datenschutzerklärung prüfen Sie" not in letter.body


def test_an_id_copy_asked_for_is_not_offered_in_the_letter(jane):
    rec = _record(
        verification={
            "data_points": ["customer number", "copy of passport"],
            "quote": "send your customer number and a copy of your passport",
        }
    )
    letter = compose_request(rec, "access", jane, residence="DE", today=TODAY)
    body = " ".join(letter.body.split())
    assert "passport" not in body
    assert "(customer number)" in body
    assert "not sending copies of identity documents" in body and "GDPR Art. 12(6)" in body
    assert any("identity document" in w for w in letter.warnings)
