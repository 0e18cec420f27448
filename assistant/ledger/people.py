"""The people in the ledger: the person's remembered profile (name, e-mail, address,
residence) and who made each request (later letters are signed by them, in their letter's
language). A part of assistant.ledger.store.Ledger, kept apart to keep each module small; it
uses the ledger's connection and its write transaction.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from assistant.errors import UserError
from assistant.ledger.profile import PROFILE_KEYS

if TYPE_CHECKING:
    from assistant.ledger.rows import RequestRow


class PeopleStore:
    """Profile and requesters, over the Ledger's connection (see assistant.ledger.store)."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:  # provided by Ledger

        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def get(self, request_id: int) -> RequestRow: ...

    # -- profile -------------------------------------------------------------------------

    def profile_get(self, *, strict: bool = True) -> dict[str, str] | None:
        """The person's remembered details (name, email, address, residence), or None.

        Each detail is checked as when it was typed (assistant/ledger/profile.py), so a value
        changed outside the assistant never reaches a letter: `strict` raises a LedgerError
        naming it; otherwise (to show the profile) it comes back cleaned of controls."""
        from assistant.ledger.profile import checked_profile

        rows = self.conn.execute("SELECT key, value FROM profile ORDER BY key").fetchall()
        return checked_profile([(r["key"], r["value"]) for r in rows], strict=strict)

    def profile_set(self, details: dict[str, str | None]) -> None:
        """Remember these details; a None value forgets that one detail."""
        unknown = sorted(set(details) - set(PROFILE_KEYS))
        if unknown:
            raise UserError(f"the profile keeps only {', '.join(PROFILE_KEYS)}; not {unknown}")
        with self._write():
            for key, value in details.items():
                if value is None or not str(value).strip():
                    self.conn.execute("DELETE FROM profile WHERE key = ?", (key,))
                else:
                    self.conn.execute(
                        "INSERT INTO profile (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, str(value).strip()),
                    )

    def profile_forget(self) -> None:
        """Remove every remembered detail, overwriting the freed pages (secure_delete)."""
        with self._write():
            self.conn.execute("DELETE FROM profile")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- who made each request (schema 3) ---------------------------------------------------

    def set_requester(
        self,
        request_id: int,
        *,
        name: str,
        email: str,
        address: str | None = None,
        agent_name: str | None = None,
        language: str | None = None,
    ) -> None:
        """Remember who made request `request_id` (later letters are signed by them) and the
        language their letter was written in (later letters use it too)."""
        self.get(request_id)
        with self._write():
            self.conn.execute(
                "INSERT INTO requesters (request_id, name, email, address, agent_name, language) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO UPDATE SET "
                "name = excluded.name, email = excluded.email, address = excluded.address, "
                "agent_name = excluded.agent_name, language = excluded.language",
                (request_id, name, email, address, agent_name, language),
            )

    def requester(self, request_id: int) -> dict[str, str | None] | None:
        """Who made request `request_id` (name, email, address, agent_name, and the language
        of their letter), or None when the request was tracked before this was remembered."""
        row = self.conn.execute(
            "SELECT name, email, address, agent_name, language FROM requesters "
            "WHERE request_id = ?",
            (request_id,),
        ).fetchone()
        return dict(row) if row is not None else None
