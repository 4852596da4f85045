"""Multi-hop rules: threats that only show up when you follow the flows.

- untrusted content that reaches an LLM or agent indirectly (through retrieval,
  a tool or a web fetch) and from there a tool or store that acts on the world;
- untrusted content reaching an agent that can also read sensitive data and
  send it out;
- training data from an untrusted source flowing into a model that is served;
- a model artifact reaching serving without passing a signed registry.

Each finding's target is the shortest path that shows the problem, so the
finding id is stable while that path exists. Controls count anywhere along it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from threatgraph import controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataSource,
    DataStore,
    Element,
    Endpoint,
    ExternalService,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.findings import Target
from threatgraph.rules._core import Match, on_paths, rule
from threatgraph.rules.views import GraphView
from threatgraph.vocab import Capability, ExternalCategory, Sensitivity, Stage, Trust

_REASONERS = (LLM, Agent)


def _indirect_sources(g: GraphView) -> list[Element]:
    """Untrusted content that is not a person typing a prompt: data sources, external
    services and stores fed from untrusted input."""
    out = []
    for e in g.untrusted_sources():
        if isinstance(e, Actor) and e.human:
            continue
        out.append(e)
    return out


def _acts_on_world(g: GraphView, e: Element) -> bool:
    if isinstance(e, Tool):
        return any(cap.consequential for cap in e.capabilities)
    if isinstance(e, (DataStore, ExternalService)):
        return any(isinstance(p, _REASONERS) for p in g.system.predecessors(e))
    return False


def served_models(g: GraphView) -> list[Element]:
    """Models that answer someone: they send to an endpoint, a service, an agent or an actor,
    or an endpoint sends to them."""
    out = []
    for m in g.elements(Model):
        succ = g.system.successors(m)
        pred = g.system.predecessors(m)
        if any(isinstance(s, (Endpoint, Service, Actor, Agent)) for s in succ) or any(
            isinstance(p, Endpoint) for p in pred
        ):
            out.append(m)
    return out


def _through_reasoner(g: GraphView, path: tuple[str, ...]) -> bool:
    return any(isinstance(g.system.element(i), _REASONERS) for i in path[1:-1])


@rule(
    "paths/indirect-prompt-injection",
    title="Indirect prompt injection reaches an action",
    threat="prompt_injection_indirect",
    applies_to=on_paths("untrusted content -> LLM/agent -> tool or store that acts"),
    mitigations=[c.UntrustedInputSegregation, c.Guardrails],
    supporting=[c.HumanInTheLoop, c.LeastPrivilegeTools, c.Sandboxing, c.OutputFiltering],
    stride="TE",
    owasp=["LLM01:2025", "LLM06:2025", "ASI01:2026", "ASI02:2026"],
    atlas=["AML.T0051.001", "AML.T0053"],
    cwe=["CWE-1427", "CWE-441"],
    cia="CIA",
)
def indirect_prompt_injection(g: GraphView) -> Iterator[Match]:
    """Content an attacker controls (a web page, an uploaded document, an e-mail, a tool
    result) travels into the context of an LLM or agent, which then calls a tool or writes
    to a store. Instructions hidden in that content can make the model take actions on the
    attacker's behalf. One finding per affected tool or store, on the shortest such path;
    segregating untrusted content or guardrails anywhere on the path count."""
    sources = tuple(_indirect_sources(g))  # one tuple for every query: see shortest_path
    if not sources:
        return
    for sink in g.system.all_elements:
        if not _acts_on_world(g, sink):
            continue
        path = g.shortest_path(sources, sink)
        if path is None or len(path) < 3 or not _through_reasoner(g, path):
            continue
        delta = 1 if isinstance(sink, Tool) and sink.can(Capability.EXECUTE_CODE) else 0
        yield Match(
            f"Untrusted content from {g.names(path[:1])} can reach {g.names(path[-1:])} "
            f"through {g.names(path[1:-1])}; hidden instructions could trigger it.",
            target=Target.path(path),
            impact_delta=delta,
        )


def _sensitive_readers(g: GraphView) -> set[str]:
    out = set()
    for e in g.elements(*_REASONERS):
        for p in g.system.predecessors(e):
            if any(d.sensitivity >= Sensitivity.CONFIDENTIAL for d in g.system.data_of(p)):
                out.add(e.id)
        for f in g.system.inflows(e):
            if f.sensitivity is not None and f.sensitivity >= Sensitivity.CONFIDENTIAL:
                out.add(e.id)
    return out


def _egress(g: GraphView, e: Element) -> bool:
    if isinstance(e, Tool):
        return e.can(Capability.NETWORK_EGRESS) or e.can(Capability.SEND_MESSAGES)
    return isinstance(e, ExternalService) or g.system.trust_of(e) is Trust.UNTRUSTED


@rule(
    "paths/agent-data-exfiltration",
    title="Injected instructions can exfiltrate sensitive data",
    threat="agent_data_exfiltration",
    applies_to=on_paths("untrusted content -> LLM/agent with sensitive context -> egress"),
    placement=("path",),
)
def agent_data_exfiltration(g: GraphView) -> Iterator[Match]:
    """An LLM or agent that both sees confidential data and takes in attacker-controlled
    content can be told to send that data out, through a tool with network access, a
    message, or a link rendered to the user. Fires once per model or agent that has all
    three: untrusted input, sensitive context and a way out."""
    sources = tuple(g.untrusted_sources())
    if not sources:
        return
    readers = _sensitive_readers(g)
    for rid in sorted(readers):
        reader = g.system.element(rid)
        inbound = g.shortest_path(sources, reader)
        if inbound is None:
            continue
        exits = [s for s in g.system.successors(reader) if _egress(g, s)]
        if not exits:
            continue
        out = exits[0]
        path = (*inbound, out.id)
        yield Match(
            f"{reader.name} reads confidential data and takes input from "
            f"{g.names(inbound[:1])}; it can send data out through {out.name}.",
            target=Target.path(path),
        )


def _untrusted_data_sources(g: GraphView) -> list[Element]:
    return [
        e
        for e in g.system.all_elements
        if (isinstance(e, DataSource) and e.origin.untrusted)
        or (
            g.system.trust_of(e) is Trust.UNTRUSTED
            and isinstance(e, (DataSource, Actor, ExternalService))
        )
    ]


@rule(
    "paths/untrusted-training-lineage",
    title="Untrusted data flows into a served model's training",
    threat="training_data_poisoning",
    applies_to=on_paths("untrusted source -> ... -> training -> served model"),
    placement=("path",),
)
def untrusted_training_lineage(g: GraphView) -> Iterator[Match]:
    """Data that anyone outside can influence (web crawls, user uploads, public datasets,
    feedback from untrusted users) ends up, through pipelines and datasets, in the training
    of a model that is served. Poisoned records then become model behaviour. Provenance
    tracking or sanitization anywhere along the lineage counts."""
    sources = tuple(_untrusted_data_sources(g))
    if not sources:
        return
    trainers = [
        p
        for p in g.elements(Pipeline)
        if isinstance(p, Pipeline) and p.stage in (Stage.TRAINING, Stage.FINE_TUNING)
    ]
    heads = {t.id: h for t in trainers if (h := g.shortest_path(sources, t)) is not None}
    if not heads:
        return
    # one search from every poisoned trainer at once: each model learns from its nearest one
    parent: dict[str, str | None] = dict.fromkeys(sorted(heads))
    queue = deque(sorted(heads))
    while queue:
        node = queue.popleft()
        for f in g.system.outflows(node):
            if f.target not in parent:
                parent[f.target] = node
                queue.append(f.target)
    for m in served_models(g):
        if m.id not in parent or m.id in heads:
            continue
        tail = [m.id]
        while parent[tail[-1]] is not None:
            tail.append(parent[tail[-1]])  # type: ignore[arg-type]
        tail.reverse()
        head = heads[tail[0]]
        path = (*head, *tail[1:])
        yield Match(
            f"Data from {g.names(head[:1])} reaches the training of {m.name} "
            f"via {g.names(path[1:-1])}.",
            target=Target.path(path),
        )


def _producers(g: GraphView) -> list[Element]:
    out: list[Element] = [
        p
        for p in g.elements(Pipeline)
        if isinstance(p, Pipeline) and p.stage in (Stage.TRAINING, Stage.FINE_TUNING)
    ]
    out.extend(
        e
        for e in g.elements(ExternalService)
        if isinstance(e, ExternalService) and e.provides is ExternalCategory.MODEL_HUB
    )
    return out


@rule(
    "paths/unsigned-model-to-serving",
    title="Model artifact reaches serving without a signed registry",
    threat="model_swapping",
    applies_to=on_paths("training job or model hub -> ... -> served model"),
    mitigations=[c.SignedModels],
    supporting=[c.ModelVersioning, c.ImmutableArtifacts, c.MultiPartyApproval],
    placement=("path",),
)
def unsigned_model_to_serving(g: GraphView) -> Iterator[Match]:
    """Whatever produces model artifacts (a training or fine-tuning job, a public model
    hub) must hand them to serving through a registry that verifies signatures and pins
    versions; otherwise a tampered or swapped model is served without anyone noticing.
    Fires once per served model; more likely when the path skips the registry entirely."""
    producers = tuple(_producers(g))
    if not producers:
        return
    for m in served_models(g):
        path = g.shortest_path(producers, m)
        if path is None:
            continue
        via_registry = any(isinstance(g.system.element(i), ModelRegistry) for i in path)
        if via_registry:
            text = (
                f"{g.names(path[:1])} delivers {m.name} to serving through {g.names(path[1:-1])}."
            )
        else:
            text = f"{g.names(path[:1])} delivers {m.name} to serving without any model registry."
        yield Match(text, target=Target.path(path), likelihood_delta=0 if via_registry else 1)
