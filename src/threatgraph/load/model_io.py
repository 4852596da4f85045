"""The model file format: :func:`dump_system` and :func:`load_system`.

A model document is plain JSON-ready data::

    {
      "threatgraph": "1",
      "name": "Support assistant",
      "profile": "high",
      "description": "",
      "frameworks": ["gdpr"],
      "actors": [{"id": "insider", "name": "Insider", "capability": "medium", ...}],
      "boundaries": [{"id": "vpc", "name": "VPC", "trust": "internal", "parent": null, ...}],
      "data": [{"id": "prompt", "name": "Prompt", "sensitivity": "internal", ...}],
      "elements": [{"kind": "llm", "id": "support-llm", "name": "Support LLM",
                    "boundary": "vpc", "controls": [{"control": "rate_limiting"}], ...}],
      "flows": [{"id": "api->support-llm", "source": "api", "target": "support-llm",
                 "data": ["prompt"], "protocol": "https", "controls": [], ...}]
    }

Data assets are declared once under ``"data"``; flows and stores name them by
id. Every list is sorted (by id, or canonically for sets), so one model always
gives the same document, whatever order it was declared in.

:func:`load_system` is strict: unknown keys, wrong types, bad values, unknown
kinds and data ids, dangling flow ends, duplicate ids and boundary cycles are
all reported together in one :class:`~threatgraph.errors.LoadError`, each
problem at its JSON path (``$.elements[3].trust``). Nothing in a document can
run code or import anything.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from threatgraph._util import did_you_mean, display_path, nesting_depth, slugify, suggester
from threatgraph.actors import ThreatActor, default_actors
from threatgraph.checks import SELF_FLOW_HINT
from threatgraph.elements import Boundary, Data, Flow
from threatgraph.errors import (
    LoadError,
    ModelValidationError,
    Problem,
    ThreatGraphError,
    short_repr,
)
from threatgraph.load._documents import MAX_DEPTH, MAX_VALUES, Limits, check_shape
from threatgraph.load.converter import (
    PlacedElement,
    describe,
    format_path,
    make_converter,
    problems_from_error,
)
from threatgraph.system import System
from threatgraph.vocab import Framework, RiskProfile, Trust

__all__ = [
    "FORMAT_VERSION",
    "TOP_LEVEL_KEYS",
    "build_system",
    "dump_system",
    "internal_error",
    "load_system",
    "rebase_locations",
    "sort_problems",
]

FORMAT_VERSION = "1"
"""The value of the ``"threatgraph"`` key that model and report documents carry."""

TOP_LEVEL_KEYS = (
    "threatgraph",
    "name",
    "profile",
    "description",
    "frameworks",
    "actors",
    "boundaries",
    "data",
    "elements",
    "flows",
)
"""Every key a model document may have."""

# --------------------------------------------------------------------------- dumping


def dump_system(
    system: System,
    *,
    locations: bool = True,
    relative_to: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """The model document for ``system``: JSON-ready, every list sorted.

    Args:
        locations: include ``declared_at`` (``"file:line"``) where known, so that
            SARIF can still point at source lines after a round trip. Turn it off
            for documents that should not change when code moves.
        relative_to: the directory the document will be written to. Locations are
            written relative to the working directory of the moment (a location
            keeps the directory it was recorded from, so one declared before an
            ``os.chdir`` still names its file); with this they are written
            relative to that directory instead, which is how a document's
            locations are read back (see :func:`rebase_locations`).
    """
    conv = make_converter(data={d.id: d for d in system.data}, locations=locations)
    elements = [
        PlacedElement(e, None if (b := system.boundary_of(e)) is None else b.id)
        for e in system.elements()
    ]
    doc = {
        "threatgraph": FORMAT_VERSION,
        "name": system.name,
        "profile": system.profile.value,
        "description": system.description,
        "frameworks": sorted(f.value for f in system.frameworks),
        "actors": [conv.unstructure(a) for a in system.actors],
        "boundaries": [conv.unstructure(b) for b in system.boundaries],
        "data": [conv.unstructure(d) for d in system.data],
        "elements": [conv.unstructure(e) for e in elements],
        "flows": [conv.unstructure(f) for f in system.flows()],
    }
    if locations and relative_to is not None:
        # physical paths on both sides: a directory reached through a symbolic link is
        # where the document really is, and ".." is taken from there when it is read
        target = os.path.realpath(relative_to)
        _map_locations(doc, lambda path: display_path(os.path.realpath(path), target))
    return doc


_LOCATED = ("boundaries", "elements", "flows")
_LOCATION = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")


def _map_locations(doc: Any, change: Callable[[str], str]) -> None:
    """Rewrite the file part of every ``declared_at`` string of a model document in place
    (anything that is not ``file:line`` with a real file path is left alone)."""
    if not isinstance(doc, dict):
        return
    for key in _LOCATED:
        items = doc.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            loc = item.get("declared_at") if isinstance(item, dict) else None
            if not isinstance(loc, str):
                continue
            m = _LOCATION.match(loc)
            if m is None or m.group("file").startswith("<"):
                continue  # <stdin>, <string>: no file to rebase
            item["declared_at"] = f"{change(m.group('file'))}:{m.group('line')}"


def rebase_locations(doc: Any, directory: str | os.PathLike[str]) -> None:
    """Read a document's ``declared_at`` paths as relative to ``directory`` (the
    document's own), and rewrite them relative to the working directory, where SARIF
    and the reports resolve them.

    A relative path is taken from the document's directory when the file is there.
    Documents written by older versions recorded paths relative to the directory
    they were exported from; such a path that names a file from the working directory
    but none from the document's is kept as it is. Absolute paths are kept.
    """
    base = os.path.realpath(directory)  # where the document physically is (see dump)
    cwd = os.path.realpath(os.getcwd())

    @functools.cache  # a document names few files, each many times
    def change(path: str) -> str:
        if os.path.isabs(path):
            return path
        beside = os.path.join(base, path)
        if not os.path.exists(beside) and os.path.exists(path):
            return path  # an older document, written relative to where it was exported
        return display_path(os.path.realpath(beside), cwd)

    _map_locations(doc, change)


# --------------------------------------------------------------------------- loading


def load_system(data: Any, *, source: str | None = None) -> System:
    """Build a System from a model document (parsed JSON or YAML).

    Raises LoadError listing every problem, each at its JSON path.
    """
    try:
        system, problems = build_system(data, root="$")
    except Exception as exc:  # a bug, but a loader must only ever raise LoadError
        raise internal_error(source or "the document", "model", exc) from exc
    if problems or system is None:
        raise LoadError(_headline(source, problems), sort_problems(problems))
    return system


def internal_error(label: str, what: str, exc: Exception) -> LoadError:
    """The LoadError for an exception that a loader did not expect (a threatgraph bug)."""
    return LoadError(
        f"cannot load the {what} from {label}",
        [
            Problem(
                "$",
                f"loading failed unexpectedly ({type(exc).__name__}: {exc})",
                hint="this is a threatgraph bug; please report it with the file",
            )
        ],
    )


def _headline(source: str | None, problems: Sequence[Problem]) -> str:
    where = f" from {source}" if source else ""
    return f"cannot load the model{where}: {len(problems)} problem(s)"


def sort_problems(problems: Sequence[Problem]) -> list[Problem]:
    """Problems in document order (numeric indices compare as numbers), without repeats."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for p in problems:
        key = (p.where, p.message)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return sorted(unique, key=lambda p: _path_key(p.where))


def _path_key(path: str) -> list[tuple[int, int | str]]:
    return [
        (0, int(tok)) if tok.isdigit() else (1, tok) for tok in re.split(r"[.\[\]]+", path) if tok
    ]


@attrs.define
class _Collection:
    """One top-level list being loaded: the parsed items and the ids of broken ones."""

    name: str
    items: list[tuple[int, Any]] = attrs.field(factory=list)
    broken_ids: set[str] = attrs.field(factory=set)
    """The ids of the items that could not be read."""
    broken: list[tuple[int, Any]] = attrs.field(factory=list)
    """The items left out, as written: those that could not be read, and those whose id
    an earlier item has."""


def build_system(
    data: Any,
    *,
    root: str = "$",
    max_depth: int = MAX_DEPTH,
    max_values: int = MAX_VALUES,
    limits: Limits | None = None,
) -> tuple[System | None, list[Problem]]:
    """Structure and validate a model document; return the System (or None) and every problem.

    Used by :func:`load_system` and by the report loader (with ``root="$.model"``). A
    document that declares more than ``limits`` allow gets that one problem, found
    before any element is built.
    """
    problems, fatal = check_shape(data, root=root, max_depth=max_depth, max_values=max_values)
    if fatal:
        return None, problems
    if not isinstance(data, dict):
        return None, [
            Problem(root, f"must be an object (a model document), not {describe(data)}", value=data)
        ]
    over = (limits or Limits()).over(_counts(data, root))
    if over:
        return None, [*problems, *over]
    loader = _Loader(data, root, problems, limits or Limits())
    return loader.run()


def _counts(doc: dict[Any, Any], root: str) -> Iterator[tuple[str, int, str]]:
    """(name, how many, where) of the elements, flows, data and boundaries of a document."""
    for name in ("elements", "flows", "data", "boundaries"):
        if isinstance(doc.get(name), list):
            yield name, len(doc[name]), format_path(root, [name])


class _Loader:
    """The state of one load: the raw document, the problems found, the parts built."""

    def __init__(
        self, doc: dict[Any, Any], root: str, problems: list[Problem], limits: Limits
    ) -> None:
        self.doc = doc
        self.root = root
        self.problems = problems
        self.limits = limits
        self.refs: dict[str, Data] = {}
        """Data assets by id, filled once the document's data list is read."""
        self.conv = make_converter(data=self.refs)

    # helpers ---------------------------------------------------------------

    def path(self, *segments: str | int) -> str:
        return format_path(self.root, segments)

    def structure(self, value: Any, cls: Any, *segments: str | int) -> Any:
        try:
            return self.conv.structure(value, cls)
        except Exception as exc:
            self.problems.extend(problems_from_error(exc, self.path(*segments)))
            return _FAILED

    def scalar(self, key: str, cls: Any, default: Any) -> Any:
        if key not in self.doc:
            return default
        value = self.structure(self.doc[key], cls, key)
        return default if value is _FAILED else value

    def collection(
        self,
        key: str,
        cls: Any,
        ident: Callable[[Any], str],
        raw_id: Callable[[Any], str | None],
    ) -> _Collection:
        """Structure each item of a top-level list on its own, and check ids are unique."""
        out = _Collection(key)
        raw = self.doc.get(key, [])
        if not isinstance(raw, list):
            self.problems.append(
                Problem(self.path(key), f"must be an array, not {describe(raw)}", value=raw)
            )
            return out
        conv = self.conv
        # the id of each item so far, broken ones too: a broken item's problems must not
        # hide that another item has its id (both would be reported only in a second run)
        first: dict[str, int] = {}
        for i, item in enumerate(raw):
            try:
                value = conv.structure(item, cls)
            except Exception as exc:
                self.problems.extend(problems_from_error(exc, self.path(key, i)))
                out.broken.append((i, item))
                rid = raw_id(item)
                if rid is not None:
                    out.broken_ids.add(rid)
                    if rid in first:
                        self.problems.append(
                            _duplicate_id(self.path, key, i, item, rid, first[rid])
                        )
                    else:
                        first[rid] = i
                continue
            vid = ident(value)
            if vid in first:
                self.problems.append(_duplicate_id(self.path, key, i, item, vid, first[vid]))
                # left out as if it could not be read, so that its references (a
                # boundary's parent, a flow's ends...) are still checked: one mistake
                # must not hide the item's others
                out.broken.append((i, item))
                continue
            first[vid] = i
            out.items.append((i, value))
        return out

    # the load ----------------------------------------------------------------

    def run(self) -> tuple[System | None, list[Problem]]:
        doc = self.doc
        for key in doc:
            if key not in TOP_LEVEL_KEYS:
                hint = did_you_mean(str(key), TOP_LEVEL_KEYS) or (
                    f"valid keys: {', '.join(TOP_LEVEL_KEYS)}"
                )
                self.problems.append(
                    Problem(self.path(str(key)), "is not a known key", value=key, hint=hint)
                )
        self._check_version()
        name = self.structure(doc["name"], str, "name") if "name" in doc else _FAILED
        if "name" not in doc:
            self.problems.append(
                Problem(self.path("name"), "is required but missing", hint="name the system")
            )
        elif name is not _FAILED and not name.strip():
            self.problems.append(Problem(self.path("name"), "must be a non-empty name", value=name))
            name = _FAILED
        profile = self.scalar("profile", RiskProfile, RiskProfile.LOW)
        description = self.scalar("description", str, "")
        frameworks = self.scalar("frameworks", list[Framework], [])

        data = self.collection("data", Data, _id, _raw_id)
        # a placeholder for each broken data asset, so that the flows and stores that
        # name it are not reported a second time (the load fails on the asset anyway)
        for rid in sorted(data.broken_ids):
            try:
                self.refs[rid] = Data(rid, id=rid)
            except ThreatGraphError:
                # an id no data can have (blank, a lone surrogate): the asset's own
                # problem says so, and a flow naming it is reported as dangling
                continue
        self.refs.update((d.id, d) for _, d in data.items)
        boundaries = self.collection("boundaries", Boundary, _id, _raw_id)
        if self._too_deep(boundaries):
            return None, self.problems
        elements = self.collection("elements", PlacedElement, lambda p: p.element.id, _raw_id)
        flows = self.collection("flows", Flow, _id, _raw_flow_id)
        if "actors" in doc:
            listed = self.collection("actors", ThreatActor, _id, _raw_id)
            actors = [a for _, a in listed.items]
        else:
            listed, actors = _Collection("actors"), list(default_actors())

        parts = self._references(boundaries, elements, flows)
        self._broken_references(boundaries, elements, flows, listed)
        try:
            # a missing or bad name is reported already; the parts are judged all the same
            system = System.create(
                name="model" if name is _FAILED else name,
                profile=profile,
                description=description,
                elements=[p.element for p in parts.elements],
                flows=parts.flows,
                boundaries=parts.boundaries,
                placement={p.element.id: p.boundary for p in parts.elements},
                actors=[a for a in actors if _entry_ok(a, parts.broken_boundaries)],
                frameworks=frameworks,
                data=[d for _, d in data.items],
            )
        except ModelValidationError as exc:
            self.problems.extend(self._locate(exc.problems, boundaries, elements, flows))
            return None, self.problems
        return (None if self.problems or name is _FAILED else system), self.problems

    def _too_deep(self, boundaries: _Collection) -> bool:
        """True (with the problem recorded) when boundaries nest deeper than the limit:
        found before any element is built, and without recursion."""
        parents = {b.id: b.parent for _, b in boundaries.items}
        depth, deepest = nesting_depth(parents, parents.get)
        if depth <= self.limits.nesting:
            return False
        where = next(i for i, b in boundaries.items if b.id == deepest)
        where_path = self.path("boundaries", where, "parent")
        self.problems.extend(self.limits.over([("nesting", depth, where_path)]))
        return True

    def _check_version(self) -> None:
        if "threatgraph" not in self.doc:
            self.problems.append(
                Problem(
                    self.path("threatgraph"),
                    "is required but missing: it marks the file as a threatgraph model",
                    hint=f'add "threatgraph": "{FORMAT_VERSION}"',
                )
            )
            return
        version = self.doc["threatgraph"]
        # "1", or the integer 1 (YAML reads an unquoted 1 so); not 1.0 or true, which
        # equal 1 in Python but are not the version the format names
        if not (version == FORMAT_VERSION or (type(version) is int and version == 1)):
            self.problems.append(
                Problem(
                    self.path("threatgraph"),
                    f"format version {version!r} is not supported (this threatgraph reads "
                    f"{FORMAT_VERSION!r})",
                    value=version,
                    hint=f'write "threatgraph": "{FORMAT_VERSION}"'
                    if version == 1
                    else "upgrade threatgraph, or check that this is a threatgraph model file",
                )
            )

    def _references(
        self, boundaries: _Collection, elements: _Collection, flows: _Collection
    ) -> _Parts:
        """Check what System.create cannot say in file terms; keep the parts it can judge."""
        bids = {b.id for _, b in boundaries.items}
        eids = {p.element.id for _, p in elements.items}
        parts = _Parts(broken_boundaries=boundaries.broken_ids)
        for _, b in boundaries.items:
            if b.parent is not None and b.parent in boundaries.broken_ids:
                b = _evolve(b, parent=None)
            parts.boundaries.append(b)
        boundary_hint = suggester(lambda: bids | boundaries.broken_ids)
        element_hint = suggester(lambda: eids | elements.broken_ids)
        placements = [(i, p.boundary, p) for i, p in elements.items]
        placements.extend(
            (i, raw.get("boundary"), None) for i, raw in elements.broken if isinstance(raw, dict)
        )
        for i, bid, placed in sorted(placements, key=lambda t: t[0]):
            if isinstance(bid, str) and bid not in bids:
                if bid not in boundaries.broken_ids:
                    self.problems.append(
                        Problem(
                            self.path("elements", i, "boundary"),
                            f"no boundary with id {bid!r} is declared",
                            value=bid,
                            hint=boundary_hint(bid)
                            or "declare it in the top-level 'boundaries' list",
                        )
                    )
                if placed is not None:
                    placed = PlacedElement(placed.element, None)
            if placed is not None:
                parts.elements.append(placed)
        for i, f in flows.items:
            ok = True
            for end in ("source", "target"):
                eid = getattr(f, end)
                if eid in eids:
                    continue
                ok = False
                if eid in elements.broken_ids:
                    continue  # the element itself is reported
                self.problems.append(
                    Problem(
                        self.path("flows", i, end),
                        f"no element with id {eid!r} is declared",
                        value=eid,
                        hint=element_hint(eid) or "declare it in the 'elements' list",
                    )
                )
            if ok:
                parts.flows.append(f)
        return parts

    def _broken_references(
        self,
        boundaries: _Collection,
        elements: _Collection,
        flows: _Collection,
        actors: _Collection,
    ) -> None:
        """The references of the items that could not be read (a misspelt data id, a bad
        trust): each one that is well formed must still name something, so that one run
        reports every problem of an item. A reference that is malformed itself has its
        problem already; one naming a broken item is not reported (that item is)."""
        bids = {b.id for _, b in boundaries.items} | boundaries.broken_ids
        eids = {p.element.id for _, p in elements.items} | elements.broken_ids
        boundary_hint, element_hint = suggester(lambda: bids), suggester(lambda: eids)
        for i, raw in boundaries.broken:
            ref = raw.get("parent") if isinstance(raw, dict) else None
            if isinstance(ref, str) and ref and ref not in bids:
                self.problems.append(
                    Problem(
                        self.path("boundaries", i, "parent"),
                        f"parent boundary does not exist (got {short_repr(ref)})",
                        value=ref,
                        hint=boundary_hint(ref),
                    )
                )
        for i, raw in actors.broken:
            ref = raw.get("entry") if isinstance(raw, dict) else None
            if isinstance(ref, str) and ref and ref not in bids and not _is_trust(ref):
                self.problems.append(
                    Problem(
                        self.path("actors", i, "entry"),
                        f"enters through a boundary that does not exist (got {short_repr(ref)})",
                        value=ref,
                        hint=boundary_hint(ref),
                    )
                )
        for i, raw in flows.broken:
            if isinstance(raw, dict):
                self._broken_flow(i, raw, eids, element_hint)

    def _broken_flow(
        self, i: int, raw: dict[Any, Any], eids: set[str], hint: Callable[[str], str | None]
    ) -> None:
        """The ends of flow ``i``, which could not be read: each must name an element,
        and the two must differ unless ``allow_self`` is true."""
        ends = [raw.get("source"), raw.get("target")]
        for end, ref in zip(("source", "target"), ends, strict=True):
            if not isinstance(ref, str):
                continue  # missing or not a string: its own problem says so
            if not ref:
                self.problems.append(
                    Problem(
                        self.path("flows", i, end),
                        "must be an element id, not an empty string",
                        value=ref,
                        hint="name the element by its id",
                    )
                )
            elif ref not in eids:
                self.problems.append(
                    Problem(
                        self.path("flows", i, end),
                        f"no element with id {ref!r} is declared",
                        value=ref,
                        hint=hint(ref) or "declare it in the 'elements' list",
                    )
                )
        same = isinstance(ends[0], str) and ends[0] and ends[0] == ends[1]
        if same and raw.get("allow_self") is not True:
            self.problems.append(
                Problem(
                    self.path("flows", i, "target"),
                    f"flows from an element to itself (got {ends[1]!r})",
                    value=ends[1],
                    hint=_SELF_FLOW_HINT,
                )
            )

    def _locate(
        self,
        problems: Sequence[Problem],
        boundaries: _Collection,
        elements: _Collection,
        flows: _Collection,
    ) -> list[Problem]:
        """Give System.create's problems JSON paths instead of ``element 'x'`` names."""
        index: dict[str, str] = {}
        for i, b in boundaries.items:
            index[f"boundary {b.id!r}"] = self.path("boundaries", i)
        for i, p in elements.items:
            index[f"element {p.element.id!r}"] = self.path("elements", i)
            index[f"placement {p.element.id!r}"] = self.path("elements", i)
        for i, f in flows.items:
            index[f"flow {f.id!r}"] = self.path("flows", i)
        raw_actors = self.doc.get("actors")
        if isinstance(raw_actors, list):
            for i, a in enumerate(raw_actors):
                rid = _raw_id(a)
                if rid is not None:
                    index.setdefault(f"actor {rid!r}", self.path("actors", i))
        out = []
        for p in problems:
            base = index.get(p.where)
            if base is None:
                out.append(
                    Problem(self.root, f"{p.where}: {p.message}", value=p.value, hint=p.hint)
                )
                continue
            where = format_path(base, [p.field]) if p.field else base
            message = p.message
            if p.value is not None and repr(p.value) not in message:
                message += f" (got {short_repr(p.value)})"
            # the option as a document spells it, not as Python does
            hint = _SELF_FLOW_HINT if p.hint == SELF_FLOW_HINT else p.hint
            out.append(Problem(where, message, value=p.value, hint=hint, location=p.location))
        return out


_SELF_FLOW_HINT = "set allow_self: true on the flow if the feedback loop is intended"
"""checks.SELF_FLOW_HINT as a model document (YAML or JSON) spells the option."""


@attrs.define
class _Parts:
    boundaries: list[Boundary] = attrs.field(factory=list)
    elements: list[PlacedElement] = attrs.field(factory=list)
    flows: list[Flow] = attrs.field(factory=list)
    broken_boundaries: set[str] = attrs.field(factory=set)


_FAILED: Any = object()


def _id(value: Any) -> str:
    return str(value.id)


def _raw_id(raw: Any) -> str | None:
    """The id a broken item would have had, so that references to it are not reported twice."""
    if not isinstance(raw, dict):
        return None
    rid = raw.get("id")
    if isinstance(rid, str) and rid:
        return rid
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        return slugify(name)
    return None


def _raw_flow_id(raw: Any) -> str | None:
    if not isinstance(raw, dict):
        return None
    rid = raw.get("id")
    if isinstance(rid, str) and rid:
        return rid
    return None


def _is_trust(text: str) -> bool:
    """True when an actor's ``entry`` text is read as a trust level, not a boundary id."""
    try:
        Trust.parse(text)
    except ValueError:
        return False
    return True


def _entry_ok(actor: ThreatActor, broken: set[str]) -> bool:
    return not (isinstance(actor.entry, str) and actor.entry in broken)


def _evolve(value: Boundary, **changes: Any) -> Boundary:
    """attrs.evolve that keeps ``declared_at`` as it is (None stays None)."""
    new = attrs.evolve(value, **changes)
    object.__setattr__(new, "declared_at", getattr(value, "declared_at", None))
    return new


def _duplicate_id(
    path: Callable[..., str], key: str, i: int, item: object, vid: str, first: int
) -> Problem:
    """Item ``i`` of ``key`` has the id item ``first`` has. Point at the field the id came
    from: ``id`` when given, ``name`` when the id was made from the name, the item itself
    when it was made from something else (a flow's source and target)."""
    fields = item if isinstance(item, dict) else {}
    where = "id" if "id" in fields else "name" if "name" in fields else None
    if where == "id":
        hint = "ids must be unique; give one of them a different id"
    elif where == "name":
        hint = "this id was made from the name; give one of them an explicit 'id'"
    else:
        hint = (
            "this id was made from the source and target; two flows between the same "
            "elements need ids of their own: give one of them an explicit 'id'"
        )
    at = path(key, i, where) if where else path(key, i)
    return Problem(
        at, f"gives the id {vid!r}, which {path(key, first)} already has", value=vid, hint=hint
    )
