"""The app's company card says what is known and from where, in plain words."""

from __future__ import annotations

from pathlib import Path

from assistant.records.catalog import load_catalog
from assistant.tui.widgets.company_card import card_text


def test_an_imported_record_says_no_policy_was_read_instead_of_not_stated(
    warm_home: Path,
) -> None:
    card = card_text(load_catalog().get("spotify")).plain
    assert "From Datenanfragen.de's public list of privacy contacts." in card
    assert "No privacy policy has been read for this record, so what the company itself " in card
    for jargon in ("not stated", "unclear", "E-Mail", "graded", "Policy date"):
        assert jargon not in card, jargon
    assert "postal: Birger Jarlsgatan 61\n  113 56 Stockholm\n  Sweden" in card
    assert "  - e-mail address" in card


def test_a_hand_written_record_keeps_its_facts_and_quotes(warm_home: Path) -> None:
    card = card_text(load_catalog().get("qualfon")).plain
    assert "From its privacy policy, read and checked by hand." in card
    assert "SELLS YOUR DATA?\nyes\n" in card
    assert "+ Access (right to know): offered" in card
    assert "  Attn: Chief Compliance Officer\n" in card
