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
    "US-OK": "okdpa", "US-LA": "ldpa", "US-AL": "apdpa", "US-VT": "vdposa",
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
    # Utah added a right to correct from 2026-07-01 (HB 418, Laws 2025 ch. 468, Utah Code
    # § 13-61-201(4)); before that day the right did not exist.
    assert laws["ucpa"].grants("correction", on=dt.date(2026, 7, 1))
    assert not laws["ucpa"].grants("correction", on=dt.date(2026, 6, 30))
    assert laws["ucpa"].citation_for("correction") == ["Utah Code Ann. § 13-61-201(4)"]
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
    # Private companies answer to the Land authorities (BDSG § 40), not the federal BfDI:
    # without the Land, the profile names none (the complaint asks for it).
    assert "BfDI" not in gdpr.regulator_for("DE-BY").name
    assert "Land" in gdpr.regulator_for("DE").name
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


# -- laws and rights by date, appeals, extension rules, sources -----------------------------

OFFICIAL_DOMAINS = (
    # A source must be the statute, regulation or regulator itself. Suffixes of host names.
    ".gov", ".gov.uk", "ico.org.uk", "europa.eu", "admin.ch", "gc.ca", "gouv.qc.ca",
    "gov.bc.ca", "alberta.ca", "gov.br", "gesetze-bayern.de", "gesetze-im-internet.de",
    "state.nj.us", "state.ri.us", "state.nh.us", "state.or.us", "state.va.us",
    "state.al.us", "state.la.us", "state.mn.us",
)  # fmt: skip


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower()


def _official(url: str) -> bool:
    host = _host(url)
    return any(
        host == d.lstrip(".") or host.endswith("." + d.lstrip(".")) for d in OFFICIAL_DOMAINS
    )


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://leginfo.legislature.ca.gov/faces/codes.xhtml", True),
        ("https://eur-lex.europa.eu/eli/reg/2016/679/oj", True),
        ("https://packagist.org/packages/x/y", False),
        ("https://casetext.com/statute/x", False),
        ("https://user-1.cld.bz/Bench-Bar/21", False),
        ("https://evil.gov.example.com/", False),
        ("https://notgov/", False),
    ],
)
def test_the_allow_list_itself(url, ok):
    assert _official(url) is ok


def test_every_source_is_on_an_official_domain(laws):
    bad = [
        (law.id, s.url)
        for law in laws.values()
        for s in law.sources
        if s.url is not None and not _official(s.url)
    ]
    assert bad == []
    assert all(any(s.url for s in law.sources) for law in laws.values())


def test_every_statutory_calendar_cites_an_official_source():
    from assistant.law.calendars import CALENDARS

    for cal in CALENDARS.values():
        assert cal.url and _official(cal.url), cal.id
        assert all(h.citation for h in cal.holidays), cal.id


def test_enacted_laws_start_on_their_dates(laws):
    # SB 546 (OK) and SB 386 / Act 502 (LA): 2027-01-01; Act 2026-552 (AL): 2027-05-01;
    # Act 145 (VT): 2028-01-01 (laws-2027.md § 1.1).
    starts = {"okdpa": "2027-01-01", "ldpa": "2027-01-01", "apdpa": "2027-05-01",
              "vdposa": "2028-01-01"}  # fmt: skip
    for law_id, start in starts.items():
        day = dt.date.fromisoformat(start)
        law = laws[law_id]
        assert law.in_force_from == day
        assert law.status_on(day - dt.timedelta(days=1)) == "not_yet"
        assert law.status_on(day) == "in_force"
        code = law.residences[0]
        assert law_for(code, laws, on=day - dt.timedelta(days=1)) is None
        assert law_for(code, laws, on=day).id == law_id


def test_rights_added_later_carry_their_start(laws):
    ccpa = laws["ccpa"]
    assert ccpa.right_start("correction") == dt.date(2023, 1, 1)
    assert ccpa.right_start("access") == dt.date(2020, 1, 1)
    parts = ccpa.rights["opt_out"].later_parts
    assert [p.in_force_from for p in parts] == [dt.date(2023, 1, 1)] * 2
    assert laws["ucpa"].right_start("correction") == dt.date(2026, 7, 1)


def test_iowa_and_utah_do_not_claim_a_profiling_opt_out(laws):
    for law_id in ("icdpa", "ucpa"):
        text = laws[law_id].rights["opt_out"].description.lower()
        assert "no opt-out of" in text and "profiling" in text
        assert "and profiling that has legal" not in text


@pytest.mark.parametrize("code", sorted(US_STATES))
def test_every_us_law_models_appeals(laws, code):
    law = law_for(code, laws, on=None)
    assert (law.appeal is None) != (law.no_appeal is None), law.id
    if law.appeal is not None:
        assert law.appeal.window and law.appeal.complaint and law.appeal.citation
        assert (law.appeal.respond is None) != (law.appeal.no_deadline is None)


def test_appeal_citations_follow_the_statute(laws):
    assert laws["ndpa"].appeal.respond.citation == "Neb. Rev. Stat. § 87-1109(3)"
    assert laws["vcdpa"].appeal.respond.citation == "Va. Code Ann. § 59.1-577(C)"
    assert laws["cpa-colorado"].appeal.extension.amount == 60
    assert laws["ucpa"].appeal is None and "no appeal" in laws["ucpa"].no_appeal


def test_profiles_say_how_extensions_are_counted(laws):
    for law in laws.values():
        has_ext = law.deadlines.extension is not None or any(
            r.deadlines and r.deadlines.extension for r in law.rights.values()
        )
        if has_ext:
            assert law.extension_rule in ("from_receipt", "later_of"), law.id
            assert law.extension_rule_why, law.id
            months = law.deadlines.respond is not None and law.deadlines.respond.unit == "months"
            assert (law.extension_rule == "later_of") == months, law.id


def test_an_extension_without_a_rule_is_an_error(policies_copy):
    _edit(policies_copy / "laws" / "vcdpa.toml", 'extension_rule = "from_receipt"\n', "")
    [problem] = check_laws(policies_copy)
    assert "extension_rule" in problem.problem


def test_a_right_before_its_law_is_rejected_when_it_ends_first(policies_copy):
    _edit(
        policies_copy / "laws" / "ucpa.toml",
        "in_force_from = 2026-07-01\n",
        "in_force_from = 2026-07-01\nin_force_until = 2026-01-01\n",
    )
    [problem] = check_laws(policies_copy)
    assert "in_force_until" in problem.problem


def test_ca_means_california_and_canada_is_reachable(laws):
    # "CA" typed by a person is the US state; Canada is "Canada" or a CA-xx province code.
    assert resolve_residence("CA") == "US-CA"
    assert resolve_residence("ca") == "US-CA"
    assert resolve_residence("Canada") == "CA"
    assert law_for(resolve_residence("Canada"), laws).id == "pipeda"
    assert law_for(resolve_residence("CA-ON"), laws).id == "pipeda"
    assert law_for(resolve_residence("CA-QC"), laws).id == "quebec-law25"
