"""The policy reader: facts with verbatim quotes, unknown where silent, no invented contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.records.policy_text import load_policy
from assistant.records.reader import draft_record, read_policy

POLICY = """# Privacy Notice of Lantern Kites

Last updated: March 3, 2025

Lantern Kites, Inc. ("we") operates lanternkites.example and is the controller of your data.

## Your rights

You have the right to access the personal information we hold about you.
You may ask us to delete your personal information.
You can also ask us to correct inaccurate personal information.
We will respond to your request within 45 days.
We may extend this period by 45 additional days when reasonably necessary.
Before we act on a request we will verify your identity by matching the e-mail address on file.
You may use an authorized agent to submit a request on your behalf.

## California residents

We do not sell your personal information.
Visit https://lanternkites.example/privacy-request to make a request.

## Advertising

We work with third-party advertising networks that use cookies to show you ads.
You can opt out of interest-based advertising at http://www.aboutads.info/choices.
We do not respond to Do Not Track signals.
We retain your personal information for as long as your account is active.

## Contact

Write to privacy@lanternkites.example or call +1 415-555-0132 (our privacy line).

Lantern Kites, Inc.
500 Harbor Street, Suite 12
Sausalito, CA 94965
"""

SILENT = """Welcome to Pebble Notes.

Pebble Notes is a small notebook app. This page describes the app's features and how to
install it on your computer. Thank you for reading.
"""


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "lantern.md"
    path.write_text(POLICY, encoding="utf-8")
    return path


def test_every_field_is_read_with_a_verbatim_quote(policy_file: Path) -> None:
    policy = load_policy(policy_file)
    reading = read_policy(policy)
    assert reading["company_name"] == "Lantern Kites, Inc."
    assert [e["value"] for e in reading["emails"]] == ["privacy@lanternkites.example"]
    assert [p["value"] for p in reading["phones"]] == ["+1 415-555-0132"]
    assert [a["value"] for a in reading["postal_addresses"]] == [
        "500 Harbor Street, Suite 12, Sausalito, CA 94965"
    ]
    assert {w["url"]: w["purpose"] for w in reading["web_forms"]} == {
        "https://lanternkites.example/privacy-request": "request",
        "http://www.aboutads.info/choices": "opt_out",
    }
    for right in ("access", "deletion", "correction", "opt_out"):
        assert reading["rights"][right]["offered"] is True, right
    assert reading["response_days"]["value"] == 45
    assert reading["extension"]["value"] == "45 days"
    assert reading["authorized_agent"]["value"] is True
    assert reading["verification"]["quote"].startswith("Before we act on a request")
    assert reading["sells"]["value"] is False
    assert reading["shares_for_ads"]["value"] is True
    assert reading["dnt"]["value"] is False
    assert reading["gpc"]["value"] is None
    assert reading["role"]["value"] == "controller"
    assert reading["policy_date"]["value"] == "2025-03-03"
    record = draft_record(reading, policy)
    assert record.draft and record.source.kind == "reader" and record.source.policy_read
    for _field, quote in record.quotes():
        assert quote in POLICY


def test_a_silent_text_gives_unknowns_not_guesses(tmp_path: Path) -> None:
    path = tmp_path / "pebble.txt"
    path.write_text(SILENT, encoding="utf-8")
    reading = read_policy(load_policy(path))
    assert reading["emails"] == reading["phones"] == reading["postal_addresses"] == []
    assert all(r["offered"] is None for r in reading["rights"].values())
    for field in ("sells", "shares_for_ads", "dnt", "gpc", "retention", "role", "response_days"):
        assert reading[field] == {"value": None, "quote": None}, field
    assert reading["company_name"] is None


def test_an_address_is_never_completed(tmp_path: Path) -> None:
    text = "Contact us by mail at 12 Orchard Lane, or e-mail help@orchard.example.\n"
    path = tmp_path / "orchard.md"
    path.write_text(text, encoding="utf-8")
    reading = read_policy(load_policy(path))
    assert reading["postal_addresses"] == []  # no town, no postcode: not an address to write to
    assert [e["value"] for e in reading["emails"]] == ["help@orchard.example"]


def test_html_is_read_with_its_links(tmp_path: Path) -> None:
    html = (
        "<html><head><title>x</title><script>var a='nobody@script.example';</script></head>"
        "<body><h1>Privacy</h1><p>You may ask us to delete your personal data. Use our "
        '<a href="https://kites.example/privacy-form">privacy request form</a>.</p>'
        "<p>Questions: <a href='mailto:dpo@kites.example'>our data protection officer</a>."
        "</p></body></html>"
    )
    path = tmp_path / "kites.html"
    path.write_text(html, encoding="utf-8")
    policy = load_policy(path)
    assert "nobody@script.example" not in policy.text
    reading = read_policy(policy)
    assert [(e["value"], e["purpose"]) for e in reading["emails"]] == [("dpo@kites.example", "dpo")]
    assert [w["url"] for w in reading["web_forms"]] == ["https://kites.example/privacy-form"]
    assert reading["rights"]["deletion"]["offered"] is True


def test_pdf_is_read(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "You have the right to access your personal data.\n"
                   "Contact privacy@paperkite.example with any request.")  # fmt: skip
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    reading = read_policy(load_policy(path))
    assert [e["value"] for e in reading["emails"]] == ["privacy@paperkite.example"]
    assert reading["rights"]["access"]["offered"] is True


def test_bad_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        load_policy(tmp_path / "missing.md")
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(UserError, match="no readable text"):
        load_policy(empty)


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "policy.md"
    path.write_text(text, encoding="utf-8")
    return read_policy(load_policy(path))


def test_addresses_outside_the_us_are_found_as_written(tmp_path: Path) -> None:
    text = (
        "Write to our privacy team:\n\nThe Example Group\n20 Tide Square,\nLondon,\nE14 9QQ\n\n"
        "Our EU office is Example Ireland Limited, Attn: Data Protection Officer, One Example "
        "Place, Harbour Park, Dublin 18, Ireland.\n\nDatenschutzbeauftragter\nBeispielstraße 3\n"
        "50672 Köln\n\nKontakt: see above.\n\nParis office: 12 Rue Exemple - 75002 Paris, France.\n"
    )
    values = {a["value"] for a in _read(tmp_path, text)["postal_addresses"]}
    assert values == {
        "20 Tide Square, London, E14 9QQ",
        "One Example Place, Harbour Park, Dublin 18, Ireland",
        "Beispielstraße 3, 50672 Köln",
        "12 Rue Exemple - 75002 Paris, France",
    }
    for value in values:
        assert all(part in text for part in value.split(", "))


def test_a_third_partys_address_is_not_the_companys(tmp_path: Path) -> None:
    text = (
        "We use an analytics tool. The Provider is Tool Corp., 1 Vendor Way, Springfield, "
        "IL 62701. Contact us at 5 Main Street, Springfield, IL 62704 about your privacy.\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["5 Main Street, Springfield, IL 62704"]


def test_a_links_own_words_and_a_stated_total_time(tmp_path: Path) -> None:
    text = (
        "To opt out, use the [Do Not Sell My Personal Information](https://shop.example/legal/dns) "
        "link.\n\nWe respond to requests within forty-five (45) days. If we require more time "
        "(up to ninety (90) days), we will tell you why.\n\n*   [Contact Us](https://shop.example/"
        "contact/)\n"
    )
    reading = _read(tmp_path, text)
    forms = {f["url"]: f["purpose"] for f in reading["web_forms"]}
    assert forms == {"https://shop.example/legal/dns": "opt_out"}  # the menu link is left out
    assert reading["response_days"]["value"] == 45
    assert reading["extension"]["value"] == "45 days"


def test_a_lower_case_brand_is_named_where_it_is_the_controller(tmp_path: Path) -> None:
    text = (
        "kitecircle GmbH, Hafenstr. 5, 20457 Hamburg, ist die für Deine Daten verantwortliche "
        "Stelle. Wir nutzen einen Dienst der Other Analytics Inc. und der Other Analytics Inc.\n"
    )
    assert _read(tmp_path, text)["company_name"] == "kitecircle GmbH"


def test_a_denial_of_third_party_tracking_is_not_ad_sharing(tmp_path: Path) -> None:
    text = (
        "We do not allow tracking by third-party websites (including analytics services, "
        "advertising networks, and social platforms).\n"
    )
    assert _read(tmp_path, text)["shares_for_ads"]["value"] is False


def test_contact_and_help_pages_by_their_words(tmp_path: Path) -> None:
    text = (
        "## How to contact us\n\nIf you have any questions about this Privacy Policy, please "
        "[contact us](https://kites.example/doc/reach-the-team/).\n\nFor a booking, use the "
        "[customer service contact page](https://kites.example/help.html#/?source=privacy_policy)."
        "\n\nIf you have any questions about this Privacy Policy, You can contact us:\n\n*   By "
        "visiting this page on our website: [https://kites.example/privacy](https://kites.example"
        "/privacy)\n\nSee the [Privacy Policy](https://kites.example/privacy-policy/) and the "
        "[FTC's advice](https://www.consumer.ftc.gov/topics/privacy), or read our "
        "[policy section](https://kites.example/privacy-statement#anchor-Your-Choices).\n\n"
        "| Menu<br><br>*   [Contact Us](https://kites.example/Content.aspx?page=contactus)<br>"
        "*   [Help](https://kites.example/Content.aspx?page=help)<br> |\n\nGo to your "
        "[My Subscriptions](https://kites.example/newsletters) page to unsubscribe.\n"
    )
    urls = {f["url"] for f in _read(tmp_path, text)["web_forms"]}
    assert urls == {
        "https://kites.example/doc/reach-the-team/",
        "https://kites.example/help.html#/?source=privacy_policy",
        "https://kites.example/privacy",
        "https://kites.example/newsletters",
    }


def test_rights_offered_only_under_some_law_name_no_region(tmp_path: Path) -> None:
    text = (
        "## Your choices\n\nDepending on where you live, these may include the ability to "
        "access, update, or delete your personal information.\n\nParents can access and ask us "
        "to update or delete their children's information.\n\n## California\n\nAs a California "
        "resident, you have the right to obtain access to your personal information.\n"
    )
    rights = _read(tmp_path, text)["rights"]
    assert rights["access"]["regions"] == ["US-CA"]
    assert rights["correction"]["offered"] is True and rights["correction"]["regions"] is None
    assert "Parents" not in (rights["deletion"]["quote"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "All users may review, update, correct or delete the Personal Data in their account.",
        "Please contact us if you want to change your personal information.",
        "How do I change or delete my personal information?",
        "You can review and revise your profile information at any time.",
    ],
)
def test_ways_of_offering_correction(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["rights"]["correction"]["offered"] is True


def test_a_street_number_glued_to_a_name(tmp_path: Path) -> None:
    text = "Mail your request to KiteCo953 N Sycamore Avenue, #700, Los Angeles, CA 90038.\n"
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["953 N Sycamore Avenue, #700, Los Angeles, CA 90038"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is our policy to never use PII from a student's records to engage in targeted "
        "advertising.",
        "We would only provide user email addresses to advertising partners with the user's "
        "direct permission.",
    ],
)
def test_denied_or_conditional_advertising_is_no_sharing(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence + "\n")["shares_for_ads"]["value"] is not True


def test_roles_in_other_words(tmp_path: Path) -> None:
    both = "Under the GDPR, we are both the controller and a co-processor of your data.\n"
    assert _read(tmp_path, both)["role"]["value"] == "controller"
    hosted = (
        "Kiteco collects information under the direction of its users, and has no direct "
        "relationship with the individuals whose personal data it processes.\n"
    )
    assert _read(tmp_path, hosted)["role"]["value"] == "processor"


def test_addresses_inside_page_script_are_no_forms(tmp_path: Path) -> None:
    text = (
        "(function() { var consent = 1; document.querySelector('#b').addEventListener('click', "
        "function(e) { fetch('https://auth.kites.example/account/settings'); }); })();\n\n"
        "You can manage your choices at https://kites.example/privacy/settings.\n"
    )
    urls = {f["url"] for f in _read(tmp_path, text)["web_forms"]}
    assert urls == {"https://kites.example/privacy/settings"}


def test_html_nested_past_any_policy_is_refused_before_parsing() -> None:
    """Parsing grows with the square of the nesting: 200,000 levels would take minutes, so
    such a page is refused up front; untidy markup (unclosed <p> and <li>) is not deep."""
    from assistant.records.policy_text import MAX_HTML_DEPTH, html_to_text, nesting_depth

    deep = "<html><body>" + "<div>" * 200_000 + "x" + "</div>" * 200_000 + "</body></html>"
    assert nesting_depth(deep) > MAX_HTML_DEPTH
    with pytest.raises(RecursionError):
        html_to_text(deep)
    untidy = "<html><body>" + "<p>para<li>item" * 20_000 + "</body></html>"
    assert nesting_depth(untidy) < 5
    assert "para" in html_to_text(untidy)


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"PK\x03\x04" + b"\x00word/document.xml" * 200, "office document"),
        (bytes(range(256)) * 50, "binary data"),
    ],
)
def test_a_binary_file_is_refused_as_a_policy(tmp_path, data, word) -> None:
    from assistant.errors import UserError
    from assistant.records.policy_text import load_policy

    path = tmp_path / "policy.docx"
    path.write_bytes(data)
    with pytest.raises(UserError, match=word):
        load_policy(path)


def test_a_utf16_policy_is_read(tmp_path) -> None:
    from assistant.records.policy_text import load_policy

    path = tmp_path / "policy.txt"
    path.write_bytes(
        "Privacy policy. Write to privacy@example.com to delete your data.".encode("utf-16")
    )
    assert "privacy@example.com" in load_policy(path).text


def test_a_pdf_is_read_from_its_first_pages_only(tmp_path) -> None:
    from fpdf import FPDF

    from assistant.records.policy_text import MAX_PDF_PAGES, pdf_to_text

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(MAX_PDF_PAGES + 10):
        pdf.add_page()
        pdf.cell(text=f"Page marker {number}.")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    text = pdf_to_text(path)
    assert f"Page marker {MAX_PDF_PAGES - 1}." in text
    assert f"Page marker {MAX_PDF_PAGES}." not in text


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("It means that at any time, you can download all of your data in a JSON file.", "access"),
        ("In accordance with GDPR article 15 you have the right to demand a confirmation as to "
         "whether we process personal data in relation to you.", "access"),
        ("All users of our site may make any changes to their information at any time.",
         "correction"),
        ("Your name and email address are editable through the profile settings.", "correction"),
    ],
)  # fmt: skip
def test_rights_offered_in_other_words(tmp_path: Path, sentence: str, right: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(f"Privacy Policy\n\n{sentence}\n", encoding="utf-8")
    reading = read_policy(load_policy(path))
    assert reading["rights"][right]["offered"] is True
    assert reading["rights"][right]["quote"] in sentence


def test_numbers_that_are_no_phones_and_names_in_copyright_lines(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(
        "Privacy Policy\n\nWe respect the rights covered by Regulation (EU) 2016/679.\n\n"
        "We are a nonprofit (United States Federal Tax Identification Number: 82-0779546).\n\n"
        "9. Rare and Limited Disclosures: we may share information if the law requires it.\n\n"
        "© 2021 edX Inc. All rights reserved.\n",
        encoding="utf-8",
    )
    reading = read_policy(load_policy(path))
    assert reading["phones"] == []
    assert reading["company_name"] == "edX Inc."
