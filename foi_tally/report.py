"""Views of a tally for people and scripts: rows, JSON, CSV and a headline line."""

from __future__ import annotations

import csv
import io
import re
from typing import TYPE_CHECKING

from foi_tally.merge import ForceFigure, Tally

if TYPE_CHECKING:
    from foi_tally.round import RoundStatus

#: Column order of the by-force CSV; documented in the README and kept stable.
FORCE_COLUMNS = (
    "force",
    "ons_code",
    "status",
    "missing",
    "missing_low",
    "missing_high",
    "earliest_missing_since",
    "needs_review",
    "review_reason",
    "as_of",
    "reference",
    "exemptions",
    "source",
    "changed_from",
    "overrides",
)

#: Cell starts that a spreadsheet would run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


STATUS_LABELS = {
    "answered": "answered", "partial": "partial", "refused": "refused", "ncnd": "NCND",
    "not_held": "not held", "unknown": "unreadable", "no_reply": "no reply",
}  # fmt: skip


def status_label(status: str, exemptions: list[str] | tuple[str, ...] = ()) -> str:
    """'refused (s12)': a refusal is always shown with the sections it cited."""
    label = STATUS_LABELS.get(status, status)
    if status == "refused" and exemptions:
        label += f" ({', '.join(exemptions)})"
    return label


def figure_notes(figure: ForceFigure) -> list[tuple[str, str]]:
    """What a reader must know beside a force's figure, as (kind, text): review, changed, override, excluded."""
    notes = []
    if figure.needs_review:
        notes.append(("review", "needs review"))
    if figure.changed_from is not None:
        notes.append(("changed", f"changed from {figure.changed_from}"))
    if figure.overridden:
        notes.append(("override", "override"))
    if figure.excluded:
        notes.append(("excluded", "excluded"))
    return notes


def figure_label(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return ""
    return str(low) if low == high else f"{low}\u2013{high}"


def headline(tally: Tally) -> str:
    """One sentence a journalist can quote, with the coverage behind it."""
    in_round = sum(1 for f in tally.forces if f.force.round_robin)
    replied_in_round = sum(1 for f in tally.forces if f.force.round_robin and f.reply)
    refused = [f for f in tally.forces if f.status == "refused"]
    other = {s: sum(1 for f in tally.forces if f.status == s) for s in ("ncnd", "not_held")}
    total = figure_label(tally.missing_low, tally.missing_high)
    text = f"{total} missing"
    if tally.missing is None:
        text += f" (range {tally.missing_low}\u2013{tally.missing_high})"
    text += f" across {tally.forces_with_missing} forces; {replied_in_round} of {in_round} forces replied"
    if refused:
        sections = sorted({s for f in refused for s in f.reply.exemptions})  # type: ignore[union-attr]
        text += f"; {len(refused)} refused" + (f" ({', '.join(sections)})" if sections else "")
    if other["ncnd"]:
        text += f"; {other['ncnd']} neither confirmed nor denied"
    if other["not_held"]:
        text += f"; {other['not_held']} said not held"
    no_reply = in_round - replied_in_round
    if no_reply:
        text += f"; {no_reply} no reply"
    if tally.review:
        text += f"; {len(tally.review)} awaiting review (not counted)"
    overridden = sum(1 for f in tally.forces if f.overridden)
    if overridden:
        text += f"; {overridden} with manual overrides"
    return text


def sorted_figures(tally: Tally, sort: str = "count") -> list[ForceFigure]:
    if sort == "name":
        return sorted(tally.forces, key=lambda f: f.force.name)
    return sorted(tally.forces, key=lambda f: (-(f.missing_high if f.counted else -1), f.force.name))  # type: ignore[operator]


def by_force_json(tally: Tally) -> dict[str, object]:
    return {"national": tally.national(), "forces": [f.to_dict() for f in sorted_figures(tally, "name")]}


#: A real negative number ("-3", "-1,234.5"): the one formula start a spreadsheet may keep.
_NEGATIVE_NUMBER = re.compile(r"-(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")


def safe_cell(value: object) -> object:
    """Neutralise text a spreadsheet would execute; real numbers (negative ones too) stay numbers.

    Only a plain negative number escapes the prefix: "-inf", "+1", "\t1" or "-1+cmd" all get the "'".
    """
    is_negative_number = isinstance(value, str) and bool(_NEGATIVE_NUMBER.fullmatch(value)) and any(
        ch.isdigit() for ch in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not is_negative_number:
        return "'" + value
    return value


def to_csv(rows: list[dict[str, object]], columns: tuple[str, ...] | list[str], excel: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    for row in rows:
        values = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, (list, tuple)):
                value = "; ".join(str(v) for v in value)
            if isinstance(value, bool):
                value = "true" if value else "false"
            values.append("" if value is None else safe_cell(value))
        writer.writerow(values)
    return ("\ufeff" if excel else "") + buffer.getvalue()


def by_force_rows(tally: Tally, sort: str = "count") -> list[dict[str, object]]:
    return [f.to_dict() for f in sorted_figures(tally, sort)]


def _section_key(section: str) -> tuple[int, str]:
    number = "".join(ch for ch in section.split("(")[0] if ch.isdigit())
    return (int(number) if number else 10_000, section)


def round_statistics(status: RoundStatus) -> dict[str, object]:
    """How the round is going: forces on time, late, refused, still waiting, and the exemptions cited.

    On time and late count every force whose reply is in (answers, refusals, replies awaiting review);
    a reply without a date can be neither and is counted as `reply_date_unknown`. Exemptions count the
    forces citing each section, most cited first.
    """
    from collections import Counter

    forces = status.forces
    states = Counter(f.state for f in forces)
    answered = [f for f in forces if f.state in ("replied", "refused", "needs_review")]
    cited = Counter(s for f in answered for s in set(f.reply.exemptions))  # type: ignore[union-attr]
    return {
        "sent": status.sent.isoformat(),
        "as_of": status.today.isoformat(),
        "forces": len(forces),
        "replied": len(answered),
        "on_time": sum(1 for f in answered if f.working_days_late == 0),
        "late": sum(1 for f in answered if (f.working_days_late or 0) > 0),
        "reply_date_unknown": sum(1 for f in answered if f.working_days_late is None),
        **{state: states.get(state, 0) for state in ("refused", "needs_review", "outstanding", "overdue",
                                                     "very_overdue")},
        "exemptions": dict(sorted(cited.items(), key=lambda kv: (-kv[1], _section_key(kv[0])))),
    }


def round_summary(stats: dict[str, object]) -> list[str]:
    """The round statistics as a few lines to print under the by-force table."""
    total = int(stats["forces"]) or 1  # type: ignore[call-overload]

    def share(key: str) -> str:
        n = int(stats[key])  # type: ignore[call-overload]
        return f"{n} ({round(100 * n / total)}%)"

    exemptions: dict[str, int] = stats["exemptions"]  # type: ignore[assignment]
    cited = ", ".join(f"{s} by {n} force{'s' if n != 1 else ''}" for s, n in exemptions.items())
    replied = f"{stats['replied']} of {stats['forces']} forces have replied"
    timing = f"on time {share('on_time')}, late {share('late')}, undated {share('reply_date_unknown')}"
    waiting = f"{stats['outstanding']} not yet due, {stats['overdue']} overdue"
    return [
        f"Round robin sent {stats['sent']}, as of {stats['as_of']}: {replied}.",
        f"Replies {timing}; refused {share('refused')}; awaiting review {stats['needs_review']}.",
        f"No reply: {waiting}, {stats['very_overdue']} more than 40 working days past the deadline.",
        f"Exemptions cited: {cited or 'none'}.",
    ]
