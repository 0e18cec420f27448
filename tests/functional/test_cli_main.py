"""The `rights` entry point: no command, --help, the reminders fast path, bad commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.cli.main import COMMANDS, _plain_reminders, build_parser


def rights(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=120,
    )


def test_no_command_without_a_terminal_holds_the_plain_conversation() -> None:
    run = rights(stdin="does qualfon sell my data?\nquit\n")
    assert run.returncode == 0, run.stderr
    assert "Which company is it" in run.stdout
    assert "says it sells personal information" in run.stdout
    assert "We may share or sell your Personal Information" in run.stdout


def test_help_lists_every_command() -> None:
    run = rights("--help")
    assert run.returncode == 0
    for command in COMMANDS:
        assert f"\n    {command}" in run.stdout, command


def test_unknown_command_exits_2_with_argparse_message() -> None:
    run = rights("frobnicate")
    assert run.returncode == 2
    assert "invalid choice: 'frobnicate'" in run.stderr
    assert "Traceback" not in run.stderr


def test_each_command_alone_builds_a_parser_that_knows_it() -> None:
    for command, module in COMMANDS.items():
        listed = build_parser(command).format_help()
        assert f"\n    {command}" in listed, command
        # ... and only the commands of that one module.
        others = [c for c, m in COMMANDS.items() if m != module]
        assert not any(f"\n    {c} " in listed for c in others), command


def test_reminders_fast_path_reads_switches_and_today() -> None:
    args = _plain_reminders(["reminders", "--json", "-q", "--today", "2026-12-01"])
    assert args is not None
    assert (args.json, args.quiet, args.all, args.today) == (True, True, False, "2026-12-01")
    assert _plain_reminders(["reminders", "--today=2026-12-01"]).today == "2026-12-01"
    # Anything else goes to argparse, which gives the usual messages.
    assert _plain_reminders(["reminders", "--help"]) is None
    assert _plain_reminders(["reminders", "--jsn"]) is None
    assert _plain_reminders(["reminders", "--today"]) is None
    assert _plain_reminders(["requests"]) is None


def test_reminders_fast_path_and_argparse_agree() -> None:
    rights("track", "qualfon", "access", "--sent", "2026-10-01", "--residence", "US-CA")
    fast = rights("reminders", "--json", "--today", "2026-11-23")
    slow = rights("reminders", "--json", "--today", "2026-11-23", "--all")  # same with --json
    assert fast.returncode == slow.returncode == 0, fast.stderr + slow.stderr
    assert json.loads(fast.stdout) == json.loads(slow.stdout)
    assert json.loads(fast.stdout)[0]["kind"] == "overdue"
    bad = rights("reminders", "--today", "soon")
    assert bad.returncode == 2
    assert "--today wants a date like 2026-11-23" in bad.stderr


def test_argparse_and_our_messages_are_bounded_and_clean(capsys) -> None:
    """Whatever a message quotes (an unknown command, an unrecognised argument, a bad file
    name), no terminal control reaches the screen and no line runs to megabytes."""
    from assistant.cli.main import main

    for argv in (
        ["x" * 1_000_000],
        ["requests", "\x1b]0;owned\x07"],
        ["check", "\x1b[2J" + "y" * 100_000],
        ["deadlines", "--residence=US-CA", "--right", "z" * 1_000_000],
        ["requests", "export", "--out", "a\x00b"],
        ["requests", "import", "a\x00b"],
        ["companies", "learn", "p" * 1_000_000],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2, argv[:1]
        assert "\x1b" not in err and "\x07" not in err and "Traceback" not in err
        assert len(err) < 3000 and max(len(line) for line in err.splitlines()) <= 440


def test_piped_chat_that_is_not_utf8_is_refused() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "chat", "--plain", "--today", "2026-11-23"],
        input=b"qualfon\xff\xfe delete\nyes\n",
        capture_output=True,
        env=os.environ,
        timeout=120,
    )
    assert run.returncode == 2
    assert b"rights: message: is not UTF-8 text" in run.stderr
    assert b"Traceback" not in run.stderr


def test_a_data_folder_that_is_a_link_is_refused_and_nothing_is_written_through_it(
    tmp_path: Path,
) -> None:
    """The catalog's cache, the ledger and letters would all land where the link points."""
    real = tmp_path / "elsewhere"
    real.mkdir()
    link = tmp_path / "data"
    link.symlink_to(real)
    env = {**os.environ, "RIGHTS_HOME": str(link)}
    for argv in (["track", "qualfon", "access", "--sent", "2026-11-20", "--residence", "CA"],
                 ["companies", "search", "qualfon"]):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "assistant", *argv],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "symbolic link" in done.stderr and "Traceback" not in done.stderr
    assert list(real.iterdir()) == []


def test_a_closed_standard_input_answers_no_question(tmp_path: Path) -> None:
    """`requests delete` asks for confirmation; with stdin closed it deletes nothing."""
    env = {**os.environ, "RIGHTS_HOME": str(tmp_path / "home")}
    track = ["track", "qualfon", "access", "--sent", "2026-11-20", "--residence", "CA"]
    assert subprocess.run([sys.executable, "-m", "assistant", *track], env=env,
                          capture_output=True, timeout=120).returncode == 0  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "requests", "delete", "1"],
        capture_output=True, text=True, env=env,
        timeout=120, preexec_fn=lambda: os.close(0),
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "confirmation" in done.stderr
    listed = subprocess.run([sys.executable, "-m", "assistant", "requests", "--json"], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert len(json.loads(listed.stdout)) == 1


def test_output_to_a_full_device_is_said_with_status_2(tmp_path: Path) -> None:
    """stdout on /dev/full: not Python's 'Exception ignored' and status 120."""
    env = {**os.environ, "RIGHTS_HOME": str(tmp_path / "home")}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "laws"],
            stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
