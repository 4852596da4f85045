"""Checks that let everything through when they are down.

A model that guards something (a fraud score on a payment, a moderation verdict on a
post, a defect detector on a production line, an identity check on a new account) is
asked inline by the component that lets the thing go on. When the model, its server or
the link to it is down, slow or erroring, that component still has to do something:
if nothing declared says it holds, stops or hands over to a person, it lets the thing
through unchecked. An outage, or an attacker who floods or breaks the check on
purpose, then opens a window with no check at all.

A detector that only watches (it raises alerts for people from what our cameras and
sensors capture) is the silent-detection finding's, not this one's.
"""

from __future__ import annotations

import re

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    DataStore,
    Device,
    Element,
    Endpoint,
    Flow,
    Model,
    Service,
)
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import declared_at, is_person, moves_plant, names
from threatgraph.rules.ai.models import live_watch
from threatgraph.rules.views import ElementView
from threatgraph.vocab import Phase, Task

_GUARDS = re.compile(
    r"\b(?:fraud\w*|scam\w*|bots?|abus\w*|spam|phishing|malware|cheat\w*|theft|stolen|"
    r"counterfeit\w*|fakes?|forg(?:ed|ery|eries)|moderat\w*|unsafe|safety|crisis|"
    r"self-harm|hazard\w*|danger\w*|defect\w*|cracks?|contamina\w*|allergen\w*|"
    r"collisions?|obstruct\w*|intrusions?|anomal\w*|mismatch\w*|authentic\w*|liveness|"
    r"verif\w*|sanction\w*|spoof\w*|deepfakes?|tamper\w*|violations?|prohibited|"
    r"dose[- ]errors?|holds?|held|blocks?|blocked|rejects?|rejected|quarantin\w*|"
    r"declin\w*)\b",
    re.IGNORECASE,
)
"""Words by which a detector or classifier says it guards against something (fraud, abuse, unsafe
content, defects, hazards, forgeries), or for what its verdict does (holds, blocks,
rejects, quarantines, declines): its verdict stops a thing, rather than grading
or sorting it for a decision someone takes anyway (a risk of no-show, a tariff code)."""

_BATCH = re.compile(
    r"\b(?:batch|nightly|weekly|daily|hourly|monthly|scheduled|cron|jobs?)\b", re.IGNORECASE
)
"""Names of components that score on a schedule: nothing waits on them to go on."""

_JUDGES = re.compile(r"\b(?:moderat\w*|screen(?:s|ed|ing|er)?|classif\w*)\b", re.IGNORECASE)
"""Words by which a language model says it is asked to judge (moderate, screen,
classify) rather than to write: a general model behind a vendor's API can be used as a
moderator, and then it guards as a classifier does."""

_RELAYS = (Service, Endpoint, Device)


def _live(g: Facts, f: Flow) -> bool:
    return not g.carried(f).lifecycle_only


def _said(g: Facts, m: Element) -> list[str]:
    """What a model says of itself: its name, its description and the names of what it
    sends."""
    return [m.name, m.description or "", *(d.name for f in g.system._out[m.id] for d in f.data)]


def _asked_to_judge(g: Facts, m: LLM) -> bool:
    """A language model asked for a verdict or a label (a classifier or detector task,
    or moderating, screening or classifying by its name, its description or what it
    sends), not for prose people read."""
    return m.task in (Task.DETECTOR, Task.CLASSIFIER) or any(_JUDGES.search(x) for x in _said(g, m))


def guards(g: Facts, m: Element) -> bool:
    """``m`` is a high-stakes model whose verdict guards something: an identity check,
    or a detector or classifier named or described for what it stops (fraud, abuse,
    unsafe content, defects, hazards), by its name, its description or what it sends. A
    detector that reads plates or outlines organs finds things; it guards nothing.

    A language model guards when it is asked to judge (a classifier or detector task,
    or named or described as moderating, screening or classifying) for what it stops:
    a hosted model used as the moderator of posts or messages. Whoever uses one as the
    check has made it the check, so it needs no high-stakes mark; a language model
    that writes (drafts, answers, summaries) guards nothing, whatever it mentions."""
    if not isinstance(m, Model):
        return False
    said = _said(g, m)
    if isinstance(m, LLM):
        return _asked_to_judge(g, m) and any(_GUARDS.search(x) for x in said)
    if not m.high_stakes:
        return False
    if m.task is Task.VERIFICATION:
        return True
    if m.task not in (Task.DETECTOR, Task.CLASSIFIER):
        return False
    return any(_GUARDS.search(x) for x in said)


def _round_trips(g: Facts, a: str) -> set[str]:
    """The elements ``a`` both sends to and hears from, along live flows."""
    s = g.system
    outs = {f.target for f in s._out[a] if _live(g, f)}
    return {f.source for f in s._in[a] if _live(g, f) and f.source in outs}


def _checks(g: Facts, gate: Element) -> list[tuple[Element, str | None]]:
    """The guarding models ``gate`` asks and hears back from, directly or through an
    inference endpoint it asks: (model, endpoint or None), each model once."""
    out: dict[str, tuple[Element, str | None]] = {}
    for x in sorted(_round_trips(g, gate.id)):
        e = g.by_id[x]
        if guards(g, e):
            out.setdefault(x, (e, None))
        elif isinstance(e, Endpoint):
            for y in sorted(_round_trips(g, x)):
                if y != gate.id and guards(g, g.by_id[y]):
                    out.setdefault(y, (g.by_id[y], x))
    return [v for v in out.values() if live_watch(g, v[0]) is None]


def _held_up(g: Facts, gate: Element, asked: set[str]) -> list[Flow]:
    """The flows on which the gate lets a thing go on once its checks answer: to a
    caller that hears back from it (and goes on with the answer), to equipment it
    drives, and on which what an outside party sent it passes on. Empty when nothing
    waits on it."""
    s = g.system
    arriving = [
        f
        for f in s._in[gate.id]
        if _live(g, f) and f.source not in asked and not isinstance(g.by_id[f.source], DataStore)
    ]
    onward = [
        f
        for f in s._out[gate.id]
        if _live(g, f)
        and f.target not in asked
        and not (is_person(g.by_id[f.target]) and not g.external(f.target))
        and not isinstance(g.by_id[f.target], Model)  # another model it asks
    ]
    if not arriving or not onward:
        return []
    callers = {f.source for f in arriving} & {f.target for f in onward}
    answered = [f for f in onward if f.target in callers]
    driven = [f for f in onward if moves_plant(g, g.by_id[f.target])]
    outside = {
        d for f in arriving if g.external(f.source) or is_person(g.by_id[f.source]) for d in f.data
    }
    passed = [f for f in onward if outside.intersection(f.data)]
    return list(dict.fromkeys([*answered, *driven, *passed]))


@rule(
    "ai/fail-open-check",
    threat="classic_dos",
    title="A check that is down lets everything through",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Device),
    atlas=["AML.T0029"],
    cwe=["CWE-693", "CWE-400"],
    # holding what is checked when the check does not answer closes it; equipment that
    # falls to a safe state when the verdicts stop does the same on a line
    mitigations=[c.FailClosed, c.SafetyLimits],
    supporting=[c.AnomalyDetection, c.RateLimiting],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "outbound"),
)
def fail_open_check(view: ElementView) -> Match | None:
    """A component we run asks a high-stakes model that guards something (an identity
    check, or a detector or classifier for fraud, abuse, unsafe content, defects,
    hazards, or a language model it uses as a moderator or screen) and waits on its
    verdict to let a thing go on: a caller it answers goes on with the payment, the
    post or the account; equipment it drives keeps the line moving; what an outside
    party sent it passes on to our stores and services. When the model, its server or
    the link is down, slow or erroring, nothing declared says what the component does,
    so what it guards can go on unchecked. An outage opens
    that window by accident; an attacker who floods or breaks the check opens it on
    purpose. Failing closed (hold, stop, or hand to a person, and alert) declared on
    the component, the model, the endpoint between them or what it lets go on closes
    it; safety limits with a safe state do so where the component drives equipment.
    Monitoring that notices the outage, and limits on who can flood the check, lower
    it. One finding per component, naming every check it waits on. Left out:
    components that score on a schedule (a nightly job: nothing waits on them), an
    endpoint whose callers are the ones waiting, and detectors that only raise alerts
    for people from our own cameras and sensors (the silent-detection finding)."""
    gate = view.element
    g = view.g
    if not (g.operated(gate) or (isinstance(gate, Device) and not g.untrusted(gate))):
        return None
    if _BATCH.search(gate.name):
        return None
    checks = _checks(g, gate)
    if not checks:
        return None
    if isinstance(gate, Endpoint) and any(
        ep == gate.id
        for x in _round_trips(g, gate.id)
        if isinstance(g.by_id[x], _RELAYS) and g.operated(x)
        for _, ep in _checks(g, g.by_id[x])
    ):
        return None  # a caller asks the check through it and waits: the finding is theirs
    models = [m for m, _ in checks]
    endpoints = list(dict.fromkeys(ep for _, ep in checks if ep is not None))
    asked = {m.id for m in models} | set(endpoints)
    let_go = _held_up(g, gate, asked)
    if not let_go:
        return None
    s = view.system
    onward = list(dict.fromkeys(f.target for f in let_go))
    drives = [x for x in onward if moves_plant(g, g.by_id[x])]
    ways = [
        f.id for f in (*s._out[gate.id], *s._in[gate.id]) if f.target in asked or f.source in asked
    ]
    ways += [
        f.id
        for ep in endpoints
        for f in (*s._out[ep], *s._in[ep])
        if f.target in asked or f.source in asked
    ]
    what = "the line keeps moving" if drives else "what it checks goes on"
    sites = (gate.id, *(m.id for m in models), *endpoints, *dict.fromkeys(ways), *onward)
    held = declared_at(g, (*sites, *(f.id for f in let_go)), c.FailClosed)
    # a declared fallback is the answer; the text must not say there is none
    said = (
        f"failing closed is declared ({held[0].fallback or 'no fallback named'}); if it does "
        "not hold,"
        if held
        else "nothing declared says what it does when the check is down, slow or erroring, so"
    )
    return Match(
        f"{view.described} waits on {names(models, s)} to let things go on to "
        f"{names(onward, s)}; {said} {what} unchecked during an outage, or while someone "
        "floods or breaks the check on purpose.",
        affected=(*(m.id for m in models), *endpoints, *(f.id for f in let_go)),
        asks=None if drives else (c.FailClosed,),
        control_sites=(*sites, *(f.id for f in let_go)),
    )
