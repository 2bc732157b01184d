"""Reading one fixture the way ingest does, for golden-record tests and their update script."""

from __future__ import annotations

from pathlib import Path

from foi_tally.ingest import read_one
from foi_tally.records import Reply
from foi_tally.store import dumps


def read_fixture(path: Path) -> list[Reply]:
    return read_one(str(path), path.name, None, None, debug=False).replies


def golden_text(replies: list[Reply]) -> str:
    data = [r.to_dict() for r in replies]
    return dumps(data if len(data) > 1 else data[0])
