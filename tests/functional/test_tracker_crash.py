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

TESTS = Path(__file__).resolve().parent

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
        for row in ledger.list():
            assert [e.event for e in ledger.timeline(row.id)] in (
                ["sent"],  # killed between the two transactions of one request
                ["sent", "acknowledged"],
            )
        assert len(ledger.list()) >= len(committed)
    assert _integrity(path) == "ok"


def test_two_writers_at_once_lose_nothing(rights_home: Path) -> None:
    Ledger.open().close()
    count = 60
    writers = [_writer("A", count), _writer("B", count)]
    outputs = [w.communicate(timeout=180) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    with Ledger.open() as ledger:
        rows = ledger.list()
        assert len(rows) == 2 * count
        references = {r.reference for r in rows}
        for tag in "AB":
            for n in range(count):
                assert f"RA-{tag}-{n:06d}" in references
        assert all(r.status == "acknowledged" for r in rows)
        events = ledger.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert events == 4 * count
    assert _integrity(rights_home / "requests.sqlite3") == "ok"
