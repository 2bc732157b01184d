"""Files for the newsroom: every force, every reply, every figure, as CSV or JSON."""

from __future__ import annotations

import json

from foi_tally.merge import Tally
from foi_tally.records import Reply, range_text
from foi_tally.report import FORCE_COLUMNS, by_force_rows, to_csv

LEVELS = ("force", "reply", "entry")

REPLY_COLUMNS = (
    "source",
    "force",
    "ons_code",
    "reference",
    "as_of",
    "received",
    "status",
    "exemptions",
    "missing",
    "missing_low",
    "missing_high",
    "stated_total",
    "needs_review",
    "review_reason",
    "layout",
    "parser",
)

ENTRY_COLUMNS = (
    "force",
    "ons_code",
    "source",
    "locator",
    "since",
    "precision",
    "since_latest",
    "count",
    "count_low",
    "count_high",
    "status",
    "method",
    "text",
)


def reply_row(reply: Reply) -> dict[str, object]:
    """The reply-level record scripts rely on; `entries` holds its figures."""
    stated = None
    if reply.stated_total_low is not None:
        stated = range_text(reply.stated_total_low, reply.stated_total_high)  # type: ignore[arg-type]
    return {
        "source": reply.source,
        "force": reply.force,
        "ons_code": reply.ons_code,
        "reference": reply.reference,
        "as_of": reply.as_of,
        "received": reply.received,
        "status": reply.status,
        "exemptions": list(reply.exemptions),
        "missing": reply.missing,
        "missing_low": reply.missing_low,
        "missing_high": reply.missing_high,
        "stated_total": stated,
        "needs_review": reply.needs_review,
        "review_reason": reply.review_reason,
        "layout": reply.layout,
        "parser": reply.parser,
        "entries": [
            {"since": e.since, "precision": e.precision, "count": e.count, "count_low": e.count_low,
             "count_high": e.count_high, "status": e.status}
            for e in reply.entries
        ],
    }


def entry_rows(replies: list[Reply]) -> list[dict[str, object]]:
    rows = []
    for reply in replies:
        for entry in reply.entries:
            rows.append(
                {
                    "force": reply.force,
                    "ons_code": reply.ons_code,
                    "source": reply.source,
                    "locator": entry.locator.describe(),
                    "since": entry.since,
                    "precision": entry.precision,
                    "since_latest": entry.since_latest,
                    "count": entry.count,
                    "count_low": entry.count_low,
                    "count_high": entry.count_high,
                    "status": entry.status,
                    "method": entry.method,
                    "text": entry.text,
                }
            )
    return rows


def export(tally: Tally, replies: list[Reply], level: str, fmt: str, excel: bool = False) -> str:
    """The export as text. Reply level lists every stored file; entry level only counted replies' figures."""
    if level == "force":
        rows, columns = by_force_rows(tally, "name"), FORCE_COLUMNS
    elif level == "reply":
        rows, columns = [reply_row(r) for r in replies], REPLY_COLUMNS
    elif level == "entry":
        standing = [f.reply for f in tally.counted if f.reply]
        rows, columns = entry_rows(standing), ENTRY_COLUMNS
    else:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return to_csv(rows, columns, excel=excel)
    raise ValueError(f"unknown format {fmt!r}")
