"""Replies in wordings and layouts no other test uses (scripts/redteam.py): each is right or flagged, never wrong."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    sys.path.insert(0, str(SCRIPTS))
    import redteam

    outdir = tmp_path_factory.mktemp("redteam")
    redteam.build(outdir)
    return {(r.file, r.force): r for r in redteam.classify(outdir)}


def test_no_reply_is_read_wrongly_without_a_flag(results: dict) -> None:  # type: ignore[type-arg]
    wrong = [f"{r.file} ({r.force}): {r.detail}" for r in results.values() if r.verdict == "WRONG"]
    assert wrong == []
    assert len(results) >= 50


@pytest.mark.parametrize(
    ("file", "force", "verdict"),
    [
        # Figures that are not the answer: a national figure in a refusal, another force's in a 'not held' reply.
        ("WYP refusal national.pdf", "West Yorkshire Police", "RIGHT"),
        ("btp relayed.eml", "British Transport Police", "RIGHT"),
        # A bare answer under its question; a breaches column beside the wanted one; categories to add up.
        ("Q and A response.txt", "Northamptonshire Police", "RIGHT"),
        ("humberside breaches.xlsx", "Humberside Police", "RIGHT"),
        ("Essex RSO status.csv", "Essex Police", "RIGHT"),
        ("GMP statistics.xlsx", "Greater Manchester Police", "RIGHT"),
        # Financial years in a table of counts: each its April-to-March span.
        ("leics financial years.csv", "Leicestershire Police", "RIGHT"),
        # A shape a person must settle: snapshots by date.
        ("Notts snapshots.csv", "Nottinghamshire Police", "FLAGGED"),
        # A country abroad in a location column puts that person abroad ("UK" and "Not known" do not).
        ("Beds FOI 0199-16.csv", "Bedfordshire Police", "RIGHT"),
        # A date under 'Date located' ends that person's case: not counted.
        ("Kent date located.xlsx", "Kent Police", "RIGHT"),
    ],
)
def test_instructive_replies(results: dict, file: str, force: str, verdict: str) -> None:  # type: ignore[type-arg]
    result = results[(file, force)]
    assert result.verdict == verdict, result.detail
