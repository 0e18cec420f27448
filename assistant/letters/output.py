"""Writing a Letter out: plain text, an e-mail draft, a PDF, a mailto: link, and files.

- `to_text`: letterhead and body, wrapped at 78 columns;
- `to_eml`: an RFC 5322 draft through the stdlib email package, UTF-8, marked `X-Unsent: 1` so
  mail programs open it as a draft; header values are single lines, so nothing a person typed
  can add a header;
- `to_pdf` (assistant.letters.pdf): US Letter or A4 pages for post or fax;
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
from assistant.letters.model import CHANNEL_LABELS, FORMATS, KINDS, MSGID_DOMAIN, Letter
from assistant.letters.pdf import PDF_FONT, pdf_fonts_for, to_pdf
from assistant.letters.pdf import _has_rtl as _has_rtl  # re-exported for older callers
from assistant.letters.routing import check_reference
from assistant.records.model import is_slug
from assistant.vocabulary import MONTHS

# Fonts that may already be on the machine, tried for characters DejaVu Sans lacks (CJK ...).
SYSTEM_FALLBACK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
)

__all__ = [
    "PDF_FONT",
    "SYSTEM_FALLBACK_FONTS",
    "header_lines",
    "letters_folder",
    "mailto_link",
    "pdf_fonts_for",
    "to_eml",
    "to_pdf",
    "to_text",
    "write_letter",
]

# The words of the letterhead in each language of the templates.
HEAD_WORDS: dict[str, dict[str, str]] = {
    "en": {"reference": "Reference", "subject": "Subject", "by": "By {0}", "attached": "Attached"},
    "de": {"reference": "Aktenzeichen", "subject": "Betreff", "by": "Per {0}",
           "attached": "Anlagen"},
    "fr": {"reference": "Référence", "subject": "Objet", "by": "Par {0}",
           "attached": "Pièces jointes"},
    "es": {"reference": "Referencia", "subject": "Asunto", "by": "Por {0}",
           "attached": "Anexos"},
    "it": {"reference": "Riferimento", "subject": "Oggetto", "by": "Tramite {0}",
           "attached": "Allegati"},
    "nl": {"reference": "Kenmerk", "subject": "Onderwerp", "by": "Per {0}",
           "attached": "Bijlagen"},
}  # fmt: skip
CHANNEL_WORDS: dict[str, dict[str, str]] = {
    "de": {"email": "E-Mail", "postal": "Post", "webform": "Webformular", "fax": "Fax",
           "phone": "Telefon"},
    "fr": {"email": "courriel", "postal": "courrier", "webform": "formulaire en ligne",
           "fax": "télécopie", "phone": "téléphone"},
    "es": {"email": "correo electrónico", "postal": "correo postal",
           "webform": "formulario web", "fax": "fax", "phone": "teléfono"},
    "it": {"email": "e-mail", "postal": "posta", "webform": "modulo web", "fax": "fax",
           "phone": "telefono"},
    "nl": {"email": "e-mail", "postal": "post", "webform": "webformulier", "fax": "fax",
           "phone": "telefoon"},
}  # fmt: skip


def _words(letter: Letter) -> dict[str, str]:
    return HEAD_WORDS.get(letter.language, HEAD_WORDS["en"])


def _colon(letter: Letter) -> str:
    """':', or in French a non-breaking space and ':'."""
    return "\u00a0:" if letter.language == "fr" else ":"


def _attached(letter: Letter) -> str:
    """'Attached: a; b' in the letter's language."""
    separator = "\u00a0; " if letter.language == "fr" else "; "  # French: a space before ';'
    return f"{_words(letter)['attached']}{_colon(letter)} " + separator.join(letter.attachments)


def header_lines(letter: Letter) -> list[str]:
    """The letterhead of the text and PDF forms: sender, date, recipient, reference, subject,
    in the letter's language."""
    from assistant.letters.language import long_date as local_date

    words = _words(letter)
    channel = CHANNEL_WORDS.get(letter.language, {}).get(letter.channel) or CHANNEL_LABELS.get(
        letter.channel, letter.channel
    )
    colon = _colon(letter)
    lines = [letter.sender_name]
    if letter.sender_address and letter.channel in ("postal", "fax"):
        lines += letter.sender_address.split("\n")
    lines += [letter.sender_email, "", local_date(letter.date, letter.language), ""]
    lines.append(letter.recipient_name)
    if letter.channel == "postal":
        lines += [line for line in letter.recipient.split("\n") if line.strip()]
    else:
        lines.append(f"{words['by'].format(channel)}{colon} {letter.recipient}")
    lines += [
        "",
        f"{words['reference']}{colon} {letter.reference}",
        f"{words['subject']}{colon} {letter.subject}",
    ]
    return [textsafety.one_line(line) if line else "" for line in lines]


_KEEP_TOGETHER = re.compile(
    r"(§|\bArt\.|\bAbs\.|\blit\.|\b\d{1,2}\.?) "
    r"(?=\d|[a-z]\b|[A-ZÄÖÜ][a-zäöüéû]+ \d{4}|" + "|".join(MONTHS) + r")"
)


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
        for word in (w for w in line.split(" ") if w):  # split() would break at NBSP
            if current.strip() and len(current) + 1 + len(word) > width:
                out.append(current)
                current = hanging + word
            else:
                current = f"{current} {word}" if current.strip() else current + word
        out.append(current)
    return "\n".join(out).replace("\u00a0", " ")


def to_text(letter: Letter, *, wrap: bool = True) -> str:
    """The letter as plain text: letterhead, then the body (wrapped at 78 columns)."""
    # How to send it (letter.note) is for the person, shown beside the letter, never in it.
    parts = ["\n".join(header_lines(letter))]
    parts.append("")
    parts.append(_wrap(letter.body) if wrap else letter.body)
    if letter.attachments:
        parts.append(_attached(letter))
    return "\n".join(parts).rstrip("\n") + "\n"


def _address(name: str, email: str) -> Any:
    from email.headerregistry import Address

    local, _, domain = email.rpartition("@")
    return Address(display_name=textsafety.one_line(name), username=local, domain=domain)


@functools.cache
def _eml_policy() -> Any:
    from email import policy

    return policy.SMTP.clone(max_line_length=998)


@functools.cache
def _eml_body_policy() -> Any:
    from email import policy

    return policy.SMTP.clone(max_line_length=76)


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
    msg["Content-Language"] = letter.language  # RFC 3282; read back for follow-ups
    body = letter.body
    if letter.attachments:
        body += "\n" + _attached(letter) + "\n"
    # The body is encoded in quoted-printable lines of at most 76 characters with soft breaks
    # (RFC 2045 6.7); only the headers keep the long-line policy (RFC 5322 2.1.1: 998).
    msg.policy = _eml_body_policy()
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for name, data in letter.enclosures:
        msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
    msg.policy = _eml_policy()
    return msg.as_bytes()


def mailto_link(letter: Letter) -> str:
    """A mailto: link with the address, subject and body filled in (e-mail letters only)."""
    from urllib.parse import quote

    if letter.channel != "email":
        raise UserError("only a letter that goes by e-mail has a mailto: link")
    query = f"subject={quote(letter.subject, safe='')}&body={quote(letter.body, safe='')}"
    return f"mailto:{quote(letter.recipient, safe='@')}?{query}"


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
