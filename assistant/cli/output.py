"""Small helpers the command modules share: JSON output, safe terminal text, typed values.

Dates and request numbers typed on the command line are bounded here (see
assistant/textsafety.py for the bounds), so no command meets year 9999 or a number past 2^63.
"""

from __future__ import annotations

import sys
import unicodedata

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (reminders' fast path)
if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path


def print_json(data: object) -> None:
    """Pretty, UTF-8 JSON on stdout, with dates as ISO strings. Characters that could drive
    a terminal (C1 controls such as CSI, DEL, invisible overrides) are written as \\u escapes,
    which JSON reads back as the same text."""
    import json

    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    if not text.replace("\n", "").isprintable():
        text = "".join(_json_escape(ch) for ch in text)
    sys.stdout.write(text + "\n")


def _json_escape(ch: str) -> str:
    if ch.isprintable() or ch in "\n ":
        return ch
    code = ord(ch)
    if code > 0xFFFF:  # outside the BMP: a surrogate pair, as JSON spells it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def parse_day(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD date typed for `option`, or a UserError naming the option."""
    import datetime

    from assistant.errors import UserError
    from assistant.vocabulary import EARLIEST_DAY, LATEST_DAY

    value = text.strip() if len(text) <= 40 else ""
    try:
        if not (len(value) == 10 and value.isascii() and value[4] == value[7] == "-"):
            raise ValueError(value)
        day = datetime.date.fromisoformat(value)
    except ValueError:
        from assistant.textsafety import shown  # only now: it imports `re`

        raise UserError(
            f"{option} wants a date like 2026-11-23 (YYYY-MM-DD); {shown(text, 40)} is not one"
        ) from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        where = "future" if day > LATEST_DAY else "past"
        raise UserError(
            f"{option} {day} is too far in the {where}: "
            f"give a date from {EARLIEST_DAY} to {LATEST_DAY}"
        )
    return day


def parse_number(text: str) -> int:
    """A request number typed on the command line (argparse `type=`): 1 to MAX_NUMBER."""
    import argparse

    from assistant.textsafety import MAX_NUMBER, shown

    value = text.strip()
    if not (value.isascii() and value.isdigit() and 0 < len(value) <= 16):
        raise argparse.ArgumentTypeError(f"{shown(text, 30)} is not a request number (1, 2, 3 ...)")
    number = int(value)
    if not 1 <= number <= MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"{number} is not a request number (1, 2, 3 ...)")
    return number


def clean_for_terminal(text: str) -> str:
    """Drop escape sequences whole, then every other control character but newline and tab,
    so data cannot drive the terminal."""
    from assistant.textsafety import strip_escapes

    text = strip_escapes(text)
    return "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
        or ch in "\u200d\u200c"
    )


# A message line longer than this is cut in the middle: its start names the problem and its
# end usually holds the advice, while a value typed or read in the middle can be megabytes.
MAX_MESSAGE_LINE = 400
MAX_MESSAGE_LINES = 30


def bounded_message(text: str) -> str:
    """An error message made safe to print: no terminal controls, each line at most
    MAX_MESSAGE_LINE characters (cut in the middle, saying how much), at most
    MAX_MESSAGE_LINES lines. The last guard before stderr, whatever a message quotes."""
    lines = clean_for_terminal(text).replace("\t", " ").split("\n")
    if len(lines) > MAX_MESSAGE_LINES:
        left = len(lines) - MAX_MESSAGE_LINES + 1
        lines = [*lines[: MAX_MESSAGE_LINES - 1], f"  ... and {left:,} more line(s)"]
    out = []
    for line in lines:
        if len(line) > MAX_MESSAGE_LINE:
            cut = len(line) - MAX_MESSAGE_LINE + 40
            line = f"{line[:240]} [... {cut:,} characters left out ...] {line[-120:]}"
        out.append(line)
    return "\n".join(out)


def confirm(question: str, yes: bool) -> None:
    """Go on when `yes` or the person answers y; else UserError (exit 2), nothing done."""
    from assistant.errors import UserError

    if yes:
        return
    if not sys.stdin.isatty():  # a script: never wait for an answer that cannot come
        raise UserError(f"{question} Not without confirmation", hint="add --yes to go ahead")
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline(10).strip().lower()
    if answer not in ("y", "yes"):
        raise UserError("nothing was changed")


MAX_PATH = 4096  # PATH_MAX on Linux: no longer name can be opened


def check_out_path(text: str, option: str) -> Path:
    """A file or folder named for `option` (--out, --letters-dir), with ~ expanded. A name
    with a control character (ESC, CR, LF, tab, NUL), a separator, an invisible direction
    override or bytes that are not UTF-8 is refused: such a name is nearly always a mistake
    or a trick, shows differently from what it is, and would be echoed to the terminal."""
    from pathlib import Path

    from assistant.errors import UserError
    from assistant.textsafety import describe_char, first_bad_char

    if not text.strip():
        raise UserError(f"{option} is empty: give a folder or file name")
    if len(text) > MAX_PATH:
        raise UserError(
            f"{option} is {len(text):,} characters long; no path is longer than {MAX_PATH:,}"
        )
    bad = first_bad_char(text)
    if bad is not None:
        raise UserError(
            f"{option}: the path contains the control character {describe_char(bad)}",
            hint="name the folder or file without special or invisible characters",
        )
    return Path(text).expanduser()


def check_out_folder(text: str, option: str) -> Path:
    """A folder named for `option` (`check_out_path`) that is a folder or can be made one:
    checked before anything is written, so a file or a link there is refused up front."""
    from assistant.safefile import check_folder

    return check_folder(check_out_path(text, option))


def check_company_id(text: str, option: str) -> str:
    """A company id typed for `option`: lower-case letters, digits, - _ . (UserError else)."""
    from assistant.errors import UserError
    from assistant.textsafety import clean_line, shown

    value = clean_line(text, option, limit=120)
    if (
        not all(c.isascii() and (c.isalnum() or c in "-_.") for c in value)
        or value != value.lower()
        or not value[:1].isalnum()
    ):
        raise UserError(
            f"{option} {shown(value)} is not a company id (lower-case letters, digits, - _ .)",
            hint="`rights companies search NAME` finds the id",
        )
    return value


def check_reference(text: str, option: str) -> str:
    """A request reference typed for `option` (it becomes part of file names)."""
    from assistant import textsafety
    from assistant.errors import UserError
    from assistant.vocabulary import is_reference

    value = textsafety.clean_line(text, option, limit=80)
    if not is_reference(value):
        raise UserError(
            f"{option} {textsafety.shown(value)} is not a reference: use 3 to 80 capital "
            "letters, digits and hyphens",
            hint="for example RA-20261123-ACME-DEL-1; leave it out and one is made for you",
        )
    return value
