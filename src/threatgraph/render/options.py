"""What a diagram shows: :class:`DiagramOptions`, shared by the Graphviz and Mermaid renderers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from threatgraph._util import did_you_mean, strict_kwargs
from threatgraph.elements import Boundary, Element
from threatgraph.errors import InvalidTypeError, InvalidValueError, UnknownFieldError
from threatgraph.vocab import Phase, Severity

__all__ = ["OVERVIEW_ABOVE", "DiagramOptions", "resolve_options"]


def _to_severity(value: Any) -> Severity | None:
    return None if value is None else Severity.parse(value, field="min_severity")


def _to_phase(value: Any) -> Phase | None:
    return None if value is None else Phase.parse(value, field="phase")


def _to_id(value: Any, field: str, cls: type[Any]) -> str | None:
    if value is None:
        return None
    if isinstance(value, cls):
        return str(value.id)
    if isinstance(value, str) and value:
        return value
    raise InvalidTypeError.for_field(
        field, value, expected=f"a {cls.__name__} or its id", owner="DiagramOptions"
    )


def _to_boundary_id(value: Any) -> str | None:
    return _to_id(value, "boundary", Boundary)


def _to_focus_id(value: Any) -> str | None:
    return _to_id(value, "focus", Element)


def _to_collapse(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, (str, Boundary)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise InvalidTypeError.for_field(
            "collapse",
            value,
            expected="boundary ids",
            owner="DiagramOptions",
            hint='collapse={"production-vpc"}',
        )
    out = set()
    for item in value:
        if isinstance(item, Boundary):
            out.add(item.id)
        elif isinstance(item, str) and item:
            out.add(item)
        else:
            raise InvalidTypeError.for_field(
                "collapse", item, expected="a boundary id", owner="DiagramOptions"
            )
    return frozenset(out)


def _to_direction(value: Any) -> str:
    if isinstance(value, str) and value.strip().upper() in ("LR", "TB"):
        return value.strip().upper()
    raise InvalidValueError.for_field(
        "direction",
        value,
        expected="'LR' (left to right) or 'TB' (top to bottom)",
        owner="DiagramOptions",
    )


def _check_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.for_field(
            attribute.name, value, expected="a bool", owner="DiagramOptions"
        )


def _check_hops(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.for_field("hops", value, expected="an int", owner="DiagramOptions")
    if value < 0:
        raise InvalidValueError.for_field(
            "hops",
            value,
            expected="0 or more",
            owner="DiagramOptions",
            hint="hops counts flows away from the focus element",
        )


OVERVIEW_ABOVE = 80
"""The default of ``DiagramOptions.overview_above``: Graphviz lays out 80 nodes in
about a second (see "Diagrams" in benchmarks/README.md)."""


def _check_limit(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.for_field(
            attribute.name, value, expected="an int or None", owner="DiagramOptions"
        )
    if value < 1:
        raise InvalidValueError.for_field(
            attribute.name,
            value,
            expected="1 or more, or None",
            owner="DiagramOptions",
            hint="None draws every element however many there are",
        )


@strict_kwargs
@attrs.frozen(kw_only=True)
class DiagramOptions:
    """Which view of the model a diagram shows, and how.

    Every field has a default; strings are accepted for the enums
    (``min_severity="high"``, ``phase="training"``) and elements or boundaries
    for ids (``focus=llm``, ``collapse={vpc}``).
    """

    min_severity: Severity | None = attrs.field(default=None, converter=_to_severity)
    """Badges count only findings at or above this severity."""
    boundary: str | None = attrs.field(default=None, converter=_to_boundary_id)
    """Draw only this boundary (nested ones included); flows leaving it end in faded stubs."""
    focus: str | None = attrs.field(default=None, converter=_to_focus_id)
    """Draw only the elements within ``hops`` flows of this element, either direction."""
    hops: int = attrs.field(default=1, validator=_check_hops)
    collapse: frozenset[str] = attrs.field(factory=frozenset, converter=_to_collapse)
    """Boundaries drawn as a single node; flows inside them are hidden, flows to them merged."""
    collapse_all: bool = attrs.field(default=False, validator=_check_bool)
    """Collapse every top-level boundary (or every child of ``boundary``)."""
    phase: Phase | None = attrs.field(default=None, converter=_to_phase)
    """Draw the elements of one lifecycle phase and those with findings in it: findings
    its rules file under the phase, and those on an element of it."""
    direction: str = attrs.field(default="LR", converter=_to_direction)
    """``"LR"`` (left to right) or ``"TB"`` (top to bottom)."""
    threats: bool = attrs.field(default=True, validator=_check_bool)
    """Show finding badges (needs a Report)."""
    show_mitigated: bool = attrs.field(default=False, validator=_check_bool)
    """Also show mitigated findings, in a green row of the badge."""
    legend: bool = attrs.field(default=True, validator=_check_bool)
    """Draw the legend of shapes, boundary styles and severity colours."""
    finding_links: bool = attrs.field(default=False, validator=_check_bool)
    """Make each finding number on a badge a link to ``#finding-<number>``, the
    finding's anchor in the HTML report (which embeds its diagram this way)."""
    overview_above: int | None = attrs.field(default=OVERVIEW_ABOVE, validator=_check_limit)
    """A view with more nodes than this is drawn as an overview: boundaries collapsed,
    outermost first, until it has at most this many (None: always draw every element)."""


def resolve_options(options: DiagramOptions | None, overrides: dict[str, Any]) -> DiagramOptions:
    """``options`` with the keyword ``overrides`` applied; unknown keys are an error."""
    if options is not None and not isinstance(options, DiagramOptions):
        raise InvalidTypeError.for_field(
            "options", options, expected="DiagramOptions or None", owner="render"
        )
    if not overrides:
        return options or DiagramOptions()
    valid = {a.name for a in attrs.fields(DiagramOptions)}
    for key in overrides:
        if key not in valid:
            hint = did_you_mean(key, valid)
            raise UnknownFieldError(
                f"unknown diagram option {key!r}"
                + (f"; {hint}" if hint else "")
                + f" (valid options: {', '.join(sorted(valid))})"
            )
    if options is None:
        return DiagramOptions(**overrides)
    current = {a.name: getattr(options, a.name) for a in attrs.fields(DiagramOptions)}
    return DiagramOptions(**{**current, **overrides})
