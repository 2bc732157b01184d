"""Replies -> one figure per force -> national totals.

Only a reply that answered with confidence is counted. A refusal, NCND,
'not held' or a reply awaiting review is shown, never added in as zero.
Ranges travel through: the national total is `missing_low`..`missing_high`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from foi_tally.forces import Force, all_forces, lookup, round_robin_forces
from foi_tally.records import COUNTED_STATUSES, MissingEntry, Reply


@dataclass
class ForceFigure:
    force: Force
    reply: Reply | None  # the reply that stands; None when the force has not replied
    history: list[Reply] = field(default_factory=list)  # earlier replies it superseded
    duplicates: list[Reply] = field(default_factory=list)  # the same bytes under another name

    @property
    def status(self) -> str:
        return self.reply.status if self.reply else "no_reply"

    @property
    def needs_review(self) -> bool:
        return bool(self.reply and self.reply.needs_review)

    @property
    def counted(self) -> bool:
        return bool(self.reply and self.reply.status in COUNTED_STATUSES and not self.reply.needs_review)

    @property
    def missing_low(self) -> int | None:
        return self.reply.missing_low if self.counted else None  # type: ignore[union-attr]

    @property
    def missing_high(self) -> int | None:
        return self.reply.missing_high if self.counted else None  # type: ignore[union-attr]

    @property
    def missing(self) -> int | None:
        return self.reply.missing if self.counted else None  # type: ignore[union-attr]

    @property
    def entries(self) -> tuple[MissingEntry, ...]:
        return self.reply.entries if self.reply else ()

    @property
    def earliest_missing_since(self) -> str | None:
        dated = sorted(e.since for e in self.entries if e.since)
        return dated[0] if dated else None

    def to_dict(self) -> dict[str, object]:
        return {
            "force": self.force.name,
            "ons_code": self.force.ons_code,
            "status": self.status,
            "missing": self.missing,
            "missing_low": self.missing_low,
            "missing_high": self.missing_high,
            "earliest_missing_since": self.earliest_missing_since,
            "needs_review": self.needs_review,
            "review_reason": self.reply.review_reason if self.reply else None,
            "as_of": self.reply.as_of if self.reply else None,
            "reference": self.reply.reference if self.reply else None,
            "exemptions": list(self.reply.exemptions) if self.reply else [],
            "source": self.reply.source if self.reply else None,
        }


@dataclass
class Tally:
    forces: list[ForceFigure]
    unassigned: list[Reply]  # replies whose force could not be identified

    @property
    def counted(self) -> list[ForceFigure]:
        return [f for f in self.forces if f.counted]

    @property
    def missing_low(self) -> int:
        return sum(f.missing_low or 0 for f in self.counted)

    @property
    def missing_high(self) -> int:
        return sum(f.missing_high or 0 for f in self.counted)

    @property
    def missing(self) -> int | None:
        return self.missing_low if self.missing_low == self.missing_high else None

    @property
    def forces_replied(self) -> int:
        return sum(1 for f in self.forces if f.reply is not None)

    @property
    def forces_with_missing(self) -> int:
        return sum(1 for f in self.counted if (f.missing_high or 0) > 0)

    @property
    def review(self) -> list[Reply]:
        flagged = [f.reply for f in self.forces if f.reply and f.reply.needs_review]
        return flagged + [r for r in self.unassigned]

    def national(self) -> dict[str, object]:
        return {
            "missing": self.missing,
            "missing_low": self.missing_low,
            "missing_high": self.missing_high,
            "forces_replied": self.forces_replied,
            "forces_with_missing": self.forces_with_missing,
            "forces_in_round": sum(1 for f in self.forces if f.force.round_robin),
            "forces_counted": len(self.counted),
            "needing_review": len(self.review),
        }

    def figure(self, name: str) -> ForceFigure:
        force = lookup(name)
        for figure in self.forces:
            if force is not None and figure.force.name == force.name:
                return figure
        raise KeyError(f"unknown force {name!r}")


def _order_key(reply: Reply) -> tuple[str, str, str]:
    return (reply.as_of or "", reply.received or "", reply.source)


def tally(replies: list[Reply], as_of: str | None = None) -> Tally:
    """Each force's standing reply (its latest by as-of date, optionally on or before `as_of`)."""
    by_force: dict[str, list[Reply]] = {}
    unassigned = []
    for reply in replies:
        if reply.force is None:
            unassigned.append(reply)
            continue
        if as_of and reply.as_of and reply.as_of > as_of:
            continue
        by_force.setdefault(reply.force, []).append(reply)
    figures = []
    registry = {f.name: f for f in all_forces()}
    shown = [f.name for f in round_robin_forces()] + sorted(n for n in by_force if not registry[n].round_robin)
    for name in shown:
        candidates = sorted(by_force.get(name, []), key=_order_key)
        unique: list[Reply] = []
        duplicates: list[Reply] = []
        seen_hashes: set[str] = set()
        for reply in candidates:
            if reply.content_hash and reply.content_hash in seen_hashes:
                duplicates.append(reply)
                continue
            if reply.content_hash:
                seen_hashes.add(reply.content_hash)
            unique.append(reply)
        standing = unique[-1] if unique else None
        figures.append(ForceFigure(registry[name], standing, history=unique[:-1], duplicates=duplicates))
    return Tally(figures, unassigned)
