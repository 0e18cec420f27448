"""Exports and imports: JSON and CSV round trips are lossless; iCalendar has alarms."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from ledger_helpers import SENT, add

from assistant.errors import UserError
from assistant.ledger.exchange import export_csv, export_ics, export_json, import_file
from assistant.ledger.store import Ledger

DAY = dt.timedelta(days=1)


def sqlite3_error(text: str, name: str) -> Exception:
    """An sqlite3 error as SQLite raises it, with its error name."""
    import sqlite3

    error = sqlite3.OperationalError(text)
    error.sqlite_errorname = name
    return error


STAMP = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _fill(ledger: Ledger) -> None:
    a = add(ledger, company="acme")
    ledger.record_event(a, "acknowledged", on=SENT + DAY, note='they said "thanks", really')
    ledger.record_event(a, "extended", on=SENT + 9 * DAY, note="complex;\nmany systems")
    b = add(ledger, company="globex", right="deletion")
    ledger.record_event(b, "denied", on=SENT + 3 * DAY, reason="not_verified")
    c = add(ledger, company="initech", right="opt_out")
    ledger.record_event(c, "extended", on=SENT + 50 * DAY)  # too late: flagged
    ledger.record_event(c, "followup_sent", on=SENT + 51 * DAY)
    add(ledger, company="umbrella", status="draft")


def _requests(export: str) -> list[dict]:
    items = json.loads(export)["requests"]
    for item in items:
        item.pop("id")
    return items


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_is_lossless(tmp_path: Path, fmt: str) -> None:
    with Ledger.open(tmp_path / "first.sqlite3") as first:
        _fill(first)
        original = export_json(first)
        text = export_json(first) if fmt == "json" else export_csv(first)
    backup = tmp_path / f"backup.{fmt}"
    backup.write_text(text, encoding="utf-8")
    with Ledger.open(tmp_path / "second.sqlite3") as second:
        result = import_file(second, backup)
        assert len(result.added) == 4 and result.skipped == []
        assert _requests(export_json(second)) == _requests(original)
        if fmt == "csv":
            assert export_csv(second) == text
        # importing again adds nothing: every reference is already there
        again = import_file(second, backup)
        assert again.added == [] and len(again.skipped) == 4
        assert len(second.list_requests()) == 4


def test_import_keeps_requests_already_there(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "a.sqlite3") as led:
        _fill(led)
        (tmp_path / "all.json").write_text(export_json(led))
    with Ledger.open(tmp_path / "b.sqlite3") as led:
        add(led, company="hooli")
        result = import_file(led, tmp_path / "all.json")
        assert len(result.added) == 4
        assert len(led.list_requests()) == 5
        acme = next(r for r in led.list_requests() if r.company_id == "acme")
        assert [e.event for e in led.timeline(acme.id)] == ["sent", "acknowledged", "extended"]
        assert acme.due == SENT + 90 * DAY and acme.extension_granted


def test_ics_one_event_per_deadline_with_alarm(ledger_path: Path) -> None:
    with Ledger.open(ledger_path) as led:
        _fill(led)
        data = export_ics(led, stamp=STAMP)
    calendar = Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    # acme: extended (acknowledged) -> answer only; globex denied -> none;
    # initech: sent, not acknowledged -> acknowledgement + answer; draft -> none
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == [
        "Acme: access request #1: answer due",
        "Initech: opt-out request #3: acknowledgement due",
        "Initech: opt-out request #3: answer due",
    ]
    acme = next(e for e in events if str(e["SUMMARY"]).startswith("Acme"))
    assert acme.decoded("DTSTART") == SENT + 90 * DAY
    for event in events:
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -dt.timedelta(days=3)
        assert str(alarm["ACTION"]) == "DISPLAY"
    assert len({str(e["UID"]) for e in events}) == len(events)


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


def test_import_rejects_foreign_files(tmp_path: Path, ledger_path: Path) -> None:
    bad_json = tmp_path / "x.json"
    bad_json.write_text('{"hello": 1}')
    bad_csv = tmp_path / "x.csv"
    bad_csv.write_text("name,date\nA,B\n")
    broken = tmp_path / "y.json"
    broken.write_text(
        json.dumps({"format": "rights-assistant-requests", "version": 1, "requests": [{"x": 1}]})
    )
    with Ledger.open(ledger_path) as led:
        with pytest.raises(UserError, match="not a Rights Assistant export"):
            import_file(led, bad_json)
        with pytest.raises(UserError, match="not a Rights Assistant CSV"):
            import_file(led, bad_csv)
        with pytest.raises(UserError, match="is missing"):
            import_file(led, broken)
        with pytest.raises(UserError, match="no such file"):
            import_file(led, tmp_path / "missing.json")
        assert led.list_requests() == []


# -- imports are checked whole and atomic ----------------------------------------------------


def _export_file(tmp_path: Path, items: list[dict]) -> Path:
    path = tmp_path / "backup.json"
    path.write_text(json.dumps({"format": "rights-assistant-requests", "version": 1,
                                "requests": items}))  # fmt: skip
    return path


def _one_item(tmp_path: Path) -> dict:
    with Ledger.open(tmp_path / "source.sqlite3") as source:
        add(source, company="acme")
        return json.loads(export_json(source))["requests"][0]


def test_import_is_all_or_nothing_and_lists_every_problem(tmp_path: Path) -> None:
    from assistant.ledger.exchange import ImportRefused

    good = _one_item(tmp_path)
    bad = {**good, "reference": "RA-OTHER-1", "due": 20261201, "channel": "pigeon",
           "residence": "Narnia", "followups": -1}  # fmt: skip
    path = _export_file(tmp_path, [good, bad])
    with Ledger.open(tmp_path / "target.sqlite3") as ledger:
        with pytest.raises(ImportRefused) as refused:
            import_file(ledger, path)
        assert ledger.list_requests() == []
    problems = refused.value.problems
    assert len(problems) == 4
    for field in ("due", "channel", "residence", "followups"):
        assert any(p.startswith("request 2 (RA-OTHER-1): " + field) for p in problems), field


def test_imported_text_with_escapes_is_refused_not_stored(tmp_path: Path) -> None:
    from assistant.ledger.exchange import ImportRefused

    item = {**_one_item(tmp_path), "company_name": "\x1b]0;owned\x07Acme"}
    path = _export_file(tmp_path, [item])
    with (
        Ledger.open(tmp_path / "target.sqlite3") as ledger,
        pytest.raises(ImportRefused, match="company_name: contains the control character"),
    ):
        import_file(ledger, path)


def test_import_failure_while_writing_rolls_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ledger import exchange

    first = _one_item(tmp_path)
    second = {**first, "reference": "RA-SECOND-2"}
    path = _export_file(tmp_path, [first, second])
    real_insert = exchange._insert
    calls = []

    def insert_then_fail(ledger: Ledger, item: dict) -> int:
        calls.append(item["reference"])
        if len(calls) == 2:
            raise OSError("the disk went away")
        return real_insert(ledger, item)

    monkeypatch.setattr(exchange, "_insert", insert_then_fail)
    with Ledger.open(tmp_path / "target.sqlite3") as ledger:
        with pytest.raises(OSError):
            import_file(ledger, path)
        assert ledger.list_requests() == []


# -- opening: read-only, links, faults -------------------------------------------------------


def test_read_only_open_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Ledger.open(home / "requests.sqlite3", read_only=True) as ledger:
        assert ledger.list_requests() == []
    assert not home.exists()


def test_read_only_open_reads_and_refuses_writes(ledger_path: Path) -> None:
    with Ledger.open(ledger_path) as ledger:
        add(ledger, company="acme")
    before = ledger_path.read_bytes()
    with Ledger.open(ledger_path, read_only=True) as ledger:
        assert [r.company_id for r in ledger.list_requests()] == ["acme"]
        with pytest.raises(UserError, match="read-only"), ledger:
            ledger.profile_set({"name": "Bob"})
    assert ledger_path.read_bytes() == before


@pytest.mark.parametrize("dangling", [False, True])
def test_a_linked_ledger_is_refused_and_its_target_untouched(
    tmp_path: Path, dangling: bool
) -> None:
    target = tmp_path / "system-file"
    if not dangling:
        target.write_text("root:x:0:0\n")
        target.chmod(0o644)
    link = tmp_path / "home" / "requests.sqlite3"
    link.parent.mkdir()
    link.symlink_to(target)
    for read_only in (False, True):
        with pytest.raises(UserError, match="symbolic link"):
            Ledger.open(link, read_only=read_only)
    if dangling:
        assert not target.exists()
    else:
        assert (target.stat().st_mode & 0o777, target.read_text()) == (0o644, "root:x:0:0\n")


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3_error("database or disk is full", "SQLITE_FULL"), "disk is full"),
        (sqlite3_error("attempt to write a readonly database", "SQLITE_READONLY"), "read-only"),
        (sqlite3_error("database disk image is malformed", "SQLITE_CORRUPT"), "integrity_check"),
        (sqlite3_error("file is not a database", "SQLITE_NOTADB"), "not a readable"),
        (sqlite3_error("database is locked", "SQLITE_BUSY"), "busy"),
    ],
)
def test_sqlite_faults_become_advice(error: Exception, words: str, tmp_path: Path) -> None:
    from assistant.ledger.faults import ledger_error

    assert words in str(ledger_error(error, tmp_path / "requests.sqlite3"))  # type: ignore[arg-type]


# -- forgetting: delete a request, forget the profile and the letters ----------------------------


def _rights(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from assistant.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _with_letters(rights_home: Path) -> tuple[int, int, list[Path]]:
    letters = rights_home / "letters"
    letters.mkdir(mode=0o700)
    files = [letters / name for name in ("a.txt", "a.eml", "b.txt")]
    for file in files:
        file.write_text("Dear Acme, I am Jane Doe")
    with Ledger.open() as ledger:
        first = add(ledger, company="acme")
        second = add(ledger, company="globex")
        ledger.add_letter_files(first, [str(files[0]), str(files[1])])
        ledger.add_letter_files(second, [str(files[2])])
        ledger.record_event(first, "acknowledged", on=SENT + DAY, note="private: my case no. 7")
        ledger.profile_set({"name": "Jane Doe", "email": "jane@example.com"})
    return first, second, files


def test_delete_needs_confirmation_then_removes_the_request_and_its_letters(
    rights_home: Path,
) -> None:
    first, second, files = _with_letters(rights_home)
    code, _, err = _rights("requests", "delete", str(first))
    assert code == 2 and "--yes" in err
    assert all(f.exists() for f in files)
    code, out, _ = _rights("requests", "delete", str(first), "--yes")
    assert code == 0 and "removed 2 letter file(s)" in out
    assert [f.exists() for f in files] == [False, False, True]
    with Ledger.open() as ledger:
        assert [r.id for r in ledger.list_requests()] == [second]
        rows = ledger.conn.execute("SELECT count(*) FROM events WHERE request_id = ?", (first,))
        assert rows.fetchone()[0] == 0
    raw = (rights_home / "requests.sqlite3").read_bytes()
    assert b"my case no. 7" not in raw  # secure_delete and a truncated log: really gone


def test_forget_letters_removes_every_letter_and_the_profile(rights_home: Path) -> None:
    _first, _second, files = _with_letters(rights_home)
    stray = rights_home / "letters" / "untracked.pdf"
    stray.write_bytes(b"%PDF Jane Doe")
    code, _, err = _rights("profile", "--forget", "--letters")
    assert code == 2 and "--yes" in err and stray.exists()
    code, out, _ = _rights("profile", "--forget", "--letters", "--yes")
    assert code == 0 and "Removed 4 letter file(s)" in out
    assert not any(f.exists() for f in [*files, stray])
    with Ledger.open() as ledger:
        assert ledger.profile_get() is None
        assert all(r.letter_files == [] for r in ledger.list_requests())


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1 555 0100", "-2+3", "@SUM(A1:A9)",
            "'=already quoted", "\tTab first", "O'Brien =1"]  # fmt: skip


@pytest.mark.parametrize("name", FORMULAS)
def test_csv_cells_never_start_a_formula_and_import_back_whole(tmp_path: Path, name: str) -> None:
    import csv
    import io

    from assistant.ledger.exchange import guard_cell, unguard_cell

    assert unguard_cell(guard_cell(name)) == name
    with Ledger.open(tmp_path / "first.sqlite3") as first:
        add(first, company="acme")
        first.conn.execute("UPDATE requests SET company_name = ?, recipient = ?", (name, name))
        text = export_csv(first)
        original = export_json(first)
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    backup = tmp_path / "backup.csv"
    backup.write_text(text, encoding="utf-8")
    with Ledger.open(tmp_path / "second.sqlite3") as second:
        import_file(second, backup)
        assert _requests(export_json(second)) == _requests(original)


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("due", "20261201", "bad due"),
        ("due", "9999-12-31", "bad due"),
        ("sent", "2026-W05-1", "bad sent"),
        ("deadlines_json", "nope", "bad deadlines_json"),
        ("deadlines_json", "[1]", "bad deadlines_json"),
        ("letter_files", "[1, 2]", "bad letter_files"),
        ("channel", "pigeon", "bad channel"),
        ("reference", "../../etc/passwd", "bad reference"),
        ("company_id", "../acme", "bad company_id"),
        ("followups", -3, "bad followups"),
    ],
)
def test_a_row_changed_outside_is_named_not_a_traceback(
    tmp_path: Path, column: str, value: object, words: str
) -> None:
    from assistant.ledger.erase import delete_request
    from assistant.ledger.rows import StoredValueError

    with Ledger.open(tmp_path / "l.sqlite3") as ledger:
        number = add(ledger)
        ledger.conn.execute(f"UPDATE requests SET {column} = ?", (value,))
        with pytest.raises(StoredValueError, match=f"request {number} in the ledger has a {words}"):
            ledger.get(number)
        with pytest.raises(StoredValueError):
            export_ics(ledger, stamp=STAMP)
        delete_request(ledger, number)  # a damaged request can still be forgotten
        assert ledger.list_requests() == []


def test_stored_text_with_escapes_is_cleaned_when_read(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "l.sqlite3") as ledger:
        number = add(ledger)
        ledger.conn.execute(
            "UPDATE requests SET company_name = ?, regulator = ?",
            ("\x1b]0;owned\x07Acme\x1b[31m", "CPPA\x9b2J"),
        )
        ledger.conn.execute("UPDATE events SET note = ?", ("line one\x1b[2J\nline two",))
        row = ledger.get(number)
        note = ledger.timeline(number)[0].note
        calendar = export_ics(ledger, stamp=STAMP).decode()
        exported = export_csv(ledger) + export_json(ledger)
    assert (row.company_name, row.regulator, note) == ("Acme", "CPPA", "line one\nline two")
    for text in (calendar, exported):
        assert not any(c in text for c in "\x1b\x9b\x07")


def test_check_writable_finds_a_read_only_ledger_and_changes_nothing(ledger_path: Path) -> None:
    """SQLite opens a file it may not write read-only without a word; a write tried and rolled
    back tells, before a command writes files it would then fail to record."""
    import sqlite3

    from assistant.ledger.faults import LedgerError, check_writable

    with Ledger.open(ledger_path) as ledger:
        add(ledger)
        version = ledger.conn.execute("PRAGMA user_version").fetchone()[0]
        check_writable(ledger.conn, ledger.path)  # a writable ledger: nothing said
        assert not ledger.conn.in_transaction
        assert ledger.conn.execute("PRAGMA user_version").fetchone()[0] == version
        add(ledger, company="globex")  # and it still takes writes
    conn = sqlite3.connect(f"file:{ledger_path}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(LedgerError, match="read-only"):
            check_writable(conn, ledger_path)
        assert not conn.in_transaction
    finally:
        conn.close()
    with Ledger.open(ledger_path, read_only=True) as ledger:
        assert len(ledger.list_requests()) == 2


def test_an_imported_list_of_letters_never_removes_a_file_that_is_not_a_letter(
    rights_home: Path, tmp_path: Path
) -> None:
    """An import can name any file as a request's letter; deleting the request removes only
    files named as the assistant names letters, or lying in its own letters folder."""
    victim = tmp_path / "important.txt"
    victim.write_text("not a letter")
    letter = tmp_path / "2026-11-02_acme_access_RA-20261102-ACME-ACC-1A2B.txt"
    letter.write_text("Dear Acme")
    with Ledger.open() as ledger:
        first = add(ledger, company="acme")
        ledger.add_letter_files(first, [str(victim), str(letter)])
    code, out, _ = _rights("requests", "delete", str(first), "--yes")
    assert code == 0 and "removed 1 letter file(s)" in out
    assert victim.read_text() == "not a letter" and not letter.exists()
