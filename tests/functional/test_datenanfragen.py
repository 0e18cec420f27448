"""The Datenanfragen importer: field mapping, skipped fields, the CLI, and the shipped bundles."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from assistant.cli.main import main
from assistant.errors import UserError
from assistant.records.catalog import Catalog
from assistant.records.datenanfragen import (
    SEED_IDS,
    convert_authority,
    convert_company,
    domain_of,
    to_line,
)
from assistant.records.datenanfragen_folder import convert_folder, existing_ids, import_folder

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "policies" / "imported"
SHARED = REPO.parent / "shared" / "datenanfragen"
SOURCE_LINE = "datenanfragen/data commit 0123456789abcdef0123456789abcdef01234567 (2026-01-02)"

COMMENT = "Their support team once answered within two hours, surprisingly."


def full_company(**overrides: Any) -> dict[str, Any]:
    """A hand-made Datenanfragen record using every field they define."""
    raw: dict[str, Any] = {
        "slug": "beispiel-gmbh",
        "relevant-countries": ["de", "at"],
        "categories": ["commerce", "finance"],
        "name": "Beispiel GmbH",
        "runs": ["Beispiel Shop", "Beispiel Pay"],
        "address": "Musterstraße 1\n10115 Berlin\nDeutschland",
        "phone": "+49 30 1234567",
        "fax": "+49 30 1234568 ext. 12",
        "email": "datenschutz@beispiel.de",
        "webform": "https://www.beispiel.de/datenschutz/anfrage",
        "pgp-fingerprint": "ABCD ABCD ABCD ABCD ABCD  ABCD ABCD ABCD ABCD ABCD",
        "pgp-url": "https://www.beispiel.de/pgp.asc",
        "web": "https://www.Beispiel.de/start",
        "sources": ["https://www.beispiel.de/datenschutz", "https://www.beispiel.de/impressum"],
        "required-elements": [
            {"desc": "Name", "type": "name"},
            {"desc": "Kundennummer", "type": "input", "optional": True},
            {"desc": "Geburtsdatum", "type": "birthdate"},
        ],
        "request-language": "de",
        "custom-access-template": "beispiel-access.txt",
        "custom-erasure-template": "beispiel-erasure.txt",
        "needs-id-document": True,
        "suggested-transport-medium": "letter",
        "comments": [COMMENT],
        "quality": "tested",
        "facet-group": "school",
        "nsfw": True,
    }
    raw.update(overrides)
    return raw


def authority(**overrides: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "slug": "gbexample",
        "relevant-countries": ["gb"],
        "name": "Example Information Office",
        "address": "1 Example Lane\nWilmslow\nSK9 5AF\nUnited Kingdom",
        "phone": "+44 303 123 1113",
        "fax": "+44 1625 524510",
        "email": "casework@example.org.uk",
        "webform": "https://example.org.uk/make-a-complaint/",
        "web": "https://example.org.uk/",
        "sources": ["https://example.org.uk/contact"],
        "complaint-language": "en",
        "suggested-transport-medium": "email",
        "pgp-fingerprint": "ABCD ABCD ABCD ABCD ABCD  ABCD ABCD ABCD ABCD ABCD",
        "comments": [COMMENT],
    }
    raw.update(overrides)
    return raw


def write_checkout(root: Path, companies: dict[str, Any], authorities: dict[str, Any]) -> Path:
    """A miniature Datenanfragen checkout; values that are str are written verbatim."""
    (root / "companies").mkdir(parents=True)
    (root / "supervisory-authorities").mkdir()
    (root / "SOURCE.txt").write_text(SOURCE_LINE + ", CC0 1.0\n", encoding="utf-8")
    for folder, items in (("companies", companies), ("supervisory-authorities", authorities)):
        for name, data in items.items():
            text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
            (root / folder / name).write_text(text, encoding="utf-8")
    return root


# -- one company ----------------------------------------------------------------------------


def test_every_mapped_company_field() -> None:
    record, skips = convert_company(full_company(), source_line=SOURCE_LINE)
    assert skips == []
    assert record.id == "beispiel-gmbh"
    assert record.name == "Beispiel GmbH"
    assert record.legal_name is None
    assert record.brands == ["Beispiel Shop", "Beispiel Pay"]
    assert record.website == "https://www.Beispiel.de/start"
    assert record.domains == ["beispiel.de"]
    assert record.countries == ["DE", "AT"]
    assert record.categories == ["commerce", "finance"]
    assert record.request_language == "de"
    assert record.preferred_channel == "postal"
    contacts = {c.kind: c for c in record.contacts}
    assert contacts["email"].value == "datenschutz@beispiel.de"
    assert contacts["postal"].value == "Musterstraße 1\n10115 Berlin\nDeutschland"
    assert contacts["phone"].value == "+49 30 1234567"
    assert contacts["fax"].value == "+49 30 1234568 ext. 12"
    assert contacts["webform"].value == "https://www.beispiel.de/datenschutz/anfrage"
    assert [c.id for c in record.contacts] == ["email", "postal", "webform", "fax", "phone"]
    assert all("Datenanfragen" in c.purpose and c.quote is None for c in record.contacts)
    v = record.verification
    assert v.id_document_required is True
    assert [(e.desc, e.type, e.optional) for e in v.required_elements] == [
        ("Name", "name", False),
        ("Kundennummer", "input", True),
        ("Geburtsdatum", "birthdate", False),
    ]
    assert v.data_points == [] and v.authorized_agent is None
    assert record.source.kind == "datenanfragen"
    assert record.source.urls == [
        "https://www.beispiel.de/datenschutz",
        "https://www.beispiel.de/impressum",
    ]
    assert record.source.quality == "tested"
    assert record.source.license == "CC0-1.0"
    assert "0123456789abcdef0123456789abcdef01234567" in (record.source.note or "")
    assert "beispiel-gmbh" in (record.source.note or "")


def test_rights_and_claims_stay_unknown() -> None:
    record, _ = convert_company(full_company())
    for right in ("access", "deletion", "opt_out", "correction"):
        policy = record.rights.get(right)
        assert policy.offered is None and policy.contacts == [] and policy.response_days is None
    assert record.sells_personal_information.value is None
    assert record.honours_gpc.value is None
    assert record.unquoted_facts() == [
        (f"contacts[{i}].quote", c.value) for i, c in enumerate(record.contacts)
    ]


def test_comments_templates_pgp_nsfw_never_copied() -> None:
    record, _ = convert_company(full_company())
    line = to_line(record)
    for absent in (COMMENT, "beispiel-access.txt", "pgp", "ABCD ABCD", "nsfw", "school", "facet"):
        assert absent not in line
    assert "Beispiel Pay" in line  # the same line does carry the facts


@pytest.mark.parametrize(
    ("medium", "channel"),
    [("letter", "postal"), ("email", "email"), ("fax", "fax"), ("webform", "webform")],
)
def test_suggested_transport_medium(medium: str, channel: str) -> None:
    record, _ = convert_company(full_company(**{"suggested-transport-medium": medium}))
    assert record.preferred_channel == channel


def test_minimal_record_defaults() -> None:
    raw = {
        "slug": "minimal",
        "relevant-countries": ["all"],
        "name": "Minimal Ltd",
        "address": "1 Road\nLondon\nUnited Kingdom",
        "sources": ["https://minimal.example/privacy"],
        "quality": "scraped",
    }
    record, skips = convert_company(raw)
    assert skips == []
    assert record.countries == ["all"]
    assert record.preferred_channel is None
    assert record.verification.id_document_required is None
    assert record.domains == [] and record.website is None and record.brands == []
    assert [c.kind for c in record.contacts] == ["postal"]
    assert record.source.quality == "scraped"
    assert record.source.note and "unrecorded" in record.source.note


def test_bad_fields_are_skipped_one_by_one() -> None:
    raw = full_company(
        **{
            "email": "daten\u00adschutz@beispiel.de",
            "phone": "030 1234567",
            "fax": "+49 (0)30 1234568",
            "webform": "ftp://beispiel.de/form",
            "web": "httsp://www.beispiel.de",
            "relevant-countries": ["de", "deu", "all"],
            "request-language": "deu",
            "required-elements": [{"desc": "Name", "type": "name"}, {"desc": "X", "type": "pin"}],
            "sources": ["https://www.beispiel.de/datenschutz", "see the imprint"],
            "quality": "excellent",
            "needs-id-document": "yes",
            "suggested-transport-medium": "pigeon",
        }
    )
    record, skips = convert_company(raw)
    skipped = {s.field: s.reason for s in skips}
    assert set(skipped) == {
        "email",
        "phone",
        "fax",
        "webform",
        "web",
        "relevant-countries[1]",
        "request-language",
        "required-elements[1]",
        "sources[1]",
        "quality",
        "needs-id-document",
        "suggested-transport-medium",
    }
    assert "SOFT HYPHEN" in skipped["email"]
    assert "pattern" in skipped["phone"]
    assert skipped["web"] == "not an http(s) URL"
    assert all(s.record == "beispiel-gmbh" for s in skips)
    # the rest of the record survives
    assert [c.kind for c in record.contacts] == ["postal"]
    assert record.website is None and record.domains == []
    assert record.countries == ["DE", "all"]
    assert record.request_language is None
    assert [e.desc for e in record.verification.required_elements] == ["Name"]
    assert record.source.urls == ["https://www.beispiel.de/datenschutz"]
    assert record.source.quality is None
    assert record.verification.id_document_required is None
    assert record.preferred_channel is None


def test_preferred_channel_dropped_when_its_contact_was_skipped() -> None:
    raw = full_company(email="not-an-address", **{"suggested-transport-medium": "email"})
    record, skips = convert_company(raw)
    assert record.preferred_channel is None
    assert {s.field for s in skips} == {"email", "suggested-transport-medium"}


def test_seed_id_clash_gets_suffix() -> None:
    record, _ = convert_company(full_company(slug="qualfon"))
    assert record.id == "qualfon-dade"
    assert "'qualfon'" in (record.source.note or "")
    record, _ = convert_company(full_company(slug="qualfon"), reserved_ids=())
    assert record.id == "qualfon"


@pytest.mark.parametrize(
    "raw",
    [
        ["not", "an", "object"],
        {"name": "No Slug Inc"},
        {"slug": "no-name"},
        {"slug": "Bad_Slug", "name": "Bad Slug"},
        {"slug": "-leading", "name": "Leading Hyphen"},
    ],
)
def test_unusable_company_is_rejected(raw: Any) -> None:
    with pytest.raises(ValueError):
        convert_company(raw)


def test_domain_of() -> None:
    assert domain_of("https://www.Example.co.uk/path?q=1") == "example.co.uk"
    assert domain_of("http://shop.example.de:8080/") == "shop.example.de"
    assert domain_of("https://www.günstiger-reisen.de") == "xn--gnstiger-reisen-zvb.de"
    assert domain_of("https://localhost/") is None


# -- one authority --------------------------------------------------------------------------


def test_authority_fields() -> None:
    result, skips = convert_authority(authority(), source_line=SOURCE_LINE)
    assert skips == []
    assert result.id == "gbexample"
    assert result.name == "Example Information Office"
    assert result.countries == ["GB"]
    assert result.address == "1 Example Lane\nWilmslow\nSK9 5AF\nUnited Kingdom"
    assert result.phone == "+44 303 123 1113"
    assert result.fax == "+44 1625 524510"
    assert result.email == "casework@example.org.uk"
    assert result.webform == "https://example.org.uk/make-a-complaint/"
    assert result.website == "https://example.org.uk/"
    assert result.complaint_language == "en"
    assert result.source.kind == "datenanfragen"
    assert result.source.urls == ["https://example.org.uk/contact"]
    assert result.source.license == "CC0-1.0"
    line = to_line(result)
    assert COMMENT not in line and "ABCD" not in line


def test_authority_bad_email_skipped() -> None:
    result, skips = convert_authority(authority(email="complaints at example"))
    assert result.email is None
    assert [s.field for s in skips] == ["email"]


# -- a folder -------------------------------------------------------------------------------


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    companies = {
        "beispiel-gmbh.json": full_company(),
        "plain-co.json": full_company(slug="plain-co", name="Plain Co", runs=[]),
        "no-suffix": full_company(slug="no-suffix", name="No Suffix AG"),
        "qualified.json": full_company(slug="qualified", name="Qualified Elsewhere GmbH"),
        "broken.json": "{ this is not json",
        "nameless.json": {"slug": "nameless"},
        "readme.txt": "not a record",
        "dupe.json": full_company(slug="plain-co", name="Plain Co again"),
    }
    return write_checkout(tmp_path / "dade", companies, {"gbexample.json": authority()})


def test_convert_folder_report(checkout: Path) -> None:
    companies, authorities, report = convert_folder(checkout)
    ids = [json.loads(line)["id"] for line in companies.splitlines()]
    assert ids == ["beispiel-gmbh", "no-suffix", "plain-co", "qualified-dade"]
    assert [json.loads(line)["id"] for line in authorities.splitlines()] == ["gbexample"]
    assert report.companies == 4 and report.authorities == 1
    assert report.company_files == 7  # readme.txt is not read
    assert report.renamed == {"qualified": "qualified-dade"}
    rejected = {s.record: s.reason for s in report.rejected}
    assert set(rejected) == {
        "companies/broken.json",
        "companies/nameless.json",
        "companies/dupe.json",
    }
    assert "cannot read JSON" in rejected["companies/broken.json"]
    assert "duplicate id 'plain-co'" in rejected["companies/dupe.json"]
    assert any("no-suffix" in n and "lacks '.json'" in n for n in report.notes)
    assert any("readme.txt" in n and "ignored" in n for n in report.notes)
    assert report.left_out["free-text comments"] == 6  # 5 readable company files + 1 authority
    assert report.source_line == SOURCE_LINE + ", CC0 1.0"
    assert COMMENT not in companies and COMMENT not in authorities


def test_import_folder_is_deterministic_and_loadable(checkout: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    import_folder(checkout, out)
    first = [(out / "imported" / n).read_bytes() for n in ("companies.jsonl", "authorities.jsonl")]
    report = import_folder(checkout, out)
    second = [(out / "imported" / n).read_bytes() for n in ("companies.jsonl", "authorities.jsonl")]
    assert first == second
    assert report.written == [
        str(out / "imported" / "companies.jsonl"),
        str(out / "imported" / "authorities.jsonl"),
    ]
    catalog = Catalog.load(out, use_cache=False, include_user=False)
    assert sorted(catalog.ids()) == ["beispiel-gmbh", "no-suffix", "plain-co", "qualified-dade"]
    assert catalog.get("beispiel-gmbh").brands == ["Beispiel Shop", "Beispiel Pay"]
    hits = catalog.search("beispiel.de")
    best = {hit.id for hit in hits if hit.score == hits[0].score}
    assert "beispiel-gmbh" in best  # the fixture's copies list the domain too: a tie, asked
    assert [a.id for a in catalog.authorities_for("GB")] == ["gbexample"]


def test_import_avoids_hand_written_ids(checkout: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    (out / "companies").mkdir(parents=True)
    (out / "companies" / "plain-co.toml").write_text("# hand-written\n", encoding="utf-8")
    assert existing_ids(out) == {"plain-co"}
    report = import_folder(checkout, out)
    assert report.renamed == {"plain-co": "plain-co-dade", "qualified": "qualified-dade"}


def test_missing_or_malformed_path(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such folder"):
        convert_folder(tmp_path / "absent")
    with pytest.raises(UserError, match="no companies/ folder"):
        convert_folder(tmp_path)
    (tmp_path / "companies").mkdir()
    (tmp_path / "companies" / "junk.json").write_text("[]", encoding="utf-8")
    with pytest.raises(UserError, match="no company record could be converted"):
        import_folder(tmp_path, tmp_path / "out")
    assert not (tmp_path / "out" / "imported" / "companies.jsonl").exists()


# -- the command line -----------------------------------------------------------------------


def test_cli_json_summary(checkout: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "policies"
    status = main(["catalog", "import-datenanfragen", str(checkout), "--out", str(out), "--json"])
    assert status == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["companies"] == 4
    assert summary["authorities"] == 1
    assert summary["renamed"] == {"qualified": "qualified-dade"}
    assert len(summary["rejected"]) == 3
    assert (out / "imported" / "companies.jsonl").exists()


def test_cli_text_summary_names_skips(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    checkout = write_checkout(
        tmp_path / "dade", {"a.json": full_company(slug="a", web="httsp://a.example")}, {}
    )
    status = main(["catalog", "import-datenanfragen", str(checkout), "--out", str(tmp_path / "p")])
    assert status == 0
    text = capsys.readouterr().out
    assert "Converted 1 of 1 company file(s)" in text
    assert "web: not an http(s) URL" in text


def test_cli_bad_path_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    status = main(
        ["catalog", "import-datenanfragen", str(tmp_path / "nope"), "--out", str(tmp_path)]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "Traceback" not in err


# -- the shipped bundles --------------------------------------------------------------------


def test_shipped_bundle_validates() -> None:
    files = [SHIPPED / "companies.jsonl"]  # the other companies-*.jsonl come from elsewhere
    assert files[0].exists(), "policies/imported/companies.jsonl is missing"
    start = time.perf_counter()
    records, _locations, problems = Catalog.validate_files(files)
    elapsed = time.perf_counter() - start
    print(f"\nCatalog.validate_files: {len(records)} records in {elapsed * 1000:.0f} ms")
    assert problems == []
    assert len(records) >= 3000
    assert all(r.source.kind == "datenanfragen" and r.source.license == "CC0-1.0" for r in records)
    assert all(r.source.quality in ("tested", "verified", "imported", "scraped") for r in records)
    assert not {r.id for r in records} & SEED_IDS


def test_shipped_authorities_validate() -> None:
    catalog = Catalog(index=None, locations={}, authority_file=SHIPPED / "authorities.jsonl")  # type: ignore[arg-type]
    authorities = catalog.authorities()
    assert len(authorities) >= 50
    assert all(
        a.countries and all(c == "all" or c.isupper() for c in a.countries) for a in authorities
    )
    assert catalog.authorities_for("FR")[0].id == "frcnil"


def test_reimport_gives_identical_bundles() -> None:
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the Datenanfragen data beside the checkout: {SHARED}")
        pytest.skip("../shared/datenanfragen is not beside this checkout")
    reserved = SEED_IDS | existing_ids(REPO / "policies")
    companies, authorities, report = convert_folder(SHARED, reserved_ids=reserved)
    assert companies.encode("utf-8") == (SHIPPED / "companies.jsonl").read_bytes()
    assert authorities.encode("utf-8") == (SHIPPED / "authorities.jsonl").read_bytes()
    # the file without '.json' is read, with a note
    assert '"id":"mdm-de"' in companies
    assert any("mdm-de" in note for note in report.notes)
    # no free-text comment of theirs reaches the bundles
    for path in sorted((SHARED / "companies").iterdir()):
        for comment in json.loads(path.read_text(encoding="utf-8")).get("comments", []):
            assert comment not in companies
