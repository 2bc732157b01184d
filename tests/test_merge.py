"""Honest totals: supersession, duplicates, conflicts, provenance, overrides (issue "Honest totals")."""

from __future__ import annotations

import json
import shutil
from email.message import EmailMessage
from pathlib import Path

from foi_tally import overrides
from foi_tally.exemptions import describe
from foi_tally.merge import tally
from foi_tally.records import Locator, MissingEntry, Reply
from tests.helpers import SAMPLE, force_row, report_json, run_cli

GMP = "Greater Manchester Police"


def gmp_correction() -> bytes:
    message = EmailMessage()
    message["From"] = "Information Compliance <foi.unit@gmp.police.uk>"
    message["To"] = "Hannah Pryce <hannah.pryce@newsdesk-example.co.uk>"
    message["Subject"] = "Correction to FOI 2015-0622: registered sex offenders wanted"
    message["Date"] = "Fri, 20 Mar 2015 10:12:00 +0000"
    message.set_content(
        "Dear Ms Pryce,\n\n"
        "Further to our earlier response, I am writing to correct the figure we provided. Two of the "
        "offenders recorded at that time have since been located and arrested.\n\n"
        "As at 20 March 2015, 23 registered sex offenders are recorded as wanted by Greater Manchester "
        "Police because their whereabouts are unknown.\n\n"
        "The figures are only valid for the date in question as the information is dynamic.\n\n"
        "Regards\n\nInformation Compliance and Records Management\nGreater Manchester Police\n"
    )
    return bytes(message)


def test_a_later_correction_supersedes_and_as_of_keeps_the_old_figure(tmp_path: Path, sample_copy: Path) -> None:
    (sample_copy / "RE correction.eml").write_bytes(gmp_correction())
    store = tmp_path / "s"
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")
    latest = report_json(store)
    assert force_row(latest, GMP)["missing"] == 23
    assert force_row(latest, GMP)["changed_from"] == "25"
    assert latest["national"]["missing"] == 394
    earlier = report_json(store, "--as-of", "2015-03-14")
    assert force_row(earlier, GMP)["missing"] == 25
    assert earlier["national"]["missing"] == 396
    table = run_cli("report", "--store", str(store))
    assert "changed from 25" in table


def test_a_copy_under_another_name_changes_nothing(tmp_path: Path, sample_copy: Path) -> None:
    shutil.copy(SAMPLE / "RE FOI request - RSOs whereabouts unknown.eml", sample_copy / "copy of WMP reply.eml")
    shutil.copy(SAMPLE / "MPS_FOI_2015020000145_RSO_wanted.xlsx", sample_copy / "met (2).xlsx")
    store = tmp_path / "s"
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")
    report = report_json(store)
    assert report["national"]["missing"] == 396
    assert force_row(report, "West Midlands Police")["missing"] == 39


def test_explain_adds_up_to_the_force_figure_with_sources(sample_store: Path) -> None:
    data = json.loads(run_cli("explain", "Metropolitan Police Service", "--format", "json",
                              "--store", str(sample_store)))
    assert data["force"] == "Metropolitan Police Service"
    assert data["missing"] == 167
    assert sum(f["count"] for f in data["figures"]) == 167
    for figure in data["figures"]:
        assert figure["source"] == "MPS_FOI_2015020000145_RSO_wanted.xlsx"
        assert "sheet 'Data'" in figure["locator"] and "row" in figure["locator"]
        assert figure["snippet"]
    assert sum(f["count"] for f in data["figures"] if f["status"] == "believed_abroad") == 114
    assert min(f["since"] for f in data["figures"] if f["since"]) == "2001-01-22"  # wanted for 14 years


def _reply(source: str, low: int | None, high: int | None, as_of: str, status: str = "answered", **kw) -> Reply:  # type: ignore[no-untyped-def]
    entries = ()
    if low is not None:
        entries = (MissingEntry(None, "unknown", low, high, "wanted", Locator(source, line=3), "text"),)  # type: ignore[arg-type]
    return Reply(source=source, force="Kent Police", ons_code="E23000032", status=status, as_of=as_of,
                 entries=entries, content_hash=source, **kw)


def test_same_date_replies_that_disagree_are_a_conflict_and_not_counted() -> None:
    result = tally([_reply("a.pdf", 8, 8, "2015-02-10"), _reply("b.eml", 9, 9, "2015-02-10")])
    kent = result.figure("Kent Police")
    assert not kent.counted
    assert "a.pdf says answered 8" in kent.review_reasons[0] and "b.eml says answered 9" in kent.review_reasons[0]
    assert result.missing == 0


def test_same_date_files_that_agree_count_once() -> None:
    cover = _reply("cover.pdf", None, None, "2015-02-10", status="unknown")
    data = _reply("data.xlsx", 8, 8, "2015-02-10")
    result = tally([cover, data])
    kent = result.figure("Kent Police")
    assert kent.counted and kent.missing == 8 and kent.reply.source == "data.xlsx"
    assert [r.source for r in kent.companions] == ["cover.pdf"]


def test_ranges_travel_to_the_national_total() -> None:
    result = tally([_reply("a.csv", 1, 4, "2015-02-10")])
    assert (result.missing_low, result.missing_high, result.missing) == (1, 4, None)
    assert result.figure("Kent Police").missing is None


def test_refusals_are_never_counted_as_zero() -> None:
    refused = Reply(source="r.pdf", force="Surrey Police", ons_code="E23000031", status="refused",
                    exemptions=("s12",), as_of="2015-02-10")
    result = tally([refused])
    surrey = result.figure("Surrey Police")
    assert surrey.status == "refused" and surrey.missing_low is None and not surrey.counted
    assert result.forces_with_missing == 0 and result.forces_replied == 1


def test_exemptions_are_read_against_their_act() -> None:
    assert describe("s38", "FOIA 2000") == "s38 FOIA (health and safety)"
    assert describe("s38", "FOISA 2002") == "s38 FOISA (personal information)"


def test_overrides_resolve_review_are_shown_and_survive_reingest(tmp_path: Path, sample_copy: Path) -> None:
    store = tmp_path / "s"
    (sample_copy / "unsigned note.txt").write_text(
        "There are currently 2 registered sex offenders recorded as wanted because their whereabouts are unknown.\n",
        encoding="utf-8",
    )
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")
    review = json.loads(run_cli("review", "--format", "json", "--store", str(store)))
    assert any(i["source"] == "unsigned note.txt" for i in review["review"])
    run_cli("override", "add", "Essex Police", "missing", "12", "--reason", "phoned the press office",
            "--who", "H. Pryce", "--date", "2015-03-20", "--store", str(store))
    run_cli("ingest", str(sample_copy), "--store", str(store), "-q")  # overrides survive re-ingest
    report = report_json(store)
    essex = force_row(report, "Essex Police")
    assert essex["missing"] == 12
    assert essex["overrides"] == ["override #1 (2015-03-20 by H. Pryce): missing = 12 because phoned the press office"]
    assert report["national"]["missing"] == 397
    assert "override" in run_cli("report", "--store", str(store))
    listed = json.loads(run_cli("override", "list", "--format", "json", "--store", str(store)))
    assert listed["overrides"][0]["force"] == "Essex Police"
    run_cli("override", "remove", "1", "--store", str(store))
    assert report_json(store)["national"]["missing"] == 396
    assert overrides.load(store) == []


def test_bad_overrides_are_usage_errors(tmp_path: Path) -> None:
    run_cli("override", "add", "Kent Police", "missing", "lots", "--reason", "x", "--store", str(tmp_path), expect=2)
    run_cli("override", "add", "Nowhere Police", "accept", "yes", "--reason", "x", "--store", str(tmp_path), expect=2)
    run_cli("override", "add", "Kent Police", "colour", "red", "--reason", "x", "--store", str(tmp_path), expect=2)


JOINT = """Norfolk and Suffolk Constabularies
Joint Information Management Department
Jubilee House, Falconers Chase, Wymondham NR18 0WW
Our ref: FOI 000211/15
12 February 2015
Dear Ms Pryce,
You asked each force how many registered sex offenders are wanted because their whereabouts are unknown.
As the two forces share an information management department, this letter answers for both.
Norfolk Constabulary
Norfolk Constabulary currently has one registered sex offender recorded as wanted because his whereabouts
are unknown. He has been missing since August 2014.
Suffolk Constabulary
Suffolk Constabulary currently has five registered sex offenders recorded as wanted because their
whereabouts are unknown.
The figures are only valid for the date in question as the information is dynamic.
Yours sincerely
J. Baxter
Joint Information Management Department
Norfolk Constabulary and Suffolk Constabulary
"""


def test_a_joint_reply_yields_a_reply_per_force(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "joint reply.txt").write_text(JOINT, encoding="utf-8")
    store = tmp_path / "s"
    run_cli("ingest", str(raw), "--store", str(store), "-q")
    replies = json.loads(run_cli("export", "--level", "reply", "--format", "json", "--store", str(store)))
    assert [(r["force"], r["missing"], r["source"]) for r in replies] == [
        ("Norfolk Constabulary", 1, "joint reply.txt"),
        ("Suffolk Constabulary", 5, "joint reply.txt"),
    ]
    norfolk = next(r for r in replies if r["force"] == "Norfolk Constabulary")
    assert norfolk["entries"][0]["since"] == "2014-08"
    assert report_json(store)["national"]["missing"] == 6
