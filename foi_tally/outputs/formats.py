"""Render a view's rows as CSV, JSON or Markdown; the screen table lives in the CLI, HTML in html.py."""

from __future__ import annotations

import json

from foi_tally.merge import Tally
from foi_tally.outputs.context import rate_label
from foi_tally.outputs.fields import CONTEXT_COLUMNS, DURATION_COLUMNS, YEAR_COLUMNS
from foi_tally.outputs.views import view_json, year_label
from foi_tally.report import (
    FORCE_COLUMNS,
    by_force_json,
    figure_label,
    headline,
    status_label,
    to_csv,
)

VIEW_TITLES = {
    "force": "Registered sex offenders wanted, whereabouts unknown, by force",
    "year": "Registered sex offenders wanted, whereabouts unknown, by year they went missing",
    "duration": "Registered sex offenders wanted, whereabouts unknown, by time missing",
}


def row_status_label(row: dict[str, object]) -> str:
    return status_label(str(row["status"]), row.get("exemptions") or ())  # type: ignore[arg-type]


def columns_for(view: str, context: bool = False) -> tuple[str, ...]:
    if view == "force":
        return FORCE_COLUMNS + (CONTEXT_COLUMNS if context else ())
    return {"year": YEAR_COLUMNS, "duration": DURATION_COLUMNS}[view]


def display_rows(view: str, rows: list[dict[str, object]], context: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headers and cell texts for people (Markdown, HTML, the screen): ranges as 'low–high'."""
    if view == "force":
        headers = ["Force", "Status", "Missing", "Earliest since", "As of", "Review"]
        if context:
            headers += ["Per 100,000 people", "Population (year)", "Per 1,000 RSOs", "RSOs (year)"]
        cells = []
        for row in rows:
            line = [
                str(row["force"]), row_status_label(row),
                figure_label(row["missing_low"], row["missing_high"]),  # type: ignore[arg-type]
                str(row["earliest_missing_since"] or ""), str(row["as_of"] or ""),
                "yes" if row["needs_review"] else "",
            ]
            if context:
                line += [
                    rate_label(row["per_100k_low"], row["per_100k_high"]),  # type: ignore[arg-type]
                    f"{row['population']:,} ({row['population_year']})" if row["population"] else "",
                    rate_label(row["per_1000_rso_low"], row["per_1000_rso_high"]),  # type: ignore[arg-type]
                    f"{row['rso_count']:,} ({row['rso_year']})" if row["rso_count"] else "",
                ]
            cells.append(line)
        return headers, cells
    if view == "year":
        return ["Year missing", "Missing", "Forces"], [
            [year_label(r["year"]), figure_label(r["missing_low"], r["missing_high"]), str(r["forces"])]  # type: ignore[arg-type]
            for r in rows
        ]
    return ["Missing for", "Missing", "Forces"], [
        [str(r["label"]), figure_label(r["missing_low"], r["missing_high"]), str(r["forces"])]  # type: ignore[arg-type]
        for r in rows
    ]


def national_row(view: str, tally: Tally) -> list[str]:
    total = figure_label(tally.missing_low, tally.missing_high)
    if view == "force":
        return ["National", "", total, "", "", ""]
    return ["Total", total, str(tally.forces_with_missing)]


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def markdown(view: str, rows: list[dict[str, object]], tally: Tally, context: bool = False) -> str:
    """A Markdown table for a newsroom wiki or a Google Doc, with the headline and the national row."""
    headers, cells = display_rows(view, rows, context)
    total = national_row(view, tally) + [""] * (len(headers) - len(national_row(view, tally)))
    right = {"Missing", "Forces", "Per 100,000 people", "Per 1,000 RSOs"}
    lines = [f"## {VIEW_TITLES[view]}", "", _md_cell(headline(tally)), ""]
    lines.append("| " + " | ".join(_md_cell(h) for h in headers) + " |")
    lines.append("|" + "|".join("---:" if h in right else "---" for h in headers) + "|")
    for line in [*cells, total]:
        lines.append("| " + " | ".join(_md_cell(c) for c in line) + " |")
    return "\n".join(lines) + "\n"


def render(view: str, rows: list[dict[str, object]], tally: Tally, fmt: str, *, context: bool = False,
           excel: bool = False) -> str:
    """csv | json | markdown text of a view (html is html.py's; table is the CLI's)."""
    if fmt == "csv":
        return to_csv(rows, columns_for(view, context), excel=excel)
    if fmt == "json":
        if view == "force":
            data = by_force_json(tally)
            if context:
                by_name = {r["force"]: r for r in rows}
                data["forces"] = [{**f, **{c: by_name[f["force"]].get(c) for c in CONTEXT_COLUMNS}}
                                  for f in data["forces"]]  # type: ignore[attr-defined]
            return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        return json.dumps(view_json(view, rows, tally), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return markdown(view, rows, tally, context)
    raise ValueError(f"unknown format {fmt!r}")
