"""The shipped US additions: every registered data broker, account-deletion links, `learn`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import paths
from assistant.records.catalog import Catalog
from assistant.records.check import run_checks

BROKERS = paths.policies_dir() / "imported" / "companies-brokers.jsonl"
CSV = Path("/work/shared/brokers/data-broker-opt-out-pages.csv")


def rights(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=os.environ
    )


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    os.environ["RIGHTS_HOME"] = str(tmp_path_factory.mktemp("us-home"))
    return Catalog.load(include_user=False)


def broker_lines() -> list[dict]:
    return [json.loads(line) for line in BROKERS.read_text(encoding="utf-8").splitlines()]


def test_every_broker_is_found_by_name_and_by_domain(catalog: Catalog) -> None:
    lines = broker_lines()
    assert len(lines) >= 490
    for line in lines:
        hits = catalog.search(line["name"], limit=10)
        best = [h.id for h in hits if h.score == hits[0].score]
        assert line["id"] in best, (line["name"], hits[:3])
        for domain in line.get("domains", []):  # none when its page sits on a shared platform
            exact = [h.id for h in catalog.search(domain, limit=10) if h.score == 100]
            assert line["id"] in exact, (domain, line["id"])


def test_a_broker_record_is_marked_and_reached_by_its_page(catalog: Catalog) -> None:
    line = broker_lines()[0]
    record = catalog.get(line["id"])
    assert record.data_broker is True
    assert record.preferred_channel == "webform"
    assert record.contacts[0].kind == "webform" and record.contacts[0].value.startswith("http")
    assert record.source.kind == "data-broker-registry" and record.source.policy_read is False
    assert any("DROP" in note.text for note in record.notes)


@pytest.mark.skipif(not CSV.exists(), reason="the shared broker list is not on this machine")
def test_the_broker_bundle_is_what_the_importer_makes(tmp_path: Path) -> None:
    run = rights("catalog", "import-brokers", str(CSV), "--out", str(tmp_path), "--json")
    assert run.returncode == 0, run.stderr
    made = (tmp_path / "imported" / "companies-brokers.jsonl").read_text(encoding="utf-8")
    assert len(made.splitlines()) == len(broker_lines())


def test_account_deletion_links_are_attached_by_domain(catalog: Catalog) -> None:
    links = paths.policies_dir() / "imported" / "account-deletion.jsonl"
    by_domain = {}
    for line in links.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for domain in entry["domains"]:
            by_domain.setdefault(domain, entry)
    attached = 0
    for company_id in catalog.ids()[:800]:
        record = catalog.get(company_id)
        entry = next((by_domain[d] for d in record.domains if d in by_domain), None)
        if entry is not None:
            assert record.account_deletion is not None
            assert record.account_deletion.url == entry["url"]
            attached += 1
    assert attached >= 20


def test_an_imported_card_says_no_policy_was_read(catalog: Catalog) -> None:
    from assistant.records.card import describe_company

    card = describe_company(catalog.get(broker_lines()[0]["id"]))
    assert "No privacy policy has been read" in card
    assert "not stated" not in card


def test_learn_drafts_and_saves_a_record_that_passes_check(tmp_path: Path) -> None:
    policy = tmp_path / "teapot.html"
    policy.write_text(
        "<html><body><h1>Teapot Tours LLC Privacy Policy</h1>"
        "<p>You may request access to your personal information.</p>"
        "<p>We do not sell your personal information.</p>"
        "<p>E-mail privacy@teapot.example to make a request.</p></body></html>",
        encoding="utf-8",
    )
    run = rights("companies", "learn", str(policy), "--json")
    assert run.returncode == 0, run.stderr
    draft = json.loads(run.stdout)
    assert draft["draft"] is True and draft["source"]["kind"] == "reader"
    assert draft["legal_name"] == "Teapot Tours LLC"
    assert draft["rights"]["access"]["offered"] is True
    assert draft["sells_personal_information"] is False
    assert [c["value"] for c in draft["contacts"]] == ["privacy@teapot.example"]
    assert not (paths.data_dir() / "policies" / "companies").exists()  # nothing saved
    run = rights("companies", "learn", str(policy), "--save")
    assert run.returncode == 0, run.stderr
    saved = paths.data_dir() / "policies" / "companies" / "teapot-tours.toml"
    assert saved.exists() and (saved.stat().st_mode & 0o777) == 0o600
    assert [p.message for p in run_checks()["problems"] if "teapot" in p.message] == []
    assert rights("companies", "search", "teapot tours").stdout.split()[1] == "teapot-tours"


def test_learn_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    run = rights("companies", "learn", str(tmp_path / "nothing.pdf"))
    assert run.returncode == 2 and "Traceback" not in run.stderr
