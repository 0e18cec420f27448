"""Understanding what a person types: free text -> an Intent with slots and a confidence for each.

Rules and fuzzy matching only (regular expressions, rapidfuzz over the catalog's search index);
no network, no model, no I/O. The slots:

- company: a catalog id, from names, legal names, brands, domains and typos
  (assistant.understanding.companies).
- right: "access", "deletion", "opt_out" or "correction", from everyday words ("what do you know
  about me", "forget me", "stop selling"), with negation (assistant.understanding.rights).
- residence, name, e-mail and a date (assistant.understanding.slots); yes/no, a command (help,
  back, start over, list companies, my requests, quit) and a question topic (selling, contact,
  deadline, verification, right_company).

`expecting` says what the conversation just asked for; it lets a bare answer ("California",
"Jane Q. Public", "Post") fill the slot it was asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.understanding.companies import CompanyMatch, find_companies, guess_unknown_company
from assistant.understanding.rights import (
    RIGHT_RULES,
    UNSUBSCRIBE,
    choose_right,
    find_rights,
    right_from_short_answer,
)
from assistant.understanding.slots import (
    DATE_PATTERN,
    NAME_CUE,
    clean_name,
    find_residence,
    parse_date,
    parse_email,
)
from assistant.understanding.words import COMMON_WORDS, clean_text

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog

__all__ = [
    "COMMANDS",
    "COMMON_WORDS",
    "QUESTION_TOPICS",
    "RIGHT_NAMES",
    "RIGHT_RULES",
    "CompanyMatch",
    "Intent",
    "clean_name",
    "find_companies",
    "find_residence",
    "parse_date",
    "parse_email",
    "understand",
]

RIGHT_NAMES = ("access", "deletion", "opt_out", "correction")
QUESTION_TOPICS = ("selling", "contact", "deadline", "verification", "right_company")
COMMANDS = ("help", "back", "restart", "list_companies", "my_requests", "quit", "forget_profile")


@dataclass
class Intent:
    """What one message says. Unfilled slots are None; `confidence` has a key per filled slot."""

    text: str
    kind: str = "unknown"  # command|question|request|answer|greeting|yes|no|thanks|unknown
    company: str | None = None
    company_name: str | None = None
    company_span: str | None = None
    companies: list[CompanyMatch] = field(default_factory=list)  # alternatives, best first
    unknown_company: str | None = None  # a name the person seems to give that we do not know
    right: str | None = None
    rights_mentioned: list[str] = field(default_factory=list)
    negated_rights: list[str] = field(default_factory=list)
    right_hint: str | None = None  # e.g. "unsubscribe": not a right by itself
    residence: str | None = None
    residence_text: str | None = None
    name: str | None = None
    email: str | None = None
    email_error: str | None = None
    date: dt.date | None = None
    yes_no: bool | None = None
    command: str | None = None
    question: str | None = None
    correction: bool = False  # "no, I meant ..." / "actually ..."
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def ambiguous_company(self) -> bool:
        return self.company is None and len(self.companies) > 1

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "company": self.company,
            "company_name": self.company_name,
            "companies": [c.as_dict() for c in self.companies],
            "right": self.right,
            "negated_rights": self.negated_rights,
            "residence": self.residence,
            "name": self.name,
            "email": self.email,
            "email_error": self.email_error,
            "date": self.date.isoformat() if self.date else None,
            "yes_no": self.yes_no,
            "command": self.command,
            "question": self.question,
            "correction": self.correction,
            "confidence": {k: round(v, 2) for k, v in self.confidence.items()},
        }


# --------------------------------------------------------------------------------------------
# Commands, yes/no, greetings, questions.

_COMMAND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"^(?:please |can you |could you )?(?:{pattern})[ .!?]*(?:please)?[ .!?]*$"))
    for name, pattern in (
        (
            "help",
            r"help|\?|h|help me|what can you do|how does this work|commands|what can i say"
            r"|i'?m (?:lost|confused)|how do i use this|menu|options",
        ),
        ("back", r"back|go back|undo|previous|previous question|step back|one step back"),
        (
            "restart",
            r"start over|start again|restart|reset|begin again|new request|from the "
            r"(?:start|beginning|top)|start from scratch|let'?s start over|new letter|again",
        ),
        (
            "list_companies",
            r"(?:list|show|which|what) (?:all )?(?:the )?companies(?: (?:do|can) "
            r"you (?:know|handle|do))?|companies|list|company list|list companies|catalog",
        ),
        (
            "my_requests",
            r"(?:show )?(?:my )?requests|my (?:letters|deadlines|requests)|status|"
            r"what'?s (?:due|overdue|pending)|show (?:my )?(?:requests|letters|deadlines)|"
            r"reminders|tracker",
        ),
        (
            "quit",
            r"quit|exit|bye|goodbye|good bye|q|stop|close|done|that'?s all|i'?m done|"
            r"see you|cya|end",
        ),
        (
            "forget_profile",
            r"forget my details|forget my profile|delete my (?:saved )?(?:details|"
            r"profile)|don'?t remember me|new details|different details",
        ),
    )
)

_YES = re.compile(
    r"^(?:y|ya|yes|yess|yes+|yeah|yea|yep|yup|ya|sure|ok|okay|k|kk|alright|all right|fine|"
    r"correct|right|exactly|indeed|of course|absolutely|definitely|please|go ahead|do it|"
    r"go for it|sounds good|looks good|that'?s (?:right|correct|it|fine|good)|affirmative|"
    r"save it|track it|yes please|please do|ok do it|why not|perfect|great|good|confirm|"
    r"confirmed|send it|done|yes,? (?:save|track|go ahead|do it|please|that'?s right|correct|"
    r"remember|sure|ok)(?: it| me| them)?)[ .!]*$"
)
_NO = re.compile(
    r"^(?:n|no|nope|nah|no thanks|no thank you|not now|not really|never mind|nevermind|"
    r"don'?t|do not|cancel|skip|not yet|negative|no way|rather not|i'?d rather not|"
    r"leave it|no,? thanks?|nothing|none|no need|not needed|pass)[ .!]*$"
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|hallo|good (?:morning|afternoon|evening|day)|greetings|"
    r"hi there|hello there|hey there|sup|what'?s up)[ .!,]*(?:there)?[ .!]*$"
)
_THANKS = re.compile(
    r"^(?:thanks|thank you|thx|ty|cheers|thanks a lot|many thanks|great,? "
    r"thanks)[ .!]*$"
)

_QUESTION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "right_company",
        re.compile(
            r"\bright (?:company|one|place|people|firm|address)\b|\bprocessor\b|"
            r"\b(?:wrong|correct) (?:company|one|place)\b|\bwho (?:should|do|must) i (?:ask|write"
            r"|contact|send)\b|\bshould i (?:ask|write to|contact|send (?:it|this) to)\b|"
            r"\bon behalf of\b|\b(?:ask|contact|write to) (?:them|\w+) or\b"
        ),
    ),
    (
        "verification",
        re.compile(
            r"\bverif\w*|\bidentity\b|\bidentify me\b|\bprove (?:who|it'?s me|my|that)\b|"
            r"\b(?:id|passport|driver'?s licen[cs]e|photo id|id document|id card)\b.*\?|"
            r"\bneed (?:from me|to know who)\b|"
            r"\bwhat (?:do|does|will) (?:they|it|\w+) (?:need|want|ask for|require)\b|"
            r"\bdo i (?:need|have) to (?:send|give|show|provide)\b"
        ),
    ),
    (
        "deadline",
        re.compile(
            r"\bhow long\b|\bhow many days\b|\bhow soon\b|\bdeadlines?\b|\btime ?limit\b|"
            r"\bby when\b|\bwhen (?:do|does|must|will|should|would|did|can) (?:they|it|\w+) "
            r"(?:have to |need to )?(?:answer|respond|reply|get back|write back|finish|do it|"
            r"comply|be done)\b|"
            r"\bwhen (?:is|are) (?:it|the answer|their answer|a reply|the reply) due\b|"
            r"\bwhen (?:will|do|should|can) i (?:hear|get|expect)\b|\bdue date\b|\bhow quickly\b"
        ),
    ),
    (
        "contact",
        re.compile(
            r"\bhow (?:do|can|should|would) i (?:contact|reach|email|e-mail|write to|call|get in "
            r"touch|send)\b|\bcontact (?:details|info|information|address|email|e-mail|them)\b|"
            r"\b(?:e-?mail|phone|postal|mailing) (?:address|number)? ?(?:of|for)\b|"
            r"\bwhere (?:do|should|can) i (?:send|write|mail)\b|"
            r"\bwho do i (?:write|send|email)\b|\bhow to contact\b|"
            r"\bwhat(?:'s| is) (?:their|the|its) (?:e-?mail|address|phone|contact)\b|"
            r"\b(?:their|its) (?:e-?mail|phone number|address|contact)\b"
        ),
    ),
    (
        "selling",
        re.compile(
            r"\b(?:do|does|did|will|would|can|could|are|is)\b[^?]{0,40}\b(?:sell|sells|selling|sold|"
            r"share|shares|sharing)\b|\b(?:sell|share)s? (?:my|personal|your|our) "
            r"(?:data|info\w*|personal)\b.*\?"
        ),
    ),
)
_QUESTION_FORM = re.compile(
    r"\?\s*$|^(?:how|what|whats|what's|when|where|who|which|why|do|does|did|is|are|can|could|"
    r"will|would|should|shall|am|may|has|have)\b(?! not\b)"
)
# A request phrased as a question ("can you delete my data?") is a request, not a question.
_REQUEST_VERB = re.compile(
    r"\b(?:i want|i'?d like|i would like|i need|please|make them|can you|could you|would you|"
    r"help me|i wanna|let me|get them to|have them|tell them to|ask them to)\b"
)
_CORRECTION = re.compile(
    r"^(?:no|nope|sorry|oops|wait|actually|not)\b[ ,.!-]*(?:i meant|i mean|meant|it'?s|it is|"
    r"make (?:it|that)|i said|rather|i want(?:ed)?|not\b)?|^i meant\b|^i mean\b|^actually\b|"
    r"^wrong company\b|^not that one\b|^change (?:the )?company to\b|^switch to\b"
)


# --------------------------------------------------------------------------------------------
# The entry point.


def understand(
    text: str,
    catalog: Catalog,
    *,
    expecting: str | None = None,
    today: dt.date | None = None,
) -> Intent:
    """Read one message. `expecting` is what the conversation asked for: "company", "right",
    "residence", "name", "email", "address", "date", "yes_no", or None."""
    original = text.strip()
    low = clean_text(original)
    intent = Intent(text=original)
    if not low:
        return intent
    conf = intent.confidence

    bare = low.strip(" .!?")
    for name, pattern in _COMMAND_RULES:
        if pattern.match(low):
            if name in ("quit",) and bare in ("stop", "done", "end") and expecting == "yes_no":
                continue
            intent.command = name
            intent.kind = "command"
            conf["command"] = 1.0
            return intent

    intent.correction = bool(_CORRECTION.match(low)) and len(low.split()) > 1
    if _YES.match(low):
        intent.yes_no, intent.kind = True, "yes"
        conf["yes_no"] = 1.0
    elif _NO.match(low):
        intent.yes_no, intent.kind = False, "no"
        conf["yes_no"] = 1.0
    elif re.match(r"^(?:yes|yeah|yep|sure|ok|okay)\b", low):
        intent.yes_no = True
        conf["yes_no"] = 0.7
    elif re.match(r"^(?:no|nope|nah)\b", low):
        intent.yes_no = False
        conf["yes_no"] = 0.7
    if intent.yes_no is not None and intent.kind in ("yes", "no"):
        return intent
    if _GREETING.match(low):
        intent.kind = "greeting"
        return intent
    if _THANKS.match(low):
        intent.kind = "thanks"
        return intent

    # E-mail.
    intent.email, intent.email_error = parse_email(original)
    if intent.email:
        conf["email"] = 1.0
    if expecting == "email" and intent.email is None and intent.email_error is None:
        intent.email_error = "that does not look like an e-mail address (it needs an @)"

    # Date.
    if expecting == "date" or DATE_PATTERN.search(low):
        intent.date = parse_date(low, today)
        if intent.date:
            conf["date"] = 1.0 if expecting == "date" else 0.8

    # Name.
    if expecting == "name" and not intent.email:
        intent.name = clean_name(original)
        if intent.name:
            conf["name"] = 0.9
    else:
        m = NAME_CUE.search(original)
        if m and re.search(r"\bname\b|call me", m.group(0), re.IGNORECASE):
            intent.name = clean_name(m.group(1).split(",")[0])
            if intent.name:
                conf["name"] = 0.8

    # Residence.
    residence_words: set[str] = set()
    if expecting not in ("name", "email", "address"):
        code, words = find_residence(original, whole=expecting == "residence")
        if code:
            intent.residence, intent.residence_text = code, words
            conf["residence"] = 1.0 if expecting == "residence" else 0.85
            residence_words = set(clean_text(words or "").split())

    # Question topic.
    question_form = bool(_QUESTION_FORM.search(low))
    topic = None
    for name, pattern in _QUESTION_RULES:
        if pattern.search(low):
            topic = name
            break
    asked = question_form or topic in ("deadline", "verification", "right_company")
    request_verb = bool(_REQUEST_VERB.search(low)) and topic in ("selling", "contact")
    if topic and asked and not request_verb:
        intent.question = topic
        conf["question"] = 0.9 if question_form else 0.7

    # Right.
    hits, negated, _spans = find_rights(low)
    if intent.question == "selling":
        hits = [h for h in hits if h[0] != "opt_out"]
    if intent.question == "verification":
        hits = [h for h in hits if h[0] != "access" or h[1] >= 1.2]
    right, right_conf, ranked = choose_right(hits)
    intent.negated_rights = sorted(set(negated) - set(ranked))
    if right is None and expecting == "right":
        right, right_conf = right_from_short_answer(bare)
    if right:
        intent.right = right
        intent.rights_mentioned = ranked
        conf["right"] = right_conf
    if right is None and UNSUBSCRIBE.search(low):
        intent.right_hint = "unsubscribe"

    # Company.
    if expecting not in ("name", "email", "address", "date") or intent.correction:
        skip = residence_words if expecting != "company" else set()
        found, span = find_companies(
            original,
            catalog,
            blocked_words=skip,
            whole_answer=expecting in ("company", "company_choice") or intent.correction,
        )
        if found:
            top = found[0]
            rivals = [m for m in found[1:] if m.score >= top.score - 0.05]
            strong = top.score >= 0.78
            if strong and not rivals:
                intent.company, intent.company_name = top.id, top.name
                intent.company_span = span
                conf["company"] = round(top.score, 2)
                intent.companies = found[:5]
            elif strong:
                intent.companies = [top, *rivals][:6]
                intent.company_span = span
                conf["company"] = round(top.score * 0.6, 2)
            else:
                intent.companies = found[:5]
                conf["company"] = round(top.score * 0.5, 2)
        elif expecting == "company" or intent.correction:
            short = re.sub(
                r"^(?:it'?s|it is|the company is|company|they'?re|called)\s+",
                "",
                original.strip(" .!?"),
                flags=re.IGNORECASE,
            )
            if expecting == "company" and len(short.split()) <= 5 and not intent.right:
                intent.unknown_company = short
            else:
                intent.unknown_company = guess_unknown_company(original)

    for key, value in conf.items():
        conf[key] = round(min(1.0, max(0.0, value)), 2)
    # Kind.
    if intent.question:
        intent.kind = "question"
    elif intent.company or intent.right or intent.companies:
        intent.kind = "request"
    elif intent.residence or intent.name or intent.email or intent.date or intent.email_error:
        intent.kind = "answer"
    elif intent.yes_no is not None:
        intent.kind = "yes" if intent.yes_no else "no"
    elif question_form:
        intent.kind = "question"
    return intent
