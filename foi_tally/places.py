"""Places a reply may say someone is believed to be: abroad (a country or region outside the UK) or in the UK.

"Believed to be in Poland" and "crossed the border into the Republic" put a person abroad as surely as
"believed abroad" does; "believed to be in Scotland" keeps them in the UK. The names live in
`data/places.csv`. A place in neither list (the Isle of Man, a town) is left for a person to judge.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from foi_tally.patterns import alternation


@cache
def _names() -> dict[str, list[str]]:
    text = resources.files("foi_tally").joinpath("data/places.csv").read_text(encoding="utf-8")
    names: dict[str, list[str]] = {"abroad": [], "uk": []}
    for row in csv.DictReader(text.splitlines()):
        name = row["name"].lower()
        names[row["where"]].append(name.removeprefix("the "))
    return names


@cache
def pattern(where: str) -> str:
    """A lower-case pattern for the places in `where` ("abroad" or "uk"), with an optional "the" before them
    and ending at a word's end. Used case-blind."""
    return rf"(?:the\s+)?{alternation(_names()[where])}\b"
