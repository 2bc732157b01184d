"""The SQLite export, read back with sqlite3 the way datasette would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.test_outputs_views import synthetic_replies, write_store


@pytest.fixture(scope="module")
def db(sample_store: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("sqlite") / "tally.db"
    run_cli("export", "--format", "sqlite", "--output", str(out), "--store", str(sample_store))
    connection = sqlite3.connect(out)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


def test_tables_foreign_keys_and_indexes(db: sqlite3.Connection) -> None:
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables >= {"forces", "replies", "entries", "by_year", "by_duration", "columns"}
    keys = {(r[2], r[3], r[4]) for r in db.execute("PRAGMA foreign_key_list(entries)")}
    assert keys == {("replies", "reply_id", "id"), ("forces", "force", "name")}
    assert {(r[2], r[3]) for r in db.execute("PRAGMA foreign_key_list(replies)")} == {("forces", "force")}
    assert {(r[2], r[3]) for r in db.execute("PRAGMA foreign_key_list(forces)")} == {("replies", "reply_id")}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"entries_reply", "entries_force", "entries_year", "replies_force"} <= indexes
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO entries (reply_id, count_low, count_high) VALUES (9999, 1, 1)")


def test_figures_add_up_across_the_tables(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT COUNT(*) FROM forces").fetchone() == (46,)
    assert db.execute("SELECT COUNT(*) FROM replies").fetchone() == (46,)
    assert db.execute("SELECT SUM(missing) FROM forces").fetchone() == (396,)
    counted = db.execute(
        "SELECT SUM(e.count_low) FROM entries e JOIN forces f ON f.reply_id = e.reply_id "
        "WHERE f.status IN ('answered', 'partial') AND f.needs_review = 0"
    ).fetchone()
    assert counted == (396,)
    assert db.execute("SELECT SUM(missing_low) FROM by_year").fetchone() == (396,)
    assert db.execute("SELECT SUM(missing_low) FROM by_duration").fetchone() == (396,)
    met = db.execute(
        "SELECT f.missing, r.source, r.role, COUNT(e.id) FROM forces f JOIN replies r ON r.id = f.reply_id "
        "JOIN entries e ON e.reply_id = r.id WHERE f.name = 'Metropolitan Police Service'"
    ).fetchone()
    assert met == (167, "MPS_FOI_2015020000145_RSO_wanted.xlsx", "standing", 167)
    assert db.execute("SELECT COUNT(*) FROM entries WHERE force = 'Metropolitan Police Service' "
                      "AND status = 'believed_abroad'").fetchone() == (114,)
    surrey = db.execute("SELECT status, exemptions, missing FROM forces WHERE name = 'Surrey Police'").fetchone()
    assert surrey == ("refused", "s12", None)


def test_every_column_is_described(db: sqlite3.Connection) -> None:
    described = {(t, c) for t, c in db.execute('SELECT "table", "column" FROM columns')}
    for table in ("forces", "replies", "entries", "by_year", "by_duration"):
        for row in db.execute(f"PRAGMA table_info({table})"):
            assert (table, row[1]) in described, (table, row[1])
    status = db.execute("""SELECT description FROM columns WHERE "table" = 'entries' AND "column" = 'status'""")
    assert "believed_abroad" in status.fetchone()[0]


def test_ranges_stay_ranges_and_rewriting_replaces_the_file(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", synthetic_replies())
    out = tmp_path / "t.db"
    run_cli("export", "--format", "sqlite", "--output", str(out), "--store", str(store))
    run_cli("export", "--format", "sqlite", "--output", str(out), "--store", str(store))  # overwrite, not append
    db = sqlite3.connect(out)
    essex = db.execute("SELECT missing, missing_low, missing_high FROM forces WHERE name = 'Essex Police'").fetchone()
    assert essex == (None, 1, 4)
    assert db.execute("SELECT COUNT(*) FROM replies").fetchone() == (5,)
    assert db.execute("SELECT year, duration FROM entries WHERE text LIKE 'between%'").fetchone() == (None, "unknown")
    db.close()
