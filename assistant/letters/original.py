"""The language a tracked request's own letter was written in, read back from its saved files.

The ledger keeps the paths of the letter files written for a request (`letter_files`), not the
language of the letter. A follow-up should speak the language the person chose for the request,
so this reads it back from the first saved file of that request (its name carries the request's
reference): the e-mail draft's `Content-Language` header, else the letterhead of the text form
("Aktenzeichen:", "Référence :"), else the greeting. Files that are missing, unreadable, not
regular files or links are skipped; PDFs are not read. None when nothing tells.
`original_text_file` gives the saved text form itself, for a follow-up to attach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from assistant.letters.language import LANGUAGES

_MAX_BYTES = 256 * 1024  # a letter is a few kilobytes; never read more than this

# The reference line of each language's letterhead (assistant.letters.output.HEAD_WORDS) and
# each language's greeting (letters/<code>/_letter.j2), most distinctive first.
_HEAD = {
    "de": re.compile(r"^Aktenzeichen:", re.M),
    "fr": re.compile(r"^Référence\u00a0?:", re.M),
    "es": re.compile(r"^Referencia:", re.M),
    "it": re.compile(r"^Riferimento:", re.M),
    "nl": re.compile(r"^Kenmerk:", re.M),
    "en": re.compile(r"^Reference:", re.M),
}
_GREETING = {
    "de": re.compile(r"^Sehr geehrte Damen und Herren,", re.M),
    "fr": re.compile(r"^Madame, Monsieur,", re.M),
    "es": re.compile(r"^Estimados señores:", re.M),
    "it": re.compile(r"^Spettabile ", re.M),
    "nl": re.compile(r"^Geachte heer, mevrouw,", re.M),
    "en": re.compile(r"^(Dear |\[Script for your call)", re.M),
}
_CONTENT_LANGUAGE = re.compile(r"^Content-Language:[ \t]*([A-Za-z]{2})\b", re.M | re.I)


def language_of_files(files: Iterable[str], reference: str) -> str | None:
    """The language of the letter saved for the request `reference`, or None."""
    ours = [Path(f) for f in files if reference and reference in Path(f).name]
    # The e-mail draft first: its header says the language outright.
    ours.sort(key=lambda p: {".eml": 0, ".txt": 1}.get(p.suffix, 2))
    for path in ours:
        if path.suffix not in (".eml", ".txt"):
            continue
        text = _read(path)
        if text is None:
            continue
        found = language_of_text(text)
        if found:
            return found
    return None


def original_text_file(files: Iterable[str], reference: str) -> tuple[str, bytes] | None:
    """(file name, contents) of the text form saved for the request `reference`, when the
    ledger lists it and it is still there (a regular file, not a link); None otherwise."""
    for name in files:
        path = Path(name)
        if not reference or reference not in path.name or path.suffix != ".txt":
            continue
        try:
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as handle:
                data = handle.read(_MAX_BYTES + 1)
        except OSError:
            continue
        if len(data) <= _MAX_BYTES:
            return path.name, data
    return None


def language_of_text(text: str) -> str | None:
    """The language a saved letter (text form or e-mail draft) is written in, or None."""
    header = _CONTENT_LANGUAGE.search(text.split("\n\n", 1)[0])
    if header and header.group(1).lower() in LANGUAGES:
        return header.group(1).lower()
    body = _decoded(text)
    for table in (_HEAD, _GREETING):
        for code, pattern in table.items():
            if pattern.search(body):
                return code
    return None


def _read(path: Path) -> str | None:
    try:
        if path.is_symlink() or not path.is_file():
            return None
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES)
    except OSError:
        return None
    return data.decode("utf-8", errors="replace")


def _decoded(text: str) -> str:
    """An e-mail draft's body decoded from quoted-printable; other text unchanged."""
    head, sep, body = text.partition("\n\n")
    if sep and re.search(r"^Content-Transfer-Encoding:\s*quoted-printable", head, re.M | re.I):
        import quopri

        raw = quopri.decodestring(body.encode("ascii", errors="ignore"))
        return raw.decode("utf-8", errors="replace")
    return text
