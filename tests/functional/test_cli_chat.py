"""`rights chat --plain` and `rights ask`: scripted conversations end to end.

For every seed company and every right its policy offers, a conversation typed line by line
(with a typo, a correction and a question along the way) ends in a saved letter and a tracked
request; the test reads the ledger row and the letter file.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.ledger.store import Ledger
from assistant.records.catalog import load_catalog
from assistant.records.model import RIGHTS

TODAY = "2026-11-23"
SEEDS = ("qualfon", "cloudmed", "qualified", "quality-outcomes", "connective-med")
TYPO = {
    "qualfon": "qualfn",
    "cloudmed": "clodmed",
    "qualified": "qualifed",
    "quality-outcomes": "qualty outcomes",
    "connective-med": "conective med",
}
WRONG = {  # the company first named by mistake, then corrected
    "qualfon": "cloudmed",
    "cloudmed": "qualfon",
    "qualified": "qualfon",
    "quality-outcomes": "qualified",
    "connective-med": "qualfon",
}
SAY_RIGHT = {
    "access": "what do they know about me?? I want a copy",
    "deletion": "I want them to delete my data",
    "opt_out": "stop selling my data",
    "correction": "they have my address wrong, fix it",
}


def _offered() -> list[tuple[str, str]]:
    catalog = load_catalog(use_cache=False, include_user=False)
    pairs = []
    for company in SEEDS:
        record = catalog.get(company)
        pairs += [(company, r) for r in RIGHTS if record.rights.get(r).offered is True]
    return pairs


OFFERED = _offered()


@pytest.fixture(autouse=True)
def warm(warm_home: Path) -> None:
    """Every test starts with the catalog cache in place."""


def chat(monkeypatch, capsys, lines: list[str], *extra: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    status = main(["chat", "--plain", "--today", TODAY, *extra])
    return status, capsys.readouterr().out


def script(company: str, right: str) -> list[str]:
    lines = [
        "hi",
        f"{TYPO[WRONG[company]]}, {SAY_RIGHT[right]}",
        f"no, I meant {TYPO[company]}",
        "does it sell my data?",
        "California",
        "how long do they have to answer?",
        "Jane Q. Public",
        "jane.public@example",  # a typo in the e-mail: refused, asked again
        "jane.public@example.com",
    ]
    if right == "correction":
        lines.append("My address is 1 Elm St, Springfield, not 1 Oak St")
    if company == "connective-med":
        lines.append("yes")  # no contact in the policy: go with its website
    if company == "cloudmed":
        lines.append("date of birth: 1980-01-31")
    lines += ["yes", "yes", "yes"]  # save, track, remember
    return lines


def test_every_seed_right_is_covered() -> None:
    assert len(OFFERED) >= 10
    assert {c for c, _r in OFFERED} == set(SEEDS)


@pytest.mark.parametrize(("company", "right"), OFFERED)
def test_scripted_conversation_saves_and_tracks(
    monkeypatch, capsys, tmp_path: Path, company: str, right: str
) -> None:
    out_dir = tmp_path / "letters"
    status, out = chat(monkeypatch, capsys, script(company, right), "--out", str(out_dir))
    assert status == 0
    assert "doesn't work" in out  # the bad e-mail was refused
    assert "Tracked as request" in out, out[-3000:]

    with Ledger.open() as ledger:
        rows = ledger.list_requests()
        profile = ledger.profile_get()
    assert len(rows) == 1
    row = rows[0]
    assert (row.company_id, row.right, row.residence, row.status) == (
        company,
        right,
        "US-CA",
        "sent",
    )
    assert row.sent == dt.date(2026, 11, 23)
    assert row.law_id == "ccpa"
    assert row.respond_by is not None and row.respond_by > row.sent
    assert profile is not None and profile["name"] == "Jane Q. Public"

    txt = next(out_dir.glob("*.txt"))
    body = txt.read_text(encoding="utf-8")
    assert "Jane Q. Public" in body and "jane.public@example.com" in body
    assert row.reference in body
    assert str(txt) in row.letter_files
    assert txt.stat().st_mode & 0o777 == 0o600
    record = load_catalog().get(company)
    if row.channel == "email":
        assert (out_dir / (txt.stem + ".eml")).exists()
        assert any(c.value in body for c in record.contacts if c.kind == "email")
    if right == "correction":
        assert "1 Elm St, Springfield, not 1 Oak St" in body
    if company == "cloudmed":
        assert "1980-01-31" in body and row.channel == "phone"


def test_issue_example_lines(monkeypatch, capsys) -> None:
    lines = [
        "hi",
        "qualfn",
        "I want them to delete my data",
        "California",
        "Jane Q. Public",
        "jane.public@example.com",
        "yes",
        "yes",
        "yes",
    ]
    status, out = chat(monkeypatch, capsys, lines)
    assert status == 0
    with Ledger.open() as ledger:
        (row,) = ledger.list_requests()
    assert (row.company_id, row.right) == ("qualfon", "deletion")
    assert row.letter_files and all(Path(f).exists() for f in row.letter_files)
    assert {Path(f).suffix for f in row.letter_files} == {".txt", ".eml"}
    assert "7 January 2027" in out


def test_question_answer_quotes_policy(monkeypatch, capsys) -> None:
    status, out = chat(monkeypatch, capsys, ["does Qualfon sell my data?", "quit"])
    assert status == 0
    assert "We may share or sell your Personal Information" in out
    assert "Goodbye" in out


def test_ask_json(capsys) -> None:
    assert main(["ask", "qualfn, delete my data", "--json", "--today", TODAY]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["company"] == "qualfon" and data["right"] == "deletion"
    assert set(data["confidence"]) >= {"company", "right"}
    assert "Where do you live" in data["reply"]


def test_ask_json_nothing_understood(capsys) -> None:
    assert main(["ask", "hello", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["company"] is None and data["right"] is None


def test_ask_plain_question(capsys) -> None:
    assert main(["ask", "how do I contact Cloudmed?"]) == 0
    assert "1-855-252-7606" in capsys.readouterr().out


def test_bad_today_is_a_clear_error(capsys) -> None:
    assert main(["ask", "hi", "--today", "yesterday"]) == 2
    err = capsys.readouterr().err
    assert "--today" in err and "Traceback" not in err


def test_chat_without_plain_falls_back_when_not_a_terminal(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("quit\n"))
    assert main(["chat", "--today", TODAY]) == 0
    assert "Goodbye" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("qualfon\x1b]0;owned\x07 delete", "U+001B"),
        ("qualfon \u202edelete", "U+202E"),
        ("qualfon \udcff", "not UTF-8"),
        ("q" * 1_000_000, "too long (1,000,000 characters; the limit is 5,000)"),
        ("   ", "is empty"),
    ],
)
def test_ask_refuses_what_the_text_checks_refuse(capsys, text: str, said: str) -> None:
    status = main(["ask", text, "--today", TODAY])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith("rights: message: ") and said in err
    assert "\x1b" not in err and len(err) < 400


def test_ask_reads_line_breaks_as_spaces(capsys) -> None:
    assert main(["ask", "qualfon,\r\ndelete my data", "--json", "--today", TODAY]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["company"], data["right"]) == ("qualfon", "deletion")


@pytest.mark.parametrize(
    "bad",
    ["Jane\x1b[31mRed", "Jane\x07", "x" * 30_000, "Ja\udcffne"],
    ids=["escape", "bell", "long", "not-utf8"],
)
def test_piped_chat_stops_at_a_refused_line(monkeypatch, capsys, bad: str) -> None:
    """From a script, a refused line ends the conversation (exit 2), so the lines after it
    never answer the wrong question; nothing is written or tracked."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"qualfon, delete my data\n{bad}\nyes\nyes\n"))
    status = main(["chat", "--plain", "--today", TODAY])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.startswith("rights: message: ") and "conversation stops" in captured.err
    assert "\x1b" not in captured.out + captured.err and len(captured.err) < 400
    with Ledger.open() as ledger:
        assert ledger.list_requests() == []


def test_piped_chat_reads_a_byte_order_mark_and_long_lines_in_pieces(monkeypatch, capsys) -> None:
    raw = io.BytesIO(b"\xef\xbb\xbfqualfon, delete my data\nquit\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    assert main(["chat", "--plain", "--today", TODAY]) == 0
    assert "Qualfon" in capsys.readouterr().out
    raw = io.BytesIO(b"x" * 5_000_000 + b"\nquit\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    assert main(["chat", "--plain", "--today", TODAY]) == 2
    assert "too long (over 5,000 characters" in capsys.readouterr().err


def test_empty_today_is_refused_not_taken_as_today(capsys) -> None:
    assert main(["ask", "qualfon", "--today="]) == 2
    assert "--today wants a date" in capsys.readouterr().err
