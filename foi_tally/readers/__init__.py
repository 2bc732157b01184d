"""Readers: one module per file format, each turning bytes into a Document.

The format is decided by the file's content, not its extension, because
replies arrive renamed ("attachment (3).dat", a CSV saved as .txt). Readers
are imported lazily: pdfplumber and openpyxl cost a noticeable fraction of a
second to import and most commands never need them.
"""

from __future__ import annotations

import importlib
import zipfile
from io import BytesIO

from foi_tally.document import Document
from foi_tally.records import ReadError

#: format name -> module in this package with a `read(data, source) -> Document`.
READERS = {
    "pdf": "pdf",
    "xlsx": "spreadsheet",
    "csv": "spreadsheet",
    "eml": "email",
    "txt": "text",
}

TEXT_EXTENSIONS = {"txt", "text", "md"}
EMAIL_HEADER_NAMES = (b"from:", b"to:", b"subject:", b"date:", b"received:", b"mime-version:", b"message-id:")


def sniff(data: bytes, name: str) -> str:
    """The file's real format, from its first bytes; the extension only breaks ties between texts."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if not data:
        raise ReadError("empty file (0 bytes)")
    head = data[:2048]
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except zipfile.BadZipFile as exc:
            raise ReadError(f"corrupt zip container ({exc})") from None
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            raise ReadError("Word .docx replies are not supported yet")
        raise ReadError("zip bundles are not supported yet")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("legacy Microsoft Office file (.xls/.doc/.msg) is not supported yet")
    if _looks_binary(head):
        raise ReadError("not a document this tool can read (binary data of unknown type)")
    lowered = head.lower().lstrip(b"\xef\xbb\xbf")
    if lowered.lstrip().startswith((b"<!doctype html", b"<html")):
        raise ReadError("HTML pages are not supported yet")
    first_lines = lowered.splitlines()[:30]
    header_hits = sum(1 for line in first_lines if line.startswith(EMAIL_HEADER_NAMES))
    if header_hits >= 2 and ext not in ("csv",):
        return "eml"
    if ext == "csv":
        return "csv"
    if ext in TEXT_EXTENSIONS or ext == "":
        return "txt"
    if ext in ("xlsx", "xlsm", "pdf"):
        raise ReadError(f"named .{ext} but the content is plain text, not a real .{ext} file")
    return "txt"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.05


def read_document(data: bytes, source: str) -> Document:
    """Read one reply file's bytes. Raises ReadError with a one-line reason when it can't."""
    fmt = sniff(data, source)
    module = importlib.import_module(f"foi_tally.readers.{READERS[fmt]}")
    return module.read(data, source, fmt)
