"""Run scripted whole conversations and say which end as the person meant. Asserts nothing.

    python benchmarks/eval_conversations.py                       # conversations.jsonl
    python benchmarks/eval_conversations.py conversations2.jsonl  # the second, unseen set

Each script (tests/data/understanding/, format in its README) is sent turn by turn to a fresh
conversation with its own empty data folder. A "tracked" script must end in a tracked letter to
the expected company (mapped through the catalog by domain or name; a company the catalog lacks
must be the letter's addressee), for the expected right, signed with the expected name and
e-mail, for the expected residence; a "cancelled" or "no_letter" script must track nothing. The
script's last answer is given again while the conversation still asks to save or track (it asks
the two separately). Printed: how many end right, per language, and every miss with why.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "understanding"
TODAY = dt.date(2026, 11, 23)


def expected_ids(catalog: Any, company: dict[str, str] | None) -> set[str]:
    """Catalog ids for a company given by name and web domain."""
    from assistant.records.search import normalise

    if not company:
        return set()
    index = catalog.index
    found = {
        index.ids[index.term_owner[n]]
        for n in index.exact.get("@" + company["domain"].lower(), ())
        if n < len(index.term_owner)
    }
    found |= {
        index.ids[index.term_owner[n]]
        for n in index.exact.get(normalise(company["name"]), ())
        if index.term_kind[n] in ("name", "legal_name", "alias", "brand")
    }
    return found


# The sets give Germany, the US and Canada to the subdivision and every other country at
# country level; the assistant keeps a Swiss canton or a UK nation when it has one (their
# holidays differ), which is the expected country, more precisely.
SUBDIVIDED_IN_SETS = ("DE", "US", "CA")


def same_residence(got: str | None, want: str) -> bool:
    """The expected residence, or a subdivision of an expected country given at country level
    where the sets do not subdivide it (Bern: CH-BE for the expected CH)."""
    if got == want:
        return True
    country = (got or "").split("-")[0]
    return "-" not in want and country == want and want not in SUBDIVIDED_IN_SETS


# What the assistant may ask after the e-mail, and the fact of the script that answers it.
_FACT_FOR = {"address": "address", "correction_text": "correction", "identifiers": "details"}


def _answer_from_facts(conv: Any, facts: dict[str, str]) -> None:
    """Answer a question the scripted turns do not foresee from the script's `facts` (what
    the person would say when asked: their postal address, what to correct, identifying
    details), each at most once. Scripts without facts are played as written."""
    while (key := _FACT_FOR.get(conv.expecting or "")) and facts.get(key):
        conv.send(facts.pop(key))


def run_script(catalog: Any, script: dict[str, Any]) -> str | None:
    """None when the conversation ends as the script expects, else why not."""
    from assistant.dialogue.conversation import Conversation
    from assistant.ledger.store import Ledger

    with tempfile.TemporaryDirectory() as home:
        os.environ["RIGHTS_HOME"] = home
        conv = Conversation(catalog, today=TODAY, letters_dir=Path(home) / "letters")
        conv.start()
        facts = dict(script.get("facts") or {})
        for turn in script["turns"]:
            _answer_from_facts(conv, facts)
            conv.send(turn)
        _answer_from_facts(conv, facts)
        expect = script["expect"]
        if expect["outcome"] != "tracked":
            with Ledger.open() as ledger:
                tracked = ledger.list_requests()
            return f"tracked {len(tracked)} request(s) though cancelled" if tracked else None
        for _ in range(2):
            if conv.request_id is None and conv.stage in ("save", "track"):
                conv.send(script["turns"][-1])
        letter = conv.pending_letter
        if conv.request_id is None or letter is None:
            return f"nothing tracked; waiting on {conv.expecting!r}"
        ids = expected_ids(catalog, expect["company"])
        if ids and letter.company_id not in ids:
            return f"letter to {letter.company_id}, expected one of {sorted(ids)}"
        if not ids and expect["company"]["name"].lower() not in letter.recipient_name.lower():
            return f"letter to {letter.recipient_name!r}, expected {expect['company']['name']}"
        if letter.right != expect["right"]:
            return f"right {letter.right}, expected {expect['right']}"
        if (letter.sender_name, letter.sender_email) != (expect["name"], expect["email"]):
            return f"signed {letter.sender_name!r} <{letter.sender_email}>"
        if expect.get("residence") and not same_residence(conv.residence, expect["residence"]):
            return f"residence {conv.residence}, expected {expect['residence']}"
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default="conversations.jsonl")
    args = parser.parse_args()
    # Never the person's own data folder: the catalog cache goes to a scratch folder.
    os.environ.setdefault("RIGHTS_HOME", tempfile.mkdtemp(prefix="eval-conversations-"))
    from assistant.records.catalog import Catalog

    catalog = Catalog.load(include_user=False)
    scripts = [json.loads(line) for line in (DATA / args.file).read_text("utf-8").splitlines()]
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for script in scripts:
        why = run_script(catalog, script)
        per_lang[script["lang"]][1] += 1
        if why is None:
            per_lang[script["lang"]][0] += 1
        else:
            misses.append((script["id"], why))
    right = sum(r for r, _ in per_lang.values())
    print(f"{args.file}: {right}/{len(scripts)} end as the person meant")
    for lang, (r, n) in sorted(per_lang.items()):
        print(f"  {lang}: {r}/{n}")
    for script_id, why in misses:
        print(f"  miss {script_id}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
