"""Readers: one module per file format, each turning bytes into a Document.

The format is decided by the file's content, not its extension, because
replies arrive renamed ("attachment (3).dat", a CSV saved as .txt, a PDF
saved as .doc, a web page saved as .xls). The extension only breaks ties
between kinds of plain text. Readers are imported lazily: pdfplumber,
openpyxl and python-docx cost a noticeable fraction of a second to import and
most commands never need them.

A file is one reply, whatever it holds inside (an email's attachments, a
zip's members): `read_document`. The one exception is a WhatDoTheyKnow batch
download, which holds a whole round robin: `read_replies` gives one document
per authority for it.
"""

from __future__ import annotations

import csv
import importlib
import zipfile
from contextvars import ContextVar
from dataclasses import replace

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.records import Locator, ReadError

#: format name -> module in this package with a `read(data, source, fmt) -> Document`.
READERS = {
    "pdf": "pdf",
    "xlsx": "spreadsheet",
    "csv": "spreadsheet",
    "xls": "xls",
    "ods": "ods",
    "docx": "docx",
    "odt": "odt",
    "eml": "email",
    "msg": "msg",
    "html": "html",
    "txt": "text",
    "zip": "bundle",
}

TEXT_EXTENSIONS = {"txt", "text", "md"}
#: Extensions of binary formats: plain text under one of these names is a broken download, not a reply.
BINARY_EXTENSIONS = {"xlsx", "xlsm", "xls", "ods", "pdf", "doc", "docx", "odt", "msg", "zip"}
EMAIL_HEADER_NAMES = ("from:", "to:", "subject:", "date:", "received:", "mime-version:", "message-id:")
#: Attachments inside zips inside emails...: deeper than this is refused, not followed.
MAX_NESTING = 4

_UNSUPPORTED_OLE = {
    "WordDocument": "Word 97-2003 .doc files are not supported: save it as .docx or PDF",
    "PowerPoint Document": "PowerPoint files are not supported: save it as PDF",
    "EncryptedPackage": "the Office file is protected by a password: ask the force for an unprotected copy",
}
_depth: ContextVar[int] = ContextVar("reader_depth", default=0)


def sniff(data: bytes, name: str) -> str:
    """The file's real format, from its content; the extension only breaks ties between kinds of text."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if not data:
        raise ReadError("empty file (0 bytes)")
    head = data[:2048]
    # A zip first: an uncompressed ("stored") zip of PDFs holds "%PDF-" in its first kilobyte too.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _sniff_ole(data)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        raise ReadError("RTF documents are not supported: save it as .docx or PDF")
    encoding = unexpected_encoding(head)
    if encoding:
        raise ReadError(f"text in an encoding this tool does not read ({encoding}): save it as UTF-8")
    text = _text_head(head)
    if text is None:
        raise ReadError("not a document this tool can read (binary data of unknown type)")
    lowered = text.lower().lstrip("\ufeff \r\n\t")
    if lowered.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        raise ReadError("Excel 2003 XML spreadsheets are not supported: save it as .xlsx")
    if _looks_like_html(lowered):
        return "html"
    first_lines = lowered.splitlines()[:30]
    header_hits = sum(1 for line in first_lines if line.startswith(EMAIL_HEADER_NAMES))
    if header_hits >= 2 and ext != "csv":
        return "eml"
    if ext == "csv" or looks_like_csv(text):
        return "csv"
    if ext in TEXT_EXTENSIONS or ext == "":
        return "txt"
    if ext in BINARY_EXTENSIONS:
        raise ReadError(f"named .{ext} but the content is plain text, not a real .{ext} file")
    return "txt"


def _sniff_zip(data: bytes) -> str:
    from foi_tally.readers.bundle import check_inflation, open_zip

    archive = open_zip(data)
    fmt = _zip_format(archive)
    if fmt != "zip":
        check_inflation(archive)  # the libraries that read these trust each member's declared size
    return fmt


def _zip_format(archive: zipfile.ZipFile) -> str:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        raise ReadError("Excel binary workbooks (.xlsb) are not supported: save it as .xlsx")
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        raise ReadError("PowerPoint files are not supported: save it as PDF")
    if "mimetype" in names:
        with archive.open("mimetype") as handle:
            kind = handle.read(100).decode("ascii", errors="replace").strip()  # never inflate more than this
        if kind == "application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        if kind == "application/vnd.oasis.opendocument.text":
            return "odt"
        if kind.startswith("application/vnd.oasis.opendocument."):
            label = kind.rsplit(".", 1)[-1]
            raise ReadError(f"OpenDocument {label} files are not supported: save it as .odt, .docx, .ods or PDF")
    return "zip"


def _sniff_ole(data: bytes) -> str:
    from foi_tally.readers.ole import stream_names

    names = stream_names(data)
    if "Workbook" in names or "Book" in names:
        return "xls"
    if any(n.startswith(("__substg1.0_", "__properties_version1.0")) for n in names):
        return "msg"
    for stream, reason in _UNSUPPORTED_OLE.items():
        if stream in names:
            raise ReadError(reason)
    inside = ", ".join(sorted(set(names) - {"Root Entry"})[:5])
    raise ReadError(f"legacy Microsoft Office file of an unknown kind (streams: {inside}) is not supported")


#: Readers put this in a warning when they could read only part of a damaged file (a broken email, a
#: truncated attachment): parsers.base lists such a reply for review, since a figure may be missing.
PARTLY_READ = "partly unreadable"
#: How a reader notes text struck through, which it leaves out (often a person since found: parsers ask for a check).
STRUCK_THROUGH = "struck-through text was not read"
#: How the word processors' readers (.docx, .odt) note tracked changes, read as if accepted.
TRACKED_CHANGES = (
    "the document has tracked changes: its text was read with the insertions accepted and the deletions dropped"
)


def unexpected_encoding(head: bytes) -> str | None:
    """Text whose encoding is none this tool reads, named, or None: UTF-32, big-endian UTF-16 without a
    byte-order mark, or bytes that are neither UTF-8 nor Windows-1252 English (EBCDIC, a code page for
    another script). Text mis-decoded that way would be read as gibberish and listed with a misleading
    reason, or worse, read as digits that are not there."""
    if len(head) >= 16:
        if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
            return "UTF-32"
        starts = range(0, len(head) - 3, 4)
        # Each UTF-32 character of English holds three zero bytes: without that many, neither test can pass.
        if head.count(0) >= 3 * len(starts) * 0.8:
            quads = [head[i : i + 4] for i in starts]
            if sum(q[1:] == b"\x00\x00\x00" and q[0] for q in quads) >= len(quads) * 0.8:
                return "UTF-32, little-endian"
            if sum(q[:3] == b"\x00\x00\x00" and q[3] for q in quads) >= len(quads) * 0.8:
                return "UTF-32, big-endian"
        if not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            half = len(head) // 2
            if head[0 : half * 2 : 2].count(0) >= half * 0.9 and head[1 : half * 2 : 2].count(0) <= half * 0.1:
                return "UTF-16, big-endian, without a byte-order mark"
    if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None
    try:
        head.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return None  # a character cut off at the end of the sample
    letters = [c for c in head.decode("cp1252", errors="replace") if c.isalpha()]
    if len(letters) >= 20 and sum(c.isascii() for c in letters) < len(letters) * 0.6:
        return "not UTF-8, UTF-16 or Windows-1252: EBCDIC, or a code page for another script?"
    return None


#: Control characters that plain text does not hold (tab, line breaks, form feed are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _text_head(head: bytes) -> str | None:
    """The start of a text file as text, or None when it is binary. UTF-16 (with or without BOM) is text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if utf16_without_bom(head):
        return head.decode("utf-16-le", errors="replace")
    if b"\x00" in head:
        return None
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if control > len(head) * 0.05:
        return None
    return head.decode("utf-8", errors="replace")


def utf16_without_bom(head: bytes) -> bool:
    """Little-endian UTF-16 text with no byte-order mark: ASCII letters with a zero byte after each."""
    sample = head[:512]
    if len(sample) < 8:
        return False
    odd = sample[1::2]
    return odd.count(0) >= len(odd) * 0.9 and sample[0::2].count(0) <= len(odd) * 0.1


def _looks_like_html(lowered: str) -> bool:
    start = lowered.lstrip()
    if start.startswith(("<!doctype html", "<html")):
        return True
    if start.startswith(("<?xml", "<!--", "<meta", "<head", "<body", "<table", "<div")):
        return "<html" in lowered or "<body" in lowered or "<table" in lowered
    return False


#: Field separators tried in CSV files, in order of preference when two fit equally well.
DELIMITERS = (",", "\t", ";", "|")


def looks_like_csv(text: str) -> bool:
    """A run of delimited rows of the same width that is most of the file: a CSV, whatever its name.

    Prose wrapped in a letter has commas too, but not the same number on most
    lines, and its 'fields' are long; a CSV's are short.
    """
    lines = _first_lines(text)
    if len(lines) < 3:
        return False
    for delimiter in DELIMITERS:
        run = _longest_run(lines, delimiter)
        if len(run) < 3 or len(run) < len(lines) * 0.5:
            continue
        fields = [f for row in run for f in row]
        if sum(len(f) for f in fields) / len(fields) <= 30 and max(len(f) for f in fields) <= 120:
            return True
    return False


def csv_delimiter(text: str) -> str:
    """The separator that gives the longest run of rows of one width (two fields or more); commas by default."""
    lines = _first_lines(text)
    best = max(DELIMITERS, key=lambda d: (len(_longest_run(lines, d)), -DELIMITERS.index(d)))
    return best if _longest_run(lines, best) else ","


def _first_lines(text: str) -> list[str]:
    return [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:60] if line.strip()]


def _longest_run(lines: list[str], delimiter: str) -> list[list[str]]:
    """The longest stretch of consecutive lines splitting into the same number (>= 2) of fields."""
    best: list[list[str]] = []
    run: list[list[str]] = []
    for line in lines:
        try:
            row = next(csv.reader([line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            row = []
        if len(row) >= 2 and run and len(row) == len(run[0]):
            run.append(row)
        else:
            run = [row] if len(row) >= 2 else []
        if len(run) > len(best):
            best = list(run)
    return best


def read_document(data: bytes, source: str, name: str | None = None) -> Document:
    """Read one reply file's bytes. Raises ReadError with a one-line reason when it can't.

    `name` is the name the bytes came under (an attachment's or zip member's file
    name) when that differs from `source`, the file the reply is recorded under.
    """
    return _read(data, source, sniff(data, name or source))


def read_replies(data: bytes, source: str) -> list[tuple[str | None, Document]]:
    """The replies one file holds, each with the authority the file says it was sent to (or None).

    Every file is one reply except a WhatDoTheyKnow batch download, which is
    one reply per authority folder, and a zip of several forces' replies, one
    per force.
    """
    fmt = sniff(data, source)
    if fmt == "zip":
        from foi_tally.readers.bundle import read_batch, read_by_force

        batch = read_batch(data, source)
        if batch is not None:
            return batch
        return [(None, doc) for doc in read_by_force(data, source)]
    return [(None, _read(data, source, fmt))]


def _read(data: bytes, source: str, fmt: str) -> Document:
    depth = _depth.get()
    if depth >= MAX_NESTING:
        raise ReadError(f"files nested more than {MAX_NESTING} deep (attachments in archives in emails...)")
    token = _depth.set(depth + 1)
    try:
        module = importlib.import_module(f"foi_tally.readers.{READERS[fmt]}")
        return module.read(data, source, fmt)
    finally:
        _depth.reset(token)


def as_part(doc: Document, part: str) -> Document:
    """`doc`, read from an attachment or archive member called `part`, with every locator pointing into it."""

    def move(loc: Locator) -> Locator:
        return replace(loc, part=f"{part} > {loc.part}" if loc.part else part)

    lines = [Line(line.text, move(line.locator), line.quoted) for line in doc.lines]
    tables = [
        Table(tuple(tuple(Cell(c.value, move(c.locator), c.spanned) for c in row) for row in t.rows), move(t.locator),
              t.title)
        for t in doc.tables
    ]
    loose = [tuple(Cell(c.value, move(c.locator), c.spanned) for c in row) for row in doc.loose_rows]
    return replace(doc, lines=lines, tables=tables, loose_rows=loose, warnings=[f"{part}: {w}" for w in doc.warnings])


def fold(into: Document, member: Document) -> None:
    """Add an attachment's or member's content to the reply it belongs to, with its email headers if it has them."""
    into.extend(member)
    into.sender = into.sender or member.sender
    into.sent = into.sent or member.sent
    into.subject = into.subject or member.subject

