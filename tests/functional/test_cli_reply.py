"""`rights reply`: from a company's reply to a recorded event and a drafted next letter."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.ledger.store import Ledger

DEV = Path(__file__).resolve().parent.parent / "data" / "replies" / "dev"
FNAC = DEV / "fnacdarty_a51c.eml"  # extension of RA-20261123-FNACDARTY-ACC-FC0C, 21 Dec 2026
ING = DEV / "ing-nl_9dba.eml"  # asks for a copy of an ID document


def _setup(capsys: pytest.CaptureFixture, company: str, reference: str, residence: str) -> None:
    args = ["profile", "--name", "Claire Dubois", "--email", "claire@example.org"]
    assert main([*args, "--residence", residence]) == 0
    track = ["track", company, "access", "--sent", reference[3:7] + "-" + reference[7:9]]
    track[-1] += "-" + reference[9:11]
    assert main([*track, "--reference", reference]) == 0
    capsys.readouterr()


def test_reading_says_what_happened_and_records_nothing(
    warm_home: Path, capsys: pytest.CaptureFixture
) -> None:
    _setup(capsys, "fnac", "RA-20261123-FNACDARTY-ACC-FC0C", "FR")
    assert main(["reply", str(FNAC), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["event"], out["new_due"], out["extension"]) == (
        "extended",
        "2027-02-23",
        {"months": 2},
    )
    assert out["language"] == "fr" and out["request"] == 1
    assert "jusqu'au 23/02/2027" in out["quote"]
    assert out["recorded"] == [] and out["next"] is None  # reasons were given
    assert [e.event for e in Ledger.open().timeline(1)] == ["sent"]


def test_record_and_draft_from_the_reply(warm_home: Path, capsys: pytest.CaptureFixture) -> None:
    _setup(capsys, "fnac", "RA-20261123-FNACDARTY-ACC-FC0C", "FR")
    code = main(
        [
            "reply",
            str(FNAC),
            "--record",
            "--letter",
            "--next",
            "extension_reasons",
            "--today",
            "2026-12-22",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Recorded extended on request 1; it is now extended." in out
    assert "Subject: The extension of my request RA-20261123-FNACDARTY-ACC-FC0C" in out
    assert "(GDPR Art. 12(3))" in out
    ledger = Ledger.open()
    row = ledger.get(1)
    assert (row.status, row.due.isoformat()) == ("extended", "2027-02-23")
    (kept,) = ledger.replies(1)
    assert "prolongeons ce délai" in kept["text"] and kept["received_on"] == "2026-12-21"
    mode = stat.S_IMODE(os.stat(ledger.path).st_mode)
    assert mode == 0o600


def test_id_demand_is_recorded_and_answered_with_an_objection(
    warm_home: Path, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    _setup(capsys, "ing-diba", "RA-20261128-INGNL-ACC-1F2D", "NL")
    letter = tmp_path / "objection.txt"
    code = main(
        ["reply", str(ING), "--record", "--letter", "--out", str(letter), "--today", "2026-12-10"]
    )
    assert code == 0
    assert (
        "Recorded identity_asked on request 1; it is now needs_action." in capsys.readouterr().out
    )
    text = letter.read_text(encoding="utf-8")
    assert "kopie van je identiteitsbewijs" in text
    assert "reasonable doubts" in text
    assert stat.S_IMODE(os.stat(letter).st_mode) == 0o600


def test_pasted_reply_without_a_reference_is_never_recorded_on_a_guess(
    warm_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(capsys, "fnac", "RA-20261123-FNACDARTY-ACC-FC0C", "FR")
    pasted = "Bonjour,\n\nVous trouverez ci-joint une copie de vos données.\n\nFnac Darty\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted.encode())))
    assert main(["reply", "-", "--record"]) == 2
    captured = capsys.readouterr()
    assert "Event: answered_full" in captured.out
    assert "not sure which request this reply answers" in captured.err
    assert [e.event for e in Ledger.open().timeline(1)] == ["sent"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pasted.encode())))
    assert main(["reply", "-", "--record", "--request", "1", "--today", "2026-12-22"]) == 0
    assert Ledger.open().get(1).status == "fulfilled"


def test_a_mailbox_is_read_message_by_message(
    warm_home: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["reply", str(DEV / "booking_thread.mbox"), "--json"]) == 0
    events = [m["event"] for m in json.loads(capsys.readouterr().out)]
    assert events == ["acknowledged", "identity_asked", "extended", "answered_full"]
    assert main(["reply", str(DEV / "booking_thread.mbox"), "--record"]) == 2
    assert "one at a time" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["reply", "/nonexistent/reply.eml"], "no such file"),
        (["reply", str(FNAC), "--request", "7", "--record"], "7"),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(
    warm_home: Path, capsys: pytest.CaptureFixture, args: list[str], message: str
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture) -> None:
    assert main(["reply", "--help"]) == 0
    out = capsys.readouterr().out
    assert "rights reply answer.eml --record" in out and "use_other_channel" in out
