"""Evaluate `understand()` against the independent evaluation set in tests/data/understanding/.

Prints, for a split (dev by default), how often company and right are both right, overall, per
language and per kind, how many messages would send the person toward a wrong company, and the
misses. Asserts nothing.

    python benchmarks/eval_understanding.py [--split dev|heldout|heldout2|...|heldout5]
        [--misses] [--json]

Scoring (README of the set): the expected company is given by name and domain, so it is mapped
through the catalog (a domain, a country variant of the same site, or an exact name). A message
whose company is not in the catalog, or that needs a question ("my bank", two companies named
with no preference), is right only when the assistant picks no company. The right counts only
when the assistant reads the message as a request; a question, complaint or off-topic message
is right when no right is acted on. "Wrong company" counts messages where a company was picked
that is not the expected one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data" / "understanding"
sys.path.insert(0, str(REPO / "benchmarks"))
from eval_conversations import same_residence  # noqa: E402


def _label(domain: str) -> str:
    parts = domain.lower().removeprefix("www.").split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "gv"):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def expected_ids(catalog: Any, company: dict[str, str] | None) -> set[str]:
    """Catalog ids that stand for the expected company: by domain, by a country variant of the
    same site, or by its exact name as a record's name, legal name, alias or brand."""
    if not company:
        return set()
    from assistant.records.search import normalise

    index = catalog.index
    found: set[str] = set()
    domain = company["domain"].lower()
    for term_no in index.exact.get("@" + domain, ()):
        if term_no < len(index.term_owner):
            found.add(index.ids[index.term_owner[term_no]])
    name = normalise(company["name"])
    for term_no in index.exact.get(name, ()):
        if index.term_kind[term_no] in ("name", "legal_name", "alias", "brand"):
            found.add(index.ids[index.term_owner[term_no]])
    if not found:  # a country variant of the same site: amazon.de for amazon.fr
        label = _label(domain)
        for key, term_nos in index.exact.items():
            if key.startswith("@") and _label(key[1:]) == label:
                for term_no in term_nos:
                    if term_no < len(index.term_owner):
                        owner = index.term_owner[term_no]
                        if normalise(index.names[owner]).startswith(label[:4]):
                            found.add(index.ids[owner])
    return found


# The assistant's kinds of message, and the set's intents, in the same few groups.
_KIND_AS_INTENT = {
    "request": "request", "question": "question", "complaint": "complaint_other",
    "command": "command", "refused": "other",
}  # fmt: skip
_INTENT_GROUP = {"offtopic": "other", "smalltalk": "other"}


def evaluate(split: str) -> dict[str, Any]:
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="eval-understanding-"))
    from assistant.records.catalog import load_catalog
    from assistant.understanding.understand import understand

    catalog = load_catalog()
    rows = [json.loads(line) for line in (DATA / f"{split}.jsonl").read_text("utf-8").splitlines()]
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    wrong_company = 0
    residence = Counter[str]()
    intents = Counter[str]()
    for row in rows:
        expect = row["expect"]
        ids = expected_ids(catalog, expect["company"])
        context = expected_ids(catalog, row.get("context_company"))
        current = sorted(context)[0] if context else None
        intent = understand(row["text"], catalog, current_company=current)
        picked = intent.company
        right = intent.right if intent.kind == "request" else None
        company_ok = picked in ids if ids and not expect["company_must_ask"] else picked is None
        wrong = picked is not None and picked not in ids
        wrong_company += wrong
        right_ok = right == expect["right"]
        ok = company_ok and right_ok
        for counter in (per_lang[row["lang"]], per_lang["all"], per_kind[row["kind"]]):
            counter["n"] += 1
            counter["ok"] += ok
            counter["wrong_company"] += wrong
        intents["n"] += 1
        intents["ok"] += _KIND_AS_INTENT.get(intent.kind, "other") == _INTENT_GROUP.get(
            expect["intent"], expect["intent"]
        )
        if expect.get("residence"):
            residence["n"] += 1
            residence["ok"] += same_residence(intent.residence, expect["residence"])
        if not ok:
            misses.append(
                {
                    "id": row["id"],
                    "text": row["text"][:160],
                    "want": {
                        "company": (expect["company"] or {}).get("name")
                        or ("ASK" if expect["company_must_ask"] else None),
                        "in_catalog": sorted(ids)[:3],
                        "right": expect["right"],
                        "intent": expect["intent"],
                    },
                    "got": {
                        "company": picked,
                        "candidates": [c.id for c in intent.companies[:3]],
                        "right": right,
                        "kind": intent.kind,
                    },
                    "wrong_company": wrong,
                }
            )
    return {
        "split": split,
        "per_language": {k: dict(v) for k, v in per_lang.items()},
        "per_kind": {k: dict(v) for k, v in per_kind.items()},
        "wrong_company": wrong_company,
        "residence": dict(residence),
        "intent": dict(intents),
        "misses": misses,
    }


def _pct(counter: dict[str, int]) -> str:
    n = counter.get("n", 0)
    return f"{counter.get('ok', 0)}/{n} = {100 * counter.get('ok', 0) / n:.1f}%" if n else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=sorted(f.stem for f in DATA.glob("*.jsonl") if not f.stem.startswith("conv")),
        default="dev",
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="everything as JSON")
    args = parser.parse_args()
    result = evaluate(args.split)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"split: {args.split}  (company and right both right)")
    for lang in ("all", "en", "de", "fr", "es", "it", "nl"):
        if lang in result["per_language"]:
            counter = result["per_language"][lang]
            wrong = counter.get("wrong_company", 0)
            print(f"  {lang:4} {_pct(counter):>18}  wrong company: {wrong}")
    print("per kind:")
    for kind, counter in sorted(result["per_kind"].items()):
        print(f"  {kind:14} {_pct(counter):>18}  wrong company: {counter.get('wrong_company', 0)}")
    print(f"sent toward a wrong company: {result['wrong_company']}")
    print(f"residence right: {_pct(result['residence'])}")
    print(
        f"kind of message right (request/question/complaint/command/other): "
        f"{_pct(result['intent'])}"
    )
    if args.misses:
        for miss in result["misses"]:
            flag = "  WRONG COMPANY" if miss["wrong_company"] else ""
            print(f"- {miss['id']}: {miss['text']}{flag}")
            print(f"    want {miss['want']}")
            print(f"    got  {miss['got']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
