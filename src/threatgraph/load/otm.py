"""Open Threat Model (OTM) import: :func:`load_otm` reads an OTM document into a ThreatModel.

OTM is the interchange format of IriusRisk, threatcl, Threat Dragon converters
and StartLeft. The writer, :func:`threatgraph.export.otm.to_otm`, uses the
same mapping, so exporting and importing again gives the same model.

Mapping
-------

=====================  =========================================================
threatgraph            OTM
=====================  =========================================================
System                 ``project`` (profile, frameworks and threat actors in
                       ``project.attributes.threatgraph``)
Boundary               ``trustZones[]``; ``parent.trustZone`` for nesting
Trust                  ``risk.trustRating``: untrusted 10, partner 40,
                       internal 70, restricted 100
Element                ``components[]``; ``type`` is the kind (``vector-store``)
Data                   ``assets[]`` with CIA ratings from the sensitivity
Flow                   ``dataflows[]``
Finding (Report)       ``threats[]``, referenced from the component or
                       dataflow it is about (a path's last element)
Control (Report)       ``mitigations[]``: ``implemented`` when present on a
                       finding, ``required`` when missing
=====================  =========================================================

Everything OTM has no field for (element attributes, controls, exclusions,
protocols) is kept under ``attributes.threatgraph``, so exporting and
importing again gives the same model.

Reading OTM from other tools
----------------------------

- **Trust zones**: ``trustRating`` 0–25 is untrusted, 26–50 partner, 51–85
  internal, above 85 restricted (OTM ratings run 0–100, higher is more
  trusted; the OTM example's Internet is 20 and its private zone 100).
- **Components**: the ``type`` is matched against threatgraph kinds and
  common OTM/IriusRisk types (``database`` -> DataStore, ``web-client`` ->
  Actor, ``api-gateway`` -> Endpoint, ``vector-database`` -> VectorStore,
  ``llm`` -> LLM, …); **any other type becomes a Service**. A component whose
  parent is another component is placed in that component's trust zone.
- **Assets**: the sensitivity comes from the confidentiality rating: 0–10
  public, 11–40 internal, 41–70 confidential, above 70 secret; CIA levels from
  the three ratings (0–33 low, 34–66 medium, above 66 high). Assets a
  component lists as ``stored`` are stored by it when it is a store.
- **Dataflows**: ``bidirectional: true`` gives two flows, the second with the
  id ``<id>:reverse``.
- ``threats``, ``mitigations`` and ``representations`` are not imported:
  threatgraph derives its own threats from the design. Keys threatgraph does
  not know are ignored (tools add their own), except inside
  ``attributes.threatgraph``, which is read strictly.

Loading is strict and safe: every problem in the document is reported at
once as a :class:`~threatgraph.errors.LoadError` whose problems carry JSON
paths (``$.components[2].parent``); nothing else is raised, and no code runs.
"""

from __future__ import annotations

import functools
import os
import types
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from threatgraph._util import did_you_mean, nesting_depth, parent_cycles, suggester
from threatgraph.actors import ThreatActor
from threatgraph.elements import (
    CIA,
    KINDS,
    Boundary,
    Data,
    DataSource,
    DataStore,
    Element,
    Flow,
    ModelRegistry,
)
from threatgraph.errors import LoadError, ModelValidationError, Problem, ThreatGraphError
from threatgraph.load._documents import (
    MAX_BOUNDARIES,
    MAX_BYTES,
    MAX_DATA,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FLOWS,
    MAX_NESTING,
    Limits,
    check_shape,
    read_document,
)
from threatgraph.load._otm_shapes import (
    Actor,
    Asset,
    Broken,
    Component,
    Dataflow,
    Document,
    Project,
    ProjectNs,
    Section,
    Zone,
    make_otm_converter,
)
from threatgraph.load.converter import data_fields, format_path, problems_from_error
from threatgraph.model import ThreatModel
from threatgraph.vocab import (
    DataKind,
    Framework,
    Goal,
    Level,
    RiskProfile,
    Sensitivity,
    Serialization,
    Trust,
)

__all__ = [
    "BASE_FIELDS",
    "NS",
    "kind_for_type",
    "load_otm",
    "sensitivity_from_rating",
    "trust_from_rating",
]

NS = "threatgraph"
"""The key under ``attributes`` that holds what OTM has no field for."""
BASE_FIELDS = ("name", "id", "description", "controls", "tags", "exclude", "declared_at")
"""Element fields OTM components carry in their own keys, not under ``attributes``."""

T = TypeVar("T")


def trust_from_rating(rating: float) -> Trust:
    """The trust level for an OTM ``trustRating`` (0–100, higher is more trusted)."""
    if rating <= 25:
        return Trust.UNTRUSTED
    if rating <= 50:
        return Trust.PARTNER
    if rating <= 85:
        return Trust.INTERNAL
    return Trust.RESTRICTED


def sensitivity_from_rating(confidentiality: float) -> Sensitivity:
    """The sensitivity for an OTM asset's confidentiality rating (0–100)."""
    if confidentiality <= 10:
        return Sensitivity.PUBLIC
    if confidentiality <= 40:
        return Sensitivity.INTERNAL
    if confidentiality <= 70:
        return Sensitivity.CONFIDENTIAL
    return Sensitivity.SECRET


def _level(rating: float) -> Level:
    return Level.LOW if rating <= 33 else Level.MEDIUM if rating <= 66 else Level.HIGH


_Defaults = tuple[tuple[str, str], ...]

# fmt: off
_TYPE_ALIASES: tuple[tuple[str, _Defaults, tuple[str, ...]], ...] = (
    ("actor", (), (
        "user", "person", "human", "client", "web-client", "browser", "web-browser",
        "mobile-client", "desktop-client", "android-device-client", "ios-device-client",
    )),
    ("external_service", (), (
        "external", "external-service", "external-system", "third-party",
        "third-party-service", "saas", "external-api",
    )),
    ("external_service", (("provides", "model-api"),), (
        "model-api", "llm-api", "openai", "hosted-model", "ai-service",
    )),
    ("external_service", (("provides", "identity-provider"),), (
        "identity-provider", "idp", "oauth-provider", "sso",
    )),
    ("data_store", (), (
        "database", "db", "sql-database", "nosql-database", "postgres", "postgresql",
        "mysql", "mongodb", "redis", "cache", "datastore", "storage", "file-storage",
        "filesystem", "blob-storage", "object-storage", "s3", "bucket", "data-lake",
        "data-warehouse", "elasticsearch",
    )),
    ("vector_store", (), ("vector-database", "vectordb", "vector-db", "rag-index")),
    ("feature_store", (), ("featurestore",)),
    ("dataset", (), ("training-data", "training-dataset")),
    ("data_source", (), ("datasource", "data-feed", "feed", "crawler", "web-crawl")),
    ("service", (), (
        "web-service", "web-application", "webapp", "web-app", "backend", "microservice",
        "application", "app", "app-server", "message-broker", "queue", "kafka",
        "load-balancer", "serverless", "lambda", "function", "container",
    )),
    ("endpoint", (("purpose", "api"),), (
        "api", "rest-api", "api-gateway", "graphql", "grpc", "web-api",
    )),
    ("endpoint", (), ("inference-endpoint", "model-endpoint", "model-server")),
    ("pipeline", (), (
        "etl", "batch-job", "job", "ci-cd", "ci", "cd", "workflow", "training-job",
        "ml-pipeline", "data-pipeline",
    )),
    ("model", (), ("ml-model", "machine-learning-model", "classifier", "ai-model")),
    ("llm", (), ("large-language-model", "generative-model", "foundation-model", "genai")),
    ("model_registry", (), ("artifact-registry", "model-store", "registry")),
    ("agent", (), ("ai-agent", "llm-agent")),
    ("tool", (), ("plugin", "mcp-server", "mcp", "function-tool")),
    ("device", (), ("iot-device", "edge-device", "mobile-device", "edge")),
)
"""Common OTM and IriusRisk component types: (kind, default attributes, types)."""
# fmt: on


@functools.lru_cache(maxsize=1)
def _aliases() -> Mapping[str, tuple[str, _Defaults]]:
    """Normalised OTM type -> (kind, default attributes); built once, read-only."""
    table: dict[str, tuple[str, _Defaults]] = {k.replace("_", "-"): (k, ()) for k in KINDS}
    for kind, defaults, names in _TYPE_ALIASES:
        for name in names:
            table.setdefault(name, (kind, defaults))
    return types.MappingProxyType(table)


def kind_for_type(otm_type: str) -> tuple[str, dict[str, Any]]:
    """The threatgraph kind (and default attributes) for an OTM component type.

    Unknown types map to ``service``.
    """
    key = otm_type.strip().lower().replace("_", "-").replace(" ", "-")
    kind, defaults = _aliases().get(key, ("service", ()))
    return kind, dict(defaults)


def unknown_component_types(
    source: str | os.PathLike[str] | Mapping[str, Any],
) -> list[tuple[str, str]]:
    """(component id, OTM type) for each component whose type threatgraph does not
    know and that declares no ``attributes.threatgraph.kind``: read as a service,
    which the analysis treats as our own code, whatever it was (a model from a hub, an
    MCP server). ``threatgraph check`` warns of each. Only for a document that loads."""
    data, _, _ = _document(source, MAX_BYTES, MAX_DEPTH)
    out: list[tuple[str, str]] = []
    comps = data.get("components") if isinstance(data, Mapping) else None
    for comp in comps if isinstance(comps, list) else ():
        if not isinstance(comp, Mapping) or not isinstance(comp.get("type"), str):
            continue
        attrs_ = comp.get("attributes")
        ns = attrs_.get("threatgraph") if isinstance(attrs_, Mapping) else None
        if isinstance(ns, Mapping) and ns.get("kind"):
            continue
        key = comp["type"].strip().lower().replace("_", "-").replace(" ", "-")
        if key not in _aliases():
            out.append((str(comp.get("id")), comp["type"]))
    return out


def load_otm(
    source: str | os.PathLike[str] | Mapping[str, Any],
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_elements: int = MAX_ELEMENTS,
    max_flows: int = MAX_FLOWS,
    max_data: int = MAX_DATA,
    max_boundaries: int = MAX_BOUNDARIES,
    max_nesting: int = MAX_NESTING,
) -> ThreatModel:
    """Read an OTM document (a file path, JSON/YAML text, or the parsed dict) into a ThreatModel.

    The returned model freezes without problems. Raises LoadError listing every
    problem, each with its JSON path; never any other exception. The ``max_*``
    limits are those of :func:`~threatgraph.load.load_model`, for components
    (elements), dataflows (flows; a bidirectional one counts twice), assets (data),
    trust zones (boundaries) and the nesting of trust zones and of components.
    """
    limits = Limits(
        elements=max_elements,
        flows=max_flows,
        data=max_data,
        boundaries=max_boundaries,
        nesting=max_nesting,
    )
    try:
        data, label, problems = _document(source, max_bytes, max_depth)
        importer = _Importer(label, limits)
        importer.problems.extend(problems)  # repeated keys: reported, not fatal
        return importer.run(data)
    except LoadError:
        raise
    except Exception as exc:  # a bug; a loader must only ever raise LoadError
        raise LoadError(
            "cannot load the OTM document",
            [
                Problem(
                    "$",
                    f"loading failed unexpectedly ({type(exc).__name__}: {exc})",
                    hint="this is a threatgraph bug; please report it with the file",
                )
            ],
        ) from exc


def _document(
    source: str | os.PathLike[str] | Mapping[str, Any], max_bytes: int, max_depth: int
) -> tuple[Any, str, list[Problem]]:
    """(the parsed document, its label, what walking it found that is not fatal)."""
    if isinstance(source, Mapping):
        data = dict(source)
        problems, fatal = check_shape(data, max_depth=max_depth)
        if fatal:
            raise LoadError("cannot load the OTM document <data>", problems)
        return data, "<data>", problems
    doc = read_document(source, what="OTM document", max_bytes=max_bytes, max_depth=max_depth)
    return doc.data, doc.label, list(doc.problems)


def _p(*segments: str | int) -> str:
    return format_path("$", segments)


def _counts(data: Any) -> Iterator[tuple[str, int, str]]:
    """(limit name, how many, where) of what an OTM document declares."""
    if not isinstance(data, dict):
        return
    for key, name in (
        ("components", "elements"),
        ("assets", "data"),
        ("trustZones", "boundaries"),
    ):
        if isinstance(data.get(key), list):
            yield name, len(data[key]), _p(key)
    flows = data.get("dataflows")
    if isinstance(flows, list):
        two_way = sum(1 for f in flows if isinstance(f, dict) and f.get("bidirectional") is True)
        yield "flows", len(flows) + two_way, _p("dataflows")


def _raw_id(raw: Any) -> str | None:
    """The id a broken item would have had, so that references to it are not reported twice."""
    rid = raw.get("id") if isinstance(raw, dict) else None
    return rid if isinstance(rid, str) and rid else None


def _unreported_ref(raw: Any, key: str, path: str, reported: Container[str]) -> str | None:
    """``raw["parent"][key]`` of an item that could not be read, when it is a non-blank
    string and nothing is ``reported`` at ``path`` or at the ``parent`` holding it (a
    parent naming both a zone and a component): a reference still to check, so that one
    run reports every problem of the item."""
    parent = raw.get("parent") if isinstance(raw, dict) else None
    ref = parent.get(key) if isinstance(parent, dict) else None
    if not isinstance(ref, str) or not ref.strip():
        return None
    if path in reported or path.rpartition(".")[0] in reported:
        return None
    return ref


_Zones = dict[str, tuple[Boundary | None, str]]
"""Trust zone id -> (its Boundary, or None for the no-boundary zone; its JSON path)."""
_Placed = dict[str, tuple[Element, str | None]]
"""Component id -> (its Element, the id of the boundary it sits in or None)."""


@attrs.define
class _Read:
    """The typed parts of the document, once mapped: what the ThreatModel is built from."""

    project: Project | None = None
    assets: dict[str, Data] = attrs.field(factory=dict)
    zones: _Zones = attrs.field(factory=dict)
    components: _Placed = attrs.field(factory=dict)
    flows: list[Flow] = attrs.field(factory=list)
    actors: list[ThreatActor] | None = None
    declared: set[str] = attrs.field(factory=set)
    """The ids of every component, read or not: what a dataflow may name."""
    broken: Mapping[str, set[str]] = attrs.field(
        factory=lambda: {key: set() for key in ("assets", "trustZones", "components")}
    )
    """Section -> the ids of its items that could not be read (each is reported once)."""


class _Importer:
    """One import: structures the document, maps it, collects every problem, builds the model."""

    def __init__(self, label: str, limits: Limits) -> None:
        self.label = label
        self.limits = limits
        self.problems: list[Problem] = []
        self.conv = make_otm_converter()
        self.read = _Read()
        # did-you-mean for references, each index built once per import when first needed
        self.asset_hint = suggester(lambda: self.read.assets)
        self.zone_hint = suggester(lambda: self.read.zones)
        self.component_hint = suggester(lambda: self.read.declared)

    # ------------------------------------------------------------------ helpers

    def problem(
        self, where: str, message: str, *, value: Any = None, hint: str | None = None
    ) -> None:
        self.problems.append(Problem(where, message, value=value, hint=hint))

    def part(self, value: T | Broken, where: str) -> T | None:
        """The value of a part, or None after reporting why it could not be read."""
        if isinstance(value, Broken):
            self.problems.extend(problems_from_error(value.error, where))
            return None
        return value

    def items(
        self,
        section: Section[T],
        key: str,
        broken: set[str],
        on_broken: Callable[[str, Any], None] | None = None,
    ) -> Iterator[tuple[str, T]]:
        """(JSON path, value) for each item of a top-level array that could be read;
        ``on_broken(path, raw)`` for each that could not, after its problems are reported."""
        for i, item in enumerate(self.part(section, _p(key)) or ()):
            where = _p(key, i)
            if isinstance(item, Broken):
                self.part(item, where)
                rid = _raw_id(item.raw)
                if rid is not None:
                    broken.add(rid)
                if on_broken is not None:
                    on_broken(where, item.raw)
                continue
            yield where, item

    def data_refs(self, ids: Iterable[str | None], where: str) -> frozenset[Data]:
        """The assets with these ids; an id that names no asset is a problem."""
        assets = self.read.assets
        out: set[Data] = set()
        for i, ref in enumerate(ids):
            if ref is None:  # null names nothing: an error, never silently dropped
                self.problem(
                    format_path(where, [i]),
                    "is null, not an asset id",
                    hint="write the id of an asset, or remove the entry",
                )
                continue
            if ref in self.read.broken["assets"]:
                continue  # a broken asset is reported itself
            if ref not in assets:
                self.problem(
                    format_path(where, [i]),
                    "names an asset that does not exist",
                    value=ref,
                    hint=self.asset_hint(ref),
                )
                continue
            out.add(assets[ref])
        return frozenset(out)

    def error(self) -> LoadError:
        return LoadError(
            f"cannot load the OTM document {self.label}: {len(self.problems)} problem(s)",
            self.problems,
        )

    # ------------------------------------------------------------------ run

    def run(self, data: Any) -> ThreatModel:
        over = self.limits.over(_counts(data))
        if over:  # before anything is built
            self.problems.extend(over)
            raise self.error()
        try:  # every part of a Document is read on its own: only a non-object fails here
            doc: Document = self.conv.structure(data, Document)
        except Exception as exc:
            self.problems.extend(problems_from_error(exc, "$"))
            raise self.error() from None
        read = self.read
        self.part(doc.otmVersion, _p("otmVersion"))
        read.project = self.part(doc.project, _p("project"))
        read.assets = self.assets(doc.assets)
        read.zones = self.zones(doc.trustZones)
        read.components = self.components(doc.components)
        read.flows = self.flows(doc.dataflows)
        for key in ("threats", "mitigations", "representations"):
            self.part(getattr(doc, key), _p(key))
        read.actors = self.actors()
        if self.problems or read.project is None:
            raise self.error()
        return self.build(read.project)

    def build(self, project: Project) -> ThreatModel:
        read = self.read
        ns = project.attributes.threatgraph or ProjectNs()
        try:
            tm = ThreatModel(
                project.name,
                profile=RiskProfile.parse(ns.profile, field="profile"),
                frameworks=[Framework.parse(f, field="frameworks") for f in ns.frameworks],
                description=project.description or "",
                actors=read.actors,
            )
        except ThreatGraphError as exc:
            self.problem("$.project.attributes.threatgraph", str(exc))
            raise self.error() from None
        for zone, _ in read.zones.values():
            if zone is not None:
                with tm.boundary(zone):
                    pass
        tm.data(*read.assets.values())
        for element, zone_id in read.components.values():
            tm.add(element, boundary=zone_id)
        for flow in read.flows:
            tm.flow(
                flow.source,
                flow.target,
                *flow.data,
                protocol=flow.protocol,
                controls=flow.controls,
                label=flow.label,
                id=flow.id,
                allow_self=flow.allow_self,
                exclude=flow.exclude,
            )
        for made in tm._flows:  # built by tm.flow here, from the file: no source line
            _unlocated(made)
        try:
            tm.freeze()
        except ModelValidationError as exc:
            self.problems.extend(exc.problems)
            raise self.error() from None
        return tm

    # ------------------------------------------------------------------ assets

    def assets(self, section: Section[Asset]) -> dict[str, Data]:
        out: dict[str, Data] = {}
        for where, asset in self.items(section, "assets", self.read.broken["assets"]):
            if asset.id in out:
                self.problem(f"{where}.id", "is used by another asset", value=asset.id)
                continue
            try:
                out[asset.id] = _datum(asset)
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(f"{where}.attributes.threatgraph", str(exc))
        return out

    # ------------------------------------------------------------------ trust zones

    def zones(self, section: Section[Zone]) -> _Zones:
        out: _Zones = {}
        parents: dict[str, tuple[str, str]] = {}
        broken = self.read.broken["trustZones"]
        unread: list[tuple[str, Any]] = []
        for where, zone in self.items(
            section, "trustZones", broken, lambda where, raw: unread.append((where, raw))
        ):
            if zone.id in out:
                self.problem(f"{where}.id", "is used by another trust zone", value=zone.id)
                if zone.parent is not None:  # still checked, as an unread zone's parent is
                    unread.append((where, {"parent": {"trustZone": zone.parent.trustZone}}))
                continue
            ns = zone.attributes.threatgraph
            if ns is not None and ns.unplaced:
                out[zone.id] = (None, where)
                continue
            try:
                out[zone.id] = (_boundary(zone), where)
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(f"{where}.attributes.threatgraph.trust", str(exc))
                continue
            if zone.parent is not None:
                parents[zone.id] = (zone.parent.trustZone, f"{where}.parent.trustZone")
        self.nesting(out, parents, broken)
        hint = suggester(lambda: out)
        reported = {p.where for p in self.problems} if unread else set()
        for where, raw in unread:  # each well-formed reference of an unread zone, too
            path = f"{where}.parent.trustZone"
            pid = _unreported_ref(raw, "trustZone", path, reported)
            if pid is None or pid in broken:
                continue
            if pid not in out or out[pid][0] is None:
                self.problem(
                    path, "names a trust zone that does not exist", value=pid, hint=hint(pid)
                )
        return out

    def nesting(self, zones: _Zones, parents: dict[str, tuple[str, str]], broken: set[str]) -> None:
        """Every parent zone exists, and zones do not nest in a cycle (each cycle is
        reported once, with its path; linear however deep the nesting)."""
        hint = suggester(lambda: zones)
        for pid, where in parents.values():
            if pid in broken:
                continue  # the parent zone is reported itself
            if pid not in zones or zones[pid][0] is None:
                self.problem(
                    where, "names a trust zone that does not exist", value=pid, hint=hint(pid)
                )

        def parent(zid: str) -> str | None:
            return parents[zid][0] if zid in parents else None

        for cycle in parent_cycles(parents, parent):
            self.problem(
                parents[cycle[0]][1],
                "trust zones nest in a cycle: " + " -> ".join([*cycle, cycle[0]]),
                hint="a trust zone cannot contain itself",
            )
        depth, deepest = nesting_depth(parents, parent)
        if deepest in parents:
            self.problems.extend(self.limits.over([("nesting", depth, parents[deepest][1])]))

    # ------------------------------------------------------------------ components

    def components(self, section: Section[Component]) -> _Placed:
        found: dict[str, tuple[Component, str]] = {}
        broken = self.read.broken["components"]
        unread: list[tuple[str, Any]] = []
        for where, comp in self.items(
            section, "components", broken, lambda where, raw: unread.append((where, raw))
        ):
            if comp.id in found:
                self.problem(f"{where}.id", "is used by another component", value=comp.id)
                # its parent is still checked, as an unread component's is
                parent = {"trustZone": comp.parent.trustZone, "component": comp.parent.component}
                unread.append((where, {"parent": parent}))
                continue
            found[comp.id] = (comp, where)
        self.read.declared = set(found) | broken
        self.unread_parents(unread)
        zones = self.zones_of(found)
        out: _Placed = {}
        for cid, (comp, where) in found.items():
            placed, zone = zones[cid]
            element = self.element(comp, where)
            if element is not None and placed:
                out[cid] = (element, zone)
        return out

    def unread_parents(self, unread: Iterable[tuple[str, Any]]) -> None:
        """The parent trust zone or component of each component that could not be read
        must still exist (a reference to one that could not be read is not reported)."""
        reported = {p.where for p in self.problems} if unread else set()
        for where, raw in unread:
            path = f"{where}.parent.trustZone"
            zone_id = _unreported_ref(raw, "trustZone", path, reported)
            if zone_id is not None:
                self.zone_ref(zone_id, path)
            path = f"{where}.parent.component"
            ref = _unreported_ref(raw, "component", path, reported)
            if ref is not None and ref not in self.read.declared:
                self.problem(
                    path,
                    "names a component that does not exist",
                    value=ref,
                    hint=self.component_hint(ref),
                )

    def zones_of(
        self, found: Mapping[str, tuple[Component, str]]
    ) -> dict[str, tuple[bool, str | None]]:
        """Component id -> (ok, the boundary id it sits in or None for no boundary), through
        its parent components. A missing parent and each cycle are reported once; linear
        however deep the nesting."""
        hint = suggester(lambda: found)

        def parent(cid: str) -> str | None:
            ref = found[cid][0].parent.component
            return ref if ref in found else None

        depth, deepest = nesting_depth(found, parent)
        if deepest in found:
            where = f"{found[deepest][1]}.parent.component"
            self.problems.extend(self.limits.over([("nesting", depth, where)]))
        out: dict[str, tuple[bool, str | None]] = {}
        for cycle in parent_cycles(found, parent):
            self.problem(
                f"{found[cycle[0]][1]}.parent.component",
                "components nest in a cycle: " + " -> ".join([*cycle, cycle[0]]),
                hint="a component cannot contain itself",
            )
            out.update((cid, (False, None)) for cid in cycle)
        for cid in found:
            chain: list[str] = []
            cur = cid
            while cur not in out:  # up to a trust zone, a missing parent or a known answer
                chain.append(cur)
                comp, where = found[cur]
                zone_id, ref = comp.parent.trustZone, comp.parent.component
                if zone_id is not None:
                    answer = self.zone_ref(zone_id, f"{where}.parent.trustZone")
                    break
                assert ref is not None  # the shape has exactly one of the two
                if ref not in found:
                    if ref not in self.read.broken["components"]:
                        self.problem(
                            f"{where}.parent.component",
                            "names a component that does not exist",
                            value=ref,
                            hint=hint(ref),
                        )
                    answer = (False, None)
                    break
                cur = ref
            else:
                answer = out[cur]
            out.update((c, answer) for c in chain)
        return out

    def zone_ref(self, zone_id: str, where: str) -> tuple[bool, str | None]:
        read = self.read
        if zone_id not in read.zones:
            if zone_id not in read.broken["trustZones"]:
                self.problem(
                    where,
                    "names a trust zone that does not exist",
                    value=zone_id,
                    hint=self.zone_hint(zone_id),
                )
            return False, None
        zone = read.zones[zone_id][0]
        return True, None if zone is None else zone.id

    def element(self, comp: Component, where: str) -> Element | None:
        ns = comp.attributes.threatgraph
        nwhere = f"{where}.attributes.threatgraph"
        kind, kwargs = (ns.kind, {}) if ns is not None and ns.kind else kind_for_type(comp.type)
        cls = KINDS[kind]
        if comp.tags:
            kwargs["tags"] = comp.tags
        count = len(self.problems)
        if ns is not None and ns.properties is not None:
            kwargs.update(self.properties(cls, ns.properties, f"{nwhere}.properties"))
        else:
            stored = self.stored(comp, where)
            if stored and issubclass(cls, (DataStore, ModelRegistry)):
                kwargs["stores"] = stored
            elif stored and issubclass(cls, DataSource):
                kwargs["provides"] = stored
        if ns is not None and ns.controls:
            kwargs["controls"] = frozenset(ns.controls)
        if ns is not None and ns.exclude:
            kwargs["exclude"] = frozenset(ns.exclude)
        if len(self.problems) > count:
            return None
        try:
            element: Element = cls(
                comp.name, id=comp.id, description=comp.description or "", **kwargs
            )
        except (ThreatGraphError, ValueError, TypeError) as exc:
            self.problem(nwhere if ns is not None else where, str(exc))
            return None
        return _unlocated(element)

    def properties(
        self, cls: type[Element], props: Mapping[str, Any], where: str
    ) -> dict[str, Any]:
        """Keyword arguments for ``cls`` from ``attributes.threatgraph.properties``."""
        fields = [f.name for f in attrs.fields(cls) if f.init and f.name not in BASE_FIELDS]
        refs = data_fields(cls)  # by type: the annotation may be resolved or not
        out: dict[str, Any] = {}
        for key, value in props.items():
            pwhere = format_path(where, [key])
            if key not in fields:
                self.problem(
                    pwhere,
                    f"is not an attribute of {cls.__name__}",
                    value=key,
                    hint=did_you_mean(key, fields) or f"valid: {', '.join(sorted(fields))}",
                )
            elif key in refs:
                ids = self.part(self.read_ids(value), pwhere)
                out[key] = self.data_refs(ids or (), pwhere)
            else:
                out[key] = value
        return out

    def read_ids(self, value: Any) -> tuple[str | None, ...] | Broken:
        try:
            ids: tuple[str | None, ...] = self.conv.structure(value, tuple[str | None, ...])
        except Exception as exc:
            return Broken(exc, value)
        return ids

    def stored(self, comp: Component, where: str) -> frozenset[Data]:
        """The assets a component stores (the processed ones only have to exist)."""
        self.data_refs(comp.assets.processed, f"{where}.assets.processed")
        return self.data_refs(comp.assets.stored, f"{where}.assets.stored")

    # ------------------------------------------------------------------ dataflows

    def flows(self, section: Section[Dataflow]) -> list[Flow]:
        read = self.read
        out: list[Flow] = []
        ids: set[str] = set()
        for where, flow in self.items(section, "dataflows", set(), self.broken_flow):
            ends_ok = self.ends(flow, where, read.declared)
            data = self.data_refs(flow.assets, f"{where}.assets")
            if not ends_ok or not {flow.source, flow.destination} <= read.components.keys():
                continue  # a missing component has its own problem
            ends: list[tuple[str, str, str]] = [(flow.id, flow.source, flow.destination)]
            if flow.bidirectional:
                ends.append((f"{flow.id}:reverse", flow.destination, flow.source))
            for flow_id, a, b in ends:
                if flow_id in ids:
                    self.problem(f"{where}.id", "is used by another dataflow", value=flow_id)
                    continue
                ids.add(flow_id)
                made = self.flow(flow, where, (flow_id, a, b), data)
                if made is not None:
                    out.append(made)
        return out

    def broken_flow(self, where: str, raw: Any) -> None:
        """The references of a dataflow that could not be read (a missing name...): each
        that is well formed must still name something, so that one run reports every
        problem. A reference that is malformed itself already has its problem."""
        if not isinstance(raw, dict):
            return
        reported = {p.where for p in self.problems}
        for key in ("source", "destination"):
            ref = raw.get(key)
            path = f"{where}.{key}"
            if (
                isinstance(ref, str)
                and ref.strip()
                and path not in reported
                and ref not in self.read.declared
            ):
                self.problem(
                    path,
                    "names a component that does not exist",
                    value=ref,
                    hint=self.component_hint(ref) or "dataflows connect components",
                )
        assets = raw.get("assets")
        path = f"{where}.assets"
        if (
            isinstance(assets, list)
            and all(isinstance(a, str) or a is None for a in assets)
            and not any(p.startswith(path) for p in reported)
        ):
            self.data_refs(assets, path)

    def ends(self, flow: Dataflow, where: str, known: set[str]) -> bool:
        ok = True
        for key, ref in (("source", flow.source), ("destination", flow.destination)):
            if ref in known:
                continue
            ok = False
            self.problem(
                f"{where}.{key}",
                "names a component that does not exist",
                value=ref,
                hint=self.component_hint(ref) or "dataflows connect components",
            )
        return ok

    def flow(
        self, flow: Dataflow, where: str, ends: tuple[str, str, str], data: frozenset[Data]
    ) -> Flow | None:
        flow_id, a, b = ends
        ns = flow.attributes.threatgraph
        try:
            if ns is None:
                return _unlocated(Flow(a, b, _sorted(data), id=flow_id, allow_self=a == b))
            return _unlocated(
                Flow(
                    a,
                    b,
                    _sorted(data),
                    protocol=ns.protocol,
                    label=ns.label,
                    controls=frozenset(ns.controls),
                    id=flow_id,
                    allow_self=a == b if ns.allow_self is None else ns.allow_self,
                    exclude=frozenset(ns.exclude),
                )
            )
        except (ThreatGraphError, ValueError, TypeError) as exc:
            self.problem(f"{where}.attributes.threatgraph" if ns is not None else where, str(exc))
            return None

    # ------------------------------------------------------------------ threat actors

    def actors(self) -> list[ThreatActor] | None:
        """The actors from the project attributes; None (the defaults) when absent."""
        read = self.read
        ns = read.project.attributes.threatgraph if read.project is not None else None
        if ns is None or ns.actors is None:
            return None
        out: list[ThreatActor] = []
        seen: dict[str, str] = {}
        for i, raw in enumerate(ns.actors):
            where = format_path("$.project.attributes.threatgraph.actors", [i])
            given = self.part(raw, where)
            actor = self.actor(given, where) if given is not None else None
            if actor is None or given is None:
                continue
            if actor.id in seen:
                self.problem(
                    f"{where}.id" if given.id else f"{where}.name",
                    f"is the id of another actor too (at {seen[actor.id]})",
                    value=actor.id,
                    hint="give each actor its own id or name",
                )
                continue
            seen[actor.id] = where
            out.append(actor)
        return out

    def actor(self, actor: Actor, where: str) -> ThreatActor | None:
        read = self.read
        entry: Trust | str
        try:
            if actor.entry.boundary is not None:
                entry = actor.entry.boundary
                if entry not in read.zones:
                    if entry not in read.broken["trustZones"]:
                        self.problem(
                            f"{where}.entry.boundary",
                            "names a trust zone that does not exist",
                            value=entry,
                            hint=self.zone_hint(entry),
                        )
                    return None
            else:
                entry = Trust.parse(actor.entry.trust, field="trust")
            return ThreatActor(
                actor.name,
                id=actor.id or "",
                capability=Level.parse(actor.capability, field="capability"),
                goals=[Goal.parse(g, field="goals") for g in actor.goals],
                entry=entry,
                description=actor.description or "",
            )
        except (ThreatGraphError, ValueError, TypeError) as exc:
            self.problem(where, str(exc))
            return None


def _sorted(data: Iterable[Data]) -> tuple[Data, ...]:
    return tuple(sorted(data, key=lambda d: d.id))


def _datum(asset: Asset) -> Data:
    """The Data for an asset: threatgraph's own sensitivity and CIA, or the OTM ratings'."""
    ns = asset.attributes.threatgraph
    risk = asset.risk
    if ns is not None and ns.sensitivity is not None:
        sensitivity = Sensitivity.parse(ns.sensitivity, field="sensitivity")
        cia = CIA(**ns.cia) if ns.cia is not None else None
    else:
        sensitivity = sensitivity_from_rating(risk.confidentiality)
        cia = CIA(
            confidentiality=_level(risk.confidentiality),
            integrity=_level(risk.integrity),
            availability=_level(risk.availability),
        )
    return Data(
        asset.name,
        id=asset.id,
        sensitivity=sensitivity,
        cia=cia,
        description=asset.description or "",
        kind=None if ns is None or ns.kind is None else DataKind.parse(ns.kind, field="kind"),
        format=(
            None
            if ns is None or ns.format is None
            else Serialization.parse(ns.format, field="format")
        ),
    )


def _boundary(zone: Zone) -> Boundary:
    ns = zone.attributes.threatgraph
    trust = (
        Trust.parse(ns.trust, field="trust")
        if ns is not None and ns.trust is not None
        else trust_from_rating(zone.risk.trustRating)
    )
    return _unlocated(
        Boundary(
            zone.name,
            trust=trust,
            id=zone.id,
            parent=zone.parent.trustZone if zone.parent is not None else None,
            description=zone.description or "",
        )
    )


_V = TypeVar("_V", Element, Flow, Boundary)


def _unlocated(value: _V) -> _V:
    """A value read from an OTM file has no source line: the value classes record the
    caller's frame when none is given, which here would be the loader's caller (a
    command-line entry point, pytest's fixture code), and SARIF and test failures would
    point there."""
    object.__setattr__(value, "declared_at", None)
    return value
