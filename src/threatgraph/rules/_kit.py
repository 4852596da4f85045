"""Small helpers the built-in rules share: wording, sensitivity, and who reaches what.

Graph questions live in :mod:`threatgraph.graph`; this module only turns their answers
into what a rule needs (a sentence, a list of places, a level of sensitivity).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

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
)
from threatgraph.findings import Target
from threatgraph.graph import Facts, Source, is_credential
from threatgraph.system import System
from threatgraph.vocab import Capability, DataKind, ExternalCategory, Sensitivity, Stage, Task

C = TypeVar("C", bound=c.Control)

__all__ = [
    "APPROVED_STEPS",
    "CONSEQUENTIAL",
    "REFERENCE_DATA",
    "RELAYS",
    "VOICE_NETWORKS",
    "acts_through_others",
    "data_level",
    "direct_sources",
    "indirect_sources",
    "level",
    "names",
    "path_targets",
    "reasoner_of",
    "relays_readings",
    "route_sites",
    "sends_readings",
    "sensitive_level",
    "source_names",
    "sources_subject",
    "subject",
    "voice_call",
]

RELAYS = (Service, Endpoint, Device)
"""Components that pass requests on: a request path runs through them."""

CONSEQUENTIAL = frozenset(c for c in Capability if c is not Capability.READ)
"""Tool capabilities with effects outside the agent."""

APPROVED_STEPS = frozenset(
    {
        Capability.WRITE,
        Capability.DELETE,
        Capability.EXECUTE_CODE,
        Capability.MONEY_MOVEMENT,
        Capability.SEND_MESSAGES,
    }
)
"""What a person approves an agent's step for (fetching and reading are not)."""

_CONTENT_HOLDERS = (DataStore, Tool, Pipeline, ExternalService, DataSource, ModelRegistry)


def names(
    items: Iterable[Element | Data | str], system: System | None = None, *, limit: int = 3
) -> str:
    """``A, B and C`` (``A, B, C and 2 more`` past ``limit``), of elements, data or ids. A
    set is listed in sorted order (its own order changes with the hash seed, and outputs
    must not)."""
    if isinstance(items, (set, frozenset)):
        items = sorted(items, key=lambda x: x if isinstance(x, str) else x.id)
    out: list[str] = []
    for x in items:
        if isinstance(x, str):
            out.append(system.element(x).name if system is not None else x)
        else:
            out.append(x.name)
    out = list(dict.fromkeys(out))
    if not out:
        return "nothing"
    if len(out) > limit:
        return f"{', '.join(out[:limit])} and {len(out) - limit} more"
    if len(out) == 1:
        return out[0]
    return f"{', '.join(out[:-1])} and {out[-1]}"


def subject(
    items: Iterable[Element | str], verb: str, plural: str, system: System | None = None
) -> str:
    """``A sends`` or ``A and B send``: a list of names with its verb in agreement (a set
    listed in sorted order, as :func:`names` does)."""
    if isinstance(items, (set, frozenset)):
        items = sorted(items, key=lambda x: x if isinstance(x, str) else x.id)
    listed = list(items)
    count = len({x if isinstance(x, str) else x.id for x in listed})
    return f"{names(listed, system)} {verb if count == 1 else plural}"


def sources_subject(g: Facts, sources: Sequence[Source], verb: str, plural: str) -> str:
    """``Customer (Internet, untrusted) sends``: source names with the verb in agreement."""
    return f"{source_names(g, sources)} {verb if len(sources) == 1 else plural}"


def level(sensitivity: Sensitivity) -> str:
    """``PII`` or ``confidential``: how a sensitivity reads in a sentence."""
    if sensitivity in (Sensitivity.PII,):
        return "personal"
    if sensitivity is Sensitivity.REGULATED:
        return "regulated"
    return str(sensitivity.value)


def data_level(system: System, element: Element) -> Sensitivity | None:
    """The most sensitive data an element stores, provides, receives or sends."""
    return max((d.sensitivity for d in system.data_of(element)), default=None)


def sensitive_level(system: System, element: Element) -> Sensitivity | None:
    """What an element holds at rest (stores/provides) or, for processes, handles."""
    if isinstance(element, (DataStore, ModelRegistry)):
        held = element.stores
        if held:
            return max(d.sensitivity for d in held)
    if isinstance(element, DataSource) and element.provides:
        return max(d.sensitivity for d in element.provides)
    return data_level(system, element)


def source_names(g: Facts, sources: Sequence[Source]) -> str:
    """``Customer (Internet, untrusted)`` style list of sources."""
    s = g.system
    parts = []
    for src in sources[:3]:
        b = s.boundary_of(src.element)
        where = f"{b.name}, {b.trust.value}" if b else "no boundary"
        parts.append(f"{src.element.name} ({where})")
    extra = len(sources) - 3
    text = ", ".join(parts)
    return text + (f" and {extra} more" if extra > 0 else "")


VOICE_NETWORKS = frozenset({"pstn", "phone", "telephone", "phone call", "gsm voice"})
"""Names writers give a phone call's network (the carriers run it)."""

_RADIO_VOICE = frozenset({"vhf", "uhf", "radio", "vhf radio", "marine vhf", "tetra", "dmr"})
"""Names writers give a voice radio link (a mariner's VHF distress call)."""


def voice_call(f: Flow) -> bool:
    """The flow is a call over the telephone or a voice radio network: a signal the
    carrier or our gateway turns into audio as it comes, not a file the caller made."""
    name = (f.protocol or "").strip().lower()
    return name in VOICE_NETWORKS or name in _RADIO_VOICE


_NOT_ASKING = frozenset({DataKind.CREDENTIALS, DataKind.FEEDBACK, DataKind.LABELS})
"""What people send that asks a model nothing: sign-ins, feedback and decisions, labels."""


def is_prompting(g: Facts, src: Source) -> bool:
    """A source that prompts: a person, a device or a client app whose requests reach the
    reader through request handlers only, carrying prompts (declared or inferred, but
    not when all they send is sign-ins, feedback or labels: an editor's decisions on
    flagged claims ask the model nothing); a caller whose speech a voice gateway hands on
    as prompts; a messaging platform that passes people's prompts on as they came."""
    e = src.element
    if isinstance(e, ExternalService) and _relays_messages(g, e, src.path):
        pass  # a messaging platform in an outsiders' zone passing people's prompts on
    elif not isinstance(e, (Actor, *RELAYS)):
        return False
    path = src.path
    for i in range(1, len(path) - 1):
        x = g.by_id[path[i]]
        if isinstance(x, RELAYS):
            continue
        # a messaging platform that passes the person's prompt on as it is (WhatsApp,
        # a chat service): prompts in, prompts out
        if not (
            isinstance(x, ExternalService)
            and _prompts_only(g, path[i - 1], path[i])
            and _prompts_only(g, path[i], path[i + 1])
        ):
            return False
    first = g.flows_between(src.path[:2])
    if not first:
        return False
    if _speaks(g, src):
        return True  # a caller speaking to a gateway that hands on their words as a prompt
    kinds = frozenset().union(
        *(g.carried(f.id).kinds for f in g.system._out[src.path[0]] if f.target == src.path[1])
    )
    if kinds and kinds <= _NOT_ASKING:
        # a sign-in or a pairing code says who they are; a rating, a decision on a flag or
        # a label says what they judged: none of it asks the model anything (what they
        # write can still reach it as content, the indirect finding's part)
        return False
    return DataKind.PROMPT in kinds or not (
        kinds & {DataKind.DOCUMENTS, DataKind.RECORDS, DataKind.MEDIA, DataKind.INSTRUCTIONS}
    )


def _speaks(g: Facts, src: Source) -> bool:
    """The person calls: every flow of the route's first step is a voice call carrying
    only speech, and the component it reaches passes it on as prompts (a contact
    centre's voice gateway transcribing the caller for the agent)."""
    path = src.path
    if len(path) < 3 or not isinstance(src.element, Actor):
        return False
    calls = [f for f in g.system._out[path[0]] if f.target == path[1]]
    return (
        bool(calls)
        and all(
            voice_call(f) and f.data and all(d.kind is DataKind.MEDIA for d in f.data)
            for f in calls
        )
        and _prompts_only(g, path[1], path[2])
    )


def _relays_messages(g: Facts, e: Element, path: tuple[str, ...]) -> bool:
    """``e`` takes only people's prompts and passes prompts on along ``path`` (a social
    media platform relaying residents' direct messages by webhook): what it sends is
    their prompting, not content of its own."""
    people = [f.source for f in g.system._in[e.id] if isinstance(g.by_id[f.source], Actor)]
    return (
        len(path) > 1
        and bool(people)
        and all(_prompts_only(g, a, e.id) for a in people)
        # what else reaches it is our own components' replies going back to the people
        and all(f.source in people or g.operated(f.source) for f in g.system._in[e.id])
        and _prompts_only(g, path[0], path[1])
    )


def _prompts_only(g: Facts, a: str, b: str) -> bool:
    """Every flow from ``a`` to ``b`` declares its data, and all of it is prompts."""
    flows = [g.system.flow(f) for f in g.flows_between((a, b))]
    return bool(flows) and all(
        f.data and all(d.kind is DataKind.PROMPT for d in f.data) for f in flows
    )


def direct_sources(g: Facts, element: Element) -> list[Source]:
    """Untrusted parties who prompt ``element`` themselves (through request handlers),
    one route each; and components running code others can write that send it prompts
    (a compromised extension or client starts the agent with its own instructions), but
    not tools, whose results are content in its context."""
    return list(g.memo("kit.direct-sources", element, lambda: _direct_sources(g, element)))


def _direct_sources(g: Facts, element: Element) -> tuple[Source, ...]:
    out: dict[str, Source] = {}
    for s in g.routes(element):
        if is_prompting(g, s) and s.element.id not in out:
            out[s.element.id] = s
    for s in g.compromised_routes(element):
        if isinstance(s.element, Tool):
            continue  # what a tool returns is content in the context, not a prompt
        if (
            s.element.id not in out
            and all(isinstance(g.by_id[i], RELAYS) for i in s.path[1:-1])
            and not _hands_on_outsiders_content(g, element, s.path)
        ):
            out[s.element.id] = s
    return tuple(out.values())


def _hands_on_outsiders_content(g: Facts, element: Element, path: tuple[str, ...]) -> bool:
    """The compromisable component sends ``element`` no prompt (a CI job handing a
    review agent the diff it checked out, and a token), and outsiders' content reaches
    ``element`` through it: the indirect finding names them, through it, and the job's
    own code is the supply chain's. Naming the job as one who prompts the agent says
    the same threat twice (reviewers struck it as a duplicate, and as trusted
    automation misread as a user)."""
    if any(
        DataKind.PROMPT in g.carried(f).kinds
        for f in g.system._in[path[-1]]
        if f.source == path[-2]
    ):
        return False
    return any(path[0] in r.path[1:-1] for r in g.routes(element))


def indirect_sources(g: Facts, element: Element) -> list[Source]:
    """Untrusted content that reaches ``element`` through stores, tools, pipelines, outside
    services or documents: someone else's text in its context. One route per source."""
    return list(g.memo("kit.indirect-sources", element, lambda: _indirect_sources(g, element)))


def _indirect_sources(g: Facts, element: Element) -> tuple[Source, ...]:
    out: dict[str, Source] = {}
    for s in g.routes(element):
        if (
            not is_prompting(g, s)
            and s.element.id not in out
            and not _answered_in_kind(g, s)
            and not _readings_only(g, s)
            and not through_a_label(g, s)
        ):
            out[s.element.id] = s
    return tuple(out.values())


_LABELLERS = frozenset(
    {Task.CLASSIFIER, Task.DETECTOR, Task.REGRESSOR, Task.RANKER, Task.VERIFICATION}
)
"""Model tasks whose output is a label, a box, a number or a ranking: no one's words."""


def through_a_label(g: Facts, route: Source) -> bool:
    """The route passes a model (not a language model) that answers with a label, a
    score, a ranking or boxes (a species classifier reading a swarm photo), or a
    component that sends on only what such a model it calls answered (a forecast job
    writing the demand forecast a regressor made from customers' orders): instructions
    hidden in what the model read do not come out of it."""
    path = route.path
    by_id = g.by_id
    if any(_labeller(by_id[i]) for i in path[1:-1]):
        return True
    return any(_label_hop(g, here, nxt) for here, nxt in itertools.pairwise(path[1:]))


def _label_hop(g: Facts, here: str, nxt: str) -> bool:
    return g.memo("kit.label-hop", f"{here}\x1f{nxt}", lambda: _sends_labels_only(g, here, nxt))


def _sends_labels_only(g: Facts, here: str, nxt: str) -> bool:
    """Everything ``here`` sends ``nxt`` is data a labelling model sent ``here``."""
    s = g.system
    sent = {d for f in s._out[here] if f.target == nxt for d in f.data}
    return bool(sent) and sent <= {
        d for f in s._in[here] if _labeller(g.by_id[f.source]) for d in f.data
    }


def _labeller(e: Element) -> bool:
    """A model (not a language model) that answers with a label, a score, a ranking or
    boxes."""
    return isinstance(e, Model) and not isinstance(e, LLM) and e.task in _LABELLERS


_READING_KINDS = frozenset({DataKind.RECORDS, DataKind.FEATURES, DataKind.LOGS})
"""What a sensor sends: readings, events and measurements, no one's words."""


REFERENCE_DATA = re.compile(
    r"\b(?:catalogues?|catalogs?|price ?lists?|price ?books?|pricing rules|maps?|criteria|"
    r"guidance|guidelines?|procedures?|protocols?|playbooks?|runbooks?|manuals?|handbooks?|"
    r"rulebooks?|regulations?|standards"
    r"|rules|price floors?|thresholds|configuration|settings)\b",
    re.IGNORECASE,
)
"""How a name says it is reference data everyone works from: a catalogue, a price list,
pricing rules, a map, screening criteria, procedures, protocols or guidance everyone
follows."""


_SENSOR = re.compile(
    r"\b(?:sensors?|gauges?|meters?|detectors?|probes?|loggers?|thermostats?|rtus?|"
    r"outstations?|transducers?|anemometers?|weather stations?|counters?|trackers?|tags?|"
    r"telematics(?: units?| boxes| box| devices?)?)\b",
    re.IGNORECASE,
)
"""Words that name a measuring device rather than one a person types into."""


def relays_readings(g: Facts, route: Source) -> bool:
    """What the route's source passes on at its first step is only readings: those that
    measuring devices sent it, as they came (a minibar vendor's cloud relaying its
    sensors' events), or data named as readings (a partner's half-hourly meter reads):
    no one's words, whoever runs the relay."""
    e = route.element
    if len(route.path) < 2:
        return False
    s = g.system
    readings = {
        d.id
        for f in s._in[e.id]
        if _is_sensor(g, g.by_id[f.source])
        for d in f.data
        if d.kind in _READING_KINDS
    }
    first = [f for f in s._out[e.id] if f.target == route.path[1]]
    return bool(first) and all(
        f.data
        and all(
            d.id in readings or (d.kind in _READING_KINDS and _READINGS.search(d.name))
            for d in f.data
        )
        for f in first
    )


_READINGS = re.compile(
    r"\b(?:readings?|reads|measurements?|telemetry|sensor (?:events?|data|logs?)|forecasts?|radar"
    r"|alarms?|(?:meters?|sensors?)(?:\s+[\w-]+){0,3}\s+alerts?|telematics (?:events?|data))\b",
    re.IGNORECASE,
)
"""Words that name data as measurements (half-hourly meter reads, telemetry, a rainfall
forecast or radar grid) or as what equipment raises by itself (base-station alarms,
smart meter power outage alerts)."""


def _is_sensor(g: Facts, e: Element) -> bool:
    """A device named for measuring, that no person writes through."""
    return isinstance(e, Device) and _SENSOR.search(e.name) is not None and _unwritten(g, e)


def _unwritten(g: Facts, e: Element) -> bool:
    """No person writes through ``e`` (no actor sends it anything)."""
    return not any(isinstance(g.by_id[f.source], Actor) for f in g.system._in[e.id])


def _readings_only(g: Facts, route: Source) -> bool:
    """The source is a device named for measuring (a river gauge, a minibar sensor), no
    person writes through it, and all it sends on the route's first step is declared
    readings, events or measurements (or any device no person writes through that sends
    only data named as readings): there are no words in it to hide instructions in.
    Forged readings are a finding of their own. A driver's app or a handheld, whose
    records a person types, is not one."""
    e = route.element
    first = [f for f in g.system._out[e.id] if f.target == route.path[1]]
    return bool(first) and all(sends_readings(g, e, f) or _named_readings(g, e, f) for f in first)


_TYPED_INTO = re.compile(
    r"\b(?:apps?|phones?|smartphones?|handhelds?|tablets?|laptops?|pcs?|computers?|"
    r"terminals?|kiosks?|consoles?|browsers?|keyboards?|radios?|pagers?)\b",
    re.IGNORECASE,
)
"""Words that name a device people type or speak into (a driver's app, a handheld)."""


def _named_readings(g: Facts, device: Element, flow: Flow) -> bool:
    """A device no person writes through, and not one named for people to type into (an
    app, a handheld, a tablet), sends on ``flow`` only data declared as readings, events
    or measurements and named as readings (a soap dispenser's usage readings)."""
    return (
        isinstance(device, Device)
        and not _TYPED_INTO.search(device.name)
        and bool(flow.data)
        and all(d.kind in _READING_KINDS and _READINGS.search(d.name) for d in flow.data)
        and _unwritten(g, device)
    )


def sends_readings(g: Facts, device: Element, flow: Flow) -> bool:
    """``device`` is named for measuring, no person writes through it, and ``flow``
    carries only declared readings, events or measurements from it."""
    return (
        bool(flow.data)
        and all(d.kind in _READING_KINDS for d in flow.data)
        and _is_sensor(g, device)
    )


_TEXT_KINDS = frozenset(
    {
        DataKind.DOCUMENTS,
        DataKind.PROMPT,
        DataKind.RETRIEVED_CONTEXT,
        DataKind.INSTRUCTIONS,
        DataKind.MODEL_OUTPUT,
        DataKind.MEDIA,
    }
)
"""Kinds of data that carry someone's words on: text, and recordings (a call's audio
becomes its transcript)."""


def _answered_in_kind(g: Facts, route: Source) -> bool:
    """On ``route`` an outside service answers with data of its own: what leaves it
    toward the reader is none of what came in from the source's side, and none of it
    is text (a payment provider's checkout link after the customer typed card details
    into its hosted page). The source's words stop there."""
    s = g.system
    path = route.path
    for i in range(1, len(path) - 1):
        if not isinstance(g.by_id[path[i]], ExternalService):
            continue
        came = {d.id for f in s._out[path[i - 1]] if f.target == path[i] for d in f.data}
        left = [d for f in s._out[path[i]] if f.target == path[i + 1] for d in f.data]
        if (
            came
            and left
            and not came & {d.id for d in left}
            and all(d.kind is not None and d.kind not in _TEXT_KINDS for d in left)
        ):
            return True
    return False


def path_targets(g: Facts, sources: Iterable[Source]) -> tuple[Target, ...]:
    """The entry paths of some sources, as path targets (a one-hop path as its flow)."""
    out: list[Target] = []
    for src in sources:
        if len(src.path) == 2:
            flows = g.flows_between(src.path)
            if flows:
                out.append(Target.flow(flows[0]))
        elif len(src.path) > 2:
            out.append(Target.path(src.path))
    return tuple(out)


def route_sites(
    g: Facts, root: Element, routes: Iterable[Source], *also: Element
) -> tuple[str, ...]:
    """Where controls count for a finding about content reaching ``root``: the root and
    the flows into it, every element and flow along the entry routes except the untrusted
    source itself (a guardrail in the orchestrator protects the model behind it), and
    ``also`` (the LLMs an agent drives)."""
    s = g.system
    out: list[str] = [root.id, *(f.id for f in s._in[root.id])]
    for x in also:
        out += [x.id, *(f.id for f in s._in[x.id])]
    for r in routes:
        out += list(r.path[1:])
        out += g.flows_between(r.path)
    return tuple(dict.fromkeys(out))


def reasoner_of(g: Facts, llm: Element) -> Element | None:
    """The agent that drives an LLM (sends it prompts), when there is one."""
    for f in g.system._in[llm.id]:
        e = g.by_id[f.source]
        if isinstance(e, Agent):
            return e
    return None


def acts_through_others(g: Facts, e: Element) -> bool:
    """An LLM that does not act on its own account: an agent's reasoner (the agent's
    tools are the agent's), or a model declared to return a label."""
    return isinstance(e, LLM) and (
        reasoner_of(g, e) is not None or e.task in (Task.CLASSIFIER, Task.DETECTOR)
    )


def llms_of(g: Facts, agent: Element) -> list[Element]:
    """The LLMs an agent prompts."""
    out: list[Element] = []
    for f in g.system._out[agent.id]:
        e = g.by_id[f.target]
        if isinstance(e, LLM) or (
            isinstance(e, ExternalService) and e.provides is ExternalCategory.MODEL_API
        ):
            out.append(e)
    return out


def llm_sources(
    g: Facts, reader: Element, llm: Element, found: Iterable[Source] | None = None
) -> list[Source]:
    """Untrusted sources whose content reaches ``llm``, an LLM that ``reader`` prompts, in
    ``reader``'s exchange with it: not the routes through ``reader`` itself (its own
    sources), nor those through another caller of a shared LLM (the LLM answers that
    caller alone). ``found``: the sources to sort (default: all of the LLM's)."""
    callers = g.model_callers(llm)
    return [
        x
        for x in (g.sources(llm) if found is None else found)
        if reader.id not in x.path and not (len(x.path) > 1 and x.path[-2] in callers)
    ]


class Answer:
    """A model's answer as it travels through relays: how sensitive it is, the data it
    came into the current relay as (by id), and how to tell data other models make
    (which is not this answer)."""

    __slots__ = ("_made", "_model", "_own", "came_in", "level")

    def __init__(
        self,
        level: Sensitivity | None,
        came_in: tuple[str, ...],
        model: str,
        own: frozenset[str],
        made: Mapping[str, frozenset[str]],
    ) -> None:
        self.level = level
        self.came_in = came_in
        self._model = model
        self._own = own
        self._made = made

    def onward(self, flow: Flow) -> Answer:
        """The answer as it leaves along ``flow``."""
        return Answer(
            self.level, tuple(d.id for d in flow.data), self._model, self._own, self._made
        )

    def foreign(self, data_id: str) -> bool:
        """The datum is what another model or agent makes, and not this model."""
        makers = self._made.get(data_id)
        return (
            makers is not None
            and data_id not in self._own
            and (len(makers) > 1 or self._model not in makers)
        )


def answer_of(g: Facts, model: Element, flow: Flow) -> Answer:
    """``model``'s answer as it leaves along ``flow``."""
    made = g.memo("kit.model-outputs", "", lambda: _model_outputs(g.system))
    own = g.memo(
        "kit.own-outputs",
        model,
        lambda: frozenset(d.id for f in g.system._out[model.id] for d in f.data),
    )
    return Answer(flow.sensitivity, tuple(d.id for d in flow.data), model.id, own, made)


def answer_along(g: Facts, model: Element, got: Answer | None, flow: Flow) -> Answer | None:
    """``model``'s answer as it leaves along ``flow`` from a node that got it as ``got``
    (None: the node is the model itself); None when the flow does not carry it on."""
    if got is None:
        return answer_of(g, model, flow)
    return got.onward(flow) if passes_on(flow, got) else None


def _model_outputs(s: System) -> dict[str, frozenset[str]]:
    """The id of every datum that models and agents send, with the ids of those that
    send it."""
    out: dict[str, set[str]] = {}
    for e in s.all_elements:
        if isinstance(e, (Model, Agent)):
            for f in s._out[e.id]:
                for d in f.data:
                    out.setdefault(d.id, set()).add(e.id)
    return {d: frozenset(v) for d, v in out.items()}


def passes_on(flow: Flow, answer: Answer) -> bool:
    """Can ``flow``, out of a relay that got a model's answer, carry that answer on? Yes
    when it carries what came in, data of no declared kind, or (unless another model
    makes it) model output or data as sensitive as the answer. Not a redirect page after
    a scored click, a job status after a translation, or another model's draft that
    the relay also handles."""
    if not flow.data:
        return True
    level = answer.level
    came_in = answer.came_in
    for d in flow.data:
        if d.id in came_in or d.kind is None:
            return True
        if answer.foreign(d.id):
            continue
        if d.kind is DataKind.MODEL_OUTPUT or level is None or d.sensitivity >= level:
            return True
    return False


def carries_on(s: System, came: Flow, out: Flow) -> bool:
    """Whether ``out`` can carry on what reached its source along ``came``, judged by
    the data each declares: ``out`` declares no data, or ``came`` did not, or ``out``
    carries data that came that way, or data its source receives from no one (what it
    makes itself). A flow that carries only what others sent its source (a call gateway
    told whom to connect, sending the caller the interpreter's video) does not."""
    sent, brought = out.data, came.data
    if not sent or not brought or any(d in brought for d in sent):
        return True
    received = s._received(out.source)
    return any(d not in received for d in sent)


def carried_along(s: System, path: tuple[str, ...]) -> bool:
    """Each hop of the route carries on what came to it along the hop before
    (:func:`carries_on`, for some pair of flows between them)."""
    out = s._out
    for a, b, z in zip(path, path[1:], path[2:], strict=False):
        came = [f for f in out[a] if f.target == b]
        onward = [f for f in out[b] if f.target == z]
        if not any(carries_on(s, x, y) for x in came for y in onward):
            return False
    return True


def is_model_api(e: Element) -> bool:
    """A model someone else runs: an LLM or model from a third-party API, or a model API."""
    from threatgraph.vocab import ModelOrigin

    if isinstance(e, ExternalService):
        return e.provides is ExternalCategory.MODEL_API
    return isinstance(e, Model) and e.origin is ModelOrigin.THIRD_PARTY_API


def element_ids(items: Iterable[Element]) -> tuple[str, ...]:
    """Ids, in order, without repeats."""
    return tuple(dict.fromkeys(e.id for e in items))


__all__ += ["element_ids", "is_model_api", "is_person", "llm_sources", "llms_of"]


def is_person(e: Element) -> bool:
    """A human actor (not a system drawn as an actor)."""
    return isinstance(e, Actor) and e.human


_ = (Model, Tool)


Grouped = dict[Hashable, tuple[str, ...]]
"""Element ids by a grouping key, each group in its chosen order."""


def grouped(
    g: Facts, what: str, members: Callable[[], Iterable[tuple[Hashable, Any, str]]]
) -> Grouped:
    """Places that one finding covers together (components installing from the same
    index, stores the same agent reads back): ``members()`` gives (key, order, id) for
    every candidate, and each key's ids come back sorted by order. Worked out once per
    System, under the memo name ``what``; the finding goes on a group's first id."""

    def build() -> Grouped:
        found: dict[Hashable, list[tuple[Any, str]]] = {}
        for key, order, eid in members():
            found.setdefault(key, []).append((order, eid))
        return {k: tuple(i for _, i in sorted(v)) for k, v in found.items()}

    return g.memo(what, "", build)


def job_start(g: Facts, f: Flow) -> bool:
    """A flow from a service or pipeline bringing an agent its task (instructions, or
    the records to work on: a batch of claims paid since the last run), where no
    person's input reaches that job (three hops back, not through the agent itself): a
    watcher of contract end dates, a nightly refresh. The agent works on what the job
    picks."""
    src = g.by_id[f.source]
    if not isinstance(src, (Service, Pipeline)) or not (
        g.carried(f).kinds & {DataKind.INSTRUCTIONS, DataKind.RECORDS}
    ):
        return False
    s = g.system
    seen = {src.id, f.target}
    frontier = [src.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for back in s._in[node]:
                if back.source in seen:
                    continue
                seen.add(back.source)
                if isinstance(g.by_id[back.source], Actor):
                    return False
                nxt.append(back.source)
        frontier = nxt
    return True


_APPROVER_NEXT = frozenset(
    {"who", "by", "via", "in", "on", "at", "for", "before", "after", "when", "through", "with"}
)


ASKS = frozenset({DataKind.PROMPT, DataKind.INSTRUCTIONS})
"""What a person sends an agent to ask it for work."""


def approver_only(g: Facts, reader: Element, actor: str) -> bool:
    """A person named as the approver of an approval declared on ``reader`` (an agent,
    an LLM, or a service running one), on the agents it serves, their tools or the flows
    out of them, who sends it no prompt or instructions: they sign off what it proposes
    (a payments analyst approving the filings a processor's webhook started), they do
    not ask it for work."""
    a = g.by_id[actor]
    if not isinstance(a, Actor):
        return False
    s = g.system
    if any(g.carried(f).kinds & ASKS for f in s._out[actor]):
        return False  # they ask it for work too (a salesperson's follow-up request)
    agents: list[Element] = (
        [reader]
        if isinstance(reader, (Agent, LLM))
        else [reader, *(x for x in s.predecessors(reader) if isinstance(x, Agent))]
    )
    holders: list[Element | Flow] = []
    for ag in agents:
        holders += [ag, *s._out[ag.id], *(t for t in s.successors(ag) if isinstance(t, Tool))]
    declared = approvals(*holders)
    return any(names_approver(x.approver, a.name) for x in declared if x.approver)


def names_approver(approver: str, name: str) -> bool:
    """Does an approval's ``approver`` text open with this person's name ("payments
    analyst, for disputes above $250", "the shopper, by tapping a card", "customers on
    the confirm screen", "the requesting engineer"), rather than another role that
    starts with the same words (a "customer support lead" is not the customer)? The
    name must be followed by the end, punctuation, a preposition or a verb
    ("confirms", "tapping")."""
    text = " ".join(approver.casefold().split())
    for article in ("the ", "a ", "an "):
        text = text.removeprefix(article)
    text = text.removeprefix("requesting ")
    want = " ".join(name.casefold().split())
    for form in (want, want + "s"):
        if not text.startswith(form):
            continue
        rest = text[len(form) :]
        if not rest or rest[0] in ",;:(":
            return True
        if rest[0] == " ":
            word = rest[1:].split(" ", 1)[0].strip(",;:()")
            if word in _APPROVER_NEXT or (word.endswith(("s", "ing")) and not word.endswith("ss")):
                return True
    return False


def declared_at(g: Facts, places: Iterable[str], kind: type[C]) -> list[C]:
    """The controls of ``kind`` declared on these element or flow ids, in order."""
    s = g.system
    return [
        k
        for x in places
        for k in (g.by_id[x].controls if x in g.by_id else s.flow(x).controls)
        if isinstance(k, kind)
    ]


def approvals(*holders: Element | Flow) -> list[c.HumanInTheLoop]:
    """The person approvals (``HumanInTheLoop``) declared on these elements and flows,
    in order: the design facts approval rules read (who approves, above what
    threshold)."""
    return [x for h in holders for x in h.controls if isinstance(x, c.HumanInTheLoop)]


__all__ += [
    "PLANT_PROTOCOLS",
    "is_desktop",
    "only_payment_tokens",
    "only_sign_in_verifiers",
    "plant_equipment",
]

_PAYMENT_TOKEN = re.compile(
    r"\b(?:(?:saved\s+)?card|payment(?:\s+method)?)\s+tokens?\b", re.IGNORECASE
)
"""Words by which a datum says it is a payment provider's token standing for a card."""


_VERIFIER = re.compile(
    r"\b(?:password|passcode|pin)\s+hash(?:es)?\b|\bhashed\s+(?:passwords?|passcodes?|pins?)\b"
    r"|\b(?:user\s+)?(?:sign[- ]in|login)\s+credentials\b|\buser\s+accounts?\b",
    re.IGNORECASE,
)
"""Words by which a datum says it is what a sign-in checks people's passwords against
(password hashes, the users' sign-in credentials), not a key a program presents."""


def only_sign_in_verifiers(store: Element) -> bool:
    """Every credential a store keeps is what a sign-in checks people against (their
    password hashes, their accounts) or a payment provider's card token: the component
    that signs people in reads it to check them, as it must, and no key to another
    system is among it."""
    creds = [d for d in getattr(store, "stores", ()) if is_credential(d)]

    def verifier(d: Data) -> bool:
        # by its name, or by what its description says it holds (volunteers' accounts:
        # "names, e-mail addresses and password hashes")
        named = _VERIFIER.search(d.name) or _VERIFIER.search(d.description)
        return bool(named) and not _BEARER.search(d.name)

    return (
        bool(creds)
        and any(verifier(d) for d in creds)
        and all(verifier(d) or _PAYMENT_TOKEN.search(d.name) for d in creds)
    )


_BEARER = re.compile(r"\b(?:tokens?|keys?|secrets?|sessions?)\b", re.IGNORECASE)
"""Words by which a datum says it is something a caller presents (an access token)."""


def only_payment_tokens(store: Element) -> bool:
    """Every credential a store keeps is a payment provider's token for a card (a saved
    card token, a payment method token). Such a token charges the card only through the
    merchant's own account with the provider, whose API key is the credential: whoever
    reads the store gets no key."""
    creds = [d for d in getattr(store, "stores", ()) if is_credential(d)]
    return bool(creds) and all(_PAYMENT_TOKEN.search(d.name) for d in creds)


_DESKTOP = re.compile(
    r"\b(?:desktop|laptop|workstation|pc|computer|windows|macos|linux)\b", re.IGNORECASE
)


def is_desktop(device: Element) -> bool:
    """The device's name or description says it is a desktop computer, where programs
    running as the same user read each other's files and memory (no per-app sandbox, as
    on a phone): anything running as the user can act as its apps."""
    return bool(_DESKTOP.search(f"{device.name} {device.description or ''}"))


PLANT_PROTOCOLS = frozenset(
    {
        "profinet",
        "gige-vision",
        "modbus",
        "modbus+tls",
        "opc-ua",
        "opc-ua+sign-encrypt",
        "bacnet",
        "bacnet/sc",
        "dnp3",
        "dnp3+tls",
        "s7comm",
        "ethernet/ip",
        "cip-security",
        "iec-104",
        "iec-61850",
        "hart-ip",
    }
)
"""Protocols that only plant and building equipment speaks."""

_COMMANDED = (
    r"plcs?|controllers?|control units?|ecus?|rtus?|actuators?|drives?|inverters?|pumps?"
    r"|valves?|bms|building management"
)
"""Words for equipment that takes commands, shared by the two patterns below."""

_EQUIPMENT = re.compile(rf"\b(?:{_COMMANDED})\b", re.IGNORECASE)
"""Words by which a component declared as a service says it is plant equipment that
takes commands (a PLC, a controller, a building management system), not the SCADA
server or the gateway that sends them."""


def plant_equipment(g: Facts, e: Element) -> bool:
    """``e`` is plant equipment declared as a service or endpoint: named as such (a PLC,
    a controller, a drive), and every flow in or out of it that names a protocol names a
    plant protocol (links that name none, a 4-20 mA signal wired to a pump, do not say
    otherwise)."""
    if not isinstance(e, (Service, Endpoint)) or not _EQUIPMENT.search(e.name):
        return False
    s = g.system
    flows = [f for f in (*s._in[e.id], *s._out[e.id]) if f.protocol]
    return bool(flows) and all(
        (p := g.protocol(f)) is not None and p.name in PLANT_PROTOCOLS for f in flows
    )


_MOVERS = re.compile(
    rf"\b(?:{_COMMANDED}|robots?|robotic|mowers?|arms?|fans?|heaters?|chillers?"
    r"|compressors?|blowers?|feeders?|conveyors?|dosers?|dosing|motors?|dampers?|boilers?"
    r"|burners?|cnc|(?:ball|bowling|pitching) machines?)\b",
    re.IGNORECASE,
)
"""Words by which a device says it moves a physical process."""

_NOT_PLANT = re.compile(
    r"\b(?:locks?|doors?|kiosks?|cameras?|readers?|scanners?|turnstiles?|barriers?|bollards?"
    r"|lockers?|entrance|tablets?(?!\s+press)|phones?|displays?|screens?|signs?)\b",
    re.IGNORECASE,
)
"""Words by which equipment says it admits people or shows things: who may open a door
is an access question, not a process limit. (A tablet press is a machine that makes
tablets, not a tablet someone holds.)"""


def moves_plant(g: Facts, e: Element, *, driven: bool = False) -> bool:
    """``e`` is equipment that moves a physical process: plant equipment declared as a
    service (a PLC, a controller), or a device named for what it drives (actuators,
    pumps, a robot). With ``driven`` (other equipment drives it: a controller's wired
    outputs) any device counts, whatever it is called (dryers, a kiln)."""
    if _NOT_PLANT.search(e.name):
        return False
    if isinstance(e, Device) and driven:
        return True
    return plant_equipment(g, e) or (isinstance(e, Device) and bool(_MOVERS.search(e.name)))


def embeds_only(e: Element) -> bool:
    """A model that only turns text into vectors (an embedding model, even one declared
    as an LLM): it follows no instructions and writes nothing anyone reads."""
    return isinstance(e, Model) and e.task is Task.EMBEDDING


__all__ += ["PAYS_OUT", "asks_owner_proof", "through_a_label"]

PAYS_OUT = re.compile(
    r"\b(?:refund\w*|pay-?outs?|compensat\w*|credit\w*|settle\w*|reimburs\w*|allowances?|"
    r"claims?|advances?|invoices?|payments?|pays?|disburs\w*|rebates?|corrections?|"
    r"write-?offs?)\b",
    re.IGNORECASE,
)
"""Words by which a money-moving tool's name says it pays out (a refund, a payout, a
credit, an invoice paid), rather than charging a customer or buying something (a
deposit tool, parts ordering). The name, not the description: a deposit tool described
as handling the payment provider's webhook takes money, it pays none."""


_RECORD_KEY = re.compile(
    r"\b(?:booking|order|case|claim|ticket|reservation|policy|account|membership|"
    r"customer|member|loan|application)\s+(?:references?|numbers?|ids?|codes?)\b",
    re.IGNORECASE,
)
_MATCHED_TO_RECORD = re.compile(
    r"\bmatch(?:ed|es|ing)?\s+(?:to|against|with)\s+(?:the|their|its)\s+[\w-]+\s+records?\b",
    re.IGNORECASE,
)
_OWNER_DETAIL = re.compile(
    r"\b(?:surnames?|last names?|family names?|e-?mail(?: address)?|dates? of birth|"
    r"post ?codes?|zip(?: codes?)?|phone numbers?)\b",
    re.IGNORECASE,
)


OWN_ONLY = re.compile(
    r"\b(?:only|just)\b[^.;]*\b(?:own|signed[- ]in|logged[- ]in)\b"
    r"|\bwhose\b(?:(?!\bnot\b)[^.;])*\bmatch(?:es)?\b"
    r"|\bmatch(?:ing|es)?\b[^.;]*\b(?:signed[- ]in|logged[- ]in)\b"
    r"|\b(?:they|he|she)\s+(?:are|is)\s+assigned\s+to\b|\bassigned\s+to\s+them\b"
    r"|\b(?:(?:taken|read)|(?:ids?|numbers?|references?))\s+(?:taken\s+|read\s+)?from\s+the\s+(?:[\w-]+\s+)?"
    r"(?:session|(?:identity|access)\s+token)\b(?!\s+(?:store|database|log))",
    re.IGNORECASE,
)
"""How a component's description says it returns each caller only their own records
(``'returns only the forecasts of the signed-in grower's orchards'``, ``'returns the
booking whose reference and surname both match'``, ``'updates the entry matching the
NHS number in the signed-in person's identity token'``, ``'coaches see the rosters of the
teams they are assigned to'``, ``'books the donor id taken from the app session'``,
``'looks up orders by the customer id from the chat session'``)."""


def serves_own_only(e: Element) -> bool:
    """The design describes the reader as returning each caller only their own records:
    a check of whose record it is, declared in words. Words that say whose records each
    person sees (``'owners see their own dogs and bookings'``) count beside a declared
    role- or attribute-based access control on the same component: the control is the
    check, the words say it is per owner. Alone they are an intent (a reviewer kept the
    finding on a portal whose volunteers "see their own uploads", with sign-in only)."""
    if not e.description:
        return False
    if OWN_ONLY.search(e.description):
        return True
    return bool(_SEES_OWN.search(e.description)) and any(
        isinstance(k, (c.RBAC, c.ABAC)) for k in e.controls
    )


_SEES_OWN = re.compile(
    r"\b(?:sees?|gets?|views?|reads?)\s+(?:only\s+)?(?:their|his|her)\s+own\b", re.IGNORECASE
)
"""How a description says whose records each person sees (``'owners see their own dogs'``)."""


def asks_owner_proof(tool: Tool) -> bool:
    """The tool declares an authentication that asks for the record's reference and a
    detail of its owner (a booking reference and the booker's e-mail), or two details
    of the owner it says it matches to the record (a juror number, surname and postcode
    matched to the summons record; a caller's phone number alone is not two): it
    returns a record only to someone who holds them, which is a check of whose record
    it is. How strong such a check is, is the password-only finding's question."""
    for k in tool.controls:
        if not isinstance(k, c.Authentication) or not k.method:
            continue
        details = {d.lower() for d in _OWNER_DETAIL.findall(k.method)}
        if details and _RECORD_KEY.search(k.method):
            return True
        if len(details) >= 2 and _MATCHED_TO_RECORD.search(k.method):
            return True
    return False


def hands_code_on(g: Facts, e: Element, f: Flow) -> bool:
    """The code ``f`` brings ``e`` goes on from it as it came, to where it runs: a
    deployment pipeline rolling it out, or a service or endpoint handing it to devices
    (an update server sending signed packages to a vehicle fleet). ``e`` runs none of it.
    A service that keeps what it is sent (a notebook server filing notebooks) may run
    it too, so only devices count as where it runs."""
    if not f.data:
        return False
    if isinstance(e, Pipeline) and e.stage is Stage.DEPLOYMENT:
        targets = list(g.system._out[e.id])
    elif isinstance(e, (Service, Endpoint)):
        targets = [x for x in g.system._out[e.id] if isinstance(g.by_id[x.target], Device)]
    else:
        return False
    sent = {d for x in targets for d in x.data}
    return all(d in sent for d in f.data if d.kind in (DataKind.CODE, None))
