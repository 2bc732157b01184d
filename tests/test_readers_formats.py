"""Every format a force replies in (issue 3, items 2-6 and 9): what each reader hands to the parsers.

The fixture files come from scripts/fixtures/formats.py; their parsed records
are checked against reviewed goldens in test_goldens.py. These tests check the
reader side: content sniffing, hidden parts never read, merged cells, dates,
encodings, locators into attachments and archive members, zip safety, the
WhatDoTheyKnow batch layout, and Outlook .msg with and without its extra.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest

from foi_tally.ingest import discover, read_one
from foi_tally.readers import MAX_NESTING, as_part, bundle, looks_like_csv, read_document, read_replies, sniff
from foi_tally.records import Locator, ReadError

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
sys.path.insert(0, str(HERE.parent / "scripts"))

from fixtures import formats


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def texts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [line.text for line in doc.lines]


def all_text(doc) -> str:  # type: ignore[no-untyped-def]
    cells = [c.text for t in doc.tables for row in t.rows for c in row]
    return "\n".join(texts(doc) + cells)


def zip_of(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, payload in members:
            archive.writestr(name, payload)
    return out.getvalue()


# --- format detection by content ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fmt-pdf-saved-as.doc", "pdf"),
        ("fmt-html-saved-as.xls", "html"),
        ("fmt-csv-saved-as.txt", "csv"),
        ("fmt-xlsm-lancashire.xlsm", "xlsx"),
        ("fmt-xls-legacy-cleveland.xls", "xls"),
        ("fmt-ods-gloucestershire.ods", "ods"),
        ("fmt-docx-derbyshire-letter.docx", "docx"),
        ("fmt-html-disclosure-log.html", "html"),
        ("fmt-zip-letter-and-data.zip", "zip"),
    ],
)
def test_format_is_decided_by_content(name: str, expected: str) -> None:
    assert sniff(fixture(name), name) == expected
    # The name is no help: the same bytes under a misleading name sniff the same.
    assert sniff(fixture(name), "attachment (3).dat") == expected


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("fmt-doc-word97.doc", "Word 97-2003 .doc files are not supported: save it as .docx or PDF"),
        ("fmt-rtf-letter.rtf", "RTF documents are not supported: save it as .docx or PDF"),
        ("fmt-zip-unsafe-path.zip", "zip member '../../etc/cron.d/reply.txt' has an unsafe path"),
    ],
)
def test_unreadable_formats_give_one_clear_line(name: str, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_document(fixture(name), name)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_other_unsupported_containers_say_what_they_are() -> None:
    odp = zip_of([("mimetype", b"application/vnd.oasis.opendocument.presentation"), ("content.xml", b"<x/>")])
    with pytest.raises(ReadError, match="OpenDocument presentation files are not supported"):
        sniff(odp, "slides.odp")
    excel_xml = b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
    with pytest.raises(ReadError, match="Excel 2003 XML spreadsheets are not supported"):
        sniff(excel_xml, "data.xls")
    encrypted = formats.write_cfb({"EncryptedPackage": b"\0" * 100, "EncryptionInfo": b"\0" * 50})
    with pytest.raises(ReadError, match="protected by a password"):
        sniff(encrypted, "data.xlsx")
    with pytest.raises(ReadError, match="damaged legacy Office file"):
        sniff(fixture("fmt-xls-legacy-cleveland.xls")[:700], "data.xls")


def test_plain_letters_are_not_mistaken_for_csv() -> None:
    letter = (
        "Dear Ms Pryce,\n\nThank you for your request, which we received on 2 February 2015. As at 9 February,\n"
        "there were 4 registered sex offenders, all men, recorded as wanted because their whereabouts\n"
        "are unknown. Of these, one is believed to be abroad, in Spain, and three are in the UK.\n\n"
        "Yours sincerely,\nJo Bloggs, FOI Officer\n"
    )
    assert not looks_like_csv(letter)
    assert sniff(letter.encode(), "reply.txt") == "txt"
    assert sniff(b"Year,Number\n2006,1\n2009,2\nTotal,3\n", "reply.txt") == "csv"
    # UTF-16 with no byte-order mark is still text, and still a CSV.
    assert sniff("Year\tNumber\r\n2006\t1\r\n2009\t2\r\n".encode("utf-16-le"), "export.txt") == "csv"


# --- spreadsheets ---------------------------------------------------------------------------------------


def test_xlsm_hidden_sheet_row_and_column_are_never_read() -> None:
    doc = read_document(fixture("fmt-xlsm-lancashire.xlsm"), "book.xlsm")
    everything = all_text(doc)
    assert "L-05" not in everything  # the hidden row
    assert "[withheld" not in everything and "Name" not in everything  # the hidden column
    assert "Draft count" not in everything  # the hidden sheet
    assert doc.warnings == [
        "sheet 'Wanted': 1 hidden row(s) were not read",
        "sheet 'Wanted': 1 hidden column(s) were not read",
        "hidden sheet 'Working' was not read",
    ]
    table = doc.tables[0]
    assert table.texts()[0] == ["Ref", "Date wanted", "Risk level"]
    assert table.rows[1][1].value == dt.datetime(2009, 3, 14)
    assert table.rows[1][1].locator.describe() == "book.xlsm, sheet 'Wanted', row 5, column B"


def test_legacy_xls_dates_merges_and_hidden_parts() -> None:
    doc = read_document(fixture("fmt-xls-legacy-cleveland.xls"), "old.xls")
    assert doc.format == "xls"
    assert texts(doc)[0] == "Cleveland Police - FOI request 2015/0233"  # merged title said once
    table = doc.tables[0]
    assert table.texts() == [
        ["Ref", "Wanted since", "Believed abroad"],
        ["CL1", "2006-07-19", "N"],
        ["CL2", "2011-02-03", "Y"],
        ["CL3", "unknown", "N"],
        ["CL4", "2014-10-27", "N"],
    ]
    assert table.rows[1][1].value == dt.date(2006, 7, 19)
    assert table.rows[4][2].locator == Locator("old.xls", sheet="RSOs", row=8, column="D")
    assert "CL5" not in all_text(doc) and "[name" not in all_text(doc) and "NOT FOR DISCLOSURE" not in all_text(doc)
    assert doc.warnings == [
        "sheet 'RSOs': 1 hidden row(s) were not read",
        "sheet 'RSOs': 1 hidden column(s) were not read",
        "hidden sheet 'Names' was not read",
    ]


def test_ods_text_dates_covered_cells_hidden_parts_and_padding() -> None:
    doc = read_document(fixture("fmt-ods-gloucestershire.ods"), "sheet.ods")
    assert texts(doc)[0] == "Gloucestershire Constabulary - FOI 0315/15"
    table = doc.tables[0]
    assert table.texts() == [
        ["Missing since", "Number of RSOs"],
        ["Sept 2004", "1"],
        ["March 2009", "1"],
        ["2011", "2"],
        ["unknown", "1"],
        ["Total", "5"],
    ]
    assert table.rows[1][1].value == 1 and table.rows[1][1].locator.describe() == "sheet.ods, sheet 'Response', row 5, column B"
    assert "Jan 2015 return" not in all_text(doc) and "ViSOR" not in all_text(doc)
    assert doc.warnings == ["sheet 'Response': 1 hidden row(s) were not read", "hidden sheet 'Workings' was not read"]
    # The million padding rows LibreOffice writes are counted, never expanded.
    assert max(line.locator.row or 0 for line in doc.lines) == 11


def test_merged_header_and_two_tables_on_one_sheet_with_serials() -> None:
    pivot = read_document(fixture("fmt-xlsx-merged-year-header.xlsx"), "p.xlsx")
    assert pivot.tables[0].texts()[0] == ["", "Year first wanted"] + ["Year first wanted"] * 4
    two = read_document(fixture("fmt-xlsx-two-tables-serials.xlsx"), "t.xlsx")
    assert [t.texts()[0] for t in two.tables] == [
        ["Registered sex offenders wanted - whereabouts unknown"] * 3,
        ["Risk level", "Number"],
    ]
    assert two.tables[0].rows[2][1].value == 38412  # a bare Excel serial stays a number for the layouts to judge
    assert "Dates are as exported from the offender management system." in texts(two)  # the second sheet


@pytest.mark.parametrize(
    ("name", "first_line", "header"),
    [
        ("fmt-csv-utf8-title-notes.csv", "Durham Constabulary \u2013 Freedom of Information request 0089/15",
         ["Year wanted", "Number of RSOs"]),
        ("fmt-csv-utf8-bom-two-tables.csv", "Surrey Police FOI 113/2015", ["Ref", "Date wanted", "Believed abroad"]),
        ("fmt-csv-cp1252-text-dates.csv", "Kent Police \u2013 FOI reference 15/0188", ["Missing since", "Number"]),
        ("fmt-csv-utf16-tabs.csv", "RSOs wanted - whereabouts unknown, by year first wanted. Figures as at 19/02/2015",
         ["", "2009", "2011", "2012", "2014", "Total"]),
    ],
)
def test_csv_encodings_title_blocks_and_notes(name: str, first_line: str, header: list[str]) -> None:
    doc = read_document(fixture(name), name)
    assert first_line in texts(doc)
    assert doc.tables[0].texts()[0] == header


def test_csv_notes_survive_their_encoding() -> None:
    kent = read_document(fixture("fmt-csv-cp1252-text-dates.csv"), "k.csv")
    assert "Kent\u2019s registered sex offenders recorded as wanted (whereabouts unknown) as at 10/02/2015" in texts(kent)
    assert texts(kent)[-1] == "No fee is payable: the request fell within the \u00a3450 cost limit."
    surrey = read_document(fixture("fmt-csv-utf8-bom-two-tables.csv"), "s.csv")
    assert [t.texts()[0] for t in surrey.tables] == [["Ref", "Date wanted", "Believed abroad"], ["Status", "Count"]]


# --- Word -----------------------------------------------------------------------------------------------


def test_docx_header_paragraphs_and_table() -> None:
    doc = read_document(fixture("fmt-docx-derbyshire-letter.docx"), "letter.docx")
    assert texts(doc)[:3] == [
        "Derbyshire Constabulary",
        "Freedom of Information Unit, Butterley Hall, Ripley, Derbyshire DE5 3RS",
        "Our ref: 000533/15",
    ]
    assert doc.lines[0].locator == Locator("letter.docx", line=1, part="page header")
    assert doc.lines[2].locator == Locator("letter.docx", line=1)
    # The title merged across the table is a line; the table is the data under it.
    assert "RSOs wanted - whereabouts unknown" in texts(doc)
    assert doc.tables[0].texts() == [["Year wanted", "Number"], ["2009", "1"], ["2012", "2"], ["2014", "3"],
                                     ["Total", "6"]]
    assert doc.tables[0].rows[4][1].locator.describe() == "letter.docx > table 1, row 6, column B"


def test_docx_layout_table_is_read_as_text() -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("Kent Police")
    box = word.add_table(rows=1, cols=2)
    box.cell(0, 0).text = "As at 1 February 2015, 3 registered sex offenders were recorded as wanted."
    box.cell(0, 1).text = "Our ref: 15/0001"
    buffer = io.BytesIO()
    word.save(buffer)
    doc = read_document(buffer.getvalue(), "boxed.docx")
    assert doc.tables == []
    assert texts(doc) == ["Kent Police", "As at 1 February 2015, 3 registered sex offenders were recorded as wanted.",
                          "Our ref: 15/0001"]


# --- web pages ------------------------------------------------------------------------------------------


def test_disclosure_page_without_furniture() -> None:
    doc = read_document(fixture("fmt-html-disclosure-log.html"), "page.html")
    everything = all_text(doc)
    for furniture in ("cookies", "Skip to content", "Crime figures", "Home", "Related requests", "FOI 2014/0099",
                      "emergency", "Share on Twitter", "crimes"):
        assert furniture not in everything, furniture
    assert texts(doc)[:3] == [
        "FOI 2015/0311 Registered sex offenders whose whereabouts are unknown | Sussex Police",
        "FOI 2015/0311 Registered sex offenders whose whereabouts are unknown",
        "Date published: 20/02/2015",
    ]
    assert doc.lines[0].locator.part == "page title"
    response = [line for line in doc.lines if line.locator.part == "Response"]
    assert response[1].text.startswith("Sussex Police can confirm that, as at 16 February 2015, 8 registered")
    assert "information is dynamic \u2013 it changes daily." in response[-1].text  # windows-1252 decoded
    table = doc.tables[0]
    assert table.title == "RSOs wanted by year"
    assert table.texts() == [["Year wanted", "Number"], ["2006", "1"], ["2010", "2"], ["2013", "2"], ["2014", "3"],
                             ["Total", "8"]]
    assert table.rows[5][1].locator.describe() == "page.html > Response, table 1, row 6, column B"


def test_html_hidden_elements_and_layout_tables() -> None:
    page = b"""<html><body><div style="display:none">Old figure: 99 RSOs wanted</div>
<p hidden>Draft</p><table><tr><td>As at 1 February 2015 there were 4 registered sex offenders wanted
because their whereabouts are unknown, of whom one is believed to be abroad in Spain.</td>
<td>Our ref: 15/0002 and a long explanation of the search carried out on the ViSOR system.</td></tr>
<tr><td>More prose that is clearly running text rather than a data cell in any table of figures.</td>
<td>Yours sincerely, the Freedom of Information Officer of the Constabulary</td></tr></table>
<table><tr><td>Year</td><td>Number</td></tr><tr><td>2010<td>4</tr></table></body></html>"""
    doc = read_document(page, "p.htm")
    assert "99" not in all_text(doc) and "Draft" not in all_text(doc)
    assert texts(doc)[0].startswith("As at 1 February 2015 there were 4 registered")
    assert [t.texts() for t in doc.tables] == [[["Year", "Number"], ["2010", "4"]]]  # unclosed cells closed


def test_html_export_named_xls_keeps_its_spanning_title_as_a_line() -> None:
    doc = read_document(fixture("fmt-html-saved-as.xls"), "export.xls")
    assert "Humberside Police - FOI 2015/00288 - RSOs wanted, whereabouts unknown" in texts(doc)
    assert doc.tables[0].texts()[0] == ["Subject ref", "Wanted since", "Offence category"]
    assert len(doc.tables[0].rows) == 5


# --- email ----------------------------------------------------------------------------------------------


def test_see_attached_email_and_its_spreadsheet_are_one_reply() -> None:
    doc = read_document(fixture("fmt-eml-see-attached-xlsx.eml"), "reply.eml")
    assert doc.sender == "foi@gmp.police.uk" and doc.sent == dt.date(2015, 2, 12)
    assert texts(doc)[1] == "Please see attached our response to your Freedom of Information request FOI 2015-0456."
    cell = doc.tables[0].rows[1][1]
    assert cell.value == dt.datetime(2005, 6, 1)
    assert cell.locator == Locator("reply.eml", sheet="Data", row=4, column="B", part="FOI 2015-0456 data.xlsx")
    assert cell.locator.describe() == "reply.eml > FOI 2015-0456 data.xlsx, sheet 'Data', row 4, column B"
    [reply] = read_one(str(FIXTURES / "fmt-eml-see-attached-xlsx.eml"), "reply.eml", None, None, False).replies
    assert (reply.force, reply.missing, reply.received) == ("Greater Manchester Police", 4, "2015-02-12")


def test_pdf_attachment_lines_point_into_the_attachment() -> None:
    doc = read_document(fixture("fmt-eml-pdf-attachment.eml"), "reply.eml")
    pdf_lines = [line for line in doc.lines if line.locator.part == "2015-0772 response.pdf"]
    assert pdf_lines[1].text == "Avon and Somerset Constabulary"
    assert pdf_lines[1].locator == Locator("reply.eml", page=1, line=2, part="2015-0772 response.pdf")


def test_winmail_dat_is_flagged_not_read() -> None:
    doc = read_document(fixture("fmt-eml-winmail-dat.eml"), "reply.eml")
    assert doc.warnings == [
        ("'winmail.dat' is an Outlook TNEF (winmail.dat) attachment, which cannot be read: "
        "ask the force to resend the reply as plain email or PDF")
    ]


def test_msg_without_its_extra_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    formats.build_msg(tmp_path / "reply.msg")
    data = (tmp_path / "reply.msg").read_bytes()
    assert sniff(data, "reply.msg") == "msg"
    monkeypatch.setitem(sys.modules, "extract_msg", None)  # as if foi-tally[msg] were not installed
    with pytest.raises(ReadError, match=r"^install foi-tally\[msg\] to read Outlook .msg files$"):
        read_document(data, "reply.msg")


def test_msg_with_extract_msg_is_one_reply_with_its_attachment(tmp_path: Path) -> None:
    pytest.importorskip("extract_msg")
    formats.build_msg(tmp_path / "reply.msg")
    doc = read_document((tmp_path / "reply.msg").read_bytes(), "reply.msg")
    assert (doc.sender, doc.sent, doc.subject) == (
        "foi@hampshire.police.uk", dt.date(2015, 2, 25), "FOI 2015/00390 - Registered sex offenders")
    assert doc.tables[0].texts() == [["Hampshire Constabulary", "FOI 2015/00390"], ["Year wanted", "Number of RSOs"],
                                     ["2008", "1"], ["2012", "1"], ["2014", "2"], ["Total", "4"]]
    assert doc.tables[0].rows[2][1].locator.describe() == "reply.msg > FOI 2015-00390.csv, row 3, column B"
    [reply] = read_one(str(tmp_path / "reply.msg"), "reply.msg", None, None, False).replies
    assert (reply.force, reply.status, reply.missing, reply.as_of) == (
        "Hampshire Constabulary", "answered", 4, "2015-02-24")


# --- zip bundles ----------------------------------------------------------------------------------------


def test_zip_letter_and_data_are_one_reply_letter_first() -> None:
    doc = read_document(fixture("fmt-zip-letter-and-data.zip"), "bundle.zip")
    assert doc.lines[1].text == "West Mercia Police"
    assert doc.lines[1].locator.part == "WM FOI 0377/Response letter.pdf"
    assert doc.tables[-1].rows[1][1].locator.describe() == (
        "bundle.zip > WM FOI 0377/RSO data.xlsx, sheet 'Data', row 4, column B")
    assert not any("__MACOSX" in (line.locator.part or "") for line in doc.lines)
    assert doc.warnings == []


def _letter(force: str, body: str) -> bytes:
    return (f"{force}\nFreedom of Information Unit\n12 March 2015\nDear Requester\n{body}\n"
            f"Yours sincerely\nInformation Officer\n{force}\n").encode()


def test_a_zip_of_several_forces_replies_is_one_reply_per_force(tmp_path: Path) -> None:
    data = zip_of([
        ("kent.txt", _letter("Kent Police", "There are currently 2 registered sex offenders whose whereabouts are unknown.")),
        ("essex.txt", _letter("Essex Police", "We can confirm that no registered sex offenders are currently missing.")),
        ("kent-data.csv", b"Date wanted,Offence\n03/04/2012,Sexual assault\n11/09/2014,Voyeurism\n"),
    ], zipfile.ZIP_STORED)
    (tmp_path / "round robin.zip").write_bytes(data)
    replies = read_one(str(tmp_path / "round robin.zip"), "round robin.zip", None, None, False).replies
    got = sorted((r.force, r.missing, r.needs_review) for r in replies)
    assert got == [("Essex Police", 0, False), ("Kent Police", 2, False)]
    kent = next(r for r in replies if r.force == "Kent Police")
    assert sorted(e.since for e in kent.entries) == ["2012-04-03", "2014-09-11"]  # the data file joined its letter


def test_a_zip_of_one_forces_letter_and_data_is_still_one_reply() -> None:
    data = zip_of([("letter.txt", _letter("Kent Police", "Please see the attached data.")),
                   ("data.csv", b"Date wanted,Offence\n03/04/2012,Sexual assault\n")])
    assert len(read_replies(data, "b.zip")) == 1


def test_a_stored_zip_of_pdfs_is_a_zip_not_a_pdf() -> None:
    pdf = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
    assert sniff(zip_of([("a.pdf", pdf), ("b.pdf", pdf)], zipfile.ZIP_STORED), "bundle.zip") == "zip"


def test_zip_member_that_cannot_be_read_is_a_warning() -> None:
    data = zip_of([("letter.txt", b"Kent Police\nAs at 1 February 2015 there were 2 RSOs wanted."),
                   ("scan.bin", b"\x00\x01\x02\x03" * 40)])
    doc = read_document(data, "b.zip")
    assert texts(doc) == ["Kent Police", "As at 1 February 2015 there were 2 RSOs wanted."]
    assert doc.lines[0].locator == Locator("b.zip", line=1, part="letter.txt")
    assert doc.warnings == [("zip member 'scan.bin' could not be read: not a document this tool can read "
                            "(binary data of unknown type)")]
    with pytest.raises(ReadError, match="nothing in the zip could be read: zip member 'scan.bin'"):
        read_document(zip_of([("scan.bin", b"\x00\x01\x02\x03" * 40)]), "c.zip")


@pytest.mark.parametrize("name", ["/etc/passwd", "..\\..\\reply.txt", "C:/reply.txt", "a/../../b.txt"])
def test_zip_refuses_absolute_and_climbing_paths(name: str) -> None:
    with pytest.raises(ReadError, match="unsafe path"):
        read_document(zip_of([(name, b"3 RSOs")]), "evil.zip")


def test_zip_bomb_and_size_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = zip_of([("reply.txt", b"0" * (8 * 1024 * 1024))])
    with pytest.raises(ReadError, match=r"zip member 'reply.txt' inflates \d+ times over \(a zip bomb\?\)"):
        read_document(bomb, "bomb.zip")
    monkeypatch.setattr(bundle, "MAX_MEMBER_BYTES", 1000)
    with pytest.raises(ReadError, match="would inflate to 2,000 bytes"):
        read_document(zip_of([("a.txt", b"x" * 2000)], zipfile.ZIP_STORED), "big.zip")
    monkeypatch.setattr(bundle, "MAX_MEMBER_BYTES", 10_000)
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 3000)
    with pytest.raises(ReadError, match="zip would inflate to 4,000 bytes"):
        read_document(zip_of([("a.txt", b"x" * 2000), ("b.txt", b"y" * 2000)], zipfile.ZIP_STORED), "two.zip")


def test_archives_nested_too_deep_are_refused() -> None:
    data = b"Kent Police. As at 1 February 2015 there were 2 RSOs wanted."
    for depth in range(MAX_NESTING + 1):
        data = zip_of([(f"level{depth}.zip" if depth else "reply.txt", data)])
    with pytest.raises(ReadError, match="nothing in the zip could be read") as caught:
        read_document(data, "deep.zip")
    assert f"nested more than {MAX_NESTING} deep" in str(caught.value)


def test_as_part_nests_parts() -> None:
    inner = read_document(fixture("fmt-eml-see-attached-xlsx.eml"), "outer.zip")
    moved = as_part(inner, "mail/reply.eml")
    assert moved.tables[0].rows[1][1].locator.part == "mail/reply.eml > FOI 2015-0456 data.xlsx"


# --- WhatDoTheyKnow batch downloads ---------------------------------------------------------------------


def test_wdtk_batch_is_one_document_per_authority_that_replied() -> None:
    found = read_replies(fixture("fmt-zip-wdtk-batch.zip"), "batch.zip")
    assert [authority for authority, _ in found] == ["Essex Police", "Police Scotland", "Thames Valley Police"]
    essex = found[0][1]
    assert essex.lines[0].text == "Essex Police"
    assert essex.sent == dt.date(2015, 2, 16)  # its latest message, not the acknowledgement
    assert "Yours faithfully," not in texts(essex)  # our own request is never read
    assert essex.warnings == ["WhatDoTheyKnow status: Successful"]
    pdf_part = "Essex Police - rsos_whose_whereabouts_are_unknown/2015-02-16-143000/attachments-6002/" \
               "FOI 2015-1402 response.pdf"
    assert any(line.locator.part == pdf_part for line in essex.lines)


def test_wdtk_batch_folder_ingests_like_the_zip(tmp_path: Path) -> None:
    folder = tmp_path / "downloads" / "wdtk-batch"
    formats.write_wdtk_folder(folder)
    (tmp_path / "downloads" / "Kent reply.txt").write_text("Kent Police\nThere are 2 RSOs wanted.\n")
    files, skipped = discover([tmp_path / "downloads"])
    assert [f.source for f in files] == ["Kent reply.txt", "wdtk-batch"] and skipped == []
    from_folder = read_one(str(folder), "wdtk-batch", None, None, False).replies
    from_zip = read_one(str(FIXTURES / "fmt-zip-wdtk-batch.zip"), "b.zip", None, None, False).replies
    summary = [(r.force, r.status, r.missing, r.received) for r in from_folder]
    assert summary == [
        ("Essex Police", "answered", 11, "2015-02-16"),
        ("Police Service of Scotland", "refused", None, "2015-02-27"),
        ("Thames Valley Police", "answered", 6, "2015-02-19"),
    ]
    assert summary == [(r.force, r.status, r.missing, r.received) for r in from_zip]
    assert {r.source for r in from_folder} == {"wdtk-batch"}


def test_wdtk_reply_from_another_force_is_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    title = "rsos_whose_whereabouts_are_unknown"
    message = folder / f"Kent Police - {title}" / "2015-02-10-090000" / "incoming_1.txt"
    message.parent.mkdir(parents=True)
    message.write_text("Dear Ms Pryce\n\nAs at 9 February 2015, Surrey Police had 2 registered sex offenders "
                       "recorded as wanted because their whereabouts are unknown.\n\nYours sincerely\n\n"
                       "Information Rights Unit\nSurrey Police\n")
    unknown = folder / f"Borsetshire Council - {title}" / "2015-02-10-090000" / "incoming_2.txt"
    unknown.parent.mkdir(parents=True)
    unknown.write_text("We do not hold this information.\n")
    replies = read_one(str(folder), "batch", None, None, False).replies
    by_reason = {r.review_reason for r in replies}
    assert any(reason and "WhatDoTheyKnow authority 'Borsetshire Council' is not a police force" in reason
               for reason in by_reason)
    [kent_folder] = [r for r in replies if "Borsetshire" not in (r.review_reason or "")]
    # The folder says Kent, the letter says Surrey: neither wins, a person looks.
    assert kent_folder.force is None and kent_folder.needs_review
    assert kent_folder.review_reasons[-1] == "sent to Kent Police on WhatDoTheyKnow, but the reply reads as from another force"
    assert kent_folder.review_reasons[0].startswith("the force could not be identified from the document (best guess")


def test_wdtk_batch_with_no_replies_yet() -> None:
    data = zip_of([(formats.WDTK_DASHBOARD, b"request_url,authority_name,number_of_replies,request_status\n"),
                   ("Kent Police - x/2015-02-02-090000/outgoing_1.txt", b"Dear Kent Police, how many?")])
    with pytest.raises(ReadError, match="WhatDoTheyKnow batch download with no replies from any authority yet"):
        read_replies(data, "batch.zip")
    # Inside another file it is refused, not half-read.
    with pytest.raises(ReadError, match="nothing in the zip could be read"):
        read_document(zip_of([("batch.zip", fixture("fmt-zip-wdtk-batch.zip"))]), "outer.zip")


def test_a_forwarded_message_is_read_as_part_of_the_reply() -> None:
    from email.message import EmailMessage

    from foi_tally.parsers import parse_document

    reply = EmailMessage()
    reply["From"] = "Freedom of Information <foi@lancashire.police.uk>"
    reply["Subject"] = "FOI 2015-0312 response"
    reply.set_content(
        "Lancashire Constabulary\n\nEleven registered sex offenders are currently wanted because their whereabouts "
        "are unknown.\n\nLancashire Constabulary\n"
    )
    covering = EmailMessage()
    covering["From"] = "Desk <desk@newsdesk-example.co.uk>"
    covering["Subject"] = "Fwd: FOI 2015-0312 response"
    covering.set_content("Lancashire's answer is below.\n")
    covering.add_attachment(reply)
    doc = read_document(bytes(covering), "fwd.eml")
    assert any(line.locator.part == "forwarded message.eml" and "Eleven" in line.text for line in doc.lines)
    assert parse_document(doc).missing == 11


def test_plain_and_html_versions_that_disagree_are_flagged() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "FOI <foi@cheshire.police.uk>"
    message.set_content("Cheshire Constabulary has 4 registered sex offenders wanted.")
    message.add_alternative("<p>Cheshire Constabulary has 6 registered sex offenders wanted.</p>", subtype="html")
    doc = read_document(bytes(message), "alt.eml")
    assert any("plain text 4; HTML 6" in w for w in doc.warnings)
    message = EmailMessage()
    message.set_content("Cheshire Constabulary has four registered sex offenders wanted.")
    message.add_alternative("<p>Cheshire Constabulary has 4 registered sex offenders wanted.</p>", subtype="html")
    assert not read_document(bytes(message), "same.eml").warnings


# --- footnote marks, hidden Word text, notes and text boxes, merged cells, sidebars ----------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_NS = (
    f'xmlns:w="{_W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _docx_bytes(word) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _xml(markup: str):  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    return parse_xml(markup)


def test_docx_superscript_footnote_marks_are_not_part_of_the_number() -> None:
    import docx

    word = docx.Document()
    p = word.add_paragraph("There were 12")
    p.add_run("1").font.superscript = True
    p.add_run(" registered sex offenders wanted on the 1")
    p.add_run("st").font.superscript = True
    p.add_run(" of May, 3")
    p.add_run("*").font.superscript = True
    p.add_run(" of them abroad.")
    word.add_paragraph("Typed marks: 7\u00b9 and 2019\u00b2\u00b3, but 5 m\u00b2 stays.")
    styled = word.add_paragraph("Styled: 9")
    styled._p.append(_xml(f'<w:r {_DOCX_NS}><w:rPr><w:rStyle w:val="Mark"/></w:rPr><w:t>4</w:t></w:r>'))
    word.styles.element.append(_xml(
        f'<w:style {_DOCX_NS} w:type="character" w:styleId="Mark"><w:name w:val="Mark"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    ))
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Year", "Number"
    table.cell(1, 0).text = "2015"
    table.cell(1, 1).paragraphs[0].add_run("39")
    table.cell(1, 1).paragraphs[0].add_run("2").font.superscript = True
    doc = read_document(_docx_bytes(word), "marks.docx")
    assert texts(doc) == [
        "There were 12 registered sex offenders wanted on the 1st of May, 3 of them abroad.",
        "Typed marks: 7 and 2019, but 5 m\u00b2 stays.",
        "Styled: 9",
    ]
    assert doc.tables[0].texts() == [["Year", "Number"], ["2015", "39"]]


def test_docx_text_that_python_docx_leaves_out_is_read() -> None:
    import docx

    word = docx.Document()
    p = word.add_paragraph("Wanted: ")
    p._p.append(_xml(f'<w:ins {_DOCX_NS} w:id="1" w:author="a"><w:r><w:t>7</w:t></w:r></w:ins>'))
    p._p.append(_xml(f'<w:del {_DOCX_NS} w:id="2" w:author="a"><w:r><w:delText>5</w:delText></w:r></w:del>'))
    p._p.append(_xml(f'<w:sdt {_DOCX_NS}><w:sdtPr><w:alias w:val="count"/></w:sdtPr><w:sdtContent><w:r>'
                     '<w:t xml:space="preserve"> people</w:t></w:r></w:sdtContent></w:sdt>'))
    p._p.append(_xml(f'<w:fldSimple {_DOCX_NS} w:instr="DATE"><w:r><w:t xml:space="preserve"> as at 1 May 2024'
                     '</w:t></w:r></w:fldSimple>'))
    p._p.append(_xml(f'<w:smartTag {_DOCX_NS} w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> in Kent'
                     '</w:t></w:r></w:smartTag>'))
    p._p.append(_xml(f'<w:customXml {_DOCX_NS} w:element="x"><w:r><w:tab/><w:t>(ViSOR)</w:t><w:br/>'
                     '<w:t>next line</w:t></w:r></w:customXml>'))
    # A whole paragraph inside a block content control.
    word.element.body.insert(1, _xml(f'<w:sdt {_DOCX_NS}><w:sdtContent><w:p><w:r><w:t>Kent Police</w:t></w:r></w:p>'
                                     '</w:sdtContent></w:sdt>'))
    doc = read_document(_docx_bytes(word), "tracked.docx")
    assert texts(doc) == ["Wanted: 7 people as at 1 May 2024 in Kent\t(ViSOR)", "next line", "Kent Police"]
    assert doc.warnings == [
        "the document has tracked changes: its text was read with the insertions accepted and the deletions dropped"
    ]
    assert not any("partly" in w for w in doc.warnings)
    assert read_document(_docx_bytes(docx.Document()), "plain.docx").warnings == []


def _with_notes(data: bytes, footnotes: str, endnotes: str) -> bytes:
    """A .docx with word/footnotes.xml and word/endnotes.xml added (python-docx cannot write them)."""
    parts = {"footnotes": footnotes, "endnotes": endnotes}
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                payload = payload.replace(b"</Types>", b"".join(
                    f'<Override PartName="/word/{name}.xml" ContentType="application/vnd.openxmlformats-'
                    f'officedocument.wordprocessingml.{name}+xml"/>'.encode() for name in parts) + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                payload = payload.replace(b"</Relationships>", b"".join(
                    f'<Relationship Id="rId{name}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/{name}" Target="{name}.xml"/>'.encode() for name in parts) + b"</Relationships>")
            archive.writestr(info, payload)
        for name, xml in parts.items():
            archive.writestr(f"word/{name}.xml", xml)
    return out.getvalue()


def _text_box(text: str) -> str:
    """A run holding a text box, drawn as Word writes it: the box, and a copy for old versions of Word."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f'<w:r {_DOCX_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{body}'
            f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{body}"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_docx_footnotes_endnotes_and_text_boxes_are_read() -> None:
    import docx

    word = docx.Document()
    header = word.sections[0].header.paragraphs[0]
    header.text = "Kent Police"
    header._p.append(_xml(_text_box("Our ref: 2024/123")))
    p = word.add_paragraph("There were 4 registered sex offenders wanted.")
    p._p.append(_xml(f'<w:r {_DOCX_NS}><w:footnoteReference w:id="1"/></w:r>'))
    p._p.append(_xml(_text_box("Figures as at 1 May 2024")))
    word.add_paragraph("Yours sincerely")
    separators = ('<w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>'
                  '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
                  "</w:{k}>")
    footnotes = (f"<w:footnotes {_DOCX_NS}>" + separators.format(k="footnote")
                 + '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> One of them'
                 " is believed abroad.</w:t></w:r></w:p></w:footnote></w:footnotes>")
    endnotes = (f"<w:endnotes {_DOCX_NS}>" + separators.format(k="endnote")
                + '<w:endnote w:id="1"><w:p><w:r><w:t>Source: ViSOR.</w:t></w:r></w:p></w:endnote></w:endnotes>')
    doc = read_document(_with_notes(_docx_bytes(word), footnotes, endnotes), "notes.docx")
    assert [(line.text, line.locator.part, line.locator.line) for line in doc.lines] == [
        ("Kent Police", "page header", 1),
        ("Our ref: 2024/123", "page header, text box 1", 1),
        ("There were 4 registered sex offenders wanted.", None, 1),
        ("Figures as at 1 May 2024", "text box 2", 1),  # once: the copy for old versions of Word is not read
        ("Yours sincerely", None, 2),
        ("One of them is believed abroad.", "footnote 1", 1),
        ("Source: ViSOR.", "endnote 1", 1),
    ]
    assert doc.lines[5].locator.describe() == "notes.docx > footnote 1, line 1"


def test_docx_cell_under_a_vertical_merge_keeps_the_merged_text_as_spanned() -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=4, cols=3)
    for row, values in zip(table.rows, [["Year", "Risk", "Number"], ["2019", "High", "3"], ["", "Low", "2"],
                                        ["2020", "High", "4"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(1, 0).merge(table.cell(2, 0))
    doc = read_document(_docx_bytes(word), "merged.docx")
    rows = doc.tables[0].rows
    assert doc.tables[0].texts()[2] == ["", "Low", "2"]  # the cell's own text stays empty
    assert [c.spanned for c in rows[2]] == ["2019", None, None]
    assert [c.spanned for row in (rows[0], rows[1], rows[3]) for c in row] == [None] * 9


def test_cell_spanned_is_optional_and_text_stays_the_cells_own() -> None:
    from foi_tally.document import Cell

    plain = Cell(3, Locator("x.xlsx"))
    covered = Cell(None, Locator("x.xlsx"), spanned="2019")
    assert plain.spanned is None and plain.text == "3"
    assert covered.text == "" and covered.spanned == "2019"
    assert covered != Cell(None, Locator("x.xlsx"))


def test_html_footnote_marks_in_sup_and_sub_are_left_out() -> None:
    page = (
        "<html><body><main><p>There were 12<sup>1</sup> registered sex offenders wanted on the 1<sup>st</sup> of "
        "May, 3<sup>*</sup> abroad and 7\u00b9 more.</p>"
        "<table><tr><th>Year</th><th>Number</th></tr><tr><td>2015</td><td>39<sup>2</sup></td></tr>"
        "<tr><td>2016</td><td>4<sub>(a)</sub></td></tr></table></main></body></html>"
    )
    doc = read_document(page.encode(), "marks.html")
    assert texts(doc) == ["There were 12 registered sex offenders wanted on the 1st of May, 3 abroad and 7 more."]
    assert doc.tables[0].texts() == [["Year", "Number"], ["2015", "39"], ["2016", "4(a)"]]


def test_html_rowspan_keeps_the_spanning_text_as_spanned() -> None:
    page = (
        "<html><body><table><tr><th>Year</th><th>Risk</th><th>Number</th></tr>"
        "<tr><td rowspan='3'>2019</td><td>High</td><td>3</td></tr><tr><td>Medium</td><td>1</td></tr>"
        "<tr><td>Low</td><td>2</td></tr><tr><td>2020</td><td>High</td><td>4</td></tr></table></body></html>"
    )
    table = read_document(page.encode(), "span.html").tables[0]
    assert table.texts()[2:4] == [["", "Medium", "1"], ["", "Low", "2"]]
    assert [[c.spanned for c in row] for row in table.rows] == [
        [None] * 3, [None] * 3, ["2019", None, None], ["2019", None, None], [None] * 3,
    ]


def test_wordpress_sidebar_and_widgets_are_boilerplate_but_content_widgets_are_not() -> None:
    page = """<html><head><title>FOI 2024/123</title></head><body>
    <div id="page" class="site no-sidebar"><div id="content" class="site-content has-sidebar">
      <div id="primary" class="content-area"><div class="entry-content">
        <p>As at 1 May 2024, 4 registered sex offenders were wanted.</p>
        <div class="elementor-widget elementor-widget-text-editor"><p>None is believed abroad.</p></div>
        <div class="so-panel widget widget_sow-editor"><p>The figures come from ViSOR.</p></div>
      </div></div>
      <div id="secondary" class="widget-area">
        <section id="text-2" class="widget widget_text"><h2 class="widget-title">Crime figures</h2>
          <div class="textwidget">1,234 crimes recorded</div></section>
      </div>
      <div class="leftsidebar">Other: 55 thefts</div>
      <section class="widget widget_recent_entries"><ul><li>FOI 2014/0099: 17 items</li></ul></section>
    </div></div></body></html>"""
    doc = read_document(page.encode(), "wp.html")
    assert texts(doc) == [
        "FOI 2024/123",
        "As at 1 May 2024, 4 registered sex offenders were wanted.",
        "None is believed abroad.",
        "The figures come from ViSOR.",
    ]


def _xlsx_merged() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "RSOs"
    for row in [["Year", "Risk", "Number"], ["2019", "High", 3], [None, "Low", 2], [None, "Unknown", 1],
                ["2020", "High", 4], ["Total", None, "10\u00b9"]]:
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("A6:B6")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_merged_rows_below_the_first_are_spanned_in_both_readers() -> None:
    from foi_tally.readers import spreadsheet

    data = _xlsx_merged()
    streamed = spreadsheet._read_xlsx_streaming(data, "m.xlsx")
    full = spreadsheet._read_xlsx_full(data, "m.xlsx")
    assert streamed.tables == full.tables
    table = streamed.tables[0]
    assert [[c.spanned for c in row] for row in table.rows] == [
        [None] * 3, [None] * 3, ["2019", None, None], ["2019", None, None], [None] * 3, [None] * 3,
    ]
    assert table.texts()[2] == ["", "Low", "2"]
    assert table.texts()[5] == ["Total", "Total", "10"]  # the merge's first row as before; the mark left out


def test_spanned_survives_an_archive_or_an_attachment() -> None:
    table = read_document(zip_of([("data.xlsx", _xlsx_merged())]), "reply.zip").tables[0]
    assert table.rows[2][0].spanned == "2019" and table.rows[2][0].locator.part == "data.xlsx"


def test_xls_merged_rows_below_the_first_are_spanned() -> None:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("RSOs")
    for c, value in enumerate(["Year", "Risk", "Number"]):
        sheet.write(0, c, value)
    sheet.write_merge(1, 2, 0, 0, "2019")
    for r, (risk, number) in enumerate([("High", 3), ("Low", 2), ("High", 4)], start=1):
        sheet.write(r, 1, risk)
        sheet.write(r, 2, number)
    sheet.write(3, 0, "2020")
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_document(buffer.getvalue(), "m.xls").tables[0]
    assert table.texts()[2] == ["", "Low", "2"]
    assert [[c.spanned for c in row] for row in table.rows] == [[None] * 3, [None] * 3, ["2019", None, None],
                                                                 [None] * 3]


def test_xls_date_cells_keep_the_precision_their_format_shows() -> None:
    """A day typed and shown as "May-11" ("mmm-yy") says May 2011, as in .xlsx; "dd/mm/yyyy" keeps the day."""
    import datetime as dt

    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("RSOs")
    for c, value in enumerate(["Ref", "Month wanted", "Day wanted", "Year wanted"]):
        sheet.write(0, c, value)
    for r, ref in enumerate(["A1", "A2"], start=1):
        sheet.write(r, 0, ref)
        sheet.write(r, 1, dt.datetime(2011, 5, r), xlwt.easyxf(num_format_str="mmm-yy"))
        sheet.write(r, 2, dt.datetime(2011, 5, r), xlwt.easyxf(num_format_str="dd/mm/yyyy"))
        sheet.write(r, 3, dt.datetime(2011, 5, r), xlwt.easyxf(num_format_str="yyyy"))
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_document(buffer.getvalue(), "m.xls").tables[0]
    assert [c.value for c in table.rows[1][1:]] == ["May 2011", dt.date(2011, 5, 1), 2011]


def _ods_cell(text: str, **attrs: object):  # type: ignore[no-untyped-def]
    """An ODS cell showing `text` (a string cell unless `valuetype` says otherwise)."""
    from odf.table import TableCell
    from odf.text import P

    made = TableCell(**{"valuetype": "string", **attrs})
    made.addElement(P(text=text))
    return made


def _ods_bytes(rows: list[list[object]]) -> bytes:
    """A one-sheet ODS workbook of the given cells, row by row."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow

    book = OpenDocumentSpreadsheet()
    sheet = Table(name="RSOs")
    for cells in rows:
        row = TableRow()
        for made in cells:
            row.addElement(made)
        sheet.addElement(row)
    book.spreadsheet.addElement(sheet)
    buffer = io.BytesIO()
    book.write(buffer)
    return buffer.getvalue()


def test_ods_covered_rows_below_the_first_are_spanned() -> None:
    from odf.table import CoveredTableCell

    cell = _ods_cell
    rows = [[cell("Year"), cell("Risk"), cell("Number")],
            [cell("2019", numberrowsspanned=2), cell("High"), cell("3")],
            [CoveredTableCell(), cell("Low"), cell("2")],
            [cell("2020"), cell("High"), cell("4")]]
    table = read_document(_ods_bytes(rows), "m.ods").tables[0]
    assert table.texts()[2] == ["", "Low", "2"]
    assert [[c.spanned for c in row] for row in table.rows] == [[None] * 3, [None] * 3, ["2019", None, None],
                                                                 [None] * 3]


def test_csv_superscript_digits_after_a_number_are_left_out() -> None:
    doc = read_document("Year,Number\n2015,39\u00b9\n2016\u00b2,4\nArea m\u00b2,5\n".encode(), "marks.csv")
    assert doc.tables[0].texts() == [["Year", "Number"], ["2015", "39"], ["2016", "4"], ["Area m\u00b2", "5"]]


def test_a_date_cell_shown_as_a_year_or_a_month_keeps_that_precision() -> None:
    import datetime as _dt
    import io as _io

    from openpyxl import Workbook as _Workbook

    from foi_tally.readers.spreadsheet import _read_xlsx_full

    book = _Workbook()
    sheet = book.active
    sheet.append(["Year first wanted", "Month first wanted", "Date wanted"])
    sheet.append([_dt.datetime(2009, 1, 1), _dt.datetime(2011, 3, 1), _dt.datetime(2012, 5, 17)])
    sheet["A2"].number_format = "yyyy"
    sheet["B2"].number_format = "[$-809]mmm-yy;@"
    sheet["C2"].number_format = "dd/mm/yyyy"
    out = _io.BytesIO()
    book.save(out)
    for doc in (read_document(out.getvalue(), "dates.xlsx"), _read_xlsx_full(out.getvalue(), "dates.xlsx")):
        values = [c.value for c in doc.tables[0].rows[1]] if doc.tables else [c.value for c in doc.loose_rows[0]]
        assert values[:2] == [2009, "March 2011"]
        assert values[2] == _dt.datetime(2012, 5, 17)


def test_a_superscript_note_mark_in_plain_text_is_not_part_of_the_number() -> None:
    doc = read_document("Kent Police had 12\u00b9 RSOs wanted.\n\u00b9 Two are believed abroad.\n".encode(), "k.txt")
    assert doc.lines[0].text == "Kent Police had 12 RSOs wanted."


def test_struck_through_word_text_is_left_out_and_the_reply_queried() -> None:
    import io as _io

    from docx import Document as _WordDocument

    from foi_tally.parsers import parse_document

    word = _WordDocument()
    word.add_paragraph("Kent Police - FOI KP/FOI/19/0042: RSOs wanted because their whereabouts are unknown")
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Ref", "Date wanted"
    for ref, when, struck in [("K1", "12/12/2012", False), ("K2", "15/01/2015", True), ("K3", "04/04/2016", False)]:
        cells = table.add_row().cells
        for cell, text in zip(cells, (ref, when)):
            run = cell.paragraphs[0].add_run(text)
            run.font.strike = struck
    out = _io.BytesIO()
    word.save(out)
    doc = read_document(out.getvalue(), "kent.docx")
    assert "struck-through text was not read" in doc.warnings
    reply = parse_document(doc)
    assert reply.missing == 2 and reply.needs_review



def test_hidden_word_text_is_left_out_as_word_shows_it() -> None:
    import io as _io

    from docx import Document as _WordDocument

    from foi_tally.parsers import parse_document

    word = _WordDocument()
    para = word.add_paragraph("Kent Police currently has ")
    para.add_run("14").font.hidden = True  # last year's draft figure, hidden rather than deleted
    para.add_run("9 registered sex offenders wanted because their whereabouts are unknown.")
    out = _io.BytesIO()
    word.save(out)
    doc = read_document(out.getvalue(), "kent.docx")
    assert doc.lines[0].text == "Kent Police currently has 9 registered sex offenders wanted because their whereabouts are unknown."
    assert "hidden text (not shown in Word) was not read" in doc.warnings
    assert parse_document(doc).missing == 9

def test_struck_through_spreadsheet_rows_are_left_out_without_parting_the_table_and_the_reply_queried() -> None:
    import io as _io

    from openpyxl import Workbook as _Workbook
    from openpyxl.styles import Font

    from foi_tally.parsers import parse_document
    from foi_tally.readers.spreadsheet import _read_xlsx_full

    book = _Workbook()
    sheet = book.active
    sheet.append(["Kent Police - FOI KP/FOI/19/0042: RSOs wanted because their whereabouts are unknown"])
    sheet.append([])
    for row in (["Ref", "Date wanted"], ["K1", "12/12/2012"], ["K2", "15/01/2015"], ["K3", "04/04/2016"]):
        sheet.append(row)
    for cell in sheet[5]:
        cell.font = Font(strike=True)
    out = _io.BytesIO()
    book.save(out)
    streamed, full = read_document(out.getvalue(), "kent.xlsx"), _read_xlsx_full(out.getvalue(), "kent.xlsx")
    for doc in (streamed, full):
        assert "struck-through text was not read" in doc.warnings
        assert doc.tables[0].texts() == [["Ref", "Date wanted"], ["K1", "12/12/2012"], ["K3", "04/04/2016"]]
    reply = parse_document(streamed)
    assert reply.missing == 2 and reply.needs_review

def _table(word, rows):  # type: ignore[no-untyped-def]
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_docx_table_broken_in_two_is_read_as_one() -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("RSOs wanted, as at 1 November 2019:")
    _table(word, [["Ref", "Date wanted"], ["A1", "02/02/2010"], ["A2", "05/05/2012"]])
    word.add_paragraph("")
    _table(word, [["A3", "03/03/2018"]])  # the rest, after a page break, without the header
    _table(word, [["Ref", "Date wanted"], ["A4", "07/07/2019"]])  # and after another, with the header again
    doc = read_document(_docx_bytes(word), "split.docx")
    assert len(doc.tables) == 1
    assert doc.tables[0].texts() == [["Ref", "Date wanted"], ["A1", "02/02/2010"], ["A2", "05/05/2012"],
                                     ["A3", "03/03/2018"], ["A4", "07/07/2019"]]
    assert doc.tables[0].rows[3][1].locator.describe() == "split.docx > table 2, row 1, column B"


def test_docx_tables_parted_by_text_or_with_headers_of_their_own_stay_apart() -> None:
    import docx

    word = docx.Document()
    _table(word, [["Ref", "Date wanted"], ["A1", "02/02/2010"]])
    word.add_paragraph("Believed abroad:")
    _table(word, [["B1", "03/03/2018"], ["B2", "04/04/2018"]])
    _table(word, [["Year", "Number"], ["2010", "1"]])
    doc = read_document(_docx_bytes(word), "apart.docx")
    assert [t.texts()[0] for t in doc.tables] == [["Ref", "Date wanted"], ["B1", "03/03/2018"], ["Year", "Number"]]


def test_an_ordered_lists_items_are_numbered_as_a_browser_shows_them() -> None:
    page = (b"<html><body><h1>Kent Police</h1><ol><li>How many are wanted?</li><li>How many are abroad?</li></ol>"
            b"<ol start='3'><li>Fifteen</li></ol><ul><li>a bullet</li></ul></body></html>")
    doc = read_document(page, "log.html")
    assert [ln.text for ln in doc.lines][-4:] == ["1. How many are wanted?", "2. How many are abroad?", "3. Fifteen", "a bullet"]


def test_an_ods_date_shown_without_its_day_is_its_month() -> None:
    rows = [[_ods_cell("Ref"), _ods_cell("Wanted since")],
            [_ods_cell("A1"), _ods_cell("March 2014", valuetype="date", datevalue="2014-03-01")],
            [_ods_cell("A2"), _ods_cell("12/09/2016", valuetype="date", datevalue="2016-09-12")]]
    table = read_document(_ods_bytes(rows), "reply.ods").tables[0]
    assert [row[1].value for row in table.rows[1:]] == ["March 2014", dt.date(2016, 9, 12)]


def test_an_ods_whose_xml_is_indented_still_has_its_sheets() -> None:
    """odfpy takes office:body's first child for the spreadsheet: in indented XML that is white space."""
    import zipfile

    rows = [[_ods_cell("Year"), _ods_cell("Number")], [_ods_cell("2019"), _ods_cell("3")]]
    flat = zipfile.ZipFile(io.BytesIO(_ods_bytes(rows)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as indented:
        for info in flat.infolist():
            data = flat.read(info)
            if info.filename == "content.xml":
                data = data.replace(b"<office:body>", b"<office:body>\n  ").replace(b"<office:spreadsheet>", b"<office:spreadsheet>\n    ")
            indented.writestr(info, data)
    table = read_document(out.getvalue(), "indented.ods").tables[0]
    assert [[c.text for c in row] for row in table.rows] == [["Year", "Number"], ["2019", "3"]]
