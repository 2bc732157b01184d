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
    odt = zip_of([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")])
    with pytest.raises(ReadError, match="OpenDocument text files are not supported"):
        sniff(odt, "letter.odt")
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
