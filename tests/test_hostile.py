"""Hostile files never hurt: a corpus of broken, encrypted, enormous and malicious files among good replies.

The corpus is generated at test time by scripts/make_hostile.py (nothing dangerous is committed) and
ingested by the real command in a subprocess whose address space is capped at 2 GiB, from an empty working
folder with an empty home: every good reply must read right, every bad one be listed with its reason on
one line, the run exit 1 without a traceback, and nothing be written anywhere but the store.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from foi_tally.records import Locator, MissingEntry, ReadError, Reply
from foi_tally.store import Store
from tests.helpers import ROOT, SAMPLE, run_cli

sys.path.insert(0, str(ROOT / "scripts"))
import make_hostile

MEMORY_CAP = 2 << 30


def cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def snapshot(root: Path, skip: Path | None = None) -> dict[str, str]:
    """Every path under `root` (links not followed) with its content digest or link target."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if skip is not None and (path == skip or skip in path.parents):
                continue
            if path.is_symlink():
                found[str(path)] = "-> " + os.readlink(path)
            elif path.is_file():
                size = path.stat().st_size
                found[str(path)] = (
                    hashlib.sha256(path.read_bytes()).hexdigest() if size < 64 << 20 else f"{size}"
                )
            else:
                found[str(path)] = "dir"
    return found


@dataclass
class Run:
    corpus: make_hostile.Corpus
    root: Path
    store: Path
    cwd: Path
    result: subprocess.CompletedProcess[str]
    before: dict[str, str]

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr

    def ingest(self) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "HOME": str(self.root / "home"),
            "TMPDIR": str(self.root / "tmp"),
            "COLUMNS": "80",
        }
        env.pop("FOI_TALLY_STORE", None)
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "foi_tally",
                "ingest",
                str(self.corpus.folder),
                "--store",
                str(self.store),
                "--jobs",
                "2",
            ],
            cwd=self.cwd,
            env=env,
            preexec_fn=cap_memory,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("hostile")
    corpus = make_hostile.build(root / "corpus")
    for name in ("cwd", "home", "tmp"):
        (root / name).mkdir()
    run = Run(corpus, root, root / "store", root / "cwd", subprocess.CompletedProcess([], 0), snapshot(root))
    run.result = run.ingest()
    return run


def test_the_memory_cap_is_real() -> None:
    """The 2 GiB cap the hostile ingest runs under does stop a process that asks for more."""
    code = "b = bytearray(3 << 30)"
    result = subprocess.run(
        [sys.executable, "-c", code], preexec_fn=cap_memory, capture_output=True, check=False
    )
    assert result.returncode != 0 and b"MemoryError" in result.stderr


def test_ingest_survives_exits_1_and_never_shows_a_traceback(hostile: Run) -> None:
    assert hostile.result.returncode == 1, hostile.output
    assert "Traceback" not in hostile.output
    assert "internal error" not in hostile.output
    n = len(hostile.corpus.good) + len(hostile.corpus.bad)
    assert f"{n} files read (0 unchanged)" in hostile.output


def test_each_bad_file_gets_one_line_with_its_reason(hostile: Run) -> None:
    lines = hostile.output.splitlines()
    for source, reason in hostile.corpus.bad.items():
        mine = [line for line in lines if source in line]
        assert len(mine) == 1, (source, mine)
        assert reason in mine[0], (source, mine[0])
    for source in hostile.corpus.good:
        assert not [line for line in lines if source in line], source


def test_every_file_is_in_the_reply_export_good_ones_read_right(hostile: Run) -> None:
    replies = json.loads(
        run_cli("export", "--level", "reply", "--format", "json", "--store", str(hostile.store))
    )
    by_source = {r["source"]: r for r in replies}
    assert len(replies) == len(by_source) == len(hostile.corpus.good) + len(hostile.corpus.bad)
    assert set(by_source) == set(hostile.corpus.good) | set(hostile.corpus.bad)
    for source, (force, missing) in hostile.corpus.good.items():
        reply = by_source[source]
        assert (reply["force"], reply["missing"], reply["needs_review"]) == (force, missing, False), source
    for source, reason in hostile.corpus.bad.items():
        reply = by_source[source]
        assert reply["needs_review"] and reply["status"] == "unknown" and reply["missing"] is None, source
        assert reason in reply["review_reason"], (source, reply["review_reason"])
    review = json.loads(run_cli("review", "--format", "json", "--store", str(hostile.store)))
    listed = {item["source"] for item in review["review"] if item["kind"] in ("unreadable", "review")}
    assert listed == set(hostile.corpus.bad)
    # The password-protected PDF says so.
    assert "password" in by_source["locked reply.pdf"]["review_reason"]


def test_nothing_is_written_outside_the_store_and_raw_files_are_untouched(hostile: Run) -> None:
    assert snapshot(hostile.root, skip=hostile.store) == hostile.before
    assert not list(hostile.root.parent.rglob("escaped-by-zip.txt"))
    for base in (hostile.cwd, hostile.corpus.folder, hostile.store, hostile.store / "replies", ROOT):
        assert not (base / ".." / ".." / "escaped-by-zip.txt").exists()
    assert sorted(p.name for p in hostile.store.iterdir()) == ["replies"]
    assert all(p.suffix == ".json" for p in (hostile.store / "replies").iterdir())


def test_reingest_leaves_the_store_byte_identical(hostile: Run) -> None:
    before = snapshot(hostile.store)
    again = hostile.ingest()
    assert again.returncode == 1 and "Traceback" not in again.stdout + again.stderr
    assert snapshot(hostile.store) == before


# --- the defences one at a time -------------------------------------------------------------------------


def test_openpyxl_refuses_xml_entities_itself(tmp_path: Path) -> None:
    """defusedxml is installed, so openpyxl's own parser refuses a DTD even if our check were bypassed."""
    import openpyxl
    from defusedxml import DefusedXmlException

    assert openpyxl.DEFUSEDXML is True
    path = tmp_path / "laughs.xlsx"
    make_hostile.billion_laughs(path, None, SAMPLE)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="could not read worksheets") as caught:
        openpyxl.load_workbook(path)
    assert isinstance(caught.value.__cause__, DefusedXmlException)


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("FOI_TALLY_MAX_ROWS", "5", "sheet 'Cover' is too large"),
        ("FOI_TALLY_MAX_COLUMNS", "2", "sheet 'Data' is too large"),
        ("FOI_TALLY_MAX_CELLS", "20", "sheet 'Data' is too large"),
        ("FOI_TALLY_MAX_FILE_BYTES", "1000", "too large"),
    ],
)
def test_size_limits_are_configurable(tmp_path: Path, variable: str, value: str, words: str) -> None:
    """A genuine spreadsheet (the Met's, 167 rows) is refused under a tight limit set in the environment, and
    the line names the sheet (its workbook, written by openpyxl, puts each relationship's Target before its Id)."""
    env = {**os.environ, variable: value}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "foi_tally",
            "ingest",
            str(SAMPLE / "MPS_FOI_2015020000145_RSO_wanted.xlsx"),
            "--store",
            str(tmp_path / "s"),
            "-q",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "too large to read safely" in output and words in output


def test_a_sheet_whose_declared_size_lies_is_measured_not_trusted(tmp_path: Path) -> None:
    """A dimension of 'A1' over a grid whose last cell is at row 300,000: refused before openpyxl loads it."""
    from foi_tally.readers import read_document

    path = tmp_path / "liar.xlsx"
    make_hostile._minimal_xlsx(
        path,
        b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="300000"><c r="B300000"><v>2</v></c>'
        b"</row></sheetData>",
        "A1",
    )
    with pytest.raises(ReadError, match="at least 300,000 rows"):
        read_document(path.read_bytes(), "liar.xlsx")


def test_a_zip_member_that_lies_about_its_size_is_never_inflated_whole(tmp_path: Path) -> None:
    from foi_tally.readers import read_document

    path = tmp_path / "liar.zip"
    make_hostile.zip_bomb_lying(path, None, SAMPLE)  # type: ignore[arg-type]
    assert zipfile.ZipFile(path).infolist()[0].file_size == 100
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ReadError, match="damaged"):
        read_document(path.read_bytes(), "liar.zip")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64 * 1024  # KiB: well under 256 MiB


def test_csv_exports_neutralise_formulas_from_documents(tmp_path: Path) -> None:
    """A reply whose reference, file name and quoted text start with '=', '-' or '@' cannot run in Excel."""
    store = Store(tmp_path / "store")
    source = '=HYPERLINK("http://evil.example","open").txt'
    entry = MissingEntry(
        since="2014",
        precision="year",
        count_low=3,
        count_high=3,
        status="wanted",
        locator=Locator(source, line=4),
        text="=1+2 went missing in 2014",
        method="prose",
    )
    other = MissingEntry(
        since=None,
        precision="unknown",
        count_low=2,
        count_high=2,
        status="believed_abroad",
        locator=Locator(source, line=5),
        text="@SUM(A1:A2) are abroad",
        method="prose",
    )
    store.save(
        [
            Reply(
                source=source,
                force="Kent Police",
                ons_code="E23000032",
                status="answered",
                reference="-2+3+cmd|' /C calc'!A0",
                as_of="2015-02-10",
                entries=(entry, other),
                sources=(source,),
                parser="generic",
                layout="prose",
            )
        ]
    )
    rows = list(
        csv.DictReader(
            io.StringIO(run_cli("export", "--level", "entry", "--format", "csv", "--store", str(store.root)))
        )
    )
    assert [(r["text"], r["count"], r["source"]) for r in rows] == [
        ("'=1+2 went missing in 2014", "3", "'" + source),
        ("'@SUM(A1:A2) are abroad", "2", "'" + source),
    ]
    replies = list(
        csv.DictReader(
            io.StringIO(run_cli("export", "--level", "reply", "--format", "csv", "--store", str(store.root)))
        )
    )
    assert replies[0]["reference"] == "'-2+3+cmd|' /C calc'!A0"
    assert replies[0]["missing"] == "5"


def test_an_internal_error_is_one_line_and_its_traceback_only_shows_with_debug(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A bug met on one file (a parser that raises) is that file's one line; --debug adds the traceback."""
    import foi_tally.parsers

    def broken(doc):  # type: ignore[no-untyped-def]
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(foi_tally.parsers, "parse_replies", broken)
    file = SAMPLE / "cleveland_reply.txt"
    quiet = run_cli("ingest", str(file), "--store", str(tmp_path / "a"), "--jobs", "1", expect=1)
    assert (
        "unreadable cleveland_reply.txt: internal error while reading (RuntimeError: a parser bug)" in quiet
    )
    assert "Traceback" not in quiet
    loud = run_cli("ingest", str(file), "--store", str(tmp_path / "b"), "--jobs", "1", "--debug", expect=1)
    assert "Traceback" in loud and 'raise RuntimeError("a parser bug")' in loud
