"""Regular expressions built from word lists, shaped so the regex engine scans them quickly; and a cache for the
scans several rules ask of the same sentence."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import TypeVar


def alternation(words: list[str]) -> str:
    """One pattern for all the words, sharing their common starts: "north(?:umbria|...)" rather than
    sixty words the regex engine tries one after another at every character it scans.

    It matches what the plain alternation of the words, longest first, would match: at any place the
    words that fit the text lie along one path of the tree, and each optional ending is greedy, so the
    longest word that fits wins ("New Scotland Yard" over "Scotland"). A space in a word matches any
    run of white space.
    """
    end = ""  # the key marking a word ending at a node; characters are never empty
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[end] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch != end
        ]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
        if end in node and branches:
            return f"(?:{body})?"
        return body

    return build(root)


class Caseless:
    """Whether a case-insensitive pattern occurs in a text, found quickly.

    The regex engine runs a case-sensitive pattern several times faster than a case-insensitive one. ASCII
    text is lower-cased and searched with the pattern compiled case-sensitively, which finds it exactly
    when the case-insensitive pattern would; any other text (where Unicode case rules such as "ſ" for "s"
    come in) is searched with the case-insensitive pattern itself. So the pattern is written in lower case
    (but for escapes such as \\S and named groups, "(?P<name>").

    The case-insensitive pattern is compiled the first time non-ASCII text needs it: the large ones take
    tens of milliseconds each to compile, in every worker process, and most replies never need them.
    """

    def __init__(self, pattern: str) -> None:
        if not self.applies(pattern):
            raise ValueError(f"a Caseless pattern is written in lower case: {pattern[:80]!r}")
        self._lower = re.compile(pattern)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self._lower.pattern, re.IGNORECASE)

    @staticmethod
    def applies(pattern: str) -> bool:
        """Whether the pattern is written in lower case, as a Caseless pattern must be."""
        return re.search(r"(?<!\\)(?<!\(\?)[A-Z]", pattern) is None

    @classmethod
    def where_possible(cls, pattern: str) -> Caseless | re.Pattern[str]:
        """The pattern as a Caseless one, or case-insensitive as it is when it has capitals ("(?-i:May)")."""
        return cls(pattern) if cls.applies(pattern) else re.compile(pattern, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches the case-insensitive pattern finds, at the same places; for ASCII text their groups
        hold the text lower-cased (slice the text itself for its own case)."""
        if text.isascii():
            return self._lower.finditer(text.lower())
        return self.pattern.finditer(text)

    def found_in(self, text: str) -> bool:
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None


#: Longest text whose scan is kept for the rules that ask again: a sentence or a line. A whole letter joined into
#: one text is scanned once anyway, and keeping thousands of those would make memory grow with the corpus.
CACHED_TEXT_MAX = 2000
CACHED_TEXTS = 4096
_Scan = TypeVar("_Scan")


def cached_for_short_texts(scan: Callable[..., _Scan]) -> Callable[..., _Scan]:
    """`scan(text, ...)` remembered for its last few thousand short texts: a reply's sentences are read for dates,
    counts and forces by several rules in turn, and the answer is the same each time. (The answer must not be
    changed by its callers: return a tuple of frozen values.)"""
    remembered = functools.lru_cache(maxsize=CACHED_TEXTS)(scan)

    @functools.wraps(scan)
    def scan_once(text: str, *args: object) -> _Scan:
        return remembered(text, *args) if len(text) <= CACHED_TEXT_MAX else scan(text, *args)

    scan_once.cache_info = remembered.cache_info  # type: ignore[attr-defined]
    return scan_once
