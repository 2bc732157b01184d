"""The registry of per-force parsers, and reading a document into a Reply.

Each module in this package (other than `base`) declares one `PARSER` for one
force. `parse_document` identifies the force from the document, hands it to
that force's parser, falls back to the generic parser when the force has
none or its parser declines, and lists for review whatever nobody could read.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from foi_tally.document import Document, Line, Table
from foi_tally.forces import LIST_LABEL, Force, area_named, by_name, find_mentions, force_for_domain, identify
from foi_tally.parsers.base import PLACE_COLUMN_HEADING, ForceParser, forces_in_table
from foi_tally.patterns import Caseless
from foi_tally.records import Reply

#: Bump when shared reading or parsing changes (readers, layouts, identification), so every cached record
#: of an unchanged file is parsed again. A change to one force's parser bumps its ForceParser `version`.
PARSER_VERSION = "349"

GENERIC = ForceParser(force=None)


@cache
def registry() -> dict[str, ForceParser]:
    """Force name -> its parser. A force registered twice is a bug, and says so."""
    parsers: dict[str, ForceParser] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in ("base",):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        parser: ForceParser = module.PARSER
        canonical = by_name(parser.force).name  # type: ignore[arg-type]
        if canonical in parsers:
            raise RuntimeError(f"two parsers registered for {canonical}: {info.name}")
        parsers[canonical] = parser
    return parsers


def parser_version(force: str | None) -> str:
    """The version a record of `force` is stamped with: the shared PARSER_VERSION plus its own parser's.

    A record no force was identified for (or an unreadable file) depends on every force parser, since
    any of them might recognise it after a change: it carries a digest of all their versions.
    """
    parsers = registry()
    if force is None:
        versions = ",".join(f"{name}={parser.version}" for name, parser in sorted(parsers.items()))
        return f"{PARSER_VERSION}+any-{hashlib.sha256(versions.encode()).hexdigest()[:8]}"
    return f"{PARSER_VERSION}+{parsers.get(force, GENERIC).version}"


def parse_document(doc: Document) -> Reply:
    """The Reply a single-force document gives (the first, for a joint reply)."""
    return parse_replies(doc)[0]


def parse_replies(doc: Document) -> list[Reply]:
    """Every Reply a document gives: one per force, identified, parsed and flagged where a person must look.

    A joint reply (an alliance answering for two forces in one letter) gives one Reply per force when
    each force's own lines carry its own answer; otherwise the document is read as one force's reply.
    When the reply's own words answer nothing, the force's words quoted under it are read as its own (an
    earlier reply resent, answers written into the quoted request).
    """
    if _forwarded_by_the_requester(doc):
        # "Kent have come back - see below. So far: Essex 11, ...": a requester's note over the force's message,
        # forwarded. The force's words are the reply; the note is the requester's.
        doc = replace(doc, lines=[replace(ln, quoted=not ln.forces_words) for ln in doc.lines])
    replies = _replies(doc)
    if all(r.status == "unknown" for r in replies) and any(line.forces_words for line in doc.lines):
        opened = replace(doc, lines=[replace(ln, quoted=False) if ln.forces_words else ln for ln in doc.lines])
        again = _replies(opened)
        if any(r.status != "unknown" for r in again):
            own = [line.text for line in doc.lines if not line.quoted]
            unread = _a_figure_said(own)
            if unread is not None:  # "This year's figure is 10 (...)" over last year's reply, quoted
                again = [r.flagged(f"the reply's own words give a figure no rule read ('{unread[:100]}'); the figure "
                                   "read is from the earlier message quoted under it") for r in again]
            elif to_come := _answer_to_come(own):  # "logged as a new request", "We hope to provide a full response by"
                again = [r.flagged(f"the reply's own words say the answer is to come ('{to_come[:100]}'); the figure "
                                   "read is from an earlier message quoted under it") for r in again]
            return again
    return replies


def _a_figure_said(texts) -> str | None:  # type: ignore[no-untyped-def]
    """The first line that holds a count and says it is of the missing, or None."""
    from foi_tally.layouts.common import MISSING_WORDS
    from foi_tally.numbers import find_counts

    missing = re.compile(MISSING_WORDS, re.IGNORECASE)
    return next((t for t in texts if missing.search(t) and any(c.high > 0 for c in find_counts(t))), None)


def _other_forces_headed(own: list[str], force: str) -> dict[str, str]:
    """Each other force that heads a line giving its figure of the missing, nought included ("Suffolk Constabulary:
    ... 8 registered sex offenders were wanted", "Dorset Police - there are no registered sex offenders whose
    whereabouts are unknown"), with the first such line."""
    from foi_tally.layouts.common import MISSING_WORDS
    from foi_tally.numbers import find_counts

    missing = re.compile(MISSING_WORDS, re.IGNORECASE)
    # (a line with the next when it runs on: "Suffolk Constabulary: ..., 8 registered" / "sex offenders were wanted")
    runs_on = [line if re.search(r"[.!?]\s*$", line) else f"{line} {following}" for line, following in pairwise([*own, ""])]
    headed: dict[str, str] = {}
    # ("The number ... whose whereabouts are unknown ... was:" over "• Dorset Police – none": an item under a lead
    # about the missing speaks of them too)
    leads: dict[int, str] = {}
    lead = ""
    for line, text in zip(own, runs_on):
        if lead and _LIST_ITEM.match(line):
            leads[id(text)] = lead
            continue
        lead = line if line.rstrip().endswith(":") and missing.search(line) else ""
    # (only lines that open with a capital and speak of the missing, or of offenders, are looked through for names)
    for text in (t for t in runs_on if _OPENS_CAPITALISED.match(t) and (missing.search(t) or _OFFENDERS.search(t) or id(t) in leads)):
        first = next(iter(find_mentions(text)), None)
        if first is None or first[2] == force or first[2] in headed or not _heads_its_section(text, first[2]):
            continue
        said = text[first[1] :]
        about = f"{leads[id(text)]} {said}" if id(text) in leads else said
        counts = find_counts(said)
        # (a nought needs no word for the missing: "Cambridgeshire Constabulary - there were no registered sex
        # offenders in this category", under the other forces' figures of the wanted)
        if _a_figure_said([about]) or counts and all(c.high == 0 for c in counts) and _OFFENDERS.search(about):
            headed[first[2]] = text
    return headed


_OFFENDERS = re.compile(r"\boffenders?\b|\bRSOs?\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa*-]|\(?[a-z0-9]\))\s*", re.IGNORECASE)


def _another_forces_figure(own: list[str], force: str) -> tuple[str, str] | None:
    """Another force and the line it heads that gives a figure of the missing ("Suffolk Constabulary: ... 8
    registered sex offenders were wanted", or a nought), or None."""
    from foi_tally.numbers import find_counts

    headed = _other_forces_headed(own, force)
    if headed:
        return next(iter(headed.items()))
    # "Norfolk Constabulary had 4 registered sex offenders circulated as wanted or missing. Suffolk Constabulary had 2.":
    # the second force's figure said after the first's, of the same people
    sentences = re.split(r"(?<=[.;])\s+", " ".join(own))
    for before, text in pairwise(sentences):
        if len(text) > _SHORT_SENTENCE or not _OPENS_CAPITALISED.match(text) or not _HAD_A_FIGURE_SOMEWHERE.search(text):
            continue
        first = next(iter(find_mentions(text)), None)
        if (
            first is not None and first[2] != force and _heads_its_section(text, first[2])
            and any(name == force for _, _, name in find_mentions(before)) and _a_figure_said([before])
            and (counted := next(iter(find_counts(text[first[1] :])), None)) is not None and counted.high > 0
            and _HAD_A_FIGURE.fullmatch(text[first[1] : first[1] + counted.start])
        ):
            return first[2], text
    return None


_SHORT_SENTENCE = 80
_OPENS_CAPITALISED = re.compile(r"[\W_]*[A-Z]")  # ('"Hertfordshire Constabulary has 4 ...": a name may open a quote)
_HAD_A_FIGURE_SOMEWHERE = re.compile(r"[:\u2013-]|\b(?:had|has|holds?|held|records?|recorded)\b", re.IGNORECASE)
# "Suffolk Constabulary had 2", "Suffolk Constabulary - 2": the force's figure straight after its name.
_HAD_A_FIGURE = re.compile(r"\s*(?:[:\u2013-]|(?:had|has|holds?|held|records?|recorded)(?:\s+(?:currently|only|just))?)\s*", re.IGNORECASE)


def _answer_to_come(texts: list[str]) -> str | None:
    """The text of a holding reply or acknowledgement ("we will respond within 20 working days"), or None. (Lines
    are joined: such a sentence wraps.)"""
    from foi_tally.parsers.base import holding_said

    return holding_said(" ".join(texts))


def _forwarded_by_the_requester(doc: Document) -> bool:
    """An email sent by someone other than a police force, holding a message a force wrote (forwarded or quoted)."""
    if doc.format not in ("eml", "msg") or not doc.sender or "@" not in doc.sender:
        return False
    domain = doc.sender.rsplit("@", 1)[1].strip(" >").lower()
    return not (domain.endswith("police.uk") or force_for_domain(domain)) and any(ln.forces_words for ln in doc.lines)


def _replies(doc: Document) -> list[Reply]:
    own = [line.text for line in doc.lines if not line.quoted]
    text = "\n".join(own)
    hits = {name: found for name, parser in registry().items() if (found := parser.recognises(text))}
    cells = _cells_naming(doc)
    # A sheet with no letter: the title merged across its top row ("Essex Police - RSOs whose whereabouts are
    # unknown") is its letterhead.
    titles = [] if own else [title for t in doc.tables if (title := _merged_title(t)) is not None] + _force_columns(doc) + _sheet_titles(doc)
    ident = identify(titles + own, cells, sender=doc.sender, filename=doc.source.rsplit("/", 1)[-1], reference_hits=hits)
    scored = [n for n in ident.forces_above(JOINT_SHARE) if ident.scores[n] >= JOINT_MIN_SCORE]
    # "This response is provided on behalf of both Essex Police and Kent Police": forces named
    # together as the ones replying are candidates however often one force's address or name recurs.
    together = _answering_together(own)
    titled = _named_together_in_the_title(own)
    if len(together) < 2 and len(titled) >= 2 and any(_EVERY_FORCE.search(line) and _AN_OUTCOME.search(line) for line in own):
        # "West Mercia Police | Warwickshire Police" over "Both forces hold the information ... it is exempt": the
        # forces of the title answer together
        together = list(dict.fromkeys(n for line in own[:TITLE_LINES] for _, _, n in find_mentions(line) if n in titled))
    scored += [n for n in together if n not in scored and ident.scores.get(n, 0) >= JOINT_MIN_SCORE]
    # A letter saying it answers for both forces ("this response covers both forces") makes any force named in a
    # heading with evidence of its own a candidate, however much more the sender's own force scores.
    if len(scored) < 2 and any(("both" in line.lower() and _FOR_BOTH_FORCES.search(line)) or _says_jointly(line) for line in _wrapped(own)):
        scored += [n for n in ident.scores if n not in scored and ident.scores[n] >= JOINT_MIN_SCORE]
    # Headings are looked through only when two forces score (a joint reply is rare; most letters name one).
    candidates = [by_name(n) for n in scored if n in titled or _named_in_a_heading(own, n)] if len(scored) >= 2 else []
    # (looked for once: a letter's own force is the one its reply is read for below, and 50-page letters are long)
    another = _another_forces_figure(own, ident.force.name) if ident.confident and ident.force is not None else None
    if len(candidates) < 2 and another:
        # "Norfolk Constabulary: ... 10 ..." over "Suffolk Constabulary: ... 8 ...", however little the second scores
        candidates = [ident.force, by_name(another[0])]
    # (only where another force is named at all: the search goes through every table)
    tabled = _forces_tabled_and_signed(doc, own) if ident.confident and ident.force is not None and len(ident.scores) >= 2 else []
    if len(candidates) < 2 and tabled:
        # "Force | Wanted" over a row for each of the three forces whose names sign the letter, however much the
        # sender's own force scores: each force's answer
        candidates = [ident.force, *(by_name(n) for n in tabled if n != ident.force.name)] if ident.force.name in tabled else []
    if len(candidates) < 2 and len(titled) >= 2 and any(titled <= forces_in_table(t) for t in doc.tables):
        # "Warwickshire Police and West Mercia Police - Strategic Alliance" over a sheet with a row for each force's
        # people: each force's answer, however little either scores (a sheet names its forces once)
        candidates = [by_name(n) for n in sorted(titled)]
    if len(candidates) >= 2:
        # (and every other force heading its own answer, nought included, however little it scores: an alliance of
        # three whose third force has nobody missing is not left out)
        candidates += [by_name(n) for n in _other_forces_headed(own, candidates[0].name) if n not in {c.name for c in candidates}]
        # (each force's own lines, or a table with a row or column for each force that both score on: "Force | RSOs
        # wanted" over "West Mercia Police | 6", "Warwickshire Police | 2", from the two forces' shared office)
        joint = _joint_replies(doc, candidates) or (_joint_by_table(doc, candidates) if not _for_one_of_them(own) else [])
        if joint:
            return _one_figure_for_two_queried(joint)
    # "A joint response on behalf of Kent Police and Essex Police" over a row for each force. (An
    # alliance's letter to one force's requester, with both forces' rows, answers for that force alone.)
    named_together = [by_name(n) for n in together]
    if len(together) >= 2 and (split := _joint_by_table(doc, named_together) or _joint_replies(doc, named_together)):
        return _one_figure_for_two_queried(split)  # (a row or column each, or each force's own lines: a letter each)
    force: Force | None = ident.force if ident.confident else None
    reply = _parse_for(doc, force)
    if force is None:
        reason = "the force could not be identified from the document"
        if ident.force is not None:
            reason += f" (best guess {ident.force.name}, {ident.score:g} points"
            reason += f", against {ident.runner_up.name} {ident.runner_up_score:g})" if ident.runner_up else ")"
        reply = reply.flagged(reason)
    body = _another_body(own)
    if body is not None and (reply.force is None or not _named_in_a_heading([ln for ln in own if not _OTHER_BODY.search(ln)], reply.force)):
        # "Kent County Council does not hold the information ... redirect your request to Kent Police": a council's
        # (or the Home Office's) reply, sent to the same address, naming the force only as the one to ask
        reply = reply.flagged(f"the letter is headed or signed '{body}', not by a police force: whose reply is it?")
    if reply.force is not None and reply.status in ("answered", "partial") and not reply.needs_review and (
        other := another if ident.force is not None and reply.force == ident.force.name else _another_forces_figure(own, reply.force)
    ):
        # "Norfolk Constabulary: ... 10 ..." over "Suffolk Constabulary: ... 8 ...": a shared office's letter not split
        reply = reply.flagged(f"'{other[1][:120]}' gives another force's figure in the same letter: a joint reply? whose "
                              "figures are these?")
    if reply.force in tabled and not reply.needs_review:
        others = " and ".join(n for n in tabled if n != reply.force)
        reply = reply.flagged(f"a table gives {others} a row or column of their own too, and the letter is signed for them: "
                              "a joint reply whose other answers could not be read apart?")
    where = {e.locator for e in reply.entries}  # (the whole lines the figures were read from)
    figures_said = [reply.stated_total_text or "", *(ln.text for ln in doc.lines if ln.locator in where)]
    # (a force by its name as a force, "Bedfordshire Police": not a place, "outside Northern Ireland")
    mentioned = [(name, text[start:end]) for text in figures_said for start, end, name in find_mentions(text)]
    said_of = {name for name, said in mentioned if _AS_A_FORCE.search(said)}
    if reply.force is not None and not reply.needs_review and said_of and reply.force not in {n for n, _ in mentioned} and not any(
        _succeeded_by(n, reply.force) for n in said_of
    ):
        # "Bedfordshire Police has 3 ..." in a reply identified as Hertfordshire's (a forwarded answer, say)
        reply = reply.flagged(f"the figure is said of {' and '.join(sorted(said_of))}, not of {reply.force}: whose answer is it?")
    if len(together) >= 2 and reply.force in together and (shared := _one_outcome_for_all(doc, own, together)):
        return shared
    if len(together) >= 2 and reply.force in together:
        others = " and ".join(n for n in together if n != reply.force)
        reply = reply.flagged(f"the letter answers for {reply.force} and {others} together, and could not be split "
                              "into each force's answer: whose figures are these?")
    return [reply]


_AS_A_FORCE = re.compile(r"\b(?:police|constabulary|heddlu|PSNI|BTP|force)\b", re.IGNORECASE)


def _succeeded_by(name: str, force: str) -> bool:
    """Whether a legacy force's successor is `force`."""
    successor = by_name(name).successor
    return successor is not None and by_name(successor).name == force


#: How many of a document's first lines are its title, where forces named together say they answer together.
TITLE_LINES = 2


def _named_together_in_the_title(own: list[str]) -> set[str]:
    """The forces a title line names together ("Devon & Cornwall Police / Dorset Police - FOI 2020/0231 - ...")."""
    return {name for line in own[:TITLE_LINES] if len(named := {n for _, _, n in find_mentions(line)}) >= 2 for name in named}


def _forces_tabled_and_signed(doc: Document, own: list[str]) -> list[str]:
    """The forces a table gives a row or a column each, when every one of them is named in a heading of the letter
    too (a shared office's letterhead or signature: "Bedfordshire Police | Cambridgeshire Constabulary | ..."); else
    none."""
    listed = {name for line in own for name in _forces_listed(line)}
    # ("Devon & Cornwall Police / Dorset Police - FOI 2020/0231 - RSOs wanted ...": a sheet's title naming them together)
    listed |= _named_together_in_the_title(own)
    for table in doc.tables:
        named = forces_in_table(table)
        if len(named) >= 2 and all(n in listed or _named_in_a_heading(own, n) for n in named):
            return sorted(named)
    return []


def _forces_listed(line: str) -> set[str]:
    """The forces a line that holds nothing but their names lists ("Cheshire Constabulary | Heddlu Gogledd Cymru /
    North Wales Police", a shared office's signature), or none."""
    mentions = find_mentions(line)
    if len(mentions) < 2:
        return set()
    rest = "".join(line[end:start] for (_, end, _), (start, _, _) in pairwise([(0, 0, ""), *mentions, (len(line), 0, "")]))
    return {name for _, _, name in mentions} if re.fullmatch(r"(?:[\s|/&,;\u2013-]|\band\b)*", rest, re.IGNORECASE) else set()


def _cells_naming(doc: Document) -> list[str]:
    """The tables' cell texts that may name the replying force: not those under a heading of where people are
    ("Believed location" over "Scotland", "Northern Ireland")."""
    cells = []
    for table in doc.tables:
        headed: dict[int, int] = {}  # a place column -> the row of its heading
        for r, row in enumerate(table.rows[:3]):
            for col, cell in enumerate(row):
                if cell.text and col not in headed and PLACE_COLUMN_HEADING.search(cell.text):
                    headed[col] = r
        if not headed:
            cells += [c.text for row in table.rows for c in row if c.text]
            continue
        for r, row in enumerate(table.rows):
            cells += [c.text for col, c in enumerate(row) if c.text and r <= headed.get(col, r)]
    return cells


_FORCE_CODE = re.compile(r"^\s*\d{1,3}\s*[-:]\s*")
_FORCE_HEADING = re.compile(r"^\s*force(?:[\s_]*(?:cd|code|name|area))?\s*$", re.IGNORECASE)


def _force_columns(doc: Document) -> list[str]:
    """The force a system export names in a column of its own ("FORCE_CD | KENT" on every row)."""
    named = []
    for table in doc.tables:
        header = [c.text for c in table.rows[0]] if table.rows else []
        for col, heading in enumerate(header):
            if _FORCE_HEADING.match(heading):
                # ("46 - Kent": a force's code before its name)
                forces = {area_named(_FORCE_CODE.sub("", row[col].text)) for row in table.rows[1:] if col < len(row) and row[col].text}
                if len(forces) == 1 and None not in forces:
                    named.append(forces.pop())  # type: ignore[arg-type]
    return named


def _sheet_titles(doc: Document) -> list[str]:
    """The top-left cell of each sheet (or CSV) when it names a force and says more besides ("North Yorkshire Police -
    Civil Disclosure Unit", "Heddlu De Cymru / South Wales Police" beside the reference): a title, as a letterhead
    is. A bare force name there is left to the table's own reading (the first row of a table of forces)."""
    titles = []
    for sheet in dict.fromkeys(t.title for t in doc.tables):
        table = next(t for t in doc.tables if t.title == sheet)
        first = next((c for c in table.rows[0] if c.text), None) if table.rows else None
        if first is None or first.locator.row not in (None, 1) or first.locator.column not in (None, "A"):
            continue
        mentions = find_mentions(first.text)
        if len({name for _, _, name in mentions}) == 1 and len(first.text.strip()) > mentions[0][1] - mentions[0][0] + 3:
            titles.append(first.text)
    return titles


def _merged_title(table: Table) -> str | None:
    """The text of a table's first row when it is one text across two or more cells (a title merged across them)."""
    first = [c.text for c in table.rows[0] if c.text] if table.rows else []
    return first[0] if len(first) >= 2 and len(set(first)) == 1 else None


#: A second force is a candidate for a joint reply when it scores this share of the best score...
JOINT_SHARE = 0.5
#: ...and at least this much evidence on its own (a signature's worth).
JOINT_MIN_SCORE = 4.0


#: A line of at most this many words is a heading (a letterhead, a signature, a section's title), not running text.
HEADING_MAX_WORDS = 8


_ON_BEHALF_OF_BOTH = re.compile(r"\bon\s+behalf\s+of\s+(?:both\s+)?", re.IGNORECASE)


# "Your request was sent to Norfolk Constabulary and Suffolk Constabulary and is answered jointly."
# ("You sent your request to both Norfolk Constabulary and Suffolk Constabulary. Please find attached a response from
# each force.": the forces named in that line)
_ANSWERED_JOINTLY = Caseless(
    r"\b(?:answered|dealt\s+with|handled)\s+jointly\b|\bjoint\s+(?:response|reply|answer)\b"
    r"|\b(?:sent|made|addressed)\s+(?:your\s+request\s+)?to\s+both\b|\b(?:received|considered|answered)\s+by\s+both\b"
    # "The answer for each force, as at 29 February 2016, is:"
    r"|\b(?:answers?|figures?|responses?|information)\s+for\s+each\s+(?:of\s+the\s+(?:two\s+)?)?forces?\b"
)
# "FOI 002877/22 (Norfolk) and FOI 002878/22 (Suffolk)": a reference for each force (tried only on a line with ") and").
_A_REFERENCE_EACH = re.compile(
    r"\d[\w/-]*\s*\([^()\d]{3,40}\)\s+and\s+(?:FOI\s+)?(?:ref(?:erence)?\.?\s*)?\d[\w/-]*\s*\([^()\d]{3,40}\)", re.IGNORECASE
)


def _says_jointly(line: str) -> bool:
    """Whether a line says the letter answers for two forces together ("answered jointly", "The answer for each force
    ... is:", a reference for each)."""
    # (each way of saying so holds one of these words: the pattern is tried on the few lines that have one)
    low = line.lower()
    if ("joint" in low or "both" in low or "each" in low) and _ANSWERED_JOINTLY.found_in(line):
        return True
    return ") and " in line and bool(_A_REFERENCE_EACH.search(line))


# "this response covers both forces", "is made on behalf of both forces": the letter answers for two, unnamed.
_FOR_BOTH_FORCES = re.compile(
    r"\b(?:covers|is\s+(?:made\s+|sent\s+|given\s+)?(?:for|on\s+behalf\s+of)|answers\s+for"
    # ("we have provided the figure for both forces")
    r"|(?:provided|given|included|set\s+out)\s+(?:the\s+)?(?:figures?|information|answers?|numbers?)\s+for)\s+both\s+(?:forces|constabularies)\b",
    re.IGNORECASE,
)


def _wrapped(lines: list[str]) -> tuple[str, ...]:
    """The lines, then each line joined to the next: a sentence wrapped over two lines is read whole."""
    return (*lines, *(f"{a} {b}" for a, b in pairwise(lines)))


# Public bodies other than police forces that a round robin's requests reach: councils, departments, the probation
# service, fire services, commissioners' offices.
_OTHER_BODY = re.compile(
    r"\b(?:county|city|borough|district|town|parish|unitary)\s+council\b|\bcouncil\s*$|\bhome\s+office\b|\bministry\s+of\s+justice\b"
    r"|\bprobation\s+service\b|\bfire\s+(?:and|&)\s+rescue\b|\b(?:police|police,\s+fire)\s+and\s+crime\s+commissioner\b"
    r"|\bhm\s+prison\s+and\s+probation\b|\bnhs\b",
    re.IGNORECASE,
)


def _another_body(lines: list[str]) -> str | None:
    """A heading (letterhead or signature line) naming a public body that is not a police force, or None."""
    return next((line.strip() for line in lines if len(line.split()) <= HEADING_MAX_WORDS and _OTHER_BODY.search(line)), None)


def _answering_together(lines: list[str]) -> list[str]:
    """The forces a line says the letter answers for ("on behalf of both X and Y", "... X and Y, answered jointly"),
    or none. A sentence wrapped over two lines ("... Warwickshire Police is answered" / "jointly.") is read whole."""
    for line in _wrapped(lines):
        lead = _ON_BEHALF_OF_BOTH.search(line)
        jointly = _says_jointly(line)
        if lead or jointly:
            named = [n for _, _, n in find_mentions(line[lead.end() :] if lead else line)]
            if len(set(named)) >= 2:
                return list(dict.fromkeys(named))
    return []


# "only the figure for Kent Police answers your request", "Your request to Kent Police", "This response is provided by
# Kent Police": a letter that says whose request it answers, whatever its table shows besides.
_FOR_ONE_FORCE = re.compile(
    r"\b(?:only\s+the\s+(?:figure|figures|row|column)\s+for|your\s+request\s+(?:to|was\s+made\s+to|has\s+been\s+handled\s+by)"
    r"|(?:response|reply)\s+is\s+(?:provided|sent|given)\s+by)\b",
    re.IGNORECASE,
)


# "both forces are therefore refusing", "Neither force holds": one outcome said to be all of theirs (not "you sent
# it to both forces").
_EVERY_FORCE = re.compile(
    r"\b(?:both|neither|either|each|all\s+(?:three|four|the))\s+(?:of\s+the\s+)?forces?\b", re.IGNORECASE
)
_AN_OUTCOME = re.compile(
    r"refus|exempt|withh[eo]ld|\bhold|\bheld\b|\brecords?\b|\bconfirm\s+n|neither\s+confirm|section\s+\d|exceed",
    re.IGNORECASE,
)


def _one_outcome_for_all(doc: Document, lines: list[str], forces: list[str]) -> list[Reply]:
    """A joint letter whose one outcome, with no figure, is said to be every force's ("both forces are refusing
    your request under section 12", "neither force holds the information"): that outcome for each force. A figure
    is never shared out so: it belongs to one force or to their sum."""
    if not any(_EVERY_FORCE.search(line) and _AN_OUTCOME.search(line) for line in lines):
        return []
    if _a_force_heads_a_figure(lines, forces):
        return []  # "West Mercia Police: 6 (six)" / "Warwickshire Police: fewer than five": figures, whatever is refused
    replies = [_parse_for(doc, by_name(name)) for name in forces]
    outcomes = {(r.status, r.exemptions) for r in replies}
    if len(outcomes) != 1 or replies[0].status not in ("refused", "not_held", "ncnd"):
        return []
    if any(r.needs_review or r.entries or r.stated_total_high is not None for r in replies):
        return []
    return [replace(r, parser=f"{r.parser} (joint reply, one outcome for every force)") for r in replies]


def _a_force_heads_a_figure(lines: list[str], forces: list[str]) -> bool:
    """Whether a line opens with one of the forces' names and gives a figure after it ("Warwickshire Police: fewer
    than five")."""
    from foi_tally.numbers import find_counts

    for line in lines:
        first = next(iter(find_mentions(line)), None)
        if first is not None and first[2] in forces and _heads_its_section(line, first[2]) and find_counts(line[first[1] :]):
            return True
    return False


def _for_one_of_them(lines: list[str]) -> bool:
    """Whether a line says whose request the letter answers, naming one force ("Your request to Kent Police"), not
    two ("Your request to West Mercia Police and Warwickshire Police is answered jointly")."""
    for line in lines:
        said = _FOR_ONE_FORCE.search(line)
        if said and len({n for _, _, n in find_mentions(line[said.end() : said.end() + 120])}) == 1:
            return True
    return False


def _named_in_a_heading(lines: list[str], name: str) -> bool:
    """Whether a heading names the force: a joint reply names each of its forces so (letterhead, signature,
    section titles); a force named only in sentences (a restated request quoting its figure) is not one."""
    def heads(line: str) -> bool:
        if len(line.split()) > HEADING_MAX_WORDS:
            # "* Devon & Cornwall Police: 9 RSOs ...": a list item led by the force's name, a heading of its own.
            # The label is the name and no more ("Freedom of Information (Scotland) Act 2002 - ..." is not one).
            label = LIST_LABEL.match(line)
            line = label[1] if label and len(label[1].split()) <= len(name.split()) + 1 else ""
        return any(found == name for _, _, found in find_mentions(line))

    return any(heads(line) for line in lines)


def _parse_for(doc: Document, force: Force | None) -> Reply:
    parser = registry().get(force.name, GENERIC) if force else GENERIC
    reply = parser.parse(doc, force)
    if reply is None and parser is not GENERIC:
        reply = GENERIC.parse(doc, force)
        if reply is not None:
            reply = replace(reply, parser=f"generic (the {force.short_name} parser declined)")  # type: ignore[union-attr]
    if reply is None:
        reply = _unreadable(doc, force, "no figure, nil return, refusal or 'not held' statement was recognised")
    return reply


def _joint_replies(doc: Document, candidates: list[Force]) -> list[Reply]:
    """Split a letter into each force's section (lines after a line naming only that force)."""
    names = {f.name for f in candidates}
    sections: dict[str | None, list] = {None: []}  # type: ignore[type-arg]
    current: str | None = None
    # The letter's head, down to its greeting ("Dear Ms Arkwright"), is every section's: a page title or letterhead
    # naming one force is not that force's answer.
    greeting = next((i for i, line in enumerate(doc.lines) if not line.quoted and _GREETING.match(line.text)), -1)
    # ("As Norfolk and Suffolk Constabularies share ...": both named at once, by the places alone)
    by_place = {name: re.compile(rf"\b{re.escape(_FORCE_WORD.sub('', name).strip())}\b") for name in names}
    places = list(by_place.values())
    # "Norfolk has 4 and Suffolk 2 registered sex offenders ...": a line shared by both, each force's figure after its
    # name; each force's section reads the line with the other's name and figure left out
    own_versions: dict[int, dict[str, Line]] = {}
    itemised = False  # whether the section now open began with a list item naming its force
    for i, line in enumerate(doc.lines):
        if line.quoted:
            continue
        if i <= greeting:
            sections[None].append(line)
            continue
        named = {name for _, _, name in find_mentions(line.text)} & names
        if len(named) > 1 or all(place.search(line.text) for place in places):
            current = None  # a line naming both forces (the shared letterhead) belongs to both
            if (versions := _each_forces_figure(line.text, by_place)) is not None:
                own_versions[id(line)] = {name: replace(line, text=text) for name, text in versions.items()}
        elif len(named) == 1:
            current, itemised = named.pop(), bool(_LIST_ITEM.match(line.text))
        elif itemised and not _LIST_ITEM.match(line.text):
            # ("• Devon & Cornwall Police – six (6)" / "• Dorset Police – none" / "The dates are exempt ...": after a
            # list of each force's figure, the letter speaks for both again)
            current, itemised = None, False
        sections.setdefault(current, []).append(line)
    section_of = {id(table): _section_of_table(table, doc.lines, sections) for table in doc.tables}
    replies = []
    for force in candidates:
        own = sections.get(force.name, [])
        if not own:
            return []
        # (in the letter's order: a label shared by both ("Number wanted ...:") stays above each force's figure)
        kept = {id(line) for line in sections[None] + own}
        lines = [own_versions.get(id(line), {}).get(force.name, line) for line in doc.lines if id(line) in kept]
        # (and a table with a row for each of the forces that one force's section holds, its rows naming no force in
        # full: "Norfolk | 2016 | 1" under Suffolk's line; cut to the force's own rows when read)
        tables = [table for table in doc.tables if section_of[id(table)] == force.name or (
            section_of[id(table)] in names and names <= forces_in_table(table)
        )]
        part = replace(doc, lines=lines, tables=tables, loose_rows=[], warnings=list(doc.warnings))
        reply = _parse_for(part, force)
        if reply.status == "unknown" or reply.needs_review and not (
            reply.missing_high is not None and _heads_its_section(own[0].text, force.name)
        ):
            # (A flagged section is still that force's answer when it opens with the force's name and gives a figure:
            # "Warwickshire Police has two ...". One that starts mid-sentence, or has no figure, was cut wrongly.)
            return []
        replies.append(replace(reply, parser=f"{reply.parser} (joint reply)"))
    if len({(r.missing_low, r.missing_high, r.status, r.stated_total_text) for r in replies}) < len(replies):
        return []  # the sections did not each carry their own answer
    return replies


def _section_of_table(table: Table, lines: list[Line], sections: dict[str | None, list]) -> str | None:  # type: ignore[type-arg]
    """The force whose section holds every row of a table, found as a run of the page's lines that show those rows'
    cells in turn ("1 09/09/2011" for | 1 | 09/09/2011 |); None when the rows are not found so, or lie in more than
    one section (a table under the shared head, or one with a row for each force, is no one section's)."""
    rows = [texts for row in table.rows if (texts := [cell.text for cell in row if cell.text])]
    page = [line for line in lines if line.locator.page == table.locator.page and not line.quoted]
    owner = {id(line): name for name, own in sections.items() for line in own}
    for first, line in enumerate(page):
        if not rows or not _shows_in_turn(line.text, rows[0]):
            continue
        held, at = [line], first + 1
        for texts in rows[1:]:
            # (a row's wrapped cell may put a line or two between one row and the next)
            at = next((i for i in range(at, min(at + 3, len(page))) if _shows_in_turn(page[i].text, texts)), -1)
            if at < 0:
                break
            held.append(page[at])
            at += 1
        else:
            found = {owner.get(id(line)) for line in held}
            return found.pop() if len(found) == 1 else None
    return None


def _shows_in_turn(text: str, cells: list[str]) -> bool:
    """Whether a line holds each of the cells' texts, one after another."""
    start = 0
    for cell in cells:
        start = text.find(cell, start)
        if start < 0:
            return False
        start += len(cell)
    return True


# Between a force's place name and its figure: "Norfolk has 4", "Suffolk: 2", "Suffolk 2".
_PLACE_THEN_FIGURE = re.compile(r"\s*(?:has|had|have|holds?|held|records?|recorded|with|[:\u2013-])?\s*(?:currently\s+)?")
_JOINER = r"(?:\s*[,;]\s*(?:(?:and|while|whilst|but)\s+)?|\s+(?:and|while|whilst|but)\s+)"
_JOINER_BEFORE = re.compile(rf"{_JOINER}$", re.IGNORECASE)
_JOINER_AFTER = re.compile(rf"^{_JOINER}", re.IGNORECASE)


def _each_forces_figure(text: str, places: dict[str, re.Pattern[str]]) -> dict[str, str] | None:
    """For a line giving each force its figure straight after its name ("Norfolk has 4 and Suffolk 2 registered
    sex offenders ..."), each force's version of the line, the others' names and figures left out; else None."""
    from foi_tally.numbers import find_counts

    counts = find_counts(text)
    if len(counts) < len(places):
        return None
    spans: dict[str, tuple[int, int]] = {}
    for name, place in places.items():
        found = place.search(text)
        figure = next((c for c in counts if found and c.start >= found.end()), None)
        if found is None or figure is None or not _PLACE_THEN_FIGURE.fullmatch(text[found.end() : figure.start]):
            return None
        spans[name] = (found.start(), figure.end)
    versions = {}
    for name, (own_start, _) in spans.items():
        kept = text
        for start, end in sorted((span for other, span in spans.items() if other != name), reverse=True):
            # (the word joining the two figures goes with the other's: after it when it comes first, before it when
            # it comes after)
            joiner = _JOINER_BEFORE.search(kept[:start]) if start > own_start else None
            if joiner is not None:
                kept = kept[: joiner.start()] + kept[end:]
            else:
                after = _JOINER_AFTER.match(kept[end:])
                kept = kept[:start] + kept[end + (after.end() if after else 0) :]
        versions[name] = kept
    return versions


_SAID_OF_THE_FORCE = re.compile(
    r"\s*(?:[:\u2013-]|$|\b(?:has|had|have|holds?|held|is|was|were|are|currently|records?|recorded|can|confirms?)\b"
    # ("For Suffolk Constabulary the figure is three")
    r"|,?\s*the\s+(?:answer|figure|number|total|position)\s+(?:is|was)\b)",
    re.IGNORECASE,
)
# "For Suffolk Constabulary the figure is ...": the word that may lead a force's name at the head of its section.
_FOR_THE_FORCE = re.compile(r"\s*(?:for|as\s+for|in\s+the\s+case\s+of)\s+$", re.IGNORECASE)
_FORCE_WORD = re.compile(r"\s+(?:constabulary|police(?:\s+service)?)$", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:dear|good\s+(?:morning|afternoon|evening)|hello|hi)\b", re.IGNORECASE)


def _heads_its_section(text: str, name: str) -> bool:
    """Whether a line opens with the force's name ("Suffolk Constabulary - fewer than five ...", "Warwickshire
    Police has two ..."), not naming it part-way through a sentence begun above."""
    first = next(iter(find_mentions(text)), None)
    return (
        first is not None and first[2] == name and (not re.search(r"\w", text[: first[0]]) or bool(_FOR_THE_FORCE.fullmatch(text[: first[0]])))
        # (a heading alone, or its figure said of it; not a table's row: "West Mercia Police 2011")
        and bool(_SAID_OF_THE_FORCE.match(text, first[1]))
    )


def _one_figure_for_two_queried(replies: list[Reply]) -> list[Reply]:
    """A joint reply's answers, each flagged when its figure was read from the very words another force's was ("As at
    1 October, Surrey Police has five ..., and Sussex Police has seven" read as five for both): whose is it?"""
    said = {r.force: {(e.locator, e.text) for e in r.entries} for r in replies if r.entries}
    flagged = []
    for reply in replies:
        shared = [other for other, words in said.items() if other != reply.force and words == said.get(reply.force)]
        if shared:
            reply = reply.flagged(f"the figure for {reply.force} is read from the same words as {' and '.join(shared)}'s: "
                                  "whose figure is it?")
        flagged.append(reply)
    return flagged


def _joint_by_table(doc: Document, forces: list[Force]) -> list[Reply]:
    """A joint reply whose table gives a row or a column for each of its forces: each force's reply, read with the
    table cut to that force's own (see base._own_rows)."""
    names = {f.name for f in forces}
    if not any(names <= forces_in_table(t) for t in doc.tables):
        return []
    replies = []
    for force in forces:
        reply = _parse_for(doc, force)
        if reply.status == "unknown" or reply.needs_review:
            return []
        replies.append(replace(reply, parser=f"{reply.parser} (joint reply)"))
    return replies


def _unreadable(doc: Document, force: Force | None, reason: str) -> Reply:
    return Reply(
        source=doc.source,
        force=force.name if force else None,
        ons_code=force.ons_code if force else None,
        status="unknown",
        act=force.act if force else None,
        sources=(doc.source,),
        warnings=tuple(doc.warnings),
        parser="none",
    ).flagged(reason)


def unreadable_file(source: str, reason: str) -> Reply:
    """The record for a file that could not be read at all: listed, never counted."""
    return Reply(source=source, force=None, ons_code=None, status="unknown", sources=(source,), parser="none").flagged(
        f"unreadable: {reason}"
    )


__all__ = [
    "GENERIC", "PARSER_VERSION", "ForceParser", "by_name", "parse_document", "parser_version", "registry",
    "unreadable_file",
]
