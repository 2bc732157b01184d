"""Rates that put a force's count in context: per 100,000 residents and per 1,000 registered sex offenders.

The reference table `data/force_context.csv` is shipped with the project. It was built from the checked
facts in the shared reference collection (population from the 2011 Census and third-party sums of ONS
mid-year estimates; RSO counts from MAPPA reports as quoted by the press), one row per area, year and
source, each with its `source_url`. A value the reference does not have stays blank: a rate is never
computed from a guessed denominator.

For each force the figure whose date (`as_at`) is closest to the reply's as-of date is used, and the output
says which year it was. A figure too far from the reply is not used at all (see MAX_GAP_DAYS): RSO numbers
grow by a few per cent a year, so a 2023 count says little about a 2015 rate.
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass
from functools import cache
from importlib import resources

from foi_tally.merge import ForceFigure

#: How far from the reply's as-of date a reference figure may be and still be used.
MAX_GAP_DAYS = {"population": 5 * 366, "rso_count": 2 * 366}


@dataclass(frozen=True)
class Reference:
    force_name: str
    ons_code: str | None
    year: str  # as the source labels it: "2011", "2015/16"
    as_at: datetime.date
    measure: str
    population: int | None
    rso_count: int | None
    source_url: str
    note: str


@cache
def references() -> tuple[Reference, ...]:
    text = resources.files("foi_tally").joinpath("data/force_context.csv").read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(text.splitlines()):
        rows.append(
            Reference(
                force_name=row["force_name"],
                ons_code=row["ons_code"] or None,
                year=row["year"],
                as_at=datetime.date.fromisoformat(row["as_at"]),
                measure=row["measure"],
                population=int(row["population"]) if row["population"] else None,
                rso_count=int(row["rso_count"]) if row["rso_count"] else None,
                source_url=row["source_url"],
                note=row["note"],
            )
        )
    return tuple(rows)


def closest(force_name: str, ons_code: str | None, kind: str, on: datetime.date) -> Reference | None:
    """The reference row of `kind` (population | rso_count) for the force whose date is nearest `on`."""
    candidates = [
        r for r in references()
        if getattr(r, kind) is not None and ((ons_code and r.ons_code == ons_code) or r.force_name == force_name)
    ]
    # Nearest first; on a tie the earlier figure, which the reply could have known about.
    candidates.sort(key=lambda r: (abs((r.as_at - on).days), r.as_at))
    if not candidates or abs((candidates[0].as_at - on).days) > MAX_GAP_DAYS[kind]:
        return None
    return candidates[0]


def _rate(count: int | None, base: int | None, per: int) -> float | None:
    if count is None or not base:
        return None
    return round(count * per / base, 2)


def context_row(figure: ForceFigure) -> dict[str, object]:
    """Context columns for one force; blank (None) wherever the reference has nothing close enough."""
    reply = figure.reply
    when = (reply.as_of or reply.received) if reply else None
    row: dict[str, object] = dict.fromkeys(
        ("population", "population_year", "population_source", "rso_count", "rso_year", "rso_source",
         "per_100k_low", "per_100k_high", "per_1000_rso_low", "per_1000_rso_high")
    )
    if not when:
        return row
    try:
        on = datetime.date.fromisoformat(when)
    except ValueError:
        return row
    force = figure.force
    low, high = (figure.missing_low, figure.missing_high) if figure.counted else (None, None)
    population = closest(force.name, force.ons_code, "population", on)
    if population is not None:
        row.update(population=population.population, population_year=population.year,
                   population_source=population.source_url)
        row["per_100k_low"] = _rate(low, population.population, 100_000)
        row["per_100k_high"] = _rate(high, population.population, 100_000)
    rsos = closest(force.name, force.ons_code, "rso_count", on)
    if rsos is not None:
        row.update(rso_count=rsos.rso_count, rso_year=rsos.year, rso_source=rsos.source_url)
        row["per_1000_rso_low"] = _rate(low, rsos.rso_count, 1000)
        row["per_1000_rso_high"] = _rate(high, rsos.rso_count, 1000)
    return row


def rate_label(low: float | None, high: float | None) -> str:
    """'1.23' or '1.23–1.50' for a range; blank when there is no rate."""
    if low is None or high is None:
        return ""
    return f"{low:.2f}" if low == high else f"{low:.2f}\u2013{high:.2f}"
