"""Shared fixtures: every test gets its own empty data directory ($RIGHTS_HOME)."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session")
def warm_catalog_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalog's cache, built once a session (a cold load validates 3,000 records)."""
    from assistant.records.catalog import CACHE_NAME, load_catalog

    home = tmp_path_factory.mktemp("warm-catalog")
    old = os.environ.get("RIGHTS_HOME")
    os.environ["RIGHTS_HOME"] = str(home)
    try:
        load_catalog()
    finally:
        if old is None:
            del os.environ["RIGHTS_HOME"]
        else:
            os.environ["RIGHTS_HOME"] = old
    return home / "cache" / CACHE_NAME


@pytest.fixture
def warm_home(warm_catalog_cache: Path, rights_home: Path) -> Path:
    """This test's data directory with the catalog cache already in it."""
    (rights_home / "cache").mkdir(exist_ok=True, mode=0o700)
    shutil.copy(warm_catalog_cache, rights_home / "cache" / warm_catalog_cache.name)
    return rights_home
