"""The policy reader on a legal name followed by its short form in brackets, a provider named
after the German "des Anbieters", two companies joined by "and" where one is named in full
elsewhere, an address written on one line with dashes (a page footer), and a bare "We will
respond within N days" that closes a paragraph on exercising rights, and rights given under
the DSGVO (the GDPR in German).

Each text below is written for the test in the manner of real policies.
"""

from __future__ import annotations

from pathlib import Path

from assistant.records.policy_text import load_policy
from assistant.records.reader import read_policy


def _read(tmp_path: Path, text: str, title: str = "Pine Notes") -> dict:
    path = tmp_path / "policy.md"
    path.write_text(f"# Privacy policy of {title}\n\n" + text, encoding="utf-8")
    return read_policy(load_policy(path))


def test_a_legal_name_with_its_short_form_in_brackets_is_the_name(tmp_path: Path) -> None:
    opening = "PBM cares about your privacy and explains here how every product handles data. "
    text = (
        opening
        * 6
        + "\n\nWhere this is relevant, the controller of your personal information is Pine "
        "Business Machines Corporation (PBM Corp.), 1 Cedar Drive, Armonk, New York, United "
        "States. Where PBM Corp. must appoint a representative in the EEA, the representative "
        "will be PBM International Group B.V., Cedarlaan 765, 1066 VH Amsterdam.\n\n"
        "PBM Corp. is not the controller where a client provides the data.\n"
    )
    assert _read(tmp_path, text, title="PBM")["company_name"] == (
        "Pine Business Machines Corporation"
    )


def test_a_provider_after_des_anbieters_is_no_operator(tmp_path: Path) -> None:
    text = (
        "Wir binden die Landkarten des Dienstes Google Maps des Anbieters Google LLC, "
        "1600 Amphitheatre Parkway, Mountain View, CA 94043, USA, ein.\n\n"
        "Sie haben das Recht auf Auskunft und Löschung.\n"
    )
    assert _read(tmp_path, text, title="Pine Fans")["company_name"] is None


def test_two_companies_joined_by_and_give_the_one_named_in_full(tmp_path: Path) -> None:
    text = (
        "Pine Corporation\n10900 Cedar Way\nBellevue, WA 98004\n\n"
        "Pine and PN Technical Services Inc., its wholly-owned U.S. subsidiary (collectively "
        '"Pine") comply with the Privacy Shield Framework.\n\n'
        "Pine and PN Technical Services Inc. answer your questions.\n"
    )
    assert _read(tmp_path, text, title="Pine")["company_name"] == "Pine Corporation"


def test_an_address_on_one_line_with_dashes(tmp_path: Path) -> None:
    text = (
        "Write to us for any question about your data.\n\n"
        "Pine Notes™ © 2021 - Rue des Pins 64B - B-1170 Brussels - Belgium - Europe\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["Rue des Pins 64B, B-1170 Brussels, Belgium"]


def test_a_reply_time_closing_a_paragraph_on_rights(tmp_path: Path) -> None:
    text = (
        "## Resolving concerns\n\n"
        "If you wish to exercise any of your rights listed in this privacy statement, please "
        "let us know. We want to help. You may email us at privacy@pine.example with the "
        'subject line "Privacy." We will respond within 45 days at the latest.\n'
    )
    assert _read(tmp_path, text)["response_days"]["value"] == 45


def test_a_reply_time_after_unrelated_sentences_is_not_taken(tmp_path: Path) -> None:
    text = (
        "## Newsletter\n\n"
        "We send a newsletter every month. You can read old issues online. "
        "We will respond within 45 days at the latest.\n"
    )
    assert _read(tmp_path, text)["response_days"]["value"] is None


def test_rights_under_the_dsgvo_are_the_eeas(tmp_path: Path) -> None:
    text = (
        "## Rechte der betroffenen Personen\n\n"
        "Sie haben gemäß Art. 15 DSGVO das Recht, Auskunft über Ihre Daten zu verlangen.\n\n"
        "Sie haben gemäß Art. 17 DSGVO das Recht zu verlangen, dass Ihre Daten gelöscht werden.\n"
    )
    rights = _read(tmp_path, text)["rights"]
    assert rights["access"]["regions"] == ["EEA"]
    assert rights["deletion"]["regions"] == ["EEA"]


def test_a_registration_number_is_no_phone(tmp_path: Path) -> None:
    text = (
        "We are Pine Notes, a VAT registered company in the United Kingdom, registered number "
        "283391288. Questions? Call us on +44 20 7946 0958.\n"
    )
    values = [p["value"] for p in _read(tmp_path, text)["phones"]]
    assert values == ["+44 20 7946 0958"]


def test_we_before_the_name_is_not_part_of_it(tmp_path: Path) -> None:
    text = "We, Pine Notes Corporation, respect your privacy and explain here what we collect.\n"
    assert _read(tmp_path, text)["company_name"] == "Pine Notes Corporation"


def test_a_zip_ending_a_sentence_keeps_the_address(tmp_path: Path) -> None:
    text = "Our principal place of business is at 105 South Pine Street, Round Rock, TX, 78664.\n"
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert values == ["105 South Pine Street, Round Rock, TX, 78664"]


def test_deleting_within_days_of_the_request_is_a_response_time(tmp_path: Path) -> None:
    text = (
        "You may request that we delete your Personal Information by e-mail. Unless the law "
        "requires us to keep it, we will delete it within 30 days of your request.\n"
    )
    assert _read(tmp_path, text)["response_days"]["value"] == 30


def test_an_e_mail_address_made_a_link_path_is_no_web_form(tmp_path: Path) -> None:
    text = (
        "To exercise your rights, contact our DPO at "
        "[dpo@pine.example](https://pine.example/privacy/dpo@pine.example) or use the "
        "[request form](https://pine.example/privacy-request).\n"
    )
    urls = [f["url"] for f in _read(tmp_path, text)["web_forms"]]
    assert urls == ["https://pine.example/privacy-request"]


def test_a_host_s_address_on_one_line_with_dashes_is_not_taken(tmp_path: Path) -> None:
    text = (
        "Unsere Website wird gehostet bei: Hetzner Online GmbH - Industriestr. 25 - "
        "91710 Gunzenhausen - Deutschland\n"
    )
    assert _read(tmp_path, text)["postal_addresses"] == []


def test_a_name_with_and_is_kept_beside_another_company_of_the_same_first_word(
    tmp_path: Path,
) -> None:
    text = (
        "This site is run by Simon and Schuster, LLC. We sometimes mention Simon Property "
        "Group, Inc. in passing. Simon and Schuster, LLC keeps your data safe.\n"
    )
    assert _read(tmp_path, text, title="Simon")["company_name"] == "Simon and Schuster, LLC"


def test_a_reply_time_for_support_requests_is_no_response_time(tmp_path: Path) -> None:
    text = "For support requests, email help@pine.example. We will respond within 2 days.\n"
    assert _read(tmp_path, text)["response_days"]["value"] is None
