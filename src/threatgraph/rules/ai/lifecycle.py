"""The model lifecycle: what models learn from, who can change them, where they are kept.

- poisoning: once where data outsiders can shape lands on its way into training (a
  dataset, a training job, a model that learns online), with the entry points and the
  models it trains listed; backdoors, untrusted lineage and missing provenance are
  the same threat on the same asset and raise it once;
- labels people write, and personal data shown to another company's labellers;
  updates from federated devices;
- the people who can change models on their own, and the artifacts that reach
  serving unsigned; weights at rest, registries that can be wiped, and models or
  training data pushed to an outside hub.
"""

from __future__ import annotations

import itertools
import re
from collections import deque

import attrs

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
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
)
from threatgraph.findings import Target
from threatgraph.graph import TRAINING_STAGES, Facts, own_weights
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    Grouped,
    grouped,
    is_model_api,
    moves_plant,
    names,
    source_names,
    subject,
)
from threatgraph.rules.views import ElementView
from threatgraph.system import System
from threatgraph.vocab import (
    DataKind,
    DatasetPurpose,
    ExternalCategory,
    Origin,
    Phase,
    RiskProfile,
    Sensitivity,
    Serialization,
    Stage,
    Trust,
)

_TRAIN_KINDS = frozenset(
    {
        DataKind.TRAINING_DATA,
        DataKind.LABELS,
        DataKind.FEATURES,
        DataKind.FEEDBACK,
        DataKind.RECORDS,
        DataKind.DOCUMENTS,
        DataKind.MEDIA,
    }
)


def _trains(e: Element) -> bool:
    return isinstance(e, Pipeline) and e.stage in TRAINING_STAGES


def _feeds_training(g: Facts, store: Element) -> bool:
    """A training or fine-tuning job reads ``store``, directly or through data steps
    (pipelines that do not train, datasets, feature stores; three hops), or a model
    learns from it online."""
    s = g.system
    seen = {store.id}
    frontier = [store.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for x in s.successors(node):
                if _trains(x) or (isinstance(x, Model) and x.online_learning):
                    return True
                if x.id not in seen and isinstance(x, (Pipeline, Dataset, FeatureStore)):
                    seen.add(x.id)
                    nxt.append(x.id)
        frontier = nxt
    return False


def _trained_models(g: Facts, job: Element) -> list[Element]:
    """Models a training job produces (through registries and deployment steps)."""
    return _release_walk(g, job, forward=True)


trained_models = _trained_models
"""Models a training job produces, for the requirements that read them."""


def _release_walk(g: Facts, start: Element, *, forward: bool) -> list[Element]:
    """Walk the release path through registries and deployment steps (pipelines that do
    not train), and through the components that pass model files on (an update agent,
    the edge box that installs them) along the model files themselves: forward from a
    training job to the models it produces, or back from a model to the training jobs
    that produce it."""
    s = g.system
    out: list[Element] = []
    seen = {start.id}
    queue = [start.id]
    while queue:
        node = queue.pop()
        steps = isinstance(g.by_id[node], (ModelRegistry, Pipeline)) or node == start.id
        for f in s._out[node] if forward else s._in[node]:
            nxt = f.target if forward else f.source
            x = g.by_id[nxt]
            if nxt in seen:
                continue
            artifact = DataKind.MODEL_ARTIFACT in g.carried(f).kinds
            if not steps and not artifact:
                continue  # a relay hands on model files, and nothing else of its counts
            seen.add(nxt)
            if isinstance(x, Model) if forward else _trains(x):
                out.append(x)
            elif (isinstance(x, (ModelRegistry, Pipeline)) and not _trains(x)) or (
                artifact and _relays(g, x)
            ):
                queue.append(nxt)
                if forward:  # a component that loads the files for the models it calls
                    hosted = [m for m in _hosted_models(g, x) if m.id not in seen]
                    out += hosted
                    seen.update(m.id for m in hosted)
        if not forward and node == start.id and isinstance(start, Model):
            # a model whose own flows bring it no files: the component that runs it
            # loads them (see _host_artifacts)
            for f in _host_artifacts(g, start):
                if f.source not in seen:
                    seen.add(f.source)
                    x = g.by_id[f.source]
                    if _trains(x):
                        out.append(x)
                    elif isinstance(x, (ModelRegistry, Pipeline)) or _relays(g, x):
                        queue.append(f.source)
    return out


def _hosted_models(g: Facts, host: Element) -> list[Element]:
    """The models a component runs and loads the files for: models in its boundary it
    sends requests to and gets answers from, whose own flows bring them no model files,
    when it hands no model files on (see :func:`_host_artifacts`)."""
    s = g.system
    if any(DataKind.MODEL_ARTIFACT in g.carried(x) for x in s._out[host.id]):
        return []
    return [
        m
        for m in dict.fromkeys(g.by_id[f.target] for f in s._out[host.id])
        if isinstance(m, Model)
        and s.boundary_of(m) == s.boundary_of(host)
        and any(b.target == host.id for b in s._out[m.id])
        and not any(DataKind.MODEL_ARTIFACT in g.carried(x) for x in s._in[m.id])
    ]


def _answers_our_calls(g: Facts, src: Element, f: Flow) -> bool:
    """``src`` is a partner's service that sends ``f`` only as the answer to what its
    receiver asks it (a bank confirming our wire, an identity provider's sign-in
    signals, a blockchain node's receipt): what it says is about our own requests, and
    shaping it means breaking into that partner first."""
    # labels are the partner's own work (its annotators' judgements), not an answer
    # about our request: a labelling vendor shapes what it sends back
    if DataKind.LABELS in g.carried(f).kinds:
        return False
    return isinstance(src, ExternalService) and any(
        x.target == src.id for x in g.system._out[f.target]
    )


def _published_feed(g: Facts, src: Element) -> bool:
    """``src`` is a partner's service that sends only public data, none of it labels (a
    national weather service's forecast, a met office's observations): it publishes the
    same to everyone who asks, and shaping what we learn from it means breaking into an
    authoritative provider first, for nothing about us. A feed from the open internet
    (an untrusted events calendar) is anyone's to write, and stays."""
    s = g.system
    if not isinstance(src, ExternalService) or s.trust_of(src) is not Trust.PARTNER:
        return False
    data = [d for f in s._out[src.id] for d in f.data]
    return bool(data) and all(
        d.sensitivity is Sensitivity.PUBLIC and d.kind is not DataKind.LABELS for d in data
    )


def _outside(g: Facts, src: Element, f: Flow) -> bool:
    """``src`` is outside the organisation for what it sends along ``f``: an outside
    party, or anyone or anything in a partner's boundary that sends labels into what we
    run (a labelling vendor's annotators or platform, a partner clinic's therapists). A
    partner's own stores and what they hand on inside its boundary are its inside."""
    if g.external(src):
        return True
    return (
        g.system.trust_of(src) is Trust.PARTNER
        and not isinstance(src, DataStore)
        and g.operated(f.target)
        and DataKind.LABELS in g.carried(f).kinds
    )


def _outside_sources(g: Facts, element: Element) -> list[tuple[Element, tuple[str, ...]]]:
    """Who outside the organisation shapes what reaches ``element`` along training
    data: untrusted parties upstream whose data goes on to it (:func:`_data_from`),
    and outside data sources and services (partners, vendors, public datasets) on the
    way."""
    found = g.sources(element)
    reach = _data_from(g, element, {x.element.id for x in found}) if found else set()
    out: list[tuple[Element, tuple[str, ...]]] = [
        (x.element, x.path) for x in found if x.element.id in reach
    ]
    s = g.system
    # each node with the data of its that go on towards ``element`` (None: any): a flow
    # into it counts only when it brings some of them, or the node makes one of them
    # itself (a planning app that passes the weather forecast to the model, and only
    # lab results and plans to the database the job trains from, hands the forecast to
    # no training; nor does an ingest service whose weather goes to a trackside
    # database that syncs only telemetry to the lake)
    ids = _data_ids(g)
    got: dict[tuple[str, str], frozenset[str]] = g.memo("lifecycle.received-but", "", dict)
    seen = {element.id}
    queue: deque[tuple[str, tuple[str, ...], frozenset[str] | None]] = deque(
        [(element.id, (element.id,), None)]
    )
    while queue:
        node, path, wanted = queue.popleft()
        # a dataset is what is written into it: whatever lands there, it hands on; so
        # does a node that makes some of what goes on itself, from whatever it gets
        if wanted is not None and (
            isinstance(g.by_id[node], Dataset) or not wanted <= _received_but(s, ids, got, node, "")
        ):
            wanted = None
        for f in s._in[node]:
            if f.source in seen or not (g.carried(f).kinds & _TRAIN_KINDS):
                continue
            if ids[f.id] and wanted is not None and wanted.isdisjoint(ids[f.id]):
                continue
            seen.add(f.source)
            src = g.by_id[f.source]
            p = (f.source, *path)
            if (
                _outside(g, src, f)
                and not g.untrusted(src)
                and not _answers_our_calls(g, src, f)
                and not _published_feed(g, src)
            ):
                out.append((src, p))
            if not isinstance(src, (Actor, DataSource, ExternalService)) and len(p) < _HOPS + 1:
                queue.append((f.source, p, _ids_on(s, ids, f.source, node, wanted)))
    keep: dict[str, tuple[Element, tuple[str, ...]]] = {}
    for e, p in out:
        if e.id not in keep or len(p) < len(keep[e.id][1]):
            keep[e.id] = (e, p)
    return sorted(keep.values(), key=lambda x: (len(x[1]), x[0].id))


def _data_from(g: Facts, element: Element, wanted_from: set[str]) -> set[str]:
    """Which of ``wanted_from`` send data that can go on, hop by hop, to ``element``: a
    flow into a node counts only when it brings some of what the node hands on towards
    ``element``, or the node makes some of that itself. An observer's override that a
    dome service logs beside the weather history, when retraining reads only the
    history, goes nowhere near training. A dataset hands on whatever is written into it,
    and a pipeline makes what it sends of whatever it gets (a labelling job joining the
    cases merchants shaped to analysts' labels). A node makes a datum when nothing but
    the next hop on (a store it writes and reads back) sends it: a storefront saving
    reviews it also shows makes them from what customers send. One node can pass on
    different data on different routes (an imagery store whose raw uploads a pipeline
    turns into the mosaic it writes back), so the search keeps each node with what goes
    on from it; routes of up to seven flows. It stops once every one of ``wanted_from``
    is reached."""
    s = g.system
    by_id = g.by_id
    ids = _data_ids(g)
    got: dict[tuple[str, str], frozenset[str]] = g.memo("lifecycle.received-but", "", dict)
    found: set[str] = set()
    left = len(wanted_from)
    states: set[tuple[str, frozenset[str] | None]] = set()
    # each step: the node, the next hop on towards ``element``, the flows so far, and
    # the ids of the node's data that go on (None: any)
    queue: deque[tuple[str, str, int, frozenset[str] | None]] = deque([(element.id, "", 0, None)])
    while queue:
        node, after, depth, wanted = queue.popleft()
        inflows = s._in[node]
        if wanted is not None and (
            isinstance(by_id[node], (Dataset, Pipeline))
            or not wanted <= _received_but(s, ids, got, node, after)
        ):
            wanted = None
        for f in inflows:
            src = f.source
            sent = ids[f.id]
            if src == element.id or (sent and wanted is not None and wanted.isdisjoint(sent)):
                continue
            if not g.content_flow(f):
                continue
            onward = _ids_on(s, ids, src, node, wanted)
            if (src, onward) in states or (src, None) in states:
                continue
            states.add((src, onward))
            if src in wanted_from and src not in found:
                found.add(src)
                left -= 1
                if not left:
                    return found
            if depth < _DATA_HOPS and not isinstance(by_id[src], Actor):
                queue.append((src, node, depth + 1, onward))
    return found


_HOPS = 5
"""How many flows up from a training set :func:`_outside_sources` walks to find what
outside parties fill. Following another company's data as far as outsiders' (seven
flows, checked along each kept route) added three poisoning findings to the fresh
models, and an independent review struck all three (a partner's baggage messages
that only drive matching, a direct-debit processor that is the authoritative source
of the labels, vehicle beacons that are no training data)."""
_DATA_HOPS = 6
"""How deep :func:`_data_from` searches: routes of up to seven flows. Measured on every
reviewed design through set 427, longer routes were struck (data that "never reaches
the training set") and none kept; six flows would have lost kept ones too."""


def _received_but(
    s: System,
    ids: dict[str, frozenset[str]],
    got: dict[tuple[str, str], frozenset[str]],
    node: str,
    after: str,
) -> frozenset[str]:
    """The ids of the data ``node`` receives from anyone but ``after`` (remembered)."""
    key = (node, after)
    out = got.get(key)
    if out is None:
        out = got[key] = frozenset(d for f in s._in[node] if f.source != after for d in ids[f.id])
    return out


def _data_ids(g: Facts) -> dict[str, frozenset[str]]:
    """The ids of the data each flow declares, by flow id (a whole-model table)."""
    return g.memo(
        "lifecycle.data-ids",
        "",
        lambda: {f.id: frozenset(d.id for d in f.data) for f in g.system.all_flows},
    )


def _ids_on(
    s: System, ids: dict[str, frozenset[str]], source: str, node: str, wanted: frozenset[str] | None
) -> frozenset[str] | None:
    """The ids of what ``source`` sends ``node`` (over every flow between them) that go
    on from ``node``: all it sends when ``node`` hands on anything it gets; None
    (anything) when a flow between them declares no data."""
    out: set[str] = set()
    for f in s._out[source]:
        if f.target != node:
            continue
        sent = ids[f.id]
        if not sent:
            return None
        out.update(sent if wanted is None else sent & wanted)
    return frozenset(out)


def _retrained_from(g: Facts, model: Element, who: set[str]) -> bool:
    """A training job that trains ``model`` learns from data every one of ``who`` can
    shape: the job's finding names the model already, and an online-learning finding on
    the model would say the same again."""
    jobs = _release_walk(g, model, forward=False)
    return any(who <= {x.id for x, _ in _outside_sources(g, job)} for job in jobs)


def _landing(g: Facts, job: Element, path: tuple[str, ...]) -> Element:
    """Where outside data lands on its way into training: the last dataset or feature
    store before the job on the path, else the job."""
    for eid in reversed(path[:-1]):
        e = g.by_id[eid]
        if isinstance(e, (Dataset, FeatureStore)):
            return e
    return job


def _poisoned_by(
    view: ElementView,
) -> tuple[list[tuple[Element, tuple[str, ...]]], Element, list[Element], bool] | None:
    """Who can shape what a model learns here, where it lands, the models it trains,
    and whether production traffic feeds back into it; None when nothing outside can."""
    e = view.element
    g = view.g
    if isinstance(e, Model):
        if not e.online_learning:
            return None
        found = [(x.element, x.path) for x in g.sources(e)]
        if not found or _retrained_from(g, e, {x.id for x, _ in found}):
            return None
        root: Element = e
        models: list[Element] = [e]
        feedback = True
    else:
        if not _trains(e):
            return None
        # ways in through people writing labels are the label finding's to name; a way
        # through plant equipment is physics, not data: what the equipment does is
        # measured anew (a forecast that moved a valve shapes no training record)
        found = [
            (x, p)
            for x, p in _outside_sources(g, e)
            if not _through_labels(g, e, p)
            and not any(moves_plant(g, g.by_id[i]) for i in p[1:-1])
            and not _only_filmed(g, x)
        ]
        if not found:
            return None
        landings = {_landing(g, e, p).id for _, p in found}
        root = g.by_id[sorted(landings)[0]] if len(landings) == 1 else e
        models = _trained_models(g, e)
        feedback = any(
            any(
                isinstance(g.by_id[i], (Model, Endpoint)) and not isinstance(g.by_id[i], Pipeline)
                for i in p[1:-1]
            )
            for _, p in found
        )
    return found, root, models, feedback


def _only_filmed(g: Facts, x: Element) -> bool:
    """A person who only appears in what our devices record: every flow of theirs is
    media given in person to a device (a passenger in front of a platform camera, a
    rider before a harness check camera), with no network protocol between them. They
    choose no record and write no label; bending what the model learns by being filmed
    (a clean-label attack, frame by frame among thousands) is far-fetched. Reviewers
    struck the finding on 12 of the 14 designs whose only way in was people filmed."""
    if not (isinstance(x, Actor) and x.human):
        return False
    s = g.system
    outs = s._out[x.id]
    return bool(outs) and all(
        isinstance(g.by_id[f.target], Device)
        and (f.protocol is None or ((p := g.protocol(f)) is not None and p.local))
        and bool(f.data)
        and all(d.kind is DataKind.MEDIA for d in f.data)
        for f in outs
    )


def _poisoning_tags(
    g: Facts,
    found: list[tuple[Element, tuple[str, ...]]],
    models: list[Element],
    feedback: bool,
) -> tuple[list[str], list[str]]:
    """The ATLAS and OWASP ids that fit these sources and models."""
    atlas = ["AML.T0020"]
    if any(g.external(x) for x, _ in found):
        atlas.append("AML.T0010.002")
    if any(isinstance(x, DataSource) and x.origin is Origin.PUBLIC_DATASET for x, _ in found):
        atlas.append("AML.T0019")
    if any(isinstance(x, Actor) for x, _ in found):
        atlas.append("AML.T0043")
    if feedback:
        atlas.append("AML.T0031")
    generative = any(
        isinstance(m, LLM) or (isinstance(m, Model) and m.task.value == "generative")
        for m in models
    )
    owasp = (
        ["ML02:2023"] + (["LLM04:2025"] if generative else []) + (["ML08:2023"] if feedback else [])
    )
    return atlas, owasp


@rule(
    "ai/training-data-poisoning",
    threat="training_data_poisoning",
    title="Poisoned training data",
    stride="T",
    applies_to=on_element(Pipeline, Model),
    lands_on=(Dataset, FeatureStore),
    atlas=[
        "AML.T0020",
        "AML.T0010.002",
        "AML.T0019",
        "AML.T0043",
        "AML.T0031",
        "AML.T0018.000",
    ],
    owasp=["ML02:2023", "LLM04:2025", "ML08:2023", "ML10:2023"],
    cwe=["CWE-349", "CWE-20"],
    mitigations=[c.DataSanitization, c.ProvenanceTracking],
    supporting=[c.AnomalyDetection, c.DataVersioning, c.ModelValidation, c.RBAC],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def training_data_poisoning(view: ElementView) -> Match | None:
    """Data that people or parties outside the organisation can shape ends up in what a
    model is trained or fine-tuned on: public or partner data, user uploads, production
    traffic and its outcomes fed back for retraining, or a model that learns online.
    Records injected or flipped there make the model learn what the attacker wants: a
    backdoor, a blind spot, a slow drift. Raised once where that data lands (the dataset
    or the job), with the entry points and the models it trains listed (a model that
    also learns online from the same people is one of them, not a second finding),
    when their data reaches it within seven flows, or five for another company's
    (longer chains were measured to be noise);
    sanitisation and provenance checks count there. A training job outsiders run (a
    customer's own container on a rented GPU) trains their model, on their data: not
    raised there. People who only appear in what our devices record (a passenger in
    front of a platform camera) choose no record and write no label: not counted. A way
    in that passes through plant equipment (a boater's pump choice
    moving a dispenser whose readings are later trained on) is physics, not data: the
    equipment's readings are measured anew, and forging them is the forged-readings
    finding's concern. Nor is a partner's service that only answers what we ask it (a
    bank confirming our wire, an identity provider's sign-in signals, a blockchain
    node's receipt): its answers are about our own requests, and shaping them means
    breaking into that partner first; labels it sends back are its own staff's work,
    not such an answer (a labelling vendor handed our tickets). Anyone or anything in a
    partner's boundary that sends labels into what we run counts as outside, however the
    labels are drawn (into a dataset builder, or straight into the dataset). Outside
    data counts only along hops that carry it on, hop by hop (a planning app that passes
    a weather forecast to the model live, and stores only lab results for the training
    export, hands the forecast to no training; nor does an ingest service whose forecast
    stops at a trackside database that syncs only telemetry to the lake); a dataset
    hands on whatever is written into it. A partner's feed of public data (a national
    weather service's forecast) is published to everyone: not counted. An untrusted
    party's data counts hop by hop too: a remote
    observer's overrides, logged beside the weather history that retraining reads, teach
    the model nothing."""
    e = view.element
    g = view.g
    s = view.system
    if g.untrusted(e) and not isinstance(e, Model):
        return None  # a job outsiders run (a customer's own container) trains their model
    shaped = _poisoned_by(view)
    if shaped is None:
        return None
    found, root, models, feedback = shaped
    atlas, owasp = _poisoning_tags(g, found, models, feedback)
    affected: list[str | Target] = []
    for _, p in found[:4]:
        flows = g.flows_between(p[:2])
        affected.extend(flows[:1])
    affected += [m.id for m in models if m is not root]
    if root is not e:
        affected.append(e.id)
    who = names([x for x, _ in found], s)
    what = (
        "learns online from what they send"
        if isinstance(e, Model)
        else (f"trains {names(models)}" if models else "trains a model")
    )
    where = (
        f"{root.name}, from which {e.name} {what}"
        if root is not e
        else f"{view.described}, which {what}"
    )
    return Match(
        f"Data that {who} can shape reaches {where}; injected or flipped records teach the "
        "model what an attacker wants.",
        target=Target.element(root.id),
        affected=tuple(affected),
        atlas=tuple(atlas),
        owasp=tuple(owasp),
        control_sites=(
            root.id,
            e.id,
            *(f.id for f in s._in[root.id]),
            *(f.id for f in s._in[e.id]),
        ),
    )


_LABEL_KINDS = frozenset({DataKind.LABELS, DataKind.FEEDBACK})

_LABEL_RECEIVERS = (Actor, Service, Pipeline, Tool, ExternalService, Endpoint, DataStore, Dataset)
"""What can receive records to label: people, their tools and the stores between
(a model another company runs is the provider findings')."""


@rule(
    "ai/label-manipulation",
    threat="label_manipulation",
    title="Labels people write set the training truth",
    stride="T",
    applies_to=on_element(Dataset),
    atlas=["AML.T0020"],
    owasp=["ML02:2023"],
    cwe=["CWE-345"],
    mitigations=[c.MultiPartyApproval, c.AuditLogging],
    supporting=[c.AnomalyDetection, c.DataVersioning],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def label_manipulation(view: ElementView) -> Match | None:
    """People (analysts, annotators, moderators) write the labels a model trains on. A
    careless, coerced or hostile labeller, or a hijacked account, shifts what the model
    learns one label at a time. Review of samples, agreement between labellers and an
    audit trail count on the dataset, the flows into it and the tool the labellers
    work in (a moderation queue, a labelling service). Only flows that carry
    labels or feedback count: people who supply the data itself (recordings, records)
    are the poisoning findings' concern. Only datasets a training job (or a model that
    learns online) reads count: graded examples kept to evaluate or calibrate prompts
    teach no model. Labels a tool passes on as an instrument sent them (a strobe
    tuner's readings through the bench app) are measured, not written. Labellers in a
    partner's boundary (a labelling vendor's annotators,
    a partner clinic's therapists) work for another company, which we neither hire nor
    vet: the finding says so and is one step more likely. They count up to three hops
    up the labels' way in (annotators in the vendor's tool, whose labels our export job
    fetches and writes into the dataset); our own staff count only one hop up."""
    e = view.element
    g = view.g
    s = view.system
    labellers = _label_flows(g, e)
    if not labellers:
        return None
    writers = {s.flow(fid).source for fid in labellers}
    # the tool labellers work in (a moderation queue, a labelling service) is where
    # their decisions are reviewed: its controls count beside the dataset's. An audit
    # trail there only lowers the finding: it says who labelled what after the fact,
    # and a second labeller or a review of samples is what stops a bad label
    consoles = sorted(w for w in writers if not isinstance(g.by_id[w], Actor))
    inbound = s._in[e.id]
    logged_here = e.has(c.AuditLogging) or any(f.has(c.AuditLogging) for f in inbound)
    # labellers at another company (a labelling vendor's annotators, a partner clinic's
    # therapists) are people we neither hire nor vet: likelier than our own staff
    elsewhere = sorted(
        {
            a.id
            for w in writers
            for a in (
                [g.by_id[w]] if isinstance(g.by_id[w], Actor) else _labellers_of(g, g.by_id[w])
            )
            if isinstance(a, Actor) and a.human and s.trust_of(a) is Trust.PARTNER
        }
    )
    who = f"; the labellers ({names(elsewhere, s)}) work for another company" if elsewhere else ""
    return Match(
        f"People write labels into {view.described} through {names(writers, s)}{who}; a "
        "careless or hostile labeller shifts what the model learns.",
        affected=tuple(labellers),
        control_sites=(e.id, *(f.id for f in inbound), *consoles),
        reduces_only=() if logged_here else (c.AuditLogging,),
        likelihood_delta=1 if elsewhere else 0,
    )


def _label_flows(g: Facts, dataset: Element) -> list[str]:
    """The flows through which people write labels into a dataset a model trains on:
    they carry labels or feedback, from a person without admin rights or a tool,
    service or pipeline they use."""
    s = g.system
    if not isinstance(dataset, Dataset) or not _feeds_training(g, dataset):
        return []  # labels for evaluation or prompts: nothing learns from them here
    labellers: list[str] = []
    for f in s._in[dataset.id]:
        if not g.carried(f).kinds & _LABEL_KINDS:
            continue  # recordings or records people supply are data, not labels on it
        src = g.by_id[f.source]
        if isinstance(src, Actor):
            people: list[Element] = [src]
        elif isinstance(src, (Pipeline, Service, Endpoint)):
            if _measured_labels(g, f):
                continue  # it passes on what an instrument read (a strobe tuner's pitch)
            people = list(_labellers_of(g, src))
        else:
            people = []
        if any(isinstance(a, Actor) and a.human and not a.privileged for a in people):
            labellers.append(f.id)
    return labellers


def _labellers_of(g: Facts, tool: Element) -> list[Actor]:
    """The people behind a tool, service or pipeline that writes labels: those who use
    it, or, when none of them labels, another company's people who send labels into
    the tools, services and pipelines it takes them from, up to three hops on (a
    labelling vendor's annotators working in the vendor's tool, whose labels our export
    job fetches and writes into the dataset). Our own staff further up are left out:
    reviewers struck about a third of this finding's instances on staff
    labellers, as generic insider risk."""
    s = g.system
    people = [x for x in s.predecessors(tool) if isinstance(x, Actor)]
    if any(a.human and not a.privileged for a in people):
        return people
    seen = {tool.id}
    frontier = [tool.id]
    for _ in range(_LABEL_HOPS):
        upstream = []
        for node in frontier:
            for f in s._in[node]:
                if f.source in seen or not g.carried(f).kinds & _LABEL_KINDS:
                    continue
                seen.add(f.source)
                x = g.by_id[f.source]
                if isinstance(x, Actor):
                    if s.trust_of(x) is Trust.PARTNER:
                        people.append(x)
                elif isinstance(x, (Pipeline, Service, Endpoint, Tool)):
                    upstream.append(f.source)
        frontier = upstream
    return people


_LABEL_HOPS = 3
"""How far up :func:`_labellers_of` follows labels through tools, services and
pipelines that pass them on."""


def _measured_labels(g: Facts, f: Flow) -> bool:
    """Every label ``f`` carries reaches its source only from devices: what an
    instrument measured, passed on as it came, not what a person wrote."""
    s = g.system
    labels = [d for d in f.data if d.kind in _LABEL_KINDS]
    if not labels:
        return False
    senders = [[g.by_id[x.source] for x in s._in[f.source] if d in x.data] for d in labels]
    return all(found and all(isinstance(x, Device) for x in found) for found in senders)


def _through_labels(g: Facts, job: Element, path: tuple[str, ...]) -> bool:
    """The path starts at a labeller and enters its landing dataset through the flow
    they write labels on: the label finding names that way in, the poisoning finding
    need not. (Outsiders whose content labellers then label stay poisoning's.)"""
    land = _landing(g, job, path)
    if land is job or land.id not in path:
        return False
    i = path.index(land.id)
    if i == 0:
        return False
    into = set(g.flows_between(path[i - 1 : i + 1])) & set(_label_flows(g, land))
    s = g.system
    writers = {s.flow(f).source for f in into}
    return path[0] in writers or any(path[0] in {x.id for x in s.predecessors(w)} for w in writers)


@rule(
    "ai/personal-data-to-labellers",
    threat="dataset_theft",
    title="Personal data shown to another company's labellers",
    stride="I",
    applies_to=on_element(*_LABEL_RECEIVERS),
    atlas=[],
    owasp=[],
    cwe=["CWE-359", "CWE-201"],
    mitigations=[c.DataMinimization],
    supporting=[c.SupplierAssessment, c.AuditLogging],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def personal_data_to_labellers(view: ElementView) -> Match | None:
    """Records about people (recordings, photos, messages, customer events) are sent
    to a labelling vendor or a crowd whose workers label them for training: people
    outside the organisation, whom it neither hires nor vets, see every record in the
    course of the job, and the copies live on the vendor's systems. A labeller who
    copies a record, or the vendor's own breach, puts it out of reach (contractors
    have leaked recordings and home photos they were paid to label). Raised once per
    such boundary of another company or of untrusted people, on what receives the
    records from our zones, when labels come back to what trains a model and the
    boundary, one of its elements or one of its people is declared as labelling
    (annotators, a labelling tool or stage, raters, transcribers, a crowd). Sending
    less (faces and plates blurred, identifiers stripped, only the fields the label
    needs) mitigates it on the receiver, the flows to it or what builds them; a
    supplier assessment (a processor agreement, vetted workers) and audit logs lower
    it. What people send about themselves, and labels, are not counted."""
    e = view.element
    g = view.g
    s = view.system
    here = s.boundary_of(e)
    if here is None:
        return None
    outfit = _labelling_outfits(g).get(here.id)
    if outfit is None or outfit[0][0] != e.id:
        return None  # not a labelling boundary, or another receiver carries the finding
    receivers, flows = outfit
    sent = [s.flow(fid) for fid in flows]
    senders = list(dict.fromkeys(f.source for f in sent))
    personal = list(dict.fromkeys(d for f in sent for d in f.data if _personal_unlabelled(d)))
    crowd = s.trust_of(e) is Trust.UNTRUSTED
    who = "untrusted crowd workers" if crowd else "another company's labellers"
    return Match(
        f"{subject(senders, 'sends', 'send', s)} {names(personal)} to "
        f"{names(receivers, s)} in {here.name}, where {who} see every record to label "
        "it for training; one who copies records, or a breach of their systems, "
        "exposes the people in them.",
        affected=(*flows, *receivers[1:]),
        control_sites=(*receivers, *flows, *senders),
        # the labellers see the records by design, however far the receiver sits from
        # untrusted parties: cancel the scorer's step for its exposure either way
        likelihood_delta=_exposure_step(g, e),
    )


def _exposure_step(g: Facts, e: Element) -> int:
    """The opposite of the step the scorer takes for how near ``e`` is to untrusted
    parties (one up within a hop, one down when none reach it)."""
    hops = g.exposure(e)
    if hops is None:
        return 1
    return -1 if hops <= 1 else 0


def _personal_unlabelled(d: Data) -> bool:
    return d.sensitivity.is_personal and d.kind not in _LABEL_KINDS


_LABELLING = re.compile(
    r"annotat|labell|labeling|labeler|\braters?\b|transcri|crowd", re.IGNORECASE
)
"""How a boundary, an element's name, or a person's role says it labels data."""


def _labelling_outfits(g: Facts) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The boundaries of another company (partner) or of untrusted people that label
    personal data for training, by boundary id: the elements in each that receive
    personal data (not labels) from elsewhere, sorted by id, and the flows that carry
    it, in flow order. A boundary counts when it, one of its elements, one of its
    people or a flow into or out of it is declared as labelling (by name, role, stage
    or flow label), and labels (or a labelling stage's output) go from one of its
    elements to something that trains a model or feeds one (three hops), there or
    back with us. What is sent counts from our own zones and from other companies'
    components (a vendor's camera at our site), never from people sending about
    themselves or from untrusted zones."""

    def build() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        s = g.system
        members: dict[str, list[Element]] = {}
        for x in s.all_elements:
            b = s.boundary_of(x)
            if b is not None and b.trust <= Trust.PARTNER:
                members.setdefault(b.id, []).append(x)
        out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for bid, xs in members.items():
            if not _labels_for_training(g, s.boundary(bid).name, xs):
                continue
            inside = {x.id for x in xs}
            flows = [
                f
                for x in xs
                if isinstance(x, _LABEL_RECEIVERS)
                for f in s._in[x.id]
                if f.source not in inside
                and not isinstance(g.by_id[f.source], Actor)
                and s.trust_of(f.source) >= Trust.PARTNER
                and any(_personal_unlabelled(d) for d in f.data)
            ]
            if not flows:
                continue
            flows.sort(key=s.number_of)
            out[bid] = (
                tuple(sorted({f.target for f in flows})),
                tuple(f.id for f in flows),
            )
        return out

    return g.memo("lifecycle.labelling-outfits", "", build)


def _labels_for_training(g: Facts, boundary: str, xs: list[Element]) -> bool:
    """The elements of one boundary (its name given) are declared as labelling and
    send labels, or a labelling stage's output, to what trains a model or feeds one."""
    s = g.system
    declared = _LABELLING.search(boundary) is not None or any(
        _LABELLING.search(x.name)
        or (isinstance(x, Actor) and _LABELLING.search(x.role))
        or (isinstance(x, Pipeline) and x.stage is Stage.LABELING)
        or any(f.label and _LABELLING.search(f.label) for f in (*s._in[x.id], *s._out[x.id]))
        for x in xs
    )
    return declared and any(
        (
            (isinstance(x, Pipeline) and x.stage is Stage.LABELING)
            or g.carried(f).kinds & _LABEL_KINDS
        )
        and (_trains(g.by_id[f.target]) or _feeds_training(g, g.by_id[f.target]))
        for x in xs
        for f in s._out[x.id]
    )


@rule(
    "ai/federated-update-poisoning",
    threat="training_data_poisoning",
    title="Poisoned federated model updates",
    stride="T",
    applies_to=on_element(Device),
    atlas=["AML.T0020", "AML.T0018.000"],
    owasp=["ML02:2023", "ML10:2023"],
    cwe=["CWE-345"],
    mitigations=[c.RobustAggregation, c.AnomalyDetection],
    supporting=[c.Authentication, c.MutualAuthentication, c.RateLimiting],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "outbound"),
)
def federated_update_poisoning(view: ElementView) -> Match | None:
    """Devices that train locally send model updates to be aggregated. Any device,
    including a rooted phone or an emulator farm, can send crafted updates that steer
    the global model or plant a backdoor. Robust aggregation and rejection of outlier
    updates count where updates are aggregated; device attestation helps."""
    d = view.element
    assert isinstance(d, Device)
    if not d.trains_locally:
        return None
    ups = [
        f
        for f in view.system._out[d.id]
        if isinstance(view.g.by_id[f.target], (Service, Pipeline, ModelRegistry, Endpoint))
    ]
    if not ups:
        return None
    return Match(
        f"{view.described} trains locally and sends updates to {names({f.target for f in ups}, view.system)}; "
        "a device under an attacker's control can send crafted updates that steer the global "
        "model or plant a backdoor.",
        affected=tuple(f.id for f in ups),
        control_sites=(d.id, *(f.id for f in ups), *(f.target for f in ups)),
    )


@rule(
    "ai/federated-update-leakage",
    threat="model_inversion",
    title="Private data reconstructed from federated updates",
    stride="I",
    applies_to=on_element(Device),
    atlas=["AML.T0024.001"],
    owasp=["ML03:2023"],
    cwe=["CWE-359"],
    mitigations=[c.DifferentialPrivacy, c.SecureAggregation],
    supporting=[c.DataMinimization],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def federated_update_leakage(view: ElementView) -> Match | None:
    """Devices send model updates computed from private local data. Individual updates
    (gradients or weight deltas) can be inverted to recover that data by the server or
    anyone who sees them. Differential privacy or secure aggregation counts on the
    device, its update flows or the aggregator; robust aggregation does not (it drops
    outlying updates, it does not hide them)."""
    d = view.element
    assert isinstance(d, Device)
    if not d.trains_locally:
        return None
    s = view.system
    private = any(x.sensitivity >= Sensitivity.CONFIDENTIAL for x in s.data_of(d))
    ups = [
        f
        for f in s._out[d.id]
        if isinstance(view.g.by_id[f.target], (Service, Pipeline, ModelRegistry, Endpoint))
    ]
    if not private or not ups:
        return None
    return Match(
        f"{view.described} sends updates computed from private data; individual updates can "
        "be inverted to recover it.",
        affected=tuple(f.id for f in ups),
        control_sites=(d.id, *(f.id for f in ups), *(f.target for f in ups)),
    )


# ---------------------------------------------------------------------------- people and releases


_CHANGES_MODELS = (Pipeline, ModelRegistry, Dataset, FeatureStore, Model)


def _changes_models(g: Facts, e: Element) -> bool:
    """Reaching it changes what a model learns or which model serves (not data ingestion,
    and not a test set whose scores go only to a report or a leaderboard: what the
    evaluation reads decides which model serves only where it gates a promotion)."""
    if isinstance(e, Pipeline):
        return e.stage is not Stage.INGESTION
    if isinstance(e, Dataset) and e.purpose is DatasetPurpose.EVALUATION:
        return any(_gates_promotion(g, y) for y in g.system.successors(e.id))
    return isinstance(e, _CHANGES_MODELS)


def _gates_promotion(g: Facts, e: Element) -> bool:
    """A job that reads a test set and passes models on: to a registry, or model files
    out of it (not the test prompts it sends the model it scores)."""
    return any(
        isinstance(g.by_id[f.target], ModelRegistry) or DataKind.MODEL_ARTIFACT in g.carried(f)
        for f in g.system._out[e.id]
    )


@rule(
    "ai/insider-ml-tampering",
    threat="insider_threat",
    title="One person can change what models learn or which model serves",
    stride="TE",
    applies_to=on_element(Actor),
    atlas=["AML.T0018", "AML.T0020"],
    owasp=["ML10:2023"],
    cwe=["CWE-284", "CWE-269"],
    mitigations=[c.MultiPartyApproval],
    supporting=[c.AuditLogging, c.RBAC, c.SignedModels, c.Authentication],
    likelihood="possible",
    impact="major",
    cia="I",
    placement=("element", "outbound"),
    specificity=1,
)
def insider_ml_tampering(view: ElementView) -> Match | None:
    """A privileged person (ML engineer, data scientist, MLOps administrator) can change
    training data, start training, or promote a model to serving on their own. A
    malicious insider or a hijacked account ships a poisoned or swapped model with no
    second pair of eyes. A second approver and an audit trail count on the person's
    flows and the systems they reach. A person approval declared there that names
    another approver and no threshold (a release pipeline the clinical lead approves,
    which the ML engineer only asks to run) is that second pair of eyes: that step is
    not the person's alone; so is one on the release step (a registry or pipeline of
    ours) that every model file a training job makes passes before a model loads it,
    when the person hands that step nothing themselves (a QA sign-off the ML engineer
    submits is theirs). The approver a release step names, signing off what another
    privileged person trained or labelled the training data for, is the second person,
    not one alone. A test set (a
    dataset declared for evaluation) counts only where the job that scores on it
    promotes models: scores that go only to a report or a leaderboard change no model.
    The business's owner (a role of ``owner``, ``shop owner``, ``workshop owner``,
    ``owner and repairer``, ``sole trader``; not a ``model owner``) has nobody above
    them to approve: left out."""
    a = view.element
    assert isinstance(a, Actor)
    if not a.privileged or _owns_the_business(a):
        return None
    s = view.system
    g = view.g
    reach = [
        f
        for f in s._out[a.id]
        if _changes_models(g, g.by_id[f.target]) and not _second_person(g, a, f, g.by_id[f.target])
    ]
    if not reach:
        return None
    return Match(
        f"{a.name} can change {names({f.target for f in reach}, s)} alone; a malicious insider "
        "or a hijacked account ships a poisoned or swapped model. A second approver stops "
        "the first; strong authentication makes the second harder.",
        affected=tuple(f.id for f in reach),
        control_sites=(a.id, *(f.id for f in reach), *(f.target for f in reach)),
    )


_OWNER = re.compile(
    r"^(?:(?:the\s+)?(?:business|shop|farm|company|practice|studio|salon|café|cafe|"
    r"restaurant|firm|workshop|gallery|yard|mill|garage|bakery|brewery|nursery|stud)\s+)?"
    r"(?:owner|proprietor|founder)s?(?:$|\s+and\s)|\band\s+(?:the\s+)?owner$|"
    r"\(business owner\)|^sole\s+trader$|^owner[- ]operator$",
    re.IGNORECASE,
)
"""Roles of the person who owns the business (``owner``, ``shop owner``, ``workshop
owner``, ``owner and repairer``, ``cheesemaker and owner``, ``sole trader``), not an
owner within one (``model owner``, ``data owner``)."""


def _owns_the_business(actor: Actor) -> bool:
    """The person declared as the business's owner: nobody above them approves, so a
    second approver against them is no control a small business has to give."""
    return bool(actor.role and _OWNER.search(actor.role.strip()))


def _second_person(g: Facts, actor: Actor, flow: Flow, target: Element) -> bool:
    """Someone else approves what the person starts there: a person approval declared on
    the flow or on what it reaches, naming an approver who is not this person's role (a
    release pipeline the clinical lead approves, asked for by the ML engineer), or on
    the release step every model file the target makes passes before a model loads it
    (a training job whose models the clinical safety officer signs off for deployment).
    An approval with a threshold, or naming no approver, does not say so."""
    found = [x for h in (flow, target) for x in h.controls if isinstance(x, c.HumanInTheLoop)]
    if any(_names_someone_else(x, actor) for x in found):
        return True
    if _signs_off_anothers(g, actor, target):
        return True
    return _released_by_another(g, actor, target)


def _signs_off_anothers(g: Facts, actor: Actor, target: Element) -> bool:
    """The person is the approver the release step declares, and what it releases comes
    from another person's work, privileged or staff of ours (a lab informatics
    scientist's retraining, which the consultant clinical scientist signs off; runs a
    data scientist launches, which the ML lead approves): two people, not one."""
    gates = [x for x in target.controls if isinstance(x, c.HumanInTheLoop)]
    if not any(x.approver and not _names_someone_else(x, actor) for x in gates):
        return False
    s = g.system
    seen = {target.id}
    frontier = [target.id]
    for _ in range(_LOOP_HOPS):
        nxt = []
        for node in frontier:
            for f in s._in[node]:
                if f.source in seen or DataKind.MODEL_ARTIFACT not in g.carried(f).kinds:
                    continue
                seen.add(f.source)
                nxt.append(f.source)
        frontier = nxt
    # and what the training jobs on the way learn from (the dataset an ML engineer labels)
    inputs = {p.id for x in seen - {target.id} if _trains(g.by_id[x]) for p in s.predecessors(x)}
    return any(
        isinstance(p, Actor) and p.id != actor.id and (p.privileged or _our_staff(g, p))
        for x in (seen - {target.id}) | inputs
        for p in s.predecessors(x)
    )


def _our_staff(g: Facts, p: Actor) -> bool:
    """A person of ours: human and placed in a zone we run (a data scientist who
    launches the training runs an ML lead then approves)."""
    return p.human and g.operated(p)


def _names_someone_else(gate: c.HumanInTheLoop, actor: Actor) -> bool:
    """An approval of every step that names an approver who is not this person."""
    who = (gate.approver or "").lower()
    mine = {x.lower() for x in (actor.name, actor.role or "") if x}
    return bool(who) and c.approves_every_step(gate) and not any(m in who for m in mine)


def _released_by_another(g: Facts, actor: Actor, target: Element) -> bool:
    """Every model file the target makes passes, before any model loads it, a step
    whose declared approval names someone other than this person, and which the person
    sends nothing to (not an approval they hand in themselves, a QA sign-off the ML
    engineer submits)."""
    s = g.system
    gated = False
    seen = {target.id}
    frontier = [target.id]
    for _ in range(_LOOP_HOPS):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if DataKind.MODEL_ARTIFACT not in g.carried(f).kinds or f.target in seen:
                    continue
                seen.add(f.target)
                x = g.by_id[f.target]
                # a release step is a registry or a pipeline the file passes through; an
                # approval on a model or a service loading it is of its answers
                holders = (f, x) if isinstance(x, (ModelRegistry, Pipeline)) else (f,)
                gates = [y for h in holders for y in h.controls if isinstance(y, c.HumanInTheLoop)]
                # a release step of ours the person hands nothing to: not a QA sign-off
                # the ML engineer submits, nor a wearer accepting the update on a phone
                ours = g.operated(x) and not g.on_user_device(x)
                reaches = any(y.target == f.target for y in s._out[actor.id])
                if any(_names_someone_else(y, actor) for y in gates) and ours and not reaches:
                    gated = True
                elif isinstance(x, Model):
                    return False  # a model loads it unapproved
                else:
                    nxt.append(f.target)
        frontier = nxt
    return gated and not frontier


# what carries no decision of a model's onward: requests, configuration, code, keys
_NOT_DECISIONS = frozenset(
    {
        DataKind.PROMPT,
        DataKind.INSTRUCTIONS,
        DataKind.CREDENTIALS,
        DataKind.TOOL_CALL,
        DataKind.CODE,
        DataKind.MODEL_ARTIFACT,
    }
)
_LOOP_HOPS = 6
"""Components at most between a model and the job that retrains it on what it decided."""
_DECIDES = frozenset({"classifier", "detector", "verification"})
"""Tasks whose outputs pick cases (flags, matches), which people then label."""


def _passes_decisions(g: Facts, e: Element) -> bool:
    """An own component or colleague a model's decisions travel through on their way to
    its training data: not another model (what it says is its own), not a device (what
    it measures is the world's), not an outside party, and not a privileged person
    (whose hand on training is the insider finding's concern)."""
    if isinstance(e, (Model, Device, DataSource, ExternalService)) or _trains(e):
        return False
    if isinstance(e, Actor):
        return e.human and not e.privileged and not g.untrusted(e)
    return not g.untrusted(e)


def _loop_path(g: Facts, model: Element, job: Element) -> tuple[str, ...] | None:
    """The shortest way a model's outputs come back, as data, to a job that trains it:
    through services, stores, queues and the people who act on them, never along a
    request, a configuration or a model file; None when they do not."""
    return _ways_back(g, model).get(job.id)


def _ways_back(g: Facts, model: Element) -> dict[str, tuple[str, ...]]:
    """For each training job a model's outputs come back to, the shortest way (one
    search per model, remembered: a job asks about each model it trains)."""
    return g.memo("lifecycle.ways-back", model, lambda: _ways_back_now(g, model))


def _ways_back_now(g: Facts, model: Element) -> dict[str, tuple[str, ...]]:
    s = g.system
    found: dict[str, tuple[str, ...]] = {}
    # each step with what the step before wrote, when it wrote only predictions into a
    # store: the store is passed once for each such write
    queue: deque[tuple[tuple[str, ...], frozenset[Data]]] = deque([((model.id,), _NOTHING)])
    seen: set[tuple[str, frozenset[Data]]] = {(model.id, _NOTHING)}
    captured = _captured_by_hosts(g, model)
    while queue:
        path, came = queue.popleft()
        # past the model's own front door, what comes back in through an endpoint is
        # new input (telemetry, uploads, requests), unless it is feedback on a decision
        # or the endpoint was handed the model's output to pass on (declared as model
        # output, or named as what it decided: an edge box's lambing alert)
        edge = (
            len(path) > 2
            and isinstance(g.by_id[path[-1]], Endpoint)
            and not any(
                DataKind.MODEL_OUTPUT in g.carried(f).kinds
                or any(_DECIDED.search(d.name) for d in f.data)
                for f in s._in[path[-1]]
                if f.source == path[-2]
            )
        )
        for f in s._out[path[-1]]:
            carried = g.carried(f)
            if carried.kinds <= _NOT_DECISIONS or g.is_query(f):
                continue
            if edge and not carried.kinds & _LABEL_KINDS:
                continue
            if f.data and set(f.data) <= captured:
                continue  # what the model's device saw, passed on: the world's, not its decision
            if len(path) > 1 and _other_models_output(g, model, path, f):
                continue  # a transcript a speech-to-text API made, passed on: not its decision
            if came and f.data and came.isdisjoint(f.data) and set(f.data) <= s._received(path[-1]):
                continue  # a read of the records kept beside the predictions, not of them
            x = g.by_id[f.target]
            if _trains(x):
                # a job is where a way ends: it is never passed through
                if len(path) > 1 and carried.kinds & _TRAIN_KINDS and f.target not in found:
                    found[f.target] = (*path, f.target)
                continue
            wrote = _predictions_kept(g, x, f)
            if (f.target, wrote) in seen or (f.target, _NOTHING) in seen or len(path) > _LOOP_HOPS:
                continue
            seen.add((f.target, wrote))
            # the device a model runs on hands its decisions on (a camera box, a robot)
            if _passes_decisions(g, x) or (len(path) == 1 and isinstance(x, Device)):
                queue.append(((*path, f.target), wrote))
    return found


_NOTHING: frozenset[Data] = frozenset()

_DECIDED = re.compile(
    r"\b(?:alerts?|alarms?|flags?|flagged|detections?|verdicts?|predictions?|scores?)\b",
    re.IGNORECASE,
)
"""Names of what a model decided, passed on by what runs it (an alert, a flag, a score)."""


def _predictions_kept(g: Facts, x: Element, f: Flow) -> frozenset[Data]:
    """What ``f`` writes into ``x`` when ``x`` is a data store and all of it is model
    output (predictions archived next to the readings they predict): the way back goes on
    from the store only along reads that carry some of it. Empty otherwise: a store
    handed decisions, orders or records hands on whatever it keeps, since what it keeps
    may follow from them (a cash plan shaping the withdrawals recorded beside it)."""
    if not isinstance(x, DataStore) or not f.data:
        return _NOTHING
    if all(d.kind is DataKind.MODEL_OUTPUT for d in f.data):
        return frozenset(f.data)
    return _NOTHING


def _other_models_output(g: Facts, model: Element, path: tuple[str, ...], f: Flow) -> bool:
    """What a component on the way back hands on is, datum for datum, what another model
    or a model API made and sent it (a transcript from a speech-to-text vendor), none
    of it from the step before: that model's output, not this one's decision."""
    if not f.data:
        return False
    s = g.system
    node, before = path[-1], path[-2]
    if {d for x in s._in[node] if x.source == before for d in x.data} & set(f.data):
        return False
    made = {
        d
        for x in s._in[node]
        if x.source not in (before, model.id)
        and (isinstance(src := g.by_id[x.source], Model) or is_model_api(src))
        for d in x.data
    }
    return set(f.data) <= made


def _captured_by_hosts(g: Facts, model: Element) -> set[Data]:
    """What the devices a model runs on send out of what their sensors capture (sampled
    camera images, recorded audio), other than what the model told them. So too the
    samples named as such (sampled frames, not reject or alarm images, which the model
    picked), or sent on a flow whose label says they are sampled, that a service running
    it on what cameras send it saves (a store's edge server sampling shelf frames), or that the model itself, when it is no generator,
    passes on from the frames a device gave it (a sorter's detector saving sampled
    bean images)."""
    s = g.system
    out: set[Data] = set()
    own = not (
        isinstance(model, LLM) or (isinstance(model, Model) and model.task.value == "generative")
    ) and any(isinstance(g.by_id[x.source], Device) for x in s._in[model.id])
    if own:
        out |= {d for x in s._out[model.id] for d in x.data if _sampled(d)}
    for f in s._out[model.id]:
        host = g.by_id[f.target]
        fed = isinstance(host, Service) and any(
            isinstance(g.by_id[x.source], Device) and g.carried(x).kinds & _CAPTURED
            for x in s._in[host.id]
        )
        if not isinstance(host, Device) and not fed:
            continue
        told = {d for x in s._in[host.id] if x.source == model.id for d in x.data}
        out |= {
            d
            for x in s._out[host.id]
            if x.target != model.id
            for d in x.data
            if d.kind in _CAPTURED
            and d not in told
            and (isinstance(host, Device) or _sampled(d) or _sampled_on(x, d))
        }
    return out


_SAMPLED = re.compile(r"\b(?:sampled|samples?|raw)\b", re.IGNORECASE)
_PICKED = re.compile(
    r"\b(?:rejects?|rejected|defects?|flag\w*|fail\w*|alarms?|alerts?|incidents?|events?|"
    r"verdicts?|detections?|estimates?|counts?|anomal\w*|trips?|labell?ed)\b",
    re.IGNORECASE,
)


def _sampled(d: Data) -> bool:
    """A capture named as a sample taken as it comes (sampled frames, raw spectra), not
    one the model picked (reject images, alarm snapshots) or carrying what it said."""
    return d.kind in _CAPTURED and bool(_SAMPLED.search(d.name)) and not _PICKED.search(d.name)


def _sampled_on(f: Flow, d: Data) -> bool:
    """A capture the flow's label says is sampled as it comes (``'1 in 200 loaves
    sampled'``), neither the label nor its name saying the model picked it."""
    label = f.label or ""
    return (
        d.kind in _CAPTURED
        and bool(_SAMPLED.search(label))
        and not _PICKED.search(label)
        and not _PICKED.search(d.name)
    )


_CAPTURED = frozenset({DataKind.MEDIA, DataKind.TRAINING_DATA})
"""What a device's sensors capture and it sends on as it is."""


def _people_label(g: Facts, loops: list[tuple[Element, tuple[str, ...]]]) -> bool:
    """On every way back people write what comes back: a hop on the way carries labels or
    feedback on towards training, from a person or from the tool people label in (a
    grader confirming the flagged clips in a labelling tool)."""
    s = g.system

    def by_people(node: str) -> bool:
        e = g.by_id[node]
        if isinstance(e, Actor):
            return e.human
        return any(
            isinstance(p := g.by_id[f.source], Actor)
            and p.human
            and g.carried(f).kinds & _LABEL_KINDS
            for f in s._in[node]
        )

    def labels(path: tuple[str, ...]) -> bool:
        for a, b in itertools.pairwise(path):
            sent = {k for f in s._out[a] if f.target == b for k in g.carried(f).kinds}
            if sent & _LABEL_KINDS and by_people(a):
                return True
        return False

    return all(labels(p) for _, p in loops)


def _loop_harm(models: list[Element], *, generative: bool, labelled: bool = False) -> str:
    """What a loop does to these models: a generator learns its own writing; a model
    that picks cases (flags, matches) learns only from the cases it picked, and where
    people write the labels on the way back, from what it showed them, anchored by its
    call; a model that scores, ranks or forecasts learns from outcomes its own figures
    steered."""
    its, it, s = ("its", "it", "s") if len(models) == 1 else ("their", "they", "")
    if generative:
        return (
            f"what {it} wrote becomes what {it} learn{s} to write: {its} errors and quirks "
            "are reinforced each round"
        )
    decides = all(m.task.value in _DECIDES for m in models if isinstance(m, Model))
    if decides and labelled:
        return (
            f"people label what {it} show{s} them, with {its} call in front of them: what "
            f"{it} miss{'es' if s else ''} is seldom labelled, {its} calls anchor the labels, "
            "and a blind spot an attacker finds stays blind"
        )
    if decides:
        return (
            f"{its} mistakes return as ground truth, what {it} miss{'es' if s else ''} is "
            "seldom labelled, and a blind spot an attacker finds stays blind"
        )
    return (
        f"what {it} predicted shapes the outcomes {it} next learn{s} from: {its} biases "
        f"compound each round, and whoever learns to steer {its} outputs steers the next "
        "version"
    )


@rule(
    "ai/feedback-loop",
    threat="model_skewing",
    title="A model is retrained on what its own decisions shaped",
    stride="T",
    applies_to=on_element(Pipeline),
    lands_on=(Dataset, FeatureStore),
    atlas=["AML.T0031", "AML.T0059"],
    owasp=["ML08:2023", "LLM04:2025"],
    cwe=["CWE-345"],
    mitigations=[c.ProvenanceTracking, c.AnomalyDetection],
    supporting=[c.ModelValidation, c.FairnessTesting],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def feedback_loop(view: ElementView) -> Match | None:
    """A model's outputs come back as the data it is retrained on: the cases it flagged
    are the ones people review and label, the outcomes its advice steered are recorded
    as truth, its accepted suggestions become examples. Each retraining then learns
    from its own decisions: its mistakes come back as ground truth, what it misses is
    seldom labelled, and a pattern an attacker finds it blind to stays unseen, round
    after round (a ranker, a forecaster or a pricing model learns from outcomes its own
    figures steered; a generator learns its own writing). Raised once per training job,
    where the outputs land (the dataset or the job), with the models and the way back
    listed. A model whose own flows bring it no model files is the one the component
    that runs it (a nightly scoring job loading the file from the registry) loads them
    for. Past the model, an endpoint passes the way on only when it was handed what
    the model decided (its output, or data named as an alert, a flag or a score: an edge
    box posting its lambing alerts and the flagged clips to an alert API); anything else
    coming in through an endpoint is new input. What the device a model runs on
    captures and sends on as it is (sampled camera images a person then labels) is the
    world's, not the model's decision, and
    so are captures named as samples, or sent on a flow labelled as sampled (sampled
    frames, '1 in 200 loaves sampled'; not reject images or alarm snapshots, which the
    model picked), that a service running it on a camera's stream, or the model itself,
    saves. Nor is what a component on the way hands on when all of
    it is another model's output (a speech-to-text vendor's transcripts filed for
    training). Nor are predictions archived in a store beside the readings they
    predict, when retraining reads the readings and not them (predicted bus arrivals
    kept next to the observed ones). Knowing which records the model shaped (provenance)
    and watching for drift
    against an independent sample count there and on the way back; a validation gate
    and fairness tests help."""
    e = view.element
    g = view.g
    s = view.system
    if not _trains(e):
        return None
    loops = [(m, p) for m in _trained_models(g, e) if (p := _loop_path(g, m, e)) is not None]
    if not loops:
        return None
    landings = {_landing(g, e, p).id for _, p in loops}
    root = g.by_id[sorted(landings)[0]] if len(landings) == 1 else e
    way = [x for _, p in loops for x in p[1:-1]]
    flows = [f for _, p in loops for f in g.flows_between(p)]
    generative = any(
        isinstance(m, LLM) or (isinstance(m, Model) and m.task.value == "generative")
        for m, _ in loops
    )
    where = root.name if root is e else f"{root.name}, which {e.name} trains on"
    its = "its" if len(loops) == 1 else "their"
    between = list(dict.fromkeys(x for x in way if x != root.id))
    via = f" through {names(between, s)}" if between else ""
    then = _loop_harm(
        [m for m, _ in loops], generative=generative, labelled=_people_label(g, loops)
    )
    return Match(
        f"{subject([m for m, _ in loops], 'is', 'are', s)} retrained on what {its} own "
        f"outputs shaped: they come back{via} to {where}. {then[0].upper()}{then[1:]}.",
        target=Target.element(root.id),
        affected=tuple(dict.fromkeys([*flows, *(m.id for m, _ in loops)])),
        owasp=("ML08:2023", "LLM04:2025") if generative else ("ML08:2023",),
        # where the records are kept and the way they come back, not the services on
        # it: anomaly detection on a scoring service watches its inputs, not the loop
        control_sites=(
            root.id,
            e.id,
            *(x for x in dict.fromkeys(way) if isinstance(g.by_id[x], DataStore)),
            *flows,
        ),
    )


def _serving(g: Facts, m: Element) -> bool:
    """A model that answers requests at run time, or, on a system not declared low risk,
    one that a batch job scores with (a pipeline sends it features or records, not
    training data: the job loads it). A weekly forecast on a low-risk system that
    nothing outside touches is left quiet."""
    s = g.system
    batch = s.profile is not RiskProfile.LOW
    return any(
        not isinstance(src := g.by_id[f.source], ModelRegistry)
        and not (carried := g.carried(f)).lifecycle_only
        and (not isinstance(src, Pipeline) or (batch and not carried.kinds & _TRAINS))
        for f in s._in[m.id]
    ) or any(isinstance(g.by_id[f.target], (Endpoint, Service, Actor)) for f in s._out[m.id])


_TRAINS = frozenset({DataKind.TRAINING_DATA, DataKind.LABELS, DataKind.FEEDBACK})
"""What a training job sends a model it trains, not a request to score."""


def _artifact_way(g: Facts, artifacts: list[Flow]) -> tuple[bool, list[str]]:
    """The artifacts' way back (through the jobs and stores that pass them on): whether
    it holds a place others can write to (a registry or store, a boundary crossing, a
    job that runs code from outside), and the ids of its flows and elements."""
    s = g.system
    todo = list(artifacts)
    seen: set[str] = set()
    way: list[str] = []
    writable = False
    while todo:
        f = todo.pop()
        if f.id in seen:
            continue
        seen.add(f.id)
        src = g.by_id[f.source]
        way += [f.id, src.id]
        if isinstance(src, (ModelRegistry, DataStore)) or s.crossing(f) is not None:
            writable = True
        if isinstance(src, Pipeline) and src.id in g.compromisable:
            writable = True
        if isinstance(src, ExternalService):
            writable = True  # a CDN or hosting someone else runs holds the file on the way
        if not isinstance(src, (Pipeline, ModelRegistry, DataStore)) and not _relays(g, src):
            continue
        todo.extend(
            x
            for x in s._in[src.id]
            if DataKind.MODEL_ARTIFACT in g.carried(x)
            and (
                isinstance(g.by_id[x.source], (ModelRegistry, Pipeline, DataStore))
                or _relays(g, g.by_id[x.source])
            )
        )
    return writable, list(dict.fromkeys(way))


_RELAYS = (Service, Endpoint, Device, ExternalService)


def _relays(g: Facts, e: Element) -> bool:
    """A component that passes on model files it is given (an update agent, a CDN, the
    app that installs a model on a phone): it receives model artifacts itself."""
    return isinstance(e, _RELAYS) and any(
        DataKind.MODEL_ARTIFACT in g.carried(x) for x in g.system._in[e.id]
    )


@rule(
    "ai/unsigned-model-to-serving",
    threat="model_swapping",
    title="Model artifacts reach serving without an integrity check",
    stride="T",
    applies_to=on_element(Model),
    atlas=["AML.T0018", "AML.T0018.000", "AML.T0011.000"],
    owasp=["ML10:2023", "LLM04:2025"],
    cwe=["CWE-494", "CWE-345"],
    mitigations=[c.SignedModels],
    supporting=[c.ImmutableArtifacts, c.AuditLogging, c.RBAC],
    likelihood="unlikely",
    impact="major",
    cia="I",
    placement=("element", "inbound", "upstream"),
)
def unsigned_model_to_serving(view: ElementView) -> Match | None:
    """A served model (one that answers requests, or, on a system not declared low risk,
    one that a batch job scores with: a pipeline sends it features or records, not
    training data) is loaded from artifacts
    that a registry or a deployment step holds or passes on, or a component that hands model files on (an update agent on a
    robot, a CDN, the app that installs a model on a phone). Whoever can write along
    that path (a registry credential, a CI token, code from outside running in a job, a
    CDN account) can swap or backdoor the weights, and serving cannot tell. Raised when
    the artifact's way has such a place: a registry or other store of artifacts, a hop
    across a trust boundary, a service another company runs, or a job that runs code
    from outside. Models on users' devices count when our own registry or release job
    ships them, without the device's exposure making a swap likelier; a training job handing its model straight to serving inside one
    boundary gives nobody else a place to write (poisoning what it learns from is
    another threat), unless the file is declared in a format that runs code on load (a
    pickle): it waits on a disk between the two, and changing it there runs code on
    the serving host. Signing at publication and verification at load count anywhere on
    the artifact's way, and on what loads the files for the model. A model whose own
    flows bring it no files is loaded by the
    service, inference endpoint or device that runs it (an edge box pulling updates for
    the detectors it calls, a prediction service loading the current model from the
    registry): the files that component receives and hands on to nothing are the model's.
    Models loaded from the same places with the same integrity controls are one
    finding, on a high-stakes one first. When the files are in a format that runs code on load (pickle
    and what builds on it), a swapped file is code on the serving host: one step more
    impact, and one step more likely (write access on the way is all it takes, however
    far the model sits from untrusted input); a job on the way that runs code from
    outside makes a swap one step more likely too (one step in all)."""
    m = view.element
    assert isinstance(m, Model)
    g = view.g
    s = view.system
    swap = _swap(g, m)
    if swap is None:
        return None
    # models loaded from the same places with the same integrity controls (a layout
    # model and an LLM from one registry): one finding, on the first, listing the others
    group = _swap_groups(g).get(_swap_key(g, m, swap), (m.id,))
    if group[0] != m.id:
        return None
    others = [g.by_id[o] for o in group[1:]]
    swaps = [swap, *(x for o in others if (x := _swap(g, o)) is not None)]
    artifacts = [f for x in swaps for f in x.artifacts]
    way = list(dict.fromkeys(i for x in swaps for i in x.way))
    outside = [i for i in way if i in g.compromisable]
    inferred = all(DataKind.MODEL_ARTIFACT in g.carried(f).inferred for f in artifacts)
    # a file in a format that runs code when loaded: a swapped file is code on the host
    runs = sorted({x.value for f in artifacts for x in g.carried(f).formats if x.runs_code_on_load})
    code = (
        f"; the files are {', '.join(runs)}, so a swapped file also runs code where it is "
        "loaded (a format that loads no code, such as safetensors or ONNX, ends that)"
        if runs
        else ""
    )
    # a job on the way runs code from outside (public packages): someone outside can
    # get code into what writes the weights
    through = f"; {subject(outside, 'runs', 'run', s)} code from outside" if outside else ""
    also = f" (and {names(others)})" if others else ""
    # where the files come from before what hands them over (a registry in the cloud
    # behind the scoring service that loads them): the places to write along the path
    froms = {f.source for f in artifacts}
    origins = [
        i
        for i in way
        if i in g.by_id
        and i not in froms
        and isinstance(g.by_id[i], (ModelRegistry, DataStore, ExternalService))
    ]
    behind = f", which gets the files from {names(origins, s)}" if origins else ""
    return Match(
        f"{view.described}{also} is loaded from {names(froms, s)}{behind}; "
        f"whoever can write along that path can swap or backdoor the weights "
        f"unnoticed{through}{code}.",
        affected=(*(f.id for f in artifacts), *(o.id for o in others)),
        atlas=("AML.T0018", "AML.T0018.000", "AML.T0011.000") if runs else None,
        impact_delta=1 if runs else 0,
        # on a device its user holds, the device's exposure is not how a swap gets in:
        # the delivery chain is. A file that runs code on load needs nothing but write
        # access on that chain, and no reach to the model: a model far from untrusted
        # input is no less likely to be swapped (reviewers rated these two bands low)
        likelihood_delta=(1 if outside else 0)
        - (1 if g.on_user_device(m) else 0)
        + (1 if runs and not outside else 0),
        basis=(
            "what these flows carry is inferred from their ends (a registry or training job "
            "sends a model artifact); declare Data(kind='model-artifact') to confirm"
            if inferred
            else None
        ),
        # controls count on the models and along the artifacts' way, not on every store
        # upstream of a model (access control on the feature store guards no weights),
        # and on what loads the files for a model (an in-vehicle unit that checks the
        # signature of a detector update before loading it)
        control_sites=(
            m.id,
            *(o.id for o in others),
            *way,
            *dict.fromkeys(f.target for f in artifacts),
        ),
    )


def swapped_code_files(g: Facts, loader: Element) -> frozenset[str]:
    """The flows bringing ``loader`` files in a declared format that runs code on load,
    when ``ai/unsigned-model-to-serving`` is raised on their way (it then says that a
    swapped file runs code where it is loaded): the loader's own files when it is the
    served model, and those of a model it loads them for (a scoring job, an edge server,
    a gateway in front of a controller). Empty otherwise."""
    return frozenset(f.id for f in g.system._in[loader.id]) & _swapped_code_files(g)


def _swapped_code_files(g: Facts) -> frozenset[str]:
    """Every flow :func:`swapped_code_files` may name (a whole-model table)."""
    return g.memo("lifecycle.swapped-code-files", "", lambda: _swapped_code_files_now(g))


def _swapped_code_files_now(g: Facts) -> frozenset[str]:
    out: set[str] = set()
    for m in g.system.all_elements:
        swap = _swap(g, m) if isinstance(m, Model) else None
        if swap is not None:
            out.update(
                f.id
                for f in swap.artifacts
                if any(x.runs_code_on_load for x in g.carried(f).formats)
            )
    return frozenset(out)


@attrs.frozen
class _Swap:
    """Where a served model's weights come from and the way they take."""

    artifacts: tuple[Flow, ...]
    way: tuple[str, ...]


def _swap(g: Facts, m: Element) -> _Swap | None:
    """A served model of ours whose artifacts' way has a place others can write to."""
    return g.memo("lifecycle.swap", m, lambda: _swap_now(g, m))


def _swap_now(g: Facts, m: Element) -> _Swap | None:
    if not isinstance(m, Model) or not own_weights(m):
        return None
    s = g.system
    artifacts = [
        f
        for f in s._in[m.id]
        if DataKind.MODEL_ARTIFACT in g.carried(f)
        and (
            isinstance(g.by_id[f.source], (ModelRegistry, Pipeline))
            or _relays(g, g.by_id[f.source])
        )
    ]
    if not artifacts and not any(DataKind.MODEL_ARTIFACT in g.carried(f) for f in s._in[m.id]):
        artifacts = _host_artifacts(g, m)
    if not artifacts or not _serving(g, m):
        return None
    writable, way = _artifact_way(g, artifacts)
    if g.on_user_device(m) and not any(
        isinstance(g.by_id.get(i), (ModelRegistry, Pipeline)) and g.operated(i) for i in way
    ):
        return None  # a model on someone's device that we do not ship updates to
    # a file declared in a format that runs code on load (a pickle) is a place to write
    # by itself: the job's output sits on a disk until serving loads it, and whoever
    # changes it there runs code on the serving host, even with no store in between
    pickled = any(
        x.runs_code_on_load and x is not Serialization.UNKNOWN
        for f in artifacts
        for x in g.carried(f).formats
    )
    return _Swap(tuple(artifacts), tuple(way)) if writable or pickled else None


def _host_artifacts(g: Facts, m: Element) -> list[Flow]:
    """Model files delivered to the component that runs a model whose own flows declare
    none (an edge box pulling updates for the detectors it calls): a service, endpoint
    or device in the model's boundary that sends it requests, gets its answers back, receives
    model files and hands none on."""
    s = g.system
    here = s.boundary_of(m)
    out: list[Flow] = []
    for f in s._in[m.id]:
        host = g.by_id[f.source]
        if (
            not isinstance(host, (Service, Endpoint, Device))
            or s.boundary_of(host) != here
            or not any(b.target == host.id for b in s._out[m.id])
            or any(DataKind.MODEL_ARTIFACT in g.carried(x) for x in s._out[host.id])
        ):
            continue
        out += [x for x in s._in[host.id] if DataKind.MODEL_ARTIFACT in g.carried(x)]
    return list(dict.fromkeys(out))


_INTEGRITY = (c.SignedModels, c.ImmutableArtifacts, c.ModelVersioning, c.AuditLogging, c.RBAC)


def _swap_key(g: Facts, m: Element, swap: _Swap) -> tuple[str, str]:
    """Where a model's weights come from, and the integrity controls declared on it."""
    froms = sorted({f.source for f in swap.artifacts})
    checks = sorted(x.key for x in m.controls if isinstance(x, _INTEGRITY))
    return "\x1f".join(froms), "\x1f".join(checks)


def _swap_groups(g: Facts) -> Grouped:
    """Served models whose weights could be swapped, grouped by :func:`_swap_key`; a
    high-stakes model first (the finding goes on it and takes its stakes)."""
    return grouped(
        g,
        "lifecycle.swap-groups",
        lambda: (
            (_swap_key(g, e, x), (not (isinstance(e, Model) and e.high_stakes), e.id), e.id)
            for e in g.system.all_elements
            if (x := _swap(g, e)) is not None
        ),
    )


@rule(
    "ai/model-published-externally",
    threat="model_theft_at_rest",
    title="Models or training data pushed to an outside hub",
    stride="I",
    applies_to=on_element(ExternalService),
    atlas=["AML.T0048.004", "AML.T0073", "AML.T0025"],
    owasp=["ML05:2023"],
    cwe=["CWE-200", "CWE-668"],
    mitigations=[c.RBAC, c.ProvenanceTracking],
    supporting=[c.AuditLogging, c.SupplierAssessment],
    likelihood="possible",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def model_published_externally(view: ElementView) -> Match | None:
    """Our own models or training data are uploaded to a hub or storage another company
    runs. A wrong namespace (an organisation name someone else registered), a public
    repository, or a compromised hub account hands them to others. Check the destination
    against an allow-list and keep uploads private; access control counts on the flows.
    What a partner's own pipeline sends to its own service is the partner's to publish.
    Weights published where devices download them (a CDN the app updates from, a
    device-management service that pushes them to a fleet) are on every device anyway:
    only training data sent there counts. Nor is the vendor of a model we run, other
    than a hub, that gets the telemetry it retrains on (a greenhouse sending its
    equipment vendor the readings its feeding model learns from): that is a declared
    share with a supplier, whose terms the supplier findings ask about; so is another
    service of the same company (a research data drop beside the portal that ships the
    model), and a labelling supplier that sends back the labels for the training data it
    is sent (an annotation contractor)."""
    e = view.element
    assert isinstance(e, ExternalService)
    if e.provides not in (
        ExternalCategory.MODEL_HUB,
        ExternalCategory.DATA_PROVIDER,
        ExternalCategory.GENERIC,
    ):
        return None
    g = view.g
    s = view.system
    pushes = [
        f
        for f in s._in[e.id]
        if g.carried(f).declared(DataKind.MODEL_ARTIFACT)
        or g.carried(f).declared(DataKind.TRAINING_DATA)
        or (e.provides is ExternalCategory.MODEL_HUB and DataKind.MODEL_ARTIFACT in g.carried(f))
    ]
    # ours: what a partner's own pipeline sends to its own distribution service is
    # theirs to publish (a vendor shipping its model to its update service)
    pushes = [
        f
        for f in pushes
        if not g.external(f.source) and (g.operated(f.source) or g.on_user_device(f.source))
    ]
    if any(
        (g.on_user_device(f.target) or isinstance(g.by_id[f.target], Device))
        and DataKind.MODEL_ARTIFACT in g.carried(f)
        for f in s._out[e.id]
    ):
        # it hands the weights to devices (a CDN the app downloads from, a device-management
        # service pushing our build to our phones): every device holds them anyway;
        # training data sent there is still a leak
        pushes = [f for f in pushes if DataKind.TRAINING_DATA in g.carried(f).kinds]
    if not pushes:
        return None
    if e.provides is not ExternalCategory.MODEL_HUB and _vendor_of_ours(g, e):
        return None  # the vendor of a model we run, sent what it retrains on: a data share
    if e.provides is not ExternalCategory.MODEL_HUB and _labels_for_us(g, e):
        return None  # a labelling supplier sent the frames it annotates: a data share
    atlas = ["AML.T0048.004", "AML.T0025"]
    if g.untrusted(e) or e.provides is ExternalCategory.MODEL_HUB:
        atlas.append("AML.T0073")
    return Match(
        f"{subject({f.source for f in pushes}, 'pushes', 'push', s)} models or training data to {view.described}; "
        "a wrong or impersonated namespace, or a public repository, hands them to others.",
        affected=tuple(f.id for f in pushes),
        atlas=tuple(atlas),
    )


def _labels_for_us(g: Facts, e: Element) -> bool:
    """``e`` sends labels back to a component we run: an annotation contractor that
    labels the training data it is sent."""
    s = g.system
    return any(DataKind.LABELS in g.carried(f).kinds and g.operated(f.target) for f in s._out[e.id])


def _vendor_of_ours(g: Facts, e: Element) -> bool:
    """``e``, or another service of the same company (in its boundary), sends model
    files to a component we run: it belongs to the vendor of a model we run."""
    s = g.system
    zone = s.boundary_of(e.id)
    peers = (
        [e]
        if zone is None
        else [
            x
            for x in s.all_elements
            if isinstance(x, ExternalService) and s.boundary_of(x.id) == zone
        ]
    )
    return any(
        DataKind.MODEL_ARTIFACT in g.carried(f) and g.operated(f.target)
        for x in peers
        for f in s._out[x.id]
    )


_ = (DataStore, Phase, source_names)
