"""Where things live: the shipped data (policies/, letters/) and the person's data directory.

Shipped data sits at the top of a source checkout and inside the wheel under
`assistant/_data/`. The person's data directory is `$RIGHTS_HOME` when set, otherwise
platformdirs' user data directory for "rights-assistant". Only stdlib at import time:
platformdirs is imported when it is actually needed. Folders are created through
assistant/safefile.py (mode 0700 whatever the umask; a file in the way is a clear error).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "rights-assistant"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside_wheel = _PACKAGE_DIR / "_data" / name
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE_DIR.parent / name


def policies_dir() -> Path:
    """The shipped policies/ folder (companies/, laws/, sources/, imported/)."""
    return _shipped("policies")


def letters_dir() -> Path:
    """The shipped letters/ folder of Jinja2 templates."""
    return _shipped("letters")


def data_dir(create: bool = True) -> Path:
    """The person's own data directory (ledger, letters written, caches), mode 0700."""
    home = os.environ.get("RIGHTS_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if path.is_symlink():  # the ledger, letters and caches would all be written through it
        from assistant.safefile import StorageError

        raise StorageError(
            f"{path} is a symbolic link; personal files are never written through links",
            hint="replace the link with a real folder, or set RIGHTS_HOME to the real folder",
        )
    if create and not path.is_dir():
        from assistant.safefile import private_dir

        private_dir(path)
    return path


def cache_dir(create: bool = True) -> Path:
    """Caches derived from shipped data; never inside the repository."""
    path = data_dir(create) / "cache"
    if create and not path.is_dir():
        from assistant.safefile import private_dir

        private_dir(path)
    return path
