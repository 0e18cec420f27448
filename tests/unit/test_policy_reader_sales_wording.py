"""The policy reader on selling, sharing for ads and Do Not Track: the sentence that decides
each, and the denials, conditions and explanations that decide nothing.

Each text below is written for the test in the manner of real policies; the fact read from it
(or the silence) is what a person relies on when the card is shown.
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
    ("sentence", "sells"),
    [
        ("The CCPA sets forth certain obligations for businesses that “sell” personal "
         "information.", None),
        ("If you think those relationships are a “sale”, you may consider Pine to have “sold” "
         "what the CCPA calls “identifiers”.", True),
        ("We do not send marketing messages nor do we give or sell this information to any "
         "third parties.", False),
        ("We do not consider ourselves to have sold personal information.", None),
    ],
)  # fmt: skip
def test_the_laws_duties_are_no_sale_and_a_sale_conceded(
    tmp_path: Path, sentence: str, sells: bool | None
) -> None:
    assert _read(tmp_path, sentence + "\n")["sells"]["value"] is sells


def test_other_sites_embedded_tracking_and_no_third_party_advertising(tmp_path: Path) -> None:
    embedded = (
        "Articles may include embedded content from other websites. These websites may collect "
        "data about you, use cookies and embed additional third-party tracking.\n"
    )
    assert _read(tmp_path, embedded)["shares_for_ads"]["value"] is None
    offered = "We do not offer third-party advertising on our website.\n"
    assert _read(tmp_path, offered)["shares_for_ads"]["value"] is False
