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
            letters = sum(ch.isalpha() for ch in text)
            if letters < SCAN_MAX_LETTERS and _image_cover(page, objects) >= SCAN_MIN_COVER:
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
                # A borderless table needs only word positions, which pdfium gives: pdfplumber (some 30 times
                # slower) reads only ruled pages, for the lines drawn on them.
                words = None if ruled else _words(textpage, text, page.get_height())
                table_pages.append((index, ruled, words))
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
        edge = prev.edge or _column_edge(lines, prev) if prev is not None else None
        if prev is not None and edge is not None and _wraps_into(textpage, prev, line, edge):
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


def _wraps_into(textpage: Any, prev: _TextLine, line: _TextLine, edge: float) -> bool:
    if len(prev.text) > SHORT_LINE or re.search(r"[.!?:;]$", prev.text) or _LIST_START.match(line.text):
        return False
    if prev.segments > 1 or line.segments > 1:  # a table row, or two columns on one baseline
        return False
    if _DATE_COUNT_ITEM.match(prev.text) or _DATE_COUNT_ITEM.match(line.text):
        return False
    if abs(prev.left - line.left) > EDGE_TOLERANCE or not _next_line(prev, line):
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


def _pages(indexes: list[int]) -> str:
    numbers = [str(i + 1) for i in indexes]
    return f"page {numbers[0]}" if len(numbers) == 1 else "pages " + ", ".join(numbers)


def _is_rowlike(text: str) -> bool:
    return bool(_ROWLIKE.search(text)) and not text.endswith(".")


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


_TablePage = tuple[int, bool, list[dict[str, Any]] | None]


def _tables(data: bytes, source: str, pages: list[_TablePage]) -> list[Table]:
    """Tables on the given pages: (index, ruled, its words from pdfium or None to measure in pdfplumber)."""
    pieces: list[_Piece] = []
    plumber = None
    try:
        for index, ruled, words in pages:
            if words is None:
                if plumber is None:
                    from io import BytesIO

                    import pdfplumber

                    plumber = pdfplumber.open(BytesIO(data), password="")
                page = plumber.pages[index]
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows = _word_lines(words)
            found = _ruled(page) if ruled else _borderless(rows)
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

