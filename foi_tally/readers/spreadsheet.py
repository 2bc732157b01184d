"""Spreadsheets: .xlsx through openpyxl, .csv through the csv module.

A sheet is split into text lines (title blocks, notes: rows with one filled
cell) and tables (runs of rows with two or more filled cells). Hidden sheets,
rows and columns are never read: a hidden sheet once leaked personal data, and
what a force hid is not part of its answer. They are reported as warnings.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import io
import os
import re
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

from foi_tally.dates import ENGLISH_MONTH_NAMES
from foi_tally.document import NO_ONE_CELL, Cell, CellValue, Document, Line, Table, cell_text
from foi_tally.readers import STRUCK_THROUGH
from foi_tally.readers.marks import unicode_cell_text
from foi_tally.records import Locator, ReadError


def _limit(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


#: Limits on one sheet, checked on an .xlsx file's XML before openpyxl loads it (openpyxl holds every cell of
#: the grid in memory, some 400 bytes each, and takes about 14 s a million cells). Raise them with the
#: environment variables FOI_TALLY_MAX_ROWS, FOI_TALLY_MAX_COLUMNS and FOI_TALLY_MAX_CELLS (rows x columns).
MAX_ROWS = _limit("FOI_TALLY_MAX_ROWS", 200_000)
MAX_COLUMNS = _limit("FOI_TALLY_MAX_COLUMNS", 500)
MAX_CELLS = _limit("FOI_TALLY_MAX_CELLS", 1_000_000)


def read(data: bytes, source: str, fmt: str) -> Document:
    if fmt == "csv":
        return read_csv(data, source)
    return read_xlsx(data, source)


def read_xlsx(data: bytes, source: str) -> Document:
    """A workbook's visible sheets. Sheet XML of the usual shape is read by _read_xlsx_streaming (many times
    faster); anything unusual by openpyxl's full loader, which the streaming reader reproduces value for
    value."""
    import zipfile
    from xml.parsers.expat import ExpatError

    parts = check_xlsx(data)
    try:
        return _read_xlsx_streaming(data, source, parts)
    except (_Unusual, ExpatError, SyntaxError, zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError,
            OSError, AttributeError, OverflowError):
        return _read_xlsx_full(data, source)  # which says what is damaged, if anything is


def _open_book(data: bytes, read_only: bool = False):  # type: ignore[no-untyped-def]
    """openpyxl's workbook, values as last calculated, without its chatter: it warns about extensions it
    does not support (data validation etc.) and prints to stdout about a cell style that points nowhere."""
    import contextlib
    import warnings

    import openpyxl

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)


def _read_xlsx_full(data: bytes, source: str) -> Document:
    """openpyxl's full loader: every cell an object. The reference the streaming reader must match."""
    import zipfile
    from xml.parsers.expat import ExpatError

    from openpyxl.utils import get_column_letter

    doc = Document(source=source, format="xlsx")
    try:
        book = _open_book(data)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, ExpatError) as exc:
        # SyntaxError: the XML parsers' errors (ElementTree's ParseError, lxml's XMLSyntaxError) for a part
        # cut short or overwritten.
        raise ReadError(f"spreadsheet is damaged or not a real .xlsx ({type(exc).__name__}: {exc})") from None
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            doc.warnings.append(f"hidden sheet '{sheet.title}' was not read")
            continue
        height, width = sheet.max_row, sheet.max_column
        if height > MAX_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS:
            raise ReadError(
                f"sheet '{sheet.title}' is too large to read safely "
                f"({sheet.max_row} rows x {sheet.max_column} columns; limit {MAX_ROWS} x {MAX_COLUMNS})"
            )
        hidden_rows = {i for i, dim in sheet.row_dimensions.items() if dim.hidden}
        hidden_cols = set()
        for dim in sheet.column_dimensions.values():
            if dim.hidden:
                # A dimension can span several columns (min..max).
                hidden_cols.update(range(dim.min or 0, (dim.max or 0) + 1))
        if hidden_rows:
            doc.warnings.append(f"sheet '{sheet.title}': {len(hidden_rows)} hidden row(s) were not read")
        if hidden_cols:
            doc.warnings.append(f"sheet '{sheet.title}': {len(hidden_cols)} hidden column(s) were not read")
        merged_values: dict[tuple[int, int], CellValue] = {}
        spans: dict[tuple[int, int], str] = {}  # cells under a merge's first row -> the merge's text
        for merged in sheet.merged_cells.ranges:
            top_left = sheet.cell(merged.min_row, merged.min_col).value
            shown = _spanned_text(top_left, merged.min_row in hidden_rows or merged.min_col in hidden_cols)
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    merged_values[(r, c)] = top_left if r == merged.min_row else None
                    if r > merged.min_row and shown:
                        spans[(r, c)] = shown
        rows: list[tuple[int, list[Cell]]] = []
        struck = False
        for row in sheet.iter_rows():
            if not row:
                continue
            r = row[0].row
            if r in hidden_rows:
                continue
            cells = []
            crossed = False
            for cell in row:
                if cell.column in hidden_cols:
                    continue
                value = merged_values.get((r, cell.column), cell.value)
                if cell.font is not None and cell.font.strike and _clean(value) is not None:
                    value, struck, crossed = None, True, True
                if isinstance(value, dt.datetime):
                    value = shown_as(value, _date_precision(cell.number_format))
                loc = Locator(source, sheet=sheet.title, row=r, column=get_column_letter(cell.column))
                cells.append(Cell(_clean(value), loc, spans.get((r, cell.column))))
            if crossed and all(c.value is None for c in cells):
                continue  # a row wholly crossed out is gone, as a hidden one is: it does not end a table
            rows.append((r, cells))
        _split(doc, rows, source, sheet.title)
        if struck and STRUCK_THROUGH not in doc.warnings:
            doc.warnings.append(STRUCK_THROUGH)
    return doc



@functools.lru_cache(maxsize=256)
def _date_precision(number_format: str) -> str | None:
    """"year" or "month" for a date format that shows no day ("yyyy", "mmm-yy", "[$-809]mmmm yyyy;@"), else None."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.|[_*].', "", number_format.split(";")[0]).lower()
    if not code or "d" in code or "h" in code or "s" in code or "y" not in code:
        return None
    return "month" if "m" in code else "year"


def shown_as(value: CellValue, precision: str | None) -> CellValue:
    """A date cell as its number format shows it, when that is coarser than a day: the year alone (2009), or
    the month and year ("March 2011"). A date typed as 1 March 2011 and shown as "Mar-11" says March 2011."""
    if not isinstance(value, dt.datetime) or precision is None:
        return value
    return value.year if precision == "year" else f"{calendar.month_name[value.month]} {value.year}"


def _coarse_date_styles(book) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Cell style index -> "year" or "month", for the workbook's date styles that show no day."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, builtin_format_code

    coarse = {}
    for idx in getattr(book, "_date_formats", ()):
        try:
            fmt_id = book._cell_styles[idx].numFmtId
            code = builtin_format_code(fmt_id) if fmt_id < BUILTIN_FORMATS_MAX_SIZE else book._number_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
        except (AttributeError, IndexError, KeyError):
            continue
        if code and (precision := _date_precision(code)):
            coarse[idx] = precision
    return coarse


def _struck_styles(book) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """Cell style indexes whose font is struck through: a row crossed out is often a person since found."""
    try:
        fonts = book._fonts
        return frozenset(i for i, xf in enumerate(book._cell_styles) if fonts[xf.fontId].strike)
    except (AttributeError, IndexError, TypeError):
        return frozenset()


class _Unusual(Exception):
    """Sheet XML the streaming reader does not handle: openpyxl's full loader reads it instead."""


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,9})")


def _read_xlsx_streaming(data: bytes, source: str, parts: dict[str, _PlainSheet | None] | None = None) -> Document:
    """Visible sheets read from their XML with expat, values converted as openpyxl converts them.

    openpyxl (read-only) gives the sheet list, states, shared strings and date styles; the grid, hidden
    rows and columns and merged ranges come from one pass over each sheet's XML (by regular expression
    when the sheet has the usual shape: _plain_sheet). The result is what _read_xlsx_full gives: the
    same rows, cells and locators, the same warnings. `parts` holds what check_xlsx learnt of sheets
    it read whole, by part name: the plain sheet, or None for one not plain.
    """
    from openpyxl.workbook.child import INVALID_TITLE_REGEX

    book = _open_book(data, read_only=True)
    try:
        doc = Document(source=source, format="xlsx")
        coarse = _coarse_date_styles(book)
        struck = _struck_styles(book)
        for sheet in book.worksheets:
            title = sheet.title
            if not title or INVALID_TITLE_REGEX.search(title):
                raise _Unusual(title)  # the full loader refuses or renames it
            if sheet.sheet_state != "visible":
                doc.warnings.append(f"hidden sheet '{title}' was not read")
                continue
            path = sheet._worksheet_path
            grid = _SheetXml(sheet._shared_strings, book._date_formats, book._timedelta_formats, book.epoch, coarse, struck)
            if parts is not None and path in parts:
                plain = parts.pop(path)  # its tokens go once read
            else:
                xml = _whole_part(book._archive, path)
                plain = _plain_sheet(xml) if xml is not None else None
            if plain is None or not grid.parse_plain(plain):
                grid = _SheetXml(sheet._shared_strings, book._date_formats, book._timedelta_formats, book.epoch, coarse, struck)
                with book._archive.open(path) as handle:
                    grid.parse(handle)
            _split(doc, grid.rows(doc, source, title), source, title)
            if grid.struck and STRUCK_THROUGH not in doc.warnings:
                doc.warnings.append(STRUCK_THROUGH)
    finally:
        book.close()
    return doc


#: Sheet XML up to this size is read whole (and kept from check_xlsx for the reader); larger is streamed.
_WHOLE_PART_BYTES = 32 << 20


def _whole_part(archive, path: str) -> bytes | None:  # type: ignore[no-untyped-def]
    """A sheet's XML read whole, or None when it is too large to hold or cannot be read: the caller then
    streams it as before and meets whatever went wrong in the same place."""
    try:
        info = archive.getinfo(path)
        return archive.read(info) if info.file_size <= _WHOLE_PART_BYTES else None
    except Exception:  # noqa: BLE001 - whatever it is, streaming the part meets it again
        return None


class _SheetXml:
    """One worksheet's XML, streamed: cell values by row, hidden rows and columns, merged ranges."""

    def __init__(self, shared: Sequence[str], date_styles: set[int], timedelta_styles: set[int], epoch,  # type: ignore[no-untyped-def]
                 coarse_styles: dict[int, str] | None = None, struck_styles: frozenset[int] = frozenset()) -> None:
        self.shared, self.date_styles, self.timedelta_styles, self.epoch = shared, date_styles, timedelta_styles, epoch
        self.coarse_styles = coarse_styles or {}  # date styles that show only a month or a year
        self.struck_styles = struck_styles  # cells in these are left out, and said so (STRUCK_THROUGH)
        self.struck = False
        self.struck_rows: set[int] = set()  # rows that had a struck cell left out
        self.values: dict[int, dict[int, CellValue]] = {}  # row -> column -> value, rows in order
        self.hidden_rows: dict[int, bool] = {}
        self.columns: dict[int, tuple[int, int | None, bool]] = {}  # like openpyxl: keyed by a <col>'s min
        self.merges: list[tuple[int, int, int, int]] = []  # min_col, min_row, max_col, max_row
        self._stack: list[str] = []
        self._row = 0
        self._column = 0
        self._cell: tuple[int, str, int] | None = None  # column, type, style
        self._v: list[str] | None = None
        self._text: list[str] = []
        self._plain: str | None = None
        self._runs: list[str | None] = []
        self._inline = False
        self._run_text = False
        self._merge_blocks = 0
        self.cleaned = False  # the values are _clean'd already

    def parse(self, handle) -> None:  # type: ignore[no-untyped-def]
        from xml.parsers import expat

        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self._refuse  # no DTD, so no entities to expand
        parser.EntityDeclHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        parser.buffer_text = True
        parser.ParseFile(handle)

    def parse_plain(self, plain: _PlainSheet) -> bool:
        """The sheet read from its plain shape (_plain_sheet): expat reads what is around <sheetData>
        (columns, merged ranges, namespaces) with the handlers parse uses, _take_rows the rows and cells.

        False when that would not give what parse gives: this object is then spoilt, and the caller
        parses the XML afresh."""
        prefixes = self._parse_outline(plain.head, plain.tail)
        return prefixes is not None and self._take_rows(plain.tokens, prefixes)

    def _parse_outline(self, head: bytes, tail: bytes) -> dict[str, str] | None:
        """Parse the sheet with its <sheetData> emptied; the namespace prefixes bound inside <sheetData>.

        None when expat fails, the declared encoding is not UTF-8, or the emptied <sheetData> is not the
        sheet's one sheetData element, written plainly, in the main namespace, under the root."""
        from xml.parsers import expat

        parser = expat.ParserCreate(namespace_separator=" ")
        encodings: list[str | None] = []
        declared: list[tuple[str, str]] = []  # namespace declarations of the next element
        scopes: list[list[tuple[str, str]]] = []
        found: list[tuple[int, int, dict[str, str]]] = []

        def start(name: str, attrs: dict[str, str]) -> None:
            scopes.append(declared[:])
            declared.clear()
            if name == _MAIN + "sheetData":
                bound = {"xml": _XML_NAMESPACE, **{p: uri for scope in scopes for p, uri in scope if p}}
                found.append((parser.CurrentByteIndex, len(self._stack), bound))
            self._start(name, attrs)

        def end(name: str) -> None:
            scopes.pop()
            self._end(name)

        parser.XmlDeclHandler = lambda version, encoding, standalone: encodings.append(encoding)
        parser.StartNamespaceDeclHandler = lambda prefix, uri: declared.append((prefix, uri))
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = self._chars
        parser.buffer_text = True
        try:
            parser.Parse(head + tail, True)
        except Exception:  # noqa: BLE001 - whatever it is, parse() meets it again and deals with it as before
            return None
        if any(e is not None and e.lower() != "utf-8" for e in encodings) or self.values or self.hidden_rows:
            return None
        if len(found) != 1 or found[0][:2] != (len(head) - len(b"<sheetData>"), 1):
            return None
        return found[0][2]

    def _take_rows(self, tokens: list[tuple[str, ...]], prefixes: dict[str, str]) -> bool:
        """Rows and cells from <sheetData>'s tokens, as _start, _end and _value record them (values
        _clean'd already); False at anything they would treat differently or refuse."""
        values, shared, convert, column_numbers = self.values, self.shared, self._convert, _COLUMN_NUMBERS
        # By attribute text (few kinds in a sheet): a row's (recorded, hidden), a cell's (type, style).
        row_states: dict[str, tuple[bool, bool] | None] = {}
        cell_kinds: dict[str, tuple[str, int] | None] = {"": ("n", 0)}
        row = column = 0
        row_text = ""
        row_values: dict[int, CellValue] | None = None
        in_row = False
        for letters, digits, attrs, formula, v, inline_text, cell_ends_row, row_number, row_attrs, row_ends in tokens:
            if letters:
                if not in_row or (digits != row_text and int(digits) != row):
                    return False
                number = column_numbers.get(letters) or _column_number(letters.encode())
                if number <= column:
                    return False
                column = number
                kind_and_style = cell_kinds.get(attrs)
                if kind_and_style is None:
                    kind_and_style = cell_kinds[attrs] = _cell_kind(attrs, prefixes)
                if kind_and_style is None or (formula and not _plain_formula(formula, prefixes)):
                    return False
                kind, style = kind_and_style
                value: CellValue = None
                if kind == "inlineStr":
                    value = inline_text if "&" not in inline_text else _unescape(inline_text)
                    if value is None:
                        return False
                elif v:
                    raw = v if "&" not in v else _unescape(v)
                    if raw is None:
                        return False
                    value = shared[int(raw)] if kind == "s" else convert(kind, style, raw)
                if isinstance(value, str):  # _clean, written out ("" too: an empty or missing <is>)
                    value = (value if value.isascii() else unicode_cell_text(value)).strip() or None
                if value is not None and style in self.struck_styles:
                    value, self.struck = None, True
                    self.struck_rows.add(row)
                if row_values is None:
                    row_values = values[row] = {}
                row_values[number] = value
                if cell_ends_row:
                    in_row = False
            elif row_number:
                number = int(row_number)
                if in_row or number <= row:
                    return False
                row, row_text, column, row_values = number, row_number, 0, None
                if row_attrs:
                    if row_attrs not in row_states:
                        row_states[row_attrs] = _row_state(row_attrs, prefixes)
                    state = row_states[row_attrs]
                    if state is None:
                        return False
                    if state[0]:
                        self.hidden_rows[row] = state[1]
                in_row = not row_ends
            else:
                return False  # the text between tags, or a tag of another shape
        self.cleaned = True
        return not in_row

    def _refuse(self, *args: object) -> None:
        raise ReadError("spreadsheet XML declares a DTD or entities (an entity-expansion attack?): refused")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        stack = self._stack
        parent = stack[-1] if stack else ""
        stack.append(name)
        if parent in (_MAIN + "row", _MAIN + "t", _MAIN + "v") and name != _MAIN + "c":
            raise _Unusual(name)  # openpyxl reads any child of a row as a cell, and text only up to markup
        if not name.startswith(_MAIN):
            return
        tag = name[len(_MAIN):]
        if tag == "c":
            if parent != _MAIN + "row":
                raise _Unusual("cell outside a row")
            match = _REF.fullmatch(attrs.get("r", ""))
            if not match or int(match.group(2)) != self._row:
                raise _Unusual("cell without its own reference")
            column = _column_number(match.group(1).encode())
            if column <= self._column:
                raise _Unusual("cells out of order")
            self._column = column
            style = attrs.get("s", 0)
            self._cell = (column, attrs.get("t", "n"), int(style) if style else 0)
            self._v, self._plain, self._runs, self._inline = None, None, [], False
        elif tag == "row":
            number = attrs.get("r", "")
            if parent != _MAIN + "sheetData" or not (number.isascii() and number.isdigit()):
                raise _Unusual("row without its number")
            row = int(number)
            if row <= self._row:
                raise _Unusual("rows out of order")
            self._row, self._column = row, 0
            if set(attrs) - {"r", "spans"}:
                self.hidden_rows[row] = _row_hidden(attrs)
        elif tag == "v" and parent == _MAIN + "c":
            self._text = []
        elif tag == "is" and parent == _MAIN + "c":
            if self._inline:
                raise _Unusual("two inline strings in one cell")
            self._inline = True
        elif tag == "r" and parent == _MAIN + "is":
            self._run_text = False
        elif tag == "t" and (parent == _MAIN + "is" or (parent == _MAIN + "r" and stack[-3] == _MAIN + "is")):
            self._text = []
        elif tag == "t" and parent == _MAIN + "t":
            raise _Unusual("markup inside text")
        elif tag == "col":
            low, high = attrs.get("min", ""), attrs.get("max", "")
            if not (low.isascii() and low.isdigit() and high.isascii() and high.isdigit()):
                raise _Unusual("column range")
            self.columns[int(low)] = (int(low), int(high), _xml_bool(attrs.get("hidden", "")))
        elif tag == "mergeCells":
            self._merge_blocks += 1
            if self._merge_blocks > 1:
                raise _Unusual("two lists of merged cells")
        elif tag == "mergeCell":
            from openpyxl.utils.cell import range_boundaries

            self.merges.append(range_boundaries(attrs["ref"]))  # type: ignore[arg-type]

    def _chars(self, text: str) -> None:
        self._text.append(text)

    def _end(self, name: str) -> None:
        stack = self._stack
        stack.pop()
        parent = stack[-1] if stack else ""
        if name == _MAIN + "v":
            if parent == _MAIN + "c" and self._v is None:
                self._v = self._text
        elif name == _MAIN + "t":
            if parent == _MAIN + "is":
                if self._plain is not None:
                    raise _Unusual("two plain texts in one string")
                self._plain = "".join(self._text)
            elif parent == _MAIN + "r" and stack[-2] == _MAIN + "is":
                if self._run_text:
                    raise _Unusual("two texts in one run")
                self._run_text = True
                self._runs.append("".join(self._text))
        elif name == _MAIN + "c" and self._cell is not None:
            value = self._value()
            if value is not None and self._cell[2] in self.struck_styles and _clean(value) is not None:
                value, self.struck = None, True
                self.struck_rows.add(self._row)
            self.values.setdefault(self._row, {})[self._cell[0]] = value
            self._cell = None
        self._text = []

    def _value(self) -> CellValue:
        """The cell's value exactly as openpyxl's WorkSheetParser.parse_cell gives it with data_only=True."""
        _, kind, style = self._cell  # type: ignore[misc]
        if kind == "inlineStr":
            if not self._inline:
                return None
            return "".join(t for t in (self._plain, *self._runs) if t is not None)
        raw = "".join(self._v) if self._v is not None else None
        if not raw:
            return None
        return self._convert(kind, style, raw)

    def _convert(self, kind: str, style: int, raw: str) -> CellValue:
        """A cell's text (not empty) as openpyxl converts it for the cell's type and number style."""
        if kind == "n":
            number: int | float = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            if style in self.date_styles:
                from openpyxl.utils.datetime import from_excel

                value = from_excel(number, self.epoch, timedelta=style in self.timedelta_styles)
                return shown_as(value, self.coarse_styles.get(style)) if style in self.coarse_styles else value  # type: ignore[no-any-return]
            return number
        if kind == "s":
            return self.shared[int(raw)]
        if kind == "b":
            return bool(int(raw))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return from_ISO8601(raw)  # type: ignore[no-any-return]
        if kind == "inlineStr":
            return None
        return raw  # "str" (a formula's text), "e" (an error such as #N/A), or a type openpyxl keeps as text

    def rows(self, doc: Document, source: str, title: str) -> list[tuple[int, list[Cell]]]:
        """The sheet's rows as _read_xlsx_full gives them to _split, checks and warnings included.

        openpyxl's grid spans every cell in the XML and every merged range; a row with nothing filled and
        not hidden only ends a table, so rows and trailing cells with nothing in them are left out here
        (one empty row stands for each run of them)."""
        from openpyxl.utils import get_column_letter

        height = max([*self.values, *(m[3] for m in self.merges)], default=1)
        width = max([*(max(r) for r in self.values.values() if r), *(m[2] for m in self.merges)], default=1)
        if height > MAX_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS:
            raise ReadError(
                f"sheet '{title}' is too large to read safely "
                f"({height} rows x {width} columns; limit {MAX_ROWS} x {MAX_COLUMNS})"
            )
        hidden_rows = {r for r, hidden in self.hidden_rows.items() if hidden}
        hidden_cols: set[int] = set()
        for low, high, hidden in self.columns.values():
            if hidden:
                hidden_cols.update(range(low or 0, (high or 0) + 1))
        if hidden_rows:
            doc.warnings.append(f"sheet '{title}': {len(hidden_rows)} hidden row(s) were not read")
        if hidden_cols:
            doc.warnings.append(f"sheet '{title}': {len(hidden_cols)} hidden column(s) were not read")
        merged: dict[int, dict[int, CellValue]] = {}
        spans: dict[int, dict[int, str]] = {}  # row -> column -> the text of the merge over it (rows below its first)
        covered: set[tuple[int, int]] = set()
        for min_col, min_row, max_col, max_row in self.merges:
            top_left = self.values.get(min_row, {}).get(min_col)
            shown = _spanned_text(top_left, min_row in hidden_rows or min_col in hidden_cols)
            for r in range(min_row, max_row + 1):
                for c in range(min_col, max_col + 1):
                    if (r, c) in covered:
                        raise _Unusual("overlapping merged ranges")
                    covered.add((r, c))
                    merged.setdefault(r, {})[c] = top_left if r == min_row else None
                    if r > min_row and shown:
                        spans.setdefault(r, {})[c] = shown
        letters = ["", *(get_column_letter(c) for c in range(1, width + 1))]
        rows: list[tuple[int, list[Cell]]] = []
        previous = 0
        sheet_values, cleaned_already = self.values, self.cleaned and not hidden_cols
        gone = hidden_rows | self.struck_rows  # rows not shown, or wholly crossed out: no blank between
        for r in sorted(set(sheet_values) | set(merged)):
            if r in hidden_rows:
                continue
            values = sheet_values.get(r, {})
            if r in merged:
                values = {**values, **merged[r]}
            cleaned = values if cleaned_already else {  # _clean, written out: it runs for every cell
                c: ((v if v.isascii() else unicode_cell_text(v)).strip() or None) if isinstance(v, str) else v
                for c, v in values.items()
                if c not in hidden_cols
            }
            filled = [c for c, v in cleaned.items() if v is not None]
            if not filled:
                continue
            if r != previous + 1:
                gap = range(previous + 1, r)
                if len(gap) > len(gone) or any(g not in gone for g in gap):
                    rows.append((previous + 1, []))  # a blank row between: it ends a table
            previous = r
            value, last = cleaned.get, max(filled)
            shown = range(1, last + 1) if not hidden_cols else [c for c in range(1, last + 1) if c not in hidden_cols]
            # Locator's fields by position (file, page, sheet, row, column): this runs for every cell.
            row_spans = spans.get(r)
            if row_spans is None:
                rows.append((r, [Cell(value(c), Locator(source, None, title, r, letters[c])) for c in shown]))
            else:
                span = row_spans.get
                rows.append((r, [Cell(value(c), Locator(source, None, title, r, letters[c]), span(c)) for c in shown]))
        return rows


#: One token of a plain <sheetData> (see _plain_sheet), with these groups (each capture costs time):
#:   a cell: its letters and digits, its other attributes, its formula, its value, its inline string's text,
#:   and "</row>" when the row ends after it;
#:   a row's start: its r, its other attributes, and how it ends at once ("/>" or ">...</row>") if it does;
#:   any other character, captured by none: the sheet is not plain.
_SPACE = r"[ \t\n]*+"
_SHEET_TOKEN = re.compile(
    r'<c r="([A-Z]{1,3})([0-9]{1,9})"([^<>/]*+)(?:/>|>' + _SPACE
    + r"(<f[^<>/]*+(?:/>|>[^<]*+</f>))?+" + _SPACE
    + r"(?:<v>([^<]*+)</v>" + _SPACE + r")?+"
    + r'(?:<is>' + _SPACE + r'<t(?: xml:space="preserve")?+>([^<]*+)</t>' + _SPACE + r"</is>" + _SPACE + r")?+"
    + r"</c>)(?:" + _SPACE + r"(</row>))?+"
    + r'|<row r="([0-9]{1,9})"([^<>/]*+)(?:(/>|>' + _SPACE + r"</row>)|>)"
    + r"|[^ \t\n]",
    re.ASCII,
)
_LETTERS, _DIGITS, _ROW_NUMBER = 0, 1, 7  # of those groups
_FORMULA = re.compile(r"<f([^<>/]*)(?:/>|>([^<]*)</f>)")
#: Attributes as a plain sheet may write them: name="value", single spaces, values without markup,
#: references, tabs or line breaks (which expat would rewrite).
_NAME = r"[A-Za-z_][\w.-]*"
_ATTRIBUTE_LIST = re.compile(r'(?: ' + _NAME + r'(?::' + _NAME + r')?="[^<>"&\t\n]*")*', re.ASCII)
_ATTRIBUTE = re.compile(r'(?:(' + _NAME + r'):)?(' + _NAME + r')="([^"]*)"', re.ASCII)
#: Bytes XML does not allow in text (and the carriage return, which expat rewrites).
_XML_CONTROLS = bytes(c for c in range(32) if c not in (9, 10))
_XML_REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));|&")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


class _PlainSheet(NamedTuple):
    """A sheet's XML of the usual shape: what comes before and after <sheetData>'s content, and the
    tokens of that content."""

    head: bytes
    tail: bytes
    tokens: list[tuple[str, ...]]
    measure: tuple[int, int, int]  # cells, last row, last column, as _check_grid counts them


def _plain_sheet(xml: bytes) -> _PlainSheet | None:
    """The sheet split around <sheetData>'s content and that content tokenised, if the sheet is plain.

    Plain: the content is UTF-8 that expat takes as written (no characters XML refuses, no carriage
    return, no "]]>") and, but for spaces and line breaks, nothing but _SHEET_TOKEN's rows and cells;
    around it nothing that _check_grid's patterns match, nor a tag name long enough to reach across its
    chunk overlap. _check_grid's matches are then the tokens' rows and cells, measured here, and
    _SheetXml.parse_plain reads them.
    """
    start, end = xml.find(b"<sheetData>"), xml.rfind(b"</sheetData>")
    if start < 0 or end < start + len(b"<sheetData>"):
        return None
    start += len(b"<sheetData>")
    content = xml[start:end]
    if len(content.translate(None, _XML_CONTROLS)) != len(content):
        return None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "]]>" in text or "\ufffe" in text or "\uffff" in text:
        return None
    for pattern in (_ROW, _CELL, _LONG_TAG):
        if pattern.search(xml, 0, start) or pattern.search(xml, end):
            return None
    tokens = _SHEET_TOKEN.findall(text)
    letters, numbers = list(map(itemgetter(_LETTERS), tokens)), list(map(itemgetter(_ROW_NUMBER), tokens))
    cells, rows = len(tokens) - letters.count(""), len(tokens) - numbers.count("")
    if cells + rows != len(tokens):
        return None  # a character of something else
    # _check_grid's matches are the rows and cells, each at the start of its token and short.
    last_row = max(map(int, {*numbers, *map(itemgetter(_DIGITS), tokens)} - {""}), default=0)
    last_column = max((_column_number(c.encode()) for c in set(letters) - {""}), default=0)
    return _PlainSheet(xml[:start], xml[end:], tokens, (cells, last_row, last_column))


def _unescape(text: str) -> str | None:
    """Text with its character and entity references replaced as expat replaces them; None if expat would
    refuse one."""

    def replace(match: re.Match[str]) -> str:
        name, decimal, hexadecimal = match.groups()
        if name:
            return _ENTITIES[name]
        if not (decimal or hexadecimal):
            raise ValueError("a bare ampersand")
        code = int(decimal, 10) if decimal else int(hexadecimal, 16)
        if not (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
                or 0x10000 <= code <= 0x10FFFF):
            raise ValueError("a reference to a character XML does not allow")
        return chr(code)

    try:
        return _XML_REFERENCE.sub(replace, text)
    except ValueError:
        return None


def _attributes(text: str, prefixes: dict[str, str], known: dict[str, str]) -> dict[str, str] | None:
    """Attributes written after `known` ones, keyed as expat keys them ("namespace name" when prefixed);
    None for one expat refuses (an unbound prefix, a repeat) or that declares a namespace."""
    if not _ATTRIBUTE_LIST.fullmatch(text):
        return None
    attrs = dict(known)
    for prefix, name, value in _ATTRIBUTE.findall(text):
        if prefix == "xmlns" or (not prefix and name == "xmlns"):
            return None
        if prefix:
            if prefix not in prefixes:
                return None
            name = f"{prefixes[prefix]} {name}"
        if name in attrs:
            return None
        attrs[name] = value
    return attrs


def _cell_kind(text: str, prefixes: dict[str, str]) -> tuple[str, int] | None:
    """A cell's type and style from its attributes after r, as _start reads them; None for attributes
    expat refuses."""
    attrs = _attributes(text, prefixes, {"r": ""})
    if attrs is None:
        return None
    style = attrs.get("s", 0)
    return attrs.get("t", "n"), int(style) if style else 0


def _plain_formula(formula: str, prefixes: dict[str, str]) -> bool:
    """Whether expat takes a cell's <f> element as written (its text is not kept)."""
    attrs, text = _FORMULA.fullmatch(formula).groups()  # type: ignore[union-attr]
    return _attributes(attrs, prefixes, {}) is not None and ("&" not in (text or "") or _unescape(text) is not None)


def _row_state(text: str, prefixes: dict[str, str]) -> tuple[bool, bool] | None:
    """For a <row>'s attributes after r: whether _start records its hidden state, and that state; None
    for attributes expat refuses."""
    attrs = _attributes(text, prefixes, {"r": ""})
    if attrs is None:
        return None
    return bool(set(attrs) - {"r", "spans"}), _row_hidden(attrs)


def _row_hidden(attrs: dict[str, str]) -> bool:
    """A <row>'s hidden state as openpyxl's RowDimension reads it: "visible" overrides "hidden"."""
    hidden: object = _xml_bool(attrs["hidden"]) if "hidden" in attrs else False
    if "visible" in attrs:
        hidden = not attrs["visible"]
    return bool(hidden)


def _xml_bool(value: str) -> bool:
    """An attribute as openpyxl's Bool descriptor reads it: "0", "f", "false" and "" are false."""
    return value not in ("false", "f", "0", "")


_ROW = re.compile(rb'<(?:\w+:)?row\b(?:[^>]{0,400}?\sr="(\d{1,9})")?')
_CELL = re.compile(rb'<(?:\w+:)?c[\s/>](?:[^>]{0,400}?\br="([A-Z]{1,3})(\d{1,9})")?')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_PART_ATTRIBUTE = re.compile(rb'\s([\w:]+)\s*=\s*"([^"]*)"')  # in any order: Excel and openpyxl order them differently
#: Longest match of _ROW or _CELL: a chunk boundary is searched again with this much overlap.
_OVERLAP = 512


def check_xlsx(data: bytes) -> dict[str, _PlainSheet | None]:
    """Refuse a workbook that would not fit in memory or attacks the XML parser, before openpyxl opens it.

    The zip is checked for bombs (bundle.open_zip), every XML part's head for a DTD (entity expansion,
    "billion laughs": defusedxml, which openpyxl uses when installed, is the backstop), and each sheet's
    real grid is measured by going through its XML: the declared dimension may lie. Returns, for the
    reader, what it learnt of the sheets it read whole, by part name: the plain sheet (_plain_sheet; up
    to _WHOLE_PART_BYTES of them), or None for one not plain.
    """
    from foi_tally.readers.bundle import ZIP_ERRORS, open_zip

    archive = open_zip(data)
    names = _sheet_names(archive)
    parts: dict[str, _PlainSheet | None] = {}
    kept = 0
    for info in archive.infolist():
        name = info.filename
        if not name.lower().endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as handle:
                head = handle.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise ReadError(
                        f"spreadsheet part '{name}' declares XML entities (an entity-expansion or "
                        "'billion laughs' attack?): refused"
                    )
                if name.startswith("xl/worksheets/"):
                    plain = _check_worksheet(archive, info, handle, head, names.get(name, name))
                    parts.pop(name, None)  # a later member of the same name is the one zipfile opens
                    if plain is None and info.file_size <= _WHOLE_PART_BYTES:
                        parts[name] = None  # read whole, and not plain
                    elif plain is not None and kept + info.file_size <= _WHOLE_PART_BYTES:
                        parts[name] = plain
                        kept += info.file_size
        except ZIP_ERRORS as exc:
            raise ReadError(f"spreadsheet is damaged ({name}: {type(exc).__name__}: {exc})") from None
    return parts


def _check_worksheet(archive, info, handle: io.BufferedIOBase, head: bytes, sheet: str) -> _PlainSheet | None:  # type: ignore[no-untyped-def]
    """_check_grid's verdict on one sheet, and the sheet itself if it is plain (_plain_sheet).

    A sheet small enough is read whole; a plain one is measured from its tokens, any other (or a sheet
    too large to read) by _check_grid, which also words every refusal."""
    from foi_tally.readers.bundle import ZIP_ERRORS

    if info.file_size > _WHOLE_PART_BYTES:
        _check_grid(handle, head, sheet)
        return None
    try:
        xml = head + handle.read()
    except ZIP_ERRORS:
        with archive.open(info) as again:  # damaged: fail just where (and as) _check_grid fails
            _check_grid(again, again.read(len(head)), sheet)
        raise
    plain = _plain_sheet(xml)
    if plain is None or _too_large(*plain.measure):
        _check_grid(io.BytesIO(xml[len(head):]), head, sheet)
    return plain


def _too_large(cells: int, last_row: int, last_column: int) -> bool:
    grid = max(last_row * max(last_column, 1), cells)
    return last_row > MAX_ROWS or last_column > MAX_COLUMNS or grid > MAX_CELLS


#: A tag name (prefix included) long enough for one of _check_grid's matches to reach across its chunk overlap.
_LONG_TAG = re.compile(rb"<\w{60}")


def _check_grid(handle: io.BufferedIOBase, head: bytes, sheet: str) -> None:
    """Rows, columns and cells of one sheet's grid (as openpyxl builds it), read from its XML in chunks."""
    rows = cells = last_row = last_column = 0
    pending = head
    while True:
        chunk = handle.read(1 << 20)
        buffer = pending + chunk
        cut = len(buffer) - _OVERLAP if chunk else len(buffer)
        for match in _ROW.finditer(buffer):
            if match.start() >= cut:
                break
            rows += 1
            last_row = max(last_row, int(match.group(1) or rows))
        for match in _CELL.finditer(buffer):
            if match.start() >= cut:
                break
            cells += 1
            if match.group(1):
                last_column = max(last_column, _column_number(match.group(1)))
                last_row = max(last_row, int(match.group(2)))
        if not chunk:
            break
        pending = buffer[cut:]
        grid = last_row * max(last_column, 1)
        if last_row > MAX_ROWS or last_column > MAX_COLUMNS or max(grid, cells) > MAX_CELLS:
            break
    if _too_large(cells, last_row, last_column):
        raise ReadError(
            f"sheet '{sheet}' is too large to read safely (at least {last_row:,} rows x {last_column:,} "
            f"columns; limits {MAX_ROWS:,} rows, {MAX_COLUMNS:,} columns, {MAX_CELLS:,} cells: set "
            "FOI_TALLY_MAX_ROWS, FOI_TALLY_MAX_COLUMNS or FOI_TALLY_MAX_CELLS to raise them)"
        )


def _sheet_names(archive) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Worksheet part -> the sheet's name, from the workbook and its relationships (best effort)."""
    from foi_tally.readers.bundle import ZIP_ERRORS

    try:
        with archive.open("xl/workbook.xml") as book, archive.open("xl/_rels/workbook.xml.rels") as links:
            workbook, rels = book.read(1 << 20), links.read(1 << 20)
    except (KeyError, *ZIP_ERRORS):
        return {}
    targets = {}
    for tag in _RELATION.findall(rels):
        attributes = dict(_PART_ATTRIBUTE.findall(tag))
        if b"Id" in attributes and b"Target" in attributes:
            targets[attributes[b"Id"]] = attributes[b"Target"].decode("utf-8", "replace").lstrip("/")
    names = {}
    for tag in _SHEET.findall(workbook):
        attributes = dict(_PART_ATTRIBUTE.findall(tag))
        rid = next((value for key, value in attributes.items() if key.endswith(b":id")), None)
        target = targets.get(rid) if rid is not None else None
        if target and b"name" in attributes:
            part = target if target.startswith("xl/") else "xl/" + target
            names[part] = attributes[b"name"].decode("utf-8", "replace")
    return names


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def read_csv(data: bytes, source: str) -> Document:
    from foi_tally.readers import csv_delimiter

    text = decode_text(data)
    # NOTE: csv.Sniffer picks the comma in "Figures as at 19/02/2015, by year" over a tab-separated table.
    delimiter = csv_delimiter(text)
    doc = Document(source=source, format="csv")
    rows: list[tuple[int, list[Cell]]] = []
    letters: list[str] = []  # column letters, worked out once
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if number > MAX_ROWS or len(values) > MAX_COLUMNS:
                raise ReadError(f"CSV is too large to read safely (limit {MAX_ROWS} rows x {MAX_COLUMNS} columns)")
            while len(letters) < len(values):
                letters.append(_letter(len(letters)))
            # Each value _clean'd, and Locator's fields given by position (file, page, sheet, row, column):
            # this runs for every cell.
            cells = [
                Cell((v if v.isascii() else unicode_cell_text(v)).strip() or None, Locator(source, None, None, number, letter))
                for letter, v in zip(letters, values)
            ]
            rows.append((number, cells))
    except csv.Error as exc:
        raise ReadError(f"CSV is malformed ({exc})") from None
    _split(doc, rows, source, None)
    if len(rows) >= 2 and not text.endswith(("\n", "\r")) and len(rows[-1][1]) < len(rows[-2][1]):
        # A file cut short (a failed download, a full disk) loses rows without a trace; its tell is a last
        # row with fewer fields than the one above and no line break after it.
        from foi_tally.readers import PARTLY_READ

        doc.warnings.append(
            f"{PARTLY_READ}: the file ends part-way through row {rows[-1][0]}, so it may have been cut short"
        )
    return doc


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode text the way real replies arrive: a byte-order mark, else UTF-16 without one, else the
    encoding the document declares (`declared`, a codec name), else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    from foi_tally.readers import utf16_without_bom

    if utf16_without_bom(data[:512]):
        return data.decode("utf-16-le", errors="replace")  # UTF-16 written without a byte-order mark
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _spanned_text(top_left: CellValue, hidden: bool) -> str | None:
    """The text a merged range shows in the rows below its first (Cell.spanned): its top-left cell's, unless
    that cell is hidden (what a force hid is not read)."""
    return None if hidden else cell_text(_clean(top_left)) or None


def _clean(value: CellValue) -> CellValue:
    if isinstance(value, str):
        value = (value if value.isascii() else unicode_cell_text(value)).strip()
        return value or None
    return value


def _letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


#: Column letters to numbers for columns A to ZZ (others are worked out when met).
_COLUMN_NUMBERS = {_letter(i): i + 1 for i in range(26 * 27)}


def _split(doc: Document, rows: Iterable[tuple[int, Sequence[Cell]]], source: str, sheet: str | None) -> None:
    """Rows with one filled cell become text lines; runs of fuller rows become tables. A fuller row standing
    alone is a line too, and a loose row (Document.loose_rows)."""
    current: list[tuple[Cell, ...]] = []

    def close() -> None:
        if len(current) >= 2:
            doc.tables.append(Table(tuple(current), current[0][0].locator, title=sheet))
        elif current:
            row = current[0]
            # A merged title spread across its cells is said once, not once per cell.
            texts = [c.text for i, c in enumerate(row) if c.text and (i == 0 or c.text != row[i - 1].text)]
            doc.lines.append(Line(" ".join(texts), _row_locator(row[0].locator)))
            doc.loose_rows.append(row)
        current.clear()

    for _, cells in rows:
        filled = [c for c in cells if c.value is not None]
        if len(filled) >= 2:
            current.append(_trim(cells))
            continue
        if len(current) >= 1 and len(filled) == 1 and cells and filled[0] is cells[0] and _MONTH_LABEL.fullmatch(filled[0].text):
            current.append(_trim(cells))  # "January" with nothing beside it: a month of a grid with no one that month
            continue
        if len(current) == 1 and len(filled) == 1 and cells and filled[0] is cells[0] and NO_ONE_CELL.match(filled[0].text) and (
            re.search(r"[a-z]", filled[0].text, re.IGNORECASE)  # (in words, not a dash alone)
        ):
            current.append(_trim(cells))  # "No records" under a heading row: the table's one row, saying it lists no one
            continue
        close()
        if filled:
            doc.lines.append(Line(filled[0].text, _row_locator(filled[0].locator)))
    close()


# A month's name alone in a row's first cell.
_MONTH_LABEL = re.compile(rf"\s*{ENGLISH_MONTH_NAMES}\.?\s*", re.IGNORECASE)


def _trim(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    """The row up to its last filled cell (it has one)."""
    end = len(cells)
    while cells[end - 1].value is None:
        end -= 1
    return tuple(cells[:end])


def _row_locator(loc: Locator) -> Locator:
    return Locator(loc.file, sheet=loc.sheet, row=loc.row, line=loc.row if loc.sheet is None else None)
