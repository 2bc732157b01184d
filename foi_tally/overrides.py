"""A journalist's manual corrections, kept in a plain CSV in the store.

Overrides live beside the parsed records, never inside them, so they survive
re-ingest; every report applies them and says so. Each row records who
decided what, when and why.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from foi_tally.store import write_atomic

OVERRIDES_FILE = "overrides.csv"
COLUMNS = ("id", "force", "field", "value", "reason", "date", "who")

#: What an override may set, and what its value looks like.
FIELDS = {
    "missing": "a count (23) or a range (1-4): replaces the force's figure",
    "status": "answered | partial | refused | ncnd | not_held",
    "accept": "yes: the reply stands as parsed, its review flags are cleared",
    "source": "a stored file name: that file's reply is this force's (e.g. one whose force was not identified)",
    "exclude": "yes: the force's reply is not counted",
}
STATUSES = ("answered", "partial", "refused", "ncnd", "not_held")


@dataclass(frozen=True)
class Override:
    id: int
    force: str
    field: str
    value: str
    reason: str
    date: str
    who: str = ""

    def describe(self) -> str:
        by = f" by {self.who}" if self.who else ""
        return f"override #{self.id} ({self.date}{by}): {self.field} = {self.value} because {self.reason}"


def parse_range(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*(?:[-\u2013]|to)\s*(\d+)\s*|\s*(\d+)\s*", value)
    if not match:
        raise ValueError(f"'{value}' is not a count or a range such as 1-4")
    if match.group(3) is not None:
        n = int(match.group(3))
        return n, n
    low, high = int(match.group(1)), int(match.group(2))
    if low > high:
        raise ValueError(f"range '{value}' runs backwards")
    return low, high


def validate(field: str, value: str) -> None:
    if field not in FIELDS:
        raise ValueError(f"unknown field '{field}': choose one of {', '.join(FIELDS)}")
    if field == "missing":
        parse_range(value)
    elif field == "status" and value not in STATUSES:
        raise ValueError(f"unknown status '{value}': choose one of {', '.join(STATUSES)}")
    elif field in ("accept", "exclude") and value != "yes":
        raise ValueError(f"{field} takes the value 'yes'")


def load(store_root: Path) -> list[Override]:
    path = store_root / OVERRIDES_FILE
    if not path.exists():
        return []
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return [
        Override(int(r["id"]), r["force"], r["field"], r["value"], r["reason"], r["date"], r.get("who") or "")
        for r in rows
    ]


def save(store_root: Path, overrides: list[Override]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for o in overrides:
        writer.writerow([o.id, o.force, o.field, o.value, o.reason, o.date, o.who])
    write_atomic(store_root / OVERRIDES_FILE, buffer.getvalue())


def add(store_root: Path, force: str, field: str, value: str, reason: str, date: str, who: str = "") -> Override:
    validate(field, value)
    if not reason.strip():
        raise ValueError("give a reason: overrides are shown with it in every report")
    existing = load(store_root)
    override = Override(max((o.id for o in existing), default=0) + 1, force, field, value, reason, date, who)
    save(store_root, [*existing, override])
    return override


def remove(store_root: Path, override_id: int) -> Override:
    existing = load(store_root)
    kept = [o for o in existing if o.id != override_id]
    if len(kept) == len(existing):
        raise KeyError(f"no override #{override_id}")
    save(store_root, kept)
    return next(o for o in existing if o.id == override_id)
