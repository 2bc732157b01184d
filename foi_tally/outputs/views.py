"""The national figure cut three ways: by force, by the year offenders went missing, and by how long.

Only counted forces contribute (the same rule as the national total), and every view adds up to the
national `missing_low`..`missing_high`: a figure that cannot be placed in a year or a duration bucket goes
to an "unknown" row rather than being dropped or guessed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from foi_tally.merge import ForceFigure, Tally
from foi_tally.outputs.context import context_row
from foi_tally.records import MissingEntry
from foi_tally.report import by_force_rows, figure_label

#: Duration buckets, relative to each reply's as-of date: (key, label, full years from, full years to).
DURATION_BUCKETS: tuple[tuple[str, str, int, int | None], ...] = (
    ("under_1", "under 1 year", 0, 1),
    ("1_to_5", "1\u20135 years", 1, 5),
    ("5_to_10", "5\u201310 years", 5, 10),
    ("over_10", "over 10 years", 10, None),
)
UNKNOWN = "unknown"


@dataclass
class _Sum:
    low: int = 0
    high: int = 0
    forces: set[str] | None = None

    def add(self, low: int, high: int, force: str) -> None:
        self.low += low
        self.high += high
        if self.forces is None:
            self.forces = set()
        if high:
            self.forces.add(force)

    def row(self) -> dict[str, object]:
        return {
            "missing": self.low if self.low == self.high else None,
            "missing_low": self.low,
            "missing_high": self.high,
            "forces": len(self.forces or ()),
        }


def _placed(figure: ForceFigure) -> tuple[list[MissingEntry], tuple[int, int]]:
    """The entries that can be placed, and what is left over for the unknown row.

    When a force's figure is not the sum of its entries (a stated total with no breakdown, or a total a
    correction or override changed), only what the entries can honestly account for is placed.
    """
    low, high = figure.missing_low or 0, figure.missing_high or 0
    entries = list(figure.entries)
    if not entries:
        return [], (low, high)
    rest_low = low - sum(e.count_low for e in entries)
    rest_high = high - sum(e.count_high for e in entries)
    if rest_low < 0 or rest_high < rest_low:
        return [], (low, high)
    return entries, (rest_low, rest_high)


def entry_year(entry: MissingEntry) -> int | None:
    """The year the offenders went missing, or None when the entry has no date or spans several years."""
    if not entry.since:
        return None
    if entry.since_latest and entry.since_latest[:4] != entry.since[:4]:
        return None
    try:
        return int(entry.since[:4])
    except ValueError:
        return None


def by_year(tally: Tally, fill_gaps: bool = True) -> list[dict[str, object]]:
    """One row per year (gaps filled with zero so a chart is honest), then the 'unknown' row (year None)."""
    sums: dict[int | None, _Sum] = {}
    for figure in tally.counted:
        entries, (rest_low, rest_high) = _placed(figure)
        for entry in entries:
            sums.setdefault(entry_year(entry), _Sum()).add(entry.count_low, entry.count_high, figure.force.name)
        if rest_high:
            sums.setdefault(None, _Sum()).add(rest_low, rest_high, figure.force.name)
    years = sorted(y for y in sums if y is not None)
    if fill_gaps and years:
        years = list(range(years[0], years[-1] + 1))
    rows = [{"year": y, **sums.get(y, _Sum()).row()} for y in years]
    rows.append({"year": None, **sums.get(None, _Sum()).row()})
    return rows


def _bounds(since: str, latest: bool) -> datetime.date:
    """First (or last) day a partial ISO date can mean: '2004' -> 2004-01-01 (or 2004-12-31)."""
    parts = [int(p) for p in since.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31) if latest else datetime.date(parts[0], 1, 1)
    if len(parts) == 2:
        if not latest:
            return datetime.date(parts[0], parts[1], 1)
        following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return datetime.date(parts[0], parts[1], parts[2])


def full_years(start: datetime.date, end: datetime.date) -> int:
    """Whole years from start to end, counting anniversaries (negative when start is after end)."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def missing_span(entry: MissingEntry, as_of: str | None) -> tuple[datetime.date, datetime.date] | None:
    """(earliest, latest) date the offenders can have gone missing, or None when unknown or impossible."""
    if not entry.since or not as_of:
        return None
    try:
        earliest = _bounds(entry.since, latest=False)
        latest = _bounds(entry.since_latest or entry.since, latest=True)
        datetime.date.fromisoformat(as_of)
    except ValueError:
        return None
    return (earliest, latest) if earliest <= latest else None


def duration_bucket(entry: MissingEntry, as_of: str | None) -> str:
    """The duration bucket an entry certainly falls in on `as_of`, else 'unknown'."""
    span = missing_span(entry, as_of)
    if span is None:
        return UNKNOWN
    on = datetime.date.fromisoformat(as_of)  # type: ignore[arg-type]
    if span[0] > on:
        return UNKNOWN  # a missing-since date after the figures' own date: not placeable
    longest = full_years(span[0], on)
    shortest = max(0, full_years(min(span[1], on), on))
    keys = {_bucket_of(longest), _bucket_of(shortest)}
    return keys.pop() if len(keys) == 1 else UNKNOWN


def _bucket_of(years: int) -> str:
    for key, _, low, high in DURATION_BUCKETS:
        if years >= low and (high is None or years < high):
            return key
    raise ValueError(f"no bucket for {years} years")


def by_duration(tally: Tally) -> list[dict[str, object]]:
    """One row per duration bucket (always all four, then 'unknown'), relative to each reply's as-of date."""
    sums: dict[str, _Sum] = {}
    for figure in tally.counted:
        entries, (rest_low, rest_high) = _placed(figure)
        as_of = figure.reply.as_of if figure.reply else None
        for entry in entries:
            bucket = duration_bucket(entry, as_of)
            sums.setdefault(bucket, _Sum()).add(entry.count_low, entry.count_high, figure.force.name)
        if rest_high:
            sums.setdefault(UNKNOWN, _Sum()).add(rest_low, rest_high, figure.force.name)
    labels = [(key, label) for key, label, _, _ in DURATION_BUCKETS] + [(UNKNOWN, UNKNOWN)]
    return [{"bucket": key, "label": label, **sums.get(key, _Sum()).row()} for key, label in labels]


def force_rows(tally: Tally, sort: str = "count", context: bool = False) -> list[dict[str, object]]:
    """The by-force rows `report` shows, optionally with population and RSO rates appended."""
    rows = by_force_rows(tally, sort)
    if not context:
        return rows
    from foi_tally.report import sorted_figures

    return [{**row, **context_row(figure)} for row, figure in zip(rows, sorted_figures(tally, sort), strict=True)]


def year_label(year: object) -> str:
    return UNKNOWN if year is None else str(year)


def view_json(view: str, rows: list[dict[str, object]], tally: Tally) -> dict[str, object]:
    """JSON documents: {"years": [...]} / {"durations": [...]}, each with the national figure they add up to."""
    key = {"year": "years", "duration": "durations"}[view]
    return {key: rows, "national": tally.national()}


def row_label(row: dict[str, object]) -> str:
    return figure_label(row["missing_low"], row["missing_high"])  # type: ignore[arg-type]
