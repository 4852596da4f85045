"""ThreatModel: the one mutable object, a builder that freezes into a System.

>>> import threatgraph as tg
>>> tm = tg.ThreatModel("Support assistant", profile=tg.RiskProfile.HIGH)
>>> with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
...     customer = tm.add(tg.Actor("Customer"))
>>> with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
...     api = tm.add(tg.Endpoint("Chat API"))
...     with tm.boundary("Model enclave", trust=tg.Trust.RESTRICTED):
...         llm = tm.add(tg.LLM("Support LLM"))
>>> _ = tm.chain(customer >> api >> llm, tg.Data("Prompt"))
>>> tm
<ThreatModel 'Support assistant': 3 elements, 2 flows, 3 boundaries>
>>> tm.freeze().boundary_of(llm).name
'Model enclave'
"""

from __future__ import annotations

import contextlib
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from threatgraph._gc import collector_paused
from threatgraph._util import caller_location, did_you_mean, slugify, strict_call
from threatgraph.actors import ThreatActor, default_actors
from threatgraph.checks import check_added_flow_ends, check_added_flow_objects
from threatgraph.elements import Boundary, Data, Element, Flow, Route, _check_text
from threatgraph.errors import InvalidTypeError, InvalidValueError, Problem, short_repr
from threatgraph.system import System
from threatgraph.vocab import (
    Framework,
    FrameworkValue,
    RiskProfile,
    RiskProfileValue,
    Trust,
    TrustValue,
)

if TYPE_CHECKING:
    from threatgraph.findings import Report

__all__ = ["ThreatModel"]


def _shown(value: Any) -> str:
    """A field value for a message: an enum's value, anything else's repr."""
    return short_repr(value.value if isinstance(value, Trust) else value)


def _declared(item: Element | Boundary | Flow) -> str | None:
    """``file:line`` where a value was made, if known."""
    return str(item.declared_at) if item.declared_at else None


# --------------------------------------------------------------------------- Data arguments

_COLLECTIONS = (list, tuple, set, frozenset)


def _check_data_args(items: Sequence[Any], *, owner: str, call: str) -> None:
    """Refuse a list, tuple or set of Data given where each Data is its own argument
    (``tm.flow(a, b, [x, y])``), saying so and naming the Data; anything else that is
    not Data is left to the value classes' own messages. ``call`` is the right form
    with ``{}`` for the data: ``tm.flow(a, b, {})``."""
    for item in items:
        if isinstance(item, Data) or not isinstance(item, _COLLECTIONS):
            continue
        inner = list(item)
        if not all(isinstance(d, Data) for d in inner):
            continue
        kind = type(item).__name__
        if inner:
            names = ", ".join(short_repr(d.name) for d in inner[:5])
            more = f" and {len(inner) - 5} more" if len(inner) > 5 else ""
            shown = f"{_a(kind)} of {len(inner)} Data: {names}{more}"
            hint = (
                f"pass several Data as separate arguments: {call.format('x, y')} "
                f"(or unpack the {kind}: {call.format('*items')})"
            )
        else:
            shown = f"an empty {kind}"
            hint = f"pass each Data as its own argument, or none: {call.format('x, y')}"
        raise InvalidTypeError.for_field(
            "data", item, expected="Data", owner=owner, hint=hint, shown=shown
        )


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _flow_name(source: Any, target: Any) -> str:
    """``Flow 'a->b'`` for the ends given, as Flow names itself; ``tm.flow()`` when an
    end is no element or id (Flow says so itself)."""
    ends = [e.id if isinstance(e, Element) else e for e in (source, target)]
    if all(isinstance(e, str) and e for e in ends):
        return f"Flow '{ends[0]}->{ends[1]}'"
    return "ThreatModel.flow()"


# --------------------------------------------------------------------------- added twice

_TWICE_HINT = (
    "give each its own name, or pass id=... to tell them apart; if it is one "
    "component, add it once and reuse the value"
)


def _added_element_problems(
    elements: Sequence[Element], placement: Sequence[str | None]
) -> tuple[list[Problem], set[str]]:
    """What only the builder sees, in the order added: the same element added in two
    boundaries, two separate but equal elements (made twice, the same name in each)
    added under one id, and a different element with an id already taken. Also
    returns the ids added as two separate elements.

    ``placement[i]`` is the boundary ``elements[i]`` was added in. The very same
    object added twice in one boundary is one element, and no problem.
    """
    problems: list[Problem | None] = []
    first: dict[str, int] = {}
    # id -> (the separate copies, where its problem goes in ``problems``, the boundaries
    # of the first two): one problem per id, however many copies
    copies: dict[str, tuple[list[Element], int, str | None, str | None]] = {}
    for i, e in enumerate(elements):
        j = first.setdefault(e.id, i)
        if j == i:
            continue
        prev = elements[j]
        if prev is e:
            if placement[j] != placement[i]:
                problems.append(_one_element_in_two_boundaries(e, placement[j], placement[i]))
        elif prev != e:
            problems.append(_id_clash(prev, e))
        elif e.id not in copies:
            copies[e.id] = ([prev, e], len(problems), placement[j], placement[i])
            problems.append(None)  # written once every copy is known
        elif not any(c is e for c in copies[e.id][0]):
            copies[e.id][0].append(e)
    for made, at, before, now in copies.values():
        problems[at] = _separate_copies(made, before, now)
    return [p for p in problems if p is not None], set(copies)


def _where(boundary: str | None) -> str:
    return repr(boundary) if boundary is not None else "no boundary"


def _lines(first: Element, second: Element) -> str:
    """``, declared at m.py:4 and m.py:5``: where two values were made, if known."""
    a, b = _declared(first), _declared(second)
    if a and b:
        return f", declared at {a} and {b}" if a != b else f", both declared at {a}"
    return f", declared at {a or b}" if a or b else ""


def _other_lines(copies: Sequence[Element]) -> str:
    """``, the first declared at m.py:4``: where the copies other than the second were
    made (the problem's location is the second's), if known."""
    others = [_declared(c) for c in copies if c is not copies[1]]
    at = list(dict.fromkeys(loc for loc in others if loc))  # unique, in order
    if not at:
        return ""
    if at == [_declared(copies[1])]:
        return f", {'both' if len(copies) == 2 else 'all'} declared at the same line"
    if len(copies) == 2:
        return f", the first declared at {at[0]}"
    return ", the others declared at " + (
        at[0] if len(at) == 1 else f"{', '.join(at[:-1])} and {at[-1]}"
    )


def _one_element_in_two_boundaries(e: Element, before: str | None, now: str | None) -> Problem:
    return Problem(
        f"element {e.id!r}",
        f"was added in two different boundaries ({_where(before)} and {_where(now)})",
        field="boundary",
        value=now,
        hint="it is one element (the same value, added twice): add it once, in the "
        "boundary it belongs to; for two components, make two elements with their own "
        "names or id=...",
        location=_declared(e),
    )


def _separate_copies(copies: Sequence[Element], before: str | None, now: str | None) -> Problem:
    """Equal elements made separately (``tm.add(tg.DataStore("Orders DB"))`` twice);
    ``before`` and ``now`` are the boundaries the first two were added in."""
    second = copies[1]
    cls = type(second)
    prefix = "tg." if cls.__module__ == Element.__module__ else ""
    suffix = now if now is not None and now != before else "2"
    example = f"{prefix}{cls.__name__}({second.name!r}, id={f'{second.id}-{suffix}'!r})"
    field, value = ("id", second.id) if before == now else ("boundary", now)
    n = len(copies)
    added = "twice as two" if n == 2 else f"{n} times as {n}"
    if before == now:
        message = f"was added {added} separate elements{_other_lines(copies)}"
    elif n == 2:
        message = (
            f"was added in two different boundaries ({_where(before)} and {_where(now)}) "
            f"as two separate elements with the same id{_other_lines(copies)}"
        )
    else:
        message = (
            f"was added {added} separate elements with the same id, the first two in "
            f"different boundaries ({_where(before)} and {_where(now)}){_other_lines(copies)}"
        )
    return Problem(
        f"element {second.id!r}",
        message,
        field=field,
        value=value,
        hint=f"{_TWICE_HINT}; to tell them apart by id: {example}",
        location=_declared(second),
    )


def _id_clash(first: Element, second: Element) -> Problem:
    return Problem(
        f"element {second.id!r}",
        f"id is used by two different elements ({first.title} and {second.title})",
        field="id",
        value=second.id,
        hint="give one of them an explicit id=... or a different name",
        location=_declared(second),
    )


def _between_separate_copies(
    flows: Sequence[Flow],
    ends: Sequence[tuple[Element | None, Element | None]],
    twice: set[str],
    problems: list[Problem],
) -> set[int]:
    """The indexes of the flows whose source and target are two separate elements with
    one id (``tm.flow(a, b)`` where ``a`` and ``b`` were each made as ``tg.DataStore("Orders
    DB")``): not a flow from an element to itself, which System.create would call it.
    Where the two were not both added (so no element problem says so), a problem is
    added for the flow."""
    out: set[int] = set()
    for i, (source, target) in enumerate(ends):
        if source is None or target is None or source is target or source.id != target.id:
            continue
        f = flows[i]
        if f.allow_self:
            continue
        out.add(i)
        if source.id in twice:
            continue  # the element's own problem says it was added twice
        problems.append(
            Problem(
                f"flow {f.id!r}",
                f"source and target are two separate elements with the same id "
                f"{source.id!r}{_lines(source, target)}",
                field="target",
                value=target.id,
                hint=f"{_TWICE_HINT}; for a feedback loop, pass the same element twice "
                "with allow_self=True",
                location=_declared(f),
            )
        )
    return out


# --------------------------------------------------------------------------- boundaries


def _declared_at(b: Boundary) -> str:
    loc = _declared(b)
    return f" (declared at {loc})" if loc else ""


def _free_id(base: str, taken: Container[str]) -> str:
    """An id to suggest for a second boundary: ``base``, or ``base-2``... when taken."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _check_reopened_by_name(
    existing: Boundary,
    name: str,
    *,
    trust: Trust | TrustValue | None,
    description: str,
    id: str | None,
    taken: Container[str],
) -> None:
    """``tm.boundary(name, ...)`` for a boundary id that exists: a re-open, unless it
    asks for another trust or description, or gives a trust with a name that is
    neither the boundary's name nor its id (``"Prod VPC"`` and then ``"prod vpc"``: the
    two names make one id, and the second reads as a new boundary). ``taken``: the
    boundary ids in use, so that the id suggested is free."""
    wanted = None if trust is None else Trust.parse(trust, field="trust")
    differ: dict[str, str] = {}
    if wanted is not None and wanted is not existing.trust:
        differ["trust="] = f"trust {wanted.value!r}"
    if description and description != existing.description:
        differ["description="] = f"description {short_repr(description)}"
    same_name = name == existing.name
    if not differ and (same_name or name == existing.id or wanted is None):
        return
    new = (
        f"tm.boundary({name!r}, trust={(wanted or existing.trust).value!r}, "
        f"id={_free_id(slugify(name), taken)!r})"
    )
    if same_name:
        was = (
            f" and description {short_repr(existing.description)}"
            if "description=" in differ
            else ""
        )
        raise InvalidValueError(
            f"boundary {name!r} already exists{_declared_at(existing)} with trust "
            f"{existing.trust.value!r}{was}; it cannot be re-opened with "
            f"{' and '.join(differ.values())} (leave {' and '.join(differ)} out to re-open "
            f"it, or declare a separate boundary with an id of its own: {new})"
        )
    how = "is given the id" if id else "has the id"
    head = (
        f"boundary {name!r} {how} {existing.id!r} of boundary {existing.name!r}"
        f"{_declared_at(existing)}, with trust {existing.trust.value!r}"
    )
    conflict = (
        f"it cannot be re-opened with {' and '.join(differ.values())}"
        if differ
        else "the two names make one id, so it cannot be declared as a boundary of its own"
    )
    raise InvalidValueError(
        f"{head}; {conflict} (to declare a separate boundary, pass an id of its own: {new}; "
        f"to re-open {existing.name!r}, write tm.boundary({existing.name!r}) without trust=)"
    )


def _trust_text(trust: Trust | TrustValue) -> str:
    return repr(trust.value if isinstance(trust, Trust) else trust)


class _BoundaryScope:
    """What :meth:`ThreatModel.boundary` returns: the boundary is declared (or re-opened)
    when the ``with`` block is entered. Until then the model keeps it as not entered,
    and :meth:`ThreatModel.freeze` reports it, so that ``tm.boundary(...)`` written
    without ``with`` is not a silent no-op."""

    __slots__ = ("_description", "_id", "_model", "_name", "_opened_at", "_trust")

    def __init__(
        self,
        model: ThreatModel,
        name: str | Boundary,
        *,
        trust: Trust | TrustValue | None,
        id: str | None,
        description: str,
    ) -> None:
        self._model = model
        self._name = name
        self._trust = trust
        self._id = id
        self._description = description
        self._opened_at = caller_location()
        model._unentered[self] = None

    def __enter__(self) -> Boundary:
        model = self._model
        model._unentered.pop(self, None)
        b = model._boundary_for(
            self._name, trust=self._trust, id=self._id, description=self._description
        )
        model._scope.append(b.id)
        return b

    def __exit__(self, *_: object) -> None:
        self._model._scope.pop()

    def __repr__(self) -> str:
        name = self._name.name if isinstance(self._name, Boundary) else self._name
        return f"<tm.boundary({short_repr(name)}): enter it with `with` to place elements in it>"

    def never_entered(self) -> Problem:
        """The problem :meth:`ThreatModel.freeze` reports for a boundary never entered."""
        name = self._name.name if isinstance(self._name, Boundary) else self._name
        if isinstance(self._name, Boundary):
            b = self._name
            call = f"tm.boundary(tg.Boundary({b.name!r}, trust={b.trust.value!r}))"
        else:
            args = [short_repr(self._name)]
            if self._trust is not None:
                args.append(f"trust={_trust_text(self._trust)}")
            if self._id:
                args.append(f"id={self._id!r}")
            if self._description:
                args.append(f"description={short_repr(self._description)}")
            call = f"tm.boundary({', '.join(args)})"
        return Problem(
            f"boundary {short_repr(name)}",
            "was opened with tm.boundary(...) but never entered with `with`: it is not "
            "declared, and the elements added after it are not in it",
            hint=f"write `with {call}:` and add its elements inside the block",
            location=str(self._opened_at) if self._opened_at else None,
        )


class ThreatModel:
    """A threat model under construction.

    Args:
        name: the system's name.
        profile: ``RiskProfile.HIGH`` or ``LOW`` (default).
        actors: the threat actors in scope; defaults to the six workshop actors.
            Pass ``()`` to analyse without actors.
        frameworks: compliance frameworks the system must meet (``"hipaa"``, …).
        description: free text for the report.
    """

    @strict_call
    def __init__(
        self,
        name: str,
        *,
        profile: RiskProfile | RiskProfileValue = RiskProfile.LOW,
        actors: Iterable[ThreatActor] | None = None,
        frameworks: Iterable[Framework | FrameworkValue] = (),
        description: str = "",
    ) -> None:
        if not isinstance(name, str):
            raise InvalidTypeError.for_field(
                "name", name, expected="a non-empty str", owner="ThreatModel"
            )
        if not name.strip():
            raise InvalidValueError.for_field(
                "name", name, expected="a non-empty str", owner="ThreatModel"
            )
        for arg, value in (("actors", actors), ("frameworks", frameworks)):
            if value is not None and (isinstance(value, str) or not isinstance(value, Iterable)):
                raise InvalidTypeError.for_field(
                    arg, value, expected="a list or tuple", owner="ThreatModel"
                )
        if not isinstance(description, str):
            raise InvalidTypeError.for_field(
                "description", description, expected="a str", owner="ThreatModel"
            )
        _check_text("name", name, owner="ThreatModel")
        _check_text("description", description, owner="ThreatModel")
        self.name = name
        self.profile = RiskProfile.parse(profile, field="profile")
        self.description = description
        self.actors: list[ThreatActor] = list(default_actors() if actors is None else actors)
        for a in self.actors:
            if not isinstance(a, ThreatActor):
                raise InvalidTypeError.for_field(
                    "actors", a, expected="ThreatActor values", owner="ThreatModel"
                )
        self.frameworks: set[Framework] = {
            Framework.parse(f, field="frameworks") for f in frameworks
        }
        self._elements: list[Element] = []
        # lists in step with _elements and _flows (a dict or a tuple per entry would cost
        # far more in models of many thousand elements)
        self._placement: list[str | None] = []  # boundary id of each element in _elements
        self._flows: list[Flow] = []
        # in step with _flows: the element values given as each flow's source and target
        # (None where an id was given), checked at freeze against the elements added
        self._ends: list[tuple[Element | None, Element | None]] = []
        self._superseded: list[Element] = []  # values add_controls() replaced
        self._explicit: set[int] = set()  # indexes in _flows of the flows given an id
        self._boundaries: dict[str, Boundary] = {}
        self._scope: list[str] = []
        # boundary() scopes made but not entered yet, in order (a dict as an ordered
        # set, keyed by the scope itself): freeze reports them
        self._unentered: dict[_BoundaryScope, None] = {}
        self._data: list[Data] = []

    # ------------------------------------------------------------------ dunder

    def __repr__(self) -> str:
        return (
            f"<ThreatModel {self.name!r}: {len(self._elements)} elements, "
            f"{len(self._flows)} flows, {len(self._boundaries)} boundaries>"
        )

    # ------------------------------------------------------------------ boundaries

    @strict_call
    def boundary(
        self,
        name: str | Boundary,
        *,
        trust: Trust | TrustValue | None = None,
        id: str | None = None,
        description: str = "",
    ) -> contextlib.AbstractContextManager[Boundary]:
        """Enter a trust boundary; elements added inside are placed in it.

        Use it as ``with tm.boundary("VPC", trust="internal"):``: the boundary is
        declared when the ``with`` block is entered. A boundary made but never entered
        (``tm.boundary(...)`` on a line of its own) is reported by :meth:`freeze`,
        which names it: the elements added after it are not in it.

        Boundaries nest: a ``with tm.boundary(...)`` inside another makes a child.
        Entering an existing boundary again (by name, id or value) re-opens it, as
        it was declared: another ``trust`` or ``description`` is an error, and so is
        a ``trust`` given with another name that makes the same id (``"Prod VPC"``,
        then ``"prod vpc"``), which reads as a second boundary. The error names both
        boundaries; to declare a second one, pass ``id=`` (``tm.boundary("prod vpc",
        trust=..., id="prod-vpc-2")``) or choose another name.
        """
        return _BoundaryScope(self, name, trust=trust, id=id, description=description)

    def _boundary_for(
        self,
        name: str | Boundary,
        *,
        trust: Trust | TrustValue | None,
        id: str | None,
        description: str,
    ) -> Boundary:
        parent = self._scope[-1] if self._scope else None
        if isinstance(name, Boundary):
            existing = self._boundaries.get(name.id)
            if existing is None:
                b = (
                    name
                    if name.parent is not None or parent is None
                    else attrs.evolve(name, parent=parent)
                )
                self._boundaries[b.id] = b
                return b
            self._check_reopened(existing, name)
            return existing
        if not isinstance(name, str) or not name.strip():
            raise InvalidValueError.for_field(
                "name", name, expected="a non-empty boundary name", owner="boundary()"
            )
        bid = id or slugify(name)
        existing = self._boundaries.get(bid)
        if existing is not None:
            _check_reopened_by_name(
                existing,
                name,
                trust=trust,
                description=description,
                id=id,
                taken=self._boundaries,
            )
            return existing
        if trust is None:
            raise InvalidValueError(
                f"boundary {name!r} needs a trust level; "
                "write tm.boundary(name, trust=tg.Trust.INTERNAL)"
            )
        b = Boundary(
            name,
            trust=trust,
            id=bid,
            parent=parent,
            description=description,
            declared_at=caller_location(),
        )
        self._boundaries[b.id] = b
        return b

    def _check_reopened(self, existing: Boundary, given: Boundary) -> None:
        """A Boundary value re-opening ``existing`` must be the same boundary: the same
        name, trust, description and (when it names one) parent."""
        if given is existing:
            return
        differ = [
            field
            for field in ("name", "trust", "description")
            if getattr(given, field) != getattr(existing, field)
        ]
        if given.parent is not None and given.parent != existing.parent:
            differ.append("parent")
        if not differ:
            return
        shown = ", ".join(
            f"{field} {_shown(getattr(existing, field))} -> {_shown(getattr(given, field))}"
            for field in differ
        )
        if given.name == existing.name:
            head = f"boundary {existing.name!r} (id {existing.id!r}) already exists"
        else:
            head = (
                f"boundary {given.name!r} has the id {existing.id!r} of boundary {existing.name!r}"
            )
        raise InvalidValueError(
            f"{head}{_declared_at(existing)} with trust {existing.trust.value!r}; "
            f"it cannot be re-opened with different fields ({shown}); "
            "to declare a separate boundary, give it an id of its own: "
            f"tg.Boundary({given.name!r}, trust={given.trust.value!r}, id="
            f"{_free_id(slugify(given.name), self._boundaries)!r}) (or another name); to re-open "
            f"the one declared, pass it or its name: tm.boundary({existing.name!r})"
        )

    # ------------------------------------------------------------------ elements

    @strict_call
    def add(self, element: Element, *, boundary: Boundary | str | None = None) -> Element:
        """Add an element in the current boundary (or ``boundary``) and return it.

        Adding the very same object twice (in the same boundary) is harmless: it is
        one element. Two elements made separately are two elements, even when they
        are equal: ``tm.add(tg.DataStore("Orders DB"))`` written twice is reported by
        :meth:`freeze` (both get the id ``orders-db``), with the lines that made them.
        Give each its own name, or pass ``id=...`` to tell them apart; if they are one
        component, add it once and reuse the value that ``add`` returns. Two
        *different* elements with the same id are reported by :meth:`freeze` too.
        """
        if not isinstance(element, Element):
            hint = (
                "flows are added with tm.flow(source, target, ...)"
                if isinstance(element, Flow)
                else "pass an element such as tg.LLM('name')"
            )
            raise InvalidTypeError.for_field(
                "element", element, expected="an Element", owner="ThreatModel.add()", hint=hint
            )
        if boundary is not None:
            bid: str | None = boundary.id if isinstance(boundary, Boundary) else boundary
            if isinstance(boundary, Boundary) and bid in self._boundaries:
                self._check_reopened(self._boundaries[boundary.id], boundary)
            if bid not in self._boundaries:
                raise InvalidValueError(
                    f"ThreatModel.add(): boundary {bid!r} does not exist"
                    + (f"; {h}" if (h := did_you_mean(str(bid), self._boundaries)) else "")
                )
        else:
            bid = self._scope[-1] if self._scope else None
        self._elements.append(element)
        self._placement.append(bid)
        return element

    def add_all(self, *elements: Element) -> tuple[Element, ...]:
        """Add several elements in the current boundary."""
        return tuple(self.add(e) for e in elements)

    @strict_call
    def data(self, *items: Data) -> tuple[Data, ...]:
        """Declare data assets that no flow or store mentions yet (for the report's scope).

        Each Data is its own argument: ``tm.data(audit_trail, backups)``.
        """
        _check_data_args(items, owner="ThreatModel.data()", call="tm.data({})")
        for d in items:
            if not isinstance(d, Data):
                raise InvalidTypeError.for_field(
                    "data",
                    d,
                    expected="Data",
                    owner="ThreatModel.data()",
                    hint='declare it as tg.Data("Audit trail")',
                )
        self._data.extend(items)
        return items

    def in_scope(self, *actors: ThreatActor) -> None:
        """Replace the threat actors in scope."""
        for a in actors:
            if not isinstance(a, ThreatActor):
                raise InvalidTypeError.for_field("actors", a, expected="ThreatActor")
        self.actors = list(actors)

    # ------------------------------------------------------------------ flows

    @strict_call
    def flow(
        self,
        source: Element | str,
        target: Element | str,
        *data: Data,
        protocol: str | None = None,
        controls: Any = None,
        label: str | None = None,
        id: str | None = None,
        allow_self: bool = False,
        exclude: Any = None,
    ) -> Flow:
        """Add a flow from ``source`` to ``target`` carrying ``data``; returns the Flow.

        Each Data is its own argument: ``tm.flow(api, llm, prompt, history)``, or
        ``tm.flow(api, llm, *items)`` for a list; a list itself is refused.
        """
        _check_data_args(data, owner=_flow_name(source, target), call="tm.flow(a, b, {})")
        f = Flow(
            source,
            target,
            data,
            protocol=protocol,
            controls=controls,
            label=label,
            id=id or "",
            allow_self=allow_self,
            exclude=exclude,
            declared_at=caller_location(),
        )
        if id:
            self._explicit.add(len(self._flows))
        self._flows.append(f)
        self._ends.append(
            (
                source if isinstance(source, Element) else None,
                target if isinstance(target, Element) else None,
            )
        )
        return f

    def chain(self, route: Route, *data: Data, **attrs_: Any) -> tuple[Flow, ...]:
        """Add a flow for each hop of ``a >> b >> c``, all carrying ``data`` (each Data
        its own argument, as for :meth:`flow`): ``tm.chain(a >> b, tg.Data("D"))``.
        Data after another ``>>`` (``a >> b >> tg.Data("D")``) is an error that says so."""
        if not isinstance(route, Route):
            raise InvalidTypeError.for_field(
                "route", route, expected="a Route built with a >> b", owner="ThreatModel.chain()"
            )
        _check_data_args(data, owner="ThreatModel.chain()", call="tm.chain(a >> b, {})")
        if "id" in attrs_:
            raise InvalidValueError("ThreatModel.chain(): an id cannot be shared by several flows")
        loc = caller_location()
        out = []
        for a, b in route.hops():
            f = self.flow(a, b, *data, **attrs_)
            f = attrs.evolve(f, declared_at=loc)
            self._flows[-1] = f
            self._explicit.discard(len(self._flows) - 1)
            out.append(f)
        return tuple(out)

    @strict_call
    def add_controls(self, target: Element | Flow | str, *controls: Any) -> Element | Flow:
        """Attach more controls to an element or flow already in the model; returns the new value.

        ``target`` is the element or flow (or its id). Elements and flows are frozen
        values, so the model's copy is replaced by one with the extra controls; use
        the returned value from then on. This is how a design review adds a control
        and watches the threat list change::

            tm.add_controls(api, c.RateLimiting(), c.Authentication())
        """
        from threatgraph.controls import coerce_controls

        key = target.id if isinstance(target, (Element, Flow)) else target
        if not isinstance(key, str):
            raise InvalidTypeError.for_field(
                "target", target, expected="an Element, a Flow or an id", owner="add_controls()"
            )
        extra = coerce_controls(controls, owner="add_controls()")
        for i, e in enumerate(self._elements):
            if e.id == key:
                new_e = attrs.evolve(e, controls=e.controls | extra)
                self._superseded.append(e)
                self._elements[i] = new_e
                result: Element | Flow = new_e
                # an equal value made separately stays a separate value (freeze reports
                # it), with the same controls: one new object per object replaced
                copies: dict[int, Element] = {id(e): new_e}
                for j in range(i + 1, len(self._elements)):
                    other = self._elements[j]
                    if other == e:
                        if id(other) not in copies:
                            self._superseded.append(other)
                            copies[id(other)] = attrs.evolve(other, controls=new_e.controls)
                        self._elements[j] = copies[id(other)]
                return result
        for i, f in enumerate(self._flows):
            if f.id == key:
                new_f = attrs.evolve(f, controls=f.controls | extra)
                self._flows[i] = new_f
                return new_f
        choices = [e.id for e in self._elements] + [f.id for f in self._flows]
        hint = did_you_mean(key, choices)
        raise InvalidValueError(
            f"add_controls(): nothing with id {key!r} in the model" + (f"; {hint}" if hint else "")
        )

    # ------------------------------------------------------------------ freezing

    @collector_paused
    def freeze(self) -> System:
        """Validate everything and return the frozen :class:`System`.

        Raises ModelValidationError listing every problem, each naming the
        element or flow, the field and the bad value, with a suggestion.
        """
        problems = [scope.never_entered() for scope in self._unentered]
        added, twice = _added_element_problems(self._elements, self._placement)
        problems.extend(added)
        elements, placement = self._placed_elements()
        flows = self._disambiguate()
        problems.extend(check_added_flow_ends(flows, elements))
        problems.extend(
            check_added_flow_objects(
                flows, self._ends, elements, added=(*self._elements, *self._superseded)
            )
        )
        between = _between_separate_copies(flows, self._ends, twice, problems)
        # System.create re-checks ends: only the flows with both ends go on (and not
        # those between two separate elements with one id, reported already)
        good = [
            f
            for i, f in enumerate(flows)
            if f.source in elements and f.target in elements and i not in between
        ]
        return System.create(
            name=self.name,
            profile=self.profile,
            description=self.description,
            elements=elements.values(),
            flows=good,
            boundaries=self._boundaries.values(),
            placement=placement,
            actors=self.actors,
            frameworks=self.frameworks,
            data=self._data,
            extra_problems=problems,
        )

    def _placed_elements(self) -> tuple[dict[str, Element], dict[str, str | None]]:
        """Each element by id, and the boundary it was added in: the first value added
        with an id wins (:func:`_added_element_problems` reports the others)."""
        elements: dict[str, Element] = {}
        placement: dict[str, str | None] = {}
        for e, where in zip(self._elements, self._placement, strict=True):
            if elements.get(e.id, e) == e:
                elements[e.id] = e
                placement[e.id] = where
        return elements, placement

    def _disambiguate(self) -> list[Flow]:
        """Give parallel flows between the same two elements distinct, stable ids."""
        first: dict[str, int] = {}  # id -> index of the first flow with it
        groups: dict[str, list[int]] = {}  # only the ids that more than one flow has
        explicit = self._explicit
        for i, f in enumerate(self._flows):
            if i not in explicit:
                j = first.setdefault(f.id, i)
                if j != i:
                    groups.setdefault(f.id, [j]).append(i)
        out = list(self._flows)
        for base, idxs in groups.items():
            for i in idxs:
                f = out[i]
                suffix = (
                    slugify(f.label)
                    if f.label
                    else "+".join(d.id for d in f.data)
                    if f.data
                    else slugify(f.protocol)
                    if f.protocol
                    else ""
                )
                if suffix:
                    out[i] = attrs.evolve(f, id=f"{base}:{suffix}")
        return out

    if TYPE_CHECKING:  # attached by the package (threatgraph/_attach.py), not imported here

        def analyze(self, **kwargs: Any) -> Report:
            """Freeze and analyse: shorthand for ``threatgraph.analyze(tm.freeze(), ...)``."""
            ...

        def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]: ...

    # ------------------------------------------------------------------ read access

    @property
    def elements(self) -> tuple[Element, ...]:
        """Elements added so far, in insertion order."""
        return tuple(self._elements)

    @property
    def flows(self) -> tuple[Flow, ...]:
        """Flows added so far, in insertion order."""
        return tuple(self._flows)

    @property
    def boundaries(self) -> tuple[Boundary, ...]:
        """Boundaries declared so far."""
        return tuple(self._boundaries.values())
