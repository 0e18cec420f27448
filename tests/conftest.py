"""Shared fixtures: every test gets its own empty data directory ($RIGHTS_HOME)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def rights_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private data directory for each test; nothing touches the real one."""
    home = tmp_path_factory.mktemp("rights-home")
    monkeypatch.setenv("RIGHTS_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
