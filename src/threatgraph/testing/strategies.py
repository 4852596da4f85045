"""Hypothesis strategies for threatgraph values and whole threat models.

Use them to property-test anything that consumes threat models (renderers,
exporters, custom rules, architecture assertions)::

    from hypothesis import given
    from threatgraph.testing import strategies as tgst

    @given(tgst.systems(max_elements=8))
    def test_every_flow_is_numbered(system):
        assert sorted(system.number_of(f) for f in system.all_flows) == list(
            range(1, len(system.all_flows) + 1)
        )

Everything generated is valid, except what :func:`invalid_models` generates.
Names are *hostile* by default: quotes, angle brackets, pipes, backticks,
newlines, emoji and right-to-left text, so that code under test has to escape
them wherever they land. Pass ``hostile=False`` for plain readable names.

Whole models are described by a :class:`ModelRecipe` (plain values) and built
through the public :class:`~threatgraph.ThreatModel` API, the way users build
them. A recipe can be shuffled to check that insertion order does not matter.

This module imports hypothesis; ``threatgraph`` itself does not depend on it.
"""

from __future__ import annotations

import contextlib
import enum
import random as _random
import typing
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import attrs
from hypothesis import strategies as st

import threatgraph.controls as _controls
from threatgraph._util import slugify
from threatgraph.actors import ThreatActor
from threatgraph.elements import (
    CIA,
    KINDS,
    Boundary,
    Data,
    Element,
    Exclusion,
    Flow,
    kind_of,
)
from threatgraph.errors import (
    InvalidTypeError,
    InvalidValueError,
    ModelValidationError,
    ThreatGraphError,
    UnknownFieldError,
)
from threatgraph.model import ThreatModel
from threatgraph.system import System
from threatgraph.vocab import (
    Capability,
    DataKind,
    Framework,
    Goal,
    Level,
    RiskProfile,
    Sensitivity,
    Serialization,
    Trust,
)

T = TypeVar("T")

__all__ = [
    "FLAWS",
    "FlowRecipe",
    "InvalidModelRecipe",
    "ModelRecipe",
    "boundaries",
    "controls",
    "data",
    "elements",
    "flows",
    "invalid_models",
    "model_recipes",
    "names",
    "systems",
    "threat_models",
]

# --------------------------------------------------------------------------- names

_HOSTILE_NAMES: tuple[str, ...] = (
    "<script>alert(1)</script>",
    '"quoted" name',
    "it's mine",
    "pipe | table | cell",
    "`backtick` `code`",
    "two\nlines",
    "tab\tseparated",
    "🤖 agent 🧠",
    "Ünïcødé Sérvice",
    "模型服务",
    "מודל שפה",
    "<b>bold</b> & <i>co</i>",
    "{record|label}",
    "[[wiki]] link",
    "back\\slash\\n",
    "a -> b",
    "semi; colon: comma,",
    "${interpolate} %s %d {0}",
    "# heading *bold* _it_",
    "--> comment <!--",
    "node [shape=box]",
    "x\u200by",
    "end with space ",
    "'; DROP TABLE flows; --",
)
"""Names that break naive escaping in DOT, Mermaid, Markdown, HTML, SARIF or CSV."""

_WORDS: tuple[str, ...] = (
    "Chat",
    "API",
    "Support",
    "Ticket",
    "Index",
    "Ledger",
    "Feature",
    "Training",
    "Model",
    "Gateway",
    "Review",
    "Queue",
    "Batch",
    "Search",
    "Vault",
    "Crawler",
    "Portal",
    "Agent",
    "Memory",
    "Billing",
)

_NAME_CHARACTERS = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")


def _non_blank(text: str) -> str:
    """Make a blank string non-blank without filtering (filters make hypothesis retry)."""
    return text if text.strip() else f"{text}x"


class _Hidden:
    """A strategy behind a short label, so that its repr stays readable.

    A plain class on purpose: hypothesis pretty-prints attrs values field by field.
    """

    __slots__ = ("label", "strategy")

    def __init__(self, strategy: st.SearchStrategy[Any], label: str) -> None:
        self.strategy = strategy
        self.label = label

    def __repr__(self) -> str:
        return self.label


@st.composite
def _labelled(draw: st.DrawFn, hidden: _Hidden) -> Any:
    return draw(hidden.strategy)


def _quiet(strategy: st.SearchStrategy[T], label: str) -> st.SearchStrategy[T]:
    """The same strategy, shown as ``label`` in reprs.

    Hypothesis puts strategy reprs in error notes and in retry events (for
    example when ``unique_by`` retries); composed strategies such as "every
    element kind with every control" would otherwise print hundreds of kB.
    """
    result: st.SearchStrategy[T] = _labelled(_Hidden(strategy, label))
    return result


def _join_words(words: list[str], number: int | None) -> str:
    text = " ".join(words)
    return text if number is None else f"{text} {number}"


_GENERATED_SIZE = 12
"""The longest free-form unicode name; longer hostile names come from the samples."""


_FRAGMENTS: tuple[str, ...] = (
    '"',
    "'",
    "<",
    ">",
    "&",
    "|",
    "`",
    "\n",
    "\t",
    "{",
    "}",
    "[",
    "]",
    "\\",
    ";",
    "#",
    "*",
    "-->",
    "🤖",
    "é",
    "模",
    "ש",
    "\u200b",
)
"""Single troublemakers that :func:`names` splices into plain names."""


def _splice(plain: str, fragments: list[str], where: str, max_size: int) -> str:
    """``plain`` with ``fragments`` put at its start, middle or end, within ``max_size``."""
    frag = "".join(fragments)[: max_size - 1]
    base = plain[: max(1, max_size - len(frag))]
    if where == "start":
        return frag + base
    if where == "end":
        return base + frag
    half = len(base) // 2
    return base[:half] + frag + base[half:]


def _build_names(hostile: bool, max_size: int) -> st.SearchStrategy[str]:
    plain = st.builds(
        _join_words,
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
        st.none() | st.integers(min_value=1, max_value=99),
    ).map(lambda s: s[:max_size].rstrip())
    if not hostile:
        return _quiet(plain, f"names(hostile=False, max_size={max_size})")
    generated = st.text(
        _NAME_CHARACTERS, min_size=1, max_size=max(1, min(max_size - 1, _GENERATED_SIZE))
    ).map(_non_blank)
    mixed = st.builds(
        _splice,
        plain,
        st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=3),
        st.sampled_from(("start", "middle", "end")),
        st.just(max_size),
    )
    samples = st.sampled_from([n[:max_size] for n in _HOSTILE_NAMES if n[:max_size].strip()])
    return _quiet(st.one_of(samples, generated, mixed, plain), f"names(max_size={max_size})")


_DEFAULT_NAME_SIZE = 24
_PLAIN_NAMES = _build_names(False, _DEFAULT_NAME_SIZE)
_HOSTILE = _build_names(True, _DEFAULT_NAME_SIZE)


def names(*, hostile: bool = True, max_size: int = _DEFAULT_NAME_SIZE) -> st.SearchStrategy[str]:
    """Valid (non-blank) names for elements, data, boundaries and models.

    Args:
        hostile: include quotes, markup, pipes, backticks, newlines, emoji,
            right-to-left and other unicode text. With ``False``, names are
            a few ASCII words and maybe a number, such as ``"Ticket Index 2"``.
        max_size: the longest generated name, in characters (at least 1).

    Names never contain control characters other than newline and tab, and
    never consist only of whitespace.
    """
    if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 1:
        raise InvalidValueError.for_field("max_size", max_size, expected="an int >= 1")
    if not isinstance(hostile, bool):
        raise InvalidTypeError.for_field("hostile", hostile, expected="a bool")
    if max_size == _DEFAULT_NAME_SIZE:
        return _HOSTILE if hostile else _PLAIN_NAMES
    return _build_names(hostile, max_size)


_HOSTILE_TEXT = _quiet(st.one_of(st.just(""), _build_names(True, 40)), "descriptions()")
_PLAIN_TEXT = _quiet(st.one_of(st.just(""), _build_names(False, 40)), "descriptions(hostile=False)")


def _descriptions(hostile: bool) -> st.SearchStrategy[str]:
    return _HOSTILE_TEXT if hostile else _PLAIN_TEXT


# --------------------------------------------------------------------------- controls


_NOTES = st.none() | st.sampled_from(_HOSTILE_NAMES)


def _param_strategy(hint: Any) -> st.SearchStrategy[Any]:
    args = set(typing.get_args(hint))
    if args == {int, type(None)}:
        return st.none() | st.integers(min_value=1, max_value=100_000)
    if args == {float, type(None)}:
        return st.none() | st.floats(min_value=0.01, max_value=20.0, allow_nan=False)
    if args == {str, type(None)}:
        return st.none() | _PLAIN_NAMES
    raise InvalidTypeError.for_field(
        "hint", hint, expected="int | None, float | None or str | None", owner="strategies"
    )


def _control_strategy(cls: type[_controls.Control]) -> st.SearchStrategy[_controls.Control]:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, st.SearchStrategy[Any]] = {"note": _NOTES}
    for f in attrs.fields(cls):
        if f.name != "note":
            kwargs[f.name] = _param_strategy(hints[f.name])
    return st.builds(cls, **kwargs)


_ALL_CONTROLS = _quiet(st.one_of([_control_strategy(c) for c in _controls.ALL]), "controls()")


def controls(
    *, classes: Sequence[type[_controls.Control]] | None = None
) -> st.SearchStrategy[_controls.Control]:
    """Control instances, with their parameters and a ``note`` sometimes set.

    Args:
        classes: the control classes to draw from; every built-in control
            (``threatgraph.controls.ALL``) by default.
    """
    if classes is None:
        return _ALL_CONTROLS
    pool = tuple(classes)
    if not pool:
        raise InvalidValueError.for_field("classes", classes, expected="at least one control class")
    for cls in pool:
        if not (isinstance(cls, type) and issubclass(cls, _controls.Control)):
            raise InvalidTypeError.for_field("classes", cls, expected="Control subclasses")
    label = ", ".join(c.__name__ for c in pool)
    return _quiet(st.one_of([_control_strategy(c) for c in pool]), f"controls(classes=[{label}])")


_CONTROL_SETS = _quiet(
    st.lists(_ALL_CONTROLS, max_size=2, unique_by=type).map(frozenset), "control_sets(max_size=2)"
)
_FEW_CONTROLS = _quiet(
    st.lists(_ALL_CONTROLS, max_size=1).map(frozenset), "control_sets(max_size=1)"
)


# --------------------------------------------------------------------------- data


def _build_data(hostile: bool) -> st.SearchStrategy[Data]:
    levels = st.sampled_from(Level)
    cias = st.none() | st.builds(CIA, confidentiality=levels, integrity=levels, availability=levels)
    common = {
        "name": names(hostile=hostile),
        "sensitivity": st.sampled_from(Sensitivity),
        "cia": cias,
        "description": _descriptions(hostile),
    }
    return _quiet(
        st.builds(Data, kind=st.none() | st.sampled_from(DataKind), **common)
        | st.builds(
            Data,
            kind=st.just(DataKind.MODEL_ARTIFACT),
            format=st.none() | st.sampled_from(Serialization),
            **common,
        ),
        f"data(hostile={hostile})",
    )


_HOSTILE_DATA = _build_data(True)
_PLAIN_DATA = _build_data(False)


def data(*, hostile: bool = True) -> st.SearchStrategy[Data]:
    """Data assets of every sensitivity, sometimes with CIA ratings."""
    return _HOSTILE_DATA if hostile else _PLAIN_DATA


def _data_sets(hostile: bool) -> st.SearchStrategy[frozenset[Data]]:
    return st.lists(data(hostile=hostile), max_size=3, unique_by=lambda d: d.id).map(frozenset)


# --------------------------------------------------------------------------- elements


def _field_hints(cls: type[Element]) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in attrs.fields(cls) if f.init)


_SKIPPED_FIELDS = frozenset({"id", "declared_at"})
_ROLES = ("user", "admin", "analyst", "labeler", "ml-engineer", "service")
_PURPOSES = ("training", "fine-tuning", "evaluation")
_RULE_IDS = st.builds(
    lambda words: "-".join(words).lower(),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3),
)


def _field_strategy(
    cls: type[Element],
    name: str,
    hint: Any,
    *,
    hostile: bool,
    with_data: bool,
    exclusions: bool,
) -> st.SearchStrategy[Any]:
    """The strategy for one init field of an element class, chosen by its type."""
    if name == "name":
        return names(hostile=hostile)
    if name == "description":
        return _descriptions(hostile)
    if name == "role":
        return st.sampled_from(_ROLES) | names(hostile=hostile)
    if name == "purpose" and hint is str:
        return st.sampled_from(_PURPOSES)
    if hint is bool:
        return st.booleans()
    if hint is str:
        return names(hostile=hostile)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(hint)
    optional = [a for a in typing.get_args(hint) if a is not type(None)]
    if len(optional) == 1 and len(typing.get_args(hint)) == 2:
        (inner,) = optional
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return st.none() | st.sampled_from(inner)  # an optional fact: undeclared or set
    if typing.get_origin(hint) is frozenset:
        (item,) = typing.get_args(hint)
        if item is Data:
            return _data_sets(hostile) if with_data else st.just(frozenset())
        if item is Capability:
            return st.frozensets(st.sampled_from(Capability), max_size=3)
        if item is _controls.Control:
            return _CONTROL_SETS
        if item is str:
            return st.frozensets(_PLAIN_NAMES, max_size=2)
        if item is Exclusion:
            if not exclusions:
                return st.just(frozenset())
            return st.dictionaries(_RULE_IDS, names(hostile=hostile), max_size=2)
    raise InvalidTypeError.for_field(
        name,
        hint,
        expected="a field type that threatgraph.testing.strategies knows",
        owner=cls.__name__,
        hint="teach _field_strategy about the new field",
    )


def _element_strategy(
    cls: type[Element],
    *,
    hostile: bool,
    with_data: bool = True,
    exclusions: bool = True,
) -> st.SearchStrategy[Element]:
    kwargs = {
        name: _field_strategy(
            cls, name, hint, hostile=hostile, with_data=with_data, exclusions=exclusions
        )
        for name, hint in _field_hints(cls)
        if name not in _SKIPPED_FIELDS
    }
    if cls.category == "external":
        kwargs["internet_facing"] = st.just(False)  # outside the system already
    return _quiet(
        st.builds(cls, **kwargs),
        f"elements({cls.__name__}, hostile={hostile}, with_data={with_data}, exclusions={exclusions})",
    )


def _data_fields(cls: type[Element]) -> tuple[str, ...]:
    return tuple(
        name
        for name, hint in _field_hints(cls)
        if typing.get_origin(hint) is frozenset and typing.get_args(hint) == (Data,)
    )


_DATA_FIELDS: Mapping[type[Element], tuple[str, ...]] = MappingProxyType(
    {cls: _data_fields(cls) for cls in KINDS.values()}
)
"""Element fields that hold Data; models fill them from one shared pool."""

_MODEL_ELEMENTS: Mapping[tuple[type[Element], bool], st.SearchStrategy[Element]] = MappingProxyType(
    {
        (cls, hostile): _element_strategy(cls, hostile=hostile, with_data=False, exclusions=False)
        for cls in KINDS.values()
        for hostile in (False, True)
    }
)
"""Per kind and hostility: elements without data or exclusions, built once."""


def _resolve_kind(kind: type[Element] | str) -> type[Element]:
    if isinstance(kind, str):
        return kind_of(kind)
    if isinstance(kind, type) and issubclass(kind, Element) and kind is not Element:
        return kind
    raise InvalidTypeError.for_field(
        "kind", kind, expected="an element class or kind name such as 'llm'"
    )


def elements(
    kind: type[Element] | str | Sequence[type[Element] | str] | None = None,
    *,
    hostile: bool = True,
    exclusions: bool = True,
) -> st.SearchStrategy[Element]:
    """Elements of one kind, several kinds, or (by default) every built-in kind.

    Every init field is drawn: controls with parameters, tags, maturity, the
    kind's own attributes (stores, capabilities, origin, stage, ...) and, when
    ``exclusions`` is true, rule exclusions with reasons. Ids are derived from
    the names, as they are for users.

    Args:
        kind: an element class, a kind name (``"vector_store"``), a sequence
            of them, or None for all of ``threatgraph.elements.KINDS``.
        hostile: see :func:`names`.
        exclusions: also generate ``exclude={rule: reason}``.
    """
    if kind is None:
        classes: tuple[type[Element], ...] = tuple(KINDS.values())
    elif isinstance(kind, (str, type)):
        classes = (_resolve_kind(kind),)
    else:
        classes = tuple(_resolve_kind(k) for k in kind)
        if not classes:
            raise InvalidValueError.for_field("kind", kind, expected="at least one kind")
    return _quiet(
        st.one_of([_element_strategy(c, hostile=hostile, exclusions=exclusions) for c in classes]),
        f"elements({[c.kind for c in classes]}, hostile={hostile}, exclusions={exclusions})",
    )


# --------------------------------------------------------------------------- boundaries


def _check_size(name: str, value: Any, *, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InvalidValueError.for_field(name, value, expected=f"an int >= {minimum}")
    return value


def _check_range(low_name: str, low: int, high_name: str, high: int) -> None:
    if low > high:
        raise InvalidValueError(
            f"{low_name}={low!r} is larger than {high_name}={high!r}; "
            f"make {low_name} <= {high_name}"
        )


@st.composite
def _boundary_forest(
    draw: st.DrawFn, min_size: int, max_size: int, max_depth: int, hostile: bool
) -> tuple[Boundary, ...]:
    chosen = draw(
        st.lists(names(hostile=hostile), min_size=min_size, max_size=max_size, unique_by=slugify)
    )
    out: list[Boundary] = []
    depth: dict[str, int] = {}
    for name in chosen:
        open_parents = [b.id for b in out if depth[b.id] < max_depth]
        parent = draw(st.none() | st.sampled_from(open_parents)) if open_parents else None
        b = Boundary(
            name,
            trust=draw(st.sampled_from(Trust)),
            parent=parent,
            description=draw(_descriptions(hostile)),
        )
        depth[b.id] = 1 if parent is None else depth[parent] + 1
        out.append(b)
    return tuple(out)


def boundaries(
    *, min_size: int = 0, max_size: int = 4, max_depth: int = 3, hostile: bool = True
) -> st.SearchStrategy[tuple[Boundary, ...]]:
    """Consistent sets of trust boundaries that may nest.

    Each value is a tuple of :class:`~threatgraph.Boundary` with distinct ids,
    parents listed before their children, nested at most ``max_depth`` deep
    (1 means no nesting).
    """
    _check_size("min_size", min_size)
    _check_size("max_size", max_size)
    _check_size("max_depth", max_depth, minimum=1)
    _check_range("min_size", min_size, "max_size", max_size)
    return _quiet(
        _boundary_forest(min_size, max_size, max_depth, hostile),
        f"boundaries(min_size={min_size}, max_size={max_size}, max_depth={max_depth}, "
        f"hostile={hostile})",
    )


# --------------------------------------------------------------------------- flows

_PROTOCOLS = ("https", "grpc", "kafka", "s3", "sql", "mcp", "websocket")
_PLAIN_PROTOCOLS = st.none() | st.sampled_from(_PROTOCOLS) | names(hostile=False, max_size=12)
_HOSTILE_PROTOCOLS = st.none() | st.sampled_from(_PROTOCOLS) | names(hostile=True, max_size=12)


def _protocols(hostile: bool) -> st.SearchStrategy[str | None]:
    return _HOSTILE_PROTOCOLS if hostile else _PLAIN_PROTOCOLS


def _labels(hostile: bool) -> st.SearchStrategy[str | None]:
    return st.none() | names(hostile=hostile)


@st.composite
def _flow(
    draw: st.DrawFn,
    ends: st.SearchStrategy[tuple[Element | str, ...]],
    carried: st.SearchStrategy[list[Data]],
    hostile: bool,
) -> Flow:
    choices = draw(ends)
    source = draw(st.sampled_from(choices))
    target = draw(st.sampled_from(choices))
    src_id = source.id if isinstance(source, Element) else source
    tgt_id = target.id if isinstance(target, Element) else target
    return Flow(
        source,
        target,
        draw(carried),
        protocol=draw(_protocols(hostile)),
        controls=draw(_CONTROL_SETS),
        label=draw(_labels(hostile)),
        allow_self=src_id == tgt_id,
    )


def flows(
    between: Sequence[Element | str] | None = None,
    *,
    data: Sequence[Data] | None = None,
    hostile: bool = True,
) -> st.SearchStrategy[Flow]:
    """Single flows, with data, protocol, label and controls.

    Args:
        between: the elements (or ids) the flow may join; drawn from
            :func:`elements` when None. A flow from an element to itself gets
            ``allow_self=True`` so it stays valid.
        data: the data assets a flow may carry; drawn freely when None.
        hostile: see :func:`names`.
    """
    if between is None:
        ends: st.SearchStrategy[tuple[Element | str, ...]] = st.lists(
            elements(hostile=hostile), min_size=1, max_size=2
        ).map(tuple)
    else:
        fixed = tuple(between)
        if not fixed:
            raise InvalidValueError.for_field("between", between, expected="at least one element")
        ends = st.just(fixed)
    if data is None:
        items: st.SearchStrategy[Data] = _HOSTILE_DATA if hostile else _PLAIN_DATA
    else:
        pool = tuple(data)
        if not pool:
            return _quiet(_flow(ends, st.just([]), hostile), "flows(data=[])")
        items = st.sampled_from(pool)
    return _quiet(
        _flow(ends, st.lists(items, max_size=3, unique_by=lambda d: d.id), hostile), "flows(...)"
    )


# --------------------------------------------------------------------------- recipes


@attrs.frozen
class FlowRecipe:
    """One ``tm.flow(...)`` call of a :class:`ModelRecipe`."""

    source: str
    target: str
    data: tuple[Data, ...] = ()
    protocol: str | None = None
    label: str | None = None
    controls: frozenset[_controls.Control] = frozenset()
    id: str | None = None
    """An explicit flow id, or None to let the model derive one."""
    allow_self: bool = False

    def add_to(self, tm: ThreatModel, by_id: Mapping[str, Element]) -> Flow:
        """Call ``tm.flow`` for this flow, passing element objects when known."""
        return tm.flow(
            by_id.get(self.source, self.source),
            by_id.get(self.target, self.target),
            *self.data,
            protocol=self.protocol,
            controls=self.controls,
            label=self.label,
            id=self.id,
            allow_self=self.allow_self,
        )


def _path_to(by_id: Mapping[str, Boundary], bid: str) -> list[Boundary]:
    path: list[Boundary] = []
    cur: str | None = bid
    while cur is not None:
        b = by_id[cur]
        path.append(b)
        cur = b.parent
    return path[::-1]


def _permuted(items: tuple[Any, ...], rnd: _random.Random) -> tuple[Any, ...]:
    out = list(items)
    rnd.shuffle(out)
    return tuple(out)


@attrs.frozen
class ModelRecipe:
    """A whole threat model as plain values; :meth:`build` makes the ThreatModel.

    ``style`` picks how boundaries are used while building: ``"scopes"``
    enters nested ``with tm.boundary(name, trust=...)`` blocks (re-opening
    boundaries by name), ``"explicit"`` declares Boundary values and passes
    ``tm.add(element, boundary=id)``. Both must freeze to equal systems.
    """

    name: str
    profile: RiskProfile = RiskProfile.LOW
    description: str = ""
    boundaries: tuple[Boundary, ...] = ()
    elements: tuple[tuple[Element, str | None], ...] = ()
    """Each element with the id of the boundary it sits in (None: no boundary)."""
    flows: tuple[FlowRecipe, ...] = ()
    data: tuple[Data, ...] = ()
    """Data declared with ``tm.data(...)``."""
    actors: tuple[ThreatActor, ...] | None = None
    """None: the default workshop actors."""
    frameworks: frozenset[Framework] = frozenset()
    style: Literal["scopes", "explicit"] = "scopes"

    def build(self) -> ThreatModel:
        """A fresh ThreatModel built from the recipe through the public API."""
        tm = ThreatModel(
            self.name,
            profile=self.profile,
            actors=self.actors,
            frameworks=sorted(f.value for f in self.frameworks),
            description=self.description,
        )
        by_id = {b.id: b for b in self.boundaries}
        for b in self.boundaries:
            with self._enter(tm, by_id, b.id):
                pass
        for element, bid in self.elements:
            if bid is None or self.style == "explicit":
                tm.add(element, boundary=bid)
            else:
                with self._enter(tm, by_id, bid):
                    tm.add(element)
        if self.data:
            tm.data(*self.data)
        element_by_id = {e.id: e for e, _ in self.elements}
        for f in self.flows:
            f.add_to(tm, element_by_id)
        return tm

    def freeze(self) -> System:
        """``self.build().freeze()``."""
        return self.build().freeze()

    @contextlib.contextmanager
    def _enter(
        self, tm: ThreatModel, by_id: Mapping[str, Boundary], bid: str
    ) -> typing.Iterator[None]:
        with contextlib.ExitStack() as stack:
            if self.style == "explicit":
                stack.enter_context(tm.boundary(by_id[bid]))
            else:
                for b in _path_to(by_id, bid):
                    stack.enter_context(
                        tm.boundary(b.name, trust=b.trust, description=b.description)
                    )
            yield

    def shuffled(self, rnd: _random.Random) -> ModelRecipe:
        """The same model with boundaries, elements, flows, data and actors reordered."""
        return attrs.evolve(
            self,
            boundaries=_permuted(self.boundaries, rnd),
            elements=_permuted(self.elements, rnd),
            flows=_permuted(self.flows, rnd),
            data=_permuted(self.data, rnd),
            actors=None if self.actors is None else _permuted(self.actors, rnd),
        )

    @property
    def kinds(self) -> frozenset[str]:
        """The element kinds the recipe uses."""
        return frozenset(e.kind for e, _ in self.elements)


def _kind_classes(kinds: Sequence[type[Element] | str] | None) -> tuple[type[Element], ...]:
    if kinds is None:
        return tuple(KINDS.values())
    out = tuple(_resolve_kind(k) for k in kinds)
    if not out:
        raise InvalidValueError.for_field("kinds", kinds, expected="at least one kind")
    return out


_ACTOR = st.builds(
    ThreatActor,
    name=_PLAIN_NAMES,
    capability=st.sampled_from(Level),
    goals=st.frozensets(st.sampled_from(Goal), max_size=3),
    entry=st.sampled_from(Trust),
)


@st.composite
def _actors(draw: st.DrawFn, boundary_ids: tuple[str, ...]) -> tuple[ThreatActor, ...] | None:
    choice = draw(st.sampled_from(("default", "none", "custom")))
    if choice == "default":
        return None
    if choice == "none":
        return ()
    chosen = draw(st.lists(_ACTOR, min_size=1, max_size=3, unique_by=lambda a: a.id))
    if boundary_ids:
        chosen = [
            attrs.evolve(a, entry=draw(st.sampled_from(boundary_ids))) if draw(st.booleans()) else a
            for a in chosen
        ]
    return tuple(chosen)


def _with_pool_data(draw: st.DrawFn, element: Element, pool: tuple[Data, ...]) -> Element:
    fields = _DATA_FIELDS.get(type(element), ())
    if not pool or not fields:
        return element
    subset = st.lists(st.sampled_from(pool), max_size=3, unique=True).map(frozenset)
    changes: dict[str, Any] = {f: draw(subset) for f in fields}
    return attrs.evolve(element, **changes)


@st.composite
def _model_recipe(
    draw: st.DrawFn,
    *,
    element_strategy: st.SearchStrategy[Element],
    min_elements: int,
    max_elements: int,
    max_flows: int,
    max_boundaries: int,
    max_depth: int,
    max_data: int,
    hostile: bool,
) -> ModelRecipe:
    bounds = draw(_boundary_forest(0, max_boundaries, max_depth, hostile))
    pool = tuple(draw(st.lists(data(hostile=hostile), max_size=max_data, unique_by=lambda d: d.id)))
    chosen = [
        _with_pool_data(draw, e, pool)
        for e in draw(
            st.lists(
                element_strategy,
                min_size=min_elements,
                max_size=max_elements,
                unique_by=lambda e: e.id,
            )
        )
    ]
    bids = tuple(b.id for b in bounds)
    placed = tuple((e, draw(st.none() | st.sampled_from(bids)) if bids else None) for e in chosen)
    recipes = _flow_recipes(draw, chosen, pool, max_flows, hostile)
    recipes = _distinct_parallel(recipes)
    declared = tuple(draw(st.lists(st.sampled_from(pool), unique=True))) if pool else ()
    return ModelRecipe(
        name=draw(names(hostile=hostile)),
        profile=draw(st.sampled_from(RiskProfile)),
        description=draw(_descriptions(hostile)),
        boundaries=bounds,
        elements=placed,
        flows=tuple(recipes),
        data=declared,
        actors=draw(_actors(bids)),
        frameworks=draw(st.frozensets(st.sampled_from(Framework))),
        style=draw(st.sampled_from(("scopes", "explicit"))),
    )


def _flow_recipes(
    draw: st.DrawFn, chosen: list[Element], pool: tuple[Data, ...], max_flows: int, hostile: bool
) -> list[FlowRecipe]:
    """Up to ``max_flows`` flows between the chosen elements, carrying data from ``pool``."""
    if not chosen or not max_flows:
        return []
    index = st.integers(min_value=0, max_value=len(chosen) - 1)
    carried = st.lists(st.sampled_from(pool), max_size=3, unique=True) if pool else st.just([])
    row = st.tuples(
        index, index, carried, _protocols(hostile), _labels(hostile), _FEW_CONTROLS, st.booleans()
    )
    recipes = []
    for i, (si, ti, items, protocol, label, ctrl, explicit) in enumerate(
        draw(st.lists(row, max_size=max_flows))
    ):
        src, tgt = chosen[si].id, chosen[ti].id
        recipes.append(
            FlowRecipe(
                src,
                tgt,
                tuple(items),
                protocol=protocol,
                label=label,
                controls=ctrl,
                id=f"flow-{i + 1}" if explicit else None,
                allow_self=src == tgt,
            )
        )
    return recipes


def _distinct_parallel(recipes: list[FlowRecipe]) -> list[FlowRecipe]:
    """Label parallel flows ``"1 …"``, ``"2 …"`` so the model gives them distinct ids.

    A number first keeps the label slugs apart even when the rest of the label
    is cut off or has no ASCII letters.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(recipes):
        if f.id is None:
            groups.setdefault((f.source, f.target), []).append(i)
    out = list(recipes)
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        for k, i in enumerate(idxs, 1):
            f = out[i]
            label = f"{k} {f.label}" if f.label else str(k)
            out[i] = attrs.evolve(f, label=label)
    return out


def model_recipes(
    *,
    min_elements: int = 1,
    max_elements: int = 10,
    max_flows: int = 14,
    max_boundaries: int = 4,
    max_depth: int = 3,
    max_data: int = 5,
    hostile: bool = True,
    kinds: Sequence[type[Element] | str] | None = None,
) -> st.SearchStrategy[ModelRecipe]:
    """Recipes of valid threat models; see :func:`threat_models` for the knobs."""
    _check_size("min_elements", min_elements)
    _check_size("max_elements", max_elements)
    _check_size("max_flows", max_flows)
    _check_size("max_boundaries", max_boundaries)
    _check_size("max_depth", max_depth, minimum=1)
    _check_size("max_data", max_data)
    _check_range("min_elements", min_elements, "max_elements", max_elements)
    classes = _kind_classes(kinds)
    return _model_recipe(
        element_strategy=_quiet(
            st.one_of([_MODEL_ELEMENTS[(c, hostile)] for c in classes]),
            f"elements({[c.kind for c in classes]}, hostile={hostile})",
        ),
        min_elements=min_elements,
        max_elements=max_elements,
        max_flows=max_flows,
        max_boundaries=max_boundaries,
        max_depth=max_depth,
        max_data=max_data,
        hostile=hostile,
    )


def threat_models(
    *,
    min_elements: int = 1,
    max_elements: int = 10,
    max_flows: int = 14,
    max_boundaries: int = 4,
    max_depth: int = 3,
    max_data: int = 5,
    hostile: bool = True,
    kinds: Sequence[type[Element] | str] | None = None,
) -> st.SearchStrategy[ThreatModel]:
    """Valid, unfrozen :class:`~threatgraph.ThreatModel` objects.

    Models use every element kind (or only ``kinds``), nested boundaries,
    elements in no boundary, data with every sensitivity, controls on elements
    and flows, parallel flows, self-loops (with ``allow_self``), explicit flow
    ids, custom, default or no threat actors, and compliance frameworks.

    Args:
        min_elements, max_elements: how many elements (distinct ids).
        max_flows: the most flows.
        max_boundaries: the most trust boundaries.
        max_depth: the deepest boundary nesting (1: no nesting).
        max_data: the most distinct data assets.
        hostile: see :func:`names`.
        kinds: restrict the element kinds (classes or kind names).

    Every generated model freezes without error.
    """
    return model_recipes(
        min_elements=min_elements,
        max_elements=max_elements,
        max_flows=max_flows,
        max_boundaries=max_boundaries,
        max_depth=max_depth,
        max_data=max_data,
        hostile=hostile,
        kinds=kinds,
    ).map(ModelRecipe.build)


def systems(
    *,
    min_elements: int = 1,
    max_elements: int = 10,
    max_flows: int = 14,
    max_boundaries: int = 4,
    max_depth: int = 3,
    max_data: int = 5,
    hostile: bool = True,
    kinds: Sequence[type[Element] | str] | None = None,
) -> st.SearchStrategy[System]:
    """Frozen :class:`~threatgraph.System` values; the knobs are those of :func:`threat_models`."""
    return model_recipes(
        min_elements=min_elements,
        max_elements=max_elements,
        max_flows=max_flows,
        max_boundaries=max_boundaries,
        max_depth=max_depth,
        max_data=max_data,
        hostile=hostile,
        kinds=kinds,
    ).map(ModelRecipe.freeze)


# --------------------------------------------------------------------------- invalid models

FLAWS: tuple[str, ...] = (
    "dangling-flow-end",
    "duplicate-element-id",
    "self-loop",
    "conflicting-data",
    "element-in-two-boundaries",
    "flow-id-clash",
    "boundary-cycle",
    "missing-parent-boundary",
    "actor-entry-missing",
    "bad-enum-value",
    "unknown-keyword",
    "wrong-type",
    "empty-name",
    "unknown-control",
    "boundary-trust-conflict",
    "boundary-without-trust",
    "unknown-boundary",
    "not-an-element",
    "bad-model-name",
)
"""Every kind of mistake :func:`invalid_models` can make."""


@attrs.frozen
class InvalidModelRecipe:
    """A valid base model plus one mistake; building and freezing it must fail.

    ``steps`` are the extra calls made after the base model is built, as
    ``(callable, args, kwargs)``; a callable named by the string ``"tm.<method>"``
    is that method of the model under construction.
    """

    base: ModelRecipe
    flaw: str
    """One of :data:`FLAWS`."""
    steps: tuple[tuple[Callable[..., Any] | str, tuple[Any, ...], tuple[tuple[str, Any], ...]], ...]
    expected: type[ThreatGraphError]
    """The error class that must be raised."""

    def build(self) -> ThreatModel:
        """Build the base model, then make the mistake (which may raise at once)."""
        tm = self.base.build()
        for fn, args, kwargs in self.steps:
            target = getattr(tm, fn.removeprefix("tm.")) if isinstance(fn, str) else fn
            result = target(*args, **dict(kwargs))
            if isinstance(result, contextlib.AbstractContextManager):
                with result:
                    pass
        return tm

    def build_and_freeze(self) -> System:
        """Build and freeze; returns only if the recipe is not invalid after all."""
        return self.build().freeze()


_Step = tuple[Callable[..., Any] | str, tuple[Any, ...], tuple[tuple[str, Any], ...]]


def _step(fn: Callable[..., Any] | str, *args: Any, **kwargs: Any) -> _Step:
    return (fn, args, tuple(sorted(kwargs.items())))


def _fresh(prefix: str, taken: set[str] | frozenset[str]) -> str:
    n = 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


_BAD_WORDS = st.from_regex(r"bogus[a-z0-9]{0,6}", fullmatch=True)
_ENUM_FIELDS: Mapping[str, tuple[tuple[type[Element], str], ...]] = MappingProxyType(
    {
        kind: tuple(
            (cls, name)
            for name, hint in _field_hints(cls)
            if isinstance(hint, type) and issubclass(hint, enum.Enum)
        )
        for kind, cls in KINDS.items()
    }
)


def _any_model_element(hostile: bool) -> Callable[[type[Element]], st.SearchStrategy[Element]]:
    def pick(cls: type[Element]) -> st.SearchStrategy[Element]:
        return _MODEL_ELEMENTS[(cls, hostile)]

    return pick


def _element_ids(base: ModelRecipe) -> frozenset[str]:
    return frozenset(e.id for e, _ in base.elements)


def _boundary_ids(base: ModelRecipe) -> frozenset[str]:
    return frozenset(b.id for b in base.boundaries)


_ConstructCase = Callable[
    [st.DrawFn, type[Element], str, Mapping[str, Any]], tuple[list[_Step], type[ThreatGraphError]]
]
"""Makes the constructor calls of one flaw (one is drawn) and the error they raise."""


def _bad_enum_value(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    bad = draw(_BAD_WORDS)
    options: list[_Step] = [
        _step(Boundary, name, trust=bad),
        _step(Data, name, sensitivity=bad),
        _step(CIA, integrity=bad),
        _step(ThreatActor, name, capability=bad),
        _step(ThreatActor, name, goals=[bad]),
        _step(ThreatModel, name, profile=bad),
        _step(ThreatModel, name, frameworks=[bad]),
        _step(KINDS["tool"], name, capabilities=["read", bad]),
    ]
    options.extend(_step(c, name, **{f: bad}) for c, f in _ENUM_FIELDS[cls.kind])
    return options, InvalidValueError


def _unknown_keyword(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    real = sorted(hints)
    typo = draw(
        st.sampled_from(real).flatmap(
            lambda w: st.sampled_from([w[:-1], w + "s", w[1:] + w[0], w.replace("_", ""), "x_" + w])
        )
    ).strip("_")
    if not typo or typo in hints:
        typo = "x_" + draw(st.sampled_from(real))
    value = draw(st.sampled_from([True, 1, "yes", None]))
    options = [
        _step(cls, name, **{typo: value}),
        _step(cls, name, "extra positional"),
        _step(Data, name, sensitivty="pii"),
        _step(Boundary, name, trust="internal", trsut="internal"),
        _step(Flow, "a", "b", protocl="https"),
        _step(_controls.RateLimiting, requests_per_min=10),
        _step(ThreatActor, name, capabilty="high"),
        _step(Exclusion, rule="x", reason="y", why="z"),
    ]
    return options, UnknownFieldError


def _wrong_values(hint: Any) -> list[Any] | None:
    """Values of the wrong type for a field of this type (None: a type not known here)."""
    if hint is bool:
        return ["yes", 1, None]
    if hint is str:
        return [42, ["x"], b"x"]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return [3, 2.5, None]
    if typing.get_origin(hint) is frozenset:
        return [5, [5], "some data"] if typing.get_args(hint)[0] is Data else [5, [5]]
    return None  # pragma: no cover - a new field type


def _wrong_types_elsewhere(name: str) -> list[_Step]:
    """Wrong types given to data, boundaries, flows, controls, actors and models."""
    return [
        _step(Data, name, cia="high"),
        _step(Boundary, 7, trust="internal"),
        _step(Flow, "a", 7),
        _step(Flow, "a", "b", "not data"),
        _step(_controls.RateLimiting, requests_per_minute="fast"),
        _step(_controls.DifferentialPrivacy, epsilon="small"),
        _step(ThreatActor, name, goals=5),
        _step(Exclusion, rule=5, reason="because"),
        _step(ThreatModel, name, actors=5),
        _step(ThreatModel, name, frameworks=5),
    ]


def _wrong_type(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    options = [_step(cls, draw(st.sampled_from([42, 4.2, b"bytes", None, ["x"]])))]
    for fname, hint in sorted(hints.items()):
        wrong = None if fname in ("name", "declared_at") else _wrong_values(hint)
        if wrong is not None:
            options.append(_step(cls, name, **{fname: draw(st.sampled_from(wrong))}))
    options.extend(_wrong_types_elsewhere(name))
    return options, InvalidTypeError


def _empty_name(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    blank = draw(st.sampled_from(["", " ", "\n\t", "\u3000"]))
    options = [
        _step(cls, blank),
        _step(Data, blank),
        _step(Boundary, blank, trust="internal"),
        _step(ThreatActor, blank),
    ]
    return options, InvalidValueError


def _unknown_control(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    return [_step(cls, name, controls=[draw(_BAD_WORDS)])], InvalidValueError


def _bad_model_name(
    draw: st.DrawFn, cls: type[Element], name: str, hints: Mapping[str, Any]
) -> tuple[list[_Step], type[ThreatGraphError]]:
    bad_name = draw(st.sampled_from(["", "   ", 42, None, ["x"]]))
    expected = InvalidValueError if isinstance(bad_name, str) else InvalidTypeError
    return [_step(ThreatModel, bad_name)], expected


_CONSTRUCT_CASES: Mapping[str, _ConstructCase] = MappingProxyType(
    {
        "bad-enum-value": _bad_enum_value,
        "unknown-keyword": _unknown_keyword,
        "wrong-type": _wrong_type,
        "empty-name": _empty_name,
        "unknown-control": _unknown_control,
        "bad-model-name": _bad_model_name,
    }
)
"""The flaws caught when a value is constructed, before the model is frozen."""


@st.composite
def _construct_flaw(draw: st.DrawFn, flaw: str) -> tuple[_Step, type[ThreatGraphError]]:
    """A constructor call that must raise: bad enum value, unknown keyword, wrong type..."""
    cls = draw(st.sampled_from(tuple(KINDS.values())))
    name = draw(names(hostile=False))
    options, expected = _CONSTRUCT_CASES[flaw](draw, cls, name, dict(_field_hints(cls)))
    if len(options) == 1:  # drawing from one option draws nothing
        return options[0], expected
    return draw(st.sampled_from(options)), expected


@attrs.frozen
class _Flawed:
    """What a model flaw is made from: the draw, the valid base model and its ids."""

    draw: st.DrawFn
    base: ModelRecipe
    hostile: bool
    eids: frozenset[str]
    bids: frozenset[str]

    def some_element(self) -> Element:
        """An element of the base model."""
        return self.draw(st.sampled_from([e for e, _ in self.base.elements]))

    def new_element(self) -> Element:
        """An element that is not in the base model."""
        e = self.draw(
            st.sampled_from(tuple(KINDS.values())).flatmap(_any_model_element(self.hostile))
        )
        return e if e.id not in self.eids else attrs.evolve(e, id=_fresh(e.id, self.eids))


def _dangling_flow_end(m: _Flawed) -> list[_Step]:
    anchor = m.some_element()
    ghost = m.new_element()
    ref: Element | str = ghost.id if m.draw(st.booleans()) else ghost
    ends = (anchor, ref) if m.draw(st.booleans()) else (ref, anchor)
    return [_step("tm.flow", *ends)]


def _duplicate_element_id(m: _Flawed) -> list[_Step]:
    original = m.some_element()
    other_cls = m.draw(st.sampled_from(tuple(KINDS.values())))
    twins = [
        attrs.evolve(original, description=original.description + " (twin)"),
        other_cls(original.name + " twin", id=original.id, description="twin"),
    ]
    return [_step("tm.add", m.draw(st.sampled_from(twins)))]


def _self_loop(m: _Flawed) -> list[_Step]:
    looped = m.some_element()
    target: Element | str = looped if m.draw(st.booleans()) else looped.id
    return [_step("tm.flow", looped, target)]


def _conflicting_data(m: _Flawed) -> list[_Step]:
    d = m.draw(data(hostile=m.hostile))
    other = m.draw(st.sampled_from([s for s in Sensitivity if s is not d.sensitivity]))
    clash = attrs.evolve(d, sensitivity=other)
    if m.draw(st.booleans()):
        return [_step("tm.data", d, clash)]
    a, b = m.some_element(), m.some_element()
    return [
        _step("tm.data", d),
        _step("tm.flow", a, b, clash, label="clash", allow_self=True),
    ]


def _element_in_two_boundaries(m: _Flawed) -> list[_Step]:
    e = m.new_element()
    n1 = _fresh("first-room", m.bids)
    n2 = _fresh("second-room", m.bids)
    return [
        _step("tm.boundary", n1, trust="internal"),
        _step("tm.boundary", n2, trust="partner"),
        _step("tm.add", e, boundary=n1),
        _step("tm.add", e, boundary=n2),
    ]


def _flow_id_clash(m: _Flawed) -> list[_Step]:
    a, b = m.some_element(), m.some_element()
    fid = _fresh("clash", frozenset())
    return [
        _step("tm.flow", a, b, id=fid, label="first", allow_self=True),
        _step("tm.flow", a, b, id=fid, label="second", allow_self=True),
    ]


def _boundary_cycle(m: _Flawed) -> list[_Step]:
    n1, n2 = _fresh("loop-a", m.bids), _fresh("loop-b", m.bids)
    b1 = Boundary(n1, trust="internal", parent=n2)
    b2 = Boundary(n2, trust="internal", parent=n1)
    return [_step("tm.boundary", b1), _step("tm.boundary", b2)]


def _missing_parent_boundary(m: _Flawed) -> list[_Step]:
    parent = _fresh("nowhere", m.bids)
    return [
        _step("tm.boundary", Boundary(_fresh("orphan", m.bids), trust="partner", parent=parent))
    ]


def _actor_entry_missing(m: _Flawed) -> list[_Step]:
    actor = ThreatActor(m.draw(names(hostile=False)), entry=_fresh("nowhere", m.bids))
    return [_step("tm.in_scope", actor)]


def _boundary_trust_conflict(m: _Flawed) -> list[_Step]:
    steps: list[_Step] = []
    if m.base.boundaries:
        reopened = m.draw(st.sampled_from(m.base.boundaries))
        name, trust = reopened.name, reopened.trust
    else:
        name, trust = m.draw(names(hostile=m.hostile)), Trust.INTERNAL
        steps.append(_step("tm.boundary", name, trust=trust))
    other_trust = m.draw(st.sampled_from([t for t in Trust if t is not trust]))
    steps.append(_step("tm.boundary", name, trust=other_trust))
    return steps


def _boundary_without_trust(m: _Flawed) -> list[_Step]:
    return [_step("tm.boundary", _fresh("unlabelled", m.bids))]


def _unknown_boundary(m: _Flawed) -> list[_Step]:
    return [_step("tm.add", m.new_element(), boundary=_fresh("nowhere", m.bids))]


def _not_an_element(m: _Flawed) -> list[_Step]:
    things = [Data("Prompt"), Flow("a", "b"), Boundary("Room", trust="internal")]
    return [_step("tm.add", m.draw(st.sampled_from([*things, "an element name", 42, None])))]


_MODEL_CASES: Mapping[str, tuple[Callable[[_Flawed], list[_Step]], type[ThreatGraphError]]] = (
    MappingProxyType(
        {
            "dangling-flow-end": (_dangling_flow_end, ModelValidationError),
            "duplicate-element-id": (_duplicate_element_id, ModelValidationError),
            "self-loop": (_self_loop, ModelValidationError),
            "conflicting-data": (_conflicting_data, ModelValidationError),
            "element-in-two-boundaries": (_element_in_two_boundaries, ModelValidationError),
            "flow-id-clash": (_flow_id_clash, ModelValidationError),
            "boundary-cycle": (_boundary_cycle, ModelValidationError),
            "missing-parent-boundary": (_missing_parent_boundary, ModelValidationError),
            "actor-entry-missing": (_actor_entry_missing, ModelValidationError),
            "boundary-trust-conflict": (_boundary_trust_conflict, InvalidValueError),
            "boundary-without-trust": (_boundary_without_trust, InvalidValueError),
            "unknown-boundary": (_unknown_boundary, InvalidValueError),
            "not-an-element": (_not_an_element, InvalidTypeError),
        }
    )
)
"""The flaws made by steps on a built model: what the steps are, and the error they cause."""


@st.composite
def _invalid_model(
    draw: st.DrawFn,
    bases: st.SearchStrategy[ModelRecipe],
    flaws: tuple[str, ...],
    hostile: bool,
) -> InvalidModelRecipe:
    base = draw(bases)
    flaw = draw(st.sampled_from(flaws))
    if flaw in _CONSTRUCT_CASES:
        step, expected = draw(_construct_flaw(flaw))
        steps = [step]
    elif flaw in _MODEL_CASES:
        make, expected = _MODEL_CASES[flaw]
        steps = make(_Flawed(draw, base, hostile, _element_ids(base), _boundary_ids(base)))
    else:  # pragma: no cover - FLAWS and the tables are kept in step by a test
        raise InvalidValueError.for_field("flaw", flaw, expected=f"one of {', '.join(FLAWS)}")
    return InvalidModelRecipe(base=base, flaw=flaw, steps=tuple(steps), expected=expected)


def invalid_models(
    *,
    flaws: Sequence[str] | None = None,
    max_elements: int = 6,
    hostile: bool = True,
) -> st.SearchStrategy[InvalidModelRecipe]:
    """Recipes that are guaranteed to fail with a :class:`~threatgraph.errors.ThreatGraphError`.

    Each recipe is a valid model (from :func:`model_recipes`) plus exactly one
    mistake from :data:`FLAWS`: a flow end that was never added, two
    different elements with one id, a self-loop without ``allow_self``, one
    data id with two meanings, an element in two boundaries, clashing flow
    ids, nested boundaries in a cycle or under a missing parent, an actor
    entering through a missing boundary, bad enum values, unknown keywords,
    wrong types, blank names, unknown controls, a boundary re-opened with
    another trust level or opened without one, an element added to a missing
    boundary, a non-element added, a bad model name.

    ``recipe.build_and_freeze()`` raises ``recipe.expected``; mistakes that
    are caught when a value is constructed raise then, the others at
    ``freeze()`` as one :class:`~threatgraph.errors.ModelValidationError`.

    Args:
        flaws: only these mistakes (names from :data:`FLAWS`); all by default.
        max_elements: the size of the valid base model.
        hostile: see :func:`names`.
    """
    chosen = FLAWS if flaws is None else tuple(flaws)
    if not chosen:
        raise InvalidValueError.for_field("flaws", flaws, expected="at least one flaw")
    for f in chosen:
        if f not in FLAWS:
            raise InvalidValueError.for_field("flaws", f, expected=f"one of {', '.join(FLAWS)}")
    _check_size("max_elements", max_elements, minimum=1)
    bases = model_recipes(
        min_elements=1,
        max_elements=max_elements,
        max_flows=max_elements,
        max_boundaries=3,
        max_depth=2,
        max_data=3,
        hostile=hostile,
    )
    return _quiet(
        _invalid_model(bases, chosen, hostile),
        f"invalid_models(flaws={list(chosen)}, max_elements={max_elements}, hostile={hostile})",
    )
