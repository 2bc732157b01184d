"""The Excel workbook, read back with openpyxl as Excel or Sheets would see it."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from foi_tally.outputs.xlsx import SHEETS
from tests.helpers import run_cli
from tests.test_outputs_csv import hostile_store


@pytest.fixture(scope="module")
def workbook(sample_store: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("xlsx") / "tally.xlsx"
    run_cli("export", "--format", "xlsx", "--output", str(out), "--store", str(sample_store))
    return openpyxl.load_workbook(out)


def rows(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_workbook_has_the_sheets_each_with_a_bold_frozen_filtered_header(workbook) -> None:  # type: ignore[no-untyped-def]
    assert workbook.sheetnames == list(SHEETS)
    assert set(SHEETS) >= {"National summary", "By force", "By year", "Entries", "Replies", "Methodology"}
    for ws in workbook:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == ws.dimensions, ws.title
        assert all(cell.font.bold for cell in ws[1] if cell.value is not None), ws.title
        assert all(not cell.font.bold for cell in ws[2]), ws.title
    widths = workbook["By force"].column_dimensions
    assert widths["A"].width >= len("Police Service of Northern Ireland")  # the force column fits its names
    assert 8 <= widths["B"].width <= 20  # ons_code stays narrow


def test_summary_and_by_force_carry_the_national_figures(workbook) -> None:  # type: ignore[no-untyped-def]
    summary = {r["Measure"]: r["Value"] for r in rows(workbook["National summary"])}
    assert summary["Missing (exact, blank if a range)"] == 396
    assert summary["Forces with at least one missing"] == 39
    assert summary["Forces in the round robin"] == 46
    assert summary["Figures as of, earliest"] == datetime.datetime(2015, 2, 3)
    assert str(summary["Headline"]).startswith("396 missing across 39 forces")
    forces = {r["force"]: r for r in rows(workbook["By force"])}
    assert len(forces) == 46
    met = forces["Metropolitan Police Service"]
    assert met["missing"] == 167 and isinstance(met["missing"], int)
    assert met["as_of"] == datetime.datetime(2015, 2, 12)  # a real date, not text
    assert workbook["By force"]["J2"].number_format == "yyyy-mm-dd"
    assert met["needs_review"] is False
    assert met["per_100k_low"] == pytest.approx(2.04) and met["population_year"] == "2011"
    assert forces["Surrey Police"]["missing"] is None and forces["Surrey Police"]["exemptions"] == "s12"
    assert forces["West Midlands Police"]["earliest_missing_since"] == "2004"  # a year stays text


def test_by_year_entries_and_replies_add_up(workbook) -> None:  # type: ignore[no-untyped-def]
    years = rows(workbook["By year"])
    assert sum(int(r["missing_low"]) for r in years) == 396  # type: ignore[call-overload]
    assert years[-1]["year"] == "unknown" and years[0]["year"] == 2000
    entries = rows(workbook["Entries"])
    assert sum(int(r["count_low"]) for r in entries) == 396  # type: ignore[call-overload]
    assert all(r["source"] and r["locator"] for r in entries)
    met = [r for r in entries if r["force"] == "Metropolitan Police Service"]
    assert len(met) == 167 and sum(1 for r in met if r["status"] == "believed_abroad") == 114
    assert any(isinstance(r["since"], datetime.datetime) for r in met)
    replies = rows(workbook["Replies"])
    assert len(replies) == 46
    assert {r["role"] for r in replies} == {"standing"}
    surrey = next(r for r in replies if r["force"] == "Surrey Police")
    assert surrey["status"] == "refused" and surrey["source"] == "Surrey Police - Refusal Notice.pdf"


def test_methodology_sheet_states_coverage_ranges_exemptions_overrides(workbook) -> None:  # type: ignore[no-untyped-def]
    notes = rows(workbook["Methodology"])
    topics = [r["Topic"] for r in notes]
    for topic in ("Coverage", "Ranges", "Exemptions", "Overrides", "Review", "By year", "Context"):
        assert topic in topics
    text = {r["Topic"]: r["Note"] for r in notes if r["Topic"] in ("Coverage", "Ranges", "Overrides")}
    assert "43 forces counted of 46" in str(text["Coverage"])
    assert "National: 396" in str(text["Ranges"])
    assert text["Overrides"] == "No manual overrides."
    exemptions = [str(r["Note"]) for r in notes if r["Topic"] == "Exemptions"]
    assert "Surrey Police (refused): s12 FOIA (cost limit)" in exemptions
    assert any(r["Topic"] == "Entries: text" for r in notes)  # every column described


def test_text_from_documents_is_never_a_formula(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "store")
    run_cli("override", "add", "Dorset Police", "accept", "yes", "--reason", "=checked by phone",
            "--date", "2015-03-02", "--store", str(store))
    out = tmp_path / "hostile.xlsx"
    run_cli("export", "--format", "xlsx", "--output", str(out), "--store", str(store))
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    formulas = [c for c in cells if c.data_type == "f"]
    assert formulas == []
    texts = {c.value for c in cells}
    assert "=HYPERLINK(\"http://evil\",\"click\")" in texts  # kept verbatim, as text
    assert any("=checked by phone" in str(t) for t in texts)  # the override, shown in By force and the notes


def test_xlsx_needs_an_output_file(sample_store: Path) -> None:
    out = run_cli("export", "--format", "xlsx", "--store", str(sample_store), expect=2)
    assert "give --output FILE" in out
