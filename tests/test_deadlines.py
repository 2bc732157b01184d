"""Pin the statutory FOIA / FOISA reply deadlines, with every expected date worked by hand.

Notation in the comments: "(n)" is the n-th working day counted after receipt, "X" a day the Act excludes.
Weekends are skipped silently.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foi_tally.deadlines import (
    ACTS,
    act_for_nation,
    add_working_days,
    due_date,
    is_working_day,
    load_extra_holidays,
    working_days_between,
)

# --- worked examples from the brief -----------------------------------------------------------------


def test_worked_example_march_2026_foia() -> None:
    # Received Fri 13 Mar 2026. Mon 16 (1), Tue 17 X St Patrick, 18-20 (2-4), 23-27 (5-9),
    # 30, 31, 1 Apr, 2 Apr (10-13), Fri 3 X Good Friday, Mon 6 X Easter Monday, 7-10 (14-17),
    # 13, 14, 15 (18-20) -> Wed 15 Apr 2026.
    assert due_date(date(2026, 3, 13), "FOIA") == date(2026, 4, 15)


def test_worked_example_march_2026_foisa() -> None:
    # Received Fri 13 Mar 2026. 16-20 (1-5, St Patrick counts), 23-27 (6-10), 30 Mar-2 Apr (11-14),
    # Fri 3 X Good Friday, Mon 6 (15, Easter Monday counts in Scotland), 7-10 (16-19), Mon 13 (20).
    assert due_date(date(2026, 3, 13), "FOISA") == date(2026, 4, 13)


def test_worked_example_december_2026_foia() -> None:
    # Received Fri 11 Dec 2026. 14-18 (1-5), 21-24 (6-9), Fri 25 X Christmas, Mon 28 X Boxing Day
    # substitute, 29-31 (10-12), Fri 1 Jan X, Mon 4 Jan X (substitute for Sat 2 Jan, a Scottish bank
    # holiday), 5-8 (13-16), 11-14 (17-20) -> Thu 14 Jan 2027.
    assert due_date(date(2026, 12, 11), "FOIA") == date(2027, 1, 14)


def test_december_2026_foisa_matches_foia() -> None:
    # Every holiday in that window is Scottish too, so the same count as above gives Thu 14 Jan 2027.
    assert due_date(date(2026, 12, 11), "FOISA") == date(2027, 1, 14)


# --- receipt day ------------------------------------------------------------------------------------


def test_day_of_receipt_never_counts_even_if_working() -> None:
    # Received Mon 16 Mar 2026 (a working day, not counted). Tue 17 X, 18-20 (1-3), 23-27 (4-8),
    # 30 Mar-2 Apr (9-12), 3 X, 6 X, 7-10 (13-16), 13-16 (17-20) -> Thu 16 Apr 2026.
    assert due_date(date(2026, 3, 16), "FOIA") == date(2026, 4, 16)


def test_receipt_at_weekend_counts_from_next_working_day() -> None:
    # Sat 14 and Sun 15 Mar 2026: the first working day is Mon 16, exactly as for Fri 13 Mar.
    assert due_date(date(2026, 3, 14), "FOIA") == date(2026, 4, 15)
    assert due_date(date(2026, 3, 15), "FOIA") == date(2026, 4, 15)


def test_receipt_on_good_friday() -> None:
    # FOIA, received Fri 3 Apr 2026: Mon 6 X, 7-10 (1-4), 13-17 (5-9), 20-24 (10-14),
    # 27 Apr-1 May (15-19), Mon 4 May X May Day, Tue 5 May (20).
    assert due_date(date(2026, 4, 3), "FOIA") == date(2026, 5, 5)
    # FOISA: Mon 6 Apr (1), 7-10 (2-5), 13-17 (6-10), 20-24 (11-15), 27 Apr-1 May (16-20).
    assert due_date(date(2026, 4, 3), "FOISA") == date(2026, 5, 1)


def test_datetime_receipt_is_treated_as_its_date() -> None:
    assert due_date(datetime(2026, 3, 13, 17, 45), "FOIA") == date(2026, 4, 15)


# --- Easter ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("act", ACTS)
def test_good_friday_excluded_under_both(act: str) -> None:
    # Easter Sunday 2026 is 5 April, so Good Friday is 3 April; 2027: Easter 28 March, Good Friday 26 March.
    assert not is_working_day(date(2026, 4, 3), act)
    assert not is_working_day(date(2027, 3, 26), act)
    assert is_working_day(date(2026, 4, 2), act)  # Maundy Thursday is an ordinary day


def test_easter_monday_excluded_for_foia_only() -> None:
    assert not is_working_day(date(2026, 4, 6), "FOIA")
    assert is_working_day(date(2026, 4, 6), "FOISA")
    # Thu 2 Apr -> Tue 7 Apr 2026: FOIA counts only Tue 7; FOISA counts Mon 6 and Tue 7.
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 7), "FOIA") == 1
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 7), "FOISA") == 2


# --- Christmas and New Year ----------------------------------------------------------------------------


@pytest.mark.parametrize("act", ACTS)
def test_christmas_2026_and_new_year_2027(act: str) -> None:
    assert is_working_day(date(2026, 12, 24), act)  # Thu
    assert not is_working_day(date(2026, 12, 25), act)  # Fri, Christmas Day
    assert not is_working_day(date(2026, 12, 28), act)  # Mon, substitute for Boxing Day (Sat 26)
    assert is_working_day(date(2026, 12, 29), act)
    assert not is_working_day(date(2027, 1, 1), act)  # Fri, New Year's Day
    assert not is_working_day(date(2027, 1, 4), act)  # Mon, substitute for 2 Jan (Sat), Scottish
    assert is_working_day(date(2027, 1, 5), act)


@pytest.mark.parametrize("act", ACTS)
def test_second_of_january_is_excluded_under_both_acts(act: str) -> None:
    # Fri 2 Jan 2026 is a Scottish bank holiday, so s10(6) FOIA excludes it even for English forces.
    assert not is_working_day(date(2026, 1, 2), act)
    # Thu 2 Jan 2025 likewise.
    assert not is_working_day(date(2025, 1, 2), act)


@pytest.mark.parametrize("act", ACTS)
def test_christmas_on_a_saturday_2027(act: str) -> None:
    # Sat 25 and Sun 26 Dec 2027: substitutes are Mon 27 and Tue 28; Wed 29 is a working day.
    assert not is_working_day(date(2027, 12, 27), act)
    assert not is_working_day(date(2027, 12, 28), act)
    assert is_working_day(date(2027, 12, 29), act)


# --- Northern Ireland only -----------------------------------------------------------------------------


def test_st_patricks_day_foia_only() -> None:
    assert not is_working_day(date(2026, 3, 17), "FOIA")  # Tue
    assert is_working_day(date(2026, 3, 17), "FOISA")
    # 2024: Sun 17 Mar, substitute Mon 18 Mar.
    assert not is_working_day(date(2024, 3, 18), "FOIA")
    assert is_working_day(date(2024, 3, 18), "FOISA")


def test_twelfth_of_july_foia_only() -> None:
    assert not is_working_day(date(2027, 7, 12), "FOIA")  # Mon
    assert is_working_day(date(2027, 7, 12), "FOISA")
    # 2026: Sun 12 Jul, substitute Mon 13 Jul.
    assert not is_working_day(date(2026, 7, 13), "FOIA")
    assert is_working_day(date(2026, 7, 13), "FOISA")


def test_due_date_across_twelfth_of_july_2026() -> None:
    # Received Fri 26 Jun 2026.
    # FOIA: 29 Jun-3 Jul (1-5), 6-10 (6-10), Mon 13 X, 14-17 (11-14), 20-24 (15-19), Mon 27 (20).
    assert due_date(date(2026, 6, 26), "FOIA") == date(2026, 7, 27)
    # FOISA: 29 Jun-3 Jul (1-5), 6-10 (6-10), 13-17 (11-15), 20-24 (16-20).
    assert due_date(date(2026, 6, 26), "FOISA") == date(2026, 7, 24)


# --- Scotland ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("act", ACTS)
def test_st_andrews_day(act: str) -> None:
    assert not is_working_day(date(2026, 11, 30), act)  # Mon
    assert not is_working_day(date(2023, 11, 30), act)  # Thu
    # Sun 30 Nov 2025 -> substitute Mon 1 Dec 2025 (St Andrew's Day Bank Holiday (Scotland) Act 2007:
    # "if it is a Saturday or Sunday, the next Monday"). The package provides this substitute.
    assert not is_working_day(date(2025, 12, 1), act)
    # Sat 30 Nov 2024 -> substitute Mon 2 Dec 2024.
    assert not is_working_day(date(2024, 12, 2), act)
    assert is_working_day(date(2024, 12, 3), act)


@pytest.mark.parametrize("act", ACTS)
def test_due_date_across_st_andrews_day_2026(act: str) -> None:
    # Received Fri 13 Nov 2026: 16-20 (1-5), 23-27 (6-10), Mon 30 X, 1-4 Dec (11-14), 7-11 (15-19),
    # Mon 14 Dec (20).
    assert due_date(date(2026, 11, 13), act) == date(2026, 12, 14)


def test_august_bank_holidays() -> None:
    # First Monday of August 2026 (3 Aug) is the Scottish summer holiday: excluded under both.
    assert not is_working_day(date(2026, 8, 3), "FOIA")
    assert not is_working_day(date(2026, 8, 3), "FOISA")
    # Last Monday of August 2026 (31 Aug) is the English/Welsh/NI holiday: FOIA only.
    assert not is_working_day(date(2026, 8, 31), "FOIA")
    assert is_working_day(date(2026, 8, 31), "FOISA")


def test_due_date_across_late_august_2026() -> None:
    # Received Fri 7 Aug 2026.
    # FOIA: 10-14 (1-5), 17-21 (6-10), 24-28 (11-15), Mon 31 X, 1-4 Sep (16-19), Mon 7 Sep (20).
    assert due_date(date(2026, 8, 7), "FOIA") == date(2026, 9, 7)
    # FOISA: 10-28 Aug (1-15), Mon 31 Aug (16), 1-4 Sep (17-20).
    assert due_date(date(2026, 8, 7), "FOISA") == date(2026, 9, 4)


@pytest.mark.parametrize("act", ACTS)
def test_proclaimed_one_off_holidays_from_package(act: str) -> None:
    assert not is_working_day(date(2022, 9, 19), act)  # state funeral of Queen Elizabeth II
    assert not is_working_day(date(2023, 5, 8), act)  # coronation of Charles III
    # Mon 15 Jun 2026: Scottish bank holiday proclaimed for the World Cup (the package cites the Privy
    # Council proclamation); Scottish, so FOIA excludes it as well.
    assert not is_working_day(date(2026, 6, 15), act)


# --- act_for_nation / argument checks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("nation", "act"),
    [
        ("england", "FOIA"),
        ("Wales", "FOIA"),
        ("northern-ireland", "FOIA"),
        ("Northern Ireland", "FOIA"),
        ("GB", "FOIA"),
        ("UK", "FOIA"),  # MoD Police, Civil Nuclear Constabulary
        ("scotland", "FOISA"),
        (" SCOTLAND ", "FOISA"),
    ],
)
def test_act_for_nation(nation: str, act: str) -> None:
    assert act_for_nation(nation) == act


@pytest.mark.parametrize("nation", ["", "Isle of Man", "Jersey", "Guernsey", "ireland"])
def test_act_for_nation_rejects_unknown(nation: str) -> None:
    with pytest.raises(ValueError):
        act_for_nation(nation)


def test_unknown_act_rejected() -> None:
    with pytest.raises(ValueError):
        due_date(date(2026, 3, 13), "EIR")
    with pytest.raises(ValueError):
        is_working_day(date(2026, 3, 13), "FOI")


def test_add_working_days_edges() -> None:
    assert add_working_days(date(2026, 3, 13), 0, "FOIA") == date(2026, 3, 13)
    assert add_working_days(date(2026, 3, 13), 1, "FOIA") == date(2026, 3, 16)  # Mon
    assert add_working_days(date(2026, 3, 16), 1, "FOIA") == date(2026, 3, 18)  # skips St Patrick
    assert add_working_days(date(2026, 3, 16), 1, "FOISA") == date(2026, 3, 17)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 13), -1, "FOIA")


def test_working_days_between_for_lateness() -> None:
    due = date(2026, 4, 15)
    assert working_days_between(due, due, "FOIA") == 0  # replied on the due date: not late
    assert working_days_between(due, date(2026, 4, 14), "FOIA") == 0  # early
    assert working_days_between(due, date(2026, 4, 16), "FOIA") == 1
    # Wed 15 Apr -> Mon 4 May 2026: 16, 17 (2), 20-24 (7), 27 Apr-1 May (12); Mon 4 May X May Day.
    assert working_days_between(due, date(2026, 5, 4), "FOIA") == 12
    assert working_days_between(date(2026, 3, 13), due, "FOIA") == 20


# --- extra holidays ------------------------------------------------------------------------------------


def test_load_extra_holidays(tmp_path: Path) -> None:
    path = tmp_path / "extra_holidays.txt"
    path.write_text(
        "# one-off bank holidays by royal proclamation\n"
        "\n"
        "2026-03-20 Imaginary jubilee\n"
        "2030-01-07,comma separated description\n"
        "2031-02-03\ttab separated\n"
        "   2032-05-10   # indented, with a trailing comment\n"
        "2026-03-20 listed twice\n",
        encoding="utf-8",
    )
    assert load_extra_holidays(path) == [
        date(2026, 3, 20),
        date(2030, 1, 7),
        date(2031, 2, 3),
        date(2032, 5, 10),
    ]


@pytest.mark.parametrize(
    "bad",
    ["20/03/2026 British format", "2026-13-01 no such month", "2026-02-30", "2026-03-20x", "holiday"],
)
def test_load_extra_holidays_names_bad_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "extra.txt"
    path.write_text(f"# header\n2026-03-20\n{bad}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 3"):
        load_extra_holidays(path)


def test_extra_holiday_pushes_due_date_by_one_day(tmp_path: Path) -> None:
    path = tmp_path / "extra.txt"
    path.write_text("2026-03-20 Imaginary proclamation\n", encoding="utf-8")
    extra = load_extra_holidays(path)
    assert not is_working_day(date(2026, 3, 20), "FOIA", extra)
    # Received Fri 13 Mar 2026: as the worked example, but Fri 20 Mar is now also X, so the 20th working
    # day moves from Wed 15 Apr to Thu 16 Apr (FOIA), and from Mon 13 Apr to Tue 14 Apr (FOISA).
    assert due_date(date(2026, 3, 13), "FOIA", extra) == date(2026, 4, 16)
    assert due_date(date(2026, 3, 13), "FOISA", extra) == date(2026, 4, 14)
    # A generator works as well as a list.
    assert due_date(date(2026, 3, 13), "FOIA", (d for d in extra)) == date(2026, 4, 16)
    # An extra holiday after the due date, or on a weekend, changes nothing.
    assert due_date(date(2026, 3, 13), "FOIA", [date(2026, 4, 20)]) == date(2026, 4, 15)
    assert due_date(date(2026, 3, 13), "FOIA", [date(2026, 3, 21)]) == date(2026, 4, 15)


# --- properties ----------------------------------------------------------------------------------------

received_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2045, 12, 31))
acts = st.sampled_from(ACTS)


@settings(max_examples=300, deadline=None)
@given(received=received_dates, act=acts)
def test_due_date_properties(received: date, act: str) -> None:
    due = due_date(received, act)
    assert due > received
    assert is_working_day(due, act)
    assert working_days_between(received, due, act) == 20
    assert working_days_between(received, due - timedelta(days=1), act) == 19
    # With no holidays 20 working days are four Mon-Fri weeks: from a Sunday that ends on the 4th Friday,
    # 26 days later (Fri/Sat receipt gives 28/27). Holidays only lengthen it, so 26 is a floor.
    assert (due - received).days >= 26


@settings(max_examples=300, deadline=None)
@given(day=received_dates)
def test_foisa_working_days_include_all_foia_working_days(day: date) -> None:
    # FOIA excludes Scottish bank holidays too, so every FOIA working day is a FOISA working day and
    # a FOISA deadline is never later than the FOIA one for the same receipt date.
    if is_working_day(day, "FOIA"):
        assert is_working_day(day, "FOISA")
    assert due_date(day, "FOISA") <= due_date(day, "FOIA")
    if day.weekday() >= 5:
        assert not is_working_day(day, "FOIA") and not is_working_day(day, "FOISA")


@settings(max_examples=200, deadline=None)
@given(start=received_dates, a=st.integers(0, 40), b=st.integers(0, 40), act=acts)
def test_add_working_days_composes(start: date, a: int, b: int, act: str) -> None:
    assert add_working_days(add_working_days(start, a, act), b, act) == add_working_days(start, a + b, act)
    assert working_days_between(start, add_working_days(start, a, act), act) == a
