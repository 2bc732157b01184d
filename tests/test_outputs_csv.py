"""CSV for journalists: safe in a spreadsheet, UTF-8 (with a BOM for Excel), described by datapackage.json."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest

from foi_tally.export import ENTRY_COLUMNS, REPLY_COLUMNS
from foi_tally.report import FORCE_COLUMNS, safe_cell, to_csv
from tests.helpers import run_cli
from tests.test_outputs_views import entry, reply, write_store


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+44 20 7230 1212", "'+44 20 7230 1212"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\rcmd", "'\rcmd"),
        ("- 3 are being traced", "'- 3 are being traced"),
        ("-inf", "'-inf"),
        ("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"),
        ("-3", "-3"),
        ("-1,234.5", "-1,234.5"),
        ("Metropolitan Police Service", "Metropolitan Police Service"),
        (-7, -7),
    ],
)
def test_cells_a_spreadsheet_would_run_are_neutralised_but_negative_numbers_stay(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def hostile_store(root: Path) -> Path:
    return write_store(root, [
        reply("Kent Police", (entry("2014-11-19", text="=HYPERLINK(\"http://evil\",\"click\")", source="kent.pdf"),
                              entry("2013-01", text="@cmd", source="kent.pdf")),
              source="kent.pdf", reference="=1+1"),
        reply("Dorset Police", (entry(None, 2, text="-2 offenders, café résumé", source="dorset.eml"),),
              source="dorset.eml"),
    ])


def test_entry_csv_reads_back_with_text_neutralised_and_dates_iso(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "store")
    text = run_cli("export", "--level", "entry", "--format", "csv", "--store", str(store))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == ENTRY_COLUMNS
    by_text = {r["text"]: r for r in rows}
    assert "'=HYPERLINK(\"http://evil\",\"click\")" in by_text
    assert "'@cmd" in by_text
    assert by_text["'-2 offenders, café résumé"]["count"] == "2"
    assert datetime.date.fromisoformat(by_text["'@cmd"]["since"] + "-01")  # '2013-01': ISO, cut to its precision
    replies = list(csv.DictReader(io.StringIO(run_cli("export", "--level", "reply", "--format", "csv",
                                                      "--store", str(store)))))
    assert {r["reference"] for r in replies} == {"'=1+1", ""}


def test_excel_flag_writes_a_bom_and_crlf_and_reads_back_as_utf8(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "store")
    out = tmp_path / "figures.csv"
    run_cli("export", "--level", "entry", "--format", "csv", "--excel", "--output", str(out), "--store", str(store))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and data.count(b"\r\n") == data.count(b"\n")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3 and any("café résumé" in r["text"] for r in rows)
    plain = tmp_path / "plain.csv"
    run_cli("export", "--level", "entry", "--format", "csv", "--output", str(plain), "--store", str(store))
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")


def test_report_csv_excel_flag_for_views(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "years.csv"
    run_cli("report", "--by-year", "--format", "csv", "--excel", "--output", str(out), "--store", str(sample_store))
    assert out.read_bytes().startswith("\ufeffyear,missing,missing_low,missing_high,forces\r\n".encode())


def test_to_csv_keeps_numbers_and_booleans_readable() -> None:
    text = to_csv([{"a": -4, "b": True, "c": ["s31", "s40"], "d": None}], ["a", "b", "c", "d"])
    assert list(csv.reader(io.StringIO(text))) == [["a", "b", "c", "d"], ["-4", "true", "s31; s40", ""]]


def _conforms(value: str, spec: dict) -> bool:  # type: ignore[type-arg]
    if value == "":
        return True
    kind = spec["type"]
    if kind == "integer":
        int(value)
    elif kind == "number":
        float(value)
    elif kind == "boolean":
        return value in spec["trueValues"] + spec["falseValues"]
    elif kind == "date":
        datetime.date.fromisoformat(value)
    if "constraints" in spec:
        return value in spec["constraints"]["enum"]
    return True


def test_datapackage_beside_csv_exports_describes_every_column(sample_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    expected = {"forces.csv": FORCE_COLUMNS, "replies.csv": REPLY_COLUMNS, "figures.csv": ENTRY_COLUMNS}
    for (name, _), level in zip(expected.items(), ("force", "reply", "entry"), strict=True):
        run_cli("export", "--level", level, "--format", "csv", "--output", str(folder / name),
                "--store", str(sample_store))
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    resources = {r["path"]: r for r in package["resources"]}
    assert set(resources) == set(expected)
    for name, columns in expected.items():
        resource = resources[name]
        assert resource["profile"] == "tabular-data-resource" and resource["encoding"] == "utf-8"
        fields = resource["schema"]["fields"]
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == [f["name"] for f in fields] == list(columns)
            rows = list(reader)
        for spec in fields:
            assert spec["type"] in ("string", "integer", "number", "boolean", "date")
            assert len(spec["description"]) > 15
            assert all(_conforms(row[spec["name"]], spec) for row in rows), spec["name"]
    # Exporting the same file again replaces its resource, it does not add a second one.
    run_cli("export", "--level", "force", "--format", "csv", "--excel", "--output", str(folder / "forces.csv"),
            "--store", str(sample_store))
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]].count("forces.csv") == 1
    forces = next(r for r in package["resources"] if r["path"] == "forces.csv")
    assert forces["encoding"] == "utf-8-sig" and forces["dialect"]["lineTerminator"] == "\r\n"


def test_csv_to_the_screen_writes_no_datapackage(sample_store: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    run_cli("export", "--level", "force", "--format", "csv", "--store", str(sample_store))
    assert not (tmp_path / "datapackage.json").exists()
