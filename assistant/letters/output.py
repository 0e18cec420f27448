"""Writing a Letter out: plain text, an e-mail draft, a PDF, a mailto: link, and files.

- `to_text`: letterhead and body, wrapped at 78 columns;
- `to_eml`: an RFC 5322 draft through the stdlib email package, UTF-8, marked `X-Unsent: 1` so
  mail programs open it as a draft; header values are single lines, so nothing a person typed
  can add a header;
- `to_pdf`: an A4 page for post or fax through fpdf2, in the DejaVu Sans font shipped in
  letters/fonts/ (with machine fonts as fallbacks), right-to-left text shaped by uharfbuzz;
- `mailto_link`;
- `write_letter`: every chosen format, atomically, mode 0600, under a name built only from
  checked parts (company id, kind, date, reference), never over an existing file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.compose import (
    CHANNEL_LABELS,
    FORMATS,
    KINDS,
    MONTHS,
    MSGID_DOMAIN,
    Letter,
    check_reference,
    long_date,
)
from assistant.records.model import is_slug


def header_lines(letter: Letter) -> list[str]:
    """The letterhead of the text and PDF forms: sender, date, recipient, reference, subject."""
    lines = [letter.sender_name]
    if letter.sender_address and letter.channel in ("postal", "fax"):
        lines += letter.sender_address.split("\n")
    lines += [letter.sender_email, "", long_date(letter.date), ""]
    lines.append(letter.recipient_name)
    if letter.channel == "postal":
        lines += [line for line in letter.recipient.split("\n") if line.strip()]
    else:
        lines.append(f"By {CHANNEL_LABELS.get(letter.channel, letter.channel)}: {letter.recipient}")
    lines += ["", f"Reference: {letter.reference}", f"Subject: {letter.subject}"]
    return [textsafety.one_line(line) if line else "" for line in lines]


_KEEP_TOGETHER = re.compile(r"(§|\b\d{1,2}) (?=\d|" + "|".join(MONTHS) + r")")


def _wrap(text: str, width: int = 78) -> str:
    """Wrap long lines for the text form, greedily at spaces; list items keep a hanging indent.

    Never breaks inside a word, between '§' and its number, or between a day and its month.
    """
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        line = _KEEP_TOGETHER.sub(lambda m: m.group(1) + "\u00a0", line)
        indent = len(line) - len(line.lstrip(" "))
        if line[indent : indent + 2] == "- ":
            indent += 2
        current = line[: len(line) - len(line.lstrip(" "))]
        hanging = " " * indent
        for word in line.split():
            if current.strip() and len(current) + 1 + len(word) > width:
                out.append(current)
                current = hanging + word
            else:
                current = f"{current} {word}" if current.strip() else current + word
        out.append(current)
    return "\n".join(out).replace("\u00a0", " ")


def to_text(letter: Letter, *, wrap: bool = True) -> str:
    """The letter as plain text: letterhead, then the body (wrapped at 78 columns)."""
    parts = []
    if letter.note:
        parts.append(f"[{letter.note}]\n")
    parts.append("\n".join(header_lines(letter)))
    parts.append("")
    parts.append(_wrap(letter.body) if wrap else letter.body)
    if letter.attachments:
        parts.append("Attached: " + "; ".join(letter.attachments))
    return "\n".join(parts).rstrip("\n") + "\n"


def _address(name: str, email: str) -> Any:
    from email.headerregistry import Address

    local, _, domain = email.rpartition("@")
    return Address(display_name=textsafety.one_line(name), username=local, domain=domain)


@functools.cache
def _eml_policy() -> Any:
    from email import policy

    return policy.SMTP.clone(max_line_length=998)


def to_eml(letter: Letter) -> bytes:
    """An RFC 5322 draft (UTF-8, `X-Unsent: 1`) for the person to open, check and send."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    if letter.channel != "email":
        raise UserError(
            f"this letter goes by {CHANNEL_LABELS.get(letter.channel, letter.channel)}, "
            "not e-mail, so there is no e-mail draft",
            hint="use --format txt or pdf",
        )
    # Long lines (up to SMTP's 998) keep a long non-ASCII name in one encoded word: folded
    # encoded words come back from the stdlib parser with spaces inside the name.
    msg = EmailMessage(policy=_eml_policy())
    msg["To"] = _address(letter.recipient_name, letter.recipient)
    msg["From"] = _address(letter.sender_name, letter.sender_email)
    msg["Subject"] = textsafety.one_line(letter.subject)
    stamp = dt.datetime.combine(letter.date, dt.time(9, 0), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(stamp)
    # Built here rather than with email.utils.make_msgid, which reads the clock and host name.
    msg["Message-ID"] = f"<{letter.reference.lower()}.{secrets.token_hex(8)}@{MSGID_DOMAIN}>"
    msg["X-Unsent"] = "1"
    body = letter.body
    if letter.attachments:
        body += "\nAttached: " + "; ".join(letter.attachments) + "\n"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def mailto_link(letter: Letter) -> str:
    """A mailto: link with the address, subject and body filled in (e-mail letters only)."""
    from urllib.parse import quote

    if letter.channel != "email":
        raise UserError("only a letter that goes by e-mail has a mailto: link")
    query = f"subject={quote(letter.subject, safe='')}&body={quote(letter.body, safe='')}"
    return f"mailto:{quote(letter.recipient, safe='@')}?{query}"


PDF_FONT = "DejaVuSans.ttf"  # shipped in letters/fonts/ with its licence (Bitstream Vera)
# Fonts that may already be on the machine, tried for characters DejaVu Sans lacks (CJK ...).
SYSTEM_FALLBACK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
)


@functools.cache
def _font_cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap())


def _needs_no_glyph(ch: str) -> bool:
    import unicodedata

    return (
        ch in "\n\t "
        or unicodedata.category(ch) in ("Cf", "Cc", "Zs")
        or (0xFE00 <= ord(ch) <= 0xFE0F)
    )


def pdf_fonts_for(text: str) -> list[str]:
    """Font files that together draw every character of `text`: the shipped DejaVu Sans first,
    then machine fonts for what it lacks. UserError naming the characters nothing can draw."""
    from assistant import paths

    main = str(paths.letters_dir() / "fonts" / PDF_FONT)
    cmap = _font_cmap(main)
    missing = {ch for ch in set(text) if ord(ch) not in cmap and not _needs_no_glyph(ch)}
    fonts = [main]
    for candidate in SYSTEM_FALLBACK_FONTS:
        if not missing:
            break
        if not Path(candidate).is_file():
            continue
        try:
            cmap = _font_cmap(candidate)
        except Exception:  # an unreadable machine font is simply not used
            continue
        covered = {ch for ch in missing if ord(ch) in cmap}
        if covered:
            fonts.append(candidate)
            missing -= covered
    if missing:
        shown = ", ".join(textsafety.describe_char(ch) for ch in sorted(missing)[:5])
        raise UserError(
            f"the PDF font cannot draw {shown}",
            hint="write the letter as text or e-mail instead (--format txt or eml), or leave "
            "those characters out",
        )
    return fonts


def _has_rtl(text: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in text)


def to_pdf(letter: Letter) -> bytes:
    """The letter as an A4 PDF for post or fax: sender, date, recipient, reference, subject,
    body, a signature line and the signature. Text is drawn in DejaVu Sans (Latin, Greek,
    Cyrillic, Arabic, Hebrew, Armenian, Georgian ...); right-to-left text is reordered and
    shaped when uharfbuzz is installed. A character no font can draw is refused with a message.
    """
    from fpdf import FPDF

    head = header_lines(letter)
    signature = letter.signature.strip("\n")
    body = letter.body.rstrip("\n")
    main = body[: -len(signature)].rstrip("\n") if signature and body.endswith(signature) else body
    if letter.attachments:
        signature += "\n\nAttached: " + "; ".join(letter.attachments)
    everything = "\n".join([*head, body, signature, letter.note or ""])
    fonts = pdf_fonts_for(everything)

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(textsafety.one_line(letter.subject))
    pdf.set_creator("Rights Assistant")
    names = []
    for i, path in enumerate(fonts):
        name = f"f{i}"
        pdf.add_font(name, "", path)
        names.append(name)
    pdf.set_font(names[0], size=10.5)
    if len(names) > 1:
        pdf.set_fallback_fonts(names[1:], exact_match=False)
    if _has_rtl(everything):
        try:
            pdf.set_text_shaping(True)
        except Exception:
            raise UserError(
                "right-to-left text needs the uharfbuzz package to be drawn correctly in a PDF",
                hint="pip install uharfbuzz, or write the letter as text or e-mail (--format txt)",
            ) from None
    pdf.add_page()
    line_h = 5.2

    def block(text: str, gap: float = 0.0) -> None:
        for line in text.split("\n"):
            if line.strip():
                pdf.multi_cell(0, line_h, line, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(line_h * 0.8)
        if gap:
            pdf.ln(gap)

    subject_at = len(head) - 1
    block("\n".join(head[:subject_at]))
    pdf.set_font(size=11.5)
    block(head[subject_at], gap=3)
    pdf.set_font(size=10.5)
    block(main, gap=10)
    if signature:
        y = pdf.get_y()
        if y > pdf.h - 45:
            pdf.add_page()
            y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.l_margin + 70, y)
        pdf.ln(2)
        block(signature)
    return bytes(pdf.output())


# -- files -------------------------------------------------------------------------------------


def letters_folder() -> Path:
    """Where letters are written by default: `<data dir>/letters`."""
    from assistant import paths

    return paths.data_dir() / "letters"


def file_stem(letter: Letter) -> str:
    """'2026-11-23_qualfon_deletion_RA-...': only checked parts, never raw user text."""
    if not is_slug(letter.company_id):
        shown = textsafety.one_line(letter.company_id)[:60]
        raise UserError(f"{shown!r} is not a valid company id")
    if letter.kind not in KINDS:
        raise UserError(f"unknown letter kind {letter.kind!r}")
    check_reference(letter.reference)
    return f"{letter.date.isoformat()}_{letter.company_id}_{letter.kind}_{letter.reference}"


def render_formats(letter: Letter, formats: Iterable[str]) -> dict[str, bytes]:
    """Every requested format as bytes, before anything is written."""
    wanted = []
    for fmt in formats:
        if fmt == "all":
            wanted += [f for f in FORMATS if f != "eml" or letter.channel == "email"]
        elif fmt in FORMATS:
            wanted.append(fmt)
        else:
            raise UserError(f"unknown format {fmt!r}; choose txt, eml, pdf or all")
    out: dict[str, bytes] = {}
    for fmt in dict.fromkeys(wanted):
        if fmt == "txt":
            out[fmt] = to_text(letter).encode("utf-8")
        elif fmt == "eml":
            out[fmt] = to_eml(letter)
        else:
            out[fmt] = to_pdf(letter)
    return out


def write_letter(letter: Letter, folder: Path, formats: Iterable[str] = ("txt",)) -> list[Path]:
    """Write the letter in each format to `folder`: atomic, mode 0600, never overwriting.

    All formats share one name; when any of them exists already, a counter is added
    ("..._2.txt"). Every format is rendered before the first file is written.
    """
    from assistant.safefile import write_new

    stem = file_stem(letter)
    data = render_formats(letter, formats)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file, not a folder")
    for attempt in range(1, 1000):
        name = stem if attempt == 1 else f"{stem}_{attempt}"
        targets = {fmt: folder / f"{name}.{fmt}" for fmt in data}
        if any(path.exists() for path in targets.values()):
            continue
        written: list[Path] = []
        try:
            for fmt, path in targets.items():
                written.append(write_new(path, data[fmt]))
        except FileExistsError:
            for path in written:
                path.unlink(missing_ok=True)
            continue
        except OSError as exc:
            for path in written:
                path.unlink(missing_ok=True)
            raise UserError(f"cannot write the letter to {folder}: {exc.strerror}") from None
        return written
    raise UserError(f"too many letters named {stem} in {folder}; clear some out first")
