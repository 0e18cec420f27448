"""Company names people ask about: does the assistant find the right company, or ask?

Reads tests/data/company_names.jsonl (150 names: US and European brands, data brokers, banks,
telcos, retailers and apps, written down with the right catalog records before any tuning;
every third line is held out) and prints, per split, how many names resolve to the right
company, to a wrong one, or to none (the assistant asks). Asserts nothing.

    python benchmarks/eval_company_names.py [--split dev|heldout|both] [--misses] [--chat]

Scoring: a name whose company is in the catalog is right when it resolves to records that are
all among the expected ids; "not in catalog" and "ask" names are right when nothing resolves.
A resolution to any other record is a wrong company. `--chat` also scores the bare name as a
chat message (`understand`), which picks a company in its own way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data" / "company_names.jsonl"


def rows(split: str) -> list[dict[str, Any]]:
    """The names of one split ("dev", "heldout") or of both."""
    found = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in found if split == "both" or r["split"] == split]


def score(picked: list[str], row: dict[str, Any]) -> str:
    """ "right", "wrong" (a wrong company) or "asked" (no company, where one was expected)."""
    wanted = set(row.get("ids") or ())
    if not picked:
        return "asked" if wanted else "right"
    return "right" if wanted and set(picked) <= wanted else "wrong"


def evaluate(split: str, chat: bool) -> dict[str, Any]:
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="eval-company-names-"))
    from assistant.records.catalog import load_catalog
    from assistant.records.resolve import resolve_name

    catalog = load_catalog(include_user=False)
    counts: dict[str, Counter[str]] = {"resolve": Counter(), "chat": Counter()}
    misses: list[str] = []
    for row in rows(split):
        found = resolve_name(catalog, row["name"])
        outcome = score(found.company, row)
        counts["resolve"][outcome] += 1
        if outcome != "right":
            misses.append(
                f"{outcome:6} {row['name']!r}: want {row.get('ids') or row['expected']}, "
                f"got {found.company or '-'} (candidates {found.candidates[:3]})"
            )
        if chat:
            from assistant.understanding.understand import understand

            intent = understand(row["name"], catalog, expecting="company")
            counts["chat"][score([intent.company] if intent.company else [], row)] += 1
    return {
        "split": split,
        "counts": {k: dict(v) for k, v in counts.items() if v},
        "misses": misses,
    }


def line(label: str, counter: dict[str, int]) -> str:
    n = sum(counter.values())
    right = counter.get("right", 0)
    return (
        f"  {label:8} right {right}/{n} = {100 * right / n:.1f}%  wrong company "
        f"{counter.get('wrong', 0)}  asked {counter.get('asked', 0)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="list every name not right")
    parser.add_argument("--chat", action="store_true", help="also score the chat's reading")
    args = parser.parse_args()
    for split in ("dev", "heldout") if args.split == "both" else (args.split,):
        result = evaluate(split, args.chat)
        print(f"{split}:")
        for label, counter in result["counts"].items():
            print(line(label, counter))
        if args.misses:
            for miss in result["misses"]:
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
