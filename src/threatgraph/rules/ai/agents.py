"""Agents and tools (phase P4, agent runtime).

Flow rules here implement the reference flow patterns F04/F15 (an agent or LLM
calls a tool, API or store), F10 (an agent writes its long-term memory), F16
(tool and API results return to the model), F17 (agent-to-agent messages) and
F18 (an agent asks a person to approve or act). Element rules cover the agent's
and the tool's own properties: credentials, autonomy, configuration, third-party
code. Multi-hop injection and exfiltration paths are in ``rules/paths.py``.

For agent-to-tool flows, controls count on the flow, on the agent (human
approval, output checks) and on the tool (sandboxing, egress filtering, least
privilege); for memory, on the store (memory hardening) as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataStore,
    Element,
    Endpoint,
    ExternalService,
    ModelRegistry,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.ai._common import (
    actors_reaching,
    describe_sources,
    external_content,
    influencers,
    is_stage,
    lower_trust,
    names,
    public_actors_reaching,
    runtime_exposed,
)
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.system import System
from threatgraph.vocab import (
    Autonomy,
    Capability,
    EndpointPurpose,
    ExternalCategory,
    Sensitivity,
    Stage,
    ToolOrigin,
)

_NOT_ACTIONS = frozenset(
    {
        ExternalCategory.MODEL_API,
        ExternalCategory.MODEL_HUB,
        ExternalCategory.PACKAGE_REGISTRY,
        ExternalCategory.IDENTITY_PROVIDER,
    }
)
_TARGETS = (Tool, ExternalService, DataStore, Service, Endpoint)


_SIDE_EFFECTS = frozenset(c for c in Capability if c.consequential) - {Capability.NETWORK_EGRESS}


def _acts(target: Element) -> bool:
    """Calling ``target`` changes something: a tool that writes, deletes, runs code, pays or
    sends; a write to a store; a call to an API. (Fetching over the network alone is
    ai/ssrf-via-tool's concern.)"""
    if isinstance(target, Tool):
        return bool(target.capabilities & _SIDE_EFFECTS)
    if isinstance(target, VectorStore):
        return False
    if isinstance(target, DataStore):
        return True
    if isinstance(target, ExternalService):
        return target.provides not in _NOT_ACTIONS
    if isinstance(target, Endpoint):
        return target.purpose is EndpointPurpose.API
    return isinstance(target, Service)


def _steerable(s: System, element: Element) -> Sequence[Element]:
    """Who can put text in front of the agent or model: untrusted or outside content."""
    return influencers(s, element)


def _autonomous(element: Element) -> bool:
    return isinstance(element, Agent) and element.autonomy is Autonomy.AUTONOMOUS


def _why(s: System, element: Element) -> str:
    who = _steerable(s, element)
    if who:
        return f"content from {describe_sources(s, who)} reaches {element.name}"
    return f"{element.name} runs on its own"


# ---------------------------------------------------------------------------- F15 / F04


@rule(
    "ai/tool-misuse",
    threat="tool_misuse",
    applies_to=on_flow((Agent, LLM), _TARGETS),
    placement=("flow", "source", "target"),
)
def tool_misuse(f: FlowView) -> Match | None:
    """An agent (or an LLM with function calling) can invoke a tool, API or store
    that changes things: writes, deletes, sends, pays, runs commands. If
    untrusted content reaches the agent, or it acts with no one approving, it can
    be steered or can blunder into using that power harmfully. Least-privilege
    tools and human approval count on the flow, the agent or the tool. More likely
    for autonomous agents."""
    src, tgt = f.source, f.target
    if isinstance(src, LLM) and not isinstance(tgt, Tool):
        return None  # raw model output into services and stores: ai/improper-output-handling
    if not _acts(tgt):
        return None
    s = f.system
    if not (_steerable(s, src) or _autonomous(src)):
        return None
    power = (
        ", ".join(sorted(c.value for c in tgt.capabilities & _SIDE_EFFECTS))
        if isinstance(tgt, Tool)
        else "write and call"
    )
    return Match(
        f"{src.name} can {power} through {tgt.name}, and {_why(s, src)}; it can be steered "
        "into using that power against you.",
        likelihood_delta=1 if _autonomous(src) else 0,
    )


@rule(
    "ai/agent-code-execution",
    threat="agent_code_execution",
    applies_to=on_flow((Agent, LLM), Tool),
    placement=("flow", "source", "target"),
)
def agent_code_execution(f: FlowView) -> str | None:
    """An agent or LLM hands code or shell commands to a tool that runs them. Code
    a model writes, or was told to write by injected content, runs with the
    tool's access to the host, the network and any secrets there. Sandboxing on
    the tool, and checks or approval on the agent or flow, count."""
    tool = f.target
    assert isinstance(tool, Tool)
    if not tool.can(Capability.EXECUTE_CODE):
        return None
    return (
        f"{f.source.name} sends code or commands to {tool.name}, which runs them with its "
        "access to the host, network and secrets."
    )


@rule(
    "ai/ssrf-via-tool",
    threat="ssrf_via_llm",
    applies_to=on_flow((Agent, LLM), Tool),
    placement=("flow", "target"),
)
def ssrf_via_tool(f: FlowView) -> str | None:
    """A tool with network access fetches URLs or calls hosts that the model chooses,
    and untrusted content reaches the model. Injected instructions can point it at
    internal services, cloud metadata endpoints or attacker-controlled hosts.
    Egress filtering and URL validation count on the tool or the flow."""
    tool = f.target
    assert isinstance(tool, Tool)
    if not tool.can(Capability.NETWORK_EGRESS):
        return None
    s = f.system
    who = _steerable(s, f.source)
    if not who:
        return None
    return (
        f"{tool.name} reaches the network on behalf of {f.source.name}, which reads content "
        f"from {describe_sources(s, who)}; injected URLs can reach internal or attacker hosts."
    )


@rule(
    "ai/insecure-tool-interface",
    threat="insecure_tool_interface",
    applies_to=on_element(Tool),
    placement=("element", "inbound"),
)
def insecure_tool_interface(view: ElementView) -> str | None:
    """A tool acts on a backend (a database, a service, an outside API) or changes
    things, with arguments an agent or LLM fills in, and that agent can be steered
    or runs on its own. Free-form arguments without validation or an
    authorisation check turn into injection, SSRF or access to other users'
    objects. Tools that run code are ai/agent-code-execution. Validation and
    access control count on the tool or the flows into it."""
    tool = view.element
    assert isinstance(tool, Tool)
    if tool.can(Capability.EXECUTE_CODE):
        return None
    s = view.system
    callers = [p for p in view.predecessors if isinstance(p, (Agent, LLM))]
    if not any(_steerable(s, c) or _autonomous(c) for c in callers):
        return None
    backends = [
        e for e in view.successors if isinstance(e, (DataStore, Service, ExternalService, Endpoint))
    ]
    risky = {
        Capability.WRITE,
        Capability.DELETE,
        Capability.MONEY_MOVEMENT,
        Capability.SEND_MESSAGES,
    }
    if not backends and not (tool.capabilities & risky):
        return None
    on = f" on {names(backends)}" if backends else ""
    return (
        f"{view.described} acts{on} with arguments that {names(callers)} fills in; "
        "unvalidated arguments become injection, SSRF or access to other users' data."
    )


# ---------------------------------------------------------------------------- F16


def _feeds_content(s: System, source: Element, reader: Element) -> Sequence[Element]:
    """Outside or untrusted parties whose content ``source`` passes on to ``reader``."""
    callers = {p.id for p in s.predecessors(source) if isinstance(p, (Agent, LLM))}
    if isinstance(source, Tool):
        return influencers(s, source, avoid=callers | {reader.id})
    return [
        p
        for p in s.predecessors(source)
        if isinstance(p, ExternalService) or (external_content(s, p) and not isinstance(p, Actor))
    ]


@rule(
    "ai/tool-output-injection",
    threat="tool_output_injection",
    applies_to=on_flow((Tool, ExternalService, Service, Endpoint), (Agent, LLM)),
    placement=("flow", "target"),
)
def tool_output_injection(f: FlowView) -> str | None:
    """A tool or API result goes back into an agent's or LLM's context, and that
    result carries content outsiders wrote (web pages, issues, e-mails, a
    third-party tool's output). Instructions hidden in it are followed as if the
    operator gave them. Marking tool output as data (segregation) and validating
    it count on the flow or the agent."""
    src, tgt = f.source, f.target
    s = f.system
    if isinstance(src, ExternalService):
        if src.provides in _NOT_ACTIONS:
            return None
        return (
            f"{f.described}; text in the response that outsiders wrote can carry instructions "
            f"{tgt.name} follows."
        )
    third_party = isinstance(src, Tool) and src.origin is ToolOrigin.THIRD_PARTY
    who = _feeds_content(s, src, tgt)
    if not who and not third_party and not lower_trust(s, src, tgt):
        return None
    if who:
        origin = describe_sources(s, who)
    else:
        origin = f"{src.name}, which is third-party code" if third_party else src.name
    return (
        f"{f.described}, carrying content from {origin}; instructions hidden in it are read "
        f"by {tgt.name} as if the operator gave them."
    )


@rule(
    "ai/malicious-tool",
    threat="malicious_tool",
    applies_to=on_element(Tool, ExternalService),
    placement=("element",),
)
def malicious_tool(view: ElementView) -> str | None:
    """An agent uses a tool, plugin or MCP server written or run by someone else.
    It can be malicious from the start (typosquatted, poisoned tool descriptions),
    or turn malicious in an update (rug pull), and it sees and shapes the agent's
    context. A pinned inventory (AI-BOM) and signed releases count on the tool."""
    e = view.element
    if isinstance(e, Tool):
        if e.origin is not ToolOrigin.THIRD_PARTY:
            return None
    else:
        assert isinstance(e, ExternalService)
        if e.provides is not ExternalCategory.TOOL_SERVER:
            return None
        near = (*view.predecessors, *view.successors)
        if not any(isinstance(n, (Agent, LLM)) for n in near):
            return None
    return (
        f"{view.described} is third-party tool code the agent trusts; a poisoned release or "
        "tool description can act inside the agent's context."
    )


# ---------------------------------------------------------------------------- F10


def _memory_flow(f: FlowView) -> bool:
    src, tgt = f.source, f.target
    return (isinstance(tgt, VectorStore) and tgt.memory) or (isinstance(src, Agent) and src.memory)


@rule(
    "ai/agent-memory-poisoning",
    threat="agent_memory_poisoning",
    applies_to=on_flow(Agent, VectorStore),
    placement=("flow", "source", "target"),
)
def agent_memory_poisoning(f: FlowView) -> str | None:
    """An agent writes to its long-term memory while untrusted content reaches it.
    A planted "memory" (a fake preference, a standing instruction) persists and
    steers later sessions, long after the original input is gone. Memory
    hardening on the store and segregating untrusted input in the agent count."""
    if not _memory_flow(f):
        return None
    s = f.system
    who = _steerable(s, f.source)
    if not who:
        return None
    return (
        f"{f.source.name} writes to {f.target.name} while reading content from "
        f"{describe_sources(s, who)}; a planted memory steers later sessions."
    )


@rule(
    "ai/agent-built-in-memory-poisoning",
    threat="agent_memory_poisoning",
    title="Agent long-term memory poisoning",
    applies_to=on_element(Agent),
    placement=("element",),
)
def agent_built_in_memory_poisoning(view: ElementView) -> str | None:
    """An agent is declared to keep long-term memory, its memory store is not
    modelled, and untrusted content reaches it. A planted memory persists and
    steers later sessions. When the store is modelled, ai/agent-memory-poisoning
    covers the write instead."""
    agent = view.element
    assert isinstance(agent, Agent)
    if not agent.memory or any(isinstance(e, VectorStore) for e in view.successors):
        return None
    s = view.system
    who = _steerable(s, agent)
    if not who:
        return None
    return (
        f"{view.described} keeps long-term memory and reads content from "
        f"{describe_sources(s, who)}; a planted memory steers later sessions."
    )


@rule(
    "ai/shared-agent-memory",
    threat="multi_tenant_leakage",
    applies_to=on_flow(Agent, VectorStore),
    placement=("flow", "source", "target"),
)
def shared_agent_memory(f: FlowView) -> str | None:
    """An agent that serves several people, or the public, keeps one long-term
    memory. Without per-user isolation, what one user told it comes back in
    another user's session. Isolation and memory hardening count on the store,
    the agent or the flow."""
    if not _memory_flow(f):
        return None
    s = f.system
    users = actors_reaching(s, f.source)
    public = public_actors_reaching(s, f.source)
    if len(users) < 2 and not public:
        return None
    return (
        f"{f.source.name} serves {names(users)} and writes to one memory, {f.target.name}; "
        "what one user shares can surface in another user's session."
    )


# ---------------------------------------------------------------------------- agent element rules


def _secrets_within_reach(s: System, agent: Element) -> list[Element]:
    """Where secrets sit within one tool hop of the agent: the stores that hold them if
    any are modelled, otherwise the components whose flows carry them."""
    holders: list[Element] = []
    seen: set[str] = set()
    for e in (agent, *s.successors(agent)):
        for x in (e, *(s.successors(e) if isinstance(e, Tool) else ())):
            if x.id in seen:
                continue
            seen.add(x.id)
            if any(d.sensitivity is Sensitivity.SECRET for d in s.data_of(x)):
                holders.append(x)
    stores: list[Element] = [h for h in holders if isinstance(h, DataStore)]
    return stores or holders


@rule(
    "ai/agent-privilege-abuse",
    threat="agent_privilege_abuse",
    applies_to=on_element(Agent),
    placement=("element", "outbound"),
)
def agent_privilege_abuse(view: ElementView) -> Match | None:
    """An agent that can be steered holds, or can reach through its tools,
    credentials or rights beyond its task: secrets within one tool hop, or
    components in a more trusted zone than its own. Whoever steers it borrows
    those privileges (a confused deputy). Least-privilege tools and a secret store
    count on the agent, its tools and the flows between them."""
    agent = view.element
    s = view.system
    if not (_steerable(s, agent) or _autonomous(agent)):
        return None
    secrets = _secrets_within_reach(s, agent)
    higher = [e for e in view.successors if s.trust_of(e) > view.trust and _acts(e)]
    if not secrets and not higher:
        return None
    parts = []
    if secrets:
        parts.append(f"secrets in {names(secrets)}")
    if higher:
        parts.append(f"more trusted {names(higher)}")
    sites = (view.id, *(f.id for f in s.outflows(agent)), *(e.id for e in view.successors))
    return Match(
        f"{view.described} can be steered and can reach {' and '.join(parts)}; whoever "
        "steers it borrows those privileges.",
        control_sites=sites,
    )


@rule(
    "ai/rogue-agent",
    threat="rogue_agent",
    applies_to=on_element(Agent),
    placement=("element",),
)
def rogue_agent(view: ElementView) -> str | None:
    """An autonomous agent acts on the world (consequential tools, writes, API
    calls) with no person approving each step. If it is compromised or drifts
    out of its role, nothing notices until the damage is done. An inventory of
    deployed agents and behaviour monitoring count on the agent."""
    agent = view.element
    if not _autonomous(agent):
        return None
    acts = [e for e in view.successors if _acts(e)]
    if not acts:
        return None
    return (
        f"{view.described} acts on its own through {names(acts)}; if it is compromised or "
        "drifts out of its role, only monitoring would notice."
    )


def _config_sources(view: ElementView) -> list[Element]:
    return [
        p
        for p in view.predecessors
        if isinstance(p, ModelRegistry)
        or is_stage(p, {Stage.DEPLOYMENT})
        or (
            isinstance(p, ExternalService)
            and p.provides in (ExternalCategory.TOOL_SERVER, ExternalCategory.PACKAGE_REGISTRY)
        )
    ]


@rule(
    "ai/agent-config-tampering",
    threat="agent_config_tampering",
    applies_to=on_element(Agent),
    placement=("element", "inbound"),
)
def agent_config_tampering(view: ElementView) -> Match | None:
    """An agent receives its prompts, policies or tool definitions from a registry,
    a deployment pipeline, a package registry or a tool server. Whoever can change
    them there changes what the agent does, without touching its code. Signed,
    reviewed configuration and access control count on the agent, those sources
    and the flows between them."""
    sources = _config_sources(view)
    if not sources:
        return None
    s = view.system
    flows = [f.id for f in s.inflows(view.element) if f.source in {x.id for x in sources}]
    return Match(
        f"{view.described} takes its configuration or tool definitions from "
        f"{names(sources)}; a change there changes what the agent does.",
        control_sites=(view.id, *flows, *(x.id for x in sources)),
    )


# ---------------------------------------------------------------------------- F17


@rule(
    "ai/inter-agent-spoofing",
    threat="insecure_inter_agent_comm",
    applies_to=on_flow(Agent, Agent),
    placement=("flow", "source", "target"),
)
def inter_agent_spoofing(f: FlowView) -> str | None:
    """One agent sends tasks or results to another across a trust boundary, or to an
    agent that untrusted content reaches. Unless each message is authenticated and
    integrity-protected, a forged or replayed message is obeyed as if the peer
    sent it. Mutual authentication and message integrity count on the flow or
    either agent."""
    if not (f.crosses or runtime_exposed(f.system, f.target)):
        return None
    return (
        f"{f.described}; a forged or replayed message would be obeyed as if {f.source.name} "
        "sent it."
    )


@rule(
    "ai/agent-goal-hijack",
    threat="agent_goal_hijack",
    applies_to=on_flow(Agent, Agent),
    placement=("flow", "target"),
)
def agent_goal_hijack(f: FlowView) -> str | None:
    """An agent that reads untrusted content delegates to, or reports to, another
    agent. Injected goals travel with the message, and the receiving agent treats
    its peer's words as instructions. Segregating peer messages as data and human
    approval count on the flow or the receiving agent."""
    s = f.system
    who = influencers(s, f.source, avoid=(f.target.id,))
    if not who:
        return None
    return (
        f"{f.described}; goals injected into {f.source.name} by {describe_sources(s, who)} "
        f"travel on to {f.target.name} as instructions."
    )


@rule(
    "ai/cascading-agent-failure",
    threat="cascading_failures",
    applies_to=on_flow(Agent, Agent),
    placement=("flow", "target"),
)
def cascading_agent_failure(f: FlowView) -> str | None:
    """One agent's output becomes another agent's input, and the receiver acts on
    the world or passes work on. A wrong answer, a loop or an injected task in
    the first spreads and multiplies downstream. Circuit breakers (step limits,
    kill switches) and output checks count on the flow or the receiving agent."""
    tgt = f.target
    s = f.system
    onward = [
        e for e in s.successors(tgt) if _acts(e) or (isinstance(e, Agent) and e.id != f.source.id)
    ]
    if not onward:
        return None
    return (
        f"{f.described}, which acts on {names(onward)}; an error or loop in "
        f"{f.source.name} spreads and multiplies."
    )


# ---------------------------------------------------------------------------- F18


@rule(
    "ai/human-trust-exploitation",
    threat="human_trust_exploitation",
    applies_to=on_flow(Agent, Actor),
    placement=("flow", "source", "target"),
)
def human_trust_exploitation(f: FlowView) -> str | None:
    """An agent that acts on the world, or that untrusted content reaches, reports to
    a person or asks them to approve its steps. Persuasive, confident summaries and
    streams of approval requests get rubber-stamped, and a manipulated agent can
    talk its approver into harm. Meaningful human review and user training count
    on the flow, the agent or the person."""
    actor = f.target
    assert isinstance(actor, Actor)
    if not actor.human:
        return None
    s = f.system
    acts = [e for e in s.successors(f.source) if _acts(e)]
    if not acts and not _steerable(s, f.source):
        return None
    return (
        f"{f.source.name} reports to {actor.name} and asks for decisions; persuasive or "
        "manipulated summaries and routine approval requests get rubber-stamped."
    )
