"""`foi-tally check`: figures in draft articles (tests/articles, several styles) checked against the sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from foi_tally.cli import main
from foi_tally.merge import tally_store
from foi_tally.outputs.check import check_article, mentions
from tests.helpers import ROOT, run_cli

ARTICLES = ROOT / "tests" / "articles"
GMP = "Greater Manchester Police"
MET = "Metropolitan Police Service"

#: article -> every claim it should yield, in order: (words the claim is read from, force, verdict, data figure)
EXPECTED: dict[str, list[tuple[str, str | None, str, object]]] = {
    "wire_story.txt": [
        ("400", None, "match", 396),  # "Almost 400" in the headline
        ("400", None, "match", 396),
        ("396", None, "match", 396),
        ("39 forces", None, "match", 39),
        ("46 forces", None, "match", 46),
        ("167 for the Met", MET, "match", 167),
        ("one offender who had been missing for 14 years", MET, "match", 1),
        ("114 of them were believed to be abroad", MET, "match", 114),
        ("39 in the West Midlands", "West Midlands Police", "match", 39),
        ("23 from Manchester", GMP, "mismatch", 25),
        ("Nobody was recorded as missing in Cumbria", "Cumbria Constabulary", "match", 0),
        ("Wiltshire reported none", "Wiltshire Police", "match", 0),
    ],
    "regional_roundup.txt": [
        ("400", None, "match", 396),
        ("Lincolnshire Police said it did not know the whereabouts of seven", "Lincolnshire Police", "match", 7),
        ("Two have been missing since 2006", "Lincolnshire Police", "match", 2),
        ("two since 2009", "Lincolnshire Police", "match", 2),
        ("three since 2014", "Lincolnshire Police", "match", 3),
        ("Notts Police said six", "Nottinghamshire Police", "match", 6),
        ("one since 2011", "Nottinghamshire Police", "match", 1),
        ("one since 2012", "Nottinghamshire Police", "match", 1),
        ("one since 2013", "Nottinghamshire Police", "match", 1),
        ("three since 2014", "Nottinghamshire Police", "match", 3),
        ("Derbyshire Constabulary said eight", "Derbyshire Constabulary", "mismatch", 6),
        ("one of them had been missing since April 2009", "Derbyshire Constabulary", "match", 1),
        ("Leicestershire Police said two", "Leicestershire Police", "match", 2),
        ("one of whom went missing more than two years ago", "Leicestershire Police", "match", 1),
        ("Northamptonshire Police said the whereabouts of nine", "Northamptonshire Police", "match", 9),
        ("1,100 managed in the county.", None, "unknown", None),
        ("one offender has been missing since the year 2000", "Gloucestershire Constabulary", "match", 1),
    ],
    "factbox.md": [
        ("394", None, "mismatch", 396),
        ("167 reported missing by the Met", MET, "match", 167),
        ("39 reported missing by West Midlands Police", "West Midlands Police", "match", 39),
        ("25 in Greater Manchester", GMP, "match", 25),
        ("1 sex offender missing since 2000", None, "match", 1),
        ("38 forces", None, "mismatch", 39),
        ("for more than a decade", None, "match", "34-35"),
    ],
    "north_east.txt": [  # headings per force; "the other", "under 16", "1%", "900 officers" and a dateline
        ("396", None, "match", 396),
        ("two", "Cleveland Police", "match", 2),
        ("One went missing in July 2011", "Cleveland Police", "match", 1),
        ("two", "Durham Constabulary", "match", 2),
        ("one of them since 2007", "Durham Constabulary", "match", 1),
        ("Northumbria said two", "Northumbria Police", "match", 2),
        ("one had been missing since 2002", "Northumbria Police", "match", 1),
        ("the other since October 2013", "Northumbria Police", "match", 1),
    ],
    "by_force.html": [
        ("396", None, "match", 396),
        ("two", "Northumbria Police", "match", 2),  # "The force said two ..." under the Northumbria heading
        ("One had been missing since May 2002", "Northumbria Police", "match", 1),
        ("one went missing in 2013", "Northumbria Police", "match", 1),
        ("three", "Humberside Police", "mismatch", 2),
        ("One had been missing since September 2004", "Humberside Police", "match", 1),
        ("Cambridgeshire Police said 10", "Cambridgeshire Constabulary", "match", 10),
        ("Two were believed to be abroad", "Cambridgeshire Constabulary", "match", 2),
        ("eight", "Kent Police", "match", 8),
        ("for between one and nine years", "Kent Police", "mismatch", "7 of 8"),  # one went missing in Nov 2014
        ("no", "City of London Police", "match", 0),
    ],
}


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_articles_claims_and_verdicts(article: str, sample_store: Path) -> None:
    data = json.loads(run_cli("check", str(ARTICLES / article), "--format", "json", "--store", str(sample_store)))
    got = [(c["text"], c["force"], c["verdict"], c["data_figure"]) for c in data["claims"]]
    assert got == EXPECTED[article]
    for claim in data["claims"]:
        assert set(claim) >= {"text", "figure", "force", "verdict", "data_figure", "source"}
        assert claim["verdict"] in ("match", "mismatch", "unknown")
        if claim["verdict"] != "unknown":
            assert claim["source"]  # a verdict always says where the data's figure comes from
    assert data["summary"] == {v: sum(1 for c in got if c[2] == v) for v in ("match", "mismatch", "unknown")}


def test_acceptance_manchester_mismatch_and_met_match(sample_store: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Police recorded 23 from Manchester and 167 for the Met.\n", encoding="utf-8")
    claims = json.loads(run_cli("check", str(draft), "--format", "json", "--store", str(sample_store)))["claims"]
    manchester = next(c for c in claims if c["figure"] == 23)
    assert manchester["verdict"] == "mismatch" and manchester["data_figure"] == 25 and manchester["force"] == GMP
    assert manchester["source"] == "GMP FOI 2015-0622 response.pdf"
    met = next(c for c in claims if c["figure"] == 167)
    assert met["verdict"] == "match" and met["force"] == MET
    assert met["source"] == "MPS_FOI_2015020000145_RSO_wanted.xlsx"


def test_table_output_strict_exit_code_and_stdin(sample_store: Path) -> None:
    article = ARTICLES / "wire_story.txt"
    text = run_cli("check", str(article), "--store", str(sample_store))
    assert "MISMATCH line 11: \u201c23 from Manchester\u201d (Greater Manchester Police, total)" in text
    assert "data: 25; source: GMP FOI 2015-0622 response.pdf" in text
    assert text.rstrip().endswith("11 match, 1 mismatch, 0 unknown")
    run_cli("check", str(article), "--strict", "--store", str(sample_store), expect=1)
    run_cli("check", str(ARTICLES / "by_force.html"), "--store", str(sample_store), expect=0)
    result = CliRunner().invoke(main, ["check", "-", "--format", "json", "--store", str(sample_store)],
                                input="The Met said 167 registered sex offenders were missing.")
    assert result.exit_code == 0
    assert json.loads(result.output)["claims"][0]["verdict"] == "match"


def test_refused_and_unknown_forces_are_unknown_not_mismatches(sample_store: Path) -> None:
    result, _ = tally_store(sample_store)
    claims = check_article(
        "Surrey Police said 4 offenders were missing. PSNI had 7. Strathclyde Police said 3 were missing.\n\n"
        "The NSPCC said about 900 police staff manage 46,102 offenders, and one in 10 would reoffend.",
        result,
    )
    assert [(c.force, c.verdict) for c in claims] == [
        ("Surrey Police", "unknown"), ("Police Service of Northern Ireland", "unknown"), ("Strathclyde Police", "unknown")]
    assert "refused" in claims[0].note and "not in the data" in claims[2].note


def test_approximate_copy_and_forces_counts(sample_store: Path) -> None:
    result, _ = tally_store(sample_store)
    text = ("More than 390 offenders are missing across the UK, while Kent had about eight and Wiltshire had none.\n\n"
            "Of the 46 forces asked, 39 had at least one missing offender, two refused and one said it held no "
            "information.\n\nFewer than 300 registered sex offenders are missing nationally.")
    got = [(c.figure, c.force, c.kind, c.verdict) for c in check_article(text, result)]
    assert got == [
        (390, None, "total", "match"), (8, "Kent Police", "total", "match"), (0, "Wiltshire Police", "total", "match"),
        (46, None, "forces", "match"), (39, None, "forces", "match"), (2, None, "forces", "match"),
        (1, None, "forces", "match"), (300, None, "total", "mismatch"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a spokesman for Scotland Yard", ["Metropolitan Police Service"]),
        ("23 from Manchester", ["Greater Manchester Police"]),
        ("Greater Manchester Police", ["Greater Manchester Police"]),
        ("none in the City of London, 167 in London", ["City of London Police", "Metropolitan Police Service"]),
        ("Notts, Herts and Glos", ["Nottinghamshire Police", "Hertfordshire Constabulary", "Gloucestershire Constabulary"]),
        ("the Met and the MPS", ["Metropolitan Police Service", "Metropolitan Police Service"]),
        ("they met in Reading", []),  # "met" the verb is not the Met
    ],
)
def test_place_names_and_aliases_for_check_only(text: str, expected: list[str]) -> None:
    assert [m.force for m in mentions(text)] == expected
