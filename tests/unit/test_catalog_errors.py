"""A corpus of bad records: each must give exactly one clear error naming file and field."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.records.check import run_checks, write_schema

CORPUS = Path(__file__).resolve().parents[1] / "data" / "bad_records"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".toml", ".jsonl") and p.stem[0] != "_")


def expectation(path: Path) -> tuple[str, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    if path.suffix == ".jsonl":
        first = {
            "duplicate_id": "# expect: id | duplicate id 'acme'",
            "broken_json": "# expect: (file) | broken JSON",
        }[path.stem]
    field, problem = first.removeprefix("# expect:").split("|")
    return field.strip(), problem.strip()


def make_policies(tmp_path: Path, bad: Path) -> Path:
    policies = tmp_path / "policies"
    (policies / "companies").mkdir(parents=True)
    (policies / "sources").mkdir()
    shutil.copy(CORPUS / "_good.toml", policies / "companies" / "acme.toml")
    shutil.copy(CORPUS / "acme.txt", policies / "sources" / "acme.txt")
    if bad.suffix == ".jsonl":
        (policies / "imported").mkdir()
        shutil.copy(bad, policies / "imported" / "companies.jsonl")
    else:
        shutil.copy(bad, policies / "companies" / (bad.stem.replace("_", "-") + ".toml"))
    write_schema(policies)
    return policies


def test_the_good_record_passes(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    (policies / "companies").mkdir(parents=True)
    (policies / "sources").mkdir()
    shutil.copy(CORPUS / "_good.toml", policies / "companies" / "acme.toml")
    shutil.copy(CORPUS / "acme.txt", policies / "sources" / "acme.txt")
    write_schema(policies)
    result = run_checks(policies, include_user=False)
    assert result["problems"] == []
    assert result["records"] == 1
    assert result["quotes"] == 2


@pytest.mark.parametrize("bad", CASES, ids=[p.stem for p in CASES])
def test_each_bad_record_gives_one_clear_error(tmp_path: Path, bad: Path) -> None:
    policies = make_policies(tmp_path, bad)
    field, problem = expectation(bad)
    problems = run_checks(policies, include_user=False)["problems"]
    assert len(problems) == 1, [p.message for p in problems]
    error = problems[0]
    assert error.file.startswith(str(policies))
    if field == "(file)":
        assert error.field is None
    else:
        assert error.field == field
    assert problem in error.problem


@pytest.mark.parametrize("bad", CASES, ids=[p.stem for p in CASES])
def test_rights_check_exits_2_without_traceback(tmp_path: Path, bad: Path) -> None:
    policies = make_policies(tmp_path, bad)
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "check", "--policies", str(policies)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    _field, problem = expectation(bad)
    assert problem in run.stderr
    assert "1 problem(s)" in run.stdout


def test_stale_schema_is_reported(tmp_path: Path) -> None:
    policies = make_policies(tmp_path, CORPUS / "missing_field.toml")
    (policies / "companies" / "missing-field.toml").unlink()
    (policies / "schema.json").write_text('{"title": "old"}\n', encoding="utf-8")
    problems = run_checks(policies, include_user=False)["problems"]
    assert [p.problem for p in problems] == [
        "stale: it differs from the model; run `rights check --write-schema`"
    ]


def test_a_fifo_or_a_link_among_ones_own_records_is_skipped_not_followed(rights_home: Path) -> None:
    """A FIFO would hang every command that loads the catalog, and a link would make another
    file (here the system's password list) a record: both are skipped with a warning."""
    import os

    from assistant.records.catalog import Catalog

    own = rights_home / "policies" / "companies"
    own.mkdir(parents=True)
    os.mkfifo(own / "waiting.toml")
    target = rights_home / "elsewhere.toml"
    target.write_text('id = "elsewhere"\n', encoding="utf-8")
    (own / "linked.toml").symlink_to(target)
    catalog = Catalog.load(use_cache=False)
    assert "qualfon" in catalog
    said = {Path(p.file).name: p.problem for p in catalog.problems}
    assert "is not a regular file" in said["waiting.toml"]
    assert "symbolic link" in said["linked.toml"]
    assert target.read_text(encoding="utf-8") == 'id = "elsewhere"\n'


def test_a_record_nested_too_deeply_is_skipped(rights_home: Path) -> None:
    from assistant.records.catalog import Catalog

    own = rights_home / "policies" / "companies"
    own.mkdir(parents=True)
    (own / "deep.toml").write_text('id = "deep"\naliases = ' + "[" * 50_000 + "]" * 50_000)
    catalog = Catalog.load(use_cache=False)
    assert "qualfon" in catalog
    assert any("nested too deeply" in p.problem for p in catalog.problems)


def test_an_unreadable_record_of_ones_own_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mode 000 (or an I/O error): the record is named and skipped; nothing else stops."""
    from assistant.records.validation import RecordError, read_toml

    unreadable = tmp_path / "evil.toml"
    unreadable.write_text('id = "evil"\n', encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == unreadable:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(RecordError, match="cannot be read"):
        read_toml(unreadable)
