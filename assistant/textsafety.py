"""Checking and cleaning what a person types before it goes into a letter.

Every field a person supplies (name, e-mail, address, agent, correction text, identifiers) passes
through here before it reaches a template, an e-mail header, a PDF or a file name:

- text is put into Unicode NFC, so a name typed with combining marks and the same name typed
  precomposed give the same letter;
- single-line fields refuse control characters (CR, LF, NUL, tab, ...), Unicode line and
  paragraph separators and the invisible bidirectional overrides used to disguise text; a
  person's name can therefore never add an e-mail header or a line to a letter;
- multi-line fields (a postal address, the text of a correction) keep their line breaks,
  normalised to LF, and refuse every other control character;
- every field has a length limit, and a value over it is refused with a message that says the
  limit rather than being cut short silently;
- e-mail addresses are checked with email-validator for syntax only (no DNS look-up).

Each problem raises `FieldError` (a UserError): the command line prints it and exits 2.
"""

from __future__ import annotations

import re
import unicodedata

from assistant import vocabulary
from assistant.errors import UserError

# Longest value accepted for each field, in characters (after NFC).
LIMITS: dict[str, int] = {
    "name": 200,
    "agent": 200,
    "email": 254,
    "address": 600,
    "correction": 4000,
    "identifier": 300,
    "label": 120,
}
MAX_ADDRESS_LINES = 8
MAX_LETTER = 20_000  # characters in a letter the person edited (a long letter is ~5,000)
# Dates a person may type or import (assistant.vocabulary keeps them: the reminders fast path
# checks a typed date without importing this module's regular expressions).
EARLIEST_DAY, LATEST_DAY = vocabulary.EARLIEST_DAY, vocabulary.LATEST_DAY
# Request numbers are SQLite integers; anything past this is not a number we gave out.
MAX_NUMBER = 2**53

# Longest chat or `ask` message read, in characters: longer ones are refused before any
# parsing, so a pasted megabyte cannot make the conversation hang (see `check_message`). The
# same limit as the understanding's own, so every front end takes the same messages.
MAX_MESSAGE = 5000
# Longest free-text note kept on a request's timeline (`--note`).
MAX_NOTE = 2000

CONTROL_NAMES = {
    "\n": "LINE FEED",
    "\r": "CARRIAGE RETURN",
    "\x00": "NUL",
    "\t": "TAB",
    "\x1b": "ESCAPE, as in terminal colour or title codes",
    "\x07": "BELL",
    "\x08": "BACKSPACE",
    "\x7f": "DELETE",
    "\x9b": "CONTROL SEQUENCE INTRODUCER",
    "\x9d": "OPERATING SYSTEM COMMAND",
}

# Invisible characters that reorder or hide text (Trojan-source style); refused everywhere.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Format characters that real names and scripts need: joiners (Indic, Arabic, emoji sequences)
# and the left-to-right / right-to-left marks.
ALLOWED_FORMAT = frozenset("\u200c\u200d\u200e\u200f")


class FieldError(UserError):
    """A value a person supplied that cannot go into a letter as it is."""

    def __init__(self, field: str, problem: str, *, hint: str | None = None) -> None:
        super().__init__(f"{field}: {problem}", hint=hint)
        self.field = field
        self.problem = problem


def describe_char(ch: str) -> str:
    """'U+000A (LINE FEED)' style name for a character, safe to print."""
    name = unicodedata.name(ch, "")
    if not name and unicodedata.category(ch) == "Cc":
        name = CONTROL_NAMES.get(ch, "CONTROL CHARACTER")
    elif not name and unicodedata.category(ch) == "Cs":
        name = "a lone surrogate: bytes that are not UTF-8"
    elif not name and _noncharacter(ch):
        name = "a noncharacter, never part of text"
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def _noncharacter(ch: str) -> bool:
    """U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, ...):
    Unicode keeps them out of interchanged text for good."""
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _bad_char(ch: str, *, multiline: bool) -> bool:
    if multiline and ch == "\n":
        return False
    if ch in BIDI_CONTROLS or _noncharacter(ch):
        return True
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Zl", "Zp"):
        return True
    return category == "Cf" and ch not in ALLOWED_FORMAT


def first_bad_char(text: str, *, multiline: bool = False) -> str | None:
    """The first character a one-line (or, with `multiline`, a multi-line) field refuses:
    control and format characters, line and paragraph separators, direction overrides, lone
    surrogates. None when there is none (a fast check first: most text is printable)."""
    if text.isprintable():
        return None
    return next((ch for ch in text if _bad_char(ch, multiline=multiline)), None)


LETTER_HINT = "shorten it; a letter needs only what identifies you"


def _check_length(
    field: str, value: str, limit: int, *, allowed: int | None = None, hint: str = LETTER_HINT
) -> None:
    """Refuse `value` when longer than `allowed` (default `limit`); the message says `limit`."""
    if len(value) > (allowed if allowed is not None else limit):
        raise FieldError(
            field, f"too long ({len(value):,} characters; the limit is {limit:,})", hint=hint
        )


def clean_line(value: str, field: str, *, limit: int | None = None, required: bool = True) -> str:
    """One line of text: NFC, trimmed, no control characters, within the length limit."""
    if not isinstance(value, str):
        raise FieldError(field, "must be text")
    limit = limit if limit is not None else LIMITS.get(field, 300)
    # Check the length first so a huge value is refused without scanning it twice.
    _check_length(field, value, limit, allowed=limit * 4)
    text = unicodedata.normalize("NFC", value).strip()
    for ch in text:
        if _bad_char(ch, multiline=False):
            raise FieldError(
                field,
                f"contains the control character {describe_char(ch)}",
                hint="type it on one line, without special or invisible characters",
            )
    _check_length(field, text, limit)
    if required and not text:
        raise FieldError(field, "is empty")
    _check_shape(text, field)
    return text


# Letters that show nothing (the Hangul fillers): a name made of them looks blank.
INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Fields that hold a person's name: a name has at least one visible letter.
NAME_FIELDS = frozenset({"name", "agent", "--name", "--agent"})


def _check_shape(text: str, field: str) -> None:
    """A value may not begin with a combining mark (it has no letter to sit on and would join
    whatever a letter puts before it), and a name needs a letter."""
    if text and unicodedata.category(text[0]).startswith("M"):
        raise FieldError(
            field,
            f"begins with the combining mark {describe_char(text[0])}, with no letter before it",
            hint="retype it; a combining accent follows the letter it belongs to",
        )
    if (
        field in NAME_FIELDS
        and text
        and not any(unicodedata.category(c)[0] == "L" and c not in INVISIBLE_LETTERS for c in text)
    ):
        raise FieldError(field, "has no letters", hint="give the name the company knows you by")


def clean_block(
    value: str,
    field: str,
    *,
    limit: int | None = None,
    max_lines: int = 40,
    hint: str = LETTER_HINT,
) -> str:
    """Several lines of text: CRLF and CR become LF, tabs become spaces, lines are trimmed."""
    if not isinstance(value, str):
        raise FieldError(field, "must be text")
    limit = limit if limit is not None else LIMITS.get(field, 2000)
    _check_length(field, value, limit, allowed=limit * 4, hint=hint)
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    for ch in text:
        if _bad_char(ch, multiline=True):
            raise FieldError(
                field,
                f"contains the control character {describe_char(ch)}",
                hint="use plain text; line breaks are fine",
            )
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    text = "\n".join(lines)
    _check_length(field, text, limit, hint=hint)
    if len(lines) > max_lines:
        raise FieldError(field, f"has {len(lines)} lines; the limit is {max_lines}")
    if not text:
        raise FieldError(field, "is empty")
    return text


def clean_address(value: str, field: str = "address") -> str:
    """A postal address: several lines allowed, each a line of the envelope."""
    return clean_block(value, field, limit=LIMITS["address"], max_lines=MAX_ADDRESS_LINES)


def clean_email(value: str, field: str = "email") -> str:
    """A syntactically valid e-mail address (no DNS look-up), in its normalised form."""
    text = clean_line(value, field, limit=LIMITS["email"])
    from email_validator import EmailNotValidError, validate_email

    try:
        # strict: the RFC 5321 lengths too (64 characters before the @), which mail servers
        # enforce; an address past them would never receive the company's answer.
        result = validate_email(text, check_deliverability=False, strict=True)
    except EmailNotValidError as exc:
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise FieldError(
            field,
            f"{shown!r} is not a valid e-mail address: {exc}",
            hint="write it like name@example.com",
        ) from None
    return result.normalized


def check_message(text: str, field: str = "message") -> str:
    """A chat or `ask` message: at most MAX_MESSAGE characters, no escapes; checked in linear
    time before anything parses it. Line breaks and tabs become spaces."""
    if not isinstance(text, str):
        raise FieldError(field, "must be text")
    if len(text) > MAX_MESSAGE:
        raise FieldError(
            field,
            f"too long ({len(text):,} characters; the limit is {MAX_MESSAGE:,})",
            hint="say it in a sentence or two; paste long texts into a file instead",
        )
    return clean_line(
        text.replace("\r", " ").replace("\n", " ").replace("\t", " "),
        field,
        limit=MAX_MESSAGE,
        required=False,
    )


def clean_letter_body(value: str, field: str = "letter") -> str:
    """A letter the person edited: line breaks and indentation kept (they are the letter's
    layout), CRLF and CR become LF, tabs four spaces, trailing spaces and blank edges go; no
    control or direction characters; at most MAX_LETTER characters; never empty."""
    if not isinstance(value, str):
        raise FieldError(field, "must be text")
    _check_length(field, value, MAX_LETTER)
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", "    ")
    for ch in text:
        if _bad_char(ch, multiline=True):
            raise FieldError(
                field,
                f"contains the control character {describe_char(ch)}",
                hint="use plain text; line breaks are fine",
            )
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if not text.strip():
        raise FieldError(field, "is empty", hint="write the letter, or keep the one drafted")
    return text + "\n"


def clean_note(value: str, field: str = "--note") -> str:
    """A private note on a request's timeline: several lines, no escapes, MAX_NOTE long."""
    return clean_block(
        value, field, limit=MAX_NOTE, max_lines=40, hint="keep the note short: a line or two"
    )


# Whole terminal escape sequences (7- and 8-bit): CSI ... final byte, OSC/DCS/APC/PM ... BEL or
# ST, and two-byte ESC sequences. Removed whole, so no "[31m" or "]0;title" is left behind.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]P_^X]|[\x9d\x90\x9f\x9e\x98])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x7e]?"
)


def strip_escapes(text: str) -> str:
    """`text` without terminal escape sequences (colours, titles, hyperlinks); linear time."""
    return _ESCAPES.sub("", text) if ("\x1b" in text or not text.isascii()) else text


def plain_text(text: str, limit: int | None = None) -> str:
    """Text from a record or the ledger made safe to print or put in a letter: escape
    sequences removed whole, then squeezed onto one line (`one_line`), cut to `limit`.

    Letters must pass company names (record.name, record.legal_name, the ledger's
    company_name) through this, so a name with escapes can never reach a letter or a terminal.
    """
    line = one_line(strip_escapes(str(text)))
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "…"


def shown(text: object, limit: int = 60) -> str:
    """A value quoted back in a message: one line, no escapes, cut to `limit` characters."""
    line = one_line(str(text))
    return repr(line if len(line) <= limit else line[: limit - 3] + "...")


def one_line(text: str) -> str:
    """Any text squeezed onto one line: every control or separator becomes a space.

    Used for values from records (which are validated, but imported) before they go into an
    e-mail header or a file's first line, so nothing can ever start a new header line.
    """
    if text.isprintable():  # the common case: no controls, separators or format characters
        return re.sub(" {2,}", " ", unicodedata.normalize("NFC", text)).strip(" ")
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp", "Cs"):
            out.append(" ")
        elif category == "Cf" and ch not in ALLOWED_FORMAT:
            continue
        else:
            out.append(ch)
    return re.sub(" {2,}", " ", "".join(out)).strip(" ")
