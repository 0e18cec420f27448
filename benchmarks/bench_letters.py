"""Letters: 1,000 requests composed and rendered to .txt and .eml, beside bare Jinja2 rendering.

Run: python benchmarks/bench_letters.py [N]

Three figures, measured in the same run on the same record (qualfon, deletion, California):
- bare Jinja2: `Template.render` of letters/deletion.j2 with a ready-made context, N times;
- compose: `letters.compose_request` (law look-up, deadlines, identity, rendering the body,
  subject and signature), N times;
- compose + .txt + .eml: the above plus `to_text` and `to_eml`, i.e. the two files' bytes.
Nothing is written to disk; the numbers are wall-clock seconds from time.perf_counter.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time


def main(n: int = 1000) -> None:
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="rights-bench-"))
    from assistant.letters import compose as letters
    from assistant.records.catalog import load_catalog

    record = load_catalog().get("qualfon")
    person = letters.Person(name="Jane Q. Public", email="jane@example.com")
    today = dt.date(2026, 11, 23)

    captured: dict = {}
    real_render = letters.render

    def capture(kind, context):  # type: ignore[no-untyped-def]
        captured["context"] = dict(context)
        return real_render(kind, context)

    letters.render = capture  # type: ignore[assignment]
    letters.compose_request(record, "deletion", person, residence="US-CA", today=today)
    letters.render = real_render  # type: ignore[assignment]
    template = letters.environment().get_template("deletion.j2")
    context = captured["context"]

    start = time.perf_counter()
    for _ in range(n):
        template.render(context)
    bare = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(n):
        letters.compose_request(record, "deletion", person, residence="US-CA", today=today)
    composed = time.perf_counter() - start

    size = 0
    start = time.perf_counter()
    for _ in range(n):
        letter = letters.compose_request(record, "deletion", person, residence="US-CA", today=today)
        size += len(letters.to_text(letter).encode()) + len(letters.to_eml(letter))
    full = time.perf_counter() - start

    letter = letters.compose_request(record, "deletion", person, residence="US-CA", today=today)
    start = time.perf_counter()
    for _ in range(n):
        letters.to_eml(letter)
    eml_only = time.perf_counter() - start

    def line(label: str, seconds: float) -> None:
        print(f"  {label:<36}: {seconds:7.3f} s  ({seconds / n * 1e3:6.3f} ms each)")

    print(f"letters: {n} deletion letters to Qualfon (CCPA), Python {sys.version.split()[0]}")
    line("bare Jinja2 render of deletion.j2", bare)
    line("compose_request", composed)
    line("compose + .txt + .eml", full)
    line("of which .eml alone (stdlib email)", eml_only)
    print(f"  bytes produced (.txt + .eml)        : {size:,}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
