"""The policy reader on the many ways policies give their contacts: e-mails, phones, postal
addresses, the pages offered for requests, opt-outs and complaints, and the company's own name.

Each text below is written for the test in the manner of real policies; the contact read from
it (or its absence) is what a person writes to.
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


def test_the_addresses_of_other_named_companies_are_not_the_companys(tmp_path: Path) -> None:
    text = (
        "Pine Notes GmbH is the controller of your data. "
        + "This policy says what we collect and why, and what you can do about it. " * 5
        + "\n\n"
        "Pine Notes GmbH  \nUngargasse 37, 1030 Vienna\n\n"
        "Our processors:\n\n"
        "*   Cloud Shield, Inc., 101 Townsend St, San Francisco, CA 94107, USA\n"
        "*   The Letter Group, LLC dba Letterbox, 675 Ponce de Leon Ave NE, Atlanta, GA 30308\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["Ungargasse 37, 1030 Vienna"]


def test_a_processors_address_stays_out_where_it_is_written_again_without_the_name(
    tmp_path: Path,
) -> None:
    text = (
        "Pine Notes GmbH is the controller of your data. "
        + "This policy says what we collect and why, and what you can do about it. " * 5
        + "\n\nOur processors:\n\n*   Cloud Shield, Inc., 101 Townsend St, San Francisco, CA "
        "94107, USA\n\nOur host may also be reached at 101 Townsend St, San Francisco, CA 94107, "
        "USA.\n\nPine Notes GmbH  \nUngargasse 37, 1030 Vienna\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["Ungargasse 37, 1030 Vienna"]


def test_a_company_named_under_a_contact_heading_gives_an_address_to_write_to(
    tmp_path: Path,
) -> None:
    text = (
        "Pine Notes GmbH is the controller of your data. "
        + "This policy says what we collect and why, and what you can do about it. " * 5
        + "\n\nContact us:\n\nEvergreen Holdings Ltd, 1 Oak Lane, Leeds LS1 4AB\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["1 Oak Lane, Leeds LS1 4AB"]


def test_a_provider_of_a_service_the_site_uses_is_not_the_company(tmp_path: Path) -> None:
    text = (
        "Our websites use Google Analytics, a web analytics service provided by Cloud Metrics, "
        "Inc. (“Cloud Metrics”).\n"
        "Acme Widgets plc is based in London.\n"
    )
    assert _read(tmp_path, text)["company_name"] == "Acme Widgets plc"


@pytest.mark.parametrize(
    "sentence",
    [
        "This offer uses Rainmap Tiles, which is operated by Rainmap Inc, 1 Main St, Austin, TX.",
        "The Chirp Share button and widgets (Chirp, Inc.) let you post a page.",
        "Mailbird (The Rocket Letters Group LLC) sends our newsletter.",
        "For payments we use [Coinpay Europe Limited](https://coinpay.example/), Dublin, Ireland.",
        "We use videos from the company Vidz, LLC 9 Cherry Ave., San Bruno, a company of Big "
        "Search Ireland Limited.",
        "We have partnered with Searchsoft Ireland Operations Limited to show results.",
    ],
)
def test_the_maker_of_something_the_site_uses_is_no_company_name(
    tmp_path: Path, sentence: str
) -> None:
    opening = "This policy says what we collect and why, and what you can do about it. " * 6
    assert _read(tmp_path, opening + "\n\n" + sentence + "\n")["company_name"] is None


def test_a_product_provided_by_its_namesake_company_names_that_company(tmp_path: Path) -> None:
    opening = "This policy says what we collect and why, and what you can do about it. " * 6
    text = opening + "\n\nZenith Tracker is provided by Zenith Labs Inc., 4 Elm Road, Leeds.\n"
    assert _read(tmp_path, text)["company_name"] == "Zenith Labs Inc."


def test_the_sites_own_brand_before_its_operator_still_names_it(tmp_path: Path) -> None:
    text = "Welcome to the Pine Notes website, which is operated by Pine Notes Management, LLC.\n"
    assert _read(tmp_path, text)["company_name"] == "Pine Notes Management, LLC"


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


def test_a_number_inside_a_script_name_and_at_before_a_line_break_are_no_contacts(
    tmp_path: Path,
) -> None:
    text = (
        "Call us at 1 (888) 310-0410.\n"
        '"contact-page":["/component-contact-page-js-580d7e36993052461e40.js"] phone\n'
        "Our office is located at\npinenotes.com headquarters.\n"
    )
    reading = _read(tmp_path, text)
    assert [p["value"] for p in reading["phones"]] == ["1 (888) 310-0410"]
    assert reading["emails"] == []


def test_the_addressees_title_is_no_part_of_the_company_name(tmp_path: Path) -> None:
    text = (
        "You may write to Pine Privacy Officer, Pine Labs, Inc. dba Pine Notes, 20 Main "
        "Street, El Segundo, California 90245.\n"
    )
    assert _read(tmp_path, text)["company_name"] == "Pine Labs, Inc."


def test_a_number_after_tel_and_in_parentheses_is_read_whole(tmp_path: Path) -> None:
    reading = _read(tmp_path, "Contact our privacy office.\n\nTel: (613) 523-1770  \n")
    assert [p["value"] for p in reading["phones"]] == ["(613) 523-1770"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("This site is operated by SMP GmbH & Co. KG, the controller.", "SMP GmbH & Co. KG"),
        ("The controller is CLEAR AXESS SAGL, Lugano.", "CLEAR AXESS SAGL"),
    ],
)
def test_german_and_swiss_legal_forms(tmp_path: Path, sentence: str, name: str) -> None:
    assert _read(tmp_path, sentence + "\n")["company_name"] == name


def test_an_address_after_located_at_with_the_town_after_the_postcode(tmp_path: Path) -> None:
    text = "1.1 We are Pine B.V. located at Logger 41, 1186 RM, Amstelveen, the Netherlands.\n"
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["Logger 41, 1186 RM, Amstelveen, the Netherlands"]


def test_near_misses_of_the_contact_rules(tmp_path: Path) -> None:
    glued = _read(tmp_path, "Phone: +44 20 7946 0000Email: privacy@pine.example\n")
    assert [p["value"] for p in glued["phones"]] == ["+44 20 7946 0000"]
    named = _read(tmp_path, "This site is operated by Password Manager, Inc., the controller.\n")
    assert named["company_name"] == "Password Manager, Inc."
    text = "Our office is located at Logger 41, 1186 RM, Email, privacy@pine.example.\n"
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert "Logger 41, 1186 RM, Email" not in values
