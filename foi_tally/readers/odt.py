"""OpenDocument text letters (.odt, LibreOffice Writer) through odfpy, read as Word letters are (docx.py).

The page header of the first page is read first and its footer last, because a force is often named only
in its letterhead. Every paragraph (text:p, text:h) is a line: `Locator.line` is the paragraph's number in
its part, counted through lists and sections; a line break inside a paragraph splits it. A list item keeps
the mark its list style draws before it: "\u2022 " for a bullet (whatever its character, as docx.py writes
Word's bullets) and the number as shown for a numbered list ("1. ", "b) ", "2.1 "). Tables are written by
docx.add_table, so they read exactly as Word's do: a data table becomes a Table whose cells are located by
`part` ("table 2"), row and column; a table that only lays the page out is read as lines; a cell merged
across columns carries its text across the merge's top row, and a cell covered by the rows of a merge keeps
the merge's text in `Cell.spanned`.

A paragraph's text is what Writer shows: spans, links, fields (a date, a page number: their shown text),
runs of spaces (text:s) and tabs. Tracked changes are taken as accepted: inserted text sits in the
paragraphs, deleted text only in text:tracked-changes, which is not read (and the document says so in a
warning). Hidden text (hidden paragraphs and sections, hidden-text fields, text styled hidden) and
struck-through text are left out and reported, as docx.py does. (A field or paragraph hidden under a
condition is read when Writer recorded it as shown, text:is-hidden="false"; a section hidden under a
condition is taken as hidden, since the file does not record the condition's value.) A raised footnote
mark typed beside a number ("12" then a superscript "1") is left out. A footnote or endnote (text:note)
is left out of its paragraph, so its mark is never glued into a number, and its text follows the body
(`part` "footnote 1").
Text boxes (draw:text-box, and text in a drawn shape) follow the paragraph they are anchored in (`part`
"text box 1"); a box anchored to the page is read where it sits in the body.

Not read: comments (office:annotation), pictures and embedded objects (charts, spreadsheets), a table inside
a table's cell (said in a warning), headers and footers of pages after the first (left and right pages), and
heading numbers that Writer works out from the outline but does not store in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from foi_tally.document import Document, Line
from foi_tally.readers import STRUCK_THROUGH, TRACKED_CHANGES
from foi_tally.readers.docx import MAX_BOX_DEPTH, add_table
from foi_tally.readers.marks import NOTE_MARK, repeated_letters, roman_numeral, unglue_superscripts
from foi_tally.readers.ods import (
    _ROW_GROUPS,
    OFFICE,
    STYLE,
    TABLE,
    TEXT,
    _attr,
    _int,
    _walk,
    load_package,
    office_body,
)
from foi_tally.readers.spreadsheet import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from foi_tally.records import Locator, ReadError

DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XML = "http://www.w3.org/XML/1998/namespace"
#: Drawings, 3D scenes, form controls and office-level elements (comments) inside a paragraph: never part of
#: its text (a text box is read on its own, after the paragraph).
_NOT_TEXT_NAMESPACES = {DRAW, OFFICE, "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
                        "urn:oasis:names:tc:opendocument:xmlns:form:1.0"}
_P, _H, _S, _TAB, _LINE_BREAK, _SPAN, _A, _NOTE, _NOTE_BODY, _NUMBER = (
    (TEXT, t) for t in ("p", "h", "s", "tab", "line-break", "span", "a", "note", "note-body", "number")
)
_LIST, _ITEM, _LIST_HEADER, _SECTION, _NUMBERED_PARAGRAPH, _HIDDEN_TEXT, _HIDDEN_PARAGRAPH, _TRACKED = (
    (TEXT, t) for t in ("list", "list-item", "list-header", "section", "numbered-paragraph", "hidden-text",
                        "hidden-paragraph", "tracked-changes")
)
_TABLE, _CELL, _COVERED = (TABLE, "table"), (TABLE, "table-cell"), (TABLE, "covered-table-cell")
_TEXT_BOX = (DRAW, "text-box")
#: Inside a paragraph, text that is not shown in it: annotations of ruby text, a script's source, changes.
_SKIPPED = {(TEXT, t) for t in ("ruby-text", "script", "tracked-changes", "hidden-paragraph", "note-citation")}
#: Elements that only hold blocks (paragraphs, lists, tables): their content is read as if they were not there.
#: An index (a table of contents) is read as it is shown, from its index-body; its template (*-source) is not.
_BLOCK_WRAPPERS = {(TEXT, t) for t in ("index-body", "index-title", "table-of-content", "alphabetical-index",
                                         "illustration-index", "table-index", "object-index", "user-index",
                                         "bibliography")}
_BLOCK_WRAPPERS |= {(STYLE, t) for t in ("region-left", "region-center", "region-right")}
#: Spaces one text:s may add: Writer writes a few; more is a file built to fill memory.
MAX_SPACES = 100
_XML_SPACES = re.compile(r"[ \t\r\n]+")
#: How deep style:parent-style-name chains are followed (a loop is a damaged file, not an endless read).
MAX_STYLE_DEPTH = 32
HIDDEN_TEXT = "hidden text (not shown in Writer) was not read"


def read(data: bytes, source: str, fmt: str = "odt") -> Document:
    book = load_package(data, ".odt document")
    body = office_body(book, "text")
    if body is None:
        raise ReadError("the .odt document is damaged (no text body: content.xml is missing or holds none)")
    doc = Document(source=source, format="odt")
    try:
        _read(doc, book, body)
    except RecursionError:
        raise ReadError("the .odt document is damaged (its XML is nested too deeply to read)") from None
    return doc


def _read(doc: Document, book: Any, body: Any) -> None:
    styles = _Styles(book)
    reader = _Reader(doc, styles)
    header, footer = _page_parts(book, styles, body)
    if header is not None:
        reader.blocks(header, "page header")
    reader.blocks(body, None)
    reader.read_notes()
    if footer is not None:
        reader.blocks(footer, "page footer")
    if reader.struck:
        doc.warnings.append(STRUCK_THROUGH)
    if reader.hidden:
        doc.warnings.append(HIDDEN_TEXT)
    if any(_tracked(part) for part in (header, body, footer) if part is not None):
        doc.warnings.append(TRACKED_CHANGES)


class _Marks(NamedTuple):
    """What a style does to text, as far as reading it goes; None: what the style it is based on does."""

    struck: bool | None = None
    hidden: bool | None = None
    raised: bool | None = None  # superscript

    def over(self, base: _Marks) -> _Marks:
        """These marks on text inside `base` (a span in a paragraph): each one set here wins."""
        return _Marks(*(own if own is not None else outer for own, outer in zip(self, base)))


class _Styles:
    """The document's styles (automatic and common, from content.xml and styles.xml), by family and name."""

    def __init__(self, book: Any) -> None:
        self.styles: dict[tuple[str, str], Any] = {}
        self.lists: dict[str, Any] = {}
        self._marks: dict[tuple[str, str | None], _Marks] = {}
        # (odfpy gathers the automatic styles of content.xml, then of styles.xml, into one element; names
        # rarely clash, since Writer gives the page styles' own "MP1", "MT1": the first one wins.)
        for container in (book.automaticstyles, book.styles):
            for style in container.childNodes:
                if _qname(style) == (STYLE, "style"):
                    key = (_attr(style, STYLE, "family") or "", _attr(style, STYLE, "name") or "")
                    self.styles.setdefault(key, style)
                elif _qname(style) == (TEXT, "list-style"):
                    self.lists.setdefault(_attr(style, STYLE, "name") or "", style)

    def chain(self, family: str, name: str | None) -> Iterator[Any]:
        """The style called `name`, then the styles it is based on, nearest first."""
        seen: set[str] = set()
        while name and name not in seen and len(seen) < MAX_STYLE_DEPTH:
            seen.add(name)
            style = self.styles.get((family, name))
            if style is None:
                return
            yield style
            name = _attr(style, STYLE, "parent-style-name")

    def attr(self, family: str, name: str | None, namespace: str, attr: str) -> str | None:
        """An attribute of the style, or of the nearest style it is based on that sets it."""
        for style in self.chain(family, name):
            value = _attr(style, namespace, attr)
            if value is not None:
                return value
        return None

    def marks(self, family: str, name: str | None) -> _Marks:
        key = (family, name)
        if key not in self._marks:
            marks = _Marks()
            for style in self.chain(family, name):
                marks = marks.over(_own_marks(style))
            self._marks[key] = marks
        return self._marks[key]


def _own_marks(style: Any) -> _Marks:
    """The marks a style's own text properties set: struck through, hidden (text:display="none"), raised."""
    props = next((c for c in style.childNodes if _qname(c) == (STYLE, "text-properties")), None)
    if props is None:
        return _Marks()
    through, kind = _attr(props, STYLE, "text-line-through-style"), _attr(props, STYLE, "text-line-through-type")
    struck = None if through is None and kind is None else through not in (None, "none") and kind != "none"
    display = _attr(props, TEXT, "display")
    hidden = None if display is None else display == "none" or (
        display == "condition" and _attr(props, TEXT, "condition") == "none"
    )
    return _Marks(struck, hidden, _raised(_attr(props, STYLE, "text-position")))


def _raised(position: str | None) -> bool | None:
    """Whether style:text-position ("super 58%", "33% 58%", "sub", "0% 100%") raises the text."""
    first = (position or "").split()[:1]
    if not first:
        return None
    if first[0] in ("super", "sub"):
        return first[0] == "super"
    try:
        return float(first[0].rstrip("%")) > 0
    except ValueError:
        return None


class _Reader:
    """Writes a Writer part's paragraphs, lists, tables, text boxes and notes into the document, in order."""

    def __init__(self, doc: Document, styles: _Styles) -> None:
        self.doc = doc
        self.source = doc.source
        self.styles = styles
        self.struck = False  # some text was struck through (and left out)
        self.hidden = False  # some text was hidden (and left out)
        self.boxes = 0
        # The data table last read, while nothing but empty paragraphs has followed it (see docx.add_table).
        self.open_table: int | None = None
        self.notes: list[tuple[str, Any]] = []  # ("footnote" or "endnote", its text:note-body), as met
        self.reading_notes = False
        self.lists_by_id: dict[str, dict[int, int]] = {}  # a list's xml:id -> its counters (level -> number)
        self.last_list: dict[str | None, dict[int, int]] = {}  # list style -> the counters of its last list

    def blocks(self, element: Any, part: str | None, depth: int = 0) -> None:
        doc, source = self.doc, self.source
        number = 0
        tables = 0
        self.open_table = None
        for kind, child, mark in self._blocks(element):
            if kind == "p":
                number += 1
                for text in self.paragraph_text(child).split("\n"):
                    if text.strip():
                        text, mark = mark + text.strip(), ""
                        doc.lines.append(Line(text, Locator(source, line=number, part=part)))
                        self.open_table = None
            elif kind == "table":
                tables += 1
                self.table(child, f"{part}, table {tables}" if part else f"table {tables}")
            self.text_boxes([child] if kind == "frame" else child.childNodes, part, depth)

    def _blocks(self, element: Any) -> Iterator[tuple[str, Any, str]]:
        """("p", paragraph, its list mark), ("table", table, "") and ("frame", drawing, "") in order, looking
        inside lists, sections and indexes; hidden sections left out."""
        for child in element.childNodes:
            tag = _qname(child)
            if tag in (_P, _H):
                yield "p", child, ""
            elif tag == _TABLE:
                yield "table", child, ""
            elif tag == _LIST:
                yield from self._list(child, None, 1, None)
            elif tag == _NUMBERED_PARAGRAPH:
                mark = _stored_number(child) or ""
                for sub in child.childNodes:
                    if _qname(sub) in (_P, _H):
                        yield "p", sub, mark
                        mark = ""
            elif tag == _SECTION:
                if _attr(child, TEXT, "display") in ("none", "condition"):
                    self.hidden = self.hidden or _has_text(child)
                else:
                    yield from self._blocks(child)
            elif tag in _BLOCK_WRAPPERS:
                yield from self._blocks(child)
            elif tag is not None and tag[0] == DRAW:
                yield "frame", child, ""  # a text box anchored to the page

    def _list(self, element: Any, counters: dict[int, int] | None, level: int,
              style: str | None) -> Iterator[tuple[str, Any, str]]:
        """A list's paragraphs, the first of each item with the bullet or number drawn before it."""
        style = _attr(element, TEXT, "style-name") or style
        if counters is None:
            counters = self._counters(element, style)
        for item in element.childNodes:
            tag = _qname(item)
            if tag not in (_ITEM, _LIST_HEADER):
                continue
            stored = _stored_number(item)
            first = True
            for child in item.childNodes:
                kind = _qname(child)
                if kind in (_P, _H):
                    mark = ""
                    if first and tag == _ITEM:
                        own_style = style or self.styles.attr("paragraph", _attr(child, TEXT, "style-name"), STYLE,
                                                              "list-style-name")
                        mark = self._mark(item, level, own_style, counters)
                        mark = stored if stored is not None else mark
                    yield "p", child, mark
                    first = False
                elif kind == _LIST:
                    first = False  # an item that starts with a list inside it takes no number of its own
                    yield from self._list(child, counters, level + 1, style)
                elif kind == _TABLE:
                    first = False
                    yield "table", child, ""

    def _counters(self, element: Any, style: str | None) -> dict[int, int]:
        """The numbers a list goes on from: its own, or those of the list it continues."""
        follows = _attr(element, TEXT, "continue-list")
        if follows and follows in self.lists_by_id:
            counters = self.lists_by_id[follows]
        elif _attr(element, TEXT, "continue-numbering") == "true" and style in self.last_list:
            counters = self.last_list[style]
        else:
            counters = {}
        own = _attr(element, XML, "id")
        if own:
            self.lists_by_id[own] = counters
        self.last_list[style] = counters
        return counters

    def _mark(self, item: Any, level: int, style: str | None, counters: dict[int, int]) -> str:
        """The bullet ("\u2022 ") or number ("2. ") the list style draws before an item at `level`, counted on."""
        for deeper in [n for n in counters if n > level]:
            del counters[deeper]  # a new item starts its sub-lists again
        levels = _levels(self.styles.lists.get(style or ""))
        own = levels.get(level)
        if own is None:
            return ""
        if _qname(own) != (TEXT, "list-level-style-number"):
            return "\u2022 "  # a bullet or a picture, drawn by Writer: the text does not hold it
        start = _whole(_attr(item, TEXT, "start-value"))
        counters[level] = start if start is not None else counters.get(level, _start(own) - 1) + 1
        shown = min(_int(_attr(own, TEXT, "display-levels"), 1), level)
        numbers = []
        for at in range(level - shown + 1, level + 1):
            style_at = levels.get(at)
            if style_at is None or _qname(style_at) != (TEXT, "list-level-style-number"):
                continue
            numbers.append(_numeral(counters.get(at, _start(style_at)), _attr(style_at, STYLE, "num-format"),
                                    _attr(style_at, STYLE, "num-letter-sync") == "true"))
        return _as_mark((_attr(own, STYLE, "num-prefix") or "") + ".".join(n for n in numbers if n)
                        + (_attr(own, STYLE, "num-suffix") or ""))

    def read_notes(self) -> None:
        """The footnotes, then the endnotes, each numbered in the order their marks appear."""
        self.reading_notes = True  # (a note inside a note is not allowed: one would be read once, here)
        for kind in ("footnote", "endnote"):
            count = 0
            for note_kind, body in list(self.notes):
                if note_kind == kind:
                    count += 1
                    self.blocks(body, f"{kind} {count}")

    def text_boxes(self, nodes: list[Any], part: str | None, depth: int) -> None:
        """Text boxes anchored in these nodes (a paragraph's or table's content, or a drawing anchored to the
        page), read as lines after them."""
        if depth >= MAX_BOX_DEPTH:
            return
        for box in _boxes(nodes):
            self.boxes += 1
            label = f"{part}, text box {self.boxes}" if part else f"text box {self.boxes}"
            self.blocks(box, label, depth + 1)

    def table(self, element: Any, label: str) -> None:
        grid, spanned = self.grid(element, label)
        nested = bool(grid) and any(_qname(n) == _TABLE for n in _descendants(element, _in_a_drawing))
        self.open_table = add_table(self.doc, grid, spanned, label, self.open_table, nested)

    def grid(self, table: Any, label: str) -> tuple[list[list[str | None]], list[list[str | None]]]:
        """The table's text as a grid, as docx.py reads Word's: a cell spanning columns repeats its text, a cell
        covered by the rows of a merge is empty; and beside it, for each cell covered by the rows of a merge,
        the text of the merge's top cell."""
        grid: list[list[str | None]] = []
        spanned: list[list[str | None]] = []
        below: dict[int, tuple[str | None, int]] = {}  # column -> (text of a merge's top cell, its last row)
        filled = 0
        for tr in _walk(table, "table-row", _ROW_GROUPS):
            cells = [self._cell(tc) for tc in tr.childNodes if _qname(tc) in (_CELL, _COVERED)]
            for _ in range(_int(_attr(tr, TABLE, "number-rows-repeated"), 1)):
                r = len(grid) + 1
                if r > MAX_ROWS:
                    raise ReadError(f"{label} is too large to read safely (more than {MAX_ROWS} rows)")
                row: list[str | None] = []
                spans: list[str | None] = []
                across: tuple[str | None, int] = (None, 0)  # a cell spanning columns: its text, columns still to go
                for covered, text, wide, tall, repeat in cells:
                    for _ in range(repeat):
                        column = len(row)
                        if column >= MAX_COLUMNS:
                            raise ReadError(f"{label} is too wide to read safely (more than {MAX_COLUMNS} columns)")
                        top = below.get(column)
                        if not covered:
                            row.append(text)
                            spans.append(None)
                            across = (text, wide - 1)
                            if tall > 1:
                                below.update({column + c: (text, r + tall - 1) for c in range(wide)})
                        elif across[1] > 0:
                            row.append(across[0])
                            spans.append(None)
                            across = (across[0], across[1] - 1)
                        else:
                            row.append(None)
                            spans.append(top[0] if top is not None and top[1] >= r else None)
                filled += len(row)
                if filled > MAX_CELLS:
                    raise ReadError(f"{label} is too large to read safely (more than {MAX_CELLS} cells)")
                grid.append(row)
                spanned.append(spans)
        return grid, spanned

    def _cell(self, tc: Any) -> tuple[bool, str | None, int, int, int]:
        """(covered by a merge, text, columns spanned, rows spanned, times repeated) of one table cell."""
        if _qname(tc) == _COVERED:
            return True, None, 1, 1, _int(_attr(tc, TABLE, "number-columns-repeated"), 1)
        return (
            False,
            self.cell_text(tc) or None,
            min(_int(_attr(tc, TABLE, "number-columns-spanned"), 1), MAX_COLUMNS),
            min(_int(_attr(tc, TABLE, "number-rows-spanned"), 1), MAX_ROWS),
            _int(_attr(tc, TABLE, "number-columns-repeated"), 1),
        )

    def cell_text(self, tc: Any) -> str:
        """A cell's paragraphs (inside lists too), one a line; a table inside the cell is left out."""
        return "\n".join(self.paragraph_text(p) for kind, p, _ in self._blocks(tc) if kind == "p").strip()

    def paragraph_text(self, p: Any) -> str:
        """The paragraph's text as Writer shows it: spans, links and fields in order, text:s as spaces, tabs as
        tabs, line breaks as line breaks; notes, text boxes, comments, hidden and struck-through text and raised
        footnote marks left out."""
        if any(_qname(n) == _HIDDEN_PARAGRAPH and _attr(n, TEXT, "is-hidden") != "false"
               for n in _descendants(p, _apart)):
            self.hidden = self.hidden or _has_text(p)
            return ""
        parts: list[str] = []
        self._text(p, parts, self.styles.marks("paragraph", _attr(p, TEXT, "style-name")))
        return unglue_superscripts("".join(parts))

    def _text(self, element: Any, parts: list[str], marks: _Marks) -> None:
        for child in element.childNodes:
            tag = _qname(child)
            if tag is None:  # text
                data = getattr(child, "data", "")
                if not data:
                    continue
                if marks.hidden or marks.struck:
                    if data.strip():
                        self.hidden = self.hidden or bool(marks.hidden)
                        self.struck = self.struck or not marks.hidden
                    continue
                # XML white space in a paragraph is one space wherever it runs on (text:s holds real spaces).
                text = _XML_SPACES.sub(" ", data)
                if text.startswith(" ") and (not parts or parts[-1][-1:].isspace()):
                    text = text[1:]
                parts.append(text)
            elif tag in _SKIPPED or tag[0] in _NOT_TEXT_NAMESPACES:
                continue
            elif tag == _NOTE:
                body = next((c for c in child.childNodes if _qname(c) == _NOTE_BODY), None)
                if body is not None and not (marks.hidden or marks.struck or self.reading_notes):
                    kind = "endnote" if _attr(child, TEXT, "note-class") == "endnote" else "footnote"
                    self.notes.append((kind, body))
            elif tag in (_S, _TAB, _LINE_BREAK):
                if not (marks.hidden or marks.struck):
                    parts.append("\t" if tag == _TAB else "\n" if tag == _LINE_BREAK
                                 else " " * min(_int(_attr(child, TEXT, "c"), 1), MAX_SPACES))
            elif tag == _HIDDEN_TEXT:
                if _attr(child, TEXT, "is-hidden") == "false":  # its condition was false when last shown
                    self._text(child, parts, marks)
                else:
                    self.hidden = self.hidden or _has_text(child)
            elif tag == _NUMBER:
                if not (marks.hidden or marks.struck):
                    parts.append(_as_mark(_plain_text(child)))  # a heading's number, as Writer stored it
            elif tag in (_SPAN, _A):
                inner = self.styles.marks("text", _attr(child, TEXT, "style-name")).over(marks)
                start = len(parts)
                self._text(child, parts, inner)
                if inner.raised and NOTE_MARK.fullmatch("".join(parts[start:])):
                    del parts[start:]  # a footnote mark typed as raised text: not part of the number before it
            else:
                self._text(child, parts, marks)  # fields, bookmarks, meta, ruby: their shown text


def _qname(node: Any) -> tuple[str, str] | None:
    """An element's (namespace, local name); None for text."""
    return getattr(node, "qname", None)


def _descendants(node: Any, prune: Callable[[Any], bool] | None = None) -> Iterator[Any]:
    """Every node under `node` in document order; a node for which `prune` is true is given, not looked into."""
    stack = list(reversed(node.childNodes))
    while stack:
        child = stack.pop()
        yield child
        if getattr(child, "childNodes", None) and not (prune is not None and prune(child)):
            stack.extend(reversed(child.childNodes))


def _apart(node: Any) -> bool:
    """Content with a place of its own, not part of the text around it: a note, a drawing, a comment."""
    tag = _qname(node)
    return tag is not None and (tag == _NOTE or tag[0] in _NOT_TEXT_NAMESPACES)


def _in_a_drawing(node: Any) -> bool:
    tag = _qname(node)
    return tag is not None and tag[0] == DRAW


def _has_text(node: Any) -> bool:
    return any(_qname(n) is None and getattr(n, "data", "").strip() for n in _descendants(node))


def _plain_text(node: Any) -> str:
    return "".join(getattr(n, "data", "") for n in _descendants(node) if _qname(n) is None)


def _stored_number(node: Any) -> str | None:
    """The number Writer stored for a list item or numbered paragraph (its text:number), as a mark; or None."""
    number = next((c for c in node.childNodes if _qname(c) == _NUMBER), None)
    return None if number is None else _as_mark(_plain_text(number))


def _as_mark(text: str) -> str:
    """A bullet's or number's text as the start of a line: followed by one space."""
    return text.strip() + " " if text.strip() else ""


def _boxes(nodes: list[Any]) -> list[Any]:
    """Text boxes among these nodes and under them, not inside another text box there, nor inside a note
    (read with the note)."""
    found = []
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        tag = _qname(node)
        if tag is None or tag == _NOTE:
            continue
        if tag == _TEXT_BOX or (tag[0] == DRAW and any(_qname(c) in (_P, _H, _LIST) for c in node.childNodes)):
            found.append(node)  # a text box, or a shape with text in it
            continue
        stack.extend(reversed(node.childNodes))
    return found


def _levels(list_style: Any) -> dict[int, Any]:
    """A list style's level styles (bullet, number or picture) by level."""
    levels: dict[int, Any] = {}
    for child in list_style.childNodes if list_style is not None else ():
        tag = _qname(child)
        if tag is not None and tag[1].startswith("list-level-style-"):
            levels.setdefault(_int(_attr(child, TEXT, "level"), 1), child)
    return levels


def _start(level_style: Any) -> int:
    start = _whole(_attr(level_style, TEXT, "start-value"))
    return 1 if start is None else start


def _whole(text: str | None) -> int | None:
    try:
        return int(text) if text and len(text) < 10 else None
    except ValueError:
        return None


def _numeral(n: int, num_format: str | None, letter_sync: bool) -> str:
    """`n` as a list level's style:num-format shows it: "1", "a", "A", "i", "I"; "" shows no number."""
    if num_format == "":
        return ""
    if n < 1 or num_format not in ("a", "A", "i", "I"):
        return str(n)
    if num_format in ("a", "A"):
        if letter_sync:  # a, b, ... z, aa, bb, ...
            letters = repeated_letters(n)
        else:  # a, b, ... z, aa, ab, ...
            letters = ""
            while n:
                n, rest = divmod(n - 1, 26)
                letters = chr(ord("a") + rest) + letters
        return letters.upper() if num_format == "A" else letters
    if n >= 4000:
        return str(n)
    roman = roman_numeral(n)
    return roman.upper() if num_format == "I" else roman


def _page_parts(book: Any, styles: _Styles, body: Any) -> tuple[Any, Any]:
    """The header and footer of the first page: those of the master page its first paragraph or table asks for
    (Writer's "Default Page Style", "Standard", when it asks for none), the first page's own when it has one."""
    first = next((n for n in _descendants(body, _apart_or_changes) if _qname(n) in (_P, _H, _TABLE)), None)
    wanted = None
    if first is not None:
        family = "table" if _qname(first) == _TABLE else "paragraph"
        wanted = styles.attr(family, _attr(first, (TEXT if family == "paragraph" else TABLE), "style-name"), STYLE,
                             "master-page-name")
    pages = [m for m in book.masterstyles.childNodes if _qname(m) == (STYLE, "master-page")]
    by_name = {_attr(m, STYLE, "name"): m for m in pages}
    page = by_name.get(wanted or "Standard") or by_name.get("Standard") or (pages[0] if pages else None)
    if page is None:
        return None, None
    parts = {tag[1]: c for c in page.childNodes if (tag := _qname(c)) is not None and tag[0] == STYLE}
    return _shown(parts.get("header-first", parts.get("header"))), _shown(parts.get("footer-first", parts.get("footer")))


def _shown(part: Any) -> Any:
    """A page header or footer, or None when it is switched off (style:display="false")."""
    return part if part is not None and _attr(part, STYLE, "display") != "false" else None


def _apart_or_changes(node: Any) -> bool:
    return _apart(node) or _qname(node) == _TRACKED


def _tracked(part: Any) -> bool:
    """Whether a part records tracked insertions or deletions."""
    return any(
        _qname(c) == _TRACKED
        and any(_qname(n) in ((TEXT, "insertion"), (TEXT, "deletion")) for n in _descendants(c))
        for c in part.childNodes
    )
