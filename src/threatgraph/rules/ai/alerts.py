"""Urgent alerts that go out only when a language model says so.

A race's runner-safety agent pages the medical team, a lake's tracker agent alerts the
lifeguard boat, a repairs chat hands a gas leak to the out-of-hours line, a caving
club's callout agent texts the warden when a party is overdue. In each design what
should raise the alert (a tracker's position, a report, an overdue check) reaches the
people or the tool that raise it only through the agent, or through a service that
asks an LLM first. When the model's vendor is down, slow or rate-limited, when the
agent stops on its step limit, or when the model judges the case routine, no alert
goes out, and nothing declared notices. Reviewers of held-out designs named this
missing on most of the designs that have such a path. The answer is a way for the
alert to go out without the model: an alarm on a plain rule (overdue, out of the
geofence, a keyword), or failing safe when the model does not answer in time.
"""

from __future__ import annotations

import re

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Dataset,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Flow,
    Model,
    ModelRegistry,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import llms_of, names
from threatgraph.rules.views import ElementView
from threatgraph.vocab import ExternalCategory, Phase

_URGENT = re.compile(
    r"\b(?:alerts?|alarms?|pager|paging|paged|emergenc\w*|rescue\w*|distress|evacuat\w*|"
    r"999|911|on-?call|crisis|safeguarding|lifeguards?|mayday)\b",
    re.IGNORECASE,
)
"""Words by which what a component sends, the tool that sends it or whoever gets it
says it is an alert someone must act on now: an alarm, a page, an emergency handoff, a
rescue callout, a lifeguard's alert."""

_ASKED = re.compile(
    r"\b(?:quer(?:y|ies)|lookups?|search\w*|history|histories|logs?|reports?|"
    r"summar(?:y|ies)|statistics|stats|lists?|flags?|expir\w*|reminders?|renewals?|"
    r"keys?|tokens?|numbers?|contacts?|explanations?)\b",
    re.IGNORECASE,
)
"""Words by which a datum is a question or a record about alerts (an alarm query, a
paging history, an incident report, an alert's explanation), a flag or a reminder that
can wait, or a key or a phone number the sender holds: not an alert sent."""

_MESSAGE = re.compile(
    r"\b(?:pages?|messages?|texts?|sms|calls?|notifications?|requests?)\b", re.IGNORECASE
)
"""Words by which a datum is a message of some kind (a page, a text, a call): sent to
an alert service or a paging provider, it is the alert."""

_RECEIVERS = (Tool, Actor, Device, ExternalService, Service, Endpoint)
"""What an alert is sent to: a tool that raises it, a person, a handset, a messaging
provider, an alert service or console (not a store, a model or a pipeline)."""

_KEPT = (DataStore, Dataset, FeatureStore, VectorStore, ModelRegistry)
"""What a component looks things up in (guidance, a case database): not what calls for
an alert."""


def _brains(g: Facts, e: Element) -> list[Element]:
    """The language models that decide for ``e``: an agent's LLMs, or the LLMs (or a
    model provider's API) a service asks and hears back from."""
    if isinstance(e, Agent):
        return llms_of(g, e)
    if not isinstance(e, Service):
        return []
    s = g.system
    return [
        x
        for x in s.successors(e)
        if (
            isinstance(x, LLM)
            or (isinstance(x, ExternalService) and x.provides is ExternalCategory.MODEL_API)
        )
        and any(f.target == e.id for f in s._out[x.id])
    ]


def _is_alert(f: Flow, receiver: Element, sender: Element, via_tool: bool) -> bool:
    """The flow sends an alert: a datum on it is named as one, or the tool sending it
    is, or the receiver is (a paging tool, a lifeguard, an on-call handset; a service
    or provider named for alerts only when what it is sent is a message: a page, a
    text, a call). Not when everything on it is a question or record about alerts."""
    data = [d.name for d in f.data]
    if data and all(_ASKED.search(d) for d in data):
        return False
    if any(_URGENT.search(d) and not _ASKED.search(d) for d in data):
        return True
    if via_tool and _URGENT.search(sender.name):
        return True
    if not _URGENT.search(receiver.name):
        return False
    return (
        isinstance(receiver, (Tool, Actor, Device))
        or not data
        or any(_MESSAGE.search(d) for d in data)
    )


def _alert_ways(g: Facts, e: Element, brains: list[Element]) -> list[Flow]:
    """The flows by which ``e``, or a tool it calls, sends an alert."""
    s = g.system
    skip = {e.id, *(b.id for b in brains)}
    senders = [e, *(t for t in s.successors(e) if isinstance(t, Tool))]
    out = []
    for x in senders:
        for f in s._out[x.id]:
            receiver = g.by_id[f.target]
            if f.target in skip or not isinstance(receiver, _RECEIVERS):
                continue
            if isinstance(receiver, Service) and _brains(g, receiver):
                continue  # another component that asks a model: its own finding
            if _is_alert(f, receiver, x, x is not e):
                out.append(f)
    return out


def _triggers(g: Facts, e: Element, brains: list[Element]) -> list[str]:
    """What reaches ``e`` that could call for an alert: content from anything but its
    models, its tools, the stores it reads and the people of ours who use it (a person
    of ours who sees the emergency calls for help themselves)."""
    s = g.system
    skip = {*(b.id for b in brains), *(t.id for t in s.successors(e) if isinstance(t, Tool))}
    out = []
    for f in s._in[e.id]:
        src = g.by_id[f.source]
        if f.source in skip or not g.content_flow(f) or isinstance(src, _KEPT):
            continue
        if isinstance(src, Actor) and not g.untrusted(src):
            continue
        out.append(f.source)
    return sorted(set(out))


def _chain(g: Facts, ways: list[Flow], avoid: set[str]) -> dict[str, int]:
    """What the alerts pass through and reach, each with how many flows it is from the
    deciding component: the receivers of ``ways`` (1) and what they send on to (three
    flows more at most, not back through the deciding component or its models)."""
    s = g.system
    seen = {f.target: 1 for f in ways}
    frontier = list(seen)
    for hop in range(2, 5):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if f.target not in seen and f.target not in avoid and g.content_flow(f):
                    seen[f.target] = hop
                    nxt.append(f.target)
        frontier = nxt
    return seen


def _is_audience(x: Element) -> bool:
    """A person, or a handset or device that shows or sounds an alert."""
    return isinstance(x, Device) or (isinstance(x, Actor) and x.human)


def _bypassed(g: Facts, ways: list[Flow], triggers: list[str], avoid: set[str]) -> bool:
    """Someone the alerts are for also gets an alert from outside the alerts' own way
    (a tracker's service that pages the lifeguard itself), or what the alert's way
    delivers to them (a game master's console sending the door lock the same unlock
    command), from something that what calls for the alert reaches without the model."""
    s = g.system
    chain = _chain(g, ways, avoid)
    audience = [x for x in chain if _is_audience(g.by_id[x])]
    for a in audience:
        # what the alerts' own way delivers here (a door unlock command): the same
        # thing sent another way is the same alert
        delivered = {
            d for x in s._in[a] if x in ways or chain.get(x.source, 99) < chain[a] for d in x.data
        }
        for f in s._in[a]:
            if f.source in avoid:
                continue
            urgent = any(_URGENT.search(d.name) and not _ASKED.search(d.name) for d in f.data)
            # the same thing sent from off the alerts' way to it (a console that is shown
            # the door's status after the alert, and can open it itself)
            same = not urgent and chain.get(f.source, 99) >= chain[a]
            same = same and any(d in delivered for d in f.data)
            if not (urgent and f.source not in chain) and not same:
                continue
            if f.source in triggers or any(
                g.path(t, f.source, avoid=avoid) is not None for t in triggers
            ):
                return True
    return False


def waits_on_model(g: Facts, e: Element) -> tuple[list[Element], list[Flow], list[str]] | None:
    """Where alerts from ``e`` wait on a language model: (its models, its alert flows,
    what calls for them); None otherwise. Worked out once per element."""
    return g.memo("alerts.waits-on-model", e, lambda: _waits_on_model_now(g, e))


def _waits_on_model_now(g: Facts, e: Element) -> tuple[list[Element], list[Flow], list[str]] | None:
    if not isinstance(e, (Agent, Service)) or not g.operated(e):
        return None
    brains = _brains(g, e)
    if not brains:
        return None
    # an alert that carries another model's score (a crisis classifier's) is that
    # model's call, not the language model's
    scored = {
        d
        for f in g.system._in[e.id]
        if isinstance(g.by_id[f.source], Model) and not isinstance(g.by_id[f.source], LLM)
        for d in f.data
    }
    ways = [f for f in _alert_ways(g, e, brains) if not scored.intersection(f.data)]
    triggers = _triggers(g, e, brains) if ways else []
    if not triggers:
        return None
    avoid = {e.id, *(b.id for b in brains)}
    # an alert that its audience also gets without the model (a tracker's service that
    # pages the lifeguard itself) does not wait on the model
    if _bypassed(g, ways, triggers, avoid):
        return None
    return brains, ways, triggers


@rule(
    "ai/alert-waits-on-model",
    threat="classic_dos",
    title="Urgent alerts go out only when a language model says so",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Agent, Service),
    atlas=["AML.T0029"],
    owasp=["ASI08:2026"],
    cwe=["CWE-1357", "CWE-693"],
    mitigations=[c.FailClosed],
    supporting=[c.AnomalyDetection, c.IncidentResponse],
    likelihood="possible",
    impact="major",
    cia="A",
    placement=("element", "outbound"),
    # a vendor outage or a misjudged case needs no attacker
    accidental=True,
)
def alert_waits_on_model(view: ElementView) -> Match | None:
    """An agent, or a service that asks an LLM first, decides when to send an urgent
    alert (a page to the on-call vet, a lifeguard's alert, an emergency handoff, a
    rescue callout), and what calls for the alert (a tracker, a report, an overdue
    check) reaches whoever raises it no other way. When the model's provider is down,
    slow or rate-limited, when the agent stops on its step limit, or when the model
    judges the case routine, no alert goes out and nothing declared notices. An alert
    is named so by what is sent, by the tool that sends it or by who gets it; a query
    about alarms or a paging history is not one. Failing safe declared where it is
    decided (the alert goes out on a plain rule, or when the model does not answer in
    time) answers it; monitoring that notices the model stopped answering and an
    incident plan lower it. Left out: a design where the people the alert is for also
    get an alert without the model, from something that what calls for it reaches (a
    tracker's service that pages the lifeguard itself, a game master's console that
    sends the door lock the same unlock command the agent's tool does), and people of
    ours who use
    the agent (they can call for help themselves), and an alert that carries another
    model's score (a crisis classifier's, beside the LLM that writes the reply): that
    model decides it. A missed alert is rated a
    major harm: reviewers of the designs it was first raised on asked for high on 22 of
    37, and kept it on 34."""
    e = view.element
    g = view.g
    found = waits_on_model(g, e)
    if found is None:
        return None
    brains, ways, triggers = found
    s = view.system
    targets = list(dict.fromkeys(f.target for f in ways))
    named = sorted(
        {
            d.name
            for f in ways
            for d in f.data
            if _URGENT.search(d.name) and not _ASKED.search(d.name)
        }
    )
    sent = named or sorted({d.name for f in ways for d in f.data})
    what = f" ({', '.join(sent)})" if sent else ""
    return Match(
        f"{view.described} sends alerts{what} to {names(targets, s)} only when "
        f"{names([b.id for b in brains], s)} {'say' if len(brains) > 1 else 'says'} so; "
        f"what calls for them, from {names(triggers, s)}, reaches "
        f"{'them' if len(targets) > 1 else 'it'} no other way. If the model is down, slow or "
        "rate-limited, or judges the case routine, no alert goes out and nothing declared "
        "notices.",
        affected=(*(f.id for f in ways), *triggers),
        control_sites=(e.id, *(f.source for f in ways), *(f.id for f in ways)),
    )
