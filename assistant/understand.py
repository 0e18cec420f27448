"""Understanding what a person types: free text -> an Intent with slots and a confidence for each.

Rules and fuzzy matching only (regular expressions, rapidfuzz over the catalog's search index);
no network, no model, no I/O. The slots:

- company: a catalog id, from names, legal names, brands, domains and typos. A catalog of 3,000
  companies holds brands called "Me", "Them", "Home" and "Post", so a span made only of everyday
  words never counts as a company unless the person capitalised it mid-sentence or answered
  "which company?" with exactly that word. Fuzzy hits need a strong whole-span score.
- right: "access", "deletion", "opt_out" or "correction", from everyday words ("what do you know
  about me", "forget me", "stop selling"), with negation ("I don't want to delete anything, just
  see what they have" is access).
- residence (through assistant.laws.resolve_residence), name, e-mail (email-validator, syntax
  only), a date (dateutil), yes/no, a command (help, back, start over, list companies, my
  requests, quit) and a question topic (selling, contact, deadline, verification,
  right_company).

`expecting` says what the conversation just asked for; it lets a bare answer ("California",
"Jane Q. Public", "Post") fill the slot it was asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from assistant.search import domain_label, fold, host_of, normalise

if TYPE_CHECKING:
    from assistant.catalog import Catalog

RIGHT_NAMES = ("access", "deletion", "opt_out", "correction")
QUESTION_TOPICS = ("selling", "contact", "deadline", "verification", "right_company")
COMMANDS = ("help", "back", "restart", "list_companies", "my_requests", "quit", "forget_profile")


@dataclass
class CompanyMatch:
    """One company the text may name."""

    id: str
    name: str
    span: str
    how: str  # "domain" | "exact" | "brand" | "fuzzy"
    score: float  # 0..1

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "span": self.span,
            "how": self.how,
            "score": round(self.score, 2),
        }


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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# Everyday words. A span made only of these is never taken for a company by itself.

COMMON_WORDS = _words(
    """
    a about above across act actually add address addresses after again against ago agent all
    allow almost along already also always am an and another answer answers any anybody anyone
    anything anyway app apps are area around as ask asked asking at away back bad base be been
    before behalf being below best better between big bit both bought but buy by call called
    calling calls can cancel cannot cant case change check choose city claim clear close code
    come company companies complain complaint connect contact contacting contacts copy correct
    could country cookie cookies customer customers data date day days dear delete deleted
    deleting deletion desired details detail did didnt different do does doesnt doing done dont
    down download each edge else email emailing emails end enough erase even ever every
    everything exactly fax file files find fine first fix for forget form free from future get
    gets getting give given go going gone good got group had has have having he hello help her
    here hey hi him his hold holding home how however i id if im in info information inquiry into
    is isnt it its ive just keep keeping keeps kind know known last later law laws leave legal
    less let letter letters like line list live lives living long look lot love made mail mailing
    make many matter may maybe me mean meant message messages might mind mine mobile more most
    much must my myself name need needs never new next no none nope not nothing now number of off
    ok okay old on once one online only open or order other our out over own part partner past
    people person personal phone place please plus point policy post privacy private profile
    protection provide put quality question quick quite rather read real really reason record
    records reply request requests right rights said same save say says see seems self sell
    selling send sent service services set share sharing she should show sign signal simply
    since site so some someone something soon sorry space start state still stop store stored
    stuff such sure system take talk tell test text than thank thanks that thats the their them
    then there these they thing things think this those though through time to today told too
    top turn two under until up update us use used user using very via want wanted wants was way
    we web website well were what whatever when where whether which while who whole why will
    wipe wise wish with without work world would wrong yeah yes yet you your yours yourself
    account accounts also anyway remove removed removal stop stopped hate annoying spam spamming
    spammed emails texting texts sms marketing newsletter newsletters unsubscribe opt out
    everything clean erasure forgotten rid purge destroy nuke wipe scrub see view access show
    tell know copy export report summary dsar sar subject correct correction rectify rectification
    fix update amend change inaccurate wrong mistake outdated typo misspelled
    live based located reside resident residing moved moving currently originally citizen
    please thx ty cheers hiya howdy yo sup ok thanks morning evening afternoon good great cool
    lol pls plz u ur im ive id dont doesnt cant wont didnt isnt wanna gonna gotta lemme
    info infos details detail stuff anything something nothing everything data dat
    private personal information informations pii records record history profile file files
    whats hows wheres whos theyve theyre youre ill youve weve
    day week month year weeks months years hours
    request letter write writing written draft send sending mail email e-mail address
    name number phone id identity passport license licence driver drivers verify verification
    prove proof document documents
    sell sold sale sales share shared shares sharing third parties party partners advertisers
    """
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_TOKEN = re.compile(r"[a-z0-9][a-z0-9&'.@_+-]*[a-z0-9]|[a-z0-9]")


def _clean(text: str) -> str:
    """Fold case and accents, unify apostrophes, collapse spaces."""
    return " ".join(fold(text.translate(_APOSTROPHES)).split())


# --------------------------------------------------------------------------------------------
# Rights.


@dataclass(frozen=True)
class _RightRule:
    right: str
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True  # "don't sell" stays an opt-out; "don't delete" is not a deletion


def _rule(right: str, pattern: str, weight: float = 1.0, negatable: bool = True) -> _RightRule:
    return _RightRule(right, re.compile(pattern), weight, negatable)


_DATA = r"(?:data|info|infos|information|details|stuff|pii|records?|files?|profile|account)"
_MY = r"(?:my|all my|all of my|our|the|any of my|all the|all of the|me)"
_THEY = r"(?:they|you|u|it|he|she|[a-z0-9.-]+)"

RIGHT_RULES: tuple[_RightRule, ...] = (
    # access
    _rule("access", r"\b(?:dsar|d\.s\.a\.r|sar|subject access|data subject access)\b", 1.3),
    _rule("access", r"\bright (?:to|of) (?:know|access)\b", 1.3),
    _rule("access", r"\baccess (?:request|to " + _MY + r"|" + _MY + r")\b", 1.1),
    _rule("access", r"\b(?:request|want|get|need|like) (?:to )?access\b", 1.0),
    _rule(
        "access",
        r"\bwhat (?:personal )?"
        + _DATA
        + r"? ?(?:do|does|did)? ?"
        + _THEY
        + r" (?:have|has|hold|holds|keep|keeps|store|stores|know|knows|collect|collects|got)"
        + r" (?:on|about|of|from)? ?(?:me|my)\b",
        1.2,
    ),
    _rule("access", r"\bwhat (?:do|does) " + _THEY + r" (?:know|have|hold|keep|got)\b", 1.0),
    _rule(
        "access",
        r"\bwhat (?:personal )?"
        + _DATA
        + r"? ?(?:has|have|did|does|do) "
        + _THEY
        + r" (?:got|have|kept|collected|stored|gathered|held)\b",
        1.1,
    ),
    _rule("access", r"\bwhat (?:they'?ve|they have|you have|they hold|they got|they know)\b", 1.0),
    _rule("access", r"\bwhat(?:'s| is) (?:on file|in my file|stored about me)\b", 1.1),
    _rule("access", r"\b(?:a )?cop(?:y|ies) of " + _MY + r"? ?(?:personal )?" + _DATA, 1.2),
    _rule("access", r"\bsee (?:what|my|all|everything|which)\b", 1.0),
    _rule(
        "access",
        r"\b(?:want|need|like|get|request|receive|have) (?:a |an |the )?(?:full |"
        r"complete )?cop(?:y|ies)\b",
        1.0,
    ),
    _rule(
        "access",
        r"\b(?:view|look at|check|review|inspect) " + _MY + r" (?:personal )?" + _DATA,
        1.0,
    ),
    _rule(
        "access",
        r"\b(?:show|tell|send|give) (?:me|us) (?:a copy|what|my|all|everything" + r"|which|the)\b",
        1.0,
    ),
    _rule(
        "access",
        r"\b(?:export|download|obtain|retrieve|get hold of|request) "
        + _MY
        + r"? ?(?:personal )?"
        + _DATA
        + r"\b",
        0.9,
    ),
    _rule("access", r"\bget (?:a copy|" + _MY + r" (?:personal )?" + _DATA + r")\b", 0.9),
    _rule("access", r"\b(?:find out|learn|know) (?:what|which|whether|if)\b", 1.0),
    _rule("access", r"\bwhich (?:personal )?" + _DATA + r"\b", 0.8),
    _rule("access", r"\b(?:data|information) (?:export|download|access|takeout|report)\b", 1.0),
    _rule("access", r"\b(?:list|summary|report) of " + _MY + r"? ?(?:personal )?" + _DATA, 1.0),
    _rule("access", r"\bportab(?:le|ility)\b", 0.9),
    _rule("access", r"\b(?:right to|request to|want to|wanna) know\b", 1.0),
    _rule("access", r"\bknow about me\b", 1.0),
    _rule(
        "access", r"\b(?:what|everything) (?:they|you) (?:have|hold|know|keep) (?:on|about)\b", 1.2
    ),
    _rule("access", r"\baccess\b", 0.6),
    # deletion
    _rule("deletion", r"\b(?:delete|deleting|deleted|deletion|del)\b", 1.2),
    _rule("deletion", r"\b(?:dlete|delet|deleet|deelte|delte|deleate|dellete)\b", 1.0),
    _rule("deletion", r"\b(?:erase|erasing|erasure|erased)\b", 1.2),
    _rule("deletion", r"\bforget (?:me|about me|my|all|everything)\b", 1.2),
    _rule("deletion", r"\bright to be forgotten\b", 1.4),
    _rule("deletion", r"\b(?:wipe|wiping|purge|purging|scrub|nuke|destroy|shred)\b", 1.1),
    _rule("deletion", r"\bget rid of\b", 1.1),
    _rule(
        "deletion",
        r"\b(?:remove|removing|removal|take) (?:me|my|all|everything|any|of me|"
        + r"of my|it|them|down|out|off)\b",
        1.0,
    ),
    _rule("deletion", r"\bremov(?:e|al)\b", 0.7),
    _rule("deletion", r"\b(?:clear|clean) (?:out )?" + _MY + r" (?:personal )?" + _DATA, 1.0),
    _rule("deletion", r"\bclose (?:and delete )?" + _MY + r" (?:account|profile)\b", 0.8),
    _rule(
        "deletion",
        r"\b(?:stop|no longer|don't|do not) (?:keeping|keep|hold|holding|storing|"
        + r"store|retain|retaining|have|having) "
        + _MY
        + r"\b",
        1.0,
        negatable=False,
    ),
    _rule("deletion", r"\bdelete me\b", 1.3),
    _rule("deletion", r"\b(?:get|take|keep) (?:my|all my|me|it|them)(?: \w+)? (?:out|off)\b", 1.25),
    _rule(
        "deletion",
        r"\b(?:it|them|my data|everything|my info|all of it) (?:gone|erased|removed"
        r"|deleted|wiped)\b",
        1.25,
    ),
    _rule(
        "deletion",
        r"\b(?:don'?t|do not|doesn'?t|no longer|not)\b[^,.;]{0,30}\b(?:keeping|keep|"
        r"hold|holding|storing|store|retain|retaining|having) (?:my|all my|any of my|me)\b",
        1.0,
        negatable=False,
    ),
    # opt out of sale / sharing
    _rule("opt_out", r"\bdo ?n[o']?t sell\b", 1.5, negatable=False),
    _rule("opt_out", r"\bdo not (?:sell|share)\b", 1.5, negatable=False),
    _rule("opt_out", r"\bopt(?:ing|ed)?[ -]?out\b|\boptout\b", 1.3),
    _rule("opt_out", r"\bopt (?:me|us|my \w+) out\b", 1.3),
    _rule(
        "opt_out",
        r"\b(?:stop|quit|cease|end|prevent|block|forbid|ban)(?: them| it)?"
        + r"(?: from)? (?:selling|sharing|sell|share|the sale)\b",
        1.4,
        negatable=False,
    ),
    _rule(
        "opt_out",
        r"\b(?:sell|selling|sold|sale|sales|share|sharing|shared|shares|sells)\b"
        + r"(?: of)? (?:my|me|our|your|the)\b",
        1.0,
        negatable=False,
    ),
    _rule(
        "opt_out",
        r"\b(?:no|not|never|don't|do not|dont|without)\b[^,.;]{0,30}\b(?:sell|"
        + r"selling|share|sharing|sold|sale)\b",
        1.1,
        negatable=False,
    ),
    _rule(
        "opt_out", r"\b(?:limit|restrict) (?:the )?(?:use|sharing|selling|sale|disclosure)\b", 1.0
    ),
    _rule("opt_out", r"\b(?:gpc|global privacy control|do not track)\b", 0.8),
    _rule("opt_out", r"\btargeted (?:ads|advertising)\b", 0.7, negatable=False),
    _rule("opt_out", r"\bsell(?:ing)?\b", 0.6, negatable=False),
    # correction
    _rule(
        "correction",
        r"\b(?:correct|correcting|correction|rectify|rectification|rectified)" + r"\b",
        1.2,
    ),
    _rule(
        "correction",
        r"\b(?:fix|fixing|amend|amending|update|updating|change|changing|edit)"
        + r" (?:my|the|their|a|an|wrong|incorrect)\b",
        1.1,
    ),
    _rule(
        "correction",
        r"\b(?:wrong|incorrect|inaccurate|outdated|out of date|misspel+ed|"
        + r"mistaken|old|typo in|error in|mistake in|mistakes in)\b",
        0.9,
    ),
    _rule(
        "correction",
        r"\b(?:is|are|was|were|got|have|has) (?:wrong|incorrect|inaccurate|"
        + r"outdated|not right|not correct)\b",
        1.1,
    ),
    _rule("correction", r"\bfix\b", 0.8),
)

_NEGATION = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|does not|not|never|no need to|without|rather than|"
    r"instead of|won'?t|wouldn'?t|no)\b"
)
# Words after which a new clause starts (negation does not carry over).
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?]| - | -- |\u2013|\u2014|\b(?:but|just|only|instead|rather|though|however|"
    r"and then|please)\b"
)
_UNSUBSCRIBE = re.compile(
    r"\bun-?subscribe\b|\bmailing list\b|\bnewsletters?\b|\bstop (?:e-?mail"
    r"ing|calling|texting|spamming|contacting|sending)\b"
)


def _find_rights(
    text: str,
) -> tuple[list[tuple[str, float, int]], list[str], list[tuple[int, int]]]:
    """Positive (right, weight, position) hits, negated rights, and the spans the hits cover."""
    hits: list[tuple[str, float, int]] = []
    negated: list[str] = []
    spans: list[tuple[int, int]] = []
    for rule in RIGHT_RULES:
        for m in rule.pattern.finditer(text):
            spans.append(m.span())
            if rule.negatable and _negated(text, m.start()):
                negated.append(rule.right)
                continue
            hits.append((rule.right, rule.weight, m.start()))
    return hits, negated, spans


def _negated(text: str, start: int) -> bool:
    """True when a negation word sits before `start` in the same clause."""
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return bool(_NEGATION.search(clause))


def _choose_right(hits: list[tuple[str, float, int]]) -> tuple[str | None, float, list[str]]:
    if not hits:
        return None, 0.0, []
    totals: dict[str, float] = {}
    first: dict[str, int] = {}
    for right, weight, pos in hits:
        totals[right] = max(totals.get(right, 0.0), weight) + 0.05 * (right in totals)
        first[right] = min(first.get(right, pos), pos)
    ranked = sorted(totals, key=lambda r: (-totals[r], first[r]))
    best = ranked[0]
    conf = min(1.0, 0.45 + 0.4 * totals[best])
    if len(ranked) > 1 and totals[ranked[1]] >= totals[best] - 0.15:
        conf = min(conf, 0.6)
    return best, conf, ranked


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


# --------------------------------------------------------------------------------------------
# Residence, e-mail, name, dates.

_RESIDENCE_CUE = re.compile(
    r"(?i)\b(?:i (?:live|reside|am based|'m based|am located|'m located|stay)|i'?m (?:living|"
    r"residing|based|located|resident)|living|resident of|reside in|based in|located in|i am in|"
    r"i'?m in|i am from|i'?m from|i come from|from|in|moved to|live in)\s+(?:in\s+|the\s+)?"
    r"([a-z][a-z .'-]{1,40})"
)
_RESIDENCE_SUFFIX = re.compile(r"(?i)\b([a-z][a-z.'-]+(?: [a-z][a-z.'-]+)?) (?:resident|citizen)\b")
_EMAIL = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+")
_NAME_CUE = re.compile(
    r"\b(?:my name is|my name's|name is|name:|i am called|i'?m called|call me|this is|sign it|"
    r"signed)\s+(.+)$",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
    rf"\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})\.?,? \d{{4}}\b|"
    r"\b(?:today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
_CORRECTION = re.compile(
    r"^(?:no|nope|sorry|oops|wait|actually|not)\b[ ,.!-]*(?:i meant|i mean|meant|it'?s|it is|"
    r"make (?:it|that)|i said|rather|i want(?:ed)?|not\b)?|^i meant\b|^i mean\b|^actually\b|"
    r"^wrong company\b|^not that one\b|^change (?:the )?company to\b|^switch to\b"
)


def parse_email(text: str) -> tuple[str | None, str | None]:
    """(normalised address, None) or (None, why not) for the first e-mail-like word in `text`."""
    found = _EMAIL.search(text)
    if not found:
        return None, None
    candidate = found.group(0).rstrip(".!?")
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as exc:
        return None, str(exc)
    return info.normalized, None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date written as ISO, 3/14/2026, 14.03.2026, 'March 14, 2026', '14 March 2026', today."""
    found = _DATE.search(text)
    if not found:
        return None
    raw = found.group(0).lower()
    if raw in ("today", "yesterday", "tomorrow"):
        if today is None:
            return None
        return today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[raw])
    from dateutil import parser

    dayfirst = "." in raw or bool(re.match(r"(1[3-9]|2\d|3[01])/", raw))
    try:
        return parser.parse(raw, dayfirst=dayfirst, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _resolve_residence(text: str) -> str | None:
    """assistant.laws.resolve_residence (it lives in assistant.residences, which is light)."""
    try:
        from assistant.residences import resolve_residence
    except ImportError:  # the residence table is missing: residence stays unknown
        return None
    try:
        return resolve_residence(text)
    except Exception:  # a resolver error must never break understanding
        return None


def _resolve_chunk(chunk: str) -> str | None:
    """Resolve a place name found inside a sentence; two letters count only in capitals
    ("I live in CA"), since "in", "me", "or" and "hi" are also state codes."""
    letters = re.sub(r"[^A-Za-z]", "", chunk)
    if len(letters) <= 2 and not (len(letters) == 2 and letters.isupper()):
        return None
    if chunk.lower() in COMMON_WORDS:
        return None
    return _resolve_residence(chunk)


def find_residence(text: str, *, whole: bool = False) -> tuple[str | None, str | None]:
    """(code, the words it came from). `whole`: the text is an answer to "where do you live?"."""
    text = text.translate(_APOSTROPHES)
    if whole:
        stripped = re.sub(
            r"^(?:i (?:live|am|'m|reside) in|i'?m in|in|from|i'?m from)\s+",
            "",
            text.strip(),
            flags=re.IGNORECASE,
        ).strip(" .!")
        code = _resolve_residence(stripped)
        if code:
            return code, stripped
    for m in _RESIDENCE_CUE.finditer(text):
        words = re.split(r"[,.;!?]| and | but | so | please| i | want", m.group(1))[0].split()
        for n in range(min(4, len(words)), 0, -1):
            chunk = " ".join(words[:n])
            code = _resolve_chunk(chunk)
            if code:
                return code, chunk
    m = _RESIDENCE_SUFFIX.search(text)
    if m:
        for chunk in (m.group(1), m.group(1).split()[-1]):
            code = _resolve_chunk(chunk)
            if code:
                return code, chunk
    return None, None


def clean_name(text: str) -> str | None:
    """A person's name from an answer to "what is your name?", or None if it is not one."""
    raw = " ".join(text.strip().split())
    m = _NAME_CUE.search(raw)
    if m:
        raw = m.group(1)
    raw = re.sub(r"^(?:it'?s|i'?m|i am|name)\s+", "", raw, flags=re.IGNORECASE).strip(" .!,")
    if not raw or len(raw) > 200 or "@" in raw or not re.search(r"[^\W\d_]", raw):
        return None
    if any(ch in raw for ch in "\r\n\x00") or re.search(r"[<>{}\[\]|\\]", raw):
        return None
    return raw


# --------------------------------------------------------------------------------------------
# Companies.


@dataclass
class _CompanyIndex:
    """Per-catalog lookups for finding company names inside a sentence."""

    exact: dict[str, list[int]]
    term_owner: list[int]
    term_kind: list[str]
    ids: list[str]
    names: list[str]
    preferred: set[int]  # owners whose record is hand-written (the seed companies)
    buckets: dict[str, tuple[list[str], list[int]]]  # first letter -> (compact terms, term nos)


# The last few search indexes seen, by identity: (index, lookups built from it).
_INDEX_CACHE: list[tuple[Any, _CompanyIndex]] = []


def _company_index(catalog: Catalog) -> _CompanyIndex:
    index = catalog.index
    for seen, built in _INDEX_CACHE:
        if seen is index:
            return built
    preferred = set()
    locations = getattr(catalog, "locations", {}) or {}
    for owner, company_id in enumerate(index.ids):
        location = locations.get(company_id)
        if location is not None and getattr(location, "line", 1) == 0:
            preferred.add(owner)
    buckets: dict[str, tuple[list[str], list[int]]] = {}
    for term_no, term in enumerate(index.term_text):
        compact = _phonetic(term.replace(" ", ""))
        if len(compact) < 4:
            continue
        texts, nos = buckets.setdefault(compact[0], ([], []))
        texts.append(compact)
        nos.append(term_no)
    built = _CompanyIndex(
        exact=index.exact,
        term_owner=index.term_owner,
        term_kind=index.term_kind,
        ids=index.ids,
        names=index.names,
        preferred=preferred,
        buckets=buckets,
    )
    _INDEX_CACHE.insert(0, (index, built))
    del _INDEX_CACHE[4:]
    return built


_KIND_SCORE = {
    "name": 1.0,
    "legal_name": 1.0,
    "alias": 0.97,
    "domain": 0.97,
    "brand": 0.9,
    "domain_label": 0.9,
}


def _owners(cindex: _CompanyIndex, term_nos: list[int]) -> dict[int, str]:
    owners: dict[int, str] = {}
    for term_no in term_nos:
        owner = cindex.term_owner[term_no] if term_no < len(cindex.term_owner) else None
        if owner is None:
            continue
        kind = cindex.term_kind[term_no] if term_no < len(cindex.term_kind) else "domain"
        if owner not in owners or _KIND_SCORE.get(kind, 0.9) > _KIND_SCORE.get(owners[owner], 0.9):
            owners[owner] = kind
    return owners


def _domain_owners(cindex: _CompanyIndex, host: str) -> dict[int, str]:
    found: dict[int, str] = {}
    parts = host.split(".")
    for n in range(len(parts), 1, -1):
        key = "@" + ".".join(parts[-n:])
        for term_no in cindex.exact.get(key, ()):
            # domain keys point at the domain's own term (or one past the last term)
            owner_no = term_no if term_no < len(cindex.term_owner) else None
            if owner_no is not None:
                found[cindex.term_owner[owner_no]] = "domain"
    return found


# Words that never begin or end a company name found inside a sentence.
GLUE_WORDS = _words(
    """
    i me my mine myself we us our you your u ur they them their it its he she him her a an the
    to of for from at in on by with about into via and or but not no nor please pls plz want
    wants wanted wanna need needs like would could can should will shall do does did dont is
    are was were be been have has had get got make tell ask let this that these those what
    which who how when where why data info information details stuff personal all any every
    everything anything something nothing delete deleted erase remove wipe forget copy see
    know access sell selling share sharing stop opt out fix correct update request letter
    email address name account records record here there just only also now then so very
    really right company companies company's hi hello hey yo thanks thank ok okay yes yeah
    actually meant mean said keep keeps keeping calling called call send sent give show
    """
)


def _phonetic(text: str) -> str:
    """A spelling-neutral form for fuzzy matching: 'qualphon' and 'qualfon' meet."""
    text = text.replace("ph", "f").replace("ck", "k")
    return re.sub(r"(.)\1+", r"\1", text)


def _candidates(
    tokens: list[str], raw_tokens: list[str], blocked: set[int], whole_answer: bool
) -> list[tuple[int, int, str]]:
    """(start, end, span text) n-grams worth looking up, longest first."""
    spans = []
    n_tokens = len(tokens)
    for size in range(min(5, n_tokens), 0, -1):
        for start in range(0, n_tokens - size + 1):
            end = start + size
            if any(i in blocked for i in range(start, end)):
                continue
            words = tokens[start:end]
            if all(w in COMMON_WORDS for w in words):
                capitalised = size == 1 and start > 0 and raw_tokens[start][:1].isupper()
                if not (whole_answer and size == n_tokens) and not capitalised:
                    continue
            spans.append((start, end, " ".join(words)))
    return spans


def _tokenise(text: str) -> tuple[list[str], list[str]]:
    """(folded tokens, the words as typed) for company lookup."""
    raw_tokens: list[str] = []
    tokens: list[str] = []
    for word in re.findall(r"[\w&'.+@-]+", text.translate(_APOSTROPHES)):
        if "@" in word:
            raw_tokens.append(word)
            tokens.append("@")
            continue
        norm = re.sub(r"[^0-9a-z&]+", "", fold(word).replace("'s", "").replace("'", ""))
        if not norm:
            continue
        raw_tokens.append(word.strip(".'"))
        tokens.append(norm)
    return tokens, raw_tokens


def find_companies(
    text: str,
    catalog: Catalog,
    *,
    blocked_words: set[str] | None = None,
    whole_answer: bool = False,
) -> tuple[list[CompanyMatch], str | None]:
    """Companies named in `text`, best first, and the span they came from."""
    cindex = _company_index(catalog)
    matches: dict[int, CompanyMatch] = {}
    span_used: str | None = None

    def offer(owner: int, span: str, how: str, score: float) -> None:
        if owner in cindex.preferred:
            score = min(1.0, score + 0.03)
        current = matches.get(owner)
        if current is None or score > current.score:
            matches[owner] = CompanyMatch(cindex.ids[owner], cindex.names[owner], span, how, score)

    def ranked() -> list[CompanyMatch]:
        return sorted(matches.values(), key=lambda m: (-m.score, len(m.name)))

    # Domains and URLs first: they are unambiguous.
    for word in text.split():
        word = word.strip("<>()[],;!?'\"")
        if "@" in word:
            continue
        host = host_of(word.rstrip("."))
        if host and "." in host:
            for owner in _domain_owners(cindex, host):
                offer(owner, word, "domain", 1.0)
            if not matches:
                label = normalise(domain_label(host))
                for owner, kind in _owners(cindex, cindex.exact.get(label, [])).items():
                    offer(owner, word, "exact", 0.9 * _KIND_SCORE.get(kind, 0.9))
    if matches:
        found = ranked()
        return found, found[0].span

    tokens, raw_tokens = _tokenise(text)
    blocked = {
        i
        for i, t in enumerate(tokens)
        if t == "@" or t in (blocked_words or ()) or (t.isdigit() and len(t) < 3)
    }
    # Names right after "not" / "instead of" are the ones the person does NOT mean.
    unwanted = {
        j
        for i, t in enumerate(tokens)
        if t in ("not", "instead", "except")
        for j in range(i + 1, min(i + 3, len(tokens)))
    }

    best_score = 0.0
    covered: set[int] = set()
    spans = _candidates(tokens, raw_tokens, blocked, whole_answer)
    for start, end, span in spans:
        if any(i in covered for i in range(start, end)):
            continue
        norm = normalise(span)
        if not norm:
            continue
        term_nos = cindex.exact.get(norm) or cindex.exact.get(norm.replace(" ", ""))
        if term_nos:
            factor = 0.5 if start in unwanted else 1.0
            for owner, kind in _owners(cindex, term_nos).items():
                score = _KIND_SCORE.get(kind, 0.9) * factor
                if end - start == 1 and tokens[start] in COMMON_WORDS:
                    score *= 0.85
                offer(owner, span, "brand" if kind == "brand" else "exact", score)
            covered.update(range(start, end))
            if factor == 1.0:
                span_used = span_used or span
            best_score = max(best_score, max(m.score for m in matches.values()))
    if best_score >= 0.85:
        return ranked(), span_used

    # Fuzzy: whole spans against terms that start like them (spelling-neutral forms).
    for start, end, span in spans:
        if end - start > 3 or any(i in covered for i in range(start, end)):
            continue
        words = tokens[start:end]
        if words[0] in GLUE_WORDS or words[-1] in GLUE_WORDS:
            continue
        if all(w in COMMON_WORDS for w in words):
            continue
        compact = _phonetic(span.replace(" ", ""))
        if len(compact) < 4 or not compact[0].isalpha():
            continue
        bucket = cindex.buckets.get(compact[0])
        if not bucket:
            continue
        texts, nos = bucket
        cutoff = 88.0 if len(compact) <= 5 else 84.0
        factor = 0.5 if start in unwanted else 1.0
        for _text, score, pos in process.extract(
            compact, texts, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
        ):
            term_no = nos[pos]
            kind = cindex.term_kind[term_no]
            value = 0.92 * score / 100 * _KIND_SCORE.get(kind, 0.9) * factor
            offer(cindex.term_owner[term_no], span, "fuzzy", value)
            span_used = span_used or span
    found = ranked()
    return found, span_used if found else None


def _guess_unknown_company(text: str) -> str | None:
    """The name a person seems to give for a company we do not know ("Acme Widgets Inc")."""
    m = re.search(
        r"\b(?:company|firm|business|called|named|from|to|at|with|ask|tell|make)\s+"
        r"([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})",
        text,
    )
    if m:
        return m.group(1).strip(" .")
    caps = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})", text)
    caps = [c for c in caps if c.lower() not in COMMON_WORDS and c not in ("I", "I'm")]
    return caps[0] if caps else None


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
    low = _clean(original)
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
    if expecting == "date" or _DATE.search(low):
        intent.date = parse_date(low, today)
        if intent.date:
            conf["date"] = 1.0 if expecting == "date" else 0.8

    # Name.
    if expecting == "name" and not intent.email:
        intent.name = clean_name(original)
        if intent.name:
            conf["name"] = 0.9
    else:
        m = _NAME_CUE.search(original)
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
            residence_words = set(_clean(words or "").split())

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
    hits, negated, _spans = _find_rights(low)
    if intent.question == "selling":
        hits = [h for h in hits if h[0] != "opt_out"]
    if intent.question == "verification":
        hits = [h for h in hits if h[0] != "access" or h[1] >= 1.2]
    right, right_conf, ranked = _choose_right(hits)
    intent.negated_rights = sorted(set(negated) - set(ranked))
    if right is None and expecting == "right":
        right, right_conf = _right_from_short_answer(bare)
    if right:
        intent.right = right
        intent.rights_mentioned = ranked
        conf["right"] = right_conf
    if right is None and _UNSUBSCRIBE.search(low):
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
                intent.unknown_company = _guess_unknown_company(original)

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


_SHORT_RIGHTS = {
    "access": "access",
    "know": "access",
    "see": "access",
    "copy": "access",
    "view": "access",
    "a copy": "access",
    "right to know": "access",
    "delete": "deletion",
    "deletion": "deletion",
    "erase": "deletion",
    "remove": "deletion",
    "erasure": "deletion",
    "opt out": "opt_out",
    "opt-out": "opt_out",
    "optout": "opt_out",
    "opt_out": "opt_out",
    "do not sell": "opt_out",
    "stop selling": "opt_out",
    "correct": "correction",
    "correction": "correction",
    "fix": "correction",
    "rectify": "correction",
    "update": "correction",
    "1": "access",
    "2": "deletion",
    "3": "opt_out",
    "4": "correction",
}


def _right_from_short_answer(text: str) -> tuple[str | None, float]:
    """A bare answer to "which right?": a keyword, a number from the menu, or a near spelling."""
    if text in _SHORT_RIGHTS:
        return _SHORT_RIGHTS[text], 0.95
    found = process.extractOne(text, list(_SHORT_RIGHTS), scorer=fuzz.ratio, score_cutoff=80)
    if found and len(text) > 2:
        return _SHORT_RIGHTS[found[0]], 0.75
    return None, 0.0
