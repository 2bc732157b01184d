"""Outcomes other than a number: refusals, neither-confirm-nor-deny, not held, and the sections cited.

Section numbers are read only where they are *applied* (near "exempt",
"refuse", "withheld", "apply", "engage"), never from the complaints paragraph
or from mentions of the Act's procedural sections (s1, s10, s16, s17, s50).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foi_tally.patterns import Caseless, alternation

# Sections that can justify withholding: s12 (cost), s14 (vexatious) and the Part II exemptions.
FOIA_WITHHOLDING = {12, 14, *range(21, 45)}
FOISA_WITHHOLDING = {12, 14, *range(25, 42)}

# (each section of a list may carry its exemption's title in brackets: "sections 23(5) (information supplied by ...
# security bodies), 31(3) (law enforcement) and 40(5)")
_TITLE_IN_BRACKETS = r"(?:\s*\([a-z][^()0-9]{3,80}\))?"
_SECTION = re.compile(
    rf"\b(?:section|sections|s\.?|sec\.?)\s*(\d{{1,2}})((?:\s*\(\s*[0-9a-z]{{1,3}}\s*\))*){_TITLE_IN_BRACKETS}"
    rf"(?:\s*(?:,|and|&)\s*(?:section\s*|s\.?\s*)?(\d{{1,2}})((?:\s*\(\s*[0-9a-z]{{1,3}}\s*\))*){_TITLE_IN_BRACKETS})*",
    re.IGNORECASE,
)
# The Freedom of Information (Jersey) Law 2011 numbers its exemptions as Articles: "Article 25 (personal information)".
_ARTICLE = re.compile(r"\barticles?\s*(\d{1,2})(?:\s*\(\s*[0-9a-z]{1,3}\s*\))*", re.IGNORECASE)
JERSEY_WITHHOLDING = set(range(16, 45))
# The Act a section number belongs to, named straight after it: "s.14 Sexual Offences Act 1956", "section 3 of the
# Sexual Offences Act 2003".
_ANOTHER_ACT = re.compile(r"\s*(?:of\s+(?:the\s+)?)?(?:[A-Z][\w'()-]*\s+){1,6}Act\s+(?:19|20)\d\d\b")
_SECTION_NUMBER = re.compile(r"(?:section|sections|s\.?|sec\.?|,|and|&)\s*(\d{1,2})(?![\d/])", re.IGNORECASE)
_APPLIED = re.compile(
    r"\b(?:exempt|exemption|refus|withh[oe]ld|appl(?:y|ies|ied)|engag|rel(?:y|ies|ied)|cited|exceed|by virtue|vexatious"
    r"|under\b|not\s+(?:be(?:en)?\s+)?(?:disclos(?:e|ed|ing)|provid(?:e|ed|ing)|releas(?:e|ed|ing)|giv(?:e|en|ing)|shar(?:e|ed|ing)"
    r"|includ(?:e|ed|ing)|suppl(?:y|ied|ying))\b"
    r"|(?:unable|not\s+able)\s+to\s+(?:give|provide|disclose|release|share|tell)\b|not\s+obliged\b"
    r"|(?:cannot|can\s*not|can't|could\s+not)\s+(?:give|provide|disclose|release|share|tell)\b)",
    re.IGNORECASE,
)
# "Section 31(1)(a)(b) Law Enforcement - ...": a section led by its exemption's title heads the reasoning for
# applying it.
_EXEMPTION_TITLE = re.compile(
    r"\s*[-\u2013:]?\s*(?:-\s*)?(?:law\s+enforcement|personal\s+(?:information|data)|health\s+(?:and|&)\s+safety"
    r"|investigations(?:\s+and\s+proceedings)?|national\s+security|information\s+provided\s+in\s+confidence"
    r"|information\s+(?:intended\s+for\s+future\s+publication|reasonably\s+accessible|accessible\s+(?:to\s+the\s+applicant\s+)?by\s+other\s+means)"
    r"|commercial\s+interests|prejudice\s+to\s+(?:the\s+)?effective\s+conduct|court\s+records|defence"
    r"|international\s+relations|security\s+bodies|prohibitions?\s+on\s+disclosure)\b",
    re.IGNORECASE,
)
_COMPLAINT = Caseless(
    r"\b(?:information\s+commissioner|ico\b|internal\s+review|complain|right\s+of\s+appeal|section\s+50)"
)
# "neither confirm nor deny"; "the duty to confirm or deny does not arise" (FOIA s1(1)(a) set aside); FOISA
# s18: "refuses to reveal whether the information ... exists or is held".
_NCND = Caseless(
    # ("conflrms", "conf1rm": as a scan leaves the word)
    # ("is neither confirming nor denying")
    r"\bneither\s+(?:to\s+)?conf[i1l]rm(?:s|ing)?\s+(?:n)?or\s+den(?:y|ies|ying)\b|\bncnd\b"
    r"|\bduty\s+to\s+confirm\s+or\s+deny\s+(?:does\s+not|doesn't|will\s+not)\s+(?:arise|apply)"
    r"|\brefus\w*\s+to\s+(?:reveal|confirm\s+or\s+deny)\s+whether\b|\bnot\s+(?:obliged|required)\s+to\s+confirm\s+or\s+deny\b"
    r"|\bexempt\w*\b[^.;]{0,60}?\bfrom\s+the\s+duty\s+to\s+confirm\s+or\s+deny\b"
    r"|\b(?:does|do|will|can)\s+not\s+confirm\s+or\s+deny\b|\bto\s+confirm\s+or\s+deny\b[^.;]{0,160}?\bwould\b"
)
# "For the avoidance of doubt, sections 17 (information not held) and 18 (neither confirm nor deny) do not apply":
# the outcomes named only to be set aside.
_SET_ASIDE = Caseless(
    r"\((?:information\s+not\s+held|neither\s+confirm\s+nor\s+deny|ncnd)\)[^.;]{0,80}?\b(?:do|does)\s+not\s+apply\b"
)
# "a neither confirm nor deny response was not appropriate" (a review setting one aside); "this notice does not confirm
# or deny that it is held" (a refusal under s14 saying what it leaves unsaid): no NCND given.
_NO_NCND = Caseless(
    r"\bneither\s+confirm\s+nor\s+deny\b[^.;]{0,60}?\b(?:was|is|were)\s+(?:not\s+(?:appropriate|justified|correct|warranted)"
    r"|inappropriate|wrong|incorrect|withdrawn|overturned)\b"
    r"|\b(?:this|the|our)\s+(?:notice|letter|refusal|response|reply)\s+(?:itself\s+)?(?:does|do|will)\s+not\s+confirm\s+or\s+deny\b"
)
# NOTE: "is not held in a field we can search" / "in a reportable form" says the information is held but
# hard to extract (a cost refusal's reasoning, or why dates are missing), not that it is not held.
_HARD_TO_EXTRACT = r"(?!\s+in\s+(?:a|an|any)\s+(?:\w+\s+){0,2}?(?:field|format|form|way|manner|system)\b)"
_NOT_HELD = Caseless(
    r"\b(?:(?:does|do|did)\s+not\s+hold|(?<!\bis\sor\s)(?<!\bare\sor\s)(?:is|are)\s+(?:therefore\s+|thus\s+|consequently\s+|accordingly\s+)?not\s+held" + _HARD_TO_EXTRACT
    + r"|no\s+(?:recorded\s+)?information\s+(?:(?:with)?in\s+(?:the\s+)?scope\s+of\s+(?:your|the)\s+request\s+)?(?:is\s+)?held"
    + r"|holds?\s+no\s+(?:recorded\s+)?information|not\s+held\s+by"
    r"|\binformation\s+not\s+held\b" + _HARD_TO_EXTRACT
    # "does not record offenders as wanted", "no list of such persons is maintained": nothing kept to count from
    + r"|(?:does|do|did)\s+not\s+(?:record|class\w*|categori[sz]e|flag|mark)\s+(?:registered\s+sex\s+)?(?:offenders|rsos|individuals|persons|people|them)\s+as\s+(?:being\s+)?(?:wanted|missing)"
    + r"|\bno\s+(?:central\s+|such\s+|separate\s+|specific\s+)?(?:list|register|record|database|index)s?\s+of\s+[^.;]{0,60}?\b(?:is|are)\s+(?:maintained|kept|held|compiled))"
)
# Only a cost limit that is *exceeded* refuses a request ("within the £450 cost limit" does not).
_COST = Caseless(
    r"\b(?:exceed(?:s|ed|ing)?|above|over|beyond)\s+(?:the\s+)?(?:[^.;]{0,30}?\s)?(?:appropriate|cost|fees?|\u00a3\d+)\s+(?:cost\s+)?limit"
    # "the cost of doing so would exceed GBP 600" (FOISA's limit, or FOIA's 450, said as a sum)
    r"|\bcost\b[^.;]{0,60}?\bexceed(?:s|ed|ing)?\s+(?:the\s+sum\s+of\s+)?(?:\u00a3|gbp\s*)\s*\d{3}"
)
_REFUSAL = Caseless(
    r"\b(?:refus(?:e|al|ed|ing)|(?:unable|not\s+able)\s+to\s+(?:provide|disclose|comply|answer)"
    r"|will\s+not\s+(?:be\s+)?(?:provid|disclos|releas)|exempt\s+from\s+disclosure|is\s+exempt|are\s+exempt"
    r"|being\s+withheld|has\s+been\s+withheld|have\s+been\s+withheld"
    # a repeated or vexatious request (s14) that the force will not answer
    # ("not obliged to comply until the clarification is received" asks for clarification and refuses nothing)
    r"|not\s+obliged\s+to\s+comply(?![^.;]{0,40}\buntil\b)|will\s+(?:therefore\s+)?not\s+be\s+responding"
    r"|(?<!not\s)\bvexatious\b)"
)


# "by virtue of section 31(3)", "relying on section 40(2)": a section invoked by the words straight before it.
_INVOKED_BEFORE = re.compile(r"\b(?:by\s+virtue\s+of|relying\s+(?:up)?on|in\s+reliance\s+(?:up)?on)\s*$", re.IGNORECASE)
#: Characters either side of a section number in which it must be applied.
SECTION_WINDOW = 60
_NOT_APPLIED = re.compile(
    r"\b(?:(?:was|were|is|are|has|have|had)\s+not\s+(?:been\s+)?(?:reached|exceeded|engaged|applied|relied|"
    r"needed|required|used)|(?:does|do|did)\s+not\s+(?:apply|engage|exceed)|within\s+the\s+(?:appropriate|cost|fees?)"
    r"\s+limit|no\s+exemptions?\b|not\s+necessary\s+to\s+(?:apply|rely))",
    re.IGNORECASE,
)


# Each pattern below needs one of these (a section number needs its digits): a sentence without any is
# passed over before the slower scans.
_OUTCOME_CUE = Caseless(
    r"\d|"
    + alternation(["neither", "ncnd", "hold", "held", "information", "limit", "refus", "able to", "will not", "exempt",
                   "withheld", "obliged", "vexatious", "not record", "not class", "not categor", "not flag", "not mark", "maintained", "kept", "compiled"])
)


# An NCND about one part of the request ("whether any of them is believed to be abroad", "... this", after a
# question put again) rather than about whether the information asked for is held at all.
_NCND_OF_A_PART = Caseless(r"\bany\s+of\s+(?:them|these|those)\b|\bwhether\s+(?:any|they|he|she)\b|\bconfirm\s+nor\s+deny\s+this\b")


_OF_THE_OTHER_PARTS = Caseless(
    r"\b(?:remaining|other|rest\s+of\s+the|further|subsequent)\s+(?:parts?|questions?|points?|elements?)\b"
    r"|\b(?:consequently|therefore|accordingly|as\s+a\s+result|as\s+such|it\s+follows)\b"
)
# "does not hold the date on which each went missing", "The dates ... are not held": the dates, not the number.
_OF_THE_DATES = Caseless(
    # ("Our records for the earliest case do not hold the month": a part of one date)
    r"\bhold\s+(?:the\s+|any\s+|their\s+)?(?:exact\s+|individual\s+)?(?:dates?|months?|days?)\b|^\W*(?:the\s+)?(?:exact\s+|individual\s+)?dates?\b"
)
# A review that overturned an earlier refusal: the sections that refusal cited no longer apply.
_OVERTURNED = Caseless(
    r"\b(?:decision|refusal|exemptions?|response)\s+(?:has|have|was|were|is|are)\s+(?:therefore\s+|now\s+)?(?:been\s+)?(?:reconsidered\s+and\s+)?"
    r"(?:overturned|withdrawn|set\s+aside|reversed)\b|\bno\s+longer\s+(?:relies|rely|relied)\s+on\b"
    # "I do not uphold the original decision", "section 12 was wrongly applied"
    r"|\b(?:do|does|did|can|could)\s*not\s+uphold\s+(?:the|our|that)\b|\b(?:decision|refusal|response)\s+(?:is|was)\s+not\s+upheld\b"
    r"|\b(?:wrongly|incorrectly|inappropriately)\s+(?:applied|engaged|cited|relied\s+(?:up)?on)\b"
    r"|\b(?:overturn|reverse|set\s+aside|withdraw)\s+(?:the|our|that)\s+(?:(?:original|earlier|initial|previous)\s+)?(?:decision|refusal)\b"
)
# "We may refuse a request if finding the information would cost more than £450 (section 12)", "those we use most
# often are section 30 ... and section 40", "Some information is exempt": the Act described, as a leaflet on the
# requester's rights does; nothing refused.
_THE_ACT_DESCRIBED = Caseless(
    r"\b(?:we|you|the\s+force|an?\s+(?:public\s+)?authority|(?:police\s+)?forces?)\s+(?:may|can|might)\s+(?:refuse|withhold|decline)\b"
    r"[^.;]{0,40}?\b(?:if|where|when|unless)\b"
    r"|\b(?:those|the\s+ones|exemptions?|sections?)\s+(?:that\s+|which\s+)?we\s+(?:use|apply|rely\s+on|cite)\s+most\s+(?:often|commonly|frequently)\b"
    r"|\bmost\s+(?:often|commonly|frequently)\s+(?:used|applied|cited)\s+(?:exemptions?|sections?)\b"
    r"|^\W*some\s+information\s+is\s+exempt\b|\bthe\s+act\s+(?:has|contains|sets\s+out)\s+\d+\s+exemptions\b"
)
_EARLIER_REFUSAL = Caseless(
    r"\b(?:we|i)\s+(?:(?:first|initially|originally|previously|had)\s+)?(?:refused|withheld|declined)\b|\b(?:our|the)\s+(?:earlier|original|previous|initial)\s+"
    r"(?:refusal|response|decision)\b|\bwas\s+(?:originally|previously|initially)\s+refused\b"
    r"|\b(?:original|earlier|previous)\s+request\s+was\s+refused\b"
    # ("You asked us to review our decision of 5 June 2017 to refuse your request under section 12")
    r"|\breview\s+(?:of\s+)?(?:our|the)\s+decision\b[^.;]{0,40}?\bto\s+(?:refuse|withhold|decline)\b"
)


@dataclass
class Outcome:
    exemptions: list[str] = field(default_factory=list)  # "s12", "s31", ...
    refused: bool = False
    ncnd: bool = False
    ncnd_whole: bool = False  # an NCND said of the request as a whole, not of one part of it
    not_held: bool = False
    # Every not-held sentence is of the request's other parts, following from the answer ("Consequently no information
    # is held for the remaining parts"): beside a nil answer, not a not-held reply.
    not_held_of_parts: bool = False
    not_held_of_dates_only: bool = False  # every "not held" said is of the dates alone
    cost: bool = False
    evidence: list[str] = field(default_factory=list)


_UNTICKED = re.compile(r"(?:\u2610|\u25a1|\[ ?\])[^\u2610\u2611\u2612\u25a1\u25a0\[]*")


def read_outcome(sentences: list[str], act: str | None) -> Outcome:
    """What a reply says about withholding, from its answer sentences."""
    allowed = FOISA_WITHHOLDING if act and "FOISA" in act else FOIA_WITHHOLDING
    outcome = Outcome()
    sections: set[int] = set()
    articles: set[int] = set()
    overturned = any(_OVERTURNED.found_in(sentence) for sentence in sentences)
    listing = False  # after "The remaining information is exempt:", each section heading a line is one applied
    for sentence in sentences:
        sentence = _UNTICKED.sub("", sentence)  # an unticked box on a form is an outcome not chosen
        led, listing = listing, listing or bool(sentence.rstrip().endswith(":") and _APPLIED.search(sentence))
        if overturned and (_EARLIER_REFUSAL.found_in(sentence) or _OVERTURNED.found_in(sentence)):
            # "On 8 August we refused your request under section 31 ..." and the review overturned it; "section 12 was
            # wrongly applied": the overturning itself names the section it sets aside
            continue
        if not _OUTCOME_CUE.found_in(sentence) or _COMPLAINT.found_in(sentence) or _THE_ACT_DESCRIBED.found_in(sentence):
            continue
        for match in _SECTION.finditer(sentence):
            # The section must be applied near where it is named, and not in a negative
            # ("the cost limit set by section 12 was not reached").
            window = sentence[max(0, match.start() - SECTION_WINDOW) : match.end() + SECTION_WINDOW]
            if sentence[: match.start()].rstrip().endswith("(") and sentence[match.end() :].lstrip().startswith(")"):
                # "We are not able to give the dates as this could identify them (Section 40(2))": a section in
                # brackets is the reason for what the whole sentence says.
                window = sentence
            # (alone at the start, or after a clause: "With regard to the second part of your request, Section 31 ...")
            lead = sentence[: match.start()].strip(" \t*\u2022\u25cf-")  # (a bullet before it leads nothing)
            titled = _EXEMPTION_TITLE.match(sentence, match.end()) and (not lead or lead.endswith(",")) or (led and not lead)
            if invoked := _INVOKED_BEFORE.search(sentence, 0, match.start()):
                # "the duty ... does not apply by virtue of sections 31(3) and 40(5)": the sections are what set it aside
                window = sentence[invoked.start() : match.end() + SECTION_WINDOW]
            if not (_APPLIED.search(window) or titled) or _NOT_APPLIED.search(window):
                continue
            other_act = _ANOTHER_ACT.match(sentence, match.end())
            if other_act and not re.search(r"freedom\s+of\s+information", other_act.group(0), re.IGNORECASE):
                continue  # "Indecent assault (s.14 Sexual Offences Act 1956)": a section of another Act
            for number in _SECTION_NUMBER.findall(match.group(0)):
                n = int(number)
                if n in allowed:
                    sections.add(n)
        if act and "Jersey" in act:
            for match in _ARTICLE.finditer(sentence):
                # (the Law's long name may come between the article and the verb applying it)
                window = sentence[max(0, match.start() - SECTION_WINDOW) : match.end() + 2 * SECTION_WINDOW]
                if _APPLIED.search(window) and not _NOT_APPLIED.search(window) and int(match[1]) in JERSEY_WITHHOLDING:
                    articles.add(int(match[1]))
        # "sections 17 (information not held) and 18 (neither confirm nor deny) do not apply": neither is said
        set_aside = _SET_ASIDE.found_in(sentence)
        if not set_aside and _NCND.found_in(sentence) and not _NO_NCND.found_in(sentence):
            outcome.ncnd = True
            outcome.ncnd_whole = outcome.ncnd_whole or not _NCND_OF_A_PART.found_in(sentence)
            outcome.evidence.append(sentence)
        if not set_aside and _NOT_HELD.found_in(sentence):
            outcome.not_held_of_parts = (outcome.not_held_of_parts or not outcome.not_held) and bool(_OF_THE_OTHER_PARTS.found_in(sentence))
            outcome.not_held_of_dates_only = (outcome.not_held_of_dates_only or not outcome.not_held) and bool(_OF_THE_DATES.found_in(sentence))
            outcome.not_held = True
            outcome.evidence.append(sentence)
        if _COST.found_in(sentence) and not _NOT_APPLIED.search(sentence):  # "did not exceed the appropriate limit"
            outcome.cost = True
            if not (act and "Jersey" in act):  # (the Jersey Law's cost limit is an Article of its own, read above)
                sections.add(12)
            outcome.evidence.append(sentence)
        if _REFUSAL.found_in(sentence):
            outcome.refused = True
            outcome.evidence.append(sentence)
    outcome.exemptions = [f"s{n}" for n in sorted(sections)] + [f"art{n}" for n in sorted(articles)]
    # "Section 12(1) therefore applies": a cost refusal, however the limit was worded ("not hold a report" before it
    # says why the answer would cost too much to find, not that there is nothing to find).
    outcome.cost = outcome.cost or 12 in sections
    return outcome
