"""Damaged copies of every sample reply: the tool never crashes and never counts a damaged reply silently.

Each file in data/raw is cut short at three places and has a bit flipped at three places (seeded, so the
run is the same every time); a zip-based one (.xlsx, .docx...) is also zipped again, whole and valid, with
its largest XML part cut short, as a tool that re-packs a damaged download leaves it. A damaged reply must read to exactly the figure of the original, or be listed
for review (unreadable counts as listed), or read to another figure only because the damage reached the
figure's own words: the text the original figure was read from is no longer in the document. A different,
unflagged figure while that text is intact is a silent miscount, and fails the test.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from foi_tally.ingest import read_one
from foi_tally.readers import read_document
from foi_tally.records import COUNTED_STATUSES, ReadError, Reply
from tests.helpers import SAMPLE

SEED = 20150213
CUTS = 3
FLIPS = 3

Figure = tuple[str | None, bool, int | None, int | None]


def figure(reply: Reply) -> Figure:
    """What a reply contributes to the tally: its force, whether it is counted, and the count's bounds."""
    return reply.force, reply.status in COUNTED_STATUSES, reply.missing_low, reply.missing_high


def mutants(name: str, data: bytes) -> list[tuple[str, bytes]]:
    rng = random.Random(f"{SEED}:{name}")
    found = []
    for _ in range(CUTS):
        cut = rng.randrange(len(data) // 10, len(data) * 9 // 10)
        found.append((f"cut at byte {cut}", data[:cut]))
    for _ in range(FLIPS):
        at, bit = rng.randrange(len(data)), rng.randrange(8)
        flipped = bytearray(data)
        flipped[at] ^= 1 << bit
        found.append((f"bit {bit} flipped at byte {at}", bytes(flipped)))
    if data.startswith(b"PK"):
        found += inner_cut(data)
    return found


def inner_cut(data: bytes) -> list[tuple[str, bytes]]:
    """The archive zipped again with its largest XML part cut to two thirds (the zip itself is sound), if it
    has an XML part."""
    with zipfile.ZipFile(io.BytesIO(data)) as original:
        parts = [i for i in original.infolist() if i.filename.endswith(".xml")]
        if not parts:
            return []
        largest = max(parts, key=lambda i: i.file_size).filename
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in original.infolist():
                part = original.read(info)
                archive.writestr(info.filename, part[: len(part) * 2 // 3] if info.filename == largest else part)
    return [(f"{largest} cut short inside a sound zip", out.getvalue())]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def document_text(data: bytes, source: str) -> str | None:
    """Everything a document says (lines, and table rows as the parsers quote them), or None if unreadable."""
    try:
        doc = read_document(data, source)
    except ReadError:
        return None
    rows = [" | ".join(c.text for c in row) for table in doc.tables for row in table.rows]
    return _normal(" ".join([line.text for line in doc.lines] + rows))


def evidence(reply: Reply) -> list[str]:
    """The words a reply's figure was read from."""
    return [
        _normal(t) for t in [e.text for e in reply.entries] + [reply.stated_total_text or ""] if t.strip()
    ]


def check(task: tuple[str, str, str, list[Figure], list[str]]) -> tuple[str, str, str]:
    """One damaged copy: 'same', 'flagged', 'touched' (its figure's words damaged), 'silent' or 'crash'."""
    path, source, label, originals, words = task
    result = read_one(path, source, None, (), False)
    if (result.error or "").startswith("internal error") or any(
        "internal error" in (r.review_reason or "") for r in result.replies
    ):
        return source, label, f"crash: {result.error}"
    outcome = "same"
    for reply in result.replies:
        if reply.needs_review:
            outcome = "flagged" if outcome == "same" else outcome
        elif figure(reply) not in originals:
            text = document_text(Path(path).read_bytes(), source) or ""
            if all(w in text for w in words):
                return source, label, f"silent: {figure(reply)} instead of {originals}"
            outcome = "touched"
    return source, label, outcome


def test_damaged_replies_never_crash_and_are_never_counted_silently(tmp_path: Path) -> None:
    tasks = []
    for original in sorted(p for p in SAMPLE.iterdir() if p.name != "README.md"):
        data = original.read_bytes()
        read = read_one(str(original), original.name, None, (), False)
        assert not read.error and not any(r.needs_review for r in read.replies), original.name
        originals = [figure(r) for r in read.replies]
        words = [w for r in read.replies for w in evidence(r)]
        for n, (label, damaged) in enumerate(mutants(original.name, data)):
            folder = tmp_path / hashlib.sha1(f"{original.name}{n}".encode()).hexdigest()[:10]
            folder.mkdir()
            (folder / original.name).write_bytes(damaged)
            tasks.append((str(folder / original.name), original.name, label, originals, words))
    with ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        outcomes = list(pool.map(check, tasks, chunksize=4))

    containers = sum(1 for p in SAMPLE.iterdir() if p.read_bytes()[:2] == b"PK")
    assert containers >= 8  # the sample's .xlsx replies
    assert len(outcomes) == 46 * (CUTS + FLIPS) + containers
    crashes = [o for o in outcomes if o[2].startswith("crash")]
    silent = [o for o in outcomes if o[2].startswith("silent")]
    assert crashes == [], crashes[:5]
    assert silent == [], silent[:5]
    tally = {kind: sum(1 for o in outcomes if o[2] == kind) for kind in ("same", "flagged", "touched")}
    # The damage is real and varied: most copies are caught, many still read right, few change a figure.
    assert tally["flagged"] >= len(outcomes) // 2, tally
    assert tally["same"] >= 20, tally
    assert tally["touched"] <= len(outcomes) // 20, tally
