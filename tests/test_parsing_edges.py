"""Edge cases that once read silently wrong: each must now read right or be flagged."""

from __future__ import annotations

import datetime as dt

from foi_tally.parsers import parse_document, parse_replies
from foi_tally.readers import read_document


def parse_text(text: str, name: str = "reply.txt"):  # type: ignore[no-untyped-def]
    return parse_document(read_document(text.encode("utf-8"), name))


HEAD = "Kent Police\nFreedom of Information Office\nOur reference: KP/FOI/15/0001\n10 February 2015\nDear Requester\n"
TAIL = "\nYours sincerely\nA. Clerk\nFreedom of Information Office\nKent Police\n"
#: The same letter sent later, for replies naming dates after HEAD's (a date after the figures' date is queried).
LATER_HEAD = HEAD.replace("10 February 2015", "10 February 2025")


def _each_force(text: str, name: str = "reply.txt") -> list[tuple[str | None, int | None, bool]]:
    """Each reply a letter is read as, as (force, missing, needs_review), sorted: a joint letter's forces apart."""
    return sorted((r.force, r.missing, r.needs_review) for r in parse_replies(read_document(text.encode(), name)))


def _statuses(reply):  # type: ignore[no-untyped-def]
    """The reply's entries as (status, count) pairs, sorted."""
    return sorted((e.status, e.count_low) for e in reply.entries)


def _word_reply(paragraphs: list[str], rows: list[tuple[str, ...]]):  # type: ignore[no-untyped-def]
    """A Word letter of these paragraphs and then one table of these rows, parsed."""
    import io

    import docx

    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    word.save(out)
    return parse_document(read_document(out.getvalue(), "kent.docx"))


def test_an_answer_on_the_same_line_as_your_request_is_read() -> None:
    reply = parse_text(HEAD + "Your request for information has been considered. As at 9 February 2015, 7 registered "
                       "sex offenders were recorded as wanted because their whereabouts are unknown. Of these, 2 are "
                       "believed to be abroad." + TAIL)
    assert (reply.status, reply.missing, reply.as_of, reply.needs_review) == ("answered", 7, "2015-02-09", False)
    assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 5)]


def test_a_lone_believed_abroad_figure_is_not_taken_for_the_total() -> None:
    reply = parse_text(HEAD + "Of the offenders we are looking for, 2 are believed to be living abroad." + TAIL)
    assert reply.needs_review
    assert "only a 'believed abroad' figure" in reply.review_reason


def test_a_note_row_beside_a_table_is_not_a_person() -> None:
    csv_text = (
        "Kent Police FOI KP/FOI/15/0002\n"
        "Ref,Date wanted,Offence\n"
        "K1,02/11/2010,Sexual assault\n"
        "K2,28/04/2014,Voyeurism\n"
        "Figures as at,17/02/2015\n"
    )
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.as_of, reply.needs_review) == (2, "2015-02-17", False)


def test_a_section_named_in_a_negative_is_not_an_exemption() -> None:
    reply = parse_text(HEAD + "There are currently 3 registered sex offenders recorded as wanted because their "
                       "whereabouts are unknown. The information is held under section 10 of the Act, and the cost "
                       "limit set by section 12 was not reached." + TAIL)
    assert (reply.status, reply.exemptions, reply.missing) == ("answered", (), 3)


def test_a_total_wrapped_over_short_lines_is_still_read() -> None:
    reply = parse_text(HEAD + "There are currently 11 registered sex\noffenders recorded as wanted\nbecause "
                       "their whereabouts are\nunknown." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 11, False)


def test_a_damaged_row_that_looks_like_years_does_not_become_the_header() -> None:
    csv_text = "Suffolk Constabulary FOI F-2015-00001\nYear wanted,Number of RSOs\n2007,1\n2011,1,2013,1\n2014,2\n"
    reply = parse_document(read_document(csv_text.encode(), "suffolk.csv"))
    assert reply.layout == "counts_by_year"
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2007", 1), ("2011", 1), ("2014", 2)]


def test_a_pdf_tables_rows_restated_in_its_text_are_not_read_again_as_sentences() -> None:
    from foi_tally.document import Cell, Line, Table
    from foi_tally.layouts.common import Finding
    from foi_tally.parsers.base import _not_table_rows
    from foi_tally.records import Locator, MissingEntry

    def table(locator: Locator) -> Table:
        rows = [("Ref", "Missing since"), ("RSO-1", "12/03/2010"), ("RSO-2", "  2012 ")]
        return Table(tuple(tuple(Cell(v, locator) for v in row) for row in rows), locator)

    lines = [Line(t, Locator("a.pdf", page=1, line=n)) for n, t in enumerate(
        ["As at 1 March 2015, 2 RSOs were wanted.", "Ref Missing since", "RSO-1  12/03/2010", "RSO-2 2012",
         "RSO-2 2012 (located since)"], start=1)]
    entries = [MissingEntry("2010-03-12", "day", 1, 1, "wanted", Locator("a.pdf", page=1), "RSO-1 | 12/03/2010")]
    on_page = Finding(layout="table_of_individuals", table=table(Locator("a.pdf", page=1)), entries=entries)
    kept = _not_table_rows(lines, [on_page])
    assert [line.text for line in kept] == ["As at 1 March 2015, 2 RSOs were wanted.", "RSO-2 2012 (located since)"]
    # A table whose figures do not stand (none read from it) leaves the prose all its lines.
    no_figures = Finding(layout="table_of_individuals", table=table(Locator("a.pdf", page=1)))
    assert _not_table_rows(lines, [no_figures]) == lines
    # A spreadsheet's tables are not in its lines: nothing is dropped for them.
    in_sheet = Finding(layout="table_of_individuals", table=table(Locator("a.xlsx", sheet="Data")), entries=entries)
    assert _not_table_rows(lines, [in_sheet]) == lines


SIDE_BY_SIDE_HEAD = "Kent Police FOI KP/FOI/15/0004\nRSOs wanted - whereabouts unknown, by year first wanted\n"


def test_a_table_printed_in_runs_side_by_side_is_read_run_after_run() -> None:
    csv_text = SIDE_BY_SIDE_HEAD + "Year,Number,,Year,Number\n2005,3,,2010,4\n2006,1,,2011,2\n2007,0,,2012,1\n,,,Total,11\n"
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (11, False)
    assert [(e.since, e.count_low, e.locator.column) for e in reply.entries] == [
        ("2005", 3, "B"), ("2006", 1, "B"), ("2010", 4, "E"), ("2011", 2, "E"), ("2012", 1, "E"),
    ]


def test_people_listed_in_runs_side_by_side_are_each_counted() -> None:
    csv_text = SIDE_BY_SIDE_HEAD + (
        "Ref,Date wanted,Ref,Date wanted\nK1,02/11/2010,K4,01/01/2013\nK2,03/03/2011,K5,05/05/2014\nK3,04/04/2012,,\n"
    )
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.layout, reply.needs_review) == (5, "table_of_individuals", False)


def test_a_total_under_each_side_by_side_run_is_not_taken_for_the_whole() -> None:
    csv_text = SIDE_BY_SIDE_HEAD + "Year,Number,Year,Number\n2005,3,2010,4\n2006,1,2011,2\nTotal,4,Total,6\n"
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert reply.needs_review  # two totals, each of a part: a person adds them up


def _sheet_with_a_hidden_row(total: int | None) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Wanted"
    sheet.append(["Kent Police - RSOs whose whereabouts are unknown (FOI KP/FOI/15/0003)"])
    sheet.append(["Ref", "Date wanted", "Risk"])
    for ref, when in [("K1", "02/11/2010"), ("K2", "28/04/2014"), ("K3", "13/01/2015")]:
        sheet.append([ref, when, "High"])
    sheet.row_dimensions[4].hidden = True  # K2
    if total is not None:
        sheet.append(["Total", total])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_hidden_rows_beside_the_people_counted_are_flagged_unless_a_total_confirms_the_count() -> None:
    alone = parse_document(read_document(_sheet_with_a_hidden_row(None), "kent.xlsx"))
    assert (alone.missing, alone.needs_review) == (2, True)
    assert "hidden rows" in alone.review_reason
    confirmed = parse_document(read_document(_sheet_with_a_hidden_row(2), "kent.xlsx"))
    assert (confirmed.missing, confirmed.needs_review) == (2, False)
    contradicted = parse_document(read_document(_sheet_with_a_hidden_row(3), "kent.xlsx"))
    assert contradicted.needs_review


def test_a_suppressed_row_is_narrowed_by_the_replys_own_total() -> None:
    head = "Kent Police FOI KP/FOI/15/0005\nRSOs wanted - whereabouts unknown, by year first wanted\nYear,Number\n"
    one = parse_document(read_document((head + "2012,20\n2013,25\n2014,*\nTotal,47\n* denotes fewer than 5\n").encode(), "k.csv"))
    assert (one.missing, one.needs_review) == (47, False)
    assert [(e.count_low, e.count_high, e.method) for e in one.entries][-1] == (2, 2, "narrowed_by_total")
    two = parse_document(read_document((head + "2012,20\n2013,*\n2014,*\nTotal,24\n* denotes fewer than 5\n").encode(), "k.csv"))
    assert (two.missing_low, two.missing_high) == (24, 24)  # the exact total wins over the rows' 22-26...
    assert [(e.count_low, e.count_high) for e in two.entries][1:] == [(1, 3), (1, 3)]  # ...each "*" 1-3: never guessed
    alone = parse_document(read_document((head + "2012,20\n2013,25\n2014,*\n* denotes fewer than 5\n").encode(), "k.csv"))
    assert (alone.missing_low, alone.missing_high) == (46, 49)


def test_figures_said_in_other_common_forms_are_read() -> None:
    of_whom = parse_text(HEAD + "Kent Police currently manages 712 registered sex offenders, nine of whom are recorded "
                         "as wanted because their whereabouts are unknown." + TAIL)
    assert (of_whom.missing, of_whom.needs_review) == (9, False)
    past = parse_text(HEAD + "When the system was searched, 10 were recorded as wanted because their whereabouts are "
                      "unknown." + TAIL)
    assert past.missing == 10
    answer = parse_text(HEAD + "You asked how many RSOs are wanted because their whereabouts are unknown. The answer "
                        "to your question is 3." + TAIL)
    assert answer.missing == 3
    such = parse_text(HEAD + "You asked about RSOs who are circulated as wanted because their whereabouts are unknown. "
                      "At the time of the search there were 6 such individuals." + TAIL)
    assert such.missing == 6


def test_all_offenders_accounted_for_is_a_nil_return_even_beside_not_held() -> None:
    reply = parse_text(HEAD + "We do not hold any records of registered sex offenders whose whereabouts are unknown, as "
                       "all registered sex offenders in the county are currently accounted for." + TAIL)
    assert (reply.status, reply.missing, reply.layout) == ("answered", 0, "nil_return")


def test_a_refusal_beside_a_figure_about_the_missing_that_no_rule_reads_is_flagged() -> None:
    reply = parse_text(HEAD + "The dates are exempt under section 40(2). Offenders whose whereabouts are unknown "
                       "numbered 8 when we checked." + TAIL)
    assert reply.status == "refused" and reply.needs_review
    assert "gives a figure about the missing" in reply.review_reason
    national = parse_text(HEAD + "The information is exempt under section 31. Nationally, around 400 registered sex "
                          "offenders are wanted, according to the National Crime Agency." + TAIL)
    assert national.status == "refused" and not national.needs_review  # another scope's figure, not the answer


def _csv_reply(body: str):  # type: ignore[no-untyped-def]
    return parse_document(read_document(("Kent Police FOI KP/FOI/15/0006\n" + body).encode(), "kent.csv"))


def _by_status(reply) -> dict[str, int]:  # type: ignore[no-untyped-def]
    totals: dict[str, int] = {}
    for e in reply.entries:
        totals[e.status] = totals.get(e.status, 0) + e.count_low
    return totals


def test_a_column_for_each_status_keeps_the_statuses_apart_and_checks_the_total_column() -> None:
    reply = _csv_reply("Year,Wanted,Missing,Total\n2012,2,1,3\n2014,2,1,3\nTotal,4,2,6\n")
    assert (reply.missing, reply.needs_review, _by_status(reply)) == (6, False, {"wanted": 4, "missing": 2})
    abroad = _csv_reply("Year,In the UK,Believed abroad,Total\n2013,3,1,4\n2015,2,0,2\n")
    assert (abroad.missing, _by_status(abroad)) == (6, {"wanted": 5, "believed_abroad": 1})
    wrong = _csv_reply("Year,Wanted,Missing,Total\n2012,2,1,4\n")
    assert wrong.needs_review  # the row's own total disagrees with its parts


def test_years_across_with_a_row_for_each_status_keep_the_statuses_apart() -> None:
    reply = _csv_reply("Status,2013,2014,2015,Total\nWanted,1,3,2,6\nMissing,0,1,1,2\nTotal,1,4,3,8\n")
    assert (reply.missing, _by_status(reply)) == (8, {"wanted": 6, "missing": 2})
    risks = _csv_reply("Risk,2013,2014,Total\nHigh,1,1,2\nLow,2,0,2\nTotal,3,1,4\n")
    assert _by_status(risks) == {"wanted": 4}  # risk levels are not statuses


def test_an_of_whom_abroad_row_splits_the_category_above_it() -> None:
    reply = _csv_reply("Category,Number\nRSOs wanted - whereabouts unknown,14\n   of whom believed abroad,5\n")
    assert (reply.missing, _by_status(reply)) == (14, {"wanted": 9, "believed_abroad": 5})


def test_a_status_column_saying_missing_keeps_that_status() -> None:
    reply = _csv_reply("Ref,Status,Date wanted\nK1,Wanted,01/02/2011\nK2,Missing,07/07/2012\nK3,Believed abroad,03/03/2013\n")
    assert _by_status(reply) == {"wanted": 1, "missing": 1, "believed_abroad": 1}


def test_an_abroad_share_that_cannot_be_placed_among_dated_figures_is_flagged() -> None:
    reply = parse_text(HEAD + "Three registered sex offenders are wanted because their whereabouts are unknown. One "
                       "went missing in 2009 and two went missing in 2013. Of these, one is believed to be abroad." + TAIL)
    assert reply.missing == 3 and reply.needs_review
    assert "1 is believed abroad" in reply.review_reason


def test_counts_by_quarter_keep_each_quarter_as_a_span() -> None:
    reply = _csv_reply("Quarter first wanted,RSOs wanted\nQ1 2013,1\n2014 Q3,2\nTotal,3\n")
    assert (reply.missing, reply.layout, reply.needs_review) == (3, "counts_by_year", False)
    assert [(e.since, e.since_latest, e.count_low) for e in reply.entries] == [
        ("2013-01", "2013-03-31", 1), ("2014-07", "2014-09-30", 2),
    ]


def test_a_table_with_no_header_row_is_read_by_its_caption() -> None:
    text = ("Kent Police FOI KP/FOI/15/0007\nRSOs wanted because whereabouts unknown, by year first wanted\n\n"
            "2010\t1\n2013\t1\n2015\t2\nTotal\t4\n")
    reply = parse_document(read_document(text.encode(), "kent.txt"))
    assert (reply.missing, reply.layout, reply.needs_review) == (4, "counts_by_year", False)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2010", 1), ("2013", 1), ("2015", 2)]
    other = ("Kent Police FOI KP/FOI/15/0007\nBreaches of notification requirements by year\n\n"
             "2010\t11\n2013\t12\n2015\t9\nTotal\t32\n")
    assert parse_document(read_document(other.encode(), "kent.txt")).missing != 32  # not a table of the missing


def test_financial_years_in_a_table_are_their_april_to_march_spans() -> None:
    reply = _csv_reply("Financial year first wanted,Number wanted\n2019/20,2\n2021/22,1\nTotal,3\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [(e.since, e.since_latest) for e in reply.entries] == [("2019-04", "2020-03-31"), ("2021-04", "2022-03-31")]


def test_a_null_date_is_unknown_and_a_ruled_line_is_no_row() -> None:
    nulls = _csv_reply("Ref,Date wanted\nK1,NULL\nK2,03/03/2011\n")
    assert (nulls.missing, nulls.needs_review) == (2, False)
    ruled = parse_document(read_document(
        b"Kent Police FOI KP/FOI/15/0008\n\n| Year first wanted | Number wanted |\n|---|---:|\n| 2012 | 2 |\n| 2014 | 1 |\n",
        "kent.txt",
    ))
    assert (ruled.missing, ruled.needs_review) == (3, False)


def test_a_date_merged_down_over_several_rows_dates_each_of_them() -> None:
    page = (
        "<html><body><h1>Kent Police</h1><p>FOI KP/FOI/15/0009: registered sex offenders wanted because their "
        "whereabouts are unknown.</p><table><tr><th>Year first wanted</th><th>Risk</th><th>Number</th></tr>"
        "<tr><td rowspan='2'>2019</td><td>High</td><td>1</td></tr><tr><td>Medium</td><td>2</td></tr>"
        "<tr><td>2021</td><td>Low</td><td>1</td></tr></table></body></html>"
    )
    reply = parse_document(read_document(page.encode(), "kent.html"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2019", 1), ("2019", 2), ("2021", 1)]


def test_other_neither_confirm_nor_deny_wordings_are_ncnd_and_its_caveat_is_not_not_held() -> None:
    duty = parse_text(HEAD + "The duty to confirm or deny does not arise by virtue of sections 30(3) and 31(3). This "
                      "should not be taken as an indication that the information you requested is or is not held." + TAIL)
    assert duty.status == "ncnd"
    reveal = parse_text(HEAD + "In terms of section 18 of the Act, the force refuses to reveal whether the information "
                        "you requested exists or is held." + TAIL)
    assert reveal.status == "ncnd"


def test_a_plural_noun_is_not_an_individuals_label() -> None:
    reply = parse_text(HEAD + "We do not record whether an offender's whereabouts are unknown. Offenders who breach "
                       "their notification requirements are dealt with as breaches, and we recorded 41 such "
                       "breaches in 2018. Therefore no information is held." + TAIL)
    assert reply.status == "not_held" and not reply.entries


def test_a_figure_said_of_the_request_quoted_below_the_reply_is_read() -> None:
    mail = (
        "From: FOI <foi@kent.police.uk>\nTo: Sam <sam@example.com>\nSubject: RE: FOI request\n"
        "Date: Mon, 07 Mar 2016 10:00:00 +0000\nContent-Type: text/plain\n\n"
        "Dear Sam\nKent Police FOI KP/FOI/16/0100. The number is 3, as at 01/03/2016.\nRegards\nKent Police\n\n"
        "From: Sam <sam@example.com>\nSent: 15 February 2016 09:11\nTo: FOI\nSubject: FOI request\n\n"
        "How many RSOs are currently wanted because their whereabouts are unknown? Another force told me 14.\n"
    )
    reply = parse_document(read_document(mail.encode(), "kent.eml"))
    assert (reply.missing, reply.needs_review) == (3, False)


def test_html_mail_keeps_numbers_split_by_inline_tags_and_table_rows_split_by_cell_paragraphs() -> None:
    from foi_tally.readers.email import html_to_text

    assert html_to_text("<p>We had <b>1</b><b>4</b> RSOs wanted.</p>") == "We had 14 RSOs wanted."
    table = "<table><tr><td><p>Year</p></td><td><p>Number</p></td></tr><tr><td><p>2014</p></td><td><p>2</p></td></tr></table>"
    rows = [[cell.strip() for cell in line.split("\t") if cell.strip()] for line in html_to_text(table).split("\n")]
    assert rows == [["Year", "Number"], ["2014", "2"]]


def test_numbers_that_describe_each_person_are_not_added_up() -> None:
    reply = _csv_reply("Year wanted,Age,MAPPA category\n2011,48,1\n2014,36,2\n2017,47,1\n")
    assert reply.missing != 131 and (reply.missing == 3 or reply.needs_review)


def test_subtotal_rows_are_not_rows_of_data() -> None:
    reply = _csv_reply("Year first wanted,Number wanted\n2012,1\n2016,2\nNorth sub-total,3\n2018,1\n2019,2\n"
                       "South sub-total,3\nForce total,6\n")
    assert (reply.missing, reply.needs_review) == (6, False)


def test_a_still_wanted_column_is_the_count_and_an_of_which_column_splits_it() -> None:
    still = _csv_reply("Year,Circulated as wanted,Still wanted\n2016,9,1\n2018,8,1\n2019,10,3\n")
    assert still.missing == 5
    part = _csv_reply("Year first wanted,Number wanted,Of which believed abroad\n2014,3,1\n2019,3,1\n")
    assert (part.missing, _by_status(part)) == (6, {"wanted": 4, "believed_abroad": 2})


def test_a_status_column_beside_counts_by_year_gives_each_row_its_status() -> None:
    reply = _csv_reply("Status,Year,Count\nWanted,2014,2\nMISPER,2016,1\nWanted - believed abroad,2018,2\n")
    assert _by_status(reply) == {"wanted": 2, "missing": 1, "believed_abroad": 2}


def test_a_note_saying_a_person_was_found_or_went_abroad_is_queried() -> None:
    reply = _csv_reply("Ref,Date wanted,Notes\nK1,02/02/2012,\nK2,05/05/2015,Traced and arrested 10/10/2019\n")
    assert reply.needs_review and "Traced and arrested" in reply.review_reason


def test_database_null_dates_are_unknown_and_dates_after_the_as_at_date_are_queried() -> None:
    nulls = _csv_reply("Ref,Date wanted\nK1,01/01/1900\nK2,03/03/2011\n")
    assert (nulls.missing, nulls.needs_review) == (2, False)
    assert sorted(e.since or "" for e in nulls.entries) == ["", "2011-03-03"]
    future = _csv_reply("Figures as at,01/11/2019\nRef,Date wanted\nK1,06/06/2011\nK2,01/12/2019\n")
    assert future.needs_review


def test_snapshot_columns_headed_by_dates_are_not_added_up() -> None:
    reply = _csv_reply("Year first wanted,31/10/2018,31/10/2019\n2011,1,1\n2014,2,0\n2019,0,2\n")
    assert reply.needs_review


def test_a_believed_abroad_figure_beside_a_plain_wanted_one_is_queried() -> None:
    reply = _csv_reply("Number of RSOs wanted,6\nNumber believed abroad,1\nNumber managed,\"1,234\"\n")
    assert reply.needs_review


def test_two_tables_of_one_kind_with_different_rows_are_queried() -> None:
    reply = _csv_reply("Ref,Date wanted\nK1,10/10/2010\nK2,25/03/2013\nK3,04/07/2015\n\n\n\nRef,Date wanted\n"
                       "K4,19/01/2017\nK5,05/05/2018\nK6,09/09/2019\n")
    assert reply.needs_review


def test_figures_besides_the_total_are_queried() -> None:
    addition = parse_text(HEAD + "We currently have 4 RSOs being traced within the UK whose whereabouts are unknown. In "
                          "addition, 2 RSOs are believed to be living overseas." + TAIL)
    assert addition.needs_review
    excluded = parse_text(HEAD + "There are 5 registered sex offenders wanted because their whereabouts are unknown. This "
                          "figure does not include 3 RSOs who are believed to be abroad." + TAIL)
    assert excluded.needs_review
    one_more = parse_text(HEAD + "Kent Police has 3 RSOs who are wanted because their whereabouts are unknown. A further "
                          "RSO is listed as a missing person." + TAIL)
    assert one_more.needs_review
    # Two statuses counted apart are the two parts of the whole, each kept.
    others = parse_text(HEAD + "Three RSOs are circulated as wanted and two others are recorded as missing." + TAIL)
    assert (others.missing, others.needs_review) == (5, False)
    assert _statuses(others) == [("missing", 2), ("wanted", 3)]


def test_an_earlier_figure_is_not_taken_for_todays() -> None:
    reply = parse_text(HEAD + "The number of registered sex offenders wanted because their whereabouts are unknown has "
                       "fallen over the past year. Twelve months ago the figure was 19; it is now 14." + TAIL)
    assert reply.missing == 14 or reply.needs_review
    assert reply.missing != 19


def test_a_date_of_death_is_not_a_date_of_going_missing() -> None:
    reply = parse_text(HEAD + "Seven RSOs are wanted because their whereabouts are unknown. Of the seven, one is believed "
                       "to have died in 2017 but remains circulated as wanted until his death is confirmed." + TAIL)
    assert reply.missing == 7 and all(e.since is None for e in reply.entries)


def test_all_of_them_dated_mid_sentence_take_the_whole_total() -> None:
    reply = parse_text(HEAD + "There are two RSOs recorded as wanted because their whereabouts are unknown, both of whom "
                       "have been wanted since March 2014." + TAIL)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2014-03", 2)]


def test_pairs_said_respectively_and_a_series_of_snapshots_are_queried() -> None:
    pairs = parse_text(HEAD + "Six RSOs are wanted. Two, one and three went missing in 2013, 2015 and 2018 respectively."
                       + TAIL)
    assert pairs.needs_review
    series = parse_text(HEAD + "The number of RSOs whose whereabouts were unknown at the same point in each of the last "
                        "three years was:\nJanuary 2017 - 8;\nJanuary 2018 - 6;\nJanuary 2019 - 5." + TAIL)
    assert series.needs_review


def test_a_figure_said_without_saying_of_whom_is_queried_when_it_is_not_the_count() -> None:
    reply = parse_text(HEAD + "You asked how many RSOs are wanted. I can confirm there are four. Two of them have been "
                       "missing since 2015. The dates for the other two are withheld under section 40(2)." + TAIL)
    assert reply.missing == 4 or reply.needs_review
    refused = parse_text(HEAD + "I can confirm that there are currently 9 such individuals. We do not hold the dates in a "
                         "reportable form." + TAIL)
    assert refused.missing == 9 or refused.needs_review


def test_more_ways_of_saying_abroad_are_read_and_shares_are_queried() -> None:
    absconded = parse_text(HEAD + "There are 9 RSOs on the wanted list because their whereabouts are unknown, of which 2 "
                           "are believed to have absconded abroad." + TAIL)
    assert _by_status(absconded) == {"wanted": 7, "believed_abroad": 2}
    home = parse_text(HEAD + "Six RSOs are wanted because their whereabouts are unknown. Of the 6, two are believed to "
                      "have returned to their countries of origin." + TAIL)
    assert _by_status(home) == {"wanted": 4, "believed_abroad": 2}
    half = parse_text(HEAD + "Eight registered sex offenders are wanted because their whereabouts are unknown. Half of "
                      "these are believed to be abroad." + TAIL)
    assert half.needs_review
    labels = parse_text(HEAD + "Seven RSOs are wanted because their whereabouts are unknown. By where they are believed "
                        "to be:\n\u2022 Believed to be in the UK: five\n\u2022 Believed to be abroad: two" + TAIL)
    assert _by_status(labels) == {"wanted": 5, "believed_abroad": 2}


def test_news_since_the_figures_date_is_queried() -> None:
    arrested = parse_text(HEAD + "As at 1 March 2016, 6 RSOs were recorded as wanted because their whereabouts were "
                          "unknown. Since that date two of them have been arrested." + TAIL)
    assert arrested.needs_review
    custody = parse_text(HEAD + "Six RSOs are wanted because their whereabouts are unknown. One is now known to be in "
                         "custody in HMP Leeds." + TAIL)
    assert custody.needs_review


def test_the_name_of_a_field_is_not_a_duration() -> None:
    from foi_tally.dates import find_since

    assert not find_since("a month and year would identify some of them", dt.date(2019, 1, 14))
    assert find_since("missing for a month", dt.date(2019, 1, 14))


def test_a_bare_total_line_that_disagrees_with_the_table_is_queried() -> None:
    reply = _csv_reply("RSOs recorded as wanted, whereabouts unknown\nTotal: 7\n\nRef,Date wanted\nE1,03/05/2012\n"
                       "E2,22/01/2014\nE3,09/08/2016\n")
    assert reply.needs_review and "Total: 7" in reply.review_reason


def test_an_extract_date_is_the_as_at_date() -> None:
    reply = _csv_reply("RSOs wanted (whereabouts unknown), extract 01/11/2019\nRef,Date wanted\nK1,06/06/2011\n")
    assert reply.as_of == "2019-11-01"


def test_html_mail_source_line_breaks_are_spaces() -> None:
    from foi_tally.readers.email import html_to_text

    markup = "<table>\n<tr>\n<th><p>Month missing</p></th>\n<th><p>Number</p></th>\n</tr>\n<tr>\n<td><p>Sept 2014</p></td>\n<td><p>1</p></td>\n</tr>\n</table>"
    rows = [[cell.strip() for cell in line.split("\t") if cell.strip()] for line in html_to_text(markup).split("\n")]
    assert rows == [["Month missing", "Number"], ["Sept 2014", "1"]]


def test_months_beside_years_keep_the_month() -> None:
    grid = _csv_reply("Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total\n2017,0,1,0,0,0,0,0,0,0,0,0,0,1\n"
                      "2018,0,0,0,0,0,1,0,0,0,1,0,0,2\nTotal,0,1,0,0,0,1,0,0,0,1,0,0,3\n")
    assert (grid.missing, grid.needs_review) == (3, False)
    assert sorted(e.since for e in grid.entries) == ["2017-02", "2018-06", "2018-10"]
    column = _csv_reply("Year,Month,Number\n2015,March,1\n,September,1\n2017,January,2\n")
    assert sorted((e.since, e.count_low) for e in column.entries) == [("2015-03", 1), ("2015-09", 1), ("2017-01", 2)]
    extract = _csv_reply("NOMINAL_REF,WANTED_YEAR,WANTED_MONTH,RISK\nLC1,2013,4,MEDIUM\nLC2,2016,11,HIGH\n")
    assert sorted(e.since for e in extract.entries) == ["2013-04", "2016-11"]


def test_an_abroad_answer_to_a_question_is_a_category_and_a_ranged_one_is_queried() -> None:
    exact = parse_text(HEAD + "A1 There are 8 RSOs currently wanted because their whereabouts are unknown.\n"
                       "Q2 How many of those are believed to be abroad?\nA2 Two." + TAIL)
    assert _by_status(exact) == {"wanted": 6, "believed_abroad": 2}
    ranged = parse_text(HEAD + "There are 9 RSOs currently wanted because their whereabouts are unknown. Of these, fewer "
                        "than five are believed to be abroad." + TAIL)
    assert ranged.missing == 9 and ranged.needs_review


def test_more_ncnd_wordings_and_a_form_read_by_its_ticked_box() -> None:
    for wording in (
        "The force is not obliged to confirm or deny whether it holds the information, by virtue of section 31(3).",
        "Section 31(3) exempts the force from the duty to confirm or deny whether the information is held.",
        (
            "To confirm or deny whether any information is held about registered sex offenders whose whereabouts are "
            "unknown would itself disclose information exempt under section 31(1)(a)."
        ),
    ):
        assert parse_text(HEAD + wording + TAIL).status == "ncnd", wording
    form = parse_text(HEAD + "Outcome of your request about RSOs whose whereabouts are unknown:\n\u2612 Information not "
                      "held\n\u2610 Neither confirm nor deny\n\u2610 Request refused" + TAIL)
    assert form.status == "not_held"


def test_holding_replies_and_negated_figures() -> None:
    holding = parse_text(HEAD + "We need a further 20 working days to consider the public interest in disclosing the "
                         "number of RSOs whose whereabouts are unknown." + TAIL)
    assert holding.needs_review
    not_one = parse_text(HEAD + "I can confirm that not one registered sex offender in the county is wanted because "
                         "their whereabouts are unknown." + TAIL)
    assert (not_one.status, not_one.missing) == ("answered", 0)
    none_of = parse_text(HEAD + "Four RSOs are wanted because their whereabouts are unknown. None of the 4 is believed "
                         "to be abroad." + TAIL)
    assert _by_status(none_of) == {"wanted": 4}


def test_an_earlier_reply_and_an_alliance_figure_are_not_this_answer() -> None:
    earlier = parse_text(HEAD + "Our original reply said there were no RSOs wanted. Following the review, the correct "
                         "figure is 1 registered sex offender wanted because their whereabouts are unknown." + TAIL)
    assert earlier.missing == 1
    alliance = parse_text(HEAD + "Across the Kent and Essex alliance there are 11 registered sex offenders recorded as "
                          "wanted because their whereabouts are unknown." + TAIL)
    assert alliance.missing != 11 or alliance.needs_review


def test_a_breakdown_by_area_must_add_up_to_the_total() -> None:
    wrong = parse_text(HEAD + "Nine RSOs are wanted because their whereabouts are unknown. By area: Western 3, Central 2, "
                       "Eastern 3." + TAIL)
    assert wrong.needs_review and "adds up to 8" in wrong.review_reason
    right = parse_text(HEAD + "Eight RSOs are wanted because their whereabouts are unknown. By division: Western 3, "
                       "Central 2, Eastern 3." + TAIL)
    assert (right.missing, right.needs_review) == (8, False)


def test_an_earlier_figure_said_to_remain_correct_is_the_figure() -> None:
    reply = parse_text(HEAD + "You asked for a review of our reply about RSOs whose whereabouts are unknown. The dates "
                       "were correctly withheld under section 40(2), and the figure of 4 given in our response below "
                       "remains correct." + TAIL)
    assert reply.missing == 4


def test_a_caseload_in_a_cost_refusal_is_no_figure_to_query() -> None:
    reply = parse_text(HEAD + "Locating this information would exceed the cost limit of \u00a3450 under section 12. There "
                       "are 1,650 RSOs managed in the county, and each record would have to be read." + TAIL)
    assert (reply.status, reply.needs_review) == ("refused", False)


def test_a_page_with_several_requests_is_queried() -> None:
    page = (
        "<html><body><h1>Kent Police disclosure log</h1>"
        "<h2>2021-0301 RSOs breaching notification</h2><h3>Request</h3><p>How many registered sex offenders breached "
        "their notification requirements in 2020?</p><h3>Response</h3><p>57 were arrested for the breach; 12 are still "
        "wanted.</p>"
        "<h2>2021-0344 RSOs whereabouts unknown</h2><h3>Request</h3><p>How many registered sex offenders are currently "
        "wanted because their whereabouts are unknown?</p><h3>Response</h3><p>3 (as at 22 March 2021).</p>"
        "</body></html>"
    )
    reply = parse_document(read_document(page.encode(), "kent-log.html"))
    assert reply.needs_review and "requests" in reply.review_reason


def test_it_is_with_a_figure_beside_a_not_held_reply_is_queried() -> None:
    reply = parse_text(HEAD + "Part 1 (how many registered sex offenders are wanted, whereabouts unknown)\nThe number is "
                       "held: it is 6. The dates on which they went missing are not held." + TAIL)
    assert reply.missing == 6 or reply.needs_review


def test_a_figure_found_in_a_sample_of_the_records_is_not_the_answer() -> None:
    reply = parse_text(HEAD + "To answer your request would exceed the appropriate limit under section 12. To "
                       "estimate the cost we read a random sample of 150 of our 1,200 case files, which took 20 "
                       "hours; three of the offenders sampled were recorded as wanted because their whereabouts "
                       "were unknown." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_a_refusal_to_confirm_or_deny_beside_a_figure_is_flagged() -> None:
    reply = parse_text(HEAD + "Kent Police can neither confirm nor deny that it holds the information you asked "
                       "for, by virtue of section 31(3).\nThere are 4 registered sex offenders wanted because their "
                       "whereabouts are unknown." + TAIL)
    assert reply.needs_review
    assert "neither confirms nor denies" in reply.review_reason


def test_none_wanted_beside_a_figure_of_the_missing_is_flagged() -> None:
    reply = parse_text(HEAD + "None of the registered sex offenders we manage is currently circulated as wanted. "
                       "Three, however, are recorded as missing and their whereabouts are unknown." + TAIL)
    assert reply.needs_review
    assert "says none are missing" in reply.review_reason


def test_a_plain_nil_return_is_not_flagged() -> None:
    reply = parse_text(HEAD + "There are no registered sex offenders in Kent whose whereabouts are unknown. "
                       "The force manages some 1,900 registered sex offenders." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_every_one_of_the_caseload_is_no_figure_beside_a_nil_return() -> None:
    reply = parse_text(HEAD + "Every one of the 1,650 registered sex offenders managed by Kent Police was at a known "
                       "address on the date your request was received; not one is wanted because their whereabouts "
                       "are unknown." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_a_refusal_to_confirm_or_deny_one_part_beside_the_figure_is_not_flagged() -> None:
    reply = parse_text(HEAD + "There are 4 registered sex offenders wanted because their whereabouts are unknown. "
                       "Kent Police can neither confirm nor deny whether any of them is believed to be abroad, by "
                       "virtue of section 31(3)." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 4, False)


def test_a_refusal_sent_with_a_sheet_of_figures_nobody_read_is_flagged() -> None:
    import io
    import zipfile

    letter = ("Police Scotland\nOur reference: IM-FOI-2016-0101\n10 February 2016\nI enclose the number of registered "
              "sex offenders currently wanted because their whereabouts are unknown, by local policing division. "
              "The dates are exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.\n")
    sheet = "Division,Number\nA - North East,2\nD - Tayside,1\nE - Edinburgh,3\nScotland,6\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("letter.txt", letter)
        archive.writestr("IM-FOI-2016-0101.csv", sheet)
    reply = parse_document(read_document(buffer.getvalue(), "reply.zip"))
    assert reply.status in ("refused", "partial", "answered")
    assert reply.needs_review or reply.missing == 6


def test_a_figure_per_year_standing_on_one_day_of_it_is_not_added_up() -> None:
    sheet = ("Kent Police - FOI 0061/23\nRSOs wanted because their whereabouts are unknown\n"
             "Year,Number wanted at 31 March\n2019,4\n2020,6\n2021,5\n2022,8\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert reply.needs_review
    assert "snapshots" in reply.review_reason


def test_years_under_a_merged_position_heading_are_snapshots() -> None:
    sheet = ("Kent Police - FOI 0089/21\nRSOs wanted because their whereabouts are unknown\n"
             ",Position at 31 December,Position at 31 December,Position at 31 December\n"
             ",2018,2019,2020\nRSOs wanted,4,6,5\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert reply.needs_review
    assert "snapshots" in reply.review_reason


def test_an_as_at_caption_over_years_first_wanted_is_not_a_snapshot() -> None:
    reply = parse_text(HEAD + "As at 1 February 2015, Kent Police had six registered sex offenders recorded as wanted "
                       "because their whereabouts are unknown.\n\nYear      Number\n2009           1\n2012           2\n"
                       "2014           3\nTotal          6\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2009", 1), ("2012", 2), ("2014", 3)]


def test_two_tables_one_with_an_unreadable_date_are_compared_without_failing() -> None:
    sheet = ("Kent Police FOI 000041/23\n\nFinancial year first circulated,Number\n2019/20,2\n2021/22,3\n"
             "2022/23 (to date),1\nTotal,6\n\nCalendar year first circulated,Number\n2019,1\n2020,2\n2021,2\n2022,1\n"
             "Total,6\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert (reply.force, reply.status, reply.missing) == ("Kent Police", "answered", 6)
    assert reply.needs_review  # two lists of the same people, or two lists?


def test_figures_at_several_dates_in_one_sentence_are_flagged() -> None:
    reply = parse_text(HEAD + "The number of registered sex offenders recorded as wanted because their whereabouts "
                       "are unknown was 12 as at 1 January 2013, 15 as at 1 January 2014 and, as at the date your "
                       "request was received, 14." + TAIL)
    assert reply.needs_review
    assert "several dates" in reply.review_reason


def test_label_and_figure_rows_that_lost_their_column_gap_are_not_one_sentence() -> None:
    reply = parse_text(HEAD + "Measure (as at 08/02/2015) Number\n"
                       "All persons with a 'whereabouts unknown' marker on PNC, Kent owner code 211\n"
                       "Registered sex offenders with a whereabouts unknown marker on PNC 4\n"
                       "of which also circulated as wanted 3\n" + TAIL)
    assert reply.missing != 211
    assert reply.needs_review or reply.missing == 4


def test_a_part_of_the_whole_said_abroad_is_the_part_not_the_whole() -> None:
    for text in (
        ("There are six registered sex offenders wanted because their whereabouts are unknown. Two of the six are "
         "believed to be living abroad."),
        ("Two of the 6 registered sex offenders wanted because their whereabouts are unknown are believed to be "
         "living abroad."),
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert (reply.missing, reply.needs_review) == (6, False), text
        assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 4)]


def test_a_part_of_the_caseload_is_the_figure() -> None:
    reply = parse_text(HEAD + "Five of the 1,400 registered sex offenders we manage are wanted because their "
                       "whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)


def test_an_excel_pivot_with_years_as_row_labels_is_read_by_year() -> None:
    sheet = ("Kent Police FOI 2015-0031: RSOs wanted because their whereabouts are unknown\n"
             "Sum of Number,Column Labels\nRow Labels,High,Low,Grand Total\n2009,1,,1\n2012,,2,2\n(blank),1,,1\n"
             "Grand Total,2,2,4\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since or "", e.count_low) for e in reply.entries) == [("", 1), ("2009", 1), ("2012", 2)]


def test_one_category_row_of_several_is_not_taken_for_the_answer() -> None:
    sheet = ("Kent Police - Freedom of Information 0033/15\nRegistered sex offenders whose whereabouts are unknown\n\n"
             "Category,Number\nWanted on warrant for failing to notify,5\nReported as a missing person,3\n"
             "Believed to have left the UK,3\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert reply.needs_review or reply.missing == 8


def test_a_list_of_dates_for_the_people_just_counted_dates_each_of_them() -> None:
    reply = parse_text(LATER_HEAD + "There are three registered sex offenders whose whereabouts are unknown. They were "
                       "circulated as wanted on 14/05/2015, 02/09/2016 and 21/01/2018." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2015-05-14", "2016-09-02", "2018-01-21"]


def test_fewer_dates_than_people_just_counted_is_flagged_not_guessed() -> None:
    reply = parse_text(HEAD + "There are five registered sex offenders whose whereabouts are unknown. They were "
                       "circulated as wanted in 2015 and 2018." + TAIL)
    assert reply.needs_review
    assert "whose is each" in reply.review_reason


def test_neither_of_the_people_counted_abroad_is_not_a_figure_abroad() -> None:
    reply = parse_text(HEAD + "Two registered sex offenders are currently wanted. Neither of the two is believed to "
                       "be abroad." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert [(e.status, e.count_low) for e in reply.entries] == [("wanted", 2)]


def test_a_hedged_abroad_share_is_believed_abroad() -> None:
    for hedge in ("may be outside the UK", "could have travelled abroad", "are likely to have left the country"):
        reply = parse_text(HEAD + f"There are 52 registered sex offenders currently wanted. Intelligence suggests "
                           f"19 of these {hedge}." + TAIL)
        assert (reply.missing, reply.needs_review) == (52, False), hedge
        assert _statuses(reply) == [("believed_abroad", 19), ("wanted", 33)]


def test_a_caseload_in_a_concession_before_not_held_is_not_the_figure() -> None:
    reply = parse_text(HEAD + "Although 540 registered sex offenders are managed by Kent Police, the reason an "
                       "individual is circulated as wanted is held only in free text. The information is therefore "
                       "not held." + TAIL)
    assert (reply.status, reply.missing) == ("not_held", None)


def test_bare_answers_under_questions_restated_without_numbers_are_read() -> None:
    asked = ("You asked:\nHow many registered sex offenders are managed in your force area?\n"
             "How many RSOs are currently wanted or missing?\n")
    reply = parse_text(HEAD + asked + "Response\nQuestion 1: We manage 1,760 offenders.\nQuestion 2: Eighteen (18).\n"
                       + TAIL)
    assert (reply.missing, reply.needs_review) == (18, False)
    interleaved = parse_text(HEAD + "How many registered sex offenders are managed in your force area?\n860\n"
                             "How many RSOs are currently wanted or missing?\n2\n" + TAIL)
    assert (interleaved.missing, interleaved.needs_review) == (2, False)


def test_a_count_then_since_when_after_a_comma_dates_one_person_and_flags_several() -> None:
    tail = " currently wanted by Kent Police for breach of notification requirements, wanted since 2021."
    one = parse_text(LATER_HEAD + "There is 1 RSO" + tail + TAIL)
    assert (one.missing, one.needs_review, [e.since for e in one.entries]) == (1, False, ["2021"])
    three = parse_text(LATER_HEAD + "There are 3 RSOs" + tail + TAIL)
    assert three.needs_review and "gives one date for them" in three.review_reason


def test_since_year_list_items_are_counts_by_year() -> None:
    reply = parse_text(HEAD + "As at 31 December 2024 we had six registered sex offenders wanted for breach of their "
                       "notification requirements. The year in which each was first wanted is:\nSince 2016: 1\n"
                       "Since 2020: 1\nSince 2023: 2\nSince 2024: 2\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2016", 1), ("2020", 1), ("2023", 2), ("2024", 2)]


def test_a_breakdown_by_year_answering_a_numbered_question_is_read_by_year() -> None:
    reply = parse_text(LATER_HEAD + "Q1. How many RSOs are currently wanted for breach of their notification requirements?\n"
                       "A1. Nine (9)\nQ2. By year in which they went missing?\n"
                       "A2. 2011 (1), 2017 (1), 2020 (2), 2023 (2), 2024 (3)\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (9, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [
        ("2011", 1), ("2017", 1), ("2020", 2), ("2023", 2), ("2024", 3)]


def test_figures_said_as_idioms_are_counts() -> None:
    from foi_tally.numbers import find_counts

    assert [(c.text, c.low) for c in find_counts("seeking a single offender; half a dozen RSOs; a dozen more")] == [
        ("a single", 1), ("half a dozen", 6), ("a dozen", 12)]
    assert [(c.low, c.high) for c in find_counts("in single figures")] == [(1, 9)]
    reply = parse_text(LATER_HEAD + "Kent Police is currently seeking half a dozen registered sex offenders whose whereabouts "
                       "are unknown. One dates from 2012; the others all went missing during 2018." + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2012", 1), ("2018", 5)]


def test_a_figure_given_circa_is_flagged_as_rough() -> None:
    reply = parse_text(HEAD + "Kent Police currently has c. 15 registered sex offenders recorded as wanted because "
                       "their whereabouts are unknown." + TAIL)
    assert reply.needs_review and "only roughly" in reply.review_reason


def test_the_one_person_counted_is_dated_and_a_nil_for_every_other_year_is_no_nil_return() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police is the responsible force for a single offender who is currently wanted "
                       "because his whereabouts are unknown. He was circulated on 5 November 2018. For every other "
                       "year the figure is nil." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 1, False)
    assert [e.since for e in reply.entries] == ["2018-11-05"]


def test_a_verb_said_once_for_the_uk_and_abroad_splits_them() -> None:
    reply = parse_text(HEAD + "Twenty three (23) registered sex offenders are currently wanted because their "
                       "whereabouts are unknown. Of these, nineteen are believed to be in the UK and four abroad." + TAIL)
    assert (reply.missing, reply.needs_review) == (23, False)
    assert _statuses(reply) == [("believed_abroad", 4), ("wanted", 19)]


def test_a_by_year_lead_under_the_count_reads_its_items() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police manages 1,012 registered sex offenders, of whom eleven are currently wanted "
                       "because their whereabouts are unknown.\nBy year of circulation:\n2012 \u2013 one\n"
                       "2015 \u2013 three\n2017 \u2013 two\n2019 \u2013 five\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (11, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2012", 1), ("2015", 3), ("2017", 2), ("2019", 5)]


ASKED_THREE = ("You asked:\nHow many registered sex offenders (RSOs) are managed in your force area?\n"
               "How many RSOs are currently wanted or missing?\nSince when has each of them been wanted or missing?\n")


def test_answers_under_question_headings_and_a_line_for_each_person_are_read() -> None:
    reply = parse_text(LATER_HEAD + ASKED_THREE + "Question 1\nWe manage 1,418 RSOs.\nQuestion 2\nThree.\nQuestion 3\n"
                       "Wanted since 14th March 2013\nWanted since 2nd September 2014\nWanted since 21st May 2015\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2013-03-14", "2014-09-02", "2015-05-21"]
    one_line = parse_text(LATER_HEAD + "Six RSOs are currently wanted.\nWanted since 14th March 2013\n" + TAIL)
    assert one_line.needs_review and "dates one of 6" in one_line.review_reason


def test_nil_returns_said_of_the_request_itself() -> None:
    for nil in ("I can confirm that there are no individuals who meet the criteria of your request.",
                "Request: The number of registered sex offenders currently wanted, by year.\nResponse: None.",
                ("You asked how many registered sex offenders are wanted and how many of those are believed abroad. "
                 "The answer to both questions is zero.")):
        reply = parse_text(HEAD + "Thank you for your request about registered sex offenders who are wanted.\n" + nil
                           + TAIL)
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False), nil


def _email(body: str) -> bytes:
    return ("From: Kent Police FOI <foi@kent.pnn.police.uk>\nTo: Requester <r@news.example>\nSubject: FOI 20/0290\n"
            "Date: Mon, 9 Mar 2020 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


def test_the_forces_own_reply_quoted_under_a_resend_is_read_when_the_resend_answers_nothing() -> None:
    resend = _email("Dear Ms Lal,\n\nI am sorry you have not received our response; I have copied it below.\n\n"
                    "Kind regards\nFreedom of Information Office\nKent Police\n\n"
                    "From: Priya Lal <priya.lal@news.example>\nSent: 09 March 2020 08:51\nTo: Kent Police FOI\n"
                    "Subject: chaser\n\nEssex have already told me 9, so I'd be grateful for your figure.\n\n"
                    "From: Kent Police FOI <foi@kent.pnn.police.uk>\nSent: 28 February 2020 14:10\nTo: Priya Lal\n"
                    "Subject: FOI 20/0290\n\nKent Police can confirm that 8 registered sex offenders are wanted as "
                    "their whereabouts are unknown.\n")
    reply = parse_document(read_document(resend, "resend.eml"))
    assert (reply.missing, reply.needs_review) == (8, False)
    updated = _email("Dear Ms Lal,\n\nSince our reply below one offender has been arrested, so the number of "
                     "registered sex offenders wanted is now 7.\n\nFreedom of Information Office\nKent Police\n\n"
                     "From: Kent Police FOI <foi@kent.pnn.police.uk>\nSent: 28 February 2020 14:10\nTo: Priya Lal\n"
                     "Subject: FOI 20/0290\n\nKent Police can confirm that 8 registered sex offenders are wanted as "
                     "their whereabouts are unknown.\n")
    assert parse_document(read_document(updated, "update.eml")).missing == 7


def test_answers_written_into_the_quoted_request_are_read() -> None:
    inline = _email("Dear Mr Whitcombe,\n\nOur responses are shown in capitals beneath each of your questions below."
                    "\n\nFreedom of Information Unit\nKent Police\n\n-----Original Message-----\n"
                    "From: Dan Whitcombe <d.whitcombe@news.example>\nSent: 11 January 2016 09:02\n"
                    "To: FOI <foi@kent.pnn.police.uk>\nSubject: FOI request\n\n"
                    "1. How many RSOs are currently wanted or missing?\n\n"
                    "THREE (3). ALL THREE ARE WANTED; NONE IS RECORDED AS MISSING.\n")
    reply = parse_document(read_document(inline, "inline.eml"))
    assert (reply.missing, reply.needs_review) == (3, False)


def test_a_nil_of_the_other_status_is_not_a_second_total() -> None:
    assert parse_text(HEAD + "Three RSOs are currently wanted; none is recorded as missing." + TAIL).needs_review is False
    conflict = parse_text(HEAD + "Three RSOs are currently wanted. No RSOs are currently wanted." + TAIL)
    assert conflict.needs_review and "different totals" in conflict.review_reason


def test_wanted_and_missing_counted_apart_add_up_and_keep_their_statuses() -> None:
    reply = parse_text(LATER_HEAD + "As at 12/01/2016, 5 RSOs are currently wanted and 1 is missing." + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert _statuses(reply) == [("missing", 1), ("wanted", 5)]
    listed = parse_text(LATER_HEAD + "There are currently 4 RSOs circulated as wanted and 2 RSOs recorded as missing. The "
                        "dates from which they have been wanted or missing are:\nWanted: 03/2013, 11/2014, 06/2015, "
                        "12/2015\nMissing: 08/2015, 01/2016\n" + TAIL)
    assert (listed.missing, listed.needs_review) == (6, False)
    assert sorted((e.status, e.since) for e in listed.entries if e.status == "missing") == [
        ("missing", "2015-08"), ("missing", "2016-01")]


def test_more_ways_of_saying_nobody_is_missing() -> None:
    for nil in ("the number of registered sex offenders in Kent whose whereabouts are unknown is nought.",
                "Kent Police currently has no-one on the sex offenders register whose whereabouts are unknown.",
                "We are not aware of any registered sex offender in Kent whose whereabouts are unknown at this time.",
                ("You asked: How many registered sex offenders in your force area are currently wanted or missing?\n"
                 "Answer \u2013 Zero. As there are none, no dates can be given."),
                ("Your request concerned registered sex offenders who are wanted or missing.\n"
                 "We currently have none that meet that description.")):
        reply = parse_text(HEAD + nil + TAIL)
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False), nil


def test_all_accounted_for_with_the_exception_of_some_is_their_number() -> None:
    reply = parse_text(HEAD + "As at 13 March 2017, all 1,152 registered sex offenders managed in Kent are accounted "
                       "for, with the exception of three whose whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)


def test_a_correction_letter_gives_the_corrected_figure_not_the_one_it_corrects() -> None:
    reply = parse_text(HEAD + "In our response of 29 January 2016 we advised that 12 registered sex offenders were "
                       "currently wanted or missing. Unfortunately, this figure was incorrect: it included two "
                       "offenders who had already been located. The figure should have read 10." + TAIL)
    assert (reply.missing, reply.needs_review) == (10, False)
    hypothetical = parse_text(HEAD + "Seven registered sex offenders are wanted. Without last week's arrests the "
                              "figure would have been 9." + TAIL)
    assert hypothetical.missing == 7


def test_a_question_and_response_table_reads_each_answer_under_its_question() -> None:
    table = ("Kent Police FOI 2017-03488\nPlease find our response below.\n\n"
             "No.,Question,Response\n1,How many RSOs does Kent Police manage?,\"1,620\"\n"
             "2,How many are currently wanted because their whereabouts are unknown?,Five (5)\n"
             "3,How many officers work in the MOSOVO unit?,31\n4,When did each missing RSO go missing?,Exempt - s40(2)\n")
    reply = parse_document(read_document(table.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (5, False)


def test_a_bare_reply_answers_the_question_quoted_under_it_or_the_subject() -> None:
    quoted = _email("Three.\n\nKent Police FOI\n\nOn 6 Mar 2017, at 09:12, Jo Pryce <j.pryce@news.example> wrote:\n"
                    "> Last year you told me 5 registered sex offenders were wanted because their whereabouts were "
                    "unknown. How many are wanted now?\n")
    assert parse_document(read_document(quoted, "quoted.eml")).missing == 3
    subject = _email("Nil, thanks.\n\nInformation Management | Kent Police | Sutton Road | 101 ext 800 2211\n").replace(
        b"Subject: FOI 20/0290", b"Subject: RE: FOI 20/0290 RSOs wanted whereabouts unknown")
    reply = parse_document(read_document(subject, "subject.eml"))
    assert (reply.missing, reply.needs_review) == (0, False)


def test_a_colleagues_answer_quoted_below_is_read_but_the_requesters_words_are_not() -> None:
    colleague = _email("Jo - see my colleague's answer below.\n\nDisclosure Team\n\n> From: Priya Halloran\n"
                       "> Sent: 20 March 2017 16:10\n> To: Disclosure Team\n> Subject: FOI 0412/17\n>\n"
                       "> As at 13 March 2017 there are 5 registered sex offenders wanted by Kent Police because their"
                       " whereabouts are unknown.\n>\n> > From: Jo Pryce\n> > Essex told me 12. How many do you have?\n")
    reply = parse_document(read_document(colleague, "colleague.eml"))
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 5, False)


def test_a_correction_of_a_quoted_reply_by_its_short_name_sender() -> None:
    fix = _email("Jo,\n\nApologies - the figure below should read 4, not 14. A typing error on my part.\n\nKent Police\n\n"
                 "-----Original Message-----\nFrom: KP FOI\nSent: 21 March 2017 15:02\nTo: Jo Pryce\nSubject: FOI\n\n"
                 "There are 14 registered sex offenders currently wanted by Kent Police because their whereabouts "
                 "are unknown.\n")
    assert parse_document(read_document(fix, "fix.eml")).missing == 4


def test_a_bare_answer_may_carry_the_date_it_is_given_for() -> None:
    reply = parse_text(HEAD + "Request: Number of RSOs wanted, whereabouts unknown\nResponse: 4 (as at 13/03/2017). "
                       "Dates: provided in full on request.\n" + TAIL)
    assert (reply.missing, reply.as_of, reply.needs_review) == (4, "2017-03-13", False)


def test_a_text_table_ruled_off_keeps_its_header_and_a_row_summing_the_rest_is_their_total() -> None:
    rows = [("North", 0, 1, 0, 1), ("Central", 1, 0, 1, 0), ("South", 2, 0, 1, 3), ("Coast", 0, 1, 0, 0)]
    lines = [f"{'Division':<20}{'2019':>6}{'2020':>6}{'2021':>6}{'2022':>6}", "-" * 44]
    lines += [f"{name:<20}" + "".join(f"{n:>6}" for n in counts) for name, *counts in rows]
    sums = [sum(r[i] for r in rows) for i in range(1, 5)]
    lines += ["-" * 44, f"{'Kent':<20}" + "".join(f"{n:>6}" for n in sums)]
    reply = parse_text(LATER_HEAD + "The number of registered sex offenders wanted because their whereabouts are unknown, by "
                       "division and year first wanted, is set out below.\n" + "\n".join(lines) + "\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (sum(sums), False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2019", 3), ("2020", 2), ("2021", 2), ("2022", 4)]


def test_the_one_person_counted_is_dated_by_they_or_the_warrant_and_a_month_stop_does_not_end_the_sentence() -> None:
    for dated in ("They have been missing since July 2020.", "He was circulated on 5th Nov. 2018.",
                  "The warrant (WOA) was issued on the 23rd of March 2015."):
        reply = parse_text(LATER_HEAD + "One registered sex offender is currently wanted because their whereabouts are "
                           "unknown. " + dated + TAIL)
        assert (reply.missing, reply.needs_review, len(reply.entries)) == (1, False, 1), dated
        assert reply.entries[0].since is not None, dated
    as_at = parse_text(LATER_HEAD + "The number of RSOs whose whereabouts are unknown is 0 (zero), as at 14 January 2019."
                       + TAIL)
    assert (as_at.missing, as_at.needs_review) == (0, False)


def test_numbered_answer_naming_the_people_lists_their_dates() -> None:
    reply = parse_text(LATER_HEAD + "Q2 - Two RSOs are currently wanted.\nQ3 - the two wanted RSOs have been wanted since "
                       "Nov-14 and Jul-15.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2014-11", "2015-07"]


def test_cannot_currently_be_located_counts_the_missing() -> None:
    reply = parse_text(HEAD + "For Kent, the answer is that two people subject to notification requirements cannot "
                       "currently be located. Their month of disappearance is withheld under section 40(2)." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)


def test_lettered_parts_of_a_request_are_answered_by_their_letters() -> None:
    reply = parse_text(HEAD + "Please provide (a) the number of registered sex offenders your force currently cannot "
                       "locate; (b) how many are thought to be outside the UK.\nResponse\n(a) five (5).\n(b) is withheld"
                       " under section 31(1)(a).\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)


def test_of_the_whole_then_the_part_answers_a_question_about_those_abroad() -> None:
    reply = parse_text(HEAD + "Q1. How many registered sex offenders are listed as whereabouts unknown?\nA1. Twelve (12).\n"
                       "Q2. How many of these are believed to have gone abroad?\nA2. Of the twelve, 3.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (12, False)
    assert _statuses(reply) == [("believed_abroad", 3), ("wanted", 9)]


def test_the_first_and_the_second_are_one_person_each() -> None:
    reply = parse_text(HEAD + "Kent Police has two (2) registered sex offenders whose whereabouts are currently unknown. "
                       "The first went missing in September 2005; the second in 2007." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2005-09", "2007"]


def test_an_abroad_flag_beside_a_status_column_and_a_bilingual_status_heading_are_read() -> None:
    sheet = ("Kent Police FOI 7211\nRef,Date,Status,Believed abroad\nK1,2012-05-04,Wanted,N\nK2,2016-01-22,Wanted,Y\n"
             "K3,2017-03-13,Missing,N\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert sorted(e.status for e in reply.entries) == ["believed_abroad", "missing", "wanted"]
    welsh = ("Heddlu De Cymru / South Wales Police - FOI 2020/1180\nDyddiad / Date,Statws / Status\n"
             "11/04/2017,Ar goll / Missing\n25/02/2020,Dramor / Believed abroad\n")
    bilingual = parse_document(read_document(welsh.encode(), "swp.csv"))
    assert sorted(e.status for e in bilingual.entries) == ["believed_abroad", "missing"]


def test_a_numbered_note_under_a_list_is_no_figure_but_a_note_saying_a_number_is() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in (["Kent Police - FOI 01/22/0519"], ["Registered sex offenders - whereabouts unknown - extracted 06/06/2022"], [],
                ["Anon ID", "Date WU", "Thought to be abroad?"], ["K-001", "2009-04-17", "No"],
                ["K-002", "2014-11-03", "Yes"], ["K-003", "2017-06-29", "No"], [], ["Notes:"],
                ["1. 'Unknown' means no intelligence either way about travel abroad."]):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.xlsx"))
    assert (reply.missing, reply.needs_review) == (3, False)
    note = parse_text(HEAD + "Two RSOs are wanted. Note: two of them are believed to have left the UK." + TAIL)
    assert _statuses(note) == [("believed_abroad", 2)]


def test_a_caseload_given_roughly_in_a_cost_refusal_is_not_the_count() -> None:
    reply = parse_text(HEAD + "You asked us to review our refusal under section 12. Identifying offenders whose "
                       "whereabouts are unknown would mean reading the case notes of approximately 1,400 offenders, "
                       "which would exceed the appropriate limit. I therefore uphold the original decision." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_an_extract_date_in_a_pivots_filter_rows_is_the_date_the_figures_are_as_of() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in (["Status", "Wanted (WU)"], ["Extract date", "06/01/2023"], [], ["Year wanted", "Number"],
                ["2016", 1], ["2020", 2], ["Grand Total", 3], [], ["Merseyside Police - Freedom of Information"]):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "merseyside.xlsx"))
    assert (reply.missing, reply.as_of) == (3, "2023-01-06")
    line = parse_text(HEAD + "Extraction date: 01/02/2015. Three registered sex offenders are wanted." + TAIL)
    assert (line.missing, line.as_of) == (3, "2015-02-01")


def test_a_wu_flag_in_a_one_row_measure_table_beside_a_cost_refusal_is_the_figure() -> None:
    reply = _word_reply(["Kent Police - Our reference: KP/FOI/11/1822",
                         ("Establishing how long each offender has been missing would exceed the appropriate limit, and "
                          "section 12 applies to that part. For assistance, the following figure is readily available:")],
                        [("Measure", "Number"), ("RSOs with a 'WU' flag on ViSOR", "31")])
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 31, False)


def test_a_review_releasing_the_number_gives_the_figure() -> None:
    asked = ("You asked for an internal review of our refusal under section 31 of your request for the number of "
             "registered sex offenders wanted because their whereabouts are unknown. ")
    released = parse_text(HEAD + asked + "Having considered the public interest again, the panel has decided to "
                          "release the number: 3. This was the figure on 9 October 2017." + TAIL)
    assert (released.missing, released.needs_review) == (3, False)
    disclosed = parse_text(HEAD + asked + "We can now disclose the figure, which is 3." + TAIL)
    assert disclosed.missing == 3


def test_a_figure_said_as_it_was_beside_a_detail_not_held_is_queried_not_lost() -> None:
    reply = parse_text(HEAD + "The number of registered sex offenders whose whereabouts are unknown changes from day "
                       "to day. Over the week in which your request was received it was between 6 and 8. We do not "
                       "hold a record of the figure for each individual day." + TAIL)
    assert reply.needs_review and "between 6 and 8" in (reply.review_reason or "")


def test_a_place_abroad_named_puts_people_abroad_and_a_place_in_the_uk_keeps_them_here() -> None:
    border = parse_text(HEAD + "Records show nine sex offenders whose whereabouts are currently unknown, four of whom are "
                        "believed to have crossed the border into the Republic." + TAIL)
    assert _statuses(border) == [("believed_abroad", 4), ("wanted", 5)]
    europe = parse_text(HEAD + "Five RSOs are listed as wanted; two are believed to be living in mainland Europe." + TAIL)
    assert _statuses(europe) == [("believed_abroad", 2), ("wanted", 3)]
    both = parse_text(HEAD + "There are 11 RSOs wanted. Of these, two are believed to be in the Republic of Ireland and "
                      "one is thought to have returned to Poland; the rest are being traced." + TAIL)
    assert _statuses(both) == [("believed_abroad", 3), ("wanted", 8)]
    elided = parse_text(HEAD + "There are 26 RSOs wanted. Of these, 8 are believed to be in the Republic of Ireland and "
                        "3 elsewhere outside the UK." + TAIL)
    assert _statuses(elided) == [("believed_abroad", 11), ("wanted", 15)]
    listed = parse_text(HEAD + "There are nine (9) RSOs wanted. Of the nine: six believed to be in England, three "
                        "believed to be abroad." + TAIL)
    assert (_statuses(listed), listed.needs_review) == (
        [("believed_abroad", 3), ("wanted", 6)], False)


def test_a_note_putting_one_of_a_tables_people_abroad_is_not_lost() -> None:
    reply = parse_text(HEAD + "RSOs wanted, by year first wanted:\nYear | Number\n2019 | 2\n2021 | 3\nTotal | 5\n"
                       "Note: one of the offenders in the 2021 column is believed to be in Poland." + TAIL)
    assert reply.needs_review or sorted((e.status, e.count_low) for e in reply.entries if e.status == "believed_abroad") == [
        ("believed_abroad", 1)]


def test_a_total_made_up_of_wanted_and_missing_keeps_both_statuses() -> None:
    reply = parse_text(HEAD + "We can confirm that there are a total of 8 registered sex offenders whose whereabouts are "
                       "unknown, made up of 5 adults wanted on warrant and 3 who are currently the subject of missing "
                       "person investigations." + TAIL)
    assert reply.missing == 8
    assert _statuses(reply) == [("missing", 3), ("wanted", 5)]


def test_a_question_and_response_table_reads_a_sentence_answer_and_not_the_questions_number() -> None:
    reply = _word_reply(["Kent Police - Our reference: KP/FOI/21/0640"],
                        [("Question", "Response"),
                         ("1. How many RSOs are currently wanted because their whereabouts are unknown?", "Nine (9)"),
                         ("2. How many of these are believed to be abroad?",
                          "Of the nine: six believed to be in the UK, three believed to be abroad")])
    assert (reply.missing, reply.needs_review) == (9, False)
    assert _statuses(reply) == [("believed_abroad", 3), ("wanted", 6)]


def test_parts_the_reply_says_may_overlap_are_not_silently_added_up() -> None:
    reply = parse_text(HEAD + "In answer to your request, as at 6 June 2022:\nWanted on warrant: 5.\nReported missing: 3.\n"
                       "An offender may appear in both categories. None is believed to be abroad." + TAIL)
    assert reply.needs_review and "overlap" in (reply.review_reason or "")


def test_a_welsh_figure_whose_location_is_not_known_is_checked_against_the_english() -> None:
    reply = parse_text(HEAD + "Ar 4 Mawrth 2024 roedd gan yr heddlu pedwar (4) troseddwr rhyw cofrestredig nad oedd eu "
                       "lleoliad yn hysbys.\nOn 4 March 2024 we had five (5) registered sex offenders whose whereabouts "
                       "were unknown." + TAIL)
    assert reply.needs_review and "Welsh" in (reply.review_reason or "")


def test_people_wanted_for_offences_are_not_taken_for_the_missing_unqueried() -> None:
    railway = parse_text(HEAD + "We do not manage registered sex offenders. However, 2 RSOs are currently circulated as "
                         "wanted by us in connection with offences on the railway network." + TAIL)
    assert railway.needs_review and "wanted for offences" in (railway.review_reason or "")
    breach = parse_text(HEAD + "2 RSOs are currently wanted for offences of failing to comply with notification "
                        "requirements." + TAIL)
    assert (breach.missing, breach.needs_review) == (2, False)


def test_a_restated_questions_number_is_no_figure_beside_a_nil_return() -> None:
    reply = parse_text(HEAD + "Thank you for your request received on 9 October 2017. You asked:\n1) How many registered "
                       "sex offenders (RSOs) does your force currently manage? 2) How many of them are currently wanted "
                       "or missing because their whereabouts are unknown? 3) For each, the month and year in which they "
                       "were first recorded as such.\n"
                       "Response\n1) Kent Police manages 1,050 registered sex offenders.\n"
                       "2) Kent Police currently has a nil return for this category.\n3) Not applicable." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_people_still_being_sought_are_the_missing() -> None:
    reply = parse_text(HEAD + "Of the 16 RSOs who breached their notification requirements by leaving their registered "
                       "address, 13 have been found; the other three are still being sought. These three are the only "
                       "RSOs Kent Police is currently seeking. No RSO who breached in "
                       "2017 is outstanding." + TAIL)
    assert reply.needs_review and "3" in (reply.review_reason or "")  # not a silent nil


def test_a_figure_and_its_parts_in_brackets_or_after_of_whom_are_read_together() -> None:
    summed = parse_text(HEAD + "We include offenders recorded as missing persons. On that basis the total is 5 (4 wanted "
                        "on warrant + 1 reported missing), as at 14 September 2020." + TAIL)
    assert _statuses(summed) == [("missing", 1), ("wanted", 4)]
    whose = parse_text(HEAD + "At the time of your request there were forty-one whose whereabouts were not known, of whom "
                       "twelve are believed to have left the UK." + TAIL)
    assert (whose.missing, whose.needs_review) == (41, False)
    assert _statuses(whose) == [("believed_abroad", 12), ("wanted", 29)]
    answered = parse_text(HEAD + "Please find our answers below.\n2) How many of them are currently wanted or missing "
                          "because their whereabouts are unknown?\nFive (5), one of whom is believed to be abroad." + TAIL)
    assert (answered.missing, answered.needs_review) == (5, False)


def test_a_law_named_for_scotland_is_no_mention_of_police_scotland() -> None:
    reply = parse_text("Tayside Police\nFreedom of Information (Scotland) Act 2002: request received on 7th April 2008\n"
                       "Dear Requester\nTayside Police has no registered sex offenders whose whereabouts are unknown.\n"
                       "Yours sincerely\nA. Clerk\nTayside Police\n")
    assert (reply.force, reply.needs_review) == ("Tayside Police", False)


def test_one_person_said_to_be_abroad_is_the_figure_abroad_when_the_figure_is_one() -> None:
    one = parse_text(HEAD + "There is one RSO whose whereabouts are not known to the force; intelligence suggests this "
                     "person has gone to Norway." + TAIL)
    assert [(e.status, e.count_low) for e in one.entries] == [("believed_abroad", 1)]
    two = parse_text(HEAD + "There are two RSOs wanted. He is believed to be abroad." + TAIL)
    assert two.needs_review
    born = parse_text(HEAD + "There is one RSO wanted. He was born abroad. There is no intelligence that he has left "
                      "the country." + TAIL)
    assert [(e.status, e.count_low) for e in born.entries] == [("wanted", 1)]


def test_a_log_of_requests_is_not_a_list_of_people_and_our_rows_answer_is_read_as_prose() -> None:
    log = (
        "Wiltshire Police - disclosure log\n"
        "Reference,Date received,Subject,Response summary\n"
        "FOI 1,05/01/2026,Dog bites,41 incidents.\n"
        "FOI 2,12/01/2026,RSOs whereabouts unknown,Two RSOs were whereabouts unknown: one since 2023 and one since 2025.\n"
        "FOI 3,13/01/2026,Wanted persons,212 people wanted on warrant.\n"
    )
    reply = parse_document(read_document(log.encode(), "log.csv"))
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2023", "2025"]
    others = parse_document(read_document(log.replace("RSOs whereabouts unknown", "Speed cameras").encode(), "log.csv"))
    assert others is None or others.missing is None


def test_one_circulated_on_a_day_then_one_on_another_is_one_person_per_day() -> None:
    reply = parse_text(HEAD + "As at 9 February 2015 there were 3 registered sex offenders whose whereabouts were "
                       "unknown. One was circulated on 2 October 2014, one on 14 June 2013 and one on 30 September "
                       "2012." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012-09-30", "2013-06-14", "2014-10-02"]
    snapshot = parse_text(HEAD + "There were 3 registered sex offenders wanted on 1 February 2015." + TAIL)
    assert [e.since for e in snapshot.entries] == [None]


def test_a_colon_led_list_of_as_many_dates_as_the_total_is_one_person_per_date() -> None:
    lead = HEAD + "Three registered sex offenders are currently wanted. Each was first recorded as whereabouts unknown on "
    for listed in ("03.04.09; 17.11.11; 08.01.14.", "03.04.2009; 17.11.2011; 08.01.2014.", "03/04/09, 17/11/11 and 08/01/14."):
        reply = parse_text(lead + "the following date:\n" + listed + TAIL)
        assert (reply.missing, reply.needs_review) == (3, False), listed
        assert sorted(e.since for e in reply.entries) == ["2009-04-03", "2011-11-17", "2014-01-08"], listed
    short = parse_text(lead.replace("Three", "Four") + "the following date:\n03.04.09; 17.11.11; 08.01.14." + TAIL)
    assert short.missing == 4 and short.needs_review


def test_a_since_list_closing_the_count_sentence_dates_one_person_each() -> None:
    for since in ("Dec 06 and Jan 08", "December 2006 and January 2008"):
        reply = parse_text(HEAD + f"2 RSOs are wanted by Kent Police, missing since {since}." + TAIL)
        assert (reply.missing, reply.needs_review) == (2, False), since
        assert sorted(e.since for e in reply.entries) == ["2006-12", "2008-01"], since


def test_a_trailing_since_year_after_the_count_clause_dates_the_count() -> None:
    reply = parse_text(HEAD + "One RSO is currently wanted because their whereabouts are unknown, since 2012." + TAIL)
    assert (reply.missing, reply.needs_review) == (1, False)
    assert [e.since for e in reply.entries] == ["2012"]


def test_abroad_said_outright_in_the_active_voice_or_in_scots() -> None:
    outwith = parse_text(HEAD + "29 registered sex offenders were recorded as whereabouts unknown. Of these, 11 are "
                         "believed to be outwith the UK." + TAIL)
    assert _statuses(outwith) == [("believed_abroad", 11), ("wanted", 18)]
    left = parse_text(HEAD + "There are 5 RSOs whose whereabouts are not known. Of these 5, intelligence indicates that "
                      "two have left Britain." + TAIL)
    assert _statuses(left) == [("believed_abroad", 2), ("wanted", 3)]
    active = parse_text(HEAD + "Eight RSOs are wanted because their whereabouts are unknown. Of these, we believe one to "
                        "be in Romania, one in the Irish Republic, one in Pakistan, and one on the Isle of Wight." + TAIL)
    assert _statuses(active) == [("believed_abroad", 3), ("wanted", 5)]


def test_a_figure_followed_by_its_parts_after_a_colon_is_the_figure() -> None:
    corrected = parse_text(HEAD + "The correct figure, as at 13 June 2022, is ten: seven whose whereabouts are unknown "
                           "within the UK and three believed to be overseas." + TAIL)
    assert (corrected.missing, _statuses(corrected)) == (10, [("believed_abroad", 3), ("wanted", 7)])
    split = parse_text(HEAD + "We can confirm that there are 11: 8 wanted on warrant and 3 treated as missing persons." + TAIL)
    assert _statuses(split) == [("missing", 3), ("wanted", 8)]


def test_rough_figures_other_areas_and_other_systems_are_queried() -> None:
    rough = parse_text(HEAD + "There are twenty or so registered sex offenders whose whereabouts are unknown." + TAIL)
    assert rough.needs_review and "roughly" in (rough.review_reason or "")
    area = parse_text(HEAD + "Kent Police has 46 registered sex offenders who are currently wanted because their "
                      "whereabouts are unknown, 14 of whom are believed to have left the jurisdiction." + TAIL)
    assert area.needs_review
    systems = parse_text(HEAD + "On 5 June 2017 the force's Wanted/Missing index showed 6 registered sex offenders as "
                         "whereabouts unknown, while ViSOR showed 4." + TAIL)
    assert systems.needs_review


def test_a_date_in_a_semicolon_list_may_say_how_many_and_a_missing_since_list_is_missing() -> None:
    reply = parse_text(HEAD + "Five (5) registered sex offenders were whereabouts unknown on 15 January 2024: four are "
                       "wanted and one is recorded as a missing person.\nWanted since: August 2021; February 2022; June "
                       "2023 (two).\nMissing since: December 2023." + TAIL)
    assert sorted((e.since, e.count_low, e.status) for e in reply.entries) == [
        ("2021-08", 1, "wanted"), ("2022-02", 1, "wanted"), ("2023-06", 2, "wanted"), ("2023-12", 1, "missing")]


def test_people_who_were_whereabouts_unknown_and_one_in_each_of_several_years() -> None:
    were = parse_text(HEAD + "Kent Police manages about 2,700 registered sex offenders. Of these, four were whereabouts "
                      "unknown on 3 February 2025." + TAIL)
    assert were.missing == 4
    each = parse_text(HEAD + "Four RSOs are wanted. They became wanted one in each of 2019 and 2020, and two in 2021." + TAIL)
    assert sorted((e.since, e.count_low) for e in each.entries) == [("2019", 1), ("2020", 1), ("2021", 2)]


def test_a_note_in_brackets_on_a_list_item_is_read_not_dropped() -> None:
    reply = parse_text(LATER_HEAD + "Four RSOs are wanted. By the year in which each was first recorded:\n• 2015: one individual\n"
                       "• 2019: two individuals\n• 2024: one individual (believed to be in the Netherlands)" + TAIL)
    assert sum(e.count_low for e in reply.entries) == 4
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2015", "wanted"), ("2019", "wanted"), ("2024", "believed_abroad")]


def test_a_correction_reads_the_corrected_figure_not_the_one_it_replaces_or_those_found() -> None:
    reply = parse_text(HEAD + "Our response stated that 14 registered sex offenders were wanted because their whereabouts "
                       "were unknown on 10 April 2017. That figure included three offenders who were in custody in "
                       "another force area on that date, and whose whereabouts were therefore known.\nThe correct figure "
                       "is 11. I apologise for the error." + TAIL)
    assert (reply.missing, reply.needs_review) == (11, False)


def test_a_long_run_of_digits_in_a_title_is_no_count() -> None:
    from foi_tally.numbers import find_counts

    assert find_counts("Metropolitan Police Service - 2010060015234 - RSOs whereabouts unknown") == []


def test_year_first_dates_with_slashes_are_read_in_prose() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders whose whereabouts are unknown. They have been "
                       "sought since 2013/04/11 and 2014/10/02 respectively." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2013-04-11", "2014-10-02"]


def test_dates_listed_after_a_recording_verb_date_one_person_each() -> None:
    bare = parse_text(HEAD + "We have 2 outstanding RSOs, circulated 12/09/07 and 01/11/08." + TAIL)
    assert (bare.missing, bare.needs_review) == (2, False)
    assert sorted(e.since for e in bare.entries) == ["2007-09-12", "2008-11-01"]
    reported = parse_text(HEAD + "There are three registered sex offenders whose whereabouts are unknown. They were first "
                          "reported as such on 4 March 2013, 17 November 2013 and on 1 February 2015, the day your "
                          "request was received." + TAIL)
    assert (reported.missing, reported.needs_review) == (3, False)
    assert sorted(e.since for e in reported.entries) == ["2013-03-04", "2013-11-17", "2015-02-01"]


def _coded_sheet(rows: list[list[str]], legend: list[list[str]] | None = None):  # type: ignore[no-untyped-def]
    """A workbook of one data sheet and, if given, a second sheet holding a key to its codes, parsed."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if legend:
        key = book.create_sheet("Legend")
        for row in legend:
            key.append(row)
    out = io.BytesIO()
    book.save(out)
    return parse_document(read_document(out.getvalue(), "kent.xlsx"))


def test_codes_in_a_list_of_people_are_read_by_the_replys_key_or_queried() -> None:
    data = [["Kent Police - FOI 2024/0640"], ["Position at 03/06/2024"], ["Ref", "Month first recorded", "Code"],
            ["K1", "Feb 2015", "WM"], ["K2", "Aug 2019", "WA"], ["K3", "May 2023", "WM"]]
    on_a_sheet = _coded_sheet(data, [["Code", "Meaning"], ["WM", "Wanted/missing - believed in UK"],
                                     ["WA", "Wanted - whereabouts unknown, believed abroad"]])
    assert (_statuses(on_a_sheet), on_a_sheet.needs_review) == ([("believed_abroad", 1), ("wanted", 1), ("wanted", 1)], False)
    in_a_line = _coded_sheet([*data, [], ["Key: WA = wanted, believed to be abroad; WM = wanted, in the UK"]])
    assert _statuses(in_a_line) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]
    unexplained = _coded_sheet(data)
    assert unexplained.needs_review and "'WM', 'WA'" in (unexplained.review_reason or "")
    closed = _coded_sheet([*data, ["K4", "Jan 2020", "LC"]], [["Code", "Meaning"], ["WM", "Wanted/missing"],
                                                            ["WA", "Wanted - believed abroad"], ["LC", "Located, case closed"]])
    assert closed.needs_review and "'LC'" in (closed.review_reason or "")


def test_the_figure_out_of_a_caseload_is_the_figure_not_the_caseload() -> None:
    asked = "You asked: how many registered sex offenders are wanted because their whereabouts are unknown?\n"
    for said in ("As at the latest month-end the figure was 6 (six), out of 1,980 offenders managed in the county.",
                 "The figure stood at 6 out of some 1,980 registered sex offenders."):
        reply = parse_text(HEAD + asked + said + TAIL)
        assert (reply.missing, reply.needs_review) == (6, False), said


def test_a_cost_refusal_that_opens_by_saying_no_report_is_held_is_a_refusal() -> None:
    reply = parse_text(HEAD + "Kent Police does not hold a report listing offenders who cannot be traced. Finding them "
                       "would mean reading some 3,000 ViSOR records, which would take well over 18 hours.\nSection 12(1) "
                       "of the Act therefore applies to your request." + TAIL)
    assert (reply.status, list(reply.exemptions)) == ("refused", ["s12"])


def test_a_year_just_before_a_count_dates_that_count_not_one_person() -> None:
    reply = parse_text(HEAD + "The information is exempt under section 31(1)(a). Each offender whose whereabouts are unknown "
                       "is the subject of a live enquiry; in 2019, 9 such enquiries were opened." + TAIL)
    assert (reply.missing, len(reply.entries)) == (None, 0)


def test_a_status_naming_a_country_abroad_puts_that_person_abroad() -> None:
    reply = _csv_reply("Ref,Date wanted,Status\nA1,04/05/2012,Wanted\nA2,17/09/2014,Wanted (thought Eire)\n"
                       "A3,02/02/2016,Wanted (possibly Northern Ireland)\n")
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_a_size_said_without_a_figure_beside_a_refusal_is_queried() -> None:
    reply = parse_text(HEAD + "We can confirm that the number of registered sex offenders whose whereabouts are unknown "
                       "is in double figures. The exact number is withheld under section 40(2)." + TAIL)
    assert (reply.status, reply.needs_review) == ("refused", True)


def test_a_letter_answering_for_two_forces_that_cannot_be_split_is_queried() -> None:
    letter = ("Essex Police | Kent Police\nJoint Information Unit\nKent Police Headquarters, Sutton Road, Maidstone\n"
              "Kent Police reference: KP/FOI/21/0740\n26 July 2021\nDear Requester\nYou asked how many registered sex "
              "offenders are wanted because their whereabouts are unknown.\nThis response is provided on behalf of both "
              "Essex Police and Kent Police.\nThe answer is three, since 2019, 2020 and 2021, all in the northern county.\n"
              "Yours sincerely\nFreedom of Information Officer\nKent Police\nfreedomofinformation@kent.police.uk\n")
    reply = parse_text(letter)
    assert reply.needs_review and "together" in (reply.review_reason or "")


def test_shorthand_times_sign_a_list_going_on_after_semicolons_and_a_week_ending() -> None:
    from foi_tally.dates import find_since
    from foi_tally.numbers import find_counts

    assert [(c.text, c.low) for c in find_counts("We hold 4x RSOs as WU on ViSOR")] == [("4", 4)]
    assert [(m.text, m.since.iso(), m.since.latest) for m in find_since("located in the week ending 20/03/2015")] == [
        ("week ending 20/03/2015", "2015-03", None)]
    across = find_since("first WU w/c 28/09/2020")[0].since
    assert (across.iso(), across.latest) == ("2020-09", dt.date(2020, 10, 31))
    reply = parse_text(HEAD + "There are 3x RSOs WU. Date first WU: w/e 09/05/2014; 21/11/2016;\n03/03/2019." + TAIL)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2014-05", 1), ("2016-11-21", 1), ("2019-03-03", 1)]


def test_with_effect_from_in_shorthand_dates_each_count() -> None:
    reply = parse_text(HEAD + "Reply from the MOSOVO team:\n4x RSOs WU -\n2x wef 03/06/18\n1x wef Jan 20\n"
                       "1x wef 2021\n" + TAIL)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2018-06-03", 2), ("2020-01", 1), ("2021", 1)]


def test_a_heading_line_over_one_line_of_figures_reads_as_the_same_table_in_any_format() -> None:
    # Categories across, one row of figures under them: read as a CSV file's would be, in a mail's HTML table
    # (cells split by tabs), a pipe table or columns spaced out in plain text.
    html = ("From: Kent Police FOI <foi@kent.pnn.police.uk>\nTo: Requester <r@news.example>\nSubject: FOI 20/0291\n"
            "Date: Tue, 10 Mar 2020 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n"
            "<p>Dear Requester,</p><p>The figures as at 9 March 2020 are:</p><table>"
            "<tr><td>Status</td><td>Wanted</td><td>Missing</td><td>Abroad</td><td>Total</td></tr>"
            "<tr><td>Offenders</td><td>4</td><td>2</td><td>1</td><td>7</td></tr></table>"
            "<p>Yours sincerely</p><p>Kent Police</p>")
    replies = [
        parse_document(read_document(html.encode(), "reply.eml")),
        parse_text(HEAD + "The figures are:\nStatus | Wanted | Missing | Abroad | Total\nOffenders | 4 | 2 | 1 | 7\n" + TAIL),
        parse_text(HEAD + "The figures are:\nStatus     Wanted   Missing   Abroad   Total\nOffenders  4        2         1        7\n"
                   + TAIL),
    ]
    for reply in replies:
        assert (reply.missing, reply.needs_review) == (7, False)
        assert _by_status(reply) == {"wanted": 4, "missing": 2, "believed_abroad": 1}


def test_a_column_of_days_since_is_counted_back_from_the_extract_date() -> None:
    reply = _csv_reply("Wanted RSOs - extract at 10/10/2022\nArea,Days since WU\nNorth,10\nSouth,365\n")
    assert (reply.as_of, sorted(e.since for e in reply.entries)) == ("2022-10-10", ["2021-10-10", "2022-09-30"])


def test_a_table_of_groups_counting_the_missing_beside_other_measures_gives_its_total() -> None:
    ages = _csv_reply('"Offenders whose whereabouts are unknown at 01/03/2020, by age"\nAge group,Number\n'
                      "18-30,2\n31-50,0\n51+,1\nTotal,3\n")
    assert (ages.missing, ages.as_of, ages.needs_review) == (3, "2020-03-01", False)
    areas = _csv_reply("Position at 01/03/2020\nDivision,Breaches 2019,Arrests 2019,Currently wanted (WU)\n"
                       "East,10,7,1\nWest,12,9,2\nTotal,22,16,3\n")
    assert (areas.missing, areas.needs_review) == (3, False)
    unknown_column = _csv_reply("Position at 01/03/2020\nDivision,Believed abroad,Currently wanted (WU)\nEast,1,1\nWest,0,2\n")
    assert unknown_column.missing != 3 or unknown_column.needs_review


def test_year_and_month_run_together_under_a_heading_saying_so() -> None:
    reply = _csv_reply("Ref,First WU (YYYYMM)\nA,201503\nB,202110\n")
    assert sorted(e.since for e in reply.entries) == ["2015-03", "2021-10"]


def test_a_figure_said_to_be_therefore_and_a_figure_said_not_to_be_the_one_asked_for() -> None:
    therefore = parse_text(HEAD + "You asked how many RSOs are wanted. The number of RSOs whose whereabouts are unknown "
                           "is therefore 12." + TAIL)
    assert (therefore.missing, therefore.needs_review) == (12, False)
    other = parse_text(HEAD + "Kent Police does not record whether an offender's whereabouts are unknown. On 3 May 2019 "
                       "eight (8) RSOs were wanted on warrant. Please note this is not the figure you asked for. The "
                       "information you asked for is therefore not held." + TAIL)
    assert other.missing is None and other.status == "not_held"


def test_spans_of_months_and_people_named_by_their_order_are_dated() -> None:
    reply = parse_text(HEAD + "There are three RSOs whose whereabouts are unknown. The first became whereabouts unknown "
                       "between May and August 2016; the second between December 2018 and March 2019; the third on "
                       "9 February 2020." + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2016-05", "2018-12", "2020-02-09"]
    one = parse_text(HEAD + "The answer is one. She became whereabouts unknown at some point between February and the "
                     "end of April 2022." + TAIL)
    assert [(e.since, e.since_latest) for e in one.entries] == [("2022-02", "2022-04-30")]


def _dated(reply):  # type: ignore[no-untyped-def]
    """The reply's entries as (since, since_latest, count) triples, sorted."""
    return sorted((e.since or "", e.since_latest or "", e.count_low) for e in reply.entries)


def test_half_years_in_a_sentence_are_month_spans() -> None:
    reply = parse_text(HEAD + "We have five RSOs whose whereabouts are unknown. Three went missing in H2 2013, one in "
                       "the first half of 2014 and one in 2012." + TAIL)
    assert _dated(reply) == [("2012", "", 1), ("2013-07", "2013-12-31", 3), ("2014-01", "2014-06-30", 1)]


def test_weeks_fortnights_and_feast_days_in_a_sentence_are_dated() -> None:
    reply = parse_text(HEAD + "As of 10 February 2015 we are unable to locate four registered sex offenders. One has "
                       "been wanted for a fortnight, one for 30 weeks, one since the last week of March 2012 and one "
                       "since the week before Christmas 2013." + TAIL)
    assert _dated(reply) == [("2012-03", "", 1), ("2013-12", "", 1), ("2014-07", "", 1), ("2015-01", "", 1)]
    feast = parse_text(HEAD + "Two registered sex offenders are wanted because their whereabouts are unknown: one "
                       "since Boxing Day 2011 and one since the week after Christmas 2012." + TAIL)
    assert _dated(feast) == [("2011-12-26", "", 1), ("2012-12", "2013-01-31", 1)]


def test_a_bracketed_figure_after_a_date_counts_that_many_even_when_the_list_runs_on() -> None:
    reply = parse_text(HEAD + "Date first listed as wanted: 2012 H1 (3), Mar-2014 (1), 2016 - month not held (1)\n"
                       "These figures change daily: one offender may be traced, or another circulated, on any day.\n" + TAIL)
    assert _dated(reply) == [("2012-01", "2012-06-30", 3), ("2014-03", "", 1), ("2016", "", 1)]


def test_a_figure_dated_after_a_comma_dates_all_of_it() -> None:
    both = parse_text(HEAD + "Kent Police: 3 registered sex offenders are wanted as their whereabouts are unknown, all "
                      "since 2013." + TAIL)
    assert _dated(both) == [("2013", "", 3)]
    had_been = parse_text(HEAD + "On the day of your request two registered sex offenders were wanted as their "
                          "whereabouts were unknown, and had been since 4 May 2014." + TAIL)
    assert _dated(had_been) == [("2014-05-04", "", 2)]


def test_a_bare_dates_label_under_the_count_dates_one_person_each_or_is_queried() -> None:
    three = parse_text(HEAD + "Kent Police has three (3) registered sex offenders whose whereabouts are unknown.\n\n"
                       "Dates: 4.1.2011 / 19.06.2013 / 7.7.2014\n" + TAIL)
    assert _dated(three) == [("2011-01-04", "", 1), ("2013-06-19", "", 1), ("2014-07-07", "", 1)]
    short = parse_text(HEAD + "Kent Police has three (3) registered sex offenders whose whereabouts are unknown.\n\n"
                       "Dates: 4.1.2011 / 19.06.2013\n" + TAIL)
    assert short.needs_review


def test_a_count_then_a_dash_then_a_dated_list_reads_every_item() -> None:
    reply = parse_text(HEAD + "Q2. How many RSOs are wanted as their whereabouts are unknown, and since when?\n"
                       "A2. Three - two since 2013-Q1, one since 2014-Q3.\n" + TAIL)
    assert _dated(reply) == [("2013-01", "2013-03-31", 2), ("2014-07", "2014-09-30", 1)]


def test_a_winter_named_by_both_its_years_is_no_financial_year() -> None:
    reply = parse_text(HEAD + "Two registered sex offenders are wanted because their whereabouts are unknown: one since "
                       "the winter of 2010/11 and one since 2013." + TAIL)
    assert (_dated(reply), reply.needs_review) == ([("2010", "2011-12-31", 1), ("2013", "", 1)], False)


def test_people_the_force_is_unable_to_locate_and_when_contact_was_lost_with_each() -> None:
    reply = parse_text(LATER_HEAD + "We are currently unable to locate three people who are subject to the notification "
                       "requirements. Contact was lost with the first in March 2014, with the second in June 2016 and "
                       "with the third in 2019." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2014-03", "2016-06", "2019"]
    left = parse_text(HEAD + "The force is unable to locate two (2) people subject to notification requirements: one "
                      "since 2017, and one who is believed to have left the country for Spain in May 2021." + TAIL)
    assert left.missing == 2 and "2021-05" in [e.since for e in left.entries]


def test_a_figure_split_after_its_colon_into_three_statuses() -> None:
    reply = parse_text(HEAD + "You asked how many RSOs are wanted. The figure is 7: five wanted, one missing person and "
                       "one believed to be abroad." + TAIL)
    assert (_statuses(reply), reply.needs_review) == ([("believed_abroad", 1), ("missing", 1), ("wanted", 5)], False)


def test_a_figure_whose_people_the_letter_dates_in_words_no_rule_reads_is_queried() -> None:
    as_at = parse_text(HEAD + "Three RSOs were recorded as whereabouts unknown on 4 May 2019. The dates they were "
                       "first circulated are exempt under section 40(2)." + TAIL)
    assert (as_at.missing, as_at.needs_review) == (3, False)
    unread = parse_text(HEAD + "Kent Police has 1 RSO outstanding - absent since 22.08.2014, believed local." + TAIL)
    assert unread.needs_review or [e.since for e in unread.entries] == ["2014-08-22"]


def test_where_each_is_believed_to_be_and_what_each_is_recorded_as() -> None:
    where = _csv_reply("Ref,Month WU,Where believed\n1,Mar 2012,Not known\n2,Jul 2013,Poland\n3,Jan 2014,UK\n")
    assert (_statuses(where), where.needs_review) == ([("believed_abroad", 1), ("wanted", 1), ("wanted", 1)], False)
    recorded = _csv_reply("Month/Year,Recorded as\nMay 2011,Wanted\nOct 2013,Missing person\n")
    assert _statuses(recorded) == [("missing", 1), ("wanted", 1)]
    furth = parse_text(HEAD + "Nine RSOs are whereabouts unknown; four of them are thought to be furth of the United "
                       "Kingdom." + TAIL)
    assert _statuses(furth) == [("believed_abroad", 4), ("wanted", 5)]


def test_a_total_read_outside_the_prose_rules_is_queried_when_its_dates_are_not_read() -> None:
    reply = parse_text(HEAD + "You asked how many RSOs are missing. On the day your request arrived, 5 registered sex "
                       "offenders were being actively sought because we did not know where they were living.\nThe "
                       "earliest of these cases dates from May 2011; the others date from 2012 (two) and 2013 (two)." + TAIL)
    assert reply.needs_review or len([e for e in reply.entries if e.since]) == 3


def test_one_person_said_to_have_left_the_area_is_queried() -> None:
    reply = parse_text(HEAD + "There is one RSO whose whereabouts are unknown. The individual is believed to have left "
                       "the county." + TAIL)
    assert reply.needs_review and "abroad" in (reply.review_reason or "")
    island = parse_text(HEAD + "Two RSOs are wanted, 1 of whom is thought to have left the island." + TAIL)
    assert island.needs_review


def test_months_that_split_a_year_named_before_them_belong_to_that_year() -> None:
    reply = parse_text(HEAD + "There are currently 2 registered sex offenders whose whereabouts are unknown. Both went "
                       "missing in 2012, one in March and the other in November." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2012-03", 1), ("2012-11", 1)]


def test_a_month_after_since_is_still_the_last_such_month() -> None:
    reply = parse_text(HEAD + "There are currently 2 registered sex offenders whose whereabouts are unknown. One has "
                       "been missing since 2010 and the other since November." + TAIL)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 1), ("2014-11", 1)]


def test_two_of_them_with_no_total_read_is_queried_not_taken_as_the_total() -> None:
    reply = parse_text(HEAD + "Currently 4. Two of them since 2010." + TAIL)
    assert reply.needs_review
    assert "counts a part of a figure" in reply.review_reason
    stated = parse_text(HEAD + "There are 4 registered sex offenders whose whereabouts are unknown. Two of them since "
                        "2010." + TAIL)
    assert (stated.missing, stated.needs_review) == (4, False)


def test_dates_withheld_in_other_words_make_the_answer_partial() -> None:
    figure = "There are currently 6 registered sex offenders whose whereabouts are unknown. "
    for withholding, section in [
        ("We will not be releasing the dates each went missing (s.40(2)).", "s40"),
        ("We are not able to give the dates as this could identify the individuals (Section 40(2)).", "s40"),
        (("The dates are exempt; see below.\nSection 31(1)(a)(b) Law Enforcement - Releasing the dates on which "
          "individuals went missing would help them evade arrest."), "s31"),
    ]:
        reply = parse_text(HEAD + figure + withholding + TAIL)
        assert (reply.status, reply.exemptions, reply.missing) == ("partial", (section,), 6), withholding


def test_a_section_named_in_brackets_beside_no_withholding_is_not_applied() -> None:
    reply = parse_text(HEAD + "There are currently 6 registered sex offenders whose whereabouts are unknown. "
                       "Our privacy notice says how we handle the personal data in your request (section 40)." + TAIL)
    assert (reply.status, reply.exemptions) == ("answered", ())


def test_a_bare_figure_under_part_1_answers_the_requests_first_part() -> None:
    reply = parse_text(HEAD + 'You asked:\n"1. How many registered sex offenders are currently listed as wanted by your '
                       'force?\n2. For each, how long have they been missing?"\nResponse\nPart 1: 19.\nPart 2: To '
                       "provide the date each offender went missing would exceed the cost limit and Section 12\napplies "
                       "to this part of the request." + TAIL)
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s12",), 19, False)


def _workbook(sheets: dict[str, list[list[object]]]):  # type: ignore[no-untyped-def]
    """A workbook of these sheets, in order, parsed."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return parse_document(read_document(out.getvalue(), "kent.xlsx"))


def test_a_summary_row_naming_the_missing_is_checked_against_the_list_of_people() -> None:
    people = [["Ref", "Wanted from"], ["K1", "01/2012"], ["K2", "06/2013"], ["K3", "02/2014"]]
    heading = ["Kent Police - FOI 2015/0870"]
    differ = _workbook({"Summary": [heading, ["RSOs whereabouts unknown", 4]], "Detail": people})
    assert differ.needs_review and "'RSOs whereabouts unknown | 4'" in differ.review_reason
    agree = _workbook({"Summary": [heading, ["RSOs whereabouts unknown", 3]], "Detail": people})
    assert (agree.missing, agree.needs_review) == (3, False)


def test_a_list_of_days_said_as_the_3rd_of_march_dates_one_person_each() -> None:
    reply = parse_text(HEAD + "There are currently four registered sex offenders wanted whose whereabouts are unknown. "
                       "They have been wanted since the following dates: the 3rd of March 2009; 17th November 2010; "
                       "the 1st of August 2012; and the 22nd of May 2013." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert [e.since for e in reply.entries] == ["2009-03-03", "2010-11-17", "2012-08-01", "2013-05-22"]


def test_one_figure_for_two_forces_together_is_queried() -> None:
    reply = parse_text(HEAD + "Kent Police and Essex Police share a Public Protection Unit. Across the two force areas, "
                       "seven registered sex offenders are currently recorded as wanted. The data is not held in a way "
                       "that separates the two forces." + TAIL)
    assert reply.needs_review and "two forces together" in reply.review_reason
    alone = parse_text(HEAD + "There are currently 3 registered sex offenders whose whereabouts are unknown. The figure "
                       "is for Kent only; Essex Police will answer for Essex." + TAIL)
    assert (alone.missing, alone.needs_review) == (3, False)


def test_a_table_with_a_row_for_each_of_two_forces_is_not_summed_silently() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/17/0654", "Dear Requester",
                         "Your request was made to Kent Police. Figures for both forces in our partnership are below."],
                        [("Force", "RSOs whereabouts unknown"), ("Essex Police", "5"), ("Kent Police", "1")])
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 1, False)  # its own row
    others = _word_reply(["Kent Police", "Our reference: KP/FOI/17/0654", "Dear Requester",
                          "Your request was made to Kent Police. Our neighbours' figures are below."],
                         [("Force", "RSOs whereabouts unknown"), ("Essex Police", "5"), ("Surrey Police", "1")])
    assert others.needs_review and "a row for each of Essex Police, Surrey Police" in others.review_reason


def test_an_earlier_replys_figure_and_day_give_way_to_the_current_figure() -> None:
    revisited = ("On 2 February 2015 we informed you that 7 registered sex offenders were wanted with their whereabouts "
                 "unknown. ")
    reply = parse_text(HEAD + revisited + "Since then two have been located and arrested, and the current figure is "
                       "therefore 5." + TAIL)
    assert (reply.missing, reply.as_of, reply.needs_review) == (5, "2015-02-10", False)
    only = parse_text(HEAD + revisited + "We have nothing to add." + TAIL)
    assert only.needs_review and "the figure of an earlier reply" in only.review_reason


def test_a_last_row_that_sums_the_groups_above_is_their_total_and_queried() -> None:
    reply = _csv_reply("Division,RSOs whereabouts unknown\nNorth,2\nSouth,1\nEast,4\nKent,7\n")
    assert reply.missing == 7
    assert reply.needs_review and "the last row 'Kent | 7' is the sum of the rows above it" in reply.review_reason


def test_an_answer_after_the_question_on_its_line_is_read_and_a_refused_part_makes_it_partial() -> None:
    reply = parse_text(HEAD + "Q1 - How many RSOs are currently missing? There are 5 registered sex offenders currently\n"
                       "recorded as missing.\nQ2 - Since when? Finding the date for each case would exceed the cost "
                       "limit. This part of the request is therefore refused." + TAIL)
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s12",), 5, False)


def test_a_fixed_width_table_under_a_rule_of_dashes_keeps_a_row_with_a_blank_cell() -> None:
    table = ("The information is in the table below.\n"
             "ViSOR ref   Wanted date  Status\n"
             "----------  -----------  ------\n"
             "15/KT/001   02/03/2007   WANTED\n"
             "15/KT/017   19/09/2010   WANTED\n"
             "15/KT/061                WANTED\n"
             "15/KT/070   25/12/2014   WANTED\n"
             "Please note the figures are accurate as at the date your request was received.")
    doc = read_document((HEAD + table + TAIL).encode(), "reply.txt")
    assert [[c.text for c in row] for row in doc.tables[0].rows][3:] == [
        ["15/KT/061", "", "WANTED"], ["15/KT/070", "25/12/2014", "WANTED"]]
    reply = parse_text(HEAD + table + TAIL)
    assert reply.missing == 4
    assert sorted(e.since or "" for e in reply.entries) == ["", "2007-03-02", "2010-09-19", "2014-12-25"]


def test_of_which_still_outstanding_beside_those_who_went_missing_is_the_answer() -> None:
    reply = _csv_reply("Year,RSOs whose whereabouts became unknown,Of which still outstanding\n"
                       "2011,4,1\n2012,3,0\n2013,2,2\nTotal,9,3\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2011", 1), ("2013", 2)]
    abroad = _csv_reply("Year,Number wanted,Of which believed abroad\n2011,4,1\n2013,2,0\nTotal,6,1\n")
    assert (abroad.missing, _statuses(abroad)) == (6, [("believed_abroad", 1), ("wanted", 2), ("wanted", 3)])


def test_a_table_beside_news_that_some_have_since_been_traced_is_queried() -> None:
    rows = "Year,RSOs wanted\n2011,2\n2012,1\n2014,3\n"
    note = "Some of the offenders above have subsequently been traced; the table shows all those wanted in each year.\n"
    reply = _csv_reply(rows + note)
    assert reply.missing == 6
    assert reply.needs_review and "says some have since been found" in reply.review_reason
    left_out = _csv_reply(rows + "Two have since been located and are not included in the table.\n")
    assert (left_out.missing, left_out.needs_review) == (6, False)


def test_lines_like_one_went_missing_in_2003_are_dated_people_not_categories() -> None:
    reply = parse_text(HEAD + "There are currently four registered sex offenders whose whereabouts are unknown.\n"
                       "One went missing in 2003.\nTwo went missing in 2009.\nOne went missing in 2013.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2003", 1), ("2009", 2), ("2013", 1)]


def test_an_alliance_table_is_cut_to_the_replying_forces_rows() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/17/0654", "Dear Requester",
                         ("Your request has been handled by Kent Police. The figures for both forces are shown, but "
                          "only the figure for Kent Police answers your request.")],
                        [("Force", "RSOs wanted - whereabouts unknown", "Of which believed abroad"),
                         ("Essex Police", "6", "2"), ("Kent Police", "3", "1"), ("Partnership total", "9", "3")])
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 2)]


def test_of_which_believed_abroad_beside_the_wanted_is_among_them() -> None:
    reply = _csv_reply("Area,RSOs wanted,Of which believed abroad\nNorth,3,1\nSouth,2,0\nTotal,5,1\n")
    assert (reply.missing, reply.needs_review) == (5, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 2), ("wanted", 2)]


def test_an_alliance_table_with_a_column_for_each_force_is_cut_to_the_replying_forces_column() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0321", "Dear Requester",
                         "This response is provided by Kent Police. Both forces' figures are tabled below."],
                        [("", "Essex Police", "Kent Police"), ("Wanted (whereabouts unknown)", "7", "2"),
                         ("Missing (not wanted)", "2", "1"), ("Total", "9", "3")])
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 3, False)
    assert _statuses(reply) == [("missing", 1), ("wanted", 2)]


def test_forces_named_by_their_areas_in_an_alliance_table_are_cut_to_the_replying_forces_own() -> None:
    columns = _word_reply(["Kent Police", "Our reference: KP/FOI/19/0456", "Dear Requester",
                           "Your request to Kent Police has been considered. The data is held jointly with Essex."],
                          [("Year wanted", "Essex", "Kent", "Total"), ("2010", "2", "1", "3"), ("2014", "3", "2", "5"),
                           ("Total", "5", "3", "8")])
    assert (columns.force, columns.missing, columns.needs_review) == ("Kent Police", 3, False)
    assert sorted((e.since, e.count_low) for e in columns.entries) == [("2010", 1), ("2014", 2)]
    rows = _word_reply(["Kent Police", "Our reference: KP/FOI/17/0088", "Dear Requester",
                        "Your request was made to Kent Police. The force area of each offender is shown."],
                       [("Force area", "Date wanted", "Risk"), ("Kent", "11/02/2009", "Low"),
                        ("Essex", "23/09/2010", "High"), ("Kent", "05/04/2013", "Medium"), ("Essex", "08/12/2015", "Low")])
    assert (rows.force, rows.missing, rows.needs_review) == ("Kent Police", 2, False)
    assert sorted(e.since for e in rows.entries) == ["2009-02-11", "2013-04-05"]


def test_missing_not_wanted_is_a_category_of_the_missing_and_not_wanted_in_custody_is_not() -> None:
    both = _csv_reply("Category,Number\nWanted (whereabouts unknown),2\nMissing (not wanted),1\nTotal,3\n")
    assert (both.missing, both.needs_review, _statuses(both)) == (3, False, [("missing", 1), ("wanted", 2)])
    custody = _csv_reply("Category,Number\nWanted (whereabouts unknown),2\nNot wanted - in custody,4\nTotal,6\n")
    assert custody.missing == 2


def test_system_column_names_are_read_as_words() -> None:
    reply = _csv_reply("NOMINAL_REF,WANTED_DTE,STATUS_DESC\nK/1,2011-09-14,WANTED - WHEREABOUTS UNKNOWN\n"
                       "K/2,2014-01-03,LOCATED\nK/3,2014-11-19,WANTED - BELIEVED ABROAD\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1)]


def test_a_current_flag_of_n_is_queried() -> None:
    reply = _csv_reply("OFFENDER_KEY,DT_WHEREABOUTS_UNK,CURRENT_FLAG\nK-1,20090612,Y\nK-2,20131130,N\n")
    assert reply.needs_review and "'N' under 'current flag'" in reply.review_reason


def test_a_month_column_of_numbers_beside_the_year_is_no_count() -> None:
    reply = _csv_reply("Ref,Year wanted,Month wanted,Risk\nK1,2013,4,MEDIUM\nK2,2014,11,HIGH\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2013-04", "2014-11"]


def test_a_question_and_answer_table_is_read_as_its_sentences_not_as_dated_rows() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0412", "Dear Requester"],
                        [("Question", "Answer"), ("1. How many RSOs are currently missing?", "2"),
                         ("2. Since when has each been missing?", "March 2012; 11 November 2013"),
                         ("3. How many RSOs are managed in total?", "Approximately 1,150")])
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-03", "2013-11-11"]


def test_all_five_remain_recorded_as_whereabouts_unknown_states_the_total() -> None:
    reply = parse_text(HEAD + "Three registered sex offenders are currently being traced, and a further two are believed "
                       "to be living abroad. All five remain recorded as whereabouts unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 3)]


def test_one_offender_who_has_been_missing_since_a_month_is_dated() -> None:
    reply = parse_text(HEAD + "I can confirm that one registered sex offender has been missing since July 2011." + TAIL)
    assert (reply.missing, reply.needs_review, [e.since for e in reply.entries]) == (1, False, ["2011-07"])
    two = parse_text(HEAD + "I can confirm that two registered sex offenders have been missing since July 2011." + TAIL)
    assert two.needs_review  # both in that month, or since then at the latest? a person says


def test_the_other_in_welsh_is_one_more_person_dated_as_in_the_english() -> None:
    welsh = ("Gallaf gadarnhau bod dau droseddwr rhyw cofrestredig ar goll. Mae un ar goll ers Mawrth 2011 a'r llall ers "
             "Tachwedd 2013.\n")
    english = ("I can confirm that two registered sex offenders are currently wanted as their whereabouts are unknown. One "
               "has been missing since March 2011 and the other since November 2013.")
    reply = parse_text(HEAD + welsh + english + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2011-03", "2013-11"]


def test_a_further_group_also_recorded_as_whereabouts_unknown_is_added_when_no_total_is_said() -> None:
    reply = parse_text(HEAD + "At the time of your request, six registered sex offenders were being traced within the UK. "
                       "In addition, a further 3 are believed to be living abroad and are also recorded as whereabouts "
                       "unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (9, False)
    stated = parse_text(HEAD + "There are 6 registered sex offenders wanted. A further 3 are believed to be abroad and are "
                        "also recorded as wanted." + TAIL)
    assert stated.needs_review and "adds a further figure" in stated.review_reason


def test_a_letter_set_side_by_side_in_welsh_and_english_columns_is_read() -> None:
    reply = _word_reply(["Heddlu Kent Police", "Our ref: 2015/0312", "Dear Requester"],
                        [("Cymraeg", "English"),
                         ("Mae gan Heddlu Kent dri troseddwr rhyw cofrestredig nad yw eu lleoliad yn hysbys.",
                          "Kent Police has three registered sex offenders whose whereabouts are unknown."),
                         ("Aeth un ar goll ym Mehefin 2011, un yn Ionawr 2013 ac un yn Awst 2014.",
                          "One went missing in June 2011, one in January 2013 and one in August 2014.")])
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 3, False)
    assert sorted(e.since for e in reply.entries) == ["2011-06", "2013-01", "2014-08"]


def test_a_requesters_note_over_a_forwarded_reply_is_not_the_reply() -> None:
    message = ("From: News Desk <newsdesk@example-paper.co.uk>\nTo: Data Team <data@example-paper.co.uk>\n"
               "Subject: Fw: RSO figures - Kent reply\nDate: Mon, 16 Feb 2015 09:12:00 +0000\n\n"
               "Kent have come back - see below. So far: Essex 14, Surrey 2, Sussex refused.\nTom\n\n"
               "-----Original Message-----\nFrom: Freedom of Information <foi@kent.pnn.police.uk>\n"
               "Sent: 13 February 2015 16:44\nTo: News Desk\nSubject: FOI 2015/1784\n\n"
               "Dear Sir/Madam,\nKent Police can confirm that six registered sex offenders are currently wanted as "
               "their whereabouts are unknown.\nRegards\nInformation Governance\nKent Police\n")
    reply = parse_document(read_document(message.encode(), "forwarded.eml"))
    assert (reply.force, reply.status, reply.missing, reply.needs_review) == ("Kent Police", "answered", 6, False)


def test_a_first_column_numbering_two_people_is_no_count() -> None:
    reply = _csv_reply("No.,Date reported missing,Believed location\n1,7th August 2012,Abroad\n2,22nd January 2014,UK\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1)]


def test_numbered_questions_after_a_request_label_are_answered_by_number() -> None:
    reply = parse_text(HEAD + "Request: 1. How many registered sex offenders are currently wanted because their "
                       "whereabouts are unknown?\n2. For each, when did they go missing?\nQ1: Four (4).\nQ2: Kent Police "
                       "does not hold this information in a retrievable form." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)


def test_does_not_currently_have_any_is_a_nil_return() -> None:
    reply = parse_text(HEAD + "None. Kent Police does not currently have any registered sex offenders whose whereabouts "
                       "are unknown." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_what_our_letter_of_a_date_stated_gives_way_to_the_correct_position() -> None:
    reply = parse_text(HEAD + "Our letter of 14 January 2015 stated that Kent Police had no registered sex offenders whose "
                       "whereabouts were unknown. That answer was wrong. The correct position is that two registered sex "
                       "offenders are currently wanted, one since October 2012 and one since April 2014." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-10", "2014-04"]


def test_missing_for_approximately_a_duration_dates_the_person() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders whose whereabouts are currently unknown. One has "
                       "been missing for approximately 8 years 9 months; the other for 18 months." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2006-05", "2013-08"]


def test_a_scottish_cost_refusal_under_a_one_line_request_names_its_force() -> None:
    letter = ("Lothian and Borders Police\nFettes Avenue, Edinburgh EH4 1RB\nOur ref: 12/0744\nDate: 30/07/2012\n"
              "Dear Applicant\nRequest: the number of registered sex offenders missing in each year since 2000 and the "
              "date each went missing.\nSection 12(1) of the Freedom of Information (Scotland) Act 2002 provides that an "
              "authority is not obliged to comply with a request where the cost of doing so would exceed GBP 600. We "
              "estimate that retrieving this information would cost considerably more than that.\nIf you are unhappy you "
              "may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife "
              "KY16 9DS.\n")
    reply = parse_text(letter)
    assert (reply.force, reply.status, reply.exemptions, reply.missing, reply.needs_review) == (
        "Lothian and Borders Police", "refused", ("s12",), None, False)


def test_people_listed_as_lines_under_a_heading_are_read_as_a_table() -> None:
    reply = parse_text(HEAD + "Kent Police currently has 3 registered sex offenders circulated as wanted for failing to "
                       "comply with notification requirements.\nOffender Date circulated\nOffender 1 Feb 2012\n"
                       "Offender 2 Aug 2013\nOffender 3 Nov 2014\nPlease contact us with any queries." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [e.since for e in reply.entries] == ["2012-02", "2013-08", "2014-11"]


def test_person_lines_that_say_their_own_date_are_no_table_heading() -> None:
    reply = parse_text(HEAD + "As at 3 February 2015 there were two registered sex offenders recorded as wanted because "
                       "their whereabouts were unknown:\nOffender A - wanted since 14/06/2012\nOffender B - wanted since "
                       "03/09/2014\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-06-14", "2014-09-03"]


def test_welsh_and_english_on_one_line_are_each_read_in_their_language() -> None:
    reply = parse_text(HEAD + "Mae dau droseddwr rhyw cofrestredig ar goll ar hyn o bryd. / There are currently two "
                       "registered sex offenders whose whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)


def test_the_other_since_the_7th_of_a_month_is_dated() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders whose whereabouts are unknown. One has been missing "
                       "since 23rd Feb 2012 and the other since the 7th of November 2013." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-02-23", "2013-11-07"]


def test_a_date_for_the_missing_that_no_one_was_given_is_queried_when_some_are_undated() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders whose whereabouts are unknown. The first was "
                       "recorded missing on 12/05/2012 and the second on 03/11/2013." + TAIL)
    assert reply.needs_review and "that no one was dated with" in reply.review_reason
    part = parse_text(HEAD + "There are 4 registered sex offenders whose whereabouts are unknown. Two of them since "
                      "2010." + TAIL)
    assert (part.missing, part.needs_review) == (4, False)


def test_a_letter_date_labelled_after_the_reference_on_one_line_dates_last_november() -> None:
    reply = parse_text("Kent Police - Freedom of Information\nReference: 1212/15 Date: 16th February 2015\nDear Requester\n"
                       "There are three registered sex offenders whose whereabouts are unknown. The first has been "
                       "wanted since Sept 2004, the second since March 2012 and the third since last November." + TAIL)
    assert (reply.as_of, reply.missing, reply.needs_review) == ("2015-02-16", 3, False)
    assert [e.since for e in reply.entries] == ["2004-09", "2012-03", "2014-11"]


def test_a_table_row_that_looks_like_a_date_line_is_not_the_letters_date() -> None:
    from foi_tally.document import Line
    from foi_tally.layouts.metadata import find_letter_date
    from foi_tally.records import Locator

    texts = ["KENT POLICE - Freedom of Information", "Our Reference: FOI/15/0763 Date: 14 February 2015",
             "No. Whereabouts unknown since", "1 Jan 2008", "2 Nov 2009"]
    lines = [Line(text, Locator("reply.pdf", page=1, line=n)) for n, text in enumerate(texts, 1)]
    assert find_letter_date(lines) == dt.date(2015, 2, 14)


def test_a_cost_limit_not_exceeded_is_no_refusal_and_a_titled_section_after_a_clause_is_applied() -> None:
    within = parse_text(HEAD + "There are currently 5 registered sex offenders whose whereabouts are unknown. Retrieval "
                        "did not exceed the appropriate limit of £450." + TAIL)
    assert (within.status, within.exemptions, within.missing) == ("answered", (), 5)
    titled = parse_text(HEAD + "There are currently 17 registered sex offenders whose whereabouts are unknown.\nWith "
                        "regard to the second part of your request, Section 31(1)(a)(b) - Law Enforcement - releasing the "
                        "dates would help them evade arrest." + TAIL)
    assert (titled.status, titled.exemptions, titled.missing) == ("partial", ("s31",), 17)


def test_a_list_of_year_dash_count_items_keeps_a_count_that_could_be_read_as_a_year_span() -> None:
    reply = parse_text(HEAD + "Number of RSOs recorded as whereabouts unknown: 2010 - 9; 2011 - 11; 2012 (to date) - 6."
                       + TAIL)
    assert (reply.missing, reply.needs_review) == (26, False)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2010", 9), ("2011", 11), ("2012", 6)]


def test_dates_listed_under_the_dates_these_were_recorded_date_one_person_each() -> None:
    reply = parse_text(HEAD + "There are 4 registered sex offenders whose whereabouts are unknown. The dates these were "
                       "recorded: Jan 2012, Jan 2012, Jun 2013, Oct 2014." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert [e.since for e in reply.entries] == ["2012-01", "2012-01", "2013-06", "2014-10"]


def test_the_second_since_the_2nd_of_a_month_is_dated() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders currently wanted as their whereabouts are unknown. "
                       "The first has been outstanding since 4th May 2011 and the second since the 9th of June 2014."
                       + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2011-05-04", "2014-06-09"]


def test_footnote_numbers_left_on_full_stops_are_no_part_of_the_dates() -> None:
    reply = parse_text(HEAD + "I can advise that three registered sex offenders are currently wanted, whereabouts "
                       "unknown.1 Their dates of circulation are: 11/02/2009, 05/07/2012 and 19/10/2014.2\n"
                       "1 Figure correct as at 6 February 2015.\n2 Dates on which each was first circulated.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2009-02-11", "2012-07-05", "2014-10-19"]


def test_a_first_part_answered_by_number_alone_is_read_and_queried() -> None:
    reply = parse_text(HEAD + "Kent Police holds information relevant to your request.\nPart 1: 6 (six).\nPart 2: "
                       "The dates are withheld under sections 31(1)(a) and 40(2) of the Act.\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 6, True)
    assert "not quoted" in reply.review_reason
    asked = parse_text(HEAD + "Part 1: How many registered sex offenders are wanted?\nPart 2: Since when?\n"
                       "Response\nPart 1: 6 (six).\nPart 2: The dates are withheld under section 40(2).\n" + TAIL)
    assert (asked.status, asked.missing, asked.needs_review) == ("partial", 6, False)


def test_a_figure_given_only_as_a_span_is_queried_but_a_suppressed_one_is_not() -> None:
    span = parse_text(HEAD + "We cannot give an exact count, but between 12 and 16 registered sex offenders are currently "
                      "wanted as their whereabouts are unknown." + TAIL)
    assert (span.missing_low, span.missing_high, span.needs_review) == (12, 16, True)
    assert "a span" in span.review_reason
    dash = parse_text(HEAD + "We can report 5-6 registered sex offenders whose whereabouts are unknown." + TAIL)
    assert (dash.missing_low, dash.missing_high, dash.needs_review) == (5, 6, True)
    suppressed = parse_text(HEAD + "The number of registered sex offenders whose whereabouts are unknown is fewer than "
                            "five. The exact figure is withheld under section 40(2)." + TAIL)
    assert (suppressed.missing_low, suppressed.missing_high, suppressed.needs_review) == (1, 4, False)


def test_a_figure_across_the_alliance_that_cannot_be_separated_by_force_is_queried() -> None:
    across = parse_text(HEAD + "Offender management is delivered jointly. Across the alliance there are currently 12 "
                        "registered sex offenders whose whereabouts are unknown." + TAIL)
    assert across.needs_review and across.missing is None
    apart = parse_text(HEAD + "There are currently 12 registered sex offenders whose whereabouts are unknown. The "
                       "figure cannot be separated by force without reading each record." + TAIL)
    assert apart.needs_review and "two forces together" in apart.review_reason


def test_a_freedom_of_information_request_to_a_force_names_the_force_that_replies() -> None:
    reply = parse_text("Kent Police and Essex Police - Joint Information Unit\nFreedom of Information request to Essex "
                       "Police: ref 2018-0412 Date: 10 July 2018\nThere are 4 registered sex offenders whose whereabouts "
                       "are unknown.\nYours sincerely\nKent Police and Essex Police\nKent Police\n")
    assert (reply.force, reply.missing) == ("Essex Police", 4)


def test_a_table_cell_saying_a_suppressed_count_twice_is_read_beside_the_withholding() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/13/0567", "Dear Requester",
                         ("Because the number is very small, the exact figure and the dates are withheld under section "
                          "40(2).")],
                        [("Measure", "Figure"), ("RSOs currently wanted - whereabouts unknown", "Fewer than five (<5)")])
    assert (reply.status, reply.missing_low, reply.missing_high, reply.needs_review) == ("partial", 1, 4, False)


def test_figures_given_only_roughly_are_queried() -> None:
    said = parse_text(HEAD + "We are able to provide approximate figures only, as records are being moved to a new system. "
                      "There are 40 registered sex offenders whose whereabouts are unknown." + TAIL)
    assert said.needs_review and "only roughly" in said.review_reason
    cells = _word_reply(["Kent Police", "Our reference: KP/FOI/23/0312", "13 June 2023", "Dear Requester", "See below."],
                        [("Time wanted", "Approx. number"), ("Under 1 year", "c. 12"), ("1-5 years", "c. 30")])
    assert cells.needs_review and "only roughly" in cells.review_reason


def test_a_person_marked_found_after_the_figures_date_is_queried() -> None:
    rows = ("Kent Police FOI KP/FOI/23/0143 - extract as at 10/01/2023\nRef,Date wanted,Current status\n"
            "K1,18/02/2013,Wanted\nK2,10/05/2019,{}\nK3,15/04/2022,Wanted\n")
    later = _csv_reply(rows.format("Located 14/02/2023"))
    assert (later.missing, later.needs_review) == (2, True)
    assert "found after the figures' date" in later.review_reason
    before = _csv_reply(rows.format("Located 04/01/2023"))
    assert (before.missing, before.needs_review) == (2, False)


def test_a_reference_like_c1_is_no_rough_figure() -> None:
    reply = _csv_reply("Ref,Date wanted\nC1,18/02/2013\nC2,10/05/2019\n")
    assert (reply.missing, reply.needs_review) == (2, False)


def test_an_internal_review_outcome_heading_names_the_force() -> None:
    reply = parse_text("Kent Police - Internal Review Outcome\nReview reference: KP/IR/2024/0017\nDate: 12 January 2024\n"
                       "Dear Requester\nHaving reconsidered your request, there are 3 registered sex offenders whose "
                       "whereabouts are unknown.\nIf you are dissatisfied you may complain to the Information "
                       "Commissioner.\n")
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 3, False)


def test_a_request_quoted_from_the_middle_of_a_line_is_not_read_as_the_answer() -> None:
    reply = parse_text(HEAD + "Your request has been considered. You asked: \"please tell me (a) how many of the\n"
                       "approximately 1,500 registered sex offenders in Kent have been missing for more than 6\n"
                       "months; and (b) the total number currently wanted because their whereabouts are unknown.\"\n"
                       "As at 30 September 2017 a total of 14 registered sex offenders were wanted because their "
                       "whereabouts were unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (14, False)


def test_a_list_of_years_and_counts_led_by_since_is_dated() -> None:
    reply = parse_text(HEAD + "There are five registered sex offenders whose whereabouts are unknown. They have been wanted "
                       "since 2010 (2), 2013 (1) and 2014 (2)." + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 2), ("2013", 1), ("2014", 2)]


def test_row_numbers_carrying_a_footnote_mark_are_no_counts() -> None:
    reply = _csv_reply("No.,Wanted since,Believed abroad\n1,08/2006,No\n2,02/2011,Yes\n3*,06/2013,No\n4,10/2015,No\n")
    assert (reply.missing, reply.needs_review) == (4, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1), ("wanted", 1)]


def test_one_found_after_the_date_of_the_request_is_queried() -> None:
    reply = parse_text(HEAD + "There were three registered sex offenders whose whereabouts were unknown when your request "
                       "was received. One was located on 2 May 2015, after the date of your request." + TAIL)
    assert reply.needs_review and "since been found" in reply.review_reason


def test_a_no_records_row_under_a_nil_return_is_no_person() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/20/0612", "8 October 2020", "Dear Requester",
                         ("At the time of your request there were no registered sex offenders recorded as wanted whose "
                          "whereabouts were unknown.")],
                        [("Date wanted", "Offence", "Risk level"), ("No records", "-", "-")])
    assert (reply.status, reply.missing, reply.layout, reply.needs_review) == ("answered", 0, "nil_return", False)


def test_a_category_table_of_a_lone_zero_is_a_nil_return_in_a_pdf_too() -> None:
    (reply,) = _pdf_replies(["Kent Police", "Our ref: KP/FOI/17/0612", "30 May 2017", "Dear Requester",
                             "The position is summarised below.",
                             [["Measure", "Number"], ["Registered sex offenders currently wanted (whereabouts unknown)", "0"]],
                             "Yours sincerely"], "kent.pdf")
    assert (reply.status, reply.missing, reply.layout, reply.needs_review) == ("answered", 0, "nil_return", False)


def test_a_question_and_response_table_answer_ending_in_a_full_stop_is_read() -> None:
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/22/0412", "4 May 2022", "Dear Requester"],
                        [("Question", "Response"),
                         (("1. How many registered sex offenders are currently wanted because their whereabouts are "
                           "unknown?"), "Eleven (11)."),
                         ("2. For each, the date since which they have been missing.",
                          "This information is exempt under sections 40(2) and 31(1)(a).")])
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 11, False)


def test_a_title_merged_across_a_sheets_top_row_is_its_letterhead() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Essex Police - Registered sex offenders whose whereabouts are unknown"])
    sheet.append(["FOI reference 2016/0412 - data as at 29/02/2016"])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A2:C2")
    for row in ([], ["Year first wanted", "Number wanted", "Of which believed abroad"],
                [2006, 1, 0], [2011, 2, 1], [2014, 1, 0]):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "data.xlsx"))
    assert (reply.force, reply.missing, reply.needs_review) == ("Essex Police", 4, False)


def test_welsh_table_headings_and_total_are_read() -> None:
    reply = _csv_reply("Blwyddyn,Nifer\n2006,1\n2010,2\n2016,2\nCyfanswm,5\n")
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2006", 1), ("2010", 2), ("2016", 2)]


def test_a_letter_date_in_welsh_and_english_on_one_line_is_the_letters_date() -> None:
    reply = parse_text("Kent Police\nCyf / Ref: KP/0345/2018\n23 Ebrill 2018 / 23 April 2018\nDear Requester\nThere are 4 "
                       "registered sex offenders whose whereabouts are unknown.\n" + TAIL)
    assert (reply.missing, reply.as_of) == (4, "2018-04-23")


def test_the_caseload_a_cost_refusal_gives_roughly_is_no_figure() -> None:
    reply = parse_text(HEAD + "The cost of complying with your request would exceed the appropriate limit. Kent Police does "
                       "not flag offenders as whereabouts unknown, and each of the approximately 1,100 offender records "
                       "would have to be read. Section 12(1) therefore applies." + TAIL)
    assert (reply.status, reply.exemptions, reply.missing_high, reply.needs_review) == ("refused", ("s12",), None, False)


def test_a_review_correcting_the_figure_of_an_earlier_response_gives_the_corrected_one() -> None:
    reply = parse_text(HEAD + "You asked us to review our response of 12 January 2015, which stated that 11 registered sex "
                       "offenders were wanted because their whereabouts were unknown. The review found that two had been "
                       "counted twice. The correct figure at the time of your request was 9." + TAIL)
    assert (reply.missing, reply.needs_review) == (9, False)


def test_label_count_lines_under_a_header_naming_the_missing_are_a_breakdown() -> None:
    reply = parse_text(HEAD + "This letter is a refusal notice for part of your request. The number wanted, by district:\n"
                       "Policing District RSOs wanted\nNorth Kent 6\nWest Kent *\nEast Kent 5\nTotal 13\n"
                       "* denotes a figure of fewer than five (1-4). Exact small figures are withheld under section "
                       "40(2).\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 13, False)


def test_a_joint_response_with_a_row_for_each_force_gives_each_force_its_own_reply() -> None:
    from foi_tally.parsers import parse_replies

    doc = read_document(b"Kent Police - Freedom of Information request FOI 001234/18\n"
                        b"Joint response on behalf of Kent Police and Essex Police\n\n"
                        b"Force,RSOs currently wanted (whereabouts unknown)\nKent,4\nEssex,3\nTotal,7\n", "joint.csv")
    replies = {r.force: (r.missing, r.needs_review) for r in parse_replies(doc)}
    assert replies == {"Kent Police": (4, False), "Essex Police": (3, False)}


def test_a_county_in_the_letterheads_address_is_not_the_force() -> None:
    reply = parse_text("Ministry of Defence Police\nWethersfield, Braintree, Essex CM7 4AZ\nReference: FOI 2016/03321\n"
                       "Date: 2 March 2016\nDear Sir/Madam\nThe Ministry of Defence Police does not manage registered sex "
                       "offenders and does not hold this information.\nYours sincerely\nMDP Secretariat - FOI\n")
    assert (reply.force, reply.status, reply.needs_review) == ("Ministry of Defence Police", "not_held", False)


def test_a_date_column_headed_by_its_form_or_in_welsh_says_it_holds_dates() -> None:
    form = _csv_reply("Ref,Offence,WANTED (MM/YYYY)\nK1,Breach of notification,03/2015\nK2,Breach of notification,11/2019\n")
    assert (form.missing, form.needs_review) == (2, False)
    assert sorted(e.since for e in form.entries) == ["2015-03", "2019-11"]
    welsh = _csv_reply("Cyf,Dyddiad yn eisiau\nK1,12/04/2013\nK2,03/09/2016\n")
    assert (welsh.missing, welsh.needs_review) == (2, False)


def test_a_location_status_of_wanted_whereabouts_unknown_is_not_abroad() -> None:
    reply = _csv_reply("OFFENDER_ID,PNC_WANTED_DT,LOC_STATUS\nK1,20080202,WANTED - WHEREABOUTS UNKNOWN\n"
                       "K2,20130917,WANTED - BELIEVED ABROAD\nK3,20160430,WANTED - WHEREABOUTS UNKNOWN\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_an_of_which_row_under_a_year_table_is_part_of_its_total() -> None:
    reply = _csv_reply("Year wanted,Number\n2005,1\n2012,2\n2015,1\nTotal,4\nof which believed abroad,1\n")
    # Part of the total, not added to it; which years' people are abroad the table does not say.
    assert (reply.missing, reply.needs_review) == (4, True)
    assert "not which years'" in reply.review_reason


def test_a_figure_for_the_forces_own_reading_of_the_request_is_queried() -> None:
    reply = parse_text(HEAD + "We do not record a category of whereabouts unknown. We have therefore interpreted your "
                       "request as relating to offenders wanted on warrant for breach of notification requirements. There "
                       "are 14 registered sex offenders currently wanted on warrant. Other offenders whose address is "
                       "unverified are not included in this figure." + TAIL)
    assert (reply.missing, reply.needs_review) == (14, True)
    assert "own reading of the request" in reply.review_reason


def test_a_single_list_is_no_count_and_an_estimate_from_a_sample_is_read_roughly() -> None:
    reply = parse_text(HEAD + "Kent Police does not keep a single list of such offenders. Based on a sample of our records, "
                       "our estimate is that approximately 25 registered sex offenders are wanted because their "
                       "whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (25, True)
    assert "roughly" in reply.review_reason
    one = parse_text(HEAD + "A single registered sex offender is wanted because their whereabouts are unknown." + TAIL)
    assert (one.missing, one.needs_review) == (1, False)


def test_a_figure_that_stood_at_another_number_by_the_date_of_the_letter_is_queried() -> None:
    reply = parse_text(HEAD + "At the time your request was received there were 21 registered sex offenders wanted because "
                       "their whereabouts were unknown. As at 9 February 2015, the date of this response, this figure "
                       "stood at 19." + TAIL)
    assert reply.needs_review and "which date's figure" in reply.review_reason


def test_the_first_of_a_list_of_years_after_wanted_were_is_dated() -> None:
    reply = parse_text(HEAD + "There are 4 registered sex offenders whose whereabouts are unknown. The years since which "
                       "each had been wanted were 2006, 2011, 2013 and 2014." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted(e.since for e in reply.entries) == ["2006", "2011", "2013", "2014"]


def test_a_figure_across_two_named_force_areas_is_queried() -> None:
    reply = parse_text(HEAD + "Offender management is delivered jointly. Across Kent and Essex there are currently 6 "
                       "registered sex offenders recorded as wanted because their whereabouts are unknown." + TAIL)
    assert reply.needs_review and "two forces together" in reply.review_reason
    three = parse_text(HEAD + "There are currently thirteen registered sex offenders wanted whose whereabouts are unknown "
                       "across Kent, Surrey and Sussex." + TAIL)
    assert three.needs_review and "two forces together" in three.review_reason


def test_an_estimate_of_the_number_from_a_dip_sample_is_not_lost_behind_not_held() -> None:
    reply = parse_text(HEAD + "Kent Police does not hold a single list of this kind. Based on a dip-sample of records, we "
                       "estimate the number of registered sex offenders currently wanted with whereabouts unknown to be "
                       "approximately 20. Dates are not held in a retrievable format." + TAIL)
    assert reply.needs_review


def test_a_table_beside_a_statement_that_the_current_figure_is_not_held_is_queried() -> None:
    rows = "Financial year,Circulated wanted\n2016/17,14\n2017/18,11\n"
    flow = _csv_reply(rows + "The force does not hold a report of those whose whereabouts are currently unknown.\n")
    assert flow.needs_review and "not held" in flow.review_reason
    dates = _csv_reply("Year wanted,Number\n2016,2\n2018,1\nWe do not hold the dates on which they went missing.\n")
    assert (dates.missing, dates.needs_review) == (3, False)


def test_nil_returns_in_plain_words_are_read() -> None:
    sentences = [
        ("Kent Police knows the whereabouts of every registered sex offender it manages. There is therefore nobody falling "
         "within the terms of your request."),
        "Kent Police is not looking for any registered sex offender at this time: every offender has been traced.",
        "Kent Police can confirm that no registered sex offenders meet this criteria.",
        ("Kent Police can advise as follows: Nil. All persons subject to notification requirements in the county are "
         "accounted for."),
        ("We stated that there was one. That individual was in fact located before your request was received. The correct "
         "answer to your request is therefore that there are none."),
    ]
    asked = ("You asked how many registered sex offenders are currently wanted because their whereabouts are "
             "unknown.\n")
    for sentence in sentences:
        reply = parse_text(HEAD + asked + sentence + TAIL)
        assert (reply.status, reply.missing, reply.layout, reply.needs_review) == ("answered", 0, "nil_return", False), sentence


def test_a_q_and_a_with_no_question_mark_is_answered_under_its_a() -> None:
    reply = parse_text(HEAD + "Q. Please tell me how many registered sex offenders are currently wanted because their "
                       "whereabouts are unknown.\nA. Zero (0).\nKent Police manages approximately 900 registered sex "
                       "offenders, all of whose whereabouts are known.\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_a_part_of_the_wanted_named_so_below_another_category_is_among_the_wanted() -> None:
    reply = _csv_reply("Status,Number\nWanted,16\nMissing,0\n\"Of the wanted, believed abroad\",3\n")
    assert (reply.missing, reply.needs_review) == (16, False)
    assert _statuses(reply) == [("believed_abroad", 3), ("wanted", 13)]


def test_a_date_cell_withheld_is_a_person_undated_without_a_query() -> None:
    reply = _csv_reply("Ref,Date wanted\nK1,02/11/2010\nK2,Withheld - s40(2)\nK3,[Redacted]\n"
                       "Two dates are withheld under section 40(2).\n")
    assert (reply.missing, reply.status, reply.needs_review) == (3, "partial", False)
    assert sorted(e.since or "" for e in reply.entries) == ["", "", "2010-11-02"]


def test_everyone_circulated_on_the_pnc_beside_a_cost_refusal_is_no_figure() -> None:
    reply = parse_text(HEAD + "The cost of answering would exceed the appropriate limit, so section 12 applies. To assist, "
                       "the total number of persons of all kinds circulated as wanted on the PNC is 214." + TAIL)
    assert (reply.status, reply.missing_high, reply.needs_review) == ("refused", None, False)


def test_blank_months_of_a_calendar_grid_are_none() -> None:
    reply = _csv_reply("Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total\n2012,,,1,,,,,,,,,,1\n"
                       "2014,,,,,,,1,,,,1,,2\nTotal,0,0,1,0,0,0,1,0,0,0,1,0,3\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012-03", "2014-07", "2014-11"]


def test_months_down_and_years_across_date_each_cell_to_its_month() -> None:
    reply = _csv_reply("Month,2013,2014\nJanuary,0,1\nMay,1,0\nOctober,0,2\nTotal,1,3\n")
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2013-05", 1), ("2014-01", 1), ("2014-10", 2)]
    levels = _csv_reply("MAPPA level,2013,2014\n1,2,1\n2,0,1\nTotal,2,2\n")
    assert sorted((e.since, e.count_low) for e in levels.entries) == [("2013", 2), ("2014", 2)]


def test_a_title_row_over_a_breakdowns_header_is_passed_over() -> None:
    reply = parse_document(read_document(b"Kent Police,FOI 2018/04471\nDistrict,RSOs wanted - whereabouts unknown\n"
                                         b"Eastern,2\nNorthern,1\nWestern,3\nTotal,6\n", "kent.csv"))
    assert (reply.missing, reply.needs_review) == (6, False)


def test_a_system_exports_force_column_names_the_force() -> None:
    reply = parse_document(read_document(b"NOMINAL_REF,WANTED_DT,FORCE_CD\nX1,20010517,KENT\nX2,20100108,KENT\n", "export.csv"))
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 2, False)


def test_people_listed_under_group_headings_with_gaps_are_one_table() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in (["Kent Police - FOI 2020/0445"], [], ["Ref", "Date wanted", "Offence"], ["High risk"],
                ["K1", "04/05/2011", "Rape"], ["K2", "17/10/2017", "Sexual assault"], [], ["Medium risk"],
                ["K3", "22/02/2015", "Indecent images"], [], ["Low risk"], ["K4", "09/09/2009", "Exposure"],
                ["K5", "30/06/2019", "Voyeurism"], [], ["Total", 5]):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.xlsx"))
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted(e.since for e in reply.entries) == ["2009-09-09", "2011-05-04", "2015-02-22", "2017-10-17", "2019-06-30"]


def test_a_caseload_tables_total_said_as_a_label_line_is_no_loose_figure() -> None:
    import io

    import docx

    word = docx.Document()
    for text in ["Kent Police", "Our reference: KP/FOI/23/0871", "14 April 2023", "Dear Requester",
                 "For context, the number of RSOs managed by each area is shown first, then those wanted."]:
        word.add_paragraph(text)
    for rows in ([("Area", "RSOs managed"), ("North", "230"), ("South", "245"), ("Total", "475")],
                 [("Area", "RSOs wanted (whereabouts unknown)"), ("North", "1"), ("South", "2"), ("Total", "3")]):
        table = word.add_table(rows=len(rows), cols=2)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    out = io.BytesIO()
    word.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.docx"))
    assert (reply.missing, reply.needs_review) == (3, False)


def test_dates_listed_under_star_bullets_or_a_line_each_are_dated() -> None:
    stars = parse_text(HEAD + "There are three registered sex offenders whose whereabouts are unknown. The dates from which "
                       "each has been missing are:\n* 14/07/2009\n* 03/04/2012\n* 22/11/2004\n" + TAIL)
    assert (stars.missing, stars.needs_review) == (3, False)
    assert sorted(e.since for e in stars.entries) == ["2004-11-22", "2009-07-14", "2012-04-03"]
    lines = parse_text(HEAD + "There are three registered sex offenders whose whereabouts are unknown. They have been "
                       "missing since the following dates:\n\n3 April 2012\n19 October 2009\n1 June 2014\n" + TAIL)
    assert (lines.missing, lines.needs_review) == (3, False)
    assert sorted(e.since for e in lines.entries) == ["2009-10-19", "2012-04-03", "2014-06-01"]


def test_the_dates_since_which_they_have_been_wanted_are_a_date_each() -> None:
    reply = parse_text(HEAD + "Kent Police has three registered sex offenders currently wanted due to their whereabouts "
                       "being unknown. The dates since which they have been wanted are 3 April 2012, 19 April 2010 and "
                       "September 2004." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2004-09", "2010-04-19", "2012-04-03"]
    short = parse_text(HEAD + "Kent Police has three registered sex offenders currently wanted whose whereabouts are "
                       "unknown. Their missing-from dates are Apr-12, Sep-14 and Nov-14." + TAIL)
    assert sorted(e.since for e in short.entries) == ["2012-04", "2014-09", "2014-11"]


def test_question_one_dash_a_count_answers_the_numbered_question() -> None:
    reply = parse_text(HEAD + "Request: 1. How many registered sex offenders are currently wanted because their whereabouts "
                       "are unknown?\n2. For each of them, the date since which they have been wanted.\n"
                       "Question 1 - 5 (five).\nQuestion 2 - Kent Police is withholding this information by virtue of "
                       "section 40(2).\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)


def test_years_set_out_as_all_of_them_that_fall_short_of_the_total_are_queried() -> None:
    reply = parse_text(HEAD + "There are currently 12 registered sex offenders who are wanted because their whereabouts are "
                       "unknown. They went missing in the following years:\n2006 - 2\n2009 - 3\n2011 - 1\n2012 - 4\n" + TAIL)
    assert reply.needs_review and "less than the stated total 12" in reply.review_reason
    part = parse_text(HEAD + "There are currently 12 registered sex offenders who are wanted because their whereabouts are "
                      "unknown. Of these, 3 have been wanted since 2010." + TAIL)
    assert (part.missing, part.needs_review) == (12, False)


def test_a_person_dated_after_the_figures_date_is_queried() -> None:
    reply = parse_text(HEAD + "As at 1 January 2015 there were three registered sex offenders whose whereabouts were "
                       "unknown, missing since 4 June 2011, 22 August 2013 and 14 March 2015 respectively." + TAIL)
    assert reply.needs_review and "after the date the figures are as of" in reply.review_reason


def test_a_line_opening_with_dates_is_no_label_of_the_letters_date() -> None:
    reply = parse_text("Kent Police\nRef: 2016/0299 Date: 14/06/2016\nDear Requester\nFour registered sex offenders are "
                       "currently wanted as their whereabouts are unknown. The\ndates on which they went missing are: 3 April "
                       "2012; 21 September 2013; 8 January 2015; 30 May 2016.\n" + TAIL)
    assert (reply.as_of, reply.missing, reply.needs_review) == ("2016-06-14", 4, False)


def test_a_persons_date_with_a_note_on_the_offence_after_a_dash_is_dated() -> None:
    people = parse_text(HEAD + "There are two registered sex offenders currently wanted because their whereabouts are "
                        "unknown.\nPerson 1: Jun 2005 – Gross indecency\nPerson 2: Feb 2008 – Indecent assault\n" + TAIL)
    assert (people.missing, people.needs_review) == (2, False)
    assert sorted(e.since for e in people.entries) == ["2005-06", "2008-02"]
    bullets = parse_text(HEAD + "There are two registered sex offenders currently wanted because their whereabouts are "
                         "unknown. The dates they went missing, with the offence, are:\n- 2012-04-03 – Rape\n"
                         "- 2014-09-22 – Indecent assault\n" + TAIL)
    assert sorted(e.since for e in bullets.entries) == ["2012-04-03", "2014-09-22"]


def test_the_other_three_each_wanted_since_a_year_share_it() -> None:
    reply = parse_text(HEAD + "Kent Police had four registered sex offenders recorded as wanted whose whereabouts were "
                       "unknown. One has been wanted since 2010; the other three have each been wanted since 2013." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 1), ("2013", 3)]


def test_dates_said_of_they_in_a_list_date_one_person_each() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police can confirm that there are 3 registered sex offenders currently wanted whose "
                       "whereabouts are unknown. They were circulated as wanted in June 2012, on 9 January 2017 and in "
                       "November 2018." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012-06", "2017-01-09", "2018-11"]


def test_a_rough_figure_within_the_scope_of_the_request_beside_a_cost_refusal_is_queried() -> None:
    reply = parse_text(HEAD + "A search of our systems indicates that there are approximately 20 offenders who fall within "
                       "the scope of your request. To confirm the exact number would exceed the appropriate limit." + TAIL)
    assert reply.needs_review


def test_dates_in_words_bulleted_list_style_are_list_items() -> None:
    import io

    import docx

    word = docx.Document()
    for text in ["Kent Police", "Our reference: KP/FOI/21/0802", "3 March 2021", "Dear Requester",
                 ("There are three registered sex offenders currently wanted whose whereabouts are unknown. The dates "
                  "they went missing, with the offence, are:")]:
        word.add_paragraph(text)
    for text in ["2012-04-03 – Rape", "2014-09-22 – Indecent assault", "2018-01-15 – Sexual assault"]:
        word.add_paragraph(text, style="List Bullet")
    out = io.BytesIO()
    word.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.docx"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012-04-03", "2014-09-22", "2018-01-15"]


def test_a_long_alliance_list_is_still_cut_to_the_forces_own_rows() -> None:
    rows = "".join(f"K{n},{(n % 28) + 1:02}/03/2014,{'Kent' if n % 3 else 'Essex'}\n" for n in range(1, 101))
    reply = parse_document(read_document(("Your request was made to Kent Police.\nRef,Date wanted,Force area\n" + rows).encode(),
                                         "kent.csv"))
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", sum(1 for n in range(1, 101) if n % 3), False)


def test_headings_for_when_a_person_was_last_known_or_wanted_on_say_they_hold_dates() -> None:
    for heading in ("Last known at address", "Wanted on PNC"):
        reply = _csv_reply(f"Ref,{heading},Offence location\nK1,12/04/2013,London Underground\nK2,03/09/2016,Railway station\n")
        assert (reply.missing, reply.needs_review) == (2, False), heading


def test_a_force_code_column_with_the_forces_number_names_the_force() -> None:
    reply = parse_document(read_document(b"OCC_REF,WANTED_FROM_DT,FORCE_CODE\nX1,2000-11-01,46 - Kent\n"
                                         b"X2,2001-06-30,46 - Kent\n", "export.csv"))
    assert (reply.force, reply.missing) == ("Kent Police", 2)


def test_a_count_dated_by_a_list_of_as_many_dates_is_a_date_each() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police has four registered sex offenders whose whereabouts are unknown. The four "
                       "offenders became wanted in 2008, 2015, 2017 and 2018." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2008", 1), ("2015", 1), ("2017", 1), ("2018", 1)]
    fewer = parse_text(LATER_HEAD + "Kent Police has four registered sex offenders whose whereabouts are unknown. The four "
                       "offenders became wanted in 2008 and 2015." + TAIL)
    assert fewer.needs_review and "gives 2 dates for 4" in fewer.review_reason


def test_one_each_since_two_years_is_a_year_each() -> None:
    reply = parse_text(LATER_HEAD + "There are four registered sex offenders whose whereabouts are unknown. Two have been "
                       "wanted since 2016, and one each since 2018 and 2019." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2016", 2), ("2018", 1), ("2019", 1)]


def test_in_a_year_comma_a_count_of_offenders_is_a_year_item() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police currently has 3 registered sex offenders who are wanted because their "
                       "whereabouts are unknown. A breakdown by year is as follows:\nIn 2003, one offender went missing\n"
                       "In 2014, two offenders went missing\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2003", 1), ("2014", 2)]


def test_their_dates_as_a_label_dates_each() -> None:
    reply = parse_text(LATER_HEAD + "There are two registered sex offenders currently wanted whose whereabouts are unknown. "
                       "Their dates: 14 February 2016 and 3 August 2019." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2016-02-14", "2019-08-03"]


def test_a_pivots_two_columns_of_the_missing_are_both_counted_and_blanks_are_none() -> None:
    reply = _csv_reply("Row Labels,Wanted,Whereabouts Unknown,Grand Total\n2002,,1,1\n2007,1,1,2\n2015,2,,2\n"
                       "Grand Total,3,2,5\n")
    assert (reply.missing, reply.needs_review) == (5, False)
    part = _csv_reply("Year,Number wanted,Of which whereabouts unknown\n2007,2,1\n2015,3,2\n")
    assert part.missing == 5


def test_people_counted_for_an_arrest_are_not_the_missing() -> None:
    """A not-held letter that adds an arrest figure by way of background is still a not-held reply."""
    text = ("We do not hold this information: the territorial force where each offender lives manages them. By way "
            "of context, officers arrested 61 people during 2014 for offences on the network.")
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.status, reply.missing) == ("not_held", None)
    alone = parse_text(HEAD + "In 2014, 61 people were charged with offences on the network." + TAIL)
    assert alone.missing is None and alone.needs_review


def test_a_category_of_people_abroad_with_the_police_told_is_not_missing() -> None:
    """In a compliance table, "Abroad (travel notified)" counts offenders who told the police they were going:
    known, not sought. The wanted row beside it is the figure; a breach of notification is still wanted."""
    csv_text = (
        "Kent Police FOI KP/FOI/15/0004\n"
        "Category,Number\n"
        "Compliant,873\n"
        "Custody,142\n"
        "Wanted - breach of notification requirements,6\n"
        "Abroad (travel notified),4\n"
    )
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 6, False)
    assert _statuses(reply) == [("wanted", 6)]


def test_a_figure_said_again_as_it_later_stood_is_queried() -> None:
    """Two figures at two dates, the later one said only as "this had fallen to": which is the answer?"""
    for later in ("By 6 February 2015 this had fallen to 3.", "On 6 February 2015 it stood at 3."):
        reply = parse_text(HEAD + "As at 2 January 2015, 5 registered sex offenders were recorded as wanted. " + later + TAIL)
        assert reply.needs_review and "another date" in reply.review_reason, later
    compared = parse_text(HEAD + "There are 5 registered sex offenders recorded as wanted. Last year it stood at 8." + TAIL)
    assert (compared.missing, compared.needs_review) == (5, False)


def test_news_that_some_were_found_since_is_queried_in_any_wording() -> None:
    """A sentence with no figure in it ("Some of these have since been traced") still says the figure is out of date."""
    figure = "When the list was run on 3 February 2015 there were 14 registered sex offenders recorded as wanted. "
    for news in (
        "Some of these individuals have since been traced.",
        "Since the data was extracted three of these people have been found.",
        "One of the offenders counted above has been arrested.",
    ):
        reply = parse_text(HEAD + figure + news + TAIL)
        assert reply.missing == 14 and reply.needs_review and "since been found" in reply.review_reason, news
    kept = parse_text(HEAD + figure.replace("there were", "there are currently") + "None of them has been located." + TAIL)
    assert (kept.missing, kept.needs_review) == (14, False)
    table = _word_reply(["Year first wanted of each registered sex offender wanted by Kent Police:",
                         "Since the figures were compiled one of these individuals has been located."],
                        [("Year", "Number"), ("2010", "1"), ("2013", "4")])
    assert table.missing == 5 and table.needs_review


def test_a_figure_shared_with_another_force_is_queried() -> None:
    """One figure for two forces' areas, or another force's people counted in, is not this force's answer."""
    for text in (
        ("There are currently 17 registered sex offenders recorded as wanted across the area policed by Kent Police and "
        "Essex Police."),
        ("There are currently 17 registered sex offenders recorded as wanted. Please note that this figure includes 2 "
        "individuals managed by Essex Police."),
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert reply.missing == 17 and reply.needs_review and "two forces together" in reply.review_reason, text
    own = parse_text(HEAD + "There are currently 17 registered sex offenders recorded as wanted. This figure includes "
                     "2 individuals managed by Kent Police's Medway team." + TAIL)
    assert (own.missing, own.needs_review) == (17, False)


def test_a_force_that_keeps_no_such_list_does_not_hold_the_figure() -> None:
    """"No list of such people is kept" is not "none of them": nothing was counted, so nothing is held."""
    for text in (
        ("Kent Police does not classify registered sex offenders as missing. No central register of such individuals "
        "is kept."),
        "Kent Police does not flag offenders as wanted on its systems.",
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert (reply.status, reply.missing, reply.layout) == ("not_held", None, "not_held"), text


def test_a_review_that_does_not_uphold_a_refusal_leaves_no_exemption() -> None:
    """The exemption an internal review sets aside, however it says so, is not the reply's."""
    for review in (
        ("We first refused your request under section 12 as the cost limit would be exceeded. Having looked at it "
        "again, I do not uphold the original decision."),
        "On review, I find that section 12 was incorrectly applied to your request.",
    ):
        reply = parse_text(HEAD + "Internal review. " + review + " There are 6 registered sex offenders recorded "
                           "as wanted because their whereabouts are unknown." + TAIL)
        assert (reply.status, reply.exemptions, reply.missing) == ("answered", (), 6), review
    upheld = parse_text(HEAD + "Internal review. I uphold the original decision to refuse your request under section "
                        "12, as the cost limit would be exceeded." + TAIL)
    assert (upheld.status, upheld.exemptions) == ("refused", ("s12",))


def test_an_estimate_beside_a_not_held_answer_is_queried() -> None:
    """"Not held in one report" and then "around 30": the estimate may be the answer a journalist wants."""
    for text in (
        "We do not hold a report listing such offenders. Officers think the number is around 23.",
        "This information is not held centrally. The team put it in the region of twenty.",
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert reply.status == "not_held" and reply.needs_review and "is it the answer" in reply.review_reason, text
    cost = parse_text(HEAD + "This would exceed the cost limit: it would take approximately 41 hours to read some "
                      "1,300 files." + TAIL)
    assert (cost.status, cost.needs_review) == ("refused", False)


def test_a_section_in_brackets_after_what_it_withholds_is_cited() -> None:
    """"We cannot tell you ... (section 31)": the bracketed section is why the sentence withholds something."""
    for text in (
        "We cannot tell you where each is thought to be, as this could harm ongoing enquiries (section 31).",
        "Their last known areas have not been included, as this could prejudice enquiries (Section 31).",
    ):
        reply = parse_text(HEAD + "There are 4 registered sex offenders recorded as wanted. " + text + TAIL)
        assert (reply.status, reply.exemptions, reply.missing) == ("partial", ("s31",), 4), text


_ASKED = ("Q1. How many registered sex offenders are wanted because their whereabouts are unknown?\nA1. 3\n"
          "Q2. For each, the date they were first wanted.\n")


def test_dates_answering_a_question_about_when_are_read_in_either_shape() -> None:
    """"A2. 05/01/2007, 19/06/2010, 30/11/2012", or "A2." over a line for each person: a date each."""
    expected = ["2007-01-05", "2010-06-19", "2012-11-30"]
    for answer in ("A2. 05/01/2007, 19/06/2010, 30/11/2012",
                   "A2.\nRef 1 - 05/01/2007\nRef 2 - 19/06/2010\nRef 3 - 30/11/2012"):
        reply = parse_text(HEAD + _ASKED + answer + TAIL)
        assert (reply.missing, reply.needs_review) == (3, False), answer
        assert sorted(e.since for e in reply.entries) == expected, answer


def test_dates_under_a_lead_that_says_they_are_listed_below_are_read() -> None:
    text = ("There are 3 registered sex offenders recorded as wanted. The date each was circulated as wanted is listed "
            "below\n05/01/2007\n19/06/2010\n30/11/2012")
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2007-01-05", "2010-06-19", "2012-11-30"]


def test_a_list_of_dates_nobody_read_is_queried() -> None:
    """Dates a line each that no rule tied to the figure: the figure stands, but when each went missing is for a person."""
    text = ("There are 3 registered sex offenders recorded as wanted. Their dates follow, though the oldest case is "
            "kept under review.\n05/01/2007\n19/06/2010\n30/11/2012")
    reply = parse_text(HEAD + text + TAIL)
    assert reply.missing == 3 and reply.needs_review and "05/01/2007" in reply.review_reason


def test_a_bare_dates_label_under_a_count_dates_its_people() -> None:
    """"Dates:" on a line of its own, after the sentence counting the missing, and the dates below it."""
    for dates in ("Dates: June 2009, April 2012, August 2013.", "Dates:\nJune 2009\nApril 2012\nAugust 2013"):
        reply = parse_text(LATER_HEAD + "Three registered sex offenders are currently wanted.\n" + dates + TAIL)
        assert (reply.missing, reply.needs_review) == (3, False), dates
        assert sorted(e.since for e in reply.entries) == ["2009-06", "2012-04", "2013-08"], dates
    header = parse_text(LATER_HEAD + "Thank you for your request.\nDates: 2 January 2025, 3 February 2025" + TAIL)
    assert header.missing is None


def test_a_status_merged_down_over_several_years_holds_for_each() -> None:
    """A Word table whose category cell is merged down over its years' rows: every row under it has that status."""
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("Kent Police\nOur reference: KP/FOI/15/0010\n10 February 2015")
    word.add_paragraph("Registered sex offenders wanted because their whereabouts are unknown, by year first wanted:")
    rows = [("Category", "Year", "Number"), ("Wanted - in the UK", "2012", "3"), ("", "2014", "1"),
            ("Wanted - believed abroad", "2011", "2"), ("", "2013", "1")]
    table = word.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(4, 0))
    out = io.BytesIO()
    word.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.docx"))
    assert (reply.missing, reply.needs_review) == (7, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("believed_abroad", 2), ("wanted", 1), ("wanted", 3)]


def test_a_first_column_numbering_the_people_is_not_a_count() -> None:
    """"No. | Year wanted | Offence": 1, 2, 3 number the people listed; they are not three, two and one."""
    for heading in ("No.", "#", "Number"):
        csv_text = (f"Kent Police FOI KP/FOI/15/0005\n{heading},Year wanted,Offence\n"
                    "1,2011,Indecent exposure\n2,2014,Sexual assault\n3,2014,Voyeurism\n")
        reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
        assert (reply.missing, reply.needs_review) == (3, False), heading
        assert sorted(e.since for e in reply.entries) == ["2011", "2014", "2014"], heading


def test_outside_a_part_of_the_uk_and_the_uk_is_abroad() -> None:
    reply = parse_text(HEAD + "There are 9 registered sex offenders recorded as wanted. Of these, 4 are believed to be "
                       "outside Northern Ireland and the UK." + TAIL)
    assert (reply.missing, reply.needs_review) == (9, False)
    assert _statuses(reply) == [("believed_abroad", 4), ("wanted", 5)]
    inside = parse_text(HEAD + "There are 9 registered sex offenders recorded as wanted. Of these, 4 are believed to "
                        "be outside Scotland." + TAIL)
    assert ("believed_abroad", 4) not in _statuses(inside)


def test_a_month_of_last_year_or_this_year_is_that_month() -> None:
    """"since October last year" is a date, not a comparison with last year; "March this year" is this year's March."""
    later = HEAD.replace("10 February 2015", "4 December 2015")
    reply = parse_text(later + "Two registered sex offenders are wanted. One has been wanted since October last year and "
                       "one since March this year." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2014-10", "2015-03"]


def test_a_table_with_no_heading_row_under_a_lead_that_names_the_missing_is_read() -> None:
    page = (
        "<html><body><h1>Disclosure log</h1><p>Kent Police. Reference KP/FOI/15/0011. 10 February 2015.</p>"
        "<p>As at 2 February 2015, the number of registered sex offenders wanted because their whereabouts are "
        "unknown, by district:</p><table><tr><td>Dover</td><td>2</td></tr><tr><td>Thanet</td><td>5</td></tr>"
        "<tr><td>Medway</td><td>1</td></tr><tr><td>Total</td><td>8</td></tr></table>"
        "<p>Any further detail is exempt under section 40(2) of the Act.</p></body></html>"
    )
    reply = parse_document(read_document(page.encode(), "kent.html"))
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s40",), 8, False)


def test_two_statuses_and_their_total_said_after_them() -> None:
    """"7 wanted and 3 missing, a total of 10": the parts and their sum; a sum that does not add up is queried."""
    reply = parse_text(HEAD + "On 2 February 2015 there were 7 RSOs in the first group (wanted) and 3 in the second "
                       "(missing), a total of 10." + TAIL)
    assert (reply.missing, reply.needs_review) == (10, False)
    assert _statuses(reply) == [("missing", 3), ("wanted", 7)]
    off = parse_text(HEAD + "On 2 February 2015 there were 7 RSOs wanted and 3 missing, a total of 11." + TAIL)
    assert off.needs_review


def test_a_place_column_headed_in_other_words_marks_those_abroad() -> None:
    """"Whereabouts" or "Loc believed" over "Not known" and "Thought to be abroad": the second person is abroad."""
    for heading, abroad in (("Whereabouts", "Thought to be abroad"), ("Loc believed", "Portugal")):
        csv_text = (f"Kent Police FOI KP/FOI/15/0006\nRef,Date wanted,{heading}\n"
                    f"K1,04/05/2012,Not known\nK2,19/08/2013,{abroad}\nK3,02/01/2014,Not known\n")
        reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
        assert (reply.missing, reply.needs_review) == (3, False), heading
        assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)], heading


def test_of_the_missing_counted_first_the_whole_is_the_figure() -> None:
    """"Of the 8 RSOs wanted, two ...": the 8 are the missing themselves, not a caseload the two are taken from."""
    reply = parse_text(HEAD + "Of the 8 RSOs wanted on 2 February 2015, two have dates held electronically: one was "
                       "first wanted in May 2012 and one in June 2013. For the other six the dates are on paper only." + TAIL)
    assert (reply.missing, reply.needs_review) == (8, False)
    assert sorted((e.since or "", e.count_low) for e in reply.entries) == [("", 6), ("2012-05", 1), ("2013-06", 1)]
    managed = parse_text(HEAD + "Of the 1,320 RSOs managed by the force, 8 are wanted." + TAIL)
    assert managed.missing == 8


def test_sections_listed_under_an_exempt_lead_and_a_question_of_whether_they_are_abroad() -> None:
    """"The remaining information is exempt:" over "Section 40(2) - dates" and "Section 31(1)(a) - location"; the
    reasoning asks whether any of them is abroad, which says none is."""
    text = ("Four (4) registered sex offenders were wanted on 2 February 2015 because their whereabouts were unknown. "
            "The remaining information is exempt:\nSection 40(2) - dates\nThe dates are personal data.\n"
            "Section 31(1)(a) - believed location\nDisclosing whether any of the four is believed to have left the "
            "country could prejudice their arrest.")
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s31", "s40"), 4, False)
    assert _statuses(reply) == [("wanted", 4)]


def test_a_nil_answer_and_nothing_held_for_the_other_parts_is_a_nil_return() -> None:
    reply = parse_text(HEAD + "Kent Police does not currently have any registered sex offenders who are wanted because "
                       "their whereabouts are unknown. Consequently no information is held for the remaining parts of "
                       "your request." + TAIL)
    assert (reply.status, reply.missing, reply.layout) == ("answered", 0, "nil_return")
    held = parse_text(HEAD + "Kent Police does not hold this information. It does not have any registered sex "
                      "offenders recorded as wanted on its systems." + TAIL)
    assert held.status == "not_held"


def test_the_people_of_a_listed_year_said_to_be_abroad_are_those_listed() -> None:
    """"2012 (3) ... The 3 first wanted in 2012 are believed to be abroad": the listed three, not three more."""
    reply = parse_text(HEAD + "There are currently seven (7) RSOs wanted. They were first wanted in the following years: "
                       "2009 (1), 2012 (3) and 2014 (3). The 3 first wanted in 2012 are believed to have travelled "
                       "abroad." + TAIL)
    assert (reply.missing, reply.needs_review) == (7, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2009", "wanted", 1), ("2012", "believed_abroad", 3), ("2014", "wanted", 3)]


def test_answers_typed_under_the_quoted_questions_are_read() -> None:
    """"> 2. How many of these are wanted ...?" then "9", the reply's own line: the answer to that question."""
    mail = _email("Dear Ms Lal,\n\nThe answers are inline below, as at 2 March 2020.\n\n"
                  "> 1. How many registered sex offenders does Kent Police manage?\n1,207\n\n"
                  "> 2. How many of these are currently wanted because their whereabouts are unknown?\n9\n\n"
                  "> 3. How many breaches were recorded last year?\nThis would exceed the cost limit (section 12).\n\n"
                  "Regards\nKent Police\n")
    reply = parse_document(read_document(mail, "inline.eml"))
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s12",), 9, False)


def test_a_date_in_a_signature_is_no_ones_and_a_clause_after_a_semicolon_dates_the_one() -> None:
    """A footer "in partnership with Hertfordshire since 2012" dates nobody (its "Her-" is no "her"); "one RSO is
    wanted (as at 3/2/2015); wanted since May 2013" dates the one."""
    footer = "Kent Police | Working in partnership with Hertfordshire since 2012\n\n"
    reply = parse_text(HEAD + footer + "One registered sex offender is wanted as their whereabouts are unknown (as at "
                       "3/2/2015); wanted since May 2013." + TAIL)
    assert (reply.missing, reply.needs_review) == (1, False)
    assert [e.since for e in reply.entries] == ["2013-05"]
    undated = parse_text(HEAD + footer + "One registered sex offender is wanted as their whereabouts are unknown." + TAIL)
    assert [e.since for e in undated.entries] == [None]


def test_an_earlier_reply_a_review_restates_is_read_and_queried() -> None:
    reply = parse_text(HEAD + "Internal review. Our original response, which told you that 6 registered sex offenders "
                       "were wanted, withheld their dates under section 40(2). Your complaint is not upheld." + TAIL)
    assert (reply.missing, reply.needs_review) == (6, True)
    assert "earlier reply" in reply.review_reason


def test_this_years_figure_over_last_years_reply_quoted_below_is_the_answer() -> None:
    mail = _email("Dear Ms Lal,\n\nThis year's figure is 4 (as at 2 March 2020) - registered sex offenders wanted as "
                  "their whereabouts are unknown.\n\nRegards\nKent Police\n\n-----Original Message-----\n"
                  "From: Kent Police FOI <foi@kent.pnn.police.uk>\nSent: 4 March 2019 11:02\nTo: Priya Lal\n"
                  "Subject: RE: FOI 19/0211\n\nAs at 1 March 2019 there were 7 registered sex offenders wanted as "
                  "their whereabouts were unknown.\n")
    reply = parse_document(read_document(mail, "thread.eml"))
    assert (reply.missing, reply.needs_review) == (4, False)
    # Said so that no rule reads it: the earlier figure quoted below is not taken silently in its place.
    unread = parse_document(read_document(mail.replace(b"This year's figure is 4", b"We now have four on the list of"), "thread.eml"))
    assert unread.needs_review and "quoted under it" in unread.review_reason


def test_years_and_counts_after_a_lead_answering_a_question_about_when() -> None:
    text = ("1. How many registered sex offenders are currently wanted because their whereabouts are unknown?\n8\n"
            "2. For each of them, please give the month and year they went missing.\n"
            "We can provide years only: 2011 - 3, 2016 - 1, 2019 - 4.\n")
    reply = parse_text(LATER_HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (8, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2011", 3), ("2016", 1), ("2019", 4)]


def test_an_answer_read_alone_and_again_under_its_question_counts_once() -> None:
    text = ("1. How many registered sex offenders are currently wanted because their whereabouts are unknown?\n"
            "4 (four) as at 2 March 2020.\n2. For each of them, please give the month and year they went missing.\n"
            "We can give the year only: 2013 (1), 2017 (1), 2019 (2).\n")
    reply = parse_text(LATER_HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2013", 1), ("2017", 1), ("2019", 2)]


def test_a_last_row_summing_the_areas_above_is_their_total_by_any_name() -> None:
    """"Force | 6 | 2" under the districts (or the force's own name): the total, not one more district."""
    for label in ("Force", "Kent Police"):
        csv_text = ("Kent Police FOI KP/FOI/15/0007\nDistrict,Wanted,Missing\nDover,2,1\nThanet,1,0\nMedway,3,0\n"
                    f"Swale,0,1\n{label},6,2\n")
        reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
        assert (reply.missing, reply.needs_review) == (8, False), label


def test_a_before_a_year_column_among_years_across_is_counted() -> None:
    """"Before 2010 | 2014 | 2019 | Total": the first column's people went missing before 2010; all are counted."""
    csv_text = "Kent Police FOI KP/FOI/15/0008\n,Before 2010,2012,2014,Total\nNumber of RSOs wanted,2,1,3,6\n"
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (6, False)
    before = next(e for e in reply.entries if e.since is None)
    assert (before.count_low, before.since_latest) == (2, "2009-12-31")
    off = parse_document(read_document(csv_text.replace(",6\n", ",7\n").encode(), "kent.csv"))
    assert off.needs_review and "adds up to 7" in off.review_reason


def test_a_shared_offices_table_with_a_row_for_each_force_answers_for_each() -> None:
    """From the two forces' joint unit, a row each and no word of whose request it answers: a reply for each."""
    letter = ("Kent Police and Essex Police\nJoint Information Management Unit\nOur reference: KE/FOI/15/0042\n"
              "10 February 2015\nDear Requester\nAs at 2 February 2015:\n"
              "Force          | RSOs wanted (whereabouts unknown)\nKent Police    | 5\nEssex Police   | 3\n"
              "Yours sincerely\nJoint Information Management Unit\nKent Police and Essex Police\n")
    assert _each_force(letter, "joint.txt") == [
        ("Essex Police", 3, False), ("Kent Police", 5, False)]


def test_a_nil_said_as_a_labels_value_is_a_nil_return() -> None:
    """"Number of RSOs wanted ...: Nil." (or "- None."): the colon before a capital does not end the sentence here."""
    for answer in ("1. Number of RSOs wanted because their whereabouts are unknown: Nil.\n2. Dates: Not applicable.",
                   "Q1: Number wanted because whereabouts unknown - None."):
        reply = parse_text(HEAD + answer + TAIL)
        assert (reply.status, reply.missing, reply.layout) == ("answered", 0, "nil_return"), answer
    four = parse_text(HEAD + "Number of RSOs wanted because their whereabouts are unknown: Four (4)." + TAIL)
    assert four.missing == 4


def test_refusals_said_in_other_words_are_refusals() -> None:
    """A cost limit "well over the 18 hours (GBP 450) appropriate limit", "not obliged to comply", a vexatious request."""
    for text, exemptions in (
        ("Reviewing each of the 1,900 records would take 95 hours, well over the 18 hours (\u00a3450) appropriate limit.",
         ("s12",)),
        ("We are therefore not obliged to comply with your request.", ()),
        ("Kent Police has decided that your request is vexatious within the meaning of section 14(1) of the Act.",
         ("s14",)),
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert (reply.status, reply.exemptions, reply.needs_review) == ("refused", exemptions, False), text


def test_label_lines_of_a_total_and_of_years_first_wanted_are_read() -> None:
    text = "Position at 2 February 2015\nTotal wanted: 5\nFirst wanted 2010: 2\nFirst wanted 2013: 1\nFirst wanted 2014: 2"
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 2), ("2013", 1), ("2014", 2)]


def test_html_mail_keeps_items_a_cell_breaks_onto_lines_apart() -> None:
    from foi_tally.readers.email import html_to_text

    cell = "<table><tr><td><p>Month each went missing</p></td><td>Aug 2016<br>Jan 2020<br/>Apr 2023</td></tr></table>"
    assert html_to_text(cell).split("\t")[1] == "Aug 2016; Jan 2020; Apr 2023"


def test_a_sender_whose_name_holds_a_comma_is_still_the_force() -> None:
    mail = (b"From: Clerk, Alex 1234 <alex.clerk@kent.police.uk>\nTo: Requester <r@news.example>\nSubject: RE: FOI\n"
            b"Date: Mon, 9 Mar 2020 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            b"Dear Requester,\nThere are 3 registered sex offenders recorded as wanted.\nAlex\n")
    doc = read_document(mail, "reply.eml")
    assert doc.sender == "alex.clerk@kent.police.uk"
    reply = parse_document(doc)
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 3, False)


def test_a_date_row_under_a_measures_table_is_a_note() -> None:
    """"Date of data | 01/02/2015" below "Measure | Value" rows does not stop the table being read."""
    for rows, expected in (("Total RSOs managed,911\nIn custody,72\nWhereabouts unknown (wanted),3\nDate of data,01/02/2015\n", 3),
                           ("Number of RSOs whose whereabouts are unknown,0\nDate,01/02/2015\n", 0)):
        csv_text = f"Kent Police FOI KP/FOI/15/0009\nMeasure,Value\n{rows}"
        reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
        assert (reply.missing, reply.needs_review) == (expected, False), rows


def test_the_missing_as_one_part_of_a_caseload_listed_after_a_colon() -> None:
    reply = parse_text(HEAD + "As at 2 February 2015 Kent Police was responsible for 1,507 registered sex offenders: "
                       "1,290 living in the community, 212 in custody and 5 wanted because their whereabouts are "
                       "unknown. The dates these 5 were circulated are withheld under section 40(2)." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)


def test_a_bare_count_answering_a_numbered_part_with_the_date_it_is_as_at() -> None:
    reply = parse_text(HEAD + "Question 1\nSeven (7) as at 2 February 2015.\nQuestion 2\nThe dates are not held." + TAIL)
    assert reply.missing == 7


def test_an_answer_after_the_question_mark_on_the_questions_line() -> None:
    reply = parse_text(HEAD + "2. How many are wanted because their whereabouts are unknown? 11. Of these 11, 3 are "
                       "believed to be abroad." + TAIL)
    assert (reply.missing, reply.needs_review) == (11, False)
    assert _statuses(reply) == [("believed_abroad", 3), ("wanted", 8)]


def test_the_next_question_after_a_question_mark_is_no_answer() -> None:
    reply = parse_text(HEAD + "Your request asked:\n1. How many registered sex offenders are wanted because their "
                       "whereabouts are unknown? 2. For each, the date since which they have been missing.\n"
                       "The information is exempt under section 31(1)(a) and is withheld in full." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_a_bare_part_one_count_that_dates_of_the_missing_add_up_to_is_not_queried() -> None:
    text = "Part 1\nFive, as at 2 February 2015.\nPart 2\nBy year first wanted: 2010 (2), 2013 (1), 2014 (2)."
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    alone = parse_text(HEAD + "Part 1\nFive, as at 2 February 2015.\nPart 2\nThe dates are withheld under section 40(2)." + TAIL)
    assert alone.missing == 5 and alone.needs_review and "part 1" in alone.review_reason


def test_dates_under_a_long_lead_that_says_the_following_dates_are_read() -> None:
    text = ("The registered sex offenders currently wanted because their whereabouts are unknown were circulated on "
            "the following dates:\n14/03/2011\n02/09/2013\n30/06/2014")
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2011-03-14", "2013-09-02", "2014-06-30"]


def test_a_list_of_dates_left_over_when_everyone_read_has_a_date_is_queried() -> None:
    text = ("Two registered sex offenders are wanted: one since May 2012 and one since June 2014. Others dealt with "
            "by the unit over the same period:\n02/09/2013\n30/06/2014\n11/11/2014")
    reply = parse_text(HEAD + text + TAIL)
    assert reply.missing == 2 and reply.needs_review and "30/06/2014" in reply.review_reason


def test_people_who_breached_or_were_found_are_not_the_figure_beside_a_nil() -> None:
    """"Although 31 RSOs breached their requirements ..., not one is recorded as wanted": a nil, not 31. "One was
    circulated as wanted ... but was located ...": not one missing now."""
    nil = parse_text(HEAD + "I can confirm that, although 31 registered sex offenders breached their notification "
                     "requirements in 2014 and 88 are currently in custody, not one is presently recorded as wanted "
                     "because their whereabouts are unknown." + TAIL)
    assert nil.missing in (0, None) and (nil.missing == 0 or nil.needs_review)
    assert nil.missing != 31
    found = parse_text(HEAD + "One registered sex offender was circulated as wanted on 3 January 2015 but was located "
                       "on 20 January 2015. As at 2 February 2015 there are therefore none." + TAIL)
    assert found.missing != 1


def test_each_figure_an_earlier_reply_stated_is_the_earlier_replys() -> None:
    reply = parse_text(HEAD + "In our response of 2 February 2015 we stated that six registered sex offenders were "
                       "wanted and that three of these were believed to be abroad. Unfortunately the second figure was "
                       "wrong: only one is believed to be abroad; the other five are believed to be in the UK. The total "
                       "of six is unaffected." + TAIL)
    assert reply.missing == 6
    assert ("believed_abroad", 3) not in _statuses(reply)


def test_a_note_that_someone_listed_has_been_found_queries_the_table() -> None:
    rows = [("Ref", "Date wanted", "Offence"), ("K1", "04/05/2012", "Rape"), ("K2", "19/08/2013", "Exposure"),
            ("K3", "02/01/2014", "Voyeurism")]
    letter = ["Kent Police", "Our reference: KP/FOI/15/0012", "10 February 2015", "Dear Requester",
              "The registered sex offenders wanted because their whereabouts are unknown are listed below."]
    for note in ("Since the table was compiled, the individual at reference K2 has been located and arrested.",
                 "Note: K2 was arrested on 6 February 2015 and is no longer wanted."):
        reply = _word_reply([*letter, note], rows)
        assert reply.missing == 3 and reply.needs_review and "found" in reply.review_reason, note
    note = "Note: K3 was located on 6 February 2015 and the circulation has been cancelled."
    noted = _word_reply(letter, [*rows, (note, note, note)])
    assert noted.needs_review and "found" in noted.review_reason
    assert not _word_reply(letter, rows).needs_review


def test_a_count_under_answer_under_a_request_heading_beside_a_withheld_part() -> None:
    text = ("The number is disclosed; the dates are withheld under Section 40(2).\nRequest 1\nHow many registered sex "
            "offenders in your force area are currently wanted because their whereabouts\nare unknown?\nAnswer\n"
            "13 (thirteen), as at 2 February 2015.\nRequest 2\nFor each, please give the date since which they have "
            "been wanted.\nAnswer\nSection 40(2) - Personal Information.")
    reply = parse_text(HEAD + text + TAIL)
    assert (reply.status, reply.exemptions, reply.missing, reply.needs_review) == ("partial", ("s40",), 13, False)


def test_a_figure_supposed_in_a_refusals_reasoning_is_not_the_answer() -> None:
    reply = parse_text(HEAD + "The information is withheld in full under section 31(1)(a). If, for example, we were to "
                       "disclose that two offenders became wanted in a given month, people nearby could identify them."
                       + TAIL)
    assert reply.status == "refused" and reply.missing is None


def test_letters_that_answer_later_are_not_refusals_taken_as_final() -> None:
    for text in (
        ("The information may be exempt under section 31(1)(a) and we have not yet reached a decision on the public "
        "interest. We estimate that a decision will be reached by 2 March 2015."),
        "We are considering whether sections 31 and 40 apply. We will write to you again by 2 March 2015.",
        ("Unfortunately we are unable to provide a response within the statutory 20 working days. We apologise for the "
        "delay."),
        "We are unable to answer your request as it stands. Could you please clarify which offenders you mean?",
    ):
        reply = parse_text(HEAD + text + TAIL)
        assert reply.needs_review and "holding reply" in reply.review_reason, text


def test_bulleted_dates_with_a_note_on_how_they_are_known_and_a_breakdown_lead() -> None:
    bullets = parse_text(HEAD + "There are three registered sex offenders currently recorded as wanted (as at 2 February "
                         "2015). They were first recorded as missing on the following dates:\n\u2022 June 2011\n"
                         "\u2022 2013 (month not recorded)\n\u2022 14 January 2015" + TAIL)
    assert (bullets.missing, bullets.needs_review) == (3, False)
    assert sorted(e.since for e in bullets.entries) == ["2011-06", "2013", "2015-01-14"]
    years = parse_text(HEAD + "As at 2 February 2015 Kent Police had nine (9) registered sex offenders recorded as wanted "
                       "because their whereabouts are unknown. The breakdown by year of circulation is as follows:\n"
                       "2011 - two (2)\n2013 - three (3)\n2014 - four (4)" + TAIL)
    assert (years.missing, years.needs_review) == (9, False)
    assert sorted((e.since, e.count_low) for e in years.entries) == [("2011", 2), ("2013", 3), ("2014", 4)]


def test_listed_people_named_by_reference_as_abroad_are_marked_so() -> None:
    rows = [("Ref", "Date wanted", "Offence"), ("K-01", "04/05/2012", "Rape"), ("K-02", "19/08/2013", "Exposure"),
            ("K-03", "02/01/2014", "Voyeurism"), ("K-04", "11/11/2014", "Rape")]
    letter = ["Kent Police", "Our reference: KP/FOI/15/0013", "10 February 2015", "Dear Requester",
              "The registered sex offenders wanted because their whereabouts are unknown are listed below."]
    reply = _word_reply([*letter, "Of the four listed, K-02 and K-04 are believed to be outside the United Kingdom."], rows)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2012-05-04", "wanted"), ("2013-08-19", "believed_abroad"), ("2014-01-02", "wanted"), ("2014-11-11", "believed_abroad")]
    none = _word_reply([*letter, "None of K-01 to K-04 is believed to be abroad."], rows)
    assert all(e.status == "wanted" for e in none.entries)


def test_a_table_of_believed_locations_splits_the_figure() -> None:
    csv_text = "Kent Police FOI KP/FOI/15/0014\nBelieved location,Number\nUK - address unknown,5\nOverseas,2\nTotal,7\n"
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (7, False)
    assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 5)]


def test_letters_said_to_answer_two_forces_jointly_give_a_reply_each() -> None:
    table = ("Kent Police and Essex Police\nJoint Information Unit\nOur reference: KE/FOI/15/0050\n10 February 2015\n"
             "Dear Requester\nYour request to Kent Police and Essex Police is answered jointly. The registered sex "
             "offenders wanted because their whereabouts are unknown, as at 2 February 2015:\n"
             "Force    | Ref | Date wanted\nKent     | K1  | 11/06/2013\nEssex    | E1  | 20/01/2010\nEssex    | E2  | 04/04/2014\n"
             "Yours sincerely\nJoint Information Unit\n")
    assert _each_force(table, "joint.txt") == [("Essex Police", 2, False), ("Kent Police", 1, False)]
    letters = ("Dear Requester\nYou sent your request to both Kent Police and Essex Police. Please find below a response "
               "from each force.\n\nKent Police\nOur ref: KP/FOI/15/0051\n10 February 2015\nKent Police: as at 2 February "
               "2015 there were 4 RSOs wanted because their whereabouts are unknown.\nKent Police\n\nEssex Police\n"
               "Our ref: EP/FOI/15/0052\n10 February 2015\nEssex Police: as at 2 February 2015 there were 6 RSOs wanted "
               "because their whereabouts are unknown.\nEssex Police\n")
    replies = parse_replies(read_document(letters.encode(), "joint.txt"))
    assert sorted((r.force, r.missing) for r in replies) == [("Essex Police", 6), ("Kent Police", 4)]


def test_year_items_a_line_each_under_their_lead_are_all_read() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police had 5 registered sex offenders recorded as wanted. The years in which "
                       "they became wanted:\n2011 (1)\n2014 (2)\n2019 (2)" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2011", 1), ("2014", 2), ("2019", 2)]


def test_all_of_them_or_some_said_abroad_in_other_words() -> None:
    both = parse_text(HEAD + "Kent Police can confirm that 2 registered sex offenders are wanted. Both individuals are "
                      "believed to have left the United Kingdom: one was first recorded missing in 2011 and the other "
                      "in 2013." + TAIL)
    assert (both.missing, both.needs_review) == (2, False)
    assert sorted((e.since, e.status) for e in both.entries) == [("2011", "believed_abroad"), ("2013", "believed_abroad")]
    now = parse_text(HEAD + "There are 9 registered sex offenders recorded as wanted. Of the 9, Kent Police believes 3 may "
                     "now be living outside the UK." + TAIL)
    assert _statuses(now) == [("believed_abroad", 3), ("wanted", 6)]
    home = parse_text(HEAD + "There are 2 registered sex offenders recorded as wanted. Both are believed to be in the UK." + TAIL)
    assert _statuses(home) == [("wanted", 2)]


def test_a_shorthand_year_item_noted_abroad_and_a_heading_row_short_of_its_columns() -> None:
    reply = parse_text(HEAD + "Four RSOs are currently wanted (as at 2 February 2015): 2 x 2011 1 x 2013 1 x 2014 "
                       "(believed to be abroad)." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2011", "wanted"), ("2013", "wanted"), ("2014", "believed_abroad")]
    slid = parse_document(read_document(
        b"Kent Police FOI KP/FOI/15/0015\nYear Wanted,Missing,Total,\n2011,1,0,1\n2013,0,1,1\n2014,2,0,2\nTotal,3,1,4\n",
        "kent.csv"))
    assert slid.needs_review and "fewer headings" in slid.review_reason


def test_a_table_of_dates_no_rule_read_beside_an_undated_figure_is_queried() -> None:
    text = ("There are 3 registered sex offenders recorded as wanted.\n"
            "---   ----------  --------\n1     07/07/2010  NORTH\n2     15/01/2013  SOUTH\n3     29/04/2014  EAST\n")
    reply = parse_text(HEAD + text + TAIL)
    assert reply.missing == 3
    assert reply.needs_review and ("dates" in reply.review_reason or "date" in reply.review_reason)


def test_a_table_written_out_one_cell_per_line_is_read_as_a_table() -> None:
    cells = ["Year circulated", "Male", "Female", "2016", "2", "0", "2019", "1", "1", "2023", "3", "0", "Total", "6", "1"]
    reply = parse_text(LATER_HEAD + "As at 1 February 2025 there were 7 registered sex offenders wanted because their "
                       "whereabouts are unknown, by the year each was circulated:\n\n" + "\n\n".join(cells) + "\n\n"
                       "These figures change daily." + TAIL)
    assert not reply.needs_review, reply.review_reason
    assert reply.missing == 7
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2016", 2), ("2019", 2), ("2023", 3)]
    # A name and address block above a letter is no table.
    address = parse_text("Mr A Smith\n12 High Street\nAnytown\nAB1 2CD\n\n" + HEAD + "There are 3 registered sex "
                         "offenders wanted because their whereabouts are unknown." + TAIL)
    assert (address.missing, [e.since for e in address.entries]) == (3, [None])


def test_rows_of_years_no_rule_read_beside_a_partly_dated_figure_are_queried() -> None:
    # Two years side by side, the headings lost: one row reads like a list item ("2023 - 2"), the rest do not.
    rows = ["2009  2  1", "2013  1  1", "2017  1  0", "2020  2  2", "2023  -  2", "Total  6  6"]
    reply = parse_text(LATER_HEAD + "As at 1 February 2025 Kent Police had 6 registered sex offenders wanted because "
                       "their whereabouts are unknown, the same number as a year earlier. For comparison both years "
                       "are shown:\n\n" + "\n".join(rows) + "\n\nThese figures change daily." + TAIL)
    assert reply.needs_review and "gives dates that no one was given" in reply.review_reason


def test_group_headings_inside_a_table_of_individuals_say_where_or_whether_its_people_are() -> None:
    rows = [("Ref", "Date wanted", "Offence"), ("Wanted - location not known", "", ""), ("KP1", "04/05/2018", "Rape"),
            ("KP2", "11/09/2021", "Exposure"), ("Believed to be overseas", "", ""), ("KP3", "23/01/2020", "Voyeurism"),
            ("Traced since the request", "", ""), ("KP4", "02/02/2019", "Sexual assault")]
    lead = "Kent Police, FOI KP/FOI/15/0007. The offenders wanted because their whereabouts are unknown are below."
    reply = _word_reply([lead], rows)
    assert not reply.needs_review, reply.review_reason
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2018-05-04", "wanted"), ("2020-01-23", "believed_abroad"), ("2021-09-11", "wanted")]
    assert any("under 'Traced since the request'" in w for w in reply.warnings)
    # In a sheet the headings stand on rows of their own between the runs of people.
    sheet = ("Kent Police FOI KP/FOI/15/0008\n\nRef,Date wanted,Offence\nCurrently wanted\nK-1,2017-03-01,Rape\n"
             "K-2,2019-06-12,Exposure\n\nLocated since 1 January 2015\nK-3,2013-08-08,Voyeurism\n")
    found = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert (found.missing, found.needs_review) == (2, False), found.review_reason


def test_figures_as_they_stood_on_a_day_each_year_are_not_years_people_went_missing() -> None:
    for body in [
        ("Answer: The number of RSOs wanted because their whereabouts are unknown (as at 1 March):\n2024 - 3\n2023 - 5\n"
        "2022 - 4\n"),
        ("Registered sex offenders wanted because their whereabouts are unknown, at the end of each year:\n2022 - 3\n"
        "2023 - 5\n2024 - 4\n"),
    ]:
        reply = parse_text(LATER_HEAD + body + TAIL)
        assert reply.needs_review and "snapshots are not added up" in reply.review_reason
    # A day with its year over a breakdown by year is the date of the figures, and the items are read.
    dated = parse_text(LATER_HEAD + "There are 7 RSOs wanted because their whereabouts are unknown. By year first "
                       "wanted (as at 1 March 2025):\n2019 - 3\n2021 - 4\n" + TAIL)
    assert (dated.needs_review, sorted((e.since, e.count_low) for e in dated.entries)) == (False, [("2019", 3), ("2021", 4)])


def test_a_missing_category_said_not_to_be_wanted_is_missing() -> None:
    reply = parse_text("Kent Police FOI KP/FOI/15/0009\nCategory,Number\nWanted - whereabouts unknown,3\n"
                       "Missing - not currently wanted,1\n", "kent.csv")
    assert sorted((e.status, e.count_low) for e in reply.entries) == [("missing", 1), ("wanted", 3)]


def test_a_count_as_of_a_day_is_as_at_that_day_not_missing_since_it() -> None:
    reply = parse_text(LATER_HEAD + "We have 6 as of 03/02/2025. One has been wanted since 2015, two since 2018 and "
                       "three since 2019, all because their whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.as_of) == (6, "2025-02-03")
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2015", 1), ("2018", 2), ("2019", 3)]
    # "There are 4 as of ..." answering the question above it.
    answered = parse_text(LATER_HEAD + "Q1 How many RSOs are wanted because their whereabouts are unknown?\n"
                          "There are 4 as of 21 January 2025.\n" + TAIL)
    assert (answered.missing, answered.as_of, [e.since for e in answered.entries]) == (4, "2025-01-21", [None])


def test_a_question_without_its_mark_ends_at_the_next_numbered_question() -> None:
    reply = parse_text(LATER_HEAD + "Please see our answers beneath each of your questions below.\n\n1. How many RSOs "
                       "are currently wanted because their whereabouts are unknown?\n\nThere are 4.\n\n2. For each, the "
                       "year since which they have been wanted.\n\nWe can provide the year only: two in 2017, one in "
                       "2018 and one in 2019.\n\n3. How many of these are believed to be abroad?\n\nNone.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False), reply.review_reason
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2017", 2), ("2018", 1), ("2019", 1)]


def test_answers_that_say_the_figure_without_saying_of_whom_beside_a_part_withheld() -> None:
    withheld = "\nThe dates on which they went missing are withheld under section 40(2) of the Act.\n"
    for body, count in [
        (("You asked how many registered sex offenders are wanted because their whereabouts are unknown. This figure "
         "is 4 (as at 2 February 2025). Last year it was 2."), 4),
        ("The answer to question one is three. The answer to question two is withheld.", 3),
        (("Q1. How many RSOs are currently wanted because their whereabouts are unknown?\nSix (6) as at the date of "
         "receipt of your request.\n"), 6),
        (("1. Number of RSOs currently wanted because their whereabouts are unknown:\n\nSeven, which is unchanged from "
         "last year.\n\n2. Month and year each went missing: not held centrally.\n"), 7),
    ]:
        reply = parse_text(LATER_HEAD + body + withheld + TAIL)
        assert (reply.status, reply.missing) == ("partial", count), (body, reply.status, reply.review_reason)


def test_a_column_of_dates_is_read_before_a_column_of_how_long_beside_it() -> None:
    sheet = ("Kent Police FOI KP/FOI/15/0010 (as at 04/02/2025)\nRef,Years outstanding,Date circulated\n"
             "A,3,11.03.2021\nB,0,28.12.2024\nC,9,02.06.2015\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert sorted(e.since for e in reply.entries) == ["2015-06-02", "2021-03-11", "2024-12-28"]


def test_a_figure_for_the_uk_and_the_abroad_said_to_be_besides_it_add_up() -> None:
    for body in [
        ("There are currently 5 registered sex offenders who are wanted because their whereabouts are unknown and who "
        "are thought to be within the United Kingdom. In addition, there are 2 offenders who are believed to have "
        "gone abroad and who are also circulated as wanted."),
        ("Five RSOs were wanted because their whereabouts were unknown and they were believed to be in the UK.\n\nThere "
        "are also 2 registered sex offenders believed to be abroad whose whereabouts are unknown, who are not included "
        "in the figure above."),
    ]:
        reply = parse_text(HEAD + body + TAIL)
        assert (reply.missing, reply.needs_review) == (7, False), (body, reply.review_reason)
        assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 5)]


def test_abroad_said_in_a_note_after_a_persons_date_as_a_fact_or_as_a_home_country() -> None:
    noted = parse_text(HEAD + "As at 1 February 2015, three registered sex offenders were wanted because their "
                       "whereabouts were unknown.\nPerson 1 - missing since 4th May 2011\nPerson 2 - missing since 9th "
                       "June 2013\nPerson 3 - missing since 2nd July 2014 (believed to have travelled to Latvia)\n" + TAIL)
    assert sorted((e.since, e.status) for e in noted.entries) == [
        ("2011-05-04", "wanted"), ("2013-06-09", "wanted"), ("2014-07-02", "believed_abroad")]
    fact = parse_text(HEAD + "There are 6 RSOs wanted because their whereabouts are unknown. Intelligence suggests "
                      "2 of the 6 are in the Republic of Ireland." + TAIL)
    assert _statuses(fact) == [("believed_abroad", 2), ("wanted", 4)]
    home = parse_text(HEAD + "Kent Police has one registered sex offender whose whereabouts are unknown. This man is "
                      "believed to have returned to his country of origin." + TAIL)
    assert _statuses(home) == [("believed_abroad", 1)]
    # Abroad with the police told is not missing abroad.
    told = parse_text(HEAD + "There are 6 RSOs wanted because their whereabouts are unknown. Of the 1,200 RSOs we "
                      "manage, 4 are living abroad having notified us of their travel." + TAIL)
    assert _statuses(told) == [("wanted", 6)]


def test_a_division_named_after_a_force_merged_into_this_one_is_its_own_area() -> None:
    letter = ("Police Scotland\nInformation Management\nIM-FOI-2015-0101\n10 February 2015\nDear Requester\nI can "
              "confirm that, as at 1st February 2015, fewer than five registered sex offenders managed within the "
              "Dumfries and Galloway Division were wanted because their whereabouts were unknown.\n"
              "Yours sincerely\nPolice Scotland\n")
    for division in ["Dumfries and Galloway Division", "Fife Division"]:  # (an "and" in the name ends no clause)
        reply = parse_text(letter.replace("Dumfries and Galloway Division", division))
        assert (reply.force, reply.missing_low, reply.missing_high) == ("Police Service of Scotland", 1, 4), division


def test_figures_said_as_numbering_after_a_long_as_at_or_by_name_alone_are_read() -> None:
    numbering = parse_text(HEAD + "Our searches found registered sex offenders whose address is not known, who are "
                           "therefore recorded as wanted; the aforementioned individuals, numbering five in total, "
                           "remain the subject of enquiries." + TAIL)
    assert numbering.missing == 5
    review = parse_text(HEAD + "I do not uphold the original decision to withhold the number of registered sex "
                        "offenders wanted because their whereabouts are unknown. The figure, as at the date your "
                        "original request was received, is 2." + TAIL)
    assert review.missing == 2
    joint = parse_text(HEAD + "Essex Police had nine registered sex offenders recorded as wanted because their "
                       "whereabouts were unknown. Kent Police had four." + TAIL)
    assert joint.missing == 4
    # A caseload counted so is not the missing.
    managed = parse_text(HEAD + "We manage registered sex offenders in the county, numbering 1,400 in all; 3 of them "
                         "are wanted because their whereabouts are unknown." + TAIL)
    assert managed.missing == 3


def test_a_numbered_label_asking_for_a_number_over_its_count_and_the_parts_of_it() -> None:
    def letter(answer: str) -> str:
        return (HEAD + "1. Number of RSOs managed by the force\n1,350\n2. Number of RSOs wanted as whereabouts unknown\n"
                + answer + "\n3. Number of MOSOVO officers\n14\n" + TAIL)

    assert parse_text(letter("5")).missing == 5
    for answer in ["5 - of whom 3 are wanted within the UK and 2 are believed to be in Spain.",
                   "5, of whom 3 are wanted within the UK, and 2 are believed to be in Spain."]:
        reply = parse_text(letter(answer))
        assert (reply.missing, reply.needs_review) == (5, False), (answer, reply.review_reason)
        assert _statuses(reply) == [("believed_abroad", 2), ("wanted", 3)]
    # The figure when the question was last asked is last time's: not read as this one (the reply goes for review).
    earlier = parse_text(letter("Four. (When this question was last asked, in May 2014, the figure was 6.)"))
    assert (earlier.missing, earlier.needs_review) == (None, True)


def test_the_request_said_back_in_the_letters_own_words_is_not_its_answer() -> None:
    reply = parse_text(HEAD + "You asked how many registered sex offenders became wanted in each year since 2012. "
                       "This information is not held by Kent Police, as the date on which an offender became wanted "
                       "is not recorded in a retrievable form." + TAIL)
    assert (reply.status, reply.missing, reply.entries) == ("not_held", None, ())
    # The answer after it is still read.
    answered = parse_text(HEAD + "You asked how many registered sex offenders are wanted because their whereabouts "
                          "are unknown. This figure is 2." + TAIL)
    assert answered.missing == 2


def test_rows_counting_other_kinds_of_offender_are_not_the_sex_offenders_asked_of() -> None:
    rows = [("MAPPA category", "Managed", "Wanted - whereabouts unknown"), ("Category 1 (RSOs)", "1,120", "3"),
            ("Category 2 (violent offenders)", "390", "5"), ("Category 3 (other dangerous offenders)", "17", "1")]
    reply = _word_reply(["Kent Police, FOI KP/FOI/15/0011. The figures you asked for are below."], rows)
    assert (reply.missing, reply.needs_review) == (3, False), reply.review_reason
    assert any("other than sex offenders" in w for w in reply.warnings)


def test_the_time_taken_to_answer_a_complaint_is_no_holding_reply() -> None:
    reply = parse_text(HEAD + "This information is not held by Kent Police.\nIf you wish to complain about the "
                       "handling of your request, please write to the FOI Office within 40 working days. We aim to "
                       "respond within 20 working days." + TAIL)
    assert (reply.status, reply.needs_review) == ("not_held", False), reply.review_reason


def test_answers_in_a_multi_question_letter_read_without_false_alarms() -> None:
    def letter(*pairs: str) -> str:
        return HEAD + "\n".join(pairs) + "\nHome visits in 2013/14: 5,120.\n" + TAIL

    share = parse_text(letter("Q3 What number and percentage of RSOs are wanted because their whereabouts are unknown?",
                              "0.3% (11)."))
    assert (share.missing, share.needs_review) == (11, False), share.review_reason
    dashed = parse_text(letter("Question 2 - the number currently wanted as their whereabouts are unknown.", "Four."))
    assert (dashed.missing, dashed.needs_review) == (4, False), dashed.review_reason
    marked = parse_text(letter("Q2 - How many RSOs are wanted because their whereabouts are unknown?",
                               "There are 1,870 offenders on ViSOR with Kent as lead force.",
                               "3 are marked on ViSOR as 'wanted/missing' as at 1 February 2015."))
    assert (marked.missing, marked.needs_review) == (3, False), marked.review_reason


def test_a_refusal_said_only_of_the_dates_with_no_figure_read_is_queried() -> None:
    reply = parse_text(HEAD + "The number of registered sex offenders wanted because their whereabouts are unknown is "
                       "set out in the attached schedule as %~.\nThe dates on which they went missing are exempt under "
                       "section 40(2)." + TAIL)
    assert reply.status == "refused" and reply.needs_review
    assert "withholds only part of the request" in reply.review_reason
    # "This information is not held, as the date ... is not recorded": the whole of what was asked.
    whole = parse_text(HEAD + "You asked how many registered sex offenders went missing in each year since 2010. "
                       "This information is not held by Kent Police, as the date on which an offender went missing "
                       "is not recorded." + TAIL)
    assert (whole.status, whole.needs_review) == ("not_held", False), whole.review_reason


def test_earlier_figures_beside_this_years_answer_in_other_words() -> None:
    nil = parse_text(HEAD + "In previous years the number of RSOs recorded as wanted because their whereabouts were "
                     "unknown was 4 (March 2012), 2 (March 2013) and 1 (March 2014).\nAs at 2 February 2015 the figure "
                     "is nil: all previously outstanding offenders have been located." + TAIL)
    assert (nil.missing, nil.layout) == (0, "nil_return")
    equivalent = parse_text(HEAD + "In our response to your previous request we stated that 11 registered sex "
                            "offenders were wanted because their whereabouts were unknown.\nThe equivalent figure as "
                            "at 2 February 2015 is 7." + TAIL)
    assert (equivalent.missing, equivalent.needs_review) == (7, False), equivalent.review_reason
    refused = parse_text(HEAD + "In response to a similar request in 2014 Kent Police disclosed that 6 registered sex "
                         "offenders were then wanted because their whereabouts were unknown. We are withholding the "
                         "information on this occasion under section 31(1)(a) of the Act." + TAIL)
    assert (refused.status, refused.missing) == ("refused", None)
    labelled = parse_text(HEAD + "Request 1: How many RSOs are wanted because their whereabouts are unknown?\n"
                          "Answer: Three, as at 2 February 2015.\n" + TAIL)
    assert labelled.missing == 3


def test_word_replies_with_the_abroad_first_a_merged_heading_or_an_abroad_row_under_the_total() -> None:
    first = _word_reply(["Kent Police, FOI KP/FOI/15/0012", ("1. How many registered sex offenders are believed to be "
                         "living abroad, having failed to notify?"), "3", ("2. How many registered sex offenders in total "
                         "are wanted because their whereabouts are unknown (including those in question 1)?"), "8",
                         "As at 2 February 2015."], [("Notes", ""), ("None", "")])
    assert _statuses(first) == [("believed_abroad", 3), ("wanted", 5)]
    one = _word_reply(["Kent Police, FOI KP/FOI/15/0013", ("How many registered sex offenders are currently wanted "
                       "because their whereabouts are unknown?"), "Two. None are believed to be abroad.",
                       "2. For each, the date they went missing.", "The dates are withheld under section 40(2)."],
                      [("Notes", ""), ("None", "")])
    assert (one.status, one.missing) == ("partial", 2)
    merged = _word_reply(["Kent Police, FOI KP/FOI/15/0014, as at 2 February 2015."], [
        ("Year", "Whereabouts unknown", "Whereabouts unknown", "Total"), ("", "In UK", "Believed abroad", ""),
        ("2011", "2", "0", "2"), ("2014", "1", "1", "2"), ("Total", "3", "1", "4")])
    assert sorted((e.since, e.status, e.count_low) for e in merged.entries) == [
        ("2011", "wanted", 2), ("2014", "believed_abroad", 1), ("2014", "wanted", 1)]
    below = _word_reply(["Kent Police, FOI KP/FOI/15/0015, as at 2 February 2015."], [
        ("Year circulated", "Number"), ("2012", "2"), ("2014", "3"), ("Total", "5"), ("of which believed abroad", "2")])
    assert below.needs_review and "not which years'" in below.review_reason


def test_a_pivots_heading_rows_parted_from_its_rows_by_an_empty_one_head_them() -> None:
    reply = _csv_reply("Count of Nominal,Year Wanted\nRisk Level,2009,2013,2014,Grand Total\nVery High,,,,\n"
                       "High,1,,1,2\nLow,,2,1,3\nGrand Total,1,2,2,5\n")
    assert (reply.missing, reply.needs_review) == (5, False), reply.review_reason
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2009", 1), ("2013", 2), ("2014", 2)]


def test_a_date_answering_a_question_with_an_aside_in_brackets_is_read() -> None:
    reply = parse_text(HEAD + "1. How many registered sex offenders are currently wanted because their whereabouts are "
                       "unknown?\n\nOne.\n\n2. For each of them, please give the date (or, if not held, the year) on "
                       "which they went missing.\n\nOctober 2014.\n" + TAIL)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2014-10", 1)]


def test_a_year_or_a_sentence_cut_by_a_hard_line_break_is_read_whole() -> None:
    reply = parse_text(HEAD + "Kent Police had 5 registered sex offenders recorded as wanted (whereabouts\nunknown) on 2 "
                       "February 2015. Of these, 2 went missing in 20\n08, 1 went missing in\n2012 and 2 went missing "
                       "in 20\n13.\n" + TAIL)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2008", 2), ("2012", 1), ("2013", 2)]


def test_where_each_person_is_said_to_be_after_their_date_is_theirs() -> None:
    reply = parse_text(HEAD + "Three registered sex offenders are wanted because their whereabouts are unknown. The first "
                       "has been wanted since March 2011; the second since 2013 and is believed to be in Latvia; the "
                       "third since June 2014." + TAIL)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2011-03", "wanted"), ("2013", "believed_abroad"), ("2014-06", "wanted")]


def test_an_earlier_replys_figure_beside_a_part_said_abroad_is_queried_not_a_crash() -> None:
    reply = parse_text(HEAD + "In our response of 3 May 2014 we stated that 5 registered sex offenders were wanted "
                       "because their whereabouts were unknown. One is believed to be in Spain and one is believed to be in "
                       "Poland." + TAIL)
    assert reply.needs_review and "internal error" not in reply.review_reason
    assert "figure of an earlier reply" in reply.review_reason


def test_days_said_as_the_3rd_of_a_month_for_the_first_and_the_second() -> None:
    reply = parse_text(HEAD + "Two registered sex offenders are wanted because their whereabouts are unknown. The first "
                       "was circulated as wanted on the 2nd of June 2012 and the second on the 23rd of November 2014."
                       + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2012-06-02", "2014-11-23"]


def _html_email(body: str) -> bytes:
    return ("From: Kent Police FOI <foi@kent.pnn.police.uk>\nTo: Requester <r@news.example>\nSubject: FOI 20/0291\n"
            "Date: Mon, 9 Mar 2020 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n" + body).encode()


def test_html_mail_a_label_cell_beside_its_count_and_an_ordered_lists_numbers() -> None:
    cell = parse_document(read_document(_html_email(
        "<p>Dear Requester,</p><table><tr><td>Number of RSOs wanted (whereabouts unknown) as at 01/03/2020</td>"
        "<td>4</td></tr></table><p>The dates are withheld under section 40(2).</p><p>Kent Police</p>"), "cell.eml"))
    assert (cell.status, cell.missing) == ("partial", 4)
    from foi_tally.readers.email import html_to_text

    assert html_to_text("<ol start='2'><li>Five</li><li>None</li></ol>").splitlines() == ["2. Five", "3. None"]


def test_a_figure_said_to_include_people_living_abroad_and_people_said_found_beside_a_refusal() -> None:
    includes = parse_text(HEAD + "There are 12 registered sex offenders wanted because their whereabouts are unknown. "
                          "This figure includes 3 individuals who are believed to reside outside the UK." + TAIL)
    assert _statuses(includes) == [("believed_abroad", 3), ("wanted", 9)]
    found = parse_text(HEAD + "Although we publicised that three registered sex offenders were located in 2013, the "
                       "number currently wanted because their whereabouts are unknown is exempt under section 31(1)(a) "
                       "and is withheld." + TAIL)
    assert (found.status, found.missing) == ("refused", None)


def test_every_heading_run_into_the_first_over_two_columns_of_figures_is_queried() -> None:
    rows = [("Year Wanted (warrant) Missing (no warrant)", "", ""), ("2012", "1", "0"), ("2014", "2", "1")]
    reply = _word_reply(["Kent Police, FOI KP/FOI/15/0016, as at 2 February 2015."], rows)
    assert reply.needs_review and "fewer headings than the columns" in reply.review_reason
    two = _word_reply(["Kent Police, FOI KP/FOI/15/0017, as at 2 February 2015."],
                      [("Year Number of RSOs wanted", ""), ("2012", "1"), ("2014", "2")])
    assert (two.missing, two.needs_review) == (3, False)  # (one column of figures: the heading can only be its)


def test_a_bilingual_month_column_beside_the_years() -> None:
    reply = _word_reply(["Kent Police, FOI KP/FOI/15/0018, as at 2 February 2015."], [
        ("Mis / Month", "Blwyddyn / Year", "Nifer / Number"), ("Ebrill / April", "2012", "1"),
        ("Medi / September", "2014", "2"), ("Cyfanswm / Total", "", "3")])
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2012-04", 1), ("2014-09", 2)]


def test_a_question_and_answer_tables_cell_is_read_once_not_as_a_line_and_again_as_a_cell() -> None:
    reply = parse_document(read_document(_html_email(
        "<p>Dear Requester</p><table><tr><td>Your question</td><td>Our response</td></tr><tr><td>1. How many RSOs are "
        "wanted because their whereabouts are unknown?</td><td>Please see question 2.</td></tr><tr><td>2. For each, "
        "the month and year they went missing</td><td>Month withheld (s40(2)). Year went missing: 2012 \u2013 2; 2014 "
        "\u2013 1</td></tr><tr><td>3. How "
        "many are believed to be abroad?</td><td>Nil</td></tr></table><p>Kent Police</p>"), "qa.eml"))
    assert (reply.missing, sorted((e.since, e.count_low) for e in reply.entries)) == (3, [("2012", 2), ("2014", 1)])


def test_people_a_bullet_or_a_line_each_with_their_event_and_day() -> None:
    bullets = parse_text(HEAD + "Kent Police currently has three registered sex offenders whose whereabouts are "
                         "unknown:\n\u2022 Male, 50s, circulated as wanted in March 2011, believed to be in Spain\n"
                         "\u2022 Male, 30s, circulated as wanted in 2013\n\u2022 Female, 40s, circulated as wanted in "
                         "June 2014\n" + TAIL)
    assert sorted((e.since, e.status) for e in bullets.entries) == [
        ("2011-03", "believed_abroad"), ("2013", "wanted"), ("2014-06", "wanted")]
    lines = parse_text(HEAD + "Two registered sex offenders were circulated as wanted because their whereabouts were "
                       "unknown:\nOffender A - circulated 04/06/2012\nOffender B - circulated 19/10/2014\n" + TAIL)
    assert sorted(e.since for e in lines.entries) == ["2012-06-04", "2014-10-19"]


def test_month_end_figures_for_months_in_a_row_are_not_added_up() -> None:
    months = ["Jan-14", "Feb-14", "Mar-14", "Apr-14", "May-14", "Jun-14", "Jul-14", "Aug-14"]
    sheet = ("Kent Police FOI KP/FOI/15/0019\nRSOs recorded as wanted (whereabouts unknown) at the end of each month\n\n"
             "Measure," + ",".join(months) + "\nRSOs wanted at month end,12,11,13,12,10,11,12,13\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert reply.needs_review and "month-end figures" in reply.review_reason


def test_a_cost_estimates_total_of_hours_is_never_the_figure() -> None:
    rows = [("Task", "Records", "Minutes per record", "Hours"), ("Identify RSOs flagged wanted (PNC)", "880", "1", "15"),
            ("Confirm date of circulation", "unknown", "5", "6"), ("Total", "", "", "21")]
    reply = _word_reply([("Kent Police, FOI KP/FOI/15/0020. Answering would exceed the appropriate limit of 18 hours, "
                         "so we are refusing your request under section 12.")], rows)
    assert (reply.status, reply.missing) == ("refused", None)


def test_every_one_of_the_records_and_the_years_of_first_circulation() -> None:
    refusal = parse_text(HEAD + "Kent Police does not record whether a registered sex offender is wanted because their "
                         "whereabouts are unknown in a searchable field: every one of the 1,900 offender records would "
                         "have to be read, which would exceed the appropriate limit, so we are refusing your request "
                         "under section 12." + TAIL)
    assert (refusal.status, refusal.missing) == ("refused", None)
    years = parse_text(HEAD + "As at 2 February 2015 there are 4 registered sex offenders wanted because their "
                       "whereabouts are unknown. The years of first circulation are:\n2009 - 1\n2012 - 1\n2014 - 2\n"
                       + TAIL)
    assert sorted((e.since, e.count_low) for e in years.entries) == [("2009", 1), ("2012", 1), ("2014", 2)]


def test_an_abroad_question_about_those_in_an_earlier_question_answered_under_it() -> None:
    reply = parse_text(HEAD + "Question 1: How many RSOs are currently wanted because their whereabouts are unknown?\n"
                       "Answer: 6.\nQuestion 2: Of those in question 1, how many are believed to be outside the UK?\n"
                       "Answer: 1.\n" + TAIL)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 5)]


def test_a_year_column_beside_suppressed_counts_is_no_list_of_people() -> None:
    reply = _csv_reply("Year,Wanted\n2011,*\n2013,2\n2014,*\n2015,4\nTotal,*\n")
    assert reply.layout == "counts_by_year" and reply.needs_review  # (what '*' stands for is not said: queried)
    assert [(e.since, e.count_low) for e in reply.entries if e.count_low == e.count_high] == [("2013", 2), ("2015", 4)]


def test_bullets_after_a_line_ending_and_keep_their_own_text() -> None:
    reply = parse_text(HEAD + "Five registered sex offenders are wanted because their whereabouts are unknown:\n- 3 are "
                       "being traced by officers within the United Kingdom; and\n- 2 are believed to be living abroad.\n"
                       + TAIL)
    assert sorted((e.status, e.text) for e in reply.entries) == [
        ("believed_abroad", "- 2 are believed to be living abroad."),
        ("wanted", "- 3 are being traced by officers within the United Kingdom; and.")]


def test_a_joint_refusal_said_to_be_both_forces_is_each_forces_refusal() -> None:
    letter = ("West Mercia Police and Warwickshire Police\nInformation Compliance Unit\nRef: 2017-1302\n2 October 2017\n"
              "Dear Requester\nYour request to West Mercia Police and Warwickshire Police is answered\njointly.\n"
              "Neither force records in a searchable field whether a registered sex offender is wanted because their "
              "whereabouts are unknown, and reading every record would exceed the appropriate limit. Both forces are "
              "therefore refusing your request under section 12(1) of the Freedom of Information Act 2000.\n"
              "Information Compliance Unit\n")
    replies = parse_replies(read_document(letter.encode(), "joint.txt"))
    assert sorted((r.force, r.status, r.exemptions, r.needs_review) for r in replies) == [
        ("Warwickshire Police", "refused", ("s12",), False), ("West Mercia Police", "refused", ("s12",), False)]
    # one outcome not said to be both forces' stays one reply, flagged as the letter's
    single = parse_replies(read_document(letter.replace("Both forces are therefore", "We are therefore")
                                         .replace("Neither force records", "We do not record").encode(), "joint.txt"))
    assert len(single) == 1 and single[0].needs_review and "together" in single[0].review_reason


MANY_QUESTIONS = (
    "Kent Police\nFreedom of Information Unit\nOur reference: KP/FOI/23/0456\n2 May 2023\nDear Requester\n"
    "Your request is set out below, each question followed by our answer.\n"
    "1. How many RSOs were charged with a further sexual offence in each of the last five years?\n"
    "2018 - 25\n2019 - 56\n2020 - 39\n"
    "Figures relate to the date of charge.\n"
    "2. How many RSOs are currently wanted because their whereabouts are unknown?\n"
    "{answer}\n"
    "3. How many RSOs are managed at MAPPA level 1, 2 and 3?\n"
    "Level 1: 529; level 2: 29; level 3: 1.\n"
    "Yours sincerely\nFreedom of Information Unit\n"
)


def test_figures_answering_other_questions_of_a_many_question_letter_are_not_the_missing() -> None:
    nil = parse_text(MANY_QUESTIONS.format(answer="Kent Police does not currently have any registered sex offenders "
                                                  "whose whereabouts are unknown."))
    assert (nil.status, nil.missing, nil.needs_review) == ("answered", 0, False)
    refused = parse_text(MANY_QUESTIONS.format(answer="This information is exempt under section 31(1)(a) of the Act: "
                                                      "releasing it would alert the offenders concerned."))
    assert (refused.status, refused.missing, refused.entries) == ("refused", None, ())
    counted = parse_text(MANY_QUESTIONS.format(answer="As at 1 May 2023 there were 14 RSOs wanted because their "
                                                      "whereabouts are unknown."))
    assert (counted.missing, counted.needs_review) == (14, False)


def test_a_question_about_those_of_the_missing_abroad_and_one_pointed_at_are_kept() -> None:
    letter = MANY_QUESTIONS.replace("3. How many RSOs are managed at MAPPA level 1, 2 and 3?\nLevel 1: 529; level 2: 29; level 3: 1.",
                                    "3. How many of these are believed to be abroad?\nTwo of the seven are believed to be abroad.")
    abroad = parse_text(letter.format(answer="Seven (7)."))
    assert (abroad.missing, sorted((e.status, e.count_low) for e in abroad.entries)) == (7, [("believed_abroad", 2), ("wanted", 5)])
    pointed = parse_text(MANY_QUESTIONS.replace("Level 1: 529; level 2: 29; level 3: 1.",
                                                "Level 1: 529; level 2: 29; level 3: 1. Of all RSOs, 9 are wanted "
                                                "because their whereabouts are unknown.")
                         .format(answer="Please see the response to question 3 below."))
    assert pointed.missing == 9


def test_a_request_restated_whole_above_its_answers_is_not_cut_by_question() -> None:
    # Questions one after another, then the answers in one block: which line answers which is not known, so
    # nothing is dropped (the count under the last question is the answer to the first)
    letter = ("Kent Police\nOur reference: KP/FOI/23/0457\n2 May 2023\nDear Requester\n"
              "1. How many RSOs were charged with a further offence last year?\n"
              "2. How many RSOs are currently wanted because their whereabouts are unknown?\n"
              "3. How many RSOs are managed at MAPPA level 3?\n"
              "Response: there are currently 6 RSOs wanted because their whereabouts are unknown.\n"
              "Yours sincerely\n")
    assert parse_text(letter).missing == 6


def test_a_figure_beside_a_count_of_violent_offenders_is_queried() -> None:
    mixed = parse_text(HEAD + "As at 12 September 2022 there were 14 offenders managed on ViSOR by Kent Police who were "
                       "wanted because their whereabouts were unknown. Of these, 9 are registered sex offenders; the "
                       "other 5 are violent offenders." + TAIL)
    assert mixed.needs_review and "violent offenders" in mixed.review_reason
    left_out = parse_text(HEAD + "There are 9 registered sex offenders wanted because their whereabouts are unknown. "
                          "This figure does not include the 5 violent offenders also wanted." + TAIL)
    assert (left_out.missing, left_out.needs_review) == (9, False)


def test_an_acknowledgement_or_holding_reply_over_an_earlier_answer_is_not_read_as_an_answer_unflagged() -> None:
    holding = _email("Dear Ms Lal,\n\nPlease accept our apologies: we have not been able to complete your request within "
                     "20 working days. We hope to provide a full response by 14 June 2019.\n\nKent Police\n\n"
                     "From: Kent Police FOI <foi@kent.pnn.police.uk>\nSent: 12 February 2015 14:10\nTo: Priya Lal\n"
                     "Subject: FOI 15/0290\n\nKent Police can confirm that 23 registered sex offenders are wanted as "
                     "their whereabouts are unknown.\n")
    reply = parse_document(read_document(holding, "holding.eml"))
    assert reply.needs_review and "answer is to come" in reply.review_reason
    clarify = _email("Dear Ms Lal,\n\nThank you for your request. You mention a figure of 23 missing offenders given to "
                     "a newspaper in 2015. So that we answer the question you intend, could you please clarify whether "
                     "you want only offenders whose whereabouts are unknown?\n\nKent Police\n")
    asked = parse_document(read_document(clarify, "clarify.eml"))
    assert asked.needs_review and "request for clarification" in asked.review_reason


def test_making_a_total_under_a_list_of_parts_is_checked_against_them() -> None:
    reply = parse_text(HEAD + "As at 12 September 2022 Kent Police records the following registered sex offenders as "
                       "wanted because their whereabouts are unknown:\n* 4 believed to be in the UK, address unknown\n"
                       "* 3 believed to be abroad\n* 1 believed to be deceased (remains circulated until confirmed)\n\n"
                       "making 8 in total.\n" + TAIL)
    assert reply.needs_review and "stated total 8" in reply.review_reason


def test_one_known_to_be_in_custody_among_those_counted_is_queried() -> None:
    reply = parse_text(HEAD + "Kent Police has 8 registered sex offenders recorded as wanted on the Police National "
                       "Computer. This includes 1 who is known to be in custody in another country pending extradition; "
                       "the whereabouts of the remaining 7 are unknown." + TAIL)
    assert reply.needs_review


def test_a_pdf_tables_caption_is_the_line_above_it_and_its_figure_replaces_an_earlier_replys() -> None:
    (reply,) = _pdf_replies([
        "Kent Police", "Our ref: KP/FOI/23/0620 (revised)", "29 September 2023", "Dear Requester",
        ("The figures below replace those sent with our response of 15 September, which showed 15 offenders "
         "because it included three whose wanted status had been cancelled."),
        "Registered sex offenders wanted because their whereabouts are unknown, as at 4 September 2023:",
        [["Risk level", "Number"], ["High", "3"], ["Medium", "5"], ["Low", "4"], ["Total", "12"]],
        "Yours sincerely"], "kent.pdf")
    assert (reply.missing, reply.layout, reply.needs_review) == (12, "counts_by_category", False)


def test_a_corrections_table_counts_the_corrected_column_alone() -> None:
    by_year = parse_text(HEAD + "The table below shows the figures previously reported and the corrected figures.\n\n"
                         "Year went missing\tPreviously reported\tCorrected\n2011\t2\t2\n2013\t2\t3\nTotal\t4\t5\n" + TAIL)
    assert (by_year.missing, sorted((e.since, e.count_low) for e in by_year.entries)) == (5, [("2011", 2), ("2013", 3)])
    changed = parse_text(HEAD + "One offender previously recorded as wanted in the UK is now believed to have travelled "
                         "abroad. The figures in our original response and the revised figures, as at 4 February 2015:\n\n"
                         "Status\tOriginal response\tRevised response\nWanted - whereabouts unknown (believed in UK)\t8\t6\n"
                         "Wanted - believed to be abroad\t2\t3\nTotal\t10\t9\n" + TAIL)
    assert (changed.missing, changed.needs_review) == (9, False)


def test_the_requesters_figure_is_an_earlier_one_and_a_figure_said_to_stand_is_read() -> None:
    review = parse_text(HEAD + "In your review request you say that Kent Police disclosed a figure of 61 in 2009. Having "
                        "considered the matter, I uphold the decision. The total figure disclosed in our original "
                        "response - 53 registered sex offenders wanted because their whereabouts are unknown - is not "
                        "affected by this review." + TAIL)
    assert (review.missing, review.needs_review) == (53, False)
    only_theirs = parse_text(HEAD + "You mention that Kent Police gave a figure of 23 in 2009. We are refusing your request "
                             "under section 12 of the Act." + TAIL)
    assert only_theirs.missing != 23 or only_theirs.needs_review
    others = parse_text(HEAD + "You point out that Essex Police disclosed a figure of 14 and Surrey Police a figure of 23. "
                        "Kent Police has 9 registered sex offenders wanted because their whereabouts are unknown." + TAIL)
    assert (others.missing, others.needs_review) == (9, False)


def test_a_refusal_beside_a_bare_figure_or_a_numbered_answer_is_queried() -> None:
    remains = parse_text(HEAD + "You have asked for the names of the registered sex offenders referred to in our earlier "
                         "reply. This information is exempt under section 40(2) of the Act. For completeness, the figure "
                         "remains 3 (as at 4 February 2015)." + TAIL)
    assert remains.status == "refused" and remains.needs_review and "figure remains 3" in remains.review_reason
    numbered = parse_text(HEAD + "Information is held. Question 1: five (5). Questions 2 and 3 are withheld under section "
                          "31(1)(a) and (b)." + TAIL)
    assert numbered.needs_review and "Question 1: five (5)" in numbered.review_reason


def test_a_response_said_to_cover_both_forces_is_split_though_one_force_sends_it() -> None:
    mail = _email("Dear Requester\n\nNorfolk and Suffolk Constabularies have a joint Information Management Department and "
                  "this response\ncovers both forces. As at 12/09/2022:\n\nNorfolk Constabulary: 4 registered sex offenders "
                  "wanted because their whereabouts are unknown.\n\nSuffolk Constabulary: 3 registered sex offenders wanted "
                  "because their whereabouts are unknown.\n\nYours sincerely\nInformation Management Department\n"
                  "Norfolk Constabulary\nMartineau Lane, Norwich NR1 2DJ\nNorfolk Constabulary\n")
    mail = mail.replace(b"Kent Police FOI <foi@kent.pnn.police.uk>", b"Norfolk FOI <freedomofinformation@norfolk.police.uk>")
    replies = parse_replies(read_document(mail, "joint.eml"))
    assert sorted((r.force, r.missing) for r in replies) == [("Norfolk Constabulary", 4), ("Suffolk Constabulary", 3)]


def test_a_councils_reply_naming_the_force_only_as_the_one_to_ask_is_queried() -> None:
    council = parse_text("Dear Requester\nFreedom of Information Request: 19/0566\nKent County Council does not hold the "
                         "information you have requested. The management of registered sex offenders is the responsibility "
                         "of Kent Police under MAPPA. You may wish to redirect your request to Kent Police.\nYours "
                         "sincerely\nInformation Governance Team\nKent County Council\nSessions House, Maidstone ME14 1XQ\n")
    assert council.needs_review and "Kent County Council" in council.review_reason
    police = parse_text("Kent Police\nDear Requester\nKent Police does not hold the information you have requested; Kent "
                        "County Council may.\nYours sincerely\nKent Police\n")
    assert (police.status, police.needs_review) == ("not_held", False)


def test_durations_count_back_from_the_request_when_the_figures_stand_at_it() -> None:
    reply = parse_text("Kent Police\nOur ref: KP/FOI/10/0331   Date: 12 April 2010\nDear Requester\nThank you for your "
                       "request for information dated 15 March 2010.\nAs at the date of the request, Kent Police had two "
                       "registered sex offenders wanted because their whereabouts were unknown: one missing for 3 years "
                       "and 2 months and one for 1 year.\nYours sincerely\nKent Police\n")
    assert (reply.as_of, sorted(e.since for e in reply.entries)) == ("2010-03-15", ["2007-01", "2009"])
    bracketed = parse_text(HEAD.replace("10 February 2015", "3 May 2016") + "As at the date your request was received "
                           "(12 April 2016), Kent Police had two registered sex offenders wanted because their whereabouts "
                           "were unknown: one missing for 3 years and 2 months as at that date, and the other for 5 "
                           "years." + TAIL)
    assert sorted(e.since for e in bracketed.entries) == ["2011", "2013-02"]


def test_a_rough_year_and_dates_listed_after_circulated_on_respectively_are_each_read() -> None:
    rough = parse_text(HEAD + "There are 4 registered sex offenders wanted because their whereabouts are unknown. One has "
                       "been missing since Spring 2011, two since late 2009 and one since c. 2007." + TAIL)
    assert sorted((e.since, e.count_low) for e in rough.entries) == [("2007", 1), ("2009", 2), ("2011", 1)]
    listed = parse_text(HEAD + "There are 3 registered sex offenders wanted because their whereabouts are unknown. They "
                        "were circulated as wanted on 04/05/2012, 09/10/2014 and 01/02/2015 respectively." + TAIL)
    assert sorted(e.since for e in listed.entries) == ["2012-05-04", "2014-10-09", "2015-02-01"]


def test_both_of_whom_or_all_of_whom_abroad_is_said_of_the_whole_count() -> None:
    both = parse_text(HEAD + "Two registered sex offenders are currently wanted by Kent Police because their whereabouts "
                      "are unknown, both of whom are believed to be living abroad." + TAIL)
    assert [(e.status, e.count_low) for e in both.entries] == [("believed_abroad", 2)]
    all_of = parse_text(HEAD + "Three registered sex offenders are currently recorded as wanted because their whereabouts "
                        "are unknown, all of whom are believed to have left the UK." + TAIL)
    assert [(e.status, e.count_low) for e in all_of.entries] == [("believed_abroad", 3)]


def test_for_each_year_dates_no_one_and_a_figure_that_has_remained_since_a_year_is_not_dated_by_it() -> None:
    pointer = parse_text(HEAD + "The attached spreadsheet shows, for each year from 2005 to 2014, the number of registered "
                         "sex offenders who went missing and remain wanted, as at 1 February 2015." + TAIL)
    assert pointer.status == "unknown" or (pointer.needs_review and not pointer.entries)
    stood = parse_text(HEAD + "The number of registered sex offenders recorded by Kent Police as wanted because their "
                       "whereabouts are unknown has remained at three since 2012." + TAIL)
    assert (stood.missing, [e.since for e in stood.entries]) == (3, [None])


def test_a_web_page_pointing_to_an_attachment_it_lacks_is_queried() -> None:
    page = ("<html><body><h1>Kent Police</h1><h2>FOI KP/16/0301 - Missing registered sex offenders</h2><p>As at 1 March "
            "2016 there were 4 registered sex offenders wanted because their whereabouts are unknown. Please see the "
            "attached spreadsheet for the year each went missing.</p></body></html>")
    reply = parse_document(read_document(page.encode(), "kent.html"))
    assert reply.missing == 4 and reply.needs_review and "attachment" in reply.review_reason


def test_a_date_in_a_refusals_reasons_is_no_person() -> None:
    vexatious = parse_text(HEAD + "Since 1 September 2014 you have submitted 31 requests to this force, 17 of which concern "
                           "the management of registered sex offenders whose whereabouts are unknown. Kent Police considers "
                           "this request vexatious under section 14(1) of the Act." + TAIL)
    assert (vexatious.status, vexatious.entries) == ("refused", ())
    cost = parse_text(HEAD + "Together, the requests would take an estimated 23.5 hours to answer: 9 hours for the first "
                      "(whereabouts unknown and dates), 8 hours for the second (breaches since 2012) and 6.5 hours for the "
                      "third. This exceeds the appropriate limit and Kent Police is refusing your request under section "
                      "12 of the Act." + TAIL)
    assert (cost.status, cost.entries) == ("refused", ())


def test_no_report_identifying_them_is_no_nil_return() -> None:
    reply = parse_text(HEAD + "Kent Police does not hold this information centrally, as there is no report which identifies "
                       "registered sex offenders whose whereabouts are unknown." + TAIL)
    assert reply.status == "not_held" and reply.missing is None


def test_a_regions_figure_is_not_the_forces_and_a_national_forces_nation_is_its_own() -> None:
    region = parse_text(HEAD + "As at 1 February 2015 the five East Midlands forces held 38 registered sex offenders wanted "
                        "because their whereabouts are unknown between them. Kent Police's share is 7." + TAIL)
    assert (region.missing, region.needs_review) == (7, False)
    scotland = parse_text("Police Scotland\nOur reference: IM-FOI-2015-0101\n10 February 2015\nDear Requester\nNationally, "
                          "Police Scotland currently has 11 registered sex offenders wanted because their whereabouts are "
                          "unknown.\nYours sincerely\nPolice Scotland\n")
    assert (scotland.force, scotland.missing) == ("Police Service of Scotland", 11)


def test_an_earlier_appeals_figure_gives_way_to_that_number_now() -> None:
    reply = parse_text(HEAD + "In October 2014 we issued a public appeal to trace 11 registered sex offenders whose "
                       "whereabouts were unknown. As at 1 February 2015 that number is now 8." + TAIL)
    assert (reply.missing, reply.needs_review) == (8, False)


def test_foisa_refusal_to_confirm_or_deny_and_the_latest_published_figure() -> None:
    ncnd = parse_text("Police Scotland\nOur reference: IM-FOI-2015-0102\n10 February 2015\nDear Requester\nPolice Scotland "
                      "refuses to confirm or deny whether it holds the information you have requested, in terms of section "
                      "18(1) of the Freedom of Information (Scotland) Act 2002.\nYours sincerely\nPolice Scotland\n")
    assert ncnd.status == "ncnd"
    published = parse_text(HEAD + "The number of registered sex offenders wanted because their whereabouts are unknown is "
                           "published monthly and is reasonably accessible to you, so section 21 applies. The latest "
                           "published figure, as at 31 December 2014, is 9." + TAIL)
    assert (published.missing, published.status) == (9, "partial")


def test_the_caseload_whose_records_lack_a_whereabouts_field_is_no_total() -> None:
    reply = parse_text(HEAD + "Kent Police has estimated that the cost of complying with your request would exceed the "
                       "appropriate limit. ViSOR records for the 820 offenders managed by the force do not hold the "
                       "whereabouts status in a searchable field. Section 12(1) therefore applies." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_answers_typed_under_a_bracketed_answer_tag_are_read_as_answers() -> None:
    reply = parse_text(HEAD + "Please find our response inline.\n1. How many registered sex offenders are currently wanted "
                       "because their whereabouts are unknown?\n[Answer] 2\n2. For each, please give the month and year in "
                       "which they went missing.\n[Answer] June 2012 and February 2014." + TAIL)
    assert (reply.missing, sorted(e.since for e in reply.entries), reply.needs_review) == (2, ["2012-06", "2014-02"], False)


def test_a_suppressed_years_figure_in_a_list_of_years_is_its_range() -> None:
    reply = parse_text(HEAD + "Registered sex offenders wanted, by year whereabouts unknown:\n2010    5\n2012    *\n"
                       "2014    6\n\n* denotes a figure between 1 and 4, suppressed to protect against identification." + TAIL)
    assert sorted((e.since, e.count_low, e.count_high) for e in reply.entries) == [("2010", 5, 5), ("2012", 1, 4), ("2014", 6, 6)]
    unexplained = parse_text(HEAD + "Registered sex offenders wanted, by year whereabouts unknown:\n2010    5\n2012    [x]\n"
                             "2014    6\n" + TAIL)
    assert unexplained.needs_review and "suppressed" in unexplained.review_reason


def test_a_newspapers_figure_quoted_in_a_refusal_is_not_the_answer_unflagged() -> None:
    reply = parse_text(HEAD + "We note the article published in a local newspaper on 3 May 2014 which stated that 12 sex "
                       "offenders were missing in Kent. That figure was not provided by Kent Police. The information you "
                       "have requested is exempt under sections 31 and 38 of the Act." + TAIL)
    assert reply.status == "refused" or reply.needs_review


def test_a_figure_in_a_public_interest_factor_is_an_argument_not_the_answer() -> None:
    reply = parse_text(HEAD + "The information is intended for future publication and is exempt under section 22 of the "
                       "Act.\nFactors favouring disclosure: transparency about the 4 RSOs the 2014 edition recorded as "
                       "wanted, and public confidence in offender management.\nFactors favouring non-disclosure: the "
                       "figures will be published in full in the next edition." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_a_note_placing_one_listed_person_abroad_keeps_the_list_and_gives_that_one_its_status() -> None:
    bullets = parse_text(HEAD + "There are 4 registered sex offenders wanted because their whereabouts are unknown. "
                         "They were circulated on these dates:\n\n\u2022 03/10/2008\n\u2022 11/06/2012 (believed abroad)\n"
                         "\u2022 30/04/2013\n\u2022 08/09/2014\n" + TAIL)
    assert (bullets.missing, bullets.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in bullets.entries) == [
        ("2008-10-03", "wanted"), ("2012-06-11", "believed_abroad"), ("2013-04-30", "wanted"), ("2014-09-08", "wanted")]
    dashed = parse_text(HEAD + "As at 9 January 2015 there were 2 registered sex offenders wanted as their whereabouts are "
                        "unknown.\n1 missing since 02/04/2013 - believed abroad.\n1 missing since 19/10/2014.\n" + TAIL)
    assert sorted((e.since, e.status) for e in dashed.entries) == [("2013-04-02", "believed_abroad"), ("2014-10-19", "wanted")]


def test_where_one_dated_person_is_believed_to_be_is_said_after_their_date() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders whose whereabouts are unknown. One has been outstanding "
                       "since April 2012 and is believed to have left the British Isles; the other has been outstanding "
                       "since September 2014." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [("2012-04", "believed_abroad"), ("2014-09", "wanted")]


def test_outwith_the_uk_and_outside_the_jurisdiction_in_a_named_country_are_abroad() -> None:
    outwith = parse_text(HEAD + "There were 10 RSOs recorded as wanted as their whereabouts were unknown. Intelligence "
                         "suggests that 3 of these individuals are outwith the UK." + TAIL)
    assert _statuses(outwith) == [("believed_abroad", 3), ("wanted", 7)]
    named = parse_text(HEAD + "There were eight (8) registered sex offenders circulated as wanted because their whereabouts "
                       "were unknown. Of these, three (3) are believed to be outside the jurisdiction, in the Republic of "
                       "Ireland; the remaining five are believed to be elsewhere in the UK." + TAIL)
    assert _statuses(named) == [("believed_abroad", 3), ("wanted", 5)]


def test_counts_by_year_in_note_form_are_dated() -> None:
    circulated = parse_text(HEAD + "RSOs wanted/whereabouts unknown: 4 (1 circulated 2006; 2 circulated 2009; 1 circulated "
                            "2010). Figures as at 30/01/2015." + TAIL)
    shorthand = parse_text(HEAD + "RSOs currently wanted - whereabouts unknown (as at 30/01/15): 4. Year first circulated: "
                           "1 x '06, 2 x '09, 1 x '11." + TAIL)
    for reply in (circulated, shorthand):
        assert (reply.missing, reply.needs_review) == (4, False)
        assert sorted((e.since, e.count_low) for e in reply.entries)[:2] == [("2006", 1), ("2009", 2)]


def test_a_figure_after_an_equals_sign_is_the_total_and_dates_left_beside_a_dated_part_are_queried() -> None:
    reply = parse_text(HEAD + '"RSOs outstanding/whereabouts unknown as at 31/01/15 = 4 (circ. 2006, 2009 x 2, 2010)."' + TAIL)
    assert reply.missing == 4 and reply.needs_review
    assert "2006" in (reply.review_reason or "")


def test_the_status_alone_as_a_label_gives_the_figure() -> None:
    reply = parse_text(HEAD + "Whereabouts unknown as at 31/01/15: 3.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)


def test_a_figure_of_whom_some_have_been_found_is_queried() -> None:
    reply = parse_text(HEAD + "As at 31st January 2015, 6 registered sex offenders had been reported missing in the previous "
                       "12 months, of whom 4 have been found. The whereabouts of the other 2 remain unknown." + TAIL)
    assert reply.needs_review and "found" in (reply.review_reason or "")


def test_a_status_desc_column_gives_each_row_its_status_over_an_offence_category_before_it() -> None:
    sheet = ("Cleveland Police FOI 2020/0311\nNominal,Date Whereabouts Unknown,Category,Status Desc\n"
             "C/114,18/06/2014,Sexual activity with child under 16,Wanted\nC/208,05/01/2016,Rape,Wanted - believed abroad\n"
             "C/311,09/09/2018,Indecent images,Wanted\n")
    reply = parse_document(read_document(sheet.encode(), "cleveland.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [(e.since, e.status) for e in reply.entries] == [
        ("2014-06-18", "wanted"), ("2016-01-05", "believed_abroad"), ("2018-09-09", "wanted")]


def test_a_lettered_part_wrapped_with_an_aside_is_answered_by_a_count_and_a_remark() -> None:
    reply = parse_text(HEAD + "Request\n(a) How many registered sex offenders (RSOs) are currently recorded by your force as\n"
                       "wanted because their whereabouts are unknown?\n(b) For each of these individuals, the date on which "
                       "they were circulated as wanted.\nResponse\n(a) 5. This figure was extracted on 2 February 2015.\n"
                       "(b) Withheld. Section 40(2) of the Act exempts personal data about third parties.\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)


def test_questions_numbered_on_one_run_of_text_are_answered_by_number_with_a_count_and_dates() -> None:
    reply = parse_text(HEAD + "Request\n1. How many registered sex offenders (RSOs) in your force area are currently wanted\n"
                       "because their whereabouts are unknown? 2. For each, please give the date since which\n"
                       "they have been wanted or missing (month and year is fine). 3. How many of them are\n"
                       "believed to be abroad?\nResponse\nQuestion 1: Three (3). This figure is as at 2 February 2015.\n"
                       "Question 2: 11/2006, 07/2011 and 01/2013.\nQuestion 3: None.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2006-11", "2011-07", "2013-01"]


def test_dates_after_the_dates_are_colon_and_a_year_list_with_dotted_leaders_are_read() -> None:
    labelled = parse_text(HEAD + "On 4 February 2015 there were 4 registered sex offenders wanted because their whereabouts are "
                          "unknown. The dates are: March 2010 (1), November 2012 (1) and June 2014 (2)." + TAIL)
    assert sorted((e.since, e.count_low) for e in labelled.entries) == [("2010-03", 1), ("2012-11", 1), ("2014-06", 2)]
    leaders = parse_text(HEAD + "There are 5 registered sex offenders wanted because their whereabouts are unknown. By year "
                         "first circulated:\n2011 .... 2\n2012 .... 1\n2013 .... 2\n" + TAIL)
    assert sorted((e.since, e.count_low) for e in leaders.entries) == [("2011", 2), ("2012", 1), ("2013", 2)]


def test_the_years_in_which_the_people_were_circulated_are_listed_one_each() -> None:
    reply = parse_text(HEAD + "There are 6 RSOs wanted because their whereabouts are unknown. The years in which the six were "
                       "first circulated are 2008, 2009, 2011, 2012, 2013 and 2014." + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2008", "2009", "2011", "2012", "2013", "2014"]


def test_an_unmarked_request_for_dates_is_answered_by_its_number_and_the_first_answer_number_is_no_count() -> None:
    page = (HEAD + "Request\n1. How many registered sex offenders are currently wanted because their whereabouts are unknown?\n"
            "2. For each of these individuals, please provide the date on which they were first circulated as wanted.\n"
            "3. How many of these individuals are believed to be abroad?\nResponse\n"
            "1. Kent Police can confirm there are 4 registered sex offenders currently wanted because their whereabouts are "
            "unknown.\nQ2) Sept 2011, Feb 2012, May 2013, Aug 2014\n3. Withheld - section 31(1)(a)(b) Law Enforcement.\n" + TAIL)
    reply = parse_text(page)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert [(e.since, e.status) for e in reply.entries] == [
        ("2011-09", "wanted"), ("2012-02", "wanted"), ("2013-05", "wanted"), ("2014-08", "wanted")]


def test_a_count_abroad_is_not_the_row_numbered_with_it() -> None:
    sheet = ("Essex Police FOI 1083/15 Annex A\nID,Date first circulated,Believed location\n1,11/02/2008,Unknown\n"
             "2,30/07/2012,Romania\n3,05/10/2014,UK - address unknown\n")
    doc = read_document(sheet.encode(), "annex.csv")
    letter = read_document((HEAD + "Kent Police currently has 3 registered sex offenders recorded as wanted because their "
                            "whereabouts are unknown. Of these, 1 is believed to be abroad." + TAIL).encode(), "letter.txt")
    doc.lines[:0] = letter.lines
    reply = parse_document(doc)
    assert [e.status for e in reply.entries] == ["wanted", "believed_abroad", "wanted"]


def test_a_note_that_dates_are_month_first_reads_a_date_column_so() -> None:
    sheet = ("Northamptonshire Police FOI F-2015-00512\nRef,Date wanted\nNH1,06/04/2013\nNH2,01/11/2014\n"
             "Note: all dates in this file are in US format (month/day/year) as exported from the system.\n")
    reply = parse_document(read_document(sheet.encode(), "northants.csv"))
    assert [e.since for e in reply.entries] == ["2013-06-04", "2014-01-11"]
    without_note = parse_document(read_document(sheet.rsplit("Note:", 1)[0].encode(), "northants.csv"))
    assert [e.since for e in without_note.entries] == ["2013-04-06", "2014-11-01"]


def test_dates_said_to_be_in_an_annex_that_no_rule_reads_are_queried_but_a_cover_letter_alone_is_not() -> None:
    from foi_tally.document import Document, Line
    from foi_tally.records import Locator

    letter = ["Suffolk Constabulary", "27 January 2015", "Dear Mr Hale",
              "Suffolk Constabulary had 3 registered sex offenders recorded as wanted because their whereabouts were",
              "unknown as at 4 January 2015. The dates are set out in the attached schedule (page 2)."]
    annex = ["Schedule Date first wanted Offence Risk1 02/06/2011 Sexual assault Medium2 21/03/2012 Rape High"]
    lines = [Line(t, Locator("s.pdf", page=1, line=n)) for n, t in enumerate(letter, 1)]
    whole = parse_document(Document("s.pdf", "pdf", lines=lines + [Line(annex[0], Locator("s.pdf", page=2, line=1))]))
    assert whole.missing == 3 and whole.needs_review and "elsewhere" in (whole.review_reason or "")
    alone = parse_document(Document("s.pdf", "pdf", lines=lines))
    assert (alone.missing, alone.needs_review) == (3, False)


def test_so_many_times_a_duration_dates_that_many() -> None:
    reply = parse_text(HEAD + "As of 3rd February 2015, 4 registered sex offenders are wanted because their whereabouts are "
                       "unknown. The length of time each has been wanted:\n\n* 1 x 7 years 4 months\n* 1 x 2 years\n"
                       "* 2 x less than 12 months\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2007-10", 1), ("2013", 1), ("2014-02", 2)]


def test_the_number_believed_to_be_abroad_is_a_part_of_the_figure() -> None:
    for said in ("The number believed to be abroad is seven.", "The number believed to be abroad (seven) is unchanged."):
        reply = parse_text(HEAD + "There are 23 registered sex offenders wanted because their whereabouts are unknown. "
                           + said + TAIL)
        assert _statuses(reply) == [("believed_abroad", 7), ("wanted", 16)], said


def test_a_column_headed_believed_abroad_beside_a_count_is_its_part() -> None:
    sheet = ("Hampshire Constabulary FOI 2015/0203\nMonth / Year,Number,Believed abroad\nMay 2010,1,1\nFeb 2012,1,0\n"
             "Mar 2014,2,1\n")
    reply = parse_document(read_document(sheet.encode(), "hants.csv"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2010-05", "believed_abroad", 1), ("2012-02", "wanted", 1), ("2014-03", "believed_abroad", 1), ("2014-03", "wanted", 1)]


def test_a_mark_on_a_row_explained_below_the_table_as_abroad_gives_that_row_its_status() -> None:
    page = ("<html><body><h1>FOI 0415/15</h1><p>Data as at 02/02/2015. Sussex Police has 3 registered sex offenders wanted "
            "because their whereabouts are unknown.</p><table><tr><th>Ref</th><th>Date first wanted</th><th>Risk</th></tr>"
            "<tr><td>1</td><td>03/10/2010</td><td>Medium</td></tr><tr><td>2*</td><td>12/12/2012</td><td>High</td></tr>"
            "<tr><td>3</td><td>18/06/2014</td><td>Medium</td></tr></table><p>*Believed to have travelled abroad.</p>"
            "</body></html>")
    reply = parse_document(read_document(page.encode(), "sussex.html"))
    assert [(e.since, e.status) for e in reply.entries] == [
        ("2010-10-03", "wanted"), ("2012-12-12", "believed_abroad"), ("2014-06-18", "wanted")]


def test_a_numbered_list_of_dates_is_one_person_an_item_and_an_unlabelled_one_is_queried() -> None:
    listed = parse_text(HEAD + "Kent Police can confirm that there are three registered sex offenders listed as wanted,\n"
                        "whose whereabouts are unknown. Each is listed below with the month and year they went missing and,\n"
                        "where relevant, where they are believed to be:\n1. January 2010\n"
                        "2. June 2012 - believed to be in the Republic of Ireland\n3. February 2014\n" + TAIL)
    assert [(e.since, e.status) for e in listed.entries] == [
        ("2010-01", "wanted"), ("2012-06", "believed_abroad"), ("2014-02", "wanted")]
    bare = parse_text(HEAD + "(1) 4 registered sex offenders are currently listed as wanted (whereabouts unknown).\n"
                      "(2) May 2010, September 2011, February 2012 and June 2013.\n" + TAIL)
    assert bare.missing == 4 and bare.needs_review


def test_a_count_for_a_later_part_whose_question_is_not_quoted_is_queried() -> None:
    reply = parse_text(HEAD + "Q1 - 5 (as at 30 January 2015)\nQ2 - 11th April 2006, 2nd December 2009, 23rd August 2011, "
                       "17th May 2013, 8th November 2014\nQ3 - 1 (the individual circulated on 23rd August 2011)\n" + TAIL)
    assert reply.missing == 5 and reply.needs_review and "does not quote" in (reply.review_reason or "")


def test_questions_run_on_over_several_lines_are_numbered_for_their_answers_and_furth_of_scotland_is_abroad() -> None:
    kent = parse_text(HEAD + "You asked:\n1. How many registered sex offenders (RSOs) in your force area are currently wanted or\n"
                      "missing because their whereabouts are unknown? 2. For each, please give the date on\n"
                      "which they were first circulated as wanted/missing. 3. How many of these individuals are\n"
                      "believed to be abroad?\nQuestion 1\nThere were 16 registered sex offenders wanted by Kent Police "
                      "because their whereabouts were unknown on 21/01/2015.\nQuestion 3\nFive.\n" + TAIL)
    assert _statuses(kent) == [("believed_abroad", 5), ("wanted", 11)]
    scots = parse_text(HEAD + "There were 17 registered sex offenders wanted because their whereabouts are unknown. Five of "
                       "the seventeen are believed to be furth of Scotland and outwith the UK." + TAIL)
    assert _statuses(scots) == [("believed_abroad", 5), ("wanted", 12)]


def test_status_columns_under_a_caption_over_a_labelled_row_are_the_parts_of_the_figure() -> None:
    reply = _word_reply(
        ["Kent Police, 10 February 2015. The table shows those wanted because their whereabouts are not known.",
         "The dates on which individuals were circulated are withheld under section 40(2) of the Act."],
        [("", "Status as at 31/01/2015", "Status as at 31/01/2015", "Status as at 31/01/2015"),
         ("", "Wanted", "Believed abroad", "Total"), ("Registered sex offenders", "4", "1", "5")],
    )
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 5, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 4)]


def test_a_response_heading_merged_over_areas_is_not_one_answer_column() -> None:
    reply = _word_reply(
        ["Hampshire Constabulary, 10 February 2015."],
        [("Question", "Response", "Response", "Response"), ("", "Hampshire", "Isle of Wight", "Force total"),
         ("RSOs wanted because whereabouts unknown", "10", "2", "12")],
    )
    assert reply.missing != 10 or reply.needs_review


def test_columns_of_those_outside_the_uk_give_their_status() -> None:
    part = ("Greater Manchester Police FOI 1234/15\nMonth/Year first circulated,Number wanted,Of which believed outside UK\n"
            "Jun 2005,1,1\nFeb 2008,2,0\n")
    split = ("Dyfed-Powys Police FOI 2015/311\nYear,UK (address unknown),Believed abroad,Total\n2012,0,1,1\n2013,2,1,3\n")
    for sheet, expected in ((part, [("believed_abroad", 1), ("wanted", 2)]), (split, [("believed_abroad", 1), ("believed_abroad", 1), ("wanted", 2)])):
        reply = parse_document(read_document(sheet.encode(), "reply.csv"))
        assert sorted((e.status, e.count_low) for e in reply.entries) == expected


def test_dates_answering_a_question_by_its_heading_or_its_bullets_are_read_and_a_numbered_date_alone_is_queried() -> None:
    headed = parse_text(HEAD + "Question 1\nHow many registered sex offenders (RSOs) are currently circulated as wanted or "
                        "missing\nbecause their whereabouts are unknown?\nResponse\n3 (as at 20/01/2015)\nQuestion 2\n"
                        "For each of these, please provide the month and year in which they were first circulated.\n"
                        "Response\nDecember 2009, April 2012, February 2014\n" + TAIL)
    assert sorted(e.since for e in headed.entries) == ["2009-12", "2012-04", "2014-02"]
    bullets = parse_text(HEAD + "1. How many registered sex offenders are currently circulated as wanted because their "
                         "whereabouts are unknown?\nKent Police currently has three RSOs circulated as wanted whose "
                         "whereabouts are unknown.\n2. For each of these, please provide the month and year in which they "
                         "were first circulated.\n\u2022 May 2012\n\u2022 Sept 2013\n\u2022 Aug 2014\n" + TAIL)
    assert sorted(e.since for e in bullets.entries) == ["2012-05", "2013-09", "2014-08"]
    alone = parse_text(HEAD + "Question 1: One RSO is currently circulated as wanted because their\nwhereabouts are unknown.\n\n"
                       "Question 2: July 2014.\n" + TAIL)
    assert alone.missing == 1 and (alone.needs_review or [e.since for e in alone.entries] == ["2014-07"])


def test_a_column_of_those_who_left_the_uk_beside_the_number_wanted_is_its_part_not_more_people() -> None:
    sheet = ("PSNI FOI F-2015-02211\nYear first recorded as wanted,Number wanted,Believed to have left the UK\n"
             "2005,1,1\n2009,1,0\n2012,2,1\n")
    reply = parse_document(read_document(sheet.encode(), "psni.csv"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2005", "believed_abroad", 1), ("2009", "wanted", 1), ("2012", "believed_abroad", 1), ("2012", "wanted", 1)]


def test_a_note_on_a_years_item_places_all_or_some_of_its_people_abroad() -> None:
    reply = parse_text(HEAD + "Kent Police had 6 registered sex offenders wanted because their whereabouts were unknown. The "
                       "years in which they were first recorded as wanted are:\n\u2022 2003 \u2013 1 (believed abroad)\n"
                       "\u2022 2008 \u2013 1\n\u2022 2010 \u2013 2 (one of whom is believed abroad)\n\u2022 2013 \u2013 2\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2003", "believed_abroad", 1), ("2008", "wanted", 1), ("2010", "believed_abroad", 1), ("2010", "wanted", 1),
        ("2013", "wanted", 2)]


def test_two_label_and_value_rows_are_not_a_header_over_one_row() -> None:
    sheet = ("Thames Valley Police - FOI 2015/1104\n\nNumber of RSOs wanted (whereabouts unknown) as at 11/01/2015,4\n"
             "Dates wanted,Withheld - s40(2) and s31(1)(a)\n")
    reply = parse_document(read_document(sheet.encode(), "tvp.csv"))
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 4, False)


def test_a_status_shown_by_highlighting_is_queried() -> None:
    sheet = ("Dorset Police FOI 2015-455\nRef,Date wanted\nD1,03/05/2010\nD2,14/08/2012\n"
             "Rows highlighted yellow: believed to be abroad.\n")
    reply = parse_document(read_document(sheet.encode(), "dorset.csv"))
    assert reply.missing == 2 and reply.needs_review and "formatting" in (reply.review_reason or "")


def test_a_fixed_width_table_with_its_heading_over_two_lines_above_a_rule_is_read() -> None:
    table = ("The table shows the year each was first recorded as such.\n\n"
             "  Year   Whereabouts unknown -   Whereabouts unknown -   Total\n"
             "         believed in UK          believed abroad\n"
             "  ----   ---------------------   ---------------------   -----\n"
             "  2004   1                       1                       2\n"
             "  2008   1                       0                       1\n"
             "  2010   2                       1                       3\n"
             "  Total  4                       2                       6\n")
    reply = parse_text(HEAD + "Kent Police had 6 registered sex offenders circulated as wanted because their whereabouts "
                       "were unknown.\n" + table + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2004", "believed_abroad", 1), ("2004", "wanted", 1), ("2008", "wanted", 1), ("2010", "believed_abroad", 1),
        ("2010", "wanted", 2)]


def test_a_calendar_grid_under_a_heading_merged_over_its_months_is_read_by_month() -> None:
    sheet = ("Nottinghamshire Police FOI 2015-0088\nYear,Month first wanted,Month first wanted,Month first wanted,Total\n"
             ",Jan,Feb,Mar,\n2013,,,1,1\n2014,2,1,,3\nTotal,2,1,1,4\n")
    reply = parse_document(read_document(sheet.encode(), "notts.csv"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2013-03", 1), ("2014-01", 2), ("2014-02", 1)]


def test_lettered_answers_with_their_word_and_a_breakdown_by_year_are_read() -> None:
    reply = parse_text(HEAD + "I note you seek access to the following information:\n(a) How many RSOs are recorded as wanted or "
                       "missing because their whereabouts are unknown?\n(b) Please break this down by the year they were first "
                       "recorded as such.\n(c) How many are thought to be overseas?\nKent Police's response is as follows:\n"
                       "Question (a): 5\nQuestion (b): 2010 - 1; 2011 - 1; 2013 - 1; 2014 - 2\nQuestion (c): None\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 1), ("2011", 1), ("2013", 1), ("2014", 2)]


def test_a_lettered_count_for_a_part_whose_question_is_not_quoted_is_queried() -> None:
    reply = parse_text(HEAD + "Question (a) - There are currently thirteen registered sex offenders recorded as wanted because "
                       "their whereabouts are unknown.\nQuestion (b) - See Annex A.\nQuestion (c) - Three.\n" + TAIL)
    assert reply.missing == 13 and reply.needs_review and "does not quote" in (reply.review_reason or "")


def test_lettered_questions_answered_on_the_lines_under_them_with_a_date_a_line() -> None:
    reply = parse_text(HEAD + "Please find the answers to your questions below (data as at 09/01/2015).\n\n(a) How many registered "
                       "sex offenders are currently recorded by your force as wanted because their whereabouts are unknown?\n"
                       "2\n\n(b) For each of these individuals, the date on which they were circulated as wanted.\n14/09/2012\n"
                       "02/01/2014\n\n(c) How many of them are believed to be abroad?\nNone.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-09-14", "2014-01-02"]


def test_a_column_of_those_whose_location_is_unknown_in_the_uk_is_the_wanted_beside_those_abroad() -> None:
    sheet = "Devon & Cornwall Police FOI 0412-2015\nYear,Location unknown - UK,Believed abroad,Total\n2010,1,0,1\n2013,0,1,1\n2014,2,1,3\n"
    reply = parse_document(read_document(sheet.encode(), "dc.csv"))
    assert _statuses(reply) == [("believed_abroad", 1), ("believed_abroad", 1), ("wanted", 1), ("wanted", 2)]


def test_a_column_of_notes_saying_who_is_believed_abroad_is_read_whatever_its_heading() -> None:
    sheet = ("Kent Police FOI 15-0311\nCase,Date circulated as whereabouts unknown,Current assessment\n"
             "K1,02/05/2009,Believed abroad - Lithuania\nK2,20/11/2012,Not known\nK3,07/03/2014,Believed UK\n")
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [e.status for e in reply.entries] == ["believed_abroad", "wanted", "wanted"]


def test_no_information_that_any_of_them_has_left_the_country_places_no_one_abroad() -> None:
    reply = parse_text(HEAD + "Kent Police can advise that there are three registered sex offenders currently wanted as their "
                       "whereabouts are not known. One has been missing since Sept 2010, one since January 2013 and one "
                       "since June 2014. We have no information to suggest that any of the three has left the country." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert {e.status for e in reply.entries} == {"wanted"}


def _dated_then(said: str):  # type: ignore[no-untyped-def]
    """Three people listed by date, then a sentence about which of them is abroad."""
    return parse_text(LATER_HEAD + "Kent Police can confirm that three registered sex offenders are currently wanted because "
                      "their whereabouts are unknown. They were first recorded as wanted in March 2011, in June 2014 and in "
                      f"October 2019. {said}" + TAIL)


def test_a_person_picked_out_by_place_or_date_as_abroad_is_marked_so() -> None:
    for said, abroad in [
        ("The second is believed to have left the United Kingdom.", ["2014-06"]),
        ("Of these, the first and last are believed to be abroad.", ["2011-03", "2019-10"]),
        ("The earliest of these is believed to be living overseas.", ["2011-03"]),
        ("The two most recent are believed to be abroad.", ["2014-06", "2019-10"]),
        ("One (June 2014) is believed to have left the UK.", ["2014-06"]),
        ("The latest is believed to be in Poland.", ["2019-10"]),
    ]:
        reply = _dated_then(said)
        assert (reply.missing, reply.needs_review) == (3, False), said
        assert sorted(e.since for e in reply.entries if e.status == "believed_abroad") == abroad, said


def test_someone_said_to_be_abroad_whom_no_rule_can_pick_out_is_flagged() -> None:
    for said in [
        "All but the one first recorded in June 2014 are believed to be abroad.",
        "With regard to the third part of your request, one is believed to be abroad.",
        "Only the offender wanted since June 2014 is believed to remain in the UK; the other two are thought to be abroad.",
    ]:
        reply = _dated_then(said)
        assert reply.needs_review, said
    for said in ["One of these three is believed to have died abroad.", "We do not know whether any have left the UK.",
                 "Where it is thought that an offender has left the country, enquiries continue through the NCA."]:
        reply = _dated_then(said)
        assert (reply.needs_review, {e.status for e in reply.entries}) == (False, {"wanted"}), said


def test_a_year_item_noting_how_many_of_its_people_are_abroad_splits_it() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police had 6 registered sex offenders wanted because their whereabouts were unknown. "
                       "By year first recorded:\n2012: 1\n2015: 2 (of which 1 abroad)\n2020: 3 (2 believed abroad)\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2012", "wanted", 1), ("2015", "believed_abroad", 1), ("2015", "wanted", 1), ("2020", "believed_abroad", 2),
        ("2020", "wanted", 1)]


def test_a_table_row_named_by_a_reference_without_digits_is_marked_abroad() -> None:
    reply = _word_reply(
        [("Kent Police currently has three registered sex offenders wanted because their whereabouts are unknown, listed "
          "below by an anonymised reference."),
         ("KP/B is believed to be in Pakistan. There is no intelligence to suggest that KP/A or KP/C has left the United "
          "Kingdom.")],
        [("Reference", "Month recorded as wanted"), ("KP/A", "December 2010"), ("KP/B", "April 2017"), ("KP/C", "August 2020")],
    )
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [e.status for e in reply.entries] == ["wanted", "believed_abroad", "wanted"]


def test_some_said_abroad_as_what_we_believe_after_of_whom_are_read() -> None:
    reply = parse_text(HEAD + "Kent Police is currently seeking 27 registered sex offenders whose whereabouts are unknown, nine "
                       "of whom we believe have left the country." + TAIL)
    assert (reply.missing, reply.needs_review, _statuses(reply)) == (27, False, [("believed_abroad", 9), ("wanted", 18)])


def test_a_thought_to_be_column_says_where_each_person_is() -> None:
    sheet = "Kent Police FOI 13-0418\nDate wanted,Thought to be\n02/2004,UK\n09/2007,Abroad\n01/2009,UK\n"
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert [e.status for e in reply.entries] == ["wanted", "believed_abroad", "wanted"]


def _joint(letter: str) -> dict[str, tuple[str, int | None, int | None]]:
    replies = parse_replies(read_document(letter.encode(), "joint.txt"))
    return {r.force: (r.status, r.missing_low, r.missing_high) for r in replies if not r.needs_review}


def test_a_joint_letter_with_a_reference_for_each_force_is_split_even_when_one_force_refuses() -> None:
    letter = ("From the Joint Information Management Department, Norfolk Constabulary\n\nDear Ms Hale,\n\n"
              "Freedom of Information Request FOI 002877/22 (Norfolk) and FOI 002878/22 (Suffolk)\n\n"
              "Norfolk Constabulary - 5 registered sex offenders are wanted because their whereabouts are unknown.\n\n"
              "Suffolk Constabulary - fewer than five registered sex offenders are wanted because their whereabouts are "
              "unknown. The exact number is withheld under section 40(2) of the Act.\n\nRegards\n"
              "Joint Information Management Department\nNorfolk Constabulary and Suffolk Constabulary\n"
              "foi@norfolk.police.uk\nNorfolk Constabulary, Jubilee House, Falconers Chase, Wymondham\n")
    assert _joint(letter) == {"Norfolk Constabulary": ("answered", 5, 5), "Suffolk Constabulary": ("partial", 1, 4)}


def test_each_forces_figure_listed_under_a_shared_label_is_its_own() -> None:
    letter = ("Good afternoon,\n\nThank you for your request, which was sent to both Devon & Cornwall Police and Dorset "
              "Police and is answered jointly by the Alliance Information Rights Unit.\n\nNumber of registered sex "
              "offenders currently wanted because their whereabouts are unknown (as at 4 September 2017):\n\n"
              "- Devon & Cornwall Police - 11 (of whom 3 are believed to be abroad)\n- Dorset Police - two\n\n"
              "Kind regards\nInformation Rights Unit\nDevon & Cornwall Police and Dorset Police - Strategic Alliance\n")
    assert _joint(letter) == {"Devon & Cornwall Police": ("answered", 11, 11), "Dorset Police": ("answered", 2, 2)}


def test_a_bullet_or_the_forces_name_before_the_figure_under_a_label_is_read() -> None:
    for value in ["- 2", "\u2022 2", "Kent Police - 2", "Kent Police: two (2)"]:
        reply = parse_text(HEAD + "Number of registered sex offenders currently wanted because their whereabouts are "
                           f"unknown:\n\n{value}\n" + TAIL)
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 2, False), value
    reply = parse_text(HEAD + "Kent Police has two registered sex offenders wanted because their whereabouts are unknown. "
                       "They were first circulated in the following years:\n\n\u2022 2008\n\u2022 2011\n" + TAIL)
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (2, False, ["2008", "2011"])


def test_a_joint_letters_section_flagged_on_its_own_still_splits_the_letter_when_headed_by_its_force() -> None:
    letter = ("West Mercia Police and Warwickshire Police\nInformation Compliance Unit\n\nDear Mr Lowe,\n\n"
              "This response is provided on behalf of both West Mercia Police and Warwickshire Police.\n\n"
              "West Mercia Police has seven registered sex offenders whose whereabouts are unknown. One became whereabouts "
              "unknown in 2010, one in 2014, one in 2015, two in 2016 and two in 2017. Two of the seven (those from 2015 "
              "and one from 2017) are believed to be living abroad.\n\n"
              "Warwickshire Police has two registered sex offenders whose whereabouts are unknown: one since August 2016 "
              "and one since November 2017.\n\nYours sincerely\nInformation Compliance Unit\n"
              "West Mercia Police and Warwickshire Police\n")
    replies = {r.force: r for r in parse_replies(read_document(letter.encode(), "joint.txt"))}
    assert set(replies) == {"West Mercia Police", "Warwickshire Police"}
    assert (replies["Warwickshire Police"].missing, replies["Warwickshire Police"].needs_review) == (2, False)
    assert replies["West Mercia Police"].needs_review


def test_a_years_people_given_a_month_each_are_dated_by_month() -> None:
    reply = parse_text(LATER_HEAD + "As at 19 November 2024, Kent Police had 5 RSOs recorded as wanted because their whereabouts "
                       "are unknown. By year and month first recorded:\n2011 (1): September\n2019 (3): April, July, July\n"
                       "2023 (1): February\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted(e.since for e in reply.entries for _ in range(e.count_low)) == [
        "2011-09", "2019-04", "2019-07", "2019-07", "2023-02"]


def test_a_part_withheld_as_the_months_with_no_figure_read_is_queried() -> None:
    reply = parse_text(HEAD + "I have reviewed the handling of your request and I uphold the original decision. The figures "
                       "previously provided remain correct. The months remain withheld under Section 40(2).\n" + TAIL)
    assert reply.needs_review and "withholds only part" in (reply.review_reason or "")
    reply = parse_text(HEAD + "We do not consider that a period of less than one month is a reasonable interval, and we "
                       "therefore refuse your request under section 14(2).\n" + TAIL)
    assert (reply.status, reply.needs_review) == ("refused", False)


def test_a_question_and_answer_tables_question_ending_in_a_full_stop_keeps_its_answer() -> None:
    reply = _word_reply(["Kent Police - FOI 2026/01187"], [
        ("Question", "Answer"),
        ("The number of RSOs currently recorded as wanted because their whereabouts are unknown.", "11"),
        ("How many of them are believed to be abroad.", "2"),
    ])
    assert (reply.missing, reply.needs_review, _statuses(reply)) == (11, False, [("believed_abroad", 2), ("wanted", 9)])


def test_a_totals_parts_in_brackets_after_it_are_its_statuses() -> None:
    reply = parse_text(HEAD + "Ten registered sex offenders were unaccounted for on 4 October 2014 (eight circulated as wanted, "
                       "two recorded as missing but not yet circulated)." + TAIL)
    assert (reply.missing, reply.needs_review, _statuses(reply)) == (10, False, [("missing", 2), ("wanted", 8)])


def test_a_figure_that_should_therefore_read_another_is_the_corrected_total() -> None:
    reply = parse_text(HEAD + "I am writing to correct our response. The figure of registered sex offenders wanted as their "
                       "whereabouts are unknown should therefore read four, not five." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)


def test_a_joint_answer_naming_both_forces_by_place_is_split_though_the_page_title_names_one() -> None:
    page = ("Missing RSOs in Suffolk - a Freedom of Information request to Suffolk Constabulary\n\nDear Suffolk Constabulary,\n"
            "Please tell me how many registered sex offenders are wanted because their whereabouts are unknown.\n"
            "Suffolk Constabulary 20 February 2019\n\nDear Ms Arkwright\n\nAs Norfolk and Suffolk Constabularies share an "
            "Information Management Department, we have provided the figure for both forces. As at 18/02/2019 the number "
            "of registered sex offenders wanted because their whereabouts are unknown was:\nSuffolk Constabulary: 2\n"
            "Norfolk Constabulary: 5\nThe year each went missing is not held in a retrievable format.\n\n"
            "Information Management Department\nNorfolk & Suffolk Constabularies\n")
    assert _joint(page) == {"Suffolk Constabulary": ("answered", 2, 2), "Norfolk Constabulary": ("answered", 5, 5)}


def test_a_joint_letters_flagged_section_that_starts_at_a_table_row_does_not_split_it() -> None:
    letter = ("Warwickshire Police and West Mercia Police\nInformation Compliance Unit (Alliance)\n\nDear Ms Lennox\n\n"
              "This reply covers both forces. As at 1 March 2016, West Mercia Police had three and Warwickshire\n"
              "Police one registered sex offender wanted because their whereabouts are unknown. Each is listed\n"
              "below with the date from which they have been wanted.\n\nForce Wanted since\nWest Mercia Police 2011\n"
              "West Mercia Police 2013\nWest Mercia Police June 2015\nWarwickshire Police 08/12/2014\n\n"
              "Yours sincerely\nInformation Compliance Unit\nWarwickshire Police and West Mercia Police\n")
    replies = parse_replies(read_document(letter.encode(), "joint.txt"))
    assert all(r.needs_review for r in replies)


def _thread_page(*messages: tuple[str, str]) -> bytes:
    """A request-tracking site's thread page: each message a block of its class ("outgoing correspondence" from the
    requester, "incoming correspondence" from the force, "comment_in_request" an annotation)."""
    blocks = "".join(f'<div class="{kind}"><p>{"</p><p>".join(text.split(chr(10)))}</p></div>' for kind, text in messages)
    return (f"<html><head><title>Missing RSOs - a Freedom of Information request to Kent Police</title></head><body>"
            f"<h1>Missing RSOs</h1><p>The request was successful.</p>{blocks}</body></html>").encode()


def test_the_requesters_messages_and_annotations_on_a_thread_page_are_not_the_forces_answer() -> None:
    page = _thread_page(
        ("outgoing correspondence box", ("Dear Kent Police,\nPlease supply the number of registered sex offenders wanted "
         "because their whereabouts are unknown, for example:\nYear | Number\n2010 | 3\n2013 | 1\nYours faithfully,\nA. Writer")),
        ("incoming correspondence box", ("Dear Ms Writer,\nKent Police has two registered sex offenders who are currently "
         "wanted because their whereabouts are unknown. One went missing in 2011 and one in 2015.\nRegards,\nKent Police")),
        ("comment_in_request box", "So down from 12 to 8 in a year, if the 2018 figure was right."),
    )
    reply = parse_document(read_document(page, "thread.html"))
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (2, False, ["2011", "2015"])


def test_a_thread_page_with_only_an_annotation_giving_a_figure_is_not_read_as_the_answer() -> None:
    page = _thread_page(
        ("outgoing correspondence box", ("Dear Kent Police,\nHow many registered sex offenders are wanted because their "
         "whereabouts are unknown?\nYours faithfully,\nA. Writer")),
        ("incoming correspondence box", ("Dear Ms Writer,\nThank you for your request, which we received on 3 May 2018.\n"
         "Regards,\nKent Police")),
        ("comment_in_request box", "Kent's letter to me says the figure is 7: three from 2014 and four from 2016."),
    )
    reply = parse_document(read_document(page, "thread.html"))
    assert reply.needs_review and reply.missing is None


def test_a_letter_giving_the_answer_for_each_force_is_split() -> None:
    letter = ("Dear Mr Okoro\n\nFREEDOM OF INFORMATION REQUEST - REFERENCE NO: 16/0212\n\nYour request was received by "
              "Warwickshire Police and West Mercia Police, which work in an alliance and share an Information Compliance "
              "Unit. The answer for each force, as at 29 February 2016, is:\n\nWarwickshire Police: 2 registered sex "
              "offenders wanted because their whereabouts are unknown.\nWest Mercia Police: 7 registered sex offenders "
              "wanted because their whereabouts are unknown.\n\nInformation Compliance Unit\n"
              "Warwickshire Police and West Mercia Police\nfoi@warwickshire.pnn.police.uk\nWarwickshire Police, Leek Wootton\n")
    assert _joint(letter) == {"Warwickshire Police": ("answered", 2, 2), "West Mercia Police": ("answered", 7, 7)}


def test_a_month_and_year_label_lists_the_dates_and_each_label_line_is_its_own_sentence() -> None:
    reply = parse_text(LATER_HEAD + "1. Number of RSOs currently recorded as wanted (whereabouts unknown), as at 13/11/2024: 2\n"
                       "2. Month/year first recorded: 04/2022; 12/2023\n3. Believed abroad: 0\n" + TAIL)
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (2, False, ["2022-04", "2023-12"])
    reply = parse_text(LATER_HEAD + "Number of RSOs currently recorded as wanted because their whereabouts are unknown: 3\n"
                       "Month and year first recorded: Jun 2015, Mar 2018, Sep 2020\nNumber believed to be abroad: None\n" + TAIL)
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (
        3, False, ["2015-06", "2018-03", "2020-09"])


def test_a_pivot_tables_group_label_printed_once_dates_every_row_of_its_group() -> None:
    sheet = ("North Wales Police - FOI 2020-0012\nRSOs wanted whereabouts unknown as at 06/01/2020\n\nYear,Risk Level,Count\n"
             "2017,High,1\n,Medium,1\n2017 Total,,2\n2018,High,1\n,Low,2\n2018 Total,,3\nGrand Total,,5\n")
    reply = parse_document(read_document(sheet.encode(), "nwp.csv"))
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2017", 1), ("2017", 1), ("2018", 1), ("2018", 2)]


def test_each_persons_own_date_is_read_over_the_year_column_that_groups_them() -> None:
    sheet = ("Surrey Police - FOI 2023-0412\nYear,Ref,Date circulated,Risk\n2020,SU1,10/02/2020,High\n,SU2,09/09/2020,Low\n"
             "Sub-total,,2,\n2022,SU3,04/04/2022,Medium\nSub-total,,1,\nTotal,,3,\n")
    reply = parse_document(read_document(sheet.encode(), "surrey.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2020-02-10", "2020-09-09", "2022-04-04"]


def test_a_numbered_list_of_how_long_each_has_been_missing_and_the_ones_abroad_by_number() -> None:
    reply = parse_text(HEAD + "As at 15 February 2015 there were 4 registered sex offenders circulated as wanted because their "
                       "whereabouts are unknown. The length of time each has been outstanding is:\n1. 4 years 3 months\n"
                       "2. 9 months\n3. 1 year\n4. 6 years\nNos. 2 and 4 are believed to have left the United Kingdom.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert [(e.since, e.status) for e in reply.entries] == [
        ("2010-11", "wanted"), ("2014-05", "believed_abroad"), ("2014", "wanted"), ("2009", "believed_abroad")]


def test_a_list_of_when_each_went_missing_that_dates_only_some_is_queried() -> None:
    reply = parse_text(HEAD + "As at 10 February 2015 Kent Police had four RSOs whose whereabouts were unknown. Details of "
                       "when each went missing are:\n- Sept 2004\n- August\n- 2005\n- last autumn\n" + TAIL)
    assert reply.needs_review and "less than the stated total" in (reply.review_reason or "")


def test_a_column_of_those_still_wanted_is_the_count_beside_those_circulated_in_each_year() -> None:
    sheet = ("Bedfordshire Police - FOI 2019-0041\nYear,RSOs circulated as wanted in year,Of which still wanted\n"
             "2015,4,1\n2016,7,0\n2017,5,1\n")
    reply = parse_document(read_document(sheet.encode(), "beds.csv"))
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (2, False, ["2015", "2017"])


def test_an_acts_year_in_an_offences_name_is_no_date_of_the_row() -> None:
    sheet = ("Northumbria Police - FOI 2019-0301\nOffence category,Number wanted\nRape / assault by penetration,2\n"
             "Indecent images of children (s.1 PoCA 1978),2\nOther,1\nTotal,5\n")
    reply = parse_document(read_document(sheet.encode(), "northumbria.csv"))
    assert (reply.missing, reply.needs_review) == (5, False)


def test_a_request_to_confirm_what_is_asked_or_for_more_time_is_not_a_refusal() -> None:
    for said in [("Please could you confirm whether question 2 should cover only those still wanted at the date of your "
                 "request, or everyone recorded as wanted since 1997? If the latter, the request is likely to exceed the "
                 "cost limit."),
                 ("Section 17(2) notice: we need more time to consider the public interest in relation to the following "
                 "exemptions, which we believe may apply: section 31(1)(a) and section 38(1)(b). We will endeavour to "
                 "respond by 6 March 2015.")]:
        reply = parse_text(HEAD + said + TAIL)
        assert reply.needs_review and "holding" in (reply.review_reason or ""), said


def test_a_part_of_a_whole_named_first_is_queried_as_the_figure() -> None:
    reply = parse_text(HEAD + "In answer to your further question, of the seven individuals in our response, three were "
                       "first circulated during 2014." + TAIL)
    assert reply.needs_review and "3 of 7" in (reply.review_reason or "")
    reply = parse_text(HEAD + "Kent Police manages 970 registered sex offenders. Of these 970, four are currently circulated "
                       "as wanted because their whereabouts are unknown." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)


def test_how_long_each_with_the_unit_said_once_is_a_duration_each() -> None:
    reply = parse_text(HEAD + "Kent Police has three registered sex offenders currently listed as wanted, whereabouts unknown "
                       "(figures as at 10/02/2015). They have been missing for 2, 4 and 9 years respectively." + TAIL)
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries)) == (3, False, ["2006", "2011", "2013"])
    reply = parse_text(HEAD + "Kent Police has three registered sex offenders wanted, whose whereabouts have been unknown for "
                       "between 2 and 9 years." + TAIL)
    assert len(reply.entries) == 1 and reply.entries[0].count_low == 3  # a range for all three, not two people


def test_how_long_each_has_been_outstanding_said_in_a_list_no_rule_reads_is_queried() -> None:
    reply = parse_text(HEAD + "As at 10 February 2015 the five registered sex offenders whose whereabouts are unknown had been "
                       "outstanding for 3 years 4 months, 7 years, 2 months, 1 year 9 months and 11 months." + TAIL)
    assert reply.needs_review and "no date was read" in (reply.review_reason or "")


def test_years_of_circulation_listed_after_their_label_date_one_person_each() -> None:
    reply = parse_text(LATER_HEAD + "1. Number of RSOs circulated as wanted/missing: 4.\n2. Years of circulation: 2007, 2014, "
                       "2020, 2020.\n3. Believed outside the UK: none.\n" + TAIL)
    assert (reply.missing, reply.needs_review, sorted(e.since for e in reply.entries for _ in range(e.count_low))) == (
        4, False, ["2007", "2014", "2020", "2020"])


def test_a_figure_falling_within_the_scope_of_this_question_beside_not_held_is_queried() -> None:
    reply = parse_text(HEAD + "1. The number of registered sex offenders who are currently wanted because their whereabouts "
                       "are not known.\n\nOur systems show that 6 registered sex offenders fall within the scope of this "
                       "question as at 6 February 2015.\n\n2. The date on which each of them went missing.\n\nThe "
                       "information is not held by Kent Police.\n" + TAIL)
    assert reply.needs_review and "gives a figure about the missing" in (reply.review_reason or "")


def test_a_table_whose_only_row_of_the_missing_is_those_abroad_is_queried() -> None:
    sheet = "Kent Police FOI 2024/0119\nBelieved outside UK,<5\nLocated in last 12 months,16\n"
    reply = parse_document(read_document(sheet.encode(), "kent.csv"))
    assert reply.needs_review and "only a 'believed abroad' row" in (reply.review_reason or "")


def test_one_of_those_listed_in_a_year_said_to_be_abroad_is_one_of_them_not_one_more() -> None:
    reply = parse_text(LATER_HEAD + "As at 19 April 2015 Kent Police had seven registered sex offenders recorded as wanted because "
                       "their whereabouts are unknown: one first recorded in 1998, two in 2006, one in 2009 and three in 2010. "
                       "One of those first recorded in 2010 is believed to have gone abroad." + TAIL)
    assert (reply.missing, reply.needs_review) == (7, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("1998", "wanted", 1), ("2006", "wanted", 2), ("2009", "wanted", 1), ("2010", "believed_abroad", 1), ("2010", "wanted", 2)]


def test_when_one_went_missing_said_in_words_no_date_rule_reads_is_queried() -> None:
    reply = parse_text("Kent Police\n\nDear Sir\n\nKent Police had two registered sex offenders wanted because their whereabouts "
                       "were unknown: one first recorded in 2014 and one first recorded earlier this year.\n" + TAIL)
    assert reply.needs_review and "not read as a date" in (reply.review_reason or "")


def test_someone_once_thought_abroad_or_said_abroad_in_an_earlier_letter_is_not_marked_so() -> None:
    reply = parse_text(LATER_HEAD + "Two (as at 19/04/2015). One has been wanted since 2004. The other, wanted since March 2010, "
                       "was previously believed to have gone abroad but is now thought to be in the UK. Neither is currently "
                       "believed to be abroad." + TAIL)
    assert (reply.missing, reply.needs_review, {e.status for e in reply.entries}) == (2, False, {"wanted"})
    reply = parse_text(LATER_HEAD + "Further to your query, the position as at 19 April 2015 was:\n\nYear first recorded    Number\n"
                       "2006                   2\n2010                   3\nTotal                  5\n\nWe wrote that one of those first "
                       "recorded in 2010 is believed to have gone abroad. This was an error: it is the offender first recorded "
                       "in 2006 who is believed to have gone abroad.\n" + TAIL)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2006", "believed_abroad", 1), ("2006", "wanted", 1), ("2010", "wanted", 3)]


def test_a_listed_month_with_its_count_after_an_x_keeps_its_month() -> None:
    reply = parse_text(LATER_HEAD + "Kent Police currently has 5 registered sex offenders recorded as wanted because their "
                       "whereabouts are unknown (as at 09/01/2023).\n\nMonth/year first recorded as wanted:\nJan 2017\nSept 2019\n"
                       "Nov 2021 x2\nJuly 2022\n\nNone is believed to be abroad.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2017-01", 1), ("2019-09", 1), ("2021-11", 2), ("2022-07", 1)]


def test_counts_of_something_else_by_year_under_their_heading_are_not_the_missing() -> None:
    reply = parse_text(HEAD + "Kent Police does not hold a record of which registered sex offenders are wanted because their "
                       "whereabouts are unknown: this is not a category recorded on our systems, and the information is "
                       "therefore not held under section 1(1)(a).\nBy way of advice and assistance, the number of arrests for "
                       "failing to comply with notification requirements is shown below.\nYear Arrests for failing to notify "
                       "(s.91 SOA 2003)\n2011 37\n2012 29\n2013 33\n" + TAIL)
    assert (reply.status, reply.missing) == ("not_held", None)


def test_the_other_said_to_be_abroad_after_its_date_is_marked_so_but_not_a_part_after_a_semicolon() -> None:
    reply = parse_text(HEAD + "Kent Police can confirm that as at 6 February 2015 two registered sex offenders are recorded as "
                       "wanted as their whereabouts are unknown. One has been missing for about a year; the other for three "
                       "years and is believed to have travelled to the Philippines." + TAIL)
    assert sorted((e.since, e.status) for e in reply.entries) == [("2012", "believed_abroad"), ("2014", "wanted")]
    reply = parse_text(HEAD + "Kent Police has two registered sex offenders who are wanted because their whereabouts are "
                       "unknown. Both have been wanted since 2012; one of them is believed to be in Portugal." + TAIL)
    assert not any(e.status == "believed_abroad" and e.count_low == 2 for e in reply.entries)


def test_a_bare_count_said_as_the_answer_answers_the_question_quoted_under_it() -> None:
    for said, figure in [("The answer is 4.", 4), ("Ours is 5 as of today.", 5), ("Answer = nil.", 0), ("It's three.", 3)]:
        mail = _email(f"Hi,\n\n{said}\n\nThanks\nKent Police FOI\n\nOn 6 Mar 2017, at 09:12, Jo Pryce <j.pryce@news.example> "
                      "wrote:\n> How many registered sex offenders are wanted because their whereabouts are unknown?\n")
        reply = parse_document(read_document(mail, "short.eml"))
        assert (reply.missing, reply.needs_review) == (figure, False), said
    unasked = _email("Hi,\n\nThe answer is 4.\n\nThanks\nKent Police FOI\n")
    assert parse_document(read_document(unasked, "short.eml")).needs_review


def test_one_person_picked_out_with_the_beside_a_larger_figure_is_not_read_as_the_whole() -> None:
    reply = parse_text(HEAD + "The dates on which registered sex offenders in the Kent Police area went missing, for those whose "
                       "whereabouts were unknown on 3 February 2015, are 01/03/2005, 17/08/2007 and 06/10/2008, three in "
                       "total. The individual missing since 06/10/2008 is thought to have left the country." + TAIL)
    assert reply.needs_review
    reply = parse_text(HEAD + "Q1. Four.\nQ3. One. The individual first recorded as wanted in November 2012 is believed to be "
                       "in the Republic of Ireland.\n" + TAIL)
    assert reply.needs_review or reply.missing == 4


def test_an_answer_of_years_each_with_how_many_it_stands_for_is_read() -> None:
    reply = parse_text(HEAD + "Q1. How many registered sex offenders in your area are wanted or missing because their "
                       "whereabouts are unknown?\nA1. 6 (as at 26/01/2015)\n\nQ2. Please give the date each went missing.\n"
                       "A2. 2004, 2005, 2007 (x2), 2008 (x2)\n\nQ3. Are any thought to have left the country?\nA3. None known.\n"
                       + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2004", 1), ("2005", 1), ("2007", 2), ("2008", 2)]


def test_a_listed_years_count_and_the_part_of_it_abroad_in_one_bracket() -> None:
    reply = parse_text(HEAD + "As at 21 January 2015 there were six registered sex offenders in Kent whose whereabouts were "
                       "unknown. They were circulated as wanted in 2004, 2006 (two, one of whom is believed to be abroad), "
                       "2007 and 2008 (two)." + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2004", "wanted", 1), ("2006", "believed_abroad", 1), ("2006", "wanted", 1), ("2007", "wanted", 1),
        ("2008", "wanted", 2)]


def test_lettered_questions_and_answers_labelled_in_words_pair_up() -> None:
    reply = parse_text(HEAD + "Question a. The number of registered sex offenders recorded as wanted by your force because "
                       "their whereabouts are unknown, as of today.\nAnswer a. 4\n\nQuestion b. The date each was first "
                       "recorded as wanted.\nAnswer b. Exempt - section 40(2) Personal Information.\n" + TAIL)
    assert (reply.status, reply.missing) == ("partial", 4)


def test_a_count_column_that_happens_to_read_1_2_3_4_is_still_a_count() -> None:
    reply = _csv_reply("Year,Total wanted,Of which believed abroad\n2014,1,0\n2016,2,1\n2019,3,0\n2020,4,1\nTotal,10,2\n")
    assert (reply.missing, _by_status(reply)) == (10, {"wanted": 8, "believed_abroad": 2})
    numbered = _csv_reply("No.,Date wanted\n1,01/02/2011\n2,07/07/2012\n3,03/03/2013\n")
    assert numbered.missing == 3  # a leading "No." numbering the rows is no count


def test_answers_by_a_letter_the_reply_does_not_quote_are_queried() -> None:
    first = parse_text(HEAD + "Answer a. Fewer than five. We have not given the exact figure because, taken with parts b "
                       "and c, it could identify individuals.\n\nAnswer b. Exempt - section 40(2).\n" + TAIL)
    assert (first.missing_low, first.missing_high, first.needs_review) == (1, 4, True)
    later = parse_text(HEAD + "a) 6\n\nb) Year first recorded as wanted:\n2011 (1)\n2014 (2)\n2016 (1)\n2017 (2)\n\nc) 1\n" + TAIL)
    assert later.missing == 6 and later.needs_review  # "c) 1" counts something the reply does not say


def test_one_said_to_have_been_located_since_is_not_counted_and_the_corrected_figure_is() -> None:
    reply = parse_text(HEAD + "Since that response was sent, one of the individuals who went missing in 2014 has been "
                       "located and arrested. The number of RSOs wanted whose whereabouts are unknown is therefore now 8, "
                       "rather than the 9 we reported." + TAIL)
    assert reply.missing == 8 and all(e.count_low == 8 for e in reply.entries)
    found = parse_text(HEAD + "One RSO who went missing in 2013 has been located." + TAIL)
    assert found.missing is None and not found.entries
    still = parse_text(HEAD + "One RSO who went missing in 2013 has not been located." + TAIL)
    assert still.missing == 1


def test_a_figure_an_earlier_response_confirmed_is_read_as_the_earlier_replys_and_queried() -> None:
    reply = parse_text(HEAD + "Our original response confirmed that 27 registered sex offenders were wanted as their "
                       "whereabouts were unknown, and withheld the dates under section 38. The review panel agreed that "
                       "the original decision should be upheld without modification." + TAIL)
    assert (reply.missing, reply.needs_review) == (27, True)


def test_a_figure_disclosed_in_answer_to_an_earlier_request_by_its_reference_is_queried() -> None:
    reply = parse_text(HEAD + "In FOI 2013/0991 we disclosed that 12 registered sex offenders were wanted because their "
                       "whereabouts were unknown. To produce a current figure would exceed the appropriate limit." + TAIL)
    assert (reply.missing, reply.needs_review) == (12, True)
    current = parse_text(HEAD + "In response to FOI 2015/0991 we can confirm that 12 registered sex offenders are wanted "
                         "because their whereabouts are unknown." + TAIL)
    assert (current.missing, current.needs_review) == (12, False)


def test_a_column_beside_arrests_and_charges_by_year_not_said_to_count_the_missing_is_no_count_of_them() -> None:
    reply = _csv_reply("Year,Arrested s.91,Charged s.91,Failed to notify change of address\n2019,127,69,21\n2020,216,156,7\n")
    assert reply.missing is None and not reply.entries


def test_a_column_for_those_not_abroad_is_not_read_as_abroad() -> None:
    for heading in ("Not believed abroad", "Believed abroad - N", "Believed abroad: No", "Not abroad"):
        reply = _csv_reply(f"Year wanted,Believed abroad,{heading},Total\n2013,0,1,1\n2015,1,0,1\n2018,0,2,2\n")
        assert (reply.missing, _by_status(reply)) == (4, {"wanted": 3, "believed_abroad": 1}), heading


def test_years_across_with_rows_flagged_abroad_or_not_keep_the_statuses_apart() -> None:
    reply = _csv_reply("Believed Abroad,2010,2013,2016,Grand Total\nN,1,2,1,4\nY,,1,,1\nGrand Total,1,3,1,5\n")
    assert (reply.missing, _by_status(reply)) == (5, {"wanted": 4, "believed_abroad": 1})


def test_an_abroad_flag_beside_each_years_count_of_one_sets_its_status() -> None:
    reply = _csv_reply("Year whereabouts unknown,Number,Believed abroad\n2014,1,No\n2018,1,Yes\n2021,1,No\n")
    assert (reply.missing, _by_status(reply), reply.needs_review) == (3, {"wanted": 2, "believed_abroad": 1}, False)
    several = _csv_reply("Year whereabouts unknown,Number,Believed abroad\n2014,1,No\n2018,3,Yes\n")
    assert several.missing == 4 and several.needs_review  # all three abroad, or some?


def test_an_abroad_column_never_above_the_wanted_beside_it_is_queried() -> None:
    reply = _csv_reply("Year,Wanted - whereabouts unknown,Believed abroad\n2013,1,0\n2016,1,1\n2018,2,0\nTotal,4,1\n")
    assert reply.needs_review and "among them or besides them" in reply.review_reason


def test_those_still_missing_are_read_beside_all_who_went_missing_each_year() -> None:
    column = _csv_reply("Year,Number of RSOs circulated as missing,Outstanding\n2015,31,1\n2016,28,2\nTotal,59,3\n")
    assert (column.missing, column.needs_review) == (3, False)
    remain = _csv_reply("Year,Went missing,Remain missing\n2015,11,0\n2016,8,2\n2017,9,1\n")
    assert remain.missing == 3
    traced = _csv_reply("Year went missing,Traced,Not traced\n2015,4,0\n2018,4,1\n2019,3,1\n")
    assert traced.missing == 2
    rows = _csv_reply(",2015,2016,2017,Grand Total\nWent missing,12,9,14,35\nStill missing,1,0,2,3\n")
    assert (rows.missing, rows.needs_review) == (3, False)
    stated = _csv_reply(",2015,2016,2017,Grand Total\nWent missing,12,9,14,35\nStill missing,1,0,2,3\n"
                        "Total RSOs currently missing (all years),4\n")
    assert stated.needs_review  # one went missing before the years shown: 4 against the 3 read


def test_a_current_position_of_each_category_and_a_total_said_in_total_are_read() -> None:
    reply = parse_text(HEAD + "We are unable to break these down by year. The current position (12/02/2015) is: Wanted 3, "
                       "Missing 1." + TAIL)
    assert (reply.missing, _by_status(reply)) == (4, {"wanted": 3, "missing": 1})
    total = parse_text(HEAD + "There are currently 2 RSOs missing in total, both of whom went missing before 2010." + TAIL)
    assert total.missing == 2


def test_a_date_in_a_clause_asking_whether_is_no_persons_date() -> None:
    reply = parse_text(HEAD + "The force cannot say whether each offender has been missing for over five years without "
                       "exceeding the cost limit." + TAIL)
    assert reply.missing is None and not reply.entries


def test_figures_by_year_in_a_reply_comparing_years_are_queried_as_snapshots() -> None:
    changed = _csv_reply("Year,Number wanted (whereabouts unknown),Change\n2016,6,-3\n2015,9,\n")
    assert changed.needs_review and "snapshots" in changed.review_reason
    compared = parse_text(HEAD + "Number of registered sex offenders wanted (whereabouts unknown):\n\n2013 - 11\n2014 - 9\n\n"
                          "The figure has therefore decreased from 11 to 9." + TAIL)
    assert compared.needs_review and "compares years' figures" in compared.review_reason
    plain = parse_text(HEAD + "Number of registered sex offenders wanted (whereabouts unknown), by year first wanted:\n\n"
                       "2013 - 2\n2014 - 1\n" + TAIL)
    assert (plain.missing, plain.needs_review) == (3, False)


def test_a_refusal_beside_an_unread_table_of_counts_down_to_its_total_is_flagged() -> None:
    rows = [("Policing District", "Number"), ("Belfast City", "5"), ("Derry City & Strabane", "3"), ("Mid Ulster", "0"),
            ("Newry, Mourne & Down", "1"), ("Northern Ireland", "9")]
    released = "The reviewing officer has decided that the suppressed district figures may be released, as below."
    reply = _word_reply(["Kent Police FOI 15/0006", released, "The decision to withhold dates under section 40(2) is upheld."], rows)
    assert reply.needs_review and "was not read" in reply.review_reason


def test_a_dash_for_the_date_in_a_row_for_each_area_is_queried() -> None:
    reply = _csv_reply("Area,Date wanted\nNuneaton & Bedworth,21/07/2020\nRugby,02/11/2021\nWarwick,-\nStratford-on-Avon,-\n")
    assert reply.needs_review and "no one in that area" in reply.review_reason
    people = _csv_reply("Ref,Date wanted\nK1,21/07/2020\nK2,-\n")
    assert "no one in that area" not in (people.review_reason or "")


def test_one_said_to_be_missing_longer_than_a_time_among_people_dated_before_it_is_not_one_more() -> None:
    reply = parse_text(HEAD + "The registered sex offenders currently wanted because their whereabouts are unknown were first "
                       "circulated in 2006 (one), 2012 (one) and 2014 (two). One has been missing for more than five years." + TAIL)
    assert (reply.missing, sorted(e.since for e in reply.entries)) == (4, ["2006", "2012", "2014"])
    later = parse_text(HEAD + "The registered sex offenders currently wanted because their whereabouts are unknown were first "
                       "circulated in 2012 (one) and 2014 (two). One has been missing for more than five years." + TAIL)
    assert later.missing == 4  # none of those dated went missing five years before: one more


def test_a_duration_in_years_and_a_column_of_its_months_is_read_whole() -> None:
    reply = parse_text(HEAD + "As at 15/01/2015 Kent Police had three RSOs wanted with whereabouts unknown:\n\n"
                       "Nominal\tYears wanted\tMonths\nK1\t12\t3\nK2\t7\t8\nK3\t0\t4\n" + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2002-10", "2007-05", "2014-09"]


def test_a_line_for_each_person_by_reference_is_read_with_its_one_date_and_place() -> None:
    reply = parse_text(HEAD + "I can give the exact dates for the four RSOs wanted:\n\n"
                       "Ref 1 - 08/03/2010 - over 2 years - location not known\n"
                       "Ref 2 - 02/07/2011 - over 2 years - location not known\n"
                       "Ref 3 - 02/07/2011 - over 2 years - believed abroad\n"
                       "Ref 4 - 20/11/2014 - under 2 years - location not known\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2010-03-08", "wanted"), ("2011-07-02", "believed_abroad"), ("2011-07-02", "wanted"), ("2014-11-20", "wanted")]


def test_the_years_in_which_they_went_missing_were_a_list_dates_one_each() -> None:
    reply = parse_text(HEAD + "There were three registered sex offenders wanted because their whereabouts were unknown. The "
                       "years in which they were first circulated were 2010, 2012 and 2013." + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2010", "2012", "2013"]


def test_an_answer_cell_carrying_its_own_label_in_a_question_and_answer_table_is_read() -> None:
    reply = _word_reply(["Kent Police FOI 15/0006"], [
        ("Question", "Answer"),
        ("Q1. How many registered sex offenders are currently listed as missing or wanted?", "A1. 3 (as at 27/02/2015)"),
        ("Q2. When did each go missing?", "A2. This information is exempt under section 40(2) of the Act."),
    ])
    assert (reply.status, reply.missing) == ("partial", 3)


def test_the_day_he_was_circulated_on_dates_the_one_counted() -> None:
    reply = parse_text(HEAD + "On that date one registered sex offender was recorded as wanted because his whereabouts were "
                       "unknown; he had been circulated as wanted on 12/02/2010, after the report had been produced." + TAIL)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2010-02-12", 1)]


def test_answers_typed_under_a_quoted_question_with_no_mark_and_one_starting_and_are_read() -> None:
    inline = _email("Dear Ms Tate,\n\nPlease see our responses in capitals below.\n\nRegards\nInformation Compliance\n"
                    "Kent Police\n\n> From: Rhiannon Tate <r.tate@news.example>\n> Sent: 08 January 2020 09:14\n"
                    "> Subject: FOI request\n>\n> Dear FOI Officer,\n>\n> Please provide the following:\n>\n"
                    "> 1. How many registered sex offenders are currently wanted because their\n> whereabouts are unknown\n\n"
                    "THREE (3) AS AT 24/01/2020.\n\n> 2. and in which month and year did each become wanted?\n\n"
                    "SEPTEMBER 2018, FEBRUARY 2019 AND AUGUST 2019.\n\n> Many thanks,\n>\n> Rhiannon Tate\n")
    reply = parse_document(read_document(inline, "inline.eml"))
    assert (reply.missing, sorted(e.since for e in reply.entries)) == (3, ["2018-09", "2019-02", "2019-08"])



def test_countries_named_after_an_abroad_figure_are_its_parts_and_a_list_of_countries_is_each_counted() -> None:
    parts = parse_text(HEAD + "Nine registered sex offenders are wanted. Three of them are believed to have gone abroad - two "
                       "are believed to be in Poland and one in Romania." + TAIL)
    assert (_by_status(parts), parts.needs_review) == ({"wanted": 6, "believed_abroad": 3}, False)
    listed = parse_text(HEAD + "There are 5 RSOs wanted; one is believed to be in India, one in Pakistan and one in "
                        "Bangladesh." + TAIL)
    assert _by_status(listed) == {"wanted": 2, "believed_abroad": 3}
    more = parse_text(HEAD + "Nine registered sex offenders are wanted. Two of them are believed to have gone abroad - two "
                      "are believed to be in Poland and one in Romania." + TAIL)
    assert more.needs_review


def test_a_believed_uk_column_and_an_abroad_part_said_to_be_all_of_one_row_keep_their_statuses() -> None:
    columns = _csv_reply("Year circulated,Believed UK,Believed abroad,Total\n2012,2,0,2\n2013,1,1,2\nGrand Total,3,1,4\n")
    assert _by_status(columns) == {"wanted": 3, "believed_abroad": 1}
    rows = _csv_reply("Category,Number\nWanted,8\nMissing,2\nOf which believed abroad (all wanted),3\n")
    assert (rows.missing, _by_status(rows)) == (10, {"wanted": 5, "missing": 2, "believed_abroad": 3})


def test_dates_answering_a_lettered_or_unnumbered_question_about_when_are_read() -> None:
    lettered = parse_text(HEAD + "You asked:\n(a) How many registered sex offenders are currently wanted/whereabouts unknown? "
                          "(b) Please give the date each was first recorded as wanted.\n\nResponse:\n(a) Two.\n"
                          "(b) 14/03/2011 and 02/10/2014.\n" + TAIL)
    assert sorted(e.since for e in lettered.entries) == ["2011-03-14", "2014-10-02"]
    unnumbered = parse_text(HEAD + "How many registered sex offenders are currently wanted/whereabouts unknown?\n"
                            "Four, as at 27/01/2015.\nPlease give the date each was first recorded as wanted.\n"
                            "Sept 2010, May 2011, Mar 2012, Aug 2014 (month and year only).\n" + TAIL)
    assert sorted(e.since for e in unnumbered.entries) == ["2010-09", "2011-05", "2012-03", "2014-08"]
    labelled = parse_text(HEAD + "Request: Please tell me the number of registered sex offenders whose whereabouts are "
                          "unknown\nResponse: 2 (as at 18 January 2015)\nRequest: and for each the date they went missing.\n"
                          "Response: The 4th of October 2009, and February 2012 (exact day not recorded).\n" + TAIL)
    assert sorted(e.since for e in labelled.entries) == ["2009-10-04", "2012-02"]


def test_years_of_appeals_and_of_press_reports_in_a_refusal_are_no_ones_dates() -> None:
    appeals = parse_text(HEAD + "Section 31 applies. It is correct that Kent Police made two public appeals in 2013, and one in "
                         "2014, for registered sex offenders who had failed to notify." + TAIL)
    assert (appeals.status, appeals.missing) == ("refused", None)
    press = parse_text(HEAD + "Section 31 applies. There is a public interest in knowing how offenders are managed, and the "
                       "subject has attracted media attention; a national newspaper reported in 2014 that more than 400 "
                       "RSOs were missing across the UK." + TAIL)
    assert (press.status, press.missing) == ("refused", None)
    wanted = parse_text(HEAD + "Two RSOs went missing in 2013, and one in 2014." + TAIL)
    assert wanted.missing == 3


def test_a_figure_the_reply_cannot_tell_apart_as_registered_sex_offenders_is_flagged() -> None:
    reply = parse_text(HEAD + "As at 11 February 2015 Kent Police had 402 persons circulated as wanted on PNC. We are not able "
                       "to identify which of these are registered sex offenders, and that information is not held." + TAIL)
    assert reply.needs_review and "not registered sex offenders" in reply.review_reason


def test_offenders_abroad_whose_whereabouts_are_known_are_not_the_figure() -> None:
    reply = parse_text(HEAD + "Kent Police does not have any registered sex offenders who are wanted or whose whereabouts are "
                       "unknown. Three registered sex offenders are currently abroad, having given notice of their travel; "
                       "their whereabouts are known and they are not wanted." + TAIL)
    assert reply.missing in (0, None) and not [e for e in reply.entries if e.count_low]


def test_a_corrected_column_replaces_the_one_as_supplied() -> None:
    reply = _csv_reply("Year,As supplied,Corrected\n2008,2,2\n2012,3,2\n2014,2,2\nTotal,7,6\n")
    assert (reply.missing, reply.needs_review) == (6, False)


def test_a_footnote_mark_on_a_category_label_keeps_the_row_read() -> None:
    reply = parse_text(HEAD + "RSO status at 08/02/2015\tNumber\nWanted (whereabouts unknown)\t14\nMissing\t0\n"
                       "Believed abroad1\t3\n1 Already included in the wanted figure above.\n" + TAIL)
    assert reply.needs_review and "believed_abroad" in _by_status(reply)


def test_rows_the_reply_says_not_to_count_or_marks_as_found_are_flagged() -> None:
    duplicate = _csv_reply("Ref,Date wanted\nK1,02/04/2011\nK2,17/10/2012\nK3,17/10/2012\n"
                           "Please note: row 3 duplicates row 2 and should be disregarded.\n")
    assert duplicate.needs_review and "not to count" in duplicate.review_reason
    found = _csv_reply("Ref,Date wanted,Status\nS1,02/04/2011,Wanted\nS2,23/03/2014,Wanted*\n"
                       "* since located (19/02/2015) and no longer wanted\n")
    assert found.needs_review and "carries the mark" in found.review_reason
    still_wanted = _csv_reply("Ref,Date wanted,Status\nS1,02/04/2011,Wanted\nS2,23/03/2014,Wanted*\n"
                              "* believed to have died abroad but remains circulated as wanted\n")
    assert (still_wanted.missing, still_wanted.needs_review) == (2, False)
    note_row = _csv_reply("Ref,Date wanted\nK1,02/04/2011\nK2,17/10/2012\nNote: K2 was located on 2 March 2015 and is no longer wanted.,\n")
    assert note_row.needs_review and "been found" in note_row.review_reason


def test_a_count_dated_after_a_preposition_and_a_plural_looking_word_is_still_dated() -> None:
    reply = parse_text(HEAD + "Three RSOs are wanted. One has been wanted since the spring of 2012, one since Christmas 2013 "
                       "and one since 1 April 2014." + TAIL)
    assert sorted(str(e.since) for e in reply.entries) == ["2012", "2013-12", "2014-04-01"]


def test_a_footnote_adding_someone_besides_the_figure_is_flagged_though_wrapped() -> None:
    reply = parse_text(HEAD + "As at 8 February 2015, one (1)* registered sex offender was circulated as wanted because his\n"
                       "whereabouts are unknown.\n\n* In addition, one offender whose whereabouts are also unknown is recorded\n"
                       "as missing rather than wanted. He is not included in the figure above.\n" + TAIL)
    assert reply.needs_review and "adds a further figure" in reply.review_reason


def test_a_refusal_standing_by_an_earlier_answer_that_it_quotes_is_flagged() -> None:
    published = parse_text(HEAD + "Your request is the same as one answered on 11 January 2015, published on our disclosure "
                           "log. That response gave the number of registered sex offenders wanted because their whereabouts "
                           "were unknown as 7. As this information is reasonably accessible to you, it is exempt under "
                           "section 21 of the Act." + TAIL)
    assert published.status == "refused" and published.needs_review and "earlier answer" in published.review_reason
    upheld = parse_text(HEAD + "You asked for an internal review of our response, in which we told you that 14 registered sex "
                        "offenders were wanted. The risk levels you now ask for are refused under section 40(2). The "
                        "original response is upheld." + TAIL)
    assert upheld.status == "refused" and upheld.needs_review and "earlier answer" in upheld.review_reason
    plain = parse_text(HEAD + "The information you asked for is published on our website and is exempt under section 21 of "
                       "the Act." + TAIL)
    # (section 21 alone: the figure is published where the reply points, so it is listed to be looked up there)
    assert plain.status == "refused" and plain.needs_review and "section 21 alone" in (plain.review_reason or "")


def test_an_earlier_figure_in_brackets_beside_the_answer_is_not_read() -> None:
    reply = parse_text(HEAD + "Question: How many registered sex offenders are wanted because their whereabouts are unknown "
                       "now?\nAnswer: 6 (2014: 7). Figures as at 6 February 2015.\n" + TAIL)
    assert (reply.status, reply.missing) == ("answered", 6)
    also = parse_text(HEAD + "There are 2 (last year: 1) registered sex offenders wanted." + TAIL)
    assert also.missing == 2


def test_a_figure_on_a_day_said_of_no_one_beside_a_refusal_of_the_dates_is_flagged() -> None:
    reply = parse_text(HEAD + "Response. As at 31 January 2015, 21. To provide the date each went missing would exceed the "
                       "cost limit, and section 12 applies to that part of your request." + TAIL)
    assert reply.needs_review and "As at 31 January 2015, 21." in reply.review_reason


def test_a_description_list_gives_each_label_its_value() -> None:
    page = ("<html><head><title>FOI 2015/0097 | Kent Police</title></head><body><main><h1>FOI 2015/0097 - Registered sex "
            "offenders whereabouts unknown</h1><dl><dt>Reference</dt><dd>2015/0097</dd><dt>Published</dt><dd>10/02/2015</dd>"
            "</dl><dl><dt>Number (as at 06/02/2015)</dt><dd>2</dd><dt>Missing since</dt><dd>2012; 2014</dd></dl>"
            "<p>Figures are only valid for the date in question.</p></main><footer>Kent Police</footer></body></html>")
    reply = parse_text(page, "kent-foi-2015-0097.html")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted((str(e.since), e.status) for e in reply.entries) == [("2012", "wanted"), ("2014", "wanted")]


def test_another_forces_figure_in_the_same_letter_is_split_off_or_flagged() -> None:
    letter = ("Kent and Essex Joint Information Unit\nOur ref: FOI 000377/15\n9 March 2015\nDear Ms Lee,\nYour request "
              "has been dealt with by the joint unit on behalf of both forces.\n\nKent Police: at the date your request was "
              "received, 10 registered\nsex offenders were wanted because their whereabouts were unknown.\n\nEssex Police: "
              "at the date your request was received, 8 registered\nsex offenders were wanted because their whereabouts "
              "were unknown.\n\nYours sincerely\nKent Police\n")
    split = parse_replies(read_document(letter.encode(), "reply.txt"))
    assert sorted((r.force, r.missing, r.needs_review) for r in split) == [("Essex Police", 8, False), ("Kent Police", 10, False)]
    together = parse_text(HEAD + "As at 2 February 2015, Kent Police had 4 registered sex offenders circulated as wanted or "
                          "missing. Essex Police had 2." + TAIL)
    assert together.needs_review and "another force's figure" in together.review_reason


def test_a_page_pointing_to_its_letter_to_download_is_flagged() -> None:
    page = ("<html><head><title>FOI 2015/0880 | Kent Police</title></head><body><main><h1>FOI 2015/0880</h1><dl><dt>Outcome"
            "</dt><dd>Partially disclosed</dd><dt>Exemptions applied</dt><dd>Section 40(2), Section 31(1)(a)</dd></dl>"
            "<h2>Missing registered sex offenders</h2><p>The response letter is available to download below.</p>"
            "<p><a href='x.pdf'>FOI 2015-0880 response letter (PDF 120KB)</a></p></main></body></html>")
    reply = parse_text(page, "kent-foi-2015-0880.html")
    assert reply.needs_review and "attachment" in reply.review_reason


def test_an_earlier_years_figure_and_its_parts_are_not_this_answer() -> None:
    change = parse_text(HEAD + "The current figure, 35 as at 1 February 2015, is a reduction of 4 from the 39 registered sex "
                        "offenders reported in 2014." + TAIL)
    assert change.missing != 39 and not any(e.count_low == 39 for e in change.entries)
    then = parse_text(HEAD + "To comply with your request would exceed the cost limit (section 12). You may find our response "
                      "to your 2014 request useful; it reported that 10 registered sex offenders were wanted at that time." + TAIL)
    assert (then.status, then.missing) == ("refused", None)
    disclosed = parse_text(HEAD + "In 2014 Kent Police disclosed that 20 registered sex offenders were wanted because their "
                           "whereabouts were unknown. The information is now exempt under section 31(1)(a)." + TAIL)
    assert (disclosed.status, disclosed.missing) == ("refused", None)
    parts = parse_text(HEAD + "In 2013 the force disclosed that 167 were wanted because their whereabouts were unknown, of whom "
                       "114 were believed to be abroad. As at 31 January 2015, 143 registered sex offenders were recorded as "
                       "wanted because their whereabouts are unknown. Of these, 98 are believed to be abroad." + TAIL)
    assert parts.missing == 143 and _by_status(parts).get("believed_abroad") == 98


def test_a_part_of_the_whole_said_again_is_dated_not_the_whole() -> None:
    reply = parse_text(HEAD + "Kent Police had 15 registered sex offenders recorded as wanted. I can tell you that four of the 15 "
                       "went missing in 2014." + TAIL)
    assert sorted((str(e.since), e.count_low) for e in reply.entries) == [("2014", 4), ("None", 11)]
    abroad = parse_text(HEAD + "Kent Police had 9 registered sex offenders recorded as wanted. Three of the nine have been "
                        "wanted since 2012 and are believed abroad." + TAIL)
    assert sorted((e.status, str(e.since), e.count_low) for e in abroad.entries) == [("believed_abroad", "2012", 3), ("wanted", "None", 6)]


def test_an_example_in_a_harm_test_or_a_press_report_counts_no_one() -> None:
    for harm in (("Knowing that an offender has been wanted for over five years without being traced would tell that "
                  "individual that the police have no current lead."),
                 ("Harm: disclosing, for example, that one offender has evaded the police since 2009 would tell that "
                  "individual that enquiries have stalled."),
                 "* Press reports in February 2014 stated that 396 registered sex offenders were missing across 39 forces."):
        reply = parse_text(HEAD + "The information is exempt under section 31(1)(a) of the Act. " + harm + TAIL)
        assert (reply.status, reply.missing, reply.needs_review) == ("refused", None, False), harm


def test_the_two_categories_in_brackets_after_the_figure_are_read() -> None:
    reply = parse_text(HEAD + "As at 20 February 2015 the figure is 11 (wanted 8, missing 3)." + TAIL)
    assert (reply.missing, _statuses(reply)) == (11, [("missing", 3), ("wanted", 8)])


def test_figures_by_year_that_may_be_year_end_positions_are_flagged() -> None:
    said = parse_text(HEAD + "The figures below show the position at 31 December.\n\nBy year:\n2011 - 14\n2012 - 10\n2013 - 13\n" + TAIL)
    assert said.needs_review and "year's end" in said.review_reason
    month_ends = parse_text(HEAD + "Answer:\n31/12/2011: 27\n31/12/2012: 33\n31/12/2013: 29\n" + TAIL)
    assert month_ends.needs_review and "year's end" in month_ends.review_reason
    went_missing = parse_text(HEAD + "Year first wanted\tNumber\n2011\t1\n2012\t2\n2013\t1\n" + TAIL)
    assert (went_missing.missing, went_missing.needs_review) == (4, False)


def test_a_status_said_by_a_circulation_or_missing_flag_column_or_a_heading_row_is_kept() -> None:
    for heading in ("Circulation", "Wanted or Missing"):
        reply = _csv_reply(f"Ref,Date circulated,{heading}\nA1,02/04/2011,Wanted\nA2,17/10/2012,Missing\n")
        assert _statuses(reply) == [("missing", 1), ("wanted", 1)], heading
    flag = _csv_reply("Ref,Date circulated,Missing (Y/N)\nA1,02/04/2011,N\nA2,17/10/2012,Y\nA3,05/05/2013,N\n")
    assert _statuses(flag) == [("missing", 1), ("wanted", 1), ("wanted", 1)]
    grouped = _csv_reply("Ref,Date circulated\nWANTED,\nA1,02/04/2011\nA2,17/10/2012\nMISSING,\nA3,05/05/2013\n")
    assert _statuses(grouped) == [("missing", 1), ("wanted", 1), ("wanted", 1)]


def test_lettered_parts_for_the_missing_and_parts_besides_another_are_read_or_flagged() -> None:
    missing = parse_text(HEAD + "(a) wanted (whereabouts unknown): 0\n(b) missing: 2 - one since April 2012, one since July "
                         "2014\n(c) believed abroad without notifying: 0\n" + TAIL)
    assert (missing.missing, _statuses(missing)) == (2, [("missing", 1), ("missing", 1)])
    besides = parse_text(HEAD + "(a) 3 RSOs are wanted, whereabouts unknown.\n(b) No RSOs are recorded as missing.\n(c) 1 RSO "
                         "is believed to have travelled abroad without notifying; this person is in addition to (a).\n" + TAIL)
    assert besides.needs_review and ("besides another" in besides.review_reason or "besides them" in besides.review_reason)


def test_a_corrected_figure_an_earlier_one_quoted_in_a_delay_notice_and_a_figure_split_by_sex() -> None:
    corrected = parse_text(HEAD + "Our response said 18 registered sex offenders were wanted. The correct figure as at "
                           "30/01/2015 is therefore 17 and not 18." + TAIL)
    assert (corrected.missing, corrected.needs_review) == (17, False)
    delay = parse_text(HEAD + "We cannot yet answer your request; we aim to respond by 30 March 2015. You may find it helpful "
                       "that we answered a similar request last year. That response, which showed 5 registered sex offenders "
                       "wanted as at 1 August 2014, is published on our disclosure log." + TAIL)
    assert delay.missing is None and delay.needs_review
    by_sex = parse_text(HEAD + "Kent Police currently has 9 male and 1 female registered sex offenders recorded as wanted or "
                        "missing." + TAIL)
    assert by_sex.missing == 10 or (by_sex.needs_review and "by sex" in by_sex.review_reason)


def test_a_person_a_line_with_a_dash_before_the_date_and_lists_under_status_headings() -> None:
    people = parse_text(HEAD + "There are currently three registered sex offenders recorded as wanted.\nOur records show when "
                        "each was first recorded only approximately:\n\nOffender 1 - Spring 2011\nOffender 2 - Summer 2012\n"
                        "Offender 3 - March 2013\n" + TAIL)
    assert sorted(str(e.since) for e in people.entries) == ["2011", "2012", "2013-03"]
    headed = parse_text(HEAD + "Figures are as at 22 January 2015.\nWanted\n\u2022 1 - September 2011\n\u2022 1 - January 2014\n"
                        "Missing\n\u2022 1 - May 2013\n\u2022 1 - October 2013\nThis gives a total of 4 registered sex offenders "
                        "who are wanted or missing.\n" + TAIL)
    assert sorted((e.status, str(e.since)) for e in headed.entries) == [
        ("missing", "2013-05"), ("missing", "2013-10"), ("wanted", "2011-09"), ("wanted", "2014-01")]


def test_a_forms_row_of_dates_without_a_colon_dates_each_person() -> None:
    reply = parse_text(HEAD + "Number of RSOs wanted / missing: 2\nYears went missing 2011, 2014\n" + TAIL)
    assert sorted(str(e.since) for e in reply.entries) == ["2011", "2014"]


def test_a_joint_letters_nil_section_is_that_forces_answer() -> None:
    """One force's letterhead and signature, both forces' answers under their names: the second force's nought is
    its answer, not lost (it names no figure to flag, and the force scores little beside the sender)."""
    letter = ("Norfolk Constabulary\nInformation Management, Jubilee House, Falconers Chase, Wymondham NR18 0WW\n"
              "Our reference: FOI 000812/16\n3 March 2016\n\nDear Mr Price\n\nNorfolk Constabulary and Suffolk "
              "Constabulary share an Information Management team, so both\nrequests are answered here. As at 1 March "
              "2016:\n\nNorfolk Constabulary - 4 registered sex offenders are wanted as their whereabouts are\nunknown."
              "\n\nSuffolk Constabulary - there are no registered sex offenders whose whereabouts are\nunknown.\n\n"
              "Yours sincerely\nInformation Management\nNorfolk Constabulary\n")
    replies = parse_replies(read_document(letter.encode(), "reply.txt"))
    assert sorted((r.force, r.status, r.missing, r.needs_review) for r in replies) == [
        ("Norfolk Constabulary", "answered", 4, False), ("Suffolk Constabulary", "answered", 0, False)]


def test_each_force_of_a_three_force_letter_is_read_nought_included() -> None:
    """An alliance of three, a paragraph each: the one with nobody 'in this category' is a nil return of its own."""
    letter = ("Bedfordshire, Cambridgeshire and Hertfordshire\nJoint Protective Services\nReferences: BED/FOI/19/0321, "
              "CAM/0455/19, HC/FOI/2019/00712\n7 May 2019\nDear Ms Okafor\n"
              "You sent the same request to the three forces, who reply together. You asked how many registered "
              "sex offenders in each force area are wanted because their whereabouts are unknown.\nAs at 3 May 2019:\n"
              "Bedfordshire Police - 2 registered sex offenders were wanted because their whereabouts were unknown.\n"
              "Cambridgeshire Constabulary - there were no registered sex offenders in this category.\n"
              "Hertfordshire Constabulary - 6 registered sex offenders were wanted because their whereabouts were "
              "unknown.\nYours sincerely\nInformation Rights Officer (for the three forces)\nHertfordshire Constabulary\n")
    assert _each_force(letter, "reply.txt") == [
        ("Bedfordshire Police", 2, False), ("Cambridgeshire Constabulary", 0, False), ("Hertfordshire Constabulary", 6, False)]


def test_a_date_said_of_each_thing_to_be_read_dates_no_one() -> None:
    """'each breach investigation since 2010' in a cost estimate: a thing each, not a person each."""
    reply = parse_text(HEAD + "To answer parts 3 and 4 would require each offender's file, and each breach "
                       "investigation since 2011, to be read. However, 6 registered sex offenders were wanted because their whereabouts were "
                       "unknown on 2 February 2015. One of them has been wanted since 2009; no date could be found for "
                       "the other five." + TAIL)
    assert reply.missing == 6
    assert "2011" not in [e.since for e in reply.entries]
    assert reply.needs_review and "since 2011" in reply.review_reason


def test_a_nought_in_a_letter_saying_not_held_is_flagged() -> None:
    """'does not hold the information ...: none of our 700 or so offender records carries such a flag': the nought
    is of records flagged, not of people missing."""
    reply = parse_text(HEAD + "Kent Police does not hold the information you have requested. Our systems do not record "
                       "whether a registered sex offender's whereabouts are unknown in a way that could be searched: "
                       "none of our 700 or so offender records carries such a flag. The information is therefore not "
                       "held." + TAIL)
    assert reply.needs_review and "not held" in reply.review_reason


def test_a_spreadsheets_subtotal_outline_rows_are_no_one() -> None:
    """Excel's Subtotal outline: '2009 Count' after each year's people (the formula unevaluated) and 'Grand Count' at the
    end. Those rows are not people."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kent Police - FOI KP/FOI/15/0007 - RSOs wanted, whereabouts unknown"])
    sheet.append(["Ref", "Year wanted", "Date wanted", "Risk"])
    rows = [("K1", 2009, "03/02/2009"), ("K2", 2009, "19/08/2009"), ("K3", 2012, "07/05/2012")]
    start = 3
    for year in (2009, 2012):
        mine = [r for r in rows if r[1] == year]
        for ref, _, when in mine:
            sheet.append([ref, year, when, "High"])
        sheet.append([f"=SUBTOTAL(3,A{start}:A{start + len(mine) - 1})", f"{year} Count"])
        start += len(mine) + 1
    sheet.append([f"=SUBTOTAL(3,A3:A{start - 1})", "Grand Count"])
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.xlsx"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2009-02-03", "2009-08-19", "2012-05-07"]


def test_a_country_column_says_who_is_believed_abroad() -> None:
    """'Country believed to be in': a country abroad is believed abroad; a part of the UK, or 'Not known', is not."""
    csv_text = ('"Kent Police FOI KP/FOI/15/0009 - RSOs wanted, whereabouts unknown, as at 02/02/2015"\n'
                "Case,Date of circulation,Country believed to be in\n"
                "1,05/2011,Romania\n2,08/2013,Wales\n3,11/2014,Not known\n")
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_a_place_merged_down_over_several_rows_places_each_of_them() -> None:
    """'Believed location' merged (rowspan) over each place's months: the rows under 'Abroad' are believed abroad."""
    page = (
        "<html><body><h1>Kent Police</h1><p>FOI KP/FOI/24/0101: registered sex offenders wanted because their "
        "whereabouts are unknown.</p><table><tr><th>Believed location</th><th>Month wanted</th><th>Number</th></tr>"
        "<tr><td rowspan='2'>United Kingdom (address unknown)</td><td>Mar 2020</td><td>1</td></tr>"
        "<tr><td>Oct 2022</td><td>1</td></tr>"
        "<tr><td rowspan='2'>Abroad</td><td>May 2019</td><td>1</td></tr><tr><td>Jan 2023</td><td>1</td></tr>"
        "<tr><td colspan='2'>Total</td><td>4</td></tr></table></body></html>"
    )
    reply = parse_document(read_document(page.encode(), "kent.html"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2019-05", "believed_abroad"), ("2020-03", "wanted"), ("2022-10", "wanted"), ("2023-01", "believed_abroad")]


def test_a_table_of_places_counts_those_abroad_by_country() -> None:
    """'Believed location | Number' over a country abroad, 'outside the UK' and the UK: every row is of the missing."""
    page = (
        "<html><body><h1>Kent Police</h1><p>FOI KP/FOI/16/0312: as at 7 March 2016, five registered sex offenders "
        "were wanted because their whereabouts were unknown. Their believed locations are:</p><table>"
        "<tr><th>Believed location</th><th>Number</th></tr><tr><td>Romania</td><td>1</td></tr>"
        "<tr><td>Elsewhere outside the UK</td><td>1</td></tr><tr><td>Within the UK (address unknown)</td><td>3</td></tr>"
        "<tr><td>Total</td><td>5</td></tr></table></body></html>"
    )
    reply = parse_document(read_document(page.encode(), "kent.html"))
    assert (reply.missing, reply.needs_review) == (5, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("believed_abroad", 1), ("wanted", 3)]


def test_year_end_figures_after_an_adjective_are_not_added_up() -> None:
    """'at the end of each recent year was: 2018: 14; 2019: 12; ...': positions, not people who went missing then."""
    reply = parse_text(HEAD + "The number recorded as wanted because their whereabouts were unknown at the end of each "
                       "recent year was: 2012: 9; 2013: 7; 2014: 8; and at present (9 February 2015): 6." + TAIL)
    assert reply.needs_review and "snapshots" in reply.review_reason


def test_one_man_is_one_person_dated() -> None:
    """'One man has been wanted since ...', then 'Another ...' and 'A third ...': three people, each dated."""
    reply = parse_text(HEAD + "The following registered sex offenders were circulated as wanted, their whereabouts "
                       "being unknown, on 9 February 2015.\nOne man has been wanted since April 2011.\nAnother has been "
                       "wanted since the 3rd of June 2013.\nA third has been wanted since 2014.\nThere are no others." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2011-04", "2013-06-03", "2014"]


def test_places_in_a_location_column_are_not_forces_rows() -> None:
    """'Believed location' naming Scotland and Northern Ireland: where people are, not a row for each of two forces."""
    csv_text = ('"Kent Police - FOI KP/FOI/12/3345 - RSOs circulated as wanted, whereabouts unknown"\n'
                "Record,Date first circulated,Believed location\n1,12/05/2009,Northern Ireland\n2,Mar-2010,Not known\n"
                "3,2011,Not known\n4,17/01/2012,Scotland\n")
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.force, reply.missing) == ("Kent Police", 4)


def test_the_first_person_of_a_list_is_never_taken_for_its_heading() -> None:
    """A first row whose date needs a second look ('2006 (month not known)' once could not be read) must not become
    the heading of the rest, which drops that person unflagged."""
    csv_text = ('"Kent Police FOI KP/FOI/13/0388"\nOffender,Wanted from,Index offence\n'
                "ASC-1,2006 (month unrecorded),Rape\nASC-2,2007,Exposure\nASC-3,14/03/2009,Sexual assault\n")
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert reply.missing == 3
    assert reply.needs_review and "2006 (month unrecorded)" in reply.review_reason


def test_a_table_of_offences_in_a_not_held_letter_is_no_list_of_people() -> None:
    """'Financial year | Sexual offences recorded' offered as help beside 'does not hold': not five people missing."""
    reply = parse_text(HEAD + "Kent Police does not hold the information you have requested. By way of advice and "
                       "assistance, the number of sexual offences recorded in recent financial years is shown below.\n"
                       "Financial year    Sexual offences recorded\n2011/12           1,204\n2012/13           1,377\n"
                       "2013/14           1,512\n" + TAIL)
    assert (reply.status, reply.missing) == ("not_held", None)


def test_an_alliance_table_signed_for_its_forces_answers_for_each() -> None:
    """'Month missing | Cheshire | North Wales', from the shared unit whose signature lists both forces: each
    force's column is its answer, though the sender's own force scores far more."""
    letter = ("Dear Ms Reid,\nFOI 2018/1140\nPlease find below the registered sex offenders currently wanted because their "
              "whereabouts are unknown, for each force, by the month in which they went missing.\n"
              "Month missing     Cheshire   North Wales\n--------------    --------   -----------\n"
              "March 2014               2             0\nJune 2016                1             1\n"
              "October 2017             0             2\n--------------    --------   -----------\n"
              "Totals                   3             3\nDisclosure Unit, Cheshire Constabulary, Clemonds Hey, Winsford\n"
              "Disclosure Unit\nCheshire Constabulary | Heddlu Gogledd Cymru / North Wales Police\n")
    replies = parse_replies(read_document(letter.encode(), "reply.txt"))
    got = {r.force: (r.missing, r.needs_review, sorted((e.since, e.count_low) for e in r.entries)) for r in replies}
    assert got == {
        "Cheshire Constabulary": (3, False, [("2014-03", 2), ("2016-06", 1)]),
        "North Wales Police": (3, False, [("2016-06", 1), ("2017-10", 2)]),
    }


def test_an_alliance_table_whose_other_rows_cannot_be_read_apart_is_flagged() -> None:
    """A row for each of three forces, the letter signed for all three: when the rows cannot each be read as a
    force's answer, the sender's reply is flagged rather than the others' figures dropped unsaid."""
    letter = ("Hertfordshire Constabulary\nStanborough Road, Welwyn Garden City AL8 6XF\nOur reference: HC/FOI/2020/00061\n"
              "Dear Mr Hale,\nFreedom of Information request 2020/0061\nYour request was received by the three "
              "collaborated forces on 13 January 2020. The position on that date is:\n"
              "Force                         Wanted    of which believed abroad\n"
              "---------------------------   ------    ------------------------\n"
              "Bedfordshire Police              0                0\nCambridgeshire Constabulary      2                0\n"
              "Hertfordshire Constabulary       4                1\n"
              "The dates on which individuals went missing are not held centrally.\n"
              "Joint Information Management Unit\nHertfordshire Constabulary, Stanborough Road, Welwyn Garden City\n"
              "Hertfordshire Constabulary\nBedfordshire Police | Cambridgeshire Constabulary | Hertfordshire Constabulary\n")
    replies = parse_replies(read_document(letter.encode(), "reply.txt"))
    assert [(r.force, r.missing, r.needs_review) for r in replies] == [("Hertfordshire Constabulary", 4, True)]
    assert "a table gives Bedfordshire Police and Cambridgeshire Constabulary a row" in replies[0].review_reason


def test_each_forces_figure_said_in_one_sentence_is_its_own() -> None:
    """'Norfolk has 4 and Suffolk 2 registered sex offenders ...': 4 for Norfolk, 2 for Suffolk, not 2 for both."""
    letter = ("Norfolk and Suffolk Constabularies\nJoint Information Management Unit\nOur ref: FOI 000612/17\n"
              "Dear Mr Ashworth\nYour request was received by both Norfolk Constabulary and\nSuffolk Constabulary. As "
              "the two forces share an information\nmanagement department, a single response is provided.\n"
              "As at 3 April 2017, Norfolk has 4 and Suffolk 2 registered sex offenders\nrecorded as wanted because "
              "their whereabouts are unknown.\nYours sincerely\nJoint Information Management Unit\n")
    assert _each_force(letter, "reply.txt") == [
        ("Norfolk Constabulary", 4, False), ("Suffolk Constabulary", 2, False)]


def test_a_section_led_by_for_and_the_forces_name_is_that_forces() -> None:
    """'For Norfolk Constabulary the answer is none: ...' then 'For Suffolk Constabulary the figure is three: ...'."""
    letter = ("Dear Mr Ashworth,\nFOI 2014/0912 - Norfolk Constabulary and Suffolk Constabulary\nThe position as at "
              "1 September 2014 is as follows.\nFor Norfolk Constabulary the answer is none: there are no registered sex "
              "offenders currently wanted because their whereabouts are unknown.\nFor Suffolk Constabulary the figure "
              "is three: one has been missing since February 2011, one since October 2013 and one since May 2014.\n"
              "Kind regards\nJoint Information Management Unit\nNorfolk Constabulary\nNorfolk Constabulary\n")
    assert _each_force(letter, "reply.txt") == [
        ("Norfolk Constabulary", 0, False), ("Suffolk Constabulary", 3, False)]


def test_a_suppressed_figure_with_a_footnote_mark_is_a_range() -> None:
    """'<5*' beside a note that '<5' stands for one to four: the figure is 1-4, not withheld altogether."""
    csv_text = ('"Kent Police FOI KP/FOI/18/0455"\nArea,RSOs wanted (whereabouts unknown)\nNorth Kent,6\n'
                "West Kent,<5*\n"
                '"* Where a figure is between one and four it is shown as <5. The exact number is withheld under section 40(2)."\n')
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing_low, reply.missing_high) == (7, 10)


def test_a_list_of_dates_may_note_a_dates_precision_and_lead_an_ordinal_day_with_the() -> None:
    """'...: March 2012; 14 November 2015; 2017 (the month is not recorded on the system); and the 2nd of January
    2019.': four dates, one each."""
    reply = parse_text(HEAD + "As at 9 February 2015 four registered sex offenders are wanted because their whereabouts "
                       "are unknown. They have been wanted since: March 2010; 14 November 2011; 2012 (the month is not "
                       "recorded on the system); and the 2nd of January 2014." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted(e.since for e in reply.entries) == ["2010-03", "2011-11-14", "2012", "2014-01-02"]


def test_rows_whose_code_the_key_says_were_found_are_not_counted() -> None:
    """A status code the key below explains as 'located, no longer wanted ... NOT included in the count': not counted,
    and said so in the record's warnings."""
    csv_text = ('"Kent Police FOI KP/FOI/15/1822 - position as at 14/08/2015"\nNo.,Date wanted,Status\n'
                "1,2009-07-14,WU\n2,2010-02-02,L\n3,2011-06-25,WU\n4,2012-01-09,A\n"
                'Key\n"WU = wanted, whereabouts unknown"\n"A = wanted, believed to be abroad"\n'
                '"L = located, no longer wanted - shown for information, NOT included in the count"\n')
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]
    assert any("coded 'L'" in w for w in reply.warnings)


def test_day_month_and_year_columns_under_one_date_heading_date_each_person() -> None:
    """'Date wanted' merged over 'Day | Month | Year': the day is part of the date, not a count."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kent Police - FOI KP/FOI/14/0388 - RSOs wanted as at 31/03/2014"])
    sheet.append(["Offender", "Date wanted", None, None, "Risk"])
    sheet.merge_cells("B2:D2")
    sheet.append([None, "Day", "Month", "Year", None])
    for row in (["K1", 14, "Mar", 2009, "Medium"], ["K2", None, "Sep", 2011, "High"], ["K3", 27, "Oct", 2013, "Low"]):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.xlsx"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2009-03-14", "2011-09", "2013-10-27"]


def test_a_keys_label_and_a_code_for_outside_the_country_and_the_uk_are_read() -> None:
    """'Status: W = still wanted; F = found' (a label before the key) and 'A = wanted - believed to be outside
    Northern Ireland and the UK': F rows not counted, A rows believed abroad."""
    csv_text = ('"Kent Police FOI KP/FOI/22/2311 - status at 09/05/2022"\nReference,Date wanted,Status\n'
                "K1,2016-03-09,W\nK2,2017-05-05,F\nK3,2018-01-23,A\nK4,2019-07-02,W\n"
                '"Status: W = still wanted on 09/05/2022; F = found (not wanted on that date)"\n'
                '"A = wanted - believed to be outside England and the UK"\n')
    reply = parse_document(read_document(csv_text.encode(), "kent.csv"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_a_question_about_the_parts_of_an_earlier_figure_is_no_part() -> None:
    """'You have since asked how many of those nine are believed to be abroad.' then 'Of the nine, three are ...'."""
    reply = parse_text(HEAD + "In our response of 5 July 2014 we told you that nine registered sex offenders were wanted "
                       "because their whereabouts were unknown. You have since asked how many of those nine are believed "
                       "to be abroad. Of the nine, three are believed to be abroad. The remaining six are believed to be "
                       "in the United Kingdom. The total remains nine." + TAIL)
    assert reply.missing == 9
    assert _statuses(reply) == [("believed_abroad", 3), ("wanted", 6)]


def test_the_parts_an_earlier_response_gave_are_not_the_corrected_ones() -> None:
    """'Our response said that, of the seven ..., five were ... and two ...' then 'The correct breakdown is ...'."""
    reply = parse_text(HEAD + "Our response said that, of the seven registered sex offenders wanted because their "
                       "whereabouts were unknown on 2 February 2015, five were believed to be in the United Kingdom and "
                       "two were believed to be abroad. The split was wrong. The correct breakdown is that three are "
                       "believed to be somewhere in the United Kingdom and four are believed to be abroad. The total of "
                       "seven is unchanged." + TAIL)
    assert reply.missing == 7
    assert _statuses(reply) == [("believed_abroad", 4), ("wanted", 3)]


def test_not_holding_the_dates_is_not_holding_the_number() -> None:
    """'does not hold the date on which each went missing', beside a figure no rule reads: listed for review, not
    'not held'."""
    reply = parse_text(HEAD + "This year's figure of seven represents an increase of three on last year's. Kent Police "
                       "does not hold the date on which each went missing in a retrievable form." + TAIL)
    assert reply.status != "not_held"
    assert reply.needs_review


def test_a_marked_date_in_a_list_places_that_person_by_the_note_on_the_mark() -> None:
    """'Circulated as wanted (month/year): 04/2008, 10/2010, 01/2014*, 06/2015.' over '* believed to have left the UK.'"""
    reply = parse_text(HEAD + "As at 2 February 2015, 4 registered sex offenders were recorded as wanted because their "
                       "whereabouts are unknown, of whom 1 is believed to have left the United Kingdom.\nCirculated as "
                       "wanted (month/year): 04/2008, 10/2010, 01/2014*, 06/2014.\n* believed to have left the UK." + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2008-04", "wanted"), ("2010-10", "wanted"), ("2014-01", "believed_abroad"), ("2014-06", "wanted")]


def test_a_grid_of_years_across_in_plain_lines_is_read_as_a_table() -> None:
    """A PDF's unruled grid comes out as lines: '2019 2020 2021 Total' over 'Wanted 1 0 2 3' and 'Missing 0 1 1 2'.
    Each year's figure is dated and keeps its category; a grid of breaches by year is no grid of the missing."""
    grid = ("West Yorkshire Police records registered sex offenders whose whereabouts are unknown as wanted or missing. "
            "The position on 1 February 2015, by year:\n2012 2013 2014 Total\nWanted 1 0 2 3\nMissing 0 1 1 2\n"
            "Total 1 1 3 5\nIn total, therefore, 5 registered sex offenders were unaccounted for.")
    reply = parse_text(HEAD + grid + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.status, e.count_low) for e in reply.entries) == [
        ("2012", "wanted", 1), ("2013", "missing", 1), ("2014", "missing", 1), ("2014", "wanted", 2)]
    breaches = parse_text(HEAD + "As at 1 February 2015, 3 registered sex offenders were wanted because their whereabouts "
                          "were unknown.\nBreaches of notification requirements by year:\n2012 2013 2014 Total\n"
                          "Breaches 41 38 45 124" + TAIL)
    assert (breaches.missing, breaches.needs_review) == (3, False)


def test_parts_after_a_colon_that_closes_a_long_clause_are_parts() -> None:
    """'four were recorded as wanted on 28 February 2011 because their whereabouts are unknown: one went missing in
    2004, two during 2008 and one in 2010': the day is when the four stood, not a fifth date of people."""
    reply = parse_text(HEAD + "Of these, four were recorded as wanted on 28 January 2015 because their whereabouts are "
                       "unknown: one went missing in 2004, two during 2008 and one in 2010." + TAIL)
    assert reply.needs_review or sorted((e.since, e.count_low) for e in reply.entries) == [("2004", 1), ("2008", 2), ("2010", 1)]
    assert not any(e.since == "2015-01-28" for e in reply.entries) or reply.needs_review


def test_at_that_time_after_an_as_at_day_is_that_day() -> None:
    """'as at 8 October 2018 fewer than five ... were unknown at that time': the as-at day, not an earlier figure."""
    reply = parse_text(HEAD + "I can confirm that as at 2 February 2015 fewer than five registered sex offenders were "
                       "recorded as wanted because their whereabouts were unknown at that time. The precise figure is "
                       "exempt under section 40(2)." + TAIL)
    assert (reply.status, reply.missing_low, reply.missing_high) == ("partial", 1, 4)


def test_so_recorded_speaks_of_the_missing_said_before() -> None:
    """'... recorded as wanted because their whereabouts are unknown.' then 'fewer than five ... were so recorded'."""
    reply = parse_text(HEAD + "You asked how many registered sex offenders are recorded as wanted because their "
                       "whereabouts are unknown. I can confirm that, as at 2 February 2015, fewer than five registered "
                       "sex offenders were so recorded. The exact figure is withheld under section 40(2)." + TAIL)
    assert (reply.status, reply.missing_low, reply.missing_high) == ("partial", 1, 4)


def test_a_joint_letter_whose_forces_head_their_figures_never_shares_one_refusal() -> None:
    """'West Mercia Police: 6 (six)' and 'Warwickshire Police: fewer than five', then a refusal of details: the
    figures are not dropped as one refusal for both forces."""
    letter = ("Dear Ms Rowe,\nYour request to West Mercia Police and Warwickshire Police is answered jointly.\n"
              "West Mercia Police: 6 (six)\nWarwickshire Police: fewer than five\nBoth forces are refusing to give the "
              "dates, which are exempt under section 31 of the Act; Warwickshire's exact figure is withheld under "
              "section 40(2).\nYours sincerely\nInformation Compliance Unit\nWest Mercia Police\n")
    replies = parse_replies(read_document(letter.encode(), "reply.txt"))
    assert all(r.needs_review or r.status != "refused" for r in replies)


def test_a_figure_the_force_was_able_to_give_in_an_earlier_year_is_not_this_answer() -> None:
    """'in 2013 (our reference FOI 2013-0455) the force was able to state that 5 RSOs were wanted', in a cost refusal
    of 2015: an earlier year's figure, not this one."""
    reply = parse_text(HEAD + "Finding the information would take some 290 hours, well over the 18 hours allowed under "
                       "section 12 of the Act. We are aware that in 2013 (our reference FOI 2013-0455) the force was "
                       "able to state that 5 RSOs were wanted. That figure should not be taken as current." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_people_wanted_for_all_offence_types_are_not_the_figure() -> None:
    """A disclosure-log entry on wanted persons of every kind beside the RSO entry that refuses on cost."""
    reply = parse_text(HEAD + "Registered sex offenders whose whereabouts are unknown: refused under section 12(1); "
                       "finding the information would take 101 hours, well above the 18-hour limit.\nWanted persons: "
                       "there were 437 people circulated as wanted on PNC by the force for all offence types." + TAIL)
    assert (reply.status, reply.missing) == ("refused", None)


def test_another_requester_is_no_person_dated() -> None:
    """'In 2012 the force answered a similar question from another requester': no one went missing in 2012."""
    reply = parse_text(HEAD + "The number is withheld under sections 31 and 40(2). In 2012 the force answered a similar "
                       "question from another requester; the position has since been reviewed." + TAIL)
    assert not reply.entries


def test_a_list_of_numbered_people_with_no_heading_row_counts_its_first_person() -> None:
    """'Case 1    Wanted since February 2009' over the other cases: the first line is a person, not a heading."""
    reply = parse_text(HEAD + "Please see Appendix 1.\nAPPENDIX 1 - RSOs WANTED / WHEREABOUTS UNKNOWN\n"
                       "Case 1    Wanted since February 2009\nCase 2    Wanted since 14/07/2011\n"
                       "Case 3    Wanted since 2012\nTotal: three individuals." + TAIL)
    assert reply.missing == 3
    assert sorted(e.since for e in reply.entries) == ["2009-02", "2011-07-14", "2012"]


def test_an_example_in_brackets_gives_no_figure() -> None:
    """'Since when has each been missing? (e.g. 2 since 2008, 3 since 2010)': the shape of an answer, not one."""
    reply = parse_text(HEAD + "You asked: since when has each been missing? (e.g. 2 since 2008, 3 since 2010)\nThe dates "
                       "are withheld under section 31(1)(b)." + TAIL)
    assert not reply.entries
    assert reply.missing is None


def test_the_force_total_said_below_a_table_is_its_stated_total() -> None:
    """'... the unit figures add up to six. The force total is 5.': a stated total the rows are checked against."""
    reply = parse_text(HEAD + "Registered sex offenders wanted because their whereabouts were unknown, by policing unit:\n"
                       "North Kent: 2\nWest Kent: 1\nEast Kent: 2\nPlease note that one offender is linked to both North "
                       "Kent and West Kent and is shown in each, so the unit figures add up to five. The force total is 4."
                       + TAIL)
    assert reply.needs_review and "4" in (reply.review_reason or "")


def test_a_question_asked_in_the_right_to_complain_ends_no_restated_request() -> None:
    """'Your request has been considered ... as follows.' and a wrapped '... response to your' / 'request about ...' start
    no restated request: the answer under them is not dropped up to 'Not happy with our answer?'."""
    tail = ("Not happy with our answer? Let the Freedom of Information Office know within two months and we will look "
            "at your request again." + TAIL)
    for lead in ("Your request has been considered and I can advise you as follows.",
                 "I have set out below Kent Police's response to your\nrequest about registered sex offenders."):
        reply = parse_text(HEAD + lead + "\nKent Police currently has one registered sex offender who is wanted because "
                           "his whereabouts are unknown. He has been wanted since October 2014.\n" + tail)
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 1, False)
        assert [e.since for e in reply.entries] == ["2014-10"]


def test_a_row_of_another_kind_that_remains_wanted_is_counted_and_a_total_of_the_wanted_checks_the_others() -> None:
    """'Believed deceased (not confirmed) - remains wanted | 1' is one of the wanted; without 'remains wanted', a
    'Total wanted | 8' counting that row is queried, not set aside. 'address unknown' says whereabouts unknown."""
    rows = ('Believed status,Number\n"Believed to be in the UK, address unknown",5\nBelieved to be abroad,2\n'
            "Believed deceased (not confirmed){},1\nTotal wanted,8\n")
    reply = _csv_reply("RSOs wanted because their whereabouts are unknown as at 06/05/2015\n" + rows.format(" - remains wanted"))
    assert (reply.missing, reply.needs_review) == (8, False)
    assert _by_status(reply) == {"wanted": 6, "believed_abroad": 2}
    reply = _csv_reply("RSOs wanted because their whereabouts are unknown as at 06/05/2015\n" + rows.format(""))
    assert reply.needs_review and "Total wanted | 8" in (reply.review_reason or "")


def test_month_end_figures_across_a_row_are_queried_however_the_row_is_read() -> None:
    """'31/01/2019 | 28/02/2019 | ...' over 'RSOs wanted | 12 | 11 | ...': how many stood missing at each month's end,
    which added up (53) count the same people again."""
    reply = _csv_reply("RSOs wanted - whereabouts unknown, month-end position\n\n"
                       ",31/01/2019,28/02/2019,31/03/2019,30/04/2019,31/05/2019,10/06/2019 (current)\n"
                       "RSOs wanted,12,11,11,9,10,10\n")
    assert reply.needs_review and "snapshot" in (reply.review_reason or "")


def test_the_first_year_listed_under_a_heading_with_a_colon_is_read() -> None:
    """'The years are:' over '2011 - 1', '2016 - 2', ...: the first item counts as the rest do."""
    for heading in ("The years are:", "RESPONSE: BY YEAR:", "Years:"):
        reply = parse_text(HEAD + "Kent Police has 8 registered sex offenders wanted because their whereabouts are "
                           f"unknown.\n{heading}\n2011 - 1\n2012 - 2\n2013 - 1\n2014 - 4\n" + TAIL)
        assert sorted((e.since, e.count_low) for e in reply.entries) == [("2011", 1), ("2012", 2), ("2013", 1), ("2014", 4)]


def test_a_note_saying_a_person_is_believed_outside_the_uk_places_that_person_abroad() -> None:
    """'Believed to be outside the UK' in a free-text Notes column: that row's person is believed abroad."""
    reply = _csv_reply("RSOs wanted because their whereabouts are unknown as at 01/03/2015\n"
                       "No.,Date circulated as wanted,Risk level,Notes\n1,17/09/2009,High,Believed to be outside the UK\n"
                       "2,03/05/2013,Medium,\n3,28/11/2014,Low,\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2009-09-17", "believed_abroad"), ("2013-05-03", "wanted"), ("2014-11-28", "wanted")]


def test_bilingual_uk_and_abroad_columns_keep_those_abroad_apart() -> None:
    """'Blwyddyn / Year | DU / UK | Dramor / Abroad | Cyfanswm / Total': the Welsh heading before the English one."""
    reply = _csv_reply("RSOs wanted because their whereabouts are unknown as at 01/03/2015\n"
                       "Blwyddyn / Year,DU / UK,Dramor / Abroad,Cyfanswm / Total\n2011,1,1,2\n2013,3,0,3\n"
                       "Cyfanswm / Total,4,1,5\n")
    assert (reply.missing, reply.needs_review) == (5, False)
    assert _by_status(reply) == {"wanted": 4, "believed_abroad": 1}


def _pdf_replies(blocks: list[str | list[list[str]]], name: str = "reply.pdf"):  # type: ignore[no-untyped-def]
    """The replies read from a PDF letter of these paragraphs and ruled tables (a block that is a list of rows)."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]
    flow = []
    for block in blocks:
        if isinstance(block, str):
            flow.append(Paragraph(block, style))
        else:
            table = Table(block)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            flow.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out).build(flow)
    return parse_replies(read_document(out.getvalue(), name))


def test_a_numbered_answer_about_the_one_person_counted_dates_that_person() -> None:
    """'2) The individual was circulated as wanted on 17/05/2021.': the answer's number, then the one person's date."""
    for number in ("2)", "(2)", "2."):
        for subject in ("The individual", "This individual", "He"):
            reply = parse_text(HEAD + "In response:\n1) Kent Police has one registered sex offender who is currently "
                               "wanted because their whereabouts are unknown.\n"
                               f"{number} {subject} was circulated as wanted on 17/05/2012.\n" + TAIL)
            assert (reply.missing, [e.since for e in reply.entries]) == (1, ["2012-05-17"]), (number, subject)


def test_advice_on_narrowing_the_request_dates_no_one() -> None:
    """'you might consider asking only for ... those wanted since 2012' is advice, not a person's date."""
    reply = parse_text(HEAD + "To establish the date from which each offender has been missing would exceed the cost "
                       "limit under section 12. However, I can tell you that 6 registered sex offenders are currently "
                       "wanted by Kent Police because their whereabouts are unknown.\nTo bring the request within the "
                       "limit you might consider asking only for the year each was first circulated for those wanted "
                       "since 2012." + TAIL)
    assert (reply.missing, [(e.since, e.count_low) for e in reply.entries]) == (6, [(None, 6)])


def test_the_earliest_and_the_most_recent_are_dated_and_the_rest_left_undated() -> None:
    reply = parse_text(HEAD + "Kent Police currently has eleven registered sex offenders recorded as wanted because their "
                       "whereabouts are unknown. Of these eleven, the earliest was circulated as wanted in January 2004 "
                       "and the most recent in December 2014. The dates for the other nine are withheld under section "
                       "40(2)." + TAIL)
    assert (reply.missing, reply.needs_review) == (11, False)
    assert sorted((e.since or "", e.count_low) for e in reply.entries) == [("", 9), ("2004-01", 1), ("2014-12", 1)]


def test_a_correction_keeping_the_dates_of_an_earlier_reply_is_queried() -> None:
    """'the other dates we gave you are unaffected': the dates are in the earlier reply, not this one."""
    reply = parse_text(HEAD + "Further to our email of 2 February 2015, our reply contained an error. The correct figure "
                       "is therefore seven, not eight. The individual concerned was the one shown as missing since 2011; "
                       "the other dates we gave you are unaffected." + TAIL)
    assert reply.needs_review and "earlier reply" in (reply.review_reason or "")


def test_a_joint_letter_with_a_table_under_each_forces_heading_dates_each_forces_own() -> None:
    replies = _pdf_replies([
        "Norfolk Constabulary &amp; Suffolk Constabulary", "Reference: FOI 001333/15", "5 May 2015", "Dear Requester",
        ("Your request was made to both Norfolk Constabulary and Suffolk Constabulary, whose information management "
         "is provided by a joint unit. The response for each force is given separately below, as at 21 April 2015."),
        "Norfolk Constabulary", "Three registered sex offenders are wanted as their whereabouts are unknown:",
        [["", "Date wanted"], ["1", "09/09/2011"], ["2", "16/05/2013"], ["3", "22/01/2015"]],
        "Suffolk Constabulary", "Two registered sex offenders are wanted as their whereabouts are unknown:",
        [["", "Date wanted"], ["1", "30/06/2012"], ["2", "04/11/2014"]],
        "Yours sincerely", "Joint Information Management Unit",
    ], "joint.pdf")
    assert sorted((r.force, r.missing, r.needs_review, tuple(sorted(e.since for e in r.entries))) for r in replies) == [
        ("Norfolk Constabulary", 3, False, ("2011-09-09", "2013-05-16", "2015-01-22")),
        ("Suffolk Constabulary", 2, False, ("2012-06-30", "2014-11-04")),
    ]


def test_answers_under_questions_quoted_in_curly_quotes_are_read_each_under_its_own() -> None:
    """'“How many ...?”' over 'One.', '“For each ... since when ...”' over 'Since 2019.', and '“How many of them are
    believed to be outside the UK?”' over a refusal to say: one person, wanted since 2019, not placed abroad."""
    reply = parse_text(HEAD + "Position as at 9 February 2015.\n“How many registered sex offenders in your force area are "
                       "currently wanted because their whereabouts are unknown?”\nOne.\n“For each of them, please give "
                       "the date since when their whereabouts have been unknown.”\nSince 2012.\n“How many of them are "
                       "believed to be outside the UK?”\nWe are unable to comment on the believed location of the "
                       "individual.\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 1, False)
    assert [(e.since, e.status) for e in reply.entries] == [("2012", "wanted")]


def test_fewer_than_five_with_its_exemption_in_brackets_answers_the_question_as_a_range() -> None:
    """'Fewer than five (exact figure withheld under section 40(2)).' under its question, on a line or in a
    Question | Answer table: 1 to 4, partly refused."""
    answer = "Fewer than five (exact figure withheld under section 40(2)). Position as at 6 February 2015."
    question = "How many registered sex offenders in your force area are currently wanted because their whereabouts are unknown?"
    as_lines = parse_text(HEAD + f"{question}\n{answer}\n" + TAIL)
    as_table = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0001", "10 February 2015", "Dear Requester"],
                           [("Question", "Answer"), (question, answer),
                            ("For each, please give the date since which they have been wanted.", "Withheld under section 40(2).")])
    for reply in (as_lines, as_table):
        assert (reply.status, reply.missing_low, reply.missing_high, reply.needs_review) == ("partial", 1, 4, False)


def test_a_review_upholding_the_original_figure_gives_that_figure() -> None:
    reply = parse_text(HEAD + "You asked for a review of our response, in which we told you that Kent Police had 7 "
                       "registered sex offenders recorded as wanted because their whereabouts were unknown, and withheld "
                       "the dates under section 40(2). I am satisfied that the dates are personal data. The original "
                       "response, including the figure of 7, is upheld." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 7, False)


def test_dates_a_line_each_under_a_question_about_when_they_were_recorded_as_such_are_each_read() -> None:
    """'Question 2: For each, the date they were first recorded as such.' over a date a line: one person each."""
    for dates in (["March 2008", "October 2009", "January 2011", "June 2012", "February 2014"],
                  ["14/03/2008", "02/10/2009", "05/01/2011", "07/06/2012", "08/02/2014"]):
        reply = parse_text(HEAD + "Question 1: How many registered sex offenders are currently recorded as wanted or "
                           "whereabouts unknown?\nFive.\nQuestion 2: For each, the date they were first recorded as such.\n"
                           + "\n".join(dates) + "\n" + TAIL)
        assert (reply.missing, reply.needs_review) == (5, False)
        assert [e.count_low for e in reply.entries] == [1] * 5 and all(e.since for e in reply.entries)


def test_a_heading_row_saying_believed_outside_the_uk_places_the_people_under_it_abroad() -> None:
    reply = _csv_reply("RSOs wanted - whereabouts unknown - as at 20/03/2015\nRef,Offence type,Age band,Date wanted\n"
                       "Whereabouts unknown - believed to be in the UK,,,\nK001,Voyeurism,18-24,26/01/2009\n"
                       "K002,Sexual assault on a female,45-54,16/02/2012\n,Sub-total,,2\nBelieved to be outside the UK,,,\n"
                       "K003,Sexual assault on a female,45-54,10/06/2005\n,Sub-total,,1\nGrand total,,,3\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _by_status(reply) == {"wanted": 2, "believed_abroad": 1}


def test_a_category_column_of_uk_or_believed_abroad_beside_an_offence_type_places_each_person() -> None:
    """'Offence type' is no status; the 'Category' column of 'UK' / 'Believed abroad' says where each is."""
    reply = _csv_reply("RSOs wanted because whereabouts unknown - as at 20/03/2015\n"
                       "Ref,Gender,Offence type,Date wanted,Category\nK001,M,Sexual assault on a female,20/03/2007,UK\n"
                       "K002,M,Voyeurism,12/08/2008,Believed abroad\nK003,M,Voyeurism,17/03/2010,UK\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _by_status(reply) == {"wanted": 2, "believed_abroad": 1}


def test_a_numbered_answer_that_is_only_since_a_date_dates_the_one_person() -> None:
    for lead in ("2) ", "2. ", ""):
        reply = parse_text(HEAD + "1) Kent Police has one registered sex offender who is wanted because their whereabouts "
                           f"are unknown.\n{lead}Since March 2012.\n" + TAIL)
        assert (reply.missing, reply.needs_review, [e.since for e in reply.entries]) == (1, False, ["2012-03"]), lead


def test_an_answer_led_by_the_day_it_is_given_for_is_read() -> None:
    reply = parse_text(HEAD + "How many registered sex offenders are currently wanted because their whereabouts are "
                       "unknown?\nAs at 6 February 2015, three.\n" + TAIL)
    assert (reply.missing, reply.as_of, reply.needs_review) == (3, "2015-02-06", False)


def test_dates_for_some_of_the_people_counted_date_those_and_leave_the_rest_undated() -> None:
    reply = parse_text(HEAD + "1) Kent Police has six registered sex offenders who are wanted because their whereabouts "
                       "are unknown.\n2) Of the six, we can provide the year in which four became wanted: 2007, 2009, "
                       "2010 and 2010. For the remaining two the dates are withheld under section 40(2).\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since or "", e.count_low) for e in reply.entries) == [
        ("", 2), ("2007", 1), ("2009", 1), ("2010", 1), ("2010", 1)]


def test_unknown_in_the_uk_under_a_location_heading_is_not_abroad() -> None:
    reply = _csv_reply("RSOs wanted because their whereabouts are unknown as at 01/03/2015\n"
                       "Date wanted,Believed location\n02/06/2011,Unknown (UK)\n17/10/2012,Unknown - UK\n05/01/2014,Spain\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _by_status(reply) == {"wanted": 2, "believed_abroad": 1}


def test_a_caseload_counts_only_the_rows_whose_status_is_missing() -> None:
    """Every RSO managed, with a status each: 'Compliant', 'In custody' and 'Notified travel abroad' are other kinds,
    'Wanted' counts, and a
    status the reply does not explain ('Subject to review') is asked about once, not row by row."""
    kinds = ("Compliant", "In custody", "Notified travel abroad")
    rows = "".join(f"K{n:04d},{kinds[n % 3]},0{n % 9 + 1}/0{n % 9 + 1}/2010\n" for n in range(1, 301))
    reply = _csv_reply("All registered sex offenders managed, with status, as at 01/03/2015\nRef,Status,Status date\n" + rows
                       + "K0301,Wanted - whereabouts unknown,14/02/2012\nK0302,Wanted - whereabouts unknown,03/09/2014\n"
                       + "K0303,Subject to review,01/01/2015\nK0304,Subject to review,02/01/2015\n")
    assert reply.missing == 2
    assert sorted(e.since for e in reply.entries) == ["2012-02-14", "2014-09-03"]
    assert reply.review_reasons == ("'Subject to review' under 'Status' at kent.csv, row 306, column B: are these people missing?",)


def test_a_caseload_in_codes_explained_by_the_replys_key_counts_the_code_for_wanted() -> None:
    rows = "".join(f"K{n:03d}\t{'CXH'[n % 3]}\t0{n % 9 + 1}/03/2011\n" for n in range(1, 61))
    reply = parse_document(read_document(
        ("Kent Police\tKP/FOI/15/0006\tData at 01/03/2015\nStatus codes: C = compliant; X = in custody; H = hospital; "
         "W = wanted (whereabouts unknown)\n\nRef\tStatus code\tStatus date\n" + rows + "K061\tW\t17/05/2013\n").encode(),
        "kent.tsv"))
    assert (reply.missing, [e.since for e in reply.entries]) == (1, ["2013-05-17"])


def test_a_key_saying_a_dash_is_nil_reads_the_dashes_of_a_month_grid_as_none() -> None:
    """'– = nil' under a grid of years by month: the dashes are no one, and the key is no nil return."""
    reply = _csv_reply("RSOs wanted (whereabouts unknown), by month and year first wanted\nFigures as at 16/03/2015\n"
                       "Year,January,February,March,April,Total\n2010,–,1,–,–,1\n2012,–,–,2,–,2\nTotal,–,1,2,–,3\n\n– = nil.\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010-02", 1), ("2012-03", 2)]


def test_a_month_grids_grand_total_disagreeing_with_its_months_is_queried() -> None:
    reply = _csv_reply("RSOs wanted (whereabouts unknown) by month first wanted\n"
                       "Year,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total\n2011,,,,,,1,,,,,,,1\n"
                       "2012,,2,,,,,,,,,,,2\n2013,,,,,,,,,1,,1,,2\n2014,1,,,,,,2,,,1,,,4\nTotal,1,2,,,,1,2,,1,1,1,,10\n")
    assert reply.needs_review and "says 10" in (reply.review_reason or "")


def test_two_titled_tables_side_by_side_on_a_sheet_are_read_apart() -> None:
    """'Currently wanted' over A:C and 'Located since 01/10/2014' over E:G: the located are no part of the count."""
    reply = _csv_reply("Data as at 15/03/2015\nCurrently wanted (whereabouts unknown),,,,Located since 01/10/2014,,\n"
                       "Ref,Date wanted,Risk,,Ref,Date wanted,Date located\nK1,01/12/2008,High,,K7,08/01/2010,14/11/2014\n"
                       "K2,16/07/2012,Low,,K8,19/05/2014,06/01/2015\nK3,03/03/2014,Medium,,,,\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2008-12-01", "2012-07-16", "2014-03-03"]


def test_a_list_of_people_with_a_force_column_under_a_title_naming_both_forces_gives_each_its_reply() -> None:
    sheet = ("Kent Police / Essex Police - FOI 2015/0231 - RSOs wanted - whereabouts unknown (at 22/01/2015)\n"
             "Case,Force,Date circulated\nA1,Kent,09/05/2012\nA2,Essex,01/07/2013\nA3,Kent,28/11/2013\nA4,Essex,20/02/2014\n"
             "A5,Kent,15/03/2014\n")
    assert _each_force(sheet, "alliance.csv") == [("Essex Police", 2, False), ("Kent Police", 3, False)]


def test_each_forces_figure_a_list_item_under_a_shared_lead_gives_each_its_reply() -> None:
    """'... was:' over '• Kent Police – six (6)' and '• Essex Police – none', then a sentence for both."""
    mail = _email("Dear Requester,\nKent Police and Essex Police share a Freedom of Information team. The number of "
                  "registered sex offenders recorded as wanted because their whereabouts are unknown on 21 January 2020 "
                  "was:\n• Kent Police – six (6)\n• Essex Police – none\nThe dates are exempt under section 40(2).\n"
                  "Yours sincerely,\nInformation Rights Officer\nKent Police and Essex Police\n")
    replies = parse_replies(read_document(mail, "joint.eml"))
    assert sorted((r.force, r.missing, r.status, r.needs_review) for r in replies) == [
        ("Essex Police", 0, "partial", False), ("Kent Police", 6, "partial", False)]


def test_a_figure_said_of_another_force_than_the_one_identified_is_queried() -> None:
    """Kent Police passing on Essex Police's answer below its own note: 'Essex Police has 3 ...' is not Kent's."""
    passed_on = _email("Dear Ms Lal,\n\nYour request asked about offenders in Chelmsford, which is in the Essex Police "
                       "area. Essex Police have answered and their reply is below.\n\nRegards\nFreedom of Information "
                       "Office\nKent Police\n\nFrom: Essex Police FOI <foi@essex.pnn.police.uk>\nSent: 22 January 2020 "
                       "15:30\nTo: Kent Police FOI\nSubject: RE: Transfer 20/0290\n\nAs at 21 January 2020, Essex Police "
                       "has 3 registered sex offenders recorded as wanted because their whereabouts are unknown. One has "
                       "been wanted since August 2016, one since 2017 and one since December 2019.\n")
    reply = parse_document(read_document(passed_on, "passed on.eml"))
    assert reply.needs_review and "said of Essex Police" in (reply.review_reason or "")


def test_the_first_year_and_count_after_a_label_saying_what_the_dates_are_is_read() -> None:
    reply = parse_text(HEAD + "1. Four registered sex offenders were wanted because their whereabouts were unknown on "
                       "2 February 2015.\n2. By year of first circulation: 2008 - 1; 2011 - 1; 2013 - 2.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2008", 1), ("2011", 1), ("2013", 2)]


def test_a_grid_of_months_down_keeps_the_months_with_no_one_in_it() -> None:
    """'January' alone on its row, between months with figures: a row of the grid, not a line ending the table."""
    reply = _csv_reply("RSOs wanted (whereabouts unknown) by month and year first wanted\nAs at 16/03/2015\n"
                       "Month,2012,2013,2014,Total\nJanuary,,,,\nFebruary,1,,,1\nMarch,,,,\nApril,,,,\nMay,,,,\nJune,,,1,1\n"
                       "July,,,,\nAugust,,1,,1\nSeptember,,,,\nOctober,,,,\nNovember,,1,,1\nDecember,,,,\nTotal,1,2,1,4\n")
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted(e.since for e in reply.entries) == ["2012-02", "2013-08", "2013-11", "2014-06"]


def test_numeric_dates_in_a_letter_that_says_they_are_month_first_are_read_so() -> None:
    reply = parse_text(HEAD + "Please note that the dates below are given in US format (month/day/year).\nKent Police has two "
                       "registered sex offenders wanted because their whereabouts are unknown. They have been wanted since "
                       "12/6/12 and 10/3/13 respectively.\n" + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2012-12-06", "2013-10-03"]


def test_a_list_of_month_and_year_lines_with_marks_for_those_abroad_and_a_sentence_making_the_total() -> None:
    """'February 2006' a line is a date, not a label and its count; '*' after it, per the lead, marks one abroad;
    'This makes five in total as at ..., of whom two are believed to be abroad.' is the total."""
    reply = parse_text(HEAD + "Kent Police currently has a number of registered sex offenders circulated as wanted because "
                       "their\nwhereabouts are unknown. The month and year in which each was first circulated is listed "
                       "below; those\nmarked * are believed to be abroad.\nOctober 2003 *\nFebruary 2006\nJune 2008\n"
                       "June 2008 *\nMarch 2010\nThis makes five in total as at 30 January 2015, of whom two are believed "
                       "to be abroad.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2003-10", "believed_abroad"), ("2006-02", "wanted"), ("2008-06", "believed_abroad"), ("2008-06", "wanted"),
        ("2010-03", "wanted")]


def test_answers_labelled_response_to_question_n_and_a_part_of_the_whole_are_read() -> None:
    reply = parse_text(HEAD + "Question 1: How many registered sex offenders in your force area are currently wanted "
                       "because their whereabouts are unknown?\nResponse to question 1: As at 6 February 2015: 9.\n"
                       "Question 2: How many of them are believed to be abroad?\nResponse to question 2: 2 of the 9 "
                       "offenders referred to in question 1.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (9, False)
    assert _by_status(reply) == {"wanted": 7, "believed_abroad": 2}


def test_a_grid_of_financial_years_by_month_dates_each_cell_in_its_calendar_year() -> None:
    """'2014/15' under 'Apr ... Mar': April to December of 2014, January to March of 2015."""
    reply = _csv_reply("RSOs wanted (whereabouts unknown) by month first wanted\nFinancial years run from April to March.\n\n"
                       "Financial year,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Jan,Feb,Mar,Total\n"
                       "2012/13,,,,,,,,,,1,,,1\n2013/14,1,,,,,,,,,,1,,2\nTotal,1,,,,,,,,,1,1,,3\n")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2013-01", "2013-04", "2014-02"]


def test_a_nil_said_plainly_under_the_request_and_under_a_wrapped_quoted_question_is_a_nil_return() -> None:
    plain = parse_text(HEAD + "You asked how many registered sex offenders are currently wanted because their whereabouts "
                       "are unknown.\nResponse\nKent Police can confirm that there are none at this time.\n" + TAIL)
    wrapped = parse_text(HEAD + '"How many registered sex offenders in your force area are currently wanted\nbecause their '
                         'whereabouts are unknown? For each, please give the date since\nwhich they have been wanted or '
                         'missing."\nAnswer: nil (0) as at 7 February 2015.\n' + TAIL)
    for reply in (plain, wrapped):
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_a_pivots_count_of_a_reference_counts_rows_and_an_outline_of_years_and_months_dates_the_months() -> None:
    """'Count of Ref' beside 'Row Labels' is the pivot's count, not a column of references; grouped by years and
    months in outline form, a year's row is the subtotal of the months under it."""
    counted = _csv_reply("Row Labels,Count of Ref\n2008,1\n2012,2\n2016,3\nGrand Total,6\n")
    assert (counted.missing, counted.needs_review) == (6, False)
    assert sorted((e.since, e.count_low) for e in counted.entries) == [("2008", 1), ("2012", 2), ("2016", 3)]
    outline = _csv_reply("Row Labels,Count of Ref\n2009,2\nMar,1\nJul,1\n2015,3\nFeb,1\nSep,2\nGrand Total,5\n")
    assert (outline.missing, outline.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in outline.entries) == [
        ("2009-03", 1), ("2009-07", 1), ("2015-02", 1), ("2015-09", 2)]
    uneven = _csv_reply("Row Labels,Count of Ref\n2009,3\nMar,1\nJul,1\nGrand Total,3\n")
    assert uneven.needs_review and "do not add up" in uneven.review_reason


def test_a_sheet_titled_for_two_forces_with_a_force_column_gives_each_its_reply_however_little_each_scores() -> None:
    sheet = ("Warwickshire Police and West Mercia Police - Strategic Alliance\n"
             "Freedom of Information Request 004412/19 - RSOs wanted, whereabouts unknown, as at 10/06/2019\n\n"
             "Force,Ref,Date wanted\nWest Mercia,WM1,06/06/2013\nWarwickshire,WA1,11/11/2014\nWest Mercia,WM2,14/09/2016\n"
             "Warwickshire,WA2,26/02/2017\nWest Mercia,WM3,01/03/2019\n")
    assert _each_force(sheet, "joint data.csv") == [("Warwickshire Police", 2, False), ("West Mercia Police", 3, False)]


def test_a_sentence_ending_in_its_number_and_a_statute_and_its_year_are_not_labelled_counts() -> None:
    """'Freedom of Information (Scotland) Act 2002' over 'I can confirm the answer is 14.' is no table of a label
    '2002' and its count 14."""
    reply = parse_text(HEAD + "Freedom of Information (Scotland) Act 2002\n\nI can confirm the answer is 14.\n\nThe dates "
                       "are exempt under section 38(1)(b) of the Act.\n" + TAIL)
    assert not any(e.since == "2002" for e in reply.entries)


def test_figures_said_to_have_been_found_or_left_out_of_the_figures_are_not_counted() -> None:
    found = parse_text(HEAD + "None. (We did have 2 registered sex offenders wanted last year, both since located.)\n" + TAIL)
    assert found.missing != 2
    apart = parse_text(HEAD + "As at 1 February 2015, 11 registered sex offenders are wanted because their whereabouts are "
                       "unknown. Two other RSOs are known to be living abroad with the knowledge of their offender "
                       "managers and are not included in that figure.\n" + TAIL)
    assert (apart.missing, apart.needs_review) == (11, False)
    assert _by_status(apart) == {"wanted": 11}


def test_a_question_restated_after_you_asked_is_answered_by_a_bare_nil_under_it() -> None:
    reply = parse_text(HEAD + "You asked: How many registered sex offenders in your force area are\ncurrently wanted because "
                       "their whereabouts are unknown, and since when has\neach of them been missing?\nNil.\n" + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_each_of_a_number_of_records_searched_since_a_year_is_no_person_dated() -> None:
    reply = parse_text(HEAD + "Complying with your request would exceed the appropriate limit of £450 (18 hours of work). "
                       "Section 12(1) of the Act therefore applies. To answer, staff would need to examine the history of "
                       "each of more than 1,500 ViSOR records held since 2010.\n" + TAIL)
    assert (reply.status, reply.missing, reply.entries) == ("refused", None, ())


def test_a_line_of_years_over_a_line_of_counts_with_dashes_for_none_is_read_as_a_grid() -> None:
    reply = parse_text(HEAD + "Figures as at 9 February 2015:\n\nYear went missing   2008  2009  2010  2011  2012  2013   Total\n"
                       "Number of RSOs         1     -     1     -     2     1       5\n\nThe figures are dynamic.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2008", 1), ("2010", 1), ("2012", 2), ("2013", 1)]


def test_a_dash_in_a_column_of_counts_is_none_when_a_total_bears_it_out_and_queried_when_none_does() -> None:
    totalled = _csv_reply("Year went missing,Whereabouts unknown (in UK),Believed outside UK,Total\n2018,1,1,2\n2020,2,-,2\n"
                          "2021,1,2,3\nTotal,4,3,7\n")
    assert (totalled.missing, totalled.needs_review) == (7, False)
    assert _by_status(totalled) == {"wanted": 4, "believed_abroad": 3}
    untotalled = _csv_reply("Year,Number wanted\n2012,2\n2013,-\n2014,1\n")
    assert untotalled.missing == 3 and untotalled.needs_review and "read as none" in untotalled.review_reason


def test_a_list_under_a_lead_saying_it_dates_all_of_them_is_checked_against_the_total() -> None:
    short = parse_text(HEAD + "As at 2 February 2015, a total of twelve registered sex offenders are recorded as wanted "
                       "because their whereabouts are unknown. The years in which they went missing are:\n* 2009 - 2\n"
                       "* 2011 - 3\n* 2012 - 1\n* 2013 - 2\n* 2014 - 3\n" + TAIL)
    assert short.needs_review and "less than the stated total 12" in short.review_reason


def test_a_quarter_so_far_is_dated_as_the_quarter() -> None:
    reply = parse_text(HEAD + "As at 9 February 2015, 3 registered sex offenders were wanted because their whereabouts are "
                       "unknown. Our system reports the date they were circulated by quarter:\nQuarter 3 2014: 2\n"
                       "Quarter 1 2015 (to 9 February): 1\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2014-07", "2015-01"]


def test_figures_the_letter_says_may_overlap_or_mix_known_whereabouts_are_queried() -> None:
    overlap = parse_text(HEAD + "As at 2 February 2015, 6 registered sex offenders are circulated as wanted on the Police "
                         "National Computer, and 4 are recorded on ViSOR as missing. The two systems are not linked and "
                         "some offenders may appear in both categories.\n" + TAIL)
    assert overlap.needs_review and "overlap" in overlap.review_reason
    mixed = parse_text(HEAD + "As at 2 February 2015 Kent Police has 73 registered sex offenders circulated as wanted. In "
                       "addition, 21 are recorded on ViSOR as 'believed abroad'; this category includes both offenders "
                       "whose location abroad is known and those whose location is not.\n" + TAIL)
    assert mixed.needs_review and "how many of them are missing" in mixed.review_reason


def test_a_column_of_those_known_to_be_abroad_and_in_contact_is_not_counted() -> None:
    reply = _csv_reply("Year,Wanted,Believed abroad (whereabouts unknown),Known to be abroad (in contact),Deceased\n"
                       "2017,1,0,1,0\n2019,1,1,0,1\n2021,2,0,2,0\n")
    assert reply.missing == 5
    assert _by_status(reply) == {"wanted": 4, "believed_abroad": 1}


def test_years_grouped_together_in_a_list_by_year_count_undated() -> None:
    reply = parse_text(HEAD + "As at 5 February 2015 eleven RSOs were recorded as wanted because their whereabouts are "
                       "unknown. They went missing as follows:\n• 2008 or earlier – 3\n• 2009–2011 – 4\n• 2012 – 1\n"
                       "• 2013 – 2\n• 2014 – 1\nEarlier years are grouped to avoid identifying individuals.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (11, False)
    assert sorted((e.since or "", e.count_low) for e in reply.entries) == [
        ("", 3), ("", 4), ("2012", 1), ("2013", 2), ("2014", 1)]
    # (each group cites its own line, not the total's sentence)
    assert [e.text.strip("• .") for e in reply.entries if e.since is None] == ["2008 or earlier – 3", "2009–2011 – 4"]


def test_a_word_table_split_by_a_note_goes_on_in_the_next_table_without_a_heading() -> None:
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("Kent Police\nOur reference: KP/FOI/15/0001\n10 February 2015\nPlease see the table below, which is "
                       "correct as at 2 February 2015.")
    for rows in ([("No.", "Offence category", "Whereabouts unknown since"), ("1", "Sexual assault", "2 September 2009"),
                  ("2", "Rape", "7 March 2010")], [("3", "Indecent exposure", "21 April 2014"), ("4", "Voyeurism", "9 June 2014")]):
        table = word.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        word.add_paragraph("Continued overleaf." if rows[0][0] == "No." else "Four registered sex offenders in all.")
    out = io.BytesIO()
    word.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.docx"))
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted(e.since for e in reply.entries) == ["2009-09-02", "2010-03-07", "2014-04-21", "2014-06-09"]


def test_the_column_the_letter_says_dates_them_is_the_one_read() -> None:
    rows = [("Ref", "Date last seen", "Date circulated", "Date of last notification"),
            ("K1", "19/04/2012", "05/06/2012", "10/03/2012"), ("K2", "07/05/2013", "24/06/2013", "10/07/2012")]
    answer = ("Two registered sex offenders were wanted because their whereabouts were unknown on 2 February 2015. We "
              "treat each as missing from the date on which they were last seen, given in the column 'Date last seen'.")
    said = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0001", "10 February 2015", answer], rows)
    assert sorted(e.since for e in said.entries) == ["2012-04-19", "2013-05-07"]


def test_quarters_with_two_digit_years_date_their_rows_under_a_heading_abbreviating_whereabouts_unknown() -> None:
    reply = _csv_reply("Quarter WU,No.\nQ1 15,1\nQ2 16,2\nQ4 17,1\nTotal,4\n")
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted((e.since, e.since_latest) for e in reply.entries) == [
        ("2015-01", "2015-03-31"), ("2016-04", "2016-06-30"), ("2017-10", "2017-12-31")]


def test_a_month_column_saying_some_months_are_not_known_still_gives_the_others() -> None:
    rows = [("Ref", "Date first wanted (PNC)", "Date first wanted (PNC)"), ("", "Month", "Year"), ("K1", "March", "2012"),
            ("K2", "-", "2013"), ("K3", "Not known", "2011"), ("K4", "January", "2014")]
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0001", "10 February 2015"], rows)
    assert (reply.missing, reply.needs_review) == (4, False)
    assert sorted(e.since for e in reply.entries) == ["2011", "2012-03", "2013", "2014-01"]


def test_a_bilingual_status_heading_and_cells_give_each_persons_status() -> None:
    reply = _csv_reply("Cyf Ref,Dyddiad yn eisiau Date wanted,Statws Status\nG1,26/12/2012,Tramor / Abroad\n"
                       "G2,07/06/2013,Eisiau / Wanted\n")
    assert _by_status(reply) == {"believed_abroad": 1, "wanted": 1}


def test_a_joint_replys_figure_read_for_both_forces_from_the_same_words_is_queried() -> None:
    """'... Surrey Police currently has five ... wanted because their' / 'whereabouts are unknown, and Sussex Police has
    seven.' over a table with a row for each force: the shared sentence gave five to both."""
    replies = _pdf_replies([
        "Surrey Police and Sussex Police<br/>Joint Information Management Unit<br/>Our ref: 1102/2018<br/>4 October 2018",
        "Dear Mr Hartley,",
        ("Your request was sent to both Surrey Police and Sussex Police, and as the forces share an information management "
         "unit we have answered for both in this letter."),
        [["Force", "RSOs managed", "Home visits 2017/18"], ["Surrey Police", "1,103", "2,640"], ["Sussex Police", "1,712", "3,918"]],
        ("As at 1 October 2018, Surrey Police currently has five registered sex offenders wanted because their whereabouts "
         "are unknown, and Sussex Police has seven."),
        "Yours sincerely<br/>Information Access Officer<br/>Surrey Police and Sussex Police",
    ])
    assert not any(r.missing == 5 and not r.needs_review for r in replies if r.force == "Sussex Police")


def test_a_sheets_title_row_saying_each_figure_is_a_position_on_a_day_each_year_makes_them_snapshots() -> None:
    reply = _workbook({"Trend": [["Kent Police FOI 0877/14"], ["RSOs wanted - whereabouts unknown, position at 31 March each year"],
                                 [], ["Year", "Wanted - whereabouts unknown", "RSOs managed"], [2012, 39, 3480], [2013, 35, 3561],
                                 [2014, 33, 3702]]})
    assert reply.needs_review and "snapshots" in reply.review_reason


def test_a_figure_of_offenders_who_may_be_sexual_or_violent_is_queried() -> None:
    reply = parse_text(HEAD + "Kent Police records whereabouts-unknown cases only for offenders managed at MAPPA levels 2 "
                       "and 3, who may be sexual or violent offenders. Of the 42 offenders managed at levels 2 and 3, one "
                       "is currently wanted because their whereabouts are unknown.\n" + TAIL)
    assert reply.needs_review and "violent offenders too" in reply.review_reason


def test_on_a_page_of_several_requests_the_answers_to_those_not_about_sex_offenders_are_not_read() -> None:
    page = parse_text("Kent Police\nDisclosure log - June 2023\nKP-2023-1180 - People wanted on the Police National Computer\n"
                      "Request: How many people are currently shown as wanted on the PNC by Kent Police?\nAs at 1 June 2023, "
                      "312 people were circulated as wanted on the Police National Computer by Kent Police.\nKP-2023-1187 - "
                      "Registered sex offenders whose whereabouts are unknown\nRequest: How many registered sex offenders "
                      "in your force area are currently wanted because their whereabouts are unknown?\nKent Police is "
                      "withholding this information under section 31(1)(a) and (b) and section 40(2).\n")
    assert (page.status, page.missing) == ("refused", None)


def test_the_one_said_to_have_been_found_is_not_dated_as_missing() -> None:
    for said in ("The individual located was the one first circulated in 2015; the other years are unchanged.",
                 "The person who has since been located was first circulated in 2015."):
        reply = parse_text(HEAD + "Further to our reply of 3 February, the figure should have read 4, not 5, registered "
                           "sex offenders wanted because their whereabouts are unknown. " + said + TAIL)
        assert reply.missing == 4 and "2015" not in [e.since for e in reply.entries], said


def test_a_tick_inserted_as_a_word_symbol_marks_the_person_abroad() -> None:
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    word.add_paragraph("Kent Police\nOur reference: KP/FOI/15/0001\n10 February 2015\nAs at 2 February 2015, three "
                       "registered sex offenders were wanted because their whereabouts are unknown.")
    rows = [("Ref", "Month wanted", "Believed abroad"), ("K1", "March 2012", "tick"), ("K2", "October 2013", ""),
            ("K3", "July 2014", "")]
    table = word.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == "tick":
                sym = OxmlElement("w:sym")
                sym.set(qn("w:font"), "Wingdings")
                sym.set(qn("w:char"), "F0FC")
                table.cell(r, c).paragraphs[0].add_run()._r.append(sym)
            else:
                table.cell(r, c).text = text
    out = io.BytesIO()
    word.save(out)
    reply = parse_document(read_document(out.getvalue(), "kent.docx"))
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [
        ("2012-03", "believed_abroad"), ("2013-10", "wanted"), ("2014-07", "wanted")]


def test_a_refusal_over_a_list_its_lead_says_is_of_the_missing_is_queried() -> None:
    """A list no layout reads ("G001 15 April UK" under "2017"), led by a line about the missing, beside a refusal of the
    people's details: the answer may be the list."""
    reply = parse_text(HEAD + "Registered sex offenders recorded as wanted because their whereabouts were unknown, grouped by "
                       "the year in which each was circulated:\nRef Date wanted Believed location\n2012\nG001 15 April UK\n"
                       "G002 22 October Abroad\n2013\nG003 2 December UK\nNames and dates of birth are exempt under section "
                       "40(2).\n" + TAIL)
    assert reply.needs_review and "leads a list that was not read" in reply.review_reason


def test_the_earliest_and_latest_dates_with_the_number_refused_are_no_count() -> None:
    reply = parse_text(HEAD + "We will not disclose how many registered sex offenders are wanted because their whereabouts "
                       "are unknown: that is refused under section 40(2). What we can say is that the earliest of the "
                       "outstanding cases dates from 2007 and the most recent from 2014.\n" + TAIL)
    assert reply.needs_review and "not how many there are" in reply.review_reason


def test_figures_given_roughly_or_rounded_or_as_negligible_are_queried() -> None:
    for said in ("Of these, roughly 20 were recorded as wanted on 26 January 2015 because their whereabouts were not known.",
                 "The number of registered sex offenders wanted because their whereabouts are unknown is nil or negligible.",
                 ("All figures in this response are rounded to the nearest five. The number of registered sex offenders "
                  "wanted because their whereabouts are unknown was 10.")):
        reply = parse_text(HEAD + said + TAIL)
        assert reply.needs_review and "roughly" in reply.review_reason, said


def test_a_breakdown_below_whose_total_differs_from_the_figure_is_queried() -> None:
    rows = [("Division", "Number"), ("East", "3"), ("North", "2"), ("West", "3"), ("Total", "8")]
    answer = ("There are 9 registered sex offenders recorded as wanted because their whereabouts are unknown (as at 1 "
              "February 2015). A breakdown by division is provided below.")
    reply = _word_reply(["Kent Police", "Our reference: KP/FOI/15/0001", "10 February 2015", answer], rows)
    assert reply.needs_review and "'Total | 8' and the figure read (9) differ" in reply.review_reason


def test_an_answer_listing_years_wrapped_onto_the_next_line_is_read() -> None:
    reply = parse_text(HEAD + "Q1. How many registered sex offenders (RSOs) in your force area are currently wanted because\n"
                       "their whereabouts are unknown?\nA1. 5\nQ2. For each of them, on what date were they first recorded "
                       "as wanted?\nA2. We are able to give the year: 2010 (1), 2012 (2) and 2014\n(2).\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (5, False)
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2010", 1), ("2012", 2), ("2014", 2)]


def test_missing_not_yet_circulated_as_wanted_is_missing() -> None:
    reply = _csv_reply("Category,Number\nWanted - whereabouts unknown,6\nMissing - not yet circulated as wanted,2\n"
                       "Total whereabouts unknown,8\n")
    assert _by_status(reply) == {"wanted": 6, "missing": 2}


def test_a_joint_letters_table_of_rows_by_force_under_one_forces_line_gives_each_force_its_rows() -> None:
    replies = _pdf_replies([
        "Norfolk and Suffolk Constabularies<br/>Joint Information Management Department<br/>FOI 003311/14",
        "Dear Requester",
        ("Norfolk Constabulary has 3 registered sex offenders currently wanted because their whereabouts are unknown; "
         "Suffolk Constabulary has 2."),
        [["Force", "Year first wanted", "Number"], ["Norfolk", "2010", "1"], ["Norfolk", "2012", "1"], ["Norfolk", "2014", "1"],
         ["Suffolk", "2011", "1"], ["Suffolk", "2013", "1"]],
        "Yours sincerely<br/>Norfolk and Suffolk Constabularies",
    ])
    assert sorted((r.force, sorted(e.since for e in r.entries)) for r in replies) == [
        ("Norfolk Constabulary", ["2010", "2012", "2014"]), ("Suffolk Constabulary", ["2011", "2013"])]


def test_being_sought_is_the_total_and_those_abroad_of_these_are_a_part_of_it() -> None:
    reply = parse_text(HEAD + "As at 2 February 2015, eleven registered sex offenders were being sought by Kent Police "
                       "because their whereabouts are unknown. Of these eleven, three are believed to be outwith the "
                       "United Kingdom.\n" + TAIL)
    assert reply.missing == 11
    assert _by_status(reply) == {"wanted": 8, "believed_abroad": 3}


def test_items_dated_on_a_day_or_with_a_hedge_under_a_lead_saying_when_they_went_missing() -> None:
    listed = parse_text(HEAD + "As at 2 February 2015 there were three registered sex offenders recorded as wanted because "
                        "their whereabouts are unknown. They went missing as follows:\n- one in November 2009\n"
                        "- one on 14 August 2013\n- one in December 2013\n" + TAIL)
    assert sorted(e.since for e in listed.entries) == ["2009-11", "2013-08-14", "2013-12"]
    short = parse_text(HEAD + "As at 2 February 2015 there were four registered sex offenders recorded as wanted because "
                       "their whereabouts are unknown. They went missing as follows:\n- one in November 2009\n"
                       "- one in December 2013\n" + TAIL)
    assert short.needs_review and "less than the stated total 4" in short.review_reason
    hedged = parse_text(HEAD + "As at 2 February 2015 there were two registered sex offenders recorded as wanted because "
                        "their whereabouts are unknown. The first went missing on or about 14 June 2012; the second in or "
                        "around November 2013.\n" + TAIL)
    assert sorted(e.since for e in hedged.entries) == ["2012-06-14", "2013-11"]


def test_a_list_led_by_a_line_about_something_else_leaves_a_refusal_alone() -> None:
    reply = parse_text(HEAD + "We can give you the following figures as at 31 January 2015:\n- Registered sex offenders "
                       "managed in the community: 1,284\n- Of these, in custody or detained: 212\n- Subject to a Sexual Harm "
                       "Prevention Order: 395\nThe number of registered sex offenders whose whereabouts are unknown is "
                       "withheld under section 31(1)(a) and (b).\n" + TAIL)
    assert (reply.status, reply.needs_review) == ("refused", False)


def test_a_refusal_giving_the_figure_as_a_bound_or_as_what_a_search_returned_is_queried() -> None:
    bound = ("As at 1 February 2015 there were over 30 registered sex offenders recorded as wanted because their "
             "whereabouts are unknown. We have not given an exact number: it is exempt under section 31(1)(a).")
    searched = ("Section 12(1) applies to your request. Section 16 advice: a quick search of the ViSOR whereabouts "
                "unknown indicator was made on 2 February 2015. It returned 14 records.")
    for said in (bound, searched):
        reply = parse_text(HEAD + said + TAIL)
        assert reply.status == "refused" and reply.needs_review, said
    caseload = parse_text(HEAD + "Confirming or denying whether any offender is currently outstanding would undermine the "
                          "work of the team, which manages more than 1,500 offenders. Kent Police therefore neither "
                          "confirms nor denies that it holds the information, by virtue of section 31(3).\n" + TAIL)
    assert (caseload.status, caseload.needs_review) == ("ncnd", False)


def test_an_earlier_figure_said_to_remain_the_position_is_the_answer() -> None:
    reply = parse_text(HEAD + "In line with section 14(2) of the Act we are not obliged to deal with a repeated request. "
                       "For completeness, our earlier answer was that six registered sex offenders were wanted as at 4 "
                       "January 2015, and that remains the position.\n" + TAIL)
    assert reply.missing == 6


def test_a_day_with_its_weekday_or_its_time_dates_the_person_it_is_said_of() -> None:
    weekdays = parse_text(HEAD + "Three registered sex offenders are wanted because their whereabouts are unknown. The first "
                          "was circulated as wanted on Tuesday 14 June 2011; the second on Friday 3 October 2014; and the "
                          "third on Monday 1 December 2014.\n" + TAIL)
    assert sorted(e.since for e in weekdays.entries) == ["2011-06-14", "2014-10-03", "2014-12-01"]
    timed = parse_text(HEAD + "Two registered sex offenders are currently wanted because their whereabouts are unknown.\n"
                       "The date and time at which each was circulated on the Police National Computer:\n"
                       "1. 14/06/2011 09:32\n2. 25/12/2014 23:58\n" + TAIL)
    assert sorted(e.since for e in timed.entries) == ["2011-06-14", "2014-12-25"]
    ordinal = parse_text(HEAD + "Five registered sex offenders are wanted. The first of these was recorded as wanted on 3rd "
                         "April 2009; the other four in 2013.\n" + TAIL)
    assert sorted((e.since, e.count_low) for e in ordinal.entries) == [("2009-04-03", 1), ("2013", 4)]


def test_quarters_listed_with_their_figures_are_answers_not_questions() -> None:
    reply = parse_text(HEAD + "Four registered sex offenders were wanted.\n\nThe quarter in which each was circulated:\n\n"
                       "Q3 2013 - 2\nQ1 2014 - 1\nQ3 2014 - 1\n" + TAIL)
    assert sorted((e.since, e.since_latest, e.count_low) for e in reply.entries) == [
        ("2013-07", "2013-09-30", 2), ("2014-01", "2014-03-31", 1), ("2014-07", "2014-09-30", 1)]


def test_a_year_cut_short_after_an_abbreviated_month_stays_in_its_sentence() -> None:
    reply = parse_text(HEAD + "Kent Police currently has three registered sex offenders wanted because their whereabouts are "
                       "unknown. They have been wanted since 14th Feb. 2010, Sept 2013 and Oct. '14 respectively.\n" + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2010-02-14", "2013-09", "2014-10"]


def test_a_day_of_this_year_is_dated_by_the_letter() -> None:
    reply = parse_text(HEAD + "There are two registered sex offenders wanted because their whereabouts are unknown: one has "
                       "been wanted since 29th February 2012 and the other since 1st February this year.\n" + TAIL)
    assert sorted(e.since for e in reply.entries) == ["2012-02-29", "2015-02-01"]


def test_a_gerund_ncnd_and_a_list_of_sections_with_their_titles() -> None:
    reply = parse_text(HEAD + "Kent Police is neither confirming nor denying that it holds information relevant to your "
                       "request, by virtue of sections 23(5) (information supplied by or concerning certain security "
                       "bodies), 31(3) (law enforcement) and 40(5) (personal information) of the Act.\n" + TAIL)
    assert (reply.status, list(reply.exemptions)) == ("ncnd", ["s23", "s31", "s40"])
    duty = parse_text(HEAD + "Kent Police can neither confirm nor deny that it holds any information relevant to this request, "
                      "as the duty in section 1(1)(a) of the Act does not apply by virtue of section 31(3) (law enforcement) "
                      "and section 40(5) (personal information).\n" + TAIL)
    assert (duty.status, list(duty.exemptions)) == ("ncnd", ["s31", "s40"])


def test_one_refusal_under_a_title_naming_two_forces_is_each_forces() -> None:
    letter = ("West Mercia Police | Warwickshire Police\nWorking in alliance\nReference: 0994/22\nDate: 29 September 2022\n"
              "Dear Requester\nYour request to West Mercia Police and Warwickshire Police: how many registered sex offenders "
              "are wanted because their whereabouts are unknown?\nBoth forces hold information within the scope of your request. It is, however, exempt under section "
              "31(1)(a)(b) and section 40(2), and is not provided for either force.\nYours sincerely\n"
              "Information Compliance Unit\nWest Mercia Police & Warwickshire Police\n")
    replies = parse_replies(read_document(letter.encode(), "reply.txt"))
    assert sorted((r.force, r.status, r.needs_review) for r in replies) == [
        ("Warwickshire Police", "refused", False), ("West Mercia Police", "refused", False)]


def test_a_part_of_the_missing_recorded_as_being_abroad_is_believed_abroad() -> None:
    reply = parse_text(HEAD + "As at 5 February 2015, 12 RSOs are wanted as their whereabouts are unknown. Of these, 3 are "
                       "recorded as being outside the UK.\n" + TAIL)
    assert _by_status(reply) == {"wanted": 9, "believed_abroad": 3}


def test_people_said_to_have_all_since_been_located_are_found() -> None:
    from foi_tally.layouts.prose import _located_after

    assert _located_after(" RSOs reported in our reply to FOI 2014/0199 have all since been located.")
    assert _located_after(" offenders have both now been traced")
    assert not _located_after(" offenders have all yet to be located")


def test_offence_types_withheld_beside_lettered_answers_is_a_part_withheld() -> None:
    reply = parse_text(HEAD + "We have lettered your questions (a) to (f) in the order you asked them.\n(a) 733.\n(b) two.\n"
                       "(c) August 2013 and March 2014.\n(e) MAPPA level 1; offence types withheld (section 40(2)).\n"
                       "(f) three.\n" + TAIL)
    assert reply.needs_review and "withholds only part" in reply.review_reason


def _sheets(named: dict[str, list[list[str]]], name: str = "psni.xlsx"):  # type: ignore[no-untyped-def]
    import io

    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in named.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return parse_document(read_document(out.getvalue(), name))


def test_a_sheet_of_people_reported_missing_is_not_passed_over() -> None:
    reply = _sheets({
        "Wanted": [["PSNI FOI-2015-0101 - RSOs circulated as wanted (whereabouts unknown)"], [],
                   ["Ref", "Date of Circulation", "District"], ["PW1", "06/06/2012", "Belfast City"],
                   ["PW2", "18/02/2014", "Derry City & Strabane"]],
        "Missing": [["PSNI FOI-2015-0101 - RSOs reported missing"], [], ["Ref", "Date Reported", "District"],
                    ["PM1", "25/09/2014", "Newry, Mourne & Down"]],
    })
    assert reply.needs_review or reply.missing == 3


def test_an_intelligence_column_placing_someone_in_a_country_abroad_places_them_abroad() -> None:
    reply = _sheets({"FOI": [["Bedfordshire Police - FOI 2015-0045"], [], ["Case No", "Wanted Since", "Current intelligence"],
                             ["BED-1", "04/07/2011", "No current intelligence"],
                             ["BED-2", "19/02/2014", "Thought to have travelled to Poland"]]}, "beds.xlsx")
    assert (reply.missing, _statuses(reply)) == (2, [("believed_abroad", 1), ("wanted", 1)])
    # a note that places them abroad in less plain words is queried, not read
    reply = _sheets({"FOI": [["Bedfordshire Police - FOI 2015-0045"], [], ["Case No", "Wanted Since", "Current intelligence"],
                             ["BED-1", "04/07/2011", "No current intelligence"],
                             ["BED-2", "19/02/2014", "May have travelled to Poland"]]}, "beds.xlsx")
    assert reply.needs_review and "Poland" in reply.review_reason


def test_exemptions_listed_as_bullets_under_a_lead_are_each_applied() -> None:
    reply = parse_text(HEAD + "Kent Police has decided to withhold the information you have requested, relying on the "
                       "following exemptions:\n* Section 38(1)(a)(b) - Health and Safety.\n* Section 40(2) - Personal "
                       "Information.\n" + TAIL)
    assert (reply.status, list(reply.exemptions)) == ("refused", ["s38", "s40"])


def test_the_circulating_force_for_one_offender_counts_that_offender() -> None:
    reply = parse_text(HEAD + "A search conducted on 7 February 2015 found that Kent Police is the circulating force for one "
                       "registered sex offender who is wanted because their whereabouts are unknown. This person was "
                       "circulated in March 2013.\n" + TAIL)
    assert (reply.missing, [e.since for e in reply.entries]) == (1, ["2013-03"])


def test_a_table_in_a_forwarded_answer_is_read() -> None:
    mail = ("From: Colleague <a@newsdesk.example>\nTo: Reporter <b@newsdesk.example>\nSubject: FW: FOI 2015/0120 - response\n"
            "Date: Wed, 11 Feb 2015 12:30:00 +0000\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
            "Forwarding the Kent one.\n\n-----Original Message-----\nFrom: Kent Police FOI <foi@kent.police.uk>\n"
            "Sent: 10 February 2015 11:02\nTo: Reporter <b@newsdesk.example>\nSubject: FOI 2015/0120 - response\n\n"
            "Dear Requester\n\nAs at 3 February 2015 Kent Police had the following registered sex offenders circulated as "
            "wanted whose whereabouts are unknown, shown by risk level:\n\n  Risk level     Number\n  Very high      0\n"
            "  High           1\n  Medium         2\n  Low            3\n  Total          6\n\nYours sincerely\n"
            "Freedom of Information Office\nKent Police\n")
    reply = parse_document(read_document(mail.encode(), "FW_ FOI 2015-0120.eml"))
    assert (reply.force, reply.missing, reply.needs_review) == ("Kent Police", 6, False)


def test_welsh_items_first_recorded_as_wanted_agree_with_the_english() -> None:
    reply = parse_text("Heddlu Gwent Police\nRef: FOI 2015/041\n10 February 2015\nDear Requester\n"
                       "Two registered sex offenders are currently wanted by Gwent Police because their whereabouts are "
                       "unknown. One was first recorded as wanted in March 2013 and the other in October 2014.\n"
                       "Mae dau droseddwr rhyw cofrestredig yn eisiau ar hyn o bryd gan Heddlu Gwent am nad yw'n hysbys ble "
                       "maent. Cofnodwyd un yn eisiau gyntaf ym mis Mawrth 2013 a'r llall ym mis Hydref 2014.\n"
                       "Yours sincerely\nFreedom of Information Officer\nGwent Police\n")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2013-03", "2014-10"]


def test_a_figure_abroad_joined_to_the_total_or_listed_beside_it_is_queried() -> None:
    joined = parse_text(HEAD + "On 4 February 2015 four registered sex offenders were wanted because their whereabouts are "
                        "unknown, and two were believed to have gone abroad without notifying us; their location is not "
                        "known.\n" + TAIL)
    listed = parse_text(HEAD + "As at 4 February 2015, 17 registered sex offenders were not residing at their registered "
                        "address. Their circumstances are as follows:\n- 6 are wanted because their whereabouts are unknown;"
                        "\n- 2 are believed to have travelled abroad and their present location is not known;\n- 4 are in "
                        "custody abroad (their whereabouts are known to us).\n" + TAIL)
    for reply in (joined, listed):
        assert reply.needs_review and "among them or besides them" in reply.review_reason
    split = parse_text(HEAD + "Eight registered sex offenders are currently wanted because their whereabouts are unknown: six "
                       "are thought to be in the UK at an unknown address and two are believed to be living abroad.\n" + TAIL)
    assert (split.needs_review, _by_status(split)) == (False, {"wanted": 6, "believed_abroad": 2})


def test_a_current_or_corrected_figure_said_of_the_figure_is_queried() -> None:
    today = parse_text(HEAD + "On that date (7 January 2015), the number of registered sex offenders wanted by Kent Police "
                       "because their whereabouts were unknown was 7. For your information, the figure today (9 February "
                       "2015) is 6.\n" + TAIL)
    typo = parse_text(HEAD + 'Paragraph 2 of our response read: "As at 7 January 2015 there were fourteen registered sex '
                      'offenders wanted by Kent Police because their whereabouts are unknown." This was a typing error. It '
                      'should have read "four", not "fourteen".\n' + TAIL)
    for reply in (today, typo):
        assert reply.needs_review and "later or corrected figure" in reply.review_reason
    same = parse_text(HEAD + "As at 7 January 2015 there were 7 registered sex offenders wanted because their whereabouts "
                      "are unknown. The figure today is 7.\n" + TAIL)
    assert (same.missing, same.needs_review) == (7, False)


def test_a_national_survey_across_forces_quoted_beside_a_refusal_is_not_the_answer() -> None:
    reply = parse_text("Police Service of Northern Ireland\nFreedom of Information Unit\nRef: F-2015-00101\n10 February 2015\n"
                       "Dear Requester\nThe PSNI has decided to withhold that information in full under section 31(1)(a) "
                       "and (b) and section 40(2) of the Act.\nThe 2014 national survey found 396 RSOs missing across 39 "
                       "forces.\nYours sincerely\nDisclosure Officer\nPolice Service of Northern Ireland\n")
    assert reply.missing is None


def test_both_dated_after_a_semicolon_dates_the_whole_figure() -> None:
    reply = parse_text(HEAD + "We currently have two registered sex offenders wanted because their whereabouts are unknown; "
                       "both were circulated as wanted in 2013.\n" + TAIL)
    assert [(e.since, e.count_low) for e in reply.entries] == [("2013", 2)]


def test_the_original_request_restated_under_its_heading_is_the_request() -> None:
    from foi_tally.layouts.common import _REQUEST_START

    for heading in ("Your original request", "Your initial request:", "Your request"):
        assert _REQUEST_START.match(heading), heading


def test_a_category_column_naming_wanted_and_missing_keeps_them_apart() -> None:
    reply = _word_reply([*HEAD.splitlines(), "Four registered sex offenders are wanted or missing:"],
                        [("Ref", "Date", "Category (Wanted / Missing)"), ("1", "02/10/2013", "Wanted"),
                         ("2", "19/05/2014", "Missing"), ("3", "23/01/2014", "Wanted")])
    assert _statuses(reply) == [("missing", 1), ("wanted", 1), ("wanted", 1)]


def test_people_whose_whereabouts_are_known_are_not_counted() -> None:
    table = _word_reply([*HEAD.splitlines(), "The registered sex offenders not at their registered address:"],
                        [("Ref", "Status since", "Status"), ("1", "Apr 2011", "Wanted - whereabouts unknown"),
                         ("2", "Jan 2014", "Breach - whereabouts known"), ("3", "Jul 2013", "No fixed abode - in contact with OM"),
                         ("4", "Nov 2013", "Missing"), ("5", "Dec 2014", "In hospital (detained, Mental Health Act)")])
    assert (table.missing, sorted(e.since for e in table.entries)) == (2, ["2011-04", "2013-11"])
    labelled = parse_text(HEAD + "Registered sex offenders in breach of notification requirements on 4 February 2015:\n"
                          "Breach of notification requirements but whereabouts known: 9.\n"
                          "Whereabouts unknown (wanted or missing): 0.\n" + TAIL)
    assert labelled.missing != 9


def _entries(reply) -> list[tuple[str | None, str, int]]:  # type: ignore[no-untyped-def]
    """The reply's entries as (since, status, count), sorted."""
    return sorted(((e.since, e.status, e.count_low) for e in reply.entries), key=str)


def test_category_lines_with_their_dates_count_only_the_missing_categories() -> None:
    reply = parse_text(HEAD + "The position on 4 January 2015 was as follows.\n"
                       "\u2022 Wanted (whereabouts unknown): 2 - since 12 June 2014 and 3 October 2012.\n"
                       "\u2022 Missing: 1 - since 28 January 2014.\n"
                       "\u2022 In custody abroad: 1 - since 9 May 2013 (serving a sentence in Spain).\n"
                       "\u2022 Deported: 1 - removed on 14 February 2013.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _entries(reply) == [("2012-10-03", "wanted", 1), ("2014-01-28", "missing", 1), ("2014-06-12", "wanted", 1)]
    bracketed = parse_text(HEAD + "Registered sex offenders not at their registered address, 4 January 2015:\n"
                           "* Wanted - whereabouts unknown: 2 (circulated 2012 and 2014)\n"
                           "* In custody abroad: 1 (since 2013)\n* Deported: 2\n" + TAIL)
    assert (bracketed.missing, _entries(bracketed)) == (2, [("2012", "wanted", 1), ("2014", "wanted", 1)])


def test_a_categorys_note_without_one_date_a_person_is_queried() -> None:
    reply = parse_text(HEAD + "On 4 January 2015 the figures were:\n\u2022 Wanted (whereabouts unknown): 3 - since 2012\n"
                       "\u2022 Missing: 2\n" + TAIL)
    assert reply.missing == 5 and reply.needs_review and "one date a person" in reply.review_reason


def test_category_lines_behind_bullets_leaders_or_counts_first_are_read() -> None:
    bulleted = parse_text(HEAD + "On 4 January 2015 the figures were:\n\u2022 Wanted (whereabouts unknown): 7\n"
                          "\u2022 Missing: 2\n\u2022 In custody abroad: 2\n" + TAIL)
    assert (bulleted.missing, _statuses(bulleted)) == (9, [("missing", 2), ("wanted", 7)])
    leaders = parse_text(HEAD + "On 4 January 2015 the figures were:\nWanted (whereabouts unknown) ........ 7\n"
                         "Missing ........................ 2\nIn custody abroad .............. 2\n" + TAIL)
    assert (leaders.missing, _statuses(leaders)) == (9, [("missing", 2), ("wanted", 7)])
    counts_first = parse_text(HEAD + "Registered sex offenders whose whereabouts are unknown, as at 4 January 2015:\n"
                              "3 \u2013 Wanted\n1 \u2013 Believed abroad\n4 \u2013 Total\n" + TAIL)
    assert (counts_first.missing, _statuses(counts_first)) == (4, [("believed_abroad", 1), ("wanted", 3)])


def test_years_in_bulleted_items_are_no_counts() -> None:
    reply = parse_text(HEAD + "The position on 4 January 2015 was:\nWhereabouts unknown (3):\n\u2022 Circulated 2011\n"
                       "\u2022 Circulated 2013\n\u2022 Circulated 2014 \u2013 believed abroad\n" + TAIL)
    assert _entries(reply) == [("2011", "wanted", 1), ("2013", "wanted", 1), ("2014", "believed_abroad", 1)]


def test_a_total_over_the_missing_and_a_few_others_is_queried_unless_the_letter_sets_them_apart() -> None:
    lines = "Wanted: 3\nIn custody abroad: 2\nTotal: 5\n"
    reply = parse_text(HEAD + "RSOs who are wanted or missing, as at 4 January 2015:\n" + lines + TAIL)
    assert reply.missing == 3 and reply.needs_review and "In custody abroad" in reply.review_reason
    apart = parse_text(HEAD + "RSOs not at their registered address, as at 4 January 2015:\n" + lines
                       + "Those in custody abroad are accounted for and are shown for completeness.\n" + TAIL)
    assert (apart.missing, apart.needs_review) == (3, False)
    neither = parse_text(HEAD + "RSOs as at 4 January 2015:\nWanted: 3\nBelieved deceased: 1\nTotal: 6\n" + TAIL)
    assert neither.needs_review and "what does it count" in neither.review_reason


def test_a_category_still_circulated_as_wanted_is_counted() -> None:
    reply = parse_text(HEAD + "As at 4 January 2015 we record the following:\n\u2022 Wanted \u2013 whereabouts unknown: 3\n"
                       "\u2022 Believed deceased (not confirmed), still circulated as wanted: 1\n\u2022 Total: 4\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (4, False)


def test_a_heading_placing_its_items_abroad_gives_them_that_status() -> None:
    reply = parse_text(HEAD + "The figures at 4 January 2015:\nWanted - whereabouts unknown (3), by year first circulated:\n"
                       "\u2022 2009 \u2013 1\n\u2022 2013 \u2013 2\nBelieved to have left the UK (3), by year first circulated:\n"
                       "\u2022 2012 \u2013 1\n\u2022 2014 \u2013 2\nOverall total: 6\n" + TAIL)
    assert _entries(reply) == [("2009", "wanted", 1), ("2012", "believed_abroad", 1), ("2013", "wanted", 2),
                               ("2014", "believed_abroad", 2)]
    bulleted = parse_text(HEAD + "We hold the following (as at 4 January 2015):\n* Wanted - whereabouts unknown\n- 2012: 1\n"
                          "- 2014: 2\n* Believed abroad\n- 2010: 1\n* In custody (not counted): 3\n" + TAIL)
    assert _entries(bulleted) == [("2010", "believed_abroad", 1), ("2012", "wanted", 1), ("2014", "wanted", 2)]


def test_held_no_in_a_table_of_what_was_asked_is_not_a_nil_figure() -> None:
    reply = _word_reply([*HEAD.splitlines(), "A search for the information has now been completed."],
                        [("Information requested", "Held?", "Comment"),
                         ("Number of RSOs wanted, whereabouts unknown", "No", "We are not a responsible authority for sex offenders."),
                         ("Dates since when missing", "No", "As above.")])
    assert reply.missing is None


def test_a_leaflet_describing_the_act_cites_no_exemption() -> None:
    reply = parse_text(HEAD + "Kent Police does not hold this information.\n"
                       "We may refuse a request if finding the information would cost more than \u00a3450 (section 12).\n"
                       "Some information is exempt. The Act has 23 exemptions; those we use most often are section 30 "
                       "(investigations), section 31 (law enforcement) and section 40 (personal information).\n" + TAIL)
    assert (reply.status, reply.exemptions) == ("not_held", ())


def _email_with_attachment(body: str, attached: str, name: str) -> bytes:
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "foi@kent.police.uk", "requester@example.org", "FOI 15/0001"
    mail["Date"] = "Tue, 10 Feb 2015 10:00:00 +0000"
    mail.set_content(body)
    mail.add_attachment(attached.encode(), maintype="text", subtype="plain", filename=name)
    return mail.as_bytes()


def test_an_earlier_reply_attached_for_information_is_not_this_ones_answer() -> None:
    body = ("Dear Requester\nYour request is refused under section 12(1): the cost of answering it would exceed the "
            "appropriate limit.\nFor information only, we attach the response we gave to a similar request last year.\n"
            "Yours sincerely\nFreedom of Information Office\nKent Police\n")
    earlier = "Kent Police\n3 April 2014\nAs at 3 April 2014, three registered sex offenders were wanted because their " \
              "whereabouts were unknown: one since 2011 and two since 2013.\n"
    reply = parse_document(read_document(_email_with_attachment(body, earlier, "2014-0512 response.txt"), "r.eml"))
    assert (reply.status, reply.missing) == ("refused", None)


def test_an_ncnd_set_aside_or_a_notice_saying_it_confirms_nothing_is_no_ncnd() -> None:
    review = parse_text(HEAD + "The reviewer has found that a neither confirm nor deny response was not appropriate. "
                        "Kent Police therefore confirms that it holds information within the scope of your request. "
                        "However, the information is exempt under section 31(1)(a) and will not be released.\n" + TAIL)
    assert (review.status, review.exemptions) == ("refused", ("s31",))
    notice = parse_text(HEAD + "Kent Police has decided that your request is vexatious within the meaning of section 14(1) "
                        "of the Act, and we will not be complying with it. This notice does not confirm or deny that the "
                        "information is held.\n" + TAIL)
    assert (notice.status, notice.exemptions) == ("refused", ("s14",))


def test_a_figure_disclosed_then_is_an_earlier_replys() -> None:
    reply = parse_text(HEAD + "We are applying section 12 of the Act, as the cost would exceed the appropriate limit. "
                       "An earlier request was answered when the marker could still be counted: we disclosed then that "
                       "9 registered sex offenders were wanted as at 1 June 2013.\n" + TAIL)
    assert reply.needs_review and "earlier reply" in reply.review_reason


def test_a_figure_given_as_advice_beside_not_held_is_queried() -> None:
    reply = parse_text(HEAD + "This information is not held for the purposes of the Act. By way of advice and assistance, "
                       "on 1 February 2015 there were 4 people wanted on warrant for failing to comply with the "
                       "notification requirements.\n" + TAIL)
    assert reply.needs_review and "advice and assistance" in reply.review_reason


def test_records_not_holding_one_dates_month_are_no_not_held_reply() -> None:
    reply = parse_text(HEAD + "We currently have three registered sex offenders recorded as wanted because their "
                       "whereabouts are unknown. One has been missing since 2000; the others went missing in 2011 and in "
                       "2014. Our records for the earliest case do not hold the month.\n" + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)


def test_years_under_a_caption_with_an_unheaded_count_column_are_counted() -> None:
    reply = _word_reply([*HEAD.splitlines(), "As at 1 February 2015:"],
                        [("", "Number"), ("All RSOs wanted (whereabouts unknown)", "6"), ("of which, year first wanted:", ""),
                         ("2009", "2"), ("2012", "1"), ("2014", "3")])
    assert _entries(reply) == [("2009", "wanted", 2), ("2012", "wanted", 1), ("2014", "wanted", 3)]


def test_dates_listed_under_a_category_table_date_its_figures() -> None:
    reply = parse_text(HEAD + "The information below is correct as at 5 January 2015.\n"
                       "Wanted (whereabouts unknown) .......... 2\nBelieved outside UK .......... 2\nTotal .......... 4\n"
                       "Years first circulated - wanted: 2011, 2013\n"
                       "Years first circulated - believed outside UK: 2012, 2012\n" + TAIL)
    assert _entries(reply) == [("2011", "wanted", 1), ("2012", "believed_abroad", 1), ("2012", "believed_abroad", 1),
                               ("2013", "wanted", 1)]


def test_a_short_subtotal_row_in_a_list_with_a_status_column_does_not_break_the_reading() -> None:
    reply = _csv_reply("Borough,Case,Date circulated,Status\nBarnet,K-001,2009-04-02,WANTED - WU\n"
                       "Barnet,K-002,2014-11-19,In custody\nBarnet \u2013 outstanding,1\n"
                       "Brent,K-003,2011-06-30,WANTED - WU\nBrent \u2013 outstanding,1\n")
    assert "internal error" not in (reply.review_reason or "")
    assert (reply.missing, reply.needs_review) == (2, True)  # (the rows without a status are queried)


def test_a_requests_status_history_is_no_list_of_people() -> None:
    reply = _word_reply([*HEAD.splitlines(), "Status history"],
                        [("Date", "Event", "By"), ("14/01/2015", "Request received", "Online form"),
                         ("15/01/2015", "Acknowledged", "Information Access Team"),
                         ("11/02/2015", "Response due", "System"), ("12/02/2015", "Overdue - reminder sent", "System")])
    assert (reply.missing, reply.needs_review) == (None, True)


def test_a_suppressed_category_is_its_keys_range_and_never_a_nil_without_one() -> None:
    rows = [("Category", "Number"), ("RSOs wanted - whereabouts unknown, believed in the UK", "*"),
            ("RSOs wanted - whereabouts unknown, believed abroad", "0")]
    keyed = _word_reply([*HEAD.splitlines(), "The figures as at 1 February 2015:",
                         "* denotes a number between 1 and 4. Small numbers are suppressed."], rows)
    assert (keyed.missing_low, keyed.missing_high) == (1, 4)
    unkeyed = _word_reply([*HEAD.splitlines(), "The figures as at 1 February 2015:"], rows)
    assert unkeyed.missing_high != 0 and unkeyed.needs_review


def test_two_bulleted_lists_each_with_its_total_are_not_added_together() -> None:
    reply = parse_text(HEAD + "Position at 8 January 2014 (previous request)\n\u2022 2007: 1\n\u2022 2012: 2\n\u2022 Total: 3\n"
                       "Position at 7 January 2015 (this request)\n\u2022 2007: 1\n\u2022 2013: 1\n\u2022 Total: 2\n" + TAIL)
    assert reply.needs_review and "different totals" in reply.review_reason


def test_columns_of_figures_as_they_stood_on_two_days_are_queried() -> None:
    reply = _csv_reply("Year went missing,At date of request (07/01/2015),At date of response (30/01/2015)\n"
                       "2009,1,1\n2013,2,1\n2014,3,2\nTotal,6,4\n")
    assert reply.needs_review and "different days" in reply.review_reason


def test_a_list_of_those_traced_in_the_uk_and_those_abroad_adds_the_two() -> None:
    reply = parse_text(HEAD + "As at 4 January 2015, Kent Police had the following registered sex offenders whose "
                       "whereabouts are unknown:\n4 being traced within the UK\n3 believed to be living abroad\n" + TAIL)
    assert (reply.missing, _statuses(reply)) == (7, [("believed_abroad", 3), ("wanted", 4)])


def test_category_lines_with_their_counts_in_words_are_read() -> None:
    reply = parse_text(HEAD + "The position as at 8 February 2015 was:\n\u00b7 WANTED \u2013 WHEREABOUTS UNKNOWN: THREE\n"
                       "\u00b7 BELIEVED ABROAD: ONE\n\u00b7 TOTAL: FOUR\nFigures are a snapshot." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 4, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 3)]


def test_a_total_of_the_missing_of_nil_beside_another_category_is_a_nil_return() -> None:
    reply = parse_text(HEAD + "The position on 5 February 2015 was as follows:\n\u2022 Wanted \u2013 whereabouts unknown: 0\n"
                       "\u2022 Believed abroad: 0\n\u2022 In custody (for information only): 2\n\u2022 Total wanted/missing: 0\n"
                       "There are therefore no dates to provide." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False)


def test_the_missing_counted_by_a_measure_under_its_title_add_up_to_their_total() -> None:
    lines = "\u2022 Very high: 0\n\u2022 High: 1\n\u2022 Medium: 2\n\u2022 Low: 3\n"
    reply = parse_text(HEAD + "RSOs wanted - whereabouts unknown, by risk level (as at 7 February 2015)\n" + lines
                       + "\u2022 Total: 6\nNone is thought to be outside the UK." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 6, False)
    assert {e.status for e in reply.entries} == {"wanted"}
    # a total the rows do not make, or none at all, confirms nothing: not read as parts of the missing
    for total in ("\u2022 Total: 7\n", ""):
        reply = parse_text(HEAD + "RSOs wanted - whereabouts unknown, by risk level (as at 7 February 2015)\n" + lines
                           + total + TAIL)
        assert reply.needs_review and reply.missing != 6
    # a title that counts the abroad among the wanted does not say which rows are abroad
    reply = parse_text(HEAD + "RSOs wanted, including those believed abroad, by risk level\n" + lines + "\u2022 Total: 6\n" + TAIL)
    assert not any(e.status == "believed_abroad" and e.count_low == 6 for e in reply.entries)


def test_the_figure_now_after_an_earlier_one_set_aside_is_the_answer() -> None:
    for said in (
        ("You asked us the same question in October 2014 and we told you then that 12 registered sex offenders were wanted "
         "because we did not know where they were. The figure now, as at 9 February 2015, is 9."),
        ("In October 2014, when we last answered a request of this kind, there were 12 registered sex offenders wanted "
         "because their whereabouts were unknown. This compares with 9 today."),
    ):
        reply = parse_text(HEAD + said + "\nWe do not hold the dates." + TAIL)
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 9, False), said


def test_a_numbered_list_of_people_each_wanted_since_a_day_is_one_person_an_item() -> None:
    reply = parse_text(HEAD + "The registered sex offenders recorded as wanted on 9 February 2015 were as follows:\n"
                       "1. Wanted since 12 March 2010 \u2013 male, aged 40\u201349 \u2013 medium risk\n"
                       "2. Wanted since 1 July 2013 \u2013 male, aged 30\u201339 \u2013 low risk\n"
                       "3. Wanted since 29 January 2014 \u2013 male, aged 50\u201359 \u2013 high risk\n"
                       "Please note that the figures are a snapshot." + TAIL)
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 3, False)
    assert sorted(e.since for e in reply.entries) == ["2010-03-12", "2013-07-01", "2014-01-29"]


def test_a_table_of_individuals_saying_no_records_is_a_nil_return() -> None:
    head = ("Kent Police - FOI 15/0001\nRSOs wanted because their whereabouts are unknown - as at 09/02/2015\n"
            "Ref,Offence category,Date wanted,Current location,Risk level\n")
    for rest in ("No records,,,,\nTotal,0,,,\n", "No records found,,,,\n"):
        reply = parse_text(head + rest, "kent.csv")
        assert (reply.status, reply.missing, reply.needs_review) == ("answered", 0, False), rest
    # a row of dashes alone may be a form left blank: no nil is read from it
    reply = parse_text(head + "-,-,-,-,-\n", "kent.csv")
    assert reply.needs_review and reply.missing is None


def test_a_sheets_top_left_title_naming_a_force_identifies_it() -> None:
    reply = parse_text("Heddlu De Cymru / South Wales Police,FOI 19/0488\nDyddiad / Date,10/06/2019\n\n"
                       "Cyfeirnod / Ref,Dyddiad eisiau / Date wanted\nSW1,2012-02-02\nSW2,2016-10-10\n", "foi 19-0488.csv")
    assert (reply.force, reply.missing, reply.needs_review) == ("South Wales Police", 2, False)
    # a force's name alone there is a row of a table of forces, not a title
    reply = parse_text("Norfolk Constabulary,3\nSuffolk Constabulary,2\n", "joint.csv")
    assert reply.needs_review


def test_financial_years_written_with_an_en_dash_are_read() -> None:
    reply = parse_text("North Yorkshire Police \u2013 Civil Disclosure Unit,NYP-2019-0377\n"
                       "Financial year circulated,RSOs wanted (whereabouts unknown) at 10/06/2019\n"
                       "2015\u201316,1\n2016\u201317,2\nTotal,3\n", "nyp.csv")
    assert (reply.force, reply.missing, reply.needs_review) == ("North Yorkshire Police", 3, False)
    assert sorted(e.since for e in reply.entries) == ["2015-04", "2016-04"]


def test_a_reason_wanted_saying_believed_abroad_in_a_clause_places_the_person_abroad() -> None:
    reply = parse_text("Kent Police - FOI 16/0188\nDistrict,Ref,Date wanted,Reason wanted\n"
                       "East Kent,K1,2010-07-07,Failed to notify change of address\n"
                       "West Kent,K4,2015-03-15,Failed to notify foreign travel \u2013 believed abroad (Belgium)\n"
                       "West Kent,K5,2015-10-10,Failed to register\nTotal,3\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_our_response_to_your_request_which_stated_a_figure_is_an_earlier_replys_figure() -> None:
    reply = parse_text(HEAD + "I have reviewed our response to your request of 7 January 2015, which stated that 5 registered "
                       "sex offenders were wanted because their whereabouts were unknown.\nIncluding those managed in "
                       "Sunderland, the correct figure as at 7 January 2015 is two more than the 5 originally stated." + TAIL)
    assert reply.needs_review and "earlier reply" in reply.review_reason


def test_a_status_with_a_code_the_key_explains_takes_the_codes_meaning() -> None:
    reply = parse_text('"Kent Police FOI 412/16 - RSOs wanted, as at 29/02/2016"\nRef,Date,Status\nK-1,2013-04-05,WANTED - WU\n'
                       "K-2,05/06/2014,WANTED - BA\nK-3,30/01/2015,WANTED - WU\n\n"
                       "Key: WU = whereabouts unknown (believed in UK); BA = believed abroad.\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1), ("wanted", 1)]


def test_a_date_headings_note_in_brackets_does_not_make_it_another_kind_of_date() -> None:
    reply = parse_text("Kent Police \u2013 FOI 5581\nRef,Missing from (date last verified at registered address),"
                       "Circulated on PNC,Reason\nK1,2012-05-02,2012-05-20,Failed to notify\n"
                       "K2,2014-10-10,2014-11-03,Failed to notify\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2012-05-02", "2014-10-10"]


def test_a_list_of_years_under_a_bare_years_label_dates_the_people() -> None:
    for said in ("The years:\n2008 \u2013 1; 2012 \u2013 2; 2014 \u2013 8.", "Years: 2008 \u2013 1, 2012 \u2013 2, 2014 \u2013 8.",
                 "Years wanted: 2008 (1), 2012 (2), 2014 (8)."):
        reply = parse_text(HEAD + "There are 11 RSOs wanted. " + said + TAIL)
        assert (reply.missing, reply.needs_review) == (11, False), said
        assert sorted((e.since, e.count_low) for e in reply.entries) == [("2008", 1), ("2012", 2), ("2014", 8)], said


def test_a_status_naming_a_country_abroad_the_person_left_for_is_believed_abroad() -> None:
    reply = parse_text("Kent Police - FOI 19/0019\nRef,Date,Status\nK/A,17/04/2015,Believed to have left the county for Spain\n"
                       "K/B,02/06/2018,Whereabouts unknown\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (2, False)
    assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1)]


def test_the_months_after_a_years_count_date_its_people_one_a_month() -> None:
    for item in ("2014 x 2 (January and April)", "2014 - 2 (January and April)"):
        reply = parse_text(HEAD + f"There are 5 RSOs wanted. Year first wanted: 2009 - 1; 2012 - 2; {item}." + TAIL)
        assert (reply.missing, reply.needs_review) == (5, False), item
        assert sorted(e.since for e in reply.entries if e.since.startswith("2014")) == ["2014-01", "2014-04"], item
    # months that are not one a person are queried, never spread
    reply = parse_text(HEAD + "There are 5 RSOs wanted. Year first wanted: 2009 - 1; 2012 - 2; 2014 - 2 (January, April "
                       "and May)." + TAIL)
    assert reply.needs_review


def test_a_title_merged_across_the_columns_is_no_header_so_the_row_numbers_are_no_counts() -> None:
    title = ",".join(["Offenders circulated as wanted on PNC"] * 4)
    reply = parse_text(f"Kent Police - FOI 6510/14\n{title}\nNo.,Date circulated wanted on PNC,Believed abroad? (Y/N),MAPPA level\n"
                       "1,2013-05-09,N,1\n2,Sep-2016,N,2\n3,2019-12-02,N,1\n4,2020-03-30,Y,2\n5,2020-10-14,N,1\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (5, False)
    assert [e.count_low for e in reply.entries] == [1] * 5
    assert _statuses(reply) == [("believed_abroad", 1)] + [("wanted", 1)] * 4


def test_a_numbered_list_of_people_each_recorded_as_wanted_on_a_day_is_one_person_an_item() -> None:
    reply = parse_text(HEAD + "On 9 February 2015 the following registered sex offenders were recorded as wanted because "
                       "their whereabouts were unknown:\n1. Recorded as wanted on 04/04/2012\n2. Recorded as wanted on "
                       "11/12/2013\n3. Recorded as wanted on 27/03/2014\nThis data is drawn from a live system." + TAIL)
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012-04-04", "2013-12-11", "2014-03-27"]


def test_the_first_of_bullets_one_person_each_counts_though_its_lead_has_no_colon() -> None:
    reply = parse_text(HEAD + "I am pleased to provide the following information, correct as at 9 February 2015. Names are "
                       "withheld.\n\u2022 Male, aged 47 \u2013 wanted since August 2009 \u2013 high risk\n"
                       "\u2022 Male, aged 33 \u2013 wanted since March 2013 \u2013 medium risk\n"
                       "Neither is thought to have left the country." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted(e.since for e in reply.entries) == ["2009-08", "2013-03"]


def test_a_review_overturning_our_decision_to_refuse_is_no_refusal() -> None:
    reply = parse_text(HEAD + "Outcome of internal review\nYou asked us to review our decision of 5 January 2015 to refuse your "
                       "request under section 12. Having reconsidered, I have found that the information can be obtained "
                       "within the cost limit. The original decision is therefore overturned and the answers are:\n"
                       "1. One registered sex offender (position on 20 January 2015).\n2. August 2014." + TAIL)
    assert reply.status != "refused" and "s12" not in reply.exemptions
    assert reply.needs_review or reply.missing == 1


def test_a_month_column_with_a_bracketed_not_recorded_still_gives_the_other_months() -> None:
    reply = parse_text("Kent Police - FOI 2019/0660\nRef,Missing since,Missing since,Risk\n,Month,Year\n"
                       "K1,(not recorded),2012,High\nK2,March,2015,Medium\nK3,November,2017,Low\n", "kent.csv")
    assert (reply.missing, reply.needs_review) == (3, False)
    assert sorted(e.since for e in reply.entries) == ["2012", "2015-03", "2017-11"]


def test_a_note_naming_a_country_abroad_the_person_is_believed_in_places_them_abroad() -> None:
    for note in ("Believed to be in Romania", "Credir ei fod yn Sbaen / Believed to be in Spain", "Believed Lithuania"):
        reply = parse_text(f"Kent Police - FOI 2019/0412\nRef,Date wanted,Note\nK1,12/03/2016,{note}\nK2,25/09/2018,\n", "kent.csv")
        assert (reply.missing, reply.needs_review) == (2, False), note
        assert _statuses(reply) == [("believed_abroad", 1), ("wanted", 1)], note
    # a place in the UK is no country abroad
    reply = parse_text("Kent Police - FOI 2019/0412\nRef,Date wanted,Note\nK1,12/03/2016,Believed to be in Liverpool city centre\n"
                       "K2,25/09/2018,\n", "kent.csv")
    assert reply.missing == 2 and not any(e.status == "believed_abroad" for e in reply.entries)


def test_the_numbers_of_a_list_of_forces_are_no_counts() -> None:
    text = ("West Mercia Police / Warwickshire Police\nInformation Compliance Unit\nReference: FOI 2017/0612\n30 May 2017\n"
            "Dear Ms Kavanagh\nThis response is provided on behalf of both forces in the alliance. Registered sex offenders "
            "recorded as wanted because their whereabouts are unknown, as at 26 May 2017, with the year each was first "
            "recorded:\n1. West Mercia Police \u2013 4\na) 2012 \u2013 1\nb) 2015 \u2013 3\n2. Warwickshire Police \u2013 1\n"
            "a) 2016 \u2013 1\nNone is believed to be abroad.\nYours sincerely\nDisclosure Officer\n"
            "West Mercia Police / Warwickshire Police\n")
    read = _each_force(text)
    # each force's figure right, or the letter listed for review: never the list's numbers 1 and 2 as figures
    assert all(flagged or (force, missing) in (("West Mercia Police", 4), ("Warwickshire Police", 1))
               for force, missing, flagged in read), read


def test_a_persons_block_with_its_own_abroad_flag_places_that_person() -> None:
    block = "Case {n} \u2013 Offender (identity withheld)\n\u2022 Date recorded as wanted: {d}\n\u2022 Risk level: High\n\u2022 Believed to be abroad: {a}\n"
    reply = parse_text(HEAD + "The registered sex offenders recorded as wanted because their whereabouts were unknown on "
                       "9 February 2015 are set out below.\n" + block.format(n=1, d="12/03/2013", a="No")
                       + block.format(n=2, d="03/11/2010", a="Yes") + "The information is dynamic." + TAIL)
    assert (reply.missing, reply.needs_review) == (2, False)
    assert sorted((e.since, e.status) for e in reply.entries) == [("2010-11-03", "believed_abroad"), ("2013-03-12", "wanted")]
