"""Checks that do not hold: ones that let everything through when they are down, and
ones an agent runs that bind nothing.

A model that guards something (a fraud score on a payment, a moderation verdict on a
post, a defect detector on a production line, an identity check on a new account) is
asked inline by the component that lets the thing go on. When the model, its server or
the link to it is down, slow or erroring, that component still has to do something:
if nothing declared says it holds, stops or hands over to a person, it lets the thing
through unchecked. An outage, or an attacker who floods or breaks the check on
purpose, then opens a window with no check at all.

A detector that only watches (it raises alerts for people from what our cameras and
sensors capture) is the silent-detection finding's, not this one's.

An agent that asks a checking tool (eligibility, rest-hour rules, a policy's cover,
an identity check) and then acts through other tools holds the check only as long as
the model follows it: the verdict comes back to the agent, and the tool that acts
takes whatever the agent sends it. So does one that takes its callers' money (a
payment link, a card charge): the amount is whatever the model's call says.
"""

from __future__ import annotations

import itertools
import re

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
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
from threatgraph.findings import Target
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    PAYS_OUT,
    acts_through_others,
    approvals,
    declared_at,
    direct_sources,
    is_person,
    moves_plant,
    names,
    source_names,
    subject,
)
from threatgraph.rules.ai.models import live_watch
from threatgraph.rules.ai.prompts import steerers
from threatgraph.rules.views import ElementView
from threatgraph.system import System
from threatgraph.vocab import (
    APPROVED_AUTONOMIES,
    Capability,
    DataKind,
    ExternalCategory,
    Phase,
    Task,
)

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

_SORTS = re.compile(r"\b(?:triag\w*|rank\w*|priorit\w*|queue order\w*)\b", re.IGNORECASE)
"""Words by which a model says it sorts what comes in (triage, ranking, priority): its
verdict orders the work people do anyway, rather than stopping anything."""

_STOPS = re.compile(
    r"\b(?:holds?|held|blocks?|blocked|rejects?|rejected|quarantin\w*|declin\w*|stops?)\b",
    re.IGNORECASE,
)
"""What says a sorting model's verdict stops a thing after all (held, blocked)."""

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
    detector that reads plates or outlines organs finds things; it guards nothing, nor
    does a model that sorts what people work through anyway (a crisis triage score, a
    ranking, a priority) unless it says its verdict holds or blocks.

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
    if any(_SORTS.search(x) for x in said) and not any(_STOPS.search(x) for x in said):
        return False  # it orders a queue people work through anyway (a triage score)
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
        if guards(g, e) and _verdict_back(g, x, gate.id):
            out.setdefault(x, (e, None))
        elif isinstance(e, Endpoint):
            for y in sorted(_round_trips(g, x)):
                if y != gate.id and guards(g, g.by_id[y]) and _verdict_back(g, y, x):
                    out.setdefault(y, (g.by_id[y], x))
    return [v for v in out.values() if live_watch(g, v[0]) is None]


def _verdict_back(g: Facts, model: str, asker: str) -> bool:
    """What the model sends back to the component that asks it is more than a vector,
    or the asker looks the vector up where an answer comes back (a face index that
    returns the nearest banned patrons): a face model that only turns an enrolment
    selfie into the template to store judges nothing there, whatever it verifies at
    the gate."""
    s = g.system
    back = [f for f in s._out[model] if f.target == asker and _live(g, f)]
    if any(g.carried(f).kinds - {DataKind.EMBEDDINGS} for f in back):
        return True
    lookups = {
        f.target
        for f in s._out[asker]
        if f.target != model and DataKind.EMBEDDINGS in g.carried(f).kinds
    }
    return bool(back) and bool(lookups & _round_trips(g, asker))


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
    endpoint whose callers are the ones waiting, detectors that only raise alerts
    for people from our own cameras and sensors (the silent-detection finding), and
    checks whose every verdict a person confirms before it is used (an approval on the
    model or the flows out of it that is not only for what the check flags or holds):
    while they are down there is nothing to confirm, and nothing goes on unseen; and
    a component to which the model hands back only a vector it stores (a face template
    made from an enrolment selfie), unless it looks the vector up where an answer comes
    back (a ban-list index returning matches): it waits on no verdict there."""
    gate = view.element
    g = view.g
    if not (g.operated(gate) or (isinstance(gate, Device) and not g.untrusted(gate))):
        return None
    if _BATCH.search(gate.name):
        return None
    # a check whose every verdict a person confirms before anything goes on hands
    # everything to a person already: while it is down, there is nothing to confirm
    checks = [(m, ep) for m, ep in _checks(g, gate) if not _each_verdict_confirmed(g, m)]
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


def _each_verdict_confirmed(g: Facts, m: Element) -> bool:
    """A person approval with no threshold or scope is declared on the model or on the
    flows out of it, and does not say it is for what the check flags or holds (``'the
    counsellor reviews every flag'``, ``'flagged sales are held until reviewed'``: what
    passes goes on unseen): each verdict waits for a person before it is used."""
    return any(
        c.approves_every_step(x) and not _FLAGGED_ONLY.search(f"{x.approver or ''} {x.note or ''}")
        for x in approvals(m, *g.system._out[m.id])
    )


_FLAGGED_ONLY = re.compile(
    r"\b(?:flag(?:s|ged)?|held|holds?|alerts?|escalat\w*|exceptions?|rejects?|rejected)\b",
    re.IGNORECASE,
)
"""Words by which an approval says it is for what a check flags, holds or rejects."""


_CHECKING = re.compile(
    r"\b(?:check(?:s|er|ers)?(?![- ](?:in|out)\b)|verif\w*|eligib\w*|rules?|polic(?:y|ies)|limits?|"
    r"validat\w*|screen(?:s|ing|er)?|compliance|vetting|sanctions?|kyc|affordability|"
    r"(?:patch|allergy|skin)[- ]tests?)\b",
    re.IGNORECASE,
)
"""Words by which a tool says it checks something an action must meet: eligibility,
rules, a policy, limits, an identity or document check, screening, compliance, a
patch or allergy test that must come before a treatment."""

_NOT_RULES = re.compile(
    r"\b(?:availability|stock|status|price|spell(?:ing)?|health|order)\s+check|"
    r"\b(?:pric\w*|tariffs?|quotes?|rates?|discounts?)\b",
    re.IGNORECASE,
)
"""Checks that look a fact up rather than test a rule (is a slot free, is it in stock),
and rules that price a step rather than allow it (pricing rules, discount rules): the
service that acts refuses what is not there anyway, and a price is the quote's
concern."""

_HANDS_ON = re.compile(
    r"\b(?:hand-?offs?|handovers?|referr\w*|refer|escalat\w*|tickets?|drafts?|drafting|"
    r"queues?)\b",
    re.IGNORECASE,
)
"""Tools that hand the work to a person (a referral, a ticket, a draft, a queue): the
person decides, so the tool does not act on the agent's word alone."""

_ACTS = frozenset(
    {Capability.WRITE, Capability.DELETE, Capability.MONEY_MOVEMENT, Capability.EXECUTE_CODE}
)


_RULE_DATA = re.compile(
    r"\b(?:eligib\w*|rules?|polic(?:y|ies)|limits?|criteria|restrictions?|clearances?|"
    r"(?:check|screening|vetting|verification)\s+(?:status|results?))\b",
    re.IGNORECASE,
)
"""Words by which data says it holds rules a step must meet (an extensions policy,
eligibility criteria, load temperature limits) or the standing result of a check it
depends on (a safeguarding check status, a clearance), rather than a case or a file."""


def _rule_named(name: str) -> bool:
    return bool(_CHECKING.search(name)) and not _NOT_RULES.search(name)


def _brings_rules(g: Facts, agent: Element, tool: Element) -> bool:
    """Data named for rules reaches the tool from somewhere other than the agent (offer
    limits from the campaign store, the eligibility table)."""
    return any(
        _RULE_DATA.search(d.name) and not _NOT_RULES.search(d.name)
        for x in g.system._in[tool.id]
        if x.source != agent.id
        for d in x.data
    )


def _askers(g: Facts, agent: Element) -> list[Element]:
    """The people who prompt ``agent`` (or its LLMs): flows carrying a prompt into it,
    followed back through the request handlers and messaging services that pass the
    prompt on (three hops at most) to a person."""
    s = g.system
    found: dict[str, Element] = {}
    seen = {agent.id}
    frontier = [agent.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._in[node]:
                if f.source in seen or not any(d.kind is DataKind.PROMPT for d in f.data):
                    continue
                seen.add(f.source)
                src = g.by_id[f.source]
                if is_person(src):
                    found[src.id] = src
                elif isinstance(src, (Endpoint, Service, ExternalService)):
                    nxt.append(src.id)
        frontier = nxt
    return [found[k] for k in sorted(found)]


def _checkers(g: Facts, agent: Element) -> list[Element]:
    """Tools the agent asks and hears back from that check something, or fetch it the
    rules to apply, and change nothing themselves: named for a check, or bringing in
    data named for rules (an extensions policy, eligibility criteria) from elsewhere."""
    s = g.system
    back = {f.source for f in s._in[agent.id]}
    out = []
    for f in s._out[agent.id]:
        t = g.by_id[f.target]
        if not isinstance(t, Tool) or t.id not in back:
            continue
        if t.capabilities & _ACTS and not _records_verdict(g, agent, t):
            continue
        if _rule_named(t.name) or _brings_rules(g, agent, t):
            out.append(t)
    return list(dict.fromkeys(out))


def _records_verdict(g: Facts, agent: Element, tool: Tool) -> bool:
    """A tool named for a check that writes nothing but its verdict: it may pay, delete
    or run nothing, and what it writes to stores is what it tells the agent (an age
    check that also sets the age-verified flag on the account)."""
    s = g.system
    if tool.capabilities & (_ACTS - {Capability.WRITE}) or not _rule_named(tool.name):
        return False
    told = {d.id for f in s._out[tool.id] if f.target == agent.id for d in f.data}
    kept = [f for f in s._out[tool.id] if isinstance(g.by_id[f.target], DataStore)]
    return bool(kept) and all(d.id in told for f in kept for d in f.data)


def _acting_tools(g: Facts, agent: Element, checkers: list[Element]) -> list[Element]:
    """The agent's tools that act (write, delete, pay, run code) on its word: not those
    that hand the work to a person, nor those a person approves step by step (approval
    with no threshold on the tool or the call to it), nor those a checker's verdict
    reaches on its own way (the check then binds them)."""
    s = g.system
    checked = {x.target for k in checkers for x in s._out[k.id] if x.target != agent.id}
    out = []
    for f in s._out[agent.id]:
        t = g.by_id[f.target]
        if not isinstance(t, Tool) or not t.capabilities & _ACTS or _HANDS_ON.search(t.name):
            continue
        if any(c.approves_every_step(a) for a in approvals(t, f)):
            continue  # a person approves each step
        if t.id in checked or checked & {x.target for x in s._out[t.id]}:
            continue  # the verdict goes to where the action happens
        if _brings_rules(g, agent, t):
            continue  # the tool gets the rules itself: it can hold the step to them
        out.append(t)
    return list(dict.fromkeys(out))


def _enforcing_sites(g: Facts, agent: Element, tool: Element) -> tuple[str, ...]:
    """Where a rule can be enforced for a tool's actions, outside the model: the tool,
    the agent's call to it, its calls out and what it calls."""
    s = g.system
    calls = [x for x in s._out[tool.id] if not isinstance(g.by_id[x.target], (Agent, LLM))]
    return (
        tool.id,
        *(f.id for f in s._out[agent.id] if f.target == tool.id),
        *(x.id for x in calls),
        *dict.fromkeys(x.target for x in calls),
    )


def _enforced(g: Facts, sites: tuple[str, ...]) -> bool:
    return bool(declared_at(g, sites, c.PolicyEnforcement) or declared_at(g, sites, c.SafetyLimits))


@rule(
    "ai/check-left-to-agent",
    threat="insecure_tool_interface",
    title="A check the agent runs binds none of the tools that act",
    stride="TE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Agent, LLM),
    atlas=["AML.T0053", "AML.T0051"],
    owasp=["LLM06:2025", "ASI02:2026"],
    cwe=["CWE-863", "CWE-693"],
    mitigations=[c.PolicyEnforcement, c.SafetyLimits],
    # a log shows a skipped check afterwards; it does not make the step wait on one
    supporting=[c.TransactionLimits, c.InputValidation],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("outbound",),
)
def check_left_to_agent(view: ElementView) -> Match | None:
    """An agent asks a tool that checks something before it acts (eligibility, rest hours
    or other safety rules, what a policy covers, an identity or document check,
    sanctions screening), or that fetches it the rules to apply or a check's standing
    result (an extensions policy, load temperature limits, a safeguarding check status),
    and acts through other tools: a booking, a refund, a payout change, an erasure. The
    check's verdict comes back to the agent, and the tool that acts takes whatever the
    agent sends it: nothing outside the model makes the action wait on a check that
    passed. A prompt, a document the agent read or a plain model error can skip the
    check, misread its result or act against it: a pilot booked short of rest, a refund
    outside the policy, an erasure for someone never verified. Raised once per agent,
    naming the checks and the tools that act. The answer is to enforce the rule where
    the action happens (policy enforcement, or safety limits where the rules are safety
    limits, declared on the acting tool, the call to it or the service it calls): that
    tool checks against records of its own, or accepts only a verdict issued for that
    very action. A check that also records its verdict (an age check setting the
    age-verified flag on the account) still counts when no acting tool reads it: a flag
    kept is not a step refused. Transaction limits and input validation there lower it (an audit log
    only shows the skipped check afterwards). Left out: tools that hand the work to a
    person (a referral, a ticket, a draft), tools a person approves step by step, tools
    the checker's verdict reaches on its own way or that get the rules themselves (offer
    limits from the campaign store), checks that look a fact up (a free slot, stock) and
    rules that price a step (pricing or discount rules). One step less likely when no
    outsider can steer the agent and no person prompts it (it runs on a schedule or on
    system events): a model error is then the way in. People of ours who prompt it for
    the very steps the check limits (staff asking it for their own booking or permit)
    can talk it past the check as well as an outsider can."""
    e = view.element
    g = view.g
    s = view.system
    if acts_through_others(g, e):
        return None  # an agent's reasoner, or a model declared to return a label
    checkers = _checkers(g, e)
    if not checkers:
        return None
    acting = _acting_tools(g, e, checkers)
    if not acting:
        return None
    sites = {t.id: _enforcing_sites(g, e, t) for t in acting}
    open_tools = [t for t in acting if not _enforced(g, sites[t.id])]
    # every acting tool enforcing the rule is the answer: the finding is then closed by
    # what they declare; otherwise only the tools that do not count
    shown = open_tools or acting
    srcs = steerers(g, e)
    # the people who ask it for the steps the check limits (staff booking their own
    # travel, applying for their own permit) have every reason to talk it past the check
    askers = [] if srcs else _askers(g, e)
    caps = {x for t in shown if isinstance(t, Tool) for x in t.capabilities}
    how = (
        f"content from {source_names(g, srcs)} reaches it, and it or a plain model error"
        if srcs
        else f"{names(askers, s)}, asking it for the steps the check limits, or a model error"
        if askers
        else "a model error"
    )
    # a check that also records its verdict (an age-verified flag on the account) keeps
    # it where no acting tool is declared to read it
    kept = sorted(
        {
            f.target
            for k in checkers
            for f in s._out[k.id]
            if isinstance(g.by_id[f.target], DataStore)
            and isinstance(k, Tool)
            and k.capabilities & _ACTS
        }
    )
    back = (
        f"comes back to the agent and is kept in {names(kept, s)}"
        if kept
        else "comes back only to the agent"
    )
    return Match(
        f"{view.described} checks what its steps must meet through {names(checkers, s)} "
        f"and acts through {names(shown, s)}; what the check says {back}, and nothing "
        f"declared makes {names(shown, s)} refuse a step the check would fail, so {how} "
        "can skip the check, misread it or act against it.",
        affected=(
            *(f.id for f in s._out[e.id] if f.target in {k.id for k in checkers}),
            *(f.id for f in s._in[e.id] if f.source in {k.id for k in checkers}),
            *(f.id for f in s._out[e.id] if f.target in {t.id for t in shown}),
        ),
        likelihood_delta=0 if srcs or askers else -1,
        impact_delta=1 if caps & {Capability.MONEY_MOVEMENT, Capability.DELETE} else 0,
        control_sites=tuple(x for t in shown for x in sites[t.id]),
    )


_TAKES_MONEY = (
    r"payment ?links?|card payments?|checkout\w*|charg(?:e|es|ing)|deposits?|take payments?"
)
"""Words that say a tool takes money (a card payment is one the caller makes), shared by
the charge and collection patterns."""

_CHARGES = re.compile(rf"\b(?:{_TAKES_MONEY}|fees?|payments?)\b", re.IGNORECASE)
"""Words by which a tool's name says it takes the caller's money (a payment link, a
card charge, a checkout, a deposit)."""

_NOT_CHARGES = re.compile(
    r"\b(?:refund\w*|pay-?outs?|compensat\w*|credits?|reimburs\w*|rebates?|interim"
    r"|invoices?|suppliers?|contractors?|plans?|lookups?|look-?up|status|hand-?offs?"
    r"|cancel\w*|disputes?|reminders?|tax(?:es)?|guarantees?)\b",
    re.IGNORECASE,
)
"""Words by which such a tool's name says it pays out (a refund, an interim payment,
a supplier's invoice, a client's tax, an insurer's guarantee of payment to a hospital),
sets terms rather than a charge (a payment plan), only reads, or hands the case on."""

_GIFTS = re.compile(
    r"\b(?:donat\w*|gifts?|giving|tithes?|offerings?|pledges?|tips?)\b", re.IGNORECASE
)
"""Words by which an agent, its charging tool or what they pass say the money is a
gift: the giver chooses the amount, and there is no price to talk down."""


def charge_tools(g: Facts, agent: Element) -> list[Tool]:
    """The agent's tools that take the caller's money, by name, and can act (write,
    move money or call out): a payment-link tool, a card charge tool."""
    return [
        t
        for t in g.system.successors(agent)
        if isinstance(t, Tool)
        and _CHARGES.search(t.name)
        and not _NOT_CHARGES.search(t.name)
        and t.capabilities
        & {Capability.WRITE, Capability.MONEY_MOVEMENT, Capability.NETWORK_EGRESS}
    ]


@rule(
    "ai/agent-set-charge",
    threat="insecure_tool_interface",
    title="The agent sets what its callers are charged",
    stride="T",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Agent),
    atlas=["AML.T0053", "AML.T0051.000"],
    owasp=["LLM06:2025", "ASI02:2026"],
    cwe=["CWE-863", "CWE-20"],
    mitigations=[c.PolicyEnforcement],
    supporting=[c.TransactionLimits, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("outbound",),
)
def agent_set_charge(view: ElementView) -> Match | None:
    """People outside prompt an agent that takes their money through a tool (a payment
    link, a card charge, a deposit), and the amount and what it pays for travel in the
    call the model writes. Nothing declared makes the tool, or the service it calls,
    charge the price our own records give for that booking: a caller can talk the
    agent into a discount, a lower fee or another item, and the booking is then
    confirmed as paid. Raised once per agent, naming the tools; policy enforcement
    where the money is taken (the tool prices the booking itself, or accepts only a
    quote our pricing issued for it) closes it, and transaction limits and anomaly
    detection there lower it. Left out: agents a person approves every charge of (also
    by an approval whose note names charges among the steps it covers), agents declared
    supervised or assistive with no narrower approval, and gifts (a giving agent, a
    donation link), whose amount the giver chooses; and a tool that gets the price from
    records (a store or service of ours or a partner's sends it data named for prices,
    fares, fees or tariffs: a session's price from the rink schedule)."""
    e = view.element
    assert isinstance(e, Agent)
    g = view.g
    tools = charge_tools(g, e)
    if not tools:
        return None  # first: almost every agent fails it
    if _gifts(g, e, tools):
        return None  # a donation's amount is the giver's to choose
    callers = [
        x
        for x in direct_sources(g, e)
        if isinstance(x.element, Actor) and x.element.human and g.untrusted(x.element)
    ]
    if not callers:
        return None
    if _each_step_approved(e, payment_approvals(g, e, tools), _CHARGES):
        return None  # a person sees every charge before it is taken
    tools = [t for t in tools if not _prices_itself(g, t)]
    if not tools:
        return None  # each tool gets the price from our own records
    ids = {t.id for t in tools}
    s = view.system
    return Match(
        f"{source_names(g, callers)} prompt {view.described}, which takes their money "
        f"through {names(tools, s)}; the amount and what it pays for come from the call "
        "the model writes, and nothing declared makes the charge match the price our "
        "records give, so a caller can talk the agent into a discount, a lower fee or "
        "another item, and the booking is confirmed as paid.",
        affected=tuple(f.id for f in s._out[e.id] if f.target in ids),
        control_sites=tuple(dict.fromkeys(x for t in tools for x in _enforcing_sites(g, e, t))),
    )


@rule(
    "ai/unverified-evidence",
    threat="tool_misuse",
    title="An agent pays on evidence the claimant supplies",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Agent),
    atlas=["AML.T0088", "AML.T0048.000"],
    owasp=["LLM06:2025", "ASI02:2026"],
    cwe=["CWE-345", "CWE-346"],
    mitigations=[c.PolicyEnforcement, c.ProvenanceTracking],
    # synthetic-media and duplicate checks catch some forgeries, not a genuine receipt
    # used twice or a borrowed ticket; caps and approvals bound what one gets
    supporting=[c.DeepfakeDetection, c.AnomalyDetection, c.TransactionLimits],
    likelihood="possible",
    impact="moderate",
    cia="I",
)
def unverified_evidence(view: ElementView) -> Match | None:
    """An agent that moves money (a refund, a payout, a credit, an invoice paid) reads
    the documents or images outsiders send it as evidence (a receipt, a ticket photo, an
    invoice, a certificate) and at least some of its payments wait for no person. A
    language model reads a forged, edited or AI-generated document as readily as a
    genuine one, and it keeps no memory of the receipt it saw in another claim: the
    evidence is what the claimant chose to show. Raised once per agent, on the paths the
    evidence takes, when nothing declared checks it against records the organisation
    holds or for reuse: policy enforcement where the money moves (the payout tool pays
    only for a delay the running times confirm, an invoice only against a purchase
    order) or provenance checks on the evidence close it; deepfake detection, anomaly
    detection (repeat and duplicate claims) and transaction limits lower it. Left out:
    agents whose every payment a person approves (a person then judges the evidence, as
    with any claim), agents declared supervised with no narrower approval, tools whose
    name says they take money or buy rather than pay out (a deposit tool, parts
    ordering, a payment link tool: the customer pays us), and documents from published
    sources (web pages, data feeds) and from our own staff."""
    e = view.element
    assert isinstance(e, Agent)
    g = view.g
    s = view.system
    tools = payout_tools(g, e)
    if not tools:
        return None  # first: almost every agent fails it
    gates = payment_approvals(g, e, tools)
    if _each_step_approved(e, gates, PAYS_OUT):
        return None  # a person approves every payment, evidence and all
    paths = evidence_paths(g, e)
    if not paths:
        return None
    evidence = sorted(
        {
            d.name
            for p in paths
            for f in g.flows_between(p[:2])
            for d in s.flow(f).data
            if d.kind in (DataKind.DOCUMENTS, DataKind.MEDIA)
        }
    )
    senders = list(dict.fromkeys(p[0] for p in paths))
    above = sorted({x.above for x in gates if x.above})
    who = (
        f"a person approves only payments above {'; '.join(above)}"
        if above
        else "no person approves its payments"
    )
    sites = (
        e.id,
        *(x for p in paths for x in (*p[1:], *g.flows_between(p))),
        *(x for t in tools for x in _enforcing_sites(g, e, t)),
    )
    return Match(
        f"{view.described} moves money through {names(tools, s)} and reads as evidence "
        f"what {names(senders, s)} send"
        f"{' (' + names(evidence, limit=4) + ')' if evidence else ''}; {who}. Nothing "
        "declared checks that evidence against records we hold or for reuse, so a forged, "
        "edited, AI-generated or reused document or photo (the same receipt in two "
        "claims) is taken at face value.",
        affected=tuple(
            Target.flow(g.flows_between(p)[0]) if len(p) == 2 else Target.path(p) for p in paths
        ),
        control_sites=tuple(dict.fromkeys(sites)),
    )


_CREDENTIAL_DOCUMENTS = re.compile(
    r"\b(?:certificates?|licen[cs]es?|permits?|passports?|visas?|identity (?:papers?|"
    r"documents?|cards?)|id (?:cards?|documents?|papers?)|qualifications?|accreditations?|"
    r"diplomas?|proof of (?:identity|address|age|insurance|qualification))\b",
    re.IGNORECASE,
)
"""Names of a document that proves who someone is or what they may do: a certificate,
a licence, a permit, a passport, an identity card, a qualification."""

_VERDICTS = re.compile(
    r"\b(?:status|valid(?:ity)?|verified|verifications?|verdicts?|check results?|"
    r"eligib\w*|clearances?)\b",
    re.IGNORECASE,
)
"""Names of a recorded outcome of a check: a status, a validity, a verification."""


@rule(
    "ai/model-read-credential",
    threat="data_source_spoofing",
    title="A model's reading of an uploaded certificate is recorded as the check",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Tool, Service, Pipeline, Agent),
    atlas=["AML.T0088", "AML.T0043"],
    owasp=["LLM09:2025"],
    cwe=["CWE-345", "CWE-346"],
    mitigations=[c.ProvenanceTracking, c.HumanInTheLoop],
    supporting=[c.DeepfakeDetection, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="I",
)
def model_read_credential(view: ElementView) -> Match | None:
    """A component we run has a language model read the certificates, licences, permits
    or identity documents outsiders upload (the holder, the number, the expiry date),
    the same file reaching it all the way, and records the outcome as a status or a
    validity others rely on (a guest's firearm certificate marked valid before
    ammunition is sold). The model reads a forged,
    altered, expired-and-edited or someone else's document as readily as a genuine one,
    and nothing in the document says it was issued: the check records what the uploader
    chose to show. Raised once per component that writes the outcome, on the ways the
    documents come in. Checking the document with its issuer or a register
    (provenance) or a person looking at each document before the status is recorded
    closes it (declared on the component, the flows into it or the tool that records the
    outcome); deepfake and duplicate detection lower it. Left out: documents our own
    staff scan from originals they hold, a component that hears back from an outside
    register or the issuer (a certifying body's public register): the document is then
    checked with whoever issued it, and an outcome read only by consoles where a declared
    approval decides with the document itself shown to the person (the reading is advice
    to them)."""
    e = view.element
    g = view.g
    s = view.system
    if not g.operated(e):
        return None
    writers = (
        [e, *(t for t in s.successors(e) if isinstance(t, Tool))] if isinstance(e, Agent) else [e]
    )
    recorded = [
        f
        for w in writers
        for f in s._out[w.id]
        if isinstance(g.by_id[f.target], DataStore)
        and any(_VERDICTS.search(d.name) for d in f.data)
    ]
    if not recorded:
        return None  # first: almost every component fails it
    reads = isinstance(e, Agent) or any(
        isinstance(g.by_id[f.target], LLM) and any(x.source == f.target for x in s._in[e.id])
        for f in s._out[e.id]
    )
    if not reads or _asks_a_register(g, writers):
        return None
    brought = {p: _credential_documents(s, p) for p in g.evidence_from_outside(e)}
    paths = [p for p, docs in brought.items() if docs]
    if not paths:
        return None
    documents = sorted({d for p in paths for d in brought[p]})
    senders = list(dict.fromkeys(p[0] for p in paths))
    outcome = sorted({d.name for f in recorded for d in f.data if _VERDICTS.search(d.name)})
    stores = list(dict.fromkeys(f.target for f in recorded))
    if _decided_with_the_document(g, stores, set(outcome), set(documents)):
        return None
    return Match(
        f"{view.described} has a language model read {names(documents, limit=4)} that "
        f"{subject(senders, 'uploads', 'upload', s)}, and records {names(outcome, limit=3)} in "
        f"{names(stores, s)}. Nothing declared checks the document with its issuer or has "
        "a person look at it, so a forged, altered or borrowed document passes as genuine.",
        affected=(
            *(Target.flow(g.flows_between(p)[0]) if len(p) == 2 else Target.path(p) for p in paths),
            *(f.id for f in recorded),
        ),
        control_sites=tuple(
            dict.fromkeys(
                (
                    e.id,
                    *(f.id for f in s._in[e.id]),
                    *(f.id for f in recorded),
                    *(w.id for w in writers),
                    *(x for p in paths for x in p[1:-1]),
                )
            )
        ),
    )


def _decided_with_the_document(
    g: Facts, stores: list[str], outcome: set[str], documents: set[str]
) -> bool:
    """Everything that reads the recorded outcome is a console where a declared person
    approval decides with the document itself in front of them (a markets officer who
    sees the certificate beside the model's reading and decides every application): the
    reading is advice to that person, not the check."""
    s = g.system
    readers = {
        f.target for st in stores for f in s._out[st] if any(d.name in outcome for d in f.data)
    }
    return bool(readers) and all(
        approvals(g.by_id[r], *s._in[r], *s._out[r])
        and any(d.name in documents for f in s._in[r] for d in f.data)
        and any(
            d.name in documents for f in s._out[r] for d in f.data if is_person(g.by_id[f.target])
        )
        for r in readers
    )


_REGISTERS = re.compile(r"\b(?:registers?|registry|registries|issuers?|issuing)\b", re.IGNORECASE)


def _asks_a_register(g: Facts, writers: list[Element]) -> bool:
    """The component (or the agent's tools) hears back from an outside register or the
    issuer (a certifying body's public register): the document is checked with whoever
    issued it, and what is left is the identity finding's (whose certificate it is)."""
    return any(
        isinstance(src := g.by_id[f.source], (ExternalService, DataSource))
        and bool(_REGISTERS.search(src.name))
        for w in writers
        for f in g.system._in[w.id]
    )


def _credential_documents(s: System, path: tuple[str, ...]) -> set[str]:
    """The certificates, licences or identity documents that travel the whole path, the
    same file at every step (not an ID photo that stops in a store while a consent form
    goes on)."""
    hops = [
        {d for f in s._out[a] if f.target == b for d in f.data} for a, b in itertools.pairwise(path)
    ]
    return {
        d.name
        for d in set.intersection(*hops)
        if d.kind in (DataKind.DOCUMENTS, DataKind.MEDIA) and _CREDENTIAL_DOCUMENTS.search(d.name)
    }


_COLLECTS = re.compile(rf"\b(?:{_TAKES_MONEY}|collect\w*)\b", re.IGNORECASE)
"""Words by which a tool's name says it takes a customer's money (a payment link, a
checkout, a card charge), though "payment" alone could be either way."""

_PAYS_BACK = re.compile(
    r"\b(?:refund\w*|pay-?outs?|compensat\w*|credit\w*|settle\w*|reimburs\w*|disburs\w*"
    r"|rebates?)\b",
    re.IGNORECASE,
)
"""Words by which a tool's name says it pays someone, whatever else it names."""


def payout_tools(g: Facts, agent: Element) -> list[Tool]:
    """The agent's tools that move money and say by name that they pay out (see
    :data:`threatgraph.rules._kit.PAYS_OUT`), not those that say they collect it (a
    payment link tool: the customer pays the shop) unless they also name a refund or
    another payment back."""
    return [
        t
        for t in g.system.successors(agent)
        if isinstance(t, Tool)
        and Capability.MONEY_MOVEMENT in t.capabilities
        and PAYS_OUT.search(t.name)
        and (not _COLLECTS.search(t.name) or _PAYS_BACK.search(t.name))
    ]


def _each_step_approved(
    agent: Agent, gates: list[c.HumanInTheLoop], steps: re.Pattern[str] | None = None
) -> bool:
    """A person approves every step of these tools: an approval declared with no
    threshold, one whose note scopes it to some steps naming these among them
    (``'asked before a charge or a refund; bookings go ahead directly'``), or none
    declared on an agent declared supervised or assistive."""
    return any(
        c.approves_every_step(x) or (steps and c.covers_named_steps(x, steps)) for x in gates
    ) or (not gates and agent.autonomy in APPROVED_AUTONOMIES)


_PRICES = re.compile(
    r"\b(?:prices?|pricing|fares?|fees?|tariffs?|rate cards?|price lists?)\b", re.IGNORECASE
)
"""Words by which data, or the flow carrying it, say it is what something costs."""

_PRICE_LISTS = re.compile(
    r"\b(?:price ?lists?|rate cards?|tariffs?|fee (?:schedules?|scales?|tables?))\b",
    re.IGNORECASE,
)
"""Words that name a list of what things cost, whatever else the name says (a
membership fee price list is no payment the tool took)."""


_PRICED_THERE = re.compile(
    r"\b(?:prices?|pricing|fees?|fares?|tariffs?)\b[^.;]*\b(?:configured|set up|defined|"
    r"held|kept|managed|maintained|set (?:per|in|at|on|for))\b",
    re.IGNORECASE,
)
"""How a service's description says it holds the prices (``'membership products and
prices are configured here'``, ``'entry fee amounts are set per contest in the
provider's dashboard'``)."""

_AMOUNT_FROM_RECORDS = re.compile(
    r"\b(?:amounts?|prices?|fees?|fares?|totals?)\b[^.;]*\b(?:comes?|taken|read|looked up"
    r"|fetched|drawn)\b[^.;]*\bfrom\b",
    re.IGNORECASE,
)
"""How a charging tool's own description says where the amount comes from (``'takes a
booking reference; the amount comes from the booking record'``)."""


def _prices_itself(g: Facts, tool: Tool) -> bool:
    """The charging tool gets the price from records: a store or service of ours or a
    partner's (no model or agent, nothing outsiders run) sends it data that, by its
    name or the flow's label, is prices (a session's price from the rink schedule, a
    ticketing provider's slots and prices, a club's membership fee price list), the
    service it calls says by its description that it holds the prices (a payment
    provider where the membership products and their prices are configured), or its
    own description says the amount comes from a record (a deposit link tool that
    takes a booking reference and reads the amount from the booking)."""
    if _AMOUNT_FROM_RECORDS.search(tool.description or ""):
        return True  # the tool says it takes the amount from our records
    for f in g.system._out[tool.id]:
        callee = g.by_id[f.target]
        if (
            isinstance(callee, (Service, ExternalService))
            and not g.untrusted(callee)
            and _PRICED_THERE.search(callee.description or "")
        ):
            return True  # the provider it calls holds the prices (products priced there)
    for f in g.system._in[tool.id]:
        src = g.by_id[f.source]
        if isinstance(src, (Agent, LLM, Model)) or g.untrusted(src):
            continue
        said = [f.label or "", *(d.name for d in f.data)]
        # prices, not the charge the tool made (a fee's payment link coming back)
        if any(
            (_PRICES.search(x) and not _CHARGES.search(x)) or _PRICE_LISTS.search(x) for x in said
        ):
            return True
    return False


def _gifts(g: Facts, agent: Element, tools: list[Tool]) -> bool:
    """The agent, its charging tools or what passes between them say the money is a
    gift (a giving agent, a donation link)."""
    s = g.system
    ids = {t.id for t in tools}
    said = [agent.name, *(t.name for t in tools)]
    for f in s._out[agent.id]:
        if f.target in ids:
            said += [d.name for d in f.data]
    return any(_GIFTS.search(x) for x in said)


def payment_approvals(g: Facts, agent: Element, tools: list[Tool]) -> list[c.HumanInTheLoop]:
    """The person approvals declared on the agent, its paying tools and its calls to
    them."""
    ids = {t.id for t in tools}
    return approvals(agent, *tools, *(f for f in g.system._out[agent.id] if f.target in ids))


def evidence_paths(g: Facts, agent: Element) -> list[tuple[str, ...]]:
    """The paths by which outsiders' documents or media reach ``agent`` (see
    :meth:`Facts.evidence_from_outside`), from those who send them for a decision about
    themselves: a person or system drawn as an actor (a customer, a supplier's billing
    clerk), a device they hold, or an outside party's own system (a contractor's job
    system). An outside service such senders send to (an e-mail or SMS provider, a
    call transcription service) stands for them: it passes on or transcribes what they
    gave it. Published sources (web pages, data feeds, a model vendor's API) and
    privileged staff send no evidence for themselves."""
    s = g.system
    out: list[tuple[str, ...]] = []
    for p in g.evidence_from_outside(agent):
        src = g.by_id[p[0]]
        if isinstance(src, ExternalService):
            relayed = [f.source for f in s._in[src.id] if _claimant(g.by_id[f.source])]
            if relayed:
                out += [(x, *p) for x in dict.fromkeys(relayed)]
                continue
            if src.provides is ExternalCategory.GENERIC:
                out.append(p)
        elif _claimant(src):
            out.append(p)
    return out


def _claimant(e: Element) -> bool:
    """A person or system drawn as an actor who is not privileged staff, or a device."""
    return (isinstance(e, Actor) and not (e.human and e.privileged)) or isinstance(e, Device)
