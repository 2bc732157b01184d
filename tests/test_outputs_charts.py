"""Charts: PNG and SVG at newspaper column width, labelled, opened back with Pillow and an XML parser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from foi_tally.merge import tally_store
from foi_tally.outputs.charts import chart_labels
from tests.helpers import run_cli

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("view", ["force", "year"])
def test_png_is_six_cm_wide_at_print_resolution_and_not_blank(view: str, sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{view}.png"
    run_cli("chart", f"--by-{view}", "--output", str(out), "--store", str(sample_store))
    image = Image.open(out).convert("RGB")
    assert abs(image.width - round(6 / 2.54 * 300)) <= 2  # 6 cm at 300 dpi
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 20  # bars, text and anti-aliasing, not an empty canvas
    assert any(abs(r - 0x1F) < 8 and abs(g - 0x5A) < 8 and abs(b - 0x96) < 8 for _, (r, g, b) in colours)  # the bars
    white = max(count for count, colour in colours if colour == (255, 255, 255))
    assert white < image.width * image.height * 0.95


def test_svg_by_force_is_labelled_with_names_values_title_and_source(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "forces.svg"
    run_cli("chart", "--by-force", "--output", str(out), "--store", str(sample_store))
    texts = svg_texts(out)
    joined = " ".join(texts)
    assert "Metropolitan" in texts and "167" in texts and "West Midlands" in texts and "39" in texts
    assert "396 in all" in joined and "43 of 46 forces gave a figure" in joined
    assert "Wanted, whereabouts unknown" in texts
    result, _ = tally_store(sample_store)
    labels = chart_labels("force", result)
    assert labels[:3] == ["Metropolitan", "West Midlands", "Greater Manchester"] and len(labels) == 39
    assert all(label in texts for label in labels)


def test_svg_by_year_has_every_year_and_the_unknown_bar(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "years.svg"
    run_cli("chart", "--by-year", "--output", str(out), "--store", str(sample_store), "--width-cm", "12")
    texts = svg_texts(out)
    assert all(str(year) in texts for year in range(2000, 2016))
    assert "unknown" in texts and "61" in texts and "33" in texts
    width = ET.parse(out).getroot().get("width")
    assert width is not None and abs(float(width.rstrip("pt")) - 12 / 2.54 * 72) < 1


def test_chart_rejects_an_unknown_format(sample_store: Path, tmp_path: Path) -> None:
    out = run_cli("chart", "--by-force", "--output", str(tmp_path / "c.gif"), "--store", str(sample_store), expect=2)
    assert "end it in .png or .svg" in out
    assert not (tmp_path / "c.gif").exists()
