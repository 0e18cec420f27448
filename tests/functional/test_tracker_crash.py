"""The ledger survives a writer killed with SIGKILL, and two writers at once lose nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ledger.store import Ledger

TESTS = Path(__file__).resolve().parents[1]  # where ledger_helpers.py is

WRITER = """
import sys
sys.path.insert(0, {tests!r})
from ledger_helpers import deadlines, SENT
from assistant.ledger.store import Ledger

tag, count = sys.argv[1], int(sys.argv[2])
with Ledger.open() as ledger:
    for n in range(count):
        number = ledger.add_request(
            company_id="acme", company_name="Acme", right="access", law_id="ccpa",
            residence="US-CA", channel="email", reference=f"RA-{{tag}}-{{n:06d}}",
            sent=SENT, received=SENT, deadlines=deadlines(SENT), law_name="CCPA",
            regulator="CPPA",
        )
        ledger.record_event(number, "acknowledged", on=SENT, note="x" * 2000)
        print(f"RA-{{tag}}-{{n:06d}}", flush=True)
"""


def _writer(tag: str, count: int) -> subprocess.Popen[str]:
    code = WRITER.format(tests=str(TESTS))
    return subprocess.Popen(
        [sys.executable, "-c", code, tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_write_leaves_a_sound_ledger(rights_home: Path) -> None:
    Ledger.open().close()  # create and migrate first, so the child only writes requests
    child = _writer("KILL", 100_000)
    committed = []
    assert child.stdout is not None
    for line in child.stdout:
        committed.append(line.strip())
        if len(committed) >= 40:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    path = rights_home / "requests.sqlite3"
    assert _integrity(path) == "ok"
    with Ledger.open() as ledger:
        for reference in committed:
            row = ledger.find(reference)
            assert row is not None, reference
            assert row.status == "acknowledged"  # its event's transaction committed too
        # anything half-written was rolled back: every request has its full timeline
        for row in ledger.list_requests():
            assert [e.event for e in ledger.timeline(row.id)] in (
                ["sent"],  # killed between the two transactions of one request
                ["sent", "acknowledged"],
            )
        assert len(ledger.list_requests()) >= len(committed)
    assert _integrity(path) == "ok"


def test_two_writers_at_once_lose_nothing(rights_home: Path) -> None:
    Ledger.open().close()
    count = 60
    writers = [_writer("A", count), _writer("B", count)]
    outputs = [w.communicate(timeout=180) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    with Ledger.open() as ledger:
        rows = ledger.list_requests()
        assert len(rows) == 2 * count
        references = {r.reference for r in rows}
        for tag in "AB":
            for n in range(count):
                assert f"RA-{tag}-{n:06d}" in references
        assert all(r.status == "acknowledged" for r in rows)
        events = ledger.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert events == 4 * count
    assert _integrity(rights_home / "requests.sqlite3") == "ok"


# -- faults while writing: nothing half-done, nothing through links ------------------------------


def _rights(*argv: str) -> tuple[int, str]:
    import contextlib
    import io

    from assistant.cli.main import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(argv))
    return code, err.getvalue()


def _tracked(rights_home: Path) -> int:
    sys.path.insert(0, str(TESTS))
    from ledger_helpers import add

    with Ledger.open() as ledger:
        number = add(ledger, company="qualfon")
        ledger.profile_set({"name": "Jane Doe", "email": "jane@example.com"})
    return number


def test_a_follow_up_is_written_and_recorded_together_or_not_at_all(
    warm_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import workflow

    number = _tracked(warm_home)

    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(workflow, "record_sent", disk_full)
    out = tmp_path / "letters"
    code, err = _rights("followup", str(number), "--out", str(out), "--today", "2026-03-01")
    assert code == 2
    assert "disk is full" in err and "Traceback" not in err
    assert list(out.iterdir()) == []
    with Ledger.open() as ledger:
        assert [e.event for e in ledger.timeline(number)] == ["sent"]


def test_a_failed_write_leaves_no_temporary_file_and_no_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import safefile

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safefile.os, "replace", no_space)
    target = tmp_path / "new" / "deeper" / "export.json"
    with pytest.raises(safefile.StorageError, match="disk is full"):
        safefile.write_replace(target, "{}")
    assert list(tmp_path.iterdir()) == []


def test_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    from assistant.safefile import write_new, write_replace

    old = os.umask(0)
    try:
        write_replace(tmp_path / "a" / "b" / "export.json", "{}")
        write_new(tmp_path / "c" / "letter.txt", "Dear Acme")
    finally:
        os.umask(old)
    for folder in ("a", "a/b", "c"):
        assert (tmp_path / folder).stat().st_mode & 0o777 == 0o700, folder
    for file in ("a/b/export.json", "c/letter.txt"):
        assert (tmp_path / file).stat().st_mode & 0o777 == 0o600, file


def test_nothing_is_written_through_a_planted_link(tmp_path: Path) -> None:
    from assistant.safefile import StorageError, create_private, write_replace

    victim = tmp_path / "victim"
    victim.write_text("keep me")
    victim.chmod(0o644)
    (tmp_path / "data").mkdir()
    for name in ("requests.sqlite3", "export.json"):
        (tmp_path / "data" / name).symlink_to(victim)
    with pytest.raises(StorageError, match="symbolic link"):
        create_private(tmp_path / "data" / "requests.sqlite3")
    with pytest.raises(StorageError, match="symbolic link"):
        write_replace(tmp_path / "data" / "export.json", "{}")
    (tmp_path / "data" / "letters").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(StorageError, match="symbolic link"):
        write_replace(tmp_path / "data" / "letters" / "x.txt", "Dear Acme")
    assert (victim.read_text(), victim.stat().st_mode & 0o777) == ("keep me", 0o644)
    assert not (tmp_path / "x.txt").exists()


def test_a_ledger_made_read_only_stays_read_only(tmp_path: Path) -> None:
    """Opening a ledger only ever takes permissions away: 0644 becomes 0600, 0444 becomes
    0400 (never 0600, which would undo the person's choice)."""
    from assistant.safefile import create_private

    for before, after in ((0o644, 0o600), (0o444, 0o400), (0o600, 0o600), (0o400, 0o400)):
        path = tmp_path / f"ledger-{before:o}.sqlite3"
        path.write_bytes(b"")
        path.chmod(before)
        create_private(path)
        assert path.stat().st_mode & 0o777 == after, oct(before)
