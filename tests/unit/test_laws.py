"""Law profiles: every shipped profile loads, cites its sources, and covers the right places."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from assistant.errors import RecordError
from assistant.law.profiles import check_laws, law_for, load_laws
from assistant.law.residences import residence_name, resolve_residence
from assistant.records.model import RIGHTS

EU_EEA = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
]  # fmt: skip
US_STATES = {
    "US-CA": "ccpa", "US-VA": "vcdpa", "US-CO": "cpa-colorado", "US-CT": "ctdpa",
    "US-UT": "ucpa", "US-TX": "tdpsa", "US-OR": "ocpa", "US-MT": "mcdpa-montana",
    "US-IA": "icdpa", "US-DE": "dpdpa", "US-NH": "nhpa", "US-NJ": "njdpa", "US-TN": "tipa",
    "US-MN": "mcdpa-minnesota", "US-MD": "modpa", "US-NE": "ndpa", "US-KY": "kcdpa",
    "US-IN": "incdpa", "US-RI": "ridtppa", "US-FL": "fdbr",
}  # fmt: skip


@pytest.fixture(scope="module")
def laws():
    return load_laws()


def test_shipped_profiles_pass_check():
    assert check_laws() == []


def test_every_required_law_is_there(laws):
    required = {*US_STATES.values(), "gdpr", "uk-gdpr", "fadp", "pipeda", "quebec-law25"}
    required |= {"lgpd", "hipaa-access"}
    assert required <= set(laws)


def test_every_profile_cites_sources_rights_and_deadlines(laws):
    for law in laws.values():
        assert law.sources, law.id
        assert law.roll_note, law.id
        assert law.regulator.name and (law.regulator.website or law.regulator.address), law.id
        for right, rule in law.rights.items():
            assert right in RIGHTS
            assert rule.citation.strip(), (law.id, right)
            if rule.no_deadline:
                continue
            rules = law.rules_for(right)
            for period in (rules.acknowledge, rules.respond, rules.extension):
                if period is not None:
                    assert period.citation.strip(), (law.id, right)


@pytest.mark.parametrize(("code", "law_id"), sorted(US_STATES.items()))
def test_us_states_map_to_their_law(laws, code, law_id):
    assert law_for(code, laws).id == law_id


@pytest.mark.parametrize("code", EU_EEA)
def test_every_eu_eea_country_is_gdpr(laws, code):
    assert law_for(code, laws).id == "gdpr"
    assert laws["gdpr"].regulator_for(code).website


@pytest.mark.parametrize(
    ("code", "law_id"),
    [
        ("DE-BY", "gdpr"),
        ("GB", "uk-gdpr"),
        ("GB-SCT", "uk-gdpr"),
        ("CH", "fadp"),
        ("CA-QC", "quebec-law25"),
        ("CA-ON", "pipeda"),
        ("CA-NS", "pipeda"),
        ("CA-AB", "alberta-pipa"),
        ("CA-BC", "bc-pipa"),
        ("BR", "lgpd"),
        ("us-ca", "ccpa"),
    ],
)
def test_law_for_other_places(laws, code, law_id):
    assert law_for(code, laws).id == law_id


@pytest.mark.parametrize("code", ["US-NY", "US", "US-WA", "JP", "not a code", ""])
def test_no_law_for_uncovered_places(laws, code):
    assert law_for(code, laws) is None


def test_hipaa_is_never_picked_from_residence(laws):
    hipaa = laws["hipaa-access"]
    assert hipaa.residences == [] and hipaa.applies_to
    for code in [*US_STATES, "US", "US-NY", *EU_EEA]:
        found = law_for(code, laws)
        assert found is None or found.id != "hipaa-access"


def test_law_not_yet_in_force_is_not_returned_for_that_date(laws):
    assert law_for("US-KY", laws, on=dt.date(2025, 12, 31)) is None
    assert law_for("US-KY", laws, on=dt.date(2026, 1, 1)).id == "kcdpa"


def test_grants_and_citations(laws):
    ccpa = laws["ccpa"]
    assert all(ccpa.grants(r) for r in RIGHTS)
    assert ccpa.citation_for("deletion")[0] == "Cal. Civ. Code § 1798.105"
    assert not laws["ucpa"].grants("correction")
    assert laws["ucpa"].citation_for("correction") == []
    assert not laws["icdpa"].grants("correction")
    assert laws["gdpr"].citation_for("access")[0] == "GDPR Art. 15"


def test_ccpa_details(laws):
    ccpa = laws["ccpa"]
    assert ccpa.rights["opt_out"].verification_required is False
    freq = ccpa.frequency_for("access")
    assert (freq.limit, freq.meaning, freq.citation) == (
        2,
        "at_most",
        "Cal. Civ. Code § 1798.130(b)",
    )
    assert ccpa.rules_for("opt_out").respond.unit == "business_days"
    assert "7026(f)" in ccpa.rules_for("opt_out").respond.citation
    assert ccpa.rules_for("access").acknowledge.citation.endswith("§ 7021(a)")
    assert ccpa.regulator.name == "California Privacy Protection Agency"


def test_special_deadlines(laws):
    assert laws["icdpa"].deadlines.respond.amount == 90
    assert laws["icdpa"].deadlines.extension.amount == 45
    assert laws["fdbr"].deadlines.extension.amount == 15
    assert laws["quebec-law25"].deadlines.extension is None
    assert laws["hipaa-access"].rules_for("correction").respond.amount == 60
    assert laws["cpa-colorado"].appeal.extension.amount == 60
    assert laws["ucpa"].appeal is None


def test_gdpr_regulators(laws):
    gdpr = laws["gdpr"]
    assert gdpr.regulator_for("IE").name.startswith("Data Protection Commission")
    assert "BfDI" in gdpr.regulator_for("DE-BY").name
    assert gdpr.regulator_for(None) == gdpr.regulator


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("California", "US-CA"),
        ("CA", "US-CA"),
        ("calif.", "US-CA"),
        ("us-ca", "US-CA"),
        ("Germany", "DE"),
        ("DE", "DE"),
        ("Deutschland", "DE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("England", "GB"),
        ("Scotland", "GB-SCT"),
        ("Quebec", "CA-QC"),
        ("Québec", "CA-QC"),
        ("Ontario", "CA-ON"),
        ("Canada", "CA"),
        ("New York", "US-NY"),
        ("TX", "US-TX"),
        ("Ireland", "IE"),
        ("Califronia", "US-CA"),
        ("the Netherlands", "NL"),
    ],
)
def test_resolve_residence(text, code):
    assert resolve_residence(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Atlantis", "XX-YY", "12"])
def test_resolve_residence_unknown(text):
    assert resolve_residence(text) is None


def test_residence_name():
    assert residence_name("US-CA") == "California"
    assert residence_name("DE") == "Germany"
    assert residence_name("CA-QC") == "Quebec"
    assert residence_name("GB-SCT") == "Scotland"
    assert residence_name("ZZ") == "ZZ"


# -- bad profiles are caught with the file and field named ---------------------------------


@pytest.fixture
def policies_copy(tmp_path: Path, repo: Path) -> Path:
    shutil.copytree(repo / "policies" / "laws", tmp_path / "laws")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unknown_key_is_an_error(policies_copy):
    _edit(
        policies_copy / "laws" / "vcdpa.toml",
        'short_name = "VCDPA"',
        'short_name = "VCDPA"\nshortname = "x"',
    )
    problems = check_laws(policies_copy)
    assert len(problems) == 1
    assert isinstance(problems[0], RecordError)
    assert problems[0].file.endswith("vcdpa.toml")
    assert problems[0].field == "shortname"
    assert "unknown key" in problems[0].problem


def test_id_must_match_file_name(policies_copy):
    _edit(policies_copy / "laws" / "ctdpa.toml", 'id = "ctdpa"', 'id = "connecticut"')
    [problem] = check_laws(policies_copy)
    assert problem.field == "id"


def test_residence_covered_twice_is_an_error(policies_copy):
    _edit(
        policies_copy / "laws" / "vcdpa.toml",
        'residences = ["US-VA"]',
        'residences = ["US-VA", "US-CA"]',
    )
    [problem] = check_laws(policies_copy)
    assert problem.field == "residences"
    assert "US-CA" in problem.problem


def test_missing_deadline_is_an_error(policies_copy):
    path = policies_copy / "laws" / "tdpsa.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[deadlines]")
    end = text.index("[appeal]")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    [problem] = check_laws(policies_copy)
    assert problem.file.endswith("tdpsa.toml")
    assert "respond" in problem.problem


def test_broken_toml_and_empty_folder(policies_copy, tmp_path):
    (policies_copy / "laws" / "broken.toml").write_text("id = ", encoding="utf-8")
    [problem] = check_laws(policies_copy)
    assert "broken TOML" in problem.problem
    empty = tmp_path / "empty"
    (empty / "laws").mkdir(parents=True)
    [problem] = check_laws(empty)
    assert "no law profiles" in problem.problem


def test_load_laws_raises_a_user_error_on_bad_profiles(policies_copy):
    from assistant.errors import UserError

    _edit(policies_copy / "laws" / "gdpr.toml", 'short_name = "GDPR"', "short_name = 5")
    with pytest.raises(UserError, match=r"gdpr\.toml"):
        load_laws(policies_copy)
