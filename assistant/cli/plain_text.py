"""The assistant's Markdown replies as plain text, for `rights chat --plain` and `rights ask`.

The plain conversation is offered for screen readers and scripts, so it must read well aloud:
no `**`, backticks or code fences. The replies are parsed with markdown-it (the parser Textual
itself uses) and written back as text: paragraphs separated by a blank line, bullet lists as
"- " lines, ordered lists numbered, code blocks (a letter) as their lines unchanged, links as
"text (address)" when the address adds something. A reply's choices become numbered lines, so a
person can answer with the number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token


def markdown_to_plain(markdown: str) -> str:
    """The text of `markdown` without its markup, laid out with blank lines and list marks."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    blocks: list[str] = []
    lists: list[list[int]] = []  # per open list: [next number] (0 for a bullet list)
    item_prefix = ""
    item_pad = ""  # the indent of the list item being written, for its later paragraphs
    quoted = 0
    new_list = False  # the next item starts a list: a block of its own
    for token in tokens:
        if token.type == "bullet_list_open":
            lists.append([0])
            new_list = True
        elif token.type == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
            new_list = True
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            item_pad = ""
        elif token.type == "list_item_open" and lists:
            depth = "  " * (len(lists) - 1)
            number = lists[-1]
            if number[0]:
                item_prefix = f"{depth}{number[0]}. "
                number[0] += 1
            else:
                item_prefix = f"{depth}- "
            item_pad = " " * len(item_prefix)
        elif token.type == "blockquote_open":
            quoted += 1
        elif token.type == "blockquote_close":
            quoted -= 1
        elif token.type == "inline":
            text = _inline(token.children or [])
            if quoted:
                text = f"\u201c{text}\u201d"
            if item_prefix:
                text = item_prefix + text.replace("\n", "\n" + item_pad)
                item_prefix = ""
                if blocks and _is_item(blocks[-1]) and not new_list:
                    blocks[-1] += "\n" + text
                    continue
            elif item_pad and blocks:  # a later paragraph of the same list item
                blocks[-1] += "\n" + item_pad + text.replace("\n", "\n" + item_pad)
                continue
            new_list = False
            blocks.append(text)
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "hr":
            blocks.append("")
    return "\n\n".join(blocks).strip("\n")


def _is_item(block: str) -> bool:
    first = block.lstrip().split(" ", 1)[0]
    return first == "-" or (first.endswith(".") and first[:-1].isdigit())


def _inline(children: Sequence[Token]) -> str:
    parts: list[str] = []
    href: str | None = None
    link_text: list[str] = []
    for child in children:
        if child.type == "link_open":
            href = str(child.attrGet("href") or "")
            link_text = []
        elif child.type == "link_close":
            text = "".join(link_text).removeprefix("mailto:")
            shown = href or ""
            same = shown.removeprefix("mailto:") == text or shown == text
            parts.append(text if same or not shown else f"{text} ({shown})")
            href = None
        elif child.type in ("text", "code_inline"):
            (link_text if href is not None else parts).append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            (link_text if href is not None else parts).append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def numbered_choices(choices: Sequence[str], text: str) -> str:
    """The choices as numbered lines, unless the reply's text lists them already."""
    if not choices:
        return ""
    already = all(f"{n}. {choice}" in text for n, choice in enumerate(choices, 1))
    if already:
        return ""
    return "\n".join(f"{n}. {choice}" for n, choice in enumerate(choices, 1))


def chosen(line: str, choices: Sequence[str]) -> str:
    """A typed number stands for that choice; anything else is the person's own words."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    return line
