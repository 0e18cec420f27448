"""The deadline engine, against dates worked out by hand with a calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import UserError
from assistant.law.deadlines import (
    add_business_days,
    add_months,
    appeal_deadline,
    appeal_decision_due,
    assumed_receipt,
    compute_deadlines,
    effective_due,
    extension_in_time,
    is_working_day,
    next_working_day,
)
from assistant.law.profiles import law_for, load_laws

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def laws():
    return load_laws()


def due(laws, residence, right, received, law_id=None):
    law = laws[law_id] if law_id else law_for(residence, laws)
    return compute_deadlines(law, right, D(received), residence)


def dates(result):
    return tuple(
        d.isoformat() if d else None
        for d in (result.acknowledge_by, result.respond_by, result.extended_respond_by)
    )


# -- working days --------------------------------------------------------------------------


def test_california_holidays_are_not_working_days():
    assert not is_working_day(D("2026-11-27"), "US-CA")  # day after Thanksgiving
    assert not is_working_day(D("2026-03-31"), "US-CA")  # Cesar Chavez Day
    assert not is_working_day(D("2026-11-28"), "US-CA")  # Saturday
    assert is_working_day(D("2026-11-30"), "US-CA")
    assert is_working_day(D("2026-03-31"), "US-NY")  # not a New York holiday


def test_uk_nations_have_their_own_holidays():
    assert is_working_day(D("2027-01-04"), "GB")  # England: 2 January is no holiday
    assert not is_working_day(D("2027-01-04"), "GB-SCT")  # Scotland: 2 January, moved to Monday


def test_unknown_country_counts_weekends_only():
    assert is_working_day(D("2026-12-25"), "ZZ")
    assert not is_working_day(D("2026-12-26"), "ZZ")


def test_add_business_days_skips_weekends_and_starts_the_next_day():
    assert add_business_days(D("2026-06-05"), 1, "US-NY") == D("2026-06-08")  # Fri -> Mon
    assert add_business_days(D("2026-06-06"), 1, "US-NY") == D("2026-06-08")  # Sat -> Mon
    assert add_business_days(D("2026-06-08"), 0, "US-NY") == D("2026-06-08")
    with pytest.raises(ValueError):
        add_business_days(D("2026-06-08"), -1, "US-NY")


def test_next_working_day():
    assert next_working_day(D("2026-12-25"), "IE") == D("2026-12-28")
    assert next_working_day(D("2026-12-29"), "IE") == D("2026-12-29")


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-11-30", 3, "2027-02-28"),
    ],
)
def test_add_months_clamps_to_month_end(start, months, end):
    assert add_months(D(start), months) == D(end)


# -- CCPA ----------------------------------------------------------------------------------


def test_ccpa_access_over_thanksgiving(laws):
    # Received Mon 23 Nov 2026. Business days: 24, 25, (26-27 holidays), 30, 1-4 Dec, 7, 8, 9.
    # 45 days: 7 in Nov + 31 in Dec + 7 in Jan = 7 Jan 2027. 90 days = 21 Feb 2027, a Sunday.
    result = due(laws, "US-CA", "access", "2026-11-23")
    assert dates(result) == ("2026-12-09", "2027-01-07", "2027-02-22")
    assert result.extension_notice_by == D("2027-01-07")
    assert result.law_id == "ccpa"


def test_ccpa_acknowledgement_counts_from_the_next_day(laws):
    # Fri 20 Nov: 23, 24, 25 (3), 30 Nov-4 Dec (8), 7, 8 Dec (10).
    assert due(laws, "US-CA", "deletion", "2026-11-20").acknowledge_by == D("2026-12-08")


def test_ccpa_45_days_landing_on_thanksgiving_moves_to_monday(laws):
    # 12 Oct + 45 days = Thu 26 Nov (Thanksgiving); 27 Nov is a holiday, 28-29 a weekend.
    result = due(laws, "US-CA", "access", "2026-10-12")
    assert result.respond_by == D("2026-11-30")
    assert any("Thanksgiving" in line for line in result.explanations)
    # 90 days = Sun 10 Jan 2027 -> Mon 11 Jan.
    assert result.extended_respond_by == D("2027-01-11")


def test_ccpa_year_end(laws):
    assert due(laws, "US-CA", "access", "2026-11-16").respond_by == D("2026-12-31")
    assert due(laws, "US-CA", "access", "2026-11-20").respond_by == D("2027-01-04")


def test_ccpa_opt_out_is_15_business_days_past_cesar_chavez_day(laws):
    # Fri 20 Mar 2026: 23-27 (5), 30 (6), 31 Mar holiday, 1-3 Apr (9), 6-10 (14), 13 Apr (15).
    result = due(laws, "US-CA", "opt_out", "2026-03-20")
    assert dates(result) == (None, "2026-04-13", None)
    assert result.extension_notice_by is None
    assert any("7026(f)" in c for c in result.citations)


def test_ccpa_explanations_quote_citations(laws):
    result = due(laws, "US-CA", "access", "2026-11-23")
    assert len(result.explanations) == 3
    assert "§ 7021(a)" in result.explanations[0] and "2026-12-09" in result.explanations[0]
    assert "1798.130(a)(2)(A)" in result.explanations[1]
    assert "2027-02-22" in result.explanations[2]
    assert "Cal. Civ. Code § 1798.110" in result.citations


# -- other US states -----------------------------------------------------------------------


def test_virginia_45_plus_45_rolled_past_presidents_day(laws):
    # 2 Jan + 45 = Mon 16 Feb 2026 (Washington's Birthday) -> 17 Feb; + 90 = Thu 2 Apr.
    assert dates(due(laws, "US-VA", "access", "2026-01-02")) == (None, "2026-02-17", "2026-04-02")


def test_iowa_90_plus_45(laws):
    # 2 Jan + 90 = Thu 2 Apr; + 135 = Sun 17 May -> Mon 18 May.
    assert dates(due(laws, "US-IA", "access", "2026-01-02")) == (None, "2026-04-02", "2026-05-18")


def test_florida_45_plus_15(laws):
    # 2 Jan + 45 = 16 Feb; + 60 = Tue 3 Mar.
    result = due(laws, "US-FL", "access", "2026-01-02")
    assert result.respond_by in (D("2026-02-16"), D("2026-02-17"))
    assert result.extended_respond_by == D("2026-03-03")


def test_colorado_appeal_45_plus_60(laws):
    result = appeal_deadline(laws["cpa-colorado"], D("2026-06-01"), "US-CO")
    # 1 Jun + 45 = Thu 16 Jul; + 105 = Mon 14 Sep.
    assert (result.respond_by, result.extended_respond_by) == (D("2026-07-16"), D("2026-09-14"))
    assert result.right == "appeal"


def test_utah_has_no_appeal_and_correction_only_from_july_2026(laws):
    # The UCPA has no appeal. HB 418 (Laws 2025 ch. 468) added a right to correct, Utah Code
    # § 13-61-201(4), for requests from 2026-07-01; this test used to say "no correction".
    appeal = appeal_deadline(laws["ucpa"], D("2026-06-01"), "US-UT")
    assert appeal.respond_by is None and "no appeal" in appeal.explanations[0]
    result = due(laws, "US-UT", "correction", "2026-06-01")
    assert dates(result) == (None, None, None)
    assert "2026-07-01" in result.explanations[0] and "HB 418" in result.explanations[0]
    # 1 Jul + 45 = Sat 15 Aug -> Mon 17 Aug; + 90 = Tue 29 Sep.
    assert dates(due(laws, "US-UT", "correction", "2026-07-01")) == (
        None,
        "2026-08-17",
        "2026-09-29",
    )


def test_law_not_in_force_on_the_day_received(laws):
    result = due(laws, "US-KY", "access", "2025-12-31", law_id="kcdpa")
    assert result.respond_by is None
    assert "2026-01-01" in result.explanations[0]
    # 1 Jan + 45 = Sun 15 Feb; Mon 16 Feb is Presidents' Day -> Tue 17 Feb.
    assert due(laws, "US-KY", "access", "2026-01-01").respond_by == D("2026-02-17")


# -- GDPR and UK GDPR ----------------------------------------------------------------------


def test_gdpr_ireland_end_of_march(laws):
    # One month from 31 Mar = 30 Apr (Thu). Extension: later of 30 Jun and 30 Apr + 2 months.
    result = due(laws, "IE", "access", "2026-03-31")
    assert dates(result) == (None, "2026-04-30", "2026-06-30")
    assert result.extension_notice_by == D("2026-04-30")


def test_gdpr_leap_year(laws):
    assert due(laws, "DE", "access", "2028-01-31").respond_by == D("2028-02-29")  # Tuesday


def test_gdpr_month_end_on_a_weekend(laws):
    # 31 Jan 2027 + 1 month = Sun 28 Feb 2027 -> Mon 1 Mar.
    assert due(laws, "DE", "access", "2027-01-31").respond_by == D("2027-03-01")


def test_gdpr_extension_takes_the_later_date(laws):
    # 31 Jan 2026 + 1 month = Sat 28 Feb -> Mon 2 Mar. Receipt + 3 months = Thu 30 Apr;
    # 2 Mar + 2 months = Sat 2 May, the later -> Mon 4 May.
    result = due(laws, "DE", "deletion", "2026-01-31")
    assert dates(result) == (None, "2026-03-02", "2026-05-04")


def test_gdpr_public_holiday_and_year_end(laws):
    # 17 Feb + 1 month = St Patrick's Day (Tue 17 Mar) -> 18 Mar.
    assert due(laws, "IE", "access", "2026-02-17").respond_by == D("2026-03-18")
    # 25 Nov + 1 month = Christmas (Fri), St Stephen's Day (Sat), Sunday -> Mon 28 Dec.
    result = due(laws, "IE", "access", "2026-11-25")
    assert result.respond_by == D("2026-12-28")
    # Extension: later of 25 Feb 2027 and 28 Feb 2027 (Sunday) -> Mon 1 Mar 2027.
    assert result.extended_respond_by == D("2027-03-01")


def test_gdpr_german_land_holidays(laws):
    # 6 Dec 2026 + 1 month = Wed 6 Jan 2027, Epiphany: a holiday in Bavaria, not nationally.
    assert due(laws, "DE", "access", "2026-12-06").respond_by == D("2027-01-06")
    assert due(laws, "DE-BY", "access", "2026-12-06").respond_by == D("2027-01-07")


def test_uk_gdpr_england_and_scotland(laws):
    # UK GDPR Art. 12A, counted to the corresponding date as the ICO does (the later of the
    # two readings): 30 Apr -> Sat 30 May -> Mon 1 Jun.
    assert due(laws, "GB", "deletion", "2026-04-30").respond_by == D("2026-06-01")
    # 1 Dec -> Fri 1 Jan 2027, a bank holiday -> Mon 4 Jan.
    assert due(laws, "GB", "access", "2026-12-01").respond_by == D("2027-01-04")
    # 2 Dec -> Sat 2 Jan 2027 -> Mon 4 Jan in England, Tue 5 Jan in Scotland (2 January's
    # substitute day is Mon 4 Jan there).
    assert due(laws, "GB", "access", "2026-12-02").respond_by == D("2027-01-04")
    assert due(laws, "GB-SCT", "access", "2026-12-02").respond_by == D("2027-01-05")


# -- Canada, Switzerland, Brazil, HIPAA ----------------------------------------------------


def test_pipeda_30_plus_30_over_canada_day(laws):
    # 1 Jun + 30 = 1 Jul (Canada Day) -> 2 Jul; + 60 = Fri 31 Jul.
    assert dates(due(laws, "CA-ON", "access", "2026-06-01")) == (None, "2026-07-02", "2026-07-31")


def test_pipeda_correction_has_no_fixed_deadline(laws):
    result = due(laws, "CA-ON", "correction", "2026-06-01")
    assert result.respond_by is None
    assert "no time limit" in result.explanations[0]
    assert result.citations  # the right's citation is still given


def test_quebec_30_days_no_extension_over_fete_nationale(laws):
    # 25 May + 30 = Wed 24 Jun (Fête nationale) -> 25 Jun.
    result = due(laws, "CA-QC", "access", "2026-05-25")
    assert dates(result) == (None, "2026-06-25", None)
    assert result.extension_notice_by is None


def test_bc_counts_business_days(laws):
    result = due(laws, "CA-BC", "access", "2026-01-02")
    assert result.respond_by == add_business_days(D("2026-01-02"), 30, "CA-BC")
    assert is_working_day(result.respond_by, "CA-BC")


def test_fadp_30_days_over_national_day(laws):
    # 2 Jul + 30 = Sat 1 Aug (Swiss National Day) -> Mon 3 Aug.
    assert dates(due(laws, "CH", "access", "2026-07-02")) == (None, "2026-08-03", None)


def test_lgpd_15_days_and_small_agents(laws):
    # 2 Jan + 15 = Sat 17 Jan -> Mon 19 Jan; doubled: Sun 1 Feb -> Mon 2 Feb.
    result = due(laws, "BR", "access", "2026-01-02")
    assert dates(result) == (None, "2026-01-19", "2026-02-02")
    assert result.extension_notice_by is None
    assert extension_in_time(result, D("2026-01-30"))


def test_hipaa_access_and_amendment(laws):
    access = due(laws, "US-CA", "access", "2026-06-01", law_id="hipaa-access")
    assert dates(access) == (None, "2026-07-01", "2026-07-31")
    amend = due(laws, "US-CA", "correction", "2026-06-01", law_id="hipaa-access")
    assert dates(amend) == (None, "2026-07-31", "2026-08-31")
    assert "164.526" in " ".join(amend.citations)
    assert due(laws, "US-CA", "deletion", "2026-06-01", law_id="hipaa-access").respond_by is None


# -- no law, promises, receipt, extensions -------------------------------------------------


def test_no_law_gives_no_dates_but_shows_the_company_promise():
    result = compute_deadlines(None, "access", D("2026-06-01"), "US-NY", company_response_days=30)
    assert dates(result) == (None, None, None)
    assert result.law_id is None
    assert "no statutory deadline" in result.explanations[0]
    assert "New York" in result.explanations[0]
    assert result.company_promise and "not a legal deadline" in result.company_promise
    assert result.company_promise_by == D("2026-07-01")
    assert result.as_json()["respond_by"] is None


def test_as_json_shape(laws):
    data = due(laws, "US-CA", "access", "2026-11-23").as_json()
    assert data["law"] == "ccpa"
    assert data["acknowledge_by"] == "2026-12-09"
    assert data["respond_by"] == "2027-01-07"
    assert data["extended_respond_by"] == "2027-02-22"
    assert isinstance(data["citations"], list) and data["citations"]


@pytest.mark.parametrize("channel", ["email", "webform", "E-mail"])
def test_receipt_online_is_the_day_sent(channel):
    assert assumed_receipt(D("2026-06-01"), channel)[0] == D("2026-06-01")


def test_receipt_by_post():
    day, why = assumed_receipt(D("2026-06-01"), "postal")
    assert day == D("2026-06-08")  # + 5 days = Sat 6 Jun, no delivery day -> Mon 8 Jun
    assert "assumed" in why
    assert assumed_receipt(D("2026-06-01"), "postal", D("2026-06-03"))[0] == D("2026-06-03")
    with pytest.raises(UserError):
        assumed_receipt(D("2026-06-01"), "postal", D("2026-05-30"))
    with pytest.raises(UserError):
        assumed_receipt(D("2026-06-01"), "pigeon")


def test_extension_in_time(laws):
    result = due(laws, "US-CA", "access", "2026-11-23")
    assert extension_in_time(result, D("2027-01-07"))
    assert not extension_in_time(result, D("2027-01-08"))
    assert not extension_in_time(due(laws, "US-CA", "opt_out", "2026-11-23"), D("2026-11-24"))
    assert effective_due(result, extended=True) == D("2027-02-22")
    assert effective_due(result, extended=False) == D("2027-01-07")


# -- rights by date, appeals, both parties' calendars ----------------------------------------


def test_ccpa_rights_added_by_the_cpra_start_in_2023(laws):
    # Correction (Civ. Code § 1798.106) only from 2023-01-01.
    assert due(laws, "US-CA", "correction", "2022-12-31").respond_by is None
    # 1 Jan 2023 + 45 = Wed 15 Feb (Susan B. Anthony Day in the holidays package) -> 16 Feb.
    assert due(laws, "US-CA", "correction", "2023-01-01").respond_by == D("2023-02-16")
    # An opt-out in 2022 has a deadline (opt-out of sale), and says sharing was not covered.
    old = due(laws, "US-CA", "opt_out", "2022-06-01")
    assert old.respond_by is not None
    assert any("sharing" in line and "2023-01-01" in line for line in old.explanations)
    new = due(laws, "US-CA", "opt_out", "2023-06-01")
    assert not any("Not covered" in line for line in new.explanations)


def test_new_laws_give_deadlines_from_their_first_day(laws):
    for code, start in (("US-OK", "2027-01-01"), ("US-LA", "2027-01-01"), ("US-AL", "2027-05-01")):
        before = D(start) - dt.timedelta(days=1)
        assert compute_deadlines(law_for(code, laws), "access", before, code).respond_by is None
        result = due(laws, code, "access", start)
        assert result.respond_by is not None and result.extended_respond_by is not None
    # Vermont's times were not confirmed: no date even after 2028-01-01, with the reason.
    vt = due(laws, "US-VT", "access", "2028-02-01")
    assert vt.respond_by is None and "not confirmed" in vt.explanations[0]


def test_appeal_explains_window_and_complaint_route(laws):
    result = appeal_deadline(laws["ndpa"], D("2027-10-04"), "US-NE")
    assert result.respond_by == D("2027-12-03")
    text = " ".join(result.explanations)
    assert "reasonable period" in text and "Attorney General" in text
    assert "Neb. Rev. Stat. § 87-1109(3)" in result.citations
    assert "protectthegoodlife.nebraska.gov" in text


def test_appeal_before_the_law_starts_and_without_a_confirmed_deadline(laws):
    early = appeal_deadline(laws["okdpa"], D("2026-12-01"), "US-OK")
    assert early.respond_by is None and "2027-01-01" in early.explanations[0]
    nj = appeal_deadline(laws["njdpa"], D("2027-03-01"), "US-NJ")
    assert nj.respond_by is None and "no deadline" in nj.explanations[0]
    assert any("Attorney General" in line for line in nj.explanations)
    assert appeal_deadline(None, D("2027-03-01"), "US-NY").respond_by is None


def test_appeal_decision_due_from_the_day_sent(laws):
    # Posted Mon 1 Mar 2027, + 5 days = Sat 6 Mar, no delivery day -> Mon 8 Mar; + 60 = Fri 7 May.
    result = appeal_decision_due(laws["vcdpa"], D("2027-03-01"), "US-VA", "postal")
    assert result.received == D("2027-03-08")
    assert result.respond_by == D("2027-05-07")
    assert "assumed delivered" in result.explanations[0]
    emailed = appeal_decision_due(laws["vcdpa"], D("2027-03-01"), "US-VA")
    assert emailed.respond_by == D("2027-04-30")


def test_gdpr_counts_the_controllers_holidays_when_given(laws):
    # Berlin person, Bavarian controller: 27 May 2027 is Corpus Christi in Bavaria.
    assert due(laws, "DE-BE", "access", "2027-04-27").respond_by == D("2027-05-27")
    both = compute_deadlines(laws["gdpr"], "access", D("2027-04-27"), "DE-BE", controller="DE-BY")
    assert both.respond_by == D("2027-05-28")
    # None means unknown: the person's calendar only.
    same = compute_deadlines(laws["gdpr"], "access", D("2027-04-27"), "DE-BE", controller=None)
    assert same.respond_by == D("2027-05-27")
    # UK GDPR does not point to the controller's place.
    uk = compute_deadlines(laws["uk-gdpr"], "access", D("2027-04-27"), "GB", controller="DE-BY")
    assert uk.respond_by == D("2027-05-27")  # Art. 12A, to the corresponding date (ICO)


def test_explanation_names_the_statutory_holiday(laws):
    result = due(laws, "US-CA", "deletion", "2027-07-26")
    assert any("Admission Day" in line and "6700" in line for line in result.explanations)
