"""The policy reader on the many ways policies word rights, roles, retention, response times and
verification (contacts and sales have files of their own).

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


def test_a_request_that_may_fail_still_offers_the_right(tmp_path: Path) -> None:
    text = (
        "You may request access to or deletion of your personal information; if we cannot "
        "verify you, we may not be able to process your request.\n"
    )
    assert _read(tmp_path, text)["rights"]["access"]["offered"] is True


def test_rights_in_a_list_opened_for_one_region_are_that_regions(tmp_path: Path) -> None:
    text = (
        "## Your rights\n\n"
        "If you are in the EEA, you have the following rights in respect of your data:\n\n"
        "*   Right of access. You have the right to obtain a copy of your personal data.\n"
        "*   Right to erasure. You have the right to ask us to erase your personal data.\n\n"
        "## Cookies\n\n"
        "You can delete all cookies that are already on your computer.\n\n"
        "## Children\n\n"
        "If you know that anyone younger than 16 has given us data, please contact us so that "
        "we can take steps to remove such information.\n"
    )
    rights = _read(tmp_path, text)["rights"]
    assert rights["access"]["regions"] == ["EEA"]
    assert rights["deletion"]["regions"] == ["EEA"]


def test_deleting_cookies_is_no_right_of_deletion(tmp_path: Path) -> None:
    text = "You can also delete cookies from your browser at any time.\n"
    assert _read(tmp_path, text)["rights"]["deletion"]["offered"] is None


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The personal information you provide is controlled by Pine in accordance with the "
         "laws of the country in which you live.", "controller"),
        ("It refers to the company responsible for your information (or “Data Controller”).",
         "controller"),
        ("The Data Controller, unless otherwise specified, is the Owner of this Application.",
         "controller"),
        ("Contact the responsible Data Controller to exercise your rights.", "controller"),
        ("We are, under EU data protection laws, qualified as “data controller”.", "controller"),
        ("An affiliate is an entity that controls, is controlled by, or is under common control "
         "with Pine.", None),
        ("Pine Ltd operates the platform for experiences provided by third-party travel "
         "providers and is the controller of your personal data.", "controller"),
        ("Under applicable law, Pine is considered the \"data controller\" of information "
         "about our visitors.", "controller"),
        ("Jane Pine is the _controller_ of your data.", "controller"),
        ("Pine Notes, Inc. and each of its brands are the data controller.", "controller"),
        ("If you are a controller using our service, you must inform your users.", None),
    ],
)  # fmt: skip
def test_the_company_placed_as_controller_in_other_words(
    tmp_path: Path, sentence: str, role: str | None
) -> None:
    assert _read(tmp_path, sentence + "\n")["role"]["value"] == role


def test_helping_clients_retain_their_privacy_is_no_retention(tmp_path: Path) -> None:
    text = (
        "It is important to Pine to help its clients retain their privacy when they take "
        "advantage of all the Internet has to offer.\n"
    )
    assert _read(tmp_path, text)["retention"]["value"] is None


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("You may ask to know, access, correct, transfer, restrict the processing of, and "
         "delete your personal data.", "correction"),
        ("You may at any time make a request to inspect any data stored concerning your person, "
         "to amend or delete this data.", "correction"),
        ("You may access, update, alter, or delete your basic user profile information.",
         "correction"),
        ("You can review, edit, or delete your account data at any time.", "correction"),
        ("You also have the right to request that it be corrected, blocked, or deleted.",
         "correction"),
        ("You may change any of your Personal Data in your Account.", "correction"),
        ("You have a right to a digital copy of all personally identifiable information stored "
         "about you.", "access"),
        ("You always have the right to request information about your stored data at no "
         "charge.", "access"),
        ("You  can obtain access to the PII that  we hold about you.", "access"),
        ("You can decide whether we’ll show you personalized ads or not in the app settings.",
         "opt_out"),
        ("You can choose whether your personal information is used to make ads more relevant "
         "to you.", "opt_out"),
    ],
)  # fmt: skip
def test_rights_in_more_words(tmp_path: Path, sentence: str, right: str) -> None:
    assert _read(tmp_path, sentence + "\n")["rights"][right]["offered"] is True


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("You can access and change certain information through the Services.", "correction"),
        ("As a member, you can review and change personal information at any time.", "access"),
        ("You can correct, update or review personal information you have submitted.",
         "access"),
        ("Through your profile, you may change and/or access certain Account information.",
         "access"),
    ],
)  # fmt: skip
def test_account_tools_that_show_or_change_your_data(
    tmp_path: Path, sentence: str, right: str
) -> None:
    found = _read(tmp_path, sentence + "\n")["rights"][right]
    assert (found["offered"], found["regions"]) == (True, ["all"])


@pytest.mark.parametrize(
    "sentence",
    [
        "For your protection, we may need to verify your identity before completing what you "
        "have asked us to do.",
        "We may ask you for proof of identity or other additional information before doing so.",
        "We may need to confirm the identity of the applicant before releasing personal "
        "information to them.",
        "Before we can satisfy your request, you’ll need to give us enough information so that "
        "we can be certain of your identity.",
    ],
)
def test_verification_in_other_words(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["verification"]["value"] is not None


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("We will deal with the request without undue delay and at the latest within one month "
         "of receipt.", 30),
        ("If you make a request, we have one month to respond to you.", 30),
        ("These requests will be addressed by the Owner as early as possible and always within "
         "one month.", 30),
        ("Please allow 30 days for a response.", 30),
        ("We will honor your opt-out within 14 days.", 14),
        ("We will provide you with such confirmation within 28 days of receiving your written "
         "request.", 28),
        ("Retain server logs containing the IP address of all requests to this server no more "
         "than 90 days.", None),
        ("If you have a concern that we have not addressed satisfactorily within 30 days, you "
         "may reach out to our dispute resolution provider.", None),
    ],
)  # fmt: skip
def test_response_time_in_other_words(tmp_path: Path, sentence: str, days: int | None) -> None:
    assert _read(tmp_path, sentence + "\n")["response_days"]["value"] == days


def test_a_right_given_to_all_users_under_a_state_law_is_everyones(tmp_path: Path) -> None:
    text = (
        "As part of the California Online Privacy Protection Act, all users of our site may "
        "make any changes to their information at any time by logging in.\n"
    )
    right = _read(tmp_path, text)["rights"]["correction"]
    assert (right["offered"], right["regions"]) == (True, ["all"])


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("The raw log data is not made public, and is normally discarded after about three "
         "weeks.", True),
        ("If you delete documents, they remain encrypted on our servers for two weeks and are "
         "then deleted.", True),
        ("We retain support emails indefinitely in order to answer follow-up questions.", True),
        ("We protect your data by keeping your personal data only as necessary to perform our "
         "legitimate business interests.", True),
        ("This data is deleted when your account is deleted.", True),
        ("When you close your account, we delete all records for which you are the sole "
         "custodian.", True),
        ("This information is processed to allow use of the audio feature and immediately "
         "deleted.", True),
        ("Protect your account by signing off after use and keeping your log-in and password "
         "private until you need them.", False),
    ],
)  # fmt: skip
def test_retention_in_other_words(tmp_path: Path, sentence: str, stated: bool) -> None:
    assert (_read(tmp_path, sentence + "\n")["retention"]["value"] is not None) is stated


@pytest.mark.parametrize(
    "text",
    [
        "We will respond to any valid request within 45 days of receipt, or 90 days if we "
        "notify you that we need more time.\n",
        "We will respond to your request within 45 days. If we need more time, we will tell "
        "you. The total period will not exceed 90 days.\n",
    ],
)
def test_an_extension_stated_as_the_total_time(tmp_path: Path, text: str) -> None:
    reading = _read(tmp_path, text)
    assert (reading["response_days"]["value"], reading["extension"]["value"]) == (45, "45 days")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("If you, or someone acting on your behalf, would like to request that we tell you "
         "about the personal information we hold about you, contact us.", True),
        ("Pine agrees to cooperate with the data protection authorities (or their authorized "
         "representatives) in any dispute resolution.", None),
        ("Consent may be given by your authorized representative (such as a legal guardian).",
         None),
        ("Only you or a person registered with the California Secretary of State that you "
         "authorize to act on your behalf may make a request.", True),
    ],
)  # fmt: skip
def test_an_agent_who_acts_for_the_reader(
    tmp_path: Path, sentence: str, value: bool | None
) -> None:
    assert _read(tmp_path, sentence + "\n")["authorized_agent"]["value"] is value


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("*   Delete your personal information, subject to some exceptions.", "deletion"),
        ("*   Change or correct personal data.", "correction"),
        ("At Pine, we respect your ability to know, access, correct and delete your personal "
         "data.", "access"),
        ("To request removal of any personal information you submitted in our forums, contact "
         "us.", "deletion"),
    ],
)  # fmt: skip
def test_rights_named_in_a_list_item_or_as_an_ability(
    tmp_path: Path, sentence: str, right: str
) -> None:
    assert _read(tmp_path, sentence + "\n")["rights"][right]["offered"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "We process a user’s uploads as the user’s “processor” under the GDPR.",
        "Pine is both a “business” and a “service provider” under the CCPA.",
        "As highlighted above, we only process Video Feeds on your behalf.",
    ],
)
def test_the_company_as_a_processor_for_some_data(tmp_path: Path, sentence: str) -> None:
    text = "We are the data controller of your account information.\n" + sentence + "\n"
    assert _read(tmp_path, text)["role"]["value"] == "mixed"
