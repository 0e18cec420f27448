"""What went wrong with the ledger file, said so a person can act on it.

SQLite reports a full disk, a read-only file, a damaged page or a file that is not a database
as `sqlite3.Error`s with terse texts; `ledger_error` turns each into a `LedgerError` (a
UserError, exit 2) with the advice that fits: free space, make the folder writable, check the
file with `PRAGMA integrity_check` and restore a backup or an export. Nothing was changed in
any of these cases: SQLite rolls the transaction back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from assistant.errors import UserError
from assistant.safefile import disk_nearly_full

__all__ = ["LedgerError", "check_writable", "ledger_error"]


class LedgerError(UserError):
    """The ledger file cannot be opened, read or written; the message says what to do."""


def _on_read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def ledger_error(exc: sqlite3.Error, path: Path) -> LedgerError:
    """A clear message and the right advice for an SQLite error on the ledger at `path`."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc)
    folder = path.parent
    check = f"check it with: sqlite3 '{path}' 'PRAGMA integrity_check'"
    backups = "restore a backup, or import an export into a fresh ledger (`rights requests import`)"
    full = name.startswith("SQLITE_FULL") or "disk is full" in text
    if full or (name.startswith("SQLITE_IOERR") and disk_nearly_full(path)):
        return LedgerError(
            f"the disk is full: the ledger {path} was not changed",
            hint="free some space, then run the command again; nothing was half-saved",
        )
    read_only_disk = _on_read_only_disk(folder)
    stuck = name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")) and read_only_disk
    if name.startswith("SQLITE_READONLY") or "readonly" in text or stuck:
        if read_only_disk:
            what = f"the ledger {path} is on a read-only disk"
        elif not (os.access(path, os.W_OK) and os.access(folder, os.W_OK)):
            what = f"the ledger {path} is read-only for you (permission denied on it or its folder)"
        else:
            what = f"the ledger {path} is read-only"
        return LedgerError(
            f"{what}; nothing was changed",
            hint="reading still works (rights requests, show, export); to change it, make the "
            "file and its folder writable or set RIGHTS_HOME to a writable folder",
        )
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return LedgerError(
            f"the ledger {path} is busy: another Rights Assistant is writing to it",
            hint="wait a moment and try again",
        )
    if (
        name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"))
        or "unable to open" in text
    ):
        if not os.access(folder, os.W_OK):
            return LedgerError(
                f"cannot open the ledger {path}: its folder {folder} is not writable",
                hint="make the folder writable (it holds the ledger's journal) or set "
                "RIGHTS_HOME to a folder you own; read commands still work",
            )
        return LedgerError(
            f"cannot open the ledger {path} (permission denied or not a file)",
            hint="check who owns it (ls -l), or set RIGHTS_HOME to a folder you own",
        )
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return LedgerError(
            f"{path} is not a readable request ledger (it is not an SQLite database)",
            hint=f"move it aside, then {backups}",
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_IOERR")) or "malformed" in text:
        return LedgerError(
            f"the ledger {path} is damaged ({text}); nothing was changed",
            hint=f"{check}; keep the damaged file, and {backups}",
        )
    return LedgerError(f"the ledger {path} could not be used ({text})", hint=f"{check}; {backups}")


def check_writable(conn: sqlite3.Connection, path: Path) -> None:
    """Raise the LedgerError a write would meet (a read-only file or disk, a lock held), by
    trying one and rolling it back: a command that writes files and then records them checks
    this first, so a ledger that cannot take the record never leaves files behind. SQLite
    opens a file it may not write read-only without a word, and even `BEGIN IMMEDIATE`
    succeeds on it; only a write says so."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA user_version = {version}")  # the same value: changes nothing
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise ledger_error(exc, path) from None
