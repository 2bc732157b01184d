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
import ctypes
import functools
import itertools
import math
import operator
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import pypdfium2
import pypdfium2.raw as pdfium_c

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.numbers import TENS_WORDS
from foi_tally.readers import PARTLY_READ, ocr
from foi_tally.readers.marks import NOTE_SIGNS, unglue_superscripts
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

#: A month and a two-digit year as spreadsheets print them: "Jan-08", "Sep/12".
_MONTH_YY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}[-/]\d{2}"
_ROWLIKE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d{2}|" + _MONTH_YY + r")\b.*\S"
    r"|\S.*\b(?:19|20)\d{2}\s*\|?\s*\d+\s*$"
    # ("UK001 Dec 2018", "K7 14/03/2016": a row whose last cell is its date)
    r"|^\S+\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[a-z]{3,9}\.?\s+(?:19|20)\d{2}|" + _MONTH_YY + r")\s*$",
    re.IGNORECASE,
)
_TOTAL_LINE = re.compile(r"(?i)\s*(?:grand\s+)?total")
_FPDF_PAGEOBJ_PATH = 2
_FPDF_PAGEOBJ_IMAGE = 3


def _bare(function: Any) -> Any:
    """A pypdfium2.raw function without its declared argument types, for calls made once per character or
    line.

    ctypes then passes Python ints as C ints and ctypes pointers (byref) as they are instead of converting
    each argument through its declared type, which halves the cost of a call. Only for functions whose
    parameters are all C ints and pointers (not longs, floats or doubles); the result is converted as
    declared, and the function pointer keeps its library's calling convention (the binding's own class).
    Should a later pypdfium2 bind its functions some other way, the declared function is used as it is
    (it takes the same arguments, converting them).
    """
    try:
        bare = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
        bare.restype = function.restype
    except (TypeError, AttributeError, ctypes.ArgumentError):
        return function
    return bare


_LOOSE_CHAR_BOX = _bare(pdfium_c.FPDFText_GetLooseCharBox)  # (textpage, index, FS_RECTF*) -> ok
_CHAR_BOX = _bare(pdfium_c.FPDFText_GetCharBox)  # (textpage, index, double* left, right, bottom, top) -> ok
_IS_GENERATED = _bare(pdfium_c.FPDFText_IsGenerated)  # (textpage, index) -> 1, 0 or -1
_COUNT_RECTS = _bare(pdfium_c.FPDFText_CountRects)  # (textpage, start, count) -> rectangles or -1
_GET_RECT = _bare(pdfium_c.FPDFText_GetRect)  # (textpage, index, double* left, top, right, bottom) -> ok
_FONT_SIZE = _bare(pdfium_c.FPDFText_GetFontSize)  # (textpage, index) -> double
# A ruled page draws hundreds of lines: its objects and their path segments are read the same way.
_COUNT_OBJECTS = _bare(pdfium_c.FPDFPage_CountObjects)  # (page) -> count or -1
_GET_OBJECT = _bare(pdfium_c.FPDFPage_GetObject)  # (page, index) -> object or NULL
_COUNT_FORM_OBJECTS = _bare(pdfium_c.FPDFFormObj_CountObjects)  # (form object) -> count or -1
_OBJECT_TYPE = _bare(pdfium_c.FPDFPageObj_GetType)  # (object) -> FPDF_PAGEOBJ_*
_OBJECT_MATRIX = _bare(pdfium_c.FPDFPageObj_GetMatrix)  # (object, FS_MATRIX*) -> ok
_COUNT_SEGMENTS = _bare(pdfium_c.FPDFPath_CountSegments)  # (path object) -> count or -1
_GET_SEGMENT = _bare(pdfium_c.FPDFPath_GetPathSegment)  # (path object, index) -> segment or NULL
_SEGMENT_TYPE = _bare(pdfium_c.FPDFPathSegment_GetType)  # (segment) -> FPDF_SEGMENT_*
_SEGMENT_POINT = _bare(pdfium_c.FPDFPathSegment_GetPoint)  # (segment, float* x, float* y) -> ok
_SEGMENT_CLOSES = _bare(pdfium_c.FPDFPathSegment_GetClose)  # (segment) -> closes the subpath
_RECT_FIELDS = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom as C floats


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
            marks: list[int] = []
            numbered = _page_lines(textpage, text, marks, rotated=bool(page.get_rotation()))
            lines = [line_text for _, line_text in numbered]
            objects = _page_objects(page)
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
            # Lines are tested for rows only where no rules decide it already (the test is costly).
            if index not in scans and (ruled or sum(1 for ln in lines if _is_rowlike(ln)) >= ROWLIKE_LINES):
                # Tables are read from pdfium's words and the lines drawn on the page; pdfplumber (some 30 times
                # slower) reads only a ruled page whose lines pdfium's path objects cannot grid.
                if marks:  # footnote marks are blanked out of the cells too (same length: indexes hold)
                    cells_text = list(text)
                    for i in marks:
                        cells_text[i] = " "
                    text = "".join(cells_text)
                boxes = _CharBoxes(textpage, text, page.get_height())
                words = _words(text, boxes)
                found = _ruled_fast(page, objects, textpage, text, boxes) if ruled else None
                if ruled and found is None:
                    words = None
                table_pages.append((index, ruled, words, found, bool(marks)))
            textpage.close()
    finally:
        pdf.close()
    if page_count > 1:
        doc.lines = _furniture_last(doc.lines)
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


#: Lines at a page's top or bottom that may be a running header or footer.
FURNITURE_LINES = 3
_FURNITURE = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b|\(continued\)|\bcontinued\s*$", re.IGNORECASE)


def _furniture_last(lines: list[Line]) -> list[Line]:
    """The lines with each page's running header and footer moved after the last page, so a sentence that runs
    from one page onto the next is read whole ("... wanted because their whereabouts are unknown was" and, over
    the page, "nine (9)"), never with a footer's "Tel: 101" in between. Running lines are those at a page's top
    or bottom that recur on another page (digits aside: "Page 1 of 2"), or that say they are ("continued"). A line
    that is a bare number is a page number only when it is its page's: a bare "7" at a page's foot may be an answer.
    The first page's header stays where it is: it opens the letter."""
    by_page: dict[int | None, list[int]] = {}
    for n, line in enumerate(lines):
        by_page.setdefault(line.locator.page, []).append(n)
    edges: dict[int, str] = {}  # line index -> its text with digits made alike
    for indexes in by_page.values():
        for n in {*indexes[:FURNITURE_LINES], *indexes[-FURNITURE_LINES:]}:
            edges[n] = re.sub(r"\d+", "#", lines[n].text.strip().lower())
    pages_of: dict[str, set[int | None]] = {}
    for n, key in edges.items():
        pages_of.setdefault(key, set()).add(lines[n].locator.page)
    first_page = lines[0].locator.page if lines else None
    top_of_first = set(by_page.get(first_page, [])[:FURNITURE_LINES])
    moved = {
        n for n, key in edges.items()
        if n not in top_of_first and (
            lines[n].text.strip() == str(lines[n].locator.page) if key == "#"
            else len(pages_of[key]) > 1 or _FURNITURE.search(lines[n].text)
        )
    }
    if not moved:
        return lines
    return [line for n, line in enumerate(lines) if n not in moved] + [lines[n] for n in sorted(moved)]


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


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _page_lines(textpage: Any, text: str, marks: list[int] | None = None, rotated: bool = False) -> list[tuple[int, str]]:
    """The page's non-blank lines with their numbers; short lines that only wrap a paragraph are joined.

    Footnote marks raised after a number or a word are left out (_footnote_marks), their indexes in the page's text
    added to `marks` when it is given. On a page turned for display (/Rotate), the characters' boxes lie across the
    lines they are read in, so the lines are pdfium's own, none joined or split by position.
    """
    numbered: list[tuple[int, str, int]] = []  # (line number, text, offset in the page's text)
    for number, match in enumerate(_LINE.finditer(text), start=1):
        raw = match.group().rstrip("\r\n")
        if match.start() >= len(text) and not raw:
            break
        if raw.strip():
            numbered.append((number, raw, match.start()))
    if rotated:
        return [(number, raw) for number, raw, _ in numbered]
    measure = _TextRects(textpage)
    lines = [_measure(textpage, number, raw, offset, measure) for number, raw, offset in numbered]
    lines = _footnote_marks(textpage, text, lines, marks if marks is not None else [])
    unwrapped = _unwrap(textpage, _split_columns(textpage, lines))
    if text.isascii():  # no superscript digits to unglue (nor soft hyphens)
        return unwrapped
    return [(number, unglue_superscripts(_unhyphenated(line))) for number, line in unwrapped]


# Footnote marks: a count followed by a raised footnote mark ("12" then a small, raised "1") reads as another
# number ("121"). A mark is a text object of its own, so pdfium gives it a text rectangle of its own, and it
# often breaks the line there too (its baseline is not the line's): "There were 121" / "registered ...".

#: A raised run's box is at most this share of the height of the run before it ...
RAISED_SIZE = 0.85
#: ... and its bottom sits at least this share of that height above the run's bottom (characters' boxes as
#: the font draws them all; pdfium's text rectangles hug the glyphs, so a run of small letters without
#: descenders sits higher than one with: RAISED_RUN_LIFT for those).
RAISED_LIFT = 0.2
RAISED_RUN_LIFT = 0.3
#: Characters a footnote mark is made of.
_MARK_CHARS = frozenset("0123456789" + NOTE_SIGNS) - frozenset("()[]")  # brackets: parts of cells too


def _raised(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether box `b` (left, bottom, right, top) is smaller than `a`, the box before it, and raised above it."""
    height = a[3] - a[1]
    return b[3] - b[1] < RAISED_SIZE * height and b[1] > a[1] + RAISED_RUN_LIFT * height


def _joins(prev: _TextLine, line: _TextLine) -> bool:
    """Whether pdfium broke one line of the page in two at a change of baseline: `line` starts just right of
    where `prev` ends, level with it."""
    if not prev.rects or not line.rects:
        return False
    a, b = prev.rects[-1], line.rects[0]
    if not -1.0 <= b[0] - a[2] <= max(a[3] - a[1], b[3] - b[1]):
        return False
    bottom, top = min(r[1] for r in prev.rects), max(r[3] for r in prev.rects)  # the whole line: a raised
    return b[1] < top and bottom < b[3]  # mark at its end may sit above the next run's tight box


def _footnote_marks(textpage: Any, text: str, lines: list[_TextLine], marks: list[int]) -> list[_TextLine]:
    """The lines with footnote marks raised after a digit or a letter left out, and a line pdfium broke at such a mark
    whole again (later lines on the page renumbered to match). Indexes of the marks' characters are added
    to `marks`.

    Only lines where a run of text is smaller than the run beside it and raised above it (or which pdfium
    broke off such a run) are looked at character by character: most pages have none. A line pdfium broke
    at a raised run is made whole whatever the run holds ("1 Provisional figure", "on the 1st.").
    """
    raised, size, lift = _raised, RAISED_SIZE, RAISED_RUN_LIFT
    hits: list[int] = []  # lines with a raised run, or where one starts or ends the line
    last: tuple[float, float, float, float] | None = None  # the previous line's last run
    for k, line in enumerate(lines):
        rects = line.rects
        if not rects:
            last = None
            continue
        # This runs for every line of every page: the common cases (one run; a run that starts left of where
        # the line above ended; runs of one height) fall out at the first comparison.
        if last is not None and rects[0][0] - last[2] >= -1.0 and (raised(last, rects[0]) or raised(rects[0], last)):
            hits.append(k)
        if len(rects) > 1:
            a_bottom, a_height = rects[0][1], rects[0][3] - rects[0][1]
            for b in rects[1:]:
                b_bottom, b_height = b[1], b[3] - b[1]
                if (b_height < size * a_height and b_bottom > a_bottom + lift * a_height) or (
                    a_height < size * b_height and a_bottom > b_bottom + lift * b_height
                ):  # _raised either way, inlined
                    hits.append(k)
                    break
                a_bottom, a_height = b_bottom, b_height
        last = rects[-1]
    if not hits:
        return lines
    groups: list[list[int]] = []  # lines that make one line of the page, where a raised run is
    for k in hits:
        if groups and k <= groups[-1][-1]:
            continue
        first = k
        while first > 0 and _joins(lines[first - 1], lines[first]):
            first -= 1
        end = k
        while end + 1 < len(lines) and _joins(lines[end], lines[end + 1]):
            end += 1
        if groups and first <= groups[-1][-1]:
            first = groups.pop()[0]
        rects = [r for line in lines[first : end + 1] for r in line.rects]
        if any(raised(a, b) or raised(b, a) for a, b in itertools.pairwise(rects)):
            groups.append(list(range(first, end + 1)))
    if not groups:
        return lines
    out: list[_TextLine] = []
    done = 0
    merged = 0
    for group in groups:
        out += [replace(line, number=line.number - merged) for line in lines[done : group[0]]]
        fixed = _without_marks(textpage, text, [lines[g] for g in group], marks)
        out.append(replace(fixed, number=fixed.number - merged))
        merged += len(group) - 1
        done = group[-1] + 1
    out += [replace(line, number=line.number - merged) for line in lines[done:]]
    return out


def _without_marks(textpage: Any, text: str, group: list[_TextLine], marks: list[int]) -> _TextLine:
    """One line from `group` (pdfium's pieces of one line of the page), without its footnote marks."""
    rect, raw = pdfium_c.FS_RECTF(), textpage.raw
    at, read = ctypes.byref(rect), _RECT_FIELDS.unpack_from
    dropped: list[tuple[int, float, float]] = []  # index, left, right
    ref: tuple[float, float, float] | None = None  # (bottom, height, right) of the digit a mark may follow
    for line in group:
        if line.offset is None:
            continue
        for i in range(line.offset, line.offset + len(line.text)):
            char = text[i]
            if char.isspace():
                continue
            if not _LOOSE_CHAR_BOX(raw, i, at):
                raise pypdfium2.PdfiumError("Failed to get charbox.")
            left, top, right, bottom = read(rect)
            height = top - bottom
            if (
                ref is not None
                and char in _MARK_CHARS
                and height < RAISED_SIZE * ref[1]
                and ref[0] + RAISED_LIFT * ref[1] < bottom < ref[0] + ref[1]
                and left - ref[2] <= ref[1] / 2  # right after it, not a cell further along
            ):
                dropped.append((i, left, right))
                ref = (ref[0], ref[1], right)  # the mark goes on while its characters do: "12" after "2019"
                continue
            ref = (bottom, height, right) if char.isalnum() else None  # (a raised "2" after "Five" too)
    first = group[0]
    if not dropped and len(group) == 1:
        return first
    gone = {i for i, _, _ in dropped}
    marks.extend(sorted(gone))
    pieces = []
    for k, line in enumerate(group):
        if line.offset is None:
            piece = line.text
        else:
            piece = "".join(c for i, c in enumerate(line.text, start=line.offset) if i not in gone)
        if k and pieces:
            previous = group[k - 1]
            between = text[previous.offset + len(previous.text) : line.offset] if previous.offset is not None else " "
            if between.strip("\r\n") or piece[:1].isspace():
                pieces.append(" ")  # a space before the piece, or pdfium's own line break with one
        pieces.append(piece)
    joined = "".join(pieces).strip()
    if "  " in joined and not any("  " in line.text for line in group):
        joined = re.sub(" {2,}", " ", joined)  # "12 \u00b9 more": the mark stood between two spaces
    rects = _rects_without(
        [r for line in group for r in line.rects],
        [(left, right) for _, left, right in dropped],
    )
    out = replace(first, text=joined, rects=tuple(rects), segments=max(1, len(rects)))
    if rects:
        out.left = min(r[0] for r in rects)
        out.right = max(r[2] for r in rects)
        out.top = max(r[3] for r in rects)
    return out


def _rects_without(
    rects: list[tuple[float, float, float, float]], spans: list[tuple[float, float]]
) -> list[tuple[float, float, float, float]]:
    """The text rectangles with those of the dropped marks (inside `spans`, (left, right) of their characters)
    left out, and the two runs a mark parted joined again when only the mark stood between them."""
    out: list[tuple[float, float, float, float]] = []
    after_mark = False
    for r in rects:
        if any(left - 0.5 <= r[0] and r[2] <= right + 0.5 for left, right in spans):
            after_mark = True
            continue
        if after_mark and out:
            p = out[-1]
            height = max(p[3] - p[1], r[3] - r[1])
            if -1.0 <= r[0] - p[2] <= 1.5 * height and r[1] < p[3] and p[1] < r[3]:
                out[-1] = (p[0], min(p[1], r[1]), max(p[2], r[2]), max(p[3], r[3]))
                after_mark = False
                continue
        out.append(r)
        after_mark = False
    return out


# pdfium marks a hyphen that breaks a word at a line's end with U+FFFE, and joins the halves: "regis\ufffetered".
_SOFT_HYPHEN = re.compile("(\\w*)\ufffe")
_TENS = re.compile(TENS_WORDS, re.IGNORECASE)


def _unhyphenated(text: str) -> str:
    """The word whole again ("registered"); a number's own hyphen kept ("twenty-one")."""
    if "\ufffe" not in text:
        return text
    return _SOFT_HYPHEN.sub(lambda m: m.group(1) + ("-" if _TENS.fullmatch(m.group(1)) else ""), text)


def _measure(textpage: Any, number: int, raw: str, offset: int, measure: _TextRects) -> _TextLine:
    """The line's box, from pdfium's text rectangles (one per run of text; a wide gap starts a new one)."""
    line = _TextLine(number, raw.strip(), offset=offset + len(raw) - len(raw.lstrip()))
    rects = measure(offset, len(raw))  # (left, bottom, right, top)
    if len(rects) == 1:  # a line of prose: its one run is its box
        line.left, _, line.right, line.top = rects[0]
    elif rects:
        line.left = min(r[0] for r in rects)
        line.right = max(r[2] for r in rects)
        line.top = max(r[3] for r in rects)
    if rects:
        line.segments = len(rects)
        line.rects = tuple(rects)
    if line.offset is not None:
        line.size = _FONT_SIZE(textpage.raw, line.offset)
    return line


class _TextRects:
    """pdfium's text rectangles of a range of a page's characters, as textpage.count_rects and get_rect give
    them, through one set of reused doubles (a page of table rows has a few per line)."""

    def __init__(self, textpage: Any) -> None:
        self.raw = textpage.raw
        self.sides = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
        self.refs = tuple(ctypes.byref(side) for side in self.sides)

    def __call__(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        total = _COUNT_RECTS(self.raw, start, count)
        if total == -1:
            raise pypdfium2.PdfiumError("Failed to count rectangles.")
        left, top, right, bottom = self.sides
        rects = []
        for i in range(total):
            if not _GET_RECT(self.raw, i, *self.refs):  # left, top, right, bottom
                raise pypdfium2.PdfiumError(
                    "Failed to get rectangle. (Make sure count_rects() was called with default params once "
                    "before subsequent get_rect() calls.)"
                )
            rects.append((left.value, bottom.value, right.value, top.value))
        return rects


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
    """Whether both columns hold prose: several words a line on each side (not a column of bullets beside a list)."""
    return all(sum(len(pair[side].text.split()) for pair in paired) / len(paired) >= COLUMN_WORDS for side in (0, 1))


#: Lines longer than this are read as wrapped prose anyway (layouts.common.join_lines): left alone.
SHORT_LINE = 60
#: The next line of a paragraph sits at most this many font sizes lower (a new paragraph sits further).
LINE_STEP = 1.6
_ENDS_PHRASE = re.compile(r"[.!?:;]$")
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
    if len(prev.text) > SHORT_LINE or _ENDS_PHRASE.search(prev.text) or _LIST_START.match(line.text):
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
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    lefts, rights = [], []
    for i in range(line.offset, line.offset + len(word)):  # textpage.get_charbox(i), without its wrapper
        if not _CHAR_BOX(textpage.raw, i, *refs):
            raise pypdfium2.PdfiumError("Failed to get charbox.")
        lefts.append(left.value)
        rights.append(right.value)
    return max(rights) - min(lefts)


def _open(data: bytes) -> Any:
    """The pdfium document; an empty user password is tried first, which decrypts 'open' encrypted PDFs."""

    try:
        return pypdfium2.PdfDocument(data, password="")
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadError("PDF is protected by a password; ask the force for an unlocked copy") from None
        raise ReadError(f"PDF is damaged or truncated ({exc})") from None


class _PageObject(NamedTuple):
    raw: Any  # FPDF_PAGEOBJECT
    type: int  # FPDF_PAGEOBJ_*
    level: int  # how many form XObjects it sits inside


#: Form XObjects are descended this deep (as pypdfium2's PdfPage.get_objects does by default).
_FORM_DEPTH = 15


def _page_objects(page: Any, form: Any = None, level: int = 0) -> list[_PageObject]:
    """The page's objects, those inside form XObjects included, in the order and with the errors of
    pypdfium2's PdfPage.get_objects(), without building a helper object for each (a ruled page draws
    hundreds of lines)."""
    if form is None:
        count, get, parent = _COUNT_OBJECTS, _GET_OBJECT, page.raw
    else:
        count, get, parent = _COUNT_FORM_OBJECTS, pdfium_c.FPDFFormObj_GetObject, form  # index: unsigned long
    total = count(parent)
    if total < 0:
        raise pypdfium2.PdfiumError("Failed to get number of pageobjects.")
    out: list[_PageObject] = []
    for i in range(total):
        raw = get(parent, i)
        if not raw:
            raise pypdfium2.PdfiumError("Failed to get pageobject.")
        kind = _OBJECT_TYPE(raw)
        if kind == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise pypdfium2.PdfiumError(
                "Failed to determine pageobject type, did you pass in a valid FPDF_PAGEOBJECT handle?"
            )
        out.append(_PageObject(raw, kind, level))
        if kind == _FPDF_PAGEOBJ_FORM and level < _FORM_DEPTH - 1:
            out += _page_objects(page, raw, level + 1)
    return out


def _image_cover(page: Any, objects: list[_PageObject]) -> float:
    """The share of the page's area covered by images (overlaps counted twice; capped at 1)."""
    width, height = page.get_size()
    area = 0.0
    for obj in objects:
        if obj.type == _FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
            if not pdfium_c.FPDFPageObj_GetBounds(obj.raw, left, bottom, right, top):
                raise pypdfium2.PdfiumError("Failed to locate pageobject.")
            area += max(0.0, right.value - left.value) * max(0.0, top.value - bottom.value)
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


#: Every match of _ROWLIKE holds a year (19xx, 20xx), a digit, a date separator and a digit, or a month's
#: letter, a separator and two digits: lines without one skip its costly backtracking.
_ROWLIKE_CUE = re.compile(r"19|20|\d[/.-]\d|[a-z][-/]\d\d", re.IGNORECASE)


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
    spanned: list[list[str | None]] | None = None  # by row and column: the text of a cell spanning down over it


#: A table found on a page: its rows' cell texts, its top and bottom, its column edges, and for each cell
#: under a cell that spans rows the spanning cell's text (None when no cell is).
_Found = list[tuple[list[list[str]], float, float, list[float], list[list[str | None]] | None]]
#: (index, ruled, its words from pdfium or None to measure in pdfplumber, its ruled tables when pdfium's
#: lines gave them, footnote marks were found on it)
_TablePage = tuple[int, bool, list[dict[str, Any]] | None, _Found | None, bool]


def _tables(data: bytes, source: str, pages: list[_TablePage]) -> list[Table]:
    """Tables on the given pages: (index, ruled, its words from pdfium or None to measure in pdfplumber, its
    ruled tables when pdfium's lines gave them)."""
    pieces: list[_Piece] = []
    plumber = None
    try:
        for index, ruled, words, ready, marked in pages:
            if words is None:
                if plumber is None:
                    import logging
                    from io import BytesIO

                    import pdfplumber

                    # pdfminer (under pdfplumber) logs a warning for every oddity in a damaged PDF: the one
                    # line ingest prints for the file says what matters. `ingest --debug` sets it first.
                    quiet = logging.getLogger("pdfminer")
                    if quiet.level == logging.NOTSET:
                        quiet.setLevel(logging.ERROR)
                    plumber = pdfplumber.open(BytesIO(data), password="")
                page = plumber.pages[index]
                if marked:
                    page = _plumber_without_marks(page)
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows = _word_lines(words)
            found = ready if ready is not None else _ruled(page) if ruled else _borderless(rows)
            if ruled and not found:
                # Rules that make no grid (rules under each row only, shaded bands): the rows may still read
                # as a borderless table.
                found = _borderless(rows)
            found.sort(key=lambda item: item[1])
            for number, (raw, top, bottom, edges, spanned) in enumerate(found, start=1):
                above = sum(1 for line in rows if line[-1]["bottom"] <= top + 1)
                below = sum(1 for line in rows if line[0]["top"] >= bottom - 1)
                pieces.append(_Piece(index, number, raw, top, bottom, edges, above, below, spanned=spanned))
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


def _plumber_without_marks(page: Any) -> Any:
    """A pdfplumber page without the footnote marks raised after digits (as _without_marks finds them)."""
    marks = set()
    ref = None  # the digit a mark may follow: (bottom, height, x1), measured down from the top
    for char in page.chars:
        text, height = char["text"], char["bottom"] - char["top"]
        if text.isspace():
            continue
        if (
            ref is not None
            and text in _MARK_CHARS
            and height < RAISED_SIZE * ref[1]
            and ref[0] - ref[1] < char["bottom"] < ref[0] - RAISED_LIFT * ref[1]
            and char["x0"] - ref[2] <= ref[1] / 2
        ):
            marks.add((char["x0"], char["top"], text))
            ref = (ref[0], ref[1], char["x1"])
            continue
        ref = (char["bottom"], height, char["x1"]) if text.isdigit() else None
    if not marks:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or (obj["x0"], obj["top"], obj["text"]) not in marks)


def _ruled(page: Any) -> _Found:
    found: _Found = []
    for table in page.find_tables():
        raw = [[(v or "").replace("\n", " ").strip() for v in row] for row in table.extract()]
        columns = table.columns
        edges = [c.bbox[0] for c in columns] + [columns[-1].bbox[2]] if columns else []
        spanned = _spanned([list(row.cells) for row in table.rows], raw, sorted({c[0] for c in table.cells}))
        found.append((raw, table.bbox[1], table.bbox[3], edges, spanned))
    return found


def _spanned(
    rows: list[list[tuple[float, float, float, float] | None]], texts: list[list[str]], lefts: list[float]
) -> list[list[str | None]] | None:
    """For each place in a ruled grid that a cell from a row above covers (a cell spanning rows), that cell's
    text; None when no cell spans rows.

    `rows` are the grid's rows, each with a cell (x0, top, x1, bottom) or None at each column, whose left edges
    are `lefts`; `texts` the cells' texts. A place left empty by a cell spanning columns in its own row is
    not covered from above.
    """
    out: list[list[str | None]] | None = None
    for r, row in enumerate(rows):
        if all(cell is not None for cell in row) or not any(cell is not None for cell in row):
            continue
        top = next(cell[1] for cell in row if cell is not None)
        for c, cell in enumerate(row):
            if cell is not None or c >= len(lefts):
                continue
            x = lefts[c] + 1.0
            if _reaching(row, c, x) is not None:
                continue  # a cell of this row spans across it
            for above in range(r - 1, -1, -1):
                found = _reaching(rows[above], c, x)
                if found is None:
                    continue  # nothing starts there in that row either: look further up
                if rows[above][found][3] > top + 1.0:  # type: ignore[index]
                    if out is None:
                        out = [[None] * len(row_) for row_ in rows]
                    text = texts[above][found] if found < len(texts[above]) else ""
                    out[r][c] = text or None
                break
    return out


def _reaching(row: list[tuple[float, float, float, float] | None], column: int, x: float) -> int | None:
    """The index of the cell in `row` at or left of `column` whose box reaches across `x`, if one does."""
    for c in range(min(column, len(row) - 1), -1, -1):
        cell = row[c]
        if cell is not None:
            return c if cell[2] > x else None
    return None


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


def _ruled_fast(
    page: Any, objects: list[_PageObject], textpage: Any, text: str, boxes: _CharBoxes
) -> _Found | None:
    """The page's ruled tables as _ruled gives them, or None when the lines drawn need pdfplumber."""
    edges = _path_edges(page, objects)
    if edges is None:
        return None
    cells = _lattice_cells(edges)
    tables = _cell_groups(cells)
    if not tables:
        return None  # pdfplumber has the last word on a page that looked ruled but gives no grid here
    kept = _kept_chars(textpage, text, boxes)
    grids = [(_grid(group, 0, 1), _grid(group, 1, 0)) for group in tables]
    rows = [row for table_rows, _ in grids for row in table_rows]
    row_boxes = []
    for row in rows:
        lefts, tops, rights, bottoms = zip(*(c for c in row if c is not None))
        row_boxes.append((min(lefts), min(tops), max(rights), max(bottoms)))
    texts = _grid_texts(text, kept, boxes, rows, row_boxes)
    if texts is None:  # rows or cells that overlap: each row takes its band, each cell tries every character
        chars = [(text[i], *boxes.of[i]) for i in kept]
        bands = _row_bands(chars, row_boxes)
        texts = [_row_texts(row, box, band) for row, box, band in zip(rows, row_boxes, bands)]
    texts_in_order = iter(texts)
    found: _Found = []
    for group, (table_rows, columns) in zip(tables, grids):
        raw = [next(texts_in_order) for _ in table_rows]
        bbox = (min(c[0] for c in group), min(c[1] for c in group),
                max(c[2] for c in group), max(c[3] for c in group))
        col_boxes = [(min(c[0] for c in col if c), max(c[2] for c in col if c)) for col in columns]
        edges_x = [left for left, _ in col_boxes] + [col_boxes[-1][1]] if col_boxes else []
        spanned = _spanned(table_rows, raw, sorted({c[0] for c in group}))
        found.append((raw, bbox[1], bbox[3], edges_x, spanned))
    return found


_Char = tuple[str, float, float, float, float]  # (text, x0, top, x1, bottom)


def _grid_texts(
    text: str, kept: list[int], boxes: _CharBoxes, rows: list[list[Any]], row_boxes: list[tuple[float, float, float, float]]
) -> list[list[str]] | None:
    """Each row's cell texts ("" where it has no cell) from the page's characters at `kept`, when the rows
    follow one another down the page and each row's cells sit side by side (the usual grid); None to read
    them the long way.

    A character belongs to the cell its centre is in (_inside): in such a grid only one row's band can hold
    its centre and only one cell of that row, found by bisecting the rows' tops and the row's left edges, so
    each character is placed in one step. Cells keep their characters in page order.
    """
    order = sorted(range(len(rows)), key=lambda r: row_boxes[r][1])
    tops = [row_boxes[r][1] for r in order]
    bottoms = [row_boxes[r][3] for r in order]
    if not (all(t <= b for t, b in zip(tops, bottoms)) and all(b <= t for b, t in zip(bottoms, tops[1:]))):
        return None
    placed = []  # for each row down the page: its cells left to right, their left edges, their characters
    for r in order:
        cells = [c for c in rows[r] if c is not None]
        if not all(a <= b for a, b in itertools.pairwise(x for c in cells for x in (c[0], c[2]))):
            return None  # cells out of order left to right, or overlapping
        placed.append((cells, [c[0] for c in cells], [[] for _ in cells]))
    of = boxes.of
    # The cell the last character went to: the next one, as a rule, goes there too.
    (c_left, c_top, c_right, c_bottom), last = placed[0][0][0], placed[0][2][0]
    for i in kept:
        left, top, right, bottom = of[i]
        middle, h_mid = (top + bottom) / 2, (left + right) / 2
        if c_left <= h_mid < c_right and c_top <= middle < c_bottom:  # _inside, inlined: the hot loop
            last.append((text[i], left, top, right, bottom))
            continue
        at = bisect.bisect_right(tops, middle) - 1
        if at >= 0 and middle < bottoms[at]:
            cells, lefts, held = placed[at]
            k = bisect.bisect_right(lefts, h_mid) - 1
            if k >= 0:
                c_left, c_top, c_right, c_bottom = cells[k]
                last = held[k]
                if c_left <= h_mid < c_right and c_top <= middle < c_bottom:
                    last.append((text[i], left, top, right, bottom))
        elif math.isnan(middle):
            return None  # a NaN upsets the sort by centre the long way takes: that way decides
    texts: list[list[str]] = [[] for _ in rows]
    for r, (_, _, held) in zip(order, placed):
        cell_texts = iter([_cell_text(c_chars) for c_chars in held])  # the row's cells, in order
        texts[r] = ["" if c is None else next(cell_texts) for c in rows[r]]
    return texts


def _row_bands(chars: list[_Char], boxes: list[tuple[float, float, float, float]]) -> list[list[_Char]]:
    """For each row's box, the characters whose vertical centre lies in its band (top inclusive, bottom
    exclusive), in page order."""
    middles = [(ch[2] + ch[4]) / 2 for ch in chars]
    by_middle = sorted(range(len(chars)), key=middles.__getitem__)
    ordered = [middles[k] for k in by_middle]
    return [
        [chars[k] for k in sorted(by_middle[bisect.bisect_left(ordered, box[1]) : bisect.bisect_left(ordered, box[3])])]
        for box in boxes
    ]


def _row_texts(row: list[Any], box: tuple[float, float, float, float], band: list[_Char]) -> list[str]:
    """The text of each cell in a table row ("" where it has no cell), from the characters in its band."""
    in_row = [ch for ch in band if _inside(ch, box)]
    return ["" if c is None else _cell_text([ch for ch in in_row if _inside(ch, c)]) for c in row]


def _path_edges(page: Any, objects: list[_PageObject]) -> list[_Edge] | None:
    """Horizontal and vertical edges of the page's straight lines and rectangles; None for anything else."""
    if page.get_rotation() or tuple(page.get_mediabox()) != (0, 0, *page.get_size()):
        return None
    height = page.get_height()
    edges: list[_Edge] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.byref(x), ctypes.byref(y)
    matrix = pdfium_c.FS_MATRIX()
    matrix_at = ctypes.byref(matrix)
    for obj in objects:
        if obj.type == _FPDF_PAGEOBJ_FORM or obj.level > 0:
            return None
        if obj.type != _FPDF_PAGEOBJ_PATH:
            continue
        if not _OBJECT_MATRIX(obj.raw, matrix_at):
            raise pypdfium2.PdfiumError("Failed to get matrix of pageobject.")
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points = []
        closed = False
        for i in range(_COUNT_SEGMENTS(obj.raw)):
            segment = _GET_SEGMENT(obj.raw, i)
            kind = _SEGMENT_TYPE(segment)
            if kind not in (_FPDF_SEGMENT_LINETO, _FPDF_SEGMENT_MOVETO) or (kind == _FPDF_SEGMENT_MOVETO and i):
                return None  # a curve, or several subpaths in one object
            _SEGMENT_POINT(segment, x_at, y_at)
            points.append((a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f)))
            closed = closed or bool(_SEGMENT_CLOSES(segment))
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

    points = sorted(meets)
    # Crossings on each vertical and each horizontal line, in page order: those after a crossing on its
    # vertical lie below it, those after it on its horizontal lie to its right.
    on_x: dict[float, list[tuple[float, float]]] = {}
    on_y: dict[float, list[tuple[float, float]]] = {}
    place: dict[tuple[float, float], tuple[int, int]] = {}
    for pt in points:
        column, row = on_x.setdefault(pt[0], []), on_y.setdefault(pt[1], [])
        place[pt] = (len(column), len(row))
        column.append(pt)
        row.append(pt)
    cells = []
    for pt in points:
        in_column, in_row = place[pt]
        below = on_x[pt[0]][in_column + 1 :]
        right = on_y[pt[1]][in_row + 1 :]
        if not below or not right:
            continue  # on the last line down or across: no cell starts here
        cell = _cell_from(pt, below, right, meets)
        if cell is not None:
            cells.append(cell)
    return cells


def _cell_from(
    pt: tuple[float, float],
    below: list[tuple[float, float]],
    right: list[tuple[float, float]],
    meets: dict[tuple[float, float], tuple[set[_Edge], set[_Edge]]],
) -> tuple[float, float, float, float] | None:
    """The smallest cell with its top left corner at crossing `pt`: the first crossing below it joined to it,
    then the first to its right joined to it, whose fourth corner is a crossing joined to both.

    Two crossings are joined when one edge runs through both: a vertical one for two crossings one above
    the other, a horizontal one for two side by side (`meets` holds each crossing's vertical and
    horizontal edges).
    """
    verticals, horizontals = meets[pt]
    for down in below:
        if verticals.isdisjoint(meets[down][0]):
            continue
        for across in right:
            if horizontals.isdisjoint(meets[across][1]):
                continue
            corner = (across[0], down[1])
            at = meets.get(corner)
            if at is not None and not at[0].isdisjoint(meets[across][0]) and not at[1].isdisjoint(meets[down][1]):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _cell_groups(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells grouped into tables (cells sharing a corner), top to bottom; lone cells are no table."""
    remaining = list(cells)
    corners: set[tuple[float, float]] = set()
    current: list[tuple[float, float, float, float]] = []
    tables = []
    while remaining:
        before = len(current)
        left_over = []
        for cell in remaining:
            x0, top, x1, bottom = cell
            own = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or not corners.isdisjoint(own):
                corners.update(own)
                current.append(cell)
            else:
                left_over.append(cell)
        remaining = left_over
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


_NON_SPACE = re.compile(r"\S+")  # \s is exactly str.isspace()


class _CharBoxes:
    """pdfium's loose character boxes on one page, as (left, top, right, bottom) measured down from the top of
    the page, each fetched from pdfium once: _words fetches every non-space character's, and a ruled page's
    cells reuse them.

    They are what textpage.get_charbox(i, loose=True) gives (the same pdfium function, and the rectangle's
    C floats read as Python floats), fetched into one reused rectangle without a wrapper call per character.
    """

    def __init__(self, textpage: Any, text: str, height: float) -> None:
        self.textpage = textpage
        self.height = height
        self.of: list[tuple[float, float, float, float] | None] = [None] * len(text)  # by character index
        self.rect = pdfium_c.FS_RECTF()

    def fetch(self, indexes: Iterable[int]) -> None:
        """Fetch the boxes of the characters at `indexes`, in order: the first that pdfium cannot give
        raises, as get_charbox does."""
        rect, raw, height, of = self.rect, self.textpage.raw, self.height, self.of
        get, read, at = _LOOSE_CHAR_BOX, _RECT_FIELDS.unpack_from, ctypes.byref(rect)
        for i in indexes:
            if not get(raw, i, at):
                raise pypdfium2.PdfiumError("Failed to get charbox.")
            left, top, right, bottom = read(rect)
            of[i] = (left, height - top, right, height - bottom)


_LINE_BREAK = re.compile(r"[\r\n]")


def _kept_chars(textpage: Any, text: str, boxes: _CharBoxes) -> list[int]:
    """Indexes of the page's characters that table cells read, their boxes fetched: pdfium's own line breaks
    and the spaces it makes up between runs are left out."""
    left_out = list(map(_IS_GENERATED, itertools.repeat(textpage.raw), range(len(text))))  # 1: made up
    for match in _LINE_BREAK.finditer(text):
        left_out[match.start()] = 1
    kept = list(itertools.compress(range(len(text)), map(operator.ne, left_out, itertools.repeat(1))))
    of = boxes.of
    boxes.fetch([i for i in kept if of[i] is None])  # white space: _words fetched the rest
    return kept


def _inside(ch: tuple[str, float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """A character belongs to the box its centre is in (as pdfplumber's table.extract decides)."""
    h_mid, v_mid = (ch[1] + ch[3]) / 2, (ch[2] + ch[4]) / 2
    return box[0] <= h_mid < box[2] and box[1] <= v_mid < box[3]


_X0 = operator.itemgetter(1)  # a character's left edge


def _cell_text(chars: list[tuple[str, float, float, float, float]]) -> str:
    """A cell's words, line by line, left to right, one space apart."""
    if not chars:
        return ""
    tops = [ch[2] for ch in chars]
    if tops.count(tops[0]) == len(tops):
        lines = [chars]  # the usual cell: one line, nothing to snap
    else:
        snapped = _snap(tops, CELL_TEXT_TOLERANCE)
        by_top: dict[float, list[tuple[str, float, float, float, float]]] = {}
        for ch in chars:
            by_top.setdefault(snapped[ch[2]], []).append(ch)
        lines = [line for _, line in sorted(by_top.items())]
    words: list[str] = []
    for line in lines:
        word = ""
        last_x1 = 0.0
        for char, x0, _, x1, _ in sorted(line, key=_X0):
            if char.isspace():
                if word:
                    words.append(word)
                    word = ""
                continue
            if word and x0 > last_x1 + CELL_TEXT_TOLERANCE:
                words.append(word)
                word = ""
            word += char
            last_x1 = x1
        if word:
            words.append(word)
    return " ".join(words)


#: Characters closer than this (points) on one line belong to one word (pdfplumber's x_tolerance).
WORD_GAP = 3.0


def _words(text: str, boxes: _CharBoxes) -> list[dict[str, Any]]:
    """The page's words with their boxes, as pdfplumber's extract_words gives them (x0, x1, top, bottom from
    the top of the page), read from pdfium's characters: split at white space and at gaps over WORD_GAP.

    A word grows while the next character sits on its line (within 3 points of its top so far), does not
    start left of it and follows within WORD_GAP. Each character's box is fetched here, in the same pass,
    and kept in `boxes` for the table cells.
    """
    rect, raw, height, of = boxes.rect, boxes.textpage.raw, boxes.height, boxes.of
    get, read, at = _LOOSE_CHAR_BOX, _RECT_FIELDS.unpack_from, ctypes.byref(rect)
    words: list[dict[str, Any]] = []
    for run in _NON_SPACE.finditer(text):
        start, end = run.span()
        first, x0, top, x1, bottom = start, 0.0, 0.0, 0.0, 0.0
        for i in range(start, end):
            if not get(raw, i, at):
                raise pypdfium2.PdfiumError("Failed to get charbox.")
            left, c_top, right, c_bottom = read(rect)
            c_top, c_bottom = height - c_top, height - c_bottom
            of[i] = (left, c_top, right, c_bottom)
            if i == start:
                x0, top, x1, bottom = left, c_top, right, c_bottom
            elif -3 <= c_top - top <= 3 and -0.5 <= left - x0 and left - x1 <= WORD_GAP:  # abs() <= 3, inlined
                # max() and min() inlined, with their own comparisons (ties and NaNs fall alike): a hot loop
                x1 = right if right > x1 else x1  # noqa: FURB136
                top = c_top if c_top < top else top  # noqa: FURB136
                bottom = c_bottom if c_bottom > bottom else bottom  # noqa: FURB136
            else:
                words.append({"text": text[first:i], "x0": x0, "x1": x1, "top": top, "bottom": bottom})
                first, x0, top, x1, bottom = i, left, c_top, right, c_bottom
        words.append({"text": text[first:end], "x0": x0, "x1": x1, "top": top, "bottom": bottom})
    return words


def _word_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into visual lines (same baseline within 2 points), each sorted left to right."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=_WORD_X0) for line in lines]


_WORD_X0 = operator.itemgetter("x0")


def _line_text(line: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in line)


_ENDS_CLAUSE = re.compile(r"[.:;]$")


def _borderless(lines: list[list[dict[str, Any]]]) -> _Found:
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
        key = _key_shape(lines[i][0]["text"])
        j = i
        while j + 1 < len(lines) and _adjacent(lines[j], lines[j + 1]):
            text = _line_text(lines[j + 1])
            continuation = lines[j + 1][0]["x0"] > left + COLUMN_GAP and not text.endswith(".")
            # ("K/6 | Indecent exposure | | Unknown": a row with no date, keyed like the rows above it)
            keyed = key is not None and len(lines[j + 1]) >= 2 and _key_shape(lines[j + 1][0]["text"]) == key and not text.endswith(".")
            if not (_is_rowlike(text) or continuation or keyed):
                break
            j += 1
        header = i > 0 and _adjacent(lines[i - 1], lines[i]) and not _ENDS_CLAUSE.search(_line_text(lines[i - 1]))
        total = j + 1 < len(lines) and _adjacent(lines[j], lines[j + 1]) and _TOTAL_LINE.match(_line_text(lines[j + 1]))
        first = i - 1 if header else i
        last = j + 1 if total else j
        body = [w for line in lines[i : j + 1] for w in line]
        edges = _column_edges(body)
        if last > first and len(edges) >= 3:
            raw: list[list[str]] = []
            if header and (top := _wrapped_header_top(lines, i, edges)) is not None:
                # headings wrapped in their cells: "Ref | Offence category | Date whereabouts | Current location" over
                # " | | unknown | "
                first = top
                merged = _cells(lines[top], edges)
                for k in range(top + 1, i):
                    merged = [" ".join(filter(None, (a, b))) for a, b in zip(merged, _cells(lines[k], edges))]
                raw.append(merged)
            for k in range(i if raw else first, last + 1):
                cells = _cells(lines[k], edges)
                if raw and k > i and k <= j and not cells[0] and not _is_rowlike(_line_text(lines[k])):
                    raw[-1] = [" ".join(filter(None, (a, b))) for a, b in zip(raw[-1], cells)]
                else:
                    raw.append(cells)
            found.append((raw, lines[first][0]["top"], max(w["bottom"] for w in lines[last]), edges, None))
        i = j + 1
    return found


#: A table's heading may wrap over this many lines.
HEADER_MAX_LINES = 3


def _wrapped_header_top(lines: list[list[dict[str, Any]]], first_row: int, edges: list[float]) -> int | None:
    """The first line of a heading wrapped over lines above a table's first row: a line filling two cells or more,
    over lines each filling fewer, none of them the first (the rest of the longer headings: "Ref" is short, and a
    title over the table is not a heading); None when the heading is one line."""
    start = max(0, first_row - HEADER_MAX_LINES)
    cells = {k: _cells(lines[k], edges) for k in range(start, first_row)}
    for top in range(first_row - 2, start - 1, -1):
        if not _adjacent(lines[top], lines[top + 1]) or _ENDS_CLAUSE.search(_line_text(lines[top])):
            return None
        if cells[top + 1][0]:
            return None
        filled = sum(map(bool, cells[top]))
        if filled >= 2 and all(sum(map(bool, cells[k])) < filled for k in range(top + 1, first_row)):
            return top
    return None


def _key_shape(word: str) -> str | None:
    """The shape of a row's first word when it is a reference with a number in it ("K/6" as "a/9"); else None."""
    if not any(ch.isdigit() for ch in word) or _ROWLIKE.search(word):
        return None
    return re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+", "a", word))


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
    # The columns' left edges: the last edge is where the widest text of the last column ends (on a page
    # without rules), which one page's offences may push further than another's.
    return len(piece.edges) == len(prev.edges) and all(
        abs(a - b) <= EDGE_TOLERANCE for a, b in zip(piece.edges[:-1], prev.edges[:-1])
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
        page = piece.page + 1
        for row_number, values in enumerate(piece.rows, start=1):
            if not any(values):
                continue
            if n > 0 and row_number == 1 and _same_row(values, header):
                continue  # the header printed again at the top of a continuation page
            spans = piece.spanned[row_number - 1] if piece.spanned is not None else itertools.repeat(None)
            rows.append(
                tuple(
                    Cell(unglue_superscripts(v) or None, Locator(source, page=page, row=row_number, column=column), span)
                    for column, v, span in zip(_column_names(len(values)), values, spans)
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


@functools.lru_cache(maxsize=64)
def _column_names(count: int) -> tuple[str, ...]:
    """The names of a row's first `count` columns (A, B, ...), worked out once for each width."""
    return tuple(_column(c) for c in range(count))


# ---------------------------------------------------------------------------------------------------------
# Damage that pdfium reads past without a word


_STREAM_START = re.compile(rb">>\s*stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FILTER_NAME = re.compile(rb"/([A-Za-z0-9]+)")
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
        filters = _FILTER_NAME.findall(found.group(1))
        if not filters or any(f not in _CHECKED_FILTERS for f in filters):
            continue  # images (DCT, JBIG2...) and anything exotic: not ours to check
        end = data.find(b"endstream", match.end())
        if end < 0 or not _decodes(data[match.end() : end], [_CHECKED_FILTERS[f] for f in filters]):
            broken += 1
    return f"{broken} compressed part(s) of the PDF are damaged" if broken else None


def _decodes(raw: bytes, filters: list[str]) -> bool:
    """Whether a stream's bytes get through its filters (inflated output is checked, then thrown away)."""
    import binascii
    import zlib

    for kind in filters:
        try:
            if kind == "a85":
                body = raw.strip()
                raw = _a85decode(body[: body.rfind(b"~>")] if b"~>" in body else body)
            elif kind == "hex":
                raw = binascii.unhexlify(re.sub(rb"\s+", b"", raw).split(b">")[0].ljust(2, b"0"))
            else:
                inflater = zlib.decompressobj()
                raw = inflater.decompress(raw, 64 << 20)  # a bomb inside a PDF stops here
        except (ValueError, binascii.Error, zlib.error):
            return False
    return True


_A85_IGNORED = b" \t\n\r\v"  # the white space base64.a85decode skips by default (not \f)
_A85_DIGITS = bytes(range(ord("!"), ord("u") + 1))
_A85_VALUE = bytes((b - ord("!")) % 256 for b in range(256))


def _a85decode(text: bytes) -> bytes:
    """What base64.a85decode(text) gives, and ValueError where it raises one, five digits at a time rather
    than one byte at a time (reportlab writes every stream as ASCII85: a letter's worth is decoded per file).

    base64.a85decode refuses a byte that is not a digit ('!' to 'u'), 'z' or skipped white space; a 'z' (four
    zero bytes) inside a group of five digits; and a group over 2**32 - 1. A short last group is padded
    with 'u' and the padding's bytes dropped.
    """
    text = text.translate(None, _A85_IGNORED)
    if text.translate(None, _A85_DIGITS + b"z"):
        raise ValueError("Non-Ascii85 digit found")
    if b"z" in text:
        runs = text.split(b"z")
        if any(len(run) % 5 for run in runs[:-1]):
            raise ValueError("z inside Ascii85 5-tuple")
        text = b"!!!!!".join(runs)  # "!!!!!" is the group of four zero bytes that "z" stands for
    padding = -len(text) % 5
    digits = iter((text + b"u" * padding).translate(_A85_VALUE))
    values = [a * 52200625 + b * 614125 + c * 7225 + d * 85 + e for a, b, c, d, e in zip(*[digits] * 5)]
    try:
        out = struct.pack(f">{len(values)}I", *values)
    except struct.error:
        raise ValueError("Ascii85 overflow") from None
    return out[: len(out) - padding]
