"""Date columns in tables: found by what their cells hold, read in the format their heading states."""

from __future__ import annotations

import io

import openpyxl

from foi_tally.parsers import parse_document
from foi_tally.readers import read_document

TITLE = "Kent Police FOI KP/FOI/19/0001\n"


def parse_csv(text: str):  # type: ignore[no-untyped-def]
    return parse_document(read_document((TITLE + text).encode("utf-8"), "reply.csv"))


def parse_xlsx(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE.strip()])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return parse_document(read_document(out.getvalue(), "reply.xlsx"))


def dates(reply) -> list[str | None]:  # type: ignore[no-untyped-def]
    return sorted((e.since for e in reply.entries), key=str)


def test_a_column_of_dates_under_an_unusual_heading_is_the_date_column() -> None:
    reply = parse_csv("Ref,WOA issued,Risk\n1,1st Feb 2014,Medium\n2,the 2nd of March 2016,High\n3,14th Mar. 2019,Low\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert dates(reply) == ["2014-02-01", "2016-03-02", "2019-03-14"]


def test_a_column_of_dates_whose_heading_says_nothing_of_dates_is_read_and_flagged() -> None:
    reply = parse_csv("Ref,Warrant,Risk\n1,01/02/2014,Medium\n2,02/03/2016,High\n")
    assert reply.missing == 2 and dates(reply) == ["2014-02-01", "2016-03-02"]
    assert reply.needs_review and "its heading does not say so" in reply.review_reason


def test_a_column_of_arrest_dates_is_never_the_date_column() -> None:
    reply = parse_csv("Ref,Date arrested,Risk\n1,01/02/2014,Medium\n2,02/03/2016,High\n")
    assert not any(e.since for e in reply.entries)


def test_a_heading_that_states_month_first_is_obeyed() -> None:
    reply = parse_csv("Nominal,Wanted_Date (MM/DD/YYYY),Area\nA1,03/05/2014,YK\nA2,11/02/2016,SC\n")
    assert dates(reply) == ["2014-03-05", "2016-11-02"]


def test_year_months_are_not_financial_years_when_the_heading_or_the_column_says_so() -> None:
    stated = parse_csv("Ref,Month first wanted (YYYY-MM),Risk\nA,2010-11,High\nB,2011-12,Low\n")
    assert dates(stated) == ["2010-11", "2011-12"]
    column = parse_csv("Ref,Month first wanted,Risk\nA,2010-11,High\nB,2014-03,Low\n")
    assert dates(column) == ["2010-11", "2014-03"]
    years = parse_csv("Financial year,Number wanted\n2010-11,2\n2011-12,1\n")
    assert [(e.since, e.since_latest) for e in years.entries] == [("2010-04", "2011-03-31"), ("2011-04", "2012-03-31")]


def test_two_digit_financial_years_are_read_under_a_financial_year_heading_or_an_fy_mark() -> None:
    heading = parse_csv("Financial Year,Number wanted\n99/00,1\n03/04,2\n")
    assert [(e.since, e.since_latest) for e in heading.entries] == [("1999-04", "2000-03-31"), ("2003-04", "2004-03-31")]
    assert not heading.needs_review
    marked = parse_csv("Period,Number wanted\nFY 12-13,1\nFY 19-20 (to 31 Aug),2\n")
    assert [e.since for e in marked.entries] == ["2012-04", "2019-04"] and not marked.needs_review


def test_serials_stored_as_text_in_a_date_column_are_days_and_implausible_ones_are_flagged() -> None:
    text = parse_xlsx([["Nominal", "WOA issued", "Division"], ["L1", "41408", "West"], ["L2", "43466.6041666667", "East"]])
    assert dates(text) == ["2013-05-14", "2019-01-01"]
    early = parse_xlsx([["Nominal", "Wanted from", "Division"], ["L1", 41673, "West"], ["L2", 4, "East"]])
    assert early.needs_review and "unreadable date '4'" in early.review_reason


def test_excels_day_zero_is_no_date() -> None:
    reply = parse_csv("Ref,Date wanted\nA,12/03/2014\nB,00:00:00\n")
    assert (dates(reply), reply.needs_review) == (["2014-03-12", None], False)


def test_a_row_number_column_beside_does_not_stop_the_date_column() -> None:
    reply = parse_csv("No.,Circ. date,Area\n1,Sept. 2009,Ceredigion\n2,Dec.'18,Powys\n3,MAR 2016,Gwynedd\n")
    assert (dates(reply), reply.needs_review) == (["2009-09", "2016-03", "2018-12"], False)


def test_a_row_of_figures_taken_for_a_header_makes_no_date_column() -> None:
    reply = parse_csv("All years,9\n2009,4\n2013,5\n")
    assert "heading does not say so" not in (reply.review_reason or "")


def test_a_day_and_month_column_beside_a_year_column_makes_days() -> None:
    reply = parse_csv("Year,Date,NPU\n2013,05-Aug,Birmingham\n2016,14-Feb,Coventry\n2017,29-Feb,Walsall\n")
    assert dates(reply) == ["2013-08-05", "2016-02-14", None]  # 29 February 2017 never was
    assert reply.needs_review and "unreadable date" in reply.review_reason


def test_a_column_of_dates_whose_every_cell_is_day_first_or_month_first_says_which() -> None:
    us = parse_csv("CaseRef,CirculatedDate,District\nC1,3/25/2014 0:00,A\nC2,11/2/2016 0:00,B\nC3,7/4/2018 0:00,C\n")
    assert dates(us) == ["2014-03-25", "2016-11-02", "2018-07-04"]
    uk = parse_csv("CaseRef,CirculatedDate,District\nC1,25/3/2014 0:00,A\nC2,11/2/2016 0:00,B\n")
    assert dates(uk) == ["2014-03-25", "2016-02-11"]


def test_dates_as_programs_and_spreadsheets_write_them() -> None:
    typed = parse_csv('Ref,Date circulated\nB1,="01/02/2014"\nB2,="28/01/2019"\n')
    assert dates(typed) == ["2014-02-01", "2019-01-28"]
    year_first = parse_csv("Ref,Date circulated\nS1,2014.02.01\nS2,2016/03/04\n")
    assert dates(year_first) == ["2014-02-01", "2016-03-04"]
    halves = parse_csv("Half-year,Number\nH1 2015,3\nH2 2016,5\n")
    assert [(e.since, e.since_latest) for e in halves.entries] == [("2015-01", "2015-06-30"), ("2016-07", "2016-12-31")]


def test_a_programs_export_with_an_index_column_and_float_figures() -> None:
    reply = parse_csv(",year_wanted,n_rso\n0,2014.0,1.0\n1,2016.0,2.0\n2,2019.0,1.0\n")
    assert (reply.missing, [(e.since, e.count_low) for e in reply.entries]) == (4, [("2014", 1), ("2016", 2), ("2019", 1)])


def test_two_digit_years_under_a_year_heading() -> None:
    reply = parse_csv("Yr,No.\n'09,1\n11,2\nTot.,3\n")
    assert ([(e.since, e.count_low) for e in reply.entries], reply.needs_review) == ([("2009", 1), ("2011", 2)], False)


def test_a_stated_total_within_the_suppressed_rows_range_is_the_count() -> None:
    exact = parse_csv("Year,Number\n2013,<5\n2016,<5\n2018,6\nTotal,11\n")
    assert (exact.missing, exact.needs_review) == (11, False)
    assert sorted((e.count_low, e.count_high) for e in exact.entries) == [(1, 4), (1, 4), (6, 6)]  # rows keep ranges
    banded = parse_csv("Area command,RSOs wanted (whereabouts unknown)\nNorthern,<5\nCentral,5-10\nSouthern,<5\nTotal,10-15\n")
    assert (banded.missing_low, banded.missing_high) == (10, 15)


def test_a_count_row_under_a_list_of_people_is_their_total_not_a_person() -> None:
    reply = parse_csv("Ref,Wanted from\nA1,01/02/2014\nA2,03/04/2016\nCount of offenders,2\n")
    assert (reply.missing, reply.needs_review, len(reply.entries)) == (2, False, 2)


def test_a_note_that_a_person_is_believed_in_the_uk_needs_no_review() -> None:
    uk = parse_csv("Ref,Date wanted,Notes\nA,01/02/2014,Believed in UK\nB,03/04/2016,\n")
    assert (uk.missing, uk.needs_review) == (2, False)
    # a note naming a country abroad places the person there; one that only may is queried
    abroad = parse_csv("Ref,Date wanted,Notes\nA,01/02/2014,Believed in Poland\nB,03/04/2016,\n")
    assert (abroad.missing, abroad.needs_review) == (2, False)
    assert sorted(e.status for e in abroad.entries) == ["believed_abroad", "wanted"]
    maybe = parse_csv("Ref,Date wanted,Notes\nA,01/02/2014,Possibly travelled to Poland\nB,03/04/2016,\n")
    assert maybe.needs_review


def test_a_description_list_per_offender_on_a_web_page_is_a_table_of_records() -> None:
    record = "<h3>Offender {n}</h3><dl><dt>Wanted from</dt><dd>{d}</dd><dt>Believed abroad</dt><dd>{a}</dd></dl>"
    page = (
        "<html><head><title>FOI 19/1 | Kent Police</title></head><body><main><h1>Kent Police FOI KP/FOI/19/0001</h1>"
        "<p>Kent Police has three registered sex offenders recorded as wanted.</p>"
        + "".join(record.format(n=n, d=d, a=a) for n, d, a in [(1, "Feb '14", "No"), (2, "Sept. '09", "No"), (3, "Nov 2017", "Yes")])
        + "</main></body></html>"
    )
    reply = parse_document(read_document(page.encode(), "reply.html"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2009-09", "wanted"), ("2014-02", "wanted"), ("2017-11", "believed_abroad")
    ]


def test_a_data_row_with_one_year_and_a_dash_is_not_taken_for_a_header_of_years() -> None:
    reply = parse_csv("Year,Number\n2015,Nil\n2016,None\n2017,-\n2018,One\n2019,Nil\nTotal,One\n")
    assert reply.missing == 1 and [e.since for e in reply.entries] == ["2018"]


def test_a_slip_in_a_long_month_name_is_read_and_a_short_name_is_never_guessed() -> None:
    slips = parse_csv("Ref,Date wanted\nA,14th Febuary 2014\nB,3 Septmber 2016\nC,Decmber 2018\n")
    assert (dates(slips), slips.needs_review) == (["2014-02-14", "2016-09-03", "2018-12"], False)
    short = parse_csv("Ref,Date wanted\nA,Jnue 2014\nB,3 March 2016\n")
    assert short.needs_review and "unreadable date 'Jnue 2014'" in short.review_reason


def test_a_date_heading_over_cells_no_rule_reads_is_flagged_not_ignored() -> None:
    reply = parse_csv("PNC ID,PNC WU date,Division\nA1,1-FB-14,East\nA2,17-NV-15,West\n")
    # ("WU", whereabouts unknown, makes it the column of dates: each cell that does not read as one is queried)
    assert reply.needs_review and "unreadable date '1-FB-14'" in reply.review_reason
    unnamed = parse_csv("PNC ID,PNC date,Division\nA1,1-FB-14,East\nA2,17-NV-15,West\n")
    assert unnamed.needs_review and "not every cell reads as a date" in unnamed.review_reason


def test_a_filled_end_date_means_that_person_is_no_longer_counted() -> None:
    wanted_to = parse_csv("OCC_REF,WANTED_FROM,WANTED_TO\nA1,2016-03-08,\nA2,2018-06-14,2019-02-01\nA3,2019-09-22,\n")
    assert (dates(wanted_to), wanted_to.needs_review) == (["2016-03-08", "2019-09-22"], False)
    assert any("were not counted" in w for w in wanted_to.warnings)
    located = parse_csv("Ref,Date WU,Date located\nA1,01/02/2014,\nA2,02/03/2016,14/01/2017\nA3,05/06/2018,N/A\n")
    assert (dates(located), located.needs_review) == (["2014-02-01", "2018-06-05"], False)


def test_an_end_date_column_holding_something_other_than_a_date_is_flagged() -> None:
    reply = parse_csv("Ref,Wanted from,Date cancelled\nA1,01/02/2014,\nA2,02/03/2016,see note\n")
    assert reply.needs_review and "is this person still missing?" in reply.review_reason


def test_a_status_or_position_cell_saying_the_case_ended_means_that_person_is_not_counted() -> None:
    position = parse_csv(
        "Ref,Date circulated,Current position\nN1,11/05/2013,Outstanding\nN2,06/09/2015,Traced - in custody\n"
        "N3,29/02/2016,Outstanding\nN4,14/03/2019,Traced - deceased\n"
    )
    assert (dates(position), position.needs_review) == (["2013-05-11", "2016-02-29"], False)
    assert any("were not counted" in w for w in position.warnings)
    status_at = parse_csv("Ref,WU from,Status at 12/01/2026\nW1,14/08/2017,WU\nW2,06/02/2023,Located 03/01/2026\nW3,30/09/2025,WU - abroad (Poland)\n")
    assert dates(status_at) == ["2017-08-14", "2025-09-30"]
    assert sorted(e.status for e in status_at.entries) == ["believed_abroad", "wanted"]
    bare = parse_csv("Ref,Date WU,Status\nA1,01/02/2014,Wanted\nA2,02/03/2016,Traced\n")
    assert (dates(bare), bare.needs_review) == (["2014-02-01"], False)


def test_a_status_cell_that_only_mentions_being_found_is_flagged_not_dropped() -> None:
    reply = parse_csv("Ref,Date WU,Status\nA1,01/02/2014,Wanted\nA2,02/03/2016,Not yet located\nA3,05/06/2018,Located - believed in Spain\n")
    assert len(reply.entries) == 3 and reply.needs_review


def test_a_believed_abroad_column_splits_the_counts_whatever_the_rows_are() -> None:
    reply = parse_csv(
        "Offence group,Wanted (UK),Believed abroad,Total\nRape,2,1,3\nSexual activity with a child under 13,1,0,1\n"
        "Indecent images,1,1,2\nTotal,4,2,6\n"
    )
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.status, e.count_low) for e in reply.entries) == [
        ("believed_abroad", 1), ("believed_abroad", 1), ("wanted", 1), ("wanted", 1), ("wanted", 2)
    ]


def test_a_status_split_table_with_a_row_of_another_population_is_not_read_as_the_missing() -> None:
    reply = parse_csv("Area,Wanted (UK),Believed abroad\nNorth,2,1\nIn custody,1,0\n")
    assert reply.missing != 3 or reply.needs_review


def test_columns_are_known_by_what_they_hold_compact_dates_and_an_abroad_location() -> None:
    reply = parse_csv("URN,WU_DATE,LOC\nS1,20190411,UK\nS2,20211230,ABROAD - SPAIN\nS3,20240701,UK\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [(e.since, e.status) for e in sorted(reply.entries, key=lambda e: e.since)] == [
        ("2019-04-11", "wanted"), ("2021-12-30", "believed_abroad"), ("2024-07-01", "wanted")
    ]
    # Eight digits that are no day of the calendar are not read as one.
    odd = parse_csv("URN,WU_DATE\nS1,20191341\nS2,20211230\n")
    assert odd.needs_review


def test_day_month_and_year_columns_make_one_date_a_row() -> None:
    # A list of people dated in three columns: the day is no count, and a blank day leaves the month.
    reply = parse_xlsx([
        ["Ref", "Day", "Month", "Year", "Location"],
        ["P1", 17, "June", 2013, "UK"],
        ["P2", None, "February", 2015, "UK"],
        ["P3", 9, "October", 2016, "Overseas"],
    ])
    assert (reply.missing, reply.needs_review) == (3, False)
    assert dates(reply) == ["2013-06-17", "2015-02", "2016-10-09"]
    assert sorted(e.status for e in reply.entries) == ["believed_abroad", "wanted", "wanted"]


def test_numbered_people_with_their_dates_in_day_month_year_columns() -> None:
    # Months as numbers and the people numbered 1, 2, 3 under "Case": neither is a count.
    reply = parse_csv("Case,Day,Month,Year\n1,5,08,2012\n2,23,01,2014\n3,11,12,2017\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert dates(reply) == ["2012-08-05", "2014-01-23", "2017-12-11"]


def test_a_column_of_weeks_outstanding_counts_back_from_the_day_its_heading_gives() -> None:
    # Weeks are how long, never how many: each row is one person, dated to the month the weeks point back to.
    reply = parse_csv("Person,Weeks outstanding (as at 14/05/2021),Location\nX,4,Not known\nY,40,Not known\nZ,100,Abroad\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert dates(reply) == ["2019-06", "2020-08", "2021-04"]


def test_weeks_beside_a_month_date_a_row_whose_month_was_not_recorded() -> None:
    reply = parse_csv("Month wanted,Weeks outstanding at 01/06/2018\nOct 2017,34\n(not recorded),60\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert dates(reply) == ["2017-04", "2017-10"]


def test_weeks_with_no_date_to_count_back_from_are_queried() -> None:
    reply = parse_csv("Ref,Weeks missing\nA1,12\nA2,30\n")
    assert (reply.missing, reply.needs_review) == (2, True)
    assert "no date to count back from" in reply.review_reason


def test_a_bilingual_location_cell_reads_by_either_half() -> None:
    reply = parse_csv("Cyf / Ref,Dyddiad / Date wanted,Lleoliad / Location\nR1,03/04/2016,Tramor / Abroad\nR2,11/09/2018,Anhysbys / Unknown\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.status for e in reply.entries) == ["believed_abroad", "wanted"]


def test_a_list_of_people_turned_on_its_side_is_read_a_person_a_column() -> None:
    reply = parse_xlsx([
        [None, "Subject A", "Subject B", "Subject C"],
        ["Date circulated", "14/02/2013", "02/09/2015", "27/11/2017"],
        ["Status", "Wanted", "Missing", "Wanted"],
    ])
    assert (reply.missing, reply.needs_review) == (3, False)
    assert dates(reply) == ["2013-02-14", "2015-09-02", "2017-11-27"]
    assert sorted(e.status for e in reply.entries) == ["missing", "wanted", "wanted"]


def test_years_under_a_day_of_the_year_are_figures_standing_on_that_day() -> None:
    # "30 June" over the years: how many were missing on that day of each year, not how many went missing in it.
    reply = parse_csv("30 June,2016,2017,2018\nWhereabouts unknown,3,5,2\n")
    assert reply.needs_review and "snapshots" in reply.review_reason


def test_a_count_column_with_months_before_recording_began_is_no_list_of_people() -> None:
    # "n/a" cells (no figure kept then) must not turn a column of counts into a column of people, one per month
    reply = parse_csv("Month,Wanted\nJan 2022,n/a\nFeb 2022,n/a\nMar 2022,2\nApr 2022,1\n")
    assert [(e.since, e.count_low) for e in reply.entries] == [("2022-03", 2), ("2022-04", 1)]
    assert reply.needs_review and "'n/a'" in reply.review_reason


def test_violent_offenders_rows_are_not_counted_with_the_sex_offenders() -> None:
    categories = parse_csv("Offender category,Number\nRSO - whereabouts unknown,6\nVO - whereabouts unknown,3\n")
    assert (categories.missing, categories.needs_review) == (6, False)
    split = parse_csv("Offender type,Whereabouts unknown,of which believed abroad\nRegistered sex offender,4,1\n"
                      "Violent offender,2,0\nTotal,6,1\n")
    assert (split.missing, sorted((e.status, e.count_low) for e in split.entries)) == (4, [("believed_abroad", 1), ("wanted", 3)])


def test_a_person_whose_whereabouts_are_now_known_is_not_counted() -> None:
    reply = parse_csv("ID,Wanted since,Status\nK1,03/02/2017,Whereabouts unknown\nK2,14/04/2022,Whereabouts now known - "
                      "awaiting arrest\nK3,08/07/2022,Whereabouts known - summons issued\n")
    assert (reply.missing, dates(reply)) == (1, ["2017-02-03"])


def test_a_total_counting_a_row_not_of_the_missing_among_believed_locations_is_queried() -> None:
    reply = parse_csv("\"Registered sex offenders wanted as their whereabouts are unknown, by believed location\"\n"
                      "Believed location,Number of RSOs\nUK - address unknown,4\nAbroad,3\nBelieved deceased,1\nTotal,8\n")
    assert reply.missing == 7 and reply.needs_review and "Believed deceased" in reply.review_reason


def test_a_two_row_heading_keeps_its_statuses_beside_a_total_column() -> None:
    # the second heading row ends early, as a CSV row drops its empty cells
    reply = parse_csv("Year,Whereabouts unknown,Whereabouts unknown,Total\n,Wanted,Missing\n2011,1,0,1\n2014,2,1,3\nTotal,3,1,4\n")
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2011", "wanted", 1), ("2014", "missing", 1), ("2014", "wanted", 2)]


def test_a_returned_template_is_read_from_the_forces_row_alone_and_its_date_of_figures_dates_no_one() -> None:
    reply = parse_csv("Force,Number wanted - whereabouts unknown,of which believed abroad,Date of figures\n"
                      "Example Police (delete this row),12,3,01/03/2019\nKent Police,5,1,21/03/2019\n")
    assert (reply.missing, sorted((e.since, e.status, e.count_low) for e in reply.entries)) == (
        5, [(None, "believed_abroad", 1), (None, "wanted", 4)])


def test_a_count_at_each_of_several_days_is_a_series_of_snapshots() -> None:
    reply = parse_csv("Force,Wanted at 01/03/2012,Wanted at 01/03/2013,Wanted at 01/03/2014\nKent Police,7,6,5\n")
    assert reply.needs_review and "snapshots" in reply.review_reason


def test_a_heading_written_once_over_two_columns_heads_both() -> None:
    reply = parse_csv("Year,Whereabouts unknown,,Total\n,Wanted,Missing\n2011,1,0,1\n2013,0,1,1\nTotal,1,1,2\n")
    assert sorted((e.since, e.status) for e in reply.entries) == [("2011", "wanted"), ("2013", "missing")]


def test_one_row_of_status_columns_with_no_label_column_counts_every_status() -> None:
    reply = parse_csv("Wanted,Missing,Believed abroad,Total\n3,1,2,6\n")
    assert (reply.missing, sorted((e.status, e.count_low) for e in reply.entries)) == (
        6, [("believed_abroad", 2), ("missing", 1), ("wanted", 3)])


def test_one_row_for_the_year_the_figures_stand_in_is_queried() -> None:
    reply = parse_csv("Figures as at 01/03/2019\nYear,Wanted - whereabouts unknown\n2019,5\n")
    assert reply.missing == 5 and reply.needs_review and "the year they stand in" in reply.review_reason
    earlier = parse_csv("Figures as at 01/03/2019\nYear,Wanted - whereabouts unknown\n2016,5\n")
    assert not earlier.needs_review
