#!/usr/bin/env python3
"""Time ingest against the speed of text extraction: `make bench`.

Builds a corpus of 1,000+ replies with the sample generator (scripts/make_sample.py: every force's
builder run again with other random seeds, so dates, offences and tables vary) plus large files (50-page
PDFs of prose and of tables, 10,000-row spreadsheets and CSVs), cached in build/bench-corpus (gitignored;
`--rebuild` makes it again). Then, for 100 files, 300 files and the whole corpus, it prints:

- cold ingest (empty store) and warm re-ingest (nothing changed): seconds and files/s;
- the floor: poppler's `pdftotext` run once per PDF (one process per file) plus reading every other file
  once, with as many files at a time as ingest has workers, and cold ingest's ratio to it;
- the peak resident memory of the largest ingest process (the main one or a worker).

And `foi-tally --help` start-up against `python -c pass`, and the machine it ran on.

    python scripts/bench.py [--jobs N] [--rebuild] [--corpus DIR] [--by-kind]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
DEFAULT_CORPUS = ROOT / "build" / "bench-corpus"
#: Copies of the 46-reply sample round robin, each built with its own seed: 22 x 46 = 1,012 replies.
COPIES = 22
SIZES = (100, 300)  # subsets timed besides the whole corpus, to show how time and memory grow
FORCES = [
    "Kent Police",
    "Essex Police",
    "Sussex Police",
    "Thames Valley Police",
    "Merseyside Police",
    "Lancashire Constabulary",
    "Avon and Somerset Constabulary",
    "Northumbria Police",
]
CORPUS_VERSION = "1"  # bump when the corpus recipe changes, so a cached corpus is built again


# --- the corpus -----------------------------------------------------------------------------------------


def build_corpus(folder: Path) -> None:
    """Sample copies under copy-NN/, large files under large/. Deterministic: seeds, fixed dates."""
    import make_sample

    if folder.exists():
        shutil.rmtree(folder)
    for n in range(COPIES):
        out = folder / f"copy-{n:02d}"
        out.mkdir(parents=True)
        rng = random.Random(make_sample.SEED + n)
        for build in make_sample.BUILDERS:
            build(out, rng)
    large = folder / "large"
    large.mkdir()
    rng = random.Random(7)
    for n in range(4):
        _table_pdf(large / f"pdf-table-50-pages-{n}.pdf", FORCES[n], rng)
    for n in range(6):
        _prose_pdf(large / f"pdf-prose-50-pages-{n}.pdf", FORCES[(n + 2) % len(FORCES)], rng)
    for n in range(6):
        _big_xlsx(large / f"xlsx-10000-rows-{n}.xlsx", FORCES[(n + 4) % len(FORCES)], rng)
    for n in range(4):
        _big_csv(large / f"csv-10000-rows-{n}.csv", FORCES[(n + 1) % len(FORCES)], rng)
    (folder / ".complete").write_text(_recipe(), encoding="utf-8")


def _recipe() -> str:
    """What the cached corpus was built from: this version and the sample generator's source."""
    source = (ROOT / "scripts" / "make_sample.py").read_bytes()
    return f"{CORPUS_VERSION}:{hashlib.sha256(source).hexdigest()}"


def _people(rng: random.Random, n: int) -> list[list[str]]:
    import make_sample

    rows = []
    for i in range(n):
        since = make_sample.rand_day(rng, dt.date(2000, 1, 1), dt.date(2015, 1, 31))
        rows.append(
            [f"RSO-{i + 1:05d}", f"{since:%d/%m/%Y}", rng.choice(make_sample.OFFENCES), rng.choice("YNNN")]
        )
    return rows


def _letter(force: str, figure: str) -> list[tuple[str, object]]:
    import make_sample

    return [
        ("h", force),
        ("lines", ["Freedom of Information Unit", "Our Ref: FOI/2015/0999", "Date: 18 February 2015"]),
        ("p", "Dear Requester"),
        (
            "p",
            (
                f"As at 16 February 2015, {figure} registered sex offenders were recorded as wanted because "
                "their whereabouts are unknown."
            ),
        ),
        ("p", make_sample.DYNAMIC[0]),
    ]


def _table_pdf(path: Path, force: str, rng: random.Random) -> None:
    """A letter and a ruled table of individuals running over 50 pages."""
    import make_sample
    from reportlab.lib.units import mm

    rows = _people(rng, 2000)
    table = make_sample.table_flow(
        [["Ref", "Missing since", "Offence category", "Believed abroad"], *rows],
        grid=True,
        widths=[25 * mm, 30 * mm, 60 * mm, 30 * mm],
    )
    blocks = [
        *_letter(force, f"{len(rows):,}"),
        ("table", table),
        make_sample.signature("A. Clerk", "FOI Officer", "Information Rights", force),
    ]
    make_sample.write_pdf(path, blocks, title="FOI/2015/0999", author=force)


def _prose_pdf(path: Path, force: str, rng: random.Random) -> None:
    """The answer on page 1, then 49 pages of policy appendix."""
    import make_sample

    paragraph = (
        "The force manages registered sex offenders with its partners under the national framework; "
        "each case is reviewed by the offender manager and the risk assessment is kept under review. "
    )
    appendix = [("p", paragraph * rng.randint(5, 9)) for _ in range(200)]
    blocks = [
        *_letter(force, make_sample.word(rng.randint(2, 20))),
        *appendix,
        make_sample.signature("A. Clerk", "FOI Officer", "Information Rights", force),
    ]
    make_sample.write_pdf(path, blocks, title="FOI/2015/0998", author=force)


def _big_xlsx(path: Path, force: str, rng: random.Random) -> None:
    """A title block over 10,000 rows of individuals."""
    import make_sample
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append([force])
    sheet.append(["Registered sex offenders wanted, whereabouts unknown, as at 16/02/2015"])
    sheet.append(["Ref", "Missing since", "Offence category", "Believed abroad"])
    for row in _people(rng, 10_000):
        sheet.append(row)
    make_sample.save_xlsx(book, path, dt.datetime(2015, 2, 16, 10, 0), force)


def _big_csv(path: Path, force: str, rng: random.Random) -> None:
    import make_sample

    make_sample.write_csv(
        path,
        [[force], ["Ref", "Missing since", "Offence category", "Believed abroad"], *_people(rng, 10_000)],
    )


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def subset(folder: Path, files: list[Path], n: int, work: Path) -> Path:
    """n files with the corpus's mix of kinds (at least one of each, so the largest files are always in),
    evenly spaced within each kind, hard-linked into a folder of their own."""
    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(kind(path), []).append(path)
    chosen: list[Path] = []
    for members in groups.values():
        take = max(1, round(len(members) * n / len(files)))
        chosen += [members[int(i * len(members) / take)] for i in range(take)]
    target = work / f"subset-{n}"
    for source in chosen:
        link = target / source.relative_to(folder)
        link.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, link)
    return target


# --- measuring ------------------------------------------------------------------------------------------

#: Runs `foi-tally ARGS` in a fresh interpreter (timed from before the import) and reports its wall time,
#: the peak RSS of the main process (which must stay flat as the corpus grows) and of the largest worker
#: (set by the largest file it read).
_MEASURE = """
import contextlib, io, json, resource, sys, time
start = time.perf_counter()
from foi_tally.cli import main
code = 0
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main(sys.argv[1:])
    except SystemExit as exit:
        code = exit.code or 0
print(json.dumps({"seconds": time.perf_counter() - start, "code": code,
                  "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(args: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", _MEASURE, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def ingest_args(folder: Path, store: Path, jobs: int) -> list[str]:
    return ["ingest", str(folder), "--store", str(store), "-q", "--jobs", str(jobs)]


def floor(files: list[Path], jobs: int) -> float | None:
    """pdftotext once per PDF (a process each) and one read of every other file, `jobs` at a time."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None

    def one(path: Path) -> None:
        if path.read_bytes()[:1024].lstrip().startswith(b"%PDF"):
            subprocess.run([pdftotext, "-q", str(path), "-"], stdout=subprocess.DEVNULL, check=False)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, files))
    return time.perf_counter() - start


def kind(path: Path) -> str:
    if path.parent.name == "large":
        return {
            "pdf-table": "PDF, 50 pages, ruled table",
            "pdf-prose": "PDF, 50 pages, prose",
            "xlsx-1000": "xlsx, 10,000 rows",
            "csv-10000": "CSV, 10,000 rows",
        }[path.name[:9]]
    return "PDF letter (1-3 pages)" if path.suffix == ".pdf" else f"{path.suffix.lstrip('.')} reply"


def by_kind(files: list[Path]) -> None:
    """Seconds per file, read one at a time in this process (imports done), against the floor per file."""
    from foi_tally.ingest import read_one

    pdftotext = shutil.which("pdftotext")
    read_one(str(files[0]), files[0].name, None, (), False)  # imports
    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(kind(path), []).append(path)
    print(f"\n{'kind':<28} {'files':>5} {'ingest s/file':>13} {'floor s/file':>12} {'ratio':>6}")
    for name, paths in sorted(groups.items()):
        start = time.perf_counter()
        for path in paths:
            read_one(str(path), path.name, None, (), False)
        ours = (time.perf_counter() - start) / len(paths)
        start = time.perf_counter()
        for path in paths:
            if path.suffix == ".pdf" and pdftotext:
                subprocess.run([pdftotext, "-q", str(path), "-"], stdout=subprocess.DEVNULL, check=False)
            else:
                path.read_bytes()
        base = (time.perf_counter() - start) / len(paths)
        print(f"{name:<28} {len(paths):>5} {ours:>13.3f} {base:>12.4f} {ours / base:>5.0f}x")


def startup(command: list[str], runs: int = 11) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    mem_kb = next(
        (
            int(ln.split()[1])
            for ln in Path("/proc/meminfo").read_text().splitlines()
            if ln.startswith("MemTotal")
        ),
        0,
    )
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem_kb / 2**20:.1f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="ingest workers (default: cores)"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the corpus again even if it is cached")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where the corpus is cached")
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="also time each kind of file on its own, one process, against its floor (slow)",
    )
    args = parser.parse_args(argv)

    marker = args.corpus / ".complete"
    if args.rebuild or not marker.exists() or marker.read_text(encoding="utf-8") != _recipe():
        print(f"building the corpus in {args.corpus} (cached for next time) ...", flush=True)
        start = time.perf_counter()
        build_corpus(args.corpus)
        print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)
    # Byte-compiled first, as an installed package is: start-up is then not spent compiling the source
    # (which a PYTHONDONTWRITEBYTECODE environment would otherwise do in every process, every run).
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "compileall", "-q", str(ROOT / "foi_tally")],
                   check=True)
    files = corpus_files(args.corpus)
    pdfs = sum(1 for f in files if f.suffix == ".pdf")
    print(
        f"corpus: {len(files)} files ({pdfs} PDFs, {len(files) - pdfs} other), "
        f"{sum(f.stat().st_size for f in files) / 2**20:.0f} MB"
    )
    print(f"machine: {machine()}")
    print(f"ingest workers: {args.jobs}\n")

    rows = []
    with tempfile.TemporaryDirectory(prefix="foi-tally-bench-") as tmp:
        work = Path(tmp)
        folders = [subset(args.corpus, files, n, work) for n in SIZES if n < len(files)]
        folders = [(len(corpus_files(f)), f) for f in folders]
        folders.append((len(files), args.corpus))
        for n, folder in folders:
            store = work / f"store-{n}"
            cold = measure(ingest_args(folder, store, args.jobs))
            warm = measure(ingest_args(folder, store, args.jobs))
            base = floor(corpus_files(folder), args.jobs)
            rows.append((n, cold, warm, base))
            shutil.rmtree(store)

    print(
        f"{'files':>6} {'cold s':>7} {'files/s':>8} {'warm s':>7} {'files/s':>8} {'warm/cold':>9} "
        f"{'floor s':>8} {'cold/floor':>10} {'main MB':>8} {'worker MB':>9}"
    )
    for n, cold, warm, base in rows:
        ratio = f"{cold['seconds'] / base:.1f}x" if base else "n/a"
        main_mb = max(cold["main_mb"], warm["main_mb"])
        print(
            f"{n:>6} {cold['seconds']:>7.1f} {n / cold['seconds']:>8.1f} {warm['seconds']:>7.2f} "
            f"{n / warm['seconds']:>8.0f} {warm['seconds'] / cold['seconds']:>9.1%} "
            f"{(f'{base:.1f}' if base else 'n/a'):>8} {ratio:>10} {main_mb:>8.0f} {cold['worker_mb']:>9.0f}"
        )
    if rows[0][3] is None:
        print("(floor not measured: poppler's pdftotext is not installed; apt-get install poppler-utils)")
    (first, cold_first, warm_first, _), (last, cold_last, warm_last, _) = rows[0], rows[-1]
    main_growth = max(cold_last["main_mb"], warm_last["main_mb"]) / max(
        cold_first["main_mb"], warm_first["main_mb"]
    )
    print(
        f"\nfrom {first} to {last} files ({last / first:.1f}x): "
        f"cold time x{cold_last['seconds'] / cold_first['seconds']:.1f}, "
        f"warm time x{warm_last['seconds'] / warm_first['seconds']:.1f}, "
        f"main process memory x{main_growth:.2f} (a worker's peak is set by the largest file it reads)"
    )

    foi = startup([str(ROOT / ".venv" / "bin" / "foi-tally"), "--help"])
    bare = startup([sys.executable, "-c", "pass"])
    report = startup([str(ROOT / ".venv" / "bin" / "foi-tally"), "report", "--help"])
    print(
        f"start-up: foi-tally --help {foi * 1000:.0f} ms, foi-tally report --help {report * 1000:.0f} ms, "
        f"python -c pass {bare * 1000:.0f} ms ({foi / bare:.1f}x)"
    )
    if args.by_kind:
        by_kind(files)
    if any(r[1]["code"] not in (0, 1) or r[2]["code"] not in (0, 1) for r in rows):
        print("warning: an ingest run failed (exit code other than 0 or 1)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
