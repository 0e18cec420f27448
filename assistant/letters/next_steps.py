"""Letters that answer a company's reply: the reasoned next step for each kind of answer.

`compose_next_step` writes one of:

- `identity_objection`: the company asks for more proof of identity than the law allows;
- `extension_reasons`: it extended the time to answer without saying why;
- `missing_items`: it answered only in part (for GDPR access and erasure, the items of
  Art. 15 and Art. 17/19 it still owes, each with its article);
- `appeal`: it refused, and the law gives an appeal (most US state laws); where the law gives
  none, the complaint to the regulator (assistant/letters/later.py) is the next step instead;
- `sources_question`: it holds no data about the person: a closing note that asks where any
  details came from.

Each reads the ledger row of the request (RequestRow or its as_dict()), its timeline, and the
reply as assistant/replies read it (a mapping with at least "quote" and "date"). The words are in
the templates under letters/ (English for now); the facts of the law (verification rules,
extension and appeal sections) come from the law profile the request was made under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.context import LOOKUP, base_context, law_context, to_company
from assistant.letters.later import (
    _as_date,
    _get,
    _law_by_id,
    _original_context,
    compose_complaint,
)
from assistant.letters.model import CHANNEL_ORDER, REPLY_DAYS, Letter, Person, Route
from assistant.letters.routing import choose_route, normalise_right
from assistant.letters.templates import environment, tidy
from assistant.vocabulary import long_date, make_reference

if TYPE_CHECKING:
    from assistant.records.model import CompanyRecord

NEXT_KINDS: tuple[str, ...] = (
    "identity_objection",
    "extension_reasons",
    "missing_items",
    "appeal",
    "sources_question",
)

# What a GDPR answer must contain, article by article (Regulation (EU) 2016/679).
GDPR_ITEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "access": (
        ("a copy of the personal data you process about me", "GDPR Art. 15(3)"),
        ("the purposes of the processing", "GDPR Art. 15(1)(a)"),
        ("the categories of personal data concerned", "GDPR Art. 15(1)(b)"),
        ("the recipients or categories of recipients", "GDPR Art. 15(1)(c)"),
        ("how long the data will be stored, or the criteria used", "GDPR Art. 15(1)(d)"),
        ("where you obtained the data, if not from me", "GDPR Art. 15(1)(g)"),
        ("any automated decision-making, including profiling", "GDPR Art. 15(1)(h)"),
        ("the safeguards for any transfer outside the EEA", "GDPR Art. 15(2)"),
    ),
    "deletion": (
        ("which data you keep and which exception of Art. 17(3) you rely on", "GDPR Art. 17(3)"),
        ("confirmation that everything else has been erased", "GDPR Art. 17(1)"),
        ("confirmation that you told each recipient of the data", "GDPR Art. 19"),
    ),
}
GDPR_LAWS = frozenset({"gdpr"})
SOURCES_CITATION = {"gdpr": "GDPR Art. 14(2)(f) and Art. 15(1)(g)"}


def compose_next_step(
    kind: str,
    request: Any,
    timeline: list[Any],
    record: CompanyRecord,
    person: Person,
    reply: Mapping[str, Any],
    *,
    today: dt.date,
    law: Any = LOOKUP,
    reference: str | None = None,
) -> Letter:
    """The letter answering `reply` (see the module docstring for the kinds). A refusal under
    a law without an appeal gives the complaint to the regulator instead."""
    if kind not in NEXT_KINDS:
        raise UserError(f"no next-step letter {kind!r}; choose from: {', '.join(NEXT_KINDS)}")
    right = normalise_right(str(_get(request, "right")))
    if law is LOOKUP:
        law = _law_by_id(_get(request, "law_id"))
    if kind == "appeal" and (law is None or getattr(law, "appeal", None) is None):
        return compose_complaint(request, timeline, record, person, today=today, law=law)
    recorded, channel = _get(request, "recipient"), _get(request, "channel")
    if recorded and channel in CHANNEL_ORDER:
        route = Route(str(channel), str(recorded))
    else:
        route = choose_route(record, right)
    reference = reference or make_reference(record.id, "followup_overdue", today)
    ctx = base_context(kind, record, person, route, reference, today)
    ctx.update(
        {
            "law": law_context(law, right),
            "original": _original_context(request, timeline, person),
            "reply": _reply_context(reply),
            "reply_by": long_date(today + dt.timedelta(days=REPLY_DAYS)),
            **_facts(kind, law, right, request),
        }
    )
    return to_company(
        kind, record, route, person, reference, today, law, right, _get(request, "residence"),
        _render(kind, ctx), attachments=("a copy of the original request",),
    )  # fmt: skip


def _reply_context(reply: Mapping[str, Any]) -> dict[str, Any]:
    quote = textsafety.one_line(str(reply.get("quote") or ""))[:600]
    if not quote:
        raise UserError("the reply has no sentence to answer; read it and say what it asks")
    day = _as_date(reply.get("date"))
    return {"quote": quote, "date": long_date(day) if day else None}


def _facts(kind: str, law: Any, right: str, request: Any) -> dict[str, Any]:
    """The law's facts each kind of letter needs."""
    law_id = getattr(law, "id", None)
    if kind == "identity_objection":
        said = law.verification_for(right) if law is not None and law.grants(right) else None
        no_proof = right == "opt_out" and (
            law is None or not law.grants(right) or not law.rights[right].verification_required
        )
        return {"verification": said, "no_proof_needed": no_proof}
    if kind == "extension_reasons":
        rule = law.rules_for(right).extension if law is not None and law.grants(right) else None
        notice_by = _as_date(_get(request, "extension_notice_by"))
        return {
            "extension_rule": {"citation": rule.citation, "note": rule.note} if rule else None,
            "late": bool(_get(request, "late_extension")),
            "notice_by": long_date(notice_by) if notice_by else None,
        }
    if kind == "missing_items":
        items = GDPR_ITEMS.get(right, ()) if law_id in GDPR_LAWS else ()
        return {"items": [{"text": t, "citation": c} for t, c in items]}
    if kind == "appeal":
        appeal = law.appeal
        respond = appeal.respond
        return {
            "appeal": {
                "citation": appeal.citation,
                "respond": respond.describe() if respond else None,
                "respond_citation": respond.citation if respond else None,
                "due": None,
                "complaint": appeal.complaint,
                "complaint_citation": appeal.complaint_citation,
            }
        }
    return {"sources_citation": SOURCES_CITATION.get(str(law_id))}


def _render(kind: str, context: Mapping[str, Any]) -> tuple[str, str, str]:
    """(subject, body, signature) of `<kind>.j2`, as assistant/letters/templates.py renders
    the other kinds."""
    env = environment()
    template = env.get_template(f"{kind}.j2")
    body = tidy(template.render(context))

    def block(name: str) -> str:
        source = template if name in template.blocks else env.get_template("_letter.j2")
        return "".join(source.blocks[name](source.new_context(dict(context))))

    subject = textsafety.one_line(block("subject"))
    return subject, body, tidy(block("signature")).strip("\n")
