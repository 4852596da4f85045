"""Attacks on a model through what it is asked, and through where it runs.

Only models that someone outside can actually query are open to query-based attacks:
run-time content from untrusted parties must reach them (a model hub that supplies
the weights, or a registry, is not a caller). Each threat is raised once per model,
with the ways in listed:

- evasion: crafted inputs flip a predictive model's decision; for identity or
  liveness verification, presented or injected media pass as someone else;
- extraction: enough queries copy a model whose weights are ours;
- inference about training data, where the training data was sensitive;
- weights shipped to users' devices, where their owners hold them white-box.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Boundary,
    Data,
    Dataset,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    Flow,
    Model,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.graph import TRAINING_STAGES, Facts, Source, own_weights
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    CONSEQUENTIAL,
    Answer,
    Grouped,
    answer_along,
    approvals,
    carries_on,
    grouped,
    level,
    llms_of,
    moves_plant,
    names,
    names_approver,
    path_targets,
    plant_equipment,
    route_sites,
    sends_readings,
    source_names,
    sources_subject,
)
from threatgraph.rules._plant import open_plant_links
from threatgraph.rules.ai.actuation import actuation
from threatgraph.rules.views import ElementView
from threatgraph.system import System
from threatgraph.vocab import (
    DataKind,
    ExternalCategory,
    ModelOrigin,
    Origin,
    Phase,
    RiskProfile,
    Sensitivity,
    Task,
    Trust,
)

_DECIDERS = (Task.DETECTOR, Task.VERIFICATION)

_EVADED = re.compile(
    r"\b(?:fraud\w*|scam\w*|bots?|abus\w*|spam|phishing|malware|cheat\w*|theft|thie\w*|"
    r"stolen|steal\w*|shoplift\w*|counterfeit\w*|fakes?|forg(?:ed|ery|eries)|moderat\w*|"
    r"toxic\w*|intrusions?|anomal\w*|liveness|spoof\w*|deepfakes?|tamper\w*|misuse|course[- ]cut\w*|"
    r"faces?|plates?|identity|meters?|checkouts?|payments?|deposits?|pric(?:e|es|ing)|honesty|"
    r"verdicts?|holds?|held|blocks?|blocked|rejects?|rejected|quarantin\w*|declin\w*|publish\w*)\b",
    re.IGNORECASE,
)
"""Words by which a model says it catches something people want to get past (fraud,
cheating, a course cut, spam, forgeries, tampering, theft), recognises who or what
someone is (a face, a plate), reads what someone is charged (a meter, a checkout, a
price, a deposit), or gives a verdict that holds, blocks, rejects or publishes: the jobs
that give the people who shape its inputs a reason to fool it."""


def _query_sources(g: Facts, model: Element) -> list[Source]:
    """Untrusted parties whose run-time input reaches the model: not through its
    training lineage (training data flows into pipelines, not into the model)."""
    return list(g.memo("query-sources", model, lambda: _find_query_sources(g, model)))


_LEARNING_KINDS = frozenset({DataKind.TRAINING_DATA, DataKind.LABELS, DataKind.FEEDBACK})


def _find_query_sources(g: Facts, model: Element) -> tuple[Source, ...]:
    out = []
    for src in g.sources(model):
        if any(
            not _LEARNING_KINDS.isdisjoint(g.carried(f).kinds) for f in g.flows_between(src.path)
        ):
            continue
        if _fed_from_elsewhere(g, src):
            continue
        out.append(src)
    return tuple(out)


def _fed_from_elsewhere(g: Facts, src: Source) -> bool:
    """What the last component on the way hands the model is, datum for datum, what it
    gets on other flows and not on the way: a claims service passing the model the
    pick-up and return photos it reads from the photo store, whatever the renter's
    dispute says. The source's way in does not shape the model's input. Not features,
    worked out for the case the source's request names (nor data of no declared kind,
    which may be features), nor what a sensor records."""
    path = src.path
    if len(path) < 3:
        return False
    s = g.system
    relay, before = path[-2], path[-3]
    into = [f for f in s._out[relay] if f.target == path[-1]]
    given = {d for f in into for d in f.data}
    if (
        not given
        or any(d.kind is None for d in given)
        or any(DataKind.FEATURES in g.carried(f).kinds for f in into)
    ):
        return False  # features are worked out for the case the source's request names
    on_way = {d for f in s._in[relay] if f.source == before for d in f.data}
    if given & on_way:
        return False
    me = src.element.id
    # from components the source cannot reach itself (a photo store staff fill)
    elsewhere = {
        d
        for f in s._in[relay]
        if f.source not in (before, me)
        # a sensor records what anyone puts in front of it (a scale camera)
        and not isinstance(g.by_id[f.source], Device)
        and me not in {y.element.id for y in g.sources(g.by_id[f.source])}
        for d in f.data
    }
    return given <= elsewhere


def _operator(e: Element) -> bool:
    """A privileged person: someone the system lets change what it does."""
    return isinstance(e, Actor) and e.human and e.privileged


def _curated_feed(e: Element) -> bool:
    """A publisher of curated data (a public dataset, a vendor's or partner's feed, a
    data provider's API), not a party that chooses what it sends to get a decision."""
    if isinstance(e, DataSource):
        return e.origin in (Origin.PUBLIC_DATASET, Origin.VENDOR, Origin.PARTNER)
    return isinstance(e, ExternalService) and e.provides is ExternalCategory.DATA_PROVIDER


def _verification_peers(g: Facts, m: Model) -> list[str]:
    """Verification models fed by the same component as ``m`` (face match and liveness
    checks of one capture), ``m`` included, sorted: they share one finding."""
    s = g.system
    return sorted(
        {
            x.id
            for p in s.predecessors(m)
            for x in s.successors(p)
            if isinstance(x, Model) and x.task is Task.VERIFICATION and _query_sources(g, x)
        }
        | {m.id}
    )


def _evasion_notes(
    g: Facts, m: Model, srcs: list[Source], *, on_device: bool, reach: bool, scores: bool
) -> list[str]:
    """What helps the sender tune inputs: weights on their device, answers that come
    back to them, scores (returned to whoever calls the model, when that is not the
    sender, or when what comes back to the sender is a decision made from them, not
    the scores: only that is said)."""
    scores_back = scores and reach and _scores_come_back(g, m, srcs)
    notes = []
    if on_device:
        notes.append("its weights sit on devices its users control")
    if reach:
        notes.append(
            "its answers come back to the sender"
            + (" with scores" if scores_back else ", without the scores" if scores else "")
        )
    elif scores:
        notes.append("it returns scores to its callers")
    return notes


def _scores_come_back(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """The scores the model returns travel back to one of the senders its answers reach:
    no relay on the way back answers with something else made from them (a hold notice,
    a bid status)."""
    answered = _answers_reach(g, m)
    return any(x.element.id in answered and not _scores_stripped(g, x) for x in srcs)


def _outputs_reach(g: Facts, model: Element, srcs: list[Source]) -> bool:
    """The model's answers come back to one of the parties who query it (four flows at
    most). Not through another model or agent, which consumes them and answers with
    its own output (a transcript feeding a voice bot, a verifier's score read by an
    agent), except an agent passing on what its own LLM writes."""
    wanted = {x.element.id for x in srcs}
    if not wanted:
        return False
    return bool(wanted & _answers_reach(g, model))


def _answers_reach(g: Facts, model: Element) -> frozenset[str]:
    """Every element the model's answers reach (see :func:`_answered`), once per model."""
    return g.memo("models.answers-reach", model, lambda: _answered(g, model))


def _answered(g: Facts, model: Element) -> frozenset[str]:
    s = g.system
    seen = {model.id}
    # each relay with the answer as it got it
    frontier: list[tuple[str, Answer | None]] = [(model.id, None)]
    for _ in range(4):
        nxt: list[tuple[str, Answer | None]] = []
        for node, got in frontier:
            for f in s._out[node]:
                y = g.by_id[f.target]
                if f.target in seen:
                    continue
                onward = answer_along(g, model, got, f)
                if onward is None:
                    continue  # a redirect, a status, another model's output: not the answer
                seen.add(f.target)
                if isinstance(y, Model) or (isinstance(y, Agent) and model not in llms_of(g, y)):
                    continue  # it answers with its own output
                nxt.append((f.target, onward))
        frontier = nxt
    return frozenset(seen - {model.id})


def _returns_scores(g: Facts, model: Model) -> bool:
    if model.returns_scores:
        return True
    s = g.system
    return any(isinstance(x, Endpoint) and x.returns_scores for x in s.successors(model)) or any(
        isinstance(x, Endpoint) and x.returns_scores for x in s.predecessors(model)
    )


def _scores_stripped(g: Facts, src: Source) -> bool:
    """What the model sends back does not travel the route back to the caller: a relay
    answers with something else (a decision, a label) made from it. Followed hop by hop
    by the data each flow declares; a hop that declares none, or data of no declared
    kind, passes everything on."""
    s = g.system
    path = src.path
    if len(path) < 3:
        return False
    back = {d for f in s._out[path[-1]] if f.target == path[-2] for d in f.data}
    for i in range(len(path) - 2, 0, -1):
        flows = [f for f in s._out[path[i]] if f.target == path[i - 1]]
        if not flows or any(not f.data or any(d.kind is None for d in f.data) for f in flows):
            continue  # data of no declared kind may carry the scores
        back &= {d for f in flows for d in f.data}
        if not back:
            return True
    return False


def _authenticated(g: Facts, srcs: list[Source]) -> bool:
    s = g.system
    for src in srcs:
        if any(s.flow(f).has(c.Authentication) for f in g.flows_between(src.path)):
            return True
        if any(g.by_id[i].has(c.Authentication) for i in src.path[1:]):
            return True
    return False


def _screens_for_people(g: Facts, model: Element) -> bool:
    """A detector that screens content (mail, web pages, files) on its way to people."""
    s = g.system
    for x in (*s.predecessors(model), *s.successors(model)):
        if isinstance(x, (Service, Endpoint, Device)):
            near = (*s.successors(x), *(y for z in s.successors(x) for y in s.successors(z)))
            if any(isinstance(y, Actor) and y.human for y in near):
                return True
    return False


def _evasion_techniques(
    g: Facts, m: Model, srcs: list[Source], *, on_device: bool, scores: bool, seen: bool
) -> tuple[str, ...]:
    """The ATLAS techniques for crafting inputs that fool ``m``."""
    atlas = ["AML.T0015", "AML.T0043"]
    if on_device:
        atlas.append("AML.T0043.000")
    if scores:
        atlas.append("AML.T0043.001")
    if seen:
        atlas += ["AML.T0063", "AML.T0013"]
    if m.task is Task.GENERATIVE or m.online_learning:
        atlas.append("AML.T0031")
    if m.task is Task.DETECTOR and _screens_for_people(g, m):
        atlas.append("AML.T0052")
    if _authenticated(g, srcs):
        atlas.append("AML.T0012")
    return tuple(atlas)


@rule(
    "ai/adversarial-evasion",
    threat="adversarial_examples",
    title="Crafted inputs evade the model",
    stride="T",
    applies_to=on_element(Model),
    atlas=[
        "AML.T0015",
        "AML.T0043",
        "AML.T0043.000",
        "AML.T0043.001",
        "AML.T0063",
        "AML.T0013",
        "AML.T0031",
        "AML.T0052",
        "AML.T0012",
    ],
    owasp=["ML01:2023"],
    cwe=["CWE-1039", "CWE-20"],
    mitigations=[c.AdversarialTraining],
    supporting=[
        c.InputValidation,
        c.AnomalyDetection,
        c.RateLimiting,
        c.OutputObfuscation,
        c.ModelValidation,
    ],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def adversarial_evasion(view: ElementView) -> Match | None:
    """Parties outside the system shape the inputs of a model that decides something (it
    classifies, detects, scores, verifies, or transforms text in ways others rely on).
    Inputs crafted to look normal, by hand or by trial and error, flip its decision:
    malware passes as benign, a fraudster as a good customer. When its answers come back
    to the sender, each query teaches the attacker more. Raised once per model;
    adversarial training counts on the model and the flows into it. Input checks there
    only lower it: crafted inputs are valid inputs, made to pass format, range and
    schema checks. Privileged operators are not among those parties: they can change the
    outcome directly, nor are publishers of curated data (a public dataset, a vendor's
    feed), high stakes or not: they choose no inputs to get a decision, and a tampered
    feed is a data-integrity concern. Nor is one whose way in ends at a component that
    hands the model only what it reads from where they cannot reach (a renter's dispute,
    beside the photos staff took, read from the photo store). A generative model that
    decides nothing and whose text an LLM or agent reads (a transcriber), directly or as
    the same data passed on, is left to the injection findings there; one whose output
    another model judges next (speech recognition before a toxicity classifier) is left
    to that model's finding. An estimate nothing high stakes hangs on (an arrival time,
    a load forecast) flips no decision: fed only by the people who ask for it and by
    devices, it is left out, and forged device readings into it are raised by ai/forged-
    device-readings; content anyone may publish (competitors' rates scraped from the
    web) still counts. A ranker that decides nothing high stakes, fed only by devices in
    the field whose forged readings ai/forged-device-readings raises on it, is left to
    that finding. Nor is a regressor whose output drives plant equipment (a setpoint
    model fed by forecasts and sensors): nobody submits inputs to it to get an answer
    back, what a wrong or steered output does is ai/unbounded-actuation's, and forged
    readings into it ai/forged-device-readings'. Generative models one component calls
    with the same people's input (speech recognition and synthesis behind one app) are
    one finding. A ranker nothing high stakes hangs on, whose ranking goes back only to
    those who shape its inputs in their own requests (a boot fit for a customer's foot
    scan), is left out: gaming it gets them a worse pick; kept in a store it ranks for
    others from (a dating profile), their input still counts. On a system whose risk
    profile is low, a model not declared high stakes is left out unless its name,
    description, outputs or neighbours say it catches something people want to get past
    (fraud, cheating, spam, forgeries, tampering, theft), recognises people (faces,
    plates), reads what someone is charged (a meter, a checkout, a price, a deposit) or
    gives a verdict that blocks, rejects or publishes: a plant identifier gives nobody a
    reason to fool it; ai/forged-device-readings raises readings from devices outsiders
    hold into it. Nor is it raised when its declared approval names all who shape its
    inputs (a volunteer confirming what the model read from the label they
    photographed), nor when all who shape them are patients (or their devices) and
    nothing says it catches people out (a retinal screen), or shape them through their
    own devices and alone get its answers."""
    m = view.element
    assert isinstance(m, Model)
    if isinstance(m, LLM) or m.task is Task.EMBEDDING:
        return None
    g = view.g
    if _no_motive(view.system, m):
        return None
    srcs = _evasion_sources(g, m)
    if _not_evaded(g, m, srcs):
        return None
    on_device = g.on_user_device(m)
    decides = m.task in _DECIDERS or m.high_stakes
    if on_device and not decides:
        return None  # its owner fooling their own device gains nothing
    if not srcs and not on_device:
        return None
    generative = m.task is Task.GENERATIVE
    others: list[str] = []
    if generative and srcs and not on_device:
        # generative models one component calls with the same people's input (speech
        # recognition, translation and speech synthesis behind one interpreting app)
        # are one chain: one finding, on a high-stakes one first, listing the others
        group = _chain_groups(g)[_chain_key(g, m)]
        if group[0] != m.id:
            return None
        others = list(group[1:])
    scores = _returns_scores(g, m)
    reach = _outputs_reach(g, m, srcs)
    seen = reach or scores or on_device
    atlas = _evasion_techniques(g, m, srcs, on_device=on_device, scores=scores, seen=seen)
    notes = _evasion_notes(g, m, srcs, on_device=on_device, reach=reach, scores=scores)
    more = f"; {', '.join(notes)}" if notes else ""
    who = sources_subject(g, srcs, "shapes", "shape") if srcs else "whoever holds the device shapes"
    effect = (
        "steer what it produces" + (" and what it learns" if m.online_learning else "")
        if generative
        else "flip its decision"
    )
    also = f" (and {names(others, view.system)})" if others else ""
    return Match(
        f"{who} the inputs of {view.described}{also}; inputs crafted to look normal can "
        f"{effect}{more}.",
        affected=(*path_targets(g, srcs), *others),
        atlas=atlas,
        control_sites=route_sites(g, m, srcs),
        # on a device its owner controls, the exposure already says the attacker has it
        likelihood_delta=1 if seen and not on_device else 0,
        # high-stakes models already weigh more (the scorer adds it for integrity); what
        # a generative model that decides nothing produces matters less
        impact_delta=(
            1
            if m.task in _DECIDERS and not m.high_stakes
            else -1
            if generative and not m.high_stakes and not m.online_learning
            else 0
        ),
    )


def _evasion_sources(g: Facts, m: Model) -> list[Source]:
    """Who shapes the model's run-time input and could want to fool it. A privileged
    operator who sets what the model decides (a facility manager who can override its
    setpoints) gains nothing by fooling it: the insider findings say it. Nor does a
    publisher of curated data (a government statistics feed, a vendor's weather
    forecast), whatever hangs on the model: it does not craft inputs to get a decision
    of ours, and a wrong or tampered feed is a data-integrity concern."""
    srcs = [x for x in _query_sources(g, m) if not _operator(x.element)]
    return [x for x in srcs if not _curated_feed(x.element)]


def _no_motive(s: System, m: Model) -> bool:
    """On a system of low risk, a model nothing high stakes hangs on, whose name,
    description, outputs and neighbouring components say nothing of catching people
    out, recognising them, charging them or giving a verdict that blocks (a plant
    identifier, a demand forecast, a swing coach): nobody who shapes its inputs gains by
    fooling it, and a wrong answer is an ordinary error."""
    if s.profile is not RiskProfile.LOW or m.high_stakes:
        return False
    return not has_motive(s, m)


def has_motive(s: System, m: Element) -> bool:
    """The model's name, description, what it sends or the components next to it say
    it catches people out, recognises them, charges them or gives a verdict that
    blocks (the words of ``_EVADED``): someone has a reason to fool it."""
    said = (
        m.name,
        m.description or "",
        *(d.name for f in s._out[m.id] for d in f.data),
        *(x.name for x in (*s.predecessors(m), *s.successors(m))),
    )
    return any(_EVADED.search(x) for x in said)


def _not_evaded(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """Another finding says it, nobody gains by fooling the model, or it drives plant
    equipment (a setpoint model: what a wrong or steered output does is the actuation
    finding's, forged readings into it the forged-readings finding's)."""
    return (
        _left_to_others(g, m, srcs)
        or _own_pick(g, m, srcs)
        or _senders_approve(g, m, srcs)
        or _own_care(g, m, srcs)
        or (m.task is Task.REGRESSOR and actuation(g, m) is not None)
    )


_PATIENT = re.compile(r"\bpatients?\b", re.IGNORECASE)
"""How an actor's name says they are the person the care is for."""


def _own_care(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """Everyone who shapes the model's inputs is a patient, in person or through a
    device only patients use, and nothing says the model catches people out, charges
    them or gives a verdict that blocks (``has_motive``): a retinal screen, an ECG
    alert or a lesion triage serves the person it reads, who gains nothing by fooling
    it; its honest misses are the finding on what it passes unchecked. So too for
    anyone, patient or not, whose own devices (a wearable, the app on their phone) are
    all that shape the inputs, when the model's answers reach no person but them (a
    fitness app advising its user to see a doctor about an irregular rhythm)."""
    if not srcs:
        return False
    s = g.system
    everyone: set[str] = set()
    named = own = True
    for x in srcs:
        e = x.element
        people = (
            [a for a in s.predecessors(e) if isinstance(a, Actor)] if isinstance(e, Device) else [e]
        )
        if isinstance(e, Device) and not people and g.on_user_device(e):
            # a wearable feeding the app on its owner's phone: theirs, as the app is
            people = [
                a
                for d in s.successors(e)
                if isinstance(d, Device) and g.on_user_device(d)
                for a in s.predecessors(d)
                if isinstance(a, Actor)
            ]
        if not people or not all(isinstance(p, Actor) and p.human for p in people):
            return False
        named = named and all(_PATIENT.search(p.name) for p in people)
        own = own and isinstance(e, Device) and g.on_user_device(e)
        everyone |= {p.id for p in people}
    if has_motive(s, m):
        return False
    return named or (own and _advises_only(g, m, everyone))


def _advises_only(g: Facts, m: Model, people: set[str]) -> bool:
    """The model's answers reach these people, none of them privileged, and no other
    person: whoever fools it fools only their own advice (a wearable's rhythm alert)."""
    reached = {x for x in _answers_reach(g, m) if isinstance(a := g.by_id[x], Actor) and a.human}
    actors = [a for p in people if isinstance(a := g.by_id[p], Actor)]
    return bool(reached) and reached <= people and not any(a.privileged for a in actors)


def _senders_approve(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """Everyone who shapes the model's inputs is a person its declared approval names
    (on the model or the flows out of it): the volunteer who photographs a label
    confirms or corrects what the model read from it. Fooling the model would only put
    in front of them a reading they can write themselves."""
    s = g.system
    people: list[Element] = []
    for x in srcs:
        e = x.element
        if isinstance(e, Device) and g.on_user_device(e):
            # an app on a person's phone: whoever uses it
            users = [a for a in s.predecessors(e) if isinstance(a, Actor)]
            if not users:
                return False
            people += users
        else:
            people.append(e)
    if not people or not all(isinstance(p, Actor) and p.human for p in people):
        return False
    gates = approvals(m, *s._out[m.id])
    return all(
        any(x.approver and names_approver(x.approver, p.name) for x in gates) for p in people
    )


def _own_pick(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """A ranker nothing high stakes hangs on whose ranking goes back only to those who
    shape its inputs, in their own requests (a customer's boot fit from their foot
    scan; a shopper's recommendations, shown on the phone they asked from): gaming it
    gets them a worse pick. Input kept in a store the ranker reads for
    others (a dating profile ranked in everyone's results) is not theirs alone."""
    if m.task is not Task.RANKER or m.high_stakes or not srcs:
        return False
    reach = _answers_reach(g, m)
    return all(_gets_back(g, x, reach) for x in srcs) and not any(
        isinstance(g.by_id[i], DataStore) for x in srcs for i in x.path[1:-1]
    )


def _gets_back(g: Facts, src: Source, reach: frozenset[str]) -> bool:
    """What the model answers reaches the source: itself, or, for a person, the device
    of theirs they sent the request from (a shopper's phone shows them the ranking it
    got back; a person's device left in their own hands, not one of ours)."""
    if src.element.id in reach:
        return True
    if not isinstance(src.element, Actor) or len(src.path) < 2:
        return False
    first = g.by_id[src.path[1]]
    return isinstance(first, Device) and first.id in reach and g.on_user_device(first)


def _left_to_others(g: Facts, m: Model, srcs: list[Source]) -> bool:
    """Where another finding says what evasion of this model would: forged readings of a
    ranker fed only by devices, the spoofing finding of verification checks fed the same
    media, the injection findings or the judging model's evasion for a generative model,
    or nothing at all for an estimate no decision hangs on."""
    if (
        srcs
        and m.task is Task.RANKER
        and not m.high_stakes
        and all(isinstance(x.element, Device) for x in srcs)
        and device_feeds(g).get(m.id)
    ):
        # a ranker fed only by devices in the field, whose forged readings
        # ai/forged-device-readings already raises on it: a device cannot craft subtle
        # inputs for an aggregate prediction, and what it sends is the same threat
        return True
    if m.task is Task.VERIFICATION and srcs and _verification_peers(g, m)[0] != m.id:
        return True  # ai/verification-spoofing says it once, for every check fed the same media
    if _estimate(m) and not any(isinstance(x.element, DataSource) for x in srcs):
        # an estimate nothing high stakes hangs on (an arrival time, a suggested price, a
        # load forecast) that only the people who ask for it and devices feed: there is
        # no decision to flip, whoever skews their own estimate gains little, and skewed
        # device feeds are raised as forged readings (devices outsiders hold included).
        # What anyone may publish (competitors' rates scraped from the web) still counts
        return True
    # a transcriber or captioner whose text an LLM or agent reads: steering what it writes
    # is prompt injection there, and the injection findings say it; one whose output a
    # classifier or scorer judges next (speech recognition before a toxicity classifier,
    # an image generator before a safety check) is one step of that model's evasion,
    # raised there
    return (
        m.task is Task.GENERATIVE
        and not m.high_stakes
        and not m.online_learning
        and (_feeds_a_reader(g, m) or _feeds_a_decider(g, m))
    )


def _chain_key(g: Facts, m: Element) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Whose input reaches a generative model, and the components that call it."""
    srcs = sorted({x.element.id for x in _query_sources(g, m) if not _operator(x.element)})
    callers = sorted(
        f.source
        for f in g.system._in[m.id]
        if isinstance(g.by_id[f.source], (Service, Endpoint)) and not g.carried(f).lifecycle_only
    )
    return tuple(srcs), tuple(callers)


def _chain_groups(g: Facts) -> Grouped:
    """Generative models (not LLMs) by :func:`_chain_key`: high-stakes ones first."""
    return grouped(
        g,
        "models.evasion-chains",
        lambda: (
            (_chain_key(g, e), (not e.high_stakes, e.id), e.id)
            for e in g.system.all_elements
            if isinstance(e, Model)
            and not isinstance(e, LLM)
            and e.task is Task.GENERATIVE
            and not g.on_user_device(e)
        ),
    )


@rule(
    "ai/verification-spoofing",
    threat="adversarial_examples",
    title="Presented or injected media pass identity verification",
    family="ai/adversarial-evasion",
    specificity=1,
    stride="S",
    applies_to=on_element(Model),
    atlas=["AML.T0015", "AML.T0088", "AML.T0073", "AML.T0043"],
    owasp=["ML01:2023"],
    cwe=["CWE-1039", "CWE-290"],
    mitigations=[c.DeepfakeDetection],
    supporting=[c.AdversarialTraining, c.AnomalyDetection, c.HumanInTheLoop],
    likelihood="possible",
    impact="major",
    cia="I",
    placement=("element", "inbound"),
)
def verification_spoofing(view: ElementView) -> Match | None:
    """A model verifies identity or liveness from images, video or documents captured on
    a device or by a person the applicant controls. A printed photo, a mask, a replayed
    video, a deepfake or a virtual camera that injects a stream pass as the person
    claimed, and whoever trusts the verdict opens an account or grants access in
    someone else's name. Presentation- and injection-attack detection count on the
    model and the capture flows."""
    m = view.element
    assert isinstance(m, Model)
    if m.task is not Task.VERIFICATION:
        return None
    g = view.g
    srcs = _query_sources(g, m)
    if not srcs:
        return None
    s = view.system
    peers = _verification_peers(g, m)
    if peers[0] != m.id:
        return None
    trusting = [f.id for f in s._out[m.id] if not isinstance(g.by_id[f.target], Actor)]
    for f in list(s._out[m.id]):
        for x in s._out[f.target]:
            if isinstance(g.by_id[x.target], Service):
                trusting.append(x.id)
    checks = names(peers, s) if len(peers) > 1 else view.described
    return Match(
        f"{sources_subject(g, srcs, 'supplies', 'supply')} the media {checks} "
        f"{'verify' if len(peers) > 1 else 'verifies'}; presented or "
        "injected media (photos, masks, replays, deepfakes, virtual cameras) can pass as "
        "someone else, and whoever trusts the verdict acts on it.",
        affected=(*peers[1:], *path_targets(g, srcs), *dict.fromkeys(trusting)),
        control_sites=(*route_sites(g, m, srcs), *peers[1:]),
        impact_delta=1,
    )


_DEVICE_IDENTITY = (c.MutualAuthentication,)
"""What ties a reading to one device: a certificate of its own. (Message integrity is
left out: every TLS link has it, and it says nothing about which device sent what.)"""
_LIVE_HOPS = (Service, Pipeline, DataStore, Endpoint, Device, Tool)
"""What a device's readings pass through on the way to a model at run time (a broker,
an ingestion job, an online feature store, a gateway); not datasets or registries."""


# How a device says by name that it is a person's computer (an uploader on a laptop),
# not an edge box relaying what sensors capture, whatever system it runs.
_PERSONAL_COMPUTER = re.compile(
    r"\b(?:laptops?|desktops?|workstations?|windows|macos|(?:clinic|office|home) pcs?)\b",
    re.IGNORECASE,
)


_HANDSET = re.compile(r"\b(?:phones?|smartphones?|apps?|tablets?)\b", re.IGNORECASE)
"""Words by which a device a person records into says it is their handset or an app on
it, not a sensor the organisation relies on."""


def _field_device(g: Facts, d: Element) -> bool:
    """A sensing device the organisation relies on (a camera, a meter, a vehicle unit, a
    controller): not a client app a person uses (a person sends it more than what it
    films or hears, or it runs on a laptop or workstation: an uploader sends the files
    its user chose), and not a phone that trains locally. One in an untrusted boundary
    counts only for estimates (:func:`_estimate`): whoever holds it shapes its readings
    anyway, and the evasion finding says that for models that decide."""
    if (
        not isinstance(d, Device)
        or d.trains_locally
        or _PERSONAL_COMPUTER.search(f"{d.name} {d.description or ''}")
    ):
        return False  # a program on a laptop or workstation uploads what its user chose
    for f in g.system._in[d.id]:
        a = g.by_id[f.source]
        if (
            isinstance(a, Actor)
            and a.human
            and (
                not f.data
                or any(x.kind is not DataKind.MEDIA for x in f.data)
                or _HANDSET.search(f"{d.name} {d.description or ''}")
            )
        ):
            return False  # a client app: what its user chose to record or type
    return True


def _unauthenticated_link(g: Facts, f: Flow) -> bool:
    """A link whose protocol does not authenticate the sending device: cleartext or
    server-only TLS, or none declared. A protocol that authenticates the client (mutual
    TLS, SNMPv3), one that stays on the host, one threatgraph does not know (it is
    reported as unknown, not guessed at), or a link inside an IPsec or VPN tunnel
    between sites (declared as its encryption in transit, or said in its label) is
    not."""
    if g.tunnelled(f):
        return False  # a site-to-site tunnel authenticates the site, as ``ipsec`` does
    if f.protocol is None:
        return True
    p = g.protocol(f)
    return p is not None and not p.client_authenticated and not p.local


_CERTIFICATE = re.compile(
    r"\b(?:x\.?509|mtls|mutual tls|client certificates?|device certificates?|"
    r"certificates? per device|per[- ]device certificates?)\b",
    re.IGNORECASE,
)
"""How an authentication method says each caller presents a certificate of its own."""


def _device_identity(g: Facts, d: Element, f: Flow) -> bool:
    """Each device proves which one it is: mutual authentication declared on the device,
    its link or the component it sends to, or an authentication there whose method
    names a certificate per device (per-device X.509 client certificates)."""
    if _device_declares(g, d, f, _DEVICE_IDENTITY):
        return True
    return any(
        isinstance(x, c.Authentication) and x.method and _CERTIFICATE.search(x.method)
        for e in (d, f, g.by_id[f.target])
        for x in e.controls
    )


def _device_declares(g: Facts, d: Element, f: Flow, kinds: tuple[type, ...]) -> bool:
    """One of these controls declared on the device, its link or the component it sends
    to."""
    return any(isinstance(x, kinds) for e in (d, f, g.by_id[f.target]) for x in e.controls)


_Feeds = dict[str, list[tuple[str, str]]]


def _forged_groups(g: Facts) -> Grouped:
    """Models by the (device, link) pairs that feed them: high-stakes ones first."""
    feeds = device_feeds(g)

    def stakes(mid: str) -> bool:
        e = g.by_id[mid]
        return isinstance(e, Model) and e.high_stakes

    return grouped(
        g,
        "models.forged-groups",
        lambda: (
            (tuple(pairs), (not stakes(mid), mid), mid) for mid, pairs in sorted(feeds.items())
        ),
    )


def device_feeds(g: Facts) -> _Feeds:
    """For every predictive model, the field devices whose readings reach it at run time
    over links that authenticate no device, as (device, link) pairs in a stable order.
    One forward walk per device, five hops at most, through brokers, ingestion jobs,
    stores, gateways and services, never through training jobs or other models."""
    return g.memo("models.device-feeds", "", lambda: _device_feeds_now(g))


def _device_feeds_now(g: Facts) -> _Feeds:
    s = g.system
    out: _Feeds = {}
    for d in s.all_elements:
        if not _field_device(g, d):
            continue
        held = g.untrusted(d)
        for link in s._out[d.id]:
            if _on_board(g, link):
                continue
            if g.content_flow(link) and _unauthenticated_link(g, link):
                for m in _reached_models(g, link):
                    if isinstance(g.by_id[m], Agent):
                        # an agent counts the readings of measuring devices, wherever
                        # they stand: no evasion finding speaks for agents
                        if not sends_readings(g, d, link):
                            continue
                    elif held and not _left_to_forged(s, g.by_id[m]):
                        continue
                    out.setdefault(m, []).append((d.id, link.id))
    return out


def _left_to_forged(s: System, m: Element) -> bool:
    """A model ai/adversarial-evasion leaves out, so that readings from devices
    outsiders hold are raised here: an estimate nothing high stakes hangs on, or a
    model on a low-risk system whose job gives nobody a reason to fool it."""
    return _estimate(m) or (isinstance(m, Model) and _no_motive(s, m))


def _estimate(m: Element) -> bool:
    """A model whose output is an estimate nothing high stakes hangs on (an arrival time,
    a demand forecast): ai/adversarial-evasion leaves it out, so readings from devices
    outsiders hold are raised here."""
    return (
        isinstance(m, Model)
        and m.task is Task.REGRESSOR
        and not m.high_stakes
        and not m.online_learning
    )


def _on_board(g: Facts, link: Flow) -> bool:
    """A device wired straight into the model it feeds, or into the plant controller it
    reports to (a sensor's 4-20 mA loop into a PLC), inside one boundary and over no
    declared network protocol (a truck's cameras and radar feeding its on-board
    detector), or into any box of that boundary when the link's label says it is a wire
    (an ADC board, a pulse input, an RS-485 line, even with Modbus on it): forging the
    readings takes the vehicle, machine, plant or site itself, not a link someone else
    reaches."""
    s = g.system
    target = g.by_id[link.target]
    if s.boundary_of(link.source) != s.boundary_of(link.target):
        return False
    if link.protocol is None and (isinstance(target, Model) or plant_equipment(g, target)):
        return True
    # a sensor wired into the input of the box it reports to (an ADC board, a pulse
    # input, a 4-20 mA loop, an RS-485 line): reaching the link is reaching the wire
    wired = _WIRED.search(link.label or "")
    if wired is None:
        return False
    return link.protocol is None or bool(
        _SERIAL.search(wired.group(0)) and _ON_SERIAL.match(link.protocol.strip())
    )


_WIRED = re.compile(
    r"\b(?:wired|hard-?wired|cabl(?:ed|es?|ing)|4-20 ?ma|current loop"
    r"|analog(?:ue)? (?:input|loop|signal)|adc|pulse (?:input|counter)|rs-?485|rs-?232|serial (?:line|link|cable|port))\b",
    re.IGNORECASE,
)
"""Words by which a link's label says a device is wired into the input of what it
reports to, with no network between (a shielded cable to the logger, geophone
cabling, a 4-20 mA loop)."""
_SERIAL = re.compile(r"rs-?485|rs-?232|serial", re.IGNORECASE)
"""Of those, a serial line: a fieldbus protocol on it (Modbus RTU) stays on the wire."""
_ON_SERIAL = re.compile(r"(?:modbus(?:[- ]rtu)?|rs-?485|rs-?232|serial)$", re.IGNORECASE)
"""Protocol names that can run on such a line (not Modbus over TCP, not MQTT)."""


def _reached_models(g: Facts, link: Flow) -> list[str]:
    """The predictive models a device's link feeds within five hops. The receiver must
    pass on what the link brings (a gateway forwarding telemetry, not the command
    acknowledgement it sends back to the command service; a web app taking a water
    logger's readings for the tank records, and sending the counting model only the
    microscope images the capture app uploads); past it, a content flow
    that is not training data counts when it carries on what came in along the walk, or
    data its source makes itself (services turn readings into features); the first
    receiver's flow to a model counts unless all it carries comes in on the receiver's
    other flows (:func:`_makes_some`). A store hands on what was put in it: past one,
    the walk does not go on along a read that carries only what other writes put there
    (the river readings a forecast model reads from the store the gate positions are
    also mirrored into); a read of data no write declares (an observation history) may
    hold anything written there."""
    s = g.system
    first = g.by_id[link.target]
    sent = set(link.data)
    reached: set[str] = set()
    seen = {link.source}
    frontier = [link.target]
    # what the walk put into each store it reached: None when a write declared no data
    kept: dict[str, set[Data] | None] = {}
    if isinstance(first, DataStore):
        kept[first.id] = sent or None
    # the walk's flows into each node: past the first receiver, a hop counts only when
    # it carries on what one of them brought, or what the node makes of it (a scheduler
    # that passes the model the feature store's features, and takes only crew
    # availability from the work system, hands the model none of a crew tablet's notes)
    arrived: dict[str, list[Flow]] = {first.id: [link]}
    for depth in range(5):
        nxt = []
        for node in frontier:
            if node in seen:
                continue
            seen.add(node)
            e = g.by_id[node]
            if isinstance(e, Model):
                if _steered_by_readings(e):
                    reached.add(node)
                continue
            if isinstance(e, Agent):
                if acts_on_readings(g, e):
                    reached.add(node)
                continue
            if not isinstance(e, _LIVE_HOPS) or (
                isinstance(e, Pipeline) and e.stage in TRAINING_STAGES
            ):
                continue
            held = kept.get(node) if isinstance(e, DataStore) else None
            if held is not None:
                # a read of data no write declares may hold what the walk brought
                held = held | {d for f in s._out[node] for d in f.data} - {
                    d for f in s._in[node] for d in f.data
                }
            came = arrived.get(node, ())
            for f in s._out[node]:
                if not (
                    g.content_flow(f)
                    and _LEARNING_KINDS.isdisjoint(g.carried(f).kinds)
                    and (
                        any(carries_on(s, x, f) for x in came)
                        if depth > 0
                        else (
                            (isinstance(g.by_id[f.target], Model) and _makes_some(s, node, link, f))
                            or not sent
                            or not f.data
                            or bool(sent & set(f.data))
                            or not isinstance(first, (Device, Service, Endpoint))
                        )
                    )
                    and (held is None or not f.data or not held.isdisjoint(f.data))
                ):
                    continue
                if isinstance(g.by_id[f.target], DataStore) and f.target not in seen:
                    into = kept.get(f.target, set())
                    kept[f.target] = None if into is None or not f.data else into | set(f.data)
                arrived.setdefault(f.target, []).append(f)
                nxt.append(f.target)
        frontier = nxt
    return sorted(reached)


def _makes_some(s: System, node: str, link: Flow, f: Flow) -> bool:
    """The first receiver of a device's link sends ``f`` to a model with data it makes
    itself (features, a summary), or with data it does not declare: it may be made of
    the readings. When everything ``f`` carries comes in on the receiver's other flows
    (the sensor history it reads back, a weather feed), the link's data is not on it (a
    frost service that sends the model the stored readings and takes wind-machine status
    only for its own records)."""
    if not f.data:
        return True
    other = {d for x in s._in[node] if x.id != link.id for d in x.data}
    return any(d not in other for d in f.data)


def acts_on_readings(g: Facts, agent: Element) -> bool:
    """An agent that changes things through a tool (moves a gate, adjusts a charge): the
    readings it is given steer what it does."""
    return any(
        isinstance(t := g.by_id[f.target], Tool) and t.capabilities & CONSEQUENTIAL
        for f in g.system._out[agent.id]
    )


def _steered_by_readings(m: Model) -> bool:
    """A model that predicts, detects or ranks from what it is fed (not an LLM, an
    embedder, a transcriber, or an identity check, which ai/verification-spoofing
    covers)."""
    return not isinstance(m, LLM) and m.task.predictive and m.task is not Task.VERIFICATION


@rule(
    "ai/forged-device-readings",
    threat="data_source_spoofing",
    title="Forged device readings steer what a model decides",
    stride="ST",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Model, Agent),
    atlas=["AML.T0043.003", "AML.T0041", "AML.T0031"],
    owasp=["ML01:2023"],
    cwe=["CWE-290", "CWE-345", "CWE-306"],
    # an authentication naming a certificate per device counts as mutual authentication;
    # any other (a key, a password) only lowers it: see reduces_only below
    mitigations=[c.MutualAuthentication, c.Authentication],
    supporting=[c.AnomalyDetection, c.InputValidation, c.SchemaEnforcement],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def forged_device_readings(view: ElementView) -> Match | None:
    """Cameras, sensors, meters, vehicle units or controllers feed a model that predicts
    or detects at run time, over links that authenticate no device (MQTT, RTSP, Modbus,
    SNMP, plain HTTP, server-only TLS, or no protocol declared), and nothing declared on
    the device, the link or the receiver gives each device an identity of its own.
    Whoever reaches that network, or a device in the field, can publish readings in a
    device's name or replay old ones: fake positions, a looped camera feed, invented
    counts. Readings kept in a store reach what reads them back, not a model that reads
    other data from the same store; past the first receiver they go on only along hops
    that carry on what came in, or data a node makes of it (a scheduler that hands the
    model the feature store's features, and takes only crew availability from the work
    system a crew tablet writes to, passes on none of the tablet's notes). The first
    receiver passes them on to a model it sends data of its own making, but not one it
    sends only what it takes in elsewhere (a frost service sending the model stored
    readings and a weather feed keeps the wind machines' status to itself, and a robot
    cell's controller reporting its arm's state feeds no vision model that way). The
    model then predicts, detects or optimises on them, and no attack on the model itself
    is needed. One step more likely when a device sits on a partner's network or sends
    into a zone trusted more than its own. Raised once per model, listing the devices;
    models fed by the same devices over the same links are one finding, on a high-stakes
    one first. An agent that changes things through a tool counts too (a flood-gate
    agent reading river gauges through its telemetry tool), for what devices named for
    measuring send as readings, wherever they stand: no evasion finding speaks for an
    agent.

    Devices in an untrusted boundary are left out of models that decide: whoever holds
    them shapes their readings whatever the link (ai/adversarial-evasion). For an
    estimate nothing high stakes hangs on (a demand forecast, an arrival time), and for
    a model on a low-risk system whose job gives nobody a reason to fool it, both of
    which that finding leaves out, they count here. Also left out are devices wired
    straight into the model, or into the plant controller they report to, in its own
    boundary over no declared network protocol (a truck's cameras feeding its on-board
    detector, a still's sensors on 4-20 mA loops into its PLC): forging those readings
    takes the vehicle or the plant itself. So is an uploader on a laptop, a workstation
    or a Windows PC (by its name or description), and a phone, tablet or app a person
    records into: it sends the files its user chose, not what a sensor read. Mutual
    authentication (a certificate per device, declared as mutual authentication or as an
    authentication whose method names per-device certificates) counts on the device, its
    link or the component it sends to. A key or password the devices present only
    reduces it: lifted from one device in the field, it speaks for that device, and
    often for all. Plausibility checks and anomaly detection there reduce it too.
    Readings that reach the model only over plant links whose commands check no sender
    (a PLC's machines reporting status over the PROFINET it drives them with), where the
    plant-command finding is raised unanswered, are that finding's: whoever reaches the
    link commands the equipment directly, a stronger move than steering the model."""
    m = view.element
    g = view.g
    feeds = device_feeds(g).get(m.id)
    if not feeds:
        return None
    # models fed by the same devices over the same links (two detectors on one edge
    # box's cameras) are one finding, on the high-stakes one first, listing the others
    group = _forged_groups(g)[tuple(feeds)]
    if group[0] != m.id:
        return None
    others = list(group[1:])
    s = view.system
    pairs = [(g.by_id[d], s.flow(f)) for d, f in feeds]
    # a device with its own identity is not the gap while another lacks one; when all
    # have it, the finding stays, answered by those controls
    bare = [(d, f) for d, f in pairs if not _device_identity(g, d, f)]
    if bare and _plant_links_open(g, [f for _, f in bare]):
        # every such link is a plant protocol whose commands check no sender: whoever
        # reaches it moves the equipment directly, and the plant-command finding says so
        return None
    listed = bare or pairs
    keyed = [p for p in bare if _device_declares(g, *p, (c.Authentication,))]
    devices = list(dict.fromkeys(d.id for d, _ in listed))
    links = sorted({f.protocol or "no protocol declared" for _, f in listed})
    # on a partner's network, or sending into a zone we trust more than theirs
    exposed = any(
        s.trust_of(d) is Trust.PARTNER or s.trust_of(d) < s.trust_of(f.target) for d, f in listed
    )
    also = f" (and {names(others, s)})" if others else ""
    return Match(
        f"Readings from {names(devices, s)} reach {view.described}{also} at run time over links "
        f"whose protocol authenticates no device ({', '.join(links)})"
        + (
            "; the per-device identity declared on them is what keeps forged ones out"
            if not bare
            else ", and the authentication declared there checks a credential, not an "
            "identity per device: one lifted from a device in the field passes"
            if len(keyed) == len(bare)
            else ", and nothing declared authenticates "
            + ("the devices" if not keyed else "some of them, only a credential the others")
        )
        + "; whoever reaches those links or the devices can forge or replay readings, and "
        f"the {'agent' if isinstance(m, Agent) else 'model'} acts on them.",
        affected=(*devices, *dict.fromkeys(f.id for _, f in listed), *others),
        control_sites=(
            *devices,
            *dict.fromkeys(f.id for _, f in listed),
            *dict.fromkeys(f.target for _, f in listed),
        ),
        likelihood_delta=1 if exposed else 0,
        asks=(c.MutualAuthentication,),
        reduces_only=() if not bare else (c.Authentication,),
    )


def _plant_links_open(g: Facts, links: list[Flow]) -> bool:
    """Every link is one the plant-command finding raises unanswered (commands or
    status replies over a plant protocol that checks no sender)."""
    open_links = open_plant_links(g)
    return all(f.id in open_links for f in links)


@rule(
    "ai/silent-detection-failure",
    threat="classic_dos",
    title="A detector that stops working looks like all clear",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Model),
    atlas=["AML.T0029"],
    cwe=["CWE-693", "CWE-778"],
    # a heartbeat or stale-feed alarm notices the silence; equipment that falls to a
    # safe state when the detector stops answering makes the silence safe, and so does
    # failing closed declared where its verdicts are awaited
    mitigations=[c.AnomalyDetection, c.SafetyLimits, c.FailClosed],
    supporting=[c.IncidentResponse],
    likelihood="possible",
    impact="moderate",
    cia="A",
    placement=("element", "inbound"),
)
def silent_detection_failure(view: ElementView) -> Match | None:
    """A high-stakes model detects or classifies, live, what our own devices capture
    (cameras, sensors, radar, a scale at the chair), and people act on its alerts. It
    speaks only when it finds something, so when the chain stops (a blinded or moved
    camera, a dead sensor, a dropped link, a crashed service, a model that fails to
    load) no alert comes, and silence reads as all clear: the swimmer, the pedestrian
    or the debris goes unseen. Nothing declared notices that readings stopped arriving
    or that the detector stopped answering. Monitoring that does (a heartbeat per
    device, an alarm on a feed gone quiet, a health check on the detector) counts on
    the model, the devices, and the components and links on the way in and out; an
    incident plan lowers it. Live means the readings come through services, endpoints,
    devices and stores, not through a batch job. Devices a person points
    or feeds (a phone that photographs a claim) and devices in an untrusted boundary
    (someone else's) are left out; a camera that films a person (a crane operator's cab
    video, passengers in a tram doorway) watches them, and counts. So is left out a
    model that people's requests reach through a component its alerts do not reach (a
    caller's triage answers): it answers cases, it does not watch. A classifier counts
    when what it sends says it warns (a risk score, flags, an alert): one that grades or
    matches each case for the next step (a log grade, a plate matched to an account) is
    not awaited the way an alarm is. Detectors fed by the same devices are one finding.
    Where the alerts go to plant equipment (a ride's controller that dispatches only on
    the detector's all clear), safety limits declared on the way with a safe state when
    the detector stops answering (a lost heartbeat blocks dispatch) answer it too: the
    silence then stops the machine instead of reading as all clear. Failing closed
    declared on the way (no verdict in time rejects the item, or raises an alert)
    answers it too. Safety limits on the way in (a SCADA server's own overfill trips)
    hold that equipment, not the detector's silence, and do not count. A store of ours
    the readings pass through on the way (a historian replicated to the analytics
    server) keeps the feed live; a batch job does not. A high-stakes forecast counts too
    when it, or the service it answers, sends people a warning or an advisory to stop or
    hold (a gust model behind a cable car's stop advisory, a slipway level model behind
    a ferry's running advice): when it goes quiet, so does the warning."""
    m = view.element
    g = view.g
    s = view.system
    watch = live_watch(g, m)
    if watch is None:
        return None
    (devices, feed_flows, feed_nodes), way = watch
    group = _silent_groups(g)[devices]
    if group[0] != m.id:
        return None
    others = list(group[1:])
    people = [x for x in way[0] if isinstance(g.by_id[x], Actor)]
    also = f" (and {names(others, s)})" if others else ""
    return Match(
        f"{view.described}{also} raises alerts, live, from what {names(devices, s)} capture, "
        f"for {names(people, s)}; nothing declared notices when readings stop arriving or "
        "the model stops answering, so a blinded or dead device, a dropped link or a crashed "
        "service sends no alert, and silence reads as all clear.",
        affected=(*devices, *feed_flows, *others),
        # safety limits fit only where the alerts drive equipment that can fall safe
        asks=None if any(moves_plant(g, g.by_id[x]) for x in way[0]) else (c.AnomalyDetection,),
        control_sites=(
            m.id,
            *others,
            *(x for x in (*devices, *feed_nodes, *feed_flows) if not _limits_only(g, x)),
            *(x for x in way[0] if not isinstance(g.by_id[x], Actor)),
            *way[1],
        ),
    )


def _limits_only(g: Facts, place: str) -> bool:
    """A place on the way in whose only answer here would be safety limits (a SCADA
    server's own overfill trips): limits upstream of the detector hold that equipment,
    they do not make the detector's silence safe."""
    e = g.by_id[place] if place in g.by_id else g.system.flow(place)
    kinds = {type(x) for x in e.controls}
    return c.SafetyLimits in kinds and not kinds & {c.AnomalyDetection, c.FailClosed}


def live_watch(
    g: Facts, m: Element
) -> (
    tuple[
        tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
        tuple[tuple[str, ...], tuple[str, ...]],
    ]
    | None
):
    """Where ``m`` is a high-stakes detector, or a classifier whose output warns, that
    raises alerts for people, live, from what our own devices capture: (its feed, as
    :func:`_live_feed` gives it, and its alerts' way, as :func:`_alert_way` gives it);
    None otherwise. ai/silent-detection-failure is raised on these; ai/fail-open-check
    leaves them to it."""
    if not isinstance(m, Model) or isinstance(m, LLM) or not m.high_stakes:
        return None
    if m.task not in _ALERTERS and m.task is not Task.REGRESSOR:
        return None
    elif m.task is Task.CLASSIFIER and not any(
        _WARNS.search(d.name) for f in g.system._out[m.id] for d in f.data
    ):
        return None  # it sorts cases (a grade, a match): no alert is awaited from it
    # both rules that ask walk the same ways: once per model
    return g.memo("models.live-watch", m, lambda: _live_watch_now(g, m))


_ADVICE = re.compile(
    r"\b(?:alerts?|alarms?|warnings?|advice|advisor(?:y|ies)|stop|hold|shut ?downs?|evacuat\w*)\b",
    re.IGNORECASE,
)
"""Names of what a forecast is turned into for people: a warning, a stop or hold advisory."""


def _advises(g: Facts, m: Element, way: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """What the model, or the component it answers, sends on its live way to people
    (``way``, as :func:`_alert_way` gives it) is named as a warning or an advisory to
    stop or hold."""
    s = g.system
    # sent by the model or the component it answers (an advisory service), not by a
    # controller further on whose own status and alarms the forecast did not become
    near = {m.id, *(f.target for f in s._out[m.id])}
    return any(
        _ADVICE.search(d.name)
        for fid in way[1]
        if (f := s.flow(fid)).source in near
        for d in f.data
    )


def _live_watch_now(
    g: Facts, m: Element
) -> (
    tuple[
        tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
        tuple[tuple[str, ...], tuple[str, ...]],
    ]
    | None
):
    feed = _live_feed(g, m)
    way = _alert_way(g, m) if feed else None
    if feed is None or way is None:
        return None
    if isinstance(m, Model) and m.task is Task.REGRESSOR and not _advises(g, m, way):
        # a forecast counts when it, or the service it answers, warns people (a gust
        # model behind a lift's stop advisory): when it goes quiet, no warning comes
        return None
    return feed, way


_ALERTERS = (Task.DETECTOR, Task.CLASSIFIER)
"""Tasks whose output is a finding about what was captured: an alert when there is one."""
_WARNS = re.compile(
    r"\b(?:alerts?|alarms?|flags?|flagged|risks?|warnings?|hazards?|detections?|"
    r"distress|danger|critical)\b",
    re.IGNORECASE,
)
"""Words by which what a classifier sends says it warns (a risk score, flags, an alert),
rather than sorting each case (a grade, a match) for the next step."""
_LIVE_RELAYS = (Service, Endpoint, Device)
"""What live readings and alerts pass through: no store a batch job reads later."""


def _live_feed(
    g: Facts, m: Element
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The devices of ours that capture on their own (no person sends them anything
    but footage of being in view) whose readings reach the model live, through
    services, endpoints and devices (four flows at most, no model-file or training
    flow): (devices, the flows on the way, the
    components on the way); None when there are none, or when people's requests reach
    the model on that way through a component its alerts do not reach (a caller's
    triage answers, a driver's contest: it answers cases, it does not watch)."""
    way = _alert_way(g, m)
    alerted = set(way[0]) if way is not None else set()
    s = g.system

    def take(src: Element) -> bool | None:
        if isinstance(src, Actor) and src.human:
            return False  # looked at below: who asks the model
        # services, endpoints and stores we run (a historian the readings are replicated
        # from), devices not in an untrusted boundary; not a pipeline (a batch job)
        ours = g.operated(src) or (isinstance(src, Device) and not g.untrusted(src))
        if not isinstance(src, (*_LIVE_RELAYS, DataStore)) or not ours:
            return None
        # a device no person sends anything to, but the footage of being filmed (an
        # operator in a crane cab, passengers in a doorway), captures on its own: the walk
        # ends there
        return not (
            isinstance(src, Device)
            and not any(
                isinstance(g.by_id[x.source], Actor) and not _filmed(x) for x in s._in[src.id]
            )
        )

    devices: list[str] = []
    flows: list[str] = []
    nodes: list[str] = []
    for f, src, node in _live_walk(g, m, take, back=True):
        if isinstance(src, Actor):
            if (
                node != m.id
                and node not in alerted
                and src.id not in alerted
                and not isinstance(g.by_id[node], DataStore)
            ):
                return None  # people ask it through here: it answers cases
            # one who writes into a store on the way (a menu) asks it nothing, nor does
            # one its alerts reach who commands the plant it watches
            continue
        flows.append(f.id)
        (nodes if take(src) else devices).append(src.id)
    if not devices:
        return None
    return tuple(sorted(devices)), tuple(flows), tuple(nodes)


def _filmed(f: Flow) -> bool:
    """All ``f`` brings is footage of the person in view (cab video, a doorway's camera
    video): they are watched, they do not work the device (a tablet they photograph a
    car with, a fundus camera a patient is photographed at, still images per case)."""
    return bool(f.data) and all(
        d.kind is DataKind.MEDIA and _FOOTAGE.search(d.name) for d in f.data
    )


_FOOTAGE = re.compile(r"\b(?:video|frames?|footage|streams?|feeds?|live)\b", re.IGNORECASE)
"""Names of media a camera takes continuously, not a photograph taken per case."""


def _alert_way(g: Facts, m: Element) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The components, devices and people the model's output reaches live (four flows at
    most, through services, endpoints and devices), and the flows on the way; None when
    it reaches no person."""

    def take(t: Element) -> bool | None:
        if isinstance(t, Actor):
            return False if t.human else None
        return True if isinstance(t, _LIVE_RELAYS) else None

    reached = list(_live_walk(g, m, take, back=False))
    if not any(isinstance(t, Actor) for _, t, _ in reached):
        return None
    return tuple(t.id for _, t, _ in reached), tuple(f.id for f, _, _ in reached)


def _live_walk(
    g: Facts, start: Element, take: Callable[[Element], bool | None], *, back: bool
) -> Iterator[tuple[Flow, Element, str]]:
    """A breadth-first walk of four flows at most from ``start``, into it (``back``) or
    out of it, along flows that are not a model file or training data: for each element
    ``take`` keeps (``False``: reached, ``True``: reached and walked on from), the flow,
    the element, and the element it was reached from, each element once."""
    s = g.system
    seen = {start.id}
    frontier = [start.id]
    for _ in range(4):
        nxt = []
        for node in frontier:
            for f in s._in[node] if back else s._out[node]:
                end = f.source if back else f.target
                if end in seen or g.carried(f).lifecycle_only:
                    continue
                e = g.by_id[end]
                kept = take(e)
                if kept is None:
                    continue
                if not (back and isinstance(e, Actor)):
                    seen.add(end)
                if kept:
                    nxt.append(end)
                yield f, e, node
        frontier = nxt


def _silent_groups(g: Facts) -> Grouped:
    """High-stakes detectors fed live by the same devices, in id order."""
    return grouped(
        g,
        "models.silent-groups",
        lambda: (
            (watch[0][0], e.id, e.id)
            for e in g.system.all_elements
            if isinstance(e, Model) and (watch := live_watch(g, e)) is not None
        ),
    )


@rule(
    "ai/model-extraction",
    threat="model_extraction",
    title="Queries copy the model",
    stride="I",
    applies_to=on_element(Model),
    atlas=["AML.T0024.002", "AML.T0048.004", "AML.T0012"],
    owasp=["ML05:2023", "LLM10:2025"],
    cwe=["CWE-200"],
    mitigations=[c.RateLimiting, c.OutputObfuscation],
    supporting=[c.AnomalyDetection, c.ModelWatermarking, c.Authentication],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "inbound"),
)
def model_extraction(view: ElementView) -> Match | None:
    """Outsiders query a model whose weights are ours (trained in house, or open weights
    we fine-tuned: published weights no job of ours trains further are not ours to
    lose). Enough queries, or distillation from its answers, give them a copy:
    the investment is stolen and they get a stand-in for crafting attacks offline.
    Returned scores make it cheaper. Raised once per model; rate limits, coarse outputs
    and watermarking count on the model and the flows into it. Only parties shown what
    the model said count: one that gets a prompt, a status or a notice made from it (a
    crash detector's wellbeing check, a refund released weeks later) copies nothing.
    A scoring model also needs a caller that could send queries in bulk: one that needs
    no sign-in, or another party's program calling it as an API."""
    m = view.element
    assert isinstance(m, Model)
    if not own_weights(m):
        return None
    g = view.g
    if g.on_user_device(m):
        return None  # the weights themselves are shipped: ai/model-on-user-device
    if m.origin is ModelOrigin.OPEN_WEIGHTS and not _trained_here(g, m):
        return None  # published weights nobody here trains further: nothing to copy
    srcs = _query_sources(g, m)
    if not srcs or not _outputs_reach(g, m, srcs):
        return None
    # those its answers come back to: a data feed whose records it scores copies nothing;
    # and those shown what the model said, not only what was done about it (a crash
    # detector's wellbeing prompt, a refund held weeks later): that copies nothing either
    answered = _answers_reach(g, m)
    srcs = [x for x in srcs if x.element.id in answered]
    shown = [x for x in srcs if _shown_output(g, m, x)]
    if not shown:
        return None
    if isinstance(m, LLM) and not _served_as_api(g, m):
        return None  # an assistant inside a product: its answers are not the model
    writes = isinstance(m, LLM) or m.task is Task.GENERATIVE
    scores = _returns_scores(g, m) and not all(_scores_stripped(g, x) for x in srcs)
    if not scores and not writes:
        return None  # bare decisions leak too little to copy a model worth the effort
    if not writes and not any(_open_caller(g, x) for x in shown):
        return None  # signed-in people and our own apps, each asking about its own cases
    atlas = ["AML.T0024.002", "AML.T0048.004"]
    if _authenticated(g, srcs):
        atlas.append("AML.T0012")
    owasp = ("ML05:2023", "LLM10:2025") if isinstance(m, LLM) else ("ML05:2023",)
    extra = "; the scores it returns make that cheaper" if scores else ""
    return Match(
        f"{sources_subject(g, srcs, 'queries', 'query')} {view.described}; enough queries or distillation "
        f"from its answers give them a copy{extra}.",
        affected=path_targets(g, srcs),
        atlas=tuple(atlas),
        owasp=owasp,
        control_sites=route_sites(g, m, srcs),
        likelihood_delta=1 if scores else 0,
    )


def _open_caller(g: Facts, src: Source) -> bool:
    """A caller that could copy a scoring model: one that reaches it without signing in,
    or another party's program calling it as a product API. Signed-in people and the
    apps and devices we give them (a vet, a patient's app, a pilot's tablet) each send
    their own cases, one at a time, under a known account: too few chosen queries to
    copy a classifier, and each one traced."""
    e = src.element
    return not _authenticated(g, [src]) or (isinstance(e, Actor) and not e.human)


def _shown_output(g: Facts, m: Element, src: Source) -> bool:
    """What reaches the querying party carries the model's output: a datum the model
    sends, model output of another name, data of no declared kind, or a flow that
    declares no data. A notice, a status or a prompt made from it (a wellbeing check, a
    refund released later) is what was done about the answer, not the answer."""
    s = g.system
    own = {d.id for f in s._out[m.id] for d in f.data}
    return any(
        not f.data
        or any(d.id in own or d.kind is None or d.kind is DataKind.MODEL_OUTPUT for d in f.data)
        for f in s._in[src.element.id]
    )


def _feeds_a_reader(g: Facts, m: Element) -> bool:
    """The model's output goes to an LLM or agent, directly or through one request
    relay (a service that builds the prompt); or what it writes travels on, as the same
    declared data, to one within four flows (a transcript a kiosk app sends through its
    gateway to the assistant, or that a bot files in a store an agent reads)."""
    return any(_reads_for_llm(g, x) for x in g.system.successors(m)) or _output_read_by_llm(g, m)


def _feeds_a_decider(g: Facts, m: Element) -> bool:
    """The model's output goes to another model that judges it (a classifier, detector,
    ranker or scorer; not a generator, an embedder or an LLM), directly or through one
    request relay (a service that passes a transcript on to a classifier)."""
    s = g.system
    return any(_at_or_behind_relay(s, x, _judges) for x in s.successors(m))


def _judges(x: Element) -> bool:
    return isinstance(x, Model) and not isinstance(x, LLM) and x.task.predictive


def _reads_for_llm(g: Facts, x: Element) -> bool:
    """``x`` is an LLM or agent, or a service or endpoint that sends one what it builds."""
    return _at_or_behind_relay(g.system, x, lambda y: isinstance(y, (LLM, Agent)))


def _at_or_behind_relay(s: System, x: Element, wanted: Callable[[Element], bool]) -> bool:
    """``x`` is what is wanted, or a service or endpoint that sends to it."""
    return wanted(x) or (
        isinstance(x, (Service, Endpoint)) and any(wanted(y) for y in s.successors(x))
    )


def _output_read_by_llm(g: Facts, m: Element) -> bool:
    """The data the model writes (declared on its outflows, not its weights) reach an
    LLM or agent unchanged, or a service that builds one's prompt, followed flow by flow
    through the same data items."""
    s = g.system
    written = {d for f in s._out[m.id] if not g.carried(f).lifecycle_only for d in f.data if d.kind}
    if not written:
        return False
    seen = {m.id}
    frontier = [m.id]
    for _ in range(4):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if f.target in seen or written.isdisjoint(f.data):
                    continue
                if _reads_for_llm(g, g.by_id[f.target]):
                    return True  # read there, or by the one whose prompt it builds
                seen.add(f.target)
                nxt.append(f.target)
        frontier = nxt
    return False


def _trained_here(g: Facts, m: Element) -> bool:
    """A training or fine-tuning job of ours produces the model's weights: followed back
    along model artifacts (through registries and stores, four flows at most)."""
    s = g.system
    seen = {m.id}
    frontier = [m.id]
    for _ in range(4):
        nxt = []
        for node in frontier:
            for f in s._in[node]:
                if f.source in seen or DataKind.MODEL_ARTIFACT not in g.carried(f).kinds:
                    continue
                seen.add(f.source)
                src = g.by_id[f.source]
                if isinstance(src, Pipeline) and src.stage in TRAINING_STAGES:
                    return True
                nxt.append(f.source)
        frontier = nxt
    return False


def _served_as_api(g: Facts, m: Element) -> bool:
    """An LLM offered as a model API: an inference endpoint passes callers' prompts to it."""
    from threatgraph.vocab import EndpointPurpose

    return any(
        isinstance(x, Endpoint) and x.purpose is EndpointPurpose.INFERENCE
        for x in g.system.predecessors(m)
    )


def _lineage_sites(g: Facts, model: Element) -> tuple[str, ...]:
    """The training jobs, datasets and artifact flows upstream of a model: where
    differential privacy and minimisation count."""
    s = g.system
    out: list[str] = []
    seen = {model.id}
    queue = [model.id]
    while queue:
        node = queue.pop()
        for f in s._in[node]:
            src = g.by_id[f.source]
            if f.source in seen or (
                not isinstance(src, (Pipeline, Dataset, DataStore))
                and not (isinstance(src, Device) and src.trains_locally)
            ):
                continue
            seen.add(f.source)
            out += [f.source, f.id]
            queue.append(f.source)
    return tuple(out)


def training_level(g: Facts, model: Element) -> Sensitivity | None:
    """The most sensitive data in a model's training lineage: what datasets, training
    pipelines and the artifact flows into the model carry (searched back along model
    artifacts and training data only). A store that is no dataset contributes what its
    flow declares, and the search stops there: aggregate stats out of a warehouse of
    personal clicks are the stats."""
    s = g.system
    best: Sensitivity | None = None
    seen = {model.id}
    queue = [model.id]
    training = {
        DataKind.MODEL_ARTIFACT,
        DataKind.TRAINING_DATA,
        DataKind.LABELS,
        DataKind.FEATURES,
        DataKind.FEEDBACK,
    }
    while queue:
        node = queue.pop()
        for f in s._in[node]:
            kinds = g.carried(f).kinds
            if not kinds & training and not isinstance(g.by_id[node], (Pipeline, Dataset)):
                continue
            for d in f.data:
                if best is None or d.sensitivity > best:
                    best = d.sensitivity
            src = g.by_id[f.source]
            # what a store or source holds counts when the flow does not say what it
            # carries (a dataset counts whole: what it holds is what it trains on)
            if isinstance(src, DataStore) and (isinstance(src, Dataset) or not f.data):
                for d in src.stores:
                    if best is None or d.sensitivity > best:
                        best = d.sensitivity
            if isinstance(src, DataSource) and not f.data:
                for d in src.provides:
                    if best is None or d.sensitivity > best:
                        best = d.sensitivity
            # a store that is no dataset hands on what its flow declares (aggregate
            # counts out of a warehouse of clicks): what reached the store is not
            # searched when the flow says what it carries
            summarised = isinstance(src, DataStore) and not isinstance(src, Dataset) and f.data
            if (
                f.source not in seen and not isinstance(src, (Actor, Device)) and not summarised
            ) or (isinstance(src, Device) and src.trains_locally and f.source not in seen):
                seen.add(f.source)
                queue.append(f.source)
    return best


@rule(
    "ai/training-data-inference",
    threat="membership_inference",
    title="Queries reveal the sensitive data the model was trained on",
    stride="I",
    applies_to=on_element(Model),
    atlas=["AML.T0024.000", "AML.T0024.001", "AML.T0057"],
    owasp=["ML03:2023", "ML04:2023", "LLM02:2025"],
    cwe=["CWE-200", "CWE-359"],
    mitigations=[c.DifferentialPrivacy, c.OutputObfuscation],
    supporting=[c.DataMinimization, c.OutputFiltering, c.RateLimiting],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element",),
)
def training_data_inference(view: ElementView) -> Match | None:
    """A model we trained on personal or regulated data answers outsiders. A generative
    model memorises, and the right prompts make it repeat training records; a predictive
    model that returns confidence scores tells a careful questioner whether a person was
    in its training set, or what their sensitive attributes were; not when a relay on
    the way back answers with something else made from them (a decision, a label), so
    the scores never reach the people who query. Differential privacy where it is
    trained, and coarse or filtered outputs where it answers, count."""
    m = view.element
    assert isinstance(m, Model)
    if not own_weights(m):
        return None
    g = view.g
    srcs = _query_sources(g, m)
    if not srcs or not _outputs_reach(g, m, srcs):
        return None
    sens = training_level(g, m)
    if sens is None or sens < Sensitivity.PII or sens is Sensitivity.SECRET:
        return None
    generative = isinstance(m, LLM) or m.task is Task.GENERATIVE
    if not generative and not (
        _returns_scores(g, m)
        and sens is Sensitivity.REGULATED
        and any(
            isinstance(x.element, Actor) and x.element.human and not _scores_stripped(g, x)
            for x in srcs
        )
    ):
        return None  # membership inference needs people probing a model that leaks scores
    if generative:
        atlas: tuple[str, ...] = ("AML.T0057",)
        owasp: tuple[str, ...] = ("LLM02:2025",) if isinstance(m, LLM) else ("ML03:2023",)
        how = "the right prompts can make it repeat training records"
    else:
        atlas = ("AML.T0024.000", "AML.T0024.001")
        owasp = ("ML04:2023", "ML03:2023")
        how = (
            "its scores tell a careful questioner who was in the training set, and what about them"
        )
    return Match(
        f"{view.described} was trained on {level(sens)} data and answers "
        f"{source_names(g, srcs)}; {how}.",
        affected=path_targets(g, srcs),
        atlas=atlas,
        owasp=owasp,
        control_sites=(*route_sites(g, m, srcs), *_lineage_sites(g, m)),
    )


def _shipped_deciders(view: ElementView, here: Boundary | None) -> tuple[Element, ...]:
    """The models of ours that decide something and ship to user devices in boundary
    ``here``, by id: one finding covers them. Gathered once per boundary (a scan of the
    model per such model was quadratic)."""
    s = view.system
    g = view.g
    return tuple(
        sorted(
            (
                x
                for x in s.all_elements
                if isinstance(x, Model)
                and s.boundary_of(x) == here
                and g.on_user_device(x)
                and own_weights(x)
                and (x.task in _DECIDERS or x.high_stakes)
            ),
            key=lambda x: x.id,
        )
    )


@rule(
    "ai/model-on-user-device",
    threat="model_theft_at_rest",
    title="Model shipped to devices its users control",
    family="ai/adversarial-evasion",
    specificity=2,
    stride="IT",
    applies_to=on_element(Model, Device),
    atlas=["AML.T0048.004", "AML.T0035", "AML.T0043.000", "AML.T0018", "AML.T0015", "AML.T0043"],
    owasp=["ML05:2023", "ML10:2023"],
    cwe=["CWE-693", "CWE-200"],
    mitigations=[c.LimitRelease],
    supporting=[c.ModelWatermarking, c.SignedModels, c.AdversarialTraining],
    likelihood="possible",
    impact="minor",
    cia="CI",
    placement=("element",),
)
def model_on_user_device(view: ElementView) -> Match | None:
    """A model we built runs on phones, laptops or appliances that their owners control.
    Its weights can be copied, read white-box to craft inputs that evade it, and patched
    so that its on-device checks say what the owner wants. Assume the weights are
    public and keep decisions that matter on the server; limiting what ships
    (LimitRelease) and signing count on the model."""
    e = view.element
    g = view.g
    s = view.system
    models: list[Element]
    if isinstance(e, Model):
        if not (g.on_user_device(e) and own_weights(e)):
            return None
        if not (e.task in _DECIDERS or e.high_stakes):
            return None  # weights that ship to every device are public anyway
        # models shipped together (same boundary) are one finding, on the first
        here = s.boundary_of(e)
        models = list(
            g.memo(
                "models.shipped-deciders",
                here.id if here is not None else "",
                lambda: _shipped_deciders(view, here),
            )
        )
        if models[0] is not e:
            return None
    else:
        assert isinstance(e, Device)
        if g.on_user_device(e) is False and s.trust_of(e).value != "untrusted":
            return None
        shipped = [f for f in s._in[e.id] if g.carried(f).declared(DataKind.MODEL_ARTIFACT)]
        if not shipped or any(
            isinstance(x, Model) and g.on_user_device(x) for x in s.successors(e)
        ):
            return None
        models = [e]
    checks = isinstance(e, Model) and (e.task in _DECIDERS or e.high_stakes)
    who = f"{names([m.id for m in models], s)} run" if len(models) > 1 else f"{view.described} runs"
    return Match(
        f"{who} on devices their users control; the weights can be copied, read "
        "white-box to craft evasions, and patched"
        + (" so that the checks pass whatever they are shown" if checks else "")
        + ".",
        # serious, not critical: the owner of one device defeats the check on it
        impact_delta=1 if checks else 0,
        affected=tuple(m.id for m in models if m is not e),
    )


# A person who sees only what the model raises: flags, mismatches, non-matches, alerts.
_FLAGS_ONLY = re.compile(
    r"\b(flag(ged|s)?|mismatch(es)?|non-?match(es)?|alerts?|exceptions?|low scores?)\b",
    re.IGNORECASE,
)


def _flag_reviews(g: Facts, m: Model) -> list[tuple[Element | Flow, c.HumanInTheLoop]]:
    """Where a person reviews only what ``m`` raises: an approval (on a component its
    output reaches within three hops, or on a flow on the way) whose approver or note
    says it covers flags, mismatches, non-matches or alerts. None when another
    approval on the way covers everything (no threshold, no such words)."""
    s = g.system
    found: list[tuple[Element | Flow, c.HumanInTheLoop]] = []
    everything = False
    seen = {m.id}
    frontier = [m.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                t = g.by_id[f.target]
                if f.target in seen or isinstance(t, (Actor, Model, Dataset)):
                    continue
                if g.carried(f).lifecycle_only:
                    continue
                seen.add(f.target)
                nxt.append(f.target)
                for holder in (f, t):
                    for k in approvals(holder):
                        said = " ".join(x for x in (k.approver, k.note) if x)
                        if _FLAGS_ONLY.search(said):
                            found.append((holder, k))
                        elif c.approves_every_step(k):
                            everything = True
        frontier = nxt
    return [] if everything else found


@rule(
    "ai/unreviewed-passes",
    threat="hallucination_misinformation",
    title="What the model passes, no person checks",
    stride="T",
    applies_to=on_element(Model),
    atlas=["AML.T0048"],
    mitigations=[c.AnomalyDetection],
    supporting=[c.ModelValidation, c.ExplainabilityLogging],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "outbound"),
)
def unreviewed_passes(view: ElementView) -> Match | None:
    """A model that classifies, detects or verifies sends its results on to a person
    who reviews only what it raises: the approval declared on the way covers flags,
    mismatches, non-matches or alerts. What the model passes (a tray it calls correct,
    a face it matches, a call it finds compliant) goes on with nobody looking, so its
    misses, from drift, a bad retraining or crafted input, surface only as harm. Raised
    on the model. Monitoring its performance in production (sampling what it passes,
    tracking misses) mitigates it; validation before release and logged explanations
    lower it. Not raised when another approval on the way covers every result, nor
    for thresholds declared as ``above`` (the uncapped-steps finding says what goes
    ahead below them), nor for generative models (the hallucination finding)."""
    m = view.element
    assert isinstance(m, Model)
    if m.task not in (Task.CLASSIFIER, Task.DETECTOR, Task.VERIFICATION):
        return None
    g = view.g
    if not g.operated(m):
        return None
    reviews = _flag_reviews(g, m)
    if not reviews:
        return None
    said = sorted({", ".join(x for x in (k.approver, k.note) if x) for _, k in reviews} - {""})
    where = [h for h, _ in reviews]
    return Match(
        f"{view.described} sends its results on to a review that covers only what it "
        f"raises ({'; '.join(said)}); what it passes goes on unchecked, so its misses "
        "surface only as harm.",
        affected=tuple(dict.fromkeys(h.id for h in where)),
        control_sites=(m.id,),
    )


_ = (Agent, Origin)
