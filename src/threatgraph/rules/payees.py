"""Where the system pays money, and who can change it.

Payroll, supplier payments, payouts to sellers, claimants or hosts all pay into bank
details that someone once gave the system. Whoever can change those details (with a
taken-over account, a spoofed e-mail from a supplier, a phone call to a helpful member
of staff) redirects the next payment to themselves, and the payment run sends it as
if nothing had happened. The usual answer is to confirm each change out of band (a
call-back to a number already on file, a second person approving it) before the new
details are paid.
"""

from __future__ import annotations

import re
from collections import deque

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
from threatgraph.rules._kit import declared_at, is_person, names
from threatgraph.rules.views import ElementView
from threatgraph.vocab import Capability, Phase

_PAYEE = re.compile(
    r"\b(?:bank (?:accounts?|details?|info\w*)|ibans?|payees?|payout (?:accounts?|details?|"
    r"instructions?)|wire instructions?|beneficiar(?:y|ies)|sort codes?|routing numbers?|"
    r"payment instructions?|bank changes?)\b",
    re.IGNORECASE,
)
"""Names of data that say where money is paid: bank details, an IBAN, a payee, payout
or wire instructions, a beneficiary."""

_PAYS_US = re.compile(r"\b(?:cards?|direct[- ]debits?|mandates?)\b", re.IGNORECASE)
"""A card or a direct-debit mandate is what someone pays us with (we collect from the
account), not where we pay them."""

_PAYS = re.compile(
    r"\b(?:pay\w*|payroll|disburse\w*|payouts?|treasury|wires?|remittances?|settlements?|"
    r"refunds?|accounts payable|bacs|sepa|ach)\b",
    re.IGNORECASE,
)
"""Names of what makes payments: a payroll system, a payment run, a payout tool."""

_NOT_PAYERS = re.compile(
    r"\b(?:consoles?|portals?|dashboards?|apps?|workbench\w*|screens?|inbox\w*)\b",
    re.IGNORECASE,
)
"""Names of what people work at (a payroll review console): they show payments, they
do not make them."""

_BANK = re.compile(r"\b(?:banks?|banking)\b", re.IGNORECASE)
"""An outside service named for a bank pays (a bank's payments API); a service of ours
named for bank details (a bank change service) does not."""

_HOPS = 5
_HOLDERS = (Service, Endpoint, DataStore, Pipeline, Agent, Tool)


def _payee_data(f: Flow) -> list[Data]:
    return [d for d in f.data if _PAYEE.search(d.name) and not _PAYS_US.search(d.name)]


def _pays(e: Element) -> bool:
    """``e`` makes payments: a tool that moves money, or a component or outside service
    named for paying (a payroll system, a payment run, a bank's API)."""
    if isinstance(e, Tool) and Capability.MONEY_MOVEMENT in e.capabilities:
        return True
    if _NOT_PAYERS.search(e.name):
        return False
    if isinstance(e, ExternalService) and _BANK.search(e.name):
        return True
    return isinstance(e, (*_HOLDERS, ExternalService)) and bool(_PAYS.search(e.name))


def _changes(g: Facts, e: Element) -> list[tuple[Flow, Data]]:
    """The flows by which a person or a party outside the organisation states bank
    details to ``e``, with the details."""
    out: list[tuple[Flow, Data]] = []
    for f in g.system._in[e.id]:
        src = g.by_id[f.source]
        if not (is_person(src) or g.external(src) or g.untrusted(src)):
            continue
        if isinstance(src, ExternalService) and any(
            x.target == src.id for x in g.system._out[e.id]
        ):
            continue  # an outside service answering what we ask it (a payee list we read)
        out.extend((f, d) for d in _payee_data(f))
    return out


def _paid_from(g: Facts, start: Element, d: Data) -> tuple[list[str], list[str]]:
    """Where the details ``d`` that reach ``start`` are paid from, following the flows
    that carry them through our own components (five at most): the paying elements,
    and the flows and elements on the way."""
    s = g.system
    if _pays(start):
        return [start.id], []
    sinks: list[str] = []
    way: list[str] = []
    seen = {start.id}
    queue: deque[tuple[str, tuple[str, ...]]] = deque([(start.id, ())])
    while queue:
        node, path = queue.popleft()
        for f in s._out[node]:
            y = g.by_id[f.target]
            # the details go on by name; what pays can be sent them under another (a
            # payment run reading the supplier master, a settlement order)
            if f.target in seen or not (d in f.data or (_pays(y) and f.data)):
                continue
            seen.add(f.target)
            step = (*path, f.id)
            if _pays(y):
                sinks.append(y.id)
                way.extend(step)
                way.extend(s.flow(x).target for x in step[:-1])
                continue
            if isinstance(y, _HOLDERS) and g.operated(y) and len(step) < _HOPS:
                queue.append((y.id, step))
    return sinks, list(dict.fromkeys(way))


@rule(
    "stride/payee-change",
    threat="classic_spoofing",
    title="Bank details that payments go to can be changed without a check",
    stride="ST",
    phases=[Phase.INFERENCE],
    applies_to=on_element(*_HOLDERS),
    cwe=["CWE-345", "CWE-346"],
    # a person confirming each change out of band (a call-back to the number on file, a
    # second approver) is the answer; watching for unusual changes lowers it
    mitigations=[c.HumanInTheLoop],
    supporting=[c.AnomalyDetection],
    likelihood="possible",
    impact="major",
    cia="I",
    placement=("element", "inbound"),
)
def payee_change(view: ElementView) -> Match | None:
    """A component we run takes bank details (an account, an IBAN, a payee, payout or
    wire instructions) from a person or a party outside the organisation, and those
    details reach what pays them: a payroll system, a payment run, a payout or refund
    tool, a bank's API. Whoever can state new details there (a taken-over account, a
    supplier's spoofed or hijacked mail, a caller who talks staff into a change)
    redirects the next payment to themselves, and the payment goes out as normal.
    Raised on the component that takes the change, naming what pays. A person
    approving each change (a call-back to a number already on file, a second approver)
    declared on it, on the flows or along the way to the payment closes it; one that
    approves only changes above a threshold (a risk score) lowers it, as does watching
    for unusual changes. Card details and direct-debit details are what someone pays
    us with, not where we pay: they are left out."""
    e = view.element
    g = view.g
    if not g.operated(e):
        return None
    changes = _changes(g, e)
    if not changes:
        return None
    sinks: list[str] = []
    way: list[str] = []
    for _, d in changes:
        paid, path = _paid_from(g, e, d)
        sinks.extend(paid)
        way.extend(path)
    sinks = list(dict.fromkeys(sinks))
    if not sinks:
        return None
    s = view.system
    senders = list(dict.fromkeys(f.source for f, _ in changes))
    what = sorted({d.name for _, d in changes})
    sites = (e.id, *(f.id for f, _ in changes), *dict.fromkeys(way))
    gated = declared_at(g, sites, c.HumanInTheLoop)
    partial = bool(gated) and all(k.above for k in gated)
    where = "" if _pays(e) else f", which {names(sinks, s)} {'pays' if len(sinks) == 1 else 'pay'}"
    said = (
        f"a person checks only changes above {'; '.join(sorted({str(k.above) for k in gated}))}"
        if partial
        else "a person checks each change"
        if gated
        else "nothing declared confirms a change out of band before it is paid"
    )
    return Match(
        f"{view.described} takes {', '.join(what)} from {names(senders, s)}{where}; "
        f"{said}. Whoever can state new details (with a taken-over account, a spoofed "
        "e-mail, a call that talks staff into a change) redirects the next payment to "
        "themselves.",
        affected=(*(f.id for f, _ in changes), *sinks),
        control_sites=sites,
        reduces_only=(c.HumanInTheLoop,) if partial else (),
    )
