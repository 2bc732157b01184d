"""The readers named in the spine: PDF with a text layer, xlsx, csv, eml and txt."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage

import openpyxl
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from foi_tally.readers import read_document, sniff
from foi_tally.records import ReadError

CSV_TEXT = "Year missing,Number\n2006,2\n2009,1\nTotal,3\nNote: £0 fee\n"


@pytest.mark.parametrize(
    "data",
    [CSV_TEXT.encode("utf-8"), b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"), CSV_TEXT.encode("cp1252"),
     CSV_TEXT.encode("utf-16")],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16"],
)
def test_csv_in_every_encoding_reads_the_same(data: bytes) -> None:
    doc = read_document(data, "counts.csv")
    assert doc.tables[0].texts() == [["Year missing", "Number"], ["2006", "2"], ["2009", "1"], ["Total", "3"]]
    assert doc.tables[0].rows[1][1].locator.describe() == "counts.csv, row 2, column B"
    assert doc.lines[-1].text == "Note: £0 fee"


def test_xlsx_reads_tables_title_lines_and_skips_hidden_parts() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["Essex Police FOI 2015/123"])
    sheet.append(["Ref", "Date wanted"])
    sheet.append(["A1", dt.datetime(2006, 3, 1)])
    sheet.append(["A2", dt.datetime(2009, 5, 2)])
    sheet.append(["SECRET", dt.datetime(2010, 1, 1)])
    sheet.row_dimensions[5].hidden = True
    hidden = book.create_sheet("Names")
    hidden.append(["Name", "Address"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    doc = read_document(buffer.getvalue(), "data.xlsx")
    assert doc.lines[0].text == "Essex Police FOI 2015/123"
    assert doc.tables[0].texts() == [["Ref", "Date wanted"], ["A1", "2006-03-01"], ["A2", "2009-05-02"]]
    assert doc.tables[0].rows[2][1].locator.describe() == "data.xlsx, sheet 'Data', row 4, column B"
    assert "hidden sheet 'Names' was not read" in doc.warnings
    assert "sheet 'Data': 1 hidden row(s) were not read" in doc.warnings


def test_pdf_text_and_ruled_table_with_page_locators() -> None:
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    table = Table([["Subject", "Missing since"], ["1", "Sept 2004"], ["2", "March 2011"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Paragraph("Kent Police. There are 2 RSOs wanted.", styles["Normal"]), table]
    )
    doc = read_document(buffer.getvalue(), "letter.pdf")
    assert doc.lines[0].text == "Kent Police. There are 2 RSOs wanted."
    assert doc.lines[0].locator.describe() == "letter.pdf, page 1, line 1"
    assert doc.tables[0].texts() == [["Subject", "Missing since"], ["1", "Sept 2004"], ["2", "March 2011"]]


BODY = (
    "There are currently seven registered sex offenders recorded as wanted because their whereabouts "
    "are unknown, as at 9 February 2015.\n\n-----Original Message-----\nFrom: reporter\nLast year you told us 12.\n"
)


@pytest.mark.parametrize("transfer_encoding", ["quoted-printable", "base64"])
def test_eml_bodies_decode_and_quoted_history_is_marked(transfer_encoding: str) -> None:
    message = EmailMessage()
    message["From"] = "FOI Unit <foi@kent.police.uk>"
    message["Date"] = "Tue, 10 Feb 2015 09:00:00 +0000"
    message["Subject"] = "FOI 2015/0001"
    message.set_content(BODY, cte=transfer_encoding)
    assert transfer_encoding in bytes(message).decode("ascii").lower()
    doc = read_document(bytes(message), "reply.eml")
    assert doc.sender == "foi@kent.police.uk" and doc.sent == dt.date(2015, 2, 10)
    assert [line.text for line in doc.lines if not line.quoted] == [BODY.split("\n\n")[0]]
    assert [line.text for line in doc.lines if line.quoted][-1] == "Last year you told us 12."


def test_txt_and_content_sniffing() -> None:
    doc = read_document(b"Dear Sir\n> quoted line\nThanks\n", "reply.txt")
    assert [(l.text, l.quoted) for l in doc.lines] == [("Dear Sir", False), ("quoted line", True), ("Thanks", False)]
    assert sniff(b"%PDF-1.4 ...", "letter.doc") == "pdf"
    assert sniff(b"From: a@b.police.uk\nTo: c@d\nSubject: x\n\nbody", "reply.txt") == "eml"
    with pytest.raises(ReadError, match="empty file"):
        read_document(b"", "nothing.pdf")
    with pytest.raises(ReadError, match="not a real .pdf"):
        read_document(b"just some text", "fake.pdf")
