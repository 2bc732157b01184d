"""Context rates from the shipped reference table: the nearest figure in time, its year, its source; never a guess."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

from foi_tally.forces import all_forces
from foi_tally.merge import tally
from foi_tally.outputs.context import closest, context_row, references
from foi_tally.outputs.fields import CONTEXT_COLUMNS
from tests.helpers import run_cli
from tests.test_outputs_views import entry, reply


def test_reference_table_rows_are_sourced_and_never_mix_measures() -> None:
    rows = references()
    assert len(rows) > 100
    for row in rows:
        assert row.source_url.startswith("https://") or row.source_url.startswith("http://")
        assert (row.population is None) != (row.rso_count is None), row  # one measure per row, each with a source
        assert row.year and row.as_at.year in (int(row.year[:4]), int(row.year[:4]) + 1)
    names = {f.name for f in all_forces()}
    force_rows = [r for r in rows if r.ons_code and r.ons_code.startswith(("E23", "W15", "S23"))]
    assert {r.force_name for r in force_rows} <= names  # every force row names a registry force
    census = [r for r in rows if r.year == "2011" and r.ons_code and r.ons_code.startswith(("E23", "W15"))]
    assert sum(r.population or 0 for r in census) == 56_075_912  # the published England and Wales total


def test_closest_figure_in_time_within_the_limits() -> None:
    feb_2015 = datetime.date(2015, 2, 12)
    kent = closest("Kent Police", "E23000032", "population", feb_2015)
    assert kent is not None and (kent.year, kent.population) == ("2015", 1798276)
    met = closest("Metropolitan Police Service", "E23000001", "population", feb_2015)
    assert met is not None and met.year == "2011"  # no mid-year row passed the check for the Met
    tvp = closest("Thames Valley Police", "E23000029", "rso_count", feb_2015)
    assert tvp is not None and (tvp.year, tvp.rso_count) == ("2015/16", 1483)
    assert closest("Gwent Police", "W15000002", "rso_count", feb_2015) is None  # 2022/23 is too far away
    assert closest("Police Service of Northern Ireland", None, "population", feb_2015) is None  # none in the table
    scotland = closest("Police Service of Scotland", "S23000009", "rso_count", datetime.date(2022, 1, 1))
    assert scotland is not None and scotland.year == "2021/22"


def test_rates_are_computed_from_counted_figures_only() -> None:
    result = tally([
        reply("Thames Valley Police", (entry("2014-01", 5),), as_of="2015-02-11"),
        reply("Essex Police", (entry("2012", 1, 4),), as_of="2015-02-04"),
        reply("Surrey Police", (), status="refused", as_of="2015-02-25"),
        reply("Police Service of Northern Ireland", (entry("2013"),), as_of="2015-03-09"),
        reply("Kent Police", (entry("2013"),), as_of=None),  # type: ignore[arg-type]
    ])
    rows = {f.force.name: context_row(f) for f in result.forces}
    tvp = rows["Thames Valley Police"]
    assert tvp["per_100k_low"] == round(5 * 100_000 / 2_269_772, 2) == 0.22
    assert tvp["per_1000_rso_low"] == round(5 * 1000 / 1483, 2) == 3.37 and tvp["rso_year"] == "2015/16"
    essex = rows["Essex Police"]
    assert (essex["per_100k_low"], essex["per_100k_high"]) == (0.06, 0.22)  # a range gives a range of rates
    assert rows["Surrey Police"]["population"] == 1172382 and rows["Surrey Police"]["per_100k_low"] is None
    assert all(v is None for v in rows["Police Service of Northern Ireland"].values())  # blank, never guessed
    assert all(v is None for v in rows["Kent Police"].values())  # no date to pick a year by


def test_report_context_columns_through_the_cli(sample_store: Path) -> None:
    text = run_cli("report", "--context", "--format", "csv", "--sort", "name", "--store", str(sample_store))
    rows = {r["force"]: r for r in csv.DictReader(io.StringIO(text))}
    assert tuple(next(csv.reader(io.StringIO(text))))[-len(CONTEXT_COLUMNS):] == CONTEXT_COLUMNS
    met = rows["Metropolitan Police Service"]
    assert met["per_100k_low"] == "2.04" and met["population"] == "8166566" and met["population_year"] == "2011"
    assert met["population_source"].startswith("https://github.com/Resistance-Lab/")
    assert met["per_1000_rso_low"] == "" and met["rso_count"] == ""
    assert rows["Police Service of Northern Ireland"]["population"] == ""
    data = json.loads(run_cli("report", "--context", "--format", "json", "--store", str(sample_store)))
    gmp = next(f for f in data["forces"] if f["force"] == "Greater Manchester Police")
    assert gmp["population_year"] == "2015" and gmp["per_100k_low"] == round(25 * 100_000 / 2_754_017, 2)
    md = run_cli("report", "--context", "--format", "markdown", "--store", str(sample_store))
    assert "| Metropolitan Police Service | answered | 167 |" in md and "8,166,566 (2011)" in md
