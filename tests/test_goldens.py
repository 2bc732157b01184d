"""Every fixture reply parses to exactly its reviewed golden record (tests/golden/NAME.json)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foi_tally.goldens import golden_text, read_fixture

HERE = Path(__file__).parent
FIXTURES = sorted(p for p in (HERE / "fixtures").iterdir() if not p.name.startswith(".") and p.suffix != ".md")


def test_every_fixture_has_a_golden_and_every_golden_a_fixture() -> None:
    fixtures = {p.name for p in FIXTURES}
    goldens = {p.name.removesuffix(".json") for p in (HERE / "golden").glob("*.json")}
    assert fixtures, "no fixtures: run `make fixtures`"
    assert fixtures == goldens


def _needs_ocr(path: Path) -> bool:
    return "scanned" in path.name


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_matches_golden(path: Path) -> None:
    from foi_tally.readers.ocr import available

    if _needs_ocr(path) and not available():
        pytest.skip("tesseract-ocr is not installed: this scanned fixture's golden was read with OCR")
    golden = (HERE / "golden" / f"{path.name}.json").read_text(encoding="utf-8")
    assert golden_text(read_fixture(path)) == golden
