"""A follow-up speaks the language the request's own letter was written in (read back from the
letter files the ledger keeps), not the company record's language; and a private note on the
timeline never reaches a letter to the company or a complaint unless the person includes it.

Tracked through the same use cases the front ends call (assistant.workflow); each test gets its
own empty data directory (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import workflow
from assistant.ledger.store import Ledger
from assistant.letters.model import Person
from assistant.letters.original import language_of_text
from assistant.records.catalog import load_catalog

SENT = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_cache=False, include_user=False)


@pytest.fixture()
def erika() -> Person:
    return Person(name="Erika Mustermann", email="erika@example.com")


def _sent(catalog, ledger, person, language, tmp_path, formats=("txt", "eml")) -> int:
    record = catalog.get("zalando")
    letter = workflow.write_request(
        record, "access", person, residence="DE-BE", today=SENT, language=language
    )
    assert letter.language == language
    files = workflow.save_letter(letter, tmp_path, formats)
    tracked = workflow.track_letter(
        ledger, record, letter, residence="DE-BE", sent=SENT, letter_files=[str(f) for f in files]
    )
    return tracked.row.id


@pytest.mark.parametrize("formats", [("txt", "eml"), ("txt",), ("eml",)])
def test_a_german_request_gets_a_german_reminder(catalog, erika, tmp_path, formats):
    # Zalando's record names no request language, so the record alone would say English.
    assert catalog.get("zalando").request_language is None
    with Ledger.open() as ledger:
        number = _sent(catalog, ledger, erika, "de", tmp_path, formats)
        letter = workflow.compose_next(
            ledger, catalog, number, "followup", erika, today=SENT + dt.timedelta(days=10)
        )
    assert letter.kind == "followup_reminder" and letter.language == "de"
    assert letter.recipient == "datenschutz@zalando.de"
    assert letter.body.startswith("Sehr geehrte Damen und Herren,")
    assert "1. Dezember 2026" in letter.body


def test_an_english_request_gets_an_english_reminder(catalog, erika, tmp_path):
    with Ledger.open() as ledger:
        number = _sent(catalog, ledger, erika, "en", tmp_path)
        letter = workflow.compose_next(
            ledger, catalog, number, "followup", erika, today=SENT + dt.timedelta(days=10)
        )
    assert letter.language == "en" and letter.body.startswith("Dear")


def test_without_letter_files_the_record_decides(catalog, erika):
    with Ledger.open() as ledger:
        record = catalog.get("zalando")
        number = workflow.track(
            ledger, record, "access", residence="DE-BE", sent=SENT, channel="email"
        ).row.id
        letter = workflow.compose_next(
            ledger, catalog, number, "followup", erika, today=SENT + dt.timedelta(days=10)
        )
    assert letter.language == "en"


def test_language_read_from_letterhead_and_greeting():
    assert language_of_text("Jane\n\nAktenzeichen: RA-1\nBetreff: x\n") == "de"
    assert language_of_text("Référence\u00a0: RA-1\n") == "fr"
    assert language_of_text("Content-Language: fr\nSubject: x\n\nDear team,\n") == "fr"
    assert language_of_text("nothing here") is None


def test_private_notes_never_reach_the_company_or_the_regulator(catalog, erika, tmp_path):
    secret = "PRIVATE-NOTE my doctor says"
    with Ledger.open() as ledger:
        number = _sent(catalog, ledger, erika, "de", tmp_path)
        ledger.record_event(number, "acknowledged", on=SENT + dt.timedelta(days=2), note=secret)
        row = ledger.get(number)
        late = (row.due or SENT) + dt.timedelta(days=1)
        letters = [
            workflow.compose_next(ledger, catalog, number, "followup", erika, today=late),
            workflow.compose_next(
                ledger, catalog, number, "complaint", erika, today=late, land="DE-BE"
            ),
        ]
        shared = workflow.compose_next(
            ledger, catalog, number, "followup", erika, today=late, include_notes=True
        )
    for letter in letters:
        assert "PRIVATE-NOTE" not in letter.body and "PRIVATE-NOTE" not in letter.subject
        assert "PRIVATE-NOTE" not in " ".join(letter.attachments)
    assert "PRIVATE-NOTE" in shared.body  # only when the person chooses to include it


def test_an_overdue_letter_for_a_german_request_is_german(catalog, erika, tmp_path):
    with Ledger.open() as ledger:
        number = _sent(catalog, ledger, erika, "de", tmp_path)
        ledger.record_event(number, "acknowledged", on=SENT + dt.timedelta(days=2))
        late = (ledger.get(number).due or SENT) + dt.timedelta(days=1)
        letter = workflow.compose_next(ledger, catalog, number, "followup", erika, today=late)
    assert letter.kind == "followup_overdue" and letter.language == "de"
    body = letter.body
    assert "Die Frist für Ihre Antwort ist am 4. Januar 2027 abgelaufen" in body
    assert "3. Dezember 2026: Sie haben den Eingang bestätigt." in body
    assert "Art. 15 DSGVO und Art. 12 Abs. 3 DSGVO" in body  # never an English "and"
    assert "Art. 77 Abs. 1 DSGVO" in body
    for english in (" and ", "Please", "request"):
        assert english not in body


def test_an_overdue_letter_for_a_french_request_is_french(catalog, tmp_path):
    marie = Person(name="Marie Dupont", email="marie@example.com")
    with Ledger.open() as ledger:
        number = _sent(catalog, ledger, marie, "fr", tmp_path)
        late = (ledger.get(number).due or SENT) + dt.timedelta(days=1)
        letter = workflow.compose_next(ledger, catalog, number, "followup", marie, today=late)
    assert letter.kind == "followup_overdue" and letter.language == "fr"
    assert "Le délai de réponse a expiré le 4 janvier 2027" in letter.body
    assert "1er décembre 2026\u00a0: je vous ai adressé la demande." in letter.body
    assert "article 77, paragraphe 1, du RGPD" in letter.body
