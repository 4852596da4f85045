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
from collections.abc import Mapping
from typing import Any

import attrs

from threatgraph import controls as _controls
from threatgraph._util import did_you_mean
from threatgraph.actors import ThreatActor
from threatgraph.elements import (
    CIA,
    KINDS,
    Boundary,
    Data,
    DataSource,
    DataStore,
    Element,
    Exclusion,
    Flow,
    ModelRegistry,
)
from threatgraph.errors import LoadError, ModelValidationError, Problem, ThreatGraphError
from threatgraph.load._documents import MAX_BYTES, MAX_DEPTH, check_shape, read_document
from threatgraph.load.converter import data_fields, format_path
from threatgraph.model import ThreatModel
from threatgraph.vocab import Level, Sensitivity, Trust

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


@functools.lru_cache(maxsize=1)
def _aliases() -> Mapping[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Normalised OTM type -> (kind, default attributes); built once, read-only."""
    table: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
        k.replace("_", "-"): (k, ()) for k in KINDS
    }
    # fmt: off
    groups: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[str, ...]] = {
        ("actor", ()): (
            "user", "person", "human", "client", "web-client", "browser", "web-browser",
            "mobile-client", "desktop-client", "android-device-client", "ios-device-client",
        ),
        ("external_service", ()): (
            "external", "external-service", "external-system", "third-party",
            "third-party-service", "saas", "external-api",
        ),
        ("external_service", (("provides", "model-api"),)): (
            "model-api", "llm-api", "openai", "hosted-model", "ai-service",
        ),
        ("external_service", (("provides", "identity-provider"),)): (
            "identity-provider", "idp", "oauth-provider", "sso",
        ),
        ("data_store", ()): (
            "database", "db", "sql-database", "nosql-database", "postgres", "postgresql",
            "mysql", "mongodb", "redis", "cache", "datastore", "storage", "file-storage",
            "filesystem", "blob-storage", "object-storage", "s3", "bucket", "data-lake",
            "data-warehouse", "elasticsearch",
        ),
        ("vector_store", ()): (
            "vector-database", "vectordb", "vector-db", "rag-index",
        ),
        ("feature_store", ()): (
            "featurestore",
        ),
        ("dataset", ()): (
            "training-data", "training-dataset",
        ),
        ("data_source", ()): (
            "datasource", "data-feed", "feed", "crawler", "web-crawl",
        ),
        ("service", ()): (
            "web-service", "web-application", "webapp", "web-app", "backend", "microservice",
            "application", "app", "app-server", "message-broker", "queue", "kafka",
            "load-balancer", "serverless", "lambda", "function", "container",
        ),
        ("endpoint", (("purpose", "api"),)): (
            "api", "rest-api", "api-gateway", "graphql", "grpc", "web-api",
        ),
        ("endpoint", ()): (
            "inference-endpoint", "model-endpoint", "model-server",
        ),
        ("pipeline", ()): (
            "etl", "batch-job", "job", "ci-cd", "ci", "cd", "workflow", "training-job",
            "ml-pipeline", "data-pipeline",
        ),
        ("model", ()): (
            "ml-model", "machine-learning-model", "classifier", "ai-model",
        ),
        ("llm", ()): (
            "large-language-model", "generative-model", "foundation-model", "genai",
        ),
        ("model_registry", ()): (
            "artifact-registry", "model-store", "registry",
        ),
        ("agent", ()): (
            "ai-agent", "llm-agent",
        ),
        ("tool", ()): (
            "plugin", "mcp-server", "mcp", "function-tool",
        ),
        ("device", ()): (
            "iot-device", "edge-device", "mobile-device", "edge",
        ),
    }
    # fmt: on
    for (kind, defaults), names in groups.items():
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


def load_otm(
    source: str | os.PathLike[str] | Mapping[str, Any],
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> ThreatModel:
    """Read an OTM document (a file path, JSON/YAML text, or the parsed dict) into a ThreatModel.

    The returned model freezes without problems. Raises LoadError listing every
    problem, each with its JSON path; never any other exception.
    """
    try:
        if isinstance(source, Mapping):
            data: Any = dict(source)
            label = "<data>"
            problems, fatal = check_shape(data, max_depth=max_depth)
        else:
            doc = read_document(
                source, what="OTM document", max_bytes=max_bytes, max_depth=max_depth
            )
            data, label = doc.data, doc.label
            problems, fatal = check_shape(data, max_depth=max_depth, max_values=doc.max_values)
        if fatal:
            raise LoadError(f"cannot load the OTM document {label}", problems)
        importer = _Importer(data, label)
        importer.problems.extend(problems)  # repeated keys: reported, not fatal
        return importer.run()
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


def _p(*segments: str | int) -> str:
    return format_path("$", segments)


class _Importer:
    """One import: collects every problem, then builds the ThreatModel."""

    def __init__(self, data: Any, label: str) -> None:
        self.data = data
        self.label = label
        self.problems: list[Problem] = []

    # ------------------------------------------------------------------ helpers

    def problem(
        self, where: str, message: str, *, value: Any = None, hint: str | None = None
    ) -> None:
        self.problems.append(Problem(where, message, value=value, hint=hint))

    def obj(self, value: Any, where: str, what: str = "an object") -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.problem(where, f"must be {what}, not {_describe(value)}", value=value)
        return None

    def array(self, parent: dict[str, Any], key: str, where: str) -> list[Any]:
        value = parent.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.problem(where, f"must be an array, not {_describe(value)}", value=value)
        return []

    def text(
        self, parent: dict[str, Any], key: str, where: str, *, required: bool = True
    ) -> str | None:
        value = parent.get(key)
        if value is None:
            if required:
                self.problem(where, "is required", hint=f'add "{key}": "..."')
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(where, f"must be a non-empty string, not {_describe(value)}", value=value)
            return None
        return value

    def number(self, parent: dict[str, Any], key: str, where: str) -> float | None:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(
                where,
                "is required" if value is None else f"must be a number, not {_describe(value)}",
                value=value,
            )
            return None
        return float(value)

    def ns(self, item: dict[str, Any], where: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        """``attributes.threatgraph``, checked strictly (unknown keys are errors)."""
        attrs_ = item.get("attributes")
        if attrs_ is None:
            return {}
        if not isinstance(attrs_, dict):
            self.problem(
                f"{where}.attributes", f"must be an object, not {_describe(attrs_)}", value=attrs_
            )
            return {}
        ns = attrs_.get(NS)
        if ns is None:
            return {}
        nwhere = format_path(f"{where}.attributes", [NS])
        if not isinstance(ns, dict):
            self.problem(nwhere, f"must be an object, not {_describe(ns)}", value=ns)
            return {}
        for key in ns:
            if key not in allowed:
                self.problem(
                    format_path(nwhere, [str(key)]),
                    "is not a threatgraph attribute",
                    value=key,
                    hint=did_you_mean(str(key), allowed) or f"valid: {', '.join(allowed)}",
                )
        return ns

    # ------------------------------------------------------------------ run

    def run(self) -> ThreatModel:
        root = self.obj(self.data, "$", "an OTM document (an object)")
        if root is None:
            raise self.error()
        version = root.get("otmVersion")
        if not isinstance(version, str):
            self.problem(
                "$.otmVersion",
                "is required" if version is None else f"must be a string, not {_describe(version)}",
                value=version,
                hint='an OTM document starts with "otmVersion": "0.2.0"',
            )
        project = self.obj(root.get("project"), "$.project")
        name = None
        description = ""
        profile = "low"
        frameworks: list[Any] = []
        actors_raw: Any = None
        if project is not None:
            name = self.text(project, "name", "$.project.name")
            self.text(project, "id", "$.project.id")
            desc = project.get("description")
            if desc is not None and not isinstance(desc, str):
                self.problem("$.project.description", f"must be a string, not {_describe(desc)}")
            description = desc if isinstance(desc, str) else ""
            ns = self.ns(project, "$.project", ("profile", "frameworks", "actors"))
            nwhere = "$.project.attributes.threatgraph"
            profile = ns.get("profile", "low")
            if not isinstance(profile, str):
                self.problem(f"{nwhere}.profile", f"must be a string, not {_describe(profile)}")
            frameworks = ns.get("frameworks", [])
            if not (isinstance(frameworks, list) and all(isinstance(f, str) for f in frameworks)):
                self.problem(f"{nwhere}.frameworks", "must be an array of strings")
                frameworks = []
            actors_raw = ns.get("actors")
        assets = self.assets(root)
        zones = self.zones(root)
        components = self.components(root, zones, assets)
        flows = self.flows(root, components, assets)
        for key in ("threats", "mitigations", "representations"):
            value = root.get(key)
            if value is not None and not isinstance(value, list):
                self.problem(_p(key), f"must be an array, not {_describe(value)}", value=value)
        actors = self.actors(actors_raw, zones)
        if self.problems or name is None:
            raise self.error()
        try:
            tm = ThreatModel(
                name,
                profile=profile,
                frameworks=frameworks,
                description=description,
                actors=actors,
            )
        except ThreatGraphError as exc:
            self.problem("$.project.attributes.threatgraph", str(exc))
            raise self.error() from None
        for zone, _ in zones.values():
            if zone is None:
                continue
            with tm.boundary(zone):
                pass
        for d in assets.values():
            tm.data(d)
        for element, zone_id in components.values():
            tm.add(element, boundary=zone_id)
        for flow in flows:
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
        try:
            tm.freeze()
        except ModelValidationError as exc:
            self.problems.extend(exc.problems)
            raise self.error() from None
        return tm

    def error(self) -> LoadError:
        return LoadError(
            f"cannot load the OTM document {self.label}: {len(self.problems)} problem(s)",
            self.problems,
        )

    # ------------------------------------------------------------------ sections

    def assets(self, root: dict[str, Any]) -> dict[str, Data]:
        out: dict[str, Data] = {}
        for i, raw in enumerate(self.array(root, "assets", "$.assets")):
            where = _p("assets", i)
            item = self.obj(raw, where)
            if item is None:
                continue
            aid = self.text(item, "id", f"{where}.id")
            name = self.text(item, "name", f"{where}.name")
            desc = item.get("description")
            ns = self.ns(item, where, ("sensitivity", "cia", "kind", "format"))
            risk = self.obj(item.get("risk"), f"{where}.risk")
            ratings: dict[str, float] = {}
            if risk is not None:
                for k in ("confidentiality", "integrity", "availability"):
                    v = self.number(risk, k, f"{where}.risk.{k}")
                    if v is not None:
                        ratings[k] = v
            if aid is None or name is None or len(ratings) < 3:
                continue
            if aid in out:
                self.problem(f"{where}.id", "is used by another asset", value=aid)
                continue
            try:
                if "sensitivity" in ns:
                    sensitivity = Sensitivity.parse(ns["sensitivity"], field="sensitivity")
                    cia_raw = ns.get("cia")
                    cia = CIA(**cia_raw) if isinstance(cia_raw, dict) else None
                    if cia_raw is not None and not isinstance(cia_raw, dict):
                        raise ValueError(f"'cia' must be an object, not {_describe(cia_raw)}")
                else:
                    sensitivity = sensitivity_from_rating(ratings["confidentiality"])
                    cia = CIA(
                        confidentiality=_level(ratings["confidentiality"]),
                        integrity=_level(ratings["integrity"]),
                        availability=_level(ratings["availability"]),
                    )
                out[aid] = Data(
                    name,
                    id=aid,
                    sensitivity=sensitivity,
                    cia=cia,
                    description=desc if isinstance(desc, str) else "",
                    kind=ns.get("kind"),
                    format=ns.get("format"),
                )
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(f"{where}.attributes.threatgraph", str(exc))
        return out

    def zones(self, root: dict[str, Any]) -> dict[str, tuple[Boundary | None, str]]:
        """Zone id -> (Boundary, or None for the no-boundary zone; its JSON path)."""
        out: dict[str, tuple[Boundary | None, str]] = {}
        parents: dict[str, tuple[str, str]] = {}
        for i, raw in enumerate(self.array(root, "trustZones", "$.trustZones")):
            where = _p("trustZones", i)
            item = self.obj(raw, where)
            if item is None:
                continue
            zid = self.text(item, "id", f"{where}.id")
            name = self.text(item, "name", f"{where}.name")
            ns = self.ns(item, where, ("trust", "unplaced"))
            risk = self.obj(item.get("risk"), f"{where}.risk")
            rating = self.number(risk, "trustRating", f"{where}.risk.trustRating") if risk else None
            parent = self.parent_ref(item, where, ("trustZone",), required=False)
            desc = item.get("description")
            if zid is None or name is None or rating is None:
                continue
            if zid in out:
                self.problem(f"{where}.id", "is used by another trust zone", value=zid)
                continue
            if ns.get("unplaced") is True:
                out[zid] = (None, where)
                continue
            try:
                trust = (
                    Trust.parse(ns["trust"], field="trust")
                    if "trust" in ns
                    else trust_from_rating(rating)
                )
                out[zid] = (
                    Boundary(
                        name,
                        trust=trust,
                        id=zid,
                        parent=parent[1] if parent else None,
                        description=desc if isinstance(desc, str) else "",
                    ),
                    where,
                )
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(f"{where}.attributes.threatgraph.trust", str(exc))
                continue
            if parent:
                parents[zid] = (parent[1], f"{where}.parent.trustZone")
        for zid, (pid, where) in parents.items():
            if pid not in out or out[pid][0] is None:
                self.problem(
                    where,
                    "names a trust zone that does not exist",
                    value=pid,
                    hint=did_you_mean(pid, out),
                )
                continue
            seen = [zid]
            cur: str | None = pid
            while cur is not None and cur in parents:
                if cur in seen:
                    self.problem(where, "trust zones nest in a cycle: " + " -> ".join([*seen, cur]))
                    break
                seen.append(cur)
                cur = parents[cur][0]
        return out

    def parent_ref(
        self, item: dict[str, Any], where: str, kinds: tuple[str, ...], *, required: bool
    ) -> tuple[str, str] | None:
        """``("trustZone", id)`` or ``("component", id)`` from ``parent``."""
        raw = item.get("parent")
        if raw is None:
            if required:
                self.problem(
                    f"{where}.parent", "is required", hint='add "parent": {"trustZone": "<id>"}'
                )
            return None
        parent = self.obj(raw, f"{where}.parent")
        if parent is None:
            return None
        found = [k for k in ("trustZone", "component") if k in parent]
        if len(found) != 1 or found[0] not in kinds:
            self.problem(
                f"{where}.parent",
                f"must have exactly one of {' or '.join(kinds)}",
                value=parent,
            )
            return None
        ref = parent[found[0]]
        if not isinstance(ref, str) or not ref:
            self.problem(
                f"{where}.parent.{found[0]}", f"must be an id, not {_describe(ref)}", value=ref
            )
            return None
        return found[0], ref

    def components(
        self,
        root: dict[str, Any],
        zones: dict[str, tuple[Boundary | None, str]],
        assets: dict[str, Data],
    ) -> dict[str, tuple[Element, str | None]]:
        """Component id -> (Element, boundary id or None)."""
        raws: dict[str, tuple[dict[str, Any], str, tuple[str, str] | None]] = {}
        for i, raw in enumerate(self.array(root, "components", "$.components")):
            where = _p("components", i)
            item = self.obj(raw, where)
            if item is None:
                continue
            cid = self.text(item, "id", f"{where}.id")
            self.text(item, "name", f"{where}.name")
            self.text(item, "type", f"{where}.type")
            parent = self.parent_ref(item, where, ("trustZone", "component"), required=True)
            if cid is None:
                continue
            if cid in raws:
                self.problem(f"{where}.id", "is used by another component", value=cid)
                continue
            raws[cid] = (item, where, parent)
        out: dict[str, tuple[Element, str | None]] = {}
        for cid, (item, where, _) in raws.items():
            placed, zone = self.zone_of(cid, raws, zones)
            element = self.element(item, where, assets)
            if element is not None and placed:
                out[cid] = (element, zone)
        return out

    def zone_of(
        self,
        cid: str,
        raws: dict[str, tuple[dict[str, Any], str, tuple[str, str] | None]],
        zones: dict[str, tuple[Boundary | None, str]],
    ) -> tuple[bool, str | None]:
        """(ok, the boundary id a component sits in or None for no boundary)."""
        seen = [cid]
        cur = cid
        while True:
            _, where, parent = raws[cur]
            if parent is None:
                return False, None
            kind, ref = parent
            if kind == "trustZone":
                if ref not in zones:
                    self.problem(
                        f"{where}.parent.trustZone",
                        "names a trust zone that does not exist",
                        value=ref,
                        hint=did_you_mean(ref, zones),
                    )
                    return False, None
                zone = zones[ref][0]
                return True, None if zone is None else zone.id
            if ref not in raws:
                self.problem(
                    f"{where}.parent.component",
                    "names a component that does not exist",
                    value=ref,
                    hint=did_you_mean(ref, raws),
                )
                return False, None
            if ref in seen:
                if cur == cid:
                    self.problem(
                        f"{where}.parent.component",
                        "components nest in a cycle: " + " -> ".join([*seen, ref]),
                    )
                return False, None
            seen.append(ref)
            cur = ref

    def element(self, item: dict[str, Any], where: str, assets: dict[str, Data]) -> Element | None:
        cid, name, otm_type = item.get("id"), item.get("name"), item.get("type")
        if not (isinstance(cid, str) and isinstance(name, str) and isinstance(otm_type, str)):
            return None
        if not cid or not name.strip():
            return None
        ns = self.ns(item, where, ("kind", "properties", "controls", "exclude"))
        nwhere = f"{where}.attributes.threatgraph"
        kind, defaults = kind_for_type(otm_type)
        if "kind" in ns:
            if not isinstance(ns["kind"], str) or ns["kind"] not in KINDS:
                self.problem(
                    f"{nwhere}.kind",
                    "is not an element kind",
                    value=ns["kind"],
                    hint=did_you_mean(str(ns["kind"]), KINDS),
                )
                return None
            kind, defaults = ns["kind"], {}
        cls = KINDS[kind]
        kwargs: dict[str, Any] = dict(defaults)
        desc = item.get("description")
        if desc is not None and not isinstance(desc, str):
            self.problem(f"{where}.description", f"must be a string, not {_describe(desc)}")
        tags = item.get("tags")
        if tags is not None:
            if isinstance(tags, list) and all(isinstance(t, str) or t is None for t in tags):
                kwargs["tags"] = frozenset(t for t in tags if t)
            else:
                self.problem(f"{where}.tags", "must be an array of strings", value=tags)
        count = len(self.problems)
        fields = {f.name: f for f in attrs.fields(cls) if f.init and f.name not in BASE_FIELDS}
        props = ns.get("properties", {})
        if not isinstance(props, dict):
            self.problem(f"{nwhere}.properties", f"must be an object, not {_describe(props)}")
            props = {}
        for key, value in props.items():
            pwhere = format_path(f"{nwhere}.properties", [str(key)])
            if key not in fields:
                self.problem(
                    pwhere,
                    f"is not an attribute of {cls.__name__}",
                    value=key,
                    hint=did_you_mean(str(key), fields) or f"valid: {', '.join(sorted(fields))}",
                )
                continue
            if key in data_fields(cls):  # by type: the annotation may be resolved or not
                kwargs[key] = self.data_refs(value, pwhere, assets)
            else:
                kwargs[key] = value
        if "properties" not in ns:
            stored = self.stored_assets(item, where, assets)
            if stored and issubclass(cls, (DataStore, ModelRegistry)):
                kwargs["stores"] = stored
            elif stored and issubclass(cls, DataSource):
                kwargs["provides"] = stored
        if "controls" in ns:
            kwargs["controls"] = self.controls(ns["controls"], f"{nwhere}.controls")
        if "exclude" in ns:
            kwargs["exclude"] = self.exclusions(ns["exclude"], f"{nwhere}.exclude")
        if len(self.problems) > count:
            return None
        try:
            element: Element = cls(
                name, id=cid, description=desc if isinstance(desc, str) else "", **kwargs
            )
        except (ThreatGraphError, ValueError, TypeError) as exc:
            self.problem(nwhere if ns else where, str(exc))
            return None
        return element

    def stored_assets(
        self, item: dict[str, Any], where: str, assets: dict[str, Data]
    ) -> frozenset[Data]:
        raw = item.get("assets")
        if raw is None:
            return frozenset()
        inst = self.obj(raw, f"{where}.assets")
        if inst is None:
            return frozenset()
        found: set[Data] = set()
        for key in ("processed", "stored"):
            ids = inst.get(key)
            if ids is None:
                continue
            refs = self.data_refs(ids, f"{where}.assets.{key}", assets)
            if key == "stored":
                found |= refs
        return frozenset(found)

    def data_refs(self, value: Any, where: str, assets: dict[str, Data]) -> frozenset[Data]:
        if not isinstance(value, list):
            self.problem(
                where, f"must be an array of asset ids, not {_describe(value)}", value=value
            )
            return frozenset()
        out: set[Data] = set()
        for i, ref in enumerate(value):
            if ref is None:
                continue
            if not isinstance(ref, str) or ref not in assets:
                self.problem(
                    format_path(where, [i]),
                    "names an asset that does not exist",
                    value=ref,
                    hint=did_you_mean(str(ref), assets),
                )
                continue
            out.add(assets[ref])
        return frozenset(out)

    def controls(self, value: Any, where: str) -> frozenset[_controls.Control]:
        if not isinstance(value, list):
            self.problem(where, f"must be an array, not {_describe(value)}", value=value)
            return frozenset()
        out: set[_controls.Control] = set()
        for i, raw in enumerate(value):
            cwhere = format_path(where, [i])
            item = self.obj(raw, cwhere)
            if item is None:
                continue
            for key in item:
                if key not in ("control", "params", "note"):
                    self.problem(
                        format_path(cwhere, [str(key)]),
                        "is not a control attribute",
                        value=key,
                        hint="valid: control, params, note",
                    )
            ckey = item.get("control")
            params = item.get("params", {}) or {}
            note = item.get("note")
            if not isinstance(params, dict):
                self.problem(f"{cwhere}.params", f"must be an object, not {_describe(params)}")
                continue
            if note is not None and not isinstance(note, str):
                self.problem(f"{cwhere}.note", f"must be a string, not {_describe(note)}")
                continue
            try:
                if not isinstance(ckey, str):
                    raise ValueError(f"'control' must be a control key, not {_describe(ckey)}")
                cls = _controls.lookup(ckey)
                out.add(cls(note=note, **params))
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(cwhere, str(exc), value=ckey)
        return frozenset(out)

    def exclusions(self, value: Any, where: str) -> frozenset[Exclusion]:
        if not isinstance(value, list):
            self.problem(where, f"must be an array, not {_describe(value)}", value=value)
            return frozenset()
        out: set[Exclusion] = set()
        for i, raw in enumerate(value):
            xwhere = format_path(where, [i])
            item = self.obj(raw, xwhere)
            if item is None:
                continue
            if set(item) != {"rule", "reason"}:
                self.problem(xwhere, "must have exactly the keys rule and reason", value=item)
                continue
            try:
                out.add(Exclusion(rule=item["rule"], reason=item["reason"]))
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(xwhere, str(exc))
        return frozenset(out)

    def flows(
        self,
        root: dict[str, Any],
        components: dict[str, tuple[Element, str | None]],
        assets: dict[str, Data],
    ) -> list[Flow]:
        out: list[Flow] = []
        ids: set[str] = set()
        comps = root.get("components")
        known = (
            {c["id"] for c in comps if isinstance(c, dict) and isinstance(c.get("id"), str)}
            if isinstance(comps, list)
            else set()
        )
        for i, raw in enumerate(self.array(root, "dataflows", "$.dataflows")):
            where = _p("dataflows", i)
            item = self.obj(raw, where)
            if item is None:
                continue
            fid = self.text(item, "id", f"{where}.id")
            self.text(item, "name", f"{where}.name")
            ends = []
            for key in ("source", "destination"):
                ref = self.text(item, key, f"{where}.{key}")
                if ref is not None and ref not in known:
                    self.problem(
                        f"{where}.{key}",
                        "names a component that does not exist",
                        value=ref,
                        hint=did_you_mean(ref, [k for k in known if isinstance(k, str)])
                        or "dataflows connect components",
                    )
                    ref = None
                ends.append(ref)
            bidirectional = item.get("bidirectional")
            if bidirectional is not None and not isinstance(bidirectional, bool):
                self.problem(
                    f"{where}.bidirectional",
                    f"must be true or false, not {_describe(bidirectional)}",
                )
            data = (
                self.data_refs(item["assets"], f"{where}.assets", assets)
                if item.get("assets") is not None
                else frozenset()
            )
            tags = item.get("tags")
            if tags is not None and not (
                isinstance(tags, list) and all(isinstance(t, str) or t is None for t in tags)
            ):
                self.problem(f"{where}.tags", "must be an array of strings", value=tags)
            ns = self.ns(item, where, ("protocol", "label", "controls", "exclude", "allow_self"))
            nwhere = f"{where}.attributes.threatgraph"
            controls = (
                self.controls(ns["controls"], f"{nwhere}.controls")
                if "controls" in ns
                else frozenset()
            )
            exclude = (
                self.exclusions(ns["exclude"], f"{nwhere}.exclude")
                if "exclude" in ns
                else frozenset()
            )
            if fid is None or None in ends:
                continue
            src, dst = ends[0], ends[1]
            assert src is not None
            assert dst is not None
            if src not in components or dst not in components:
                continue  # the component has its own problem
            for flow_id, a, b in (
                [(fid, src, dst), (f"{fid}:reverse", dst, src)]
                if bidirectional
                else [(fid, src, dst)]
            ):
                if flow_id in ids:
                    self.problem(f"{where}.id", "is used by another dataflow", value=flow_id)
                    continue
                ids.add(flow_id)
                try:
                    out.append(
                        Flow(
                            a,
                            b,
                            tuple(sorted(data, key=lambda d: d.id)),
                            protocol=ns.get("protocol"),
                            label=ns.get("label"),
                            controls=controls,
                            id=flow_id,
                            allow_self=ns.get("allow_self", a == b),
                            exclude=exclude,
                        )
                    )
                except (ThreatGraphError, ValueError, TypeError) as exc:
                    self.problem(nwhere if ns else where, str(exc))
        return out

    def actors(
        self, raw: Any, zones: dict[str, tuple[Boundary | None, str]]
    ) -> list[ThreatActor] | None:
        """The actors from the project attributes; None (the defaults) when absent."""
        if raw is None:
            return None
        where = "$.project.attributes.threatgraph.actors"
        if not isinstance(raw, list):
            self.problem(where, f"must be an array, not {_describe(raw)}", value=raw)
            return None
        out: list[ThreatActor] = []
        allowed = ("id", "name", "capability", "goals", "entry", "description")
        seen: dict[str, str] = {}
        for i, item_raw in enumerate(raw):
            awhere = format_path(where, [i])
            item = self.obj(item_raw, awhere)
            if item is None:
                continue
            bad = [k for k in item if k not in allowed]
            for k in ("id", "name", "capability", "description"):
                v = item.get(k)
                if (v is not None or k == "name") and not isinstance(v, str):
                    self.problem(
                        format_path(awhere, [k]), f"must be a string, not {_describe(v)}", value=v
                    )
                    bad.append(k)
            for k in bad:
                self.problem(
                    format_path(awhere, [str(k)]),
                    "is not an actor attribute",
                    value=k,
                    hint=did_you_mean(str(k), allowed),
                )
            entry_raw = item.get("entry", {"trust": "untrusted"})
            entry: Any = None
            if isinstance(entry_raw, dict) and len(entry_raw) == 1:
                ((ekey, evalue),) = entry_raw.items()
                if ekey == "trust":
                    entry = evalue
                elif ekey == "boundary" and isinstance(evalue, str):
                    entry = evalue
                    if evalue not in zones:
                        self.problem(
                            f"{awhere}.entry.boundary",
                            "names a trust zone that does not exist",
                            value=evalue,
                        )
            if entry is None:
                self.problem(
                    f"{awhere}.entry",
                    'must be {"trust": "<level>"} or {"boundary": "<zone id>"}',
                    value=entry_raw,
                )
            if bad or entry is None:
                continue
            try:
                actor = ThreatActor(
                    item.get("name"),  # type: ignore[arg-type]
                    id=item.get("id") or "",
                    capability=item.get("capability", "medium"),
                    goals=item.get("goals", ()),
                    entry=Trust.parse(entry)
                    if not isinstance(entry_raw.get("boundary"), str)
                    else entry,
                    description=item.get("description") or "",
                )
            except (ThreatGraphError, ValueError, TypeError) as exc:
                self.problem(awhere, str(exc))
                continue
            if actor.id in seen:
                self.problem(
                    f"{awhere}.id" if "id" in item else f"{awhere}.name",
                    f"is the id of another actor too (at {seen[actor.id]})",
                    value=actor.id,
                    hint="give each actor its own id or name",
                )
                continue
            seen[actor.id] = awhere
            out.append(actor)
        return out


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {value!r}" if len(value) <= 40 else "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
