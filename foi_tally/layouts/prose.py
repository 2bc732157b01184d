"""Figures written in sentences.

Three kinds of statement are recognised, each by the words around a count:
- a total: "11 registered sex offenders are currently recorded as wanted
  because their whereabouts are unknown", "The number of RSOs wanted is 9";
- a breakdown by date: "1 went missing in 1998", "two since 2006",
  "one has been missing for 14 years";
- a category: "114 are believed to be abroad", "3 are being traced".
Counts near other words (the number of offenders a force manages, the cost
limit, working days) are never read as an answer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from foi_tally import places
from foi_tally.dates import (
    ENGLISH_MONTH_NAMES,
    ENGLISH_MONTHS,
    WELSH_MONTHS,
    Since,
    find_since,
    full_year,
    is_financial_year,
)
from foi_tally.layouts.common import (
    ASKED_WHEN,
    LIST_END,
    LIST_SEPARATOR,
    MISSING_WORDS,
    OFFENDER_NOUN,
    ORDINAL_THE,
    VIOLENT_OFFENDERS,
    AnswerText,
    Context,
    Finding,
    is_one_count,
    only_dates,
)
from foi_tally.numbers import (
    TENS_WORDS,
    UNIT_WORDS,
    WORD_NUMBERS,
    CountMatch,
    find_counts,
    find_welsh_counts,
    parse_count,
)
from foi_tally.patterns import Caseless, alternation
from foi_tally.records import Locator, MissingEntry, range_text

LAYOUT = "prose"

# Between a count and the offender noun: at most a few adjectives ("11 currently registered").
_NOUN_AFTER_COUNT = re.compile(rf"^\s*(?:[a-z-]+\s+){{0,3}}?{OFFENDER_NOUN}\b", re.IGNORECASE)
_MISSING = re.compile(MISSING_WORDS, re.IGNORECASE)
# Counts that describe the caseload, not the missing: "of the 1,650 RSOs managed", "RSOs living in".
_CASELOAD_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:manag|supervis|monitor|living\s+in|resid|in\s+the\s+community|on\s+the\s+(?:sex\s+offender\s+)?"
    r"register|registered\s+(?:with|in|on)|(?:in\s+(?:the|our)\s+(?:force\s+)?area|on\s+(?:the\s+)?visor)\b(?!.{0,30}"
    + MISSING_WORDS
    # ("1,400 RSOs in total, of whom 5 are missing"; not "2 RSOs missing in total")
    + r"))|^(?:(?!" + MISSING_WORDS + r")[^.;]){0,40}?\bin\s+total\b",
    re.IGNORECASE,
)
_CASELOAD_BEFORE = re.compile(
    r"\b(?:of\s+the|out\s+of|from|among|of\s+our|of\s+(?:the\s+|our\s+)?(?:some|around|about|approximately|roughly|nearly))\s*$",
    re.IGNORECASE,
)
# "The force manages approximately 1,400 RSOs": a caseload verb straight before the count.
_CASELOAD_VERB_BEFORE = re.compile(
    r"\b(?:manag(?:es|ed|ing|e)|supervis(?:es|ed|ing|e)|monitor(?:s|ed|ing)?|oversees?|responsible\s+for)\s+"
    r"(?:(?:a\s+little|just|slightly|currently)\s+)?(?:(?:over|under|approximately|around|about|some|roughly|nearly"
    r"|almost|in\s+the\s+region\s+of|an\s+estimated|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
# "For four individuals the date is not recorded": a count after a preposition is not the answer.
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|with|to|by|about|regarding|concerning)\s*$", re.IGNORECASE)
# "the responsible force for a single offender who is wanted", "looking for 5 RSOs": the people, after all.
# ("BTP is the circulating force for one registered sex offender who is wanted")
_SEEKING_FOR = re.compile(
    r"\b(?:responsible\s+(?:\w+\s+)?|looking\s+|searching\s+|seeking\s+|(?:circulating|owning|lead|managing)\s+force\s+)for\s*$",
    re.IGNORECASE,
)
#: Words after a figure that say it counts time, money, pages or forces, not people.
NOT_PEOPLE_UNITS = (
    r"working\s+days|days|hours|weeks|months|years|%|per\s*cent|pounds|minutes|pages?|forces?|police\s+forces"
    r"|sections?|categories"
)
_NOT_A_COUNT_AFTER = re.compile(rf"^\s*(?:{NOT_PEOPLE_UNITS}|calendar)\b", re.IGNORECASE)
#: How a reply whose only figure is an earlier reply's is queried (after the sentence that gives it).
EARLIER_FIGURE = " gives the figure of an earlier reply: is it still the figure?"
# "the other dates we gave you are unaffected": a correction keeping dates the earlier reply gave, not said here.
_EARLIER_DATES_STAND = re.compile(
    r"\bdates\s+(?:(?:we|I)\s+(?:gave|provided|supplied|sent|listed)|(?:given|provided|supplied|listed)\s+(?:to\s+you\s+)?"
    r"(?:previously|earlier|before|in\s+(?:our|my|the)\s+(?:original|earlier|previous|first)))\b[^.;]{0,40}?\b(?:are|remain)\s+"
    r"(?:unaffected|unchanged|correct|the\s+same|as\s+(?:before|stated))\b",
    re.IGNORECASE,
)
# "One offender previously recorded as wanted ... is now believed abroad": a change to a figure, not the figure
_PREVIOUSLY_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:previously|formerly|originally|wrongly|mistakenly)\s+(?:recorded|counted|listed|shown|reported|included|given)\b",
    re.IGNORECASE,
)
# "the 5 violent offenders also wanted", "29 are violent or other dangerous offenders": people, but not those asked about
_VIOLENT_AFTER = re.compile(rf"^\s*(?:(?:are|were|is|was)\s+)?(?:{VIOLENT_OFFENDERS})", re.IGNORECASE)
#: Where someone believed abroad is said to be (every pattern using it is case-blind).
# ("outside Northern Ireland and the UK": beyond both, so abroad; "outside Northern Ireland" alone may be in Britain.)
_ELSEWHERE = (
    r"(?:abroad|overseas|(?:outside|outwith|furth\s+of)\s+(?:of\s+)?(?:(?:Northern\s+Ireland|Scotland|Wales|England(?:\s+and\s+Wales)?"
    # ("furth of Scotland and outwith the UK")
    r"|Great\s+Britain)\s+and\s+(?:(?:outside|outwith|furth\s+of)\s+)?)?(?:the\s+(?:UK|United\s+Kingdom|country|British\s+Isles)"
    r"|UK\b))"  # ("Believed outside UK")
)
# "has left the UK", "left Britain", "(believed to have) left the British Isles": gone abroad
_LEFT_THE_COUNTRY = r"(?:left|fled)\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|Britain|Great\s+Britain|British\s+Isles)\b"
# "Of which believed abroad: 1" (a one-record table's label line): a category, not a total.
# ("Whereabouts unknown, believed to be abroad - 3": the status said first, and a dash for the colon)
_STATUS_FIRST = r"(?:(?:whereabouts\s+unknown|wanted|missing)\s*[,:\u2013-]\s*)?"
_ABROAD_LABEL = re.compile(
    r"(?:^[\s\u2022*-]*" + _STATUS_FIRST + r"|\b(?:of\s+(?:which|whom|these|those|them)|including)\s*,?\s*(?:(?:are|is)\s+)?)(?:believed|thought|known)\s+(?:to\s+be\s+)?"
    + _ELSEWHERE + r"\s*[:\u2013\u2014-]\s*$"
    # "How many of these are believed to have gone abroad: 3" (a question and its answer, joined)
    # ("How many registered sex offenders on your force's records are believed to be living abroad, having failed to
    # notify: 2")
    # ("Of those in question 2, how many are believed to be outside the UK: 2")
    r"|^\s*(?:of\s+(?:these|them|those)\b[^,:;]{0,30},\s*)?how\s+many\s+(?:of\s+(?:these|them|those)|(?:[\w'-]+\s+){0,8}?)\s*(?:are|were|is)\s+(?:believed|thought|known|suspected)\s+to\s+(?:be|have)\s+"
    r"(?:(?:gone|moved|travelled|fled|living|residing)\s+)?" + _ELSEWHERE + r"(?:,[^:;.]{0,40})?\s*:\s*$"
    # "The number believed to be abroad is seven", "The number of these thought to be overseas (two) is unchanged"
    r"|^\s*(?:the\s+)?(?:number|figure|total)\s+(?:of\s+(?:these|them|those|RSOs|offenders|individuals|people)\s+)?"
    r"(?:(?:who|that)\s+(?:are|were)\s+)?(?:believed|thought|known|understood)\s+(?:to\s+(?:be|have)\s+)?"
    r"(?:(?:gone|moved|travelled|fled|living|residing)\s+)?" + _ELSEWHERE
    + r"\s*(?:(?:is|was|stands\s+at|remains|totals)\s*:?\s*|[:\u2013\u2014-]\s*|\(\s*)$",
    re.IGNORECASE,
)
# "Believed to be in the UK: five": the ones being traced here, a category beside those abroad.
_UK_LABEL = re.compile(
    r"^[\s\u2022*-]*" + _STATUS_FIRST + r"(?:believed|thought|known)\s+(?:to\s+be\s+)?(?:in|within)\s+the\s+(?:UK|United\s+Kingdom)\s*[:\u2013\u2014-]\s*$",
    re.IGNORECASE,
)
# "Half of these are believed to be abroad", "All but one of the five ...": a share no figure gives.
_SHARE_ABROAD = re.compile(
    r"\b(?:half|most(?!\s+recent)|some|several|a\s+(?:third|quarter|majority|minority)|the\s+(?:majority|rest|remainder)|all\s+but\s+\w+)"
    r"\b[^.;]{0,40}?\b(?:believed|thought|known|understood)\s+to\s+(?:be|have)\b[^.;]{0,30}?\b(?:abroad|overseas|outside)",
    re.IGNORECASE,
)
# "... and a further two have been circulated since": a figure added to another, which the total may not hold.
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|an\s+additional|an\s+extra|plus|(?:does|do)\s+not\s+include|excludes?|excluding|not\s+including)\s*$"
    r"|^\s*(?:[*\u2020\u2021]{1,3}\s*)?(?:in\s+addition|additionally|separately|also|as\s+well)\b[\s,]*(?:to\s+(?:these|this|them)[\s,]*)?"
    r"(?:there\s+(?:are|is|were|was)\s+)?$"
    r"|^\s*there\s+(?:are|is|were|was)\s+also\s*$",  # "There are also 3 ... believed to be abroad"
    re.IGNORECASE,
)
# "By area: Western 3, Central 2": a breakdown by place.
_AREA_LIST = re.compile(
    r"\bby\s+(?:police\s+)?(?:area|division|district|local\s+policing\s+area|lpa|borough|region|county|command)s?\b[^:]{0,40}:",
    re.IGNORECASE,
)
# "the figure of 4 given in our response below remains correct": the earlier figure confirmed.
_FIGURE_OF = re.compile(r"\bthe\s+(?:figure|number|total)\s+of\s*$", re.IGNORECASE)
# "remains correct", "is not affected by this review", "is upheld": an earlier figure said to stand
_STILL_STANDS_PHRASE = (
    r"\b(?:(?:remains|is\s+still|stands\s+as)\s+(?:correct|accurate|unchanged|valid)|is\s+(?:unaffected|unchanged|not\s+affected"
    r"|not\s+changed|upheld|maintained)|still\s+stands"  # ("The original response, including the figure of 7, is upheld")
    r"|(?:remains|is\s+still)\s+the\s+(?:current\s+)?(?:position|case))\b"  # ("... was six, and that remains the position")
)
_STILL_CORRECT = re.compile(r"^[^.;]{0,60}?" + _STILL_STANDS_PHRASE, re.IGNORECASE)
_STILL_STANDS = re.compile(_STILL_STANDS_PHRASE, re.IGNORECASE)
# "I can confirm there are four", "it is now 14", "the number is held: it is 6": a figure said without saying of whom.
_BARE_CLAIM = re.compile(
    r"(?:\bthere\s+(?:are|is|were)|\bconfirm(?:\s+that)?(?:\s+there\s+(?:are|is|were))?|\bit\s+(?:is|was)(?:\s+now)?"
    # "the index showed 6 ..., while ViSOR showed 4": another source's figure, said without saying of whom
    r"|\b(?:while|whereas|but)\s+(?:[\w/'-]+\s+){1,4}?(?:showed|shows|recorded|records|listed|lists|gave|gives|held|holds)"
    # "For completeness, the figure remains 3": a figure, said without saying of whom
    r"|\b(?:the|this|our)\s+(?:figure|number|total)\s+(?:remains|is\s+still|stays|stands\s+at|is)"
    # "As at 31 January 2017, 21.": a figure on a day, said of no one
    r"|^\s*as\s+(?:at|of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|today)\s*,)"
    r"\s*(?:currently\s+|now\s+)?$",
    re.IGNORECASE,
)
# "A further RSO is listed as a missing person": one more, with no figure to read.
_ONE_MORE = re.compile(rf"\b(?:a\s+further|another|an\s+additional|one\s+more)\s+(?:[a-z-]+\s+){{0,2}}?{OFFENDER_NOUN}\b", re.IGNORECASE)
# "3 remain outstanding", "2 are still wanted", "39 are currently recorded as wanted", "nine of whom were recorded
# as wanted": the people are the subject.
_STILL_MISSING_AFTER = re.compile(
    r"^\s*(?:of\s+(?:whom|which|these|them)\s+)?(?:(?:remain(?:s|ed)?|are|is|were|was|ha(?:ve|s)\s+been)\s+"
    # ("2 are marked on ViSOR as 'wanted/missing'")
    r"(?:(?:still|currently|now)\s+)?(?:(?:recorded|listed|circulated|shown|marked|flagged)(?:\s+on\s+\w+)?\s+as\s+)?)"
    r"['\"\u2018\u201c]?(?:outstanding|wanted|missing|unaccounted|whereabouts\s+unknown)"
    r"|^\s*whose\s+whereabouts\s+(?:are|is|were|was|remain(?:ed)?)\s+(?:(?:still|currently|now)\s+)?(?:unknown|not\s+known)",
    re.IGNORECASE,
)
# "Twelve went missing in 2014, of whom 10 have since been found", "All but one have since been traced": the
# figure beside it may be of those who went missing, not of those missing now.
SINCE_FOUND = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:since|subsequently|now|later)\s+been|(?:since|subsequently)\s+been|ha(?:s|ve)\s+been\s+since)"
    r"\s+(?:found|located|traced|arrested"
    r"|apprehended|detained|recovered|accounted\s+for)\b|\ball\s+but\s+\w+\s+ha(?:s|ve)\s+(?:since\s+)?been\b"
    # "6 ... reported missing in the previous 12 months, of whom 4 have been found"
    r"|\bof\s+(?:whom|these|them|those)\s*,?\s*\w+\s+ha(?:s|ve)\s+(?:now\s+|since\s+)?been\s+(?:found|located|traced|arrested"
    r"|apprehended|accounted\s+for)\b"
    r"|\bsince\s+(?:then|that\s+date|the\s+(?:date|time)\s+of\b[^.;]{0,40}?|the\s+(?:data|figures?|information|list|table|spreadsheet"
    r"|search|extract)\s+(?:was|were)\s+(?:extracted|compiled|produced|collated|run|taken|carried\s+out|done|prepared))\b[^.;]{0,60}?\b(?:been\s+)?(?:found|located"
    r"|traced|arrested|apprehended|detained)\b|\b(?:now\s+)?(?:known|believed|understood)\s+to\s+be\s+in\s+(?:custody|prison|hmp)\b"
    # "... was located and arrested on 2 March and is no longer wanted": found since
    r"|\b(?:is|are)\s+(?:therefore\s+|now\s+)?no\s+longer\s+(?:wanted|missing|outstanding)\b"
    # "one of the individuals listed above has been arrested": some of those counted, found (not "none of them")
    r"|\b(?!(?:none|neither|no)\b)\w+\s+of\s+(?:these|those|them|the\s+(?:\w+\s+){0,3}?(?:individuals|offenders|people|persons|rsos|nominals)"
    r"(?:\s+(?:listed|named|shown|counted|above|below|in\s+the\s+table)){0,2})\s+(?:has|have)\s+(?:now\s+|subsequently\s+)?been\s+"
    r"(?:found|located|traced|arrested|apprehended|detained)\b"
    # "Person B was located on 5 June 2019, after the date of your request"
    r"|\b(?:was|were)\s+(?:found|located|traced|arrested|apprehended)\b[^.;]{0,40}?\bafter\s+(?:the\s+date\s+of\s+)?"
    r"(?:your|the)\s+request\b",
    re.IGNORECASE,
)
# "officers arrested 74 people in 2015", "12 were charged": people counted for what was done to them, not for being
# sought. Said in a sentence with no word of the missing, such a count is some other statistic.
_OUTCOME = r"(?:arrested|charged|convicted|cautioned|prosecuted|sentenced|summonsed|jailed|imprisoned|remanded)"
_OUTCOME_BEFORE = re.compile(
    rf"\b{_OUTCOME}\s+(?:(?:a\s+total\s+of|some|over|around|about|approximately|nearly|more\s+than)\s+)?$", re.IGNORECASE
)
_OUTCOME_AFTER = re.compile(
    rf"^\s*(?:[a-z-]+\s+){{0,3}}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+)?{_OUTCOME}\b", re.IGNORECASE
)
_FOUND_AFTER_COUNT = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:since\s+|subsequently\s+|later\s+)?"
    r"(?:located|found|traced|apprehended)\b",
    re.IGNORECASE,
)
# "whether any of the three", "whether the 4": a count in a question the letter puts, which says nothing of them.
_WHETHER_BEFORE = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:(?:any|all|each|none|some|either)\s+of\s+)?(?:the|these|those)?\s*$", re.IGNORECASE)
# "If, for example, we were to disclose that two offenders ...", "were we to confirm that 3 ...": a supposed figure.
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:if|were|should)\b[^.;]{0,40}?\b(?:to\s+)?(?:disclose|reveal|confirm|state|release|say)d?\s+(?:that\s+)?"
    r"(?:there\s+(?:were|are|was|is)\s+)?(?:only\s+|just\s+)?$|\b(?:for\s+example|for\s+instance|e\.g\.)\s*,?\s*(?:if\s+)?(?:only\s+)?$",
    re.IGNORECASE,
)
# Verbs of a figure that has changed ("has risen", "gone down"): what it became is said after "to".
_CHANGED = r"(?:risen|fallen|increased|decreased|dropped|gone\s+(?:up|down)|rose|fell)"
# Words before a number that say it is not the figure: denied ("does not have 12", "it is not the case that 12"),
# supposed ("would have been 6") or a change ("has increased by 3").
_NOT_SO_BEFORE = re.compile(
    r"\b(?:(?:do|does|did)\s+not\s+(?:have|hold|record)|not\s+the\s+case\s+that|(?:is|are|was|were)\s+not|not"
    r"|(?:none|neither|not\s+one|not\s+any)\s+of(?:\s+(?:the|these|those|our|them))?"
    r"|(?:would|could|might|will|may|should)\s+(?:have\s+been|be|have|reach)"
    rf"|(?:{_CHANGED}|up|down)\s+by)\s*$",
    re.IGNORECASE,
)
# "two further offenders are due to be recorded": people to add to the figure, not the figure.
_ANY_OF_BEFORE = re.compile(r"\bany\s+of(?:\s+(?:the|these|those|our|them))?\s*$", re.IGNORECASE)
# "... and are not included in either figure", "... excluded from the figures above": counted apart from the answer.
_NOT_INCLUDED_AFTER = re.compile(
    r"^[^.;]*?\b(?:(?:are|is|were|was|have\s+been|has\s+been)\s+not|aren't|isn't)\s+(?:included|counted)\s+(?:in|within)\b"
    r"|^[^.;]*?\b(?:are|is|were|was|have\s+been|has\s+been)\s+excluded\s+from\b",
    re.IGNORECASE,
)
_FURTHER_AFTER = re.compile(r"^\s*(?:further|more|additional|extra|new|others?)\b", re.IGNORECASE)
# A figure for a period, not for now: "wanted at any time during 2014", "in the last 12 months".
_PERIOD = re.compile(
    r"\b(?:at\s+any\s+(?:time|point)\s+(?:during|in)"
    r"|during\s+(?:the\s+)?(?:(?:calendar|financial)\s+)?(?:year|(?:19|20)\d\d|last|past|period)"
    r"|(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"|in\s+the\s+\w+\s+months?\s+(?:to|ending|up\s+to))",
    re.IGNORECASE,
)
# A lead over figures that stood on one day in each year: "(as at 1 March):", "at the end of each year:".
_MONTH_WORD = rf"{ENGLISH_MONTH_NAMES}\.?"
_SERIES_LEAD = re.compile(
    rf"\bas\s+(?:at|of|on)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?!,?\s*(?:19|20)\d\d)(?!\w)"
    # ("at the end of each recent year", "at the end of each of the last three years")
    r"|\b(?:at|on)\s+(?:the\s+)?(?:end\s+of\s+(?:each|every)\s+(?:of\s+the\s+)?(?:(?:recent|past|last|previous|\w+)\s+){0,2}?(?:calendar\s+|financial\s+)?years?"
    r"|(?:each|every)\s+year[-\s]end)\b"
    r"|\b(?:each|every)\s+year\s+as\s+(?:at|of)\b",
    re.IGNORECASE,
)
# A figure stood at a date: "End of January 2019: 5", "As at 31 March: 7". Two or more are a series of snapshots.
_SNAPSHOT_SENTENCE = re.compile(
    r"^\s*(?:[-\u2022*]\s*)?(?:as\s+(?:at|of)|(?:at\s+)?(?:the\s+)?end\s+of|position\s+(?:at|on))\s+\S", re.IGNORECASE
)
# "... how many of those nine are believed to be abroad": a figure given before, named in a question about its parts.
_ASKED_OF_THE_WHOLE = re.compile(r"\bhow\s+many\s+of\s+(?:those|these|the|them,?)\s*$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:are|is|were|was|have|has|had)\b", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|these|those|all|our)?\s*", re.IGNORECASE)
_AS_AT_IN = re.compile(r"\bas\s+(?:at|of)\b", re.IGNORECASE)
# "2011/12", "2012-13": a year and two digits, a financial year when they follow it (dates.is_financial_year).
_FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d)\b")


# What a figure has become: "has risen from 150 to 158", "has increased by 3 since last year, to 11".
_BECAME_BEFORE = re.compile(
    rf"(?:\bfrom\s+[\d,]+|\b{_CHANGED}\b)[^.;]{{0,60}}?\bto\s*$",
    re.IGNORECASE,
)
# "we informed you that 9 ...", "our original response stated that there were 9", "our response of 12 January, which
# stated that 11": what an earlier reply said.
_EARLIER_ANSWER_BEFORE = re.compile(
    r"\b(?:(?:we|i)\s+(?:informed|told|advised)\s+you"
    # "we disclosed then that 9 ...", "we previously reported that 9 ...": said in an earlier reply
    r"|(?:we|i)\s+(?:(?:then|previously|earlier)\s+(?:disclosed|reported|stated|released|gave|said)|(?:disclosed|reported|stated"
    r"|released|gave|said)\s+(?:then|previously|at\s+(?:that|the)\s+time))|(?:our|the)\s+(?:(?:earlier|previous|original|initial|first)\s+)?"
    # ("our response to your request of 7 October 2019, which stated that 5 ...")
    r"(?:response|reply|letter|answer)(?:\s+(?:to\s+your\s+(?:request|e-?mail|letter)\s+)?(?:of|dated)\s+[^,.;]{3,30}?)?,?\s+(?:which\s+|that\s+)?(?:said|stated|gave|reported|advised"
    r"|told\s+you|informed\s+you|showed|listed|included|contained|confirmed|disclosed|provided|explained))"
    # ("... stated that Kent Police had no ...": up to four words naming who had them, in any case)
    r"\s+(?:that\s+)?(?:(?:[a-z][\w&]*\s+){1,4}(?:had|has|held)\s+)?(?:there\s+(?:were|was)\s+)?$",
    re.IGNORECASE,
)
_EARLIER_SAID = re.compile(
    r"\b(?:in|by)\s+(?:our|the|my)\s+(?:(?:earlier|previous|original|initial|first)\s+)?(?:response|reply|letter|answer)\b[^.;]{0,40}?"
    r"\b(?:we|i)\s+(?:stated|said|told\s+you|informed\s+you|advised(?:\s+you)?|gave)\b"
    # "In FOI 2020/0991 Dorset Police disclosed that 12 ...": what the answer to an earlier request, by its reference, said
    r"|\bin\s+(?:(?:our|an?|the)\s+(?:earlier|previous|prior)\s+)?(?:FOI|request|response)\s+(?:(?:ref(?:erence)?|no\.?|number)\s*)?"
    r"[A-Z0-9][\w/.-]*\d[\w/.-]*\b[^.;]{0,50}?\b(?:disclosed|stated|said|reported|confirmed|released|published|gave)\s+(?:that\s+)?"
    r"(?:there\s+(?:were|was)\s+)?$"
    # "In your review request you say that the MPS disclosed a figure of 61 in 2019": the requester's figure
    r"|\byou\s+(?:say|said|state|stated|mention(?:ed)?|refer(?:red)?\s+to|cite[sd]?|quote[sd]?|note[sd]?|claim(?:ed)?"
    r"|point(?:ed)?\s+out)\b[^.;]{0,80}$"
    # "Our response said that, of the seven ... on 5 May 2015, five were ... and two ...": each figure the earlier reply gave
    r"|\b(?:our|the)\s+(?:(?:earlier|previous|original|initial|first)\s+)?(?:response|reply|letter|answer)\s+(?:said|stated|gave"
    r"|reported|showed)\s+that\s*,[^.;]{0,200}$"
    # "the article published in a local newspaper ... which stated that 12": a figure someone else gave
    r"|\b(?:article|newspaper|press\s+report|media\s+report|news\s+report|story)\b[^.;]{0,80}?\b(?:stated|said|reported|claimed"
    r"|suggested)\s+(?:that\s+)?(?:there\s+(?:were|are|was|is)\s+)?$"
    # "In October 2015 we issued a public appeal to trace 11": the figure an earlier appeal gave
    r"|\b(?:issued|published|made|launched|released)\s+(?:a\s+)?(?:public\s+|press\s+|media\s+)?(?:appeal|press\s+release|statement)"
    r"\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# A correction's figure: "the figure should have read 10", "the correct total is 5", "the correct figure at the time of
# your request was 9", "bringing the total to 5".
_CORRECTED_BEFORE = re.compile(
    r"\b(?:should\s+(?:therefore\s+|now\s+|instead\s+)?(?:have\s+)?(?:been|read)|(?:correct|revised|corrected|amended|right)\s+(?:figure|total|number)\s+"
    r"(?:(?:at|as\s+at|as\s+of|on)\s+[^.;,]{3,40}?\s+)?(?:is|was|should\s+be)(?:\s+(?:therefore|thus|now|in\s+fact|actually))?"
    r"|(?:corrected|revised|amended)\s+to|bringing\s+the\s+(?:total|figure|number)\s+to)\s*:?\s*$",
    re.IGNORECASE,
)
# "approximately 20", "around 20": a figure given roughly is no count to publish as exact.
_APPROXIMATE_BEFORE = re.compile(
    r"\b(?:approximately|approx\.?|around|about|roughly|circa|c\.|some|nearly|almost|in\s+the\s+region\s+of)\s*$",
    re.IGNORECASE,
)
# "twenty or so", "15-odd", "10 or thereabouts": rough too, said after the figure.
_APPROXIMATE_AFTER = re.compile(r"^(?:\s+or\s+so\b|-odd\b|\s+odd\b|\s+or\s+thereabouts\b|\s*\(?\s*approx)", re.IGNORECASE)
# Words that date a figure to now, and (with "as at") to a date that may be now.
_NOW = re.compile(r"\b(?:currently|current|remains?|still|now|today|at\s+present|presently)\b", re.IGNORECASE)
_CURRENT = re.compile(rf"\bas\s+(?:at|of)\b|{_NOW.pattern}", re.IGNORECASE)
#: What makes a zero in a sentence about a part of the missing, not all of them: "none ... is believed to be
#: abroad", "no RSOs have been wanted for longer than 10 years", "no RSOs wanted other than the three below".
#: Such a zero is never a nil return.
ZERO_OF_A_PART = re.compile(
    r"\b(?:" + _ELSEWHERE + r"|left\s+the\s+(?:uk|united\s+kingdom|country)"
    r"|longer\s+than|more\s+than|over\s+\w+\s+(?:years?|months?)|other\s+than|(?:every|all|any|each)\s+other|apart\s+from|except|besides"
    r"|with\s+the\s+exception\s+of|save\s+for"
    r"|in\s+addition|since\s+been)\b",
    re.IGNORECASE,
)
# "... is 9", "... was: 9", "... stands at 9" at the end of a sentence about the missing.
_IS_BEFORE = re.compile(
    r"(?:\bis|\bwas|\bare|\bwere|\bstands\s+at|\b(?:has\s+)?(?:remained|stayed)\s+at|\btotal(?:led|s)?|\ba\s+total\s+of|:|=|\s[-\u2013\u2014]"
    r"|\bmaking|\bbringing\s+the\s+total\s+to"
    rf"|\b{_CHANGED}\s+(?:from\s+[\d,]+\s+)?to)"
    r"(?:\s+(?:currently|now|presently|at\s+present|therefore|thus|accordingly|in\s+fact|actually)){0,2}\s*$",  # ("is therefore now")
    re.IGNORECASE,
)
_DATE_LINK = re.compile(
    r"^\s*(?:(?:of\s+(?:these|them|those)|individuals?|offenders?|RSOs?|persons?|people|subjects?|nominals?|m[ae]n|wom[ae]n)\s*,?\s*)?"
    r"(?:(?:who|which)\s+)?(?:ha(?:ve|s|d)\s+been|have|has|had|went|gone|were|was|are|is|became|being|been|all|both|"
    r"first|recorded|listed|circulated|registered|reported|outstanding|wanted|missing|as|each|all\s+three|\s)*"
    r"\b(?:since|in|from|during|dating\s+from|for|back\s+to|of|with\s+effect\s+from|w\.?e\.?f\.?)\s*"
    # "missing for approximately 8 years 9 months": how long, given roughly, is still when; "since the 7th of ..."
    # ("one since c. 2007", "since circa 2007": a year given roughly is still when)
    r"(?:(?:approximately|approx\.?|about|around|roughly|nearly|almost|some|the|c\.|ca\.|circa)\s*)?$",
    re.IGNORECASE,
)
# "One was circulated on 2 October 2017": "on" links a count to the day it was circulated only after a verb saying so
# (a bare "3 on 1 March" is a figure as it stood that day); then "one on 14 June 2016" after it, the verb elided.
# The verbs that say what happened on the day a person was first sought, shared by every rule that dates people by them.
_EVENT_VERB = r"(?:circulated|recorded|listed|reported|flagged|marked|logged|notified|sought|went\s+missing)(?:\s+as\s+(?:wanted|missing|such))?"
# "They went missing as follows:", "were first circulated on these dates:": a lead over items dated by that event.
_EVENTS_LEAD = re.compile(rf"\b{_EVENT_VERB}\b", re.IGNORECASE)
_EVENT_ON_LINK = re.compile(
    rf"^\s*(?:(?:who|which)\s+)?(?:(?:ha(?:ve|s|d)\s+been|was|were|is|are|first)\s+)*{_EVENT_VERB}\s+on\s*$",
    re.IGNORECASE,
)
# "one who is believed to have left the Island for Portugal in January 2020": the day they went, the day they were lost.
_LEFT_IN_LINK = re.compile(
    r"^\s*(?:who|which)\s+(?:is|are|was|were)\s+(?:believed|thought|understood|known|suspected)\s+to\s+have\s+"
    r"(?:left|gone|moved|travelled|fled|returned)\b[^,;.]{0,50}?\b(?:in|on|during)\s*$",
    re.IGNORECASE,
)
_ELIDED_ON_LINK = re.compile(r"^\s*on\s*$", re.IGNORECASE)
# Dates that carry their own anchor ("last November", "18 months ago") need no "since"/"in" before them.
_SELF_ANCHORED = re.compile(r"^(?:last|this)\b|\bago$", re.IGNORECASE)
_BARE_LINK = re.compile(
    r"^\s*(?:(?:ha(?:ve|s|d)\s+been|have|has|had|went|gone|were|was|became|first|recorded|listed|reported"
    r"|circulated|as|missing|wanted|outstanding|unaccounted\s+for)\s+)*$",
    re.IGNORECASE,
)
_ABROAD = re.compile(
    r"^\s*(?:of\s+(?:these|them|those|whom)\s*,?\s*)?"
    # "one of the offenders in the 2021 column is believed ...": the part named at more length
    # ("40% (four individuals) are believed ...": the count in brackets, its noun closing them)
    r"(?:of\s+the\s+(?:[\w'-]+\s+){1,6}?(?=is\b|are\b|was\b|were\b))?(?:[a-z]+\)?\s+){0,4}?"
    # ("... believes 2 may now be living outside the UK": a word of when between the verb and the place)
    r"(?:believed|thought|known|understood|suspected|(?:may|might|could)(?:\s+well)?|likely|probably|possibly)"
    r"\s+(?:(?:now|still|currently)\s+)?(?:(?:to\s+)?(?:be|have|reside|live)\s+)?(?:(?:now|still|currently)\s+)?(?:"
    + _LEFT_THE_COUNTRY + r"|(?:(?:living|residing|gone|left|fled|travelled|moved|absconded)\s+)?(?:to\s+)?(?:be\s+)?"
    + _ELSEWHERE
    + r"|(?:returned|gone\s+back|travelled|moved)\s+to\s+(?:their|his|her)\s+(?:home\s+)?(?:countr(?:y|ies)|nations?)"
    r"(?:\s+of\s+origin)?"
    # "living in mainland Europe", "crossed the border into the Republic", "gone to Norway": a place abroad named
    # ("outside the jurisdiction, in the Republic of Ireland": the place said after the words that lead to it)
    r"|(?:[a-z]+,?\s+){0,4}?(?:in|into|to|for)\s+" + places.pattern("abroad") + ")"
    # Said outright, or as what "we believe" of them: "two have left Britain", "(we believe) one to be in Romania"
    # ("nine of whom we believe have left the country": the belief said between the count and the verb)
    r"|^\s*(?:of\s+(?:these|them|those|whom)\s*,?\s*)?(?:we\s+(?:believe|think|understand|suspect)\s+(?:that\s+)?)?"
    r"(?:(?:have|has|had)\s+(?:since\s+|now\s+)?" + _LEFT_THE_COUNTRY + r"|(?:have|has|had)\s+(?:since\s+|now\s+)?(?:gone|moved|travelled|returned|relocated)\s+"
    r"(?:back\s+)?(?:" + _ELSEWHERE + r"|to\s+" + places.pattern("abroad") + r")|to\s+be\s+(?:living\s+|residing\s+)?(?:"
    + _ELSEWHERE + r"|in\s+" + places.pattern("abroad") + r"))"
    # "(Intelligence indicates that) 3 of the 5 are in the Republic of Ireland": where they are, said as a fact
    # ("3 of these individuals are outwith the UK": the part's noun said again)
    # ("3 are recorded as being outside the UK": where the force's records place them)
    r"|^\s*(?:of\s+(?:the|these|them|those)\s+(?:[a-z]+\s+)?)?(?:are|is|were|was)\s+(?:now\s+|currently\s+)?"
    r"(?:(?:recorded|flagged|listed|shown|marked|noted)\s+as\s+(?:being\s+)?)?(?:living\s+|residing\s+)?"
    r"(?:" + _ELSEWHERE + r"|in\s+" + places.pattern("abroad") + r")"
    r"(?![^.;]{0,40}\b(?:notif|permi|authoris|authoriz|lawful|told\s+us))",  # ("living abroad, having notified us")
    re.IGNORECASE,
)
# "... and one in 2016": a count said with no noun of its own, then when.
_WHEN_WITHOUT_A_NOUN = re.compile(r"^\s*(?:in|on|during|since)\b", re.IGNORECASE)
# "two public appeals": the plural noun a count is said of, after up to two other words.
# Not a word after a preposition ("one since Christmas 2017").
_PLURAL_AFTER = re.compile(
    r"^\s+(?:(?!(?:in|on|since|during|from|at|by|of|for|and|or|to)\b)[a-z-]+\s+){0,2}?"
    r"(?!(?:in|on|since|during|from|at|by|of|for|and|or|to)\b)([a-z]{3,}s)\b",
    re.IGNORECASE,
)
_DURATION_UNIT_WORD = re.compile(r"(?:year|month|week|day)s", re.IGNORECASE)
# Abroad said as such, not by the country: "believed to have gone abroad", "left the UK".
_ABROAD_PLAINLY = re.compile(_ELSEWHERE + "|" + _LEFT_THE_COUNTRY, re.IGNORECASE)
_ELIDED_ABROAD = re.compile(
    r"^\s*(?:elsewhere\s+)?(?:" + _ELSEWHERE + r"|(?:in|to)\s+" + places.pattern("abroad") + r")\s*(?:[.;,]|\s(?:and|or)\s*$|$)", re.IGNORECASE
)
# ..., the verb said once for a list: "believed to be in the UK and ...", "we believe one to be in Romania, one ..."
_ELIDED_BEFORE = re.compile(
    r"\b(?:believed?|thought|known|understood|suspected)\b[^.;]*?\bto\s+be\b[^.;]*(?:\band|,)\s*$", re.IGNORECASE
)
# "two are believed to be in the Republic of Ireland", "one is thought to have returned to Poland": a place named,
# which may or may not be abroad.
# "14 of whom are believed to have left the jurisdiction": gone from the area, to the rest of the UK or abroad.
_LEFT_AN_AREA = (
    r"(?:left|moved\s+out\s+of|gone\s+from)\s+(?:the\s+|our\s+|this\s+)?(?:jurisdiction|force\s+area|police\s+area"
    r"|area|region|county|district|city|bailiwick|island|isle)\b"
)
_LEFT_THE_AREA = re.compile(
    r"^\s*(?:of\s+(?:these|them|those|whom)\s*,?\s*)?(?:[a-z]+\s+){0,5}?" + _LEFT_AN_AREA, re.IGNORECASE
)
# "He is ...", "the individual has ...": one person, the subject of what follows.
_ONE_PERSON_IS = r"\b(?:he|she|(?:this|that|the)\s+(?:person|individual|offender|man|woman|RSO))\s+(?:is|was|has|had|may|might)\b"
# "The individual is believed to have left the Bailiwick": one person gone from the area, to the UK or abroad.
_PERSON_LEFT_THE_AREA = re.compile(_ONE_PERSON_IS + r"[^.;]{0,40}?\b" + _LEFT_AN_AREA, re.IGNORECASE)
_SOMEWHERE = re.compile(
    r"^\s*(?:of\s+(?:these|them|those|whom)\s*,?\s*)?(?:[a-z]+\s+){0,4}?(?:believed|thought|understood|suspected|known)"
    r"\s+to\s+(?:be\s+(?:living\s+|residing\s+)?in|have\s+(?:returned|gone|travelled|moved|fled|left)\s+(?:to|for))\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_IN_THE_UK = r"(?:living\s+|residing\s+)?(?:in|within)\s+(?:the\s+(?:UK|United\s+Kingdom)\b|" + places.pattern("uk") + ")"
# A total said of the people believed to be in the UK: the abroad, if a further figure counts them, are besides it.
_TOTAL_IN_THE_UK = re.compile(r"\b(?:believed|thought|known|understood)\s+to\s+be\s+" + _IN_THE_UK, re.IGNORECASE)
# "4 being traced within the UK" over "3 believed to be living abroad": a list's item for the UK, its sibling for abroad.
_ITEM_IN_THE_UK = re.compile(r"^\W*\d{1,4}\s+(?:being\s+|are\s+being\s+)?(?:traced|sought|wanted)\s+" + _IN_THE_UK + r"\W*$", re.IGNORECASE)
_ITEM_ABROAD = re.compile(r"^\W*\d{1,4}\s+(?:are\s+)?(?:believed|thought)\s+to\s+be\s+(?:living\s+|residing\s+)?abroad\W*$", re.IGNORECASE)
_TRACED = re.compile(
    r"^\s*(?:of\s+(?:these|them|those|whom)\s*,?\s*)?(?:(?:[a-z]+\s+){0,3}?(?:are|is|were)\s+(?:still\s+|currently\s+)?"
    # ("being sought" alone is wanted, said otherwise: "eleven ... were being sought ... because their whereabouts are
    # unknown" is the total, not a part of it traced in the UK)
    r"(?:being\s+(?:actively\s+)?(?:traced|searched\s+for|sought\s+(?=" + _IN_THE_UK + r"))|(?:believed|thought)\s+to\s+be\s+" + _IN_THE_UK + ")"
    # The verb left out in a list, the place ending the item: "Of the nine: six believed to be in the UK, three ..."
    r"|(?:believed|thought)\s+to\s+be\s+" + _IN_THE_UK + r"\s*(?:[,;.]|and\b|$))",
    re.IGNORECASE,
)
# Every count (numbers.find_counts) and every date (dates.find_since) holds one of these as a whole word:
# a digit, an English number or zero word, a unit of time, "last", or a month's name. A sentence with
# none of them holds neither, so the costly scans are skipped for it (a long policy appendix, say).
_FIGURE_WORDS = [
    *WORD_NUMBERS, "thousand", "single", "dozen", "no", "none", "nil", "year", "years", "month", "months", "week", "weeks", "day",
    "days", "last", *(n.lower() for n in calendar.month_name[1:]), *WELSH_MONTHS,
]
_FIGURE_CUE = Caseless(rf"\d|\b(?:{alternation(_FIGURE_WORDS)})\b")
# (A list item may start with a bullet of its own: "•", "-" or "*".)
# (A colon before a capital ends a sentence, as a heading's does, but not before a bare figure: "...unknown: Nil.")
_BARE_FIGURE = (
    r"(?i:nil|none|zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*\(\s*\d+\s*\))?\s*(?:[.;]|$)"
)
_SENTENCE_END = re.compile(
    # (a quoted question ends where its quote closes, '“How many ...?” We are unable to ...', unless a bare figure
    # answers it there: '“How many ...?” One.')
    rf"(?<=[.!?;])\s+(?=[A-Z0-9\"'(\u201c\u2018\u2022*-])|(?<=[.!?;])[\"'\u201d\u2019]\s+(?=[A-Z0-9\u201c\u2018])(?!{_BARE_FIGURE})|(?<=:)\s+(?=[A-Z\u2022*-])(?!{_BARE_FIGURE})|(?<=[.!?;])$"
)


def sentences(answer: AnswerText) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences in the joined answer text."""
    spans = []
    start = 0
    for match in _sentence_ends(answer.text):
        end = match.start()
        if answer.text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if answer.text[start:].strip():
        spans.append((start, len(answer.text)))
    return spans


_PUNCTUATION = re.compile(r"[.!?;:]")
# "c. 15", "approx. 20", "5th Nov. 2018", "Nos. 6 and 7": a stop that a figure follows, not a sentence's end.
_ROUGHLY_ABBREVIATED = re.compile(
    r"\b(?:c|ca|approx|est|nos?|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", re.IGNORECASE
)

_FIGURE_NEXT = re.compile(r"\s?['\u2019]?\d")


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """What _SENTENCE_END.finditer finds, tried only just after punctuation, where each of its matches
    starts: a 50-page appendix has some 150,000 characters and a few thousand stops. A stop closing an
    abbreviation that a figure follows ("no. 5", "approx. 20") ends no sentence."""
    found: list[re.Match[str]] = []
    for mark in _PUNCTUATION.finditer(text):
        if _ROUGHLY_ABBREVIATED.search(text, max(0, mark.start() - 8), mark.end()) and _FIGURE_NEXT.match(text, mark.end()):
            continue  # the figure goes on ("Oct. '15": a year cut short too)
        match = _SENTENCE_END.match(text, mark.end())
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


def read_prose(answer: AnswerText, context: Context, method: str = LAYOUT) -> Finding:
    """Totals, dated breakdowns and categories stated in sentences."""
    finding = Finding(layout=LAYOUT, complete=False)
    welsh = Finding(layout=LAYOUT, complete=False)
    totals: list[tuple[tuple[int, int], str, int]] = []
    welsh_totals: list[tuple[tuple[int, int], str, int]] = []
    current = "en"
    previous = before_this = list_label = list_said_of = items_lead = ""
    under_missing = False  # after a heading "Missing" alone on its line, the items below it, till something else
    whole_abroad: tuple[str, int] | None = None  # "Both are believed to be abroad": the whole total, once it is known
    since_found, since_found_at = "", 0  # the first sentence saying some have since been found, and where
    # "the correct figure is 12" needs the letter (or the request it answers) to say of what.
    about_missing = context.asked or bool(_MISSING.search(answer.text))
    by_financial_year: list[tuple[str, str, int]] = []  # sentences counting by financial year, and their sum
    snapshots: list[str] = []  # sentences giving a figure as it stood at a date
    further: list[str] = []  # sentences adding "a further 2" to another figure
    listed_total: tuple[str, int, int, int] | None = None  # "Total: 4" under a list, and how many entries were above
    area_sums: list[tuple[tuple[int, int], str]] = []  # breakdowns by area, division or district, and their sums
    listed_dates: list[Since] = []  # the dates of "2009: 1"-style items, to tell a series of snapshots
    shares: list[tuple[str, Any, str, int]] = []  # "Both went missing in 2022", "the rest in 2021": dated once the total is known
    person_lines: list[str] = []  # "Wanted since 14th March 2013", a line for each person
    bucketed = False  # a list item for years grouped together read ("2010 or earlier – 3"): more items may follow
    entries_at_whole_lead: int | None = None  # how many entries there were when a lead promised a list of all of them
    event_items = False  # under a lead saying when they went missing or were circulated, while its items go on
    # A list of dates after a colon ("...: 03.04.19; 17.11.21; 08.01.25"), split into sentences at its semicolons: its
    # dates (placed from where the list began), the text so far, and where it began.
    date_run: tuple[list[Any], str, int] | None = None
    disclaimed: set[str] = set()  # sentences whose figure the letter says is not the one asked for
    parts_of: list[str] = []  # sentences counting "two of them": a part of a figure stated elsewhere
    earlier: list[tuple[tuple[int, int], str, int]] = []  # figures an earlier reply gave ("we informed you that 9")
    # "Figures for each year (as at 1 March):" over "2023 - 3", "2022 - 5": the figure as it stood each year, not
    # the years people went missing. The lead, while its items go on.
    series_lead = ""
    # "Year Arrests for failing to notify" over "2011 37", "2012 29": a heading over counts of something else by year,
    # while its items go on.
    measure_lead = ""
    # The last sentence that was no "2010: 1"-style item: the heading over the items that follow it.
    items_heading = ""
    # What was read before the sentence before this one: if the sentence before gave a figure and added nothing to
    # this (an earlier figure set aside), a figure restated "now" in the next sentence is the one asked for.
    read_so_far = (0, 0)
    person_block = (-1, 0)
    spans = list(sentences(answer))
    for s_index, (s_start, s_end) in enumerate(spans):
        sentence = answer.text[s_start:s_end]
        two_before, before_this, previous = before_this, previous, sentence
        after_this = answer.text[slice(*spans[s_index + 1])] if s_index + 1 < len(spans) else ""
        set_aside_before, read_so_far = read_so_far == (len(finding.entries), len(totals)), (len(finding.entries), len(totals))
        if not set_aside_before:
            person_block = (len(finding.entries), 0)  # (entries when the last one was added, block lines since)
        elif _BULLET_ITEM.match(sentence) or before_this.rstrip().endswith(":"):  # ("\u2022 Risk level:" / "High.")
            person_block = (person_block[0], person_block[1] + 1)
        else:
            person_block = (-1, 0)
        said = f"{sentence.rstrip()} {after_this.strip()}" if sentence.rstrip().endswith(":") else sentence
        if (flag := _ABROAD_FLAG_ITEM.match(said)) and person_block[0] == len(finding.entries) > 0 and person_block[1] <= 6:
            # "Case 3" / "\u2022 Date recorded as wanted: 03/11/2010" / "\u2022 Believed to be abroad: Yes": the one person
            # the block dated, placed by its own flag
            last = finding.entries[-1]
            if flag["yes"] and last.count_low == last.count_high == 1 and last.status == "wanted":
                finding.entries[-1] = replace(last, status="believed_abroad")
            continue
        if heading := _STATUS_HEADING.fullmatch(sentence):
            under_missing = heading["status"].lower() == "missing"
        elif not _BULLET_ITEM.match(sentence):
            under_missing = False
        under_series, series_lead = series_lead, ""
        under_measure, measure_lead = measure_lead, ""
        over_items, items_heading = items_heading, sentence  # (a dated item puts the heading back: see below)
        if _OTHER_MEASURE.search(sentence) and not _MISSING.search(sentence):
            measure_lead = sentence.strip()
        lead = _SERIES_LEAD.search(sentence)
        if lead is not None and ":" in sentence[lead.end() :]:  # (the first item may follow the colon)
            series_lead = sentence.strip()
        if _REQUEST_RESTATED.match(sentence) and ":" not in sentence:
            continue  # "You asked how many ... went missing in each year since 2010.": the question, not its answer
        carried, list_label = list_label, ""
        carried_of = list_said_of if carried else ""
        current = language(sentence) or current
        cut = sentence.find(" / ") if current == "cy" else -1
        if cut > 0 and language(sentence[:cut]) == "cy" and language(sentence[cut + 3 :]) == "en":
            # "Mae tri ... ar goll. / There are currently three ...": both languages on one line, each read as itself.
            _read_welsh(sentence[:cut], s_start, answer, context, welsh, welsh_totals, method)
            sentence, s_start, current = sentence[cut + 3 :], s_start + cut + 3, "en"
            previous = sentence
        if current == "cy":
            _read_welsh(sentence, s_start, answer, context, welsh, welsh_totals, method)
            continue
        low = sentence.lower()  # for the cheap word tests that spare most sentences the patterns below
        abroad_said = "abroad" in low or "overseas" in low or "outside" in low
        if abroad_said and _SHARE_ABROAD.search(sentence):
            finding.review.append(f"'{sentence.strip()[:120]}' gives a share abroad, not a figure: how many is it?")
        if (
            ("further" in low or "another" in low or "additional" in low or "one more" in low)
            and _ONE_MORE.search(sentence) and (abroad_said or _MISSING.search(sentence))
        ):
            further.append(sentence.strip())  # "A further RSO is listed as a missing person": no figure, one more
        if date_run is not None and not (_FIGURE_CUE.found_in(sentence) and only_dates(sentence)):
            shares.append(("each", *date_run))
            date_run = None
        if "dates" in low and _EARLIER_DATES_STAND.search(sentence):
            finding.review.append(f"'{sentence.strip()[:120]}' points to dates given in an earlier reply: check them")
        if "not the" in low and _NOT_THE_FIGURE_ASKED.search(sentence):
            disclaimed.update((before_this.strip(), sentence.strip()))
        if SINCE_FOUND.search(sentence) and not since_found:  # "Some of these have since been located": no figure in it
            since_found, since_found_at = sentence.strip(), s_start
        whole = _WHOLE_SET.search(sentence) if "both" in low or "all" in low else None
        gone = _ABROAD.match(sentence[whole.end() :]) if whole is not None else None
        said = sentence[: whole.end() + gone.end()] if whole is not None and gone is not None else ""
        # ("Two RSOs are wanted ..., both of whom are believed to be living abroad": the one count before, all of it)
        of_the_count = len(find_counts(said)) == 1 and whole is not None and _WHOLE_OF_THE_COUNT.match(sentence, whole.start())
        if said and not _NEGATED.search(said) and (not find_counts(said) or of_the_count):
            whole_abroad = whole_abroad or (sentence.strip(), s_start + whole.start())  # "Both are believed to be abroad"
        if sentence.rstrip().endswith(":"):
            event_items = bool(_EVENTS_LEAD.search(sentence))
        elif not _BULLET_ITEM.match(sentence):
            event_items = False
        if sentence.rstrip().endswith(":") and _EVERY_ONE_LEAD.search(sentence) and _MISSING.search(f"{before_this} {sentence}"):
            entries_at_whole_lead = len(finding.entries)  # "They went missing as follows:": a list of all of them to come
        if not _FIGURE_CUE.found_in(sentence):
            continue  # no count and no date in it: nothing to read
        found = find_counts(sentence)  # once: the checks below and the reading all start from it
        totals_at = len(totals)
        if any(_PART_OF.match(sentence, c.end) for c in found):
            parts_of.append(sentence.strip())
        if _SNAPSHOT_SENTENCE.match(sentence) and found:
            snapshots.append(sentence.strip())
        elif len(found) >= 2 and len(_AS_AT_IN.findall(sentence)) >= 2:
            # "was 142 as at 1 January 2021, 151 as at 1 January 2022 and, as at the date of your request, 147"
            finding.review.append(
                f"'{sentence.strip()[:120]}' gives figures as they stood at several dates: which one is the answer?"
            )
        financial = next(
            (m.group(0) for m in _FINANCIAL_YEAR.finditer(sentence) if is_financial_year(int(m[1]), int(m[2]))
         and not re.search(r"\bwinter\s+(?:of\s+)?$", sentence[: m.start()], re.IGNORECASE)), None  # "winter 2011/12" is a season
        )
        if financial is not None and found and _MISSING.search(sentence):  # (not "Home visits 2018/19: 4,102")
            by_financial_year.append((sentence.strip(), financial, sum(c.high for c in found)))
        dates = [d for d in find_since(sentence, context.as_of) if d.since is not None]
        if context.month_first:
            dates = [_month_first(d) for d in dates]  # "the dates below are given in US format (month/day/year)"
        counts = [c for c in found if not _is_identifier(c, sentence, dates)]
        # "2016 - 2 (January and April)": the months in the note after an item's count are its people's (see
        # _months_of_the_item), not dates of the list
        month_notes = [note for c in counts if (note := _MONTHS_NOTE.match(sentence, c.end))]
        dates = [d for d in dates if not any(note.start() <= d.start < note.end() for note in month_notes)]

        # "(b) missing: 2 - one since April 2020, ...": the part of the request asking for those recorded as missing
        lettered_missing = bool(_LETTERED_MISSING.match(sentence)) or (under_missing and bool(_BULLET_ITEM.match(sentence)))

        def add(since: Since, low: int, high: int, offset: int, sentence: str = sentence, start: int = s_start,
                status: str = "wanted", lettered_missing: bool = lettered_missing) -> None:
            status = "missing" if lettered_missing and status == "wanted" else status
            entry = _entry(since, low, high, sentence, answer.locator_at(start + offset), method)
            finding.entries.append(entry if status == "wanted" else replace(entry, status=status))

        def add_listed(date, where: str, status: str, cited: str, sentence: str = sentence) -> None:  # type: ignore[no-untyped-def]
            """A listed date's people: as many as a bracket after it says ("June 2023 (two)"), with the status the words
            after it give, or a part of them ("2006 (two, one of whom is believed to be abroad)") abroad."""
            whole_and_part = _WHOLE_AND_PART.match(sentence, date.end)
            n, m = (parse_count(whole_and_part["n"]), parse_count(whole_and_part["m"])) if whole_and_part else (None, None)
            if n and m and n[0] == n[1] and m[0] == m[1] and m[0] < n[0] and where == "believed_abroad":
                add(date.since, n[0], n[0], date.start, sentence=cited, status=status)
                finding.entries[-1:] = with_part_abroad(finding.entries[-1], m[0])
                return
            low, high = _bracketed_count(sentence, date)
            add(date.since, low, high, date.start, sentence=cited, status="believed_abroad" if where == "believed_abroad" else status)

        if date_run is not None:  # a sentence of dates alone, after the list's ';': the list goes on
            run_dates, run_text, run_start = date_run
            moved = [replace(d, start=d.start + s_start - run_start, end=d.end + s_start - run_start) for d in dates]
            date_run = (run_dates + moved, f"{run_text.rstrip()} {sentence.strip()}", run_start)
            continue
        bucket = _UNDATED_BUCKET.match(sentence)
        if bucket and (before_this.rstrip().endswith(":") or listed_dates or bucketed) and (not bucket["to"] or int(bucket["to"]) - int(bucket["from"]) >= 2) and (
            n := parse_count(bucket["count"])
        ):
            # "• 2010 or earlier – 3", "2011–2013 – 4" in a list by year: people a reader cannot date to one year
            add(Since(None, "unknown"), n[0], n[1], bucket.start("count"))
            bucketed = True
            continue
        suppressed = _SUPPRESSED_ITEM.match(sentence) if len(dates) == 1 and not counts else None
        if suppressed and dates[0].start < suppressed.start("mark"):
            # "2012    *" under "* denotes a figure between 1 and 4": a year's figure, suppressed, in the list
            bounds = context.footnotes.get(suppressed["mark"]) or parse_count(suppressed["mark"])
            if bounds is None:
                finding.review.append(f"'{sentence.strip()}' gives a suppressed figure the letter does not explain")
            else:
                add(dates[0].since, bounds[0], bounds[1], dates[0].start)
                listed_dates.append(dates[0].since)
            continue
        pair = _date_then_count(sentence, dates, counts)
        if pair is not None and under_measure:
            measure_lead = under_measure
            continue
        if pair is not None and under_series:
            if not any(under_series in said for said in finding.review):
                finding.review.append(f"'{under_series[:120]}' gives the figure as it stood on that day each year "
                                      f"('{sentence.strip()[:40]}'): snapshots are not added up; which one is the answer?")
            series_lead = under_series
            continue
        if pair is not None:
            date, count = pair
            items_heading = over_items
            # ("Believed abroad" over "- 2010: 1": the heading says where its items' people are)
            add(date.since, count.low, count.high, date.start, status="believed_abroad" if _heads_abroad(over_items) else "wanted")
            listed_dates.append(date.since)
            if before_this.rstrip().endswith(":") and _EVERY_ONE_LEAD.search(before_this):
                finding.listed_whole = True  # "The years in which they went missing are:" over "* 2014 - 2": all of them
            note = _ITEM_NOTE.search(sentence.strip(" .;,"))
            if note and not _months_of_the_item(finding, note.group(), count.low, count.high) and not _note_on_the_item(finding, note.group(), count, sentence):
                finding.review.append(f"'{sentence.strip()[:120]}' carries a note on its figure: check it")
            continue
        if len(counts) == 1 and _bare_total(sentence, counts[0]) and (
            not _BULLET_ITEM.match(sentence) or _YEAR_ITEM.match(before_this)
        ):  # ("\u2022 Total: 6" closes a list of "\u2022 2017: 1" items; under other bullets it may total rows read elsewhere)
            bounds = (counts[0].low, counts[0].high)
            if finding.entries:
                # "Total: 4" under a list of figures by date: the list's own total, checked against it.
                totals.append((bounds, sentence.strip(), s_start + counts[0].start))
                listed_total = listed_total or (sentence.strip(), *bounds, len(finding.entries))
            else:
                # "Total: 7" with no list above it here: checked against the count read in the end (a table's, say).
                finding.loose_figures.append((bounds, sentence.strip()))
            continue
        if split := _status_split(sentence, counts):
            (_, first), (_, second) = split
            totals.append(((first.low + second.low, first.high + second.high), sentence.strip(), s_start + first.start))
            for status, count in split:
                finding.categories.setdefault(
                    status, (count.low, count.high, sentence.strip(), answer.locator_at(s_start + count.start))
                )
            continue
        if len(counts) >= 2 and "respectively" in low:
            finding.review.append(f"'{sentence.strip()[:120]}' pairs figures 'respectively': check each pair")
        parts = _AREA_LIST.search(sentence) if ":" in sentence and "by " in low else None
        after_lead = parts.end() if parts else 0
        if parts is None and len(counts) >= 2 and before_this.rstrip().endswith(":") and _AREA_LIST.search(before_this):
            parts = _AREA_LIST.search(before_this)  # the lead ended the sentence before: "By area:" / "Western 3, ..."
        if parts and len(counts) >= 2:
            # "By area: Western 3, Central 2, Eastern 3": a breakdown whose sum must be the total.
            listed = [c for c in counts if c.start >= after_lead]
            area_sums.append(((sum(c.low for c in listed), sum(c.high for c in listed)), sentence.strip()))
            counts = [c for c in counts if c.start < after_lead]
        # ("The years in which they became wanted: 2010 (1)" / "2015 (1)" / ...: the items go on a line each)
        items = _date_count_items(sentence, dates, counts, items_lead or before_this, continued=bool(items_lead))
        if items and not items_lead:
            lead = before_this if before_this.rstrip().endswith(":") and not sentence[: items[0][0].start].strip(" \u2022*-") else sentence[: items[0][0].start]
            # "The years in which they went missing are:" over "* 2014 - 2": a list of every one of them
            finding.listed_whole = finding.listed_whole or bool(_EVERY_ONE_LEAD.search(lead))
        items_lead = (items_lead or sentence) if items and _MISSING.search(items_lead or sentence) else ""
        if items:
            listed_dates.extend(date.since for date, _ in items)
            # "By year first wanted: 2009 - 1; 2011 - 2", "Feb 2011 (1), Oct 2013 (2)": a figure for each date,
            # and the rest of the sentence (the lead-in may give the total) read as usual.
            for date, count in items:
                add(date.since, count.low, count.high, date.start)
                if (note := _ITEM_NOTE_AT.match(sentence, count.end)) and not _months_of_the_item(finding, note.group(), count.low, count.high):
                    _note_on_the_item(finding, note.group(), count, sentence)  # "2013 - 1 (believed abroad)"
            dates = [d for d in dates if all(d is not date for date, _ in items)]
            counts = [c for c in counts if all(c is not count for _, count in items)]
        said_of = carried_of if carried else two_before
        listed, label = _listed_dates(sentence, dates, carried or before_this, said_of) if not items else ([], "")
        # A list split at its semicolons ("June 2013; January 2016"), or one date a bullet, carries on under
        # the same label.
        # A line that is nothing but dates (its label is the line before) carries the label on as well.
        # So does a label ending in its first date, the rest a line each below ("... since the following dates: 8 May
        # 2013" / "21 June 2016").
        list_label = label if listed and (
            sentence.rstrip().endswith(";") or _BULLET_ITEM.match(sentence) or label not in sentence
            or (":" in sentence[: listed[0].start] and not sentence[listed[-1].end :].strip(" .;,"))
            or _LISTED_BELOW_IN.match(sentence)
        ) else ""
        list_said_of = said_of
        if list_label and label in sentence and not list_label.rstrip().endswith((":", ";")):
            list_label = f"{list_label.rstrip()}:"  # said again as the label line it was
        if listed:
            # Cite the label with a date that follows it on its own ("Date(s) wanted from: June 2013;").
            cited = sentence if label in sentence else f"{label.strip()} {sentence.strip()}"
            # ("Missing since: 2015; 2016" alone dates the people counted: no status set against wanted)
            status = "missing" if (m := _MISSING_LABEL.match(label)) and (not m["since"] or _WANTED_LABEL.search(answer.text)) else "wanted"
            if _heads_abroad(f"{label.rstrip(' :')}:"):
                status = "believed_abroad"  # "Years first circulated - believed outside UK: 2016, 2016"
            # "Missing: 08/2015, 01/2016" beside "Wanted: ...": each list its status; "(believed abroad)" after a date, its own
            for date, until in zip(listed, [*(d.start for d in listed[1:]), len(sentence)]):
                note = _NOTE_LEAD.match(sentence, date.end, until)
                where = _where_said(note.group(), 0, note.end() - note.start()) if note else "wanted"
                if (mark := _MARK_AFTER_DATE.match(sentence, date.end, until)) and _marked_abroad(mark.group().strip(), answer.text):
                    where = "believed_abroad"  # "01/2014*" over "* believed to have left the UK"
                add_listed(date, where, status, cited)
            continue
        if run := _colon_led_dates(sentence, dates, before_this):
            # One person a date when there are as many dates as the total says (see _date_the_share), else flagged.
            date_run = (run, sentence, s_start)
            dates = [d for d in dates if d not in run]
        for year, n, start, end in _shorthand(sentence):
            # ("1 x 2022 (believed to be abroad)": the item's note says where its people are)
            note = _ITEM_NOTE_AT.match(sentence, end)
            abroad_item = note is not None and _PLACE_ABROAD_NOTE.search(note.group()) and not _NEGATED.search(note.group())
            add(Since(dt.date(year, 1, 1), "year"), n, n, start, status="believed_abroad" if abroad_item else "wanted")
            if note is not None and _months_of_the_item(finding, note.group(), n, n):  # "2016 x 3 (January, April and May)"
                end = note.end()
            dates = [d for d in dates if d.end <= start or d.start >= end]
            counts = [c for c in counts if c.end <= start or c.start >= end]
        used_dates: set[int] = set()
        # "there were 6 such individuals" is about the people the sentence before described.
        # "... in custody, and whose whereabouts were therefore known": said of people who are not missing
        # "West Mercia Police had eight RSOs recorded as wanted ... Warwickshire Police had three.": the same figure
        # (in a joint letter's section for one force, its name alone: "Warwickshire Police had three.")
        elided = bool((lead := _ELIDED_LEAD.match(sentence)) and is_one_count(sentence[lead.end() :].strip(" .;")) and (
            _MISSING.search(before_this) or about_missing and _names_a_force(lead.group())
        ))
        # "... we told you then that 12 RSOs were wanted. The figure now, as at 10 October 2019, is 9.": the same
        # figure now, after an earlier one set aside
        elided = elided or bool(
            set_aside_before and _RESTATED_NOW.match(sentence) and _MISSING.search(before_this) and find_counts(before_this)
        )
        has_missing_word = bool(
            _MISSING.search(_WHEREABOUTS_KNOWN.sub(" ", sentence)) or (SUCH_PEOPLE.search(sentence) and _MISSING.search(before_this))
            or elided
        )
        # "Three of the nine are believed abroad": the nine are the whole, the three the part the rest speaks of.
        # The whole is the missing themselves when its own words say so ("of the six RSOs wanted ..."); else it is
        # the caseload ("Five of the 1,400 RSOs we manage are wanted"), and the part is the figure.
        wholes = {
            n + 1: bool(_MISSING.search(_VERB.split(sentence[counts[n + 1].end :], maxsplit=1)[0]))
            for n in range(len(counts) - 1) if _OF_THE_WHOLE.fullmatch(sentence[counts[n].end : counts[n + 1].start])
        }
        placed_here: set[str] = set()  # categories this sentence gave a figure for
        # "Three ... believed to have gone abroad - two ... in Poland and one in Romania": the abroad said plainly,
        # then by country: the countries' counts are its parts
        abroad_here: list[tuple[int, int]] = []  # [the plain abroad figure, the parts by country so far]
        listed_parts = _parts_after_colon(sentence, counts)  # "is ten: seven ... and three ...": the parts of ten
        # a count dated "circulated on <day>": the next may say only "one on <day>"; so may an item of a list under a
        # lead saying when they went missing ("They went missing as follows:" over "- one on 14 August 2013")
        on_a_day = event_items and bool(_BULLET_ITEM.match(sentence))
        # "In 2015 the MPS disclosed that 167 were wanted ..., of whom 114 were believed to be abroad": an earlier answer
        # and its parts, unless the sentence goes on to now ("..., and the figure is now 9")
        said_earlier = bool(counts) and _said_in_an_earlier_year(sentence[: counts[0].start], context)
        for index, count in enumerate(counts):
            after = own_after = sentence[count.end :]
            before = sentence[: count.start]
            if index and said_earlier and not _NOW_SAID.search(sentence, counts[0].end, count.start):
                continue
            next_count_at = counts[index + 1].start - count.end if index + 1 < len(counts) else len(after)
            # a part of the missing, not their number (also "3, of whom 2 are wanted in the UK and 1 ...", but not
            # "312 people wanted on the PNC, of whom 4 are registered sex offenders whose ...": the part named so is the figure)
            part = wholes.get(index + 1, False) or index in listed_parts or bool(
                _OF_WHOM_BEFORE.search(before) and not _PEOPLE_NAMED_AFTER.match(after)
            )
            if index + 1 in wholes:  # the words after the whole say what the part is
                whole = counts[index + 1]
                after = sentence[count.end : whole.start] + sentence[whole.end :]
                next_count_at = (counts[index + 2].start - count.end - (whole.end - whole.start)) if index + 2 < len(counts) else len(after)
            elif wholes.get(index):  # "six RSOs wanted ..." is said of the whole, whatever the part before it
                before = sentence[: counts[index - 1].start]
            if about_missing and _MAKING_BEFORE.search(before) and _IN_TOTAL_AFTER.match(after):
                totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                continue
            if _NOT_A_COUNT_AFTER.match(after) or _VIOLENT_AFTER.match(after) or _PREVIOUSLY_AFTER.match(after) or _NOBODY_IN_PARTICULAR.search(before) and count.text.lower() == "one":
                continue  # ("every one of the 2,600 offender records": each, not one)
            if _ASKED_OF_THE_WHOLE.search(before):
                continue  # "You have since asked how many of those nine are believed to be abroad": the question's whole
            if count.high == 0 and (ZERO_OF_A_PART.search(sentence) or not _zero_of_people(count, after)):
                continue  # "there is no business requirement": a zero only when it is said of the people
            if _EARLIER_ANSWER_BEFORE.search(before) or _EARLIER_SAID.search(before):
                # "On 3 May we informed you that 9 ...": the figure of an earlier reply, which this one revisits.
                # ("In our response of 4 March we stated that six ... and that three of these ...": each of its figures)
                if not another_forces(sentence, context):  # (not "you said Cheshire had told you 5")
                    earlier.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                continue
            if _CORRECTED_BEFORE.search(before) and (has_missing_word or about_missing) and (
                index == len(counts) - 1 or re.fullmatch(r"\s*,?\s*(?:and\s+)?not\s*", after[:next_count_at])
            ):  # "should read 4, not 14"
                totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                continue  # "The figure should have read 10", "bringing the total to 5": the figure as corrected
            if not has_missing_word and (_OUTCOME_BEFORE.search(before) or _OUTCOME_AFTER.match(after[:next_count_at])):
                continue  # "arrested 74 people in 2015": counted for an arrest, not as missing
            if _FOUND_AFTER_COUNT.match(after[:next_count_at]) and not _MISSING.search(_own_clause(after)):
                continue  # "we publicised that two RSOs were located in 2018, [but] the number wanted ...": the found
            if _FOUND_ONE_BEFORE.search(before):
                continue  # "The individual located was the one first circulated in 2015": found, not missing
            if _NOT_INCLUDED_AFTER.match(after) and not _MISSING.search(sentence):
                # "Two other RSOs are known to be living abroad ... and are not included in either figure." (not "2 ...
                # whose whereabouts are unknown, who are not included in the figure above": more of the missing)
                continue
            if _located_after(after[:next_count_at]):
                continue  # "one of the individuals who went missing in 2020 has been located": found since
            if _WHETHER_BEFORE.search(before) or _SUPPOSED_BEFORE.search(before):
                continue  # "disclosing whether any of the three is believed abroad", "if we were to disclose that two ...":
                # asked or supposed, not said
            if _NOT_SO_BEFORE.search(before) or (_ANY_OF_BEFORE.search(before) and _NEGATED.search(before)):
                # "does not have 12", "would have been 6", "has increased by 3": not the figure; nor "no information to
                # suggest that any of the three has left the country"
                continue
            if _FURTHER_AFTER.match(after) and has_missing_word:
                finding.review.append(f"'{sentence.strip()[:120]}' gives further people besides: check the total")
                continue
            if index and _WHEN_WITHOUT_A_NOUN.match(after) and (noun := _PLURAL_AFTER.match(sentence[counts[index - 1].end :])) and not (
                re.fullmatch(OFFENDER_NOUN, noun[1], re.IGNORECASE) or _MISSING.search(noun[0]) or _DURATION_UNIT_WORD.fullmatch(noun[1])
            ):
                continue  # "made two public appeals in 2015, and one in 2016": one more of what the last count counted
            # "one in each of 2019 and 2020": the count for every date listed after it
            each = _IN_EACH_OF.match(after[:next_count_at]) if index + 1 not in wholes else None
            listed_each = [d for d in dates if each and count.end + each.end() <= d.start < count.end + next_count_at]
            if len(listed_each) >= 2:
                for date in listed_each:
                    used_dates.add(date.start)
                    add(date.since, count.low, count.high, date.start)
                continue
            # A breakdown by date: the count, a linking phrase, then a date, with no other count between. ("The
            # number ... has remained at three since 2014": how long the figure has stood, not when they went missing)
            stood = _STOOD_AT.search(before)
            # (after a part, its words run on past the whole: "four of the 15 went missing in 2016" dates the four; the
            # whole itself, said again, is not dated)
            anchor, dating, dating_to = count.end, after, next_count_at
            if index + 1 in wholes:
                anchor = counts[index + 1].end
                dating = sentence[anchor:]
                dating_to = (counts[index + 2].start if index + 2 < len(counts) else len(sentence)) - anchor
            undated = stood or index in wholes
            dated = None if undated else _dated(anchor, dating, dates, dating_to)
            if dated is None and not undated:
                dated = _dated(anchor, dating, dates, dating_to, _ELIDED_ON_LINK if on_a_day else _EVENT_ON_LINK)
                on_a_day = dated is not None
            if dated is not None and not_this_answer(before, sentence, context):
                continue  # "has fallen from 9 in February 2014": a figure for comparison, dated
            if dated is None and not stood and _WHEN_SAID_AFTER.match(after[:next_count_at]):
                # "and one first recorded earlier this year": when, in words no date rule reads (or with no day to count from)
                finding.review.append(f"'{sentence.strip()[:120]}' says when '{count.text}' went missing in words not read "
                                      "as a date: check when")
            listed = _listed_from(sentence, dated, dates) if dated is not None else []
            each = re.match(r"\s*each\b", after)  # "one each since 2014 and 2020"
            if len(listed) >= 2 and (count.low == count.high == len(listed) or each and count.low == count.high == 1):
                # "the three became wanted in 2009, 2012 and 2019": a year each
                for each in listed:
                    used_dates.add(each.start)
                    add(each.since, 1, 1, each.start)
            elif dated is not None:
                if len(listed) >= 2:
                    finding.review.append(f"'{sentence.strip()[:120]}' gives {len(listed)} dates for {range_text(count.low, count.high)}: "
                                          "whose is each?")
                used_dates.add(dated.start)
                same = next((i for i, e in enumerate(finding.entries) if e.since == dated.since.iso()
                             and (e.count_low, e.count_high) == (count.low, count.high) and e.status == "wanted"), None)
                if same is not None and _ABROAD.match(dating[dated.end - anchor : dating_to]):
                    # "2018 (2)" listed, then "The 2 first wanted in 2018 are believed to have travelled abroad": those two
                    finding.entries[same] = replace(finding.entries[same], status="believed_abroad")
                    continue
                some_of = next((i for i, e in enumerate(finding.entries) if e.since == dated.since.iso() and e.status == "wanted"
                                and e.count_low == e.count_high and count.low == count.high < e.count_low), None)
                if some_of is not None and _SOME_OF_THOSE.match(after) and _ABROAD.match(dating[dated.end - anchor : dating_to]):
                    # "three in 2010", then "One of those first recorded in 2010 is believed to have gone abroad": one of
                    # the three, not a fourth
                    listed_here = finding.entries[some_of]
                    finding.entries[some_of] = replace(listed_here, count_low=listed_here.count_low - count.low,
                                                       count_high=listed_here.count_high - count.low)
                    add(dated.since, count.low, count.high, count.start, status="believed_abroad")
                    continue
                # "One has been wanted since April 2017 and is believed to be abroad", "1 missing since 02/04/2013 -
                # believed abroad": where they are, after the date
                said_after = dating[dated.end - anchor : dating_to].lstrip(" ,(-\u2013\u2014")
                dated_abroad = bool(_ABROAD.match(said_after) and not (_NEGATED.search(said_after) or NO_LONGER.search(said_after)))
                add(dated.since, count.low, count.high, count.start, status="believed_abroad" if dated_abroad else "wanted")
                if dated_abroad and index + 1 in wholes:
                    continue  # "Three of the nine have been wanted since 2012 and are believed abroad": placed by the date
            abroad = _ABROAD.match(after[:next_count_at]) or _ABROAD_LABEL.search(before) or (
                # "Two of the six RSOs wanted ... are believed to be living abroad": the part's place, from the verb
                index + 1 in wholes and (verb := _VERB.search(after, 0, next_count_at)) and _ABROAD.match(after[verb.start() : next_count_at])
            )
            # "nineteen are believed to be in the UK and four abroad": the verb said once for both
            abroad = abroad or (_ELIDED_ABROAD.match(after[:next_count_at]) and _ELIDED_BEFORE.search(before))
            traced = _TRACED.match(after[:next_count_at]) or _UK_LABEL.search(before)
            if not (abroad or traced) and (_SOMEWHERE.match(after[:next_count_at]) or _LEFT_THE_AREA.match(after[:next_count_at])):
                finding.review.append(
                    f"'{sentence.strip()[:120]}' says where some are believed to be: abroad or in the UK? Their status "
                    "is not recorded"
                )
            if _FURTHER_BEFORE.search(before) and (has_missing_word or _ABROAD.match(after[:next_count_at])):
                further.append(sentence.strip())
            plainly = bool(abroad) and bool(_ABROAD_PLAINLY.search(after[:next_count_at]) or _ABROAD_LABEL.search(before))
            if abroad and index not in wholes and not plainly and abroad_here:
                parts = (abroad_here[1][0] + count.low, abroad_here[1][1] + count.high) if len(abroad_here) > 1 else (count.low, count.high)
                abroad_here[1:] = [parts]
                if parts[0] > abroad_here[0][1]:
                    finding.review.append(f"'{sentence.strip()[:120]}' names more abroad by country than it says are abroad")
                continue
            if (abroad or traced) and index not in wholes:
                key = "believed_abroad" if abroad else "wanted"
                if abroad and plainly and not abroad_here:
                    abroad_here.append((count.low, count.high))
                so_far = finding.categories.get(key)
                if so_far is not None and key in placed_here:
                    # "two are believed to be in Ireland and one is thought to have returned to Poland": both abroad
                    finding.categories[key] = (so_far[0] + count.low, so_far[1] + count.high, *so_far[2:])
                elif so_far is None:
                    finding.categories[key] = (count.low, count.high, sentence.strip(), answer.locator_at(s_start + count.start))
                    placed_here.add(key)
            if index in listed_parts and not (abroad or traced) and _one_status(after[:next_count_at]) == "missing":
                # "the figure is 6: four wanted, one missing person and one believed abroad": a part with its status
                finding.categories.setdefault("missing", (count.low, count.high, sentence.strip(), answer.locator_at(s_start + count.start)))
            if about_missing and _FIGURE_OF.search(before) and _STILL_CORRECT.match(after) and not totals:
                totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                continue
            if index in listed_parts and not (abroad or traced or dated) and _MISSING_PART.match(after[:next_count_at]):
                whole = counts[min(listed_parts) - 1]
                if caseload(sentence[whole.end :], sentence[: whole.start]):
                    # "responsible for 1,612 RSOs: 1,380 living in the community, 226 in custody and 6 wanted because
                    # their whereabouts are unknown": the caseload's parts, one of them the missing
                    totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                    continue
            if (abroad or traced or dated) and (_APPROXIMATE_BEFORE.search(before) or _APPROXIMATE_AFTER.match(after)):
                # "Of these, roughly 20 were recorded as wanted on 26 February 2021": a rough figure, however read
                finding.review.append(f"'{sentence.strip()[:120]}' gives the figure only roughly")
            if (
                not (abroad or traced or dated) and _BARE_CLAIM.search(before) and not _is_total(before, after, has_missing_word)
                and not caseload(after, before) and not not_this_answer(before, sentence, context)
            ):
                finding.loose_figures.append(((count.low, count.high), sentence.strip()))
            if (
                not (abroad or traced or dated or part)
                and (_is_total(before, after, has_missing_word) or elided or (about_missing and _the_figure_is(before, own_after)))
                and not not_this_answer(before, sentence, context)
            ):
                totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))
                if _APPROXIMATE_BEFORE.search(before) or _APPROXIMATE_AFTER.match(after):
                    finding.review.append(f"'{sentence.strip()[:120]}' gives the figure only roughly")
        share = _date_for_a_share(sentence, dates, used_dates)
        if share is not None:
            kind, date = share
            used_dates.add(date.start)
            shares.append((kind, [date], sentence, s_start))
        elif each := (_a_date_each(sentence, dates, counts, used_dates) or _a_trailing_date(sentence, dates, counts, used_dates)):
            used_dates.update(date.start for date in each)
            shares.append(("each", each, sentence, s_start))
        elif len(totals) > totals_at and totals[-1][0] == (1, 1) and (lone := _the_ones_date(sentence, dates, used_dates)):
            # "One registered sex offender has been missing since April 2013": the one person the total counts, dated.
            used_dates.add(lone.start)
            shares.append(("whole", [lone], sentence, s_start))
        # "Individual D - missing since 9th August 2015 (believed to have travelled to Poland)", "the second since 2017
        # and is believed to be in Romania": the place said after a person's date, before the next, is that one's
        if (person := _a_person_line(sentence, dates, counts, used_dates)) is not None:
            used_dates.add(person.start)
            person_lines.append(sentence.strip())
            add(person.since, 1, 1, person.start, status=_where_said(sentence, person.end, len(sentence)))
        # ("Knowing that an offender has been wanted for over five years ... would tell them ...": an argument's example)
        # (a person's line, "Offender 1 - Spring 2015", in a reply about the missing is of one of them)
        of_the_missing = has_missing_word or bool(context.asked and _INDIVIDUAL_LINE.match(sentence))
        one_each = _one_per_date(sentence, dates, used_dates, of_the_missing, before_this, counts, after_this)
        if one_each and _HYPOTHETICAL.search(sentence):
            one_each = []
        for n, date in enumerate(one_each):
            until = one_each[n + 1].start if n + 1 < len(one_each) else len(sentence)
            add_listed(date, _where_said(sentence, date.end, until), "wanted", sentence)
    if date_run is not None:
        shares.append(("each", *date_run))
    finding.entries = _bounded_parts_dropped(_said_once(finding.entries), {figure for figure, _, _ in totals})
    if earlier and not totals:
        totals.extend(earlier)
        finding.earlier_reply = True
        finding.review.append(f"'{earlier[0][1][:120]}'{EARLIER_FIGURE}")
    for figure in [t for t in totals if t[1] in disclaimed]:
        totals.remove(figure)
        finding.loose_figures.append((figure[0], figure[1]))
    _settle_total(finding, totals, answer)
    if whole_abroad and finding.stated_total is not None and "believed_abroad" not in finding.categories:
        # "There are two ... Both individuals are believed to have left the United Kingdom": all of them abroad
        text, at = whole_abroad
        finding.categories["believed_abroad"] = (*finding.stated_total, text, answer.locator_at(at))
    if parts_of and finding.stated_total is None and finding.entries:
        finding.review.append(f"'{parts_of[0][:120]}' counts a part of a figure, but no total was read: how many in all?")
    if len(person_lines) == 1 and finding.stated_total is not None and finding.stated_total[1] > 1:
        finding.review.append(f"'{person_lines[0][:120]}' dates one of {range_text(*finding.stated_total)}: or all of them?")
    for kind, share_dates, sentence, s_start in shares:
        _date_the_share(finding, kind, share_dates, sentence, [answer.locator_at(s_start + d.start) for d in share_dates], method)
    for bounds, text in area_sums:
        if finding.stated_total is not None and bounds != finding.stated_total:
            finding.review.append(f"'{text[:120]}' adds up to {range_text(*bounds)}, not the stated total {range_text(*finding.stated_total)}")
    if len(listed_dates) >= 2 and all(d.precision == "month" and d.date for d in listed_dates) and len(
        {d.date.month for d in listed_dates if d.date}
    ) == 1 and len({d.date.year for d in listed_dates if d.date}) == len(listed_dates):
        finding.review.append(
            "figures for the same month of successive years: how many were missing at each date (not to be added up)?"
        )
    if listed_total is not None:
        text, low, high, above = listed_total
        listed = finding.entries[:above]
        summed = (sum(e.count_low for e in listed), sum(e.count_high for e in listed))
        if not summed[0] <= low <= high <= summed[1]:
            finding.review.append(f"'{text[:60]}' but the figures listed above it add up to {range_text(*summed)}")
    _query_the_figure(finding, since_found, since_found_at, answer.text, by_financial_year)
    _one_person_abroad(finding, answer)
    abroad = finding.categories.get("believed_abroad")
    if (
        further and abroad is not None and abroad[2] in further and "wanted" not in finding.categories
        and finding.stated_total is not None and finding.stated_total_text is not None
        and finding.stated_total_locator is not None and _TOTAL_IN_THE_UK.search(finding.stated_total_text)
    ):
        # "4 ... believed to be within the UK. In addition, there are 2 ... believed to have left the UK": the
        # figure for the UK, and the abroad besides it
        finding.categories["wanted"] = (*finding.stated_total, finding.stated_total_text, finding.stated_total_locator)
        finding.stated_total = finding.stated_total_text = finding.stated_total_locator = None
        further = [text for text in further if text != abroad[2]]
    if (
        abroad is not None and "wanted" not in finding.categories and finding.stated_total is not None
        and finding.stated_total_text is not None and finding.stated_total_locator is not None
        and _ITEM_IN_THE_UK.match(finding.stated_total_text.rsplit(":", 1)[-1]) and _ITEM_ABROAD.match(abroad[2])
    ):
        # "4 being traced within the UK" / "3 believed to be living abroad", each an item of a list of the missing: the
        # first is the UK's part, not the whole
        finding.categories["wanted"] = (*finding.stated_total, finding.stated_total_text, finding.stated_total_locator)
        finding.stated_total = finding.stated_total_text = finding.stated_total_locator = None
    parts = sum(high for _, high, _, _ in finding.categories.values())
    # "Six are being traced within the UK. A further 3 ... are also recorded as whereabouts unknown": each a category of
    # the missing, and no total said apart that might or might not hold them both.
    also = finding.stated_total is None and all(_ALSO_COUNTED.search(text) for text in further)
    if further and not (also or finding.stated_total is not None and finding.categories and parts == finding.stated_total[1]):
        # "3 are being traced and a further 2 are believed abroad. All 5 are wanted": the total holds both.
        finding.review.append(f"'{further[0][:120]}' adds a further figure: check that the total includes it")
    if len(snapshots) >= 2:
        finding.review.append(
            f"figures as they stood at several dates ('{snapshots[0][:60]}', '{snapshots[1][:60]}'): snapshots are not "
            "added up; which one is the answer?"
        )
    if finding.stated_total is not None and finding.stated_total[1] > 0 and not any(e.since for e in finding.entries):
        unread = unread_date([answer.text[a:b] for a, b in sentences(answer)], context)
        if unread is not None:
            finding.review.append(UNREAD_DATE.format(unread[:120]))
    if entries_at_whole_lead is not None and len(finding.entries) - entries_at_whole_lead >= 2:
        finding.listed_whole = True
    bounds = next((e.text for e in finding.entries if _SUPERLATIVE.search(e.text)), None)
    if bounds is not None and finding.stated_total is None:
        # "the earliest of the outstanding cases dates from 2007 and the most recent from 2015", the number refused:
        # two dates that bound the rest, not two people
        finding.review.append(f"'{bounds.strip()[:120]}' gives the earliest and the latest, not how many there are")
    _settle_total(welsh, welsh_totals, answer)
    _reconcile(finding, welsh)
    return finding


def _month_first(found):  # type: ignore[no-untyped-def]
    """A numeric day read month first ("12/6/15" as 6 December 2015), where the letter says its dates are so written:
    as a table's column of such dates is read."""
    from foi_tally.layouts.tables import in_stated_format

    since = in_stated_format(found.text.strip(), "mdy")
    return found if since is None else replace(found, since=since)


def _said_once(entries: list[MissingEntry]) -> list[MissingEntry]:
    """The entries, less those a second reading of the same line gives: an answer read on its own and again joined to
    the question it answers ("We can give the year only: 2016 (1), ..." and "For each ...: 2016 (1), ...") gives the
    same figures at the same place. Repeats within one sentence ("2014, 2014") are two people and stay."""
    # (a reading is its text where it was read: a table cell's text read as a line and again as the cell is read twice)
    by_place: dict[Locator, dict[tuple, list[tuple]]] = {}  # type: ignore[type-arg]
    for e in entries:
        by_place.setdefault(e.locator.without_column(), {}).setdefault((e.text, e.locator.column), []).append(
            (e.since, e.count_low, e.count_high, e.status)
        )
    dropped = set()
    for texts in by_place.values():
        readings = [Counter(figures) for figures in texts.values()]  # the same figures, in any order
        dropped.update(key for n, key in enumerate(texts) if readings[n] in readings[:n])
    return [e for e in entries if (e.text, e.locator.column) not in dropped] if dropped else entries


def _bounded_parts_dropped(entries: list[MissingEntry], totals: set[tuple[int, int]]) -> list[MissingEntry]:
    """The entries, less a figure said only to have been missing longer than some time ("One has been missing for more
    than five years") when people dated in another sentence already fall within it: one of those, described again,
    not one more; unless the reply's total counts it besides them ("seven ...: One has been missing for 14 years. ...
    One has been missing for more than a year. The other two ...")."""
    bounded = [e for e in entries if e.since is None and e.since_latest and e.count_low == e.count_high]
    every = sum(e.count_low for e in entries)
    if not bounded or (every, every) in totals:
        return entries
    dropped = []
    for part in bounded:
        # (a dated entry's last possible day: "2012" is at the latest 2012-12-31; ISO text compares as dates do)
        within = sum(
            e.count_low for e in entries
            if e.since and e.text != part.text and e.since + "-12-31"[len(e.since) - 4 :] <= part.since_latest
        )
        if within >= part.count_low:
            dropped.append(part)
    return [e for e in entries if not any(e is d for d in dropped)] if dropped else entries


# "Two of them since 2019", "three of those": a count of some of the people a figure elsewhere counts in all.
_PART_OF = re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE)


# "absent since 03.05.2017", "went missing in June 2012", "wanted since 2019 (1)": a date the letter gives for
# when people went missing. When a figure was read and none of its people dated, such a date is a reading missed.
_WENT_MISSING_LEAD = re.compile(
    r"(?:\bsince|\bwef|\bw\.e\.f\.|\b(?:dating|dates?|dated)\s+from|\bback\s+to|\bfirst\s+(?:recorded|wanted|circulated|reported)\s*:"
    r"|\b(?:went|gone|became|first|circulated"
    r"|reported|recorded|created|lost)\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|from))\s*:?\s*$",
    re.IGNORECASE,
)
# "had been outstanding for 3 years 4 months, 7 years, ...": how long, said of the people when none was dated (not
# "The longest outstanding case has been wanted for 14 years" beside dated rows: the oldest of them)
_HOW_LONG_LEAD = re.compile(
    r"\b(?:been|are|were|is|was)\s+(?:missing|outstanding|wanted|unaccounted\s+for)\s+for\s*:?\s*$",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\b(?:longest|oldest|earliest|shortest|newest|most\s+recent)\b", re.IGNORECASE)
_OTHER_MEASURE = re.compile(r"\b(?:breach\w*|arrest\w*|visits?|incidents?|crimes?|charged|convicted|managed|caseload)\b", re.IGNORECASE)
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?!(?:registered|rsos?|offenders?|people|persons?|individuals?|nominals?|of|were|are|have|has|was|is|in|since)\b)[a-z]",
    re.IGNORECASE,
)
# "... recorded as whereabouts unknown on 6 May 2019": the day of the count, unless "first" or "became" says otherwise.
_STATE_ON = re.compile(r"\b(?:unknown|outstanding|wanted|missing|located)\s+(?:on|in)\s*:?\s*$", re.IGNORECASE)
_STARTED = re.compile(r"\b(?:first|became|went|gone|since)\b", re.IGNORECASE)


_A_DIGIT = re.compile(r"\d")
_ANSWERS_NUMBER_LEAD = re.compile(r"^\s*(?:(?:q(?:uestion)?|a(?:nswer)?|part)\s*\d{1,2}\s*[:.)\-\u2013]?|\(\d{1,2}\))\s*", re.IGNORECASE)
_A_YEAR = re.compile(r"(?:19|20)\d\d")

UNREAD_DATE = "'{}' says when, but no date was read for the figure: check when each went missing"
PARTLY_UNREAD_DATE = "'{}' gives a date on which people went missing that no one was dated with: check when each went missing"


_DATE_WORDS = frozenset([*ENGLISH_MONTHS, *WELSH_MONTHS, "early", "late", "spring", "summer", "autumn", "winter"])
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _may_be_only_dates(sentence: str) -> bool:
    """A cheap test before only_dates: every word of four letters or more is a month's name (or "early", "spring")."""
    return all(word.lower() in _DATE_WORDS for word in _LONG_WORD.findall(sentence))


def unread_date(
    texts: list[str], context: Context, used: frozenset[str] | set[str] = frozenset(), lists_only: bool = False
) -> str | None:
    """The first sentence giving a date on which people went missing (other than the dates in `used`), or None.
    A list of dates and nothing else ("04/03/2009" / "17/08/2012", a line each) gives such dates too; with
    `lists_only`, only such a list is looked for."""
    listed: str | None = None  # the sentence before, when it was nothing but a date unread
    in_a_list = False  # the sentence before was nothing but a date, read or not
    numbered = False  # the sentence before was a question's number alone ("Question 2:")
    for sentence in texts:
        after_a_number, numbered = numbered, bool(_ANSWERS_NUMBER_LEAD.fullmatch(sentence))
        if not _A_DIGIT.search(sentence):  # (a regular expression: a 50-page letter's sentences run long)
            listed, in_a_list = None, False
            continue
        # ("Question 2: July 2022.", "(2) May 2015 and June 2018.": dates alone after the number of what they answer)
        bare = _ANSWERS_NUMBER_LEAD.sub("", sentence, count=1)
        if (bare != sentence or after_a_number) and _may_be_only_dates(bare) and only_dates(bare) and any(
            d.since.date and d.since.iso() not in used and (context.as_of is None or d.since.date < context.as_of)
            for d in find_since(bare, context.as_of)
        ):
            return sentence.strip()
        if _may_be_only_dates(sentence) and only_dates(sentence):
            unread = [
                d for d in find_since(sentence, context.as_of)
                if d.since.date and (context.as_of is None or d.since.date < context.as_of) and d.since.iso() not in used
            ]
            # (one more date a line under a list whose others were read: "February 2018." after "May 2017 (two).")
            if len(unread) >= 2 or (unread and (listed or in_a_list)):
                return listed or sentence.strip()
            listed = sentence.strip() if unread else None
            in_a_list = True
            continue
        listed = None
        in_a_list = False
        if lists_only or _HYPOTHETICAL.search(sentence):
            continue  # (an example in an argument dates no one)
        counts = find_counts(sentence)
        if counts and not (_MISSING.search(sentence) or _LOST_CONTACT.search(sentence)) and (
            _OTHER_MEASURE.search(sentence) or all(_OTHER_NOUN_AFTER.match(sentence, c.end) for c in counts)
        ):
            continue  # "58 dog bite incidents were recorded in 2009": a figure of something else, dated
        found_here = find_since(sentence, context.as_of)
        # ("= 4 (circ. 2006, 2009 x 2, 2010)": beside a date some were given, other dates are likely the rest's)
        beside_used = any(found.since.iso() in used for found in found_here)
        for found in found_here:
            day = found.since.date
            if day is None or (context.as_of is not None and day >= context.as_of) or _SELF_ANCHORED.search(found.text):
                continue  # "since last year": a comparison, not a day anyone went missing
            if found.since.iso() in used:
                continue
            lead = sentence[max(0, found.start - 40) : found.start]
            if _STATE_ON.search(lead) and not _STARTED.search(lead):
                continue
            how_long = not used and _HOW_LONG_LEAD.search(lead) and not _SUPERLATIVE.search(sentence)
            if (_WENT_MISSING_LEAD.search(lead) or how_long) and not _AS_AT_IN.search(lead[-12:]):
                return sentence.strip()
            if beside_used and _A_YEAR.search(found.text) and not _AS_AT_IN.search(lead[-12:]) and not _OTHER_EVENT.search(lead):
                return sentence.strip()
    return None


# "He is believed to be abroad", "intelligence suggests this person has gone to Norway": one person's place, said
# without a figure.
_PERSON_ABROAD = re.compile(
    _ONE_PERSON_IS + r"[^.;]{0,40}?\b(?:believed|thought|understood|suspected|likely|gone|moved|travelled|fled|returned|relocated|living"
    r"|residing|absconded|left)\b[^.;]{0,30}?\b(?:" + _ELSEWHERE + r"|" + _LEFT_THE_COUNTRY + r"|(?:in|into|to|for)\s+"
    + places.pattern("abroad")
    # "is believed to have returned to his home country": a foreign national gone home
    + r"|(?:to|for)\s+(?:their|his|her)\s+(?:home\s+|native\s+)?countr(?:y|ies)(?:\s+of\s+origin)?)",
    re.IGNORECASE,
)


_NEGATED = re.compile(r"\b(?:not|no|never|nor|neither|nothing)\b|n['’]t\b", re.IGNORECASE)


def _one_person_abroad(finding: Finding, answer: AnswerText) -> None:
    """One person said to be abroad: the whole figure when it is one, else a question for a person."""
    total = finding.stated_total or (
        (sum(e.count_low for e in finding.entries), sum(e.count_high for e in finding.entries)) if finding.entries else None
    )
    if "believed_abroad" in finding.categories or total is None or total[1] == 0:
        return
    match = _PERSON_ABROAD.search(answer.text)
    if match is None:
        if (left := _PERSON_LEFT_THE_AREA.search(answer.text)) is not None and not _NEGATED.search(left.group(0)):
            finding.review.append(f"'{left.group(0)[:120]}': gone to elsewhere in the UK or abroad? Their status is not recorded")
        return
    start = max(answer.text.rfind(".", 0, match.start()), answer.text.rfind(";", 0, match.start())) + 1
    if _NEGATED.search(answer.text[start : match.end()]):
        return  # "there is no intelligence that he has left the country"
    sentence = answer.text[start : answer.text.find(".", match.end()) + 1 or len(answer.text)].strip()
    if total == (1, 1):
        finding.categories["believed_abroad"] = (1, 1, sentence, answer.locator_at(match.start()))
    else:
        finding.review.append(f"'{sentence[:120]}' says one of them is abroad: check how many are")


def _query_the_figure(
    finding: Finding, since_found: str, since_found_at: int, text: str, by_financial_year: list[tuple[str, str, int]]
) -> None:
    """Reasons to doubt that the figure read is the number missing today, for a person to check."""
    for sentence, financial, added in by_financial_year:
        # Financial years are not read as dates; their counts stand only as the breakdown of a total said apart.
        if finding.stated_total is None or finding.stated_total_text == sentence or added != finding.stated_total[1]:
            finding.review.append(
                f"'{sentence[:120]}' counts by financial year ({financial}), which is not read as a date: check the figures"
            )
    figure_text = finding.stated_total_text or (finding.entries[0].text if finding.entries else "")
    if finding.stated_total_text and _PERIOD.search(figure_text) and not _CURRENT.search(figure_text):
        finding.review.append(f"'{figure_text[:120]}' counts a period, not those missing now: check it")
    # After "some have since been found", a figure is today's if it says so ("currently", "remain"), or is dated
    # ("as at ...") and comes after the news: "As at 31 January, 9 ... Since then two have been located" is not.
    dated_after = _CURRENT.search(figure_text) and text.find(figure_text) > since_found_at
    if since_found and figure_text and not (_NOW.search(figure_text) or dated_after):
        finding.review.append(
            f"'{since_found[:120]}' says some have since been found, and the figure ('{figure_text[:80]}') is not "
            "said to be today's: check it"
        )


# "Please note this is not the figure you asked for": the figure just given answers another question.
_NOT_THE_FIGURE_ASKED = re.compile(
    r"\b(?:this|that|it|these|this\s+figure|the\s+figure\s+above)\s+(?:is|are)\s+not\s+the\s+(?:figure|number|information|answer)s?"
    r"\s+(?:you\s+(?:asked|requested|wanted)|requested|sought)",
    re.IGNORECASE,
)
# "The correct figure is 12.", "the figure as at 5 March was 6", "the answer to your question is 3": the figure
# the letter is about, said alone (a correction, or a sentence after the one that says what is counted).
_THE_FIGURE_IS = re.compile(
    r"(?:\b(?:this|that)\s+(?:figure|number|total)\s+is(?:\s+now)?"  # ("this figure stood at 19" by a later day is another figure)
    # ("Derbyshire Constabulary's share is 7": the force's part of a region's figure)
    r"|\b(?:the|this\s+year['\u2019]s|today['\u2019]s|our|[A-Za-z]+['\u2019]s)\s+(?:(?:correct|corrected|current|revised|updated|accurate|actual|latest|right|equivalent|comparable|corresponding|force|overall|grand|final)\s+){0,2}(?:(?:published|recorded|reported)\s+)?(?:figure|number|share"
    # ("the answer to question one is two": the first question, the number missing)
    r"|total|answer(?:\s+to\s+(?:(?:your|this|the)\s+(?:question|request)|(?:question|part)\s+(?:one|1|\(?a\)?)))?)"
    r"(?:,?\s+(?:as\s+(?:at|of)|on|at)\s+[^,.;:]{3,60}?,?)?\s+(?:is|was|stands\s+at|stood\s+at|is\s+now|now\s+stands\s+at"
    r"|remains|is\s+still|stays)"
    r"(?:\s+(?:therefore|thus|accordingly|in\s+fact|actually|now)){0,2}"
    r"|[;,]\s*(?:it|this|that)\s+(?:is|stands\s+at)\s+now"
    # "decided to release the number: 3", "we can disclose the figure, which is 3"
    r"|\b(?:release|disclose|provide|give|supply|share)\s+(?:you\s+(?:with\s+)?)?the\s+(?:figure|number|total)"
    r"\s*(?::|,?\s*which\s+is))\s*$",
    re.IGNORECASE,
)
# ...and ends there: "the current figure is the one for 2015" says which, not how many.
_FIGURE_ENDS = re.compile(
    r"^\s*(?:[.;:,()]|$|as\s+(?:at|of)\b|registered\b|rsos?\b|offenders?\b|people\b|individuals?\b)", re.IGNORECASE
)
# "the figure was 6 (six), out of 1,980 offenders managed": the caseload words are said of the whole after it.
_OUT_OF_A_WHOLE = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s*,?\s*out\s+of\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+)?\d")


def _the_figure_is(before: str, after: str) -> bool:
    return bool(
        _THE_FIGURE_IS.search(before) and (_OUT_OF_A_WHOLE.match(after) or _FIGURE_ENDS.match(after) and not caseload(after, before))
    )


_BRACKETED_ZERO = re.compile(r"^\s*\(\s*(?:0|nil|none|zero)\s*\)")  # "no (0) registered sex offenders"


def _zero_of_people(count, after: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a zero counts the people: "no RSOs", "none of the offenders", or a nil figure ("is nil"), not
    "no" before any other word ("there is no requirement")."""
    if _A_RECORD_AFTER.match(after):
        return False  # "no list of such persons is kept": no record of them, which is not none of them
    return count.text.strip().lower() != "no" or bool(_NOUN_AFTER_COUNT.match(_BRACKETED_ZERO.sub("", after, count=1)))


# ("no report which identifies registered sex offenders whose whereabouts are unknown": no report, not no people)
_A_RECORD_AFTER = re.compile(
    r"^\s*(?:central\s+|such\s+|separate\s+|specific\s+)?(?:(?:list|register|record|database|index)s?\s+of\b"
    r"|(?:report|record|list|system|database|search|field|marker|flag)s?\s+(?:which|that)\s+(?:identif|record|list|show|hold|flag))",
    re.IGNORECASE,
)


def _entry(since: Since, low: int, high: int, sentence: str, locator, method: str) -> MissingEntry:  # type: ignore[no-untyped-def]
    return MissingEntry(
        since=since.iso(),
        precision=since.precision,
        count_low=low,
        count_high=high,
        status="wanted",
        locator=locator,
        text=sentence.strip(),
        method=method,
        since_latest=since.latest.isoformat() if since.latest else None,
    )


def _is_total(before: str, after: str, has_missing_word: bool) -> bool:
    """"11 RSOs are wanted ...", or "the number of RSOs wanted ... is 9"."""
    if _UNABLE_TO_LOCATE.search(before) and _PEOPLE_AFTER.match(after):
        return True  # "The force is unable to locate two (2) people subject to notification requirements"
    if not has_missing_word:
        return False
    if _NUMBERING_BEFORE.search(before) and (SUCH_PEOPLE.search(before) or _MISSING.search(before)):
        # "... recorded as wanted; the aforementioned individuals, numbering four in total, ...": the missing, counted
        # (not "RSOs managed in the area, numbering 1,400")
        last = max((m.end() for m in _MISSING.finditer(before)), default=0)
        if not _CASELOAD_WORD.search(before, last):
            return True
    if _NUMBER_OF_LABEL.match(_AS_AT_PHRASE.sub("", before)) and not after.strip(" .;") and not caseload("", before):
        return True  # "Number of RSOs currently wanted because their whereabouts are unknown | 6", a label and its cell
    if caseload(after, before):
        return False
    if _WHEREABOUTS_KNOWN.search(after):
        return False  # "Three ... are currently abroad, having given notice ...; their whereabouts are known"
    if _PREPOSITION_BEFORE.search(before) and not (_BECAME_BEFORE.search(before) or _SEEKING_FOR.search(before)):
        return False
    own = _own_clause(after)
    if _OTHER_DEED.search(own) and not _MISSING.search(own):
        return False  # "although 38 RSOs breached their notification requirements ..., not one is wanted"
    if _FOUND_SINCE_AFTER.match(after):
        return False  # "One RSO was circulated as wanted on 3 February but was located on 20 February"
    if _NOUN_AFTER_COUNT.match(after) or _STILL_MISSING_AFTER.match(after):
        return True
    # A question answered in place ("How many of these are wanted ...: 7") names the people by asking.
    # Or by a word for the figure: "the number recorded as wanted because their whereabouts are unknown is 12".
    named = re.search(rf"{OFFENDER_NOUN}|\b(?:number|figure)\b", before, re.IGNORECASE) or re.match(
        r"\s*how\s+many\b", before, re.IGNORECASE
    ) or _WHEREABOUTS_LABEL.match(_AS_AT_PHRASE.sub("", before))
    return bool((_IS_BEFORE.search(before) or _BECAME_BEFORE.search(before)) and named and _MISSING.search(before))


def _names_a_force(text: str) -> bool:
    from foi_tally.forces import find_mentions

    return bool(find_mentions(text))


# "Whereabouts unknown as at 31/10/10: 3": the status itself as the label, the people it is said of understood.
_WHEREABOUTS_LABEL = re.compile(r"^\s*(?:(?:currently|total)\s+)?(?:wanted\s*/\s*)?whereabouts\s+(?:currently\s+)?unknown\s*:\s*$", re.IGNORECASE)
_NOBODY_IN_PARTICULAR = re.compile(r"\b(?:every|each|not|no|any|which)\s*$", re.IGNORECASE)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|which)\s*,?\s*$", re.IGNORECASE)
_PEOPLE_NAMED_AFTER = re.compile(rf"^\s*(?:(?:are|were|is|was)\s+)?(?:[a-z-]+\s+){{0,2}}?{OFFENDER_NOUN}\b", re.IGNORECASE)
_REQUEST_RESTATED = re.compile(
    r"^\s*(?:you\s+(?:have\s+)?(?:asked|requested|enquired|wanted\s+to\s+know)|your\s+request\s+(?:asked|sought))\s+"
    r"(?:us\s+)?(?:how\s+many|for|whether|about|if|what|when|the\s+number)\b",
    re.IGNORECASE,
)
# A name and "had" before a figure alone: "Warwickshire Police had three."
# "• Believed to be abroad: Yes": a person's block's flag, under the line that dated them.
_ABROAD_FLAG_ITEM = re.compile(
    r"^\s*[\u2022*-]\s*(?:believed|thought)\s+(?:to\s+be\s+)?(?:abroad|overseas|outside\s+(?:of\s+)?(?:the\s+)?(?:uk|united\s+kingdom))"
    r"\s*[:?\-\u2013]\s*(?:(?P<yes>yes|y)|no|n)\s*\.?\s*$",
    re.IGNORECASE,
)
# "The figure now, as at 10 October 2019, is 9.", "This compares with 10 today.": the figure a sentence before gave, as
# it stands now, in a sentence that names neither the people nor anything else
_RESTATED_NOW = re.compile(
    r"^\s*(?:(?:this|that|it)\s+compares\s+with\s+(?:a\s+figure\s+of\s+)?\w+\s+(?:today|now|at\s+present|currently)"
    r"|(?:the|that|this)\s+(?:figure|number|total)\s+(?:is\s+)?(?:now|today|currently|at\s+present)"
    r"(?:\s*,?\s*as\s+(?:at|of|on)\s+[^,.;]{3,30}?,?)?\s+(?:is|stands\s+at)\s+\w+)\s*\.?\s*$",
    re.IGNORECASE,
)
_ELIDED_LEAD = re.compile(r"^\s*(?:and\s+)?(?:(?-i:[A-Z])[\w&'.-]*\s+){1,6}(?:had|has|recorded|records|holds|held)\s+", re.IGNORECASE)
# "Number of RSOs wanted (whereabouts unknown)", a label before its count in the next cell: one with no other figure,
# no verb of its own and no word that leads one (not "The number ... has fluctuated between 150 and")
_NUMBER_OF_LABEL = re.compile(
    r"^\s*(?:the\s+)?(?:total\s+)?(?:number|no\.?|count)\s+of\b(?![^.;:]*\b(?:has|have|had|fluctuat\w*|rang\w*|var(?:y|ied|ies))\b)"
    r"[^.;:\d]*(?<!\band)(?<!\bor)(?<!\bto)(?<!\bbetween)(?<!\bfrom)\s*$",
    re.IGNORECASE,
)
_AS_AT_PHRASE = re.compile(r"\bas\s+(?:at|of)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4})", re.IGNORECASE)
_NUMBERING_BEFORE = re.compile(r"\b(?:numbering|totall?ing|amounting\s+to)\s*$", re.IGNORECASE)
_CASELOAD_WORD = re.compile(r"\b(?:manag|supervis|monitor|resid|living\s+in|in\s+the\s+community|on\s+the\s+register)", re.IGNORECASE)
_FOUND_SINCE_AFTER = re.compile(
    r"^[^.;]*?\bbut\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:since\s+|later\s+|subsequently\s+|then\s+)?"
    r"(?:located|traced|found|arrested|apprehended)\b",
    re.IGNORECASE,
)
# What a count's own clause says they did or where they are, when it is not being missing: "38 RSOs breached their
# requirements", "97 are in custody".
_OTHER_DEED = re.compile(
    rf"\b(?:breached|(?:are|is|were|was)\s+(?:currently\s+)?in\s+(?:custody|prison|hospital)|{_OUTCOME})\b", re.IGNORECASE
)
_UNABLE_TO_LOCATE = re.compile(
    r"\b(?:unable\s+to|cannot|can\s*not|could\s+not)\s+(?:currently\s+|presently\s+)?(?:locate|trace|find)\s*$", re.IGNORECASE
)
# "Contact was lost with the first in ...", after "we are unable to locate three people": when each went missing.
_LOST_CONTACT = re.compile(r"\b(?:unable\s+to\s+(?:locate|trace|find)|contact\s+was\s+lost|lost\s+(?:contact|track))\b", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+\s*\)\s*)?(?:registered\s+(?:sex\s+)?)?(?:people|persons|individuals|offenders|rsos?|nominals|subjects)\b",
    re.IGNORECASE,
)
# A figure for another time, given for comparison: "last year the figure was 9", "our original response stated 5".
_COMPARISON_BEFORE = re.compile(
    r"\b(?:(?:last|previous|prior|preceding)\s+(?:years?|months?|time|response|reply|request|answer)|last\s+(?:asked|requested|answered)"
    r"|a\s+year\s+(?:ago|earlier|"
    r"before)|\w+\s+(?:years?|months?)\s+(?:ago|earlier|before)|this\s+time\s+last\s+year|in\s+(?:19|20)\d\d\s+(?:said|stated|was|were)"
    r"|we\s+(?:replied|responded|said|told\s+you|wrote|advised|stated|reported|gave)|(?:our|that|the)\s+(?:response|reply|letter)"
    r",?\s+which\s+(?:showed|stated|said|gave|reported)|(?:our|that|the)\s+(?:response|reply|letter)"
    r"\s+of\s+\d|(?:original|earlier|previous)\s+(?:reply|response|letter)\s+said"
    r"|(?:our|the|that)\s+(?:original\s+|earlier\s+|previous\s+)?(?:response|reply|letter|answer)\s+(?:stated|said|gave|advised"
    r"|reported|showed)"
    r"|response\s+to\s+(?:the\s+same\s+question|an?\s+(?:similar|previous|earlier|separate|identical)\s+request)|compared?\s+(?:with|to)|comparison|(?:down|up|fallen|risen|rose|fell)\s+from|(?:reduction|decrease|increase|fall|rise|drop)\s+(?:of\s+\S+\s+)?(?:from|on)|(?:original|previous|earlier|"
    r"initial|first)\s+(?:response|reply|letter|answer|figure)|previously)\b",
    re.IGNORECASE,
)
def _said_in_an_earlier_year(before: str, context: Context) -> bool:
    """Whether the words before a figure say it was given in a year before the reply's ("In 2019 your force told me
    that")."""
    said = _SAID_IN_A_YEAR.search(before)
    return bool(said and context.as_of and int(said["year"]) < context.as_of.year)


# "now", "currently", "the current figure": a figure of today after an earlier one.
_NOW_SAID = re.compile(r"\b(?:now|currently|current|today|at\s+present|presently|this\s+year)\b", re.IGNORECASE)
_SAID_IN_A_YEAR = re.compile(
    r"\bin\s+(?P<year>(?:19|20)\d\d)\b[^.;]{0,60}?\b(?:disclosed|reported|said|stated|gave|told\s+\w+|published|provided|confirmed"
    # ("in 2013 (our reference FOI 2013-0455) the force was able to state that 5 ...")
    r"|(?:able|in\s+a\s+position)\s+to\s+(?:state|say|disclose|report|confirm|give))"
    r"\s+(?:that\s+)?(?:there\s+(?:were|was)\s+)?$",
    re.IGNORECASE,
)
_AS_AT_A_DAY_BEFORE = re.compile(r"\bas\s+(?:at|of|on)\s+(?:the\s+)?\d", re.IGNORECASE)
# ("... as at that date": the day a figure stands at, not then)
_AT_THAT_TIME = re.compile(r"[^.;]*?(?<!\bas\s)\bat\s+that\s+(?:time|date|point)\b", re.IGNORECASE)
# A figure for the whole country or for other forces, quoted for context in a reply (a refusal, most often).
_OTHER_SCOPE = re.compile(
    # ("437 people circulated as wanted on PNC ... for all offence types": wanted for anything, not RSOs alone)
    r"\b(?:(?:persons|people|individuals)\s+of\s+all\s+kinds|(?:for|of)\s+all\s+(?:offence|crime)\s+types|for\s+all\s+offences"
    r"|nationally|national\s+(?:figures?|total|picture|level|data|statistics|survey|study|report|research)"
    r"|national\s+crime\s+agency|UK-wide|across\s+\d+\s+(?:police\s+)?forces"
    r"|across\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|England|Great\s+Britain)|in\s+England\s+and\s+Wales"
    r"|(?:all|other)\s+(?:police\s+)?forces|across\s+(?:the|our)\s+(?:[\w&-]+\s+){0,5}?(?:alliance|partnership|collaboration|region)"
    r"|across\s+both\s+forces"
    # "the five East Midlands forces held 38 ... between them": a region's figure
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w&-]+\s+){0,3}?forces|between\s+them|regional\s+(?:figure|total))\b",
    re.IGNORECASE,
)
# A public interest test's factor, whose figures argue for or against disclosure: "Factors favouring disclosure: ...".
_PUBLIC_INTEREST_FACTOR = re.compile(
    r"^\s*(?:(?:public\s+interest\s+)?(?:factors?|arguments?|considerations?)\s+(?:favouring|for|against|in\s+favour\s+of)"
    r"|public\s+interest\s+(?:factors?|arguments?|considerations?)\b)",
    re.IGNORECASE,
)
# Forces whose area is a nation: "Nationally, Police Scotland has 11" is their own figure.
_NATIONAL_FORCES = ("Police Service of Scotland", "Police Service of Northern Ireland")


def about_an_earlier_figure(text: str) -> bool:
    """Whether a text speaks of a figure given before ("our original reply said", "a year ago")."""
    return bool(_COMPARISON_BEFORE.search(text))


# A figure found in a sample of the records, given to show what answering in full would cost (a s12 refusal):
# "two of the files sampled", "a dip sample of 200 records found 3".
_SAMPLE = re.compile(
    r"\b(?:(?:dip|random|small)[\s-]+sampl(?:e|ed|ing)|sampled|sample\s+of|sampling\s+exercise"
    r"|(?:files|records|cases)\s+(?:examined|reviewed|checked)\s+(?:so\s+far|as\s+a\s+test))\b",
    re.IGNORECASE,
)


_ESTIMATE_BEFORE = re.compile(
    r"\b(?:(?:(?:our|the)\s+estimate\s+is|(?:we|i)\s+(?:would\s+)?estimate)\s+that\s+(?:there\s+(?:are|were)\s+)?"
    r"|(?:we|i)\s+(?:would\s+)?estimate\s+the\s+(?:number|figure|total)\b[^.;]{0,100}?\bto\s+be\s+)"
    r"(?:approximately|around|about|roughly|some|nearly)?\s*$",
    re.IGNORECASE,
)


# "since September last year": a date, not a comparison with last year's figure.
_A_MONTH_LAST_YEAR = re.compile(
    r"\b(?:" + "|".join(n.lower() for n in calendar.month_name[1:]) + r")\s+(?:of\s+)?last\s+year\b", re.IGNORECASE
)


def not_this_answer(before: str, sentence: str, context: Context, earlier_ok: bool = False) -> bool:
    """A count that is some other figure: an earlier one for comparison (unless `earlier_ok`), the nation's, another
    force's, or one found in a sample of the records."""
    if _BECAME_BEFORE.search(before) or _CORRECTED_BEFORE.search(before) or _ESTIMATE_BEFORE.search(before):
        # "has risen from 150 to 158", "the figure should have read 10": what it has become, or is; "based on a sample,
        # our estimate is that approximately 30": the answer, given roughly (and queried so)
        return False
    if not earlier_ok and _COMPARISON_BEFORE.search(_A_MONTH_LAST_YEAR.sub(" ", before)) and not _STILL_STANDS.search(sentence[len(before) :]):
        return True  # (but "The figure in our original response - 53 ... - is not affected by this review": it stands)
    if _said_in_an_earlier_year(before, context):
        return True  # "In 2016 West Yorkshire Police disclosed that 20 ...", in a letter of 2017: an earlier answer
    if _AT_THAT_TIME.match(sentence, len(before)) and not _AS_AT_A_DAY_BEFORE.search(before):
        # "... reported that 10 registered sex offenders were wanted at that time": then, not now (but "as at 8 October
        # 2018 fewer than five ... were unknown at that time": the time is the as-at day)
        return True
    if _PUBLIC_INTEREST_FACTOR.match(sentence):
        return True  # "Factors favouring disclosure: transparency about the 4 RSOs the 2017 edition recorded ...": an argument
    scopes = [m.group(0).lower() for m in _OTHER_SCOPE.finditer(sentence)]
    if context.force in _NATIONAL_FORCES:
        # ("Nationally, Police Scotland currently has 11": the nation is the force's area; but a national survey
        # "across 39 forces" is still others')
        scopes = [s for s in scopes if not s.startswith("national") or s.endswith(("survey", "study", "report", "research"))]
    if scopes or _SAMPLE.search(sentence):
        return True
    return another_forces(sentence, context)


def another_forces(sentence: str, context: Context) -> bool:
    """Whether a sentence names forces, none of them the one replying: their figure, not this one's."""
    if context.force is None:
        return False
    from foi_tally.forces import by_name, find_mentions

    named = {name for _, _, name in find_mentions(sentence)}
    if _DIVISION.search(sentence):
        # "the Dumfries and Galloway Division": a force merged into this one names one of its divisions now
        named |= {by_name(successor).name for name in named if (successor := by_name(name).successor)}
    return bool(named) and context.force not in named


_DIVISION = re.compile(r"\b(?:division|divisional|command\s+area|(?:local\s+)?policing\s+area)\b", re.IGNORECASE)


#: "6 such individuals": the people a sentence before (or the request) spoke of.
SUCH_PEOPLE = re.compile(
    rf"\b(?:such|the\s+(?:aforementioned|above[\s-]?mentioned|aforesaid))\s+{OFFENDER_NOUN}"
    # ("fewer than five registered sex offenders were so recorded": as the sentence before described them)
    r"|\b(?:were|was|are|is)\s+so\s+(?:recorded|circulated|listed|classed|classified|flagged|described)\b",
    re.IGNORECASE,
)

# "Subject 1", "Offender A", "No. 3": labels of individuals, not counts.
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:subject|offender|individual|person|nominal|case|rso|no\.?|number|ref(?:erence)?\.?|item|row)\s*$",
    re.IGNORECASE,
)
_INDIVIDUAL_LINE = re.compile(
    r"^\s*(?:[\u2022*-]\s*)?(?:subject|offender|individual|person|nominal|case|rso|ref(?:erence)?\.?)(?:\s+|\s*[-#]\s*)(?-i:[A-Z0-9]{1,4})\b",
    re.IGNORECASE,
)
# Cues that each date in a sentence stands for one person: "he has been missing since June 2012",
# "the others went missing in 2011 and in 2014", "since 2006, 2009 and 2014 respectively".
_ONE_PER_DATE = re.compile(
    # ("for each year from 2005 to 2016" is no person each)
    # ("each breach investigation since 2010", "each offender's file", "another requester": a thing, or someone else, no person)
    r"\b(?:(?:he|she|his|her|respectively|the\s+others?|(?:another|each)(?=\s*[,;:.)]|\s*$|\s+(?!(?:year|month|quarter|week|day)s?\b|of\s+the\s+(?:years|months)\b)"
    r"(?:of|one|case|(?:person|individual|offender|rso|nominal|subject|man|woman)(?!'s)|has|have|had|was|is|were|went|became"
    r"|been|since|from|in|on|wanted|missing|circulated|first|being|remains?)\b))\b"
    r"|(?:a|the)\s+(?:second|third|fourth|fifth)"
    r"|^\s*the\s+first\s+(?:one\s+|individual\s+|person\s+|offender\s+)?(?:became|went|was|has|had)"
    r"|the\s+first\b[^.;]*\bthe\s+(?:second|other|latter|last)"
    r"|(?:this|that|the)\s+(?:individuals?|persons?|offenders?|man|men|woman|women|subjects?|nominals?)\b"  # (not "the management")
    r"|the\s+(?:oldest|earliest|longest[\s-]standing|most\s+recent|latest|newest)(?:\s+(?:case|one|individual|person"
    r"|offender|nominal|record|subject|RSO)\b|(?=\s+(?:was|went|became|has|had|dates|in|on|since|from)\b))"  # ("the earliest was ...")
    # "The dates since which they have been wanted are 8 May 2013, 2 June 2011 and ...": a date for each
    r"|(?:the|their)\s+(?:[\w-]+\s+)?dates\b[^.;:]{0,60}?\b(?:are|were)\b(?=\s*:?\s*(?:\d|[A-Z][a-z]{2})))",
    re.IGNORECASE,
)
# "They were circulated as wanted in May 2011, on 4 March 2016 and in July 2020": several dates said of "they",
# one each.
_THEY_LIST = re.compile(r"^\s*they\s+(?:were|have\s+been|had\s+been|went|became)\b", re.IGNORECASE)
_THEIR_DATES_WERE = re.compile(
    r"^\s*the\s+(?:years?|dates?|months?)\s+(?:in|on|during)\s+which\s+(?:they|these|each|the\s+\w+)\b[^.;:]{0,60}?\b(?:were|are)\s*:?\s*(?=\S)",
    re.IGNORECASE,
)
# "the third on 4 January 2021", "the last became whereabouts unknown on ...": a day for the one person named so.
_ORDINAL_PERSON_ON = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|last|other)\s+(?:(?:one|individual|person|offender)\s+)?(?:of\s+(?:these|them|those)\s+)?"
    # ("The first was circulated as wanted on": the verb's own "as wanted"; "The first of these was recorded as wanted on")
    r"(?:(?:became|went|was|has\s+been|had\s+been)\s+(?:first\s+)?(?:(?:recorded|listed|flagged)\s+as\s+)?"
    r"(?:whereabouts\s+unknown|missing|wanted|circulated)(?:\s+as\s+(?:wanted|missing))?\s+)?on\s*$",
    re.IGNORECASE,
)
_OTHER_EVENT = re.compile(r"\b(?:died|death|deceased|born|birth|convicted|sentenced|released|registered|arrested|located|published|publication)\b", re.IGNORECASE)
# ("... and the second since the 5th of March 2017": a day said with "the" before it.)
# ("The years since which each had been wanted were 2005, 2012 and 2018": the list's first date after "were".)
_DATE_LEAD = re.compile(
    # ("Offender A - circulated 03/05/2016": the event alone before its day)
    r"(?:\b(?:since|in|from|during|wanted|missing|circulated)|\b(?:wanted|missing|recorded|circulated|dates)\s+(?:were|are)|,|\band|-|\u2013|:)"
    # ("went missing on or about 14 June 2019", "the second in or around November 2021": when, said with a hedge)
    r"\s*(?:(?:on|in)\s+or\s+(?:about|around)\s+)?(?:in\s+)?(?:the\s+)?$|\b(?:on|in)\s+or\s+(?:about|around)\s*$",
    re.IGNORECASE,
)
# "another for 8 years 9 months": 'for' leads only to a duration, never to a date ("for 2014" is not a date).
_DURATION_LEAD = re.compile(r"\bfor\s*$", re.IGNORECASE)
_DURATION = re.compile(r"\b(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)
# (A year's figure may carry a note of its own: "2016 (to date) - 3".)
_PART_YEAR_NOTE = r"(?:\(\s*(?:to\s+date|ytd|year\s+to\s+date|so\s+far|part\s+year|provisional)\s*\)\s*)?"
# ("In 2010, three offenders went missing": a comma after the year, led by "in".)
_YEAR_COUNT_SEPARATOR = re.compile(rf"^\s*{_PART_YEAR_NOTE}(?:[-\u2013:=,]|\s)\s*$", re.IGNORECASE)


# "Notes: 1. 'Unknown' means ...": the number of a note, not a count.
_NOTE_NUMBER = re.compile(r"\bnotes?\s*:\s*$", re.IGNORECASE)


# "– = nil", "* = fewer than five", "x = 0": a key saying what a table's mark stands for, no figure of its own.
_MARK_KEY_BEFORE = re.compile(r"(?:^|[\s.;:(])(?:[^\w\s]{1,3}|[A-Za-z])\s*=\s*$")


def _is_identifier(count, sentence: str, dates) -> bool:  # type: ignore[no-untyped-def]
    before = sentence[: count.start]
    if _MARK_KEY_BEFORE.search(before):
        return True
    if _NOTE_NUMBER.search(before) and count.text.isdigit() and re.match(r"[.)](?:\s|$)", sentence[count.end :]):
        return True
    return bool(_IDENTIFIER_BEFORE.search(before)) or _looks_like_part_of_date(count, dates)


# A list of dates, one person each: a bulleted line holding only a date ("• 14/02/2009"), or a label about the
# missing followed only by dates ("Date(s) wanted from: June 2013; January 2016").
_BULLET_ITEM = re.compile(r"^\s*[\u2022\u25cf\u25aa*-]\s*")
_DATE_LIST_LABEL = re.compile(r"^(?P<label>[^:]{1,60}):\s*", re.IGNORECASE)
# "Years went missing 2016, 2019, 2020": a form's row, its label and its dates with no colon between.
_FORM_DATE_LABEL = re.compile(
    r"^\s*(?P<label>(?:years?|dates?|months?)\s+(?:(?:first\s+)?(?:went\s+missing|recorded|circulated|wanted)|missing)(?:\s+(?:since|from))?)"
    r"\s+(?=(?:19|20)\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})",
    re.IGNORECASE,
)
# "... were circulated on the following dates:": a lead promising a list of dates, the rest a line each below it.
_FOLLOWING_DATES = re.compile(r"\bfollowing\s+dates?\s*:", re.IGNORECASE)


# "The date each was circulated as wanted is listed below.": a lead, like a label's colon, over a list of dates.
_LISTED_BELOW_WORDS = r"(?:(?:is|are)\s+(?:listed|shown|set\s+out|given|detailed|provided)\s+(?:below|overleaf)|(?:is|are)\s+as\s+follows)"
#: A lead over a list of dates ("The month ... is listed below; those marked * are ...") may run this long.
LISTED_LEAD_MAX = 160
# ("... is listed below; those marked * are believed to be abroad.": a note on the list's marks may follow)
_LISTED_BELOW = re.compile(rf"\b{_LISTED_BELOW_WORDS}\s*(?:[.:]|;[^.;]{{0,80}}\bmarked\b[^.;]{{0,60}})?\s*\.?\s*$", re.IGNORECASE)
# ("... is listed below 04/03/2009": the lead and the first date run together on a line that has no stop.)
_LISTED_BELOW_IN = re.compile(rf"^(?P<label>[^.:;]{{1,80}}?\b{_LISTED_BELOW_WORDS})\s*[.:]?\s*", re.IGNORECASE)
# A question put in a reply ("2. For each, please give ..."), answered below it.
_ASKING = re.compile(
    r"^\s*(?:(?:q(?:uestion)?\s*)?\d{1,2}\s*[.):]\s|(?:for\s+each|please|can|could|would|what|when|in\s+which)\b)",
    re.IGNORECASE,
)


# "The dates these were recorded:", "Dates first circulated:", "Their dates of circulation are:": a label that says the
# dates are when each was recorded.
_DATES_RECORDED = re.compile(
    r"^\s*(?:the\s+|their\s+|these\s+)?dates?\b[^.:;]{0,40}?\b(?:recorded|circulat(?:ed|ion)|reported|registered\s+as|first\s+\w+)\b[^.;:]{0,20}:?\s*$"
    r"|^\s*their\s+dates?\s*:?\s*$"  # "Their dates: 2 May 2015 and 9 July 2018"
    # "By year and month first recorded:", "By month circulated:", "2. Month/year first recorded:"
    r"|^\s*(?:\d{1,2}[.)]\s*)?(?:by\s+)?(?:years?|months?|dates?)(?:\s*(?:/|and|&)\s*(?:years?|months?))?\s+(?:first\s+|when\s+)?"
    r"(?:recorded|circulated|wanted|reported|missing)\b[^.;:]{0,30}:?\s*$"
    # "2. Years of circulation:", "Year of circulation:"
    r"|^\s*(?:\d{1,2}[.)]\s*)?(?:by\s+)?(?:years?|months?|dates?)\s+(?:of|when)\s+(?:first\s+)?(?:circulation|circulated|recording|recorded)\s*:?\s*$",
    re.IGNORECASE,
)


def _listed_dates(sentence: str, dates, previous: str = "", said_of: str = ""):  # type: ignore[no-untyped-def]
    """Dates that stand for one person each because the sentence is nothing but a list of them, and its label.

    The label may end the sentence before ("Date(s) wanted from:" / "June 2013; January 2016."). A bare "Dates:" is
    said of the people the sentence before it (`said_of`) counted.
    """
    if not dates:
        return [], ""
    about_missing = _MISSING.search(previous) or re.search(r"\bsince\b", previous, re.IGNORECASE)
    bullet = _BULLET_ITEM.match(sentence)
    rest = sentence[bullet.end() :].replace(dates[0].text, "", 1).strip(" .;,") if bullet else ""
    if bullet and len(dates) == 1 and sentence[bullet.end() :].lstrip().startswith(dates[0].text) and (
        not rest or _NOTE_AFTER_DATE.match(rest) or _abroad_note(rest)
    ):
        # A bulleted date under a heading about the missing ("Dates first wanted:"); not any bulleted date.
        return (dates, previous) if previous.strip().endswith(":") and about_missing else ([], "")
    label = _DATE_LIST_LABEL.match(sentence) or _FORM_DATE_LABEL.match(sentence) or _LISTED_BELOW_IN.match(sentence)
    start = label.end() if label else 0
    asked = ASKED_WHEN.search(previous) and (previous.rstrip().endswith("?") or _ASKING.match(previous))
    label_text = label["label"] if label else (
        previous.strip() if previous.strip().endswith(":") or asked or _LISTED_BELOW.search(previous) else ""
    )
    if not label and previous.rstrip().endswith(";") and (listing := _DATE_LIST_LABEL.match(previous.strip())):
        label_text = listing["label"]  # "First WU: 12/01/2010;" / "01/10/2012;": the list goes on after its ';'
    if not label_text or not (
        _MISSING.search(label_text) or re.search(r"\bsince\b", label_text, re.IGNORECASE) or _DATES_RECORDED.match(label_text)
        or ASKED_WHEN.search(label_text)  # ("For each, the date they were first recorded as such:")
        or _DATES_ONLY_LABEL.match(label_text.rstrip(": ")) and _MISSING.search(said_of)
        or _PERSON_LABEL.match(label_text) and len(dates) == 1
    ):
        return [], ""
    # (a lead over a list may say what its marks mean: "... is listed below; those marked * are believed to be abroad.")
    if (len(label_text) > (LISTED_LEAD_MAX if _LISTED_BELOW.search(label_text) else 80) and not asked) or any(d.start < start for d in dates):
        return [], ""  # (a question asking for the dates may run long: "For each of these individuals, please ...:")
    gaps = [sentence[start : dates[0].start]]
    gaps += [_after_a_listed_date(sentence[a.end : b.start]) for a, b in itertools.pairwise(dates)]
    after = _after_a_listed_date(sentence[dates[-1].end :])
    if len(dates) == 1 and _NOTE_AFTER_DATE.match(after.strip(" .;,")):
        after = ""  # "Person 2: Mar 2011 - Indecent assault": one person's date, and a note on them
    gaps.append(after)
    if not all(LIST_SEPARATOR.match(gap) for gap in gaps):
        return [], ""
    return dates, (sentence if label else previous)


# "Person 1:", "Offender A": a label naming one person, over the date they went missing.
_PERSON_LABEL = re.compile(
    r"^\s*(?:[\u2022*-]\s*)?(?:subject|offender|individual|person|nominal|case|rso)\s*[-#]?\s*[A-Z0-9]{1,4}\s*:?\s*$",
    re.IGNORECASE,
)
# A note after a person's date, set off by a dash ("- Rape of a female"); never another event's date.
# ("- Rape of a female", or a note in brackets on how the date is known: "2013 (month not recorded)", "(approx.)")
_NOTE_AFTER_DATE = re.compile(
    r"^(?:[-\u2013\u2014|]\s*(?![^;]*\b(?:born|died|convicted|sentenced|released)\b)[A-Za-z(][^;]*"
    r"|\(\s*(?:(?:day|month|exact\s+date|date)\s+(?:not\s+(?:recorded|known|held|given)|unknown|withheld)|approx\.?|approximate|estimated?)\s*\))$",
    re.IGNORECASE,
)


# A note after a listed date that places that person abroad: "11/06/2019 (believed abroad)", "- believed in Spain".
_NOTE_LEAD = re.compile(r"\s*(?:\((?P<bracketed>[^()]{3,100})\)|[-\u2013\u2014]\s*(?P<dashed>[^();,]{3,100}?)(?=\s*[;,.]?\s*$))")


def _abroad_note(text: str) -> bool:
    """Whether `text` is nothing but a note placing a listed person abroad."""
    note = _NOTE_LEAD.match(text)
    return bool(note) and not text[note.end() :].strip(" .;,") and _where_said(text, 0, len(text)) == "believed_abroad"


_MARK_AFTER_DATE = re.compile(r"\s?[*\u2020\u2021#]{1,3}")  # ("01/2014*", "October 2013 *")


def _after_a_listed_date(text: str) -> str:
    """The words after a listed date, less what belongs to that date: a mark pointing to a note below ("01/2014*"),
    how many went missing then ("(two)", read where the list is counted), a note placing the person abroad."""
    return _without_abroad_note(_BRACKETED_COUNT.sub("", _MARK_AFTER_DATE.sub("", text, count=1), count=1))


def _marked_abroad(mark: str, text: str) -> bool:
    """Whether a note that opens with `mark` on a line of its own ("* believed to have left the UK") places abroad
    the people whose dates carry that mark."""
    # (the note's line may be joined to the sentence before it: the mark then follows a full stop)
    note = re.search(rf"(?:^|(?<=[.\n]))\s*{re.escape(mark)}(?![*\u2020\u2021#])\s*[=:\-\u2013]?\s*(?P<said>[A-Za-z][^\n*.;]{{2,150}})", text)
    # ("those marked * are believed to be abroad": the lead over the list says it)
    note = note or re.search(rf"\bmarked\s+(?:with\s+(?:an?\s+)?)?{re.escape(mark)}(?![*\u2020\u2021#])\s*(?P<said>[A-Za-z][^\n*.;]{{2,150}})", text)
    return note is not None and _where_said(note["said"], 0, len(note["said"])) == "believed_abroad"


def _without_abroad_note(gap: str) -> str:
    """The words between listed dates, less a note at their head placing the person before abroad."""
    note = _NOTE_LEAD.match(gap)
    if note and _where_said(note.group(), 0, note.end()) == "believed_abroad":
        return gap[note.end() :]
    return gap


# Counts by year in shorthand: "2009 x1, 2013 x2" or "1 x 2009".
# ("1 x '06, 2 x '09": the year cut to two digits after an apostrophe)
_SHORTHAND = re.compile(
    r"(?<![\w/])(?:(?P<y1>(?:19|20)\d\d)\s*[x\u00d7]\s*(?P<n1>\d{1,3})"
    r"|(?P<n2>\d{1,3})\s*[x\u00d7]\s*(?P<y2>(?:19|20)\d\d|['\u2019]\d\d))(?![\w/])",
    re.IGNORECASE,
)


_MONTH_BEFORE = re.compile(rf"\b{ENGLISH_MONTH_NAMES}\.?,?\s+$", re.IGNORECASE)


def _shorthand(sentence: str) -> list[tuple[int, int, int, int]]:
    """(year, count, start, end) for each shorthand count by year in the sentence."""
    found = []
    for m in _SHORTHAND.finditer(sentence):
        if m["y1"] and _MONTH_BEFORE.search(sentence, 0, m.start()):
            continue  # "Nov 2021 x2": two people in that month, a date and its count (see _bracketed_count)
        year, n = (m["y1"], m["n1"]) if m["y1"] else (m["y2"], m["n2"])
        found.append((full_year(year.lstrip("'\u2019")), int(n), m.start(), m.end()))
    return found


# "Since 2016: 1", "From 2019 - 2": an item's date may carry the word that says it is when they went missing.
# ("First wanted 2014: 1", "Wanted since 2012 - 2": a label saying the date is when they went missing, then the year)
_ITEM_DATE_WORD = re.compile(
    r"since|from|in|(?:(?:first|date|year)\s+)?(?:wanted|missing|circulated)(?:\s+(?:since|from|in))?", re.IGNORECASE
)


# A list item for years grouped together: "2010 or earlier – 3", "Before 2012: 2", "2011–2013 – 4" (not a financial
# year, "2014-15", nor two years that may be one: the code checks the span).
_UNDATED_BUCKET = re.compile(
    r"^\s*[\u2022*-]?\s*(?:(?:before|pre[\s-]?|prior\s+to|up\s+to(?:\s+and\s+including)?)\s*(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s+(?:or|and)\s+(?:earlier|before|prior)|(?P<from>(?:19|20)\d\d)\s*(?:-|\u2013|\u2014|to)\s*(?P<to>(?:19|20)\d\d))"
    r"\s*(?:[:=\u2013\u2014-]\s*|\s+)(?P<count>\d{1,4}|[a-z]+)\s*\.?\s*$",
    re.IGNORECASE,
)
# "(to 29 February)", "(up to 14 March)": how far into it a period's figure runs.
_PART_PERIOD = re.compile(r"\s*\((?:up\s+)?(?:to|until|till)\s+[^()]{1,30}\)", re.IGNORECASE)


def _date_then_count(sentence: str, dates, counts):  # type: ignore[no-untyped-def]
    """A list item such as "2004 - 1" or "2006: 2 offenders": a date, a separator, then a count."""
    if len(counts) > 1 and (note := _ITEM_NOTE.search(sentence.rstrip(" .;,"))):
        counts = [c for c in counts if c.start < note.start()]  # "2010 - 2 (one of whom is believed abroad)": the note's apart
    date_end = dates[0].end if dates else 0
    if len(dates) == 2 and (part := _PART_PERIOD.match(sentence, date_end)) and dates[1].end <= part.end():
        # "Quarter 1 2016 (to 29 February): 1": the period so far, one date (and no count of 29)
        dates, counts, date_end = dates[:1], [c for c in counts if not part.start() <= c.start < part.end()], part.end()
    if len(dates) != 1 or len(counts) != 1:
        return None
    date, count = dates[0], counts[0]
    lead = sentence[: date.start].strip(" \u2022*-")
    # ("By year of first circulation: 2018 - 1;": the first item after the label that says what the dates are)
    labelled = lead.endswith(":") and bool(_DATES_RECORDED.match(lead))
    if (lead and not (labelled or _ITEM_DATE_WORD.fullmatch(lead))) or not _YEAR_COUNT_SEPARATOR.match(sentence[date_end : count.start]):
        return None
    tail = _ITEM_NOTE.sub("", sentence[count.end :].strip(" .;,")).strip(" .")  # a note in brackets is read apart
    if len(tail.split()) > 3:
        return None
    if "," in sentence[date_end : count.start] and not (_MISSING.search(tail) or re.search(OFFENDER_NOUN, tail, re.IGNORECASE)):
        return None  # "In 2021, 14 investigations were opened": a count of something else, dated
    return date, count


# ("Total wanted: 4", "Total missing - 2": the total, of the status named)
_BARE_TOTAL_LABEL = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa*\u2013-]\s*)?(?:grand\s+|overall\s+)?total(?:\s+number)?(?:\s+(?:wanted|missing|whereabouts\s+unknown))?\s*[:=\u2013-]?\s*$", re.IGNORECASE
)


_YEAR_ITEM = re.compile(r"^\s*[\u2022\u25cf\u25aa*\u2013-]\s*(?:19|20)\d\d\s*[:=\u2013-]\s*\d{1,3}\s*\.?\s*$")


def _bare_total(sentence: str, count) -> bool:  # type: ignore[no-untyped-def]
    """A sentence that is only a total: "Total: 4", "Grand total 5."."""
    return bool(_BARE_TOTAL_LABEL.match(sentence[: count.start])) and not sentence[count.end :].strip(" .;")


# "making 8 in total", "giving a total of 8", "bringing the total to 8": the sum of the list above it, a line of its
# own (which may run on from the last item: "* 1 believed deceased. making 8 in total.")
# ("This makes ten in total as at 30 January 2025, of whom three are believed to be abroad.": said as a sentence)
_MAKING_BEFORE = re.compile(
    r"(?:^|[.;:]\s*)(?:(?:(?:this|that|which)\s+)?(?:making|giving|makes|gives)\s+(?:(?:a|the)\s+total\s+of\s+)?"
    r"|(?:(?:this|that|which)\s+)?(?:bringing|brings)\s+the\s+total\s+to\s+)$",
    re.IGNORECASE,
)
_IN_TOTAL_AFTER = re.compile(
    r"(?:\s+(?:in\s+total|in\s+all|altogether|overall))?(?:,?\s+as\s+(?:at|of)\s+[^,;.]{3,30})?(?:,\s+of\s+whom\b[^.;]*)?[\s.;]*$",
    re.IGNORECASE,
)


# Between a date and its count in a list: "2009: 1", "2010 - 2", "2008 (2)", "2011 = 1".
_ITEM_LINK = re.compile(rf"^\s*{_PART_YEAR_NOTE}(?:[-\u2013\u2014:=]\s*|\(\s*)$", re.IGNORECASE)
# What may lead into a list of such items: a colon or dash ("by year first wanted - 2009: 1"), "as follows".
_ITEMS_LEAD = re.compile(r"(?:[:\u2013\u2014-]|\bas\s+follows)\s*$", re.IGNORECASE)
# A lead ending "in" takes a list of two or more ("circulated as wanted in 2008 (1), 2010 (2)"; "wanted since 2012 (2),
# 2016 (1)").
_ITEMS_LEAD_IN = re.compile(r"\b(?:in|during|from|since|were|are|was|is)\s*$", re.IGNORECASE)
# "2004 (x2)": a shorthand count in brackets after a date.
_TIMES = re.compile(r"\s*\(\s*[x\u00d7]\s*(?P<n>\d{1,3})\s*\)", re.IGNORECASE)
# ("By year of circulation:", "The breakdown by year of circulation is as follows:")
_BY_DATE_LEAD = re.compile(
    r"^\s*(?:(?:the|a)\s+breakdown\s+|broken\s+down\s+)?by\s+(?:the\s+)?(?:year|month|date|financial\s+year)\b[^.;]{0,40}:\s*$"
    # ("The years of first circulation are:")
    r"|^\s*(?:the\s+)?(?:years?|months?|dates?)\s+(?:of|in\s+which|when|that|they)\b[^.;]{0,50}:\s*$"
    # ("The years:", "Years wanted:", "Dates first circulated:": the label alone)
    r"|^\s*(?:the\s+)?(?:years?|months?|dates?)(?:\s+(?:first\s+)?(?:wanted|circulated|missing|recorded))?\s*:\s*$",
    re.IGNORECASE,
)
_NOT_ITEM_LEAD = re.compile(r"\b(?:as\s+(?:at|of)|on|dated|received|at)\s*$", re.IGNORECASE)
_ITEM_SEPARATOR = re.compile(r"^\s*[,;]?\s*(?:and\s+)?$", re.IGNORECASE)
_RANGE_DASH = re.compile(r"^\s*(?:[-\u2013\u2014]|to)\s*$", re.IGNORECASE)


# A lead saying its list dates every one of them: "The years in which they went missing are:", "... as follows:".
_EVERY_ONE_LEAD = re.compile(
    r"\b(?:in|on)\s+which\s+(?:they|each(?:\s+of\s+them)?|all\s+of\s+them)\s+(?:went|became|was|were|first|had|has|have)\b"
    r"|\bas\s+follows\b|\b(?:when|date)\s+each\b|\beach\s+(?:went|has\s+been|had\s+been|was|were)\b",
    re.IGNORECASE,
)


def _date_count_items(sentence: str, dates, counts, previous: str = "", continued: bool = False):  # type: ignore[no-untyped-def]
    """(date, count) pairs of a list of figures by date that ends the sentence: "2009: 1; 2011: 2",
    "Feb 2011 (1), Oct 2013 (2) and Jan 2016 (1)", after a lead-in about the missing that ends in a colon or
    dash (or "in", for two or more; or nothing, for two or more under a sentence about the missing). A date
    that closes an "as at", or a range ("2009 - 2012: 3"), is never an item. None unless the whole tail is the
    list."""
    items: list = []  # type: ignore[type-arg]  # (date, count or None for a bare date, end, bracketed)
    for date in dates:
        times = _TIMES.match(sentence, date.end)  # "2004 (x2)"
        count = next((c for c in counts if c.start >= date.end), None)
        if times is not None:
            n = int(times["n"])
            count, end, bracketed = CountMatch(times.start("n"), times.end("n"), times["n"], n, n), times.end(), True
        elif count is not None and _ITEM_LINK.match(sentence[date.end : count.start]):
            end, bracketed = count.end, sentence[date.end : count.start].strip().startswith("(")
            if bracketed:
                closing = re.match(r"\s*\)", sentence[end:])
                if closing is None:
                    continue
                end += closing.end()
        else:
            count, end, bracketed = None, date.end, False  # a bare date in a mixed list: one person
        if items and not _ITEM_SEPARATOR.match(sentence[items[-1][2] : date.start]):
            items = []  # not one run: start again from this date
        items.append((date, count, end, bracketed))
    if any(count is None for _, count, _, _ in items):
        # Bare dates count one each only beside bracketed figures ("2011, 2014 (two) and 2018 (three)").
        if not any(bracketed for *_, bracketed in items):
            return []
        items = [(d, c if c is not None else CountMatch(d.start, d.end, d.text, 1, 1), e, b) for d, c, e, b in items]
    if not items:
        return []
    tail = sentence[items[-1][2] :].strip(" .;,")
    first = items[0][0]
    lead = sentence[: first.start]
    if len(tail.split()) > 3 or _NOT_ITEM_LEAD.search(lead):
        return []
    if any(d.end <= first.start and _RANGE_DASH.match(sentence[d.end : first.start]) for d in dates):
        return []
    if lead.strip():
        led = _ITEMS_LEAD.search(lead) or (len(items) >= 2 and _ITEMS_LEAD_IN.search(lead))
        # "By year of circulation: 2012 - one" under the sentence that counts the missing
        # "For each, the year they went missing." / "We can provide years only: 2015 - 2, 2019 - 3": the question's list
        # ("Question (b): 2014 - 1; 2017 - 1": a list of figures by year after only the part's label, under the answer
        # that counted the missing)
        labelled = _PART_LABEL_LEAD.fullmatch(lead) and (len(items) >= 2 or tail == "" and sentence.rstrip().endswith((";", ",")))
        if not (led and (_MISSING.search(lead) or (_BY_DATE_LEAD.match(lead) or ASKED_WHEN.search(previous)) and _MISSING.search(previous))
                or labelled and (_MISSING.search(previous) or _PART_LABEL_LEAD.match(previous))):
            return []  # (under the answer that counts the missing, or another part's answer: "Question (a): 5")
    elif (len(items) < 2 and not continued) or not _MISSING.search(previous):
        return []  # (one item alone only where the items of the sentence before it go on: `continued`)
    return [(date, count) for date, count, _, _ in items]


_PART_LABEL_LEAD = re.compile(
    r"\s*(?:(?:question|q|part|answer)\s*)?(?:\([a-h1-9]\)|[a-h1-9]\))\s*[:.\-\u2013]?\s*|\s*(?:question|q|part)\s*\d{1,2}\s*[:.\-\u2013]\s*",
    re.IGNORECASE,
)
# "Both went missing in 2022", "All of them were first wanted in 2019": the whole of the total, one date.
_WHOLE_SET = re.compile(
    r"^\s*(?:both(?:\s+of\s+them)?|all(?:\s+of\s+(?:them|these|those))?|all\s+\w+\s+of\s+them)\b"
    r"|\bboth\s+of\s+(?:whom|them)\b|\b(?:they|these|those)\s+(?:have\s+|were\s+|are\s+|had\s+)?all\b|\ball\s+of\s+whom\b"
    # "2 RSOs whose whereabouts are unknown, both since 2018", "(all since 2019)": the figure just given, dated
    r"|[,(]\s*(?:both|all)(?:\s+of\s+(?:whom|them|these|those))?\b"
    # ("... two ... are unknown; both were circulated as wanted in 2018")
    r"|;\s*(?:both|all\s+of\s+(?:them|these|those))\b"
    # "one RSO was wanted ..., and had been since 22 December 2016": the same people, said to have been so since
    r"|,\s*and\s+(?:had|has|have)\s+been\b(?=\s+(?:(?:wanted|missing|outstanding|so)\s+)?since\b)",
    re.IGNORECASE,
)
# ", both of whom", ", all of whom", "(all of them": the whole of the count just said
_WHOLE_OF_THE_COUNT = re.compile(r"[\s,(]*(?:both|all)\s+of\s+(?:whom|them)\b", re.IGNORECASE)
# "... and the remainder in 2021", "the rest were first wanted in 2016": what is left of the total, one date.
_THE_REST = re.compile(r"\bthe\s+(?:remainder|rest|remaining\s+(?:\w+\s+)?(?:ones?|individuals?|offenders?|people|RSOs?)|others?)\b", re.IGNORECASE)


_BEEN_MISSING_SINCE = re.compile(
    r"\b(?:has|had)\s+been\s+(?:missing|wanted|outstanding|unaccounted\s+for)\s+(?:since|from)\s+$"
    # "one RSO is wanted ...; wanted since July 2022": a clause of its own, said of the one just counted
    r"|[;,(]\s*(?:and\s+)?(?:wanted|missing|outstanding|circulated(?:\s+as\s+wanted)?)\s+(?:since|from)\s+$",
    re.IGNORECASE,
)


def _the_ones_date(sentence: str, dates, used: set[int]):  # type: ignore[no-untyped-def]
    """The one date in a sentence whose one person "has been missing since" it, or None."""
    # (not the day the figure is as at: "(as at 6/10/2023)")
    free = [d for d in dates if d.start not in used and not _AS_AT_IN.search(sentence, max(0, d.start - 10), d.start)]
    return free[0] if len(free) == 1 and _BEEN_MISSING_SINCE.search(sentence, 0, free[0].start) else None


def _date_for_a_share(sentence: str, dates, used: set[int]):  # type: ignore[no-untyped-def]
    """("whole", date) or ("rest", date) for a sentence that dates all of the people or the rest of them, with a
    single date linked to those words (and no count of its own); else None."""
    match = _WHOLE_SET.search(sentence)
    kind = "whole"
    if match is None:
        match = _THE_REST.search(sentence)
        kind = "rest"
    if match is None:
        return None
    after = [d for d in dates if d.start >= match.end() and d.start not in used]
    if len(after) != 1:
        return None
    date = _dated(match.end(), sentence[match.end() :], after, len(sentence) - match.end())
    return (kind, date) if date is not None else None


def _date_the_share(finding: Finding, kind: str, dates, sentence: str, locators, method: str) -> None:  # type: ignore[no-untyped-def]
    """An entry for "both"/"all of them" (the stated total) or "the rest" (the total less the dated entries), or one
    for each date of "they went missing in ..." when there are as many dates as people, when the total is exact and
    the figures around it are too; else the letter goes to a person."""
    total = finding.stated_total
    exact = total is not None and total[0] == total[1] and all(e.count_low == e.count_high for e in finding.entries)
    if kind == "each":
        # ("The RSOs wanted ... were circulated on the following dates:", a date a line, and no figure said: a date each)
        listed = total is None and not finding.entries and _FOLLOWING_DATES.search(sentence) and len(dates) >= 2
        # ("Of the six, we can provide the year in which four became wanted: 2017, 2019, 2020 and 2020": a date for
        # each of the four said just before them, the rest undated)
        before = find_counts(sentence[: dates[0].start])
        some = bool(before) and before[-1].low == before[-1].high == len(dates) < (total[0] if total else 0)
        if listed or exact and not finding.entries and (total[0] == len(dates) or some):  # type: ignore[index]
            finding.entries.extend(_entry(d.since, 1, 1, sentence, at, method) for d, at in zip(dates, locators, strict=True))
        else:
            given = "one date" if len(dates) == 1 else f"{len(dates)} dates"
            finding.review.append(f"'{sentence.strip()[:120]}' gives {given} for them: whose is each, and how many "
                                  "went missing on it?")
        return
    dated = sum(e.count_high for e in finding.entries)
    n = (total[0] if kind == "whole" and not finding.entries else total[0] - dated) if exact else 0  # type: ignore[index]
    if n <= 0 or (kind == "rest" and not finding.entries):
        finding.review.append(f"'{sentence.strip()[:120]}' dates {'all' if kind == 'whole' else 'the rest'} of them, "
                              "but how many that is cannot be worked out from the letter")
        return
    entry = _entry(dates[0].since, n, n, sentence, locators[0], method)
    # ("the other for three years and is believed to have travelled to the Philippines": where they are, after the date)
    clause_end = sentence.find(";", dates[0].end)  # (not "...; one of them is believed to be in Portugal": a part)
    if _where_said(sentence, dates[0].end, clause_end if clause_end >= 0 else len(sentence)) == "believed_abroad":
        entry = replace(entry, status="believed_abroad")
    finding.entries.append(entry)


# "They were circulated as wanted on 14/05/2015, 02/09/2016 and 21/01/2018": the people just counted, a date each;
# "He was circulated on 5 November 2018": the one person just counted, his date.
# "Q3 - the two wanted RSOs ...", "2) The individual was ...", "(3) They were ...": the answer's number before it
_ANSWER_NUMBER = r"(?:(?:(?:q|a|question|answer)\s*)?\(?\d{1,2}\s*[-.:)\u2013]\s*)?"
_THE_PEOPLE_COUNTED = re.compile(
    rf"^\s*{_ANSWER_NUMBER}(?:they|these|those|the\s+(?!number|figure|total)(?:\w+\s+){{0,2}}(?:individuals|offenders|people|persons|nominals"
    rf"|{OFFENDER_NOUN}))\b",
    re.IGNORECASE,
)
_THE_PERSON_COUNTED = re.compile(
    rf"^\s*{_ANSWER_NUMBER}(?:he|she|(?:the|this|that|his|her)\s+(?:\w+\s+)?(?:individual|offender|person|nominal|subject|RSO"
    r"|warrant|WOA))\b",
    re.IGNORECASE,
)
# "The warrant (WOA) was issued on ...": the day the one person was circulated as wanted.
_WARRANT_ISSUED = re.compile(r"\b(?:warrant|WOA)\b[^.;]{0,30}\bissued\b", re.IGNORECASE)
# "..., 17 November 2009 and on 1 February 2010, the day your request was received": a list of days after a verb
# saying what happened on them, where 'on' may be said again and the last day may be described after a comma.
_DAY_LIST_SEPARATOR = re.compile(r"^[\s,;&/.]*(?:and[\s,;&/.]*)?(?:on\s*)?$", re.IGNORECASE)
_DAY_LIST_END = re.compile(r"^\s*(?:,\s*(?:the|which\s+(?:is|was))\s+(?:very\s+)?(?:day|date)\b[^.;]*)?[\s.;,]*$", re.IGNORECASE)
_EVENT_LEAD = re.compile(rf"\b{_EVENT_VERB}\s+on\s*$", re.IGNORECASE)


def _a_date_each(sentence: str, dates, counts, used: set[int]):  # type: ignore[no-untyped-def]
    """The dates of a sentence that says when the people just counted went missing, one date after another and
    nothing else ("They were circulated as wanted on ..."), or when the one person did ("He was circulated on ...");
    else []."""
    free = [d for d in dates if d.start not in used]
    if not free or len(free) != len(dates):
        return []
    people = _THE_PEOPLE_COUNTED.match(sentence)  # "they" may be one person or several: the count decides
    if not (people if len(free) >= 2 else (people or _THE_PERSON_COUNTED.match(sentence)) and not counts):
        return []
    lead = sentence[: free[0].start]
    if re.search(r"\bas\s+(?:at|of)\s*$", lead, re.IGNORECASE):
        return []  # "... is 0 (zero), as at 14 January 2019": when the figure was taken
    event = _EVENT_LEAD.search(lead)  # "They were first reported as such on ...": the verb says what the days are
    if not (_MISSING.search(lead) or _WARRANT_ISSUED.search(lead) or event) or _OTHER_EVENT.search(lead) or any(c.start > free[0].start for c in counts):
        return []
    gaps = [sentence[a.end : b.start] for a, b in itertools.pairwise(free)]
    separator, end = (_DAY_LIST_SEPARATOR, _DAY_LIST_END) if event else (LIST_SEPARATOR, LIST_END)
    if not all(separator.match(gap) for gap in gaps) or not end.match(sentence[free[-1].end :]):
        return []
    return free


# "There is 1 RSO currently wanted ..., wanted since 2021.", "One is currently wanted ..., since 2012.", "2 RSOs are
# wanted ..., missing since Dec 06 and Jan 08.": the dates close the sentence that counts them.
_TRAILING_LINK = re.compile(
    r",\s*(?:and\s+)?(?:(?:(?:who\s+)?(?:has|have|having)\s+been\s+)?(?:wanted|missing|outstanding|circulated(?:\s+as\s+wanted)?)"
    r"\s+(?:since|from)|since"
    # "We have 2 outstanding RSOs, circulated 12/09/07 and 01/11/08": a verb saying what happened on those days
    rf"|(?:(?:who\s+)?(?:were|was|has|have|having)\s+(?:been\s+)?)?(?:first\s+)?{_EVENT_VERB}(?:\s+on)?)\s*$",
    re.IGNORECASE,
)


def _a_trailing_date(sentence: str, dates, counts, used: set[int]):  # type: ignore[no-untyped-def]
    """The dates of a sentence that gives one count and then, after a comma, since when they have been wanted (one
    date, or a list of them); else []. Whether they date them all, one each, is for _date_the_share to say."""
    if not dates or any(d.start in used for d in dates) or len(counts) != 1 or counts[0].start > dates[0].start:
        return []
    gaps = [sentence[a.end : b.start] for a, b in itertools.pairwise(dates)]
    if not _TRAILING_LINK.search(sentence[: dates[0].start]) or not all(LIST_SEPARATOR.match(gap) for gap in gaps):
        return []
    return dates if LIST_END.match(sentence[dates[-1].end :]) else []


# "Wanted since 14th March 2013": a line of its own for each person, under the count.
# ("2) Since March 2016.": the answer to a numbered question about when, the one date alone)
# ("Recorded as wanted on 04/04/2012", "First circulated as wanted on ...")
_PERSON_LINE = re.compile(
    r"^\s*(?:[\u2022*-]\s*)?(?:(?:(?:(?:first\s+)?(?:recorded|circulated|listed)\s+as\s+)?(?:wanted|missing)|outstanding"
    r"|(?:first\s+)?circulated(?:\s+as\s+wanted)?)\s+(?:since|from|on)"
    rf"|{_ANSWER_NUMBER}since)\s*$",
    re.IGNORECASE,
)


def _a_person_line(sentence: str, dates, counts, used: set[int]):  # type: ignore[no-untyped-def]
    """The date of a sentence that is only "Wanted since <date>"; else None."""
    if len(dates) != 1 or counts or dates[0].start in used:
        return None
    date = dates[0]
    if not _PERSON_LINE.match(sentence[: date.start]) or not LIST_END.match(sentence[date.end :]):
        return None
    return date


# "individual located", "person who has since been traced": the one found.
_ONE_FOUND = (
    r"(?:individual|person|offender|rso|one|man|woman)\s+(?:(?:who|that)\s+(?:(?:has|had|was)\s+)?(?:since\s+|now\s+)?"
    r"(?:been\s+)?)?(?:located|traced|found|arrested)"
)
# "The individual located was the [one]": the count after it is of the one found.
_FOUND_ONE_BEFORE = re.compile(rf"\b{_ONE_FOUND}\s+(?:was|is)\s+(?:the\s+)?$", re.IGNORECASE)
# "The individual located was ...", "The person who has since been traced was ...": the one found, about to be dated.
_THE_ONE_FOUND = re.compile(rf"^\s*(?:the|this|that)\s+{_ONE_FOUND}\b", re.IGNORECASE)
_EACH_OF_A_NUMBER = re.compile(
    r"\beach\s+of\s+(?:the\s+|our\s+|these\s+)?(?:(?:more\s+than|over|some|around|about|approximately|nearly|almost)\s+)?\d[\d,]*\b",
    re.IGNORECASE,
)


def _one_per_date(sentence: str, dates, used: set[int], about_missing: bool = False, previous: str = "", counts=(),  # type: ignore[no-untyped-def]
                  following: str = ""):
    """Dates that stand for one person each, when the sentence (or the one before it) says so, and no count claimed
    them: "in 2021, 14 investigations were opened" dates the 14 (whatever they count), not one person."""
    they_list = len(dates) >= 2 and bool(_THEY_LIST.match(sentence))
    # ("The years in which they were first circulated were 2013, 2017 and 2018": the dates after the verb, theirs)
    dates_of_them = _THEIR_DATES_WERE.match(sentence) if len(dates) >= 2 else None
    they_list = they_list or dates_of_them is not None
    # ("... four RSOs whose whereabouts are unknown:" over "• Male, 60s, circulated as wanted in October 2012": a
    # person a bullet; so is the first of such bullets under a lead that does not end in a colon)
    bulleted = len(dates) == 1 and bool(_BULLET_ITEM.match(sentence)) and (
        previous.rstrip().endswith(":") or bool(_BULLET_ITEM.match(previous)) or bool(_BULLET_ITEM.match(following))
    )
    if not (_ONE_PER_DATE.search(sentence) or _INDIVIDUAL_LINE.match(sentence) or they_list or bulleted):
        return []
    if _A_COST.search(sentence) or _EACH_OF_A_NUMBER.search(sentence):
        # "8 hours for the second (breaches since 2015)": a cost estimate's parts, not people; "each of more than
        # 1,500 ViSOR records held since 2010": every one of a number, the work a search would take
        return []
    if not (
        about_missing or _MISSING.search(sentence) or re.search(r"\bsince\b", sentence, re.IGNORECASE)
        or _MISSING.search(previous) or _LOST_CONTACT.search(sentence) or _LOST_CONTACT.search(previous)
    ):
        return []
    picked = []
    for date in dates:
        if date.start in used or any(
            c.start >= date.end and re.fullmatch(r"\s*,?\s*", sentence[date.end : c.start])
            and not any(0 <= d.start - c.end <= 12 for d in dates)  # "in 2017, one in March and ...": a part, dated
            for c in counts
        ):
            continue
        lead = sentence[max(0, date.start - 25) : date.start]
        # ("The first was circulated as wanted on ...": who is dated, said further back)
        ordinal = _ORDINAL_PERSON_ON.search(sentence[max(0, date.start - 60) : date.start])
        if _ORDINAL_DAY.match(date.text):
            # "on the 3rd of May 2016": "on" leads the day
            lead = ORDINAL_THE.sub("", lead)
            ordinal = ordinal or _ORDINAL_PERSON_ON.search(ORDINAL_THE.sub("", sentence[max(0, date.start - 64) : date.start]))
        # ("in May 2011, on 4 March 2016 and in July 2020": in a list said of "they", "on" leads a day too)
        listed_on = they_list and re.search(r"(?:,|\band)\s*on\s*$", lead, re.IGNORECASE)
        # ("They were circulated as wanted on 04/05/2012, 09/10/2014 and ... respectively": the event's own "on")
        # ("...; he had been circulated as wanted on 12/02/2014": one person's, said of him)
        listed_on = listed_on or (they_list or _HE_OR_SHE.search(sentence, 0, date.start)) and bool(
            _EVENT_ON.search(sentence[max(0, date.start - 60) : date.start])
        )
        led = (
            _DATE_LEAD.search(lead) or (_DURATION_LEAD.search(lead) and _DURATION.search(date.text))
            or (dates_of_them is not None and date.start >= dates_of_them.end())
            or date.text.lower().startswith("between")  # "became whereabouts unknown at some point between April and June"
            or ordinal or listed_on
            # "Offender 1 - Spring 2015", "RSO 2: 03.2016": a person's line, its date after the label
            or bool((person := _INDIVIDUAL_LINE.match(sentence)) and re.fullmatch(r"\s*[-\u2013:]\s*", sentence[person.end() : date.start]))
        )
        if led and (_OTHER_EVENT.search(lead) or _THE_MEDIA_SAID.search(sentence, max(0, date.start - 60), date.start)):
            # "believed to have died in 2017", "a national newspaper reported in 2016": when something else happened
            continue
        if led and _ASKED_WHETHER.search(sentence, 0, date.start):
            continue  # "... say whether each has been missing for more than five years": asked, not said
        if led and _THE_ONE_FOUND.search(sentence, 0, date.start):
            continue  # "The individual located was the one first circulated in 2015": the date of one no longer missing
        later = next((d.start for d in dates if d.start > date.start), len(sentence))
        if led and _located_after(sentence[date.end : later]):
            continue  # "one of the individuals who went missing in 2020 has been located": no longer missing
        if led and (ordinal or listed_on or not re.search(r"\b(?:as\s+(?:at|of)|on|dated|received)\s*$", lead, re.IGNORECASE)):
            picked.append(date)
    if len(picked) > 1 and not they_list and _INDIVIDUAL_LINE.match(sentence):
        # "Ref 1 - 08/03/2010 - over 5 years - ...": one person's line, its date said twice; the finer is theirs
        return [max(picked, key=lambda d: ("unknown", "year", "month", "day").index(d.since.precision))]
    return picked


_THE_MEDIA_SAID = re.compile(
    r"\b(?:newspapers?|media|press|articles?|stor(?:y|ies)|journalists?|broadcasters?|bbc|paper)\b[^.;]{0,30}?\b(?:reported|published"
    r"|said|stated|claimed|revealed)\s+(?:in|on|during)\s*$"
    r"|\b(?:press|media|news(?:paper)?)\s+(?:reports?|articles?|coverage|stories)\s+(?:in|on|from|of|during)\s*$",
    re.IGNORECASE,
)
# "for example, that one offender has evaded the police since 2009", "Knowing that an offender has been wanted for over
# five years ... would tell": an example in an argument (a harm test, say), or advice on asking again, not a person counted.
_HYPOTHETICAL = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.g\.|hypothetical\w*)"
    r"|\b(?:knowing|disclosing|releasing|revealing|confirming|publishing|(?:the\s+)?(?:release|disclosure)\s+of)\b[^.;]{0,120}?\bwould\b"
    # "you might consider asking only for ... those wanted since 2020": advice on narrowing the request, no one counted
    r"|\byou\s+(?:might|may|could|can)\s+(?:wish\s+to\s+|want\s+to\s+)?(?:consider|narrow|refine|reduce|limit|resubmit|re-submit)\b"
    r"|\b(?:narrow|refine|reduce|limit)\w*\s+(?:the\s+scope\s+of\s+)?(?:your|the)\s+request\b"
    r"|\bbring\s+(?:the|your)\s+request\s+within\b",
    re.IGNORECASE,
)
# "whether they have been missing for": a date in a clause that asks.
_ASKED_WHETHER = re.compile(r"\bwhether\b[^.;,]*$", re.IGNORECASE)
# "... has (since) been located and arrested": the one just dated is found.
_LOCATED_AFTER = re.compile(
    # ("the four ... have all since been located")
    r"^[^.;]*?\b(?:(?:has|have|had)\s+(?:all\s+|both\s+)?(?:since\s+|now\s+|subsequently\s+|then\s+)?been|was|were)\s+"
    r"(?:since\s+|now\s+|subsequently\s+|later\s+|then\s+)?(?:(?:located|traced|found)(?!\s+(?:to|in|abroad|overseas)\b)|arrested|apprehended)\b"  # (not "traced to Spain")
    # "We did have 2 last year, both since located."
    r"|^[^.;]*?,\s*(?:both|all|each)(?:\s+of\s+(?:them|whom|these|those))?\s+(?:(?:have|has|had|were|was)\s+)?"
    r"(?:since\s+|now\s+|subsequently\s+|later\s+)?(?:been\s+)?(?:located|traced|found|arrested|apprehended)\b",
    re.IGNORECASE,
)


def _located_after(text: str) -> bool:
    """Whether the words after a count or a date, to the end of its clause, say that one has been found ("... who went
    missing in 2020 has been located and arrested"), and not that it has yet to be ("... until located")."""
    said = _LOCATED_AFTER.match(text)
    return bool(said) and not re.search(r"\b(?:not|never|yet|until|unless|if|once|when|whether)\b", said.group(), re.IGNORECASE)


_STOOD_AT = re.compile(r"\b(?:remained|stayed|stood|held|been)\s+(?:steady\s+|constant\s+|unchanged\s+|level\s+)?at\s*$", re.IGNORECASE)
# A year's item whose figure is suppressed: "2012 *", "2016 - <5", "• 2018: [c]".
_SUPPRESSED_ITEM = re.compile(
    r"^\s*[\u2022-]?\s*(?:19|20)\d\d\s*[:\-\u2013=]?\s*(?P<mark>\*{1,3}|<\s*\d{1,2}|\[[cx]\])\s*\.?\s*$", re.IGNORECASE
)
_A_COST = re.compile(r"\b\d+(?:\.\d+)?\s+hours?\b|£\s?\d|\bappropriate\s+limit\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\s+(?:had\s+been|has\s+been|was|is)\b", re.IGNORECASE)
_EVENT_ON = re.compile(rf"\b{_EVENT_VERB}\s+on\s*$", re.IGNORECASE)


# "Dates: 2.9.2010 / 30.11.2011": a label that names only dates, said of the people the sentence before counted.
# ("The dates are: March 2014 (1), November 2016 (1)": the label may say "are")
_DATES_ONLY_LABEL = re.compile(r"^\s*(?:the\s+)?dates?(?:\s*\(s\))?(?:\s+(?:are|were))?\s*$", re.IGNORECASE)




def _colon_led_dates(sentence: str, dates, previous: str = ""):  # type: ignore[no-untyped-def]
    """The dates listed after a colon that ends words about the missing ("Each was first recorded as whereabouts unknown
    on the following date (DD.MM.YY): 03.04.19; 17.11.21"), or after a bare "Dates:" under a sentence about them, when
    the list runs on into the next sentence (it ends in ';' or ',') or holds two dates or more; else []."""
    colon = sentence.rfind(":", 0, dates[0].start) if dates else -1
    if colon < 0 or ORDINAL_THE.sub("", sentence[colon + 1 : dates[0].start]).strip():
        return []
    lead = sentence[:colon]
    if not (_MISSING.search(lead) or (_DATES_ONLY_LABEL.match(lead) and _MISSING.search(previous))):
        return []
    listed = [d for d in dates if d.start > colon]
    gaps = [ORDINAL_THE.sub("", sentence[a.end : b.start]) for a, b in itertools.pairwise(listed)]
    tail = sentence[listed[-1].end :]
    if not all(LIST_SEPARATOR.match(gap) for gap in gaps) or not LIST_END.match(tail):
        return []
    # (one date, and the rest a line each below a lead promising them: "... on the following dates: 14/03/2011")
    return listed if len(listed) >= 2 or tail.strip().startswith((";", ",")) or _FOLLOWING_DATES.search(sentence, 0, colon + 1) else []


def _listed_from(sentence: str, first, dates):  # type: ignore[no-untyped-def]
    """The date a count is linked to and the dates listed straight after it ("in 2008, 2015 and 2017"), in order."""
    listed = [first]
    for date in sorted((d for d in dates if d.start >= first.end), key=lambda d: d.start):
        gap = sentence[listed[-1].end : date.start]
        if not gap.strip() or not LIST_SEPARATOR.match(gap):
            break  # ("August last year": one date read in two parts, not a list)
        listed.append(date)
    return listed


def _looks_like_part_of_date(count, dates) -> bool:  # type: ignore[no-untyped-def]
    return any(d.start <= count.start < d.end for d in dates)


_AS_OF_GAP = re.compile(r"\bas\s+of\s*$", re.IGNORECASE)


def _dated(count_end: int, after: str, dates, next_count_at: int, link: re.Pattern[str] | None = None):  # type: ignore[no-untyped-def]
    """The date a count is linked to ("two since 2006", "one went missing last November"), or None."""
    for match in dates:
        gap_start = match.start - count_end
        if gap_start < 0 or gap_start > next_count_at:
            continue
        if _BARE_TIMES.fullmatch(after[:gap_start]) and match.since.date is not None:
            return match  # "1 x 7 years 4 months", "2 x 2015": so many for that date or that long
        gap = re.sub(r"^[x\u00d7](?=\s)", "", after[:gap_start], flags=re.IGNORECASE)  # "2x wef 14/08/17": "2 wef ..."
        if len(gap) > 80:
            return None
        if _AS_OF_GAP.search(gap):
            return None  # "There are 4 as of 21 January 2020": the day the figure is as at
        relative = re.match(r"\s*(?:for|over|more\s+than|less\s+than|under|between)\b", match.text, re.IGNORECASE)
        if (link or _DATE_LINK).match(gap) or _LEFT_IN_LINK.match(gap) or (relative and re.match(r"^[\w\s,]*$", gap) and len(gap) < 60):
            return match
        if _SELF_ANCHORED.search(match.text) and _BARE_LINK.match(gap):
            return match
        if _EVENT_BEFORE_YEAR.match(gap) and match.since.precision in ("year", "month"):
            return match  # "1 circulated 2006; 2 circulated 2009": the event, then its year, in note form
        if _EVENT_THEN_ARE.match(gap):
            return match  # "The years in which the six were first circulated are 2011, 2015, ..."
        if re.fullmatch(r"\s*[-\u2013]\s*", gap) and not after[gap_start + len(match.text) :].strip(" .;,"):
            return match  # "• 1 - September 2011": an item of a list, a count and its date alone
        return None
    return None


_EVENT_THEN_ARE = re.compile(
    rf"^\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:first\s+)?{_EVENT_VERB}(?:\s+as\s+(?:wanted|missing))?\s+(?:are|were)\s*:?\s*$",
    re.IGNORECASE,
)
_BARE_TIMES = re.compile(r"\s*[x\u00d7]\s*", re.IGNORECASE)
# "(1 circulated 2006; 2 circulated 2009)": a count, the event and its year or month, with no "in" between.
_EVENT_BEFORE_YEAR = re.compile(r"^\s*(?:first\s+)?(?:circulated|wanted|missing|outstanding)(?:\s+as\s+(?:wanted|missing))?\s*$", re.IGNORECASE)


# The people a count counts, said to be the missing straight after it: "12 RSOs wanted", "9 offenders whose
# whereabouts are unknown", "5 individuals currently recorded as missing".
_THE_MISSING_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,12}}\)\s*)?{OFFENDER_NOUN}\s+(?:(?:who|that)\s+)?(?:(?:are|were|is|was)\s+)?(?:(?:currently|still|now)\s+)?"
    r"(?:(?:recorded|listed|circulated|shown)\s+as\s+)?(?:wanted|missing|whose\s+whereabouts|outstanding|unaccounted)\b",
    re.IGNORECASE,
)


_A_FIELD_OF = re.compile(r"\bwhereabouts\s+(?:status|field|marker|flag|information|data|details)\b", re.IGNORECASE)


def caseload(after: str, before: str) -> bool:
    """A count of the force's whole caseload ("of the 1,650 RSOs managed"), not of the missing.

    "167 RSOs managed by the MPS were recorded as wanted" is still a total: a
    missing-word after the caseload word, before any other count, rescues it.
    """
    if _CASELOAD_BEFORE.search(before):
        # "Of the 12 RSOs wanted on 5 November, three ...": a whole that is the missing themselves
        return not (_THE_MISSING_AFTER.match(after) and not _PERIOD.search(_own_clause(after)))  # (not "wanted during 2015")
    if _CASELOAD_VERB_BEFORE.search(before):
        # "manages 4 RSOs whose whereabouts are unknown" is still a total: the missing-word must sit in
        # the count's own clause, not after a ';' ("... 1,400 RSOs; the table shows only those wanted").
        return not _MISSING.search(_own_clause(after))
    match = _CASELOAD_AFTER.match(after)
    if not match:
        return False
    rest = after[match.end() :]
    next_count = find_counts(rest)
    clause = rest[: next_count[0].start] if next_count else rest
    # (not "... managed by the force do not hold the whereabouts status in a searchable field": a field, not the missing)
    return not _MISSING.search(_A_FIELD_OF.sub(" ", _own_clause(clause)))


def _own_clause(text: str) -> str:
    """The words up to the clause's end: "Although 540 RSOs are managed by us, the reason one is wanted ..." says
    nothing of how many are wanted."""
    # ("and" in a name is no clause's end: "managed within the Dumfries and Galloway Division were wanted")
    return re.split(r"[;,.:]|\s(?:but|while|whereas)\s|\sand\s(?![A-Z])", text, maxsplit=1)[0]


def _settle_total(finding: Finding, totals: list, answer: AnswerText) -> None:  # type: ignore[type-arg]
    """One stated total; different totals in one letter are a conflict for a person to settle."""
    if not totals:
        return
    totals = _without_the_other_status_nil(totals, answer.text)
    values = {bounds for bounds, _, _ in totals}
    bounds, text, offset = totals[0]
    finding.stated_total = bounds
    finding.stated_total_text = text
    finding.stated_total_locator = answer.locator_at(offset)
    if len(values) > 1:
        shown = ", ".join(range_text(lo, hi) for lo, hi in sorted(values))
        finding.review.append(f"the letter states different totals ({shown})")


_WANTED = re.compile(r"\bwanted\b", re.IGNORECASE)
_MISSING_ONLY = re.compile(r"\bmissing\b", re.IGNORECASE)


# "Missing: 08/2015, 01/2016" (a list of the people a force records as missing, beside its wanted list); not
# "Dates went missing: ...", which dates them all.
_MISSING_LABEL = re.compile(r"^\s*(?:recorded\s+as\s+)?missing(?:\s+persons?)?(?P<since>\s+(?:since|from))?\s*:", re.IGNORECASE)
_WANTED_LABEL = re.compile(r"(?:^|[.;]\s*)(?:recorded\s+as\s+)?wanted(?:\s+(?:since|from|persons?))?\s*:", re.IGNORECASE | re.MULTILINE)


# "Wanted" / "Missing": a heading alone over a list of the people in that category.
_STATUS_HEADING = re.compile(r"\s*(?:recorded\s+as\s+)?(?P<status>wanted|missing)(?:\s+persons?)?\s*[.:]?\s*", re.IGNORECASE)
_LETTERED_MISSING = re.compile(
    r"^\s*(?:\(\s*[a-z1-9]\s*\)|[a-z1-9][.)])\s*(?:recorded\s+as\s+)?missing(?:\s+persons?)?\s*[:\u2013-]", re.IGNORECASE
)


def _one_status(text: str) -> str | None:
    """"wanted" or "missing" when the text names that status of the two a request asks about, and not the other."""
    wanted, missing = bool(_WANTED.search(text)), bool(_MISSING_ONLY.search(text))
    return "wanted" if wanted and not missing else "missing" if missing and not wanted else None


_MADE_UP_OF = re.compile(
    r"(?:\b(?:made\s+up\s+of|comprising|consisting\s+of|of\s+(?:whom|which|these))\s*:?|\(|:)\s*$", re.IGNORECASE
)


def with_part_abroad(entry: MissingEntry, part: int) -> list[MissingEntry]:
    """An exact entry as two: its people less `part`, as they were, then `part` of them believed abroad ("2010 - 2 (one
    of whom is believed abroad)", "Two have been wanted since 2014, one of whom is in Germany")."""
    rest = entry.count_low - part
    return [replace(entry, count_low=rest, count_high=rest),
            replace(entry, count_low=part, count_high=part, status="believed_abroad")]


# "(January, April and September)": the months of a year's people, one each.
_MONTHS_NOTE = re.compile(rf"\s*\(\s*{_MONTH_WORD}(?:\s*(?:,|and|&)\s*{_MONTH_WORD})*\s*\)\s*", re.IGNORECASE)
_A_MONTH = re.compile(_MONTH_WORD, re.IGNORECASE)


def _months_of_the_item(finding: Finding, note: str, low: int, high: int) -> bool:
    """A year's item with a month for each of its people after it ("2016 x 3 (January, April and September)"): the entry
    just added, a year's, becomes one a month. False when the note is no such list, or its months are not one a person."""
    item = finding.entries[-1] if finding.entries else None
    if not _MONTHS_NOTE.fullmatch(note) or item is None or item.precision != "year" or item.since is None:
        return False
    months = [ENGLISH_MONTHS[m.group().rstrip(".").lower()[:3]] for m in _A_MONTH.finditer(note)]
    if not low == high == len(months):
        return False
    year = int(item.since)
    finding.entries[-1:] = [
        replace(item, since=f"{year:04d}-{month:02d}", precision="month", count_low=1, count_high=1) for month in months
    ]
    return True


def _note_on_the_item(finding: Finding, note: str, count, sentence: str) -> bool:  # type: ignore[no-untyped-def]
    """The status a note after a dated item gives the entry just added for it: "2003 - 1 (believed abroad)" all of its
    people abroad, "2010 - 2 (one of whom is believed abroad)" so many of them. False when the note places no one abroad."""
    if not _PLACE_ABROAD_NOTE.search(note) or _NEGATED.search(note):
        return False
    some = _SOME_OF_THE_ITEM.match(note.strip())
    share = next(iter(find_counts(some["n"])), None) if some else None
    item = finding.entries.pop()
    if share is not None and share.low == share.high == count.low == count.high:
        finding.entries.append(replace(item, status="believed_abroad"))  # "2019 - 1 (1 believed abroad)"
    elif share is not None and share.low == share.high and share.low < count.low == count.high:
        finding.entries.extend(with_part_abroad(item, share.low))
    elif some is None:
        finding.entries.append(replace(item, status="believed_abroad"))
    else:
        finding.entries.append(item)
        finding.review.append(f"'{sentence.strip()[:120]}' says some of them are abroad: check how many")
    return True


# "(one of whom is believed abroad)", "(of which 1 abroad)", "(2 believed abroad)", "(including one believed to be in
# Poland)": a note on some of an item's people.
_OF_WHOM = r"of\s+(?:whom|which|them|these|those)\b"
_SOME_OF_THE_ITEM = re.compile(
    rf"\(\s*(?:(?:{_OF_WHOM}|including)\s+)?(?P<n>\d{{1,3}}\b|(?:{TENS_WORDS}|{UNIT_WORDS})\b|[\w-]+(?=\s+{_OF_WHOM}))",
    re.IGNORECASE,
)
# A note in brackets straight after a list item: "1 x 2022 (believed to be abroad)".
_ITEM_NOTE_AT = re.compile(r"\s*\([^()]{3,100}\)")
# A note closing a list item, in brackets: "2024: one individual (believed to be in the Netherlands)".
_ITEM_NOTE = re.compile(r"\s*\((?=[^()]*[a-z]{3})[^()]{3,100}\)\s*$", re.IGNORECASE)
_PLACE_ABROAD_NOTE = re.compile(r"\b(?:" + _ELSEWHERE + r"|" + _LEFT_THE_COUNTRY + r"|(?:in|to)\s+" + places.pattern("abroad") + ")", re.IGNORECASE)
#: Words placing someone abroad: "overseas", "outwith the UK", "left the country", "in Pakistan", "to Poland".
PLACED_ABROAD = _PLACE_ABROAD_NOTE


# A list heading's label: its words before any bracket, comma or colon ("Believed to have left the UK (3), by year:").
_HEADING_LABEL = re.compile(r"^\W*(?P<label>[^(,:;\d]{3,60}?)\s*(?:[(,:;]|\.?\s*$)")


def _heads_abroad(heading: str) -> bool:
    """Whether a heading over a list of items places all their people abroad: "* Believed abroad", "Believed to have
    left the UK (3), by year first circulated:"; not one naming some of them ("Including 2 believed abroad:")."""
    label = _HEADING_LABEL.match(heading)
    return label is not None and _where_said(label["label"], 0, len(label["label"])) == "believed_abroad" and (
        heading.rstrip().endswith(":") or bool(_BULLET_ITEM.match(heading))
    )


def _where_said(sentence: str, start: int, end: int) -> str:
    """The status the words between a person's date and the next say: believed abroad when they place the person
    abroad ("and is believed to be in Romania", "(believed to have travelled to Poland)"), else wanted."""
    said = sentence[start:end]
    abroad = _PLACE_ABROAD_NOTE.search(said) and not _NEGATED.search(said) and not NO_LONGER.search(said)
    return "believed_abroad" if abroad else "wanted"


#: "was previously believed to have gone abroad but is now thought to be in the UK": where they were once thought to be.
NO_LONGER = re.compile(
    r"\b(?:previously|formerly|originally|at\s+one\s+time)\s+(?:believed|thought|understood|recorded|reported)\b|\bno\s+longer\b",
    re.IGNORECASE,
)


_WHEN_SAID_AFTER = re.compile(
    r"^\s*(?:(?:who|which)\s+(?:was|were)\s+)?first\s+(?:recorded|circulated|listed|reported|wanted)\s+(?:as\s+\w+\s+)?"
    r"(?:earlier|later|last|this|in|on|since|during)\b",
    re.IGNORECASE,
)
# "(two, one of whom is believed to be abroad)": how many a listed date stands for, and a part of them.
_WHOLE_AND_PART = re.compile(r"\s*\(\s*(?P<n>[a-z]+|\d{1,3})\s*,\s*(?P<m>[a-z]+|\d{1,3})\s+of\s+(?:whom|them|which)\b", re.IGNORECASE)
_SOME_OF_THOSE = re.compile(r"\s*of\s+(?:those|these|them|whom|the\s+\w+)\b", re.IGNORECASE)
_WHEREABOUTS_KNOWN = re.compile(r"\bwhereabouts\s+(?:(?:are|were|was|is)\s+)?(?:(?!not\b|never\b)\w+\s+)?known\b", re.IGNORECASE)
_IN_EACH_OF = re.compile(r"^\s+(?:[a-z]+\s+){0,3}?in\s+each\s+of\s+", re.IGNORECASE)
# "June 2023 (two)", "Nov 2021 x2", "March 2019 (x2)": how many a listed date stands for.
# ("June 2023 (two)", "May 2017 (two offenders)", "2019 (x2)", "2019 x 2": how many went missing then)
_BRACKETED_COUNT = re.compile(
    r"\s*\(\s*(?:[x\u00d7]\s*)?([a-z]+|\d{1,3})(?:\s+(?:offenders?|individuals?|people|persons?|RSOs?))?\s*\)"
    r"|\s+[x\u00d7]\s*(\d{1,2})\b",
    re.IGNORECASE,
)


def _bracketed_count(sentence: str, date) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """How many people a listed date stands for: "June 2023 (two)", "2021 Q4 (2)" that many, else one."""
    many = _BRACKETED_COUNT.match(sentence, date.end)
    n = next(iter(find_counts(many.group(1) or many.group(2))), None) if many else None
    return (n.low, n.high) if n is not None else (1, 1)


# A part of a list said to be the missing: "6 wanted because ...", "4 whose whereabouts are unknown".
_MISSING_PART = re.compile(
    rf"^\s*(?:{OFFENDER_NOUN}\s+)?(?:(?:who\s+)?(?:are|were|is|was)\s+)?(?:currently\s+|recorded\s+as\s+)?"
    r"(?:wanted|missing|whose\s+whereabouts|unaccounted|outstanding)\b",
    re.IGNORECASE,
)


def _parts_after_colon(sentence: str, counts) -> set[int]:  # type: ignore[no-untyped-def]
    """Indexes of the counts after "N:" that add up to N ("the correct figure is ten: seven ... and three ..."), or in
    brackets after it ("ten were unaccounted for on 4 October 2012 (eight circulated as wanted, two recorded as
    missing)")."""
    for n in range(len(counts) - 2):
        gap = sentence[counts[n].end : counts[n + 1].start]
        bracketed = re.fullmatch(r"[^()]{0,100}\(\s*", gap) and ")" not in sentence[counts[n + 1].end : counts[-1].end]
        # ("four were recorded as wanted on 28 February 2011 because their whereabouts are unknown: one went missing in
        # 2004, two ...": the words after the whole, up to the colon, say what it is)
        if re.fullmatch(rf"(?:\s+{OFFENDER_NOUN})?(?:\s+[^:;()]{{0,160}})?\s*:\s*", gap, re.IGNORECASE) or bracketed:
            rest = counts[n + 1 :]
            if all(c.low == c.high for c in rest) and sum(c.low for c in rest) == counts[n].low == counts[n].high:
                return set(range(n + 1, len(counts)))
    return set()


_TOTAL_AFTER_PARTS = re.compile(
    r"^\s*(?:(?:making|giving|bringing\s+it\s+to|so|that\s+is|i\.e\.)\s+)?(?:a\s+|the\s+)?(?:combined\s+|grand\s+|overall\s+)?total\s+(?:of\s+)?$",
    re.IGNORECASE,
)


def _status_split(sentence: str, counts) -> list:  # type: ignore[no-untyped-def,type-arg]
    """"4 RSOs are circulated as wanted and 2 RSOs are recorded as missing": [(status, count)] for the two
    statuses, each counted once, whose sum is the total; else []. A total said first and split after ("a total
    of 8, made up of 5 wanted on warrant and 3 ... missing person investigations") splits the same way."""
    if (
        len(counts) == 3 and counts[0].low == counts[0].high == counts[1].low + counts[2].low
        and _MADE_UP_OF.search(sentence[counts[0].end : counts[1].start])
    ):
        counts = counts[1:]
    elif (
        len(counts) == 3 and counts[2].low == counts[2].high == counts[0].low + counts[1].low
        and _TOTAL_AFTER_PARTS.match(sentence[counts[1].end : counts[2].start].split(",")[-1])
    ):
        counts = counts[:2]  # "11 wanted and 2 missing, a total of 13": the parts, then their sum
    if len(counts) != 2 or any(c.low != c.high for c in counts):
        return []
    between = sentence[counts[0].end : counts[1].start]
    after = re.split(r"[;.,]", sentence[counts[1].end :], maxsplit=1)[0]
    if not re.search(r"(?:\band|\+|&)\s*$", between, re.IGNORECASE):  # "4 wanted and 2 missing", "(4 wanted + 1 missing)"
        return []
    first, second = _one_status(between), _one_status(after)
    if first is None or second is None or first == second:
        return []
    return [(first, counts[0]), (second, counts[1])]


def _without_the_other_status_nil(totals: list, text: str) -> list:  # type: ignore[type-arg]
    """"All three are wanted; none is recorded as missing": the nil is of the other status the request named, not
    a second total. Kept when a clause speaks of both statuses or neither, so a real conflict is still seen."""
    def status(total: tuple) -> str | None:  # type: ignore[type-arg]
        offset = total[2]
        start = max(text.rfind(mark, 0, offset) for mark in ".;")
        ends = [e for e in (text.find(".", offset), text.find(";", offset)) if e >= 0]
        return _one_status(text[start + 1 : min(ends) if ends else len(text)])

    nils = [t for t in totals if t[0] == (0, 0)]
    figures = [t for t in totals if t[0] != (0, 0)]
    if not nils or not figures or len({t[0] for t in figures}) != 1:
        return totals
    figure_status = {status(t) for t in figures}
    if len(figure_status) == 1 and None not in figure_status and all(status(t) not in (None, *figure_status) for t in nils):
        return figures
    return totals


# ---------------------------------------------------------------------------------------------------------
# Welsh. Forces in Wales answer in both languages, one after the other or side by side; the Welsh copy of a
# figure confirms the English one and is never counted as well. A sentence is Welsh when it has more Welsh
# function words than English ones; one with neither (a list item such as "2004 - 1") belongs to the
# language of the sentence before it.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CY_WORDS = _words(
    """ac ar y yr yn ym yng mae maen roedd oedd sydd ers gan gyda hyn hynny nad nid ddim wedi bod fod ble eisiau
    goll rhyw troseddwr troseddwyr droseddwr droseddwyr throseddwyr cofrestredig heddlu ffigurau dyddiad wybodaeth
    gwybodaeth ohonynt dros rhwng blynedd mlynedd flynedd blwyddyn misoedd annwyl cywir gywir diolch eich cais
    gofynnoch faint ymateb hysbys anhysbys credir dramor tramor hefyd pob cyfanswm nifer fesul unig newid sylw dan
    gyfer ddilys aeth mewn nhw eu ei ein fy cymraeg ymgeisydd gweler tabl mai ionawr chwefror mawrth ebrill mehefin
    gorffennaf awst medi hydref tachwedd rhagfyr"""
)
_EN_WORDS = _words(
    """the and of to is are was were have has had been since in on that this for with by which who there their our
    your we you be not it as at from an or will would english dear these those they he she his her"""
)
_WORD = re.compile(r"[a-zâêîôûŵŷ]+", re.IGNORECASE)
_CY_NOUN_AFTER = re.compile(
    # "pedwar (4) troseddwr": the figure in digits after the word, or its closing bracket, comes first
    r"^\s*(?:\)\s*|\(\s*\d+\s*\)\s*)?(?:[\w'’-]+\s+){0,2}?(?:n?[tdh]?h?roseddw\w*|unigol\w*|[pb]obl|p?h?erson\w*|RSOs?)\b",
    re.IGNORECASE
)
_CY_MISSING = re.compile(
    r"\bar\s+goll\b|\beisiau\b|\banhysbys\b|\bhysbys\s+ble\b|\bheb\s+(?:eu|ei)\s+lleoli\b"
    r"|\bnad\s+(?:oedd|yw|ydy|ydyw|ydynt)\s+(?:eu|ei)\s+(?:lleoliad|man\s+preswyl)\s+yn\s+hysbys\b",  # "whose location is not known"
    re.IGNORECASE
)
# "o'r 1,350 o droseddwyr a reolir": a caseload, not the missing.
_CY_CASELOAD_BEFORE = re.compile(r"(?:\bo'r|\bo’r|\ballan\s+o|\bymhlith|\bo\s+blith)\s*$", re.IGNORECASE)
_CY_CASELOAD_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:reoli|rheoli|reolir|rheolir|rheolwn|yn\s+y\s+gymuned|yn\s+byw|i\s+gyd)\b", re.IGNORECASE
)
_CY_NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:o\s+)?(?:ddiwrnod|diwrnod|niwrnod|awr|oriau|mlynedd|blynedd|flynedd|mis|fis|wythnos|y\s+cant|%)",
    re.IGNORECASE,
)
# "1 ar goll ers Medi 2004", "aeth 1 ar goll yn 2007, 1 yn Hydref 2010": a count linked to its date.
_CY_DATE_LINK = re.compile(
    r"^\s*(?:ohonynt\s+|ohonyn\s+nhw\s+)?(?:(?:wedi\s+bod|wedi\s+mynd|aeth|aethant|yn\s+eisiau|ar\s+goll|mynd|gyntaf|cyntaf)\s+)*"
    r"(?:ers|yn|ym|o|er)\s+(?:mis\s+)?$",
    re.IGNORECASE,
)


def language(sentence: str) -> str | None:
    """'cy' for a Welsh sentence, 'en' for an English one, None when it has no telling words."""
    tokens = [t.lower() for t in _WORD.findall(sentence)]
    cy = sum(t in _CY_WORDS for t in tokens)
    en = sum(t in _EN_WORDS for t in tokens)
    # One Welsh word is not enough: a bilingual letterhead ("Heddlu Gwent Police") starts no Welsh text.
    if cy > en and cy >= 2:
        return "cy"
    if en > cy:
        return "en"
    return None


# "... and are also recorded as whereabouts unknown": the further people are among the missing, besides the others.
_ALSO_COUNTED = re.compile(
    r"\b(?:are|is)\s+also\s+(?:recorded|counted|listed|circulated|shown)\s+as\s+(?:wanted|missing|whereabouts\s+unknown)\b",
    re.IGNORECASE,
)
_CY_THE_OTHER = re.compile(r"(?:\ba\s*['\u2019]r|\by)\s+llall\b", re.IGNORECASE)


def _read_welsh(sentence: str, s_start: int, answer: AnswerText, context: Context, welsh: Finding,
                totals: list, method: str) -> None:  # type: ignore[type-arg]
    """Totals and dated breakdowns in a Welsh sentence, kept apart to check the English ones against."""
    dates = find_since(sentence, context.as_of)
    counts = [c for c in find_welsh_counts(sentence) if not _is_identifier(c, sentence, dates)]
    # "Mae un ar goll ers Ebrill 2012 a'r llall ers Medi 2016": "the other" is one more person, as in English.
    counts = sorted(counts + [CountMatch(m.start(), m.end(), m.group(), 1, 1) for m in _CY_THE_OTHER.finditer(sentence)],
                    key=lambda c: c.start)

    def add(since: Since, low: int, high: int, offset: int) -> None:
        welsh.entries.append(_entry(since, low, high, sentence, answer.locator_at(s_start + offset), method))

    pair = _date_then_count(sentence, dates, counts)
    if pair is not None:
        add(pair[0].since, pair[1].low, pair[1].high, pair[0].start)
        return
    has_missing_word = bool(_CY_MISSING.search(sentence))
    for index, count in enumerate(counts):
        after = sentence[count.end :]
        next_count_at = counts[index + 1].start - count.end if index + 1 < len(counts) else len(after)
        if _CY_NOT_A_COUNT_AFTER.match(after):
            continue
        dated = _dated(count.end, after, dates, next_count_at, link=_CY_DATE_LINK)
        if dated is not None:
            add(dated.since, count.low, count.high, count.start)
            continue
        caseload = _CY_CASELOAD_BEFORE.search(sentence[: count.start]) or _CY_CASELOAD_AFTER.match(after)
        if has_missing_word and _CY_NOUN_AFTER.match(after) and not caseload:
            totals.append(((count.low, count.high), sentence.strip(), s_start + count.start))


def _reconcile(english: Finding, welsh: Finding) -> None:
    """Check the English figures against the Welsh copy; adopt the Welsh ones only when there is no English.

    Figures found only in Welsh are used but listed for review; any disagreement between the two copies
    is listed for review with both readings.
    """
    if not (welsh.entries or welsh.stated_total):
        return
    if not (english.entries or english.stated_total or english.categories):
        english.entries = list(welsh.entries)
        english.stated_total = welsh.stated_total
        english.stated_total_text = welsh.stated_total_text
        english.stated_total_locator = welsh.stated_total_locator
        english.review += welsh.review
        english.review.append("the figures were read from the Welsh text only (no English figure was found)")
        return
    if welsh.stated_total and english.stated_total and welsh.stated_total != english.stated_total:
        english.review.append(
            f"the Welsh text gives a total of {range_text(*welsh.stated_total)} but the English text "
            f"{range_text(*english.stated_total)}"
        )
    if welsh.entries and _by_date(welsh.entries) != _by_date(english.entries):
        english.review.append(
            f"the Welsh text gives the dates as {_describe(welsh.entries)} but the English text as "
            f"{_describe(english.entries) or 'nothing'}"
        )


def _by_date(entries: list[MissingEntry]) -> dict[tuple[str | None, str | None], tuple[int, int]]:
    grouped: dict[tuple[str | None, str | None], tuple[int, int]] = {}
    for e in entries:
        low, high = grouped.get((e.since, e.since_latest), (0, 0))
        grouped[(e.since, e.since_latest)] = (low + e.count_low, high + e.count_high)
    return grouped


def _describe(entries: list[MissingEntry]) -> str:
    return ", ".join(f"{range_text(*n)} since {since or 'unknown'}" for (since, _), n in sorted(
        _by_date(entries).items(), key=lambda item: (item[0][0] or "", item[0][1] or "")))


