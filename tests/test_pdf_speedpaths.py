"""The PDF reader's fast paths give what the plain ways give.

pdf.py reads character boxes, text rectangles and page objects through bare pdfium calls, places a
ruled grid's characters by bisection, and decodes ASCII85 a group at a time. Each is checked here
against the straightforward way it replaces (pypdfium2's helpers, every character tried against every
cell, base64.a85decode).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from foi_tally.readers import pdf


def _ruled_pdf(path: Path) -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Ref", "Wanted since", "Offence", "Notes"]]
    rows += [
        [f"R{n}", f"{n % 28 + 1:02d}/0{n % 9 + 1}/20{n % 10:02d}", "Other sexual offence" if n % 3 else "Rape",
         "Believed abroad" if n % 4 == 0 else ""]
        for n in range(40)
    ]
    table = Table(rows, colWidths=[50, 90, 150, 110], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    flow = [Paragraph("Missing registered sex offenders, as at 1 May 2024.", style), table]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path.read_bytes()


@pytest.fixture(scope="module")
def ruled(tmp_path_factory: pytest.TempPathFactory) -> Any:
    document = pypdfium2.PdfDocument(_ruled_pdf(tmp_path_factory.mktemp("ruled") / "ruled.pdf"))
    yield document
    document.close()


def _plain_words(textpage: Any, text: str, height: float) -> list[dict[str, Any]]:
    """Words the plain way: a dict per word, grown with min() and max(), a get_charbox call per character."""
    words: list[dict[str, Any]] = []
    word: dict[str, Any] | None = None
    for i, ch in enumerate(text):
        if ch.isspace():
            word = None
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        top, bottom = height - top, height - bottom
        if (word is not None and abs(top - word["top"]) <= 3 and -0.5 <= left - word["x0"]
                and left - word["x1"] <= pdf.WORD_GAP):
            word["text"] += ch
            word["x1"] = max(word["x1"], right)
            word["top"], word["bottom"] = min(word["top"], top), max(word["bottom"], bottom)
        else:
            word = {"text": ch, "x0": left, "x1": right, "top": top, "bottom": bottom}
            words.append(word)
    return words


def test_words_and_char_boxes_match_pypdfium2(ruled: Any) -> None:
    for page in ruled:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        height = page.get_height()
        boxes = pdf._CharBoxes(textpage, text, height)
        assert pdf._words(text, boxes) == _plain_words(textpage, text, height)
        kept = pdf._kept_chars(textpage, text, boxes)
        plain_kept = [
            i for i, ch in enumerate(text)
            if ch not in "\r\n" and pypdfium2.raw.FPDFText_IsGenerated(textpage.raw, i) != 1
        ]
        assert kept == plain_kept
        for i in kept:
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            assert boxes.of[i] == (left, height - top, right, height - bottom)


def test_text_rects_match_get_rect(ruled: Any) -> None:
    textpage = ruled[0].get_textpage()
    text = textpage.get_text_range()
    measure = pdf._TextRects(textpage)
    for start in range(0, len(text), 37):
        count = textpage.count_rects(start, 37)
        assert measure(start, 37) == [textpage.get_rect(i) for i in range(count)]


def test_page_objects_match_get_objects(tmp_path: Path) -> None:
    path = tmp_path / "forms.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.beginForm("stamp")
    c.rect(10, 10, 50, 20)
    c.drawString(15, 15, "RECEIVED")
    c.endForm()
    c.doForm("stamp")
    c.line(0, 700, 500, 700)
    c.drawString(72, 720, "Freedom of Information reply")
    c.save()
    document = pypdfium2.PdfDocument(path.read_bytes())
    page = document[0]
    ours = [(obj.type, obj.level) for obj in pdf._page_objects(page)]
    theirs = [(obj.type, obj.level) for obj in page.get_objects()]
    assert ours == theirs
    assert any(level > 0 for _, level in ours)  # the form's own objects are there, one level down
    document.close()


def _cells_the_long_way(page: Any) -> Any:
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    boxes = pdf._CharBoxes(textpage, text, page.get_height())
    pdf._words(text, boxes)
    kept = pdf._kept_chars(textpage, text, boxes)
    cells = pdf._lattice_cells(pdf._path_edges(page, pdf._page_objects(page)))
    rows = [row for group in pdf._cell_groups(cells) for row in pdf._grid(group, 0, 1)]
    row_boxes = []
    for row in rows:
        present = [c for c in row if c is not None]
        row_boxes.append((min(c[0] for c in present), min(c[1] for c in present),
                          max(c[2] for c in present), max(c[3] for c in present)))
    chars = [(text[i], *boxes.of[i]) for i in kept]
    long_way = [pdf._row_texts(row, box, band)
                for row, box, band in zip(rows, row_boxes, pdf._row_bands(chars, row_boxes))]
    return pdf._grid_texts(text, kept, boxes, rows, row_boxes), long_way, rows


def test_grid_placement_matches_trying_every_cell(ruled: Any) -> None:
    row_count = 0
    for page in ruled:
        fast, long_way, rows = _cells_the_long_way(page)
        assert fast is not None and fast == long_way
        row_count += len(rows)
    assert row_count == 41 + 1  # the header is repeated on the second page


def test_overlapping_rows_are_left_to_the_long_way() -> None:
    rows = [[(0.0, 0.0, 10.0, 20.0)], [(0.0, 10.0, 10.0, 30.0)]]  # the second starts inside the first
    boxes = pdf._CharBoxes(None, "", 0.0)
    assert pdf._grid_texts("", [], boxes, rows, [row[0] for row in rows]) is None


def test_lattice_of_a_three_by_two_grid() -> None:
    edges = [("h", 0.0, y, 30.0, y) for y in (0.0, 10.0, 20.0)]
    edges += [("v", x, 0.0, x, 20.0) for x in (0.0, 10.0, 20.0, 30.0)]
    cells = pdf._lattice_cells(edges)
    assert sorted(cells) == sorted((x, y, x + 10.0, y + 10.0) for x in (0.0, 10.0, 20.0) for y in (0.0, 10.0))


def _a85(data: bytes) -> tuple[str, bytes | None]:
    try:
        return "ok", base64.a85decode(data)
    except ValueError:
        return "error", None


def _ours(data: bytes) -> tuple[str, bytes | None]:
    try:
        return "ok", pdf._a85decode(data)
    except ValueError:
        return "error", None


@pytest.mark.parametrize(
    "data",
    [b"", b"z", b"!!z", b"zz!!!!!", b"87cURD]i,\"Ebo80", b"87cURD]i,\"Ebo8", b"s8W-!", b"s8W-\"", b"uuuuu",
     b"u", b"uu", b"!", b"9jqo^\nBlbD-BleB1\tDJ+*+F(f,q", b"ab\x0ccd", b"abcy", b"ab~cd", b"\x00", b"a b c d e"],
)
def test_a85decode_matches_base64(data: bytes) -> None:
    assert _ours(data) == _a85(data)


_A85_BYTES = st.sampled_from(list(range(33, 118)) + [ord(c) for c in "z \t\n\r\x0b\x0cy~"] + [0, 200])


@settings(max_examples=400, deadline=None)
@given(st.lists(_A85_BYTES, max_size=40).map(bytes))
def test_a85decode_matches_base64_on_any_text(data: bytes) -> None:
    assert _ours(data) == _a85(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=60), st.integers(min_value=0, max_value=80))
def test_a85decode_round_trips_and_catches_a_changed_byte(payload: bytes, at: int) -> None:
    encoded = base64.a85encode(payload, wrapcol=20)
    assert _ours(encoded) == ("ok", payload)
    if encoded:
        changed = bytearray(encoded)
        changed[at % len(changed)] = ord("~")
        assert _ours(bytes(changed)) == _a85(bytes(changed))
