"""Forgetting on request: delete one tracked request with its letters, or every saved letter.

`delete_request` removes a request, its timeline (and anything else that hangs off it with
ON DELETE CASCADE, such as stored replies) and the letter files the ledger lists for it, the
files inside the transaction: when one cannot be removed, the request stays. Whether they can
be removed (no link on the way, a folder this user may change) is checked before anything is
touched; a request whose row was damaged outside the assistant can still be deleted.
`letter_files_everywhere` lists every saved letter (those the ledger knows and those in the
letters folder) for `rights profile --forget --letters`, which clears the ledger's lists in
the same transaction as it removes the files.

Files are removed with assistant/safefile.py's `remove_private`, which removes a link itself,
never what it points to; only files with a letter's extension are touched. With secure_delete on
and the write-ahead log truncated afterwards, the deleted rows do not linger in the file.
"""

from __future__ import annotations

import errno
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ledger.store import Ledger
from assistant.safefile import StorageError, remove_private, storage_error

LETTER_SUFFIXES = (".txt", ".eml", ".pdf")
# The names assistant/letters/output.py gives letters: date_company_kind_REFERENCE.ext. A file
# the ledger lists outside the data folder's letters/ under another name (an imported list can
# name any file) is never removed.
LETTER_NAME = re.compile(r"\d{4}-\d{2}-\d{2}_[a-z0-9][a-z0-9-]*_[a-z_]+_[A-Z0-9][A-Z0-9-]*")


@dataclass
class Removed:
    """What a deletion removed, and the files it left (not letters, or not removable)."""

    requests: list[int] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def check_removable(paths: list[str]) -> None:
    """StorageError, before anything is removed, when a letter lies behind a linked folder
    (removing it would reach outside the folders the person chose) or in a folder this user
    cannot change (the removal would stop half-way)."""
    for text in paths:
        for folder in Path(text).parents:
            if folder.is_symlink():
                raise StorageError(
                    f"{folder} is a symbolic link; letters are never removed through links",
                    hint="replace the link with the real folder, then try again; nothing "
                    "was removed",
                )
        parent = Path(text).parent
        if os.path.lexists(text) and not os.access(parent, os.W_OK | os.X_OK):
            raise storage_error(OSError(errno.EACCES, "permission denied"), parent, "change")


def _in_own_letters(path: Path) -> bool:
    """Whether `path` lies directly in the data folder's letters/ (where the assistant saves)."""
    from assistant import paths

    own = paths.data_dir(create=False) / "letters"
    return os.path.abspath(path.parent) == os.path.abspath(own)


def _remove_letters(paths: list[str], removed: Removed) -> None:
    for text in dict.fromkeys(paths):
        path = Path(text)
        if (
            path.suffix.lower() not in LETTER_SUFFIXES
            or not (LETTER_NAME.fullmatch(path.stem) or _in_own_letters(path))
            or (os.path.lexists(path) and not path.is_symlink() and not path.is_file())
        ):
            removed.left.append(text)
            continue
        if remove_private(path):
            removed.files.append(text)


@dataclass(frozen=True)
class Doomed:
    """What `delete_request` would remove, read leniently: a request whose row was damaged
    outside the assistant (a bad date, say) can still be forgotten."""

    request_id: int
    company_name: str
    right: str
    letter_files: list[str]


def about_to_delete(ledger: Ledger, request_id: int) -> Doomed:
    """Request `request_id` as `delete_request` sees it; UserError for an unknown number."""
    from assistant.textsafety import plain_text

    found = ledger.conn.execute(
        "SELECT company_name, right, letter_files FROM requests WHERE id = ?", (request_id,)
    ).fetchone()
    if found is None:
        ledger.get(request_id)  # the usual "there is no request number N"
    name, right, files = tuple(found)
    try:
        listed = json.loads(files or "[]") if isinstance(files, str) else []
    except (ValueError, RecursionError):
        listed = []
    letters = [str(p) for p in listed if isinstance(p, str)] if isinstance(listed, list) else []
    return Doomed(request_id, plain_text(str(name), 120), plain_text(str(right), 40), letters)


def delete_request(ledger: Ledger, request_id: int, *, with_letters: bool = True) -> Removed:
    """Delete request `request_id`, its timeline and (unless told not to) its letter files;
    UserError for an unknown number."""
    doomed = about_to_delete(ledger, request_id)
    if with_letters:
        check_removable(doomed.letter_files)
    removed = Removed(requests=[request_id])
    with ledger._write():  # the letters go inside the transaction: a failure keeps the row
        doomed = about_to_delete(ledger, request_id)
        ledger.conn.execute("DELETE FROM events WHERE request_id = ?", (request_id,))
        ledger.conn.execute("DELETE FROM requests WHERE id = ?", (request_id,))
        if with_letters:
            _remove_letters(doomed.letter_files, removed)
    ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
    with ledger._write():  # the ledger first: a read-only one refuses before a file goes
        version = int(ledger.conn.execute("PRAGMA user_version").fetchone()[0])
        ledger.conn.execute(f"PRAGMA user_version = {version}")  # a write, even with no rows
        ledger.conn.execute("UPDATE requests SET letter_files = '[]'")
        _remove_letters(found, removed)
    ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return removed
