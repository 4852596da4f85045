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
from threatgraph.rules._kit import Grouped, declared_at, grouped, is_person, names
from threatgraph.rules.views import ElementView
from threatgraph.vocab import APPROVED_AUTONOMIES, Capability, DataKind, Phase

_PAYEE = re.compile(
    r"\b(?:bank (?:accounts?|details?|info\w*)|ibans?|payees?|(?:payout|withdrawal|settlement|"
    r"remittance) (?:accounts?|details?|instructions?|destinations?|methods?|settings?)|"
    r"wire instructions?|beneficiar(?:y|ies)|sort codes?|routing numbers?|"
    r"(?:suppliers?|vendors?|creditors?|contractors?)'?s? payment instructions?|"
    r"bank changes?|e-?wallets?)\b",
    re.IGNORECASE,
)
"""Names of data that say where money is paid: bank details, an IBAN, a payee, payout
or wire instructions, a supplier's payment instructions, a withdrawal or settlement
account, an e-wallet, a beneficiary. Not a bare "payment instruction": an account
holder's own order to pay (a bank customer's transfer), not details someone else's
payments go to."""

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
    r"\b(?:consoles?|portals?|dashboards?|apps?|workbench\w*|screens?|inbox\w*|settings?)\b",
    re.IGNORECASE,
)
"""Names of what people work at (a payroll review console), or of what keeps the
settings (a payout settings tool): they show or store payments, they do not make them."""

_BANK = re.compile(r"\b(?:banks?|banking)\b", re.IGNORECASE)
"""An outside service named for a bank pays (a bank's payments API); a service of ours
named for bank details (a bank change service) does not."""

_HOPS = 7
_HOLDERS = (Service, Endpoint, DataStore, Pipeline, Agent, Tool)


_ENVELOPES = frozenset(
    {DataKind.TOOL_CALL, DataKind.TOOL_RESULT, DataKind.PROMPT, DataKind.MODEL_OUTPUT}
)
"""Kinds of data that wrap what they carry (a tool call, a prompt): named for the tool or
the conversation, not for the details inside."""


def _payee_data(f: Flow) -> list[Data]:
    return [
        d
        for d in f.data
        if _PAYEE.search(d.name) and not _PAYS_US.search(d.name) and d.kind not in _ENVELOPES
    ]


def _pays(e: Element) -> bool:
    """``e`` makes payments: a tool that moves money, or a component or outside service
    named for paying (a payroll system, a payment run, a bank's API)."""
    if isinstance(e, Tool) and Capability.MONEY_MOVEMENT in e.capabilities:
        return True
    if _NOT_PAYERS.search(e.name):
        return False
    if isinstance(e, ExternalService) and _BANK.search(e.name):
        return True
    if not isinstance(e, (*_HOLDERS, ExternalService)):
        return False
    if _PAYS.search(e.name) or _PAYS.search(e.description or ""):
        return True  # named or described for paying (a finance system that runs the payment run)
    # a store that keeps the bank details beside the payments made to them (dividend
    # payout records): what pays reads both from it
    return (
        isinstance(e, DataStore)
        and any(_PAYS.search(d.name) for d in e.stores)
        and any(_PAYEE.search(d.name) for d in e.stores)
    )


_Change = tuple[Flow, Data, str]


def _changes(g: Facts, e: Element) -> list[_Change]:
    """The flows by which a person or a party outside the organisation states bank
    details to ``e``, with the details and who states them."""
    out: list[_Change] = []
    for f in g.system._in[e.id]:
        src = g.by_id[f.source]
        if not (is_person(src) or g.external(src) or g.untrusted(src)):
            continue
        if isinstance(src, ExternalService) and any(
            x.target == src.id for x in g.system._out[e.id]
        ):
            continue  # an outside service answering what we ask it (a payee list we read)
        out.extend((f, d, f.source) for d in _payee_data(f))
    if not out and isinstance(e, Agent):
        out = _stated_in_conversation(g, e)
    return out


def _stated_in_conversation(g: Facts, agent: Element) -> list[_Change]:
    """An agent that outsiders or people prompt, and that sends bank details on that no
    flow into it carries (a seller's chat asking it to change the withdrawal account):
    the details came in as the conversation, under its name. The flows the people's
    requests reach it on, with the details it sends."""
    s = g.system
    carried_in = {d for f in s._in[agent.id] for d in f.data}
    made = [d for f in s._out[agent.id] for d in _payee_data(f) if d not in carried_in]
    if not made:
        return []
    out: list[_Change] = []
    for src in g.sources(agent):
        if len(src.path) < 2 or not (is_person(src.element) or g.untrusted(src.element)):
            continue
        for fid in g.flows_between(src.path[-2:]):
            out.extend((s.flow(fid), d, src.element.id) for d in made)
    return list(dict.fromkeys(out))


def _paid_from(g: Facts, start: Element, d: Data) -> tuple[list[str], list[str]]:
    """Where the details ``d`` that reach ``start`` are paid from, following the flows
    that carry them through our own components (seven at most): the paying elements,
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
        agent_passed = isinstance(g.by_id[node], Agent) or any(
            isinstance(g.by_id[s.flow(x).target], Agent) for x in path
        )
        for f in s._out[node]:
            y = g.by_id[f.target]
            # the details go on by name; what pays can be sent them under another (a
            # payment run reading the supplier master, a settlement order)
            # an agent puts what it read into its tool calls, under the call's name, and
            # past it the details may go on under another payee name (the vendor
            # record's bank details the tool writes)
            called = isinstance(g.by_id[node], Agent) and isinstance(y, Tool)
            renamed = agent_passed and bool(_payee_data(f))
            if f.target in seen or not (d in f.data or called or renamed or (_pays(y) and f.data)):
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


def _approves_by_tool(g: Facts, place: str) -> bool:
    """``place`` is a supervised agent that declares no approval of its own while some
    of its tools do: the design says which of its steps a person approves."""
    a = g.by_id.get(place)
    if not isinstance(a, Agent) or a.autonomy not in APPROVED_AUTONOMIES:
        return False
    if any(isinstance(k, c.HumanInTheLoop) for k in a.controls):
        return False
    return any(
        isinstance(t, Tool) and any(isinstance(k, c.HumanInTheLoop) for k in t.controls)
        for t in g.system.successors(a)
    )


_Taken = tuple[list[_Change], list[str], list[str]]


def _taken(g: Facts, e: Element) -> _Taken | None:
    """What a component we run takes from people or outsiders that is paid: the
    changes, what pays them (sorted), and the flows and elements on the way; None when
    it takes none that reach a payment. Worked out once per component."""

    def now() -> _Taken | None:
        if not g.operated(e):
            return None
        changes = _changes(g, e)
        if not changes:
            return None
        sinks: list[str] = []
        way: list[str] = []
        for _, d, _ in changes:
            paid, path = _paid_from(g, e, d)
            sinks.extend(paid)
            way.extend(path)
        if not sinks:
            return None
        return changes, sorted(set(sinks)), list(dict.fromkeys(way))

    return g.memo("payees.taken", e, now)


def _payee_groups(g: Facts) -> Grouped:
    """The components that take bank details, by what pays them, in id order."""
    return grouped(
        g,
        "payees.groups",
        lambda: (
            (tuple(t[1]), e.id, e.id)
            for e in g.system.all_elements
            if isinstance(e, _HOLDERS) and (t := _taken(g, e)) is not None
        ),
    )


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
    tool, a bank's API, a finance package described as running the payment run, a
    store that keeps the payouts made beside the bank details. Whoever can state new
    details there (a taken-over account, a supplier's spoofed or hijacked mail, a
    caller who talks staff into a change) redirects the next payment to themselves,
    and the payment goes out as normal.
    Raised on the component that takes the change, naming what pays. A person
    approving each change (a call-back to a number already on file, a second approver)
    declared on it, on the flows or along the way to the payment closes it; one that
    approves only changes above a threshold (a risk score) lowers it, as does watching
    for unusual changes. A supervised agent on the way counts as approving its steps,
    unless its design places approvals tool by tool (a member approving each tariff
    switch): then it approves none of the calls that write bank details. Card details
    and direct-debit details are what someone pays us with, not where we pay: they are
    left out. The details are followed by name
    through our components, into an agent's tool calls, and past an agent under any
    name that says where money goes (the settlement account a vendor-create tool
    writes). An agent that people or outsiders prompt and that sends such details on,
    which no flow into it carries, takes them from the conversation (a seller's chat
    asking it to change the withdrawal account). The ways in to the same payments (an
    onboarding portal, a mailbox for later changes) are one finding, on the first."""
    e = view.element
    g = view.g
    taken = _taken(g, e)
    if taken is None:
        return None
    changes, sinks, way = taken
    # the ways in to the same payments (an onboarding portal and a mailbox for later
    # changes) are one finding, on the first, listing the others
    group = _payee_groups(g)[tuple(sinks)]
    if group[0] != e.id:
        return None
    for other in group[1:]:
        more = _taken(g, g.by_id[other])
        assert more is not None
        changes += more[0]
        way += more[2]
    s = view.system
    senders = list(dict.fromkeys(who for _, _, who in changes))
    what = sorted({d.name for _, d, _ in changes})
    sites = (e.id, *dict.fromkeys(f.id for f, _, _ in changes), *dict.fromkeys(way))
    # a supervised agent whose design places its approvals tool by tool (a member
    # approving each tariff switch) approves none of its other calls: it is no site
    sites = tuple(x for x in sites if not _approves_by_tool(g, x))
    gated = declared_at(g, sites, c.HumanInTheLoop)
    # a supervised agent on the way counts as a person approving its steps, as the
    # engine counts it when it weighs the finding
    overseen = [
        x
        for x in sites
        if isinstance(a := g.by_id.get(x), Agent) and a.autonomy in APPROVED_AUTONOMIES
    ]
    partial = bool(gated) and all(k.above for k in gated)
    where = "" if _pays(e) else f", which {names(sinks, s)} {'pays' if len(sinks) == 1 else 'pay'}"
    also = f" (and {names(group[1:], s)})" if len(group) > 1 else ""
    said = (
        f"a person checks only changes above {'; '.join(sorted({str(k.above) for k in gated}))}"
        if partial
        else "a person checks each change"
        if gated
        else f"a person approves the steps of {names(overseen, view.system)}, but nothing "
        "declared confirms a change out of band before it is paid"
        if overseen
        else "nothing declared confirms a change out of band before it is paid"
    )
    return Match(
        f"{view.described}{also} {'take' if also else 'takes'} {', '.join(what)} from "
        f"{names(senders, s)}{where}; "
        f"{said}. Whoever can state new details (with a taken-over account, a spoofed "
        "e-mail, a call that talks staff into a change) redirects the next payment to "
        "themselves.",
        affected=(*dict.fromkeys(f.id for f, _, _ in changes), *group[1:], *sinks),
        control_sites=sites,
        reduces_only=(c.HumanInTheLoop,) if partial else (),
    )
