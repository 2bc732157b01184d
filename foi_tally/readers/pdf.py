"""PDF letters with a text layer.

pypdfium2 reads every page's text (hundreds of pages a second); pdfplumber's
slower table finder runs only on pages that look tabular: ruled lines drawn on
the page, or runs of lines that read like rows. Borderless tables are found
with pdfplumber's text-alignment strategy, ruled ones with its line strategy.
"""

from __future__ import annotations

import re

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.records import Locator, ReadError

#: Path objects on a page before we assume it draws a ruled table.
RULED_PATH_OBJECTS = 4
#: Lines with a date, year or count among other words before a page looks like a borderless table.
ROWLIKE_LINES = 2
_ROWLIKE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d{2})\b.*\S|\S.*\b(?:19|20)\d{2}\s*\|?\s*\d+\s*$"
)
_FPDF_PAGEOBJ_PATH = 2


def read(data: bytes, source: str, fmt: str = "pdf") -> Document:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise ReadError("PDF is protected by a password; ask the force for an unlocked copy") from None
        raise ReadError(f"PDF is damaged or truncated ({exc})") from None
    doc = Document(source=source, format="pdf")
    table_pages: list[tuple[int, bool]] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            for number, line_text in enumerate(lines, start=1):
                if line_text:
                    doc.lines.append(Line(line_text, Locator(source, page=index + 1, line=number)))
            ruled = sum(1 for obj in page.get_objects() if obj.type == _FPDF_PAGEOBJ_PATH) >= RULED_PATH_OBJECTS
            rowlike = sum(1 for ln in lines if _ROWLIKE.search(ln) and not ln.endswith("."))
            if ruled or rowlike >= ROWLIKE_LINES:
                table_pages.append((index, ruled))
    finally:
        pdf.close()
    if not any(line.text for line in doc.lines):
        doc.warnings.append("PDF has no text layer (a scan?): needs OCR")
    if table_pages:
        doc.tables.extend(_tables(data, source, table_pages))
    return doc


def _tables(data: bytes, source: str, pages: list[tuple[int, bool]]) -> list[Table]:
    from io import BytesIO

    import pdfplumber

    found: list[Table] = []
    with pdfplumber.open(BytesIO(data)) as pdf:
        for index, ruled in pages:
            page = pdf.pages[index]
            if ruled:
                regions = [(page, {})]
            else:
                text_strategy = {"vertical_strategy": "text", "horizontal_strategy": "text"}
                regions = [(page.crop(box), text_strategy) for box in _borderless_regions(page)]
            number = 0
            for region, settings in regions:
                for raw in region.extract_tables(settings):
                    number += 1
                    table = _table(raw, source, index, number)
                    if table is not None:
                        found.append(table)
    return found


def _borderless_regions(page) -> list[tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """Bounding boxes around runs of row-like text lines, with the header line above and a total below."""
    lines = page.extract_text_lines()
    boxes = []
    i = 0
    while i < len(lines):
        if not (_ROWLIKE.search(lines[i]["text"]) and not lines[i]["text"].endswith(".")):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _ROWLIKE.search(lines[j + 1]["text"]) and not lines[j + 1]["text"].endswith("."):
            j += 1
        first = i - 1 if i > 0 and not re.search(r"[.:;]$", lines[i - 1]["text"]) else i
        last = j + 1 if j + 1 < len(lines) and re.match(r"(?i)\s*(?:grand\s+)?total", lines[j + 1]["text"]) else j
        if last > first:
            boxes.append((0, max(0, lines[first]["top"] - 1), page.width, min(page.height, lines[last]["bottom"] + 1)))
        i = j + 1
    return boxes


def _table(raw: list[list[str | None]], source: str, index: int, number: int) -> Table | None:
    rows = []
    for row_number, raw_row in enumerate(raw, start=1):
        values = [(v or "").replace("\n", " ").strip() for v in raw_row]
        if not any(values):
            continue
        rows.append(
            tuple(
                Cell(v or None, Locator(source, page=index + 1, row=row_number, column=_column(c)))
                for c, v in enumerate(values)
            )
        )
    if len(rows) < 2:
        return None
    return Table(tuple(rows), Locator(source, page=index + 1), title=f"page {index + 1} table {number}")


def _column(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)
