"""OpenDocument text letters (.odt, LibreOffice Writer): what the reader hands to the parsers.

Each letter is built here with odfpy, so every feature is in the file exactly as the test says: paragraphs and
headings, lists, tables with merged cells, the letterhead in the page header, notes, tracked changes, hidden
and struck-through text, text boxes, and damaged files.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import pytest
from odf.namespaces import TEXTNS, XMLNS
from odf.opendocument import OpenDocumentText
from odf.style import Footer, Header, MasterPage, PageLayout, Style, TextProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import (
    A,
    H,
    HiddenParagraph,
    HiddenText,
    LineBreak,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    PageNumber,
    S,
    Section,
    Span,
    Tab,
)

from foi_tally.readers import read_document, sniff
from foi_tally.records import Locator, ReadError

TRACKED = "the document has tracked changes: its text was read with the insertions accepted and the deletions dropped"
HIDDEN = "hidden text (not shown in Writer) was not read"


# --- building letters -----------------------------------------------------------------------------------


def new_letter(header: Sequence[str | P] = (), footer: Sequence[str | P] = ()) -> OpenDocumentText:
    """An empty Writer document whose default page style ("Standard") has this header and footer (lines, or
    paragraphs)."""
    document = OpenDocumentText()
    layout = PageLayout(name="pm1")
    document.automaticstyles.addElement(layout)
    page = MasterPage(name="Standard", pagelayoutname=layout)
    for kind, lines in ((Header, header), (Footer, footer)):
        if lines:
            part = kind()
            for line in lines:
                part.addElement(P(text=line) if isinstance(line, str) else line)
            page.addElement(part)
    document.masterstyles.addElement(page)
    return document


def text_style(document: OpenDocumentText, name: str, **properties: str) -> Style:
    style = Style(name=name, family="text")
    style.addElement(TextProperties(**properties))
    document.automaticstyles.addElement(style)
    return style


def list_style(document: OpenDocumentText, name: str, *levels) -> ListStyle:  # type: ignore[no-untyped-def]
    style = ListStyle(name=name)
    for level in levels:
        style.addElement(level)
    document.automaticstyles.addElement(style)
    return style


def a_list(style: ListStyle | None, *items: str | list, **attrs: str) -> List:  # type: ignore[type-arg]
    """A text:list; an item given as a list is a list inside the item before it."""
    element = List(stylename=style, **attrs) if style is not None else List(**attrs)
    item = None
    for value in items:
        if isinstance(value, list):
            assert item is not None
            item.addElement(a_list(None, *value))
            continue
        item = ListItem()
        item.addElement(P(text=value))
        element.addElement(item)
    return element


def cell(text: str, **attrs: object) -> TableCell:
    """A table cell holding one paragraph; attrs as odfpy names them (numberrowsspanned=2)."""
    element = TableCell(**attrs)
    element.addElement(P(text=text))
    return element


def a_table(rows: list[list[object]], name: str = "Table1") -> Table:
    """A table whose rows hold texts, cells (for merges) or None (a cell covered by a merge)."""
    table = Table(name=name)
    table.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
    for values in rows:
        row = TableRow()
        for value in values:
            row.addElement(CoveredTableCell() if value is None else value if not isinstance(value, str)
                           else cell(value))
        table.addElement(row)
    return table


def footnote(text: str, mark: str = "1", kind: str = "footnote") -> Note:
    note = Note(noteclass=kind, id=f"ftn{mark}")
    note.addElement(NoteCitation(text=mark))
    body = NoteBody()
    body.addElement(P(text=text))
    note.addElement(body)
    return note


def tracked_deletion(document: OpenDocumentText, change_id: str, deleted: str) -> None:
    """A tracked deletion of `deleted`, recorded as Writer records it: in text:tracked-changes, not in the text."""
    from odf import dc
    from odf.office import ChangeInfo
    from odf.text import ChangedRegion, Deletion, TrackedChanges

    info = ChangeInfo()
    info.addElement(dc.Creator(text="Disclosure Officer"))
    info.addElement(dc.Date(text="2019-03-05T10:00:00"))
    deletion = Deletion()
    deletion.addElement(info)
    deletion.addElement(P(text=deleted))
    region = ChangedRegion(qattributes={(XMLNS, "id"): change_id, (TEXTNS, "id"): change_id})
    region.addElement(deletion)
    changes = TrackedChanges()
    changes.addElement(region)
    document.text.addElement(changes)


def paragraph(*content: str | object, style: Style | None = None) -> P:
    element = P(stylename=style) if style is not None else P()
    for piece in content:
        if isinstance(piece, str):
            element.addText(piece)
        else:
            element.addElement(piece)
    return element


def odt_bytes(document: OpenDocumentText) -> bytes:
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def read(document: OpenDocumentText, name: str = "letter.odt"):  # type: ignore[no-untyped-def]
    return read_document(odt_bytes(document), name)


def placed(doc) -> list[tuple[str, str | None, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(line.text, line.locator.part, line.locator.line, line.locator.row) for line in doc.lines]


# --- a letter -------------------------------------------------------------------------------------------


def test_a_letter_reads_in_order_with_its_letterhead_list_table_note_and_a_tracked_deletion() -> None:
    from odf.text import Change

    letter = new_letter(header=["Kent Police", "Freedom of Information Unit, Sutton Road, Maidstone ME15 9BZ"],
                        footer=["FOI/19/0311"])
    bullets = list_style(letter, "L1", ListLevelStyleBullet(level=1, bulletchar="\u2013"))
    tracked_deletion(letter, "ct1", "5")
    body = letter.text
    body.addElement(H(outlinelevel=1, text="Freedom of Information Request FOI/19/0311"))
    body.addElement(P(text="You asked:"))
    body.addElement(a_list(bullets, "How many registered sex offenders are wanted?", "Since when?"))
    body.addElement(paragraph("On 4 March 2019, ", Change(changeid="ct1"), "3 registered sex offenders were wanted",
                              footnote("One is believed to be abroad."), "."))
    merged = cell("2018", numberrowsspanned=2)
    body.addElement(a_table([["Year wanted", "Risk", "Number"], [merged, "High", "1"], [None, "Low", "1"],
                             ["2019", "High", "1"]]))
    body.addElement(P())
    body.addElement(P(text="Yours sincerely"))
    doc = read(letter)

    assert placed(doc) == [
        ("Kent Police", "page header", 1, None),
        ("Freedom of Information Unit, Sutton Road, Maidstone ME15 9BZ", "page header", 2, None),
        ("Freedom of Information Request FOI/19/0311", None, 1, None),
        ("You asked:", None, 2, None),
        ("\u2022 How many registered sex offenders are wanted?", None, 3, None),
        ("\u2022 Since when?", None, 4, None),
        # the deleted "5" is not read, and the footnote's mark is not glued to the sentence
        ("On 4 March 2019, 3 registered sex offenders were wanted.", None, 5, None),
        ("Yours sincerely", None, 7, None),
        ("One is believed to be abroad.", "footnote 1", 1, None),
        ("FOI/19/0311", "page footer", 1, None),
    ]
    assert doc.lines[0].locator == Locator("letter.odt", line=1, part="page header")
    assert doc.lines[8].locator.describe() == "letter.odt > footnote 1, line 1"
    [table] = doc.tables
    assert table.texts() == [["Year wanted", "Risk", "Number"], ["2018", "High", "1"], ["", "Low", "1"],
                             ["2019", "High", "1"]]
    # the cell under the merge is empty, and keeps the merge's text as `spanned`, as a Word table's does
    assert [c.spanned for c in table.rows[2]] == ["2018", None, None]
    assert [c.spanned for row in (table.rows[0], table.rows[1], table.rows[3]) for c in row] == [None] * 9
    assert table.locator == Locator("letter.odt", row=1, part="table 1")
    assert table.rows[2][2].locator.describe() == "letter.odt > table 1, row 3, column C"
    assert doc.format == "odt"
    assert doc.warnings == [TRACKED]


def test_a_title_merged_across_the_table_is_a_line_and_a_layout_table_is_read_as_lines() -> None:
    letter = new_letter()
    title = cell("RSOs wanted - whereabouts unknown", numbercolumnsspanned=2)
    letter.text.addElement(a_table([[title, None], ["Year", "Number"], ["2014", "2"], ["Total", "2"]]))
    letter.text.addElement(P(text="Between the tables."))
    letter.text.addElement(a_table([["As at 1 February 2015, 3 registered sex offenders were recorded as wanted.",
                                     "Our ref: 15/0001"]], name="Table2"))
    doc = read(letter, "boxed.odt")
    assert placed(doc) == [
        ("RSOs wanted - whereabouts unknown", "table 1", None, 1),
        ("Between the tables.", None, 1, None),
        ("As at 1 February 2015, 3 registered sex offenders were recorded as wanted.", "table 2", None, 1),
        ("Our ref: 15/0001", "table 2", None, 1),
    ]
    [table] = doc.tables
    assert table.title == "RSOs wanted - whereabouts unknown"
    assert table.texts() == [["Year", "Number"], ["2014", "2"], ["Total", "2"]]
    assert table.locator == Locator("boxed.odt", row=2, part="table 1")


def test_a_table_inside_a_cell_is_said_to_be_unread() -> None:
    letter = new_letter()
    outer = cell("Wanted")
    outer.addElement(a_table([["A1", "2010"], ["A2", "2012"]], name="Inner"))
    letter.text.addElement(a_table([["Status", "People"], ["Wanted", outer]]))
    doc = read(letter)
    assert doc.tables[0].texts() == [["Status", "People"], ["Wanted", "Wanted"]]
    assert doc.warnings == ["partly unreadable: table 1 has a table inside one of its cells, which is not read"]


# --- a paragraph's text ---------------------------------------------------------------------------------


def test_spaces_tabs_line_breaks_links_and_fields_read_as_writer_shows_them() -> None:
    from odf.text import Date

    letter = new_letter(footer=[paragraph("Page ", PageNumber(selectpage="current", text="1"))])
    body = letter.text
    body.addElement(paragraph("Ref:", S(c=3), "FOI", Tab(), "0311", LineBreak(), "Date: ",
                              Date(datevalue="2019-03-05", text="5 March 2019")))
    body.addElement(paragraph("Write to ", A(href="mailto:foi@kent.police.uk", text="foi@kent.police.uk"),
                              " or  see\n  our   website."))
    doc = read(letter)
    assert placed(doc) == [
        ("Ref:   FOI\t0311", None, 1, None),
        ("Date: 5 March 2019", None, 1, None),
        ("Write to foi@kent.police.uk or see our website.", None, 2, None),  # XML white space is one space
        ("Page 1", "page footer", 1, None),
    ]


def test_a_raised_footnote_mark_typed_after_a_number_is_not_part_of_it() -> None:
    letter = new_letter()
    raised = text_style(letter, "T1", textposition="super 58%")
    letter.text.addElement(paragraph("There were 12", Span(stylename=raised, text="1"),
                                     " registered sex offenders wanted on the 1", Span(stylename=raised, text="st"),
                                     " of May; typed marks: 7\u00b9."))
    doc = read(letter)
    assert [line.text for line in doc.lines] == [
        "There were 12 registered sex offenders wanted on the 1st of May; typed marks: 7."
    ]


def test_numbered_lists_show_their_numbers_and_carry_on_when_asked() -> None:
    letter = new_letter()
    numbers = list_style(letter, "L1", ListLevelStyleNumber(level=1, numformat="1", numsuffix="."),
                         ListLevelStyleNumber(level=2, numformat="a", numprefix="(", numsuffix=")"))
    roman = list_style(letter, "L2", ListLevelStyleNumber(level=1, numformat="I", numsuffix=".", startvalue="3"))
    body = letter.text
    body.addElement(a_list(numbers, "How many are wanted?", "How many are abroad?", ["In Europe", "Elsewhere"]))
    body.addElement(P(text="Our answers follow."))
    body.addElement(a_list(numbers, "Since when?", continuenumbering="true"))
    body.addElement(a_list(roman, "Third", "Fourth"))
    doc = read(letter)
    assert [line.text for line in doc.lines] == [
        "1. How many are wanted?",
        "2. How many are abroad?",
        "(a) In Europe",
        "(b) Elsewhere",
        "Our answers follow.",
        "3. Since when?",
        "III. Third",
        "IV. Fourth",
    ]
    assert [line.locator.line for line in doc.lines] == [1, 2, 3, 4, 5, 6, 7, 8]


# --- what is not read -----------------------------------------------------------------------------------


def test_hidden_and_struck_through_text_is_left_out_and_said() -> None:
    letter = new_letter()
    struck = text_style(letter, "T1", textlinethroughstyle="solid", textlinethroughtype="single")
    hidden = text_style(letter, "T2", display="none")
    body = letter.text
    body.addElement(paragraph("Kent Police currently has ", Span(stylename=hidden, text="14"),
                              Span(stylename=struck, text="11 "), "9 registered sex offenders wanted."))
    body.addElement(paragraph("A draft note.", HiddenParagraph(condition="ooow:TRUE", ishidden="true")))
    body.addElement(paragraph("Shown", HiddenText(condition="ooow:TRUE", stringvalue=" (not)", ishidden="true",
                                                  text=" (not)"), "."))
    section = Section(name="Workings", display="none")
    section.addElement(P(text="Last year's figure: 14"))
    body.addElement(section)
    doc = read(letter)
    assert [line.text for line in doc.lines] == ["Kent Police currently has 9 registered sex offenders wanted.",
                                                 "Shown."]
    assert doc.warnings == ["struck-through text was not read", HIDDEN]


def test_a_plain_letter_has_no_warnings_and_a_hidden_paragraph_shown_again_is_read() -> None:
    letter = new_letter()
    letter.text.addElement(paragraph("Shown again.", HiddenParagraph(condition="ooow:FALSE", ishidden="false")))
    doc = read(letter)
    assert [line.text for line in doc.lines] == ["Shown again."]
    assert doc.warnings == []


def test_text_boxes_follow_their_paragraph_and_endnotes_follow_footnotes() -> None:
    from odf.draw import Frame, TextBox

    def box(text: str, anchor: str) -> Frame:
        frame = Frame(anchortype=anchor, width="6cm", height="1cm")
        inside = TextBox()
        inside.addElement(P(text=text))
        frame.addElement(inside)
        return frame

    letter = new_letter(header=["Kent Police"])
    body = letter.text
    body.addElement(box("Our ref: 2024/123", "page"))
    body.addElement(paragraph("There were 4 registered sex offenders wanted.", footnote("Source: ViSOR.", "i", "endnote"),
                              box("Figures as at 1 May 2024", "paragraph"), footnote("One is abroad.")))
    body.addElement(P(text="Yours sincerely"))
    doc = read(letter, "notes.odt")
    assert placed(doc) == [
        ("Kent Police", "page header", 1, None),
        ("Our ref: 2024/123", "text box 1", 1, None),
        ("There were 4 registered sex offenders wanted.", None, 1, None),
        ("Figures as at 1 May 2024", "text box 2", 1, None),
        ("Yours sincerely", None, 2, None),
        ("One is abroad.", "footnote 1", 1, None),
        ("Source: ViSOR.", "endnote 1", 1, None),
    ]


def test_the_first_pages_own_header_is_read_when_the_letter_starts_on_a_page_style_of_its_own() -> None:
    from odf.style import ParagraphProperties

    letter = new_letter(header=["Continued"])
    layout = letter.automaticstyles.getElementsByType(PageLayout)[0]
    first = MasterPage(name="First_20_Page", displayname="First Page", pagelayoutname=layout)
    header = Header()
    header.addElement(P(text="Kent Police"))
    first.addElement(header)
    letter.masterstyles.addElement(first)
    starts = Style(name="P1", family="paragraph", parentstylename="Standard", masterpagename="First_20_Page")
    starts.addElement(ParagraphProperties())
    letter.automaticstyles.addElement(starts)
    letter.text.addElement(P(stylename=starts, text="Dear Ms Pryce"))
    doc = read(letter)
    assert placed(doc) == [("Kent Police", "page header", 1, None), ("Dear Ms Pryce", None, 1, None)]


# --- format and damage ----------------------------------------------------------------------------------


def _repacked(data: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename not in drop:
                archive.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
    return out.getvalue()


def _simple() -> bytes:
    letter = new_letter(header=["Kent Police"])
    letter.text.addElement(P(text="On 4 March 2019, 3 registered sex offenders were wanted."))
    return odt_bytes(letter)


def test_an_odt_is_known_by_its_content_and_other_opendocument_kinds_still_say_what_they_are() -> None:
    data = _simple()
    assert sniff(data, "attachment (3).dat") == "odt"
    presentation = _repacked(data, {"mimetype": b"application/vnd.oasis.opendocument.presentation"})
    with pytest.raises(ReadError, match="OpenDocument presentation files are not supported"):
        sniff(presentation, "slides.odp")
    with pytest.raises(ReadError, match="named .odt but the content is plain text"):
        sniff(b"Kent Police\nOn 4 March 2019, 3 were wanted.\n", "letter.odt")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ({"drop": ("META-INF/manifest.xml",)}, "the .odt document is damaged (KeyError: "),
        ({"drop": ("content.xml",)}, "the .odt document is damaged (no text body: content.xml is missing"),
        ({"cut": "content.xml"}, "the .odt document is damaged (content.xml is cut short or is not XML: "),
        ({"cut": "styles.xml"}, "the .odt document is damaged (styles.xml is cut short or is not XML: "),
        ({"deep": True}, "the .odt document is damaged ("),
    ],
)
def test_a_damaged_odt_gives_one_clear_line(damage: dict[str, object], message: str) -> None:
    data = _simple()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
        styles = archive.read("styles.xml")
    if "cut" in damage:
        whole = content if damage["cut"] == "content.xml" else styles
        data = _repacked(data, {str(damage["cut"]): whole[: len(whole) * 2 // 3]})
    elif "deep" in damage:
        start = content.index(b"<office:text>") + len(b"<office:text>")
        nested = b"<text:p>" + b"<text:span>" * 5000 + b"3" + b"</text:span>" * 5000 + b"</text:p>"
        data = _repacked(data, {"content.xml": content[:start] + nested + content[start:]})
    else:
        data = _repacked(data, drop=damage["drop"])  # type: ignore[arg-type]
    with pytest.raises(ReadError) as caught:
        read_document(data, "letter.odt")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_an_odt_member_that_lies_about_its_size_is_refused_before_odfpy_reads_it() -> None:
    data = bytearray(_simple())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("content.xml")
        size = info.file_size
    # Shrink the declared size in the central directory: odfpy's ZipFile.read would trust it.
    central = bytes(data).rindex(b"PK\x01\x02", 0, bytes(data).rindex(b"content.xml"))
    data[central + 24 : central + 28] = (size // 2).to_bytes(4, "little")
    with pytest.raises(ReadError, match="zip member 'content.xml' is damaged"):
        read_document(bytes(data), "letter.odt")


def test_a_table_repeated_past_the_limits_is_refused() -> None:
    letter = new_letter()
    table = Table(name="Huge")
    row = TableRow(numberrowsrepeated=10**9)
    row.addElement(cell("x", numbercolumnsrepeated=400))
    table.addElement(row)
    letter.text.addElement(table)
    with pytest.raises(ReadError, match="table 1 is too large to read safely"):
        read(letter)


def test_an_odt_cover_letter_is_read_before_the_data_in_a_zip() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("a-data.csv", "Year,Number\n2019,3\n")
        bundle.writestr("letter.odt", _simple())
    doc = read_document(archive.getvalue(), "reply.zip")
    assert doc.lines[0].text == "Kent Police"
    assert doc.lines[0].locator == Locator("reply.zip", line=1, part="letter.odt > page header")


# --- end to end -----------------------------------------------------------------------------------------


def test_an_odt_letter_parses_to_its_force_status_and_count() -> None:
    from foi_tally.parsers import parse_document

    address = "Freedom of Information Unit, Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ"
    letter = new_letter(header=["Kent Police", address])
    body = letter.text
    for text in ["Our ref: FOI/19/0311", "5 March 2019", "Dear Ms Pryce",
                 "Freedom of Information Request FOI/19/0311",
                 ("You asked how many registered sex offenders are currently wanted because their whereabouts are "
                  "unknown."),
                 "On 4 March 2019, 3 registered sex offenders were wanted because their whereabouts were unknown.",
                 "Yours sincerely", "Disclosure Officer"]:
        body.addElement(P(text=text))
    reply = parse_document(read_document(odt_bytes(letter), "x.odt"))
    assert reply.force == "Kent Police"
    assert reply.status == "answered"
    assert reply.missing == 3


# --- XML as other programs write it ---------------------------------------------------------------------

_NS = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"' for prefix, name in [
    ("office", "office"), ("style", "style"), ("text", "text"), ("table", "table"), ("draw", "drawing"),
    ("svg", "svg-compatible"), ("form", "form")])


def package(content: str, styles: str) -> bytes:
    """An .odt written by hand: the parts' XML indented, as some programs write it."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                + "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>'
                          for n in ("content.xml", "styles.xml")) + "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS}>'
                                        f"{content}</office:document-content>")
        archive.writestr("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NS}>'
                                       f"{styles}</office:document-styles>")
        archive.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def test_indented_xml_first_page_header_continued_lists_shapes_sections_and_contents() -> None:
    content = """
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:master-page-name="Standard"/>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
   <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
  </text:list-style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <office:forms form:automatic-focus="false" form:apply-design-mode="false"/>
   <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
   <text:p text:style-name="P1">Our ref:<text:tab/>FOI/1</text:p>
   <text:list xml:id="list1" text:style-name="L1">
    <text:list-item>
     <text:p>Question one</text:p>
     <text:list><text:list-item><text:p>Part a</text:p></text:list-item><text:list-item><text:p>Part b</text:p>
     </text:list-item></text:list>
    </text:list-item>
   </text:list>
   <text:p>Interrupted<text:soft-page-break/> here.</text:p>
   <text:list xml:id="list2" text:continue-list="list1" text:style-name="L1">
    <text:list-item><text:p>Question two</text:p></text:list-item>
   </text:list>
   <text:p>There were 4 wanted.<draw:custom-shape text:anchor-type="paragraph" svg:width="3cm" svg:height="1cm">
    <text:p>As at 1 May 2024</text:p><draw:enhanced-geometry draw:type="rectangle"/></draw:custom-shape></text:p>
   <text:section text:name="Section1"><text:p>In a section</text:p></text:section>
   <text:table-of-content text:name="Contents">
    <text:table-of-content-source text:outline-level="10"><text:index-title-template>Contents</text:index-title-template>
    </text:table-of-content-source>
    <text:index-body><text:p>Answer<text:tab/>1</text:p></text:index-body>
   </text:table-of-content>
  </office:text>
 </office:body>
"""
    styles = """
 <office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>Page 2 onwards</text:p></style:header>
   <style:header-first><text:p>Kent Police</text:p></style:header-first>
   <style:footer style:display="false"><text:p>Switched off</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""
    doc = read_document(package(content, styles), "written.odt")
    assert placed(doc) == [
        ("Kent Police", "page header", 1, None),
        ("Our ref:\tFOI/1", None, 1, None),
        ("1. Question one", None, 2, None),
        ("1.1. Part a", None, 3, None),
        ("1.2. Part b", None, 4, None),
        ("Interrupted here.", None, 5, None),
        ("2. Question two", None, 6, None),
        ("There were 4 wanted.", None, 7, None),
        ("As at 1 May 2024", "text box 1", 1, None),
        ("In a section", None, 8, None),
        ("Answer\t1", None, 9, None),
    ]
    assert doc.tables == [] and doc.warnings == []
