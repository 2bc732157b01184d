"""Parse "missing since" phrases and letter dates the way UK police write them (day first).

A "missing since" figure is often coarse ("Sept 2004", "2004", "14 years"), so each result carries its
precision and the earliest day the phrase allows; a relative phrase is resolved against the letter's date
(`as_of`) and refused without one, rather than against today's date, which would drift over time.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from foi_tally.numbers import NUMBER_PATTERN, parse_count
from foi_tally.patterns import Caseless, cached_for_short_texts

#: English month names, full and short ("march", "mar", "sept"), and their numbers.
ENGLISH_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name[1:], start=1):
    ENGLISH_MONTHS[_name.lower()] = _i
    ENGLISH_MONTHS[_name[:3].lower()] = _i
ENGLISH_MONTHS["sept"] = 9
#: Regex source for any of them, longest first (use re.IGNORECASE).
ENGLISH_MONTH_NAMES = "(?:" + "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True)) + ")"
_MONTHS: dict[str, int] = dict(ENGLISH_MONTHS)
WELSH_MONTHS = (
    "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin",
    "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr",
)  # fmt: skip
for _i, _name in enumerate(WELSH_MONTHS, start=1):
    _MONTHS[_name] = _i
# After "yn" a Welsh month may take the nasal mutation: "yn Nhachwedd 2020", "yng Ngorffennaf 2019".
_MONTHS.update({"nhachwedd": 11, "ngorffennaf": 7})

# Longest first so "september" wins over "sep".
_MON = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
# In running text "may"/"mai" are only months when capitalised ("5 may have gone" is not a date).
_MON_TEXT = (
    "(?:"
    + "|".join(
        f"(?-i:{n.capitalize()}|{n.upper()})" if n in ("may", "mai") else n
        for n in sorted(_MONTHS, key=len, reverse=True)
    )
    + ")"
)
# Bare month names in running text must be full, capitalised names (not "march" the verb, not "Sun").
_FULL_MONTH_NAMES = [n.capitalize() for n in list(calendar.month_name[1:]) + list(WELSH_MONTHS)]
_BARE_MONTH_TEXT = "(?-i:" + "|".join(sorted({n.lower().capitalize() for n in _FULL_MONTH_NAMES})) + ")"

_UNKNOWN = frozenset(
    {"", "unknown", "not known", "n/k", "nk", "u/k", "unk", "unkn", "not recorded", "date unknown",
     "unknown date", "not available", "anhysbys"}
)  # fmt: skip

_ORD = r"(?:st|nd|rd|th)?"
# (a time after the day, perhaps with its zone: "T09:30:00Z", "T09:30:00+01:00"; the day is the one written)
_TIME = r"(?:[t\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?z|\s?[+-]\d{2}:?\d{2})?)?"
_WEEKDAY = (
    r"^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
    r"|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)),?\s+"
)
_PREFIX = (
    r"^(?:since|from|in|on|for|dated|date|as\s+(?:of|at)|circa|c\.|ca\.|approx\.?|approximately|around|"
    r"about|roughly|nearly|almost|some|missing|wanted|outstanding|been|has|have|the|ym\s+mis|"
    # "just over four years", "a little under 2 years": about that long, not open-ended
    r"(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|under|more\s+than|less\s+than)|"
    # Welsh: "ers" (since), "tua" (about), "ar goll" (missing), "yn eisiau" (wanted).
    r"ers|tua|ar\s+goll|yn\s+eisiau)(?:\b|(?<=\.))[:\s]*"
)
_QUALIFIER = r"^(?:(?:early|mid|late)[\s\-]+|(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+)"
_N = rf"(?:{NUMBER_PATTERN}|an?)"
# A hyphen straight after a tens word belongs to the number ("twenty-one years"), not to a range.
_RANGE_SEP = r"(?:\s+(?:and|to)\s+|(?<!ty)\s*-\s*|\s*–\s*)"


@dataclass(frozen=True)
class Since:
    """When someone went missing, as precisely as the source says it and no more."""

    date: datetime.date | None  # earliest day the phrase allows (1st of month / 1 Jan for coarse ones)
    precision: str  # "day" | "month" | "year" | "unknown"
    latest: datetime.date | None = None  # latest day, for ranges ("between two and eight years") only

    def iso(self) -> str | None:
        """The date cut to its precision ("2004", "2004-09", "2004-09-15"), so it never claims more."""
        if self.date is None or self.precision == "unknown":
            return None
        if self.precision == "year":
            return f"{self.date.year:04d}"
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


@dataclass(frozen=True)
class SinceMatch:
    """A date-ish expression found in a sentence, with its place (so the tally can cite it)."""

    start: int
    end: int
    text: str
    since: Since


def add_years(d: datetime.date, n: int) -> datetime.date:
    """d moved by n years; 29 February becomes 28 February in a non-leap year."""
    year = d.year + n
    return d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))


def add_months(d: datetime.date, n: int) -> datetime.date:
    """d moved by n months; the day is clamped to the target month's length (31 Mar - 1 month = 28 Feb)."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def from_excel_serial(n: float) -> datetime.date:
    """The day an Excel (1900 date system) serial number stands for; any time-of-day fraction is dropped.

    Excel counts the non-existent 29 February 1900 (serial 60), so serials after it are one too high;
    serial 60 itself names no real day and raises ValueError, as do serials below 1.
    """
    if isinstance(n, bool) or not isinstance(n, (int, float)) or math.isnan(n) or math.isinf(n):
        raise ValueError(f"not an Excel serial: {n!r}")
    whole = math.floor(n)
    if whole < 1:
        raise ValueError(f"Excel serial before 1900-01-01: {n!r}")
    if whole == 60:
        raise ValueError("Excel serial 60 is the non-existent 29 February 1900")
    if whole < 60:
        return datetime.date(1899, 12, 31) + datetime.timedelta(days=whole)
    return datetime.date(1899, 12, 30) + datetime.timedelta(days=whole)


def full_year(text: str) -> int:
    """A 2- or 4-digit year; two digits 00-30 are 2000s, the rest 1900s."""
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y <= 30 else 1900 + y
    return y


def _make(year: int, month: int, day: int) -> datetime.date | None:
    """A real date in 1900..2099, or None."""
    if not 1900 <= year <= 2099:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# A bracketed note after a date that its finer parts were not kept: "(day and month not recorded)", "(month unknown)".
#: (a pattern: also allowed between the dates of a list)
FINER_PARTS_NOT_KEPT_NOTE = (
    r"\((?=[^()]*\b(?:day|month|date|exact)\b)[^()]*\b(?:not\s+(?:recorded|known|held|kept|available|given)|unknown)\b[^()]*\)"
)
_FINER_PARTS_NOT_KEPT = re.compile(rf"\s*{FINER_PARTS_NOT_KEPT_NOTE}?$")  # (its closing bracket may be stripped already)


def _normalise(text: str) -> str:
    """Lower case, single spaces, surrounding punctuation and a leading weekday removed."""
    t = " ".join(text.lower().split()).strip(' .,;:()[]"“”')
    return _WEEKDAY_RE.sub("", t)


# Compiled once: a 10,000-row sheet reads these for every cell (the same patterns as written inline before).
_WEEKDAY_RE = re.compile(_WEEKDAY)
_PREFIX_RE = re.compile(_PREFIX)
# Year first is always year, month, day, whatever the separator: "2014-02-01", "2014.02.01", "2016/03/04".
_ISO_DAY_RE = re.compile(rf"(\d{{4}})([-./])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_NUMERIC_DAY_RE = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
_DAY_MONTH_RE = re.compile(rf"(\d{{1,2}}){_ORD}(?:\s+of)?[\s\-/.]*({_MON})\.?,?[\s\-/.,']+(\d{{4}}|\d{{2}})")
_MONTH_DAY_RE = re.compile(rf"({_MON})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})")
# The Police National Computer's run-together day, month and year: "01FEB14", "17NOV2015".
_RUN_TOGETHER_RE = re.compile(rf"(\d{{2}})({_MON})(\d{{2}}|\d{{4}})")
_MONTH_YEAR_RE = re.compile(rf"({_MON})\.?(?:[\s,/]+(?:of\s+)?(\d{{4}})|\s?[-'’]\s?(\d{{4}}|\d{{2}})|\s+'(\d{{2}}))")


def _full_date(t: str) -> datetime.date | None:
    """A day-precision date from a normalised string, or None."""
    m = _ISO_DAY_RE.fullmatch(t)
    if m:
        return _make(int(m[1]), int(m[3]), int(m[4]))
    m = _NUMERIC_DAY_RE.fullmatch(t)
    if m:
        return _make(full_year(m[4]), int(m[3]), int(m[1]))
    m = _DAY_MONTH_RE.fullmatch(t)
    if m:
        return _make(full_year(m[3]), _MONTHS[m[2]], int(m[1]))
    m = _MONTH_DAY_RE.fullmatch(t)
    if m:
        return _make(int(m[3]), _MONTHS[m[1]], int(m[2]))
    m = _RUN_TOGETHER_RE.fullmatch(t)
    if m:
        return _make(full_year(m[3]), _MONTHS[m[2]], int(m[1]))
    return None


def _month_or_year(t: str) -> Since | None:
    """A month- or year-precision date from a normalised string, or None."""
    m = _MONTH_YEAR_RE.fullmatch(t)
    if m:
        d = _make(full_year(m[2] or m[3] or m[4]), _MONTHS[m[1]], 1)
        return Since(d, "month") if d else None
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", t)
    if m:
        d = _make(int(m[2]), int(m[1]), 1)
        return Since(d, "month") if d else None
    # (a month of two digits: "2014-1" in a list of years is the year 2014 and its count)
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        # "2004-05" is far more often a financial year than May 2004 in these letters.
        if is_financial_year(int(m[1]), int(m[2])):
            return None
        d = _make(int(m[1]), int(m[2]), 1)
        return Since(d, "month") if d else None
    m = re.fullmatch(r"(\d{4})|['’](\d{2})", t)
    if m:
        # "2009", or "'09" with the apostrophe marking the century left out.
        d = _make(int(m[1]) if m[1] else full_year(m[2]), 1, 1)
        return Since(d, "year") if d else None
    return None


def is_financial_year(year: int, following: int) -> bool:
    """Whether "2011/12" or "2004-05" (a year, then two digits) names a financial year: the digits are the
    next year's last two."""
    return following == (year + 1) % 100


def _absolute(t: str) -> Since | None:
    """A date that needs no reference day, from a normalised string."""
    d = _full_date(t)
    if d is not None:
        return Since(d, "day")
    found = _month_or_year(t)
    if found is not None:
        return found
    q = re.match(_QUALIFIER, t)
    if q:
        # "early 2010", "the beginning of September 2004": the qualifier narrows nothing we can use.
        return _month_or_year(t[q.end() :])
    m = re.fullmatch(r"(?:before|prior\s+to|earlier\s+than|pre)[\s-]+(\d{4})", t)
    if m:
        # "since before 2005": some day before that year began, the earliest unknown.
        last = _make(int(m[1]) - 1, 12, 31)
        return Since(None, "unknown", latest=last) if last else None
    m = re.fullmatch(r"(\d{4})\s+or\s+(?:earlier|before)", t)
    if m:
        # "2014 or earlier", a table's first band: some day up to that year's end.
        last = _make(int(m[1]), 12, 31)
        return Since(None, "unknown", latest=last) if last else None
    m = re.fullmatch(r"between\s+(\d{4})\s+and\s+(\d{4})|(\d{4})\s*(?:-|\u2013|to)\s*(\d{4})", t)
    # "2010-2014", a band of years (two years apart or more: "2014-2015" may be a financial year)
    if m and m[3] and int(m[4]) - int(m[3]) < 2:
        m = None
    if m and m[3]:
        first, last = _make(int(m[3]), 1, 1), _make(int(m[4]), 12, 31)
        return Since(first, "year", latest=last) if first and last else None
    if m and int(m[1]) < int(m[2]):
        # "between 2014 and 2015": some day in those years, kept as the span it is.
        first, last = _make(int(m[1]), 1, 1), _make(int(m[2]), 12, 31)
        return Since(first, "year", latest=last) if first and last else None
    m = _QUARTER_RE.fullmatch(t)
    if m:
        # "Q1 2013", "2014 Q3", "quarter 2 2015", "third quarter of 2018": some day in those three months.
        year = full_year(m["y1"] or m["y2"] or m["y3"])  # ("Q1 15": a quarter of 2015)
        quarter = int(m["q1"] or m["q2"]) if m["q1"] or m["q2"] else _ORDINALS[m["q3"]]
        first = _make(year, 3 * quarter - 2, 1)
        last = _make(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1]) if first else None
        return Since(first, "month", latest=last) if first and last else None
    m = _YEAR_ENDING_RE.fullmatch(t)
    if m:
        # "YE Mar-17", "year ending 31 March 2016": the twelve months up to the end of that month.
        end = _full_date(m["d"]) if m["d"] else _make(full_year(m["y"]), _MONTHS[m["m"]], 1)
        if end is None:
            return None
        first = add_months(end.replace(day=1), -11)
        return Since(first, "month", latest=end.replace(day=calendar.monthrange(end.year, end.month)[1]))
    m = _HALF_RE.fullmatch(t)
    if m:
        # "H1 2015", "2019 H2" are January to June and July to December, as "the second half of 2016" is.
        year, half = int(m["y"] or m["y2"] or m["y3"]), 1 if (m["h"] or m["h2"] or m["w"]) in ("1", "first") else 2
        first = _make(year, 6 * half - 5, 1)
        return Since(first, "month", latest=datetime.date(year, 6 * half, 30 + (half == 2))) if first else None
    m = _MONTHS_OF_YEAR_RE.fullmatch(t)
    if m and m["y"]:
        return _months_of_year(m, int(m["y"]))
    m = _WEEK_RE.fullmatch(t)
    if m:
        return _week_commencing(m["d"])
    m = _WEEK_IN_MONTH_RE.fullmatch(t)
    if m:
        # "the first week of June 2018": whichever week, it lies in that month (give or take its edges).
        d = _make(int(m["y"]), _MONTHS[m["m"]], 1)
        return Since(d, "month") if d else None
    m = _WEEK_BESIDE_RE.fullmatch(t)
    if m:
        # "the week before Christmas 2010", "the week after 3 March 2015": the seven days beside that day.
        day = _feast_day(m["d"]) or _full_date(m["d"])
        if day is None:
            return None
        after = m["rel"] in ("after", "following")
        return _week_span(day + datetime.timedelta(days=1) if after else day - datetime.timedelta(days=7))
    m = _FEAST_RE.fullmatch(t)
    if m:
        # "Christmas Eve 2012", "Hogmanay 2015" name a day; "Christmas 2010" alone is the season, so December.
        if m["f"] != "christmas":
            day = _feast_day(t)
            return Since(day, "day") if day else None
        d = _make(int(m["y"]), 12, 1)
        return Since(d, "month") if d else None
    m = _SEASON_RE.fullmatch(t)
    if m:
        # "the summer of 2016": where a season starts and ends is a matter of opinion, so only its year is
        # claimed; winter straddles two years, so it is read only with both ("winter 2016/17"), as those years.
        year = int(m["y"])
        if m["s"] != "winter":
            first = _make(year, 1, 1)
            return Since(first, "year") if first else None
        if m["y2"] is None or full_year(m["y2"][-2:]) != year + 1:
            return None
        first, last = _make(year, 1, 1), _make(year + 1, 12, 31)
        return Since(first, "year", latest=last) if first and last else None
    m = _MONTH_SPAN_RE.fullmatch(t) or _MONTH_RANGE_RE.fullmatch(t)
    if m:
        # "between March and June 2021", "between November 2020 and February 2021": some day in those months.
        end_year, first_month, last_month = int(m["y2"]), _MONTHS[m["m1"]], _MONTHS[m["m2"]]
        start_year = int(m["y1"]) if m["y1"] else end_year - (first_month > last_month)
        first = _make(start_year, first_month, 1)
        last = _make(end_year, last_month, calendar.monthrange(end_year, last_month)[1]) if first else None
        return Since(first, "month", latest=last) if first and last and first < last else None
    return None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_QUARTER_RE = re.compile(
    r"(?:q|quarter\s*)(?P<q1>[1-4])[\s,/-]+(?P<y1>\d{4}|\d{2})|(?P<y2>\d{4})[\s,/-]+(?:q|quarter\s*)(?P<q2>[1-4])"
    rf"|(?P<q3>{'|'.join(_ORDINALS)})\s+quarter\s+(?:of\s+)?(?P<y3>\d{{4}})"
)
# "Jan-Mar 2014", "Oct to Dec 2018": a span of months written as a period, not a "between".
_MONTH_RANGE_RE = re.compile(rf"(?P<m1>{_MON})\.?(?:\s+(?P<y1>\d{{4}}))?\s*(?:-|–|\bto\b)\s*(?P<m2>{_MON})\.?,?\s+(?P<y2>\d{{4}})")
_YEAR_ENDING_RE = re.compile(
    rf"(?:ye|y/e|year\s+end(?:ing|ed)?)[:\s]+(?:(?P<m>{_MON})\.?[\s\-'’]*(?P<y>\d{{4}}|\d{{2}})|(?P<d>\d.+))"
)
_HALF_RE = re.compile(
    r"h(?P<h>[12])[\s,/-]+(?P<y>\d{4})|(?P<y2>\d{4})[\s,/-]+h(?P<h2>[12])|(?P<w>first|second)\s+half\s+(?:of\s+)?(?P<y3>\d{4})"
)
# "the first two months of 2019", "the last three months of this year": a run of months at one end of a year.
_MONTHS_OF_YEAR_RE = re.compile(
    rf"(?:the\s+)?(?P<end>first|last|final)\s+(?P<n>{_N})\s+months\s+(?:of|in)\s+(?:(?P<y>\d{{4}})|(?P<rel>this|last)\s+year)"
)


def _months_of_year(m: re.Match[str], year: int) -> Since | None:
    """The months a _MONTHS_OF_YEAR_RE match names, in `year`: some day in them, kept as the span they are."""
    n = _count(m["n"], "month")
    if n is None or not 1 <= n <= 11:
        return None
    first_month = 1 if m["end"] == "first" else 13 - n
    last_month = first_month + n - 1
    first = _make(year, first_month, 1)
    last = _make(year, last_month, calendar.monthrange(year, last_month)[1]) if first else None
    return Since(first, "month", latest=last) if first and last else None


_SEASON_RE = re.compile(r"(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>\d{4})(?:\s*[/-]\s*(?P<y2>\d{4}|\d{2}))?")
# "w/c 03/02/2014", "week commencing 3 February 2014": a day starting a week.
_WEEK_RE = re.compile(r"(?:w/c|w\.c\.?|w/b|week\s+(?:commencing|beginning|starting|of))[:\s]*(?P<d>.+)")


def _week_commencing(text: str) -> Since | None:
    """The week from a day: its month when the whole week lies in one month, else the two months it spans. Which
    day of the week someone went missing is not said, so the day is not claimed."""
    first = _full_date(text)
    return None if first is None else _week_span(first)


# "the first week of June 2018", "the last week in March 2015".
_WEEK_IN_MONTH_RE = re.compile(
    rf"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+(?P<m>{_MON})\.?,?\s+(?P<y>\d{{4}})"
)
# Days the year names: "Christmas Eve 2012", "New Year's Day 2016", "Hogmanay 2015"; "Christmas 2010" alone.
_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new years day": (1, 1),
           "new years eve": (12, 31), "hogmanay": (12, 31)}  # fmt: skip
_FEAST_RE = re.compile(
    r"(?P<f>christmas(?:\s+(?:day|eve))?|boxing\s+day|new\s+year['’]?s\s+(?:day|eve)|hogmanay)\s+(?:of\s+)?(?P<y>\d{4})"
)
_WEEK_BESIDE_RE = re.compile(r"week\s+(?P<rel>before|after|following|preceding|leading\s+up\s+to)\s+(?P<d>.+)")


def _feast_day(text: str) -> datetime.date | None:
    """The day a feast names ("christmas eve 2012"); plain "christmas" is Christmas Day, as in "the week before
    Christmas"."""
    m = _FEAST_RE.fullmatch(text)
    if m is None:
        return None
    name = " ".join(m["f"].replace("'", "").replace("’", "").split())
    month, day = _FEASTS.get(name, (12, 25))
    return _make(int(m["y"]), month, day)


def _week_span(first: datetime.date) -> Since:
    """Seven days from a day: their month when they lie in one month, else the two months they span."""
    last = first + datetime.timedelta(days=6)
    start = first.replace(day=1)
    if (last.year, last.month) == (first.year, first.month):
        return Since(start, "month")
    return Since(start, "month", latest=last.replace(day=calendar.monthrange(last.year, last.month)[1]))


_MONTH_SPAN_RE = re.compile(
    rf"between\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<m1>{_MON})\.?(?:\s+(?P<y1>\d{{4}}))?\s+and\s+(?:the\s+end\s+of\s+)?"
    rf"(?P<m2>{_MON})\.?,?\s+(?P<y2>\d{{4}})"
)


_MAX_SPAN = {"year": 120, "month": 120 * 12, "fortnight": 120 * 27, "week": 120 * 53, "day": 120 * 366}


def _count(text: str, unit: str = "year") -> int | None:
    """An exact count of units from digits or words ("a"/"an" are 1); None if no one is missing that long.

    The cap keeps "2004 and twenty-one years" from being read as a span of 2004 years.
    """
    if text.strip().lower() in ("a", "an"):
        return 1
    bounds = parse_count(text)
    if bounds is None or bounds[0] != bounds[1] or bounds[0] > _MAX_SPAN[unit]:
        return None
    return bounds[0]


def _year_start(d: datetime.date) -> datetime.date:
    return d.replace(month=1, day=1)


_AND_A_HALF_RE = re.compile(
    rf"(?P<n>{_N})\s+and\s+a\s+half\s+years?(?:\s+ago)?|(?P<n2>\d{{1,2}})\.5\s+years?(?:\s+ago)?|an?\s+year\s+and\s+a\s+half(?:\s+ago)?",
    re.IGNORECASE,
)
_UNIT_ABBREVIATIONS = [
    (re.compile(r"^(\d{1,2})\s*y\s*(\d{1,2})\s*m$"), r"\1 years \2 months"),  # "2y 1m"
    (re.compile(r"(?<=\d)\s*(?:yrs?)\b|(?<=\s)yrs?\b"), " years"),
    (re.compile(r"(?<=\d)\s*(?:mths?|mnths?|mos)\b|(?<=\s)(?:mths?|mnths?|mos)\b"), " months"),
    (re.compile(r"(?<=\d)\s*wks?\b|(?<=\s)wks?\b"), " weeks"),
    (re.compile(r"^(\S+\s+(?:years|months))\s*\+$"), r"more than \1"),  # "5 yrs+": at least five years
    (re.compile(r"^(\d{1,3})\s*\+\s*(years|months)$"), r"more than \1 \2"),  # "60+ months"
    # "five years or less", "2 years or more": the bound said after it
    (re.compile(r"^(\S+\s+(?:years?|months?))\s+or\s+(?:less|fewer|under|shorter)$", re.IGNORECASE), r"less than \1"),
    (re.compile(r"^(\S+\s+(?:years?|months?))\s+or\s+(?:more|over|longer|above)$", re.IGNORECASE), r"more than \1"),
]


def _spelt_out(t: str) -> str:
    """Durations with their units spelt out: "3 yrs 4 mths" as "3 years 4 months", "5 yrs+" as "more than 5 years"."""
    for pattern, replacement in _UNIT_ABBREVIATIONS:
        t = pattern.sub(replacement, t)
    return " ".join(t.split())


_OR_LATER_RE = re.compile(r"(?P<a>\d{4})\s+(?:or|and)\s+(?:later|after)|(?P<b>\d{4})\s+onwards?|(?:in\s+)?or\s+after\s+(?P<c>\d{4})")


def _relative(t: str, as_of: datetime.date) -> Since | None:
    """A phrase measured back from as_of ("14 years", "last November"), from a normalised string."""
    t = _spelt_out(t)
    ago = r"(?:\s+ago)?"
    m = _OR_LATER_RE.fullmatch(t)
    if m:
        # "2009 or later", "in or after 2009", "2009 onwards": some day from that year's start to the figures' day.
        first = _make(int(m["a"] or m["b"] or m["c"]), 1, 1)
        return Since(first, "year", latest=as_of) if first and first <= as_of else None
    m = _AND_A_HALF_RE.fullmatch(t)
    if m:
        # "three and a half years", "3.5 years", "a year and a half": 42 months back, to the month.
        whole = _count(m["n"] or m["n2"] or "a")
        if whole is None:
            return None
        return Since(add_months(as_of, -(12 * whole + 6)).replace(day=1), "month")
    m = re.fullmatch(rf"(?:between\s+)?(?P<a>{_N}){_RANGE_SEP}(?P<b>{_N})\s+years?{ago}", t, re.IGNORECASE)
    if m:
        a, b = _count(m["a"]), _count(m["b"])
        if a is None or b is None:
            return None
        lo, hi = min(a, b), max(a, b)
        return Since(_year_start(add_years(as_of, -hi)), "year", latest=add_years(as_of, -lo))
    m = re.fullmatch(rf"(?:between\s+)?(?P<a>{_N}){_RANGE_SEP}(?P<b>{_N})\s+months?{ago}", t, re.IGNORECASE)
    if m:
        # "12 - 24 months": a band of months, the month at its far end to the day at its near one
        a, b = _count(m["a"], "month"), _count(m["b"], "month")
        if a is None or b is None:
            return None
        lo, hi = min(a, b), max(a, b)
        return Since(add_months(as_of, -hi).replace(day=1), "month", latest=add_months(as_of, -lo))
    m = re.fullmatch(rf"(?P<y>{_N})\s+years?,?\s+(?:and\s+)?(?P<m>{_N})\s+months?{ago}", t, re.IGNORECASE)
    if m:
        y, mo = _count(m["y"]), _count(m["m"], "month")
        if y is None or mo is None:
            return None
        return Since(add_months(as_of, -(12 * y + mo)).replace(day=1), "month")
    m = re.fullmatch(
        rf"(?P<q>more\s+than|over|in\s+excess\s+of|at\s+least|upwards\s+of)\s+"
        rf"(?P<n>{_N})\s+(?P<u>year|month)s?",
        t,
        re.IGNORECASE,
    )
    if m:
        n = _count(m["n"], m["u"].lower())
        if n is None:
            return None
        latest = add_years(as_of, -n) if m["u"].lower() == "year" else add_months(as_of, -n)
        return Since(None, "unknown", latest=latest)
    m = re.fullmatch(
        rf"(?:less|fewer)\s+than\s+(?P<n>{_N})\s+(?P<u>year|month)s?|under\s+(?P<n2>{_N})\s+(?P<u2>year|month)s?",
        t,
        re.IGNORECASE,
    )
    if m:
        # "less than a year": missing since some day after as_of - 1 year. Like "between two and eight
        # years", the earliest bound is widened to the start of its year (or month) and as_of is the latest.
        unit = (m["u"] or m["u2"]).lower()
        n = _count(m["n"] or m["n2"], unit)
        if n is None:
            return None
        if unit == "year":
            return Since(_year_start(add_years(as_of, -n)), "year", latest=as_of)
        return Since(add_months(as_of, -n).replace(day=1), "month", latest=as_of)
    m = re.fullmatch(rf"(?P<n>{_N})\s+(?P<u>year|month|fortnight|week|day)s?{ago}", t, re.IGNORECASE)
    if m:
        n = _count(m["n"], m["u"].lower())
        if n is None:
            return None
        if m["u"].lower() == "year":
            return Since(_year_start(add_years(as_of, -n)), "year")
        if m["u"].lower() == "month":
            return Since(add_months(as_of, -n).replace(day=1), "month")
        if m["u"].lower() == "day":
            return Since(as_of - datetime.timedelta(days=n), "day")
        # "26 weeks", "a fortnight": weeks are counted whole and rounded, so they give the month, not the day.
        weeks = n * 2 if m["u"].lower() == "fortnight" else n
        return Since((as_of - datetime.timedelta(weeks=weeks)).replace(day=1), "month")
    m = _MONTHS_OF_YEAR_RE.fullmatch(t)
    if m and m["rel"]:
        return _months_of_year(m, as_of.year - (m["rel"] == "last"))
    if t == "last year":
        return Since(datetime.date(as_of.year - 1, 1, 1), "year")
    if t == "this year":
        return Since(datetime.date(as_of.year, 1, 1), "year")
    if t == "last month":
        return Since(add_months(as_of, -1).replace(day=1), "month")
    m = re.fullmatch(rf"({_MON})\s+(?:of\s+)?(last|this)\s+year", t)
    if m:
        return Since(datetime.date(as_of.year - (m[2] == "last"), _MONTHS[m[1]], 1), "month")
    m = re.fullmatch(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\s+(?:of\s+)?(last|this)\s+year", t)
    if m:  # "1st November this year"
        day = _make(as_of.year - (m[3] == "last"), _MONTHS[m[2]], int(m[1]))
        return Since(day, "day") if day is not None else None
    m = re.fullmatch(rf"(last\s+)?({_MON})", t)
    if m:
        month = _MONTHS[m[2]]
        # "last November" is strictly before as_of's month; a bare "November" may be this month.
        before = month < as_of.month if m[1] else month <= as_of.month
        year = as_of.year if before else as_of.year - 1
        return Since(datetime.date(year, month, 1), "month")
    return None


def parse_since(text: str, as_of: datetime.date | None = None) -> Since | None:
    """Read a whole string as a "missing since" date; None if it is not one or needs an as_of it lacks.

    Digit strings that are not years ("38245") are refused: whether a cell holds an Excel serial is the
    caller's call (see from_excel_serial).
    """
    return _parse_since(text, as_of)


_WELSH_THEN_ENGLISH = re.compile(rf"^(?P<welsh>{'|'.join(WELSH_MONTHS)})\s*/\s*(?P<english>.+)$")


@lru_cache(maxsize=16384)
def _parse_since(text: str, as_of: datetime.date | None) -> Since | None:
    """parse_since, cached: a pure function of (text, as_of) with an immutable result, and a long table or
    letter repeats the same date texts many times."""
    t = _normalise(text)
    if t in _UNKNOWN:
        return Since(None, "unknown")
    if "(" in t:
        # "2006 (day and month not recorded)": the date at the precision it is given, the note on the rest set aside
        t = _FINER_PARTS_NOT_KEPT.sub("", t) or t
    while True:
        stripped = _PREFIX_RE.sub("", t)
        if stripped == t or not stripped:
            break
        t = stripped
    if t in _UNKNOWN:
        return Since(None, "unknown")
    found = _absolute(t)
    if found is not None:
        return found
    welsh = _WELSH_THEN_ENGLISH.match(t)
    if welsh and (english := _absolute(welsh["english"])) is not None and english.date and english.date.month == _MONTHS[welsh["welsh"]]:
        return english  # "Hydref / October 2017": the month in Welsh, then in English with its year
    if as_of is None:
        return None
    try:
        return _relative(t, as_of)
    except (ValueError, OverflowError):  # a span reaching before year 1
        return None


@lru_cache(maxsize=4096)
def parse_letter_date(text: str) -> datetime.date | None:
    """A full (day-precision) date such as a letter's date or an "as at" date; None for anything coarser."""
    t = _normalise(text)
    t = re.sub(r"^(?:dated|date|as\s+(?:of|at))\b[:\s]*", "", t)
    t = _normalise(t)
    return _full_date(t)


# ---------------------------------------------------------------------------------------------------------
# Finding dates inside sentences: candidate spans are found by pattern, then each is checked with
# parse_since, and the longest valid ones win.
_START = r"(?<![\w/.\-£$€#:])"
# (not "2014-15", "2014-1-5": but "2014-1", a year and its count in a list, ends at the year)
_END = r"(?![\w/%£#]|[.:]\d|-\d(?:\d|[-/.]\d))"
_QUAL_TEXT = r"(?:(?:early|mid|late)[\s\-]+|(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+)?"
# Each group of patterns with what every pattern in it needs somewhere in the sentence (None: nothing):
# a sentence that lacks it is not scanned for that group, which spares most sentences most scans.
_WITH_DIGITS = [
    r"between\s+\d{4}\s+and\s+\d{4}",
    rf"between\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_MON_TEXT}\.?(?:\s+\d{{4}})?\s+and\s+(?:the\s+end\s+of\s+)?{_MON_TEXT}\.?,?\s+\d{{4}}",
    r"(?:before|prior\s+to|earlier\s+than)\s+\d{4}",
    r"\d{4}\s+(?:(?:or|and)\s+(?:later|after)|onwards?)|in\s+or\s+after\s+\d{4}|\d{4}\s+or\s+(?:earlier|before)",
    r"(?:Q|quarter\s*)[1-4][\s,/-]+\d{4}|\d{4}[\s,/-]+(?:Q|quarter\s*)[1-4]|Q[1-4][\s/-]\d{2}",  # ("Q1 15")
    r"\d{4}([-/])\d{1,2}\1\d{1,2}",  # 2019-04-11, and 2019/04/11 as some systems write it
    r"\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})",
    # ("1-Mar-2011", "1 March 2011"; not "Offender 1 - March 2011", a label's number and then a month)
    rf"\d{{1,2}}{_ORD}(?:\s+of)?(?:-|\s*){_MON_TEXT}\.?,?[\s\-]+(?:\d{{4}}|['’]?\d{{2}}\b)",
    rf"{_MON_TEXT}\.?\s+\d{{1,2}}{_ORD},?\s+\d{{4}}",
    rf"{_QUAL_TEXT}{_MON_TEXT}\.?(?:,?\s+(?:of\s+)?\d{{4}}|-\d{{4}}|\s?[-'’]\d{{2}}|\s+['’]\d{{2}})",  # ("March of 2016")
    rf"{_MON_TEXT}\.?\s*(?:-|–|\bto\b)\s*{_MON_TEXT}\.?,?\s+\d{{4}}",
    r"(?:the\s+)?(?:spring|summer|autumn)\s+(?:of\s+)?\d{4}",
    r"(?:the\s+)?winter\s+(?:of\s+)?\d{4}\s*[/-]\s*(?:\d{4}|\d{2})",
    r"(?:the\s+)?(?:first|second)\s+half\s+(?:of\s+)?\d{4}|h[12][\s,/-]+\d{4}|\d{4}[\s,/-]+h[12]",
    rf"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+{_MON_TEXT}\.?,?\s+\d{{4}}",
    # "Christmas Eve 2012", "the week before Christmas 2010", "the week after 3 March 2015"
    (
        r"(?:the\s+week\s+(?:before|after|following|preceding|leading\s+up\s+to)\s+)?(?:christmas(?:\s+day|\s+eve)?"
        r"|boxing\s+day|new\s+year['’]?s\s+(?:day|eve)|hogmanay)\s+(?:of\s+)?\d{4}"
    ),
    rf"(?:the\s+)?week\s+(?:before|after|following|preceding)\s+\d{{1,2}}{_ORD}\s+{_MON_TEXT}\.?,?\s+\d{{4}}",
    r"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter\s+(?:of\s+)?\d{4}",
    rf"(?:the\s+)?(?:first|last|final)\s+{_N}\s+months\s+(?:of|in)\s+\d{{4}}",
    rf"(?:w/c|week\s+(?:commencing|beginning))\s+(?:\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|\d{{1,2}}{_ORD}\s+{_MON_TEXT}\.?\s+\d{{4}})",
    r"\d{1,2}/\d{4}",
    r"(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\.\d)",  # "03.2016": a month and its year, written with a stop
    r"\d{4}-\d{2}",
    rf"{_QUAL_TEXT}\d{{4}}",
]
_WITH_UNITS = [
    rf"(?:{_N}\s+and\s+a\s+half\s+years?|\d{{1,2}}\.5\s+years?|an?\s+year\s+and\s+a\s+half)(?:\s+ago)?",
    rf"{_N}\s+yrs?,?\s+(?:and\s+)?{_N}\s+mths?(?:\s+ago)?",
    # "approx 2 yrs" whole: the hedge belongs to the duration (parse_since drops it; a year is coarse already).
    rf"(?:(?:approx\.?|approximately|about|around|roughly|circa|c\.)\s*)?{_N}\s+(?:yrs?|mths?)(?:\s+ago)?(?!\s+old\b|\s+of\s+age\b)",
    rf"(?:between\s+)?{_N}{_RANGE_SEP}{_N}\s+years?(?:\s+ago)?",
    rf"(?:between\s+)?{_N}{_RANGE_SEP}{_N}\s+months?(?:\s+ago)?",
    rf"{_N}\s+years?,?\s+(?:and\s+)?{_N}\s+months?(?:\s+ago)?",
    rf"(?:more\s+than|over|in\s+excess\s+of|at\s+least|upwards\s+of)\s+{_N}\s+(?:year|month)s?",
    rf"{_N}\s+(?:year|month)s?\s+or\s+(?:less|fewer|under|shorter|more|over|longer|above)\b",
    # Not "under N years" in running text: that is far more often an age ("a child under 16 years").
    rf"(?:less|fewer)\s+than\s+{_N}\s+(?:year|month)s?(?!\s+old\b|\s+of\s+age\b)",
    rf"(?:just|slightly|a\s+little|a\s+bit)\s+(?:over|under|more\s+than|less\s+than)\s+{_N}\s+(?:year|month)s?",
    # ... but a band's label before its figure is no age: "Under 1 year: 1"
    rf"under\s+{_N}\s+(?:year|month)s?(?=\s*[:=\u2013-]\s*\d)",
    # Not "a month and year" (the name of a field), nor an age.
    rf"{_N}\s+(?:year|month|fortnight|week|day)s?(?:\s+ago)?(?!\s+old\b|\s+of\s+age\b|\s*(?:and|or|,|/)\s*(?:the\s+)?(?:year|month|day|date)s?\b)",
]
_SEARCH = [
    (re.compile(r"\d").search, _WITH_DIGITS),
    (Caseless(r"year|month|fortnight|week|day|yr|mth").found_in, _WITH_UNITS),
    # ("November last year", "March of this year": a month in the year before as_of's, or in as_of's)
    (Caseless(r"last|this").found_in, [rf"(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?)?{_MON_TEXT}\s+(?:of\s+)?(?:last|this)\s+year|last\s+(?:year|month|{_MON_TEXT})|this\s+year",
      rf"(?:the\s+)?(?:first|last|final)\s+{_N}\s+months\s+(?:of|in)\s+(?:this|last)\s+year"]),
    (None, [_BARE_MONTH_TEXT]),
]
# Searched as Caseless patterns where they allow it (the match text is sliced from the sentence itself).
_SEARCH_RE = [
    (needs, [Caseless.where_possible(rf"{_START}\b(?:{p}){_END}") for p in patterns]) for needs, patterns in _SEARCH
]


# "since Dec 06 and Jan 08": months with two-digit years, listed after "since" (alone, "Dec 06" may as well be the 6th of
# December; after "since", and listed with others like it, it is when they went missing).
_SHORT_YEAR = rf"{_MON_TEXT}\.?\s+\d{{2}}(?![\w/%£#:]|[.\-]\d|,?\s+\d{{4}})"
_SINCE_SHORT_YEARS = Caseless.where_possible(
    rf"\b(?:since|wef|w\.e\.f\.)\s+{_SHORT_YEAR}(?:\s*(?:,|and|&)\s*{_SHORT_YEAR})*"
)
_SHORT_YEAR_RE = re.compile(rf"({_MON})\.?\s+(\d{{2}})", re.IGNORECASE)


def _since_short_years(text: str) -> list[SinceMatch]:
    """Each "Dec 06" of a list led by "since" or "wef" ("since Dec 06 and Jan 08", "wef Nov 18"), as a month."""
    found = []
    for listed in _SINCE_SHORT_YEARS.finditer(text):
        for m in _SHORT_YEAR_RE.finditer(text, listed.start() + len(listed[0].split()[0]), listed.end()):
            month = _MONTHS.get(m[1].lower().rstrip("."))
            day = _make(full_year(m[2]), month, 1) if month else None
            if day is not None:
                found.append(SinceMatch(m.start(), m.end(), m[0], Since(day, "month")))
    return found


def find_since(text: str, as_of: datetime.date | None = None) -> list[SinceMatch]:
    """Date-ish expressions in a sentence, in order, non-overlapping, longest first.

    Match text excludes the leading "since"/"in"/"for"; relative ones ("14 years") need as_of.
    """
    return list(_find_since(text, as_of))


# A reply's sentences are read for dates by several rules in turn (five calls a sentence, on a letter).
@cached_for_short_texts
def _find_since(text: str, as_of: datetime.date | None) -> tuple[SinceMatch, ...]:
    candidates: list[SinceMatch] = []
    seen: set[tuple[int, int]] = set()
    scans = [rx for needs, group in _SEARCH_RE if needs is None or needs(text) for rx in group]
    for rx in scans:
        for m in rx.finditer(text):
            span = (m.start(), m.end())
            if span in seen:
                continue
            seen.add(span)
            found = text[m.start() : m.end()]
            since = parse_since(found, as_of)
            if since is None or since.precision == "unknown" and since.latest is None:
                continue
            candidates.append(SinceMatch(m.start(), m.end(), found, since))
    if "since" in text.lower() or "wef" in text.lower() or "w.e.f." in text.lower():
        candidates += [c for c in _since_short_years(text) if (c.start, c.end) not in seen]
    candidates.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[SinceMatch] = []
    for c in candidates:
        if all(c.end <= k.start or c.start >= k.end for k in chosen):
            chosen.append(c)
    chosen = [_with_its_weekday_and_time(c, text) for c in chosen]
    return tuple(_in_the_year_named(sorted((_in_its_week(c, text) for c in chosen), key=lambda c: c.start), text))


# "on Tuesday 14 June 2011", "14/06/2011 09:32": a weekday before a day and a time after it are part of the date, so
# what leads the date ("on") is next to it and nothing of it is left over to read as a figure.
_WEEKDAY_BEFORE = re.compile(_WEEKDAY.replace("^", r"\b", 1) + "$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|hrs|hours)\b)?(?![\d:.]\d)", re.IGNORECASE)


def _with_its_weekday_and_time(found: SinceMatch, text: str) -> SinceMatch:
    """The day with the weekday written before it and the time after it, as one match."""
    if found.since.precision != "day":
        return found
    start, end = found.start, found.end
    if text[:start].endswith(" ") and (weekday := _WEEKDAY_BEFORE.search(text, 0, start)) is not None:
        start = weekday.start()
    if (time := _TIME_AFTER.match(text, end)) is not None:
        end = time.end()
    return found if (start, end) == (found.start, found.end) else SinceMatch(start, end, text[start:end], found.since)


# "Both went missing in 2017, one in March and the other in November": bare months that split a year named just
# before them belong to that year, not to the twelve months before the letter.
_IN_A_YEAR = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_IN_A_MONTH = re.compile(r"\bin\s+$", re.IGNORECASE)
_BARE_MONTH = re.compile(rf"{_MON}", re.IGNORECASE)


def _in_the_year_named(found: list[SinceMatch], text: str) -> list[SinceMatch]:
    """Each bare "in March" after "in 2017" in the same sentence, as a month of 2017."""
    out: list[SinceMatch] = []
    named: SinceMatch | None = None  # the "in 2017" that bare months may split
    for c in found:
        since = c.since
        if since.precision == "year" and since.date and since.latest is None:
            named = c if _IN_A_YEAR.search(text, 0, c.start) else None
        elif since.precision == "month" and since.date and _BARE_MONTH.fullmatch(c.text.strip()):
            if named is not None and named.since.date and _IN_A_MONTH.search(text, 0, c.start):
                c = SinceMatch(c.start, c.end, c.text, Since(since.date.replace(year=named.since.date.year), "month"))
                out = [k for k in out if k is not named]  # the months say it more precisely
        else:
            named = None
        out.append(c)
    return out


# "week ending 12/01/2010", "w/c 03/05/2021": a day naming a week, of which the date is known only to the week.
# ("week ending (w/e) 14/03/2014": the abbreviation may follow in brackets)
_WEEK_LEAD = re.compile(
    r"\b(?:week\s+(?P<end>ending)|week\s+(?:commencing|beginning|starting)|w/(?P<e>e)|w/c)\.?\s*(?:\(\s*w/[ec]\s*\)\s*)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _in_its_week(found: SinceMatch, text: str) -> SinceMatch:
    """The day as the week it names: that month when the week lies in one, else the months it spans."""
    lead = _WEEK_LEAD.search(text, 0, found.start) if found.since.precision == "day" and found.since.date else None
    if lead is None:
        return found
    day = found.since.date
    first = day - datetime.timedelta(days=6) if lead["end"] or lead["e"] else day
    return SinceMatch(lead.start(), found.end, text[lead.start() : found.end], _week_span(first))
