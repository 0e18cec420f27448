"""Understanding speed: time per message for `understand()`, its growth with length, the cap.

Prints figures; asserts nothing. Goals (issue 11): p95 under 5 ms a message on this 2-core
machine with the whole catalog loaded, time linear in the message's length, and a message over
the cap refused at once with a clear line. Messages: the project's own test table and the
development set tests/data/understanding/dev.jsonl (never the held-out set). The first call
loads the word-frequency tables (and the first place named, the city tables); it is reported
on its own, the figures after it are the steady state a conversation sees.

    python benchmarks/bench_understand.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "unit"))


def _timed(func: object, *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    func(*args, **kwargs)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="passes over the messages")
    args = parser.parse_args()
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="bench-understand-"))

    from test_understand import TABLE

    from assistant.records.catalog import load_catalog
    from assistant.understanding.understand import MAX_MESSAGE_CHARS, understand

    catalog = load_catalog()
    today = dt.date(2026, 11, 23)
    first = _timed(understand, "qualfon delete my data", catalog, today=today)
    first_place = _timed(understand, "Ich wohne in München", catalog, today=today)

    dev = REPO / "tests" / "data" / "understanding" / "dev.jsonl"
    rows = [json.loads(line) for line in dev.read_text("utf-8").splitlines()]
    messages = [(text, expecting) for text, _c, _r, expecting in TABLE]
    messages += [(row["text"], None) for row in rows]
    per_message: dict[str, list[float]] = {text: [] for text, _ in messages}
    for _ in range(max(1, args.rounds)):
        for text, expecting in messages:
            per_message[text].append(
                _timed(understand, text, catalog, expecting=expecting, today=today)
            )
    everything = sorted(t for v in per_message.values() for t in v)
    p95 = everything[int(len(everything) * 0.95) - 1]
    print(f"catalog: {len(catalog):,} companies; {len(messages)} messages x {args.rounds} rounds")
    print(
        f"first call (loads word tables): {first:.0f} ms; first place (city tables): "
        f"{first_place:.0f} ms"
    )
    print(
        f"per message: median {statistics.median(everything):.2f} ms, "
        f"p95 {p95:.2f} ms, max {everything[-1]:.2f} ms  (goal: p95 < 5 ms)"
    )

    print("length (characters) -> median ms, ms per 1,000 characters  (linear: flat last column)")
    base = " ".join(row["text"] for row in rows)
    while len(base) < MAX_MESSAGE_CHARS:
        base += " " + base
    for size in (250, 500, 1000, 2000, 4000, MAX_MESSAGE_CHARS):
        text = base[:size]
        times = [_timed(understand, text, catalog, today=today) for _ in range(5)]
        median = statistics.median(times)
        print(f"  {size:6,} -> {median:7.2f} ms  {median * 1000 / size:6.2f} ms/1k")

    huge = "a" * 1_000_000
    refused_ms = _timed(understand, huge, catalog, today=today)
    intent = understand(huge, catalog, today=today)
    print(f"1 MB message: {refused_ms:.2f} ms, kind={intent.kind!r}")
    print(f"  says: {intent.refused}")
    print("slowest messages (median ms):")
    medians = sorted((statistics.median(v), k) for k, v in per_message.items())
    for ms, text in medians[-5:][::-1]:
        print(f"  {ms:6.2f}  {text[:90]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
