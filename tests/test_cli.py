"""End to end through the CLI: ingest the sample, report, export, and the promises around them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, SAMPLE, force_row, report_json, run_cli


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_ingest_leaves_raw_files_untouched_and_reports_a_summary(tmp_path: Path) -> None:
    before = tree_digest(SAMPLE)
    out = run_cli("ingest", str(SAMPLE), "--store", str(tmp_path / "store"), "--jobs", "1")
    assert "46 files read (0 unchanged), 46 replies parsed, 0 need review, 0 unreadable" in out
    assert tree_digest(SAMPLE) == before
    assert len(list((tmp_path / "store" / "replies").glob("*.json"))) == 46


def test_reingest_is_byte_identical_and_parallel_equals_serial(tmp_path: Path, sample_store: Path) -> None:
    serial = tmp_path / "serial"
    run_cli("ingest", str(SAMPLE), "--store", str(serial), "--jobs", "1", "-q")
    assert tree_digest(serial) == tree_digest(sample_store)  # sample_store was ingested with --jobs 2
    first = tree_digest(serial)
    out = run_cli("ingest", str(SAMPLE), "--store", str(serial), "-q")
    assert "(46 unchanged)" in out
    assert tree_digest(serial) == first


def test_report_json_and_force_csv_carry_the_same_figures(sample_store: Path) -> None:
    report = report_json(sample_store)
    rows = list(csv.DictReader(io.StringIO(run_cli("export", "--level", "force", "--format", "csv",
                                                   "--store", str(sample_store)))))
    assert len(rows) == len(report["forces"]) == 46
    for row in rows:
        expected = force_row(report, row["force"])
        assert row["status"] == expected["status"]
        assert row["missing"] == ("" if expected["missing"] is None else str(expected["missing"]))
        assert row["ons_code"] == (expected["ons_code"] or "")
    assert sum(int(r["missing"]) for r in rows if r["missing"]) == report["national"]["missing"] == 396


def test_reply_export_lists_every_file_with_the_documented_fields(sample_store: Path) -> None:
    replies = json.loads(run_cli("export", "--level", "reply", "--format", "json", "--store", str(sample_store)))
    assert sorted(r["source"] for r in replies) == sorted(
        p.name for p in SAMPLE.iterdir() if p.name != "README.md"
    )
    met = next(r for r in replies if r["force"] == "Metropolitan Police Service")
    for key in ("source", "force", "ons_code", "reference", "as_of", "status", "exemptions", "missing",
                "missing_low", "missing_high", "needs_review", "review_reason", "entries"):
        assert key in met
    assert met["ons_code"] == "E23000001"
    assert sum(e["count"] for e in met["entries"]) == 167
    assert {"since", "precision", "count", "status"} <= set(met["entries"][0])
    gmp = next(r for r in replies if r["force"] == "Greater Manchester Police")
    assert any(e["since"] == "2005-09" and e["precision"] == "month" for e in gmp["entries"])


def test_a_bad_file_gets_one_line_exit_1_and_the_batch_goes_on(tmp_path: Path, sample_copy: Path) -> None:
    (sample_copy / "broken reply.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage")
    (sample_copy / "empty.xlsx").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "foi_tally", "ingest", str(sample_copy), "--store", str(tmp_path / "s"), "-q"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = [ln for ln in (result.stdout + result.stderr).splitlines() if "unreadable " in ln]
    assert any("broken reply.pdf" in ln and "PDF is damaged" in ln for ln in lines)
    assert any("empty.xlsx" in ln and "empty file" in ln for ln in lines)
    report = report_json(tmp_path / "s")
    assert report["national"]["missing"] == 396  # unreadable files are listed, never counted
    review = json.loads(run_cli("review", "--format", "json", "--store", str(tmp_path / "s")))
    assert {i["source"] for i in review["review"] if i["kind"] == "unreadable"} == {"broken reply.pdf", "empty.xlsx"}


def test_removed_files_leave_the_store(tmp_path: Path, sample_copy: Path) -> None:
    store = tmp_path / "s"
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")
    (sample_copy / "Surrey Police - Refusal Notice.pdf").unlink()
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")
    assert force_row(report_json(store), "Surrey Police")["status"] == "no_reply"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    run_cli("ingest", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s"), expect=2)
    run_cli("report", "--format", "yaml", expect=2)


def test_store_from_environment(tmp_path: Path, sample_store: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FOI_TALLY_STORE", str(sample_store))
    assert json.loads(run_cli("report", "--format", "json"))["national"]["missing"] == 396


def test_every_command_has_help_with_an_example_and_is_in_the_readme() -> None:
    from foi_tally.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        text = run_cli(name, "--help")
        assert "Example" in text, name
        assert f"foi-tally {name}" in readme, name


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom foi_tally.cli import main\n"
        "CliRunner().invoke(main, ['--help'])\nCliRunner().invoke(main, ['report', '--help'])\n"
        "print(sorted(m for m in ('pandas', 'pdfplumber', 'openpyxl', 'pypdfium2', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=os.environ, check=False
    )
    assert out.stdout.strip() == "[]"
