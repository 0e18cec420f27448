"""Companies named inside a sentence: names, legal names, brands, domains and typos.

Part of assistant.understanding.understand. Exact lookups go through the catalog's search index
(assistant.records.search); typos through rapidfuzz over spelling-neutral forms
("qualphon" meets "qualfon"). A
span made only of everyday words never counts unless the person capitalised it mid-sentence or
answered "which company?" with exactly that word, and fuzzy hits need a strong whole-span score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from assistant.records.search import domain_label, fold, host_of, normalise
from assistant.understanding.words import APOSTROPHES, COMMON_WORDS, words

if TYPE_CHECKING:
    from assistant.records.catalog import Catalog


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
GLUE_WORDS = words(
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
    for word in re.findall(r"[\w&'.+@-]+", text.translate(APOSTROPHES)):
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


def guess_unknown_company(text: str) -> str | None:
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
