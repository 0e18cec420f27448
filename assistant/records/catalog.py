"""The catalog: every company record, loaded with clear errors, searchable by name and domain.

Where records live:
- `policies/companies/<id>.toml`: hand-written records, one file each (the id is the file name);
- `policies/imported/companies.jsonl`: records converted from the Datenanfragen database, one
  JSON object per line (one bundle loads far faster than 3,000 small files; see benchmarks/);
- `policies/imported/authorities.jsonl`: supervisory authorities, same layout;
- `<data dir>/policies/companies/<id>.toml`: records a person adds for themselves.

A cold load validates every record with pydantic. A broken record of the person's own is
skipped and kept in `Catalog.problems` (file, field, what to fix), so every other company keeps
working; a broken shipped record stops the load (CatalogErrors), and `rights check` reports
both. The search index is then written to the data directory's cache, keyed on each source
file's size and modification time. A warm
load reads only that index, so the first search needs neither TOML parsing nor pydantic. Full
records are validated again when asked for (`get`).
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant import paths
from assistant.errors import RecordError, UserError
from assistant.records.packed import pack_ints, unpack_ints
from assistant.records.search import Hit, SearchIndex
from assistant.records.validation import describe_validation_error as describe_validation_error
from assistant.records.validation import read_toml as read_toml
from assistant.records.validation import validate_authority as validate_authority
from assistant.records.validation import validate_company as validate_company
from assistant.records.validation import validate_model as validate_model
from assistant.records.validation import validated_bundle as validated_bundle

if TYPE_CHECKING:
    from assistant.records.model import Authority, CompanyRecord

CACHE_FORMAT = 18
CACHE_NAME = "catalog-index.marshal"


class Location(NamedTuple):
    """Where one record's raw data sits: a TOML file, or a line of a JSONL bundle."""

    file: str
    line: int = 0  # 1-based line in a bundle; 0 for a whole TOML file
    offset: int = -1  # byte offset of that line, for a quick seek


class CatalogErrors(UserError):
    """Several records failed to load; `problems` holds one RecordError each."""

    def __init__(self, problems: list[RecordError]) -> None:
        shown = "\n".join(f"  {p.message}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{len(problems)} record(s) could not be loaded:\n{shown}{more}",
            hint="fix the fields named above, then run `rights check`",
        )
        self.problems = problems


class Catalog:
    """All company records: a search index in memory, full records validated on demand."""

    def __init__(
        self,
        index: SearchIndex,
        locations: dict[str, Location],
        authority_file: Path | None = None,
    ) -> None:
        self.index = index
        self._locations: dict[str, Location] | None = locations
        # From the cache: (files, file number, line, offset per record in index order), turned
        # into `locations` only when a record is first asked for (it is not needed to search).
        self._raw_locations: (
            tuple[list[str], Sequence[int], Sequence[int], Sequence[int]] | None
        ) = None
        self.authority_file = authority_file
        self._records: dict[str, CompanyRecord] = {}
        self._authorities: list[Authority] | None = None
        self.problems: list[RecordError] = []  # the person's own records that were skipped
        self.deletion_file: Path | None = None  # JustDeleteMe links, attached by domain
        self._links: dict[str, dict[str, Any]] | None = None

    # -- loading -------------------------------------------------------------------------

    @staticmethod
    def source_files(policies: Path | None = None, user: Path | None = None) -> list[Path]:
        """Every file records come from, in load order."""
        policies = policies or paths.policies_dir()
        files = _listed(policies / "companies", "", ".toml")
        files += _listed(policies / "imported", "companies", ".jsonl")
        if user is not None:
            files += _listed(user / "companies", "", ".toml")
        return files

    @classmethod
    def load(
        cls,
        policies: Path | None = None,
        *,
        use_cache: bool = True,
        include_user: bool = True,
    ) -> Catalog:
        """Load the catalog, from the warm cache when no source file has changed."""
        policies = policies or paths.policies_dir()
        user = paths.data_dir() / "policies" if include_user else None
        files = cls.source_files(policies, user)
        authority_file = policies / "imported" / "authorities.jsonl"
        key = cls._cache_key(files)
        cache_file = paths.cache_dir() / CACHE_NAME if use_cache else None
        catalog = cls._read_cache(cache_file, key) if cache_file is not None else None
        if catalog is None:
            catalog = cls._load_cold(files, user)
            if cache_file is not None:
                catalog._write_cache(cache_file, key)
        catalog.authority_file = authority_file
        catalog.deletion_file = policies / "imported" / "account-deletion.jsonl"
        return catalog

    @staticmethod
    def _cache_key(files: Iterable[Path]) -> tuple:
        """What the cache was built from: each file's path, size and modification time, and
        the same of the modules whose rules decide which records are valid and how they are
        indexed (a new release with stricter rules must not keep a record the old rules let
        through, nor an index built the old way)."""
        rules = [Path(__file__).with_name(n) for n in ("model.py", "validation.py", "search.py")]
        stamps = []
        for path in (*rules, *files):
            st = path.stat()
            stamps.append((str(path), st.st_size, st.st_mtime_ns))
        return (CACHE_FORMAT, marshal.version, tuple(sys.version_info[:2]), tuple(stamps))

    @classmethod
    def _read_cache(cls, cache_file: Path, key: tuple) -> Catalog | None:
        """The cached catalog, or None when it is missing, damaged or stale.

        The cache is plain data (lists, dicts, strings, numbers) in marshal's format, which
        loads several times faster than the same data as JSON and needs no rebuilding; the
        key names the marshal and Python versions it was written with.
        """
        try:
            data = marshal.loads(cache_file.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        try:
            index = SearchIndex.from_state(data["index"])
            files, file_nos, lines, offsets = data["locations"]
            file_nos, lines, offsets = (unpack_ints(n) for n in (file_nos, lines, offsets))
            if not len(file_nos) == len(lines) == len(offsets) == len(index.ids):
                return None
            catalog = cls(index=index, locations=None)  # type: ignore[arg-type]
            catalog._raw_locations = (files, file_nos, lines, offsets)
            catalog.problems = [RecordError(*p) for p in data["problems"]]
        except (KeyError, TypeError, AttributeError, ValueError):
            return None
        return catalog

    def _write_cache(self, cache_file: Path, key: tuple) -> None:
        from assistant.safefile import write_replace

        files, *numbers = self._location_lists()
        payload = {
            "key": key,
            "index": self.index.state(),
            "locations": (files, *(pack_ints(n) for n in numbers)),
            "problems": [(p.file, p.field, p.problem) for p in self.problems],
        }
        try:  # noqa: SIM105 (contextlib costs startup time)
            write_replace(cache_file, marshal.dumps(payload))
        except (OSError, ValueError):
            pass  # no cache only costs speed

    @classmethod
    def _load_cold(cls, files: list[Path], user: Path | None = None) -> Catalog:
        records, locations, problems = cls.validate_files(files)
        own = [p for p in problems if user is not None and is_under(p.file, user)]
        shipped = [p for p in problems if p not in own]
        if shipped:
            raise CatalogErrors(shipped)
        entries = [index_entry(r) for r in records]
        catalog = cls(index=SearchIndex.build(entries), locations=locations)
        catalog.problems = [
            RecordError(p.file, p.field, f"{p.problem}; this record is skipped until fixed")
            for p in own
        ]
        return catalog

    @property
    def locations(self) -> dict[str, Location]:
        """Where each record's raw data sits, by id."""
        if self._locations is None:
            files, file_nos, lines, offsets = self._raw_locations or ([], [], [], [])
            self._locations = {
                company_id: Location(files[f], line, offset)
                for company_id, f, line, offset in zip(
                    self.index.ids, file_nos, lines, offsets, strict=True
                )
            }
        return self._locations

    def _location_lists(self) -> tuple[list[str], list[int], list[int], list[int]]:
        files: list[str] = []
        numbers: dict[str, int] = {}
        file_nos, lines, offsets = [], [], []
        for company_id in self.index.ids:
            location = self.locations[company_id]
            if location.file not in numbers:
                numbers[location.file] = len(files)
                files.append(location.file)
            file_nos.append(numbers[location.file])
            lines.append(location.line)
            offsets.append(location.offset)
        return files, file_nos, lines, offsets

    def problem_lines(self) -> list[str]:
        """One line per skipped record of the person's own: file, field, problem, the fix."""
        return [
            f"{p.message} (fix the field named, or move the file away; `rights check` lists all)"
            for p in self.problems
        ]

    @staticmethod
    def validate_files(
        files: list[Path],
    ) -> tuple[list[CompanyRecord], dict[str, Location], list[RecordError]]:
        """Validate every record in `files`; collect one error per bad record."""
        records: list[CompanyRecord] = []
        locations: dict[str, Location] = {}
        problems: list[RecordError] = []

        def accept(record: CompanyRecord, location: Location, where: str) -> None:
            if record.id in locations:
                first = locations[record.id]
                problems.append(
                    RecordError(where, "id", f"duplicate id {record.id!r}, also in {first.file}")
                )
                return
            locations[record.id] = location
            records.append(record)

        for path in files:
            if path.suffix == ".toml":
                try:
                    record = validate_company(read_toml(path), str(path), expected_id=path.stem)
                except RecordError as exc:
                    problems.append(exc)
                    continue
                accept(record, Location(str(path)), str(path))
                continue
            for number, offset, result in validated_bundle(path, validate_company):
                if isinstance(result, RecordError):
                    problems.append(result)
                else:
                    accept(result, Location(str(path), number, offset), f"{path}:{number}")
        return records, locations, problems

    # -- queries -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.index.ids)

    def __contains__(self, company_id: object) -> bool:
        return company_id in self.locations

    def ids(self) -> list[str]:
        return list(self.index.ids)

    def names(self) -> list[tuple[str, str]]:
        """(id, name) for every record, sorted by id."""
        return sorted(zip(self.index.ids, self.index.names, strict=True))

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        return self.index.search(query, limit)

    def get(self, company_id: str) -> CompanyRecord:
        """The full, validated record; UserError if there is no such company."""
        if company_id in self._records:
            return self._records[company_id]
        location = self.locations.get(company_id)
        if location is None:
            hint = None
            hits = self.search(company_id, limit=3)
            if hits:
                hint = "did you mean: " + ", ".join(f"{h.id} ({h.name})" for h in hits)
            raise UserError(f"no company with id {company_id!r} in the catalog", hint=hint)
        record = self._with_deletion_link(self._read(location, company_id))
        self._records[company_id] = record
        return record

    def _with_deletion_link(self, record: CompanyRecord) -> CompanyRecord:
        """The record with JustDeleteMe's account-deletion link for its domain, if any."""
        if record.account_deletion is not None or self.deletion_file is None:
            return record
        from assistant.records.justdeleteme import link_for, load_links

        if self._links is None:
            self._links = load_links(self.deletion_file)
        link = link_for(record.domains, self._links)
        if link is None:
            return record
        from assistant.records.model import AccountDeletion

        return record.model_copy(update={"account_deletion": AccountDeletion(**link)})

    def _read(self, location: Location, company_id: str) -> CompanyRecord:
        path = Path(location.file)
        if location.line == 0:
            return validate_company(read_toml(path), str(path), expected_id=company_id)
        where = f"{path}:{location.line}"
        import json

        try:
            with path.open("rb") as handle:
                handle.seek(location.offset)
                raw = json.loads(handle.readline())
        except (OSError, ValueError) as exc:
            raise RecordError(where, None, f"cannot read record: {exc}") from None
        record = validate_company(raw, where)
        if record.id != company_id:
            raise RecordError(where, "id", "the catalog cache is stale; run `rights check`")
        return record

    def authorities(self) -> list[Authority]:
        """Supervisory authorities from the imported bundle (empty if none is shipped)."""
        if self._authorities is None:
            found: list[Authority] = []
            if self.authority_file is not None and self.authority_file.exists():
                for _number, _offset, result in validated_bundle(
                    self.authority_file, validate_authority
                ):
                    if isinstance(result, RecordError):
                        raise result
                    found.append(result)
            self._authorities = found
        return self._authorities

    def authorities_for(self, country: str) -> list[Authority]:
        """Authorities that take complaints from people in `country` (ISO alpha-2)."""
        code = country.split("-")[0].upper()
        return [a for a in self.authorities() if code in a.countries]


def _listed(folder: Path, prefix: str, suffix: str) -> list[Path]:
    """The files of `folder` named `prefix*suffix`, sorted (none when there is no folder).
    A plain listing: a glob pattern would be compiled to a regular expression on every load."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in sorted(names) if n.startswith(prefix) and n.endswith(suffix)]


def is_under(file: str, folder: Path) -> bool:
    """Whether `file` (possibly 'path:line') lies inside `folder`."""
    path = Path(file.rsplit(":", 1)[0] if not Path(file).exists() else file)
    try:  # where the name lies, not where a link there points
        (path.parent.resolve() / path.name).relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def index_entry(record: CompanyRecord) -> dict:
    """What the search index knows of a record.

    A draft's legal name is the reader's unchecked reading, and a policy often names its
    parent (IMDb's names Amazon.com, Inc.); it is searchable only when it resembles the name.
    """
    legal_name = record.legal_name
    if record.draft and legal_name:
        from rapidfuzz import fuzz

        from assistant.records.search import normalise

        ours, theirs = normalise(record.name), normalise(legal_name)
        if ours not in theirs and theirs not in ours and fuzz.ratio(ours, theirs) < 70:
            legal_name = None
    return {
        "id": record.id,
        "name": record.name,
        "legal_name": legal_name,
        "aliases": record.aliases,
        "brands": record.brands,
        "domains": record.domains,
        # A record with no web address of its own (its page is on a shared platform) is found
        # by the address of its request page; a draft's links are only what its policy cites.
        "pages": []
        if record.domains or record.draft
        else [c.value for c in record.contacts if c.kind == "webform"],
        # Among equal hits: hand-written records first, drafted (unchecked) ones last.
        "priority": 0 if record.draft else 2 if record.source.kind == "policy" else 1,
    }


def load_catalog(**kwargs: Any) -> Catalog:
    """The catalog from the shipped policies (and the person's own), warm cache first."""
    return Catalog.load(**kwargs)
