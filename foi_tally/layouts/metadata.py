"""The facts around the figures: the reply's reference, its date, and the date its figures are as of."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from foi_tally.dates import parse_letter_date
from foi_tally.document import Cell, Document, Line
from foi_tally.patterns import Caseless

_FULL_DATE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b",
    re.IGNORECASE,
)
_AS_AT = re.compile(
    r"\b(?:as\s+at|as\s+of|correct\s+(?:as\s+)?(?:at|on|to)|valid\s+(?:as\s+)?(?:at|on)|accurate\s+as\s+(?:at|of)"
    r"|figures?\s+(?:for|on)|snapshot\s+(?:on|taken)|position\s+(?:as\s+)?(?:at|on)|data\s+as\s+at"
    # Before the bare "extracted": "extracted from ViSOR on 1 March" must reach its "on".
    r"|(?:taken|extracted|drawn|obtained|run|searched|checked)\b[^.]{0,40}?\bon"
    r"|extracted(?:\s+on)?|date\s+of\s+extract(?:ion)?|(?:data\s+)?extract(?:ion)?(?:\s+(?:date|at|on|as\s+at))?|carried\s+out\s+on|(?:whereabouts\s+)?unknown\s+at|^on|(?:^|\bthat\s+)at)\b[\s:,]*(?:the\s+)?(?:date\s+of\s+)?",
    re.IGNORECASE,
)
# (A whole word: a line opening "dates on which they went missing are: ..." is no label of the letter's date.)
_DATE_LABEL = re.compile(r"^\s*(?:[^/:]{1,20}/\s*)?(?:date(?:\s+of\s+(?:response|reply|letter))?|dated|sent)\b\s*[:.]?\s*", re.IGNORECASE)
_REF_LABEL = re.compile(
    r"(?<!your\s)\b(?:our\s+)?(?:(?:freedom\s+of\s+information|foi|foia)\s+)?(?:request\s+)?"
    r"(?:ref(?:erence)?|request|case)(?:\s+(?:no|number))?\.?\s*[:#]?\s*"
    r"(?P<ref>[A-Z0-9][A-Za-z0-9/_.\-]*(?:[ ][0-9][A-Za-z0-9/_.\-]*)?)",
    re.IGNORECASE,
)
_BARE_REF = re.compile(
    r"\b(?P<ref>(?:[A-Za-z0-9]+[-/])*(?:FOI[A-Z]?|RFI|F)[-/ ]?[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*"
    r"|\d{3,6}[A-Z]?/\d{2})\b",
)


_DIGIT = re.compile(r"\d")
_ENDS_IN_A_WORD = re.compile(r"\w\s*$")
#: A word each phrase of _AS_AT holds ("on" only at the very start): text with none of them has no such phrase,
#: and is not scanned for one. Ten thousand reference numbers in a sheet are passed over so.
_AS_AT_WORDS = Caseless(
    "^on|as|correct|valid|accurate|figure|snapshot|position|data|taken|extract|drawn|obtained|run|searched|checked"
    "|carried|unknown|^at|that at"
)

# "On 3 September 2018 you asked": the date of the request, not of the figures.
# "On 12 March you asked ...", and "On 30 June we told you ..." (the day of an earlier reply, not of these figures).
_REQUEST_AFTER_DATE = re.compile(
    r"^\s*,?\s*(?:you\b|your\b|we\s+received\b|i\s+received\b|(?:this|the)\s+(?:force|constabulary)\s+received\b"
    r"|(?:we|i)\s+(?:informed|told|advised|wrote\s+to|replied\s+to|responded\s+to)\s+you\b)",
    re.IGNORECASE,
)


def find_as_of(lines: Sequence[Line | Cell]) -> dt.date | None:
    """The date the figures are stated as at ("as at 5 February 2015"), even when a line break splits the phrase.

    Table cells are read too (as they are: a Cell has a text and a locator), so this runs over every cell of
    a 10,000-row sheet: a line with no digit (and no following line of its text) is skipped unread, as no
    date can follow a phrase in it.
    """
    count = len(lines)
    seen_cells: set[str] = set()
    for index, line in enumerate(lines):
        text = line.text
        if line.locator.line is not None and index + 1 < count and _same_flow(line, lines[index + 1]):
            text = f"{line.text} {lines[index + 1].text}"
        elif not _DIGIT.search(text):
            continue  # no date
        elif line.locator.line is None:
            if text in seen_cells:
                continue  # a cell stands alone, so the same text reads the same wherever it is
            seen_cells.add(text)
        if not _AS_AT_WORDS.found_in(text):
            continue
        # ("... which was received" / "on 16/02/2016": a line opening in lower case carries on the line before)
        carried_on = text[:1].islower() and index > 0 and _same_flow(lines[index - 1], line) and _ENDS_IN_A_WORD.search(lines[index - 1].text)
        for match in _AS_AT.finditer(text):
            if match.start() >= len(line.text):
                break  # a phrase that starts on the next line is that line's to find
            if match.start() == 0 and carried_on and re.match(r"(?:on|at)\b", text):
                continue  # the line before's sentence goes on: "on <date>" is not the figures' day
            tail = text[match.end() : match.end() + 40]
            date_match = _FULL_DATE.match(tail)
            if date_match and not _REQUEST_AFTER_DATE.match(tail[date_match.end() :]):
                found = parse_letter_date(date_match.group(0))
                if found:
                    return found
    return _as_at_the_request(lines)


# "As at the date of your request", "at the time of the request", "as at the date your request was received (12 April
# 2016)": the figures stand on the day the request came, said elsewhere in the letter.
_AS_AT_THE_REQUEST = re.compile(
    r"\b(?:as\s+(?:at|of)|at|on)\s+the\s+(?:date|day|time)\s+(?:of\s+(?:the|your)\s+request|(?:the|your)\s+request\s+was\s+"
    r"(?:received|made|submitted))\b(?:\s*\((?P<date>[^()]{6,30})\))?",
    re.IGNORECASE,
)
_AS_AT_THAT_DATE = re.compile(r"\b(?:as\s+(?:at|of)|correct\s+(?:as\s+)?(?:at|on))\s+(?:that|this|the\s+same)\s+date\b", re.IGNORECASE)
# "your request for information dated 15 March 2010", "received on 9 March 2015", "your email of 3 May".
_REQUEST_DATED = re.compile(
    r"\brequest\b[^.;]{0,40}?\b(?:dated|of|received(?:\s+by\s+[^.;]{1,40}?)?(?:\s+on)?:?|made\s+on|submitted\s+on|sent\s+on)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _as_at_the_request(lines: Sequence[Line | Cell]) -> dt.date | None:
    """The request's date, when the letter gives its figures as at the date of the request; else None."""
    texts = [line.text for line in lines if line.locator.line is not None]
    text = " ".join(texts)
    said = _AS_AT_THE_REQUEST.search(text)
    if said is None:
        that = _AS_AT_THAT_DATE.search(text)
        # "Thank you for your email dated 12 January 2017. Figures below are as at that date.": the date said just before
        before = list(_FULL_DATE.finditer(text, max(0, that.start() - 160), that.start())) if that else []
        return parse_letter_date(before[-1].group(0)) if before else None
    if said["date"] and (found := parse_letter_date(said["date"].strip())):
        return found
    for match in _REQUEST_DATED.finditer(text):
        date_match = _FULL_DATE.match(text, match.end())
        if date_match and (found := parse_letter_date(date_match.group(0))):
            return found
    return None


def _same_flow(line: Line | Cell, following: Line | Cell) -> bool:
    """Two lines of one running text (same file part and page, both text lines rather than table cells)."""
    a, b = line.locator, following.locator
    return (
        a.line is not None
        and b.line is not None
        and (a.file, a.part, a.page, a.sheet) == (b.file, b.part, b.page, b.sheet)
        and b.line > a.line
    )


def find_letter_date(lines: list[Line]) -> dt.date | None:
    """The letter's own date: a labelled date ("Date: ...", at a line's start or after the reference on its line), else
    a date standing alone near the top. Labelled first: a table row such as "1 Mar 2010" stands alone too."""
    for line in lines[:30]:
        match = _FULL_DATE.search(_DATE_LABEL.sub("", line.text).strip()) if _DATE_LABEL.match(line.text) else None
        if match and (found := parse_letter_date(match.group(0))):
            return found
    for line in lines[:12]:
        # "Reference: 0457/21 Date: 3rd May 2021": the label inside a header line, after something else.
        label = _DATE_LABEL_WITHIN.search(line.text)
        match = _FULL_DATE.match(line.text, label.end()) if label else None
        if match and (found := parse_letter_date(match.group(0))):
            return found
    for line in lines[:30]:
        match = _FULL_DATE.fullmatch(line.text.strip()) if len(line.text) <= 40 else None
        if match and (found := parse_letter_date(match.group(0))):
            return found
        if len(line.text) <= 60 and (found := _said_in_two_languages(line.text)):
            return found
    return None


def _said_in_two_languages(text: str) -> dt.date | None:
    """"9 Mehefin 2020 / 9 June 2020": one date standing alone, in Welsh and in English."""
    parts = text.split(" / ")
    if len(parts) != 2 or not all(_FULL_DATE.fullmatch(part.strip()) for part in parts):
        return None
    first, second = (parse_letter_date(part.strip()) for part in parts)
    return first if first is not None and first == second else None


_DATE_LABEL_WITHIN = re.compile(r"\s(?:date(?:\s+of\s+(?:response|reply|letter))?|dated)\s*:\s*", re.IGNORECASE)


def find_reference(doc: Document, lines: list[Line]) -> str | None:
    """The force's own reference for the request (never the requester's "Your ref")."""
    candidates = [line.text for line in lines[:40]]
    if doc.subject:
        candidates.insert(0, doc.subject)
    for text in candidates:
        if re.match(r"^\s*your\s+ref", text, re.IGNORECASE):
            continue
        match = _REF_LABEL.search(text)
        if match and re.search(r"\d", match.group("ref")):
            return match.group("ref").strip(" .,;")
    for text in candidates:
        if re.match(r"^\s*your\s+ref", text, re.IGNORECASE):
            continue
        match = _BARE_REF.search(text)
        if match:
            return match.group("ref").strip(" .,;")
    return None
