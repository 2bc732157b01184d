"""Commands that track the round robin: statutory deadlines."""

from __future__ import annotations

from pathlib import Path

import click


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


