"""The five hand-written seed records: valid, quoted from their sources, and true to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.records.catalog import read_toml, validate_company
from assistant.records.model import RIGHTS, CompanyRecord

REPO = Path(__file__).resolve().parents[2]
POLICIES = REPO / "policies"
SEED_IDS = ("quality-outcomes", "connective-med", "qualfon", "cloudmed", "qualified")


def normalise(text: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space."""
    return " ".join(text.split())


def load(company_id: str) -> CompanyRecord:
    path = POLICIES / "companies" / f"{company_id}.toml"
    return validate_company(read_toml(path), str(path), expected_id=company_id)


def source_text(record: CompanyRecord) -> str:
    assert record.source.file is not None
    return (POLICIES / "sources" / record.source.file).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def records() -> dict[str, CompanyRecord]:
    return {company_id: load(company_id) for company_id in SEED_IDS}


# -- every record --------------------------------------------------------------------------


@pytest.mark.parametrize("company_id", SEED_IDS)
def test_record_validates_and_id_is_file_name(company_id: str) -> None:
    record = load(company_id)
    assert record.id == company_id
    assert record.source.kind == "policy"
    assert record.source.file == f"{company_id}.txt"
    assert record.unquoted_facts() == []


@pytest.mark.parametrize("company_id", SEED_IDS)
def test_every_quote_occurs_in_the_source(company_id: str) -> None:
    record = load(company_id)
    text = normalise(source_text(record))
    quotes = record.quotes()
    assert quotes, "a seed record quotes its policy"
    missing = [path for path, quote in quotes if normalise(quote) not in text]
    assert missing == []


@pytest.mark.parametrize("company_id", SEED_IDS)
def test_published_contact_values_appear_in_the_source(company_id: str) -> None:
    record = load(company_id)
    text = normalise(source_text(record))
    for contact in record.contacts:
        assert normalise(contact.value) in text, contact.id
        assert contact.quote is not None and normalise(contact.value) in normalise(contact.quote)


@pytest.mark.parametrize("company_id", SEED_IDS)
def test_stated_response_times_and_limits_are_quoted(company_id: str) -> None:
    record = load(company_id)
    for right in RIGHTS:
        rp = record.rights.get(right)
        if rp.response_days is not None:
            assert rp.response_quote and str(rp.response_days) in rp.response_quote
        if rp.extension_days is not None:
            assert rp.response_quote and str(rp.extension_days) in rp.response_quote
        if rp.frequency_per_12_months is not None:
            assert rp.frequency_quote


@pytest.mark.parametrize("company_id", SEED_IDS)
def test_source_text_has_no_mojibake(company_id: str) -> None:
    text = (POLICIES / "sources" / f"{company_id}.txt").read_text(encoding="utf-8")
    for damage in ("â€", "Ã", "Â", "â", "\ufffd"):
        assert damage not in text, f"{damage!r} left in {company_id}.txt"


def test_qualified_source_keeps_its_restored_punctuation() -> None:
    text = (POLICIES / "sources" / "qualified.txt").read_text(encoding="utf-8")
    assert "(“Qualified”, “us”, “we”, or “our”)" in text
    assert "Customer’s privacy policy" in text
    assert "transferred to — and maintained on — computers" in text
    assert "© 2020 Qualified.com, Inc." in text


def test_every_seed_has_a_record_and_a_source() -> None:
    found = {p.stem for p in (POLICIES / "companies").glob("*.toml")}
    assert set(SEED_IDS) <= found
    for company_id in SEED_IDS:
        assert (POLICIES / "sources" / f"{company_id}.txt").is_file()


# -- facts per company ---------------------------------------------------------------------


def test_quality_outcomes(records: dict[str, CompanyRecord]) -> None:
    r = records["quality-outcomes"]
    assert r.legal_name == "Quality Outcomes, LLC"
    assert [(c.kind, c.value) for c in r.contacts] == [("email", "scott@qualityoutcomes.com")]
    assert r.policy_date is None and r.policy_date_quote is None
    for right in ("access", "deletion", "correction"):
        rp = r.rights.get(right)
        assert rp.offered is True
        assert rp.contacts == ["privacy-email"]
        assert rp.response_days is None
    assert r.sells_personal_information.value is None
    assert r.honours_dnt.value is None and r.honours_gpc.value is None
    laws = {law.name: law.regions for law in r.laws_named}
    assert any(regions == ["US-FL"] for regions in laws.values())
    assert any(name.startswith("HIPAA") for name in laws)
    assert r.processor is None


def test_connective_med(records: dict[str, CompanyRecord]) -> None:
    r = records["connective-med"]
    assert r.contacts == []
    assert any(n.kind == "contact" for n in r.notes)
    assert str(r.policy_date) == "2021-10-25"
    assert r.honours_dnt.value is False
    assert r.processor is not None and r.processor.scope == "partly"
    assert "Notice of Privacy Practices" in r.processor.advice
    assert r.rights.access.offered is None and r.rights.deletion.offered is None
    assert r.sells_personal_information.value is None
    assert any(law.name.startswith("HIPAA") for law in r.laws_named)


def test_qualfon(records: dict[str, CompanyRecord]) -> None:
    r = records["qualfon"]
    assert r.legal_name == "Qualfon Data Services Group, LLC"
    assert str(r.policy_date) == "2020-03-31"
    by_id = {c.id: c for c in r.contacts}
    assert by_id["ccpa-email"].value == "consumerprivacy@qualfon.com"
    assert by_id["privacy-email"].value == "privacy@qualfon.com"
    assert by_id["phone"].value == "(888) 380-2190"
    assert by_id["postal"].kind == "postal" and "Highland Park, MI 48203" in by_id["postal"].value
    assert r.sells_personal_information.value is True
    assert r.rights.opt_out.offered is True
    assert r.rights.access.frequency_per_12_months == 2
    # The 30 days apply to requests from Clients, not from consumers: never a response_days.
    for right in RIGHTS:
        assert r.rights.get(right).response_days is None
    assert any("30 days" in n.text for n in r.notes)
    assert r.verification.authorized_agent is True
    assert r.honours_dnt.value is False
    assert r.processor is not None and "Client" in r.processor.advice
    assert any(law.regions == ["US-CA"] for law in r.laws_named)


def test_cloudmed(records: dict[str, CompanyRecord]) -> None:
    r = records["cloudmed"]
    assert r.sells_personal_information.value is False
    access = r.rights.access
    assert (access.offered, access.response_days, access.extension_days) == (True, 45, 45)
    assert access.frequency_per_12_months == 2
    assert r.rights.deletion.response_days == 45
    assert r.rights.opt_out.offered is not True
    assert r.policy_date is None
    # The obfuscated e-mail address is never guessed: no e-mail contact at all.
    assert [c.kind for c in r.contacts] == ["phone"]
    assert r.contacts[0].value == "1-855-252-7606"
    assert not any("@" in c.value for c in r.contacts)
    damage = [n for n in r.notes if n.kind == "source-damage"]
    assert damage and damage[0].quote and "[email protected]" in damage[0].quote
    v = r.verification
    assert v.data_points == ["email address", "government issued ID", "date of birth"]
    assert v.id_document_required is not True
    assert v.authorized_agent is True
    assert r.honours_gpc.value is True and r.honours_dnt.value is True
    assert any(law.regions == ["US-CA"] for law in r.laws_named)


def test_qualified(records: dict[str, CompanyRecord]) -> None:
    r = records["qualified"]
    assert r.legal_name == "Qualified.com, Inc."
    assert str(r.policy_date) == "2020-11-12"
    assert set(r.domains) == {"qualified.com", "app.qualified.com"}
    emails = {c.value for c in r.contacts if c.kind == "email"}
    assert emails == {"privacy@qualified.com", "cpo@qualified.com"}
    assert any(c.kind == "postal" and "San Francisco, CA 94105" in c.value for c in r.contacts)
    assert r.processor is not None and r.processor.scope == "partly"
    assert "operator" in r.processor.advice
    assert any(n.kind == "processor" for n in r.notes)
    assert any("Section 14" in (n.quote or "") for n in r.notes if n.kind == "source-damage")
    assert r.honours_dnt.value is False
    assert r.sells_personal_information.value is None
    gdpr = next(law for law in r.laws_named if law.name.startswith("GDPR"))
    assert "DE" in gdpr.regions and "NO" in gdpr.regions


# -- defects fixed after review (issue 14) -------------------------------------------------


@pytest.mark.parametrize("company_id", ["connective-med", "qualified", "cloudmed"])
def test_shares_rests_on_the_advertising_sentence(
    records: dict[str, CompanyRecord], company_id: str
) -> None:
    claim = records[company_id].shares_personal_information
    assert claim.value is True and claim.quote is not None
    assert "advertis" in claim.quote.lower()
    assert "service provider" not in claim.quote.lower()


def test_connective_med_points_to_its_contact_us_page(
    records: dict[str, CompanyRecord],
) -> None:
    notes = [n for n in records["connective-med"].notes if n.kind == "contact"]
    assert any(n.quote and "Contact Us" in n.quote for n in notes)


def test_cloudmed_contact_page_and_processor_pointer(records: dict[str, CompanyRecord]) -> None:
    notes = records["cloudmed"].notes
    assert any(n.kind == "contact" and n.quote and "Contact Us" in n.quote for n in notes)
    assert any(n.kind == "processor" and "HIPAA" in n.text for n in notes)


def test_quality_outcomes_points_to_hipaa_rights(records: dict[str, CompanyRecord]) -> None:
    notes = records["quality-outcomes"].notes
    assert any(n.kind == "processor" and n.quote and "hhs.gov/ocr" in n.quote for n in notes)


def test_qualfon_gives_the_eu_route(records: dict[str, CompanyRecord]) -> None:
    notes = [n for n in records["qualfon"].notes if n.kind == "contact"]
    assert any("EU" in n.text and "C-311/18" in n.text for n in notes)
