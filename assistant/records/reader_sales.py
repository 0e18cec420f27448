"""Whether a policy says it sells personal information or shares it for advertising.

Each finder returns the fact with the sentence that decides it, or nothing when the policy is
silent. A sale stated in a CCPA disclosure wins over a general denial; a denial limited to some
people, some purposes or a condition settles nothing. Sharing for ads is true when data goes to
advertisers or third-party ad tracking runs, false only on an explicit denial.
"""

from __future__ import annotations

import re

from assistant.records.reader_facts import IC, fact
from assistant.records.reader_sentences import SCRIPT_CODE, Sentence

_SELL_NO = re.compile(
    r"\b(?:we|company|it)\b[^.]{0,40}\b(?:do(?:es)? not|don[’']t|will not|won[’']t|never|"
    r"not)\b[^.]{0,50}?\b(?:sell|rent|trade)\b|\b(?:not|never) (?:be )?sold\b|"
    r"\b(?:does|do|will|shall) (?:not|never) (?:[\w,]+ ){0,3}[\"“]?sell\b|"
    r"has not sold|have not sold|nicht verkauf|not in the business of selling|"
    r"\bnor (?:do|does|will) (?:we|it) (?:\w+ or )?(?:sell|rent|trade)\b|"  # "nor do we sell"
    r"\bneither\b[^.]{0,20}\bnor (?:sell|rent|trade)\b|\bno sale of (?:your |any )?(?:personal )?"
    r"(?:data|information)",
    IC,
)
# A denial that settles nothing about the reader's data: a link's title ("Do Not Sell My
# Personal Information"), the law's words ("request that your information not be sold"), a
# denial limited to some people (minors, survey respondents) or to a purpose or a condition
# ("for their own marketing purposes", "without your consent"), or about selling products.
_SELL_NO_LIMITED = re.compile(
    r"\bdo not sell my\b|\bright\b|\brequest that\b|\bmust\b|\bminors?\b|\bchildren\b|"
    r"\b(?:under|younger than) (?:the age of )?1[3-8]\b|\baged 1[3-8]\b|\brespondents?\b|"
    r"\bfor their own\b|"
    r"\b(?:sell|sold)\b(?:(?!whatsoever|under any circumstances)[^.]){0,90}\bwithout (?:your |"
    r"their )?(?:prior )?(?:express |affirmative |opt-in )?(?:consent|permission|"
    r"authori[sz]ation)\b|"
    # a closed list ("except to provide the services", "unless you agree", "other than that
    # listed above") or a purpose ("for marketing purposes", "for such use")
    r"\bexcept (?:to|for|with)\b|\bor as otherwise\b|\bunless you\b|\bother than (?:that|those)\b|"
    r"\bfor (?:such|that|this) (?:use|purpose)|"
    r"\bfor (?:their |its |direct )?(?:own )?(?:direct )?marketing purposes\b|"
    r"\b(?:third part(?:y|ies)|they|partners?|vendors?) (?:does|do|will|shall) not\b|"
    r"\bsell[^.]{0,30}\b(?:products|goods)\b",
    IC,
)
# A sale named only as the law's example or a procedure ("the right to know how we disclose or
# sell", "notify all third parties to whom we have sold your information").
# The law's duties of "businesses that sell" describe the law, not this company.
_SELL_YES_HYPOTHETICAL = re.compile(
    r"\bright to\b|\bto whom\b|"
    r"\b(?:businesses|companies|entities|organi[sz]ations) that [\"“]?sell",
    IC,
)
# The title of the link the CCPA asks for: a name, not a denial.
_SELL_LINK = re.compile(
    r"[\"“]?do not sell (?:or share )?my (?:personal )?info(?:rmation)?[\"”]?", IC
)
_SELL_YES = re.compile(
    r"\bwe (?:may )?(?:also )?(?:\w+ or )?(?:sell|have [\"“]?sold[\"”]?)(?!\w)[^.]{0,60}"
    r"\b(?:personal|information|data|identifiers)|"
    r"\bsold[\"”]? (?:the following|categories)|[\"“]sells?[\"”] (?:your )?personal|"
    r"(?<!not )(?<!n't )\bconsider \w+ to have [\"“]?sold\b|"  # "you may consider X to have sold"
    r"\bdefinition of (?:a )?[\"“]?sale\b[^.]{0,60}\binclude|"
    r"(?:considered|treated as|constitute|deemed|defined as|amounts? to)[^.]{0,20}[\"“]?"
    r"(?:a |its )?[\"“]?sale",
    IC,
)
_ADS = re.compile(
    r"(?:advertising|ad) (?:networks?|partners?|cookies|companies|pixels?|vendors?|servers?)|"
    r"third[- ]party (?:advertis|ad\b|ads\b|tracking)|interest-based advertis|"
    r"target(?:ed|ing) advertis|retarget|remarketing|advertising and [\w ]{1,20}cookies|"
    r"marketing (?:or \w+ )?partners[^.]{0,40}\bcookies|"
    r"behaviou?ral advertis|personali[sz]ed (?:ads|advertis)|cross-context|"
    r"advertisers? (?:may|to) (?:collect|use|serve)|Werbepartner|Google AdSense|DoubleClick|"
    r"\bGoogle ads\b|ads (?:from|by) third parties|Werbung von Dritten|"
    # "Google, as a third party vendor, uses cookies to serve ads on your site"
    r"uses? cookies to serve ads|(?:marketing|advertising) (?:and analytics )?services that "
    r"integrate",
    IC,
)
# A tracking pixel's image, and Do Not Track: a sentence explaining it is no ad sharing.
_IMAGE = re.compile(r"^\s*!\[")
_DNT = re.compile(r"do[ -]not[ -]track|\bDNT\b", IC)
_ONLY_IF_ASKED = re.compile(r"permission|consent|opt[- ]in|ask(?:ed)? you", IC)
_ADS_NO = re.compile(
    r"(?:do not|don[’']t|never|not) (?:share|sell|disclose|provide|give)[^.]{0,60}"
    r"(?:advertisers|marketers|advertising)|no third[- ]party (?:advertising|tracking|ads\b)|"
    r"not (?:use|allow|employ)(?: or (?:use|allow|employ))? (?:any )?(?:advertising|third[- ]party "
    r"(?:behaviou?ral )?(?:advertising|tracking|cookies))|not allow (?:any )?tracking by third|"
    r"no third[- ]party (?:cookies|trackers)|nor any third[- ]parties,? track|"
    r"(?:do not|don[’']t|never|not) share\b[^.]{0,60}\bfor (?:their )?(?:own )?marketing purposes|"
    r"\bwithout (?:any )?(?:advertising|ads)\b|(?:do not|don[’']t) have any (?:advertising|ad) "
    r"partners|"
    r"advertisers\b[^.]{0,60}\bonly (?:on an |in )?aggregate|"
    r"advertisers\b[^.]{0,120}\b(?:do not|don[’']t|never) share (?:any )?(?:information|data) "
    r"that (?:personally )?identif|"
    # "freeCodeCamp doesn't show you ads or sell your data", "we do not perform any advertising"
    r"(?:do(?:es)? not|doesn[’']t|don[’']t|never) "
    r"(?:show|serve|display|perform|do|engage in|offer) "
    r"(?:you )?(?:any )?(?:third[- ]party )?(?:targeted |personali[sz]ed |interest-based )?"
    r"(?:ads|advertising|advertisements|marketing)|"
    # "There are no ads or tracking scripts", "No tracking cookies will be dropped", "we do not
    # use any third party analytics or tracking software", "we do not track you on this site"
    r"\bno (?:ads|advertising|advertisements|tracking (?:cookies|scripts))\b|"
    r"(?:do(?:es)? not|doesn[’']t|don[’']t|never) (?:use|allow|accept|employ) (?:any )?"
    r"(?:third[- ]party )?(?:[\w-]+ (?:or|and) )?(?:tracking|trackers|interest-based "
    r"advertising|targeted advertising|third[- ]party cookies)\b|"
    r"\b(?:we|I) (?:do not|don[’']t|never) (?:attempt to |try to )?track (?:you|people|users|"
    r"visitors)\b|"
    # "Personal data is not shared with other recipients", "will never be sold or shared"
    r"\b(?:is|are|will) (?:not|never) (?:be )?(?:sold or )?shared with (?:any )?(?:other "
    r"recipients|third parties|anyone)\b(?![^.]{0,30}\bwithout\b)|\bnever be sold or shared\b",
    IC,
)


def sells(sents: list[Sentence]) -> dict:
    """True on a stated sale (CCPA disclosures win), False on a plain 'we do not sell'."""
    no_found: tuple[Sentence, re.Match[str]] | None = None
    for sentence in sents:
        plain = sentence.text.replace("**", "").replace("__", "")
        low = plain.lower()
        if not ("sell" in low or "sold" in low or "sale" in low) or plain.rstrip().endswith("?"):
            continue
        if re.search(
            r"\bgenerally\b|\bif we\b|\bin the event\b|(?:other than|except) (?:those |as )?"
            r"(?:outlined|described|specified|set forth|set out|stated|disclosed|provided|noted|"
            r"explained)",
            re.sub(r"\([^)]*\)", "", low),  # "(if we have it)" conditions nothing
        ):  # "... except as this policy describes" settles nothing
            continue
        yes = _SELL_YES.search(plain)
        unlinked = _SELL_LINK.sub("", plain)  # "... select the “Do Not Sell My Info” link"
        doubted = yes and re.search(r"\bnot (?:believe|think|consider)\b", plain[: yes.start()], IC)
        if (
            yes
            and not doubted  # "does not believe that its use of cookies constitutes a sale"
            and not _SELL_NO.search(unlinked)
            and not _SELL_YES_HYPOTHETICAL.search(plain)
        ):
            return fact(True, sentence)
        no = _SELL_NO.search(plain)
        if no and (
            _SELL_NO_LIMITED.search(re.sub(r",? including\b[^.;]*", "", plain))
            or re.match(r"\W*if\b", plain, IC)
        ):
            continue  # "..., including personal information of minors" limits nothing
        if no and no_found is None and ("personal" in low or "information" in low or "data" in low):
            no_found = (sentence, no)
    return fact(False, no_found[0]) if no_found else fact(None, None)


def _ads_denied(text: str, found: re.Match[str]) -> bool:
    """Whether the words before an advertising phrase deny or condition it ("never use ... to
    engage in targeted advertising", "would only provide ... with the user's permission")."""
    before = text[max(0, found.start() - 80) : found.start()]
    before = re.sub(r"\b(?:do not|don[’']t) control\b", "", before, flags=IC)
    if re.search(r"\b(?:never|not|no)\b|n[’']t\b", before, IC):
        return True
    return bool(re.search(r"\bonly\b", before, IC) and _ONLY_IF_ASKED.search(text))


# "Embedded content from other websites ... These websites may ... embed additional
# third-party tracking": the other sites', not the policy's own company's.
_EMBEDDED = re.compile(r"\b(?:these|other) (?:web)?sites may\b", IC)


def shares_for_ads(sents: list[Sentence]) -> dict:
    """True when data goes to advertisers or ad tracking runs; False only when it says no."""
    for sentence in sents:
        found = _ADS.search(sentence.text)
        if found and (SCRIPT_CODE.search(sentence.text) or _IMAGE.search(sentence.text)):
            continue  # the page's script, or an image
        if found and _DNT.search(sentence.text):
            continue  # what Do Not Track is for
        if found and _EMBEDDED.search(sentence.text):
            continue  # what other sites' embedded videos and posts may do, not this site
        if found and not _ADS_NO.search(sentence.text) and not _ads_denied(sentence.text, found):
            return fact(True, sentence, found)
    for sentence in sents:
        no = _ADS_NO.search(sentence.text)
        if no and not re.match(r"\W*(?:if|unless|when)\b", sentence.text, IC):
            return fact(False, sentence, no)
    return fact(None, None)
