"""Issue 11: bounded cost (an over-long message is refused with a clear line, never read), and
names that are not names ("actually never mind" is not signed on a letter)."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import MAX_MESSAGE_CHARS, understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_a_message_over_the_cap_is_refused_with_a_clear_line(catalog) -> None:
    intent = understand("delete my data at qualfon " * 100_000, catalog)
    assert intent.kind == "refused"
    assert intent.company is None and intent.right is None
    assert intent.refused is not None and "too long" in intent.refused
    assert f"{MAX_MESSAGE_CHARS:,}" in intent.refused


def test_a_message_at_the_cap_is_read(catalog) -> None:
    text = ("Please ask Qualfon to delete my data. " * 200)[:MAX_MESSAGE_CHARS]
    intent = understand(text, catalog)
    assert (intent.company, intent.right) == ("qualfon", "deletion")


@pytest.mark.parametrize(
    "text",
    [
        "actually never mind",
        "Actually, never mind.",
        "vergiss es",
        "laissez tomber",
        "olvídalo",
        "lascia perdere",
        "laat maar",
        "cancel",
        "why do you need that?",
    ],
)
def test_a_name_step_does_not_take_a_cancellation_for_a_name(catalog, text: str) -> None:
    assert understand(text, catalog, expecting="name").name is None


@pytest.mark.parametrize(
    "name",
    [
        "Sarah Jane Collins",
        "Jean-Luc Pérez-García",
        "Siobhán O'Neill",
        "Maria de la Cruz López",
        "Jan van der Berg",
    ],
)
def test_real_names_are_names(catalog, name: str) -> None:
    assert understand(name, catalog, expecting="name").name == name
