"""How long `rights reminders` takes with 10,000 tracked requests, against a bare interpreter.

Goal (issue 5): no more than about 3x `python -c pass` of the same interpreter. The script
fills a ledger in a temporary $RIGHTS_HOME, then runs each command many times, interleaved,
and prints the medians and the ratio. It measures; it asserts nothing.

    python benchmarks/bench_reminders.py [--runs 40] [--requests 10000] [--open-share 0.1]

`--open-share` is the part of the requests still open (the rest are fulfilled, denied or
closed); 1.0 is the worst case, where every request is waiting on a company. The commands run
with byte-code caching on (PYTHONPYCACHEPREFIX in the temp folder), as after a normal install.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 23)


def fill_ledger(home: Path, count: int, open_share: float, seed: int = 5) -> None:
    """`count` requests with plausible dates, in one transaction (the Ledger's own schema)."""
    os.environ["RIGHTS_HOME"] = str(home)
    from assistant.ledger.store import Ledger

    rng = random.Random(seed)
    rights = ("access", "deletion", "opt_out", "correction")
    finished = ("fulfilled", "denied", "closed")
    waiting = ("sent", "acknowledged", "extended", "needs_action")
    rows, events = [], []
    for n in range(1, count + 1):
        is_open = rng.random() < open_share
        sent = TODAY - dt.timedelta(days=rng.randint(0, 120) if is_open else rng.randint(60, 1100))
        received = sent + dt.timedelta(days=rng.choice((0, 0, 0, 5)))
        respond_by = received + dt.timedelta(days=45)
        status = rng.choice(waiting) if is_open else rng.choice(finished)
        due = respond_by + dt.timedelta(days=45) if status == "extended" else respond_by
        deadlines = {"law": "ccpa", "explanations": ["(benchmark data)"], "citations": []}
        rows.append(
            (
                n,
                f"RA-BENCH-{n:06d}",
                f"company-{rng.randint(1, 800)}",
                f"Company {n % 800}",
                rng.choice(rights),
                "ccpa",
                "CCPA",
                "California Privacy Protection Agency",
                "US-CA",
                "email",
                status,
                sent.isoformat(),
                received.isoformat(),
                (received + dt.timedelta(days=14)).isoformat(),
                respond_by.isoformat(),
                (received + dt.timedelta(days=90)).isoformat(),
                respond_by.isoformat(),
                due.isoformat(),
                rng.choice((0, 0, 1)),
                json.dumps(deadlines),
            )
        )
        events.append((n, "sent", sent.isoformat()))
        if status == "needs_action":
            events.append((n, "identity_asked", (sent + dt.timedelta(days=3)).isoformat()))
    with Ledger.open() as ledger, ledger._write() as conn:
        conn.executemany(
            """INSERT INTO requests (id, reference, company_id, company_name, right, law_id,
                law_name, regulator, residence, channel, status, sent, received,
                acknowledge_by, respond_by, extended_respond_by, extension_notice_by, due,
                followups, deadlines_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        conn.executemany("INSERT INTO events (request_id, event, on_date) VALUES (?, ?, ?)", events)


def time_runs(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict:
    """Median, min and max wall time (ms) of each command, runs interleaved."""
    timings: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm-up: .pyc files, page cache
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    for _ in range(runs):
        for name, cmd in commands.items():
            start = time.perf_counter()
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
            timings[name].append((time.perf_counter() - start) * 1000)
    return {name: (statistics.median(t), min(t), max(t)) for name, t in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--open-share", type=float, default=0.1)
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="rights-bench-"))
    try:
        fill_ledger(home, args.requests, args.open_share)
        # Byte-code caching as in a normal install (this environment may set
        # PYTHONDONTWRITEBYTECODE); the cache goes to the temp folder, not the source tree.
        env = {**os.environ, "RIGHTS_HOME": str(home), "PYTHONPYCACHEPREFIX": str(home / "pyc")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        py = sys.executable
        today = TODAY.isoformat()
        commands = {
            "python -c pass": [py, "-c", "pass"],
            "python -m assistant reminders": [py, "-m", "assistant", "reminders", "--today", today],
        }
        script = Path(py).with_name("rights")
        if script.exists():
            commands["rights reminders"] = [str(script), "reminders", "--today", today]
        commands["rights reminders --json"] = [py, "-m", "assistant", "reminders", "--json",
                                               "--today", today]  # fmt: skip
        # Where the time goes: the package's entry point alone, and the full parser that
        # `rights --help` builds (the reminders path builds none of it).
        commands["import assistant.cli.main"] = [py, "-c", "import assistant.cli.main"]
        commands["assistant.cli.build_parser()"] = [
            py, "-c", "from assistant.cli.main import build_parser; build_parser()"
        ]  # fmt: skip
        lines = subprocess.run(
            commands["python -m assistant reminders"], env=env, capture_output=True, text=True
        ).stdout.count("\n")
        results = time_runs(commands, args.runs, env)
        base = results["python -c pass"][0]
        print(
            f"{args.requests} requests ({args.open_share:.0%} open), {lines} reminder lines, "
            f"{args.runs} runs each, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
        )
        for name, (median, low, high) in results.items():
            print(
                f"  {name:<32} median {median:7.1f} ms  (min {low:6.1f}, max {high:6.1f})"
                f"  ratio {median / base:4.2f}x"
            )
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
