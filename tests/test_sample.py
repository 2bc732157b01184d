"""The sample round robin reproduces the 2015 survey, and each reply reads as a careful person would."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from foi_tally.parsers import parse_document
from foi_tally.readers import read_document
from tests.helpers import SAMPLE, force_row, report_json

TRUTH = json.loads((Path(__file__).parent / "sample_truth.json").read_text(encoding="utf-8"))


def test_national_figures_match_the_2015_survey(sample_store: Path) -> None:
    report = report_json(sample_store)
    national = report["national"]
    assert national["missing"] == 396
    assert (national["missing_low"], national["missing_high"]) == (396, 396)
    assert national["forces_with_missing"] == 39
    assert national["forces_replied"] == 46
    assert len(report["forces"]) == 46
    assert force_row(report, "Metropolitan Police Service")["missing"] == 167
    assert force_row(report, "West Midlands Police")["missing"] == 39
    assert force_row(report, "Greater Manchester Police")["missing"] == 25
    assert force_row(report, "Surrey Police")["status"] == "refused"
    assert force_row(report, "Surrey Police")["missing"] is None
    assert force_row(report, "Police Service of Scotland")["missing"] == 0


@pytest.mark.parametrize("truth", TRUTH, ids=[t["file"] for t in TRUTH])
def test_each_sample_reply_reads_right(truth: dict) -> None:  # type: ignore[type-arg]
    path = SAMPLE / truth["file"]
    reply = parse_document(read_document(path.read_bytes(), truth["file"]))
    assert reply.force == truth["force"]
    assert reply.status == truth["status"]
    assert reply.missing == truth["missing"]
    assert reply.as_of == truth["as_of"]
    assert reply.reference == truth["reference"]
    assert sorted(reply.exemptions) == sorted(truth["exemptions"])
    assert not reply.needs_review, reply.review_reasons
    got = Counter()
    for entry in reply.entries:
        got[(entry.since, entry.status)] += entry.count_low
    assert got == Counter({(e["since"], e["status"]): e["count"] for e in truth["entries"]})
    for entry in reply.entries:
        assert entry.locator.file == truth["file"]
        assert entry.text
