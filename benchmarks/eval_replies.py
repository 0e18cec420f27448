"""How well the reply reader reads: accuracy on tests/data/replies/{dev,heldout}, per language.

    .venv/bin/python benchmarks/eval_replies.py              # both sets
    .venv/bin/python benchmarks/eval_replies.py --split dev  # while working: dev only

Each set is a folder of replies (.eml, .txt, .mbox; a message of an mbox is `name.mbox#N`) and a
labels.json giving, per message, the event, reason, new_due, extension and language. Printed:
event, reason and date accuracy (new_due and extension both exact) per language and overall,
then every miss as file, expected, got. "quote" (not a target, shown for information) is the
share whose quoted sentence is the labelled deciding sentence. "refusal reason" counts only the
replies labelled `denied` or `answered_part` with a reason: how many of those reasons are right.
A reply that crashes the reader counts as a miss on every field and is listed as a crash. The
held-out sets are never used to write the reader.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "replies"


# The events whose reason says why (part of) the request was refused.
REFUSALS = ("denied", "answered_part")


def readings(folder: Path) -> dict[str, dict[str, Any]]:
    """name -> what the reader made of it (or {"crash": message})."""
    from assistant.replies.classify import read_reply
    from assistant.replies.message import read_messages

    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.iterdir()):
        if path.name == "labels.json" or path.name.startswith("."):
            continue
        try:
            messages = read_messages(path.read_bytes(), path.name)
            many = path.suffix == ".mbox"
            for index, message in enumerate(messages, start=1):
                key = f"{path.name}#{index}" if many else path.name
                out[key] = read_reply(message).as_dict()
        except Exception as exc:
            out[path.name] = {"crash": f"{type(exc).__name__}: {exc}"}
    return out


def score(split: str) -> tuple[dict[str, list[int]], list[str]]:
    folder = DATA / split
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    got = readings(folder)
    table: dict[str, list[int]] = defaultdict(
        lambda: [0, 0, 0, 0, 0, 0, 0]
    )  # n, event, reason, dates, quote, refusals, refusal reasons right
    misses: list[str] = []
    for name, want in sorted(labels.items()):
        have = got.get(name) or got.get(name.split("#")[0]) or {"crash": "not read"}
        row = table[want.get("language") or "?"]
        total = table["all"]
        fields = {
            "event": have.get("event") == want["event"],
            "reason": have.get("reason") == want["reason"],
            "dates": have.get("new_due") == want["new_due"]
            and have.get("extension") == want["extension"],
        }
        quote_ok = _same(have.get("quote"), want.get("quote"))
        for counts in (row, total):
            counts[0] += 1
            for i, key in enumerate(("event", "reason", "dates"), start=1):
                counts[i] += int(fields[key])
            counts[4] += int(quote_ok)
            if want["event"] in REFUSALS and want["reason"]:
                counts[5] += 1
                counts[6] += int(fields["reason"])
        if "crash" in have:
            misses.append(f"  {name}: CRASH {have['crash']}")
        elif not all(fields.values()):
            wrong = [k for k, ok in fields.items() if not ok]
            exp = {k: want[k] for k in ("event", "reason", "new_due", "extension")}
            out = {k: have.get(k) for k in exp}
            misses.append(f"  {name} ({', '.join(wrong)}): expected {exp}; got {out}")
    return table, misses


def _same(got: str | None, want: str | None) -> bool:
    """The quoted sentence is the labelled one (whitespace aside), or contains it."""
    if not got or not want:
        return got == want
    return " ".join(want.split()) in " ".join(got.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=(*sorted(d.name for d in DATA.iterdir() if d.is_dir()), "both"),
        default="both",
    )
    args = parser.parse_args()
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    for split in splits:
        table, misses = score(split)
        print(f"== {split}")
        print(
            f"  {'lang':5} {'n':>3} {'event':>7} {'reason':>7} {'dates':>7} {'quote':>7} "
            f"{'refusal reason':>16}"
        )
        for lang in sorted(table, key=lambda k: (k == "all", k)):
            n, event, reason, dates, quote, refused, why = table[lang]
            share = f"{why}/{refused} = {why / refused:.0%}" if refused else "-"
            print(
                f"  {lang:5} {n:3d} {event / n:7.1%} {reason / n:7.1%} {dates / n:7.1%} "
                f"{quote / n:7.1%} {share:>16}"
            )
        print(f"  misses ({len(misses)}):" if misses else "  no misses")
        for line in misses:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
