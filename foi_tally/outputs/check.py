"""Check a draft article's figures against the tally: match, mismatch (with the data's figure and source), unknown.

Most errors in print happen between the data and the copy. This reads plain prose the way a sub-editor
would: it finds the figures a story states and what each is about, then looks each up in the tally.

What a figure can be about:
  total     a count for one force ("23 from Manchester", "167 for the Met") or the nation ("396 ... missing")
  forces    a number of forces ("wanted by 39 forces", "41 forces responded")
  since     offenders who went missing in a year or month ("two since 2009", "missing since the year 2000")
  duration  offenders missing for a time ("one missing for 14 years", "for more than a decade")
  abroad    offenders believed abroad ("114 of them believed abroad")
  context   a figure the missing count is part of ("none of the 4,775 RSOs"): listed, never checked

Forces are recognised by the registry's names and aliases plus, for this check only, the place names and
short forms copy uses ("Manchester", "Scotland Yard", "Notts", "London" for the Met); `forces.identify`'s
rules for reading replies are untouched. A sentence without a force ("The force said five ...", "Two have
been missing since 2006") is about the force the story was last talking about.

Approximate copy is read as copy means it: "nearly 400" is 360-400, "about 400" 380-420, "more than 390"
391 or more. A verdict is `unknown` when the data cannot settle it: a refusal, a reply awaiting review, a
suppressed range that straddles the claim, a force not in the data.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from html import unescape as html_unescape
from html.parser import HTMLParser

from foi_tally.dates import add_months, add_years
from foi_tally.forces import all_forces, find_mentions
from foi_tally.merge import ForceFigure, Tally
from foi_tally.numbers import NUMBER_PATTERN, find_counts, find_open_counts, parse_count
from foi_tally.outputs.views import full_years, missing_span
from foi_tally.records import MissingEntry
from foi_tally.report import figure_label

VERDICTS = ("match", "mismatch", "unknown")

#: Place names and short forms newsrooms use for a force; matched case-sensitively, for `check` only.
#: NOTE: "London" means the Met in copy ("167 wanted in London"); "City of London" is longer and wins.
PLACE_NAMES: dict[str, str] = {
    "London": "Metropolitan Police Service",
    "Manchester": "Greater Manchester Police",
    "Birmingham": "West Midlands Police",
    "Coventry": "West Midlands Police",
    "Wolverhampton": "West Midlands Police",
    "Liverpool": "Merseyside Police",
    "Leeds": "West Yorkshire Police",
    "Bradford": "West Yorkshire Police",
    "Sheffield": "South Yorkshire Police",
    "Newcastle": "Northumbria Police",
    "Sunderland": "Northumbria Police",
    "Middlesbrough": "Cleveland Police",
    "Bristol": "Avon and Somerset Constabulary",
    "Somerset": "Avon and Somerset Constabulary",
    "Cardiff": "South Wales Police",
    "Swansea": "South Wales Police",
    "Newport": "Gwent Police",
    "Wrexham": "North Wales Police",
    "Nottingham": "Nottinghamshire Police",
    "Notts": "Nottinghamshire Police",
    "Leicester": "Leicestershire Police",
    "Leics": "Leicestershire Police",
    "Rutland": "Leicestershire Police",
    "Derby": "Derbyshire Constabulary",
    "Lincoln": "Lincolnshire Police",
    "Lincs": "Lincolnshire Police",
    "Northampton": "Northamptonshire Police",
    "Northants": "Northamptonshire Police",
    "Cambs": "Cambridgeshire Constabulary",
    "Peterborough": "Cambridgeshire Constabulary",
    "Herts": "Hertfordshire Constabulary",
    "Beds": "Bedfordshire Police",
    "Luton": "Bedfordshire Police",
    "Glos": "Gloucestershire Constabulary",
    "Gloucester": "Gloucestershire Constabulary",
    "Wilts": "Wiltshire Police",
    "Swindon": "Wiltshire Police",
    "Staffs": "Staffordshire Police",
    "Stoke": "Staffordshire Police",
    "Hants": "Hampshire Constabulary",
    "Southampton": "Hampshire Constabulary",
    "Portsmouth": "Hampshire Constabulary",
    "Isle of Wight": "Hampshire Constabulary",
    "Oxford": "Thames Valley Police",
    "Oxfordshire": "Thames Valley Police",
    "Berkshire": "Thames Valley Police",
    "Buckinghamshire": "Thames Valley Police",
    "Milton Keynes": "Thames Valley Police",
    "Brighton": "Sussex Police",
    "Devon": "Devon & Cornwall Police",
    "Cornwall": "Devon & Cornwall Police",
    "Plymouth": "Devon & Cornwall Police",
    "Exeter": "Devon & Cornwall Police",
    "Bournemouth": "Dorset Police",
    "Norwich": "Norfolk Constabulary",
    "Ipswich": "Suffolk Constabulary",
    "Chelmsford": "Essex Police",
    "Maidstone": "Kent Police",
    "Guildford": "Surrey Police",
    "Shropshire": "West Mercia Police",
    "Worcestershire": "West Mercia Police",
    "Herefordshire": "West Mercia Police",
    "Carlisle": "Cumbria Constabulary",
    "Preston": "Lancashire Constabulary",
    "Blackpool": "Lancashire Constabulary",
    "Chester": "Cheshire Constabulary",
    "Hull": "Humberside Police",
    "York": "North Yorkshire Police",
    "Glasgow": "Police Service of Scotland",
    "Edinburgh": "Police Service of Scotland",
    "Belfast": "Police Service of Northern Ireland",
}

_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for m in names}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d\d"
_NUM = NUMBER_PATTERN
#: Small numbers as words, as shares are written ("two in five", "one out of every three").
_SMALL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\s+hundred|hundred"
          r"|a\s+thousand|thousand)")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

#: Words that make a sentence about offenders who cannot be found.
MISSING_CUE = re.compile(
    r"\b(?:missing|wanted|whereabouts|unknown|disappear(?:ed|s)?|vanish(?:ed|es)?|untraced|absconded|lost\s+track"
    r"|on\s+the\s+run|(?:cannot|can't|could\s+not|couldn't)\s+(?:find|trace|locate)|(?:hunt(?:ing)?|search(?:ing)?"
    r"|looking)\s+for|sought"
    r"|at\s+large|gone\s+to\s+ground|unaccounted|cannot\s+be\s+(?:found|traced|located)|not\s+know)\b",
    re.IGNORECASE,
)
OFFENDER_CUE = re.compile(r"\b(?:offenders?|RSOs?|paedophiles?|rapists?|people|individuals|men)\b", re.IGNORECASE)
NATIONAL_CUE = re.compile(
    r"\b(?:nationally|nationwide|country-?wide|UK-wide|across\s+(?:the\s+)?(?:UK|United\s+Kingdom|Britain|Great\s+Britain"
    r"|country|nation|England\s+and\s+Wales|four\s+nations)|in\s+(?:the\s+)?(?:UK|United\s+Kingdom|Britain)"
    r"|a\s+total\s+of|in\s+total|altogether|all\s+(?:the\s+)?forces|national\s+(?:total|figure))\b",
    re.IGNORECASE,
)
#: Sentences that start like this continue talking about the force named before.
CARRY_START = re.compile(
    rf"^[\"'“‘(\s]*(?:the\s+(?:force|constabulary|service)"
    rf"|the\s+(?:correct(?:ed)?|right|actual|true|real|revised|new)\s+(?:figure|number|total)|it|its|they|their|this|that|these|those|he|she"
    rf"|of\s+(?:these|those|them|whom)|including|another|some|all|both|none|most|the\s+(?:remaining|rest|other)"
    rf"|a\s+further|{_NUM})\b",
    re.IGNORECASE,
)
#: A correction quoting the figure it withdraws ("An earlier version of this article said 23").
WITHDRAWN = re.compile(
    r"\b(?:earlier|previous|original|first|print)\s+(?:version|edition)\b|\b(?:wrongly|incorrectly|mistakenly"
    r"|erroneously)\s+(?:said|stated|reported|gave|put|described)\b",
    re.IGNORECASE,
)
#: A figure the copy places in "our area" or "the county" without naming the force: local, not national.
LOCAL_CUE = re.compile(
    r"\b(?:in|across|around|throughout)\s+(?:the\s+|our\s+|this\s+)?(?:county|area|region|city|town|patch"
    r"|district|borough)\b|\blocal(?:ly)?\b",
    re.IGNORECASE,
)
#: Nations a 'national' figure is restricted to ("across England and Wales"); None is every counted force.
_NATIONS = (
    (re.compile(r"England\s+and\s+Wales", re.IGNORECASE), frozenset({"England", "Wales"})),
    (re.compile(r"\b(?:Great\s+)?Britain\b", re.IGNORECASE), frozenset({"England", "Wales", "Scotland", "GB"})),
)


def nations_in(text: str) -> tuple[str, frozenset[str]] | None:
    """The area a national figure is restricted to, as (name, nations), or None for the whole tally."""
    for rx, nations in _NATIONS:
        m = rx.search(text)
        if m:
            return re.sub(r"\s+", " ", m.group(0)), nations
    return None


_THE_FORCE = re.compile(r"\bthe\s+(?:force|constabulary)\b", re.IGNORECASE)
#: A count followed by one of these is not a count of offenders.
NOT_OFFENDERS = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:officers?|staff|detectives|employees|workers|hours?|minutes?|days?|weeks?|months?"
    r"|years?|decades?|miles?|km|pages?|requests?|letters?|times|orders?|arrests?|convictions?|victims?"
    r"|children|girls?|boys?|women|visits?|calls?|cases\s+of|per\s*cent|percent|in\s+(?:every\s+)?\d+"
    r"|in\s+(?:every\s+)?(?:ten|five|four|three|twenty|hundred)|year-old|-year-old)\b",
    re.IGNORECASE,
)
_DENOMINATOR_BEFORE = re.compile(r"\b(?:of|out\s+of|among|from)\s+(?:the|its|their|some|all|a)\s+(?:approximately\s+|about\s+|some\s+|around\s+)?$",
                                 re.IGNORECASE)
_DENOMINATOR_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?(?:managed|monitored|supervised|on\s+(?:the|its)\s+(?:sex\s+offenders?'?\s+)?register"
    r"|in\s+the\s+community|living\s+in)\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"(?P<q>nearly|almost|just\s+under|close\s+to|approaching|nearing|more\s+than|over|above|in\s+excess\s+of"
    r"|at\s+least|just\s+over|about|around|roughly|approximately|some|an\s+estimated|circa|up\s+to|fewer\s+than"
    r"|less\s+than|under|below)\s+$",
    re.IGNORECASE,
)
_FORCES_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:police\s+)?(?:forces|constabularies)\b", re.IGNORECASE)
_OF_THE_FORCES = re.compile(rf"^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<b>{_NUM})\s+(?:[a-z-]+\s+){{0,2}}?"
                            r"(?:police\s+)?(?:forces|constabularies)\b", re.IGNORECASE)
#: After a number of forces, a bare count followed by what forces do is a number of forces too.
_ELIDED_FORCES = re.compile(r"^\s+(?:had|have|refused|declined|said|did|were|replied|responded|answered|gave|provided"
                            r"|reported|confirmed|held|withheld|failed|cited)\b(?!\s+(?:offenders?|RSOs?)\b)",
                            re.IGNORECASE)
_ABROAD = re.compile(r"\b(?:abroad|overseas|out\s+of\s+the\s+(?:UK|country)|outside\s+the\s+UK|returned\s+to\s+their"
                     r"\s+(?:home\s+)?countr(?:y|ies))", re.IGNORECASE)

_SINCE = re.compile(
    rf"(?P<lead>\b(?:(?:been\s+)?(?:missing|unknown|wanted|outstanding|untraced|unaccounted\s+for|at\s+large"
    rf"|on\s+the\s+run)\s+)?)since\s+(?:the\s+year\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_WENT_IN = re.compile(
    rf"\b(?:went|gone|go|going|goes|been)\s+missing\s+in\s+(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b"
    rf"|\b(?:disappeared|vanished|absconded|went\s+(?:underground|to\s+ground)|fled)\s+in\s+(?:(?P<month2>{_MONTH})\s+)?"
    rf"(?P<year2>{_YEAR})\b",
    re.IGNORECASE,
)
_BARE_IN = re.compile(rf"\bin\s+(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b", re.IGNORECASE)
_UNIT = r"(?P<unit>years?|months?|weeks?|decades?)"
_DURATION = re.compile(
    rf"(?:\b(?:for|of)\s+(?:(?P<q>more\s+than|over|almost|nearly|about|around|at\s+least|up\s+to|less\s+than|under"
    rf"|just\s+over|just\s+under|roughly)\s+)?(?:(?P<n>{_NUM}|an?)\s+{_UNIT}"
    rf"|between\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\s+(?P<unit2>years?|months?))"
    rf"|\b(?:(?P<q3>more\s+than|over|almost|nearly|about|around|at\s+least|less\s+than|under|just\s+over)\s+)?"
    rf"(?P<n3>{_NUM}|an?)\s+(?P<unit3>years?|months?|weeks?|decades?)\s+ago\b"
    rf"|\b(?P<q4>more\s+than|over|almost|nearly|up\s+to)\s+(?P<n4>{_NUM}|an?)\s+(?P<unit4>years?|decades?)\b"
    rf"|\b(?P<q5>within|in)\s+the\s+(?:last|past)\s+(?:(?P<n5>{_NUM})\s+)?(?P<unit5>years?|months?|weeks?|decades?)\b)",
    re.IGNORECASE,
)
_MASKS = [
    re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR})?", re.IGNORECASE),
    re.compile(r"\b\d{1,2}[:.]\d{2}\b"),
    re.compile(rf"\b(?:{_SMALL}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_SMALL}|\d{{1,3}})(?![\d,])\b",
               re.IGNORECASE),
    re.compile(r"\b(?:aged|age)\s+\d+\b", re.IGNORECASE),
]


@dataclass
class Claim:
    """One figure in the article and what the data says about it."""

    text: str
    figure: int | None
    force: str | None
    verdict: str
    data_figure: int | str | None
    source: str | None
    kind: str
    note: str = ""
    line: int = 0
    count: int | None = None  # for since/duration claims: how many offenders the copy says
    start: int = field(default=0, repr=False)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("start")
        return data


# ---------------------------------------------------------------------------------------------------------
# Reading the article


class _Text(HTMLParser):
    """The readable text of an HTML article: block elements become paragraphs; scripts and styles are dropped."""

    SKIP = ("script", "style", "title", "noscript", "template")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "tr", "section", "article", "blockquote"):
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def article_text(raw: str) -> str:
    """Plain text of an article given as text, Markdown or HTML."""
    if re.search(r"<(?:p|html|body|div|br)\b", raw, re.IGNORECASE):
        parser = _Text()
        parser.feed(raw)
        raw = "".join(parser.parts)  # entities already decoded
    else:
        raw = html_unescape(raw)
    raw = re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", raw)  # Markdown headings
    raw = re.sub(r"(?m)^\s{0,3}>\s?", "", raw)  # quotes
    raw = re.sub(r"\*\*|__|`", "", raw)  # emphasis; a "* " bullet at the start of a line stays a bullet
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _normalise(text: str) -> str:
    """The same folding forces.find_mentions uses, so their offsets are offsets into our text."""
    text = text.replace("&", " and ").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Sentence:
    text: str
    line: int
    heading: bool
    paragraph: int = 0


def sentences(text: str) -> list[Sentence]:
    """Sentences with their line numbers; a short line without a full stop is a heading."""
    out: list[Sentence] = []
    lines = text.split("\n")
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if not paragraph:
            return
        joined = " ".join(t.strip() for _, t in paragraph)
        first_line = paragraph[0][0]
        heading = len(paragraph) == 1 and len(joined.split()) <= 8 and not re.search(r"[.!?:;,]\s*$", joined)
        index = out[-1].paragraph + 1 if out else 0
        for piece in re.split(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])", joined):
            if piece.strip():
                out.append(Sentence(_normalise(piece), first_line, heading, index))
        paragraph.clear()

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if re.match(r"^(?:[-•*\u2022]|\d+[.)])\s+", stripped):  # a bullet is its own paragraph
            flush()
            paragraph.append((number, re.sub(r"^(?:[-•*\u2022]|\d+[.)])\s+", "", stripped)))
            flush()
            continue
        paragraph.append((number, stripped))
    flush()
    return out


@cache
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = dict(PLACE_NAMES)
    for force in all_forces():
        names.setdefault(force.short_name, force.name)
    ordered = sorted(names, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    force: str


def mentions(text: str) -> list[Mention]:
    """Force names, aliases and place names in a sentence; the longest wins where they overlap."""
    found = [Mention(s, e, name) for s, e, name in find_mentions(text)]
    pattern, names = _place_pattern()
    for m in pattern.finditer(text):
        found.append(Mention(m.start(), m.end(), names[re.sub(r"\s+", " ", m.group(0))]))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _groups(text: str, found: list[Mention]) -> list[list[Mention]]:
    """Mentions joined only by 'and', ',' or '&' ("Scotland and Cumbria") share a figure."""
    groups: list[list[Mention]] = []
    for mention in found:
        if groups and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", text[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """Words between two spans, plus a penalty for each clause break crossed."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi <= lo:
        return 0.0
    between = text[lo:hi]
    words = len(re.findall(r"[\w'-]+", between))
    breaks = len(re.findall(r"[,;:()\u2013-]\s|\bbut\b|\bwhile\b|\bwhereas\b", between))
    return words + 4 * breaks


# ---------------------------------------------------------------------------------------------------------
# Figures in a sentence


@dataclass
class Number:
    start: int
    end: int
    low: int
    high: float  # math.inf for "more than"
    value: int  # the number as written
    qualifier: str
    text: str
    zero_word: bool = False
    attach_only: bool = False  # "another": a count only when it goes with a date or duration
    used: bool = False


def _masked(text: str) -> str:
    chars = list(text)
    for rx in _MASKS:
        for m in rx.finditer(text):
            chars[m.start() : m.end()] = "#" * (m.end() - m.start())
    return "".join(chars)


def _interval(value: int, qualifier: str) -> tuple[int, float]:
    q = " ".join(qualifier.lower().split())
    tenth = max(1, math.ceil(value * 0.1))
    twentieth = max(1, round(value * 0.05))
    if q in ("nearly", "almost", "just under", "close to", "approaching", "nearing"):
        return value - tenth, value
    if q in ("more than", "over", "above", "in excess of"):
        return value + 1, math.inf
    if q == "just over":
        return value + 1, value + tenth
    if q == "at least":
        return value, math.inf
    if q in ("about", "around", "roughly", "approximately", "some", "an estimated", "circa"):
        return value - twentieth, value + twentieth
    if q == "up to":
        return 0, value
    if q in ("fewer than", "less than", "under", "below"):
        return 0, value - 1
    return value, value


def numbers_in(text: str) -> list[Number]:
    masked = _masked(text)
    found: list[Number] = []
    for c in find_counts(masked):
        raw = text[c.start : c.end]
        single = parse_count(raw) or ((c.low, c.high) if c.low == c.high else None)  # or an idiom: "a dozen"
        if single is None or single[0] != single[1]:
            # "between 2 and 8", "fewer than 5": keep the bounds the phrase gives
            value = c.high
            qualifier = "range"
            low, high = c.low, float(c.high)
            less = re.match(r"(?:fewer|less)\s+than|under|below", raw, re.IGNORECASE)
            if less:
                qualifier, low, value = less.group(0), 0, c.high + 1  # "fewer than 300" is (1, 299)
        else:
            value = single[0]
            prefix = _QUALIFIER.search(text[max(0, c.start - 30) : c.start])
            qualifier = prefix.group("q") if prefix else ""
            low, high = _interval(value, qualifier)
            if prefix:
                raw = text[c.start - len(text[max(0, c.start - 30) : c.start]) + prefix.start() : c.end]
        zero = c.low == c.high == 0 and not re.fullmatch(r"\d+", text[c.start : c.end])
        found.append(Number(c.start, c.end, low, high, value, qualifier, raw, zero_word=zero))
    for o in find_open_counts(masked):
        phrase = text[o.start : o.end]
        inner = re.fullmatch(rf"(?P<q>.*?)\s*(?P<n>{_NUM})\s*(?P<p>\+|or\s+more)?", phrase, re.IGNORECASE)
        if inner is None:
            continue
        bounds = parse_count(inner.group("n"))
        if bounds is None:
            continue
        value = bounds[0]
        qualifier = "at least" if inner.group("p") else " ".join(inner.group("q").lower().split()) or "more than"
        low, high = _interval(value, qualifier)
        found.append(Number(o.start, o.end, low, high, value, qualifier, phrase))
    for m in re.finditer(r"\b(?:nobody|no\s+one)\b", masked, re.IGNORECASE):
        if not any(n.start <= m.start() < n.end for n in found):
            found.append(Number(m.start(), m.end(), 0, 0, 0, "", m.group(0), zero_word=True))
    for m in re.finditer(rf"\b(?:another|a\s+further|the\s+other)\b(?!\s+(?:{_NUM})\b)", text, re.IGNORECASE):
        found.append(Number(m.start(), m.end(), 1, 1, 1, "", m.group(0), attach_only=True))
    found.sort(key=lambda n: n.start)
    return found


@dataclass
class Span:
    start: int
    end: int
    kind: str  # since | duration
    data: dict[str, object]


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.lower() in ("a", "an"):
        return 1
    bounds = parse_count(text)
    return bounds[0] if bounds and bounds[0] == bounds[1] else None


def _month(name: str | None) -> int | None:
    return _MONTHS.get((name or "").lower().rstrip("."))


_YEAR_LIST = re.compile(rf"^\s*(?:,|and|or|,\s*and)\s+(?:in\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<year>{_YEAR})\b",
                        re.IGNORECASE)


def spans_in(text: str) -> list[Span]:
    """Missing-since dates and durations in a sentence."""
    spans: list[Span] = []
    for m in _SINCE.finditer(text):
        spans.append(Span(m.start(), m.end(), "since", {"year": int(m.group("year")), "month": _month(m.group("month")),
                                                       "lead": bool(m.group("lead").strip())}))
    for m in _WENT_IN.finditer(text):
        spans.append(Span(m.start(), m.end(), "since", {"year": int(m.group("year") or m.group("year2")),
                                                       "month": _month(m.group("month") or m.group("month2")),
                                                       "lead": True}))
    # "They went missing in 2010 and 2014": each year listed is a claim of its own.
    for span in list(spans):
        end = span.end
        while (more := _YEAR_LIST.match(text[end:])) is not None:
            first = more.start("month") if more.group("month") else more.start("year")
            spans.append(Span(end + first, end + more.end(), "since",
                              {"year": int(more.group("year")), "month": _month(more.group("month")), "lead": True}))
            end += more.end()
    if spans:
        # "two went missing in 2013 and three in 2014": the bare "in 2014" continues the list.
        for m in _BARE_IN.finditer(text):
            if not any(s.start <= m.start() < s.end or s.start <= m.start("year") < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "since", {"year": int(m.group("year")),
                                                               "month": _month(m.group("month")), "lead": False}))
    if MISSING_CUE.search(text) or re.search(r"\bago\b", text):
        for m in _DURATION.finditer(text):
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            unit = next(m.group(g) for g in ("unit", "unit2", "unit3", "unit4", "unit5") if m.group(g)).lower()
            qualifier = " ".join((m.group("q") or m.group("q3") or m.group("q4") or "").lower().split())
            if m.group("q5"):
                data: dict[str, object] = {"qualifier": "within", "low": _num(m.group("n5")) or 1}
                data["high"] = data["low"]
            elif m.group("a"):
                low, high = _num(m.group("a")), _num(m.group("b"))
                if low is None or high is None:
                    continue
                data = {"qualifier": "between", "low": low, "high": high}
            else:
                n = _num(m.group("n") or m.group("n3") or m.group("n4"))
                if n is None:
                    continue
                data = {"qualifier": qualifier or "exact", "low": n, "high": n}
            if unit.startswith("decade"):
                data["low"], data["high"] = int(data["low"]) * 10, int(data["high"]) * 10  # type: ignore[call-overload]
                unit = "years"
            data["unit"] = "months" if unit.startswith("month") else "weeks" if unit.startswith("week") else "years"
            data["ago"] = bool(m.group("n3"))
            spans.append(Span(m.start(), m.end(), "duration", data))
    spans.sort(key=lambda s: s.start)
    return spans


# ---------------------------------------------------------------------------------------------------------
# The data side


@dataclass
class Dated:
    entry: MissingEntry
    force: str
    as_of: str | None


class Data:
    """The tally, indexed for look-ups by force and by entry."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.by_force = {f.force.name: f for f in tally.forces}

    def figure(self, force: str) -> ForceFigure | None:
        return self.by_force.get(force)

    def entries(self, force: str | None) -> list[Dated]:
        figures = [self.by_force[force]] if force in self.by_force else [] if force else self.tally.counted
        out = []
        for figure in figures:
            if figure.counted:
                as_of = figure.reply.as_of if figure.reply else None
                out.extend(Dated(e, figure.force.name, as_of) for e in figure.entries)
        return out

    def undated_count(self, force: str | None) -> int:
        """Counted offenders with no usable date (including totals given with no breakdown)."""
        figures = [self.by_force[force]] if force in self.by_force else [] if force else self.tally.counted
        total = 0
        for figure in figures:
            if figure.counted:
                dated = sum(e.count_high for e in figure.entries if e.since)
                total += max(0, (figure.missing_high or 0) - dated)
        return total


def _sources(items: list[Dated], limit: int = 3) -> str | None:
    places = list(dict.fromkeys(d.entry.locator.describe() for d in items))
    if not places:
        return None
    shown = "; ".join(places[:limit])
    return shown + (f"; +{len(places) - limit} more" if len(places) > limit else "")


def _judge(claim_low: float, claim_high: float, data_low: int, data_high: int) -> str:
    if data_low == data_high:
        return "match" if claim_low <= data_low <= claim_high else "mismatch"
    if claim_low <= data_low and data_high <= claim_high:
        return "match"
    if data_high < claim_low or data_low > claim_high:
        return "mismatch"
    return "unknown"


def _data_label(low: int, high: int) -> int | str:
    return low if low == high else f"{low}-{high}"


def _force_source(figure: ForceFigure) -> str | None:
    return ", ".join(figure.sources) or None


def check_total(claim: Claim, number: Number, data: Data,
                area: tuple[str, frozenset[str]] | None = None) -> None:
    """A force's figure or, with no force, the national one (restricted to `area`'s nations if given)."""
    if claim.force is None:
        counted = data.tally.counted
        if area is not None:
            counted = [f for f in counted if f.force.nation in area[1]]
        low, high = sum(f.missing_low or 0 for f in counted), sum(f.missing_high or 0 for f in counted)
        claim.verdict = _judge(number.low, number.high, low, high)
        claim.data_figure = _data_label(low, high)
        where = f"{area[0]} tally" if area else "national tally"
        claim.source = f"{where} of {len(counted)} counted forces"
        return
    figure = data.figure(claim.force)
    if figure is None:
        claim.verdict, claim.note = "unknown", f"{claim.force} is not in the data"
        return
    claim.source = _force_source(figure)
    if not figure.counted:
        shown = figure_label(figure.missing_low, figure.missing_high)
        why = "awaits review" if figure.needs_review else f"is not counted ({figure.status.replace('_', ' ')})"
        claim.verdict = "unknown"
        claim.note = f"{figure.force.name} {why}" + (f"; its reply says {shown}" if shown else "")
        return
    low, high = figure.missing_low or 0, figure.missing_high or 0
    claim.verdict = _judge(number.low, number.high, low, high)
    claim.data_figure = _data_label(low, high)
    if claim.verdict == "unknown":
        claim.note = "the data is a range (a suppressed figure)"


def check_forces(claim: Claim, number: Number, local: str, sentence: str, data: Data) -> None:
    tally = data.tally
    in_round = sum(1 for f in tally.forces if f.force.round_robin)
    replied = sum(1 for f in tally.forces if f.force.round_robin and f.reply)
    measures = [
        ((r"did\s+not\s+(?:respond|reply)|failed\s+to\s+(?:respond|reply)|yet\s+to\s+(?:respond|reply)|no\s+response"
         r"|not\s+(?:yet\s+)?(?:respond|repl)"), "forces that did not reply", in_round - replied),
        (r"not\s+held|held\s+no|no\s+(?:such\s+)?(?:information|data|records)|did\s+not\s+hold", "forces that said not held",
         sum(1 for f in tally.forces if f.status == "not_held")),
        ((r"\bno\s+(?:missing|registered|sex|wanted|offenders?|RSOs?)\b|\bnone\b|\bzero\b|\bnot\s+(?:have|had)\s+any"
          r"|\bnobody\b"), "forces reporting none missing",
         sum(1 for f in tally.counted if f.missing_high == 0)),
        (r"refus|declin|withh[eo]ld|would\s+not", "forces that refused", sum(1 for f in tally.forces if f.status == "refused")),
        (r"respon|repl|answer|provid|supplied|returned", "forces that replied", tally.forces_replied),
        ((r"\b(?:sent\s+to|asked|contacted|approached|every\s+(?:police\s+)?force|all\s+(?:the\s+)?(?:\d+\s+)?"
         r"(?:police\s+)?forces)\b|^asked$"), "forces asked (the round robin)", in_round),
    ]
    with_missing = ("forces reporting at least one missing", tally.forces_with_missing)
    chosen = None
    for text in (local, sentence):
        chosen = next(((label, value) for pattern, label, value in measures[:-1] if re.search(pattern, text, re.IGNORECASE)),
                      None)
        if chosen is None and (MISSING_CUE.search(text) or re.search(r"\breport(?:ing|ed)?\s+(?:at\s+least\s+one|some)\b",
                                                                     text, re.IGNORECASE)):
            chosen = with_missing
        if chosen is None and re.search(measures[-1][0], text, re.IGNORECASE):
            chosen = (measures[-1][1], measures[-1][2])
        if chosen:
            break
    if chosen is None:
        claim.verdict, claim.note = "unknown", "a number of forces, but not which forces"
        return
    label, value = chosen
    claim.verdict = _judge(number.low, number.high, value, value)
    claim.data_figure = value
    claim.source = f"national tally: {label}"
    claim.note = label


def _month_matches(entry: MissingEntry, year: int, month: int | None) -> tuple[bool, bool]:
    """(certainly in that year/month, possibly in it) for one entry."""
    since = entry.since
    if not since:
        return False, False
    latest = entry.since_latest or since
    key = f"{year:04d}" + (f"-{month:02d}" if month else "")
    certain = since.startswith(key) and latest.startswith(key) and (month is None or entry.precision in ("day", "month"))
    possible = since[: len(key)] <= key <= latest[: len(key)] if len(since) >= len(key) else since <= key[: len(since)] <= latest
    return certain, possible or certain


def check_since(claim: Claim, span: Span, data: Data) -> None:
    year, month = int(span.data["year"]), span.data.get("month")  # type: ignore[call-overload]
    items = data.entries(claim.force)
    if claim.force and (figure := data.figure(claim.force)) is not None and not figure.counted:
        claim.verdict, claim.note = "unknown", f"{figure.force.name} is not counted ({figure.status.replace('_', ' ')})"
        return
    if claim.force and data.figure(claim.force) is None:
        claim.verdict, claim.note = "unknown", f"{claim.force} is not in the data"
        return
    certain = [d for d in items if _month_matches(d.entry, year, month)[0]]  # type: ignore[arg-type]
    possible = [d for d in items if _month_matches(d.entry, year, month)[1]]  # type: ignore[arg-type]
    low = sum(d.entry.count_low for d in certain)
    high = sum(d.entry.count_high for d in possible)
    claim.source = _sources(certain or possible)
    when = f"{year}" if not month else f"{datetime.date(year, month, 1):%B %Y}"  # type: ignore[arg-type]
    undated = data.undated_count(claim.force)
    extra = f"; {undated} more have no date" if undated else ""
    if claim.count is not None:
        claim.data_figure = _data_label(low, high)
        claim.verdict = _judge(claim.count, claim.count, low, high)
        claim.note = f"offenders who went missing in {when}" + extra
        return
    claim.data_figure = _data_label(low, high)
    dated = sorted((d for d in items if d.entry.since), key=lambda d: d.entry.since or "")
    earliest = f"; earliest date in the data: {dated[0].entry.since}" if dated else ""
    if low > 0:
        claim.verdict = "match"
    elif high > 0:
        claim.verdict = "unknown"
    else:
        claim.verdict = "mismatch"
    claim.note = f"offenders who went missing in {when}{earliest}{extra}"


def _shift(d: datetime.date, amount: float, unit: str) -> datetime.date | None:
    """d moved forward by a whole number of units; None for an unbounded amount."""
    if math.isinf(amount):
        return None
    n = int(amount)
    if unit == "months":
        return add_months(d, n)
    if unit == "weeks":
        return d + datetime.timedelta(weeks=n)
    return add_years(d, n)


#: qualifier -> (lowest, highest) time missing as multiples of the stated amount N (a, b for "between"),
#: with whether each end is inclusive: "for 14 years" is 14 whole years, [14, 15).
def _window(qualifier: str, low: int, high: int) -> tuple[float, bool, float, bool]:
    if qualifier in ("more than", "over", "just over"):
        return low, False, math.inf, False
    if qualifier == "at least":
        return low, True, math.inf, False
    if qualifier in ("less than", "under", "just under", "within"):
        return 0, True, low, False
    if qualifier == "up to":
        return 0, True, low, True
    if qualifier in ("almost", "nearly"):
        return low - 1, True, low, False
    if qualifier in ("about", "around", "roughly"):
        return low - 1, True, low + 1, False
    if qualifier == "between":
        return low, True, high + 1, False
    return low, True, low + 1, False


def _within(missing_on: datetime.date, on: datetime.date, window: tuple[float, bool, float, bool], unit: str,
            end: str) -> bool:
    """Whether someone missing since `missing_on` meets the window's lower ('low') or upper ('high') end on `on`."""
    low, low_inclusive, high, high_inclusive = window
    if end == "low":
        moved = _shift(missing_on, low, unit)
        return moved is not None and (moved <= on if low_inclusive else moved < on)
    moved = _shift(missing_on, high, unit)
    return moved is None or (moved >= on if high_inclusive else moved > on)


def _duration_test(d: Dated, window: tuple[float, bool, float, bool], unit: str) -> tuple[bool, bool] | None:
    """(certainly, possibly) missing for the window's time on the reply's as-of date; None if undated."""
    span = missing_span(d.entry, d.as_of)
    if span is None:
        return None
    on = datetime.date.fromisoformat(d.as_of)  # type: ignore[arg-type]
    earliest, latest = span[0], min(span[1], on)
    # The latest possible date gives the shortest time missing, the earliest the longest.
    certain = _within(latest, on, window, unit, "low") and _within(earliest, on, window, unit, "high")
    possible = _within(earliest, on, window, unit, "low") and _within(latest, on, window, unit, "high")
    return certain, possible or certain


def check_duration(claim: Claim, span: Span, data: Data, quantifier: str) -> None:
    if claim.force and (figure := data.figure(claim.force)) is not None and not figure.counted:
        claim.verdict, claim.note = "unknown", f"{figure.force.name} is not counted ({figure.status.replace('_', ' ')})"
        return
    if claim.force and data.figure(claim.force) is None:
        claim.verdict, claim.note = "unknown", f"{claim.force} is not in the data"
        return
    unit, qualifier = str(span.data["unit"]), str(span.data["qualifier"])
    low, high = int(span.data["low"]), int(span.data["high"])  # type: ignore[call-overload]
    certain, possible, outside, dated = [], [], [], []
    longest_seen: tuple[int, Dated] | None = None
    window = _window(qualifier, low, high)
    for d in data.entries(claim.force):
        test = _duration_test(d, window, unit)
        if test is None:
            continue
        dated.append(d)
        span = missing_span(d.entry, d.as_of)
        longest = full_years(span[0], datetime.date.fromisoformat(d.as_of))  # type: ignore[index, arg-type]
        if longest_seen is None or longest > longest_seen[0]:
            longest_seen = (longest, d)
        sure, maybe = test
        if sure:
            certain.append(d)
        if maybe:
            possible.append(d)
        else:
            outside.append(d)
    described = {"between": f"between {low} and {high}", "exact": f"{low}", "within": f"less than {low}"}.get(
        qualifier, f"{qualifier} {low}")
    if high == 1 and unit.endswith("s"):
        unit = unit[:-1]
    longest_text = f"; longest: {longest_seen[0]} years ({longest_seen[1].force})" if longest_seen else ""
    claim.note = f"missing for {described} {unit} on the reply's as-of date{longest_text}"
    if quantifier == "all" or (qualifier == "up to" and claim.count is None):
        claim.data_figure = f"{sum(d.entry.count_high for d in certain)} of {sum(d.entry.count_high for d in dated)}"
        claim.source = _sources(outside or certain)
        if not dated:
            claim.verdict = "unknown"
        elif outside:
            claim.verdict = "mismatch"
        else:
            claim.verdict = "match" if len(certain) == len(dated) else "unknown"
        return
    c_low = sum(d.entry.count_low for d in certain)
    p_high = sum(d.entry.count_high for d in possible)
    claim.data_figure = _data_label(c_low, p_high)
    claim.source = _sources(certain or possible)
    if claim.count is not None:
        claim.verdict = _judge(claim.count, claim.count, c_low, p_high)
        return
    claim.verdict = "match" if c_low > 0 else "unknown" if p_high > 0 else "mismatch"


def check_abroad(claim: Claim, number: Number, data: Data) -> None:
    if claim.force and (figure := data.figure(claim.force)) is not None and not figure.counted:
        claim.verdict, claim.note = "unknown", f"{figure.force.name} is not counted"
        return
    items = [d for d in data.entries(claim.force) if d.entry.status == "believed_abroad"]
    low, high = sum(d.entry.count_low for d in items), sum(d.entry.count_high for d in items)
    claim.data_figure = _data_label(low, high)
    claim.verdict = _judge(number.low, number.high, low, high)
    claim.source = _sources(items)
    claim.note = "offenders believed to be abroad"


# ---------------------------------------------------------------------------------------------------------
# Putting it together


def _snippet(text: str, start: int, end: int) -> str:
    start = max(0, start)
    end = min(len(text), end)
    return text[start:end].strip(" ,;:")


def _force_distance(text: str, mention: Mention, region: tuple[int, int]) -> float:
    """Distance from a force to a figure, weighed the way the sentence binds them.

    A force that is the subject ("Kent had 8") or that the figure points to ("23 from Manchester") is nearer;
    one that starts another item ("8 and Wiltshire had none", "39 ... and 23") is further.
    """
    distance = _distance(text, (mention.start, mention.end), region)
    if mention.end <= region[0]:
        if re.search(r"\b(?:and|while|but|whereas)\b", text[mention.end : region[0]], re.IGNORECASE):
            return distance + 3
        return distance - 1.5
    between = text[region[1] : mention.start]
    if re.match(r"\s*(?:,\s*)?(?:and|while|but|whereas|compared|followed|ahead|then|than|versus|vs)\b", between,
                re.IGNORECASE):
        return distance + 5
    if re.fullmatch(r"\s*(?:[\w'-]+\s+){0,3}?(?:in|from|for|at|by|across|within)\s+(?:the\s+)?", between, re.IGNORECASE):
        return distance - 2
    return distance


def _nearest_force(text: str, found: list[Mention], region: tuple[int, int], limit: float) -> tuple[list[Mention], float] | None:
    best: tuple[list[Mention], float] | None = None
    for group in _groups(text, found):
        distance = min(_force_distance(text, m, region) for m in group)
        # On a tie the force named first ("Northumbria ... 5, Durham ...") keeps its figure.
        if distance <= limit and (best is None or distance < best[1]):
            best = (group, distance)
    return best


def _sentence_subject(found: list[Mention], region: tuple[int, int]) -> str | None:
    """The one force a sentence names before a figure ("Notts Police said six ..., one since 2013")."""
    before = {m.force for m in found if m.end <= region[0]}
    return before.pop() if len(before) == 1 else None


class _Checker:
    def __init__(self, tally: Tally) -> None:
        self.data = Data(tally)
        self.subject: str | None = None
        self.subject_from_heading = False
        self.paragraph = -1
        self.claims: list[Claim] = []

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)

    def sentence(self, s: Sentence) -> None:
        text = s.text
        if s.paragraph != self.paragraph:
            # A force named in running prose is the subject until the paragraph ends; one named in a
            # heading ("Northumbria Police") is the subject of everything under it.
            self.paragraph = s.paragraph
            if not self.subject_from_heading:
                self.subject = None
        found = mentions(text)
        numbers = numbers_in(text)
        if s.heading and found and not [n for n in numbers if not n.attach_only]:
            self.subject, self.subject_from_heading = found[0].force, True
            return
        national = NATIONAL_CUE.search(text)
        before = len(self.claims)
        carry = self.subject if (CARRY_START.search(text) or _THE_FORCE.search(text)) and not national else None
        spans = spans_in(text)
        # Figures inside a date or duration phrase ("for 14 years") belong to it, not to the count list.
        numbers = [n for n in numbers if not any(sp.start <= n.start < sp.end for sp in spans)]
        numbers = [n for n in numbers if not any(m.start <= n.start < m.end for m in found)]
        self._dated(s, text, found, numbers, spans, carry)
        self._abroad(s, text, found, numbers, carry, national)
        self._lists(s, text, found, numbers)
        self._counts(s, text, found, numbers, carry, national)
        if WITHDRAWN.search(text):
            for claim in self.claims[before:]:
                claim.verdict = "unknown"
                claim.note = "a figure a correction withdraws (not checked)" + (
                    f"; the data says {claim.data_figure}" if claim.data_figure is not None else "")
        if found:
            self.subject, self.subject_from_heading = found[-1].force, False
        elif national:
            self.subject, self.subject_from_heading = None, False

    def _force_for(self, text: str, found: list[Mention], region: tuple[int, int], carry: str | None) -> str | None:
        near = _nearest_force(text, found, region, limit=14)
        if near is not None:
            return near[0][0].force
        return _sentence_subject(found, region) or carry

    def _dated(self, s: Sentence, text: str, found: list[Mention], numbers: list[Number], spans: list[Span],
               carry: str | None) -> None:
        """Dates and durations, each with the count just before it ("two since 2009")."""
        previous_end = 0
        for span in spans:
            window = [n for n in numbers if not n.used and previous_end <= n.end <= span.start
                      and _distance(text, (n.start, n.end), (span.start, span.end)) <= 12]
            number = window[-1] if window else None
            if span.kind == "since" and number is None and not span.data.get("lead"):
                previous_end = span.end
                continue  # "Since 2010, ..." with no count is not a claim about missing offenders
            if number is not None:
                number.used = True
            start = number.start if number else span.start
            force = self._force_for(text, found, (start, span.end), carry)
            claim = Claim(text=_snippet(text, start, span.end), figure=None, force=force, verdict="unknown",
                          data_figure=None, source=None, kind=span.kind, line=s.line,
                          count=number.value if number else None, start=start)
            if span.kind == "since":
                claim.figure = int(span.data["year"])  # type: ignore[call-overload]
                check_since(claim, span, self.data)
            else:
                claim.figure = int(span.data["low"])  # type: ignore[call-overload]
                head = text[previous_end : span.start]
                quantifier = "all" if number is None and re.search(
                    r"\b(?:they|all|both|each|every)\b", head, re.IGNORECASE) else "some"
                check_duration(claim, span, self.data, quantifier)
            if number is not None and number.qualifier not in ("", "range"):
                claim.note = f"'{number.qualifier}' in the copy; {claim.note}"
            self.add(claim)
            previous_end = span.end

    def _abroad(self, s: Sentence, text: str, found: list[Mention], numbers: list[Number], carry: str | None,
                national: re.Match[str] | None) -> None:
        """"114 of them believed abroad"."""
        for cue in _ABROAD.finditer(text):
            window = [n for n in numbers if not n.used and not n.attach_only and n.end <= cue.start()
                      and _distance(text, (n.start, n.end), (cue.start(), cue.end())) <= 8]
            if not window:
                continue
            number = window[-1]
            number.used = True
            force = None if national else self._force_for(text, found, (number.start, cue.end()), carry)
            claim = Claim(text=_snippet(text, number.start, cue.end()), figure=number.value, force=force,
                          verdict="unknown", data_figure=None, source=None, kind="abroad", line=s.line,
                          start=number.start)
            check_abroad(claim, number, self.data)
            self.add(claim)

    def _lists(self, s: Sentence, text: str, found: list[Mention], numbers: list[Number]) -> None:
        """"Thames Valley, Essex and Sussex gave figures of 5, 11 and 11": the figures go respectively."""
        free = [n for n in numbers if not n.used and not n.attach_only]
        runs: list[list[Number]] = []
        for n in free:
            if runs and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[runs[-1][-1].end : n.start]):
                runs[-1].append(n)
            else:
                runs.append([n])
        groups = [g for g in _groups(text, found) if len(g) > 1]
        for run in runs:
            if len(run) < 2:
                continue
            group = next((g for g in groups if len(g) == len(run) and (g[-1].end <= run[0].start
                          or run[-1].end <= g[0].start)), None)
            if group is None:
                continue
            for mention, number in zip(group, run, strict=True):
                number.used = True
                claim = Claim(text=f"{text[mention.start:mention.end]} \u2026 {number.text}", figure=number.value,
                              force=mention.force, verdict="unknown", data_figure=None, source=None, kind="total",
                              line=s.line, start=number.start)
                check_total(claim, number, self.data)
                self.add(claim)

    def _counts(self, s: Sentence, text: str, found: list[Mention], numbers: list[Number], carry: str | None,
                national: re.Match[str] | None) -> None:
        """Numbers of forces, figures the count is part of, and the counts themselves."""
        for number in numbers:
            if number.used or number.attach_only:
                continue
            after, before = text[number.end :], text[: number.start]
            forces_phrase = _OF_THE_FORCES.match(after) or _FORCES_AFTER.match(after)
            if forces_phrase:
                self._forces(s, text, numbers, number, forces_phrase)
                continue
            if _ELIDED_FORCES.match(after) and any(c.kind == "forces" and c.line == s.line for c in self.claims[-4:]):
                # "Of the 46 forces asked, 39 had at least one missing offender and two refused"
                elided = re.match(r"(?:(?!\s(?:and|while|but)\s)[^,;])*", after)
                self._forces(s, text, numbers, number, elided)  # type: ignore[arg-type]
                continue
            if NOT_OFFENDERS.match(after):
                continue
            if number.value == 1 and number.qualifier == "at least":
                continue  # "at least one missing offender" is an idiom, not a figure
            if re.search(r"\b(?:the\s+(?:other|remaining|last|first|latest)|the\s+rest\s+of\s+the)\s+$", before,
                         re.IGNORECASE):
                continue  # "when the other two disappeared": part of a figure given elsewhere
            if number.zero_word and not (
                re.match(r"^\s+(?:[\w'-]+\s+){0,3}?(?:missing|registered|sex|offenders?|RSOs?|wanted)\b", after,
                         re.IGNORECASE)
                or (text[number.start : number.end].lower() in ("none", "nobody", "no one") and MISSING_CUE.search(text))
                or (text[number.start : number.end].lower() == "none" and (found or carry)
                    and re.search(r"\b(?:had|has|have|were|was|is|are|reported|recorded|found)\s+$", before, re.IGNORECASE))
            ):
                continue  # "no" and "none" are a zero only where the copy says so
            if _DENOMINATOR_BEFORE.search(before) or _DENOMINATOR_AFTER.match(after):
                words = re.match(r"\s*(?:\S+\s*){0,5}", after)
                self.add(Claim(
                    text=_snippet(text, number.start, number.end + (words.end() if words else 0)), figure=number.value,
                    force=None, verdict="unknown", data_figure=None, source=None, kind="context", line=s.line,
                    note="a total the missing figure is part of (not checked)", start=number.start))
                continue
            near = _nearest_force(text, found, (number.start, number.end), limit=12)
            subject = _sentence_subject(found, (number.start, number.end))
            if near is None and subject is not None:
                near = ([next(m for m in reversed(found) if m.force == subject and m.end <= number.start)], 12.0)
            if national and (near is None or _distance(text, (national.start(), national.end()),
                                                        (number.start, number.end)) < near[1]):
                targets: list[str | None] = [None]
            elif near is not None:
                targets = [m.force for m in near[0]]
            elif carry is not None:
                targets = [carry]
            elif MISSING_CUE.search(text):
                targets = [None]
            else:
                continue
            local = targets == [None] and not national and LOCAL_CUE.search(text)
            area = nations_in(national.group(0)) if national and targets == [None] else None
            for force in dict.fromkeys(targets):
                region = [number.start, number.end]
                if force is not None and near is not None:
                    for m in near[0]:
                        region = [min(region[0], m.start), max(region[1], m.end)]
                claim = Claim(text=_snippet(text, region[0], region[1]), figure=number.value, force=force,
                              verdict="unknown", data_figure=None, source=None, kind="total", line=s.line,
                              start=number.start)
                if local:
                    claim.note = "a local figure, but the copy does not say which force"
                else:
                    check_total(claim, number, self.data, area)
                if number.qualifier not in ("", "range"):
                    claim.note = f"'{number.qualifier}' in the copy" + (f"; {claim.note}" if claim.note else "")
                self.add(claim)

    def _forces(self, s: Sentence, text: str, numbers: list[Number], number: Number, phrase: re.Match[str]) -> None:
        local = re.split(r"[,;]|\s(?:and|while|but|whereas)\s", text[number.start :], maxsplit=1)[0]
        claim = Claim(text=_snippet(text, number.start, number.end + phrase.end()), figure=number.value, force=None,
                      verdict="unknown", data_figure=None, source=None, kind="forces", line=s.line, start=number.start)
        check_forces(claim, number, local, text, self.data)
        self.add(claim)
        for other in numbers:  # "four forces reported no missing offenders": the "no" is part of this claim
            if other.zero_word and number.end <= other.start < number.start + len(local):
                other.used = True
        if "b" in phrase.groupdict() and phrase.group("b"):  # "39 of the 46 forces": the 46 is the round robin
            inner = next((n for n in numbers if n.start >= number.end + phrase.start("b") and not n.used), None)
            if inner is not None:
                inner.used = True
                total = Claim(text=_snippet(text, inner.start, number.end + phrase.end()), figure=inner.value,
                              force=None, verdict="unknown", data_figure=None, source=None, kind="forces",
                              line=s.line, start=inner.start)
                check_forces(total, inner, "asked", text, self.data)
                self.add(total)


def check_article(raw: str, tally: Tally) -> list[Claim]:
    """Every figure found in the article, in reading order, with its verdict."""
    checker = _Checker(tally)
    for sentence in sentences(article_text(raw)):
        before = len(checker.claims)
        checker.sentence(sentence)
        checker.claims[before:] = sorted(checker.claims[before:], key=lambda c: c.start)
    return checker.claims


def summary(claims: list[Claim]) -> dict[str, int]:
    return {verdict: sum(1 for c in claims if c.verdict == verdict) for verdict in VERDICTS}
