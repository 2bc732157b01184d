"""Ingest: every file under the given folders -> a Reply record in the store.

Files are read in worker processes (`jobs`), results are written in input
order, so `--jobs 4` gives the same store as `--jobs 1`. A file whose bytes
and parser version match its stored record is not read again.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from foi_tally.records import ReadError, Reply
from foi_tally.store import Store

#: Files that describe a folder rather than answer the request.
IGNORED_NAMES = {"readme.md", "readme.txt", "readme", ".ds_store", "thumbs.db", "desktop.ini"}


@dataclass
class InputFile:
    path: Path
    source: str  # relative name used in records


@dataclass
class FileResult:
    source: str
    replies: list[Reply]
    error: str | None = None  # one-line reason when the file could not be read
    cached: bool = False
    trace: str | None = None  # traceback of an unexpected failure, shown only with --debug


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # symlinks and such, with reasons
    removed: list[str] = field(default_factory=list)

    @property
    def unreadable(self) -> list[FileResult]:
        return [r for r in self.results if r.error]

    @property
    def replies(self) -> list[Reply]:
        return [reply for r in self.results for reply in r.replies]

    @property
    def needing_review(self) -> list[Reply]:
        return [reply for reply in self.replies if reply.needs_review]

    @property
    def exit_code(self) -> int:
        return 1 if self.unreadable else 0


def discover(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Every reply file under `paths`, sorted; symlinks are never followed."""
    from foi_tally.readers.bundle import is_batch_folder

    files: list[InputFile] = []
    skipped: list[str] = []
    for root in paths:
        if root.is_symlink():
            skipped.append(f"{root}: symbolic link, not followed")
            continue
        if root.is_file():
            files.append(InputFile(root, root.name))
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"no such file or folder: {root}")
        prefix = "" if len(paths) == 1 else root.name.rstrip("/") + "/"
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            if is_batch_folder(Path(dirpath)):
                # An unzipped WhatDoTheyKnow batch download is one input, read whole (see readers/bundle.py).
                rel = Path(dirpath).relative_to(root).as_posix()
                files.append(InputFile(Path(dirpath), prefix + (root.name if rel == "." else rel)))
                dirnames[:] = []
                continue
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath) / name
                rel = prefix + path.relative_to(root).as_posix()
                if name.startswith(".") or name.lower() in IGNORED_NAMES:
                    continue
                if path.is_symlink():
                    skipped.append(f"{rel}: symbolic link, not followed")
                    continue
                files.append(InputFile(path, rel))
    files.sort(key=lambda f: f.source)
    return files, skipped


def read_one(path: str, source: str, known_hash: str | None, known_version: str | None, debug: bool) -> FileResult:
    """Read and parse one file. Runs in a worker process: everything it returns is picklable."""
    from foi_tally.parsers import PARSER_VERSION, parse_replies, unreadable_file
    from foi_tally.readers import read_replies
    from foi_tally.readers.bundle import pack_folder

    try:
        # A folder here is an unzipped WhatDoTheyKnow batch: packed in memory and read like the zip download.
        data = pack_folder(Path(path)) if Path(path).is_dir() else Path(path).read_bytes()
    except OSError as exc:
        reason = f"cannot open file ({exc.strerror or exc})"
        return FileResult(source, [unreadable_file(source, reason)], error=reason)
    except ReadError as exc:
        return FileResult(source, [unreadable_file(source, str(exc))], error=str(exc))
    digest = hashlib.sha256(data).hexdigest()
    if digest == known_hash and known_version == PARSER_VERSION:
        return FileResult(source, [], cached=True)
    stamp = {"content_hash": digest, "parser_version": PARSER_VERSION}
    try:
        replies = []
        for authority, doc in read_replies(data, source):
            found = parse_replies(doc)
            replies.extend(_check_authority(found, authority) if authority else found)
    except ReadError as exc:
        reason = str(exc)
        return FileResult(source, [_stamp(unreadable_file(source, reason), stamp)], error=reason)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        reason = f"internal error while reading ({type(exc).__name__}: {exc})"
        trace = traceback.format_exc() if debug else None
        return FileResult(source, [_stamp(unreadable_file(source, reason), stamp)], error=reason, trace=trace)
    return FileResult(source, [_stamp(reply, stamp) for reply in replies])


def _check_authority(replies: list[Reply], authority: str) -> list[Reply]:
    """A WhatDoTheyKnow batch says which authority each folder's request went to (forces.lookup maps it).

    Replies that read as coming from a different force, or from an authority
    that is not a force, are flagged; a joint reply that includes the
    authority's own force is not.
    """
    from foi_tally.forces import lookup

    force = lookup(authority)
    if force is None:
        return [r.flagged(f"WhatDoTheyKnow authority '{authority}' is not a police force in the registry") for r in replies]
    if any(r.force == force.name for r in replies):
        return replies
    return [
        r.flagged(f"sent to {force.name} on WhatDoTheyKnow, but the reply reads as from {r.force or 'another force'}")
        for r in replies
    ]


def _stamp(reply: Reply, stamp: dict[str, str]) -> Reply:
    from dataclasses import replace

    return replace(reply, **stamp)


def ingest(
    paths: list[Path],
    store: Store,
    jobs: int = 1,
    debug: bool = False,
    progress: Callable[[FileResult], None] | None = None,
) -> IngestSummary:
    """Read every file under `paths` into `store`; the store then holds exactly these files."""
    files, skipped = discover(paths)
    summary = IngestSummary(skipped=skipped)
    tasks = []
    for item in files:
        known = store.load(item.source)
        first = known[0] if isinstance(known, list) else known
        tasks.append(
            (
                str(item.path),
                item.source,
                first.get("content_hash") if first else None,
                first.get("parser_version") if first else None,
                debug,
            )
        )
    for result in _run(tasks, jobs):
        if result.cached:
            data = store.load(result.source)
            items = data if isinstance(data, list) else [data]
            result.replies = [Reply.from_dict(d) for d in items]
            if any(r.review_reason and r.review_reason.startswith("unreadable: ") for r in result.replies):
                result.error = result.replies[0].review_reason.removeprefix("unreadable: ")  # type: ignore[union-attr]
        else:
            store.save(result.replies)
        summary.results.append(result)
        if progress:
            progress(result)
    summary.removed = store.prune({f.source for f in files})
    return summary


def _run(tasks: list[tuple], jobs: int) -> Iterator[FileResult]:  # type: ignore[type-arg]
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield read_one(*task)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map() yields in input order, which keeps the output identical to a serial run.
        yield from pool.map(read_one, *zip(*tasks), chunksize=1)
