"""The legal entity a policy names as its operator, written as in the text.

A name counts when it ends in a legal form (Inc., LLC, GmbH, B.V., Pty. Ltd., Sàrl, ...). The
name the page's opening also gives, or the one named as operator or controller, wins over
providers and partners the policy mentions ("a web analytics service provided by X, Inc.");
a bare brand gives nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.records.reader_sentences import Sentence

IC = re.IGNORECASE
LEGAL_FORM = (
    r"(?:GmbH & Co\.? KG|Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|B\.V\.|N\.V\.|"
    r"a\.\s?s\.?|Oy|"
    r"S\.A\.|SA|SAS|S\.à r\.l\.|SARL|S\.r\.l\.|Pty\.? Ltd\.?|AS|ASA|AB|AG|Corp(?:oration|\.)?|plc|"
    r"PLC|LP|LLP|Co\.,? Ltd\.?|K\.K\.|e\.\s?K\.|e\.\s?V\.|A\.S\.|S[àa]rl|BV|DAC|"
    r"Pte\.? Ltd\.?|SAGL|Sagl)"
)
_ENTITY = re.compile(
    r"(?<![\w.])((?:(?:[A-Z][\w&'’.\-]*|[a-z]+\.[a-z]{2,3}|\d+[A-Z][\w.\-]*)"
    r"(?:,? (?:[A-Z][\w&'’.\-]*|of the|of|and|&|"
    r"de|[a-z]+\.com)){0,5}|[a-z][a-z\-]{2,}|[a-z]+[A-Z]\w*),? " + LEGAL_FORM + r")(?![\w])"
)
# Words before a name that make it a provider of something the site uses or a partner named as
# an example ("a web analytics service provided by", "the service reCAPTCHA from", "Our payment
# provider (", "advertising engines (such as"), not the policy's own company.
_PROVIDER_BEFORE = re.compile(
    r"\b(?:service|component|plugins?|tool|pixels?|analytics|advertising|réseau social|"
    r"Dienst|cookies|widgets?|buttons?)\b[^.]{0,60}"
    r"\b(?:provided|operated|developed|offered|exploité|betrieben|run) (?:by|par|von)\b"
    r"[^.]{0,20}$|"
    r"\b(?:we|site|website|websites) (?:use|uses|utilise|utilisons|nutzen)\b[^.]{0,160}"
    r"\b(?:from|of|von|by)\s+(?:the company\s+)?(?:[^.]{0,80},\s+a company of\s+)?$|"
    r"\b(?:partnered|partnering|partners?) with\s+$|\bis a service of\s+$|"
    r"\binterests? of\s+$|"
    r"\bprovider\b\W{0,4}$|"
    r"\b(?:such as|including|e\.g\.|for example,?|for instance,?)\s+(?:[\w.&'’-]+,?\s+){0,4}$",
    IC,
)
# A brand's own product named before its maker ("uses Google Maps, which is operated by",
# "Twitter Tweet button ... (") or a product's maker in brackets ("Mailchimp ("): a third party
# the site uses, never its operator, unless the page's opening names it too.
_MAKER_AFTER = re.compile(r"\b(?:by|from|of|von|par)\s+$|\(\s*$", IC)
_WE_USE = re.compile(r"\bwe (?:use|utilise|utilisons|nutzen|verwenden)\b", IC)
_BRACKETED_MAKER = re.compile(r"\b([A-Z][\w.-]*)\s*\(\s*$")
# The sentence is about the product and its maker, who shares its first word: the site's own.
_OWN_PRODUCT = (
    r"^\W*(?:the\s+)?{0}(?:\s+[A-Z][\w-]+){{1,2}}(?:\s+(?:app|service|website|site|platform))?"
    r"\s+(?:is|are)\s+(?:provided|operated|owned|run|offered|published|developed)\s+by\s+$"
)


# A name's short form given in brackets right after it: " (IBM Corp.)".
_SHORT_FORM = re.compile(r"\s*\(([^()]{3,40})\)")


def _third_party(name: str, before: str) -> bool:
    """Whether the words before a name make it the maker of something the site uses."""
    if re.search(r"\bwe use\s+\[?$", before, IC):
        return True  # "we use [Stripe Payments Europe, Limited](...)"
    if not _MAKER_AFTER.search(before):
        return False
    if _WE_USE.search(before):
        return True  # "we use components (videos) from ... , a company of X"
    first, *rest = name.replace(",", "").split()
    if re.match(_OWN_PRODUCT.format(re.escape(first)), before, IC):
        return False  # "Zenith Tracker is provided by Zenith Labs Inc.": its own product
    product = re.search(r"\b" + re.escape(first) + r"\s+([A-Z][\w-]+)", before)
    if product and product.group(1) not in rest:
        return True  # "Google Maps ... by Google Inc" (not "Y Combinator ... Y Combinator Ltd")
    bracket = _BRACKETED_MAKER.search(before)
    return bracket is not None and bracket.group(1) not in (first, "Company", "We")


_TITLE = re.compile(
    r"^.*\b(?:Privacy|Data Protection|Compliance|Legal) (?:Officer|Team|Department)\s*,\s*"
)
# "TiVo Corporation, TiVo Platform LLC", "McDonald's Corporation and McDonald's Global Markets
# LLC": two names, the first is the one meant
_FIRST_ENTITY = re.compile(r"(.+?\s" + LEGAL_FORM + r")(?=(?:,| and)\s+[A-Z][\w.\-’']*\s)")
_UNIVERSITY = re.compile(r"\b(?:The )?University of [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}")
_OPERATOR = re.compile(
    r"operated by|owned by|provided by|controller|[(（][\"“]?(?:we|us|our|Company)\b|"
    r"refers? to|welcome to|company registered|incorporated|Verantwortlich|©|\(c\) \d{4}|"
    r"run by|collectively|[\"“](?:we|us|our)[\"”]|"
    r"copyright",
    IC,
)


def _shouted(name: str) -> bool:
    """An all-capitals heading that happens to end in "AS", "SA", "AB" or "AG"."""
    words = name.split()
    return len(words) >= 3 and name.isupper() and words[-1] in ("AS", "SA", "AB", "AG")


_NOT_A_NAME_WORD = frozenset(
    [
        "the",
        "our",
        "and",
        "its",
        "any",
        "this",
        "that",
        "with",
        "for",
        "from",
        "all",
        "your",
        "their",
        "other",
        "such",
    ]
)


def first_word(name: str) -> str:
    """The word a company's name starts with, as the page would write it ("123greetings")."""
    name = re.sub(r"^the\s+", "", name, flags=re.I)  # "The Rocket Science Group": "rocket"
    word = re.sub(r"\.(?:com|org|net|io|co)$", "", name.split()[0].lower().strip(",."))
    return re.sub(r"[^a-z0-9]+", "", word)


def company_name(text: str, sents: list[Sentence]) -> str | None:
    """The legal entity the policy names as operator, as written; None for a bare brand."""
    counts: Counter[str] = Counter()
    preferred: list[str] = []
    makers: set[str] = set()
    short_for: dict[str, str] = {}  # "IBM Corp." -> "International Business Machines Corporation"
    for sentence in sents:
        for match in _ENTITY.finditer(sentence.text):
            name = match.group(1).strip(" ,")
            inner = _FIRST_ENTITY.match(name)  # "TiVo Corporation, TiVo Platform LLC": two names
            name = inner.group(1) if inner else name
            after = sentence.text[match.end() : match.end() + 20]
            if re.match(r"(?:Limited|Incorporated)$", name.split()[-1]) and re.match(
                r" [A-Z][a-z]", after
            ):
                continue  # "Rare and Limited Disclosures": a heading, not a company
            name = re.sub(r"^(?:This|By|Our|Welcome to|At|If|When|And|We,)\s+", "", name)
            # "GoGuardian Privacy Officer, Liminex, Inc.": the addressee's title, then the name
            titled = _TITLE.match(name)
            if titled and not re.fullmatch(LEGAL_FORM, name[titled.end() :]):
                name = name[titled.end() :]
            before = sentence.text[: match.start()]
            if re.search(r"\ban?\s+(?:\(?[A-Z][\w.]*\)?,?\s+){1,4}$", before):
                continue  # "a California (United States) Nonprofit Public Benefit Corporation"
            if _PROVIDER_BEFORE.search(before[-100:]):
                continue  # "a web analytics service provided by Google, Inc.": a provider
            if len(name) < 4 or not re.match(r"[A-Za-z0-9]", name) or _shouted(name):
                continue
            if name.split()[0] in _NOT_A_NAME_WORD:
                continue  # "the Ltd", "our GmbH": no name
            if re.fullmatch(r"(?:Dritt)?[Aa]nbieters?", name.split()[0]):
                continue  # "des Anbieters Google LLC": a provider the site uses
            if (
                name[0].islower()
                and "." not in name.split()[0]
                and not _OPERATOR.search(sentence.text)
            ):
                continue  # a lower-case brand ("fotocommunity GmbH") only where it is the operator
            bracket = _SHORT_FORM.match(sentence.text, match.end())
            if bracket and _ENTITY.fullmatch(bracket.group(1)) and bracket.group(1) != name:
                short_for[bracket.group(1)] = name
            counts[name] += 1
            if _third_party(name, before[-200:]):
                makers.add(name)
            elif _OPERATOR.search(sentence.text):
                preferred.append(name)
    # A legal name's short form in brackets ("International Business Machines Corporation (IBM
    # Corp.)") counts as the legal name, which is the one written out.
    for short, full in short_for.items():
        counts[full] += counts.pop(short, 0)
        preferred = [full if n == short else n for n in preferred]
        if short in makers:
            makers.add(full)
    # "Valve and TR Technical Services Inc." beside "Valve Corporation": two companies joined
    # by "and", the first of which the policy names in full elsewhere.
    for name in list(counts):
        head = name.split(" and ", 1)[0] if " and " in name else ""
        in_full = re.compile(re.escape(head) + r",? " + LEGAL_FORM) if head else None
        if in_full and any(o != name and in_full.fullmatch(o) for o in counts):
            del counts[name]
            preferred = [n for n in preferred if n != name]
    # A name that the page's opening also gives ("Humble Bundle Privacy Policy" ... "Humble
    # Bundle, Inc.") is the policy's own company, not a provider it names (Valve, Google).
    opening = re.sub(r"[^a-z0-9]+", " ", text[:400].lower())
    ranked = [name for name, _n in counts.most_common()]
    opening_words = set(opening.split())
    own = [
        name
        for name in ranked
        if first_word(name) in opening_words
        or any(first_word(s) in opening_words for s, full in short_for.items() if full == name)
    ]
    for name in [*[n for n in preferred if n in own], *own, *preferred]:
        return name
    for name in ranked:
        if name not in makers:
            return name
    university = _UNIVERSITY.search(text)
    return university.group(0) if university else None
