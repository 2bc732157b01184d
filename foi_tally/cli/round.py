"""Commands that track the round robin: statutory deadlines, the round record, status and chasers."""

from __future__ import annotations

import json
from pathlib import Path

import click

from foi_tally.cli.common import console as _console
from foi_tally.cli.common import store_option


@click.command()
@click.argument("received", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.option("--nation", type=click.Choice(["england", "wales", "scotland", "northern-ireland"]),
              help="Where the force is (decides the Act).")
@click.option("--force", "force_name", help="A force name instead of --nation (BTP answers under FOIA).")
@click.option("--holidays", "holidays_file", type=click.Path(exists=True, dir_okay=False),
              help="Extra one-off holidays, one ISO date a line.")
def deadline(received, nation: str | None, force_name: str | None, holidays_file: str | None) -> None:  # type: ignore[no-untyped-def]
    """Print the statutory due date (ISO) for a request received on RECEIVED (YYYY-MM-DD).

    FOI Act 2000: the 20th working day after receipt, excluding bank holidays
    in any part of the UK. FOISA 2002 (Police Scotland): Scottish holidays only.

    \b
    Examples:
      foi-tally deadline 2026-03-13 --nation england     # 2026-04-15
      foi-tally deadline 2026-03-13 --force "Police Scotland"
    """
    from foi_tally.deadlines import act_for_nation, due_date, load_extra_holidays
    from foi_tally.forces import lookup

    if force_name:
        force = lookup(force_name)
        if force is None:
            raise click.UsageError(f"unknown force {force_name!r}")
        act = "FOISA" if "FOISA" in force.act else "FOIA"
        if force.kind == "crown-dependency":
            raise click.UsageError(f"{force.name} answers under {force.act}, whose deadlines this tool does not know")
    elif nation:
        act = act_for_nation(nation)
    else:
        raise click.UsageError("give --nation or --force")
    extra = load_extra_holidays(Path(holidays_file)) if holidays_file else []
    click.echo(due_date(received.date(), act, extra).isoformat())


_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _root(store_dir: str | None) -> Path:
    from foi_tally.store import store_path

    return store_path(store_dir)


def _load_round(root: Path):  # type: ignore[no-untyped-def]
    from foi_tally.round import load_round

    try:
        return load_round(root)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


def _holidays(holidays_file: str | None) -> list:  # type: ignore[type-arg]
    from foi_tally.deadlines import load_extra_holidays

    if not holidays_file:
        return []
    try:
        return load_extra_holidays(Path(holidays_file))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


def _update(store_dir: str | None, change, new: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Apply `change` to the recorded round, save it, and say what it means.

    Only `round set` (new=True) may start a round: per-force dates are checked against the date sent.
    """
    from foi_tally.round import Round, save_round

    root = _root(store_dir)
    current = _load_round(root)
    if current is None and not new:
        raise click.ClickException(f"no round recorded in {root}: run 'foi-tally round set --sent DATE' first")
    current = current or Round()
    try:
        updated, message = change(current)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    path = save_round(root, updated)
    click.echo(message)
    click.echo(f"recorded in {path}", err=True)


def _name(force_name: str) -> str:
    from foi_tally.forces import lookup

    force = lookup(force_name)
    return force.name if force else force_name


def _due_note(round_, force_name: str) -> str:  # type: ignore[no-untyped-def]
    """'reply due 2015-03-02 (FOIA)' for one force, or why it cannot be worked out yet."""
    from foi_tally.deadlines import due_date
    from foi_tally.forces import lookup
    from foi_tally.round import act_for_force, clock_start

    force = lookup(force_name)
    if force is None or round_.sent is None:
        return "reply due date unknown until the date sent is recorded ('foi-tally round set --sent DATE')"
    start, _ = clock_start(round_.record(force), round_.sent)
    act = act_for_force(force)
    return f"clock runs from {start.isoformat()}, reply due {due_date(start, act).isoformat()} ({act})"


@click.group(name="round")
def round_group() -> None:
    """Record the round robin: the request, the date sent, and per-force dates and references.

    The record is a plain file (round.json) in the store folder; 'status' and
    'chase' read it, and re-ingesting never touches it.

    \b
    Examples:
      foi-tally round set --sent 2015-02-02 --request-file request.txt
      foi-tally round received "Kent Police" 2015-02-04
      foi-tally round clarified "Police Scotland" 2015-02-10
      foi-tally round reference "Kent Police" "KP/FOI/15/1187"
      foi-tally round import round.csv
      foi-tally round show
    """


@round_group.command(name="set")
@click.option("--sent", type=_DATE, help="The day the request went to every force (YYYY-MM-DD).")
@click.option("--request-file", type=click.File("r", encoding="utf-8"),
              help="A text file with the request's wording (- for standard input).")
@click.option("--request", "request_text", help="The request's wording, instead of --request-file.")
@click.option("--requester", help="Your name, to sign the chasers with.")
@store_option
def round_set(sent, request_file, request_text: str | None, requester: str | None, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Record (or change) the date sent, the request's wording and who sent it."""
    from dataclasses import replace

    if request_file is not None and request_text is not None:
        raise click.UsageError("give --request-file or --request, not both")
    if sent is None and request_file is None and request_text is None and requester is None:
        raise click.UsageError("nothing to record: give --sent, --request-file, --request or --requester")
    wording = request_file.read().strip() if request_file is not None else request_text

    def change(current):  # type: ignore[no-untyped-def]
        if current.sent is None and sent is None:
            raise ValueError("a new round needs the date it was sent: add --sent YYYY-MM-DD")
        updated = replace(
            current,
            sent=sent.date() if sent else current.sent,
            request=wording.strip() if wording is not None else current.request,
            requester=(requester.strip() or None) if requester is not None else current.requester,
        )
        late = [name for name, rec in updated.forces.items()
                if any(d < updated.sent for d in (*([rec.received] if rec.received else []), *rec.clarified))]
        if late:
            raise ValueError(f"{', '.join(late)}: dates recorded before {updated.sent.isoformat()}; "
                             "correct them or 'foi-tally round forget' the force first")
        words = len(updated.request.split())
        return updated, (f"round sent {updated.sent.isoformat()}; request {words} words"
                         + (f"; signed {updated.requester}" if updated.requester else ""))

    _update(store_dir, change, new=True)


@round_group.command(name="received")
@click.argument("force")
@click.argument("day", metavar="DATE", type=_DATE)
@store_option
def round_received(force: str, day, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """FORCE received the request on DATE (when not the day it was sent): its clock starts there."""
    from foi_tally.round import set_received

    def change(current):  # type: ignore[no-untyped-def]
        updated = set_received(current, force, day.date())
        return updated, f"{_name(force)}: received {day.date().isoformat()}; {_due_note(updated, force)}"

    _update(store_dir, change)


@round_group.command(name="clarified")
@click.argument("force")
@click.argument("day", metavar="DATE", type=_DATE)
@store_option
def round_clarified(force: str, day, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """You clarified the request to FORCE on DATE: the 20 working days start again from it."""
    from foi_tally.round import add_clarification

    def change(current):  # type: ignore[no-untyped-def]
        updated = add_clarification(current, force, day.date())
        return updated, f"{_name(force)}: clarified {day.date().isoformat()}; {_due_note(updated, force)}"

    _update(store_dir, change)


@round_group.command(name="reference")
@click.argument("force")
@click.argument("reference")
@store_option
def round_reference(force: str, reference: str, store_dir: str | None) -> None:
    """Record FORCE's own FOI REFERENCE (from its acknowledgement), quoted in chasers."""
    from foi_tally.round import set_reference

    def change(current):  # type: ignore[no-untyped-def]
        return set_reference(current, force, reference), f"{_name(force)}: reference {reference.strip()}"

    _update(store_dir, change)


@round_group.command(name="forget")
@click.argument("force")
@store_option
def round_forget(force: str, store_dir: str | None) -> None:
    """Drop every date and reference recorded for FORCE: its clock runs from the day sent again."""
    from foi_tally.round import forget

    def change(current):  # type: ignore[no-untyped-def]
        updated = forget(current, force)
        return updated, f"{_name(force)}: nothing recorded; {_due_note(updated, force)}"

    _update(store_dir, change)


@round_group.command(name="import")
@click.argument("csv_file", metavar="CSV", type=click.Path(exists=True, dir_okay=False))
@store_option
def round_import(csv_file: str, store_dir: str | None) -> None:
    """Merge per-force dates from a CSV with columns force, received, clarified, reference.

    Only 'force' is required; empty cells change nothing, and 'clarified' may
    hold several dates separated by ';'. Dates as YYYY-MM-DD (or DD/MM/YYYY).
    Any unknown force, column or date stops the import and nothing is saved.

    \b
    Example CSV:
      force,received,clarified,reference
      Kent Police,2015-02-03,,KP/FOI/15/1187
      Police Scotland,,2015-02-10,IM-FOI-2015-0123
    """
    from foi_tally.round import import_csv

    text = Path(csv_file).read_text(encoding="utf-8-sig")

    def change(current):  # type: ignore[no-untyped-def]
        updated = import_csv(current, text, source=csv_file)
        changed = sum(1 for name, rec in updated.forces.items() if current.forces.get(name) != rec)
        return updated, f"{changed} force record{'s' if changed != 1 else ''} changed from {csv_file}"

    _update(store_dir, change)


@round_group.command(name="show")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_option
def round_show(fmt: str, store_dir: str | None) -> None:
    """Show the recorded round: date sent, request, and what is recorded per force."""
    from foi_tally.store import dumps

    root = _root(store_dir)
    current = _load_round(root)
    if current is None:
        raise click.ClickException(f"no round recorded in {root}: run 'foi-tally round set --sent DATE'")
    if fmt == "json":
        click.echo(dumps(current.to_dict()), nl=False)
        return
    click.echo(f"Sent: {current.sent.isoformat() if current.sent else 'not recorded'}")
    if current.requester:
        click.echo(f"Requester: {current.requester}")
    click.echo("Request:")
    for line in (current.request or "(not recorded)").splitlines():
        click.echo(f"    {line}")
    if not current.forces:
        click.echo("Per force: nothing recorded.")
        return
    click.echo("Per force:")
    for name, record in sorted(current.forces.items()):
        bits = []
        if record.received:
            bits.append(f"received {record.received.isoformat()}")
        if record.clarified:
            bits.append(f"clarified {', '.join(d.isoformat() for d in record.clarified)}")
        if record.reference:
            bits.append(f"reference {record.reference}")
        click.echo(f"  {name}: {'; '.join(bits)}; {_due_note(current, name)}")


def _round_status(store_dir: str | None, sent, today, holidays_file: str | None):  # type: ignore[no-untyped-def]
    """The recorded round (or one made from --sent) and every force's status on `today`."""
    from datetime import date

    from foi_tally import overrides
    from foi_tally.round import Round, round_status
    from foi_tally.store import Store

    root = _root(store_dir)
    current = _load_round(root) or Round()
    if current.sent is None and sent is None:
        raise click.ClickException(
            f"no round recorded in {root}: give --sent DATE or run 'foi-tally round set --sent DATE'"
        )
    day = today.date() if today else date.today()
    try:
        status = round_status(current, Store(root).replies(), day, sent=sent.date() if sent else None,
                              overrides=overrides.load(root), extra_holidays=_holidays(holidays_file))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    return current, status


def _timing_options(func):  # type: ignore[no-untyped-def]
    func = click.option("--holidays", "holidays_file", type=click.Path(exists=True, dir_okay=False),
                        help="Extra one-off holidays, one ISO date a line.")(func)
    func = click.option("--today", type=_DATE, help="Judge as of this day (default: the real date).")(func)
    return click.option("--sent", type=_DATE, help="Date the round was sent (default: as recorded).")(func)


@click.command()
@_timing_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
def status(sent, today, holidays_file: str | None, fmt: str, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Every force in the round: replied, refused, needs_review, outstanding, overdue or very_overdue.

    A force without a reply is outstanding until its statutory due date (20
    working days; FOISA for Police Scotland, FOIA for the rest), overdue
    after it, and very_overdue once more than 40 working days past it. A reply's
    date is its email Date header or letter date; a reply dated before the
    round was sent, or after --today, does not count.

    \b
    Examples:
      foi-tally status
      foi-tally status --sent 2015-02-02 --today 2015-04-30 --format json
    """
    from foi_tally.report import round_statistics, round_summary

    _, result = _round_status(store_dir, sent, today, holidays_file)
    if fmt == "json":
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title=f"Round robin sent {result.sent.isoformat()}: status on {result.today.isoformat()}",
                  title_justify="left")
    for column, justify in (("Force", "left"), ("Act", "left"), ("State", "left"), ("Due", "left"),
                            ("Received", "left"), ("Working days late", "right"), ("Note", "left")):
        table.add_column(column, justify=justify, no_wrap=column == "Force")  # type: ignore[arg-type]
    for item in result.forces:
        notes = []
        if item.clock_basis != "sent":
            notes.append(f"{item.clock_basis} {item.clock_start.isoformat()}")
        if item.reply is not None and item.received is None:
            notes.append("reply undated")
        late = "" if item.working_days_late is None else str(item.working_days_late)
        table.add_row(item.force.name, item.act, item.state.replace("_", " "), item.due.isoformat(),
                      item.received.isoformat() if item.received else "", late, "; ".join(notes))
    console = _console()
    console.print(table)
    for line in round_summary(round_statistics(result)):
        console.print(line, markup=False)
    for reply, why in result.ignored:
        console.print(f"not counted for this round: {reply.source} ({reply.force or 'force unknown'}), {why}",
                      markup=False)


@click.command()
@_timing_options
@click.option("--output", "-o", "output_dir", default="chasers", show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the chasers into.")
@store_option
def chase(sent, today, holidays_file: str | None, output_dir: str, store_dir: str | None) -> None:  # type: ignore[no-untyped-def]
    """Write one plain-text chaser for every overdue force, citing the Act and the complaint route.

    Each letter gives the force's FOI reference when known ('foi-tally round
    reference'), the dates sent and due, the working days late, section 10 of
    FOIA 2000 (FOISA 2002 for Police Scotland, where it asks for a review), and
    the Information Commissioner (ICO, or the Scottish Information Commissioner).
    Read each one before you send it.

    \b
    Examples:
      foi-tally chase
      foi-tally chase --output letters/ --today 2015-03-20
    """
    from foi_tally.round import LATE_STATES, chaser_name, chaser_text
    from foi_tally.store import write_atomic

    current, result = _round_status(store_dir, sent, today, holidays_file)
    late = [item for item in result.forces if item.state in LATE_STATES]
    if not late:
        click.echo(f"No force is overdue on {result.today.isoformat()}.")
        return
    for item in late:
        path = Path(output_dir) / chaser_name(item.force)
        write_atomic(path, chaser_text(item, result.sent, result.today, current.request, current.requester))
        days = item.working_days_late
        click.echo(f"{path}\t{item.force.name}\t{item.state}\t{days} working day{'s' if days != 1 else ''} late")
    click.echo(f"wrote {len(late)} chaser{'s' if len(late) != 1 else ''} to {output_dir}", err=True)


def round_report_lines(store_dir: str | None) -> list[str]:
    """Round statistics to print under the report's table: empty when no round is recorded."""
    from foi_tally.report import round_statistics, round_summary

    try:
        current = _load_round(_root(store_dir))
        if current is None or current.sent is None:
            return []
        _, result = _round_status(store_dir, None, None, None)
    except click.ClickException as exc:  # a broken round file must not hide the national table
        return [f"Round statistics unavailable: {exc.message}"]
    return round_summary(round_statistics(result))
