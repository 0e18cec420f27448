"""Company search: normalise names, brands and domains, then rank exact, brand and fuzzy hits.

Pure functions over an in-memory index; no file I/O and no pydantic, so a warm catalog can
answer its first search without importing the record models. Exact matches (on a name, legal
name, alias, brand or domain, ignoring case, punctuation, spacing and legal suffixes) rank above
prefix matches, which rank above fuzzy ones (rapidfuzz).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

from rapidfuzz import fuzz, process

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
# fmt: on

KIND_WEIGHT = {"name": 3, "legal_name": 3, "alias": 2, "brand": 2, "domain": 2, "domain_label": 1}
TIER_EXACT, TIER_PREFIX, TIER_FUZZY = 3, 2, 1
FUZZY_CUTOFF = 72.0
WORD_CUTOFF = 80.0


class Hit(NamedTuple):
    """One search result."""

    id: str
    name: str
    score: float
    matched: str
    kind: str
    tier: int

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 1),
            "matched": self.matched,
            "match": {TIER_EXACT: "exact", TIER_PREFIX: "prefix", TIER_FUZZY: "fuzzy"}[self.tier],
            "kind": self.kind,
        }


def fold(text: str) -> str:
    """Lower-case, strip accents and compatibility forms: 'Société' -> 'societe'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(text: str) -> str:
    """A name reduced to its words: no punctuation, no legal suffix, no trailing TLD word."""
    words = re.sub(r"[^0-9a-z]+", " ", fold(text).replace("&", " and ")).split()
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


def domain_label(domain: str) -> str:
    """The distinctive part of a domain: 'app.qualified.com' -> 'qualified'."""
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "gov", "ac"}:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


class SearchIndex:
    """Terms of every record: parallel lists for rapidfuzz, plus exact-match dictionaries.

    `exact` maps a normalised term (and its spaceless form, and "@domain") to term numbers.
    The derived tables (`_words`, `_vocab`, `_compact`, `_sorted`) are built once by
    `build` and kept in the catalog's cache with the rest (`state` / `from_state`).
    """

    __slots__ = (
        "_compact", "_sorted", "_vocab", "_words", "exact", "ids", "names", "term_kind",
        "term_owner", "term_text",
    )  # fmt: skip

    def __init__(
        self,
        ids: list[str],
        names: list[str],
        term_text: list[str],
        term_owner: list[int],
        term_kind: list[str],
        exact: dict[str, list[int]],
    ) -> None:
        self.ids = ids
        self.names = names
        self.term_text = term_text
        self.term_owner = term_owner
        self.term_kind = term_kind
        self.exact = exact
        self._words: dict[str, list[int]] = {}
        self._vocab: list[str] = []
        self._compact: list[str] = []
        self._sorted: list[tuple[str, int]] = []

    @classmethod
    def build(cls, entries: list[dict]) -> SearchIndex:
        """`entries`: dicts with id, name and optional legal_name, aliases, brands, domains."""
        index = cls(ids=[], names=[], term_text=[], term_owner=[], term_kind=[], exact={})
        for entry in entries:
            index._add(entry)
        index._derive()
        return index

    def _add(self, entry: dict) -> None:
        owner = len(self.ids)
        self.ids.append(entry["id"])
        self.names.append(entry["name"])
        seen: set[str] = set()

        def term(text: str, kind: str) -> None:
            norm = normalise(text)
            if not norm or norm in seen:
                return
            seen.add(norm)
            self.term_text.append(norm)
            self.term_owner.append(owner)
            self.term_kind.append(kind)
            for key in {norm, norm.replace(" ", "")}:
                self.exact.setdefault(key, []).append(len(self.term_text) - 1)

        term(entry["name"], "name")
        if entry.get("legal_name"):
            term(entry["legal_name"], "legal_name")
        for alias in entry.get("aliases") or ():
            term(alias, "alias")
        for brand in entry.get("brands") or ():
            term(brand, "brand")
        for domain in entry.get("domains") or ():
            self.exact.setdefault("@" + domain, []).append(len(self.term_text))
            self.term_text.append(normalise(domain_label(domain)))
            self.term_owner.append(owner)
            self.term_kind.append("domain")
        term(entry["id"].replace("-", " "), "alias")

    def _derive(self) -> None:
        self._compact = [t.replace(" ", "") for t in self.term_text]
        self._sorted = sorted((c, n) for n, c in enumerate(self._compact))
        words: dict[str, list[int]] = {}
        for number, text in enumerate(self.term_text):
            for word in set(text.split()):
                words.setdefault(word, []).append(number)
        self._words = words
        self._vocab = list(words)

    def state(self) -> dict:
        """Everything, derived tables included, as plain lists and dicts (for the cache)."""
        return {name: getattr(self, name) for name in self.__slots__}

    @classmethod
    def from_state(cls, state: dict) -> SearchIndex:
        """The index back from `state()`, without rebuilding anything."""
        index = cls.__new__(cls)
        for name in cls.__slots__:
            setattr(index, name, state[name])
        return index

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Best hits first: exact, then prefix or whole-word, then fuzzy; ties by score, kind."""
        limit = max(1, limit)
        best: dict[int, tuple[int, float, int, str, str]] = {}

        def offer(term_no: int, tier: int, score: float) -> None:
            owner = self.term_owner[term_no]
            kind = self.term_kind[term_no]
            key = (tier, score, KIND_WEIGHT.get(kind, 1), self.term_text[term_no], kind)
            if owner not in best or key[:3] > best[owner][:3]:
                best[owner] = key

        host = host_of(query)
        if host:
            for candidate in (host, ".".join(host.split(".")[-2:])):
                for term_no in self.exact.get("@" + candidate, ()):
                    offer(term_no, TIER_EXACT, 100.0)
            query = domain_label(host)
        norm = normalise(query)
        if not norm:
            return []
        compact = norm.replace(" ", "")
        for key in (norm, compact):
            for term_no in self.exact.get(key, ()):
                offer(term_no, TIER_EXACT, 100.0)
        if len(compact) >= 3:
            self._prefix_and_words(norm, compact, offer)
            self._fuzzy(norm, compact, limit, offer)
        ranked = sorted(
            best.items(),
            key=lambda item: (-item[1][0], -item[1][1], -item[1][2], len(self.names[item[0]])),
        )
        return [Hit(self.ids[o], self.names[o], k[1], k[3], k[4], k[0]) for o, k in ranked[:limit]]

    def _prefix_and_words(self, norm: str, compact: str, offer) -> None:
        """Terms that start with the query, and terms that contain every word of it."""
        start = bisect.bisect_left(self._sorted, (compact, -1))
        for text, term_no in self._sorted[start : start + 200]:
            if not text.startswith(compact):
                break
            offer(term_no, TIER_PREFIX, 100.0 * len(compact) / len(text))
        query_words = [w for w in norm.split() if len(w) >= 2]
        if not query_words:
            return
        common: set[int] | None = None
        for word in query_words:
            found = set(self._words.get(word, ()))
            common = found if common is None else common & found
            if not common:
                return
        for term_no in common or ():
            term_words = len(self.term_text[term_no].split())
            offer(term_no, TIER_PREFIX, 100.0 * len(query_words) / max(term_words, 1))

    def _fuzzy(self, norm: str, compact: str, limit: int, offer) -> None:
        """Typos: whole names compared without spaces, and single words of longer names."""
        for _text, score, term_no in process.extract(
            compact, self._compact, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=FUZZY_CUTOFF
        ):
            offer(term_no, TIER_FUZZY, score)
        query_words = norm.split()
        for word in query_words:
            if len(word) < 4:
                continue
            for similar, score, _ in process.extract(
                word, self._vocab, scorer=fuzz.ratio, limit=5, score_cutoff=WORD_CUTOFF
            ):
                for term_no in self._words[similar][:50]:
                    words = len(self.term_text[term_no].split())
                    offer(
                        term_no, TIER_FUZZY, score * min(1.0, (len(query_words) + 1) / (words + 1))
                    )
