"""Which right, which way, and whether to write at all: the checks before a letter is written.

`normalise_right` turns a person's spelling of a right into one of RIGHTS, `check_reference`
refuses a reference that could not safely become part of a file name, `choose_route` picks the
channel and address a request goes by from the company record, `route_note` says how to send a
letter by that route, and `assess_right` says, quoting the policy, when a request makes no sense.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.model import CHANNEL_ORDER, Route
from assistant.records.model import RIGHTS
from assistant.vocabulary import is_reference

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord, Contact

_RIGHT_SPELLINGS: dict[str, str] = {
    "know": "access",
    "right_to_know": "access",
    "delete": "deletion",
    "erasure": "deletion",
    "optout": "opt_out",
    "do_not_sell": "opt_out",
    "correct": "correction",
    "rectification": "correction",
}


def normalise_right(right: str) -> str:
    """'opt-out', 'Opt_Out', 'delete' ... -> one of RIGHTS; UserError otherwise."""
    key = right.strip().lower().replace("-", "_").replace(" ", "_")
    key = _RIGHT_SPELLINGS.get(key, key)
    if key not in RIGHTS:
        raise UserError(
            f"unknown right {textsafety.one_line(right)[:40]!r}",
            hint="choose access, deletion, opt-out or correction",
        )
    return key


def check_reference(reference: str) -> str:
    """A reference is upper-case letters, digits and hyphens only (it becomes part of a name)."""
    if not is_reference(reference):
        raise UserError(
            f"{textsafety.one_line(str(reference))[:60]!r} is not a usable reference",
            hint="use upper-case letters, digits and hyphens, e.g. RA-20261123-ACME-DEL-7F3A",
        )
    return reference


# A contact whose purpose names one region's law is for requests under that law only.
_REGION_WORDS: dict[str, re.Pattern[str]] = {
    "ccpa": re.compile(r"\b(ccpa|cpra|california)\b", re.IGNORECASE),
    "gdpr": re.compile(r"\b(gdpr|dsgvo|eea|european|eu|uk gdpr)\b", re.IGNORECASE),
}


# Whom a policy sentence reserves a right for, by the region words it uses.
REGION_PEOPLE: dict[str, str] = {
    "ccpa": "California residents",
    "gdpr": "people in the European Economic Area or the United Kingdom",
}


def reserved_for(text: str | None, law_id: str | None) -> str | None:
    """Whom a policy sentence offers a right to ('California residents') when it names one
    region's law and the request is made under another (or none); None otherwise."""
    if not text:
        return None
    family = "gdpr" if law_id in ("gdpr", "uk-gdpr") else law_id
    for key, words in _REGION_WORDS.items():
        if key != family and words.search(text):
            return REGION_PEOPLE[key]
    return None


# A record's note on a right that says whom the policy offers it to ("Offered to California
# residents under the CCPA."): the policy's sentence is a promise to those people only.
_NOTE_OFFERED_TO = re.compile(r"\b(offered|available|reserved|limited)\b[^.]*?\bto\b[^.]*", re.I)


def reserved_by(text: str | None, note: str | None, law_id: str | None) -> str | None:
    """Whom a policy sentence offers a right to, by its own words or by the record's note on
    it ('Offered to California residents under the CCPA.'); None when it is not reserved to
    another region's people."""
    found = reserved_for(text, law_id)
    if found is not None or not note:
        return found
    for match in _NOTE_OFFERED_TO.finditer(note):
        found = reserved_for(match.group(0), law_id)
        if found is not None:
            return found
    return None


def _fits(contact: Contact, law_id: str | None) -> bool:
    """False when the contact is meant for requests under another region's law. A data
    broker's registered rights page is its privacy page for everyone: the registry is
    California's, the page is not reserved to Californians."""
    if contact.id == "rights-page":
        return True
    text = f"{contact.id} {contact.purpose}"
    family = "gdpr" if law_id in ("gdpr", "uk-gdpr") else law_id
    return all(family == key or not words.search(text) for key, words in _REGION_WORDS.items())


def _settings_page(contact: Contact) -> bool:
    """A page where a person changes their own account or preferences ('privacy or account
    settings', as the policy reader marks it): no one there reads a request, so it is never
    chosen (a person may still correct their own data there; the letter does not go there)."""
    purpose = contact.purpose.lower()
    return contact.kind == "webform" and "settings" in purpose and "request" not in purpose


def _stray_page(contact: Contact, record: CompanyRecord) -> bool:
    """A page the policy reader took for a privacy contact page that is neither on the
    company's own website nor a privacy or contact page by its address (a help article on a
    seller or author portal): no one there reads a request."""
    if contact.kind != "webform" or contact.purpose != "privacy contact page":
        return False
    from urllib.parse import urlsplit

    url = contact.value.lower()
    if "privacy" in url or "contact" in url or "datenschutz" in url or "gdpr" in url:
        return False
    home = urlsplit(record.website or "").hostname or ""
    return (urlsplit(url).hostname or "") != home


def choose_route(record: CompanyRecord, right: str, law_id: str | None = None) -> Route:
    """The channel and address for a request: the right's own contacts that fit the law the
    request is made under (a California-only mailbox is not used for a GDPR request), then the
    company's other contacts that fit, each by CHANNEL_ORDER. When none fits, the company's
    website (its contact page) rather than a line reserved for another region; the right's own
    contacts only when there is no website either."""
    own = record.contacts_for(right)
    others = [c for c in record.contacts if c not in own]
    tiers = [
        [
            c
            for c in own
            if _fits(c, law_id) and not _settings_page(c) and not _stray_page(c, record)
        ],
        [
            c
            for c in others
            if _fits(c, law_id) and not _settings_page(c) and not _stray_page(c, record)
        ],
    ]
    # The company's website, or the home page of its first domain when the record names no
    # website (a domain the record holds, not a guess).
    home = record.website or (f"https://{record.domains[0]}" if record.domains else None)
    if not home:
        # Only another region's contacts and no website: they are the only way to write
        # (never a settings page or a page on some other portal).
        tiers.append([c for c in own if not _settings_page(c) and not _stray_page(c, record)])
    for contacts in tiers:
        for channel in CHANNEL_ORDER:
            for contact in contacts:
                if contact.kind == channel:
                    return Route(channel, contact.value.strip(), contact)
    deletion_page = record.account_deletion.url if record.account_deletion else None
    if right == "deletion" and deletion_page:
        from assistant.records.model import Contact

        # The company's own page for deleting an account and its data (from JustDeleteMe's
        # list): a better lead than its home page.
        page = Contact(
            id="account-deletion",
            kind="webform",
            value=deletion_page,
            purpose="the company's own page for deleting an account and its data",
        )
        return Route("webform", deletion_page, page)
    if home:
        # Nothing published at all: the website is the only lead (see the route note).
        return Route("webform", home, None)
    raise UserError(
        f"{record.name} publishes no e-mail, address, web form or phone number for requests",
        hint=f"check the company's website{' (' + record.website + ')' if record.website else ''}"
        " or `rights companies show " + record.id + "`",
    )


def unfit_contacts(record: CompanyRecord, right: str, route: Route) -> list[Contact]:
    """The right's published contacts this route passes over because they serve requests
    under another region's law (the person is told, never the company)."""
    if route.contact is not None:
        return []
    return list(record.contacts_for(right))


def route_note(route: Route) -> str | None:
    """How to send a letter by `route`, for the person (never part of the letter itself)."""
    if route.to_authority:
        if route.channel == "webform":
            return f"Paste the text into the authority's complaint form at {route.recipient}."
        return None
    if route.channel == "webform" and route.contact is None:
        return (
            "The company's policy publishes no e-mail, address or form that fits this request. "
            f"Look for a contact option on its website, {route.recipient}, and paste the letter "
            "text there."
        )
    if route.channel == "webform" and route.contact and route.contact.id == "account-deletion":
        return (
            f"The company's policy names no channel for this request. Its own page for deleting "
            f"an account and its data is {route.recipient}: use it, and where it offers a form "
            "or a contact, send this letter's text there."
        )
    if route.channel == "webform" and route.contact and route.contact.id == "rights-page":
        return (
            f"Open the page the broker registered, {route.recipient}, and follow what it says "
            "for privacy requests (a form, an e-mail address or a link); send this letter's "
            "text that way."
        )
    if route.channel == "webform":
        return f"Paste the letter text into the company's web form at {route.recipient}."
    if route.channel == "phone":
        return (
            f"The company publishes only a phone number: call {route.recipient} "
            "and use this script."
        )
    if route.channel == "postal":
        return "Send this by post, ideally by a tracked or recorded service, and keep a copy."
    if route.channel == "fax":
        return f"Fax the PDF to {route.recipient} and keep the transmission report."
    return None


def assess_right(record: CompanyRecord, right: str) -> str | None:
    """None when a request makes sense; otherwise a sentence, quoting the policy, saying why not.

    A right the policy says is not offered, or an opt-out of sale from a company that says it
    neither sells nor shares personal information, gets a sentence; everything else gets None.
    """
    policy = record.rights.get(right)
    if policy.offered is False:
        quoted = f": “{policy.quote}”" if policy.quote else "."
        return f"{record.name}'s privacy policy says it does not offer this right{quoted}"
    if right == "opt_out":
        sells = record.sells_personal_information
        shares = record.shares_personal_information
        if sells.value is False and shares.value is not True:
            quoted = f": “{sells.quote}”" if sells.quote else "."
            return (
                f"{record.name}'s privacy policy says it does not sell personal information, "
                f"so there may be nothing to opt out of{quoted}"
            )
    return None
