"""The policy reader on links that are no request pages (a key file, an e-mail address written
as a link, a sign-up page, an encyclopaedia article, a sales demo), on German addresses and
legal forms ("D-22765 Hamburg", "e. V.", "Chausseestr." for "Chausseestraße") and on two
operators named together.

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


def test_files_sign_up_pages_and_linked_addresses_are_no_web_forms(tmp_path: Path) -> None:
    text = (
        "To make a request, use our [request form](https://pine.example/privacy-request).\n\n"
        "Encrypt your message with [our public key](https://pine.example/contact-key.asc).\n\n"
        "Questions about the Privacy Shield go to http://privacyshield@pine.example/ or to "
        "[support](https://pine.example/support).\n\n"
        "To create an account, [sign up](https://auth.pine.example/signup?client=1) here.\n\n"
        "We encrypt with [AES](https://en.wikipedia.org/wiki/Advanced_Encryption_Standard). "
        "Businesses may [request a demo](https://pine.example/request-demo).\n"
    )
    urls = [form["url"] for form in _read(tmp_path, text)["web_forms"]]
    assert "https://pine.example/privacy-request" in urls
    assert not [
        u
        for u in urls
        if u.endswith(".asc") or "@" in u or "signup" in u or "wikipedia" in u or "demo" in u
    ]


def test_a_german_association_and_its_address(tmp_path: Path) -> None:
    text = (
        "Verantwortlicher im Sinne von Art. 4 Nr. 7 DSGVO ist\n\n"
        "    Pine Notes Club e. V.\n    Zeiseweg 9\n    D-22765 Hamburg\n    Germany\n\n"
        "Betroffenenrechte: Auskunft, Berichtigung und Löschung.\n"
    )
    reading = _read(tmp_path, text)
    assert reading["company_name"] == "Pine Notes Club e. V."
    assert [a["value"] for a in reading["postal_addresses"]] == [
        "Zeiseweg 9, D-22765 Hamburg, Germany"
    ]


def test_one_address_spelt_two_ways_is_one_address(tmp_path: Path) -> None:
    text = (
        'Pine Notes GmbH, Chausseestraße 20, 10115 Berlin, Germany ("we") provides the '
        "services.\n\nQuestions? Send a letter to:\n\nData Protection Officer\n\n"
        "Pine Notes GmbH\n\nChausseestr. 20\n\n10115 Berlin, Germany\n\nThank you.\n"
    )
    values = [a["value"] for a in _read(tmp_path, text)["postal_addresses"]]
    assert len(values) == 1
    assert values[0].endswith(" 20, 10115 Berlin, Germany")


def test_two_operators_named_together_give_the_first(tmp_path: Path) -> None:
    text = (
        "### Pine Corporation and Pine Global Markets LLC’s participation in the "
        "Privacy Shield\n\n"
        "Pine Corporation and Pine Global Markets LLC, a wholly-owned subsidiary, "
        "participate in the Privacy Shield Frameworks.\n\nWe keep your data safe.\n"
    )
    reading = _read(tmp_path, text)
    assert reading["company_name"] == "Pine Corporation"
