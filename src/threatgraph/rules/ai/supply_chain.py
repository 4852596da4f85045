"""What the system takes in from others and runs: model files, packages, tools, code.

Decided by what flows carry, not by the kinds of their ends: a flow carrying a model
artifact into anything that loads it, code or packages into anything that runs them,
a third-party tool an agent calls. Also what code running here can reach: credentials
at rest, and a way out to the internet; and what an agent's lookups hand to outside
services in normal operation.
"""

from __future__ import annotations

from collections.abc import Callable

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
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
from threatgraph.graph import Facts, is_credential
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    Grouped,
    grouped,
    hands_code_on,
    is_desktop,
    is_model_api,
    names,
    only_payment_tokens,
    only_sign_in_verifiers,
    subject,
)
from threatgraph.rules.access import remote_access_flows
from threatgraph.rules.ai.lifecycle import swapped_code_files
from threatgraph.rules.views import ElementView
from threatgraph.system import System
from threatgraph.vocab import (
    Capability,
    DataKind,
    ExternalCategory,
    Phase,
    Sensitivity,
    Serialization,
    Stage,
    ToolOrigin,
)

_LOADERS = (Model, Service, Endpoint, Pipeline, Agent, Device)


def _artifact_flows(g: Facts, e: Element) -> list[Flow]:
    """Flows bringing model files that ``e`` loads: not updates from federated devices
    (ai/federated-* cover those) unless declared as model artifacts."""
    out = []
    for f in g.system._in[e.id]:
        carried = g.carried(f)
        if DataKind.MODEL_ARTIFACT not in carried:
            continue
        src = g.by_id[f.source]
        if (
            isinstance(src, Device)
            and src.trains_locally
            and not carried.declared(DataKind.MODEL_ARTIFACT)
        ):
            continue
        out.append(f)
    return out


def _local_trainer(e: Element) -> bool:
    """A device that trains locally: its updates are federated learning's concern."""
    return isinstance(e, Device) and e.trains_locally


def _loads(g: Facts, e: Element) -> bool:
    """Receiving a model file means deserialising it: not for stores, registries and
    deployment steps, which keep and copy files (a cache the hub writes into hands the
    file on to whatever loads it)."""
    if not isinstance(e, _LOADERS):
        return False
    if isinstance(e, Pipeline) and e.stage is Stage.DEPLOYMENT:
        return False
    s = g.system
    # an endpoint that hands model files on (to devices) distributes them
    if isinstance(e, Endpoint):
        return not any(DataKind.MODEL_ARTIFACT in g.carried(f) for f in s._out[e.id])
    # so does a service that only passes things on, sending on everything it receives
    # (a file transfer server between networks); one that also takes jobs or sends a
    # model of its own (a compute cluster, an aggregation server) loads what it gets
    if isinstance(e, Service):
        got = {d.id for f in s._in[e.id] for d in f.data}
        sent = {d.id for f in s._out[e.id] for d in f.data}
        return not (got and got <= sent)
    return True


def _from_outside(g: Facts, f: Flow) -> bool:
    """Whether ``f`` comes from a party others control: not an outside service that only
    hands on model files we put there (a swap on that way is
    ai/unsigned-model-to-serving's)."""
    src = g.by_id[f.source]
    return (
        (g.external(src) or g.untrusted(src))
        and not _delivers_ours(g, src)
        and not _our_job_elsewhere(g, src)
    )


def _our_job_elsewhere(g: Facts, e: Element) -> bool:
    """A training or fine-tuning job of ours run on a machine we do not control (a
    volunteer's laptop, placed in an untrusted zone): the weights it makes are ours, not
    a hub's or another party's, and a swap or a pickle on their way is
    ai/unsigned-model-to-serving's, which names the way and says a swapped pickle runs
    code; the person running it is the insider finding's."""
    return (
        isinstance(e, Pipeline)
        and e.stage in (Stage.TRAINING, Stage.FINE_TUNING)
        and g.untrusted(e)  # a partner's job is the partner's
    )


def _risky_loads(g: Facts, e: Element) -> list[Flow]:
    """Model files ``e`` deserialises in a format that runs code on load (or an undeclared
    one) and that someone outside can put on the way in."""
    return g.memo("supply.risky-loads", e, lambda: _risky_loads_now(g, e))


def _risky_loads_now(g: Facts, e: Element) -> list[Flow]:
    if g.on_user_device(e) or g.untrusted(e) or not _loads(g, e):
        return []
    out = []
    for f in _artifact_flows(g, e):
        formats = g.carried(f).formats
        if formats and not any(x.runs_code_on_load for x in formats):
            continue
        if _writable_from_outside(g, f):  # else ai/unsigned-model-to-serving's concern
            out.append(f)
    return out


def _loader_before(g: Facts, flow: Flow) -> str | None:
    """The nearest component upstream of ``flow`` (along model-artifact flows, four hops)
    that itself loads files from outside: what it writes is its finding's concern."""
    return g.first_upstream(
        flow, DataKind.MODEL_ARTIFACT, 4, lambda node: bool(_risky_loads(g, g.by_id[node]))
    )


def _loaders_after(g: Facts, e: Element) -> list[str]:
    """Loaders downstream of ``e`` whose risky files all come through it (directly or
    through loaders that it covers)."""
    out = []
    for x in sorted(g.downstream_within(e, content=False)):
        flows = _risky_loads(g, g.by_id[x])
        if flows and all(_first_loader(g, f) == e.id for f in flows):
            out.append(x)
    return out


def _first_loader(g: Facts, flow: Flow) -> str | None:
    """Following loaders back from ``flow``: the first, whose finding covers the rest."""
    first = _loader_before(g, flow)
    seen: set[str] = set()
    while first is not None and first not in seen:
        seen.add(first)
        before = [_loader_before(g, f) for f in _risky_loads(g, g.by_id[first])]
        up = sorted({b for b in before if b is not None})
        if not up or len(up) < len(before):
            return first  # it loads some files straight from outside
        first = up[0]
    return first


def _writable_from_outside(g: Facts, flow: Flow) -> bool:
    """Whether someone outside can put a file on ``flow``: it comes from outside, or,
    searched back along model-artifact flows (four levels), an outside or untrusted party,
    or a component running outside code, writes where it comes from."""
    outside = g.first_upstream(
        flow,
        DataKind.MODEL_ARTIFACT,
        4,
        lambda node: (
            ((g.external(node) or g.untrusted(node)) and not _delivers_ours(g, g.by_id[node]))
            or node in g.compromisable
        ),
    )
    return outside is not None


@rule(
    "ai/unsafe-model-deserialization",
    threat="unsafe_model_deserialization",
    title="Loading a model file runs code",
    stride="E",
    # a training or fine-tuning job loading base weights is a loader too
    phases=[Phase.TRAINING, Phase.REGISTRY, Phase.INFERENCE],
    applies_to=on_element(*_LOADERS),
    atlas=["AML.T0011.000", "AML.T0010.003", "AML.T0018.002", "AML.T0072"],
    owasp=["ML06:2023", "LLM03:2025"],
    cwe=["CWE-502", "CWE-94"],
    mitigations=[c.SafeSerialization],
    supporting=[c.VulnerabilityScanning, c.SignedModels, c.Sandboxing, c.InferenceIsolation],
    likelihood="rare",
    impact="major",
    placement=("element", "inbound"),
)
def unsafe_model_deserialization(view: ElementView) -> Match | None:
    """A component loads a model artifact in a format that runs code when it is loaded
    (pickle and what builds on it: joblib, torch checkpoints; Keras files with Lambda
    layers; or a format nobody declared). Whoever controls the file (a hub account, a
    device sending updates, a store outsiders write to) runs code with the loader's
    rights. Raised once per loader (a store or cache on the way keeps files and loads
    none, nor does a service that only passes on everything it receives, such as a
    file transfer server between networks), and only where someone outside can put a
    file on the way in: files the
    organisation's own pipelines write are
    ai/unsigned-model-to-serving's concern, and so is a file of our own making, or one a
    partner delivers (a vendor, a contractor), on its way to a served model when that
    finding already says the swapped file runs code where it is loaded (the same flow,
    the same fix: a safe format), whether the model loads it or a component loads it
    for the model (a scoring job, an edge server). Files anyone may publish (a public
    hub, or a mirror of one) stay this finding's; our own training job run on a
    machine we do not control (a volunteer's laptop) is not such a place. Safe formats
    (safetensors, ONNX, GGUF) or scanning before load count there. Not raised for loaders on users' own
    devices."""
    e = view.element
    g = view.g
    # files that an earlier loader on the way already loads are that loader's finding
    risky = [f for f in _risky_loads(g, e) if _loader_before(g, f) is None]
    # a pickle of our own making that the model's serving-integrity finding already says
    # runs code where it is loaded, on the same flow: that finding's (reviewers struck
    # this as its copy), and so is a vendor's; one anyone may publish (a public hub)
    # stays this finding's
    copies = swapped_code_files(g, e)
    risky = [f for f in risky if f.id not in copies or _from_anyone(g, f)]
    if not risky:
        return None
    inferred = any(not g.carried(f).formats for f in risky)
    s = view.system
    later = _loaders_after(g, e)
    # from outside, or from a cache or mirror that takes them straight from outside
    outside = [f for f in risky if _from_outside(g, f) or _mirrors_outside(g, g.by_id[f.source])]
    atlas = ["AML.T0011.000"]
    if outside:
        atlas += ["AML.T0010.003", "AML.T0018.002"]
    egress = [
        x for x in s._out[e.id] if g.external(x.target) and not is_model_api(g.by_id[x.target])
    ]
    if egress:
        atlas.append("AML.T0072")
    declared = sorted({x.value for f in risky for x in g.carried(f).formats})
    fmt = f"in {', '.join(declared)} format" if declared else "in an undeclared format"
    src = names({f.source for f in risky}, s)
    owasp = ("ML06:2023", "LLM03:2025") if isinstance(e, LLM) else ("ML06:2023",)
    return Match(
        f"{view.described} loads model files from {src} {fmt}; whoever controls a file runs "
        "code with the loader's rights"
        + (", and it can reach the internet" if egress else "")
        + (f"; {subject(later, 'then loads', 'then load', s)} what it passes on" if later else "")
        + ".",
        affected=(*(f.id for f in risky), *later),
        atlas=tuple(atlas),
        owasp=owasp,
        likelihood_delta=1 if outside else 0,
        basis=(
            "the serialization is not declared; declare Data(format=...) (safetensors, onnx, "
            "gguf are safe to load)"
            if inferred
            else None
        ),
    )


@rule(
    "ai/untrusted-model-source",
    threat="poisoned_pretrained_model",
    title="Models taken from a source others control",
    stride="T",
    applies_to=on_element(*_LOADERS),
    atlas=["AML.T0010.003", "AML.T0018", "AML.T0018.000", "AML.T0073", "AML.T0074"],
    owasp=["ML06:2023", "ML07:2023", "LLM03:2025", "LLM04:2025"],
    cwe=["CWE-494", "CWE-829"],
    mitigations=[c.ProvenanceTracking, c.ModelValidation],
    supporting=[c.AIBOM, c.SignedModels, c.SupplierAssessment],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def untrusted_model_source(view: ElementView) -> Match | None:
    """Weights or adapters come from a public hub or another party's repository. A
    poisoned or backdoored base model behaves well until its trigger appears; a
    look-alike or taken-over namespace serves someone else's model under a trusted
    name. Raised once per component that pulls them (backdoors, lineage and provenance
    of that pull are the same threat), and once for components that take weights from
    the same places with the same checks; pinning by digest, provenance and evaluation
    before use count there. A mirror, cache or registry that the hub writes into loads
    nothing: the pull is then the loader's behind it, and checks declared on the mirror
    and its pull count too. Weights our own training job makes on a machine we do not
    control (a volunteer's laptop, in an untrusted zone) are ours, not another party's:
    the swap finding names that way."""
    e = view.element
    g = view.g
    if g.on_user_device(e):
        return None
    pulls = _pulls(g, e)
    if not pulls:
        return None
    s = view.system
    # components taking weights from the same places with the same checks (an embedding
    # model and an LLM from one hub): one finding, on the first, listing the others
    group = _pull_groups(g).get(_pull_key(g, e), (e.id,))
    if group[0] != e.id:
        return None
    others = list(group[1:])
    pulls = [*pulls, *(f for o in others for f in _pulls(g, g.by_id[o]))]
    # a mirror or cache on the way is named as such; the places others control behind it
    # are the hubs, and checks declared where it pulls from them count too
    mirrors = list(dict.fromkeys(f.source for f in pulls if not _from_outside(g, f)))
    fetched = [f for m in mirrors for f in _outside_artifacts(g, g.by_id[m])]
    hubs = list(
        dict.fromkeys(g.by_id[f.source] for f in (*pulls, *fetched) if f.source not in mirrors)
    )
    atlas = ["AML.T0010.003", "AML.T0018", "AML.T0018.000"]
    if any(
        g.untrusted(h)
        or (isinstance(h, ExternalService) and h.provides is ExternalCategory.MODEL_HUB)
        for h in hubs
    ):
        atlas += ["AML.T0073", "AML.T0074"]
    llm = any(
        isinstance(x, LLM) or any(isinstance(y, LLM) for y in s.successors(x))
        for x in (e, *(g.by_id[o] for o in others))
    )
    owasp = ("ML06:2023", "ML07:2023", "LLM03:2025") if llm else ("ML06:2023", "ML07:2023")
    also = f" (and {names(others, s)})" if others else ""
    via = f" through {names(mirrors, s)}" if mirrors else ""
    return Match(
        f"{view.described}{also} takes model weights from {names(hubs)}{via}; a poisoned "
        "or look-alike model behaves well until its trigger appears.",
        affected=(*(f.id for f in pulls), *(f.id for f in fetched), *mirrors, *others),
        atlas=tuple(atlas),
        owasp=owasp,
        control_sites=(
            (
                e.id,
                *(f.id for f in s._in[e.id]),
                *mirrors,
                *(f.id for f in fetched),
                *(f.source for f in fetched if g.operated(f.source)),
            )
            if mirrors
            else None
        ),
    )


def _pulls(g: Facts, e: Element) -> list[Flow]:
    """Model weights coming into ``e`` from a place others control, directly or through a
    store that only keeps what they hand it (a mirror or cache the hub writes into: the
    store loads nothing, so the pull is the loader's). Remembered: the grouping asks for
    every loader."""
    return g.memo("supply.pulls", e, lambda: _pulls_now(g, e))


def _pulls_now(g: Facts, e: Element) -> list[Flow]:
    return [
        f
        for f in _artifact_flows(g, e)
        if _pulled_from_outside(g, f) or _mirrors_outside(g, g.by_id[f.source])
    ]


def _pulled_from_outside(g: Facts, f: Flow) -> bool:
    """Model files straight from a place others control (not a federated device's
    update, which the federated findings cover)."""
    return _from_outside(g, f) and not _local_trainer(g.by_id[f.source])


def _from_anyone(g: Facts, f: Flow) -> bool:
    """``f`` brings files anyone may publish: from an untrusted place or a model hub, or
    through a cache or mirror that takes them from one. A partner delivering its model
    (a vendor, a contractor) is a party we deal with: a swap on that way is the
    serving-integrity finding's, which says the swapped file runs code."""
    src = g.by_id[f.source]
    if _open_to_anyone(g, src):
        return True
    return _mirrors_outside(g, src) and any(
        _open_to_anyone(g, g.by_id[x.source]) for x in _outside_artifacts(g, src)
    )


def _open_to_anyone(g: Facts, e: Element) -> bool:
    """A place anyone may publish model files to: an untrusted one, or a model hub."""
    return (g.untrusted(e) and not _our_job_elsewhere(g, e)) or (
        isinstance(e, ExternalService) and e.provides is ExternalCategory.MODEL_HUB
    )


def _mirrors_outside(g: Facts, e: Element) -> bool:
    """A store or registry that takes model files straight from a place others control."""
    if isinstance(e, _LOADERS) or g.external(e) or g.untrusted(e):
        return False
    return bool(_outside_artifacts(g, e))


def _outside_artifacts(g: Facts, e: Element) -> list[Flow]:
    """The model files coming into ``e`` straight from a place others control (asked
    for every loader and for each store it loads from: remembered)."""
    return g.memo(
        "supply.outside-artifacts",
        e,
        lambda: [f for f in _artifact_flows(g, e) if _pulled_from_outside(g, f)],
    )


def _pull_key(g: Facts, e: Element) -> tuple[str, str]:
    """Where a component takes weights from, and the checks declared on it."""
    froms = sorted({f.source for f in _pulls(g, e)})
    checks = sorted(
        x.key for x in e.controls if isinstance(x, (c.ProvenanceTracking, c.ModelValidation))
    )
    return "\x1f".join(froms), "\x1f".join(checks)


def _pull_groups(g: Facts) -> Grouped:
    """Components that take weights from outside, grouped by :func:`_pull_key`, by id."""
    return grouped(
        g,
        "supply.pull-groups",
        lambda: (
            (_pull_key(g, e), e.id, e.id)
            for e in g.system.all_elements
            if isinstance(e, _LOADERS) and not g.on_user_device(e) and _pulls(g, e)
        ),
    )


def _installs(g: Facts, e: Element) -> list[Flow]:
    """Code flowing into ``e`` from a registry, repository or outside service, or from a
    place such a source writes to. Code a person submits directly is not a supply chain:
    that is an exposed interface that runs what it is sent."""
    return [f for f in g.system._in[e.id] if DataKind.CODE in g.carried(f) and _published(g, f)]


def _fingerprints(g: Facts, e: Element) -> bool:
    """Everything the component sends is features or embeddings (and logs): it reads the
    code it takes as data to compare (a plagiarism checker normalising submissions and
    crawled solutions into fingerprints), it installs and runs none of it."""
    made = {DataKind.FEATURES, DataKind.EMBEDDINGS}
    return _sends_only(g, e, made | {DataKind.LOGS}, some_of=made)


def _sends_only(g: Facts, e: Element, allowed: set[DataKind], *, some_of: set[DataKind]) -> bool:
    """Every flow out of ``e`` that declares data carries only kinds in ``allowed``, and
    some carries one of ``some_of``."""
    sent = [g.carried(f).kinds for f in g.system._out[e.id] if f.data]
    return any(k & some_of for k in sent) and all(k <= allowed for k in sent)


def _detonated(g: Facts, flow: Flow) -> bool:
    """The component hands all the code on ``flow`` to a sandbox to run (a malware
    scanner detonating install scripts): it inspects the code, the sandbox runs it."""
    return _hands_all_code_to(g, flow, lambda t: t.has(c.Sandboxing))


def _rolled_out(g: Facts, flow: Flow) -> bool:
    """The component hands all the code on ``flow`` on, as it came, to devices or other
    components that run code (a fleet manager pushing a vendor's firmware to drones, a
    site router passing a vendor's PLC programs to the controllers): they run it, and
    their own supply-chain finding names where it comes from. Not when they are
    outsiders' components (a customer's container the host agent starts): what they run
    is their supply chain, so the finding stays with the component that takes it in."""
    return _hands_all_code_to(
        g, flow, lambda t: isinstance(t, Device) or (isinstance(t, _RUNNERS) and not g.untrusted(t))
    )


_RUNNERS = (Pipeline, Service, Endpoint, Device)
"""What runs the code it takes (the components ai/mlops-supply-chain looks at)."""


def _hands_all_code_to(g: Facts, flow: Flow, runs_it: Callable[[Element], bool]) -> bool:
    """Every piece of code on ``flow`` leaves its target again, as it came, for a
    component ``runs_it`` picks out."""
    s = g.system
    code = [d for d in flow.data if d.kind is DataKind.CODE]
    return bool(code) and all(
        any(d in f.data and runs_it(g.by_id[f.target]) for f in s._out[flow.target]) for d in code
    )


def _published(g: Facts, flow: Flow) -> bool:
    """Whether outsiders reach the code on ``flow`` by publishing it somewhere: a
    registry, a repository or an outside service, or a store they commit to. A person
    who hands code straight to a service that runs it is not a supply chain."""
    writers = set(g.code_from_outside(flow))
    if not writers:
        return False
    if any(not isinstance(g.by_id[w], Actor) for w in writers):
        return True
    # every writer is a person: count them when the code rests in a store on the way
    store = g.first_upstream(
        flow, DataKind.CODE, 3, lambda node: isinstance(g.by_id[node], (DataStore, ModelRegistry))
    )
    return store is not None


@rule(
    "ai/mlops-supply-chain",
    threat="mlops_supply_chain",
    title="Packages and images from public registries",
    stride="T",
    applies_to=on_element(*_RUNNERS),
    atlas=["AML.T0010.001", "AML.T0011.001"],
    owasp=["ML06:2023", "LLM03:2025", "ASI04:2026"],
    cwe=["CWE-494", "CWE-829", "CWE-1357"],
    mitigations=[c.AIBOM, c.VulnerabilityScanning],
    supporting=[c.SignedModels, c.Sandboxing, c.EgressFiltering],
    likelihood="unlikely",
    impact="moderate",
    cia="CI",
    placement=("element", "inbound"),
)
def mlops_supply_chain(view: ElementView) -> Match | None:
    """Code, packages, extensions or container images come from a public registry or an
    outside repository into something that runs them: a training or build pipeline, a
    notebook, a service, an agent's host. A typosquatted, hijacked or dependency-confused
    package runs with that component's access to data, models and secrets. Pinned,
    scanned dependencies with an inventory count on the component. Components in one
    zone taking code from the same places with the same checks are one finding. What
    outsiders run themselves (a customer's own container on a rented host) is their
    supply chain, not ours; code a component hands to a sandbox to run (a malware
    scanner detonating a package's install scripts) is what it inspects, not what it
    installs; and code it only passes on, as it came, to devices or other components
    (a fleet manager pushing a vendor's firmware to drones, a site router relaying PLC
    programs to the controllers) runs there, and their own finding names its source;
    nor is code a component only turns into features or embeddings (a plagiarism
    checker's normaliser fingerprinting crawled solutions): it compares the code and
    runs none of it. A
    supplier's engineers sending programs through a remote-access gateway into plant
    control are the supplier remote-access finding's: that finding names their way in,
    gateway and controllers both."""
    e = view.element
    g = view.g
    if g.untrusted(e) and not isinstance(e, Device):
        return None  # what outsiders run (a customer's own container) is their supply chain
    remote = remote_access_flows(g)
    flows = [
        f
        for f in _installs(g, e)
        if not _detonated(g, f) and not _rolled_out(g, f) and f.id not in remote
    ]
    if _fingerprints(g, e):
        flows = []  # it turns the code into features (a plagiarism checker): data, not run
    runtime = isinstance(e, Pipeline) and e.third_party_packages
    if not flows and not runtime:
        return None
    s = view.system
    # components in one zone taking code from the same places, with the same declared
    # checks (two training jobs installing from the same index): one finding, on the
    # most sensitive, listing the others
    group = _supply_groups(g).get(_supply_key(g, e), (e.id,))
    if group[0] != e.id:
        return None
    others = list(group[1:])
    flows = [*flows, *(f for o in others for f in _installs(g, g.by_id[o]))]
    where = names({f.source for f in flows}, s) if flows else "public registries at run time"
    top = max((d.sensitivity for d in s.data_of(e)), default=None)
    registries = [
        f
        for f in flows
        if isinstance(g.by_id[f.source], ExternalService)
        and g.by_id[f.source].provides  # type: ignore[attr-defined]
        in (
            ExternalCategory.PACKAGE_REGISTRY,
            ExternalCategory.CONTAINER_REGISTRY,
            ExternalCategory.GENERIC,
        )
    ]
    atlas = ("AML.T0010.001", "AML.T0011.001") if registries or runtime else ("AML.T0010.001",)
    writers = sorted({w for f in flows for w in g.code_from_outside(f)})
    who = f"; {names(writers, s)} can change it" if writers and not registries else ""
    also = f" (and {names(others, s)}, from the same place)" if others else ""
    return Match(
        f"{view.described}{also} runs code it takes from {where}{who}; a hijacked or look-alike "
        "package or a malicious change runs with its access to data, models and secrets.",
        affected=(*(f.id for f in flows), *others),
        atlas=atlas,
        # OWASP ids as the places earn them: ML06 where an AI component is involved,
        # LLM03 where a generative model is, ASI04 where an agent or tool is
        owasp=None,
        impact_delta=1 if top is not None and top.rank >= 2 else 0,
    )


def _supply_key(g: Facts, e: Element) -> tuple[str, ...]:
    """Where a component runs code from: its zone, the places it installs from, and the
    dependency checks declared on it."""
    s = g.system
    b = s.boundary_of(e)
    froms = sorted({f.source for f in _installs(g, e)})
    if isinstance(e, Pipeline) and e.third_party_packages:
        froms.append("\x00run time")
    checks = sorted(x.key for x in e.controls if isinstance(x, (c.AIBOM, c.VulnerabilityScanning)))
    return ("" if b is None else b.id, "\x1f".join(froms), "\x1f".join(checks))


def _supply_groups(g: Facts) -> Grouped:
    """Components that take code from outside, grouped by :func:`_supply_key`, most
    sensitive first, then by id."""
    s = g.system
    return grouped(
        g,
        "supply.groups",
        lambda: (
            (
                _supply_key(g, e),
                (-max((d.sensitivity.rank for d in s.data_of(e)), default=-1), e.id),
                e.id,
            )
            for e in s.all_elements
            if isinstance(e, (Pipeline, Service, Endpoint, Device))
            and (_installs(g, e) or (isinstance(e, Pipeline) and e.third_party_packages))
        ),
    )


@rule(
    "ai/malicious-tool",
    threat="malicious_tool",
    title="A third-party tool or tool server the agent trusts",
    stride="T",
    applies_to=on_element(Tool, ExternalService),
    atlas=[
        "AML.T0010.005",
        "AML.T0110",
        "AML.T0109",
        "AML.T0011.002",
        "AML.T0086",
        "AML.T0051",
        "AML.T0051.000",
        "AML.T0073",
    ],
    owasp=["ASI04:2026", "LLM03:2025"],
    cwe=["CWE-829", "CWE-506"],
    mitigations=[c.AIBOM, c.SupplierAssessment],
    supporting=[c.LeastPrivilegeTools, c.EgressFiltering, c.Sandboxing, c.HumanInTheLoop],
    likelihood="unlikely",
    impact="moderate",
    placement=("element", "inbound"),
)
def malicious_tool(view: ElementView) -> Match | None:
    """An agent calls a tool, plugin or MCP server that someone else wrote or runs. Its
    tool descriptions and results enter the agent's context as trusted text, and it
    sees every argument the agent passes. It can be malicious from the start
    (typosquatted, poisoned descriptions) or turn malicious in an update (a rug pull),
    and quietly copy what flows through it. A pinned, reviewed inventory and
    least-privilege scopes count on the tool."""
    e = view.element
    g = view.g
    s = view.system
    if isinstance(e, Tool):
        if e.origin is not ToolOrigin.THIRD_PARTY:
            return None
    elif not (isinstance(e, ExternalService) and e.provides is ExternalCategory.TOOL_SERVER):
        return None
    agents = [x for x in (*s.predecessors(e), *s.successors(e)) if isinstance(x, (Agent, LLM))]
    if not agents:
        return None
    atlas = [
        "AML.T0010.005",
        "AML.T0110",
        "AML.T0109",
        "AML.T0011.002",
        "AML.T0051",
        "AML.T0051.000",
    ]
    installs = _installs(g, e)
    if installs and any(
        isinstance(g.by_id[f.source], ExternalService)
        and g.by_id[f.source].provides is ExternalCategory.PACKAGE_REGISTRY  # type: ignore[attr-defined]
        for f in installs
    ):
        atlas.append("AML.T0073")
    sends = (
        isinstance(e, ExternalService)
        or (
            isinstance(e, Tool)
            and bool(e.capabilities & {Capability.NETWORK_EGRESS, Capability.SEND_MESSAGES})
        )
        or any(g.external(x) for x in s.successors(e))
    )
    if sends:
        atlas.append("AML.T0086")
    out = " and can send what it sees elsewhere" if sends else ""
    # a vendor's own connector is less likely to turn than code from a public registry
    # or a server anyone can stand up
    published = "AML.T0073" in atlas or g.untrusted(e)
    return Match(
        f"{view.described} is someone else's code inside {names(agents)}'s trust; its "
        f"descriptions and results steer the agent{out}, and an update can turn it hostile.",
        likelihood_delta=1 if published else 0,
        affected=(
            *(f.id for f in installs),
            *(f.id for f in s._out[e.id] if f.target in {a.id for a in agents}),
            *(f.id for f in s._in[e.id] if f.source in {a.id for a in agents}),
        ),
        atlas=tuple(atlas),
    )


# ---------------------------------------------------------------------------- code running here


def _runs_outside_code(g: Facts, e: Element) -> list[str]:
    """Why a component runs code it does not fully control: reasons, empty if none."""
    why = []
    if isinstance(e, Tool) and e.can(Capability.EXECUTE_CODE):
        why.append("runs the code and commands it is given")
    if isinstance(e, Pipeline) and e.third_party_packages:
        why.append("installs third-party packages")
    # a deployment pipeline or an update server that only hands code on, as it came
    # (firmware rolled out to devices): the code runs where it arrives, not here
    code = [
        f
        for f in g.system._in[e.id]
        if DataKind.CODE in g.carried(f) and not hands_code_on(g, e, f)
    ]
    if code and _model_client(g, e):
        code = []  # it puts the code in a prompt (an IDE assistant's plug-in): text, not run
    if code and isinstance(e, (Service, Endpoint, Pipeline, Device, Tool)):
        why.append(f"runs code from {names({f.source for f in code}, g.system)}")
    pickles = [
        f
        for f in g.system._in[e.id]
        if DataKind.MODEL_ARTIFACT in g.carried(f)
        and _from_outside(g, f)
        and (not g.carried(f).formats or any(x.runs_code_on_load for x in g.carried(f).formats))
    ]
    if pickles:
        why.append("loads outside model files that can run code")
    if isinstance(e, Device) and _opens_outside_content(g, e):
        why.append("opens what outsiders send (attachments, links)")
    return why


def _model_client(g: Facts, e: Element) -> bool:
    """A client of a language model and nothing more: everything it sends is a prompt,
    the model's answer (to the people it shows it to) or a sign-in, and some of it is a
    prompt (a code assistant's editor plug-in sending the code around the cursor)."""
    if not isinstance(e, (Service, Endpoint, Device)):
        return False
    allowed = {DataKind.PROMPT, DataKind.MODEL_OUTPUT, DataKind.CREDENTIALS}
    return _sends_only(g, e, allowed, some_of={DataKind.PROMPT})


def _delivers_ours(g: Facts, e: Element) -> bool:
    """An outside service that hands out model files only we put there (a CDN our
    release job publishes to, a device-management service that pushes our build to our
    phones): a swap on that way is ai/unsigned-model-to-serving's. Not a model hub: a
    look-alike or taken-over namespace there serves someone else's model."""
    ins = [f for f in g.system._in[e.id] if DataKind.MODEL_ARTIFACT in g.carried(f)]
    return (
        isinstance(e, ExternalService)
        and e.provides is not ExternalCategory.MODEL_HUB  # its namespaces others can take
        and bool(ins)
        and all(g.operated(f.source) and not g.untrusted(f.source) for f in ins)
    )


def _opens_outside_content(g: Facts, e: Element) -> bool:
    """A workstation whose user opens documents outsiders sent."""
    return any(
        isinstance(g.by_id[f.source], Actor)
        and g.by_id[f.source].human  # type: ignore[attr-defined]
        and g.documents_from_outside(f.source)
        for f in g.system._in[e.id]
    )


def _reads(g: Facts, e: Element) -> list[Element]:
    """Stores and sources an element reads from (directly)."""
    return [
        x for x in g.system.predecessors(e) if isinstance(x, (DataStore, ModelRegistry, DataSource))
    ]


def _outbound(g: Facts, e: Element) -> list[str]:
    out = [
        f.id
        for f in g.system._out[e.id]
        if (g.external(f.target) or g.untrusted(f.target))
        and not isinstance(g.by_id[f.target], Actor)
    ]
    if isinstance(e, Tool) and e.can(Capability.NETWORK_EGRESS):
        out += [f.id for f in g.system._in[e.id]][:1]
    return out


@rule(
    "ai/code-environment-exfiltration",
    threat="agent_data_exfiltration",
    title="Code running here can take data out",
    stride="I",
    applies_to=on_element(Service, Endpoint, Pipeline, Device, Tool),
    atlas=[
        "AML.T0025",
        "AML.T0037",
        "AML.T0035",
        "AML.T0048.004",
        "AML.T0007",
        "AML.T0055",
        "AML.T0072",
        "AML.T0011",
        "AML.T0012",
    ],
    owasp=["ASI05:2026"],
    cwe=["CWE-200", "CWE-668"],
    mitigations=[c.EgressFiltering, c.Sandboxing],
    supporting=[c.SecretsManagement, c.LeastPrivilegeTools, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def code_environment_exfiltration(view: ElementView) -> Match | None:
    """A component runs code it does not fully control (notebooks and jobs people bring,
    packages it installs, model files that execute on load, commands an agent writes),
    holds or reads sensitive data, credentials or model artifacts, and can reach the
    internet. Whatever that code is, it can read what the component reads and send it
    out, or open a shell for someone outside. A deployment pipeline that only hands
    code on as it came (an update service rolling firmware out to devices), or a
    service or endpoint that hands it on to devices (an update server sending signed
    packages to a vehicle fleet), runs none of it: the code runs where it arrives; nor
    does a language model's client that sends nothing but prompts, the answers and a
    sign-in (an IDE plug-in putting the code around the cursor in a prompt). Raised once
    per environment; egress filtering and isolation count there."""
    e = view.element
    g = view.g
    if g.on_user_device(e) and not isinstance(e, Device):
        return None
    if isinstance(e, Tool) and any(isinstance(x, (Agent, LLM)) for x in view.predecessors):
        return None  # an agent's tool: ai/agent-exfiltration covers what leaves through it
    why = _runs_outside_code(g, e)
    if not why:
        return None
    out = _outbound(g, e)
    if not out:
        return None  # no way out (the common case): what it reads stays here
    s = view.system
    reads = _reads(g, e)
    valuable = []
    atlas = ["AML.T0025", "AML.T0072"]
    creds = [x for x in reads if g.secrets_at(x)]
    models = [
        x for x in reads if isinstance(x, ModelRegistry) or g.holds(x, DataKind.MODEL_ARTIFACT)
    ]
    data = [
        x for x in reads if any(d.sensitivity.rank >= 2 for d in s.data_of(x)) and x not in creds
    ]
    if creds:
        valuable.append(f"credentials in {names(creds)}")
        atlas.append("AML.T0055")
    if models:
        valuable.append(f"models in {names(models)}")
        atlas += ["AML.T0007", "AML.T0035", "AML.T0048.004"]
    if data:
        valuable.append(f"data in {names(data)}")
    if [x for x in reads if isinstance(x, DataStore) and s.boundary_of(x) == s.boundary_of(e)]:
        atlas.append("AML.T0037")
        if any(isinstance(x, (DataStore,)) and not isinstance(x, VectorStore) for x in data):
            atlas.append("AML.T0035") if any(
                g.holds(x, DataKind.TRAINING_DATA) for x in data
            ) else None
    if not valuable:
        return None
    if any(
        isinstance(g.by_id[f.source], Actor)
        and ({DataKind.CODE, DataKind.DOCUMENTS} & g.carried(f).kinds or isinstance(e, Device))
        for f in s._in[e.id]
    ):
        atlas.append("AML.T0011")  # a person runs what was brought in
    return Match(
        f"{view.described} {', '.join(why)}, reads {', '.join(valuable)} and can reach the "
        "internet; that code can send it all out or open a shell for someone outside.",
        affected=(*(x.id for x in reads if x in (*creds, *models, *data)), *dict.fromkeys(out)),
        atlas=tuple(dict.fromkeys(atlas)),
        owasp=("ASI05:2026",) if isinstance(e, Tool) else (),
    )


def _credential_readers(
    g: Facts, readers: list[Element]
) -> tuple[list[Element], list[Element], list[Element], list[Element]]:
    """Readers of a credential store that serve an agent, that are tools, that outsiders
    can steer or reach, and that index what they read for retrieval."""
    s = g.system
    agentic = [
        r
        for r in readers
        if isinstance(r, Agent)
        or (isinstance(r, Tool) and any(isinstance(x, (Agent, LLM)) for x in s.predecessors(r)))
        # a service that hands an agent what it may hold (a token broker): not one that
        # uses the keys itself and sends the agent only a status (a payment gateway)
        or any(
            isinstance(g.by_id[f.target], Agent)
            and (not f.data or DataKind.CREDENTIALS in g.carried(f).kinds)
            for f in s._out[r.id]
        )
    ]
    tools: list[Element] = [r for r in readers if isinstance(r, Tool)]
    # an agent is steered by any text that reaches it; fixed code only by whoever calls
    # it directly, or by outside code it runs
    steered = [
        r
        for r in readers
        if (g.sources(r) if r in agentic else _called_from_outside(g, r))
        or _runs_outside_code(g, r)
        or r.internet_facing
    ]
    index: list[Element] = [
        r
        for r in readers
        if isinstance(r, (VectorStore, Pipeline))
        and any(isinstance(y, VectorStore) for y in (r, *s.successors(r)))
    ]
    return agentic, tools, steered, index


def _called_from_outside(g: Facts, r: Element) -> bool:
    """Untrusted parties are it, or call it directly (exposure 0 or 1)."""
    exposure = g.exposure(r)
    return exposure is not None and exposure <= 1


@rule(
    "ai/exposed-credentials",
    threat="data_store_unauthorized_access",
    title="Credentials within reach of code or agents others can steer",
    stride="I",
    applies_to=on_element(DataStore, Device),
    atlas=[
        "AML.T0055",
        "AML.T0083",
        "AML.T0098",
        "AML.T0082",
        "AML.T0090",
        "AML.T0091.000",
        "AML.T0012",
    ],
    owasp=["ASI03:2026"],
    cwe=["CWE-522", "CWE-798", "CWE-200"],
    mitigations=[c.SecretsManagement],
    supporting=[c.RBAC, c.EncryptionAtRest, c.AuditLogging],
    likelihood="possible",
    impact="major",
    cia="C",
    placement=("element",),
)
def exposed_credentials(view: ElementView) -> Match | None:
    """Passwords, API keys or tokens are kept in a plain store or file (configuration, an
    agent's settings, a repository, the environment, a client app) that is read by
    something outsiders can steer or reach: an agent or its tools, code the component
    runs, an interface exposed to untrusted callers, or an index the AI retrieves from.
    Whoever steers that reader gets the keys, and with them the systems they open.
    Raised on the place the credentials are kept; a secret manager with scoped,
    short-lived credentials counts there. A reader whose flow declares its data and no
    credential among it gets no key; fixed code (not an agent or an agent's tool) is
    steered only by those who call it directly, and serves an agent only when it hands
    the agent credentials (a token broker), not when it uses them itself and reports
    back (a payment gateway signing the files an agent wrote). On a client app on its user's own device, what
    the app sends its token to (signing in) and shows its user are not readers: the
    finding there is other programs on the device, less likely, since they need a
    foothold first. When a reader calls a model another company runs, the finding names
    it: a leaked key lets others call it as you, at your cost (the stolen model-provider
    key finding is then this one's). A phone app or browser extension only people
    outside use (a customer's banking app, a student's proctoring extension) holds one
    outsider's own session in a sandbox other apps cannot open, so other programs on
    that device are left out there: keeping a token in the platform's key store is
    advice for any client app. A desktop program (named or described as one) keeps its
    token where any program running as its user can read it, as in token dumping from
    desktop AI clients, and stays. A store whose only credentials are payment tokens
    (a provider's token standing for a customer's card) is left out: a token charges
    the card only through our own account with the provider, whose API key is the
    credential. So is a store whose only credentials are what a sign-in checks people
    against (their password hashes, their sign-in credentials, by name; not a token or
    key they present): the component that signs them in reads it, as it must."""
    e = view.element
    g = view.g
    s = view.system
    if not g.secrets_at(e) or (isinstance(e, Device) and not g.on_user_device(e)):
        return None
    if only_payment_tokens(e):
        return None  # a payment provider's token for a card opens nothing without our key
    if only_sign_in_verifiers(e):
        return None  # what a sign-in checks people against, read by the sign-in itself
    # a flow that declares what it carries, and no key among it, hands no key on
    readers = [
        g.by_id[f.target]
        for f in s._out[e.id]
        if (not f.data or any(is_credential(d) for d in f.data)) and not _checks_sign_in(s, f)
    ]
    if isinstance(e, Device):
        # what a device sends its credentials to is it signing in, and what it shows a
        # person is its screen: only software working on the device's contents reads them
        readers = [r for r in readers if isinstance(r, (Agent, Tool, LLM))]
    agentic, tools, steered, index = _credential_readers(g, readers)
    reasons: list[str] = []
    atlas = ["AML.T0055"]
    # attackers get at the keys by steering or reaching a reader, not the store itself
    through = tuple(r.id for r in steered)
    if agentic:
        steerable = " that outsiders can steer" if any(r in steered for r in agentic) else ""
        reasons.append(f"{subject(agentic, 'reads', 'read', s)} them for an agent{steerable}")
        steered = [r for r in steered if r not in agentic]
        atlas.append("AML.T0083")
    if tools and any(
        g.sources(t) or any(isinstance(a, Agent) for a in s.predecessors(t)) for t in tools
    ):
        atlas.append("AML.T0098")
    if steered:
        it = "it" if len(steered) == 1 else "them"
        reasons.append(
            f"{subject(steered, 'reads', 'read', s)} them, and outsiders can steer or reach {it}"
        )
    if index:
        reasons.append(f"they are indexed for retrieval through {names(index)}")
        atlas.append("AML.T0082")
    on_device = False
    if isinstance(e, Device) and g.on_user_device(e):
        api = [f for f in s._out[e.id] if not g.untrusted(f.target)]
        if api:
            reasons.append("they sit on a device where other programs can read them")
            atlas += ["AML.T0090", "AML.T0091.000", "AML.T0012"]
            on_device = True
    if not reasons:
        return None
    if on_device and len(reasons) == 1:
        return _only_on_the_device(view, atlas)
    # a model another company runs that a reader calls: its key is among what they open
    apis = sorted({x.id for r in readers for x in s.successors(r) if is_model_api(x)})
    billed = (
        f"; if the keys include one for {names(apis, s)}, others can call it as you, at your cost"
        if apis
        else ""
    )
    return Match(
        f"{view.described} keeps credentials; {'; '.join(dict.fromkeys(reasons))}. Whoever "
        f"steers or compromises the reader gets the keys and what they open{billed}.",
        affected=tuple(f.id for f in s._out[e.id]),
        atlas=tuple(dict.fromkeys(atlas)),
        owasp=("ASI03:2026",) if agentic else (),
        likelihood_delta=-1 if on_device else 0,
        reached_through=through,
    )


def _checks_sign_in(s: System, f: Flow) -> bool:
    """Every credential the store hands the reader is one people present to that reader
    themselves (a committee member's login, checked by the admin console it is kept
    for), or through the app on a device they type it into (a beekeeper's sign-in
    passed on by the phone app), and the reader sends them nowhere else: it signs people
    in with them, as it must, and hands no key on."""
    creds = [d for d in f.data if is_credential(d)]
    presented = {d for x in s._in[f.target] for d in x.data if _typed_by_a_person(s, x, d)}
    if not creds or not all(d in presented for d in creds):
        return False
    # a checker compares; one that hands the codes out again (to the people who look
    # them up, a gate code shown to drivers) keeps them for others to read
    return not any(d in y.data for y in s._out[f.target] if y.target != f.source for d in creds)


def _typed_by_a_person(s: System, x: Flow, d: Data) -> bool:
    """``x`` brings ``d`` from a person, or from a device that a person hands ``d``."""
    src = s.element(x.source)
    if isinstance(src, Actor):
        return src.human
    return isinstance(src, Device) and any(
        d in y.data and isinstance(a := s.element(y.source), Actor) and a.human
        for y in s._in[src.id]
    )


def _only_on_the_device(view: ElementView, atlas: list[str]) -> Match | None:
    """Only other programs on the person's own machine read the keys: they need a
    foothold there first, and the keys are that person's own. A phone app or a browser
    extension only people outside use (a customer's banking app, a student's extension)
    holds one outsider's session in a sandbox other apps cannot open: general advice
    for any client app, not raised. A desktop program keeps it where anything running
    as that user reads it (tokens dumped from desktop AI clients)."""
    e = view.element
    g = view.g
    s = view.system
    users = [x for x in (*s.predecessors(e), *s.successors(e)) if isinstance(x, Actor)]
    if users and all(g.untrusted(u) for u in users) and not is_desktop(e):
        return None
    return Match(
        f"{view.described} keeps its user's credentials on a device where other "
        "programs can read them; malware there takes the session and acts as that "
        "user. Keep them in the platform's protected key store.",
        affected=tuple(f.id for f in s._out[e.id]),
        atlas=tuple(dict.fromkeys(atlas)),
        likelihood_delta=-2,
    )


_ = (Serialization, Model)


@rule(
    "ai/ai-service-channel",
    threat="agent_data_exfiltration",
    title="A public AI service reachable from internal hosts",
    stride="I",
    applies_to=on_element(ExternalService, LLM, Model),
    atlas=["AML.T0096", "AML.T0025"],
    owasp=[],
    cwe=["CWE-668"],
    mitigations=[c.EgressFiltering],
    supporting=[c.AnomalyDetection, c.SecretsManagement],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def ai_service_channel(view: ElementView) -> Match | None:
    """Internal hosts can call an AI service on the public internet. Traffic to a
    well-known AI API blends in, so malware can use it for command and control or to
    carry data out under an account the organisation does not own. Allow only the
    organisation's accounts and keys through egress filtering."""
    e = view.element
    g = view.g
    s = view.system
    if not is_model_api(e) or not g.untrusted(e):
        return None
    hosts = [
        f
        for f in s._in[e.id]
        if isinstance(g.by_id[f.source], (Service, Device, Endpoint))
        and not g.untrusted(f.source)
        and not any(isinstance(x, (Agent, LLM)) for x in s.successors(f.source))
    ]
    if not hosts:
        return None
    return Match(
        f"{names({f.source for f in hosts}, s)} can reach {view.described}, a public AI "
        "service; traffic to it blends in and can carry command and control or data out.",
        affected=tuple(f.id for f in hosts),
    )


# ---------------------------------------------------------------------------- lookups

# what a tool that only looks things up may do: read, and reach outside to do it
_LOOKUP = frozenset({Capability.READ, Capability.NETWORK_EGRESS})
_QUERY_KINDS = frozenset({DataKind.TOOL_CALL, DataKind.PROMPT})
_CONFIDENTIAL = frozenset({Sensitivity.CONFIDENTIAL, Sensitivity.SECRET})

_Lookup = tuple[Tool, Flow, Element, list[Data]]


@rule(
    "ai/queries-reveal-work",
    threat="sensitive_output_disclosure",
    title="Searches an agent sends out reveal confidential work",
    stride="I",
    applies_to=on_element(Agent, LLM),
    atlas=[],
    owasp=["LLM02:2025"],
    cwe=["CWE-201", "CWE-359"],
    mitigations=[c.DataMinimization],
    supporting=[c.SupplierAssessment, c.AuditLogging],
    # every query goes out; what is unlikely is that the service's logs are misused
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def queries_reveal_work(view: ElementView) -> Match | None:
    """An agent looks things up through tools that only read, and those tools send its
    queries to data sources and data providers placed in an untrusted boundary (a
    public web search, a patent office's search, a literature index, a public company
    register). A partner under contract (a telematics platform, a chain-analytics or
    dangerous-goods vendor, a market-data feed, placed in a partner boundary) is asked
    what it exists to answer, under its terms, and is left out: over the reviewed
    designs reviewers struck twelve such findings and kept one. The queries are
    declared confidential or secret: they are built from what the agent is working on
    (an unpublished invention, a defence strategy, a deal, an incident). The outside
    service sees and keeps every query in normal operation, with no attacker needed,
    and whoever reads its logs learns the work. Queries to another company's model are
    the provider findings'; what a service is sent to act on (a booking partner's
    search, a payment) is its job, and personal data sent to a service whose job is to
    handle it (a credit bureau) is not a query about the organisation's work.
    Sending less (generalised or stripped queries) counts on the agent, its tools and
    their flows; a supplier assessment on a destination (a vendor bound by
    confidentiality terms) and audit logs lower it. Raised once per agent, listing the
    tools and where the queries go."""
    e = view.element
    g = view.g
    s = view.system
    if not g.operated(e):
        return None
    sent = _outside_lookups(g, view.successors)
    if not sent:
        return None
    tools = list(dict.fromkeys(t.id for t, _, _, _ in sent))
    where = list(dict.fromkeys(d.id for _, _, d, _ in sent))
    data = sorted({x.name for _, _, _, got in sent for x in got})
    top = max(x.sensitivity for _, _, _, got in sent for x in got)
    return Match(
        f"{view.described} looks things up through {names(tools, s)}, which "
        f"{'sends' if len(tools) == 1 else 'send'} {', '.join(data)} ({top.value}) to "
        f"{names(where, s)}, outside the organisation; each query says what the work is "
        "about, and the services keep what they are asked.",
        affected=(*(f.id for _, f, _, _ in sent), *tools),
        control_sites=(
            e.id,
            *tools,
            *(f.id for f in s._out[e.id] if f.target in tools),
            *(f.id for _, f, _, _ in sent),
            *where,
        ),
    )


def _outside_lookups(g: Facts, near: list[Element]) -> list[_Lookup]:
    """The flows by which the read-only tools among ``near`` send confidential queries
    to what outsiders publish or sell (a data source or data provider's service in an
    untrusted boundary), with the tool, the destination and the confidential query
    data."""
    s = g.system
    out: list[_Lookup] = []
    for t in near:
        if not isinstance(t, Tool) or not g.operated(t) or not t.capabilities <= _LOOKUP:
            continue
        for f in s._out[t.id]:
            d = g.by_id[f.target]
            if not g.untrusted(d) or isinstance(d, Model) or is_model_api(d):
                # a partner answering under contract (a telematics platform, a chain
                # analytics vendor) is asked what it exists to answer: no leak of the work
                continue
            if isinstance(d, ExternalService) and d.provides is not ExternalCategory.DATA_PROVIDER:
                continue  # a booking partner, a payment service: it does what it is sent
            got = [x for x in f.data if x.kind in _QUERY_KINDS and x.sensitivity in _CONFIDENTIAL]
            if got:
                out.append((t, f, d, got))
    return out
