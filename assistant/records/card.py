"""A company record described in plain text, every fact followed by the policy's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.vocabulary import RIGHT_TITLES

if TYPE_CHECKING:
    from assistant.records.model import Claim, CompanyRecord


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


def _unread_policy(record: CompanyRecord) -> list[str]:
    """In place of four "not stated" lines: say that no policy was read, and what is known."""
    lines = [
        "",
        "No privacy policy has been read for this record, so what the company itself offers",
        "is unknown (not refused). The law that covers you gives you your rights regardless.",
    ]
    v = record.verification
    needs = [e.desc + (" (optional)" if e.optional else "") for e in v.required_elements]
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
    if src.kind == "policy":
        lines.append(f"Source: the company's privacy policy (policies/sources/{src.file})")
    elif src.kind == "reader":
        when = f" dated {src.snapshot_date.isoformat()}" if src.snapshot_date else ""
        where = src.file or ", ".join(src.urls[:2]) or "a saved copy"
        lines.append(f"Source: the policy reader's reading of a saved policy{when} ({where})")
    else:
        grade = f", quality '{src.quality}'" if src.quality else ""
        lines.append(f"Source: {src.kind}{grade}; " + ", ".join(src.urls[:3]))
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
        lines += _unread_policy(record)
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
        lines.append(f"  needs: {element.desc}{optional}")
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
