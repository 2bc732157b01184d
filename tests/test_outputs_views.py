"""Report views by year and by duration: they add up to the national figure, and say 'unknown' honestly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from foi_tally.merge import tally
from foi_tally.outputs.fields import DURATION_COLUMNS, YEAR_COLUMNS
from foi_tally.outputs.views import by_duration, by_year, duration_bucket
from foi_tally.records import Locator, MissingEntry, Reply
from foi_tally.store import Store
from tests.helpers import run_cli


def entry(since: str | None, low: int = 1, high: int | None = None, *, latest: str | None = None,
          status: str = "wanted", text: str = "row", source: str = "reply.pdf") -> MissingEntry:
    precision = {None: "unknown", 4: "year", 7: "month", 10: "day"}[len(since) if since else None]
    return MissingEntry(since=since, precision=precision, count_low=low, count_high=low if high is None else high,
                        status=status, locator=Locator(source, page=1, line=3), text=text, since_latest=latest)


def reply(force: str, entries: tuple[MissingEntry, ...] = (), *, source: str | None = None, as_of: str = "2015-02-10",
          status: str = "answered", stated: tuple[int, int] | None = None, **extra: object) -> Reply:
    from foi_tally.forces import by_name

    f = by_name(force)
    return Reply(source=source or f"{f.slug}.pdf", force=f.name, ons_code=f.ons_code, status=status, as_of=as_of,
                 entries=entries, stated_total_low=stated[0] if stated else None,
                 stated_total_high=stated[1] if stated else None, **extra)  # type: ignore[arg-type]


def synthetic_replies() -> list[Reply]:
    """Four forces: exact dates, a suppressed '<5', a duration range, a stated total with no breakdown."""
    return [
        reply("Kent Police", (entry("2004", 2), entry("2014-12-01"), entry("2010-06")), source="kent.pdf"),
        reply("Essex Police", (entry("2012-03", 1, 4, text="<5"),), source="essex.xlsx"),
        reply("Dorset Police", (entry("2007", latest="2013", text="between two and eight years"),),
              source="dorset.eml"),
        reply("Surrey Police", (), stated=(6, 6), source="surrey.txt"),
        reply("Cumbria Constabulary", (), status="refused", exemptions=("s12",), source="cumbria.pdf"),
    ]


def write_store(root: Path, replies: list[Reply]) -> Path:
    store = Store(root)
    for item in replies:
        store.save([item])
    return root


def test_by_year_adds_up_to_the_national_figure_on_the_sample(sample_store: Path) -> None:
    data = json.loads(run_cli("report", "--by-year", "--format", "json", "--store", str(sample_store)))
    years = data["years"]
    assert all(set(row) >= {"year", "missing", "missing_low", "missing_high"} for row in years)
    assert sum(r["missing_low"] for r in years) == sum(r["missing_high"] for r in years) == 396
    assert sum(r["missing"] for r in years) == data["national"]["missing"] == 396
    assert years[-1]["year"] is None and years[-1]["missing"] == 33  # Essex 11, Northants 9, TVP 5, SWP 4, Met 4
    dated = [r["year"] for r in years[:-1]]
    assert dated == list(range(2000, 2016))  # gaps filled, in order
    assert {r["year"]: r["missing"] for r in years}[2000] == 1  # Gloucestershire's offender missing since 2000
    assert {r["year"]: r["missing"] for r in years}[2014] == 61


def test_by_year_csv_and_markdown_read_back(sample_store: Path) -> None:
    text = run_cli("report", "--by-year", "--format", "csv", "--store", str(sample_store))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == YEAR_COLUMNS
    assert rows[-1]["year"] == "" and rows[0]["year"] == "2000"
    assert sum(int(r["missing"]) for r in rows) == 396
    md = run_cli("report", "--by-year", "--format", "markdown", "--store", str(sample_store))
    assert "| Year missing | Missing | Forces |" in md
    assert "| unknown | 33 | 5 |" in md and "| Total | 396 | 39 |" in md


def test_by_duration_buckets_add_up_on_the_sample(sample_store: Path) -> None:
    data = json.loads(run_cli("report", "--by-duration", "--format", "json", "--store", str(sample_store)))
    rows = data["durations"]
    assert [r["bucket"] for r in rows] == ["under_1", "1_to_5", "5_to_10", "over_10", "unknown"]
    assert sum(r["missing"] for r in rows) == 396
    # The Met's offender missing since 2001-01-22 (as of 2015-02-12) is over 10 years.
    assert rows[3]["missing"] >= 1
    text = run_cli("report", "--by-duration", "--format", "csv", "--store", str(sample_store))
    assert tuple(next(csv.reader(io.StringIO(text)))) == DURATION_COLUMNS
    table = run_cli("report", "--by-duration", "--store", str(sample_store))
    assert "over 10 years" in table and "396" in table


def test_ranges_undated_and_stated_totals_go_where_they_honestly_can() -> None:
    result = tally(synthetic_replies())
    assert (result.missing_low, result.missing_high) == (12, 15)  # Kent 4, Essex 1-4, Dorset 1, Surrey 6
    years = {r["year"]: (r["missing_low"], r["missing_high"]) for r in by_year(result)}
    assert years[2004] == (2, 2)
    assert years[2012] == (1, 4)  # a suppressed '<5' stays a range in its year
    assert years[2007] == (0, 0)  # Dorset's 2007-2013 range spans years: not placed in 2007
    assert years[None] == (7, 7)  # Dorset's range (1) + Surrey's total with no breakdown (6)
    assert sum(lo for lo, _ in years.values()) == 12 and sum(hi for _, hi in years.values()) == 15
    assert next(iter(years)) == 2004 and list(years)[-2] == 2014  # gaps filled from first to last year
    buckets = {r["bucket"]: (r["missing_low"], r["missing_high"]) for r in by_duration(result)}
    assert buckets["over_10"] == (2, 2)  # 2004 (year only) on 2015-02-10 is 10-11 years: over 10 either way
    assert buckets["under_1"] == (1, 1)  # 2014-12-01
    assert buckets["1_to_5"] == (2, 5)  # 2012-03 (<5): 2 years; 2010-06: 4 years 8 months
    assert buckets["unknown"] == (7, 7)  # Dorset's 2-8 years spans buckets; Surrey has no dates
    assert buckets["5_to_10"] == (0, 0)
    assert sum(lo for lo, _ in buckets.values()) == 12


def test_duration_bucket_edges() -> None:
    as_of = "2015-02-10"
    assert duration_bucket(entry("2010-06"), as_of) == "1_to_5"  # 4 years 8 months, whatever the day
    assert duration_bucket(entry("2010"), as_of) == "unknown"  # 4 or 5 years
    assert duration_bucket(entry("2005-02-10"), as_of) == "over_10"  # exactly 10 years
    assert duration_bucket(entry("2005-02-11"), as_of) == "5_to_10"
    assert duration_bucket(entry("2005", latest="2008"), "2019-06-01") == "over_10"  # a range inside one bucket
    assert duration_bucket(entry("2016-01-01"), as_of) == "unknown"  # after the figures' own date
    assert duration_bucket(entry("2010-06"), None) == "unknown"  # no as-of date
    assert duration_bucket(entry(None), as_of) == "unknown"


def test_overridden_figure_puts_its_total_in_unknown(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", synthetic_replies())
    run_cli("override", "add", "Kent Police", "missing", "9", "--reason", "phone call with the press office",
            "--date", "2015-03-01", "--store", str(store))
    data = json.loads(run_cli("report", "--by-year", "--format", "json", "--store", str(store)))
    rows = {r["year"]: r["missing_low"] for r in data["years"]}
    assert 2004 not in rows  # Kent's dated entries no longer stand behind its figure
    assert rows[None] == 9 + 1 + 6
    assert sum(rows.values()) == data["national"]["missing_low"] == 17
