"""Codes that open a place, handed to the people who book it.

A holiday let's door code, a marina's gate and shower-block codes, a village hall's key
safe code, a bunkhouse's keypad: a system that sends such a code to customers gives
each of them a way in. Unless each code is made for one booking, works only for its
dates and is revoked when the booking is cancelled, every past guest keeps that way in,
and a code forwarded, overheard or left in a message history opens the door for anyone
who reads it. The usual answers are enforced where the code is made or sent: one code
per booking, expiring at checkout, revoked on cancellation, with issuing logged.
"""

from __future__ import annotations

import re

import attrs

import threatgraph.controls as c
from threatgraph.elements import (
    Agent,
    Data,
    DataStore,
    Element,
    Endpoint,
    ExternalService,
    Flow,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import is_person, names
from threatgraph.rules.views import ElementView
from threatgraph.vocab import DataKind, Phase

_PLACE = re.compile(
    r"\b(?:doors?|gates?|key[ -]?safes?|keysafes?|locks?|keypads?|lockers?|padlocks?|"
    r"barriers?|entry|entrance|shower[ -]?blocks?|huts?|cabins?|cottages?|rooms?|towers?|"
    r"bothy|bothies|premises|sites?|building|hall|yard|compound)\b",
    re.IGNORECASE,
)
"""Words by which a code's name says what it opens."""

_CODE = re.compile(r"\b(?:codes?|pins?|passcodes?|combinations?)\b", re.IGNORECASE)
"""Words by which a datum's name says it is a code to type or key in."""

_NOT_ACCESS = re.compile(
    r"\b(?:qr|post ?codes?|zip|promo\w*|discount|vouchers?|coupons?|verification|"
    r"one[- ]time|otp|sign[- ]?in|log[- ]?in|activation|reset|error|fault|billing|tax|"
    r"product|item|source|booking (?:codes?|references?)|requests?|commands?|"
    r"revocations?|code entr(?:y|ies))\b",
    re.IGNORECASE,
)
"""Words by which a code's name says it opens no place (a QR ticket, a postcode, a
discount code, a sign-in or verification code, a booking reference) or is no code
handed over (a request for one, a command to a lock, a code keyed in at the door)."""

_ISSUERS = (Service, Endpoint, Tool, DataStore, Pipeline, Agent)
"""Components of ours that make, keep, send or tell codes."""


def access_code(d: Data) -> bool:
    """``d`` is named as a code that opens a place (a door code, a key safe code, a gate
    PIN), and not as a ticket, a postcode, a discount or a sign-in code."""
    return (
        d.kind not in (DataKind.MODEL_OUTPUT, DataKind.LOGS)
        and bool(_PLACE.search(d.name))
        and bool(_CODE.search(d.name))
        and not _NOT_ACCESS.search(d.name)
    )


@attrs.frozen
class _Handed:
    """The codes that reach people outside, the components of ours that hand them out,
    the flows that bring them to those people, and the people."""

    codes: tuple[Data, ...]
    issuers: tuple[str, ...]
    flows: tuple[str, ...]
    people: tuple[str, ...]


def _handed_out(g: Facts) -> _Handed | None:
    """Codes that reach people outside the organisation (customers, hirers, guests: human
    actors in an untrusted zone), worked out once per System; None when none do."""
    return g.memo("codes.handed-out", "", lambda: _handed_out_now(g))


def _held(g: Facts, x: str) -> list[Data]:
    """The codes a component receives, sends or keeps."""
    s = g.system
    seen = [d for f in (*s._in[x], *s._out[x]) for d in f.data]
    if isinstance(g.by_id[x], DataStore):
        seen += list(s.data_of(x))
    return [d for d in dict.fromkeys(seen) if access_code(d)]


def _handed_out_now(g: Facts) -> _Handed | None:
    s = g.system
    codes: dict[Data, None] = {}
    issuers: set[str] = set()
    flows: set[str] = set()
    people: set[str] = set()
    for f in s.all_flows:
        person = g.by_id[f.target]
        if not (is_person(person) and g.untrusted(person)):
            continue
        for x in _senders(g, f):
            held = _held(g, x)
            # the code itself, or a message named for the code (a code text message, a
            # key code e-mail) from one that holds it; an agent tells what it is given
            told = [d for d in f.data if access_code(d)] or (
                held if isinstance(g.by_id[x], Agent) or _carries_code(g, x, f) else []
            )
            if told and held:
                codes.update(dict.fromkeys(d for d in (*told, *held) if access_code(d)))
                issuers.add(x)
                flows.add(f.id)
                people.add(person.id)
    if not issuers:
        return None
    # the codes by their own names, not the messages or requests that carry them, where
    # both are seen
    named = [d for d in codes if not _MESSAGE.search(d.name)] or list(codes)
    return _Handed(
        tuple(named), tuple(sorted(issuers)), tuple(sorted(flows)), tuple(sorted(people))
    )


def _carries_code(g: Facts, sender: str, f: Flow) -> bool:
    """What ``f`` brings people is named for a code (a code text message, a key code
    e-mail), or is a message from a tool or job of ours that is given the code and
    messages people (an arrival e-mail tool): not a discount, a ticket or a reference."""
    sent = [d for d in f.data if not _NOT_ACCESS.search(d.name)]
    if any(_CODE.search(d.name) for d in sent):
        return True
    return isinstance(g.by_id[sender], (Tool, Pipeline)) and any(
        d.kind is DataKind.DOCUMENTS or _MESSAGE.search(d.name) for d in sent
    )


_MESSAGE = re.compile(
    r"\b(?:e-?mails?|messages?|texts?|sms|letters?|confirmations?|notices?|status|orders?)\b",
    re.IGNORECASE,
)
"""Words by which a datum's name says it is a message carrying a code, or a status or
order about one, rather than the code."""


def _senders(g: Facts, f: Flow) -> list[str]:
    """Who of ours sends along ``f``: its sender when we run it, or whoever of ours sends
    to the outside service that passes messages on (an SMS or e-mail provider), or to the
    app or service of ours that shows an agent's answer."""
    src = g.by_id[f.source]
    s = g.system
    if g.operated(src) and isinstance(src, _ISSUERS):
        before = [
            x.source
            for x in s._in[src.id]
            if isinstance(g.by_id[x.source], Agent) and g.operated(x.source)
        ]
        return [src.id, *before] if isinstance(src, (Service, Endpoint)) else [src.id]
    if isinstance(src, ExternalService):
        return [
            x.source
            for x in s._in[src.id]
            if g.operated(x.source) and isinstance(g.by_id[x.source], _ISSUERS)
        ]
    return []


@rule(
    "stride/lasting-access-code",
    title="Codes that open a place outlive the booking they were given for",
    stride="SE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(*_ISSUERS),
    cwe=["CWE-522", "CWE-284"],
    mitigations=[c.PolicyEnforcement],
    supporting=[c.AuditLogging],
    likelihood="possible",
    impact="minor",
    cia="C",
    placement=("element", "outbound"),
)
def lasting_access_code(view: ElementView) -> Match | None:
    """A component we run hands customers a code that opens a place (a door or key safe
    code, a gate or shower-block code, a locker PIN), by message, e-mail or on screen:
    the code itself, a message named for it, an agent's answer once it is given the
    code, or the message a tool or job that is given it sends (an arrival e-mail).
    Unless each code is made for one booking, works only for its dates and is revoked
    when the booking is cancelled or changed, every past customer keeps a way in, and a
    code forwarded, overheard or left in a message history opens it for anyone who
    reads it. Raised once per system, on a component of ours that hands codes out (the
    tool that makes them or the job that sends them before the store they are read
    from), naming every code, the others that hand them out and the people who get
    them. A rule enforced in code where the code is made or sent (one per booking,
    expiring at checkout, revoked on cancellation) answers it, declared there, on what
    makes the codes (the door-code tool an agent calls), on the flows that hand them out
    or on the stores that keep them, when it speaks of the codes' life (a rule that only
    picks who gets a shared code, today's confirmed bookings, leaves the code as lasting
    as before); a log of who was given which code helps. Tickets, postcodes, discount
    codes and sign-in codes open no place and are left out."""
    e = view.element
    g = view.g
    handed = _handed_out(g)
    if handed is None or _first_issuer(g, handed) != e.id:
        return None
    s = view.system
    others = [i for i in handed.issuers if i != e.id]
    keepers = sorted(
        {
            x.id
            for x in s.all_elements
            if isinstance(x, DataStore) and set(handed.codes) & set(s.data_of(x))
        }
    )
    makers = sorted(_makers(g, handed.issuers) - set(handed.issuers))
    also = f" (and {names(others, s)})" if others else ""
    return Match(
        f"{view.described}{also} hands {names(handed.codes, limit=len(handed.codes))} to "
        f"{names(handed.people, s)}; unless each code is made for one booking or visit, "
        "works only for its dates and is revoked when that ends or is cancelled, everyone "
        "ever given it keeps a way in, and a code forwarded or left in a message works for "
        "anyone who reads it.",
        affected=(*handed.flows, *others),
        # a rule declared there counts when it is about the codes' life (one per booking,
        # valid for its dates, revoked): one that only picks who gets a shared code (today's
        # confirmed bookings) leaves the code itself as lasting as before
        control_sites=tuple(
            x
            for x in (e.id, *others, *makers, *handed.flows, *keepers)
            if _about_lifetime(g.by_id[x] if x in g.by_id else s.flow(x))
        ),
    )


_LIFETIME = re.compile(
    r"\b(?:expir\w*|valid\w*|per[- ](?:booking|visit|stay|guest|session)|one[- ]time|"
    r"single[- ]use|unique|revok\w*|rotat\w*|chang\w*|windows?|slots?|dates?|hours?|"
    r"check-?(?:in|out)|time[- ]limited|timed)\b",
    re.IGNORECASE,
)
"""Words by which a declared rule says it limits a code's life, not only who gets it."""


def _about_lifetime(holder: Element | Flow) -> bool:
    """``holder`` declares no rule, or one that says nothing of what it enforces, or one
    that limits the codes' life (valid for a booking's dates, one per visit, revoked)."""
    rules = [x for x in holder.controls if isinstance(x, c.PolicyEnforcement)]
    return not rules or any(x.rules is None or _LIFETIME.search(x.rules) for x in rules)


def _makers(g: Facts, issuers: tuple[str, ...]) -> set[str]:
    """What makes the codes the issuers hand out: components that pass a code on to
    them, followed back three flows (a door-code tool whose code an agent gives its
    reply tool, the door-entry vendor's system that programs the code the tool asked
    for: a limit it enforces on the code's life holds whoever runs it)."""
    s = g.system
    found: set[str] = set()
    frontier = set(issuers)
    for _ in range(3):
        frontier = {
            f.source for i in frontier for f in s._in[i] if any(access_code(d) for d in f.data)
        } - found
        found |= frontier
    return found


def _first_issuer(g: Facts, handed: _Handed) -> str:
    """Where the one finding goes: a component that makes or sends codes (a tool, a job,
    a service, an agent) before a store they are read from; then by id."""
    return min(handed.issuers, key=lambda i: (isinstance(g.by_id[i], DataStore), i))
