"""Word's automatic lists (w:numPr, directly or through a paragraph style) read with the mark Word draws."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from foi_tally.readers.docx import read

#: Ids well clear of the lists in python-docx's own template (numId 1-9, abstractNumId 0-8).
ABSTRACT_BASE = 90


def level_xml(ilvl: int, number_format: str, level_text: str | None, start: str | None = "1") -> str:
    start_xml = f'<w:start w:val="{start}"/>' if start is not None else ""
    text_xml = f'<w:lvlText w:val="{level_text}"/>' if level_text is not None else ""
    return f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{number_format}"/>{text_xml}</w:lvl>'


def add_list(word: docx.document.Document, num_id: int, abstract_id: int | None, *levels: str,
             start_override: int | None = None) -> None:
    """Writes into the document's numbering part an abstract list with these levels (when given), and a w:num
    `num_id` using abstract list `abstract_id`, restarted at `start_override` on level 0 when given."""
    numbering = word.part.numbering_part.element
    if levels and abstract_id is not None:
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{"".join(levels)}'
                             "</w:abstractNum>")
        numbering.find(qn("w:num")).addprevious(abstract)  # abstract lists come before the w:num, as Word writes
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override is not None else "")
    abstract_ref = f'<w:abstractNumId w:val="{abstract_id}"/>' if abstract_id is not None else ""
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">{abstract_ref}{override}</w:num>'))


def add_item(word: docx.document.Document, text: str, num_id: int | str | None, ilvl: int | None = 0,
             style: str | None = None) -> None:
    """A paragraph with its own w:numPr (either part left out when None)."""
    paragraph = word.add_paragraph(text, style=style)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:
        num_pr.get_or_add_ilvl().val = ilvl
    if num_id is not None:
        num_pr.append(parse_xml(f'<w:numId {nsdecls("w")} w:val="{num_id}"/>'))


def line_texts(word: docx.document.Document) -> list[str]:
    out = io.BytesIO()
    word.save(out)
    return [line.text for line in read(out.getvalue(), "lists.docx").lines]


def test_list_number_style_paragraphs_are_numbered_and_list_bullet_keeps_one_bullet() -> None:
    word = docx.Document()
    word.add_paragraph("The people wanted:")
    for text in ("Wanted since 12 March 2010 – male – medium risk", "Wanted since 1 July 2013 – male – low risk",
                 "Wanted since 29 January 2016 – male – high risk"):
        word.add_paragraph(text, style="List Number")
    word.add_paragraph("Other notes:")
    word.add_paragraph("None held", style="List Bullet")
    assert line_texts(word) == [
        "The people wanted:",
        "1. Wanted since 12 March 2010 – male – medium risk",
        "2. Wanted since 1 July 2013 – male – low risk",
        "3. Wanted since 29 January 2016 – male – high risk",
        "Other notes:",
        "\u2022 None held",
    ]


def test_decimal_and_lower_letter_lists_written_by_hand() -> None:
    word = docx.Document()
    add_list(word, 50, ABSTRACT_BASE, level_xml(0, "decimal", "%1."))
    add_list(word, 51, ABSTRACT_BASE + 1, level_xml(0, "lowerLetter", "%1)"))
    add_item(word, "first", 50)
    add_item(word, "second", 50)
    add_item(word, "alpha", 51)
    add_item(word, "beta", 51)
    add_item(word, "third", 50)
    assert line_texts(word) == ["1. first", "2. second", "a) alpha", "b) beta", "3. third"]


def test_a_second_level_shows_both_numbers_and_going_back_up_carries_on() -> None:
    word = docx.Document()
    add_list(word, 50, ABSTRACT_BASE, level_xml(0, "decimal", "%1."), level_xml(1, "decimal", "%1.%2"))
    for text, ilvl in (("Kent", 0), ("2019", 1), ("2020", 1), ("Essex", 0), ("2021", 1)):
        add_item(word, text, 50, ilvl)
    assert line_texts(word) == ["1. Kent", "1.1 2019", "1.2 2020", "2. Essex", "2.1 2021"]


def test_a_second_num_id_with_a_start_override_restarts_the_count() -> None:
    word = docx.Document()
    add_list(word, 50, ABSTRACT_BASE, level_xml(0, "decimal", "%1."))
    add_list(word, 51, ABSTRACT_BASE, start_override=1)  # the same abstract list, numbered again from 1
    add_list(word, 52, ABSTRACT_BASE, start_override=7)
    for text, num_id in (("a", 50), ("b", 50), ("c", 51), ("d", 51), ("e", 52), ("f", 50)):
        add_item(word, text, num_id)
    assert line_texts(word) == ["1. a", "2. b", "1. c", "2. d", "7. e", "3. f"]


def test_num_id_zero_switches_a_styles_list_off() -> None:
    word = docx.Document()
    word.add_paragraph("numbered", style="List Number")
    add_item(word, "not numbered", 0, None, style="List Number")
    word.add_paragraph("numbered again", style="List Number")
    add_item(word, "still a bullet", 0, None, style="List Bullet")  # the "List Bullet" style keeps its bullet
    assert line_texts(word) == ["1. numbered", "not numbered", "2. numbered again", "\u2022 still a bullet"]


def test_a_document_without_a_numbering_part_reads_as_before() -> None:
    word = docx.Document()
    for rel_id, rel in list(word.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            word.part.drop_rel(rel_id)
    word.add_paragraph("plain", style="List Number")
    word.add_paragraph("bulleted", style="List Bullet")
    add_item(word, "own numbering", 5)
    out = io.BytesIO()
    word.save(out)
    assert "word/numbering.xml" not in zipfile.ZipFile(out).namelist()
    assert [line.text for line in read(out.getvalue(), "lists.docx").lines] == [
        "plain", "\u2022 bulleted", "own numbering"]


def test_number_formats_and_bullet_characters() -> None:
    word = docx.Document()
    formats = [("upperRoman", "%1.", "4"), ("lowerRoman", "%1.", "4"), ("upperLetter", "(%1)", "1"),
               ("decimalZero", "%1.", "9"), ("bullet", "\uf0b7", "1"), ("ordinal", "%1.", "2")]
    for offset, (number_format, level_text, start) in enumerate(formats):
        add_list(word, 50 + offset, ABSTRACT_BASE + offset, level_xml(0, number_format, level_text, start))
        add_item(word, number_format, 50 + offset)
        add_item(word, number_format, 50 + offset)
    assert line_texts(word) == [
        "IV. upperRoman", "V. upperRoman", "iv. lowerRoman", "v. lowerRoman", "(A) upperLetter", "(B) upperLetter",
        "09. decimalZero", "10. decimalZero", "\u2022 bullet", "\u2022 bullet", "2. ordinal", "3. ordinal",
    ]


def test_a_style_based_on_a_list_style_is_numbered_and_only_a_paragraphs_first_line_is_marked() -> None:
    word = docx.Document()
    own_style = word.styles.add_style("Wanted Item", WD_STYLE_TYPE.PARAGRAPH)
    own_style.base_style = word.styles["List Number"]
    word.add_paragraph("Wanted since 2010", style="Wanted Item")
    paragraph = word.add_paragraph("Wanted since 2013", style="Wanted Item")
    paragraph.runs[0].add_break()
    paragraph.add_run("male, low risk")
    assert line_texts(word) == ["1. Wanted since 2010", "2. Wanted since 2013", "male, low risk"]


def test_table_cells_get_no_mark_but_count_so_the_list_carries_on() -> None:
    word = docx.Document()
    word.add_paragraph("before", style="List Number")
    table = word.add_table(rows=2, cols=2)
    for r, row in enumerate((("Year", "Wanted"), ("2019", "4"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 1).paragraphs[0].style = word.styles["List Number"]
    word.add_paragraph("after", style="List Number")
    out = io.BytesIO()
    word.save(out)
    doc = read(out.getvalue(), "lists.docx")
    assert [line.text for line in doc.lines] == ["1. before", "3. after"]
    assert [[cell.text for cell in row] for row in doc.tables[0].rows] == [["Year", "Wanted"], ["2019", "4"]]


def test_malformed_numbering_never_raises_and_gives_no_mark() -> None:
    word = docx.Document()
    add_list(word, 50, 404)  # an abstract list that is not there
    add_list(word, 51, None)  # no abstract list named
    add_list(word, 52, ABSTRACT_BASE, '<w:lvl w:ilvl="x"><w:numFmt w:val="decimal"/></w:lvl>',
             level_xml(1, "decimal", None), level_xml(2, "decimal", "%3.", start="lots"),
             level_xml(3, "lowerLetter", "%4.", start="9" * 5000), level_xml(5, "decimal", "%6.", start=None),
             level_xml(6, "upperLetter", "%6.%7"), level_xml(4, "decimal", "%" * 500))
    # A list naming a list style whose list names it back: followed a few steps, never for ever.
    word.part.numbering_part.element.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_BASE + 1}"><w:numStyleLink w:val="Loop"/>'
        "</w:abstractNum>"))
    add_list(word, 53, ABSTRACT_BASE + 1)
    loop_style = word.styles.add_style("Loop", WD_STYLE_TYPE.PARAGRAPH)
    loop_style.element.get_or_add_pPr().get_or_add_numPr().append(parse_xml(f'<w:numId {nsdecls("w")} w:val="53"/>'))
    loop_style.element.append(parse_xml(f'<w:basedOn {nsdecls("w")} w:val="Loop"/>'))
    for text, num_id, ilvl in (("missing abstract", 50, 0), ("no abstract", 51, 0), ("bad ilvl", 52, 0),
                               ("no level text", 52, 1), ("bad start", 52, 2), ("huge start", 52, 3),
                               ("long level text", 52, 4), ("no start: 0", 52, 5), ("start of a level shown", 52, 6),
                               ("no such level", 52, 8), ("loop", 53, 0),
                               ("no such list", 999, 0), ("no ilvl: level 0", 52, None)):
        add_item(word, text, num_id, ilvl)
    assert line_texts(word) == [
        "missing abstract", "no abstract", "bad ilvl", "no level text", "bad start", "huge start",
        "long level text", "0. no start: 0", "0.A start of a level shown", "no such level", "loop", "no such list", "no ilvl: level 0",
    ]
