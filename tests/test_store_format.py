"""The store's JSON text: written by hand for speed, it must be what json.dumps would write."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from foi_tally.store import dumps

#: JSON values of the kinds records hold (and a few they don't), nested.
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _standard(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@given(_VALUES)
def test_dumps_writes_what_json_writes(data: object) -> None:
    assert dumps(data) == _standard(data)


def test_dumps_leaves_keys_that_are_not_strings_to_json() -> None:
    data = {"b": {2: "two", 1: "one"}, "a": (1, 2)}
    assert dumps(data) == _standard(data)


def test_every_stored_sample_record_is_written_as_json_writes_it(sample_store: Path) -> None:
    records = sorted((sample_store / "replies").glob("*.json"))
    assert len(records) == 46
    for path in records:
        text = path.read_text(encoding="utf-8")
        assert text == _standard(json.loads(text)), path.name
