"""Reading an uploaded document as plain text: .txt, .docx (python-docx) and text-based .pdf (pypdf).

A file that cannot be read raises UnreadableFile with a message a person can act on; nothing is stored."""

from __future__ import annotations

import io

MAX_BYTES = 10 * 1024 * 1024
ALLOWED = (".txt", ".docx", ".pdf")


class UnreadableFile(Exception):
    pass


def read_text(name: str, data: bytes) -> str:
    lower = (name or "").lower()
    if not lower.endswith(ALLOWED):
        raise UnreadableFile("The file must be a Word document (.docx), a PDF (.pdf) or a text file (.txt)")
    if not data:
        raise UnreadableFile("The selected file is empty")
    if len(data) > MAX_BYTES:
        raise UnreadableFile("The selected file must be smaller than 10MB")
    if lower.endswith(".txt"):
        text = _txt(data)
    elif lower.endswith(".docx"):
        text = _docx(data)
    else:
        text = _pdf(data)
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip():
        raise UnreadableFile("The file has no text Hearth can read. If it is a scanned PDF, ask for a text version")
    return text


def _txt(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The text file is not in a known encoding: save it as UTF-8 and upload it again")


def _docx(data: bytes) -> str:
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds of error for damaged parts (BadZipFile, KeyError, ValueError...)
        raise UnreadableFile("The Word document could not be opened: it may be damaged, or not really a .docx file") from exc
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableFile("The PDF is password-protected: remove the password and upload it again")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except UnreadableFile:
        raise
    except Exception as exc:  # pypdf raises several kinds of error for damaged files (PdfReadError, ValueError, KeyError...)
        raise UnreadableFile("The PDF could not be read: it may be damaged, or not really a PDF") from exc
