"""Fast forms of regular expressions must find exactly what the plain forms find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foi_tally import dates, numbers
from foi_tally.layouts import metadata, outcome, prose
from foi_tally.parsers import base
from foi_tally.patterns import Caseless


def _flatten(value: object) -> list[object]:
    """The value, or the items of a list of them (nested in lists and tuples, as dates._SEARCH_RE is); a
    Caseless test's bound method (dates._SEARCH's needs) stands for its Caseless."""
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _flatten(item)]
    return [getattr(value, "__self__", value)]


#: Every Caseless test the layouts use.
CASELESS = {
    f"{module.__name__}.{name}[{n}]": item
    for module in (outcome, prose, base, numbers, dates, metadata)
    for name, value in vars(module).items()
    for n, item in enumerate(_flatten(value))
    if isinstance(item, Caseless)
}

_WORDS = st.sampled_from([
    "there", "are", "no", "RSOs", "rso", "Registered", "SEX", "offenders", "nil", "return", "whereabouts", "Wanted",
    "missing", "neither", "Confirm", "nor", "deny", "NCND", "ICO", "Information", "Commissioner", "not", "held",
    "hold", "exceed", "the", "cost", "limit", "£450", "refused", "unable", "to", "provide", "exempt", "withheld",
    "five", "Twenty", "years", "May", "ionawr", "2015", "7", "ſix", "İnformation", "Ωmega", "café", ".", ",", "\n",
    "section 40(2)", "s.12", "£5,000", "10 pounds", "12/03/2015", "2014-15", "FOI/2015/0123", "Ref: 123",
    "10:30", "5 PM", "07700 900123", "between", "and", "fewer than", "more than", "at least", "Forty-Two", "1,234", "-", "<", "5+", "none", "No one",
])  # fmt: skip


def test_the_layouts_caseless_tests_are_all_here() -> None:
    assert len(CASELESS) >= 30, sorted(CASELESS)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.sampled_from([" ", "  ", "\t"]))
def test_caseless_finds_what_the_case_insensitive_pattern_finds(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    for name, test in CASELESS.items():
        for variant in (text, text.upper(), text.lower(), text.title()):
            assert test.found_in(variant) == (test.pattern.search(variant) is not None), (name, variant)
            spans = [(m.span(), m.lastgroup) for m in test.finditer(variant)]
            assert spans == [(m.span(), m.lastgroup) for m in test.pattern.finditer(variant)], (name, variant)


@given(st.text(max_size=60))
def test_caseless_agrees_on_any_text(text: str) -> None:
    for name, test in CASELESS.items():
        assert test.found_in(text) == (test.pattern.search(text) is not None), name


def test_caseless_patterns_are_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\bNCND\b")
    assert Caseless(r"\bncnd\b\S*").found_in("An NCND reply")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "As at", "as of", "correct at", "Valid on", "accurate as at", "figures for", "snapshot taken", "position at",
    "data as at", "extracted from ViSOR on", "checked on", "carried out on", "On", "on", "the", "5 March 2015",
    "16/02/2015", "RSO-0001", "A\u0130S AT", "\u017fnapshot", ",", ":", "\n",
]), max_size=8))
def test_as_at_words_are_in_every_text_with_an_as_at_phrase(words: list[str]) -> None:
    text = " ".join(words)
    if metadata._AS_AT.search(text):
        assert metadata._AS_AT_WORDS.found_in(text), text
