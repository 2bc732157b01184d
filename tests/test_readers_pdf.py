"""PDF replies (multi-page tables, encrypted files, scans), Welsh and English replies, and relative dates.

Most tests read the generated fixtures in tests/fixtures/ (scripts/fixtures/pdf_language.py); a few build a
small PDF or Document of their own to pin one behaviour. The goldens pin every field of the fixtures'
records; these tests say what matters about each one, so a wrong golden cannot slip through review.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from foi_tally.document import Cell, Document, Line
from foi_tally.document import Table as DocTable
from foi_tally.goldens import read_fixture
from foi_tally.layouts.common import Context
from foi_tally.layouts.prose import language
from foi_tally.layouts.tables import read_table
from foi_tally.numbers import find_welsh_counts
from foi_tally.parsers import GENERIC
from foi_tally.parsers.base import read_reply
from foi_tally.readers import ocr, read_document
from foi_tally.records import Locator, ReadError, Reply

FIXTURES = Path(__file__).parent / "fixtures"
HAS_TESSERACT = ocr.available()
NEEDS_TESSERACT = pytest.mark.skipif(
    not HAS_TESSERACT, reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)"
)


def _doc(name: str) -> Document:
    return read_document((FIXTURES / name).read_bytes(), name)


def _reply(name: str) -> Reply:
    (reply,) = read_fixture(FIXTURES / name)
    return reply


def _dates(reply: Reply) -> list[tuple[str | None, str, int, str | None]]:
    return [(e.since, e.precision, e.count_low, e.since_latest) for e in reply.entries]


def _pdf(path: Path, flow: list) -> bytes:  # type: ignore[type-arg]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path.read_bytes()


# ---------------------------------------------------------------------------------------------------------
# Tables over several pages


def test_ruled_table_over_three_pages_is_one_table_with_one_header() -> None:
    doc = _doc("pdf-multipage-ruled-table.pdf")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.title == "page 1 table 1, continued on pages 2, 3"
    texts = table.texts()
    assert texts[0] == ["Ref", "Date wanted since", "Offence category", "Risk level"]
    assert sum(row == texts[0] for row in texts) == 1  # the repeated headers are gone
    assert len(texts) == 72 and texts[-1][:2] == ["Total", "70"]
    assert {row[0].locator.page for row in table.rows} == {1, 2, 3}


def test_ruled_multipage_reply_counts_every_row_once() -> None:
    reply = _reply("pdf-multipage-ruled-table.pdf")
    assert (reply.force, reply.missing, reply.stated_total_low, reply.needs_review) == (
        "West Yorkshire Police", 70, 70, False
    )
    assert len({e.text.split(" | ")[0] for e in reply.entries}) == 70  # 70 different references
    assert reply.entries[-1].locator.page == 3


def test_borderless_table_over_two_pages_keeps_wrapped_cells_whole() -> None:
    doc = _doc("pdf-multipage-borderless-table.pdf")
    assert len(doc.tables) == 1
    texts = doc.tables[0].texts()
    assert texts[0] == ["Reference", "Wanted since", "Offence", "Believed abroad"]
    assert len(texts) == 54 and texts[-1][:2] == ["Total", "52"]
    offences = {row[2] for row in texts[1:-1]}
    assert "Other sexual offence" in offences and "Indecent images of children" in offences
    reply = _reply("pdf-multipage-borderless-table.pdf")
    abroad = sum(row[3] == "Yes" for row in texts[1:-1])
    assert (reply.missing, reply.needs_review) == (52, False)
    assert sum(e.status == "believed_abroad" for e in reply.entries) == abroad > 0


def _ruled_rows(first: int, count: int) -> list[list[str]]:
    return [[f"R{n}", f"{(n % 27) + 1:02d}/0{(n % 9) + 1}/20{n % 10:02d}", "Voyeurism"] for n in range(first, first + count)]


def _grid(rows: list[list[str]], repeat: int) -> Table:
    table = Table(rows, colWidths=[60, 90, 140], repeatRows=repeat, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def test_table_continued_without_its_header_is_stitched_by_its_columns(tmp_path: Path) -> None:
    rows = [["Ref", "Date wanted", "Offence"], *_ruled_rows(1, 60)]
    data = _pdf(tmp_path / "t.pdf", [_grid(rows, repeat=0)])
    doc = read_document(data, "t.pdf")
    assert len(doc.tables) == 1
    assert len(doc.tables[0].rows) == 61
    assert {row[0].locator.page for row in doc.tables[0].rows} == {1, 2}


def test_separate_tables_on_consecutive_pages_stay_separate(tmp_path: Path) -> None:
    style = getSampleStyleSheet()["Normal"]
    first = [["Ref", "Date wanted", "Offence"], *_ruled_rows(1, 44)]
    second = [["Ref", "Date wanted", "Offence"], *_ruled_rows(100, 3)]
    flow = [_grid(first, repeat=1), Spacer(1, 400)]
    flow += [Paragraph(f"Paragraph {n} about a different set of people, who are not wanted.", style) for n in range(4)]
    flow += [_grid(second, repeat=1)]
    doc = read_document(_pdf(tmp_path / "t.pdf", flow), "t.pdf")
    assert [len(t.rows) for t in doc.tables] == [45, 4]


# ---------------------------------------------------------------------------------------------------------
# Letters, encryption


def test_prose_letter_reads_the_answer_not_the_numbers_around_it() -> None:
    reply = _reply("pdf-letter-prose-figures.pdf")
    assert (reply.force, reply.status, reply.missing, reply.reference) == (
        "Cheshire Constabulary", "answered", 5, "4512/15"
    )
    assert _dates(reply) == [("2009", "year", 2, None), ("2012", "year", 1, None), ("2014", "year", 2, None)]
    # The letter says two are believed abroad, not which years they are: that is for a person to see.
    assert reply.review_reasons == (
        "the letter says 2 are believed abroad, but not which of the figures by date: their statuses are not recorded",
    )


def test_encrypted_pdf_with_an_empty_password_is_decrypted_in_memory() -> None:
    raw = (FIXTURES / "pdf-encrypted-empty-password.pdf").read_bytes()
    assert b"/Encrypt" in raw and b"four registered" not in raw
    doc = read_document(raw, "enc.pdf")
    assert any("four registered sex offenders are currently wanted" in line.text for line in doc.lines)
    reply = _reply("pdf-encrypted-empty-password.pdf")
    assert (reply.force, reply.missing) == ("Leicestershire Police", 4)
    assert _dates(reply) == [("2008-06", "month", 1, None), ("2013", "year", 3, None)]


def test_pdf_with_a_user_password_is_one_clear_read_error() -> None:
    with pytest.raises(ReadError, match=r"^PDF is protected by a password; ask the force for an unlocked copy$"):
        _doc("pdf-password-protected.pdf")
    reply = _reply("pdf-password-protected.pdf")
    assert (reply.status, reply.missing, reply.needs_review) == ("unknown", None, True)


# ---------------------------------------------------------------------------------------------------------
# Scans


def test_scan_without_tesseract_is_listed_as_needing_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "tesseract" else real_which(name))
    doc = _doc("pdf-scanned-letter.pdf")
    assert doc.lines == [] and not doc.ocr
    assert doc.warnings == ["needs OCR: install tesseract-ocr to read the scanned page 1 (no text layer)"]
    reply = _reply("pdf-scanned-letter.pdf")
    assert (reply.status, reply.missing, reply.needs_review) == ("unknown", None, True)
    assert reply.review_reasons[0] == "needs OCR: install tesseract-ocr to read the scanned page 1 (no text layer)"


@NEEDS_TESSERACT
def test_scan_is_read_by_ocr_with_low_confidence() -> None:
    doc = _doc("pdf-scanned-letter.pdf")
    assert doc.ocr
    assert any("registered sex offenders" in line.text for line in doc.lines)
    reply = _reply("pdf-scanned-letter.pdf")
    assert (reply.force, reply.missing, reply.confidence) == ("Derbyshire Constabulary", 5, "low")
    assert _dates(reply) == [("2006", "year", 1, None), ("2011", "year", 2, None), ("2014", "year", 2, None)]
    assert {e.method for e in reply.entries} == {"ocr"}
    # The dated lines add up to the stated five: the reply confirms itself, so it is not held back.
    assert not reply.needs_review


def _ocr_reply(*texts: str) -> Reply:
    lines = [Line(t, Locator("scan.pdf", page=1, line=n)) for n, t in enumerate(texts, start=1)]
    doc = Document(source="scan.pdf", format="pdf", lines=lines, ocr=True)
    reply = read_reply(doc, None, GENERIC)
    assert reply is not None
    return reply


OCR_TOTAL = "As at 2 March 2015 three registered sex offenders were wanted because their whereabouts are unknown."
OCR_FLAG = "figures read by OCR and not confirmed by a total in the reply: check them against the scan"


def test_ocr_total_with_no_breakdown_is_flagged() -> None:
    reply = _ocr_reply(OCR_TOTAL)
    assert (reply.missing, reply.confidence, reply.review_reasons) == (3, "low", (OCR_FLAG,))


def test_ocr_breakdown_that_adds_up_to_the_total_confirms_it() -> None:
    reply = _ocr_reply(OCR_TOTAL, "One went missing in 2006 and two in 2011.")
    assert (reply.missing, reply.confidence, reply.needs_review) == (3, "low", False)


def test_ocr_remainder_made_from_the_total_does_not_confirm_it() -> None:
    reply = _ocr_reply(OCR_TOTAL, "One went missing in 2006.")
    assert reply.missing == 3 and reply.review_reasons == (OCR_FLAG,)


def test_ocr_breakdown_that_disagrees_with_the_total_is_flagged() -> None:
    reply = _ocr_reply(OCR_TOTAL, "One went missing in 2006 and one in 2011.")
    assert OCR_FLAG in reply.review_reasons


# ---------------------------------------------------------------------------------------------------------
# Welsh and English


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mae 3 troseddwr rhyw cofrestredig ar goll ers Medi 2004.", "cy"),
        ("Ar 18 Chwefror 2015, roedd 3 troseddwr rhyw cofrestredig yn eisiau.", "cy"),
        ("On 18 February 2015, 3 registered sex offenders were wanted.", "en"),
        ("Yn gywir / Yours sincerely", "cy"),
        ("2004 - 1", None),
        ("Medi 2004 - 1", None),
        ("Heddlu Gwent Police", None),
    ],
)
def test_language_of_a_sentence(sentence: str, expected: str | None) -> None:
    assert language(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("roedd tri troseddwr rhyw", [("tri", 3)]),
        ("Mae 3 troseddwr ar goll ers Medi 2004", [("3", 3)]),
        ("un ar ddeg o droseddwyr", [("un ar ddeg", 11)]),
        ("roedd pum troseddwr", [("pum", 5)]),
        ("a thri yn 2014", [("thri", 3)]),
    ],
)
def test_welsh_counts_in_running_text(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.text, c.low) for c in find_welsh_counts(text)] == expected


def test_welsh_copy_with_digits_is_not_counted_twice() -> None:
    reply = _reply("pdf-bilingual-welsh-first.pdf")
    assert (reply.force, reply.missing, reply.stated_total_low, reply.needs_review) == ("Gwent Police", 3, 3, False)
    assert _dates(reply) == [("2004-09", "month", 1, None), ("2012-03", "month", 2, None)]
    assert all("missing since" in e.text for e in reply.entries)  # the English sentence is the source


def test_side_by_side_columns_are_read_once_and_unwrapped() -> None:
    doc = _doc("pdf-bilingual-side-by-side.pdf")
    assert not any(line.text.endswith("1 in October") for line in doc.lines)
    reply = _reply("pdf-bilingual-side-by-side.pdf")
    assert (reply.force, reply.missing) == ("South Wales Police", 4)
    assert _dates(reply) == [("2007", "year", 1, None), ("2010-10", "month", 1, None), ("2014", "year", 2, None)]
    assert reply.review_reasons == (  # "1 of them is believed to be abroad": which year's, the letter does not say
        "the letter says 1 is believed abroad, but not which of the figures by date: their statuses are not recorded",
    )


def test_columns_drawn_line_by_line_are_read_column_by_column() -> None:
    doc = _doc("pdf-bilingual-columns-line-by-line.pdf")
    texts = [line.text for line in doc.lines]
    assert not any("roedd" in t and "February" in t for t in texts)  # no line mixes the two columns
    welsh = next(t for t in texts if t.startswith("Ar 17 Chwefror 2015"))
    english = next(t for t in texts if t.startswith("On 17 February 2015"))
    assert welsh.endswith("Mae'r ffigurau yn ddilys ar gyfer y dyddiad dan sylw yn unig.")
    assert "1 has been missing since April 2009 and 1 since November 2013." in english
    reply = _reply("pdf-bilingual-columns-line-by-line.pdf")
    assert (reply.force, reply.missing, reply.needs_review) == ("Dyfed-Powys Police", 2, False)
    assert _dates(reply) == [("2009-04", "month", 1, None), ("2013-11", "month", 1, None)]


def test_list_items_are_not_taken_for_wrapped_lines(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle

    body = getSampleStyleSheet()["Normal"]
    indented = ParagraphStyle("indented", parent=body, leftIndent=60)
    items = ["1 went missing in 2005", "one went missing in 2008", "2 went missing in 2010", "two went missing in 2012"]
    years = ["2004 - 1", "2009 - 2", "2013 - 1"]
    flow = [Paragraph("As at 5 February 2015, six were wanted. The years they went missing are as follows:", body)]
    flow += [Paragraph(item, indented) for item in items] + [Spacer(1, 12)]
    flow += [Paragraph(item, indented) for item in years]
    doc = read_document(_pdf(tmp_path / "list.pdf", flow), "list.pdf")
    texts = [line.text for line in doc.lines]
    assert all(item in texts for item in items + years)


def test_list_lines_belong_to_the_language_above_them() -> None:
    reply = _reply("pdf-bilingual-year-list.pdf")
    assert (reply.force, reply.missing, reply.needs_review) == ("North Wales Police", 5, False)
    assert _dates(reply) == [("2006", "year", 1, None), ("2011", "year", 2, None), ("2014", "year", 2, None)]
    assert {e.locator.line for e in reply.entries} == {12, 13, 14}  # the English list, not the Welsh one


def test_welsh_and_english_totals_that_disagree_are_flagged() -> None:
    reply = _reply("pdf-bilingual-disagree.pdf")
    assert reply.missing == 3
    assert reply.review_reasons == ("the Welsh text gives a total of 4 but the English text 3",)


def _bilingual(*texts: str) -> Reply:
    lines = [Line(t, Locator("cy.txt", line=n)) for n, t in enumerate(texts, start=1)]
    reply = read_reply(Document(source="cy.txt", format="txt", lines=lines), None, GENERIC)
    assert reply is not None
    return reply


def test_welsh_dates_that_disagree_with_the_english_are_flagged() -> None:
    reply = _bilingual(
        "Roedd 2 droseddwr rhyw cofrestredig yn eisiau. Mae 1 ar goll ers Medi 2004 a 1 ers Mawrth 2012.",
        "2 registered sex offenders were wanted. 1 has been missing since September 2004 and 1 since May 2012.",
    )
    assert reply.missing == 2
    assert reply.review_reasons == (
        (
            "the Welsh text gives the dates as 1 since 2004-09, 1 since 2012-03 but the English text as "
            "1 since 2004-09, 1 since 2012-05"
        ),
    )


def test_welsh_total_is_checked_against_a_letter_with_a_table() -> None:
    loc = Locator("t.pdf", page=1)
    rows = [["Ref", "Missing since"], ["A", "Medi 2004 / September 2004"], ["B", "2011"]]
    table = DocTable(tuple(tuple(Cell(v, loc) for v in row) for row in rows), loc)
    lines = [
        Line("Mae 3 troseddwr rhyw cofrestredig yn eisiau am nad yw'n hysbys ble maen nhw.", loc),
        Line("2 registered sex offenders are wanted because their whereabouts are unknown.", loc),
    ]
    reply = read_reply(Document(source="t.pdf", format="pdf", lines=lines, tables=[table]), None, GENERIC)
    assert reply is not None and reply.layout == "table_of_individuals" and reply.missing == 2
    assert reply.review_reasons == ("the Welsh text gives a total of 3 but the English text 2",)


def test_figures_only_in_welsh_are_used_but_flagged() -> None:
    reply = _bilingual("Ar 2 Mawrth 2015 roedd tri troseddwr rhyw cofrestredig yn eisiau am nad yw'n hysbys ble maen nhw.")
    assert reply.missing == 3
    assert reply.review_reasons == ("the figures were read from the Welsh text only (no English figure was found)",)


def test_welsh_caseload_is_not_a_total() -> None:
    reply = _bilingual(
        "Mae 1 troseddwr rhyw cofrestredig yn eisiau o'r 1,350 o droseddwyr a reolir gan yr heddlu.",
        "1 registered sex offender is wanted, of the 1,350 managed by the force.",
    )
    assert (reply.missing, reply.needs_review) == (1, False)


# ---------------------------------------------------------------------------------------------------------
# Relative and fuzzy dates


def test_relative_dates_in_prose_are_measured_from_the_reply_date() -> None:
    reply = _reply("pdf-relative-dates-prose.pdf")
    assert (reply.as_of, reply.missing, reply.needs_review) == ("2015-03-05", 7, False)
    assert _dates(reply) == [
        ("2001", "year", 1, None),  # missing for 14 years
        ("2006-06", "month", 1, None),  # 8 years 9 months
        ("2010", "year", 1, None),  # since the beginning of 2010
        ("2014-11", "month", 1, None),  # last November
        (None, "unknown", 1, "2014-03-05"),  # more than a year: only the latest it can be
        ("2007", "year", 2, "2013-03-05"),  # between two and eight years: both bounds
    ]


def test_relative_dates_in_a_table_column_of_durations() -> None:
    reply = _reply("pdf-relative-dates-table.pdf")
    assert (reply.missing, reply.stated_total_low, reply.needs_review) == (6, 6, False)
    assert _dates(reply) == [
        ("2001", "year", 1, None),
        ("2006-06", "month", 1, None),
        ("2010", "year", 1, None),
        ("2014-11", "month", 1, None),
        (None, "unknown", 1, "2014-03-05"),
        ("2007", "year", 1, "2013-03-05"),
    ]


def test_bare_numbers_under_a_duration_header_are_years_not_dates() -> None:
    loc = Locator("t.xlsx", sheet="Data")
    rows = [["Ref", "Years missing"], ["A", 14], ["B", 3], ["C", "unknown"]]
    table = DocTable(tuple(tuple(Cell(v, loc) for v in row) for row in rows), loc)
    finding = read_table(table, Context(as_of=dt.date(2015, 3, 5)))
    assert finding is not None
    assert [(e.since, e.precision) for e in finding.entries] == [("2001", "year"), ("2012", "year"), (None, "unknown")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ers Medi 2004", ("2004-09", "month")), ("ar goll ers Mawrth 2012", ("2012-03", "month")), ("tua 2009", ("2009", "year"))],
)
def test_welsh_words_before_a_date_in_a_cell(text: str, expected: tuple[str, str]) -> None:
    from foi_tally.dates import parse_since

    since = parse_since(text)
    assert since is not None and (since.iso(), since.precision) == expected


def test_a_word_broken_at_a_line_end_is_whole_again() -> None:
    """pdfium joins a hyphen-broken word and marks the break with U+FFFE: the word is mended, and a number
    written in words keeps its own hyphen."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for n, text in enumerate([
        "Kent Police", "As at 5 February 2015 there were twenty-",
        "one registered sex offenders wanted because their where-", "abouts are unknown.", "Kent Police",
    ]):
        pdf.drawString(72, 760 - 16 * n, text)
    pdf.save()
    lines = [line.text for line in read_document(buffer.getvalue(), "letter.pdf").lines]
    assert "\ufffe" not in " ".join(lines)
    assert any("twenty-one registered sex offenders" in text and "whereabouts are unknown" in text for text in lines)


# ---------------------------------------------------------------------------------------------------------
# Footnote marks and cells spanning rows


def _canvas_pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _raised(text, *pieces: tuple[str, bool]) -> None:  # type: ignore[no-untyped-def]
    """Write pieces on one line, each either at 12 points or as a superscript (7 points, raised 5)."""
    for piece, up in pieces:
        text.setFont("Helvetica", 7 if up else 12)
        text.setRise(5 if up else 0)
        text.textOut(piece)


def test_footnote_marks_raised_after_a_number_or_a_word_are_left_out() -> None:
    def draw(pdf) -> None:  # type: ignore[no-untyped-def]
        text = pdf.beginText(72, 700)
        _raised(text, ("There were 12", False), ("1", True), (" registered sex offenders wanted.", False))
        text.setTextOrigin(72, 680)
        _raised(text, ("In 2019", False), ("2,3", True), (" the figure was 7", False), ("*", True),
                (" and on the 1", False), ("st", True), (" of May 3 more.", False))
        text.setTextOrigin(72, 660)
        _raised(text, ("A plain line with 45 in it.", False))
        text.setTextOrigin(72, 640)
        _raised(text, ("1", True), (" The figure is provisional.", False))
        text.setTextOrigin(72, 620)
        _raised(text, ("Five", False), ("2", True), (" RSOs are wanted.", False))
        pdf.drawText(text)

    doc = read_document(_canvas_pdf(draw), "marks.pdf")
    assert [(line.text, line.locator.line) for line in doc.lines] == [
        ("There were 12 registered sex offenders wanted.", 1),
        ("In 2019 the figure was 7 and on the 1st of May 3 more.", 2),
        ("A plain line with 45 in it.", 3),
        ("1 The figure is provisional.", 4),  # a mark that follows no number stays, its line whole
        ("Five RSOs are wanted.", 5),
    ]


def _marked_tables(tmp_path: Path) -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Year", "Number"], ["2019", Paragraph("3<super>1</super>", style)], ["2020", "14"]]
    ruled = Table(rows, colWidths=[80, 80])
    ruled.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return _pdf(tmp_path / "ruled.pdf", [Paragraph("Missing registered sex offenders.", style), ruled])


def test_footnote_marks_in_table_cells_are_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foi_tally.readers import pdf

    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 11)
        page.drawString(72, 760, "Missing registered sex offenders by year first wanted")
        y = 740
        for year, count, mark in [("Year", "Number", ""), ("2012", "3", "1"), ("2013", "14", "2"), ("2014", "2", "")]:
            page.setFont("Helvetica", 11)
            page.drawString(72, y, year)
            page.drawString(200, y, count)
            if mark:
                page.setFont("Helvetica", 7)
                page.drawString(200 + page.stringWidth(count, "Helvetica", 11), y + 4, mark)
            y -= 16

    borderless = read_document(_canvas_pdf(draw), "borderless.pdf")
    assert borderless.tables[0].texts() == [["Year", "Number"], ["2012", "3"], ["2013", "14"], ["2014", "2"]]
    assert "2013 14" in [line.text for line in borderless.lines]
    data = _marked_tables(tmp_path)
    expected = [["Year", "Number"], ["2019", "3"], ["2020", "14"]]
    assert read_document(data, "ruled.pdf").tables[0].texts() == expected
    monkeypatch.setattr(pdf, "_ruled_fast", lambda *args: None)  # the grid as pdfplumber reads it
    assert read_document(data, "ruled.pdf").tables[0].texts() == expected


def test_ruled_cell_spanning_rows_keeps_its_text_as_spanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foi_tally.readers import pdf

    rows = [["Year", "Risk", "Number"], ["2019", "High", "3"], ["", "Low", "2"], ["", "Unknown", "1"],
            ["2020", "High", "4"], ["Total", "", "10"]]
    grid = Table(rows, colWidths=[80, 80, 80])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (0, 3)),
                              ("SPAN", (0, 5), (1, 5))]))
    data = _pdf(tmp_path / "span.pdf", [grid])
    for fast in (True, False):
        if not fast:
            monkeypatch.setattr(pdf, "_ruled_fast", lambda *args: None)
        table = read_document(data, "span.pdf").tables[0]
        assert table.texts()[2:4] == [["", "Low", "2"], ["", "Unknown", "1"]]
        assert [[c.spanned for c in row] for row in table.rows] == [
            [None] * 3, [None] * 3, ["2019", None, None], ["2019", None, None], [None] * 3, [None] * 3,
        ], fast


def test_a_sentence_over_a_page_break_is_read_without_the_running_footer(tmp_path: Path) -> None:
    from reportlab.platypus import PageBreak

    def footer(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.drawString(72, 30, "Kent Police, Sutton Road, Maidstone ME15 9BZ  Tel: 101")
        canvas.drawString(72, 18, f"Page {document.page} of 2")

    body = getSampleStyleSheet()["Normal"]
    flow = [
        Paragraph("Kent Police Freedom of Information Office. Our reference: KP/FOI/15/0001. 10 February 2015.", body),
        Paragraph("Dear Requester", body),
        Paragraph("On the date your request was received the number of registered sex offenders recorded as wanted "
                  "because their whereabouts are unknown was", body),
        PageBreak(),
        Paragraph("nine (9). Three of the nine are believed to have left the United Kingdom.", body),
    ]
    path = tmp_path / "footer.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow, onFirstPage=footer, onLaterPages=footer)
    doc = read_document(path.read_bytes(), "footer.pdf")
    assert [line.text for line in doc.lines][-2:] == ["Kent Police, Sutton Road, Maidstone ME15 9BZ Tel: 101",
                                                      "Page 2 of 2"]
    reply = read_reply(doc, None, GENERIC)
    assert (reply.missing, reply.needs_review) == (9, False)
    assert sorted((e.status, e.count_low) for e in reply.entries) == [("believed_abroad", 3), ("wanted", 6)]


def test_a_bare_figure_at_a_page_foot_stays_in_place_but_page_numbers_move(tmp_path: Path) -> None:
    from reportlab.platypus import PageBreak

    def number(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.drawString(300, 18, str(document.page))

    body = getSampleStyleSheet()["Normal"]
    question = "How many registered sex offenders are wanted because their whereabouts are unknown?"
    lines = ("Kent Police", "Freedom of Information Office", "Our reference: 15/1", question, "7")
    flow = [Paragraph(text, body) for text in lines]
    flow += [PageBreak(), Paragraph("Yours sincerely", body)]
    path = tmp_path / "numbers.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow, onFirstPage=number, onLaterPages=number)
    texts = [line.text for line in read_document(path.read_bytes(), "numbers.pdf").lines]
    assert texts.index("7") < texts.index("Yours sincerely")
    assert texts[-1] == "2"  # page 2's number, after the last page (page 1's opens the page, and stays)


def test_a_borderless_table_carried_over_a_page_is_one_table_though_its_last_column_runs_wider() -> None:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.drawString(60, 800, "Kent Police")
    page.drawString(60, 780, "The following registered sex offenders are wanted, whereabouts unknown:")
    y = 740
    for cells in [("Reference", "Month last seen", "Offence group")] + [(f"K-{n:03}", "Aug 2001", "Exposure") for n in range(1, 31)]:
        for x, text in zip((60, 160, 280), cells):
            page.drawString(x, y, text)
        y -= 22
        if y < 60:
            page.showPage()
            y = 800
    for n in range(31, 35):
        for x, text in zip((60, 160, 280), (f"K-{n:03}", "Sept 2004", "Possession of extreme pornographic images")):
            page.drawString(x, y, text)
        y -= 22
    page.save()
    doc = read_document(out.getvalue(), "kent.pdf")
    people = [t for t in doc.tables if t.rows and t.rows[0][0].text == "Reference"]
    assert len(people) == 1 and len(people[0].rows) == 35


@pytest.mark.parametrize("fast", [True, False])
def test_rules_under_each_row_that_make_no_grid_leave_a_borderless_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    from foi_tally.readers import pdf

    if not fast:
        monkeypatch.setattr(pdf, "_ruled_fast", lambda *args: None)  # the page as pdfplumber reads it
    rows = [["Ref", "Date circulated", "Risk"], ["DP1", "03.11.14", "Medium"], ["DP2", "01.02.17", "High"],
            ["DP3", "05.12.18", "Low"]]
    lined = Table(rows, colWidths=[60, 110, 80], hAlign="LEFT")
    lined.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))  # no verticals: no cells
    style = getSampleStyleSheet()["Normal"]
    intro = Paragraph("Three registered sex offenders are wanted because their whereabouts are unknown:", style)
    data = _pdf(tmp_path / "rules.pdf", [intro, lined])
    doc = read_document(data, "rules.pdf")
    assert [t.texts() for t in doc.tables] == [rows]
    reply = read_reply(doc, None, GENERIC)
    assert [(e.since, e.precision) for e in reply.entries] == [
        ("2014-11-03", "day"), ("2017-02-01", "day"), ("2018-12-05", "day")]


def test_months_written_mon_yy_make_rows_of_a_borderless_table(tmp_path: Path) -> None:
    rows = [["Ref", "Month wanted", "Risk"], ["SP-11", "Jan-08", "High"], ["SP-12", "Sep-12", "Medium"],
            ["SP-13", "Apr-16", "Low"]]
    style = getSampleStyleSheet()["Normal"]
    intro = Paragraph("Three registered sex offenders are wanted because their whereabouts are unknown:", style)
    data = _pdf(tmp_path / "mon.pdf", [intro, Table(rows, colWidths=[60, 110, 80], hAlign="LEFT")])
    doc = read_document(data, "mon.pdf")
    assert [t.texts() for t in doc.tables] == [rows]
    reply = read_reply(doc, None, GENERIC)
    assert [(e.since, e.precision) for e in reply.entries] == [("2008-01", "month"), ("2012-09", "month"), ("2016-04", "month")]


def test_a_question_and_response_table_in_a_pdf_answers_its_wrapped_question(tmp_path: Path) -> None:
    style = getSampleStyleSheet()["Normal"]
    rows = [["Question", "Response"],
            [Paragraph("How many RSOs are currently wanted because their whereabouts are unknown?", style), "5"],
            ["Date each was circulated as wanted", "Withheld - section 40(2)"]]
    grid = Table(rows, colWidths=[260, 160], hAlign="LEFT")
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    intro = Paragraph("Lincolnshire Police. Please find our response below. Figures are as at 13 January 2015.", style)
    reply = read_reply(read_document(_pdf(tmp_path / "qa.pdf", [intro, grid]), "qa.pdf"), None, GENERIC)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)


def test_a_page_turned_for_display_keeps_its_lines_apart() -> None:
    """A portrait page with /Rotate 90, drawn so that it reads upright once turned: its characters' boxes lie across
    the lines, so no line is joined to the next by position ('Dear Mr HaleThank you ...')."""
    import io

    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    width, height = A4
    page = canvas.Canvas(out, pagesize=landscape(A4), invariant=1)
    page.setPageRotation(90)
    page.translate(width, 0)
    page.rotate(90)  # drawing now on a landscape sheet, `height` wide and `width` tall
    page.setFont("Helvetica-Bold", 16)
    page.drawString(57, width - 51, "Kent Police")
    page.drawRightString(height - 57, width - 51, "Our ref: KP/FOI/12/0144")
    style = ParagraphStyle("letter", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=7.5)
    top = width - 91
    asked = ("Thank you for your request dated 10 February 2012. You asked how many registered sex offenders in the "
             "Kent Police area are currently wanted because their whereabouts are unknown, and since when.")
    answer = ("On 1 March 2012 two registered sex offenders were wanted because their whereabouts were unknown. One "
              "has been wanted since 23/05/2010 and the other since 08/02/2012.")
    for text in ["Dear Mr Hale", asked, answer, "Yours sincerely", "Kent Police"]:
        paragraph = Paragraph(text, style)
        _, tall = paragraph.wrapOn(page, height - 114, 2000)
        paragraph.drawOn(page, 57, top - tall)
        top -= tall + 7.5
    page.showPage()
    page.save()
    doc = read_document(out.getvalue(), "kent.pdf")
    assert "Dear Mr Hale" in [line.text for line in doc.lines]
    reply = GENERIC.parse(doc, None)
    assert reply is not None and reply.missing == 2
    assert sorted(e.since for e in reply.entries) == ["2010-05-23", "2012-02-08"]


def test_a_borderless_table_keeps_its_undated_rows_and_its_heading_wrapped_over_lines() -> None:
    """Rows keyed "K/6" with no date are rows still; a heading wrapped in its cell ("Date whereabouts" over "unknown")
    is one heading, whatever line the heading's first cell is on."""
    def draw(pdf) -> None:  # type: ignore[no-untyped-def]
        pdf.setFont("Helvetica", 10)
        y = 700
        for cells in (("Ref", "Offence category", "Date whereabouts", "Current location"), ("", "", "unknown", "")):
            for x, text in zip((55, 100, 300, 410), cells):
                pdf.drawString(x, y, text)
            y -= 11
        y -= 5
        for row in (("K/1", "Indecent images of children", "22/02/2009", "UK"), ("K/2", "Indecent exposure", "17/12/2009",
                    "Abroad - country not known"), ("K/3", "Rape", "14/04/2012", "Unknown"), ("K/4", "Indecent exposure", "", "UK")):
            for x, text in zip((55, 100, 300, 410), row):
                pdf.drawString(x, y, text)
            y -= 17

    doc = read_document(_canvas_pdf(draw), "borderless.pdf")
    assert doc.tables[0].texts() == [
        ["Ref", "Offence category", "Date whereabouts unknown", "Current location"],
        ["K/1", "Indecent images of children", "22/02/2009", "UK"],
        ["K/2", "Indecent exposure", "17/12/2009", "Abroad - country not known"],
        ["K/3", "Rape", "14/04/2012", "Unknown"],
        ["K/4", "Indecent exposure", "", "UK"],
    ]


def test_a_borderless_table_whose_rows_end_in_their_dates_is_read() -> None:
    """'UK001 Dec 2018': a reference, then the date in the last column, nothing after it."""
    def draw(pdf) -> None:  # type: ignore[no-untyped-def]
        pdf.setFont("Helvetica", 10)
        y = 700
        for ref, when in (("Ref", "Wanted since"), ("UK001", "Dec 2018"), ("UK002", "Nov 2020"), ("UK003", "14/03/2022")):
            pdf.drawString(61, y, ref)
            pdf.drawString(146, y, when)
            y -= 17

    doc = read_document(_canvas_pdf(draw), "borderless.pdf")
    assert doc.tables[0].texts() == [["Ref", "Wanted since"], ["UK001", "Dec 2018"], ["UK002", "Nov 2020"], ["UK003", "14/03/2022"]]


def test_a_list_whose_bullets_are_drawn_apart_from_its_items_is_not_read_as_two_columns() -> None:
    items = ["Offender A - wanted since March 2012 - believed to be abroad", "Offender B - wanted since November 2015",
             "Offender C - wanted since August 2018", "Offender D - wanted since January 2019"]

    def draw(pdf) -> None:  # type: ignore[no-untyped-def]
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 760, "The offenders recorded as wanted because their whereabouts are unknown were:")
        for n, item in enumerate(items):
            pdf.drawString(80, 740 - 16 * n, "\u2022")
            pdf.drawString(96, 740 - 16 * n, item)

    lines = [line.text for line in read_document(_canvas_pdf(draw), "list.pdf").lines]
    assert [line for line in lines if "Offender" in line] == [f"\u2022 {item}" for item in items]
