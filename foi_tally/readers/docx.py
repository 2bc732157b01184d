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
"""

from __future__ import annotations

import functools
import zipfile
from io import BytesIO
from typing import Any

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers import PARTLY_READ, STRUCK_THROUGH, TRACKED_CHANGES
from foi_tally.readers.marks import NOTE_MARK, unglue_superscripts
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
    reader = _Reader(doc, source, _superscript_styles(word))
    section = word.sections[0] if word.sections else None
    first = section is not None and section.different_first_page_header_footer
    header = (section.first_page_header if first else section.header) if section is not None else None
    footer = (section.first_page_footer if first else section.footer) if section is not None else None
    parts = [word.element.body]
    # NOTE: a header "linked to previous" in the first section has no definition: touching it would add one.
    if header is not None and not header.is_linked_to_previous:
        reader.blocks(header._element, "page header")
        parts.append(header._element)
    reader.blocks(word.element.body, None)
    for kind in ("footnote", "endnote"):
        notes = _notes_part(word, kind, doc)
        if notes is not None:
            reader.notes(notes, kind)
            parts.append(notes)
    if footer is not None and not footer.is_linked_to_previous:
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

    def __init__(self, doc: Document, source: str, superscript_styles: set[str]) -> None:
        self.doc = doc
        self.source = source
        self.superscript_styles = superscript_styles
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
                bullet = "\u2022 " if _bulleted(child) else ""  # Word draws the bullet; the text does not hold it
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
        return "\n".join(self.paragraph_text(p) for p in _blocks(tc) if p.tag == _P).strip()

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
