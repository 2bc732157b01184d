"""The foi-tally command line: a thin layer over the library.

Only this package prints, picks paths and sets exit codes. Commands live in
modules loaded on first use, and heavy libraries (pandas, pdfplumber,
openpyxl, rich) are imported inside the commands that need them, so
`foi-tally --help` starts instantly.
"""

from __future__ import annotations

import importlib

import click

#: command name -> "module:attribute" under foi_tally.cli
COMMANDS = {
    "ingest": "tally:ingest",
    "report": "tally:report",
    "export": "tally:export",
    "explain": "tally:explain",
    "review": "tally:review",
    "forces": "tally:forces_command",
    "override": "tally:override",
    "deadline": "round:deadline",
    "round": "round:round_group",
    "status": "round:status",
    "chase": "round:chase",
    "chart": "outputs:chart",
    "check": "outputs:check",
}

#: One-line help shown by `foi-tally --help` without importing the command modules.
SHORT_HELP = {
    "ingest": "Read every reply file into the parsed store.",
    "report": "The national table: each force's status and count.",
    "export": "Export forces, replies or figures as CSV or JSON.",
    "explain": "Every figure behind one force's count, with its source.",
    "review": "Replies a person must check before they count.",
    "forces": "List the forces the tool knows.",
    "override": "Record, list or remove a journalist's manual correction.",
    "deadline": "Statutory due date for a request received on a date.",
    "round": "Record the round robin: request wording, dates sent and received.",
    "status": "Who has replied, who is outstanding, who is late under the law.",
    "chase": "Write a chaser letter for every overdue force.",
    "chart": "Draw the by-force or by-year chart as PNG or SVG.",
    "check": "Check the figures in a draft article against the data.",
}


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from foi_tally.store import DamagedRecord

            if isinstance(exc, DamagedRecord):
                raise click.ClickException(str(exc)) from None  # one line, not a traceback
            raise

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(f"foi_tally.cli.{module}"), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="foi-tally")
def main() -> None:
    """Turn a folder of police FOI replies into a sourced national tally.

    \b
    Examples:
      foi-tally ingest data/raw          read every reply into data/parsed
      foi-tally report --by-force        the national table
      foi-tally explain "Greater Manchester Police"
      foi-tally export --level reply --format csv --output replies.csv
      foi-tally review                   what a person must check
    """
