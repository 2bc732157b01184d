"""Legacy Excel 97-2003 workbooks (.xls) through xlrd.

Read like .xlsx (see spreadsheet.py): rows with one filled cell become text
lines, fuller runs become tables; merged cells carry their value across the
top row of the merge; hidden sheets, rows and columns are never read and are
reported as warnings. Cells formatted as dates become dates (a format showing
no day, "mmm-yy" or "yyyy", gives the month or the year, as in .xlsx); numbers
that are whole become ints, as openpyxl gives them.
"""

from __future__ import annotations

import struct

from foi_tally.document import Cell, CellValue, Document
from foi_tally.readers.spreadsheet import (
    MAX_COLUMNS,
    MAX_ROWS,
    _clean,
    _date_precision,
    _letter,
    _spanned_text,
    _split,
    shown_as,
)
from foi_tally.records import Locator, ReadError


def read(data: bytes, source: str, fmt: str = "xls") -> Document:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=_Silent())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise ReadError("the .xls workbook is protected by a password: ask the force for an unprotected copy") from None
        raise ReadError(f"the .xls workbook is damaged ({exc})") from None
    except (xlrd.compdoc.CompDocError, struct.error, AssertionError, IndexError, KeyError, ValueError,
            UnicodeDecodeError) as exc:
        raise ReadError(f"the .xls workbook is damaged ({type(exc).__name__}: {exc})") from None
    doc = Document(source=source, format="xls")
    for sheet in book.sheets():
        if sheet.visibility:
            doc.warnings.append(f"hidden sheet '{sheet.name}' was not read")
            continue
        if sheet.nrows > MAX_ROWS or sheet.ncols > MAX_COLUMNS:
            raise ReadError(
                f"sheet '{sheet.name}' is too large to read safely "
                f"({sheet.nrows} rows x {sheet.ncols} columns; limit {MAX_ROWS} x {MAX_COLUMNS})"
            )
        hidden_rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden and r < sheet.nrows}
        hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden and c < sheet.ncols}
        if hidden_rows:
            doc.warnings.append(f"sheet '{sheet.name}': {len(hidden_rows)} hidden row(s) were not read")
        if hidden_cols:
            doc.warnings.append(f"sheet '{sheet.name}': {len(hidden_cols)} hidden column(s) were not read")
        merged: dict[tuple[int, int], CellValue] = {}
        spans: dict[tuple[int, int], str] = {}  # cells under a merge's first row -> the merge's text
        for top, bottom, left, right in sheet.merged_cells:
            value = _value(book, sheet.cell(top, left))
            shown = _spanned_text(value, top in hidden_rows or left in hidden_cols)
            for r in range(top, bottom):
                for c in range(left, right):
                    merged[(r, c)] = value if r == top else None
                    if r > top and shown:
                        spans[(r, c)] = shown
        rows: list[tuple[int, list[Cell]]] = []
        for r in range(sheet.nrows):
            if r in hidden_rows:
                continue
            cells = []
            for c in range(sheet.ncols):
                if c in hidden_cols:
                    continue
                value = merged[(r, c)] if (r, c) in merged else _value(book, sheet.cell(r, c))
                loc = Locator(source, sheet=sheet.name, row=r + 1, column=_letter(c))
                cells.append(Cell(_clean(value), loc, spans.get((r, c))))
            rows.append((r + 1, cells))
        _split(doc, rows, source, sheet.name)
    return doc


def _value(book, cell) -> CellValue:  # type: ignore[no-untyped-def]
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value  # a serial that names no real day: left as the number it is
        shown = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None else None
        precision = _date_precision(shown.format_str) if shown is not None else None
        if precision is not None:
            return shown_as(when, precision)
        return when.date() if when.time() == when.min.time() else when
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return int(cell.value) if float(cell.value).is_integer() else cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    return str(cell.value)


class _Silent:
    """xlrd writes warnings to a log file; readers never print."""

    def write(self, text: str) -> int:
        return len(text)
