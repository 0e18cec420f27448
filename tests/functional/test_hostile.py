"""The hostile-input corpus: every command and option, import files, ledgers and environments.

The cases are data (tests/data/hostile/, see its README.md); this module only runs them. Each
case asserts: exit 2 with a clear one-line message naming the problem (a hint line may follow),
no traceback, no terminal control on the screen, the ledger and every file of the data folder
as they were, and nothing outside the data folder changed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hostile_world as hw
import pytest
from hostile_world import (
    LEDGER,
    Snapshot,
    build_template,
    check_output_safe,
    check_refusal,
    expand,
    install,
    load,
    run,
)

VALUES: dict[str, dict[str, Any]] = {k: v for k, v in load("values.json").items() if k[0] != "_"}


def _option_cases() -> Iterator[Any]:
    for slot in load("slots.json")["slots"]:
        for kind in slot["kinds"]:
            for name, value in VALUES[kind].items():
                if name in slot.get("skip", ()):
                    continue
                gaps = slot.get("gaps", {})
                gap = slot.get("gap") or gaps.get(name) or gaps.get(kind)
                marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
                yield pytest.param(slot, name, value, id=f"{slot['id']}:{name}", marks=marks)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, warm_catalog_cache: Path) -> Path:
    return build_template(tmp_path_factory.mktemp("hostile-template"), warm_catalog_cache)


@pytest.fixture
def world(
    template: Path, rights_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Path]:
    """A data folder copied from the template, an outside folder, a working directory."""
    install(template, rights_home)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not the assistant's\n")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return {"home": rights_home, "outside": outside, "work": work}


def _fill(argv: list[str], value: str, world: dict[str, Path]) -> list[str]:
    from assistant import paths

    places = {
        "{data}": str(world["home"]),
        "{outside}": str(world["outside"]),
        "{sources}": str(paths.policies_dir() / "sources"),
    }
    out = []
    for arg in argv:
        for key, where in places.items():
            arg = arg.replace(key, where)
        out.append(arg.replace("{value}", value))
    return out


def _unchanged(before: Snapshot, world: dict[str, Path]) -> None:
    after = Snapshot.take(world["home"], world["outside"])
    assert after.ledger == before.ledger, "the ledger changed"
    assert after.data == before.data, "a file in the data folder changed"
    assert after.outside == before.outside, "something outside the data folder changed"
    assert Snapshot.take(world["work"], world["outside"]).data == {}, "files in the cwd"


@pytest.mark.parametrize(("slot", "name", "value"), list(_option_cases()))
def test_option_refuses_hostile_value(
    slot: dict[str, Any], name: str, value: Any, world: dict[str, Path]
) -> None:
    before = Snapshot.take(world["home"], world["outside"])
    stdin = _fill([slot.get("stdin", "")], expand(value), world)[0]
    result = run(_fill(slot["argv"], expand(value), world), stdin=stdin)
    check_output_safe(result)
    if slot.get("expect", "refused") == "refused":
        check_refusal(result, slot["word"])
    else:
        assert result.code in (0, 1, 2), result.err  # 1: "nothing found", as grep
    _unchanged(before, world)


# -- import files --------------------------------------------------------------------------------

IMPORTS = load("imports.json")
GOOD_NEW = "RA-20260106-NEWCO-ACC-0001"
BAD_NEW = "RA-20260107-BADCO-ACC-0002"


def _import_cases() -> Iterator[Any]:
    for case in IMPORTS["requests"]:
        yield pytest.param(case, "json", id=f"import-json:{case['id']}")
        if case.get("csv"):
            yield pytest.param(case, "csv", id=f"import-csv:{case['id']}")
    for case in IMPORTS["files"]:
        yield pytest.param(case, "file", id=f"import-file:{case['id']}")


def _csv_case(case: dict[str, Any], good: dict[str, Any]) -> str:
    if "csv_text" in case:
        return expand(case["csv_text"])
    if "csv_cell" in case:
        return hw.csv_text([good, hw.mutate(good, {"set": case["csv_cell"]})])
    if "csv_header_suffix" in case:
        return hw.csv_text([good], header_suffix=case["csv_header_suffix"])
    if "csv_row_suffix" in case:
        return hw.csv_text([good], row_suffix=case["csv_row_suffix"])
    lines = hw.csv_text([good]).splitlines()
    return "\n".join([lines[0], ",".join(lines[1].split(",")[: case["csv_row_cut"]])]) + "\n"


def _write_import(case: dict[str, Any], form: str, world: dict[str, Path]) -> str:
    """The import file for a case, in the outside folder (the person's own file)."""
    target = world["outside"] / f"import.{'csv' if form == 'csv' else 'json'}"
    good = hw.exported_item(world["home"], GOOD_NEW)
    if form in ("json", "csv"):
        items = [good, hw.mutate(hw.exported_item(world["home"], BAD_NEW), case)]
        target.write_text(hw.export_text(items) if form == "json" else hw.csv_text(items))
    elif "text" in case:
        target.write_text(expand(case["text"]))
    elif "bytes" in case:
        target.write_bytes(bytes.fromhex(case["bytes"]))
    elif "deep" in case:
        target.write_text('{"a":' + "[" * case["deep"] + "]" * case["deep"] + "}")
    elif "deep_requests" in case:
        n = case["deep_requests"]
        target.write_text(hw.export_text([]).replace("[]", "[" * n + "]" * n))
    elif "sparse" in case:
        with target.open("wb") as handle:
            handle.truncate(case["sparse"])
    elif "fifo" in case:
        os.mkfifo(target)
    elif "folder" in case:
        target.mkdir()
    elif "missing" in case:
        pass
    elif "dangling" in case:
        target.symlink_to(world["outside"] / "nowhere")
    elif "path" in case:
        return str(case["path"])
    elif "many" in case:
        target.write_text(hw.export_text([{}] * case["many"]))
    elif "duplicate" in case:
        target.write_text(hw.export_text([good, good]))
    else:
        target = target.with_suffix(".csv")
        target.write_text(_csv_case(case, good))
    return str(target)


@pytest.mark.parametrize(("case", "form"), list(_import_cases()))
def test_import_refuses_hostile_file(
    case: dict[str, Any], form: str, world: dict[str, Path]
) -> None:
    path = _write_import(case, form, world)
    before = Snapshot.take(world["home"], world["outside"])
    result = run(["requests", "import", path])
    check_output_safe(result)
    check_refusal(result, case.get(f"word_{form}", case["word"]))
    assert "nothing imported" in result.err or form == "file" or "word_csv" in case
    _unchanged(before, world)


# -- damaged ledgers -----------------------------------------------------------------------------

LEDGERS = load("ledgers.json")


def _damage(kind: dict[str, Any], world: dict[str, Path]) -> None:
    import random
    import sqlite3

    path = world["home"] / LEDGER
    how = kind["damage"]
    raw = path.read_bytes()
    if how == "text":
        path.write_text(kind["text"])
    elif how == "zero_header":
        path.write_bytes(bytes(100) + raw[100:])
    elif how == "scramble_pages":
        page = int.from_bytes(raw[16:18], "big") or 65536
        noise = random.Random(16).randbytes(len(raw) - page)
        path.write_bytes(raw[:page] + noise)
    elif how == "truncate":
        path.write_bytes(raw[: len(raw) // 3 + 7])
    elif how == "wal_link":  # SQLite's log planted as a link to a file outside
        Path(f"{path}-wal").symlink_to(world["outside"] / "keep.txt")
    elif how == "shm_folder":
        Path(f"{path}-shm").mkdir()
    elif how == "sql":  # another program changed the tables' shape
        conn = sqlite3.connect(path)
        conn.execute(kind["sql"])
        conn.commit()
        conn.close()
    elif how == "newer_schema":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 999")
        conn.commit()
        conn.close()
    else:
        path.unlink()
        if how == "folder":
            path.mkdir()
        elif how == "link_outside":
            path.symlink_to(world["outside"] / "keep.txt")
        elif how == "link_ledger":  # someone else's ledger, readable by all: it must stay so
            (world["outside"] / "their.sqlite3").write_bytes(raw)
            (world["outside"] / "their.sqlite3").chmod(0o644)
            path.symlink_to(world["outside"] / "their.sqlite3")
        elif how == "hard_link":  # the ledger is a second name of a file outside, mode 0644
            (world["outside"] / "shared.sqlite3").write_bytes(raw)
            (world["outside"] / "shared.sqlite3").chmod(0o644)
            os.link(world["outside"] / "shared.sqlite3", path)
        elif how == "dangling_link":
            path.symlink_to(world["outside"] / "created-through-link")
        elif how == "fifo":
            os.mkfifo(path)


def _ledger_cases() -> Iterator[Any]:
    for kind in LEDGERS["damages"]:
        for command in LEDGERS["commands"]:
            gap = kind.get("gaps", {}).get(command["id"]) or command.get("gap")
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            yield pytest.param(
                kind, command, id=f"ledger:{kind['id']}:{command['id']}", marks=marks
            )


@pytest.mark.parametrize(("kind", "command"), list(_ledger_cases()))
def test_damaged_ledger_is_refused_and_kept(
    kind: dict[str, Any], command: dict[str, Any], world: dict[str, Path]
) -> None:
    _damage(kind, world)
    before = Snapshot.take(world["home"], world["outside"])
    result = run(_fill(command["argv"], "", world))
    check_output_safe(result)
    if command["id"] in kind.get("works", ()):
        assert result.code == 0, result.err
    else:
        check_refusal(result, kind["word"])
    _unchanged(before, world)
    assert not os.path.lexists(world["outside"] / "created-through-link")


# -- environments --------------------------------------------------------------------------------

ENVIRONMENTS = load("environments.json")


def _env_cases() -> Iterator[Any]:
    for env in ENVIRONMENTS["environments"]:
        for command in ENVIRONMENTS["commands"]:
            if "only" in env and command["id"] not in env["only"]:
                continue
            gap = env.get("gaps", {}).get(command["id"])
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            yield pytest.param(env, command, id=f"env:{env['id']}:{command['id']}", marks=marks)


@pytest.fixture
def faults(world: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[hw.Faults]:
    with hw.Faults(world, monkeypatch) as made:
        yield made


@pytest.mark.parametrize(("env", "command"), list(_env_cases()))
def test_environment_fault_is_explained(
    env: dict[str, Any], command: dict[str, Any], world: dict[str, Path], faults: hw.Faults
) -> None:
    item = hw.exported_item(world["home"], GOOD_NEW)
    (world["outside"] / "backup.json").write_text(hw.export_text([item]))
    (world["outside"] / "backup.csv").write_text(hw.csv_text([item]))
    faults.make(env["env"])
    before = Snapshot.take(faults.home, world["outside"])
    result = faults.run(_fill(command["argv"], "", {**world, "home": faults.home}))
    check_output_safe(result)
    if command["id"] in env.get("works", ()):  # a write that does not need what is broken
        assert result.code == 0, result.err
    elif command["kind"] == "write" or env["read_exit"] == 2:
        check_refusal(result, env["word"])
    else:
        assert result.code == env["read_exit"], result.err
    after = Snapshot.take(faults.home, world["outside"])
    if result.code == 2:
        assert (after.ledger, after.data) == (before.ledger, before.data), "data changed"
    assert after.outside == before.outside, "something outside the data folder changed"
    assert not os.path.lexists(world["outside"] / "new-home")
    left = [name for name in [*after.data, *after.outside] if name.endswith(".part")]
    assert not left, f"temporary files left behind: {left}"


# -- rows changed outside the assistant -----------------------------------------------------


def _change_row(case: dict[str, Any], home: Path) -> None:
    import sqlite3

    table = case.get("table", "requests")
    conn = sqlite3.connect(home / LEDGER)
    for column, value in hw.expand_deep(case["set"]).items():
        key = "id" if table == "requests" else "request_id"
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = 1", (value,))
    conn.commit()
    conn.close()


def _row_cases() -> Iterator[Any]:
    for case in LEDGERS["rows"]:
        for command in LEDGERS["row_commands"]:
            yield pytest.param(case, command, id=f"row:{case['id']}:{command['id']}")


@pytest.mark.parametrize(("case", "command"), list(_row_cases()))
def test_a_row_changed_outside_is_named_or_cleaned(
    case: dict[str, Any], command: dict[str, Any], world: dict[str, Path]
) -> None:
    _change_row(case, world["home"])
    before = Snapshot.take(world["home"], world["outside"])
    result = run(_fill(command["argv"], "", world))
    check_output_safe(result)
    if case.get("expect") == "cleaned" or command["id"] in case.get("works", ()):
        assert result.code == 0, result.err
        written = (
            [p for p in (world["home"] / "out").glob("*")] if command["id"] == "followup" else []
        )
        for path in written:
            text = path.read_bytes().decode("utf-8", "replace")
            assert not any(c in text for c in hw.TERMINAL_CONTROLS), f"control in {path.name}"
            assert "\nBcc: evil" not in text, f"a header was added in {path.name}"
        if command["id"] == "export-csv":
            import csv
            import io

            for row in csv.reader(io.StringIO(result.out)):
                assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
        return
    check_refusal(result, case["word"])
    assert "request 1" in result.err and "rights requests delete 1" in result.err
    _unchanged(before, world)


@pytest.mark.parametrize("case", LEDGERS["rows"], ids=lambda case: f"row:{case['id']}:delete")
def test_a_damaged_request_can_still_be_deleted(
    case: dict[str, Any], world: dict[str, Path]
) -> None:
    _change_row(case, world["home"])
    outside = Snapshot.take(world["home"], world["outside"]).outside
    result = run(["requests", "delete", "1", "--yes"])
    check_output_safe(result)
    assert result.code == 0, result.err
    assert run(["requests", "--json"]).out.strip() == "[]"
    assert Snapshot.take(world["home"], world["outside"]).outside == outside


# -- --out pointing where nothing may be written --------------------------------------------


def _output_target(how: str, outside: Path) -> Path:
    target = outside / "target"
    if how == "folder":
        target.mkdir()
        (target / "inside.txt").write_text("theirs\n")
    elif how == "file":
        target.write_text("theirs\n")
    elif how == "link_file":
        target.symlink_to(outside / "keep.txt")
    elif how == "link_folder":
        (outside / "real-folder").mkdir()
        target.symlink_to(outside / "real-folder")
    elif how == "dangling":
        target.symlink_to(outside / "created-through-link")
    elif how == "under_file":
        target = outside / "keep.txt" / "target"
    elif how == "fifo":
        os.mkfifo(target)
    elif how == "device":
        target = Path(os.devnull)
    elif how == "full_device":
        target = Path("/dev/full")
    return target


REPLY = "We need more time to answer your request RA-20260105-QUALFON-ACC-0001.\n"


@pytest.mark.parametrize("case", ENVIRONMENTS["outputs"], ids=lambda case: f"out:{case['id']}")
def test_out_where_nothing_may_be_written_is_refused(
    case: dict[str, Any], world: dict[str, Path]
) -> None:
    if case["make"] == "full_device" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this machine")
    target = _output_target(case["make"], world["outside"])
    (world["outside"] / "reply.txt").write_text(REPLY)
    before = Snapshot.take(world["home"], world["outside"])
    argv = [arg.replace("{target}", str(target)) for arg in case["argv"]]
    result = run(_fill(argv, "", world))
    check_output_safe(result)
    check_refusal(result, case["word"])
    _unchanged(before, world)
    assert not os.path.lexists(world["outside"] / "created-through-link")
    after = Snapshot.take(world["home"], world["outside"])
    left = [name for name in [*after.data, *after.outside] if name.endswith(".part")]
    assert not left, f"temporary files left behind: {left}"


# -- company records with controls in their names ----------------------------------------------

RECORDS = load("records.json")


def _plant_record(name: str, home: Path) -> None:
    """A user-added record `evilcorp`: the shipped qualfon record under a hostile name."""
    import json

    from assistant import paths

    source = (paths.policies_dir() / "companies" / "qualfon.toml").read_text(encoding="utf-8")
    lines, renamed = [], {"id": False, "name": False}
    for line in source.splitlines():
        key = line.split(" = ", 1)[0]
        if key in renamed and not renamed[key]:
            renamed[key] = True
            line = f"{key} = {json.dumps(name if key == 'name' else 'evilcorp')}"
        lines.append(line)
    folder = home / "policies" / "companies"
    folder.mkdir(parents=True)
    (folder / "evilcorp.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _record_cases() -> Iterator[Any]:
    for case in RECORDS["records"]:
        for command in RECORDS["commands"]:
            gap = command.get("gap")
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            yield pytest.param(
                case, command, id=f"record:{case['id']}:{command['id']}", marks=marks
            )


@pytest.mark.parametrize(("case", "command"), list(_record_cases()))
def test_a_record_name_with_controls_never_reaches_a_letter_or_the_screen(
    case: dict[str, Any], command: dict[str, Any], world: dict[str, Path]
) -> None:
    _plant_record(case["name"], world["home"])
    outside = Snapshot.take(world["home"], world["outside"]).outside
    results = [run(_fill(command["argv"], "", world))]
    if "then" in command and results[0].code == 0:
        results.append(run(_fill(command["then"], "", world)))
    for result in results:
        check_output_safe(result)
        assert result.code in (0, 2), result.err
    for path in (
        sorted((world["home"] / "out").glob("*")) if (world["home"] / "out").is_dir() else []
    ):
        text = path.read_bytes().decode("utf-8", "replace")
        for control in [*hw.TERMINAL_CONTROLS, "=1B", "=9B", "=07"]:  # raw, or quoted-printable
            assert control not in text, f"{control!r} in {path.name}"
    assert Snapshot.take(world["home"], world["outside"]).outside == outside
