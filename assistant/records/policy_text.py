"""A saved privacy policy as plain text: Markdown or text as is, HTML via selectolax, PDF via pypdf.

The policy reader quotes this text word for word, so what it returns is exactly what the quotes
are checked against (and what `--save` keeps beside the record). In HTML, a link's address is
kept after its text as "text (https://...)", so web forms are not lost with the markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError

MAX_BYTES = 8_000_000  # a privacy policy, even as a PDF, is far smaller
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text", "")
SKIPPED_TAGS = ("script", "style", "noscript", "svg", "template", "iframe", "head")
# fmt: off
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "li", "ul", "ol",
    "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "address", "blockquote", "pre", "dd",
    "dt", "dl", "br", "hr", "form", "fieldset", "nav", "td", "th",
})
# fmt: on


@dataclass(frozen=True)
class PolicyText:
    """The text to read and quote, what kind of file it came from, and the file's name."""

    text: str
    kind: str  # "markdown", "text", "html" or "pdf"
    name: str


# Deeper than this, a page is refused before it is parsed: the parser's time grows with the
# square of the nesting (50,000 levels take seconds, 200,000 minutes), and no policy nests
# more than a few dozen levels. Elements that close themselves (<p>, <li>, <td> ...) and void
# elements (<br>, <img> ...) are not counted, so untidy markup is not taken for deep markup.
MAX_HTML_DEPTH = 5000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
_NOT_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "tr",
        "td",
        "th",
        "rb",
        "rt",
        "rp",
        "optgroup",
        "colgroup",
        "thead",
        "tbody",
        "tfoot",
    ]
)


def nesting_depth(html: str, limit: int = MAX_HTML_DEPTH) -> int:
    """How deeply the elements of `html` nest (counted up to just past `limit`), in one pass."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, tag, self_closing = match.groups()
        if self_closing or tag.lower() in _NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


def html_to_text(html: str) -> str:
    """The readable text of an HTML page: one block per line, links as 'text (url)'.
    RecursionError for a page nested deeper than any policy (see MAX_HTML_DEPTH)."""
    from selectolax.lexbor import LexborHTMLParser, LexborNode

    if nesting_depth(html) > MAX_HTML_DEPTH:
        raise RecursionError(f"elements nested more than {MAX_HTML_DEPTH} deep")
    tree = LexborHTMLParser(html)
    for tag in SKIPPED_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []

    def walk(node: LexborNode) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                parts.append(re.sub(r"\s+", " ", child.text_content or ""))
            elif tag not in ("-comment", "!doctype", "_comment"):
                if tag in BLOCK_TAGS:
                    parts.append("\n")
                walk(child)
                href = (child.attributes.get("href") or "") if tag == "a" else ""
                if href.startswith(("http://", "https://", "mailto:")):
                    shown = (child.text() or "").strip()
                    target = href.removeprefix("mailto:")
                    if target not in shown:
                        parts.append(f" ({target})")
                if tag in BLOCK_TAGS:
                    parts.append("\n")
            child = child.next

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    text = "\n".join(line for line in lines if line)
    return re.sub(r"\n{3,}", "\n\n", text)


# No privacy policy runs to more pages than this; a longer PDF is read from its first pages
# only (a crafted one of hundreds of pages, each inflating one large stream, would take minutes).
MAX_PDF_PAGES = 120
# Text kept from a PDF, in characters (a long policy has some 100,000).
MAX_PDF_CHARS = 2_000_000


def pdf_to_text(path: Path) -> str:
    """The text of the pages of a PDF (the first MAX_PDF_PAGES), separated by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    pages: list[str] = []
    size = 0
    try:
        reader = PdfReader(str(path))
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES or size > MAX_PDF_CHARS:
                break
            text = page.extract_text() or ""
            size += len(text)
            pages.append(text)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        # pypdf's own errors include its decompression limit (a stream that would inflate
        # to hundreds of megabytes) and encrypted files it cannot open.
        raise UserError(f"{path}: cannot read this PDF ({exc})") from None
    return "\n\n".join(p.strip() for p in pages if p.strip())


# Share of control characters past which a file is binary data, not text.
_BINARY_SHARE = 0.01


def _text_of(path: Path) -> str:
    """The file as text (UTF-8, UTF-16 with its byte-order mark, else Windows-1252); UserError
    for binary data such as a Word document, a ZIP archive or an image."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"PK\x03\x04"):
        raise UserError(
            f"{path}: a ZIP archive or an office document (.docx, .odt), not a policy page",
            hint="open it and save or print the policy as PDF, HTML or plain text",
        )
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * _BINARY_SHARE:
        raise UserError(
            f"{path}: binary data, not text, HTML, Markdown or PDF",
            hint="save the policy page as PDF, HTML or plain text",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_policy(path: Path) -> PolicyText:
    """Read a saved policy; UserError for a missing, huge, binary or empty file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file ({exc.strerror})") from None
    if not path.is_file():
        raise UserError(f"{path}: not a file")
    if size > MAX_BYTES:
        raise UserError(f"{path}: {size // 1_000_000} MB is too large for a privacy policy")
    suffix = path.suffix.lower()
    head = path.read_bytes()[:5]
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        policy = PolicyText(pdf_to_text(path), "pdf", path.name)
    else:
        raw = _text_of(path)
        looks_html = re.match(r"\s*(<!doctype html|<html|<head|<body)", raw[:500], re.I)
        if suffix in HTML_SUFFIXES or looks_html:
            policy = PolicyText(html_to_text(raw), "html", path.name)
        else:
            kind = "markdown" if suffix in (".md", ".markdown") else "text"
            policy = PolicyText(raw.replace("\r\n", "\n"), kind, path.name)
    if len(policy.text.strip()) < 40:
        raise UserError(
            f"{path}: no readable text found",
            hint="save the policy page as HTML or text (a scanned PDF has no text to read)",
        )
    return policy
