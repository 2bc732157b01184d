"""Ingest: every file under the given folders -> a Reply record in the store.

Files are read in worker processes (`jobs`), and each worker writes the
records of the files it read: a file's record depends on that file alone, so
`--jobs 4` gives the same store as `--jobs 1`. Results come back in input
order for the progress bar and the summary. A file whose bytes and parser
version match its stored record is not read again.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from foi_tally.records import ReadError, Reply
from foi_tally.store import Store

#: Files that describe a folder rather than answer the request.
IGNORED_NAMES = {"readme.md", "readme.txt", "readme", ".ds_store", "thumbs.db", "desktop.ini"}


#: Files larger than this are listed as unreadable without being read (a reply is rarely over 50 MB).
MAX_FILE_BYTES = int(os.environ.get("FOI_TALLY_MAX_FILE_BYTES") or 256 * 1024 * 1024)


@dataclass
class InputFile:
    path: Path
    source: str  # relative name used in records


def source_name(relative: str) -> str:
    """A file's name as records show it: bytes that are not UTF-8 (a Latin-1 name copied from an old
    share) become backslash escapes, so the name can be stored, printed and told apart from its neighbours."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class Flagged(NamedTuple):
    """A reply listed for review, as ingest reports it (the record itself is in the store)."""

    source: str
    force: str | None
    review_reason: str | None


@dataclass
class FileResult:
    source: str
    replies: list[Reply]  # emptied once they are stored: the counts below then say what they were
    error: str | None = None  # one-line reason when the file could not be read
    cached: bool = False
    trace: str | None = None  # traceback of an unexpected failure, shown only with --debug
    reply_count: int = 0
    flagged: list[Flagged] = field(default_factory=list)
    written: str | None = None  # the record file, when saving it changed it (flushed to disk at the end)


@dataclass
class IngestSummary:
    """What an ingest did. Each file's records are in the store: a result keeps only its source, error and
    whether it was unchanged (its replies are dropped once stored), and a reply needing review only its
    reason, so memory stays flat however many files there are."""

    results: list[FileResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # symlinks and such, with reasons
    removed: list[str] = field(default_factory=list)
    reply_count: int = 0  # replies stored (a joint reply or a WhatDoTheyKnow batch holds several)
    needing_review: list[Flagged] = field(default_factory=list)

    @property
    def unreadable(self) -> list[FileResult]:
        return [r for r in self.results if r.error]

    @property
    def exit_code(self) -> int:
        return 1 if self.unreadable else 0


def discover(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Every reply file under `paths`, sorted. Symbolic links are never followed: each is an input of its own,
    recorded as unreadable, so it is listed rather than silently left out."""
    from foi_tally.readers.bundle import is_batch_folder

    files: list[InputFile] = []
    skipped: list[str] = []
    for root in paths:
        if root.is_symlink():
            skipped.append(f"{root}: symbolic link, not followed")
            continue
        if root.is_file():
            files.append(InputFile(root, source_name(root.name)))
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"no such file or folder: {root}")
        prefix = "" if len(paths) == 1 else root.name.rstrip("/") + "/"
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            if is_batch_folder(Path(dirpath)):
                # An unzipped WhatDoTheyKnow batch download is one input, read whole (see readers/bundle.py).
                rel = Path(dirpath).relative_to(root).as_posix()
                name = source_name(prefix + (root.name if rel == "." else rel))
                files.append(InputFile(Path(dirpath), name))
                dirnames[:] = []
                continue
            links = [d for d in dirnames if not d.startswith(".") and (Path(dirpath) / d).is_symlink()]
            for name in links:
                link = Path(dirpath) / name
                files.append(InputFile(link, source_name(prefix + link.relative_to(root).as_posix())))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in links)
            for name in sorted(filenames):
                path = Path(dirpath) / name
                rel = source_name(prefix + path.relative_to(root).as_posix())
                if name.startswith(".") or name.lower() in IGNORED_NAMES:
                    continue
                files.append(InputFile(path, rel))
    files.sort(key=lambda f: f.source)
    return files, skipped


_COLLECTOR_TUNED = False  # per process: read_one sets the cyclic collector up for reading on its first call


def read_one(
    path: str,
    source: str,
    known_hash: str | None,
    known_stamps: tuple[tuple[str | None, str], ...],
    debug: bool,
) -> FileResult:
    """Read and parse one file. Runs in a worker process: everything it returns is picklable.

    `known_stamps` are the (force, parser version) of the file's stored records: when the bytes hash the
    same and each record's force parser is still at the version it was stamped with, nothing is read.
    """
    from foi_tally.parsers import parse_replies, parser_version, unreadable_file
    from foi_tally.readers import read_replies
    from foi_tally.readers.bundle import pack_folder

    global _COLLECTOR_TUNED
    if not _COLLECTOR_TUNED:
        # A 10,000-row sheet makes some 100,000 objects that live until the file is done, none of them in
        # a cycle: with the default thresholds the cyclic collector walks them again and again. And the
        # modules imported by now are here to stay: full collections skip them.
        gc.set_threshold(20_000, 20, 20)
        gc.freeze()
        _COLLECTOR_TUNED = True

    def unreadable(reason: str, stamp: dict[str, str] | None = None, trace: str | None = None) -> FileResult:
        record = unreadable_file(source, reason)
        return FileResult(source, [_stamp(record, stamp) if stamp else record], error=reason, trace=trace)

    if Path(path).is_symlink():
        return unreadable("symbolic link, not followed: copy the file itself into the folder to read it")
    try:
        # A folder here is an unzipped WhatDoTheyKnow batch: packed in memory and read like the zip download.
        data = pack_folder(Path(path)) if Path(path).is_dir() else _read_bytes(path)
    except OSError as exc:
        return unreadable(f"cannot open file ({exc.strerror or exc})")
    except ReadError as exc:
        return unreadable(str(exc))
    digest = hashlib.sha256(data).hexdigest()
    if digest == known_hash and known_stamps and all(v == parser_version(f) for f, v in known_stamps):
        return FileResult(source, [], cached=True)
    try:
        replies = []
        for authority, doc in read_replies(data, source):
            found = parse_replies(doc)
            replies.extend(_check_authority(found, authority) if authority else found)
    except ReadError as exc:
        return unreadable(str(exc), {"content_hash": digest, "parser_version": parser_version(None)})
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        reason = f"internal error while reading ({type(exc).__name__}: {exc})"
        trace = None
        if debug:
            import traceback

            trace = traceback.format_exc()
        return unreadable(reason, {"content_hash": digest, "parser_version": parser_version(None)}, trace)
    return FileResult(source, [_stamp(r, {"content_hash": digest, "parser_version": parser_version(r.force)})
                               for r in replies])


def _read_bytes(path: str) -> bytes:
    """The file's bytes, opened without following a symbolic link and refused unread when it is enormous."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(
                f"file is too large to read safely ({size / 2**20:,.0f} MB; limit "
                f"{MAX_FILE_BYTES / 2**20:,.0f} MB, set FOI_TALLY_MAX_FILE_BYTES to raise it)"
            )
        return handle.read(MAX_FILE_BYTES + 1)


def read_and_store(store_root: str, *task: Any) -> FileResult:
    """read_one, and its records saved: in a worker, so the main process only keeps count.

    Records are written whole but not flushed one by one (ingest flushes them all at the end), and are
    not sent back: a 10,000-row table's records cost more to pass between processes than to write.
    """
    result = read_one(*task)
    if not result.cached:
        _store(result, Store(Path(store_root)))
    return result




def _store(result: FileResult, store: Store) -> None:
    if store.save(result.replies, sync=False):
        result.written = str(store.path_for(result.replies[0].source))
    result.reply_count = len(result.replies)
    result.flagged = [Flagged(r.source, r.force, r.review_reason) for r in result.replies if r.needs_review]
    result.replies = []  # stored: not kept, so memory stays flat however many files there are


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
    started: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Read every file under `paths` into `store`; the store then holds exactly these files.

    `started` is told how many files were found, `progress` each file's result as it is stored.
    """
    files, skipped = discover(paths)
    if started:
        started(len(files))
    summary = IngestSummary(skipped=skipped)
    tasks = []
    headers: list[list[dict[str, Any]] | None] = []  # the stored records' fields when the file is unchanged
    for item in files:
        known = store.fields(item.source)
        stamps = tuple((r["force"], r["parser_version"] or "") for r in known)
        digest = known[0]["content_hash"] if known else None
        tasks.append((str(item.path), item.source, digest, stamps, debug))
        # Checked here, so an unchanged folder is re-ingested without starting a single worker.
        headers.append(known if known and _unchanged(item.path, digest, stamps) else None)
    changed = _run([task for task, known in zip(tasks, headers) if known is None], jobs, str(store.root))
    written: list[Path] = []
    for task, known in zip(tasks, headers):
        result = FileResult(task[1], [], cached=True) if known is not None else next(changed)
        if result.cached:
            # (A batch folder is only found unchanged in a worker, which packs it before hashing it.)
            known = known if known is not None else store.fields(result.source)
            flagged = [Flagged(task[1], r["force"], r["review_reason"]) for r in known if r["needs_review"]]
            reason = (known[0]["review_reason"] or "") if known else ""
            if reason.startswith("unreadable: "):
                result.error = reason.removeprefix("unreadable: ")
            summary.reply_count += len(known)
        else:
            if result.replies:  # not stored by a worker: a file whose worker crashed is recorded here
                _store(result, store)
            if result.written:
                written.append(Path(result.written))
            flagged = result.flagged
            summary.reply_count += result.reply_count
        summary.needing_review.extend(flagged)
        if progress:
            progress(result)
        summary.results.append(result)
    summary.removed = store.prune({f.source for f in files})
    store.sync(written)
    return summary


def _unchanged(path: Path, digest: str | None, stamps: tuple[tuple[str | None, str], ...]) -> bool:
    """Whether a plain file hashes as stored, and its records' parsers are still at their stamped versions."""
    if digest is None or path.is_symlink() or not path.is_file():
        return False
    from foi_tally.parsers import parser_version

    if not all(version == parser_version(force) for force, version in stamps):
        return False  # a parser changed: no need to read the file to know it must be parsed again
    try:
        return hashlib.sha256(_read_bytes(str(path))).hexdigest() == digest
    except (OSError, ReadError):
        return False


def _run(tasks: list[tuple], jobs: int, store_root: str) -> Iterator[FileResult]:  # type: ignore[type-arg]
    """Results in input order, each file's records already in the store (see read_and_store).

    A worker that dies (a reader crashing in native code on a hostile file, or killed by the system for
    memory) breaks the whole pool: the file being waited on is then read again alone, recorded as unreadable
    if it kills that worker too, and the files after it go to a fresh pool.
    """
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield read_and_store(store_root, *task)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pending = list(tasks)
    while pending:
        with ProcessPoolExecutor(max_workers=min(jobs, len(pending))) as pool:
            futures: list[Future[FileResult] | None] = [None] * len(pending)
            # Largest first: a 50-page PDF handed out last would leave the other workers idle while it is read.
            for i in sorted(range(len(pending)), key=lambda i: -_size(pending[i][0])):
                try:
                    futures[i] = pool.submit(read_and_store, store_root, *pending[i])
                except BrokenProcessPool:
                    break  # a worker died while the rest were still being handed out: they go to the next pool
            for n in range(len(pending)):
                if futures[n] is None:
                    break  # a file never handed out: read alone below, as a file the broken pool lost is
                future, futures[n] = futures[n], None  # a result handed on is not kept here: memory stays flat
                try:
                    result = future.result()  # type: ignore[union-attr]
                except BrokenProcessPool:
                    break
                yield result
            else:
                return
        yield _alone(pending[n], store_root)
        pending = pending[n + 1 :]


def _size(path: str) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0


def _alone(task: tuple, store_root: str) -> FileResult:  # type: ignore[type-arg]
    """One file read in a worker of its own: its result, or unreadable when it kills that worker too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from foi_tally.parsers import unreadable_file

    with ProcessPoolExecutor(max_workers=1) as solo:
        try:
            return solo.submit(read_and_store, store_root, *task).result()
        except BrokenProcessPool:
            source = task[1]
            reason = "the reader crashed on this file (damaged, or too big for the memory there is): not read"
            return FileResult(source, [unreadable_file(source, reason)], error=reason)
