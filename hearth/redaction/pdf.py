"""The redacted document as a NEW PDF, written from the redacted text (fpdf2).

True removal: the PDF is made from text in which every applied redaction has already been replaced, so the
original words are not in the file at all (no black box over hidden text). The schedule of redactions follows
on its own pages: number, kind and reason, never the removed words."""

from __future__ import annotations

from anyascii import anyascii
from fpdf import FPDF


def _latin(s: str) -> str:
    # The core PDF fonts cover Latin-1 only: transliterate anything else rather than drop it.
    return "".join(ch if ord(ch) < 256 else anyascii(ch) for ch in s)


def render(*, title: str, body: str, schedule: list[tuple[int, str, str, str]], footer: str) -> bytes:
    """schedule rows: (number, kind, replacement, reason)."""
    pdf = FPDF(format="A4")
    pdf.set_title(_latin(title))
    pdf.set_author("Hearth")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, _latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 5, _latin(footer), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for para in body.split("\n"):
        pdf.multi_cell(0, 5, _latin(para) or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Schedule of redactions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    if not schedule:
        pdf.multi_cell(0, 5, "Nothing was redacted.", new_x="LMARGIN", new_y="NEXT")
    for number, kind, replacement, reason in schedule:
        pdf.multi_cell(0, 5, _latin(f"{number}. {kind} -> {replacement}: {reason}"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())
