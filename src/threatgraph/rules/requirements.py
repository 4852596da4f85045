"""Requirements of the risk profile and of compliance frameworks.

A requirement is evaluated once for the whole model: each function yields the places
that need it (a :class:`~threatgraph.rules.Need` per element or flow), the engine
looks for a satisfying control at each place, or a declared fact the Need names, and
reports the requirement met (on evidence everywhere), unmet (listing the places that
lack it) or not applicable (nothing needs it). Requirements whose gaps the threat
findings already show (input validation, access control, encryption) are reported
with the requirements only; the others also raise one finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Data,
    Dataset,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.graph import Facts, builds_models, is_credential, own_weights
from threatgraph.rules._core import Need, Rule, requirement
from threatgraph.rules._kit import (
    APPROVED_STEPS,
    CONSEQUENTIAL,
    approvals,
    is_model_api,
    is_person,
    level,
    names,
)
from threatgraph.rules.ai.actuation import actuation
from threatgraph.rules.ai.gates import evidence_paths, payment_approvals, payout_tools
from threatgraph.rules.ai.lifecycle import trained_models
from threatgraph.rules.ai.models import has_motive
from threatgraph.rules.views import GraphView
from threatgraph.system import System
from threatgraph.vocab import (
    APPROVED_AUTONOMIES,
    Autonomy,
    DataKind,
    ExternalCategory,
    Framework,
    Phase,
    RiskProfile,
    Sensitivity,
    Stage,
    Task,
    Trust,
)

_PROCESSES = (Service, Endpoint, Agent, Tool, ModelRegistry, Pipeline)
_SERVERS = (Service, Endpoint, Agent, ModelRegistry, Pipeline)
_ML_ASSETS = (Model, ModelRegistry, Dataset, FeatureStore, VectorStore)


def _crossing_in(g: GraphView, e: Element) -> bool:
    """Requests reach ``e`` across a trust boundary: not what its own calls return (a
    model API's answer, a tool's result, an outside service it calls)."""
    s = g.system
    called = {f.target for f in s._out[e.id]}
    for f in s._in[e.id]:
        if s.crossing(f) is None:
            continue
        src = g.g.by_id[f.source]
        if is_model_api(src) or isinstance(src, Tool):
            continue
        if f.source in called and isinstance(src, (ExternalService, DataSource)):
            continue
        return True
    return False


def _runs(g: Facts, e: Element) -> bool:
    """The organisation runs it (not a partner, not a user's device)."""
    return g.operated(e)


# ---------------------------------------------------------------------------- every profile


@requirement(
    "profile/baseline/audit-logging",
    title="Security-relevant actions are logged",
    source="profile:any",
    satisfied_by=[c.AuditLogging],
    stride="R",
    phases=[Phase.INFERENCE, Phase.REGISTRY],
    cwe=["CWE-778"],
    raises=False,
)
def audit_logging(g: GraphView) -> Iterator[Need]:
    """Components that take requests across a trust boundary, and those that change
    models, keep a record of who did what. Without it, misuse cannot be traced or
    investigated. Audit logging counts on each such component. Reported with the
    requirements (a logging checklist item on every interface is not a threat of its
    own); what agents do through their tools is raised, see agent-action-logging."""
    for e in g.system.all_elements:
        if not isinstance(e, _SERVERS) or not _runs(g.g, e):
            continue
        if _crossing_in(g, e):
            yield Need(e.id, "takes requests across a trust boundary")
        elif builds_models(e):
            yield Need(e.id, "changes models")


@requirement(
    "profile/baseline/agent-action-logging",
    title="What agents do through their tools is logged",
    source="profile:any",
    satisfied_by=[c.AuditLogging],
    stride="R",
    phases=[Phase.INFERENCE],
    placement=("element", "outbound"),
    owasp=["AGT-T8"],
    cwe=["CWE-778"],
    likelihood="possible",
    impact="minor",
)
def agent_action_logging(g: GraphView) -> Iterator[Need]:
    """An agent that writes, deletes, sends, pays or runs code through its tools keeps a
    record of each call: what it was asked, what it did and with which arguments. When
    an injected instruction or a bad plan does damage, that record is how anyone finds
    out what happened. Audit logging counts on the agent, its tool flows or its tools;
    so does a flow of logs from the agent into a store that declares audit logging (its
    run log kept in an audit store), and so do systems of record that keep an audit log
    of their own where every consequential tool's changes land (a booking service, a
    task queue). A run log kept in a plain store is named as such:
    the gap there is a record that can be rewritten, not a missing one. An agent
    declared assistive (it suggests; a person acts, as with a copilot whose drafts a
    programmer checks and releases) is left out: the person's action is the record."""
    s = g.system
    for e in s.all_elements:
        if not isinstance(e, Agent) or not _runs(g.g, e) or e.autonomy is Autonomy.ASSISTIVE:
            continue
        tools = [
            t for t in s.successors(e) if isinstance(t, Tool) and t.capabilities & CONSEQUENTIAL
        ]
        if tools:
            kept = sorted(
                {
                    f.target
                    for f in s._out[e.id]
                    if any(d.kind is DataKind.LOGS for d in f.data)
                    and isinstance(s.element(f.target), DataStore)
                }
            )
            audited = [x for x in kept if s.element(x).has(c.AuditLogging)]
            # each tool's changes land in systems that keep an audit log of their own (a
            # booking service, a task queue): what the agent did is recorded there
            landed = _writes_audited(g.g, e, tools)
            # a run log in a plain store is a record the agent, or whoever steers it,
            # can rewrite: say so, rather than that nothing is logged
            plain = (
                f", and its run log goes to {names(kept, s)}, where no audit logging keeps "
                "it append-only and retained"
                if kept and not audited
                else ""
            )
            yield Need(
                e.id,
                f"acts through tools{plain}",
                met_by=f"its logs go to {names(audited, s)}, an audit store"
                if audited
                else f"what its tools change is logged where it lands ({names(landed, s)})"
                if landed
                else None,
                sites=tuple(t.id for t in tools),
            )


def _writes_audited(g: Facts, agent: Element, tools: Sequence[Element]) -> list[str]:
    """The systems of record every consequential tool of ``agent`` writes into, when each
    of them declares audit logging (and each tool writes into at least one): the
    agent's actions are recorded where they land. Empty otherwise."""
    s = g.system
    landed: list[str] = []
    for t in tools:
        targets = [
            g.by_id[f.target]
            for f in s._out[t.id]
            if f.target != agent.id and not isinstance(g.by_id[f.target], (Agent, Actor))
        ]
        if not targets or not all(g.operated(x) and x.has(c.AuditLogging) for x in targets):
            return []
        landed += [x.id for x in targets]
    return sorted(set(landed))


@requirement(
    "profile/baseline/access-control",
    title="Access to models and training data is controlled",
    source="profile:any",
    satisfied_by=[c.RBAC, c.ABAC, c.Authentication],
    stride="SE",
    phases=[Phase.DATA, Phase.REGISTRY],
    cwe=["CWE-284", "CWE-862"],
    raises=False,
)
def access_control(g: GraphView) -> Iterator[Need]:
    """Models, registries, datasets, feature stores and retrieval indexes that other
    components reach declare who may read and change them (roles, attributes, or
    authentication). Reported with the requirements; the threats that follow from
    missing access control are raised where they apply."""
    s = g.system
    for e in s.all_elements:
        if isinstance(e, _ML_ASSETS) and _runs(g.g, e) and (s._in[e.id] or s._out[e.id]):
            if is_model_api(e):
                continue  # someone else's model: its access control is theirs
            yield Need(e.id)


@requirement(
    "profile/baseline/input-validation",
    title="What untrusted parties send is validated where it enters",
    source="profile:any",
    satisfied_by=[c.InputValidation, c.SchemaEnforcement, c.Guardrails],
    stride="T",
    phases=[Phase.INFERENCE],
    placement=("element", "inbound"),
    cwe=["CWE-20"],
    raises=False,
)
def input_validation(g: GraphView) -> Iterator[Need]:
    """Components that receive requests or content straight from untrusted parties
    validate it (schemas, sizes, types; guardrails for prompts). Reported with the
    requirements; injection threats are raised where they apply."""
    s = g.system
    for e in s.all_elements:
        if not isinstance(e, (*_PROCESSES, Model)) or not _runs(g.g, e):
            continue
        if any(g.g.untrusted(f.source) for f in s._in[e.id]):
            yield Need(e.id, "receives from untrusted parties")


@requirement(
    "profile/baseline/data-at-rest",
    title="Stores of sensitive data and of our model weights limit access or encrypt it",
    source="profile:any",
    satisfied_by=[c.EncryptionAtRest, c.RBAC, c.ABAC],
    stride="I",
    phases=[Phase.DATA, Phase.REGISTRY],
    atlas=["AML.T0036", "AML.T0035", "AML.T0048.004"],
    cwe=["CWE-311", "CWE-284", "CWE-359"],
    likelihood="unlikely",
    impact="moderate",
)
def data_at_rest(g: GraphView) -> Iterator[Need]:
    """Stores holding personal, regulated or secret records (datasets and feature stores
    holding confidential ones too), and registries holding weights the organisation
    trained (unless the weights are declared internal or public, or every model served
    from it is trained on no personal data and is a regressor, or a classifier, detector
    or ranker not declared high-stakes: a forecast, a setpoint model or a fault detector
    whose weights are worth little to a thief, and whose registry matters for who can
    write to it, the unsigned-model finding's; and, on a system whose risk profile is
    low, unless some model served from it is declared high-stakes; and unless every
    file it keeps comes from a vendor's or a public hub's service, with no training job
    of anyone's writing to it: what a thief copies there is what the supplier sells or
    publishes), declare access
    control or encryption at rest (either one meets it; the evidence says which). Their
    disks, backups, snapshots or a leaked credential otherwise give all of it away at
    once. One requirement listing every store that lacks it, not a finding per store;
    stores that hold only credentials are ai/exposed-credentials' concern, and weights
    shipped to users' devices are out of reach of this control anyway. Registries left
    out are named with the reason in the requirement's report, so that "met" never
    covers fewer places than the title names without saying so."""
    s = g.system
    f = g.g
    for e in s.all_elements:
        if not isinstance(e, (DataStore, ModelRegistry)) or not _runs(f, e):
            continue
        if isinstance(e, ModelRegistry):
            trained = any(
                isinstance(x, Pipeline) and x.stage in (Stage.TRAINING, Stage.FINE_TUNING)
                for x in s.predecessors(e)
            ) or any(isinstance(x, Model) and own_weights(x) for x in s.successors(e))
            if trained:
                yield _weights_need(f, e)
            continue
        held = [d for d in e.stores if not is_credential(d)]
        if not held:
            continue
        top = max(d.sensitivity for d in held)
        ml_store = isinstance(e, (Dataset, FeatureStore))
        if top >= Sensitivity.PII or (ml_store and top >= Sensitivity.CONFIDENTIAL):
            yield Need(e.id, f"holds {level(top)} data")


def _supplied_weights(g: Facts, registry: ModelRegistry) -> bool:
    """No one trains what ``registry`` keeps on our data: its model files come only from
    a vendor's or a public hub's service (a supplier's update portal, an ANPR vendor's
    releases), not from a training job, ours or a contractor's, that reads what we
    hold. Whoever copies them gets what the supplier sells or publishes."""
    s = g.system
    brought = [
        f
        for f in s._in[registry.id]
        if DataKind.MODEL_ARTIFACT in g.carried(f).kinds or set(f.data) & registry.stores
    ]
    # every file it keeps arrives from outside (one with no declared way in is ours)
    arrived = {d for f in brought for d in f.data}
    return (
        bool(brought)
        and registry.stores <= arrived
        and not any(
            g.operated(f.source) or isinstance(g.by_id[f.source], Pipeline) for f in brought
        )
    )


def _weights_need(g: Facts, registry: ModelRegistry) -> Need:
    """A registry of weights we trained needs its storage protected, or is left out
    for a reason the requirement's report gives."""
    s = g.system
    weights = [d.sensitivity for d in registry.stores]
    if weights and max(weights) < Sensitivity.CONFIDENTIAL:
        top = max(weights)
        why = f"whose weights are {level(top)}" + (
            ", the sensitivity of data that declares none: declare them confidential "
            "if losing them matters"
            if top is Sensitivity.INTERNAL
            else ", as declared"
        )
    elif _only_plain_scorers(s, registry):
        why = (
            "whose models are regressors, or scorers not declared high-stakes, trained on "
            "no personal data: weights worth little to a thief; who may write them is the "
            "unsigned-model finding's"
        )
    elif s.profile is RiskProfile.LOW and not any(
        isinstance(m, Model) and m.high_stakes for m in s.successors(registry)
    ):
        why = (
            "on a low-risk system, whose models are not declared high-stakes: weights "
            "worth little to a thief; who may write them is the unsigned-model finding's"
        )
    elif _supplied_weights(g, registry):
        why = (
            "whose model files come from a supplier or a public hub and no job of ours "
            "trains them: a thief gets what the supplier sells or publishes; who may "
            "write them is the unsigned-model finding's"
        )
    elif _shipped_to_devices(g, registry):
        why = "whose weights are shipped to devices, where whoever holds one has them"
    elif _weights_give_nothing_away(g, registry):
        why = (
            "whose models write no text, are named for nothing anyone would want past and "
            "are trained on no personal data: stolen weights give away no one's data and "
            "help no one past a check; who may write them is the unsigned-model finding's"
        )
    else:
        return Need(registry.id, "holds weights we trained")
    return Need(registry.id, left_out=why)


def _weights_give_nothing_away(g: Facts, registry: Element) -> bool:
    """No model the weights in ``registry`` reach writes text (an LLM or a generative
    model may repeat what it was trained on) or says anything of catching people out,
    recognising them, charging them or blocking them (its stolen weights would let
    someone work out offline how to get past it: a fraud or theft detector, a plate
    reader, a price model), and what the jobs that train them read is declared and holds
    nothing personal. Such weights give away no one's data and help no one past a
    check; who may write them is the unsigned-model finding's concern. Over the reviewed
    registries, reviewers struck the requirement on such registries two times in three
    (33 struck, 17 kept), and kept it three times in five on registries of models
    trained on personal data on high-risk systems."""
    s = g.system
    if any(
        isinstance(m, LLM)
        or (isinstance(m, Model) and (m.task is Task.GENERATIVE or has_motive(s, m)))
        for m in _weights_reach(g, registry)
    ):
        return False
    return _reads_below(s, registry, Sensitivity.PII)


def _reads_below(s: System, registry: Element, level: Sensitivity) -> bool:
    """What the training jobs writing to ``registry`` read is declared, and all of it
    is below ``level``."""
    read = [
        d
        for job in s.predecessors(registry)
        if isinstance(job, Pipeline)
        for x in s.predecessors(job)
        for d in s.data_of(x)
    ]
    return bool(read) and max(d.sensitivity for d in read) < level


def _only_plain_scorers(s: System, registry: Element) -> bool:
    """Every model served from ``registry`` is a regressor (a forecast, a setpoint, an
    estimate), or a classifier, detector or ranker not declared high-stakes (a lamp
    failure model, a reefer fault classifier, a slope grader), and what the jobs that
    train it read is declared and holds nothing personal (operating data, sensor
    history): weights worth little to anyone who copies them, whose integrity is what
    matters (the unsigned-model finding's). Reviewers struck the finding on such
    registries two times in three, and those who kept it kept it for who can write."""
    served = [x for x in s.successors(registry) if isinstance(x, Model)]
    if not served or any(
        isinstance(m, LLM)
        or not (
            m.task is Task.REGRESSOR
            or (m.task in (Task.CLASSIFIER, Task.DETECTOR, Task.RANKER) and not m.high_stakes)
        )
        for m in served
    ):
        return False
    return _reads_below(s, registry, Sensitivity.PII)


def _shipped_to_devices(g: Facts, registry: Element) -> bool:
    """Weights from ``registry`` go to devices: whoever holds a device has them. A
    device the model's answers reach (a skipper's tablet showing a go/no-go) holds no
    weights and does not count."""
    return any(
        isinstance(x, Device) or (isinstance(x, Model) and g.on_user_device(x))
        for x in _weights_reach(g, registry)
    )


def _weights_reach(g: Facts, registry: Element) -> list[Element]:
    """The elements the weights in ``registry`` reach along flows that carry model files
    (four flows at most): deployment jobs, the models that load them, devices."""
    s = g.system
    seen = {registry.id}
    frontier = [registry.id]
    out: list[Element] = []
    for _ in range(4):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if f.target in seen or DataKind.MODEL_ARTIFACT not in g.carried(f):
                    continue
                seen.add(f.target)
                out.append(g.by_id[f.target])
                nxt.append(f.target)
        frontier = nxt
    return out


@requirement(
    "profile/baseline/model-rollback",
    title="Serving models and online features can be restored to a known version",
    source="profile:any",
    satisfied_by=[c.ImmutableArtifacts, c.DataVersioning, c.ModelVersioning],
    stride="D",
    phases=[Phase.REGISTRY],
    cwe=["CWE-400"],
    raises=False,
)
def model_rollback(g: GraphView) -> Iterator[Need]:
    """A registry that serving loads models from, or an online feature store that
    predictions read, keeps versions (or write-once copies) so that a deleted, encrypted
    or overwritten artifact can be restored. Reported with the requirements: losing
    either is an availability incident a backup plan covers, not a threat to raise on
    every store."""
    s = g.system
    for e in s.all_elements:
        if not _runs(g.g, e):
            continue
        if isinstance(e, FeatureStore) and e.online:
            if any(isinstance(x, (Model, Endpoint, Service)) for x in s.successors(e)):
                yield Need(e.id, "feeds predictions at run time")
        elif isinstance(e, ModelRegistry) and any(
            isinstance(x, (Model, Endpoint, Service, Device, Pipeline)) for x in s.successors(e)
        ):
            yield Need(e.id, "serving loads models from it")


@requirement(
    "profile/low/periodic-review",
    title="The threat model and its controls are reviewed periodically",
    source="profile:low",
    satisfied_by=[c.PeriodicReview],
    stride="R",
    phases=[Phase.INFERENCE],
    placement=("model",),
    raises=False,
)
def periodic_review(g: GraphView) -> Iterator[Need]:
    """A low-risk system keeps its assurance light, but still reviews its threat model on
    a schedule. Declare PeriodicReview anywhere in the model."""
    elements = g.system.all_elements
    if elements:
        yield Need(elements[0].id, "the model as a whole")


# ---------------------------------------------------------------------------- high risk


@requirement(
    "profile/high/human-oversight",
    title="Consequential actions of agents are approved by a person",
    source="profile:high",
    satisfied_by=[c.HumanInTheLoop],
    stride="TR",
    phases=[Phase.INFERENCE],
    placement=("element", "outbound", "flow"),
    atlas=[],
    owasp=["LLM06:2025", "ASI09:2026"],
    likelihood="possible",
    impact="moderate",
    raises=False,
)
def human_oversight(g: GraphView) -> Iterator[Need]:
    """An agent that can move money, run code, delete, send messages or write has a
    person approve those steps, for each tool that can. Met per tool by a
    HumanInTheLoop control on the agent, the tool or the flow to it, or by declaring the
    agent supervised or assistive (a person approves or acts). When a supervised agent's
    design declares approval on some of its tools, "supervised" is read as those
    approvals: its other acting tools need their own. So too when the design shows where
    the agent's declared approval is made (a person approving what one of its tools
    wrote, where it wrote it, or a component it hands its work to declaring the
    approval): its other acting tools have none. An approval declared only for steps
    above a threshold (``HumanInTheLoop(above=...)``) leaves the smaller steps
    unapproved: not met. Generative models whose answers drive high-stakes decisions
    need a person to review them as well."""
    s = g.system
    for e in s.all_elements:
        if not _runs(g.g, e):
            continue  # a partner's agent is the partner's to supervise
        if isinstance(e, Agent):
            acting = [
                (f, t)
                for f in s._out[e.id]
                if isinstance(t := g.g.by_id[f.target], Tool) and t.capabilities & APPROVED_STEPS
            ]
            # a supervised agent whose design declares approval on some of its tools:
            # "supervised" is read as those approvals, not as one for every tool
            per_tool = e.autonomy is Autonomy.SUPERVISED and any(
                _approves(f) or _approves(t) for f, t in acting
            )
            # where the design shows the agent-wide approval made (what a tool wrote,
            # where it wrote it; a workbench the agent hands its work to): the tools
            # that neither carry their own approval nor are approved there have none
            from threatgraph.rules.ai.prompts import approval_placed

            placed = approval_placed(g.g, e, acting)
            for f, t in acting:
                caps = t.capabilities & APPROVED_STEPS
                what = ", ".join(sorted(x.value for x in caps))
                above = _thresholds(e, f, t)
                if above:
                    yield Need(
                        f.id,
                        f"{e.name} can {what}; a person approves only some steps "
                        f"({'; '.join(above)}), and the others go ahead unapproved",
                        unmet=True,
                    )
                elif placed and not (_approves(f) or _approves(t) or t.id in placed):
                    yield Need(
                        f.id,
                        f"{e.name} can {what}; the approval its design declares is made "
                        "elsewhere (where another tool writes, or where it hands its work "
                        "on), not on this tool's steps",
                        sites=(t.id,),
                    )
                elif per_tool and not (_approves(f) or _approves(t)):
                    yield Need(
                        f.id,
                        f"{e.name} can {what}; approval is declared on its other tools, "
                        "not on this one",
                        sites=(t.id,),
                    )
                elif e.autonomy is Autonomy.AUTONOMOUS:
                    yield Need(f.id, f"{e.name} acts on its own: {what}", sites=(e.id, t.id))
                elif e.autonomy is None:
                    yield Need(
                        f.id,
                        f"{e.name} can {what}; whether a person approves is not declared",
                        sites=(e.id, t.id),
                    )
                else:
                    yield Need(
                        f.id,
                        f"{e.name} can {what}",
                        met_by=f"{e.name} declared {e.autonomy.value}: a person approves or acts",
                    )
        elif isinstance(e, LLM) and e.high_stakes:
            yield Need(e.id, "its answers drive high-stakes decisions", sites=_to_people(g, e))


def _thresholds(agent: Element, f: Flow, tool: Element) -> list[str]:
    """What limits the approvals that cover this tool's steps, when every one of them
    (on the tool, the flow to it or the agent) covers only some steps: their thresholds
    (``above``), or what their notes say (``'delete actions only'``); empty when one
    covers every step, or none is declared."""
    declared = approvals(f, tool, agent)
    if not declared or any(c.approves_every_step(x) for x in declared):
        return []
    return sorted({x.above or x.note or "" for x in declared})


def _approves(holder: Element | Flow) -> bool:
    """A person approval declared on this tool or flow itself."""
    return any(isinstance(x, c.HumanInTheLoop) for x in holder.controls)


@requirement(
    "profile/high/red-teaming",
    title="Models and agents exposed to untrusted input are red-teamed",
    source="profile:high",
    satisfied_by=[c.RedTeaming],
    stride="TE",
    phases=[Phase.INFERENCE],
    raises=False,
)
def red_teaming(g: GraphView) -> Iterator[Need]:
    """LLMs, agents and high-stakes models that untrusted content reaches are tested by
    people trying to break them before release. Reported with the requirements."""
    for e in g.system.all_elements:
        serious = isinstance(e, (LLM, Agent)) or (isinstance(e, Model) and e.high_stakes)
        if serious and g.g.sources(e) and _runs(g.g, e):
            yield Need(e.id)


def _to_people(g: GraphView, m: Element) -> tuple[str, ...]:
    """The services, endpoints and flows that carry a model's output on to people (three
    hops at most): where a review step or an appeal process sits."""
    s = g.system
    out: list[str] = []
    seen = {m.id}
    frontier = [m.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                t = g.g.by_id[f.target]
                if f.target in seen or not isinstance(t, (Service, Endpoint, Actor)):
                    continue
                seen.add(f.target)
                out += [f.id, f.target]
                if not isinstance(t, Actor):
                    nxt.append(f.target)
        frontier = nxt
    return tuple(out)


def _relayed_by_us(g: GraphView, sites: tuple[str, ...]) -> bool:
    """Whether a component we run passes the model's decisions on to people: then the
    decisions are ours, whoever hosts the model (a vendor's LLM ranking candidates for
    our hiring service), and so are testing them for bias and hearing appeals."""
    by_id = g.g.by_id
    return any(
        x in by_id and not isinstance(by_id[x], Actor) and _runs(g.g, by_id[x]) for x in sites
    )


# What a model that looks at objects, animals or events says it looks at: number plates,
# shipping containers and the goods in them, bags under X-ray, a fridge's contents, a
# catch on deck, a horse's gait, the pills in a medication cup, a watch or a hallmark, a
# crash a sensor picks up.
# Reading them decides what the object is, not something about a person, even when the
# object leads to one.
_THINGS = re.compile(
    r"\b(?:(?:licen[cs]e |number )?plates?|anpr|alpr|containers?|bags?|baggage|luggage"
    r"|suitcases?|minibars?|fridges?|products?|fish|catch|haul|bycatch|parcels?|pallets?"
    r"|horses?|cattle|cows?|calves|pigs?|sheep|livestock|poultry|hens?|chickens?|birds?"
    r"|bees?|hives?|salmon|animals?|herds?|pills?|capsules?|medicines?|batter(?:y|ies)"
    r"|weather|compressors?|ventilation|navigation|routes?|tubes?|sponges?|instruments?"
    r"|crops?|mowing|weights?|axles?|loads?|ladders?|rigging|castings?|bearings?"
    r"|watch(?:es)?|goods|cargo|hallmarks?|artworks?|paintings?|allergens?|aligners?"
    r"|crash(?:es)?|boats?|narrowboats?|vessels?|yachts?|seals?|padlocks?|damage"
    r"|repairs?|vehicles?|trade-?ins?|outbreaks?|signals?)\b",
    re.IGNORECASE,
)
# What says the images or sound are of people after all.
_PEOPLE = re.compile(
    r"\b(?:faces?|facial|selfies?|persons?|people|passengers?|drivers?|patients?|bod(?:y|ies)"
    r"|skin|voices?|speech|portraits?|webcams?|staff|customers?|guests?|shoppers?)\b",
    re.IGNORECASE,
)


_FRAMES = re.compile(
    r"\b(?:video|frames?|images?|footage|photos?|pictures?|camera|stills?)\b", re.IGNORECASE
)


def _footage(d: Data) -> bool:
    """Images or sound: media, or features named as video frames or images (decoded
    frames handed to a detector)."""
    return d.kind is DataKind.MEDIA or (
        d.kind is DataKind.FEATURES and bool(_FRAMES.search(d.name))
    )


def _sees_only_objects(m: Model, media: list[Data]) -> bool:
    """What the model takes about people is images or sound of objects: the model or
    every recording it takes says so by name (a plate recognition model, minibar fridge
    images), and nothing there names a person."""
    said = [m.name, *(d.name for d in media)]
    return any(_THINGS.search(x) for x in said) and not any(_PEOPLE.search(x) for x in said)


def _decides_about_people(g: GraphView, m: Model) -> bool:
    """A high-stakes model (an LLM included, but no other generative model: a translation,
    a transcript or synthesised speech decides about no one) whose inputs are about
    people (personal or regulated data). Not a model that takes people only as images or
    sound and says nothing about anyone (a crowd count per zone, an alert on a site:
    every datum it sends is internal or public), nor one named for the object it judges
    (a battery, a plate, a container seal, the damage it prices, an outbreak on a ward,
    a device's safety signal), nor one whose images are of objects or animals by name
    (plates, containers, bags under X-ray, a fridge's contents, a horse's gait), though
    what it reads leads to a person. Not an LLM that only transcribes (every datum it
    sends names extracted fields, line items, codes, redactions or a transcript, none a
    judgement such as a ranking), nor a model whose inputs are all internal or public,
    carry no personal data and name no person (an applicant's features, a player's
    behaviour): the features a service makes from people's data are confidential."""
    if not m.high_stakes:
        return False
    if m.task is Task.GENERATIVE and not isinstance(m, LLM):
        return False  # it writes, translates or speaks: it decides about no one
    if actuation(g.g, m) is not None:
        return False  # it sets what equipment does (air changes, doses): not people
    s = g.system
    personal = [
        d
        for f in s._in[m.id]
        for d in f.data
        if d.sensitivity in (Sensitivity.PII, Sensitivity.REGULATED)
    ]
    sent = [d for f in s._out[m.id] for d in f.data]
    if _THINGS.search(m.name) and not _PEOPLE.search(m.name):
        return False  # named for the object it judges (a battery, a parcel): about no one
    if personal and all(_footage(d) for d in personal):
        if sent and all(d.sensitivity <= Sensitivity.INTERNAL for d in sent):
            return False
        if _sees_only_objects(m, personal):
            return False  # it reads plates or counts what left a fridge: about no one
    if isinstance(m, LLM) and _only_transcribes(sent):
        return False  # it copies fields or codes out of a document: it judges no one
    if personal:
        return True
    taken = [d for f in s._in[m.id] for d in f.data if d.kind is not DataKind.MODEL_ARTIFACT]
    if (
        taken
        and all(d.sensitivity <= Sensitivity.INTERNAL for d in taken)
        and not any(_PERSONS.search(x) for x in (m.name, *(d.name for d in taken)))
    ):
        return False  # inputs its designers call internal: weather, lot details, a sailing
    return any(
        d.sensitivity in (Sensitivity.PII, Sensitivity.REGULATED)
        for x in s.predecessors(m)
        if isinstance(x, (Endpoint, Service, FeatureStore))
        for d in s.data_of(x)
    )


# Words by which a model or its inputs say they are about people after all (an
# applicant's features, a player's behaviour): internal is then no more than the default.
_PERSONS = re.compile(
    r"\b(?:applicants?|members?|employees?|staff|workers?|candidates?|claimants?|borrowers?"
    r"|students?|pupils?|learners?|tenants?|users?|accounts?|customers?|clients?|patients?"
    r"|players?|citizens?|residents?|persons?|people|passengers?|drivers?|guests?|shoppers?"
    r"|visitors?|donors?|volunteers?|child(?:ren)?|parents?|households?|profiles?"
    r"|behaviou?rs?|personal|identit(?:y|ies)|faces?|voices?)\b",
    re.IGNORECASE,
)


# What an LLM hands back when it copies a document out (fields, line items, codes,
# redactions, a transcript), and what says it judges after all (a score, a ranking, a
# check, an offer, a violation found).
_TRANSCRIBED = re.compile(
    r"\b(?:extract(?:ed|ions?)?|fields?|line items?|codes?|coding|transcripts?"
    r"|transcriptions?|ocr|redactions?|redacted)\b",
    re.IGNORECASE,
)
_JUDGED = re.compile(
    r"\b(?:offers?|ratings?|rated|scores?|scoring|assessments?|recommend\w*|decisions?"
    r"|eligib\w*|triage|risks?|grades?|levels?|priorit\w*|urgency|awards?|verdicts?|rank\w*"
    r"|checks?|flags?|suggested|shortlists?|outcomes?|screening|match(?:es)?|violations?"
    r"|breach(?:es)?|penalt(?:y|ies)|fines?)\b",
    re.IGNORECASE,
)


def _only_transcribes(sent: list[Data]) -> bool:
    """Every datum the model sends names a transcription (extracted fields, invoice
    line items, billing codes, proposed redactions, a transcript) and none names a
    judgement."""
    return bool(sent) and all(
        _TRANSCRIBED.search(d.name) and not _JUDGED.search(d.name) for d in sent
    )


@requirement(
    "profile/high/fairness",
    title="Automated decisions about people are tested for bias",
    source="profile:high",
    satisfied_by=[c.FairnessTesting],
    stride="T",
    phases=[Phase.TRAINING, Phase.INFERENCE],
    placement=("element", "upstream"),
    likelihood="possible",
    impact="moderate",
)
def fairness(g: GraphView) -> Iterator[Need]:
    """A model makes high-stakes decisions from data about people. Features that stand in
    for protected attributes (postcode for ethnicity, first name for gender) let it
    discriminate without ever seeing them. Applies to models we run, and to a partner's
    model whose decisions a component we run passes on to people (the decisions are
    ours). A model that takes people only as images or sound (media, or features named
    as video frames or images) and sends only internal or public data (a crowd count per
    zone, a site alert, a gangway's boarding count) decides nothing about anyone, nor
    does one named for the object it judges (a battery health model, a plate matcher, a
    boat name reader, a lorry's gross weight from its axle loads, a repair cost estimate
    from damage photos, a car's trade-in price, an infection outbreak detector, a
    medical device's safety-signal model), nor one whose images are of objects or
    animals by name (a plate reader, a minibar product detector, bags under X-ray, a
    horse's gait, a pill identifier, a pilot ladder's rigging), though what it reads
    leads to a person, nor one whose output drives plant equipment (air changes for a
    theatre, a robot's path, a tube's rack): it decides what machines do. Nor does an
    LLM that only copies a document out (extracted fields, invoice line items, billing
    codes, proposed redactions, a transcript: nothing it sends names a score, a ranking,
    a check, an offer or a violation), nor a model that takes no personal data itself
    and whose every input the design calls internal or public (a wind gust forecast from
    weather features, a ferry's deck loading): personal data a service before it holds
    reach it only as confidential features. Fairness testing, before release and on live
    decisions, counts on the model or anywhere upstream of it (its training lineage, the
    service that calls it), and on a pipeline that reads the decisions where the model
    or the services passing them on keep them (a monthly fair-lending analysis of the
    decision records)."""
    for e in g.system.all_elements:
        if isinstance(e, Model) and _decides_about_people(g, e):
            sites = _to_people(g, e)
            if _runs(g.g, e) or _relayed_by_us(g, sites):
                yield Need(
                    e.id, "decides about people", sites=(*sites, *_decision_monitors(g, e, sites))
                )


def _decision_monitors(g: GraphView, m: Element, sites: tuple[str, ...]) -> tuple[str, ...]:
    """Pipelines that read a store where the model, or a service passing its decisions
    on, keeps them: where testing live decisions for bias runs."""
    s = g.system
    keepers = [m.id, *(x for x in sites if x in g.g.by_id)]
    stores = {
        f.target for k in keepers for f in s._out[k] if isinstance(g.g.by_id[f.target], DataStore)
    }
    return tuple(
        sorted(
            {
                f.target
                for st in stores
                for f in s._out[st]
                if isinstance(g.g.by_id[f.target], Pipeline)
            }
        )
    )


@requirement(
    "profile/high/contestability",
    title="People can contest automated decisions about them",
    source="profile:high",
    satisfied_by=[c.Contestability, c.ExplainabilityLogging],
    stride="R",
    phases=[Phase.INFERENCE],
    placement=("element", "outbound"),
    likelihood="possible",
    impact="minor",
    raises=False,
)
def contestability(g: GraphView) -> Iterator[Need]:
    """A model decides about people (a declined payment, a rejected application). They
    are told, can learn why, and can have a person review it; decisions are logged with
    what produced them. Applies to models we run, and to a partner's model whose
    decisions a component we run passes on. Counts on the model, its outbound flows,
    and the services that relay its decisions to people."""
    for e in g.system.all_elements:
        if isinstance(e, Model) and _decides_about_people(g, e):
            sites = _to_people(g, e)
            if _runs(g.g, e) or _relayed_by_us(g, sites):
                yield Need(e.id, "decides about people", sites=sites)


def _evaluations(g: Facts, m: Model) -> list[Element]:
    """Evaluation steps on the model-artifact way into ``m``."""
    return [
        x for x in _upstream_of(g, m) if isinstance(x, Pipeline) and x.stage is Stage.EVALUATION
    ]


def _beside(g: Facts, m: Model) -> list[Element]:
    """The components on the model-artifact ways into ``m`` and those they send model
    files to (an evaluation step a registry hands candidates to), by id: where a
    validation gate may be declared that the served weights go around."""
    s = g.system
    up = _upstream_of(g, m)
    out = {x.id: x for x in up}
    for x in up:
        for f in s._out[x.id]:
            if f.target != m.id and DataKind.MODEL_ARTIFACT in g.carried(f):
                out.setdefault(f.target, g.by_id[f.target])
    return [out[k] for k in sorted(out)]


def _wired_evaluation(g: Facts, m: Model, sites: Sequence[str]) -> str | None:
    """How the design wires an evaluation step in as a gate for ``m``, in words; None
    when it does not. The step is on the way or handed the candidate weights, and its
    verdict goes to a step on every way after training that acts on it: a pipeline (a
    promotion job that takes the evaluation report) or a person who then approves at
    one (a physicist who signs the release off). Independent reviewers struck the
    findings that asked for a gate in designs wired this way (two of two, wrong). A
    verdict kept in a registry the weights are served from straight on, or sent back
    to the job that made the candidate, gates nothing; nor does a step on the way that
    only passes the weights and its report on to a registry: a reviewer found "nothing
    declared shows that its verdict blocks failing weights", so that design stays
    unmet, with the step named as declaring no check."""
    s = g.system
    jobs = {j.id for j in _promoted(g, m)}
    on_way = set(sites)
    acts = on_way - jobs  # a verdict sent back to the job that made the candidate stops nothing
    near = {x.id for x in _upstream_of(g, m)} | jobs
    steps: dict[str, Element] = {}
    for x in sorted(near):
        for f in s._out[x]:
            t = g.by_id[f.target]
            if (
                isinstance(t, Pipeline)
                and t.stage is Stage.EVALUATION
                and (DataKind.MODEL_ARTIFACT in g.carried(f) or t.id in on_way)
            ):
                steps.setdefault(t.id, t)
    for k in sorted(steps):
        step = steps[k]
        for f in s._out[k]:
            t = g.by_id[f.target]
            if t.id in acts and isinstance(t, Pipeline) and _verdict(f):
                return f"{step.name}, an evaluation step whose verdict goes to {t.name}"
            if isinstance(t, Actor):
                for f2 in s._out[t.id]:
                    if f2.target in acts and f2.target in g.by_id:
                        return (
                            f"{step.name}, an evaluation step whose verdict {t.name} "
                            f"acts on at {g.by_id[f2.target].name}"
                        )
    return _reported_to_approver(g, jobs, acts)


def _reported_to_approver(g: Facts, jobs: set[str], acts: set[str]) -> str | None:
    """The training job sends a person an evaluation report (a datum so named), and that
    person acts at a step on every way after training (a chief pilot approving the
    release at the deployment job on the report the weekly retraining sends them): the
    design's gate, in words; None when there is none. A reviewer struck the finding that
    asked for a gate in such a design (the report is the job's own grading, which the
    poisoning and supply-chain findings question, not the gate)."""
    s = g.system
    for k in sorted(jobs):
        for f in s._out[k]:
            t = g.by_id[f.target]
            if not (isinstance(t, Actor) and t.human):
                continue
            if not any(_EVAL_REPORT.search(d.name) for d in f.data):
                continue
            for f2 in s._out[t.id]:
                if f2.target in acts:
                    return (
                        f"{g.by_id[k].name}, whose evaluation report {t.name} acts on "
                        f"at {g.by_id[f2.target].name}"
                    )
    return None


_EVAL_REPORT = re.compile(
    r"\b(?:evaluation|validation|test|hold-?out|backtest)\b.*\b(?:reports?|results?|"
    r"metrics|scores?)\b|\bmetrics\b",
    re.IGNORECASE,
)
"""Names of an evaluation report: test results, validation metrics, a backtest report."""


def _verdict(f: Flow) -> bool:
    """``f`` carries more than the model files: a report or a verdict to act on (or
    declares nothing, so it may)."""
    return not f.data or any(d.kind is not DataKind.MODEL_ARTIFACT for d in f.data)


def _validation_declared(g: Facts, m: Model, sites: Sequence[str]) -> bool:
    """A ModelValidation control is declared where the requirement counts it: on the
    model, a flow into or out of it, or a gate site. The machinery then names it."""
    s = g.system
    holders: list[Element | Flow] = [m, *s._in[m.id], *s._out[m.id]]
    holders += [g.by_id[x] if x in g.by_id else s.flow(x) for x in sites]
    return any(h.has(c.ModelValidation) for h in holders)


def _upstream_of(g: Facts, m: Model) -> list[Element]:
    """The registries and pipelines on the model-artifact ways into ``m``, by id."""
    s = g.system
    out: dict[str, Element] = {}
    seen = {m.id}
    queue = [m.id]
    while queue:
        node = queue.pop()
        for f in s._in[node]:
            if f.source in seen or DataKind.MODEL_ARTIFACT not in g.carried(f):
                continue
            seen.add(f.source)
            src = g.by_id[f.source]
            if isinstance(src, (ModelRegistry, Pipeline)):
                out[src.id] = src
                queue.append(f.source)
    return [out[k] for k in sorted(out)]


def _promoted(g: Facts, m: Model) -> list[Element]:
    """Training jobs whose output reaches a served model along model-artifact flows."""
    s = g.system
    jobs: list[Element] = []
    seen = {m.id}
    queue = [m.id]
    while queue:
        node = queue.pop()
        for f in s._in[node]:
            if f.source in seen or DataKind.MODEL_ARTIFACT not in g.carried(f):
                continue
            seen.add(f.source)
            src = g.by_id[f.source]
            if isinstance(src, Pipeline) and src.stage in (Stage.TRAINING, Stage.FINE_TUNING):
                jobs.append(src)
            elif isinstance(src, (ModelRegistry, Pipeline)):
                queue.append(f.source)
    return sorted(jobs, key=lambda j: j.id)


def _gate_sites(g: Facts, m: Model) -> list[str]:
    """Where a validation gate for a served model counts: the ids of the elements and
    flows that every model-artifact way from a training job into ``m`` passes through
    (``m`` left out). A check beside the way (a registry that sends a candidate to an
    evaluation step, and the served model straight on) gates nothing."""
    s = g.system
    preds: dict[str, list[str]] = {}  # each flow is a node of its own, between its ends
    jobs: list[str] = []
    seen = {m.id}
    queue = [m.id]
    while queue:
        node = queue.pop()
        for f in s._in[node]:
            if DataKind.MODEL_ARTIFACT not in g.carried(f):
                continue
            src = g.by_id[f.source]
            job = isinstance(src, Pipeline) and src.stage in (Stage.TRAINING, Stage.FINE_TUNING)
            if not job and not isinstance(src, (ModelRegistry, Pipeline)):
                continue
            preds.setdefault(node, []).append(f.id)
            preds[f.id] = [f.source]
            if f.source not in seen:
                seen.add(f.source)
                (jobs if job else queue).append(f.source)
    start = ""
    for j in jobs:
        preds[j] = [start]  # a job is where a way starts, whatever feeds it
    return sorted(_dominators(preds, start, m.id) - {m.id, start})


def _dominators(preds: dict[str, list[str]], start: str, end: str) -> set[str]:
    """The nodes on every way from ``start`` to ``end`` (both included), by the
    iterative data-flow method over the nodes ``start`` reaches; empty when it reaches
    none."""
    succ: dict[str, list[str]] = {}
    for n, ps in preds.items():
        for p in ps:
            succ.setdefault(p, []).append(n)
    reach = {start}
    queue = [start]
    while queue:
        for n in succ.get(queue.pop(), ()):
            if n not in reach:
                reach.add(n)
                queue.append(n)
    if end not in reach:
        return set()
    dom = {n: set(reach) for n in reach}
    dom[start] = {start}
    changed = True
    while changed:
        changed = False
        for n in sorted(reach - {start}):
            new = set.intersection(*(dom[p] for p in preds[n] if p in reach)) | {n}
            if new != dom[n]:
                dom[n] = new
                changed = True
    return dom[end]


@requirement(
    "profile/high/promotion-gate",
    title="Retrained models pass a validation gate before they serve",
    source="profile:high",
    satisfied_by=[c.ModelValidation],
    stride="T",
    phases=[Phase.REGISTRY],
    placement=("element",),
    likelihood="possible",
    impact="moderate",
)
def promotion_gate(g: GraphView) -> Iterator[Need]:
    """A served model is retrained and promoted by a pipeline. Before a new version
    serves, it is evaluated against a fixed test set, for regressions and known
    triggers, with a way to roll back. Met by a ModelValidation control on the served
    model, or on a step or flow that every way from training to serving passes through
    (an evaluation step that declares what it checks, the job that trains it, the
    registry it is promoted from). The design's wiring is evidence too: an evaluation
    step whose verdict goes to a step on the way after training that acts on it (a
    promotion job, or a person who approves there) is a gate though it declares
    nothing of what it checks; so is the training job's own evaluation report sent to
    a person who approves at such a step. An evaluation step one way goes around, one
    that only passes weights and report on to a registry, or one whose verdict is only
    kept in the registry the weights are served from straight on, gates nothing."""
    s = g.system
    for e in s.all_elements:
        if not isinstance(e, Model) or not _runs(g.g, e):
            continue
        jobs = _promoted(g.g, e)
        if jobs:
            sites = _gate_sites(g.g, e)
            wired = _wired_evaluation(g.g, e, sites)
            if wired and not _validation_declared(g.g, e, sites):
                yield Need(e.id, met_by=wired)
                continue
            steps = _evaluations(g.g, e)
            bare = [x for x in steps if not x.has(c.ModelValidation)]
            beside = [x for x in _beside(g.g, e) if x.has(c.ModelValidation) and x.id not in sites]
            note = (
                f"; {', '.join(x.name for x in bare)} declares no model validation" if bare else ""
            ) + (
                f"; {', '.join(x.name for x in beside)} "
                f"{'declares' if len(beside) == 1 else 'declare'} it, but weights reach "
                f"{e.name} without passing {'it' if len(beside) == 1 else 'them'}"
                if beside
                else ""
            )
            yield Need(
                e.id, f"trained by {', '.join(j.name for j in jobs)}{note}", sites=tuple(sites)
            )


# ---------------------------------------------------------------------------- frameworks


def _holds(g: GraphView, e: Element, levels: tuple[Sensitivity, ...]) -> bool:
    return any(d.sensitivity in levels for d in g.system.data_of(e))


def _stores_of(g: GraphView, levels: tuple[Sensitivity, ...]) -> Iterator[Element]:
    for e in g.system.all_elements:
        if (
            isinstance(e, (DataStore, ModelRegistry))
            and _runs(g.g, e)
            and any(d.sensitivity in levels for d in e.stores)
        ):
            yield e


def _network_flows(g: GraphView, levels: tuple[Sensitivity, ...]) -> Iterator[str]:
    """Flows carrying data of these levels over a network: every flow but one whose
    declared protocol stays on the host. Inside a boundary as much as across one: the
    frameworks ask for encryption wherever the data travels, and a flow inside a zone
    that declares no protocol is no evidence of it."""
    s = g.system
    for f in s.all_flows:
        if any(d.sensitivity in levels for d in f.data):
            p = g.g.protocol(f)
            if p is None or not p.local:
                yield f.id


_PHI = (Sensitivity.REGULATED,)
_PERSONAL = (Sensitivity.PII, Sensitivity.REGULATED)


def _framework(name: str, key: str, title: str, **kw: Any) -> Callable[[Callable[..., Any]], Rule]:
    """A compliance requirement: reported with the requirements, no finding of its own."""
    return requirement(
        f"compliance/{name}/{key}", title=title, source=f"framework:{name}", raises=False, **kw
    )


@_framework(
    "hipaa",
    "encryption-in-transit",
    "HIPAA: health data is encrypted in transit",
    satisfied_by=[c.EncryptionInTransit],
    stride="I",
    phases=[Phase.INFERENCE],
    placement=("flow",),
)
def hipaa_transit(g: GraphView) -> Iterator[Need]:
    """Every flow carrying regulated data over a network is encrypted, inside a trust
    boundary as well as across one (an encrypting protocol counts; a flow declared
    ``local`` stays on the host)."""
    for fid in _network_flows(g, _PHI):
        yield Need(fid)


@_framework(
    "hipaa",
    "encryption-at-rest",
    "HIPAA: health data is encrypted at rest",
    satisfied_by=[c.EncryptionAtRest],
    stride="I",
    phases=[Phase.DATA],
)
def hipaa_rest(g: GraphView) -> Iterator[Need]:
    """Every store holding regulated data encrypts it at rest."""
    for e in _stores_of(g, _PHI):
        yield Need(e.id)


@_framework(
    "hipaa",
    "access-control",
    "HIPAA: access to health data is controlled",
    satisfied_by=[c.RBAC, c.ABAC],
    stride="SE",
    phases=[Phase.DATA, Phase.INFERENCE],
)
def hipaa_access(g: GraphView) -> Iterator[Need]:
    """Every store holding regulated data declares who may read it."""
    for e in _stores_of(g, _PHI):
        yield Need(e.id)


@_framework(
    "pci-dss",
    "encryption-in-transit",
    "PCI DSS: cardholder data is encrypted in transit",
    satisfied_by=[c.EncryptionInTransit],
    stride="I",
    phases=[Phase.INFERENCE],
    placement=("flow",),
)
def pci_transit(g: GraphView) -> Iterator[Need]:
    """Every flow carrying regulated (cardholder) data across an open network is
    encrypted: one whose end sits outside the organisation's own zones (an untrusted or
    partner boundary, or no boundary), as PCI DSS 4.0 requirement 4 asks for
    transmission over open, public networks. Flows between the organisation's own zones
    (a scoring endpoint and its model inside the cardholder data environment) are not
    asked (an encrypting protocol counts; a flow declared ``local`` stays on the
    host)."""
    s = g.system
    for fid in _network_flows(g, _PHI):
        f = s.flow(fid)
        if min(s.trust_of(f.source), s.trust_of(f.target)) <= Trust.PARTNER:
            yield Need(fid)


@_framework(
    "pci-dss",
    "encryption-at-rest",
    "PCI DSS: stored cardholder data is encrypted",
    satisfied_by=[c.EncryptionAtRest],
    stride="I",
    phases=[Phase.DATA],
)
def pci_rest(g: GraphView) -> Iterator[Need]:
    """Every store holding regulated (cardholder) data encrypts it at rest."""
    for e in _stores_of(g, _PHI):
        yield Need(e.id)


@_framework(
    "gdpr",
    "lawful-basis",
    "GDPR: personal data used for training has a recorded basis",
    satisfied_by=[c.ProvenanceTracking],
    stride="R",
    phases=[Phase.DATA, Phase.TRAINING],
    placement=("element", "upstream"),
)
def gdpr_basis(g: GraphView) -> Iterator[Need]:
    """Training jobs and datasets that use personal data record where it came from and
    on what basis (consent, contract, legitimate interest)."""
    for e in g.system.all_elements:
        if (
            isinstance(e, Dataset) or (isinstance(e, (Pipeline, Device)) and _trains(e))
        ) and _holds(g, e, _PERSONAL):
            yield Need(e.id)


def _trains(e: Element) -> bool:
    if isinstance(e, Device):
        return e.trains_locally
    return isinstance(e, Pipeline) and e.stage in (Stage.TRAINING, Stage.FINE_TUNING)


@_framework(
    "gdpr",
    "data-minimization",
    "GDPR: personal data sent to models is minimised",
    satisfied_by=[c.DataMinimization, c.DifferentialPrivacy],
    stride="I",
    phases=[Phase.INFERENCE, Phase.TRAINING],
    placement=("flow", "source"),
)
def gdpr_minimise(g: GraphView) -> Iterator[Need]:
    """Flows that carry personal data into models (or training) carry no more than the
    purpose needs."""
    s = g.system
    for f in s.all_flows:
        if isinstance(g.g.by_id[f.target], (Model, Agent, Pipeline)) and any(
            d.sensitivity in _PERSONAL for d in f.data
        ):
            yield Need(f.id)


@requirement(
    "compliance/gdpr/storage-limitation",
    title="GDPR: personal data is kept only as long as needed and erased from every copy",
    source="framework:gdpr",
    satisfied_by=[c.RetentionLimits],
    stride="I",
    phases=[Phase.DATA, Phase.INFERENCE, Phase.TRAINING],
    cwe=["CWE-359", "CWE-212"],
    likelihood="possible",
    impact="moderate",
)
def gdpr_storage_limitation(g: GraphView) -> Iterator[Need]:
    """Every store we run that keeps personal or special-category records says how long
    it keeps them and how an erasure request reaches it (GDPR Art. 5(1)(e) and Art. 17).
    AI systems copy personal data into places a deletion process forgets: transcripts and
    logs, answer caches, embeddings, feature tables and training sets. A person erased from
    the system of record lives on there. Unlike the other GDPR requirements this one
    raises a finding when unmet: one, listing every store that lacks a retention limit.
    Stores that hold only credentials are not personal-data copies; partners' stores are
    theirs to run (their contract is ai/personal-data-to-model-provider's concern),
    except a partner's dataset of personal data in a boundary our components send
    personal data into (a labelling vendor's or an ML contractor's training set): that
    is a copy of ours, which an erasure has to reach (reviewers called the requirement
    met without evidence where only our own store declared a retention limit). A
    store whose personal data are all logs, or that says by name it is a log (an
    encounter outcome log, an audit trail), and whose audit logging says how long they
    are kept (``AuditLogging(retention_days=...)``), declares its retention that way;
    so does one whose every log writer declares it (an agent whose audit logging keeps
    its run log a year). A system of record that says so by name (a patient or student record, a
    laboratory system, an ERP, the council tax or burial records) keeps its records as
    long as the law that governs them says, whatever the AI design does: it is not
    listed, and the design's own copies (transcripts, drafts, queues) still are."""
    for e in g.system.all_elements:
        if not isinstance(e, DataStore) or _RECORD_SYSTEM.search(e.name):
            continue
        if not _runs(g.g, e) and not _our_copy(g.g, e):
            continue
        held = sorted(
            (d for d in e.stores if d.sensitivity in _PERSONAL and not is_credential(d)),
            key=lambda d: d.name,
        )
        if held:
            top = max(d.sensitivity for d in held)
            why = f"keeps {level(top)} data: {names([d.name for d in held])}"
            # a store of logs (by what it holds, or by its name: an encounter outcome
            # log) whose audit logging keeps them so long says how long it keeps them
            logs = all(d.kind is DataKind.LOGS for d in held) or bool(_LOG_NAME.search(e.name))
            days = _log_retention(g, e) if logs else None
            met_by = f"its logs are kept {days} days (audit logging)" if days else None
            yield Need(e.id, why, met_by=met_by)


def _our_copy(g: Facts, e: Element) -> bool:
    """A partner's dataset (a labelling vendor's or an ML contractor's training set)
    that keeps personal data, in a boundary our own components send personal data into:
    a copy of ours held by a processor, which our erasure has to reach. A vendor's own
    system of record (a hosted practice or property management system) is not a
    training copy."""
    s = g.system
    if not isinstance(e, Dataset) or s.trust_of(e) is not Trust.PARTNER:
        return False
    if not any(d.sensitivity in _PERSONAL for d in e.stores):
        return False
    here = s.boundary_of(e)
    assert here is not None  # a partner's element sits in a partner's boundary
    return any(
        g.operated(g.by_id[f.source])
        and (b := s.boundary_of(f.target)) is not None
        and b.id == here.id
        and any(d.sensitivity in _PERSONAL for d in f.data)
        for f in s.all_flows
    )


@requirement(
    "compliance/gdpr/automated-decisions",
    title="GDPR: people can have a person review an automated decision about them",
    source="framework:gdpr",
    satisfied_by=[c.Contestability],
    stride="R",
    phases=[Phase.INFERENCE],
    likelihood="possible",
    impact="moderate",
)
def gdpr_automated_decisions(g: GraphView) -> Iterator[Need]:
    """An agent decides claims that people send it, and no person reviews its decision
    before it reaches them (GDPR Art. 22): it pays or refuses a refund, a compensation
    or a claim on the evidence the claimant sends (their receipts, photos, letters),
    through a tool that pays out. The claimant can ask for a person to look at the
    decision again, and is told how (``Contestability`` on the agent or its paying
    tools), unless a person approves each decision before it goes out
    (``HumanInTheLoop`` with no threshold there, or the agent declared supervised with
    no narrower approval). An approval of only the larger claims (above GBP 250) leaves
    the rest, the refusals included, to the machine. Claims from companies are not
    decisions about a person: a tool named for paying or crediting invoices (a
    contractor's invoice, a shipping customer's credit note) is left out. Raises one
    finding when unmet, listing every such agent."""
    s = g.system
    for e in s.all_elements:
        if not isinstance(e, Agent):
            continue
        # not a tool that pays or credits invoices: its payees are businesses
        tools = [t for t in payout_tools(g.g, e) if not _BUSINESS_PAYMENT.search(t.name)]
        if not tools:
            continue
        claimants = sorted({p[0] for p in evidence_paths(g.g, e) if is_person(g.g.by_id[p[0]])})
        if not claimants:
            continue
        gates = payment_approvals(g.g, e, tools)
        every = [x for x in gates if c.approves_every_step(x)]
        supervised = not gates and e.autonomy in APPROVED_AUTONOMIES
        yield Need(
            e.id,
            f"pays or refuses claims from {names(claimants, s)} through {names(tools)}",
            met_by=(
                f"{every[0].approver or 'a person'} approves each decision"
                if every
                else "the agent is declared supervised"
                if supervised
                else None
            ),
            sites=tuple(t.id for t in tools),
        )


_BUSINESS_PAYMENT = re.compile(r"\b(?:invoices?|credit notes?)\b", re.IGNORECASE)
"""Words by which a paying tool's name says it settles businesses' invoices."""


_FINANCIAL = re.compile(
    r"\b(?:cards?|cardholder|pan|cvv|credit|bank\w*|payments?|loans?|mortgages?|bureau|"
    r"transactions?|income|salar(?:y|ies)|payslips?|tax|iban|accounts?|statements?|"
    r"affordability|debts?|invoices?|charges?|fees?|refunds?|deposits?)\b",
    re.IGNORECASE,
)
"""Words by which regulated data is named for money (card numbers, a credit bureau
report, bank statements): regulated by financial rules, not special-category data."""


_SPECIAL = re.compile(
    r"\b(?:health\w*|medical|patients?|clinical|diagnos\w*|symptoms?|prescriptions?|"
    r"medications?|treatments?|therap\w*|injur\w*|allerg\w*|disabilit\w*|pregnan\w*|"
    r"mental|biometric\w*|fac(?:e|es|ial)|fingerprints?|voiceprints?|iris|genetic|dna|"
    r"genom\w*|ethnic\w*|racial|religio\w*|faith|sexual\w*|political|trade union)\b",
    re.IGNORECASE,
)
"""Words by which data is named for one of the special categories of GDPR Art. 9
(health, biometric, genetic, ethnic origin, religion, sex life, political opinions,
trade union membership)."""


def _special_category(d: Data, cards: bool) -> bool:
    """Declared ``regulated`` and not named for money: health, biometric and the other
    special categories of GDPR Art. 9 (a design's ``regulated`` covers card and credit
    data too, which Art. 9 does not). In a system that declares PCI DSS (``cards``),
    ``regulated`` is first the cardholder data: there only data named or described
    as a special category counts."""
    if d.sensitivity is not Sensitivity.REGULATED or _FINANCIAL.search(d.name):
        return False
    return not cards or bool(_SPECIAL.search(f"{d.name} {d.description or ''}"))


def _processes_with_ai(e: Element) -> bool:
    """A model, an LLM, an agent, a job that trains or tunes a model, or another
    company's model API: where an AI system processes what it is sent."""
    if isinstance(e, (Model, Agent)):
        return True
    if isinstance(e, Pipeline):
        return e.stage in (Stage.TRAINING, Stage.FINE_TUNING)
    return isinstance(e, ExternalService) and e.provides is ExternalCategory.MODEL_API


@requirement(
    "compliance/gdpr/special-category",
    title=(
        "GDPR: special-category data an AI component processes has a recorded basis and "
        "an impact assessment"
    ),
    source="framework:gdpr",
    satisfied_by=[c.ImpactAssessment],
    stride="I",
    phases=[Phase.DATA, Phase.TRAINING, Phase.INFERENCE],
    placement=("element", "inbound"),
    cwe=["CWE-359"],
    likelihood="possible",
    impact="moderate",
)
def gdpr_special_category(g: GraphView) -> Iterator[Need]:
    """Health, biometric and other special-category data (declared ``regulated``) that a
    model, an LLM, an agent, a training job or another company's model API is sent may
    be processed only on one of the conditions of GDPR Art. 9(2) (explicit consent, a
    health professional's care, substantial public interest in law), and processing it
    with AI is the kind of processing that needs a data protection impact assessment
    (Art. 35): what it is for, why it is needed, the risks to the people it is about and
    what answers them. A design that sends such data to AI declares neither by default,
    and reviewers of held-out designs named the missing basis or assessment on half of
    the designs that do. Regulated data named for money (card numbers, a credit bureau
    report, bank statements) is regulated by financial rules, not Art. 9, and is left
    out; in a system that also declares PCI DSS, where ``regulated`` is first the
    cardholder data, only regulated data named for a special category (health,
    biometric, genetic…) counts. Like the storage requirement, this one raises a finding when unmet: one,
    listing every AI component that is sent such data with nothing declared. An impact
    assessment declared on the component, on the flows that bring it the data, on the
    component of ours that sends it to another company's model, or on the service or
    endpoint of ours in front of that sender (a web app whose request an orchestrator
    turns into the prompt), on a store of ours that keeps the special-category data
    the component makes (a fall detector's events, filed in the fall event store), or,
    for a training job, on the model it trains (a fraud ring model's DPIA) counts. A
    partner's model counts only when a component we run sends it the data: the
    assessment is then ours. A component of ours that sends special-category data it
    makes or passes on (a face model's biometric templates, an agent's note of a
    tenant's vulnerability) is listed too."""
    s = g.system
    cards = Framework.PCI_DSS in s.frameworks
    for e in s.all_elements:
        if not _processes_with_ai(e):
            continue
        inbound = [f for f in s._in[e.id] if any(_special_category(d, cards) for d in f.data)]
        ours = [f for f in inbound if _runs(g.g, e) or _runs(g.g, g.g.by_id[f.source])]
        held = sorted({d.name for f in ours for d in f.data if _special_category(d, cards)})
        # what it makes of people's data and sends on (a face model's biometric
        # templates, an agent's note of a tenant's vulnerability) is special-category too
        made = (
            sorted(
                {d.name for f in s._out[e.id] for d in f.data if _special_category(d, cards)}
                - set(held)
            )
            if _runs(g.g, e)
            else []
        )
        if not held and not made:
            continue
        why = "; ".join(
            x
            for x in (
                f"is sent special-category data: {names(held)}" if held else "",
                f"sends special-category data: {names(made)}" if made else "",
            )
            if x
        )
        senders = tuple(sorted({f.source for f in ours} - {e.id}))
        # the front of ours that asks those senders for the work (a web app whose
        # request the orchestrator turns into the prompt) records the whole processing
        fronts = tuple(
            sorted(
                {
                    p.id
                    for x in senders
                    for p in s.predecessors(x)
                    if isinstance(p, (Service, Endpoint)) and _runs(g.g, p) and p.id != e.id
                }
                - set(senders)
            )
        )
        kept = _kept_in(g, e, cards)
        # a training job's data is processed for the model it trains: an assessment
        # declared on that model (a fraud ring model's DPIA) records the training too
        trained = tuple(m.id for m in trained_models(g.g, e)) if isinstance(e, Pipeline) else ()
        yield Need(e.id, why, sites=(*(f.id for f in ours), *senders, *fronts, *kept, *trained))


def _kept_in(g: GraphView, e: Element, cards: bool) -> tuple[str, ...]:
    """The stores of ours that keep the special-category data ``e`` makes and sends on,
    wherever it is filed (a fall detector's events, which the alert manager files in
    the fall event store): an impact assessment declared there records the same
    processing."""
    s = g.system
    made = {d for f in s._out[e.id] for d in f.data if _special_category(d, cards)}
    return tuple(
        sorted(
            {
                f.target
                for f in s.all_flows
                if isinstance(x := g.g.by_id[f.target], DataStore)
                and _runs(g.g, x)
                and any(d in made for d in f.data)
            }
        )
    )


_RECORD_SYSTEM = re.compile(
    r"\b(?:EPR|EHR|EMR|PAS|LIS|LIMS|RIS|PACS|ERP|HRIS|"
    r"(?:electronic )?(?:patient|health|medical|clinical|maternity|student|pupil) records?"
    r"(?: system)?|"
    r"laboratory information(?: management)? system|HR system|payroll|"
    r"council tax|revenues|housing management|burial|accounting system|"
    r"(?:digital )?evidence (?:management )?system|core banking|general ledger)\b",
    re.IGNORECASE,
)
"""Names of an organisation's systems of record whose retention the law that governs
the records sets (a patient or student record, a laboratory system, an ERP, the
council tax or burial records)."""


_LOG_NAME = re.compile(r"\b(?:logs?|audit trails?)\b", re.IGNORECASE)
"""Words by which a store says it is a log (an encounter outcome log, an audit trail)."""


def _log_retention(g: GraphView, store: Element) -> int | None:
    """The days an audit logging control keeps the store's logs: declared on the store,
    or else on every component that writes logs into it (an agent whose audit logging
    keeps its run log a year)."""
    days = _retention_days(store)
    if days is not None:
        return days
    s = g.system
    writers = {f.source for f in s._in[store.id] if any(d.kind is DataKind.LOGS for d in f.data)}
    found = [_retention_days(g.g.by_id[w]) for w in sorted(writers)]
    return min(found) if found and None not in found else None  # type: ignore[type-var]


def _retention_days(holder: Element) -> int | None:
    days = [k.retention_days for k in holder.controls if isinstance(k, c.AuditLogging)]
    return min((d for d in days if d is not None), default=None)


@_framework(
    "soc2",
    "change-management",
    "SOC 2: changes to models and pipelines are reviewed",
    satisfied_by=[c.MultiPartyApproval, c.HumanInTheLoop],
    stride="T",
    phases=[Phase.REGISTRY],
)
def soc2_change(g: GraphView) -> Iterator[Need]:
    """Pipelines that train, evaluate or deploy models, and registries, require a
    reviewed change (a second approver)."""
    for e in g.system.all_elements:
        if builds_models(e) and _runs(g.g, e):
            yield Need(e.id)


@_framework(
    "soc2",
    "incident-response",
    "SOC 2: an incident response plan covers the AI system",
    satisfied_by=[c.IncidentResponse],
    stride="D",
    phases=[Phase.INFERENCE],
    placement=("model",),
)
def soc2_incidents(g: GraphView) -> Iterator[Need]:
    """The organisation can respond to an incident in the AI system (declare
    IncidentResponse anywhere)."""
    elements = g.system.all_elements
    if elements:
        yield Need(elements[0].id, "the model as a whole")


@_framework(
    "eu-ai-act-high-risk",
    "human-oversight",
    "EU AI Act: people oversee the model's decisions",
    satisfied_by=[c.HumanInTheLoop, c.Contestability],
    stride="R",
    phases=[Phase.INFERENCE],
    placement=("element", "outbound"),
)
def eu_oversight(g: GraphView) -> Iterator[Need]:
    """Every high-stakes model has a person able to oversee and override it."""
    yield from _high_stakes_models(g)


@_framework(
    "eu-ai-act-high-risk",
    "record-keeping",
    "EU AI Act: the model's decisions are logged",
    satisfied_by=[c.AuditLogging, c.ExplainabilityLogging],
    stride="R",
    phases=[Phase.INFERENCE],
    placement=("element", "outbound"),
)
def eu_records(g: GraphView) -> Iterator[Need]:
    """Every high-stakes model logs its decisions with what produced them."""
    yield from _high_stakes_models(g)


def _high_stakes_models(g: GraphView) -> Iterator[Need]:
    for e in g.system.all_elements:
        if isinstance(e, Model) and e.high_stakes and _runs(g.g, e):
            yield Need(e.id)


@_framework(
    "eu-ai-act-high-risk",
    "data-governance",
    "EU AI Act: training data is governed",
    satisfied_by=[c.ProvenanceTracking, c.DataVersioning],
    stride="T",
    phases=[Phase.DATA],
    placement=("element", "upstream"),
)
def eu_data(g: GraphView) -> Iterator[Need]:
    """Every dataset a model is trained on records its provenance or versions."""
    for e in g.system.all_elements:
        if isinstance(e, Dataset) and _runs(g.g, e):
            yield Need(e.id)


@_framework(
    "eu-ai-act-high-risk",
    "robustness",
    "EU AI Act: models are tested for accuracy and robustness",
    satisfied_by=[c.ModelValidation, c.AdversarialTraining, c.RedTeaming],
    stride="T",
    phases=[Phase.TRAINING],
    placement=("element", "upstream"),
)
def eu_robust(g: GraphView) -> Iterator[Need]:
    """Every high-stakes model is evaluated for accuracy and robustness before release."""
    for e in g.system.all_elements:
        if isinstance(e, Model) and e.high_stakes and _runs(g.g, e):
            yield Need(e.id)


@_framework(
    "eu-ai-act-high-risk",
    "transparency",
    "EU AI Act: models are documented",
    satisfied_by=[c.ModelCards],
    stride="R",
    phases=[Phase.REGISTRY],
)
def eu_docs(g: GraphView) -> Iterator[Need]:
    """Every high-stakes model has a model card (intended use, limits, evaluation)."""
    for e in g.system.all_elements:
        if isinstance(e, Model) and e.high_stakes and _runs(g.g, e):
            yield Need(e.id)


_ = (Actor, Device)
