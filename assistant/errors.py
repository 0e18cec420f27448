"""Errors a person can act on.

A `UserError` carries a message meant for the person at the terminal; the command line prints
it without a traceback and exits with status 2.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a missing file: say what is wrong and what to do, then exit 2."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class RecordError(UserError):
    """A policy, law or authority record that fails to load or validate."""

    def __init__(self, file: str, field: str | None, problem: str) -> None:
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.field = field
        self.problem = problem
