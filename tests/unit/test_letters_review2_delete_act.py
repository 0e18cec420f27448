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


def test_a_deletion_at_a_broker_also_opts_out_of_sale_for_data_from_any_source(catalog) -> None:
    """§ 1798.105 reaches what was collected from the person; a broker's data mostly was not,
    so the letter adds the § 1798.120 opt-out, which covers every source."""
    person = Person(name="Jane Doe", email="jane@example.com")
    broker = compose_request(catalog.get("spokeo"), "deletion", person, residence="US-CA",
                             today=dt.date(2026, 12, 1))  # fmt: skip
    text = " ".join(broker.body.split())
    assert "1798.105(a)" in text and "§ 1798.120(a)" in text and "7026(f)" in text
    plain = compose_request(catalog.get("qualfon"), "deletion", person, residence="US-CA",
                            today=dt.date(2026, 12, 1))  # fmt: skip
    assert "1798.120(a)" not in " ".join(plain.body.split())
