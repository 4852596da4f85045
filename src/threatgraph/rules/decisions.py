"""Decisions the system acts on, passed between its own components.

A person's decision (an analyst releasing a held payment, a moderator approving an ad,
a pharmacist clearing a tray) or a check's verdict travels from where it is made to
the component that carries it out. When nothing declared authenticates what arrives
there, anything that can reach that component on our own networks can send the
decision itself, and the person or the check that should make it is bypassed.
Commands to plant equipment are the plant-command finding's; requests from outside
are the exposed-interface finding's.
"""

from __future__ import annotations

import re

import threatgraph.controls as c
from threatgraph.elements import Data, Device, Element, Endpoint, Flow, Model, Service
from threatgraph.graph import Facts, is_credential
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    PLANT_PROTOCOLS,
    is_person,
    moves_plant,
    names,
    plant_equipment,
)
from threatgraph.rules._plant import control_network_writes
from threatgraph.rules.access import cleartext_raised
from threatgraph.rules.views import ElementView
from threatgraph.vocab import Phase

_DECISIONS = re.compile(
    r"\b(?:approv\w*|releases?|decisions?|verdicts?|unlock\w*|overrides?|clearances?|"
    r"go-ahead)\b",
    re.IGNORECASE,
)
"""Names of data that carry a decision to the component that acts on it: an approval,
a release, a verdict, an override, an unlock."""

_PULLS = re.compile(r"\b(?:download\w*|pull\w*|fetch\w*|poll\w*)\b", re.IGNORECASE)
"""Flow labels saying the receiver fetches the data: over a protocol that authenticates
the server (TLS), what arrives comes from the server the receiver checked."""

_DECIDERS = (Service, Endpoint, Device)

_WIRE = re.compile(
    r"\b(?:dry[- ]contacts?|hard-?wired|wired|contact closures?|gpio|i/o lines?)\b", re.IGNORECASE
)
"""Flow labels saying the decision travels on a wire between the two (a relay contact
to a gate motor), not over a network anything else can reach."""


def _decision_flows(g: Facts, e: Element) -> list[Flow]:
    """The flows bringing ``e`` a decision from another component of ours: named as a
    decision, from a service, endpoint or device we run that is not untrusted, not a
    model (its verdict inside the component that asks it is no message on a network),
    not over a plant protocol or on the same host (``local``), and not fetched by ``e``
    itself (a flow labelled as a download or a pull) over a protocol that authenticates
    the server it fetches from."""
    out = []
    for f in g.system._in[e.id]:
        src = g.by_id[f.source]
        if not isinstance(src, _DECIDERS) or isinstance(src, Model):
            continue
        if not g.operated(src) or g.untrusted(src):
            continue
        p = g.protocol(f) if f.protocol else None
        if p is not None and p.name in PLANT_PROTOCOLS:
            continue
        if p is not None and p.local:
            continue  # handed over on the same host: no network to send it in over
        if f.protocol is None and f.label and _WIRE.search(f.label):
            continue  # a relay contact wired to the gate: no network to send it in over
        if p is not None and p.server_authenticated and f.label and _PULLS.search(f.label):
            continue  # the receiver fetches it over TLS: the sender is the server it checked
        if any(is_credential(d) for d in f.data):
            continue  # it carries the sender's sign-in: the receiver can tell who sent it
        if isinstance(e, Device) and cleartext_raised(g, f.id):
            continue  # a device's cleartext crossing: the cleartext finding names it
        if p is not None and p.server_authenticated and _answers_own_call(g, e, src):
            continue  # the answer to e's own call over TLS: the sender is the server e checked
        if any(_DECISIONS.search(d.name) for d in f.data):
            out.append(f)
    return out


def _answers_own_call(g: Facts, e: Element, src: Element) -> bool:
    """``e`` calls ``src`` over a protocol that authenticates the server, and no person
    hands ``src`` anything: what ``src`` sends back is its answer to ``e``'s own call
    (a scoring service's verdict on the taps an edge gateway sent it), not a decision
    someone makes there and pushes."""
    s = g.system
    calls = any(
        f.target == src.id
        and f.protocol
        and (p := g.protocol(f)) is not None
        and p.server_authenticated
        for f in s._out[e.id]
    )
    return calls and not any(is_person(g.by_id[f.source]) for f in s._in[src.id])


def _messenger(g: Facts, e: Element, flows: list[Flow]) -> bool:
    """``e`` only tells people the decisions it gets: each decision it receives it
    passes on as it is, and only to people or to parties outside (a portal showing a
    claim decision, an API answering the rider's app), so a forged one misinforms
    rather than acts. A device no person uses that it passes a decision to (a scooter
    told to unlock) acts on it; a person's phone shows it."""
    got = {d for f in flows for d in f.data if _DECISIONS.search(d.name)}
    told: set[Data] = set()
    for f in g.system._out[e.id]:
        t = g.by_id[f.target]
        sent = got.intersection(f.data)
        if not sent:
            continue
        if not (is_person(t) or (g.untrusted(t) and not _machine(g, t))):
            return False  # passed on to a component of ours: it may act there
        told |= sent
    return told == got


def _machine(g: Facts, e: Element) -> bool:
    """A device no person exchanges data with: a machine that acts on what it is told."""
    s = g.system
    ends = (*(f.source for f in s._in[e.id]), *(f.target for f in s._out[e.id]))
    return isinstance(e, Device) and not any(is_person(g.by_id[x]) for x in ends)


@rule(
    "stride/forged-decision",
    threat="classic_spoofing",
    title="A decision the system acts on can be forged on the way",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Device),
    cwe=["CWE-306", "CWE-290"],
    # TLS's integrity protects the message on the way, not who sent it: it is no answer
    mitigations=[c.MutualAuthentication, c.Authentication],
    supporting=[c.AuditLogging, c.AnomalyDetection],
    likelihood="unlikely",
    impact="major",
    cia="I",
    placement=("element", "inbound"),
)
def forged_decision(view: ElementView) -> Match | None:
    """A component we run carries out decisions another of our components sends it: a
    release of a held payment from an analyst's console, an approved ad from a review
    tool, a door unlock from an access server, a hold-or-allow verdict from a scoring
    service. Nothing declared on the component or on those flows authenticates the
    sender (mutual TLS, a service identity or token), so anything that reaches the
    component on our networks (a compromised workload beside it, a stolen service key,
    someone on the store or office LAN) can send the decision itself, and the person or
    the check that should make it is bypassed. Devices we run count as well as services
    (a turnstile or a door controller told to open, a till told to release a refund),
    except for a decision that reaches a device across a trust boundary over a
    cleartext protocol: the cleartext finding names that channel and what its forging
    allows. One finding per component, naming each decision and where it comes from.
    Authentication of the sender, declared on the component or on the flows, closes it;
    audit logging and watching for decisions nobody made lower it. Left out: plant
    equipment (the plant-command finding), decisions over a plant protocol, a
    control-network component that takes writes from a less trusted zone (the
    control-network finding asks it to authenticate each writer), requests from
    untrusted parties (the exposed-interface finding), a model's verdict to the
    component that asks it, a decision the component fetches itself over TLS (a flow
    labelled as a download or a pull: the server it checked is the sender), the
    answer to the component's own call over TLS to a service no person hands
    anything (a scoring service's verdict on the taps an edge gateway sent it), a
    decision sent with the sender's sign-in (a staff token on the same request: the
    receiver can tell who sent it), a decision handed over on the same host (a
    protocol declared ``local``: a console and the service behind it on one laptop),
    a decision on a wire (a flow with no protocol labelled as a dry contact or
    hard-wired: a relay contact to a gate motor), and a component that only tells
    people the decisions (a portal showing a claim decision): a forged one there
    misinforms, it does not act."""
    e = view.element
    g = view.g
    if not g.operated(e) or plant_equipment(g, e) or moves_plant(g, e):
        return None
    if control_network_writes(g, e):
        # a control-network component that takes writes from outside: that finding asks
        # it to authenticate each writer, which answers this one too
        return None
    flows = _decision_flows(g, e)
    if not flows or _messenger(g, e, flows):
        return None
    s = view.system
    what = list(dict.fromkeys(d.name for f in flows for d in f.data if _DECISIONS.search(d.name)))
    senders = list(dict.fromkeys(f.source for f in flows))
    return Match(
        f"{view.described} acts on {names(what, limit=4)} from {names(senders, s)}; nothing "
        "declared authenticates the sender, so anything that reaches it on our networks "
        "can send the decision itself, bypassing the person or check that makes it.",
        affected=tuple(f.id for f in flows),
        control_sites=(e.id, *(f.id for f in flows)),
    )
