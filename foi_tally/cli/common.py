"""Pieces every command shares: the store option, the console, loading the store, writing output."""

from __future__ import annotations

from pathlib import Path

import click

STORE_HELP = "Parsed store folder (default: $FOI_TALLY_STORE or data/parsed)."


def store_option(func):  # type: ignore[no-untyped-def]
    return click.option("--store", "store_dir", envvar="FOI_TALLY_STORE", help=STORE_HELP)(func)


def console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    # rich honours NO_COLOR itself. When piped, use a width the national table fits in.
    con = Console(stderr=stderr, highlight=False)
    if not con.is_terminal:
        con = Console(stderr=stderr, highlight=False, width=120)
    return con


def load_store(store_dir: str | None):  # type: ignore[no-untyped-def]
    """The store and its replies; a friendly error when nothing has been ingested yet."""
    from foi_tally.store import Store, store_path

    root = store_path(store_dir)
    store = Store(root)
    replies = store.replies()
    if not replies:
        raise click.ClickException(f"the store {root} is empty: run 'foi-tally ingest' first")
    return store, replies


def load_tally(store_dir: str | None, as_of=None):  # type: ignore[no-untyped-def]
    """The tally of the store (overrides applied) and its replies; `as_of` is a datetime or None."""
    from foi_tally.merge import tally_store
    from foi_tally.store import store_path

    root = store_path(store_dir)
    result, replies = tally_store(root, as_of=as_of.date().isoformat() if as_of else None)
    if not replies:
        raise click.ClickException(f"the store {root} is empty: run 'foi-tally ingest' first")
    return result, replies


def write_output(text: str, output: str | None) -> None:
    """Print to the screen, or write FILE atomically and say so on stderr."""
    if output in (None, "-"):
        click.echo(text, nl=False)
    else:
        from foi_tally.store import write_atomic

        write_atomic(Path(output), text)
        click.echo(f"wrote {output}", err=True)
