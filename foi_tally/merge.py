"""Replies -> one figure per force -> national totals.

Only a reply that answered with confidence is counted. A refusal, NCND,
'not held' or a reply awaiting review is shown, never added in as zero.
Ranges travel through: the national total is `missing_low`..`missing_high`.

Per force, the reply whose figures are latest (by as-of date) stands;
earlier ones are kept as history. The same bytes under another name count
once; files of the same date that agree (a cover letter and its
spreadsheet, a PDF and its email text) count once; files of the same date
that disagree are a conflict for a person to settle. Manual overrides are
applied last, and always shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from foi_tally.forces import Force, all_forces, lookup, round_robin_forces
from foi_tally.overrides import Override, parse_range
from foi_tally.records import COUNTED_STATUSES, MissingEntry, Reply, range_text


def _label(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return "no figure"
    return range_text(low, high)


@dataclass
class ForceFigure:
    force: Force
    reply: Reply | None  # the reply that stands; None when the force has not replied
    history: list[Reply] = field(default_factory=list)  # earlier replies it superseded, oldest first
    duplicates: list[Reply] = field(default_factory=list)  # the same bytes under another name
    companions: list[Reply] = field(default_factory=list)  # other files of the same reply (same date, agreeing)
    conflicts: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    status: str = "no_reply"
    missing_low: int | None = None
    missing_high: int | None = None
    review_reasons: list[str] = field(default_factory=list)
    excluded: bool = False

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)

    @property
    def counted(self) -> bool:
        return (
            self.reply is not None
            and self.status in COUNTED_STATUSES
            and not self.needs_review
            and not self.excluded
            and self.missing_low is not None
        )

    @property
    def missing(self) -> int | None:
        if self.missing_low is None or self.missing_low != self.missing_high:
            return None
        return self.missing_low

    @property
    def overridden(self) -> bool:
        return bool(self.overrides)

    @property
    def entries(self) -> tuple[MissingEntry, ...]:
        if self.reply is None or any(o.field == "missing" for o in self.overrides):
            return ()
        return self.reply.entries

    @property
    def earliest_missing_since(self) -> str | None:
        dated = sorted(e.since for e in self.entries if e.since)
        return dated[0] if dated else None

    @property
    def changed_from(self) -> str | None:
        """The previous reply's figure, when a later reply changed it."""
        for earlier in reversed(self.history):
            if earlier.status in COUNTED_STATUSES and not earlier.needs_review:
                before = (earlier.missing_low, earlier.missing_high)
                if before != (self.missing_low, self.missing_high):
                    return _label(*before)
                return None
        return None

    @property
    def sources(self) -> list[str]:
        return [r.source for r in ([self.reply] if self.reply else []) + self.companions]

    def to_dict(self) -> dict[str, object]:
        reply = self.reply
        return {
            "force": self.force.name,
            "ons_code": self.force.ons_code,
            "status": self.status,
            "missing": self.missing if self.counted else None,
            "missing_low": self.missing_low if self.counted else None,
            "missing_high": self.missing_high if self.counted else None,
            "earliest_missing_since": self.earliest_missing_since,
            "needs_review": self.needs_review,
            "review_reason": "; ".join(self.review_reasons) or None,
            "as_of": reply.as_of if reply else None,
            "reference": reply.reference if reply else None,
            "act": reply.act if reply and reply.act else self.force.act,
            "exemptions": list(reply.exemptions) if reply else [],
            "source": reply.source if reply else None,
            "changed_from": self.changed_from,
            "overrides": [o.describe() for o in self.overrides],
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
    def review(self) -> list[ForceFigure | Reply]:
        """Everything a person must look at: flagged force figures, then unidentified replies."""
        return [f for f in self.forces if f.needs_review] + list(self.unassigned)

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


def _informative(reply: Reply) -> bool:
    return reply.status != "unknown"


def tally(replies: Iterable[Reply], as_of: str | None = None, overrides: Iterable[Override] = ()) -> Tally:
    """Each force's standing figure: its latest reply (on or before `as_of`), with overrides applied."""
    overrides = list(overrides)
    reassigned = {o.value: o.force for o in overrides if o.field == "source"}
    by_force: dict[str, list[Reply]] = {}
    unassigned = []
    for reply in replies:
        force_name = reply.force
        if reply.source in reassigned and (force := lookup(reassigned[reply.source])) is not None:
            force_name = force.name
        if force_name is None:
            unassigned.append(reply)
            continue
        if as_of and reply.as_of and reply.as_of > as_of:
            continue
        by_force.setdefault(force_name, []).append(reply)
    registry = {f.name: f for f in all_forces()}
    shown = [f.name for f in round_robin_forces()] + sorted(n for n in by_force if not registry[n].round_robin)
    figures = []
    for name in shown:
        force = registry[name]
        mine = [o for o in overrides if (f := lookup(o.force)) is not None and f.name == name]
        figures.append(_force_figure(force, by_force.get(name, []), mine))
    return Tally(figures, unassigned)


def _force_figure(force: Force, replies: list[Reply], overrides: list[Override]) -> ForceFigure:
    figure = ForceFigure(force, None)
    unique: list[Reply] = []
    seen_hashes: set[str] = set()
    for reply in sorted(replies, key=_order_key):
        if reply.content_hash and reply.content_hash in seen_hashes:
            figure.duplicates.append(reply)
            continue
        if reply.content_hash:
            seen_hashes.add(reply.content_hash)
        unique.append(reply)
    # Group the replies by the date their figures are as of; the latest group stands.
    groups: dict[str, list[Reply]] = {}
    for reply in unique:
        groups.setdefault(reply.as_of or "", []).append(reply)
    standing: list[Reply] = []
    for date in sorted(groups):
        group = groups[date]
        lead, companions, conflicts = _settle_group(group)
        if standing:
            figure.history.append(standing[0])
        standing = [lead]
        figure.companions, figure.conflicts = companions, conflicts
    if not standing:
        _apply_overrides(figure, overrides)
        return figure
    figure.reply = standing[0]
    figure.status = figure.reply.status
    figure.missing_low, figure.missing_high = figure.reply.missing_low, figure.reply.missing_high
    figure.review_reasons = list(figure.reply.review_reasons) + figure.conflicts
    _apply_overrides(figure, overrides)
    return figure


def _settle_group(group: list[Reply]) -> tuple[Reply, list[Reply], list[str]]:
    """Files with the same as-of date: one reply if they agree, a conflict if they don't."""
    informative = [r for r in group if _informative(r)] or group
    lead = max(informative, key=lambda r: (not r.needs_review, len(r.entries), r.missing_high is not None))
    companions = [r for r in group if r is not lead]
    readings = {(r.status, r.missing_low, r.missing_high) for r in informative}
    conflicts = []
    if len(readings) > 1:
        described = "; ".join(f"{r.source} says {r.status} {_label(r.missing_low, r.missing_high)}" for r in informative)
        conflicts.append(f"replies dated {lead.as_of or 'without a date'} disagree: {described}")
    return lead, companions, conflicts


def _apply_overrides(figure: ForceFigure, overrides: list[Override]) -> None:
    for override in sorted(overrides, key=lambda o: o.id):
        figure.overrides.append(override)
        if override.field == "missing":
            figure.missing_low, figure.missing_high = parse_range(override.value)
            if figure.status not in COUNTED_STATUSES:
                figure.status = "answered"
            figure.review_reasons = []
        elif override.field == "status":
            figure.status = override.value
            if override.value not in COUNTED_STATUSES:
                figure.missing_low = figure.missing_high = None
        elif override.field == "accept":
            figure.review_reasons = []
        elif override.field == "exclude":
            figure.excluded = True
    if figure.reply is None and figure.overrides and figure.missing_low is not None:
        # An override can stand for a reply the tool never received (a figure given by phone).
        figure.reply = Reply(
            source="(override)", force=figure.force.name, ons_code=figure.force.ons_code, status=figure.status,
            parser="override",
        )


def tally_store(store_root, as_of: str | None = None) -> tuple[Tally, list[Reply]]:  # type: ignore[no-untyped-def]
    """The tally of a parsed store with its overrides applied, and every stored reply."""
    from foi_tally import overrides as overrides_file
    from foi_tally.store import Store

    replies = Store(store_root).replies()
    return tally(replies, as_of=as_of, overrides=overrides_file.load(store_root)), replies
