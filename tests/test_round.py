"""The round record, each force's state against its statutory deadline, round statistics and chasers.

Every expected date is worked by hand in a comment ("(n)" = n-th working day, "X" = a day the Act excludes).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from foi_tally.forces import by_name, round_robin_forces
from foi_tally.records import Reply
from foi_tally.report import round_statistics, round_summary
from foi_tally.round import (
    ROUND_FILE,
    ForceRecord,
    Round,
    add_clarification,
    chaser_text,
    import_csv,
    load_round,
    round_status,
    save_round,
    set_received,
    set_reference,
)
from tests.helpers import run_cli

SENT = date(2015, 2, 2)  # Monday. FOIA and FOISA: 3-6 Feb (1-4) ... 23-27 (15-19), Mon 2 Mar (20).
DUE = date(2015, 3, 2)
# 40th working day after 2 Feb (FOIA): 3-6 Mar (24), 9-13 (29), 16 (30), Tue 17 X St Patrick, 18-20 (33),
# 23-27 (38), 30, 31 (40) -> Tue 31 Mar. FOISA counts St Patrick's Day: 40th is Mon 30 Mar.
FORTIETH_FOIA = date(2015, 3, 31)
FORTIETH_FOISA = date(2015, 3, 30)


def reply(force: str, status: str = "answered", received: str | None = None, **extra: object) -> Reply:
    registered = by_name(force)
    figures = {"stated_total_low": 2, "stated_total_high": 2} if status in ("answered", "partial") else {}
    return Reply(source=f"{registered.slug}-{received or 'undated'}.pdf", force=registered.name,
                 ons_code=registered.ons_code, status=status, received=received, **{**figures, **extra})


def state_of(result, force: str):  # type: ignore[no-untyped-def]
    return next(f for f in result.forces if f.force.name == by_name(force).name)


# --- states and the deadline ----------------------------------------------------------------------


def test_every_round_robin_force_is_listed_once_in_registry_order() -> None:
    result = round_status(Round(sent=SENT), [], today=SENT)
    assert [f.force.name for f in result.forces] == [f.name for f in round_robin_forces()]
    assert len(result.forces) == 46
    assert {f.state for f in result.forces} == {"outstanding"}
    assert {f.due for f in result.forces} == {DUE}
    assert state_of(result, "Police Scotland").act == "FOISA"
    assert {f.act for f in result.forces if f.force.name != "Police Service of Scotland"} == {"FOIA"}


@pytest.mark.parametrize(
    ("today", "state", "late"),
    [
        (date(2015, 2, 27), "outstanding", 0),
        (DUE, "outstanding", 0),  # never late on the due date itself
        (date(2015, 3, 3), "overdue", 1),
        (date(2015, 3, 18), "overdue", 11),  # 3-6 (4), 9-13 (9), 16 (10), 17 X St Patrick (FOIA), 18 (11)
        (FORTIETH_FOIA, "overdue", 20),
        (date(2015, 4, 1), "overdue", 21),
        (date(2015, 4, 30), "overdue", 40),  # Apr 1-2 (22), 3 X Good Friday, 6 X Easter Monday, ...
        (date(2015, 5, 1), "very_overdue", 41),  # more than 40 working days past the deadline
    ],
)
def test_a_force_without_a_reply_goes_late_only_after_its_due_date(today: date, state: str, late: int) -> None:
    kent = state_of(round_status(Round(sent=SENT), [], today=today), "Kent Police")
    assert (kent.state, kent.due, kent.working_days_late, kent.received) == (state, DUE, late, None)


def test_police_scotland_counts_under_foisa() -> None:
    # Worked example of the issue: received 13 Mar 2026 -> FOIA due 15 Apr, FOISA due 13 Apr (Easter Monday
    # and St Patrick's Day are Scottish working days). On Tue 14 Apr Police Scotland is one day late, Kent is not.
    result = round_status(Round(sent=date(2026, 3, 13)), [], today=date(2026, 4, 14))
    scotland, kent = state_of(result, "Police Scotland"), state_of(result, "Kent Police")
    assert (scotland.due, scotland.state, scotland.working_days_late) == (date(2026, 4, 13), "overdue", 1)
    assert (kent.due, kent.state, kent.working_days_late) == (date(2026, 4, 15), "outstanding", 0)
    # 30 Apr 2015: 42 FOISA working days past 2 Mar (St Patrick's Day and Easter Monday are Scottish
    # working days), so Police Scotland is very overdue while Kent, at 40 FOIA working days, is not yet.
    result = round_status(Round(sent=SENT), [], today=date(2015, 4, 30))
    scotland, kent = state_of(result, "Police Scotland"), state_of(result, "Kent Police")
    assert (scotland.state, scotland.working_days_late) == ("very_overdue", 42)
    assert (kent.state, kent.working_days_late) == ("overdue", 40)


def test_reply_states_and_days_late() -> None:
    replies = [
        reply("Kent Police", received="2015-02-20"),
        reply("Cheshire Constabulary", received="2015-03-03"),  # one working day after the due date
        reply("South Wales Police", status="partial", received="2015-03-13", exemptions=("s31", "s40")),
        reply("Surrey Police", status="refused", received="2015-02-25", exemptions=("s12",)),
        reply("Essex Police", status="ncnd", received="2015-02-25", exemptions=("s31", "s40")),
        reply("British Transport Police", status="not_held", received="2015-02-06"),
        reply("Gwent Police"),  # a spreadsheet with no date in it
        reply("Dorset Police", received="2015-02-09").flagged("the total does not match the rows"),
        reply("Durham Constabulary", status="unknown", received="2015-02-09", needs_review=True,
              review_reasons=("unreadable: encrypted",)),
    ]
    result = round_status(Round(sent=SENT), replies, today=date(2015, 3, 20))
    got = {f.force.name: (f.state, f.received, f.working_days_late) for f in result.forces if f.reply}
    assert got == {
        "Kent Police": ("replied", date(2015, 2, 20), 0),
        "Cheshire Constabulary": ("replied", date(2015, 3, 3), 1),
        # 3-6 Mar (4), 9-13 (9): received Fri 13 Mar, 9 working days late.
        "South Wales Police": ("replied", date(2015, 3, 13), 9),
        "Surrey Police": ("refused", date(2015, 2, 25), 0),
        "Essex Police": ("refused", date(2015, 2, 25), 0),
        "British Transport Police": ("replied", date(2015, 2, 6), 0),
        "Gwent Police": ("replied", None, None),
        "Dorset Police": ("needs_review", date(2015, 2, 9), 0),
        "Durham Constabulary": ("needs_review", date(2015, 2, 9), 0),
    }
    # 3-6 (4), 9-13 (9), 16 (10), 17 X, 18-20 (13)
    assert state_of(result, "Merseyside Police").working_days_late == 13


def test_replies_dated_before_the_round_or_after_today_do_not_count() -> None:
    old = reply("Kent Police", received="2014-06-01")
    future = reply("Lancashire Constabulary", received="2015-03-10")
    result = round_status(Round(sent=SENT), [old, future], today=date(2015, 3, 5))
    assert state_of(result, "Kent Police").state == "overdue"
    assert state_of(result, "Lancashire Constabulary").state == "overdue"
    assert [(r.source, why) for r, why in result.ignored] == [
        (old.source, "dated 2014-06-01, before the round was sent"),
        (future.source, "dated 2015-03-10, after 2015-03-05"),
    ]
    later = round_status(Round(sent=SENT), [old, future], today=date(2015, 3, 10))
    assert (state_of(later, "Lancashire Constabulary").state,
            state_of(later, "Lancashire Constabulary").working_days_late) == ("replied", 6)


def test_a_clarification_restarts_the_clock_and_a_late_receipt_moves_it() -> None:
    round_ = Round(sent=SENT)
    round_ = add_clarification(round_, "Police Scotland", date(2015, 2, 10))
    round_ = add_clarification(round_, "Police Scotland", date(2015, 2, 16))
    round_ = set_received(round_, "Kent", date(2015, 2, 4))
    result = round_status(round_, [], today=date(2015, 3, 4))
    scotland, kent = state_of(result, "Police Scotland"), state_of(result, "Kent Police")
    # Clarified Mon 16 Feb: 17-20 (4), 23-27 (9), 2-6 Mar (14), 9-13 (19), Mon 16 (20).
    assert (scotland.clock_basis, scotland.clock_start, scotland.due) == ("clarified", date(2015, 2, 16),
                                                                          date(2015, 3, 16))
    assert scotland.state == "outstanding"
    # Received Wed 4 Feb: 20th working day is Wed 4 Mar, so on 4 Mar Kent is not late yet.
    assert (kent.clock_basis, kent.due, kent.state) == ("received", date(2015, 3, 4), "outstanding")
    # Everyone else's clock ran from the date sent (due Mon 2 Mar): Tue 3, Wed 4 -> 2 working days late.
    assert (state_of(result, "Essex Police").state, state_of(result, "Essex Police").working_days_late) == (
        "overdue", 2)


def test_sent_given_on_the_command_line_overrides_the_record() -> None:
    result = round_status(Round(sent=date(2015, 1, 5)), [], today=date(2015, 3, 3), sent=SENT)
    assert result.sent == SENT
    assert state_of(result, "Kent Police").due == DUE


def test_no_date_sent_is_an_error_that_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="--sent"):
        round_status(Round(), [], today=SENT)


# --- the round record -----------------------------------------------------------------------------


def test_round_file_round_trips_and_is_deterministic(tmp_path: Path) -> None:
    round_ = Round(sent=SENT, request="How many RSOs are wanted?", requester="A Reporter")
    round_ = set_reference(add_clarification(round_, "Police Scotland", date(2015, 2, 10)), "Kent", "KP/15/1")
    path = save_round(tmp_path, round_)
    first = path.read_bytes()
    assert load_round(tmp_path) == round_
    save_round(tmp_path, load_round(tmp_path))  # type: ignore[arg-type]
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == [ROUND_FILE]
    assert json.loads(first) == {
        "schema_version": 1,
        "sent": "2015-02-02",
        "request": "How many RSOs are wanted?",
        "requester": "A Reporter",
        "forces": {
            "Kent Police": {"reference": "KP/15/1"},
            "Police Service of Scotland": {"clarified": ["2015-02-10"]},
        },
    }
    assert load_round(tmp_path / "nowhere") is None


def test_dates_before_the_round_and_unknown_forces_are_refused() -> None:
    with pytest.raises(ValueError, match="before the round was sent"):
        set_received(Round(sent=SENT), "Kent", date(2015, 2, 1))
    with pytest.raises(ValueError, match="unknown force 'Gotham'"):
        add_clarification(Round(sent=SENT), "Gotham", date(2015, 2, 3))
    with pytest.raises(ValueError, match="Jersey"):
        set_received(Round(sent=SENT), "States of Jersey Police", date(2015, 2, 3))


def test_import_csv_merges_rows_and_reports_the_bad_line() -> None:
    text = (
        "Force,Received,Clarified,Reference\n"
        "Kent Police,2015-02-04,,KP/FOI/15/1187\n"
        "Police Scotland,,10/02/2015; 2015-02-16,IM-FOI-2015-0123\n"
        ",,,\n"
        "GMP,,,\n"
    )
    round_ = import_csv(Round(sent=SENT, forces={"Kent Police": ForceRecord(reference="old")}), text)
    assert round_.forces == {
        "Kent Police": ForceRecord(received=date(2015, 2, 4), reference="KP/FOI/15/1187"),
        "Police Service of Scotland": ForceRecord(
            clarified=(date(2015, 2, 10), date(2015, 2, 16)), reference="IM-FOI-2015-0123"
        ),
    }
    with pytest.raises(ValueError, match=r"round.csv: line 3: unknown force 'Gotham'"):
        import_csv(Round(sent=SENT), "force,received\nKent,2015-02-03\nGotham,2015-02-03\n", "round.csv")
    with pytest.raises(ValueError, match=r"line 2: '3rd Feb' is not a date"):
        import_csv(Round(sent=SENT), "force,received\nKent,3rd Feb\n")
    with pytest.raises(ValueError, match="line 2: more cells than the 2 columns"):
        import_csv(Round(sent=SENT), "force,received\nKent,2015-02-03,2015-02-04\n")
    with pytest.raises(ValueError, match="unknown column 'replied'"):
        import_csv(Round(sent=SENT), "force,replied\nKent,2015-02-03\n")


# --- statistics and chasers -----------------------------------------------------------------------


def test_round_statistics_count_forces_and_exemptions() -> None:
    replies = [
        reply("Kent Police", received="2015-02-20"),
        reply("Cheshire Constabulary", received="2015-03-03"),
        reply("South Wales Police", status="partial", received="2015-03-13", exemptions=("s31", "s40")),
        reply("Surrey Police", status="refused", received="2015-02-25", exemptions=("s12",)),
        reply("Essex Police", status="partial", received="2015-02-11", exemptions=("s40", "s31")),
        reply("Thames Valley Police", status="partial", received="2015-02-11", exemptions=("s40",)),
        reply("Gwent Police"),
    ]
    stats = round_statistics(round_status(Round(sent=SENT), replies, today=date(2015, 3, 20)))
    assert stats == {
        "sent": "2015-02-02",
        "as_of": "2015-03-20",
        "forces": 46,
        "replied": 7,
        "on_time": 4,
        "late": 2,
        "reply_date_unknown": 1,
        "refused": 1,
        "needs_review": 0,
        "outstanding": 0,
        "overdue": 39,
        "very_overdue": 0,
        "exemptions": {"s40": 3, "s31": 2, "s12": 1},
    }
    assert round_summary(stats) == [
        "Round robin sent 2015-02-02, as of 2015-03-20: 7 of 46 forces have replied.",
        "Replies on time 4 (9%), late 2 (4%), undated 1 (2%); refused 1 (2%); awaiting review 0.",
        "No reply: 0 not yet due, 39 overdue, 0 more than 40 working days past the deadline.",
        "Exemptions cited: s40 by 3 forces, s31 by 2 forces, s12 by 1 force.",
    ]


def test_foia_chaser_cites_section_10_and_the_ico() -> None:
    round_ = set_reference(set_received(Round(sent=SENT), "Kent", date(2015, 2, 4)), "Kent", "KP/FOI/15/1187")
    kent = state_of(round_status(round_, [], today=date(2015, 3, 9)), "Kent Police")
    text = chaser_text(kent, SENT, date(2015, 3, 9), "How many RSOs\nare wanted?", "A Reporter")
    assert text.startswith("To: Freedom of Information team, Kent Police\n"
                           "Subject: Overdue Freedom of Information request (your reference KP/FOI/15/1187)\n")
    flat = " ".join(text.split())
    assert "Reference: KP/FOI/15/1187" in flat
    assert "On Monday 2 February 2015 I sent Kent Police the request below under the Freedom of Information " \
           "Act 2000. You received it on Wednesday 4 February 2015." in flat
    assert "Section 10(1) of the Act" in flat
    # Due Wed 4 Mar; Thu 5, Fri 6, Mon 9 -> 3 working days late.
    assert "that day was Wednesday 4 March 2015. As of Monday 9 March 2015 I have had no response: " \
           "3 working days after the deadline." in flat
    assert "    Information Commissioner's Office\n    Wycliffe House, Water Lane\n" \
           "    Wilmslow, Cheshire SK9 5AF\n" in text
    assert "section 50" in flat
    assert "    How many RSOs\n    are wanted?\n" in text
    assert text.endswith("Yours faithfully,\n\nA Reporter\n")
    assert "Scottish" not in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_foisa_chaser_asks_for_a_review_and_names_the_scottish_commissioner() -> None:
    scotland = state_of(round_status(Round(sent=SENT), [], today=date(2015, 3, 3)), "Police Scotland")
    text = chaser_text(scotland, SENT, date(2015, 3, 3))
    flat = " ".join(text.split())
    assert "Reference: none has been given to me yet." in flat
    assert ("I sent Police Service of Scotland a request under the Freedom of Information (Scotland) Act 2002."
            in flat)
    assert "1 working day after the deadline" in flat
    assert "requirement for review under section 20" in flat
    assert "Scottish Information Commissioner" in flat and "St Andrews, Fife KY16 9DS" in flat
    assert "Wycliffe" not in text and "[your name]" in text


# --- the commands -----------------------------------------------------------------------------------


def test_round_commands_record_show_and_import(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    out = run_cli("round", "received", "Kent", "2015-02-04", "--store", store, expect=1)
    assert "no round recorded" in out
    request = tmp_path / "request.txt"
    request.write_text("How many registered sex offenders\nare wanted?\n", encoding="utf-8")
    out = run_cli("round", "set", "--sent", "2015-02-02", "--request-file", str(request), "--store", store)
    assert out.startswith("round sent 2015-02-02; request 7 words")
    out = run_cli("round", "received", "Kent", "2015-02-04", "--store", store)
    assert out.startswith("Kent Police: received 2015-02-04; clock runs from 2015-02-04, reply due 2015-03-04 (FOIA)")
    out = run_cli("round", "clarified", "Police Scotland", "2015-02-16", "--store", store)
    assert "reply due 2015-03-16 (FOISA)" in out
    assert "before the round was sent" in run_cli("round", "clarified", "Kent", "2015-01-30", "--store", store,
                                                  expect=1)
    sheet = tmp_path / "round.csv"
    sheet.write_text("force,reference\nKent Police,KP/FOI/15/1187\nMerseyside Police,MP/1\n", encoding="utf-8")
    assert run_cli("round", "import", str(sheet), "--store", store).startswith("2 force records changed")
    shown = run_cli("round", "show", "--store", store)
    assert "Sent: 2015-02-02\n" in shown
    assert "    How many registered sex offenders\n    are wanted?\n" in shown
    assert "  Kent Police: received 2015-02-04; reference KP/FOI/15/1187; clock runs from 2015-02-04" in shown
    stored = json.loads(run_cli("round", "show", "--format", "json", "--store", store))
    assert stored["forces"]["Police Service of Scotland"] == {"clarified": ["2015-02-16"]}
    assert run_cli("round", "forget", "Kent", "--store", store).startswith(
        "Kent Police: nothing recorded; clock runs from 2015-02-02, reply due 2015-03-02 (FOIA)")
    assert sorted(json.loads((tmp_path / "store" / ROUND_FILE).read_text())["forces"]) == [
        "Merseyside Police", "Police Service of Scotland"]


def test_status_json_shape_and_chase_writes_one_letter_per_overdue_force(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert "give --sent" in run_cli("status", "--store", str(store), expect=1)
    run_cli("round", "set", "--sent", "2015-02-02", "--requester", "A Reporter", "--store", str(store))
    run_cli("round", "received", "Kent", "2015-02-04", "--store", str(store))
    data = json.loads(run_cli("status", "--today", "2015-03-03", "--format", "json", "--store", str(store)))
    assert list(data) == ["forces"]
    assert len(data["forces"]) == 46
    assert all(list(row) == ["force", "ons_code", "state", "due", "received", "working_days_late"]
               for row in data["forces"])
    kent = next(row for row in data["forces"] if row["force"] == "Kent Police")
    assert kent == {"force": "Kent Police", "ons_code": "E23000032", "state": "outstanding",
                    "due": "2015-03-04", "received": None, "working_days_late": 0}
    letters = tmp_path / "letters"
    out = run_cli("chase", "--today", "2015-03-03", "--output", str(letters), "--store", str(store))
    written = sorted(p.name for p in letters.iterdir())
    assert len(written) == 45 and "chase-kent.txt" not in written
    assert "chase-police_scotland.txt" in written
    assert f"{letters / 'chase-merseyside.txt'}\tMerseyside Police\toverdue\t1 working day late\n" in out
    run_cli("chase", "--today", "2015-03-02", "--output", str(tmp_path / "none"), "--store", str(store))
    assert not (tmp_path / "none").exists()


def test_a_broken_round_file_is_one_line_and_never_hides_the_report(tmp_path: Path) -> None:
    from foi_tally.cli.round import round_report_lines

    (tmp_path / ROUND_FILE).write_text('{"sent": "2 Feb"}', encoding="utf-8")
    out = run_cli("status", "--store", str(tmp_path), expect=1)
    expected = f"Error: {tmp_path / ROUND_FILE} is not a round record: '2 Feb' is not a date: write it as YYYY-MM-DD"
    assert out.strip().splitlines() == [expected + "; fix or delete it"]
    assert round_report_lines(str(tmp_path))[0].startswith("Round statistics unavailable: ")
    assert round_report_lines(str(tmp_path / "empty")) == []
