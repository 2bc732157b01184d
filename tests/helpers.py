"""Helpers shared by the tests: run the CLI in-process, read its JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from foi_tally.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"


def run_cli(*args: str, expect: int | None = 0) -> str:
    """Run the CLI in-process; check the exit code; return stdout."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if expect is not None:
        assert result.exit_code == expect, result.output
    return result.output


def report_json(store: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run_cli("report", "--by-force", "--format", "json", "--store", str(store), *extra))


def force_row(report: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(f for f in report["forces"] if f["force"] == name)
