"""Which rights a policy offers, to whom, and the sentence that offers each.

A right counts when a sentence names it in the policy's own words ("access", "delete",
"correct", "opt out of the sale") and offers it to the reader ("you may", "your right", "please
contact us"). Its regions come from the section's heading, the sentence, or the sentence that
opens the section's list ("If you are in the EEA, you have the following rights:"): California,
Nevada, the EEA; "all" when nothing limits it or it is given to all users; none named when it is
offered only as far as "applicable law" gives it. A parent's say over a child's data, deleting
cookies in a browser and the company's own steps ("we will take steps to delete") are not the
reader's rights.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_sentences import Sentence, quote_around

IC = re.IGNORECASE
_YOU_CAN = re.compile(
    r"\byou\s+(?:may|can|have|also have|are entitled|could|might)|\byour right|\bright (?:to|of)\b|"
    r"\brequest\b|\bask us\b|\bcontact us\b|\bentitled\b|\bRecht\b|\bSie können\b|"
    r"\bwe will (?:provide|delete|correct|update)|\bto (?:access|delete|correct|update)\b|"
    r"\bto have\b|\bplease (?:contact|use|email|write)|\bmay be directed\b|"
    r"\b(?:all )?(?:users|members|customers|individuals|visitors|residents) "
    r"(?:of (?:our|the|this) [\w ]{1,30} )?(?:may|can|have the right)\b|"
    r"\beditable\b|\bare able to\b|\bways to\b|\bprovide you with (?:the ability|access)\b|"
    r"^\W*can (?:change|update|edit|access|delete|download)\b|\byour ability to\b|"
    # a list item that names what may be asked ("Delete your personal information, subject to
    # some exceptions.", "Change or correct personal data.")
    r"^\W*(?:delete|correct|change|access|obtain|update|rectify|erase) (?:or \w+ )?"
    r"(?:your |the |of |personal )|"
    r"^\W*how (?:do|can) I\b",
    IC,
)
RIGHT_WORDS = {
    "access": re.compile(
        r"right (?:of|to) access|right to know|access (?:to )?(?:your|the|any|all|such) "
        r"(?:personal |own )?(?:data|information|PII)|"
        r"(?:obtain|receive|request|get) (?:a )?cop(?:y|ies)|"
        r"access,? (?:and |or )?(?:correct|updat|delet|rectif|review|modif|edit)|request access|"
        r"\baccess\b.{0,40}"
        r"\b(?:personal data|personal information|your data|your information)|Auskunft|"
        r"\bdata (?:subject )?access request|\bportab|\binspect\b|"
        r"\breview (?:your|student|the|their) "
        r"(?:personal |[A-Z]{2,5} )?(?:data|information)|"
        r"\bdisclose to you (?:the )?(?:categories|specific pieces)|"
        r"\binform you\b[^.]{0,40}\b(?:if|whether) and how your (?:personal )?(?:data|information)|"
        r"copy of (?:your|the|their|all) (?:personal |personally identifiable )?"
        r"(?:data|information)|"
        r"\brequest information about (?:your|the) (?:stored |personal )?data\b|"
        r"Kopie Ihrer|Zugang zu Ihren|"
        r"\breview,? (?:and |or )?(?:update|correct|edit|modify|change)|"
        r"\b(?:update|correct),? (?:(?:update|correct),? )?(?:or|and) review\b|"
        r"\breview personal (?:data|information)\b|"
        r"\b(?:and/or|and|or) access (?:certain |your )?(?:account )?(?:data|information)\b|"
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
        r"\bdelet|\beras|right to be forgotten|\bremov\w* (?:of )?(?:your|the|any|all|such) "
        r"(?:personal |own )?(?:data|information)|L[öo]sch|close your account|"
        r"account[^.]{0,30} deleted",
        IC,
    ),
    "correction": re.compile(
        r"rectif|\bcorrect(?:ion)? (?:of )?(?:your|any|the|inaccurate|incorrect|such|personal|"
        r"information|data|details|it\b)|"
        r"\bamend\w* (?:your|the|any) (?:personal )?(?:data|information)|"
        r"\bupdat\w*(?:,? (?:or|and)|,)\s*(?:/\s*)?(?:correct|delet|amend|access|rectif|chang|"
        r"modif|remov|eras|review|edit|alter|your|the|personal)|"
        r"\bupdate (?:your|the|any|such) (?:personal |account )?(?:data|information)|"
        r"inaccura|Berichtigung|korrigieren|\bedit,? (?:or|and|your)|"
        r"\bchange (?:and/or |or |and )(?:delete|update|correct|access)|"
        r"\bchange (?:your|my|the|any of your) (?:personal )?(?:data|information|details)|"
        r"\bamend (?:or|and) (?:delete|correct|update)|\b(?:be|been) corrected\b|"
        r"\bmake (?:any )?changes to (?:your|their) (?:personal )?(?:data|information)|"
        r"\brequest a change to\b|\b(?:is|are) editable\b|\brectify it\b|"
        r"\b(?:GDPR )?art(?:icle|\.)?\W{0,3}16\b|"
        r"\brevis\w* (?:your|the|any) (?:profile |personal |account )?(?:data|information|details)|"
        # a right in a list: "access, correct, update, or request deletion", "to delete, to
        # correct", "correct or erase", "incorrect data corrected", "request updates to your data"
        r"(?:\baccess|\bto|\bcan|\bmay|\bof|,)\s+correct,? (?:(?:or|and) )?(?:to )?"
        r"(?:updat|delet|eras|modif|amend|request|restrict|whatever|transfer)|"
        r"\bincorrect (?:data|information|personal)|"
        r"\bupdates? to (?:your|their) (?:personal )?(?:data|information)|"
        r"\b(?:access|view|review) and (?:update|change|edit) (?:certain|your|the)|"
        r"\bways to update\b|"
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
        r"opt[- ]?out of[^.]{0,40}(?:custom audiences?|lookalike)|"
        # "you can decide whether we'll show you personalized ads", "choose whether your
        # information is used to make ads more relevant", "disable Personalized Ads"
        r"\b(?:choose|decide) whether\b[^.]{0,80}\b(?:personali[sz]ed|targeted|interest-based|"
        r"relevant)\b[^.]{0,20}\b(?:ads|advertising)\b|"
        r"\b(?:choose|decide) whether\b[^.]{0,80}\b(?:ads|advertising)\b[^.]{0,20}"
        r"\b(?:personali[sz]ed|relevant)\b|"
        r"\b(?:disable|turn off) (?:personali[sz]ed|targeted|interest-based) (?:ads|advertising)\b",
        IC,
    ),
}
# Words one of which a sentence must contain before a right's pattern is tried (speed only).
RIGHT_HINTS = {
    "access": ("access", "know", "cop", "portab", "inspect", "review", "auskunft", "kopie",
               "zugang", "inform you", "tell you", "obtain information", "download", "15",
               "confirmation", "disclose to you", "request information"),
    "deletion": ("delet", "eras", "forgotten", "remov", "lösch", "losch", "close your"),
    "correction": ("rectif", "correct", "amend", "updat", "inaccura", "berichtigung",
                   "korrigieren", "edit", "change", "revis", "16"),
    "opt_out": ("opt", "sell", "advertis", "aboutads", "choices", "object", "profiling",
                "widerspruch", "widersprech", "refuse", "ads"),
}  # fmt: skip
_OPT_OUT_WORD = re.compile(r"\bopt(?:ing)?[- ]?out\b", IC)
_ADS_CONTEXT = re.compile(
    r"advertis|interest|tracking|third[- ]part|shar|\bsell|\bsale\b|cookie", IC
)
_MAIL_ONLY = re.compile(r"e-?mail|newsletter|unsubscrib|text message|SMS|push notification", IC)
_NOT_A_RIGHT = re.compile(
    r"\bwe (?:may|will) delete (?:it|such|this|that)|children under|\bchild under\b|"
    r"\bwe reserve the right\b|\btake steps to (?:delete|remove|erase)\b|"
    r"\b(?:unable|not (?:be )?able) to (?:delete|erase)\b|\bcannot be (?:deleted|erased)\b|"
    r"\b(?:anyone|someone|a person|users?) (?:younger|under) (?:than )?"
    r"(?:the age of )?\d{1,2}\b|"
    r"\bparents? (?:or (?:legal )?guardians? )?(?:can|may)\b|"  # a parent's say over a child's data
    # someone else's access ("revoke our access", "authorities ... may be entitled to access")
    r"\b(?:revoke|withdraw|remove|limit) (?:our|their|its) access\b|"
    r"\b(?:courts|agencies|authorities|law enforcement)\b[^.]{0,100}\b(?:be entitled to|may) "
    r"access\b",
    IC,
)
# Deleting cookies in a browser, not personal data held by the company ("erase the cookie").
_COOKIE_DELETION = re.compile(
    r"\b(?:delet|eras|remov|clear)\w*\s+(?:\w+\s+){0,3}cookies?\b|"
    r"\bcookies?\b[^.]{0,30}\b(?:delet|eras|remov)",
    IC,
)
_HELD_DATA = re.compile(r"personal (?:data|information)|your (?:data|information|account)", IC)
_REGION = (
    (  # "verifiable consumer request" is the CCPA's own term
        "US-CA",
        re.compile(r"California|CCPA|CPRA|Shine the Light|1798\.|verifiable consumer request", IC),
    ),
    ("US-NV", re.compile(r"Nevada|603A", IC)),
    (
        "EEA",
        re.compile(
            r"\bEEA\b|GDPR|DSGVO|\bRGPD\b|Datenschutz-?Grundverordnung|European|\bEU\b|\bEWR\b|"
            r"United Kingdom|\bUK\b|Switzerland|Europ",
            IC,
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


_CCPA_HEADING = re.compile(r"\bdo not sell\b", IC)
# A right given to everyone, whatever law the sentence names.
_EVERYONE = re.compile(
    r"\ball (?:of )?(?:our )?(?:users|members|customers|visitors)\b|\beveryone\b|"
    r"\bregardless of (?:where|your (?:location|residence|country|state))|\bno matter where\b|"
    r"\busers everywhere\b",
    IC,
)
# A sentence that opens a list ("if you are in the EEA you have the following rights:").
_LIST_OPENER = re.compile(r"\bfollowing\b|:\s*$")


def _list_openers(sents: list[Sentence]) -> dict[str, str]:
    """Each section's first sentence when it opens a list: section heading -> sentence."""
    openers: dict[str, str] = {}
    seen: set[str] = set()
    for sentence in sents:
        if sentence.heading in seen:
            continue
        if sentence.text.strip("#*_ :") in sentence.heading.rsplit(" > ", 1)[-1]:
            continue  # the heading's own line (or a piece of it: "6\\.")
        seen.add(sentence.heading)
        if _LIST_OPENER.search(sentence.text):
            openers[sentence.heading] = sentence.text
    return openers


def _regions(sentence: Sentence, openers: dict[str, str] | None = None) -> list[str]:
    """The residents a sentence offers a right to; ["law"] when only "applicable law" says.
    A sentence that names none takes those named where its section (or a section above it)
    opens its list ("If you are in the EEA, you have the following rights:")."""
    if _EVERYONE.search(sentence.text):
        return ["all"]  # "all users of our site may make any changes" (even under a state law)
    found = [
        code
        for code, pattern in _REGION
        if pattern.search(sentence.heading) or pattern.search(sentence.text)
    ]
    if not found and _CCPA_HEADING.search(sentence.heading):
        found = ["US-CA"]  # a section titled "Do Not Sell My Personal Information" is the CCPA's
    parts = sentence.heading.split(" > ")
    for depth in range(len(parts), 0, -1):
        if found or openers is None:
            break
        opener = openers.get(" > ".join(parts[:depth]), "")
        found = [code for code, pattern in _REGION if pattern.search(opener)]
    if not found and _HEDGED.search(sentence.text):
        return ["law"]
    return found or ["all"]


def rights(sents: list[Sentence]) -> dict[str, dict[str, Any]]:
    """Each right: offered (true or null), the residents it is offered to, and its sentence."""
    out: dict[str, dict[str, Any]] = {}
    openers = _list_openers(sents)
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
            if (
                right == "deletion"
                and _COOKIE_DELETION.search(sentence.text)
                and not _HELD_DATA.search(sentence.text)
            ):
                continue
            region = _regions(sentence, openers)
            regions.update(region)
            if first is None or (region == ["all"] and _regions(first[0], openers) != ["all"]):
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
