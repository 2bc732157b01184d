"""The common record: ranges, precision and a lossless JSON round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foi_tally.records import Locator, MissingEntry, Reply, cut_to_precision


def entry(low: int, high: int, since: str | None = "2004-09", precision: str = "month") -> MissingEntry:
    return MissingEntry(since, precision, low, high, "wanted", Locator("r.pdf", page=2, line=14), "two since Sept 2004")


def test_missing_is_exact_only_when_every_entry_is() -> None:
    reply = Reply(source="r.pdf", force="Kent Police", ons_code="E23000032", status="answered",
                  entries=(entry(2, 2), entry(1, 4)))
    assert (reply.missing_low, reply.missing_high, reply.missing) == (3, 6, None)
    exact = Reply(source="r.pdf", force="Kent Police", ons_code="E23000032", status="answered", entries=(entry(2, 2),))
    assert exact.missing == 2


def test_refusals_carry_no_count_even_with_a_stated_total() -> None:
    reply = Reply(source="r.pdf", force=None, ons_code=None, status="refused", stated_total_low=3, stated_total_high=3)
    assert reply.missing_low is None and reply.missing is None


def test_flagging_accumulates_reasons_once() -> None:
    reply = Reply(source="r.pdf", force=None, ons_code=None, status="unknown")
    flagged = reply.flagged("no figure").flagged("no figure").flagged("force unknown")
    assert flagged.needs_review and flagged.review_reasons == ("no figure", "force unknown")
    assert not reply.needs_review  # records are immutable


def test_locator_describes_itself() -> None:
    loc = Locator("reply.eml", part="data.xlsx", sheet="Data", row=7, column="B")
    assert loc.describe() == "reply.eml > data.xlsx, sheet 'Data', row 7, column B"


@given(
    low=st.integers(0, 500),
    extra=st.integers(0, 10),
    status=st.sampled_from(["answered", "partial", "refused", "ncnd", "not_held", "unknown"]),
    exemptions=st.lists(st.sampled_from(["s12", "s31", "s38", "s40"]), unique=True),
)
def test_json_round_trip_is_lossless(low: int, extra: int, status: str, exemptions: list[str]) -> None:
    reply = Reply(source="a b#c.pdf", force="Essex Police", ons_code="E23000028", status=status,
                  exemptions=tuple(exemptions), entries=(entry(low, low + extra),), as_of="2015-02-10")
    assert Reply.from_dict(reply.to_dict()) == reply


@given(st.dates(), st.sampled_from(["day", "month", "year", "unknown"]))
def test_dates_never_claim_more_than_their_precision(day, precision: str) -> None:  # type: ignore[no-untyped-def]
    cut = cut_to_precision(day.isoformat(), precision)
    expected = {"day": 10, "month": 7, "year": 4}.get(precision)
    assert cut == (day.isoformat()[:expected] if expected else None)


@pytest.mark.parametrize("kind", ["Locator", "Cell"])
def test_hand_written_inits_take_each_field_in_order_with_its_default(kind: str) -> None:
    import dataclasses
    import inspect

    from foi_tally.document import Cell

    cls = {"Locator": Locator, "Cell": Cell}[kind]
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    cell = Cell("2019", Locator("a.csv", row=2))
    assert (cell.text, cell.spanned, dataclasses.replace(cell, spanned="x").spanned) == ("2019", None, "x")


def test_locator_init_takes_each_field_in_order_with_its_default() -> None:
    import dataclasses

    loc = Locator("a.pdf", 2, line=7)
    assert dataclasses.replace(loc, line=8) == Locator("a.pdf", page=2, line=8)
    assert hash(loc) == hash(Locator("a.pdf", 2, None, None, None, 7))
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.page = 3  # type: ignore[misc]


def test_review_reasons_past_those_shown_are_counted_not_listed() -> None:
    """A long list queried row by row keeps its first reasons readable; the rest are counted in one last reason."""
    from foi_tally.records import REVIEW_REASONS_SHOWN, Reply

    reply = Reply(source="x.csv", force=None, ons_code=None, status="unknown")
    for n in range(REVIEW_REASONS_SHOWN + 40):
        reply = reply.flagged(f"row {n}: still missing?")
    assert reply.review_reasons[:2] == ("row 0: still missing?", "row 1: still missing?")
    assert len(reply.review_reasons) == REVIEW_REASONS_SHOWN + 1
    assert reply.review_reasons[-1] == "and 40 more queries"
