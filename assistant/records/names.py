"""Company names and web addresses reduced to what search compares.

`normalise` turns a name into its words (accents folded, punctuation, legal form and trailing
top-level-domain words dropped); `host_of`, `page_key`, `domain_label` and `site_of` take a web
address apart. Pure functions, standard library only.
"""

from __future__ import annotations

import re
import unicodedata

# Legal-form words dropped from the end of a name ("Qualified.com, Inc." -> "qualified").
# fmt: off
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "mbh", "corp", "corporation", "co",
    "company", "plc", "sa", "sas", "sarl", "ag", "bv", "nv", "srl", "spa", "se", "kg", "kgaa",
    "ug", "oy", "oyj", "ab", "as", "asa", "aps", "pty", "lp", "llp", "pc", "pllc", "lda", "sl",
    "sro", "ev", "ohg", "gbr",
})
# Top-level-domain words dropped from the end of a name written like a domain.
TLD_WORDS = frozenset({
    "com", "net", "org", "io", "de", "co", "uk", "eu", "fr", "it", "es", "nl", "app", "ai",
    "info", "biz", "us",
})
GENERIC_TLDS = frozenset({
    "com", "net", "org", "info", "biz", "io", "ai", "app", "dev", "shop", "store", "online",
    "site", "tech", "health", "care", "money", "finance", "media", "news", "blog", "cloud",
    "digital", "group", "global", "world", "xyz", "pro", "inc", "llc", "company", "services",
    "solutions", "agency", "network", "travel", "tv", "me", "gov", "edu", "mobi", "name",
})
# fmt: on


def fold(text: str) -> str:
    """Lower-case, strip accents and compatibility forms: 'Société' -> 'societe'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# "&" between initials is part of the name ("H&M", "AT&T"), elsewhere it is "and".
_INITIALS_AND = re.compile(r"\b([a-z]{1,2}) ?& ?([a-z]{1,2})\b")


def normalise(text: str) -> str:
    """A name reduced to its words: no punctuation, no legal suffix, no trailing TLD word;
    "H&M" -> "hm", "Marks & Spencer" -> "marks and spencer"."""
    folded = _INITIALS_AND.sub(r"\1\2", fold(text)) if "&" in text else fold(text)
    words = re.sub(r"[^0-9a-z]+", " ", folded.replace("&", " and ")).split()
    while len(words) > 1:
        if words[-1] in LEGAL_SUFFIXES or words[-1] in TLD_WORDS:
            words.pop()
            continue
        # Dotted initials: "S.A." -> "s a", "L.L.C." -> "l l c".
        letters = 0
        while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
            letters += 1
        if letters >= 2 and "".join(words[-letters:]) in LEGAL_SUFFIXES:
            del words[-letters:]
            continue
        break
    return " ".join(words)


def suffixes_of(text: str) -> set[str]:
    """The legal-form words a name ends with ("Acxiom LLC" -> {"llc"}; "S.A." -> {"sa"})."""
    words = re.sub(r"[^0-9a-z]+", " ", fold(text)).split()
    found: set[str] = set()
    while len(words) > 1:
        if words[-1] in LEGAL_SUFFIXES:
            found.add(words.pop())
            continue
        letters = 0  # dotted initials: "L.L.C." -> "l l c"
        while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
            letters += 1
        if letters >= 2 and "".join(words[-letters:]) in LEGAL_SUFFIXES:
            found.add("".join(words[-letters:]))
            del words[-letters:]
            continue
        break
    same = {"limited": "ltd", "incorporated": "inc", "corporation": "corp"}
    return {same.get(w, w) for w in found}


def host_of(text: str) -> str | None:
    """The host name in a domain or URL ('https://www.Qualfon.com/x' -> 'qualfon.com')."""
    candidate = text.strip().casefold()
    if " " in candidate or "." not in candidate:
        return None
    from urllib.parse import urlsplit  # only for queries that look like a domain

    if "://" not in candidate:
        candidate = "//" + candidate
    try:
        host = urlsplit(candidate).hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host) or not re.search(r"[a-z]", host):
        return None
    return host


def page_key(text: str) -> str | None:
    """A web page's address without scheme, "www.", fragment or final slash, for comparing
    ('https://www.x.com/form/1/?a=b#top' -> 'x.com/form/1/?a=b'); None without a path."""
    address = text.strip().casefold()
    if " " in address or "." not in address:
        return None
    address = re.sub(r"^[a-z][a-z0-9+.-]*://", "", address).removeprefix("www.")
    address = address.split("#", 1)[0].rstrip("/")
    host, slash, rest = address.partition("/")
    return address if slash and rest and "." in host else None


def domain_label(domain: str) -> str:
    """The distinctive part of a domain: 'app.qualified.com' -> 'qualified'."""
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "gov", "ac"}:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def site_of(domain: str) -> str:
    """The site a host belongs to: 'privacy.liveintent.com' -> 'liveintent.com',
    'my.example.co.uk' -> 'example.co.uk', 'privacychoices.home.neustar' -> 'home.neustar'."""
    parts = domain.split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "gov", "ac"} else 2
    return ".".join(parts[-keep:])
