"""The project's own rules: README and CI agree, the wheel carries the data, the core is UI-free."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ci.startswith("python3 -m venv .venv &&")
    assert f"    {ci}\n" in readme


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def _core_files() -> list[Path]:
    """Every module of the core: all of assistant/ but the two front ends, cli/ and tui/."""
    return sorted((REPO / "assistant").glob("*.py"))


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_never_imports_textual(path: Path) -> None:
    assert "textual" not in _imports(path)


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_never_reads_the_clock(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for forbidden in ("date.today(", "datetime.now(", "datetime.today(", "time.time("):
        assert forbidden not in source, f"{path.name} reads the clock: {forbidden}"


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_never_touches_the_network(path: Path) -> None:
    assert not _imports(path) & {"socket", "urllib3", "requests", "httpx", "http"}


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(path.relative_to(REPO))
        for path in (REPO / "assistant").rglob("*.py")
        if path.stat().st_size and ast.get_docstring(ast.parse(path.read_text("utf-8"))) is None
    ]
    assert missing == []


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
    reason="ruff not installed",
)
def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    run = subprocess.run(
        [str(ruff if ruff.exists() else "ruff"), "check", "assistant", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def test_import_contracts_hold() -> None:
    """The layers and independence contracts of DESIGN.md, as pyproject.toml states them."""
    run = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_mypy_is_clean() -> None:
    run = subprocess.run(
        [_tool("mypy"), "--no-incremental"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]


def test_no_module_level_getattr_and_no_huge_modules() -> None:
    """No facade re-exporting another module; no module a newcomer cannot read in one go."""
    for path in (REPO / "assistant").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert "__getattr__" not in names, path
        lines = path.read_text("utf-8").count("\n")
        assert lines < 500, f"{path.relative_to(REPO)} has {lines} lines"


def test_sub_package_inits_are_empty() -> None:
    inits = list((REPO / "assistant").glob("*/__init__.py"))
    inits += list((REPO / "assistant").glob("*/*/__init__.py"))
    assert len(inits) >= 10
    for init in inits:
        assert init.read_text("utf-8").strip() == "", init


def test_wheel_carries_letters_and_policies(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    wheel = next(tmp_path.glob("rights_assistant-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("letters", "policies/companies", "policies/laws", "policies/sources"):
        shipped = sorted(
            p.relative_to(REPO).as_posix() for p in (REPO / folder).glob("*") if p.is_file()
        )
        for rel in shipped:
            assert f"assistant/_data/{rel}" in names, rel
    assert "assistant/_data/policies/schema.json" in names
    # Unpacked, the package finds its data inside itself, not in a checkout.
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    found = subprocess.run(
        [sys.executable, "-c", "from assistant import paths; print(paths.policies_dir())"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert found.stdout.strip() == str(unpacked / "assistant" / "_data" / "policies")
