"""Record validation with errors a person can act on: which file, which field, what to fix.

TOML files and JSONL bundles are parsed here and validated with the pydantic models; every
failure becomes a RecordError naming the file (and line) and the first bad field. The parsers
and pydantic are imported only when a record is actually read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import RecordError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from assistant.records.model import Authority, CompanyRecord

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")


def describe_validation_error(exc: Exception) -> list[tuple[str, str]]:
    """(field path, problem) pairs from a pydantic ValidationError."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return [("", str(exc))]
    out = []
    for err in errors():
        loc = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in err["loc"])
        loc = loc.replace(".[", "[")
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (not part of the record format; check the spelling)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        out.append((loc or "(record)", msg))
    return out


def odd_file(path: Path) -> RecordError | None:
    """A RecordError when `path` is a link, a FIFO, a device or a folder rather than a file:
    a record is read only from a real file, so a link cannot make another file a record and a
    FIFO cannot hang every command that loads the catalog."""
    import os
    import stat

    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return RecordError(str(path), None, "file not found")
    except OSError as exc:
        return RecordError(str(path), None, f"cannot be read ({exc.strerror})")
    if stat.S_ISLNK(mode):
        return RecordError(str(path), None, "is a symbolic link; records are read from files")
    if not stat.S_ISREG(mode):
        return RecordError(str(path), None, "is not a regular file")
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, turning every failure into a RecordError naming the file."""
    import tomllib  # only the cold path parses TOML

    odd = odd_file(path)
    if odd is not None:
        raise odd
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise RecordError(str(path), None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise RecordError(str(path), None, f"not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RecordError(str(path), None, f"broken TOML: {exc}") from None
    except RecursionError:
        raise RecordError(str(path), None, "nested too deeply to be a record") from None
    except OSError as exc:  # no permission to read it, an I/O error: skipped, not fatal
        raise RecordError(str(path), None, f"cannot be read ({exc.strerror or exc})") from None


def validate_model(model: type[M], raw: Any, where: str, *, count_more: bool = True) -> M:
    """`model.model_validate(raw)`, or a RecordError naming the first bad field.

    With `count_more`, the message adds how many other problems pydantic found.
    """
    from pydantic import ValidationError

    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        first_field, first_problem = problems[0]
        more = len(problems) - 1 if count_more else 0
        extra = f" (and {more} more problem(s))" if more else ""
        raise RecordError(where, first_field, first_problem + extra) from None


def validate_company(raw: Any, where: str, expected_id: str | None = None) -> CompanyRecord:
    """Validate one raw record; raise RecordError naming the first bad field."""
    from assistant.records.model import CompanyRecord

    if not isinstance(raw, dict):
        raise RecordError(where, None, "a record is a table of keys and values")
    record = validate_model(CompanyRecord, raw, where)
    if expected_id is not None and record.id != expected_id:
        raise RecordError(where, "id", f"{record.id!r} must equal the file name {expected_id!r}")
    return record


def validate_authority(raw: Any, where: str) -> Authority:
    from assistant.records.model import Authority

    return validate_model(Authority, raw, where, count_more=False)


def _iter_bundle(path: Path) -> Iterator[tuple[int, int, Any | RecordError]]:
    """(line number, byte offset, parsed object or error) for each line of a JSONL bundle."""
    import json

    offset = 0
    odd = odd_file(path)
    if odd is not None:
        yield 0, 0, odd
        return
    try:
        handle = path.open("rb")
    except OSError as exc:  # unreadable: the bundle is skipped, the rest of the catalog works
        yield 0, 0, RecordError(str(path), None, f"cannot be read ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            start = offset
            offset += len(raw)
            if not raw.strip():
                continue
            try:
                yield number, start, json.loads(raw)
            except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, a huge number
                yield number, start, RecordError(f"{path}:{number}", None, f"broken JSON: {exc}")


def validated_bundle(
    path: Path, validate: Callable[[Any, str], T]
) -> Iterator[tuple[int, int, T | RecordError]]:
    """(line number, byte offset, `validate(raw, where)` or the RecordError) for each line."""
    for number, offset, raw in _iter_bundle(path):
        if not isinstance(raw, RecordError):
            try:
                raw = validate(raw, f"{path}:{number}")
            except RecordError as exc:
                raw = exc
        yield number, offset, raw
