"""The policy reader on the many ways policies word rights, roles, sales, ads and verification.

Each sentence below is written for the test in the manner of real policies; the fact read from
it (or the silence) is what a person relies on when the card is shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.records.policy_text import load_policy
from assistant.records.reader import read_policy


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "policy.md"
    path.write_text("# Privacy policy of Pine Notes\n\n" + text, encoding="utf-8")
    return read_policy(load_policy(path))


@pytest.mark.parametrize(
    "sentence",
    [
        "If you wish to access, correct, update, or request deletion of your personal "
        "information, you can do so at any time by contacting us.",
        "You are entitled to have incorrect data corrected.",
        "You may request updates to your personal data at any time.",
        "Members can access and update certain data about them via their account login.",
        "Users are able to change their personal information in the settings.",
    ],
)
def test_correction_offered_inside_a_list_of_rights(tmp_path: Path, sentence: str) -> None:
    right = _read(tmp_path, sentence + "\n")["rights"]["correction"]
    assert right["offered"] is True
    assert right["quote"] in sentence


def test_the_companys_own_rights_and_childrens_data_are_no_rights_of_the_reader(
    tmp_path: Path,
) -> None:
    text = (
        "We reserve the right to access, read and preserve any information we believe is "
        "necessary to comply with law.\nIf we learn that we have collected information from a "
        "child under 13, we will make reasonable efforts to delete such information.\n"
    )
    rights = _read(tmp_path, text)["rights"]
    assert rights["access"]["offered"] is None
    assert rights["deletion"]["offered"] is None


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Hi, I am Dean and I am your data controller.", "controller"),
        ("Pine Forum, LLC, a U.S. company, and the data controller, runs this site.", "controller"),
        ("Your information is received and controlled by Pine when you sign up.", "controller"),
        ("Social networks have their own responsibilities as a data controller.", None),
        ("Transfers to a processor rely on the standard contractual clauses.", None),
    ],
)
def test_role_is_the_companys_own(tmp_path: Path, sentence: str, role: str | None) -> None:
    assert _read(tmp_path, sentence + "\n")["role"]["value"] == role


@pytest.mark.parametrize(
    ("sentence", "sells"),
    [
        ("There will be no sale of data.", False),
        ("We neither rent nor sell your information to anyone.", False),
        ("In the past twelve months, we have “sold” the following personal information: "
         "Location, Advertising ID.", True),
        ("The definition of sale is broad under the CCPA and may include sharing cookie "
         "identifiers with our advertising partners.", True),
        ("Do Not Sell My Personal Information", None),
        ("You have the right to know how and when we disclose or sell your personal "
         "information.", None),
        ("We will not sell any personal information gathered from survey respondents.", None),
        ("We do not sell your information to other companies without your consent.", None),
        ("We do not knowingly collect or sell information from minors under 16.", None),
    ],
)  # fmt: skip
def test_what_decides_selling(tmp_path: Path, sentence: str, sells: bool | None) -> None:
    assert _read(tmp_path, sentence + "\n")["sells"]["value"] is sells


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("Our website features no third party ads or tracking tools.", False),
        ("We do not share your data with third parties for marketing purposes.", False),
        ("We work independently and do not have any advertising partners.", False),
        ("We share demographic data with advertisers only on an aggregate basis.", False),
        ("We do not control third parties’ use of your information to serve interest-based "
         "advertising.", True),
        ("Advertising and social media cookies gather information about your visits.", True),
        ("We do not use cookies.", None),
    ],
)  # fmt: skip
def test_what_decides_sharing_for_ads(tmp_path: Path, sentence: str, shares: bool | None) -> None:
    assert _read(tmp_path, sentence + "\n")["shares_for_ads"]["value"] is shares


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("We will respond within 45 days of receiving your verifiable request.", True),
        ("We will verify all such requests before providing any personal information.", True),
        ("You may be required to verify your identity before any information is released to "
         "you.", True),
        ("We verify your identity when you log in and remember your settings.", False),
        ("We use your financial data to verify your qualifications for certain products.", False),
    ],
)  # fmt: skip
def test_verification_is_about_requests(tmp_path: Path, sentence: str, stated: bool) -> None:
    assert (_read(tmp_path, sentence + "\n")["verification"]["value"] is not None) is stated


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("When we receive such a request, we will seek to comply (but in no event more than 30 "
         "days).", 30),
        ("We generally respond to help requests within 24 hours, but it may take up to 30 days "
         "depending on the volume of requests.", 30),
        ("We will inform you within four weeks after your request.", 28),
        ("Email: privacy@pine.example (24 hour response guaranteed)", 1),
        ("We strive to delete IP addresses within 60 days when their purpose is fulfilled.", None),
    ],
)  # fmt: skip
def test_response_time_for_requests(tmp_path: Path, sentence: str, days: int | None) -> None:
    assert _read(tmp_path, sentence + "\n")["response_days"]["value"] == days


@pytest.mark.parametrize(
    ("sentence", "extension"),
    [
        ("Where the request is complex, the period may be extended by two further months.",
         "2 months"),
        ("If your question is complex, we will get back to you within two additional months.",
         "2 months"),
        ("Backed-up data remains there for an additional 7 days until it is completely deleted.",
         None),
    ],
)  # fmt: skip
def test_extension_of_the_response_time(
    tmp_path: Path, sentence: str, extension: str | None
) -> None:
    assert _read(tmp_path, sentence + "\n")["extension"]["value"] == extension


def test_contacts_as_written_without_patterns_dates_or_encoded_copies(tmp_path: Path) -> None:
    text = (
        "Write to [support+privacy@pine.example](mailto:support%2Bprivacy@pine.example). Staff "
        "addresses look like firstname.surname@company.com.\n"
        "Last changed 2016-12-09 00:00, build 20170730, (c) 2011 - 2019.\n\n"
        "Pine Notes AB\n\nBox 53049\n\n400 14 Gothenburg\n\nSweden\n\n"
        "Or write to us at 602 20th Street, San Francisco, CA, 94107, Attention: Privacy.\n"
        "Our office: 524 Yates St., Victoria, BC, V8W 1K8, Canada.\n"
    )
    reading = _read(tmp_path, text)
    assert [e["value"] for e in reading["emails"]] == ["support+privacy@pine.example"]
    assert reading["phones"] == []
    assert sorted(a["value"] for a in reading["postal_addresses"]) == [
        "524 Yates St., Victoria, BC, V8W 1K8, Canada",
        "602 20th Street, San Francisco, CA, 94107",
        "Box 53049, 400 14 Gothenburg, Sweden",
    ]


def test_pages_offered_for_contact_opt_out_and_requests(tmp_path: Path) -> None:
    text = (
        "To limit ad tracking on your phone, see [Apple's instructions]"
        "(https://support.apple.com/en-us/HT202074).\n"
        "Read how to [delete rows](https://pine.example/news/sql-delete-row-statement-examples/) "
        "if you request help with our tutorials.\n\n"
        "Legal notice\n\nPine Notes GmbH  \n[contact form](https://pine.example/contact)  \n\n"
        "Pine customer service: https://help.pine.example/\n"
    )
    forms = {w["url"]: w["purpose"] for w in _read(tmp_path, text)["web_forms"]}
    assert forms == {
        "https://support.apple.com/en-us/HT202074": "opt_out",
        "https://pine.example/contact": "other",
        "https://help.pine.example/": "other",
    }


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("We retain data as needed to run the site, combat fraud and as required by law.", True),
        ("We will maintain your Order Information for our records until you ask us to delete "
         "it.", True),
        ("Some information of deleted accounts is retained for statistical purposes.", True),
        ("Our partners help us run the site, so long as they agree to keep this information "
         "confidential.", False),
    ],
)  # fmt: skip
def test_retention_is_how_long_data_is_kept(tmp_path: Path, sentence: str, stated: bool) -> None:
    assert (_read(tmp_path, sentence + "\n")["retention"]["value"] is not None) is stated


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("You may access your Pine account at any time to review your PHR data.", "access"),
        ("You have a right to request that we disclose to you the categories of personal "
         "information we have collected.", "access"),
        ("We provide you with the ability to access and modify your registration data.",
         "access"),
        ("On your request we will inform you within four weeks if and how your personal data "
         "is processed.", "access"),
        ("We use retargeting, and you have the right to refuse retargeting by clicking here.",
         "opt_out"),
        ("You may opt out of our Custom Audience program by sending us an email.", "opt_out"),
    ],
)  # fmt: skip
def test_access_and_opt_out_in_other_words(tmp_path: Path, sentence: str, right: str) -> None:
    assert _read(tmp_path, sentence + "\n")["rights"][right]["offered"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "You may revoke our access to your data via your Google account settings.",
        "Courts, law enforcement agencies or security authorities in those countries may be "
        "entitled to access your personal information.",
    ],
)
def test_someone_elses_access_is_no_right_of_access(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["rights"]["access"]["offered"] is None


def test_a_verifiable_consumer_request_is_californias(tmp_path: Path) -> None:
    text = (
        "To exercise the access or deletion rights, please submit a verifiable consumer "
        "request to us.\n"
    )
    right = _read(tmp_path, text)["rights"]["access"]
    assert (right["offered"], right["regions"]) == (True, ["US-CA"])


def test_the_company_named_at_the_top_is_the_policys_own(tmp_path: Path) -> None:
    text = (
        "Updated 2020. Questions: privacy@pinenotes.example\n\n"
        'Pine Notes Labs, Inc., with its affiliates (collectively, "Pine Notes", "we"), '
        "runs the app.\n\n"
        "We sell games through Valve Corporation. Valve Corporation may receive your name.\n\n"
        "Payments are handled by Stripe, Inc.\n"
    )
    assert _read(tmp_path, text)["company_name"] == "Pine Notes Labs, Inc."


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("This site is run by Wizards of the Coast LLC.", "Wizards of the Coast LLC"),
        ("Copyright © 123Greetings.com, Inc. All rights reserved.", "123Greetings.com, Inc."),
    ],
)
def test_names_with_small_words_or_digits(tmp_path: Path, sentence: str, name: str) -> None:
    assert _read(tmp_path, sentence + "\n")["company_name"] == name


def test_a_description_of_the_company_is_not_its_name(tmp_path: Path) -> None:
    text = (
        "The service is provided by Open Certs Group, a California (United States) Nonprofit "
        "Public Benefit Corporation.\n"
    )
    assert _read(tmp_path, text)["company_name"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Some browsers send do-not-track signals. It is not always clear what users mean by "
            "them. We currently do not take action in response to these signals.\n",
            False,
        ),
        ("PINE  might  not recognize “Do Not Track” requests  from browsers.\n", False),
        ("Pine Notes honours the Do Not Track header and collects no analytics then.\n", True),
        ("We respect the [Do Not Track](https://dnt.example/) header.\n", True),
    ],
)
def test_do_not_track_said_in_the_next_sentence_or_by_the_company(
    tmp_path: Path, text: str, value: bool
) -> None:
    assert _read(tmp_path, text)["dnt"]["value"] is value


def test_not_tracking_comments_is_no_do_not_track_answer(tmp_path: Path) -> None:
    text = "We do not track or store a record of those comments.\n"
    assert _read(tmp_path, text)["dnt"]["value"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "If you do not wish us to disclose your information to partners in this manner, "
            "which is considered a “sale” under the CCPA, select the “Do Not Sell My Info” link.\n",
            True,
        ),
        (
            "While Pine does not believe that its use of cookies constitutes a “sale” under "
            "CCPA, Pine has published a “Do Not Sell My Personal Information” page.\n",
            None,
        ),
        (
            "Regarding users aged 13 to 16, we do not sell their personal information without "
            "affirmative authorisation.\n",
            None,
        ),
        (
            "We don’t sell any personal information about you, except as provided in this "
            "Privacy Policy.\n",
            None,
        ),
    ],
)
def test_sales_named_by_the_law_and_denials_that_settle_nothing(
    tmp_path: Path, text: str, value
) -> None:
    assert _read(tmp_path, text)["sells"]["value"] is value


def test_a_request_after_do_not_track_is_no_answer_about_it(tmp_path: Path) -> None:
    text = (
        "Some browsers send Do Not Track signals. We will not process the request without "
        "verification.\n"
    )
    assert _read(tmp_path, text)["dnt"]["value"] is None


def test_a_request_that_may_fail_still_offers_the_right(tmp_path: Path) -> None:
    text = (
        "You may request access to or deletion of your personal information; if we cannot "
        "verify you, we may not be able to process your request.\n"
    )
    assert _read(tmp_path, text)["rights"]["access"]["offered"] is True
