"""Which rights a policy offers, to whom, and the sentence that offers each.

A right counts when a sentence names it in the policy's own words ("access", "delete",
"correct", "opt out of the sale") and offers it to the reader ("you may", "your right", "please
contact us"). Its regions come from the section's heading or the sentence: California, Nevada,
the EEA; "all" when nothing limits it; none named when it is offered only as far as "applicable
law" gives it. A parent's say over a child's data is not the reader's own right.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_sentences import Sentence, quote_around

IC = re.IGNORECASE
_YOU_CAN = re.compile(
    r"\byou (?:may|can|have|also have|are entitled|could|might)|\byour right|\bright (?:to|of)\b|"
    r"\brequest\b|\bask us\b|\bcontact us\b|\bentitled\b|\bRecht\b|\bSie können\b|"
    r"\bwe will (?:provide|delete|correct|update)|\bto (?:access|delete|correct|update)\b|"
    r"\bto have\b|\bplease (?:contact|use|email|write)|\bmay be directed\b|"
    r"\b(?:all )?(?:users|members|customers|individuals|visitors|residents) "
    r"(?:of (?:our|the|this) [\w ]{1,30} )?(?:may|can|have the right)\b|"
    r"\beditable\b|\bare able to\b|\bways to\b|\bprovide you with (?:the ability|access)\b|"
    r"^\W*can (?:change|update|edit|access|delete|download)\b|"
    r"^\W*how (?:do|can) I\b",
    IC,
)
RIGHT_WORDS = {
    "access": re.compile(
        r"right (?:of|to) access|right to know|access (?:to )?(?:your|the|any|all|such) "
        r"(?:personal |own )?(?:data|information)|"
        r"(?:obtain|receive|request|get) (?:a )?cop(?:y|ies)|"
        r"access,? (?:and |or )?(?:correct|updat|delet|rectif|review|modif|edit)|request access|"
        r"\baccess\b.{0,40}"
        r"\b(?:personal data|personal information|your data|your information)|Auskunft|"
        r"\bdata (?:subject )?access request|\bportab|\binspect\b|"
        r"\breview (?:your|student|the|their) "
        r"(?:personal |[A-Z]{2,5} )?(?:data|information)|"
        r"\bdisclose to you (?:the )?(?:categories|specific pieces)|"
        r"\binform you\b[^.]{0,40}\b(?:if|whether) and how your (?:personal )?(?:data|information)|"
        r"copy of (?:your|the|their) (?:personal )?(?:data|information)|"
        r"Kopie Ihrer|Zugang zu Ihren|\breview,? (?:and |or )?(?:update|correct|edit|modify)|"
        r"\b(?:inform|tell) you (?:of )?what (?:personal )?(?:information|data) we (?:have|hold)|"
        r"\bobtain information about (?:the |your )?(?:personal )?(?:information|data) (?:that )?"
        r"we (?:hold|have|process)|"
        # "you can download all of your data", "download an archive of your content"
        r"\bdownload (?:all (?:of )?|an archive of |a copy of )?(?:your|their) (?:personal )?"
        r"(?:data|information|content|posts)|"
        r"\b(?:GDPR )?art(?:icle|\.)?\W{0,3}15\b|"
        r"\bconfirmation\b.{0,60}\bwhether (?:we|or not we) process",
        IC,
    ),
    "deletion": re.compile(
        r"\bdelet|\beras|right to be forgotten|\bremov\w* (?:your|the|any|all|such) "
        r"(?:personal |own )?(?:data|information)|L[öo]sch|close your account|"
        r"account[^.]{0,30} deleted",
        IC,
    ),
    "correction": re.compile(
        r"rectif|\bcorrect(?:ion)? (?:of )?(?:your|any|the|inaccurate|incorrect|such|personal|"
        r"information|data|details|it\b)|"
        r"\bamend\w* (?:your|the|any) (?:personal )?(?:data|information)|"
        r"\bupdat\w*(?:,? (?:or|and)|,)\s*(?:/\s*)?(?:correct|delet|amend|access|rectif|chang|"
        r"modif|remov|eras|review|edit|your|the|personal)|"
        r"\bupdate (?:your|the|any|such) (?:personal |account )?(?:data|information)|"
        r"inaccura|Berichtigung|korrigieren|\bedit (?:or|and|your)|"
        r"\bchange (?:or|and) (?:delete|update)|"
        r"\bchange (?:your|my|the) (?:personal )?(?:data|information|details)|"
        r"\bmake (?:any )?changes to (?:your|their) (?:personal )?(?:data|information)|"
        r"\brequest a change to\b|\b(?:is|are) editable\b|\brectify it\b|"
        r"\b(?:GDPR )?art(?:icle|\.)?\W{0,3}16\b|"
        r"\brevis\w* (?:your|the|any) (?:profile |personal |account )?(?:data|information|details)|"
        # a right in a list: "access, correct, update, or request deletion", "to delete, to
        # correct", "correct or erase", "incorrect data corrected", "request updates to your data"
        r"(?:\baccess|\bto|\bcan|\bmay|\bof|,)\s+correct,? (?:(?:or|and) )?"
        r"(?:updat|delet|eras|modif|amend|request|restrict|whatever)|"
        r"\bincorrect (?:data|information|personal)|"
        r"\bupdates? to (?:your|their) (?:personal )?(?:data|information)|"
        r"\b(?:access|view) and update (?:certain|your|the)|\bways to update\b|"
        r"\bchange (?:their|his or her) (?:personal )?(?:data|information|details)",
        IC,
    ),
    "opt_out": re.compile(
        r"opt[- ]?out of (?:the )?sale|do not sell my|[\"“]do not sell|opt[- ]?out of (?:interest|"
        r"targeted|behaviou?ral|personali[sz]ed|third[- ]party advert)|(?:interest-based|targeted) "
        r"advertising.{0,80}opt|opt[- ]?out.{0,80}(?:interest-based|targeted) advertising|"
        r"networkadvertising|aboutads|youronlinechoices|youradchoices|"
        r"\bobject\b.{0,80}(?:direct marketing|profiling)|not to process .{0,80}profiling|"
        r"Widerspruch.{0,60}Werbung|Werbung.{0,80}widersprech|widersprech.{0,80}Werbung|"
        r"\brefuse (?:retargeting|targeted|personali[sz]ed|interest-based)|"
        r"opt[- ]?out of[^.]{0,40}(?:custom audiences?|lookalike)",
        IC,
    ),
}
# Words one of which a sentence must contain before a right's pattern is tried (speed only).
RIGHT_HINTS = {
    "access": ("access", "know", "cop", "portab", "inspect", "review", "auskunft", "kopie",
               "zugang", "inform you", "tell you", "obtain information", "download", "15",
               "confirmation", "disclose to you"),
    "deletion": ("delet", "eras", "forgotten", "remov", "lösch", "losch", "close your"),
    "correction": ("rectif", "correct", "amend", "updat", "inaccura", "berichtigung",
                   "korrigieren", "edit", "change", "revis", "16"),
    "opt_out": ("opt", "sell", "advertis", "aboutads", "choices", "object", "profiling",
                "widerspruch", "widersprech", "refuse"),
}  # fmt: skip
_OPT_OUT_WORD = re.compile(r"\bopt(?:ing)?[- ]?out\b", IC)
_ADS_CONTEXT = re.compile(
    r"advertis|interest|tracking|third[- ]part|shar|\bsell|\bsale\b|cookie", IC
)
_MAIL_ONLY = re.compile(r"e-?mail|newsletter|unsubscrib|text message|SMS|push notification", IC)
_NOT_A_RIGHT = re.compile(
    r"\bwe (?:may|will) delete (?:it|such|this|that)|children under|\bchild under\b|"
    r"\bwe reserve the right\b|"
    r"\bparents? (?:or (?:legal )?guardians? )?(?:can|may)\b|"  # a parent's say over a child's data
    # someone else's access ("revoke our access", "authorities ... may be entitled to access")
    r"\b(?:revoke|withdraw|remove|limit) (?:our|their|its) access\b|"
    r"\b(?:courts|agencies|authorities|law enforcement)\b[^.]{0,100}\b(?:be entitled to|may) "
    r"access\b",
    IC,
)
_REGION = (
    (  # "verifiable consumer request" is the CCPA's own term
        "US-CA",
        re.compile(r"California|CCPA|CPRA|Shine the Light|1798\.|verifiable consumer request", IC),
    ),
    ("US-NV", re.compile(r"Nevada|603A", IC)),
    (
        "EEA",
        re.compile(
            r"\bEEA\b|GDPR|European|\bEU\b|\bEWR\b|United Kingdom|\bUK\b|Switzerland|Europ", IC
        ),
    ),
)


# A right offered only as far as some law gives it, without saying where ("These may include
# the ability to access...", "depending on where you live", "as required by applicable law").
_HEDGED = re.compile(
    r"\bmay include\b|\bdepending on (?:where you live|your (?:location|jurisdiction|country|"
    r"state|place of residence)|(?:the )?applicable law)|\b(?:as|where|to the extent) "
    r"(?:required|permitted|provided) (?:by|under) (?:applicable )?(?:data protection )?law|"
    r"\bsubject to applicable law|\bunder applicable (?:data protection )?laws?\b|"
    r"\bin accordance with applicable (?:data protection )?laws?\b|"
    r"\brights? (?:that )?you may have\b|\byou may have (?:the |certain |additional )?rights?\b",
    IC,
)


def _regions(sentence: Sentence) -> list[str]:
    """The residents a sentence offers a right to; ["law"] when only "applicable law" says."""
    found = [
        code
        for code, pattern in _REGION
        if pattern.search(sentence.heading) or pattern.search(sentence.text)
    ]
    if not found and _HEDGED.search(sentence.text):
        return ["law"]
    return found or ["all"]


def rights(sents: list[Sentence]) -> dict[str, dict[str, Any]]:
    """Each right: offered (true or null), the residents it is offered to, and its sentence."""
    out: dict[str, dict[str, Any]] = {}
    for right, pattern in RIGHT_WORDS.items():
        first: tuple[Sentence, re.Match[str]] | None = None
        regions: set[str] = set()
        hints = RIGHT_HINTS[right]
        for sentence in sents:
            low = sentence.text.lower()
            if not any(hint in low for hint in hints):
                continue
            match = pattern.search(sentence.text)
            if match is None and right == "opt_out":
                match = _opt_out_of_ads(sentence)
            if match is None or _NOT_A_RIGHT.search(sentence.text):
                continue
            if right != "opt_out" and not _YOU_CAN.search(sentence.text):
                continue
            region = _regions(sentence)
            regions.update(region)
            if first is None or (region == ["all"] and _regions(first[0]) != ["all"]):
                first = (sentence, match)
        if first is None:
            out[right] = {"offered": None, "regions": None, "quote": None}
            continue
        named = sorted(regions - {"law", "all"}, key=["US-CA", "US-NV", "EEA"].index)
        shown = ["all"] if "all" in regions else (named or None)
        out[right] = {"offered": True, "regions": shown, "quote": quote_around(*first)}
    return out


def _opt_out_of_ads(sentence: Sentence) -> re.Match[str] | None:
    """A plain "opt out" in a sentence (or section) about ads, tracking or sharing."""
    match = _OPT_OUT_WORD.search(sentence.text)
    if match is None or _MAIL_ONLY.search(sentence.text):
        return None
    if _ADS_CONTEXT.search(sentence.text) or _ADS_CONTEXT.search(sentence.heading):
        return match
    return None
