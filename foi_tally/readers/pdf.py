"""PDF replies: letters with a text layer, tables over several pages, encrypted files and scans.

pypdfium2 reads every page's text (hundreds of pages a second) and decrypts
files that open with an empty password in memory. pdfplumber's slower table
geometry runs only on pages with ruled lines drawn on them (its line
strategy). Runs of lines that read like rows are borderless tables: their
columns are found here from the white space between pdfium's words, because
pdfplumber's text strategy splits wrapped cells such as "Other sexual offence"
into columns of their own.
A table that runs over a page break, with or without its header repeated, is
stitched back into one table. Pages with no text layer are scans: they are
OCR'd with Tesseract when it is installed, and recorded as needing OCR when
it is not. A damaged file pdfium opens anyway (cut short, a broken stream or
page) is read as far as it goes and listed for review.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers import PARTLY_READ, ocr
from foi_tally.records import Locator, ReadError

#: Path objects on a page before we assume it draws a ruled table.
RULED_PATH_OBJECTS = 4
#: Lines with a date, year or count among other words before a page looks like a borderless table.
ROWLIKE_LINES = 2
#: Fewer letters than this on a page that shows an image: the page is a scan (a stamp or page number aside).
SCAN_MAX_LETTERS = 20
#: Share of the page that images must cover before a page without text counts as a scan (not a blank page
#: with a logo).
SCAN_MIN_COVER = 0.5
#: White space wider than this (points) between words separates the columns of a borderless table.
COLUMN_GAP = 7.0
#: Column edges of two pieces of one table line up within this many points.
EDGE_TOLERANCE = 4.0
#: Lines of running header or footer allowed between a table's end and its continuation on the next page.
RUNNING_LINES = 2

_ROWLIKE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d{2})\b.*\S|\S.*\b(?:19|20)\d{2}\s*\|?\s*\d+\s*$"
)
_TOTAL_LINE = re.compile(r"(?i)\s*(?:grand\s+)?total")
_FPDF_PAGEOBJ_PATH = 2
_FPDF_PAGEOBJ_IMAGE = 3


def read(data: bytes, source: str, fmt: str = "pdf") -> Document:
    pdf = _open(data)
    doc = Document(source=source, format="pdf")
    table_pages: list[_TablePage] = []
    scans: list[int] = []
    unread_scans: list[int] = []
    broken_pages: list[int] = []
    page_count = len(pdf)
    try:
        for index in range(page_count):
            try:
                page = pdf[index]
            except pypdfium2.PdfiumError:
                broken_pages.append(index)  # a damaged page: the others may still be read
                continue
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            numbered = _page_lines(textpage, text)
            lines = [line_text for _, line_text in numbered]
            objects = list(page.get_objects())
            kinds = [obj.type for obj in objects]
            if _few_letters(text) and _image_cover(page, objects) >= SCAN_MIN_COVER:
                scans.append(index)
                ocr_lines = _ocr_page(page, index, doc)
                if ocr_lines is None:
                    unread_scans.append(index)
                else:
                    last = max((n for n, _ in numbered), default=0)
                    numbered += [(last + n, line_text) for n, line_text in enumerate(ocr_lines, start=1)]
            for number, line_text in numbered:
                doc.lines.append(Line(line_text, Locator(source, page=index + 1, line=number)))
            ruled = kinds.count(_FPDF_PAGEOBJ_PATH) >= RULED_PATH_OBJECTS
            rowlike = sum(1 for ln in lines if _is_rowlike(ln))
            if index not in scans and (ruled or rowlike >= ROWLIKE_LINES):
                # Tables are read from pdfium's words and the lines drawn on the page; pdfplumber (some 30 times
                # slower) reads only a ruled page whose lines pdfium's path objects cannot grid.
                words = _words(textpage, text, page.get_height())
                found = _ruled_fast(page, objects, textpage, text) if ruled else None
                if ruled and found is None:
                    words = None
                table_pages.append((index, ruled, words, found))
            textpage.close()
    finally:
        pdf.close()
    if unread_scans:
        pages = _pages(unread_scans)
        if ocr.available():
            doc.warnings.append(f"needs OCR: Tesseract could not read the scanned {pages}")
        else:
            doc.warnings.append(f"{ocr.NEEDS_OCR} to read the scanned {pages} (no text layer)")
    elif scans:
        doc.warnings.append(f"{_pages(scans)} read by OCR from a scan: check the figures against the image")
    if not any(line.text for line in doc.lines) and not scans:
        doc.warnings.append("PDF has no text on any page")
    if table_pages:
        try:
            doc.tables.extend(_tables(data, source, table_pages))
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
            where = _pages([i for i, *_ in table_pages])
            reason = f"{type(exc).__name__}: {exc}"
            doc.warnings.append(f"{PARTLY_READ}: the tables on {where} could not be read ({reason}): "
                                "the PDF is damaged")
    if broken_pages and len(broken_pages) == page_count:
        raise ReadError("PDF is damaged: none of its pages can be loaded")
    if broken_pages:
        doc.warnings.append(f"{PARTLY_READ}: {_pages(broken_pages)} of the PDF cannot be loaded (damaged)")
    damage = _damage(data)
    if damage:
        doc.warnings.append(f"{PARTLY_READ}: {damage}, so text may be missing")
    return doc


@dataclass
class _TextLine:
    number: int  # as pdfium splits the page, counting blank lines, from 1
    text: str
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    size: float = 0.0  # font size of its first character: the unit line spacing is measured in
    segments: int = 1  # runs of text pdfium sees on the line: more than one for table cells or two columns
    rects: tuple[tuple[float, float, float, float], ...] = ()  # those runs: (left, bottom, right, top)
    edge: float | None = None  # the right edge of its column, when known from a two-column run
    offset: int | None = None  # index of its first character in the page's text, for measuring its first word


def _page_lines(textpage: Any, text: str) -> list[tuple[int, str]]:
    """The page's non-blank lines with their numbers; short lines that only wrap a paragraph are joined."""
    lines: list[_TextLine] = []
    offset = 0
    for number, match in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text), start=1):
        raw = match.group().rstrip("\r\n")
        if match.start() >= len(text) and not raw:
            break
        offset = match.start()
        if raw.strip():
            lines.append(_measure(textpage, number, raw, offset))
    return _unwrap(textpage, _split_columns(textpage, lines))


def _measure(textpage: Any, number: int, raw: str, offset: int) -> _TextLine:
    """The line's box, from pdfium's text rectangles (one per run of text; a wide gap starts a new one)."""
    line = _TextLine(number, raw.strip(), offset=offset + len(raw) - len(raw.lstrip()))
    count = textpage.count_rects(offset, len(raw))
    rects = [textpage.get_rect(i) for i in range(count)]  # (left, bottom, right, top)
    if rects:
        line.left = min(r[0] for r in rects)
        line.right = max(r[2] for r in rects)
        line.top = max(r[3] for r in rects)
        line.segments = count
        line.rects = tuple(tuple(r) for r in rects)  # type: ignore[misc]
    if line.offset is not None:
        line.size = pdfium_c.FPDFText_GetFontSize(textpage.raw, line.offset)
    return line


#: Lines in a row that must share a gutter before they are read as two columns of prose.
COLUMN_RUN = 3
#: Words per half-line, on average, for two columns of prose (table cells hold fewer).
COLUMN_WORDS = 3


def _split_columns(textpage: Any, lines: list[_TextLine]) -> list[_TextLine]:
    """Two columns of prose drawn line by line across the page, read one column after the other.

    pdfium gives such a page as lines holding both columns ("Welsh half   English half"); a run of
    lines split by the same gutter, with several words on each side, is cut at the gutter and its left
    halves are read before its right halves. Table rows (short cells) are left as they are.
    """
    out: list[_TextLine] = []
    i = 0
    while i < len(lines):
        gutter = _gutter(lines[i])
        j = i
        while gutter is not None and j + 1 < len(lines) and _in_run(lines[j], lines[j + 1], gutter):
            j += 1
        run = lines[i : j + 1]
        halves = [_halves(textpage, line, gutter) for line in run] if gutter is not None else []
        paired = [(a, b) for a, b in halves if a is not None and b is not None]
        if len(run) >= COLUMN_RUN and len(paired) >= 2 and _wordy(paired):
            for column in ([a for a, _ in halves if a is not None], [b for _, b in halves if b is not None]):
                edge = max(half.right for half in column)
                out += [replace(half, edge=edge) for half in column]
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _gutter(line: _TextLine) -> float | None:
    """Where the second of two runs on a line starts, if the line has exactly two."""
    return line.rects[1][0] if line.segments == 2 and len(line.rects) == 2 else None


def _in_run(prev: _TextLine, line: _TextLine, gutter: float) -> bool:
    """`line` continues a two-column run: just below, split at the same gutter or wholly on one side."""
    if not _next_line(prev, line):
        return False
    own = _gutter(line)
    if own is not None:
        return abs(own - gutter) <= EDGE_TOLERANCE
    return line.segments == 1 and (line.right < gutter - EDGE_TOLERANCE or line.left >= gutter - EDGE_TOLERANCE)


def _halves(textpage: Any, line: _TextLine, gutter: float) -> tuple[_TextLine | None, _TextLine | None]:
    left = _part(textpage, line, [r for r in line.rects if r[2] < gutter - EDGE_TOLERANCE])
    right = _part(textpage, line, [r for r in line.rects if r[0] >= gutter - EDGE_TOLERANCE])
    if left is not None:
        left.offset = line.offset
    if right is not None and line.offset is not None:
        # pdfium's text holds the left half, a space, then the right half.
        at = line.text.find(right.text.split()[0], len(left.text) if left is not None else 0)
        right.offset = line.offset + at if at >= 0 else None
    return left, right


def _part(textpage: Any, line: _TextLine, rects: list[tuple[float, float, float, float]]) -> _TextLine | None:
    text = " ".join(textpage.get_text_bounded(*r).strip() for r in rects).strip()
    if not text:
        return None
    return _TextLine(
        line.number, " ".join(text.split()), left=min(r[0] for r in rects), right=max(r[2] for r in rects),
        top=max(r[3] for r in rects), size=line.size, segments=1, rects=tuple(rects),
    )


def _wordy(paired: list[tuple[_TextLine, _TextLine]]) -> bool:
    words = [len(half.text.split()) for pair in paired for half in pair]
    return sum(words) / len(words) >= COLUMN_WORDS


#: Lines longer than this are read as wrapped prose anyway (layouts.common.join_lines): left alone.
SHORT_LINE = 60
#: The next line of a paragraph sits at most this many font sizes lower (a new paragraph sits further).
LINE_STEP = 1.6
_LIST_START = re.compile(r"^(?:[\u2022\u25cf\u25aa\u2013*-]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")


def _unwrap(textpage: Any, lines: list[_TextLine]) -> list[tuple[int, str]]:
    """Join a short line to the next when it only wraps a paragraph in a narrow column.

    Side-by-side bilingual letters set each language in a half-width column, so every line is short
    and would otherwise read as a list item ("1 in October" / "2010 and 2 in 2014"). A line wraps when
    the next line sits just below it at the same left edge and its first word would not have fitted
    before the column's right edge.
    """
    out: list[tuple[int, str]] = []
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else None
        # The column's edge is costly to find (a pass over the page): only asked for when the rest fits.
        if (
            prev is not None
            and _may_wrap(prev, line)
            and _wraps_into(textpage, prev, line, prev.edge or _column_edge(lines, prev))
        ):
            number, text = out[-1]
            out[-1] = (number, f"{text} {line.text}")
        else:
            out.append((line.number, line.text))
    return out


#: Lines that must reach the column's right edge (within this share of its width) before it counts as a
#: column of text: one long signature line does not make a column, a wrapped paragraph does.
EDGE_SLACK = 0.15
EDGE_LINES = 3


def _column_edge(lines: list[_TextLine], line: _TextLine) -> float | None:
    """The right edge of the text column `line` starts in, or None when no column of text is evident.

    Lines of several runs (table cells, two columns on one baseline) say nothing of a column's edge.
    A list has an edge too (its longest item), so a column must also hold the end of a sentence.
    """
    group = [c for c in lines if c.segments == 1 and abs(c.left - line.left) <= EDGE_TOLERANCE]
    if not group or not any(_SENTENCE_STOP.search(c.text) for c in group):
        return None  # no sentence ends anywhere in it: a list or an address block, not running text
    edge = max(c.right for c in group)
    near = sum(1 for c in group if c.right >= edge - EDGE_SLACK * (edge - line.left))
    return edge if near >= EDGE_LINES else None


_SENTENCE_STOP = re.compile(r"[a-z)][.!?](?:\s|$)")


# "2006 - 1", "Sept 2004: 2": items of a list by date, each complete on its own line.
_DATE_COUNT_ITEM = re.compile(r"^\W*(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d{2}\s*[-\u2013:=]\s*\d{1,4}\W*$")


def _may_wrap(prev: _TextLine, line: _TextLine) -> bool:
    """The tests of _wraps_into that need no column edge."""
    if len(prev.text) > SHORT_LINE or re.search(r"[.!?:;]$", prev.text) or _LIST_START.match(line.text):
        return False
    if prev.segments > 1 or line.segments > 1:  # a table row, or two columns on one baseline
        return False
    if _DATE_COUNT_ITEM.match(prev.text) or _DATE_COUNT_ITEM.match(line.text):
        return False
    return abs(prev.left - line.left) <= EDGE_TOLERANCE and _next_line(prev, line)


def _wraps_into(textpage: Any, prev: _TextLine, line: _TextLine, edge: float | None) -> bool:
    """Whether `line` carries on `prev`'s sentence (see _may_wrap): `prev`'s next word would not have fitted
    before the column's edge."""
    if edge is None:
        return False
    char_width = (prev.right - prev.left) / max(1, len(prev.text))
    return prev.right + char_width / 2 + _first_word_width(textpage, line, char_width) > edge


def _next_line(prev: _TextLine, line: _TextLine) -> bool:
    """Whether `line` sits one line below `prev` (a new paragraph sits further down)."""
    step = prev.top - line.top  # tops line up better than bottoms, which drop for descenders
    return 0 < step <= LINE_STEP * max(prev.size, line.size, 1.0)


def _first_word_width(textpage: Any, line: _TextLine, char_width: float) -> float:
    """How wide the line's first word is on the page (estimated from `char_width` when it can't be measured)."""
    word = line.text.split()[0]
    if line.offset is None:
        return char_width * len(word)
    boxes = [textpage.get_charbox(line.offset + i) for i in range(len(word))]
    return max(b[2] for b in boxes) - min(b[0] for b in boxes)


def _open(data: bytes) -> Any:
    """The pdfium document; an empty user password is tried first, which decrypts 'open' encrypted PDFs."""

    try:
        return pypdfium2.PdfDocument(data, password="")
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadError("PDF is protected by a password; ask the force for an unlocked copy") from None
        raise ReadError(f"PDF is damaged or truncated ({exc})") from None


def _image_cover(page: Any, objects: list[Any]) -> float:
    """The share of the page's area covered by images (overlaps counted twice; capped at 1)."""
    width, height = page.get_size()
    area = 0.0
    for obj in objects:
        if obj.type == _FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            area += max(0.0, right - left) * max(0.0, top - bottom)
    return min(1.0, area / (width * height)) if width and height else 0.0


def _ocr_page(page: Any, index: int, doc: Document) -> list[str] | None:
    """The page's text read by Tesseract, or None when it cannot be (not installed, or it failed)."""
    if not ocr.available():
        return None
    image = page.render(scale=ocr.DPI / 72, grayscale=True).to_pil()
    try:
        lines = ocr.image_lines(image)
    except ocr.OcrError as exc:
        doc.warnings.append(f"page {index + 1}: {exc}")
        return None
    doc.ocr = True
    return lines


def _few_letters(text: str) -> bool:
    """Fewer than SCAN_MAX_LETTERS letters in the text (counting stops there: most pages have thousands)."""
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if letters >= SCAN_MAX_LETTERS:
                return False
    return True


def _pages(indexes: list[int]) -> str:
    numbers = [str(i + 1) for i in indexes]
    return f"page {numbers[0]}" if len(numbers) == 1 else "pages " + ", ".join(numbers)


#: Every match of _ROWLIKE holds a year (19xx, 20xx) or a digit, a date separator and a digit: lines without
#: one skip its costly backtracking.
_ROWLIKE_CUE = re.compile(r"19|20|\d[/.-]\d")


def _is_rowlike(text: str) -> bool:
    return not text.endswith(".") and bool(_ROWLIKE_CUE.search(text)) and bool(_ROWLIKE.search(text))


# ---------------------------------------------------------------------------------------------------------
# Tables


@dataclass
class _Piece:
    """A table as found on one page, with the geometry needed to join it to its continuation."""

    page: int  # 0-based
    number: int  # its order on the page, from 1
    rows: list[list[str]]
    top: float
    bottom: float
    edges: list[float]  # x of each column's left edge, then the right edge of the last column
    lines_above: int  # text lines on the page above the table
    lines_below: int  # text lines on the page below it
    last_on_page: bool = False


_Found = list[tuple[list[list[str]], float, float, list[float]]]
_TablePage = tuple[int, bool, list[dict[str, Any]] | None, _Found | None]


def _tables(data: bytes, source: str, pages: list[_TablePage]) -> list[Table]:
    """Tables on the given pages: (index, ruled, its words from pdfium or None to measure in pdfplumber, its
    ruled tables when pdfium's lines gave them)."""
    pieces: list[_Piece] = []
    plumber = None
    try:
        for index, ruled, words, ready in pages:
            if words is None:
                if plumber is None:
                    from io import BytesIO

                    import pdfplumber

                    plumber = pdfplumber.open(BytesIO(data), password="")
                page = plumber.pages[index]
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows = _word_lines(words)
            found = ready if ready is not None else _ruled(page) if ruled else _borderless(rows)
            found.sort(key=lambda item: item[1])
            for number, (raw, top, bottom, edges) in enumerate(found, start=1):
                above = sum(1 for line in rows if line[-1]["bottom"] <= top + 1)
                below = sum(1 for line in rows if line[0]["top"] >= bottom - 1)
                pieces.append(_Piece(index, number, raw, top, bottom, edges, above, below))
            if found:
                pieces[-1].last_on_page = True
    finally:
        if plumber is not None:
            plumber.close()
    tables = []
    for group in _stitch(pieces):
        table = _table(group, source)
        if table is not None:
            tables.append(table)
    return tables


def _ruled(page: Any) -> list[tuple[list[list[str]], float, float, list[float]]]:
    found = []
    for table in page.find_tables():
        raw = [[(v or "").replace("\n", " ").strip() for v in row] for row in table.extract()]
        columns = table.columns
        edges = [c.bbox[0] for c in columns] + [columns[-1].bbox[2]] if columns else []
        found.append((raw, table.bbox[1], table.bbox[3], edges))
    return found


# Ruled tables from pdfium's path objects: the lattice pdfplumber's "lines" strategy builds (the same
# tolerances and the same steps: snap, join, intersect, smallest cells, groups of touching cells), on the
# lines and rectangles pdfium reads in a fraction of the time. A page with anything else drawn on it
# (curves, slanted lines, form objects, an offset or rotated page) is left to pdfplumber.

#: pdfplumber's defaults: lines this close are snapped / joined / meet; shorter edges are dropped.
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
INTERSECTION_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
#: Characters closer than this (points) on one line, or whose tops differ by no more, are one word / line.
CELL_TEXT_TOLERANCE = 3.0
_FPDF_PAGEOBJ_FORM = 5
_FPDF_SEGMENT_LINETO = 0
_FPDF_SEGMENT_MOVETO = 2

#: An edge: (orientation "h" or "v", x0, top, x1, bottom), y measured down from the top of the page.
_Edge = tuple[str, float, float, float, float]


def _ruled_fast(page: Any, objects: list[Any], textpage: Any, text: str) -> _Found | None:
    """The page's ruled tables as _ruled gives them, or None when the lines drawn need pdfplumber."""
    edges = _path_edges(page, objects)
    if edges is None:
        return None
    cells = _lattice_cells(edges)
    tables = _cell_groups(cells)
    if not tables:
        return None  # pdfplumber has the last word on a page that looked ruled but gives no grid here
    height = page.get_height()
    chars = _chars(textpage, text, height)
    # By vertical centre, so each row takes its band of characters without a pass over the page.
    by_middle = sorted(range(len(chars)), key=lambda k: (chars[k][2] + chars[k][4]) / 2)
    middles = [(chars[k][2] + chars[k][4]) / 2 for k in by_middle]
    found: _Found = []
    for group in tables:
        rows = _grid(group, 0, 1)
        columns = _grid(group, 1, 0)
        raw = []
        for row in rows:
            present = [c for c in row if c is not None]
            box = (min(c[0] for c in present), min(c[1] for c in present),
                   max(c[2] for c in present), max(c[3] for c in present))
            band = sorted(by_middle[bisect.bisect_left(middles, box[1]) : bisect.bisect_left(middles, box[3])])
            in_row = [chars[k] for k in band if _inside(chars[k], box)]
            raw.append(["" if c is None else _cell_text([ch for ch in in_row if _inside(ch, c)]) for c in row])
        bbox = (min(c[0] for c in group), min(c[1] for c in group),
                max(c[2] for c in group), max(c[3] for c in group))
        col_boxes = [(min(c[0] for c in col if c), max(c[2] for c in col if c)) for col in columns]
        edges_x = [left for left, _ in col_boxes] + [col_boxes[-1][1]] if col_boxes else []
        found.append((raw, bbox[1], bbox[3], edges_x))
    return found


def _path_edges(page: Any, objects: list[Any]) -> list[_Edge] | None:
    """Horizontal and vertical edges of the page's straight lines and rectangles; None for anything else."""
    import ctypes

    if page.get_rotation() or tuple(page.get_mediabox()) != (0, 0, *page.get_size()):
        return None
    height = page.get_height()
    edges: list[_Edge] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in objects:
        if obj.type == _FPDF_PAGEOBJ_FORM or obj.level > 0:
            return None
        if obj.type != _FPDF_PAGEOBJ_PATH:
            continue
        a, b, c, d, e, f = obj.get_matrix().get()
        points = []
        closed = False
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind not in (_FPDF_SEGMENT_LINETO, _FPDF_SEGMENT_MOVETO) or (kind == _FPDF_SEGMENT_MOVETO and i):
                return None  # a curve, or several subpaths in one object
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            points.append((a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f)))
            closed = closed or bool(pdfium_c.FPDFPathSegment_GetClose(segment))
        if closed and points[0] != points[-1]:
            points.append(points[0])
        if len(points) == 2:
            sides = [(points[0], points[1])]
        elif len(points) == 5 and points[0] == points[4] and _is_box(points):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
            sides = [((left, top), (right, top)), ((left, bottom), (right, bottom)),
                     ((left, top), (left, bottom)), ((right, top), (right, bottom))]
        else:
            return None
        for (x0, y0), (x1, y1) in sides:
            if y0 == y1:
                edges.append(("h", min(x0, x1), y0, max(x0, x1), y0))
            elif x0 == x1:
                edges.append(("v", x0, min(y0, y1), x0, max(y0, y1)))
            else:
                return None  # a slanted line
    return edges


def _is_box(points: list[tuple[float, float]]) -> bool:
    """Four sides that alternate horizontal and vertical: an upright rectangle."""
    sides = list(itertools.pairwise(points))
    flat = [p[1] == q[1] and p[0] != q[0] for p, q in sides]
    upright = [p[0] == q[0] and p[1] != q[1] for p, q in sides]
    return all(f or u for f, u in zip(flat, upright)) and (flat == [True, False] * 2 or upright == [True, False] * 2)


def _snap(values: list[float], tolerance: float) -> dict[float, float]:
    """Each value -> the mean of its cluster (values in a chain no further apart than `tolerance`), the mean
    weighted by how many edges sit at each value."""
    out: dict[float, float] = {}
    counts: dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    cluster: list[float] = []
    for v in sorted(counts):
        if cluster and v > cluster[-1] + tolerance:
            mean = sum(u * counts[u] for u in cluster) / sum(counts[u] for u in cluster)
            out.update((u, mean) for u in cluster)
            cluster = []
        cluster.append(v)
    if cluster:
        mean = sum(u * counts[u] for u in cluster) / sum(counts[u] for u in cluster)
        out.update((u, mean) for u in cluster)
    return out


def _merge(edges: list[_Edge]) -> list[_Edge]:
    """Edges snapped to shared lines, touching pieces of one line joined, short ones dropped."""
    edges = [e for e in edges if (e[3] - e[1] if e[0] == "h" else e[4] - e[2]) >= 1]
    v_at = _snap([e[1] for e in edges if e[0] == "v"], SNAP_TOLERANCE)
    h_at = _snap([e[2] for e in edges if e[0] == "h"], SNAP_TOLERANCE)
    lines: dict[tuple[str, float], list[tuple[float, float]]] = {}
    for kind, x0, top, x1, bottom in edges:
        if kind == "v":
            lines.setdefault(("v", v_at[x0]), []).append((top, bottom))
        else:
            lines.setdefault(("h", h_at[top]), []).append((x0, x1))
    merged: list[_Edge] = []
    for (kind, at), spans in sorted(lines.items()):
        joined: list[list[float]] = []
        for start, end in sorted(spans, key=lambda s: s[0]):
            if joined and start <= joined[-1][1] + JOIN_TOLERANCE:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        for start, end in joined:
            if end - start >= EDGE_MIN_LENGTH:
                merged.append(("v", at, start, at, end) if kind == "v" else ("h", start, at, end, at))
    return merged


def _lattice_cells(edges: list[_Edge]) -> list[tuple[float, float, float, float]]:
    """The smallest boxes whose four corners are crossings joined by edges, from each crossing."""
    merged = _merge(edges)
    vs = sorted((e for e in merged if e[0] == "v"), key=lambda e: (e[1], e[2]))
    hs = sorted((e for e in merged if e[0] == "h"), key=lambda e: (e[2], e[1]))
    tol = INTERSECTION_TOLERANCE
    meets: dict[tuple[float, float], tuple[set[_Edge], set[_Edge]]] = {}
    for v in vs:
        for h in hs:
            if v[2] <= h[2] + tol and v[4] >= h[2] - tol and h[1] - tol <= v[1] <= h[3] + tol:
                at = meets.setdefault((v[1], h[2]), (set(), set()))
                at[0].add(v)
                at[1].add(h)

    def joined(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return (p[0] == q[0] and bool(meets[p][0] & meets[q][0])) or (
            p[1] == q[1] and bool(meets[p][1] & meets[q][1])
        )

    points = sorted(meets)
    cells = []
    for i, pt in enumerate(points):
        rest = points[i + 1 :]
        below = [q for q in rest if q[0] == pt[0]]
        right = [q for q in rest if q[1] == pt[1]]
        cell = None
        for down in below:
            if not joined(pt, down):
                continue
            for across in right:
                if not joined(pt, across):
                    continue
                corner = (across[0], down[1])
                if corner in meets and joined(corner, across) and joined(corner, down):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _cell_groups(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells grouped into tables (cells sharing a corner), top to bottom; lone cells are no table."""
    remaining = list(cells)
    corners: set[tuple[float, float]] = set()
    current: list[tuple[float, float, float, float]] = []
    tables = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            own = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in own):
                corners.update(own)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def _grid(cells: list[tuple[float, float, float, float]], axis: int, anti: int) -> list[list[Any]]:
    """Rows (axis 0: cells grouped by top, placed by x0) or columns (axis 1) of a table, None where no cell."""
    keys = sorted({c[axis] for c in cells})
    out: list[list[Any]] = []
    for cell in sorted(cells, key=lambda c: (c[anti], c[axis])):
        if not out or out[-1][0] != cell[anti]:
            out.append([cell[anti], {}])
        out[-1][1][cell[axis]] = cell
    return [[by.get(k) for k in keys] for _, by in out]


def _chars(textpage: Any, text: str, height: float) -> list[tuple[str, float, float, float, float]]:
    """The page's characters: (text, x0, top, x1, bottom) from pdfium's loose boxes; pdfium's own line
    breaks and the spaces it makes up between runs are left out."""
    chars = []
    for i, ch in enumerate(text):
        if ch in "\r\n" or pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1:
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        chars.append((ch, left, height - top, right, height - bottom))
    return chars


def _inside(ch: tuple[str, float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """A character belongs to the box its centre is in (as pdfplumber's table.extract decides)."""
    h_mid, v_mid = (ch[1] + ch[3]) / 2, (ch[2] + ch[4]) / 2
    return box[0] <= h_mid < box[2] and box[1] <= v_mid < box[3]


def _cell_text(chars: list[tuple[str, float, float, float, float]]) -> str:
    """A cell's words, line by line, left to right, one space apart."""
    tops = _snap([c[2] for c in chars], CELL_TEXT_TOLERANCE)
    lines: dict[float, list[tuple[str, float, float, float, float]]] = {}
    for ch in chars:
        lines.setdefault(tops[ch[2]], []).append(ch)
    words: list[str] = []
    for _, line in sorted(lines.items()):
        word = ""
        last_x1 = None
        for ch in sorted(line, key=lambda c: c[1]):
            if ch[0].isspace():
                if word:
                    words.append(word)
                word, last_x1 = "", None
                continue
            if word and last_x1 is not None and ch[1] > last_x1 + CELL_TEXT_TOLERANCE:
                words.append(word)
                word = ""
            word += ch[0]
            last_x1 = ch[3]
        if word:
            words.append(word)
    return " ".join(words)


#: Characters closer than this (points) on one line belong to one word (pdfplumber's x_tolerance).
WORD_GAP = 3.0


def _words(textpage: Any, text: str, height: float) -> list[dict[str, Any]]:
    """The page's words with their boxes, as pdfplumber's extract_words gives them (x0, x1, top, bottom from
    the top of the page), read from pdfium's characters: split at white space and at gaps over WORD_GAP."""
    words: list[dict[str, Any]] = []
    word: dict[str, Any] | None = None
    for i, ch in enumerate(text):
        if ch.isspace():
            word = None
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        top, bottom = height - top, height - bottom
        same_line = word is not None and abs(top - word["top"]) <= 3
        if word is not None and same_line and -0.5 <= left - word["x0"] and left - word["x1"] <= WORD_GAP:
            word["text"] += ch
            word["x1"] = max(word["x1"], right)
            word["top"], word["bottom"] = min(word["top"], top), max(word["bottom"], bottom)
        else:
            word = {"text": ch, "x0": left, "x1": right, "top": top, "bottom": bottom}
            words.append(word)
    return words


def _word_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into visual lines (same baseline within 2 points), each sorted left to right."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_text(line: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in line)


def _borderless(lines: list[list[dict[str, Any]]]) -> list[tuple[list[list[str]], float, float, list[float]]]:
    """Tables without rules: runs of row-like lines, with the header line above and a total line below.

    Columns are the x-ranges that body words occupy, split where every row leaves a gap wider than
    COLUMN_GAP. A line with nothing in the first column continues the row above (a wrapped cell).
    """
    found = []
    i = 0
    while i < len(lines):
        if not _is_rowlike(_line_text(lines[i])):
            i += 1
            continue
        left = lines[i][0]["x0"]
        j = i
        while j + 1 < len(lines) and _adjacent(lines[j], lines[j + 1]):
            text = _line_text(lines[j + 1])
            continuation = lines[j + 1][0]["x0"] > left + COLUMN_GAP and not text.endswith(".")
            if not (_is_rowlike(text) or continuation):
                break
            j += 1
        header = i > 0 and _adjacent(lines[i - 1], lines[i]) and not re.search(r"[.:;]$", _line_text(lines[i - 1]))
        total = j + 1 < len(lines) and _adjacent(lines[j], lines[j + 1]) and _TOTAL_LINE.match(_line_text(lines[j + 1]))
        first = i - 1 if header else i
        last = j + 1 if total else j
        body = [w for line in lines[i : j + 1] for w in line]
        edges = _column_edges(body)
        if last > first and len(edges) >= 3:
            raw: list[list[str]] = []
            for k in range(first, last + 1):
                cells = _cells(lines[k], edges)
                if raw and k > i and k <= j and not cells[0] and not _is_rowlike(_line_text(lines[k])):
                    raw[-1] = [" ".join(filter(None, (a, b))) for a, b in zip(raw[-1], cells)]
                else:
                    raw.append(cells)
            found.append((raw, lines[first][0]["top"], max(w["bottom"] for w in lines[last]), edges))
        i = j + 1
    return found


def _adjacent(line: list[dict[str, Any]], below: list[dict[str, Any]]) -> bool:
    """Whether `below` is the next line of the same block, not a footer further down the page."""
    height = max(w["bottom"] - w["top"] for w in line)
    gap = min(w["top"] for w in below) - max(w["bottom"] for w in line)
    return gap <= 1.5 * height


def _column_edges(words: list[dict[str, Any]]) -> list[float]:
    """Left edge of each column and the right edge of the last, from the white space between words."""
    spans = sorted((w["x0"], w["x1"]) for w in words)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + COLUMN_GAP:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    if not columns:
        return []
    return [c[0] for c in columns] + [columns[-1][1]]


def _cells(line: list[dict[str, Any]], edges: list[float]) -> list[str]:
    """The line's words put in the column whose left edge is the last one at or before the word."""
    cells: list[list[str]] = [[] for _ in edges[:-1]]
    for word in line:
        column = 0
        for c, x in enumerate(edges[:-1]):
            if word["x0"] >= x - COLUMN_GAP / 2:
                column = c
        cells[column].append(word["text"])
    return [" ".join(words) for words in cells]


def _stitch(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces of one table split by page breaks, joined; every other piece stands alone."""
    groups: list[list[_Piece]] = []
    for piece in pieces:
        if groups and _continues(groups[-1][-1], piece, groups[-1][0].rows[0]):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _continues(prev: _Piece, piece: _Piece, header: list[str]) -> bool:
    """Whether `piece` carries on the table `prev` broke off: next page, nothing but page furniture between,
    and the same columns (or the same header repeated)."""
    if piece.page != prev.page + 1 or piece.number != 1 or not prev.last_on_page:
        return False
    if prev.lines_below > RUNNING_LINES or piece.lines_above > RUNNING_LINES:
        return False
    if len(piece.rows[0]) != len(header):
        return False
    if _same_row(piece.rows[0], header):
        return True
    return len(piece.edges) == len(prev.edges) and all(
        abs(a - b) <= EDGE_TOLERANCE for a, b in zip(piece.edges, prev.edges)
    )


def _same_row(a: list[str], b: list[str]) -> bool:
    def norm(values: list[str]) -> list[str]:
        return [" ".join(v.lower().split()) for v in values]

    return norm(a) == norm(b)


def _table(group: list[_Piece], source: str) -> Table | None:
    """One document Table from a piece and its continuations; repeated header rows are dropped."""
    header = group[0].rows[0]
    rows = []
    for n, piece in enumerate(group):
        for row_number, values in enumerate(piece.rows, start=1):
            if not any(values):
                continue
            if n > 0 and row_number == 1 and _same_row(values, header):
                continue  # the header printed again at the top of a continuation page
            rows.append(
                tuple(
                    Cell(v or None, Locator(source, page=piece.page + 1, row=row_number, column=_column(c)))
                    for c, v in enumerate(values)
                )
            )
    if len(rows) < 2:
        return None
    first = group[0]
    title = f"page {first.page + 1} table {first.number}"
    if len(group) > 1:
        title += f", continued on {_pages([p.page for p in group[1:]])}"
    return Table(tuple(rows), Locator(source, page=first.page + 1), title=title)


def _column(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


# ---------------------------------------------------------------------------------------------------------
# Damage that pdfium reads past without a word


_STREAM_START = re.compile(rb">>\s*stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_CHECKED_FILTERS = {b"FlateDecode": "flate", b"Fl": "flate", b"ASCII85Decode": "a85", b"A85": "a85",
                    b"ASCIIHexDecode": "hex", b"AHx": "hex"}


def _damage(data: bytes) -> str | None:
    """What is wrong with a PDF that pdfium opened anyway, or None.

    pdfium rebuilds a cut-off file from what is left and decodes a damaged compressed stream up to the
    damage, so a table can lose its last rows with no error: a file that does not end with its %%EOF
    marker was cut short, and a text stream that does not inflate is damaged. (Encrypted files' streams
    cannot be checked without decrypting them, and are not.)
    """
    if b"%%EOF" not in data[-2048:]:
        return "the PDF ends without its end-of-file marker (cut short?)"
    if b"/Encrypt" in data:
        return None
    broken = 0
    for match in _STREAM_START.finditer(data):
        start = data.rfind(b"<<", max(0, match.start() - 4096), match.start())
        found = _FILTER.search(data, start, match.start()) if start >= 0 else None
        if found is None or b"/Image" in data[start : match.start()]:
            continue  # unfiltered, or a picture: damage there loses no text
        filters = re.findall(rb"/([A-Za-z0-9]+)", found.group(1))
        if not filters or any(f not in _CHECKED_FILTERS for f in filters):
            continue  # images (DCT, JBIG2...) and anything exotic: not ours to check
        end = data.find(b"endstream", match.end())
        if end < 0 or not _decodes(data[match.end() : end], [_CHECKED_FILTERS[f] for f in filters]):
            broken += 1
    return f"{broken} compressed part(s) of the PDF are damaged" if broken else None


def _decodes(raw: bytes, filters: list[str]) -> bool:
    """Whether a stream's bytes get through its filters (inflated output is checked, then thrown away)."""
    import base64
    import binascii
    import zlib

    for kind in filters:
        try:
            if kind == "a85":
                body = raw.strip()
                raw = base64.a85decode(body[: body.rfind(b"~>")] if b"~>" in body else body)
            elif kind == "hex":
                raw = binascii.unhexlify(re.sub(rb"\s+", b"", raw).split(b">")[0].ljust(2, b"0"))
            else:
                inflater = zlib.decompressobj()
                raw = inflater.decompress(raw, 64 << 20)  # a bomb inside a PDF stops here
        except (ValueError, binascii.Error, zlib.error):
            return False
    return True

