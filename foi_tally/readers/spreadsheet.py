"""Spreadsheets: .xlsx through openpyxl, .csv through the csv module.

A sheet is split into text lines (title blocks, notes: rows with one filled
cell) and tables (runs of rows with two or more filled cells). Hidden sheets,
rows and columns are never read: a hidden sheet once leaked personal data, and
what a force hid is not part of its answer. They are reported as warnings.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence

from foi_tally.document import Cell, CellValue, Document, Line, Table
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
    import warnings
    import zipfile

    import openpyxl
    from openpyxl.utils import get_column_letter

    check_xlsx(data)
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


_ROW = re.compile(rb'<(?:\w+:)?row\b(?:[^>]{0,400}?\sr="(\d{1,9})")?')
_CELL = re.compile(rb'<(?:\w+:)?c[\s/>](?:[^>]{0,400}?\br="([A-Z]{1,3})(\d{1,9})")?')
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\bid="([^"]*)"')
_RELATION = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
#: Longest match of _ROW or _CELL: a chunk boundary is searched again with this much overlap.
_OVERLAP = 512


def check_xlsx(data: bytes) -> None:
    """Refuse a workbook that would not fit in memory or attacks the XML parser, before openpyxl opens it.

    The zip is checked for bombs (bundle.open_zip), every XML part's head for a DTD (entity expansion,
    "billion laughs": defusedxml, which openpyxl uses when installed, is the backstop), and each sheet's
    real grid is measured by streaming through its XML: the declared dimension may lie.
    """
    from foi_tally.readers.bundle import ZIP_ERRORS, open_zip

    archive = open_zip(data)
    names = _sheet_names(archive)
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
                    _check_grid(handle, head, names.get(name, name))
        except ZIP_ERRORS as exc:
            raise ReadError(f"spreadsheet is damaged ({name}: {type(exc).__name__}: {exc})") from None


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
    grid = max(last_row * max(last_column, 1), cells)
    if last_row > MAX_ROWS or last_column > MAX_COLUMNS or grid > MAX_CELLS:
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
    targets = {rid: target.decode("utf-8", "replace").lstrip("/") for rid, target in _RELATION.findall(rels)}
    names = {}
    for name, rid in _SHEET.findall(workbook):
        target = targets.get(rid)
        if target:
            part = target if target.startswith("xl/") else "xl/" + target
            names[part] = name.decode("utf-8", "replace")
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
    if len(rows) >= 2 and not text.endswith(("\n", "\r")) and len(rows[-1][1]) < len(rows[-2][1]):
        # A file cut short (a failed download, a full disk) loses rows without a trace; its tell is a last
        # row with fewer fields than the one above and no line break after it.
        from foi_tally.readers import PARTLY_READ

        doc.warnings.append(
            f"{PARTLY_READ}: the file ends part-way through row {rows[-1][0]}, so it may have been cut short"
        )
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
