"""The parsed store: one JSON file per reply file, written atomically, diffable in git.

Records hold no wall-clock time, so re-ingesting unchanged files leaves the
store byte-identical. Each record carries the content hash of its file and
the parser version, which is what makes ingest incremental.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from json.encoder import encode_basestring as _string
from pathlib import Path
from typing import Any

from foi_tally.records import Reply

DEFAULT_STORE = Path("data/parsed")
#: What ingest reads back from a stored record to decide whether its file must be read again.
HEADER_KEYS = ("content_hash", "force", "parser_version", "needs_review", "review_reason")
REPLIES_DIR = "replies"


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: --store, else $FOI_TALLY_STORE, else data/parsed."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("FOI_TALLY_STORE") or DEFAULT_STORE)


@lru_cache(maxsize=4096)
def record_name(source: str) -> str:
    """A stable, readable file name for a source path (with a short hash so names never collide)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", source).strip("-").lower()[:80] or "reply"
    return f"{slug}-{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}.json"


@contextmanager
def replaced_whole(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write, renamed over `path` when the block ends and removed when it
    fails: a crash never leaves half a file (a record, a workbook, a database)."""
    import tempfile  # here, not at the top: an unchanged re-ingest writes nothing and need not load it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, text: str, sync: bool = True) -> None:
    """Write text via a temporary file and rename (replaced_whole).

    `sync=False` leaves flushing to disk to the caller (see Store.sync): ingest writes a thousand records
    and flushes them together at the end, instead of waiting on the disk a thousand times.
    """
    with replaced_whole(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        if sync:
            handle.flush()
            os.fsync(handle.fileno())


#: A record file larger than four times this is read only this far from each end, where a single record's
#: own fields are: the figures between (a 10,000-row table's) run to megabytes.
_PEEK_BYTES = 32 * 1024


def _fields_at_the_ends(path: Path, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The fields of a large single-record file, read from its ends; None when the file is small, holds
    several records, or any key is not found once on a whole line there (the caller then reads it all)."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size <= 4 * _PEEK_BYTES:
            return None
        head = handle.read(_PEEK_BYTES)
        handle.seek(size - _PEEK_BYTES)
        tail = handle.read()
    if not head.startswith(b"{"):
        return None
    found: dict[str, Any] = {}
    chunks = [head.decode("utf-8", "replace"), tail.decode("utf-8", "replace")]
    for key in keys:
        values = [v for chunk in chunks for v in _values(chunk, f'\n  "{key}": ', whole_lines=True)]
        if len(values) != 1:
            return None
        try:
            found[key] = json.loads(values[0])
        except json.JSONDecodeError:
            return None
    return found


def _values(text: str, prefix: str, whole_lines: bool = False) -> list[str]:
    """The JSON value after each occurrence of `prefix` (a key at the start of a line), to the line's end;
    with `whole_lines`, not the last line when it has no end (a piece of a file may cut it short)."""
    found = []
    at = text.find(prefix)
    while at >= 0:
        start = at + len(prefix)
        end = text.find("\n", start)
        if end >= 0 or not whole_lines:
            found.append(text[start : end if end >= 0 else len(text)].rstrip(","))
        at = text.find(prefix, start)
    return found


def dumps(data: object) -> str:
    """The record as `json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)` writes it, plus a
    newline. Written out here because the standard library encodes in pure Python once an indent is asked
    for, several times slower than this on a record of 10,000 figures; the text is the same, byte for byte
    (tests/test_store_format.py), and anything unusual in `data` is left to json itself."""
    out: list[str] = []
    try:
        _encode(data, "\n", out)
    except TypeError:
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    out.append("\n")
    return "".join(out)


#: How json writes the plain values a record holds, by exact type (a subclass of int or str is left to json).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _string,
    int: int.__repr__,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _encode(value: object, newline: str, out: list[str]) -> None:
    """Append `value`'s JSON to `out`; `newline` is a line break and the indent of the current level.
    Plain values inside a dict or list are written in place, without a call of their own."""
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        out.append(scalar(value))
    elif type(value) is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key in sorted(value):
            if type(key) is not str:
                raise TypeError("a key that is not a string: json converts it")
            item = value[key]
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(f"{separator}{_string(key)}: {scalar(item)}")
            else:
                out.append(f"{separator}{_string(key)}: ")
                _encode(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif type(value) in (list, tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:  # type: ignore[attr-defined]
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(separator + scalar(item))
            else:
                out.append(separator)
                _encode(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    else:
        raise TypeError(f"{type(value).__name__} is left to json")  # floats, int subclasses, ...


class DamagedRecord(Exception):
    """A stored record that is not whole JSON: never read as if its file said nothing."""


class Store:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.replies_dir = root / REPLIES_DIR

    def path_for(self, source: str) -> Path:
        return self.replies_dir / record_name(source)

    def load(self, source: str) -> dict | None:  # type: ignore[type-arg]
        path = self.path_for(source)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def fields(self, source: str, keys: tuple[str, ...] = HEADER_KEYS) -> list[dict[str, Any]]:
        """Some top-level fields of each record of a stored file ([] when there is none).

        Incremental ingest needs only these, and they are read off the record's text rather than by
        decoding it, since one record can hold thousands of figures. The keys are found at the indent
        `dumps` writes a record's own keys at, so text inside a value never matches (JSON strings hold
        no line breaks); a record written any other way is decoded.
        """
        try:
            ends = _fields_at_the_ends(self.path_for(source), keys)
            if ends is not None:
                return [ends]
            text = self.path_for(source).read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        indent = "    " if text.startswith("[") else "  "
        found = {key: _values(text, f'\n{indent}"{key}": ') for key in keys}
        counts = {len(values) for values in found.values()}
        if len(counts) == 1 and counts != {0}:
            try:
                decoded = {key: [json.loads(v) for v in values] for key, values in found.items()}
                return [dict(zip(keys, row)) for row in zip(*(decoded[key] for key in keys))]
            except json.JSONDecodeError:
                pass
        data = self.load(source)
        records = data if isinstance(data, list) else [data] if data else []
        return [{key: record.get(key) for key in keys} for record in records]

    def save(self, replies: list[Reply], sync: bool = True) -> bool:
        """Store the records of one source file; returns True when the file on disk changed.

        With `sync=False` the record is renamed into place unflushed: the caller passes it to `sync` later.
        """
        source = replies[0].source
        data = [r.to_dict() for r in replies]
        text = dumps(data if len(data) > 1 else data[0])
        path = self.path_for(source)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return False
        write_atomic(path, text, sync=sync)
        return True

    def sync(self, written: list[Path]) -> None:
        """Flush records saved with `sync=False`, and the folder's renames, to disk.

        Each record was renamed into place whole, so a process killed mid-ingest never leaves half a record.
        A power cut before this flush can leave a record empty: `load` then reads it as missing, and the
        next ingest reads its file again.
        """
        for path in written:
            try:
                fd = os.open(path, os.O_RDONLY)
            except FileNotFoundError:
                continue  # replaced since, by a later save of the same file
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        if written and hasattr(os, "O_DIRECTORY"):
            try:
                fd = os.open(self.replies_dir, os.O_RDONLY | os.O_DIRECTORY)
            except OSError:
                return  # a file system that cannot open a folder so: the records themselves are flushed
            try:
                os.fsync(fd)
            except OSError:
                pass  # some file systems refuse to flush a folder; the records themselves are flushed
            finally:
                os.close(fd)

    def records(self) -> Iterator[Path]:
        if self.replies_dir.is_dir():
            yield from sorted(self.replies_dir.glob("*.json"))

    def replies(self) -> list[Reply]:
        """Every stored reply, in a stable order."""
        found: list[Reply] = []
        for path in self.records():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                raise DamagedRecord(
                    f"the stored record {path} is damaged (cut short by a power cut?): run 'foi-tally ingest' "
                    "again, which reads its file again"
                ) from None
            for item in data if isinstance(data, list) else [data]:
                found.append(Reply.from_dict(item))
        found.sort(key=lambda r: (r.source, r.force or ""))
        return found

    def prune(self, keep_sources: set[str]) -> list[str]:
        """Remove records of files no longer in the ingested folder; returns their sources."""
        keep = {record_name(s) for s in keep_sources}
        removed = []
        for path in self.records():
            if path.name not in keep:
                removed.append(path.name)
                path.unlink()
        for stray in self.replies_dir.glob(".*.tmp") if self.replies_dir.is_dir() else ():
            stray.unlink()  # left by a run that was killed mid-write
        return removed
