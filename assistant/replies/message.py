"""A company's reply as plain parts: headers that identify it, its own text, its attachments.

Reads a single message in any MIME shape (multipart, HTML only, base64, quoted-printable,
legacy charsets, attachments) with the standard library's `email` package, an mbox of many
with `mailbox`, or text pasted without headers. The newest part of the message is separated
from the quoted history and the signature by mail-parser-reply (`latest_text`); the whole text
is kept too (`full_text`), because our reference is often only in the quoted request.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import html
import mailbox
import os
import re
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser

from assistant.errors import UserError

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl")
# The text kept of one message (its body; every text part for `raw_text`): a reply is a few
# thousand characters, so a longer body is cut here, before quoted history is looked for.
TEXT_CHARS = 1_000_000
# A header line: "Name: value", or "Name:" with its value folded onto the next line.
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:(?:[ \t]|\r?\n[ \t])", re.MULTILINE)
# The headers a reading uses (parsing every header costs more than reading the body).
_HEADERS = (
    "from", "subject", "date", "message-id", "in-reply-to", "references", "list-unsubscribe",
    "auto-submitted",
)  # fmt: skip


@dataclass(frozen=True)
class ReplyMessage:
    """One message: who sent it, how it links to ours, its own text and its attachments."""

    subject: str = ""
    sender: str = ""
    date: str | None = None  # YYYY-MM-DD, when the Date header could be read
    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name -> value
    full_text: str = ""
    latest_text: str = ""
    attachments: tuple[str, ...] = ()
    content_type: str = "text/plain"
    raw_text: str = ""  # every text part, attached messages too (a bounce returns our request)
    cut: bool = False  # the text was longer than TEXT_CHARS: only its start is kept

    @property
    def domain(self) -> str | None:
        """The sender's domain in lower case (None for pasted text)."""
        _name, address = email.utils.parseaddr(self.sender)
        if "@" not in address:
            return None
        return address.rsplit("@", 1)[1].lower().strip(">") or None


# -- reading files -----------------------------------------------------------------------------


def read_messages(data: bytes, name: str = "") -> list[ReplyMessage]:
    """Every message in `data`: an mbox of many, one .eml, or pasted text."""
    head = data.lstrip()[:5]
    if head == b"From " or name.lower().endswith(".mbox"):
        return _read_mbox(data)
    text_start = data.lstrip()[:2000].decode("utf-8", "replace")
    if _HEADER_LINE.match(text_start) and re.search(
        r"^(from|subject|date|content-type|message-id):", text_start, re.IGNORECASE | re.MULTILINE
    ):
        return [parse_message(data)]
    return [pasted(data.decode("utf-8", "replace"))]


# Most messages one mbox is read for: a thread with a company is a handful, a folder of them
# hundreds; a whole mailbox of tens of thousands would take many minutes, so it is refused.
MAX_MBOX_MESSAGES = 2000


def _read_mbox(data: bytes) -> list[ReplyMessage]:
    """The messages of an mbox (read with the stdlib `mailbox` from a private temporary copy)."""
    count = data.count(b"\nFrom ") + (1 if data.startswith(b"From ") else 0)
    if count > MAX_MBOX_MESSAGES:
        raise UserError(
            f"this mailbox holds about {count:,} messages; replies are read from at most "
            f"{MAX_MBOX_MESSAGES:,} at a time",
            hint="export only the company's messages (a folder or a search in your mail "
            "program), or split the mailbox",
        )
    fd, tmp = tempfile.mkstemp(suffix=".mbox")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        box = mailbox.mbox(tmp, create=False)
        try:
            # the stored bytes, as written: re-serialising a message with raw 8-bit headers fails
            return [parse_message(box.get_bytes(key)) for key in box.iterkeys()]
        finally:
            box.close()
    finally:
        os.unlink(tmp)


def pasted(text: str) -> ReplyMessage:
    """Text pasted without headers: all of it is the reply (less any quoted history)."""
    cut = len(text) > TEXT_CHARS
    text = text[:TEXT_CHARS].replace("\r\n", "\n")
    forwarded = unforward(text)
    if forwarded is not None:
        sender, body = forwarded
        return ReplyMessage(
            sender=sender, full_text=body, latest_text=latest_reply(body), raw_text=text, cut=cut
        )
    return ReplyMessage(full_text=text, latest_text=latest_reply(text), raw_text=text, cut=cut)


_FORWARD = re.compile(
    r"^[ >]*-*\s*(Forwarded message|Begin forwarded message|Weitergeleitete Nachricht|"
    r"Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht)\s*-*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_FROM = re.compile(r"^[ >]*(From|Von|De|Da|Van)\s*:\s*(.+)$", re.MULTILINE)


def unforward(text: str) -> tuple[str, str] | None:
    """(the original sender, the original text) of a message the person forwarded to
    themselves with a line or two of their own; None for anything else."""
    marker = _FORWARD.search(text)
    if marker is None or len(text[: marker.start()].split()) > 40:
        return None
    rest = text[marker.end() :]
    head, _blank, body = rest.lstrip("\n").partition("\n\n")
    sender = _FORWARD_FROM.search(head)
    if sender is None or not body.strip():
        return None
    lines = [line[1:].lstrip(" ") if line.startswith(">") else line for line in body.split("\n")]
    return sender.group(2).strip(), "\n".join(lines)


def parse_message(data: bytes) -> ReplyMessage:
    """One RFC 5322 message, whatever its MIME shape."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the stdlib parser is lenient; anything left is unreadable
        raise UserError(f"this is not a readable e-mail ({exc})") from None
    assert isinstance(msg, EmailMessage)
    headers = {k: _header(msg, k) for k in _HEADERS if k in msg}
    full, _kind = _body_text(msg)
    cut = len(full) > TEXT_CHARS
    full = full[:TEXT_CHARS]
    forwarded = unforward(full)
    if forwarded is not None:  # the person forwarded the company's answer to themselves
        headers["from"], full = forwarded
    return ReplyMessage(
        subject=headers.get("subject", ""),
        sender=headers.get("from", ""),
        date=_iso_date(headers.get("date")),
        message_id=headers.get("message-id"),
        in_reply_to=tuple(
            re.findall(r"<[^>]+>", headers.get("in-reply-to", "") + headers.get("references", ""))
        ),
        headers=headers,
        full_text=full,
        latest_text=latest_reply(full),
        attachments=tuple(_attachment_names(msg)),
        content_type=msg.get_content_type(),
        raw_text=_all_text(msg)[:TEXT_CHARS],
        cut=cut,
    )


def _all_text(msg: EmailMessage) -> str:
    """Every text part of the message, nested messages included, one after the other."""
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(_decoded(part))
        elif part.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            for inner in part.iter_parts():
                texts.append(str(inner.get("subject", "")))
    return "\n".join(texts)


def _header(msg: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(msg.get(name, "")).split())
    except Exception:  # a malformed header: keep its raw value, unparsed
        raw = [value for key, value in msg.raw_items() if key.lower() == name.lower()] or [""]
        return " ".join(str(raw[0]).split())


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.date().isoformat() if when else None


def _decoded(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)
    if isinstance(content, bytes):
        return content.decode("utf-8", "replace")
    if "\ufffd" in content:  # 8-bit text with no (or a wrong) charset: UTF-8, else Windows-1252
        raw = part.get_payload(decode=True)
        if isinstance(raw, bytes):
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("cp1252", "replace")
    return str(content)


def _body_text(msg: EmailMessage) -> tuple[str, str]:
    """(plain text of the body, the content type it came from)."""
    if msg.get_content_type() == "multipart/report":  # a bounce: its human-readable part
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                return _decoded(part), "multipart/report"
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError):
        body = None
    if body is None:
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_attachment():
                body = part
                break
    if body is None:
        return "", msg.get_content_type()
    text = _decoded(body)  # type: ignore[arg-type]
    if body.get_content_type() == "text/html":
        return html_to_text(text), "text/html"
    return text.replace("\r\n", "\n"), body.get_content_type()


def _attachment_names(msg: EmailMessage) -> list[str]:
    names = []
    for part in msg.iter_attachments():
        name = part.get_filename()
        if name:
            names.append(os.path.basename(str(name)))
        elif part.get_content_maintype() != "text":
            names.append(f"(unnamed {part.get_content_type()})")
    return names


# -- HTML and quoted history ---------------------------------------------------------------------


class _TextOfHtml(HTMLParser):
    """Text of an HTML body: block elements become line breaks, quoted history (blockquote,
    gmail_quote, divRplyFwdMsg) is dropped, scripts and styles are skipped."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "hr"})
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        klass = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if self.quote or tag == "blockquote" or "quote" in klass or "RplyFwd" in klass:
            self.quote += 1 if tag not in ("br", "hr", "img", "meta") else 0
            return
        if tag in self._SKIP:
            self.skip += 1
        if tag in self._BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "div", "table") else "\n")

    def handle_endtag(self, tag: str) -> None:
        if self.quote:
            if tag not in ("br", "hr", "img", "meta"):
                self.quote -= 1
            return
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip and not self.quote:
            self.parts.append(" ".join(data.split(" ")).replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body, without the quoted history."""
    parser = _TextOfHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # broken markup: strip the tags crudely rather than fail
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_parser_cache: list[object] = []


def latest_reply(text: str) -> str:
    """The newest part of a message: quoted history and signature removed by mail-parser-reply
    (its header and signature patterns for our six languages), then any '>' lines."""
    from mailparser_reply import EmailReplyParser

    if not _parser_cache:
        _parser_cache.append(EmailReplyParser(languages=list(LANGUAGES)))
    parser = _parser_cache[0]
    assert isinstance(parser, EmailReplyParser)
    try:
        reply = parser.parse_reply(text) or text
    except Exception:  # the library failed on odd input: keep the whole text
        reply = text
    separator = _ORIGINAL_MESSAGE.search(reply)
    if separator is not None and reply[: separator.start()].strip():
        reply = reply[: separator.start()]  # "-----Mensaje original-----": our request below
    lines = [line for line in reply.split("\n") if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


# The line Outlook writes above the message replied to, in our six languages.
_ORIGINAL_MESSAGE = re.compile(
    r"^[ >]*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht|Message "
    r"d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
