"""Rewrite tests/golden/*.json from what the parsers make of tests/fixtures/ today.

Run it only on purpose (`make goldens`), then read the diff: a golden is the
reviewed, expected record of its fixture, and tests compare against it exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foi_tally.goldens import golden_text, read_fixture
from foi_tally.readers.ocr import available as ocr_available


def main() -> None:
    fixtures = ROOT / "tests" / "fixtures"
    goldens = ROOT / "tests" / "golden"
    goldens.mkdir(exist_ok=True)
    for path in sorted(fixtures.iterdir()):
        if path.name.startswith(".") or path.suffix == ".md":
            continue
        target = goldens / f"{path.name}.json"
        if "scanned" in path.name and not ocr_available():
            # (read without OCR, a scan gives nothing: its golden stays as OCR read it, for the tests that have OCR)
            print(f"kept {target.relative_to(ROOT)}: tesseract-ocr is not installed, so the scan cannot be read here")
            continue
        text = golden_text(read_fixture(path))
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"updated {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
