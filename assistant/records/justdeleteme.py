"""Account-deletion links from JustDeleteMe (MIT), attached to records by domain.

`rights catalog import-justdeleteme sites.json` converts JustDeleteMe's list into
`policies/imported/account-deletion.jsonl`: one line per service with its domains, the page
where an account is closed, how hard that is, and an e-mail address where one is given. Facts
only; JustDeleteMe's notes and e-mail bodies are left out. The catalog attaches the entry to a
record whose domain matches (`Catalog.get`), so re-importing either source never loses the
other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.records.datenanfragen import domain_of

BUNDLE = "account-deletion.jsonl"
SOURCE = "JustDeleteMe (github.com/jdm-contrib/jdm, MIT)"
DIFFICULTIES = ("easy", "medium", "hard", "impossible", "limited")


def convert_site(site: Any) -> dict[str, Any] | None:
    """One JustDeleteMe entry as a bundle line, or None without a usable page and domain."""
    from pydantic import ValidationError

    from assistant.records.model import AccountDeletion

    if not isinstance(site, dict):
        return None
    url = site.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    domains: list[str] = []
    for text in [*(site.get("domains") or []), url]:
        if not isinstance(text, str):
            continue
        domain = domain_of(text if "://" in text else "https://" + text)
        if domain and domain not in domains:
            domains.append(domain)
    if not domains:
        return None
    difficulty = site.get("difficulty") if site.get("difficulty") in DIFFICULTIES else None
    email = site.get("email") if isinstance(site.get("email"), str) else None
    try:
        link = AccountDeletion(url=url.strip(), difficulty=difficulty, email=email, source=SOURCE)
    except ValidationError:
        return None
    if email:
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError:
            link = link.model_copy(update={"email": None})
    name = " ".join(str(site.get("name") or "").split())
    return {"name": name, "domains": domains, **link.model_dump(mode="json")}


def import_sites(sites_json: Path, policies: Path) -> tuple[Path, int, int]:
    """Write `<policies>/imported/account-deletion.jsonl`; (path, entries written, skipped)."""
    from assistant.safefile import write_replace

    try:
        sites = json.loads(sites_json.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"{sites_json}: cannot read JustDeleteMe's sites.json ({exc})") from None
    if not isinstance(sites, list):
        raise UserError(f"{sites_json}: expected a JSON list of services")
    lines = [line for line in (convert_site(s) for s in sites) if line is not None]
    lines.sort(key=lambda line: (line["domains"][0], line["name"]))
    text = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines)
    target = policies / "imported"
    target.mkdir(parents=True, exist_ok=True)
    path = write_replace(target / BUNDLE, text)
    path.chmod(0o644)
    return path, len(lines), len(sites) - len(lines)


def load_links(path: Path) -> dict[str, dict[str, Any]]:
    """domain -> link entry, from the bundle (empty when there is none). First entry wins."""
    links: dict[str, dict[str, Any]] = {}
    try:
        handle = path.open("rb")
    except OSError:
        return links
    with handle:
        for raw in handle:
            try:
                entry = json.loads(raw)
            except ValueError:
                continue
            if isinstance(entry, dict):
                for domain in entry.get("domains") or ():
                    links.setdefault(domain, entry)
    return links


def link_for(domains: list[str], links: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The link for the first domain (or its parent domain) that JustDeleteMe knows."""
    for domain in domains:
        parts = domain.split(".")
        for candidate in (domain, ".".join(parts[-2:]), ".".join(parts[-3:])):
            entry = links.get(candidate)
            if entry is not None:
                return {k: entry[k] for k in ("url", "difficulty", "email", "source") if k in entry}
    return None
