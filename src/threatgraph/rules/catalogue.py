"""Catalogue: an explicit, immutable set of rules.

>>> from threatgraph.rules import Catalogue
>>> cat = Catalogue.default()
>>> len(cat) > 50
True
>>> smaller = cat.without("stride/")         # drop a family by prefix
>>> len(smaller) < len(cat)
True

Catalogues are values: ``extend`` and ``without`` return new catalogues, and
two catalogues can be used side by side in one process. Third-party catalogues
are loaded from the ``threatgraph.catalogues`` entry-point group only when
asked for (:meth:`Catalogue.from_entry_points`).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from threatgraph._util import did_you_mean
from threatgraph.elements import Element
from threatgraph.errors import CatalogueError, InvalidValueError
from threatgraph.rules._core import (
    ElementScope,
    FlowScope,
    ModelScope,
    PathScope,
    RequirementScope,
    Rule,
)
from threatgraph.taxonomy import reference_family
from threatgraph.vocab import Phase, Stride

__all__ = [
    "BUILTIN_MODULES",
    "CATALOGUE_VERSION",
    "ENTRY_POINT_GROUP",
    "Catalogue",
    "entry_point_names",
]

CATALOGUE_VERSION = "2026.12"
"""Version of the built-in catalogue; bumped when rules are added, changed or removed."""

BUILTIN_MODULES: tuple[str, ...] = (
    "threatgraph.rules.access",
    "threatgraph.rules.decisions",
    "threatgraph.rules.payees",
    "threatgraph.rules.codes",
    "threatgraph.rules.devices",
    "threatgraph.rules.ai.prompts",
    "threatgraph.rules.ai.models",
    "threatgraph.rules.ai.actuation",
    "threatgraph.rules.ai.alerts",
    "threatgraph.rules.ai.gates",
    "threatgraph.rules.ai.lifecycle",
    "threatgraph.rules.ai.supply_chain",
    "threatgraph.rules.requirements",
)

ENTRY_POINT_GROUP = "threatgraph.catalogues"


def entry_point_names() -> tuple[str, ...]:
    """The names of the catalogues installed under ``threatgraph.catalogues``, sorted
    (nothing is loaded)."""
    return tuple(sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}))


def rules_in(module: ModuleType) -> list[Rule]:
    """Every Rule defined at module level in ``module``, sorted by id."""
    return sorted((v for v in vars(module).values() if isinstance(v, Rule)), key=lambda r: r.id)


class Catalogue:
    """An immutable collection of rules with unique ids, indexed by what they apply to."""

    __slots__ = (
        "_by_id",
        "_element_index",
        "_flow_index",
        "_flow_rules",
        "_model",
        "_paths",
        "_requirements",
        "name",
        "version",
    )

    def __init__(
        self, rules: Iterable[Rule] = (), *, name: str = "custom", version: str = "0"
    ) -> None:
        by_id: dict[str, Rule] = {}
        for r in rules:
            if not isinstance(r, Rule):
                raise CatalogueError(
                    f"{r!r} is not a Rule; decorate the function with @threatgraph.rules.rule(...)"
                )
            if r.id in by_id and by_id[r.id] is not r:
                raise CatalogueError(f"two rules share the id {r.id!r}")
            by_id[r.id] = r
        self._by_id = dict(sorted(by_id.items()))
        self.name = name
        self.version = version
        self._element_index: dict[type[Element], tuple[Rule, ...]] = {}
        self._flow_index: dict[tuple[type[Element], type[Element]], tuple[Rule, ...]] = {}
        self._flow_rules = tuple(r for r in self._by_id.values() if isinstance(r.scope, FlowScope))
        self._paths = tuple(r for r in self._by_id.values() if isinstance(r.scope, PathScope))
        self._model = tuple(r for r in self._by_id.values() if isinstance(r.scope, ModelScope))
        self._requirements = tuple(
            r for r in self._by_id.values() if isinstance(r.scope, RequirementScope)
        )

    # ------------------------------------------------------------------ constructors

    @classmethod
    def default(cls) -> Catalogue:
        """The built-in catalogue (a new object each call)."""
        rules: list[Rule] = []
        for mod in BUILTIN_MODULES:
            rules.extend(rules_in(importlib.import_module(mod)))
        return cls(rules, name="threatgraph-default", version=CATALOGUE_VERSION)

    @classmethod
    def from_module(cls, module: ModuleType | str, *, name: str | None = None) -> Catalogue:
        """A catalogue of the rules defined at module level in ``module``."""
        mod = importlib.import_module(module) if isinstance(module, str) else module
        return cls(rules_in(mod), name=name or mod.__name__)

    @classmethod
    def from_entry_points(cls, names: Sequence[str] | None = None) -> Catalogue:
        """Load third-party catalogues registered under ``threatgraph.catalogues``.

        Each entry point names a module, a Catalogue, or a callable returning one.
        ``names`` restricts which entry points load; unknown names are an error.
        """
        found = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
        wanted = sorted(found) if names is None else list(names)
        missing = [n for n in wanted if n not in found]
        if missing:
            raise CatalogueError(
                f"no catalogue entry point named {', '.join(map(repr, missing))} "
                f"(installed: {', '.join(sorted(found)) or 'none'})"
            )
        loaded: list[Catalogue] = []
        for n in wanted:
            obj: Any = found[n].load()
            if isinstance(obj, ModuleType):
                obj = cls.from_module(obj, name=n)
            elif callable(obj) and not isinstance(obj, Catalogue):
                obj = obj()
            if not isinstance(obj, Catalogue):
                raise CatalogueError(f"entry point {n!r} did not give a Catalogue (got {obj!r})")
            loaded.append(obj)
        rules = cls().extend(*loaded)
        return cls(rules, name="+".join(wanted) or "empty")

    # ------------------------------------------------------------------ combinators

    def extend(self, *items: Rule | Catalogue | Iterable[Rule]) -> Catalogue:
        """A new catalogue with more rules; a duplicate id is an error. Its name says
        what it holds, so that a report records it: this catalogue's name, then each
        catalogue's added (``threatgraph-default+mlsec``), then ``custom`` for rules
        added on their own."""
        rules = list(self._by_id.values())
        names = self.name.split("+") if self._by_id or self.name != "custom" else []
        loose = False
        for item in items:
            if isinstance(item, Rule):
                rules.append(item)
                loose = True
            elif isinstance(item, Catalogue):
                rules.extend(item)
                names.append(item.name)
            else:
                added = list(item)
                rules.extend(added)
                loose = loose or bool(added)
        if loose:
            names.append("custom")
        name = "+".join(dict.fromkeys(names)) or self.name
        return Catalogue(rules, name=name, version=self.version)

    def without(self, *ids: str) -> Catalogue:
        """A new catalogue without these rules; an id ending in ``/`` removes a family.

        Unknown ids are an error, so a typo cannot silently keep a rule running.
        """
        drop: set[str] = set()
        for i in ids:
            matched = [r for r in self._by_id if r == i or (i.endswith("/") and r.startswith(i))]
            if not matched:
                from threatgraph._util import did_you_mean

                hint = did_you_mean(i, self._by_id)
                raise CatalogueError(
                    f"no rule {i!r} in the catalogue" + (f"; {hint}" if hint else "")
                )
            drop.update(matched)
        return Catalogue(
            (r for k, r in self._by_id.items() if k not in drop),
            name=self.name,
            version=self.version,
        )

    def only(self, *ids: str) -> Catalogue:
        """A new catalogue with just these rules (or families, with a trailing ``/``)."""
        keep = [
            r
            for k, r in self._by_id.items()
            if any(k == i or (i.endswith("/") and k.startswith(i)) for i in ids)
        ]
        return Catalogue(keep, name=self.name, version=self.version)

    # ------------------------------------------------------------------ access

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, rule_id: object) -> bool:
        if isinstance(rule_id, Rule):
            return rule_id.id in self._by_id
        return rule_id in self._by_id

    def __repr__(self) -> str:
        return f"<Catalogue {self.name!r} {self.version}: {len(self)} rules>"

    def get(self, rule_id: str) -> Rule:
        """The rule with this id."""
        try:
            return self._by_id[rule_id]
        except KeyError:
            from threatgraph._util import did_you_mean

            hint = did_you_mean(rule_id, self._by_id)
            raise CatalogueError(f"no rule {rule_id!r}" + (f"; {hint}" if hint else "")) from None

    @property
    def ids(self) -> tuple[str, ...]:
        """Every rule id, sorted."""
        return tuple(self._by_id)

    def families(self) -> dict[str, str]:
        """Rule id -> threat family, for the rules that belong to one (see ``rule(family=)``):
        what a report loader needs to check the ids of reports that do not say it."""
        return {r.id: r.family for r in self if r.family}

    def filter(
        self,
        *,
        stride: Stride | str | None = None,
        phase: Phase | str | None = None,
        kind: str | None = None,
        reference: str | None = None,
    ) -> list[Rule]:
        """Rules matching every filter given (reference: an ATLAS, OWASP or CWE id).

        A value that cannot match anything (an unknown STRIDE category, phase or kind,
        or a reference that is no taxonomy id and that no rule cites) is an error, not
        an empty list."""
        st = None if stride is None else Stride.parse(stride)
        ph = None if phase is None else Phase.parse(phase)
        if reference is not None:
            self._check_reference(reference)
        out = []
        for r in self:
            if st is not None and st not in r.stride:
                continue
            if ph is not None and ph not in r.phases:
                continue
            if kind is not None and not _applies_to_kind(r, kind):
                continue
            if reference is not None and reference.upper() not in {x.upper() for x in r.references}:
                continue
            out.append(r)
        return out

    def _check_reference(self, reference: str) -> None:
        cited = {x.upper(): x for r in self for x in r.references}
        if reference.upper() in cited or reference_family(reference.strip()) is not None:
            return
        hint = did_you_mean(reference, sorted(cited.values()))
        raise InvalidValueError(
            f"{reference!r} is not a taxonomy id that a rule cites: write an ATLAS, OWASP or "
            "CWE id, such as AML.T0051, LLM01:2025 or CWE-1427" + (f"; {hint}" if hint else "")
        )

    # ------------------------------------------------------------------ indexes

    def element_rules(self, cls: type[Element]) -> tuple[Rule, ...]:
        """Element rules that apply to an element class (cached per class)."""
        cached = self._element_index.get(cls)
        if cached is None:
            cached = tuple(
                r
                for r in self._by_id.values()
                if isinstance(r.scope, ElementScope) and issubclass(cls, r.scope.kinds)
            )
            self._element_index[cls] = cached
        return cached

    def flow_rules_for(self, source: type[Element], target: type[Element]) -> tuple[Rule, ...]:
        """Flow rules whose end kinds match a (source class, target class) pair (cached)."""
        key = (source, target)
        cached = self._flow_index.get(key)
        if cached is None:
            found = []
            for r in self._flow_rules:
                scope = r.scope
                assert isinstance(scope, FlowScope)
                if scope.source is not None and not issubclass(source, scope.source):
                    continue
                if scope.target is not None and not issubclass(target, scope.target):
                    continue
                found.append(r)
            cached = tuple(found)
            self._flow_index[key] = cached
        return cached

    @property
    def flow_rules(self) -> tuple[Rule, ...]:
        """Every flow rule."""
        return self._flow_rules

    @property
    def path_rules(self) -> tuple[Rule, ...]:
        """Every path rule."""
        return self._paths

    @property
    def model_rules(self) -> tuple[Rule, ...]:
        """Every model rule."""
        return self._model

    @property
    def requirement_rules(self) -> tuple[Rule, ...]:
        """Every requirement of a risk profile or a compliance framework."""
        return self._requirements


def _applies_to_kind(r: Rule, kind: str) -> bool:
    from threatgraph.elements import kind_of

    cls = kind_of(kind)
    if r.lands_on and issubclass(cls, r.lands_on):
        return True  # its findings may be placed on this kind (a poisoning finding's dataset)
    scope = r.scope
    if isinstance(scope, ElementScope):
        return issubclass(cls, scope.kinds)
    if isinstance(scope, FlowScope):
        ends = [k for k in (scope.source, scope.target) if k is not None]
        return any(issubclass(cls, k) for k in ends) or not ends
    return False
