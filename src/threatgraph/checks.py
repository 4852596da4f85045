"""What can be wrong with a model's parts, as small checks that yield problems.

Each ``check_*`` function reads the parts it needs (a :class:`Parts`, and a
:class:`PartsIndex` of what exists) and yields
:class:`~threatgraph.errors.Problem` values, the way a rule reads a view and
yields matches. :func:`validate_parts` runs every check of :data:`CHECKS` in
that fixed order and lists what they found, so a model's problems always come
in the same order: elements, boundaries, placements, flows, data, actors.

The builder (:meth:`threatgraph.ThreatModel.freeze`) knows a little more than
the parts (whether an element was added twice, in two boundaries) and runs
:func:`check_added_flow_ends` (and its own check of elements added twice) before
:meth:`threatgraph.System.create` runs the others.

    >>> import threatgraph as tg
    >>> api = tg.Endpoint("API")
    >>> parts = Parts(elements=[api], flows=[tg.Flow(api, "llm")])
    >>> [p.message for p in check_flows(parts, PartsIndex.of(parts))]
    ["target 'llm' was never added to the model"]
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from threatgraph._util import parent_cycles, slugify, suggester
from threatgraph.actors import ThreatActor
from threatgraph.elements import Boundary, Data, Element, Flow
from threatgraph.errors import Problem, short_repr
from threatgraph.vocab import Trust

__all__ = [
    "CHECKS",
    "Check",
    "Parts",
    "PartsIndex",
    "check_actors",
    "check_added_flow_ends",
    "check_added_flow_objects",
    "check_boundary_cycles",
    "check_boundary_ids",
    "check_boundary_parents",
    "check_data",
    "check_elements",
    "check_flows",
    "check_placement",
    "element_data",
    "validate_parts",
]


@attrs.frozen(kw_only=True)
class Parts:
    """The parts of a model, as given: nothing is checked or deduplicated yet."""

    elements: Sequence[Element] = ()
    """May hold things that are not elements: :func:`check_elements` reports them."""
    flows: Sequence[Flow] = ()
    boundaries: Sequence[Boundary] = ()
    placement: Mapping[str, str | None] = attrs.field(factory=dict)
    """Element id -> id of the boundary it sits in (None: in no boundary)."""
    actors: Sequence[ThreatActor] = ()
    data: Sequence[Data] = ()
    """Data declared on its own, besides what elements and flows hold."""


@attrs.frozen
class PartsIndex:
    """What exists among the parts, by id: the last element or boundary given with an id."""

    elements: Mapping[str, Element]
    boundaries: Mapping[str, Boundary]

    @classmethod
    def of(cls, parts: Parts) -> PartsIndex:
        """The index of ``parts`` (things that are not elements are left out)."""
        return cls(
            {e.id: e for e in parts.elements if isinstance(e, Element)},
            {b.id: b for b in parts.boundaries},
        )


Check = Callable[[Parts, PartsIndex], Iterator[Problem]]
"""A check: the parts and their index in, problems out."""


def element_data(e: Element) -> tuple[Data, ...]:
    """The data an element stores or provides (stores first)."""
    stores = getattr(e, "stores", None)
    provides = getattr(e, "provides", None)
    if not isinstance(stores, frozenset):
        stores = ()
    # ExternalService.provides is an ExternalCategory, not data
    if not isinstance(provides, frozenset):
        provides = ()
    return (*stores, *provides)


def _location(item: Element | Flow) -> str | None:
    return str(item.declared_at) if item.declared_at else None


# --------------------------------------------------------------------------- elements


def check_elements(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Things that are not elements, two different elements with one id, and outside
    elements marked internet-facing; each element's problems together, in the order given."""
    seen: dict[str, Element] = {}
    for e in parts.elements:
        if not isinstance(e, Element):
            yield Problem(
                "model",
                "is not an Element",
                field="elements",
                value=e,
                hint="add element values such as tg.LLM('name')",
            )
            continue
        other = seen.get(e.id)
        if other is not None and other is not e and other != e:
            yield _id_clash(other, e, location=None)
        seen[e.id] = e
        if e.internet_facing and e.category == "external":
            yield Problem(
                f"element {e.id!r}",
                f"is a {e.kind}, outside the system already; internet_facing is for "
                "components you run",
                field="internet_facing",
                value=True,
                hint="drop internet_facing=True, or place the element in an untrusted boundary",
            )


def _id_clash(first: Element, second: Element, *, location: str | None) -> Problem:
    return Problem(
        f"element {second.id!r}",
        f"id is used by two different elements ({first.title} and {second.title})",
        field="id",
        value=second.id,
        hint="give one of them an explicit id=... or a different name",
        location=location,
    )


# --------------------------------------------------------------------------- boundaries


def check_boundary_ids(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Two different boundaries with one id, in the order given."""
    seen: dict[str, Boundary] = {}
    for b in parts.boundaries:
        if b.id in seen and seen[b.id] != b:
            yield Problem(
                f"boundary {b.id!r}",
                "id is used by two different boundaries",
                field="id",
                value=b.id,
                hint="give the boundaries different names",
            )
        seen[b.id] = b


def check_boundary_parents(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Boundaries nested in a boundary that does not exist, by boundary id."""
    bmap = index.boundaries
    hint = suggester(lambda: bmap)
    for b in sorted(bmap.values(), key=lambda b: b.id):
        if b.parent is not None and b.parent not in bmap:
            yield Problem(
                f"boundary {b.id!r}",
                "parent boundary does not exist",
                field="parent",
                value=b.parent,
                hint=hint(b.parent),
            )


def check_boundary_cycles(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Boundaries that contain themselves through their parents: each cycle once, at the
    boundary a walk from the smallest id reaches it by (linear however deep the nesting)."""
    bmap = index.boundaries

    def parent(bid: str) -> str | None:
        up = bmap[bid].parent
        return up if up in bmap else None

    for cycle in parent_cycles(sorted(bmap), parent):
        yield Problem(
            f"boundary {cycle[0]!r}",
            "boundaries nest in a cycle: " + " -> ".join([*cycle, cycle[0]]),
            field="parent",
            value=bmap[cycle[0]].parent,
            hint="a boundary cannot contain itself",
        )


def check_placement(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Placements of elements that do not exist, or in boundaries that do not exist."""
    seen, bmap = index.elements, index.boundaries
    placement = parts.placement
    if all(eid in seen and (bid is None or bid in bmap) for eid, bid in placement.items()):
        return  # the common case; sorting (for a stable order) only when there is a problem
    element_hint, boundary_hint = suggester(lambda: seen), suggester(lambda: bmap)
    for eid, bid in sorted(placement.items(), key=lambda kv: kv[0]):
        if eid not in seen:
            yield Problem(
                f"placement {eid!r}",
                "names an element that does not exist",
                value=eid,
                hint=element_hint(eid),
            )
        if bid is not None and bid not in bmap:
            yield Problem(
                f"element {eid!r}",
                "is placed in a boundary that does not exist",
                field="boundary",
                value=bid,
                hint=boundary_hint(bid),
            )


# --------------------------------------------------------------------------- flows


SELF_FLOW_HINT = "pass allow_self=True if the feedback loop is intended"
"""The hint of a flow from an element to itself, in Python's spelling: a document
loader says its own (``allow_self: true``) instead."""


def check_flows(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Flow ends that were never added, self-loops not allowed, and two different flows
    with one id; each flow's problems together, in the order given."""
    seen = index.elements
    fseen: dict[str, Flow] = {}
    hint = suggester(lambda: seen)
    for f in parts.flows:
        prev = fseen.get(f.id)
        if (
            f.source in seen
            and f.target in seen
            and (f.source != f.target or f.allow_self)
            and (prev is None or prev is f or prev == f)
        ):
            fseen[f.id] = f  # the common case: nothing to report
            continue
        yield from _flow_problems(f, prev, seen, hint)
        fseen[f.id] = f


def _flow_problems(
    f: Flow, prev: Flow | None, seen: Mapping[str, Element], hint: Callable[[str], str | None]
) -> Iterator[Problem]:
    where = f"flow {f.id!r}"
    loc = _location(f)
    for end, field in ((f.source, "source"), (f.target, "target")):
        if end not in seen:
            yield Problem(
                where,
                f"{field} {end!r} was never added to the model",
                field=field,
                value=end,
                hint=hint(end) or "call tm.add(...) with the element first",
                location=loc,
            )
    if f.source == f.target and not f.allow_self:
        yield Problem(
            where,
            "flows from an element to itself",
            field="target",
            value=f.target,
            hint=SELF_FLOW_HINT,
            location=loc,
        )
    if prev is not None and prev != f:
        yield Problem(
            where,
            "id is used by two different flows",
            field="id",
            value=f.id,
            # a derived id ends in the label, or else in the first datum's id: a label
            # can repeat another flow's datum, so when one is set, only id= helps
            hint=(
                "give one of them its own id=... (the derived ids end in a label or a "
                "datum's id, and these coincide)"
                if f.label or prev.label
                else "give one of them id=... or label=... to tell them apart"
            ),
            location=loc,
        )


# --------------------------------------------------------------------------- data and actors


def _all_data(parts: Parts) -> Iterator[Data]:
    """Every data value in the order it is met: declared, then each element's, then each flow's."""
    yield from parts.data
    for e in parts.elements:
        if isinstance(e, Element):
            yield from element_data(e)
    for f in parts.flows:
        yield from f.data


def check_data(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """One data id with two meanings, once per id, in the order the second meaning is met."""
    first: dict[str, Data] = {}
    reported: set[str] = set()
    for d in _all_data(parts):
        prev = first.setdefault(d.id, d)
        if prev is d or prev == d or d.id in reported:
            continue
        reported.add(d.id)
        field = _first_difference(prev, d)
        before, after = getattr(prev, field), getattr(d, field)
        yield Problem(
            f"data {d.id!r}",
            f"is declared twice with different attributes ({_shown(before)} vs {_shown(after)})",
            field=field,
            value=after,
            hint="declare the Data once and reuse the same value",
        )


def _first_difference(a: Data, b: Data) -> str:
    """The first field (in declaration order) where two data values differ."""
    for f in attrs.fields(Data):
        if f.eq and getattr(a, f.name) != getattr(b, f.name):
            return f.name
    return "sensitivity"  # equal values are never reported; a safe default


def _shown(value: object) -> str:
    return str(getattr(value, "value", value))


def check_actors(parts: Parts, index: PartsIndex) -> Iterator[Problem]:
    """Actors declared twice, and actors entering through a boundary that does not exist."""
    bmap = index.boundaries
    seen: set[str] = set()
    hint = suggester(lambda: bmap)
    for a in parts.actors:
        if a.id in seen:
            yield Problem(f"actor {a.id!r}", "is declared twice", field="id", value=a.id)
        seen.add(a.id)
        if isinstance(a.entry, str) and a.entry not in bmap:
            yield Problem(
                f"actor {a.id!r}",
                f"enters through a boundary that does not exist (got {short_repr(a.entry)})",
                field="entry",
                value=a.entry,
                hint=_entry_hint(a.entry, bmap, hint),
            )


def _entry_hint(
    entry: str, bmap: Mapping[str, Boundary], by_id: Callable[[str], str | None]
) -> str:
    """The boundary an actor's ``entry`` most likely means: one it names by its name
    (``"VPC"`` for the id ``vpc``), else the closest id, else the closest name; or what
    ``entry`` takes, when none is close."""
    levels = f"a trust level ({', '.join(t.value for t in Trust)})"
    if not bmap:
        return f"the model has no boundaries: give {levels}"
    for b in bmap.values():
        if entry == b.name or slugify(entry) == b.id:
            return f"did you mean {b.id!r}, the id of boundary {b.name!r}?"
    close = by_id(entry)
    if close:
        return close
    names = {b.name: b for b in bmap.values()}  # an actor or two, on an error path
    for name in difflib.get_close_matches(entry, list(names), n=1, cutoff=0.6):
        return f"did you mean {names[name].id!r}, the id of boundary {name!r}?"
    some = ", ".join(repr(bid) for bid in sorted(bmap)[:5]) + (", ..." if len(bmap) > 5 else "")
    return f"give a boundary id ({some}) or {levels}"


# --------------------------------------------------------------------------- all of them

CHECKS: tuple[Check, ...] = (
    check_elements,
    check_boundary_ids,
    check_boundary_parents,
    check_boundary_cycles,
    check_placement,
    check_flows,
    check_data,
    check_actors,
)
"""Every check of a model's parts, in the order their problems are listed."""


def validate_parts(
    elements: Sequence[Element],
    flows: Sequence[Flow],
    boundaries: Sequence[Boundary],
    placement: Mapping[str, str | None],
    actors: Sequence[ThreatActor],
    data: Sequence[Data],
) -> list[Problem]:
    """Every problem with a set of model parts, in a deterministic order (see :data:`CHECKS`)."""
    parts = Parts(
        elements=elements,
        flows=flows,
        boundaries=boundaries,
        placement=placement,
        actors=actors,
        data=data,
    )
    index = PartsIndex.of(parts)
    return [problem for check in CHECKS for problem in check(parts, index)]


# --------------------------------------------------------------------------- the builder's


def check_added_flow_ends(
    flows: Iterable[Flow], element_ids: Mapping[str, Element]
) -> Iterator[Problem]:
    """Flow ends that were never added to the builder, in flow order.

    :func:`check_flows` finds them too; the builder's hint knows that the element
    itself (not only its id) may have been passed without being added.
    """
    hint = suggester(lambda: element_ids)
    for f in flows:
        for end, field in ((f.source, "source"), (f.target, "target")):
            if end not in element_ids:
                yield Problem(
                    f"flow {f.id!r}",
                    f"{field} {end!r} was never added to the model",
                    field=field,
                    value=end,
                    hint=hint(end) or "call tm.add(element) before using it in a flow",
                    location=_location(f),
                )


def check_added_flow_objects(
    flows: Sequence[Flow],
    ends: Sequence[tuple[Element | None, Element | None]],
    element_ids: Mapping[str, Element],
    *,
    added: Sequence[Element] = (),
) -> Iterator[Problem]:
    """Flow ends given as element values that are not the element added under their id:
    an element of another model, or one never added that shares an id with one that was.

    ``ends[i]`` holds the values given as ``flows[i]``'s source and target (None where an
    id was given). A value equal to the element added with its id is that element; one
    among ``added`` (an element whose id clash is reported already, or a value that
    ``add_controls`` replaced) is not reported again. Ends whose id was never added are
    :func:`check_added_flow_ends`'s.
    """
    known: set[Element] | None = None
    for f, pair in zip(flows, ends, strict=True):
        for given, field in zip(pair, ("source", "target"), strict=True):
            if given is None:
                continue
            placed = element_ids.get(given.id)
            if placed is None or placed is given or placed == given:
                continue
            if known is None:
                known = set(added)
            if given in known:
                continue
            yield Problem(
                f"flow {f.id!r}",
                f"{field} is {given.title}, which was never added to the model; a different "
                f"element with id {given.id!r} was added to this model ({placed.title})",
                field=field,
                value=given,
                hint="add that element (with its own id=...) before using it in a flow, "
                "or pass the element that was added",
                location=_location(f),
            )
