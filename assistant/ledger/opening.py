"""Opening the ledger read-only, for the commands that only read it.

`rights requests`, `show`, `export` and `profile` (without changes) read the ledger through
`read_only_connection`, so they work, and a person can back the ledger up, on a read-only disk,
a full disk or in a folder they cannot write. Nothing here creates or changes a file:

- no ledger yet: an empty in-memory ledger (unless a file stands where a folder should be);
- a symbolic link, a folder or a device in place of the ledger (or of its -wal or -shm file):
  refused (StorageError);
- a ledger whose folder cannot take SQLite's shared-memory file: read as it stands
  (`immutable`), but only when its write-ahead log is empty, so nothing recent is missed;
- an older schema: copied into memory, where Ledger.open applies the migrations.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from pathlib import Path

from assistant.errors import UserError
from assistant.ledger.faults import ledger_error
from assistant.ledger.schema import SCHEMA_VERSION
from assistant.safefile import disk_nearly_full, refuse_link


def _empty_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return not os.path.lexists(wal) or (wal.is_file() and wal.stat().st_size == 0)


def _connect(path: Path) -> sqlite3.Connection:
    uri = "file:" + urllib.parse.quote(str(path.absolute()))
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        stuck = not os.access(path.parent, os.W_OK) or disk_nearly_full(path)
        if not (stuck and _empty_wal(path)):
            raise
    # No -shm can be made beside it and no log is pending: read the file as it stands.
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def read_only_connection(path: Path) -> tuple[sqlite3.Connection, bool]:
    """(a connection that cannot write, whether the schema still needs its migrations)."""
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):  # the ledger, its log, its
        refuse_link(each)  # shared memory: a link or a folder in their place is refused
    if not path.exists():  # no ledger yet, unless a file stands where a folder should
        above = next(p for p in path.parents if os.path.lexists(p))
        if not above.is_dir():
            raise UserError(f"{above} is not a folder", hint="check RIGHTS_HOME")
        return _memory(path, None), True
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise UserError(
                f"{path} was written by a newer Rights Assistant (schema {version}, this one "
                f"knows {SCHEMA_VERSION})",
                hint="update Rights Assistant",
            )
        if version < SCHEMA_VERSION:
            return _memory(path, conn), True
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise ledger_error(exc, path) from None
    return conn, False


def _memory(path: Path, source: sqlite3.Connection | None) -> sqlite3.Connection:
    """A private in-memory copy of `source` (or an empty database) for the migrations."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        if source is not None:
            source.backup(conn)
            source.close()
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise ledger_error(exc, path) from None
    return conn
