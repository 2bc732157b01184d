"""Figures in tables: lists of individuals, counts by date, and year pivots.

A table is read only when its header is recognised; any other table (contact
details, a population table by division) is left alone. Rows labelled
"Total" are the table's own stated total, checked against the rows above.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from foi_tally import places
from foi_tally.dates import (
    ENGLISH_MONTH_NAMES,
    ENGLISH_MONTHS,
    Since,
    find_since,
    from_excel_serial,
    full_year,
    is_financial_year,
    parse_letter_date,
    parse_since,
)
from foi_tally.document import NO_ONE_CELL, TABLE_GAP_ROWS, Cell, Line, Table
from foi_tally.forces import area_named
from foi_tally.layouts.common import VIOLENT_OFFENDERS, Context, Finding, counts_violent_offenders
from foi_tally.numbers import WORDS_BELOW_100, parse_count
from foi_tally.readers.text import line_cells
from foi_tally.records import MissingEntry, range_text

HEADER_SEARCH_ROWS = 6

_SINCE_HEADER = re.compile(
    # ("Date WU", "Quarter WU": whereabouts unknown, abbreviated)
    r"(?:missing|wanted|whereabouts|circulat|outstanding|abscond|unknown|untraced|breach|\bwu\b).{0,25}"
    r"(?:since|date|from|year|month|quarter|when)|(?:date|since|year|month|quarter|when).{0,25}(?:missing|wanted|"
    r"whereabouts|circulat|outstanding|abscond|untraced|unknown|\bwu\b)|^(?:date|since|year|month|quarter|date\s+from|from|blwyddyn"
    r"|absconded|date\s+absconded|circulated)$"
    r"|\b(?:how\s+long|length\s+of\s+time|time\s+(?:missing|wanted|outstanding|unaccounted))\b",
    re.IGNORECASE,
)
# A column of durations ("Years missing", "Length of time missing (months)", "Weeks outstanding"): a bare 14 there
# is 14 years (or months, or weeks) before the reply's date, never a year, a spreadsheet date serial or a count.
_DURATION_HEADER = re.compile(
    r"\b(?:how\s+long|length\s+of\s+time|time\s+(?:missing|wanted|outstanding|unaccounted)|duration)\b"
    r"|\b(?:years|months|weeks|days)\s+(?:missing|wanted|outstanding|unaccounted|whereabouts)|\b(?:missing|wanted|outstanding)\s+for\b"
    r"|\((?:in\s+)?(?:years|months|weeks|days|yrs|wks)\)|^(?:yrs|years|months|weeks|days|wks)\s+(?:missing|wanted|outstanding|unaccounted)"
    # "Days since WU", "Weeks since first circulated": the time since it happened
    r"|^(?:years|months|weeks|days)\s+since\s+(?:first\s+)?(?:wu|wanted|missing|circulated|reported|recorded)\b",
    re.IGNORECASE,
)
# The day a column of durations counts back from, when its heading gives one ("Weeks outstanding (at 02/03/2020)").
_DURATION_AS_AT = re.compile(r"\b(?:as\s+)?(?:at|on|of)\s+([^()]+?)\)?\s*$", re.IGNORECASE)
# Dates and years of something else: birth, conviction, registration. Never the column "since".
_OTHER_DATE_HEADER = re.compile(
    r"\b(?:birth|born|d\.?o\.?b|age|convict\w*|sentenc\w*|offence\s+date|date\s+of\s+offence|regist\w*|release\w*)\b",
    re.IGNORECASE,
)
# ("Row Labels" is the heading an Excel pivot table gives the field down its side: its cells must then read as
# years or dates, or the table is not read as one by date.)
# (Welsh headings too: "Blwyddyn" the year, "Nifer" the number, "Cyfanswm" the total.)
_YEAR_HEADER = re.compile(r"^(?:year|yr|blwyddyn)(?:\b|_)|\byear$|^year\s+(?:missing|wanted|circulated|of)|^row\s+labels$", re.IGNORECASE)
_COUNT_HEADER = re.compile(
    r"^(?:number|no\.?|num|count|total|quantity|amount|figure|frequency|how\s+many|nifer)\b|\b(?:number|count)\s+of\b"
    r"|^(?:no\.?\s+of|number\s+of)|^(?:rsos?|offenders|individuals|persons|people|subjects)(?:\s+(?:wanted|"
    r"missing))?$",
    re.IGNORECASE,
)
# A heading for where each person is thought to be: "Location", "Loc believed", "Whereabouts".
# ("Thought to be": over "Abroad", "UK")
_PLACE_HEADING = (
    r"location|^loc\.?(?:\s+believed)?$|^(?:believed\s+)?whereabouts(?:\s+believed)?$|^(?:thought|understood|suspected)\s+to\s+be\b"
    # ("Country believed to be in"; not where a person was born)
    r"|\bcountry\b(?!\s+of\s+(?:birth|origin|nationality))|\bbelieved\s+to\s+be\s+in\b"
)
# A first column naming the force's areas ("Area", "Policing district", "Division"), a row each.
_AREA_HEADING = re.compile(
    r"^\s*(?:local\s+)?(?:policing\s+)?(?:area|district|division|borough|region|unit|command|npu|lpa|bcu|sector|county)s?\b",
    re.IGNORECASE,
)
# (Not where an offence took place: "Offence location".)
_ABROAD_HEADER = re.compile(
    r"^(?!.*\boffen[cs]es?\b).*?(?:abroad|^believed\b|\bwhere\s+believed\b|overseas|outside\s+(?:the\s+)?(?:uk|united\s+kingdom)"
    rf"|{_PLACE_HEADING})",
    re.IGNORECASE,
)
# ("Status Desc", "STATUS_DESCR", "WU status": a system export's names for it)
_STATUS_WORDS = (
    # ("Statws / Status": the Welsh heading beside the English)
    r"^(?:statws\s*/?\s*)?(?:(?:current|wu|pnc|wanted|visor)[\s_]+)?status(?:[\s_]+(?:description|desc|descr|code|detail|details|text))?\.?$"
    r"|^wanted\s*(?:/|or|and)\s*missing|^current\s+position$|^(?:current\s+)?(?:status|position)\s+(?:as\s+)?(?:at|on)\b|^circulation$"
    r"|^(?:recorded|circulated|listed)\s+as$"
    # ("Category (Wanted / Missing)": the heading names the statuses its cells hold)
    r"|^(?:category|status|type)\s*\(\s*wanted\s*(?:/|or|and)\s*missing\s*\)$"
)
# "Missing (Y/N)", "Missing?": a column saying of each person whether they are missing rather than wanted.
_MISSING_FLAG_HEADER = re.compile(r"^\s*missing\s*(?:\(\s*y\s*/\s*n\s*\)|\?|y/n)\s*$", re.IGNORECASE)
_STATUS_HEADER = re.compile(_STATUS_WORDS + r"|^category$|\btype$", re.IGNORECASE)
#: A heading that can only be the status: chosen over a "Category" or "Type" column (often the offence's) beside it.
_STATUS_ONLY_HEADER = re.compile(_STATUS_WORDS, re.IGNORECASE)
_ID_HEADER = re.compile(r"\b(?:ref|reference|id|identifier|subject|nominal|person|case|urn|number|no)\b", re.IGNORECASE)
# "Total", "Grand total", and labels that end in one ("Force total", "North sub-total"): never a row of data.
_TOTAL_LABEL = re.compile(
    r"^\s*(?:grand\s+)?totals?\b|^\s*tot\.?\s*$|^\s*overall\b|^\s*all\b|^.{0,40}\bsub[\s-]?totals?\b|^.{0,40}\btotals?\s*:?\s*$"
    r"|^\s*cyfanswm\b",
    re.IGNORECASE,
)
# A note beside a table ("Figures as at | 17/02/2015", "Source | ViSOR") is not a row of data.
_NOTE_LABEL = re.compile(
    r"^\s*(?:figures?|data|information|position|correct|accurate|valid|as\s+(?:at|of)|source|notes?|key|legend|"
    r"extracted|date\s+of\s+(?:extract|report|response)|prepared|produced|compiled|printed)\b"
    r"|^\s*date(?:\s+of\s+(?:data|extraction|figures|information))?\s*:?\s*$",  # "Date | 08/03/2021" under the figures
    re.IGNORECASE,
)
_YES = re.compile(
    # (a tick, or a box ticked or crossed, marks yes)
    r"^(?:y|yes|true|1|[\u2713\u2714\u2611\u2612]|abroad|overseas|(?:believed|thought|suspected|understood|likely)\s+(?:to\s+be\s+)?(?:abroad|overseas)"
    r"|outside\s+(?:the\s+)?uk)$"
    # "ABROAD - SPAIN", "Believed abroad (Poland)": abroad, and where; not "Abroad - returned to UK"
    r"|^(?:believed\s+)?(?:abroad|overseas)\s*[-\u2013:(,]\s*(?!.*\b(?:uk|united\s+kingdom|returned|not|england|wales|scotland)\b)[a-z][a-z .'()-]*$",
    re.IGNORECASE,
)
# What an abroad flag or a "location believed" cell says when the person is not thought to be abroad. Anything
# else (a country's name, a town) is listed for review rather than guessed either way.
_NO = re.compile(
    r"^(?:n|no|false|0|uk\b.*|united\s+kingdom|(?:believed\s+)?(?:in|within)\s+(?:the\s+)?uk|england|wales|scotland"
    r"|northern\s+ireland|not\s+known|unknown|n/?k|n/?a|-|\u2013|\u2610|)$",
    re.IGNORECASE,
)
# A numeric column that counts something other than the missing ("Breaches", "RSOs managed"): never summed in.
_OTHER_MEASURE_HEADER = re.compile(
    r"\b(?:breach|manag|compliant|complian|custody|prison|arrest|charged|convicted|(?<!not\s)(?:located|found|traced)|registered\s+in"
    r"|caseload|population|visits?"
    # ("Sexual offences recorded", "Crimes", "Incidents": what happened, not who is missing)
    r"|offen[cs]es\s+(?:recorded|reported)|(?:recorded|reported)\s+(?:crimes?|offen[cs]es)|crimes?\b|incidents?\b)",
    re.IGNORECASE,
)
# Numbers that describe each person, or add the rows up as they go: never counts of the missing to add up.
_ATTRIBUTE_HEADER = re.compile(
    r"\b(?:age|aged|mappa|categor(?:y|ies)|cat|level|tier|score|ref(?:erence)?|id|urn|dob|birth|height|postcode"
    r"|cumulative|running|to\s+date|previous\s+convictions|offences)\b",
    re.IGNORECASE,
)
# An Excel pivot table's value heading ("Count of Ref", "Sum of Offender ID"): a count of the rows it groups,
# whatever field it names.
_PIVOT_VALUE_HEADER = re.compile(r"^\s*(?:count|sum)\s+of\b", re.IGNORECASE)
# A column counting a part of another ("Of which believed abroad"): already in the other's count.
_PART_HEADER = re.compile(r"^\s*(?:of\s+(?:which|whom|these|those|them)|incl(?:uding|\.)?)\b", re.IGNORECASE)
# A column asking whether each person is still missing ("Still outstanding?"), and its "no".
_STILL_HEADER = re.compile(
    r"\b(?:still|remain(?:s|ing)?)\s+(?:outstanding|wanted|missing|unaccounted)|\bcurrently\s+(?:wanted|missing|outstanding)"
    r"|^\s*(?:outstanding|open|active|current)(?:\s+(?:flag|indicator|marker))?\s*\??\s*$",
    re.IGNORECASE,
)
# A free-text column beside each person, and what in it says the row may not count as it stands.
# ("Reason wanted", "Circumstances": why the person is wanted, which may say where they are thought to be)
_NOTES_HEADER = re.compile(
    r"\b(?:notes?|comments?|remarks?|updates?|outcome|additional\s+information|info|(?:current\s+)?intel(?:ligence)?"
    r"|reasons?(?:\s+(?:for\s+being\s+)?wanted)?|circumstances)\b",
    re.IGNORECASE,
)
_ELSEWHERE_NOTE = re.compile(r"\b(?:abroad|overseas|travell?ed\s+to|returned\s+to|believed\s+(?:to\s+be\s+)?in|left\s+the)\b", re.IGNORECASE)
# A note saying only that the person is thought to be in the UK ("Believed in UK"): still missing, and not abroad.
_STILL_IN_THE_UK = re.compile(
    r"\s*(?:still\s+)?(?:believed|thought|understood)\s+(?:to\s+be\s+)?(?:in|within)\s+(?:the\s+)?(?:uk|united\s+kingdom)\.?\s*",
    re.IGNORECASE,
)
# A note saying only that the person is thought to be abroad: "Believed to be outside the UK", "Thought to have left the
# country", "Believed abroad".
_ABROAD_NOTE = re.compile(
    r"\s*(?:believed|thought|understood|suspected)\s+(?:to\s+(?:be|have)\s+)?(?:(?:gone|moved|travell?ed|fled)\s+)?"
    r"(?:abroad|overseas|(?:outside|outwith)\s+(?:of\s+)?(?:the\s+)?(?:uk|u\.k\.|united\s+kingdom|country)"
    r"|left\s+(?:the\s+)?(?:uk|u\.k\.|united\s+kingdom|country))\.?\s*",
    re.IGNORECASE,
)
_STILL_NO = re.compile(r"^\s*(?:n|no|false|closed)\s*$", re.IGNORECASE)
# "Failed to notify foreign travel – believed abroad (Belgium)": a note's clauses, and a place named after one
# ("Credir ei fod yn Sbaen / Believed to be in Spain": a bilingual note's halves, each a clause)
_NOTE_CLAUSE_BREAK = re.compile(r"\s+[-\u2013\u2014/]\s+|\s*;\s*")
_PLACE_IN_BRACKETS = re.compile(r"\s*\([A-Za-z .'-]{2,40}\)\s*\.?\s*$")


# "Believed Spain", "Believed to be in Romania", "Believed to have travelled to Pakistan": a country abroad, by name.
_BELIEVED_IN_A_PLACE_ABROAD = re.compile(
    r"\s*(?:believed|thought|understood|suspected)\s+(?:to\s+(?:be|have\s+(?:gone|travell?ed|moved|fled))\s+)?(?:(?:in|to)\s+)?"
    + places.pattern("abroad") + r"\.?\s*",
    re.IGNORECASE,
)


def _said_abroad_in_a_clause(note: str) -> bool:
    """Whether a note, or one clause of it, says only that the person is thought to be abroad ("Believed abroad",
    "Breach of SHPO \u2013 believed abroad (Belgium)", "Believed to be in Romania")."""
    return any(
        _ABROAD_NOTE.fullmatch(bare := _PLACE_IN_BRACKETS.sub("", clause)) or _BELIEVED_IN_A_PLACE_ABROAD.fullmatch(bare)
        for clause in _NOTE_CLAUSE_BREAK.split(note)
    )


# Words saying a case is over: the person was found, arrested or has died.
_RESOLVED = re.compile(
    r"\b(?:located|found|traced|arrested|apprehended|in\s+custody|no\s+longer|closed|removed|resolved|deceased|died)\b",
    re.IGNORECASE,
)
# A column of the day each person's case ended ("WANTED_TO", "Date located", "Date cancelled", "Located on"): a
# date in it means the person is no longer missing. ("Wanted to date" is a running total, not an end.)
_ENDED_HEADER = re.compile(
    r"\bwanted[\s_]*(?:to|until|till)\b(?![\s_]*date)"
    r"|\b(?:date|day)[\s_]+(?:of[\s_]+)?(?:cancel\w*|located|found|traced|arrested|apprehended|closed|ended|resolved|withdrawn)"
    r"|\b(?:cancel\w*|located|found|traced|arrested|apprehended|closed|ended|resolved|withdrawn)[\s_]+(?:on|date)\b"
    r"|\bend[\s_]+date\b",
    re.IGNORECASE,
)
# A status cell that opens by saying the case is over ("Traced - in custody", "Located 03/03/2019", "Deceased"). One
# that only mentions it ("Not yet located") or says where the person went ("Traced to Spain") is for a person to weigh.
# ("Whereabouts now known - awaiting arrest", "Whereabouts known - summons issued": not missing, whatever follows)
_ENDED_STATUS = re.compile(
    r"^\s*(?:traced|located|found|arrested|apprehended|in\s+custody|deceased|died|closed|resolved"
    r"|whereabouts\s+(?:are\s+|is\s+)?(?:now\s+)?known|no\s+longer\s+(?:wanted|missing))\b",
    re.IGNORECASE,
)
_NOT_ENDED = re.compile(r"\b(?:not|yet|un\w*|abroad|overseas|believed|thought|to\s+be\s+in|returned|travell?ed|left)\b", re.IGNORECASE)
_MISSING_HEADER = re.compile(r"wanted|missing|whereabouts|abscond|untraced|outstanding|unaccounted|\bnot\s+(?:yet\s+)?(?:traced|located|found)\b", re.IGNORECASE)
# ("Believed outside UK", "Believed to have left the UK", "Outwith the UK": abroad said another way)
_ABROAD_STATUS = re.compile(
    # ("outside Northern Ireland and the UK")
    r"abroad|overseas|\b(?:outside|outwith)\s+(?:of\s+)?(?:(?:England|Wales|Scotland|Northern\s+Ireland)\s+and\s+)?(?:the\s+)?"
    r"(?:UK|United\s+Kingdom|country)\b"
    r"|\bleft\s+(?:the\s+)?(?:UK|United\s+Kingdom|country)\b",
    re.IGNORECASE,
)
_DURATION_VALUE = re.compile(r"\d{1,3}(?:\.0)?")
_DAYS_VALUE = re.compile(r"\d{1,5}(?:\.0)?")  # days run to thousands: "1200" days is three years and more
DURATION_UNITS = ("year", "month", "week", "day")
_UNKNOWN_WORDS = re.compile(
    r"^(?:unknown|not\s+known|n/?k|unk|not\s+recorded|not\s+available|n/?a|null|none|tbc|\(blank\)|-|\u2013|)$",
    re.IGNORECASE,
)


# The headings of a log of FOI requests (a disclosure log): what was asked, what was answered, and when it came in or
# its reference. Its rows are requests, not people; its dates are when each request was received.
_REQUEST_SUBJECT_HEADER = re.compile(
    r"^\s*(?:subject|title|topic|request(?:\s+(?:subject|title|summary|details))?|summary\s+of\s+request)\s*$", re.IGNORECASE
)
_RESPONSE_HEADER = re.compile(r"\b(?:response|outcome|answer|reply|decision|information\s+(?:provided|disclosed))\b", re.IGNORECASE)
_REQUEST_FILED_HEADER = re.compile(
    r"\b(?:ref|reference|request\s+(?:no|number|id)|received|date\s+(?:requested|logged|of\s+request)|request\s+date)\b",
    re.IGNORECASE,
)


def request_log_columns(rows: tuple[tuple[Cell, ...], ...]) -> tuple[int, int, int] | None:
    """(header row, subject column, response column) when one of the first rows heads a log of FOI requests
    ("Reference | Date received | Subject | Response summary"); else None."""
    for h, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        header = [c.text for c in row]
        subject = _find(header, _REQUEST_SUBJECT_HEADER)
        response = _find(header, _RESPONSE_HEADER, exclude={subject} if subject is not None else set())
        if subject is not None and response is not None and _find(header, _REQUEST_FILED_HEADER, exclude={subject, response}) is not None:
            return h, subject, response
    return None


# What happens to a request on its way ("Request received", "Acknowledged", "Response due", "Overdue - reminder sent",
# "Closed - not held"): the events of a portal's status history, dated one a row like people.
_REQUEST_EVENT = re.compile(
    r"^\s*(?:request\s+|case\s+)?(?:received|logged|created|submitted|acknowledg\w*|allocated|assigned|response\s+(?:due|sent|issued)"
    r"|(?:due|overdue|closed|completed|reopened|on\s+hold|awaiting|extension|clarification|reminder|review|deadline)\b)",
    re.IGNORECASE,
)


def _request_events(rows: tuple[tuple[Cell, ...], ...]) -> bool:
    """Whether a column of the table, under its first row, holds the events of a request's history, every one."""
    body = rows[1:]
    if len(body) < 2:
        return False
    width = max(len(row) for row in body)
    return any(
        all(col < len(row) and _REQUEST_EVENT.match(row[col].text) for row in body if any(c.text for c in row))
        for col in range(width)
    )


def join_continued(
    tables: list[Table], loose_rows: list[tuple[Cell, ...]], context: Context, lines: list[Line] | None = None
) -> tuple[list[Table], list[tuple[Cell, ...]]]:
    """The tables, with each run of rows that resumes the table above it after a short gap joined to it;
    and the loose rows (Document.loose_rows) joined so.

    A spreadsheet's rows make one table only while each has two cells filled, so a blank row, or a year
    whose count was left empty, ends it: the rows below, the total among them, would be a table with no
    header (or a lone row, a line), which no layout reads, and the table above would be counted short. A
    run just below a table that gives figures, starting in the same column (within TABLE_GAP_ROWS rows, no
    wider), that no layout reads alone and whose first row is not a header of its own, is read as the rest
    of that table, if the table so read has nothing more to query ("Source | ViSOR" is not a row of it).
    A one-cell line in the gap ("Believed abroad", "Located since 01/01/2023") heads the rows below it, so it
    goes in as a row of its own.
    """
    loose_at = {(r[0].locator.file, r[0].locator.part, r[0].locator.sheet, r[0].locator.row) for r in loose_rows}
    lines = [
        line for line in lines or []
        if line.locator.row is not None
        and (line.locator.file, line.locator.part, line.locator.sheet, line.locator.row) not in loose_at
    ]
    joined: list[Table] = []
    pending = [Table((row,), row[0].locator) for row in loose_rows]
    used: list[tuple[Cell, ...]] = []

    def join(above: Table, below: Table) -> Table | None:
        if not _resumes(above, below) or read_table(below, context) is not None:
            return None
        before = _figures(above, context)
        whole = Table(above.rows + _gap_headings(above, below, lines) + below.rows, above.locator, above.title)
        after = _figures(whole, context) if before is not None else None
        return whole if after is not None and len(after.review) <= len(before.review) else None  # type: ignore[union-attr]

    for table in tables:
        # A header standing alone just above a run of rows with none, parted from it by a group's heading ("Ref | Date
        # wanted" / "High risk" / "K7 | 12/08/2014"): the run's own header.
        header = next((r for r in pending if _resumes(r, table) and _header_row(r.rows[0])), None)
        if header is not None and _figures(table, context) is None:
            headed = Table(header.rows + _gap_headings(header, table, lines) + table.rows, header.rows[0][0].locator, table.title)
            if _figures(headed, context) is not None:
                pending.remove(header)
                used.append(header.rows[0])
                table = headed
        whole = join(joined[-1], table) if joined else None
        if whole is None and joined and _resumes(joined[-1], table) and _figures(joined[-1], context) is None:
            # A pivot's heading rows ("Count of Nominal | Year Wanted" / "Risk Level | 2004 | ...") parted from its
            # rows by an empty one ("Very High" with no figures): the heading of the rows below
            headed = Table(joined[-1].rows + _gap_headings(joined[-1], table, lines) + table.rows, joined[-1].locator, joined[-1].title)
            whole = headed if _figures(table, context) is None and _figures(headed, context) is not None else None
        if whole is not None:
            joined[-1] = whole
        else:
            joined.append(table)
        while pending:  # loose rows lie just below a table (or the loose row before them)
            row = next((r for r in pending if _resumes(joined[-1], r)), None)
            whole = join(joined[-1], row) if row is not None else None
            if whole is None:
                break
            joined[-1] = whole
            pending.remove(row)  # type: ignore[arg-type]
            used.append(row.rows[0])  # type: ignore[union-attr]
    return joined, used


def _gap_headings(above: Table, below: Table, lines: list[Line]) -> tuple[tuple[Cell, ...], ...]:
    """The one-cell lines of a sheet between two runs of one table, as rows of it: a group's heading."""
    last, first = above.rows[-1][0].locator, below.rows[0][0].locator
    if last.row is None or first.row is None or first.row - last.row < 2:
        return ()
    width = max(len(row) for row in above.rows)
    return tuple(
        (Cell(line.text, replace(line.locator, column=first.column)),) + tuple(Cell(None, first) for _ in range(width - 1))
        for line in lines
        if (line.locator.file, line.locator.part, line.locator.sheet) == (first.file, first.part, first.sheet)
        and last.row < line.locator.row < first.row  # type: ignore[operator]
    )


def _resumes(above: Table, below: Table) -> bool:
    """Whether `below` starts just under `above`, in the same place and columns, with a row that is not a
    header. Rows are numbered down a sheet or CSV file; a PDF's and a Word document's tables number their
    own rows from 1, so two of them resume each other only as a Word document's next table, as wide and with no
    heading of its own (a table split by a note, "Continued overleaf"); page breaks are joined by the PDF reader."""
    last, first = above.rows[-1][0].locator, below.rows[0][0].locator
    if last.page is None and last.sheet is None and last.file == first.file and (
        (numbers := [_WORD_TABLE.fullmatch(loc.part or "") for loc in (last, first)]) and all(numbers)
    ):
        return int(numbers[1][1]) == int(numbers[0][1]) + 1 and len(below.rows[0]) == max(len(row) for row in above.rows) and (  # type: ignore[index]
            not _header_row(below.rows[0])
        )
    if (last.file, last.part, last.page, last.sheet, above.rows[0][0].locator.column) != (
        first.file, first.part, first.page, first.sheet, first.column
    ):
        return False
    if last.row is None or first.row is None or not 1 < first.row - last.row <= TABLE_GAP_ROWS + 1:
        return False
    if len(below.rows[0]) > max(len(row) for row in above.rows):
        return False
    return not _header_row(below.rows[0])


_WORD_TABLE = re.compile(r"table (\d+)")  # a Word document's table, by its place among them ("table 2")


def _header_row(row: tuple[Cell, ...]) -> bool:
    """A row of headings ("Ref | Date wanted | Offence"): a heading word, and no count or date in it."""
    texts = [c.text for c in row if c.text]
    heading = any(p.search(t) for t in texts for p in (_SINCE_HEADER, _YEAR_HEADER, _COUNT_HEADER))
    return heading and all(_count(c) is None and not isinstance(c.value, dt.date) for c in row)


# "Wanted 12", "Missing: 0", "Total - 12": a category and its count on a line of its own, as a table without
# rules (or an email's plain text) leaves a statistics table.
_LABEL_COUNT = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z /()'&,\u2013-]{1,60}?)\s*(?:[.\u2026]{3,}\s*|[:=\u2013-]\s*|\s+(?!(?:19|20)\d\d\b))"
    # (the count in figures or words: "WANTED - WHEREABOUTS UNKNOWN: THREE")
    rf"(?P<count>\d{{1,4}}|nil|none|zero|\*{{1,3}}|{WORDS_BELOW_100})\s*\.?\s*$",  # (not "Circulated 2013": a year after a word)
    re.IGNORECASE,
)
# "Missing: 1 - since 28 January 2019", "Wanted - whereabouts unknown: 2 (circulated 2015 and 2018)": a category and
# its count, then a note on them after a dash or in brackets (dates, most often). Not a second category on the same
# line ("Wanted: 2, Missing: 1"): the note holds no count of its own.
_LABEL_COUNT_NOTE = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z /()'&,\u2013-]{1,60}?)\s*(?:[.\u2026]{3,}\s*|[:=\u2013-]\s*)(?P<count>\d{1,4}|nil|none|zero)"
    r"\s*(?:[-\u2013;]\s+|(?=\())(?P<note>(?!.*[:=]\s*\d)\S.{0,150}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# "3 – Wanted", "1 - Believed abroad", "4 – Total": the count first, a dash, then its category.
_COUNT_DASH_LABEL = re.compile(r"^\s*(?P<count>\d{1,4})\s*[\u2013-]\s*(?P<label>[A-Za-z][A-Za-z /()'&,-]{1,60}?)\s*\.?\s*$")
# A list item's mark before a category line ("• Wanted: 2", "- Missing: 1", "(a) Believed abroad: 1").
_LIST_MARK = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7*\u2013-]|\(?[a-z]\)|\(?\d{1,2}[.)])\s+")


def header_and_row_lines(lines: list[Line]) -> list[Table]:
    """A heading line and one line of figures under it, alone ("Category | Wanted | Missing | Total" over "Number |
    3 | 1 | 4"): a table too short for the text reader's (three rows at least), read as the same table in a CSV
    file would be. Both lines part into the same cells, three or more; every cell of the second after its label
    is a count, and no cell of the first is."""
    found: list[Table] = []
    # (a page's lines are left to the PDF reader, which finds its tables by their drawing)
    # (a line of a text table, or of an HTML mail's table with its cells split by tabs, parts as the text reader parts it)
    cells = [line_cells(line.text) if not line.quoted and line.locator.page is None else [] for line in lines]
    for i in range(len(lines) - 1):
        head, row = cells[i], cells[i + 1]
        if len(head) < 3 or len(row) != len(head):
            continue
        if (i and len(cells[i - 1]) == len(head)) or (i + 2 < len(lines) and len(cells[i + 2]) == len(head)):
            continue  # part of a longer table: the text reader's
        if any(parse_count(text) is not None for text in head) or not all(parse_count(text) is not None for text in row[1:]):
            continue
        found.append(Table(tuple(
            tuple(Cell(text, replace(line.locator, column=chr(65 + n))) for n, text in enumerate(texts))
            for line, texts in ((lines[i], head), (lines[i + 1], row))
        ), lines[i].locator))
    return found


_PERSON_LABEL = r"(?:offender|person|individual|subject|nominal|rso|case)"
_PERSON_HEADER_LINE = re.compile(
    rf"^\s*({_PERSON_LABEL}s?)\s+(\S.*\b(?:date|since|wanted|missing|circulated)\b.*)$", re.IGNORECASE
)
_PERSON_ROW_LINE = re.compile(rf"^\s*({_PERSON_LABEL}\s*(?:\d{{1,3}}|[A-Z]))\s+(\S.*)$", re.IGNORECASE)


def numbered_people_lines(lines: list[Line]) -> list[Table]:
    """A table of people set out as lines of text under its heading ("Offender Date circulated" over "Offender 1 Jun
    2011", "Offender 2 Oct 2013"), as the two-column table it is: each person's label, and the rest of the line."""
    found: list[Table] = []
    i = 0
    while i < len(lines):
        # A heading names columns ("Offender Date circulated"): a line that is itself a person's ("Offender A - wanted
        # since 02/03/2011") is none.
        head = _PERSON_HEADER_LINE.match(lines[i].text)
        if head and (_PERSON_ROW_LINE.match(lines[i].text) and re.search(r"\d", lines[i].text)):
            head = None
        rows: list[tuple[Cell, ...]] = []
        j = i + 1
        while head and j < len(lines) and (row := _PERSON_ROW_LINE.match(lines[j].text)):
            rows.append((Cell(row[1], lines[j].locator), Cell(row[2], lines[j].locator)))
            j += 1
        if head and rows:
            header = (Cell(head[1], lines[i].locator), Cell(head[2], lines[i].locator))
            found.append(Table((header, *rows), lines[i].locator))
            i = j
        else:
            i += 1
    return found


_ENDS_IN_A_PREPOSITION = re.compile(r"\b(?:in|since|from|during|on|at|by|before|after|until|till|to|of)\s*$", re.IGNORECASE)
# "I can confirm the answer is 14": a sentence whose verb comes before its number; "Freedom of Information
# (Scotland) Act 2002": a statute and its year. Neither is a label and its count.
_ENDS_IN_A_VERB_OR_AN_ACT = re.compile(r"\b(?:is|are|was|were|be|been)\s*$|\bAct\s*$")


_A_MONTH_AND_YEAR = re.compile(rf"(?:{ENGLISH_MONTH_NAMES})\.?,?\s+(?:19|20)\d\d", re.IGNORECASE)


def category_lines(lines: list[Line]) -> list[Table]:
    """Runs of two or more consecutive 'label count' lines, each as a two-column table for the categories
    layout, which reads it only if every row is a category it knows (wanted, missing, abroad, in custody...)."""
    found: list[Table] = header_and_row_lines(lines)
    run: list[tuple[Cell, ...]] = []
    above: Line | None = None  # the line before the run

    def close() -> None:
        if len(run) >= 2:
            # "Policing District   RSOs wanted" over the rows: their header, its last words the count's heading.
            header = _COUNT_HEADING_LINE.match(above.text) if above is not None else None
            head = ((Cell(header["label"], above.locator), Cell(header["count"], above.locator)),) if header else ()
            if not head and above is not None and _BREAKDOWN_HEADING.search(above.text):
                head = ((Cell(above.text.strip(), above.locator),),)  # "RSOs wanted, by risk level": the rows' title
            found.append(Table((*head, *run), run[0][0].locator))
        run.clear()

    previous: Line | None = None
    for line in lines:
        text = _LIST_MARK.sub("", line.text, count=1)
        match = _LABEL_COUNT.match(text) or _LABEL_COUNT_NOTE.match(text) or _COUNT_DASH_LABEL.match(line.text)
        if match is None or _ENDS_IN_A_PREPOSITION.search(match["label"]) or _ENDS_IN_A_VERB_OR_AN_ACT.search(match["label"]) or _A_MONTH_AND_YEAR.fullmatch(line.text.strip(" *")):
            # "One went missing in 2003.": a sentence whose number is a year, not a label and its count; "February
            # 2006": a date
            close()
            previous = line
            continue
        if not run:
            above = previous
        note = match.groupdict().get("note")
        run.append((Cell(match["label"].strip(), line.locator), Cell(match["count"], line.locator),
                    *((Cell(note.strip(), line.locator),) if note else ())))
        previous = line
    close()
    return found


def year_grid_lines(lines: list[Line]) -> list[Table]:
    """A grid of years across set out in plain lines, one word a cell ("2019 2020 2021 Total" over "Wanted 1 0 2 3"
    and "Missing 0 1 0 1"), as a table: a PDF's unruled table that no rule or gap marks out. Each row below must
    give a figure for every heading, and name the missing (or be their total)."""
    found: list[Table] = []
    for index, line in enumerate(lines):
        heading = _YEARS_ACROSS_LINE.match(line.text)
        if heading is None:
            continue
        headings = heading["cells"].split()
        rows: list[tuple[Cell, ...]] = []
        for below in lines[index + 1 : index + 1 + GRID_MAX_ROWS]:
            row = _LABEL_AND_FIGURES.match(below.text)
            if row is None or len(row["figures"].split()) != len(headings):
                break
            rows.append((Cell(row["label"].strip(), below.locator), *(Cell(n, below.locator) for n in row["figures"].split())))
        # (rows of the missing and their total only: "Breaches 41 38 45" by year is another grid; "Number of RSOs"
        # under "Year went missing", a count of those the corner names)
        corner_missing = bool(heading["corner"] and _MISSING_CATEGORY.search(heading["corner"]))
        if rows and all(
            (_MISSING_CATEGORY.search(r[0].text) or _TOTAL_LABEL.match(r[0].text) or corner_missing and _COUNT_HEADER.search(r[0].text))
            and not _OTHER_MEASURE_HEADER.search(r[0].text)
            for r in rows
        ):
            header = (Cell(heading["corner"].strip() if heading["corner"] else None, line.locator),
                      *(Cell(text, line.locator) for text in headings))
            found.append(Table((header, *rows), line.locator))
    return found


GRID_MAX_ROWS = 12
_YEARS_ACROSS_LINE = re.compile(
    r"^\s*(?P<corner>[A-Za-z][A-Za-z /()-]{0,30}?\s+)?(?P<cells>(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d(?:\s+total)?)\s*$", re.IGNORECASE
)
# ("Number of RSOs 1 - 1 - 2": a dash for none)
_LABEL_AND_FIGURES = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z /&'()-]{0,40}?)\s+(?P<figures>(?:(?:\d{1,4}|[-\u2013\u2014])\s+)*\d{1,4})\s*$"
)


# A header line over label-count lines, its count heading at the end naming the missing: "Policing District RSOs wanted".
# "RSOs wanted - whereabouts unknown, by risk level (as at 7 March 2022)": a title over the missing counted by some
# measure of them, whose rows ("Very high: 0", "Medium: 2") are parts of the missing whatever their labels.
_BREAKDOWN_HEADING = re.compile(
    r"^(?=.*\b(?:wanted|missing|whereabouts\s+unknown)\b).{0,120}?\b(?:broken\s+down\s+)?by\s+(?:their\s+|the\s+)?"
    r"(?:risk(?:\s+level)?|(?:risk\s+)?level\s+of\s+risk|age(?:\s+(?:group|band))?|gender|sex|offence(?:\s+type)?|type\s+of\s+offence"
    r"|nationality|ethnicity|(?:policing\s+|local\s+)?(?:district|division|area|borough|command\s+unit|region))\b",
    re.IGNORECASE,
)
_COUNT_HEADING_LINE = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w /&'-]{1,40}?)\s+(?P<count>(?:(?:number|no\.?|count)\s+(?:of\s+)?)?"
    r"(?:rsos?|registered\s+sex\s+offenders|offenders)?\s*(?:currently\s+)?(?:wanted|missing|whereabouts\s+unknown)"
    r"[\w /()-]{0,30})\s*$",
    re.IGNORECASE,
)


#: A label for when people went missing ("Wanted from", "Date missing"), not for how many.
_WHEN_LABEL = re.compile(r"\b(?:since|from|date|when|year|month|day|period|duration|how\s+long)\b", re.IGNORECASE)


def lone_totals(rows: list[tuple[Cell, ...]], context: Context) -> list[tuple[tuple[int, int], str, Cell]]:
    """Totals stated in rows of their own ("Total wanted | 4" on a summary sheet): the count, the row's text
    and the cell, for checking the table's figure against. Without a table's header around it a total says
    too little to be the answer itself (the caseload is a total too)."""
    found = []
    for row in rows:
        filled = [c for c in row if c.text]
        label = filled[0].text if len(filled) >= 2 else ""
        # "RSOs whereabouts unknown | 8" on a summary sheet states the total as surely as "Total | 8" does.
        named = _MISSING_TITLE.search(label) and not _WHEN_LABEL.search(label)
        if label and (_TOTAL_LABEL.match(label) or named) and not _OTHER_MEASURE_HEADER.search(label):
            bounds = _count(filled[-1], context)
            if bounds is not None:
                found.append((bounds, _row_text(row), filled[-1]))
    return found


def _figures(table: Table, context: Context) -> Finding | None:
    """The table's reading, when it gives figures (entries or a total)."""
    finding = read_table(table, context)
    return finding if finding is not None and (finding.entries or finding.stated_total is not None) else None


def read_tables(tables: list[Table], context: Context) -> list[Finding]:
    """A finding for every table whose header says what it holds."""
    findings = []
    for table in (part for whole in tables for part in _parted_at_a_gutter(whole)):
        finding = read_table(table, context)
        if finding is not None:
            finding.table = table
            findings.append(finding)
    return findings


def _parted_at_a_gutter(table: Table) -> list[Table]:
    """Two tables set side by side on a sheet, an empty column between them and a title over each ("Currently wanted"
    over A:C, "Located since" over E:G), as the two tables they are, less one whose title says its people were found."""
    width = max((len(row) for row in table.rows), default=0)
    if width < 5 or len(table.rows) < 3:
        return [table]
    filled = [any(col < len(row) and row[col].text for row in table.rows) for col in range(width)]
    gutter = next((col for col in range(2, width - 2) if not filled[col] and any(filled[:col]) and any(filled[col + 1 :])), None)
    if gutter is None:
        return [table]
    left = tuple(row[:gutter] for row in table.rows)
    right = tuple(row[gutter + 1 :] for row in table.rows)
    sides = [tuple(r for r in rows if any(c.text for c in r)) for rows in (left, right)]
    if any(len(rows) < 2 for rows in sides):
        return [table]
    # Each side under a title of its own, and the titles differ: two tables. (Spacer columns inside one table, or
    # its runs side by side, have no such titles.)
    tops = [{c.text for c in rows[0] if c.text} for rows in sides]
    if not (all(len(top) == 1 for top in tops) and tops[0] != tops[1]):
        return [table]
    # (a side titled "Located since 01/10/2016" or "TRACED SINCE LAST RETURN" lists those found: none of them is missing)
    return [
        Table(rows, rows[0][0].locator if rows[0] else table.locator, table.title) for rows, top in zip(sides, tops)
        if not (_ENDED_STATUS.match(title := next(iter(top))) and not _NOT_ENDED.search(title))
    ]


# A column name as a records system exports it ("WANTED_DTE", "DT_WHEREABOUTS_UNK", "Wntd_Frm", "STATUS_DESC").
_SYSTEM_NAME = re.compile(r"^[A-Za-z]+(?:_[A-Za-z]+)+$")
_SYSTEM_WORDS = {"dte": "date", "dt": "date", "frm": "from", "wntd": "wanted", "unk": "unknown", "desc": "description",
                 "loc": "location", "num": "number", "no": "number", "ref": "reference", "stat": "status"}


def _plain_headings(table: Table) -> Table:
    """The table with its first rows' system column names said in words ("WANTED_DTE" as "wanted date"), so the
    headings are read as a person would read them; the cells keep their places."""
    head = table.rows[:HEADER_SEARCH_ROWS]
    if not any(c.text and _SYSTEM_NAME.match(c.text) for row in head for c in row):
        return table

    def plain(cell: Cell) -> Cell:
        if not (cell.text and _SYSTEM_NAME.match(cell.text)):
            return cell
        words = [_SYSTEM_WORDS.get(w.lower(), w.lower()) for w in cell.text.split("_")]
        return Cell(" ".join(words), cell.locator, cell.spanned)

    rows = tuple(tuple(plain(c) for c in row) if n < HEADER_SEARCH_ROWS else row for n, row in enumerate(table.rows))
    return Table(rows, table.locator, table.title)


# (a title saying the table lists the missing, _MISSING_TITLE below, may still say it lists those found)
_FOUND_TITLE = re.compile(r"\b(?:located|traced|found|no\s+longer|arrested|closed)\b", re.IGNORECASE)
# "Date reported", "Date recorded": a day that the title says is when each was reported missing.
_BARE_EVENT_DATE = re.compile(r"^\s*date\s+(?:first\s+)?(?:reported|recorded|listed|added)\s*$", re.IGNORECASE)


def _dated_by_its_title(table: Table) -> Table:
    """The table with its one "Date reported" heading read as when each went missing, where its title says it lists
    the missing ("PSNI - RSOs reported missing") and no heading says so itself."""
    title = table.title or ""
    if not (_MISSING_TITLE.search(title) and not _FOUND_TITLE.search(title)):
        return table
    head = table.rows[:HEADER_SEARCH_ROWS]
    texts = [c.text for row in head for c in row if c.text]
    if any(_SINCE_HEADER.search(t) or _YEAR_HEADER.search(t) for t in texts) or sum(bool(_BARE_EVENT_DATE.match(t)) for t in texts) != 1:
        return table
    rows = tuple(
        tuple(Cell(f"{c.text} (missing)", c.locator, c.spanned) if c.text and _BARE_EVENT_DATE.match(c.text) else c for c in row)
        if n < HEADER_SEARCH_ROWS else row
        for n, row in enumerate(table.rows)
    )
    return Table(rows, table.locator, table.title)


# A heading of time or money spent: a s12 refusal's estimate of the cost of answering.
_COST_HEADING = re.compile(
    r"^\s*(?:estimated\s+|total\s+)?(?:hours|minutes|mins|time\s+taken|cost)\b|\b(?:minutes|hours)\s+per\s+(?:record|case|file)\b",
    re.IGNORECASE,
)


def adds_up(table: Table) -> bool:
    """Whether the table's last column holds counts whose last row is the sum of the rows above it ("Policing District |
    Number" down to "Northern Ireland | 12"): a breakdown and its total, whatever the rows are called."""
    body = [r for r in table.rows[1:] if any(c.text for c in r)]
    width = max((len(r) for r in body), default=0)
    return width >= 2 and _last_row_summing(body, [width - 1], Context(as_of=None)) is not None


def is_cost_estimate(table: Table) -> bool:
    """Whether a table is a cost limit's estimate ("Task | Records | Minutes per record | Hours"): never the answer."""
    return any(_COST_HEADING.search(c.text) for row in table.rows[:HEADER_SEARCH_ROWS] for c in row if c.text)


_QUESTION_HEADING = re.compile(r"\s*(?:your\s+)?(?:question|request|information\s+requested)s?\s*", re.IGNORECASE)
_ANSWER_HEADING = re.compile(r"\s*(?:our\s+)?(?:response|answer|reply|information\s+provided)s?\s*", re.IGNORECASE)


def question_and_answer_columns(header: list[str]) -> tuple[int, int] | None:
    """The columns of a "Question | Answer" table (the letter set out as a table), or None."""
    asked = next((i for i, text in enumerate(header) if _QUESTION_HEADING.fullmatch(text)), None)
    answered = [i for i, text in enumerate(header) if _ANSWER_HEADING.fullmatch(text)]
    if len(answered) > 1:
        return None  # "Response" merged over "Hampshire | Isle of Wight | Force total": answers by area, with headings below
    return (asked, answered[0]) if asked is not None and answered else None


# "2017 Total": a pivot table's subtotal row for the group of rows labelled 2017.
_GROUP_TOTAL = re.compile(r"^\s*((?:19|20)\d\d)\s+total\s*$", re.IGNORECASE)


def _pivot_groups_filled(table: Table) -> Table:
    """A pivot table that prints a group's label on its first row only ("2017 | High | 1" over " | Medium | 1" over
    "2017 Total | | 2"): each blank label cell of a group closed by its own subtotal row spans the label above it, as
    a merged cell would. A blank label not closed so stays blank."""
    rows = [list(row) for row in table.rows]
    filled = False
    for col in {i for row in rows for i, c in enumerate(row) if _GROUP_TOTAL.match(c.text)}:
        label, blanks = None, []
        for r, row in enumerate(rows):
            text = row[col].text if col < len(row) else ""
            if (total := _GROUP_TOTAL.match(text)) is not None:
                if label is not None and total[1] == label:
                    for b in blanks:
                        cell = rows[b][col]
                        rows[b][col] = Cell(cell.value, cell.locator, label)
                        filled = True
                label, blanks = None, []
            elif re.fullmatch(r"(?:19|20)\d\d", text):
                label, blanks = text, []
            elif not text and label is not None and any(c.text for c in row):
                blanks.append(r)
            else:
                label, blanks = None, []
    return replace(table, rows=tuple(tuple(row) for row in rows)) if filled else table


def read_table(table: Table, context: Context) -> Finding | None:
    """Try each of the first rows, in order, as the header; the first clean reading with figures wins.

    In order, because a damaged data row can look like a row of years ("2011,1,2013,1"): the real
    header above it must be tried first. Clean first, because a merged title row over the real header
    ("Year first wanted" across every column) reads as a header too, but only with unreadable cells.
    """
    table = _pivot_groups_filled(_without_superseded_columns(_dated_by_its_title(_plain_headings(table))))
    rows = table.rows
    if request_log_columns(rows) is not None:
        return None  # a log of requests: its rows are not people (the answer to ours is read as prose)
    if _request_events(rows):
        return None  # "14/01/2019 | Request received": a request's status history, its rows events
    if rows and question_and_answer_columns([c.text for c in rows[0]]) is not None:
        return None  # questions and their answers: read as the sentences they are
    if is_cost_estimate(table):
        return None  # "Task | Records | Minutes per record | Hours": a cost limit's estimate, whose total is hours
    if any(_is_rule(row) for row in rows[: HEADER_SEARCH_ROWS + 1]):
        # A ruled line under the header ("|---|---:|", "=====  =====") is part of the table's drawing, not a row.
        rows = tuple(row for n, row in enumerate(rows) if n > HEADER_SEARCH_ROWS or not _is_rule(row))
        table = Table(rows, table.locator, table.title)
    fallback: Finding | None = None
    for h in range(min(HEADER_SEARCH_ROWS, len(rows) - 2)):
        # "Year | Whereabouts unknown | Whereabouts unknown | Total" over " | In UK | Believed abroad | ": a heading merged
        # over the two below it, each column's heading both rows' words
        # (a row's empty cells at its end may be left out: " | Wanted | Missing" under four headings)
        under = rows[h + 1] + (Cell(None, rows[h + 1][-1].locator if rows[h + 1] else table.locator),) * (len(rows[h]) - len(rows[h + 1]))
        # (a heading over two columns written in the first alone, its neighbour blank: "Whereabouts unknown | " over
        # "Wanted | Missing")
        top = tuple(
            Cell(rows[h][i - 1].text, c.locator) if i and not c.text and rows[h][i - 1].text and i < len(under) and under[i].text else c
            for i, c in enumerate(rows[h])
        )
        if _two_row_header(top, under):
            joined = [" ".join(t for t in (above.text, below.text) if t) for above, below in zip(top, under)]
            finding = _read_with_header(joined, rows[h + 2 :], context)
            if finding is not None and (finding.entries or finding.stated_total is not None) and not finding.review:
                return finding
            break
    for h in range(min(HEADER_SEARCH_ROWS, len(rows) - 1)):
        header = [c.text for c in rows[h]]
        if fallback is not None and any(_MASKED_REFERENCE.fullmatch(text) for text in header if text):
            # "ASC-1 | 2006 (month not known) | Rape" under the heading that read the table: the first person, not a
            # heading to read the rest under (which would drop that person, unflagged)
            break
        if _a_person_and_a_date(header):
            continue  # "Case 1 | Wanted since February 2009": the first person of a list with no heading row
        if len(filled := [text for text in header if text]) >= 2 and len(set(filled)) == 1:
            continue  # a title merged across the columns ("Offenders circulated as wanted on PNC" in each): no header
        blocks = _side_by_side(header)
        if blocks:
            return read_table(_stacked(table, h, blocks), context)
        years = [i for i, text in enumerate(header) if _year_heading(text) is not None]
        # The corner cell may name the years ("Year first wanted", "Risk level / Year wanted"); any other
        # heading that does makes the row a header of dated columns, not of years.
        corner = next((i for i, text in enumerate(header) if text), None)
        # Two years at least, not a year and a dash: a data row ("2017 | -") tried as the header is no row of years.
        real_years = sum(1 for i in years if isinstance(_year_heading(header[i]), int))
        if real_years >= 2 and not any(_SINCE_HEADER.search(t) for i, t in enumerate(header) if t and i != corner):
            finding = _pivot_years_across(header, rows[h + 1 :], years, context)
        else:
            finding = _read_with_header(header, rows[h + 1 :], context)
        if finding is not None and (finding.entries or finding.stated_total is not None):
            if _heading_short_of_its_columns(header, rows[h + 1 :]):
                # "Year Wanted | Missing | Total | (blank)" over four columns of figures: the headings have slid
                finding.review.append(
                    f"the heading row '{' | '.join(header)}' has fewer headings than the columns of figures under it: "
                    "which heading is whose?"
                )
            if finding.layout == "counts_by_year" and not any("snapshot" in r for r in finding.review):
                above = [table.title or "", *(c.text for row in rows[:h] for c in row if c.text)]
                if any(_RECURRING_DAY.search(text) or _SNAPSHOT_SERIES.search(text) for text in [*above, *header]) or (
                    corner is not None and _DAY_AND_MONTH.fullmatch(header[corner].strip())
                ):
                    # "Position at 31 December" over the years, "Number wanted at 31 March": a figure per year
                    # standing on one day of it, not the number who went missing that year.
                    finding.review.append(_SNAPSHOTS)
            if not finding.review:
                return finding
            fallback = fallback or finding
    # A list turned on its side reads (with a query) as a one-row list under its date row: its clean reading first.
    return (
        _person_a_column(table, context) or fallback or _categories(table, context) or _breakdown(table, context)
        or _status_split(table, context) or _headerless_dates(table, context)
    )


# A person's masked reference in a list: "ASC-1", "K12", "MPS-7242", "RSO 3".
_MASKED_REFERENCE = re.compile(r"\s*[A-Z]{1,5}[-/ ]?\d{1,6}\s*")
_PERSON_NUMBERED = re.compile(r"\s*(?:case|rso|offender|subject|person|individual|nominal)\s*[-#]?\s*\d{1,4}\s*", re.IGNORECASE)


def _a_person_and_a_date(row: list[str]) -> bool:
    """Whether a row names a person by number or reference and gives a date: a row of data, never a heading."""
    return any(_PERSON_NUMBERED.fullmatch(t) or _MASKED_REFERENCE.fullmatch(t) for t in row if t) and any(
        find_since(t) for t in row if t and not _PERSON_NUMBERED.fullmatch(t)
    )


# A correction's table: "Previously reported | Corrected", "Original response | Revised response".
_SUPERSEDED_HEADING = re.compile(
    r"\b(?:previous(?:ly)?|original(?:ly)?|initial(?:ly)?|earlier|old|superseded|incorrect)\b"
    r"|\bas\s+(?:first\s+)?(?:reported|given|stated)\b|\bbefore\s+(?:the\s+)?correction\b",
    re.IGNORECASE,
)
_REVISED_HEADING = re.compile(r"\b(?:correct(?:ed)?|revised|amended|updated|current|new|now|final)\b", re.IGNORECASE)


def _without_superseded_columns(table: Table) -> Table:
    """A correction's table without the figures it corrects: beside a "Corrected" column, the "Previously reported"
    one is no count (added to it, every person would be counted twice)."""
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        texts = [c.text for c in row]
        old = {i for i, t in enumerate(texts) if t and _SUPERSEDED_HEADING.search(t) and not _REVISED_HEADING.search(t)}
        if old and any(t and _REVISED_HEADING.search(t) and i not in old for i, t in enumerate(texts)):
            rows = tuple(tuple(c for i, c in enumerate(r) if i not in old) for r in table.rows)
            return Table(rows, table.locator, table.title)
    return table


def _two_row_header(top: tuple[Cell, ...], under: tuple[Cell, ...]) -> bool:
    """Whether a heading row has a second heading row under it: the top repeats one heading over neighbouring columns
    (a merged cell), and the row below names those columns apart, with no figure and nothing in its first cell."""
    texts = [c.text for c in under]
    if len(top) != len(under) or not texts or texts[0] or any(ch.isdigit() for t in texts for ch in t):
        return False
    return any(
        top[i].text and top[i].text == top[i + 1].text and texts[i] and texts[i + 1] and texts[i] != texts[i + 1]
        for i in range(len(top) - 1)
    )


def _heading_short_of_its_columns(header: list[str], body) -> bool:  # type: ignore[no-untyped-def]
    """Whether the heading row ends in a blank over a column every row below fills with a figure: a heading run into
    its neighbour ("Year Wanted"), or every heading run into the first, in a PDF whose headings do not line up with
    their columns."""
    named = max((i + 1 for i, text in enumerate(header) if text), default=0)
    width = max((len(r) for r in body), default=0)
    # (one heading over all the columns matters only where two columns of figures could each be the one it names:
    # "Year Wanted (warrant issued) Missing (no warrant)" over year | figure | figure)
    if named < 1 or not header[0] or width <= named or named == 1 and width < 3:
        return False
    extra = [r[named:] for r in body if len(r) == width]
    return len(extra) == len(body) and all(c.text and c.text.replace(",", "").isdigit() for cells in extra for c in cells)


SIDEWAYS_MAX_ROWS = 30  # a person's details down the side are a few headings: a long table is the right way up


def _person_a_column(table: Table, context: Context) -> Finding | None:
    """A list of people turned on its side: the headings down the first column ("Date wanted", "Status"), a column
    for each person ("Case 1 | Case 2"). Read as the same list the right way up, when it reads as one cleanly: a
    person a row, each dated, with nothing to query."""
    if len(table.rows) > SIDEWAYS_MAX_ROWS:
        return None
    rows = [row for row in table.rows if any(c.text for c in row)]
    width = max((len(row) for row in rows), default=0)
    if len(rows) < 2 or width < 3 or not any(row[0].text and _DATE_WORD.search(row[0].text) for row in rows):
        return None
    columns = tuple(
        tuple(row[c] if c < len(row) else Cell(None, row[0].locator) for row in rows) for c in range(width)
    )
    finding = _read_with_header([c.text for c in columns[0]], columns[1:], context)
    if finding is None or finding.layout != "table_of_individuals" or finding.review or len(finding.entries) < 2:
        return None
    return finding if all(e.since is not None for e in finding.entries) else None


_RULE_CELL = re.compile(r":?[-=+\u2013\u2014_]{2,}:?")


def _is_rule(row: tuple[Cell, ...]) -> bool:
    texts = [c.text for c in row if c.text]
    return bool(texts) and all(_RULE_CELL.fullmatch(t) for t in texts)


_DATED_CAPTION = re.compile(r"\b(?:year|month|quarter|date|since|when)", re.IGNORECASE)


def _headerless_dates(table: Table, context: Context) -> Finding | None:
    """A two-column table with no header row ("2010 | 1", "2013 | 1", "Total | 2") under a caption that says it
    counts the missing by date ("RSOs wanted ..., by year first wanted"): read as counts by date."""
    title = table.title or ""
    if not (_MISSING_HEADER.search(title) and _DATED_CAPTION.search(title)) or _OTHER_MEASURE_HEADER.search(title):
        return None
    rows = [row for row in table.rows if any(c.text for c in row)]
    if any(len(row) != 2 for row in rows):
        return None
    dated = [row for row in rows if not _is_total(row)]
    if len(dated) < 2 or not all(
        (since := _since(row[0], context)) is not None and since.date is not None and _count(row[1], context) is not None
        for row in dated
    ):
        return None
    return _counts_by_date(["Year", "Number"], tuple(rows), 0, 1, context)


def _side_by_side(header: list[str]) -> list[list[int]] | None:
    """The column blocks of a table printed in two or more runs side by side to save paper ("Year | Number |
    Year | Number"): the same dated headings, repeated. None for any other header."""
    filled = [i for i, text in enumerate(header) if text]
    keys = [" ".join(header[i].lower().split()) for i in filled]
    for width in range(2, len(filled) // 2 + 1):
        if len(filled) % width or keys != keys[:width] * (len(filled) // width):
            continue
        if not any(_YEAR_HEADER.search(k) or _SINCE_HEADER.search(k) for k in keys[:width]):
            return None
        return [filled[start : start + width] for start in range(0, len(filled), width)]
    return None


def _stacked(table: Table, h: int, blocks: list[list[int]]) -> Table:
    """The side-by-side runs of a table one under another, under the first run's header. Each cell keeps its
    own locator, so a figure from the second run still points at its column."""
    def part(row: tuple[Cell, ...], columns: list[int]) -> tuple[Cell, ...]:
        return tuple(row[c] if c < len(row) else Cell(None, row[-1].locator) for c in columns)

    header = part(table.rows[h], blocks[0])
    runs = (part(row, columns) for columns in blocks for row in table.rows[h + 1 :])
    body = [cells for cells in runs if any(c.text for c in cells)]  # the last run's blank tail left out
    return Table((header, *body), table.locator, table.title)


_BRACKETED = re.compile(r"\([^()]*\)")


def _read_with_header(header: list[str], body, context: Context) -> Finding | None:  # type: ignore[no-untyped-def]
    # (a heading's note in brackets says what the date is taken from: "Missing from (date last verified at registered
    # address)" is when the person went missing, whatever the note names)
    other_dates = {
        i for i, text in enumerate(header)
        if text and (_OTHER_DATE_HEADER.search(_BRACKETED.sub("", text)) or _ENDED_HEADER.search(text) or _AS_AT_HEADER.search(text))
    }
    year_col = _find(header, _YEAR_HEADER, exclude=other_dates)
    named = next((i for i, text in enumerate(header) if text and text.strip().lower() in context.dated_by and re.search(
        r"\b(?:date|since|from|when)\b", text, re.IGNORECASE)), None)
    if named is not None:
        year_col, since_col = None, named  # "... given in the column 'Date last seen'": the letter says which dates them
    elif year_col is not None and (finer := _find(header, _SINCE_HEADER, exclude=other_dates | {year_col})) is not None and (
        _finer_dates_agree(body, year_col, finer, context)
    ):
        year_col = None  # "Year | Ref | Date circulated": each person's own date, which the year column only groups
        since_col = finer
    else:
        since_col = year_col if year_col is not None else _find(header, _SINCE_HEADER, exclude=other_dates)
    if year_col is None and since_col is not None and _DURATION_HEADER.search(header[since_col]):
        # "Years missing | Date wanted": the date itself, not how long before the reply it was
        durations = {i for i, text in enumerate(header) if text and _DURATION_HEADER.search(text)}
        dated = _find(header, _SINCE_HEADER, exclude=other_dates | durations)
        since_col = dated if dated is not None else since_col
    snapshots = False
    if since_col is None:
        # Dated only by how long each has been missing ("Weeks outstanding"): counted back from the as-at date.
        since_col = _find(header, _DURATION_HEADER, exclude=other_dates)
    if since_col is None:
        # Dated only by when each figure stood ("As at | Number of RSOs"): read, so as to be flagged as snapshots.
        since_col = _find(header, _AS_AT_HEADER)
        snapshots = since_col is not None
        if snapshots and len(header) > 2 and len({r[since_col].text for r in body if since_col < len(r) and r[since_col].text}) <= 1:
            # one day the figures stand at, beside the row's label ("Lincolnshire Police | 5 | 1 | 21/03/2019"): no
            # series, and no dates of people; the other table layouts read the row
            return None

    if since_col is not None:
        return _read_dated(header, body, context, since_col, year_col, snapshots)
    # No heading names the dates in the usual words: a column whose cells all read as dates is taken instead.
    since_col, doubt = _dated_column(header, body, context, exclude=other_dates)
    if since_col is None:
        return None
    finding = _read_dated(header, body, context, since_col, None, False)
    if finding is not None and doubt:
        finding.review.append(doubt)
    return finding


def _finer_dates_agree(body, year_col: int, date_col: int, context: Context) -> bool:  # type: ignore[no-untyped-def]
    """Whether a column of dates gives a month or day for the rows a year column groups, in the same years: two or
    more such rows, and none whose date falls in another year than its year cell says."""
    agreeing = 0
    for row in body:
        if date_col >= len(row) or year_col >= len(row) or not row[date_col].text or any(_TOTAL_LABEL.match(c.text) for c in row if c.text):
            continue
        since = _cell_since(row[date_col], context)
        if since is None or since.date is None or since.precision not in ("day", "month"):
            return False
        year = row[year_col].text or row[year_col].spanned or ""
        if re.fullmatch(r"(?:19|20)\d\d", year.strip()):
            if int(year) != since.date.year:
                return False
            agreeing += 1
    return agreeing >= 2


def _read_dated(header: list[str], body, context: Context, since_col: int, year_col: int | None, snapshots: bool) -> Finding | None:  # type: ignore[no-untyped-def]
    """The table read with its column of dates (or years) known."""
    # Columns that count something else ("Breaches", "RSOs managed") or say how long ("Yrs outstanding").
    not_counts = {
        i for i, text in enumerate(header)
        if text and i != since_col and (
            _OTHER_MEASURE_HEADER.search(text) or _DURATION_HEADER.search(text)
            or _ATTRIBUTE_HEADER.search(text) and not _PIVOT_VALUE_HEADER.match(text)
            or _PART_HEADER.search(text) and not _STILL_HEADER.search(text)  # ("Of which still wanted": the count itself)
            or _find([text], _DATE_PART_HEADER) is not None
            or _MONTH_HEADER.search(text) and _all_months(body, i)  # "Year wanted | Month wanted": 4, 11 are months
            # ("As supplied | Corrected": the figures a correction replaces)
            or _SUPERSEDED_HEADER.search(text) and any(_CORRECTED_HEADER.search(h) for h in header)
        )
    }
    grid = [i for i, text in enumerate(header) if i != since_col and _month_number(text) and not text.strip().isdigit()]
    if len(grid) >= 3 and year_col is not None:  # "Year | Jan | Feb | ... | Total": a calendar grid
        return _counts_by_date(header, body, since_col, None, context, numeric_cols=grid)
    statuses = _status_columns(header, body, exclude={since_col} | not_counts)
    if statuses:
        return _counts_by_date(header, body, since_col, None, context, numeric_cols=list(statuses), statuses=statuses)
    count_col = _count_column(header, exclude={since_col} | not_counts, body=body)
    leading = count_col == 0 < since_col
    if count_col is not None and (leading or not _MISSING_HEADER.search(header[count_col])) and _is_row_number_column(body, count_col, leading) and not (
        _is_force_heading(header[count_col])
    ):
        # NOTE: a "No." column numbering the rows 1, 2, 3... is not a count; "Total wanted" after the years, reading
        # 1, 2, 3, 4, still is, and so is a force's own column ("North Wales" reading 0, 1, 2)
        count_col = None
    if count_col is not None:
        return _counts_by_date(header, body, since_col, count_col, context, month_col=_month_column(header, body, since_col))
    numeric_cols = _numeric_columns(body, exclude={since_col})
    # A program's unnamed index column (0, 1, 2...) is no count, nor "1, 2, 3" under "Case" or "Ref" numbering the
    # people; "1, 2, 3" under "Number" may well be.
    # The first column, before the dates, numbering the rows is no count whatever its heading ("No.", "#").
    counted = [
        c for c in numeric_cols if c not in not_counts and not (
            (c >= len(header) or not header[c] or c == 0 < since_col
             or _ID_HEADER.search(header[c]) and not _COUNT_HEADER.search(header[c]))
            and _is_row_number_column(body, c, leading=c == 0 < since_col)
        )
    ]
    if year_col is not None and any(c in not_counts and _OTHER_MEASURE_HEADER.search(header[c]) for c in numeric_cols) and not any(
        c < len(header) and (_MISSING_HEADER.search(header[c]) or re.search(r"\b(?:still|circulat\w*)\b", header[c], re.IGNORECASE))
        for c in counted
    ):
        # years with counts of something else (breaches by year), and any other column beside them ("Arrested s.91 |
        # Charged s.91 | Failed to notify change of address") not said to count the missing: not a table of the missing
        return None
    if (year_col is not None or snapshots or _bare_years(body, since_col)) and counted:
        # ("of which, year first wanted:" over "2012 | 2": years alone, and a figure beside each, under no heading)
        finding = _counts_by_date(header, body, since_col, None, context, numeric_cols=counted)
        stood = [header[c] for c in counted if c < len(header) and _STOOD_AT_HEADER.search(header[c])]
        if len(stood) >= 2:
            # "At date of request (07/01/2019) | At date of response (30/01/2019)": the same people counted twice
            finding.review.append(f"the columns '{stood[0]}' and '{stood[1]}' give the figures as they stood on "
                                  "different days: which is the answer?")
        return finding
    month_col = _month_column(header, body, since_col)
    return _individuals(header, body, since_col, context, month_col, _day_column(header, body, since_col, month_col))


def _bare_years(body, col: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the column's cells are years and nothing else ("2009", "2012"), each year once: a year a row."""
    years = [row[col].text for row in body if col < len(row) and row[col].text and not _is_total(row)]
    return len(years) >= 2 and len(set(years)) == len(years) and all(_BARE_YEAR.fullmatch(y) for y in years)


_BARE_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")


# Words a heading uses for a date of some kind ("WOA issued", "Circ. date", "Week circulated", "Period").
_DATE_WORD = re.compile(r"\b(?:dates?|dated|issued|week|period|when|circ|circulated|from|since|time|day|month|year)\b", re.IGNORECASE)


_DATE_FORM_OR_WELSH = re.compile(
    r"\b(?:dd|mm|yy|yyyy)(?:[/.-](?:dd|mm|yy|yyyy))+\b|\b(?:dyddiad|blwyddyn|mis)\b"
    r"|\blast\s+(?:known|seen)\b|\b(?:wanted|circulated)\s+on\b",  # "Last known at address", "Wanted on PNC"
    re.IGNORECASE,
)
_DATE_HEADING = re.compile(r"\b(?:dates?|dated)\b", re.IGNORECASE)


def _dated_column(header: list[str], body, context: Context, exclude: set[int]) -> tuple[int | None, str | None]:  # type: ignore[no-untyped-def]
    """A column whose cells all read as dates, for a table whose headings name none in the usual words ("WOA
    issued", "PNC WU date", "Circ. date"), and a review reason when its heading does not say it holds dates at
    all (or another column of dates stands beside it). A column of dates of something else (birth, conviction,
    arrest, location) or of references is never taken. Numbers stored as numbers count only under a dated
    heading: a column of 1s and 2s is no column of Excel serials."""
    filled = [text for text in header if text]
    if not filled or any(
        _TOTAL_LABEL.match(text) or not re.search(r"[A-Za-z]{2}", text) or parse_since(text, context.as_of) is not None
        for text in filled
    ):
        return None, None  # a row of data or a total taken for the header ("2014 | 3", "All years | 9")
    found = []
    unreadable: int | None = None  # a column headed as a date whose cells do not read as dates
    for col, heading in enumerate(header):
        if col in exclude or not heading or any(
            p.search(heading) for p in (_OTHER_DATE_HEADER, _RESOLVED, _OTHER_MEASURE_HEADER, _COUNT_HEADER, _DURATION_HEADER)
        ) or re.search(r"\b(?:ref|reference|id|identifier|urn)\b", heading, re.IGNORECASE):
            continue
        cells = [r[col] for r in body if col < len(r) and r[col].value is not None and not _is_total(r)]
        # "WU_DATE": a program's name for a date; "WANTED (MM/YYYY)" a date's form; "Dyddiad yn eisiau" the Welsh
        named = bool(_DATE_WORD.search(heading.replace("_", " ")) or _DATE_FORM_OR_WELSH.search(heading))
        readings = [
            None if isinstance(c.value, (int, float)) and not named else _since(c, context, _column_shape(heading, body, col, context.month_first))
            for c in cells
        ]
        dated = [r for r in readings if r is not None and r.date is not None]
        unread = sum(1 for r in readings if r is None)  # one odd cell in a long column is flagged when read
        if len(dated) >= 2 and unread <= (len(dated) >= 4) and 2 * len(dated) >= len(cells):
            found.append((col, named))
        elif unreadable is None and _DATE_HEADING.search(heading.replace("_", " ")) and len(cells) >= 2 and unread:
            unreadable = col
    if not found and unreadable is not None:
        # "PNC WU date" over cells no rule reads: read, so that each cell is flagged, rather than the table ignored.
        return unreadable, f"'{header[unreadable]}' looks like the dates they went missing, but not every cell reads as a date"
    if not found:
        return None, None
    col, named = found[0]
    if len(found) > 1:
        return col, f"'{header[col]}' read as the dates they went missing, beside '{header[found[1][0]]}', dates too: which is it?"
    return col, None if named else f"'{header[col]}' read as the dates they went missing: its heading does not say so"


# A column heading for the people in the UK, beside one for those believed abroad.
# ("UK (address unknown)": the UK first, how unknown in brackets)
# ("Location unknown - UK": where unknown, within the UK)
_IN_THE_UK = re.compile(
    # ("DU / UK": the Welsh heading, then the English)
    r"\b(?:in|within)\s+(?:the\s+)?(?:uk|united\s+kingdom)\b|^\s*(?:(?:y\s+)?du\s*/\s*)?(?:(?:believed|thought)\s+)?(?:uk|united\s+kingdom)\s*(?:\([^()]*\bunknown\)\s*)?$"
    r"|^\s*(?:location|address|whereabouts)\s+unknown\s*[-\u2013(,]\s*(?:in\s+(?:the\s+)?)?(?:uk|united\s+kingdom)\s*\)?\s*$",
    re.IGNORECASE,
)


def _status_columns(header: list[str], body, exclude: set[int]) -> dict[int, str] | None:  # type: ignore[no-untyped-def]
    """Columns of counts for categories of the missing with different statuses ("Wanted | Missing", "In the UK |
    Believed abroad"), each column's status by its heading; None unless there are two statuses or more."""
    named = [
        i for i, text in enumerate(header)
        if i not in exclude and text and (_MISSING_CATEGORY.search(text) or _IN_THE_UK.search(text))
        and not _OTHER_CATEGORY.search(text) and not _TOTAL_LABEL.match(text)
        and not (_SINCE_HEADER.search(text) or _YEAR_HEADER.search(text))
    ]
    # Two columns of one status are two categories too ("Wanted | Whereabouts Unknown | Grand Total" in a pivot), unless
    # one is a part of the other ("Of which ...", "Still wanted").
    same_status = len({_status_of(header[i]) for i in named}) < 2
    if len(named) < 2 or same_status and any(
        _PART_HEADER.search(header[i]) or _SUBSET_LABEL.match(header[i]) or _STILL_HEADER.search(header[i]) for i in named
    ):
        return None  # ("Circulated as wanted | Still wanted": the second a part of the first)
    if any(_STILL_HEADER.search(header[i]) for i in named):
        return None  # ("Circulated as missing | Outstanding": all who went missing, and those of them still missing)
    counted = set(_numeric_columns(body, exclude=set(range(len(header))) - set(named)))
    statuses = {i: _status_of(header[i]) for i in named if i in counted}
    if len(statuses) == 2 and _a_whole_and_its_part_abroad(header, body, statuses):
        return None  # "Number wanted | Believed to have left the UK": the second among the first (see _abroad_share_column)
    return statuses if len(statuses) >= 2 else None


_NUMBER_OF = re.compile(r"^\s*(?:total\s+)?(?:number|no\.?|count)\b", re.IGNORECASE)


def _a_whole_and_its_part_abroad(header: list[str], body, statuses: dict[int, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether two status columns are a count of all the missing ("Number wanted") and those of them abroad, never more
    than it, with no total column beside them to say they add up."""
    whole = next((i for i, status in statuses.items() if status == "wanted" and _NUMBER_OF.match(header[i])), None)
    part = next((i for i, status in statuses.items() if status == "believed_abroad"), None)
    # ("Of which believed abroad" says so itself, and is read so where the statuses are)
    return whole is not None and part is not None and not _PART_HEADER.search(header[part]) and _a_part_of(header, body, whole, part)


def _a_part_of(header: list[str], body, whole: int, part: int, context: Context | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a column counts some of another's people: a figure in every row, never above the other's, and no total
    column beside them to say the two add up."""
    if any(re.match(r"^\s*(?:grand\s+)?total", h, re.IGNORECASE) for h in header):
        return False
    rows = [r for r in body if max(whole, part) < len(r) and r[whole].text and not _is_total(r)]
    pairs = [(_count(r[whole], context), _count(r[part], context)) for r in rows]
    return bool(pairs) and all(w and p and p[0] == p[1] and p[1] <= w[0] for w, p in pairs)


def _count_column(header: list[str], exclude: set[int], body=()) -> int | None:  # type: ignore[no-untyped-def]
    """The count column: one whose heading names the missing ("Number wanted") before any other count heading;
    else a column of counts headed by the missing alone ("RSOs whereabouts unknown")."""
    candidates = [i for i, text in enumerate(header) if i not in exclude and text and _COUNT_HEADER.search(text)]
    named = [i for i in candidates if _MISSING_HEADER.search(header[i])]
    if (named or candidates) and body:
        # "Number of RSOs circulated as missing | Outstanding": the count still missing, whatever its heading
        still = [i for i, text in enumerate(header) if i not in exclude and i not in candidates and text and _STILL_HEADER.search(text)]
        counted = set(_numeric_columns(body, exclude=set(range(len(header))) - set(still))) if still else set()
        if still_counted := [i for i in still if i in counted]:
            return still_counted[0]
    if named or candidates:
        return _still_first(header, named or candidates)
    named = [
        i for i, text in enumerate(header)
        if i not in exclude and text and _MISSING_HEADER.search(text)
        and not (_SINCE_HEADER.search(text) or _YEAR_HEADER.search(text))  # "Year first wanted" dates, not counts
    ]
    if not named and body:
        # "Month missing | Cheshire" (an alliance's table cut to one force's column): the force's figures, headed by
        # its name alone
        named = [i for i, text in enumerate(header) if i not in exclude and text and _is_force_heading(text)]
        if len(named) != 1:
            return None
    if not named or not body:
        return None  # (checked first: measuring columns goes through every row of a 10,000-row table)
    counted = set(_numeric_columns(body, exclude=set(range(len(header))) - set(named)))
    return _still_first(header, [i for i in named if i in counted])


def _is_force_heading(text: str) -> bool:
    """Whether a column's heading is a force's name or area alone ("Cheshire", "North Wales Police")."""
    return area_named(text) is not None


def _still_first(header: list[str], columns: list[int]) -> int | None:
    """The column counting those missing now ("Still wanted") before one counting all ever circulated."""
    return next((i for i in columns if _STILL_HEADER.search(header[i])), columns[0] if columns else None)


def _is_row_number_column(body, col: int, leading: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Whether a column numbers the rows 1, 2, 3... (or 0, 1, 2..., as a program's index does). Two rows are enough
    for the `leading` column, the first, before the dates: a count follows what it counts. A number may carry a
    footnote's mark ("3*": the third person, of whom a note says more)."""
    values = [r[col].text.rstrip("*\u2020#^ ") for r in body if col < len(r) and r[col].text and not _is_total(r)]
    return len(values) >= (2 if leading else 3) and values in ([str(i) for i in range(1, len(values) + 1)], [str(i) for i in range(len(values))])


def _find(header: list[str], pattern: re.Pattern[str], exclude: set[int] = frozenset()) -> int | None:  # type: ignore[assignment]
    """The first column whose heading matches; a bilingual heading ("Statws / Status") by either of its halves."""
    for i, text in enumerate(header):
        if i not in exclude and text and any(pattern.search(part.strip()) for part in (text, *text.split(" / "))):
            return i
    return None


_SAYS_ABROAD = re.compile(r"^\s*(?:wanted\s*[-\u2013:,]\s*)?(?:believed|thought)\s+(?:to\s+be\s+)?abroad\b", re.IGNORECASE)


def _said_abroad_column(header: list[str], body, exclude: set[int]) -> int | None:  # type: ignore[no-untyped-def]
    """A column of short notes, whatever its heading ("Current assessment"), some of whose cells say the person is
    believed abroad ("Believed abroad - Lithuania"): read as a column saying where each is."""
    for col in range(len(header)):
        if col in exclude:
            continue
        cells = [r[col].text for r in body if col < len(r) and r[col].text and not _is_total(r)]
        # (the test every cell must pass first: a column of dates or references fails it at its first cell)
        if cells and all(len(t) <= 60 and not any(ch.isdigit() for ch in t) for t in cells) and any(_SAYS_ABROAD.match(t) for t in cells):
            return col
    return None


def _status_column(header: list[str], exclude: set[int]) -> int | None:
    """The status column: one headed only so ("Status Desc") before a "Category" or "Type" that may be the offence's."""
    found = _find(header, _STATUS_ONLY_HEADER, exclude)
    return found if found is not None else _find(header, _STATUS_HEADER, exclude)


#: A year heading, perhaps for part of the year: "2015", "2015 (to 13 Feb)", "2015*", "2015 YTD", "2015 to date".
_YEAR_HEADING = re.compile(
    r"(19[5-9]\d|20[0-4]\d)(?:\.0)?(?:\s*(?:\*+|\([^()]{1,40}\)|ytd|year\s+to\s+date|to\s+date|so\s+far))?",
    re.IGNORECASE,
)


def _year_heading(text: str) -> int | None | str | Since:
    """A year column's heading: the year, "unknown", or for "Pre-2010" / "Before 2010" the span it closes."""
    text = text.strip()
    if match := _YEAR_HEADING.fullmatch(text):
        return int(match.group(1))
    if _UNKNOWN_WORDS.match(text) and text:
        return "unknown"
    if _BEFORE_A_YEAR.fullmatch(text) and (before := parse_since(text)) is not None and before.latest is not None:
        return before
    return None


_BEFORE_A_YEAR = re.compile(r"(?:pre|before|prior\s+to|earlier\s+than)[\s-]*(?:19|20)\d\d", re.IGNORECASE)


def _numeric_columns(body: tuple[tuple[Cell, ...], ...], exclude: set[int]) -> list[int]:
    width = max((len(r) for r in body), default=0)
    cols = []
    for c in range(width):
        if c in exclude:
            continue
        # (a count suppressed as "*" or "<5" is still a count: "2015 | *" is a year's figure, not a person; the
        # first cell that is neither ends the look, as a 10,000-row column of dates must not be read through)
        counted = 0
        for row in body:
            if c >= len(row) or row[c].value is None:
                continue
            if _count(row[c]) is not None:
                counted += 1
            elif not (_SUPPRESSION_MARK.fullmatch(row[c].text) or _A_DASH.fullmatch(row[c].text)):  # ("-": none)
                break
        else:
            if counted:
                cols.append(c)
    return cols


#: Cells a count column may hold besides counts: a count suppressed ("*", "\u2020", "<5", "[c]"), or a figure not
#: available ("n/a": a month before recording began), which is no count but no person either.
_SUPPRESSION_MARK = re.compile(r"\*{1,3}|[\u2020\u2021#]|<\s*\d{1,2}|\[?(?:c|x|z)\]?|n/?a", re.IGNORECASE)


def _count(cell: Cell, context: Context | None = None) -> tuple[int, int] | None:
    value = cell.value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (value, value) if value >= 0 else None
    if isinstance(value, float):
        return (int(value), int(value)) if value.is_integer() and value >= 0 else None
    if isinstance(value, str):
        text = value.strip()
        if context is not None and text in context.footnotes:
            return context.footnotes[text]
        if whole := _WHOLE_FLOAT.fullmatch(text):
            return (int(whole[1]),) * 2  # "2.0": a count written out by a program that holds numbers as floats
        if text[-1:] in _MARKS and (bare := text.rstrip(_MARKS + " ")).startswith("<"):
            return parse_count(bare)  # "<5*": a suppressed figure, its mark pointing to the note that explains it
        return parse_count(text)
    return None


_MARKS = "*\u2020\u2021#^"  # footnote marks


def _duration_unit(header_text: str) -> str | None:
    """'year', 'month', 'week' or 'day' when the column holds how long people have been missing, else None."""
    if not _DURATION_HEADER.search(header_text):
        return None
    if re.search(r"\bmonths\b", header_text, re.IGNORECASE):
        return "month"
    if re.search(r"\bdays\b", header_text, re.IGNORECASE):
        return "day"
    return "week" if re.search(r"\b(?:weeks|wks)\b", header_text, re.IGNORECASE) else "year"


def _duration_context(heading: str, context: Context) -> Context:
    """The context a column of durations is read in: counted back from the day its heading names, if it names one."""
    said = _DURATION_AS_AT.search(heading) if _duration_unit(heading) else None
    day = parse_letter_date(said[1]) if said else None
    return replace(context, as_of=day) if day is not None else context


# A part year may be marked, as a year heading may be: "FY 19-20 (to 31 Aug)", "2019/20*", "2019/20 YTD".
_FINANCIAL_YEAR_CELL = re.compile(
    # ("2015–16": an en or em dash, as a word processor or cp1252 export writes the hyphen)
    r"(?:FY\s*)?((?:19|20)?\d\d)\s*[/\-\u2013\u2014]\s*((?:19|20)?\d\d)(?:\s*(?:\*+|\([^()]{1,40}\)|ytd|to\s+date))?", re.IGNORECASE
)
#: Excel's day 0 ("00/01/1900"), shown as a bare time when a date cell was left at zero: no date entered.
_EXCEL_DAY_ZERO = re.compile(r"0?0:00(?::00)?|00/01/1900|1900-01-00")
_WHOLE_FLOAT = re.compile(r"(\d{1,6})\.0+")
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")
_EXCEL_TEXT_FORMULA = re.compile(r'="([^"]*)"')
_FLOAT_YEAR = re.compile(r"((?:19|20)\d\d)\.0")
_TWO_DIGIT_YEAR = re.compile(r"['’]?\d{2}")
#: The earliest plausible day for a serial to name: before it, a number in the date column is something else
#: (a count in a summary row, a reference), not a day someone went missing.
_EARLIEST_SERIAL_DAY = dt.date(1990, 1, 1)


def _plausible_serial(serial: float) -> Since | None:
    """The day an Excel serial names, if it is a plausible day to have gone missing; None otherwise."""
    try:
        day = from_excel_serial(serial)
    except ValueError:
        return None
    return Since(day, "day") if day >= _EARLIEST_SERIAL_DAY else None


# A date format written in a column's heading: "(MM/DD/YYYY)", "YYYY-MM".
_MONTH_FIRST_HEADING = re.compile(r"\bMM?[/.\-]DD?[/.\-](?:YYYY|YY)\b", re.IGNORECASE)
_YEAR_MONTH_HEADING = re.compile(r"\bYYYY[/.\-]?MM\b(?![/.\-]?DD)", re.IGNORECASE)
_COMPACT_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)(\d\d)")  # "201907" under "Period (YYYYMM)"
_FINANCIAL_HEADING = re.compile(r"\bfinancial\s+years?\b|\bFY\b|\bfiscal\b", re.IGNORECASE)
_YEAR_MONTH_CELL = re.compile(r"((?:19|20)\d\d)[/.\-](\d{1,2})")
_NUMERIC_DAY_CELL = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})((?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?")


def _column_shape(heading: str, body, col: int, month_first: bool = False) -> str | None:  # type: ignore[no-untyped-def]
    """How a date column's cells are written, when it is not the usual day-first way: "year"/"month" for a
    column of durations, "mdy" or "ym" for a format the heading states, "ym" for a column whose cells are
    plainly year-months ("2014-03" beside "2010-11", which alone could be a financial year), "fy" for a column
    of financial years. `month_first`: the reply says its dates are written month first (a note under the table)."""
    unit = _duration_unit(heading)
    if unit is not None:
        return unit
    if _MONTH_FIRST_HEADING.search(heading):
        return "mdy"
    if _YEAR_MONTH_HEADING.search(heading):
        return "ym"
    if _FINANCIAL_HEADING.search(heading):
        return "fy"
    texts = [r[col].text for r in body[:200] if col < len(r) and r[col].text and not _is_total(r)]
    pairs = [m for t in texts if (m := _YEAR_MONTH_CELL.fullmatch(t))]
    if pairs and len(pairs) == len(texts) and any(
        not is_financial_year(int(m[1]), int(m[2])) and 1 <= int(m[2]) <= 12 for m in pairs
    ):
        return "ym"
    numeric = [m for t in texts if (m := _NUMERIC_DAY_CELL.fullmatch(t))]
    if (month_first or any(int(m[3]) > 12 for m in numeric)) and not any(int(m[1]) > 12 for m in numeric):
        return "mdy"  # "3/25/2014" can only be month first (or the reply says so), and no cell of the column is day first
    if _YEAR_HEADER.search(heading):
        return "years"
    return None


def in_stated_format(text: str, shape: str | None) -> Since | None:
    """A cell read in the format its column states ("03/05/2014" under "(MM/DD/YYYY)" is 5 March); None when the
    column states none or the cell is not in that shape (it is then read the usual way)."""
    if shape == "mdy" and (m := _NUMERIC_DAY_CELL.fullmatch(text)):
        return parse_since(f"{m[3]}/{m[1]}/{m[4]}")
    if shape == "ym" and (m := _YEAR_MONTH_CELL.fullmatch(text) or _COMPACT_YEAR_MONTH.fullmatch(text)) and 1 <= int(m[2]) <= 12:
        return Since(dt.date(int(m[1]), int(m[2]), 1), "month")
    return None


def _since(cell: Cell, context: Context, shape: str | None = None) -> Since | None:
    """The date a cell gives; unknown for an empty cell or a database's empty date (1 January 1900), None when
    it cannot be read (or is after the reply's as-at date, so no date a person went missing). `shape` is how the
    column's cells are written, from _column_shape."""
    since = _cell_since(cell, context, shape)
    if since is None or since.date is None:
        return since
    if since.precision == "day" and since.date <= _NULL_DATE:
        return Since(None, "unknown")
    if context.as_of is not None and since.date > context.as_of:
        return None
    return since


def _month_number(text: str) -> int | None:
    """1-12 for a month's name ("March", "Mar", "Sept") or number ("3", "03"), or a bilingual cell's English half
    ("Mawrth / March"); else None."""
    if " / " in text:
        return next((n for half in text.split(" / ") if (n := _month_number(half))), None)
    text = text.strip().rstrip(".").lower()
    if text in ENGLISH_MONTHS:
        return ENGLISH_MONTHS[text]
    if (last := text.rsplit(maxsplit=1)[-1] if " " in text else "") in ENGLISH_MONTHS:
        return ENGLISH_MONTHS[last]  # "Month first wanted Jan": a heading merged over the months, joined to each
    return int(text) if text.isdigit() and 1 <= int(text) <= 12 else None


_MONTH_HEADER = re.compile(r"(?:^|[\s_])month(?:$|[\s_])", re.IGNORECASE)


def _all_months(body, col: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a column's cells (the first 50) are all months, by number or name, but for any that say the month is
    not known ("-", "Not known")."""
    values = [r[col].text for r in body[:50] if col < len(r) and r[col].text and not _is_total(r) and not _NOT_KNOWN.fullmatch(r[col].text)]
    return bool(values) and all(_month_number(v) for v in values)


_NOT_KNOWN = re.compile(r"\s*\(?\s*(?:[-\u2013\u2014]|not\s+known|unknown|n/?k|not\s+recorded)\s*\)?\s*", re.IGNORECASE)  # ("(not recorded)")


def _month_column(header: list[str], body, since_col: int) -> int | None:  # type: ignore[no-untyped-def]
    """A column of months beside the year column ("Year | Month | Number", "WANTED_YEAR | WANTED_MONTH"), or of
    days and months ("Year | Date": "2016 | 14-Feb", as Excel shows a date formatted without its year)."""
    if _MONTH_HEADER.search(header[since_col]):
        return None
    col = _find(header, _MONTH_HEADER, exclude={since_col})
    if col is not None:
        return col if _all_months(body, col) else None
    for col, heading in enumerate(header):
        if col == since_col or not re.search(r"\b(?:date|day)\b", heading, re.IGNORECASE) or _OTHER_DATE_HEADER.search(heading):
            continue
        values = [r[col].text for r in body[:50] if col < len(r) and r[col].text and not _is_total(r)]
        if values and all(_DAY_AND_MONTH.fullmatch(v) for v in values):
            return col
    return None


# A part of a date in a column of its own ("Day | Month | Year", "DD | MM | YYYY"): never a count to add up.
# ("Date wanted Day": a heading merged over "Day | Month | Year", joined to each)
_DATE_OVER = r"(?:(?:date|when)\b[\w\s]{0,30}?\s+)?"
_DATE_PART_HEADER = re.compile(rf"^\s*{_DATE_OVER}(?:day|month|year|dd|mm|yyyy)\s*$", re.IGNORECASE)
_DAY_HEADER = re.compile(rf"^\s*{_DATE_OVER}(?:day|dd)\s*$", re.IGNORECASE)


def _day_column(header: list[str], body, since_col: int, month_col: int | None) -> int | None:  # type: ignore[no-untyped-def]
    """A column of days of the month beside the month and year columns ("Day | Month | Year"): the three make
    one date a row. A blank day leaves that row's date a month."""
    if month_col is None:
        return None
    col = _find(header, _DAY_HEADER, exclude={since_col, month_col})
    if col is None:
        return None
    values = [r[col].text for r in body[:50] if col < len(r) and r[col].text and not _is_total(r)]
    return col if values and all(v.removesuffix(".0").isdigit() and 1 <= int(v.removesuffix(".0")) <= 31 for v in values) else None


_DAY_AND_MONTH = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*({ENGLISH_MONTH_NAMES})\.?", re.IGNORECASE
)


def _months_of_a_duration(header: list[str], body, since_col: int) -> int | None:  # type: ignore[no-untyped-def]
    """A column headed "Months" beside a column of years wanted, of whole numbers under twelve: the months part of
    each duration."""
    col = _find(header, re.compile(r"^\s*(?:and\s+|\+\s*)?(?:months?|mths?)\s*$", re.IGNORECASE), exclude={since_col})
    if col is None:
        return None
    values = [r[col].text.removesuffix(".0") for r in body if col < len(r) and r[col].text and not _is_total(r)]
    return col if values and all(v.isdigit() and int(v) < 12 for v in values) else None


def _in_month(since: Since | None, row, month_col: int | None, day_col: int | None = None) -> Since | None:  # type: ignore[no-untyped-def]
    """A year made a month by the month column beside it, or a day by a column of days and months, or by a column
    of days besides the month's (a day that the year lacks, 29 February in 2017, is unreadable)."""
    if since is None or month_col is None or since.precision != "year" or since.date is None or month_col >= len(row):
        return since
    text = row[month_col].text
    if day_month := _DAY_AND_MONTH.fullmatch(text):
        try:
            return Since(dt.date(since.date.year, ENGLISH_MONTHS[day_month[2].lower()], int(day_month[1])), "day")
        except ValueError:
            return None
    month = _month_number(text)
    if not month:
        return since
    day = row[day_col].text.removesuffix(".0") if day_col is not None and day_col < len(row) else ""
    if day:
        try:
            return Since(dt.date(since.date.year, month, int(day)), "day")
        except ValueError:
            return None
    return Since(dt.date(since.date.year, month, 1), "month")


def _bad_date(cell: Cell, context: Context) -> str:
    """Why a date cell was not read: it cannot be, or it is after the date the reply's figures are for."""
    since = _cell_since(cell, context)
    if since is not None and since.date is not None and context.as_of is not None and since.date > context.as_of:
        return f"'{cell.text}' at {cell.locator.describe()} is after the reply's as-at date ({context.as_of.isoformat()})"
    return f"unreadable date '{cell.text}' at {cell.locator.describe()}"


#: What a database shows for a date never entered (Excel's day 1, SQL Server's 1900-01-01).
_NULL_DATE = dt.date(1900, 1, 1)
_COMPACT_DATE = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)")


def _cell_since(cell: Cell, context: Context, shape: str | None = None) -> Since | None:
    value = cell.value
    if value is None:
        if cell.spanned:  # under a date merged down over several rows: that date is this row's too
            return _cell_since(Cell(cell.spanned, cell.locator), context, shape)
        return Since(None, "unknown")
    if shape in DURATION_UNITS and not isinstance(value, bool) and (_DURATION_VALUE if shape != "day" else _DAYS_VALUE).fullmatch(cell.text):
        since = parse_since(f"{cell.text.removesuffix('.0')} {shape}s", context.as_of)
        if shape == "week" and since is not None and since.date is not None:
            # A whole number of weeks is rounded: the month it points to is known, not the day.
            return Since(since.date.replace(day=1), "month")
        return since
    if isinstance(value, dt.datetime):
        return Since(value.date(), "day")
    if isinstance(value, dt.date):
        return Since(value, "day")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1900 <= value <= 2100 and float(value).is_integer():
            return Since(dt.date(int(value), 1, 1), "year")
        if 2 <= value <= 80000:
            return _plausible_serial(float(value))
        return in_stated_format(str(int(value)), shape) if float(value).is_integer() else None
    text = str(value).strip()
    if typed := _EXCEL_TEXT_FORMULA.fullmatch(text):
        text = typed[1]  # '="01/02/2014"': written so that Excel keeps the date as typed
    if year := _FLOAT_YEAR.fullmatch(text):
        text = year[1]  # "2014.0": a year written out by a program that holds numbers as floats
    if shape == "years" and _TWO_DIGIT_YEAR.fullmatch(text):
        return Since(dt.date(full_year(text[-2:]), 1, 1), "year")  # "09" under "Yr"
    if _UNKNOWN_WORDS.match(text) or _EXCEL_DAY_ZERO.fullmatch(text):
        return Since(None, "unknown")
    if compact := _COMPACT_DATE.fullmatch(text):
        # "20190411": a date as a database writes it out, year, month and day run together; only a real day.
        try:
            return Since(dt.date(int(compact[1]), int(compact[2]), int(compact[3])), "day")
        except ValueError:
            return None
    if _SERIAL_TEXT.fullmatch(text):
        # A date column's serial stored as text ("41408", "43466.604"): Excel's day count, as when stored as a number.
        return _plausible_serial(float(text))
    stated = in_stated_format(text, shape)
    if stated is not None:
        return stated
    parsed = parse_since(text, context.as_of)
    fy = _FINANCIAL_YEAR_CELL.fullmatch(text) if parsed is None else None
    if fy and (len(fy[1]) == 4 or fy[0][:2].upper() == "FY" or shape == "fy") and is_financial_year(
        full_year(fy[1]), int(fy[2]) % 100
    ):
        # "2019/20" in a column of years is a financial year: 1 April 2019 to 31 March 2020. Two digits alone
        # ("99/00") only when the column or the cell says it holds financial years ("FY 12-13").
        start = full_year(fy[1])
        return Since(dt.date(start, 4, 1), "month", latest=dt.date(start + 1, 3, 31))
    if parsed is None and (respelt := _respelt_months(text)) != text:
        parsed = parse_since(respelt, context.as_of)  # "14th Febuary 2014": a typing slip in a month's name
    if parsed is None and " / " in text:
        # Bilingual cells: "Chwefror 2008 / February 2008" counts when both languages agree.
        readings = {parse_since(part, context.as_of) for part in text.split(" / ")}
        if len(readings) == 1:
            parsed = readings.pop()
    return parsed


_LONG_MONTHS = [name.lower() for name in ENGLISH_MONTHS if len(name) >= 5]


def _one_slip(word: str, name: str) -> bool:
    """Whether `word` is `name` with one letter left out, added, changed, or two neighbours swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        diffs = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == name[diffs[1]]
                                   and word[diffs[1]] == name[diffs[0]])
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _respelt_months(text: str) -> str:
    """A date cell with each word that is one slip from exactly one long month name ("Febuary", "Septmber",
    "Decmber") spelt right; short names (May, June, July) are never guessed at."""
    def respell(match: re.Match[str]) -> str:
        word = match[0].lower()
        if word in ENGLISH_MONTHS:
            return match[0]
        near = [name for name in _LONG_MONTHS if _one_slip(word, name)]
        return near[0] if len(near) == 1 else match[0]

    return re.sub(r"[A-Za-z]{4,}", respell, text)


def _row_text(row: tuple[Cell, ...]) -> str:
    return " | ".join([text for c in row if (text := c.text)])


def _is_total(row: tuple[Cell, ...]) -> bool:
    first = next((c.text for c in row if c.text), "")
    return bool(_TOTAL_LABEL.match(first))


def _entry(since: Since, bounds: tuple[int, int], status: str, cell: Cell, row, layout: str) -> MissingEntry:  # type: ignore[no-untyped-def]
    return MissingEntry(
        since=since.iso(),
        precision=since.precision,
        count_low=bounds[0],
        count_high=bounds[1],
        status=status,
        locator=cell.locator,
        text=_row_text(row),
        method=layout,
        since_latest=since.latest.isoformat() if since.latest else None,
    )


def _abroad_flag(text: str, heading: str = "") -> bool | None:
    """Whether an abroad flag or location cell says abroad (True), not abroad (False) or neither (None). A bilingual
    cell ("Anhysbys / Unknown") by its halves, when one of them says and none says otherwise. A country abroad
    ("Spain") says abroad and the UK or a part of it not; under a location heading ("Where believed"), "Not known"
    is no belief that the person went abroad."""
    says = True if _YES.match(text) else False if _NO.match(text) else None
    if says is None:
        if _THE_UK.match(text) or _PLACE_IN_THE_UK.search(text):
            says = False
        elif _PLACE_ABROAD.fullmatch(_BELIEVED_IN.sub("", text.strip())):  # "Spain", "Thought to be in Spain"
            says = True
        elif _LOCATION_HEADER.search(heading) and (_UNKNOWN_WORDS.match(text) or _MISSING_CATEGORY.search(text)):
            # "Not known", or "WANTED - WHEREABOUTS UNKNOWN" under "LOC_STATUS": no place abroad, unless it says so
            says = bool(_ABROAD_STATUS.search(text))
    if says is None and " / " in text:
        halves = {_abroad_flag(half.strip(), heading) for half in text.split(" / ")} - {None}
        says = halves.pop() if len(halves) == 1 else None
    return says


_BELIEVED_IN = re.compile(r"^(?:believed|thought|understood|suspected)\s+(?:to\s+be\s+)?(?:in|living\s+in)\s+", re.IGNORECASE)


def _caseload_column(body, columns: list[int | None], legend: dict[str, str]) -> int | None:  # type: ignore[no-untyped-def]
    """The first of `columns` whose few distinct values (or their meanings in the reply's key) name both the missing
    and other kinds of offender; None when there is no such column."""
    for col in dict.fromkeys(c for c in columns if c is not None):
        values = {row[col].text for row in body if col < len(row) and row[col].text}
        if not 2 <= len(values) <= CASELOAD_KINDS_MAX:
            continue
        meanings = [legend.get(value, value) for value in values]
        missing = any(_MISSING_CATEGORY.search(m) and not _OTHER_CATEGORY.search(m) for m in meanings)
        if missing and any(_managed(m) for m in meanings):
            return col
    return None


def _managed(kind: str) -> bool:
    """Whether a caseload's status is a kind of offender managed where they are ("In custody", "Notified travel
    abroad"), not one of the missing."""
    return bool(_MANAGED_KIND.search(kind)) and (not _MISSING_CATEGORY.search(kind) or bool(_OTHER_CATEGORY.search(kind)))


# The kinds of offender a caseload lists beside the missing: managed where they are, not sought.
_MANAGED_KIND = re.compile(
    r"\b(?:compliant|custody|prison|hospital|manag\w*|in\s+the\s+community|deported"
    r"|(?:notified|permitted|authori[sz]ed)\s+(?:foreign\s+|overseas\s+)?travel)\b",
    re.IGNORECASE,
)


#: A status column with more distinct values than this is free text, not a caseload's few kinds of offender.
CASELOAD_KINDS_MAX = 20


def _group_abroad(heading: str) -> bool:
    """Whether a heading over a group of people's rows places them abroad: a flag's word or a place ("Abroad",
    "Spain"), or a status ("Believed to be outside the UK"), unless it says not."""
    says = _abroad_flag(heading)
    if says is None and not re.search(r"\b(?:not|no|non)\b", heading, re.IGNORECASE):
        return _status_of(heading) == "believed_abroad"
    return bool(says)


_LOCATION_HEADER = re.compile(rf"\bwhere\b|\b(?:{_PLACE_HEADING})", re.IGNORECASE)
_THE_UK = re.compile(
    # ("Unknown - UK", "Unknown (UK)": whereabouts unknown, in the UK)
    r"^\s*(?:(?:believed|thought)\s+(?:to\s+be\s+)?(?:in\s+)?|(?:whereabouts\s+)?(?:unknown|not\s+known)\s*[-\u2013(,:]\s*(?:in\s+)?)?"
    r"(?:the\s+)?(?:uk|u\.k\.|gb|great\s+britain|united\s+kingdom)\)?"
    # ("United Kingdom (address unknown)")
    r"(?:\s*[(,\u2013-]\s*(?:exact\s+)?(?:address|whereabouts|location)\s+(?:unknown|not\s+known)\s*\)?)?\s*$",
    re.IGNORECASE,
)


# A summary row under a list of people: "Count of offenders | 4", "Number of records: 4", "Record count | 4".
_COUNT_OF_ROWS = re.compile(
    r"^\s*(?:(?:count|number|no\.?|total\s+number)\s+of\s+(?:offenders|records|rows|individuals|persons|people|rsos?"
    r"|nominals|subjects|cases|entries)|(?:record|row)\s+count|count)\s*:?\s*$",
    re.IGNORECASE,
)
# "2009 Count" and "Grand Count" (or "... Total"): the rows a spreadsheet's subtotal outline puts under each group of
# people and at the end, whatever column the label falls in. A group's is no one; the grand one is the list's total.
_OUTLINE_SUBTOTAL = re.compile(r"^\s*(?P<grand>grand\s+)?(?(grand)|\S.{0,38}?\s+)(?:count|total)\s*$", re.IGNORECASE)


_WITHHELD_CELL = re.compile(r"^\W*(?:withheld|redacted|exempt|not\s+disclosed|removed)\b", re.IGNORECASE)


def _individuals(header: list[str], body, since_col: int, context: Context, month_col: int | None = None, day_col: int | None = None) -> Finding:  # type: ignore[no-untyped-def]
    """One row per person; the date column says since when (a month column beside a year column, the month; a day
    column beside both, the day)."""
    finding = Finding(layout="table_of_individuals")
    abroad_col = _find(header, _ABROAD_HEADER, exclude={since_col})
    status_col = _status_column(header, exclude={since_col})
    if abroad_col is None and (status_col is None or not any(
        status_col < len(r) and _SAYS_ABROAD.match(r[status_col].text) for r in body
    )):  # ("Offence type" taken for the status beside a "Category" of "UK" / "Believed abroad")
        abroad_col = _said_abroad_column(header, body, exclude={since_col})
    missing_col = _find(header, _MISSING_FLAG_HEADER, exclude={since_col})
    # A column saying the case is over: its date drops the row; any other word in it is for a person to weigh.
    ended_col = _find(header, _ENDED_HEADER, exclude={since_col})
    resolved_col = ended_col if ended_col is not None else _find(header, _RESOLVED, exclude={since_col})
    ended = 0
    ended_codes: dict[str, int] = {}  # a code the key says is for those found -> the rows so coded
    still_col = _find(header, _STILL_HEADER, exclude={since_col})
    id_col = _find(header, _ID_HEADER, exclude={since_col})
    note_cols = [i for i, text in enumerate(header) if i != since_col and text and _NOTES_HEADER.search(text)]
    # Columns that may hold codes: the status column, or one headed "Code"/"Flag"; a code the reply's key explains
    # is read by its meaning, one it does not explain is queried.
    # (a "Category" or "Type" beside the status column may still hold codes: "RSO", "VO")
    code_cols = [
        i for i, text in enumerate(header)
        if i == status_col or i not in (since_col, id_col) and (_CODE_HEADER.match(text) or _find([text], _STATUS_HEADER) == 0)
    ]
    unexplained: dict[int, list[str]] = {}
    first_seen: dict[str, Cell] = {}  # a reference -> the cell it was first seen in
    shape = _column_shape(header[since_col], body, since_col, context.month_first)  # once, not per row: 10,000-row tables are common
    dated_by = _duration_context(header[since_col], context)
    # A column of durations beside the dates ("Month first wanted | Weeks outstanding"): a row's date when its own
    # date cell is blank or says it was not recorded.
    duration_col = next(
        (i for i, text in enumerate(header) if i != since_col and text and _duration_unit(text) and i not in (month_col, day_col)), None
    )
    # "Years wanted | Months" over "12 | 3": a duration in two columns, twelve years and three months
    part_months = _months_of_a_duration(header, body, since_col) if shape == "year" else None
    flags: dict[str, bool | None] = {}  # an abroad flag's text -> yes, no, or None (neither): once per text
    # A date cell's value -> the date it gives, once per value: a long table repeats its dates (a value's type is
    # part of it, as 2014 the number and "2014" the text may read differently).
    since_of: dict[tuple[type, object, str | None], Since | None] = {}
    group: Cell | None = None  # the heading over the rows below it, where the table parts its people in groups
    ended_under: list[Cell] = []  # the group headings rows were left out under, one per row
    queried_groups: set[str] = set()
    dash_queried = False  # (once for the table)
    # A caseload: a status or code column whose values include other kinds of offender ("Compliant", "In custody",
    # "C" where the key says "C = compliant") beside the missing ("Wanted"): only the rows of the missing count.
    caseload_col = _caseload_column(body, [status_col, *code_cols], context.legend)
    queried_kinds: set[str] = set()
    no_one = None  # the first row saying the table lists no one ("No records")
    for row in body:
        first = next((text for c in row if (text := c.text)), "")
        if not first:
            continue
        if _NOTE_LABEL.match(first):
            continue
        if all(NO_ONE_CELL.match(c.text) for c in row if c.text):
            # "No records | - | -": the table's way of saying there is no one to list (in words: a row of dashes alone
            # may be a form left blank)
            no_one = no_one or (row if re.search(r"[a-z]", first, re.IGNORECASE) else None)
            continue
        # (the pattern tried only on a cell that ends as "count" or "total" does: a 10,000-row list has 50,000 cells)
        outline = next((m for c in row if c.text[-1:] in "tTlL" and (m := _OUTLINE_SUBTOTAL.match(c.text))), None)
        if outline is not None and not outline["grand"] and not _TOTAL_LABEL.match(first):
            continue
        if _TOTAL_LABEL.match(first) or _COUNT_OF_ROWS.match(first) or outline is not None:  # as _is_total(row), or "Count of offenders | 4"
            counts = [b for c in row if (b := _count(c, context)) is not None]
            if counts:
                finding.stated_total = counts[-1]
                finding.stated_total_text = _row_text(row)
                finding.stated_total_locator = row[0].locator
            continue
        cell = row[since_col] if since_col < len(row) else Cell(None, row[0].locator)
        if cell.value is None:
            others = [c for i, c in enumerate(row) if i != since_col and c.text]
            if not others:
                continue
            if len(others) == 1 and (not any(ch.isdigit() for ch in others[0].text) or _RESOLVED.search(others[0].text)):
                group = others[0]  # a group's heading ("High risk", "Believed abroad", "Located since 01/01/2023")
                continue
        if group is not None and _ENDED_STATUS.match(group.text) and not _NOT_ENDED.search(group.text):
            ended_under.append(group)  # under "Located since 01/01/2023": found, listed for the record
            continue
        if _has_ended(row, ended_col, context) or _has_ended_status(row, status_col):
            ended += 1
            continue
        if caseload_col is not None:
            value = row[caseload_col].text if caseload_col < len(row) else ""
            meaning = context.legend.get(value, value)
            if _managed(meaning) or _OTHER_CATEGORY.search(meaning):
                # one of the caseload's other kinds ("Compliant", "C = compliant", "Breach - whereabouts known", "No
                # fixed abode - in contact with OM"): not missing
                continue
            if not _MISSING_CATEGORY.search(meaning):
                if value not in queried_kinds:
                    queried_kinds.add(value)  # ("B = breach under investigation": missing or not, the key does not say)
                    # (a short row, its status cell left off: the row's own place cited)
                    at = (row[caseload_col] if caseload_col < len(row) else row[0]).locator.describe()
                    finding.review.append(f"'{value}' under '{header[caseload_col]}' at {at}"
                                          f"{'' if meaning == value else f' means {meaning!r}'}: are these people missing?")
                continue  # (not counted unless the reply says they are missing)
        # ("L" where the key says "L = located, no longer wanted ... NOT included in the count")
        found_code = next((code for col in code_cols if col < len(row) and (code := row[col].text) in context.legend
                           and _NOT_COUNTED_MEANING.search(context.legend[code])), None) if context.legend else None
        if found_code is not None:
            ended_codes[found_code] = ended_codes.get(found_code, 0) + 1
            continue
        key = (type(cell.value), cell.value, cell.spanned)
        if key not in since_of:
            since_of[key] = _since(cell, dated_by, shape)
        since = _in_month(since_of[key], row, month_col, day_col)
        if part_months is not None and part_months < len(row) and row[part_months].text and cell.text:
            whole = Cell(f"{cell.text.removesuffix('.0')} years {row[part_months].text.removesuffix('.0')} months", cell.locator)
            since = _since(whole, dated_by)
        if duration_col is not None and duration_col < len(row) and (since is None or since.date is None) and (
            since is not None or _UNKNOWN_WORDS.match(cell.text.strip("()[] "))
        ):
            heading = header[duration_col]
            counted_back = _since(row[duration_col], _duration_context(heading, context), _duration_unit(heading))
            since = counted_back if counted_back is not None and counted_back.date is not None else since
        if since is None and _WITHHELD_CELL.match(cell.text):
            since = Since(None, "unknown")  # "Withheld - s40(2)", "[Redacted]": a person whose date is held back
        if (
            since_col > 0 and _AREA_HEADING.match(header[0]) and re.fullmatch(r"\s*(?:[-\u2013\u2014]|none|nil|n/?a)\s*", cell.text, re.IGNORECASE)
            and not dash_queried
        ):
            dash_queried = True
            # "Area | Date wanted" over "Warwick | -": a row for each area, and a dash may be no one there
            finding.review.append(f"'{cell.text}' under '{header[since_col]}' beside '{row[0].text}' at {cell.locator.describe()}: "
                                  "one person with no date, or no one in that area?")
        if since is None:
            finding.review.append(
                f"'{cell.text}' under '{header[since_col]}' at {cell.locator.describe()} says how long, but the reply "
                "gives no date to count back from" if shape in DURATION_UNITS and dated_by.as_of is None
                else _bad_date(cell, context)
            )
            since = Since(None, "unknown")
        status = "wanted"
        if group is not None and _RESOLVED.search(group.text) and group.text not in queried_groups:
            queried_groups.add(group.text)
            finding.review.append(f"the people under '{group.text}' at {group.locator.describe()}: still missing?")
        if group is not None and _group_abroad(group.text):
            status = "believed_abroad"
        elif group is not None and _MISSING_CATEGORY.search(group.text) and _status_of(group.text) == "missing":
            status = "missing"  # the rows under a "MISSING" heading, after those under "WANTED"
        if missing_col is not None and missing_col < len(row) and _YES.match(row[missing_col].text):
            status = "missing"  # "Missing (Y/N)" over "Y"
        if abroad_col is not None and abroad_col < len(row):
            flag = row[abroad_col]
            says = flags.get(flag.text, ...)
            if says is ...:
                says = flags[flag.text] = _abroad_flag(flag.text, header[abroad_col])
            if says:
                status = "believed_abroad"
            elif says is None:
                finding.review.append(
                    f"'{flag.text}' under '{header[abroad_col]}' at {flag.locator.describe()}: believed abroad or not?"
                )
        if status != "believed_abroad" and status_col is not None and status_col < len(row) and (
            _MISSING_CATEGORY.search(row[status_col].text)
            # ("Believed to have left the Island for Spain": a country abroad the person is thought to be in)
            or _PLACE_ABROAD.search(row[status_col].text) and _ELSEWHERE_NOTE.search(row[status_col].text)
        ):
            # "Wanted" beside "Believed abroad: Y" is still abroad; "WANTED - BA" under a key "BA = believed abroad" is abroad
            status = _status_of(_codes_spelt_out(row[status_col].text, context.legend))
        for col in code_cols:
            code = row[col].text if col < len(row) else ""
            if code in context.legend:
                meaning = context.legend[code]
                said = _code_status(meaning)
                if said is None:
                    finding.review.append(
                        f"'{code}' under '{header[col]}' at {row[col].locator.describe()} means '{meaning}': "
                        "is this person still missing?"
                    )
                elif status != "believed_abroad":
                    status = said
            elif _CODE.fullmatch(code) and not (_SELF_EXPLAINED_CODE.match(code) or _YES.match(code) or _NO.match(code)):
                codes = unexplained.setdefault(col, [])
                if code not in codes:
                    codes.append(code)
        for col in note_cols:
            note = row[col].text if col < len(row) else ""
            if note and _said_abroad_in_a_clause(note) and not _RESOLVED.search(note):
                status = "believed_abroad"  # "Believed to be outside the UK" in a Notes column: where this person is
            elif note and (_RESOLVED.search(note) or (_ELSEWHERE_NOTE.search(note) or _ABROAD_STATUS.search(note))
                           and not _STILL_IN_THE_UK.fullmatch(note)):
                finding.review.append(
                    f"'{note}' under '{header[col]}' at {row[col].locator.describe()}: is this person still missing, and where?"
                )
        # A row that says the person has been found ("Located 14/01/2016", a "Date located" filled in) is listed
        # for review rather than counted silently or dropped silently.
        if still_col is not None and still_col < len(row) and _STILL_NO.match(row[still_col].text):
            finding.review.append(
                f"'{row[still_col].text}' under '{header[still_col]}' at {row[still_col].locator.describe()}: "
                "is this person still missing?"
            )
        if id_col is not None and id_col < len(row) and any(ch.isdigit() for ch in row[id_col].text):
            seen = first_seen.setdefault(row[id_col].text, row[id_col])
            if seen is not row[id_col]:
                finding.review.append(
                    f"reference '{seen.text}' is listed at {seen.locator.describe()} and again at "
                    f"{row[id_col].locator.describe()}: one person or two?"
                )
        for col in (status_col, resolved_col):
            if col is not None and col < len(row) and row[col].text and (
                col == resolved_col and not (col == ended_col and _UNKNOWN_WORDS.match(row[col].text))
                or col != resolved_col and _RESOLVED.search(row[col].text)
            ):
                finding.review.append(
                    f"'{row[col].text}' under '{header[col]}' at {row[col].locator.describe()}: is this person still missing?"
                )
        finding.entries.append(_entry(since, (1, 1), status, cell, row, finding.layout))
    for col, codes in unexplained.items():
        finding.review.append(
            f"{', '.join(repr(c) for c in codes)} under '{header[col]}' are codes the reply does not explain: "
            "which status is each?"
        )
    if ended:
        said = f"a date under '{header[ended_col]}'" if ended_col is not None else f"'{header[status_col]}' saying the case ended"
        finding.warnings.append(f"{ended} row(s) with {said} (no longer missing) were not counted")
    for code, n in ended_codes.items():
        finding.warnings.append(f"{n} row(s) coded '{code}' ('{context.legend[code][:80]}': no longer missing) were not counted")
    for heading in dict.fromkeys(ended_under):
        finding.warnings.append(
            f"{ended_under.count(heading)} row(s) under '{heading.text}' ({heading.locator.describe()}, no longer missing) "
            "were not counted"
        )
    if not finding.entries and finding.stated_total is None and no_one is not None and not (ended or ended_under or ended_codes or finding.review):
        # "Ref | Date wanted" over "No records" and nothing else: the table says it lists no one, a nil return
        finding.stated_total, finding.stated_total_text, finding.stated_total_locator = (0, 0), _row_text(no_one), no_one[0].locator
    elif not finding.entries and finding.stated_total is None and not (ended or ended_under or ended_codes):
        finding.review.append("a table of individuals with no rows")
    return finding


# A key to a reply's codes: a table headed "Code | Meaning", or a line "WA = Wanted - believed abroad".
_LEGEND_CODE_HEADER = re.compile(r"^(?:(?:status\s+)?codes?|keys?|abbreviations?|abbrev\.?|flags?|markers?|symbols?)$", re.IGNORECASE)
_LEGEND_MEANING_HEADER = re.compile(r"^(?:meaning|description|definition|explanation|stands\s+for|means)$", re.IGNORECASE)
_LEGEND_LINE = re.compile(r"^\s*(?:(?i:key|legend)\s*:\s*)?([A-Z]{1,5})\s*(?:=|:|[-\u2013\u2014]\s)\s*(\S.{2,})$")
_CODE = re.compile(r"[A-Z]{1,5}")
# A column of codes that says nothing of itself: "Code", "Flag", "Marker", "Status code".
_CODE_HEADER = re.compile(r"^(?:status\s+|category\s+|wu\s+)?(?:codes?|flags?|markers?)$", re.IGNORECASE)
# The code every force uses and no key is needed for: "WU", whereabouts unknown.
_SELF_EXPLAINED_CODE = re.compile(r"^WU$")
LEGEND_MAX_ROWS = 60  # a key is short: a 10,000-row sheet is data, never scanned for one


def legend_of(tables: list[Table], lines: list[Line]) -> dict[str, str]:
    """The codes a reply explains, from a "Code | Meaning" table (a Legend sheet, say) or "WA = ..." lines."""
    legend: dict[str, str] = {}
    for table in tables:
        if len(table.rows) > LEGEND_MAX_ROWS:
            continue
        code_col = meaning_col = None
        for row in table.rows:
            texts = [c.text for c in row]
            if code_col is None:
                code_col = next((i for i, t in enumerate(texts) if _LEGEND_CODE_HEADER.match(t)), None)
                meaning_col = next((i for i, t in enumerate(texts) if _LEGEND_MEANING_HEADER.match(t)), None)
                if code_col is None or meaning_col is None:
                    code_col = meaning_col = None
                    if sum(1 for t in texts if t) == 1:  # a note row under a table, not a row of data
                        legend.update(pair for t in texts for pair in _legend_pairs(t))
                continue
            code = texts[code_col] if code_col < len(texts) else ""
            meaning = texts[meaning_col] if meaning_col < len(texts) else ""
            if _CODE.fullmatch(code) and meaning:
                legend[code] = meaning
    legend.update(pair for line in lines for pair in _legend_pairs(line.text))
    return legend


_CODE_IN_TEXT = re.compile(r"\b[A-Z]{1,5}\b")


def _codes_spelt_out(text: str, legend: dict[str, str]) -> str:
    """The text with each code the reply's key explains written as its meaning ("WANTED - BA" -> "WANTED - believed
    abroad.")."""
    return _CODE_IN_TEXT.sub(lambda m: legend.get(m[0], m[0]), text) if legend else text


def _legend_pairs(text: str) -> list[tuple[str, str]]:
    """The (code, meaning) pairs a line gives: "WA = wanted, believed abroad; WM = wanted, in the UK"."""
    if "=" not in text and ":" not in text and " - " not in text and "\u2013" not in text:
        return []  # most cells and lines: no key at all, found without a regex
    return [m.groups() for part in text.split(";") if (m := _LEGEND_LINE.match(_KEY_LABEL.sub("", part, count=1)))]


# "Status: W = still wanted": the key's label before its first code.
_KEY_LABEL = re.compile(r"^\s*[A-Za-z][A-Za-z ]{1,20}:\s*(?=[A-Z0-9]{1,4}\s*(?:=|-|\u2013)\s)")


# "L = located, no longer wanted", "T - Traced: located ...", "... NOT included in the count": a code for those found.
_ENDED_MEANING = re.compile(
    r"\bno\s+longer\s+(?:wanted|missing)\b|^\W*(?:located|traced|found|arrested)\b|\bnot\s+included\b", re.IGNORECASE
)
# ... and one the key says is not counted: its rows are left out, not queried (a bare "Located, case closed" is queried).
_NOT_COUNTED_MEANING = re.compile(
    r"\bno\s+longer\s+(?:wanted|missing)\b|\bnot\s+(?:included|counted)\b|\bnot\s+wanted\b"
    r"|\bshown\s+(?:for|as)\s+(?:information|completeness|reference)\b|\bfor\s+information\s+only\b",
    re.IGNORECASE,
)


def _code_status(meaning: str) -> str | None:
    """The status a code's meaning gives, or None when it does not say the person is missing."""
    if _OTHER_CATEGORY.search(meaning) and not _MISSING_CATEGORY.search(meaning) or _ENDED_MEANING.search(meaning):
        return None
    return _status_of(meaning) if _MISSING_CATEGORY.search(meaning) else None


def _has_ended(row: tuple[Cell, ...], ended_col: int | None, context: Context) -> bool:
    """Whether the row's end-date cell ("WANTED_TO", "Date located") holds a date: that person is no longer missing."""
    if ended_col is None or ended_col >= len(row) or not row[ended_col].text:
        return False
    since = _since(row[ended_col], context)
    return since is not None and since.date is not None


def _has_ended_status(row: tuple[Cell, ...], status_col: int | None) -> bool:
    """Whether the row's status cell opens by saying the person was traced, located, arrested or died: a case the
    force lists but has closed, so not one of the missing."""
    if status_col is None or status_col >= len(row):
        return False
    text = row[status_col].text
    return bool(_ENDED_STATUS.match(text)) and not _NOT_ENDED.search(text)


# Counts of how many were missing at each date, not of how many went missing then: "Number wanted at month
# end", "As at 1 February 2014". Added up, they count the same people many times over.
_SNAPSHOT_HEADER = re.compile(
    r"\b(?:month|year|quarter)[\s-]*end\b|\bend\s+of\s+(?:the\s+|each\s+)?(?:month|year|quarter)\b|\bsnapshot"
    r"|\bpoint\s+in\s+time\b|\bas\s+at\s+(?:the\s+)?(?:date|end)\b|^\s*as\s+(?:at|of)(?:\s+date)?\s*$"
    r"|^\s*(?:as\s+(?:at|of)|at|on)\s+\d",
    re.IGNORECASE,
)
_AS_AT_HEADER = re.compile(
    r"^\s*(?:as\s+(?:at|of)|position\s+(?:at|on)|(?:month|year|quarter)[\s-]*end|end\s+of\s+(?:the\s+)?(?:month|year|quarter)"
    r"|snapshot|date\s+of\s+(?:the\s+)?(?:snapshot|count|extract|figures?|data))(?:\s+date)?\s*$",
    re.IGNORECASE,
)
# A column of figures as they stood on a day: "At date of request (07/01/2019)", "As at 31/03/2018", "Position on 1 May".
_STOOD_AT_HEADER = re.compile(
    r"\b(?:at|as\s+(?:at|of)|on)\s+(?:the\s+)?date\s+of\b|\bas\s+(?:at|of)\b|\bposition\s+(?:at|on|as)\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b",
    re.IGNORECASE,
)
_CHANGE_HEADER = re.compile(r"^\s*(?:change|difference|variance|movement|\+\s*/\s*-|\+/\u2212)(?:\s+(?:on|from|since)\b.*)?\s*$", re.IGNORECASE)
_SNAPSHOTS = (
    "the table counts how many were missing at each date (snapshots), not when they went missing: adding them up "
    "counts the same people again; which date's figure is the answer?"
)
# A day of the year with no year after it ("at 31 March", "on 1st January"): the same day in each year of a table.
_RECURRING_DAY = re.compile(
    rf"\b(?:at|on)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{ENGLISH_MONTH_NAMES}\.?(?![\s,]*(?:\d|')|\w)",
    re.IGNORECASE,
)
# A caption saying each figure is a position at a period's end: "year-end positions", "at the end of each month".
_SNAPSHOT_SERIES = re.compile(
    r"\b(?:month|year|quarter)[\s-]*end\s+(?:positions?|figures?|snapshots?)\b|\bend\s+of\s+each\s+(?:month|year|quarter)\b"
    r"|\bsnapshots\b|\bposition\s+(?:at|on)\s+(?:the\s+)?end\s+of\s+(?:each|the)\b"
    r"|\bend\s+of\s+each\s+(?:calendar|financial)\s+(?:year|quarter)\b",
    re.IGNORECASE,
)
_SNAPSHOT_LABEL = re.compile(r"^\s*(?:as\s+(?:at|of)|at\s+(?:the\s+)?end\s+of|end\s+of|position\s+(?:at|on))\b", re.IGNORECASE)


def _abroad_share_column(header: list[str], body, count_col: int, exclude: set[int], context: Context) -> int | None:  # type: ignore[no-untyped-def]
    """A column headed only as those abroad ("Number | Believed abroad") beside a count, when it reads as the
    count's part: a figure in every row, none above the count beside it, and no total column adding the two."""
    for col, heading in enumerate(header):
        if col in exclude or col == count_col or not heading or _status_of(heading) != "believed_abroad":
            continue
        return None if re.search(_PLACE_HEADING, heading, re.IGNORECASE) or not _a_part_of(header, body, count_col, col, context) else col
    return None


def _outline_years(body, since_col: int, count_col: int, context: Context, finding: Finding) -> dict[int, int | None]:  # type: ignore[no-untyped-def]
    """An Excel pivot grouped by years and months, in outline form: a year's row carries its subtotal and the
    months under it ("2009 | 2", "Mar | 1", "Jul | 1"). Returns {row: its year} for each month's row and {row: None}
    for each year's own row; {} when the rows are not laid out so. Months that do not add up to their year's row
    are queried, and the rows are then read as they stand."""
    outline: dict[int, int | None] = {}
    year_row: int | None = None
    months: list[int] = []

    def close() -> bool:
        if year_row is None or not months:
            return year_row is None
        sums = [_count(body[i][count_col], context) if count_col < len(body[i]) else None for i in (year_row, *months)]
        if any(b is None for b in sums) or sums[0] != (sum(b[0] for b in sums[1:]), sum(b[1] for b in sums[1:])):  # type: ignore[index]
            finding.review.append(f"the months under '{body[year_row][since_col].text}' "
                                  f"({body[year_row][since_col].locator.describe()}) do not add up to its figure")
            return False
        outline[year_row] = None
        outline.update((i, int(body[year_row][since_col].text)) for i in months)
        return True

    for index, row in enumerate(body):
        label = row[since_col].text.strip() if since_col < len(row) else ""
        if re.fullmatch(r"(?:19|20)\d\d", label):
            if not close():
                return {}
            year_row, months = index, []
        elif _month_number(label) and not label.isdigit() and year_row is not None:
            months.append(index)
        elif label and not _is_total(row):
            return {}
    if not close() or not outline:
        return {}
    return outline


def _counts_by_date(header, body, since_col, count_col, context, numeric_cols=None, statuses=None, month_col=None) -> Finding:  # type: ignore[no-untyped-def]
    """One row per date or year, with a count (or several category counts to add up, or, with `statuses`, to keep
    apart: a column each for the wanted, the missing, the believed abroad)."""
    finding = Finding(layout="counts_by_year")
    labels = [r[since_col].text for r in body if since_col < len(r)]
    read = [since_col, *([count_col] if count_col is not None else numeric_cols or [])]  # an "As at" beside is fine
    if any(_SNAPSHOT_HEADER.search(header[c]) or parse_letter_date(header[c]) for c in read if c < len(header)) or sum(
        1 for text in labels if _SNAPSHOT_LABEL.match(text)
    ) >= 2 or any(_CHANGE_HEADER.match(text) for text in header):  # ("Year | Number wanted | Change": a figure a year)
        finding.review.append(_SNAPSHOTS)
    elif re.fullmatch(r"\s*months?\s*", header[since_col], re.IGNORECASE):
        finding.review.append(
            f"figures by '{header[since_col]}' alone: the number who went missing in each month, or how many were "
            "missing at each month's end (which are not added up)?"
        )
    if statuses and sorted(statuses.values()) == ["believed_abroad", "wanted"]:
        wanted, abroad = sorted(statuses, key=lambda c: statuses[c] == "believed_abroad")
        if not _IN_THE_UK.search(header[wanted]) and _a_part_of(header, body, wanted, abroad, context):
            # "Wanted - whereabouts unknown | Believed abroad" over "2016 | 1 | 1": the abroad among the wanted, or besides?
            finding.review.append(f"'{header[abroad]}' beside '{header[wanted]}', never more than it: are those abroad "
                                  "among them or besides them?")
    total_col = _find(header, re.compile(r"^(?:grand\s+)?total", re.IGNORECASE), exclude={since_col})
    status_col = _status_column(header, exclude={since_col, *read}) if not statuses else None
    part_col = _find(header, _PART_HEADER, exclude={since_col, *read}) if count_col is not None else None
    if part_col is None and count_col is not None:
        part_col = _abroad_share_column(header, body, count_col, exclude={since_col, *read}, context=context)
    flag_col = None
    if part_col is None and count_col is not None and not statuses:
        # "Year | Number | Believed abroad" over "2018 | 1 | Yes": each row's people abroad or not
        flag_col = _find(header, _ABROAD_HEADER, exclude={since_col, count_col})
        said = [_abroad_flag(r[flag_col].text, header[flag_col]) for r in body if flag_col is not None and flag_col < len(r) and r[flag_col].text and not _is_total(r)]
        if not said or None in said:
            flag_col = None
    if part_col is not None and _STILL_HEADER.search(header[part_col]):
        # "Became unknown | Of which still outstanding": those since traced are in the first count; the answer is
        # the part still missing.
        count_col, part_col = part_col, None
    months = {c: m for c in numeric_cols or () if c < len(header) and (m := _month_number(header[c]))}
    if len(months) < 3 or statuses:
        months = {}  # a calendar grid ("Year | Jan | Feb | ... | Total") has a column for each month
    year_above: Cell | None = None  # a year left blank under the one above it ("2015 | March", " | September")
    shape = _column_shape(header[since_col], body, since_col, context.month_first)
    outline = _outline_years(body, since_col, count_col, context, finding) if count_col is not None else {}
    dashes: list[Cell] = []  # counts given as a dash, read as none
    for index, row in enumerate(body):
        if not any(c.text for c in row):
            continue
        if index in outline:
            if outline[index] is None:
                continue  # the year's own row: the sum of the months under it
            row = (*row[:since_col], Cell(f"{row[since_col].text.strip()} {outline[index]}", row[since_col].locator), *row[since_col + 1:])
        if count_col is not None:
            cols = [count_col]
        elif total_col is not None and not statuses and not months:
            cols = [total_col]
        else:
            cols = numeric_cols or []
        cells = [row[c] for c in cols if c < len(row)]
        counts = [_count(c, context) for c in cells]
        if months or statuses:  # a calendar grid, or a pivot's status columns, leaves a cell with none blank
            counts = [(0, 0) if not c.text else b for c, b in zip(cells, counts)]
        if since_col < len(row) and _SUBSET_LABEL.match(row[since_col].text):
            # "of which believed abroad | 1" under the years: some of those counted above, not more of them; but whose?
            if _status_of(row[since_col].text) != "wanted" and any(b and b[1] for b in counts):
                finding.review.append(
                    f"'{_row_text(row)}' ({row[since_col].locator.describe()}) says some of them are "
                    f"{_status_of(row[since_col].text).replace('_', ' ')}, but not which years': their statuses are not recorded"
                )
            continue
        if _is_total(row):
            if counts and all(b is not None for b in counts):
                finding.stated_total = (sum(b[0] for b in counts), sum(b[1] for b in counts))  # type: ignore[index]
                finding.stated_total_text = _row_text(row)
                finding.stated_total_locator = row[0].locator
                grand = _count(row[total_col], context) if months and total_col is not None and total_col < len(row) else None
                if grand is not None and grand != finding.stated_total:
                    # "Total | 1 | 2 | ... | 12" where the months' totals make 11: the grand total disagrees
                    finding.review.append(f"the total row's months add up to {range_text(*finding.stated_total)}, but its "
                                          f"'{header[total_col]}' says {range_text(*grand)} ({row[total_col].locator.describe()})")
            continue
        if not cells or all(c.value is None for c in cells):
            dated = row[since_col] if since_col < len(row) else None
            if dated is not None and (seen := _since(dated, context)) is not None and seen.precision == "day":
                # A year with no count is a year with none; a day with no count is more likely a person.
                finding.review.append(f"'{dated.text}' at {dated.locator.describe()} has no count beside it")
            continue
        if any(b is None for b in counts):
            bad = next(c for c, b in zip(cells, counts) if b is None)
            if not all(b is not None or _A_DASH.fullmatch(c.text) for c, b in zip(cells, counts)):
                finding.review.append(f"unreadable count '{bad.text}' at {bad.locator.describe()}")
                continue
            # "2009 | -": a dash in a column of counts is none, when the table's total bears it out (checked below)
            dashes.append(bad)
            counts = [(0, 0) if b is None else b for b in counts]
        low = sum(b[0] for b in counts)  # type: ignore[index]
        high = sum(b[1] for b in counts)  # type: ignore[index]
        if high == 0:
            continue
        cell = row[since_col] if since_col < len(row) else Cell(None, row[0].locator)
        if month_col is not None and cell.value is None and year_above is not None:
            cell = Cell(year_above.value, cell.locator)
        elif month_col is not None and cell.value is not None:
            year_above = cell
        since = _since(cell, context, shape)
        if since is None:
            finding.review.append(_bad_date(cell, context))
            since = Since(None, "unknown")
        since = _in_month(since, row, month_col)  # type: ignore[assignment]
        # A row's own Total column checks the month or status columns beside it.
        beside = "months" if months else "columns" if statuses else None
        stated = _count(row[total_col], context) if beside and total_col is not None and total_col < len(row) else None
        if stated is not None and stated != (low, high):
            finding.review.append(
                f"'{row[total_col].text}' under '{header[total_col]}' at {row[total_col].locator.describe()}, but "
                f"the {beside} beside it add up to {low if low == high else f'{low}-{high}'}"
            )
        # (a financial year's row, "2014/15" under "Apr ... Mar": April to December in its first year, the rest in its second)
        financial = since.date is not None and since.latest is not None and since.date.month == 4 and since.latest.year == since.date.year + 1
        if months and (since.precision == "year" or financial) and since.date is not None:
            for col, part, bounds in zip([c for c in cols if c < len(row)], cells, counts):
                month = months.get(col)
                if bounds[1] and month:  # type: ignore[index]
                    year = since.date.year + (1 if financial and month < 4 else 0)
                    dated = Since(dt.date(year, month, 1), "month")
                    finding.entries.append(_entry(dated, bounds, "wanted", part, row, finding.layout))  # type: ignore[arg-type]
            continue
        if not statuses:
            # (a status merged down over several years' rows is each row's own: its text is the merge's)
            text = (row[status_col].text or row[status_col].spanned or "") if status_col is not None and status_col < len(row) else ""
            status = _status_of(text) if _MISSING_CATEGORY.search(text) else "wanted"
            # (a place merged down over several rows is each row's own: "Abroad" spanning two months' rows)
            flag = (row[flag_col].text or row[flag_col].spanned or "") if flag_col is not None and flag_col < len(row) else ""
            if flag and _abroad_flag(flag, header[flag_col]):  # type: ignore[index]
                if low == high == 1:
                    status = "believed_abroad"
                else:
                    finding.review.append(f"'{flag}' under '{header[flag_col]}' beside {range_text(low, high)} at "  # type: ignore[index]
                                          f"{row[flag_col].locator.describe()}: are all of them abroad, or some?")  # type: ignore[index]
            part = _count(row[part_col], context) if part_col is not None and part_col < len(row) else None
            if part is not None and part[1] and part[0] == part[1] and low == high and part[0] <= low:
                # "Number wanted 3 | Of which believed abroad 1": 2 wanted and 1 abroad.
                if low > part[0]:
                    finding.entries.append(_entry(since, (low - part[0],) * 2, status, cells[0], row, finding.layout))
                finding.entries.append(
                    _entry(since, part, _status_of(header[part_col]), row[part_col], row, finding.layout)  # type: ignore[index]
                )
                continue
            finding.entries.append(_entry(since, (low, high), status, cells[0], row, finding.layout))
            continue
        for col, part, bounds in zip([c for c in cols if c < len(row)], cells, counts):
            if bounds[1]:  # type: ignore[index]
                finding.entries.append(_entry(since, bounds, statuses[col], part, row, finding.layout))  # type: ignore[arg-type]
    dated_rows = {e.locator.row for e in finding.entries if e.since}
    if (
        len(dated_rows) == 1 and context.as_of is not None and finding.entries[0].precision == "year"
        and finding.entries[0].since == str(context.as_of.year) and sum(e.count_high for e in finding.entries) > 1
    ):
        # "Year | Wanted" over "2019 | 5" alone, in 2019: the year the figure stands in, or the year all five went missing?
        finding.review.append(f"one row, for the year the figures are as at ({finding.entries[0].text}): the year they "
                              "stand in, or the year every one of them went missing?")
    if (query := counts_on_days_query(finding.entries)) is not None:
        finding.review.append(query)
    if dashes and finding.stated_total is None:
        finding.review.append(_read_as_none(dashes[0]))
    return finding


_A_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def _read_as_none(dash: Cell) -> str:
    """The query for a count given as a dash and read as none, when no total in the table bears that out."""
    return f"'{dash.text}' at {dash.locator.describe()} read as none, and no total bears it out"


def counts_on_days_query(entries: list[MissingEntry]) -> str | None:
    """A question when every figure dated to the day counts two people or more, on two days or more: several people
    gone missing on each of several exact days is unlikely; figures as they stood at month ends are not."""
    days = [e for e in entries if e.precision == "day"]
    if len(days) < 2 or any(e.count_low < 2 for e in days):
        return None
    return ("counts against exact dates (" + ", ".join(f"{e.since}: {e.count_low}" for e in days[:3])
            + "): a series of snapshot figures rather than the dates people went missing?")


# Counts by category ("Status | Number": Wanted 5, Missing 2, Total 7). The missing are the categories that say
# so; compliance rows beside them (compliant, in custody, managed) are the caseload and are never added in.
_MISSING_CATEGORY = re.compile(
    r"\b(?:wanted|missing|misper|whereabouts|abroad|overseas|being\s+traced|untraced|abscond\w*|unaccounted|outstanding"
    r"|(?:address|location)\s+(?:is\s+)?(?:unknown|not\s+known)"
    r"|(?:outside|outwith)\s+(?:of\s+)?(?:the\s+)?(?:uk|united\s+kingdom)|left\s+the\s+(?:uk|country))\b",
    re.IGNORECASE,
)
# ("Missing (not wanted)" is the missing a force does not circulate as wanted: still missing.)
# ("Abroad (notified travel)", "Overseas - permitted": abroad with the police told, so not sought.)
_OTHER_CATEGORY = re.compile(
    r"\bwhereabouts\s+(?:are\s+|is\s+)?known\b|\bno\s+longer\s+(?:wanted|missing)|\bnot\s+missing"
    r"|\b(?:abroad|overseas|travel\w*)\b.*\b(?:notified|permitted|authori[sz]ed|lawfully|with\s+(?:permission|consent))\b"
    r"|\b(?:notified|permitted|authori[sz]ed|lawful)\s+(?:foreign\s+|overseas\s+)?travel"
    r"|^(?!\W*missing\b).*?\bnot\s+wanted|\b(?:compliant|custody|prison|hospital|manag\w*|in\s+the\s+community"
    r"|deported|located|found|deceased|died|registered\s+(?:in|with|on))\b"
    # ("Known to be abroad (in contact)": where they are is known, and they keep in touch)
    r"|\bin\s+contact\b|\bknown\s+to\s+be\s+(?:abroad|overseas)\b(?!.*\bunknown\b)"
    # ("VO - whereabouts unknown", "Violent offender": ViSOR's other kind of offender, not asked about)
    r"|" + VIOLENT_OFFENDERS,
    re.IGNORECASE,
)


# "Believed deceased (not confirmed) - remains wanted": a row of another kind that says its people are still sought.
# ("Believed deceased (not confirmed), still circulated as wanted")
_STILL_SOUGHT = re.compile(
    r"\b(?:remains?|still(?:\s+(?:be|being))?|continues?\s+to\s+be)\s+(?:(?:circulated|recorded|listed)\s+as\s+)?(?:wanted|missing|outstanding|sought)\b",
    re.IGNORECASE,
)
_IN_THE_UK_LABEL = re.compile(
    r"^\s*(?:(?:believed\s+)?(?:in|within)\s+(?:the\s+)?)?(?:uk|u\.k\.|united\s+kingdom|england|wales|scotland|great\s+britain)\b", re.IGNORECASE
)
# A part of the category above it ("   of which believed abroad | 3"): already counted there.
_CORRECTED_HEADER = re.compile(r"\b(?:corrected|revised|amended|updated|correct)\b", re.IGNORECASE)
_SUPERSEDED_HEADER = re.compile(
    r"\b(?:as\s+(?:first\s+|originally\s+)?(?:supplied|provided|disclosed|reported|given|sent)|original(?:ly)?|previous(?:ly)?|superseded|incorrect)\b",
    re.IGNORECASE,
)
_GLUED_MARK = re.compile(r"(?<=[a-z)])(?:\d{1,2}|[*\u2020\u2021]+)$")
_ALL_OF_ONE_ROW = re.compile(r"\(\s*all\s+(?:of\s+them\s+)?(wanted|missing)\s*\)", re.IGNORECASE)
_SUBSET_LABEL = re.compile(
    r"^\s*(?:of\s+(?:which|whom|these|those|them|the\s+(?P<of>wanted|missing|above|total))|including|incl\.?|comprising)\b",
    re.IGNORECASE,
)


def _categories(table: Table, context: Context) -> Finding | None:
    """A two-column table of categories and counts, where some categories are the missing.

    Every row must be understood: a category of the missing, another category (the caseload), a note, a
    header or a total. A table with any other row is declined. A "Total" counts the missing only when
    every category above it is one of them.
    """
    finding = Finding(layout="counts_by_category")
    missing: list[tuple[str, tuple[int, int], Cell, tuple[Cell, ...]]] = []
    others = 0
    total: tuple[tuple[int, int], tuple[Cell, ...]] | None = None
    parts_of: dict[str, int] = {}  # a category's label -> the part of it a sub-row counts apart
    other_rows: list[str] = []
    notes: dict[int, Cell] = {}  # a row's note beside its count, by the row
    others_count = (0, 0)  # how many the rows of other categories count
    seen_count = False
    heading = next((c.text for c in table.rows[0] if c.text), "") if table.rows else ""
    by_place = bool(_LOCATION_HEADER.search(heading))  # "Believed location | Number": rows of places
    # Under "RSOs wanted, by risk level": rows of the missing, whatever their labels ("Medium | 2")
    # (not "Wanted, including those believed abroad, by risk level": which rows are abroad, the title does not say)
    breakdown_of = _status_of(heading) if _BREAKDOWN_HEADING.search(heading) and not _OTHER_CATEGORY.search(heading) else None
    if breakdown_of == "believed_abroad" and re.search(r"\b(?:wanted|missing|whereabouts)\b", heading, re.IGNORECASE):
        breakdown_of = None
    breakdown = 0  # how many rows are parts of the missing by the title's measure
    for index, row in enumerate(table.rows):
        filled = [c for c in row if c.text]
        if not filled:
            continue
        label = _GLUED_MARK.sub("", filled[0].text)  # ("Believed abroad1": a footnote's mark on the label)
        bounds = _count(filled[-1], context) if len(filled) == 2 else None
        # "Missing | 1 | since 28 January 2019": a note after the count, its dates the people's (not "Number of RSOs
        # wanted | No | We are not a responsible authority": "Held? No")
        if (
            len(filled) == 3 and bounds is None and _count(filled[2], context) is None and _A_WORD.search(filled[2].text)
            and not _YES_OR_NO.fullmatch(filled[1].text) and (bounds := _count(filled[1], context)) is not None
        ):
            notes[id(row)] = filled[2]
            filled = filled[:2]
        if bounds is None:
            if len(filled) == 2 and _SUPPRESSION_MARK.fullmatch(filled[1].text.strip()):
                return None  # "RSOs wanted | *" with no key to the mark: a figure withheld, no title row
            if not seen_count and index < HEADER_SEARCH_ROWS and len(filled) <= 2:
                continue  # a title or header row ("Status | Number")
            if _NOTE_LABEL.match(label):
                continue
            return None
        seen_count = True
        if subset := _SUBSET_LABEL.match(label):
            # "   of whom believed abroad | 5" under "Wanted | 14": 9 wanted and 5 abroad, when the part says a
            # status of its own and both figures are exact; any other part is already counted above. "Of the wanted,
            # believed abroad | 3" names the row it is a part of.
            # ("Of which believed abroad (all wanted)": the row named after it)
            of = subset["of"] or ((after := _ALL_OF_ONE_ROW.search(label)) and after[1])
            named = [m for m in missing if of and of.lower() in m[0].lower()]
            parent = named[-1] if named else missing[-1] if missing else None
            if (
                parent is not None and _status_of(label) != _status_of(parent[0]) and bounds[0] == bounds[1]
                and parent[1][0] == parent[1][1] and bounds[0] <= parent[1][0] and parent[0] not in parts_of
            ):
                missing[missing.index(parent)] = (parent[0], (parent[1][0] - bounds[0],) * 2, parent[2], parent[3])
                parts_of[parent[0]] = bounds[0]
                missing.append((label, bounds, filled[-1], row))
            continue
        if _TOTAL_LABEL.match(label) and not _OTHER_CATEGORY.search(label):
            total = (bounds, row)
        elif _OTHER_CATEGORY.search(label) and not _STILL_SOUGHT.search(label):
            others += 1
            other_rows.append(label)
            others_count = (others_count[0] + bounds[0], others_count[1] + bounds[1])
        elif _MISSING_CATEGORY.search(label) or by_place and (
            _IN_THE_UK_LABEL.match(label) and not _PLACE_ABROAD.search(label) or _abroad_flag(label, heading) is not None
        ):
            # (under "Believed location | Number": "UK - address unknown | 5" are the wanted in the UK, "Republic of
            # Ireland | 2" those believed abroad)
            missing.append((label, bounds, filled[-1], row))
        elif breakdown_of is not None and index > 0:
            missing.append((f"{heading}: {label}", bounds, filled[-1], row))
            breakdown += 1
        else:
            return None
    if not missing:
        return None
    counted = (sum(b[0] for _, b, _, _ in missing), sum(b[1] for _, b, _, _ in missing))
    if breakdown and (total is None or others or total[0] != counted):
        return None  # parts of the missing by a measure of them, which their total must confirm
    if counted[1] == 0:
        named_total = total is not None and total[0] == (0, 0) and _MISSING_CATEGORY.search(_row_text(total[1]))
        if others and not named_total:
            # nothing missing here, beside other categories: the label lines say as much (but "Total wanted/missing: 0"
            # under "In custody: 2" says it in the table alone)
            return None
        # "Registered sex offenders currently wanted (whereabouts unknown) | 0": a nil answer, set out as a table
        # (in a PDF page's lines, the row alone says it to no one).
        label, bounds, cell, row = missing[0] if not named_total else (None, None, total[1][-1], total[1])
        finding.stated_total, finding.stated_total_text, finding.stated_total_locator = (0, 0), _row_text(row), cell.locator
        return finding
    for label, bounds, cell, row in missing:
        if bounds[1] == 0:
            continue
        dates = _dates_in_the_note(notes.get(id(row)), bounds, context, finding) if label not in parts_of else []
        for since in dates or [Since(None, "unknown")]:
            entry = _entry(since, (1, 1) if dates else bounds, _status_of(label), cell, row, finding.layout)
            if label in parts_of:  # "of whom believed abroad | 5" under it: those are counted apart
                entry = replace(entry, text=f"{entry.text} (less {parts_of[label]} counted apart below)")
            finding.entries.append(entry)
    if total is not None and not others:
        finding.stated_total = total[0]
        finding.stated_total_text = _row_text(total[1])
        finding.stated_total_locator = total[1][0].locator
    elif total is not None and _MISSING_CATEGORY.search(_row_text(total[1])) and total[0] != counted:
        # "Total wanted | 8" over 5 and 2 and "Believed deceased | 1": a total of the missing, counting another row
        finding.review.append(f"the table's '{_row_text(total[1])}' counts '{other_rows[0]}' besides the rows of the "
                              "missing: is that row among the missing?")
    elif total is not None and total[0][1] == counted[1] + others_count[1] and others_count[1] <= counted[0] and not context.others_set_apart:
        # "Wanted: 3 / In custody abroad: 2 / Total: 5": a total over the missing and a few others beside them (not a
        # caseload's, where the others are hundreds): whether the force counts those others among the missing is
        # the reply's to say
        finding.review.append(f"the total ('{_row_text(total[1])}') counts '{other_rows[0]}' with the missing: "
                              "does the force count that row among them?")
    elif total is not None and by_place and not any(counts_violent_offenders(label) for label in other_rows):
        # "Believed location | Number" over "Believed deceased | 1" and a Total counting it: is it one of them?
        finding.review.append(f"the table's Total ('{_row_text(total[1])}') counts '{other_rows[0]}' with places the "
                              "missing are believed to be: is that row among the missing?")
    elif total is not None and total[0] != counted and total[0][1] != counted[1] + others_count[1]:
        # "Wanted: 3 / Believed deceased: 1 / Total: 5": a total no reading of the rows gives
        finding.review.append(f"the table's total ('{_row_text(total[1])}') is neither what its rows of the missing add up "
                              "to nor what all its rows do: what does it count?")
    statuses = {_status_of(label): label for label, *_ in missing}
    if set(statuses) == {"believed_abroad"} and total is None:
        # "Believed outside UK | <5" beside "Located in last 12 months | 16": a part of the missing, not all of them
        finding.review.append(f"only a 'believed abroad' row ('{statuses['believed_abroad']}') was found in the table: "
                              "where is the number of all the missing?")
    plain = statuses.get("wanted", "")
    if total is None and "believed_abroad" in statuses and plain and not (_IN_THE_UK.search(plain) or parts_of):
        finding.review.append(
            f"'{statuses['believed_abroad']}' beside '{plain}': are those abroad among them or besides them?"
        )
    return finding


_A_WORD = re.compile(r"[A-Za-z]{2}")
_YES_OR_NO = re.compile(r"\s*(?:yes|no|y|n)\s*\.?\s*", re.IGNORECASE)
# A date that names its year ("2015", "12 June 2014", "03/10/2017"), not a month alone whose year is guessed.
_NAMES_ITS_YEAR = re.compile(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}")


def _dates_in_the_note(note: Cell | None, bounds: tuple[int, int], context: Context, finding: Finding) -> list[Since]:
    """The date of each person a category counts, from the note beside its count ("2 - since 12 June 2014 and 3
    October 2017"): one date a person, or none at all. Dates that are not one a person are queried."""
    if note is None:
        return []
    found = find_since(note.text, context.as_of)
    if not found:
        return []
    if bounds[0] == bounds[1] == len(found) and all(_NAMES_ITS_YEAR.search(m.text) for m in found):
        return [m.since for m in found]
    finding.review.append(
        f"'{note.text}' beside a count of {range_text(*bounds)} ({note.locator.describe()}) does not give one date a "
        "person: whose dates are they?"
    )
    return []


# "Wanted (believed Eire)": a country abroad named in a status; a part of the UK ("Northern Ireland") is not abroad.
_PLACE_ABROAD = re.compile(r"\b" + places.pattern("abroad"), re.IGNORECASE)
_PLACE_IN_THE_UK = re.compile(r"\b" + places.pattern("uk"), re.IGNORECASE)


# "Not believed abroad", "Believed abroad - N", "Abroad: No": a heading for those not thought to be abroad.
_NOT_ABROAD_LABEL = re.compile(
    r"\bnot\s+(?:\w+\s+){0,2}?(?:abroad|overseas|outside)\b|\b(?:abroad|overseas|uk)\s*(?:[-:\u2013?=]\s*|\s)(?:n|no|false)\s*\??\s*$",
    re.IGNORECASE,
)


def _status_of(label: str) -> str:
    """The status a category's label gives the people it counts: believed abroad, missing (a force's own category,
    kept apart from its "Wanted" one), or wanted."""
    if (_ABROAD_STATUS.search(label) or _PLACE_ABROAD.search(label) and not _PLACE_IN_THE_UK.search(label)) and not _NOT_ABROAD_LABEL.search(label):
        return "believed_abroad"
    # ("Missing (not wanted)", "Missing - not currently wanted": missing, and not wanted)
    said_wanted = re.sub(r"\bnot\s+(?:\w+\s+){0,3}?wanted\b", "", label, flags=re.IGNORECASE)  # ("not yet circulated as wanted")
    if re.search(r"\bmissing\b|\bmisper\b", label, re.IGNORECASE) and not re.search(r"\bwanted\b", said_wanted, re.IGNORECASE):
        return "missing"
    return "wanted"


def _of_the_missing(row: tuple[Cell, ...]) -> bool:
    """A pivot's row that counts some of the missing: not one of those since found ("Since located /
    arrested"), another category (in custody, managed) or a part of the row above ("of which abroad")."""
    label = next((text for c in row if (text := c.text)), "")
    return not (_OTHER_CATEGORY.search(label) or _RESOLVED.search(label) or _SUBSET_LABEL.match(label))


def _breakdown(table: Table, context: Context) -> Finding | None:
    """A two-column table whose count heading names the missing ("Risk level | Number wanted", "Division | RSOs
    wanted - whereabouts unknown"): each row a part of them, and a "Total" row their stated total. A row of
    another population (managed, in custody, located) declines the table: the heading does not hold for it."""
    rows = [row for row in table.rows if any(c.text for c in row)]
    if len(rows) >= 3 and _breakdown_column([c.text for c in rows[0]], table.title) is None and not any(
        _count(c, context) for c in rows[0][1:]
    ):
        rows = rows[1:]  # a title row over the header ("Kent Police | FOI 2019/0123")
    if len(rows) < 2:
        return None
    header = [c.text for c in rows[0]]
    col = _breakdown_column(header, table.title)
    if col is None and _headerless_breakdown(rows, table.title, context):
        # "The number ... wanted ..., by division:" over "North | 3", "South | 1" with no heading row: the title heads it
        header, col, rows = ["", ""], 1, [(Cell(None, rows[0][0].locator),) * 2, *rows]
    if col is None or any(len(row) > len(header) for row in rows):
        return None
    if _SINCE_HEADER.search(header[0]) or _YEAR_HEADER.search(header[0]) or _AS_AT_HEADER.search(header[0]) or sum(
        1 for row in rows[1:] if row[0].text and not _TOTAL_LABEL.match(row[0].text) and _since(row[0], context)
    ) >= 2:
        return None  # dated rows ("Q1 15 | 1" under any heading): the other table layouts' business
    finding = Finding(layout="counts_by_category")
    # "Category 1 (registered sexual offenders) | 4" beside "Category 2 (violent offenders) | 6": only the first are asked of
    sex_offender_rows = any(_SEX_OFFENDERS.search(row[0].text) for row in rows[1:])
    for row in rows[1:]:
        label, cell = row[0].text, row[col] if len(row) > col else Cell(None, row[0].locator)
        if _NOTE_LABEL.match(label):
            continue
        if _OTHER_OFFENDERS.search(label) and not _SEX_OFFENDERS.search(label):
            if sex_offender_rows:
                finding.warnings.append(f"'{_row_text(row)}' counts offenders other than sex offenders: not counted")
            else:
                finding.review.append(f"'{_row_text(row)}' counts offenders other than sex offenders: are they asked of?")
            continue
        if _OTHER_CATEGORY.search(label) or _RESOLVED.search(label):
            return None
        if not _TOTAL_LABEL.match(label) and (_GROUP_NOT_OF_PEOPLE.search(label) or _status_of(label) == "believed_abroad"):
            return None  # rows of statuses or of dates ("Believed to have left the UK", "Apr 2010 - Mar 2011")
        bounds = _count(cell, context)
        if _TOTAL_LABEL.match(label):
            if bounds is not None:
                finding.stated_total, finding.stated_total_text = bounds, _row_text(row)
                finding.stated_total_locator = row[0].locator
            continue
        if bounds is None:
            if cell.value is None:
                continue
            finding.review.append(f"unreadable count '{cell.text}' at {cell.locator.describe()}")
            continue
        if bounds[1] > 0:
            finding.entries.append(_entry(Since(None, "unknown"), bounds, "wanted", cell, row, finding.layout))
    _total_row_unlabelled(finding, rows[-1])
    return finding if finding.entries or finding.stated_total is not None else None


_SEX_OFFENDERS = re.compile(r"\b(?:sex(?:ual)?|RSOs?)\b", re.IGNORECASE)
_OTHER_OFFENDERS = re.compile(
    r"\b(?:violent|dangerous|terroris\w*|domestic\s+abuse|other)\s+(?:\w+\s+)?(?:offenders?|persons?|people)\b", re.IGNORECASE
)


def _headerless_breakdown(rows: list[tuple[Cell, ...]], title: str | None, context: Context) -> bool:
    """Two columns of labels and counts under no heading row, and a title that names the missing and says what splits
    them ("RSOs wanted ..., by division:")."""
    return bool(
        title and _MISSING_TITLE.search(title) and _BY_GROUP.search(title) and all(len(row) == 2 for row in rows)
        and all(row[0].text and not _count(row[0], context) and _count(row[1], context) for row in rows)
    )


def _total_row_unlabelled(finding: Finding, last_row: tuple[Cell, ...]) -> None:
    """A last row that is the sum of the rows above it ("Scotland | 23" under the divisions) is read as their total,
    and queried: its label does not say so, and a group's figure can equal the others' sum by chance."""
    if finding.stated_total is not None or len(finding.entries) < 3:
        return
    last, above = finding.entries[-1], finding.entries[:-1]
    if last.locator.row != last_row[0].locator.row or last.locator.page != last_row[0].locator.page:
        return
    if (sum(e.count_low for e in above), sum(e.count_high for e in above)) != (last.count_low, last.count_high):
        return
    finding.entries.pop()
    finding.stated_total, finding.stated_total_text = (last.count_low, last.count_high), last.text
    finding.stated_total_locator = last.locator
    finding.review.append(f"the last row '{last.text}' is the sum of the rows above it: read as their total; check it is")


def _breakdown_column(header: list[str], title: str | None) -> int | None:
    """The column counting the missing in a table of groups: the one whose heading names them, beside columns of
    other measures only ("Breaches 2017 | Arrests 2017 | Whereabouts unknown now"); or a bare "Number" under a
    title that names them and says the table splits them ("RSOs whose whereabouts are unknown, by age of offender")."""
    if len(header) < 2 or not header[0]:
        return None
    named = [i for i in range(1, len(header)) if _MISSING_HEADER.search(header[i]) and not _OTHER_MEASURE_HEADER.search(header[i])]
    if not named and len(header) == 2 and _COUNT_HEADER.match(header[1]) and title and _MISSING_TITLE.search(title) and (
        # (or "Risk level | Number" right under a sentence introducing it: "RSOs wanted ..., as at 4 September 2023:")
        _BY_GROUP.search(title) or _GROUP_HEADING.search(header[0]) and title.rstrip().endswith(":")
    ):
        named = [1]
    if len(named) != 1 or any(i != named[0] and not _OTHER_MEASURE_HEADER.search(header[i]) for i in range(1, len(header))):
        return None
    return named[0]


# (not an Act's year in an offence's name: "Indecent images of children (s.1 PoCA 1978)")
_GROUP_NOT_OF_PEOPLE = re.compile(
    rf"\b(?<!Act\s)(?<!PoCA\s)(?<!SOA\s)(?<!CJA\s)(?:19|20)\d\d\b|\b{ENGLISH_MONTH_NAMES}\b|\b(?:wanted|missing|misper|abroad|overseas|left\s+the)\b", re.IGNORECASE
)
_BY_GROUP = re.compile(r"\b(?:by|per)\s+(?!\d)\w", re.IGNORECASE)
# A first column's heading naming groups of people: "Risk level", "Division", "MAPPA category", "Offence type".
_GROUP_HEADING = re.compile(
    r"^\s*(?:(?:mappa|risk|offence|offender|age|local\s+policing)\s+)?(?:level|risk|division|area|district|borough|command"
    r"|unit|category|band|group|type|gender|sex|nationality|region|lpa|bcu)s?\s*$",
    re.IGNORECASE,
)
_MISSING_TITLE = re.compile(r"\bwhereabouts\s+(?:are\s+|is\s+)?(?:unknown|not\s+known)|\bwanted\b|\bmissing\b", re.IGNORECASE)
_UK_NOTE = re.compile(r"\(\s*(?:uk|united\s+kingdom)\s*\)", re.IGNORECASE)


def _status_split(table: Table, context: Context) -> Finding | None:
    """Undated rows of any kind (offence groups, areas) counted under columns of different statuses ("Wanted (UK) |
    Believed abroad | Total"): each cell a part of the missing with its column's status, as the dated tables read
    them. A row of another population (managed, in custody, located) declines the table."""
    rows = [row for row in table.rows if any(c.text for c in row)]
    for h in range(min(HEADER_SEARCH_ROWS, len(rows) - 1)):
        header = [c.text for c in rows[h]]
        body = tuple(rows[h + 1 :])
        # ("Wanted | Missing | Believed abroad | Total" over "3 | 1 | 2 | 6": no label column, the first a status's too)
        labelled = not (header and _MISSING_CATEGORY.search(header[0]) and 0 in _numeric_columns(body, exclude=set()))
        statuses = _status_columns(header, body, exclude={0} if labelled else set())
        if statuses:
            break
    else:
        return None
    # (an empty corner over "Registered sex offenders": labels, not dates)
    dated_corner = not header[0] and any(row and row[0].text and _since(row[0], context) for row in body)
    if labelled and (dated_corner or _SINCE_HEADER.search(header[0]) or _YEAR_HEADER.search(header[0]) or _AS_AT_HEADER.search(header[0])):
        return None  # dated rows: the other table layouts' business
    total_col = next((i for i, text in enumerate(header) if i and text and _TOTAL_LABEL.match(text)), None)
    finding = Finding(layout="counts_by_category")
    if sum(1 for i in statuses if _DATED_HEADING.search(header[i])) >= 2:
        # "Wanted at 01/03/2017 | Wanted at 01/03/2018 | Wanted at 01/03/2019": one figure as it stood on three days
        finding.review.append(_SNAPSHOTS)
    besides = True  # whether every row's total is its status cells added up: those abroad are not among the wanted
    # "RSOs wanted | Of which believed abroad": those abroad are among the wanted, so the wanted less them are the rest.
    whole = next((i for i, status in statuses.items() if status == "wanted"), None)
    part = next((i for i, status in statuses.items() if status != "wanted" and _PART_HEADER.match(header[i])), None)
    among = whole is not None and part is not None and len(statuses) == 2
    # A last row that is the sum of the areas above it ("Force | 9 | 2 | 4", "West Midlands | ..."): a total by any name.
    data = [r for r in body if any(c.text for c in r) and not _NOTE_LABEL.match(next((t for c in r if (t := c.text)), ""))]
    summed = None if any(_is_total(r) for r in data) else _last_row_summing(data, list(statuses), context)
    violent = False  # a row of violent offenders, left out: a total row below counts them too
    for row in body:
        label = next((text for c in row if (text := c.text)), "")
        if _NOTE_LABEL.match(label):
            continue
        if counts_violent_offenders(label):
            violent = True
            continue
        if _OTHER_CATEGORY.search(label) or _RESOLVED.search(label):
            return None
        counts = {col: _count(row[col], context) if col < len(row) and row[col].text else None for col in statuses}
        if row is summed:
            finding.stated_total = tuple(sum(b[k] for b in counts.values() if b) for k in (0, 1))  # type: ignore[assignment]
            finding.stated_total_text, finding.stated_total_locator = _row_text(row), row[0].locator
            continue
        if among and (inside := counts[part]) is not None and (all_of := counts[whole]) is not None:
            if inside[1] > all_of[0]:
                finding.review.append(f"'{_row_text(row)}': more '{header[part]}' than '{header[whole]}'")
            elif not _TOTAL_LABEL.match(label):
                counts[whole] = (all_of[0] - inside[1], all_of[1] - inside[0])
            else:
                counts[part] = (0, 0)  # the total row's "of which" is inside its own total
        if _TOTAL_LABEL.match(label):
            if all(b is not None for b in counts.values()) and not violent:
                finding.stated_total = tuple(sum(b[k] for b in counts.values()) for k in (0, 1))  # type: ignore[index,assignment]
                finding.stated_total_text, finding.stated_total_locator = _row_text(row), row[0].locator
            continue
        stated = _count(row[total_col], context) if total_col is not None and total_col < len(row) else None
        if stated is None or any(b is None for b in counts.values()) or sum(b[0] for b in counts.values()) != stated[0]:  # type: ignore[index]
            besides = False
        for col, bounds in counts.items():
            if bounds is None:
                if col < len(row) and row[col].text:
                    finding.review.append(f"unreadable count '{row[col].text}' at {row[col].locator.describe()}")
                continue
            if bounds[1] > 0:
                finding.entries.append(_entry(Since(None, "unknown"), bounds, statuses[col], row[col], row, finding.layout))
    plain = next((header[i] for i, status in statuses.items() if status == "wanted"), "")
    if "believed_abroad" in statuses.values() and plain and not (among or besides or _IN_THE_UK.search(plain) or _UK_NOTE.search(plain)):
        abroad = next(header[i] for i, status in statuses.items() if status == "believed_abroad")
        finding.review.append(f"'{abroad}' beside '{plain}': are those abroad among them or besides them?")
    return finding if finding.entries or finding.stated_total is not None else None


# A heading carrying a day or a year: "Wanted at 01/03/2019", "Wanted (31 March 2018)", "Missing 2017".
_DATED_HEADING = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{ENGLISH_MONTH_NAMES}\.?\s+\d{{4}}\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _last_row_summing(rows, cols, context):  # type: ignore[no-untyped-def]
    """The last of four rows or more when it holds the sum of those above it in every column ("Scotland | 5 | 4"
    under the divisions, "Force | 9 | 2" under the areas): their total by any name; else None."""
    return rows[-1] if len(rows) >= 4 and _sums_the_rows_above(rows, cols, context) else None


def _sums_the_rows_above(rows, cols, context) -> bool:  # type: ignore[no-untyped-def]
    """Whether the last row holds, in every column, the exact sum of the rows above it (and something besides 0).
    Asked only under three rows or more, where a coincidence in every column is not to be expected."""
    sums_seen = False
    for col in cols:
        cells = [r[col] if col < len(r) else None for r in rows]
        bounds = [_count(c, context) if c is not None and c.value is not None else (0, 0) for c in cells]
        if any(b is None or b[0] != b[1] for b in bounds):
            return False
        if sum(b[0] for b in bounds[:-1]) != bounds[-1][0]:  # type: ignore[index]
            return False
        sums_seen = sums_seen or bounds[-1][0] > 0  # type: ignore[index]
    return sums_seen and len(rows) > 1


def _pivot_years_across(header, body, year_cols, context) -> Finding:  # type: ignore[no-untyped-def]
    """Years across the top, categories (risk levels) down, perhaps a Grand Total row and column."""
    finding = Finding(layout="counts_by_year")
    data_rows = [r for r in body if any(c.text for c in r) and not _is_total(r) and _of_the_missing(r)]
    total_rows = [r for r in body if _is_total(r)]
    still = [r for r in data_rows if _STILL_HEADER.search(next((t for c in r if (t := c.text)), ""))]
    if still and len(still) < len(data_rows):
        # "Went missing | 0 | 1 | 2" over "Still missing | 0 | 0 | 1": those who went missing each year, and those of them
        # still missing, the figure asked for; a total row adds up the first, unless it says it counts the second
        data_rows = still
        total_rows = [r for r in total_rows if _STILL_HEADER.search(_row_text(r))]
    if not total_rows and _last_row_summing(data_rows, year_cols, context) is not None:
        total_rows = [data_rows.pop()]  # "Scotland | 5 | 4 | 4 | 9 | 22" under the divisions: a total by any name
    part = next((r for r in body if _SUBSET_LABEL.match(next((t for c in r if (t := c.text)), ""))), None)
    if part is not None:
        finding.review.append(
            f"'{_row_text(part)}' counts a part of the rows above it: their statuses are not split by year"
        )
    rows_to_sum = data_rows or total_rows
    # Rows of categories of the missing ("Wanted", "Missing", "Believed abroad") keep their statuses apart; rows
    # of anything else (risk levels) are added up as the wanted.
    statuses = {id(r): _status_of(next((text for c in r if (text := c.text)), "")) for r in rows_to_sum}
    if header and header[0] and _ABROAD_HEADER.search(header[0]):
        # "Believed Abroad" over rows "N" and "Y": each row's status by its flag
        flags = {id(r): _abroad_flag(r[0].text or "", header[0]) if r else None for r in rows_to_sum}
        if all(flag is not None for flag in flags.values()) and any(flags.values()):
            statuses = {key: "believed_abroad" if flag else "wanted" for key, flag in flags.items()}
    if len(set(statuses.values())) < 2:
        statuses = dict.fromkeys(statuses, "wanted")
    labels = [next((t for c in r if (t := c.text)), "") for r in data_rows]
    if data_rows and all(_month_number(label) and not label.strip().isdigit() for label in labels):  # (MAPPA 1-3: no months)
        # Months down, years across ("January | 1 | 0 | 2"): each cell a month of its column's year.
        for row, label in zip(data_rows, labels):
            for col in year_cols:
                heading = _year_heading(header[col])
                if not isinstance(heading, int) or col >= len(row) or not row[col].text:
                    continue
                bounds = _count(row[col], context)
                if bounds is None:
                    finding.review.append(f"unreadable count '{row[col].text}' at {row[col].locator.describe()}")
                elif bounds[1]:
                    since = Since(dt.date(heading, _month_number(label), 1), "month")  # type: ignore[arg-type]
                    finding.entries.append(_entry(since, bounds, "wanted", row[col], row, finding.layout))
        year_cols = []  # read by month above
    dashes: list[Cell] = []  # counts given as a dash, read as none
    for col in year_cols:
        heading = _year_heading(header[col])
        since = Since(dt.date(heading, 1, 1), "year") if isinstance(heading, int) else heading if isinstance(heading, Since) else Since(None, "unknown")
        for status in dict.fromkeys(statuses.values()):
            low = high = 0
            source_cell = None
            rows = [r for r in rows_to_sum if statuses[id(r)] == status]
            for row in rows:
                if col >= len(row) or row[col].value is None:
                    continue
                bounds = _count(row[col], context)
                if bounds is None and _A_DASH.fullmatch(row[col].text):
                    dashes.append(row[col])  # "2009 | -": none, when a total bears it out (checked below)
                    continue
                if bounds is None:
                    finding.review.append(f"unreadable count '{row[col].text}' at {row[col].locator.describe()}")
                    continue
                low += bounds[0]
                high += bounds[1]
                source_cell = source_cell or row[col]
            if high == 0 or source_cell is None:
                continue
            text = f"{header[col]}: " + ", ".join(f"{r[0].text or '?'} {r[col].text}" for r in rows if col < len(r) and r[col].text)
            entry = _entry(since, (low, high), status, source_cell, (), finding.layout)
            finding.entries.append(replace(entry, text=text))
    total_col = _find(header, re.compile(r"^(?:grand\s+)?total", re.IGNORECASE))
    totalled = bool(total_rows)  # whether a total checks the columns read
    if total_col is not None and not total_rows and data_rows:
        # Each row's own total ("Grand Total" across): the year columns must add up to it
        row_totals = [_count(r[total_col], context) if total_col < len(r) and r[total_col].text else None for r in data_rows]
        if all(b is not None for b in row_totals):
            said = (sum(b[0] for b in row_totals), sum(b[1] for b in row_totals))  # type: ignore[index]
            read = (sum(e.count_low for e in finding.entries), sum(e.count_high for e in finding.entries))
            totalled = True
            if said != read:
                finding.review.append(f"the '{header[total_col]}' column adds up to {range_text(*said)}, the columns "
                                      f"read to {range_text(*read)}")
    for row in total_rows:
        cell = row[total_col] if total_col is not None and total_col < len(row) else None
        if cell is None and len(filled := [c for c in row[1:] if c.text]) == 1:
            cell = filled[0]  # "Total RSOs currently missing (all years) | 6": its one figure
        if cell is not None and (bounds := _count(cell, context)) is not None:
            finding.stated_total = bounds
            finding.stated_total_text = _row_text(row)
            finding.stated_total_locator = cell.locator
    if dashes and not totalled:
        finding.review.append(_read_as_none(dashes[0]))
    return finding
