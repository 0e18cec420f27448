"""Catalog speed: time to first search (cold and warm cache) and search latency.

Prints figures; asserts nothing. Goals (issue 14, on a 2-core machine, 4,000+ records): the
catalog ready for its first search in <= 40 ms with a warm cache; a search in <= 1 ms median;
on a synthetic 30,000-record catalog <= 3 ms median. Also compares the two storage layouts
(one TOML file per record vs one JSONL bundle) by parse time alone.

    python benchmarks/bench_catalog.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.records.catalog import CACHE_NAME  # noqa: E402

QUERIES = [
    "qualfn",
    "clodmed",
    "cloud med",
    "qualfon.com",
    "Qualified.com, Inc.",
    "quality outcomes",
    "connective med",
    "amazon",
    "gogle",
    "deutsche bahn",
    "facebook.com",
    "spotify",
    "zalando",
    "ikea",
    "telekom",
    "paypal",
    "netflx",
    "booking.com",
    "lidl",
    "vodafone",
]

FIRST_SEARCH = """
import time, sys
t0 = time.perf_counter()
from assistant.records.catalog import Catalog
from pathlib import Path
policies = Path(sys.argv[1]) if len(sys.argv) > 1 else None
catalog = Catalog.load(policies, include_user=False)
hits = catalog.search("qualfn")
t1 = time.perf_counter()
print((t1 - t0) * 1000, len(catalog), hits[0].id if hits else None)
"""


def first_search_ms(env: dict[str, str], policies: Path | None) -> tuple[float, int]:
    args = [sys.executable, "-c", FIRST_SEARCH] + ([str(policies)] if policies else [])
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=REPO)
    ms, count, _ = out.stdout.split()
    return float(ms), int(count)


def measure_loading(label: str, policies: Path | None, runs: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        # Bytecode is cached (in the temporary folder, not the repository), as it is for an
        # installed package; a machine that sets PYTHONDONTWRITEBYTECODE would otherwise
        # measure compiling the modules on every start.
        env = dict(os.environ, RIGHTS_HOME=home, PYTHONPATH=str(REPO))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        cold = []
        for _ in range(max(1, runs // 3)):
            cache = Path(home) / "cache" / CACHE_NAME
            cache.unlink(missing_ok=True)
            ms, count = first_search_ms(env, policies)
            cold.append(ms)
        warm = [first_search_ms(env, policies)[0] for _ in range(runs)]
    print(
        f"{label}: {count} records; ready for first search: cold median "
        f"{statistics.median(cold):.0f} ms, warm median {statistics.median(warm):.1f} ms "
        f"(min {min(warm):.1f}, max {max(warm):.1f}; {runs} runs, imports included)"
    )


def measure_search(label: str, policies: Path | None, repeat: int) -> None:
    from assistant.records.catalog import Catalog

    with tempfile.TemporaryDirectory() as home:
        os.environ["RIGHTS_HOME"] = home
        catalog = Catalog.load(policies, include_user=False)
        catalog.search("warm up")
        times = []
        for _ in range(repeat):
            for query in QUERIES:
                t0 = time.perf_counter()
                catalog.search(query, limit=10)
                times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(
        f"{label}: search over {len(catalog)} records: median {statistics.median(times):.2f} ms,"
        f" p95 {p95:.2f} ms, max {times[-1]:.2f} ms ({len(times)} searches)"
    )


# fmt: off
WORDS = [
    "alpha", "beta", "gamma", "delta", "nova", "terra", "data", "media", "health", "med",
    "cloud", "soft", "systems", "group", "bank", "green", "blue", "red", "north", "south",
    "east", "west", "united", "global", "digital", "smart", "net", "tel", "mobil", "energy",
    "auto", "care", "life", "home", "shop", "market", "trade", "travel", "air", "rail", "food",
    "farm", "labs", "works", "studio",
]
# fmt: on


def synthetic_policies(folder: Path, count: int) -> Path:
    """A policies/ folder with `count` made-up imported records (names from random words)."""
    rng = random.Random(7)
    policies = folder / "policies"
    (policies / "companies").mkdir(parents=True)
    (policies / "imported").mkdir()
    with (policies / "imported" / "companies.jsonl").open("w", encoding="utf-8") as out:
        for n in range(count):
            words = rng.sample(WORDS, rng.randint(1, 3))
            name = " ".join(w.capitalize() for w in words) + f" {n}"
            slug = "-".join(words) + f"-{n}"
            record = {
                "id": slug,
                "name": name,
                "legal_name": name + " GmbH",
                "domains": [slug.replace("-", "") + ".example"],
                "source": {"kind": "datenanfragen", "urls": ["https://example.org"]},
                "contacts": [
                    {
                        "id": "email",
                        "kind": "email",
                        "value": f"privacy@{slug.replace('-', '')}.example",
                        "purpose": "privacy requests",
                    }
                ],
            }
            out.write(json.dumps(record) + "\n")
    return policies


def compare_layouts(folder: Path, bundle: Path) -> None:
    """Parse the same records as 1 JSONL bundle and as one small TOML file each."""
    lines = bundle.read_text(encoding="utf-8").splitlines()
    toml_dir = folder / "toml"
    toml_dir.mkdir()
    for i, line in enumerate(lines):
        record = json.loads(line)
        text = f"id = {json.dumps(record['id'])}\nname = {json.dumps(record['name'])}\n"
        text += f"domains = {json.dumps(record.get('domains', []))}\n"
        text += '[source]\nkind = "datenanfragen"\n'
        for contact in record.get("contacts", []):
            text += "[[contacts]]\n" + "".join(
                f"{k} = {json.dumps(v)}\n" for k, v in contact.items() if isinstance(v, str)
            )
        (toml_dir / f"r{i}.toml").write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    for path in toml_dir.glob("*.toml"):
        with path.open("rb") as handle:
            tomllib.load(handle)
    t_toml = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    with bundle.open("rb") as handle:
        for raw in handle:
            json.loads(raw)
    t_json = (time.perf_counter() - t0) * 1000
    print(
        f"layout, {len(lines)} records parsed (no validation): one TOML file each "
        f"{t_toml:.0f} ms; one JSONL bundle {t_json:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    # Never the person's own data folder: every catalog cache of this run goes to a scratch one.
    scratch = tempfile.TemporaryDirectory()
    os.environ["RIGHTS_HOME"] = scratch.name
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores")
    measure_loading("shipped catalog", None, args.runs)
    measure_search("shipped catalog", None, args.repeat)
    shipped_bundle = REPO / "policies" / "imported" / "companies.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        if shipped_bundle.exists():
            compare_layouts(Path(tmp), shipped_bundle)
        policies = synthetic_policies(Path(tmp), 30_000)
        measure_loading("synthetic catalog", policies, max(3, args.runs // 3))
        measure_search("synthetic catalog", policies, max(3, args.repeat // 5))


if __name__ == "__main__":
    main()
