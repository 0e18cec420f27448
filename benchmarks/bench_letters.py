"""Letters: 1,000 requests composed and rendered to .txt and .eml, beside bare Jinja2 rendering;
the same for a German GDPR letter, the applicable-law look-up alone, and 50 PDFs.

Run: python benchmarks/bench_letters.py [N]

Three figures, measured in the same run on the same record (qualfon, deletion, California):
- bare Jinja2: `Template.render` of letters/deletion.j2 with a ready-made context, N times;
- compose: `compose_request` (law look-up, deadlines, identity, rendering the body,
  subject and signature), N times;
- compose + .txt + .eml: the above plus `to_text` and `to_eml`, i.e. the two files' bytes;
- applicable_laws alone (both sides: residence and the company's establishment and reach);
- a German GDPR access letter to Zalando (established in Germany) for a Californian;
- N / 20 PDFs of the Qualfon letter (fpdf2, page numbers and the reference on every page).
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
    from assistant.letters import request
    from assistant.letters.model import Person
    from assistant.letters.output import to_eml, to_text
    from assistant.letters.request import compose_request
    from assistant.letters.templates import environment
    from assistant.records.catalog import load_catalog

    record = load_catalog().get("qualfon")
    person = Person(name="Jane Q. Public", email="jane@example.com")
    today = dt.date(2026, 11, 23)

    captured: dict = {}
    real_render = request.render

    def capture(kind, context, lang="en"):  # type: ignore[no-untyped-def]
        captured["context"] = dict(context)
        return real_render(kind, context, lang)

    request.render = capture  # type: ignore[assignment]
    compose_request(record, "deletion", person, residence="US-CA", today=today)
    request.render = real_render  # type: ignore[assignment]
    template = environment("en").get_template("deletion.j2")
    context = captured["context"]

    start = time.perf_counter()
    for _ in range(n):
        template.render(context)
    bare = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(n):
        compose_request(record, "deletion", person, residence="US-CA", today=today)
    composed = time.perf_counter() - start

    size = 0
    start = time.perf_counter()
    for _ in range(n):
        letter = compose_request(record, "deletion", person, residence="US-CA", today=today)
        size += len(to_text(letter).encode()) + len(to_eml(letter))
    full = time.perf_counter() - start

    letter = compose_request(record, "deletion", person, residence="US-CA", today=today)
    start = time.perf_counter()
    for _ in range(n):
        to_eml(letter)
    eml_only = time.perf_counter() - start

    from assistant.law.applicable import applicable_laws
    from assistant.letters.output import to_pdf

    start = time.perf_counter()
    for _ in range(n):
        applicable_laws(record, "US-CA", "deletion", today=today)
    lookup = time.perf_counter() - start

    zalando = load_catalog().get("zalando")
    start = time.perf_counter()
    for _ in range(n):
        german = compose_request(
            zalando, "access", person, residence="US-CA", today=today, language="de"
        )
        to_text(german)
    german_time = time.perf_counter() - start

    pdfs = max(n // 20, 1)
    start = time.perf_counter()
    for _ in range(pdfs):
        to_pdf(letter)
    pdf_time = time.perf_counter() - start

    def line(label: str, seconds: float, count: int = n) -> None:
        print(f"  {label:<36}: {seconds:7.3f} s  ({seconds / count * 1e3:6.3f} ms each)")

    print(f"letters: {n} deletion letters to Qualfon (CCPA), Python {sys.version.split()[0]}")
    line("bare Jinja2 render of deletion.j2", bare)
    line("compose_request", composed)
    line("compose + .txt + .eml", full)
    line("of which .eml alone (stdlib email)", eml_only)
    line("applicable_laws alone", lookup)
    line("German GDPR access letter + .txt", german_time)
    line(f"PDF ({pdfs} letters)", pdf_time, pdfs)
    print(f"  bytes produced (.txt + .eml)        : {size:,}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
