"""Slips a scan or a wrong encoding leaves in a reply's text: mended, and the reply checked where a guess was made."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foi_tally.layouts.slips import WORD_WITH_A_DIGIT, mend_slips
from foi_tally.parsers import parse_document
from foi_tally.readers import read_document

HEAD = "Kent Police\nFreedom of Information Office\nOur reference: KP/FOI/2O15/0l07\n10 February 2025\nDear Requester\n"
TAIL = "\nYours sincerely\nFreedom of Information Office\nKent Police\n"


def _reply(body: str, name: str = "scan.txt"):  # type: ignore[no-untyped-def]
    return parse_document(read_document((HEAD + body + TAIL).encode("utf-8"), name))


def test_a_letter_read_as_a_digit_in_the_figure_is_mended_and_the_reply_checked() -> None:
    reply = _reply("As at 3 February 2025 Kent Police had l4 registered sex offenders wanted because their "
                   "whereabouts are unknown. The dates on which they went missing are withheld under section 40(2).")
    assert (reply.status, reply.missing, reply.needs_review) == ("partial", 14, True)
    assert "letters read as digits" in reply.review_reason and "'l4" not in reply.review_reason.split("read as")[1]


def test_a_slip_in_a_reference_alone_leaves_the_reply_unqueried() -> None:
    reply = _reply("There are 6 registered sex offenders wanted because their whereabouts are unknown.")
    assert (reply.missing, reply.needs_review) == (6, False), reply.review_reason


def test_text_in_the_wrong_encoding_is_put_right_without_a_query() -> None:
    body = ("There are 5 registered sex offenders wanted because their whereabouts are unknown, by year first "
            "wanted:\n\u2022 2016 \u2013 2\n\u2022 2021 \u2013 3\n")
    garbled = body.encode("utf-8").decode("cp1252")
    reply = _reply(garbled)
    assert (reply.missing, reply.needs_review) == (5, False), reply.review_reason
    assert sorted((e.since, e.count_low) for e in reply.entries) == [("2016", 2), ("2021", 3)]


def test_a_month_with_rn_for_m_is_read_and_a_digit_in_a_word_queries_an_outcome() -> None:
    dated = _reply("One registered sex offender is wanted because their whereabouts are unknown. He went missing in "
                   "Novernber 2019.")
    assert [e.since for e in dated.entries] == ["2019-11"]
    ncnd = _reply("Kent Police can neither conf1rm nor deny whether it holds the information, by virtue of section "
                  "31(3) of the Act.")
    assert ncnd.needs_review and "'conf1rm'" in ncnd.review_reason


@given(st.text(alphabet="abcdefghijklmnopqstuvwxyz ,.;:()-/", max_size=60))  # (no "r": "Novernber" is mended)
def test_text_with_no_digit_is_left_as_it_is(text: str) -> None:
    from foi_tally.document import Document, Line
    from foi_tally.records import Locator

    doc = Document(source="x.txt", format="txt", lines=[Line(text, Locator("x.txt", line=1))])
    mended, notes = mend_slips(doc)
    assert (mended.lines[0].text, notes) == (text, [])
    assert WORD_WITH_A_DIGIT.search(text) is None


def test_a_number_a_line_break_may_have_cut_in_two_queries_the_figure_read_after_it() -> None:
    broken = _reply("As at 3 February 2025 the force had 1\n6 registered sex offenders recorded as wanted because "
                    "their whereabouts are unknown.")
    assert broken.needs_review and "broken over two lines" in broken.review_reason
    labelled = _reply("Answer 1\n6 registered sex offenders are wanted because their whereabouts are unknown.")
    assert (labelled.missing, labelled.needs_review) == (6, False), labelled.review_reason


def test_neither_confirm_nor_deny_as_a_scan_leaves_it() -> None:
    reply = _reply("Kent Police neither conflrms nor denies that it holds any information relevant to your request, by "
                   "virtue of section 31(3).")
    assert reply.status == "ncnd"
