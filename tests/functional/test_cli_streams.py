"""Output streams a person's shell may hand us: an ASCII-only terminal, a closed stdout."""

from __future__ import annotations

import os
import subprocess
import sys


def _rights(*argv: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *argv],
        capture_output="stdout" not in kw,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kw,
    )


def test_an_ascii_only_terminal_gets_question_marks_not_a_traceback() -> None:
    done = _rights("companies", "show", "qualfon", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Qualfon" in done.stdout
    assert "?" in done.stdout  # the policy's curly quotes, which ASCII cannot show


def test_a_closed_stdout_is_said_and_nothing_is_done() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import os, runpy, sys; os.close(1); sys.stdout = None; "
         "sys.argv = ['rights', 'laws']; runpy.run_module('assistant', run_name='__main__')"],
        capture_output=False, stderr=subprocess.PIPE, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "standard output is closed" in done.stderr
