"""`rights track|requests|followup|complain|profile` from the command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.law.deadlines import compute_deadlines
from assistant.law.profiles import load_laws
from assistant.ledger.store import Ledger


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def track(capsys: pytest.CaptureFixture, *extra: str) -> dict:
    code, out, err = run(
        capsys, "track", "qualfon", "deletion", "--sent", "2026-01-05", "--residence",
        "California", "--channel", "email", "--json", *extra,
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def test_track_records_the_law_s_deadlines(capsys: pytest.CaptureFixture) -> None:
    row = track(capsys)
    expected = compute_deadlines(load_laws()["ccpa"], "deletion", dt.date(2026, 1, 5), "US-CA")
    assert row["law_id"] == "ccpa" and row["residence"] == "US-CA"
    assert row["due"] == expected.respond_by.isoformat()
    assert row["acknowledge_by"] == expected.acknowledge_by.isoformat()
    assert row["regulator"] == "California Privacy Protection Agency"
    assert any("on behalf of its clients" in w for w in row["warnings"])  # Qualfon: processor


def test_track_by_post_uses_the_delivery_day(capsys: pytest.CaptureFixture) -> None:
    row = track(capsys, "--channel", "postal", "--delivered", "2026-01-09")
    assert row["received"] == "2026-01-09" and row["channel"] == "postal"


def test_track_bad_input_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(capsys, "track", "qualfon", "deletion", "--sent", "5 Jan")
    assert code == 2 and "--sent wants a date" in err
    code, _, err = run(capsys, "track", "qualfon", "forget-me", "--sent", "2026-01-05")
    assert code == 2 and "unknown right" in err
    code, _, err = run(capsys, "track", "qualfon", "deletion", "--sent", "2026-01-05")
    assert code == 2 and "--residence" in err
    code, _, err = run(
        capsys, "track", "qualfon", "deletion", "--sent", "2999-01-01", "--residence", "DE"
    )
    assert code == 2 and "future" in err
    assert "Traceback" not in err


def test_list_show_update(capsys: pytest.CaptureFixture) -> None:
    number = track(capsys)["id"]
    code, out, _ = run(capsys, "requests", "--today", "2026-01-10")
    assert code == 0 and "Qualfon" in out and "sent" in out
    code, out, _ = run(capsys, "requests", "--status", "overdue", "--today", "2026-03-01")
    assert f"{number:>5}  overdue" in out
    code, out, _ = run(
        capsys, "requests", "update", str(number), "acknowledged", "--date", "2026-01-07",
        "--today", "2026-01-08",
    )  # fmt: skip
    assert code == 0 and "status now acknowledged" in out
    code, out, _ = run(
        capsys, "requests", "update", str(number), "extended", "--date", "2026-03-01",
        "--note", "need more time",
    )  # fmt: skip
    assert code == 0 and "already late" in out
    code, out, _ = run(capsys, "requests", "show", str(number), "--today", "2026-03-01")
    assert "Timeline:" in out and "2026-01-07  acknowledged" in out
    assert "need more time" in out and "overdue" in out
    assert "1798" in out  # the explanations carry their citations
    code, out, _ = run(capsys, "requests", "show", str(number), "--json")
    data = json.loads(out)
    assert [e["event"] for e in data["events"]] == ["sent", "acknowledged", "extended"]
    assert data["late_extension"] is True


def test_refused_update_exits_2(capsys: pytest.CaptureFixture) -> None:
    number = track(capsys)["id"]
    code, _, err = run(capsys, "requests", "update", str(number), "answered_full")
    assert code == 0
    code, _, err = run(capsys, "requests", "update", str(number), "acknowledged")
    assert code == 2 and "is fulfilled" in err and "reopened" in err
    code, _, err = run(capsys, "requests", "update", "99", "acknowledged")
    assert code == 2 and "no request number 99" in err
    code, _, err = run(capsys, "requests", "update", str(number), "closed", "--date", "soon")
    assert code == 2


def test_export_and_import(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    track(capsys)
    code, out, _ = run(capsys, "requests", "export", "--format", "json")
    assert code == 0 and json.loads(out)["requests"][0]["company_id"] == "qualfon"
    target = tmp_path / "backup.csv"
    code, _, _ = run(capsys, "requests", "export", "--format", "csv", "--out", str(target))
    assert code == 0 and stat.S_IMODE(os.stat(target).st_mode) == 0o600
    code, out, _ = run(capsys, "requests", "import", str(target))
    assert code == 0 and "Imported 0" in out and "skipped 1" in out
    code, out, _ = run(capsys, "requests", "export", "--format", "ics")
    assert "BEGIN:VCALENDAR" in out and "TRIGGER:-P3D" in out


def test_profile_set_show_forget(capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "profile")
    assert code == 0 and "Nothing remembered" in out
    code, out, _ = run(
        capsys, "profile", "--name", "Jane Q. Public", "--email", "jane@example.com",
        "--residence", "Germany",
    )  # fmt: skip
    assert code == 0 and "Jane Q. Public" in out and "DE" in out
    code, out, _ = run(capsys, "profile", "--json")
    assert json.loads(out) == {"name": "Jane Q. Public", "email": "jane@example.com",
                               "residence": "DE"}  # fmt: skip
    code, _, err = run(capsys, "profile", "--email", "not-an-address")
    assert code == 2 and "not a valid e-mail" in err
    code, out, _ = run(capsys, "profile", "--forget")
    assert code == 0
    with Ledger.open() as ledger:
        assert ledger.profile_get() is None


def test_track_uses_the_profile_residence(capsys: pytest.CaptureFixture) -> None:
    run(capsys, "profile", "--residence", "California")
    code, out, err = run(capsys, "track", "qualfon", "access", "--sent", "2026-01-05", "--json")
    assert code == 0, err
    assert json.loads(out)["law_id"] == "ccpa"


def test_followup_then_complaint(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    number = track(capsys)["id"]
    run(capsys, "profile", "--name", "Jane Q. Public", "--email", "jane@example.com")
    out_dir = tmp_path / "letters"
    code, out, err = run(
        capsys, "followup", str(number), "--out", str(out_dir), "--today", "2026-03-01"
    )
    assert code == 0, err
    files = sorted(out_dir.iterdir())
    assert files and all(stat.S_IMODE(os.stat(f).st_mode) == 0o600 for f in files)
    text = next(f for f in files if f.suffix == ".txt").read_text()
    assert "Jane Q. Public" in text
    with Ledger.open() as ledger:
        row = ledger.get(number)
        assert row.followups == 1 and row.last_followup == dt.date(2026, 3, 1)
        assert [e.event for e in ledger.timeline(number)][-1] == "followup_sent"
    code, out, err = run(
        capsys, "complain", str(number), "--out", str(out_dir), "--today", "2026-03-20"
    )
    assert code == 0, err
    assert "California Privacy Protection Agency" in out
    with Ledger.open() as ledger:
        assert ledger.get(number).complaint_on == dt.date(2026, 3, 20)


def test_followup_needs_a_name(capsys: pytest.CaptureFixture) -> None:
    number = track(capsys)["id"]
    code, _, err = run(capsys, "followup", str(number), "--today", "2026-03-01")
    assert code == 2 and "--name" in err


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(13, "Permission denied", "/x/requests.sqlite3"), "permission denied"),
        (OSError(28, "No space left on device", "/x/letters/a.txt"), "disk is full"),
        (OSError(30, "Read-only file system", "/x/letters"), "read-only file system"),
    ],
)
def test_an_os_error_no_handler_foresaw_is_a_clear_message(
    capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    import assistant.cli.requests as requests_cli

    def fail(args: object) -> int:
        raise error

    monkeypatch.setattr(requests_cli, "run_list", fail)
    code, _out, err = run(capsys, "requests")
    assert code == 2
    assert err.startswith("rights: ") and words in err and "Traceback" not in err


def test_uk_identity_given_starts_the_period_again(capsys: pytest.CaptureFixture) -> None:
    """UK GDPR Art. 12A: the month begins with the latest of the request and the identity
    information asked for. Given on 20 December, the answer is due 20 January, and a follow-up
    on 6 January is a reminder, never 'overdue'."""
    code, out, err = run(
        capsys, "track", "sky-gb", "access", "--sent", "2026-12-02", "--residence", "GB",
        "--channel", "email", "--json",
    )  # fmt: skip
    assert code == 0, err
    row = json.loads(out)
    assert row["due"] == "2027-01-04"
    number = str(row["id"])
    code, _, err = run(
        capsys, "requests", "update", number, "identity_asked", "--today", "2026-12-10"
    )
    assert code == 0, err
    code, out, err = run(
        capsys, "requests", "update", number, "identity_given", "--today", "2026-12-20"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "requests", "show", number, "--json", "--today", "2026-12-21")
    assert json.loads(out)["due"] == "2027-01-20"
    run(capsys, "profile", "--name", "Erika Muster", "--email", "erika@example.org")
    code, out, err = run(capsys, "followup", number, "--today", "2027-01-06")
    assert code == 0, err
    assert "overdue" not in out and "ran out" not in out


def test_under_the_ccpa_identity_given_leaves_the_deadline(capsys: pytest.CaptureFixture) -> None:
    """11 CCR 7021(b): the 45 days run from receipt whatever verification takes."""
    row = track(capsys)
    number = str(row["id"])
    run(capsys, "requests", "update", number, "identity_asked", "--date", "2026-01-10")
    code, _, err = run(
        capsys, "requests", "update", number, "identity_given", "--date", "2026-01-20"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "requests", "show", number, "--json")
    assert json.loads(out)["due"] == row["due"]


def test_a_followup_speaks_the_language_of_a_printed_letter_and_names_the_land_authority(
    capsys: pytest.CaptureFixture,
) -> None:
    """A German letter printed (not saved) and tracked: its follow-up is German too (the
    ledger keeps the language), and an English one for a Bavarian names the BayLDA, never
    the federal BfDI and never 'the Der ...'."""
    person = ("--name", "Erika Mustermann", "--email", "erika@example.org")
    code, _, err = run(
        capsys, "letter", "zalando", "access", *person, "--residence", "DE-BY", "--language",
        "de", "--track",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "letter", "zalando", "deletion", *person, "--residence", "DE-BY",
                       "--track")  # fmt: skip
    assert code == 0, err
    later = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    texts = []
    for number in ("1", "2"):
        code, out, err = run(capsys, "followup", number, "--today", later)
        assert code == 0, err
        saved = next(line.strip() for line in out.splitlines() if line.strip().endswith(".txt"))
        texts.append(Path(saved).read_text(encoding="utf-8"))
    german, english = texts
    assert "Sehr geehrte Damen und Herren" in german
    assert "Dear" in english and "Bayerisches Landesamt" in english
    assert "BfDI" not in english and "the Der" not in english


@pytest.mark.parametrize(
    ("company", "language", "words"),
    [
        ("zalando", "de", ["Am 10. Januar 2027 haben Sie mir mitgeteilt", "4. Januar 2027"]),
        ("fnac", "fr", ["Le 10 janvier 2027, vous m'avez indiqué", "4 janvier 2027"]),
    ],
)
def test_a_late_extension_is_answered_in_the_request_s_language(
    capsys: pytest.CaptureFixture, company: str, language: str, words: list[str]
) -> None:
    person = ("--name", "Erika Muster", "--email", "erika@example.org")
    code, _, err = run(capsys, "letter", company, "access", *person, "--residence", "DE",
                       "--language", language, "--track", "--today", "2026-12-04")  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "requests", "update", "1", "extended", "--date", "2027-01-10",
                       "--today", "2027-01-10")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "followup", "1", "--today", "2027-01-12")
    assert code == 0, err
    saved = next(line.strip() for line in out.splitlines() if line.strip().endswith(".txt"))
    text = " ".join(Path(saved).read_text(encoding="utf-8").split())
    assert "followup_extension" in saved
    for phrase in words:
        assert phrase in text
    assert "January" not in text


def test_a_german_complaint_without_a_land_can_be_given_one(capsys: pytest.CaptureFixture) -> None:
    person = ("--name", "Erika Muster", "--email", "erika@example.org")
    code, _, err = run(capsys, "letter", "zalando", "access", *person, "--residence", "DE",
                       "--track")  # fmt: skip
    assert code == 0, err
    later = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    code, _, err = run(capsys, "complain", "1", "--today", later)
    assert code == 2 and "--land" in err
    code, out, err = run(capsys, "complain", "1", "--today", later, "--land", "de-be")
    assert code == 0, err
    assert "Berliner Beauftragte" in out
