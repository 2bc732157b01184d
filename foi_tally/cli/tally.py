"""Commands that build and read the tally: ingest, report, export, explain, review, forces."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

import click

from foi_tally.cli.common import console as _console
from foi_tally.cli.common import load_tally, store_option
from foi_tally.cli.common import write_output as _write


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: CPU cores).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for files that fail unexpectedly.")
@click.option("--quiet", "-q", is_flag=True, help="Only print the summary.")
def ingest(paths: tuple[Path, ...], store_dir: str | None, jobs: int | None, debug: bool, quiet: bool) -> None:
    """Read every reply file under PATHS (default data/raw) into the parsed store.

    Each file gets one record in the store. Files that cannot be read are
    stored too, with the reason, and listed for review: never counted as zero.
    Unchanged files are not read again. Exit code 0 when every file was
    stored, 1 when any file could not be read.

    \b
    Examples:
      foi-tally ingest                    data/raw -> data/parsed
      foi-tally ingest replies/ --store /tmp/tally --jobs 4
    """
    from foi_tally.ingest import ingest as run_ingest
    from foi_tally.store import Store, store_path

    if debug:
        import logging

        # pdfminer's warnings on a damaged PDF, which the PDF reader otherwise silences. Worker processes
        # inherit this (they are forked).
        logging.getLogger("pdfminer").setLevel(logging.WARNING)
    roots = list(paths) or [Path("data/raw")]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise click.UsageError(f"no such file or folder: {root}")
    store = Store(store_path(store_dir))
    say, bar = _ingest_output(quiet)
    with bar if bar is not None else contextlib.nullcontext():
        task = bar.add_task("ingest", total=None) if bar is not None else None

        def tick(result) -> None:  # type: ignore[no-untyped-def]
            if bar is not None:
                bar.advance(task)  # type: ignore[arg-type]
            if result.error:
                # One line per file, never wrapped, so it can be grepped.
                say(f"unreadable {result.source}: {result.error}", "red")
                if debug and result.trace:
                    say(result.trace)

        def started(total: int) -> None:
            if bar is not None:
                bar.update(task, total=total)  # type: ignore[arg-type]

        try:
            summary = run_ingest(
                roots, store, jobs=jobs or os.cpu_count() or 1, debug=debug, progress=tick, started=started,
            )
        except OSError as exc:
            if debug:
                raise
            reason = exc.strerror or exc
            raise click.ClickException(f"cannot write the store {store.root}: {reason}") from None
    for line in summary.skipped:
        say(f"skipped {line}", "yellow")
    review = summary.needing_review
    read = len(summary.results)
    cached = sum(1 for r in summary.results if r.cached)
    say(
        f"{read} files read ({cached} unchanged), {summary.reply_count - len(review)} replies parsed, "
        f"{len(review)} need review, {len(summary.unreadable)} unreadable -> {store.root}"
    )
    if not quiet:
        for reply in review:
            if not (reply.review_reason or "").startswith("unreadable: "):  # already said as it was read
                say(f"  review: {reply.source}: {reply.review_reason}")
    sys.exit(summary.exit_code)


def _ingest_output(quiet: bool):  # type: ignore[no-untyped-def]
    """How ingest speaks (on stderr): through rich, with colours and a progress bar, to a terminal; as plain
    lines, never wrapped, when piped or redirected, without loading rich at all (a script starts sooner)."""
    if not sys.stderr.isatty():
        def plain(text: str, style: str | None = None) -> None:
            click.echo(text, err=True)

        return plain, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = _console(stderr=True)

    def coloured(text: str, style: str | None = None) -> None:
        console.print(text, markup=False, style=style, soft_wrap=True)

    bar = Progress(
        TextColumn("reading replies"), BarColumn(), MofNCompleteColumn(), console=console, transient=True,
        disable=quiet,
    )
    return coloured, bar


@click.command()
@click.option("--by-force", "view", flag_value="force", default=True, help="One row per force (default).")
@click.option("--by-year", "view", flag_value="year", help="One row per year the offenders went missing.")
@click.option("--by-duration", "view", flag_value="duration",
              help="Missing under 1 year, 1-5, 5-10, over 10 years (on each reply's as-of date).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Use replies dated on or before.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown", "html"]), default="table",
              show_default=True)
@click.option("--sort", type=click.Choice(["count", "name"]), default="count", show_default=True)
@click.option("--output", "-o", type=click.Path(), help="Write to FILE instead of the screen.")
@click.option("--excel", is_flag=True, help="CSV: start with a byte-order mark so Excel reads UTF-8.")
@click.option("--context", is_flag=True, help="By force: add population and RSO rates from the reference table.")
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False), default="data/raw", show_default=True,
              help="HTML: the folder that was ingested, for links from the page to each reply file.")
@store_option
def report(view: str, as_of, fmt: str, sort: str, output: str | None, excel: bool, context: bool,  # type: ignore[no-untyped-def]
           sources_dir: str, store_dir: str | None) -> None:
    """The national table: every force's status, count and earliest missing-since date.

    Refusals, 'not held' answers and replies awaiting review are shown but
    never counted as zero. Ranges (suppressed figures) are shown as low-high.
    --by-year and --by-duration add up to the national figure: figures that
    cannot be placed are in an 'unknown' row. --format html writes one
    self-contained page (headline, sortable table, chart, every source).

    \b
    Examples:
      foi-tally report --by-force
      foi-tally report --by-force --format json | jq .national
      foi-tally report --as-of 2015-03-14
      foi-tally report --by-year --format csv --excel -o years.csv
      foi-tally report --format html --output report.html
    """
    from foi_tally.report import FORCE_COLUMNS, by_force_json, by_force_rows, to_csv

    result, _ = load_tally(store_dir, as_of)
    if view != "force" or fmt in ("markdown", "html") or context or (excel and fmt == "csv"):
        from foi_tally.cli.outputs import render_report

        _write(render_report(result, view, fmt, sort=sort, output=output, excel=excel, context=context,
                             sources_dir=sources_dir), output)
    elif fmt == "json":
        _write(json.dumps(by_force_json(result), indent=2, ensure_ascii=False) + "\n", output)
    elif fmt == "csv":
        _write(to_csv(by_force_rows(result, sort), FORCE_COLUMNS), output)
    else:
        _print_force_table(result, sort, output)
        if not output:
            from foi_tally.cli.round import round_report_lines

            for line in round_report_lines(store_dir):  # only when a round is recorded in the store
                click.echo(line)


def _print_force_table(result, sort: str, output: str | None) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from foi_tally.report import figure_label, figure_notes, headline, sorted_figures, status_label

    table = Table(title="Registered sex offenders wanted, whereabouts unknown", title_justify="left")
    table.add_column("Force", no_wrap=True)
    table.add_column("Status")
    table.add_column("Missing", justify="right")
    table.add_column("Earliest since")
    table.add_column("As of")
    table.add_column("Note")
    for figure in sorted_figures(result, sort):
        reply = figure.reply
        status = status_label(figure.status, reply.exemptions if reply else ())
        count = figure_label(figure.missing_low, figure.missing_high) if figure.counted else ""
        if figure.needs_review and figure.missing_high is not None:
            count = f"({figure_label(figure.missing_low, figure.missing_high)})"  # shown, not counted
        table.add_row(
            figure.force.name, status, count, figure.earliest_missing_since or "",
            (reply.as_of or "") if reply else "", ", ".join(text for _, text in figure_notes(figure)),
        )
    table.add_section()
    table.add_row("National", "", figure_label(result.missing_low, result.missing_high), "", "", "")
    console = _console()
    if output:
        from rich.console import Console

        with open(output, "w", encoding="utf-8") as handle:
            Console(file=handle, width=120, no_color=True).print(table)
        click.echo(f"wrote {output}", err=True)
        return
    console.print(table)
    console.print(headline(result))
    if result.review:
        console.print("Replies awaiting review are not counted: see 'foi-tally review'.")


@click.command()
@click.option("--level", type=click.Choice(["force", "reply", "entry"]), default="force", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "xlsx", "sqlite"]), default="csv",
              show_default=True, help="xlsx and sqlite hold every level at once and need --output FILE.")
@click.option("--output", "-o", default="-", show_default=True, help="File to write, or - for the screen.")
@click.option("--excel", is_flag=True, help="Start the CSV with a byte-order mark so Excel reads UTF-8.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Use replies dated on or before.")
@store_option
def export(level: str, fmt: str, output: str, excel: bool, as_of, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Export forces, replies or individual figures as CSV, JSON, an Excel workbook or a SQLite database.

    The reply level lists every ingested file, unreadable ones with the reason.
    A CSV written to a file gets a datapackage.json beside it describing
    every column (Frictionless Table Schema).

    \b
    Examples:
      foi-tally export --level force --format csv --output forces.csv
      foi-tally export --level reply --format json --output -
      foi-tally export --level entry --format csv --excel -o figures.csv
      foi-tally export --format xlsx --output tally.xlsx
      foi-tally export --format sqlite --output tally.db   (then: datasette tally.db)
    """
    from foi_tally.export import export as run_export

    result, replies = load_tally(store_dir, as_of)
    if fmt in ("xlsx", "sqlite"):
        from foi_tally.cli.outputs import write_binary_export

        write_binary_export(result, replies, fmt, output)
        return
    _write(run_export(result, replies, level, fmt, excel=excel), output)
    if fmt == "csv" and output not in (None, "-"):
        from foi_tally.cli.outputs import describe_csv

        describe_csv(level, output, excel)


@click.command()
@click.argument("force")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Use replies dated on or before.")
@store_option
def explain(force: str, fmt: str, as_of, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Show every figure behind one force's count, with its file, place and original text.

    \b
    Examples:
      foi-tally explain "Metropolitan Police Service"
      foi-tally explain GMP --format json
    """
    from foi_tally.forces import lookup
    if lookup(force) is None:
        raise click.UsageError(f"unknown force {force!r}: try its full name, e.g. 'Greater Manchester Police'")
    figure = load_tally(store_dir, as_of)[0].figure(force)
    reply = figure.reply
    figures = [
        {
            "count": e.count,
            "count_low": e.count_low,
            "count_high": e.count_high,
            "since": e.since,
            "precision": e.precision,
            "status": e.status,
            "source": e.locator.file,
            "locator": e.locator.describe(),
            "snippet": e.text,
            "method": e.method,
        }
        for e in figure.entries
    ]
    data = {
        "force": figure.force.name,
        "status": figure.status,
        "missing": figure.missing,
        "missing_low": figure.missing_low,
        "missing_high": figure.missing_high,
        "needs_review": figure.needs_review,
        "review_reason": reply.review_reason if reply else None,
        "stated_total": reply.stated_total_text if reply else None,
        "source": reply.source if reply else None,
        "superseded": [r.source for r in figure.history],
        "figures": figures,
    }
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    from foi_tally.report import figure_label

    console = _console()
    console.print(f"[bold]{figure.force.name}[/bold]: {figure.status}, "
                  f"missing {figure_label(figure.missing_low, figure.missing_high) or 'not counted'}")
    if reply:
        console.print(f"source: {reply.source}  reference: {reply.reference or '-'}  as of: {reply.as_of or '-'}",
                      markup=False)
        if reply.stated_total_text:
            console.print(f"stated: \u201c{reply.stated_total_text}\u201d", markup=False)
        if reply.needs_review:
            console.print(f"[yellow]needs review:[/yellow] {reply.review_reason}")
    table = Table()
    for column in ("Count", "Since", "Precision", "Status", "Where", "Original text"):
        table.add_column(column)
    for item in figures:
        table.add_row(figure_label(item["count_low"], item["count_high"]), item["since"] or "unknown",
                      item["precision"], item["status"], item["locator"], str(item["snippet"])[:80])
    console.print(table)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
def review(fmt: str, store_dir: str | None) -> None:
    """List everything a person must check before it counts, with the reason.

    Flagged replies (unreadable files, unknown force, low confidence, OCR,
    conflicts) are not counted until resolved by an override; warnings
    (hidden spreadsheet sheets, unreadable attachments) are notices.

    \b
    Examples:
      foi-tally review
      foi-tally review --format json
      foi-tally override add "Kent Police" accept yes --reason "checked the table by hand"
    """
    from foi_tally.review import review_items

    result, replies = load_tally(store_dir)
    items = review_items(result, replies)
    if fmt == "json":
        click.echo(json.dumps({"review": items}, indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("Nothing to review.")
        return
    for item in items:
        who = item["force"] or "force unknown"
        click.echo(f"[{item['kind']}] {item['source']} ({who}): {'; '.join(item['reasons'])}")


@click.group(name="override")
def override() -> None:
    """Record, list or remove manual corrections (kept in overrides.csv in the store).

    Fields: missing (23 or 1-4), status, accept (yes), source (a file whose
    reply is this force's), exclude (yes). Every report shows overrides.

    \b
    Examples:
      foi-tally override add "Kent Police" missing 8 --reason "rows checked by hand" --who "H. Pryce"
      foi-tally override add "Essex Police" source "scan 12.pdf" --reason "Essex letterhead on page 2"
      foi-tally override list
      foi-tally override remove 3
    """


@override.command(name="add")
@click.argument("force")
@click.argument("field")
@click.argument("value")
@click.option("--reason", required=True, help="Why: shown beside the figure in every report.")
@click.option("--who", default="", help="Who decided.")
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date decided (default today).")
@store_option
def override_add(force: str, field: str, value: str, reason: str, who: str, when, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Add an override: FORCE FIELD VALUE."""
    import datetime as dt

    from foi_tally import overrides
    from foi_tally.forces import lookup
    from foi_tally.store import store_path

    known = lookup(force)
    if known is None:
        raise click.UsageError(f"unknown force {force!r}: try its full name, e.g. 'Greater Manchester Police'")
    day = (when.date() if when else dt.date.today()).isoformat()
    try:
        added = overrides.add(store_path(store_dir), known.name, field, value, reason, day, who)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"{known.name}: {added.describe()}")


@override.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
def override_list(fmt: str, store_dir: str | None) -> None:
    """List every override."""
    from dataclasses import asdict

    from foi_tally import overrides
    from foi_tally.store import store_path

    items = overrides.load(store_path(store_dir))
    if fmt == "json":
        click.echo(json.dumps({"overrides": [asdict(o) for o in items]}, indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("No overrides.")
    for item in items:
        click.echo(f"{item.force}: {item.describe()}")


@override.command(name="remove")
@click.argument("override_id", type=int)
@store_option
def override_remove(override_id: int, store_dir: str | None) -> None:
    """Remove override number OVERRIDE_ID."""
    from foi_tally import overrides
    from foi_tally.store import store_path

    try:
        removed = overrides.remove(store_path(store_dir), override_id)
    except KeyError as exc:
        raise click.UsageError(str(exc.args[0])) from None
    click.echo(f"removed {removed.describe()}")


@click.command(name="forces")
@click.option("--all", "show_all", is_flag=True, help="Include forces outside the UK round robin.")
def forces_command(show_all: bool) -> None:
    """List the forces the tool knows, with ONS codes and the Act each answers under.

    \b
    Examples:
      foi-tally forces
      foi-tally forces --all        # include MoD Police, CNC, Crown Dependencies, legacy Scottish forces
    """
    from foi_tally.forces import all_forces

    for force in all_forces():
        if show_all or force.round_robin:
            click.echo(f"{force.name}\t{force.ons_code or '-'}\t{force.act}")

