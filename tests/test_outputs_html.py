"""The self-contained HTML report: static checks, escaping, and a render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image

from foi_tally.forces import round_robin_forces
from tests.helpers import SAMPLE, run_cli
from tests.test_outputs_views import entry, reply, write_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


class Page(HTMLParser):
    """Just enough of the DOM: element text by id, and the by-force table's body rows."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self.force_rows: list[str] = []
        self.links: list[str] = []
        self.sources: list[str] = []
        self._in_forces_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "table" and attributes.get("id") == "forces":
            self._in_forces_body = True
        if tag == "tr" and self._in_forces_body and attributes.get("data-force"):
            self.force_rows.append(str(attributes["data-force"]))
        if tag == "a" and attributes.get("href"):
            self.links.append(str(attributes["href"]))
        if "src" in attributes:
            self.sources.append(str(attributes["src"]))
        if tag not in ("meta", "br", "link", "img", "input", "line", "rect", "path"):
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_forces_body = False
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, attributes in self.stack:
            if attributes.get("id"):
                key = str(attributes["id"])
                self.text_by_id[key] = self.text_by_id.get(key, "") + data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def report_file(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "site" / "report.html"
    run_cli("report", "--format", "html", "--output", str(out), "--sources", str(SAMPLE), "--store", str(sample_store))
    return out


def test_page_is_self_contained(report_file: Path) -> None:
    html = report_file.read_text(encoding="utf-8")
    page = parse(html)
    assert page.sources == []  # nothing to fetch: no images, scripts or frames from anywhere
    assert not re.search(r"<link\b|@import|url\(", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<svg" in html and "<style>" in html and "<script>" in html
    external = [href for href in page.links if re.match(r"[a-z]+:", href)]
    assert external == []  # links go to this page's sections or, relatively, to the reply files


def test_page_has_the_total_every_force_and_relative_links_to_sources(report_file: Path) -> None:
    page = parse(report_file.read_text(encoding="utf-8"))
    assert page.text_by_id["total"] == "396"
    assert page.text_by_id["national-total"] == "396"
    assert "46 of 46 forces replied" in page.text_by_id["coverage"]
    assert sorted(page.force_rows) == sorted(f.name for f in round_robin_forces())
    files = [href for href in page.links if not href.startswith("#")]
    assert "../../" in files[0] or files[0].startswith("..")  # relative to the page
    resolved = {(report_file.parent / unquote(href)).resolve() for href in files}
    assert {p.name for p in resolved} == {p.name for p in SAMPLE.iterdir() if p.name != "README.md"}
    assert all(p.exists() for p in resolved)
    assert "MPS_FOI_2015020000145_RSO_wanted.xlsx" in page.text_by_id["force-metropolitan"]
    assert "Surrey Police: refused" in page.text_by_id["force-surrey"]


def test_everything_from_documents_is_escaped(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", [
        reply("Kent Police", (entry("2014-11-19", text="<script>alert('x')</script> & <b>bold</b>",
                                    source="<img src=x onerror=alert(1)>.pdf"),),
              source="<img src=x onerror=alert(1)>.pdf", reference="\"><svg onload=alert(2)>"),
        reply("Dorset Police", (), status="unknown", source="dorset.eml", needs_review=True,
              review_reasons=("stated total <10> disagrees & rows say 3",)),
    ])
    out = tmp_path / "page.html"
    run_cli("report", "--format", "html", "--output", str(out), "--store", str(store))
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "stated total &lt;10&gt; disagrees &amp; rows say 3" in html
    assert parse(html).sources == []


def test_review_flags_and_overrides_are_shown(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", [
        reply("Kent Police", (entry("2014-11-19"),), source="kent.pdf"),
        reply("Dorset Police", (entry("2013"),), source="dorset.eml", needs_review=True,
              review_reasons=("the stated total (4) disagrees with the rows (1)",)),
    ])
    run_cli("override", "add", "Kent Police", "missing", "3", "--reason", "phone call with the press office",
            "--who", "AB", "--date", "2015-03-02", "--store", str(store))
    out = tmp_path / "page.html"
    run_cli("report", "--format", "html", "--output", str(out), "--store", str(store))
    page = parse(out.read_text(encoding="utf-8"))
    kent, dorset = page.text_by_id["force-kent"], page.text_by_id["force-dorset"]
    assert "override #1 (2015-03-02 by AB): missing = 3 because phone call with the press office" in kent
    assert "Needs review" in dorset and "the stated total (4) disagrees with the rows (1)" in dorset
    assert page.text_by_id["total"] == "3"  # Kent's override counts; Dorset awaits review
    notes = page.text_by_id["notes"]
    assert "Kent Police: override #1" in notes and "Dorset Police (dorset.eml): the stated total" in notes


def test_by_year_and_by_duration_pages(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "years.html"
    run_cli("report", "--by-year", "--format", "html", "--output", str(out), "--store", str(sample_store))
    html = out.read_text(encoding="utf-8")
    assert html.count('class="bar"') == 17 and 'data-year="unknown" data-missing="33"' in html
    page = parse(html)
    assert page.text_by_id["total"] == "396"
    out = tmp_path / "durations.html"
    run_cli("report", "--by-duration", "--format", "html", "--output", str(out), "--store", str(sample_store))
    assert "over 10 years" in out.read_text(encoding="utf-8")


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",  # type: ignore[list-item]
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=True,
    )


@needs_chromium
def test_chromium_renders_the_total_and_one_row_per_force(report_file: Path, tmp_path: Path) -> None:
    dom = chromium("--virtual-time-budget=3000", "--dump-dom", report_file.as_uri(), profile=tmp_path / "p1").stdout
    page = parse(dom)
    assert page.text_by_id["total"] == "396"
    assert len(page.force_rows) == 46 and len(set(page.force_rows)) == 46
    assert page.force_rows[0] == "Metropolitan Police Service"  # sorted by count, largest first
    # The sorter runs in the browser: a link with #sort=force-asc opens the table sorted by name.
    dom = chromium("--virtual-time-budget=3000", "--dump-dom", report_file.as_uri() + "#sort=force-asc",
                   profile=tmp_path / "p2").stdout
    page = parse(dom)
    assert page.force_rows == sorted(page.force_rows) and page.force_rows[0] == "Avon and Somerset Constabulary"
    assert 'data-sorted="force-asc"' in dom


@needs_chromium
def test_chromium_screenshot_is_not_blank(report_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    chromium("--window-size=1200,1600", f"--screenshot={shot}", report_file.as_uri(), profile=tmp_path / "p3")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1600)
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50
    background = max(count for count, _ in colours)
    assert background < image.width * image.height * 0.97  # text, the headline and the table are drawn
