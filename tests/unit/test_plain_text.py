"""Markdown replies written as plain text for the plain conversation (screen readers, scripts)."""

from __future__ import annotations

from assistant.cli.plain_text import chosen, markdown_to_plain, numbered_choices


def test_markup_characters_are_gone_and_layout_stays() -> None:
    text = markdown_to_plain(
        "I can **see** or `delete` it, see [the policy](https://example.com/p).\n\n"
        "- one\n- *two*\n\n1. first\n2. second\n\n```text\nDear team,\n  indented line\n```"
    )
    assert text == (
        "I can see or delete it, see the policy (https://example.com/p).\n\n"
        "- one\n- two\n\n1. first\n2. second\n\nDear team,\n  indented line"
    )


def test_a_quote_under_a_list_item_stays_with_it_in_quotation_marks() -> None:
    text = markdown_to_plain("- email: a@b.example\n\n  > Write to us at a@b.example\n\n- phone: 1")
    assert text == "- email: a@b.example\n  \u201cWrite to us at a@b.example\u201d\n- phone: 1"


def test_a_link_whose_text_is_its_address_is_said_once() -> None:
    assert markdown_to_plain("<mailto:a@b.example>") == "a@b.example"
    assert markdown_to_plain("[https://x.example](https://x.example)") == "https://x.example"


def test_choices_are_numbered_unless_the_text_numbers_them() -> None:
    assert numbered_choices(["yes", "no"], "Shall I save it?") == "1. yes\n2. no"
    assert numbered_choices(["A", "B"], "Which?\n1. A\n2. B") == ""
    assert numbered_choices([], "Anything") == ""


def test_a_number_picks_a_choice_and_other_words_pass_through() -> None:
    assert chosen("2", ["yes", "no"]) == "no"
    assert chosen(" 1 ", ["yes", "no"]) == "yes"
    assert chosen("3", ["yes", "no"]) == "3"
    assert chosen("delete it", ["yes", "no"]) == "delete it"
