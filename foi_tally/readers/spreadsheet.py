"""Spreadsheets: .xlsx through openpyxl, .csv through the csv module.

A sheet is split into text lines (title blocks, notes: rows with one filled
cell) and tables (runs of rows with two or more filled cells). Hidden sheets,
rows and columns are never read: a hidden sheet once leaked personal data, and
what a force hid is not part of its answer. They are reported as warnings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from foi_tally.document import Cell, CellValue, Document, Line, Table
from foi_tally.records import Locator, ReadError

MAX_ROWS = 200_000
MAX_COLUMNS = 500


def read(data: bytes, source: str, fmt: str) -> Document:
    if fmt == "csv":
        return read_csv(data, source)
    return read_xlsx(data, source)


def read_xlsx(data: bytes, source: str) -> Document:
    import warnings
    import zipfile

    import openpyxl
    from openpyxl.utils import get_column_letter

    doc = Document(source=source, format="xlsx")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions (data validation etc.)
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(f"spreadsheet is damaged or not a real .xlsx ({type(exc).__name__}: {exc})") from None
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            doc.warnings.append(f"hidden sheet '{sheet.title}' was not read")
            continue
        if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
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
        for merged in sheet.merged_cells.ranges:
            top_left = sheet.cell(merged.min_row, merged.min_col).value
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    merged_values[(r, c)] = top_left if r == merged.min_row else None
        rows: list[tuple[int, list[Cell]]] = []
        for row in sheet.iter_rows():
            if not row:
                continue
            r = row[0].row
            if r in hidden_rows:
                continue
            cells = []
            for cell in row:
                if cell.column in hidden_cols:
                    continue
                value = merged_values.get((r, cell.column), cell.value)
                loc = Locator(source, sheet=sheet.title, row=r, column=get_column_letter(cell.column))
                cells.append(Cell(_clean(value), loc))
            rows.append((r, cells))
        _split(doc, rows, source, sheet.title)
    return doc


def read_csv(data: bytes, source: str) -> Document:
    from foi_tally.readers import csv_delimiter

    text = decode_text(data)
    # NOTE: csv.Sniffer picks the comma in "Figures as at 19/02/2015, by year" over a tab-separated table.
    delimiter = csv_delimiter(text)
    doc = Document(source=source, format="csv")
    rows: list[tuple[int, list[Cell]]] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if number > MAX_ROWS or len(values) > MAX_COLUMNS:
                raise ReadError(f"CSV is too large to read safely (limit {MAX_ROWS} rows x {MAX_COLUMNS} columns)")
            rows.append(
                (number, [Cell(_clean(v), Locator(source, row=number, column=_letter(i))) for i, v in enumerate(values)])
            )
    except csv.Error as exc:
        raise ReadError(f"CSV is malformed ({exc})") from None
    _split(doc, rows, source, None)
    return doc


def decode_text(data: bytes) -> str:
    """Decode text the way real replies arrive: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    from foi_tally.readers import utf16_without_bom

    if utf16_without_bom(data[:512]):
        return data.decode("utf-16-le", errors="replace")  # UTF-16 written without a byte-order mark
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _clean(value: CellValue) -> CellValue:
    if isinstance(value, str):
        value = value.replace("\xa0", " ").strip()
        return value or None
    return value


def _letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _split(doc: Document, rows: Iterable[tuple[int, Sequence[Cell]]], source: str, sheet: str | None) -> None:
    """Rows with one filled cell become text lines; runs of fuller rows become tables."""
    current: list[tuple[Cell, ...]] = []

    def close() -> None:
        if len(current) >= 2:
            doc.tables.append(Table(tuple(current), current[0][0].locator, title=sheet))
        elif current:
            row = current[0]
            # A merged title spread across its cells is said once, not once per cell.
            texts = [c.text for i, c in enumerate(row) if c.text and (i == 0 or c.text != row[i - 1].text)]
            doc.lines.append(Line(" ".join(texts), _row_locator(row[0].locator)))
        current.clear()

    for _, cells in rows:
        filled = [c for c in cells if c.value is not None]
        if len(filled) >= 2:
            current.append(tuple(_trim(cells)))
            continue
        close()
        if filled:
            doc.lines.append(Line(filled[0].text, _row_locator(filled[0].locator)))
    close()


def _trim(cells: Sequence[Cell]) -> list[Cell]:
    last = max(i for i, c in enumerate(cells) if c.value is not None)
    return list(cells[: last + 1])


def _row_locator(loc: Locator) -> Locator:
    return Locator(loc.file, sheet=loc.sheet, row=loc.row, line=loc.row if loc.sheet is None else None)
