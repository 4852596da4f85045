"""LLMs and agents: who can instruct them, what they can do, and where their words go.

Each threat is raised once, where the fix goes:

- prompt injection where untrusted text is *interpreted* (the LLM, or the agent that
  drives one), listing every way in: people prompting it (direct) or content others
  wrote reaching its context through stores, tools, documents and services (indirect);
- an agent's instructions (rules files, skills, system-prompt files, configuration)
  where they are kept, when outsiders or the agent's own tools can write them;
- what a steered agent can do, once per agent, with every consequential tool listed;
  code execution once per tool that runs it (the sandbox goes there);
- data leaving: once per LLM or agent that sees sensitive data and has a way out;
- an LLM's output once where it is consumed (a store, a service that acts on it);
- answers people act on; prompts sent to another company's model; its API keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from types import MappingProxyType

import attrs

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Boundary,
    Data,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.filters import holds_any_control, only_scoped_approvals
from threatgraph.findings import Target
from threatgraph.graph import Facts, Source, is_credential
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    APPROVED_STEPS,
    CONSEQUENTIAL,
    REFERENCE_DATA,
    RELAYS,
    Answer,
    Grouped,
    acts_through_others,
    answer_along,
    approvals,
    approver_only,
    asks_owner_proof,
    carried_along,
    carries_on,
    declared_at,
    direct_sources,
    embeds_only,
    grouped,
    indirect_sources,
    is_desktop,
    is_model_api,
    is_prompting,
    job_start,
    level,
    llm_sources,
    llms_of,
    names,
    only_payment_tokens,
    only_sign_in_verifiers,
    passes_on,
    path_targets,
    reasoner_of,
    relays_readings,
    route_sites,
    sensitive_level,
    serves_own_only,
    source_names,
    subject,
    through_a_label,
)
from threatgraph.rules.ai.supply_chain import exposed_credentials
from threatgraph.rules.views import ElementView
from threatgraph.system import System
from threatgraph.vocab import (
    APPROVED_AUTONOMIES,
    Autonomy,
    Capability,
    DataKind,
    ExternalCategory,
    Origin,
    RiskProfile,
    Sensitivity,
    Task,
    ToolOrigin,
    Trust,
)

_READERS = (LLM, Agent)


def _is_root(view: ElementView) -> bool:
    """An LLM driven by an agent is interpreted through that agent: the agent is where
    untrusted text is read and where the fix goes; the LLM appears among the places."""
    e = view.element
    if isinstance(e, Agent):
        return True
    return reasoner_of(view.g, e) is None


def _reached_via_agent(view: ElementView) -> list[Element]:
    e = view.element
    return llms_of(view.g, e) if isinstance(e, Agent) else []


def _with_llms(
    view: ElementView, find: Callable[[Facts, Element], list[Source]]
) -> tuple[list[Source], list[Element]]:
    """Sources ``find`` gives for the reader and, for an agent, for the LLMs it drives
    (routes that pass through the agent itself are the agent's own), and those LLMs."""
    e = view.element
    g = view.g
    srcs = list(find(g, e))
    llms = _reached_via_agent(view)
    for llm in llms:
        have = {y.element.id for y in srcs}
        srcs += [x for x in llm_sources(g, e, llm, find(g, llm)) if x.element.id not in have]
    return srcs, llms


def _only_logs(f: Flow) -> bool:
    """A flow that declares it carries logs and nothing else."""
    return bool(f.data) and all(d.kind is DataKind.LOGS for d in f.data)


def _consequential_tools(g: Facts, agent: Element) -> list[Element]:
    """What an agent (or an LLM with function calling) changes things through: tools with
    effects beyond reading and, for agents, outside services, stores and services it
    calls. Whoever called the agent (the other leg of the call) is not a tool."""
    callers = {f.source for f in g.system._in[agent.id]}
    out: list[Element] = []
    for f in g.system._out[agent.id]:
        t = g.by_id[f.target]
        if isinstance(t, Tool):
            if t.capabilities & CONSEQUENTIAL:
                out.append(t)
            continue
        if not isinstance(agent, Agent) or t.id in callers or g.on_user_device(t):
            continue
        if (
            (
                isinstance(t, ExternalService)
                and t.provides
                not in (
                    ExternalCategory.MODEL_API,
                    ExternalCategory.MODEL_HUB,
                    ExternalCategory.IDENTITY_PROVIDER,
                )
            )
            or (
                isinstance(t, DataStore)
                and not isinstance(t, VectorStore)
                # a store it only writes its logs into is a sink, not something it acts on
                and not _only_logs(f)
            )
            or (
                isinstance(t, (Service, Endpoint))
                and not any(isinstance(g.by_id[x.target], Actor) for x in g.system._out[t.id])
            )
        ):
            out.append(t)
    return list(dict.fromkeys(out))


def _severe(tools: list[Element]) -> bool:
    """Tools whose misuse is severe: money movement, code execution, deletion."""
    return any(
        isinstance(t, Tool)
        and t.capabilities & {Capability.MONEY_MOVEMENT, Capability.EXECUTE_CODE, Capability.DELETE}
        for t in tools
    )


def _context_level(g: Facts, reader: Element) -> Sensitivity | None:
    """The most sensitive data that reaches a reader's context: from stores, tools and
    sources feeding it (two hops), and from prompts it receives. Past the first hop,
    only along flows that carry on what came (``carries_on``): the token a keychain
    gives an IDE plugin that sends the agent only the task never reaches the agent.
    What the stores and sources its tools read hold counts too; a service a tool calls
    answers only with what it sends back (a payment provider returns a link, not the
    card details a customer typed into its page)."""
    return g.memo("prompts.context-level", reader, lambda: _context_level_now(g, reader))


def _context_level_now(g: Facts, reader: Element) -> Sensitivity | None:
    s = g.system
    best: Sensitivity | None = None
    seen = {reader.id}
    # each component reached, with its flows on towards the reader: what came into it
    # reaches the reader only along a flow that carries it on (a plugin that sends the
    # agent the task, not the token the keychain gave it, brings it no secret)
    frontier: dict[str, list[Flow]] = {reader.id: []}
    for hop in range(3):
        nxt: dict[str, list[Flow]] = {}
        for node, outs in frontier.items():
            for f in s._in[node]:
                if f.source in seen or (outs and not any(carries_on(s, f, o) for o in outs)):
                    continue
                seen.add(f.source)
                for d in _passed_towards(s, f, outs):
                    if hop and d.kind is DataKind.CREDENTIALS:
                        continue  # what a caller signs in to a relay with stays there
                    if best is None or d.sensitivity > best:
                        best = d.sensitivity
                src = g.by_id[f.source]
                lv = _held_level(s, src) if isinstance(src, (DataStore, DataSource)) else None
                if lv is not None and (best is None or lv > best):
                    best = lv
                if isinstance(src, (DataStore, Tool, Service, Endpoint, Pipeline, ModelRegistry)):
                    nxt.setdefault(f.source, []).append(f)
        frontier = nxt
    for t in s.successors(reader):  # tools it can read through
        if isinstance(t, Tool):
            for x in s.successors(t):
                if not isinstance(x, (DataStore, DataSource)):
                    continue  # a service answers what it sends back (counted above)
                lv = _held_level(s, x)
                if lv is not None and (best is None or lv > best):
                    best = lv
    return best


def _passed_towards(s: System, f: Flow, outs: list[Flow]) -> tuple[Data, ...]:
    """What of ``f``'s data its target hands on along ``outs`` towards the reader: all of
    it when ``outs`` is empty (``f`` reaches the reader itself), when one of them declares
    no data, or when the target makes some of what it sends there (it may be made of
    anything it gets); otherwise only the data it sends on as it came (a shop's intake
    service that passes the pricing service the item's photos and notes, and not the
    donor's Gift Aid reference the tablet also sent it)."""
    if not outs or any(not o.data for o in outs):
        return f.data
    received = s._received(f.target)
    onward = {d for o in outs for d in o.data}
    if any(d not in received for d in onward):
        return f.data
    return tuple(d for d in f.data if d in onward)


def _held_level(s: System, x: Element) -> Sensitivity | None:
    """How sensitive what a store or source holds is, its credentials aside (sign-in
    hashes kept beside judges' points): the credentials a reader can get at are
    :func:`_secret_holders`' question, which asks whether a read brings them."""
    held = x.stores if isinstance(x, DataStore) else x.provides if isinstance(x, DataSource) else ()
    if not held:
        return sensitive_level(s, x)
    rest = [d.sensitivity for d in held if not is_credential(d)]
    return max(rest, default=None)


def _humans_reading(g: Facts, reader: Element) -> list[Element]:
    """People who read the reader's output (directly or through up to two services)."""
    return _audience(g, reader)[0]


def _renderers(g: Facts, reader: Element) -> list[Element]:
    """Clients that show the reader's output to people (up to three hops)."""
    return _audience(g, reader)[1]


def _audience(g: Facts, reader: Element) -> tuple[list[Element], list[Element]]:
    """Who gets the reader's output, in one walk through request relays (services,
    endpoints, devices; three hops): the people who read it, and the relays that show
    it to someone."""
    return g.memo("prompts.audience", reader, lambda: _audience_now(g, reader))


def _draft_audience(g: Facts, reader: Element) -> tuple[list[Element], list[Element]]:
    """As :func:`_audience`, also where the reader's output is kept first: a draft
    saved in a store (directly, or through a tool that writes it there) that a review
    screen then shows (up to five hops through services, endpoints, devices, tools and
    stores, following the answer as it is passed on)."""
    return g.memo("prompts.draft-audience", reader, lambda: _audience_now(g, reader, 5))


_READ_ONLY = frozenset({Capability.READ})


def _audience_now(
    g: Facts, reader: Element, draft_hops: int = 0
) -> tuple[list[Element], list[Element]]:
    """The walk behind :func:`_audience`; with ``draft_hops``, :func:`_draft_audience`'s
    (stores and tools relay too, that many hops; not a tool that only reads, whose call
    is a lookup, not a draft it keeps)."""
    s = g.system
    humans: list[Element] = []
    clients: list[Element] = []
    seen = {reader.id}
    relays: tuple[type[Element], ...] = (Service, Endpoint, Device)
    hops = 4 if isinstance(reader, Model) and reader.high_stakes else 3
    if draft_hops:
        relays, hops = (*relays, DataStore, Tool), draft_hops
    # each relay with the answer as it got it
    frontier: list[tuple[str, Answer | None]] = [(reader.id, None)]
    for _ in range(hops):
        nxt: list[tuple[str, Answer | None]] = []
        for node, got in frontier:
            for f in s._out[node]:
                if f.target in seen:
                    continue
                onward = answer_along(g, reader, got, f)
                if onward is None:
                    continue  # a job status, a receipt, another model's output
                t = g.by_id[f.target]
                if isinstance(t, Tool) and t.capabilities == _READ_ONLY:
                    continue  # a lookup: what it asks for is no draft kept anywhere
                seen.add(f.target)
                if isinstance(t, Actor):
                    if t.human:
                        humans.append(t)
                elif isinstance(t, relays):
                    if not isinstance(t, (DataStore, Tool)) and any(
                        isinstance(g.by_id[y.target], Actor) and passes_on(y, onward)
                        for y in s._out[t.id]
                    ):
                        clients.append(t)
                    nxt.append((f.target, onward))
        frontier = nxt
    return humans, clients


# ---------------------------------------------------------------------------- direct


@rule(
    "ai/prompt-injection-direct",
    threat="prompt_injection_direct",
    title="Prompt injection and jailbreaks by those who prompt it",
    stride="TE",
    cia="I",
    applies_to=on_element(LLM, Agent),
    atlas=[
        "AML.T0051",
        "AML.T0051.000",
        "AML.T0054",
        "AML.T0068",
        "AML.T0069",
        "AML.T0056",
        "AML.T0012",
    ],
    owasp=["LLM01:2025", "LLM07:2025", "ASI01:2026"],
    cwe=["CWE-1427"],
    mitigations=[c.Guardrails, c.InputValidation, c.RedTeaming],
    supporting=[c.ModelAlignment, c.OutputFiltering, c.RateLimiting],
    likelihood="possible",
    impact="minor",
    placement=("element", "inbound"),
    adaptive=True,
)
def prompt_injection_direct(view: ElementView) -> Match | None:
    """People or clients outside the system's trust zone prompt the LLM or agent
    themselves. Their prompts can override its instructions, talk it out of its safety
    behaviour (jailbreaks, obfuscated or role-play prompts) and coax out its system
    prompt. Raised once per LLM or agent that interprets those prompts (an LLM driven by
    an agent counts through the agent), with every entry listed. What a hijacked model
    can then *do* is raised separately (tool misuse, exfiltration). Where it acts
    through consequential tools or sees confidential data, guardrails and input
    validation only lower it (jailbreaks are written to pass them), testing its
    defences with attacks (red teaming) answers it, and outsiders who can prompt it
    make it one step more likely: whoever can type will try. Elsewhere a filter
    answers it. People declared privileged (the owner or an administrator, from
    wherever they sign in) run the system: they are no one to jailbreak it, and a
    taken-over account of theirs is the sign-in findings' part. People whose only input
    is feedback, decisions or labels (an editor ruling on flagged claims) ask it
    nothing; what they write reaches it, if at all, as content."""
    if embeds_only(view.element):
        return None  # an embedding model follows no instructions and writes no text
    e = view.element
    if not _is_root(view):
        return None
    g = view.g
    srcs, llms = _with_llms(view, direct_sources)
    # the people who run the system (its privileged owner or administrator, signing in
    # from wherever they are) are no one to jailbreak it: a taken-over account of
    # theirs is the sign-in findings' part
    srcs = [x for x in srcs if not _runs_it(x.element)]
    if not srcs:
        return None
    tools = _consequential_tools(g, e)
    ctx = _context_level(g, e)
    impact = 0
    stakes = []
    if tools:
        impact += 1
        stakes.append(f"acts through {names(tools)}")
    if ctx is not None and ctx >= Sensitivity.CONFIDENTIAL:
        stakes.append(f"sees {level(ctx)} data")
    atlas = ["AML.T0051", "AML.T0051.000", "AML.T0054", "AML.T0068", "AML.T0069", "AML.T0056"]
    if any(_authenticated(g, src) for src in srcs):
        atlas.append("AML.T0012")
    more = f"; it {' and '.join(stakes)}" if stakes else ""
    owasp = ["LLM01:2025", "LLM07:2025"] + (["ASI01:2026"] if isinstance(e, Agent) else [])
    return Match(
        f"{source_names(g, srcs)} can prompt {view.described}; prompts can override its "
        f"instructions, get around its safety behaviour and reveal its system prompt{more}.",
        affected=(*path_targets(g, srcs), *(x.id for x in llms)),
        atlas=tuple(atlas),
        owasp=tuple(owasp),
        impact_delta=min(impact, 1),
        # where it acts or sees what matters, anyone outside who can type will try
        likelihood_delta=1 if stakes and any(g.untrusted(x.element) for x in srcs) else 0,
        control_sites=route_sites(g, e, srcs, *llms),
        # where a hijacked prompt acts or reads what matters, filters only lower it:
        # jailbreaks are written to pass them, so testing the model's defences with
        # attacks (red teaming) is what answers it
        reduces_only=(c.Guardrails, c.InputValidation) if stakes else (),
    )


def _runs_it(e: Element) -> bool:
    """A person declared privileged: one of those who run the system."""
    return isinstance(e, Actor) and e.human and e.privileged


def _near_untrusted(g: Facts, e: Element) -> bool:
    """Within one hop of something untrusted (the scorer adds a likelihood step there)."""
    hops = g.exposure(e)
    return hops is not None and hops <= 1


def _authenticated(g: Facts, src: Source) -> bool:
    flows = g.flows_between(src.path)
    return any(g.system.flow(f).has(c.Authentication) for f in flows) or any(
        g.by_id[i].has(c.Authentication) for i in src.path[1:]
    )


# ---------------------------------------------------------------------------- indirect


def _via(g: Facts, src: Source, kinds: tuple[type[Element], ...]) -> bool:
    return any(isinstance(g.by_id[i], kinds) for i in src.path[:-1])


def _injection_techniques(
    view: ElementView, srcs: list[Source], llms: list[Element], humans: list[Element]
) -> tuple[str, ...]:
    """The ATLAS techniques an injection along these routes would use."""
    e = view.element
    g = view.g
    s = view.system
    atlas = ["AML.T0051", "AML.T0051.001", "AML.T0068", "AML.T0069", "AML.T0054"]
    if any(_via(g, x, (VectorStore,)) for x in srcs):
        atlas += ["AML.T0070", "AML.T0071"]
    if any(isinstance(x.element, Actor) and len(x.path) > 2 for x in srcs):
        atlas.append("AML.T0093")  # the public writes into something the AI reads later
    if any(
        isinstance(x.element, DataSource) and x.element.origin is Origin.PUBLIC_WEB for x in srcs
    ):
        atlas.append("AML.T0078")
    if any(_via(g, x, (DataStore,)) for x in srcs):
        atlas.append("AML.T0094")
    if any(_via(g, x, (Tool,)) for x in srcs) and isinstance(e, Agent):
        atlas.append("AML.T0053")
    if humans:
        atlas.append("AML.T0052.000")
        if any(_via(g, x, (DataStore, Tool)) for x in srcs):
            atlas += ["AML.T0067", "AML.T0067.000"]
    if any(isinstance(x.element, Actor) and _authenticated(g, x) for x in srcs):
        atlas.append("AML.T0012")
    if _copies_itself(g, e, llms, srcs):
        atlas.append("AML.T0061")
    if direct_sources(g, e) or any(direct_sources(g, x) for x in llms):
        atlas.append("AML.T0074")  # injected text can pose as the user's own messages
    elif "AML.T0078" in atlas and any(isinstance(p, Actor) and p.human for p in s.predecessors(e)):
        # a person tells it which pages to read: a look-alike site they are led to
        # hand it passes as the real resource
        atlas.append("AML.T0074")
    if any(
        isinstance(g.by_id[i], Tool)
        and any(isinstance(y, DataStore) for y in s.predecessors(g.by_id[i]))
        for x in srcs
        for i in x.path[1:-1]
    ):
        atlas.append("AML.T0085.001")
    return tuple(dict.fromkeys(atlas))


@rule(
    "ai/indirect-prompt-injection",
    threat="prompt_injection_indirect",
    title="Indirect prompt injection through content others wrote",
    stride="TE",
    applies_to=on_element(LLM, Agent),
    atlas=[
        "AML.T0051",
        "AML.T0051.001",
        "AML.T0068",
        "AML.T0069",
        "AML.T0054",
        "AML.T0070",
        "AML.T0071",
        "AML.T0093",
        "AML.T0078",
        "AML.T0094",
        "AML.T0053",
        "AML.T0052.000",
        "AML.T0067",
        "AML.T0067.000",
        "AML.T0012",
        "AML.T0080",
        "AML.T0061",
        "AML.T0074",
        "AML.T0085.001",
    ],
    owasp=["LLM01:2025", "LLM08:2025", "ASI01:2026", "ASI06:2026"],
    cwe=["CWE-1427", "CWE-349"],
    mitigations=[c.UntrustedInputSegregation],
    supporting=[c.Guardrails, c.InputValidation, c.HumanInTheLoop, c.OutputFiltering],
    likelihood="possible",
    impact="moderate",
    placement=("element", "inbound"),
    adaptive=True,
)
def indirect_prompt_injection(view: ElementView) -> Match | None:
    """Text that outsiders wrote reaches the LLM's or agent's context: web pages it
    fetches, e-mails, tickets, shared documents, retrieved chunks, tool results, an
    outside service's response, code a contributor sent (a pull request's diff,
    followed as the same code data from the repository to CI and on). Instructions hidden in that text are read as if the
    operator gave them. Raised once per LLM or agent that reads such content, with every
    entry path listed (not the person named as its approver who asks it nothing: their
    approvals are no text written to steer it; nor a path through an outside service
    that answers with data of its own, none of it text or a recording, such as the
    checkout link a payment provider returns after a customer typed card details into
    its hosted page; nor the readings, events or measurements a device named for
    measuring sends (a river gauge, a minibar sensor; any device nobody writes through,
    when they are named as readings), also relayed as they came by another company's
    platform, nor another company's data named as readings (meter reads, a rainfall
    forecast): no words in them, and forged readings are a finding of their own; nor a
    path through a model other than a language model that answers with a label, a score,
    a ranking or boxes (a species classifier reading a swarm photo), or a component
    sending on only such a model's answer (a regressor's demand forecast): hidden
    instructions do not come out of it); separating untrusted content from instructions
    answers it, and guardrails (injection classifiers, filters) only lower it, since
    hidden instructions are written to pass them; both count on the reader and the flows
    into it. A person's approval lowers it too, but not when every approval waits
    only on steps above a threshold and a tool pays out below it: the approval is then
    not counted, and the finding is scored as if none were declared, since a claimant's
    text steers the payments nobody approves. A person declared privileged who signs in
    from outside (a club secretary at home) and writes only the reference it follows
    (the handbook, the rules and FAQ) is not an outsider: they run it, and what they
    write is what it is told. When no outsider's text reaches it but people
    inside the organisation are declared to write what it reads (policies, wiki pages,
    case notes kept in a store, a pipeline or a data source: documents, knowledge
    articles or logs, not the records they enter, such as an approval, a decision or a
    ledger adjustment), their text is the way in, for one of them or whoever takes over
    their account: the finding names them, one step less likely (not when the reader
    moves money, runs code or deletes: a colleague has reasons to steer that), not
    people declared privileged (they run it: an owner's FAQ), nor colleagues who write
    only the reference it is built to follow (a lead vet's triage guidance, pricing
    rules: what they write is what it is told) unless it moves money, runs code or
    deletes, nor when each such
    colleague reads its answers too (a doctor's notes in a draft they sign); the last
    hop must carry on what reached it (a submission tool that reads the approved notice
    and hands the agent only the receipt the newspaper's portal sent it passes on none
    of the director's text). Before colleagues, when no outsider's text is drawn, what
    another company fills is the way in, along hops that carry it on: a partner's or
    vendor's data source, an outside data provider's answers (study reports, a
    carrier's tracking events, a card processor's transaction fields), or documents
    people at another company send (a counterparty's uploads, in a partner
    boundary; they are not colleagues), for that company's staff or whoever gets into
    its systems, or whoever shapes what it relays: the finding names them, as likely as
    an outsider's text. An agent that gets outsiders' text only second hand, from
    another agent or LLM that read it first, and that neither acts through a
    consequential tool nor answers people, is left to the findings on the agents that
    read it first and on those whose steering does harm (a planner between a
    web-research agent and a code agent). Nor is it raised when the only people whose
    content it reads are the only ones its answers reach, what they send is their own
    (facts, photos, records; not documents someone else may have written) and it acts
    through no tool, or only through tools that call out with those people's own session
    token: they would steer it for themselves alone, within what their own account
    allows. Nor when everyone whose content reaches it also prompts it, in the same
    conversation (through request relays, a messaging channel and tools, no store), and
    what they send is their own (a passenger's WhatsApp messages, a transfer confirmation
    the paying tool hands back): the direct finding names them; nor, likewise, through
    a store and a tool when its answers reach only those people and no tool of its
    moves money (a parent's rider notes read back by the agent that parent talks to)."""
    e = view.element
    if embeds_only(e) or not _is_root(view):
        return None  # an embedding model follows no instructions and writes no text
    g = view.g
    srcs, llms, insiders, partners = _way_in(view)
    if not srcs:
        return None
    humans = _humans_reading(g, e) or [h for llm in llms for h in _humans_reading(g, llm)]
    tools = _consequential_tools(g, e)
    if not insiders and not tools and not humans and _second_hand(g, e, llms, srcs):
        return None
    people = humans or _behind_own_devices(g, (e, *llms))
    if people and _steers_itself(g, srcs, people) and all(_acts_as_caller(g, t) for t in tools):
        return None
    if _their_own_text(view, llms, srcs, insiders=insiders, partners=partners):
        return None
    atlas, owasp = _injection_tags(view, srcs, llms, humans, insiders=insiders)
    more = _injection_stakes(g, e, tools, humans)
    severe = _severe(tools)
    near = min(x.hops for x in srcs)
    who = _injection_subject(g, srcs, partners=partners, insiders=insiders)
    sites = route_sites(g, e, srcs, *llms)
    return Match(
        f"{who} reaches {view.described}{_through_holders(g, srcs)}; "
        f"instructions hidden in it are read as if the operator gave them{more}.",
        affected=(*path_targets(g, srcs), *(x.id for x in llms)),
        atlas=atlas,
        owasp=owasp,
        impact_delta=1 if severe else 0,
        control_sites=sites,
        likelihood_delta=_injection_odds(
            g, e, partners=partners, insiders=insiders, severe=severe, near=near
        ),
        uncounted=(c.HumanInTheLoop,)
        if not (partners or insiders) and _approved_only_above(g, sites, tools)
        else (),
    )


def _injection_tags(
    view: ElementView,
    srcs: list[Source],
    llms: list[Element],
    humans: list[Element],
    *,
    insiders: bool,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The indirect finding's ATLAS techniques and OWASP entries: no public-facing app
    when colleagues' text is the way in; the vector store entry when it comes through
    one; the agentic entry on an agent."""
    atlas = _injection_techniques(view, srcs, llms, humans)
    if insiders:
        atlas = tuple(x for x in atlas if x != "AML.T0093")  # not a public-facing app
    owasp = ["LLM01:2025"]
    if any(_via(view.g, x, (VectorStore,)) for x in srcs):
        owasp.append("LLM08:2025")
    if isinstance(view.element, Agent):
        owasp.append("ASI01:2026")
    return atlas, tuple(owasp)


def _injection_stakes(g: Facts, e: Element, tools: list[Element], humans: list[Element]) -> str:
    """``; it acts through…, it sees…, its answers reach…``: what hidden instructions
    could make it do, or nothing."""
    ctx = _context_level(g, e)
    stakes = []
    if tools:
        stakes.append(f"it acts through {names(tools)}")
    if ctx is not None and ctx >= Sensitivity.CONFIDENTIAL:
        stakes.append(f"it sees {level(ctx)} data")
    if humans:
        stakes.append(f"its answers reach {names(humans)}")
    return f"; {', '.join(stakes)}" if stakes else ""


def _through_holders(g: Facts, srcs: list[Source]) -> str:
    """`` through Claims store``: the stores, tools, pipelines and outside services the
    content passes on its way, or nothing."""
    via = sorted(
        {
            g.by_id[i].name
            for x in srcs
            for i in x.path[1:-1]
            if isinstance(g.by_id[i], (DataStore, Tool, Pipeline, ExternalService))
        }
    )
    return f" through {names(via)}" if via else ""


def _approved_only_above(g: Facts, sites: tuple[str, ...], tools: list[Element]) -> bool:
    """Every approval declared where the finding counts controls (``sites``) waits only
    on steps above a threshold (claims over GBP 50), and a tool moves money: the steps
    below it, which an agent steered by outsiders' text (a claimant's form and photos)
    takes unapproved, pay out. The approval is then no reason to rate the finding less
    likely: it is not counted, and the finding is scored as with no approval."""
    s = g.system
    gates = approvals(*(g.by_id[x] if x in g.by_id else s.flow(x) for x in sites))
    return (
        bool(gates)
        and all(x.above for x in gates)
        and any(isinstance(t, Tool) and Capability.MONEY_MOVEMENT in t.capabilities for t in tools)
    )


def _injection_odds(
    g: Facts, e: Element, *, partners: bool, insiders: bool, severe: bool, near: int
) -> int:
    """How close the content comes, not how close the model's own users are; a
    colleague's text is less likely to carry an attack than an outsider's, unless
    steering the agent moves money or runs code for them (an expense claim)."""
    if partners:
        return 0
    if insiders:
        return -1 if not severe else 0
    return -1 if (g.exposure(e) or 0) <= 1 and near > 1 else 0


def _prompters_own(view: ElementView, srcs: list[Source], others: bool) -> bool:
    """Everyone whose content reaches the reader also prompts it directly, and what
    they send on the other way is their own (their messages, photos, records; not
    documents someone else may have written): the direct finding on the reader already
    says they can steer it (a passenger's WhatsApp messages and bag photos). The other
    way runs through request relays, a messaging channel and tools only, in the same
    conversation (a customer's transfer confirmation, handed back by the tool that pays),
    unless :func:`_answers_only_authors` holds: then it may also run through a store (a
    parent's rider notes read back by the booking agent that parent talks to). Kept in a
    store, one person's entry may come back in another's session."""
    if others or not srcs:
        return False
    g = view.g
    direct = {x.element.id for x in _with_llms(view, direct_sources)[0]}
    hops: tuple[type[Element], ...] = (*RELAYS, ExternalService, Tool)
    if _answers_only_authors(g, view.element, srcs):
        hops = (*hops, DataStore)
    return all(
        x.element.id in direct and all(isinstance(g.by_id[i], hops) for i in x.path[1:-1])
        for x in srcs
    ) and not any(_sends_documents(g, x) for x in srcs)


def _answers_only_authors(g: Facts, reader: Element, srcs: list[Source]) -> bool:
    """The reader's answers reach only the people whose content it reads, and none of
    its tools moves money: what they keep in a store for it (a rider's notes, a
    customer's photos) steers it toward the same people the direct finding names. The
    design does not say whether one such person's entries come back in another's
    session (a shift rota built from every pharmacist's availability), so that case
    closes too; where a payout is at stake the finding stays."""
    audience = {h.id for h in _humans_reading(g, reader)}
    return (
        bool(audience)
        and audience <= {x.element.id for x in srcs}
        and not any(
            isinstance(t, Tool) and Capability.MONEY_MOVEMENT in t.capabilities
            for t in _consequential_tools(g, reader)
        )
    )


def _injection_subject(g: Facts, srcs: list[Source], *, partners: bool, insiders: bool) -> str:
    """Whose text the injection finding names: another company's data or people, the
    organisation's own people, or outsiders."""
    return (
        (
            f"What {'another company puts' if len(srcs) == 1 else 'other companies put'} in "
            f"{source_names(g, srcs)}"
            if not any(isinstance(x.element, Actor) for x in srcs)
            else f"What {source_names(g, srcs)}, at "
            f"{'another company, sends' if len(srcs) == 1 else 'other companies, send'}"
            if all(isinstance(x.element, Actor) for x in srcs)
            else f"What other companies put in or send from {source_names(g, srcs)}"
        )
        if partners
        else f"What {source_names(g, srcs)}, inside the organisation, "
        f"{'writes' if len(srcs) == 1 else 'write'}"
        if insiders
        else f"Content from {source_names(g, srcs)}"
    )


def _behind_own_devices(g: Facts, readers: tuple[Element, ...]) -> list[Element]:
    """The people an app on their own device shows the readers' answers to, one step
    past the walk that finds readers: their own screen, not another relay."""
    s = g.system
    return list(
        {
            y.target: g.by_id[y.target]
            for r in readers
            for client in _renderers(g, r)
            if g.on_user_device(client)
            for y in s._out[client.id]
            if isinstance(a := g.by_id[y.target], Actor) and a.human
        }.values()
    )


def _steers_itself(g: Facts, srcs: list[Source], humans: list[Element]) -> bool:
    """The only people whose content it reads are the only ones its answers reach, and
    what they send is their own (facts, photos, records), not documents someone else
    may have written (a counterparty's contract a lawyer uploads): they would steer it
    for themselves alone (an agent's own listing, written up for that agent). The app
    and models on their own device, beside them, write for them too."""
    people = {h.id for h in humans}
    authors = {x.element.id for x in srcs}
    if not people <= authors:
        return False
    places = {g.system.boundary_of(h) for h in humans} - {None}
    if any(
        a not in people and not (g.on_user_device(a) and g.system.boundary_of(a) in places)
        for a in authors
    ):
        return False
    return not any(_sends_documents(g, x) for x in srcs)


def _sends_documents(g: Facts, src: Source) -> bool:
    """Documents travel on the source's way in: someone else's text, perhaps, whoever
    uploads them."""
    return any(DataKind.DOCUMENTS in g.carried(f).kinds for f in g.flows_between(src.path))


def _way_in(view: ElementView) -> tuple[list[Source], list[Element], bool, bool]:
    """Whose text reaches the reader (and through which of its LLMs): outsiders'; when
    none, what another company fills (a partner's reports, a carrier's tracking
    events); when none, what colleagues write (policies, wiki pages, case notes), for
    one of them or whoever holds their account. With whether the text is not an
    outsider's, and whether it is another company's."""
    srcs, llms = _with_llms(view, indirect_sources)
    # the person named as the reader's approver, who asks it nothing, signs off what it
    # proposes: their approvals are no text written to steer it; a privileged person
    # signing in from outside who writes only its reference (a committee's rules and FAQ)
    # runs it, and what they write is what it is told
    g = view.g
    srcs = [
        x
        for x in srcs
        if not approver_only(g, view.element, x.element.id)
        and not (_runs_it(x.element) and _writes_its_reference(g, x))
    ]
    llms = llms if srcs else []
    if srcs:
        return srcs, llms, False, False
    srcs, llms = _with_llms(view, _partner_routes)
    if srcs:
        return srcs, llms, True, True
    return (*_with_llms(view, _insider_routes), True, False)


def _their_own_text(
    view: ElementView, llms: list[Element], srcs: list[Source], *, insiders: bool, partners: bool
) -> bool:
    """The text reaching the reader is its own prompters' (:func:`_prompters_own`), or
    its authors are colleagues who read its answers too (:func:`_authors_read_it`)."""
    return _prompters_own(view, srcs, insiders or partners) or (
        insiders and not partners and _authors_read_it(view.g, view.element, llms, srcs)
    )


def _authors_read_it(g: Facts, e: Element, llms: list[Element], srcs: list[Source]) -> bool:
    """Every colleague whose text reaches the reader also reads what it answers (a
    doctor whose notes become the discharge draft that doctor signs, an inspector whose
    notes become the report the inspector signs off): hidden instructions in their own
    text would be read back by them first."""
    readers = {
        h.id for x in (e, *llms) for h in (*_humans_reading(g, x), *_draft_audience(g, x)[0])
    }
    return all(x.element.id in readers for x in srcs)


def _at_partner(g: Facts, src: Source) -> bool:
    """The person is at another company: placed in a partner boundary."""
    return g.system.trust_of(src.element) is Trust.PARTNER


def _second_hand(g: Facts, e: Element, llms: list[Element], srcs: list[Source]) -> bool:
    """Every route of outsiders' text to the reader passes another LLM or agent first."""
    own = {e.id, *(x.id for x in llms)}
    return all(
        any(isinstance(g.by_id[i], (LLM, Agent)) and i not in own for i in x.path[1:-1])
        for x in srcs
    )


def _insider_routes(g: Facts, element: Element) -> list[Source]:
    """Colleagues whose documents, notes or logs reach ``element`` (people at another
    company, in a partner boundary, are :func:`_partner_routes`')."""
    severe = _severe(_consequential_tools(g, element))
    return [
        x
        for x in g.insider_routes(element)
        if not _at_partner(g, x)
        # the people who run it (an operations manager uploading the rule book) write
        # its sources as they may write its instructions: no one to inject into it
        and not _runs_it(x.element)
        and not (_writes_its_reference(g, x) and not severe)
        and not through_a_label(g, x)
        and carried_along(g.system, x.path[-3:])
    ]


def _writes_its_reference(g: Facts, src: Source) -> bool:
    """The colleague writes the reference the reader is built to follow (a lead vet's
    triage guidance, a clinical team's guidelines, a pricing lead's rules): every datum
    they send along the route is named as such. Their text is meant to steer it; what
    they write there is what it is told, not an injection into what it reads. Not when
    the reader moves money, runs code or deletes (a runbook agent acting in
    production): a colleague has reasons to steer that, and the finding stays."""
    a, b = src.path[:2]
    data = [d for f in g.system._out[a] if f.target == b for d in f.data]
    return bool(data) and all(REFERENCE_DATA.search(d.name) for d in data)


def _partner_routes(g: Facts, element: Element) -> list[Source]:
    """What another company fills, and what people at another company send (a
    counterparty's documents uploaded through a portal), nearest first; a route of a
    partner's data only where each hop carries it on (``carried_along``: not a reading
    API that sends the assessment service a child's recording, not the roster)."""
    found = [
        x
        for x in g.partner_routes(element)
        if not relays_readings(g, x)
        and not through_a_label(g, x)
        and carried_along(g.system, x.path)
    ] + [x for x in g.insider_routes(element) if _at_partner(g, x) and not through_a_label(g, x)]
    return sorted(found, key=lambda x: (x.hops, x.element.id))


def _copies_itself(g: Facts, reader: Element, llms: list[Element], srcs: list[Source]) -> bool:
    """The reader's output flows back to where its untrusted content comes from (a store
    on an entry route, or the outsiders who wrote it): an injected prompt can copy itself
    into the next message or the next retrieval."""
    origins = {
        i
        for x in srcs
        for i in x.path[:-1]
        if i == x.element.id or isinstance(g.by_id[i], (DataStore, DataSource, ExternalService))
    }
    origins -= {reader.id, *(x.id for x in llms)}
    if not origins:
        return False
    for speaker in (reader, *llms):
        for f in g.system._out[speaker.id]:
            if f.target in origins or not origins.isdisjoint(g.downstream_within(f.target)):
                return True
    return False


# ---------------------------------------------------------------------------- instructions


@rule(
    "ai/agent-instructions-tampering",
    threat="agent_config_tampering",
    title="Agent instructions that others can rewrite",
    stride="TE",
    applies_to=on_element(DataStore, DataSource, Tool, ExternalService, Service),
    atlas=["AML.T0081", "AML.T0051", "AML.T0051.000", "AML.T0068", "AML.T0080", "AML.T0010.001"],
    owasp=["LLM01:2025", "ASI01:2026", "ASI06:2026"],
    cwe=["CWE-15", "CWE-1427"],
    mitigations=[c.SignedModels, c.RBAC],
    supporting=[c.AuditLogging, c.HumanInTheLoop, c.ImmutableArtifacts],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
    specificity=1,
)
def agent_instructions_tampering(view: ElementView) -> Match | None:
    """An LLM or agent loads its own instructions (system prompts, rules files, skills,
    context or configuration files) from a place that outsiders, shared sources or the
    agent's own tools can write. Whoever writes there instructs the agent at every
    session, with the operator's authority, and a hijacked agent can make that
    permanent. Raised where the instructions are kept; integrity (signing, read-only
    storage) and access control count there. A service that builds the prompt keeps
    only the instructions brought to it: transcripts and model replies it takes in are
    its input (the injection findings' concern), not a rewrite of its instructions.
    Staff of ours who write there, and a console that writes on only what staff type
    into it (a game master's takeover, a dispatcher's decision, a marketing team's
    templates), are the operator's own channel, even when outsiders' content reaches
    them to read: what they write is the operator's instruction."""
    e = view.element
    g = view.g
    s = view.system
    readers = [
        f
        for f in s._out[e.id]
        if isinstance(g.by_id[f.target], (Agent, LLM))
        and g.carried(f).declared(DataKind.INSTRUCTIONS)
    ]
    if not readers:
        return None
    writers: list[str] = []
    why: list[str] = []
    if g.untrusted(e) or (isinstance(e, DataSource) and e.origin.external):
        why.append(f"{e.name} is outside the organisation")
    if isinstance(e, ExternalService) or (
        isinstance(e, Tool) and e.origin is ToolOrigin.THIRD_PARTY
    ):
        why.append(f"{e.name} is someone else's")
    # what flows into a service that builds the prompt is its input, not its
    # instructions: only a flow that brings instructions (or code) changes what it
    # tells the model (a tool in front of a store keeps what is written through it)
    # a first-party tool likewise: its descriptions come from its own code, and what the
    # agent sends through it (a draft, an invitation) or a store sends back is data
    keeps = not isinstance(e, Service) and not (
        isinstance(e, Tool) and e.origin is ToolOrigin.FIRST_PARTY
    )
    for f in s._in[e.id]:
        src = g.by_id[f.source]
        if not keeps and not g.carried(f).kinds & {DataKind.INSTRUCTIONS, DataKind.CODE}:
            continue
        if (
            g.untrusted(src)
            or isinstance(src, (Tool, Agent))
            or (g.sources(src) and not _staff_channel(g, src, f))
        ):
            writers.append(f.id)
    if writers:
        why.append(f"{subject({s.flow(w).source for w in writers}, 'writes', 'write', s)} to it")
    if not why:
        return None
    atlas = ["AML.T0081", "AML.T0051", "AML.T0051.000", "AML.T0068", "AML.T0080"]
    if isinstance(e, DataSource) or any(
        isinstance(g.by_id[s.flow(w).source], DataSource) for w in writers
    ):
        atlas.append("AML.T0010.001")
    agents = [g.by_id[f.target] for f in readers]
    return Match(
        f"{subject(agents, 'loads its', 'load their')} instructions from {view.described}, and "
        f"{'; '.join(why)}; whoever writes there instructs the agent with the operator's "
        "authority, at every session.",
        affected=(*(f.id for f in readers), *writers),
        atlas=tuple(atlas),
        owasp=("LLM01:2025", "ASI06:2026")
        if any(isinstance(a, Agent) for a in agents)
        else ("LLM01:2025",),
    )


def _staff_channel(g: Facts, src: Element, f: Flow) -> bool:
    """What ``src`` writes along ``f`` is a person of ours speaking: ``src`` is staff, or
    a console of ours that writes on only what staff type into it (a game master's
    takeover, a dispatcher's decision). What outsiders' content reaches them is for
    them to read; what they write is the operator's own instruction."""
    if isinstance(src, Actor):
        return src.human and not g.untrusted(src)
    if not isinstance(src, (Service, Endpoint)) or not g.operated(src) or not f.data:
        return False
    s = g.system
    typed = {
        d
        for x in s._in[src.id]
        if isinstance(w := g.by_id[x.source], Actor) and w.human and not g.untrusted(w)
        for d in x.data
    }
    return set(f.data) <= typed


# ---------------------------------------------------------------------------- actions


def steerers(g: Facts, agent: Element) -> list[Source]:
    """Who can put text in front of an agent (or its LLMs): untrusted parties, and
    components running code others can write."""
    return list(g.memo("prompts.steerers", agent, lambda: tuple(_steerers_now(g, agent))))


def _steerers_now(g: Facts, agent: Element) -> list[Source]:
    srcs = list(g.sources(agent))
    for llm in llms_of(g, agent):
        have = {y.element.id for y in srcs}
        srcs += [x for x in llm_sources(g, agent, llm) if x.element.id not in have]
    srcs += [
        x
        for x in g.compromised_routes(agent)
        if x.element.id not in {y.element.id for y in srcs}
        # a tool running outsiders' code steers the agent through what it returns; it
        # is named only when no outsider is named already
        and not (isinstance(x.element, Tool) and srcs)
    ]
    return srcs


_MISUSE_MITIGATIONS: tuple[type[c.Control], ...] = (c.HumanInTheLoop, c.LeastPrivilegeTools)
_MISUSE_SUPPORTING: tuple[type[c.Control], ...] = (
    c.Sandboxing,
    c.AuditLogging,
    c.AnomalyDetection,
    c.EgressFiltering,
)


@rule(
    "ai/tool-misuse",
    threat="tool_misuse",
    title="A steered agent acts through its tools",
    stride="E",
    applies_to=on_element(Agent, LLM),
    atlas=[
        "AML.T0053",
        "AML.T0101",
        "AML.T0108",
        "AML.T0085.001",
        "AML.T0050",
        "AML.T0103",
        "AML.T0112.000",
    ],
    owasp=["ASI02:2026", "LLM06:2025", "ASI10:2026"],
    cwe=["CWE-250", "CWE-862", "CWE-918"],
    mitigations=list(_MISUSE_MITIGATIONS),
    supporting=list(_MISUSE_SUPPORTING),
    likelihood="unlikely",
    impact="moderate",
    placement=("element", "outbound"),
)
def tool_misuse(view: ElementView) -> Match | None:
    """An agent (or an LLM with function calling) can change things through its tools:
    write, delete, send, pay, run commands, call APIs. If untrusted text reaches it, or it
    runs with no one approving its steps, it can be steered or blunder into using that
    power. Raised once per agent, with every consequential tool listed; human approval
    and least-privilege tools count on the agent, its tools and the flows between. An
    approval whose note scopes it to some kinds of steps (``'delete actions only; stops
    run on the agent's decision'``) leaves the others unapproved: the finding names the
    tools with no approval of their own. A control declared on some tools covers those
    tools only: when approval or least privilege guards some and not others, the finding
    is about the unguarded ones; a supporting control (a sandbox, logging) that only
    some of the listed tools have does not lower it, and the finding says so."""
    e = view.element
    g = view.g
    if acts_through_others(g, e):
        return None  # an agent's reasoner, or a model declared to return a label
    tools = _consequential_tools(g, e)
    if not tools:
        return None
    srcs = steerers(g, e)
    autonomous = isinstance(e, Agent) and e.autonomy is Autonomy.AUTONOMOUS
    unapproved = [] if srcs or autonomous else _unapproved(g, e, tools)
    if not srcs and not autonomous and not unapproved:
        return None
    tools, guarded = _unguarded(view.system, e, unapproved or tools, bool(unapproved))
    narrowed = bool(unapproved or guarded)
    caps: set[Capability] = set()
    for t in tools:
        if isinstance(t, Tool):
            caps |= t.capabilities & CONSEQUENTIAL
    atlas = ["AML.T0053"]
    if Capability.DELETE in caps:
        atlas.append("AML.T0101")
    if Capability.EXECUTE_CODE in caps:
        atlas.append("AML.T0050")
    if Capability.NETWORK_EGRESS in caps and (
        caps & {Capability.EXECUTE_CODE, Capability.SEND_MESSAGES}
    ):
        atlas.append("AML.T0108")
    reads = [
        t
        for t in view.successors
        if isinstance(t, Tool)
        and any(isinstance(x, DataStore) for x in view.system.predecessors(t))
    ]
    if reads:
        atlas.append("AML.T0085.001")
    if any(x.element.id in g.compromisable for x in srcs):
        atlas.append("AML.T0103")  # software someone else can change launches the agent
    if Capability.EXECUTE_CODE in caps and _local(g, e):
        atlas.append("AML.T0112.000")
    impact = 0
    if caps & {Capability.MONEY_MOVEMENT, Capability.EXECUTE_CODE, Capability.DELETE}:
        impact = 1
    if Capability.MONEY_MOVEMENT in caps and any(g.untrusted(x.element) for x in srcs):
        impact = 2  # outsiders steering payments: the harm critical is for
    scoped = sorted({c.approval_scope(x) for x in approvals(e) if c.scoped_approval(x)})
    why = (
        f"content from {source_names(g, srcs)} reaches it"
        if srcs
        else f"a person approves only some of its steps ({'; '.join(scoped)}), not these"
        if unapproved and scoped
        else "no one approves these steps, though others need approval"
        if unapproved
        else "it runs on its own"
    )
    power = (
        _and([_CAN[x] for x in sorted(caps, key=lambda x: x.value)]) if caps else "write and call"
    )
    owasp = ["ASI02:2026", "LLM06:2025"] + (["ASI10:2026"] if autonomous else [])
    partial = _partial_controls(
        _MISUSE_SUPPORTING, () if unapproved else (e,), _tool_parts(view.system, e, tools)
    )
    return Match(
        f"{view.described} can {power} through {names(tools)}, and {why}; it can be steered "
        f"into using that power against you.{_guarded_words(guarded, len(tools), ('tool', 'tools'))}"
        f"{_partial_words(partial, 'misuse of')}",
        affected=tuple(f.id for f in view.system._out[e.id] if f.target in {t.id for t in tools}),
        atlas=tuple(atlas),
        owasp=tuple(owasp),
        likelihood_delta=1 if autonomous or unapproved else 0,
        impact_delta=impact,
        # the unapproved tools' own sites: approval on the others, or the agent's
        # declared supervision (which the design itself places tool by tool), does not
        # cover them
        control_sites=(
            *(() if unapproved else (e.id,)),
            *(
                f.id
                for f in view.system._out[e.id]
                if not narrowed or f.target in {t.id for t in tools}
            ),
            *(t.id for t in tools),
        ),
        uncounted=tuple(k for k, _, _ in partial),
    )


def _unguarded(
    s: System, agent: Element, tools: list[Element], unapproved: bool
) -> tuple[list[Element], list[str]]:
    """The tools the finding is about, and the names of those left out because a
    mitigation of their own guards them (approval or least privilege on some tools, an
    approval the agent declares for the steps its note names); the unapproved tools of
    a supervised agent as they are."""
    if unapproved:
        return tools, []
    named = {t.name for t in tools if _approval_names(agent, t)}
    parts = _tool_parts(s, agent, tools)
    guarded, rest = _guarded_parts(_MISUSE_MITIGATIONS, (agent,), parts, also=named)
    return ([t for t in tools if t.name in rest] if guarded else tools), guarded


def _partial_controls(
    kinds: tuple[type[c.Control], ...],
    whole: tuple[Element | Flow, ...],
    parts: list[tuple[str, tuple[Element | Flow, ...]]],
) -> list[tuple[type[c.Control], list[str], list[str]]]:
    """The controls of these kinds declared for some parts of a finding but neither on
    what covers it whole nor for every part, each with the parts it covers and those it
    does not. A part is a name and the places where a control covers it (a tool: the
    tool and the agent's calls to it). A sandbox around the test runner does nothing
    about what the pull-request tool sends out: such a control does not lower a finding
    about all of them, and the engine is told not to count it (``Match.uncounted``)."""
    if len(parts) < 2:
        return []
    out: list[tuple[type[c.Control], list[str], list[str]]] = []
    for kind in kinds:
        if any(_declares(h, kind) for h in whole):
            continue
        has = {n: any(_declares(h, kind) for h in hs) for n, hs in parts}
        covered = [n for n, yes in has.items() if yes]
        if covered and len(covered) < len(has):
            out.append((kind, covered, [n for n, yes in has.items() if not yes]))
    return out


def _guarded_parts(
    kinds: tuple[type[c.Control], ...],
    whole: tuple[Element | Flow, ...],
    parts: list[tuple[str, tuple[Element | Flow, ...]]],
    also: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """Split the parts of a finding into those a mitigation of these kinds guards and
    those none does, when it is some of them: ``([], [])`` when a mitigation covers the
    whole, or every part, or none. A person approving each payment does nothing about
    the e-mail tool beside it: the finding is then about the tools left unguarded, and
    the guarded ones' mitigations do not lower it."""
    if len(parts) < 2 or any(_declares(h, k) for h in whole for k in kinds):
        return [], []
    guarded = [n for n, hs in parts if n in also or any(_declares(h, k) for h in hs for k in kinds)]
    if not guarded or len(guarded) == len(parts):
        return [], []
    return guarded, [n for n, _ in parts if n not in guarded]


def _guarded_words(guarded: list[str], rest: int, what: tuple[str, str]) -> str:
    """`` Payout tool has mitigations of its own; this tool has none.``, or nothing.
    ``what`` names one part and several."""
    if not guarded:
        return ""
    own = "has mitigations of its own" if len(guarded) == 1 else "have mitigations of their own"
    left = f"this {what[0]} has none" if rest == 1 else f"these {what[1]} have none"
    return f" {_and(guarded)} {own}; {left}."


def _approval_names(agent: Element, tool: Element) -> bool:
    """An approval declared on the agent and scoped by its note to some steps names this
    tool's among them (``'dedications only; song requests go straight into the log'``
    covers the dedication tool, not the song request tool)."""
    words = [w for w in re.findall(r"[a-z]{4,}", tool.name.lower()) if w not in _GENERIC_TOOL_WORDS]
    if not words:
        return False
    steps = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.I)
    return any(c.covers_named_steps(x, steps) for x in approvals(agent))


_GENERIC_TOOL_WORDS = frozenset(
    {
        "tool",
        "tools",
        "service",
        "server",
        "connector",
        "plugin",
        "integration",
        "lookup",
        "search",
        "update",
        "submission",
        "request",
        "requests",
        "client",
        "agent",
        "system",
        "gateway",
        "function",
        "action",
        "with",
        "from",
    }
)
"""Words of a tool's name that say what kind of thing it is, not which steps it takes."""


def _declares(holder: Element | Flow, kind: type[c.Control]) -> bool:
    """A control of this class is declared here, as ``filters.holds_any_control`` reads
    it (a supervised agent's declared autonomy is an approval); a person approval scoped
    by its note to some steps (``controls.scoped_approval``) is not one, on any holder, as
    the engine does not count it on an agent's calls either."""
    if kind is c.HumanInTheLoop and not isinstance(holder, (Agent, Tool)):
        return any(not c.scoped_approval(x) for x in approvals(holder))
    return holds_any_control(holder, (kind,))


def _partial_words(partial: list[tuple[type[c.Control], list[str], list[str]]], harm: str) -> str:
    """`` Sandboxing covers only Test runner, not PR opener, so it does not count against
    misuse of the other.``, or nothing."""
    return "".join(
        f" {k.__name__} covers only {_and(covered)}, not {_and(rest)}, so it does not count "
        f"against {harm} the {'other' if len(rest) == 1 else 'others'}."
        for k, covered, rest in partial
    )


def _tool_parts(
    s: System, agent: Element, tools: list[Element]
) -> list[tuple[str, tuple[Element | Flow, ...]]]:
    """Each tool, with where a control covers it: the tool and the agent's calls to it."""
    return [(t.name, (t, *(f for f in s._out[agent.id] if f.target == t.id))) for t in tools]


def _unapproved(g: Facts, agent: Element, tools: list[Element]) -> list[Element]:
    """A supervised agent's consequential tools that no one approves, when the design
    approves others: a person approves its consequential steps, the design says, yet
    these act without one (approval declared on the agent covers every tool). So too
    every tool of an agent whose own approvals cover only some steps, by their note
    (``'delete actions only'``), that has no approval of its own."""
    if not isinstance(agent, Agent):
        return []
    scoped = only_scoped_approvals(agent)
    if not scoped and (agent.autonomy is not Autonomy.SUPERVISED or agent.has(c.HumanInTheLoop)):
        return []
    s = g.system

    def approved(t: Element) -> bool:
        calls = [f for f in s._out[agent.id] if f.target == t.id]
        return any(not c.scoped_approval(x) for x in approvals(t, *calls))

    bare = [t for t in tools if not approved(t)]
    return bare if scoped or len(bare) < len(tools) else []


_CAN = MappingProxyType(
    {
        Capability.READ: "read",
        Capability.WRITE: "write",
        Capability.DELETE: "delete",
        Capability.EXECUTE_CODE: "run code",
        Capability.NETWORK_EGRESS: "call out to the network",
        Capability.MONEY_MOVEMENT: "move money",
        Capability.SEND_MESSAGES: "send messages",
    }
)
"""What a tool's capability lets whoever steers it do, as words after "can"."""

_STEP_WORDS = MappingProxyType(
    {
        Capability.WRITE: "write",
        Capability.DELETE: "delete",
        Capability.EXECUTE_CODE: "run code",
        Capability.MONEY_MOVEMENT: "move money",
        Capability.SEND_MESSAGES: "send messages",
    }
)


def _and(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


@rule(
    "ai/unbound-approval",
    threat="human_trust_exploitation",
    title="Approvals show what a steerable agent says it will do",
    stride="TE",
    applies_to=on_element(Agent, LLM),
    atlas=["AML.T0051", "AML.T0053"],
    owasp=["ASI09:2026", "LLM06:2025", "LLM01:2025"],
    cwe=["CWE-451", "CWE-345"],
    mitigations=[c.BoundApproval],
    supporting=[c.MessageIntegrity],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
    placement=("element", "outbound"),
)
def unbound_approval(view: ElementView) -> Match | None:
    """A person approves an agent's consequential steps (a payment, a write, a command,
    a message sent), and what they approve is what the agent put in front of them: its
    summary of the action, in its own chat or request. Text that steers the agent (an
    outsider's prompt, a page or document it reads) can have it describe one action and
    call the tool with another, ask the person who sent the injected request to confirm
    it, or report approval it never got. The approval holds only when what the person
    sees is rendered from the exact tool call, outside the model, and the tool runs only
    the call whose approval it checks. Raised once per agent that others can steer, on
    the tools a person approves (approval declared on the agent, the tool or the flow to
    it, or the agent declared supervised or assistive); an agent that acts with no one
    approving is the tool-misuse finding's. An approval declared on the agent, or its
    declared supervision, is placed where the design shows a person approving: what one
    of its tools wrote, where it wrote it (an analyst signing off a rating in case
    management), or a component the agent hands its work to that declares the approval
    (a lawyer's workbench). Its other tools then run unapproved. A tool that declares
    the approval itself, where a colleague confirms the very draft the agent handed it
    (an engineer confirming a draft work order at the drafter), is approved at the
    tool. An approval on one tool approves no other tool, and a design that declares
    approvals on some of the agent's tools, or on a component its work reaches within
    three flows (a manager approving the weekly roster at the publishing tool), shows
    where its declared supervision happens: the other tools run unapproved. An approval
    with a threshold declared on the agent, where the agent hands cases to people of
    ours who take the step themselves and send it nothing back (a credit controller
    issuing the larger credit in billing), approves none of its tool calls: they are the
    steps below the threshold (the uncapped-steps finding's). So does one whose staff
    file their decision where the agent reads only something else (the claims store it
    reads new claims from) and post the step themselves in a system the agent's tools
    write to. So does a threshold
    approval on a tool that itself queues the larger cases for staff who take the step
    in the system the tool writes (an officer agreeing plans in the revenues system).
    Nor is a tool that only queues a proposal for a colleague who approves it in a
    console that takes the step itself (an audiologist's console pushing the change),
    nor one that sends out only what colleagues wrote themselves, read from where they
    filed it and handed on by no agent or model (a submission tool publishing the death
    notice a director approved in the case files), nor one that only files drafts in a
    store whose copies go to colleagues alone, who then write something of their own
    (an officer editing the draft decision and issuing the letter): they take the step
    on the stored draft itself."""
    e = view.element
    g = view.g
    if acts_through_others(g, e):
        return None  # an agent's reasoner, or a model declared to return a label
    if not g.operated(e) and not g.on_user_device(e):
        return None  # a partner's agent is the partner's to secure
    gated, approvals = _gated_tools(g, e)
    # a person who answers what the tool itself shows them (a confirm screen the tool
    # renders, the pull request it opened, read where it was written) approves the
    # action, not the agent's account of it
    gated = [
        (f, t)
        for f, t in gated
        if not approved_outside(g, t) and not _asks_at_tool(g, t) and not _drafts_for_staff(g, t)
    ]
    if not gated:
        return None
    srcs = steerers(g, e)
    if not srcs:
        return None
    caps: set[Capability] = set()
    for _, t in gated:
        caps |= t.capabilities & APPROVED_STEPS
    who = sorted({x.approver for x in approvals if x.approver})
    by = (
        f" (approver: {'; '.join(who)})"
        if who
        else ""
        if approvals
        else f" (declared {e.autonomy.value})"
        if isinstance(e, Agent) and e.autonomy is not None
        else ""
    )
    steps = [_STEP_WORDS[x] for x in sorted(caps, key=lambda x: x.value)]
    return Match(
        f"{view.described} can {_and(steps)} through {names([t for _, t in gated])} once "
        f"a person approves{by}, and content from {source_names(g, srcs)} reaches it. "
        "The person approves what the agent presents; nothing declared ties the approval "
        "to the call the tool runs.",
        affected=tuple(f.id for f, _ in gated),
        atlas=("AML.T0051", "AML.T0053"),
        impact_delta=1
        if caps & {Capability.MONEY_MOVEMENT, Capability.EXECUTE_CODE, Capability.DELETE}
        else 0,
        control_sites=(e.id, *(f.id for f, _ in gated), *(t.id for _, t in gated)),
    )


@rule(
    "ai/uncapped-automatic-steps",
    threat="tool_misuse",
    title="Steps under the approval threshold run with no cap",
    stride="TE",
    applies_to=on_element(Agent, LLM, Tool, Service, Endpoint, Pipeline),
    atlas=["AML.T0053", "AML.T0048.000"],
    owasp=["LLM06:2025", "ASI02:2026"],
    cwe=["CWE-799", "CWE-770"],
    mitigations=[c.TransactionLimits],
    supporting=[c.AnomalyDetection, c.AuditLogging],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
)
def uncapped_automatic_steps(view: ElementView) -> Match | None:
    """A person approves only the steps above a threshold (``HumanInTheLoop(above=...)``:
    credits over USD 1,000, claims over EUR 5,000), and what decides the steps below it
    is an agent, an LLM or a model's output: a credit the agent grants, a claim the
    loss model prices. Below the threshold nothing stops many small steps, or one large
    step split into several, for the same account or in one day: a customer who talks
    the agent into a credit every week, a claim filed field by field. The approval
    threshold is then the attacker's target, not a limit. Raised on the component the
    threshold is declared on (or on the tool, when it is declared on the flow to it;
    on the agent alone when both the agent and its tools declare one),
    one step more likely when content from untrusted parties reaches it, and one step
    more severe when the steps move money. Transaction limits (caps per step, per
    account and per period, with checks for repeats and split amounts) count on the
    component, the flows into it and, for an agent, its tools; a limit declared on each
    step alone (``'EUR 50 per dispute'``, naming no account or period) only lowers it,
    since opening many steps passes it. A threshold on the value a step sets (a
    station's band of pump levels, a setpoint range) is not raised: changes within the
    band stay within it, however many there are; nor is one on a level each step has (a
    firing temperature, a severity category, species on a rare list, letters flagged
    high-risk), which no number of lower steps adds up to."""
    e = view.element
    g = view.g
    s = view.system
    ins = s._in[e.id]
    above = sorted({x.above for x in approvals(e, *ins) if x.above})
    if not above:
        return None  # first, as it is the cheapest test and almost every element fails it
    if all(_BAND.search(x) or _LEVEL.search(x) for x in above):
        # a threshold on the value a step sets (a station's band of pump levels), not an
        # amount steps add up to: changes within the band stay within it, however many
        return None
    if isinstance(e, LLM) and reasoner_of(g, e) is not None:
        return None  # the agent that drives it is where its steps are decided
    if not g.operated(e):
        return None
    if isinstance(e, Tool) and any(
        isinstance(a, (Agent, LLM)) and _threshold_on(a) for a in s.predecessors(e)
    ):
        return None  # the threshold declared on its agent: one finding, on the agent
    decider = _automatic_decider(g, e)
    if decider is None:
        return None
    tools = [t for t in s.successors(e) if isinstance(t, Tool)] if isinstance(e, Agent) else []
    money = any(
        isinstance(t, Tool) and Capability.MONEY_MOVEMENT in t.capabilities for t in (e, *tools)
    )
    steered = bool(steerers(g, e)) if isinstance(e, (Agent, LLM)) else bool(g.sources(e))
    sites = (
        e.id,
        *(f.id for f in ins),
        *(t.id for t in tools),
        *(f.id for f in s._out[e.id] if f.target in {t.id for t in tools}),
    )
    limits = declared_at(g, sites, c.TransactionLimits)
    # a cap on each step alone (EUR 50 per dispute) is passed by opening many: it
    # lowers the finding, a cap per account or per period closes it
    per_step = bool(limits) and all(_per_step_only(k.limit) for k in limits)
    capped = (
        f"The declared limit ({'; '.join(sorted({str(k.limit) for k in limits}))}) caps "
        "each step, not how many one account or one period may take"
        if per_step
        else "Nothing declared caps how many such steps one account or one period may take"
    )
    return Match(
        f"{view.described} goes ahead with no one approving below its approval threshold "
        f"({'; '.join(above)}), on what {decider} decides"
        f"{', and those steps move money' if money else ''}. {capped}, so many small "
        "steps, or one large step split into several, pass the threshold unapproved.",
        likelihood_delta=1 if steered else 0,
        impact_delta=1 if money else 0,
        control_sites=sites,
        reduces_only=(c.TransactionLimits,) if per_step else (),
    )


# A limit on one step (per dispute, per claim, per load) and on nothing more.
_PER_STEP = re.compile(
    r"\bper (dispute|claim|credit( note)?|refund|order|work order|load|request|transaction|"
    r"payment|case|ticket|trip|invoice|item|step|call|run|grant|booking|return|action)s?\b",
    re.IGNORECASE,
)
_AGGREGATE = re.compile(
    r"\bper (day|week|month|year|quarter|hour|customer|account|user|courier|driver|member|"
    r"player|policy(holder)?|household|tenant|client|supplier|carrier|vendor|merchant|"
    r"(settlement )?period|site|store|shift)\b|\b(daily|weekly|monthly|annual|yearly|"
    r"cumulative|aggregate|rolling|in total|total)\b",
    re.IGNORECASE,
)


_BAND = re.compile(
    r"\b(?:band|range|envelope|set ?points?|(?:upper|lower) (?:limit|bound)s?)\b", re.IGNORECASE
)
"""Words by which an approval threshold bounds the value a step sets (a band of levels,
a setpoint range), which many steps cannot add up past."""


_LEVEL = re.compile(
    r"\b(?:temperatures?|cone \d+|categor(?:y|ies)|severity|grades?|flagged|high[- ]risk|"
    r"loan[- ]to[- ]value|ltv|"
    r"(?:rare|restricted[- ]use|watch) list)\b",
    re.IGNORECASE,
)
"""Words by which an approval threshold names a level of each step (a firing
temperature, a severity category, species on a rare list, letters flagged high-risk, a
loan-to-value ratio), not an amount steps add up to."""


def _per_step_only(limit: str | None) -> bool:
    """A declared transaction limit caps one step (``'EUR 50 per dispute'``) and names no
    cap per account or per period: opening many steps passes it."""
    return (
        bool(limit) and bool(_PER_STEP.search(limit or "")) and not _AGGREGATE.search(limit or "")
    )


def _threshold_on(e: Element) -> bool:
    """An approval with a threshold declared on the element itself."""
    return any(x.above for x in approvals(e))


def _automatic_decider(g: Facts, e: Element) -> str | None:
    """Who decides ``e``'s steps, when it is not a person: the agent or LLM itself, the
    agent or LLM that calls a tool, or the model whose output reaches a service."""
    s = g.system
    if isinstance(e, (Agent, LLM)):
        return e.name
    callers = sorted(x.name for x in s.predecessors(e) if isinstance(x, (Agent, LLM, Model)))
    if callers:
        return names(callers)
    if isinstance(e, Tool):
        return None
    fed = sorted(
        g.by_id[f.source].name for f in s._in[e.id] if DataKind.MODEL_OUTPUT in g.carried(f).kinds
    )
    return names(fed) if fed else None


def _gated_tools(g: Facts, e: Element) -> tuple[list[tuple[Flow, Tool]], list[c.HumanInTheLoop]]:
    """The agent's consequential tools (with the calls to them) that wait for a person's
    approval, as the design places it, and the approvals declared for them."""
    s = g.system
    approvals = [x for x in e.controls if isinstance(x, c.HumanInTheLoop)]
    # where the agent-wide approval happens, when the design shows it: a person who
    # approves what a tool wrote where it wrote it (an analyst signing off the rating
    # in case management), or at a component the agent hands its work to (a lawyer's
    # workbench that sends the redlines). The agent's other tools then run unapproved:
    # the tool-misuse finding's, not an approval the agent could misdescribe
    tools = [
        (f, t)
        for f in s._out[e.id]
        if isinstance(t := g.by_id[f.target], Tool) and t.capabilities & APPROVED_STEPS
    ]
    placed = bool(approval_placed(g, e, tools))
    on_agent = list(approvals)  # what one tool declares says nothing of another tool
    # declared supervised (or assistive), with no approval of its own: a person approves
    # its steps, unless the design places approvals tool by tool, which says which tools
    # wait for a person (asked only then: the search is not needed otherwise)
    supervised = not on_agent and isinstance(e, Agent) and e.autonomy in APPROVED_AUTONOMIES
    by_tool = supervised and (
        any(isinstance(x, c.HumanInTheLoop) for f, t in tools for h in (f, t) for x in h.controls)
        or _approval_downstream(g, e)
    )
    handed_over = bool(on_agent) and all(x.above for x in on_agent) and _hands_over(g, e)
    gated: list[tuple[Flow, Tool]] = []
    for f, t in tools:
        own = [x for h in (f, t) for x in h.controls if isinstance(x, c.HumanInTheLoop)]
        if own and all(x.above for x in own) and _refers_to_staff_who_act(g, t):
            continue  # above its threshold the tool refers the case: a person acts
        if own:
            gated.append((f, t))
            approvals += own
        elif placed:
            continue
        elif on_agent:
            if handed_over:
                # above the threshold the agent hands the case to a person who takes
                # the step themselves (a controller issuing the larger credit in
                # billing): its tools' calls are the steps below it, which no one approves
                continue
            gated.append((f, t))
        elif supervised and not by_tool:
            gated.append((f, t))  # declared supervised (or assistive): a person approves
    return gated, approvals


def _drafts_for_staff(g: Facts, tool: Tool) -> bool:
    """The tool only files drafts (what it writes is named a draft, a proposal, a
    suggestion or a recommendation) into stores whose copies go only to people of ours,
    besides agents and tools reading them back, and each of those people then writes
    something of their own to a store, service or endpoint: they work on the stored
    draft itself and take the step themselves (a misconduct officer editing the draft
    decision and issuing their own letter; a revenues officer assessing a draft
    application and recording the award). There is no tool call for an approval to be
    bound to."""
    s = g.system

    def ai(x: str) -> bool:
        return isinstance(g.by_id[x], (Agent, LLM, Tool))

    stores = {f.target for f in s._out[tool.id] if not ai(f.target)}
    if not stores or not all(isinstance(g.by_id[x], DataStore) for x in stores):
        return False
    filed = {d for f in s._out[tool.id] if f.target in stores for d in f.data}
    if not filed or not all(_DRAFT.search(d.name) for d in filed):
        return False
    people: set[str] = set()
    for x in stores:
        for f in s._out[x]:
            if filed.isdisjoint(f.data) or ai(f.target):
                continue
            p = g.by_id[f.target]
            if not (isinstance(p, Actor) and p.human and not g.untrusted(p)):
                return False  # a component of ours takes the draft on: it is acted on
            people.add(p.id)
    return bool(people) and all(
        any(
            isinstance(g.by_id[f.target], (DataStore, Service, Endpoint))
            and f.data
            and filed.isdisjoint(f.data)
            for f in s._out[p]
        )
        for p in people
    )


_DRAFT = re.compile(
    r"\b(?:drafts?|drafted|proposals?|proposed|suggest(?:ed|ions?)|recommend(?:ed|ations?))\b",
    re.IGNORECASE,
)
"""Names of what a tool files for a person to work on, not a step taken."""


def _approval_downstream(g: Facts, agent: Element) -> bool:
    """A person's approval is declared on a component or flow that what the agent
    writes reaches within three flows (through no agent, model or outsider): the design
    shows where its supervision happens (a manager approving the weekly roster at the
    publishing tool), so the agent's declared supervision covers nothing else."""
    s = g.system
    seen = {agent.id}
    frontier = [agent.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                x = f.target
                if x in seen or isinstance(g.by_id[x], (Agent, LLM)) or g.untrusted(x):
                    continue
                if f.has(c.HumanInTheLoop) or g.by_id[x].has(c.HumanInTheLoop):
                    return True
                seen.add(x)
                if not isinstance(g.by_id[x], Actor):
                    nxt.append(x)
        frontier = nxt
    return False


def _staff_reached(
    g: Facts, start: str, *, forward: bool, hops: int = 3, by_data: bool = False
) -> set[str]:
    """People of ours that what ``start`` sends reaches (or, backwards, that reach
    ``start``) within ``hops`` flows, through no agent, model or outsider; backwards not
    through a tool either (what a tool brings back is a lookup, not a decision). With
    ``by_data``, backwards through a store only with what the store passes on that way
    (a handler's decision filed in the claims store does not reach an agent that reads
    only new claims from it)."""
    s = g.system

    def staff(x: str) -> bool:
        e = g.by_id[x]
        return isinstance(e, Actor) and e.human and not g.untrusted(e)

    seen = {start}
    # backwards, each store with the data it passes on towards ``start``
    passes: dict[str, frozenset[Data]] = {}
    frontier = [start]
    for _ in range(hops):
        nxt = []
        for node in frontier:
            for f in s._out[node] if forward else s._in[node]:
                x = f.target if forward else f.source
                if x in seen or isinstance(g.by_id[x], (Agent, LLM)) or g.untrusted(x):
                    continue
                if not forward and isinstance(g.by_id[x], Tool):
                    continue
                wanted = passes.get(node)
                if wanted and f.data and wanted.isdisjoint(f.data):
                    continue  # what it writes there is not what the store passes on
                seen.add(x)
                if by_data and not forward and isinstance(g.by_id[x], DataStore):
                    passes[x] = frozenset(f.data)
                if not staff(x):
                    nxt.append(x)
        frontier = nxt
    return {x for x in seen if staff(x)}


def _hands_over(g: Facts, agent: Element) -> bool:
    """The agent hands cases to people of ours who answer it nothing: what it sends
    reaches staff (within four flows: a tool, the queue it fills, the console that shows
    it), and no staff member it reaches sends anything back to it (within three). They
    take the step themselves, where a person who sends a decision back has the agent
    take it."""
    # four flows forward: through a tool, the queue it fills and the console that shows it
    people = _staff_reached(g, agent.id, forward=True, hops=4)
    if not people:
        return False
    if not people & _staff_reached(g, agent.id, forward=False):
        return True
    # what they file where the agent reads is not what it reads there (a decision kept in
    # the claims store the agent reads only new claims from), and they act, within two
    # flows, on a system the agent's tools write to (a handler posting the credit in
    # billing): they take the step themselves
    return not people & _staff_reached(
        g, agent.id, forward=False, by_data=True
    ) and _act_where_tools_write(g, agent, people)


def _act_where_tools_write(g: Facts, agent: Element, people: set[str]) -> bool:
    """Some of ``people`` write, within two flows through no agent, model or tool, to a
    system the agent's acting tools write to."""
    s = g.system
    written = {
        x.target
        for t in s.successors(agent)
        if isinstance(t, Tool) and t.capabilities & APPROVED_STEPS
        for x in s._out[t.id]
    }
    for person in sorted(people):
        for f in s._out[person]:
            if f.target in written:
                return True
            if isinstance(g.by_id[f.target], (Agent, LLM, Model, Tool)):
                continue
            if any(x.target in written for x in s._out[f.target]):
                return True
    return False


def _refers_to_staff_who_act(g: Facts, tool: Element) -> bool:
    """The tool refers cases to people of ours who take the step themselves where the
    tool would (a payment-plan tool queueing out-of-policy plans for an officer who
    agrees them in the revenues system)."""
    s = g.system
    people = _staff_reached(g, tool.id, forward=True)
    writes = {f.target for f in s._out[tool.id]}
    return any(f.target in writes for x in sorted(people) for f in s._out[x] if f.data)


def approval_placed(g: Facts, agent: Element, tools: list[tuple[Flow, Tool]]) -> set[str]:
    """Where the design shows an agent's declared approval (a control on it, or its
    declared supervision) made: the acting tools whose output a person approves where it
    lands, or, when none, the agent's own id for a component it hands its work to that
    declares the approval (a lawyer's workbench); empty when the design does not show
    where, or declares no approval. The agent's other tools then run unapproved."""
    declared = any(isinstance(x, c.HumanInTheLoop) for x in agent.controls) or (
        isinstance(agent, Agent) and agent.autonomy in APPROVED_AUTONOMIES
    )
    if not declared:
        return set()
    out = {t.id for _, t in tools if approved_outside(g, t)}
    if not out and _approves_downstream(g, agent):
        out.add(agent.id)
    return out


def _approves_downstream(g: Facts, agent: Element) -> bool:
    """A component the agent hands its work to, other than its tools and models,
    declares a person's approval (a workbench where a lawyer approves the redlines it
    then sends)."""
    return any(
        not isinstance(x, (Tool, Agent, LLM, Model))
        and any(isinstance(k, c.HumanInTheLoop) for k in x.controls)
        for x in g.system.successors(agent)
    )


def _asks_at_tool(g: Facts, tool: Tool) -> bool:
    """The tool itself declares the approval and a colleague confirms, at the tool, the
    very draft the agent handed it (an engineer confirming the draft work order at the
    drafter): the tool waits for them, and they approve the draft, not the agent's
    account of it. Not a yes sent on another datum (an approval above a threshold)."""
    if not tool.has(c.HumanInTheLoop):
        return False
    ins = g.system._in[tool.id]
    # what the agent hands the tool (the draft itself), not a yes or a reason
    drafted = {d for f in ins if isinstance(g.by_id[f.source], (Agent, LLM)) for d in f.data}
    return any(
        isinstance(p := g.by_id[f.source], Actor)
        and p.human
        and not g.untrusted(p)
        and not drafted.isdisjoint(f.data)
        for f in ins
    )


def approved_outside(g: Facts, tool: Tool) -> bool:
    """A person gets what the tool itself emits (what it sends anywhere but to an agent
    or model, credentials aside), from the tool or from where the tool wrote it, within
    three flows that pass no agent or model; and answers the component they got it from
    with data that comes back, the same way, to the tool (or, for a colleague, to where
    the tool wrote) and never reaches an agent or model: the tool asks them and waits
    for their answer, or they approve the thing itself where it was written, or a
    colleague answers the component that shows it, which takes the step itself
    (:func:`_acts_on_answer`). Not when
    an agent or model also sends them something directly (the verification result a
    voice bot relays to the colleague who approves): they decide on its account."""
    return g.memo("prompts.approved-outside", tool, lambda: _approved_outside_now(g, tool))


def _approved_outside_now(g: Facts, tool: Tool) -> bool:
    s = g.system

    def ai(x: str) -> bool:
        return isinstance(g.by_id[x], (Agent, LLM))

    # the tool and where it writes (people it sends to are who may answer, not places)
    places = {tool.id} | {
        f.target
        for f in s._out[tool.id]
        if not ai(f.target) and not isinstance(g.by_id[f.target], Actor)
    }
    emitted = {
        d for f in s._out[tool.id] if not ai(f.target) for d in f.data if not is_credential(d)
    }
    if not emitted:
        return False
    for person, via in _shown(g, places, emitted, ai):
        # an outsider answers the tool itself (the member confirming the pending
        # payment); one who only gets what the tool did (a prospect replying to the
        # e-mail it sent) approves nothing. Colleagues may approve it where it was
        # written (a reviewer merging the pull request).
        back = {tool.id} if g.untrusted(person) else places
        if any(ai(f.source) for f in s._in[person]):
            continue  # the agent briefs them too (a verification it relays): its account
        for f in s._out[person]:
            if f.target != via:
                continue
            for d in f.data:
                if (
                    not is_credential(d)
                    and not _reaches_ai(g, d, ai)
                    and _carried_to(g, via, d, back, ai)
                ):
                    return True
        if not g.untrusted(person) and _acts_on_answer(g, person, via, ai):
            return True
    # what the tool sends out is only what colleagues wrote themselves (the death notice
    # a director approved, read from the case files where their console filed it), never
    # through an agent or model: it publishes their approved text, not the agent's
    return all(_colleagues_own(g, tool, d, ai) for d in emitted)


def _colleagues_own(g: Facts, tool: Tool, d: Data, ai: Callable[[str], bool]) -> bool:
    """A person of ours sends ``d``, and it reaches the tool from there within three
    flows that carry it and pass no agent or model; no agent or model hands it on."""
    flows = _flows_carrying(g, d)
    if any(ai(f.source) for f in flows):
        return False
    return any(
        isinstance(p := g.by_id[f.source], Actor)
        and p.human
        and not g.untrusted(p)
        and _carried_to(g, f.target, d, {tool.id}, ai)
        for f in flows
    )


def _acts_on_answer(g: Facts, person: str, via: str, ai: Callable[[str], bool]) -> bool:
    """A colleague shown the tool's own output at ``via`` answers it there, ``via``
    keeps the answer, and ``via`` itself sends on what it makes (a review console
    pushing the approved change to the hearing aids' fitting cloud): the step is taken
    where the person approved the thing itself, not by the agent."""
    s = g.system
    answers = {d for f in s._out[person] if f.target == via for d in f.data}
    if not answers or any(answers & set(f.data) for f in s._out[via]):
        return False  # no answer, or one ``via`` passes on (a filter, an availability)
    received = s._received(via)
    return any(
        not ai(f.target)
        and not isinstance(g.by_id[f.target], Actor)
        and any(d not in received for d in f.data)
        for f in s._out[via]
    )


def _shown(
    g: Facts, places: set[str], emitted: set[Data], ai: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """The people who get data in ``emitted`` from ``places`` within three flows that
    pass no agent or model, each with each component they get it from."""
    s = g.system
    out: list[tuple[str, str]] = []
    seen = set(places)
    frontier = sorted(places)
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                x = f.target
                if x in seen or ai(x) or not any(d in emitted for d in f.data):
                    continue
                e = g.by_id[x]
                if isinstance(e, Actor):
                    # a person shown it in two places (a printout and a workshop tablet)
                    # may answer at either: each is kept
                    if e.human and (x, node) not in out:
                        out.append((x, node))
                    continue
                seen.add(x)
                nxt.append(x)
        frontier = nxt
    return out


def _reaches_ai(g: Facts, d: Data, ai: Callable[[str], bool]) -> bool:
    """The datum flows into an agent or model somewhere."""
    return any(ai(f.target) for f in _flows_carrying(g, d))


def _carried_to(g: Facts, start: str, d: Data, places: set[str], ai: Callable[[str], bool]) -> bool:
    """``d`` goes from ``start`` to one of ``places`` (``start`` may be one) within three
    flows that carry it and pass no agent or model."""
    s = g.system
    seen = {start}
    frontier = [start]
    for _ in range(4):
        if any(x in places for x in frontier):
            return True
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if f.target not in seen and d in f.data and not ai(f.target):
                    seen.add(f.target)
                    nxt.append(f.target)
        frontier = nxt
    return False


def _local(g: Facts, agent: Element) -> bool:
    """The agent runs on a person's own machine: it shares its boundary with a person."""
    b = g.system.boundary_of(agent)
    return b is not None and g.memo("prompts.people-in-boundary", b.id, lambda: _has_people(g, b))


def _has_people(g: Facts, boundary: Boundary) -> bool:
    """A person is placed directly in the boundary (asked once per boundary: scanning it
    for every agent was quadratic on large estates)."""
    return any(
        isinstance(x, Actor) and x.human for x in g.system.elements_in(boundary, nested=False)
    )


def _web_fetched(g: Facts, tool: Element) -> list[str]:
    """The open-web sources a tool fetches content from (flows into it from a data
    source whose content is public web pages)."""
    return [
        f.id
        for f in g.system._in[tool.id]
        if isinstance(src := g.by_id[f.source], DataSource)
        and src.origin is Origin.PUBLIC_WEB
        and not g.carried(f).lifecycle_only
    ]


_BINDING_PARTNERS = (Service, ExternalService, Endpoint)


def _binding_partner(g: Facts, x: Element) -> bool:
    """What a tool calls that answers as the agent's account allows: a service, or a
    store that another company runs (a practice-management or CRM SaaS), whose access
    checks see the agent's credentials and nothing of the caller. A store of ours is the
    per-caller store finding's; a public register (a company registry, a sanctions list
    provider) or a map (a mapping, geocoding or routing API) answers anyone the same,
    whoever the model names."""
    if isinstance(x, ExternalService) and _PUBLIC_REGISTER.search(x.name):
        return False  # a public register answers anyone the same (a company's filing)
    return isinstance(x, _BINDING_PARTNERS) or (isinstance(x, DataStore) and not g.operated(x))


_PUBLIC_REGISTER = re.compile(
    r"\b(?:(?:company|companies|business|corporate|land|trade|charity|national)\s+"
    r"regist(?:ry|er|ries|ers)|companies house|sanctions?|"
    r"(?:address|postcode|postal code) (?:lookup|look-up|finder|validation|verification)|"
    r"mapping (?:api|service|provider)s?|maps? api|geocod\w*|routing api)\b",
    re.IGNORECASE,
)
"""Names of an outside service that is a public register (a company or land registry, a
business register, a sanctions list provider, an address lookup) or a map (a mapping or
geocoding API): what a lookup of another company's entry, an address or a place
returns anyone may read."""


def _feed_start(g: Facts, f: Flow) -> bool:
    """A data feed nobody writes through brings the agent the records it works on (a
    flight schedule's catering cut-offs): the feed's timetable starts it, as a job's
    does."""
    src = g.by_id[f.source]
    return (
        isinstance(src, DataSource)
        and bool(g.carried(f).kinds & {DataKind.INSTRUCTIONS, DataKind.RECORDS})
        and not any(isinstance(g.by_id[x.source], Actor) for x in g.system._in[src.id])
    )


def _outside_callers(g: Facts, agent: Element) -> list[Source]:
    """Outsiders who ask the agent for something: those who prompt it; failing those,
    outsiders whose requests reach it through services and models (a speaker check, a
    messaging service), not through a store someone reads later."""
    direct = [x for x in direct_sources(g, agent) if isinstance(x.element, Actor)]
    if direct:
        return direct
    inbound = g.system._in[agent.id]
    own = {x.id for x in llms_of(g, agent)}
    if any(job_start(g, f) or _feed_start(g, f) for f in inbound) or all(
        isinstance(g.by_id[f.source], (Tool, DataStore)) or f.source in own for f in inbound
    ):
        # a job hands it its work (a renewal watcher, a flight schedule's catering
        # cut-offs), or only its own tools, stores and LLM talk to it (a scheduled KYC
        # refresh): outsiders whose mail its tools fetch are the other side of that
        # work, not people it acts for
        return []
    return [
        x
        for x in g.routes(agent)
        if isinstance(x.element, Actor)
        and not any(isinstance(g.by_id[i], DataStore) for i in x.path[1:-1])
    ]


@rule(
    "ai/tool-caller-binding",
    threat="insecure_tool_interface",
    title="An agent's tools act on whichever account the model names",
    stride="EI",
    applies_to=on_element(Agent, LLM),
    atlas=["AML.T0053"],
    owasp=["LLM06:2025", "ASI03:2026"],
    cwe=["CWE-639", "CWE-862", "CWE-441"],
    mitigations=[c.ABAC, c.PermissionAwareRetrieval],
    supporting=[c.LeastPrivilegeTools, c.AuditLogging],
    likelihood="possible",
    impact="moderate",
    cia="CI",
    placement=("element", "outbound"),
    # a prompter names another account whatever the tool may reach and whatever is
    # logged: those lower it one step together, not one each (reviewers asked for the
    # findings rated low that way to be rated higher, 4 of 10, and none lower)
    adaptive=True,
)
def tool_caller_binding(view: ElementView) -> Match | None:
    """An agent that outsiders prompt (customers, sellers, callers) fetches or changes
    records about people through tools that call a service: an account, an order, a
    booking. The tool sends the arguments the model chose; unless the call is bound to
    the person who asked (the service checks the caller's identity from the session,
    not an id in the arguments), a prompt or a model error names someone else's
    account, and the service answers or acts as the agent's own account allows: a
    confused deputy (broken object-level authorisation). Approval by the person asking
    does not help: they are the one asking. Raised once per agent, listing the tools;
    attribute-based access or a permission-aware lookup declared on the agent, its
    tools, their flows or the services counts; least-privilege tools and audit logs
    lower it one step together, not one each: the prompt names another account however
    narrow the tool is, and a log records it afterwards. A tool's controls count when every tool listed declares the same (one
    tool's check binds no other tool's calls). A tool whose declared authentication asks,
    on every call, for the record's reference and a detail of its owner (a booking
    reference and e-mail address), or for two details of the owner it matches to the
    record, acts only on the records of whoever gives them, and is not listed; nor is
    one whose description, or its agent's, says it acts only on the signed-in person's
    own records (the taxpayer's own draft return; an agent that passes the reference
    from the session to its tools). Tools that read a store of ours directly
    are the per-caller store finding's; a store another company runs (a practice
    management SaaS) answers as the agent's credentials allow, like a service, and
    its own access checks, which see only the agent, bind nothing. An
    agent that a job or a data feed nobody writes through starts (a flight schedule's
    catering cut-offs), or that only its own tools, stores and LLM talk to (a
    scheduled refresh), works on cases the schedule picks: the outsiders whose mail its
    tools fetch are the other side of that work, not people it acts for. A public
    register or a map (a sanctions list, an address lookup, a mapping or routing API)
    answers anyone the same: a tool calling it is not listed."""
    e = view.element
    g = view.g
    s = view.system
    if acts_through_others(g, e):
        return None  # an agent's reasoner, or a model declared to return a label
    callers = _outside_callers(g, e)
    if not callers:
        return None
    bound: list[tuple[Element, list[Flow]]] = []
    for f in s._out[e.id]:
        t = g.by_id[f.target]
        if not isinstance(t, Tool) or not g.operated(t) or asks_owner_proof(t):
            continue  # (a tool that asks for the record's reference and its owner's detail
            # on every call acts only on the records of whoever holds both)
        if serves_own_only(t) or serves_own_only(e):
            continue  # its description says it acts only on the signed-in person's own
        # records about people the tool gets back from a service: what an id in the
        # arguments can point at (a tool only sending the caller's own details out,
        # a payment to a provider, names nobody else's records)
        fetched = [
            x
            for x in s._in[t.id]
            if x.source != e.id
            and _binding_partner(g, g.by_id[x.source])
            and any(d.sensitivity.is_personal for d in x.data)
        ]
        if fetched:
            asked = [x for x in s._out[t.id] if x.target in {y.source for y in fetched}]
            if asked and all(_carries_callers_token(g, x) for x in asked):
                continue  # the service sees the caller's own session on every call
            bound.append((t, [*asked, *fetched]))
    if not bound:
        return None
    tools = [t for t, _ in bound]
    tool_ids = {t.id for t in tools}
    partners = sorted(
        {x.target if x.source == t.id else x.source for t, flows in bound for x in flows}
    )
    return Match(
        f"{view.described} acts for {source_names(g, callers)} through {names(tools, s)}, "
        f"which fetch or change records about people at {names(partners, s)}; nothing "
        "declared ties each call to the person who asked, so the model's arguments (an "
        "account, an order) can name someone else's.",
        affected=(
            *(f.id for f in s._out[e.id] if f.target in tool_ids),
            *(x.id for _, flows in bound for x in flows),
        ),
        # a store another company runs checks the agent's credentials, never the
        # caller's: what it declares binds no call to the person who asked. A tool's
        # controls count when every tool declares the same: one tool's check does not
        # bind another tool's calls
        control_sites=(
            e.id,
            *(p for p in partners if not isinstance(g.by_id[p], DataStore)),
            *(
                (
                    *(t.id for t in tools),
                    *(f.id for f in s._out[e.id] if f.target in tool_ids),
                    *(x.id for _, flows in bound for x in flows),
                )
                if len({_binding_checks(s, e, t, flows) for t, flows in bound}) == 1
                else ()
            ),
        ),
    )


_BINDING_CONTROLS = (c.ABAC, c.PermissionAwareRetrieval, c.LeastPrivilegeTools, c.AuditLogging)


def _binding_checks(s: System, agent: Element, tool: Element, flows: list[Flow]) -> frozenset[str]:
    """The caller-binding controls declared on a tool, its call from the agent and its
    calls to services."""
    holders: list[Element | Flow] = [
        tool,
        *flows,
        *(f for f in s._out[agent.id] if f.target == tool.id),
    ]
    return frozenset(
        type(x).__name__ for h in holders for x in h.controls if isinstance(x, _BINDING_CONTROLS)
    )


def _acts_as_caller(g: Facts, tool: Element) -> bool:
    """A tool whose every call out carries the caller's own session token: it can do
    only what the person asking could do themselves (a customer's transfer, under
    their session, checked by the bank)."""
    calls = [f for f in g.system._out[tool.id] if not isinstance(g.by_id[f.target], (LLM, Agent))]
    return bool(calls) and all(_carries_callers_token(g, f) for f in calls)


def _carries_callers_token(g: Facts, call: Flow) -> bool:
    """The call carries a credential an outside party sent in (the customer's session
    token, passed from the app through the gateway to the tool's request), or one the
    identity provider they sign in to issued for them (a taxpayer's access token from
    the government sign-in service): the service answers as that customer, whatever
    account the model names."""
    return any(
        is_credential(d)
        and any(
            g.untrusted(f.source) or _signs_in_outsiders(g, f.source) for f in _flows_carrying(g, d)
        )
        for d in call.data
    )


def _signs_in_outsiders(g: Facts, issuer: str) -> bool:
    """An identity provider that outsiders sign in to: what it issues is theirs."""
    e = g.by_id[issuer]
    return (
        isinstance(e, ExternalService)
        and e.provides is ExternalCategory.IDENTITY_PROVIDER
        and any(
            g.untrusted(f.source) and DataKind.CREDENTIALS in g.carried(f).kinds
            for f in g.system._in[issuer]
        )
    )


def _flows_carrying(g: Facts, d: Data) -> list[Flow]:
    """Every flow that carries the datum ``d``."""
    return _flows_by_datum(g).get(d, [])


def _flows_by_datum(g: Facts) -> dict[Data, list[Flow]]:
    """The flows that carry each datum, in one pass over the flows (asked once per
    System: a scan per datum was quadratic on large estates)."""

    def build() -> dict[Data, list[Flow]]:
        out: dict[Data, list[Flow]] = {}
        for f in g.system.all_flows:
            for d in f.data:
                out.setdefault(d, []).append(f)
        return out

    return g.memo("prompts.flows-by-datum", "", build)


@rule(
    "ai/tool-ssrf",
    threat="ssrf_via_llm",
    title="A fetch tool an agent points reaches inside the network",
    stride="IE",
    applies_to=on_element(Tool),
    atlas=["AML.T0053", "AML.T0086"],
    owasp=["LLM06:2025", "ASI02:2026"],
    cwe=["CWE-918"],
    mitigations=[c.EgressFiltering],
    supporting=[c.InputValidation, c.Sandboxing, c.LeastPrivilegeTools],
    likelihood="unlikely",
    impact="moderate",
    cia="CI",
    placement=("element", "inbound", "outbound"),
)
def tool_ssrf(view: ElementView) -> Match | None:
    """A tool that fetches pages from the open web at addresses an agent chooses, and
    runs inside our own network. Whoever can steer the agent (a prompt, a page it read,
    a document it retrieved) can point the tool at what only the inside can reach: the
    cloud metadata endpoint and its credentials, admin consoles, internal APIs. The
    tool fetches them from where it sits and hands the answer back to the agent
    (server-side request forgery, CWE-918). Raised once per fetch tool of a steerable
    agent; a tool that runs code is the code-execution finding's concern. Egress
    filtering that lets the tool reach only the internet (no private ranges, no
    metadata address) mitigates it on the tool or its flows; a URL allow-list, a
    sandboxed network and least privilege lower it."""
    e = view.element
    assert isinstance(e, Tool)
    g = view.g
    s = view.system
    if Capability.EXECUTE_CODE in e.capabilities or not g.operated(e):
        return None
    if Capability.NETWORK_EGRESS not in e.capabilities or not _web_fetched(g, e):
        return None
    agents = [x for x in s.predecessors(e) if isinstance(x, (Agent, LLM))]
    steered = [(a, srcs) for a in agents if (srcs := steerers(g, a))]
    if not steered:
        return None
    b = s.boundary_of(e)
    inside = f" from inside {b.name}" if b is not None else ""
    srcs = list({x.element.id: x for _, got in steered for x in got}.values())
    return Match(
        f"{view.described} fetches web pages at addresses "
        f"{subject([a for a, _ in steered], 'chooses', 'choose', s)}{inside}; content from "
        f"{source_names(g, srcs)} can point it at what only the inside reaches (internal "
        "services, admin consoles, a cloud metadata endpoint), and what it fetches comes "
        "back to the agent.",
        affected=tuple(f.id for a, _ in steered for f in s._in[e.id] if f.source == a.id),
        control_sites=(e.id, *(f.id for f in s._in[e.id]), *(f.id for f in s._out[e.id])),
    )


@rule(
    "ai/agent-code-execution",
    threat="agent_code_execution",
    title="Code an agent writes runs on the host",
    stride="E",
    applies_to=on_element(Tool),
    atlas=["AML.T0050", "AML.T0105", "AML.T0053"],
    owasp=["ASI05:2026", "LLM05:2025"],
    cwe=["CWE-94", "CWE-78"],
    mitigations=[c.Sandboxing],
    supporting=[c.HumanInTheLoop, c.EgressFiltering, c.AuditLogging],
    likelihood="possible",
    impact="major",
    placement=("element", "inbound"),
)
def agent_code_execution(view: ElementView) -> Match | None:
    """A tool runs code or shell commands that an agent or LLM writes. What the model was
    told to write, by its user or by text it read, runs with the tool's access to the
    host, the network and every secret there, and can try to break out of whatever holds
    it. Raised once per tool; a sandbox on the tool counts, approval helps. A tool that
    hands the code to a runtime of its own (a notebook or job service it sends code to)
    runs it there: a sandbox declared on that runtime counts too."""
    t = view.element
    assert isinstance(t, Tool)
    if not t.can(Capability.EXECUTE_CODE):
        return None
    callers = [x for x in view.predecessors if isinstance(x, (Agent, LLM))]
    if not callers:
        return None
    s = view.system
    g = view.g
    handed = [
        f
        for f in s._out[t.id]
        if DataKind.CODE in g.carried(f).kinds
        and isinstance(g.by_id[f.target], (Service, Endpoint, Tool))
        and not g.untrusted(f.target)
    ]
    where = f" (it hands them to {names({f.target for f in handed}, s)})" if handed else ""
    inbound = tuple(f.id for f in s._in[t.id] if f.source in {x.id for x in callers})
    return Match(
        f"{view.described} runs code and commands from {names(callers)}{where}, with its "
        "access to the host, the network and any secrets there.",
        affected=(*inbound, *(f.id for f in handed)),
        control_sites=(t.id, *(f.id for f in s._in[t.id]), *(f.target for f in handed))
        if handed
        else None,
    )


# ---------------------------------------------------------------------------- exfiltration


def _egress(g: Facts, reader: Element) -> tuple[list[str], list[str], bool]:
    """Ways the reader's data can leave for outsiders: flows (ids) out of its tools or
    itself to outside services, outside-facing tools, stores outsiders read, clients
    that render its output and reach the open web (fetching URLs it names), and clients
    that pass what it wrote on to an outside service. A client's flow to a fixed partner
    that carries none of the model's words (card details to a payment provider, a
    sign-in, a letter a person wrote or approved) is no way out. Returns (flows,
    descriptions, rendered)."""
    s = g.system
    flows: list[str] = []
    what: list[str] = []
    rendered = False
    for f in s._out[reader.id]:
        t = g.by_id[f.target]
        if isinstance(t, Tool):
            if Capability.NETWORK_EGRESS in t.capabilities or (
                Capability.SEND_MESSAGES in t.capabilities and not _messages_stay_in(g, t, reader)
            ):
                flows.append(f.id)
                what.append(t.name)
                continue
            for x in s._out[t.id]:
                y = g.by_id[x.target]
                if g.external(y) and not is_model_api(y):
                    flows.append(x.id)
                    what.append(f"{t.name} → {y.name}")
                elif (
                    isinstance(y, DataStore)
                    and _kept_there(g, x, y)
                    and any(
                        g.untrusted(r)
                        or (
                            isinstance(g.by_id[r], Endpoint)
                            and any(g.untrusted(z) for z in s.successors(r))
                        )
                        for r in (z.id for z in s.successors(y))
                    )
                ):
                    flows.append(x.id)
                    what.append(f"{y.name}, which outsiders read")
        elif (g.external(t) or g.untrusted(t)) and not is_model_api(t) and not isinstance(t, Actor):
            flows.append(f.id)
            what.append(t.name)
    # clients that show the reader's output: one that reaches the open web fetches the
    # links and images the output names; one that sends a fixed partner what the model
    # wrote passes it out that way
    said = {d for f in s._out[reader.id] for d in f.data}
    for client in _renderers(g, reader):
        for x in s._out[client.id]:
            y = g.by_id[x.target]
            # a model the client feeds (one on the same device), a person or a device it
            # answers, is not somewhere a fetched link goes
            if isinstance(y, (Actor, Model, Device)) or is_model_api(y):
                continue
            if isinstance(y, (ExternalService, DataSource)) and g.untrusted(y):
                flows.append(x.id)
                what.append(f"{client.name} rendering links to {y.name}")
                rendered = True
            elif g.external(y) and any(
                d in said or d.kind is DataKind.MODEL_OUTPUT for d in x.data
            ):
                flows.append(x.id)
                what.append(f"{client.name} sending what it wrote to {y.name}")
    return flows, what, rendered


def _messages_stay_in(g: Facts, tool: Tool, reader: Element) -> bool:
    """A messaging tool whose declared messages all go to our own devices and services
    in zones we trust (a dispatch tool sending routes to the fleet's in-cab tablets):
    nothing it sends reaches anyone outside."""
    s = g.system
    out = [x for x in s._out[tool.id] if x.target != reader.id]
    return bool(out) and all(
        g.operated(x.target)
        and not g.untrusted(x.target)
        and not isinstance(g.by_id[x.target], Actor)
        for x in out
    )


def _kept_there(g: Facts, write: Flow, store: DataStore) -> bool:
    """What the tool sends the store may be kept there: not a lookup, which the store
    answers back to the tool with other data and neither keeps nor sends on (a schedule
    tool's query into the rota database)."""
    s = g.system
    if not write.data or not any(f.target == write.source for f in s._out[store.id]):
        return True
    sent = {d for f in s._out[store.id] for d in f.data}
    return any(d in store.stores or d in sent for d in write.data)


def _retrieves_secrets(g: Facts, e: Element) -> bool:
    """An index that ``e`` retrieves from, directly or through the service or agent that
    builds its prompt, holds credentials or secret-level data (a key pasted in a
    message is harvested through retrieval)."""
    s = g.system
    near = [*s.predecessors(e)]
    near += [y for x in near if isinstance(x, (Service, Agent)) for y in s.predecessors(x)]
    return any(
        isinstance(x, VectorStore)
        and (g.secrets_at(x) or (sensitive_level(s, x) or Sensitivity.PUBLIC) >= Sensitivity.SECRET)
        for x in near
    )


def _exfiltration_techniques(
    view: ElementView,
    flows: list[str],
    rendered: bool,
    holders: list[Element],
    tool_readers: list[Tool],
) -> tuple[str, ...]:
    """The ATLAS techniques an exfiltration through these channels would use."""
    e = view.element
    g = view.g
    atlas = ["AML.T0057"]
    if any(
        isinstance(g.by_id[g.system.flow(f).source], Tool)
        or isinstance(g.by_id[g.system.flow(f).target], Tool)
        for f in flows
    ):
        atlas += ["AML.T0086", "AML.T0053"]
    if any(
        isinstance(g.by_id[g.system.flow(f).target], (ExternalService, DataSource)) for f in flows
    ):
        atlas.append("AML.T0025")
    if rendered:
        atlas.append("AML.T0077")
    if any(isinstance(x, DataStore) for t in tool_readers for x in g.system.predecessors(t)):
        atlas.append("AML.T0053")
    if holders:
        atlas.append("AML.T0055")
        if any(h in view.system.predecessors(t) for t in tool_readers for h in holders):
            atlas.append("AML.T0098")
        if isinstance(e, Agent):
            atlas.append("AML.T0083")
    if _retrieves_secrets(g, e) or any(
        isinstance(x, VectorStore)
        and (sensitive_level(g.system, x) or Sensitivity.PUBLIC) >= Sensitivity.SECRET
        for s2 in steerers(g, e)
        for x in [g.by_id[i] for i in s2.path]
    ):
        atlas.append("AML.T0082")
    if any(isinstance(x, DataStore) for t in tool_readers for x in g.system.predecessors(t)):
        atlas.append("AML.T0085.001")
    return tuple(dict.fromkeys(atlas))


def _secret_holders(g: Facts, reader: Element) -> list[Element]:
    """Stores of credentials the reader can read, itself or through its tools: the read
    brings them (it carries a credential, or declares nothing it carries). A store that
    keeps sign-in hashes beside the records a tool reads from it (judges' points) gives
    the reader the records, not the hashes."""
    s = g.system
    out = []
    readers = {reader.id, *(t.id for t in s.successors(reader) if isinstance(t, Tool))}
    for x in (
        *s.predecessors(reader),
        *(y for t in s.successors(reader) if isinstance(t, Tool) for y in s.predecessors(t)),
    ):
        if not isinstance(x, DataStore) or not g.secrets_at(x):
            continue
        if any(
            f.target in readers and (not f.data or any(is_credential(d) for d in f.data))
            for f in s._out[x.id]
        ):
            out.append(x)
    return list(dict.fromkeys(out))


def _steered_by_its_readers(view: ElementView, srcs: list[Source]) -> bool:
    """Everyone who can steer the model is shown its answers: they prompt it, or the
    content they send (their own facts, photos or records, not documents someone else
    may have written) comes back to them as its answer. What it sees, they are shown
    anyway."""
    g = view.g
    e = view.element
    shown = {x.id for x in (*_humans_reading(g, e), *_renderers(g, e))}
    content = _with_llms(view, indirect_sources)[0]
    return all(
        is_prompting(g, x) or (x.element.id in shown and not _sends_documents(g, x))
        for x in (*srcs, *content)
    )


@rule(
    "ai/agent-exfiltration",
    threat="agent_data_exfiltration",
    title="Injected instructions can send sensitive data out",
    # one steered agent misusing its tools: where it also acts through them, one finding
    family="ai/tool-misuse",
    stride="I",
    applies_to=on_element(LLM, Agent),
    atlas=[
        "AML.T0086",
        "AML.T0025",
        "AML.T0077",
        "AML.T0057",
        "AML.T0082",
        "AML.T0083",
        "AML.T0098",
        "AML.T0055",
        "AML.T0085.001",
        "AML.T0053",
    ],
    owasp=["LLM02:2025", "ASI02:2026", "LLM05:2025"],
    cwe=["CWE-200", "CWE-359"],
    mitigations=[c.EgressFiltering, c.HumanInTheLoop],
    supporting=[
        c.OutputFiltering,
        c.UntrustedInputSegregation,
        c.DataMinimization,
        c.LeastPrivilegeTools,
    ],
    likelihood="possible",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def agent_exfiltration(view: ElementView) -> Match | None:
    """An LLM or agent that outsiders can steer sees sensitive data (retrieved records,
    files, credentials its tools read: a read that brings them, not sign-in hashes kept
    beside the records a tool reads) and has a way to send data out: a tool that
    calls out or sends messages, an outside service it calls, a store outsiders read, a
    client that renders its output and reaches the open web (fetching the images and
    links it names), or one that sends what it wrote to an outside service. Injected
    instructions can tell it to pack the data into that channel. Raised once per LLM or
    agent; egress filtering and approval count on it, its tools, its outbound flows and
    the components that send its output out (an app that uploads a draft only after a
    person approves it). Declared on some ways out only, they guard those: the finding
    is then about the ways out no filter or approval guards, and output filtering or
    least privilege on some of them only does not lower it.
    Not raised when the only ones who steer it are the people it answers (they prompt
    it, or what they uploaded comes back to them written up) and it can read no
    credentials: what it sees, they are shown anyway (whether they may see it is the
    per-caller finding's question). A model a client feeds (one on the same device) is
    not a place the client's fetched links go, and a messaging tool whose declared
    messages all go to our own devices and services in zones we trust (a dispatch tool
    sending routes to the fleet's in-cab tablets) sends nothing out."""
    e = view.element
    g = view.g
    if not _is_root(view):
        return None
    srcs = steerers(g, e)
    third_party = [
        t
        for t in view.successors
        if (isinstance(t, Tool) and t.origin is ToolOrigin.THIRD_PARTY)
        or (isinstance(t, ExternalService) and t.provides is ExternalCategory.TOOL_SERVER)
    ]
    if not srcs and not third_party:
        return None
    holders = _secret_holders(g, e)
    ctx = _context_level(g, e)
    if (ctx is None or ctx < Sensitivity.CONFIDENTIAL) and not holders:
        return None
    flows, what, rendered = _egress(g, e)
    for llm in llms_of(g, e):
        f2, w2, r2 = _egress(g, llm)
        flows += f2
        what += w2
        rendered = rendered or r2
    if not flows:
        return None
    if not third_party and not holders and _steered_by_its_readers(view, srcs):
        # only the people who prompt it steer it, and it holds no keys: the records it
        # sees, they are shown anyway (whether they may see them is
        # stride/missing-subject-authorization's question)
        return None
    readers = (e, *llms_of(g, e))
    parts = _channel_parts(g, readers, flows)
    guarded, rest = _guarded_parts(_CHANNEL_MITIGATIONS, (e,), parts)
    if guarded:  # the finding is about the ways out no mitigation guards
        kept = [i for i, f in enumerate(flows) if _way_out(g, readers, f).name in rest]
        flows, what = [flows[i] for i in kept], [what[i] for i in kept]
        parts = [x for x in parts if x[0] in rest]
        rendered = rendered and any(_renders_links(g, readers, f) for f in flows)
    tool_readers = [t for t in view.successors if isinstance(t, Tool) and t.name not in guarded]
    reading = [
        t for t in tool_readers if any(isinstance(x, DataStore) for x in g.system.predecessors(t))
    ]
    atlas = _exfiltration_techniques(view, flows, rendered, holders, tool_readers)
    data = f"{level(ctx)} data" if ctx is not None and ctx >= Sensitivity.CONFIDENTIAL else ""
    if holders:
        data = (data + " and " if data else "") + f"credentials in {names(holders)}"
    who = source_names(g, srcs) if srcs else f"third-party {names(third_party)}"
    partial = _partial_controls(_CHANNEL_SUPPORT, (e,), parts)
    owasp = (
        ["LLM02:2025"]
        + (["ASI02:2026"] if isinstance(e, Agent) else [])
        + (["LLM05:2025"] if rendered else [])
    )
    return Match(
        f"{view.described} sees {data}, {who} can steer it, and it can send data out through "
        f"{', '.join(dict.fromkeys(what))}.{_guarded_words(guarded, len(parts), ('way out', 'ways out'))}"
        f"{_partial_words(partial, 'data leaving through')}",
        affected=(*dict.fromkeys(flows), *(h.id for h in holders), *(t.id for t in reading)),
        atlas=atlas,
        owasp=tuple(owasp),
        control_sites=(
            e.id,
            *(f.id for f in view.system._out[e.id] if g.by_id[f.target].name not in guarded),
            *dict.fromkeys(flows),
            *(t.id for t in tool_readers),
            # a client that sends the output on after a person approves it, or filters
            # what it sends, guards that way out
            *dict.fromkeys(g.system.flow(f).source for f in flows),
        ),
        uncounted=(
            *(_CHANNEL_MITIGATIONS if guarded else ()),
            *(k for k, _, _ in partial),
        ),
    )


_CHANNEL_MITIGATIONS: tuple[type[c.Control], ...] = (c.EgressFiltering, c.HumanInTheLoop)
"""The exfiltration finding's mitigations, which guard a way out where declared."""
_CHANNEL_SUPPORT: tuple[type[c.Control], ...] = (c.OutputFiltering, c.LeastPrivilegeTools)
"""Its supporting controls that guard a way out where declared."""


def _way_out(g: Facts, readers: tuple[Element, ...], fid: str) -> Element:
    """The component a way out leaves through: the tool or client it starts from, or
    the outside service a reader sends to itself."""
    f = g.system.flow(fid)
    return g.by_id[f.source if f.source not in {r.id for r in readers} else f.target]


def _renders_links(g: Facts, readers: tuple[Element, ...], fid: str) -> bool:
    """The way out is a client showing the readers' output that fetches from outsiders
    (the links and images the output names)."""
    f = g.system.flow(fid)
    y = g.by_id[f.target]
    return (
        isinstance(y, (ExternalService, DataSource))
        and g.untrusted(y)
        and any(f.source in {x.id for x in _renderers(g, r)} for r in readers)
    )


def _channel_parts(
    g: Facts, readers: tuple[Element, ...], flows: list[str]
) -> list[tuple[str, tuple[Element | Flow, ...]]]:
    """Each way out, named by the component it leaves through (:func:`_way_out`), with
    where a control guards it: the flow, that component and the readers' calls to it."""
    s = g.system
    parts: dict[str, tuple[Element | Flow, ...]] = {}
    for fid in flows:
        via = _way_out(g, readers, fid)
        calls = (x for r in readers for x in s._out[r.id] if x.target == via.id)
        parts[via.name] = (*parts.get(via.name, ()), s.flow(fid), via, *calls)
    return list(parts.items())


# ---------------------------------------------------------------------------- output


@rule(
    "ai/improper-output-handling",
    threat="improper_output_handling",
    title="Model output trusted by the component that consumes it",
    stride="T",
    applies_to=on_element(Service, Endpoint, DataStore, ExternalService),
    atlas=[],
    owasp=["LLM05:2025"],
    cwe=["CWE-1426", "CWE-116", "CWE-79", "CWE-89", "CWE-94"],
    mitigations=[c.OutputFiltering, c.SchemaEnforcement],
    supporting=[c.Sandboxing, c.HumanInTheLoop],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def improper_output_handling(view: ElementView) -> Match | None:
    """The output of an LLM or agent whose context outsiders can shape is written into a
    system of record, or handed to a service or outside system that acts on it (builds
    queries, commands, messages or API calls from it). Unchecked, it becomes injection
    into that component or a forged record. Raised once per consuming component; output
    validation (schemas, encoding) counts there. The LLM's own caller receiving its
    answer, an agent's tool calls, and memory it reads back are covered elsewhere. Code
    or instructions the model wrote that its caller passes on (through a deployment
    step, two relays at most) into a component that runs them count too, unless a
    person approves in between (human-in-the-loop on a relay, on the component or on
    the step after it); output validation on the relays counts then."""
    e = view.element
    g = view.g
    s = view.system
    if not _acts_on(g, e):
        return None
    if isinstance(e, DataStore) and _read_into_context(g, e):
        return None  # memory or retrieval: ai/agent-memory-poisoning, indirect injection
    feeds = []
    for f in s._in[e.id]:
        src = g.by_id[f.source]
        if not isinstance(src, (LLM, Agent)):
            continue
        if isinstance(e, DataStore) and _only_logs(f):
            continue  # a log sink keeps a record of what was said; nothing acts on it
        if e.id in {x.source for x in s._in[src.id]}:
            continue  # its caller getting the answer back
        if isinstance(src, Agent) and e in _consequential_tools(g, src):
            continue  # an agent's own action: ai/tool-misuse
        if g.sources(src) or any(llm_sources(g, src, x) for x in llms_of(g, src)):
            feeds.append((f, src))
    # code or configuration a model wrote, passed on by the service that asked for it
    # (and a deployment step) without a person in between: generated rules, scripts
    relayed = [] if feeds else _generated_code_into(g, e)
    if not feeds and not relayed:
        return None
    if relayed:
        speakers = sorted({x.id: x for _, x, _ in relayed}.values(), key=lambda x: x.id)
        way = list(dict.fromkeys(i for _, _, w in relayed for i in w))
        return Match(
            f"{view.described} takes code or configuration that {names(speakers)} wrote, "
            f"passed on by {names([i for i in way if i in g.by_id], s)} with no person "
            "approving it, and outsiders can shape what the model writes; injected "
            "instructions become rules or scripts that run here.",
            affected=(*(f.id for f, _, _ in relayed), *way),
            atlas=(),
            owasp=("LLM05:2025",),
            control_sites=(e.id, *(f.id for f, _, _ in relayed), *way),
        )
    speakers = sorted({x.id: x for _, x in feeds}.values(), key=lambda x: x.id)
    kind = "writes it into a system of record" if isinstance(e, DataStore) else "acts on it"
    return Match(
        f"{view.described} receives output of {names(speakers)}, "
        f"which outsiders can shape, and {kind}; unchecked, it becomes injection or a forged "
        "record.",
        affected=tuple(f.id for f, _ in feeds),
        atlas=(),
        owasp=("LLM05:2025",),
    )


_GENERATED = frozenset({DataKind.CODE, DataKind.INSTRUCTIONS})


def _generated_code_into(g: Facts, e: Element) -> list[tuple[Flow, Element, tuple[str, ...]]]:
    """Flows into ``e`` that carry code or instructions (declared) which a relay (a
    service, or a pipeline that deploys) passes on from an LLM or agent outsiders can
    steer: two relays at most, none of them a person's approval step (a component that
    declares human-in-the-loop). Each with the model and the relays' ids and flows."""
    s = g.system
    if e.has(c.HumanInTheLoop) or any(x.has(c.HumanInTheLoop) for x in s.successors(e.id)):
        return []  # the approval step, or a queue a person reviews from
    out = []
    for f in s._in[e.id]:
        if not any(d.kind in _GENERATED for d in f.data):
            continue
        relay = g.by_id[f.source]
        chain: list[str] = []
        found = None
        for _ in range(2):
            if not isinstance(relay, (Service, Pipeline)) or relay.has(c.HumanInTheLoop):
                break
            chain.append(relay.id)
            back = [
                x
                for x in s._in[relay.id]
                if isinstance(g.by_id[x.source], (LLM, Agent))
                and g.carried(x).declared(DataKind.MODEL_OUTPUT)
            ]
            speakers = [
                g.by_id[x.source]
                for x in back
                if g.sources(x.source)
                or any(llm_sources(g, g.by_id[x.source], y) for y in llms_of(g, g.by_id[x.source]))
            ]
            if speakers:
                found = speakers[0]
                chain += [x.id for x in back]
                break
            ups = [
                x
                for x in s._in[relay.id]
                if any(d.kind in _GENERATED for d in x.data)
                and isinstance(g.by_id[x.source], (Service, Pipeline))
            ]
            if len(ups) != 1:
                break
            chain.append(ups[0].id)
            relay = g.by_id[ups[0].source]
        if found is not None:
            out.append((f, found, tuple(chain)))
    return out


@rule(
    "ai/output-rendering",
    threat="improper_output_handling",
    title="Answers shaped by others' content are rendered for people",
    stride="IT",
    applies_to=on_element(LLM, Agent),
    atlas=["AML.T0077", "AML.T0057"],
    owasp=["LLM05:2025", "LLM02:2025"],
    cwe=["CWE-79", "CWE-116", "CWE-200"],
    mitigations=[c.OutputFiltering],
    supporting=[c.EgressFiltering, c.UntrustedInputSegregation],
    likelihood="unlikely",
    impact="moderate",
    cia="CI",
    placement=("element", "outbound"),
)
def output_rendering(view: ElementView) -> Match | None:
    """An LLM's or agent's answers are shown to people in a client (a chat page, an app,
    a browser panel) and content others wrote can shape those answers. Markdown images
    and links in an answer are fetched when it renders, so injected instructions can
    make the model put what it sees into a URL on an outside server (zero-click
    exfiltration), and markup in an answer can run as script in the page. Raised once
    per model, placed on the client that renders the answers (not one that only plays
    them sound or video, such as a phone line's synthesised speech: then on the model,
    whose answers reach the people some other way); sanitising what is
    rendered (no remote images, allow-listed links, encoded markup) counts there and
    on the model's outbound flows."""
    if embeds_only(view.element):
        return None  # an embedding model follows no instructions and writes no text
    e = view.element
    g = view.g
    if not _is_root(view):
        return None
    srcs, _ = _with_llms(view, indirect_sources)
    if not srcs:
        return None
    # the reader who gets hurt is someone other than the one who wrote the content
    authors = {x.element.id for x in srcs}
    victims = [h for h in _humans_reading(g, e) if h.id not in authors]
    if not victims:
        return None
    s = view.system
    # a client that only plays the victims sound or video (a phone line's synthesised
    # speech, a call transferred to a colleague) renders no images, links or markup
    to_victims = {
        x.id: [f for f in s._out[x.id] if f.target in {v.id for v in victims}]
        for x in _renderers(g, e)
    }
    clients = [
        g.by_id[x]
        for x, fs in to_victims.items()
        if any(g.carried(f).kinds - {DataKind.MEDIA} for f in fs)
    ]
    if not clients and any(to_victims.values()) and not _victims_direct(s, e, victims):
        return None  # they only hear or watch the answers
    if _egress(g, e)[0]:
        return None  # it can send data out anyway: ai/agent-exfiltration covers that
    ctx = _context_level(g, e)
    sees = (
        f"; it sees {level(ctx)} data"
        if ctx is not None and ctx >= Sensitivity.CONFIDENTIAL
        else ""
    )
    where = clients[0] if clients else e
    shown = f" in {names(clients, s)}" if clients else ""
    return Match(
        f"{subject(victims, 'reads', 'read', s)} answers of {view.described}{shown}, and "
        f"content from {source_names(g, srcs)} can shape them{sees}. Images and links in "
        "an answer are fetched as it renders, so injected instructions can put what the "
        "model sees into a URL on someone else's server; markup can run as script in the "
        "page.",
        target=Target.element(where.id),
        affected=tuple(dict.fromkeys((e.id, *(x.id for x in clients), *(v.id for v in victims))))
        + path_targets(g, srcs),
        control_sites=tuple(
            dict.fromkeys(
                (
                    *route_sites(g, e, srcs),
                    *(f.id for f in s._out[e.id]),
                    *(x.id for x in clients),
                    *(f.id for x in clients for f in s._out[x.id]),
                )
            )
        ),
    )


def _victims_direct(s: System, e: Element, victims: list[Element]) -> bool:
    """The model sends some of the people its answers, with no client between."""
    return any(f.target in {v.id for v in victims} for f in s._out[e.id])


def _read_into_context(g: Facts, store: Element) -> bool:
    """A store whose content goes back into an LLM's or agent's context."""
    return any(
        isinstance(g.by_id[f.target], (LLM, Agent))
        or any(isinstance(y, (LLM, Agent)) for y in g.system.successors(f.target))
        for f in g.system._out[store.id]
    )


def _acts_on(g: Facts, x: Element) -> bool:
    """Handing model output to ``x`` does something: it is written to a store, sent to an
    outside service or a tool, or passed to a back-end service (not a client that shows
    it to people)."""
    if g.on_user_device(x) or g.untrusted(x):
        return False
    if isinstance(x, (DataStore, Tool)):
        return True
    if isinstance(x, ExternalService):
        return not is_model_api(x)
    if isinstance(x, (Service, Endpoint)):
        return not any(isinstance(g.by_id[y.target], Actor) for y in g.system._out[x.id])
    return False


_HALLUCINATION_CONTROLS = (c.OutputFiltering, c.ModelValidation, c.UserTraining)


@rule(
    "ai/hallucination",
    threat="hallucination_misinformation",
    title="People act on confidently wrong answers",
    applies_to=on_element(LLM, Agent, Model),
    atlas=[],
    owasp=["LLM09:2025", "ASI09:2026"],
    cwe=["CWE-1426"],
    mitigations=[c.HumanInTheLoop, c.OutputFiltering],
    supporting=[c.ModelValidation, c.UserTraining],
    likelihood="possible",
    impact="minor",
    cia="I",
    placement=("element", "outbound"),
)
def hallucination(view: ElementView) -> Match | None:
    """Customers or the public read answers an LLM or agent writes, or its answers drive
    high-stakes decisions, and people act on them. The model states false things
    fluently: invented facts, citations, policies, package names. Raised once per model
    whose answers reach people (models whose answers the same people read through the
    same clients, behind one gateway, once together); review of consequential answers and
    output checks count on the model and what relays its answers. An agent declared
    supervised has its steps approved, not the answers customers read: its declared
    autonomy does not count as review for them. On a high-stakes model a person approving
    each draft only lowers it: they rely on the draft they sign (automation bias), and a
    check of the output against its sources is what answers it. Staff reading what a
    tool built for them writes are left out, except in a system declared high-risk:
    there the drafts they read and sign off (also once kept in a store for review,
    written there directly or through a tool, not one that only reads: a lookup keeps
    no draft) feed consequential work, one step more
    than a minor slip when one gets through, and the same holds for their approval.
    A language model declared as a classifier or detector returns a label, not prose:
    what it gets wrong is a missed or false label."""
    if embeds_only(view.element):
        return None  # an embedding model follows no instructions and writes no text
    e = view.element
    g = view.g
    found = _misled_readers(g, e)
    if found is None:
        return None
    humans, shown_by, staff_drafts = found
    # models whose answers the same people read through the same screens (three models
    # behind one gateway) are one finding, on the first, naming the others
    group = _hallucination_groups(g)[_hallucination_key(g, e)]
    if group[0] != e.id:
        return None
    others = list(group[1:])
    stakes = isinstance(e, Model) and e.high_stakes
    outside = [h for h in humans if not g.operated(h)]
    relays = [x.id for x in shown_by]
    # an agent declared supervised has its consequential steps approved, not the answers
    # it writes to customers: that supervision is no review of what they read
    unreviewed = (
        bool(outside)
        and isinstance(e, Agent)
        and not any(e.has(k) for k in (c.HumanInTheLoop, *_HALLUCINATION_CONTROLS))
    )
    # one model: its description; several: their names
    writer = names([e.id, *others], view.system) if others else view.described
    if staff_drafts:
        said = (
            f"What {writer} {'write' if others else 'writes'}, {subject(humans, 'reads', 'read')} and "
            f"{'acts' if len(humans) == 1 else 'act'} on in a system declared high-risk; it "
            "can be confidently wrong (invented facts, figures or citations, or something "
            "left out), and "
            + (
                "staff who sign it off tend to trust it"
                if _declares_review(view, e, relays)
                else "staff tend to take it as given"
            )
            + " (automation bias); a check against the sources is what catches it."
        )
    else:
        said = (
            f"{writer} {'write' if others else 'writes'} answers that {subject(humans, 'reads', 'read')}; they "
            "can be confidently wrong, and people act on them"
            + (
                ". A person signing off each one relies on the draft and misses what it "
                "invents; a check against the sources is what catches it."
                if stakes and _declares_review(view, e, relays)
                else "."
            )
        )
    return Match(
        said,
        affected=(*(h.id for h in humans), *others),
        likelihood_delta=1 if stakes else 0,
        # drafts staff act on in a system declared high-risk feed consequential work (a
        # switching order, a medication change, a motion filed in court): more than a
        # minor slip when one gets through
        impact_delta=1 if staff_drafts else 0,
        # on a high-stakes model, or where staff sign off its drafts, the person
        # approving them lowers the odds of a wrong one getting through, and relies on it
        # (automation bias): that review does not close the finding on its own, a check
        # of the output does
        reduces_only=(c.HumanInTheLoop,) if stakes or staff_drafts else (),
        control_sites=(
            *(() if unreviewed else (e.id,)),
            *(f.id for f in view.system._out[e.id]),
            *relays,
            *(f.id for r in relays for f in view.system._out[r]),
            *(h.id for h in humans),
        ),
        owasp=("LLM09:2025",) + (("ASI09:2026",) if isinstance(e, Agent) else ()),
    )


def _misled_readers(g: Facts, e: Element) -> tuple[list[Element], list[Element], bool] | None:
    """For an LLM, agent or generative model whose wrong answers people would act on:
    who reads them, the clients that show them, and whether they are only staff reading
    drafts in a system declared high-risk. None when the finding does not apply. Worked
    out once per element (the rule and its grouping both ask)."""
    return g.memo("prompts.misled-readers", e, lambda: _misled_readers_now(g, e))


def _misled_readers_now(g: Facts, e: Element) -> tuple[list[Element], list[Element], bool] | None:
    if acts_through_others(g, e):
        return None  # an agent's reasoner, or a model declared to return a label
    if not isinstance(e, (Model, Agent)) or (
        not isinstance(e, LLM)
        and isinstance(e, Model)
        and not (e.task is Task.GENERATIVE and e.high_stakes)
    ):
        return None  # suggestions of a small generative model (a keyboard) are not advice
    # what it writes may be kept first (a draft saved for review) and read from there
    humans, shown_by = _audience(g, e)
    if not humans:
        humans, shown_by = _draft_audience(g, e)
    if not humans:
        return None
    stakes = isinstance(e, Model) and e.high_stakes
    if stakes or any(not g.operated(h) for h in humans):
        return humans, shown_by, False
    # staff using a tool built for them know it can be wrong, unless the system is one
    # declared high-risk: there its drafts feed consequential work (a brief, a clinical
    # note, a filing) that the staff who sign them off rely on
    if g.system.profile is RiskProfile.HIGH:
        return humans, shown_by, True
    return None


def _hallucination_key(g: Facts, e: Element) -> Hashable:
    found = _misled_readers(g, e)
    assert found is not None
    humans, shown_by, _ = found
    return (
        isinstance(e, Model) and e.high_stakes,
        tuple(sorted(h.id for h in humans)),
        tuple(sorted(x.id for x in shown_by)),
    )


def _hallucination_groups(g: Facts) -> Grouped:
    """LLMs, agents and generative models by who reads their answers through which
    clients: each group is one hallucination finding."""
    return grouped(
        g,
        "prompts.hallucination-groups",
        lambda: (
            (_hallucination_key(g, e), e.id, e.id)
            for e in g.system.all_elements
            if _misled_readers(g, e) is not None
        ),
    )


def _declares_review(view: ElementView, e: Element, relays: list[str]) -> bool:
    """A person's approval is declared on the model, its outbound flows or the relays
    that show its answers."""
    s = view.system
    return bool(
        approvals(
            e,
            *s._out[e.id],
            *(view.g.by_id[r] for r in relays),
            *(f for r in relays for f in s._out[r]),
        )
    )


# ---------------------------------------------------------------------------- providers


def _sent_to_provider(view: ElementView) -> tuple[list[Flow], Sensitivity] | None:
    """The flows that send a model another company runs confidential or more sensitive
    data (the API key of the call aside), with the most sensitive level sent; None when
    nothing like that is sent or the element is no such model. What the provider's own
    stores (in the model's boundary, not run by us) hand it is not sent by us."""
    e = view.element
    if not is_model_api(e):
        return None
    s = view.system

    def sent(f: Flow) -> Sensitivity | None:
        # the API key that authenticates the call is ai/model-api-key-abuse's concern
        levels = [d.sensitivity for d in f.data if d.kind is not DataKind.CREDENTIALS]
        return max(levels, default=None)

    here = s.boundary_of(e)
    flows = [
        f
        for f in s._in[e.id]
        if (sent(f) or Sensitivity.PUBLIC) >= Sensitivity.CONFIDENTIAL
        and not is_model_api(view.g.by_id[f.source])
        # what the provider's own store hands its model (a vendor's evidence store
        # feeding its own transcription) it holds already: we send it nothing
        and not _providers_own(view, f, here)
    ]
    if not flows:
        return None
    return flows, max(sent(f) or Sensitivity.PUBLIC for f in flows)


def _providers_own(view: ElementView, f: Flow, here: Boundary | None) -> bool:
    """The flow comes from a store or data source the provider keeps beside its model,
    in the model's boundary and not run by us: data it holds already. A relay of
    theirs (an API gateway in front of the model) passes on what we send, but not what
    it took straight from others (a contact-centre platform handing its own speech
    recognition the calls it answers): that never came from us."""
    src = view.g.by_id[f.source]
    g = view.g
    if here is None or view.system.boundary_of(src) != here or g.operated(src):
        return False
    if isinstance(src, (DataStore, DataSource)):
        return True
    s = view.system
    sent = [d for d in f.data if d.kind is not DataKind.CREDENTIALS]
    return bool(sent) and all(
        any(d in x.data for x in s._in[src.id])
        and not any(d in x.data and g.operated(x.source) for x in s._in[src.id])
        for d in sent
    )


def _provider_match(
    view: ElementView, flows: list[Flow], top: Sensitivity, more: str
) -> Match | None:
    """One finding per provider: the models of one company (in one boundary) that we
    send data of the same class (personal or secret, or confidential) to, with the same
    minimisation declared, are one finding, on the one sent the most sensitive data
    (then the most of it, then by id), listing the others (a speech vendor's recognition
    and text-to-speech, an LLM vendor's embedding API and LLM)."""
    s = view.system
    e = view.element
    peers = _provider_peers(view, _personal_or_secret(top))
    if peers and peers[0][0] is not e:
        return None
    others = [x for x, _, _ in peers[1:]]
    every = [*flows, *(f for _, fl, _ in peers[1:] for f in fl)]
    also = f" (and {names(others)})" if others else ""
    return Match(
        f"{subject({f.source for f in every}, 'sends', 'send', s)} {level(top)} data to "
        f"{view.described}{also}, {'models' if others else 'a model'} another company "
        f"runs; it may be retained, exposed or answered by a silently changed model{more}.",
        affected=(
            *(f.id for f in flows),
            *(x.id for x in others),
            *(f.id for _, fl, _ in peers[1:] for f in fl),
        ),
        control_sites=tuple(
            dict.fromkeys(
                (
                    e.id,
                    *(f.id for f in every),
                    *(f.source for f in every),
                    *(x.id for x in others),
                    *_assessed_with(view),
                )
            )
        ),
        # what the provider does with the data does not depend on who else can reach
        # the model: cancel the scorer's bonus for a target near untrusted parties
        likelihood_delta=-1 if _near_untrusted(view.g, e) else 0,
    )


_Peer = tuple[Element, list[Flow], Sensitivity]


@attrs.frozen
class _Provider:
    """What one provider's boundary holds, worked out once per System: the models of
    theirs we send confidential or more sensitive data to, grouped by the class of
    data (personal or secret, or not) and whether minimisation is declared, each group
    sorted (most sensitive data first, then the most of it, then by id); each model's
    group key; and the models that declare a supplier assessment."""

    groups: dict[tuple[bool, bool], tuple[_Peer, ...]]
    key: dict[str, tuple[bool, bool]]
    assessed: tuple[str, ...]


def _providers(g: Facts) -> dict[str, _Provider]:
    """Each boundary holding models another company runs, by boundary id."""

    def build() -> dict[str, _Provider]:
        s = g.system
        members: dict[str, list[Element]] = {}
        for x in s.all_elements:
            b = s.boundary_of(x)
            if b is not None and isinstance(x, (LLM, Model, ExternalService)):
                members.setdefault(b.id, []).append(x)
        out: dict[str, _Provider] = {}
        for bid, xs in members.items():
            groups: dict[tuple[bool, bool], list[_Peer]] = {}
            key: dict[str, tuple[bool, bool]] = {}
            for x in xs:
                got = _sent_to_provider(ElementView(s, x))
                if got is None:
                    continue
                k = (_personal_or_secret(got[1]), _minimised(s, x, got))
                key[x.id] = k
                groups.setdefault(k, []).append((x, got[0], got[1]))
            for peers in groups.values():
                # the one sent the most sensitive data, then the most kinds of it (the
                # LLM that gets the records beside the embedding API that gets the
                # question), then by id
                peers.sort(
                    key=lambda p: (-p[2].rank, -len({d for f in p[1] for d in f.data}), p[0].id)
                )
            assessed = tuple(
                x.id for x in xs if any(isinstance(k, c.SupplierAssessment) for k in x.controls)
            )
            out[bid] = _Provider({k: tuple(v) for k, v in groups.items()}, key, assessed)
        return out

    return g.memo("prompts.providers", "", build)


def _provider_peers(view: ElementView, personal: bool) -> tuple[_Peer, ...]:
    """The provider's models in this one's boundary that we send data of the same class
    to, with the same minimisation declared as this one, in finding order; empty when it
    has no such neighbour."""
    here = view.system.boundary_of(view.element)
    if here is None:
        return ()
    table = _providers(view.g).get(here.id)
    k = table.key.get(view.element.id) if table is not None else None
    if table is None or k is None or k[0] is not personal:
        return ()
    peers = table.groups[k]
    return peers if len(peers) > 1 else ()


def _minimised(s: System, e: Element, got: tuple[list[Flow], Sensitivity] | None) -> bool:
    """Data minimisation declared on the model, the flows to it or what sends them."""
    holders: list[Element | Flow] = [e]
    if got is not None:
        holders += [*got[0], *(s.element(f.source) for f in got[0])]
    return any(isinstance(k, c.DataMinimization) for h in holders for k in h.controls)


def _assessed_with(view: ElementView) -> list[str]:
    """Other models and services of the same provider (in the same boundary) that
    declare a supplier assessment: the assessment is of the company, so it covers the
    embedding API beside the assessed LLM."""
    here = view.system.boundary_of(view.element)
    if here is None:
        return []
    table = _providers(view.g).get(here.id)
    return [x for x in table.assessed if x != view.element.id] if table else []


def _personal_or_secret(top: Sensitivity) -> bool:
    return top.is_personal or top is Sensitivity.SECRET


@rule(
    "ai/third-party-model-provider",
    threat="third_party_ai_dependency",
    title="Sensitive data sent to another company's model",
    stride="I",
    applies_to=on_element(LLM, Model, ExternalService),
    atlas=[],
    owasp=["LLM02:2025", "LLM03:2025"],
    cwe=["CWE-201", "CWE-1357"],
    # encryption in transit does nothing about what the provider keeps or trains on
    mitigations=[c.SupplierAssessment, c.DataMinimization],
    supporting=[c.ModelVersioning],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def third_party_model_provider(view: ElementView) -> Match | None:
    """Prompts and context carrying confidential business data go to a model another
    company runs. The provider may retain, log or train on them, may be breached, and
    may change the model behind the same name without notice. A supplier assessment
    (retention, training opt-out, version pinning) and minimising what is sent count on
    the provider or the flows to it; an assessment declared on another model of the
    same provider (its LLM beside its embedding API) counts too, since it is the
    company that was assessed. One provider's models (in one boundary) are one finding
    when the same minimisation is declared on each. Personal, regulated or secret data
    is ``ai/personal-data-to-model-provider``."""
    got = _sent_to_provider(view)
    if got is None or _personal_or_secret(got[1]):
        return None
    return _provider_match(view, *got, "")


@rule(
    "ai/personal-data-to-model-provider",
    threat="third_party_ai_dependency",
    title="Personal or secret data sent to another company's model",
    stride="I",
    applies_to=on_element(LLM, Model, ExternalService),
    atlas=[],
    owasp=["LLM02:2025", "LLM03:2025"],
    cwe=["CWE-201", "CWE-359", "CWE-1357"],
    mitigations=[c.DataMinimization],
    supporting=[c.SupplierAssessment, c.ModelVersioning],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def personal_data_to_model_provider(view: ElementView) -> Match | None:
    """Prompts and context carrying personal, regulated or secret data (customer
    records, health data, keys) go to a model another company runs. The provider may
    retain, log or train on them, may be breached, and may change the model behind the
    same name without notice. Vetting the vendor and its terms lowers the risk but
    does not bound what it holds: only sending no more than the task needs (redaction,
    pseudonymisation, leaving fields out) does, on the provider, the flows to it or the
    components that build them. A supplier assessment and version pinning lower it.
    One provider's models (a speech vendor's recognition and text-to-speech) are one
    finding when the same minimisation is declared on each. What the provider takes
    straight from others (a contact-centre platform handing its own speech recognition
    the calls it answers) is not sent by us."""
    got = _sent_to_provider(view)
    if got is None or not _personal_or_secret(got[1]):
        return None
    return _provider_match(
        view, *got, "; vetting the vendor does not limit what it receives, sending less does"
    )


@rule(
    "ai/model-api-key-abuse",
    threat="inference_api_spoofing",
    title="Stolen model-provider credentials",
    stride="S",
    applies_to=on_element(LLM, Model, ExternalService),
    atlas=["AML.T0012", "AML.T0055"],
    owasp=["LLM10:2025"],
    cwe=["CWE-798", "CWE-522"],
    mitigations=[c.SecretsManagement],
    supporting=[c.AnomalyDetection, c.RateLimiting, c.AuditLogging],
    likelihood="possible",
    impact="minor",
    cia="A",
    placement=("element", "inbound"),
)
def model_api_key_abuse(view: ElementView) -> Match | None:
    """Components call a model another company runs with an API key or cloud
    credentials that the model declares: a store holding them next to the caller, a
    flow carrying them, or a caller shipped to users' devices. Keys leaked from code, configuration, logs or a compromised host let
    others call the model as you, at your cost and under your name (resold access,
    abuse traced to your account). A store counts when what it hands the caller may be
    a key (a flow declaring only a profile hands none, nor one declaring only codes that
    open a door, a gate or a key safe, or PINs), and not when all the credentials it
    keeps are what a sign-in checks people against (their password hashes) or payment
    tokens: no provider key is among them. Keeping keys in a secret store,
    scoping and rotating them count on the callers, their flows and the store the keys
    sit in."""
    e = view.element
    if not is_model_api(e):
        return None
    s = view.system
    g = view.g
    callers = [
        f
        for f in s._in[e.id]
        if not is_model_api(g.by_id[f.source]) and not isinstance(g.by_id[f.source], Actor)
    ]
    if not callers:
        return None
    atlas = ["AML.T0012"]
    # a store of keys next to a caller, when what it hands the caller may be a key (a
    # flow that declares its data and no credential among it hands none)
    loose = list(
        dict.fromkeys(
            g.by_id[x.source]
            for f in callers
            for x in s._in[f.source]
            if isinstance(g.by_id[x.source], DataStore)
            and g.secrets_at(x.source)
            and not only_payment_tokens(g.by_id[x.source])
            and not only_sign_in_verifiers(g.by_id[x.source])
            and (
                not x.data
                or any(is_credential(d) and not _PHYSICAL_CODE.search(d.name) for d in x.data)
            )
        )
    )
    sent = [f for f in callers if any(d.kind is DataKind.CREDENTIALS for d in f.data)]
    shipped = [f for f in callers if g.on_user_device(f.source)]
    if not (loose or sent or shipped):
        return None  # nothing says where the key is: every API has one
    if not shipped and any(_keys_exposed(g, x) for x in loose):
        # the credentials finding on the store the keys sit in (outsiders can steer
        # what reads it) says it: the same keys, the same fix, one finding
        return None
    if loose:
        atlas.append("AML.T0055")
    where = f"; the keys sit in {names(loose)}" if loose else ""
    if shipped:
        where += f"; {names({f.source for f in shipped}, s)} runs on users' devices, with the key"
    return Match(
        f"{subject({f.source for f in callers}, 'calls', 'call', s)} {view.described} with credentials{where}; "
        "a leaked key lets others use the model as you, at your cost.",
        affected=(*(f.id for f in callers), *(x.id for x in loose)),
        atlas=tuple(atlas),
        # the store the keys sit in counts too: a secret manager there is the control
        control_sites=(
            e.id,
            *(f.id for f in callers),
            *(f.source for f in callers),
            *(x.id for x in loose),
        ),
    )


_PHYSICAL_CODE = re.compile(
    r"\b(?:door|gate|keypad|key ?safe|lock|locker|entry|tower|building|alarm)\s+"
    r"(?:access\s+)?codes?\b|\baccess codes?\b|\bpins?\b",
    re.IGNORECASE,
)
"""How a datum says it is a code that opens a door, a gate or a key safe, or a PIN: a
credential for a place or a device, not a key a model provider accepts."""


def _keys_exposed(g: Facts, store: Element) -> bool:
    """The credentials finding is raised on the store: what reads its keys can be
    steered or reached from outside."""
    return g.memo(
        "prompts.keys-exposed",
        store,
        lambda: exposed_credentials(ElementView(g.system, store)) is not None,
    )


# ---------------------------------------------------------------------------- memory


@rule(
    "ai/agent-memory-poisoning",
    threat="agent_memory_poisoning",
    title="Poisoned memory, history or saved notes steer later sessions",
    # a store holding the agent's instructions: the instructions finding says it
    family="ai/agent-instructions-tampering",
    stride="T",
    applies_to=on_element(DataStore, Agent),
    atlas=["AML.T0080", "AML.T0080.000", "AML.T0080.001", "AML.T0092", "AML.T0094"],
    owasp=["ASI06:2026", "LLM01:2025"],
    cwe=["CWE-1427", "CWE-349"],
    mitigations=[c.MemoryHardening, c.UntrustedInputSegregation],
    supporting=[c.AuditLogging, c.DataVersioning],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def agent_memory_poisoning(view: ElementView) -> Match | None:
    """What an LLM or agent remembers (long-term memory, conversation history, a thread it
    reloads) is written while untrusted text can reach it, or by components outsiders can
    call, and read back into its context later. A planted memory or a forged turn
    persists and steers later sessions, long after the original input is gone. Raised on
    the store; memory hardening (provenance, expiry, review) counts there. The finding
    says what the store keeps: memory, a conversation (by the store's name or what is
    written), or the notes and records an agent writes for itself, tagged as memory and
    not as chat history. Stores the
    same components read back (a history and a memory) are one finding. A store not
    declared as memory counts only when what is written into it comes back out (a
    service writing decisions next to the listings it reads keeps no memory), to the
    writer itself when the writer reads the store (a report job's summary that a chat
    bot reads is the bot's input, not the job's memory). A plain service that stores
    only what colleagues handed it, under the same names, keeps their content, not the
    agent's (a CMS saving the reporter's draft while the agent's report comes in
    under another name). Nor is what an agent's tool writes there (a booking, a rate
    change, a day's plan): the fields of a call, not what the agent was told; the agent
    misusing the tool is the tool finding's, and a store declared as memory counts
    whoever writes it. Nor are the records a plain service, an endpoint or a tool keeps
    (permits, appeal forms, a roster, a job's segments, dictated audio): a store not
    declared as memory counts for what the agent or LLM writes itself (its notes, its
    case history), for the model's own output kept for later, and for what is named as
    the conversation (a chat service's history, turns, a transcript; a write declaring
    no data, by the store's name); text planted in records reaches the model as content
    it reads, which the injection findings say. A service reads a store back into
    context only when what it sends the model could hold what it read (a prompt it
    builds, not one it only forwards as it came; a datum it read):
    a console that shows an agent's activity log to people and sends the agent only
    commands reads nothing back. A history (not a store declared as long-term memory,
    which may be shared between the many people an actor stands for) whose only
    untrusted text is the words of the people talking to the agent, when nobody else
    talks to it, is each speaker's own: what they plant there they could say in any
    turn, and the direct injection finding says that; staff who take up that person's
    case count as readers of it, not as others it steers, unless they are privileged.
    What a person passes on themselves (a code they scan, what they type into an app on
    their own phone, not a desktop program others on the machine can act as) is their
    own words; passages the readers fetch again from a store in every session (a
    retrieval index) persist there already, and keeping them in a history adds nothing
    to the indirect injection finding. The person named
    as the approver of the agent's approval who asks it nothing (an underwriter signing
    a referral) does not count as someone else talking to it, nor does a sign-in token
    an identity provider passes on."""
    e = view.element
    g = view.g
    s = view.system
    if isinstance(e, Agent):
        if not e.memory or any(
            isinstance(x, (DataStore,)) and any(isinstance(y, Agent) for y in s.successors(x))
            for x in view.successors
        ):
            return None
        srcs = steerers(g, e)
        if not srcs:
            return None
        return Match(
            f"{view.described} keeps long-term memory and reads content from "
            f"{source_names(g, srcs)}; a planted memory steers later sessions.",
            atlas=("AML.T0080", "AML.T0080.000", "AML.T0094"),
        )
    loop = _memory_loop(g, e)
    if loop is None:
        return None
    steered, readers = loop
    reader_ids = {f.target for f in readers}
    # stores the same components write and read back (a history and a memory): one
    # finding, on the first, listing the others
    group = _memory_groups(g)[frozenset(reader_ids)]
    if group[0] != e.id:
        return None
    others = [g.by_id[o] for o in group[1:]]
    for o in others:
        more = _memory_loop(g, o)
        assert more is not None
        steered = [*steered, *more[0]]
        readers = [*readers, *more[1]]
    what, atlas = _kept_what(g, e, others, steered)
    also = f" (and {names(others)})" if others else ""
    return Match(
        f"{view.described}{also} keeps {what}, and "
        f"{subject(reader_ids, 'reads', 'read', s)} it back into context; a planted entry "
        "steers later sessions.",
        affected=(
            *dict.fromkeys(f.id for f in steered),
            *dict.fromkeys(f.id for f in readers),
            *(o.id for o in others),
        ),
        atlas=atlas,
    )


def _kept_what(
    g: Facts, e: Element, others: list[Element], steered: list[Flow]
) -> tuple[str, tuple[str, ...]]:
    """What the memory finding says the stores keep, and its ATLAS techniques: memory
    (a vector store), a conversation by name (the store's, or what is written: the chat
    history techniques), or the notes and records an agent keeps for itself (its memory,
    though not declared as one)."""
    s = g.system
    kinds = {isinstance(x, VectorStore) for x in (e, *others)}
    talk = any(_TURNS.search(x.name) for x in (e, *others) if not isinstance(x, VectorStore))
    talk = talk or any(_TURNS.search(d.name) for f in steered for d in f.data)
    atlas = ["AML.T0080", "AML.T0094"]
    if talk:
        atlas += ["AML.T0080.001", "AML.T0092"]
    if True in kinds or not talk:
        atlas.append("AML.T0080.000")
    writer_ids = {f.source for f in steered}
    writers = subject(writer_ids, "writes", "write", s)
    them = "it" if len(writer_ids) == 1 else "them"
    if isinstance(e, VectorStore):
        what = f"memory that {writers}"
    elif talk:
        what = f"conversation history that {writers}"
    else:
        what = f"what {writers} (notes and records, not declared as memory)"
    return f"{what} while untrusted text reaches {them}", tuple(atlas)


_Loop = tuple[list[Flow], list[Flow]]


def _memory_loop(g: Facts, e: Element) -> _Loop | None:
    """A store an LLM or agent writes while untrusted text reaches the writer and reads
    back into context: the steered writes and the reads; None when it is no such store."""
    return g.memo("prompts.memory-loop", e, lambda: _memory_loop_now(g, e))


def _memory_loop_now(g: Facts, e: Element) -> _Loop | None:
    s = g.system
    if not isinstance(e, DataStore):
        return None
    readers = [
        f
        for f in s._out[e.id]
        if isinstance(g.by_id[f.target], (LLM, Agent))
        or (isinstance(g.by_id[f.target], (Service, Endpoint)) and _relays_to_model(g, f))
    ]
    if not readers:
        return None
    reader_ids = {f.target for f in readers}
    writers = [
        f
        for f in s._in[e.id]
        if (f.source in reader_ids or isinstance(g.by_id[f.source], (Agent, LLM, Tool)))
        and not g.is_query(f)
    ]
    if not writers and not (isinstance(e, VectorStore) and e.memory):
        return None
    declared = isinstance(e, VectorStore) and e.memory  # what it keeps is memory by name
    steered = [
        f
        for f in writers
        if (g.sources(f.source) or g.untrusted(f.source))
        and (
            declared
            or (
                _keeps_turns(g, f)
                and not _only_call_fields(g, f)
                and _read_back(g, f, readers)
                and not _handed_on(g, f)
            )
        )
    ]
    if steered and not declared and _only_own_words(g, steered, reader_ids, e.id):
        return None
    return (steered, readers) if steered else None


_TURNS = re.compile(
    r"\b(?:conversations?|chats?|dialogues?|threads?|turns?|transcripts?|memor(?:y|ies)"
    r"|messages?)\b",
    re.IGNORECASE,
)
"""How a datum says it is what was said to a model or agent: a conversation, a chat, a
thread, turns, a transcript, messages, a memory."""


def _keeps_turns(g: Facts, write: Flow) -> bool:
    """What the write puts in the store is the agent's own working memory: the agent or
    LLM that read the untrusted text writes it (its notes, its case history, its
    thread), or a service or tool writes the model's own output (a report job keeping
    the last report it reads back) or what is named as the conversation itself (a chat
    service saving the history it replays; when the write declares no data, the
    store's name says). A service or tool saving records (permits, appeal forms, a job's
    segments, a roster, dictated audio) keeps records: text planted in them reaches the
    model as content it reads, which the indirect injection finding says."""
    if isinstance(g.by_id[write.source], (Agent, LLM)):
        return True
    if not write.data:  # what it writes is not declared: the store's name says
        return bool(_TURNS.search(g.by_id[write.target].name))
    return any(_TURNS.search(d.name) or d.kind is DataKind.MODEL_OUTPUT for d in write.data)


def _only_call_fields(g: Facts, write: Flow) -> bool:
    """An agent's tool writes the store, and what it writes is the fields of the calls
    it gets (a booking, a rate change): nothing but its callers sends it content that
    outsiders shape (a browser saving the pages it fetched writes theirs)."""
    s = g.system
    tool = g.by_id[write.source]
    if not isinstance(tool, Tool):
        return False
    return not any(
        f.source != write.target
        and not isinstance(g.by_id[f.source], (Agent, LLM))
        and (g.untrusted(f.source) or g.sources(f.source))
        for f in s._in[tool.id]
    )


_TALK_RELAYS = (*RELAYS, ExternalService, Agent, LLM)
"""What a person's words pass through on the way to an agent: request relays, a
messaging or mail provider, the agent itself."""


def _only_own_words(g: Facts, steered: list[Flow], readers: set[str], store: str) -> bool:
    """The untrusted text written into the store is only the words of the people who talk
    to the agent, and nobody else talks to it: each keeps their own history, and what
    they plant there they could say in any turn (the direct injection finding says it).
    What they pass on themselves (a code they scan) is their words too. Content the
    readers fetch afresh from a store in every session (passages of a retrieval index)
    persists there already: keeping it in a history adds nothing to the indirect
    injection finding. Not when other people's content is kept too (a supplier's
    e-mail, a web page), or when someone else, whose sessions the history steers, talks
    to the agent as well: another outsider, or a privileged person (an owner whose
    assistant strangers can message). Staff who take up the person's case (a
    counsellor, a recruiter, a physiotherapist) read that person's words as part of it,
    which the injection findings name."""
    if any(g.untrusted(f.source) for f in steered):
        return False
    sources = [
        src
        for f in steered
        for src in g.sources(f.source)
        if not _fetched_anyway(g, src, readers, store)
    ]
    own = [src for src in sources if _own_words(g, src)]
    planters = {src.element.id for src in own}
    # content whose route passes through one of them: they pass it on themselves; and
    # the app on their own phone says what they type into it
    if not all(
        src in own
        or not planters.isdisjoint(src.path[1:-1])
        or _their_device(g, src.element, planters)
        for src in sources
    ):
        return False
    if not planters:
        return True  # only what the readers fetch again anyway
    # the history goes back to the people who wrote it, and to staff who take up their
    # case (a counsellor taking over a chat, a recruiter reading a candidate's thread):
    # those read the person's words as part of the case, which the injection findings
    # name. It is not their own when an outsider or a privileged person talks to the
    # agent too (strangers messaging an owner's assistant steer the owner's sessions).
    # The person who only approves what it proposes for that case (an underwriter
    # signing a referral) asks it nothing of their own.
    talkers = {x for r in readers for x in _talkers(g, r) if not approver_only(g, g.by_id[r], x)}
    others = talkers - planters
    return planters <= talkers and not any(
        g.untrusted(g.by_id[x]) or getattr(g.by_id[x], "privileged", False) for x in others
    )


def _fetched_anyway(g: Facts, src: Source, readers: set[str], store: str) -> bool:
    """The source's content reaches the writer through another store the readers read
    directly (a retrieval index): they fetch it afresh in every session."""
    s = g.system
    return any(
        x != store
        and isinstance(g.by_id[x], DataStore)
        and any(f.target in readers for f in s._out[x])
        for x in src.path[1:-1]
    )


def _talkers(g: Facts, reader: str) -> set[str]:
    """The people whose requests reach a component through request relays, agents and
    LLMs (three hops back); a sign-in token an identity provider passes on is nobody's
    request."""
    s = g.system
    found: set[str] = set()
    seen = {reader}
    frontier = [reader]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._in[node]:
                if f.source in seen or (f.data and all(is_credential(d) for d in f.data)):
                    continue
                seen.add(f.source)
                e = g.by_id[f.source]
                if isinstance(e, Actor) and e.human:
                    found.add(e.id)
                elif isinstance(e, _TALK_RELAYS):
                    nxt.append(e.id)
        frontier = nxt
    return found


def _their_device(g: Facts, e: Element, people: set[str]) -> bool:
    """``e`` is an app on users' own phones or tablets that only some of ``people`` use:
    what it sends is what they type into it. Not a desktop program, which anything
    running as its user can act as (a token dumped from a desktop AI client)."""
    s = g.system
    users = {x.id for x in (*s.predecessors(e), *s.successors(e)) if isinstance(x, Actor)}
    return g.on_user_device(e) and not is_desktop(e) and bool(users) and users <= people


def _own_words(g: Facts, src: Source) -> bool:
    """Untrusted text that is the words of a person talking to the agent, through request
    relays and the agent itself: what that person plants in their own history they could
    say in any turn (the direct injection finding); no one else's content is kept."""
    e = src.element
    return (
        isinstance(e, Actor)
        and e.human
        and all(
            isinstance(g.by_id[x], _TALK_RELAYS)
            or (g.on_user_device(x) and not is_desktop(g.by_id[x]))
            for x in src.path[1:-1]
        )
    )


def _relays_to_model(g: Facts, read: Flow, got: set[Data] | None = None) -> bool:
    """A service that reads a store may put what it read into an LLM's or agent's
    context: a flow from it to one carries a prompt (which it builds), a datum read, or
    undeclared data (or the read declares none). One that shows what it read to
    people and sends the agent only commands (a console showing an agent's activity
    log to recruiters, who can take a thread over) reads nothing back. A prompt is one
    it builds when it also writes the store (a chat service keeping the history it
    replays) or when nobody sends it one: a web app that passes its customers' tasks
    to an agent, and hands them the files the agent's browser downloaded, forwards
    their prompts and puts no file in them. ``got``: the data read that matter (all
    that the read carries when not given)."""
    s = g.system
    relay = read.target
    if got is None:
        got = set(read.data)
    builds = any(f.source == relay for f in s._in[read.source]) or not any(
        g.carried(f).declared(DataKind.PROMPT) for f in s._in[relay] if f.source != read.source
    )
    # a prompt it only forwards as it came (a customer's message passed on) is not one it
    # builds from what it read
    forwarded = {d for f in s._in[relay] if f.source != read.source for d in f.data}
    return any(
        isinstance(g.by_id[f.target], (LLM, Agent))
        and (
            not got
            or not f.data
            or bool(got & set(f.data))
            or (builds and any(d.kind is DataKind.PROMPT and d not in forwarded for d in f.data))
        )
        for f in s._out[relay]
    )


def _handed_on(g: Facts, write: Flow) -> bool:
    """A plain service stores only what trusted parties handed it, unchanged: every
    datum it writes reaches it from elsewhere than the store, and never from a
    component untrusted text reaches (a CMS saving the reporter's draft and the
    editor's changes, while an agent's report comes in under another name). What it
    writes under a name of its own may hold anything it was sent (a chat service's
    history), and so may a write that declares no data."""
    src = g.by_id[write.source]
    if not isinstance(src, (Service, Endpoint)) or not write.data:
        return False
    s = g.system
    for d in write.data:
        given = [f for f in s._in[src.id] if f.source != write.target and d in f.data]
        if not given or any(g.untrusted(f.source) or _relays(g, f.source) for f in given):
            return False
    return True


def _relays(g: Facts, element: str) -> bool:
    """Untrusted text reaches the element and it may pass it on: not a person inside,
    who reads a report and writes their own draft."""
    e = g.by_id[element]
    return not (isinstance(e, Actor) and e.human) and bool(g.sources(element))


def _memory_groups(g: Facts) -> Grouped:
    """Stores with a memory loop, grouped by the components that read them back."""
    return grouped(
        g,
        "prompts.memory-groups",
        lambda: (
            (frozenset(f.target for f in loop[1]), e.id, e.id)
            for e in g.system.all_elements
            if (loop := _memory_loop(g, e)) is not None
        ),
    )


def _read_back(g: Facts, write: Flow, reads: list[Flow]) -> bool:
    """What a flow writes into a store (not one declared as memory) is what comes back
    out to the readers: a datum on both, or data not declared on one side (a service
    writing its decisions next to the listings it reads writes no memory). A service
    reading it back must be able to put what was written into a model's context (a
    game server recording gold grants, which sends the model only a player's quest
    state, replays no grant)."""
    if any(f.target == write.source for f in reads):
        # a reader writing: memory is what comes back to it, not what it hands others
        # (a report job's summary that a chat bot reads is that bot's input)
        reads = [f for f in reads if f.target == write.source]
    if not write.data:
        return True
    written = set(write.data)
    for f in reads:
        back = written & set(f.data) if f.data else written
        if not back:
            continue
        if isinstance(g.by_id[f.target], (LLM, Agent)) or _relays_to_model(g, f, back):
            return True
    return False


# ---------------------------------------------------------------------------- caches

_CACHE_KEYS = frozenset({DataKind.PROMPT, DataKind.EMBEDDINGS})


@rule(
    "ai/shared-answer-cache",
    threat="multi_tenant_leakage",
    title="Answers cached by question are served to whoever asks next",
    # a cache read for callers is a per-caller finding too: this one says why
    family="stride/missing-subject-authorization",
    specificity=1,
    stride="I",
    applies_to=on_element(DataStore),
    atlas=["AML.T0057"],
    owasp=["LLM02:2025"],
    cwe=["CWE-668", "CWE-200"],
    mitigations=[c.MemoryHardening, c.InferenceIsolation, c.PermissionAwareRetrieval],
    supporting=[c.AuditLogging],
    likelihood="possible",
    impact="moderate",
    cia="C",
    placement=("element", "inbound", "outbound"),
)
def shared_answer_cache(view: ElementView) -> Match | None:
    """A component keeps the answers a model gave in a store, looks each new question up
    there and, on a hit, returns the stored answer instead of asking the model: a
    response or semantic cache. Unless the cache key holds who asked (their tenant,
    their permissions), an answer built for one caller from what only they may see
    (their records, documents their groups may read) is served to the next caller who
    asks the same thing, around every check the first answer passed; and when
    outsiders reach it, an answer one of them steered is served to everyone who asks
    the same. Raised on the
    store when the cached answers are confidential or personal, or the component that
    keeps them reads personal or regulated data, and people reach that component. A
    store counts as a cache when the component sends it a question (a prompt or its
    embedding) and an answer, and gets answers back without the questions (a
    conversation history returns the turns). Scoping the cache per caller or tenant
    (memory hardening, serving isolation, or a lookup that applies the caller's
    permissions) mitigates it on the store or its flows with the component."""
    e = view.element
    assert isinstance(e, DataStore)
    if isinstance(e, VectorStore) and e.memory:
        return None
    g = view.g
    s = view.system
    keepers = _cache_keepers(g, e)
    if not keepers:
        return None
    answers = {d for f in s._out[e.id] if f.target in keepers for d in f.data}
    top = max((d.sensitivity for d in answers), default=Sensitivity.PUBLIC)
    personal = sorted(
        {
            d.sensitivity
            for k in keepers
            for f in s._in[k]
            if f.source != e.id and not isinstance(g.by_id[f.source], Actor)
            for d in f.data
            if d.sensitivity.is_personal
        }
    )
    if top < Sensitivity.CONFIDENTIAL and not personal:
        return None
    served = [k for k in keepers if any(isinstance(g.by_id[x], Actor) for x in s.reaching(k))]
    if not served:
        return None
    what = f"{level(top)} answers" if top >= Sensitivity.CONFIDENTIAL else "answers"
    built = f" built from {level(personal[-1])} data" if personal else ""
    flows = tuple(
        f.id for f in (*s._in[e.id], *s._out[e.id]) if f.source in served or f.target in served
    )
    steered = any(g.untrusted(x) for k in served for x in s.reaching(k))
    planted = (
        "; and an answer an outsider steered (a planted instruction, a false promise) "
        "reaches everyone who asks it"
        if steered
        else ""
    )
    return Match(
        f"{view.described} keeps {what}{built} that "
        f"{subject(served, 'looks', 'look', s)} up by what was asked; nothing scopes the "
        "cache to who asked, so an answer made for one caller is served to the next "
        f"caller who asks the same thing{planted}.",
        affected=(*flows, *served),
        control_sites=(e.id, *flows),
    )


def _cache_keepers(g: Facts, store: DataStore) -> list[str]:
    """Components that send ``store`` a question (a prompt or an embedding of one) and a
    model's answer, and get answers back with no question: they cache answers there."""
    s = g.system
    sent: dict[str, set[DataKind]] = {}
    for f in s._in[store.id]:
        sent.setdefault(f.source, set()).update(d.kind for d in f.data if d.kind is not None)
    got: dict[str, set[DataKind]] = {}
    for f in s._out[store.id]:
        got.setdefault(f.target, set()).update(d.kind for d in f.data if d.kind is not None)
    return sorted(
        k
        for k, kinds in sent.items()
        if kinds & _CACHE_KEYS
        and DataKind.MODEL_OUTPUT in kinds
        and got.get(k, set()) == {DataKind.MODEL_OUTPUT}
        and not isinstance(g.by_id[k], Actor)
    )


_ = (ModelRegistry, Target)
