"""The fast paths of the spreadsheet reader must give exactly what the general paths give.

A plain sheet's <sheetData> is read by regular expression (_plain_sheet, _SheetXml.parse_plain) and measured
for the size limits from its tokens; everything else still goes through expat and _check_grid. Each sheet
below is read both ways and the documents compared value type for value type.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from foi_tally.document import Document
from foi_tally.readers import spreadsheet
from foi_tally.readers.spreadsheet import (
    _plain_sheet,
    _read_xlsx_full,
    _read_xlsx_streaming,
    check_xlsx,
    read_csv,
)
from foi_tally.records import ReadError

SHEET = "xl/worksheets/sheet1.xml"
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
#: A dimension, as real sheets have, and room enough that openpyxl, reading up to it, meets no damage after it.
DIMENSION = b'<dimension ref="A1"/><!--' + b" " * 20_000 + b"-->"
SHARED = ["Ref", " padded\xa0 ", "A &amp; B", "", "tail"]


def workbook(sheet_data: bytes, root: bytes = MAIN, before: bytes = DIMENSION, after: bytes = b"", head: bytes = b""
             ) -> bytes:
    """A workbook written by openpyxl (its style 1 is a date format), its first sheet replaced by
    `sheet_data` (with `before` and `after` it, `head` before the root) and its shared strings by SHARED."""
    book = openpyxl.Workbook()
    book.active["A1"] = dt.date(2015, 2, 3)
    book.active["A2"] = "x"
    written = io.BytesIO()
    book.save(written)
    source = zipfile.ZipFile(written)
    sheet = head + b"<worksheet " + root + b">" + before + sheet_data + after + b"</worksheet>"
    table = b"".join(b'<si><t xml:space="preserve">' + s.encode() + b"</t></si>" for s in SHARED)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = SHEET == info.filename and sheet or source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                          b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                          b'sharedStrings+xml"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdS" Target="sharedStrings.xml" '
                                          b'Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                          b'relationships/sharedStrings"/></Relationships>')
            archive.writestr(info.filename, content)
        archive.writestr("xl/sharedStrings.xml", MAIN.join((b"<sst ", b">" + table + b"</sst>")))
    return out.getvalue()


def described(doc: Document) -> tuple[object, ...]:
    """Everything a document says, each value with its type (1 == 1.0 == True to Python)."""
    tables = [
        (t.title, t.locator, [[(type(c.value), c.value, c.locator) for c in row] for row in t.rows]) for t in doc.tables
    ]
    return doc.lines, tables, doc.warnings


def both_ways(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, list[str]]:
    """The sheet read with its plain path allowed, then by expat alone; and the paths the first read took."""
    taken: list[str] = []
    parse_plain, parse = spreadsheet._SheetXml.parse_plain, spreadsheet._SheetXml.parse

    def plain(self, sheet):  # type: ignore[no-untyped-def]
        ok = parse_plain(self, sheet)
        taken.append("plain" if ok else "not plain")
        return ok

    def expat(self, handle):  # type: ignore[no-untyped-def]
        taken.append("expat")
        return parse(self, handle)

    monkeypatch.setattr(spreadsheet._SheetXml, "parse_plain", plain)
    monkeypatch.setattr(spreadsheet._SheetXml, "parse", expat)

    def read(parts: dict[str, None] | None) -> object:
        try:
            return described(_read_xlsx_streaming(data, "t.xlsx", parts))
        except Exception as exc:  # noqa: BLE001 - the two ways must fail alike too
            return type(exc)

    fast = read(None)
    taken_fast = list(taken)
    return fast, read({SHEET: None}), taken_fast


def rows(*cells: bytes) -> bytes:
    return b"<sheetData>" + b"".join(cells) + b"</sheetData>"


VALUES = rows(
    b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    b'<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
    b'<row r="2"><c r="A2"><v>12</v></c><c r="B2" t="n"><v>1.5</v></c><c r="C2"><v>1E3</v></c>'
    b'<c r="D2" s="1"><v>42038</v></c><c r="E2" s="1"><v>42038.25</v></c></row>',
    b'<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="d"><v>2015-02-03T04:05:06</v>'
    b'</c><c r="D3" t="str"><f>A1&amp;"&lt;x&gt;"</f><v>Ref&lt;x&gt;</v></c><c r="E3"><f t="shared" si="0"/><v>7</v></c></row>',
    b'<row r="4"><c r="A4" t="inlineStr"><is><t>line&#10;two &#x41;&#65;</t></is></c>'
    b'<c r="B4" t="inlineStr"><is><t xml:space="preserve">  \xc2\xa0spaced\xc2\xa0 </t></is></c>'
    b'<c r="C4" t="inlineStr"><is><t></t></is></c><c r="D4" t="inlineStr"></c><c r="E4" t="inlineStr"><v>9</v></c></row>',
    b'<row r="6" spans="1:5"><c r="A6" s="1"/><c r="B6"></c><c r="C6"><v></v></c><c r="D6" t="n" s="0"><v> 5 </v></c>'
    b'<c r="G6" cm="1"><v>3</v></c></row>',
    b'<row r="7" hidden="1"><c r="A7"><v>1</v></c><c r="B7"><v>2</v></c></row>',
    b'<row r="8"/><row r="9"></row><row r="10"><c r="A10"><v>1</v></c><c r="B10" t="s" s="0"><v>4</v></c></row>',
)

PLAIN = {
    "values of every type": VALUES,
    "spaces and line breaks between tags": VALUES.replace(b"<c ", b"\n  <c ").replace(b"<v>", b" <v>"),
    "a row hidden the openpyxl way": rows(b'<row r="1" visible="0"><c r="A1"><v>1</v></c></row>'
                                          b'<row r="2" hidden="false"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>'),
    "leading zeros in references": rows(b'<row r="01"><c r="A1"><v>1</v></c><c r="B001"><v>2</v></c></row>'),
    "far columns": rows(b'<row r="3"><c r="Z3"><v>1</v></c><c r="AB3"><v>2</v></c><c r="RZ3"><v>3</v></c></row>'),
}

NOT_PLAIN = {
    "a comment": VALUES.replace(b'<row r="2">', b'<!-- x --><row r="2">'),
    "a CDATA section": rows(b'<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'),
    "rich text": rows(b'<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><t>b</t></is></c></row>'),
    "a carriage return": VALUES.replace(b"</row>", b"</row>\r\n"),
    "a tab between attributes": rows(b'<row r="1"><c r="A1"\tt="n"><v>1</v></c></row>'),
    "r not first": rows(b'<row r="1"><c t="n" r="A1"><v>1</v></c></row>'),
    "an undeclared prefix": rows(b'<row r="1" q:x="1"><c r="A1"><v>1</v></c></row>'),
    "a repeated attribute": rows(b'<row r="1"><c r="A1" s="1" s="1"><v>1</v></c></row>'),
    "a bad reference": rows(b'<row r="1"><c r="A1" t="inlineStr"><is><t>&#1;</t></is></c></row>'),
    "an unknown entity": rows(b'<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
    "a cell out of order": rows(b'<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'),
    "a cell of another row": rows(b'<row r="1"><c r="A2"><v>1</v></c></row>'),
    "text between cells": rows(b'<row r="1"><c r="A1"><v>1</v></c>x<c r="B1"><v>2</v></c></row>'),
    "a cell in a cell": rows(b'<row r="1"><c r="A1"><c r="B1"/></c></row>'),
    "a namespace on a row": rows(b'<row r="1" xmlns="urn:x"><c r="A1"><v>1</v></c></row>'),
}

FAILING = {
    "a shared string that is not there": rows(b'<row r="1"><c r="A1" t="s"><v>99</v></c></row>'),
    "a number that is not one": rows(b'<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>x</v></c></row>'),
    "a style that is not one": rows(b'<row r="1"><c r="A1" s="x"><v>1</v></c></row>'),
}


@pytest.mark.parametrize("sheet_data", PLAIN.values(), ids=PLAIN.keys())
def test_a_plain_sheet_reads_as_expat_reads_it(sheet_data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, expat, taken = both_ways(workbook(sheet_data), monkeypatch)
    assert taken == ["plain"] and not isinstance(fast, type)
    assert fast == expat


def test_a_plain_sheet_reads_as_openpyxl_reads_it() -> None:
    """Shared strings, dates, formulas, merged and hidden cells: as the full loader gives them."""
    data = workbook(VALUES, before=DIMENSION + b'<cols><col min="3" max="3" hidden="1"/></cols>',
                    after=b'<mergeCells count="1"><mergeCell ref="A9:B10"/></mergeCells>')
    assert described(_read_xlsx_streaming(data, "t.xlsx")) == described(_read_xlsx_full(data, "t.xlsx"))


@pytest.mark.parametrize("sheet_data", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_any_other_sheet_goes_to_expat(sheet_data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, expat, taken = both_ways(workbook(sheet_data), monkeypatch)
    assert taken[-1] == "expat"
    assert fast == expat


@pytest.mark.parametrize("sheet_data", FAILING.values(), ids=FAILING.keys())
def test_a_plain_sheet_fails_as_expat_fails(sheet_data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, expat, _ = both_ways(workbook(sheet_data), monkeypatch)
    assert isinstance(fast, type) and fast is expat


AROUND = {
    "Excel's declaration and prefixes": {
        "root": MAIN + b' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"',
        "head": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
    },
    "a byte-order mark": {"head": b"\xef\xbb\xbf"},
    "hidden columns": {"before": DIMENSION + b'<cols><col min="2" max="3" hidden="1"/></cols>'},
    "merged cells": {"after": b'<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3:D3"/></mergeCells>'},
}


@pytest.mark.parametrize("around", AROUND.values(), ids=AROUND.keys())
def test_what_is_around_sheet_data_is_read_by_expat(around: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    dy = b' x14ac:dyDescent="0.25"' if b"x14ac" in around.get("root", b"") else b""
    sheet_data = rows(
        b'<row r="1"' + dy + b'><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="C1"><v>3</v></c></row>',
        b'<row r="3"' + dy + b'><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c><c r="C3" t="s"><v>0</v></c></row>',
        b'<row r="4"' + dy + b'><c r="A4"><v>1</v></c><c r="D4"><v>2</v></c></row>',
    )
    fast, expat, taken = both_ways(workbook(sheet_data, **around), monkeypatch)
    assert taken == ["plain"]
    assert fast == expat


@pytest.mark.parametrize("declaration", [b'<?xml version="1.0" encoding="ISO-8859-1"?>', b"<!-- x --><?xml-x?>"])
def test_an_encoding_other_than_utf8_goes_to_expat(declaration: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    data = workbook(rows(b'<row r="1"><c r="A1" t="inlineStr"><is><t>caf\xc3\xa9</t></is></c></row>'), head=declaration)
    fast, expat, taken = both_ways(data, monkeypatch)
    assert fast == expat
    if b"ISO" in declaration:
        assert taken == ["not plain", "expat"]


def big_sheet(rows_: int) -> bytes:
    """More than a megabyte of sheet, so that _check_grid's chunks are cut inside its cells."""
    return rows(*(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>RSO-%05d</t></is></c><c r="B%d"><v>%d</v></c>'
        b'<c r="C%d" t="inlineStr"><is><t>Indecent images of children</t></is></c></row>' % (r, r, r, r, r, r)
        for r in range(1, rows_ + 1)
    ))


@pytest.mark.parametrize("limit", ["MAX_ROWS", "MAX_COLUMNS", "MAX_CELLS"])
def test_a_plain_sheet_is_measured_as_check_grid_measures_it(limit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At each limit exactly the sheet is read; one under, it is refused, in _check_grid's words."""
    data = workbook(big_sheet(12_000))
    xml = zipfile.ZipFile(io.BytesIO(data)).read(SHEET)
    plain = _plain_sheet(xml)
    assert plain is not None and len(xml) > 1 << 20
    cells, last_row, last_column = plain.measure
    assert (cells, last_row, last_column) == (36_000, 12_000, 3)
    size = {"MAX_ROWS": last_row, "MAX_COLUMNS": last_column, "MAX_CELLS": cells}[limit]
    monkeypatch.setattr(spreadsheet, limit, size)
    check_xlsx(data)
    monkeypatch.setattr(spreadsheet, limit, size - 1)
    with pytest.raises(ReadError) as refused:
        check_xlsx(data)
    name = spreadsheet._sheet_names(zipfile.ZipFile(io.BytesIO(data))).get(SHEET, SHEET)
    with pytest.raises(ReadError) as by_chunks:
        spreadsheet._check_grid(io.BytesIO(xml[4096:]), xml[:4096], name)
    assert str(refused.value) == str(by_chunks.value)


def test_check_xlsx_hands_plain_sheets_to_the_reader() -> None:
    data = workbook(VALUES)
    parts = check_xlsx(data)
    assert parts[SHEET] is not None and parts[SHEET].tokens
    assert described(_read_xlsx_streaming(data, "t.xlsx", parts)) == described(_read_xlsx_streaming(data, "t.xlsx"))


def test_csv_cells_are_cleaned_and_lettered() -> None:
    doc = read_csv(("a,b\n" + ",".join(f" v{i}\xa0" for i in range(30)) + "\n").encode(), "t.csv")
    row = doc.tables[0].rows[1]
    assert [c.value for c in row[:2]] == ["v0", "v1"]
    assert [c.locator.column for c in row[24:28]] == ["Y", "Z", "AA", "AB"]
    assert row[-1].locator.row == 2 and row[-1].locator.line is None
