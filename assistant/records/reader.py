"""The policy reader: a saved privacy policy in, a draft company record with quotes out.

`read_policy` returns a *reading*: every field the reader looks for, each with the sentence of
the policy that supports it (a verbatim slice of the text), or null where the policy is silent.
`draft_record` turns a reading into a CompanyRecord of the usual shape, marked `draft: true`,
whose source says which text was read. Nothing is invented: contacts are only ever what the
text contains, and a point the policy does not settle stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from assistant.records import reader_company as company
from assistant.records import reader_contacts as contacts
from assistant.records import reader_facts as facts
from assistant.records import reader_links as links
from assistant.records import reader_postal as postal
from assistant.records import reader_rights
from assistant.records import reader_sales as sales
from assistant.records.reader_sentences import sentences

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord
    from assistant.records.policy_text import PolicyText

_DATE_LINE = re.compile(
    r"(?:last (?:updated|modified|revised)|effective(?: date| as of| from)?|updated|"
    r"Stand|zuletzt aktualisiert)\s*(?:on|:)?\s*[:\-–]?\s*\**\s*"
    r"([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|B\.V\.|a\.\s?s\.?|Oy|S\.A\.|SA|AS|AG|"
    r"Corp(?:oration|\.)?|plc|Pty\.? Ltd\.?)$"
)


def read_policy(policy: PolicyText) -> dict[str, Any]:
    """Every field the reader knows, each with its quote, null where the policy is silent."""
    text = policy.text
    sents = sentences(text)
    date = policy_date(text)
    days = facts.response_days(sents)
    own = company.company_name(text, sents)
    return {
        "company_name": own,
        "policy_date": date,
        "emails": contacts.emails(text, sents),
        "phones": contacts.phones(text, sents),
        "postal_addresses": postal.postal_addresses(text, sents, own),
        "web_forms": links.web_forms(text, sents),
        "rights": reader_rights.rights(sents),
        "response_days": days,
        "extension": facts.extension(sents, days["value"]),
        "verification": facts.verification(sents),
        "authorized_agent": facts.authorized_agent(sents),
        "sells": sales.sells(sents),
        "shares_for_ads": sales.shares_for_ads(sents),
        "gpc": facts.gpc(sents),
        "dnt": facts.dnt(sents),
        "retention": facts.retention(sents),
        "role": facts.role(sents),
    }


def policy_date(text: str) -> dict[str, Any]:
    """The date the policy gives itself ('Last updated: October 25, 2018'), with its words."""
    from dateutil import parser

    match = _DATE_LINE.search(text[:20000])
    if not match:
        return {"value": None, "quote": None}
    try:
        value = parser.parse(match.group(1), dayfirst="." in match.group(1)).date()
    except (ValueError, OverflowError):
        return {"value": None, "quote": None}
    return {"value": value.isoformat(), "quote": match.group(0).strip(" *")}


def _slug(text: str) -> str:
    from assistant.records.search import normalise

    return "-".join(normalise(text).split())[:80].strip("-") or "company"


def draft_record(
    reading: dict[str, Any],
    policy: PolicyText,
    *,
    name: str | None = None,
    record_id: str | None = None,
    source_file: str | None = None,
    urls: list[str] | None = None,
    snapshot: dt.date | None = None,
) -> CompanyRecord:
    """The reading as a draft record in the catalog's shape (`companies show --json`)."""
    from assistant.records.model import CompanyRecord

    legal = reading["company_name"]
    stem = re.sub(r"[_\s]+", " ", policy.name.rsplit(".", 1)[0]).strip()
    shown = name or (_LEGAL_SUFFIX.sub("", legal) if legal else None) or stem or "Company"
    raw_contacts: list[dict[str, Any]] = []
    privacy: list[str] = []
    opt_out: list[str] = []

    def add(kind: str, value: str, purpose: str, quote: str, label: str) -> None:
        contact_id = f"{kind}-{sum(c['kind'] == kind for c in raw_contacts) + 1}"
        raw_contacts.append(
            {"id": contact_id, "kind": kind, "value": value, "purpose": label, "quote": quote}
        )
        if purpose in ("privacy", "dpo", "request"):
            privacy.append(contact_id)
        if purpose == "opt_out":
            opt_out.append(contact_id)

    for email in reading["emails"]:
        add("email", email["address"], email["purpose"], email["quote"], _label(email["purpose"]))
    for phone in reading["phones"]:
        add("phone", phone["value"], phone["purpose"], phone["quote"], _label(phone["purpose"]))
    for address in reading["postal_addresses"]:
        label = _label(address["purpose"])
        add(
            "postal",
            address["value"].replace(", ", "\n"),
            address["purpose"],
            address["quote"],
            label,
        )
    for form in reading["web_forms"]:
        url = form["url"] if "://" in form["url"] else "https://" + form["url"]
        add("webform", url, form["purpose"], form["quote"], _FORM_LABELS[form["purpose"]])
    days = reading["response_days"]
    rights: dict[str, Any] = {}
    for right, found in reading["rights"].items():
        if found["offered"] is None:
            continue
        entry: dict[str, Any] = {"offered": True, "quote": found["quote"]}
        entry["contacts"] = opt_out if right == "opt_out" and opt_out else privacy
        if found["regions"] and found["regions"] != ["all"]:
            entry["note"] = "Offered to residents of: " + ", ".join(found["regions"])
        if days["value"] and right != "opt_out":
            entry["response_days"] = days["value"]
            entry["response_quote"] = days["quote"]
        rights[right] = entry
    verification: dict[str, Any] = {}
    if reading["verification"]["quote"]:
        verification["quote"] = reading["verification"]["quote"]
    if reading["authorized_agent"]["value"]:
        verification["authorized_agent"] = True
        verification["agent_quote"] = reading["authorized_agent"]["quote"]
    notes: list[dict[str, Any]] = []
    if reading["extension"]["value"]:
        notes.append({"kind": "general", "text": "The policy says answering may take "
                      f"{reading['extension']['value']} longer.",
                      "quote": reading["extension"]["quote"]})  # fmt: skip
    if reading["retention"]["quote"]:
        notes.append({"kind": "general", "text": "How long it keeps data (its own words).",
                      "quote": reading["retention"]["quote"]})  # fmt: skip
    role = reading["role"]
    processor = None
    if role["value"] in ("processor", "mixed"):
        processor = {
            "scope": "only" if role["value"] == "processor" else "partly",
            "advice": "It handles some data on behalf of its customers; for that data, ask the "
            "organisation that gave it to them (for example your school or employer).",
            "quote": role["quote"],
        }
    elif role["value"] == "hipaa_covered":
        notes.append({"kind": "scope", "text": "It says it is a HIPAA covered entity.",
                      "quote": role["quote"]})  # fmt: skip
    date = reading["policy_date"]
    raw = {
        "id": record_id or _slug(shown),
        "name": shown,
        "legal_name": legal,
        "policy_date": dt.date.fromisoformat(date["value"]) if date["value"] else None,
        "policy_date_quote": date["quote"],
        "source": {
            "kind": "reader",
            "file": source_file,
            "urls": urls or [],
            "snapshot_date": snapshot,
            "note": f"Drafted by the policy reader from {policy.name} ({policy.kind}); "
            "not yet checked by a person.",
        },
        "contacts": raw_contacts,
        "preferred_channel": _preferred(raw_contacts, privacy),
        "rights": rights,
        "verification": verification,
        "sells_personal_information": _claim(reading["sells"]),
        "shares_personal_information": _claim(reading["shares_for_ads"]),
        "honours_gpc": _claim(reading["gpc"]),
        "honours_dnt": _claim(reading["dnt"]),
        "processor": processor,
        "notes": notes,
        "draft": True,
    }
    return CompanyRecord.model_validate(_python_values(raw))


_FORM_LABELS = {
    "request": "privacy requests (web form)",
    "opt_out": "opting out of sale or targeted advertising",
    "settings": "privacy or account settings",
    "other": "privacy contact page",
}


def _label(purpose: str) -> str:
    return {
        "privacy": "privacy questions and requests",
        "dpo": "the data protection officer",
        "general": "general contact",
        "other": "someone other than the company (a regulator, representative or dispute body)",
    }.get(purpose, purpose)


def _preferred(raw_contacts: list[dict[str, Any]], privacy: list[str]) -> str | None:
    for contact in raw_contacts:
        if contact["id"] in privacy:
            return str(contact["kind"])
    return None


def _claim(fact: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(fact["value"], bool):
        return {}
    return {"value": fact["value"], "quote": fact["quote"]}


def _python_values(raw: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values, so the strict model sees only what the reading found."""
    return {k: v for k, v in raw.items() if v not in (None, [], {})}
