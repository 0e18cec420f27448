"""What a policy says, sentence by sentence: deadlines, verification, tracking, retention, role.

Each finder returns the fact with the sentence that decides it, or nothing when the policy is
silent. The rules look for the policy's own words for each point (in English, with the common
German terms); a sentence that only mentions a topic without settling it gives nothing. The
rights a policy offers are read by reader_rights, selling and ads by reader_sales, the company's
legal name by reader_company.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_sentences import Sentence, quote_around

IC = re.IGNORECASE
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45,
    "forty five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_NUMBER_WORD = r"one|two|three|four|five|six|seven|eight|ten|fourteen|fifteen|twenty|thirty|" \
    r"forty[- ]five|sixty|ninety"  # fmt: skip
_DAYS = re.compile(
    r"(?:within|no later than|not later than|up to|(?:in no event |no )?more than|we have|"
    r"allow) (?:\w+ )?"
    r"(?:\(?(\d{1,3})\)?|(" + _NUMBER_WORD + r")(?: \((\d{1,3})\))?) "
    r"(calendar |business |working )?(days?|months?|weeks?|hours)",
    IC,
)
# "(24 hour response guaranteed)"
_HOURS_RESPONSE = re.compile(r"\b(\d{1,2})[- ]hours? (?:response|reply)\b", IC)
_RESPOND = re.compile(
    r"\b(?:respond\w*|response|repl(?:y|ies)|answer\w*|fulfil\w*|process(?:ed)?|compl(?:y|ying|ied)|"
    r"complet(?:e|ed)|honou?r|action|disclose|deliver|get back|inform you|deal with|"
    r"(?:will be|are) addressed|provide you with|"
    # "we will delete it within 30 days of your request": the request carried out
    r"(?:delete|erase|remove) (?:it|them|your (?:\w+ )?(?:data|information))(?= within))\b",
    IC,
)
# A deadline for requests, not for keeping data ("delete IP addresses within 60 days").
_ABOUT_REQUESTS = re.compile(r"\brequest|\binquir|\bquestion|\bresponse\b|\bopt[- ]?out\b", IC)
_RECEIPT = re.compile(r"confirm(?:ing)? receipt|acknowledg", IC)
_EXTENSION = re.compile(
    r"(?:extend|extension|additional|further|another)\D{0,40}?(?:\(?(\d{1,3})\)?|"
    r"(one|two|three|forty[- ]five|sixty|ninety))\s*(?:\(\d+\)\s*)?"
    r"(?:more |additional |further )?(days?|months?)|"
    r"\b(?:(\d{1,3})|(one|two|three|sixty|ninety)) (?:additional|further|more) (days?|months?)",
    IC,
)
_VERIFY = re.compile(
    r"verif\w+ (?:your|the|their|his|her) (?:identity|request)|confirm(?:ed)? your identity|"
    r"\bconfirm the identity\b|\bprove (?:their|your) identity\b|"
    r"\b(?:certain|sure) of your identity\b|\bidentity (?:will|must|may) be verified\b|"
    r"verify (?:that )?(?:you|it is you)|proof of (?:your )?identity|"
    r"verify (?:the )?(?:identity|requester)|Identität (?:zu )?(?:überprüfen|bestätigen)|"
    r"validate (?:your|the) request|\bverifiable (?:consumer )?request|"
    r"\bprior verification\b|\bask for identification\b|"
    r"\bmust match the e-?mail address on (?:your|the) account|"
    r"\be-?mail address, which will be verified|\bverify all (?:such )?requests|"
    r"\bconfirm your authority\b",
    IC,
)
# Verification counts only where it is about requests, not logging in or paying.
_REQUEST_CONTEXT = re.compile(
    r"\brequest|\bdata subject|\brights?\b|\bAnfrage|\bAntrag|\bBetroffene|released to you|"
    r"\bbefore (?:granting|providing|releasing|giving|completing|doing so)\b|"
    r"\bwhat you have asked\b",
    IC,
)
# Someone else's representative ("the authorities (or their authorized representatives)"), or one
# who gives consent rather than making requests.
_NOT_YOUR_AGENT = re.compile(
    r"\b(?:their|its) authori[sz]ed representatives?\b|\bconsent may be given by\b", IC
)
_AGENT = re.compile(
    r"authori[sz]ed agent|authori[sz]ed representative|agent (?:to|on your behalf)|"
    r"\bsomeone (?:else )?acting on your behalf\b|"
    r"\b(?:person|someone|anyone) [^.]{0,60}\byou authori[sz]e to act on your behalf\b",
    IC,
)
_DNT = re.compile(r"do[ -]not[ -]track|\bDNT\b", IC)
_DNT_NO = re.compile(
    r"(?:do(?:es)? not|don[’']t|not currently|cannot|doesn[’']t|unable to|no|might not|may not|"
    r"will not|won[’']t)\b[^.]{0,60}"
    r"(?:respond|honou?r|recogni[sz]e|support|act\b|action|alter|change|process|standard)|"
    r"(?:ignore|not respond)|\beven (?:where|when|if)\b",
    IC,
)
_DNT_YES = re.compile(
    r"\b(?:we|our \w+) (?:honou?r|respond to|recogni[sz]e|support)|"
    # "Matomo does not track you if you activated the Do Not Track option"
    r"\bnot track you (?:if|when) you (?:have )?(?:activated|enabled|turned on|set)\b|"
    r"\b(?:honou?rs?|respects?|responds? to|recogni[sz]es?|supports?) (?:the |browser |web "
    r"browser |your |all )?[\"“\[]?(?:do[ -]not[ -]track|DNT)\b",
    IC,
)
# The words that make "do not track" the browser setting, not "we do not track comments".
_DNT_SETTING = re.compile(r"signal|header|request|setting|feature|preference|browser", IC)
# A sentence right after a mention of Do Not Track that speaks of it ("We currently do not take
# action in response to these signals.").
_THESE_SIGNALS = re.compile(r"\b(?:these|such|this|those) (?:signals?|headers?)\b", IC)
_GPC = re.compile(r"Global Privacy Control|\bGPC\b", IC)
_RETAIN = re.compile(
    r"\bretain(?! (?:their|your) privacy)|\bretention|\bkeep (?:your|the|such|this|personal)|"
    r"\b(?:store|save|hold)[sd]? [^.]{0,60}(?:for|as long|until)|"
    r"\bdelete[sd]? [^.]{0,40}\b(?:after|within)\b|as long as "
    r"(?:necessary|needed|required|your account)|aufbewahr|gespeichert.{0,40}(?:solange|bis)|"
    r"\bkept\b|remain in (?:our )?(?:archives|backups?|backup systems)|gelöscht|"
    r"(?:no|not any) personal (?:data|information) is (?:stored|retained|kept)|"
    r"(?:do not|don[’']t) (?:store|retain|keep) (?:any )?personal (?:data|information)|"
    r"\bmaintain (?:your|the|such|this)\b[^.]{0,60}(?:as long|until)|"
    r"\bkeep it in (?:our|its) records|"
    # "normally discarded after about three weeks", "remain encrypted on our servers for two
    # weeks", "keeping your personal data only as necessary", "deleted when your account is
    # deleted", "immediately deleted", "destroy or de-identify the information"
    r"\b(?:discard|purg|destroy|eras)\w*\b[^.]{0,40}\b(?:after|within)\b|"
    r"\bremain\b[^.]{0,40}\bfor (?:\w+ )?(?:days?|weeks?|months?|years?)\b|"
    r"\bkeeping (?:your|the|such|this|personal)|"
    r"\b(?:deleted?|erased?)\b[^.]{0,30}\bwhen (?:you|your)\b[^.]{0,30}\baccount\b|"
    r"\bwhen you (?:close|delete) your (?:\w+ )?account\b[^.]{0,30}\bdelete|"
    r"\bimmediately deleted\b|\bdeleted immediately\b|\bdestroy (?:or|and) de-identify",
    IC,
)
# Keeping data confidential or safe says nothing about how long it is kept.
_KEPT_SAFE = re.compile(r"\bkeep(?:ing)?\b[^.]{0,40}\b(?:confidential|secure|safe|private)\b", IC)
_PROCESSOR = re.compile(
    r"\b(?:as|a|the) (?:data )?processor\b|on behalf of (?:our|its) (?:customers|clients|"
    r"schools|institutions|business customers)|"
    r"service provider to (?:our|the) (?:customers|schools)|"
    r"under the direction of (?:its|our) (?:users|customers|clients)|"
    r"no direct relationship with the individuals|"
    # "as the user’s “processor”", "act as \"data processors\"", "a “service provider” under the
    # CCPA", "only process Video Feeds on your behalf", "acting only on your behalf"
    r"\b(?:as|a|the) (?:\w+[’']s )?[\"“](?:data )?processors?[\"”]|"
    r"\ba [\"“]service provider[\"”]|\bonly process\w* [^.]{0,30}\bon your behalf\b|"
    r"\bacting only on your behalf\b",
    IC,
)
_CONTROLLER = re.compile(
    r"\b(?:we are|is|(?<!you )(?<!customers )(?<!clients )(?<!users )(?<!they )are|act as|acts as|"
    r"as)\s+(?:considered\s+|deemed\s+)?(?:both\s+)?(?:the\s+|a\s+|joint\s+)?[\"“_*]*"
    r"(?:data\s+)?controllers?(?![a-z])|"
    r"controller (?:of|for|is|responsible)|verantwortlich|responsible for (?:the )?processing|"
    r"controls (?:the|your) (?:personal )?(?:information|data)|"
    # "is controlled by ASKfm", "(or “Data Controller”)", "the responsible Data Controller",
    # "The Data Controller, unless otherwise specified, is the Owner"
    r"\b(?:is|are) controlled by\b|[(（](?:or |the )?[\"“]data controller[\"”]|"
    r"\bresponsible (?:data )?controller\b|^\W*the data controller\b|"
    # "and the data controller", "I am your data controller", "TMDB's Data Controller",
    # "Name and Address of the controller", "as a data administrator", "controlled by edX"
    r"\b(?:and|your|our)\s+(?:the\s+)?data\s+controller\b|[’']s\s+data\s+controller\b|"
    r"^\W*(?:name|identity|details)\b[^.]{0,30}\bof the (?:data )?controller\b|"
    r"\bdata administrator\b|\b(?:received|collected) and controlled by\b",
    IC,
)
# Roles a sentence gives someone else: "transfers to a processor", "a processor agreement",
# "[providers] have their own responsibilities ... as a data controller", and corporate control.
_OTHERS_ROLE = re.compile(
    r"\btransfers? to an?\b|\b(?:data )?processor agreements?\b|\btheir own\b|"
    r"\bthird[- ]part(?:y|ies)\b(?:(?!\band is the\b)[^.]){0,60}\b(?:controller|processor)|"
    r"\b(?:controller|processor)s? (?:of|for) (?:their|its) own\b|"
    r"\bcommon control\b",  # an affiliate's definition ("controls, is controlled by, or ...")
    IC,
)
_HIPAA = re.compile(r"covered entit|HIPAA", IC)


def fact(value: Any, sentence: Sentence | None, match: re.Match[str] | None = None) -> dict:
    """A fact with the sentence that decides it; unknown (null, no quote) without one."""
    if sentence is None:
        return {"value": None, "quote": None}
    return {"value": value, "quote": quote_around(sentence, match)}


def _number(digits: str | None, word: str | None) -> int | None:
    if digits:
        return int(digits)
    return (
        _NUMBER_WORDS.get(
            (word or "").lower().replace("-", " ").replace("forty five", "forty-five")
        )
        if word
        else None
    )


def response_days(sents: list[Sentence]) -> dict:
    """The number of days the policy commits to for answering a request."""
    for number, sentence in enumerate(sents):
        hours = _HOURS_RESPONSE.search(sentence.text)
        if hours and 1 <= int(hours.group(1)) <= 24:
            return fact(1, sentence, hours)
        every = list(_DAYS.finditer(sentence.text))
        days_only = [m for m in every if m.group(5).lower() != "hours"]
        matches = days_only or every  # "within 24 hours, but it may take up to 30 days": 30
        match = matches[0] if matches else None
        if (
            not match
            or not _RESPOND.search(sentence.text)
            or not (_ABOUT_REQUESTS.search(sentence.text) or _after_rights_sentence(sents, number))
            or _RECEIPT.search(sentence.text)
        ):
            continue
        amount = _number(match.group(1) or match.group(3), match.group(2))
        if amount is None:
            continue
        unit = match.group(5).lower()
        scale = {"month": 30, "week": 7, "hour": 1 / 24}.get(unit.rstrip("s"), 1)
        days = round(amount * scale)
        if 1 <= days <= 120:
            return fact(days, sentence, match)
    return fact(None, None)


# "We will respond within 45 days at the latest.", right after "... or wish to exercise any of
# your rights ..., please let us know": a reply to those requests.
_WE_REPLY = re.compile(r"^\W*we will (?:respond|reply)\b", IC)
_RIGHTS_ASKED = re.compile(
    r"\bexercise\b[^.]{0,40}\brights?\b|\byour (?:privacy )?rights\b|"
    r"\b(?:privacy|data|access|deletion|erasure|rights?|subject) requests?\b",
    IC,
)


def _after_rights_sentence(sents: list[Sentence], number: int) -> bool:
    """A bare "We will respond within ..." sentence that closes a paragraph on exercising
    rights: one of the three sentences before it, under the same heading and close by, asks."""
    sentence = sents[number]
    if not _WE_REPLY.search(sentence.text):
        return False
    for before in sents[max(0, number - 3) : number]:
        if (
            before.heading == sentence.heading
            and sentence.start - before.end < 500
            and _RIGHTS_ASKED.search(before.text)
        ):
            return True
    return False


_TOTAL_TIME = re.compile(
    r"(?:more|additional|further) time[^.]{0,30}?up to (?:a total of )?(?:\w+ )?\(?(\d{1,3})\)? "
    r"(?:calendar |business )?days|"
    # "within 45 days of receipt, or 90 days if we notify you that we need more time", "The
    # total period will not exceed 90 days"
    r"\bor (\d{1,3}) (?:calendar |business )?days if\b[^.]{0,60}\b(?:more|additional) time\b|"
    r"\btotal (?:period|time)\b[^.]{0,30}\b(?:exceed|up to|more than) (\d{1,3}) days",
    IC,
)


def extension(sents: list[Sentence], response: int | None = None) -> dict:
    """How much longer the policy says answering may take ('2 months', '45 days').

    "If we need more time (up to 90 days in total)" states the total: with a stated response
    time, the extension is the difference.
    """
    for sentence in sents:
        total = _TOTAL_TIME.search(sentence.text)
        days = int(next(group for group in total.groups() if group)) if total else 0
        if total and response and days > response:
            return fact(f"{days - response} days", sentence, total)
        if not re.search(r"extend|extension|additional|further|another", sentence.text, IC):
            continue
        if not (
            _RESPOND.search(sentence.text)
            or re.search(r"\b(?:period|time|deadline|timescale|time limit)\b", sentence.text, IC)
        ):
            continue
        match = _EXTENSION.search(sentence.text)
        if match:
            amount = _number(match.group(1) or match.group(4), match.group(2) or match.group(5))
            if amount:
                unit = (match.group(3) or match.group(6)).lower().rstrip("s")
                return fact(f"{amount} {unit}{'s' if amount != 1 else ''}", sentence, match)
    return fact(None, None)


def _first(
    sents: list[Sentence],
    pattern: re.Pattern[str],
    needs: re.Pattern[str] | None = None,
    unless: re.Pattern[str] | None = None,
) -> tuple[Sentence, re.Match[str]] | None:
    """The first sentence `pattern` matches, with `needs` somewhere in it and no `unless`."""
    for sentence in sents:
        match = pattern.search(sentence.text)
        if match is None or (needs is not None and not needs.search(sentence.text)):
            continue
        if unless is None or not unless.search(sentence.text):
            return sentence, match
    return None


def verification(sents: list[Sentence]) -> dict:
    """The first sentence saying a request is checked against the requester's identity."""
    found = _first(sents, _VERIFY, needs=_REQUEST_CONTEXT)
    return fact("The policy says requests are verified.", *found) if found else fact(None, None)


def authorized_agent(sents: list[Sentence]) -> dict:
    found = _first(sents, _AGENT, unless=_NOT_YOUR_AGENT)
    return fact(True, *found) if found else fact(None, None)


def _dnt_mention(text: str) -> re.Match[str] | None:
    """Do Not Track named as the browser setting, not "we do not track your comments"."""
    for mention in _DNT.finditer(text):
        named = mention.group(0) != mention.group(0).lower()
        if named or _DNT_SETTING.search(text[mention.end() : mention.end() + 60]):
            return mention
    return None


def _dnt_said(sentence: Sentence) -> bool | None:
    """What one sentence says of Do Not Track: honoured, not honoured, or nothing."""
    flat = " ".join(sentence.text.split())  # "DISH  might  not recognize"
    if _DNT_NO.search(flat):
        return False
    if re.search(
        r"\b(?:let you know|tell you|inform you|disclose) how (?:we|it|they) "
        r"(?:respond|honou?r|treat)",
        flat,
        IC,
    ):
        return None  # "the law requires us to let you know how we respond to ...": no answer yet
    return True if _DNT_YES.search(flat) else None


def dnt(sents: list[Sentence]) -> dict:
    for number, sentence in enumerate(sents):
        mention = _dnt_mention(sentence.text)
        if not mention:
            continue
        # the sentence that names it, then one or two after it that speak of "these signals"
        candidates = [(sentence, mention)] + [
            (after, these)
            for after in sents[number + 1 : number + 3]
            if after.heading == sentence.heading and (these := _THESE_SIGNALS.search(after.text))
        ]
        for said_in, match in candidates:
            value = _dnt_said(said_in)
            if value is not None:
                return fact(value, said_in, match)
    return fact(None, None)


def gpc(sents: list[Sentence]) -> dict:
    for sentence in sents:
        mention = _GPC.search(sentence.text)
        if mention:
            negative = re.search(r"\b(?:not|n[’']t)\b", sentence.text, IC)
            return fact(not negative, sentence, mention)
    return fact(None, None)


def retention(sents: list[Sentence]) -> dict:
    """The first sentence that says how long data is kept."""
    for sentence in sents:
        match = _RETAIN.search(sentence.text)
        if not match or sentence.text.count("](") > 2 or _KEPT_SAFE.search(sentence.text):
            continue
        if re.search(
            r"\d\)? ?(?:days?|weeks?|months?|years?|Tage|Woche|Monat|Jahr)|"
            r"\b(?:one|two|three|six|seven|ten|twelve|thirty|ninety)\b|"
            r"as long as|until|period|long as|after|archiv|backup|"
            r"not (?:stored|retained|kept)|"
            r"(?:do not|don[’']t) (?:store|retain|keep) (?:any )?personal|Monat|Jahr|Tag|solange|"
            r"Dauer|spätestens|retention (?:and destruction )?polic|as needed|as required by|"
            r"in (?:our|its) records|\b(?:deleted|closed) accounts?\b|indefinitely|as necessary|"
            r"\bwhen (?:you|your)\b[^.]{0,30}\baccount\b|immediately|de-identify",
            sentence.text,
            IC,
        ):
            return fact("Stated; see the quote.", sentence, match)
    return fact(None, None)


def role(sents: list[Sentence]) -> dict:
    hipaa = _first(sents, _HIPAA)
    if hipaa and re.search(r"we are a covered entity|as a covered entity", hipaa[0].text, IC):
        return fact("hipaa_covered", *hipaa)
    # the company's own role, not a partner's or a transfer's
    processor = _first(sents, _PROCESSOR, unless=_OTHERS_ROLE)
    controller = _first(sents, _CONTROLLER, unless=_OTHERS_ROLE)
    if processor and controller:
        return fact("mixed", *processor)
    if processor:
        return fact("processor", *processor)
    if controller:
        return fact("controller", *controller)
    return fact(None, None)
