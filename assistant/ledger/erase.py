"""Forgetting on request: delete one tracked request with its letters, or every saved letter.

`delete_request` removes a request, its timeline (and anything else that hangs off it with
ON DELETE CASCADE, such as stored replies) in one transaction, then removes the letter files
the ledger lists for it. `letter_files_everywhere` lists every saved letter (those the ledger
knows and those in the letters folder) for `rights profile --forget --letters`.

Files are removed with assistant/safefile.py's `remove_private`, which removes a link itself,
never what it points to; only files with a letter's extension are touched. With secure_delete on
and the write-ahead log truncated afterwards, the deleted rows do not linger in the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ledger.store import Ledger
from assistant.safefile import StorageError, remove_private

LETTER_SUFFIXES = (".txt", ".eml", ".pdf")


@dataclass
class Removed:
    """What a deletion removed, and the files it left (not letters, or not removable)."""

    requests: list[int] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def check_removable(paths: list[str]) -> None:
    """StorageError, before anything is removed, when a letter lies behind a linked folder
    (removing it would reach outside the folders the person chose)."""
    for text in paths:
        for folder in Path(text).parents:
            if folder.is_symlink():
                raise StorageError(
                    f"{folder} is a symbolic link; letters are never removed through links",
                    hint="replace the link with the real folder, then try again; nothing "
                    "was removed",
                )


def _remove_letters(paths: list[str], removed: Removed) -> None:
    for text in dict.fromkeys(paths):
        path = Path(text)
        if path.suffix.lower() not in LETTER_SUFFIXES or (
            os.path.lexists(path) and not path.is_symlink() and not path.is_file()
        ):
            removed.left.append(text)
            continue
        if remove_private(path):
            removed.files.append(text)


def delete_request(ledger: Ledger, request_id: int, *, with_letters: bool = True) -> Removed:
    """Delete request `request_id`, its timeline and (unless told not to) its letter files;
    UserError for an unknown number."""
    row = ledger.get(request_id)
    if with_letters:
        check_removable(list(row.letter_files))
    with ledger._write():
        row = ledger.get(request_id)
        ledger.conn.execute("DELETE FROM events WHERE request_id = ?", (request_id,))
        ledger.conn.execute("DELETE FROM requests WHERE id = ?", (request_id,))
    ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    removed = Removed(requests=[request_id])
    if with_letters:
        _remove_letters(list(row.letter_files), removed)
    return removed


def letter_files_everywhere(ledger: Ledger, letters_folder: Path | None) -> list[str]:
    """Every letter file the ledger lists, then every letter in `letters_folder`."""
    found: list[str] = []
    for (text,) in ledger.conn.execute("SELECT letter_files FROM requests"):
        try:
            listed = json.loads(text or "[]")
        except ValueError:
            continue
        found.extend(str(p) for p in listed if isinstance(p, str))
    if letters_folder is not None and letters_folder.is_dir() and not letters_folder.is_symlink():
        for path in sorted(letters_folder.iterdir()):
            if path.suffix.lower() in LETTER_SUFFIXES:
                found.append(str(path))
    return list(dict.fromkeys(found))


def forget_letters(ledger: Ledger, letters_folder: Path | None) -> Removed:
    """Remove every saved letter and clear the ledger's lists of them."""
    removed = Removed()
    found = letter_files_everywhere(ledger, letters_folder)
    check_removable(found)
    if letters_folder is not None and letters_folder.is_symlink():
        check_removable([str(letters_folder / "letter.txt")])
    _remove_letters(found, removed)
    with ledger._write():
        ledger.conn.execute("UPDATE requests SET letter_files = '[]'")
    ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return removed
