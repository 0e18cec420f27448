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


def test_dispute_bodies_and_authorities_in_a_complaint_sentence_are_contact_pages(
    tmp_path: Path,
) -> None:
    text = (
        "If we have not addressed your complaint to your satisfaction, please contact or visit "
        "[JAMS](https://dispute.example/privacy-shield).\n"
        "You may lodge a complaint with the relevant [data protection supervisory authority]"
        "(http://authorities.example/list.htm).\n"
        "We process data as described in the [Online Services Terms]"
        "(https://pine.example/terms-of-service).\n"
    )
    forms = {w["url"]: w["purpose"] for w in _read(tmp_path, text)["web_forms"]}
    assert forms == {
        "https://dispute.example/privacy-shield": "other",
        "http://authorities.example/list.htm": "other",
    }


def test_images_script_data_and_sections_of_a_policy_are_no_pages_to_use(
    tmp_path: Path,
) -> None:
    text = (
        "Ads carry the AdChoices icon ![Ad Choices](https://img.pine.example/adchoices.png).\n"
        "To opt out, visit http://www.aboutads.info/\\\\u003c/a\\\\u003e in script data.\n"
        "You can choose to [opt out](https://pine.example/about-privacy-policy#PolicyChoices) "
        "of receiving newsletters.\n"
        "[Do not sell my info](https://pine.example/legal.html#ccpa)\n"
        "To opt out, see the [Digital Advertising Alliance](http://optout.aboutads.info/#!).\n"
        "Write to us at [\\[email protected\\]](https://pine.example/cdn-cgi/l/email-protection) "
        "to file a complaint.\n"
    )
    forms = [w["url"] for w in _read(tmp_path, text)["web_forms"]]
    assert forms == ["http://optout.aboutads.info/#!"]


def test_help_articles_and_site_menus_are_no_settings_or_request_pages(tmp_path: Path) -> None:
    text = (
        "For how to change your privacy settings, see [this article]"
        "(https://help.pine.example/en/change-your-privacy-settings-rygl6XoJm).\n"
        "Information on how to delete cookies can be found [here]"
        "(https://cookies.example/how-to-delete-cookies/).\n"
        "[My account](https://pine.example/en/account/) [Download](https://pine.example/get/)\n"
        "You can control who sees your notes in your [privacy settings]"
        "(https://pine.example/settings/privacy).\n"
    )
    forms = {w["url"]: w["purpose"] for w in _read(tmp_path, text)["web_forms"]}
    assert forms == {"https://pine.example/settings/privacy": "settings"}


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


def test_postal_addresses_with_a_suite_line_french_streets_and_one_address_twice(
    tmp_path: Path,
) -> None:
    text = (
        "Please contact us:\n\nPine Notes, Inc.  \n8 Market Place  \nSuite 805  \n"
        "Baltimore, MD 21202  \nAttn: Privacy Team\n\n"
        "Or write to us at Pine SAS, 19 rue de Paris, 35500 Vitré, FRANCE;\n\n"
        "Our office: 51 Monroe St, Suite 1700, Rockville, MD 20850, USA.\n"
        "Send notices to 51 Monroe Street, Suite 1700, Rockville, Maryland 20850, United "
        "States.\n"
    )
    values = sorted(a["value"] for a in _read(tmp_path, text)["postal_addresses"])
    assert values == [
        "19 rue de Paris, 35500 Vitré, FRANCE",
        "51 Monroe Street, Suite 1700, Rockville, Maryland 20850, United States",
        "8 Market Place, Suite 805, Baltimore, MD 21202",
    ]


def test_a_service_providers_address_is_not_the_companys(tmp_path: Path) -> None:
    text = (
        "We use Cloud Ocean Inc. (101 Avenue of the Americas, New York, NY 10013, USA) as a "
        "service provider to host our servers.\n"
        "Pine Notes LLC has its principal place of business at 68 Harrison Ave, 6th Floor, "
        "Boston, MA 02111, and is provided by Pine Notes LLC.\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["68 Harrison Ave, 6th Floor, Boston, MA 02111"]


@pytest.mark.parametrize(
    ("sentence", "sells"),
    [
        ('For purposes of the CCPA, Pine does not "sell" your Personal Data.', False),
        ("Pine Notes will never sell, rent, or lease your personally identifiable information "
         "to others.", False),
        ("Your personal data will never be sold or shared.", False),
        ("We do not sell personal information of any individual, including personal "
         "information of minors under 16 years of age.", False),
        ("Pine does not sell, rent, or trade your personal information with any third party "
         "unless specified.", False),
        ("Pine does not rent, sell, or share personal information about you except to provide "
         "the services you have requested.", None),
        ("Pine will not sell or share private information, such as email addresses, unless "
         "you agree.", None),
        ("We do not sell, rent, or otherwise provide your personal information to third "
         "parties for marketing purposes.", None),
        ("If you have registered, we will not sell or rent any information that identifies "
         "you.", None),
        ("We do not sell personal information about residents who we know are younger than 16 "
         "years old without opt-in consent.", None),
    ],
)  # fmt: skip
def test_denials_of_selling_closed_lists_and_conditions(
    tmp_path: Path, sentence: str, sells: bool | None
) -> None:
    assert _read(tmp_path, sentence + "\n")["sells"]["value"] is sells


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no ads or tracking scripts.",
        "No tracking cookies will be dropped on to your machine from this website.",
        "We do not use any third party analytics or tracking software.",
        "We do not track you on this site or any others.",
        "We do not do any targeted advertising or any profiling.",
        "The app does not allow interest-based advertising or remarketing.",
        "Pine does not accept any third party cookies.",
        "Personal data is not shared with other recipients, or transferred to third countries.",
        "Access to Personal Data is restricted to our staff, and will never be sold or shared.",
    ],
)
def test_plain_denials_of_ads_and_tracking(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["shares_for_ads"]["value"] is False


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


def test_a_provider_of_a_service_the_site_uses_is_not_the_company(tmp_path: Path) -> None:
    text = (
        "Our websites use Google Analytics, a web analytics service provided by Cloud Metrics, "
        "Inc. (“Cloud Metrics”).\n"
        "Acme Widgets plc is based in London.\n"
    )
    assert _read(tmp_path, text)["company_name"] == "Acme Widgets plc"


def test_phones_in_the_north_american_shape_once_each_and_no_bank_numbers(
    tmp_path: Path,
) -> None:
    text = (
        "Pine Notes Consumer Products: 1.800.245.1040\n\n"
        "Questions? Call us at +1-800-928-1987. Lost cards: 800-928-1987.\n"
        "Bank account: 49.52.92.575  \nDutch Chamber of Commerce number: 50516167\n"
    )
    values = sorted(p["value"] for p in _read(tmp_path, text)["phones"])
    assert values == ["+1-800-928-1987", "1.800.245.1040"]


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


def test_pages_to_read_are_no_opt_out_pages(tmp_path: Path) -> None:
    text = (
        "Click [here](https://pine.example/about/ccpa) to read additional disclosures required "
        "under the California Consumer Privacy Act.\n"
        "For more information please visit [http://www.aboutads.info](http://www.aboutads.info/).\n"
        "To exercise your rights under CCPA, visit [Your CCPA Rights](https://pine.example/ccpa-rights).\n"
        "To opt out of interest-based ads, visit [www.aboutads.info/choices](http://www.aboutads.info/choices).\n"
        "[Contact Us](https://sync.pine.example/accounts/contact)\n"
    )
    forms = {w["url"]: w["purpose"] for w in _read(tmp_path, text)["web_forms"]}
    assert forms == {
        "https://pine.example/ccpa-rights": "opt_out",
        "http://www.aboutads.info/choices": "opt_out",
    }


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


def test_an_address_opened_by_a_building_name(tmp_path: Path) -> None:
    text = (
        "You can also contact the Information Commissioner's Office at Wycliffe House, Water "
        "Lane, Wilmslow, Cheshire, SK9 5AF.\n"
        "Informationen des Drittanbieters: Cloud Dublin, Cloud Ireland Ltd., Gordon House, "
        "Barrow Street, Dublin 4, Ireland.\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF"]


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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Itty Bits Apps, Pty. Ltd. collects and uses your Personal Data.",
         "Itty Bits Apps, Pty. Ltd."),
        ("The data controller is RS Internet Pazarlama A.S. in Istanbul.",
         "RS Internet Pazarlama A.S."),
        ("Adresse postale : Pine-Emotion Sàrl, CP 12, CH-1424 Champagne.", "Pine-Emotion Sàrl"),
        ("This site is run by Pine Ireland DAC.", "Pine Ireland DAC"),
        ("This site is run by Pine Notes International BV.", "Pine Notes International BV"),
        ("This site is operated by TiVo Corporation, TiVo Platform Technologies LLC and their "
         "affiliates.", "TiVo Corporation"),
    ],
)  # fmt: skip
def test_more_legal_forms_and_one_name_at_a_time(tmp_path: Path, sentence: str, name: str) -> None:
    assert _read(tmp_path, sentence + "\n")["company_name"] == name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Matomo does not track you if you activated the [**Do Not Track**]"
         "(https://dnt.example/) option of your browser.\n", True),
        ('**Do Not Track Signals.** California law requires us to let you know how we respond '
         'to web browser "Do Not Track" (DNT) signals. Because there is no standard for '
         "honoring DNT signals, we don't respond to them.\n", False),
    ],
)  # fmt: skip
def test_do_not_track_honoured_by_a_tool_or_only_announced(
    tmp_path: Path, text: str, value: bool
) -> None:
    assert _read(tmp_path, text)["dnt"]["value"] is value


def test_addresses_with_a_markdown_escape_or_spelled_out_dots(tmp_path: Path) -> None:
    text = (
        "Write to privacy\\_support@pine.example with any questions.\n"
        "Or contact **privacy (at) pine (dot) com** for data protection.\n"
    )
    emails = _read(tmp_path, text)["emails"]
    assert [(e["value"], e["address"]) for e in emails] == [
        ("privacy\\_support@pine.example", "privacy_support@pine.example"),
        ("privacy (at) pine (dot) com", "privacy@pine.com"),
    ]


def test_contact_pages_offered_for_any_question_or_after_an_unsatisfying_answer(
    tmp_path: Path,
) -> None:
    text = (
        "If you have any question, [please contact me](https://pine.example/contact/)!\n"
        "For queries, please contact our customer support center at "
        "[https://hub.pine.example/community/support](https://hub.pine.example/community/support).\n"
        "If you aren’t satisfied with our response, please contact JAMS at "
        "[https://disputes.example/privacy](https://disputes.example/privacy).\n"
    )
    forms = {w["url"]: w["purpose"] for w in _read(tmp_path, text)["web_forms"]}
    assert forms == {
        "https://pine.example/contact/": "other",
        "https://hub.pine.example/community/support": "other",
        "https://disputes.example/privacy": "other",
    }


def test_a_government_page_given_to_read_is_no_contact_page(tmp_path: Path) -> None:
    text = (
        "Under certain conditions, more fully described on the Privacy Shield website at "
        "[https://www.privacyshield.gov/article?id=How-to-Submit-a-Complaint]"
        "(https://www.privacyshield.gov/article?id=How-to-Submit-a-Complaint), you may invoke "
        "binding arbitration.\n"
        "You may file a complaint with the FTC at [ftccomplaintassistant.gov]"
        "(https://www.ftccomplaintassistant.gov/).\n"
    )
    forms = [w["url"] for w in _read(tmp_path, text)["web_forms"]]
    assert forms == ["https://www.ftccomplaintassistant.gov/"]


def test_a_right_given_to_all_users_under_a_state_law_is_everyones(tmp_path: Path) -> None:
    text = (
        "As part of the California Online Privacy Protection Act, all users of our site may "
        "make any changes to their information at any time by logging in.\n"
    )
    right = _read(tmp_path, text)["rights"]["correction"]
    assert (right["offered"], right["regions"]) == (True, ["all"])


@pytest.mark.parametrize(
    "text",
    [
        "This information will not be shared with any third parties without user consent.\n",
        "var google_remarketing_only = true; var google_conversion_id = 100;\n",
        "![](//googleads.g.doubleclick.net/pagead/viewthroughconversion/100/?value=0)\n",
        '"Do Not Track" is a preference you can set if you do not want online services to '
        "collect information about your activity from third party tracking services.\n",
    ],
)
def test_conditions_script_pixels_and_do_not_track_explanations_say_nothing_of_ads(
    tmp_path: Path, text: str
) -> None:
    assert _read(tmp_path, text)["shares_for_ads"]["value"] is None


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
        "We may also make the following processing which may amount to a sale of your personal "
        "information: we may transfer the advertising ID of your device to advertisers, along "
        "with your age (if we have it).",
        "We may also sell or transfer online data to certain third parties such as advertisers.",
    ],
)
def test_sales_stated_with_also_or_a_parenthesis(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["sells"]["value"] is True


def test_rights_under_a_do_not_sell_heading_are_californias(tmp_path: Path) -> None:
    text = (
        "## Do Not Sell My Personal Information\n\n"
        "You also have the right to request the deletion of your personal data collected in "
        "the past 12 months.\n"
    )
    right = _read(tmp_path, text)["rights"]["deletion"]
    assert (right["offered"], right["regions"]) == (True, ["US-CA"])


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


def test_a_request_form_offered_for_complaints_too_is_a_request_form(tmp_path: Path) -> None:
    text = (
        "To exercise your rights, or to make a complaint about how we handle your data, use "
        "our form at https://pinenotes.example/privacy-request.\n"
    )
    forms = _read(tmp_path, text)["web_forms"]
    assert [(f["url"], f["purpose"]) for f in forms] == [
        ("https://pinenotes.example/privacy-request", "request")
    ]


def test_a_tools_address_in_a_sentence_about_ip_addresses_is_not_the_companys(
    tmp_path: Path,
) -> None:
    text = (
        "This website uses Google Analytics, a web analytics tool of Google LLC, 1600 "
        "Amphitheatre Parkway, Mountain View, CA 94043, USA, which reads your IP address.\n\n"
        "You can write to us at Pine Notes Ltd, 12 Harbour Street, Leith, Edinburgh EH6 6QW.\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["12 Harbour Street, Leith, Edinburgh EH6 6QW"]
