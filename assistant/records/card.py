"""A company record described in plain text, every fact followed by the policy's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.vocabulary import RIGHT_TITLES

if TYPE_CHECKING:
    from assistant.records.model import Claim, CompanyRecord


_DATABASES = {
    "datenanfragen": "the Datenanfragen company database (privacy contacts)",
    "data-broker-registry": "California's Data Broker Registry (the page the broker registered)",
}


def yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "not stated"}[value]


def _quoted(quote: str | None, indent: str = "    ") -> list[str]:
    return [f'{indent}"{quote}"'] if quote else []


def _claim(label: str, claim: Claim) -> list[str]:
    lines = [f"{label}: {yes_no(claim.value)}"]
    lines += _quoted(claim.quote)
    if claim.note:
        lines.append(f"    note: {claim.note}")
    return lines


# What imported records call an identifying detail, in their source's language (Datenanfragen
# writes German, French, Spanish ...), -> the English words a card shows.
_ELEMENT_WORDS = {
    "e-mail address": ("email", "e-mail", "e-mail-adresse", "email address", "e-mail address",
                       "adresse e-mail", "direccion electronica", "indirizzo email"),
    "name": ("name", "nom", "nombre", "nome", "naam", "vollstandiger name", "full name"),
    "postal address": ("address", "adresse", "anschrift", "adress", "direccion", "indirizzo",
                       "adres", "postanschrift", "postal address"),
    "date of birth": ("date of birth", "geburtsdatum", "date de naissance",
                      "fecha de nacimiento", "data di nascita", "geboortedatum", "birthdate"),
    "place of birth": ("geburtsort", "place of birth", "lieu de naissance"),
    "customer number": ("kundennummer", "kundenummer", "customer number", "numero de client",
                        "customer id", "kundennr"),
    "phone number": ("phone", "phone number", "telefonnummer", "telefon", "numero d appel",
                     "numero de telephone", "telephone number", "mobile number"),
    "user name": ("username", "user name", "benutzername", "user id", "nutzername"),
}  # fmt: skip
_BY_WORDS = {words: label for label, all_words in _ELEMENT_WORDS.items() for words in all_words}
_BY_TYPE = {"email": "e-mail address", "address": "postal address", "birthdate": "date of birth"}


def element_label(desc: str, kind: str = "input") -> str:
    """An identifying detail in English ("E-Mail" -> "e-mail address"); a word not known here
    is kept as the source wrote it, in quotes ('"BFS-Nummer" (the source's word)')."""
    import re

    from assistant.records.search import fold

    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(desc)).split())
    if words in _BY_WORDS:
        return _BY_WORDS[words]
    if kind in _BY_TYPE and kind != "name":
        return _BY_TYPE[kind]
    return f'"{desc}" (the source\'s word)'


def source_line(record: CompanyRecord) -> str:
    """Where the record's facts come from, in one line ("Source: ...")."""
    src = record.source
    if src.kind == "policy":
        return f"Source: the company's privacy policy (policies/sources/{src.file})"
    if src.kind == "reader":
        when = f" dated {src.snapshot_date.isoformat()}" if src.snapshot_date else ""
        where = src.file or ", ".join(src.urls[:2]) or "a saved copy"
        return f"Source: the policy reader's reading of a saved policy{when} ({where})"
    grade = f" (graded '{src.quality}' there)" if src.quality else ""
    licence = f", {src.license}" if src.license else ""
    unread = "" if src.policy_read else "; no privacy policy read"
    return f"Source: {_DATABASES.get(src.kind, src.kind)}{licence}{grade}{unread}"


def unread_policy_lines(record: CompanyRecord) -> list[str]:
    """In place of four "not stated" lines: say that no policy was read, and what is known."""
    lines = [
        "",
        "No privacy policy has been read for this record, so what the company itself offers",
        "is unknown (not refused). The law that covers you gives you your rights regardless.",
    ]
    v = record.verification
    needs = [
        element_label(e.desc, e.type) + (" (optional)" if e.optional else "")
        for e in v.required_elements
    ]
    if needs:
        lines.append("")
        lines.append("To identify you it asks for (from the source above):")
        lines += [f"  - {need}" for need in needs]
    if v.id_document_required:
        lines.append("  an ID document is required for every request")
    if record.notes:
        lines.append("")
        lines.append("Notes:")
        lines += [f"  - {note.text}" for note in record.notes]
    return lines


def describe_company(record: CompanyRecord) -> str:
    """A readable card: who, how to reach them, each right, verification, selling, notes."""
    from assistant.records.model import RIGHTS

    lines = [f"{record.name}  [{record.id}]"]
    if record.legal_name and record.legal_name != record.name:
        lines.append(f"Legal name: {record.legal_name}")
    if record.website:
        lines.append(f"Website: {record.website}")
    if record.policy_date:
        lines.append(f"Policy dated {record.policy_date.isoformat()}")
        lines += _quoted(record.policy_date_quote)
    src = record.source
    if record.draft:
        lines.append("DRAFT: read by the policy reader; check it before relying on it")
    if record.data_broker:
        lines.append("Data broker: registered in California's Data Broker Registry")
    lines.append(source_line(record))
    lines += [f"  {url}" for url in (src.urls[:3] if src.kind not in ("policy", "reader") else [])]
    lines.append("")
    lines.append("Contacts:")
    if not record.contacts:
        lines.append("  none published")
    for contact in record.contacts:
        value_lines = [part.strip() for part in contact.value.splitlines() if part.strip()]
        lines.append(
            f"  {contact.kind:<8} {value_lines[0]}"
            + ("" if len(value_lines) > 1 else f"  ({contact.purpose})")
        )
        if len(value_lines) > 1:
            lines += [f"           {part}" for part in value_lines[1:]]
            lines.append(f"           ({contact.purpose})")
        lines += _quoted(contact.quote, "      ")
        if contact.note:
            lines.append(f"      note: {contact.note}")
    if record.account_deletion:
        deletion = record.account_deletion
        lines.append("")
        how = f" (difficulty: {deletion.difficulty})" if deletion.difficulty else ""
        lines.append(f"Close the account: {deletion.url}{how}")
        if deletion.email:
            lines.append(f"  or by e-mail: {deletion.email}")
        lines.append(f"  source: {deletion.source}")
    if not src.policy_read:
        lines += unread_policy_lines(record)
        return "\n".join(lines)
    lines.append("")
    lines.append("Rights its policy offers:")
    for right in RIGHTS:
        rp = record.rights.get(right)
        detail = yes_no(rp.offered)
        if rp.response_days:
            detail += f"; answers within {rp.response_days} {rp.response_day_kind} days"
            if rp.extension_days:
                detail += f" (+{rp.extension_days} extension)"
        if rp.frequency_per_12_months:
            detail += f"; at most {rp.frequency_per_12_months} times in 12 months"
        lines.append(f"  {RIGHT_TITLES[right]}: {detail}")
        lines += _quoted(rp.quote, "      ")
        if rp.response_quote and rp.response_quote != rp.quote:
            lines += _quoted(rp.response_quote, "      ")
        if rp.note:
            lines.append(f"      note: {rp.note}")
    lines.append("")
    v = record.verification
    lines.append("Identity verification:")
    lines.append("  asks for: " + (", ".join(v.data_points) if v.data_points else "not stated"))
    lines += _quoted(v.quote, "      ")
    for element in v.required_elements:
        optional = " (optional)" if element.optional else ""
        lines.append(f"  needs: {element_label(element.desc, element.type)}{optional}")
    if v.id_document_required:
        lines.append("  an ID document is required for every request")
    lines.append(f"  authorized agent allowed: {yes_no(v.authorized_agent)}")
    if v.authorized_agent_proof:
        lines.append(f"  agent proof: {v.authorized_agent_proof}")
    lines += _quoted(v.agent_quote, "      ")
    lines.append("")
    lines += _claim("Says it sells personal information", record.sells_personal_information)
    lines += _claim("Says it shares personal information", record.shares_personal_information)
    lines += _claim("Honours Global Privacy Control", record.honours_gpc)
    lines += _claim("Honours Do Not Track", record.honours_dnt)
    if record.laws_named:
        lines.append("")
        lines.append("Laws and regions the policy names:")
        for law in record.laws_named:
            regions = f" ({', '.join(law.regions)})" if law.regions else ""
            lines.append(f"  {law.name}{regions}")
    if record.processor:
        lines.append("")
        scope = "only" if record.processor.scope == "only" else "for some of its data"
        lines.append(f"Acts as a processor ({scope}): {record.processor.advice}")
        lines += _quoted(record.processor.quote)
    if record.notes:
        lines.append("")
        lines.append("Notes:")
        for note in record.notes:
            lines.append(f"  - {note.text}")
            lines += _quoted(note.quote, "      ")
    return "\n".join(lines)
