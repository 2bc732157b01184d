"""Layout helpers on the phrasings the layout fixtures exposed: each test pins one reading a journalist relies on."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from foi_tally.dates import Since, find_since, parse_since
from foi_tally.document import Line
from foi_tally.layouts.common import Context, join_lines, off_topic_answers
from foi_tally.layouts.metadata import find_as_of
from foi_tally.layouts.outcome import read_outcome
from foi_tally.layouts.prose import read_prose
from foi_tally.parsers import parse_document
from foi_tally.readers.text import from_text
from foi_tally.records import Locator

AS_OF = dt.date(2018, 9, 12)


def _lines(*texts: str, page: int | None = None) -> list[Line]:
    return [Line(t, Locator("letter.pdf", page=page, line=i)) for i, t in enumerate(texts, start=1)]


def _prose(*texts: str):  # type: ignore[no-untyped-def]
    return read_prose(join_lines(_lines(*texts)), Context(as_of=AS_OF))


def test_a_caseload_after_a_managing_verb_is_not_the_total() -> None:
    finding = _prose("2. The force manages approximately 1,400 RSOs; the table shows only those wanted.")
    assert finding.stated_total is None


def test_a_managing_verb_does_not_hide_a_count_of_the_missing() -> None:
    finding = _prose("We are currently managing 4 RSOs whose whereabouts are unknown.")
    assert finding.stated_total == (4, 4)


def test_durations_are_measured_back_from_the_as_at_date() -> None:
    finding = _prose(
        "One has been missing for 14 years, another for 8 years 9 months and a third for more than a year; "
        "the remaining two have been missing for less than a year."
    )
    got = sorted((e.since or "", e.precision, e.count_low, e.count_high, e.since_latest) for e in finding.entries)
    assert got == [
        ("", "unknown", 1, 1, "2017-09-12"),  # more than a year: only a latest date is known
        ("2004", "year", 1, 1, None),
        ("2009-12", "month", 1, 1, None),
        ("2017", "year", 2, 2, "2018-09-12"),  # less than a year: a window ending on the as-at date
    ]


def test_less_than_a_year_is_a_window_not_a_year_ago() -> None:
    assert parse_since("less than a year", AS_OF) == Since(dt.date(2017, 1, 1), "year", latest=AS_OF)
    assert parse_since("fewer than 6 months", AS_OF) == Since(dt.date(2018, 3, 1), "month", latest=AS_OF)


def test_an_age_is_not_a_duration() -> None:
    assert find_since("sexual activity with a child under 16 years of age", AS_OF) == []


def test_as_at_date_split_over_two_lines() -> None:
    lines = _lines("References have been masked and the data is correct as at", "7 September 2018.", page=1)
    assert find_as_of(lines) == dt.date(2018, 9, 7)


def test_the_date_of_the_request_is_not_an_as_at_date() -> None:
    assert find_as_of(_lines("On 3 September 2018 you asked:")) is None
    assert find_as_of(_lines("On 9 February 2015 the force had four RSOs wanted.")) == dt.date(2015, 2, 9)


def test_not_held_in_a_searchable_field_is_not_a_not_held_answer() -> None:
    hard = read_outcome(["Whether an offender's whereabouts are known is not held in a field we can search."], None)
    assert not hard.not_held
    plain = read_outcome(["Warwickshire Police does not hold the information you have asked for."], None)
    assert plain.not_held


def _reply(text: str):  # type: ignore[no-untyped-def]
    return parse_document(from_text(text, "letter.txt"))


LETTER = """HERTFORDSHIRE CONSTABULARY
Public Access Office
Our ref: HC/FOI/2018/03318
Date: 12/09/2018

{body}

Yours sincerely

Dominic Acheampong
Hertfordshire Constabulary
"""


def test_categories_that_do_not_add_up_to_the_total_are_flagged() -> None:
    reply = _reply(LETTER.format(body=(
        "Of the registered sex offenders recorded as wanted because their whereabouts are unknown, 5 are being "
        "traced within the UK and 3 are believed to be living abroad.\n\nThis makes a total of seven subjects "
        "currently circulated as wanted."
    )))
    assert reply.needs_review
    assert reply.review_reasons == (
        "the categories (5 being traced, 3 believed abroad) add up to 8, not the stated total 7",
    )
    assert (reply.missing_low, reply.missing_high) == (7, 7)


def test_categories_that_add_up_cite_their_own_sentence() -> None:
    reply = _reply(LETTER.format(body=(
        "Of the registered sex offenders recorded as wanted because their whereabouts are unknown, 5 are being "
        "traced within the UK and 2 are believed to be living abroad.\n\nThis makes a total of seven subjects "
        "currently circulated as wanted."
    )))
    assert not reply.needs_review
    assert [(e.status, e.count, e.text.startswith("Of the")) for e in reply.entries] == [
        ("believed_abroad", 2, True),
        ("wanted", 5, True),
    ]


def test_a_zero_said_in_prose_is_a_nil_return() -> None:
    reply = _reply(LETTER.format(body=(
        "As at 6 September 2018 there are no registered sex offenders recorded as wanted because their "
        "whereabouts are unknown."
    )))
    assert (reply.status, reply.layout, reply.missing) == ("answered", "nil_return", 0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Yes", "no", "5", ".", "!", "?", ";", ":", " ", "  ", "\n", "\u2022", "-", '"', "(", "a"]),
                max_size=30))
def test_sentence_ends_are_what_the_pattern_finds_scanning_everywhere(pieces: list[str]) -> None:
    from foi_tally.layouts import prose

    text = "".join(pieces)
    quick = [m.span() for m in prose._sentence_ends(text)]
    # (save where a stop closes an abbreviation a figure follows: "no. 5", "approx. 20" run on)
    expected = [
        m.span() for m in prose._SENTENCE_END.finditer(text)
        if not (prose._ROUGHLY_ABBREVIATED.search(text, max(0, m.start() - 9), m.start())
                and text[m.start() : m.start() + 2].strip()[:1].isdigit())
    ]
    assert quick == expected


# --- tables parted by a gap ---------------------------------------------------------------------------------

_GAP_HEAD = "Cheshire Constabulary FOI 4567\nRSOs wanted - whereabouts unknown as at 1 February 2015\n\n"


def _sheet_reply(csv_text: str):  # type: ignore[no-untyped-def]
    from foi_tally.readers import read_document

    return parse_document(read_document((_GAP_HEAD + csv_text).encode("utf-8"), "reply.csv"))


def test_a_blank_row_or_an_empty_count_inside_a_table_does_not_end_it() -> None:
    reply = _sheet_reply("Year wanted,Number\n2009,2\n2010,1\n2011,\n2012,3\n2013,1\n\n2014,4\n2015,1\nTotal,12\n")
    assert (reply.missing, reply.stated_total_low, reply.needs_review) == (12, 12, False)
    assert [e.locator.row for e in reply.entries] == [5, 6, 8, 9, 11, 12]


def test_a_table_below_with_a_header_of_its_own_is_another_table() -> None:
    reply = _sheet_reply(
        "Year wanted,Number\n2010,2\n2011,1\n\nOffence,Number\nRape,2\nSexual assault,1\n"
    )
    assert (reply.missing, reply.needs_review) == (3, False)
    assert all(e.since in ("2010", "2011") for e in reply.entries)
    reply = _sheet_reply("Year wanted,Number\n2010,2\n2011,1\n\nYear,Breaches\n2010,40\n2011,38\n")
    assert (reply.missing, reply.needs_review) == (3, False)


def test_rows_far_below_a_table_are_not_joined_to_it() -> None:
    from foi_tally.document import Cell, Table
    from foi_tally.layouts.tables import TABLE_GAP_ROWS, join_continued

    def table(first_row: int, rows: list[list[object]], page: int | None = None) -> Table:
        cells = tuple(
            tuple(Cell(v, Locator("r.csv", page=page, row=first_row + r, column="AB"[c])) for c, v in enumerate(row))
            for r, row in enumerate(rows)
        )
        return Table(cells, cells[0][0].locator)

    context = Context(as_of=AS_OF)
    above = table(1, [["Year", "Number"], [2010, 2], [2011, 1]])
    near = table(4 + TABLE_GAP_ROWS, [[2013, 1], [2014, 2]])
    far = table(5 + TABLE_GAP_ROWS, [[2013, 1], [2014, 2]])
    assert len(join_continued([above, near], [], context)[0]) == 1
    assert join_continued([above, far], [], context) == ([above, far], [])
    # A PDF's tables number their own rows from 1: one below another on a page is never a continuation.
    on_page = table(1, [["Year", "Number"], [2010, 2], [2011, 1]], page=1)
    assert join_continued([on_page, table(1, [[2013, 1], [2014, 2]], page=1)], [], context)[0][0] is on_page


def test_a_lone_row_below_a_gap_is_the_rest_of_the_table() -> None:
    reply = _sheet_reply("Year wanted,Number\n2010,2\n2011,1\n\n2013,3\n")
    assert (reply.missing, reply.needs_review) == (6, False)
    assert reply.entries[-1].locator.row == 8
    # Then a total two rows further down, after a sub-heading and a blank row.
    reply = _sheet_reply("Year wanted,Number\n2010,2\n2011,1\n\n2013,3\nNotes\n\nTotal,6\n")
    assert (reply.missing, reply.stated_total_low, reply.needs_review) == (6, 6, False)
    # A lone row that is a header of its own, or says something else, is left alone.
    reply = _sheet_reply("Year wanted,Number\n2010,2\n2011,1\n\nSource,ViSOR\n")
    assert (reply.missing, reply.needs_review) == (3, False)


def test_a_total_stated_in_a_row_of_its_own_is_checked_against_the_table() -> None:
    table = "\n\nRef,Date wanted,Offence\nA1,01/02/2013,Rape\nA2,03/04/2014,Indecent exposure\nA3,05/06/2014,Rape\n"
    reply = _sheet_reply("Total wanted,4" + table)
    assert reply.missing == 3 and reply.needs_review
    assert "'Total wanted | 4' at reply.csv, row 4, column B and the table's 3 differ" in reply.review_reason
    assert not _sheet_reply("Total wanted,3" + table).needs_review
    # The caseload is a total too, of something else; and a total alone is not taken as the answer.
    assert not _sheet_reply("Total RSOs managed,1400" + table).needs_review
    alone = _sheet_reply("Total wanted,4\n")
    assert alone.status == "unknown" and alone.needs_review


# --- readings the red-team replies asked for ----------------------------------------------------------------


def test_a_zero_said_of_a_part_of_the_missing_is_not_a_nil_return() -> None:
    reply = _reply(LETTER.format(body=(
        "None of the registered sex offenders currently wanted by the force is believed to be abroad. As of 10 "
        "September 2018, the number recorded as wanted because their whereabouts are unknown is twelve."
    )))
    assert (reply.status, reply.missing, reply.needs_review) == ("answered", 12, False)
    for part in (
        "No RSOs have been wanted because their whereabouts are unknown for longer than 10 years.",
        "There are no RSOs wanted because their whereabouts are unknown other than those listed below.",
    ):
        reply = _reply(LETTER.format(body=part))
        assert reply.layout != "nil_return" and reply.needs_review, part


def test_no_before_another_word_is_not_a_count_of_nobody() -> None:
    reply = _reply(LETTER.format(body=(
        "The force does not hold the information you have requested. Offenders who fail to notify are recorded "
        "as wanted under the offence rather than under a 'whereabouts unknown' marker, and there is no business "
        "requirement to hold a list of this kind."
    )))
    assert (reply.status, reply.missing, reply.needs_review) == ("not_held", None, False)


def test_a_figure_beside_some_since_found_is_flagged_unless_it_is_todays() -> None:
    then = _reply(LETTER.format(body=(
        "During 2017, 3 registered sex offenders were circulated as wanted because their whereabouts were "
        "unknown. All but one have since been traced."
    )))
    assert then.needs_review and "since been found" in then.review_reason
    now = _reply(LETTER.format(body=(
        "Two of those recorded in our earlier reply have since been located. As at 12 September 2018, 4 "
        "registered sex offenders are wanted because their whereabouts are unknown."
    )))
    assert (now.missing, now.needs_review) == (4, False)


def test_a_bare_answer_under_a_numbered_question_is_read() -> None:
    reply = _reply(LETTER.format(body=(
        "1. How many registered sex offenders are currently wanted because their whereabouts are unknown?\n21\n"
        "2. Since when has each been missing?\nThis information is exempt under section 40(2)."
    )))
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 21, False)


def test_a_year_of_birth_is_not_the_year_wanted() -> None:
    rows = "".join(f"{n},R{n},{1970 + n},0{n}/03/201{n - 1},{n % 3 + 1}\n" for n in range(1, 6))
    reply = _sheet_reply("No.,Ref,Year of birth,Date wanted,Risk level\n" + rows)
    assert (reply.layout, reply.missing, reply.needs_review) == ("table_of_individuals", 5, False)
    assert reply.entries[0].since == "2010-03-01"


def test_categories_count_the_unknown_whereabouts_once() -> None:
    known = _sheet_reply("Category,Number\nRSOs - whereabouts known,874\nRSOs - whereabouts unknown,5\nTotal,879\n")
    assert (known.missing, known.needs_review) == (5, False)
    subset = _sheet_reply(
        "Category,Number\nWanted (whereabouts unknown),8\n   of which believed abroad,3\nIn custody,12\n"
    )
    assert (subset.missing, subset.needs_review) == (8, False)


def test_a_pivot_leaves_out_rows_of_those_since_found() -> None:
    reply = _sheet_reply(
        "Category,2012,2013,2014\nWhereabouts unknown (UK),1,2,3\nBelieved abroad,1,1,2\nSince located / arrested,4,5,11\n"
    )
    assert (reply.missing, reply.needs_review) == (10, False)


def test_a_year_column_for_part_of_a_year_is_read() -> None:
    reply = _sheet_reply("Year first wanted,2012,2013,2014,2015 (to 13 Feb)\nNumber wanted,1,2,2,1\n")
    assert (reply.missing, reply.needs_review) == (6, False)
    assert [e.since for e in reply.entries] == ["2012", "2013", "2014", "2015"]


def test_a_legend_under_a_table_is_not_a_person() -> None:
    reply = _sheet_reply(
        "Ref,Date wanted,Believed abroad\nA1,01/02/2013,N\nA2,03/04/2014,Y\nA3,05/06/2014,N\n"
        "Key:,Y = believed to be abroad; N = believed to be in the UK\n"
    )
    assert (reply.missing, reply.needs_review) == (3, False)


def test_headers_naming_the_month_wanted_or_circulated_are_read() -> None:
    for header in ("Month wanted", "Circulated"):
        reply = _sheet_reply(
            f"Ref,{header},Offence\nA1,Feb-2013,Rape\nA2,Sept 2009,Indecent exposure\nA3,Unknown,Rape\n\n"
            "Names and offences are exempt under section 40(2)\n"
        )
        assert (reply.layout, reply.missing, reply.needs_review) == ("table_of_individuals", 3, False), header


def test_snapshots_of_how_many_were_missing_are_flagged_not_added_up() -> None:
    month_end = _sheet_reply("Month,Number of RSOs wanted at month end\nJan-14,12\nFeb-14,13\nMar-14,14\n")
    as_at = _sheet_reply("As at,Number of RSOs\n01/02/2013,11\n01/02/2014,10\n01/02/2015,7\n")
    for reply in (month_end, as_at):
        assert reply.needs_review and "snapshots" in reply.review_reason


def test_a_count_followed_by_its_state_is_a_total() -> None:
    for sentence, figure in (
        ("Of around 3,400 RSOs managed by the force, 39 are currently recorded as wanted.", 39),
        ("Currently 3 are wanted because their whereabouts are unknown.", 3),
    ):
        assert _prose(sentence).stated_total == (figure, figure), sentence


def test_a_rough_figure_is_flagged() -> None:
    finding = _prose("Approximately 20 registered sex offenders are wanted because their whereabouts are unknown.")
    assert finding.stated_total == (20, 20) and finding.review


def test_a_force_named_only_in_a_restated_request_is_no_joint_reply() -> None:
    from foi_tally.parsers import parse_replies

    letter = LETTER.replace("HERTFORDSHIRE CONSTABULARY", "Kent Police").replace("Hertfordshire Constabulary", "Kent Police")
    doc = from_text(letter.format(body=(
        "Request\nThe Metropolitan Police has said that 167 registered sex offenders are missing, and West "
        "Midlands Police 39. How many registered sex offenders in Kent are currently wanted because their "
        "whereabouts are unknown?\nDecision\nKent Police currently has 5 registered sex offenders recorded as "
        "wanted because their whereabouts are unknown."
    )), "letter.txt")
    assert [(r.force, r.missing) for r in parse_replies(doc)] == [("Kent Police", 5)]


def test_bounds_said_in_words_are_ranges_or_open() -> None:
    for sentence, bounds in (
        ("The number of RSOs wanted because their whereabouts are unknown is 5 or fewer.", (1, 5)),
        ("No more than three RSOs are wanted because their whereabouts are unknown.", (0, 3)),
        ("The number wanted because their whereabouts are unknown is in single figures.", (1, 9)),
    ):
        assert _prose(sentence).stated_total == bounds, sentence
    reply = _reply(LETTER.format(body="No fewer than 3 RSOs are presently wanted because their whereabouts are unknown."))
    assert reply.layout != "nil_return" and reply.needs_review


def test_a_refusal_beside_figures_nobody_read_is_flagged() -> None:
    withheld = "Names and dates of the individuals are exempt under section 40(2) and section 31(1)(a).\n"
    table = _sheet_reply("Borough,Home visits,Checks done\nBarnet,120,4\nCamden,98,3\n\n" + withheld)
    assert table.status == "refused" and "was not read: is the answer in it?" in table.review_reason
    # a column of the missing beside one of another measure is read: the figure given, the details withheld
    read = _sheet_reply("Borough,RSOs managed,Wanted / whereabouts unknown\nBarnet,120,4\nCamden,98,3\n\n" + withheld)
    assert (read.status, read.missing, read.needs_review) == ("partial", 7, False)
    line = _reply(LETTER.format(body=(
        "The statistics held on ViSOR are given below.\nWanted 12\n"
        "Information that would identify individuals has been withheld under Section 40(2)."
    )))
    assert line.status == "refused" and "'Wanted 12'" in line.review_reason
    plain = _reply(LETTER.format(body="The information you have requested is exempt under section 31(1)(a)."))
    assert plain.status == "refused" and not plain.needs_review


def test_snapshot_tables_headed_month_end_or_as_at_are_flagged() -> None:
    for csv_text in (
        "Month end,Number of RSOs wanted\nFebruary 2014,18\nMarch 2014,19\nApril 2014,19\n",
        "As at,RSOs wanted - whereabouts unknown\n31/12/2012,2\n31/12/2013,5\n31/12/2014,4\n",
    ):
        reply = _sheet_reply(csv_text)
        assert reply.needs_review and "snapshots" in reply.review_reason, csv_text


def test_a_word_table_inside_a_table_is_said_to_be_unread(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    from foi_tally.readers import read_document

    document = docx.Document()
    document.add_paragraph("South Yorkshire Police")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Our reply"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Wanted", "9"
    path = tmp_path / "reply.docx"
    document.save(path)
    doc = read_document(path.read_bytes(), "reply.docx")
    assert any("table inside one of its cells" in w for w in doc.warnings)
    assert parse_document(doc).needs_review


def test_figures_that_are_not_the_answer_are_left_alone() -> None:
    for body in (
        "A national survey reported that 396 registered sex offenders were missing across 39 forces.",
        "The force does not have 12 registered sex offenders whose whereabouts are unknown, as was reported.",
        "It is not the case that 12 registered sex offenders are missing.",
        "Had your request come after 1 April, the figure would have been 6 registered sex offenders wanted.",
    ):
        reply = _reply(LETTER.format(body=body))
        assert reply.status == "unknown" and reply.needs_review, body


def test_a_change_is_read_for_what_the_figure_has_become() -> None:
    for body in (
        "The number of RSOs wanted because their whereabouts are unknown has increased by 3 since last year, to 11.",
        "The number of RSOs wanted because their whereabouts are unknown has fallen from 9 in February 2017 to 11 today.",
    ):
        reply = _reply(LETTER.format(body=body))
        assert (reply.missing, reply.needs_review) == (11, False), body


def test_a_figure_for_a_period_or_with_more_to_come_is_flagged() -> None:
    period = _reply(LETTER.format(body=(
        "The number of registered sex offenders recorded as wanted at any time during 2017 was 15."
    )))
    assert period.needs_review and "counts a period" in period.review_reason
    more = _reply(LETTER.format(body=(
        "There are currently 5 registered sex offenders wanted because their whereabouts are unknown. We expect "
        "that 2 further offenders will be recorded as wanted next month."
    )))
    assert more.missing == 5 and more.needs_review


def test_holding_replies_and_missing_attachments_are_flagged() -> None:
    holding = _reply(LETTER.format(body=(
        "We are considering whether the public interest favours disclosure under section 31. We aim to respond in "
        "full by 3 October 2018, which is 20 working days beyond the original deadline."
    )))
    assert holding.needs_review and "holding reply" in holding.review_reason
    pointer = _reply(LETTER.format(body=(
        "Please see attached. The dates since which each has been missing are exempt under section 12."
    )))
    assert pointer.needs_review and "attachment" in pointer.review_reason
    rights = _reply(LETTER.format(body=(
        "There are 4 registered sex offenders wanted because their whereabouts are unknown.\n"
        "Complaint rights: your attention is drawn to the attached sheet which details your right to complain."
    )))
    assert (rights.missing, rights.needs_review) == (4, False)


def test_a_bare_answer_under_its_question_number_is_read() -> None:
    reply = _reply(LETTER.format(body=(
        'You asked:\n"Q1. How many registered sex offenders are currently wanted because their\n'
        'whereabouts are unknown?\nQ2. For each, the date since which they have been missing."\n'
        "RESPONSE\nQ1. 4\nQ2. The dates are withheld under section 31(1)(a)."
    )))
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 4, False)


def test_counts_by_financial_year_are_flagged() -> None:
    reply = _reply(LETTER.format(body=(
        "Registered sex offenders recorded as wanted, whereabouts unknown: 3 went missing in 2011/12 and 1 in 2013/14."
    )))
    assert reply.needs_review and "financial year (2011/12)" in reply.review_reason


def test_since_then_located_is_flagged() -> None:
    reply = _reply(LETTER.format(body=(
        "At the time your request was received there were 9 registered sex offenders wanted because their "
        "whereabouts were unknown. Since then two have been located."
    )))
    assert reply.needs_review and "since been found" in reply.review_reason


def test_this_individual_dates_one_person() -> None:
    reply = _reply(LETTER.format(body=(
        "The force can confirm that one registered sex offender is currently recorded as wanted because their "
        "whereabouts are unknown. This individual has been missing since August 2009."
    )))
    assert [(e.since, e.precision, e.count_low) for e in reply.entries] == [("2009-08", "month", 1)]


def test_the_figure_said_alone_is_read_in_a_letter_about_the_missing() -> None:
    reply = _reply(LETTER.format(body=(
        "Further to our response about registered sex offenders wanted because their whereabouts are unknown, "
        "our earlier reply said 14. The correct figure is 12."
    )))
    assert (reply.missing, reply.needs_review) == (12, False)
    which = _prose(
        "The table gives the number of RSOs wanted because their whereabouts are unknown at 1 February of each "
        "year. The current figure is the one for 2015."
    )
    assert which.stated_total is None


def test_snapshot_series_in_prose_and_tables_are_flagged_not_added_up() -> None:
    listed = _reply(LETTER.format(body=(
        "The number of RSOs recorded as wanted because their whereabouts are unknown was as follows.\n"
        "- End of January 2018: 5\n- End of February 2018: 7\n- End of March 2018: 8"
    )))
    assert listed.needs_review and "snapshots" in listed.review_reason
    table = _sheet_reply("Snapshot date,Number\n31/12/2016,11\n31/12/2017,12\n31/12/2018,10\n")
    assert table.needs_review and "snapshots" in table.review_reason


def test_a_column_headed_by_the_missing_alone_is_the_count() -> None:
    reply = _sheet_reply("Month wanted,RSOs whereabouts unknown\nJan-2014,2\nFeb-2014,1\nMar-2014,3\n")
    assert (reply.layout, reply.missing, reply.needs_review) == ("counts_by_year", 6, False)
    # Headed 'Month' alone, the figures may be month-end snapshots: a person decides.
    reply = _sheet_reply("Month,RSOs whereabouts unknown\nJan-2018,12\nFeb-2018,13\nMar-2018,11\n")
    assert reply.needs_review


def test_a_dated_figure_before_some_since_found_is_flagged() -> None:
    reply = _reply(LETTER.format(body=(
        "As at 31 August 2018, 9 registered sex offenders were recorded as wanted because their whereabouts "
        "were unknown. Since then, two have been located."
    )))
    assert reply.needs_review and "since been found" in reply.review_reason
    later = _reply(LETTER.format(body=(
        "Two of the offenders in our earlier reply have subsequently been found. As at 12 September 2018, 7 "
        "registered sex offenders are wanted because their whereabouts are unknown."
    )))
    assert (later.missing, later.needs_review) == (7, False)


def test_periods_said_other_ways_are_flagged() -> None:
    for body in (
        "During the calendar year 2017, 8 registered sex offenders were reported as missing.",
        "In the twelve months to March 2018, 5 registered sex offenders went missing.",
    ):
        reply = _reply(LETTER.format(body=body))
        assert reply.needs_review, body


def test_category_lines_read_like_a_statistics_table() -> None:
    reply = _reply(LETTER.format(body=(
        "The statistics held on ViSOR are recorded in two categories, as below.\nViSOR status Number\nWanted 12\n"
        "Missing 0\nInformation that would identify individuals has been withheld under Section 40(2)."
    )))
    assert (reply.status, reply.missing, reply.layout, reply.needs_review) == ("partial", 12, "counts_by_category", False)
    other = _reply(LETTER.format(body="Our office hours are:\nMonday 9\nTuesday 9\nThe information is not held."))
    assert other.status == "not_held" and not other.needs_review


def test_a_further_figure_inside_a_stated_total_is_not_queried() -> None:
    held = _reply(LETTER.format(body=(
        "The force can confirm that 3 registered sex offenders are currently being traced within the UK, and a "
        "further 2 are believed to be living abroad. All 5 are recorded as wanted because their whereabouts are "
        "unknown."
    )))
    assert (held.missing, held.needs_review) == (5, False)
    added = _reply(LETTER.format(body=(
        "There are 3 registered sex offenders wanted because their whereabouts are unknown, and a further 2 have "
        "been circulated since."
    )))
    assert added.needs_review and "adds a further figure" in added.review_reason


def test_individuals_a_person_should_look_at_are_flagged() -> None:
    still = _sheet_reply("Ref,Date wanted,Still outstanding?\nA1,01/02/2013,Y\nA2,03/04/2014,N\nA3,05/06/2014,Y\n")
    assert still.needs_review and "'N' under 'Still outstanding?'" in still.review_reason
    twice = _sheet_reply(
        "Ref,Date wanted,Offence\nK0012,01/02/2013,Rape\nK0012,01/02/2013,Indecent exposure\nK0031,05/06/2014,Rape\n"
    )
    assert twice.needs_review and "reference 'K0012'" in twice.review_reason
    masked = _sheet_reply("Ref,Date wanted,Offence\nXXXX,01/02/2013,Rape\nXXXX,01/02/2014,Indecent exposure\n")
    assert (masked.missing, masked.needs_review) == (2, False)


def test_a_number_broken_across_lines_and_suppressed_category_lines_are_read() -> None:
    broken = _reply(LETTER.format(body=(
        "As at 10 September 2018 there were twenty-\none registered sex offenders wanted because their whereabouts "
        "were unknown."
    )))
    assert broken.missing == 21
    starred = _reply(LETTER.format(body=(
        "The figures are as follows.\nWanted - whereabouts unknown: *\nBelieved abroad: *\n"
        "* Figures fewer than five have been suppressed under section 40(2)."
    )))
    assert (starred.missing_low, starred.missing_high, starred.layout) == (2, 8, "counts_by_category")


def test_no_with_a_bracketed_zero_is_a_nil_return() -> None:
    reply = _reply(LETTER.format(body=(
        "I can confirm that there are no (0) registered sex offenders currently wanted because their whereabouts "
        "are unknown."
    )))
    assert (reply.status, reply.missing, reply.layout, reply.needs_review) == ("answered", 0, "nil_return", False)


def test_a_breakdown_headed_by_the_missing_is_read_and_a_total_within_its_range_agrees() -> None:
    risk = _sheet_reply("Risk level,Number wanted\nHigh,1\nMedium,2\nLow,1\nTotal,4\n")
    assert (risk.layout, risk.missing, risk.needs_review) == ("counts_by_category", 4, False)
    plain = _sheet_reply("Risk level,Number\nHigh,1\nMedium,2\nLow,1\nTotal,4\n")  # of whom? not said: not read
    assert plain.status == "unknown" and plain.needs_review
    other = _sheet_reply("Status,RSOs wanted\nWanted,3\nManaged in the community,1400\n")
    assert other.missing == 3
    suppressed = _sheet_reply(
        "Offence category,Number wanted\nRape,9\nIndecent images,*\nOther sexual offences,4\nTotal,15\n\n"
        "* denotes a figure between 1 and 4\n"
    )
    # the one "*" is the total less the other rows: 2
    assert (suppressed.missing_low, suppressed.missing_high, suppressed.stated_total_low) == (15, 15, 15)
    assert not suppressed.needs_review


def test_a_list_of_figures_by_date_after_a_lead_in_is_read_item_by_item() -> None:
    glued = _prose("Breakdown by year first wanted - 2009: 1; 2011: 2; 2014: 1.")
    assert sorted((e.since, e.count_low) for e in glued.entries) == [("2009", 1), ("2011", 2), ("2014", 1)]
    bracketed = _prose("Four RSOs are wanted. Month first wanted: Feb 2011 (1), Oct 2013 (2) and Jan 2016 (1).")
    assert sorted((e.since, e.count_low) for e in bracketed.entries) == [("2011-02", 1), ("2013-10", 2), ("2016-01", 1)]
    assert bracketed.stated_total == (4, 4)
    as_at = _prose("The number of RSOs wanted, by year first wanted (as at 1 March 2016): 2009 - 1")
    assert [(e.since, e.count_low) for e in as_at.entries] == [("2009", 1)]


def test_a_date_and_a_figure_that_are_not_a_list_item_are_not_read_as_one() -> None:
    assert not _prose("Date: 1 March 2016: 1 of 2").entries  # no lead-in about the missing
    assert not _prose("Wanted over the years 2009 - 2012: 3").entries  # a range of years, not 2012 alone
    assert not _prose("The number wanted as at 1 March 2016: 4").entries  # the as-at date


def test_a_bare_total_under_a_list_is_its_total_and_is_checked_against_it() -> None:
    agrees = _prose("By year first wanted:", "2009 - 1", "2011 - 2", "2014 - 1", "Total: 4")
    assert (agrees.stated_total, agrees.review) == ((4, 4), [])
    differs = _prose("By year first wanted:", "2009 - 1", "2011 - 2", "2014 - 1", "Total: 5")
    assert differs.stated_total == (5, 5) and any("add up to 4" in r for r in differs.review)
    alone = _prose("Total: 4")  # nothing listed above it: a total of what?
    assert alone.stated_total is None


def test_both_and_the_rest_take_their_share_of_the_stated_total() -> None:
    both = _prose("Two registered sex offenders are currently wanted. Both went missing in 2022.")
    assert [(e.since, e.count_low) for e in both.entries] == [("2022", 2)]
    rest = _prose("Eight RSOs are recorded as wanted. Two went missing in 2017 and the remainder in 2021.")
    assert sorted((e.since, e.count_low) for e in rest.entries) == [("2017", 2), ("2021", 6)]
    unknown = _prose("Some RSOs are wanted. Two went missing in 2017 and the rest in 2021.")
    assert any("the rest" in r for r in unknown.review)  # how many "the rest" is, the letter does not say


def test_the_oldest_and_newest_case_each_stand_for_one_person() -> None:
    finding = _prose("We have five RSOs wanted because their whereabouts are unknown.",
                     "The longest-standing case dates from March 2011 and the most recent from June 2023.")
    assert sorted(e.since or "" for e in finding.entries if e.count_low == 1) == ["2011-03", "2023-06"]


def test_dates_listed_one_a_line_under_a_label_are_each_a_person() -> None:
    finding = _prose("Dates first wanted:", "February 2017", "September 2021", "January 2023")
    assert sorted(e.since for e in finding.entries) == ["2017-02", "2021-09", "2023-01"]


def test_a_month_span_is_kept_as_a_span() -> None:
    finding = _prose("Two RSOs are wanted. One went missing between March and June 2021 and the other in December 2022.")
    assert sorted((e.since, e.since_latest) for e in finding.entries) == [("2021-03", "2021-06-30"), ("2022-12", None)]


def test_a_place_named_for_some_of_them_is_queried_not_guessed() -> None:
    # Neither a country abroad nor a part of the UK (places.csv): a crown dependency is for a person to judge.
    finding = _prose("Eleven RSOs are wanted. Of these, two are believed to be in the Isle of Man.")
    assert any("says where some are believed to be" in r for r in finding.review)
    abroad = _prose("Eleven RSOs are wanted. Of these, two are believed to be in the Republic of Ireland.")
    assert abroad.categories["believed_abroad"][:2] == (2, 2)


def test_dates_alone_answering_a_question_about_when_are_each_a_person() -> None:
    finding = _prose("For each, please give the month and year in which they went missing.",
                     "Jan 2015; Aug 2018; Aug 2018; Feb", "2020; Nov 2021")
    assert sorted(e.since for e in finding.entries) == ["2015-01", "2018-08", "2018-08", "2020-02", "2021-11"]
    assert not _prose("Thank you for your request of 4 September.", "Jan 2015; Aug 2018").entries  # no question


def test_a_list_mixing_bare_dates_and_bracketed_figures_counts_one_for_each_bare_date() -> None:
    words = _prose("Seven RSOs are wanted. The years in which they went missing were 2011, 2014 (two), 2016 and 2018 (three).")
    assert sorted((e.since, e.count_low) for e in words.entries) == [("2011", 1), ("2014", 2), ("2016", 1), ("2018", 3)]
    times = _prose("Six RSOs are wanted. Years first wanted: 2004 (x2), 2011, 2015 (x3).")
    assert sorted((e.since, e.count_low) for e in times.entries) == [("2004", 2), ("2011", 1), ("2015", 3)]


def test_the_figure_is_only_said_just_before_the_count() -> None:
    assert _prose("The number of RSOs wanted because their whereabouts are unknown has fallen; it is now 14.").stated_total == (14, 14)
    assert _prose("Registered sex offenders wanted: the figure as at 1 March was 6.").stated_total == (6, 6)
    # "the number" far before the count, with no "is" linking them, does not make the count the figure.
    assert _prose("You asked about RSOs whose whereabouts are unknown.",
                  "The number of staff in the unit: 12.").stated_total is None


def test_a_joint_reply_by_list_items_led_by_each_forces_name_is_split() -> None:
    from foi_tally.parsers import parse_replies

    doc = from_text(
        "Dear Ms Natarajan,\nAs the two forces share an information rights team, this reply covers both.\n"
        "* Devon & Cornwall Police: 9 RSOs whereabouts unknown, of whom 2 are believed to be abroad.\n"
        "* Dorset Police: 2 RSOs whereabouts unknown, neither believed to be abroad.\n"
        "Information Rights Team\nDevon & Cornwall Police and Dorset Police Strategic Alliance\n", "alliance.txt"
    )
    assert sorted((r.force, r.missing, r.needs_review) for r in parse_replies(doc)) == [
        ("Devon & Cornwall Police", 9, False), ("Dorset Police", 2, False)]


def test_no_information_that_one_has_left_the_country_is_no_nil() -> None:
    finding = _prose("Kent Police has one registered sex offender whose whereabouts are unknown; there is no "
                     "information that this person has left the country.")
    assert finding.stated_total == (1, 1) and not finding.review


def test_an_article_of_the_jersey_law_applied_is_an_exemption_under_that_law_only() -> None:
    sentence = "Article 25 (personal information) of the Freedom of Information (Jersey) Law 2011 applies to any further detail."
    assert read_outcome([sentence], "Freedom of Information (Jersey) Law 2011").exemptions == ["art25"]
    assert read_outcome([sentence], "FOIA 2000").exemptions == []
    named = "Article 25 of the Freedom of Information (Jersey) Law 2011 sets out when information is personal."
    assert read_outcome([named], "Freedom of Information (Jersey) Law 2011").exemptions == []


def test_a_repeated_request_the_force_is_not_obliged_to_answer_is_a_section_14_refusal() -> None:
    outcome = read_outcome([("Section 14(2) of the Act provides that a public authority is not obliged to comply with a "
                             "repeated request where a reasonable interval has not elapsed."),
                            "We will therefore not be responding to this request further."], "FOIA 2000")
    assert (outcome.exemptions, outcome.refused) == (["s14"], True)


def test_a_force_that_holds_no_information_has_none_to_give() -> None:
    outcome = read_outcome([("The force has no role in managing offenders and therefore holds no information within the "
                             "scope of your request.")], "FOIA 2000")
    assert outcome.not_held


def test_a_jersey_cost_refusal_cites_its_article_and_no_section_12() -> None:
    sentence = ("The cost of complying would exceed the appropriate limit, and Article 16 of the Freedom of Information "
                "(Jersey) Law 2011 therefore applies.")
    outcome = read_outcome([sentence], "Freedom of Information (Jersey) Law 2011")
    assert (outcome.exemptions, outcome.cost) == (["art16"], True)


def test_no_information_in_scope_of_the_request_held_is_not_held() -> None:
    assert read_outcome(["I can confirm that no information in scope of your request is held."], "FOIA 2000").not_held


def test_the_sections_of_a_refusal_a_review_overturned_no_longer_apply() -> None:
    review = "Following your request for an internal review, that decision has been reconsidered and overturned."
    outcome = read_outcome(["On 8 August 2017 we refused your request under section 31(1)(a).", review], "FOIA 2000")
    assert (outcome.exemptions, outcome.refused) == ([], False)
    upheld = read_outcome(["On 8 August 2017 we refused your request under section 31(1)(a)."], "FOIA 2000")
    assert upheld.exemptions == ["s31"]


def test_an_original_decision_that_is_overturned_cites_nothing() -> None:
    outcome = read_outcome(["Our original response refused your request under section 12.",
                            "Having reviewed the request, the original decision is overturned."], "FOIA 2000")
    assert outcome.exemptions == []


def test_a_section_of_another_act_named_beside_an_offence_is_no_exemption() -> None:
    offence = read_outcome(["Person A - 14/02/2008 - Indecent assault (s.14 Sexual Offences Act 1956), details withheld."],
                           "FOIA 2000")
    assert offence.exemptions == []
    applied = read_outcome(["The dates are withheld under section 40(2) of the Freedom of Information Act 2000."], "FOIA 2000")
    assert applied.exemptions == ["s40"]


def test_an_earlier_refusal_overturned_on_review_or_a_clarification_refuses_nothing() -> None:
    refused = ("Your original request was refused on 2 May 2024 under section 12 of the Act, as compliance would exceed "
               "the appropriate limit.")
    review = read_outcome([refused, "The original decision is therefore overturned."], "FOIA 2000")
    assert (review.exemptions, review.cost) == ([], False)
    clarify = read_outcome(["Under section 1(3) we are not obliged to comply until the clarification is received."],
                           "FOIA 2000")
    assert not clarify.refused


def test_an_annex_is_cut_with_the_answers_pointing_at_it_only_when_they_are_off_topic() -> None:
    texts = [
        "1. How many RSOs breached their notification requirements each month?", "See Annex A.",
        "2. How many RSOs are wanted because their whereabouts are unknown?", "Details of each are at Annex B.",
        "Annex A - breaches by month", "January 2023 4", "Annex B - RSOs whose whereabouts are unknown", "RSO-1 03/05/2014",
    ]
    lines = [Line(text, Locator("reply.pdf", page=1, line=n)) for n, text in enumerate(texts, 1)]
    off = off_topic_answers(lines)
    assert [ln.text for ln in lines if ln.locator in off] == texts[:2] + texts[4:6]


def test_travel_notified_abroad_and_figures_for_each_year_are_off_topic_while_a_follow_up_stays() -> None:
    texts = [
        "1. How many RSOs are wanted because their whereabouts are unknown?", "Five.",
        "2. How many of these are believed to be abroad?", "Two.",
        "3. How many RSOs notified the force of an intention to travel abroad?", "230 notifications.",
        "4. Please give the number at MAPPA level 1 for each of the last five years.", "2018 - 378",
    ]
    lines = [Line(text, Locator("reply.pdf", page=1, line=n)) for n, text in enumerate(texts, 1)]
    off = off_topic_answers(lines)
    assert [ln.text for ln in lines if ln.locator in off] == texts[4:]


def test_the_figures_day_is_not_a_received_date_run_on_from_the_line_before() -> None:
    run_on = _lines("I write about your request for information which was received",
                    "on 16/02/2016. Kent Police can confirm that as at 1 March 2016 there were", page=1)
    assert find_as_of(run_on) == dt.date(2016, 3, 1)
    assert find_as_of(_lines("Answer: PSNI can advise that at 30/11/2020 three registered sex offenders")) == dt.date(2020, 11, 30)


def test_as_at_that_date_and_as_at_the_request_received_take_the_date_said_beside_them() -> None:
    that = _lines("Thank you for your email dated 12 January 2017. Figures below are as at that date.")
    assert find_as_of(that) == dt.date(2017, 1, 12)
    received = _lines("Request received: 16 April 2018", "All figures in this response are as at the date your request",
                      "was received.", page=1)
    assert find_as_of(received) == dt.date(2018, 4, 16)


def test_bands_of_time_joined_to_their_figures_by_dotted_leaders_are_read() -> None:
    text = ("North Wales Police\nDate: 4 April 2022\n\nThe position on 31 March 2022.\nRSOs wanted because their whereabouts "
            "are unknown, by length of time wanted:\nUnder 1 year ........... 2\n1 to 3 years .............. 3\n"
            "More than 3 years ......... 1\nTotal ..................... 6\n")
    reply = parse_document(from_text(text, "nwp.txt"))
    assert (reply.missing, reply.needs_review) == (6, False)
    assert sorted((e.since, e.since_latest, e.count_low) for e in reply.entries if e.since) == [
        ("2019", "2021-03-31", 3), ("2021", "2022-03-31", 2)]


def test_outcomes_named_only_to_be_set_aside_are_not_the_outcome() -> None:
    outcome = read_outcome(["I am refusing to provide it in terms of section 16(1) of the Act.",
                            ("For the avoidance of doubt, sections 17 (information not held) and 18 (neither confirm "
                             "nor deny) do not apply to this response.")], "FOISA 2002")
    assert not outcome.ncnd and not outcome.not_held
