"""The review queue: what a person must check, and why, in one list."""

from __future__ import annotations

from foi_tally.merge import Tally
from foi_tally.records import Reply


def review_items(tally: Tally, replies: list[Reply]) -> list[dict[str, object]]:
    """Flagged force figures, unidentified or unreadable files, then warnings (notices that still count)."""
    items: list[dict[str, object]] = []
    for figure in tally.forces:
        if figure.needs_review and figure.reply is not None:
            items.append(
                {
                    "kind": "review",
                    "force": figure.force.name,
                    "source": figure.reply.source,
                    "status": figure.status,
                    "reasons": list(figure.review_reasons),
                }
            )
    for reply in tally.unassigned:
        kind = "unreadable" if (reply.review_reason or "").startswith("unreadable") else "review"
        items.append(
            {"kind": kind, "force": None, "source": reply.source, "status": reply.status,
             "reasons": list(reply.review_reasons) or ["the force could not be identified"]}
        )
    for reply in replies:
        if reply.warnings:
            items.append(
                {"kind": "warning", "force": reply.force, "source": reply.source, "status": reply.status,
                 "reasons": list(reply.warnings)}
            )
    return items
