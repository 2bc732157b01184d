"""Web pages (.html/.htm): disclosure-log entries saved from a force's website.

Only the page's own content is read. Navigation, cookie banners, site
headers and footers, sidebars and widget areas, skip links, social buttons
and anything the page hides (`hidden`, `display:none`, `aria-hidden`) are
dropped before reading: sidebars carry numbers ("Crime figures: 1,234") that
are not the answer. A wrapper around the content is never dropped for its
name ("has-sidebar"), and a footnote mark in <sup> after a count is left out. When the page marks its main content (`<main>`, `role="main"`) only
that is read. The page title comes first, as a letterhead would.

Lines are numbered through the page and carry the heading they sit under
as their `part` ("Response"); a data table becomes a Table whose locator is
"<heading>, table N" with row numbers and column letters. A table used only
for layout (one row, one column, prose in its cells, or tables inside it) is
read as text. Built on the standard library's html.parser, which never
fails on bad markup.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers.marks import NOTE_MARK, unglue_superscripts
from foi_tally.records import Locator, ReadError

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
#: Never content: code, styling, embedded media and form controls.
DROPPED_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select", "textarea",
                "nav", "aside", "dialog", "canvas", "video", "audio", "map"}
#: ARIA landmarks that are not the page's content.
DROPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
                 "menubar"}
#: Words in an id or class that mark site furniture.
BOILERPLATE_WORDS = {"nav", "navbar", "navigation", "menu", "megamenu", "breadcrumb", "breadcrumbs", "sidebar",
                     "cookie", "cookies", "consent", "gdpr", "footer", "masthead", "skip", "skiplink", "social",
                     "share", "sharing", "newsletter", "related", "promo", "advert", "advertisement"}
BLOCK_TAGS = {"address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
              "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
              "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
#: Average characters per filled cell above which a table is prose laid out in boxes, not data.
PROSE_CELL_CHARS = 80
MAX_NODES = 500_000
#: Deeper nesting than this is flattened, so hostile markup cannot exhaust the stack.
MAX_DEPTH = 200


class Node:
    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | str] = []

    def find_all(self, predicate) -> list[Node]:  # type: ignore[no-untyped-def]
        found = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if predicate(node):
                found.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))
        return found


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unclosed cells, rows and paragraphs are closed where the next one opens."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.last = self.root
        self.count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.count += 1
        if self.count > MAX_NODES:
            raise ReadError(f"web page has more than {MAX_NODES} elements: too large to read safely")
        if tag in ("td", "th"):
            self._close_within(("td", "th"), stop=("table", "tr"))
        elif tag == "tr":
            self._close_within(("tr",), stop=("table",))
        elif tag in ("tbody", "thead", "tfoot"):
            self._close_within(("tbody", "thead", "tfoot"), stop=("table",))
        elif tag == "li":
            self._close_within(("li",), stop=("ul", "ol"))
        elif tag in BLOCK_TAGS:
            self._close_within(("p",), stop=tuple(BLOCK_TAGS - {"p"}))
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.last = node
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.stack[-1] is self.last:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return
            if self.stack[index].tag == "table" and tag != "table":
                return  # an end tag from outside this table does not close it

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_within(self, tags: tuple[str, ...], stop: tuple[str, ...]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag in tags:
                del self.stack[index:]
                return
            if self.stack[index].tag in stop:
                return


#: Class words of a block holding someone else's message on a page of correspondence: a request-tracking site's
#: messages from the requester ("outgoing correspondence") and its users' annotations ("comment_in_request"), or a
#: mail client's quoted earlier email ("gmail_quote"). Their figures are not the force's answer.
OTHERS_MESSAGE_CLASSES = {"outgoing", "comment_in_request", "annotation", "annotations", "gmail_quote"}


def _someone_elses(node: Node) -> bool:
    """Whether a block is someone else's message (see OTHERS_MESSAGE_CLASSES), or a quotation of an earlier email
    (<blockquote type="cite">)."""
    classes = set(node.attrs.get("class", "").lower().split())
    return bool(classes & OTHERS_MESSAGE_CLASSES) or (node.tag == "blockquote" and node.attrs.get("type", "").lower() == "cite")


def read(data: bytes, source: str, fmt: str = "html") -> Document:
    markup = decode_html(data)
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    root = builder.root
    doc = Document(source=source, format="html")
    titles = root.find_all(lambda n: n.tag == "title")
    title = _squash(_inline_text(titles[0])) if titles else ""
    _drop_boilerplate(root)
    mains = root.find_all(lambda n: n.tag == "main" or n.attrs.get("role", "").lower() == "main")
    content = mains[0] if mains else root
    renderer = _Renderer(source)
    if title:
        renderer.add_line(title, part="page title")
    renderer.block(content)
    renderer.flush()
    doc.lines.extend(renderer.lines)
    doc.tables.extend(renderer.tables)
    if not doc.lines and not doc.tables:
        raise ReadError("the web page has no readable text once navigation and banners are removed")
    return doc


def decode_html(data: bytes) -> str:
    """The page's text: its byte-order mark, else its declared charset, else UTF-8, else Windows-1252."""
    from foi_tally.readers.spreadsheet import decode_text

    name = None
    declared = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", data[:4096], re.IGNORECASE)
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"  # NOTE: pages that say iso-8859-1 are almost always Windows-1252 (curly quotes, £)
    return decode_text(data, name)


#: Class names that mark a page's own content (the usual WordPress and CMS names).
CONTENT_CLASSES = {"entry-content", "post-content", "page-content", "main-content", "site-main", "content-area"}
#: Furniture named in an id or class beyond BOILERPLATE_WORDS: sidebars ("leftsidebar", "sidebar_1") and
#: widget areas ("widget-area", "footer-widgets").
_SIDEBAR = re.compile(r"sidebar|widget[-_]?areas?\b|widgets?[-_](?:area|zone|column)|widgetized|\b\w*[-_]widgets\b")
#: Classes a wrapper of the content carries to say how the page is laid out, not what it is.
_LAYOUT_MODIFIER = re.compile(r"(?<![a-z0-9])(?:no|has|with|without|hide|show)[-_]sidebars?(?:[-_]\w+)*")


def _is_content(node: Node) -> bool:
    """The page's main content: <main>, role="main", or a block with a usual content class."""
    if node.tag == "main" or node.attrs.get("role", "").lower() == "main":
        return True
    classes = node.attrs.get("class")
    return bool(classes) and not CONTENT_CLASSES.isdisjoint(classes.lower().split())


def _drop_boilerplate(root: Node) -> None:
    """Remove site furniture and hidden elements from the tree, in place."""

    def inside_content(node: Node) -> bool:
        parent = node.parent
        while parent is not None:
            if parent.tag == "article" or _is_content(parent):
                return True
            parent = parent.parent
        return False

    def boilerplate(node: Node) -> bool:
        if node.tag in DROPPED_TAGS or node.tag in ("head", "title"):
            return True
        attrs = node.attrs
        if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
            return True
        if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", attrs.get("style", ""), re.IGNORECASE):
            return True
        if attrs.get("role", "").lower() in DROPPED_ROLES:
            return True
        if node.tag in ("header", "footer") and not inside_content(node):
            return True
        marks = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower()
        if "cookie" in marks or "consent" in marks:
            return True
        if node.tag in ("main", "article", "body", "html"):
            return False
        marks = _LAYOUT_MODIFIER.sub(" ", marks)  # "no-sidebar" on a wrapper says the page has none
        words = set(re.split(r"[^a-z0-9]+", marks))
        furniture = (
            bool(words & BOILERPLATE_WORDS)
            or bool(_SIDEBAR.search(marks))
            # A theme's widget ("widget widget_text") outside the content: page builders call their content
            # blocks widgets too, inside it.
            or ("widget" in attrs.get("class", "").lower().split() and not inside_content(node))
        )
        # The page's content inside: a wrapper that names its layout ("sidebar-left") is no sidebar.
        return furniture and id(node) not in holding

    holding: set[int] = set()  # the page's content blocks and every element around them
    for content in root.find_all(_is_content):
        at: Node | None = content
        while at is not None and id(at) not in holding:
            holding.add(id(at))
            at = at.parent

    stack = [root]
    while stack:
        node = stack.pop()
        node.children = [c for c in node.children if not (isinstance(c, Node) and boilerplate(c))]
        stack.extend(c for c in node.children if isinstance(c, Node))


class _Renderer:
    """Walks the content tree, writing text lines under their headings and collecting data tables."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: list[Line] = []
        self.tables: list[Table] = []
        self.section: str | None = None
        self.buffer: list[str] = []
        self.table_count = 0
        self.records_read: set[int] = set()  # <dl> lists already made a table of records
        self.quoting = 0  # inside someone else's message: the requester's, an annotation, a quoted earlier email

    def add_line(self, text: str, part: str | None = None) -> None:
        text = _squash(text)
        if text:
            locator = Locator(self.source, line=len(self.lines) + 1, part=part or self.section)
            # (a line of an email quoted in the page, "> Dear Staffordshire Police,", is the earlier message's too)
            self.lines.append(Line(text, locator, quoted=self.quoting > 0 or text.startswith(">")))

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        for piece in text.split("\n"):
            self.add_line(piece)

    def block(self, node: Node) -> None:
        # ("<ol><li>2,911</li><li>15</li>...": the answers numbered as the browser shows them, "1. 2,911", "2. 15",
        # so each meets the question of its number)
        numbered = int(node.attrs.get("start", "1") or 1) - 1 if node.tag == "ol" and node.attrs.get("start", "1").isdigit() else None
        for child in node.children:
            if isinstance(child, str):
                self.buffer.append(re.sub(r"\s+", " ", child) if node.tag != "pre" else child)
                continue
            tag = child.tag
            if _is_note_mark(child):
                continue
            if tag == "br":
                self.buffer.append("\n")
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "dl" and id(child) not in self.records_read:
                self.flush()
                tables_before = len(self.tables)
                self.records(node, child)
                pairs = _short_terms(child) if len(self.tables) == tables_before else None
                if pairs:
                    # "<dt>Number</dt><dd>2</dd>": a label over its value, as "Number:" over "2"
                    # (not over a day's date alone, "Published" | "05/12/2018": the page's date, a line of its own)
                    for term, description in pairs:
                        self.add_line(term if re.search(r"[:?.!]$", term) or _A_DAY.fullmatch(description) else f"{term}:")
                        self.add_line(description)
                else:
                    self.block(child)
                self.flush()
            elif tag in HEADINGS:
                self.flush()
                heading = _squash(_inline_text(child))
                if heading:
                    self.section = heading[:80]
                    self.add_line(heading)
            elif tag == "li" and numbered is not None:
                numbered += 1
                self.flush()
                self.buffer.append(f"{numbered}. ")
                self.block(child)
                self.flush()
            elif tag in BLOCK_TAGS:
                self.flush()
                others = _someone_elses(child)
                self.quoting += others
                self.block(child)
                self.flush()
                self.quoting -= others
            else:
                self.block(child)

    def records(self, parent: Node, first: Node) -> None:
        """Sibling description lists that give the same terms, one per record ("Offender 1: Wanted from | Feb '14,
        Believed abroad | No"), as one table: a column per term, a row per list. Their text is kept as lines too."""
        terms = [term for term, _ in _terms(first)]
        described = ((c, _terms(c)) for c in parent.children if isinstance(c, Node) and c.tag == "dl")
        lists = [(dl, pairs) for dl, pairs in described if [t for t, _ in pairs] == terms]
        self.records_read.update(id(dl) for dl, _ in lists)
        if len(lists) < 2 or len(terms) < 2 or len(set(terms)) < len(terms) or not all(terms):
            return
        self.table_count += 1
        part = f"{self.section}, table {self.table_count}" if self.section else f"table {self.table_count}"
        grid = [terms, *([value for _, value in pairs] for _, pairs in lists)]
        rows = tuple(
            tuple(Cell(text or None, Locator(self.source, row=r, column=_letter(c), part=part)) for c, text in enumerate(row))
            for r, row in enumerate(grid, start=1)
        )
        self.tables.append(Table(rows, Locator(self.source, row=1, part=part)))

    def table(self, node: Node) -> None:
        grid, spanned = _grid(node)
        nested = node.find_all(lambda n: n is not node and n.tag == "table")
        width = max((len(r) for r in grid), default=0)
        filled = [t for row in grid for t in row if t]
        prose = bool(filled) and sum(len(t) for t in filled) / len(filled) > PROSE_CELL_CHARS
        if nested or len(grid) < 2 or width < 2 or prose or not filled:
            self.block(node)  # layout: read it as text
            self.flush()
            return
        self.table_count += 1
        part = f"{self.section}, table {self.table_count}" if self.section else f"table {self.table_count}"
        captions = [c for c in node.children if isinstance(c, Node) and c.tag == "caption"]
        title = _squash(_inline_text(captions[0])) if captions else None
        if title is None and self.lines and self.lines[-1].text.rstrip().endswith(":"):
            title = self.lines[-1].text  # "The number ..., by division:" just above the table: its caption in all but name
        first = 1
        while first <= len(grid) and _is_title_row(grid[first - 1], width):
            # One cell spanning the whole table is its title: a line of text (it often names the force).
            title = title or grid[first - 1][0]
            self.lines.append(Line(grid[first - 1][0] or "", Locator(self.source, row=first, part=part)))
            first += 1
        rows = tuple(
            tuple(
                Cell(text, Locator(self.source, row=r, column=_letter(c), part=part), spans[c])
                for c, text in enumerate(row)
            )
            for r, (row, spans) in enumerate(zip(grid, spanned), start=1)
            if r >= first
        )
        if len(rows) >= 2:
            self.tables.append(Table(rows, Locator(self.source, row=first, part=part), title=title or None))


def _terms(dl: Node) -> list[tuple[str, str]]:
    """A description list's (term, description) pairs, in order; a term with no description gets ""."""
    pairs: list[tuple[str, str]] = []
    for child in dl.children:
        if isinstance(child, Node) and child.tag == "dt":
            pairs.append((_squash(_inline_text(child)), ""))
        elif isinstance(child, Node) and child.tag == "dd" and pairs and not pairs[-1][1]:
            pairs[-1] = (pairs[-1][0], _squash(_inline_text(child)))
    return pairs


def _short_terms(dl: Node) -> list[tuple[str, str]] | None:
    """A description list's pairs when each term has one short description ("Missing since" | "2015; 2016"), else
    None (a list of long descriptions reads as the paragraphs it is)."""
    terms = sum(1 for c in dl.children if isinstance(c, Node) and c.tag == "dt")
    descriptions = sum(1 for c in dl.children if isinstance(c, Node) and c.tag == "dd")
    pairs = _terms(dl)
    if not pairs or terms != descriptions or any(not t or not d or len(d) > _SHORT_DESCRIPTION for t, d in pairs):
        return None
    return pairs


_SHORT_DESCRIPTION = 120
_A_DAY = re.compile(r"\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})\s*")


def _grid(table: Node) -> tuple[list[list[str | None]], list[list[str | None]]]:
    """Rows of cell texts; colspan repeats a cell's text across, rowspan leaves the cells below it empty. Beside
    them, for each cell under a rowspan, the spanning cell's text (Cell.spanned)."""
    rows = [n for n in table.find_all(lambda n: n.tag == "tr") if _nearest_table(n) is table]
    grid: list[list[str | None]] = []
    spanned: list[list[str | None]] = []
    spans: dict[tuple[int, int], str | None] = {}  # positions under a rowspan -> the spanning cell's text
    for r, tr in enumerate(rows):
        row: list[str | None] = []
        above: list[str | None] = []
        col = 0
        for cell in (c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")):
            while (r, col) in spans:
                row.append(None)
                above.append(spans[(r, col)])
                col += 1
            text = _squash(_inline_text(cell)) or None
            colspan = min(_span(cell.attrs.get("colspan")), 100)
            rowspan = min(_span(cell.attrs.get("rowspan")), 1000)
            for c in range(colspan):
                row.append(text)
                above.append(None)
                for below in range(1, rowspan):
                    spans[(r + below, col + c)] = text
            col += colspan
        while (r, col) in spans:
            row.append(None)
            above.append(spans[(r, col)])
            col += 1
        grid.append(row)
        spanned.append(above)
    return grid, spanned


def _is_title_row(row: list[str | None], width: int) -> bool:
    return len(row) == width and bool(row[0]) and all(text == row[0] for text in row)


def _nearest_table(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


def _span(text: str | None) -> int:
    try:
        return max(1, int(text or 1))
    except ValueError:
        return 1


def _is_note_mark(node: Node) -> bool:
    """A superscript (or subscript) holding only a footnote mark ("12<sup>1</sup>"): left out, so that it does
    not become part of the number before it."""
    return node.tag in ("sup", "sub") and bool(NOTE_MARK.fullmatch(_inline_text(node)))


def _inline_text(node: Node) -> str:
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif _is_note_mark(child):
            continue
        elif child.tag == "br" or child.tag in BLOCK_TAGS:
            parts.append(" " + _inline_text(child) + " ")
        else:
            parts.append(_inline_text(child))
    return "".join(parts)


def _squash(text: str) -> str:
    return unglue_superscripts(re.sub(r"[ \t\r\n\xa0]+", " ", text).strip())


def _letter(index: int) -> str:
    from foi_tally.readers.spreadsheet import _letter as letter

    return letter(index)
