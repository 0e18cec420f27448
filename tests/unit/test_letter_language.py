"""Letters in the company's language: templates per language, citations in each language's
official form, dates through babel, and an honest fallback to English."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import UserError
from assistant.letters.language import LANGUAGES, choose_language, cite, long_date
from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.model import CompanyRecord

TODAY = dt.date(2026, 12, 1)


def german_company(**kw: object) -> CompanyRecord:
    data: dict[str, object] = {
        "id": "beispiel",
        "name": "Beispiel GmbH",
        "source": {"kind": "manual"},
        "countries": ["DE"],
        "request_language": "de",
        "contacts": [
            {"id": "mail", "kind": "email", "value": "ds@beispiel.example", "purpose": "x"},
            {"id": "post", "kind": "postal", "value": "Hauptstr. 1\n10115 Berlin\nDeutschland",
             "purpose": "x"},
        ],
    }  # fmt: skip
    data.update(kw)
    return CompanyRecord.model_validate(data)


@pytest.fixture()
def jane() -> Person:
    return Person(name="Jane Q. Public", email="jane@example.com")


@pytest.mark.parametrize(
    ("lang", "citation", "expected"),
    [
        ("de", "GDPR Art. 15(1)(c)", "Art. 15 Abs. 1 lit. c DSGVO"),
        ("de", "GDPR Art. 15", "Art. 15 DSGVO"),
        ("fr", "GDPR Art. 15", "article 15 du RGPD"),
        ("fr", "GDPR Art. 15(1)(c)", "article 15, paragraphe 1, point c), du RGPD"),
        ("es", "GDPR Art. 12(3)", "artículo 12, apartado 3, del RGPD"),
        ("it", "GDPR Art. 15(1)(h)", "articolo 15, paragrafo 1, lettera h), del RGPD"),
        ("nl", "GDPR Art. 15(1)(c)", "artikel 15, lid 1, onder c, AVG"),
        ("nl", "GDPR Art. 17", "artikel 17 AVG"),
        ("en", "GDPR Art. 15(1)(c)", "GDPR Art. 15(1)(c)"),
        ("de", "Cal. Civ. Code § 1798.110", "Cal. Civ. Code § 1798.110"),  # left alone
    ],
)
def test_citations_in_the_official_form(lang, citation, expected):
    assert cite(citation, lang) == expected


def test_dates_in_words_of_each_language():
    day = dt.date(2027, 1, 4)
    assert long_date(day, "de") == "4. Januar 2027"
    assert long_date(day, "fr") == "4 janvier 2027"
    assert long_date(dt.date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert long_date(day, "es") == "4 de enero de 2027"
    assert long_date(day, "en") == "4 January 2027"


def test_language_choice():
    assert choose_language(None, "de") == "de"
    assert choose_language(None, "el") == "en"  # no Greek templates: English
    assert choose_language("FR", "de") == "fr"  # the person's choice wins
    with pytest.raises(UserError, match="cannot be written"):
        choose_language("el", None)
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "it", "nl"}


def test_german_company_gets_a_german_gdpr_letter(jane):
    letter = compose_request(german_company(), "access", jane, residence="US-CA", today=TODAY)
    assert letter.language == "de" and letter.law_id == "gdpr"
    body = letter.body
    assert body.startswith("Sehr geehrte Damen und Herren,")
    assert "Art. 3 Abs. 1 DSGVO" in body  # established in the EU
    for item in "abcdefgh":
        assert f"Art. 15 Abs. 1 lit. {item} DSGVO" in body
    assert "Art. 15 Abs. 2 DSGVO" in body and "unentgeltlich" in body
    assert "C-154/21" in body
    assert "spätestens aber innerhalb eines Monats nach Eingang" in body
    assert "also bis zum 4. Januar 2027" in body
    assert "Mit freundlichen Grüßen" in body
    assert "GDPR" not in body and "Dear" not in body


def test_french_letter_on_request(jane):
    letter = compose_request(
        german_company(), "deletion", jane, residence="FR", today=TODAY, language="fr"
    )
    assert letter.language == "fr"
    assert "article 17, paragraphe 1, point b), du RGPD" in letter.body
    assert "article 7, paragraphe 3, du RGPD" in letter.body
    assert "article 18, paragraphe 1, point d), du RGPD" in letter.body
    assert letter.body.startswith("Madame, Monsieur,")


def test_a_missing_translation_falls_back_to_english_and_says_so(jane):
    letter = compose_request(
        german_company(), "correction", jane, residence="DE", today=TODAY,
        correction="Born 1990, not 1909.", language="es",
    )  # fmt: skip
    assert letter.language == "en"
    assert any("no Spanish wording" in w for w in letter.warnings)


def test_a_law_without_translation_is_written_in_english(jane):
    us = german_company(
        countries=["US"],
        contacts=[{"id": "m", "kind": "email", "value": "p@us.example", "purpose": "x"}],
    )
    letter = compose_request(us, "access", jane, residence="US-TX", today=TODAY)
    assert letter.language == "en" and letter.law_id == "tdpsa"
    assert any("no German wording" in w for w in letter.warnings)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "de",
            [
                "Antrag auf Berichtigung nach Art. 16 DSGVO",
                "Art. 19 DSGVO",
                "Art. 18 Abs. 1 lit. a DSGVO",
            ],
        ),
        (
            "fr",
            [
                "Demande de rectification",
                "article 19 du RGPD",
                "article 18, paragraphe 1, point a), du RGPD",
            ],
        ),
    ],
)
def test_a_correction_is_written_in_german_and_french(jane, lang, expected):
    letter = compose_request(
        german_company(), "correction", jane, residence="DE", today=TODAY,
        correction="Geburtsjahr 1990, nicht 1909.", language=lang,
    )  # fmt: skip
    assert letter.language == lang
    text = letter.subject + "\n" + letter.body
    for words in expected:
        assert words in text
    assert "Geburtsjahr 1990, nicht 1909." in letter.body


def test_quotes_inside_a_german_quotation_are_single():
    from assistant.letters.templates import inner_quotes

    assert inner_quotes("LLC (“Qualfon”) complies") == "LLC (‚Qualfon‘) complies"
    assert inner_quotes("die „Zalando“ SE") == "die ‚Zalando‘ SE"
    assert inner_quotes('the "Service" is') == "the ‚Service‘ is"
