"""Word .docx letters through python-docx: paragraphs in order, tables as tables.

The page header is read first and the footer last, because a force is often
named only in its letterhead. Every paragraph is a line (`Locator.line` is the
paragraph's number in the body); a line break inside a paragraph splits it.
A data table becomes a Table whose cells are located by `part` ("table 2"),
row and column. A table used only to lay the page out (one column, one row,
or cells of running prose) is read as lines instead, so its sentences reach
the prose parser. Merged cells carry their text across the merge's top row
and leave the rows below empty, as in spreadsheets; a cell under a vertical
merge keeps the merge's text in `Cell.spanned`.

A paragraph's text is read from its XML, as Word shows it: text inside
content controls, simple fields, smart tags and custom XML counts, tracked
insertions are taken as accepted and deletions as made (and the document says
so in a warning). A superscript footnote mark ("12" then a raised "1") is left
out, so it does not become part of the number. Footnotes and endnotes follow
the body (`part` "footnote 1"), and text boxes follow the paragraph they are
anchored in (`part` "text box 1").

A paragraph in one of Word's automatic lists (its own w:numPr, or its style's)
starts with the mark Word draws before it, which the text does not hold, as
odt.py writes LibreOffice's: "\u2022 " for a bullet (whatever its character)
and the number as shown for a numbered list ("1. ", "b) ", "2.1 ", "iv. "),
counted per list (w:numId) through each part (body, header, notes, footer).
A paragraph in a "List Bullet" style gets "\u2022 " even without numbering.
A table cell's paragraphs get no mark, but count, so a list carries on after
the table as Word numbers it.
"""

from __future__ import annotations

import functools
import re
import zipfile
from io import BytesIO
from typing import Any, NamedTuple

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers import PARTLY_READ, STRUCK_THROUGH, TRACKED_CHANGES
from foi_tally.readers.marks import NOTE_MARK, repeated_letters, roman_numeral, unglue_superscripts
from foi_tally.records import Locator, ReadError

#: Average characters per filled cell above which a table is prose laid out in boxes, not data.
PROSE_CELL_CHARS = 80


def read(data: bytes, source: str, fmt: str = "docx") -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        word = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise ReadError(f"the .docx document is damaged ({type(exc).__name__}: {exc})") from None
    doc = Document(source=source, format="docx")
    reader = _Reader(doc, source, _superscript_styles(word), _list_marks(word))
    section = word.sections[0] if word.sections else None
    first = section is not None and section.different_first_page_header_footer
    header = (section.first_page_header if first else section.header) if section is not None else None
    footer = (section.first_page_footer if first else section.footer) if section is not None else None
    parts = [word.element.body]
    # NOTE: a header "linked to previous" in the first section has no definition: touching it would add one.
    if header is not None and not header.is_linked_to_previous:
        reader.list_marks.restart()
        reader.blocks(header._element, "page header")
        parts.append(header._element)
    reader.list_marks.restart()  # Word numbers the lists of each part (story) on their own
    reader.blocks(word.element.body, None)
    for kind in ("footnote", "endnote"):
        notes = _notes_part(word, kind, doc)
        if notes is not None:
            reader.list_marks.restart()
            reader.notes(notes, kind)
            parts.append(notes)
    if footer is not None and not footer.is_linked_to_previous:
        reader.list_marks.restart()
        reader.blocks(footer._element, "page footer")
        parts.append(footer._element)
    if reader.struck:
        doc.warnings.append(STRUCK_THROUGH)
    if reader.hidden:
        doc.warnings.append("hidden text (not shown in Word) was not read")
    if any(_xpath(_TRACKED)(part) for part in parts):
        doc.warnings.append(TRACKED_CHANGES)
    return doc


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_TRACKED = "(.//w:ins | .//w:del | .//w:moveFrom | .//w:moveTo)[1]"
#: Elements that only wrap other content (content controls, custom XML, smart tags, fields, tracked
#: insertions): their content is read as if they were not there.
_WRAPPERS = {f"{{{_W}}}{t}" for t in ("sdt", "sdtContent", "customXml", "smartTag", "fldSimple", "ins", "moveTo",
                                        "hyperlink", "dir", "bdo")}
#: Never part of the visible text where it sits: deletions, properties, and text boxes and the fallback
#: copy of a drawing (text boxes are read on their own).
_SKIPPED = {f"{{{_W}}}{t}" for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr",
                                       "smartTagPr", "trPr", "tcPr", "tblPr", "tblGrid", "txbxContent")}
_SKIPPED.add(f"{{{_MC}}}Fallback")
_P, _TBL, _TR, _TC, _R = (f"{{{_W}}}{t}" for t in ("p", "tbl", "tr", "tc", "r"))
_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN, _SYM = (
    f"{{{_W}}}{t}" for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym")
)
_VAL = f"{{{_W}}}val"
#: How deep text boxes inside text boxes are read.
MAX_BOX_DEPTH = 4


class _Reader:
    """Writes a Word part's paragraphs, tables, text boxes and notes into the document, in order."""

    def __init__(self, doc: Document, source: str, superscript_styles: set[str], list_marks: _ListMarks) -> None:
        self.doc = doc
        self.source = source
        self.superscript_styles = superscript_styles
        self.list_marks = list_marks
        self.struck = False  # some text was struck through (and left out)
        self.hidden = False  # some text was hidden (and left out)
        self.boxes = 0
        # The data table last read, while nothing but empty paragraphs has followed it: a table after it with
        # the same columns may be its continuation (see _continues).
        self.open_table: int | None = None

    def blocks(self, element: Any, part: str | None, depth: int = 0) -> None:
        doc, source = self.doc, self.source
        number = 0
        tables = 0
        self.open_table = None
        for child in _blocks(element):
            if child.tag == _P:
                number += 1
                # Word draws the bullet or number; the text does not hold it. Every paragraph counts, even empty.
                bullet = self.list_marks.mark(child) or ("\u2022 " if _bulleted(child) else "")
                for text in self.paragraph_text(child).split("\n"):
                    if text.strip():
                        text, bullet = bullet + text.strip(), ""
                        doc.lines.append(Line(text.strip(), Locator(source, line=number, part=part)))
                        self.open_table = None
            else:
                tables += 1
                self.table(child, f"{part}, table {tables}" if part else f"table {tables}")
            self.text_boxes(child, part, depth)

    def notes(self, element: Any, kind: str) -> None:
        """The footnotes (or endnotes) part: each note's paragraphs, numbered in order; separators skipped."""
        count = 0
        for note in element.iterchildren(f"{{{_W}}}{kind}"):
            if note.get(f"{{{_W}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            count += 1
            self.blocks(note, f"{kind} {count}")

    def text_boxes(self, element: Any, part: str | None, depth: int) -> None:
        """Text boxes anchored in a paragraph or table, read as lines after it."""
        if depth >= MAX_BOX_DEPTH:
            return
        for box in _own_boxes(element):
            self.boxes += 1
            label = f"{part}, text box {self.boxes}" if part else f"text box {self.boxes}"
            self.blocks(box, label, depth + 1)

    def table(self, element: Any, label: str) -> None:
        grid, spanned = self.grid(element)
        nested = bool(grid) and bool(_xpath(".//w:tc//w:tbl[1]")(element))
        self.open_table = add_table(self.doc, grid, spanned, label, self.open_table, nested)

    def grid(self, table: Any) -> tuple[list[list[str | None]], list[list[str | None]]]:
        """The table's text as a grid: a cell spanning columns repeats its text, a continued vertical merge is
        empty; and beside it, for each cell under a vertical merge, the text of the merge's top cell."""
        grid: list[list[str | None]] = []
        spanned: list[list[str | None]] = []
        tops: dict[int, str | None] = {}  # grid column -> text of the cell that starts a merge there
        for tr in _rows(table):
            row: list[str | None] = []
            spans: list[str | None] = []
            for tc in _cells(tr):
                width = _grid_span(tc)
                column = len(row)
                merge = _v_merge(tc)
                if merge == "continue":
                    text = None
                    spans.extend(tops.get(column + c) for c in range(width))
                else:
                    text = self.cell_text(tc) or None
                    spans.extend([None] * width)
                    for c in range(width):
                        tops[column + c] = text
                row.extend([text] * width)
            grid.append(row)
            spanned.append(spans)
        return grid, spanned

    def cell_text(self, tc: Any) -> str:
        """A cell's paragraphs as lines, without list marks (a cell "1. 5" would misread as a figure); its list
        paragraphs still count, so a list carries on after the table as Word numbers it."""
        paragraphs = [p for p in _blocks(tc) if p.tag == _P]
        for p in paragraphs:
            self.list_marks.mark(p)
        return "\n".join(self.paragraph_text(p) for p in paragraphs).strip()

    def paragraph_text(self, p: Any) -> str:
        """The paragraph's visible text: every w:t in order (inside content controls, fields, smart tags and
        insertions too), tabs as tabs, breaks as line breaks; deletions, hidden text, text boxes and superscript
        footnote marks left out."""
        parts: list[str] = []
        self._text(p, parts)
        return unglue_superscripts("".join(parts))

    def _text(self, element: Any, parts: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue  # comments and processing instructions have no str tag
            if tag == _R:
                text = _run_text(child)
                if text and _hidden(child):
                    self.hidden = True
                elif text and _struck(child):
                    self.struck = True  # crossed out, as a person since found often is: left out, and said so
                elif text and not (self._superscript(child) and NOTE_MARK.fullmatch(text)):
                    parts.append(text)
            elif tag == _T:
                parts.append(child.text or "")  # a w:t outside a run (malformed, but Word shows it)
            else:
                self._text(child, parts)

    def _superscript(self, run: Any) -> bool:
        rpr = run.find(f"{{{_W}}}rPr")
        if rpr is None:
            return False
        align = rpr.find(f"{{{_W}}}vertAlign")
        if align is not None:
            return align.get(_VAL) == "superscript"
        style = rpr.find(f"{{{_W}}}rStyle")
        return style is not None and style.get(_VAL) in self.superscript_styles


def _struck(run: Any) -> bool:
    """Whether a run is struck through (w:strike or w:dstrike set, and not set off)."""
    return _marked(run, ("strike", "dstrike"))


def _hidden(run: Any) -> bool:
    """Whether a run is hidden text (w:vanish): Word does not show or print it, so a reader never saw it."""
    return _marked(run, ("vanish",))


def _marked(run: Any, names: tuple[str, ...]) -> bool:
    """Whether one of these on/off run properties is set directly on the run, and not set off."""
    rpr = run.find(f"{{{_W}}}rPr")
    if rpr is None:
        return False
    for name in names:
        mark = rpr.find(f"{{{_W}}}{name}")
        if mark is not None and mark.get(_VAL, "true").lower() not in ("false", "0", "off"):
            return True
    return False


@functools.cache
def _xpath(path: str) -> Any:
    """A compiled XPath with the w: prefix bound: it runs on any element (a notes part is not python-docx's)."""
    from lxml import etree

    return etree.XPath(path, namespaces={"w": _W})


def _run_text(run: Any) -> str:
    """A run's text, as python-docx's Run.text reads it (breaks of every kind are line breaks here)."""
    out = []
    for child in run:
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")
        elif tag == _SYM:
            out.append(_symbol(child))
    return "".join(out)


# A symbol-font character Word inserts as a w:sym (Insert > Symbol): the ticks, crosses and boxes replies mark columns
# with, by font and character code.
_SYMBOLS = {
    "wingdings": {"FC": "\u2713", "FB": "\u2717", "FE": "\u2611", "FD": "\u2612", "A8": "\u2610", "6F": "\u2610"},
    "wingdings 2": {"50": "\u2713", "4F": "\u2717", "52": "\u2611", "54": "\u2612", "A3": "\u2610", "A2": "\u2610"},
}


def _symbol(sym: Any) -> str:
    """The character a w:sym shows, or U+FFFD for one not known here: a mark is never read as an empty cell."""
    font = (sym.get(f"{{{_W}}}font") or "").strip().lower()
    code = (sym.get(f"{{{_W}}}char") or "").strip().upper()
    code = code[2:] if len(code) == 4 and code.startswith("F0") else code[-2:]
    return _SYMBOLS.get(font, {}).get(code, "\ufffd")


def _blocks(element: Any) -> Any:
    """Paragraphs and tables in a body, cell, note or text box, in order, looking inside content controls and
    custom XML that wrap them; deleted and moved-away blocks are left out."""
    for child in element:
        tag = child.tag
        if tag == _P or tag == _TBL:
            yield child
        elif isinstance(tag, str) and tag in _WRAPPERS:
            yield from _blocks(child)


def _rows(table: Any) -> list[Any]:
    """A table's rows (inside content controls too), without rows deleted as a tracked change."""
    return [tr for tr in _children(table, _TR) if tr.find(f"{{{_W}}}trPr/{{{_W}}}del") is None]


def _cells(tr: Any) -> list[Any]:
    return _children(tr, _TC)


def _children(element: Any, tag: str) -> list[Any]:
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif isinstance(child.tag, str) and child.tag in _WRAPPERS:
            found += _children(child, tag)
    return found


def _grid_span(tc: Any) -> int:
    span = tc.find(f"{{{_W}}}tcPr/{{{_W}}}gridSpan")
    try:
        return min(max(1, int(span.get(_VAL, "1"))), 1000) if span is not None else 1
    except ValueError:
        return 1


def _v_merge(tc: Any) -> str | None:
    """"restart", "continue" (a w:vMerge without a value continues), or None."""
    merge = tc.find(f"{{{_W}}}tcPr/{{{_W}}}vMerge")
    if merge is None:
        return None
    return merge.get(_VAL) or "continue"


def _own_boxes(element: Any) -> list[Any]:
    """Text boxes drawn from inside `element`, not inside another text box there, once each (a drawing's
    fallback copy for old versions of Word is left out)."""
    found = []
    for box in element.iter(f"{{{_W}}}txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not element:
            if parent.tag == f"{{{_MC}}}Fallback" or parent.tag == f"{{{_W}}}txbxContent":
                break
            parent = parent.getparent()
        else:
            found.append(box)
    return found


def _superscript_styles(word: Any) -> set[str]:
    """Ids of the character styles that raise text as superscript (a footnote reference style), with the
    styles based on them."""
    try:
        root = word.styles.element
    except (KeyError, ValueError):
        return set()
    based: dict[str, str | None] = {}
    raised: set[str] = set()
    for style in root.iterchildren(f"{{{_W}}}style"):
        sid = style.get(f"{{{_W}}}styleId")
        if sid is None:
            continue
        parent = style.find(f"{{{_W}}}basedOn")
        based[sid] = parent.get(_VAL) if parent is not None else None
        align = style.find(f"{{{_W}}}rPr/{{{_W}}}vertAlign")
        if align is not None:
            based[sid] = None
            if align.get(_VAL) == "superscript":
                raised.add(sid)
    out = set()
    for sid in based:
        seen, at = set(), sid
        while at is not None and at not in seen and at not in raised:
            seen.add(at)
            at = based.get(at)
        if at in raised:
            out.add(sid)
    return out


def _notes_part(word: Any, kind: str, doc: Document) -> Any:
    """The root of word/footnotes.xml (or endnotes.xml), or None when the document has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml
    from lxml.etree import XMLSyntaxError

    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    for rel in word.part.rels.values():
        if rel.reltype != reltype or rel.is_external:
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is not None:
            return element
        try:
            return parse_xml(part.blob)
        except (XMLSyntaxError, ValueError) as exc:
            doc.warnings.append(f"{PARTLY_READ}: the {kind}s cannot be read ({type(exc).__name__}: {exc})")
    return None


def add_table(doc: Document, grid: list[list[str | None]], spanned: list[list[str | None]], label: str,
              open_table: int | None, nested: bool) -> int | None:
    """A word processor's table, read as `grid` and `spanned` (see _Reader.grid), written into `doc`: as the rest
    of the data table `open_table` (its index in doc.tables) when it carries on with its rows, as lines when it
    only lays the page out, or else as a table under the lines of any title rows. `nested`: a cell holds a table
    (not read, and said). Returns the data table left open for the next table to carry on, or None.

    Shared by the .docx and .odt readers, so a letter's tables read the same whichever program saved it.
    """
    source = doc.source
    if not grid:
        return open_table
    if open_table is not None and (resumed_at := _resumed_at(doc.tables[open_table], grid)) is not None:
        # A table Word broke in two (at a page, or by an empty paragraph typed into it): one table, its rows
        # keeping their own places ("table 2, row 1"), a header repeated at the top of the second left out.
        above = doc.tables[open_table]
        rows = _grid_cells(grid, spanned, source, label, resumed_at)
        doc.tables[open_table] = Table(above.rows + rows, above.locator, title=above.title)
        return open_table
    if nested:
        # Not read (a cell's text leaves out the table inside it): said, so the reply is checked.
        doc.warnings.append(f"{PARTLY_READ}: {label} has a table inside one of its cells, which is not read")
    if _is_layout(grid):
        for r, row in enumerate(grid, start=1):
            for text in row:
                for piece in (text or "").split("\n"):
                    if piece.strip():
                        doc.lines.append(Line(piece.strip(), Locator(source, row=r, part=label)))
        return None
    width = max(len(r) for r in grid)
    first = 1
    title = None
    while first <= len(grid) and _is_title_row(grid[first - 1], width):
        # One cell merged across the whole table is its title: a line of text.
        title = title or grid[first - 1][0]
        doc.lines.append(Line(grid[first - 1][0] or "", Locator(source, row=first, part=label)))
        first += 1
    rows = _grid_cells(grid, spanned, source, label, first)
    if len(rows) >= 2:
        doc.tables.append(Table(rows, Locator(source, row=first, part=label), title=title))
        return len(doc.tables) - 1
    return None


def _grid_cells(grid: list[list[str | None]], spanned: list[list[str | None]], source: str, label: str, first: int = 1) -> tuple[tuple[Cell, ...], ...]:
    """The grid's rows from row `first` on (counting from 1), each cell located by its table, row and column."""
    return tuple(
        tuple(Cell(text, Locator(source, row=r, column=_letter(c), part=label), spans[c]) for c, text in enumerate(row))
        for r, (row, spans) in enumerate(zip(grid, spanned), start=1)
        if r >= first
    )


def _resumed_at(above: Table, grid: list[list[str | None]]) -> int | None:
    """The row (from 1) at which a table straight after `above` (nothing but empty paragraphs between) carries on
    with `above`'s rows, or None when it is a table of its own. It carries on when it is as wide and starts with
    `above`'s header again (row 2 on) or with a row of figures where `above`'s header has none (row 1 on)."""
    width = len(above.rows[0])
    if any(len(row) != width for row in grid) or any(len(row) != width for row in above.rows):
        return None
    header = [c.text for c in above.rows[0]]
    first = [(t or "").strip() for t in grid[0]]
    if first == header:
        return 2 if len(grid) >= 2 else None
    has_digit = any(ch.isdigit() for t in first for ch in t)
    return 1 if has_digit and not any(ch.isdigit() for t in header for ch in t) else None


def _is_title_row(row: list[str | None], width: int) -> bool:
    return len(row) == width and bool(row[0]) and all(text == row[0] for text in row)


def _is_layout(grid: list[list[str | None]]) -> bool:
    """A table that only arranges text on the page: one row, one column, or long prose in its cells."""
    width = max((len(r) for r in grid), default=0)
    filled = [t for row in grid for t in row if t]
    if len(grid) < 2 or width < 2 or not filled:
        return True
    return sum(len(t) for t in filled) / len(filled) > PROSE_CELL_CHARS


def _letter(index: int) -> str:
    from foi_tally.readers.spreadsheet import _letter as letter

    return letter(index)


def _bulleted(p: Any) -> bool:
    """Whether a paragraph is in Word's bulleted list style ("List Bullet", "List Bullet 2", ...)."""
    ppr = p.find(f"{{{_W}}}pPr")
    style = ppr.find(f"{{{_W}}}pStyle") if ppr is not None else None
    return style is not None and (style.get(_VAL) or "").replace(" ", "").lower().startswith("listbullet")


#: How many w:basedOn steps a style's list is looked for through (Word's own chains are short; a loop is cut).
MAX_STYLE_DEPTH = 10
#: Longest w:lvlText read: Word's are a few characters; a longer one is a damaged or hostile file (no mark).
MAX_LEVEL_TEXT = 64
#: Highest number a Word list can be set to start at; a start past it (or unreadable) is a damaged file (no mark).
MAX_LIST_START = 32767
_LEVEL_SLOT = re.compile(r"%([1-9])")
_PPR, _NUM_PR, _LVL = (f"{{{_W}}}{t}" for t in ("pPr", "numPr", "lvl"))


class _ListLevel(NamedTuple):
    """One level of a Word list (a w:lvl): how its number is written and where it starts."""

    number_format: str  # w:numFmt: "bullet", "decimal", "lowerLetter", ...
    level_text: str | None  # w:lvlText: "%1.", "%1.%2", "(%1)"; a bullet's character
    start: int | None  # None: unreadable, so the level draws no mark
    legal: bool  # w:isLgl: every level it shows is written in decimal ("1.1", not "I.a")


class _ListMarks:
    """The marks Word draws before the paragraphs of its automatic lists, for one document: numbering.xml and
    the styles' lists resolved once, then a few dict lookups per paragraph, counting each list (w:numId) on."""

    def __init__(self, levels_by_list: dict[str, dict[int, _ListLevel]],
                 style_lists: dict[str, tuple[str | None, int | None]], default_style: str | None) -> None:
        self.levels_by_list = levels_by_list
        self.style_lists = style_lists  # paragraph style id -> the (numId, ilvl) it gives, through w:basedOn
        self.default_style = default_style
        self.counters: dict[str, dict[int, int]] = {}  # numId -> level -> the number it has reached

    def restart(self) -> None:
        """Start counting again: each part of the document (body, header, notes) numbers its lists anew."""
        self.counters = {}

    def mark(self, p: Any) -> str:
        """The bullet ("\u2022 ") or number ("2. ", "b) ") Word draws before paragraph `p`, counted on; "" when
        it is in no list."""
        if not self.levels_by_list:
            return ""
        ppr = p.find(_PPR)
        num_pr = ppr.find(_NUM_PR) if ppr is not None else None
        list_id = _child_val(num_pr, "numId")
        ilvl = _whole_number(_child_val(num_pr, "ilvl"))
        if list_id is None or ilvl is None:
            style = _child_val(ppr, "pStyle") or self.default_style
            style_list_id, style_ilvl = self.style_lists.get(style or "", (None, None))
            list_id = list_id if list_id is not None else style_list_id
            ilvl = ilvl if ilvl is not None else style_ilvl
        if list_id is None or list_id.strip() == "0":  # numId 0: the style's list switched off
            return ""
        levels = self.levels_by_list.get(list_id.strip())
        level = levels.get(ilvl or 0) if levels else None
        if levels is None or level is None or level.start is None:
            return ""
        ilvl = ilvl or 0
        counters = self.counters.setdefault(list_id.strip(), {})
        for deeper in [at for at in counters if at > ilvl]:
            del counters[deeper]  # a new item starts its sub-lists again
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        if level.number_format == "bullet":
            return "\u2022 "
        if level.level_text is None or len(level.level_text) > MAX_LEVEL_TEXT:
            return ""

        def number_at(slot: re.Match[str]) -> str:
            at = int(slot.group(1)) - 1
            shown = levels.get(at)
            value = counters.get(at, shown.start if shown is not None and shown.start is not None else 1)
            return _list_number(value, "decimal" if level.legal or shown is None else shown.number_format)

        text = _LEVEL_SLOT.sub(number_at, level.level_text).strip()
        return text + " " if text else ""


def _list_marks(word: Any) -> _ListMarks:
    """The document's list marks, from word/numbering.xml and the styles; none when it has no numbering part or
    one that cannot be read (a damaged list never stops the letter being read)."""
    from lxml.etree import XMLSyntaxError

    try:
        styles_root = word.styles.element
    except (KeyError, ValueError):
        styles_root = None
    style_lists, default_style = _style_lists(styles_root) if styles_root is not None else ({}, None)
    try:
        numbering = _numbering_root(word)
    except (XMLSyntaxError, ValueError, KeyError):
        numbering = None
    if numbering is None:
        return _ListMarks({}, style_lists, default_style)
    return _ListMarks(_list_levels(numbering, style_lists), style_lists, default_style)


def _numbering_root(word: Any) -> Any:
    """The root of word/numbering.xml, or None. (Found through the relationship, not python-docx's
    numbering_part, which tries to add a part when there is none.)"""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    for rel in word.part.rels.values():
        if rel.reltype != RT.NUMBERING or rel.is_external:
            continue
        part = rel.target_part
        root = getattr(part, "element", None)
        if root is None:
            root = parse_xml(part.blob)
        return root if root.tag == f"{{{_W}}}numbering" else None
    return None


def _list_levels(numbering: Any, style_lists: dict[str, tuple[str | None, int | None]]
                 ) -> dict[str, dict[int, _ListLevel]]:
    """Each list (w:num, by numId) -> its levels: its abstract list's w:lvl, as its w:lvlOverride changes them."""
    abstracts = {a.get(f"{{{_W}}}abstractNumId"): a for a in numbering.iterchildren(f"{{{_W}}}abstractNum")}
    abstract_of_list = {n.get(f"{{{_W}}}numId"): _child_val(n, "abstractNumId")
                        for n in numbering.iterchildren(f"{{{_W}}}num")}

    def abstract_levels(abstract_id: str | None, hops: int) -> dict[int, _ListLevel]:
        abstract = abstracts.get(abstract_id)
        if abstract is None:
            return {}
        # A list that only names a list style (w:numStyleLink) takes its levels from that style's own list.
        linked_style = _child_val(abstract, "numStyleLink")
        if linked_style is not None and hops < MAX_STYLE_DEPTH:
            linked = abstract_of_list.get(style_lists.get(linked_style, (None, None))[0])
            if linked is not None and linked != abstract_id:
                return abstract_levels(linked, hops + 1)
        return {at: level for lvl in abstract.iterchildren(_LVL)
                if (at := _whole_number(lvl.get(f"{{{_W}}}ilvl"))) is not None and (level := _list_level(lvl))}

    levels_by_list: dict[str, dict[int, _ListLevel]] = {}
    for num in numbering.iterchildren(f"{{{_W}}}num"):
        list_id = num.get(f"{{{_W}}}numId")
        if list_id is None:
            continue
        levels = dict(abstract_levels(abstract_of_list.get(list_id), 0))
        for override in num.iterchildren(f"{{{_W}}}lvlOverride"):
            at = _whole_number(override.get(f"{{{_W}}}ilvl"))
            if at is None:
                continue
            replaced = override.find(_LVL)
            if replaced is not None:
                levels[at] = _list_level(replaced)
            start_override = _child_val(override, "startOverride")
            if start_override is not None and at in levels:
                levels[at] = levels[at]._replace(start=_list_start(start_override))
        if levels:
            levels_by_list[list_id.strip()] = levels
    return levels_by_list


def _list_level(lvl: Any) -> _ListLevel:
    number_format = _child_val(lvl, "numFmt")
    if number_format is None:  # Word 2010 writes a new format with an older one as the fallback
        fallback = lvl.find(f"{{{_MC}}}AlternateContent/{{{_MC}}}Fallback/{{{_W}}}numFmt")
        number_format = fallback.get(_VAL) if fallback is not None else None
    start = _child_val(lvl, "start")
    legal = lvl.find(f"{{{_W}}}isLgl")
    return _ListLevel(number_format or "decimal", _child_val(lvl, "lvlText"),
                      _list_start(start) if start is not None else 0,  # none given: 0, as the standard says
                      legal is not None and (legal.get(_VAL) or "true").lower() not in ("false", "0", "off"))


def _style_lists(styles_root: Any) -> tuple[dict[str, tuple[str | None, int | None]], str | None]:
    """Each style's list (numId, ilvl), each taken from the nearest style up its w:basedOn chain that gives it;
    and the default paragraph style, which a paragraph naming no style is in."""
    own: dict[str, tuple[str | None, int | None, str | None]] = {}
    default_style = None
    for style in styles_root.iterchildren(f"{{{_W}}}style"):
        style_id = style.get(f"{{{_W}}}styleId")
        if style_id is None:
            continue
        num_pr = style.find(f"{_PPR}/{_NUM_PR}")
        own[style_id] = (_child_val(num_pr, "numId"), _whole_number(_child_val(num_pr, "ilvl")),
                         _child_val(style, "basedOn"))
        if style.get(f"{{{_W}}}type") == "paragraph" and style.get(f"{{{_W}}}default") in ("1", "true", "on"):
            default_style = style_id
    style_lists: dict[str, tuple[str | None, int | None]] = {}
    for style_id in own:
        list_id: str | None = None
        ilvl: int | None = None
        at: str | None = style_id
        seen: set[str] = set()
        while at in own and at not in seen and len(seen) < MAX_STYLE_DEPTH:
            seen.add(at)
            own_list, own_ilvl, at = own[at]
            list_id = list_id if list_id is not None else own_list
            ilvl = ilvl if ilvl is not None else own_ilvl
        if list_id is not None or ilvl is not None:
            style_lists[style_id] = (list_id, ilvl)
    return style_lists, default_style


def _list_number(n: int, number_format: str) -> str:
    """`n` written as a w:numFmt shows it; a format not known here is written as decimal."""
    if number_format == "none":
        return ""
    if number_format in ("lowerLetter", "upperLetter") and 1 <= n <= 26 * 20:
        letters = repeated_letters(n)  # Word's a ... z, aa, bb ...
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman") and 1 <= n < 4000:
        roman = roman_numeral(n)
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    return str(n)


def _child_val(element: Any, name: str) -> str | None:
    """The w:val of `element`'s child w:`name`, or None (also when `element` is None)."""
    child = element.find(f"{{{_W}}}{name}") if element is not None else None
    return child.get(_VAL) if child is not None else None


def _list_start(text: str) -> int | None:
    """A w:start or w:startOverride value, or None when it is not one Word could have written."""
    start = _whole_number(text)
    return start if start is not None and 0 <= start <= MAX_LIST_START else None


def _whole_number(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
