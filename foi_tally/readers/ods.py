"""OpenDocument spreadsheets (.ods, LibreOffice) through odfpy.

Read like .xlsx (see spreadsheet.py): one-cell rows are text lines, fuller
runs are tables, merged cells carry their value across the top row of the
merge, and hidden sheets, rows and columns (`table:display="false"`,
`table:visibility="collapse"` or `"filter"`) are never read but reported.

NOTE: LibreOffice pads a sheet with "repeated" empty rows and columns up to
the sheet's full size (a million rows); repeats are counted, not expanded,
unless they hold a value.

The package's loading and its checks (`load_package`) serve the .odt reader too.
"""

from __future__ import annotations

import datetime as dt
import math
import zipfile
from io import BytesIO, StringIO
from typing import Any

from foi_tally.document import Cell, CellValue, Document, cell_text
from foi_tally.readers.spreadsheet import MAX_COLUMNS, MAX_ROWS, _clean, _letter, _split, shown_as
from foi_tally.records import Locator, ReadError

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ROW_GROUPS = {"table-header-rows", "table-row-group", "table-rows"}
_COLUMN_GROUPS = {"table-header-columns", "table-column-group", "table-columns"}


#: The XML parts odfpy loads into one document.
_XML_PARTS = ("settings.xml", "meta.xml", "content.xml", "styles.xml")


def read(data: bytes, source: str, fmt: str = "ods") -> Document:
    book = load_package(data, ".ods spreadsheet")
    spreadsheet = office_body(book, "spreadsheet")
    if spreadsheet is None:
        raise ReadError("the .ods spreadsheet is damaged (no spreadsheet body: content.xml is missing or holds none)")
    hidden_styles = _hidden_table_styles(book)
    doc = Document(source=source, format="ods")
    for sheet in _children(spreadsheet, "table"):
        name = _attr(sheet, TABLE, "name") or "Sheet"
        if _attr(sheet, TABLE, "style-name") in hidden_styles:
            doc.warnings.append(f"hidden sheet '{name}' was not read")
            continue
        hidden_cols = _hidden_columns(sheet)
        rows, hidden_rows = _rows(sheet, source, name, hidden_cols)
        if hidden_rows:
            doc.warnings.append(f"sheet '{name}': {hidden_rows} hidden row(s) were not read")
        if hidden_cols:
            doc.warnings.append(f"sheet '{name}': {len(hidden_cols)} hidden column(s) were not read")
        _split(doc, rows, source, name)
    return doc


def load_package(data: bytes, what: str) -> Any:
    """An OpenDocument package (.ods, .odt) loaded by odfpy, or a ReadError saying "the {what} is damaged (...)".

    `what` names the kind of file in the messages: ".ods spreadsheet", ".odt document".
    """
    import contextlib
    from xml.sax import SAXException

    from odf.opendocument import load

    try:
        _check_parts(data, what)
        # odfpy does not raise on a part it cannot parse: it prints the part to stdout and goes on with
        # what it had read, so a sheet cut short would be read as a shorter sheet. Its print is the only
        # sign, caught here; _check_parts words the usual cases first.
        with contextlib.redirect_stdout(StringIO()) as printed:
            book = load(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, SAXException, UnicodeDecodeError, RecursionError) as exc:
        # (RecursionError: odfpy walks its tree recursively, and XML nested thousands deep is a damaged file)
        raise ReadError(f"the {what} is damaged ({type(exc).__name__}: {exc})") from None
    if "SAX FAILED" in printed.getvalue():
        raise ReadError(f"the {what} is damaged (one of its XML parts cannot be parsed)")
    return book


def _check_parts(data: bytes, what: str) -> None:
    """Refuse the file when a part is not whole, well-formed XML (cut short, overwritten), or declares a DTD.

    odfpy would read such a part as far as it goes (see load_package), and a DTD is how entities are declared
    ("billion laughs"; odfpy's defusedxml parser refuses them too, less plainly).
    """
    from xml.parsers import expat

    def refuse(*args: object) -> None:
        raise ReadError(f"the {what}'s XML declares a DTD or entities (an entity-expansion attack?): refused")

    archive = zipfile.ZipFile(BytesIO(data))
    for name in _XML_PARTS:
        try:
            raw = archive.read(name)
        except KeyError:
            continue
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        try:
            parser.Parse(raw, True)
        except expat.ExpatError as exc:
            raise ReadError(f"the {what} is damaged ({name} is cut short or is not XML: {exc})") from None


def _rows(sheet: Any, source: str, name: str, hidden_cols: set[int]) -> tuple[list[tuple[int, list[Cell]]], int]:
    """The sheet's visible rows as (row number, cells), and how many hidden rows held something."""
    rows: list[tuple[int, list[Cell]]] = []
    hidden = 0
    covered: dict[tuple[int, int], CellValue] = {}  # positions inside a merge -> the value they show
    spans: dict[tuple[int, int], str] = {}  # positions under a merge's first row -> the merge's text
    number = 0
    for row in _walk(sheet, "table-row", _ROW_GROUPS):
        repeat = _int(_attr(row, TABLE, "number-rows-repeated"), 1)
        values = _cells(row)
        if not values:
            number += repeat  # empty padding rows: counted, never expanded
            continue
        if number + repeat > MAX_ROWS:
            raise ReadError(f"sheet '{name}' is too large to read safely (more than {MAX_ROWS} rows)")
        for _ in range(repeat):
            number += 1
            if _attr(row, TABLE, "visibility") in ("collapse", "filter"):
                hidden += 1
                continue
            cells: list[Cell] = []
            for col, value, spanned, is_covered in values:
                if col in hidden_cols:
                    continue
                if is_covered:
                    value = covered.get((number, col))
                rows_spanned, cols_spanned = spanned
                shown = (cell_text(_clean(value)) or None) if rows_spanned > 1 else None
                for r in range(rows_spanned):
                    for c in range(cols_spanned):
                        if r or c:
                            covered[(number + r, col + c)] = value if r == 0 else None
                        if r and shown:
                            spans[(number + r, col + c)] = shown
                loc = Locator(source, sheet=name, row=number, column=_letter(col))
                cells.append(Cell(_clean(value), loc, spans.get((number, col)) if is_covered else None))
            rows.append((number, cells))
    return rows, hidden


def _cells(row: Any) -> list[tuple[int, CellValue, tuple[int, int], bool]]:
    """(column index, value, (rows, columns) spanned, covered by a merge) for every cell up to the last filled one."""
    found: list[tuple[int, CellValue, tuple[int, int], bool]] = []
    col = 0
    last_filled = -1
    for cell in row.childNodes:
        local = _local(cell)
        if local not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _int(_attr(cell, TABLE, "number-columns-repeated"), 1)
        value = _value(cell)
        is_covered = local == "covered-table-cell"
        spans = (_int(_attr(cell, TABLE, "number-rows-spanned"), 1), _int(_attr(cell, TABLE, "number-columns-spanned"), 1))
        if value is None and not is_covered and spans == (1, 1):
            col += repeat  # empty padding: counted, never expanded
            continue
        if col + repeat > MAX_COLUMNS:
            raise ReadError(f"a row is too wide to read safely (more than {MAX_COLUMNS} columns)")
        for _ in range(repeat):
            found.append((col, value, spans, is_covered))
            if value is not None or is_covered:
                last_filled = col
            col += 1
    # Fill the gaps left by skipped empty cells so every row is a full grid up to its last value.
    by_col = {c: item for c, *item in found}
    return [(c, *by_col[c]) if c in by_col else (c, None, (1, 1), False) for c in range(last_filled + 1)]  # type: ignore[misc]


def _value(cell: Any) -> CellValue:
    kind = _attr(cell, OFFICE, "value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            number = float(_attr(cell, OFFICE, "value") or "")
        except ValueError:
            return _text(cell)
        if not math.isfinite(number):
            return _text(cell)
        return int(number) if number.is_integer() else number
    if kind == "date":
        raw = _attr(cell, OFFICE, "date-value") or ""
        try:
            when = dt.datetime.fromisoformat(raw)
        except ValueError:
            return _text(cell) or raw or None
        # A date shown without its day ("March 2014", "2014"): the month or year it says, as the .xlsx reader does
        precision = _shown_precision(_text(cell) or "")
        if precision is not None:
            return shown_as(when, precision)
        return when.date() if when.time() == dt.time() else when
    if kind == "boolean":
        return (_attr(cell, OFFICE, "boolean-value") or "").lower() == "true"
    return _text(cell)


def _shown_precision(shown: str) -> str | None:
    """"year" or "month" for a date's displayed text that gives no day ("2014", "March 2014", "Mar-14"), else None."""
    from foi_tally.dates import parse_since

    since = parse_since(shown) if shown else None
    return since.precision if since is not None and since.precision in ("year", "month") else None


def _text(cell: Any) -> str | None:
    from odf.teletype import extractText

    paragraphs = [extractText(p) for p in cell.childNodes if _local(p) in ("p", "h")]
    text = "\n".join(p for p in paragraphs if p is not None).strip()
    return text or None


def _hidden_table_styles(book: Any) -> set[str]:
    """Names of automatic table styles that hide the sheet they are applied to (`table:display="false"`)."""
    hidden = set()
    for style in book.automaticstyles.childNodes:
        if _local(style) != "style" or _attr(style, STYLE, "family") != "table":
            continue
        for props in style.childNodes:
            if _local(props) == "table-properties" and _attr(props, TABLE, "display") == "false":
                hidden.add(_attr(style, STYLE, "name"))
    return hidden


def _hidden_columns(sheet: Any) -> set[int]:
    hidden: set[int] = set()
    col = 0
    for column in _walk(sheet, "table-column", _COLUMN_GROUPS):
        repeat = _int(_attr(column, TABLE, "number-columns-repeated"), 1)
        if _attr(column, TABLE, "visibility") in ("collapse", "filter") and col < MAX_COLUMNS:
            hidden.update(range(col, min(col + repeat, MAX_COLUMNS)))
        col += repeat
    return hidden


def _walk(element: Any, local: str, groups: set[str]):  # type: ignore[no-untyped-def]
    """Children called `local`, looking inside grouping elements (header rows, row groups)."""
    for child in element.childNodes:
        name = _local(child)
        if name == local:
            yield child
        elif name in groups:
            yield from _walk(child, local, groups)


def office_body(book: Any, kind: str) -> Any | None:
    """The document's office:spreadsheet or office:text. Not odfpy's book.spreadsheet or book.text: that is
    office:body's first child, which is white space when the XML is indented (and every sheet would be missed)."""
    return next((child for child in book.body.childNodes if getattr(child, "qname", None) == (OFFICE, kind)), None)


def _children(element: Any, local: str) -> list[Any]:
    return [child for child in element.childNodes if _local(child) == local]


def _local(element: Any) -> str | None:
    qname = getattr(element, "qname", None)
    return qname[1] if qname else None


def _attr(element: Any, namespace: str, name: str) -> str | None:
    value = element.attributes.get((namespace, name)) if hasattr(element, "attributes") else None
    return str(value) if value is not None else None


def _int(text: str | None, default: int) -> int:
    try:
        return max(1, int(text)) if text else default
    except ValueError:
        return default
