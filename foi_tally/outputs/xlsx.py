"""The tally as one Excel workbook: summary, by force, by year, by duration, entries, replies, notes.

Written for people who will filter, sort and pivot: one bold, frozen header row per sheet, an autofilter,
widths that fit the content, dates as real Excel dates and counts as numbers. Text from documents is
always stored as text, so a cell that starts with '=' can never run as a formula.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from foi_tally.export import ENTRY_COLUMNS, REPLY_COLUMNS, entry_rows, reply_row
from foi_tally.merge import Tally
from foi_tally.outputs.fields import CONTEXT_COLUMNS, DURATION_COLUMNS, YEAR_COLUMNS, field
from foi_tally.outputs.notes import methodology
from foi_tally.outputs.views import by_duration, by_year, force_rows
from foi_tally.records import Reply
from foi_tally.report import FORCE_COLUMNS, headline

SHEETS = ("National summary", "By force", "By year", "By duration", "Entries", "Replies", "Methodology")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Workbook timestamps are fixed so the same tally always gives the same file.
FIXED_TIME = datetime.datetime(2000, 1, 1)


def reply_roles(tally: Tally, replies: list[Reply]) -> dict[int, str]:
    """standing / superseded / duplicate / unassigned for each stored reply (by identity)."""
    roles: dict[int, str] = {}
    for figure in tally.forces:
        for reply in [figure.reply] if figure.reply else []:
            roles[id(reply)] = "standing"
        for reply in figure.companions:
            roles[id(reply)] = "standing"
        for reply in figure.history:
            roles[id(reply)] = "superseded"
        for reply in figure.duplicates:
            roles[id(reply)] = "duplicate"
    for reply in tally.unassigned:
        roles[id(reply)] = "unassigned"
    return {id(r): roles.get(id(r), "superseded") for r in replies}


#: Columns that hold dates; a full ISO day becomes an Excel date, a partial one ('2004-09') stays text.
DATE_COLUMNS = frozenset({"as_of", "received", "since", "since_latest", "earliest_missing_since"})


def _cell_value(column: str, value: object) -> object:
    """Values as Excel should hold them: lists joined, full ISO dates as dates, booleans as TRUE/FALSE."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value) or None
    if column in DATE_COLUMNS and isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _write_sheet(ws, columns: list[str] | tuple[str, ...], rows: list[dict[str, object]], headers=None) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append(list(headers or columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=False)
    widths = [len(str(h)) for h in (headers or columns)]
    for row in rows:
        values = [_cell_value(c, row.get(c)) for c in columns]
        ws.append(values)
        r = ws.max_row
        for i, value in enumerate(values):
            cell = ws.cell(row=r, column=i + 1)
            if isinstance(value, str):
                cell.data_type = "s"  # text from documents stays text, even '=HYPERLINK(...)'
            elif isinstance(value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
            text = value.isoformat() if isinstance(value, datetime.date) else ("" if value is None else str(value))
            widths[i] = max(widths[i], len(text))
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = max(8, min(60, width + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def workbook(tally: Tally, replies: list[Reply]):  # type: ignore[no-untyped-def]
    """An openpyxl Workbook holding every sheet in SHEETS."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "foi-tally"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    summary = wb.active
    summary.title = SHEETS[0]
    national = tally.national()
    measures = [
        {"measure": "Headline", "value": headline(tally)},
        {"measure": "Missing (exact, blank if a range)", "value": national["missing"]},
        {"measure": "Missing, lowest", "value": national["missing_low"]},
        {"measure": "Missing, highest", "value": national["missing_high"]},
        {"measure": "Forces in the round robin", "value": national["forces_in_round"]},
        {"measure": "Forces replied", "value": national["forces_replied"]},
        {"measure": "Forces counted", "value": national["forces_counted"]},
        {"measure": "Forces with at least one missing", "value": national["forces_with_missing"]},
        {"measure": "Replies needing review (not counted)", "value": national["needing_review"]},
    ]
    dates = sorted(f.reply.as_of for f in tally.counted if f.reply and f.reply.as_of)
    if dates:
        measures.append({"measure": "Figures as of, earliest", "value": datetime.date.fromisoformat(dates[0])})
        measures.append({"measure": "Figures as of, latest", "value": datetime.date.fromisoformat(dates[-1])})
    _write_sheet(summary, ("measure", "value"), measures, headers=("Measure", "Value"))

    force_columns = list(FORCE_COLUMNS) + list(CONTEXT_COLUMNS)
    _write_sheet(wb.create_sheet(SHEETS[1]), force_columns, force_rows(tally, "count", context=True))
    _write_sheet(wb.create_sheet(SHEETS[2]), YEAR_COLUMNS,
                 [{**r, "year": r["year"] if r["year"] is not None else "unknown"} for r in by_year(tally)])
    _write_sheet(wb.create_sheet(SHEETS[3]), DURATION_COLUMNS, by_duration(tally))
    standing = [f.reply for f in tally.counted if f.reply]
    _write_sheet(wb.create_sheet(SHEETS[4]), ENTRY_COLUMNS, entry_rows(standing))
    roles = reply_roles(tally, replies)
    reply_columns = list(REPLY_COLUMNS[:7]) + ["role"] + list(REPLY_COLUMNS[7:])
    _write_sheet(wb.create_sheet(SHEETS[5]), reply_columns,
                 [{**reply_row(r), "role": roles[id(r)]} for r in replies])
    notes = [{"topic": topic, "note": text} for topic, text in methodology(tally)]
    for sheet, table, columns in ((SHEETS[1], "force", force_columns), (SHEETS[2], None, YEAR_COLUMNS),
                                  (SHEETS[3], None, DURATION_COLUMNS), (SHEETS[4], "entry", ENTRY_COLUMNS),
                                  (SHEETS[5], "reply", reply_columns)):
        for name in columns:
            spec = field(name, table)
            notes.append({"topic": f"{sheet}: {name}", "note": f"{spec.type}. {spec.description}"})
    ws = wb.create_sheet(SHEETS[6])
    _write_sheet(ws, ("topic", "note"), notes, headers=("Topic", "Note"))
    ws.column_dimensions["B"].width = 110
    from openpyxl.styles import Alignment

    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return wb


def write_workbook(tally: Tally, replies: list[Reply], path: str | Path) -> None:
    """Save the workbook via a temporary file, so a crash never leaves half a workbook."""
    from foi_tally.store import replaced_whole

    with replaced_whole(Path(path)) as tmp:
        workbook(tally, replies).save(tmp)
