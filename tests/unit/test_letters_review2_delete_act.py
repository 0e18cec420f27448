"""A Californian deleting their data at a registered data broker is told of the Delete Act's
platform (DROP), which reaches what a broker holds whoever it came from; nobody else is."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.letters.model import Person
from assistant.letters.request import compose_request
from assistant.records.catalog import load_catalog

TODAY = dt.date(2026, 12, 1)
JANE = Person(name="Jane Q. Public", email="jane@example.com")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_cache=False, include_user=False)


def _notes(catalog, company: str, right: str, residence: str) -> str:
    letter = compose_request(catalog.get(company), right, JANE, residence=residence, today=TODAY)
    return "\n".join(letter.warnings)


def test_a_californian_deleting_at_a_broker_hears_of_drop(catalog) -> None:
    said = _notes(catalog, "spokeo", "deletion", "US-CA")
    assert "Delete Request and Opt-out Platform" in said
    assert "§ 1798.99.86" in said


@pytest.mark.parametrize(
    ("company", "right", "residence"),
    [
        ("spokeo", "access", "US-CA"),
        ("spokeo", "deletion", "US-TX"),
        ("qualfon", "deletion", "US-CA"),
    ],
)
def test_nobody_else_is_told(catalog, company: str, right: str, residence: str) -> None:
    assert "Delete Request and Opt-out Platform" not in _notes(catalog, company, right, residence)
