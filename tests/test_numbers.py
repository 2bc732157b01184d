"""Tests for foi_tally.numbers: count phrases from police letters become (low, high) bounds."""

from __future__ import annotations

import datetime
import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foi_tally import numbers
from foi_tally.numbers import WORD_NUMBERS, CountMatch, find_counts, find_open_counts, parse_count
from foi_tally.patterns import Caseless

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int, hyphen: str = "-", use_and: bool = True) -> str:
    """British English words for 0 <= n <= 999 ("one hundred and sixty-seven")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (hyphen + _UNITS[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]} hundred"
    if not rest:
        return head
    return head + (" and " if use_and else " ") + to_words(rest, hyphen, use_and)


def spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.text, m.low, m.high) for m in find_counts(text)]


# --- parse_count ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", (7, 7)),
        ("1,234", (1234, 1234)),
        ("0", (0, 0)),
        (" 12 ", (12, 12)),
        ("seven", (7, 7)),
        ("Seven", (7, 7)),
        ("twenty-one", (21, 21)),
        ("twenty one", (21, 21)),
        ("a hundred and fourteen", (114, 114)),
        ("one hundred and sixty-seven", (167, 167)),
        ("one thousand two hundred", (1200, 1200)),
        ("none", (0, 0)),
        ("Nil", (0, 0)),
        ("zero", (0, 0)),
        ("no", (0, 0)),
        ("2015", (2015, 2015)),
    ],
)
def test_parse_count_exact(text: str, expected: tuple[int, int]) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un", (1, 1)),
        ("dau", (2, 2)),
        ("dwy", (2, 2)),
        ("tri", (3, 3)),
        ("tair", (3, 3)),
        ("pedwar", (4, 4)),
        ("pedair", (4, 4)),
        ("pump", (5, 5)),
        ("chwech", (6, 6)),
        ("saith", (7, 7)),
        ("wyth", (8, 8)),
        ("naw", (9, 9)),
        ("deg", (10, 10)),
        ("un ar ddeg", (11, 11)),
        ("deuddeg", (12, 12)),
        ("pedwar ar bymtheg", (19, 19)),
        ("dau ddeg un", (21, 21)),
    ],
)
def test_parse_count_welsh(text: str, expected: tuple[int, int]) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<5", (1, 4)),
        ("< 5", (1, 4)),
        ("fewer than 5", (1, 4)),
        ("fewer than five", (1, 4)),
        ("Less than 5", (1, 4)),
        ("under 10", (1, 9)),
        ("1-4", (1, 4)),
        ("1 to 4", (1, 4)),
        ("between 1 and 4", (1, 4)),
        ("twenty-one to thirty", (21, 30)),
    ],
)
def test_parse_count_suppressed_and_ranges(text: str, expected: tuple[int, int]) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5+",
        "more than 5",
        "over 5",
        "*",
        "",
        "a",
        "an",
        "1,23",
        "seven seven",
        "hundred",
        "4-1",
        "fewer than 1",
        "some",
        "n/a",
        "1st",
        "5%",
        "£450",
    ],
)
def test_parse_count_refuses(text: str) -> None:
    assert parse_count(text) is None


def test_word_numbers_table() -> None:
    assert WORD_NUMBERS["zero"] == 0
    assert WORD_NUMBERS["nineteen"] == 19
    assert WORD_NUMBERS["ninety"] == 90
    assert WORD_NUMBERS["hundred"] == 100
    assert len([k for k, v in WORD_NUMBERS.items() if v <= 20]) == 21


@given(st.integers(min_value=0, max_value=999), st.sampled_from(["-", " "]), st.booleans())
def test_words_round_trip(n: int, hyphen: str, use_and: bool) -> None:
    words = to_words(n, hyphen, use_and)
    assert parse_count(words) == (n, n)
    assert parse_count(words.upper()) == (n, n)


@given(st.integers(min_value=0, max_value=10**7))
def test_digits_round_trip(n: int) -> None:
    assert parse_count(str(n)) == (n, n)
    assert parse_count(f"{n:,}") == (n, n)


@given(
    st.integers(min_value=2, max_value=1000),
    st.sampled_from(["fewer than {}", "less than {}", "<{}", "< {}", "under {}"]),
)
def test_fewer_than_n(n: int, template: str) -> None:
    assert parse_count(template.format(n)) == (1, n - 1)


@given(st.integers(min_value=2, max_value=999))
def test_fewer_than_words(n: int) -> None:
    assert parse_count(f"fewer than {to_words(n)}") == (1, n - 1)


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=0, max_value=500))
def test_ranges(a: int, b: int) -> None:
    expected = (a, b) if a <= b else None
    assert parse_count(f"{a}-{b}") == expected
    assert parse_count(f"between {a} and {b}") == expected


# --- find_counts ---------------------------------------------------------------------------------------


def test_find_simple_sentence() -> None:
    assert spans("one went missing in 1998") == [("one", 1, 1)]
    assert find_counts("one went missing in 1998") == [CountMatch(0, 3, "one", 1, 1)]


def test_find_longest_phrases() -> None:
    text = "fewer than five offenders, twenty-one others and 1,234 in all"
    assert spans(text) == [("fewer than five", 1, 4), ("twenty-one", 21, 21), ("1,234", 1234, 1234)]
    m = find_counts(text)[1]
    assert text[m.start : m.end] == "twenty-one"


def test_find_ranges_and_suppression() -> None:
    assert spans("between 1 and 4 are wanted, <5 elsewhere, 2 to 3 more") == [
        ("between 1 and 4", 1, 4),
        ("<5", 1, 4),
        ("2 to 3", 2, 3),
    ]
    assert spans("one hundred and sixty-seven RSOs") == [("one hundred and sixty-seven", 167, 167)]


@pytest.mark.parametrize(
    "text",
    [
        "on 5 February 2015",
        "on 05/02/2015",
        "on 2015-02-05",
        "since Sept 2004",
        "in 1998",
        "between 2010 and 2015",
        "in 2014-15 and 2014/15",
        "section 40(2)",
        "s.12 applies",
        "s40 applies",
        "Section 31(1)(a)",
        "under 1(1)(b) of the Act",
        "sections 40 and 43 apply",
        "costs £450 or £25",
        "about 5% of them",
        "5 per cent",
        "the 1st and third",
        "call 0303 123 1113",
        "FOI 2015/1234",
        "F-2009-01234",
        "ref 123A/15",
        "at 10:30",
        "at 10.30am",
        "the A1 and M25",
        "one-off",
        "a man and an offender",
        "3.5 miles",
    ],
)
def test_find_skips_non_counts(text: str) -> None:
    assert find_counts(text) == []


def test_find_keeps_counts_next_to_non_counts() -> None:
    assert spans("On 5 February 2015, 3 were missing under section 40(2) and 12 were not") == [
        ("3", 3, 3),
        ("12", 12, 12),
    ]
    assert spans("FOI 2015/1234: 7 offenders") == [("7", 7, 7)]


def test_find_one_and_zero_words() -> None:
    assert spans("one of these was found") == [("one", 1, 1)]
    assert spans("no one is missing") == [("no one", 0, 0)]
    assert spans("There are no registered sex offenders") == [("no", 0, 0)]
    assert spans("none are missing, nil found") == [("none", 0, 0), ("nil", 0, 0)]
    assert spans("he is no longer wanted") == []


def test_find_merges_repeated_figure() -> None:
    assert spans("five (5) are missing") == [("five (5)", 5, 5)]


def test_open_ended_are_not_counts() -> None:
    text = "more than 5 here, 5+ there and at least 3 elsewhere"
    assert find_counts(text) == []
    assert [(m.text, m.minimum) for m in find_open_counts(text)] == [
        ("more than 5", 6),
        ("5+", 5),
        ("at least 3", 3),
    ]


@given(
    st.integers(min_value=0, max_value=1899) | st.integers(min_value=2100, max_value=99999),
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=1, max_value=200),
)
def test_find_never_reports_years_or_sections(n: int, year: int, section: int) -> None:
    text = f"{n} went missing in {year}, withheld under section {section}({n % 9 + 1})"
    assert spans(text) == [(str(n), n, n)]
    text = f"In {year}, {to_words(n % 1000)} went missing (s.{section})"
    assert [(m.low, m.high) for m in find_counts(text)] == [(n % 1000, n % 1000)]


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_find_ignores_dates(d: datetime.date) -> None:
    for fmt in ("%d/%m/%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y", "%b-%y"):
        assert find_counts(f"as at {d.strftime(fmt)}") == []


@given(st.text(max_size=60))
def test_find_matches_are_consistent(text: str) -> None:
    found = find_counts(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert 0 <= m.low <= m.high
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


# --- fuzzing: text shaped like the letters, not just random characters ---------------------------------

#: Words and marks that letters put around counts, mixed at random so the search hits every phrase form.
_LETTER_TOKENS = [
    "one", "two", "seven", "twelve", "twenty", "twenty-one", "hundred", "a", "and", "no", "none", "nil",
    "fewer", "less", "than", "under", "more", "over", "at", "least", "between", "to", "or", "-", "–", "<", ">",
    "+", "(", ")", ",", ".", "£", "%", "s.", "section", "40(2)", "1,234", "2015", "1999", "0303", "FOI",
    "2015/1234", "RSOs", "offenders", "are", "wanted", "missing", "whereabouts", "unknown", "per", "cent",
]
letter_text = st.lists(
    st.sampled_from(_LETTER_TOKENS) | st.integers(min_value=0, max_value=3000).map(str), max_size=25
).map(" ".join)


@given(letter_text | st.text(max_size=80))
def test_parse_count_never_raises_and_keeps_bounds_ordered(text: str) -> None:
    bounds = parse_count(text)
    assert bounds is None or 0 <= bounds[0] <= bounds[1]


@given(letter_text)
def test_find_counts_in_letter_like_text_never_overlap_or_report_years(text: str) -> None:
    found = find_counts(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert 0 <= m.low <= m.high
        assert m.text not in ("2015", "1999")  # a year is never a count
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@given(letter_text | st.text(max_size=80))
def test_open_counts_never_overlap_counts(text: str) -> None:
    bounded = find_counts(text)
    open_ended = find_open_counts(text)
    for m in open_ended:
        assert text[m.start : m.end] == m.text
        assert m.minimum >= 0
        assert not any(c.start < m.end and m.start < c.end for c in bounded), (m, bounded)
    for a, b in itertools.pairwise(open_ended):
        assert a.end <= b.start


@given(letter_text | st.text(max_size=80))
def test_welsh_counts_never_overlap(text: str) -> None:
    from foi_tally.numbers import find_welsh_counts

    found = find_welsh_counts(text)
    for m in found:
        assert text[m.start : m.end] == m.text and 0 <= m.low <= m.high
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


# The number patterns open with a lookahead for a number's first character (NUMBER_START), only to be
# quicker: with it or without it, every scan must find the same spans.
_PIECES = st.sampled_from(
    [*WORD_NUMBERS, "a", "an", "and", "hundred", "thousand", "between", "fewer than", "less than", "under",
     "more than", "over", "at least", "or more", "to", "-", "–", "<", ">", "+", "no", "none", "nil", "no one",
     "years", "months", "ago", "2015", "1,234", "40", "7", "s.12", "£5", "%", "(", ")", ",", ".", "Twenty-One",
     "FIVE", "Section", "officers", "\u017fix"]
)


def _without_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(numbers.NUMBER_START, ""), pattern.flags)


@given(st.lists(_PIECES, max_size=10), st.sampled_from([" ", "  ", "\n"]))
def test_number_start_lookahead_changes_no_match(pieces: list[str], joiner: str) -> None:
    from foi_tally import dates

    text = joiner.join(pieces)
    patterns = [numbers._FIND_RE.pattern] + [
        rx.pattern if isinstance(rx, Caseless) else rx for _, group in dates._SEARCH_RE for rx in group
    ]
    for pattern in patterns:
        plain = _without_start(pattern)
        found = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], pattern.pattern[:60]


def test_number_start_is_in_the_scanning_patterns() -> None:
    assert numbers.NUMBER_START in numbers._FIND_RE.pattern.pattern
    assert numbers.NUMBER_START in numbers.NUMBER_PATTERN


def test_a_falling_pair_is_two_figures_not_a_range() -> None:
    found = find_counts("Four - three since 2012 and one since 2016")
    assert [(c.text, c.low, c.high) for c in found] == [("Four", 4, 4), ("three", 3, 3), ("one", 1, 1)]
    assert [(c.low, c.high) for c in find_counts("between 3 - 6 people")] == [(3, 6)]


def test_a_year_and_its_count_spaced_about_a_dash_are_not_a_span_of_years() -> None:
    assert [(c.text, c.low) for c in find_counts("2010 - 9; 2011 - 11")] == [("9", 9), ("11", 11)]
    assert find_counts("In 2014-15 and 2011 - 12") == []  # financial years, spaced or not
    assert [(c.text, c.low) for c in find_counts("2010 - 2014: 3")] == [("3", 3)]


def test_a_count_said_in_words_and_again_in_figures_is_one_count() -> None:
    assert parse_count("Fourteen (14)") == (14, 14)
    assert parse_count("Fewer than five (<5)") == (1, 4)
    assert parse_count("3 (three).") == (3, 3)
    assert parse_count("five (6)") is None  # the two disagree: no count
    assert parse_count("5 (2014)") is None


def test_the_s_of_a_possessive_is_no_section_abbreviation() -> None:
    assert [(c.text, c.low) for c in find_counts("each of the force's 1,180 records")] == [("1,180", 1180)]
    assert [(c.text, c.low) for c in find_counts("the county\u2019s 7 divisions")] == [("7", 7)]
    assert find_counts("exempt under s 40 of the Act") == []


@pytest.mark.parametrize(
    "text, bounds",
    [
        ("more than five but fewer than ten", (6, 9)),
        ("more than 5 and less than 10", (6, 9)),
        ("greater than two, but fewer than six", (3, 5)),
    ],
)
def test_a_window_between_two_figures_is_the_whole_numbers_inside_it(text: str, bounds: tuple[int, int]) -> None:
    """Above one figure and below another: the span between, not 'fewer than ten' alone (1-9)."""
    found = find_counts(f"The number is {text} registered sex offenders.")
    assert [(c.low, c.high) for c in found] == [bounds]


def test_a_reference_with_a_zero_padded_part_is_no_range() -> None:
    assert find_counts("19-0207 - RSOs wanted - Leicestershire Police Case Tracker") == []
    assert [(c.low, c.high) for c in find_counts("between 5-10 people")] == [(5, 10)]


def test_a_sentences_count_scan_is_kept_but_a_whole_letters_is_not() -> None:
    from foi_tally.numbers import _find_counts
    from foi_tally.patterns import CACHED_TEXT_MAX

    sentence = "There are 7 registered sex offenders wanted. "
    before = _find_counts.cache_info().currsize
    assert [c.low for c in find_counts(sentence)] == [7]
    assert find_counts(sentence) is not find_counts(sentence)  # a fresh list each time: callers may change theirs
    assert _find_counts.cache_info().currsize <= before + 1
    letter = sentence * (CACHED_TEXT_MAX // len(sentence) + 1)
    kept = _find_counts.cache_info().currsize
    assert [c.low for c in find_counts(letter)] == [7] * (CACHED_TEXT_MAX // len(sentence) + 1)
    assert _find_counts.cache_info().currsize == kept
