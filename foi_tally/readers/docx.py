"""Word .docx letters through python-docx: paragraphs in order, tables as tables.

The page header is read first and the footer last, because a force is often
named only in its letterhead. Every paragraph is a line (`Locator.line` is the
paragraph's number in the body); a line break inside a paragraph splits it.
A data table becomes a Table whose cells are located by `part` ("table 2"),
row and column. A table used only to lay the page out (one column, one row,
or cells of running prose) is read as lines instead, so its sentences reach
the prose parser. Merged cells carry their text across the merge's top row
and leave the rows below empty, as in spreadsheets.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Any

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers import PARTLY_READ
from foi_tally.records import Locator, ReadError

#: Average characters per filled cell above which a table is prose laid out in boxes, not data.
PROSE_CELL_CHARS = 80


def read(data: bytes, source: str, fmt: str = "docx") -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        word = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise ReadError(f"the .docx document is damaged ({type(exc).__name__}: {exc})") from None
    doc = Document(source=source, format="docx")
    section = word.sections[0] if word.sections else None
    first = section is not None and section.different_first_page_header_footer
    header = (section.first_page_header if first else section.header) if section is not None else None
    footer = (section.first_page_footer if first else section.footer) if section is not None else None
    # NOTE: a header "linked to previous" in the first section has no definition: touching it would add one.
    if header is not None and not header.is_linked_to_previous:
        _read_blocks(doc, header._element, header, source, "page header", [0])
    _read_blocks(doc, word.element.body, word, source, None, [0])
    if footer is not None and not footer.is_linked_to_previous:
        _read_blocks(doc, footer._element, footer, source, "page footer", [0])
    return doc


def _read_blocks(doc: Document, element: Any, parent: Any, source: str, part: str | None, tables: list[int]) -> None:
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    number = 0
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            for text in Paragraph(child, parent).text.split("\n"):
                if text.strip():
                    doc.lines.append(Line(text.strip(), Locator(source, line=number, part=part)))
        elif tag == "tbl":
            tables[0] += 1
            grid = _grid(WordTable(child, parent))
            label = f"{part}, table {tables[0]}" if part else f"table {tables[0]}"
            if child.xpath(".//w:tc//w:tbl"):
                # Not read (a cell's text leaves out the table inside it): said, so the reply is checked.
                doc.warnings.append(f"{PARTLY_READ}: {label} has a table inside one of its cells, which is not read")
            if _is_layout(grid):
                for r, row in enumerate(grid, start=1):
                    for text in row:
                        for piece in (text or "").split("\n"):
                            if piece.strip():
                                doc.lines.append(Line(piece.strip(), Locator(source, row=r, part=label)))
            else:
                width = max(len(r) for r in grid)
                first = 1
                title = None
                while first <= len(grid) and _is_title_row(grid[first - 1], width):
                    # One cell merged across the whole table is its title: a line of text.
                    title = title or grid[first - 1][0]
                    doc.lines.append(Line(grid[first - 1][0] or "", Locator(source, row=first, part=label)))
                    first += 1
                rows = tuple(
                    tuple(Cell(text, Locator(source, row=r, column=_letter(c), part=label)) for c, text in enumerate(row))
                    for r, row in enumerate(grid, start=1)
                    if r >= first
                )
                if len(rows) >= 2:
                    doc.tables.append(Table(rows, Locator(source, row=first, part=label), title=title))


def _grid(table: Any) -> list[list[str | None]]:
    """The table's text as a grid: a cell spanning columns repeats its text, a continued vertical merge is empty."""
    from docx.table import _Cell

    grid: list[list[str | None]] = []
    for tr in table._tbl.tr_lst:
        row: list[str | None] = []
        for tc in tr.tc_lst:
            text = None if tc.vMerge == "continue" else (_Cell(tc, table).text.strip() or None)
            row.extend([text] * max(1, tc.grid_span))
        grid.append(row)
    return grid


def _is_title_row(row: list[str | None], width: int) -> bool:
    return len(row) == width and bool(row[0]) and all(text == row[0] for text in row)


def _is_layout(grid: list[list[str | None]]) -> bool:
    """A table that only arranges text on the page: one row, one column, or long prose in its cells."""
    width = max((len(r) for r in grid), default=0)
    filled = [t for row in grid for t in row if t]
    if len(grid) < 2 or width < 2 or not filled:
        return True
    return sum(len(t) for t in filled) / len(filled) > PROSE_CELL_CHARS


def _letter(index: int) -> str:
    from foi_tally.readers.spreadsheet import _letter as letter

    return letter(index)
