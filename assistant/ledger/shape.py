"""Does the ledger still have the tables and columns this version reads and writes?

A ledger is a plain SQLite file a person can open with other tools. If a table or a column
was dropped or renamed there, every later query would fail somewhere deep inside a command
(a KeyError on a row, an "no such column" in the middle of an export). `check_shape` compares
the file with the shape the migrations build and refuses it up front, naming what is missing,
with the advice to restore a backup or import an export. Extra columns are left alone.
The migrations are run one statement at a time (`migration_statements`).
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from assistant.ledger.faults import LedgerError
from assistant.ledger.schema import MIGRATIONS

__all__ = ["check_shape", "expected_columns", "migration_statements"]


def migration_statements(script: str) -> list[str]:
    """A migration script as single statements (`executescript` would commit on its own)."""
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements


def _columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: frozenset(str(col[1]) for col in conn.execute(f"PRAGMA table_info('{table}')"))
        for table in tables
    }


@functools.cache
def expected_columns() -> dict[str, frozenset[str]]:
    """Each table's columns, as the migrations create them on an empty database."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS:
            conn.executescript(migration)
        return _columns(conn)
    finally:
        conn.close()


def check_shape(conn: sqlite3.Connection, path: Path) -> None:
    """Raise a LedgerError naming each missing table or column of the ledger at `path`."""
    actual = _columns(conn)
    missing: list[str] = []
    for table, columns in sorted(expected_columns().items()):
        if table not in actual:
            missing.append(f"table {table}")
            continue
        missing.extend(f"{table}.{column}" for column in sorted(columns - actual[table]))
    if missing:
        raise LedgerError(
            f"the ledger {path} lacks {', '.join(missing)}: it was changed by another program; "
            "nothing was changed now",
            hint="restore a backup, or import an export into a fresh ledger "
            "(`rights requests import`)",
        )
