"""Indented JSON text, fast. Private.

``json.dumps(data, indent=2, ...)`` cannot use the C accelerator of the standard
library (it only writes compact JSON), so for big documents (a report of 10,000
elements is some hundred megabytes) it runs the pure-Python encoder: a chain of
nested generators that yields every comma, key and value separately.

:func:`dumps_indented` writes the very same bytes with one function call per
container and the C string escaper for every string. It handles the plain JSON
values (str, int, float, bool, None, list, tuple, dict) and their subclasses
exactly as the standard encoder does; anything else (an object the standard
encoder would refuse, a circular structure, NaN or an infinity, a nesting
too deep) makes it hand the whole document to ``json.dumps``, so errors
and any unusual case are exactly the standard library's.

>>> import json
>>> data = {"b": [1, 2.5, None], "a": {"x": "é\\n", "y": []}, "c": True}
>>> dumps_indented(data, sort_keys=True, allow_nan=False) == json.dumps(
...     data, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False
... )
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import Any, TextIO

__all__ = ["dumps", "dumps_indented", "indented", "write_array"]

_INDENT = "  "
_INF = float("inf")
_enc: Callable[[str], str] = encode_basestring
_intstr = int.__repr__


_UNPLANNED: Any = object()
"""What :attr:`_Encoder.plans` gives for a shape of dict not seen yet (None is a plan)."""
_PLANNED_KEYS = 64
"""Dicts with more keys are written key by key: big maps rarely share their keys."""
_PLANS = 4096
"""Shapes remembered per nesting level, at most: a document of one-off shapes keeps
its encoder's memory bounded (further shapes are written key by key)."""


class _Unusual(Exception):
    """A value the fast path leaves to the standard library."""


def dumps(data: Any) -> str:
    """Canonical JSON text: sorted keys, two-space indent, UTF-8 kept, trailing newline."""
    return dumps_indented(data, sort_keys=True, allow_nan=False) + "\n"


def indented(value: Any, indent: str, *, sort_keys: bool = True, allow_nan: bool = False) -> str:
    """``value``'s indented JSON text, to be written at ``indent``: every line after the
    first is shifted (JSON strings never hold a raw newline, so every newline in the text
    starts a line of the value)."""
    return dumps_indented(value, sort_keys=sort_keys, allow_nan=allow_nan).replace(
        "\n", "\n" + indent
    )


def write_array(
    out: TextIO,
    items: Iterable[Any],
    indent: str,
    *,
    sort_keys: bool = True,
    allow_nan: bool = False,
) -> None:
    """Write the array of ``items`` (at ``indent``) one item at a time: the same text as
    the array's :func:`dumps_indented` at that indent, without holding all of it."""
    inner = indent + _INDENT
    first = True
    # One encoder for every item, writing at the items' own depth: its cache of
    # ``,\n<indent>"key": `` heads serves them all, and no text needs shifting.
    level, odd = divmod(len(inner), len(_INDENT))
    encoder = _Encoder(sort_keys) if not odd and inner.strip(" ") == "" else None
    if encoder is not None:
        while len(encoder.newline) <= level + 1:
            encoder.deeper()
    for item in items:
        out.write("[\n" + inner if first else ",\n" + inner)
        out.write(_item_text(encoder, item, level, inner, sort_keys, allow_nan))
        first = False
    out.write("[]" if first else "\n" + indent + "]")


def _item_text(
    encoder: _Encoder | None, item: Any, level: int, inner: str, sort_keys: bool, allow_nan: bool
) -> str:
    """One array item's text at ``inner`` (nesting ``level``), as :func:`indented` gives it."""
    if encoder is not None:
        parts = encoder.parts
        try:
            encoder.item("", item, level)
            return "".join(parts)
        except (_Unusual, RecursionError):
            pass  # the standard library's text (or its error), as indented() gives it
        finally:
            parts.clear()
    return indented(item, inner, sort_keys=sort_keys, allow_nan=allow_nan)


def dumps_indented(data: Any, *, sort_keys: bool, allow_nan: bool) -> str:
    """``json.dumps(data, sort_keys=sort_keys, indent=2, ensure_ascii=False,
    allow_nan=allow_nan)``, byte for byte, without the per-item generator overhead.
    """
    try:
        return _encode(data, sort_keys)
    except (_Unusual, RecursionError):
        return json.dumps(
            data, sort_keys=sort_keys, indent=2, ensure_ascii=False, allow_nan=allow_nan
        )


def _key_text(key: Any) -> str:
    """A non-string dict key as the standard encoder converts it (before escaping)."""
    if isinstance(key, float):
        return _float_text(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise _Unusual


def _float_text(value: float) -> str:
    if value != value or value == _INF or value == -_INF:
        raise _Unusual  # NaN, Infinity or json.dumps's own ValueError: its business
    return float.__repr__(value)


def _encode(data: Any, sort_keys: bool) -> str:
    encoder = _Encoder(sort_keys)
    encoder.item("", data, 0)
    return "".join(encoder.parts)


def _scalar(value: Any) -> str | None:
    """The text of a value that is not a list, tuple or dict; None for those."""
    if isinstance(value, str):
        return _enc(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _intstr(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    raise _Unusual  # the standard encoder would call default() and fail


class _Encoder:
    """The text of one document, appended piece by piece to ``parts``.

    The loops of :meth:`array` and :meth:`object` write exact ``str`` and
    ``int`` items themselves (most of a report) and call :meth:`item` for the
    rest: one method call per container, not per value. Measured on a report
    of 1,000 elements, this is as fast as the single function with closures
    it replaced. Dicts that share their keys (every finding of a report, every
    SARIF location) share one plan of keys in writing order with their heads
    (:meth:`_plan`): on the 10,000-element report that made the JSON writer
    about a tenth faster.
    """

    __slots__ = ("append", "heads", "newline", "parts", "plans", "sort_keys")

    def __init__(self, sort_keys: bool) -> None:
        self.parts: list[str] = []
        self.append = self.parts.append
        self.sort_keys = sort_keys
        self.newline: list[str] = ["\n"]  # newline + indent, per nesting level
        self.heads: list[dict[str, str]] = [{}]  # per level: key -> ',\n<indent>"key": '
        # per level: the keys of a dict, in insertion order -> its keys in sorted order
        # with their heads (the first without its comma); None when a key is not a str
        self.plans: list[dict[tuple[Any, ...], tuple[tuple[str, str], ...] | None]] = [{}]

    def item(self, head: str, value: Any, level: int) -> None:
        """Append ``head`` and the text of ``value``, an item at nesting ``level``."""
        kind = type(value)
        if kind is dict or kind is list or kind is tuple:
            is_dict = kind is dict
        else:
            text = _scalar(value)
            if text is not None:
                self.append(head + text)
                return
            is_dict = isinstance(value, dict)
        if not value:
            self.append(head + ("{}" if is_dict else "[]"))
        elif is_dict:
            self.append(head)
            self.object(value, level + 1)
        else:
            self.append(head)
            self.array(value, level + 1)

    def deeper(self) -> None:
        """Make room for one more nesting level."""
        self.newline.append(self.newline[-1] + _INDENT)
        self.heads.append({})
        self.plans.append({})

    def array(self, value: Any, level: int) -> None:
        """Append a list or tuple that is not empty; its items sit at ``level``."""
        if level == len(self.newline):
            self.deeper()
        append = self.append
        item = self.item
        head = ind = self.newline[level]
        later = "," + ind
        append("[")
        for v in value:
            kind = type(v)
            if kind is str:
                append(head + _enc(v))
            elif kind is int:
                append(head + _intstr(v))
            elif kind is dict and v:
                append(head)
                self.object(v, level + 1)
            elif v is None:
                append(head + "null")
            else:
                item(head, v, level)
            head = later
        append(self.newline[level - 1] + "]")

    def _plan(self, shape: tuple[Any, ...], level: int) -> tuple[tuple[str, str], ...] | None:
        """The keys of dicts whose keys are ``shape`` (in insertion order), in the order
        they are written (sorted, with ``sort_keys``), each with its head at ``level``
        (the first without its comma); None when a key is not a str. Documents hold
        thousands of dicts with the same keys (every finding, every location), so each
        shape is sorted and its heads found once, not per dict."""
        plan: tuple[tuple[str, str], ...] | None = None
        if all(type(k) is str for k in shape):
            ind = self.newline[level]
            keys = sorted(shape) if self.sort_keys else shape
            heads = [(k, "," + ind + _enc(k) + ": ") for k in keys]
            heads[0] = (heads[0][0], heads[0][1][1:])
            plan = tuple(heads)
        self.plans[level][shape] = plan
        return plan

    def object(self, value: Any, level: int) -> None:
        """Append a dict that is not empty; its items sit at ``level``."""
        if level == len(self.newline):
            self.deeper()
        append = self.append
        item = self.item
        if type(value) is dict and len(value) <= _PLANNED_KEYS:
            shape = tuple(value)
            plans = self.plans[level]
            plan = plans.get(shape, _UNPLANNED)
            if plan is _UNPLANNED:
                plan = self._plan(shape, level) if len(plans) < _PLANS else None
            if plan is not None:
                # the same value dispatch as the key-by-key loop below, written out
                # twice on purpose: one loop over (head, value) pairs built for both
                # made the report JSON and SARIF writers about 12% slower (measured)
                append("{")
                for key, head in plan:
                    v = value[key]
                    kind = type(v)
                    if kind is str:
                        append(head + _enc(v))
                    elif kind is int:
                        append(head + _intstr(v))
                    elif v is None:
                        append(head + "null")
                    elif (kind is list or kind is tuple) and v:
                        append(head)
                        self.array(v, level + 1)
                    elif kind is dict and v:
                        append(head)
                        self.object(v, level + 1)
                    else:
                        item(head, v, level)
                append(self.newline[level - 1] + "}")
                return
        ind = self.newline[level]
        known = self.heads[level]
        append("{")
        first = True
        for key, v in sorted(value.items()) if self.sort_keys else value.items():
            if type(key) is str:
                head = known.get(key)
                if head is None:
                    head = known[key] = "," + ind + _enc(key) + ": "
            else:
                text = key if isinstance(key, str) else _key_text(key)
                head = "," + ind + _enc(text) + ": "
            if first:
                head = head[1:]
                first = False
            kind = type(v)
            if kind is str:
                append(head + _enc(v))
            elif kind is int:
                append(head + _intstr(v))
            elif v is None:
                append(head + "null")
            elif (kind is list or kind is tuple) and v:
                append(head)
                self.array(v, level + 1)
            elif kind is dict and v:
                append(head)
                self.object(v, level + 1)
            else:
                item(head, v, level)
        append(self.newline[level - 1] + "}")
