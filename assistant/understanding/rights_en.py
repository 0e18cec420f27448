"""The four rights in English: the rules of assistant.understanding.rights for everyday words
("delete my account", "what do they know about me", "stop selling my info", "my address is
wrong"), each with its weight and whether a negation before it takes it back ("don't sell"
stays an opt-out; "don't delete" is no deletion). They are read in every language, since
people mix English into their own.

Folded text (lower case, no accents), as assistant.understanding.rights reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class _RightRule:
    right: str
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True  # "don't sell" stays an opt-out; "don't delete" is not a deletion


def _rule(right: str, pattern: str, weight: float = 1.0, negatable: bool = True) -> _RightRule:
    return _RightRule(right, re.compile(pattern), weight, negatable)


_DATA = r"(?:data|info|infos|information|details|stuff|pii|records?|files?|profile|account)"
_MY = r"(?:my|all my|all of my|our|the|any of my|all the|all of the|me|all)"
_THEY = r"(?:they|you|u|it|he|she|[a-z0-9.-]+)"
# "what info does Ancestry actually have on me": a word of emphasis before the verb
_ADVERB = r"(?: (?:actually|actualy|acutally|really|realy|even|still|currently|now))?"
# "wipe everything they have on me": what is held, as the object of erasing, is no access wish
_NOT_AFTER_ERASING = "".join(
    f"(?<!{verb} )" for verb in ("wipe", "delete", "erase", "remove", "purge", "scrub", "destroy")
)

RIGHT_RULES: tuple[_RightRule, ...] = (
    # access
    _rule("access", r"\b(?:dsar|d\.s\.a\.r|sar|subject access|data subject access)\b", 1.3),
    _rule("access", r"\bright (?:to|of) (?:know|access)\b", 1.3),
    _rule("access", r"\baccess (?:request|to " + _MY + r"|" + _MY + r")\b", 1.1),
    _rule("access", r"\b(?:request|want|get|need|like) (?:to )?access\b", 1.0),
    _rule(
        "access",
        r"\b(?:what|whats|what's|wat) (?:personal )?"
        + _DATA
        + r"? ?(?:do|does|did)? ?"
        + _THEY
        + _ADVERB
        + r" (?:have|has|hold|holds|keep|keeps|store|stores|know|knows|collect|collects|got)"
        + r" (?:on|about|of|from)? ?(?:me|my)\b",
        1.2,
    ),
    _rule("access", r"\bwhat (?:do|does) " + _THEY + r" (?:know|have|hold|keep|got)\b", 1.0),
    _rule(
        "access",
        r"\b(?:what|whats|what's|wat) (?:personal )?"
        + _DATA
        + r"? ?(?:has|have|did|does|do) "
        + _THEY
        + r" (?:got|have|kept|collected|stored|gathered|held)\b",
        1.1,
    ),
    _rule(
        "access",
        r"\bwhat (?:they'?ve|they have|you have|they hold|they got|they know|they kept|they "
        r"stored|they keep|they store)\b",
        1.0,
    ),
    _rule("access", r"\bwhat(?:'s| is) (?:on file|in my file|stored about me)\b", 1.1),
    _rule("access", r"\b(?:a )?cop(?:y|ies) of " + _MY + r"? ?(?:personal )?" + _DATA, 1.2),
    _rule("access", r"\bsee (?:exactly |precisely )?(?:what|my|all|everything|which)\b", 1.0),
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
    _rule(
        "access",
        r"\b(?:find out|learn|know) (?:exactly |precisely )?(?:what|which|whether|if|who|where|"
        r"to whom)\b",
        1.0,
    ),
    _rule("access", r"\bwhich (?:personal )?" + _DATA + r"\b", 0.8),
    _rule("access", r"\b(?:data|information) (?:export|download|access|takeout|report)\b", 1.0),
    _rule("access", r"\b(?:download|export) (?:everything|all of it)\b", 0.9),
    _rule("access", r"\b(?:an? )?(?:export|download) of (?:\w+ ){0,3}" + _DATA + r"\b", 1.0),
    _rule("access", r"\b(?:list|summary|report) of " + _MY + r"? ?(?:personal )?" + _DATA, 1.0),
    _rule("access", r"\bportab(?:le|ility)\b", 0.9),
    _rule("access", r"\b(?:right to|request to|want to|wanna|need to|like to) know\b", 1.0),
    _rule("access", r"\b(?:know|kno|knw|knows) about me\b", 1.0),
    _rule(
        "access",
        _NOT_AFTER_ERASING
        + r"\b(?:what|everything) (?:they|you)(?:'ve got| have| hold| know| keep| have got| got) "
        r"(?:on|about)\b",
        1.2,
    ),
    # "I want everything Xbox has on me": the company named where "they" stands
    _rule(
        "access",
        _NOT_AFTER_ERASING
        + r"\b(?:what|everything|all) "
        + _THEY
        + r" (?:has|holds|knows|keeps) (?:on|about) me\b",
        1.2,
    ),
    _rule("access", r"\baccess\b", 0.6),
    _rule("access", r"\ba copy of (?:every ?thing|all|what)\b", 1.1),
    # "asking Spokeo to disclose the categories and the specific pieces of personal information"
    _rule("access", r"\bdisclose\b.{0,60}\b(?:personal )?(?:data|information)\b", 1.1),
    # the CCPA's own sections: to know (1798.100, .110, .115), to delete, to correct, to opt out
    _rule("access", r"\b1798\.1(?:00|10|15)\b", 1.3),
    _rule("deletion", r"\b1798\.105\b", 1.3),
    _rule("correction", r"\b1798\.106\b", 1.3),
    # "Equifax and Experian both have my surname as Obrien": a record that says it wrongly
    _rule(
        "correction",
        r"\b(?:have|has|had|got) my (?:\w+ ){0,2}(?:name|surname|address|birthday|date of birth|"
        r"e-?mail|number) (?:down |written |spelled |spelt )?as\b",
        1.0,
    ),
    _rule("opt_out", r"\b1798\.12[01]\b", 1.3),
    _rule(
        "access",
        r"\b(?:data|info|information|details) (?:that )?(?:they|you|it|\w+)(?:'ve)? "
        r"(?:(?:has|have|had) )?"
        r"(?:hold|holds|held|have|has|keep|keeps|kept|store|stores|stored|collect|collects|"
        r"collected|gathered)(?: on| about| of)? me\b|\bhand (?:over|me)\b",
        1.1,
    ),
    _rule(
        "access",
        r"\b(?:ask \w+ for|want|need|get|for) (?:all )?(?:of )?my (?:personal )?"
        r"(?:data|info|information)\b(?! (?:deleted|removed|erased|corrected|fixed|gone))",
        0.8,
    ),
    # deletion
    _rule("deletion", r"\b(?:delete|deleting|deleted|deletion)\b", 1.2),
    # "pls del my acct"; not the "del" of Spanish and Italian ("copia del contratto")
    _rule("deletion", r"\bdel(?= (?:my|all|everything|it|me|acct|account|data|info)\b)", 1.2),
    _rule("deletion", r"\b(?:dlete|delet|deleet|deelte|delte|deleate|dellete)\b", 1.2),
    # "I want my profile off their site"
    _rule(
        "deletion",
        r"\b(?:profile|listing|info|information|data|name|me|records?|details|address) off "
        r"(?:their|the|your|that|this) (?:site|website|web ?site|page|platform)\b",
        1.3,
    ),
    _rule("deletion", r"\b(?:erase|erasing|erasure|erased)\b", 1.2),
    _rule(
        "deletion", r"\bforget (?:me|about me|my|all|everything|(?:that )?i (?:ever )?\w+ed)\b", 1.2
    ),
    _rule("deletion", r"\bright to be forgotten\b", 1.4),
    _rule(
        "deletion",
        r"\b(?:wiped?|wiping|purged?|purging|scrub(?:bed)?|nuked?|destroy(?:ed)?|shred(?:ded)?)\b",
        1.1,
    ),
    _rule("deletion", r"\bget rid of\b", 1.1),
    # "I want my account and everything they have on me deleted": the wish's own verb
    _rule("deletion", r"\bwant\b[^.?!]{0,80}\b(?:deleted|erased|removed|wiped)\b", 1.4),
    # "they keep posting me offers, make them stop"
    _rule("opt_out", r"\b(?:make|tell|get) (?:them|it|this) (?:to )?stop\b", 1.0),
    _rule("opt_out", r"\btelemarketing\b", 1.0),  # "basta telemarketing": no more sales calls
    # "I just want the listing gone", "make it all gone"
    _rule("deletion", r"\b(?:want|need|get|make|have) (?:\w+ ){0,3}gone\b", 1.1),
    _rule("deletion", r"\b(?:i'?d like|i would like) (?:\w+ ){0,6}gone\b", 1.1),
    _rule("deletion", r"\btak(?:e|en|ing) (?:\w+ ){0,2}down\b", 1.1),
    _rule("deletion", r"\bdisappear\w*|\bvanish\w*", 1.1),
    _rule("deletion", r"\b(?:no|every) trace of (?:me|my)\b|\bnothing (?:of|about) me left\b", 1.1),
    _rule(
        "deletion",
        r"\b(?:remove|removing|removal|take) (?:me|my|all|everything|any|of me|"
        + r"of my|it|them|down|out|off)\b",
        1.0,
    ),
    _rule("deletion", r"\bremov(?:e|al|ed)\b", 0.7),
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
        # not "I'm not bothered about them keeping my name", "I don't mind them having it"
        r"\b(?:don'?t|do not|doesn'?t|no longer|not)\b"
        r"(?!(?: (?:really|too|that|so|overly|even))? (?:bothered|fussed|worried|concerned|mind|"
        r"minding|care|caring)\b)"
        r"[^,.;]{0,30}\b(?:keeping|keep|"
        r"hold|holding|storing|store|retain|retaining|having) (?:my|all my|any of my|me)\b",
        1.0,
        negatable=False,
    ),
    _rule("access", r"\b(?:want|get|see|send me|give me) my (?:credit )?(?:file|report)\b", 1.1),
    _rule("access", r"\bget (?:a copy of )?everything\b[^.?!]{0,60}\babout me\b", 1.1),
    # "I want every voice recording my Alexa has ever made sent to me"
    _rule(
        "access",
        r"\bi (?:want|need|would like|'d like)\b[^.?!]{0,60}\b(?:data|recordings?|information|"
        r"info|records?|files?|history|copy|copies|messages|photos|everything)\b[^.?!]{0,60}"
        r"\b(?:sent|emailed|mailed) to me\b",
        1.1,
    ),
    _rule(
        "access",
        r"\bwhat (?:\w+ ){0,2}do (?:they|you) (?:\w+ )?(?:have|hold|keep|store) "
        r"(?:on|about) me\b",
        1.2,
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
    _rule(
        "opt_out",
        r"\b(?:ad targeting|targett?ed ads|target(?:ing)? (?:me with )?(?:ads|adverts)|"
        r"(?:for|with|no more|any more|of) (?:ads|adverts|"
        r"advertising)|(?:ads|adverts|advertising) from|tracking me)\b",
        1.3,
        negatable=False,
    ),
    _rule("opt_out", r"\bstop (?:shar\w*|sell\w*|track\w*)\b", 1.3, negatable=False),
    _rule(
        "opt_out",
        r"\b(?:stop|quit|cease) (?:using|processing|profiling|analy[sz]ing|mining|exploiting)"
        r" (?:my|me|our)\b",
        1.2,
        negatable=False,
    ),
    _rule(
        "opt_out",
        r"\b(?:personali[sz]ed|targeted|tailored) (?:ads|adverts|advertising|advertisements)\b|"
        r"\b(?:showing|show|shows|serving|serve) me (?:\w+ )?(?:ads|adverts|advertisements)\b|"
        r"\bstop (?:e-?mailing|texting|sending) me (?:\w+ )?(?:ads|adverts|offers|promos?|deals)\b",
        1.2,
        negatable=False,
    ),
    _rule("opt_out", r"\bsell(?:ing)?\b", 0.6, negatable=False),
    _rule("opt_out", r"\bprofiling\b", 1.0, negatable=False),
    _rule(
        "opt_out",
        r"\b(?:commercially|exploit\w*|monetis\w*|monetiz\w*)\b",
        1.0,
        negatable=False,
    ),
    _rule(
        "opt_out",
        r"\b(?:marketing|promos?|promotional (?:e-?mails?|messages|offers|texts))\b|\bspamm\w*",
        0.9,
        negatable=False,
    ),
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
    _rule(
        "correction",
        r"\b(?:get|have|be|being|want|need|like) (?:\w+ ){0,4}(?:corrected|fixed|amended)\b",
    ),
    _rule("correction", r"\b(?:isn'?t|is not|aren'?t|are not|not) (?:even )?mine\b", 0.9, False),
    _rule(
        "correction",
        r"\b(?:to|with) (?:my|the) (?:new|current|correct|right) "
        r"(?:one|address|e-?mail|number|name)\b",
        1.3,
    ),
)
