"""What an import of a public list did: records written, fields skipped (and why), records
rejected, what was left out on purpose and the notes a person reads afterwards. Filled by
assistant/records/datenanfragen.py and datenanfragen_folder.py; shown by `rights catalog`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Skip:
    """One field (or list item) left out of a converted record, and why."""

    record: str
    field: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"record": self.record, "field": self.field, "reason": self.reason}


@dataclass
class ImportReport:
    """What an import did: records written, fields skipped, records rejected, and notes."""

    companies: int = 0
    authorities: int = 0
    company_files: int = 0
    authority_files: int = 0
    skipped: list[Skip] = field(default_factory=list)
    rejected: list[Skip] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)
    renamed: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    source_line: str | None = None
    written: list[str] = field(default_factory=list)

    def skip_counts(self) -> dict[str, int]:
        """Skipped fields grouped as 'field: reason' -> how many, sorted by key."""
        counts = Counter(f"{s.field}: {s.reason}" for s in self.skipped)
        return dict(sorted(counts.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "companies": self.companies,
            "authorities": self.authorities,
            "company_files": self.company_files,
            "authority_files": self.authority_files,
            "source": self.source_line,
            "written": self.written,
            "skipped_count": len(self.skipped),
            "skipped_by_reason": self.skip_counts(),
            "skipped": [s.as_dict() for s in self.skipped],
            "rejected": [s.as_dict() for s in self.rejected],
            "left_out": dict(sorted(self.left_out.items())),
            "renamed": dict(sorted(self.renamed.items())),
            "notes": self.notes,
        }
