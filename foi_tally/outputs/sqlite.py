"""The tally as a SQLite database, ready for `datasette` or any SQL client.

Tables: `forces` (one row per force, its standing figure and context), `replies` (every stored file, with
its role: standing, superseded, duplicate, unassigned), `entries` (every figure behind a reply's count,
with its locator), plus `by_year` and `by_duration` (the report views, adding up to the national figure)
and `columns` (the field dictionary, so a reader of the database can see what each column means).
Foreign keys tie entries to replies and replies to forces; the columns people filter on are indexed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from foi_tally.export import REPLY_COLUMNS, reply_row
from foi_tally.merge import Tally
from foi_tally.outputs.context import context_row
from foi_tally.outputs.fields import CONTEXT_COLUMNS, DURATION_COLUMNS, YEAR_COLUMNS, field
from foi_tally.outputs.views import by_duration, by_year, duration_bucket, entry_year
from foi_tally.outputs.xlsx import reply_roles
from foi_tally.records import Reply
from foi_tally.store import replaced_whole

_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "date": "TEXT",
              "year": "INTEGER"}

FORCE_TABLE_COLUMNS = ("name", "short_name", "ons_code", "nation", "act", "round_robin", "status", "missing",
                       "missing_low", "missing_high", "earliest_missing_since", "needs_review", "review_reason",
                       "as_of", "reference", "exemptions", "source", "reply_id", "changed_from", "overrides",
                       *CONTEXT_COLUMNS)
ENTRY_TABLE_COLUMNS = ("reply_id", "force", "source", "locator", "since", "precision", "since_latest", "year",
                       "duration", "count", "count_low", "count_high", "status", "method", "text")

#: Extra columns that are not in the shared field dictionary.
_LOCAL_FIELDS = {
    "name": ("TEXT", "Police force, by its canonical name in the force registry"),
    "short_name": ("TEXT", "Short name of the force"),
    "nation": ("TEXT", "England, Wales, Scotland, Northern Ireland, GB or UK"),
    "round_robin": ("INTEGER", "1 when the force is one of the 46 a UK round robin goes to"),
    "reply_id": ("INTEGER", "The reply (replies.id) the figure comes from"),
    "id": ("INTEGER", "Row id"),
    "duration": ("TEXT", "Duration bucket on the reply's as-of date: under_1, 1_to_5, 5_to_10, over_10, unknown"),
}


_TABLES = {"forces": "force", "replies": "reply", "entries": "entry"}


def _type(column: str, table: str | None = None) -> str:
    if column in _LOCAL_FIELDS:
        return _LOCAL_FIELDS[column][0]
    return _SQL_TYPES[field(column, _TABLES.get(table or "")).type]


def _describe(column: str, table: str | None = None) -> str:
    if column in _LOCAL_FIELDS:
        return _LOCAL_FIELDS[column][1]
    return field(column, _TABLES.get(table or "")).description


def _names(columns: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _value(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value) or None
    if isinstance(value, bool):
        return int(value)
    return value


def _create(db: sqlite3.Connection) -> None:
    forces = ", ".join(f'"{c}" {_type(c)}' for c in FORCE_TABLE_COLUMNS if c not in ("name", "reply_id"))
    replies = ", ".join(f'"{c}" {_type(c)}' for c in (*REPLY_COLUMNS, "role") if c != "force")
    entries = ", ".join(f'"{c}" {_type(c)}' for c in ENTRY_TABLE_COLUMNS if c not in ("reply_id", "force"))
    db.executescript(
        f"""
        CREATE TABLE forces (name TEXT PRIMARY KEY, reply_id INTEGER REFERENCES replies(id), {forces});
        CREATE TABLE replies (id INTEGER PRIMARY KEY, force TEXT REFERENCES forces(name), {replies});
        CREATE TABLE entries (id INTEGER PRIMARY KEY, reply_id INTEGER NOT NULL REFERENCES replies(id),
                              force TEXT REFERENCES forces(name), {entries});
        CREATE TABLE by_year ({", ".join(f'"{c}" {_type(c)}' for c in YEAR_COLUMNS)});
        CREATE TABLE by_duration ({", ".join(f'"{c}" {_type(c)}' for c in DURATION_COLUMNS)});
        CREATE TABLE columns ("table" TEXT, "column" TEXT, "type" TEXT, description TEXT,
                              PRIMARY KEY ("table", "column"));
        CREATE INDEX replies_force ON replies(force);
        CREATE INDEX replies_source ON replies(source);
        CREATE INDEX replies_status ON replies(status);
        CREATE INDEX entries_reply ON entries(reply_id);
        CREATE INDEX entries_force ON entries(force);
        CREATE INDEX entries_year ON entries(year);
        CREATE INDEX forces_status ON forces(status);
        """
    )


def fill(db: sqlite3.Connection, tally: Tally, replies: list[Reply]) -> None:
    """Create and fill every table in an empty database."""
    db.execute("PRAGMA foreign_keys = ON")
    _create(db)
    roles = reply_roles(tally, replies)
    ids: dict[int, int] = {}
    known = {f.force.name for f in tally.forces}
    # Forces first (without their reply), so replies can point at them; then link the standing reply.
    for figure in tally.forces:
        force = figure.force
        row = {**figure.to_dict(), **context_row(figure), "name": force.name, "short_name": force.short_name,
               "nation": force.nation, "act": figure.to_dict().get("act") or force.act,
               "round_robin": force.round_robin}
        columns = [c for c in FORCE_TABLE_COLUMNS if c != "reply_id"]
        db.execute(f"INSERT INTO forces ({_names(columns)}) "
                   f"VALUES ({', '.join('?' for _ in columns)})", [_value(row.get(c)) for c in columns])
    reply_columns = ["force", *(c for c in REPLY_COLUMNS if c != "force"), "role"]
    for reply in replies:
        row = {**reply_row(reply), "role": roles[id(reply)]}
        if row["force"] not in known:
            row["force"] = None  # a force outside the tally (filtered by --as-of) is not a dangling key
        cursor = db.execute(
            f"INSERT INTO replies ({_names(reply_columns)}) "
            f"VALUES ({', '.join('?' for _ in reply_columns)})", [_value(row.get(c)) for c in reply_columns]
        )
        ids[id(reply)] = int(cursor.lastrowid or 0)
    for figure in tally.forces:
        if figure.reply is not None and id(figure.reply) in ids:
            db.execute("UPDATE forces SET reply_id = ? WHERE name = ?", (ids[id(figure.reply)], figure.force.name))
    entry_columns = list(ENTRY_TABLE_COLUMNS)
    for reply in replies:
        force = reply.force if reply.force in known else None
        for entry in reply.entries:
            row = {
                "reply_id": ids[id(reply)], "force": force, "source": reply.source,
                "locator": entry.locator.describe(), "since": entry.since, "precision": entry.precision,
                "since_latest": entry.since_latest, "year": entry_year(entry),
                "duration": duration_bucket(entry, reply.as_of), "count": entry.count,
                "count_low": entry.count_low, "count_high": entry.count_high, "status": entry.status,
                "method": entry.method, "text": entry.text,
            }
            db.execute(f"INSERT INTO entries ({_names(entry_columns)}) "
                       f"VALUES ({', '.join('?' for _ in entry_columns)})", [_value(row[c]) for c in entry_columns])
    for table, columns, rows in (("by_year", YEAR_COLUMNS, by_year(tally)),
                                 ("by_duration", DURATION_COLUMNS, by_duration(tally))):
        for row in rows:
            db.execute(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in columns)})",
                       [_value(row[c]) for c in columns])
    described = {
        "forces": FORCE_TABLE_COLUMNS, "replies": ("id", *REPLY_COLUMNS, "role"),
        "entries": ("id", *ENTRY_TABLE_COLUMNS), "by_year": YEAR_COLUMNS, "by_duration": DURATION_COLUMNS,
    }
    for table, columns in described.items():
        for column in columns:
            db.execute("INSERT INTO columns VALUES (?, ?, ?, ?)",
                       (table, column, _type(column, table), _describe(column, table)))


def write_database(tally: Tally, replies: list[Reply], path: str | Path) -> None:
    """Write a fresh database to `path` (built beside it, then renamed over any old one)."""
    with replaced_whole(Path(path)) as tmp:
        db = sqlite3.connect(tmp)
        try:
            with db:
                fill(db, tally, replies)
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed: {problems[:3]}")
        finally:
            db.close()
