"""Pages that are no channel for a request: account settings and help pages on other portals
(assistant/letters/routing.py). A request never goes there; the company's site is the lead."""

from __future__ import annotations

from assistant.letters.routing import choose_route
from assistant.records.model import CompanyRecord


def _record(**extra: object) -> CompanyRecord:
    data: dict[str, object] = {
        "id": "shop",
        "name": "Shop",
        "source": {"kind": "manual"},
        "domains": ["shop.example"],
        "contacts": [
            {"id": "settings", "kind": "webform", "purpose": "privacy or account settings",
             "value": "https://sellers.shop.example/account-information"},
            {"id": "help", "kind": "webform", "purpose": "privacy contact page",
             "value": "https://authors.shop.example/help?topic=12"},
        ],
        "rights": {"access": {"contacts": ["settings", "help"]},
                   "correction": {"contacts": ["settings"]}},
    }  # fmt: skip
    data.update(extra)
    return CompanyRecord.model_validate(data)


def test_settings_and_portal_help_pages_are_no_channel_for_access() -> None:
    route = choose_route(_record(), "access")
    assert route.contact is None
    assert route.recipient == "https://shop.example"


def test_a_settings_page_is_no_channel_for_a_correction_either() -> None:
    # An account page (a seller portal's, here) takes no letters, even about wrong data.
    route = choose_route(_record(), "correction")
    assert route.contact is None and route.recipient == "https://shop.example"


def test_a_privacy_page_on_another_host_is_still_a_channel() -> None:
    record = _record(contacts=[
        {"id": "form", "kind": "webform", "purpose": "privacy contact page",
         "value": "https://privacyportal.example.net/webform/123"},
    ], rights={"access": {"contacts": ["form"]}})  # fmt: skip
    assert choose_route(record, "access").recipient.startswith("https://privacyportal")


def test_a_deletion_with_no_channel_goes_to_the_company_s_own_deletion_page() -> None:
    record = _record(account_deletion={"url": "https://shop.example/privacy/data-deletion",
                                       "difficulty": "easy", "source": "JustDeleteMe"})  # fmt: skip
    route = choose_route(record, "deletion")
    assert route.recipient == "https://shop.example/privacy/data-deletion"
    assert choose_route(record, "access").recipient == "https://shop.example"
