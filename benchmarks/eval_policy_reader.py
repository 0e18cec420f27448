"""Policy reader accuracy against the hand annotations in tests/data/policy_reader/.

Prints, per field, how many policies the reader got right, plus speed, quote checks (every
quote must be a verbatim slice of the policy) and invented contacts (a contact not written in
the policy). Asserts nothing.

    python benchmarks/eval_policy_reader.py            # the dev set (38 policies)
    python benchmarks/eval_policy_reader.py --heldout7 # a held-out set (--heldout, --heldout2,
                                                       # ... or --split NAME): final report only
    python benchmarks/eval_policy_reader.py --misses   # also list every wrong field

A field is right when:
- company_name: both empty, or the same name once legal suffixes and punctuation are dropped;
- emails / phones: the same set (e-mails ignoring case, phones by their digits);
- postal_addresses: the same number, each matching one annotated address (rapidfuzz >= 90);
- web_forms: the same set of URLs (ignoring scheme, "www.", a trailing slash, escapes);
- rights.*: the same `offered`; rights_regions: same regions for each offered right;
- response_days, extension, authorized_agent, sells, shares_for_ads, gpc, dnt, role: same value;
- verification, retention: both stated or both silent (their values are free text).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402

from assistant.records.policy_text import load_policy  # noqa: E402
from assistant.records.reader import read_policy  # noqa: E402
from assistant.records.search import normalise  # noqa: E402

DATA = REPO / "tests" / "data" / "policy_reader"
CORPUS = Path("/work/shared/policy-corpus")
RIGHT_NAMES = ("access", "deletion", "opt_out", "correction")
VALUE_FIELDS = (
    "response_days", "extension", "authorized_agent", "sells", "shares_for_ads", "gpc", "dnt",
    "role",
)  # fmt: skip
PRESENCE_FIELDS = ("verification", "retention")


def _url(url: str) -> str:
    url = url.replace("\\", "").lower()
    url = re.sub(r"^https?://", "", url).removeprefix("www.")
    return url.rstrip("/")


def _extension(value: object) -> object:
    if not isinstance(value, str):
        return value
    match = re.match(r"(\d+)\s*(day|month)", value)
    return (int(match.group(1)) * (30 if match.group(2) == "month" else 1)) if match else value


def compare(gold: dict, got: dict) -> dict[str, bool]:
    """Field -> right or wrong, for one policy."""
    out: dict[str, bool] = {}
    g_name, p_name = gold["company_name"], got["company_name"]
    out["company_name"] = (g_name is None and p_name is None) or (
        g_name is not None and p_name is not None and normalise(g_name) == normalise(p_name)
    )
    out["emails"] = {e["value"].lower() for e in gold["emails"]} == {
        e["value"].lower() for e in got["emails"]
    }
    out["phones"] = {re.sub(r"\D", "", p["value"]) for p in gold["phones"]} == {
        re.sub(r"\D", "", p["value"]) for p in got["phones"]
    }
    g_addr = [a["value"].lower() for a in gold["postal_addresses"]]
    p_addr = [a["value"].lower() for a in got["postal_addresses"]]
    out["postal_addresses"] = len(g_addr) == len(p_addr) and all(
        any(fuzz.token_set_ratio(g, p) >= 90 for p in p_addr) for g in g_addr
    )
    out["web_forms"] = {_url(w["url"]) for w in gold["web_forms"]} == {
        _url(w["url"]) for w in got["web_forms"]
    }
    regions_ok = True
    for right in RIGHT_NAMES:
        g, p = gold["rights"][right], got["rights"][right]
        out[f"rights.{right}"] = g["offered"] == p["offered"]
        if g["offered"] and p["offered"]:
            regions_ok &= sorted(g["regions"] or []) == sorted(p["regions"] or [])
    out["rights_regions"] = regions_ok
    for field in VALUE_FIELDS:
        out[field] = _extension(gold[field]["value"]) == _extension(got[field]["value"])
    for field in PRESENCE_FIELDS:
        out[field] = (gold[field]["value"] is None) == (got[field]["value"] is None)
    return out


def quotes_of(reading: dict) -> list[str]:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "quote" and isinstance(item, str):
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(reading)
    return found


def invented(reading: dict, text: str) -> list[str]:
    """Contacts the reader gives that are not written in the policy."""
    bad = [e["value"] for e in reading["emails"] if e["value"] not in text]
    bad += [p["value"] for p in reading["phones"] if p["value"] not in text]
    bad += [w["url"] for w in reading["web_forms"] if w["url"] not in text]
    for address in reading["postal_addresses"]:
        bad += [part for part in address["value"].split(", ") if part not in text]
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = sorted(path.stem for path in DATA.glob("*.txt"))
    parser.add_argument(
        "--split", choices=splits, default="dev", help="the set to score (default: dev)"
    )
    for name in splits[1:]:  # --heldout, --heldout2, ...: the same as --split heldoutN
        parser.add_argument(
            f"--{name}", action="store_const", const=name, dest="split", help=f"score {name}"
        )
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--seeds", action="store_true", help="compare with the seed records")
    args = parser.parse_args()
    if args.seeds:
        seeds()
        return
    split = args.split
    stems = (DATA / f"{split}.txt").read_text(encoding="utf-8").split()
    totals: dict[str, int] = {}
    misses: list[str] = []
    times: list[float] = []
    quotes = bad_quotes = 0
    made_up: list[str] = []
    for stem in stems:
        gold = json.loads((DATA / "annotations" / f"{stem}.json").read_text(encoding="utf-8"))
        path = CORPUS / gold["file"]
        t0 = time.perf_counter()
        policy = load_policy(path)
        got = read_policy(policy)
        times.append((time.perf_counter() - t0) * 1000)
        raw = path.read_text(encoding="utf-8")
        for quote in quotes_of(got):
            quotes += 1
            bad_quotes += quote not in raw
        made_up += [f"{stem}: {v}" for v in invented(got, raw)]
        for field, right in compare(gold, got).items():
            totals[field] = totals.get(field, 0) + right
            if not right:
                misses.append(
                    f"{stem}: {field}: expected {_shown(gold, field)}, got {_shown(got, field)}"
                )
    n = len(stems)
    print(f"policy reader on the {split} set: {n} policies")
    for field, right in totals.items():
        print(f"  {field:<18} {right:3d}/{n}  {100 * right / n:5.1f}%")
    all_right = sum(totals.values())
    print(
        f"  {'all fields':<18} {all_right}/{n * len(totals)}  "
        f"{100 * all_right / (n * len(totals)):.1f}%"
    )
    print(f"quotes: {quotes}, not verbatim: {bad_quotes}; invented contacts: {len(made_up)}")
    for item in made_up:
        print(f"  invented: {item}")
    print(
        f"reading time per policy: median {statistics.median(times):.0f} ms, "
        f"max {max(times):.0f} ms"
    )
    if args.misses or split != "dev":
        print("misses:")
        for miss in misses:
            print(f"  {miss}")


def seeds() -> None:
    """The reader against the five hand-written seed records (their facts, not their wording)."""
    from assistant.records.catalog import read_toml, validate_company

    policies = REPO / "policies"
    fields = ("emails", "phones", "rights", "sells", "shares", "dnt", "gpc")
    right = dict.fromkeys(fields, 0)
    ids = sorted(p.stem for p in (policies / "companies").glob("*.toml"))
    for company_id in ids:
        path = policies / "companies" / f"{company_id}.toml"
        record = validate_company(read_toml(path), str(path))
        assert record.source.file is not None
        got = read_policy(load_policy(policies / "sources" / record.source.file))
        want = {
            "emails": {c.value.lower() for c in record.contacts if c.kind == "email"},
            "phones": {re.sub(r"\D", "", c.value) for c in record.contacts if c.kind == "phone"},
            "rights": {r: record.rights.get(r).offered for r in RIGHT_NAMES},
            "sells": record.sells_personal_information.value,
            "shares": record.shares_personal_information.value,
            "dnt": record.honours_dnt.value,
            "gpc": record.honours_gpc.value,
        }
        have = {
            "emails": {e["address"].lower() for e in got["emails"]},
            "phones": {re.sub(r"\D", "", p["value"]) for p in got["phones"]},
            "rights": {r: got["rights"][r]["offered"] for r in RIGHT_NAMES},
            "sells": got["sells"]["value"],
            "shares": got["shares_for_ads"]["value"],
            "dnt": got["dnt"]["value"],
            "gpc": got["gpc"]["value"],
        }
        for field in fields:
            right[field] += want[field] == have[field]
            if want[field] != have[field]:
                print(f"  {company_id}: {field}: seed {want[field]}, reader {have[field]}")
    print(f"policy reader against the {len(ids)} hand-written seed records:")
    for field in fields:
        print(f"  {field:<8} {right[field]}/{len(ids)}")


def _shown(reading: dict, field: str) -> str:
    if field.startswith("rights."):
        value = reading["rights"][field.split(".", 1)[1]]
        return json.dumps([value["offered"], value["regions"]])
    if field == "rights_regions":
        return json.dumps({k: v["regions"] for k, v in reading["rights"].items() if v["offered"]})
    value = reading[field]
    if isinstance(value, list):
        return json.dumps(sorted(x.get("value") or x.get("url") for x in value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value.get("value"), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


if __name__ == "__main__":
    main()
