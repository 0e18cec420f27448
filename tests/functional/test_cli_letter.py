"""`rights letter`: printing, files, refusals, company look-up, residence names, --track."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from assistant.cli.main import main

BASE = ["--name", "Jane Q. Public", "--email", "jane@example.com"]


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_the_letter_without_out(capsys):
    code, out, err = run(capsys, "letter", "qualfon", "deletion", *BASE, "--residence", "US-CA")
    assert code == 0
    assert out.startswith("Subject:   Request to delete my personal information")
    assert "Recipient: consumerprivacy@qualfon.com" in out
    assert "Send by:   e-mail" in out
    assert "Cal. Civ. Code § 1798.105" in " ".join(out.split())
    assert "Traceback" not in err


def test_company_by_exact_name_and_residence_by_name(capsys):
    code, out, err = run(
        capsys, "letter", "Quality Outcomes", "access", *BASE, "--residence", "Germany"
    )
    assert code == 0
    assert "scott@qualityoutcomes.com" in out
    # A US company whose record shows no activity in the EU: the GDPR (Art. 3(2)) is not
    # claimed, and the person is told why.
    assert "GDPR" not in " ".join(out.split())
    assert "shows no activity there" in " ".join(err.split())


def test_unknown_company_and_residence_exit_2(capsys):
    code, _, err = run(capsys, "letter", "no such company at all", "access", *BASE)
    assert code == 2 and "no company" in err
    code, _, err = run(capsys, "letter", "qualfon", "access", *BASE, "--residence", "Atlantis")
    assert code == 2 and "unknown residence" in err
    code, _, err = run(capsys, "letter", "../../etc/passwd", "access", *BASE)
    assert code == 2 and "Traceback" not in err


def test_bad_email_exit_2(capsys):
    code, out, err = run(capsys, "letter", "qualfon", "access", "--name", "J", "--email", "j@")
    assert code == 2
    assert "not a valid e-mail address" in err
    assert out == "" and "Traceback" not in err


def test_huge_name_exit_2(capsys):
    code, _, err = run(capsys, "letter", "qualfon", "access", "--name", "x" * 10_000,
                       "--email", "j@example.com")  # fmt: skip
    assert code == 2 and "limit is 200" in err


def test_right_spellings(capsys):
    assert run(capsys, "letter", "qualfon", "opt-out", *BASE)[0] == 0
    assert run(capsys, "letter", "qualfon", "opt_out", *BASE)[0] == 0
    code, _, err = run(capsys, "letter", "qualfon", "teleport", *BASE)
    assert code == 2 and "unknown right" in err


def _user_record(home: Path) -> None:
    folder = home / "policies" / "companies"
    folder.mkdir(parents=True)
    (folder / "nosell.toml").write_text(
        'id = "nosell"\nname = "Nosell Widgets"\n[source]\nkind = "manual"\n'
        '[[contacts]]\nid = "p"\nkind = "email"\nvalue = "privacy@nosell.example"\n'
        'purpose = "requests"\n'
        '[sells_personal_information]\nvalue = false\nquote = "We never sell your data."\n',
        encoding="utf-8",
    )


def test_moot_opt_out_refused_then_forced(capsys, rights_home):
    _user_record(rights_home)
    code, out, err = run(capsys, "letter", "nosell", "opt-out", *BASE)
    assert code == 2
    assert "We never sell your data." in err and "--force" in err
    assert out == ""
    code, out, _ = run(capsys, "letter", "nosell", "opt-out", *BASE, "--force")
    assert code == 0
    assert "confirm in writing that you do not sell" in out


def test_out_writes_private_files_and_never_overwrites(capsys, tmp_path):
    out_dir = tmp_path / "letters"
    code, out, _ = run(capsys, "letter", "qualfon", "access", *BASE, "--out", str(out_dir),
                       "--format", "all")  # fmt: skip
    assert code == 0
    files = sorted(out_dir.iterdir())
    assert [f.suffix for f in files] == [".eml", ".pdf", ".txt"]
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
        assert f"wrote {f}" in out
    code, _, _ = run(capsys, "letter", "qualfon", "access", *BASE, "--out", str(out_dir))
    assert code == 0
    assert len(list(out_dir.iterdir())) == 5  # default: txt + eml for an e-mail letter


def test_json_and_track(capsys):
    code, out, _ = run(capsys, "letter", "qualfon", "deletion", *BASE, "--residence", "CA",
                       "--track", "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["law"] == "ccpa" and data["channel"] == "email"
    assert data["request_id"] == 1
    from assistant.ledger.store import Ledger

    with Ledger.open() as ledger:
        (row,) = ledger.list_requests()
    assert row.reference == data["reference"]
    assert row.company_id == "qualfon" and row.right == "deletion"
    assert row.respond_by.isoformat() == data["deadlines"]["respond_by"]


def test_detail_and_correction(capsys):
    fix = ["--correction", "My surname is Public.", "--detail", "SSN=123"]
    code, out, err = run(capsys, "letter", "qualfon", "correction", *BASE, *fix)
    assert code == 0
    assert "    My surname is Public." in out
    body = re.sub(r"RA-[0-9A-Z-]+", "", out.split("Dear", 1)[1])  # the reference's random token
    assert "123" not in body.replace("1798", "")  # the SSN detail is left out of the letter
    assert "SSN" in err
    code, _, err = run(capsys, "letter", "qualfon", "access", *BASE, "--detail", "nolabel")
    assert code == 2 and "LABEL=VALUE" in err


def test_language_option_and_json(capsys):
    code, out, _ = run(
        capsys, "letter", "zalando", "access", *BASE, "--residence", "US-CA",
        "--language", "de", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["language"] == "de" and data["law"] == "gdpr"
    assert "Art. 15 Abs. 1 lit. c DSGVO" in data["body"]
    code, _, err = run(capsys, "letter", "zalando", "access", *BASE, "--language", "el")
    assert code == 2 and "cannot be written" in err


def test_gpc_only_when_asked(capsys):
    _, out, _ = run(capsys, "letter", "qualfon", "opt-out", *BASE, "--residence", "CA")
    assert "Global Privacy Control" not in out
    _, out, _ = run(capsys, "letter", "qualfon", "opt-out", *BASE, "--residence", "CA", "--gpc")
    assert "Global Privacy Control" in " ".join(out.split())


def test_edit_opens_the_editor_and_keeps_the_edit(capsys, tmp_path, monkeypatch):
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "Edited by hand.\\n" > "$1"\n')
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    code, _, _ = run(
        capsys, "letter", "qualfon", "access", *BASE, "--residence", "CA", "--edit",
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 0
    [txt] = (tmp_path / "out").glob("*.txt")
    assert "Edited by hand." in txt.read_text()
    monkeypatch.delenv("EDITOR")
    code, _, err = run(capsys, "letter", "qualfon", "access", *BASE, "--edit")
    assert code == 2 and "needs an editor" in err


def test_followup_on_the_day_sent_is_a_reminder_signed_by_the_requester(capsys, tmp_path):
    code, _, _ = run(capsys, "letter", "qualfon", "deletion", *BASE, "--residence", "US-CA",
                     "--track")  # fmt: skip
    assert code == 0
    other = ["--name", "Profile Person", "--email", "profile@example.com"]
    code, _, _ = run(capsys, "followup", "1", *other, "--no-record", "--out", str(tmp_path))
    assert code == 0
    (text_file,) = tmp_path.glob("*.txt")
    text = " ".join(text_file.read_text(encoding="utf-8").split())
    assert "Reminder:" in text and "ran out" not in text and "Overdue" not in text
    assert "Yours sincerely, Jane Q. Public jane@example.com" in text
    assert "Profile Person" not in text
    code, _, err = run(capsys, "complain", "1", *other, "--no-record")
    assert code == 2 and "not yet" in err


def test_track_that_fails_after_the_files_are_written_removes_them(capsys, tmp_path, monkeypatch):
    """Both or neither: a ledger write that fails after the letter files were written (the
    disk filling up in between) removes those files again, and says so."""
    from assistant import workflow
    from assistant.ledger.faults import LedgerError

    def full(*args: object, **kwargs: object) -> None:
        raise LedgerError("the disk is full: the ledger was not changed")

    monkeypatch.setattr(workflow, "track_letter", full)
    out = tmp_path / "out"
    code, stdout, err = run(
        capsys, "letter", "qualfon", "deletion", *BASE, "--residence", "US-CA",
        "--out", str(out), "--track",
    )  # fmt: skip
    assert code == 2 and "disk is full" in err
    assert "letter files written were removed again" in err
    assert list(out.iterdir()) == [] and "wrote" not in stdout


def test_track_on_a_read_only_ledger_writes_no_letter(capsys, tmp_path, monkeypatch):
    """A ledger that cannot take the record is found out before any file is written."""
    from assistant.ledger import faults

    def read_only(conn: object, path: Path) -> None:
        raise faults.LedgerError(f"the ledger {path} is read-only; nothing was changed")

    monkeypatch.setattr(faults, "check_writable", read_only)
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "letter", "qualfon", "deletion", *BASE, "--residence", "US-CA",
        "--out", str(out), "--track",
    )  # fmt: skip
    assert code == 2 and "read-only" in err
    assert not out.exists()


def test_out_with_control_characters_or_a_file_is_refused_before_writing(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("theirs\n")
    for bad in ("a\x1b]0;x\x07b", "a\nb", str(tmp_path / "file"), ""):
        code, _, err = run(capsys, "letter", "qualfon", "deletion", *BASE, "--out", bad)
        assert code == 2 and ("--out" in err or "not a folder" in err), err
        assert "\x1b" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.parametrize(
    ("script", "said"),
    [
        ('rm "$1"; ln -s /etc/passwd "$1"', "symbolic link"),
        ('rm "$1"; mkfifo "$1"', "not a regular file"),
        ('rm "$1"; mkdir "$1"', "folder"),
        ('rm "$1"', "left no letter file"),
        ('printf "\\377\\376 hi\\n" > "$1"', "not UTF-8"),
        ('head -c 1000000 /dev/zero | tr "\\0" "a" > "$1"', "too big"),
        ('printf "Hi \\033]0;x\\007 there\\n" > "$1"', "U+001B"),
    ],
    ids=["link", "fifo", "folder", "removed", "not-utf8", "huge", "escape"],
)
def test_edit_refuses_what_the_editor_leaves_that_is_not_a_letter(
    capsys, tmp_path, monkeypatch, script, said
):
    """What comes back from the editor is read as a private file: never through a link, never
    a FIFO that would hang, bounded, UTF-8, through the letter's text checks; nothing saved,
    and the draft file (or what replaced it) is gone from the data folder."""
    editor = tmp_path / "editor.sh"
    editor.write_text(f"#!/bin/sh\n{script}\n")
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    out = tmp_path / "out"
    code, stdout, err = run(
        capsys, "letter", "qualfon", "access", *BASE, "--edit", "--out", str(out)
    )
    assert code == 2 and said in err, err
    assert "root:" not in stdout + err and not out.exists()
    from assistant import paths

    assert not list(paths.data_dir().glob("letter-*"))


def test_today_dates_the_letter_and_its_deadlines(capsys):
    argv = ["letter", "qualfon", "access", *BASE, "--residence", "US-CA", "--json"]
    code, out, _ = run(capsys, *argv, "--today", "2027-03-01")
    assert code == 0
    data = json.loads(out)
    assert data["reference"].startswith("RA-20270301-QUALFON-ACC-")
    assert data["deadlines"]["received"] == "2027-03-01"
    assert data["deadlines"]["respond_by"] == "2027-04-15"  # 45 days, CCPA
    code, _, err = run(capsys, *argv, "--today", "2027-13-01")
    assert code == 2 and "--today wants a date" in err
