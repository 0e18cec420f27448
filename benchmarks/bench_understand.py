"""Understanding speed: time per message for `understand()` over the test table.

Prints figures; asserts nothing. Goal (issue 6): under 10 ms a message on this 2-core machine,
with the whole catalog (~3,100 companies) loaded. The first call builds the per-catalog lookup
tables and is reported on its own; the figures after it are the steady state a conversation
sees.

    python benchmarks/bench_understand.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the table")
    args = parser.parse_args()
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="bench-understand-"))

    from test_understand import TABLE

    from assistant.records.catalog import load_catalog
    from assistant.understanding.understand import understand

    catalog = load_catalog()
    today = dt.date(2026, 11, 23)
    start = time.perf_counter()
    understand("warm up: qualfon delete my data, I live in California", catalog, today=today)
    first = time.perf_counter() - start

    per_message: dict[str, list[float]] = {row[0]: [] for row in TABLE}
    for _ in range(max(1, args.rounds)):
        for text, _company, _right, expecting in TABLE:
            t0 = time.perf_counter()
            understand(text, catalog, expecting=expecting, today=today)
            per_message[text].append(time.perf_counter() - t0)

    medians = sorted((statistics.median(v) * 1000, k) for k, v in per_message.items())
    everything = sorted(t * 1000 for v in per_message.values() for t in v)
    p95 = everything[int(len(everything) * 0.95) - 1]
    print(f"catalog: {len(catalog):,} companies; table: {len(TABLE)} messages x {args.rounds}")
    print(f"first call (builds lookup tables): {first * 1000:.1f} ms")
    print(
        f"per message: median {statistics.median(everything):.2f} ms, "
        f"mean {statistics.fmean(everything):.2f} ms, p95 {p95:.2f} ms, "
        f"max {everything[-1]:.2f} ms  (goal < 10 ms)"
    )
    print("slowest messages (median ms):")
    for ms, text in medians[-5:][::-1]:
        print(f"  {ms:6.2f}  {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
