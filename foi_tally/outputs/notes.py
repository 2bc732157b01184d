"""The methodology notes every output carries: coverage, ranges, exemptions, corrections, overrides, review.

A figure without its caveats gets misquoted; the workbook's notes sheet and the HTML page both print these
lines, so the two never disagree about what the national figure covers.
"""

from __future__ import annotations

from foi_tally.exemptions import describe
from foi_tally.merge import ForceFigure, Tally
from foi_tally.outputs.context import MAX_GAP_DAYS
from foi_tally.records import Reply
from foi_tally.report import figure_label, headline


def exemption_lines(tally: Tally) -> list[str]:
    """'Surrey Police (refused): s12 FOIA (cost limit)' for each force that cited an exemption."""
    lines = []
    for figure in sorted(tally.forces, key=lambda f: f.force.name):
        reply = figure.reply
        if reply and reply.exemptions:
            act = reply.act or figure.force.act
            sections = ", ".join(describe(s, act) for s in reply.exemptions)
            lines.append(f"{figure.force.name} ({figure.status}): {sections}")
    return lines


def override_lines(tally: Tally) -> list[str]:
    return [f"{f.force.name}: {o.describe()}" for f in tally.forces for o in f.overrides]


def correction_lines(tally: Tally) -> list[str]:
    """Forces whose standing reply replaced an earlier one, with both figures and files."""
    lines = []
    for figure in tally.forces:
        if figure.history and figure.reply is not None:
            earlier = ", ".join(r.source for r in figure.history)
            change = f"changed from {figure.changed_from}; " if figure.changed_from is not None else ""
            lines.append(f"{figure.force.name}: {change}{figure.reply.source} (as of {figure.reply.as_of or '?'}) "
                         f"supersedes {earlier}")
    return lines


def review_lines(tally: Tally) -> list[str]:
    lines = []
    for item in tally.review:
        if isinstance(item, ForceFigure):
            source = item.reply.source if item.reply else "no file"
            lines.append(f"{item.force.name} ({source}): {'; '.join(item.review_reasons)}")
        elif isinstance(item, Reply):
            lines.append(f"force not identified ({item.source}): {item.review_reason or 'needs review'}")
    return lines


def not_counted(tally: Tally) -> list[ForceFigure]:
    return [f for f in tally.forces if f.force.round_robin and not f.counted]


def methodology(tally: Tally) -> list[tuple[str, str]]:
    """(topic, text) lines, in reading order."""
    in_round = sum(1 for f in tally.forces if f.force.round_robin)
    outside = [f.force.name for f in not_counted(tally)]
    ranged = [f for f in tally.counted if f.missing is None]
    lines: list[tuple[str, str]] = [
        ("Headline", headline(tally)),
        ("Coverage", f"{len(tally.counted)} forces counted of {in_round} in the round robin; "
                     f"{tally.forces_with_missing} reported at least one missing. "
                     + (f"Not counted: {', '.join(outside)}." if outside else "Every force is counted.")),
        ("What counts", ("A force counts when its standing reply gave a figure (answered, or partial with "
                        "details withheld) and nothing awaits review. Refusals, neither-confirm-nor-deny, "
                        "'not held', no reply and replies awaiting review are listed but never counted as zero.")),
        ("Ranges", "A suppressed figure ('fewer than 5', '<5') is kept as a range (1-4) and carried through "
                   "every total as missing_low..missing_high; 'missing' is blank unless the figure is exact. "
                   f"National: {figure_label(tally.missing_low, tally.missing_high)}. "
                   + (f"Forces with a range: {', '.join(f.force.name for f in ranged)}." if ranged
                      else "No counted force gave a range.")),
        ("Which reply stands", ("Each force's latest reply by the date its figures are as of; earlier replies "
                               "are kept as history. The same file under another name counts once.")),
    ]
    for text in correction_lines(tally) or ["No force's figure was replaced by a later reply."]:
        lines.append(("Corrections", text))
    for text in exemption_lines(tally) or ["No exemptions cited."]:
        lines.append(("Exemptions", text))
    for text in override_lines(tally) or ["No manual overrides."]:
        lines.append(("Overrides", text))
    for text in review_lines(tally) or ["Nothing awaits review."]:
        lines.append(("Review", text))
    lines += [
        ("By year", ("The year the offenders went missing, from each figure's missing-since date. Figures with "
                    "no date, a date range spanning years, or a total with no breakdown are in the 'unknown' "
                    "row, so the rows add up to the national figure.")),
        ("By duration", ("How long offenders had been missing on the date each reply's figures are as of: "
                        "under 1 year, 1-5, 5-10, over 10 (whole years). A figure whose possible dates span "
                        "two buckets (a year-only date, a duration range) is 'unknown'.")),
        ("Context", ("Rates per 100,000 residents and per 1,000 registered sex offenders use the reference "
                    "table shipped with foi-tally (data/force_context.csv): population from the 2011 Census "
                    "and ONS mid-year estimates summed to force areas, RSO counts from MAPPA reports as quoted "
                    "in the press, each with its source URL. The figure dated closest to the reply is used "
                    f"(population up to {MAX_GAP_DAYS['population'] // 366} years away, RSO counts up to "
                    f"{MAX_GAP_DAYS['rso_count'] // 366}); otherwise the rate is blank, never estimated.")),
        ("Provenance", ("Every figure names its source file and the page, sheet, row or line it was read from "
                       "(Entries: locator, text). Run 'foi-tally explain FORCE' to see them.")),
    ]
    return lines
