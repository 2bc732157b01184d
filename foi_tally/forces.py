"""The force registry, and telling which force a document comes from.

The facts (names, ONS codes, aliases, Acts) live in `data/forces.csv`, a
project data file. Identification weighs evidence from the document itself:
the sender's email domain, the letterhead, the signature block, mentions in the
text and reference formats. A file name is only a tie-breaker.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from foi_tally.patterns import alternation, cached_for_short_texts

# Evidence weights. A letterhead or sender domain settles it; mentions in the
# body only help. NOTE: body mentions are weak because replies name other
# forces ("please contact your local force, e.g. the Metropolitan Police").
WEIGHT_DOMAIN = 10.0
WEIGHT_LETTERHEAD = 6.0
WEIGHT_SIGNATURE = 4.0
WEIGHT_REFERENCE = 3.0
WEIGHT_MENTION = 1.0
WEIGHT_MENTION_CAP = 3.0
WEIGHT_FILENAME = 0.5
HEAD_LINES = 8
#: A line of at most this many words is a heading (a name, an address line), not a sentence.
HEADING_WORDS = 8
TAIL_LINES = 8
# The signature block starts at the closing words of a letter or email.
_SALUTATION = re.compile(r"\s*(?:dear|annwyl)\b", re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)?\s*regards|many\s+thanks|thanks"
    r"|yn\s+gywir|cofion)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Force:
    name: str
    short_name: str
    ons_code: str | None
    nation: str
    kind: str
    act: str
    round_robin: bool  # one of the 46 forces a UK round robin is sent to
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    successor: str | None

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.short_name.lower()).strip("_")


@cache
def all_forces() -> tuple[Force, ...]:
    text = resources.files("foi_tally").joinpath("data/forces.csv").read_text(encoding="utf-8")
    forces = []
    for row in csv.DictReader(text.splitlines()):
        forces.append(
            Force(
                name=row["name"],
                short_name=row["short_name"],
                ons_code=row["ons_code"] or None,
                nation=row["nation"],
                kind=row["kind"],
                act=row["act"],
                round_robin=row["round_robin"] == "yes",
                aliases=tuple(a for a in row["aliases"].split("|") if a),
                domains=tuple(d for d in row["domains"].split("|") if d),
                successor=row["successor"] or None,
            )
        )
    return tuple(forces)


def round_robin_forces() -> list[Force]:
    """The 46 forces a UK round robin goes to, in the registry's order."""
    return [f for f in all_forces() if f.round_robin]


def by_name(name: str) -> Force:
    """Look a force up by its name or any alias; raises KeyError with a helpful message."""
    force = lookup(name)
    if force is None:
        raise KeyError(f"unknown force {name!r}: try its full name, e.g. 'Greater Manchester Police'")
    return force


def lookup(name: str) -> Force | None:
    return _by_key().get(_normalise(name).lower())


@cache
def _by_key() -> dict[str, Force]:
    """Every normalised name and alias -> its force; where two forces share one, the first in the registry."""
    keys: dict[str, Force] = {}
    for force in all_forces():
        for n in (force.name, force.short_name, *force.aliases):
            keys.setdefault(_normalise(n).lower(), force)
    return keys


_SPACES = re.compile(r"\s+")


def _normalise(text: str) -> str:
    text = text.replace("&", " and ").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return _SPACES.sub(" ", text).strip()


def _is_case_sensitive(alias: str) -> bool:
    """Abbreviations ("MPS", "GMP", "Met") only count in their own capitalisation: "met" is a verb."""
    letters = alias.replace(" ", "")
    return len(letters) <= 4 or letters.isupper() or (alias.isalpha() and len(alias) <= 4)


@dataclass(frozen=True)
class _Matcher:
    folded: re.Pattern[str]
    exact: re.Pattern[str]
    names: dict[str, str]  # normalised alias (lower-cased when folded) -> force name
    folded_aliases: tuple[str, ...]  # the aliases each pattern is made of
    exact_aliases: tuple[str, ...]


@cache
def _matcher() -> _Matcher:
    folded_aliases: dict[str, str] = {}
    exact_aliases: dict[str, str] = {}
    for force in all_forces():
        # A bare place name ("Cheshire", "Kent") is not evidence: every letter gives the ICO's
        # address in Wilmslow, Cheshire. Short names count only when they name a police body.
        short = (force.short_name,) if re.search(r"police|constabulary|^[A-Z]{2,5}$", force.short_name, re.IGNORECASE) else ()
        for alias in (force.name, *short, *force.aliases):
            alias = _normalise(alias)
            if _is_case_sensitive(alias):
                exact_aliases[alias] = force.name
            else:
                folded_aliases[alias.lower()] = force.name

    def pattern(aliases: list[str], flags: int) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(aliases)})(?![\w-])", flags)

    return _Matcher(
        folded=pattern(list(folded_aliases), re.IGNORECASE),
        exact=pattern(list(exact_aliases), 0),
        names={**folded_aliases, **exact_aliases},
        folded_aliases=tuple(folded_aliases),
        exact_aliases=tuple(exact_aliases),
    )


def _may_be_label(cell: str) -> bool:
    """Whether a cell could be a force's name with at most one character more: the cell itself, or it less
    its first or last character, is a known name (so a cell with two digits is none, while no name holds a
    digit). A quick test that spares find_mentions the thousands of references and dates in a long table;
    it never turns a label away."""
    if _TWO_DIGITS.search(cell) and not _names_hold_digits():
        return False
    norm = _normalise(cell)
    if len(norm) <= 2 or not norm.isascii():
        return True  # (beyond ASCII, the regex engine's case rules are not lower()'s: find_mentions decides)
    names = _label_names()
    return norm.lower() in names or norm[:-1].lower() in names or norm[1:].lower() in names


_TWO_DIGITS = re.compile(r"\d\D*\d")


@cache
def _label_names() -> frozenset[str]:
    return frozenset(name.lower() for name in _matcher().names)


@cache
def _names_hold_digits() -> bool:
    return any(ch.isdigit() for name in _label_names() for ch in name)


def force_named(text: str) -> str | None:
    """The force a cell or label is the name of ("West Mercia Police", "Cheshire Constabulary"), or None. Quick for
    the thousands of dates and references in a long table, which _may_be_label turns away unread."""
    label = text.strip()
    if not 0 < len(label) <= 60 or not _may_be_label(label):
        return None
    found = find_mentions(label)
    return found[0][2] if len(found) == 1 and found[0][1] - found[0][0] >= len(_normalise(label)) - 1 else None


def area_named(text: str) -> str | None:
    """force_named, or the force whose area a cell names and nothing else ("Warwickshire", "West Mercia"). Only
    where forces stand side by side, as an alliance's table sets them out, is an area's name its force's."""
    named = force_named(text)
    if named is not None or len(text) > 40 or _DIGIT.search(text):
        return named  # (no area's name holds a digit: the thousands of references and dates in a long table)
    return _by_short_name().get(_normalise(text).lower())


_DIGIT = re.compile(r"\d")


@cache
def _by_short_name() -> dict[str, str]:
    return {_normalise(f.short_name).lower(): f.name for f in all_forces()}


def find_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every whole-word force mention in `text` as (start, end, force name), longest alias winning."""
    return list(_find_mentions(text))


# A reply's lines are looked through for forces by several rules in turn.
@cached_for_short_texts
def _find_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    matcher = _matcher()
    norm = _normalise(text)
    found: list[tuple[int, int, str]] = []
    for pattern, fold in ((matcher.folded, True), (matcher.exact, False)):
        for m in pattern.finditer(norm):
            key = _SPACES.sub(" ", m.group(0))
            found.append((m.start(), m.end(), matcher.names[key.lower() if fold else key]))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if kept and start < kept[-1][1]:
            continue
        if _STATUTE_AFTER.match(norm, end) and norm[start - 1 : start] == "(":
            continue  # "Freedom of Information (Scotland) Act 2002" names a law, not Police Scotland
        kept.append((start, end, name))
    return tuple(kept)


# A UK postcode: "CM7 4AZ", "SW1H 0BG".
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _mentions_but_counties(line: str) -> list[tuple[int, int, str]]:
    """find_mentions, less an area named bare in an address ("1 High Street, Chelmsford, Essex CM1 1AA" under another
    force's name): where an office is, not whose it is."""
    found = find_mentions(line)
    if not _POSTCODE.search(line):
        return found
    norm = _normalise(line).lower()
    return [(s, e, name) for s, e, name in found if _by_short_name().get(norm[s:e]) != name]


#: What follows a place in brackets in the title of a law: "(Scotland) Act", "(Northern Ireland) Order".
_STATUTE_AFTER = re.compile(r"\)\s*(?:act|regulations|order|bill)\b", re.IGNORECASE)


def force_for_domain(domain: str) -> Force | None:
    """A sender's domain to a force: registered domains first, then `<name>.police.uk` by name."""
    domain = domain.lower().strip().rstrip(".")
    for force in all_forces():
        if any(domain == d or domain.endswith("." + d) for d in force.domains):
            return force
    m = re.search(r"(?:^|\.)([a-z0-9-]+)(?:\.pnn)?\.police\.uk$", domain)
    if not m:
        return None
    label = m.group(1).replace("-", "")
    return next((force for force, squashed in _squashed_names() if label in squashed), None)


@cache
def _squashed_names() -> tuple[tuple[Force, frozenset[str]], ...]:
    """Each force with its names as a domain label spells them: letters only, with and without "police"."""
    found = []
    for force in all_forces():
        candidates = {force.short_name, force.name, *force.aliases}
        squashed = {re.sub(r"[^a-z]", "", _normalise(c).lower()) for c in candidates}
        squashed |= {s.removesuffix("police").removesuffix("constabulary") for s in squashed}
        squashed |= {s.replace("and", "") for s in squashed}
        found.append((force, frozenset(squashed)))
    return tuple(found)


@dataclass
class Identification:
    """Which force a document is from, how sure we are, and why."""

    force: Force | None
    score: float
    evidence: list[str] = field(default_factory=list)
    runner_up: Force | None = None
    runner_up_score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def confident(self) -> bool:
        if self.force is None or self.score < WEIGHT_SIGNATURE:
            return False
        return self.runner_up_score * 2 <= self.score or self.score - self.runner_up_score >= WEIGHT_LETTERHEAD

    def forces_above(self, share: float) -> list[str]:
        """Forces scoring at least `share` of the best score: the candidates for a joint reply."""
        return [n for n, s in sorted(self.scores.items(), key=lambda kv: -kv[1]) if s >= self.score * share]


#: The label a list item is led by: "* Dorset Police: 2 RSOs ...", "Norfolk Constabulary - 3 ...".
LIST_LABEL = re.compile(r"^[\s\u2022*-]*([^:\u2013]{3,60}?)\s*(?::|\s\u2013\s|\s-\s)")
# The complaints paragraph: it names the regulator and its address, not the force that replies.
_REGULATOR = re.compile(r"\binformation\s+commissioner|\bICO\b|\binternal\s+review\b", re.IGNORECASE)
# ...unlike a heading naming the force over a review's outcome ("Kent Police - Internal Review Outcome").
_REVIEW_HEADING = re.compile(
    # ("Merseyside Police - Internal review of FOI 0977/17 (review ref 1288/17)")
    r"^[^.]{3,80}?\s[-\u2013:|]\s*internal\s+review(?:\s+(?:outcome|decision|response|result))?(?:\s+of\s+[^.]{3,60})?\s*$"
    r"|^\s*internal\s+review\b[^.|]{0,40}?\s[-\u2013|]\s*[^.]{3,60}$",  # ("Internal Review 17-IR-061 | Kent Police", a page title)
    re.IGNORECASE,
)
# "Your request to Norfolk Constabulary", "Freedom of Information request to Norfolk Constabulary: ref ...",
# "Request received by Cheshire Constabulary", "your request has been
# handled by Dorset Police", "This response is provided by ...", "only the figure for Dorset Police answers ...".
_ADDRESSED = re.compile(
    r"\byour\s+(?:foi\s+|freedom\s+of\s+information\s+)?request\s+(?:for\s+information\s+)?(?:was\s+|which\s+was\s+)?"
    r"(?:made\s+|sent\s+|addressed\s+|submitted\s+)?to\s+(?:the\s+)?"
    r"|\brequest\s+(?:was\s+|has\s+been\s+)?(?:received|handled|dealt\s+with|answered|processed)\s+by\s+(?:the\s+)?"
    r"|\b(?:freedom\s+of\s+information|foi)\s+request\s+to\s+(?:the\s+)?"
    r"|\b(?:this\s+)?(?:response|reply)\s+is\s+(?:provided|made|sent|given)\s+by\s+(?:the\s+)?"
    r"|\bonly\s+the\s+(?:figures?|row|answer)\s+for\s+(?:the\s+)?(?=[^.;]{3,60}\banswers?\b)",
    re.IGNORECASE,
)
_PASSED_ON = re.compile(r"\b(?:direct|send|submit|forward|redirect|resubmit|address|refer|pass|make|made)\w*\s+$|\b(?:passed|"
                        r"transferred|forwarded|referred|sent)\s+$", re.IGNORECASE)
_POLICE_DOMAIN = re.compile(r"[@/.]((?:[a-z0-9-]+\.)+police\.uk)\b", re.IGNORECASE)

#: Joins lines searched together for mentions (see identify).
LINE_SEPARATOR = "\x00"


def identify(
    lines: list[str],
    cells: list[str] = (),  # type: ignore[assignment]
    sender: str | None = None,
    filename: str | None = None,
    reference_hits: dict[str, str] | None = None,
) -> Identification:
    """Weigh the evidence in a document's own lines (quoted text already removed)."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}

    def add(name: str, weight: float, why: str) -> None:
        scores[name] = scores.get(name, 0.0) + weight
        evidence.setdefault(name, []).append(why)

    if sender and "@" in sender:
        force = force_for_domain(sender.rsplit("@", 1)[1].strip(" >"))
        if force:
            add(force.name, WEIGHT_DOMAIN, f"sender domain {sender.rsplit('@', 1)[1].strip(' >')}")

    # The complaints paragraph names the regulator's address ("St Andrews, Fife"), not the force that replies.
    # (A heading "Kent Police - Internal Review Outcome" is no part of it.)
    lines = [line for line in lines if not _REGULATOR.search(line) or _REVIEW_HEADING.match(line)]
    # The letterhead is the top of the page. Below "Dear ..." only headings stay in it (a joint letter's "Norfolk
    # Constabulary" over each force's part); a short letter's first sentences are its body, and may name another force.
    salutation = next((i for i, line in enumerate(lines[:HEAD_LINES]) if _SALUTATION.match(line)), HEAD_LINES)
    top = lines[:HEAD_LINES]

    def heading(line: str) -> bool:
        # A short line, or a list item led by a force's name ("* Dorset Police: 2 RSOs ..."): a heading of its own.
        label = LIST_LABEL.match(line)
        return len(line.split()) <= HEADING_WORDS or bool(label and find_mentions(label[1]))

    head = [line for i, line in enumerate(top) if i < salutation or heading(line)]
    spoken = [line for i, line in enumerate(top) if i > salutation and not heading(line)]
    closing = max((i for i, line in enumerate(lines) if _CLOSING.match(line)), default=None)
    tail_start = closing if closing is not None and closing >= HEAD_LINES else max(HEAD_LINES, len(lines) - TAIL_LINES)
    tail = lines[tail_start:]
    body = spoken + lines[HEAD_LINES:tail_start]
    shared: list[list[str]] = []  # the forces an alliance letterhead or signature names together
    for part, weight, label in ((head, WEIGHT_LETTERHEAD, "letterhead"), (tail, WEIGHT_SIGNATURE, "signature")):
        seen: set[str] = set()
        for line in part:
            named = list(dict.fromkeys(name for _, _, name in _mentions_but_counties(line)))
            if len(named) > 1:
                shared.append(named)
            for name in named:
                if name not in seen:
                    seen.add(name)
                    # An alliance letterhead naming two forces is shared evidence, split between them.
                    add(name, weight / len(named), f"{label}: {line.strip()[:60]}")
    mention_scores: dict[str, float] = {}
    # The body's lines in one search, kept apart by a character no alias matches across (nor counts as part of a
    # word): the same mentions as line by line, without a search for each of a long appendix's lines.
    for _, _, name in find_mentions(LINE_SEPARATOR.join(body)):
        mention_scores[name] = min(WEIGHT_MENTION_CAP, mention_scores.get(name, 0.0) + WEIGHT_MENTION)
    for name, weight in mention_scores.items():
        add(name, weight, "named in the text")
    # "Your request to Norfolk Constabulary has been considered": the force the request was sent to answers it.
    for line in lines:
        for lead in _ADDRESSED.finditer(line):
            if _PASSED_ON.search(line, max(0, lead.start() - 30), lead.start()):
                continue  # "you may wish to direct your request to ...", "we have passed your request to ..."
            found = find_mentions(line[lead.end() : lead.end() + 60])
            if found and found[0][0] == 0:
                add(found[0][2], WEIGHT_LETTERHEAD, f"the request was made to it: {line.strip()[:60]}")
                break
    # "foi@kent.pnn.police.uk" in a letterhead or signature: the force's own address, as a sender's domain is.
    for part, weight, label in ((head, WEIGHT_LETTERHEAD, "letterhead"), (tail, WEIGHT_SIGNATURE, "signature")):
        addresses = {force.name for line in part for domain in _POLICE_DOMAIN.findall(line)
                     if (force := force_for_domain(domain)) is not None}
        for name in addresses:
            add(name, weight, f"{label}: a {name} web or email address")
    if shared:
        # Under a shared letterhead, the letter's own lines name the force that answers, and not its partner.
        alone = {name for line in lines if len(found := {n for _, _, n in find_mentions(line)}) == 1 for name in found}
        for named in shared:
            answering = [name for name in named if name in alone]
            if len(answering) == 1:
                add(answering[0], WEIGHT_LETTERHEAD, "the only one of a shared letterhead's forces named on its own")
    # A table cell that is exactly a force's name is a label ("Force: North Yorkshire Police").
    # Each distinct text once: a 10,000-row sheet repeats its dates, categories and Y/N flags thousands of times.
    labelled = {
        name
        for cell in dict.fromkeys(cells)
        if _may_be_label(cell)
        for s, e, name in find_mentions(cell)
        if e - s >= len(_normalise(cell)) - 1
    }
    for name in sorted(labelled):
        add(name, WEIGHT_LETTERHEAD, "named in a table cell")
    for name, ref in (reference_hits or {}).items():
        add(name, WEIGHT_REFERENCE, f"reference format {ref}")
    if filename:
        for _, _, name in find_mentions(re.sub(r"[_.\-]+", " ", filename)):
            add(name, WEIGHT_FILENAME, "file name")

    if not scores:
        return Identification(force=None, score=0.0)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best_name, best = ranked[0]
    runner_name, runner = ranked[1] if len(ranked) > 1 else (None, 0.0)
    return Identification(
        force=by_name(best_name),
        score=best,
        evidence=evidence[best_name],
        runner_up=by_name(runner_name) if runner_name else None,
        runner_up_score=runner,
        scores=scores,
    )
