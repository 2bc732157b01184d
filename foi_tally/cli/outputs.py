"""Commands that make things for the newsroom from the tally: chart, check."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from foi_tally.cli.common import load_tally, store_option


@click.command()
@click.option("--by-force", "view", flag_value="force", default=True, help="Bars per force, largest first (default).")
@click.option("--by-year", "view", flag_value="year", help="Columns per year the offenders went missing.")
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path),
              help="FILE.png or FILE.svg: the format follows the extension.")
@click.option("--width-cm", type=click.FloatRange(min=3, max=40), default=6.0, show_default=True,
              help="Chart width; 6 cm is a newspaper column.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Use replies dated on or before.")
@store_option
def chart(view: str, output: Path, width_cm: float, as_of, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Draw the by-force or by-year chart as PNG or SVG, labelled and sized for print.

    Every bar carries its value; the title gives the national figure and a
    source line says how many forces are counted. Suppressed figures show as
    a solid bar to their lowest value and a pale extension to their highest.

    \b
    Examples:
      foi-tally chart --by-force --output forces.png
      foi-tally chart --by-year --output years.svg --width-cm 12
    """
    if output.suffix.lower() not in (".png", ".svg"):
        raise click.UsageError(f"cannot tell the chart format from '{output.name}': end it in .png or .svg")
    from foi_tally.outputs.charts import write_chart

    result, _ = load_tally(store_dir, as_of)
    write_chart(result, view, output, width_cm=width_cm)
    click.echo(f"wrote {output}", err=True)


@click.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--strict", is_flag=True, help="Exit with code 1 when any figure does not match the data.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Use replies dated on or before.")
@store_option
def check(article: str, fmt: str, strict: bool, as_of, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Check the figures in a draft article (text, Markdown or HTML) against the data.

    Finds national totals, counts near a force name or place ("23 from
    Manchester", "167 for the Met"), numbers of forces, "missing since 2000"
    and "for 14 years", and gives each a verdict: match, mismatch (with the
    data's figure and its source file) or unknown (the data cannot settle it).

    \b
    Examples:
      foi-tally check draft.txt
      foi-tally check draft.txt --format json | jq '.claims[] | select(.verdict == "mismatch")'
      foi-tally check - < draft.txt
    """
    from foi_tally.outputs.check import check_article, summary

    raw = _read_article(article)
    result, _ = load_tally(store_dir, as_of)
    claims = check_article(raw, result)
    if fmt == "json":
        data = {"claims": [c.to_dict() for c in claims], "summary": summary(claims)}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_claims(claims)
    if strict and any(c.verdict == "mismatch" for c in claims):
        raise SystemExit(1)


def _read_article(article: str) -> str:
    """The article's text; UTF-8, else Windows-1252 (what Word saves as 'plain text')."""
    if article == "-":
        data = sys.stdin.buffer.read()
    else:
        data = Path(article).read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise click.ClickException(f"{article}: not a text file (neither UTF-8 nor Windows-1252)")


def _print_claims(claims) -> None:  # type: ignore[no-untyped-def]
    from foi_tally.cli.common import console
    from foi_tally.outputs.check import summary

    con = console()
    if not claims:
        con.print("No figures found to check.")
        return
    colours = {"match": "green", "mismatch": "red", "unknown": "yellow"}
    for claim in claims:
        who = claim.force or "national"
        line = f"[{colours[claim.verdict]}]{claim.verdict.upper():8}[/] line {claim.line}: \u201c"
        con.print(line, end="")
        con.print(claim.text, end="", markup=False)
        con.print(f"\u201d ({who}, {claim.kind})", markup=False)
        details = []
        if claim.data_figure is not None:
            details.append(f"data: {claim.data_figure}")
        if claim.note:
            details.append(claim.note)
        if claim.source:
            details.append(f"source: {claim.source}")
        if details:
            con.print("          " + "; ".join(details), markup=False)
    counts = summary(claims)
    con.print(f"{counts['match']} match, {counts['mismatch']} mismatch, {counts['unknown']} unknown")


def render_report(result, view: str, fmt: str, *, sort: str = "count", output: str | None = None,  # type: ignore[no-untyped-def]
                  excel: bool = False, context: bool = False, sources_dir: str | None = None) -> str:
    """The text of `report` for the views and formats this module adds (by-year, by-duration, Markdown, HTML)."""
    from foi_tally.outputs import formats, html, views

    if view == "force":
        rows = views.force_rows(result, sort, context=context)
    else:
        rows = views.by_year(result) if view == "year" else views.by_duration(result)
    if fmt == "html":
        if view == "force":
            return html.report_page(result, link=html.source_linker(sources_dir, output), context=True)
        return html.view_page(view, rows, result)
    if fmt == "table":
        return _table_text(result, view, rows)
    return formats.render(view, rows, result, fmt, context=context, excel=excel)


def _table_text(result, view: str, rows: list[dict[str, object]]) -> str:  # type: ignore[no-untyped-def]
    """The screen table of a by-year or by-duration view, with the headline under it."""
    import io

    from rich.console import Console
    from rich.table import Table

    from foi_tally.outputs.formats import VIEW_TITLES, display_rows, national_row
    from foi_tally.report import headline

    headers, cells = display_rows(view, rows)
    table = Table()
    for i, header in enumerate(headers):
        table.add_column(header, justify="right" if i else "left")
    for line in cells:
        table.add_row(*line)
    table.add_section()
    table.add_row(*national_row(view, result))
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, no_color=True, highlight=False)
    console.print(VIEW_TITLES[view], markup=False)
    console.print(table)
    console.print(headline(result), markup=False)
    return buffer.getvalue()


def write_binary_export(result, replies, fmt: str, output: str | None) -> None:  # type: ignore[no-untyped-def]
    """export --format xlsx|sqlite: a file, never the screen."""
    if output in (None, "-"):
        raise click.UsageError(f"--format {fmt} writes a file: give --output FILE")
    if fmt == "xlsx":
        from foi_tally.outputs.xlsx import write_workbook

        write_workbook(result, replies, output)  # type: ignore[arg-type]
    else:
        from foi_tally.outputs.sqlite import write_database

        write_database(result, replies, output)  # type: ignore[arg-type]
    click.echo(f"wrote {output}", err=True)


def describe_csv(level: str, output: str, excel: bool) -> None:
    """Write or update datapackage.json beside an exported CSV."""
    from foi_tally.export import ENTRY_COLUMNS, REPLY_COLUMNS
    from foi_tally.outputs.datapackage import update_package
    from foi_tally.report import FORCE_COLUMNS

    columns, title = {
        "force": (FORCE_COLUMNS, "One row per force: its standing figure and status"),
        "reply": (REPLY_COLUMNS, "One row per ingested reply file"),
        "entry": (ENTRY_COLUMNS, "One row per figure behind the counted totals"),
    }[level]
    path = update_package(output, columns, title, excel=excel, table=level)
    click.echo(f"wrote {path}", err=True)
