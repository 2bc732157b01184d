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
import tempfile
from collections.abc import Iterator
from pathlib import Path

from foi_tally.records import Reply

DEFAULT_STORE = Path("data/parsed")
REPLIES_DIR = "replies"


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: --store, else $FOI_TALLY_STORE, else data/parsed."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("FOI_TALLY_STORE") or DEFAULT_STORE)


def record_name(source: str) -> str:
    """A stable, readable file name for a source path (with a short hash so names never collide)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", source).strip("-").lower()[:80] or "reply"
    return f"{slug}-{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}.json"


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def dumps(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


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

    def save(self, replies: list[Reply]) -> bool:
        """Store the records of one source file; returns True when the file on disk changed."""
        source = replies[0].source
        data = [r.to_dict() for r in replies]
        text = dumps(data if len(data) > 1 else data[0])
        path = self.path_for(source)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return False
        write_atomic(path, text)
        return True

    def records(self) -> Iterator[Path]:
        if self.replies_dir.is_dir():
            yield from sorted(self.replies_dir.glob("*.json"))

    def replies(self) -> list[Reply]:
        """Every stored reply, in a stable order."""
        found: list[Reply] = []
        for path in self.records():
            data = json.loads(path.read_text(encoding="utf-8"))
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
