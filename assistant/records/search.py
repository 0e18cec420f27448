"""Company search: normalise names, brands and domains, then rank exact, brand and fuzzy hits.

Names are compared as `names.normalise` leaves them (re-exported here). Pure functions over
an in-memory index; no file I/O and no pydantic, so a warm catalog can
answer its first search without importing the record models. An exact match (on a name, legal
name, alias, brand or domain, ignoring case, punctuation and legal suffixes) scores 100; 99
when only the spacing agrees, when the legal form typed is another one ("Acxiom LLC" is not
"Acxiom Ltd.") or when the hit is a web address's label, not a name. A web address typed
scores 100 for the records that own it, 99 for owners of its site ("experian.com" for
"consumerprivacy.experian.com"), and at most 98 for names that merely share its label. Other
hits score by how much of the query and of the name agree, rare words counting most, so a
shared common word ("home", "one") never beats a real name; typos go through rapidfuzz. A
record with no web address of its own is found by its request page's full address.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz, process

from assistant.records.names import GENERIC_TLDS as GENERIC_TLDS
from assistant.records.names import LEGAL_SUFFIXES as LEGAL_SUFFIXES
from assistant.records.names import TLD_WORDS as TLD_WORDS
from assistant.records.names import domain_label as domain_label
from assistant.records.names import fold as fold
from assistant.records.names import host_of as host_of
from assistant.records.names import normalise as normalise
from assistant.records.names import page_key as page_key
from assistant.records.names import site_of as site_of
from assistant.records.names import suffixes_of as suffixes_of
from assistant.records.packed import length_slice, pack_ints, starts, unpack_ints

Offer = Callable[[int, int, float], None]  # (term number, tier, score)

KIND_WEIGHT = {"name": 3, "legal_name": 3, "alias": 2, "brand": 2, "domain": 2, "domain_label": 1}
TIER_EXACT, TIER_PREFIX, TIER_FUZZY = 3, 2, 1
MIN_SCORE = 30.0  # no hit below this is returned (exact matches are always 100)
MIN_FUZZY_SCORE = 60.0  # nor a typo-tolerant hit below this ('comcast' is not 'coast')
FUZZY_CUTOFF = 85.0  # whole-name typo similarity (rapidfuzz ratio) a fuzzy hit needs
WORD_CUTOFF = 80.0  # the same for one word of a longer name
POSTING_CAP = 300  # names looked at per matching word


# The tables of `SearchIndex.state()` that hold only numbers (kept as int arrays).
INT_TABLES = frozenset({
    "_exact_vals", "_length_nos", "_length_start", "_post_start", "_postings", "_sorted_nos",
    "_vocab_start", "priority", "term_owner",
})  # fmt: skip


_BRAND_SITE = re.compile(r"^(.*?)\s*\((?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\)$")


def brand_and_site(brand: str) -> tuple[str, str | None]:
    """'Tinder (tinder.com)' -> ('Tinder', 'tinder.com'): a brand listed with its web site, as
    Datenanfragen lists what a company runs; any other brand as it is, with no site."""
    found = _BRAND_SITE.match(brand.strip())
    if not found or not found.group(1):
        return brand, None
    return found.group(1), found.group(2).lower()


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


class SearchIndex:
    """Terms of every record: parallel lists for rapidfuzz, plus exact-match dictionaries.

    `exact` maps a normalised term (and its spaceless form, and "@domain") to term numbers.
    The derived tables (`_vocab`, `_postings`, `_sorted_text`, `_by_length`, ...) are built
    once by `build` and kept in the catalog's cache with the rest (`state` / `from_state`).

    Scores mean one thing throughout: how much of the query and of the matched name agree,
    each word weighted by how rare it is in the catalog (a word most names share, such as
    "home", "one" or "mobile", weighs little; a word no name has weighs most). 100 is an exact
    match; hits scoring under MIN_SCORE are never returned; results are ordered by score.
    """

    # What `state()` keeps (`exact` is kept split in two: one term, or several; plain ints
    # load far faster from the cache than 30,000 one-element lists).
    STATE = (
        "_by_length", "_exact_keys", "_exact_many", "_exact_vals", "_length_nos",
        "_length_start", "_post_start", "_postings", "_sorted_nos", "_sorted_text", "_vocab",
        "_vocab_by_length", "_vocab_start", "ids",
        "names", "priority", "term_kind", "term_owner", "term_text",
    )  # fmt: skip
    __slots__ = (*STATE, "_exact")

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
        self._exact: dict[str, list[int]] | None = exact
        self.priority: list[int] = []  # per record: ties go to the higher (drafts lowest)
        self._exact_keys: list[str] = []  # sorted; a key with one term number
        self._exact_vals: list[int] = []
        self._exact_many: dict[str, list[int]] = {}
        self._vocab: list[str] = []  # every word of every term, sorted
        self._post_start: list[int] = []  # word n's terms: _postings[_post_start[n]:...[n+1]]
        self._postings: list[int] = []
        self._sorted_text: list[str] = []
        self._sorted_nos: list[int] = []
        self._by_length: list[str] = []
        self._length_nos: list[int] = []
        self._length_start: list[int] = []
        self._vocab_by_length: list[str] = []
        self._vocab_start: list[int] = []

    @classmethod
    def build(cls, entries: list[dict]) -> SearchIndex:
        """`entries`: dicts with id, name and optional legal_name, aliases, brands, domains,
        pages (request pages of a record without domains) and priority (an int; among equal
        hits the higher comes first; default 1)."""
        index = cls(ids=[], names=[], term_text=[], term_owner=[], term_kind=[], exact={})
        for entry in entries:
            index._add(entry)
        index._derive()
        return index

    @property
    def exact(self) -> dict[str, list[int]]:
        """Normalised term (or its spaceless form, or "@domain") -> term numbers."""
        if self._exact is None:
            merged = {key: [no] for key, no in zip(self._exact_keys, self._exact_vals, strict=True)}
            merged.update(self._exact_many)
            self._exact = merged
        return self._exact

    def _exact_get(self, key: str) -> list[int]:
        at = bisect.bisect_left(self._exact_keys, key)
        if at < len(self._exact_keys) and self._exact_keys[at] == key:
            return [self._exact_vals[at]]
        return self._exact_many.get(key, [])

    def _posting(self, word: str) -> list[int]:
        """The numbers of the terms that contain `word`."""
        at = bisect.bisect_left(self._vocab, word)
        if at < len(self._vocab) and self._vocab[at] == word:
            return self._postings[self._post_start[at] : self._post_start[at + 1]]
        return []

    def _df(self, word: str) -> int:
        at = bisect.bisect_left(self._vocab, word)
        if at < len(self._vocab) and self._vocab[at] == word:
            return self._post_start[at + 1] - self._post_start[at]
        return 0

    def _add(self, entry: dict) -> None:
        owner = len(self.ids)
        self.priority.append(int(entry.get("priority", 1)))
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

        first_term = len(self.term_text)
        term(entry["name"], "name")
        if entry.get("legal_name"):
            term(entry["legal_name"], "legal_name")
        for alias in entry.get("aliases") or ():
            term(alias, "alias")
        for brand in entry.get("brands") or ():
            brand_name, site = brand_and_site(brand)
            at = len(self.term_text)
            term(brand_name, "brand")
            if site:  # "Tinder (tinder.com)": found by the brand's own web address too
                self.exact.setdefault("@" + site, []).append(
                    at if at < len(self.term_text) else first_term
                )
        for domain in entry.get("domains") or ():
            if not _ordinary_tld(domain) and first_term < len(self.term_text):
                # 'home.neustar': found by the whole domain (as its name), 'home' names nothing.
                self.exact.setdefault("@" + domain, []).append(first_term)
                continue
            self.exact.setdefault("@" + domain, []).append(len(self.term_text))
            label = normalise(domain_label(domain))
            if label not in seen and _resembles(label, entry["name"]):
                # 'beenverified' is BeenVerified's name as people type it
                self.exact.setdefault(label, []).append(len(self.term_text))
            self.term_text.append(label)
            self.term_owner.append(owner)
            self.term_kind.append("domain")
        for page in entry.get("pages") or ():
            key = page_key(page)
            if key and first_term < len(self.term_text):
                # No web address of its own: found by its request page's full address.
                self.exact.setdefault("@" + key, []).append(first_term)
        term(entry["id"].replace("-", " "), "alias")

    def _derive(self) -> None:
        compact = [t.replace(" ", "") for t in self.term_text]
        ordered = sorted((c, n) for n, c in enumerate(compact))
        self._sorted_text = [c for c, _ in ordered]
        self._sorted_nos = [n for _, n in ordered]
        single = sorted((k, v[0]) for k, v in self.exact.items() if len(v) == 1)
        self._exact_keys = [k for k, _ in single]
        self._exact_vals = [v for _, v in single]
        self._exact_many = {k: v for k, v in self.exact.items() if len(v) != 1}
        order = sorted(range(len(compact)), key=lambda n: len(compact[n]))
        self._by_length = [compact[n] for n in order]
        self._length_nos = order
        self._length_start = starts([len(c) for c in self._by_length])
        words: dict[str, list[int]] = {}
        for number, text in enumerate(self.term_text):
            for word in dict.fromkeys(text.split()):
                words.setdefault(word, []).append(number)
        self._vocab = sorted(words)
        self._post_start = [0]
        self._postings = []
        for word in self._vocab:
            self._postings += words[word]
            self._post_start.append(len(self._postings))
        self._vocab_by_length = sorted(words, key=len)
        self._vocab_start = starts([len(w) for w in self._vocab_by_length])

    def state(self) -> dict:
        """Everything, derived tables included, as plain data (for the cache). Tables of
        numbers go as the bytes of an int array, and equal strings as one object (marshal
        writes a reference for the others): tens of thousands of objects would otherwise
        dominate the time to load the cache."""
        pool: dict[str, str] = {}  # one object per distinct string: the cache keeps a reference

        def shared(value: object) -> object:
            if isinstance(value, list) and value and isinstance(value[0], str):
                return [pool.setdefault(text, text) for text in value]
            if isinstance(value, dict):
                return {pool.setdefault(key, key): nos for key, nos in value.items()}
            return value

        return {
            name: pack_ints(getattr(self, name))
            if name in INT_TABLES
            else shared(getattr(self, name))
            for name in self.STATE
        }

    @classmethod
    def from_state(cls, state: dict) -> SearchIndex:
        """The index back from `state()`, without rebuilding anything (ValueError, KeyError
        or TypeError when the state is damaged)."""
        index = cls.__new__(cls)
        for name in cls.STATE:
            value = state[name]
            setattr(index, name, unpack_ints(value) if name in INT_TABLES else value)
        index._exact = None
        return index

    # -- searching -------------------------------------------------------------------------

    def weight(self, word: str) -> float:
        """How telling a word is: log of how rare it is among all names (unknown words most)."""
        return math.log((len(self.term_text) + 1) / (self._df(word) + 0.5))

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Best hits first, by score; ties: exact before word before fuzzy, then name kind."""
        limit = max(1, limit)
        best: dict[int, tuple[float, int, int, str, str]] = {}
        ceiling = [100.0]  # lowered once a web address's own owners have been offered

        def offer(term_no: int, tier: int, score: float) -> None:
            score = min(score, ceiling[0])
            if (
                score < (MIN_SCORE if tier != TIER_FUZZY else MIN_FUZZY_SCORE)
                and tier != TIER_EXACT
            ):
                return
            owner = self.term_owner[term_no]
            kind = self.term_kind[term_no]
            key = (score, tier, KIND_WEIGHT.get(kind, 1), self.term_text[term_no], kind)
            if owner not in best or key[:3] > best[owner][:3]:
                best[owner] = key

        host = host_of(query)
        typed = suffixes_of(query)
        if host:
            page = page_key(query)
            for term_no in self._exact_get("@" + page) if page else ():
                offer(term_no, TIER_EXACT, 100.0)  # the very page a record gives for requests
            parent = site_of(host)
            for candidate, score in ((host, 100.0), (parent, 99.0)):
                for term_no in self._exact_get("@" + candidate):
                    offer(term_no, TIER_EXACT, score)  # the address asked for; its parent less
                if parent == host:
                    break
            query = domain_label(host)
            ceiling[0] = 98.0  # names sharing the address's label never match it exactly
        norm = normalise(query)
        if not norm:
            return []
        compact = norm.replace(" ", "")
        for key in (norm, compact):
            for term_no in self._exact_get(key):
                offer(term_no, TIER_EXACT, self._exact_score(term_no, norm, typed))
        if len(compact) >= 3:
            self._prefix(compact, offer)
            self._word_hits(norm.split(), offer)
            if " " not in norm:  # "t mobile" is no typo of "mobile"; words decide there
                self._fuzzy(compact, limit, offer)
        ranked = sorted(
            best.items(),
            key=lambda item: (
                -item[1][0],
                -item[1][1],
                -self.priority[item[0]],
                -item[1][2],
                len(self.names[item[0]]),
            ),
        )
        return [Hit(self.ids[o], self.names[o], k[0], k[3], k[4], k[1]) for o, k in ranked[:limit]]

    def _exact_score(self, term_no: int, norm: str, typed: set[str]) -> float:
        """100 for the name exactly as typed; 99 when only the spacing agrees ("City-Data" for
        "citydata"), the typed legal form is another ("Acxiom LLC" is not "Acxiom Ltd."), or
        the hit is a web address's label rather than a name. (For a web address typed, names
        sharing its label stay under 100: amazon.de's record is no match for "amazon.com".)"""
        if self.term_text[term_no] != norm or self.term_kind[term_no] == "domain":
            return 99.0
        theirs = suffixes_of(self.names[self.term_owner[term_no]])
        return 99.0 if typed and theirs and not typed & theirs else 100.0

    def _prefix(self, compact: str, offer: Offer) -> None:
        """Names being typed: terms that start with the query (score: the share typed)."""
        start = bisect.bisect_left(self._sorted_text, compact)
        texts = self._sorted_text[start : start + 200]
        for text, term_no in zip(texts, self._sorted_nos[start : start + 200], strict=True):
            if not text.startswith(compact):
                break
            if text != compact:
                offer(term_no, TIER_PREFIX, min(99.0, 100.0 * len(compact) / len(text)))

    def _similar_words(self, word: str) -> dict[str, float]:
        """Catalog words equal or close to `word` (typos), with a similarity in 0..1."""
        found = {word: 1.0} if self._df(word) else {}
        if len(word) >= 4:
            low = math.ceil(len(word) * WORD_CUTOFF / (200.0 - WORD_CUTOFF))
            high = math.floor(len(word) * (200.0 - WORD_CUTOFF) / WORD_CUTOFF)
            pool = length_slice(self._vocab_by_length, self._vocab_start, low, high)
            for similar, score, _ in process.extract(
                word, pool, scorer=fuzz.ratio, limit=5, score_cutoff=WORD_CUTOFF
            ):
                found.setdefault(similar, score / 100.0)
        return found

    def _word_hits(self, words: list[str], offer: Offer) -> None:
        """Names sharing words with the query, scored by weighted recall x precision."""
        similar = [self._similar_words(word) for word in words]
        # Rare words first, so a name with the telling word is never cut off by a common one.
        postings = sorted((self._posting(w) for found in similar for w in found), key=len)
        candidates: dict[int, None] = {}
        for posting in postings:
            for term_no in posting[:POSTING_CAP]:
                candidates[term_no] = None
            if len(candidates) >= 4 * POSTING_CAP:
                break
        if not candidates:
            return
        q_weights = [self.weight(w) for w in words]
        q_total = sum(q_weights)
        for term_no in candidates:
            term_words = self.term_text[term_no].split()
            t_weights = [self.weight(w) for w in term_words]
            recall = precision = 0.0
            used: set[int] = set()
            exact = True
            for q_weight, found in zip(q_weights, similar, strict=True):
                choice = max(
                    ((found.get(w, 0.0), i) for i, w in enumerate(term_words) if i not in used),
                    default=(0.0, -1),
                )
                if choice[0] <= 0.0:
                    exact = False
                    continue
                used.add(choice[1])
                exact = exact and choice[0] == 1.0
                recall += q_weight * choice[0]
                precision += t_weights[choice[1]] * choice[0]
            # A query word the name lacks weighs twice: "Home Depot" is not "Shah Home".
            score = 100.0 * (recall / q_total) ** 2 * (precision / sum(t_weights))
            if exact:
                offer(term_no, TIER_PREFIX, min(99.0, score))
            else:
                offer(term_no, TIER_FUZZY, min(95.0, score))

    def _fuzzy(self, compact: str, limit: int, offer: Offer) -> None:
        """Typos in a whole name, compared without spaces, among names of similar length."""
        low = math.ceil(len(compact) * FUZZY_CUTOFF / (200.0 - FUZZY_CUTOFF))
        high = math.floor(len(compact) * (200.0 - FUZZY_CUTOFF) / FUZZY_CUTOFF)
        first = self._length_start[min(low, len(self._length_start) - 1)]
        last = self._length_start[min(high + 1, len(self._length_start) - 1)]
        pool = self._by_length[first:last]
        for _text, score, position in process.extract(
            compact, pool, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=FUZZY_CUTOFF
        ):
            if compact not in pool[position]:  # 'mobile' in 'xl mobile' is a word hit, no typo
                offer(self._length_nos[first + position], TIER_FUZZY, min(95.0, score))


def _resembles(label: str, name: str) -> bool:
    """Whether a domain's label is the name written as one word ('beenverified')."""
    compact = normalise(name).replace(" ", "")
    return bool(compact) and fuzz.partial_ratio(label.replace(" ", ""), compact) >= 85


def _ordinary_tld(domain: str) -> bool:
    """A country code or a common generic top-level domain (not a brand's own TLD)."""
    tld = domain.rsplit(".", 1)[-1]
    return len(tld) == 2 or tld in GENERIC_TLDS
