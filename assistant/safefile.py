"""Private, atomic file writes: a temporary file in the same folder, fsync, then rename.

Every file that may hold personal data is created with mode 0600. `write_new` never replaces an
existing file; `write_replace` does, atomically.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_MODE = 0o600


def _write_temp(folder: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        os.fchmod(fd, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def write_replace(path: Path, data: bytes | str) -> Path:
    """Write `data` to `path` atomically, replacing any file already there."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = _write_temp(path.parent, raw)
    os.replace(tmp, path)
    return path


def write_new(path: Path, data: bytes | str) -> Path:
    """Write `data` to `path` atomically; raise FileExistsError if `path` already exists.

    The final step is a hard link, which fails rather than replacing a file that appeared in
    the meantime, so two writers can never overwrite each other's letter.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.exists():
        raise FileExistsError(path)
    tmp = _write_temp(path.parent, raw)
    try:
        os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return path


def create_private(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist yet (for SQLite and friends)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_MODE)
