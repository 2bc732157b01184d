"""Acceptance: the sample round robin with three forces' replies taken out.

Sent Monday 2 February 2015, every reply was due on Monday 2 March (the 20th working day under both Acts).
By 30 April the three forces without a reply are past the deadline; every other force shows its reply.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from foi_tally.forces import round_robin_forces
from foi_tally.store import Store
from tests.helpers import SAMPLE, run_cli

#: file in data/raw -> the force whose reply it is (checked below, so a renamed sample fails loudly)
REMOVED = {
    "Kent_RSO_FOI_reply.pdf": "Kent Police",
    "Copy of data.xlsx": "Merseyside Police",
    "FOI-2015-0139 reply.txt": "Cumbria Constabulary",
}
REFUSED = {"Surrey Police", "Police Service of Northern Ireland"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(SAMPLE, raw, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*REMOVED))
    root = tmp_path_factory.mktemp("store")
    run_cli("ingest", str(raw), "--store", str(root), "--jobs", "2", "-q")
    return root


def status(store: Path, today: str) -> dict[str, dict[str, object]]:
    out = run_cli("status", "--sent", "2015-02-02", "--today", today, "--format", "json", "--store", str(store))
    return {row["force"]: row for row in json.loads(out)["forces"]}


def test_the_removed_files_were_the_only_replies_of_those_forces(store: Path) -> None:
    assert all((SAMPLE / name).exists() for name in REMOVED)
    forces = {r.force for r in Store(store).replies()}
    assert len(forces) == 43
    assert forces.isdisjoint(REMOVED.values())


def test_three_forces_without_a_reply_are_late_and_the_rest_show_their_reply(store: Path) -> None:
    rows = status(store, "2015-04-30")
    assert list(rows) == [f.name for f in round_robin_forces()]
    # 40 working days after the 2 March due date (St Patrick's Day, Good Friday and Easter Monday are FOIA
    # holidays): late, but not yet more than 40 working days past the deadline.
    assert {name: (rows[name]["state"], rows[name]["working_days_late"]) for name in REMOVED.values()} == {
        "Kent Police": ("overdue", 40),
        "Merseyside Police": ("overdue", 40),
        "Cumbria Constabulary": ("overdue", 40),
    }
    # The next working day (1 May) is the 41st past the deadline.
    later = status(store, "2015-05-01")
    assert {later[name]["state"] for name in REMOVED.values()} == {"very_overdue"}
    assert all(rows[name]["received"] is None and rows[name]["due"] == "2015-03-02" for name in REMOVED.values())

    stored = {r.force: r for r in Store(store).replies()}
    others = {name: row for name, row in rows.items() if name not in REMOVED.values()}
    assert {name for name, row in others.items() if row["state"] == "refused"} == REFUSED
    assert {row["state"] for name, row in others.items() if name not in REFUSED} == {"replied"}
    for name, row in others.items():
        assert row["received"] == stored[name].received, name
        assert row["due"] == "2015-03-02", name
    assert {name: (row["received"], row["working_days_late"]) for name, row in others.items()
            if row["working_days_late"]} == {
        "Cheshire Constabulary": ("2015-03-03", 1),
        "Durham Constabulary": ("2015-03-05", 3),
        "Gloucestershire Constabulary": ("2015-03-09", 5),
        "Police Service of Northern Ireland": ("2015-03-09", 5),
        "Warwickshire Police": ("2015-03-06", 4),
        "West Mercia Police": ("2015-03-06", 4),
        "South Wales Police": ("2015-03-13", 9),
    }
    undated = sorted(name for name, row in others.items() if row["received"] is None)
    assert all(rows[name]["working_days_late"] is None for name in undated)
    assert len(undated) == 12


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2015-03-02", {"Kent Police": ("outstanding", 0), "Merseyside Police": ("outstanding", 0),
                        "Cumbria Constabulary": ("outstanding", 0)}),
        # 3-6 Mar (4), 9-13 (9), 16 (10), 17 St Patrick's Day (a FOIA holiday), 18-20 (13)
        ("2015-03-20", {"Kent Police": ("overdue", 13), "Merseyside Police": ("overdue", 13),
                        "Cumbria Constabulary": ("overdue", 13)}),
    ],
)
def test_never_late_before_the_deadline_then_overdue(store: Path, today: str, expected: dict) -> None:  # type: ignore[type-arg]
    rows = status(store, today)
    assert {name: (rows[name]["state"], rows[name]["working_days_late"]) for name in REMOVED.values()} == expected


def test_round_statistics_appear_under_the_report_once_a_round_is_recorded(store: Path, tmp_path: Path) -> None:
    private = tmp_path / "store"
    shutil.copytree(store, private)
    assert "Round robin sent" not in run_cli("report", "--store", str(private))
    run_cli("round", "set", "--sent", "2015-02-02", "--store", str(private))
    lines = run_cli("report", "--store", str(private)).splitlines()
    assert lines[-4].startswith("Round robin sent 2015-02-02, as of ")
    assert lines[-4].endswith(": 43 of 46 forces have replied.")
    assert lines[-3:] == [
        "Replies on time 24 (52%), late 7 (15%), undated 12 (26%); refused 2 (4%); awaiting review 0.",
        "No reply: 0 not yet due, 0 overdue, 3 more than 40 working days past the deadline.",
        "Exemptions cited: s40 by 5 forces, s31 by 3 forces, s12 by 1 force.",
    ]
    assert date.today() > date(2015, 3, 31)  # the report judges the round as of the real date

    letters = tmp_path / "letters"
    run_cli("chase", "--today", "2015-04-30", "--output", str(letters), "--store", str(private))
    assert sorted(p.name for p in letters.iterdir()) == [
        "chase-cumbria.txt", "chase-kent.txt", "chase-merseyside.txt"]
    kent = " ".join((letters / "chase-kent.txt").read_text(encoding="utf-8").split())
    assert "For this request that day was Monday 2 March 2015." in kent
    assert "40 working days after the deadline" in kent and "Wycliffe House" in kent
