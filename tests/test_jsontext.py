"""The fast indented JSON writer gives json.dumps's bytes, and json.dumps's errors."""

from __future__ import annotations

import collections
import enum
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threatgraph._jsontext import dumps_indented


def _reference(data: Any, sort_keys: bool, allow_nan: bool) -> str:
    return json.dumps(data, sort_keys=sort_keys, indent=2, ensure_ascii=False, allow_nan=allow_nan)


class _Number(enum.IntEnum):
    THREE = 3


class _Word(str, enum.Enum):
    QUOTED = 'b"x'


class _Items(list[Any]):
    """A list subclass: written as a list, like json.dumps does."""


_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.sampled_from([_Number.THREE, _Word.QUOTED])
)
_keys = st.text() | st.integers() | st.sampled_from([None, True, False, 1.5, _Word.QUOTED])
_documents = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        | st.dictionaries(_keys, inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300)
@given(_documents, st.booleans(), st.booleans())
def test_same_text_or_same_error_as_json_dumps(data: Any, sort_keys: bool, allow_nan: bool) -> None:
    expected: tuple[str, str]
    try:
        expected = ("text", _reference(data, sort_keys, allow_nan))
    except (TypeError, ValueError) as exc:
        expected = (type(exc).__name__, str(exc))
    try:
        got = ("text", dumps_indented(data, sort_keys=sort_keys, allow_nan=allow_nan))
    except (TypeError, ValueError) as exc:
        got = (type(exc).__name__, str(exc))
    assert got == expected


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        [[], {}, [[]], {"a": {}}],
        {"b": [1, [2, {}], {"c": None}], "a": (1, 2)},
        collections.OrderedDict([("z", 1), ("a", 2)]),
        [collections.OrderedDict(), _Items(), _Items([1, "a", [], _Items([True])])],
        {"a": collections.OrderedDict([("b", _Items([{}]))])},
        {1: "x", 2.5: "y", 0: 1, -3: 2},
        'é\n\x00\u2028"\\',
        {"k": [1e100, -0.0, 2**70, _Number.THREE, {_Word.QUOTED: _Word.QUOTED}]},
        {"same": {"same": {"same": 1}}, "other": [{"same": 2}, {"same": 3}]},
    ],
)
@pytest.mark.parametrize("sort_keys", [True, False])
def test_known_shapes(data: Any, sort_keys: bool) -> None:
    expected = _reference(data, sort_keys, allow_nan=False)
    assert dumps_indented(data, sort_keys=sort_keys, allow_nan=False) == expected


def test_keys_of_every_json_type_become_strings() -> None:
    data = {7: "x", 2.5: "y", True: 1, False: 0, None: 2, "s": 3}
    assert dumps_indented(data, sort_keys=False, allow_nan=False) == _reference(data, False, False)


def test_unserialisable_values_raise_what_json_dumps_raises() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented([object()], sort_keys=True, allow_nan=False)
    with pytest.raises(TypeError, match="keys must be str"):
        dumps_indented({(1, 2): 3}, sort_keys=False, allow_nan=False)
    with pytest.raises(ValueError, match="Out of range float"):
        dumps_indented({"a": float("inf")}, sort_keys=True, allow_nan=False)
    assert dumps_indented([float("nan")], sort_keys=True, allow_nan=True) == "[\n  NaN\n]"


def test_circular_structures_raise_like_json_dumps() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented(loop, sort_keys=True, allow_nan=False)


def test_deep_nesting_falls_back_to_the_standard_encoder() -> None:
    data: Any = "leaf"
    for _ in range(300):
        data = {"k": [data]}
    assert dumps_indented(data, sort_keys=True, allow_nan=False) == _reference(data, True, False)


@pytest.mark.parametrize("sort_keys", [True, False])
def test_an_array_written_item_by_item_is_the_array_at_its_indent(sort_keys: bool) -> None:
    import io

    from threatgraph._jsontext import dumps_indented, write_array

    items = [{"b": [1, {"x": "é\n"}], "a": None}, [], "s", 2.5]
    for data in (items, []):
        buffer = io.StringIO()
        buffer.write('{\n  "k": ')
        write_array(buffer, iter(data), "  ", sort_keys=sort_keys)
        buffer.write("\n}")
        whole = dumps_indented({"k": data}, sort_keys=sort_keys, allow_nan=False)
        assert buffer.getvalue() == whole


@settings(max_examples=300)
@given(
    st.lists(_documents, max_size=5),
    st.integers(min_value=0, max_value=3),
    st.booleans(),
    st.booleans(),
)
def test_write_array_gives_the_arrays_text_at_any_depth(
    items: list[Any], depth: int, sort_keys: bool, allow_nan: bool
) -> None:
    """One encoder serves every item of a streamed array (its key heads cached across
    items, no text shifted): the bytes are still the whole document's, or its error,
    whatever the items hold (unusual values fall back item by item) and at any depth."""
    import io

    from threatgraph._jsontext import write_array

    wrapped: Any = items
    for _ in range(depth):
        wrapped = {"k": wrapped}
    try:
        whole = _reference(wrapped, sort_keys, allow_nan)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            write_array(
                io.StringIO(), iter(items), "  " * depth, sort_keys=sort_keys, allow_nan=allow_nan
            )
        return
    buffer = io.StringIO()
    for level in range(depth):
        buffer.write("{\n" + "  " * (level + 1) + '"k": ')
    write_array(buffer, iter(items), "  " * depth, sort_keys=sort_keys, allow_nan=allow_nan)
    for level in reversed(range(depth)):
        buffer.write("\n" + "  " * level + "}")
    assert buffer.getvalue() == whole


# Documents whose dicts share a few key sets, as reports do (every finding has the same
# keys): the encoder sorts each key set once and reuses it, so its text must not depend
# on which dict of a shape came first, on key order, or on a key that is not a str.
_SHAPES = (("b", "a", "c"), ("a",), ("z", "y"), ("x", 1), ("é", "e", "E"), ("a", "c", "b"))


@st.composite
def _shaped_dict(draw: st.DrawFn, inner: st.SearchStrategy[Any]) -> dict[Any, Any]:
    keys = draw(st.sampled_from(_SHAPES))
    values = draw(st.lists(inner, min_size=len(keys), max_size=len(keys)))
    made = dict(zip(keys, values, strict=True))
    return collections.OrderedDict(made) if draw(st.booleans()) else made


_shaped_documents = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=5) | _shaped_dict(inner),
    max_leaves=40,
)


def _same_as_json_dumps(data: Any, sort_keys: bool) -> None:
    try:
        expected = _reference(data, sort_keys, True)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            dumps_indented(data, sort_keys=sort_keys, allow_nan=True)
        return
    assert dumps_indented(data, sort_keys=sort_keys, allow_nan=True) == expected


@settings(max_examples=300)
@given(st.lists(_shaped_documents, max_size=6), st.booleans())
def test_dicts_that_share_their_keys_give_json_dumps_text(data: Any, sort_keys: bool) -> None:
    _same_as_json_dumps(data, sort_keys)


@settings(max_examples=100)
@given(st.lists(_shaped_documents, max_size=6), st.booleans())
def test_past_the_remembered_shapes_dicts_are_written_key_by_key(
    data: Any, sort_keys: bool
) -> None:
    """With room for one shape per level and one key per dict, nearly every dict takes
    the key-by-key path: the same text."""
    from threatgraph import _jsontext

    saved = (_jsontext._PLANS, _jsontext._PLANNED_KEYS)
    _jsontext._PLANS, _jsontext._PLANNED_KEYS = 1, 1
    try:
        _same_as_json_dumps(data, sort_keys)
    finally:
        _jsontext._PLANS, _jsontext._PLANNED_KEYS = saved
