"""`rights deadlines` and `rights laws`, run through the real command line entry point."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.cli import main


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
    assert data["received"] == "2026-05-09"
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
        (["--residence", "US-CA", "--right", "access", "--received", "2026-02-30"], "not a date"),
        (["--residence", "US-CA", "--right", "access", "--received", "soon"], "not a date"),
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
