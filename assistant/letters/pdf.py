"""A Letter as a PDF for post or fax, through fpdf2.

US Letter paper when `letter.paper` says so (US and Canadian addresses), A4 elsewhere; the
reference and "page n/N" at the foot of every page; the closing and the paragraph before it
kept with the signature so that it never stands alone on a page. Text is drawn in the DejaVu
Sans font shipped in letters/fonts/ (with machine fonts as fallbacks for what it lacks);
right-to-left text is shaped by uharfbuzz.
"""

from __future__ import annotations

import functools
from pathlib import Path

from assistant import textsafety
from assistant.errors import UserError
from assistant.letters.model import Letter

PDF_FONT = "DejaVuSans.ttf"  # shipped in letters/fonts/ with its licence (Bitstream Vera)


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
    from assistant.letters.output import SYSTEM_FALLBACK_FONTS  # one list, patchable in tests

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


PAGE_WORDS: dict[str, str] = {
    "en": "page", "de": "Seite", "fr": "page", "es": "página", "it": "pagina", "nl": "pagina",
}  # fmt: skip


def _split_tail(main: str) -> tuple[str, str]:
    """(everything before the last two paragraphs, the last two): the closing ("Yours
    sincerely,") and the paragraph before it stay together with the signature."""
    paragraphs = main.split("\n\n")
    cut = max(len(paragraphs) - 2, 0)
    return "\n\n".join(paragraphs[:cut]), "\n\n".join(paragraphs[cut:])


def to_pdf(letter: Letter) -> bytes:
    """The letter as a PDF for post or fax: US Letter when `letter.paper` says so (US and
    Canadian addresses), A4 elsewhere; sender, date, recipient, reference, subject, body, a
    signature line and the signature, which never stands alone on a page (the closing and the
    paragraph before it move with it); the reference and "page n/N" at the foot of every page.
    Text is drawn in DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian
    ...); right-to-left text is reordered and shaped when uharfbuzz is installed. A character
    no font can draw is refused with a message.
    """
    from fpdf import FPDF

    from assistant.letters.output import _attached, header_lines

    head = header_lines(letter)
    signature = letter.signature.strip("\n")
    body = letter.body.rstrip("\n")
    main = body[: -len(signature)].rstrip("\n") if signature and body.endswith(signature) else body
    if letter.attachments:
        signature += "\n\n" + _attached(letter)
    everything = "\n".join([*head, body, signature, letter.note or ""])
    fonts = pdf_fonts_for(everything)
    foot = f"{letter.reference} · {PAGE_WORDS.get(letter.language, 'page')}"

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(size=8.5)
            self.cell(0, 5, f"{foot} {self.page_no()}/{{nb}}", align="C")

    pdf = _Pdf(format="Letter" if letter.paper == "Letter" else "A4", unit="mm")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
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

    def height(text: str) -> float:
        total = 0.0
        for line in text.split("\n"):
            if line.strip():
                rows = pdf.multi_cell(0, line_h, line, dry_run=True, output="LINES")
                total += line_h * len(rows if isinstance(rows, list) else [line])
            else:
                total += line_h * 0.8
        return total

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
    before, tail = _split_tail(main)
    if before:
        block(before)
        pdf.ln(line_h * 0.8)
    needed = height(tail) + 10 + (2 + height(signature) if signature else 0)
    if pdf.get_y() + needed > pdf.page_break_trigger and needed < pdf.h - 60:
        pdf.add_page()
    block(tail, gap=10)
    if signature:
        y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.l_margin + 70, y)
        pdf.ln(2)
        block(signature)
    return bytes(pdf.output())
