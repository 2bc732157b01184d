"""Tests for foi_tally.dates: "missing since" phrases and letter dates, UK style."""

from __future__ import annotations

import datetime
import itertools
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from foi_tally.dates import (
    Since,
    SinceMatch,
    add_months,
    add_years,
    find_since,
    from_excel_serial,
    parse_letter_date,
    parse_since,
)

D = datetime.date
AS_OF = D(2015, 2, 5)
dates_1950_2030 = st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31))
as_of_dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31))


def found(text: str, as_of: datetime.date | None = AS_OF) -> list[tuple[str, str | None]]:
    return [(m.text, m.since.iso()) for m in find_since(text, as_of)]


# --- absolute dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "15/09/2004",
        "15.09.2004",
        "15-09-2004",
        "15/9/04",
        "2004-09-15",
        "15 September 2004",
        "15th Sept 2004",
        "15-Sep-2004",
        "September 15, 2004",
        " 15/09/2004. ",
        "wanted since 15/09/2004",
        "2004-09-15 00:00:00",
        "2004-09-15T09:30:00Z",  # a system export's time, with its zone
        "2004-09-15T09:30:00.000+01:00",
    ],
)
def test_day_precision(text: str) -> None:
    assert parse_since(text) == Since(D(2004, 9, 15), "day")
    assert parse_since(text).iso() == "2004-09-15"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["September 2004", "Sept 2004", "Sep 2004", "Sep-04", "09/2004", "2004-09", "Medi 2004", "medi 2004"],
)
def test_month_precision(text: str) -> None:
    assert parse_since(text) == Since(D(2004, 9, 1), "month")
    assert parse_since(text).iso() == "2004-09"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Ionawr 2010", 1),
        ("Chwefror 2010", 2),
        ("Mawrth 2010", 3),
        ("Ebrill 2010", 4),
        ("Mai 2010", 5),
        ("Mehefin 2010", 6),
        ("Gorffennaf 2010", 7),
        ("Awst 2010", 8),
        ("Medi 2010", 9),
        ("Hydref 2010", 10),
        ("Tachwedd 2010", 11),
        ("Rhagfyr 2010", 12),
    ],
)
def test_welsh_months(text: str, month: int) -> None:
    assert parse_since(text) == Since(D(2010, month, 1), "month")


def test_two_digit_year_pivot() -> None:
    assert parse_since("1/2/30") == Since(D(2030, 2, 1), "day")
    assert parse_since("1/2/31") == Since(D(1931, 2, 1), "day")
    assert parse_since("1/2/00") == Since(D(2000, 2, 1), "day")
    assert parse_since("1/2/99") == Since(D(1999, 2, 1), "day")


def test_a_note_that_the_finer_parts_were_not_kept_leaves_the_date_at_its_precision() -> None:
    assert parse_since("2006 (day and month not recorded)") == Since(D(2006, 1, 1), "year")
    assert parse_since("March 2012 (exact date unknown)") == Since(D(2012, 3, 1), "month")
    assert parse_since("2006 (believed abroad)") is None  # a note about something else is no part of a date


def test_year_precision() -> None:
    assert parse_since("2004") == Since(D(2004, 1, 1), "year")
    assert parse_since("2004").iso() == "2004"  # type: ignore[union-attr]
    assert parse_since("in 1998") == Since(D(1998, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    [
        "1998/99",
        "2004-05",
        "2015/1234",
        "38245",
        "3",
        "1850",
        "2100",
        "31/02/2004",
        "13/13/2004",
        "£450",
        "section 40",
        "hello",
        "September",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_since(text) is None


@pytest.mark.parametrize("text", ["unknown", "Not known", "n/k", "N/K", "unk", "not recorded", "", "  "])
def test_unknown(text: str) -> None:
    result = parse_since(text)
    assert result == Since(None, "unknown")
    assert result is not None and result.iso() is None


# --- relative phrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("missing for 14 years", Since(D(2001, 1, 1), "year")),
        ("14 years", Since(D(2001, 1, 1), "year")),
        ("for fourteen years", Since(D(2001, 1, 1), "year")),
        ("twenty-one years", Since(D(1994, 1, 1), "year")),
        ("8 years 9 months", Since(D(2006, 5, 1), "month")),
        ("8 years and 9 months", Since(D(2006, 5, 1), "month")),
        ("18 months ago", Since(D(2013, 8, 1), "month")),
        ("18 months", Since(D(2013, 8, 1), "month")),
        ("more than a year", Since(None, "unknown", latest=D(2014, 2, 5))),
        ("over a year", Since(None, "unknown", latest=D(2014, 2, 5))),
        ("between two and eight years", Since(D(2007, 1, 1), "year", latest=D(2013, 2, 5))),
        ("since the beginning of 2010", Since(D(2010, 1, 1), "year")),
        ("since the start of 2010", Since(D(2010, 1, 1), "year")),
        ("since early 2010", Since(D(2010, 1, 1), "year")),
        ("last November", Since(D(2014, 11, 1), "month")),
        ("last February", Since(D(2014, 2, 1), "month")),
        ("August", Since(D(2014, 8, 1), "month")),
        ("February", Since(D(2015, 2, 1), "month")),
        ("January", Since(D(2015, 1, 1), "month")),
    ],
)
def test_relative(text: str, expected: Since) -> None:
    assert parse_since(text, AS_OF) == expected


@pytest.mark.parametrize("text", ["14 years", "18 months", "more than a year", "last November", "August"])
def test_relative_needs_as_of(text: str) -> None:
    assert parse_since(text) is None


def test_relative_clamps_leap_day() -> None:
    assert parse_since("more than a year", D(2016, 2, 29)) == Since(None, "unknown", latest=D(2015, 2, 28))


@given(as_of_dates, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=11))
def test_relative_never_after_as_of(as_of: datetime.date, years: int, months: int) -> None:
    for text in (
        f"{years} years",
        f"missing for {years} years ago",
        f"{years} years and {months} months",
        f"{months} months",
        f"between {months} and {years} years",
        f"more than {years} years",
    ):
        result = parse_since(text, as_of)
        assert result is not None, text
        for d in (result.date, result.latest):
            assert d is None or d <= as_of, text
        if result.date is not None and result.latest is not None:
            assert result.date <= result.latest


@given(
    as_of_dates,
    st.sampled_from(["January", "March", "June", "August", "November", "December"]),
    st.booleans(),
)
def test_month_names_never_after_as_of(as_of: datetime.date, month: str, last: bool) -> None:
    result = parse_since(("last " if last else "") + month, as_of)
    assert result is not None and result.date is not None
    assert result.date <= as_of
    assert result.precision == "month"
    months_back = (as_of.year - result.date.year) * 12 + as_of.month - result.date.month
    assert (1 if last else 0) <= months_back <= (12 if last else 11)


# --- round trips ---------------------------------------------------------------------------------------


@given(dates_1950_2030)
def test_round_trip_day(d: datetime.date) -> None:
    for fmt in (
        "%d/%m/%Y",
        "%d %B %Y",
        "%d %b %Y",
        "%Y-%m-%d",
        "%d.%m.%Y",
        "%d-%b-%Y",
        "%B %d, %Y",
        "%A, %d %B %Y",
    ):
        assert parse_since(d.strftime(fmt)) == Since(d, "day"), fmt
        assert parse_letter_date(d.strftime(fmt)) == d, fmt


@given(dates_1950_2030)
def test_round_trip_month(d: datetime.date) -> None:
    for fmt in ("%B %Y", "%b %Y", "%m/%Y", "%b-%y"):
        assert parse_since(d.strftime(fmt)) == Since(d.replace(day=1), "month"), fmt


@given(dates_1950_2030)
def test_round_trip_iso(d: datetime.date) -> None:
    assert parse_since(d.isoformat()).iso() == d.isoformat()  # type: ignore[union-attr]


# --- letter dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5 February 2015",
        "5th February 2015",
        "05/02/2015",
        "Thursday, 5 February 2015",
        "2015-02-05",
        "February 5, 2015",
        "Date: 5 February 2015",
        "5 Feb 2015",
    ],
)
def test_letter_date(text: str) -> None:
    assert parse_letter_date(text) == D(2015, 2, 5)


@pytest.mark.parametrize("text", ["February 2015", "2015", "unknown", "5 February", "31/02/2015"])
def test_letter_date_needs_a_day(text: str) -> None:
    assert parse_letter_date(text) is None


# --- Excel serials -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (61, D(1900, 3, 1)),
        (38245, D(2004, 9, 15)),
        (38245.75, D(2004, 9, 15)),
        (42040, D(2015, 2, 5)),
    ],
)
def test_excel_serial(serial: float, expected: datetime.date) -> None:
    assert from_excel_serial(serial) == expected


@pytest.mark.parametrize("serial", [60, 0, -3, float("nan")])
def test_excel_serial_refuses(serial: float) -> None:
    with pytest.raises(ValueError):
        from_excel_serial(serial)


@given(st.dates(min_value=D(1900, 3, 1), max_value=D(2099, 12, 31)))
def test_excel_serial_round_trip(d: datetime.date) -> None:
    assert from_excel_serial((d - D(1899, 12, 30)).days) == d


# --- helpers -------------------------------------------------------------------------------------------


def test_add_years_and_months_clamp() -> None:
    assert add_years(D(2016, 2, 29), -1) == D(2015, 2, 28)
    assert add_years(D(2016, 2, 29), 4) == D(2020, 2, 29)
    assert add_months(D(2015, 3, 31), -1) == D(2015, 2, 28)
    assert add_months(D(2015, 1, 15), -13) == D(2013, 12, 15)
    assert add_months(D(2015, 12, 1), 1) == D(2016, 1, 1)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)), st.integers(-600, 600))
def test_add_months_inverse_on_safe_days(d: datetime.date, n: int) -> None:
    assume(d.day <= 28)
    assert add_months(add_months(d, n), -n) == d


# --- find_since ----------------------------------------------------------------------------------------


def test_find_examples() -> None:
    assert found("1 went missing in 1998") == [("1998", "1998")]
    assert found("two since September 2005") == [("September 2005", "2005-09")]
    assert found("one has been missing for 14 years") == [("14 years", "2001")]
    assert found("wanted since 15/09/2004") == [("15/09/2004", "2004-09-15")]
    assert found("since 15 Sept 2004 and twenty-one years") == [
        ("15 Sept 2004", "2004-09-15"),
        ("twenty-one years", "1994"),
    ]


def test_find_positions() -> None:
    text = "wanted since 15/09/2004"
    assert find_since(text) == [SinceMatch(13, 23, "15/09/2004", Since(D(2004, 9, 15), "day"))]


def test_find_relative_needs_as_of() -> None:
    assert found("one has been missing for 14 years", None) == []
    assert found("in September 2005 and for 14 years", None) == [("September 2005", "2005-09")]


def test_find_ranges_and_vague() -> None:
    result = find_since("missing between two and eight years", AS_OF)
    assert [(m.text, m.since) for m in result] == [
        ("between two and eight years", Since(D(2007, 1, 1), "year", latest=D(2013, 2, 5)))
    ]
    result = find_since("missing for more than a year", AS_OF)
    assert [(m.text, m.since.latest) for m in result] == [("more than a year", D(2014, 2, 5))]
    result = find_since("9 for more than five years and 13 for five years or less; 2 for 2 years or more", AS_OF)
    assert [(m.text, m.since) for m in result] == [
        ("more than five years", Since(None, "unknown", latest=D(2010, 2, 5))),
        ("five years or less", Since(D(2010, 1, 1), "year", latest=AS_OF)),
        ("2 years or more", Since(None, "unknown", latest=D(2013, 2, 5))),
    ]
    assert found("missing since the beginning of 2010") == [("the beginning of 2010", "2010")]
    assert found("missing since last November") == [("last November", "2014-11")]


@pytest.mark.parametrize(
    "text",
    [
        "3 are missing",
        "it cost £450",
        "exempt under section 40",
        "our ref FOI 2015/1234",
        "in 1998/99",
        "during 2014/15",
        "aged 45 years old",
        "5 may have moved",
        "we march on",
        "F-2009-01234",
    ],
)
def test_find_skips_non_dates(text: str) -> None:
    assert find_since(text, AS_OF) == []


def test_find_capitalised_may_is_a_month() -> None:
    assert found("5 may have left in May 2004") == [("May 2004", "2004-05")]


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=1, max_value=99),
)
def test_find_year_in_sentence(n: int, year: int, section: int) -> None:
    result = find_since(f"{n} went missing in {year} (section {section}, ref {year}/{n})", AS_OF)
    assert [(m.text, m.since) for m in result] == [(str(year), Since(D(year, 1, 1), "year"))]


@given(st.text(max_size=60), as_of_dates)
def test_find_matches_are_consistent(text: str, as_of: datetime.date) -> None:
    result = find_since(text, as_of)
    for m in result:
        assert text[m.start : m.end] == m.text
    for a, b in itertools.pairwise(result):
        assert a.end <= b.start


# --- fuzzing: relative phrases built from the words letters use ----------------------------------------

#: No four-digit numbers: an absolute year may rightly be after as_of, a relative phrase never.
_RELATIVE_TOKENS = [
    "for", "over", "more", "than", "less", "about", "almost", "nearly", "between", "and", "to", "a", "an",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "ago", "since", "last", "this", "missing",
    "wanted", "one", "two", "five", "eight", "twelve", "fourteen", "half", "January", "May", "August",
    "November", "Sept", "Awst", "Tachwedd", "-", ",", "(", ")",
]
relative_text = st.lists(
    st.sampled_from(_RELATIVE_TOKENS) | st.integers(min_value=0, max_value=99).map(str), min_size=1, max_size=8
).map(" ".join)


@given(relative_text, as_of_dates)
def test_relative_phrases_are_never_after_as_of(text: str, as_of: datetime.date) -> None:
    # "January 10", "January - 10" or "May 99" names a year (2010, 1999): absolute, and rightly after some
    # as_of dates.
    assume(not re.search(r"(?i)(?:january|may|august|november|sept|awst|tachwedd)(?:\s+|\s*[-'’]\s*)\d", text))
    results = [parse_since(text, as_of)] + [m.since for m in find_since(text, as_of)]
    for result in results:
        if result is None:
            continue
        for d in (result.date, result.latest):
            assert d is None or d <= as_of, (text, result)
        if result.date is not None and result.latest is not None:
            assert result.date <= result.latest, (text, result)


@given(relative_text | st.text(max_size=60), as_of_dates)
def test_parsing_random_text_never_raises(text: str, as_of: datetime.date) -> None:
    parse_since(text, as_of)
    parse_since(text)
    parse_letter_date(text)


def test_before_a_year_is_a_window_ending_the_year_before_not_that_year() -> None:
    assert parse_since("before 2005") == Since(None, "unknown", latest=datetime.date(2004, 12, 31))
    found = find_since("He has been missing since before 2005.", datetime.date(2015, 3, 1))
    assert [(m.text, m.since.latest) for m in found] == [("before 2005", datetime.date(2004, 12, 31))]


def test_a_quarter_is_the_span_of_its_three_months() -> None:
    assert parse_since("Q1 2013") == Since(datetime.date(2013, 1, 1), "month", latest=datetime.date(2013, 3, 31))
    assert parse_since("2014 Q3") == Since(datetime.date(2014, 7, 1), "month", latest=datetime.date(2014, 9, 30))
    assert parse_since("Quarter 4 2015") == Since(datetime.date(2015, 10, 1), "month", latest=datetime.date(2015, 12, 31))
    assert parse_since("Q5 2015") is None
    # ("Q1 15": a quarter with its year in two digits; not "Q1 150 hours")
    assert parse_since("Q1 15") == Since(datetime.date(2015, 1, 1), "month", latest=datetime.date(2015, 3, 31))
    assert [m.text for m in find_since("Q4 17 and Q1 150 hours", datetime.date(2018, 3, 1))] == ["Q4 17"]


# --- shapes seen in red-team round J ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "latest"),
    [
        ("01FEB14", "2014-02-01", None),  # PNC: day, month and year run together
        ("17NOV2015", "2015-11-17", None),
        ("the 2nd of March, 2016", "2016-03-02", None),
        ("Jan-Mar 2014", "2014-01", D(2014, 3, 31)),
        ("Oct to Dec 2018", "2018-10", D(2018, 12, 31)),
        ("w/c 03/02/2014", "2014-02", None),  # the week lies in February: the month, not a day
        ("w/c 30/01/2014", "2014-01", D(2014, 2, 28)),  # a week across two months keeps both
        ("the summer of 2016", "2016", None),  # a season claims its year only
        ("the third quarter of 2018", "2018-07", D(2018, 9, 30)),
        ("pre-2005", None, D(2004, 12, 31)),  # like "before 2005"
    ],
)
def test_shapes_from_cells_and_letters(text: str, iso: str | None, latest: datetime.date | None) -> None:
    since = parse_since(text)
    assert since is not None and (since.iso(), since.latest) == (iso, latest)


def test_winter_straddles_two_years_and_is_not_read() -> None:
    assert parse_since("winter 2013") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("three and a half years", "2016-03"),
        ("3.5 years", "2016-03"),
        ("a year and a half", "2018-03"),
        ("3 yrs 4 mths", "2016-05"),
        ("9 mths", "2018-12"),
        ("2y 1m", "2017-08"),
        ("approx 2 yrs", "2017"),
        ("approx. 2 yrs", "2017"),
        ("5 yrs+", None),  # at least five years: no earliest day
    ],
)
def test_abbreviated_and_fractional_durations(text: str, iso: str | None) -> None:
    since = parse_since(text, D(2019, 9, 2))
    assert since is not None and since.iso() == iso


@given(as_of_dates, st.integers(min_value=0, max_value=30))
def test_a_half_year_more_is_six_months_further_back(as_of: datetime.date, n: int) -> None:
    whole = parse_since(f"{n} years and 0 months", as_of)
    half = parse_since(f"{n} and a half years", as_of)
    assert whole is not None and half is not None and half.date == add_months(whole.date, -6)  # type: ignore[arg-type]


def test_new_shapes_are_found_in_running_text() -> None:
    as_of = D(2019, 8, 31)
    assert found("one since 1st Feb 2014, two since Feb '16, three since the autumn of 2017", as_of) == [
        ("1st Feb 2014", "2014-02-01"), ("Feb '16", "2016-02"), ("the autumn of 2017", "2017")
    ]
    assert found("the fourth on 31st Dec '18.", as_of) == [("31st Dec '18", "2018-12-31")]
    assert found("one for 3 yrs 4 mths, one for approx 2 yrs, one for 9 mths", as_of) == [
        ("3 yrs 4 mths", "2016-04"), ("approx 2 yrs", "2017"), ("9 mths", "2018-11")
    ]
    assert found("two during the third quarter of 2018, one w/c 03/02/2014", as_of) == [
        ("the third quarter of 2018", "2018-07"), ("w/c 03/02/2014", "2014-02")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our reference 12/3456, telephone 01234 567890, at 10:30.",
        "under section 40(2) and s.31(1)(a); the cost was £5.5 million",
        "in the first quarter of 2019/20",  # a financial year's quarter is not a calendar one
    ],
)
def test_new_shapes_do_not_fire_on_references_money_or_times(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "iso", "latest"),
    [
        ("2014.02.01", "2014-02-01", None),
        ("2016/03/04", "2016-03-04", None),  # year first is always year, month, day
        ("'09", "2009", None),
        ("H1 2015", "2015-01", D(2015, 6, 30)),
        ("the second half of 2016", "2016-07", D(2016, 12, 31)),
    ],
)
def test_year_first_days_apostrophe_years_and_halves(text: str, iso: str, latest: datetime.date | None) -> None:
    since = parse_since(text)
    assert since is not None and (since.iso(), since.latest) == (iso, latest)


@pytest.mark.parametrize(
    ("text", "iso", "latest"),
    [
        ("60+ months", None, D(2014, 8, 31)),
        ("YE Mar-17", "2016-04", D(2017, 3, 31)),
        ("YE 31/03/2018", "2017-04", D(2018, 3, 31)),
        ("Year ending 31 March 2016", "2015-04", D(2016, 3, 31)),
    ],
)
def test_open_month_bands_and_years_ending(text: str, iso: str | None, latest: datetime.date) -> None:
    since = parse_since(text, D(2019, 8, 31))
    assert since is not None and (since.iso(), since.latest) == (iso, latest)


def test_a_welsh_month_mutated_after_yn_is_still_its_month() -> None:
    found = [(m.text, m.since.iso()) for m in find_since("aeth un ar goll yn Nhachwedd 2020 ac un yng Ngorffennaf 2019")]
    assert found == [("Nhachwedd 2020", "2020-11"), ("Ngorffennaf 2019", "2019-07")]


def test_winter_with_both_its_years_is_read_as_those_years() -> None:
    since = parse_since("the winter of 2014/15")
    assert since is not None and (since.iso(), since.latest) == ("2014", D(2015, 12, 31))
    assert [(m.text, m.since.iso()) for m in find_since("one since winter 2011-12 and one since 2015")] == [
        ("winter 2011-12", "2011"), ("2015", "2015")
    ]
    assert parse_since("winter 2014/16") is None  # not one winter


def test_bare_months_after_in_a_year_are_months_of_that_year() -> None:
    assert found("Both went missing in 2012, one in March and the other in November.") == [
        ("March", "2012-03"), ("November", "2012-11")
    ]
    assert found("Three went missing during 2011: one in May and two in June.") == [("May", "2011-05"), ("June", "2011-06")]
    # after "since 2010" a bare month is still the latest such month before the letter
    assert found("One since 2010 and the other since November.") == [("2010", "2010"), ("November", "2014-11")]


def test_bands_of_years_are_spans_and_consecutive_years_are_left_to_the_financial_year_rules() -> None:
    assert parse_since("2010-2014") == Since(D(2010, 1, 1), "year", latest=D(2014, 12, 31))
    assert parse_since("2015 to 2019") == Since(D(2015, 1, 1), "year", latest=D(2019, 12, 31))
    assert parse_since("2009 or earlier") == Since(None, "unknown", latest=D(2009, 12, 31))
    assert parse_since("2014-2015") is None  # April 2014 to March 2015, in a column of financial years


def test_a_month_in_welsh_then_in_english_with_its_year_is_that_month() -> None:
    assert parse_since("Mawrth / March 2014") == Since(datetime.date(2014, 3, 1), "month")
    assert parse_since("Tachwedd / November 2015") == Since(datetime.date(2015, 11, 1), "month")
    assert parse_since("Mawrth / April 2014") is None  # the two disagree


def test_a_year_and_a_one_digit_count_joined_by_a_dash_is_a_year_not_a_month() -> None:
    # "2014-1" in a list of years ("2016 - 1"), as a scan loses the spaces: the year 2014 (its count follows);
    # a month is written with two digits ("2014-01")
    assert [(m.text, m.since.precision) for m in find_since("2014-1")] == [("2014", "year")]
    assert parse_since("2014-1") is None and parse_since("2014-01") == Since(datetime.date(2014, 1, 1), "month")
    assert find_since("2014-15") == []  # a financial year, not 2014 and 15


def test_a_year_or_later_runs_from_that_year_to_the_figures_day_and_or_earlier_ends_with_it() -> None:
    as_of = D(2011, 9, 30)
    for text in ("all since 2009 or later.", "missing from 2009 onwards", "went missing in or after 2009"):
        (match,) = find_since(text, as_of)
        assert (match.since.date, match.since.latest) == (D(2009, 1, 1), as_of), text
    assert parse_since("2012 or later", D(2011, 9, 30)) is None  # after the figures' day: no date at all
    (earlier,) = find_since("wanted since 2009 or earlier", as_of)
    assert (earlier.text, earlier.since.date, earlier.since.latest) == ("2009 or earlier", None, D(2009, 12, 31))


def test_just_over_a_duration_is_about_that_long_not_open_ended() -> None:
    as_of = D(2017, 6, 30)
    (just,) = find_since("one for just over four years.", as_of)
    assert (just.text, just.since) == ("just over four years", Since(D(2013, 1, 1), "year"))
    (over,) = find_since("one for over four years.", as_of)
    assert (over.since.date, over.since.latest) == (None, D(2013, 6, 30))


def test_a_band_of_months_dates_from_its_far_end_to_its_near_one() -> None:
    as_of = datetime.date(2010, 2, 18)
    for text in ["12 - 24 months", "between 12 and 24 months", "12 to 24 months ago"]:
        since = parse_since(text, as_of)
        assert since is not None, text
        assert (since.date, since.precision, since.latest) == (datetime.date(2008, 2, 1), "month", datetime.date(2009, 2, 18)), text


def test_the_first_or_last_months_of_a_year_are_their_span_not_a_duration() -> None:
    """'the first two months of this year' is January and February, not 'two months ago'."""
    as_of = datetime.date(2019, 4, 2)
    assert [(m.text, m.since.iso(), m.since.latest) for m in find_since(
        "Five went missing in 2017; the remaining four in the first two months of this year.", as_of)] == [
        ("2017", "2017", None), ("the first two months of this year", "2019-01", datetime.date(2019, 2, 28))]
    assert parse_since("the last three months of 2017") == Since(
        datetime.date(2017, 10, 1), "month", latest=datetime.date(2017, 12, 31))
    assert parse_since("the final 2 months of last year", as_of) == Since(
        datetime.date(2018, 11, 1), "month", latest=datetime.date(2018, 12, 31))
    assert parse_since("the first twelve months of 2018") is None  # (the whole year, said oddly: not read as a span)


def test_a_month_and_year_written_with_a_stop_or_of_is_that_month() -> None:
    """'03.2016' and 'March of 2016' are March 2016 (not last March and the year 2016 apart)."""
    for text in ("wanted since 03.2016", "wanted since March of 2016"):
        found = find_since(text, datetime.date(2019, 3, 1))
        assert [(f.since.date, f.since.precision) for f in found] == [(datetime.date(2016, 3, 1), "month")], text


def test_a_week_ending_with_its_abbreviation_in_brackets_is_that_weeks_month() -> None:
    found = find_since("circulated in the week ending (w/e) 14/03/2014", datetime.date(2019, 3, 1))
    assert [(f.since.date, f.since.precision) for f in found] == [(datetime.date(2014, 3, 1), "month")]
