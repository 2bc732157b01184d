"""The streaming xlsx reader must give exactly what openpyxl's full loader gives, on every workbook we have."""

from __future__ import annotations

from pathlib import Path

import pytest

from foi_tally.readers.spreadsheet import _read_xlsx_full, _read_xlsx_streaming

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = sorted(
    p for folder in (ROOT / "data" / "raw", ROOT / "tests" / "fixtures") for p in folder.iterdir()
    if p.suffix.lower() in (".xlsx", ".xlsm")
)


def test_there_are_workbooks_to_compare() -> None:
    assert len(WORKBOOKS) >= 10


@pytest.mark.parametrize("path", WORKBOOKS, ids=[p.name for p in WORKBOOKS])
def test_streaming_reader_matches_the_full_loader(path: Path) -> None:
    data = path.read_bytes()
    fast, full = _read_xlsx_streaming(data, path.name), _read_xlsx_full(data, path.name)
    assert fast.lines == full.lines
    assert fast.tables == full.tables
    assert fast.warnings == full.warnings
