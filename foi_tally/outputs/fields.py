"""One field dictionary for every column the tool writes.

The CSV exports, the datapackage.json beside them, the SQLite tables and the workbook's column notes are
all generated from this table, so a column is described once and the descriptions cannot drift apart.
Types are Frictionless Table Schema types: string, integer, number, boolean, date, year.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Frictionless type
    description: str
    enum: tuple[str, ...] = ()


_PARTIAL_DATE = (
    "ISO date cut to the precision the reply gave: '2004', '2004-09' or '2004-09-15'; blank when unknown"
)

FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("force", "string", "Police force, by its canonical name in the force registry"),
        Field("ons_code", "string", "ONS Police Force Area code (E23/W15/S23...); blank for forces without one"),
        Field("status", "string", "Outcome of the standing reply; no_reply when the force has not replied",
              ("answered", "partial", "refused", "ncnd", "not_held", "unknown", "no_reply")),
        Field("missing", "integer", "Registered sex offenders wanted, whereabouts unknown; blank when the figure "
              "is a range or the reply is not counted (refused, not held, awaiting review)"),
        Field("missing_low", "integer", "Lowest possible count (suppressed figures such as '<5' are ranges)"),
        Field("missing_high", "integer", "Highest possible count"),
        Field("earliest_missing_since", "string", "Earliest missing-since date in the reply. " + _PARTIAL_DATE),
        Field("needs_review", "boolean", "true when a person must check the reply before it counts"),
        Field("review_reason", "string", "Why the reply needs review, in words a person can act on"),
        Field("as_of", "date", "Date the figures are as of (ISO 8601)"),
        Field("received", "date", "Date the reply was sent or received (ISO 8601)"),
        Field("reference", "string", "The force's FOI reference number"),
        Field("exemptions", "string", "FOI exemptions cited, separated by '; ' (e.g. 's31; s40')"),
        Field("source", "string", "Reply file, relative to the folder that was ingested"),
        Field("changed_from", "string", "The force's previous figure, when a later reply changed it"),
        Field("overrides", "string", "Manual overrides applied to the force, with who, when and why ('; '-separated)"),
        Field("act", "string", "The Act the force answers under (FOIA 2000, FOISA 2002)"),
        Field("stated_total", "string", "The total the reply itself printed ('7' or '1-4' for a range)"),
        Field("layout", "string", "Layout family the figures were read with"),
        Field("parser", "string", "Parser that produced the record"),
        Field("role", "string", "standing: the reply that counts; superseded: an earlier reply it replaced; "
              "duplicate: the same bytes under another name; unassigned: force not identified",
              ("standing", "superseded", "duplicate", "unassigned")),
        Field("locator", "string", "Where in the source file the figure was read (page/sheet/row/line)"),
        Field("since", "string", "When the offender(s) went missing. " + _PARTIAL_DATE),
        Field("precision", "string", "How precise `since` is", ("day", "month", "year", "unknown")),
        Field("since_latest", "string", "Latest possible missing-since date when the reply gave only a duration "
              "range. " + _PARTIAL_DATE),
        Field("count", "integer", "Offenders behind this figure; blank when it is a range"),
        Field("count_low", "integer", "Lowest possible count for this figure"),
        Field("count_high", "integer", "Highest possible count for this figure"),
        Field("method", "string", "How the figure was obtained: parser, layout family, fallback, ocr, override, or narrowed_by_total (a suppressed figure bounded by the reply's own total)"),
        Field("text", "string", "The original text or cell values the figure was read from"),
        Field("year", "integer", "Year the offenders went missing; blank for the 'unknown' row (no date, or a "
              "date range spanning years)"),
        Field("forces", "integer", "Number of counted forces contributing to the row"),
        Field("bucket", "string", "How long the offenders had been missing on the reply's as-of date",
              ("under_1", "1_to_5", "5_to_10", "over_10", "unknown")),
        Field("label", "string", "The bucket in words"),
        Field("population", "integer", "Resident population of the force area (reference table; blank if none)"),
        Field("population_year", "string", "Year of the population figure used (closest to the reply's as-of)"),
        Field("population_source", "string", "Where the population figure comes from (URL)"),
        Field("rso_count", "integer", "Registered sex offenders managed by the force (reference table)"),
        Field("rso_year", "string", "MAPPA year of the RSO figure used (e.g. 2015/16 = 31 March 2016)"),
        Field("rso_source", "string", "Where the RSO figure comes from (URL)"),
        Field("per_100k_low", "number", "Missing per 100,000 residents, from missing_low"),
        Field("per_100k_high", "number", "Missing per 100,000 residents, from missing_high"),
        Field("per_1000_rso_low", "number", "Missing per 1,000 registered sex offenders, from missing_low"),
        Field("per_1000_rso_high", "number", "Missing per 1,000 registered sex offenders, from missing_high"),
    )
}

#: Context columns appended to the by-force table when context is asked for.
CONTEXT_COLUMNS = (
    "population",
    "population_year",
    "population_source",
    "rso_count",
    "rso_year",
    "rso_source",
    "per_100k_low",
    "per_100k_high",
    "per_1000_rso_low",
    "per_1000_rso_high",
)

YEAR_COLUMNS = ("year", "missing", "missing_low", "missing_high", "forces")
DURATION_COLUMNS = ("bucket", "label", "missing", "missing_low", "missing_high", "forces")


#: Columns whose meaning differs by table: the same name, another field.
TABLE_FIELDS: dict[tuple[str, str], Field] = {
    ("entry", "status"): Field("status", "string", "What the figure counts: wanted, believed_abroad, missing, ..."),
    ("entry", "source"): Field("source", "string", "Reply file the figure was read from, relative to the ingested "
                                                   "folder"),
}


def field(name: str, table: str | None = None) -> Field:
    """The description of a column (in `table`: force, reply, entry); a column not described is a bug: raises."""
    if (table or "", name) in TABLE_FIELDS:
        return TABLE_FIELDS[(table or "", name)]
    try:
        return FIELDS[name]
    except KeyError:
        raise KeyError(f"column {name!r} is not in the field dictionary (foi_tally/outputs/fields.py)") from None
