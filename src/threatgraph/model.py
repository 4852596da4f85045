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
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from threatgraph._gc import collector_paused
from threatgraph._util import caller_location, did_you_mean, slugify, strict_call
from threatgraph.actors import ThreatActor, default_actors
from threatgraph.checks import (
    check_added_elements,
    check_added_flow_ends,
    check_added_flow_objects,
)
from threatgraph.elements import Boundary, Data, Element, Flow, Route, _check_text
from threatgraph.errors import InvalidTypeError, InvalidValueError, short_repr
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


class ThreatModel:
    """A threat model under construction.

    Args:
        name: the system's name.
        profile: ``RiskProfile.HIGH`` or ``LOW`` (default).
        actors: the threat actors in scope; defaults to the five workshop actors.
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
        self._data: list[Data] = []

    # ------------------------------------------------------------------ dunder

    def __repr__(self) -> str:
        return (
            f"<ThreatModel {self.name!r}: {len(self._elements)} elements, "
            f"{len(self._flows)} flows, {len(self._boundaries)} boundaries>"
        )

    # ------------------------------------------------------------------ boundaries

    @strict_call
    @contextlib.contextmanager
    def boundary(
        self,
        name: str | Boundary,
        *,
        trust: Trust | TrustValue | None = None,
        id: str | None = None,
        description: str = "",
    ) -> Iterator[Boundary]:
        """Enter a trust boundary; elements added inside are placed in it.

        Boundaries nest: a ``with tm.boundary(...)`` inside another makes a child.
        Entering an existing boundary again (by name, id or value) re-opens it.
        """
        b = self._boundary_for(name, trust=trust, id=id, description=description)
        self._scope.append(b.id)
        try:
            yield b
        finally:
            self._scope.pop()

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
            if trust is not None and Trust.parse(trust, field="trust") is not existing.trust:
                raise InvalidValueError(
                    f"boundary {name!r} already exists with trust {existing.trust.value!r}; "
                    f"it cannot be re-opened with trust {Trust.parse(trust).value!r}"
                )
            if description and description != existing.description:
                raise InvalidValueError(
                    f"boundary {name!r} already exists with description "
                    f"{short_repr(existing.description)}; it cannot be re-opened with description "
                    f"{short_repr(description)} (leave description= out to re-open it)"
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

    @staticmethod
    def _check_reopened(existing: Boundary, given: Boundary) -> None:
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
        raise InvalidValueError(
            f"boundary {existing.id!r} already exists with trust {existing.trust.value!r}; "
            f"it cannot be re-opened with different fields ({shown}); "
            "give the new boundary its own name or id=..., or re-open the one declared "
            f"(tm.boundary({existing.id!r}))"
        )

    # ------------------------------------------------------------------ elements

    @strict_call
    def add(self, element: Element, *, boundary: Boundary | str | None = None) -> Element:
        """Add an element in the current boundary (or ``boundary``) and return it.

        Adding the same value twice is harmless; two *different* elements with
        the same id are reported by :meth:`freeze`.
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
        """Declare data assets that no flow or store mentions yet (for the report's scope)."""
        for d in items:
            if not isinstance(d, Data):
                raise InvalidTypeError.for_field("data", d, expected="Data", owner="ThreatModel")
            self._data.append(d)
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
        """Add a flow from ``source`` to ``target`` carrying ``data``; returns the Flow."""
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
        """Add a flow for each hop of ``a >> b >> c``, all carrying ``data``."""
        if not isinstance(route, Route):
            raise InvalidTypeError.for_field(
                "route", route, expected="a Route built with a >> b", owner="ThreatModel.chain()"
            )
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
                for j in range(i + 1, len(self._elements)):
                    if self._elements[j] == e:
                        self._elements[j] = new_e
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
        problems = list(check_added_elements(self._elements, self._placement))
        elements, placement = self._placed_elements()
        flows = self._disambiguate()
        problems.extend(check_added_flow_ends(flows, elements))
        problems.extend(
            check_added_flow_objects(
                flows, self._ends, elements, added=(*self._elements, *self._superseded)
            )
        )
        # System.create re-checks ends: only the flows with both ends go on
        good = [f for f in flows if f.source in elements and f.target in elements]
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
        with an id wins (:func:`~threatgraph.checks.check_added_elements` reports the others)."""
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
