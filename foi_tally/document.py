"""What a reader hands to the parsers: text lines and tables, each with a locator.

Readers know file formats and nothing about forces; parsers know forces and
layouts and never touch the file system. This module is the contract between
the two.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from foi_tally.records import Locator

CellValue = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Line:
    """One line of text as it appears in the source."""

    text: str
    locator: Locator
    quoted: bool = False  # part of a quoted earlier message (email chains): not the answer...
    forces_words: bool = False  # ...unless the force wrote it, read when the reply's own words answer nothing


def cell_text(value: CellValue) -> str:
    """A cell value as the document shows it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


class _CachedText:
    """Cell.text, worked out on first use and kept in the cell's own dict (which then answers directly).

    Like functools.cached_property, without the lock it takes on every first use in Python 3.11: a
    10,000-row sheet has 40,000 cells, and layouts read each cell's text many times.
    """

    def __get__(self, cell: Cell | None, owner: type) -> str:
        if cell is None:
            return self  # type: ignore[return-value]
        text = cell.__dict__["text"] = cell_text(cell.value)
        return text


@dataclass(frozen=True)
class Cell:
    value: CellValue
    locator: Locator
    # A cell covered by a vertical merge (a row below the first of a merged range) shows nothing of its own:
    # `spanned` holds the merge's top cell text, "2019" for the second row under a year spanning two rows.
    # `text` stays the cell's own text ("" here); layouts decide where the spanned text counts.
    spanned: str | None = None

    text = _CachedText()

    def __init__(self, value: CellValue, locator: Locator, spanned: str | None = None) -> None:
        # The fields set in one go, as Locator does: a 10,000-row sheet makes 40,000 cells, and the __init__
        # dataclass writes for a frozen class sets them one by one through object.__setattr__.
        self.__dict__.update(value=value, locator=locator, spanned=spanned)


@dataclass(frozen=True)
class Table:
    """A grid of cells read from a spreadsheet, a PDF table or a text table."""

    rows: tuple[tuple[Cell, ...], ...]
    locator: Locator  # where the table starts
    title: str | None = None  # e.g. the sheet name or a caption above it

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


#: Rows that may part two runs of one table: a blank row, a year whose count was left empty, a sub-heading.
TABLE_GAP_ROWS = 2

#: A cell saying the table has no one in it ("No records", "None", "-"): a table's way of listing nobody.
NO_ONE_CELL = re.compile(
    r"^\s*(?:no\s+(?:records?|data|results?|entries|offenders?|rsos?|individuals?|one)(?:\s+(?:found|held|to\s+report))?"
    r"|none|nil|n/?a|[-\u2013\u2014]+)\s*\.?\s*$",
    re.IGNORECASE,
)


@dataclass
class Document:
    """Everything read from one reply file (attachments and zip members included)."""

    source: str  # path relative to the ingested folder
    format: str  # pdf | xlsx | csv | eml | txt | ...
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sender: str | None = None  # email From address, when there is one
    sent: dt.date | None = None  # email Date header
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. hidden sheets skipped
    ocr: bool = False  # text came from OCR: lower confidence
    # A row of a sheet with two or more cells filled that stands alone is a line, and its cells are kept
    # here too: it may be the rest of the table above it after a gap, or a total stated beside the table
    # (layouts.tables.join_continued, lone_totals).
    loose_rows: list[tuple[Cell, ...]] = field(default_factory=list)

    def text(self, include_quoted: bool = False) -> str:
        return "\n".join(l.text for l in self.lines if include_quoted or not l.quoted)

    def extend(self, other: Document) -> None:
        """Fold an attachment's content into this document."""
        self.lines.extend(other.lines)
        self.tables.extend(other.tables)
        self.loose_rows.extend(other.loose_rows)
        self.warnings.extend(other.warnings)
        self.ocr = self.ocr or other.ocr
