"""What every layout family shares: the answer text with its locators, and the finding a layout returns."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from foi_tally.dates import ENGLISH_MONTH_NAMES, FINER_PARTS_NOT_KEPT_NOTE, find_since, parse_since
from foi_tally.document import Document, Line
from foi_tally.forces import find_mentions
from foi_tally.numbers import TENS_WORDS, UNIT_WORDS
from foi_tally.records import Locator, MissingEntry

#: Words that name the people being counted.
OFFENDER_NOUN = (
    r"(?:registered\s+sex(?:ual)?\s+offenders?|sex(?:ual)?\s+offenders?|RSOs?|offenders?|individuals?"
    r"|persons?|people|subjects?|nominals?|registrants?|m[ae]n|wom[ae]n)"  # ("One man has been wanted since ...")
)
#: Words that say they are missing / wanted / unaccounted for.
MISSING_WORDS = (
    r"(?:whereabouts|wanted|missing|unknown|not\s+known|outstanding|unaccounted"
    r"|(?:cannot|can't|could\s+not)\s+(?:currently\s+|presently\s+|now\s+)?(?:be\s+located|locate)"
    r"|untraced|being\s+traced|being\s+sought|still\s+sought|currently\s+seeking|absconded|failed\s+to\s+comply|circulated|\bwu\b)"
)

#: ViSOR's other offenders, whom a request about registered sex offenders does not ask about: "violent offenders",
#: "VOs", "violent or other dangerous offenders", "potentially dangerous persons" (PDPs).
VIOLENT_OFFENDERS = r"\bviolent\b(?:\s+\w+){0,3}?\s+offenders?\b|\bvos?\b|\bpdps?\b|\bpotentially\s+dangerous\s+(?:persons?|people)\b"
_VIOLENT = re.compile(VIOLENT_OFFENDERS, re.IGNORECASE)
# "the Management of Sexual or Violent Offenders (MOSOVO) team", "the Violent and Sex Offender Register": names
# that say nothing of who is counted.
_VIOLENT_IN_A_NAME = re.compile(
    r"\b(?:management\s+of\s+)?sex(?:ual)?\s+(?:offenders?\s+)?(?:and|or|&)\s+violent\s+offenders?\b"
    r"|\bviolent\s+(?:and|or|&)\s+sex(?:ual)?\s+offenders?\s+register\b",
    re.IGNORECASE,
)


def counts_violent_offenders(text: str) -> bool:
    """Whether a text speaks of violent offenders (not merely of a unit or register named after them)."""
    return bool(_VIOLENT.search(_VIOLENT_IN_A_NAME.sub(" ", text)))

# "Q3 2015 - 2", "Q1 16: 1": a quarter of a year and its figure, not a question of the request.
_NOT_A_QUARTER = r"(?!\s*(?:(?:19|20)\d\d|\d\d(?=\s*[-\u2013:=]\s*\d))\b)"
# A restated request sits between a marker like "Request:" and one like "Response:".
_REQUEST_START = re.compile(
    r"^(?:request(?:ed)?\b|your\s+(?:original\s+|initial\s+)?request\b|you\s+asked\b|the\s+request\b|information\s+requested\b"
    r"|question\s*\d*\b|q\d\b" + _NOT_A_QUARTER + r"|in\s+your\s+(?:e-?mail|letter|request)\b.*\b(?:ask|request)|you\s+requested\b)",
    re.IGNORECASE,
)
_ANSWER_START = re.compile(
    r"^(?:(?:our\s+)?(?:response|answer|reply|decision|outcome|results?)\s*(?::|$)|a\d\b|the\s+answer\b"
    r"|in\s+response\b|i\s+can\s+(?:now\s+)?confirm\b|we\s+can\s+(?:now\s+)?confirm\b|please\s+find\b"
    r"|please\s+see\b|i\s+am\s+(?:now\s+)?able\b|information\s+(?:supplied|provided|disclosed)\b)",
    re.IGNORECASE,
)
# "Your request has been considered and I can advise you as follows.": a sentence about the request's handling that
# leads into the answer, not the request (a question mark further on, "Not happy with our answer?", ends no request).
_REQUEST_HANDLED = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?been\s+(?:considered|processed|dealt\s+with|handled)\b.*\.\s*$"
    r"|\b(?:i|we)\s+(?:can|am\s+able\s+to|are\s+able\s+to)\s+(?:now\s+)?(?:advise|inform|tell)\s+you\b.*\.\s*$",
    re.IGNORECASE,
)
_UNHAPPY = re.compile(r"\b(?:not\s+(?:happy|satisfied|content)|unhappy|dissatisfied|disagree)\b[^?]*$", re.IGNORECASE)
#: How far a restated request may run before its question mark.
REQUEST_MAX_LINES = 8
_GREETING = re.compile(r"^\s*dear\s+\S", re.IGNORECASE)
#: A request marker line this short is a heading ("Your request:"), not a sentence.
BARE_HEADING_CHARS = 25


@dataclass(frozen=True)
class Span:
    """A stretch of the joined answer text, mapped back to the line it started on."""

    start: int
    end: int
    line: Line


@dataclass
class AnswerText:
    """The answer part of a document as one string, with every character traceable to its line."""

    text: str
    starts: list[int]  # start offset of each line in `text`
    lines: list[Line]

    def line_at(self, offset: int) -> Line:
        import bisect

        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.lines[index]

    def locator_at(self, offset: int) -> Locator:
        return self.line_at(offset).locator


def answer_lines(doc: Document) -> list[Line]:
    """The document's own lines, without quoted email history or a restated request.

    A restated request runs from a marker ("You asked:", "Request") to its
    question mark or to an answer marker ("Response:"), whichever comes first,
    and never further than REQUEST_MAX_LINES lines. With neither, only a bare
    heading ("Your request") is dropped: "Your request has been considered.
    As at ..., 7 RSOs ..." is the answer itself.
    """
    own = _quoted_request_cut([line for line in doc.lines if not line.quoted])
    skip: set[int] = set()
    i = 0
    while i < len(own):
        if (
            not _REQUEST_START.match(own[i].text) or own[i].text.lstrip()[:1].islower()  # ("... response to your" / "request about ...")
            or _answered_on_its_line(own[i].text) or _REQUEST_HANDLED.search(own[i].text)
        ):
            i += 1
            continue
        # A bare heading ("Your request:") goes; so does a request restated on its label's line ("Request: the number
        # of ... since 2000."), even with no question mark to end it.
        end = i + 1 if len(own[i].text) <= BARE_HEADING_CHARS or _REQUEST_LABEL.match(own[i].text) else i
        # (when the marker is a sentence of its own, "The request was successful.", not a lead into the request,
        # which may open "Dear Sir,")
        opened = own[i].text.rstrip().endswith(".")
        for j in range(i, min(len(own), i + REQUEST_MAX_LINES)):
            if j > i and (_ANSWER_START.match(own[j].text) or opened and _GREETING.match(own[j].text)):
                end = j  # (a letter's greeting, "Dear Mr Ashworth,", starts the reply: no request runs on past it)
                break
            if "?" in own[j].text:
                if _UNHAPPY.search(own[j].text.split("?", 1)[0]):
                    break  # "Not happy with our answer?": the right to complain, asked after the answer
                end = j + 1
                answer = own[j].text.rsplit("?", 1)[1].strip(" \"'\u201d")
                if re.search(r"\w{2}", answer):
                    # "Q1 - How many are missing? There are 5 ...": the answer after the question, on its line
                    own[j] = replace(own[j], text=answer)
                    end = j
                break
        skip.update(range(i, end))
        i = max(end, i + 1)
    return [line for k, line in enumerate(own) if k not in skip]


_QUESTION_LABEL = re.compile(r"^\s*(?:question|q)\s*(?:\d{1,2}|\([a-h]\))\s*[:.)\-\u2013]\s*", re.IGNORECASE)


def _answered_on_its_line(text: str) -> bool:
    """ "Question 2: July 2022.", "Q1: 5", "Question (b): 2014 - 1; 2017 - 1": a question's number or letter with its
    answer, not the question restated."""
    label = _QUESTION_LABEL.match(text)
    rest = text[label.end() :].strip().rstrip(" .;") if label else ""
    return bool(rest) and (only_dates(rest) or is_one_count(rest) or _a_breakdown(rest))


# "... has been considered. You asked: "please tell me (a) how many of the approximately 1,500 ..."": a request quoted
# from the middle of a line, to its closing quotation mark.
_QUOTED_REQUEST = re.compile(
    r"\b(?:you\s+(?:asked|requested|wrote)|your\s+request\s+(?:reads?|read\s+as\s+follows|stated|was))\s*(?:for\s*)?:?\s*[\"\u201c]",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\"\u201d]")


def _quoted_request_cut(lines: list[Line]) -> list[Line]:
    """The lines without a request quoted after "You asked:", when its closing quotation mark is found within
    REQUEST_MAX_LINES lines; the words before and after the quotation stay."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        opened = _QUOTED_REQUEST.search(lines[i].text)
        closing = None
        if opened:
            for j in range(i, min(len(lines), i + REQUEST_MAX_LINES)):
                close = _CLOSING_QUOTE.search(lines[j].text, opened.end() if j == i else 0)
                if close:
                    closing = (j, close.end())
                    break
        if opened is None or closing is None:
            out.append(lines[i])
            i += 1
            continue
        j, after = closing
        before = lines[i].text[: opened.end() - 1].rstrip()
        rest = lines[j].text[after:].strip()
        out.append(replace(lines[i], text=before if j > i or not rest else f"{before} {rest}"))
        if j > i and rest:
            out.append(replace(lines[j], text=rest))
        i = j + 1
    return out


# Replies set out as questions and answers: "Q1. How many ...?" / "A1. 3", "Question 2: ...?" / "Answer: Four (4)."
# ("(a) How many ...?": a lettered part of the request, its answer under it)
_QA_QUESTION = re.compile(
    # ("Question a. The number of ...", "Answer a. 4": a lettered part, labelled in words)
    r"^\s*(?:q(?:uestion)?\s*(?:\d{0,2}|[a-h]\b)\s*[.:)\-\u2013]|q(?:uestion)?\s*\d{1,2}\s" + _NOT_A_QUARTER + r"|\d{1,2}[.)]"
    r"|\([a-h]\)(?=\s*(?:how|what|when|please|for\s+each|can|could|would|which|is|are|do|does)\b))\s*(?=\S)",
    re.IGNORECASE,
)
_QA_ANSWER = re.compile(
    # ("Response to question 1: 3 (three)", "Answer to Q2 - ...")
    r"^\s*(?:(?:a(?:nswer)?|response|reply)\s*(?:\d{0,2}|(?<=r)\s[a-h]\b|\s+to\s+(?:question|q)\s*\d{1,2})\s*[.:)\-\u2013]"
    r"|a(?:nswer)?\s*\d{1,2}\s)\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_QA_ANSWER_LABEL_ONLY = re.compile(r"^\s*(?:a(?:nswer)?|response|reply)\s*\d{0,2}\s*[.:)\-\u2013]?\s*$", re.IGNORECASE)
_REQUEST_LABEL = re.compile(r"^\s*(?:(?:your\s+)?request(?:\s*\d{1,2})?|you\s+asked)\s*:\s*(?=\S)", re.IGNORECASE)
# A question about when they went missing ("2. For each, please give the month and year in which they went
# missing."), answered by a list of dates alone.
# ("For each, the date they were first recorded as such.": "as such" says missing, after the question before)
_MISSING_OR_SUCH = rf"(?:{MISSING_WORDS}|\b(?:recorded|circulated|listed|flagged|shown)\s+as\s+such\b)"
ASKED_WHEN = re.compile(
    rf"\b(?:when|dates?|months?|years?)\b.*{_MISSING_OR_SUCH}|{_MISSING_OR_SUCH}.*\b(?:when|dates?|months?|years?)\b", re.IGNORECASE
)
#: How many lines of dates, one a line, may answer a question about when each went missing.
DATE_ANSWER_MAX_LINES = 200
# Before the date on a line of its own: "Ref 1 -", "Person 2:", "Offender C", a bullet.
_DATE_LINE_LABEL = re.compile(r"^\s*(?:[\u2022*-]\s*)?(?:(?:ref|no|subject|offender|individual|person|nominal|case|rso)\.?\s*[-#]?\s*[A-Z0-9]{1,4}\s*[:.)-]?\s*)?", re.IGNORECASE)
# ("...; 2017 (the month is not recorded); and the 2nd of January 2019": a note on a date's precision, and the "the"
# before an ordinal day, between the dates of a list)
LIST_SEPARATOR = re.compile(rf"^(?:\s*{FINER_PARTS_NOT_KEPT_NOTE})?[\s,;&/.]*(?:and[\s,;&/.]*)?(?:the\s+)?$", re.IGNORECASE)
LIST_END = re.compile(r"^[\s.;,]*(?:respectively[\s.;,]*)?$", re.IGNORECASE)
# "...: the 5th of June 2010; the 14th of July 2012": the "the" before a day is part of how it is said.
ORDINAL_THE = re.compile(r"\bthe\s*$", re.IGNORECASE)


def only_dates(sentence: str) -> bool:
    """Whether a sentence is nothing but dates in a list ("17.11.21;", "03/02/2006, 14/07/2011 and May 2013"), perhaps
    a bulleted item."""
    from foi_tally.dates import find_since

    sentence = _BULLET_START.sub("", sentence.lstrip(), count=1)
    dates = find_since(sentence)
    # ("2007 (x2), 2008 (x2)": how many a date stands for, after it)
    gaps = [sentence[: dates[0].start], *(_HOW_MANY_AFTER.sub("", sentence[a.end : b.start], count=1) for a, b in itertools.pairwise(dates))] if dates else []
    end = _PRECISION_ASIDE.sub("", _HOW_MANY_AFTER.sub("", sentence[dates[-1].end :], count=1), count=1) if dates else ""
    return bool(dates) and all(LIST_SEPARATOR.match(ORDINAL_THE.sub("", gap)) for gap in gaps) and bool(LIST_END.match(end))


# "(month and year only)", "(exact day not recorded)": how precise the dates listed before it are.
_PRECISION_ASIDE = re.compile(r"^\s*\((?=[^()\d]*\b(?:month|year|day|date)s?\b)[^()\d]{3,40}\)", re.IGNORECASE)


def _as_listed(dates: str) -> str:
    """A list of dates as it reads after a question's colon: less the aside on their precision that closes it ("(month
    and year only)"), and "The 4th of October 2009, ..." in lower case (no new sentence at the colon)."""
    last = dates.rfind("(")
    if last > 0 and _PRECISION_ASIDE.fullmatch(dates[last:]):
        dates = dates[:last].rstrip()
    return "the" + dates[3:] if dates.startswith("The ") else dates
# "(x2)", "x2", "(2)", "(two)" straight after a listed date: how many people it stands for.
_HOW_MANY_AFTER = re.compile(r"^\s*(?:\(\s*[x\u00d7]?\s*(?:\d{1,2}|[a-z]{3,5})\s*\)|[x\u00d7]\s*\d{1,2}\b)", re.IGNORECASE)


_SINCE_LEAD = re.compile(r"^\s*(?:since|from)\s+(?=\S)", re.IGNORECASE)


def _dates_answering(lines: list[Line], at: int, value: str) -> list[tuple[str, Line]]:
    """The dates that answer a question about when each went missing: the answer itself when it is a list of dates
    ("A2. 03/02/2006, 14/07/2011"), or, under an empty answer label ("A2."), the lines below it that each give a
    date ("Ref 1 - 03/02/2006")."""
    if value:
        value = _SINCE_LEAD.sub("", value, count=1)  # "Since 2019.": the date the question asked for
        if not only_dates(value):
            return []
        found = [(value, lines[at])]
        # "• May 2012" / "• Sept 2020", "14/09/2015" / "02/01/2017": one date a bullet or a line, the rest below it
        bulleted = bool(_BULLET_START.match(value.lstrip()))
        for line in lines[at + 1 : at + 1 + DATE_ANSWER_MAX_LINES]:
            text = line.text.strip().rstrip(" .;,")
            same_kind = bool(_BULLET_START.match(text)) == bulleted
            if not (same_kind and only_dates(text) and (bulleted or _lone_date(text))):
                break
            found.append((text, line))
        return found
    found = []
    for line in lines[at + 1 : at + 1 + DATE_ANSWER_MAX_LINES]:
        text = line.text.strip().rstrip(" .;,")
        date = text[_DATE_LINE_LABEL.match(text).end() :]  # type: ignore[union-attr]
        if not text or not only_dates(date):
            break
        found.append((date, line))
    return found


#: A line this short under a question may be its whole answer, unlabelled, if it is nothing but a count.
BARE_ANSWER_MAX_CHARS = 24
#: How many lines a question may wrap over before its question mark.
QUESTION_MAX_LINES = 3


def inline_questions(lines: list[Line]) -> list[Line]:
    """The reply's own lines, and the quoted lines of a question its answer is typed under ("> 2. How many ...?" over
    "14"): a short run of quoted lines straight above a line of the reply's own. A long quoted history is left out."""
    kept: list[Line] = []
    run: list[Line] = []
    for line in lines:
        if line.quoted:
            run.append(line)
            continue
        if run and len(run) <= QUESTION_MAX_LINES and line.text.strip():
            kept.extend(run)
        run = []
        kept.append(line)
    return kept


def _next_question(question: str, rest: str) -> bool:
    """Whether `rest` opens with the number after the question's own ("1. How many ...? 2. For each ..."), or with a
    question label; "2. How many ...? 17. Of these 17, ..." is the answer 17."""
    asked, then = re.match(r"\D{0,12}?(\d{1,2})\b", question), re.match(r"\s*(?:q(?:uestion)?\s*)?(\d{1,2})\s*[.):]", rest, re.IGNORECASE)
    if then is None:
        return bool(re.match(r"\s*q(?:uestion)?\s*\d", rest, re.IGNORECASE))
    return asked is not None and int(then[1]) == int(asked[1]) + 1


def _an_answer(text: str) -> bool:
    """Whether a line starts an answer: "A1. 3", or "A2." alone over the lines that answer (not "A. Clerk", an
    initial and a name signing the letter)."""
    return bool(_QA_ANSWER.match(text) or _QA_ANSWER_LABEL_ONLY.match(text)) and not _SIGNED_NAME.match(text)


_SIGNED_NAME = re.compile(r"^\s*A\.\s+(?:[A-Z]\.\s+)?[A-Z][a-z'-]+(?:-[A-Z][a-z]+)?\s*$")


# The quotation marks around a question quoted from the request: '“How many ... unknown?”'.
_IN_QUOTES = re.compile("^\\s*[\"'\u201c\u2018]|[\"'\u201d\u2019]\\s*$")


#: How many lines below an answer's own may carry on a list of dates it began.
ANSWER_WRAP_LINES = 2


def question_answers(lines: list[Line]) -> list[Line]:
    """Each question answered by a bare count, as one line: "How many ... are wanted ...: 4." at the answer.

    The question is the restated request, which answer_lines() drops; its bare answer ("A1. 3") says nothing
    on its own. Joined, the prose layout reads them as any other "... wanted: 4" statement.
    """
    found: list[Line] = []
    i = 0
    while i < len(lines):
        when_only = -1  # a question about when, with no mark or label to end it: answered by dates or not read
        if _QA_QUESTION.match(lines[i].text):
            # (not past the next numbered question: "2. For each, the year." / its answer / "3. How many ...?")
            stop = next((j for j in range(i + 1, min(len(lines), i + QUESTION_MAX_LINES)) if _QA_QUESTION.match(lines[j].text)),
                        min(len(lines), i + QUESTION_MAX_LINES))
            end = next((j for j in range(i, stop) if "?" in lines[j].text), None)
            if end is None:  # "Q. Please tell me how many ..." with no question mark, up to the "A." under it
                end = next((j for j in range(i, min(len(lines) - 1, i + QUESTION_MAX_LINES)) if _an_answer(lines[j + 1].text)), None)
            if end is None:  # "1. Number of RSOs ... unknown:" over "Five, which is unchanged ...": a label over its count
                end = next((j for j in range(i, min(stop, len(lines) - 1))
                            # ("1. How many ... are" / "unknown" over "THREE (3) AS AT 24/01/2024.": asked, unmarked)
                            if (lines[j].text.rstrip().endswith(":") or _COUNT_LABEL.match(lines[i].text)
                                or _ASKS.match(_QA_QUESTION.sub("", lines[i].text, count=1)))
                            and not _QA_QUESTION.match(lines[j + 1].text) and _opens_with_a_count(lines[j + 1].text.strip())), None)
            if end is None and ASKED_WHEN.search(lines[i].text) and lines[i].text.rstrip().endswith("."):
                end = when_only = i  # "2. For each of them, please give the year they went missing." over its answer, unlabelled
        elif _ASKED.match(unquoted := _IN_QUOTES.sub("", lines[i].text)):  # a question restated without a number, on a line of its own
            end = i
        elif _ASKS_OPENING.match(unquoted) and (
            asked_by := next((j for j in range(i + 1, min(len(lines), i + QUESTION_MAX_LINES)) if "?" in lines[j].text), None)
        ) is not None and not any("." in ln.text for ln in lines[i:asked_by]):
            end = asked_by  # '"How many ... wanted' / 'because their whereabouts are unknown? ..."': a question wrapped
            if lines[i].text.lstrip()[:1] in "\"\u201c":  # (quoted: the request goes on to its closing quote)
                end = next((j for j in range(asked_by, min(len(lines), asked_by + QUESTION_MAX_LINES))
                            if lines[j].text.rstrip().endswith(("\"", "\u201d"))), asked_by)
        elif ASKED_WHEN.search(unquoted) and _ASKS_FOR.match(unquoted) and unquoted.rstrip().endswith("."):
            # "Please give the date each was first recorded as wanted." over "Response: 13/09/2022 and 28/06/2024.":
            # a request about when, restated without a number, answered by dates or not read
            end = when_only = i
        elif _NUMBER_HEADING.match(lines[i].text) and i + 1 < len(lines) and not _an_answer(lines[i + 1].text):
            # "Request 1" over "How many ... are" / "unknown?": the question under its heading
            i += 1
            end = next((j for j in range(i, min(len(lines), i + QUESTION_MAX_LINES)) if "?" in lines[j].text), None)
            if end is None and ASKED_WHEN.search(lines[i].text) and lines[i].text.rstrip().endswith("."):
                end = when_only = i  # "Question 2" over "For each of these, please provide the month and year ...."
            if end is None:
                continue
        elif _REQUEST_LABEL.match(lines[i].text):  # "Request: The number of ..." then "Response: None."
            end = next((j for j in range(i, min(len(lines) - 1, i + QUESTION_MAX_LINES)) if _an_answer(lines[j + 1].text)), None)
            if end is None:  # "You asked: How many ... been missing?" over "Nil.": the question, its answer bare below it
                end = next((j for j in range(i, min(len(lines) - 1, i + QUESTION_MAX_LINES)) if "?" in lines[j].text), None)
        else:
            i += 1
            continue
        # "2. How many are wanted ...? 17. Of these 17, 5 are believed to be abroad.": the answer after the mark
        same_line = _IN_QUOTES.sub("", lines[end].text.split("?", 1)[1]).strip() if end is not None and "?" in lines[end].text else ""
        if _next_question(lines[i].text, same_line) or "?" in same_line or _REQUEST_LABEL.match(same_line):
            same_line = ""  # "1. ...unknown? 2. For each, the date ...": the next question of the request, restated
        if end is None or (end + 1 >= len(lines) and not same_line):
            i += 1
            continue
        answer_at = lines[end] if same_line else None
        # (not "1. South Yorkshire Police can confirm ...": the number of the first answer under "Response")
        if not same_line and _QA_ANSWER_LABEL_ONLY.match(lines[end + 1].text) and end + 2 < len(lines) and is_one_count(
            _first_clause(lines[end + 2].text.strip().rstrip(" .;,"))
        ) and not _QA_QUESTION.match(lines[end + 2].text):
            same_line, answer_at = lines[end + 2].text.strip(), lines[end + 2]  # "Answer" over "21 (twenty-one), as at ..."
        answer = _QA_ANSWER.match(lines[end + 1].text) if not same_line else None
        bare = same_line or lines[end + 1].text.strip()  # or the answer on a line of its own: "21", "Nil", "Three"
        whole = (answer["value"] if answer else bare).strip().rstrip(" .;,")
        if (as_at := _AS_AT_BEFORE.match(whole)) and is_one_count(first := _first_clause(rest := whole[as_at.end() :])):
            # "As at 21 September 2017, three. They have ..." as "three (as at 21 September 2017). They have ..."
            whole = f"{first} ({as_at['when']}){rest[len(first) :]}"
        question = _IN_QUOTES.sub("", " ".join(line.text.strip() for line in lines[i : end + 1])).split("?", 1)[0]
        question = _REQUEST_LABEL.sub("", _QA_QUESTION.sub("", question, count=1), count=1).strip(" .")
        question = question[:1].upper() + question[1:]  # ("2. and in which month ...?": a sentence of its own here)
        empty = not answer and _QA_ANSWER_LABEL_ONLY.match(bare)
        dated = _dates_answering(lines, end + 1, "" if empty else whole) if ASKED_WHEN.search(question) else []
        led = whole.split(":", 1)[1].strip() if ":" in whole and not dated and ASKED_WHEN.search(question) else ""
        if led and not _a_breakdown(led):
            # ("A2. We are able to give the year: 2010 (1), ... and 2024" / "(2)."): the list wrapped onto the next line
            for k in range(end + 2, min(len(lines), end + 2 + ANSWER_WRAP_LINES)):
                if _QA_QUESTION.match(lines[k].text) or _an_answer(lines[k].text):
                    break
                if _a_breakdown(wrapped := f"{led} {' '.join(ln.text.strip() for ln in lines[end + 2 : k + 1])}".rstrip(" .;,")):
                    led = wrapped
                    break
        if led and _a_breakdown(led):
            dated = [(led, lines[end + 1])]  # "We can provide years only: 2015 - 2, 2019 - 3"
        if not dated and end == when_only:
            i += 1
            continue  # (only dates answer a question said without its mark and read as one)
        if dated:
            # "Q2. The date each was first wanted." / "A2. 03/02/2006, 14/07/2011": the question labels the dates
            # (less its asides: "the date (or, if not held, the year) on which they went missing")
            asked = re.sub(r"\s*\([^()]*\)", "", question).rstrip(":")
            found.extend(Line(f"{asked}: {_as_listed(dates)}.", line.locator) for dates, line in dated)
            i = end + 1
            continue
        part = _PART_OF_THE_WHOLE.match(whole)
        if _a_breakdown(whole):
            value = whole
        elif part and is_one_count(part["part"]) and is_one_count(part["whole"]):
            value = part["part"]  # "2 of the 9 offenders referred to in question 1": the part the question asks for
        elif is_one_count(_first_clause(whole)) and _PART_OF_IT.match(whole[len(_first_clause(whole)):]):
            value = whole  # "Five (5), one of whom is believed to be abroad": the count and its part, read together
        elif (share := _SHARE_THEN_COUNT.fullmatch(whole)) and re.search(r"\bnumber\b|\bhow\s+many\b", question, re.IGNORECASE):
            value = share["count"]  # "What number and percentage ...?" / "0.4% (13)": the number in brackets
        elif (dashed := _DASHED_PART.match(whole)) and is_one_count(dashed["count"]):
            value = f"{dashed['count']}, {dashed['part']}"  # "3 - of whom 2 are wanted ... and 1 is believed ..."
        elif answer or same_line or len(bare) <= BARE_ANSWER_MAX_CHARS or is_one_count(whole) or (
            _COUNT_LEAD.match(bare) and len(bare) <= 60
        ) or _count_then_a_remark(bare) or count_with_aside(whole):  # "One. None are believed to be abroad."
            value = _first_clause(_OF_THE_WHOLE_FIRST.sub("", whole))
            # ("Fewer than five (exact figure withheld under section 40(2))": the count, and the aside kept with it)
            if not (is_one_count(value) or count_with_aside(value)):
                value = ""
        else:
            value = ""
        if value:
            # Lower case, so "...: Four" is not split at the colon as a heading is.
            found.append(Line(f"{question.rstrip(' :')}: {value.lower()}.", (answer_at or lines[end + 1]).locator))
        i = end + 1
    return found + _numbered_answers(lines) + _lettered_answers(lines)


# "Please provide (a) the number of ...; (b) how many ...": the parts of a request, and "(a) five (5)." below.
# ("(a) How many registered sex offenders (RSOs) are ...": an aside in brackets is part of the question)
_LETTERED_PART = re.compile(r"\(([a-h])\)\s*((?:[^;?()]|\((?![a-h]\))[^()]*\)){8,}?)\s*(?=[;?]|\s(?:and\s+)?\([a-h]\)|$)")
# ("Question (a): 5", "(c) - Three.", "c) 1", "Answer c. Nil": the letter after a word for it, the answer after a stop)
_LETTERED_ANSWER = re.compile(
    r"^\s*(?:(?:(?:question|q|part|answer)\s*)?\(?(?P<letter>[a-h])\)|(?:question|part|answer)\s+(?P<named>[a-h])(?=\s*[.:\-\u2013]))"
    r"\s*(?:[:.\-\u2013]\s*)?(?P<answer>\S.*)$",
    re.IGNORECASE,
)


def _answer_letter(answer: re.Match[str]) -> str:
    return (answer["letter"] or answer["named"]).lower()


def _lettered_answers(lines: list[Line]) -> list[Line]:
    """Bare counts answering a lettered part of the request by its letter, as one line each, as above."""
    asked: dict[str, str] = {}
    found: list[Line] = []
    unquoted: list[Line] = []
    for index, line in enumerate(lines):
        answer = _LETTERED_ANSWER.match(line.text)
        value = _bare_count(answer["answer"]) if answer else ""
        letter = _answer_letter(answer) if answer else ""
        if answer and letter in asked and value:
            found.append(Line(f"{asked[letter]}: {value.lower()}.", line.locator))
            continue
        dates = answer["answer"].strip().rstrip(" .;,") if answer else ""
        if answer and letter in asked and ASKED_WHEN.search(asked[letter]) and only_dates(dates):
            # "(b) 14/03/2021 and 02/10/2024.": the dates the lettered question about when asked for
            question = re.sub(r"\s*\([^()]*\)", "", asked[letter]).rstrip(":")
            found.append(Line(f"{question}: {_as_listed(dates)}.", line.locator))
            continue
        if value and letter == "a" and not unquoted:
            unquoted = [Line(f"{UNQUOTED_PART}: {value.lower()}.", line.locator)]  # "Answer a. Fewer than five.", as "Part 1: 8"
        # (a part wrapped over the lines below it is read whole)
        asking = " ".join(ln.text.strip() for ln in lines[index : index + QUESTION_MAX_LINES])
        for letter, part in _LETTERED_PART.findall(asking):
            if f"({letter})" in line.text:
                part = re.split(r"(?<=\.)\s+(?=[A-Z])", part.strip(), maxsplit=1)[0]  # (to its sentence's end)
                asked.setdefault(letter, part[:1].upper() + part[1:])  # a sentence of its own
    return unquoted if unquoted and not asked and not _unnumbered_questions(lines) else found


def _bare_count(answer: str) -> str:
    """The one count an answer under a question's number or letter gives: "5", "Five (5).", or "5. This figure was
    extracted on 17 March 2017." (a count, then a remark with no other figure); else ""."""
    value = _OF_THE_WHOLE_FIRST.sub("", answer).strip().rstrip(" .;,")
    if is_one_count(value):
        return value
    # (the remark is no question of its own: "2. For each of these ..." is the next one, asked)
    lead = _COUNT_THEN_SENTENCE.match(value)
    remark = value[lead.end() :] if lead else ""
    if lead and not _ASKS.match(remark) and "?" not in remark and _no_figure_in(remark) and is_one_count(_first_clause(value)):
        return _first_clause(value)
    return ""


_ASKS = re.compile(r"\s*(?:how|what|when|which|where|please|for\s+each|can|could|would|do|does|is|are)\b", re.IGNORECASE)


# "Q1. How many ...?" asked above, "Q1. 4" answered below it under the same number.
# "Part 1: 19." answers a request's first numbered part the same way.
# ("Question 1 - 5 (five).": after the word, a dash may part the number from its answer.)
_NUMBERED = re.compile(
    r"^\s*[\"\u201c']?\s*(?:(?:(?:q(?:uestion)?|part)\s*)?(\d{1,2})\s*[.:)]|(?:q(?:uestion)?|part)\s*(\d{1,2})\s+[-\u2013])\s*(\S.*)$",
    re.IGNORECASE,
)
# "Question 2" as a heading, its answer on the line below.
_NUMBER_HEADING = re.compile(r"^\s*(?:q|question|part|request)\s*(\d{1,2})\s*[.:]?\s*$", re.IGNORECASE)


def _numbered_answers(lines: list[Line]) -> list[Line]:
    """Bare counts answering a numbered question by its number ("Q1. 4"), as one line each, as above."""
    questions: dict[str, str] = _unnumbered_questions(lines)
    numbered: set[str] = set()
    found: list[Line] = []
    for index, line in enumerate(lines):
        if (heading := _NUMBER_HEADING.match(line.text)) and index + 1 < len(lines):
            index, line = index + 1, lines[index + 1]
            number, rest = heading[1], line.text
        elif match := _NUMBERED.match(_REQUEST_LABEL.sub("", line.text, count=1)):  # "Request: 1. How many ...?"
            number, rest = match[1] or match[2], match[3]
        else:
            continue
        asked = " ".join([rest, *(ln.text.strip() for ln in lines[index + 1 : index + QUESTION_MAX_LINES])])
        if number not in numbered and "?" not in asked and ASKED_WHEN.search(rest) and _ASKS_FOR.match(rest):
            questions[number] = rest.strip().rstrip(" .")  # "2. For each of these, please provide the date ...": asked, unmarked
            numbered.add(number)
            continue
        if "?" in asked and number not in numbered:
            questions[number] = asked.split("?", 1)[0].strip()
            numbered.add(number)
            # "... unknown? 2. For each, please give the date ... 3. How many ...?": the next questions, run on
            run_on = " ".join([rest, *(ln.text.strip() for ln in lines[index + 1 : index + 2 * QUESTION_MAX_LINES])])
            for later, question in _run_on_questions(run_on.split("?", 1)[1], int(number)):
                if later not in numbered:
                    questions[later] = question
                    numbered.add(later)
            continue
        value = _bare_count(rest) or _OF_THE_WHOLE_FIRST.sub("", rest.strip()).rstrip(" .;,")
        if number in questions and (is_one_count(value) or _a_breakdown(value)):
            found.append(Line(f"{questions[number]}: {value.lower()}.", line.locator))
        elif number in questions and ASKED_WHEN.search(questions[number]) and only_dates(value):
            # "Question 2: 11/2016, 07/2021 and 01/2023.": the dates a question about when each went missing asked for
            asked = re.sub(r"\s*\([^()]*\)", "", questions[number]).rstrip(":")
            found.append(Line(f"{asked}: {_as_listed(value)}.", line.locator))
        elif not questions and number == "1" and is_one_count(value):
            # "Part 1: 8 (eight)." in a reply that quotes no question: the first part of a request about the missing
            # asks how many. Read so, and queried (see UNQUOTED_PART).
            found.append(Line(f"{UNQUOTED_PART}: {value.lower()}.", line.locator))
    return found


# "1 (the individual circulated on 23rd August 2021)", "Five.": a count alone, or with an aside, saying nothing of what it
# counts.
_BARE_COUNT_AND_ASIDE = re.compile(
    rf"\s*[-\u2013:]?\s*(?:\d{{1,3}}|{UNIT_WORDS}|{TENS_WORDS})\s*(?:\([^()]*\))?\s*\.?\s*", re.IGNORECASE
)


def unquoted_part_answers(lines: list[Line]) -> list[Line]:
    """Counts answering a later part of the request by its number ("Q3 - 1 (the individual circulated on ...)"), in a
    reply that quotes none of its questions: what they count is not said, so they are for a person to read."""
    if _unnumbered_questions(lines):
        return []
    found = []
    asked = any(_ASKS.match(part) or _ASKS_FOR.match(part) for line in lines for _, part in _LETTERED_PART.findall(line.text))
    if not asked:
        # "Question (c) - Three." under no quoted "(c) How many ...?"
        found = [line for line in lines if (answer := _LETTERED_ANSWER.match(line.text)) and _answer_letter(answer) != "a"
                 and _BARE_COUNT_AND_ASIDE.fullmatch(answer["answer"])]
    for index, line in enumerate(lines):
        if (heading := _NUMBER_HEADING.match(line.text)) and index + 1 < len(lines):
            number, rest = heading[1], lines[index + 1].text
        elif match := _NUMBERED.match(_REQUEST_LABEL.sub("", line.text, count=1)):
            number, rest = match[1] or match[2], match[3]
        else:
            continue
        if "?" in rest or _ASKS.match(rest) or _ASKS_FOR.match(rest):
            return []  # the reply quotes its questions after all
        if number != "1" and _BARE_COUNT_AND_ASIDE.fullmatch(rest):
            found.append(line)
    return found


#: How a bare answer to a request's first part is said when the reply does not quote the question it answers.
UNQUOTED_PART = "The number wanted, whereabouts unknown (part 1 of the request, which the reply does not quote)"


def answer_to_the_email_asked(lines: list[Line], subject: str | None) -> list[Line]:
    """A reply that is only a bare count ("Three.", "Nil, thanks."), as the answer to the question quoted under it
    ("How many are wanted now?") or, with none, to the subject it replies to ("RSOs wanted whereabouts unknown")."""
    own = [line for line in lines if not (line.quoted or line.forces_words)]  # the reply's own words, as sent
    valued = [(line, value) for line in own if (value := _bare_value(line.text))]
    if len(valued) != 1:
        return []
    line, value = valued[0]
    asked = [q.strip() for ln in lines if ln.quoted or ln.forces_words for q in re.findall(r"[^.?!]*\?", ln.text)]
    question = next((q.rstrip("?") for q in reversed(asked) if re.match(r"how\s+many\b", q, re.IGNORECASE)), None)
    if question is None and subject:
        question = re.sub(r"^(?:(?:re|fw|fwd)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    if not question or not re.search(MISSING_WORDS, question, re.IGNORECASE):
        return []
    return [Line(f"{question}: {value.lower()}.", line.locator)]


# "The answer is", "The figure is", "Answer =", "Ours is", "It's": words before a bare count that say only that it is one.
_ANSWER_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:answer|figure|number|total|count)\s*(?:is\b|=|:)|(?:ours|it)\s+is\b|it['\u2019]s\b)\s*", re.IGNORECASE
)
# "... as of today", "... at present": when, said of a count given now.
_ANSWER_WHEN = re.compile(r"\s+(?:as\s+(?:of|at)\s+today|at\s+present|currently|at\s+the\s+moment|right\s+now)(?=\s*[.!]?\s*$)", re.IGNORECASE)


def _bare_value(text: str) -> str:
    """The count a short line gives and nothing else ("Three.", "Nil, thanks."); else ""."""
    if len(text.strip()) > BARE_ANSWER_MAX_CHARS:
        return ""
    text = _ANSWER_LEAD.sub("", _ANSWER_WHEN.sub("", text.strip()))  # "The answer is 4.", "Ours is 5 as of today."
    value = _first_clause(text.strip())
    rest = text.strip()[len(value) :].strip(" .;,!").lower()
    return value if is_one_count(value) and rest in ("", "thanks", "thank you", "regards", "cheers") else ""


# ", one of whom is believed to be abroad", ", of which two ...": a part of the count said just before.
# "3. Number of RSOs currently wanted because whereabouts unknown": a numbered label asking for a count.
_COUNT_LABEL = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}\s*[.):\u2013-]?\s*(?:the\s+)?(?:number|total|count|how\s+many)\b", re.IGNORECASE
)
_PART_OF_IT = re.compile(r"^\s*,\s*(?:[\w-]+\s+)?of\s+(?:whom|which|these|them)\b", re.IGNORECASE)
_COUNT_THEN_SENTENCE = re.compile(r"^[^.,;:]{1,24}\.\s+(?=[A-Z])")


def _count_then_a_remark(answer: str) -> bool:
    """A short count, then a sentence with no other figure in it ("One. None are believed to be abroad."); not the
    next question ("2. For each ...") nor an answer that goes on to count ("THREE (3). ALL THREE ARE WANTED ...")."""
    lead = _COUNT_THEN_SENTENCE.match(answer)
    return bool(lead) and not _QA_QUESTION.match(answer) and _no_figure_in(answer[lead.end() :])


def _no_figure_in(text: str) -> bool:
    """Whether a remark gives no figure (a date in it is none: "This figure was extracted on 17 March 2017.")."""
    from foi_tally.numbers import find_counts

    for found in reversed(find_since(text)):
        text = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    return not any(c.high > 0 for c in find_counts(text))


_SHARE_THEN_COUNT = re.compile(r"\d{1,3}(?:\.\d+)?\s*%\s*\(\s*(?P<count>\d[\d,]*)\s*\)")
_DASHED_PART = re.compile(
    r"^(?P<count>[^-\u2013\u2014:]{1,30}?)\s*[-\u2013\u2014:]\s*(?P<part>(?:[\w-]+\s+)?of\s+(?:whom|which|these|them)\b.*)$",
    re.IGNORECASE,
)


def _opens_with_a_count(text: str) -> bool:
    """Whether an answer's first clause is one count ("Five, which is unchanged", "3 - of whom 2 are ...")."""
    return is_one_count(_first_clause(text)) or bool((dashed := _DASHED_PART.match(text)) and is_one_count(dashed["count"]))


def count_with_aside(text: str) -> bool:
    """Whether an answer's first clause is one count and a bracketed aside: "Fewer than five (exact figure withheld
    under section 40(2)). Position as at ..."."""
    first = _first_clause(text)
    aside = _ASIDE_AFTER.search(first)
    # (not "THREE (3)": the figure said twice, no aside)
    return aside is not None and aside.start() > 0 and bool(re.search(r"[A-Za-z]{3}", aside.group())) and is_one_count(first[: aside.start()])


# A bracketed aside closing an answer's first clause: "Fewer than five (exact figure withheld under section 40(2))".
_ASIDE_AFTER = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")


def _first_clause(text: str) -> str:
    """An answer's words up to its first stop or comma: "Three (3). All three are wanted" gives "Three (3)"."""
    return re.split(r"(?<=[.;,])\s+", text, maxsplit=1)[0].rstrip(" .;,")


# "4 (as at 13/03/2017)", "Nine (9) as at 12 November 2018": the date a bare answer is given for, after it.
_AS_AT_AFTER = re.compile(
    r"\s*\(\s*(?:as\s+(?:at|of)|correct\s+(?:at|as\s+(?:at|of))|at)\b[^()]*\)$"
    r"|,?\s+(?:as\s+(?:at|of)|correct\s+as\s+(?:at|of))\s+[^()]{3,40}$",
    re.IGNORECASE,
)


# "As at 21 September 2017, three", "As at 15 February 2016: 9": the day a bare answer is given for, before it.
_AS_AT_BEFORE = re.compile(r"^(?P<when>(?:as\s+(?:at|of)|correct\s+as\s+(?:at|of))\s+[^,:()]{3,40}?)\s*[,:]\s*(?=\S)", re.IGNORECASE)


# "2 of the 9 offenders referred to in question 1": the part asked for, then the whole it is of.
_PART_OF_THE_WHOLE = re.compile(r"^(?P<part>[\w-]+)\s+of\s+(?:the|these|those)\s+(?P<whole>[\w-]+)\b", re.IGNORECASE)
# "Of the twelve, 3": the part a question about some of them asks for, the whole named first.
_OF_THE_WHOLE_FIRST = re.compile(r"^of\s+(?:the|these|those|them)(?:\s+[\w()]+){0,2}\s*,\s*(?=\S)", re.IGNORECASE)


# "There are 4", "We have 6", "The figure is 3": words that only lead into the count.
_COUNT_LEAD = re.compile(
    r"^(?:there\s+(?:are|were|is|was)|we\s+(?:have|had|hold)|(?:the|this)\s+(?:figure|number|total|answer)\s+(?:is|was)|it\s+is)"
    r"\s+(?:currently\s+|presently\s+)?(?=\S)",
    re.IGNORECASE,
)


# "Five, which is unchanged from last year": a remark on the count that leaves it as it is.
_UNCHANGED_AFTER = re.compile(
    r",\s*(?:which|this)\s+is\s+(?:unchanged|the\s+same|(?:an?\s+)?(?:increase|decrease|rise|fall|reduction))\b[^()]{0,40}$",
    re.IGNORECASE,
)


def is_one_count(value: str) -> bool:
    """An answer that is one count and nothing else, but perhaps the date it is given for."""
    from foi_tally.numbers import find_counts

    value = _AS_AT_AFTER.sub("", _UNCHANGED_AFTER.sub("", _COUNT_LEAD.sub("", value, count=1)))
    counts = find_counts(value)
    return len(counts) == 1 and counts[0].start == 0 and counts[0].end == len(value)


def _a_breakdown(value: str) -> bool:
    """An answer that is only dates and their counts, "2011 (1), 2017 (1), 2020 (2)": said under its question."""
    from foi_tally.dates import find_since
    from foi_tally.numbers import find_counts

    dates = find_since(value)
    if not dates:
        return False
    rest = value
    for date in reversed(dates):
        rest = rest[: date.start] + " " * (date.end - date.start) + rest[date.end :]
    counts = find_counts(rest)
    for count in reversed(counts):
        rest = rest[: count.start] + rest[count.end :]
    return len(counts) >= len(dates) and not re.sub(r"\band\b", "", rest).strip(" ,;:()=&x\u00d7.\u2013-")


# "How many RSOs are currently wanted or missing?": a question restated as a line of its own, unnumbered.
_ASKED = re.compile(
    r"^\s*(?:how|what|when|since|where|which|who|is|are|do|does|did|has|have|can|could|please|for\s+each)\b[^?]{8,}\?\s*$",
    re.IGNORECASE,
)


# A line opening a question restated without a number ('"How many registered sex offenders ... wanted'), its mark on a
# line below.
_ASKS_OPENING = re.compile(r"^\s*(?:how\s+many|what\s+(?:is|are)\s+the\s+number)\b", re.IGNORECASE)


_ASKS_FOR = re.compile(r"\s*(?:for\s+each|please|provide|give|state|list|the\s+dates?|when)\b", re.IGNORECASE)
_RUN_ON_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\.\s+(?=[A-Z])")


def _run_on_questions(text: str, number: int) -> list[tuple[str, str]]:
    """(number, question) for each question numbered on from `number` in the text after a question's mark."""
    marks = list(_RUN_ON_NUMBER.finditer(text))
    found = []
    for mark, following in zip(marks, [*marks[1:], None]):
        if int(mark[1]) != number + 1:
            break
        number += 1
        asked = text[mark.end() : following.start() if following else len(text)].split("?", 1)[0]
        found.append((str(number), asked.strip().rstrip(" .")))
    return found


def _unnumbered_questions(lines: list[Line]) -> dict[str, str]:
    """Questions restated one a line, without numbers, that the answers then number in order ("Question 2: 18")."""
    run: list[str] = []
    for line in lines:
        if _ASKED.match(line.text) and not _NUMBERED.match(line.text):
            run.append(line.text.strip().rsplit("?", 1)[0])
        elif len(run) >= 2:
            break
        else:
            run = []
    return {str(n): question for n, question in enumerate(run, start=1)} if len(run) >= 2 else {}


# "Less than 1 year .......... 2", "2015 .... 2", "Total ........ 6": a band of time, a year or a total and its figure,
# joined by dots that are no full stops. (Not "Question 1 ........ 2", a page number in a list of contents.)
# ("Wanted (whereabouts unknown) ..... 7": any label, its leader, and the figure ending the line)
_LEADER = re.compile(r"((?:19|20)\d\d|[A-Za-z)\]])\s*[.\u2026]{3,}\s*(?=\d{1,6}\s*$)", re.IGNORECASE)


# "1. January 2014" / "2. June 2015 - believed to be in Ireland": a numbered list of dates, one person an item (the
# number is no sentence's end, and no count). So is "1. Wanted since 12 March 2010 - male, medium risk".
_NUMBERED_DATE = re.compile(
    # ("1. Recorded as wanted on 04/04/2012": a few words saying what the date is, then the date; "a) 2012 – 1": a
    # lettered item)
    r"^\(?(?:\d{1,2}[.)]|[a-h]\))\s+(?=(?:(?:(?:recorded|circulated|listed|first)\s+(?:as\s+)?)?(?:wanted|missing|circulated|outstanding)"
    r"\s+(?:since|from|on|in)\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{ENGLISH_MONTH_NAMES}\.?,?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|(?:19|20)\d\d\b)"
    # ("1. 4 years 3 months": how long, alone on its line)
    rf"|\d{{1,2}}\s+(?:years?|months?|weeks?)(?:,?\s+(?:and\s+)?\d{{1,2}}\s+(?:months?|weeks?))?\s*$)",
    re.IGNORECASE,
)


def _number_as_bullet(match: re.Match[str]) -> str:
    """The item's number as a bullet, padded to its length."""
    return "\u2022" + " " * (len(match[0]) - 1)


# "1. West Mercia Police – 4": a numbered item led by a force's name, the number no count.
_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}[.)]|[a-h]\))\s+(?=[A-Z])")


def _force_item_as_bullet(text: str) -> str:
    """A numbered or lettered item that starts with a force's name, its number written as a bullet."""
    mark = _LIST_NUMBER.match(text)
    if mark is None or not any(start == 0 for start, _, _ in find_mentions(text[mark.end() :])):
        return text
    return _number_as_bullet(mark) + text[mark.end() :]


# "2019 (2): April, July", "2024 (4): January, March, March, October": a year's people, a month each.
_YEAR_OF_MONTHS = re.compile(
    rf"^(?P<year>(?:19|20)\d\d)\s*(?:\((?P<n>\d{{1,2}})\))?\s*[:\u2013-]\s*"
    rf"(?P<months>{ENGLISH_MONTH_NAMES}\.?(?:\s*(?:,|and|&)\s*{ENGLISH_MONTH_NAMES}\.?)*)\s*\.?$",
    re.IGNORECASE,
)


def _months_of_the_year(match: re.Match[str]) -> str:
    """Each month with its year ("April 2019, July 2019"), when there are as many months as the year's count."""
    months = re.findall(ENGLISH_MONTH_NAMES, match["months"], re.IGNORECASE)
    if match["n"] is not None and int(match["n"]) != len(months):
        return match[0]
    return ", ".join(f"{month} {match['year']}" for month in months)


# "missing for 2, 4 and 9 years respectively": how long for each, the unit said once for all (not a range: "between 2
# and 9 years").
_NUMBERS_OF_ONE_UNIT = re.compile(
    r"(?<!between\s)(?<!from\s)\b(?P<first>\d{1,2})(?P<more>(?:\s*,\s*\d{1,2})*)\s*,?\s+and\s+(?P<last>\d{1,2})\s+(?P<unit>years?|months?|weeks?)\b",
    re.IGNORECASE,
)


def _each_with_its_unit(match: re.Match[str]) -> str:
    """Each number with the unit ("2 years, 4 years and 9 years"), so each reads as a duration of its own."""
    unit = match["unit"].rstrip("sS") + "s"
    numbers = [match["first"], *re.findall(r"\d{1,2}", match["more"])]
    return ", ".join(f"{n} {unit}" for n in numbers) + f" and {match['last']} {unit}"


def _leader_as_colon(match: re.Match[str]) -> str:
    """The leader as a colon, padded to its length (offsets into the line stay where they were)."""
    return match[1] + ":" + " " * (len(match[0]) - len(match[1]) - 1)


# "2011 - 1", "2016: 2", "2019 (1)": a year and how many went missing in it, an item of a list a line each.
_YEAR_AND_COUNT_ITEM = re.compile(r"^(?:[\u2022\u25cf\u25aa*\u2013-]\s*)?(?:19|20)\d\d\s*(?:[-\u2013:=]\s*\d{1,3}|\(\s*\d{1,3}\s*\))\s*[.;,]?$")
# A heading over such items that says whose they are ("They went missing in the following years:"), not a bare one.
_SAYS_WHO = re.compile(rf"\b(?:they|these|those|them|all|each|who|whom|went|became|{MISSING_WORDS})\b", re.IGNORECASE)


def join_lines(lines: list[Line]) -> AnswerText:
    """Join wrapped lines into running text; a line that ends a sentence or a list item ends with '. '."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for index, line in enumerate(lines):
        starts.append(offset)
        text = _force_item_as_bullet(_NUMBERED_DATE.sub(_number_as_bullet, _LEADER.sub(_leader_as_colon, line.text.strip())))
        following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        previous = lines[index - 1].text.strip() if index else ""
        if previous.endswith(":"):
            text = _value_under_label(text)
        text = _YEAR_OF_MONTHS.sub(_months_of_the_year, text)
        text = _NUMBERS_OF_ONE_UNIT.sub(_each_with_its_unit, text)
        text = _WANTED_AND_MISSING.sub(_as_two_parts, text)
        # "... went missing in 20" / "09, 2 ...": a year cut after its century; "... in" / "2011, ...": a sentence
        # running on over the break
        century = bool(_CENTURY_AT_END.search(text) and _YEAR_REST_START.match(following))
        runs_on = _RUNS_ON.search(text) and not _BULLET_START.match(following)  # ("...; and" / "- 2 are ...": an item)
        if not re.search(r"[.!?:;]$", text) and not century and not runs_on and (
            _is_list_item(text, following)
            or (index + 1 < len(lines) and _blank_between(line, lines[index + 1]))
            or (_FIGURE_AT_END.search(text) and (_FIGURE_AT_END.search(following) or _FIGURE_AT_END.search(previous)))
            # "Number of RSOs wanted ...<tab>6", a one-row table's row (rows of a longer one are read as a table)
            or bool(_CELL_FIGURE_AT_END.search(text) and "\t" not in following and "\t" not in previous)
            or (_lone_date(text) and (_lone_date(following) or _lone_date(previous)))  # dates listed a line each
            # "Month and year first recorded: Jun 2015, ..., May 2026" over "Number believed to be abroad: Two (2)"
            or bool(_LABEL_AND_VALUE.match(text) and _LABEL_AND_SHORT_VALUE.match(following))
        ) or text.endswith(":") and _YEAR_AND_COUNT_ITEM.match(following) and not _SAYS_WHO.search(text.rsplit(". ", 1)[-1]):
            # ("The years are:" over "2011 - 1", "2016 - 2": the first item a sentence of its own, as the rest; not under
            # "They went missing in the following years:", which says of whom the items are)
            text += "."
        # "twenty-" at a line's end and "one" at the next line's start are one number: no space between.
        joiner = "" if century or (_TENS_BREAK.search(text) and _UNIT_START.match(following)) else " "
        parts.append(text + joiner if index + 1 < len(lines) else text)
        offset += len(text) + len(joiner)
    return AnswerText("".join(parts), starts, lines)


# "The current position is: Wanted 3, Missing 1." (or "3 wanted, 1 missing", or "11 (wanted 8, missing 3)"): a force's two
# categories of the missing, each with its figure, said as "3 wanted and 1 missing".
_WANTED_AND_MISSING = re.compile(
    r"(?<=[:(])\s*(?:(?P<first>wanted|missing)\s*[-=]?\s*(?P<n>\d{1,4})|(?P<m>\d{1,4})\s+(?P<first2>wanted|missing))\s*[,;]\s*"
    r"(?:(?P<second>wanted|missing)\s*[-=]?\s*(?P<k>\d{1,4})|(?P<j>\d{1,4})\s+(?P<second2>wanted|missing))\b(?!\s*[,;]?\s*(?:and\b|\d))",
    re.IGNORECASE,
)


def _as_two_parts(match: re.Match[str]) -> str:
    first, second = (match["first"] or match["first2"]).lower(), (match["second"] or match["second2"]).lower()
    if first == second:
        return match[0]
    return f" {match['n'] or match['m']} {first} and {match['k'] or match['j']} {second}"


# A label and its figure, one row a line ("Registered sex offenders with a WU marker 4" / "of which abroad 1"),
# where a column's gap was lost: two such lines in a row are rows, never one sentence. (Not a year: wrapped
# prose often ends a line with a date.)
_FIGURE_AT_END = re.compile(r"[A-Za-z)]\s+(?!(?:19|20)\d\d$)\d{1,6}$")
# A label and its value on one line: "Believed abroad: 0", "2. Month/year first recorded: 04/2022; 12/2025".
_LABEL_AND_VALUE = re.compile(r"^(?:\d{1,2}[.)]\s*)?[A-Z][^:.?!]{2,80}:\s+\S")
# A label and a short value alone on its line ("Number believed to be abroad: Two (2)"), not a sentence after a colon.
_LABEL_AND_SHORT_VALUE = re.compile(r"^(?:\d{1,2}[.)]\s*)?[A-Z][^:.?!]{2,80}:\s+[^:]{1,30}$")
_TENS_BREAK = re.compile(rf"\b{TENS_WORDS}-$", re.IGNORECASE)
_BULLET_START = re.compile(r"[\u2022\u25cf\u25aa*\u2013-]\s")
_CELL_FIGURE_AT_END = re.compile(r"\t\s*\d{1,6}$")
_CENTURY_AT_END = re.compile(r"\b(?:in|since|from|during|of|and|or)\s+(?:19|20)$", re.IGNORECASE)
_YEAR_REST_START = re.compile(r"\d\d(?!\d)")
_UNIT_START = re.compile(rf"{UNIT_WORDS}\b", re.IGNORECASE)


# "- 2", "• Dorset Police - 2", "Kent Police: 5 (of whom 1 is believed to be abroad)", "West Mercia Police: fewer than
# five (withheld under section 40(2))": the value under a label line ("Number of RSOs currently wanted ...:"), as a
# bullet or after the force's name.
_LABELLED_VALUE = re.compile(
    r"^(?:[\u2022\u25cf\u25aa*\u2013-]\s+)?(?:(?P<force>[A-Z][\w&.' ]{2,60}?)\s*[:\u2013-]\s*)?"
    r"(?P<value>(?P<count>[<\w][\w -]{0,20}?)\s*\.?(?:\s*\((?:[^()]|\([^()]*\))*\))?\.?)$",
    re.IGNORECASE,
)


def _value_under_label(text: str) -> str:
    """The value alone, when a line under a label is a bullet or the force's name before it ("- Dorset Police - 2"
    becomes "2"): what the label's figure is. Any other line as it is."""
    from foi_tally.numbers import parse_count

    match = _LABELLED_VALUE.match(text)
    if match is None or not (match["force"] or text[0] in "\u2022\u25cf\u25aa*\u2013-"):
        return text
    count = parse_count(match["count"])
    if count is None or re.fullmatch(r"(?:19|20)\d\d", match["count"]):
        return text  # ("\u2022 2011" under "... in the following years:": a year, not a figure)
    if match["force"] and [name for _, _, name in find_mentions(match["force"])] == []:
        return text  # ("Wanted - 2": a label of its own, not a force's name)
    return match["value"]


def _blank_between(line: Line, following: Line) -> bool:
    """A blank line between two lines of one text (a gap in their line numbers): the paragraph has ended.

    "3. Breaches recorded in 2015: 55" then a blank line then "The figures are ..." is two sentences, not one.
    """
    a, b = line.locator, following.locator
    return (
        a.line is not None
        and b.line is not None
        and (a.file, a.part, a.page, a.sheet) == (b.file, b.part, b.page, b.sheet)
        and b.line > a.line + 1
    )


_BULLET = re.compile(r"^[\u2022\-*\u25cf\u25aa]")
# A line ending in one of these words runs on into the next ("... recorded as" / "wanted because ...").
_RUNS_ON = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|as|by|for|from|and|or|but|with|that|which|who|whose|are|is|was|were|be|been"
    r"|has|have|had|currently|registered|sex|sexual|since|than|because|their|his|her)$",
    re.IGNORECASE,
)


_MONTH_AT_END = re.compile(rf"\b{ENGLISH_MONTH_NAMES}\.?$", re.IGNORECASE)
_STARTS_WITH_COUNT = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:19|20)\d\d)\b", re.IGNORECASE
)


def _lone_date(text: str) -> bool:
    """A line that is a date and nothing more ("3 April 2012")."""
    text = text.strip(" .;,")
    if not 4 <= len(text) <= 30 or not any(ch.isdigit() for ch in text):
        return False
    since = parse_since(text)
    return since is not None and since.date is not None


def _is_list_item(text: str, following: str) -> bool:
    """Short lines such as '1 went missing in 1999' are items of their own, not wrapped prose.

    A short line is wrapped prose when it ends mid-phrase or the next line carries on in lower case
    ("There are currently 11 registered sex" / "offenders whose whereabouts are unknown.").
    """
    if _BULLET.match(text) and not _BULLET.match(following) and len(text) > 60 and following[:1].islower():
        return False  # "* In addition, one offender ... is recorded" / "as 'missing' rather than wanted": one item, wrapped
    if _BULLET.match(text) or _BULLET.match(following):
        return True
    if _STARTS_WITH_COUNT.match(text) and _STARTS_WITH_COUNT.match(following) and len(text) <= 60:
        return True  # "1 went missing in 1999" / "two in 2004": one item a line
    if len(text) > 60 or _RUNS_ON.search(text) or (_MONTH_AT_END.search(text) and following[:1].isdigit()):
        return False  # ("... Aug 2018; Feb" / "2020; Nov 2021": a date broken over two lines)
    return not following or not following[:1].islower()


@dataclass
class Finding:
    """What one layout family read from a document."""

    layout: str
    entries: list[MissingEntry] = field(default_factory=list)
    stated_total: tuple[int, int] | None = None
    stated_total_text: str | None = None
    stated_total_locator: Locator | None = None
    categories: dict[str, tuple[int, int, str, Locator]] = field(default_factory=dict)
    review: list[str] = field(default_factory=list)
    # Figures said without saying of whom ("I can confirm there are four"): checked against the count in the end.
    loose_figures: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: bool = True  # entries are the whole answer (a table), not a partial breakdown (prose)
    earlier_reply: bool = False  # the total is an earlier reply's figure, taken for want of any other (queried)
    listed_whole: bool = False  # a list of figures by date under a lead saying it sets out every one of them
    table: object | None = None  # the Table it was read from, if any

    @property
    def entry_total(self) -> tuple[int, int]:
        return sum(e.count_low for e in self.entries), sum(e.count_high for e in self.entries)


@dataclass(frozen=True)
class Context:
    """Facts about the reply that layouts need: the date relative phrases count back from."""

    as_of: dt.date | None
    footnotes: dict[str, tuple[int, int]] = field(default_factory=dict)  # "*" -> (1, 4)
    force: str | None = None  # the force replying: another force's figure in its letter is context, not the answer
    # The document asks or speaks about the missing somewhere (the request quoted under the reply, say): "the
    # number is 3" answers it even when the reply's own lines do not say of what.
    asked: bool = False
    # A key the reply gives to its own codes ("WA | Wanted - believed abroad" on a Legend sheet): code -> meaning.
    legend: dict[str, str] = field(default_factory=dict)
    # The reply says its dates are written month first ("Dates are shown mm/dd/yyyy", "US date format").
    month_first: bool = False
    # Column headings the letter names, in quotes, where it says from when it counts people missing ("We treat each
    # as missing from the date ... given in the column 'Date last seen'"), lower-cased: that column dates them.
    dated_by: frozenset[str] = frozenset()
    # The reply says some categories it sets out are not the missing ("The remainder are accounted for", "Offenders
    # who are deported ... are not wanted"): a total over them and the missing is the whole table's, not the answer.
    others_set_apart: bool = False


# "The remainder are accounted for", "their whereabouts are known", "are not wanted", "shown for completeness".
OTHERS_SET_APART = re.compile(
    r"\baccounted\s+for\b|\bwhereabouts\s+(?:are\s+|is\s+)?known\b|\bare\s+not\s+(?:wanted|missing)\b"
    r"|\b(?:shown|included|given|listed)\s+(?:only\s+)?for\s+(?:context|completeness|information)\b",
    re.IGNORECASE,
)


# A heading quoted in a sentence about from when people are counted missing.
_QUOTED = re.compile(r"['\u2018\u201c\"]([^'\u2019\u201d\"\n]{3,40})['\u2019\u201d\"]")
_DATED_FROM = re.compile(r"\b(?:missing|unknown|wanted|outstanding)\s+(?:from|since)\s+the\s+(?:date|day)\b", re.IGNORECASE)


def dated_by(texts: list[str]) -> frozenset[str]:
    """The quoted headings (lower-cased) of the sentences that say from when people are counted missing."""
    return frozenset(
        quoted.group(1).strip().lower() for text in texts if _DATED_FROM.search(text) for quoted in _QUOTED.finditer(text)
    )


# "the US date format (month/day/year)", "Dates are shown mm/dd/yyyy", "American format": a note that dates are month first.
MONTH_FIRST_NOTE = re.compile(
    r"\b(?:(?:US|U\.S\.|American|United\s+States)\s+(?:date\s+)?format|month\s*/\s*day\s*/\s*year|mm/dd/yy(?:yy)?)\b",
    re.IGNORECASE,
)


# "3. How many ...", "Q4) Please provide ...", "Question 5 - What ...": a question of the request by its number.
_NUMBERED_QUESTION = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,2})\s*[.):\-\u2013]\s*(?=\S)", re.IGNORECASE)
# "see the response to question 3", "as given in answer 2", "(Q3 above)": an answer that is another's.
_ANOTHER_ANSWER = re.compile(r"\b(?:questions?|q|answers?|parts?|requests?)\s*(\d{1,2})\b", re.IGNORECASE)
#: A numbered line with fewer words than this after its number is no question ("Question 1 ........ 2", contents).
_QUESTION_WORDS_MIN = 3
_ABROAD_ASKED = re.compile(r"\b(?:abroad|overseas|outside\s+the\s+(?:uk|united\s+kingdom)|left\s+the\s+(?:uk|united\s+kingdom|country))\b", re.IGNORECASE)
# ("for each of the last five years" points back at no one)
_OF_THOSE = re.compile(
    r"\b(?:of\s+(?:these|those|them|whom)|these\s+\w+|each\s+of\s+them|their"
    r"|for\s+each(?!\s+(?:of\s+the\s+)?(?:last|past|previous|year|month|quarter|financial|calendar)\b))\b",
    re.IGNORECASE,
)
# "How many RSOs notified the force of an intention to travel abroad?": travel the register is told of, not
# the whereabouts of the missing.
_TRAVEL_NOTIFIED = re.compile(r"\b(?:notif\w*|intention|intend\w*)\b", re.IGNORECASE)


def _other_requests(lines: list[Line]) -> set[Locator]:
    """On a page answering several requests one after another (a disclosure log: "Request: How many people are wanted
    on the PNC?" and its answer, then "Request: How many registered sex offenders ...?" and its), the lines of those
    that do not ask about sex offenders; none unless the page has two requests or more and one of them does."""
    starts = [i for i, line in enumerate(lines) if _REQUEST_LABEL.match(line.text)]
    if len(starts) < 2:
        return set()
    sections = [(at, lines[at].text, end) for at, end in zip(starts, [*starts[1:], len(lines)])]
    # (a request about sex offenders, or a part of one going on about them: "Request: and for each the date they went
    # missing")
    asked = [bool(_SEX_OFFENDERS_ASKED.search(text) or _OF_THEM.search(text)) for _, text, _ in sections]
    if not any(asked) or all(asked):
        return set()
    return {line.locator for (at, _, end), on in zip(sections, asked) if not on for line in lines[at:end]}


_SEX_OFFENDERS_ASKED = re.compile(r"\bsex(?:ual)?\s+offenders?\b|\brsos?\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\b(?:they|them|their|these|those|each|of\s+whom)\b", re.IGNORECASE)


def off_topic_answers(lines: list[Line]) -> set[Locator]:
    """Where a letter answers many questions one after another, the lines of those about something else.

    A round robin may ask about caseloads, MAPPA levels, breaches and staff beside the missing, and the
    letter answers each under its question: "2018 - 25" under "charged with a further offence in each
    year" is no count of the missing. Only a letter set out question, answer, question, answer, ... is
    cut so: a request restated whole above one block of answers is not (which question a line answers is
    then unknown). The answer to a question about the missing that points at another ("see the response
    to question 3") keeps that one too; so does an annex, unless only other answers point at it.
    """
    if other := _other_requests(lines):
        return other
    runs: list[list[tuple[int, int]]] = []  # (line index, question number), numbered 1, 2, 3, ... down the letter
    annexes: list[tuple[int, str]] = []  # (line index, its letter or number): "Annex B - ..." ends the answer above
    for index, line in enumerate(lines):
        if (annex := _ANNEX_HEADING.match(line.text)) and not _CONTENTS_LEADER.search(line.text):
            annexes.append((index, annex[1].upper()))
            continue
        numbered = _NUMBER_HEADING.match(line.text)  # "Question 3" over the question's words
        words = lines[index + 1].text if numbered and index + 1 < len(lines) else ""
        if numbered is None:
            numbered = _NUMBERED_QUESTION.match(line.text)
            words = line.text[numbered.end() :] if numbered else ""
        if numbered is None or len(re.findall(r"[A-Za-z]{2,}", words)) < _QUESTION_WORDS_MIN:
            continue
        number = int(numbered[1])
        if number == 1:
            runs.append([(index, number)])  # (a request restated whole, then answered question by question)
        elif runs and number == runs[-1][-1][1] + 1:
            runs[-1].append((index, number))
    # The last run set out question, answer, question, answer: its sections
    breaks = [at for at, _ in annexes]
    sections = next((found for run in reversed(runs) if (found := _answered_in_turn(lines, run, breaks))), [])
    if not sections:
        return set()
    missing = re.compile(MISSING_WORDS, re.IGNORECASE)
    about: set[int] = set()
    for number, question, _, _ in sections:
        # "2. How many of these are believed to be abroad?": a part of the missing, asked about after them
        abroad = _ABROAD_ASKED.search(question) and not _TRAVEL_NOTIFIED.search(question)
        if missing.search(question) or abroad or (number - 1 in about and _OF_THOSE.search(question)):
            about.add(number)
    if not about or len(about) == len(sections):
        return set()
    pointed: dict[bool, set[str]] = {True: set(), False: set()}  # annexes the answers point at, by whether on topic
    for number, _, at, end in sections:
        text = " ".join(ln.text for ln in lines[at:end])
        if number in about:
            about |= {int(n) for n in _ANOTHER_ANSWER.findall(text)}
        pointed[number in about].update(label.upper() for label in _ANNEX_NAMED.findall(text))
    off = [(at, end) for number, _, at, end in sections if number not in about]
    for (at, label), end in zip(annexes, [*breaks[1:], len(lines)]):
        heading = lines[at].text
        asked = {int(n) for n in _ANOTHER_ANSWER.findall(heading)}  # "Annex A - by MAPPA level (Questions 1 and 2)"
        if missing.search(heading) or asked & about or label in pointed[True]:
            continue
        if asked or label in pointed[False]:
            off.append((at, end))
    return {ln.locator for at, end in off for ln in lines[at:end]}


# "Annex B - Registered sex offenders ...", "Appendix 2": a part of the letter of its own, after the answers.
_ANNEX_HEADING = re.compile(r"^\s*(?:annex|appendix|schedule|enclosure)\s+([A-Z]|\d{1,2})\b", re.IGNORECASE)
_ANNEX_NAMED = re.compile(r"\b(?:annex|appendix|schedule|enclosure)\s+([A-Z]|\d{1,2})\b", re.IGNORECASE)
_CONTENTS_LEADER = re.compile(r"\.{4,}|\s\d{1,3}\s*$")  # "Annex A ........ 8": a line of the contents


def _answered_in_turn(lines: list[Line], run: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, str, int, int]]:
    """(number, question, first line, end) for each question of a run, each with an answer under it before the
    next (or before an annex); none for a run of one question, or with two questions in a row (a request restated)."""
    if len(run) < 2:
        return []
    sections = []
    for (at, number), end in zip(run, [s for s, _ in run[1:]] + [len(lines)]):
        end = min([end, *(b for b in breaks if b > at)])
        reach = min(end, at + QUESTION_MAX_LINES + 1)  # (the heading's line besides the question's own)
        asked_end = next((j for j in range(at, reach) if re.search(r"[?:]\s*$|\?", lines[j].text)), None)
        if asked_end is None:
            asked_end = next((j for j in range(at, reach) if lines[j].text.rstrip().endswith(".")), at)
        if not any(ln.text.strip() for ln in lines[asked_end + 1 : end]):
            return []
        sections.append((number, " ".join(ln.text for ln in lines[at : asked_end + 1]), at, end))
    return sections
