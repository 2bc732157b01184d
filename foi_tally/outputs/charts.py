"""Charts for print and web: by force (horizontal bars) and by year went missing (columns).

Sized for a newspaper column (6 cm wide by default) with 6-7 pt type, every bar labelled with its value,
a title, an axis label and a source line with the coverage, so a chart cannot travel without its caveats.
A suppressed figure shows as a solid bar to its lowest value and a pale extension to its highest.
matplotlib runs headless (Agg) and is imported only here; SVG text stays text, so a designer can edit it.
"""

from __future__ import annotations

from pathlib import Path

from foi_tally.merge import Tally
from foi_tally.outputs.views import by_year, year_label
from foi_tally.report import figure_label

CM = 1 / 2.54
BLUE, GREY = "#1f5a96", "#9a9a9a"
FORMATS = ("png", "svg")


def _figure(width_cm: float, height_cm: float):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width_cm * CM, height_cm * CM), dpi=300, layout="constrained")


def _frame(fig, title: str, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    """Title on top, the source and coverage underneath; constrained layout keeps both inside the 6 cm."""
    import textwrap

    fig.suptitle(textwrap.fill(title, 34), fontsize=7, fontweight="bold", x=0.02, ha="left")
    fig.supxlabel(textwrap.fill(_source_line(tally), 62), fontsize=5, color="#444", x=0.02, ha="left")


def _source_line(tally: Tally) -> str:
    in_round = sum(1 for f in tally.forces if f.force.round_robin)
    return (f"Source: FOI replies; {len(tally.counted)} of {in_round} forces gave a figure. "
            "Not counted: refusals, no reply, awaiting review.")


def _style(ax) -> None:  # type: ignore[no-untyped-def]
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=6, length=2, width=0.5)
    for side in ("left", "bottom"):
        ax.spines[side].set_linewidth(0.5)


def by_force_chart(tally: Tally, width_cm: float = 6.0):  # type: ignore[no-untyped-def]
    """Counted forces with at least one missing, largest first."""
    figures = sorted((f for f in tally.counted if (f.missing_high or 0) > 0),
                     key=lambda f: (-(f.missing_high or 0), f.force.short_name))
    height_cm = 2.6 + 0.34 * max(len(figures), 1)
    fig = _figure(width_cm, height_cm)
    ax = fig.add_subplot()
    names = [f.force.short_name for f in figures]
    lows = [f.missing_low or 0 for f in figures]
    highs = [f.missing_high or 0 for f in figures]
    positions = list(range(len(figures)))[::-1]
    ax.barh(positions, lows, color=BLUE, height=0.7)
    ax.barh(positions, [h - lo for h, lo in zip(highs, lows, strict=True)], left=lows, color=BLUE, alpha=0.35,
            height=0.7)
    peak = max(highs, default=1) or 1
    for y, low, high in zip(positions, lows, highs, strict=True):
        ax.text(high + peak * 0.02, y, figure_label(low, high), va="center", fontsize=5.5)
    ax.set_yticks(positions, names, fontsize=5.5)
    ax.set_xlim(0, peak * 1.22)
    ax.set_ylim(-0.6, len(figures) - 0.4)
    ax.set_xlabel("Wanted, whereabouts unknown", fontsize=6)
    _style(ax)
    _frame(fig, f"Missing sex offenders by force: {figure_label(tally.missing_low, tally.missing_high)} in all",
           tally)
    return fig


def by_year_chart(tally: Tally, width_cm: float = 6.0):  # type: ignore[no-untyped-def]
    """Columns per year went missing, with the 'unknown' column apart in grey."""
    rows = [r for r in by_year(tally) if r["year"] is not None or r["missing_high"]]
    height_cm = width_cm * 0.95
    fig = _figure(width_cm, height_cm)
    ax = fig.add_subplot()
    gap = 1 if any(r["year"] is None for r in rows) else 0
    xs = [i + (gap if r["year"] is None else 0) for i, r in enumerate(rows)]
    lows = [int(r["missing_low"]) for r in rows]  # type: ignore[call-overload]
    highs = [int(r["missing_high"]) for r in rows]  # type: ignore[call-overload]
    colours = [GREY if r["year"] is None else BLUE for r in rows]
    ax.bar(xs, lows, color=colours, width=0.75)
    ax.bar(xs, [h - lo for h, lo in zip(highs, lows, strict=True)], bottom=lows, color=colours, alpha=0.35,
           width=0.75)
    peak = max(highs, default=1) or 1
    for x, low, high in zip(xs, lows, highs, strict=True):
        ax.text(x, high + peak * 0.02, figure_label(low, high), ha="center", va="bottom", fontsize=4.5)
    labels = [year_label(r["year"]) for r in rows]
    ax.set_xticks(xs, labels, fontsize=5, rotation=90)
    ax.set_ylim(0, peak * 1.15)
    ax.set_xlabel("Year went missing", fontsize=6)
    ax.set_ylabel("Still missing", fontsize=6)
    _style(ax)
    total = figure_label(tally.missing_low, tally.missing_high)
    _frame(fig, f"Missing sex offenders by the year they went missing ({total} in all)", tally)
    return fig


def write_chart(tally: Tally, view: str, path: str | Path, width_cm: float = 6.0) -> Path:
    """Draw the chart for `view` (force | year) to a .png or .svg file."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"cannot tell the chart format from '{target.name}': end it in .png or .svg")
    draw = {"force": by_force_chart, "year": by_year_chart}[view]
    import matplotlib

    matplotlib.use("Agg")
    # Text as text in SVG (editable); a fixed hash salt and no date so the same tally gives the same file.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "foi-tally", "font.family": "DejaVu Sans"}):
        fig = draw(tally, width_cm=width_cm)
        target.parent.mkdir(parents=True, exist_ok=True)
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(target, format=fmt, metadata=metadata)
    return target


def chart_labels(view: str, tally: Tally) -> list[str]:
    """The category labels a chart shows, in order (used by tests and by people checking a chart)."""
    if view == "force":
        return [f.force.short_name for f in sorted((f for f in tally.counted if (f.missing_high or 0) > 0),
                                                   key=lambda f: (-(f.missing_high or 0), f.force.short_name))]
    return [year_label(r["year"]) for r in by_year(tally) if r["year"] is not None or r["missing_high"]]
