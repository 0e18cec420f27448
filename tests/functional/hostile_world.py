"""The world a hostile case runs in, and what it must leave untouched.

Every case gets a data folder ($RIGHTS_HOME) holding a ledger with one request (number 1, to
qualfon, with one saved letter) and a profile; a folder *outside* the data folder with a file
and the targets of any links a case plants; and a working directory of its own. `Snapshot`
records all of them (the ledger as SQL, every file's bytes and mode), so a test can assert that
a refused command lost nothing and changed nothing outside the data folder.

`run` calls the command line in this process (fast: 1,000 cases in seconds, not minutes) and
turns any exception that escapes `main` into a test failure that shows the traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "hostile"
LEDGER = "requests.sqlite3"
SENT = dt.date(2026, 1, 5)
# Bytes that must never reach the terminal: ESC, the 8-bit CSI/OSC/ST, BEL, backspace.
TERMINAL_CONTROLS = ("\x1b", "\x9b", "\x9d", "\x9c", "\x07", "\x08")
MAX_MESSAGE_CHARS = 3000


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def expand(value: Any) -> str:
    """A value of values.json: a string, or {"repeat": s, "times": n}."""
    if isinstance(value, dict):
        return str(value["repeat"]) * int(value["times"])
    return str(value)


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def run(argv: list[str], *, stdin: str = "") -> Result:
    """`rights ARGV` in this process; an exception escaping main fails the test with it."""
    from assistant.cli.main import main

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace", write_through=True)
    err = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:  # argparse's --help and errors
        code = int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except BaseException:
        shown = f"{argv!r:.300}"
        raise AssertionError(f"traceback for rights {shown}:\n{traceback.format_exc()}") from None
    finally:
        sys.stdin = old_stdin
    out.flush()
    return Result(code, raw.getvalue().decode("utf-8", "backslashreplace"), err.getvalue())


def build_template(folder: Path, cache: Path) -> Path:
    """A data folder with the catalog cache, one tracked request, a letter and a profile."""
    from assistant.ledger.store import Ledger
    from assistant.records.catalog import CACHE_NAME

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ledger_helpers import deadlines

    (folder / "cache").mkdir(parents=True, mode=0o700)
    shutil.copy(cache, folder / "cache" / CACHE_NAME)
    (folder / "letters").mkdir(mode=0o700)
    letter = folder / "letters" / "2026-01-05_qualfon_access_RA-20260105-QUALFON-ACC-0001.txt"
    letter.write_text("Dear Qualfon,\nplease give me my data.\nJane Doe\n")
    letter.chmod(0o600)
    with Ledger.open(folder / LEDGER) as ledger:
        ledger.add_request(
            company_id="qualfon", company_name="Qualfon", right="access", law_id="ccpa",
            residence="US-CA", channel="email", reference="RA-20260105-QUALFON-ACC-0001",
            sent=SENT, received=SENT, deadlines=deadlines(SENT), letter_files=[str(letter)],
            law_name="CCPA", regulator="California Privacy Protection Agency",
        )  # fmt: skip
        ledger.profile_set({"name": "Jane Doe", "email": "jane@example.com", "residence": "US-CA"})
        ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def install(template: Path, home: Path) -> None:
    """Copy the template into `home`, pointing the ledger's letter at the copy."""
    for item in template.iterdir():
        if item.is_dir():
            shutil.copytree(item, home / item.name)
        elif not item.name.endswith(("-wal", "-shm")):  # a clean, checkpointed ledger
            shutil.copy2(item, home / item.name)
    letter = next((home / "letters").iterdir())
    conn = sqlite3.connect(home / LEDGER)
    conn.execute("UPDATE requests SET letter_files = ?", (json.dumps([str(letter)]),))
    conn.commit()
    conn.close()


def ledger_dump(path: Path) -> str:
    """The ledger's whole content as SQL text, read without changing anything."""
    if not path.is_file() or path.is_symlink():
        return f"<{'link' if path.is_symlink() else 'missing or not a file'}>"
    wal = Path(f"{path}-wal")
    settled = not wal.exists() or wal.stat().st_size == 0
    # Nothing pending in the log: read the file as it stands, creating no -wal or -shm beside it
    # (which would change what a permission fault leaves for the command to meet).
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if settled else "")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            return "\n".join(conn.iterdump())
        finally:
            conn.close()
    except sqlite3.Error as exc:  # a damaged ledger: compare its bytes instead
        return f"<{exc}> " + hashlib.sha256(path.read_bytes()).hexdigest()


def tree(
    root: Path, *, skip: tuple[str, ...] = (), sidecars: bool = True
) -> dict[str, tuple[str, int, str]]:
    """Every entry under `root`: kind, mode and content digest (links are not followed).
    SQLite's -wal and -shm files are left out when `sidecars` is false (the data folder's
    come and go); outside the data folder, one appearing is a change like any other."""
    found: dict[str, tuple[str, int, str]] = {}
    if not os.path.lexists(root):
        return found
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            rel = str(path.relative_to(root))
            if rel.split(os.sep)[0] in skip or (not sidecars and name.endswith(("-wal", "-shm"))):
                continue
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                found[rel] = ("link", 0, os.readlink(path))
            elif stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[rel] = ("file", stat.S_IMODE(info.st_mode), digest)
            else:
                found[rel] = ("dir" if stat.S_ISDIR(info.st_mode) else "other",
                              stat.S_IMODE(info.st_mode), "")  # fmt: skip
    return found


@dataclass(frozen=True)
class Snapshot:
    ledger: str
    data: dict[str, tuple[str, int, str]]
    outside: dict[str, tuple[str, int, str]]

    @classmethod
    def take(cls, home: Path, outside: Path) -> Snapshot:
        return cls(
            ledger=ledger_dump(home / LEDGER),
            data=tree(home, skip=("cache", LEDGER), sidecars=False),
            outside=tree(outside),
        )


def check_refusal(result: Result, word: str) -> None:
    """Exit 2, a short clear message that names the problem, no traceback."""
    assert result.code == 2, f"exit {result.code}, expected 2; stderr: {result.err[:500]!r}"
    lines = [line for line in result.err.splitlines() if not line.startswith("note: ")]
    said = [line for line in lines if line.startswith(("rights:", "rights ", "usage:"))]
    assert said, f"no clear message: {result.err[:300]!r}"
    assert word.lower() in result.err.lower(), f"message does not name {word!r}: {result.err!r}"


def check_output_safe(result: Result) -> None:
    """No terminal control reaches the screen, nothing huge is echoed, no traceback."""
    for text in (result.out, result.err):
        assert not any(c in text for c in TERMINAL_CONTROLS), f"control on screen: {text[:300]!r}"
        assert "Traceback" not in text
    assert len(result.err) < MAX_MESSAGE_CHARS, f"message of {len(result.err)} characters"


def expand_deep(value: Any) -> Any:
    """Like `expand`, inside lists and objects too; {"list": x, "times": n} is n copies of x."""
    if isinstance(value, dict) and set(value) == {"repeat", "times"}:
        return expand(value)
    if isinstance(value, dict) and set(value) == {"list", "times"}:
        return [expand_deep(value["list"]) for _ in range(int(value["times"]))]
    if isinstance(value, dict):
        return {k: expand_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_deep(v) for v in value]
    return value


def exported_item(home: Path, reference: str) -> dict[str, Any]:
    """Request 1 of the ledger in `home`, as the JSON export holds it, under a new reference."""
    from assistant.ledger.exchange import request_items
    from assistant.ledger.store import Ledger

    with Ledger.open(home / LEDGER, read_only=True) as ledger:
        item = dict(request_items(ledger)[0])
    item["reference"] = reference
    return item


def mutate(item: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    changed = dict(item)
    for name in case.get("drop", ()):
        changed.pop(name, None)
    changed.update(expand_deep(case.get("set", {})))
    if "events" in case:
        changed["events"] = expand_deep(case["events"])
    return changed


def export_text(items: list[Any]) -> str:
    return json.dumps({"format": "rights-assistant-requests", "version": 1, "requests": items})


def csv_text(items: list[dict[str, Any]], *, header_suffix: str = "", row_suffix: str = "") -> str:
    """Items as our CSV export writes them (nested columns as JSON)."""
    import csv

    from assistant.ledger.exchange import CSV_FIELDS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    out.write(",".join(CSV_FIELDS) + header_suffix + "\n")
    for item in items:
        row = []
        for name in CSV_FIELDS:
            value = item.get(name)
            if name in ("deadlines", "letter_files", "events") and not isinstance(value, str):
                row.append(json.dumps(value))
            elif isinstance(value, bool):
                row.append("true" if value else "false")
            else:
                row.append("" if value is None else str(value))
        writer.writerow(row)
        if row_suffix:
            out.seek(out.tell() - 1)
            out.write(row_suffix + "\n")
    return out.getvalue()


class Faults:
    """Environment faults for one case: a home that is a file or a link, a letters folder that
    is a link, a read-only or full disk (a small tmpfs mounted for the case when running as root;
    a full disk is otherwise simulated with RLIMIT_FSIZE), and permissions taken away from the
    ledger, the data folder or the letters folder (`chmod:PATH=MODE,...`). Root ignores
    permissions, so as root a permission case runs the command in a child process without the
    capabilities that override them (setpriv); as anyone else it runs in this process."""

    def __init__(self, world: dict[str, Path], monkeypatch: Any) -> None:
        self.world = world
        self.home = world["home"]
        self.monkeypatch = monkeypatch
        self.mount: Path | None = None
        self.fsize_limit: int | None = None
        self.modes: list[tuple[Path, int]] = []  # (path, mode to give back afterwards)

    def __enter__(self) -> Faults:
        return self

    def __exit__(self, *exc: object) -> None:
        for path, mode in reversed(self.modes):  # so pytest can clean the folders up
            path.chmod(mode)
        if self.mount is not None:
            import subprocess

            subprocess.run(["umount", "-l", str(self.mount)], check=False)

    def _mounted_home(self, size_kb: int) -> Path:
        import subprocess

        import pytest

        mount = self.world["outside"].parent / "mnt"
        mount.mkdir()
        if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(mount)],
            capture_output=True, check=False,
        ).returncode:  # fmt: skip
            pytest.skip("needs root and mount (tmpfs) on this machine")
        self.mount = mount
        home = mount / "home"
        shutil.copytree(self.home, home, symlinks=True)
        conn = sqlite3.connect(home / LEDGER)
        letter = next((home / "letters").iterdir())
        conn.execute("UPDATE requests SET letter_files = ?", (json.dumps([str(letter)]),))
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        self.monkeypatch.setenv("RIGHTS_HOME", str(home))
        return home

    def make(self, kind: str) -> None:
        outside = self.world["outside"]
        if kind.startswith("chmod:"):
            self._take_permissions(kind.removeprefix("chmod:"))
        elif kind == "home_is_file":
            self.monkeypatch.setenv("RIGHTS_HOME", str(outside / "keep.txt"))
        elif kind == "home_under_file":
            self.monkeypatch.setenv("RIGHTS_HOME", str(outside / "keep.txt" / "home"))
        elif kind == "home_dangling_link":
            link = outside / "home-link"
            link.symlink_to(outside / "new-home")
            self.monkeypatch.setenv("RIGHTS_HOME", str(link))
        elif kind == "letters_link":
            shutil.move(self.home / "letters", outside / "letters")
            (self.home / "letters").symlink_to(outside / "letters")
        elif kind == "readonly_mount":
            import subprocess

            self.home = self._mounted_home(8192)
            subprocess.run(["mount", "-o", "remount,ro", str(self.mount)], check=True)
        elif kind == "full_disk":
            self._full_disk()

    def _full_disk(self) -> None:
        import pytest

        try:
            self.home = self._mounted_home(4096)
        except pytest.skip.Exception:
            self.fsize_limit = 1024  # no mount here: no file may grow past 1 KB
            return
        assert self.mount is not None
        fd = os.open(self.mount / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (65536, 4096, 1):
                with contextlib.suppress(OSError):
                    while os.write(fd, b"\0" * size):
                        pass
        finally:
            os.close(fd)

    def _take_permissions(self, spec: str) -> None:
        import pytest

        if os.geteuid() == 0 and shutil.which("setpriv") is None:
            pytest.skip("as root, permission faults need setpriv to drop CAP_DAC_OVERRIDE")
        for sidecar in ("-wal", "-shm"):  # as SQLite leaves a ledger it closed cleanly
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.home / LEDGER}{sidecar}")
        wanted = []
        for part in spec.split(","):
            name, mode = part.split("=")
            path = self.home / name if name != "." else self.home
            self.modes.append((path, stat.S_IMODE(path.stat().st_mode)))
            wanted.append((path, int(mode, 8)))
        for path, mode in wanted:  # after every old mode is known (the folder may go last)
            path.chmod(mode)

    def _run_without_override(self, argv: list[str]) -> Result:
        """`rights ARGV` in a child process that cannot override file permissions."""
        import subprocess

        drop = "-dac_override,-dac_read_search,-fowner"
        done = subprocess.run(
            ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}",
             sys.executable, "-m", "assistant", *argv],
            capture_output=True, text=True, errors="backslashreplace", check=False,
            timeout=120,
        )  # fmt: skip
        return Result(done.returncode, done.stdout, done.stderr)

    def run(self, argv: list[str]) -> Result:
        if self.modes and os.geteuid() == 0:
            return self._run_without_override(argv)
        if self.fsize_limit is None:
            return run(argv)
        import resource
        import signal

        old = resource.getrlimit(resource.RLIMIT_FSIZE)
        handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.fsize_limit, old[1]))
        try:
            return run(argv)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old)
            signal.signal(signal.SIGXFSZ, handler)
