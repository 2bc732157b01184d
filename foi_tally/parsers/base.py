"""The per-force parser contract, and the shared way a reply is read through layout families.

A ForceParser is mostly data: how to recognise the force's replies and
which layout families it is known to use. `read_reply` runs those families
over a document and settles one Reply, flagging anything a person must check.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from foi_tally.document import Cell, Document, Line, Table
from foi_tally.forces import Force, area_named, by_name
from foi_tally.patterns import Caseless
from foi_tally.readers import PARTLY_READ, STRUCK_THROUGH
from foi_tally.records import Locator, MissingEntry, Reply, range_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from foi_tally.layouts.common import Context, Finding

#: Every layout family, in the order they are tried.
ALL_LAYOUTS = ("table_of_individuals", "counts_by_year", "counts_by_category", "prose", "nil_return", "refusal")

# "all registered sex offenders in the area are currently accounted for": nobody is missing. Said so, it is a nil
# return even beside "we do not hold any records of RSOs whose whereabouts are unknown".
_ALL_ACCOUNTED_FOR = (
    r"all\s+(?:(?:of\s+)?(?:the|our)\s+)?(?:registered\s+sex(?:ual)?\s+offenders?|rsos?|sex\s+offenders?|offenders?|persons|people)\s+"
    r"(?:[\w-]+\s+){0,8}?(?:are|were|have\s+been)\s+(?:currently\s+|now\s+|fully\s+)?accounted\s+for\b"
)
_NIL = Caseless(
    # (not "no report which identifies registered sex offenders": no record of them, not no people)
    r"\b(?:(?:there\s+(?:are|were|is)\s+)?(?:no(?!\s+(?:fewer|less|more)\s+than\b)(?:\s+\(\s*0\s*\))?|zero|nil|0|none\s+of\s+the)\s+"
    r"(?:(?!(?:reports?|records?|systems?|databases?|lists?|fields?|means|way|searches|search|facility|markers?|flags?|data"
    r"|information)\b)\w+\s+){0,3}?"
    r"(?:registered\s+sex(?:ual)?\s+offenders?|rsos?|sex\s+offenders?|offenders?|individuals?|persons?)"
    r"|(?:is|are|was|were|figure\s+is|answer\s+is|number\s+is)\s+(?:nil|zero|none|nought|0)\b"
    r"|\bno[\s-]one\b|\bnot\s+aware\s+of\s+any\b|\bnone\s+(?:that|who|which)\s+(?:meets?|match(?:es)?|fits?|falls?)\b"
    r"|\bnil\s+return\b|there\s+(?:are|is)\s+(?:therefore\s+|thus\s+|now\s+|currently\s+)?none\b|not\s+(?:currently\s+|presently\s+|now\s+)?have\s+any\s+(?:registered\s+sex\s+offenders|rsos?)"
    r"|\bnot\s+(?:a\s+single|one)\s+(?:[\w-]+\s+){0,8}?(?:is|are|was|were|has|have)\b"
    # "there is therefore nobody falling within the terms of your request"; "is not looking for any registered sex offender"
    r"|\bnobody\b|\bnot\s+(?:currently\s+|presently\s+)?(?:looking\s+for|seeking|searching\s+for)\s+any\b)"
    r"|\b" + _ALL_ACCOUNTED_FOR
)
_MISSING_NEAR = Caseless(
    r"whereabouts|wanted|missing|unknown|not\s+known|outstanding|unaccounted|untraced|located|nil\s+return|looking\s+for"
    r"|accounted\s+for"
)
_YOUR_REQUESTS_TERMS = Caseless(
    r"\b(?:meet|meets|match|matches|fit|fits|fall(?:s|ing)?\s+within)\s+(?:the\s+)?(?:criteria|parameters|terms|scope)"
    r"\s+(?:of|in|set\s+out\s+in)\s+(?:your\s+request|(?:this|that|the|your)\s+(?:question|part))\b|\banswers?\s+to\s+(?:both|all|each|every)\s+(?:of\s+)?(?:your\s+|the\s+)?"
    r"(?:questions?|parts?)\b|\b(?:meets?|match(?:es)?|fits?)\s+(?:that|this|the|your)\s+description\b"
    r"|\b(?:meet|meets|match|matches|fit|fits)\s+(?:this|these|that|the|your)\s+criteri(?:a|on)\b|\banswer\s+to\s+your\s+request\b"
    # ("there were no registered sex offenders in this category": the category the request asks about)
    r"|\b(?:in|into|within)\s+(?:this|that)\s+category\b"
)
_FOOTNOTE = re.compile(
    r"^\s*(?P<mark>\*+|\u2020|#)\s*(?:=|-|:)?\s*(?:denotes|indicates|represents|means|where)?\s*(?:a\s+)?"
    r"(?:(?:figure|number|value|count)s?\s+(?:of\s+)?)?(?:(?:fewer|less)\s+than\s+(?P<n>\w+)|between\s+(?P<lo>\w+)\s+and\s+(?P<hi>\w+))",
    re.IGNORECASE,
)


# "– = nil", "- denotes zero", "* = none": a mark a table shows for no one.
_NIL_MARK = re.compile(
    r"^\s*(?P<mark>[-\u2013\u2014]|\*+)\s*(?:=|:|denotes|indicates|represents|means)\s*(?:nil|zero|none|0)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class ForceParser:
    """How to recognise one force's replies and which layouts it uses."""

    force: str | None  # None for the generic fallback
    layouts: tuple[str, ...] = ALL_LAYOUTS
    references: tuple[str, ...] = ()  # regexes for the force's reference format
    letterhead: tuple[str, ...] = ()  # phrases peculiar to its letters (addresses, unit names)
    notes: dict[str, str] = field(default_factory=dict)  # quirks worth knowing, each with its reason
    #: Bump when this force's parsing changes: ingest then reads again only the files stamped with this force
    #: (and those no force was identified for). Shared code changes bump parsers.PARSER_VERSION instead.
    version: str = "1"

    @property
    def name(self) -> str:
        return f"force:{by_name(self.force).slug}" if self.force else "generic"

    def recognises(self, text: str) -> str | None:
        """A reference or letterhead phrase of this force in the text, if any."""
        for pattern in self.references:
            match = re.search(pattern, text)
            if match:
                return match.group(0)
        for phrase in self.letterhead:
            if re.search(re.escape(phrase), text, re.IGNORECASE):
                return phrase
        return None

    def parse(self, doc: Document, force: Force | None) -> Reply | None:
        """Read the reply through this force's layouts; None when none of them recognises it."""
        return read_reply(doc, force, self)


def read_reply(doc: Document, force: Force | None, parser: ForceParser) -> Reply | None:
    # The layouts are imported here, not with the module: the registry (and with it each parser's version,
    # which an unchanged re-ingest checks) is then loaded without compiling their hundreds of patterns.
    from foi_tally.layouts.common import (
        MONTH_FIRST_NOTE,
        OTHERS_SET_APART,
        UNQUOTED_PART,
        Context,
        Finding,
        answer_lines,
        answer_to_the_email_asked,
        dated_by,
        inline_questions,
        join_lines,
        off_topic_answers,
        question_answers,
        unquoted_part_answers,
    )
    from foi_tally.layouts.metadata import find_as_of, find_letter_date, find_reference
    from foi_tally.layouts.outcome import read_outcome
    from foi_tally.layouts.prose import read_prose, sentences
    from foi_tally.layouts.slips import WORD_WITH_A_DIGIT, mend_slips
    from foi_tally.layouts.tables import (
        category_lines,
        join_continued,
        legend_of,
        lone_totals,
        numbered_people_lines,
        read_tables,
        year_grid_lines,
    )

    doc, slips = mend_slips(_answer_tags_plain(_footnote_numbers_dropped(_earlier_figures_dropped(_examples_dropped(
        _earlier_reply_attached_set_aside(doc))))))
    own_lines = [line for line in doc.lines if not line.quoted]
    letter_date = find_letter_date(own_lines) or doc.sent
    label_lines_of = {id(t): _label_value_lines(t) for t in doc.tables}  # read once, used below

    def labels(table: Table) -> list[Line]:  # a table joined from others here is read afresh
        return label_lines_of[id(table)] if id(table) in label_lines_of else _label_value_lines(table)

    all_label_lines = [line for t in doc.tables for line in label_lines_of[id(t)]]
    # Cells as they are (a Cell has the text and locator find_as_of reads): no Line per cell of a 10,000-row sheet.
    cell_lines = [c for t in doc.tables for row in t.rows for c in row if c.text]
    as_of = find_as_of(own_lines + all_label_lines + cell_lines + _label_rows(doc.tables)) or letter_date
    context = Context(
        as_of=as_of, footnotes=_footnotes(doc), force=force.name if force else None,
        asked=_MISSING_WORD.found_in(doc.text(include_quoted=True)), legend=legend_of(doc.tables, own_lines),
        month_first=any(MONTH_FIRST_NOTE.search(line.text) for line in own_lines),
        dated_by=dated_by([line.text for line in own_lines if "'" in line.text or "\u2018" in line.text or '"' in line.text]),
        others_set_apart=any(OTHERS_SET_APART.search(line.text) for line in own_lines),
    )
    # A letter answering many questions in turn: the answers to those not about the missing hold no figure of theirs.
    off_topic = off_topic_answers(own_lines)
    table_layouts = _TABLE_LAYOUTS & set(parser.layouts)
    tables, joined_rows = join_continued(_captioned(doc.tables, own_lines), doc.loose_rows, context, own_lines) if table_layouts else (doc.tables, [])
    if "counts_by_category" in table_layouts:
        tables = tables + category_lines(own_lines)  # "Wanted 12" / "Missing 0" lines, read like a table
    grids = year_grid_lines(own_lines) if "counts_by_year" in table_layouts and not doc.tables else []
    tables = tables + grids  # "2019 2020 2021 Total" over "Wanted 1 0 2 3", in a PDF's (or a letter's) lines
    if force is not None:
        tables = [_own_rows(t, force.name) for t in tables]
    if off_topic:
        tables = _not_answering(tables, [ln for ln in own_lines if ln.locator in off_topic])
    if "table_of_individuals" in table_layouts and not doc.tables:
        tables = tables + numbered_people_lines(own_lines)  # "Offender 1 Jun 2011" under "Offender Date circulated"
    findings = [f for f in read_tables(tables, context) if f.layout in table_layouts]
    recognised = {id(f.table) for f in findings}
    # A table read from a PDF page is in the page's lines already: said again as labels, its rows would be
    # read twice ("1 February 2013 11" and "1 February 2013: 11"). Not a "Question | Response" table: its
    # questions wrap over lines of their own, and the answer under them says nothing alone ("5").
    labelled = [t for t in tables if id(t) not in recognised and (t.locator.page is None or _asks_and_answers(t))]
    label_lines = [line for t in labelled for line in labels(t)]
    # (and a page's "Question | Response" table, read as its labels, is not read again from the page's lines)
    answer_lines_read = (
        _not_table_rows(_not_joined(answer_lines(doc), joined_rows), findings, [t for t in labelled if t.locator.page is not None] + [
            f.table for f in findings if any(f.table is g for g in grids) and (f.entries or f.stated_total)  # (its lines are its rows)
        ])
        + label_lines + question_answers(inline_questions(doc.lines))
        + (answer_to_the_email_asked(doc.lines, doc.subject) if doc.format in ("eml", "msg") else [])
    )
    answer = join_lines([ln for ln in answer_lines_read if ln.locator not in off_topic] if off_topic else answer_lines_read)
    act = force.act if force else None
    sentence_texts = [answer.text[s:e] for s, e in sentences(answer)]
    outcome = read_outcome(sentence_texts, act)
    if off_topic:
        # The exemptions cited anywhere in the letter (set out, maybe, after the last answer), but a refusal only
        # where the answers read say so: "when refusing any part of a request" may be about another question.
        whole = join_lines(answer_lines_read)
        cited = read_outcome([whole.text[s:e] for s, e in sentences(whole)], act).exemptions
        outcome.exemptions = list(dict.fromkeys([*outcome.exemptions, *cited]))

    prose = read_prose(answer, context) if "prose" in parser.layouts else Finding(layout="prose")
    nil_text = _nil_statement(sentence_texts, context.asked) if "nil_return" in parser.layouts else None

    base = Reply(
        source=doc.source,
        force=force.name if force else None,
        ons_code=force.ons_code if force else None,
        status="unknown",
        reference=find_reference(doc, own_lines + all_label_lines),
        as_of=as_of.isoformat() if as_of else None,
        received=(doc.sent or letter_date).isoformat() if (doc.sent or letter_date) else None,
        act=act,
        exemptions=tuple(outcome.exemptions),
        sources=(doc.source,),
        warnings=tuple(doc.warnings),
        parser=parser.name,
    )
    reply = _settle(base, findings, prose, nil_text, outcome, answer)
    # A scan that could not be OCR'd, or a damaged file read only in part, is listed for review: never read as
    # a letter with nothing (or less) in it.
    unread_scans = [w for w in doc.warnings if w.startswith(NEEDS_OCR_PREFIX) or PARTLY_READ in w]
    if reply is None and unread_scans:
        reply = base
    if reply is None:
        return None
    for warning in unread_scans:
        reply = reply.flagged(warning)
    reply = _loose_figures_checked(reply, prose.loose_figures, tables)
    unread = [t for t in tables if id(t) not in recognised]
    taken = {id(row) for row in joined_rows}
    totals = lone_totals([r for r in doc.loose_rows if id(r) not in taken], context) if reply.layout in table_layouts else []
    loose = {text for _, text in prose.loose_figures}
    reply = _queried(reply, doc, sentence_texts, unread, own_lines, totals, context, loose)
    # (unless dates said of the missing add up to it: "Part 2: By year first wanted: 2013 (1), 2015 (1), ...")
    confirmed = sum(e.count_low for e in reply.entries if e.since and _MISSING_WORD.found_in(e.text or "") and UNQUOTED_PART not in (e.text or ""))
    if reply.status in ("answered", "partial") and UNQUOTED_PART in answer.text and not (
        reply.missing_low == reply.missing_high == confirmed
    ):
        reply = reply.flagged("the figure answers 'part 1' of the request by its number, and the question is not quoted: "
                              "is it the count asked for?")
    if reply.status in ("answered", "partial") and not reply.needs_review and (parts := unquoted_part_answers(own_lines)):
        # "Q3 - 1 (the individual circulated on 23rd August 2021)": a figure for a part whose question is not quoted
        # (how many are abroad, say)
        reply = reply.flagged(f"'{parts[0].text[:100]}' answers a part of the request that the reply does not quote: "
                              "what does it count?")
    reply = _hidden_rows_checked(reply, doc.warnings)
    reply = _overlap_checked(reply, sentence_texts)
    reply = _yearly_snapshots_checked(reply, sentence_texts)
    reply = _year_end_positions_checked(reply, doc)
    reply = _besides_a_part_checked(reply, sentence_texts)
    reply = _split_by_sex_checked(reply, sentence_texts)
    reply = _wanted_for_offences_checked(reply)
    reply = _not_told_apart_checked(reply, sentence_texts)
    reply = _known_and_unknown_checked(reply, sentence_texts)
    reply = _rows_disowned_checked(reply, sentence_texts)
    reply = _marked_as_found_checked(reply, doc)
    reply = _violent_offenders_checked(reply, sentence_texts)
    if reply.layout == "prose" and not reply.needs_review:
        reply = _one_row_of_several(reply, [labels(t) for t in unread])
    if doc.ocr:
        reply = _ocr_checked(reply)
    reply = _span_queried(reply)
    reply = _after_as_of_checked(reply)
    reply = _part_of_a_whole_checked(reply)
    reply = _one_of_several_checked(reply, sentence_texts)
    reply = _table_beside_not_held(reply, outcome)
    reply = _rough_checked(reply, sentence_texts)
    reply = _refs_abroad(reply, tables, sentence_texts)
    reply = _marked_abroad(reply, tables, own_lines)
    if reply.entries and not reply.needs_review and (key := next((ln for ln in own_lines if _FORMATTING_KEY.search(ln.text)), None)):
        # "Rows highlighted yellow: believed to be abroad": a status shown by formatting, which is not read
        reply = reply.flagged(f"'{key.text[:100]}' ({key.locator.describe()}): some rows' status is shown by their "
                              "formatting, which is not read: check which")
    reply = _abroad_unread(reply, sentence_texts)
    reply = _cells_checked(reply, tables)
    reply = _counts_on_days_checked(reply)
    reply = _monthly_series_checked(reply)
    if (reply.missing_high or 0) > MAX_PLAUSIBLE:
        reply = reply.flagged(f"{reply.missing_high:,} is implausibly many for one force: a misread figure?")
    if reply.status in ("refused", "ncnd", "not_held") and not reply.needs_review and (
        garbled := next((m.group(0) for text in sentence_texts if (m := WORD_WITH_A_DIGIT.search(text))), None)
    ):
        # "can neither conf1rm nor deny": a scan's text, in which the words that decide the outcome may be misread too
        reply = reply.flagged(f"'{garbled}' is a word with a digit in it, as a scan leaves them: check what the reply says")
    # "l3" read as 13, "had 1" / "5 registered": a scan's slip where a figure or a date was read, for a person to see
    read_at = {e.locator.without_column() for e in reply.entries} if slips else set()
    used = [note for at, note in slips if at.without_column() in read_at]
    if used:
        reply = reply.flagged(used[0] + (f" (and {len(used) - 1} more such)" if len(used) > 1 else ""))
    return reply


#: Consecutive months, each with at least this many people going missing, are no force's record: a series of
#: month-end figures (how many were missing at the end of each month), which must not be added up.
SERIES_MONTHS, SERIES_MONTHLY_FIGURE = 6, 5


def _counts_on_days_checked(reply: Reply) -> Reply:
    """The tables' query on counts against exact days, asked of the reply whatever read it: a table's cells read as
    "31/01/2019: 12." lines are month-end figures all the same."""
    from foi_tally.layouts.tables import counts_on_days_query

    if reply.needs_review or (query := counts_on_days_query(reply.entries)) is None:
        return reply
    return reply.flagged(query)


def _monthly_series_checked(reply: Reply) -> Reply:
    """A reply whose figures by month run over six months or more in a row, each of five or more: queried."""
    if reply.needs_review:
        return reply
    monthly = sorted({e.since: e for e in reply.entries if e.since and len(e.since) == 7}.items())
    if len(monthly) < SERIES_MONTHS or any(e.count_low < SERIES_MONTHLY_FIGURE for _, e in monthly):
        return reply
    run = 1
    for (before, _), (month, entry) in itertools.pairwise(monthly):
        year, number = int(before[:4]), int(before[5:])
        following = f"{year + number // 12}-{number % 12 + 1:02d}"
        run = run + 1 if month == following else 1
        if run >= SERIES_MONTHS:
            return reply.flagged(
                f"figures for {len(monthly)} months in a row, each of {SERIES_MONTHLY_FIGURE} or more ({entry.locator.describe()}): "
                "month-end figures (how many were missing at each month's end), not to be added up?"
            )
    return reply


# "The force is able to provide approximate figures only", a cell "c. 20" or "approx. 45": no figure to publish as exact.
_ROUGH_FIGURES = Caseless(
    r"\b(?:approximate|estimated|rough)\s+(?:figures?|numbers?|counts?|totals?)\s+only\b"
    r"|\bonly\s+(?:an?\s+)?(?:approximate|estimated|rough)\s+(?:figures?|numbers?|counts?|totals?)\b"
    # "is nil or negligible", "rounded to the nearest five": no exact figure
    r"|\b(?:nil|none|zero)\s+or\s+negligible\b|\brounded\s+(?:up\s+|down\s+)?to\s+the\s+nearest\s+(?:five|5|ten|10)\b"
)
# (A bare "C1" is a reference: "c" stands for circa only with its stop.)
_ROUGH_CELL = re.compile(r"^(?:c\.|ca\.|circa\s|approx\.?\s|approximately\s|about\s|around\s|roughly\s|~)\s*\d+\+?$", re.IGNORECASE)


def _rough_checked(reply: Reply, sentence_texts: list[str]) -> Reply:
    """Queried when the reply says its figures are approximate."""
    if reply.status not in ("answered", "partial") or reply.needs_review:
        return reply
    said = next(((text, m) for text in sentence_texts for m in _ROUGH_FIGURES.finditer(text)), None)
    if said is not None:
        text, m = said
        return reply.flagged(f"'...{text[max(0, m.start() - 60) : m.end()].strip()}': the figures are given only roughly")
    return reply


# A status cell "Located 03/05/2021": a person found, on a day it gives.
_FOUND_ON = re.compile(r"^\s*(?:located|traced|found|arrested|apprehended|in\s+custody)\b", re.IGNORECASE)


# "SP-02 and SP-05 are believed to be outside the United Kingdom", "E2 and E5 have left the country": people of a
# table, named by their references, said to be abroad.
_SAID_ABROAD = re.compile(
    r"\b(?:believed|thought|known|understood|suspected)\s+to\s+(?:be|have)\s+(?:(?:gone|moved|travelled|fled|left)\s+)?(?:to\s+)?"
    r"(?:be\s+)?(?:abroad|overseas|outside\s+(?:of\s+)?the\s+(?:UK|United\s+Kingdom|country))"
    r"|\b(?:have|has)\s+(?:since\s+|now\s+)?(?:left|fled)\s+the\s+(?:UK|United\s+Kingdom|country)\b|\b(?:are|is)\s+(?:now\s+)?(?:abroad|overseas)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|none|neither|nor|no(?!\.?\s*\d))\b", re.IGNORECASE)  # (not "No. 2", a reference)


# "Rows highlighted yellow: believed to be abroad", "those shown in bold are believed to be overseas".
_FORMATTING_KEY = re.compile(
    r"\b(?:highlighted|shaded|coloured|colored|in\s+(?:bold|italics?|red|blue|green|yellow)|shown\s+in\s+\w+)\b[^.]{0,60}?"
    r"\b(?:abroad|overseas|outside\s+the\s+(?:UK|United\s+Kingdom)|located|traced|found)\b",
    re.IGNORECASE,
)
# "* Believed to be outside the UK", "*Believed to have travelled abroad.": a key under a table to a mark on its rows.
_ABROAD_KEY = re.compile(r"^\s*(?P<mark>\*{1,3}|[\u2020\u2021#])\s*(?P<says>\S.{2,120})$")
_ABROAD_WORDS = re.compile(
    r"\b(?:abroad|overseas|outside\s+(?:of\s+)?the\s+(?:UK|United\s+Kingdom|country)|outwith\s+the\s+UK|left\s+the\s+(?:UK|country))\b",
    re.IGNORECASE,
)


def _marked_abroad(reply: Reply, tables: list[Table], lines: list[Line]) -> Reply:
    """The listed people whose row carries a mark ("2*") that a key outside the table explains as abroad
    ("* Believed to be outside the UK"), marked as believed abroad."""
    if reply.layout != "table_of_individuals" or not reply.entries:
        return reply
    marks = {
        key["mark"] for line in lines
        if (key := _ABROAD_KEY.match(line.text)) and _ABROAD_WORDS.search(key["says"]) and not _NEGATION.search(key["says"])
    }
    if not marks:
        return reply
    marked = set()
    for table in tables:
        for row in table.rows[1:]:
            if any(c.text.rstrip().endswith(mark) and c.text.rstrip() != mark for c in row for mark in marks):
                loc = row[0].locator
                marked.add((loc.file, loc.page, loc.sheet, loc.part, loc.row))
    entries = tuple(
        replace(e, status="believed_abroad")
        if (e.locator.file, e.locator.page, e.locator.sheet, e.locator.part, e.locator.row) in marked else e
        for e in reply.entries
    )
    return replace(reply, entries=entries)


# "Whether any are believed to be abroad", "How many have left the UK", "if we were to say which is abroad": asked,
# or said of what might be, not said of anyone.
# ("where it is thought the offender has left the country, through the National Crime Agency": what is done when)
_ABROAD_ASKED = re.compile(
    r"\?|\b(?:how\s+many|whether|if|any|would|could|might|where|unable)\b|\b(?:0|nil|zero|nobody)\b|:\s*$", re.IGNORECASE
)
# "We wrote that one of those first recorded in 2010 is believed to have gone abroad": what an earlier letter said.
_AN_EARLIER_LETTER_SAID = re.compile(r"\b(?:we|i)\s+(?:wrote|said|stated|told\s+you|informed\s+you|advised\s+you)\b", re.IGNORECASE)
# "One of these six is believed to have died abroad": not missing, whatever the record says.
_DIED = re.compile(r"\b(?:died|dead|deceased)\b", re.IGNORECASE)
# "is believed to be in Pakistan", "assessed as likely to be outside the United Kingdom": a belief, and a verb (not
# a heading, "Believed abroad")
_BELIEVED = re.compile(r"\b(?:believed?|thought|understood|known|suspected|assessed|likely|intelligence|reported)\b", re.IGNORECASE)
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|be)\b", re.IGNORECASE)
# "Q3 - number believed to be abroad.", "the date each went missing and the number believed to be abroad": the
# figure asked for, named, when no count is given with it.
_ABROAD_NAMED = re.compile(r"\bnumber\b", re.IGNORECASE)
_LEADING_LABEL = re.compile(r"^\s*(?:Q(?:uestion)?\s*\d+[a-z]?|\d{1,2}[.)]|\(?[a-h]\))\s*[-:.)]?\s*", re.IGNORECASE)
# "... the remaining four are believed to be within the United Kingdom", "all are believed to remain in England and
# Wales": the sentence places others here too, so who is abroad is not one simple subject.
_HERE_TOO = re.compile(
    r"\b(?:in|within|remains?|remaining)\s+(?:in\s+)?(?:the\s+(?:UK|United\s+Kingdom)|England|Wales|Scotland|(?:Great\s+)?Britain)\b",
    re.IGNORECASE,
)

# "All but the one wanted since 2019 are ...": the date names who is not abroad.
_ALL_BUT = re.compile(r"\b(?:but|except|exception|other\s+than|apart\s+from|besides|save\s+for|excluding|not\s+including)\b", re.IGNORECASE)


def _said_abroad(text: str, most: int) -> re.Match[str] | None:
    """Where a sentence of the answer says someone is abroad ("The second is believed to have left the United Kingdom",
    "Case reference 2 is believed to be in Pakistan"); None for one that asks, denies, supposes, or speaks of more
    people than the missing (a caseload: "of the 1,540 we manage, 4 were living abroad")."""
    from foi_tally.layouts.prose import NO_LONGER, PLACED_ABROAD
    from foi_tally.numbers import find_counts

    said = _SAID_ABROAD.search(text) or (_BELIEVED.search(text) and _A_VERB.search(text) and PLACED_ABROAD.search(text))
    if not said or _NEGATION.search(text) or _ABROAD_ASKED.search(text) or _RIGHTS.search(text) or _DIED.search(text) or (
        NO_LONGER.search(text) or _AN_EARLIER_LETTER_SAID.search(text)  # ("was previously believed to have gone abroad")
    ):
        return None
    counts = find_counts(_LEADING_LABEL.sub("", text))
    if (_ABROAD_NAMED.search(text) and not counts) or any(c.high > most for c in counts if not 1900 <= c.low <= 2100):
        return None
    return said


def _abroad_unread(reply: Reply, sentence_texts: list[str]) -> Reply:
    """The people a sentence picks out as abroad ("The second is believed to have left the United Kingdom", "One
    (April 2018) is ...", "the earliest of these ...") marked so, when no figure read counts anyone abroad; flagged
    when a sentence says someone is abroad and which of them cannot be told, since every status recorded would be
    wanted."""
    if reply.status not in ("answered", "partial") or reply.needs_review or not reply.missing_high:
        return reply
    if any(e.status == "believed_abroad" for e in reply.entries):
        return reply
    said = [(text, match) for text in sentence_texts if (match := _said_abroad(text, reply.missing_high))]
    if not said:
        return reply
    entries = list(reply.entries)
    for text, match in said:
        picked = _picked_out(text[: match.start()], entries)
        if picked is None:
            return reply.flagged(f"'{text.strip()[:120]}' says someone is believed abroad, but no figure read counts "
                                 "them: how many, and which?")
        entries = picked
    return replace(reply, entries=tuple(entries))


def _abroad_among(abroad: tuple, entries: list[MissingEntry]) -> list[MissingEntry] | None:  # type: ignore[type-arg]
    """The dated entries with those the sentence giving the abroad figure picks out ("the two most recent", "one of
    whom", after "two have been wanted since 2014") marked abroad; None unless they are exactly as many as it says."""
    from foi_tally.layouts.prose import PLACED_ABROAD

    low, high, text = abroad[0], abroad[1], abroad[2]
    said = _SAID_ABROAD.search(text) or PLACED_ABROAD.search(text)
    if low != high or said is None:
        return None
    picked = _picked_out(text[: said.start()], entries)
    if picked is None or sum(e.count_low for e in picked if e.status == "believed_abroad") != low:
        return None
    return picked


_ORDINAL = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "last": -1, "latter": -1}
# "The second is", "Of these, the first and last are", "The earliest of these is", "The two most recent are": people
# picked out by their place in the list, or by date ("first recorded in January 2020" is a date, not a place).
_BY_PLACE = re.compile(
    r"\bthe\s+(?:(?P<n>two|three|2|3)\s+)?(?P<which>first|second|third|fourth|fifth|sixth|last|former|latter|earliest|"
    r"oldest|longest[\s-]standing|latest|newest|most\s+recent)(?:\s+and\s+(?:the\s+)?(?P<also>first|second|third|fourth|"
    r"fifth|sixth|last))?\b(?!\s+(?:recorded|wanted|circulated|reported|went|listed|missing|time|date|known|became|part|question|point|paragraph|request|page|item|bullet))",
    re.IGNORECASE,
)
_BY_NUMBER = re.compile(r"\b(?:nos?\.|numbers?)\s*\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\b", re.IGNORECASE)
# "One (April 2018) is", "Two have been wanted since 2014, one of whom is", "Both individuals recorded in 2016 are":
# how many the subject is, the count said nearest the verb.
_SUBJECT_COUNT = re.compile(r"\b(?:one|two|three|four|five|both|[1-9])\b", re.IGNORECASE)
_SINGULAR = re.compile(r"\b(?:is|has|was)\b[^,;]*$", re.IGNORECASE)


def _picked_out(head: str, entries: list[MissingEntry]) -> list[MissingEntry] | None:
    """The entries with the people `head` (the words before "... is believed to be abroad") picks out marked abroad,
    or None when it picks out nobody, or not exactly: a date that matches no entry, a place in a list whose people
    are not one to an entry, a count that does not fit."""
    from foi_tally.dates import find_since
    from foi_tally.layouts.prose import with_part_abroad
    from foi_tally.numbers import parse_count

    if _HERE_TOO.search(head) or _ALL_BUT.search(head):
        return None
    dates = [d for d in find_since(head) if d.since.iso()]
    places = _BY_PLACE.search(head)
    numbered = _BY_NUMBER.search(head)
    if numbered and not (dates or places):
        # "Nos. 6 and 7 are believed to have left the United Kingdom": the people of a numbered list, by number
        at = [int(n) - 1 for n in re.findall(r"\d{1,2}", numbered.group())]
        if any(e.since is None or e.count_low != 1 or e.count_high != 1 for e in entries) or not all(0 <= a < len(entries) for a in at):
            return None
        return [replace(e, status="believed_abroad") if i in at else e for i, e in enumerate(entries)]
    if bool(dates) == bool(places):
        return None  # neither, or both (which to believe?)
    exact = all(e.count_low == e.count_high for e in entries)
    if not exact:
        return None
    if dates:
        said_dates = [d.since.iso() for d in dates]

        def of(entry: MissingEntry, day: str) -> bool:  # "2010" picks out "2010-03", and "21/06/2017" picks out "2017-06"
            return bool(entry.since) and (entry.since.startswith(day) or day.startswith(entry.since))  # type: ignore[union-attr]

        targets = [i for i, e in enumerate(entries) if any(of(e, day) for day in said_dates)]
        if any(not any(of(entries[i], day) for i in targets) for day in said_dates):
            return None  # a date of nobody listed
        plain = head
        for d in reversed(dates):
            plain = plain[: d.start] + " " + plain[d.end :]
    else:
        if any(e.since is None or e.count_low != 1 for e in entries):
            return None  # "the second" of people listed one to an entry, every one dated
        which = places["which"].lower().replace("-", " ")
        n = (parse_count(places["n"]) or (1, 1))[0] if places["n"] else 1
        if which in ("earliest", "oldest", "longest standing", "latest", "newest", "most recent"):
            order = sorted(range(len(entries)), key=lambda i: entries[i].since or "")
            if len({entries[i].since for i in order}) < len(order):
                return None  # two on the same date: which is earliest?
            targets = order[:n] if which in ("earliest", "oldest", "longest standing") else order[-n:]
        else:
            at = [_ORDINAL[which.split()[0]], *([_ORDINAL[places["also"].lower()]] if places["also"] else [])]
            if n != 1 or any(a >= len(entries) for a in at):
                return None
            targets = [a % len(entries) for a in at]
        plain = head[: places.start()] + " " + head[places.end() :]
    if not targets:
        return None
    total = sum(entries[i].count_low for i in targets)
    said = [m.group(0).lower() for m in _SUBJECT_COUNT.finditer(plain)]
    if said:
        count = 2 if said[-1] == "both" else (parse_count(said[-1]) or (0, 0))[0]
    elif dates and _SINGULAR.search(head):
        count = 1
    else:
        count = total
    if count == total:
        return [replace(e, status="believed_abroad") if i in targets else e for i, e in enumerate(entries)]
    if len(targets) == 1 and 0 < count < total:
        # "Two have been wanted since 2014, one of whom is believed to be in Germany": the rest of them are here
        (i,) = targets
        return [*entries[:i], *with_part_abroad(entries[i], count), *entries[i + 1 :]]
    return None


# "Of the seven individuals in our response, three were first circulated during 2022": a part of a whole said first.
def _figure_said(reply: Reply) -> str:
    """The words the figure read was said in: the stated total's, or the one sentence all its entries come from."""
    texts = {e.text for e in reply.entries}
    return reply.stated_total_text or (texts.pop() if len(texts) == 1 else "")


# "The individual missing since 06/10/2008 is thought to have left the country": one person picked out, with "the",
# of a group said elsewhere.
_THE_ONE_OF_THEM = re.compile(
    r"\b(?:the|this)\s+(?:individual|person|offender|nominal|rso|subject|man|woman)\b",
    re.IGNORECASE,
)
_A_TOTAL_WORD = re.compile(r"\b(?:in\s+total|in\s+all|altogether|total|figure|question\s*1)\b", re.IGNORECASE)


def _one_of_several_checked(reply: Reply, sentence_texts: list[str]) -> Reply:
    """Flagged when the one person read as the whole figure is picked out with "the" ("The individual first recorded
    in November 2020 is believed to be in Ireland") and another sentence about the missing gives a larger figure or
    several dates ("... are 01/03/2005, 17/08/2007 and 06/10/2008, three in total"; "Four."): one of several."""
    from foi_tally.dates import find_since
    from foi_tally.layouts.common import is_one_count
    from foi_tally.numbers import find_counts

    if reply.needs_review or (reply.missing_low, reply.missing_high) != (1, 1):
        return reply
    said = _figure_said(reply).strip()
    if not _THE_ONE_OF_THEM.search(said):
        return reply
    for text in sentence_texts:
        if text.strip() == said or not (_MISSING_WORD.found_in(text) or _A_TOTAL_WORD.search(text) or is_one_count(text.strip(" ."))):
            continue
        larger = any(2 <= c.low <= 500 for c in find_counts(text))
        dates = [d for d in find_since(text) if d.since.precision in ("day", "month", "year") and d.since.iso()]
        if larger or len(dates) >= 2:
            return reply.flagged(f"'{said[:100]}' speaks of one of them, and '{text.strip()[:80]}' of more: is the "
                                 "figure larger?")
    return reply


_PART_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|these|those)\s+(?P<whole>[\w-]+)\b[^,;.]{0,60},\s*(?P<part>[\w-]+)\b", re.IGNORECASE)


def _part_of_a_whole_checked(reply: Reply) -> Reply:
    """Flagged when the figure read is the part of a larger whole its own sentence names first: the whole may be the
    count asked for, and the part a breakdown of it."""
    from foi_tally.numbers import parse_count

    said = _figure_said(reply)
    match = _PART_OF_THE_WHOLE.search(said)
    if reply.needs_review or match is None or reply.missing_high is None:
        return reply
    if re.search(r"\b(?:wanted|whereabouts|missing|outstanding)\b", said[match.end() :], re.IGNORECASE):
        return reply  # "Of these 970, four are currently circulated as wanted ...": the part is what is asked
    whole, part = parse_count(match["whole"]), parse_count(match["part"])
    if whole is None or part is None or part != (reply.missing_low, reply.missing_high) or whole[0] <= part[1]:
        return reply
    return reply.flagged(f"'{said.strip()[:120]}' gives {range_text(*part)} of {range_text(*whole)}: is the whole the "
                         "figure asked for?")


def _refs_abroad(reply: Reply, tables: list[Table], sentence_texts: list[str]) -> Reply:
    """The listed people a sentence names by reference as abroad ("SP-02 and SP-05"), marked as believed abroad."""
    if reply.layout != "table_of_individuals" or not reply.entries:
        return reply
    said = [
        t for t in sentence_texts
        if _SAID_ABROAD.search(t) and not _NEGATION.search(t) or _said_abroad(t, reply.missing_high or 0)
    ]
    if not said:
        return reply
    refs: dict[str, tuple] = {}  # type: ignore[type-arg]  # a reference's text -> where its row is
    for table in tables:
        header = [c.text for c in table.rows[0]] if table.rows else []
        col = next((i for i, h in enumerate(header) if h and _REF_HEADER.search(h)), None)
        for row in table.rows[1:] if col is not None else ():
            # ("SP-05", "M2", "TVP/B": a digit, or two parts joined)
            if col < len(row) and (text := row[col].text) and re.search(r"\d|\w[/-]\w", text) and len(text) <= 20:
                loc = row[col].locator
                refs[text] = (loc.file, loc.page, loc.sheet, loc.part, loc.row)
    named = set()
    for text in said:
        named |= {where for ref, where in refs.items() if re.search(_naming(ref), text)}
    if not named:
        return reply
    entries = tuple(
        replace(e, status="believed_abroad")
        if (e.locator.file, e.locator.page, e.locator.sheet, e.locator.part, e.locator.row) in named else e
        for e in reply.entries
    )
    return replace(reply, entries=entries)


_REF_HEADER = re.compile(r"^\s*(?:ref(?:erence)?|id|no\.?|number|case|subject|nominal|person|offender)\b", re.IGNORECASE)
_REF_LABEL = r"(?i:\b(?:ref(?:erence)?|id|no\.?|number|case|subject|nominal|person|offender|individual|rso)\s*[#:.]?\s*)"


def _naming(ref: str) -> str:
    """A pattern for a sentence naming a row by its reference: "SP-05" as it is, a bare number only after a label
    ("ID 5", "person 5": in "Of these, 5 are believed to be abroad" the 5 is a count)."""
    lead = _REF_LABEL if ref.isdigit() else ""
    return rf"(?<![\w/-]){lead}{re.escape(ref)}(?![\w/-])"


#: A cell this long is a note, not a status ("Located", "Traced 03/05/2021").
_NOTE_MIN_CHARS = 30
_FOUND_NOTE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:since\s+|subsequently\s+|now\s+)?(?:located|traced|found|arrested|apprehended)\b"
    r"|\bno\s+longer\s+(?:wanted|missing|outstanding)\b|\bcirculation\s+(?:has\s+been\s+|was\s+)?(?:cancelled|withdrawn)\b",
    re.IGNORECASE,
)


def _cells_checked(reply: Reply, tables: list[Table]) -> Reply:
    """Queried when a table gives a figure only roughly ("c. 20"), or marks a person found after the day its figures
    are as of ("extract as at 01/04/2021", a row "Located 03/05/2021": the answer is the figure then, or now, and
    the reply does not say). One walk over the cells serves both: a 10,000-row sheet has 40,000."""
    from foi_tally.dates import find_since

    if reply.status not in ("answered", "partial") or reply.needs_review:
        return reply
    found_after: Cell | None = None
    for table in tables:
        for row in table.rows:
            for cell in row:
                text = cell.text
                if text[:1] in "cCaA~" and _ROUGH_CELL.match(text):
                    return reply.flagged(f"'{text}' ({cell.locator.describe()}) gives a figure only roughly")
                if found_after is None and reply.as_of and text[:1].isalpha() and _FOUND_ON.match(text):
                    days = [m.since.date for m in find_since(text) if m.since.precision == "day" and m.since.date]
                    if days and days[0].isoformat() > reply.as_of:
                        found_after = cell
                if len(text) > _NOTE_MIN_CHARS and text[:1].isalpha() and _FOUND_NOTE.search(text):
                    # a note row across the table: "Note: NP3 was located on 2 March and the circulation cancelled"
                    return reply.flagged(f"'{text[:120]}' ({cell.locator.describe()}) says someone listed has been found: "
                                         "does the table still count them?")
    if found_after is not None:
        return reply.flagged(f"'{found_after.text}' ({found_after.locator.describe()}) was found after the figures' "
                             f"date, {reply.as_of}: is the answer the figure then, or now?")
    return reply


_ABOUT_DATES = re.compile(r"\b(?:dates?|when|since|how\s+long)\b", re.IGNORECASE)
# What a refusal may be said of besides the number: the dates, names, ages, places, another question.
_A_PART = re.compile(
    r"\b(?:dates?|months?\s+and\s+years?|(?:the|their|these|those)\s+months?|names?|ages?|locations?|addresses|identit(?:y|ies)|nationalit(?:y|ies)"
    r"|offen[cs]e\s+(?:types?|details|categor(?:y|ies))|(?:types?|categor(?:y|ies))\s+of\s+offen[cs]es?|mappa\s+(?:levels?|categor(?:y|ies))"
    r"|question\s+(?:2|3|4|two|three|four)|q[234]\b|part\s+(?:2|3|two|three|\(?b\)?|\(?c\)?)|second\s+(?:part|question))\b",
    re.IGNORECASE,
)
_THE_NUMBER = re.compile(
    r"\b(?:number|figures?|how\s+many|totals?|count|whole\s+(?:of\s+)?(?:the\s+|your\s+)?request|all\s+(?:of\s+)?the\s+information"
    r"|(?:the|this|that|any)\s+information\s+(?:you\s+)?(?:requested|asked\s+for|sought)|your\s+request)\b",
    re.IGNORECASE,
)
# ("As the information is reasonably accessible ..., it is exempt", "Whether an offender is wanted ... is not held")
_THE_WHOLE_SUBJECT = re.compile(r"^\s*(?:information|request)\b|\b(?:the|this|that|your)\s+(?:information|request)\b|^\s*whether\b", re.IGNORECASE)
_WITHHOLDING_WORDS = re.compile(r"\b(?:exempt\w*|withh[eo]ld\w*|refus\w*|not\s+held|section\s+\d|s\.?\s?\d\d)", re.IGNORECASE)


def _said_of_a_part_only(sentences: list[str]) -> str | None:
    """The first sentence that withholds a part of the request by name (the dates, the names, question 2), when no
    sentence withholds the number or the request as a whole; else None. What is withheld is what the sentence says
    before its withholding words: "The dates ... are withheld under section 40(2)", not "This information is not held,
    as the date ... is not recorded"."""
    parts, wholes = [], []
    for sentence in sentences:
        found = _WITHHOLDING_WORDS.search(sentence)
        if found is None or _RIGHTS.search(sentence):
            continue
        subject = sentence[: found.start()]
        if _THE_NUMBER.search(subject) or _THE_WHOLE_SUBJECT.search(subject):
            wholes.append(sentence)
        elif _A_PART.search(subject):
            parts.append(sentence)
    return parts[0].strip() if parts and not wholes else None


def _table_beside_not_held(reply: Reply, outcome) -> Reply:  # type: ignore[no-untyped-def]
    """A table of figures beside a sentence saying the number missing now is not held ("the force does not hold a
    report of those whose whereabouts are currently unknown"): the table counts something else, a flow by year, say.
    (A sentence saying only the dates are not held leaves the table the answer.)"""
    if reply.layout not in _TABLE_LAYOUTS or not outcome.not_held or reply.needs_review:
        return reply
    said = next((text for text in outcome.evidence if _MISSING_WORD.found_in(text) and not _ABOUT_DATES.search(text)
                 and re.search(r"\b(?:hold|held)\b", text, re.IGNORECASE)), None)
    if said is None:
        return reply
    return reply.flagged(f"'{said.strip()[:120]}' says the figure asked for is not held, beside a table of figures: what "
                         "does the table count?")


def _after_as_of_checked(reply: Reply) -> Reply:
    """A person said to have gone missing after the day the figures are as of: a misread date, or a figure not as of
    that day (tables check their own cells as they read them)."""
    if not reply.as_of or reply.needs_review:
        return reply
    late = next((e for e in reply.entries if e.since and e.since > reply.as_of[: len(e.since)]), None)
    if late is None:
        return reply
    return reply.flagged(f"'{late.since}' ({late.locator.describe()}) is after the date the figures are as of, {reply.as_of}")


def _span_queried(reply: Reply) -> Reply:
    """A figure given only as a span ("between 10 and 15", "5-6") is the force's own uncertainty, not a figure held
    back: listed for review. A suppressed one ("fewer than five", "*" for 1-4) starts at 1 and stays a range."""
    spans = [(e.count_low, e.count_high, e.text) for e in reply.entries if e.method != "narrowed_by_total"]
    if reply.stated_total_low is not None and reply.stated_total_high is not None:
        spans.append((reply.stated_total_low, reply.stated_total_high, reply.stated_total_text or ""))
    span = next(((low, high, text) for low, high, text in spans if low >= 2 and high > low), None)
    if span is None or reply.needs_review:
        return reply
    low, high, text = span
    return reply.flagged(f"'{text.strip()[:80]}' gives a span, {low}-{high}, not a figure: which is it?")


def _captioned(tables: list[Table], lines: list[Line]) -> list[Table]:
    """Tables without a title, each titled by the line just above it (within two rows), if there is one: a table
    with no header row may say what it counts only there ("RSOs wanted, by year first wanted")."""
    if all(t.title and not _PLACED_TITLE.match(t.title) and t.title != t.locator.sheet for t in tables):
        return tables
    def place(locator: Locator) -> tuple[object, ...]:
        # Rows are counted down a sheet or CSV file, lines down a text; a PDF table numbers its own rows.
        return (locator.file, locator.part, locator.sheet, locator.page, locator.row is None), locator.row or locator.line

    placed: dict[tuple[object, ...], list[tuple[int, str]]] = {}
    for ln in lines:
        where, n = place(ln.locator)
        if n:
            placed.setdefault(where, []).append((n, ln.text))
    captioned = []
    for table in tables:
        if table.title and _PLACED_TITLE.match(table.title) and table.rows:
            # A PDF page's table, titled by where it is: its caption is the page's line above its first row's.
            captioned.append(replace(table, title=_line_above(table, lines) or table.title))
            continue
        where, first = place(table.rows[0][0].locator if table.rows and table.rows[0] else table.locator)
        above = [text for n, text in placed.get(where, ()) if first and first - 3 <= n < first]
        if above and table.title and table.title == table.locator.sheet:
            # a sheet's table, titled by its sheet's name: the line above says more ("Trend - RSOs wanted, position at
            # 31 March each year")
            captioned.append(replace(table, title=f"{table.title} - {above[-1]}"))
            continue
        captioned.append(replace(table, title=above[-1]) if not table.title and above else table)
    return captioned


_PLACED_TITLE = re.compile(r"page \d+ table \d+")


def _line_above(table: Table, lines: list[Line]) -> str | None:
    """The sentence just above a PDF table's first row among its page's lines (where the row is a line too), over
    up to three lines ("... unknown, as at 4 September" / "2023:"), or None."""
    first = " ".join(" ".join(c.text for c in table.rows[0] if c.text).split())
    page = [ln for ln in lines if ln.locator.page == table.locator.page and ln.locator.part == table.locator.part]
    at = next((i for i, ln in enumerate(page) if " ".join(ln.text.split()) == first), None)
    if not at:
        return None
    start = at - 1
    while start > 0 and at - start < 3 and not re.search(r"[.?!:]\s*$", page[start - 1].text):
        start -= 1
    return " ".join(ln.text.strip() for ln in page[start:at])


#: No force has reported anywhere near this many RSOs wanted (the Met's 167 was the largest in 2015): a
#: bigger figure is likelier a year, a phone number or the number managed, read as the answer.
MAX_PLAUSIBLE = 1000


#: How readers word a page that holds a scan nobody could read (see readers/ocr.py).
NEEDS_OCR_PREFIX = "needs OCR"


def _ocr_checked(reply: Reply) -> Reply:
    """Figures read by OCR are low confidence, and listed for review unless the reply confirms itself.

    A misread digit ("3" for "8") cannot be seen in the text, but it breaks the sum: the reply confirms
    itself when a breakdown read separately (table rows, dated lines) adds up to the total it states.
    An undated remainder made from the stated total proves nothing, so it does not count as a breakdown.
    """
    # A suppressed row narrowed by the total ("*" as the total less the rest) proves nothing either.
    derived = [
        e for e in reply.entries
        if (e.precision == "unknown" and e.text == reply.stated_total_text) or e.method == "narrowed_by_total"
    ]
    entries = tuple(replace(e, method="ocr") for e in reply.entries)
    reply = replace(reply, confidence="low", entries=entries)
    confirmed = (
        reply.stated_total_low is not None
        and bool(entries)
        and not derived
        and _total_confirms(reply)
    )
    if confirmed:
        return reply
    return reply.flagged("figures read by OCR and not confirmed by a total in the reply: check them against the scan")


_AS_ADVICE = re.compile(r"\badvice\s+and\s+assistance\b|\bby\s+way\s+of\s+(?:help|assistance)\b", re.IGNORECASE)


def _by_status(entries) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """How many the entries count of each status, as (low, high)."""
    counted: dict[str, tuple[int, int]] = {}
    for e in entries:
        low, high = counted.get(e.status, (0, 0))
        counted[e.status] = (low + e.count_low, high + e.count_high)
    return counted


def _settle(base: Reply, findings: list[Finding], prose: Finding, nil_text: str | None, outcome, answer) -> Reply | None:  # type: ignore[no-untyped-def]
    """One reply from what the layouts found: tables over prose, the stated total checked against the rows."""
    from foi_tally.layouts.prose import EARLIER_FIGURE

    review: list[str] = []
    tables = [f for f in findings if f.entries or f.stated_total]
    if len(tables) > 1:
        totals = {f.entry_total for f in tables}
        if len(totals) > 1:
            review.append("several tables with different totals: " + ", ".join(f"{lo}" for lo, _ in sorted(totals)))
        elif _differ(tables):
            # Two halves of one list (a header repeated part-way) add up alike by chance as often as not.
            review.append("several tables of the same kind with different rows: one list in parts, or two lists?")
        # A table of individuals, then the one with the most dated rows ("by year" over "by area"), then the longest.
        tables = [max(tables, key=lambda f: (
            f.layout == "table_of_individuals", sum(1 for e in f.entries if e.since), len(f.entries)
        ))]
    main = tables[0] if tables else None

    if main is not None:
        layout = "nil_return" if main.stated_total == (0, 0) and not main.entries else main.layout
        entries = list(main.entries)
        # The letter around a table can disagree with itself too; an earlier reply's figure, replaced, does not.
        review += main.review + [r for r in prose.review if not (prose.earlier_reply and r.endswith(EARLIER_FIGURE))]
        if entries and not any(e.since for e in entries) and prose.entries and all(e.since for e in prose.entries):
            # "Wanted ..... 2 / Believed outside UK ..... 2", then "Years first circulated - wanted: 2015, 2017" and so
            # on: the table's figures, dated in lines of their own
            if _by_status(prose.entries) == _by_status(entries):
                entries = list(prose.entries)
            else:
                review.append(f"the letter gives dates ('{prose.entries[0].text[:80]}') that do not match the table's "
                              "undated figures: whose dates are they?")
        abroad = prose.categories.get("believed_abroad")
        in_table = sum(e.count_high for e in entries if e.status == "believed_abroad")
        if abroad and abroad[1] > 0 and (abroad[0], abroad[1]) != (in_table, in_table):
            review.append(_unplaced_abroad(abroad[:2]))
        stated = main.stated_total
        stated_text, stated_locator = main.stated_total_text, main.stated_total_locator
        if prose.stated_total is not None and not prose.earlier_reply:  # (a table's figure replaces an earlier reply's)
            if stated is not None and prose.stated_total != stated:
                review.append(f"the letter's total ({range_text(*prose.stated_total)}) and the table's ({range_text(*stated)}) differ")
            stated, stated_text = stated or prose.stated_total, stated_text or prose.stated_total_text
            stated_locator = stated_locator or prose.stated_total_locator
        rows_low, rows_high = _total(entries) if entries else (0, 0)
        # A total inside the rows' range agrees with them: "*" (1-4) among the rows, and the table's own total.
        if stated is not None and entries and not (rows_low <= stated[0] and stated[1] <= rows_high):
            review.append(f"stated total {range_text(*stated)} but the table's rows add up to {range_text(*_total(entries))}")
        elif stated is not None and stated[0] == stated[1] and rows_low < rows_high:
            entries = _narrowed(entries, stated[0])
    elif prose.entries or prose.stated_total is not None or prose.categories:
        review += prose.review
        stated, stated_text, stated_locator = prose.stated_total, prose.stated_total_text, prose.stated_total_locator
        entries = _prose_entries(prose, stated, review)
        # "There are no RSOs whose whereabouts are unknown": a stated zero is a nil return, said in prose.
        layout = "nil_return" if stated == (0, 0) and not entries else "prose"
        if layout == "nil_return" and outcome.not_held and not outcome.not_held_of_parts:
            # "does not hold the information ...: none of our 700 or so offender records carries such a flag": no
            # record kept, or nobody missing?
            review.append(f"the letter says the information is not held, and gives a nought ('{(stated_text or '')[:100]}'): "
                          "a nil return, or not held?")
    elif nil_text is not None and (
        not (outcome.refused or outcome.ncnd or outcome.not_held and not outcome.not_held_of_parts)
        or re.search(_ALL_ACCOUNTED_FOR, nil_text, re.IGNORECASE)
    ):
        entry_text = nil_text
        return replace(
            base,
            status="answered",
            layout="nil_return",
            stated_total_low=0,
            stated_total_high=0,
            stated_total_text=entry_text,
        )
    else:
        status = "unknown"
        if outcome.ncnd:
            status = "ncnd"
        elif outcome.cost:
            status = "refused"  # a s12 refusal often explains what is "not held" in a searchable form
        elif outcome.not_held and not outcome.not_held_of_dates_only:
            status = "not_held"  # (not "does not hold the date on which each went missing" beside a figure no rule read)
        elif outcome.refused or outcome.cost or outcome.exemptions:
            status = "refused"
        if status == "unknown":
            return None
        return replace(base, status=status, layout="refusal" if status == "refused" else status)

    if outcome.ncnd and not entries and stated is None:
        return replace(base, status="ncnd", layout="ncnd")
    status = "partial" if outcome.exemptions else "answered"
    if stated is None and not entries:
        return None
    reply = replace(
        base,
        status=status,
        layout=layout,
        entries=tuple(entries),
        warnings=base.warnings + tuple(main.warnings if main is not None else ()),
        stated_total_low=stated[0] if stated else None,
        stated_total_high=stated[1] if stated else None,
        stated_total_text=stated_text,
    )
    if outcome.not_held and any(_AS_ADVICE.search(text or "") for text in (stated_text, *(e.text for e in entries))):
        # "this information is not held ... By way of advice and assistance, the PNC shows 4 people with an outstanding
        # warrant ...": a figure offered in place of the one asked for, of something near it
        review.append("the figure is given as advice and assistance, beside a reply saying the information is not held: "
                      "is it the figure asked for?")
    if outcome.ncnd_whole:
        # A letter that neither confirms nor denies holding the information, yet gives a figure, contradicts itself
        # (or its NCND is about a part the figure does not touch, in words no rule tells apart): a person says which.
        review.append("the reply neither confirms nor denies holding information, yet gives a figure: which holds?")
    for reason in dict.fromkeys(review):
        reply = reply.flagged(reason)
    return reply


def _loose_figures_checked(reply: Reply, figures: list[tuple[tuple[int, int], str]], tables: list[Table]) -> Reply:
    """Flagged for each figure said without saying of whom ("I can confirm there are four", "Total: 7") that is not
    the count read; a table's own row said again as a line ("Total 1,360" under a caseload table) is no such figure."""
    if not figures or reply.status not in ("answered", "partial"):
        return reply  # (in a refusal, _queried asks about such a figure with the others)
    def said(text: str) -> str:  # "Total: 540." as the row "Total | 540" says it
        return " ".join(text.replace(":", " ").rstrip(".").split())

    rows = {said(" ".join(c.text for c in row if c.text)) for t in tables for row in t.rows[-3:]}
    for bounds, text in figures:
        if bounds != (reply.missing_low, reply.missing_high) and said(text) not in rows:
            reply = reply.flagged(f"'{text[:120]}' gives a figure without saying of whom, and it is not the count read")
    return reply


def _differ(tables: list[Finding]) -> bool:
    """Whether two of the tables read the same way (both of individuals, say) give different rows."""
    by_layout: dict[str | None, set[tuple[tuple[str | None, int, int, str], ...]]] = {}
    for f in tables:
        rows = tuple(sorted((e.since or "", e.count_low, e.count_high, e.status) for e in f.entries))
        by_layout.setdefault(f.layout, set()).add(rows)
    return any(len(kinds) > 1 for kinds in by_layout.values())


# "the figure today (4 February 2019) is 6", "The figure now, as at 7 January 2019, is 8", "It should have read
# "four"": a figure said to be the current or the corrected one, in words that do not say of whom.
_THE_FIGURE_NOW = re.compile(
    r"\b(?:figure|number|total|position)\s+(?:(?:today|now|currently|at\s+present)\b|\((?:today|now|as\s+(?:at|of))\b)[^.;]{0,50}?"
    r"\b(?:is|stands\s+at)\s+(?P<figure>[^.;]{1,30})"
    r"|\bshould\s+(?:have\s+)?(?:read|been|stated)\s+(?P<corrected>[^.;,]{1,20})",
    re.IGNORECASE,
)


def _another_figure_now(sentences: list[str], reply: Reply) -> str | None:
    """The first sentence giving a current or corrected figure other than the reply's, or None."""
    from foi_tally.numbers import find_counts

    for text in sentences:
        for match in _THE_FIGURE_NOW.finditer(text):
            said = match["figure"] or match["corrected"]
            counts = find_counts(said.strip(" \"'\u201c\u201d\u2018\u2019"))
            if counts and counts[0].start == 0 and (counts[0].low, counts[0].high) != (reply.missing_low, reply.missing_high):
                return text.strip()
    return None


# "four ... were wanted ..., and two were believed to have gone abroad": a second figure joined to the first, not a
# part of it ("and two of them were believed ..." is a part).
_AND_SO_MANY_ABROAD = re.compile(
    r"\band\s+(?:a\s+further\s+|another\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:were|are|was|is|had|have)\s+"
    r"(?:(?:also|each)\s+)?(?:believed|thought|understood|known|reported)\b",
    re.IGNORECASE,
)
# "Eight ... are unknown: six are thought to be in the UK ... and two are believed to be living abroad": the total, then
# its parts.
_SPLIT_BEFORE = re.compile(r"[:\u2013\u2014]|\s-\s|\b(?:in|within)\s+(?:the\s+)?(?:uk|united\s+kingdom|this\s+country)\b", re.IGNORECASE)
# "- 6 are wanted ...;" over "- 2 are believed to have travelled abroad ...": two items of one list.
_LIST_ITEM = re.compile(r"^\s*(?:[-\u2013\u2022*\u25cf\u25aa]|\(?[a-z0-9]\))\s+\S")


def _abroad_beside_the_total(abroad_text: str, total_text: str) -> bool:
    """Whether the figure believed abroad is said as another of the reply's figures rather than as a part of the total:
    joined to it by "and" in its sentence, or an item of the same list."""
    if abroad_text == total_text:
        joined = _AND_SO_MANY_ABROAD.search(abroad_text)
        return bool(joined) and not _SPLIT_BEFORE.search(abroad_text, 0, joined.start())
    return bool(_LIST_ITEM.match(abroad_text) and _LIST_ITEM.match(total_text))


def _unplaced_abroad(abroad: tuple[int, int]) -> str:
    return (
        f"the letter says {range_text(*abroad)} {'is' if abroad[1] == 1 else 'are'} believed abroad, but not which of "
        "the figures by date: their statuses are not recorded"
    )


def _narrowed(entries: list[MissingEntry], total: int) -> list[MissingEntry]:
    """Suppressed rows ("*", "<5") narrowed by the reply's own total: each lies between the total less the
    most and the total less the least the other rows can hold. One suppressed row beside exact ones is thus the
    total less the rest, exactly; several keep a range, a narrower one."""
    low_sum, high_sum = _total(entries)
    narrowed = []
    for e in entries:
        low = max(e.count_low, total - (high_sum - e.count_high))
        high = min(e.count_high, total - (low_sum - e.count_low))
        if (low, high) != (e.count_low, e.count_high):
            e = replace(e, count_low=low, count_high=high, method="narrowed_by_total")
        narrowed.append(e)
    return narrowed


# ("Details of when each went missing are:", "The length of time each has been outstanding is:": one item a person)
_WHOLE_BREAKDOWN = re.compile(
    r"\b(?:in\s+the\s+following\s+(?:years?|months?|dates?)|as\s+follows|broken\s+down\s+by|when\s+each|time\s+each"
    r"|date\s+each|each\s+(?:went|has\s+been|had\s+been|was|were)\b)",
    re.IGNORECASE,
)


def _prose_entries(prose: Finding, stated: tuple[int, int] | None, review: list[str]) -> list[MissingEntry]:
    """Dated breakdown, then categories, then an undated remainder, adding up to the stated total."""
    entries = list(prose.entries)
    dated = _total(entries)
    if stated is None:
        if entries and prose.categories:
            review.append("a breakdown and categories but no stated total: cannot tell how they overlap")
        if not entries and prose.categories:
            if set(prose.categories) == {"believed_abroad"}:
                # "2 are believed to be abroad" is a part of the answer, not the whole of it.
                review.append("only a 'believed abroad' figure was found; the reply states no total")
            for status, (low, high, text, locator) in prose.categories.items():
                entries.append(_undated(low, high, status, text, locator))
        return entries
    if dated[1] > stated[1]:
        review.append(f"the dated breakdown adds up to {range_text(*dated)}, more than the stated total {range_text(*stated)}")
        return entries
    missing, wanted = prose.categories.get("missing"), prose.categories.get("wanted")
    # "4 RSOs are wanted and 2 are missing": one undated entry for each status, if they make up the total.
    if missing and wanted and not entries and "believed_abroad" not in prose.categories and (
        (wanted[0] + missing[0], wanted[1] + missing[1]) == stated
    ):
        return [_undated(*part[:2], status, part[2], part[3]) for status, part in (("wanted", wanted), ("missing", missing)) if part[1]]
    remainder = (max(0, stated[0] - dated[0]), stated[1] - dated[1])
    if remainder[1] and len(entries) >= 2 and (prose.listed_whole or any(_WHOLE_BREAKDOWN.search(e.text) for e in entries)):
        # "They went missing in the following years: 2007 - 3 ..." sets out all of them, and does not add up.
        review.append(f"the dated breakdown adds up to {range_text(*dated)}, less than the stated total {range_text(*stated)}")
    abroad = prose.categories.get("believed_abroad")
    if abroad and abroad[0] == stated[0] and abroad[1] == stated[1]:
        # "All five are believed to be abroad": every entry carries the category.
        entries = [replace(e, status="believed_abroad") for e in entries]
        if remainder[1]:
            entries.append(_undated(*remainder, "believed_abroad", abroad[2], abroad[3]))
        return entries
    traced = prose.categories.get("wanted")
    if not entries and abroad and traced:
        # "5 are being traced within the UK and 2 are believed to be abroad" must add up to the total.
        parts = (abroad[0] + traced[0], abroad[1] + traced[1])
        if parts != stated:
            review.append(
                f"the categories ({range_text(*traced[:2])} being traced, {range_text(*abroad[:2])} believed abroad) add up to "
                f"{range_text(*parts)}, not the stated total {range_text(*stated)}"
            )
            return [_undated(*stated, "wanted", prose.stated_total_text or "", prose.stated_total_locator)]
    if abroad and abroad[0] != abroad[1] and abroad[1] > 0:
        # "fewer than 5 are believed abroad" of an exact 9: the parts would be ranges that no longer add up to 9.
        review.append(f"'{abroad[2][:120]}' gives those believed abroad only as a range: the split is not recorded")
    elif abroad and abroad[1] and _abroad_beside_the_total(abroad[2], prose.stated_total_text or ""):
        review.append(f"'{abroad[2][:120]}' gives those believed abroad beside the {range_text(*stated)}: are they among "
                      "them or besides them?")
    elif abroad and abroad[1] <= remainder[0]:
        entries.append(_undated(abroad[0], abroad[1], "believed_abroad", abroad[2], abroad[3]))
        remainder = (remainder[0] - abroad[0], remainder[1] - abroad[1])
    elif abroad and abroad[0] == abroad[1] == sum(e.count_high for e in entries if e.status == "believed_abroad"):
        pass  # "2006 (two, one of whom is believed to be abroad)": the dated figures already place them
    elif abroad and abroad[1] > 0 and (picked := _abroad_among(abroad, entries)) is not None:
        entries = picked  # "Of these, the two most recent are believed to be abroad"
    elif abroad and abroad[1] > 0:
        review.append(_unplaced_abroad(abroad[:2]))
    if missing and not wanted and missing[0] == missing[1] <= remainder[0] and all(e.since is None for e in entries):
        # "6: four wanted, one missing person and one believed abroad": the missing person is a part of the rest.
        entries.append(_undated(missing[0], missing[1], "missing", missing[2], missing[3]))
        remainder = (remainder[0] - missing[0], remainder[1] - missing[1])
    if traced and traced[:2] == remainder:
        # The rest are the ones said to be traced: cite that sentence rather than the total's.
        entries.append(_undated(remainder[0], remainder[1], "wanted", traced[2], traced[3]))
    elif remainder[1] > 0 and prose.stated_total_locator is not None:
        entries.append(
            _undated(remainder[0], remainder[1], "wanted", prose.stated_total_text or "", prose.stated_total_locator)
        )
    return entries


# "Across the two force areas, seven ...", "the data is not held in a way that separates the two forces", "across the
# alliance there are 9 ... The figure cannot be separated by force": one figure
# for an alliance's forces together, which is not either force's answer.
_TWO_FORCES_TOGETHER = Caseless(
    r"\b(?:across|covering)\s+(?:both|the\s+two|the\s+(?:alliance|collaboration)(?:'s)?)\s+(?:police\s+)?"
    r"(?:force\s+areas|forces|force\s+areas?\s+combined|areas|counties)\b"
    r"|\b(?:separates?|split|separate\s+out|distinguish(?:es)?\s+between)\s+the\s+two\s+forces\b"
    r"|\b(?:combined|joint)\s+(?:figure|total)\s+for\s+(?:both|the\s+two)\b|\bboth\s+forces\s+(?:combined|together)\b"
    r"|\bacross\s+the\s+(?:alliance|collaboration|partnership)\b"
    r"|\b(?:cannot|can\s*not|can't|unable\s+to|not\s+(?:possible|able)\s+to)\s+(?:be\s+)?(?:separated?|split|broken\s+down"
    r"|disaggregated?)\b[^.;]{0,30}\bforces?\b"
)


_FIGURE_STOOD_AT = re.compile(
    r"(?:\b(?:this|the|that)\s+(?:figure|number|total)|\b(?:this|that|it)(?=\s+(?:had|has|now|since|stood|stands|fell|rose)))"
    r"\s+(?:had\s+|has\s+)?(?:now\s+|since\s+)?"
    r"(?:stood|stands|fell|rose|dropped|changed|reduced|increased|gone\s+(?:down|up)|risen|fallen)\s+(?:now\s+)?(?:to|at)\s+"
    r"(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)
# "We have therefore interpreted your request as relating to those wanted on warrant", "Other offenders whose address is
# unverified are not included in this figure": the force answered a narrower question than the one asked.
_ANSWERED_AS_READ = Caseless(
    r"\binterpreted\s+(?:your|the|this)\s+request\s+(?:as|to\s+(?:mean|cover))\b"
    r"|\bother\s+(?:registered\s+sex\s+)?(?:offenders|rsos|individuals|persons)\b[^.;]{0,80}?\bnot\s+(?:been\s+)?included\b"
)


# "Across Kent and Essex there are currently 9": one figure across two forces' areas, named.
# ("... across Kent, Surrey and Sussex": three of them.)
_NAME = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}"
# ("... across the area covered by Kent Police and Essex Police": the same, by the area.)
_ACROSS_NAMED = re.compile(
    r"\b[Aa]cross\s+(?:both\s+|all\s+three\s+)?(?:the\s+)?(?:(?:force\s+)?areas?\s+(?:covered|policed|served)\s+by\s+(?:both\s+)?)?"
    rf"(?P<a>{_NAME})(?:,\s+{_NAME})*,?\s+(?:and|&)\s+(?P<b>{_NAME})"
)
# "This figure includes 3 individuals recorded by Essex Police": some of another force's people counted in.
_ANOTHER_FORCES_PEOPLE = re.compile(
    r"\b(?:[Ii]ncludes?|[Ii]ncluding|[Cc]omprises?|[Ii]ncorporates?)\b[^.;]{0,60}?\b(?:recorded|managed|circulated|held|wanted"
    rf"|registered|supervised)\s+(?:by|with|in)\s+(?:the\s+)?(?P<a>{_NAME})"
)


def _across_named_forces(text: str, force: str | None) -> bool:
    """Whether the sentence gives one figure for two forces' areas, or counts another force's people in."""
    return any(
        (a := area_named(m["a"])) and (b := area_named(m["b"])) and a != b for m in _ACROSS_NAMED.finditer(text)
    ) or any((a := area_named(m["a"])) and a != force for m in _ANOTHER_FORCES_PEOPLE.finditer(text))


_TABLE_LAYOUTS = frozenset({"table_of_individuals", "counts_by_year", "counts_by_category"})
# "... since been located and is not included in the table": the table already leaves them out.
_LEFT_OUT = re.compile(r"\b(?:not\s+(?:been\s+)?(?:included|counted|shown|listed)|(?:excluded|removed|omitted)\b)", re.IGNORECASE)


#: A column naming the force of each row holds at most this many different texts (the forces, a total, a heading).
FORCE_COLUMN_TEXTS = 60


def _forces_by_row(table: Table) -> tuple[int | None, list[str]]:
    """The column whose cells name a force for each row ("West Mercia Police | 5", "2019 | Cheshire Constabulary |
    2"), and the forces it names; (None, []) when no column names two or more."""
    width = max((len(row) for row in table.rows), default=0)
    for col in range(min(width, 4)):
        texts = _few_texts(table, col)
        if texts is None:
            continue  # references or dates, one for each person: a column naming forces repeats a few names
        if PLACE_COLUMN_HEADING.search(next(iter(texts), "")):
            continue  # "Believed location | Northern Ireland", "Scotland": where each person is thought to be, not a force
        named = list(dict.fromkeys(n for text in texts if (n := area_named(text))))
        # (or one, under a "Force" heading beside rows for no force: a template's "Example Police" row left in)
        if len(named) >= 2 or named and len(texts) > 2 and _FORCE_COLUMN_HEADING.match(next(iter(texts))):
            return col, named
    return None, []


_FORCE_COLUMN_HEADING = re.compile(r"^\s*(?:police\s+)?force(?:\s+name)?\s*$", re.IGNORECASE)
#: A column of where each person is thought to be ("Believed location", "Country"): its places are not forces.
PLACE_COLUMN_HEADING = re.compile(r"\b(?:location|where|country|whereabouts|abroad|overseas)\b", re.IGNORECASE)


def _few_texts(table: Table, col: int) -> dict[str, None] | None:
    """The column's different texts, each once; None as soon as there are more than FORCE_COLUMN_TEXTS (a column
    of references in a 10,000-row sheet is given up after its first rows)."""
    texts: dict[str, None] = {}
    for row in table.rows:
        if col < len(row) and (text := row[col].text) and text not in texts:
            texts[text] = None
            if len(texts) > FORCE_COLUMN_TEXTS:
                return None
    return texts


def forces_in_table(table: Table) -> set[str]:
    """The forces a table gives a row or a column each."""
    named = set(_forces_by_row(table)[1])
    for row in table.rows[:3]:
        columns = {n for c in row if (n := area_named(c.text))}
        if len(columns) >= 2:
            named |= columns
    return named


def _own_columns(table: Table, force: str) -> Table:
    """A table with a column for each of several forces ("| West Mercia Police | Warwickshire Police"), cut to the
    row labels and the replying force's column. Unchanged when no header row names the force beside another."""
    for row in table.rows[:3]:
        named = {i: n for i, c in enumerate(row) if (n := area_named(c.text))}
        if len(set(named.values())) >= 2 and force in named.values():
            # The row labels before the forces' columns, and the force's own: not a "Total" or "Alliance" column.
            keep = [i for i in range(max(len(r) for r in table.rows)) if named.get(i) == force or i < min(named)]
            return replace(table, rows=tuple(tuple(r[i] for i in keep if i < len(r)) for r in table.rows))
    return table


def _own_rows(table: Table, force: str) -> Table:
    """A table with a row (or a block of rows) for each of several forces, cut to the replying force's rows and
    the header above them: an alliance's table answers for each force apart. Unchanged when the force is not one
    of them."""
    col, named = _forces_by_row(table)
    if col is None or force not in named:
        return _own_columns(table, force)
    kept: list[tuple[Cell, ...]] = []
    current: str | None = None
    begun = False
    for row in table.rows:
        text = row[col].text if col < len(row) else ""
        if (name := area_named(text)) is not None:
            current, begun = name, True
        elif text.strip() and begun:
            current = None  # "Total", "Alliance": not the force's own row
        # (above the first force's row, the headings; not a row of figures for no force: "Example Police (delete
        # this row) | 12 | 3", a template's example left in)
        if (not begun and (row is table.rows[0] or not (text.strip() and _a_row_of_figures(row, col)))) or current == force:
            kept.append(row)
    return replace(table, rows=tuple(kept))


def _a_row_of_figures(row: tuple[Cell, ...], label_col: int | None = None) -> bool:
    """Whether a row's cells (beside its label, if given) hold figures (a count or a date), as a data row's do and a
    heading's do not."""
    return any(
        isinstance(c.value, (int, float, dt.date)) or (c.text[:1].isdigit()) for i, c in enumerate(row) if i != label_col and c.text
    )


def _queried(
    reply: Reply, doc: Document, sentence_texts: list[str], unread: list[Table], own_lines: list[Line],
    totals: list[tuple[tuple[int, int], str, Cell]], context: Context, loose: set[str] | frozenset[str] = frozenset(),
) -> Reply:
    """The reply flagged for what the document says around its answer: that the answer is still to come, is in
    an attachment that is not here, or may be in a table or line nobody read; or a total beside the table."""
    from foi_tally.layouts.prose import PARTLY_UNREAD_DATE, SINCE_FOUND, SUCH_PEOPLE, UNREAD_DATE, unread_date

    # (not "We aim to respond within 20 working days" said of a complaint or review, in the sentence before or its own)
    if reply.status in ("refused", "ncnd", "not_held") and any(
        _HOLDING.search(text) and not _RIGHTS.search(text) and not (n and _RIGHTS.search(sentence_texts[n - 1]))
        for n, text in enumerate(sentence_texts)
    ):
        reply = reply.flagged("a holding reply: the force says it will answer later")
    elif reply.status in ("answered", "partial") and (asked := next((m for text in sentence_texts if (m := _NOT_YET_ANSWERED.search(text))), None)):
        # "We acknowledge receipt of your request ... which reads: '... 31 ...'", "could you please clarify ...": a
        # figure in such a message is the requester's, or an old one
        reply = reply.flagged(f"the reply says '{asked.group(0)}': an acknowledgement or a request for clarification, "
                              "not the answer; is the figure read the force's answer?")
    # (a web page's parts are its headings, not attachments)
    attached = doc.format != "html" and (any(line.locator.part for line in doc.lines) or any(t.locator.part for t in doc.tables))
    pointer = None if attached else next(
        (m for text in sentence_texts if not _RIGHTS.search(text) and (m := _SEE_ATTACHED.search(text))), None
    )
    if pointer is not None:
        reply = reply.flagged(f"the reply points to an attachment ('{pointer.group(0)}') that is not here")
    if reply.status in ("answered", "partial") and not reply.needs_review and reply.missing_low is not None and any(
        _BREAKDOWN_BELOW.found_in(text) for text in sentence_texts
    ):
        from foi_tally.layouts.tables import lone_totals

        # "There are 9 ... A breakdown by division is provided below." over "Division | Number" whose total row says 8
        other = next(((bounds, text) for t in unread for bounds, text, _ in lone_totals(list(t.rows), context)
                      if bounds != (reply.missing_low, reply.missing_high)), None)
        if other is not None:
            reply = reply.flagged(f"the breakdown's '{other[1]}' and the figure read ({range_text(reply.missing_low, reply.missing_high or 0)}) "
                                  "differ: which is right?")
    if reply.status in ("refused", "ncnd", "not_held") and not reply.needs_review:
        # A refusal of the dates, say, beside a table nobody recognised: the answer may be in that table.
        table = next((t for t in unread if _may_hold_the_answer(t, doc)), None)
        figure_line = next((ln for ln in own_lines if _FIGURE_LINE.match(ln.text)), None)
        status = reply.status.replace("_", " ")
        figure_sentence = None if table or figure_line else next(
            (
                text for n, text in enumerate(sentence_texts)
                # (or a figure said without saying of whom: "we can however tell you there are currently 10")
                if text.strip() in loose or (
                    # ("a quick search of the ViSOR whereabouts unknown indicator was made ... It returned 14 records.")
                    _SEARCH_RETURNED.found_in(text) and _MISSING_WORD.found_in(" ".join(sentence_texts[max(0, n - 1) : n + 1]))
                ) or (
                    (_MISSING_WORD.found_in(text) or _ANSWER_LINE.match(text) or SUCH_PEOPLE.search(text)
                     or _YOUR_REQUESTS_TERMS.found_in(text))  # "approximately 20 offenders who fall within the scope ..."
                    and (_people_counted(text, context) or _SIZE_WITHOUT_A_FIGURE.search(text) or _bound_given(text))
                    # "Officers believe the number to be around 30": an estimate in place of the figure not held
                    # ("there were over 30 ... We have not given an exact number": a bound in place of it)
                ) or _people_counted(text, context, rough_only=True)
            ),
            None,
        )
        if table is not None:
            reply = reply.flagged(
                f"the reply reads as {status}, but the table at {table.locator.describe()} ({len(table.rows)} rows) "
                "was not read: is the answer in it?"
            )
        elif figure_line is not None:
            reply = reply.flagged(
                f"the reply reads as {status}, but '{figure_line.text.strip()}' ({figure_line.locator.describe()}) "
                "reads like a figure: is it the answer?"
            )
        elif figure_sentence is not None:
            # An exemption cited for the dates alone, say, beside a figure said in words no rule reads.
            reply = reply.flagged(
                f"the reply reads as {status}, but '{figure_sentence.strip()[:120]}' gives a figure about the "
                "missing: is it the answer?"
            )
        elif (lead := _list_led(own_lines)) is not None:
            # "... as wanted because their whereabouts were unknown, grouped by the year in which each was circulated:"
            # over lines no layout read: the people, withheld details aside
            reply = reply.flagged(f"the reply reads as {status}, but '{lead.text.strip()[-120:]}' ({lead.locator.describe()}) "
                                  "leads a list that was not read: is the answer in it?")
    if (
        reply.status == "refused" and not reply.needs_review
        and ("s21" in reply.exemptions or any(_UPHELD.search(text) for text in sentence_texts))
        and (earlier := next((text for text in sentence_texts if _MISSING_WORD.found_in(text) and _people_counted(text, context, earlier_ok=True)), None))
    ):
        # "... exempt under section 21" (published elsewhere) or "The original response is upheld": the answer is an
        # earlier one, and "That response gave the number ... as 7" may quote it
        reply = reply.flagged(f"the reply reads as refused but stands by an earlier answer, and '{earlier.strip()[:120]}' "
                              "gives a figure about the missing: is it the answer?")
    if reply.status == "refused" and not reply.needs_review and set(reply.exemptions) == {"s21"}:
        # Section 21 alone: the information is published elsewhere, so the figure exists; it is not in this reply
        reply = reply.flagged("refused under section 21 alone (published elsewhere): the figure is where the reply "
                              "points, not in it; look it up there")
    if reply.status in ("refused", "not_held") and not reply.needs_review and (part := _said_of_a_part_only(sentence_texts)):
        # "The dates on which they went missing are withheld under section 40(2)", and no figure read: the number may
        # be there in words no rule reads
        reply = reply.flagged(f"'{part[:120]}' withholds only part of the request: was the number itself given?")
    if reply.status in ("answered", "partial") and not reply.needs_review and (other := _another_figure_now(sentence_texts, reply)):
        # "was 7. For your information, the figure today (4 February 2019) is 6.", "It should have read "four"": a later
        # or corrected figure said of "the figure", which no rule reads as the total
        reply = reply.flagged(f"'{other[:120]}' gives a later or corrected figure than the one read: which is the answer?")
    dated = {e.since for e in reply.entries if e.since}
    figure_read = reply.status in ("answered", "partial") and bool(reply.missing_high)
    partly_undated = figure_read and (not dated or any(not e.since for e in reply.entries))
    if partly_undated and not reply.needs_review:
        # A figure read with no dates (or not all) beside a table no rule read whose rows give dates: the people's?
        dates_table = next((t for t in unread if _a_column_of_dates(t, years=bool(dated))), None)
        if dates_table is not None:
            reply = reply.flagged(f"the table at {dates_table.locator.describe()} gives dates that no one was given: "
                                  "whose are they?")
    if figure_read and not dated and not reply.needs_review and _beyond_the_letter(doc):
        # "The dates are set out in the attached schedule": a figure read with no dates, from a letter that says
        # where its dates are, and more pages or parts that may hold them (an annex no rule could read: turned on
        # its side, say). A cover letter alone points at another file, which is read on its own.
        elsewhere = next((m for text in sentence_texts if (m := _DATES_GIVEN_ELSEWHERE.search(text)) and not _NEGATION.search(text)), None)
        if elsewhere is not None:
            reply = reply.flagged(f"'{elsewhere.group(0)[:100]}': the reply gives dates elsewhere, but none were read; "
                                  "check when each went missing")
    if partly_undated and not reply.needs_review:
        # A figure read in a way that gave none (or not all) of its people a date, in a letter that says when they
        # went missing on a date no one was given.
        said = unread_date(sentence_texts, context, dated)  # (not `unread`, the tables no rule read)
        if said is not None:
            reply = reply.flagged((PARTLY_UNREAD_DATE if dated else UNREAD_DATE).format(said[:120]))
    elif figure_read and not reply.needs_review:
        # Everyone read has a date, yet a list of other dates, a line each, was read by no rule: more people?
        said = unread_date(sentence_texts, context, dated, lists_only=True)
        if said is not None:
            reply = reply.flagged(PARTLY_UNREAD_DATE.format(said[:120]))
    if reply.layout in _TABLE_LAYOUTS and reply.missing_high and not reply.needs_review:
        # "Some of the offenders above have subsequently been traced": the table's rows may count them.
        found = next((text for text in sentence_texts if SINCE_FOUND.search(text) and not _LEFT_OUT.search(text)), None)
        if found is not None:
            reply = reply.flagged(f"'{found.strip()[:120]}' says some have since been found: does the table still count "
                                  "them?")
    if reply.status in ("answered", "partial") and reply.missing_high and not reply.needs_review:
        by_force = next(((t, named) for t in doc.tables if (named := _forces_by_row(t)[1]) and reply.force not in named), None)
        if by_force is not None:
            table, named = by_force
            reply = reply.flagged(f"the table at {table.locator.describe()} gives a row for each of {', '.join(named)}: "
                                  f"the answer is {reply.force or 'the replying force'}'s row alone, not their sum")
    if reply.status in ("answered", "partial") and reply.missing_high and not reply.needs_review:
        together = next((text for text in sentence_texts if _TWO_FORCES_TOGETHER.found_in(text) or _across_named_forces(text, reply.force)), None)
        if together is not None:
            reply = reply.flagged(f"'{together.strip()[:120]}': the figure is for two forces together; how many are "
                                  f"{reply.force or 'this force'}'s?")
    if reply.status in ("answered", "partial") and reply.missing_high is not None and not reply.needs_review:
        # "At the time of your request there were 21 ... As at 1 May, the date of this response, this figure stood at 19."
        from foi_tally.layouts.prose import not_this_answer
        from foi_tally.numbers import parse_count

        later = next((m for text in sentence_texts for m in _FIGURE_STOOD_AT.finditer(text)
                      if (n := parse_count(m["n"])) is not None and n != (reply.missing_low, reply.missing_high)
                      and not not_this_answer(text[: m.start("n")], text, context)), None)  # "Last year it stood at 9"
        if later is not None:
            reply = reply.flagged(f"'{later.group(0)}' gives the figure at another date than "
                                  f"{range_text(reply.missing_low, reply.missing_high)}: which date's figure is the answer?")
    if reply.status in ("answered", "partial") and reply.missing_high and not reply.needs_review:
        narrowed = next((text for text in sentence_texts if _ANSWERED_AS_READ.found_in(text)), None)
        if narrowed is not None:
            reply = reply.flagged(f"'{narrowed.strip()[:120]}': the figure answers the force's own reading of the request; "
                                  "is it the count asked for?")
    if reply.layout == "nil_return" and not reply.needs_review:
        # "None are wanted. Two, however, are recorded as missing": a nil statement about one kind of the missing
        # beside a figure about another, or about the same people in words no rule reads.
        figure_sentence = next(
            (text for text in sentence_texts if _MISSING_WORD.found_in(text) and _people_counted(text, context)), None
        )
        if figure_sentence is not None:
            reply = reply.flagged(
                f"the reply says none are missing, but '{figure_sentence.strip()[:120]}' gives a figure about the "
                "missing: which is the answer?"
            )
    requests = sum(1 for line in own_lines if _REQUEST_HEADING.match(line.text))
    if requests >= 2:
        # A disclosure log's page often lists several requests, each with its response: a figure may be another's.
        reply = reply.flagged(f"the document holds {requests} requests and their responses: check the figure answers this one")
    for bounds, text, cell in totals:
        if bounds != (reply.missing_low, reply.missing_high):
            counted = range_text(reply.missing_low or 0, reply.missing_high or 0)
            reply = reply.flagged(f"'{text}' at {cell.locator.describe()} and the table's {counted} differ")
    return reply


#: How the spreadsheet readers note rows they left out: "sheet 'Data': 2 hidden row(s) were not read".
_HIDDEN_ROWS = re.compile(r"^sheet '(?P<sheet>.*)': \d+ hidden row\(s\) were not read$")


# "An offender may appear in both categories", "some are counted in more than one": the parts overlap.
_OVERLAP = Caseless(
    r"\b(?:appear|counted|included|recorded|listed|feature)\s+(?:\w+\s+){0,2}?in\s+(?:both|more\s+than\s+one|several"
    r"|multiple|each\s+of\s+the)\b|\bnot\s+mutually\s+exclusive\b|\bcounted\s+(?:more\s+than\s+once|twice)\b"
    r"|\b(?:categories|figures|groups)\s+(?:may\s+|do\s+|can\s+)?overlap"
)


# "2 RSOs are circulated as wanted in connection with offences on the railway": wanted for a crime, which says
# nothing of whether their whereabouts are known. Failing to notify is the offence the request is about.
_FOR_OFFENCES = Caseless(r"\bwanted\s+(?:\w+\s+){0,3}?(?:in\s+connection\s+with|for)\s+(?:\w+\s+){0,2}?(?:offen[cs]es?|crimes?)\b")
_NOTIFICATION = Caseless(r"\bnotif\w*|\bnotify|\bbreach\w*|\bfail\w*\s+to\s+comply|\bwhereabouts|\bunknown\b")


def _wanted_for_offences_checked(reply: Reply) -> Reply:
    """Flagged when the figure counts people wanted for offences and its sentence does not say they are missing."""
    if reply.status not in ("answered", "partial"):
        return reply
    texts = {e.text for e in reply.entries if e.text} | ({reply.stated_total_text} if reply.stated_total_text else set())
    said = next((t for t in texts if _FOR_OFFENCES.found_in(t) and not _NOTIFICATION.found_in(t)), None)
    if said is None:
        return reply
    return reply.flagged(
        f"'{said.strip()[:120]}' counts people wanted for offences: are their whereabouts unknown?"
    )


# "We are not able to identify which of these are registered sex offenders", "The PNC does not record whether a wanted
# person is a registered sex offender": the figure counts others besides.
_NOT_TOLD_APART = Caseless(
    r"\b(?:not\s+(?:be\s+)?(?:able\s+to\s+)?|unable\s+to\s+|cannot\s+|can\s*not\s+|does\s+not\s+|do\s+not\s+)(?:identify|say|tell|"
    r"record|distinguish|separate|establish)\s+(?:which|whether|how\s+many)\b[^.;]{0,80}?\b(?:registered\s+sex\s+offenders?|rsos?)\b"
)


def _not_told_apart_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when the reply says it cannot tell which of the people it counts are registered sex offenders ("402
    persons circulated as wanted on PNC. We are not able to identify which of these are registered sex offenders"):
    the figure is of all of them."""
    if reply.status not in ("answered", "partial") or not reply.entries:
        return reply
    return _flagged_by_a_sentence(reply, sentences, _NOT_TOLD_APART, ": the figure may count people who are not registered sex offenders")


# "row 17 duplicates row 9 ... and should be disregarded", "one offender appears twice": a row the reply itself says not
# to count.
_ROW_DISOWNED = Caseless(
    r"\b(?:rows?|lines?|entr(?:y|ies)|records?|offenders?|individuals?|persons?)\b[^.;]{0,60}?\b(?:duplicates?|is\s+a\s+duplicate"
    r"|should\s+(?:be\s+)?(?:disregarded|ignored|excluded|removed|deleted|not\s+(?:be\s+)?(?:counted|included))"
    r"|(?:appears?|is\s+listed|was\s+listed|counted|recorded|circulated)\s+twice)\b"
)


def _rows_disowned_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when a table was counted and the reply says one of its rows is not to be ("row 17 duplicates row 9 and
    should be disregarded"): the rows counted may be one too many."""
    if reply.status not in ("answered", "partial") or reply.layout not in ("table_of_individuals", "counts_by_year", "counts_by_category"):
        return reply
    return _flagged_by_a_sentence(reply, sentences, _ROW_DISOWNED, ": a row the reply says not to count; check the count")


# "* since located (19/02/2016) and no longer wanted": a note, by its mark, that someone listed is no longer missing;
# not one saying they still are ("* believed to have died abroad but remains circulated").
_MARKED_FOUND_NOTE = re.compile(
    r"^\s*(?P<mark>[*\u2020\u2021#]{1,3}|\d{1,2})\s*[:.)-]?\s+(?=.*\b(?:located|traced|found|arrested|in\s+custody|deceased|died"
    r"|no\s+longer\s+(?:wanted|missing)|not\s+(?:included|counted))\b)"
    r"(?!.*\b(?:remains?|still)\s+(?:circulated|wanted|missing|outstanding)\b)(?!.*\bnot\s+(?:been\s+|yet\s+)?confirmed\b)",
    re.IGNORECASE,
)


def _marked_as_found_checked(reply: Reply, doc: Document) -> Reply:
    """Flagged when a table cell carries the mark of a note saying someone is no longer missing ("Wanted*" over "* since
    located"): that row may not belong in the count."""
    if reply.status not in ("answered", "partial") or reply.layout not in ("table_of_individuals", "counts_by_year", "counts_by_category"):
        return reply
    notes = {m["mark"]: line.text for line in doc.lines if (m := _MARKED_FOUND_NOTE.match(line.text))}
    if not notes:
        return reply
    for table in doc.tables:
        for row in table.rows[1:]:
            for cell in row:
                text = cell.text.rstrip()
                mark = next((m for m in notes if text.endswith(m) and len(text) > len(m) and (not m.isdigit() or text[-len(m) - 1].isalpha())), None)
                if mark is not None:
                    return reply.flagged(f"'{text}' at {cell.locator.describe()} carries the mark of the note '{notes[mark].strip()[:80]}': "
                                         "is that row still to be counted?")
    return reply


_NOT_INCLUDED = Caseless(r"\b(?:do|does|did)\s+not\s+include|\bexclud\w*|\bnot\s+included\b")


# "offenders managed at MAPPA levels 2 and 3, who may be sexual or violent offenders": a figure of both kinds.
_EITHER_KIND = Caseless(
    r"\b(?:may|might|could|can)\s+(?:also\s+)?(?:be|include)\s+(?:either\s+)?(?:sex(?:ual)?\s+or\s+violent|violent\s+or\s+sex(?:ual)?)"
    r"\s+offenders?\b|\b(?:includes?|including|covers?)\s+(?:both\s+)?(?:sex(?:ual)?\s+and\s+violent|violent\s+and\s+sex(?:ual)?)\s+offenders\b"
)


def _violent_offenders_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when a sentence counts violent offenders beside the figure read ("14 offenders managed on ViSOR ...
    Of these, 9 are registered sex offenders; the other 5 are violent offenders"): is the figure of sex offenders
    alone? A sentence saying they are left out of it ("This does not include violent offenders") is no such doubt."""
    from foi_tally.layouts.common import counts_violent_offenders
    from foi_tally.numbers import find_counts

    if reply.status not in ("answered", "partial") or reply.needs_review:
        return reply
    said = next((
        s for s in sentences
        if counts_violent_offenders(s) and not _NOT_INCLUDED.found_in(s) and any(c.high > 0 for c in find_counts(s))
    ), None)
    if said is None:
        return _flagged_by_a_sentence(reply, sentences, _EITHER_KIND, ": the figure may count violent offenders too")
    return reply.flagged(f"'{said.strip()[:120]}' counts violent offenders too: is the figure read of registered sex "
                         "offenders alone?")


# "A breakdown by division is provided below", "broken down by area in the table": a table that splits the figure.
_BREAKDOWN_BELOW = Caseless(
    r"\b(?:breakdown|broken\s+down|split)\b[^.;]{0,60}?\b(?:below|attached|following|table)\b"
    r"|\b(?:below|following)\b[^.;]{0,30}?\bbreakdown\b"
)
# "It returned 14 records", "the search identified 9 offenders": what a search found, said after what it looked for.
_SEARCH_RETURNED = Caseless(
    r"\b(?:returned|found|identified|showed|produced)\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+"
    r"(?:records?|results?|offenders?|individuals?|people|persons?|nominals?|matches)\b"
)
# "over 30", "in excess of 150", "at least 4": a figure given only as a bound.
_A_BOUND = Caseless(
    r"\b(?:over|more\s+than|in\s+excess\s+of|at\s+least|upwards\s+of|no\s+fewer\s+than)\s+\d[\d,]*\s+"
    r"(?:of\s+(?:them|these|those)\b|(?:registered\s+sex\s+)?(?:offenders?|rsos?|individuals?|people|persons?)\b)"
)
# "which manages more than 1,500 offenders": a caseload, not a bound on the missing.
_MANAGES_BEFORE = re.compile(r"\bmanag\w*\s*$", re.IGNORECASE)


def _bound_given(text: str) -> bool:
    """Whether a sentence gives a figure only as a bound ("over 30 registered sex offenders"), not of a caseload ("which
    manages more than 1,500 offenders")."""
    return any(not _MANAGES_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) for m in _A_BOUND.finditer(text))


#: Lines under a lead that make it a list: short, and all but a heading over them with a figure or a date.
LIST_MIN_LINES = 3


def _list_led(lines: list[Line]) -> Line | None:
    """A line ending in a colon, in a passage about the missing, over short lines with digits in them (a list of the
    people or their figures, under a heading perhaps); None if there is none."""
    for i, line in enumerate(lines):
        text = line.text.rstrip()
        if not text.endswith(":"):
            continue
        start = i  # (the lead's sentence, wrapped over the lines above it)
        while start > max(0, i - 2) and not lines[start - 1].text.rstrip().endswith((".", "?", "!", ":")):
            start -= 1
        if not _MISSING_WORD.found_in(" ".join(ln.text for ln in lines[start : i + 1])):
            continue
        below = lines[i + 1 : i + 2 + LIST_MIN_LINES]
        if len(below) > LIST_MIN_LINES and all(len(ln.text) <= 80 for ln in below) and sum(
            any(ch.isdigit() for ch in ln.text) for ln in below
        ) >= LIST_MIN_LINES:
            return line
    return None


def _flagged_by_a_sentence(reply: Reply, sentences: list[str], pattern: Caseless, why: str) -> Reply:
    """The reply flagged, quoting the first sentence the pattern finds and saying why; as it was if none."""
    said = next((text for text in sentences if pattern.found_in(text)), None)
    return reply if said is None else reply.flagged(f"'{said.strip()[:120]}'{why}")


def _total_confirms(reply: Reply) -> bool:
    """Whether the reply states a total and it is the count read: the force's own word for the figure."""
    return reply.stated_total_low is not None and (reply.stated_total_low, reply.stated_total_high) == (
        reply.missing_low, reply.missing_high
    )


def _overlap_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when the reply adds up parts that it says may overlap, with no total of its own to go by."""
    if reply.status not in ("answered", "partial") or len(reply.entries) < 2:
        return reply
    if _total_confirms(reply) and any(e.text != reply.stated_total_text for e in reply.entries):
        return reply  # (a total said apart from its parts; not "6 ... on the PNC, and 4 ... on ViSOR" added up)
    return _flagged_by_a_sentence(reply, sentences, _OVERLAP, ": the parts may overlap, so their sum may count someone twice")


# "this category includes both offenders whose location abroad is known and those whose location is not": a figure
# mixing the missing with people the police know the whereabouts of.
_KNOWN_AND_UNKNOWN = Caseless(
    r"\bboth\s+(?:\w+\s+){0,2}?whose\s+(?:location|whereabouts|address)\b[^.;]{0,30}?\b(?:is|are)\s+known\s+and\s+(?:those|others)\s+whose\b"
)


def _known_and_unknown_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when the reply says a figure it gives counts people whose whereabouts are known with those whose are not:
    how many of them are missing cannot be read."""
    if reply.status not in ("answered", "partial"):
        return reply
    return _flagged_by_a_sentence(reply, sentences, _KNOWN_AND_UNKNOWN, ": how many of them are missing is not said")


# "2016 figure as at 10/02/2016", "at the date of each request", "decreased from 11 to 9": figures by year that are
# each year's figure, not the years people went missing in.
_YEARLY_FIGURES = Caseless(
    r"\bat\s+the\s+(?:date|time)\s+of\s+each\b|\b(?:19|20)\d\d\s+figure\b|\bfigure\s+(?:for|in)\s+(?:19|20)\d\d\b"
    r"|\b(?:increased|decreased|risen|fallen|rose|fell|dropped|gone\s+(?:up|down)|went\s+(?:up|down)|changed)\s+from\s+\d{1,4}"
    r"\s+(?:\([a-z-]+\)\s+)?to\s+\d|\b(?:up|down)\s+from\s+\d{1,4}\b|\bcompared\s+(?:with|to)\s+(?:\d{1,4}\s+)?(?:last\s+year"
    r"|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))\b|\blast\s+year['\u2019]s\s+figure\b"
    r"|\bsame\s+(?:time|date|point)\s+(?:last|the\s+previous)\s+year\b|\bas\s+previously\s+(?:disclosed|supplied|provided|given|reported)\b"
)


def _yearly_snapshots_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when figures by year are added up in a reply that compares one year's figure with another's: each may
    be the number missing at that year's date, the same people counted again, not how many went missing that year."""
    years = {e.since for e in reply.entries if e.precision == "year"}
    if reply.status not in ("answered", "partial") or len(years) < 2 or _total_confirms(reply):
        return reply
    said = next((text for text in sentences if _YEARLY_FIGURES.found_in(text)), None)
    if said is None:
        return reply
    return reply.flagged(f"'{said.strip()[:120]}' compares years' figures: is each year's the number missing at that "
                         "date (not to be added up), rather than how many went missing that year?")


# "this person is in addition to (a)", "(c) 2 - not included in (a)": one lettered part's people besides another's.
_BESIDES_A_PART = Caseless(
    r"\b(?:in\s+addition\s+to|additional\s+to|not\s+(?:already\s+)?(?:included|counted)\s+(?:in|at|within|under)|besides)\s+"
    r"(?:(?:part|question|category)\s+)?\(\s*[a-e1-9]\s*\)"
)


def _besides_a_part_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when the reply says one lettered part's figure is besides another's: the parts may need adding (or
    not) in a way no rule reads, and a figure of one part read as the total would hide it."""
    if reply.status not in ("answered", "partial") or reply.needs_review:
        return reply
    return _flagged_by_a_sentence(reply, sentences, _BESIDES_A_PART, " says one part's figure is besides another's: check the total adds them")


# "9 male and 1 female registered sex offenders": the figure said in two parts.
_BY_SEX = re.compile(r"\b(\d{1,4})\s+(?:males?|men)\s+and\s+(\d{1,4})\s+(?:females?|women)\b"
                     r"|\b(\d{1,4})\s+(?:females?|women)\s+and\s+(\d{1,4})\s+(?:males?|men)\b", re.IGNORECASE)


def _split_by_sex_checked(reply: Reply, sentences: list[str]) -> Reply:
    """Flagged when a sentence gives the figure split by sex and the count read is not the two parts together."""
    if reply.status not in ("answered", "partial") or reply.needs_review or not _BY_SEX.search(" ".join(sentences)):
        return reply
    for text in sentences:
        if (split := _BY_SEX.search(text)) and _MISSING_WORD.found_in(text):
            parts = [int(n) for n in split.groups() if n is not None]
            if reply.missing_high != sum(parts):
                return reply.flagged(f"'{text.strip()[:120]}' gives the figure in parts by sex ({' and '.join(map(str, parts))}): "
                                     "the count read is not their sum")
    return reply


# "the position at 31 December", "at year end", "at the end of each year": figures as they stood at each year's end.
_YEAR_END = Caseless(
    r"\b(?:at|on|as\s+at|as\s+of)\s+(?:the\s+)?31(?:st)?\s+(?:of\s+)?december\b(?![\s,]*(?:\d|'))"
    r"|\byear[\s-]*end\b|\bend\s+of\s+(?:each|the|every)\s+(?:calendar\s+)?year\b"
)
# "Current (16/03/2023)", "Today", "Now": a column of the figure today beside columns of years.
_NOW_HEADING = re.compile(r"^\s*(?:current(?:ly)?|today|now|live|at\s+present|present)\b", re.IGNORECASE)


def _year_end_positions_checked(reply: Reply, doc: Document) -> Reply:
    """Flagged when figures by year may be positions at each year's end (to be compared, never added up): the letter,
    or the request it quotes, speaks of year ends; a column of the figure today stands beside the years; or each
    figure is dated the last day of a month in a different year ("31/12/2019: 27", "31/12/2020: 33")."""
    if reply.status not in ("answered", "partial") or reply.needs_review or _total_confirms(reply):
        return reply
    years = {e.since[:4] for e in reply.entries if e.since and e.precision == "year"}
    days = {e.since[5:] for e in reply.entries if e.since and e.precision == "day"}
    month_ends = len({e.since[:4] for e in reply.entries if e.since and e.precision == "day"}) >= 2 and len(days) == 1 and _a_month_end(
        next(iter(days))
    )
    if len(years) < 2 and not month_ends:
        return reply
    said = next((line.text for line in doc.lines if _YEAR_END.found_in(line.text)), None)
    now_column = next(
        (cell.text for table in doc.tables for cell in table.rows[0] if _NOW_HEADING.match(cell.text)
         and sum(1 for c in table.rows[0] if re.fullmatch(r"\s*(?:19|20)\d\d\s*", c.text)) >= 2),
        None,
    ) if doc.tables else None
    if said is None and now_column is None and not month_ends:
        return reply
    why = f"'{said.strip()[:100]}'" if said else f"a column headed '{now_column}'" if now_column else "each figure's date, the same day of each year,"
    return reply.flagged(f"{why} says the figures by year may be positions at each year's end, not to be added up: "
                         "which is the figure now?")


def _a_month_end(month_day: str) -> bool:
    """Whether "MM-DD" is the last day of its month (29 February too)."""
    import calendar

    month, day = (int(part) for part in month_day.split("-"))
    return day >= calendar.monthrange(2001, month)[1]


def _hidden_rows_checked(reply: Reply, warnings: list[str]) -> Reply:
    """Flagged when the rows counted share a sheet with hidden rows, or text was struck through, and no total in
    the reply confirms the count.

    A hidden row is often someone since found, hidden rather than deleted, and is rightly left out; but it
    may as well be a person the force meant to count. Only the force's own total tells which.
    """
    hidden = {m.group("sheet") for w in warnings if (m := _HIDDEN_ROWS.match(w))}
    struck = any(w.endswith(STRUCK_THROUGH) for w in warnings)
    if not hidden and not struck:
        return reply
    sheets = {e.locator.sheet for e in reply.entries} & hidden
    if _total_confirms(reply) or reply.status not in ("answered", "partial"):
        return reply
    if struck:
        reply = reply.flagged(
            "text struck through (often a person since found) was left out, and no total in the reply confirms the "
            "count: check it"
        )
    if sheets:
        reply = reply.flagged(
            f"sheet '{min(sheets)}' has hidden rows, left out of the count, and no total in the reply confirms "
            "it: check whether they hold people to count"
        )
    return reply


# "We aim to respond in full by 3 March", "extend the time for a public interest test": the answer is to follow.
# "The number ... is in double figures", "a handful": how many, said without a figure a rule could read.
_SIZE_WITHOUT_A_FIGURE = re.compile(r"\bin\s+(?:single|double|treble|triple)\s+(?:figures|digits)\b|\ba\s+handful\b", re.IGNORECASE)
_ASKS_TO_CLARIFY = (
    r"\b(?:could|can|would)\s+you\s+(?:please\s+)?clarify\b|\bplease\s+clarify\b"
    # "Please could you confirm whether question 2 should cover ...?"
    r"|\b(?:please\s+)?(?:could|can|would)\s+you\s+(?:please\s+)?confirm\s+(?:whether|if|which|that\s+you)\b"
)
_HOLDING = re.compile(
    r"\b(?:aim|expect|hope|intend)\s+to\s+(?:respond|reply|provide\s+(?:you\s+with\s+)?(?:a|our|the)\s+(?:full\s+)?"
    r"(?:response|reply|answer))|\bextend(?:ed|ing)?\s+the\s+(?:time|deadline|period)\b|\bbeyond\s+the\s+(?:original\s+)?"
    r"deadline\b|\bsection\s+10\s*\(\s*3\s*\)|\bholding\s+(?:reply|response|letter)\b"
    r"|\bwe\s+will\s+(?:aim\s+to\s+|endeavour\s+to\s+|try\s+to\s+)?(?:respond|reply)\b[^.;]{0,30}?\b(?:by|within|no\s+later\s+than)\b"
    r"|\b(?:need|require)\s+(?:more|further|additional|extra)\s+time\s+to\s+consider\b"
    r"|\b(?:need|require)\s+(?:a\s+)?further\s+\d+\s+working\s+days\b"
    # "we have not yet reached a decision", "we will write to you again by 1 August", "we are considering whether
    # sections 31 and 40 apply", "unable to provide a response ... within the statutory 20 working days", "please clarify"
    r"|\bnot\s+yet\s+(?:reached|made|taken)\s+(?:a|our|the)\s+decision\b|\bdecision\s+will\s+be\s+(?:reached|made|taken)\b"
    r"|\b(?:write|respond|reply|contact\s+you)\s+(?:to\s+you\s+)?again\b|\b(?:are|is)\s+(?:still\s+)?considering\s+whether\b"
    r"|\bwithin\s+the\s+(?:statutory\s+)?(?:20|twenty)\s+working\s+days?\b[^.;]{0,60}?\b(?:apologi[sz]e|delay|as\s+soon\s+as)"
    r"|\b(?:unable|not\s+able)\s+to\s+(?:provide\s+(?:a|our|the)\s+(?:full\s+)?response|respond)\b[^.;]{0,40}?\bwithin\b"
    rf"|{_ASKS_TO_CLARIFY}|\bclarification\b[^.;]{{0,60}}\b(?:receive|provide|hear)\b",
    re.IGNORECASE,
)
# "We acknowledge receipt of your request", "logged as a new request", "could you please clarify": no answer yet.
_NOT_YET_ANSWERED = re.compile(
    r"\backnowledge\s+(?:the\s+)?receipt\b|\blogged\s+as\s+a\s+new\s+request\b|\bshould\s+receive\s+a\s+(?:full\s+)?response\s+by\b"
    rf"|{_ASKS_TO_CLARIFY}",
    re.IGNORECASE,
)


def holding_said(text: str) -> str | None:
    """The first sentence of a text saying the answer is still to come (a holding reply, an acknowledgement, a
    request for clarification), not of a review or complaint; or None."""
    return next((
        sentence for sentence in re.split(r"(?<=[.!?])\s+", text)
        if (_HOLDING.search(sentence) or _NOT_YET_ANSWERED.search(sentence)) and not _RIGHTS.search(sentence)
    ), None)


# "Please see attached", "the attached table sets out the number": the answer is in a file sent with the reply.
def _beyond_the_letter(doc: Document) -> bool:
    """Whether the reply holds more than a one-page letter: later pages, or parts (attachments) of its own."""
    return any(line.locator.part or (line.locator.page or 1) > 1 for line in doc.lines) or any(
        t.locator.part or (t.locator.page or 1) > 1 for t in doc.tables
    )


# "The dates are set out in the attached schedule", "the year each was first circulated is attached as Appendix A".
_DATES_GIVEN_ELSEWHERE = re.compile(
    r"\b(?:dates?|years?|months?|details)\b[^.;]{0,80}?\b(?:(?:is|are)\s+(?:set\s+out|given|shown|listed|provided|detailed|attached|in)"
    r"|can\s+be\s+found)\b[^.;]{0,30}?\b(?:attached|annex\w*|appendix|schedule|enclosed|enclosure|overleaf|below)\b",
    re.IGNORECASE,
)
_SEE_ATTACHED = re.compile(
    r"\b(?:please\s+)?(?:see|find)\s+(?:the\s+)?attached\b|\bthe\s+attached\s+(?:table|spreadsheet|schedule|document"
    r"|file)\s+(?:sets\s+out|shows|contains|gives|provides|lists)\b"
    # ("The response letter is available to download below": a web page pointing to the letter)
    r"|\b(?:response|letter|reply|answer)\s+is\s+available\s+to\s+(?:download|view)\b",
    re.IGNORECASE,
)
# An attached sheet of complaint rights is not the answer.
_RIGHTS = re.compile(r"\b(?:complain\w*|rights?|review|appeal|Information\s+Commissioner|dissatisfied)\b", re.IGNORECASE)
# A short line giving a figure for the missing, as a table without rules leaves it: "Wanted 12", "Missing: 0".
_FIGURE_LINE = re.compile(
    r"^\s*(?:[A-Za-z][\w /()'-]{0,40}?\s)?(?:wanted|missing|whereabouts\s+unknown|abscond\w*|untraced)\b[\w /()'-]{0,20}?"
    r"[:\s-]\s*\d{1,4}\s*$",
    re.IGNORECASE,
)
_MISSING_WORD = Caseless(
    r"\b(?:wanted|missing|whereabouts|wu\b|abscond|circulated|untraced|unaccounted|seeking\s+to\s+trace|looking\s+for"
    r"|address(?:es)?\s+(?:is|are)\s+(?:currently\s+)?unknown"
    r"|location\s+(?:is\s+)?(?:unknown|cannot\s+be\s+established|could\s+not\s+be\s+established))"
)


# A heading that opens a request on a disclosure log's page ("Request", "Request:").
_REQUEST_HEADING = re.compile(r"^\s*(?:the\s+)?request(?:\s+(?:made|received|details))?\s*:?\s*$", re.IGNORECASE)
# "Answer: 6", "A1 Six.": an answer given under its question.
# ("Question 1: five (5).": a numbered part of the request answered by its number)
_ANSWER_LINE = re.compile(r"^\s*(?:answer|response|reply|a\d{1,2}|(?:question|q|part)\s*\d{1,2}\s*[:.-])\s*[:.-]?\s*\S", re.IGNORECASE)


# "every one of", "not one is wanted": "one" there counts nobody.
_QUANTIFIER_BEFORE = re.compile(r"\b(?:every|each|not|no|any)\s*$", re.IGNORECASE)


def _people_counted(sentence: str, context: Context, rough_only: bool = False, earlier_ok: bool = False) -> bool:
    """Whether a sentence holds a figure that may count this force's missing: one not followed by a unit of time
    or money, and not another figure (the nation's, another force's, last year's unless `earlier_ok`). With
    `rough_only`, only a figure said roughly counts ("in the region of thirty")."""
    from foi_tally.layouts.prose import NOT_PEOPLE_UNITS, caseload, not_this_answer
    from foi_tally.numbers import find_counts

    # (A figure of questions or parts of the request is no figure of people either.)
    not_people = re.compile(rf"^\s*(?:{NOT_PEOPLE_UNITS}|questions?|parts?)\b", re.IGNORECASE)
    return any(
        c.high > 0 and not not_people.match(sentence[c.end :]) and not caseload(sentence[c.end :], sentence[: c.start])
        and (not rough_only or _ROUGHLY_BEFORE.search(sentence[: c.start]))
        and not _QUANTIFIER_BEFORE.search(sentence[: c.start])
        and not not_this_answer(sentence[: c.start], sentence, context, earlier_ok)
        for c in find_counts(sentence)
    )


# "The original response is upheld", "I uphold the original decision": a review standing by the first answer.
_UPHELD = re.compile(
    r"\b(?:original|earlier|initial|previous|first)\s+(?:response|decision|answer|reply)\s+(?:is|was|has\s+been)\s+"
    r"(?:therefore\s+|hereby\s+)?upheld\b|\b(?:I|we)\s+(?:have\s+)?(?:uphold|upheld)\s+(?:the|our)\s+(?:original|earlier|initial|first)\s+"
    r"(?:response|decision|answer|reply)\b",
    re.IGNORECASE,
)




# "around 30", "c. 30", "in the region of thirty", "put the figure at approximately 25": a figure, if only a rough one.
_ROUGHLY_BEFORE = re.compile(
    r"\b(?:around|approximately|approx\.|roughly|circa|c\.|in\s+the\s+region\s+of|an\s+estimated|estimated\s+at)\s*$", re.IGNORECASE
)


_SHEET_FORMATS = ("csv", "xlsx", "xls", "ods")
_SHEET_MEMBER = re.compile(r"\.(?:csv|xlsx|xlsm|xls|ods)$", re.IGNORECASE)


def _from_a_sheet(table: Table, doc: Document) -> bool:
    """Whether a table is a spreadsheet's (the reply itself, or an attachment or archive member of it)."""
    return doc.format in _SHEET_FORMATS or bool(table.locator.part and _SHEET_MEMBER.search(table.locator.part.split(" > ")[0]))


def _a_column_of_dates(table: Table, years: bool = False) -> bool:
    """Whether two rows or more of a table hold a full date (a day, or a month and year) in the same column; with
    `years`, three rows or more holding a year alone count too."""
    from foi_tally.dates import find_since

    width = max((len(r) for r in table.rows), default=0)
    for col in range(width):
        cells = [r[col] for r in table.rows if col < len(r) and any(ch.isdigit() for ch in r[col].text)]
        dated = sum(1 for c in cells[:20] if (found := find_since(c.text)) and found[0].since.precision in ("day", "month"))
        if dated >= 2 or (years and sum(1 for c in cells[:20] if _YEAR_ALONE.fullmatch(c.text)) >= 3):
            return True
    return False


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _may_hold_the_answer(table: Table, doc: Document) -> bool:
    """A table about the missing (its words say so), or a spreadsheet sent as the reply or with it, with figures
    in it: counts or dates in two rows or more; or any table of counts down to their total. ("I enclose the number ..., by division" and a sheet headed only
    "Division | Number".) Not a cost limit's estimate of the hours answering would take."""
    from foi_tally.layouts.tables import adds_up, is_cost_estimate

    if is_cost_estimate(table):
        return False
    texts = [c.text for row in table.rows for c in row if c.text]
    if not _from_a_sheet(table, doc) and not any(_MISSING_WORD.found_in(text) for text in texts):
        return adds_up(table)  # ("Policing District | Number" down to its total: the figures released on review)
    return sum(1 for row in table.rows[1:] if _a_row_of_figures(row)) >= 2


def _not_joined(lines: list[Line], rows: list[tuple[Cell, ...]]) -> list[Line]:
    """The lines, less those of loose rows a table took in (join_continued): a row is read once."""
    if not rows:
        return lines
    at = {(row[0].locator.file, row[0].locator.part, row[0].locator.sheet, row[0].locator.row) for row in rows}
    return [ln for ln in lines if (ln.locator.file, ln.locator.part, ln.locator.sheet, ln.locator.row) not in at]


def _not_answering(tables: list[Table], off_topic: list[Line]) -> list[Table]:
    """The tables, less those a page sets under a question not about the missing (their first row is one of its
    answer's lines). A table that is not in the page's lines (a Word table) cannot be placed, and stays."""
    placed = {(ln.locator.part, ln.locator.page, " ".join(ln.text.split())) for ln in off_topic}
    return [
        t for t in tables
        if not t.rows or (t.locator.part, t.locator.page, " ".join(" ".join(c.text for c in t.rows[0] if c.text).split())) not in placed
    ]


def _not_table_rows(lines: list[Line], findings: list[Finding], read_as_labels: Sequence[Table] = ()) -> list[Line]:
    """The lines, less those that only restate a row of a table the table layouts have read from a page.

    A PDF's text holds its tables' rows as lines too: read again as sentences, they would say nothing the
    table has not said, and a 50-page table would be read twice over (most of the time such a reply takes).
    Only tables whose figures stand (entries or a total, as _settle takes them over prose) are compared, and
    a spreadsheet's tables are not in its lines at all. Tables `read_as_labels` (a page's "Question | Response" form,
    its rows read as "question: answer" lines) are compared whatever they hold.
    """
    tables = [
        f.table for f in findings
        if (f.entries or f.stated_total) and isinstance(f.table, Table) and f.table.locator.page is not None
    ] + list(read_as_labels)
    if not lines or not tables:
        return lines
    rows = {" ".join(" ".join(c.text for c in row if c.text).split()) for table in tables for row in table.rows}
    return [line for line in lines if " ".join(line.text.split()) not in rows]


_ELSEWHERE_WORD = Caseless(r"\b(?:abroad|overseas|left\s+the\s+(?:uk|united\s+kingdom|country))\b")


def _one_row_of_several(reply: Reply, tables: list[list[Line]]) -> Reply:
    """Flagged when the figure read is one 'label | count' row of a table whose other rows count the missing too
    ("Wanted on warrant 5", "Reported as a missing person 3", "Believed to have left the UK 3"): categories that
    may overlap, or add up, or be the answer themselves; no rule tells which."""
    from foi_tally.numbers import find_counts

    used = {e.locator for e in reply.entries}
    total = (reply.stated_total_text or "").strip()

    def read(line: Line) -> bool:
        return line.locator in used or bool(total) and (line.text.strip() in total or total in line.text)

    for lines in tables:
        if not any(read(line) for line in lines):
            continue
        others = [
            line for line in lines
            if not read(line) and (_MISSING_WORD.found_in(line.text) or _ELSEWHERE_WORD.found_in(line.text))
            and any(c.high > 0 for c in find_counts(line.text))
        ]
        if others:
            return reply.flagged(
                f"the figure read is one row of a table whose other rows count the missing too ('{others[0].text}'): "
                "which is the answer, or do they add up?"
            )
    return reply


_QUESTION_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}\s*[.):]\s+", re.IGNORECASE)
_ANSWER_NUMBER = re.compile(r"^\s*(?:a(?:nswer)?|response)\s*\d{0,2}\s*[.):\-\u2013]\s*", re.IGNORECASE)


def _label_rows(tables: list[Table]) -> list[Line]:
    """Every short row of a label and its value ("Extract date | 06/01/2023") as one line, wherever it stands:
    a sheet's filter rows above a pivot fall under its header and are not read as label lines there."""
    lines = []
    for table in tables:
        for row in table.rows:
            if len(row) <= 3:
                filled = [c for c in row if c.text]
                if len(filled) == 2 and not any(ch.isdigit() for ch in filled[0].text):
                    lines.append(Line(f"{filled[0].text}: {filled[1].text}", filled[1].locator))
    return lines


def _label_value_lines(table: Table) -> list[Line]:
    """Rows of a two-column 'label | value' table read as sentences ("Wanted - whereabouts unknown: 0").

    A one-record table (a header row over one row of values) reads the same way, column by column.
    """
    from foi_tally.layouts.common import count_with_aside, is_one_count
    from foi_tally.layouts.tables import question_and_answer_columns, request_log_columns

    if log := request_log_columns(table.rows):
        return _answers_in_the_log(table, *log)
    lines = []
    header = [c.text for c in table.rows[0]] if table.rows else []
    languages = [i for i, text in enumerate(header) if _LANGUAGE_HEADING.fullmatch(text)]
    if len(languages) >= 2:
        # "Cymraeg | English": the letter in two languages side by side, each column its own running text.
        return [Line(row[i].text, row[i].locator) for i in languages for row in table.rows[1:] if i < len(row) and row[i].text]
    if (columns := question_and_answer_columns(header)) is not None:
        asked, answered = columns
        # "No. | Question | Response": each question with its answer, as "How many are wanted ...: Five (5)."
        for row in table.rows[1:]:
            # The answer may be a sentence here ("Of the nine: six ... in the UK, three ... abroad"): the table is the letter.
            if max(asked, answered) < len(row) and row[asked].text and len(row[answered].text) <= ANSWER_MAX_CHARS:
                value = _ANSWER_NUMBER.sub("", row[answered].text)  # ("A1. 3 (as at 27/02/2014)": the answer's own label)
                bare = value.rstrip(" .;,")  # "Fourteen (14)."
                # "...: Five (5)" is no heading over "(5)"; nor "...: Fewer than five (exact figure withheld ...). ..."
                value = bare.lower() if is_one_count(bare) else value[:1].lower() + value[1:] if count_with_aside(bare) else value
                question = _QUESTION_NUMBER.sub("", row[asked].text).rstrip(" ?.")  # "2. For each ...": no count of 2
                lines.append(Line(f"{question}: {value}.", row[answered].locator))
        return lines
    # (not "Number of RSOs wanted ... | 4" over "Dates wanted | Withheld": two rows, each a label and its value)
    first = [c.text for c in table.rows[0] if c.text] if table.rows else []
    if len(table.rows) == 2 and not (len(first) == 2 and not first[0][:1].isdigit() and is_one_count(first[1])):
        for head, cell in zip(table.rows[0], table.rows[1]):
            if head.text and cell.text and _is_value(cell.text):
                lines.append(Line(f"{head.text}: {cell.text}.", cell.locator))
        row = table.rows[1]
        if len(row) == 2 and row[0].text and not any(ch.isdigit() for ch in row[0].text) and _is_value(row[1].text):
            # "Measure | Number" over "RSOs with a 'WU' flag | 31": the one row is a label and its value too.
            lines.append(Line(f"{row[0].text}: {row[1].text}.", row[1].locator))
        return lines
    for row in table.rows:
        filled = [c for c in row if c.text]
        if len(filled) == 2 and not filled[0].text.replace(",", "").isdigit() and _is_value(filled[1].text):
            lines.append(Line(f"{filled[0].text}: {filled[1].text}.", filled[1].locator))
    return lines


_LANGUAGE_HEADING = re.compile(r"\s*(?:cymraeg|welsh|saesneg|english)\s*", re.IGNORECASE)


def _asks_and_answers(table: Table) -> bool:
    """Whether a table is a "Question | Response" table."""
    from foi_tally.layouts.tables import question_and_answer_columns

    return bool(table.rows) and question_and_answer_columns([c.text for c in table.rows[0]]) is not None


# A request's subject about registered sex offenders ("Registered sex offenders - whereabouts unknown", "RSOs").
_ABOUT_RSOS = re.compile(r"\b(?:registered\s+sex|sex(?:ual)?\s+offenders?|RSOs?)\b", re.IGNORECASE)


def _answers_in_the_log(table: Table, h: int, subject: int, response: int) -> list[Line]:
    """The responses of a disclosure log's requests about RSOs missing, wanted or whereabouts unknown, each as a
    sentence under its subject; the log's other requests (dog bites, people wanted on warrant) say nothing of ours."""
    lines = []
    for row in table.rows[h + 1 :]:
        if max(subject, response) >= len(row) or not row[response].text:
            continue
        asked, answered = row[subject].text, row[response].text
        if _ABOUT_RSOS.search(asked) and (_MISSING_WORD.found_in(asked) or _MISSING_WORD.found_in(answered)):
            lines.append(Line(f"{asked.rstrip(' .:')}: {answered}", row[response].locator))
    return lines


#: A cell longer than this is prose (a paragraph in a side-by-side Welsh | English table), not a value.
VALUE_MAX_CHARS = 40
#: A "Question | Response" table's answer cell read as the answer to its question, up to this long.
ANSWER_MAX_CHARS = 300


def _is_value(text: str) -> bool:
    """A value cell ("0", "Nil", "fewer than five", "Sept 2004"), not a sentence that the text already holds."""
    return len(text) <= VALUE_MAX_CHARS and not re.search(r"[.!?]\s+\S", text)


def _undated(low: int, high: int, status: str, text: str, locator: Locator) -> MissingEntry:
    return MissingEntry(
        since=None, precision="unknown", count_low=low, count_high=high, status=status, locator=locator,
        text=text, method="prose",
    )


def _total(entries: list[MissingEntry]) -> tuple[int, int]:
    return sum(e.count_low for e in entries), sum(e.count_high for e in entries)


# "Cheshire Constabulary can confirm that there are none at this time.": a sentence that is only a nil, answering the
# request it follows.
_NONE_SAID = re.compile(
    r"\s*(?:[\w&'-]+\s+){0,4}?(?:can\s+confirm\s+(?:that\s+)?|confirms?\s+(?:that\s+)?)?there\s+(?:are|is)\s+(?:currently\s+)?none"
    r"(?:\s+at\s+(?:this|the\s+present)\s+time|\s+currently|\s+at\s+present)?\s*\.?\s*",
    re.IGNORECASE,
)


def _nil_statement(sentence_texts: list[str], asked: bool = False) -> str | None:
    """A sentence saying nobody is missing; one about a part of them ("none is believed to be abroad") is not.
    When the request asked about the missing, "no individuals who meet the criteria of your request" and "the answer
    to both questions is zero" say it too."""
    from foi_tally.layouts.prose import ZERO_OF_A_PART, about_an_earlier_figure

    for sentence in sentence_texts:
        about = _MISSING_NEAR.found_in(sentence) or (asked and (_YOUR_REQUESTS_TERMS.found_in(sentence) or _NONE_SAID.fullmatch(sentence)))
        nil = next(_NIL.finditer(sentence), None) if about else None
        if nil is not None and not ZERO_OF_A_PART.search(sentence):
            if about_an_earlier_figure(sentence[: nil.end()]):
                # "our original reply said there were none": not what the reply says now (but "the figure is nil: all
                # previously outstanding offenders have been located" is)
                continue
            return sentence.strip()
    return None


# "... whereabouts unknown.1 Their dates ..." over "1 Figure correct as at ...": a footnote's number, a superscript in
# the original, left on the full stop it follows. Such a number is taken off only when a line below it opens with it.
_FOOTNOTE_DEFINED = re.compile(r"^\s*(\d)\s+[A-Z][a-z]")
_NUMBER_ON_A_STOP = re.compile(r"(?:(?<=[A-Za-z)])|(?<=\d{4}))\.(\d)(?=\s|$)")


# "[Answer] 2015, 2017 and 2018": an answer typed into the request under a bracketed tag, said as "Answer:" is.
_ANSWER_TAG = re.compile(r"^(\s*)\[\s*(answer|response|reply)\s*\]\s*[:.\-\u2013]?\s*", re.IGNORECASE)


def _answer_tags_plain(doc: Document) -> Document:
    if not any("[" in line.text for line in doc.lines):
        return doc
    return replace(doc, lines=[
        replace(line, text=_ANSWER_TAG.sub(lambda m: f"{m[1]}{m[2]}: ", line.text)) if "[" in line.text else line
        for line in doc.lines
    ])


# "For information only, we attach the response we gave to a similar request last year", "a copy of our previous
# response is attached": an earlier reply sent along with this one.
_EARLIER_REPLY_ATTACHED = Caseless(
    r"\battach\w*\b[^.;]{0,60}?\b(?:response|reply|answer|disclosure)\b[^.;]{0,60}?\b(?:previous(?:ly)?|earlier|similar|last\s+year|prior)\b"
    r"|\b(?:previous|earlier|prior|last\s+year's)\s+(?:response|reply|answer|disclosure)\b[^.;]{0,60}?\b(?:is|are)\s+attached\b"
)


def _earlier_reply_attached_set_aside(doc: Document) -> Document:
    """An e-mail whose body says it attaches an earlier reply, with that one attachment: the attachment read as quoted
    (an earlier answer, not this one). Beside other attachments, which one it is cannot be told: all are read."""
    if doc.format not in ("eml", "msg"):
        return doc
    body = " ".join(line.text for line in doc.lines if line.locator.part is None)
    if not _EARLIER_REPLY_ATTACHED.found_in(body):
        return doc
    attached = {loc.part.split(" > ")[0] for loc in (
        *(line.locator for line in doc.lines), *(t.locator for t in doc.tables), *(row[0].locator for row in doc.loose_rows if row)
    ) if loc.part}
    if len(attached) != 1:
        return doc
    (earlier,) = attached

    def of_it(loc: Locator) -> bool:
        return loc.part is not None and loc.part.split(" > ")[0] == earlier

    return replace(
        doc,
        lines=[replace(line, quoted=True) if of_it(line.locator) else line for line in doc.lines],
        tables=[t for t in doc.tables if not of_it(t.locator)],
        loose_rows=[row for row in doc.loose_rows if not (row and of_it(row[0].locator))],
    )


# "(e.g. 2 since 2008, 3 since 2010)": the shape of an answer a request asks for, given as an example; no figure.
_EXAMPLE_IN_BRACKETS = re.compile(r"\(\s*(?:e\.?\s?g\.?|for\s+example|for\s+instance)[\s,:][^()]*\)", re.IGNORECASE)


def _examples_dropped(doc: Document) -> Document:
    """The lines without a bracketed example ("(e.g. 2 since 2008, 3 since 2010)"): nobody's figures to read."""
    return _bracketed_dropped(doc, _EXAMPLE_IN_BRACKETS)


def _bracketed_dropped(doc: Document, bracketed: re.Pattern[str]) -> Document:
    """The lines without what `bracketed` finds (a span in brackets), or the document itself when no line has one."""
    if not any("(" in line.text and bracketed.search(line.text) for line in doc.lines):
        return doc
    return replace(doc, lines=[replace(line, text=bracketed.sub("", line.text)) for line in doc.lines])


# "6 (2016: 7)", "21 (last year: 24)": an earlier figure beside the answer's, for comparison.
_EARLIER_FIGURE_BESIDE = re.compile(
    r"(?<=\w)\s*\((?:(?:19|20)\d\d|(?:last|previous|prior)\s+year(?:['\u2019]s\s+figure)?|previously)\s*[:=\u2013-]\s*\d{1,5}\)",
    re.IGNORECASE,
)


def _earlier_figures_dropped(doc: Document) -> Document:
    """The lines without an earlier figure set in brackets beside a figure ("Answer: 6 (2016: 7)"): not one to read."""
    return _bracketed_dropped(doc, _EARLIER_FIGURE_BESIDE)


def _footnote_numbers_dropped(doc: Document) -> Document:
    below: dict[str, int] = {}  # a footnote's number -> the last line that opens with it
    for index, line in enumerate(doc.lines):
        if match := _FOOTNOTE_DEFINED.match(line.text):
            below[match[1]] = index
    if not below:
        return doc
    lines = []
    for index, line in enumerate(doc.lines):
        text = _NUMBER_ON_A_STOP.sub(lambda m, at=index: "." if below.get(m[1], -1) > at else m[0], line.text)
        lines.append(replace(line, text=text) if text != line.text else line)
    return replace(doc, lines=lines)


def _footnotes(doc: Document) -> dict[str, tuple[int, int]]:
    """Suppression marks explained in the document: "* denotes fewer than 5" makes "*" mean 1-4."""
    from foi_tally.numbers import parse_count

    marks: dict[str, tuple[int, int]] = {}
    for line in doc.lines:
        match = _FOOTNOTE.match(line.text)
        if match and match.group("n"):
            bound = parse_count(match.group("n"))
            if bound and bound[0] > 1:
                marks[match.group("mark")] = (1, bound[0] - 1)
        elif match:  # "* denotes a figure between 1 and 4"
            low, high = parse_count(match.group("lo")), parse_count(match.group("hi"))
            if low and high and low[0] <= high[0]:
                marks[match.group("mark")] = (low[0], high[0])
        elif nil := _NIL_MARK.match(line.text):
            marks[nil.group("mark")] = (0, 0)  # "– = nil": the dash in the table's cells is none
    return marks
