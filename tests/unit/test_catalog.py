"""The shipped catalog: it loads, it is searchable, the cache is correct, the CLI speaks JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import paths
from assistant.records.catalog import CACHE_NAME, Catalog, CatalogErrors
from assistant.records.check import run_checks

SEEDS = {
    # id: (typo, domain, legal name)
    "quality-outcomes": ("qualty outcomes", "qualityoutcomes.com", "Quality Outcomes, LLC"),
    "connective-med": ("conective med", "connectivemed.com", "CONNECTIVE MED, LLC."),
    "qualfon": ("qualfn", "qualfon.com", "Qualfon Data Services Group, LLC"),
    "cloudmed": ("clodmed", "cloudmed.com", "Cloudmed"),
    "qualified": ("qualifed", "qualified.com", "Qualified.com, Inc."),
}


def rights(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=os.environ
    )


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    os.environ["RIGHTS_HOME"] = str(tmp_path_factory.mktemp("catalog-home"))
    return Catalog.load(include_user=False)


def test_shipped_policies_pass_every_check() -> None:
    result = run_checks(include_user=False)
    assert [p.message for p in result["problems"]] == []
    assert result["records"] >= 3000
    assert result["quotes"] >= 50


def test_rights_check_exits_zero() -> None:
    run = rights("check")
    assert run.returncode == 0, run.stderr
    assert ": ok" in run.stdout


@pytest.mark.parametrize("company_id", sorted(SEEDS))
def test_each_seed_company_is_found_by_typo_domain_and_legal_name(
    catalog: Catalog, company_id: str
) -> None:
    for query in SEEDS[company_id]:
        hits = catalog.search(query, limit=5)
        assert hits and hits[0].id == company_id, (query, [(h.id, h.score) for h in hits])


def test_search_cli_prints_json_hits_best_first() -> None:
    run = rights("companies", "search", "qualfn", "--json", "--limit", "3")
    assert run.returncode == 0, run.stderr
    hits = json.loads(run.stdout)
    assert hits[0]["id"] == "qualfon"
    assert {"id", "name", "score"} <= set(hits[0])
    order = {"exact": 3, "prefix": 2, "fuzzy": 1}
    ranks = [(order[h["match"]], h["score"]) for h in hits]
    assert ranks == sorted(ranks, reverse=True)


def test_show_json_has_the_documented_keys() -> None:
    run = rights("companies", "show", "qualfon", "--json")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    assert record["id"] == "qualfon"
    assert record["sells_personal_information"] is True
    assert set(record["rights"]) == {"access", "deletion", "opt_out", "correction"}
    for right in record["rights"].values():
        assert {"offered", "contacts", "response_days", "extension_days", "quote"} <= set(right)
    assert {"kind", "value", "purpose"} <= set(record["contacts"][0])
    assert "consumerprivacy@qualfon.com" in {c["value"] for c in record["contacts"]}
    assert {"data_points", "authorized_agent"} <= set(record["verification"])
    assert record["source"]["kind"] == "policy"


def test_show_text_quotes_the_policy() -> None:
    run = rights("companies", "show", "cloudmed")
    assert run.returncode == 0, run.stderr
    assert "Says it sells personal information: no" in run.stdout
    assert "WE DO NOT, AND IN THE PAST TWELVE MONTHS DID NOT" in run.stdout


def test_show_unknown_company_suggests_and_exits_2() -> None:
    run = rights("companies", "show", "qualfn")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "qualfon" in run.stderr


def test_list_json_has_every_record() -> None:
    run = rights("companies", "list", "--json")
    rows = json.loads(run.stdout)
    assert len(rows) >= 3000
    assert {"id": "qualfon", "name": "Qualfon"} in rows


def test_imported_records_load_on_demand(catalog: Catalog) -> None:
    hit = catalog.search("spotify", limit=1)[0]
    record = catalog.get(hit.id)
    assert record.source.kind == "datenanfragen"
    assert record.contacts


def test_warm_cache_gives_the_same_answers(tmp_path: Path) -> None:
    cold = Catalog.load(include_user=False)
    assert (paths.cache_dir() / CACHE_NAME).exists()
    assert oct((paths.cache_dir() / CACHE_NAME).stat().st_mode & 0o777) == "0o600"
    warm = Catalog.load(include_user=False)
    assert warm._records == {}  # nothing validated: it came from the cache
    for query in ("qualfn", "cloud med", "spotify", "web.de"):
        assert [h.id for h in cold.search(query)] == [h.id for h in warm.search(query)]
    assert warm.get("qualfon") == cold.get("qualfon")


def test_a_damaged_number_table_in_the_cache_is_rebuilt(tmp_path: Path) -> None:
    import marshal

    policies = tmp_path / "policies"
    shutil.copytree(paths.policies_dir() / "companies", policies / "companies")
    Catalog.load(policies, include_user=False)
    cache = paths.cache_dir() / CACHE_NAME
    data = marshal.loads(cache.read_bytes())
    data["index"]["term_owner"] = data["index"]["term_owner"][:-1]  # no whole number of ints
    cache.write_bytes(marshal.dumps(data))
    again = Catalog.load(policies, include_user=False)
    assert again.search("qualfon")[0].name == "Qualfon"


def test_cache_is_rebuilt_when_a_record_changes(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    shutil.copytree(paths.policies_dir() / "companies", policies / "companies")
    shutil.copytree(paths.policies_dir() / "sources", policies / "sources")
    first = Catalog.load(policies, include_user=False)
    assert first.search("qualfon")[0].name == "Qualfon"
    record = policies / "companies" / "qualfon.toml"
    text = record.read_text(encoding="utf-8").replace(
        'name = "Qualfon"', 'name = "Qualfon Renamed"'
    )
    record.write_text(text, encoding="utf-8")
    second = Catalog.load(policies, include_user=False)
    assert second.search("qualfon renamed")[0].name == "Qualfon Renamed"


def test_a_broken_user_record_is_reported_and_skipped(tmp_path: Path) -> None:
    user = paths.data_dir() / "policies" / "companies"
    user.mkdir(parents=True)
    (user / "mine.toml").write_text('id = "mine"\nname = "Mine"\n', encoding="utf-8")
    for _ in range(2):  # cold, then from the cache: the problem is remembered
        catalog = Catalog.load()
        assert "mine" not in catalog
        assert catalog.search("qualfn")[0].id == "qualfon"
        assert [(p.field, p.file.endswith("mine.toml")) for p in catalog.problems] == [
            ("source", True)
        ]
        assert "required field is missing" in catalog.problem_lines()[0]
    run = rights("companies", "search", "qualfon")
    assert run.returncode == 0 and run.stdout.split()[1] == "qualfon"
    assert "mine.toml: source: required field is missing" in run.stderr
    assert "Traceback" not in run.stderr
    problems = run_checks()["problems"]
    assert any(p.file.endswith("mine.toml") and p.field == "source" for p in problems)


def test_a_broken_shipped_record_still_stops_loading(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    (policies / "companies").mkdir(parents=True)
    (policies / "companies" / "bad.toml").write_text('id = "bad"\n', encoding="utf-8")
    with pytest.raises(CatalogErrors) as error:
        Catalog.load(policies, include_user=False)
    assert "bad.toml: name: required field is missing" in str(error.value)


def test_a_users_own_record_is_found(tmp_path: Path) -> None:
    user = paths.data_dir() / "policies" / "companies"
    user.mkdir(parents=True)
    (user / "corner-shop.toml").write_text(
        'id = "corner-shop"\nname = "Corner Shop"\n'
        '[source]\nkind = "manual"\n'
        '[[contacts]]\nid = "email"\nkind = "email"\nvalue = "owner@corner.example"\n'
        'purpose = "anything"\n',
        encoding="utf-8",
    )
    catalog = Catalog.load()
    assert catalog.search("corner shop")[0].id == "corner-shop"
    assert catalog.get("corner-shop").contacts[0].value == "owner@corner.example"
