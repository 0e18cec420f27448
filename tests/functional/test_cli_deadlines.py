"""`rights deadlines` and `rights laws`, run through the real command line entry point."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_json_for_california_access(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "US-CA", "--right", "access", "--received", "2026-11-23"
    )
    assert data["law"] == "ccpa"
    assert data["acknowledge_by"] == "2026-12-09"
    assert data["respond_by"] == "2027-01-07"
    assert data["extended_respond_by"] == "2027-02-22"
    assert "Cal. Code Regs. tit. 11, § 7021(a)" in data["citations"]


def test_residence_by_name(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "California", "--right", "opt_out",
        "--received", "2026-03-20",
    )  # fmt: skip
    assert (data["law"], data["respond_by"], data["extended_respond_by"]) == (
        "ccpa",
        "2026-04-13",
        None,
    )


def test_ireland_gdpr(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "Ireland", "--right", "deletion",
        "--received", "2026-03-31",
    )  # fmt: skip
    assert (data["law"], data["respond_by"], data["extended_respond_by"]) == (
        "gdpr",
        "2026-04-30",
        "2026-06-30",
    )
    assert data["acknowledge_by"] is None


def test_no_law_in_new_york(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "New York", "--right", "access",
        "--received", "2026-06-01", "--company-days", "30",
    )  # fmt: skip
    assert data["law"] is None
    assert data["respond_by"] is None and data["extended_respond_by"] is None
    assert data["company_promise_by"] == "2026-07-01"
    code, out, _ = run(
        capsys, "deadlines", "--residence", "US-NY", "--right", "access", "--received", "2026-06-01"
    )
    assert code == 0
    assert "no statutory deadline" in out


def test_text_form_explains_each_date_with_its_citation(capsys):
    code, out, _ = run(
        capsys, "deadlines", "--residence", "US-CA", "--right", "access", "--received", "2026-11-23"
    )
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(lines) == 3
    assert "2026-12-09" in lines[0] and "§ 7021(a)" in lines[0]
    assert "2027-01-07" in lines[1] and "1798.130" in lines[1]
    assert "2027-02-22" in lines[2]


def test_received_defaults_to_today(capsys):
    before = dt.date.today()
    data = run_json(capsys, "deadlines", "--residence", "DE", "--right", "access")
    assert data["received"] in {before.isoformat(), dt.date.today().isoformat()}
    assert data["respond_by"] is not None


def test_sent_by_post_assumes_five_days(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "US-TX", "--right", "access",
        "--sent", "2026-05-04", "--channel", "postal",
    )  # fmt: skip
    # Five days after Monday 4 May is Saturday 9 May; no post is assumed on a weekend.
    assert data["received"] == "2026-05-11"
    assert any("assumed" in note for note in data["notes"])


def test_law_can_be_chosen(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "US-NY", "--right", "access",
        "--received", "2026-06-01", "--law", "hipaa-access",
    )  # fmt: skip
    assert (data["law"], data["respond_by"], data["extended_respond_by"]) == (
        "hipaa-access",
        "2026-07-01",
        "2026-07-31",
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--residence", "US-CA", "--right", "access", "--received", "2026-02-30"], "wants a date"),
        (["--residence", "US-CA", "--right", "access", "--received", "soon"], "wants a date"),
        (["--residence", "Atlantis", "--right", "access"], "unknown residence"),
        (["--residence", "US-CA", "--right", "access", "--law", "nope"], "no law"),
        (["--residence", "US-CA", "--right", "access", "--company-days", "0"], "--company-days"),
    ],
)
def test_bad_input_exits_2_without_traceback(capsys, argv, message):
    code, out, err = run(capsys, "deadlines", *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err + out


def test_unknown_right_is_refused(capsys):
    code, _, err = run(capsys, "deadlines", "--residence", "US-CA", "--right", "forget")
    assert code == 2
    assert "invalid choice" in err


def test_laws_list(capsys):
    rows = run_json(capsys, "laws")
    by_id = {row["id"]: row for row in rows}
    assert by_id["gdpr"]["residences"] == 30
    assert by_id["ccpa"]["residences"] == 1
    assert by_id["hipaa-access"]["residences"] == 0
    code, out, _ = run(capsys, "laws")
    assert code == 0
    assert "uk-gdpr" in out and "California Consumer Privacy Act" in out


def test_laws_show(capsys):
    data = run_json(capsys, "laws", "show", "ccpa")
    assert data["id"] == "ccpa"
    assert data["rights"]["opt_out"]["deadlines"]["respond"]["amount"] == 15
    code, out, _ = run(capsys, "laws", "show", "gdpr")
    assert code == 0
    assert "GDPR Art. 12(3)" in out
    assert "Where sources disagree" in out
    code, _, err = run(capsys, "laws", "show", "nope")
    assert code == 2 and "no law" in err


def test_laws_lists_enacted_laws_not_yet_in_force(capsys):
    code, out, _ = run(capsys, "laws", "--on", "2026-12-01")
    assert code == 0
    head, _, coming = out.partition("Enacted, not yet in force")
    assert "okdpa" not in head and "ldpa" not in head
    assert "okdpa" in coming and "from 2027-01-01" in coming
    assert "ldpa" in coming and "apdpa" in coming and "from 2027-05-01" in coming
    assert "vdposa" in coming and "from 2028-01-01" in coming
    code, out, _ = run(capsys, "laws", "--on", "2027-01-01")
    head, _, coming = out.partition("Enacted, not yet in force")
    assert "okdpa" in head and "ldpa" in head and "okdpa" not in coming
    rows = {r["id"]: r for r in run_json(capsys, "laws", "--on", "2026-12-01")}
    assert rows["okdpa"]["status"] == "not_yet"
    assert rows["okdpa"]["in_force_from"] == "2027-01-01"
    assert rows["ccpa"]["right_starts"] == {"correction": "2023-01-01"}


def test_laws_shows_rights_added_later(capsys):
    code, out, _ = run(capsys, "laws", "--on", "2026-06-01")
    assert code == 0 and "ucpa correction from 2026-07-01" in out
    code, out, _ = run(capsys, "laws", "show", "ucpa")
    assert code == 0
    assert "applies to requests received from 2026-07-01" in out
    assert "Appeals: none" in out
    _code, out, _ = run(capsys, "laws", "show", "vcdpa")
    assert "decides within 60 calendar days" in out and "Attorney General" in out


def test_oklahoma_request_from_january_2027(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "Oklahoma", "--right", "access",
        "--received", "2027-01-04",
    )  # fmt: skip
    assert data["law"] == "okdpa"
    assert (data["respond_by"], data["extended_respond_by"]) == ("2027-02-18", "2027-04-05")
    early = run_json(
        capsys, "deadlines", "--residence", "US-OK", "--right", "access",
        "--received", "2026-12-31",
    )  # fmt: skip
    assert early["respond_by"] is None and "2027-01-01" in early["explanations"][0]


def test_controller_option(capsys):
    data = run_json(
        capsys, "deadlines", "--residence", "DE-BE", "--controller", "Bavaria",
        "--right", "access", "--received", "2027-04-27",
    )  # fmt: skip
    assert data["respond_by"] == "2027-05-28"
    code, _, err = run(
        capsys, "deadlines", "--residence", "DE", "--controller", "Atlantis", "--right", "access"
    )
    assert code == 2 and "--controller" in err


def test_help_says_ca_is_california_and_how_to_say_canada(capsys):
    code, out, _ = run(capsys, "deadlines", "--help")
    assert code == 0
    assert '"CA" means California' in out and '"Canada"' in out and "CA-ON" in out
    data = run_json(
        capsys, "deadlines", "--residence", "Canada", "--right", "access",
        "--received", "2027-10-12",
    )  # fmt: skip
    assert data["law"] == "pipeda" and data["residence"] == "CA"
    assert data["respond_by"] == "2027-11-12"  # Remembrance Day, Interpretation Act s. 35(1)


def test_laws_calendars_lists_each_statutory_holiday_with_its_citation(capsys):
    cals = {c["id"]: c for c in run_json(capsys, "laws", "calendars", "--year", "2027")}
    ca = {h["name"]: h for h in cals["us-ca"]["holidays"]}
    assert ca["Admission Day"]["date"] == "2027-09-09"
    assert ca["Admission Day"]["citation"] == "Cal. Gov. Code § 6700(a)(13)"
    assert cals["us-ca"]["places"] == ["US-CA"]
    fed = {h["name"]: h["date"] for h in cals["ca-federal"]["holidays"]}
    assert fed["Remembrance Day"] == "2027-11-11" and fed["Easter Monday"] == "2027-03-29"
    code, out, _ = run(capsys, "laws", "calendars", "--year", "2027")
    assert code == 0 and "2027-05-27" not in out.split("de-by")[0]
    assert "2027-03-29  Easter Monday" in out


@pytest.mark.parametrize(
    "option", ["--residence", "--controller", "--law"], ids=["residence", "controller", "law"]
)
def test_a_long_or_hostile_value_is_never_echoed_whole(capsys, option):
    """What a message quotes back is one bounded line without terminal controls."""
    base = {"--residence": "US-CA", "--right": "access", "--received": "2026-01-05"}
    for value in ("x" * 1_000_000, "Cali\x1b]0;owned\x07fornia", "Narnia\r\nBcc: x"):
        args = {**base, option: value}
        code, out, err = run(capsys, "deadlines", *[p for kv in args.items() for p in kv])
        assert code == 2 and out == ""
        assert option.strip("-") in err
        assert len(err) < 400 and "\x1b" not in err and "\x07" not in err
        assert not any(line.startswith("Bcc") for line in err.splitlines())


@pytest.mark.parametrize(
    "days", ["0", "-1", "401", "9223372036854775808", "9" * 5000, "1.5", "\u0661"]
)
def test_company_days_is_bounded(capsys, days):
    code, _, err = run(
        capsys, "deadlines", "--residence", "US-CA", "--right", "access",
        "--received", "2026-01-05", f"--company-days={days}",
    )  # fmt: skip
    assert code == 2 and "--company-days" in err and len(err) < 1500


@pytest.mark.parametrize("option", ["--received", "--sent", "--delivered"])
def test_an_empty_date_is_refused_not_taken_as_today(capsys, option):
    extra = ["--sent", "2026-01-05", "--channel", "postal"] if option == "--delivered" else []
    code, _, err = run(
        capsys, "deadlines", "--residence", "US-CA", "--right", "access", *extra, f"{option}="
    )
    assert code == 2 and f"{option} wants a date" in err


def test_delivered_needs_a_letter_sent_by_post(capsys):
    code, _, err = run(
        capsys, "deadlines", "--residence", "US-CA", "--right", "access",
        "--sent", "2026-01-05", "--delivered", "2026-01-07",
    )  # fmt: skip
    assert code == 2 and "--delivered is the day a letter sent by post arrived" in err
