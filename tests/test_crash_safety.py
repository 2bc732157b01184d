"""Nothing is ever lost: kill -9 mid-ingest, a worker that dies, a failed write, one force's parser bumped."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import foi_tally.ingest as ingest_module
from foi_tally import parsers
from foi_tally.cli import main
from foi_tally.ingest import ingest
from foi_tally.store import Store, write_atomic
from tests.helpers import ROOT, SAMPLE, run_cli
from tests.test_cli import tree_digest


def start_ingest(folder: Path, store: Path) -> subprocess.Popen[bytes]:
    """`foi-tally ingest` in a session of its own, so it and its workers can be killed together."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "foi_tally",
            "ingest",
            str(folder),
            "--store",
            str(store),
            "--jobs",
            "2",
            "-q",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def records(store: Path) -> list[Path]:
    return sorted((store / "replies").glob("*.json")) if (store / "replies").is_dir() else []


def kill_after(process: subprocess.Popen[bytes], store: Path, count: int, timeout: float = 60) -> int:
    """SIGKILL the ingest (and its workers) once `count` records are in the store; how many were written."""
    deadline = time.monotonic() + timeout
    while len(records(store)) < count:
        assert process.poll() is None, "ingest finished before it could be killed"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return len(records(store))


def test_kill_9_mid_ingest_then_rerun_gives_the_uninterrupted_store(
    tmp_path: Path, sample_store: Path
) -> None:
    folder, store = tmp_path / "raw", tmp_path / "store"
    shutil.copytree(SAMPLE, folder)
    process = start_ingest(folder, store)
    written = kill_after(process, store, 8)
    assert process.returncode == -signal.SIGKILL
    assert 8 <= written < 46, written  # really killed mid-run
    # A torn record (as a failing disk might leave) and a temporary file of a write that never finished.
    damaged = records(store)[0]
    damaged.write_text('{"source": "trunc', encoding="utf-8")
    (store / "replies" / f".{damaged.name}.x1y2.tmp").write_text("{", encoding="utf-8")

    out = run_cli("ingest", str(folder), "--store", str(store), "--jobs", "2")
    assert "46 files read" in out
    assert tree_digest(store) == tree_digest(sample_store)  # byte-identical to a run never interrupted
    assert [p.name for p in store.rglob("*") if p.name.endswith(".tmp")] == []


def test_reingest_of_an_unchanged_folder_reads_nothing_and_writes_nothing(
    tmp_path: Path, sample_store: Path
) -> None:
    store = Store(tmp_path / "store")
    shutil.copytree(sample_store, store.root)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in records(store.root)}
    again = ingest([SAMPLE], store, jobs=1)
    assert [r.cached for r in again.results] == [True] * 46
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in records(store.root)} == before


def test_bumping_one_force_parser_reparses_only_that_forces_files(
    tmp_path: Path,
    sample_store: Path,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    store = Store(tmp_path / "store")
    shutil.copytree(sample_store, store.root)
    kent = parsers.registry()["Kent Police"]
    assert (
        store.load("Kent_RSO_FOI_reply.pdf")["parser_version"] == f"{parsers.PARSER_VERSION}+{kent.version}"
    )
    monkeypatch.setitem(
        parsers.registry(), "Kent Police", dataclasses.replace(kent, version=kent.version + ".1")
    )

    summary = ingest([SAMPLE], store, jobs=1)
    assert [r.source for r in summary.results if not r.cached] == ["Kent_RSO_FOI_reply.pdf"]
    assert (
        store.load("Kent_RSO_FOI_reply.pdf")["parser_version"] == f"{parsers.PARSER_VERSION}+{kent.version}.1"
    )
    assert all(r.cached for r in ingest([SAMPLE], store, jobs=1).results)

    # A change to shared code (PARSER_VERSION) reads every file again: shown here on two of them.
    stamps = {
        s: (store.load(s)["content_hash"], ((store.load(s)["force"], store.load(s)["parser_version"]),))
        for s in ("Kent_RSO_FOI_reply.pdf", "NYP 0215 FOI.csv")
    }
    for source, (digest, stamp) in stamps.items():
        assert ingest_module.read_one(str(SAMPLE / source), source, digest, stamp, False).cached
    monkeypatch.setattr(parsers, "PARSER_VERSION", parsers.PARSER_VERSION + ".shared-change")
    for source, (digest, stamp) in stamps.items():
        result = ingest_module.read_one(str(SAMPLE / source), source, digest, stamp, False)
        assert not result.cached and ".shared-change+" in (result.replies[0].parser_version or "")


def test_a_file_read_by_no_force_carries_every_force_parsers_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "note.txt").write_text("Thank you for your email. We will reply within 20 working days.\n")
    store = Store(tmp_path / "store")
    ingest([folder], store, jobs=1)
    assert store.load("note.txt")["parser_version"] == parsers.parser_version(None)
    kent = parsers.registry()["Kent Police"]
    monkeypatch.setitem(parsers.registry(), "Kent Police", dataclasses.replace(kent, version="2"))
    # Kent's parser might now recognise the unidentified file, so it is read again.
    assert [r.cached for r in ingest([folder], store, jobs=1).results] == [False]


def crash_on_marked_files(path: str, source: str, *args: object) -> ingest_module.FileResult:
    """read_one, except that a file named 'crash...' kills its worker, as a segfault in a reader would."""
    if source.startswith("crash"):
        os._exit(139)
    return READ_ONE(path, source, *args)  # type: ignore[arg-type]


READ_ONE = ingest_module.read_one


def test_a_worker_that_dies_loses_only_its_own_file(tmp_path: Path, sample_store: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "raw"
    folder.mkdir()
    good = [
        "Kent_RSO_FOI_reply.pdf",
        "NYP 0215 FOI.csv",
        "cleveland_reply.txt",
        "staffs_reply.eml",
        "response.pdf",
    ]
    for name in good:
        shutil.copyfile(SAMPLE / name, folder / name)
    shutil.copyfile(SAMPLE / "Kent_RSO_FOI_reply.pdf", folder / "crash me.pdf")
    monkeypatch.setattr(ingest_module, "read_one", crash_on_marked_files)
    store = Store(tmp_path / "store")
    summary = ingest([folder], store, jobs=2)
    assert [r.source for r in summary.unreadable] == ["crash me.pdf"]
    assert "the reader crashed on this file" in (summary.unreadable[0].error or "")
    assert len(summary.results) == 6 and len(records(store.root)) == 6
    reference = Store(sample_store)
    for name in good:  # every other file is stored exactly as an undisturbed run stores it
        assert store.path_for(name).read_bytes() == reference.path_for(name).read_bytes()


def test_a_failed_write_leaves_the_old_record_and_no_temporary_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "replies" / "a.json"
    write_atomic(target, "old\n")

    def no_rename(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(os, "replace", no_rename)
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=40), st.lists(st.text(max_size=30), max_size=3), st.booleans(), st.integers(1, 3),
    st.sampled_from([0, 3000]),
)
def test_stored_fields_read_without_decoding_match_the_record(
    force: str, reasons: list[str], joint: bool, copies: int, rows: int
) -> None:
    """Store.fields reads a few keys off a record's text (only its two ends, when it holds thousands of
    figures); whatever the values hold, it agrees with json."""
    import json
    import tempfile

    from foi_tally.records import Locator, MissingEntry, Reply

    entries = tuple(
        MissingEntry("2010", "year", 1, 1, "wanted", Locator("a.txt", row=n), f'"force": {force!r}, row {n}')
        for n in range(rows)
    )

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        reply = Reply(
            source="a.txt",
            force=force or None,
            ons_code=None,
            status="unknown",
            content_hash="ab12",
            parser_version='1+"2",',
            review_reasons=tuple(reasons),
            needs_review=bool(reasons),
            entries=entries,
        )
        store.save([reply] * (copies if joint else 1))
        data = json.loads(store.path_for("a.txt").read_text(encoding="utf-8"))
        records = data if isinstance(data, list) else [data]
        assert store.fields("a.txt") == [
            {k: r[k] for k in ("content_hash", "force", "parser_version", "needs_review", "review_reason")}
            for r in records
        ]


def test_reingest_of_a_batch_folder_and_a_plain_file_reads_nothing_again(tmp_path: Path) -> None:
    """A WhatDoTheyKnow batch saved as a folder is hashed in a worker (packed first): unchanged all the same."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from fixtures import formats

    formats.write_wdtk_folder(tmp_path / "raw" / "wdtk-batch")
    shutil.copyfile(SAMPLE / "cleveland_reply.txt", tmp_path / "raw" / "cleveland_reply.txt")
    store = Store(tmp_path / "store")
    first = ingest([tmp_path / "raw"], store, jobs=1)
    before = {p.name: p.read_bytes() for p in records(store.root)}
    again = ingest([tmp_path / "raw"], store, jobs=2)
    assert [(r.source, r.cached) for r in again.results] == [
        ("cleveland_reply.txt", True),
        ("wdtk-batch", True),
    ]
    assert (again.reply_count, again.needing_review) == (first.reply_count, first.needing_review)
    assert first.reply_count > 2  # the batch holds one reply per authority that answered
    assert {p.name: p.read_bytes() for p in records(store.root)} == before


def test_a_record_left_empty_by_a_power_cut_is_reported_then_read_again(tmp_path: Path) -> None:
    """Records are flushed to disk at the end of a run: one cut short before that is never read as a reply
    with nothing in it. Reports stop with one line saying so, and the next ingest reads its file again."""
    store = tmp_path / "store"
    run_cli("ingest", str(SAMPLE), "--store", str(store), "-q")
    before = tree_digest(store)
    victim = Store(store).path_for("GMP FOI 2015-0622 response.pdf")
    victim.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--store", str(store)])
    assert result.exit_code == 1
    assert "damaged" in result.output and victim.name in result.output
    assert "Traceback" not in result.output
    out = run_cli("ingest", str(SAMPLE), "--store", str(store), "-q")
    assert "(45 unchanged)" in out
    assert tree_digest(store) == before


def test_a_pool_that_breaks_while_files_are_still_being_handed_out_loses_none(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    folder = tmp_path / "raw"
    folder.mkdir()
    names = ["NYP 0215 FOI.csv", "cleveland_reply.txt", "staffs_reply.eml", "response.pdf"]
    for name in names:
        shutil.copyfile(SAMPLE / name, folder / name)
    submit = ProcessPoolExecutor.submit
    calls = {"n": 0}

    def breaks_on_the_third(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:  # a worker died before the third file was handed out
            raise BrokenProcessPool("a child process terminated abruptly")
        return submit(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", breaks_on_the_third)
    summary = ingest([folder], Store(tmp_path / "store"), jobs=2)
    assert sorted(r.source for r in summary.results) == sorted(names)
    assert summary.unreadable == [] and len(records(tmp_path / "store")) == len(names)
