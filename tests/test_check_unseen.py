"""`foi-tally check` on article styles it was not written against (wire lists, local copy, words, rounding,
shares, charity quotes, corrections, captions, Met aliases, place names, England-and-Wales figures).

Each expected verdict below was reviewed by hand against the sample's figures (national 396, Met 167 with
114 abroad, GMP 25, Essex/Sussex/West Yorkshire 11, four forces with none missing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foi_tally.merge import tally_store
from foi_tally.outputs.check import check_article
from tests.helpers import ROOT, run_cli

ARTICLES = ROOT / "tests" / "articles"
GMP = "Greater Manchester Police"
MET = "Metropolitan Police Service"

#: article -> every claim, in order: (words the claim is read from, force, verdict, data figure)
EXPECTED: dict[str, list[tuple[str, str | None, str, object]]] = {
    "wire_many_forces.txt": [
        ("400", None, "match", 396),  # "Nearly 400"
        ("Metropolitan Police had the most, with 167", MET, "match", 167),
        ("Greater Manchester had 25", GMP, "match", 25),
        ("Essex, Sussex and West Yorkshire with 11", "Essex Police", "match", 11),
        ("Essex, Sussex and West Yorkshire with 11", "Sussex Police", "match", 11),
        ("Essex, Sussex and West Yorkshire with 11", "West Yorkshire Police", "match", 11),
        ("West Midlands Police reported 39", "West Midlands Police", "match", 39),
        ("Kent had eight", "Kent Police", "match", 8),
        ("Merseyside seven", "Merseyside Police", "match", 7),
        ("Lincolnshire seven", "Lincolnshire Police", "match", 7),
    ],
    "local_lancashire.txt": [
        ("Five", None, "unknown", None),  # "missing in county": local, not the national 396
        ("Lancashire Constabulary said five", "Lancashire Constabulary", "match", 5),
        ("Cumbria Constabulary said it had no", "Cumbria Constabulary", "match", 0),
        ("Merseyside Police said seven", "Merseyside Police", "match", 7),
        ("396", None, "match", 396),
    ],
    "words_rounded.txt": [
        ("four hundred", None, "match", 396),  # "Almost four hundred"
        ("400", None, "match", 396),
        ("London's force alone is looking for more than a hundred and sixty", MET, "match", 167),
        ("West Midlands Police said it could not find thirty-nine", "West Midlands Police", "match", 39),
        ("Greater Manchester Police said nearly 30", GMP, "mismatch", 25),  # 25 is not "nearly 30"
        ("Essex Police put its figure at about a dozen", "Essex Police", "match", 11),
        ("Sussex, around 20", "Sussex Police", "mismatch", 11),
    ],
    "shares_charity.txt": [  # "two in five", "one in three victims", "£2m", "12,000 calls", "1998", "450 families"
        ("Metropolitan Police, which said 167", MET, "match", 167),
        ("four forces", None, "match", 4),  # "reported no missing offenders"
        ("Thirty-nine forces", None, "match", 39),
    ],
    "correction_box.txt": [
        ("Manchester police hunt 25", GMP, "match", 25),
        ("25", GMP, "match", 25),  # the caption
        ("Greater Manchester Police are searching for 25", GMP, "match", 25),
        ("396", None, "match", 396),
        ("Greater Manchester Police were looking for 23", GMP, "unknown", 25),  # withdrawn by the correction
        ("25", GMP, "match", 25),  # "The correct figure is 25."
    ],
    "met_aliases.txt": [
        ("Scotland Yard searching for 167", MET, "match", 167),
        ("Scotland Yard is searching for 167", MET, "match", 167),
        ("114 of them were thought to have gone abroad", MET, "match", 114),
        ("one man since 2001", MET, "match", 1),
        ("City of London Police said it had none", "City of London Police", "match", 0),
    ],
    "places_areas.txt": [
        ("Manchester, 25", GMP, "match", 25),
        ("Merseyside has seven", "Merseyside Police", "match", 7),
        ("Cheshire three", "Cheshire Constabulary", "match", 3),
        ("Thames Valley, five", "Thames Valley Police", "match", 5),
        ("Hampshire the figure is five", "Hampshire Constabulary", "match", 5),
        ("Devon and Cornwall Police said six", "Devon & Cornwall Police", "match", 6),
        ("South Wales, four", "South Wales Police", "match", 4),
        ("Gwent Police said two", "Gwent Police", "match", 2),
        ("Scotland said there were none", "Police Service of Scotland", "match", 0),
    ],
    "durations_ew.txt": [
        ("for more than a decade", None, "match", "34-35"),
        ("396", None, "match", 396),
        ("One offender in Gloucestershire has been missing since 2000", "Gloucestershire Constabulary", "match", 1),
        ("one man had been missing for 14 years", MET, "match", 1),
        ("one offender had been wanted for more than a decade", "Northumbria Police", "match", 1),
        ("one offender had been missing since 2004", "Humberside Police", "match", 1),
        ("one had been missing since 2006", "Kent Police", "match", 1),
    ],
}


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_unseen_article_verdicts(article: str, sample_store: Path) -> None:
    data = json.loads(run_cli("check", str(ARTICLES / article), "--format", "json", "--store", str(sample_store)))
    got = [(c["text"], c["force"], c["verdict"], c["data_figure"]) for c in data["claims"]]
    assert got == EXPECTED[article]
    for claim in data["claims"]:
        if claim["verdict"] != "unknown":
            assert claim["source"]


def test_national_figure_restricted_to_england_and_wales(sample_store: Path) -> None:
    result, _ = tally_store(sample_store)
    scotland = next(f for f in result.forces if f.force.nation == "Scotland")
    # Give Scotland offenders: an England-and-Wales figure must leave them out, a UK figure must not.
    scotland.missing_low = scotland.missing_high = 5
    [ew] = check_article("Across England and Wales, 396 registered sex offenders are missing.", result)
    assert (ew.verdict, ew.data_figure, ew.source) == ("match", 396, "England and Wales tally of 42 counted forces")
    [uk] = check_article("Across the UK, 396 registered sex offenders are missing.", result)
    assert (uk.verdict, uk.data_figure) == ("mismatch", 401)


def test_shares_corrections_and_local_figures(sample_store: Path) -> None:
    result, _ = tally_store(sample_store)
    shares = check_article("Two in five missing offenders are wanted by the Met. One out of every 3 victims.", result)
    assert shares == []  # "two in five" is a share, never a count of 5 for the Met
    corrected = check_article("An earlier version of this story wrongly said Kent Police had 9 missing offenders.", result)
    assert [(c.force, c.verdict, c.data_figure) for c in corrected] == [("Kent Police", "unknown", 8)]
    assert "correction" in corrected[0].note
    local = check_article("Seven sex offenders are missing in our area, police said.", result)
    assert [(c.figure, c.force, c.verdict) for c in local] == [(7, None, "unknown")]
    dozen = check_article("West Yorkshire Police said half a dozen offenders were missing.", result)
    assert [(c.figure, c.verdict, c.data_figure) for c in dozen] == [(6, "mismatch", 11)]
