"""Turn count phrases from police FOI letters into (low, high) integer bounds.

Forces write counts as digits ("1,234"), English words ("twenty-one"), Welsh words ("un ar ddeg"),
suppressed figures ("<5", "fewer than five") and ranges ("1-4"). Everything here returns bounds, never a
single guess, so a suppressed figure cannot silently become an exact one further down the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from foi_tally.patterns import Caseless, cached_for_short_texts

#: English number words: 0..20, the tens up to 90, and "hundred".
WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip

#: Words that mean a count of nothing when they are the whole answer.
ZERO_WORDS: frozenset[str] = frozenset({"none", "nil", "zero", "nought", "no", "no one", "no-one", "nobody", "nothing"})

# Welsh cardinals (with the feminine and soft-mutated forms letters actually use).
_WELSH_UNITS: dict[str, int] = {
    "dim": 0, "un": 1, "dau": 2, "dwy": 2, "ddau": 2, "ddwy": 2, "tri": 3, "tair": 3, "dair": 3,
    "pedwar": 4, "pedair": 4, "bedwar": 4, "bedair": 4, "pump": 5, "pum": 5, "bump": 5, "chwech": 6,
    "chwe": 6, "saith": 7, "wyth": 8, "naw": 9,
    # Soft and aspirate mutations ("a thri", "y dri", "a phedwar").
    "dri": 3, "thri": 3, "thair": 3, "phedwar": 4, "phedair": 4, "phump": 5, "phum": 5,
}  # fmt: skip
_WELSH_WHOLE: dict[str, int] = {
    "deg": 10,
    "deuddeg": 12,
    "pymtheg": 15,
    "deunaw": 18,
    "ugain": 20,
    "cant": 100,
    "can": 100,
}

# ---------------------------------------------------------------------------------------------------------
# Grammar of English number words, as a regex. Evaluation is separate (_eval_words) and relies on the
# regex having validated the shape, so "seven seven" or "hundred twenty" never reach it.
_U = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_T = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_X = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: The tens and unit words, as regex source: "twenty" and "one" of "twenty-one" (readers mend it when a line
#: break splits it).
TENS_WORDS, UNIT_WORDS = _X, _U
_B100 = rf"(?:{_X}(?:(?:-|\s+){_U}\b)?|{_T}|{_U})\b"
#: A number below a hundred in words, as regex source ("three", "Twenty-one"); use re.IGNORECASE.
WORDS_BELOW_100 = _B100
_B1000 = rf"(?:(?:a|{_U})\s+hundred\b(?:\s+(?:and\s+)?{_B100})?|{_B100})"
_WORDS = rf"(?:(?:a|{_B1000})\s+thousand\b(?:\s+(?:and\s+)?{_B1000})?|{_B1000})"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)"
# A digit string that is a plausible year: find_counts never reports these.
_NOT_YEAR = r"(?!(?:19|20)\d\d(?!\d|,\d))"

#: A number starts with a digit, "a" ("a hundred") or a number word's first letter. Checked first, it spares
#: the regex engine trying every number word at every other word of a sentence (a lookahead: it matches
#: nothing by itself, so the patterns match exactly what they would without it).
NUMBER_START = "(?=[\\d" + "".join(sorted({w[0] for w in WORD_NUMBERS} | {"a"})) + "])"
_NUM = rf"{NUMBER_START}(?:{_DIGITS}|{_WORDS})"
#: Regex source for one number as digits ("1,234") or English words ("twenty-one"); use re.IGNORECASE.
NUMBER_PATTERN: str = _NUM
_NUM_FIND = rf"{NUMBER_START}(?:{_NOT_YEAR}{_DIGITS}|{_WORDS})"

_BETWEEN = r"between\s+(?P<a>{n})\s+and\s+(?P<b>{n})"
# Above one figure and below another: "more than five but fewer than ten" is 6 to 9.
_WINDOW = (
    r"(?:more|greater)\s+than\s+(?P<a>{n})\s*,?\s+(?:but|and|yet)\s+(?:fewer|less)\s+than\s+(?P<b>{n})"
)
# A hyphen after a tens word is part of the number ("twenty-one"), never a range; nor is a figure with a leading
# zero after a hyphen the top of one ("19-0207": a reference).
_RANGE = r"(?P<a>{n})(?:(?<!ty)\s*-\s*|\s*[–—]\s*|\s+(?:to|or)\s+)(?!0\d)(?P<b>{n})"
# Below a figure ("fewer than 5": a), or at most it ("no more than 3": i, "5 or fewer": j).
_LESS = (
    r"(?:(?:fewer|less)\s+than|under|below|<)\s*(?P<a>{n})|(?:(?:no|not)\s+more\s+than|at\s+most)\s*(?P<i>{n})"
    r"|(?P<j>{n})\s+or\s+(?:fewer|less)\b|(?:in\s+)?(?P<s>single)\s+figures?\b"
)
#: The phrases read as a span of counts (see _bounds), by kind, in the order parse_count tries them.
_BOUNDED = {"between": _BETWEEN, "window": _WINDOW, "range": _RANGE, "less": _LESS}
_MORE = (
    r"(?:(?:more|greater)\s+than|over|above|in\s+excess\s+of|at\s+least|no\s+(?:fewer|less)\s+than|>)\s*(?P<a>{n})"
    r"|(?P<p>{n})\s*(?:\+|or\s+more\b)"
)

# What may not touch a count on either side: letters/digits (reference numbers, ordinals, "s40"), money
# signs, slashes and dots (dates, "s.12"), colons (times), hyphens ("F-2009-01234"), percent signs.
_START = r"(?<![\w£$€#/.:\-<>+’'])(?<!\d,)"
_END = r"(?![\w%/+#’']|[.,]\d|-\w|\s*%|\s*per\s*cent\b|:(?!\s+" + _NUM + r"\b))"
#: ...but "is ten: seven ... and three ...", a figure and then its parts, ends at its colon (not "10:30", "Table 1: ...").
_NO_STOP = r"(?:longer|later|earlier|sooner|more|less|fewer|further|doubt|matter|need|one\b)"
# ("twenty first" is an ordinal; "the 2 first wanted in 2018" and "one first recorded in 1998" are people.)
_ORDINAL_NEXT = r"(?!(?<=ty)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)"


# Figures said as idioms: "a single offender", "half a dozen", "a dozen". ("a single figure" is a bound, above.)
_IDIOMS = {"a single": 1, "half a dozen": 6, "a dozen": 12, "one dozen": 12}
# ("a single offender" is one of them; "a single list of such offenders" is no count.)
_IDIOMS_FIND = (
    r"\ba\s+single\b(?!\s+figures?\b)(?!\s+(?:list|database|system|record|register|source|point|place|file|figure|"
    r"category|report|search|spreadsheet|table|team|unit|department|location|way|method|reference|code|flag)s?\b)(?=\s+[a-z])"
    r"|\bhalf\s+a\s+dozen\b|\b(?:a|one)\s+dozen\b"
)


def _anon(pattern: str) -> str:
    """The pattern with its named groups made anonymous, so several can sit in one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


#: Its matches' groups are lower-cased (see Caseless.finditer): callers slice the text for its own case.
_FIND_RE = Caseless(
    _START
    + r"(?:"
    + rf"(?P<between>{_anon(_BETWEEN.format(n=_NUM_FIND))})"
    + rf"|(?P<window>{_anon(_WINDOW.format(n=_NUM_FIND))})"
    + rf"|(?P<range>{_anon(_RANGE.format(n=_NUM_FIND))})"
    + rf"|(?P<less>{_anon(_LESS.format(n=_NUM_FIND))})"
    + rf"|(?P<more>{_anon(_MORE.format(n=_NUM_FIND))})"
    + rf"|(?P<zero>\bno[\s-]+one\b|\bnone\b|\bnil\b|\bzero\b|\bnought\b|\bno\b(?=\s+(?!{_NO_STOP})[a-z]))"
    + rf"|(?P<idiom>{_IDIOMS_FIND})"
    + rf"|(?P<single>{_NUM_FIND}){_ORDINAL_NEXT}"
    + r")"
    + _END
)

# ---------------------------------------------------------------------------------------------------------
# Spans that contain digits but are not counts. They are blanked out before looking for counts.
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|ionawr|chwefror|mawrth|ebrill|(?-i:Mai|MAI)|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
)
_REF_ITEM = r"\d+[a-z]?(?:\s*\(\s*\w{1,4}\s*\))*"
_NOT_COUNTS = [
    # Section and similar references: "section 40(2)", "s.12", "s40(2)", "Part 2", "Question 3".
    (
        # (not the "s" of a possessive: "the force's 1,180 records")
        rf"(?:\b(?<!['\u2019])(?:section|s|reg(?:ulation)?|para(?:graph)?|article|art|schedule|sch|part|clause|rule|chapter"
        rf"|page|p|pp|annex|appendix|question|q|version|v)\b\.?|\bs(?=\d))\s*{_REF_ITEM}"
        rf"(?:\s*(?:,|and|or|&)\s*(?:section|s\.?)?\s*\d+[a-z]?(?:\s*\(\s*\w{{1,4}}\s*\))+)*"
    ),
    (
        # ("Nos. 6 and 7 are believed to have left": the people numbered so in a list above)
        rf"\b(?:sections|ss|regulations|paragraphs|paras|articles|schedules|parts|clauses|questions|nos)\b\.?\s*"
        rf"{_REF_ITEM}(?:\s*(?:,|and|or|&|to|-|–)\s*{_REF_ITEM})*"
    ),
    r"\b\d+[a-z]?(?:\(\s*\w{1,4}\s*\))+",  # "1(1)(b)"
    r"\b\d{7,}\b",  # a long run of digits is a reference or a number on a system ("2010060015234"), never a count
    # A list or question number opening the text: "2) How many of them ...", "(3) Not applicable", "2. How many".
    r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])(?=\s+[^\W\d])",
    # Telephone numbers and extensions: "101 ext 800 2211", "Tel: 01234 567890", "Mobile 07700 900123".
    r"\b(?:101\s+)?(?:ext|extn|extension|tel|telephone|phone|mob|mobile|fax)\b\.?\s*(?:no\.?\s*)?:?\s*\+?\d[\d \t()-]*\d",
    # Money.
    r"[£$€]\s*\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|bn|million|billion|thousand)\b)?",
    r"\b\d[\d,]*(?:\.\d+)?\s*(?:pounds|pence|gbp)\b",
    # Numeric dates, slash-joined numbers ("1998/99", "2015/1234") and financial years ("2014-15").
    r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\b",
    r"\d+(?:\s?/\s?\d+)+",
    # Dates with month names: "5 February 2015", "5th of Feb", "September 15, 2004", "Sep-04".
    # (not "1 - September 2011": a count, a dash and its month)
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?(?:[\-/]|\s+){_MON}\b\.?(?:,?[\s\-/]+\d{{2,4}}\b)?",
    rf"\b{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)\b(?:,?\s+\d{{4}}\b)?",
    rf"\b{_MON}\.?\s+\d{{1,2}},?\s+\d{{4}}\b",
    rf"\b{_MON}[-'’]\d{{2}}\b",
    # Reference numbers: "F-2009-01234", "FOI/123", "FOI 1234", "Ref: 2015-0012".
    r"\b[a-z]{1,10}[-/]\d[\w/\-]*",
    r"\b(?:foia?|ref(?:erence)?|urn)\b\.?\s*(?:request|no\.?|number|ref\.?)?\s*[:#]?\s*[\w/\-]*\d[\w/\-]*",
    # Times: "10:30", "10.30am", "5 pm".
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?",
    r"\b\d{1,2}\s*[ap]\.?m\b\.?",
]
# Only their places are used: those written in lower case are searched as Caseless does; those with the
# month names keep their case-sensitive "May" and are searched as they are.
_NOT_COUNTS_RE = [Caseless.where_possible(p) for p in _NOT_COUNTS]
# Telephone numbers: digit groups split by spaces or hyphens, at least 7 digits in all, and either a
# leading 0 / + (UK style) or three or more groups.
_PHONE_RE = re.compile(r"(?<![\w+])\+?\d+(?:[ \-]\d+)+(?!\w)")
_LONG_ZERO_RE = re.compile(r"(?<!\w)0\d{8,}(?!\w)")
_MASK = "#"
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class CountMatch:
    """A bounded count found inside a sentence, with where it was found (so readers can cite it)."""

    start: int
    end: int
    text: str
    low: int
    high: int


@dataclass(frozen=True)
class OpenCount:
    """An open-ended figure ("more than 5", "5+") found in a sentence: it has a floor but no ceiling."""

    start: int
    end: int
    text: str
    minimum: int


def _eval_words(text: str) -> int:
    """Value of English number words whose shape _WORDS already accepted."""
    total = 0
    current = 0
    for tok in re.split(r"[\s\-]+", text.lower()):
        if tok in ("and", ""):
            continue
        if tok == "a":
            current = 1
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            current += WORD_NUMBERS[tok]
    return total + current


def _eval_welsh(text: str) -> int | None:
    """Value of a Welsh number phrase (traditional vigesimal or modern decimal form), or None."""
    t = " ".join(text.split())
    if t in _WELSH_UNITS:
        return _WELSH_UNITS[t]
    if t in _WELSH_WHOLE:
        return _WELSH_WHOLE[t]
    m = re.fullmatch(r"(\w+) ar (ddeg|bymtheg|hugain)", t)
    if m and m.group(1) in _WELSH_UNITS and _WELSH_UNITS[m.group(1)] > 0:
        return _WELSH_UNITS[m.group(1)] + {"ddeg": 10, "bymtheg": 15, "hugain": 20}[m.group(2)]
    m = re.fullmatch(r"(\w+) (?:deg|ddeg)(?: (\w+))?", t)
    if m and m.group(1) in _WELSH_UNITS and _WELSH_UNITS[m.group(1)] > 1:
        unit = 0
        if m.group(2) is not None:
            if m.group(2) not in _WELSH_UNITS or _WELSH_UNITS[m.group(2)] == 0:
                return None
            unit = _WELSH_UNITS[m.group(2)]
        return _WELSH_UNITS[m.group(1)] * 10 + unit
    return None


def _value(text: str) -> int | None:
    """Value of one number (digits or English words), or None if it is not one."""
    t = text.strip()
    if re.fullmatch(_DIGITS, t):
        return int(t.replace(",", ""))
    if re.fullmatch(_WORDS, t, re.IGNORECASE):
        return _eval_words(t)
    return None


def _bounds(kind: str, groups: dict[str, str | None]) -> tuple[int, int] | None:
    """Bounds for a matched phrase of the given kind; None if it is open-ended or impossible."""
    if kind == "zero":
        return (0, 0)
    a = _value(groups["a"] or "") if groups.get("a") else None
    if kind in ("between", "range"):
        b = _value(groups["b"] or "")
        if a is None or b is None or a > b:
            return None
        return (a, b)
    if kind == "window":
        b = _value(groups["b"] or "")
        if a is None or b is None or a + 1 > b - 1:
            return None
        return (a + 1, b - 1)
    if kind == "less":
        # A suppressed figure is at least 1 and below the threshold; "fewer than 1" cannot be bounded so.
        if groups.get("s"):
            return (1, 9)  # "in single figures"
        if groups.get("i"):  # "no more than 3": none is not ruled out
            at_most = _value(groups["i"])
            return (0, at_most) if at_most is not None and at_most >= 1 else None
        if groups.get("j"):  # "5 or fewer": a suppressed figure, as "fewer than 6"
            at_most = _value(groups["j"])
            return (1, at_most) if at_most is not None and at_most >= 1 else None
        if a is None or a < 2:
            return None
        return (1, a - 1)
    if kind == "single" and a is not None:
        return (a, a)
    return None


@lru_cache(maxsize=16384)
def parse_count(text: str) -> tuple[int, int] | None:
    """Bounds of a cell or phrase that is one count as a whole; None if it has no upper bound or isn't one.

    "<5" -> (1, 4) because forces suppress small non-zero figures; "5+" -> None so the caller flags it.
    Cached: pure, with an immutable result, and read for every cell of a numeric column.
    """
    t = " ".join(text.strip().strip(".;:,()[]").lower().split())
    if not t or t == "*":
        return None
    if t in ZERO_WORDS:
        return (0, 0)
    value = _value(t)
    if value is not None:
        return (value, value)
    for kind, pattern in _BOUNDED.items():
        m = re.fullmatch(pattern.format(n=_NUM), t)
        if m:
            return _bounds(kind, m.groupdict())
    if re.fullmatch(_MORE.format(n=_NUM), t):
        return None
    value = _eval_welsh(t)
    if value is not None:
        return (value, value)
    # "fourteen (14)", "fewer than five (<5)": one count, in words and figures
    said_twice = _SAID_TWICE.fullmatch(" ".join(text.strip().strip(".;:,").lower().split()))
    if said_twice:
        first = parse_count(said_twice[1])
        return first if first is not None and first == parse_count(said_twice[2]) else None
    return None


_SAID_TWICE = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


_YEAR_SPAN_RE = re.compile(r"\b(?P<y>(?:19|20)\d{2})(?P<sep>\s*[-\u2013\u2014/]\s*)(?P<n>\d{2,4})\b")


def _masked(text: str) -> str:
    """The text with digit-bearing non-counts (dates, refs, money, phones) blanked out; same length."""
    if not _DIGIT_RE.search(text):
        return text  # every span blanked below holds a digit
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = _MASK * (end - start)

    for rx in _NOT_COUNTS_RE:
        for m in rx.finditer(text):
            blank(m.start(), m.end())
    for m in _YEAR_SPAN_RE.finditer(text):
        # "2014-15", "2010 - 2014", "2011 - 12": a span of years. "2011 - 11" in a list of "year - count" items is a
        # year and its count: spaced out, and not the next year, the number after the dash is no year.
        first, second = int(m["y"]), int(m["n"])
        spaced = m["sep"] != m["sep"].strip()
        if not spaced or len(m["n"]) == 4 or second == (first + 1) % 100:
            blank(m.start(), m.end())
    for m in _PHONE_RE.finditer(text):
        groups = re.split(r"[ \-]", m.group().lstrip("+"))
        digits = sum(len(g) for g in groups)
        if digits >= 7 and (m.group()[0] in "0+" or len(groups) >= 3):
            blank(m.start(), m.end())
    for m in _LONG_ZERO_RE.finditer(text):
        blank(m.start(), m.end())
    return "".join(chars)


# "There are 3x RSOs WU": a note-taker's "times" sign after a count, standing for "of"; read as a space.
_TIMES_SIGN = re.compile(r"(?<=\d)[x\u00d7](?=\s+[a-z])", re.IGNORECASE)


# Each sentence is scanned for counts by several rules in turn (a dozen calls a sentence, on a letter).
@cached_for_short_texts
def _scan(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """All count-like phrases in the text, left to right, longest first at each place."""
    masked = _TIMES_SIGN.sub(" ", _masked(text))
    found = []
    for m in _FIND_RE.finditer(masked):
        kind = next(k for k in ("between", "window", "range", "less", "more", "zero", "idiom", "single") if m.group(k))
        found.append((kind, m))
    return tuple(found)


def find_counts(text: str) -> list[CountMatch]:
    """Every bounded count phrase in a sentence, in order and non-overlapping.

    Years 1900-2099, dates, section numbers, money, percentages, ordinals, phone and reference numbers
    and times are skipped. Open-ended phrases ("more than 5") are skipped too, and their number is not
    reported on its own; use find_open_counts to see them. "five (5)" is reported once.
    """
    return list(_find_counts(text))


@cached_for_short_texts
def _find_counts(text: str) -> tuple[CountMatch, ...]:
    out: list[CountMatch] = []
    for kind, m in _scan(text):
        if kind == "more":
            continue
        if kind == "idiom":
            value = _IDIOMS[" ".join(m.group(kind).lower().split())]
            out.append(CountMatch(m.start(), m.end(), text[m.start() : m.end()], value, value))
            continue
        # Re-match the phrase alone to read its parts (the scanning regex has no part groups).
        sub = re.fullmatch(
            _BOUNDED.get(kind, "(?P<a>.*)").format(n=_NUM),
            m.group(kind),
            re.IGNORECASE,
        )
        bounds = _bounds(kind, sub.groupdict()) if sub else None
        if bounds is None and kind == "range" and sub is not None:
            # "Two - one since 2018, one since 2020": a figure falling is no range, so each number stands alone.
            a, b = _value(sub["a"]), _value(sub["b"])
            if a is not None and b is not None and a > b:
                at = m.start(kind)
                for g, v in (("a", a), ("b", b)):
                    out.append(CountMatch(at + sub.start(g), at + sub.end(g), text[at + sub.start(g) : at + sub.end(g)], v, v))
            continue
        if bounds is None:
            continue
        match = CountMatch(m.start(), m.end(), text[m.start() : m.end()], bounds[0], bounds[1])
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.low, prev.high) == bounds
            and re.fullmatch(r"\s*\(\s*", text[prev.end : match.start])
            and re.match(r"\s*\)", text[match.end :])
        ):
            closing = re.match(r"\s*\)", text[match.end :])
            assert closing is not None
            end = match.end + closing.end()
            out[-1] = CountMatch(prev.start, end, text[prev.start : end], prev.low, prev.high)
            continue
        out.append(match)
    return tuple(out)


# Welsh number words in running Welsh text. "dim" (also "not") and "can" (also English) are left out.
_CY_UNIT = "(?:" + "|".join(sorted((w for w in _WELSH_UNITS if w != "dim"), key=len, reverse=True)) + ")"
_CY_WHOLE = "(?:" + "|".join(sorted((w for w in _WELSH_WHOLE if w != "can"), key=len, reverse=True)) + ")"
_CY_FIND_RE = re.compile(
    rf"(?<![\w'’])(?:{_CY_UNIT}\s+ar\s+(?:ddeg|bymtheg|hugain)|{_CY_UNIT}\s+d?deg(?:\s+{_CY_UNIT})?|{_CY_WHOLE}"
    rf"|{_CY_UNIT})(?![\w'’])",
    re.IGNORECASE,
)


def find_welsh_counts(text: str) -> list[CountMatch]:
    """Counts in a Welsh sentence: digits (as find_counts reads them) and Welsh number words ("tri", "un ar ddeg")."""
    found = list(find_counts(text))
    taken = [(c.start, c.end) for c in found]
    for m in _CY_FIND_RE.finditer(text):
        value = _eval_welsh(m.group().lower())
        if value is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(CountMatch(m.start(), m.end(), m.group(), value, value))
    return sorted(found, key=lambda c: c.start)


def find_open_counts(text: str) -> list[OpenCount]:
    """Open-ended figures in a sentence: "more than 5" -> minimum 6, "5+" / "at least 5" -> minimum 5."""
    out: list[OpenCount] = []
    for kind, m in _scan(text):
        if kind != "more":
            continue
        phrase = m.group("more")
        inner = re.fullmatch(_MORE.format(n=_NUM), phrase, re.IGNORECASE)
        if inner is None:
            continue
        if inner.group("p") is not None:
            value, minimum_adds = _value(inner.group("p")), 0
        else:
            value = _value(inner.group("a"))
            minimum_adds = 0 if re.match(r"at\s+least", phrase, re.IGNORECASE) else 1
        if value is None:
            continue
        out.append(OpenCount(m.start(), m.end(), text[m.start() : m.end()], value + minimum_adds))
    return out
