"""The common record every reader, parser, store and report agrees on.

A *Reply* is what one force said in one reply; its *MissingEntry* rows are
the individual figures behind the count, each pointing back to the place in
the source file it was read from. Counts are carried as ranges
(`count_low`..`count_high`) so that a suppressed "fewer than 5" can travel
through every total without being turned into a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import cached_property
from operator import attrgetter
from typing import Any

#: How far a "missing since" date can be trusted.
PRECISIONS = ("day", "month", "year", "unknown")

#: What a reply says overall. `unknown` is for a reply (or file) the tool
#: could not read with confidence: it always carries `needs_review`.
STATUSES = ("answered", "partial", "refused", "ncnd", "not_held", "unknown")

#: Statuses that carry a count of missing offenders.
COUNTED_STATUSES = ("answered", "partial")

#: Record format; bump when the JSON shape of the store changes.
SCHEMA_VERSION = 1


@dataclass(frozen=True, init=False)
class Locator:
    """Where in a source file a figure was read: enough for a person to find it."""

    file: str
    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    line: int | None = None
    part: str | None = None  # an email attachment or zip member inside `file`

    def __init__(
        self,
        file: str,
        page: int | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        line: int | None = None,
        part: str | None = None,
    ) -> None:
        # Written here, the fields set in one go: the __init__ dataclass writes for a frozen class sets
        # them one by one through object.__setattr__, and a 10,000-row sheet makes 40,000 locators.
        # (tests/test_records.py checks these parameters against the fields.)
        self.__dict__.update(file=file, page=page, sheet=sheet, row=row, column=column, line=line, part=part)

    def describe(self) -> str:
        bits = [self.file + (f" > {self.part}" if self.part else "")]
        if self.sheet is not None:
            bits.append(f"sheet '{self.sheet}'")
        if self.page is not None:
            bits.append(f"page {self.page}")
        if self.row is not None:
            bits.append(f"row {self.row}")
        if self.column is not None:
            bits.append(f"column {self.column}")
        if self.line is not None:
            bits.append(f"line {self.line}")
        return ", ".join(bits)

    def without_column(self) -> Locator:
        """The line or row itself, whichever of its cells: the place a figure was read, less the column."""
        return Locator(self.file, self.page, self.sheet, self.row, None, self.line, self.part)

    def to_dict(self) -> dict[str, Any]:
        # By hand rather than dataclasses.asdict, which deep-copies every value: a 10,000-row table has
        # 10,000 locators to store. Every field is a plain str or int.
        return {k: v for k, v in zip(_LOCATOR_FIELDS, _locator_values(self)) if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Locator:
        return cls(**data)


@dataclass(frozen=True)
class MissingEntry:
    """One figure behind a force's count: `count_low`..`count_high` offenders missing since `since`."""

    since: str | None  # ISO date cut to its precision: "2004", "2004-09", "2004-09-15"
    precision: str  # one of PRECISIONS
    count_low: int
    count_high: int
    status: str  # wanted | believed_abroad | missing | ...
    locator: Locator
    text: str  # the original text or cell values the figure came from
    method: str = "layout"  # how it was obtained: parser, layout family, fallback, ocr, override
    since_latest: str | None = None  # for a duration range ("between two and eight years")

    @property
    def count(self) -> int | None:
        return self.count_low if self.count_low == self.count_high else None

    def to_dict(self) -> dict[str, Any]:
        data = dict(zip(_ENTRY_FIELDS, _entry_values(self)))  # plain values, nothing to deep-copy but the locator
        data["locator"] = self.locator.to_dict()
        data["count"] = self.count
        if data["since_latest"] is None:
            del data["since_latest"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MissingEntry:
        data = dict(data)
        data.pop("count", None)
        data["locator"] = Locator.from_dict(data["locator"])
        return cls(**data)


#: How many review reasons a reply lists; any more are counted in one last reason ("and 37 more queries").
REVIEW_REASONS_SHOWN = 25
_MORE_REASONS = re.compile(r"and (\d+) more queries")


@dataclass(frozen=True)
class Reply:
    """What one force said in one reply, with every figure traceable to its source."""

    source: str  # path of the file relative to the ingested folder
    force: str | None  # canonical force name, None when it could not be identified
    ons_code: str | None
    status: str  # one of STATUSES
    reference: str | None = None
    as_of: str | None = None  # ISO date the figures are as of
    received: str | None = None  # ISO date the reply was sent/received
    act: str | None = None  # FOIA 2000 / FOISA 2002 / ...
    exemptions: tuple[str, ...] = ()
    stated_total_low: int | None = None
    stated_total_high: int | None = None
    stated_total_text: str | None = None
    entries: tuple[MissingEntry, ...] = ()
    sources: tuple[str, ...] = ()
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    parser: str | None = None  # which parser produced the record
    layout: str | None = None  # which layout family matched
    confidence: str = "high"  # high | low
    content_hash: str | None = None
    parser_version: str | None = None

    @cached_property
    def _counted(self) -> tuple[int, int] | None:
        """The rows' sum; narrowed to the reply's own stated total when that lies within it, as with suppressed
        rows ("<5", "<5", 6 and "Total 11": 11, not 8-14; bands adding to 7-18 under a banded "Total 10-15").
        Kept once worked out (the record is frozen): a 10,000-row table's reply is asked for it many times."""
        if self.status not in COUNTED_STATUSES:
            return None
        if not self.entries:
            return (self.stated_total_low, self.stated_total_high)  # type: ignore[return-value]
        low, high = sum(e.count_low for e in self.entries), sum(e.count_high for e in self.entries)
        stated_low, stated_high = self.stated_total_low, self.stated_total_high
        if stated_low is not None and stated_high is not None and low <= stated_low <= stated_high <= high:
            return (stated_low, stated_high)
        return (low, high)

    @property
    def missing_low(self) -> int | None:
        counted = self._counted
        return None if counted is None else counted[0]

    @property
    def missing_high(self) -> int | None:
        counted = self._counted
        return None if counted is None else counted[1]

    @property
    def missing(self) -> int | None:
        low, high = self.missing_low, self.missing_high
        return low if low is not None and low == high else None

    @property
    def review_reason(self) -> str | None:
        return "; ".join(self.review_reasons) or None

    def flagged(self, reason: str) -> Reply:
        """A copy listed for review with one more reason. Past REVIEW_REASONS_SHOWN, further reasons are counted in a
        last one, not listed: a 2,000-row list queried row by row would bury the first (and the file says the rest)."""
        reasons = self.review_reasons
        if reason in reasons:
            pass
        elif len(reasons) < REVIEW_REASONS_SHOWN:
            reasons = (*reasons, reason)
        else:
            more = _MORE_REASONS.fullmatch(reasons[-1]) if len(reasons) > REVIEW_REASONS_SHOWN else None
            reasons = (*reasons[:REVIEW_REASONS_SHOWN], f"and {int(more[1]) + 1 if more else 1} more queries")
        return replace(self, needs_review=True, review_reasons=reasons)

    def to_dict(self) -> dict[str, Any]:
        data = dict(zip(_REPLY_FIELDS, _reply_values(self)))
        data["entries"] = [e.to_dict() for e in self.entries]
        for name in ("exemptions", "sources", "review_reasons", "warnings"):
            data[name] = list(data[name])
        data["missing"] = self.missing
        data["missing_low"] = self.missing_low
        data["missing_high"] = self.missing_high
        data["review_reason"] = self.review_reason
        data["schema_version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reply:
        data = dict(data)
        for derived in ("missing", "missing_low", "missing_high", "review_reason", "schema_version"):
            data.pop(derived, None)
        data["entries"] = tuple(MissingEntry.from_dict(e) for e in data.get("entries", ()))
        for name in ("exemptions", "sources", "review_reasons", "warnings"):
            data[name] = tuple(data.get(name, ()))
        return cls(**data)


_LOCATOR_FIELDS = tuple(f.name for f in fields(Locator))
_ENTRY_FIELDS = tuple(f.name for f in fields(MissingEntry))
_REPLY_FIELDS = tuple(f.name for f in fields(Reply))
_locator_values = attrgetter(*_LOCATOR_FIELDS)
_entry_values = attrgetter(*_ENTRY_FIELDS)
_reply_values = attrgetter(*_REPLY_FIELDS)


class ReadError(Exception):
    """A file could not be read; the message is one line a journalist can act on."""


def range_text(low: int, high: int) -> str:
    """'8' for an exact count, '1-4' for a range: how reasons and exports write a count."""
    return str(low) if low == high else f"{low}-{high}"


def cut_to_precision(iso_date: str | None, precision: str) -> str | None:
    """'2004-09-15' cut to 'month' is '2004-09': a date never claims more than it knows."""
    if iso_date is None or precision == "unknown":
        return None
    return iso_date[: {"day": 10, "month": 7, "year": 4}[precision]]
