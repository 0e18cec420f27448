"""How long the terminal app takes to show its first screen, against a bare Textual app.

Each run is a fresh Python process, timed from start to exit. The bare app shows one line of
text and exits once its first frame is drawn; Rights Assistant exits at the same point (the
moment it would start loading the catalog in its worker thread). Both run headless, alternately,
many times; the script prints the medians and their ratio (the goal is 1.25 or less).

    python benchmarks/bench_tui_startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Hello")

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run(headless=True)
"""

RIGHTS = """
import datetime as dt
from assistant.tui.app import create_app

app = create_app(today=dt.date(2026, 11, 23))
app._start_loading = app.exit  # the first frame is drawn: stop before loading the catalog
app.run(headless=True)
"""


def time_once(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs of each app (default 21)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "RIGHTS_HOME": home}
        env.pop("NO_COLOR", None)
        for code in (BARE, RIGHTS):  # warm the file cache and the bytecode
            time_once(code, env)
        bare, rights = [], []
        for _ in range(args.runs):
            bare.append(time_once(BARE, env))
            rights.append(time_once(RIGHTS, env))
    bare_median = statistics.median(bare)
    rights_median = statistics.median(rights)
    print(f"runs each:                 {args.runs}")
    print(f"bare Textual app (median): {bare_median * 1000:7.1f} ms")
    print(f"Rights Assistant (median): {rights_median * 1000:7.1f} ms")
    print(f"ratio:                     {rights_median / bare_median:7.2f}  (goal <= 1.25)")
    print(f"min bare / rights:         {min(bare) * 1000:7.1f} / {min(rights) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
