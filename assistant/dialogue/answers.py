"""Answers to questions about a company, from its record, in the policy's own words.

Each answer names where it comes from (the policy and its date, or the imported catalog entry)
and quotes the sentence that supports it, or says plainly that the record does not say. Topics:
"selling", "contact", "deadline", "verification", "right_company", "agent", "retention" and
"collected". Nothing here reads the clock: the deadline answer takes
`today` as the day the request would be received.

Also here: what identifying details a company's record asks for (`identifying_details`), and
which of them are documents a person should not send unless the record requires them; and the
question that asks a person for them (`identifiers_question`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.vocabulary import RIGHT_NOUNS, long_date

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

_NAME_OR_EMAIL = re.compile(r"^\s*(?:full\s+|your\s+)?(?:name|e-?mail(?: address)?)\s*$", re.I)
_DOCUMENT = re.compile(
    r"\b(?:id|identity|identification|passport|driver'?s? licen[cs]e|government[- ]issued|"
    r"photo|document|social security|ssn)\b",
    re.I,
)
_POSTAL = re.compile(r"\b(?:postal|mailing|home|street|residential)?\s*address\b", re.I)
_NOT_POSTAL = re.compile(r"\b(?:e-?mail|ip|mac)\s*address\b", re.I)


def quoted(text: str | None) -> str:
    """A quote as a Markdown block quote, or nothing."""
    if not text:
        return ""
    return "\n> " + " ".join(text.split()) + "\n"


def possessive(name: str) -> str:
    """ "Qualfon" -> "Qualfon's"; "Quality Outcomes" -> "Quality Outcomes'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def source_line(record: CompanyRecord, *, cap: bool = False) -> str:
    """Where the facts come from, in one phrase: "Qualfon's privacy policy (dated ...)"."""
    line = _source_line(record)
    return line[:1].upper() + line[1:] if cap else line


def _source_line(record: CompanyRecord) -> str:
    src = record.source
    if src.kind == "policy":
        if record.policy_date:
            return (
                f"{possessive(record.name)} privacy policy (dated {long_date(record.policy_date)})"
            )
        return f"{possessive(record.name)} privacy policy (it gives no date)"
    if src.kind == "reader":
        return (
            f"{possessive(record.name)} privacy policy, read automatically, not checked by a person"
        )
    if src.kind == "datenanfragen":
        return "Datenanfragen.de's public list of privacy contacts"
    if src.kind == "data-broker-registry":
        return f"the page {record.name} filed in California's register of data brokers"
    return f"the details you gave me for {record.name}"


# -- identifying details -----------------------------------------------------------------------


def is_document(label: str) -> bool:
    """True for an identity document (an ID card, passport, licence), not a typed detail."""
    return bool(_DOCUMENT.search(label))


def asks_for_postal_address(record: CompanyRecord) -> bool:
    v = record.verification
    if any(e.type == "address" for e in v.required_elements):
        return True
    return any(_POSTAL.search(p) and not _NOT_POSTAL.search(p) for p in v.data_points)


def identifying_details(record: CompanyRecord) -> tuple[list[str], list[str]]:
    """(details a person may type, documents) that the record asks for beyond name and e-mail.

    Labels are the record's own words, so the letter can match them. A postal address is left
    to the address step.
    """
    v = record.verification
    typed: list[str] = []
    documents: list[str] = []
    labels = list(v.data_points)
    labels += [e.desc for e in v.required_elements if e.type not in ("name", "email", "address")]
    seen: set[str] = set()
    for label in labels:
        key = label.casefold().strip()
        if key in seen or _NAME_OR_EMAIL.match(label):
            continue
        seen.add(key)
        if _POSTAL.search(label) and not _NOT_POSTAL.search(label):
            continue
        (documents if is_document(label) else typed).append(label)
    return typed, documents


def verification_advice(record: CompanyRecord) -> str:
    """What the company asks for to verify a person, why, and what not to send."""
    v = record.verification
    _typed, documents = identifying_details(record)
    lines: list[str] = []
    if v.data_points:
        lines.append(
            f"According to {source_line(record)}, it verifies you with: "
            f"{', '.join(v.data_points)}." + quoted(v.quote)
        )
    elif v.required_elements:
        needed = ", ".join(
            e.desc + (" (optional)" if e.optional else "") for e in v.required_elements
        )
        lines.append(f"According to {source_line(record)}, a request needs: {needed}.")
    else:
        lines.append(f"{source_line(record, cap=True)} does not say how it verifies people.")
    if v.note:
        lines.append(f"Note: {v.note}")
    if v.id_document_required:
        lines.append(
            "The record says an identity document is needed for every request; send a copy "
            "with the parts you do not need covered (for example the photo and ID number, "
            "where the company allows)."
        )
    else:
        extra = f" (it mentions: {', '.join(documents)})" if documents else ""
        lines.append(
            "Do not send a copy of an ID document with the letter: the record does not require "
            f"one in every case{extra}. If the company asks later, it must say why."
        )
    lines.append(
        "Never send your Social Security number, bank details or passwords; no privacy "
        "request needs them."
    )
    if v.authorized_agent is not None:
        agent = "may" if v.authorized_agent else "may not"
        proof = f" Proof it wants: {v.authorized_agent_proof}" if v.authorized_agent_proof else ""
        lines.append(
            f"An authorized agent {agent} make the request for you.{proof}" + quoted(v.agent_quote)
        )
    return "\n\n".join(lines)


def identifiers_question(record: CompanyRecord, typed: list[str], documents: list[str]) -> str:
    """The identifying details the record mentions, why, and what not to send."""
    v = record.verification
    lines = [
        f"To verify who you are, {source_line(record)} mentions: "
        f"{', '.join(typed + documents)}." + quoted(v.quote or None)
    ]
    required = [e.desc for e in v.required_elements if not e.optional and e.desc in typed]
    if documents and not v.id_document_required:
        lines.append(
            f"Don't send {', '.join(documents)} with the letter: the record does not require "
            "it in every case, and the letter offers to verify you when they ask."
        )
    elif v.id_document_required:
        lines.append(
            "The record says an ID document is required; the letter will say a copy is "
            "attached. Cover anything on it they don't need."
        )
    if typed:
        example = typed[0]
        if required:
            lines.append(
                f"The record says a request needs: {', '.join(required)}. Type them as "
                f"*label: value* (e.g. *{example}: ...*), or say **skip** to leave them out."
            )
        else:
            lines.append(
                "You don't have to give these now: the letter offers to verify you when "
                f"{record.name} asks. Say **yes** to leave them out, or type them to include "
                f"them (e.g. *{example}: ...*)."
            )
    else:
        lines.append("Say **yes** to carry on.")
    return "\n\n".join(lines)


# -- the topics --------------------------------------------------------------------------------


def answer_selling(record: CompanyRecord) -> str:
    sells = record.sells_personal_information
    shares = record.shares_personal_information
    src = source_line(record)
    parts = []
    if sells.value is True:
        parts.append(
            f"Yes. {source_line(record, cap=True)} says it sells personal information."
            + quoted(sells.quote)
        )
    elif sells.value is False:
        parts.append(
            f"No. {source_line(record, cap=True)} says it does not sell personal information."
            + quoted(sells.quote)
        )
    else:
        parts.append(f"It's unclear: {src} does not say whether it sells personal information.")
    if sells.note:
        parts.append(sells.note)
    if shares.value is True and sells.value is not True:
        parts.append(
            "It does say it shares personal information with others." + quoted(shares.quote)
        )
    elif shares.value is False:
        parts.append("It says it does not share personal information." + quoted(shares.quote))
    if shares.note:
        parts.append(shares.note)
    gpc = record.honours_gpc
    if gpc.value is True:
        parts.append("It says it honours Global Privacy Control signals." + quoted(gpc.quote))
    elif gpc.value is False:
        parts.append("It says it does not honour Global Privacy Control." + quoted(gpc.quote))
    return "\n\n".join(parts)


def answer_contact(record: CompanyRecord, right: str | None = None) -> str:
    src = source_line(record)
    if not record.contacts:
        notes = [n.text for n in record.notes if n.kind in ("contact", "source-damage")]
        extra = ("\n\n" + "\n\n".join(notes)) if notes else ""
        return (
            f"{source_line(record, cap=True)} publishes no e-mail, address, web form or phone "
            "number for "
            "requests. If you find one on their website, tell me and I'll address the letter "
            f"to it.{extra}"
        )
    contacts = record.contacts_for(right) if right else record.contacts
    label = f" for {RIGHT_NOUNS[right]} requests" if right else ""
    lines = [f"How to reach {record.name}{label}, according to {src}:"]
    for c in contacts:
        lines.append(f"- **{c.kind}**: {c.value.replace(chr(10), ', ')} ({c.purpose})")
        if c.quote:
            lines.append(f"  > {' '.join(c.quote.split())}")
        if c.note:
            lines.append(f"  Note: {c.note}")
    damage = [n.text for n in record.notes if n.kind == "source-damage"]
    if damage:
        lines.append("")
        lines.extend(damage)
    return "\n".join(lines)


def answer_deadline(
    record: CompanyRecord | None,
    *,
    right: str | None,
    residence: str | None,
    today: dt.date,
    channel: str | None = None,
) -> str:
    """The legal deadline where the person lives (if known) and the company's own promise."""
    right = right or "access"
    parts: list[str] = []
    if residence:
        from assistant.law.deadlines import assumed_receipt, compute_deadlines
        from assistant.law.profiles import law_for, residence_name

        law = law_for(residence, on=today)
        received, why = assumed_receipt(today, channel or "email")
        promise_days = record.rights.get(right).response_days if record else None
        found = compute_deadlines(law, right, received, residence, promise_days)
        place = residence_name(residence)
        noun = RIGHT_NOUNS[right]
        article = "an" if noun[0] in "aeiou" else "a"  # "an access request", "an opt-out ..."
        head = (
            f"For {article} {noun} request from someone in {place}, received {long_date(received)}"
        )
        head += f" under {law.short_name}:" if law else ":"
        parts.append(head)
        if found.acknowledge_by:
            parts.append(f"- acknowledge receipt by **{long_date(found.acknowledge_by)}**")
        if found.respond_by:
            parts.append(f"- answer by **{long_date(found.respond_by)}**")
        if found.extended_respond_by:
            parts.append(
                f"- or, if they tell you in time that they need longer, by "
                f"**{long_date(found.extended_respond_by)}**"
            )
        parts.extend(found.explanations)
        if channel and channel != "email":
            parts.append(why)
    else:
        parts.append(
            "That depends on where you live: each law sets its own deadline. Tell me where you "
            "live and I'll work out the exact dates."
        )
    if record is not None:
        rp = record.rights.get(right)
        if rp.response_days:
            ext = f", plus {rp.extension_days} more if needed" if rp.extension_days else ""
            parts.append(
                f"{record.name}'s own promise ({source_line(record)}): {rp.response_days} "
                f"{rp.response_day_kind} days{ext}." + quoted(rp.response_quote)
            )
        else:
            parts.append(f"{source_line(record, cap=True)} states no response time of its own.")
    return "\n\n".join(parts)


def answer_right_company(record: CompanyRecord) -> str:
    src = source_line(record)
    parts: list[str] = []
    if record.processor:
        scope = (
            "only on behalf of other companies"
            if record.processor.scope == "only"
            else "for some data, on behalf of other companies"
        )
        parts.append(
            f"Maybe not. {source_line(record, cap=True)} says it handles personal information "
            f"{scope}." + quoted(record.processor.quote)
        )
        parts.append(record.processor.advice)
    for note in record.notes:
        if note.kind in ("processor", "scope"):
            parts.append(note.text + quoted(note.quote))
    if not parts:
        parts.append(
            f"Nothing in {src} says it acts for another company, so {record.name} itself is "
            "the one to ask about the data it holds on you."
        )
    else:
        parts.append(
            f"If you dealt with {record.name} directly (its own website, app or services), it "
            "is the right company to ask."
        )
    return "\n\n".join(parts)


def answer_agent(record: CompanyRecord) -> str:
    """Whether someone else (an authorized agent: a relative, a lawyer) may ask for the person."""
    v = record.verification
    if v.authorized_agent is True:
        text = (
            f"Yes. {source_line(record, cap=True)} says an authorized agent may make a request "
            "on your behalf." + quoted(v.agent_quote)
        )
        if v.authorized_agent_proof:
            text += f"\n\nWhat the agent needs: {v.authorized_agent_proof}"
        return text
    if v.authorized_agent is False:
        return (
            f"No. {source_line(record, cap=True)} says it does not accept requests made by "
            "someone else on your behalf." + quoted(v.agent_quote)
        )
    return (
        f"{source_line(record, cap=True)} does not say whether someone else may make the "
        f"request for you. If you write it yourself, {record.name} cannot refuse it for that "
        "reason."
    )


def _policy_pointer(record: CompanyRecord) -> str:
    if record.policy_url:
        return f" Its privacy policy is at {record.policy_url}."
    return ""


def answer_retention(record: CompanyRecord) -> str:
    """How long the company keeps data: the record holds no retention period, so say so."""
    return (
        f"{source_line(record, cap=True)} does not say how long {record.name} keeps personal "
        f"data, so I can't tell you.{_policy_pointer(record)} An access request makes "
        f"{record.name} tell you: under the GDPR the answer must include how long the data "
        "will be stored, or how that period is decided (GDPR Art. 15(1)(d))."
    )


def answer_collected(record: CompanyRecord) -> str:
    """What data the company collects: the record lists none, so say so."""
    return (
        f"{source_line(record, cap=True)} does not list the personal data {record.name} "
        f"collects, so I can't tell you.{_policy_pointer(record)} An access request makes "
        f"{record.name} tell you which of your data it holds and where it came from (GDPR "
        "Art. 15(1)(b) and (g); under the CCPA, Cal. Civ. Code 1798.110)."
    )


def answer(
    topic: str,
    record: CompanyRecord | None,
    *,
    today: dt.date,
    right: str | None = None,
    residence: str | None = None,
    channel: str | None = None,
) -> str:
    """Answer a question on `topic` ("selling", "contact", "deadline", "verification",
    "right_company", "agent", "retention", "collected") about `record`, quoting its policy."""
    if topic == "deadline":
        return answer_deadline(
            record, right=right, residence=residence, today=today, channel=channel
        )
    if record is None:
        return "Which company do you mean? Tell me its name and I'll look it up."
    if topic == "selling":
        return answer_selling(record)
    if topic == "contact":
        return answer_contact(record, right)
    if topic == "verification":
        return verification_advice(record)
    if topic == "right_company":
        return answer_right_company(record)
    if topic == "agent":
        return answer_agent(record)
    if topic == "retention":
        return answer_retention(record)
    if topic == "collected":
        return answer_collected(record)
    raise ValueError(f"unknown question topic {topic!r}")
