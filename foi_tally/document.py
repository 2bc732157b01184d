"""What a reader hands to the parsers: text lines and tables, each with a locator.

Readers know file formats and nothing about forces; parsers know forces and
layouts and never touch the file system. This module is the contract between
the two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from foi_tally.records import Locator

CellValue = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Line:
    """One line of text as it appears in the source."""

    text: str
    locator: Locator
    quoted: bool = False  # part of a quoted earlier message (email chains): never the answer


@dataclass(frozen=True)
class Cell:
    value: CellValue
    locator: Locator

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        if isinstance(self.value, dt.datetime):
            return self.value.date().isoformat() if self.value.time() == dt.time() else self.value.isoformat()
        if isinstance(self.value, dt.date):
            return self.value.isoformat()
        return str(self.value).strip()


@dataclass(frozen=True)
class Table:
    """A grid of cells read from a spreadsheet, a PDF table or a text table."""

    rows: tuple[tuple[Cell, ...], ...]
    locator: Locator  # where the table starts
    title: str | None = None  # e.g. the sheet name or a caption above it

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


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

    def text(self, include_quoted: bool = False) -> str:
        return "\n".join(l.text for l in self.lines if include_quoted or not l.quoted)

    def extend(self, other: Document) -> None:
        """Fold an attachment's content into this document."""
        self.lines.extend(other.lines)
        self.tables.extend(other.tables)
        self.warnings.extend(other.warnings)
        self.ocr = self.ocr or other.ocr
