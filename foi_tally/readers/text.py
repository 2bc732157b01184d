"""Plain-text replies: letters or email bodies saved as .txt.

Text tables (columns separated by tabs, pipes or runs of spaces) are also
offered as tables, so a pasted table of individuals reads like a spreadsheet.
"""

from __future__ import annotations

import re

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.readers.marks import unglue_superscripts
from foi_tally.records import Locator

_COLUMN_GAP = re.compile(r"\t+|\s*\|\s*|\s{2,}")


def line_cells(text: str) -> list[str]:
    """The cells a line of a text table parts into: at a tab, a pipe, or a run of spaces."""
    return [v.strip() for v in _COLUMN_GAP.split(text.strip().strip("|")) if v.strip()]


def read(data: bytes, source: str, fmt: str = "txt") -> Document:
    from foi_tally.readers.spreadsheet import decode_text

    return from_text(decode_text(data), source, fmt)


def from_text(text: str, source: str, fmt: str = "txt", part: str | None = None, first_line: int = 1) -> Document:
    doc = Document(source=source, format=fmt)
    quoted = False  # below an earlier message's start, everything is quoted
    forces: dict[int, bool] = {}  # quote depth ('>' marks) -> whether the message quoted there is the force's words
    previous = ""
    lines = unglue_superscripts(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    unmarked = [line.strip().lstrip("> ").strip() for line in lines]
    for number, raw in enumerate(lines, start=first_line):
        index = number - first_line
        stripped, own_text = raw.strip(), unmarked[index]
        depth = _QUOTE_MARKS.match(stripped).group(0).count(">")  # type: ignore[union-attr]
        # In '>' quoting a "From:" line alone starts a message too.
        new_message = starts_quote(own_text) or _header_block(unmarked, index) or (depth > 0 and bool(_FROM_LINE.match(own_text)))
        if new_message and not starts_quote(previous):  # an "Original Message" line and the headers under it are one
            # An earlier message the force itself sent ("I have copied our response below") may hold its answer, and
            # so may the request under a reply that says its answers are written into it. "On ... wrote:" opens a
            # message quoted one level deeper.
            by_force = _sent_by_police(unmarked, index) or (
                not forces and any(_ANSWERS_INLINE.search(line.text) for line in doc.lines)
            )
            forces = {d: f for d, f in forces.items() if d < depth}
            forces[depth + 1 if _WROTE.match(own_text) else depth] = by_force
        quoted = quoted or (new_message and depth == 0)
        previous = own_text or previous
        if stripped:
            is_quoted = quoted or depth > 0
            # The quoted message's header lines are never the force's words, nor is anything a requester wrote.
            heading = _FROM_LINE.match(own_text) or _SENT_LINE.match(own_text) or _TO_LINE.match(own_text) or starts_quote(own_text)
            doc.lines.append(Line(own_text if is_quoted else stripped, Locator(source, line=number, part=part),
                                  quoted=is_quoted, forces_words=is_quoted and forces.get(depth, False) and not heading))
    # (each line as written, its leading spaces kept: a fixed-width table's columns line up only so)
    as_written = {number: raw.rstrip() for number, raw in enumerate(lines, start=first_line)}
    doc.tables.extend(text_tables(doc.lines, source, part, as_written))
    doc.tables.extend(stacked_tables(doc.lines, source, part))
    return doc


_QUOTE_MARKS = re.compile(r"[>\s]*")
_WROTE = re.compile(r"^on\s.*\bwrote:$", re.IGNORECASE)
_QUOTE_MARKERS = re.compile(
    r"^(?:-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:"
    r"|on .{5,120} wrote:$|from:\s.+\bsent:\s)",
    re.IGNORECASE,
)


_FROM_LINE = re.compile(r"^\s*from:\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\s*(?:sent|date):\s*\S", re.IGNORECASE)
_TO_LINE = re.compile(r"^\s*(?:to|subject|cc):\s*", re.IGNORECASE)


def _header_block(lines: list[str], index: int) -> bool:
    """Whether lines[index] opens an earlier message's headers set one a line, as Outlook quotes it: "From: ..."
    then, within the next four lines, "Sent: ..." (or "Date: ...") and "To: ..." or "Subject: ..."."""
    if not _FROM_LINE.match(lines[index]):
        return False
    following = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:4]
    return any(_SENT_LINE.match(ln) for ln in following) and any(_TO_LINE.match(ln) for ln in following)


# "Our responses are shown in capitals beneath each of your questions below", "answers in red below", "see my
# colleague's answer below".
_ANSWERS_INLINE = re.compile(
    r"\b(?:answers?|responses?|replies)\b[^.]{0,40}\b(?:in\s+(?:capitals|capital\s+letters|red|blue|bold|italics?|line)|inline"
    r"|beneath|underneath|below\s+each|under\s+each|after\s+each)\b"
    r"|\bsee\s+(?:[\w']+\s+){0,2}?(?:answer|response|reply)\s+below\b|\b(?:copied|pasted)\s+(?:it\s+|them\s+)?below\b",
    re.IGNORECASE,
)
# A sender that is a police force: its address (every UK force mails from police.uk) or its name.
_POLICE_SENDER = re.compile(r"@[\w.-]*\bpolice\.uk\b|\b(?:police|constabulary|heddlu)\b", re.IGNORECASE)


def _sent_by_police(lines: list[str], index: int) -> bool:
    """Whether the earlier message starting at lines[index] was sent by a police force: its "From:" line, or the
    "On ..., <sender> wrote:" line that opens it."""
    for line in lines[index : index + 3]:
        stripped = line.strip()
        if _FROM_LINE.match(stripped) or _WROTE.match(stripped):
            sender = re.split(r"\bsent:", stripped, maxsplit=1, flags=re.IGNORECASE)[0]
            if _POLICE_SENDER.search(sender):
                return True
            from foi_tally.forces import find_mentions  # "From: GMP FOI": a force by its short name

            return bool(find_mentions(sender))
    return False


def starts_quote(line: str) -> bool:
    """Where an email's earlier, quoted message begins: everything after it is not the answer."""
    return bool(_QUOTE_MARKERS.match(line))


_RULED = re.compile(r"[-=_+|:\u2500\u2501\u2550\s]{3,}")


def _dashed_columns(rule: str) -> list[tuple[int, int]]:
    """Where each run of dashes in a rule like "---------  -----------  ------" starts and ends."""
    if "\t" in rule:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"[-=_\u2500\u2501\u2550]{2,}", rule)]


def _cut_at(text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """A fixed-width row cut into the columns the rule marks out; None when the line is no such row (its text runs
    across the gaps between columns, as a sentence does, or it fills fewer than two columns)."""
    if "\t" in text or not text.strip():
        return None
    starts = [start for start, _ in spans]
    gaps = [(end, following) for (_, end), following in zip(spans, starts[1:])]
    if any(text[a:b].strip() for a, b in gaps):
        return None
    cells = [text[start : starts[i + 1] if i + 1 < len(starts) else len(text)].strip() for i, start in enumerate(starts)]
    return cells if sum(1 for c in cells if c) >= 2 else None


def text_tables(lines: list[Line], source: str, part: str | None, as_written: dict[int, str] | None = None) -> list[Table]:
    """Runs of three or more lines split into the same number (>= 2) of columns.

    Under a rule of dashes, rows are cut where the dashes are; `as_written` (line number -> the line with its leading
    spaces) lets a heading written over two lines above the rule be cut so too, each column's words joined.
    """
    tables: list[Table] = []
    run: list[tuple[Line, list[str]]] = []

    def written(line: Line) -> str:
        return as_written.get(line.locator.line or 0, line.text) if as_written else line.text

    def close() -> None:
        if len(run) >= 3:
            rows = tuple(
                tuple(
                    Cell(v or None, Locator(source, line=ln.locator.line, column=chr(65 + i), part=part))
                    for i, v in enumerate(values)
                )
                for ln, values in run
            )
            tables.append(Table(rows, run[0][0].locator))
        run.clear()

    spans: list[tuple[int, int]] = []  # the columns a rule of dashes under the header marks out, while its rows last
    spans_as_written = False  # whether those columns are counted in the lines as written (leading spaces kept)
    above: list[Line] = []  # the lines just above, with no gap between them: a heading over two lines, maybe
    previous_quoted = False
    for line in lines:
        # The force's answer forwarded or quoted under a covering note is its own words, and so are its tables; a table
        # runs no further than the message it is in.
        if line.quoted and not line.forces_words or line.quoted != previous_quoted and run:
            close()
            spans = []
            above = []
        previous_quoted = line.quoted
        if line.quoted and not line.forces_words:
            continue
        if _RULED.fullmatch(line.text.strip()):
            marked = _dashed_columns(line.text)
            marked_as_written = _dashed_columns(written(line))
            heading = _heading_over_lines(above, [_cut_at(written(ln), marked_as_written) for ln in above])
            if len(run) == 1 and len(marked) == len(run[0][1]):
                spans, spans_as_written = marked, False
            elif heading is not None and all(ln in above for ln, _ in run):
                # "Year   Whereabouts unknown -   Total" over "       believed in UK": the heading's two lines, column
                # by column, cut where the rule's dashes are (the rows below are cut so as written too). (Not a rule
                # above a total, under rows already read.)
                run.clear()
                run.append((above[0], heading))
                spans, spans_as_written = marked_as_written, True
            above = []
            continue  # a rule under the header or above the total is drawn between rows, not a row
        above = [*above[-1:], line] if above and line.locator.line == (above[-1].locator.line or 0) + 1 else [line]
        if spans:
            # Under "---------  -----------  ------" a row is cut where the dashes are: a blank cell stays a column.
            cut = _cut_at(written(line) if spans_as_written else line.text, spans)
            if cut is not None:
                run.append((line, cut))
                continue
            spans = []
        values = line_cells(line.text)
        if len(values) >= 2 and (not run or len(values) == len(run[0][1])):
            run.append((line, values))
        else:
            close()
            if len(values) >= 2:
                run.append((line, values))
    close()
    return tables


def _heading_over_lines(lines: list[Line], cuts: list[list[str] | None]) -> list[str] | None:
    """A heading written over two lines above a rule, each column's words joined ("Whereabouts unknown -" over
    "believed in UK"); None unless both lines cut cleanly at the rule's columns."""
    if len(lines) != 2 or any(cut is None for cut in cuts):
        return None
    top, under = cuts  # type: ignore[misc]
    return [" ".join(t for t in (a, b) if t) for a, b in zip(top, under)]  # type: ignore[arg-type]


# A line that could be one cell of a table: short, and not a sentence or a lead-in.
_CELL_LINE = re.compile(r"[^.,;:!?]{1,40}")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_NUMBER_CELL = re.compile(r"\d[\d,]*|[*\u2013-]|<\s?\d+|nil|none", re.IGNORECASE)
_DATE_CELL = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{0,2}\s*[a-z]{3,9}\.?\s*-?\s*\d{2,4}", re.IGNORECASE)
_TOTAL_CELL = re.compile(r"(?:grand\s+)?total", re.IGNORECASE)


def _cell_kind(text: str) -> str:
    if _YEAR_CELL.fullmatch(text):
        return "year"
    if _NUMBER_CELL.fullmatch(text):
        return "number"
    if _DATE_CELL.fullmatch(text):
        return "date"
    return "reference" if any(ch.isdigit() for ch in text) else "word"


def _stacked_header(cells: list[str]) -> tuple[int, int] | None:
    """Where the header of a run of one-cell lines that reads as a table starts and how many cells it has; None when
    the run reads as no table.

    The header is the lines without a digit at the start; every row after it has as many cells as the header,
    each column keeps one kind of value (a year, a date, a number, a reference, a word), every row has a digit
    somewhere, and only the last row may be a total. A title above the header is tried without."""
    leading = next((i for i, text in enumerate(cells) if _cell_kind(text) != "word"), len(cells))
    body = cells[leading:]
    for width in range(leading, 1, -1):
        if len(body) % width or len(body) < 2 * width:
            continue
        rows = [body[i : i + width] for i in range(0, len(body), width)]
        if _TOTAL_CELL.fullmatch(rows[-1][0]) and all(_cell_kind(c) == "number" for c in rows[-1][1:]):
            rows = rows[:-1]
        kinds = [{_cell_kind(c) for c in column} for column in zip(*rows)]
        if len(rows) >= 2 and all(len(k) == 1 for k in kinds) and kinds != [{"word"}] * width and all(
            any(ch.isdigit() for c in row for ch in c) for row in rows
        ):
            return leading - width, width
    return None


def stacked_tables(lines: list[Line], source: str, part: str | None) -> list[Table]:
    """Tables a mail program wrote out one cell per line, as plain-text parts of HTML mail do:
    "Year first wanted", "Number of RSOs", "2010", "1", "2013", "2", ..., "Total", "14"."""
    tables: list[Table] = []
    run: list[Line] = []

    def close() -> None:
        header = _stacked_header([line.text for line in run])
        if header is not None:
            start, width = header
            cells = [
                Cell(line.text, Locator(source, line=line.locator.line, column=chr(65 + i % width), part=part))
                for i, line in enumerate(run[start:])
            ]
            rows = tuple(tuple(cells[i : i + width]) for i in range(0, len(cells), width))
            tables.append(Table(rows, run[start].locator))
        run.clear()

    for line in lines:
        if not line.quoted and _CELL_LINE.fullmatch(line.text) and len(line.text.split()) <= 6:
            run.append(line)
        else:
            close()
    close()
    return tables
