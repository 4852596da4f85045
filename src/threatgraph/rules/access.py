"""Classic threats any system has: channels, exposed interfaces, accounts and stored data.

What a threat-modeling workshop finds on any data-flow diagram, AI or not, and
only where the model's declared facts say it applies:

- a channel across a trust boundary whose *declared* protocol is cleartext (https,
  sftp, mtls and other encrypting protocols are encryption in transit; both legs of
  one call are one finding); flows whose protection is not declared are one low item;
- an interface untrusted parties can reach (or that is internet facing) and that
  guards something worth having: code execution, credentials, an agent's
  configuration, or data it hands back to machines calling it;
- request floods where each request runs a model or an agent;
- privileged accounts without strong authentication;
- records fetched on behalf of many callers, and returned to them, with no check of
  the caller's rights;
- messages from outside that reach staff who open them.

Only components the organisation runs (internal or restricted boundaries) get the
interface, flood and confused-deputy findings: a partner secures what it runs. Stores
of sensitive data at rest are a requirement (``profile/baseline/data-at-rest``),
evaluated once with every store that lacks access control or encryption listed.
"""

from __future__ import annotations

import re

import attrs

import threatgraph.controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
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
    VectorStore,
)
from threatgraph.filters import holds_any_control
from threatgraph.findings import Target
from threatgraph.graph import NEAREST, Facts, builds_models, is_credential
from threatgraph.protocols import PROTOCOLS
from threatgraph.protocols import lookup as lookup_protocol
from threatgraph.rules._core import Match, on_element, on_flow, on_model, rule
from threatgraph.rules._kit import (
    CONSEQUENTIAL,
    PLANT_PROTOCOLS,
    REFERENCE_DATA,
    RELAYS,
    VOICE_NETWORKS,
    approver_only,
    asks_owner_proof,
    carried_along,
    carries_on,
    declared_at,
    hands_code_on,
    is_person,
    job_start,
    level,
    moves_plant,
    names,
    plant_equipment,
    sends_readings,
    sensitive_level,
    serves_own_only,
    subject,
    voice_call,
)
from threatgraph.rules._plant import (
    _OPEN_GENERIC_NAMES,
    _OPEN_PLANT,
    _OPEN_PLANT_NAMES,
    _PLANT,
    _checks_sender,
    _control_zones,
    _open_commands,
    _plant_links,
    _status_replies,
    _writes_in,
    _zone,
)
from threatgraph.rules.views import ElementView, FlowView, GraphView
from threatgraph.system import System
from threatgraph.vocab import (
    Capability,
    DataKind,
    ExternalCategory,
    Origin,
    Phase,
    Sensitivity,
    Task,
    Trust,
)

_OURS = (Service, Endpoint, Agent, Tool, DataStore, ModelRegistry, Pipeline, Model)

# ---------------------------------------------------------------------------- channels


@rule(
    "stride/unencrypted-boundary-crossing",
    title="Cleartext channel across a trust boundary",
    stride="IT",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(crossing=True),
    cwe=["CWE-319", "CWE-311", "CWE-345"],
    mitigations=[c.EncryptionInTransit],
    supporting=[c.MessageIntegrity],
    likelihood="unlikely",
    impact="moderate",
    cia="CI",
    placement=("flow", "source", "target"),
)
def unencrypted_crossing(f: FlowView) -> Match | None:
    """A flow crosses a trust boundary over a protocol declared as cleartext (http, ftp,
    plain grpc, kafka without TLS…). Whatever it carries can be read and changed by
    anyone on the network path: prompts, records, credentials, model files. Cleartext
    flows between the same two zones over the same protocol (a request and its reply,
    several services calling into the same model servers) are one finding, on the most
    sensitive, since one change fixes them. Flows whose protocol is not declared are
    collected in hygiene/undeclared-protocol instead; an encrypting protocol (https,
    mtls, sftp, ssh, srtp…) is encryption in transit, and a flow that declares
    EncryptionInTransit over kafka, grpc or http runs them over TLS: not cleartext. A
    sensor's readings below confidential (counts, positions) on a link that feeds a live
    model are left to ai/forged-device-readings: their integrity is what matters. A plant
    protocol with a secure mode (OPC UA, Modbus, DNP3) declared without it is named as
    such, with the protocol name that declares the secure mode. A command to plant
    equipment over such a protocol between zones of equal trust, and the equipment's
    status replies on the same link, are left to stride/unauthenticated-plant-command:
    the threat there is forged commands, and the same secure mode answers both. Writes
    into a control network from a less trusted zone are stride/control-network-write's,
    and so are their status replies when the link is a plant protocol (OPC UA with no
    security mode both ways): that finding's ask, the protocol's secure mode, signs and
    encrypts both legs. Over a general protocol (HTTP, SMB) a read leg keeps its own
    finding; over a plant protocol, other flows between the same two zones (telemetry a
    historian polls) keep theirs, on those flows rather than on the write. Crossing to
    another organisation makes reading the link one step likelier, except for a text
    message, carried by the phone networks: reading it takes an attack on the network
    itself; a text message that carries nothing above internal (an alert or a notice to
    staff) is not raised at all."""
    g = f.g
    group = _cleartext_links(g).get(f.id)
    if group is None:
        return None
    p = g.protocol(f.flow)
    assert p is not None
    s = f.system
    legs = [x for x in group if x != f.id]
    valuable = any(_carries_keys_or_models(g, s.flow(x)) for x in group)
    what = f.data_text if f.flow.data else "its data"
    if not legs:
        also = ""
    elif all(_reply_leg(s, f.flow, s.flow(x)) for x in legs):
        also = " (and the reply leg)"
    else:
        zones = sorted({_zone_name(s, e) for e in (f.flow.source, f.flow.target)})
        also = f" (one of {len(group)} {p.name} flows between {' and '.join(zones)})"
    # a link to another organisation runs over networks neither side controls; a text
    # message runs over the phone networks, where reading it takes an attack on the
    # network itself (signalling access, a fake base station), not a place on the path
    across = (
        min(s.trust_of(f.flow.source), s.trust_of(f.flow.target)) <= Trust.PARTNER
        and p.name not in _PHONE_NETWORK
    )
    secure = _secure_mode(p.name)
    how = (
        f"{p.title}, unless it runs in its secure mode (then declare {secure})"
        if secure and p.title
        else p.title or p.name
    )
    return Match(
        f"{f.described} over {how}{also}; {what} can be read and altered on the way.",
        affected=tuple(legs),
        impact_delta=1 if valuable else 0,
        likelihood_delta=1 if across else 0,
    )


_PHONE_NETWORK = frozenset({"sms"})
"""Protocols carried by the phone networks rather than the internet."""


def _secure_mode(name: str) -> str | None:
    """The protocol table's encrypting mode of a cleartext plant protocol (opc-ua's
    opc-ua+sign-encrypt, modbus's modbus+tls), when it has one."""
    found = [
        key
        for key, p in PROTOCOLS.items()
        if key == p.name and p.encrypted and key.startswith(f"{name}+")
    ]
    return min(found) if found else None


def _reply_leg(s: System, f: Flow, x: Flow) -> bool:
    return x.source == f.target and x.target == f.source


def _carries_keys_or_models(g: Facts, f: Flow) -> bool:
    return bool(g.carried(f).kinds & {DataKind.CREDENTIALS, DataKind.MODEL_ARTIFACT, DataKind.CODE})


def cleartext_raised(g: Facts, flow: str) -> bool:
    """``stride/unencrypted-boundary-crossing`` names this flow (on it, or as a leg of
    the group its finding lists)."""

    def build() -> frozenset[str]:
        return frozenset(x for group in _cleartext_links(g).values() for x in group)

    return flow in g.memo("access.cleartext-flows", "", build)


def _cleartext_links(g: Facts) -> dict[str, tuple[str, ...]]:
    """Cleartext flows across boundaries worth a finding, grouped by the two zones they
    link and their protocol: the flow each group's finding goes on (the most sensitive,
    then the first by id), mapped to every flow of the group, reply legs included."""
    return g.memo("access.cleartext", "", lambda: _cleartext_links_now(g))


def _cleartext_links_now(g: Facts) -> dict[str, tuple[str, ...]]:
    s = g.system
    groups: dict[tuple[frozenset[str | None], str], list[Flow]] = {}
    commands = _plant_links(g)
    for f in s.all_flows:
        crossing = s.crossing(f)
        if crossing is None or not _cleartext_worth_a_finding(g, f) or f.id in commands:
            continue  # a plant command is the plant-command finding's: its fix encrypts too
        p = g.protocol(f)
        assert p is not None
        zones = frozenset(_zone(s, x) for x in (f.source, f.target))
        groups.setdefault((zones, p.name), []).append(f)
    out: dict[str, tuple[str, ...]] = {}
    for (_, name), flows in groups.items():
        ids = {f.id for f in flows}
        # the reply leg of a call over the same protocol belongs to its call
        for f in flows:
            ids.update(
                x.id
                for x in s.outflows(f.target)
                if x.target == f.source
                and (x.protocol or "").lower() == name.lower()
                and not x.has(c.EncryptionInTransit)
                and x.id not in commands
            )
        writes = ids & _control_writes(g)
        if writes and name in PLANT_PROTOCOLS:
            # writes into a control network over a plant protocol, and their status
            # replies (back over OPC UA), are that finding's, whose ask (the protocol's
            # secure mode) encrypts and signs both legs; the rest of the group (telemetry
            # a historian polls from the equipment written to) keeps its finding there
            ids = {i for i in ids - writes if not _replies(s, {i}, writes)}
        elif writes and ids <= writes:
            continue  # only writes into a control network: that finding's
        if not ids:
            continue
        first = min(
            (s.flow(i) for i in ids),
            key=lambda f: (-(f.sensitivity or Sensitivity.PUBLIC).rank, f.id),
        )
        out[first.id] = (first.id, *sorted(ids - {first.id}))
    return out


def _replies(s: System, ids: set[str], writes: frozenset[str] | set[str]) -> bool:
    """Every flow in ``ids`` that is not one of ``writes`` runs back along one of them
    (a status reply from the equipment written to)."""
    ends = {(s.flow(i).source, s.flow(i).target) for i in writes}
    return all((s.flow(i).target, s.flow(i).source) in ends for i in ids - writes)


def _control_writes(g: Facts) -> frozenset[str]:
    """Every flow by which software outside a control network writes into it (the
    control-network finding's writes)."""
    return g.memo(
        "access.control-writes",
        "",
        lambda: frozenset(f.id for e in g.system.all_elements for f in _writes_in(g, e)),
    )


def _zone_name(s: System, element: str) -> str:
    b = s.boundary_of(element)
    return "no boundary" if b is None else b.name


_THEIR_TRANSPORT = frozenset({"smtp", "sip", "rtp", "sms"})
"""Protocols whose transport, with anyone outside, the outsider's mail server or phone
carrier chooses."""
_OPEN_AIR = frozenset({"vhf"})
"""Voice radio channels (marine and aviation VHF) that everyone in range shares and no
one may encrypt: a cleartext finding would ask for what the channel cannot give."""


def _device_links(g: Facts) -> frozenset[str]:
    """The device links ai/forged-device-readings cites (readings a live model acts on)."""
    from threatgraph.rules.ai.models import device_feeds

    return g.memo(
        "access.device-links",
        "",
        lambda: frozenset(link for pairs in device_feeds(g).values() for _, link in pairs),
    )


def _cleartext_worth_a_finding(g: Facts, flow: Flow) -> bool:
    p = g.protocol(flow)
    if p is None or p.encrypted or p.local or flow.has(c.EncryptionInTransit):
        return False  # kafka, grpc or http run over TLS when the flow says they are encrypted
    if g.tunnelled(flow):
        return False  # its label says it runs inside a site VPN or IPsec tunnel
    if p.name in _OPEN_AIR:
        return False  # a voice radio channel has no encrypted form to ask for
    src, dst = g.by_id[flow.source], g.by_id[flow.target]
    if _at_own_device(g, src, dst):
        return False
    if (g.untrusted(src) or g.untrusted(dst)) and p.name in _THEIR_TRANSPORT:
        return False  # mail or calls with anyone: their server or carrier picks the transport
    if g.untrusted(src) and not any(
        d.sensitivity.is_personal or d.kind is DataKind.CREDENTIALS for d in flow.data
    ):
        return False  # what an outsider sends us is theirs to protect, unless about people
    sensitivity = flow.sensitivity
    if (
        p.name in _PHONE_NETWORK
        and sensitivity is not None
        and sensitivity <= Sensitivity.INTERNAL
        and not _carries_keys_or_models(g, flow)
    ):
        # an alert or a notice texted to staff, with nothing in it above internal: the
        # phone network cannot be asked to encrypt it, and reading it gains little
        return False
    if (
        sensitivity is not None
        and sensitivity < Sensitivity.CONFIDENTIAL
        and isinstance(src, Device)
        and not _carries_keys_or_models(g, flow)
        and flow.id in _device_links(g)
    ):
        # a sensor's counts or positions, below confidential, on the link that feeds a
        # live model: what matters is forged readings, ai/forged-device-readings' part
        return False
    return not (
        (sensitivity is None or sensitivity is Sensitivity.PUBLIC)
        and not _carries_keys_or_models(g, flow)
    )


@rule(
    "hygiene/undeclared-protocol",
    title="How flows across trust boundaries are protected is not declared",
    stride="I",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    cwe=["CWE-319"],
    mitigations=[c.EncryptionInTransit],
    likelihood="unlikely",
    impact="minor",
    placement=("flow",),
)
def undeclared_protocol(g: GraphView) -> Match | None:
    """Flows that cross a trust boundary between parties we deal with, carrying
    confidential data, credentials, code or models, declare no protocol (or one
    threatgraph does not know) and no encryption control. Whether they are encrypted
    cannot be judged, so they are listed once: declare ``protocol=`` (https, mtls,
    sftp…) or an EncryptionInTransit control on each. A flow whose reply (the flow
    back between the same two components) declares a known protocol is the request
    half of that declared call, and is not listed. Between the organisation's own
    zones (internal or restricted on both sides), model files and code are left to the
    signing and supply-chain findings, and data below confidential is not listed; a
    zone and a zone nested in it with the same trust are one network (ours, or one
    vendor's, whose traffic inside it is theirs). An
    outsider's own traffic, a person at their own device, two people with no
    protocol between them (a conversation at a counter), a person's voice or image
    with no protocol named (speech into a microphone, a call put through to staff) and
    a call over the telephone network (``pstn``) are left out, except
    personal data or credentials
    passing between outsiders and a component we run: how that interface takes or
    sends them is ours to declare. A person meeting a component in person, as the
    flow's label says (a printout, a paper form, a code typed at a kiosk or keypad), is
    left out whatever it carries: no network link carries it. So is a flow whose label
    says it runs inside a site VPN or an IPsec tunnel: the tunnel protects it, as a flow
    declared ``ipsec`` is."""
    s = g.system
    found = []
    bare: list[str] = []
    unknown: dict[str, list[str]] = {}
    for f in s.all_flows:
        if s.crossing(f) is None or f.has(c.EncryptionInTransit) or g.g.tunnelled(f):
            continue
        p = g.g.protocol(f)
        if p is not None or not _worth_protecting(g.g, f) or _reply_declares(g.g, f):
            continue
        if (f.protocol or "").strip().lower() in VOICE_NETWORKS:
            continue  # a phone call: the carriers' network, not a link we choose
        if f.protocol:
            unknown.setdefault(f.protocol, []).append(f.id)
        else:
            bare.append(f.id)
        found.append(f.id)
    if not found:
        return None
    parts = []
    if bare:
        parts.append(
            f"{len(bare)} declare no protocol: "
            f"{', '.join(bare[:6])}{' and more' if len(bare) > 6 else ''}"
        )
    if unknown:
        named = sorted(unknown)
        ids = [x for n in named for x in unknown[n]]
        parts.append(
            f"{len(ids)} declare one threatgraph does not know ({', '.join(named)}), so "
            f"whether it encrypts cannot be judged: {', '.join(ids[:6])}"
            f"{' and more' if len(ids) > 6 else ''}"
        )
    return Match(
        f"{len(found)} flow(s) cross a trust boundary without a protocol known to protect "
        f"them; {'; '.join(parts)}.",
        target=Target.model(),
        affected=tuple(found),
        control_sites=(),  # listed because nothing on them says how they are protected
    )


_IN_PERSON = re.compile(
    r"\b(?:print(?:ed|outs?)|paper|kiosks?|touch ?screens?|keypads?|in person|by hand"
    r"|handed|at the counter|on the panel|(?:stop|push|panic|call) ?buttons?|e-?stops?"
    r"|emergency stops?|hard-?wired|at (?:the |a )?(?:[\w-]+ )?(?:desk|reception|till))\b",
    re.IGNORECASE,
)
"""Words by which a flow's label says a person meets the component in person (a
printout, a paper form, a code typed at a kiosk or keypad, a stop button wired to the
desk, details given at the entry desk): no network link carries it, so there is no
protocol to declare."""


def _reply_declares(g: Facts, f: Flow) -> bool:
    """``f`` declares no protocol, and the flow back between the same two components
    declares one threatgraph knows: the two are the request and the reply of one call,
    whose protocol is declared once."""
    return not f.protocol and any(
        x.target == f.source and g.protocol(x) is not None for x in g.system._out[f.target]
    )


def _worth_protecting(g: Facts, f: Flow) -> bool:
    """Whether how a flow is protected matters to us: a network link between parties we
    deal with (not an outsider's own traffic, not a person at their own device, not two
    people talking with no protocol named) carrying something worth reading or
    changing."""
    a, b = g.by_id[f.source], g.by_id[f.target]
    if _at_own_device(g, a, b):
        return False
    if not f.protocol and all(isinstance(x, Actor) and x.human for x in (a, b)):
        return False  # two people talking, or handing over a card at a counter
    if (
        not f.protocol
        and any(isinstance(x, Actor) and x.human for x in (a, b))
        and _IN_PERSON.search(f.label or "")
    ):
        return False  # a printout handed over, a code typed at a kiosk: no link to declare
    speaker = b if isinstance(a, ExternalService) else a
    if (
        not f.protocol
        and isinstance(speaker, Actor)
        and speaker.human
        and f.data
        and all(d.kind is DataKind.MEDIA for d in f.data)
    ):
        # a person speaking into a call or a microphone, or a call a carrier puts
        # through to them: the voice network carries it, not a link we declare
        return False
    if g.untrusted(a) != g.untrusted(b) and g.operated(b if g.untrusted(a) else a):
        # between outsiders and a component we run: their own traffic is theirs to
        # protect, unless it is about people or lets someone in; then how our
        # interface takes or sends it is ours to declare
        return (
            any(d.sensitivity.is_personal or d.kind is DataKind.CREDENTIALS for d in f.data)
            or DataKind.CREDENTIALS in g.carried(f).kinds
        )
    if g.untrusted(a) or g.untrusted(b):
        return False  # an outsider's own traffic, or a channel to anyone: other findings
    if not g.operated(a) and not g.operated(b):
        return False  # between two other companies (a card provider paying the bank)
    carried = g.carried(f).kinds
    s = g.system
    if _nested_same_zone(g, f):
        return False
    if min(s.trust_of(a), s.trust_of(b)) >= Trust.INTERNAL:
        # between the organisation's own zones: keys, and confidential data or more
        # other than model files and code (whose integrity is the signing and
        # supply-chain findings' part; a declared cleartext protocol is still a finding)
        return DataKind.CREDENTIALS in carried or any(
            d.sensitivity >= Sensitivity.CONFIDENTIAL
            and d.kind not in (DataKind.MODEL_ARTIFACT, DataKind.CODE)
            for d in f.data
        )
    if carried & {DataKind.CREDENTIALS, DataKind.MODEL_ARTIFACT, DataKind.CODE}:
        return True
    return f.sensitivity is not None and f.sensitivity >= Sensitivity.CONFIDENTIAL


def _nested_same_zone(g: Facts, f: Flow) -> bool:
    """A flow between one of our zones and a zone nested inside it with the same trust
    (an ML platform inside the company's cloud account, both internal), or between two
    zones side by side inside one of that trust (two subnets of the account): one
    network we run, drawn in several boxes, not a link between parties. The same holds
    for a vendor's zones (its API and the ML environment nested in its cloud, both
    partner): one vendor's own network."""
    crossing = g.system.crossing(f)
    if crossing is None:
        return False
    a, b = crossing.source_boundary, crossing.target_boundary
    if a is None or b is None:
        return False
    if a.trust != b.trust or a.trust < Trust.PARTNER:
        return False
    s = g.system
    if a in s.ancestors_of(b) or b in s.ancestors_of(a):
        return True
    # two zones side by side inside one of ours, with its trust (two subnets of the
    # company's cloud account): the same network, drawn as two boxes
    pa, pb = s.parent_of(a), s.parent_of(b)
    return pa is not None and pa == pb and pa.trust == a.trust


def _at_own_device(g: Facts, a: Element, b: Element) -> bool:
    """A person using a device: a screen and a keyboard, not a network link."""
    for person, thing in ((a, b), (b, a)):
        if isinstance(person, Actor) and person.human and isinstance(thing, Device):
            return True
    return False


# ---------------------------------------------------------------------------- interfaces


def _valuable(f: ElementView) -> list[str]:
    """What an interface guards: a reason per kind of value, empty when nothing much."""
    return f.g.memo("access.valuable", f.element, lambda: _valuable_now(f))


def _valuable_now(f: ElementView) -> list[str]:
    e = f.element
    s = f.system
    g = f.g
    why = []
    # credentials an untrusted caller presents, which the component passes on to be
    # checked (a gate reading an entry code that the shop's API validates), are the
    # caller's sign-in going through, not keys kept here
    passes_on = any(DataKind.CREDENTIALS in g.carried(x) for x in s._out[e.id])
    if g.secrets_at(e) or any(
        DataKind.CREDENTIALS in g.carried(x) and not (passes_on and g.untrusted(x.source))
        for x in s._in[e.id]
    ):
        why.append("holds credentials")
    sens = sensitive_level(s, e)
    if sens is not None and sens >= Sensitivity.CONFIDENTIAL:
        why.append(f"handles {level(sens)} data")
    if isinstance(e, Tool) and e.can(Capability.EXECUTE_CODE):
        why.append("runs code")
    if any(
        DataKind.CODE in g.carried(x) and not hands_code_on(g, e, x) for x in s._in[e.id]
    ) and isinstance(e, (Service, Endpoint, Pipeline)):
        why.append("runs the code it is sent")
    if any(
        DataKind.INSTRUCTIONS in g.carried(x) and isinstance(g.by_id[x.target], (DataStore, Agent))
        for x in s._out[e.id]
    ):
        why.append("changes an agent's configuration")
    if isinstance(e, (Service, Endpoint)) and not why:
        behind = [
            x
            for x in s.successors(e)
            if (sensitive_level(s, x) or Sensitivity.PUBLIC) >= Sensitivity.CONFIDENTIAL
            and isinstance(x, (DataStore, ModelRegistry))
        ]
        if behind:
            why.append(f"reads and writes {names(behind)}")
    if isinstance(e, (DataStore, ModelRegistry)) and not why:
        why.append("is a store")
    return why


def _handles_credentials(view: ElementView) -> bool:
    return any(
        is_credential(d)
        for f in (*view.system._in[view.id], *view.system._out[view.id])
        for d in f.data
    )


def _guarded_before(view: ElementView, path: tuple[str, ...]) -> bool:
    """Another component worth having sits on the path before the element: the request
    reaches the element through that interface; or a component of ours before it signs
    the caller in (:func:`_signed_in_before`: an API declaring SSO with MFA in front of
    an orchestrator). Components that run code, hold credentials or change an agent's
    configuration are flagged wherever they sit, unless a component before them signs
    the caller in."""
    s = view.system
    g = view.g
    if {
        "runs code",
        "runs the code it is sent",
        "changes an agent's configuration",
        "holds credentials",
    } & set(_valuable(view)):
        return _signed_in_before(view, path)
    for eid in path[1:-1]:
        x = g.by_id[eid]
        if g.untrusted(x) or g.on_user_device(x):
            continue
        if isinstance(x, (Service, Endpoint)) and _valuable(ElementView(s, x)):
            return True
    return _signed_in_before(view, path)


def _signed_in_before(view: ElementView, path: tuple[str, ...]) -> bool:
    """A component of ours on the path before the element authenticates the request on
    its way (it declares authentication, on itself or the flow into it, or its caller
    signs in): only signed-in callers reach the element through it, so the element's
    own missing check is not what lets anyone in."""
    s = view.system
    g = view.g
    for i in range(1, len(path) - 1):
        x = g.by_id[path[i]]
        if g.untrusted(x) or g.on_user_device(x) or not isinstance(x, (Service, Endpoint)):
            continue
        if _signs_in(s, g.by_id[path[i - 1]]) or _authenticates(
            s, x, g.flows_between(path[i - 1 : i + 1])
        ):
            return True
    return False


_MAIL = frozenset({"smtp", "smtp+starttls", "smtps"})


def _mailed(g: Facts, path: tuple[str, ...]) -> bool:
    """The untrusted party reaches the path only by sending mail: every flow from it to
    the next element declares a mail transport. A mail gateway accepts mail from anyone
    by design; what reaches people or agents through it is the content findings'."""
    return g.memo("access.mailed", f"{path[0]}\x1f{path[1]}", lambda: _mailed_now(g, path))


def _mailed_now(g: Facts, path: tuple[str, ...]) -> bool:
    flows = [f for f in g.system._out[path[0]] if f.target == path[1]]
    return bool(flows) and all((p := g.protocol(f)) is not None and p.name in _MAIL for f in flows)


def _request_paths(f: ElementView) -> list[tuple[str, ...]]:
    """Paths by which untrusted parties send requests to the element: from an untrusted
    element through request relays only (services, endpoints, devices), up to 3 hops."""
    g = f.g
    out = []
    store = isinstance(f.element, (DataStore, ModelRegistry))
    by_id = g.by_id
    for path in g.route_paths(f.element):
        hops = len(path) - 1
        if hops > 3:
            continue
        first = by_id[path[0]]
        if isinstance(first, ExternalService):
            continue
        if isinstance(first, DataSource) and not (
            hops > 1
            and isinstance(by_id[path[1]], (Service, Device))
            and first.origin not in (Origin.VENDOR, Origin.PARTNER)
        ):
            # content, unless a client (a browser) turns it into requests; a supplier's
            # feed (a weather vendor's forecasts) is data a service pulls, never requests
            continue
        if store and hops > 1:
            continue  # a store behind a service: the service is the interface
        if isinstance(first, Actor) and all(
            _observed(g, x) for x in f.system._out[path[0]] if x.target == path[1]
        ):
            continue  # a person a camera films sends nothing: they are observed
        if _answers_back(g, path[0], path[1]):
            continue  # the untrusted end answers the next one's requests: a callee
        if _mailed(g, path):
            continue  # mail from anyone is what a mail server takes: not a request to it
        if all(isinstance(by_id[i], RELAYS) for i in path[1:-1]):
            out.append(path)
    return list(dict.fromkeys(out))


_ANSWERS = frozenset({DataKind.LOGS, DataKind.TOOL_RESULT, DataKind.MODEL_OUTPUT})


def _answers_back(g: Facts, source: str, target: str) -> bool:
    """``source`` (a component, not a person, device or data source) only answers what
    ``target`` sends it: ``target`` calls it, and what comes back is output, results or
    logs (a sandbox returning the trace of the scripts it was given to run, a customer's
    container answering the gateway that forwards it requests)."""
    s = g.system
    src = g.by_id[source]
    if isinstance(src, (Actor, Device, DataSource)):
        return False
    if not any(x.target == source for x in s._out[target]):
        return False
    back = [x for x in s._out[source] if x.target == target]
    return bool(back) and all(x.data and g.carried(x).kinds <= _ANSWERS for x in back)


def _interface_techniques(
    view: ElementView, paths: list[tuple[str, ...]], why: list[str]
) -> tuple[str, ...]:
    """The ATLAS techniques for reaching this interface along ``paths``."""
    e = view.element
    s = view.system
    atlas = ["AML.T0049"]
    through_browser = [p for p in paths if len(p) > 2]
    direct = [p for p in paths if len(p) == 2] or e.internet_facing
    if through_browser and not direct:
        atlas = ["AML.T0011.003"]
    if e.has(c.Authentication) or any(f.has(c.Authentication) for f in s._in[e.id]):
        atlas.append("AML.T0012")
    if "holds credentials" in why or _handles_credentials(view):
        atlas.append("AML.T0106")
    if "changes an agent's configuration" in why:
        atlas.append("AML.T0107")
    if isinstance(e, (DataStore, ModelRegistry)):
        atlas.append("AML.T0036")
    return tuple(atlas)


@rule(
    "stride/exposed-interface",
    threat="classic_spoofing",
    title="Interface reachable from untrusted parties",
    stride="SE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, DataStore, ModelRegistry, Pipeline),
    atlas=["AML.T0049", "AML.T0012", "AML.T0011.003", "AML.T0106", "AML.T0107", "AML.T0036"],
    cwe=["CWE-306", "CWE-284", "CWE-287"],
    mitigations=[c.Authentication, c.MutualAuthentication],
    supporting=[c.RBAC, c.RateLimiting, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="CI",
    placement=("element", "inbound"),
)
def exposed_interface(view: ElementView) -> Match | None:
    """A component we run takes requests from untrusted parties (directly, through
    request relays such as a proxy or the user's browser, or because it is declared internet
    facing), and it guards something worth having: sensitive data, credentials, code
    execution (not code it hands on to devices as it came, as an update server does), an
    agent's configuration, or a store. Unless it authenticates callers, anyone who reaches it
    gets that. Authentication counts on the component, on the flows into it, and on its
    callers when every one of them signs in (or, for a client app, every person using it
    does); with authentication in place, stolen or self-registered accounts are the way in.
    Mail is not a request: a mail gateway that outsiders reach only by sending it mail (smtp)
    takes mail from anyone by design, and what the mail carries is the content findings'
    part. A person a camera films sends no requests, and a component that only answers what
    this one sends it (a sandbox returning the trace of what it ran) is not its caller, nor
    is a supplier's or partner's data feed that a service of ours pulls (a weather vendor's
    forecasts feeding a scheduler): it sends data, not requests. A credential a caller
    presents is not a key held here when the component passes it on to be checked. A front
    that only guards data and answers the people who call it (a public chat, a ticket shop, a
    booking or quote website, a catalogue) is built for them, internet facing or not: whether
    each may see what they get, a form handing stored records back included, is the
    subject-authorization finding's part. So is an endpoint (not a server that devices
    call) whose machine callers are devices fed only by the people using them (an
    audio-guide app on visitors' phones), when it hands nothing confidential back
    outside. Only signed-in callers pass a portal of ours that signs them in (itself, or
    through an identity provider, whether the provider sends it the token or the caller
    brings it, as a browser does), and only they reach what sits behind a front of ours
    that signs every caller in (an orchestrator behind an API declaring SSO). Where the
    callers sign in with a password and nothing more, the password-only finding on the
    same component says how a stolen account gets in, and this one is not raised beside
    it. An internet-facing receiver that only other systems call, each call's sender
    checked (a webhook signature verified on every call, mutual TLS), is reachable as
    webhooks must be, and is not raised, nor is a gate whose callers type the PIN it
    checks (:func:`_presents_what_it_checks`)."""
    e = view.element
    g = view.g
    if not g.operated(e) or _signs_in_through_idp(view.system, e):
        return None  # signing callers in through an identity provider authenticates them
    requests = _request_paths(view)
    if not requests and not e.internet_facing:
        return None  # paths are only filtered below: nothing reaches it (the common case)
    if not requests and _open_by_design(view):
        return None  # internet facing to take mail, or signed webhooks
    why = _valuable(view)
    if not why:
        return None
    # the guarded interface is the first worth having on each path: its sign-in is the fix
    paths = [p for p in requests if not _guarded_before(view, p)]
    s = view.system
    runs = {"runs code", "runs the code it is sent"} & set(why)
    dangerous = {"changes an agent's configuration", "holds credentials"} & set(why)
    if not runs and not dangerous:
        kept = _data_paths(view, paths)
        if kept is None:
            return None
        paths = kept
    if not (paths or e.internet_facing) or (paths and _presents_what_it_checks(g, e, paths)):
        return None  # nothing reaches it, or its callers present the credential it checks
    atlas = _interface_techniques(view, paths, why)
    callers = sorted({p[0] for p in paths})
    affected, how = _request_reach(view, paths, callers)
    impact = 2 if runs else 1 if dangerous else -1
    people = any(
        isinstance(g.by_id[c_], Actor) and g.by_id[c_].human  # type: ignore[attr-defined]
        for c_ in callers
    )
    # callers who all declare that they authenticate (a signed-in member) are
    # authenticated by the interface they call: their controls count there
    callers_sign_in = bool(callers) and all(_signs_in(s, g.by_id[c_]) for c_ in callers)
    authenticated = callers_sign_in or _authenticates(
        s, e, [f for p in paths for f in g.flows_between(p[-2:])]
    )
    if authenticated and password_only_sign_in(view) is not None:
        return None  # a stolen account is the way in: the password-only finding says it
    return Match(
        f"{view.described} {how} and {', '.join(why)}; "
        + (
            "it authenticates callers, so a stolen, shared or freely registered account is "
            "the way in."
            if authenticated
            else "without authentication, anyone who reaches it gets that."
        ),
        affected=tuple(affected),
        atlas=atlas,
        impact_delta=impact,
        # an interface that only reads and writes data may well be meant for the public
        likelihood_delta=0 if runs or dangerous else -1,
        # people in browsers do not hold client certificates
        asks=(c.Authentication,) if people or e.internet_facing else None,
        control_sites=(
            (e.id, *(f.id for f in s._in[e.id]), *callers, *_users(s, callers))
            if callers_sign_in
            else None
        ),
    )


def _request_reach(
    view: ElementView, paths: list[tuple[str, ...]], callers: list[str]
) -> tuple[list[str | Target], str]:
    """What the exposed-interface finding lists (each caller's flow, or the path through
    a relay) and how it says the component is reached."""
    e = view.element
    g = view.g
    affected: list[str | Target] = []
    for p in paths:
        if len(p) == 2:
            affected.extend(g.flows_between(p))
        else:
            affected.append(Target.path(p))
    how = (
        "is internet facing"
        if e.internet_facing and not paths
        else f"takes requests from {names(callers, view.system)}"
        + (" (internet facing too)" if e.internet_facing and paths else "")
    )
    return affected, how


def _presents_what_it_checks(g: Facts, e: Element, paths: list[tuple[str, ...]]) -> bool:
    """Every caller hands the component a credential that it also gets from elsewhere
    to check against (a PIN typed at a gate keypad whose controller is sent the valid
    PINs): presenting it is the sign-in."""
    s = g.system
    callers = {p[-2] for p in paths}
    checked = {
        d for f in s._in[e.id] if f.source not in callers for d in f.data if is_credential(d)
    }
    if not checked:
        return False
    for p in paths:
        into = [f for f in s._out[p[-2]] if f.target == e.id]
        if not into or not all(any(d in checked for d in f.data) for f in into):
            return False
    return True


def _data_paths(view: ElementView, paths: list[tuple[str, ...]]) -> list[tuple[str, ...]] | None:
    """For an interface that guards only data, the request paths that expose it; None
    when being reachable is what it is for. Only a caller who gets an answer gets the
    data, and people are expected to use a service built for them (whether each may see
    what they get is stride/missing-subject-authorization); machines calling it without
    credentials are not."""
    e = view.element
    g = view.g
    s = view.system
    served = any(_answers(s, p) and _person(g, p[0]) for p in paths)
    paths = [p for p in paths if _answers(s, p) and not _person(g, p[0])]
    hands_out = _hands_out(g, e)
    if isinstance(e, Endpoint) and not hands_out:
        # an API front that people's own apps call, handing back nothing confidential
        # (a museum's audio-guide API answering the visitor app): the app asks what its
        # person asks, so the front is built for them like a public chat
        paths = [p for p in paths if not _persons_client(g, p[0])]
    if not paths and not hands_out:
        # it takes submissions and gives nothing worth having back (a careers site, a
        # public content API): being reachable is what it is for
        return None
    if not paths and served:
        # a front the people it answers are meant to use (a public chat, a ticket shop,
        # a booking website): being on the internet for them is its purpose, not an
        # exposure; whether each may see what it hands back is the subject-authorization
        # finding's part
        return None
    return paths


_AUTH = (c.Authentication, c.MutualAuthentication)


def _users(s: System, callers: list[str]) -> list[str]:
    """The people who use the callers that are apps (whose sign-in counts for them)."""
    return [
        x.id
        for c_ in callers
        if not isinstance(s.element(c_), Actor)
        for x in s.predecessors(c_)
        if isinstance(x, Actor)
    ]


def _declares(holder: Element | Flow, wanted: tuple[type[c.Control], ...]) -> bool:
    """One of ``wanted`` is among the holder's declared controls."""
    return any(isinstance(x, wanted) for x in holder.controls)


def _signs_in(s: System, caller: Element) -> bool:
    """The caller declares that it authenticates; or it is an app whose users are all
    people who do (the client they sign in through)."""
    if _declares(caller, _AUTH):
        return True
    if isinstance(caller, Actor):
        return False
    users = [x for x in s.predecessors(caller) if isinstance(x, Actor)]
    return bool(users) and all(_declares(u, _AUTH) for u in users)


def _signs_in_through_idp(s: System, e: Element) -> bool:
    """The interface signs its callers in through an identity provider: it gets
    credentials (an identity token) from one, as a portal does after redirecting a
    parent to the state's sign-in service, or from a caller who got them from one (the
    token the browser carries back from the company's SSO)."""
    return any(_idp_token(s, f) for f in s._in[e.id]) or any(
        any(is_credential(d) for d in f.data)
        and any(_idp_token(s, back) for back in s._in[f.source])
        for f in s._in[e.id]
    )


def _idp_token(s: System, f: Flow) -> bool:
    """``f`` brings credentials from an identity provider."""
    return (
        isinstance(idp := s.element(f.source), ExternalService)
        and idp.provides is ExternalCategory.IDENTITY_PROVIDER
        and any(is_credential(d) for d in f.data)
    )


def _open_by_design(view: ElementView) -> bool:
    """Being reachable from the internet is what the element is for: a mail gateway
    outsiders reach only by sending it mail (open to anyone's mail), or a receiver that
    only other systems call, each call's sender checked (a signature verified on every
    webhook, a shared secret, mutual TLS)."""
    g = view.g
    if any(_mailed(g, p) for p in g.route_paths(view.element) if len(p) == 2):
        return True
    inbound = view.system._in[view.id]
    return bool(inbound) and all(
        not isinstance(g.by_id[f.source], (Actor, Device)) and _checks_sender(f) for f in inbound
    )


def _authenticates(s: System, e: Element, flows: list[str]) -> bool:
    """Authentication is declared on the interface, or on the flows into it (a control,
    or a protocol that authenticates the client, such as mtls)."""
    if _declares(e, _AUTH):
        return True
    for fid in flows:
        f = s.flow(fid)
        p = lookup_protocol(f.protocol)
        if (p is not None and p.client_authenticated) or _declares(f, _AUTH):
            return True
    return False


def _person(g: Facts, eid: str) -> bool:
    return is_person(g.by_id[eid])


def _persons_client(g: Facts, eid: str) -> bool:
    """A device whose every input from untrusted parties comes from the people using it
    (an app on a visitor's phone; what it is sent back by our side does not count): what
    it asks for, they ask for."""
    s = g.system
    x = g.by_id[eid]
    ins = [f for f in s._in[eid] if g.untrusted(f.source)]
    return isinstance(x, Device) and bool(ins) and all(_person(g, f.source) for f in ins)


def _hands_out(g: Facts, e: Element) -> bool:
    """Whether the element sends confidential data or more (or data it does not
    declare) to an untrusted element, directly or through one relay. One that takes
    in only what untrusted callers send it (an application form writing to stores it
    never reads) can hand back nothing but what they sent."""
    s = g.system
    if s._in[e.id] and all(g.untrusted(f.source) for f in s._in[e.id]):
        return False
    for f in s._out[e.id]:
        if f.data and (f.sensitivity or Sensitivity.PUBLIC) < Sensitivity.CONFIDENTIAL:
            continue
        t = g.by_id[f.target]
        if g.untrusted(t) or (
            isinstance(t, RELAYS) and any(g.untrusted(x) for x in s.successors(t))
        ):
            return True
    return False


def _answers(s: System, path: tuple[str, ...]) -> bool:
    """Whether the component at the end of a request path sends something back along
    it (to the hop before it), so that a caller gets data out of it."""
    return any(f.target == path[-2] for f in s._out[path[-1]])


# ---------------------------------------------------------------------------- floods


def _fronts_ai(g: Facts, e: Element) -> list[Element]:
    """Models and agents the element is, or passes requests on to (two hops); not
    through a relay that declares a rate limit (it caps what reaches the model)."""
    if isinstance(e, (Model, Agent)):
        return [e]
    s = g.system
    out: list[Element] = []
    for x in s.successors(e):
        if isinstance(x, (Model, Agent)):
            out.append(x)
        elif isinstance(x, (Service, Endpoint)) and not _declares(x, (c.RateLimiting,)):
            out += [y for y in s.successors(x) if isinstance(y, (Model, Agent))]
    return list(dict.fromkeys(out))


_Entry = tuple[list[Flow], list[Element]]


def _flood_entry(g: Facts, e: Element) -> _Entry | None:
    """Where untrusted callers' requests enter, each running a model or agent: the
    callers' flows and the models behind. None when it is not such an entry."""
    return g.memo("access.flood-entry", e, lambda: _flood_entry_now(g, e))


def _flood_entry_now(g: Facts, e: Element) -> _Entry | None:
    if not isinstance(e, (Service, Endpoint, Agent, Model, Tool)) or not g.operated(e):
        return None
    s = g.system
    outside = [f for f in s._in[e.id] if g.untrusted(f.source)]
    callers = [
        f
        for f in outside
        if isinstance(src := g.by_id[f.source], (Actor, Device))
        and DataKind.CODE not in g.carried(f)  # submitted jobs run what they are sent
        # a privileged operator working from outside (a host on their own laptop) runs
        # the system; flooding it is not their way in
        and not (isinstance(src, Actor) and src.privileged)
        # sensors in the field (roadside cameras) that no person uses and that the
        # entry never answers upload what they capture: a flood from them takes taking
        # them over first (a client the entry answers is a way to query it)
        and not (
            isinstance(src, Device)
            and not any(is_person(g.by_id[x.source]) and not _filmed(g, x) for x in s._in[src.id])
            and not any(isinstance(x, Actor) and x.human for x in s.successors(src))
            and not any(x.target == src.id for x in s._out[e.id])
        )
        # a person at the machine itself (a self-checkout's touchscreen, a kiosk's card
        # reader): no network between them, and the machine faces no network outside;
        # one person floods one machine only by standing at it
        and not _in_person(s, e, src, f)
        and not _kiosk(g, src, f)
    ]
    if not callers and (not e.internet_facing or outside):
        # declared internet facing counts when nothing from outside is drawn; what is
        # drawn is submitted code, whose threat is running it, not its volume
        return None
    # a model the entry starts only on what people of ours send it (a secretary's
    # "start seeding", a manager's weekly roster request) runs when they ask, not at
    # each outside request
    behind = [m for m in _fronts_ai(g, e) if not _started_by_staff(g, e, m)]
    if not behind:
        return None  # a flood of cheap requests is ordinary capacity planning
    if callers and not {f.target for f in s._out[e.id]} & {m.id for m in behind}:
        # behind another component, models that none of a caller's content reaches do
        # not run for that caller (contractors who only accept a permit the LLM drafted
        # for a planner). An entry that calls the model itself may call it on other data
        # at each request (a self-checkout sending the scale camera's image): it stays
        callers = [f for f in callers if _reaches_any(g, f.source, behind)]
        if not callers:
            return None
    return callers, behind


def _filmed(g: Facts, f: Flow) -> bool:
    """A person is only in view of a camera or a microphone: no protocol, nothing but
    images, video or sound (a passer-by at a dumping hotspot). They use nothing."""
    return not f.protocol and bool(f.data) and g.carried(f).kinds <= {DataKind.MEDIA}


def _kiosk(g: Facts, src: Element, f: Flow) -> bool:
    """A device that people use where it stands (a lobby tablet in kiosk mode, a parcel
    locker's keypad: they type on it, with no protocol between) and that proves itself
    to the entry with a key of its own (mutual TLS, LoRaWAN session keys): a flood
    through it takes standing at it, or taking it apart for its key."""
    s = g.system
    if not isinstance(src, Device):
        return False
    users = [x for x in s._in[src.id] if is_person(g.by_id[x.source])]
    if not users or any(x.protocol for x in users):
        return False
    found = g.protocol(f)
    return (found is not None and found.client_authenticated) or f.has(c.MutualAuthentication)


def _started_by_staff(g: Facts, e: Element, model: Element) -> bool:
    """The entry hands ``model`` only what people of ours send the entry (each item on
    every flow to it arrives from a person who is not an outsider, or who runs the
    system), and reaches it no other way (not through a service in between)."""
    s = g.system
    to_model = [f for f in s._out[e.id] if f.target == model.id]
    if not to_model or any(
        isinstance(x, (Service, Endpoint)) and model in s.successors(x) for x in s.successors(e)
    ):
        return False
    for f in to_model:
        if not f.data:
            return False
        for d in f.data:
            senders = [g.by_id[x.source] for x in s._in[e.id] if d in x.data]
            if not senders or not all(
                isinstance(a, Actor) and a.human and (a.privileged or not g.untrusted(a))
                for a in senders
            ):
                return False
    return True


def _reaches_any(g: Facts, source: str, models: list[Element]) -> bool:
    """What ``source`` sends reaches one of ``models`` along content flows (the route
    search, which follows what each component passes on) and not only through a store
    it is kept in. A model whose kept routes are full (NEAREST sources) may have more
    than it keeps: it counts as reached."""
    for m in models:
        if m.id == source:
            return True
        # the starts of the kept routes (counting every source exactly would walk the
        # model's whole upstream again: a full list answers "maybe", which counts)
        paths = g.route_paths(m)
        mine = [p for p in paths if p[0] == source]
        if any(_runs_along(g, p) for p in mine):
            return True
        if not mine and len({p[0] for p in paths}) >= NEAREST:
            return True
    return False


def _runs_along(g: Facts, path: tuple[str, ...]) -> bool:
    """A request sent along this route reaches its end as it is sent: it is not kept in
    a store on the way and read from it later (a booking saved in the records database
    that a tool looks up when staff start the agent on something else), and each hop
    carries on what came to it (``carries_on``: a back end that sends the agent the text
    an OCR service read, not the booking it was sent, does not)."""
    if any(isinstance(g.by_id[x], DataStore) for x in path[1:-1]):
        return False
    return carried_along(g.system, path)


_TAP = re.compile(r"\b(?:rfid|nfc)\b", re.IGNORECASE)
"""A protocol a person uses by holding a card or a phone to the reader: centimetres of
range, so whoever uses it stands at the machine."""


def _in_person(s: System, e: Element, src: Element, f: Flow) -> bool:
    """A person uses a machine of ours where it stands: a human names no protocol, or
    one they use by tapping a card on the reader (RFID, NFC), to a service or endpoint
    that is not internet facing and has its own sensors, a device or a source in its
    zone feeding it (a self-checkout's scale camera, a kiosk's card reader, a lift
    turnstile's camera), or a flow with no protocol whose label says they meet it in
    person (details given at the entry desk)."""
    if not (
        isinstance(src, Actor)
        and src.human
        and (not f.protocol or _TAP.search(f.protocol))
        and isinstance(e, (Service, Endpoint))
        and not e.internet_facing
    ):
        return False
    if not f.protocol and _IN_PERSON.search(f.label or ""):
        return True
    here = s.boundary_of(e.id)
    return here is not None and any(
        isinstance(s.element(x.source), (Device, DataSource)) and s.boundary_of(x.source) == here
        for x in s._in[e.id]
    )


_CHEAP_TASKS = frozenset({Task.CLASSIFIER, Task.REGRESSOR, Task.RANKER})
"""Models that answer a request with a score, a number or an order: little work each."""


def _cheap_models(g: Facts, behind: list[Element]) -> bool:
    """Every model behind the entry answers a request cheaply: a classifier, regressor
    or ranker over records (a claims app's loss regressor, a ranker behind a signed-in
    app). Not when anything behind generates (an LLM, an agent, an image model),
    verifies people, or is sent images, audio or documents."""
    return all(
        isinstance(x, Model)
        and x.task in _CHEAP_TASKS
        and not any(g.carried(f).kinds & _FILES for f in g.system._in[x.id])
        for x in behind
    )


def _limited(g: Facts, e: Element) -> bool:
    """A rate limit covers every untrusted caller: it is declared on the entry, or on
    each flow from an untrusted caller into it (a limit on one caller's flow, or on an
    internal hop, leaves the others unlimited)."""
    if _declares(e, (c.RateLimiting,)):
        return True
    entry = _flood_entry(g, e)
    flows = entry[0] if entry is not None else []
    return bool(flows) and all(_declares(f, (c.RateLimiting,)) for f in flows)


def _flood_peers(g: Facts, model: Element, limited: bool) -> tuple[str, ...]:
    """Every flood entry in front of ``model`` (itself, or up to two hops before it)
    that does (or does not) declare a rate limit, as ``limited`` says, the outermost
    first: one that untrusted callers send to before one only declared internet
    facing, one that passes requests on to another entry before that entry, then by
    id. Entries with and without a limit are never one finding: one entry's limit
    would hide the other's gap."""
    return g.memo(
        "access.flood-peers-limited" if limited else "access.flood-peers",
        model,
        lambda: _flood_peers_now(g, model, limited),
    )


def _flood_peers_now(g: Facts, model: Element, limited: bool) -> tuple[str, ...]:
    s = g.system
    near = [model, *s.predecessors(model)]
    near += [y for x in near[1:] if isinstance(x, (Service, Endpoint)) for y in s.predecessors(x)]
    found = []
    for x in dict.fromkeys(near):
        entry = _flood_entry(g, x)
        if entry is not None and model in entry[1] and _limited(g, x) is limited:
            found.append(x.id)
    peers = set(found)

    def outermost(i: str) -> tuple[bool, bool, str]:
        entry = _flood_entry(g, g.by_id[i])
        assert entry is not None
        direct = bool(entry[0])  # untrusted callers send to it, not only "internet facing"
        return (not direct, not any(y.id in peers for y in s.successors(i)), i)

    return tuple(sorted(found, key=outermost))


@rule(
    "stride/denial-of-service",
    threat="classic_dos",
    title="Request floods from untrusted callers",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Agent, Model, Tool),
    atlas=["AML.T0029", "AML.T0034"],
    owasp=["LLM10:2025", "ASI08:2026"],
    cwe=["CWE-400", "CWE-770"],
    mitigations=[c.RateLimiting],
    supporting=[c.AnomalyDetection, c.CircuitBreaker],
    likelihood="unlikely",
    impact="minor",
    cia="A",
    placement=("element", "inbound"),
)
def denial_of_service(view: ElementView) -> Match | None:
    """The first component untrusted callers send requests to, when each request runs a
    model or an agent, can be flooded: many requests, huge inputs, or prompts that set
    off long generations and agent loops, until it stops answering or the bill for the
    model behind it runs away (denial of wallet). Raised once, where rate limits go: on
    the entry component or the flows into it. Components that run no model are left to
    ordinary capacity planning, and so is a website whose requests reach the model only
    through an API that declares a rate limit, and an internet-facing entry that
    authenticates its callers when none of them is drawn from outside. A privileged
    operator working from outside (a host on their own laptop) is no flood source, nor
    is a sensor nobody uses that only uploads what it captures (roadside cameras the
    entry never answers; people only in view of it, passers-by filmed at a dumping
    hotspot, use nothing), nor a person at the machine itself (a self-checkout, a kiosk:
    a service not internet facing, with sensors of its own in its zone and no protocol
    between the person and it, or a card they tap on its reader: RFID, NFC), who floods
    it only by standing there; so too a device people type on where it stands that
    proves itself to the entry with a key of its own (a lobby kiosk tablet over mutual
    TLS, a parcel locker's keypad). Nor are
    callers whose requests reach none of the models behind the component the entry
    passes them to (contractors who only accept a permit the LLM drafted for a
    planner, lock modules whose telemetry the helmet detector never sees), or reaches
    them only after it is kept in a store (a booking the agent's tool looks up later), or
    through a component that sends the model something else (the text an OCR service
    read, not the booking): however many they send, the model does not run for them. An entry that calls the model itself
    may call it on other data at each request, and keeps its callers, unless all it
    hands the model comes from people of ours (a secretary's "start seeding", a
    manager's weekly roster request, while parents' entries only go to a store the
    agent reads): the model then runs when they ask. An
    entry in front of models that only score, estimate or rank records (a claims app's loss
    regressor; not when anything behind generates, verifies people, or is sent images,
    audio or documents) is ``stride/internet-facing-flood``'s: each request costs
    little, so callers who sign in answer it as well as a rate limit. So is an entry
    whose untrusted callers all sign in with a second factor that sends nothing (MFA,
    an authenticator, a hardware key; not a code by text or a PIN): a flood needs a
    taken-over account, and the sign-in answers it. A step limit
    (``CircuitBreaker``) declared on an agent behind the entry bounds what each request
    can cost and counts here as a supporting control, when the agent declares no rate
    limit or sign-in of its own (those would stand in for the entry's)."""
    return _flood(view, drawn=True)


@rule(
    "stride/internet-facing-flood",
    threat="classic_dos",
    title="Request floods from untrusted callers",
    # the same threat on the same entry: one finding id whichever of the two explains it
    family="stride/denial-of-service",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Agent, Model, Tool),
    atlas=["AML.T0029", "AML.T0034"],
    owasp=["LLM10:2025", "ASI08:2026"],
    cwe=["CWE-400", "CWE-770"],
    mitigations=[c.RateLimiting, c.Authentication, c.MutualAuthentication],
    supporting=[c.AnomalyDetection, c.CircuitBreaker],
    likelihood="unlikely",
    impact="minor",
    cia="A",
    placement=("element", "inbound"),
)
def internet_facing_flood(view: ElementView) -> Match | None:
    """An entry declared internet facing where no untrusted caller is drawn (only a
    partner's platform, or nobody), when each request runs a model or an agent: anyone
    on the internet can send it requests. Here authentication mitigates as well as a
    rate limit: it keeps strangers' requests from running the model at all. So too for
    an entry untrusted callers are drawn sending to when every model behind it only
    scores, estimates or ranks records: each request costs little, and callers who
    sign in (on the entry, or on every caller's flow) are known accounts; and for an
    entry whose untrusted callers all sign in with MFA, an authenticator or a hardware
    key (not a code sent by text, which a flood of sign-ins runs up). (Elsewhere,
    where untrusted callers are drawn, ``stride/denial-of-service`` asks for the rate
    limit: signed-in callers can flood too.) Raised, like that rule, once per group of
    entries in front of the same models."""
    return _flood(view, drawn=False)


def _flood(view: ElementView, *, drawn: bool) -> Match | None:
    """The flood finding on this entry: ``drawn`` for entries untrusted callers are
    drawn sending to, else for entries only declared internet facing."""
    e = view.element
    g = view.g
    entry = _flood_entry(g, e)
    if entry is None:
        return None
    callers, behind = entry
    # entries in front of models that only score, estimate or rank records: the
    # internet-facing variant's, where the callers' sign-in answers a flood as well
    # as a rate limit (each request costs little, and comes from a known account)
    cheap = bool(callers) and (_cheap_models(g, behind) or _strong_callers(g, e, callers))
    if (bool(callers) and not cheap) != drawn:
        return None
    # a limit counts on the entry, or on the callers' flows when every one has it (for
    # cheap models, a sign-in on every one of them too)
    limited = _limited(g, e)
    answers = (c.RateLimiting, *_AUTH) if cheap else (c.RateLimiting,)
    on_flows = bool(callers) and all(_declares(f, answers) for f in callers)
    sites = (e.id, *(f.id for f in callers)) if on_flows else (e.id,)
    # several entries in front of the same models (a proxy and the service behind it,
    # a website and an API): one finding, on the outermost, listing the others
    if not any(_flood_peers(g, m, limited)[0] == e.id for m in behind):
        return None
    others = sorted({p for m in behind for p in _flood_peers(g, m, limited)} - {e.id})
    for o in others:
        other = _flood_entry(g, g.by_id[o])
        assert other is not None
        callers = [*callers, *(f for f in other[0] if f not in callers)]
        behind = [*behind, *(x for x in other[1] if x not in behind)]
    s = view.system
    # an agent's declared step limit bounds what each request can cost (its loops), so
    # it counts here, as the supporting control it is; a rate limit of the agent's own is
    # not the entry's and is not counted for it
    sites = (*sites, *(x.id for x in _step_limited(behind)))
    generative = [x for x in behind if isinstance(x, (LLM, Agent))]
    atlas = ("AML.T0029", "AML.T0034") if generative else ("AML.T0029",)
    owasp = ("LLM10:2025",) if generative else ()
    who = names({f.source for f in callers}, s) if callers else "callers on the internet"
    also = f" (and {names(others, s)}, in front of the same models)" if others else ""
    partial = any(_declares(f, (c.RateLimiting,)) for f in callers)
    limit = (
        "a rate limit is declared"
        if limited
        else "with a rate limit on only some of their flows"
        if partial
        else "with no declared limit"
    )
    return Match(
        f"{view.described}{also} takes requests from untrusted {who}, {limit}; each request "
        f"runs {names(behind)}.",
        affected=(*(f.id for f in callers), *others, *(x.id for x in behind)),
        atlas=atlas,
        owasp=owasp,
        impact_delta=1 if generative else 0,
        control_sites=sites,
    )


def _strong_callers(g: Facts, e: Element, callers: list[Flow]) -> bool:
    """Every untrusted caller signs in with a second factor that costs nothing to ask
    for (MFA, an authenticator, a hardware key; declared on the entry, or on each
    caller or its flow): a flood needs an account taken over, and the sign-in answers
    it as a rate limit would. A code sent by text or e-mail is not counted: asking for
    one is itself what a flood of sign-ins runs up (SMS pumping)."""

    def strong(holder: Element | Flow) -> bool:
        return any(
            isinstance(k, c.Authentication)
            and _multi_factor(k.method)
            and not _SENT_CODE.search(k.method or "")
            for k in holder.controls
        )

    return strong(e) or all(strong(f) or strong(g.by_id[f.source]) for f in callers)


_SENT_CODE = re.compile(
    r"\b(?:sms|text|otp|one[- ]time|pin|passcodes?|codes?|magic)\b", re.IGNORECASE
)
"""A sign-in whose second factor is a code sent to the person, or a PIN."""


def _step_limited(behind: list[Element]) -> list[Element]:
    """The agents behind a flood entry that declare a step limit (``CircuitBreaker``) and
    no control of their own that answers a flood at the entry (a rate limit, a sign-in):
    the step limit can count at the entry's finding without those standing in for the
    entry's."""
    return [
        x
        for x in behind
        if isinstance(x, Agent)
        and x.has(c.CircuitBreaker)
        and not any(x.has(k) for k in (c.RateLimiting, *_AUTH))
    ]


# ---------------------------------------------------------------------------- files

_FILES = frozenset({DataKind.DOCUMENTS, DataKind.MEDIA})
_PARSERS = (Service, Pipeline)
# live voice and video arrive as a stream a codec decodes, not as a file a parser opens
_STREAMS = frozenset(
    {"wss", "sip", "sips", "rtp", "srtp", "rtsp", "rtsps", "rtmp", "rtmps", "gige-vision"}
)
# what a component makes of a file it opened: text, records, features, a prompt
_DERIVED = frozenset(
    {
        DataKind.RECORDS,
        DataKind.FEATURES,
        DataKind.EMBEDDINGS,
        DataKind.PROMPT,
        DataKind.TRAINING_DATA,
        DataKind.LABELS,
        DataKind.RETRIEVED_CONTEXT,
    }
)


@rule(
    "stride/untrusted-file-parsing",
    threat="classic_injection",
    title="Files from outsiders are parsed without isolation",
    stride="TE",
    applies_to=on_element(*_PARSERS),
    atlas=["AML.T0049"],
    cwe=["CWE-20", "CWE-400", "CWE-653"],
    mitigations=[c.Sandboxing],
    supporting=[c.InputValidation, c.DataSanitization],
    likelihood="rare",
    impact="moderate",
    cia="CIA",
    placement=("element", "inbound"),
)
def untrusted_file_parsing(view: ElementView) -> Match | None:
    """Components we run open files that people outside can make: uploaded PDFs and
    office documents, images, audio, video, e-mail, pages from the web. They decode
    them with document, image or media libraries, and a crafted file (a parser bug, an
    XML external entity, a macro, a decompression bomb) runs code or exhausts the
    component where it sits, next to what it can reach. A service or pipeline opens a
    file it takes in when it does not hand the file on unchanged, or hands it on beside
    what it made of it (records, features, a prompt, or a document no flow brings it:
    the file's text); an upload service that only stores the file opens nothing, nor
    does one that hands the file unchanged to a service or model outside our zones that
    answers it (a managed OCR API, a speech-to-text vendor, a hosted vision LLM) and makes
    no features of its own:
    that service opens it. Files count as from outside when an untrusted
    element sends them or a data source of untrusted origin provides them. Documents
    named as what people type (notes, entries, messages, reviews, posts, threads, facts), with
    nothing in the name saying they are a file (an upload, a PDF, a scan, a photo), are
    text from a form or a chat: no file to parse. One finding
    per model: on the opener nearest the outside that declares no sandbox, naming every
    other opener without one. Speech or a face a person gives in person to a device or
    kiosk of ours is recorded there, not a file they made; so are papers they hand over
    to a scanner or copier of ours (a device so named) or to one of our people in person
    (a form handed over at the counter and photographed there), and so is a call over the
    telephone or a voice radio network (``pstn``, ``vhf``): the carrier or our gateway
    turns the signal into audio as it comes. A sandbox around the parsing (no host or network
    privileges) mitigates it there, checking type and size or sanitising files
    (content disarm) lowers it. Models, agents and tools that take files in are left
    to their own findings; a partner's service opens files in its own environment."""
    e = view.element
    g = view.g
    s = view.system
    openers = _file_openers(g)
    if not openers:
        return None
    bare = [x for x in openers if not _declares(g.by_id[x[0]], (c.Sandboxing,))]
    chosen = bare or openers
    if chosen[0][0] != e.id:
        return None
    opened = _opened(g, e)
    files = sorted({d.name for _, d in opened})
    outside = _outside_files(g)
    by = sorted({x for _, d in opened for x in outside[d]})
    others = [x for x, _ in chosen[1:]]
    also = f"; so do {names(others, s)}" if others else ""
    return Match(
        f"{view.described} opens {_listed(files)} that {subject(by, 'sends', 'send', s)}"
        f"{also}. A crafted file exploits the parser where it runs.",
        affected=(*dict.fromkeys(f.id for f, _ in opened), *others),
    )


def _lookup_name(protocol: str | None) -> str:
    found = lookup_protocol(protocol)
    return found.name if found is not None else ""


def _listed(items: list[str]) -> str:
    return ", ".join(items[:3]) + (f" and {len(items) - 3} more" if len(items) > 3 else "")


def _opened(g: Facts, e: Element) -> list[tuple[Flow, Data]]:
    """The flows into a service or pipeline we run that bring it files from outside
    which it opens, with the file."""
    s = g.system
    if not isinstance(e, _PARSERS) or not g.operated(e):
        return []
    outside = _outside_files(g)
    taken = [
        (f, d)
        for f in s._in[e.id]
        if _lookup_name(f.protocol) not in _STREAMS
        for d in f.data
        if d in outside and not _captured(g, f, d)
    ]
    if not taken:
        return []
    sent = {d for f in s._out[e.id] for d in f.data}
    received = {d for f in s._in[e.id] for d in f.data}
    # it opens what it does not hand on, and what it hands on beside what it made of it
    # (records, features, a prompt; or a document it writes itself: the text of a file)
    made = any(
        d.kind in _DERIVED or (d.kind is DataKind.DOCUMENTS and d not in received) for d in sent
    )
    return [(f, d) for f, d in taken if (made or d not in sent) and not _parsed_elsewhere(g, e, d)]


def _parsed_elsewhere(g: Facts, e: Element, d: Data) -> bool:
    """The component sends the file unchanged to a service or model outside our zones
    that sends it something back (a managed OCR API returning the text, a vendor's
    vision LLM answering about a photo): that service opens the file, and what the
    component makes comes from its answer. Not when it also
    makes features for a model: it decodes the images or pages for them itself."""
    s = g.system
    if any(x.kind is DataKind.FEATURES for f in s._out[e.id] for x in f.data):
        return False
    return any(
        d in f.data
        and isinstance(g.by_id[f.target], (ExternalService, LLM, Model))
        and not g.operated(g.by_id[f.target])
        and any(b.target == e.id for b in s._out[f.target])
        for f in s._out[e.id]
    )


def _captured(g: Facts, f: Flow, d: Data) -> bool:
    """Media a person gives a component in person (speech into a kiosk's microphone,
    a face before its camera: no network protocol between them) is captured there, not
    a file they made; what a device they hold uploads is."""
    src = g.by_id[f.source]
    if not (
        isinstance(src, Actor)
        and src.human
        and (f.protocol is None or _lookup_name(f.protocol) == "local")
    ):
        return False
    if d.kind is DataKind.MEDIA:
        return True
    # paper handed to a scanner of ours, or to one of our people at a counter: the
    # scanner or the tablet they photograph it with makes the file, the person cannot
    to = g.by_id[f.target]
    return d.kind is DataKind.DOCUMENTS and (
        (isinstance(to, Device) and bool(_SCANS.search(to.name)))
        or (isinstance(to, Actor) and to.human and not g.untrusted(to))
    )


_SCANS = re.compile(r"\b(?:scanners?|copiers?|photocopiers?|mfps?|multifunction)\b", re.IGNORECASE)
"""Names of a device that makes a file from paper put on it."""


def _file_openers(g: Facts) -> list[tuple[str, int]]:
    """Every component that opens files from outside, nearest the outside first (hops
    along flows carrying those files), then by id."""
    return g.memo("access.file-openers", "", lambda: _file_openers_now(g))


def _file_openers_now(g: Facts) -> list[tuple[str, int]]:
    s = g.system
    outside = _outside_files(g)
    if not outside:
        return []
    hops: dict[str, int] = {}
    frontier = sorted({x for senders in outside.values() for x in senders})
    for x in frontier:
        hops[x] = 0
    depth = 0
    while frontier:
        depth += 1
        nxt = []
        for u in frontier:
            for f in s._out[u]:
                if f.target not in hops and any(d in outside for d in f.data):
                    hops[f.target] = depth
                    nxt.append(f.target)
        frontier = nxt
    return sorted(
        ((x, n) for x, n in hops.items() if _opened(g, g.by_id[x])),
        key=lambda t: (t[1], t[0]),
    )


def _outside_files(g: Facts) -> dict[Data, tuple[str, ...]]:
    """Documents and media that come from outside, with the elements that bring them
    in: sent by an untrusted element, or provided by a data source of untrusted origin,
    other than over a live voice or video protocol, and other than media a person gives
    in person to a device or kiosk of ours (its microphone or camera records it)."""
    return g.memo("access.outside-files", "", lambda: _outside_files_now(g))


def _outside_files_now(g: Facts) -> dict[Data, tuple[str, ...]]:
    s = g.system
    found: dict[Data, set[str]] = {}
    for f in s.all_flows:
        src = g.by_id[f.source]
        if not g.untrusted(src) and not (isinstance(src, DataSource) and src.origin.untrusted):
            continue
        if _lookup_name(f.protocol) in _STREAMS or voice_call(f):
            continue  # a call or camera stream, decoded as it comes
        for d in f.data:
            if _typed_text(d):
                continue  # notes, entries, messages typed into a form: no file to parse
            if d.kind in _FILES and not (_captured(g, f, d) and not g.untrusted(f.target)):
                # speech or a face given in person to a device or kiosk we run is
                # recorded there, not a file the person made
                found.setdefault(d, set()).add(src.id)
    return {d: tuple(sorted(x)) for d, x in found.items()}


_TYPED = re.compile(
    r"\b(?:notes?|entries|entry|messages?|comments?|reviews?|posts?|"
    r"replies|reply|facts?|snippets?|cues?|adverts?|threads?)\b",
    re.IGNORECASE,
)
"""Words that name what people type into a form or a chat: notes, entries, messages."""

_FILE_WORDS = re.compile(
    r"\b(?:files?|uploads?|uploaded|attachments?|pdfs?|scans?|scanned|photos?|images?|"
    r"pictures?|videos?|audio|recordings?|documents?|docs?|spreadsheets?|certificates?|"
    r"cvs?|resumes?|r\u00e9sum\u00e9s?|archives?|zips?|dictated|dictation|voice)\b",
    re.IGNORECASE,
)
"""Words that name a file someone made and sent: an upload, a PDF, a scan, a photo."""


def _typed_text(d: Data) -> bool:
    """A datum declared as documents but named as what people type (home-visit notes,
    journal entries, a fact library's facts), with nothing in its name that says it
    is a file."""
    return (
        d.kind is DataKind.DOCUMENTS
        and _TYPED.search(d.name) is not None
        and _FILE_WORDS.search(d.name) is None
    )


# ---------------------------------------------------------------------------- accounts


@rule(
    "stride/privileged-actor-access",
    threat="user_impersonation",
    title="Privileged accounts without strong authentication",
    # on people who can change models, the insider finding says it (a hijacked account)
    family="ai/insider-ml-tampering",
    stride="S",
    phases=[Phase.TRAINING, Phase.REGISTRY],
    applies_to=on_element(Actor),
    atlas=["AML.T0012"],
    cwe=["CWE-287", "CWE-306"],
    mitigations=[c.Authentication],
    supporting=[c.AuditLogging, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="CI",
    placement=("element", "outbound"),
)
def privileged_actor_access(view: ElementView) -> Match | None:
    """Administrators and ML engineers can change data, models, pipelines and agents. A
    phished or reused password on one of their accounts controls all of it: privileged
    access needs strong authentication (MFA, hardware keys), declared on the person or
    on their flows. Systems that declare authentication of their callers sign the person
    in themselves and are left out; the finding names the ones that do not. A person
    whose declared sign-in names a second factor every account has (SSO with MFA, a
    hardware key), on them or on the identity provider they send their sign-in to, has
    the strong authentication, and is left out too. A supplier's
    engineer reaching into plant control through an entry of ours is left to
    ``stride/supplier-remote-access`` there, and a person working a component in person
    (a flow with no protocol labelled ``on the panel``, ``at the counter``, ``stop
    button``: no account to steal) is left out, and so is one the password-only sign-in
    finding names (the same account taken over; that finding weighs their privilege)."""
    a = view.element
    assert isinstance(a, Actor)
    if not a.privileged or not a.human:
        return None
    if any(isinstance(k, c.Authentication) and _multi_factor(k.method) for k in a.controls):
        return None  # the person signs in with a second factor: the strong authentication
    s = view.system
    if any(
        DataKind.CREDENTIALS in view.g.carried(f).kinds
        and any(
            isinstance(k, c.Authentication) and _multi_factor(k.method)
            for k in view.g.by_id[f.target].controls
        )
        for f in s._out[a.id]
    ):
        return None  # they sign in at an identity provider declared with a second factor
    if any(a.id in (ways := _sign_ins(view.g, x)) and not ways[a.id][1] for x in s.successors(a)):
        return None  # their password-only sign-in is the password finding's, privileged
    here = s.boundary_of(a)
    # a supplier's way into plant control is the remote-access finding's, which asks
    # for more than a second factor
    remote = remote_entries(view.g, a.id)
    targets = [
        f
        for f in s._out[a.id]
        if isinstance(
            view.g.by_id[f.target], (Pipeline, ModelRegistry, DataStore, Model, Service, Endpoint)
        )
        and not isinstance(view.g.by_id[f.target], LLM)
        and s.boundary_of(f.target) != here
        # a system that authenticates its callers signs this person in: the finding is
        # for the systems they reach that declare no sign-in of their own
        and not _declares(view.g.by_id[f.target], _AUTH)
        and f.target not in remote
        # a person at the component itself (a sluice panel worked on site) signs in to
        # no account a stolen password opens: getting there is physical access
        and not (not f.protocol and _IN_PERSON.search(f.label or ""))
    ]
    if not targets:
        return None
    return Match(
        f"{a.name} has privileged access to {names({f.target for f in targets}, view.system)}; "
        "a stolen account controls it.",
        affected=tuple(f.id for f in targets),
    )


# What a person knows: a password, a PIN, or facts printed on a letter or a ticket.
_KNOWN = re.compile(
    r"\b(pass(word|phrase|code)s?|pins?|surnames?|dates? of birth|"
    r"(booking|case|notice|parcel|policy|reference|card|account|loan|membership) "
    r"(numbers?|references?)|last (four|4) digits|ssn|zip( code)?|post ?codes?|"
    r"security questions?|knowledge[- ]based)\b",
    re.IGNORECASE,
)
# Something a person has or is: a second factor.
_SECOND = re.compile(
    r"\b(mfa|2fa|2sv|two[- ]factor|multi[- ]factor|(2|two)[- ]step( verification)?|totp|"
    r"one[- ]time|otp|authenticator( app)?|"
    r"hardware (token|key)s?|passkeys?|webauthn|fido2?|security keys?|certificates?|mtls|"
    r"smart ?cards?|yubikeys?|badges?|biometric\w*|device (keys?|certificates?)|"
    r"per[- ](kiosk|device|terminal|till|tablet|handset) (api )?(keys?|tokens?)|"
    r"managed (devices?|handhelds?|tablets?|phones?|laptops?)|"
    r"(sms|text(ed)?|texted|app)( or (sms|text|app))? (codes?|passcodes?)|"
    r"codes? (sent )?(by|over|via) (sms|text))\b",
    re.IGNORECASE,
)
# "optional MFA", "optional TOTP", "an optional SMS code": the account may have none
_OPTIONAL = re.compile(
    r"\boptional(ly)?\s+(\w+\s+)?(mfa|2fa|two[- ]factor|multi[- ]factor|totp|sms)\b",
    re.IGNORECASE,
)


# "SMS code when payout details change", "MFA only if the amount is large": asked for
# some actions or some sign-ins, not at every sign-in
_CONDITIONAL = re.compile(
    r"\b(mfa|2fa|totp|otp|codes?|passcodes?)\s+(only\s+)?(when|if|on new)\b[^;,.]*",
    re.IGNORECASE,
)


# "SMS code when signing in on a new device": asked at exactly the sign-ins an attacker
# with a stolen password makes (from a device of theirs), so it counts as a second factor
_NEW_DEVICE = re.compile(
    r"\b(?:new|unrecogni[sz]ed|unknown|untrusted)\s+(?:devices?|browsers?|phones?)\b",
    re.IGNORECASE,
)


def _multi_factor(method: str | None) -> bool:
    """A declared sign-in method names a second factor every account has at every
    sign-in (MFA, TOTP, a passkey, a hardware key, an SMS code; not an optional one,
    nor one asked only when something changes), or at every sign-in from a new device."""
    if not method:
        return False
    chosen = _OPTIONAL.sub(" ", method)
    if _NEW_DEVICE.search(chosen) and _SECOND.search(chosen):
        return True
    return bool(_SECOND.search(_CONDITIONAL.sub(" ", chosen)))


def _sign_in_factors(method: str | None) -> bool | None:
    """What a declared sign-in method says: True when it names something the person
    knows and a second factor every account has, False when it names something they
    know and no such second factor, None when it names neither (single sign-on, OAuth,
    an API key: what the person proves is not said here)."""
    if not method or not _KNOWN.search(method):
        return None
    return _multi_factor(method)


_Way = tuple[Actor, list[Element | Flow], Element | None]


def _people_outside(g: Facts, e: Element, most: Trust, *, channels: bool = False) -> list[_Way]:
    """The people (human actors in a zone no more trusted than ``most``) whose requests
    reach ``e`` directly, through an app on their own device, or, with ``channels``,
    through a channel another company runs (a phone carrier, a messaging platform): each
    with the way in (the flows, and the app or channel between) and that app or channel
    (None when they reach it directly)."""
    s = g.system
    out: list[_Way] = []
    for f in s._in[e.id]:
        src = g.by_id[f.source]
        if isinstance(src, Actor):
            out.append((src, [f], None))
        elif g.on_user_device(src) or (
            # a carrier, a messaging or contact-centre platform passing the person's
            # call or message on
            channels
            and isinstance(src, ExternalService)
            and src.provides is ExternalCategory.GENERIC
            # a nightly export of what the channel recorded is no one's live request
            and not _BULK.search(f.label or "")
        ):
            out += [
                (a, [f, src, x], src)
                for x in s._in[src.id]
                if isinstance(a := g.by_id[x.source], Actor)
                # a channel passes on what the person sent it; a payment provider's
                # webhook after the person paid it carries none of it
                and (g.on_user_device(src) or _passes_on(x, f))
            ]
    return [w for w in out if w[0].human and s.trust_of(w[0]) <= most]


def _passes_on(into: Flow, out: Flow) -> bool:
    """What comes out of a channel may be what the person sent it: some of the same
    data, a conversation on either side (a call, what was said, a document: the events a
    phone line sends on are not the audio it took), or either flow declares nothing. A
    payment provider's notice that the card details it took paid a deposit is none of
    these: the person signs in to the provider, not to us."""
    return (
        not into.data
        or not out.data
        or not {d.id for d in into.data}.isdisjoint(d.id for d in out.data)
        or any(d.kind in _CONVERSATION for d in (*into.data, *out.data))
    )


_CONVERSATION = frozenset({DataKind.PROMPT, DataKind.MEDIA, DataKind.DOCUMENTS})


def _sign_ins(g: Facts, e: Element) -> dict[str, tuple[list[str], bool]]:
    """The people outside the organisation (in a partner's or an untrusted zone) who
    sign in to ``e``, directly, through an app on their own device or through a phone
    or messaging channel another company runs, and, when ``e`` is declared internet
    facing, the organisation's own people who do (their password works from anywhere,
    as an outsider's does), unless they share one secret (the shared sign-in
    finding's); each with the places their sign-in is declared (the interface, the
    flows on the way, the app, the person) and whether every method declared there
    that names a password or a PIN also names a second factor. Only people whose
    declared sign-in names one."""
    out: dict[str, tuple[list[str], bool]] = {}
    s = g.system
    most = Trust.RESTRICTED if e.internet_facing else Trust.PARTNER
    for person, way, _ in _people_outside(g, e, most, channels=True):
        if _key_session(g, way):
            continue  # an SSH or mutual-TLS session signs them in with a key of theirs
        if _handed_to_staff(g, e, person, way):
            continue  # handed over the counter: the staff who work it sign in, not them
        methods = [
            k.method
            for h in (e, *way, person)
            for k in h.controls
            if isinstance(k, c.Authentication)
        ]
        if s.trust_of(person) > Trust.PARTNER and any(_shared_method(m) for m in methods):
            continue
        said = [_sign_in_factors(m) for m in methods]
        if not any(x is not None for x in said):
            continue
        sites, strong = out.get(person.id, ([], True))
        sites += [e.id, person.id, *(h.id for h in way)]
        out[person.id] = (list(dict.fromkeys(sites)), strong and False not in said)
    return out


def _handed_to_staff(g: Facts, e: Element, person: Actor, way: list[Element | Flow]) -> bool:
    """The person comes to the machine itself (:func:`_in_person`: no protocol, a
    service with devices of its own beside it) where our own people work it too (a
    farmer handing a delivery note in at the weighbridge office, where the intake
    operator signs in), or a flow whose label says they hand it over at a desk, a
    counter or a till (a water park's guest giving their details at the entry desk):
    the sign-in declared there is the staff's, not theirs. A kiosk nobody of ours works
    at is signed in to by whoever stands at it."""
    s = g.system
    if not (len(way) == 1 and isinstance(way[0], Flow) and _in_person(s, e, person, way[0])):
        return False
    if not way[0].protocol and _STAFFED.search(way[0].label or ""):
        return True  # handed over at a desk or a counter: our people work it there
    return any(
        is_person(a := g.by_id[f.source]) and s.trust_of(a) > Trust.PARTNER for f in s._in[e.id]
    )


_STAFFED = re.compile(
    r"\b(?:at (?:the |a )?(?:[\w-]+ )?(?:desk|reception|counter|till)|handed (?:in|over))\b",
    re.IGNORECASE,
)
"""Words by which a flow's label says a person hands something to our staff where they
work (at the entry desk, at the counter), not to a machine they use alone."""


def _key_session(g: Facts, way: list[Element | Flow]) -> bool:
    """A person reaching the component directly over SSH, SFTP or mutual TLS, with no
    sign-in declared on that flow: the session's own key or certificate signs them in,
    not the component's web sign-in."""
    if len(way) != 1 or not isinstance(way[0], Flow):
        return False
    found = g.protocol(way[0])
    return (
        found is not None
        and found.name in _KEY_SESSIONS
        and not any(isinstance(k, c.Authentication) for k in way[0].controls)
    )


_KEY_SESSIONS = frozenset({"ssh", "sftp", "mtls"})
"""Protocols whose client signs in with a key or a certificate of its own, not with
the sign-in the component declares for its web or app users (a VPN's tunnel is the
VPN gateway's own sign-in, and stays that)."""


@rule(
    "stride/password-only-sign-in",
    threat="user_impersonation",
    title="Accounts taken over through a password-only sign-in",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Endpoint, Service, Agent, Tool, DataStore, ModelRegistry),
    atlas=["AML.T0012"],
    cwe=["CWE-287", "CWE-799"],
    mitigations=[c.Authentication],
    supporting=[c.RateLimiting, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="CI",
    placement=("element", "inbound"),
)
def password_only_sign_in(view: ElementView) -> Match | None:
    """People outside the organisation (customers, suppliers, partners' staff) sign in
    to a component we run, directly, through an app on their phone or through a phone
    or messaging channel, or our own people sign in to one declared internet facing,
    with a method declared as something they know and nothing
    more: a password, a PIN, a booking reference and a surname, a loan number with the
    last four digits of an SSN, security questions. Passwords reused from
    other breaches are tried at scale (credential stuffing), and phished ones work as
    well: whoever holds one acts as that person here, sees what they see and does what
    they may do, from payout details to what the AI is asked and told. Raised once per
    component, naming the people; the impact is higher when one of them is privileged.
    A second factor every account has (TOTP, a passkey, a one-time code, an SMS or app
    code), declared in the same method, mitigates it, and so does one asked at every
    sign-in from a new device (where a stolen password is tried); an optional one does
    not, nor one asked only when something changes. Rate limiting and anomaly
    detection (stuffing, impossible travel) lower it. Methods that name no password or
    PIN (single sign-on, OAuth, an identity provider) say nothing about factors and are
    left out, as are components with no declared authentication (the exposed-interface
    finding) and those a partner runs. Colleagues who share one password are the shared
    sign-in finding's. A channel passes on what the person sent it: a card payment
    provider's notice that a deposit was paid is not the customer signing in to us. A
    person who reaches it directly over SSH, SFTP or mutual TLS (a developer deploying
    to the web app's server) signs in with a key of their own there, not with its web
    sign-in; one who hands something in at the machine itself, which our own people
    work (a delivery note at the weighbridge office), signs in to nothing there; nor
    does one whose channel sends us only a nightly export (a telephony platform's call
    recordings)."""
    e = view.element
    g = view.g
    if not g.operated(e):
        return None
    people = _sign_ins(g, e)
    if not people:
        return None
    listed = [p for p, (_, strong) in people.items() if not strong]
    if not listed:
        return None  # every account has a second factor
    s = view.system
    sites = list(dict.fromkeys(x for p in listed for x in people[p][0]))
    privileged = any(isinstance(a := g.by_id[p], Actor) and a.privileged for p in listed)
    methods = list(
        dict.fromkeys(
            k.method
            for k in declared_at(g, sites, c.Authentication)
            if _sign_in_factors(k.method) is False
        )
    )
    said = "; ".join(f"'{m}'" for m in methods)
    return Match(
        f"{subject(listed, 'signs', 'sign', s)} in to {view.described} from outside with "
        f"{said} and no second factor required; what they know can be reused from another "
        "breach, guessed at scale or phished, and whoever holds it acts as that person here.",
        affected=tuple(x for x in sites if x != e.id and x not in g.by_id),
        impact_delta=1 if privileged else 0,
        control_sites=tuple(sites),
        # the sign-in declared is the weak one: it lowers the odds, a second factor closes it
        reduces_only=(c.Authentication,),
    )


# "shared staff PIN", "one shared password per salon account", "site PIN shared by gate
# staff", "team PIN": one secret for everyone who signs in, not a person's own
_SHARED_SECRET = re.compile(
    r"\b(?:shared|common|communal|generic|team)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pass(?:word|code|phrase)|pin|log-?in|username|account)s?\b|"
    r"\b(?:pass(?:word|code|phrase)|pin|log-?in|account)s?\s+shared\b",
    re.IGNORECASE,
)
# what ties a sign-in to one person even when a secret is shared: their own PIN or
# account, a badge, a fingerprint, a key of their own
_PERSONAL = re.compile(
    r"\b(?:own|personal|individual|named|per[- ](?:person|user|staff|member|employee|"
    r"volunteer|operator|officer)|badges?|biometric\w*|fingerprints?|face|smart ?cards?|"
    r"passkeys?|totp|authenticator( app)?|hardware (?:token|key)s?|security keys?)\b",
    re.IGNORECASE,
)


# accounts a directory issues each person (a team's Active Directory or Google
# Workspace accounts), or a second factor each has: "team" there names whose accounts
# they are, not one account everyone types
_DIRECTORY = re.compile(
    r"\b(?:active directory|entra(?: id)?|azure ad|google workspace|microsoft 365|m365|"
    r"office 365|okta|ldap|sso|single sign-on|domain accounts?|2-step|two-step|mfa|2fa)\b",
    re.IGNORECASE,
)
_SAID_SHARED = re.compile(r"\b(?:shared|common|communal|generic)\b", re.IGNORECASE)


def _shared_method(method: str | None) -> bool:
    """A declared sign-in method is one password, PIN or account that many people use,
    with nothing of each person's own beside it."""
    if not method or not _SHARED_SECRET.search(method) or _PERSONAL.search(method):
        return False
    return not (_DIRECTORY.search(method) and not _SAID_SHARED.search(method))


def _shared_secrets(g: Facts) -> frozenset[str]:
    """The ids of the elements and flows that declare a shared sign-in; worked out once
    per System (most declare none, and then no component needs looking at)."""

    def build() -> frozenset[str]:
        s = g.system
        holders: list[Element | Flow] = [*s.all_elements, *s.flows()]
        return frozenset(
            h.id
            for h in holders
            if any(isinstance(k, c.Authentication) and _shared_method(k.method) for k in h.controls)
        )

    return g.memo("access.shared-secrets", "", build)


def _shared_sign_ins(g: Facts, e: Element) -> tuple[list[Actor], list[str], list[str]]:
    """The people who sign in to ``e`` with a shared secret declared on it, on the flow
    they (or the app or device they use) reach it by, or on themselves when they reach
    it directly; with the places it is declared and the methods. People who reach ``e``
    through a terminal they work at (a tablet, a console; not plant equipment, nor a
    device sending readings) count with the flow from it, and so do those a gateway or a
    platform passes on with their credentials: a secret declared on the terminal itself
    is the terminal's finding, not this one's."""
    secrets = _shared_secrets(g)
    people: list[Actor] = []
    sites: list[str] = []
    if not secrets:
        return people, sites, []
    s = g.system
    for f in s._in[e.id]:
        src = g.by_id[f.source]
        if isinstance(src, Actor):
            ways = [(src, [f.id, src.id])] if src.human else []
        elif (
            # a terminal people work at (a tablet, a console; not a machine they run)
            isinstance(src, (Device, Endpoint))
            and not plant_equipment(g, src)
            and not sends_readings(g, src, f)
        ) or (
            # a gateway or a platform passing their sign-in on
            isinstance(src, (Service, ExternalService)) and any(is_credential(d) for d in f.data)
        ):
            # the people whose input it passes on (what they send it goes on to ``e``,
            # or one of the two flows declares nothing)
            ways = [
                (a, [f.id])
                for x in s._in[src.id]
                if isinstance(a := g.by_id[x.source], Actor)
                and a.human
                and (
                    not x.data
                    or not f.data
                    or not {d.id for d in x.data}.isdisjoint(d.id for d in f.data)
                )
            ]
        else:
            continue
        for person, places in ways:
            if any(x in secrets for x in (e.id, *places)):
                people.append(person)
                sites += [e.id, *places]
    methods = [
        k.method
        for k in declared_at(g, dict.fromkeys(x for x in sites if x in secrets), c.Authentication)
        if k.method is not None and _shared_method(k.method)
    ]
    return (
        list(dict.fromkeys(people)),
        list(dict.fromkeys(sites)),
        list(dict.fromkeys(methods)),
    )


@rule(
    "stride/shared-sign-in",
    threat="classic_repudiation",
    title="One shared password or PIN: nothing ties an action to a person",
    stride="SR",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Endpoint, Service, Agent, Tool, DataStore, Device),
    cwe=["CWE-287", "CWE-778"],
    mitigations=[c.Authentication],
    # nothing else ties an action to a person: not a log, which records the account
    supporting=[],
    # the shared sign-in declared lowers it one step (strangers are kept out)
    likelihood="likely",
    impact="minor",
    cia="IC",
    placement=("element", "inbound"),
)
def shared_sign_in(view: ElementView) -> Match | None:
    """People sign in to a component we run with a password, PIN or account they all
    share (a shop PIN on the counter tablet, a vendor's engineers' VPN account, one
    committee password). Whatever is done through it (an override, a record changed, a
    refund marked paid) is logged against the shared account, not a person, so no one
    can be held to it or cleared of it; a secret many people know is easily seen,
    passed on and written down, and it cannot be taken from one person who leaves
    without changing it for everyone. Raised once per component, naming the people and
    the method; a sign-in of each person's own (their own PIN or account, a badge)
    closes it, and so does a directory's (a team's Active Directory or Google Workspace
    accounts, a second factor: the directory issues each person theirs) unless the
    method says the account is shared. People outside the organisation whose sign-in is
    password-only are the password finding's, which names the same method."""
    e = view.element
    g = view.g
    if not g.operated(e):
        return None
    people, sites, methods = _shared_sign_ins(g, e)
    if not people:
        return None
    weak = {p for p, (_, strong) in _sign_ins(g, e).items() if not strong}
    people = [p for p in people if p.id not in weak]
    if not people:
        return None
    said = "; ".join(f"'{m}'" for m in methods)
    return Match(
        f"{subject(people, 'signs', 'sign', view.system)} in to {view.described} with "
        f"{said}, one secret everyone shares: what is done there is logged against the "
        "shared account, not a person, and anyone who has left or has seen it typed can "
        "still sign in.",
        affected=tuple(x for x in sites if x != e.id and x not in g.by_id),
        control_sites=tuple(sites),
        # the shared sign-in declared is the weakness: it lowers the odds, a sign-in of
        # each person's own closes it
        reduces_only=(c.Authentication,),
    )


_NOT_RECORDS = frozenset(
    {
        DataKind.MODEL_OUTPUT,
        DataKind.PROMPT,
        DataKind.CREDENTIALS,
        DataKind.INSTRUCTIONS,
    }
)
"""What an interface may send back that is no one's kept record: a model's answer, the
caller's own prompt, a token."""


def _kept(g: Facts) -> dict[str, tuple[str, ...]]:
    """For each datum kept in a store (declared there, written to or read from it), the
    stores that keep it; worked out once per System."""

    def build() -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for e in g.system.all_elements:
            if isinstance(e, DataStore):
                for d in g.system.data_of(e):
                    out.setdefault(d.id, []).append(e.id)
        return {k: tuple(v) for k, v in out.items()}

    return g.memo("access.kept", "", build)


def _served_records(
    g: Facts, e: Element, ways: list[_Way]
) -> tuple[list[Flow], list[Data], list[str]]:
    """What ``e`` sends back to the people who reach it (to them, or to the app they use
    it through) that is someone's record: confidential, personal or regulated data that
    is not a model's answer, a prompt or a token. With it, the stores of everyone's
    records behind ``e``: those that keep what it sends back, and those it reads or
    writes itself that hold confidential data or more. The flows, the data and the
    stores; no flows when it sends back no records or has no such store."""
    s = g.system
    kept = _kept(g)
    ends = {app.id if app is not None else person.id for person, _, app in ways}
    flows: list[Flow] = []
    data: list[Data] = []
    stores: list[str] = []
    # what people or their devices hand it live and no store keeps (an interpreter's
    # video relayed to the caller) is no one's record it looks up
    live = {
        d
        for f in s._in[e.id]
        if isinstance(g.by_id[f.source], (Actor, Device))
        for d in f.data
        if d.id not in kept
    }
    # what it reads as published for everyone (posted reviews, comments) is no one's
    # own record
    published = {d for f in s._in[e.id] if _published(f) for d in f.data}
    for f in s._out[e.id]:
        got = [
            d
            for d in f.data
            if d.sensitivity >= Sensitivity.CONFIDENTIAL
            and d.kind not in _NOT_RECORDS
            and d not in live
            and d not in published
        ]
        if f.target in ends and got:
            flows.append(f)
            data += got
            stores += [x for d in got for x in kept.get(d.id, ())]
    near = [
        x
        for f in (*s._in[e.id], *s._out[e.id])
        if isinstance(x := g.by_id[f.source if f.target == e.id else f.target], DataStore)
        # a training set or a retrieval index is not where callers' records are looked
        # up (the per-caller finding covers indexes an LLM reads)
        and not isinstance(x, (Dataset, FeatureStore, VectorStore))
        and g.operated(x)
        and (sensitive_level(s, x) or Sensitivity.PUBLIC) >= Sensitivity.CONFIDENTIAL
    ]
    stores += [x.id for x in near]
    if not stores:
        return [], [], []
    return flows, list(dict.fromkeys(data)), list(dict.fromkeys(stores))


@rule(
    "stride/cross-account-access",
    threat="vector_store_leakage",
    title="A signed-in outsider can fetch another account's records",
    stride="IE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Endpoint, Service),
    atlas=["AML.T0036"],
    cwe=["CWE-639", "CWE-863", "CWE-284"],
    mitigations=[c.ABAC, c.PermissionAwareRetrieval, c.RBAC],
    supporting=[c.AuditLogging, c.RateLimiting],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def cross_account_access(view: ElementView) -> Match | None:
    """Members of the public (customers, applicants, sellers in an untrusted zone) sign in
    to an interface we run, directly or through an app on their phone, and it sends them
    records kept in a store that holds everyone's (claims, applications, reports,
    statements): confidential, personal or regulated data of a kind that is someone's
    record, not a model's answer. Signing in says who the caller is; only a check that
    *this* caller may see *this* record keeps one account's ids, changed in a request,
    from returning another's (broken object-level authorisation, the most common API
    flaw). Raised once per interface, naming the people and the records;
    attribute-based or permission-aware access control, or role-based access declared
    on the interface or the flows it answers on, closes it; audit logging and rate
    limiting lower it. Interfaces no one signs in to are the exposed-interface finding's;
    staff and partners' consoles, where people handle many cases by design, are left
    out, and so are privileged people (an administrator, a booking secretary), and an
    interface whose store already has the per-caller finding, and one whose
    description, or that of every service handing it the records (a backend behind a
    booking website), says it returns each caller only their own records. An
    authentication that proves only which machine calls (per-locker X.509 certificates)
    signs in none of the people who type at it. What people or their devices hand the
    interface live and no store keeps (an interpreter's video relayed to a caller) is no
    record it sends back, nor is what it reads as published for everyone (posted reviews)."""
    e = view.element
    s = view.system
    found = _cross_account(view.g, e)
    if found is None:
        return None
    people, flows, data, stores, entry = found
    return Match(
        f"{subject(people, 'signs', 'sign', s)} in to {view.described}, which sends "
        f"{'them' if len(people) > 1 else 'back'} {names([d.name for d in data])}; behind it "
        f"{subject(stores, 'holds', 'hold', s)} everyone's records, and nothing declared "
        "checks that each caller reaches only their own: an id changed in a request can "
        "return another account's.",
        affected=(*(f.id for f in flows), *entry),
        control_sites=(e.id, *(f.id for f in flows)),
    )


def _record_feeders(g: Facts, e: Element, data: list[Data]) -> list[str]:
    """The services and endpoints of ours that hand ``e`` the records it serves (a
    backend behind a booking website), by id."""
    s = g.system
    wanted = set(data)
    return list(
        dict.fromkeys(
            f.source
            for f in s._in[e.id]
            if isinstance(g.by_id[f.source], (Service, Endpoint))
            and g.operated(f.source)
            and not wanted.isdisjoint(f.data)
        )
    )


_CrossAccount = tuple[list[str], list[Flow], list[Data], list[str], list[str]]


def _cross_account(g: Facts, e: Element) -> _CrossAccount | None:
    """What the cross-account finding on interface ``e`` names: the people who sign in,
    the flows that serve them records, those records, the stores behind them and the
    flows they come in on; None when it is not raised. Remembered per interface: the
    per-caller finding on a store asks it of the interfaces in front of its readers."""
    return g.memo("access.cross-account", e, lambda: _cross_account_now(g, e))


def _cross_account_now(g: Facts, e: Element) -> _CrossAccount | None:
    s = g.system
    if not isinstance(e, (Endpoint, Service)) or not g.operated(e) or serves_own_only(e):
        return None
    # a privileged person (an administrator, the booking secretary) handles everyone's
    # records by design: theirs is the privileged-account finding
    ways = [w for w in _people_outside(g, e, Trust.UNTRUSTED) if not w[0].privileged]
    if not ways:
        return None
    signed = _signs_in_through_idp(s, e) or any(
        isinstance(k, c.Authentication) and not _devices_only(k)
        for person, way, _ in ways
        for h in (e, *way, person)
        for k in h.controls
    )
    if not signed:
        return None
    flows, data, stores = _served_records(g, e, ways)
    if not flows:
        return None
    feeders = _record_feeders(g, e, data)
    if feeders and all(serves_own_only(g.by_id[x]) for x in feeders):
        return None  # the backend that looks them up says it returns each caller their own
    if any(
        _subject_reads(ElementView(s, g.by_id[x])) is not None and not _keeps_sign_ins(g, x)
        for x in stores
    ):
        return None  # the per-caller finding on the store says it
    people = list(dict.fromkeys(person.id for person, _, _ in ways))
    entry = list(dict.fromkeys(f.id for _, way, _ in ways for f in way if isinstance(f, Flow)))
    return people, flows, data, stores, entry


_DEVICE_PROOF = re.compile(
    r"\b(?:devices?|lockers?|terminals?|kiosks?|machines?|units?|gateways?|sensors?)\b"
    r"[^;,.]*\b(?:certificates?|x\.?509|keys?|mtls|identit(?:y|ies))\b"
    r"|\b(?:certificates?|x\.?509|keys?|mtls)\b[^;,.]*\b(?:per|each)\s+"
    r"(?:devices?|lockers?|terminals?|kiosks?|machines?|units?)\b",
    re.IGNORECASE,
)
_PERSON_PROOF = re.compile(
    r"\b(?:users?|passwords?|accounts?|customers?|members?|sso|oauth|oidc|logins?|"
    r"sign[- ]?ins?|mfa|otp|pins?|codes?)\b",
    re.IGNORECASE,
)


def _devices_only(k: c.Authentication) -> bool:
    """A declared authentication that proves which machine is calling (per-locker X.509
    certificates, device keys), not which person: the people who type at a shared
    device behind it sign in to nothing here."""
    method = k.method or ""
    return bool(_DEVICE_PROOF.search(method)) and not _PERSON_PROOF.search(method)


# ---------------------------------------------------------------------------- data at rest


_ = builds_models


# ---------------------------------------------------------------------------- subject rights


def _callers_and_path(view: ElementView, element: Element) -> tuple[list[str], frozenset[str]]:
    """The actors whose requests reach ``element`` through request relays and agents
    (three hops at most), the people or systems it serves; and every relay, agent, model
    and caller on the way from them to it, where an answer goes back to its callers. A
    relay passes a request on along a flow that carries on what came in with it
    (``carries_on``)."""
    return view.g.memo("access.callers", element, lambda: _callers_now(view, element))


def _callers_now(view: ElementView, element: Element) -> tuple[list[str], frozenset[str]]:
    s = view.system
    g = view.g
    seen = {element.id}
    # each component reached, with the flows by which it passes requests on towards
    # ``element``: a request comes through it only along a flow that carries on what came
    # in (a café tablet sends the assistant the volunteer's question, not the job list
    # the platform sent it, so whoever booked the job is not the assistant's caller)
    frontier: dict[str, list[Flow]] = {element.id: []}
    found: list[str] = []
    path: set[str] = set()
    for _ in range(4):
        nxt: dict[str, list[Flow]] = {}
        for node, outs in frontier.items():
            for f in s._in[node]:
                u = f.source
                if u in seen or (outs and not any(carries_on(s, f, o) for o in outs)):
                    continue
                e = g.by_id[u]
                if isinstance(e, Actor):
                    seen.add(u)
                    if not _observed(g, f):
                        found.append(u)
                        path.add(u)
                elif (isinstance(e, (*RELAYS, Agent, LLM)) or _voices(e)) and not (
                    # a model that only this component prompts answers it, and brings
                    # it nobody's requests (a coding service's own LLM)
                    (isinstance(e, (Agent, LLM)) and all(x.source == node for x in s._in[u]))
                    # nor does a model this component prompts among others: what it sends
                    # back answers this component's prompts, not its other callers'
                    # (a label service and a customer agent sharing one hosted LLM)
                    or (isinstance(e, LLM) and any(x.target == u for x in s._out[node]))
                ):
                    nxt.setdefault(u, []).append(f)
                    path.add(u)
                else:
                    seen.add(u)
        seen.update(nxt)
        frontier = nxt
    return sorted(set(found)), frozenset(path)


def _voices(e: Element) -> bool:
    """A generative model other than an LLM (speech recognition, speech synthesis,
    translation): it passes a person's words on in another form, and an agent's answer
    back to them."""
    return isinstance(e, Model) and not isinstance(e, LLM) and e.task is Task.GENERATIVE


def _answered_by(g: Facts, reader: Element) -> frozenset[str]:
    """The people an LLM's or agent's output reaches (through request relays, tools,
    stores it writes drafts to, other models and agents; five flows at most). Past the
    first flow, a component passes the output on along a flow that carries what reached
    it that way, or data it makes itself; a flow that carries only what others sent it
    does not (a call gateway told which interpreter to connect sends the caller the
    interpreter's video, not the assignment)."""

    def walk() -> frozenset[str]:
        s = g.system
        seen = {reader.id}
        # each component reached, with the flows that reached it at that hop
        frontier: dict[str, list[Flow]] = {reader.id: []}
        found: set[str] = set()
        for _ in range(5):
            nxt: dict[str, list[Flow]] = {}
            for node, came in frontier.items():
                for f in s._out[node]:
                    if f.target in seen or (came and not any(carries_on(s, x, f) for x in came)):
                        continue
                    t = g.by_id[f.target]
                    if isinstance(t, Actor):
                        found.add(t.id)
                    elif isinstance(
                        t, (*RELAYS, Agent, LLM, Tool, DataStore, ExternalService)
                    ) or _voices(t):
                        nxt.setdefault(t.id, []).append(f)
            seen.update(nxt)
            frontier = nxt
        return frozenset(found)

    return g.memo("access.answered-by", reader, walk)


def _observed(g: Facts, f: Flow) -> bool:
    """A person seen by a sensor (a camera filming a car park, a microphone on a
    line) is observed, not a caller: the flow brings only media to a device."""
    return (
        isinstance(g.by_id[f.target], Device)
        and bool(f.data)
        and all(d.kind is DataKind.MEDIA for d in f.data)
    )


@rule(
    "stride/missing-subject-authorization",
    threat="vector_store_leakage",
    title="Records fetched for callers without checking what each caller may see",
    stride="IE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(DataStore),
    atlas=["AML.T0036", "AML.T0057", "AML.T0082"],
    owasp=["LLM02:2025", "LLM08:2025"],
    cwe=["CWE-639", "CWE-863", "CWE-284"],
    mitigations=[c.PermissionAwareRetrieval, c.ABAC],
    supporting=[c.DataMinimization],
    likelihood="unlikely",
    impact="moderate",
    cia="C",
    placement=("element", "outbound"),
)
def missing_subject_authorization(view: ElementView) -> Match | None:
    """A store of confidential, personal or regulated records is read by a component that
    serves several people (or the public): a service, an agent or an LLM's retrieval. An
    agent, its tool or a model's retrieval fetching personal or regulated records for
    one non-admin person serves several too: an actor is a role (the business users, the
    sales reps), each of whom may see only some. Its own access to the store is not the
    question; whether it checks that *this caller* may see *these records* is. Without that check
    (per-user filters, tenant isolation, document permissions), one caller's question
    returns another's records, and the component becomes a confused deputy. Outsiders
    ask through the reader: the store is exposed there, however its flows are drawn,
    and one step more likely again when nothing checks and the reader also acts (a tool
    that writes or pays): they can have it act on another's account. Stores the same readers fetch
    from for the same callers are one finding, on one that outsiders' content reaches
    (where it is worst), then on the most sensitive; an agent's tools count as the agent
    (its HR lookup and its payroll lookup). A reader that uses the records and passes
    on only what came from elsewhere (a key check before the caller's own prompt is
    forwarded) fetches nothing for its callers, nor does a read that
    brings back only data below confidential (a case reference), or one whose reader
    answers with something less sensitive than the records (a rules engine's decision on
    personal policy records). Nor is a copy of content bought from outside that only a
    vendor's or partner's feed fills, directly or through a loader of ours that takes
    nothing else, and that holds no personal records (a licensed
    drug-interaction table), nor a store of our own reference data that says so by name
    and holds nothing about a person (a product and price catalogue, a terminal map,
    trial criteria, rescue procedures, triage protocols, runbooks): every caller is meant
    to get its answers. An
    agent fetches nothing for the person named as the approver of its declared approval
    who asks it nothing (no prompt, no instructions) and only signs off what it
    proposes. A model that only the reader prompts brings it nobody's requests, and what
    the reader hands such a model reaches its callers only when the reader answers them
    at all (a coding service that files what its LLM made of the records for a
    physician's review answers the reporters nothing). Nor does a reader that is no
    model or agent and shows the records only to colleagues in our own zones under
    role-based access declared on it, the store or the read (moderators, radiologists
    reading one worklist): they are meant to see it all, unless they are managers, reps,
    coordinators or others who each own a share of the records (their team, their
    portfolio, their site). Nor does a reader that is no model or agent and runs on a
    schedule, by its name (a nightly triage job, a batch export) or its read's label (a
    nightly export, a sync after each session): it works through the records for its own
    task. An LLM or agent shows what it fetches only to the people its answers reach and
    who ask it for something (a prompt, or data named as a request, a question, a
    message or a call): an applicant who sends a form in and hears back from nobody it
    speaks for, a contractor who only sends job updates, an approver who only clicks a
    link, is not among its callers. Its answers go on past a component only along a
    flow that carries them or data the component makes itself: a call gateway told
    which interpreter to connect, which sends the caller only the interpreter's video,
    shows the caller nothing the agent read; requests come through a relay the same way
    (a café tablet sends on the volunteer's question), never through an LLM it prompts. A
    person declared privileged administers the system and may see it all: no caller to
    keep apart, unless in a role whose people each own a share (hosts, associates,
    reps), one actor then standing for several. Speech recognition and synthesis pass
    a caller's words in and the answers back: who phones a voice agent is its caller. A
    reader that is no model or agent, behind an interface whose cross-account finding
    names some of the same callers, is that finding's: one ownership check missing at
    the interface people sign in to, whichever store the records come from. Records
    kept beside sign-in credentials (a booking database with the staff logins) count
    for an agent's, its tools' and its LLM's reads; the interfaces are the
    cross-account one's. A reader checking whose record it is, by its declared
    authentication (a record's reference and owner's e-mail, or two owner details
    matched to it) or description ("only the signed-in grower's own"), is left out; a
    staff tablet shows clips to its users alone. Permission-aware or attribute-based
    access counts on all three; a device shows replies only to whom it sends. A read
    labelled as, or carrying only, what people posted for everyone (published reviews,
    comments, listings) fetches no one's own records. Tools writing records back are named."""
    e = view.element
    assert isinstance(e, DataStore)
    s = view.system
    g = view.g
    reads = _subject_reads(view)
    if reads is None:
        return None
    top, readers, callers = reads
    ai = any(isinstance(r, (Agent, LLM)) or _feeds_llm(view, r) for _, r in readers)
    if not ai and _said_at_interface(g, readers, callers):
        return None
    # stores the same components read for the same callers (a mailbox and a drive, a
    # history and a memory): one finding, on the most sensitive, listing the others
    siblings = _sibling_stores(view, readers)
    if siblings and siblings[0][1] != e.id:
        return None
    others = [sid for _, sid in siblings[1:]]
    models = sorted({x.id for _, r in readers for x in (r, *s.successors(r)) if _ai(x)})
    atlas: tuple[str, ...] = ("AML.T0057",) if ai else ("AML.T0036",)
    if ai and (top is Sensitivity.SECRET or g.secrets_at(e)):
        atlas += ("AML.T0082",)  # keys and secrets in the records, harvested through retrieval
    owasp = ("LLM02:2025",) + (("LLM08:2025",) if isinstance(e, VectorStore) else ()) if ai else ()
    also = f" (and {names(others, s)})" if others else ""
    guard = _store_guard(e, readers)
    check = _check_said(guard, any(_checks(f) | _checks(r) for f, r in readers))
    changed = _changed_too(s, e, readers) if not guard else ""
    return Match(
        f"{view.described}{also} holds {level(top)} records that "
        f"{subject([r for _, r in readers], 'fetches', 'fetch', s)} on behalf of "
        f"{names(sorted(callers), s)}; {check}{changed}.",
        affected=(*(f.id for f, _ in readers), *others, *_read_flows(view, others), *models),
        atlas=atlas,
        owasp=owasp,
        likelihood_delta=_outsiders_ask(g, e, guard, readers, callers),
        control_sites=_check_sites(e, readers),
    )


def _changed_too(s: System, store: DataStore, readers: list[tuple[Flow, Element]]) -> str:
    """The per-caller finding's clause for an agent's tools among the readers that also
    write records the store keeps back into it (a rebooking tool moving the booking it
    read; not a lookup sending its query), with arguments the model chose: the same
    missing check lets a caller change another's records, not only see them."""
    writers = [
        r
        for r in dict.fromkeys(r for _, r in readers)
        if isinstance(r, Tool)
        and any(
            f.target == store.id and any(d in store.stores for d in f.data) for f in s._out[r.id]
        )
    ]
    if not writers:
        return ""
    return (
        f"; {subject(writers, 'writes', 'write', s)} to it too, so another person's "
        "records can be changed as well as seen"
    )


def _outsiders_ask(
    g: Facts,
    store: Element,
    guard: frozenset[str],
    readers: list[tuple[Flow, Element]],
    callers: set[str],
) -> int:
    """How much likelier the per-caller finding is for outsiders among the callers: one
    step when the flows drawn reach the store from nothing untrusted (records drawn as
    going out to a portal people ask): they ask through the reader, which is where the
    store is exposed; one more when nothing checks each caller and the reader also acts
    (freezes a card, books on a saved card), so another person's account is worth
    trying for."""
    if not any(g.untrusted(x) for x in callers):
        return 0
    delta = 1 if g.exposure(store) is None else 0
    if not guard and _acts_on_records(g, readers):
        delta += 1
    return delta


def _check_sites(store: Element, readers: list[tuple[Flow, Element]]) -> tuple[str, ...]:
    """Where a per-caller check counts: on the store, or on the reads when every read
    has the same; otherwise one reader's check would cover another's unchecked
    fetches."""
    if not _uniform_reads(readers):
        return (store.id,)
    return (store.id, *(f.id for f, _ in readers), *(r.id for _, r in readers))


def _said_at_interface(g: Facts, readers: list[tuple[Flow, Element]], callers: set[str]) -> bool:
    """A reader that is no model or agent, behind an interface (or itself one) whose
    cross-account finding names some of these callers: the ownership check missing in
    front of this store is that finding's, one hop back."""
    s = g.system
    for _, r in readers:
        for x in (r, *s.predecessors(r)):
            found = _cross_account(g, x) if isinstance(x, (Endpoint, Service)) else None
            if found is not None and not callers.isdisjoint(found[0]):
                return True
    return False


def _check_said(guard: frozenset[str], some: bool) -> str:
    """How the per-caller finding says what checks each caller: a check declared on the
    store (``guard``), on some of the reads only (``some``), or none."""
    if guard:
        return "a per-caller check is declared"
    if some:
        return "only some of these reads declare a per-caller check"
    return "nothing checks that each caller may see what is fetched for them"


def _acts_on_records(g: Facts, readers: list[tuple[Flow, Element]]) -> bool:
    """A reader acts as well as fetches: a tool that writes, sends, pays, deletes or runs
    code, or an agent (or a tool an agent uses) with such a tool."""
    s = g.system

    def acts(x: Element) -> bool:
        return isinstance(x, Tool) and bool(x.capabilities & CONSEQUENTIAL)

    agents = {
        a.id: a
        for _, r in readers
        for a in ((r,) if isinstance(r, Agent) else s.predecessors(r))
        if isinstance(a, Agent)
    }
    return any(acts(r) for _, r in readers) or any(
        acts(t) for a in agents.values() for t in s.successors(a)
    )


def _read_flows(view: ElementView, stores: list[str]) -> list[str]:
    """The read flows of the other stores a per-caller finding names."""
    out: list[str] = []
    for sid in stores:
        reads = _subject_reads(ElementView(view.system, view.g.by_id[sid]))
        if reads is not None:
            out += [f.id for f, _ in reads[1]]
    return out


_Reads = tuple[Sensitivity, list[tuple[Flow, Element]], set[str]]


def _subject_reads(view: ElementView) -> _Reads | None:
    """A store's sensitivity, the readers that fetch its records for callers who are
    several people or outsiders, and those callers; None when there are none."""
    return view.g.memo("access.subject-reads", view.element, lambda: _subject_reads_now(view))


def _subject_reads_now(view: ElementView) -> _Reads | None:
    e = view.element
    s = view.system
    g = view.g
    if not isinstance(e, DataStore) or not g.operated(e):
        return None
    top = _records_level(g, e)
    if top is None or top < Sensitivity.CONFIDENTIAL:
        return None
    if _bought_reference(g, e, top) or _shared_reference(e, top):
        return None
    # a store that also keeps sign-in secrets: its records count for an agent's reads
    # only (the interfaces that check the secrets are the cross-account finding's)
    agents_only = _keeps_sign_ins(g, e.id)
    readers: list[tuple[Flow, Element]] = []
    callers: set[str] = set()
    for f in s._out[e.id]:
        r = g.by_id[f.target]
        if not isinstance(r, (Service, Endpoint, Agent, Tool, LLM)):
            continue
        if agents_only and not isinstance(r, (Agent, Tool, LLM)):
            continue
        if g.carried(f).kinds <= _NOT_SHOWN:
            continue  # configuration, keys, features for a model: not records shown to callers
        if f.data and all(d.sensitivity < Sensitivity.CONFIDENTIAL for d in f.data):
            continue  # what it reads back is not the records (a case reference, a status)
        if _published(f):
            continue  # what it reads is what was published to everyone (posted reviews)
        shown = _shown_to(view, r, f)
        who = [a for a in shown if not _admin(g.by_id[a])]
        admins = len(who) < len(shown)
        if isinstance(r, (Agent, Tool, LLM)):
            who = [a for a in who if not approver_only(g, r, a) and _asks(g, a)]
        if not who:
            continue  # it uses the records (a comparison, a score); callers never see them
        if isinstance(r, (Agent, Tool, LLM)) and _self_started(g, r, who):
            continue  # a scheduler picks what it works on; the people around it ask nothing
        if (isinstance(r, Tool) and asks_owner_proof(r)) or serves_own_only(r):
            continue  # it returns a record only to its owner, as the design says
        # an agent, its tool or a model's retrieval serving one role of people (the
        # business users, the associates) serves each of them: whose records may each see
        ai_reader = isinstance(r, (Agent, Tool, LLM))
        if not ai_reader and _staff_by_role(g, e, f, r, who):
            continue  # colleagues working one queue under role-based access: all see it
        if not ai_reader and (_SCHEDULED.search(r.name) or _BULK.search(f.label or "")):
            continue  # a nightly job works through every record for its own task
        if (
            len(who) >= 2
            or any(g.untrusted(a) or (ai_reader and _a_role(g, a, top)) for a in who)
            or (admins and any(_own_share(g.by_id[a]) for a in who))
        ):
            readers.append((f, r))
            callers.update(who)
    return (top, readers, callers) if readers else None


_PUBLISHED = re.compile(
    r"\bpublished (?:(?:customer|product|seller|reader)s?'? )?(?:reviews?|comments?|listings?|"
    r"posts?|photos?|articles?|ratings?)\b",
    re.IGNORECASE,
)
"""Words by which a read's label, or all it reads, say it is what people posted for
everyone to read (published reviews, comments, listings): every caller is meant to see
it. Not a published roster or allocation, which each person may see only their share of."""


def _published(f: Flow) -> bool:
    """The read's label, or all it carries, say it brings what people posted for everyone
    to read (``'published reviews'``)."""
    return bool(_PUBLISHED.search(f.label or "")) or (
        bool(f.data) and all(_PUBLISHED.search(d.name) for d in f.data)
    )


def _keeps_sign_ins(g: Facts, store: str) -> bool:
    """A store whose most sensitive data is the secrets it keeps (sign-in credentials,
    keys), beside whatever records it holds."""
    return bool(g.secrets_at(store)) and (
        sensitive_level(g.system, g.by_id[store]) is Sensitivity.SECRET
    )


def _records_level(g: Facts, e: DataStore) -> Sensitivity | None:
    """How sensitive the records a store keeps are. A store whose most sensitive data
    is secret and that keeps secrets (keys, credentials) counts its other data: sign-in
    credentials kept beside people's bookings leave the bookings records; a store of
    nothing but secrets has none."""
    if not _keeps_sign_ins(g, e.id):
        return sensitive_level(g.system, e)
    rest = [d.sensitivity for d in e.stores if d.kind is not DataKind.CREDENTIALS]
    best = max(rest, default=None)
    return None if best is None or best is Sensitivity.SECRET else best


def _admin(e: Element) -> bool:
    """A person declared privileged, in no role whose people each own a share of the
    records (a relationship manager's portfolio, a host's properties): whoever
    administers the system may see every record, so what is fetched for them needs no
    per-caller check."""
    return (
        isinstance(e, Actor)
        and e.human
        and e.privileged
        and not _SHARE_HOLDERS.search(f"{e.name} {e.role or ''}")
    )


_HOLDER_WORDS = (
    r"reps?|representatives?|sales\w*|relationship|account|franchisees?|tenants?|members?"
    r"|hosts?|associates?"
)
_SHARE_HOLDERS = re.compile(rf"\b(?:{_HOLDER_WORDS})\b", re.IGNORECASE)
"""Roles whose people each own a share of the records even when declared privileged (a
host's properties, an associate's matters); a privileged manager, supervisor or
coordinator administers the whole system."""


def _own_share(e: Element) -> bool:
    """A person in a role whose people each own a share of the records (managers,
    relationship managers, hosts): one such actor stands for several."""
    return is_person(e) and bool(_OWN_SCOPE.search(f"{e.name} {getattr(e, 'role', '')}"))


_ASKING = re.compile(
    r"\b(?:requests?|quer(?:y|ies)|questions?|messages?|chats?|enquir\w*|inquir\w*|"
    r"search\w*|asks?|conversations?|calls?|utterances?|speech|voice|prompts?)\b",
    re.IGNORECASE,
)
"""Names of what a person sends when they ask for something (a request, a question, a
chat message, a call), as against what they hand in (a form, a document, a status
update, an approval click)."""


def _asks(g: Facts, who: str) -> bool:
    """Something ``who`` sends is a request: a prompt, or data named for asking. A
    person who only hands things in (a contractor's job updates, an approver's click,
    a hospital's uploaded reports) is not asking an agent for records."""
    e = g.by_id[who]
    if not isinstance(e, Actor):
        return True
    return any(
        d.kind is DataKind.PROMPT or _ASKING.search(d.name)
        for f in g.system._out[who]
        for d in f.data
    )


def _staff_by_role(g: Facts, store: Element, f: Flow, reader: Element, who: list[str]) -> bool:
    """Everyone the reader shows the records to is a colleague in one of our zones, and
    role-based access is declared on the reader, the store or the read: staff working
    one queue (moderators, radiologists reading a worklist) are meant to see it all."""
    people = [g.by_id[a] for a in who]
    return (
        all(is_person(p) and g.operated(p) for p in people)
        and not any(_OWN_SCOPE.search(f"{p.name} {getattr(p, 'role', '')}") for p in people)
        and any(x.has(c.RBAC) for x in (reader, store, f))
    )


_SCHEDULE_WORDS = r"batch|nightly|weekly|daily|hourly|monthly|scheduled|cron"

_SCHEDULED = re.compile(rf"\b(?:{_SCHEDULE_WORDS})\b|\bjobs?$", re.IGNORECASE)
"""Words by which a component says it runs on a schedule (a nightly triage job, a
batch export): it reads every record for its own task, asked by no one."""

_BULK = re.compile(rf"\b(?:{_SCHEDULE_WORDS}|sync\w*|exports?|replicat\w*|bulk)\b", re.IGNORECASE)
"""Words by which a read's label says it copies the records in bulk or on a schedule (a
nightly absence export, a sync after each session): no caller asks for them."""

_OWN_SCOPE = re.compile(
    rf"\b(?:managers?|coordinators?|supervisors?|team leads?|owners?|{_HOLDER_WORDS})\b",
    re.IGNORECASE,
)
"""Roles whose people each own a share of the records (their team, their portfolio,
their hall, their site, a host's properties, an associate's matters): role-based
access lets each in, and nothing says which share is theirs."""


def _bought_reference(g: Facts, store: DataStore, top: Sensitivity) -> bool:
    """A copy of content bought from outside (a licensed drug-interaction table, a
    tariff schedule): records about no person, filled only by outside data sources
    (a vendor's or partner's feed). Every caller is meant to get answers from the same
    tables, so there is no caller whose records another could see; copying the whole
    licence out is a different threat."""
    if top.is_personal or not store.stores:
        return False
    # what fills it: flows that bring what it declares it keeps (not the lookups sent
    # into it)
    fills = [f for f in g.system._in[store.id] if not store.stores.isdisjoint(f.data)]
    return bool(fills) and all(_bought_feed(g, g.by_id[f.source]) for f in fills)


def _bought_feed(g: Facts, src: Element) -> bool:
    """A vendor's, partner's or public data source, or a loader of ours that takes
    nothing but such feeds (a monthly ingestion of the licensed database)."""
    if isinstance(src, DataSource):
        return src.origin in (Origin.VENDOR, Origin.PARTNER, Origin.PUBLIC_DATASET)
    ins = g.system._in[src.id]
    return (
        isinstance(src, Pipeline)
        and bool(ins)
        and all(
            isinstance(x := g.by_id[f.source], DataSource)
            and x.origin in (Origin.VENDOR, Origin.PARTNER, Origin.PUBLIC_DATASET)
            for f in ins
        )
    )


def _shared_reference(store: DataStore, top: Sensitivity) -> bool:
    """A store of our own reference data, by name (a product and price catalogue, a
    terminal map, trial criteria, rescue procedures, triage protocols, playbooks, price
    floor rules, settings),
    holding nothing about a person: every caller works
    from the same tables, so no caller's records can reach another. What it holds may
    still be confidential (margins), a leak through the answers, not a per-caller check."""
    return not top.is_personal and bool(REFERENCE_DATA.search(store.name))


def _self_started(g: Facts, reader: Element, callers: list[str]) -> bool:
    """An agent (or its tool or LLM) that a job starts on work the job picks (a watcher
    of contract end dates hands it each contract), while none of the people whose input
    reaches it asks it anything (they edit its playbook, sign off what it proposes):
    it fetches records for its own task, not for them. A job that relays a person's
    request (a workbench queueing a specialist's case) does not start it on its own."""
    s = g.system
    agents = (
        [reader]
        if isinstance(reader, Agent)
        else [a for a in s.predecessors(reader) if isinstance(a, Agent)]
    )
    if not agents:
        return False
    if any(DataKind.PROMPT in g.carried(f).kinds for a in callers for f in s._out[a]):
        return False
    return all(any(job_start(g, f) for f in s._in[a.id]) for a in agents)


def _a_role(g: Facts, actor: str, top: Sensitivity) -> bool:
    """An actor that stands for many people (employees, business users) when what it is
    served is records about people: a person with no admin rights, fetching personal or
    regulated records, is one of many who may each see only some of them."""
    a = g.by_id[actor]
    return isinstance(a, Actor) and a.human and not a.privileged and top.is_personal


_Ranked = list[tuple[tuple[bool, int, str], str]]


def _sibling_stores(view: ElementView, readers: list[tuple[Flow, Element]]) -> _Ranked:
    """Stores read by exactly the same readers as this one (itself included) and with
    the same per-caller checks, the one the finding goes on first: one that outsiders'
    content reaches, then the most sensitive, then by id. Empty when it has none. Grouped once per set of readers, so a reader
    in front of many stores costs one pass, not one per store."""
    mine = _reader_keys(view.g, readers)
    groups = view.g.memo(
        "access.store-groups", "\x1f".join(mine), lambda: _store_groups(view, mine, readers)
    )
    group = groups.get(_store_guard(view.element, readers), [])
    return group if len(group) > 1 else []


def _store_groups(
    view: ElementView, mine: tuple[str, ...], readers: list[tuple[Flow, Element]]
) -> dict[frozenset[str], _Ranked]:
    """Every store these readers fetch from for callers, by the per-caller checks
    declared on it (one store's own check would hide another's gap)."""
    s = view.system
    out: dict[frozenset[str], _Ranked] = {}
    near = {x.id: x for _, r in readers for x in (r, *_agent_tools(view.g, r))}
    for cand in {x.id: x for r in near.values() for x in s.predecessors(r)}.values():
        if not isinstance(cand, DataStore):
            continue
        reads = _subject_reads(view if cand is view.element else ElementView(s, cand))
        if reads is None or _reader_keys(view.g, reads[1]) != mine:
            continue
        # outsiders' reach first: the finding goes where it is worst, and a fix to a
        # store nobody outside reaches does not leave a "new" finding on the one they do
        exposed = view.g.exposure(cand) is not None
        out.setdefault(_store_guard(cand, reads[1]), []).append(
            ((not exposed, -reads[0].rank, cand.id), cand.id)
        )
    for ranked in out.values():
        ranked.sort()
    return out


def _reader_keys(g: Facts, readers: list[tuple[Flow, Element]]) -> tuple[str, ...]:
    """Who fetches, for grouping stores: an agent's tools (and the agent) count as the
    agent, so the stores its HR lookup and its payroll lookup read for the same
    employees are one finding; any other reader counts as itself."""
    out: set[str] = set()
    for _, r in readers:
        agents = (
            [a.id for a in g.system.predecessors(r) if isinstance(a, Agent)]
            if isinstance(r, Tool)
            else []
        )
        out.update(agents or [r.id])
    return tuple(sorted(out))


def _agent_tools(g: Facts, reader: Element) -> list[Element]:
    """The tools of the agent(s) a reader is or serves (nothing for other readers)."""
    s = g.system
    agents = (
        [reader]
        if isinstance(reader, Agent)
        else [a for a in s.predecessors(reader) if isinstance(a, Agent)]
        if isinstance(reader, Tool)
        else []
    )
    return [t for a in agents for t in (a, *s.successors(a)) if isinstance(t, (Agent, Tool))]


_PER_CALLER = (c.PermissionAwareRetrieval, c.ABAC)


def _checks(holder: Element | Flow) -> frozenset[str]:
    return frozenset(x.key for x in holder.controls if isinstance(x, _PER_CALLER))


def _store_guard(store: Element, readers: list[tuple[Flow, Element]]) -> frozenset[str]:
    """The per-caller checks that cover every fetch from a store: declared on the store,
    or on every read (its flow or its reader). A check on one read leaves the others
    unchecked, so it is not in the guard."""
    per_read = [_checks(f) | _checks(r) for f, r in readers]
    return _checks(store) | (frozenset.intersection(*per_read) if per_read else frozenset())


def _uniform_reads(readers: list[tuple[Flow, Element]]) -> bool:
    """Every read declares the same per-caller checks (on its flow or its reader), so
    their controls can count together without one read's check covering another."""
    per_read = {_checks(f) | _checks(r) for f, r in readers}
    return len(per_read) <= 1


_SHOWN = frozenset(
    {DataKind.RECORDS, DataKind.DOCUMENTS, DataKind.RETRIEVED_CONTEXT, DataKind.MEDIA}
)


def _shown_to(view: ElementView, reader: Element, read: Flow) -> list[str]:
    """The callers to whom what ``reader`` fetches through ``read`` can come back: all of
    them when it is an LLM or agent, or when it passes the records to one (as retrieved
    context); otherwise those behind the components it passes them back to, as records,
    documents or media, along the way its callers' requests came (not to a model that
    only scores them). A flow out of the reader passes them on when it carries the data
    read or data the reader makes itself; one that only relays what came in from
    elsewhere (the caller's prompt forwarded after a key check, the model's answer sent
    back) does not. A case the reader queues for a reviewer is shown to the callers
    behind that console, not to the customer whose request raised it. What it makes of
    the records shows them when it is about as sensitive (personal, or as sensitive as
    the records read): a confidential verdict or an internal status drawn from
    personal records shows none of them."""
    s = view.system
    g = view.g
    callers, back = _callers_and_path(view, reader)
    if isinstance(reader, (LLM, Agent)):
        # those its answers reach: a caller who only sends something in (an applicant's
        # form, a patient's message) and is answered by nobody it speaks for is not
        # shown what it fetches
        answered = _answered_by(view.g, reader)
        return [a for a in callers if a in answered]
    fetched = set(read.data)
    relayed = {d for f in s._in[reader.id] if f.source != read.source for d in f.data} - fetched
    # what it makes of the records shows them when it is about as sensitive: a verdict
    # less sensitive than the records it was drawn from (a rules engine's confidential
    # decision on personal policy records) shows none of them
    level = min(
        max((d.sensitivity for d in fetched), default=Sensitivity.CONFIDENTIAL),
        Sensitivity.PII,
    )
    mine = set(callers)
    shown: set[str] = set()
    for f in s._out[reader.id]:
        if f.data and all(d in relayed for d in f.data):
            continue
        t = g.by_id[f.target]
        if isinstance(t, (LLM, Agent)):
            # the model's answer reaches the callers when the reader answers them at all
            # (or the model sits on their way in); a coding service that files what the
            # model made of the records, and answers nobody, shows them nothing
            if t.id in back or any(
                x.target in back and not isinstance(g.by_id[x.target], (Model, DataStore))
                for x in s._out[reader.id]
                if x.target != t.id
            ):
                answered = _answered_by(g, t) | _answered_by(g, reader)
                return [a for a in callers if a in answered]
            continue
        made = [d for d in f.data if d not in fetched and d not in relayed]
        if (
            f.target in back
            # records, documents or media, or what it read as it is (proposals a model
            # wrote, handed back to the customer they are about)
            and (
                any(d in fetched for d in f.data)
                or (
                    g.carried(f).kinds & _SHOWN
                    and (not made or any(d.sensitivity >= level for d in made))
                )
            )
            and not isinstance(t, (Model, DataStore, ModelRegistry))
        ):
            shown.update(_behind(s, f.target, reader.id, back) & mine)
    return sorted(shown)


def _behind(s: System, start: str, reader: str, back: frozenset[str]) -> set[str]:
    """The callers whose requests come through ``start`` (itself, if it is one) on the
    way to ``reader``: a backwards walk over ``back``, the reader's request path, that
    does not pass through the reader again. At a device people use, only the people it
    sends something to, when it sends to any: it shows its screen to them."""
    seen = {start, reader}
    frontier = [start]
    found = {start}
    while frontier:
        nxt = []
        for node in frontier:
            held = _held_by_people(s, node)
            # of the people at a device, those it shows anything to (the door supervisor
            # who reads the verdict, not the patron whose ID is placed on the reader)
            viewers = (
                {f.target for f in s._out[node] if isinstance(s.element(f.target), Actor)}
                if held
                else set()
            )
            for f in s._in[node]:
                if held and not isinstance(s.element(f.source), Actor):
                    continue  # a device people hold shows its screen to them alone
                if viewers and f.source not in viewers:
                    continue
                if f.source in back and f.source not in seen:
                    seen.add(f.source)
                    found.add(f.source)
                    nxt.append(f.source)
        frontier = nxt
    return found


def _ai(e: Element) -> bool:
    return isinstance(e, (Agent, LLM))


def _held_by_people(s: System, node: str) -> bool:
    """A device that people use directly (a tablet staff read clips on): what it shows,
    it shows them, not the people whose records reached it from elsewhere."""
    return isinstance(s.element(node), Device) and any(
        isinstance(x := s.element(f.source), Actor) and x.human for f in s._in[node]
    )


_NOT_SHOWN = frozenset(
    {
        DataKind.INSTRUCTIONS,
        DataKind.CREDENTIALS,
        DataKind.CODE,
        DataKind.FEATURES,
        DataKind.EMBEDDINGS,
        DataKind.MODEL_ARTIFACT,
        DataKind.TRAINING_DATA,
        DataKind.LABELS,
    }
)
"""What a reader fetches that does not go back to its callers as records."""


def _feeds_llm(view: ElementView, element: Element) -> bool:
    return any(isinstance(x, (LLM, Agent)) for x in view.system.successors(element))


# ---------------------------------------------------------------------------- people


_MAIL_READERS = (Agent, LLM)
"""What acts on mail for us without a person reading it first: an agent, or an LLM a
service hands the message to."""


@rule(
    "stride/spoofed-sender",
    threat="user_impersonation",
    title="Mail is taken at its sender's word",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_element(
        Service, Endpoint, DataStore, DataSource, ExternalService, Agent, Pipeline
    ),
    atlas=["AML.T0073"],
    cwe=["CWE-290", "CWE-345"],
    mitigations=[c.Authentication],
    supporting=[c.AnomalyDetection, c.HumanInTheLoop],
    likelihood="unlikely",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def spoofed_sender(view: ElementView) -> Match | None:
    """Mail from people or companies outside arrives (smtp) at a mailbox, a mail gateway
    or an intake service, and an agent or an LLM acts on the messages: books the order,
    prepares the payment, codes the report, answers the request. The sender address is
    whatever the sender wrote: unless sender authentication is checked and enforced
    (SPF, DKIM, DMARC) and the sender matched to a known correspondent, a forged or
    look-alike address gets its invoice, order or request handled as if a real customer,
    supplier or broker had sent it. Raised once where the mail arrives, naming who sends
    it and what acts on it (an agent with tools that write, send or pay, or an LLM whose
    answer is filed or handed to a tool; one that only answers or summarises for a
    person does nothing in the sender's name); one step more severe when what acts can
    pay. Sender authentication (`Authentication`: SPF, DKIM and DMARC checked and
    enforced) counts on the receiver and the mail flows into it; TLS on the way
    (STARTTLS) protects the message in transit, not who wrote it. Anomaly checks and a
    person's approval lower it. The mailbox may be anyone's (a hosted mailbox drawn as a data source):
    who configures its sender checks is the organisation whose agent reads it. Mail only
    people read is stride/phishing's."""
    e = view.element
    g = view.g
    s = view.system
    mail = [
        f
        for f in s._in[e.id]
        if _lookup_name(f.protocol) in _MAIL and not g.operated(f.source) and f.data
    ]
    if not mail:
        return None
    readers = [r for r in _mail_readers(g, e) if _acts_on_mail(g, r)]
    if not readers:
        return None  # what reads it only answers or summarises: no one's request is done
    pays = any(
        isinstance(t, Tool) and Capability.MONEY_MOVEMENT in t.capabilities
        for r in readers
        for t in s.successors(r)
    )
    return Match(
        f"{view.described} takes mail from {names({f.source for f in mail}, s)}, and "
        f"{subject(readers, 'acts', 'act', s)} on it; nothing declared checks that a message "
        "comes from the address it shows (SPF, DKIM, DMARC), so a forged or look-alike "
        "sender is handled as the customer, supplier or partner it names.",
        affected=(*(f.id for f in mail), *(r.id for r in readers)),
        impact_delta=1 if pays else 0,
    )


_WEBHOOK = re.compile(r"\b(?:web-?hooks?|call-?backs?)\b", re.IGNORECASE)
"""Words by which a design says that a flow is a call another system makes to us when
something happens (a webhook, a callback), rather than an answer to our request."""


_SENDER_CHECK = re.compile(
    r"\b(?:vendors?|partners?|suppliers?|providers?|webhooks?|callbacks?|signatures?|hmac"
    r"|signed)\b",
    re.IGNORECASE,
)
"""Words by which a declared check says it checks a calling system (a vendor API key, a
webhook signature), not the people who sign in."""


_CLAIMED_NUMBER = re.compile(
    r"\b(?:phone|mobile|sender|caller|whatsapp|sms)\b[^;,.]*\bnumbers?\b", re.IGNORECASE
)
"""Words by which an authentication says it identifies a person by the number the
message claims to come from (a WhatsApp sender's phone number matched to a record):
whoever posts the webhook call writes that number."""


def _claimed_number_only(holder: Element | Flow) -> bool:
    """Every authentication declared on the holder names only the sender number a
    message claims, with no signature, secret or certificate check of the call, and
    nothing else (mutual TLS, message integrity) checks the calling system."""
    auths = [k for k in holder.controls if isinstance(k, c.Authentication)]
    return (
        bool(auths)
        and all(
            k.method and _CLAIMED_NUMBER.search(k.method) and not _SENDER_CHECK.search(k.method)
            for k in auths
        )
        and not holds_any_control(holder, (c.MutualAuthentication,))
        and not any(isinstance(k, c.MessageIntegrity) for k in holder.controls)
    )


def _names_sender(receiver: Element, senders: list[Element]) -> bool:
    """An authentication declared on the receiver says by name that it checks the
    calling systems: the method names a vendor, a partner, a webhook or a signature, or
    a word of a sender's name (a "payments provider token")."""
    words = {w for x in senders for w in re.findall(r"[a-z]{4,}", x.name.casefold())}
    for k in receiver.controls:
        if not isinstance(k, c.Authentication) or not k.method:
            continue
        said = k.method.casefold()
        if _SENDER_CHECK.search(said) or any(re.search(rf"\b{w}\b", said) for w in words):
            return True
    return False


@rule(
    "stride/unverified-webhook",
    threat="classic_spoofing",
    title="Webhook calls are taken at their sender's word",
    stride="ST",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Pipeline, Agent, DataStore, Tool),
    atlas=["AML.T0049"],
    cwe=["CWE-345", "CWE-290", "CWE-306"],
    mitigations=[c.Authentication, c.MutualAuthentication],
    supporting=[c.AnomalyDetection, c.RateLimiting],
    likelihood="possible",
    impact="moderate",
    cia="I",
    placement=("element", "inbound"),
)
def unverified_webhook(view: ElementView) -> Match | None:
    """A system we do not run calls a component of ours when something happens there: a
    payment provider confirms a payment, an applicant tracking system moves a candidate,
    a verification vendor passes an identity check, a messaging platform hands on a
    reply. The design says so in words (a flow labelled, or data or a receiver named,
    webhook or callback). A webhook's address has to be reachable by the sender, and
    unless each call is checked (a signature or shared secret verified on every call,
    mutual TLS), anyone who learns it can post a forged or replayed event: a booking
    marked paid, an interview scheduled, a portrait swapped for an attacker's. Raised
    once per receiver, naming the senders and the calls nothing checks. A check declared
    on a webhook flow answers it for that call: authentication of the call (a shared
    secret or a signature checked), mutual TLS, or message integrity declared as a
    control (a signature verified on each call); not the integrity an encrypted protocol
    such as https gives on the way, which says nothing of who sent the call. Declared on
    the receiver, it answers every call when no person or device calls the receiver too
    (a webhook endpoint; a portal's sign-in for its users is not a check of a vendor's
    calls), or when its method says by name it checks the calling systems (a vendor API
    key, a webhook signature). Anomaly checks and rate limits lower it. A person or a
    device is not such a sender, and a sign-in redirect that carries only a credential
    (an OAuth callback) is the sign-in's own part. An authentication that only matches
    the sender's number a message claims to a record (a WhatsApp sender's phone number)
    checks nothing of who posted the call: whoever posts it writes that number."""
    e = view.element
    g = view.g
    if not g.operated(e):
        return None
    s = view.system
    calls = [
        f
        for f in s._in[e.id]
        if not g.operated(f.source)
        and not isinstance(g.by_id[f.source], (Actor, Device))
        and _WEBHOOK.search(" ".join((f.label or "", e.name, *(d.name for d in f.data))))
        and not (f.data and all(is_credential(d) for d in f.data))
        and not (_checks_sender(f) and not _claimed_number_only(f))
    ]
    if not calls:
        return None
    # a check on the receiver is the webhook's when no person or device calls it too (a
    # portal's sign-in for its users says nothing of the calls a vendor makes to it); a
    # sender number matched to a record is what the call claims, not who sent it
    dedicated = not any(isinstance(g.by_id[f.source], (Actor, Device)) for f in s._in[e.id])
    claimed = _claimed_number_only(e)
    if dedicated and _checks_sender(e) and not claimed:
        return None
    if not dedicated and not claimed and _names_sender(e, [g.by_id[f.source] for f in calls]):
        return None  # its check says by name it is the sender's (a vendor API key)
    senders = list(dict.fromkeys(f.source for f in calls))
    return Match(
        f"{view.described} takes webhook calls from {names(senders, s)}, and nothing declared "
        "checks that a call comes from "
        + ("it" if len(senders) == 1 else "them")
        + " (a signature or shared secret verified on each call, or mutual TLS)"
        + (
            "; the sender's number it matches to a record is written by whoever posts the call"
            if claimed
            else ""
        )
        + "; anyone who learns the address can post forged or replayed events, handled as if "
        "the sender had sent them.",
        affected=tuple(f.id for f in calls),
        control_sites=(*((e.id,) if dedicated and not claimed else ()), *(f.id for f in calls)),
    )


def _acts_on_mail(g: Facts, reader: Element) -> bool:
    """What reads the mail does something with it: an agent with a tool that writes,
    sends, pays or runs code, or an LLM whose answer a service of ours writes to a store
    or hands to a tool (a coded case filed in the safety database, mail kept in a
    retrieval index; not only a log of the review it did, nor a search it runs)."""
    s = g.system
    if isinstance(reader, Agent):
        return any(
            isinstance(t, Tool) and t.capabilities & CONSEQUENTIAL for t in s.successors(reader)
        )
    return any(
        isinstance(x, (Service, Pipeline))
        and g.operated(x)
        and any(
            isinstance(g.by_id[y.target], Tool)
            or (
                isinstance(g.by_id[y.target], DataStore)
                and g.carried(y).kinds - {DataKind.LOGS, DataKind.PROMPT, DataKind.EMBEDDINGS}
            )
            for y in s._out[x.id]
        )
        for x in s.successors(reader)
    )


def _mail_readers(g: Facts, inbox: Element) -> list[Element]:
    """Agents and LLMs that what the mail says reaches from where it arrives, through
    services, stores, endpoints and tools of ours (three hops), along flows that carry
    content (an intake service turning the message into an order record passes it on,
    and so does an agent's mailbox tool)."""
    s = g.system
    found: list[Element] = []
    seen = {inbox.id}
    frontier = [inbox.id]
    for _ in range(3):
        nxt = []
        for node in frontier:
            for f in s._out[node]:
                if f.target in seen or not g.content_flow(f):
                    continue
                seen.add(f.target)
                t = g.by_id[f.target]
                # an LLM another company hosts still acts for us: our service hands it
                # the message (an agent we do not run acts for someone else)
                if isinstance(t, LLM) or (isinstance(t, Agent) and g.operated(t)):
                    found.append(t)
                elif isinstance(t, (Service, Endpoint, DataStore, Pipeline, Tool)) and g.operated(
                    t
                ):
                    # a mailbox tool fetching the messages for its agent passes them on
                    nxt.append(t.id)
        frontier = nxt
    if isinstance(inbox, _MAIL_READERS) and g.operated(inbox):
        found.insert(0, inbox)
    return found


@rule(
    "stride/phishing",
    title="Messages from outside reach staff who open them",
    stride="SE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Actor),
    atlas=["AML.T0052", "AML.T0073", "AML.T0074", "AML.T0011", "AML.T0012"],
    cwe=["CWE-451"],
    mitigations=[c.UserTraining, c.InputValidation],
    supporting=[c.Sandboxing, c.AnomalyDetection],
    likelihood="possible",
    impact="moderate",
    cia="CI",
    placement=("element", "inbound"),
)
def phishing(view: ElementView) -> Match | None:
    """People inside the organisation receive e-mails, messages or documents that
    outsiders wrote, and open them on machines that hold data and reach the internet. A
    message that impersonates a known correspondent (or comes from their hijacked
    account) gets an attachment run or a link followed. An outside service that hands on
    only what we gave it (a paging provider texting our own alert) writes nothing, and a
    paper a customer hands over the counter (person to person, no network protocol) is
    no message. The outsider's message itself must reach the person: each flow on the
    way carries a document the next one carries too (a console that takes a partner's
    criteria and shows staff draft notices hands on no message of theirs). A partner's
    staff reading what their own company's platform sends them (a turbine maker's
    engineer and its condition reports) get nothing from outside their company. Nor is
    what only partners' systems send (a lab's result files, a permit portal's
    decisions): output of a known party's system, whose phishing risk is any mailbox's;
    the public's messages and uploads are, also when a partner's service passes them on
    (a mail or SMS provider), and so are a partner's people, whose accounts can be taken
    over to write to ours. Filtering
    where messages arrive, attachment sandboxing and user training count on the person
    and the inbound flows. The finding says where the messages reach the person from
    (straight from the sender, or the component that hands them on) apart from the
    machines the person works on."""
    a = view.element
    assert isinstance(a, Actor)
    g = view.g
    s = view.system
    if not a.human or g.untrusted(a):
        return None
    opens = [
        f
        for f in s._out[a.id]
        if isinstance(g.by_id[f.target], (Device, Service)) and not g.untrusted(f.target)
    ]
    if not opens:
        return None
    inbound = g.documents_from_outside(a)
    home = s.boundary_of(a.id)
    if home is not None and not g.operated(a):
        # a partner's staff reading what their own company's platform sends them (a
        # turbine maker's engineer and its condition reports): no outsider to them
        inbound = [p for p in inbound if s.boundary_of(p[0]) != home]
    # what only partners' systems send (a lab's result files, a state portal's
    # decisions) is output of a known party: phishing through it is the generic mailbox
    # risk, not this design's; the public's and a partner's people's is
    if all(_from_partner(g, p[0]) for p in inbound):
        return None
    senders = sorted({p[0] for p in inbound})
    return Match(
        f"{subject(senders, 'sends', 'send', s)} messages or documents that reach {a.name}"
        f"{_handed_by(inbound, s)}; {a.name} works on {names({f.target for f in opens}, s)}, "
        "where a message posing as a known correspondent, or a crafted file or link in one, "
        "gets opened, run or followed.",
        affected=(*(t for p in inbound for t in g.flows_between(p)), *(f.id for f in opens)),
        atlas=("AML.T0052", "AML.T0073", "AML.T0074", "AML.T0011", "AML.T0012"),
    )


def _from_partner(g: Facts, sender: str) -> bool:
    """The sender is a partner's system in a partner zone that writes its own messages
    (a lab's result files, a permit portal's decisions): a party under contract, not
    the public (an SMS provider passing on what patients text is theirs). A person at a
    partner is a correspondent whose account can be taken over and used to write to
    our staff (LAMEHUG came from a compromised official's mailbox), so stays."""
    s = g.system
    home = s.boundary_of(sender)
    return (
        home is not None
        and home.trust is Trust.PARTNER
        and not is_person(g.by_id[sender])
        and not any(g.untrusted(f.source) for f in s._in[sender])
    )


def _handed_by(inbound: list[tuple[str, ...]], s: System) -> str:
    """Where the messages reach the person from: straight from the senders, or through
    the components that hand them on (the last hop of each path)."""
    direct = any(len(p) == 2 for p in inbound)
    via = list(dict.fromkeys(p[-2] for p in sorted(inbound) if len(p) > 2))
    if not via:
        return " directly"
    return f"{' directly and' if direct else ''} through {names(via, s)}"


# ---------------------------------------------------------------------------- control networks


@rule(
    "stride/control-network-write",
    threat="classic_eop",
    title="Systems outside the control network write into it",
    stride="TE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Service, Endpoint, Device, Model, Agent, Tool, Pipeline, DataStore),
    cwe=["CWE-653", "CWE-306"],
    mitigations=[c.MutualAuthentication],
    # an audit log records a write; it does not make one less likely
    supporting=[c.HumanInTheLoop, c.InputValidation],
    likelihood="possible",
    # what a control network runs moves physical things: pumps, turbines, robots
    impact="severe",
    cia="IA",
    placement=("element", "inbound"),
)
def control_network_write(view: ElementView) -> Match | None:
    """A component in a control network (a restricted zone where plant equipment is run:
    a SCADA server, a PLC, a model that sets points) takes writes straight from software
    in a less trusted zone: an optimiser on the corporate network sending setpoints, a
    cloud planner sending curtailment schedules, a registry pushing model files, a
    vendor's remote-access gateway. Whoever compromises that software, or the network
    it sits on, writes into the control network from there, with nothing in between that
    checks what it sends. Approval declared on the sending side does not bind what
    arrives (a compromised sender skips it). Mutual authentication of each writer (a
    certificate per client, or a protocol that gives one) mitigates it on the receiver
    or the flows; an operator confirming what arrives and bounds on what the receiver
    accepts lower it. One finding per control network, on the
    first component that takes such writes, naming the others. Writes that cross in
    cleartext say so; a link that carries only such writes is left out of the
    cleartext finding, since a protocol mode that authenticates each writer (OPC UA
    SignAndEncrypt, Modbus/TLS with client certificates) encrypts it too."""
    e = view.element
    g = view.g
    writes = _writes_in(g, e)
    if not writes:
        return None
    s = view.system
    here = s.boundary_of(e.id)
    assert here is not None
    receivers = _zone_receivers(g, here.id)
    if receivers[0] != e.id:
        return None
    writes = [f for r in receivers for f in _writes_in(g, g.by_id[r])]
    # a write whose writer is authenticated (mtls, ssh, or the control declared on it)
    # is not the gap while another is not; when all are, the finding stays, answered
    writes = [f for f in writes if not _mutually_authenticated(f)] or writes
    receivers = [r for r in receivers if any(f.target == r for f in writes)]
    writers = list(dict.fromkeys(f.source for f in writes))
    data = sorted({d.name for f in writes for d in f.data}) or ["what they send"]
    also = f" (and {names(receivers[1:], s)})" if len(receivers) > 1 else ""
    # writes that also cross in cleartext: the cleartext finding leaves a link that is
    # only such writes to this one, and one secure mode answers both
    clear = sorted(
        {p.name for f in writes if _cleartext_worth_a_finding(g, f) and (p := g.protocol(f))}
    )
    open_text = f", over {' and '.join(clear)} in cleartext" if clear else ""
    return Match(
        f"{view.described}{also} {'runs' if len(receivers) == 1 else 'run'} in a control "
        f"network and {'takes' if len(receivers) == 1 else 'take'} "
        f"{', '.join(data[:4])}{' and more' if len(data) > 4 else ''} straight from "
        f"{names(writers, s)}, outside it{open_text}; whoever compromises "
        f"{'that system' if len(writers) == 1 else 'those systems'} writes into the control "
        "network, and nothing declared there authenticates each writer.",
        affected=(*(f.id for f in writes), *receivers[1:]),
        control_sites=(*receivers, *(f.id for f in writes)),
    )


def _mutually_authenticated(f: Flow) -> bool:
    p = lookup_protocol(f.protocol)
    return (p is not None and p.client_authenticated) or _declares(f, (c.MutualAuthentication,))


def _zone_receivers(g: Facts, zone: str) -> list[str]:
    """The components of a control zone that take writes from outside it, by id."""
    return g.memo("access.zone-receivers", zone, lambda: _zone_receivers_now(g, zone))


def _zone_receivers_now(g: Facts, zone: str) -> list[str]:
    s = g.system
    return sorted(
        e.id
        for e in s.all_elements
        if (b := s.boundary_of(e.id)) is not None and b.id == zone and _writes_in(g, e)
    )


# ---------------------------------------------------------------------------- remote access

# How a person outside says they come from a supplier, when they sit in no partner zone
# (a contractor on the internet): their name or role.
_SUPPLIER = re.compile(
    r"\b(?:vendors?|suppliers?|contractors?|integrators?|manufacturers?|oems?|third[- ]part(?:y|ies)"
    r"|service (?:engineers?|technicians?))\b",
    re.IGNORECASE,
)
# How another company's service says it is there to reach into ours.
_REMOTE_SUPPORT = re.compile(r"\bremote[- ](?:support|access|maintenance|service)\b", re.IGNORECASE)
# Protocols that open an interactive session or a tunnel into a network.
_SESSIONS = frozenset({"ssh", "rdp", "vnc", "teamviewer", "anydesk", "ipsec"})
_GATEWAYS = (Service, Endpoint, Device)
# How a component says it is there to let people in from outside.
_ACCESS_POINT = re.compile(
    r"\b(?:gateways?|routers?|vpn|jump ?(?:hosts?|servers?|boxes?)|bastions?|remote[- ]access)\b",
    re.IGNORECASE,
)


@attrs.frozen
class _RemoteWay:
    """A supplier's way into plant control: who, by which flows, through which entry of
    ours, to which components that run plant equipment (the entry itself, or what it
    forwards to), by which onward flows."""

    party: str
    flows: tuple[str, ...]
    hosts: tuple[str, ...]
    onward: tuple[str, ...]


def _runs_plant(g: Facts, x: Element) -> bool:
    """``x`` runs plant equipment: it sits in a control network, is equipment that moves
    a process, commands such equipment, or speaks a plant protocol."""
    s = g.system
    b = s.boundary_of(x.id)
    if b is not None and b.id in _control_zones(g):
        return not isinstance(x, (Actor, DataStore))
    if moves_plant(g, x):
        return True
    if any(moves_plant(g, g.by_id[f.target]) for f in s._out[x.id]):
        return True
    return any(
        (p := g.protocol(f)) is not None and p.name in _PLANT for f in (*s._in[x.id], *s._out[x.id])
    )


def _supplier(g: Facts, e: Element, f: Flow) -> bool:
    """``e`` is another company's person or service that reaches into ours by ``f``: a
    person in a partner's zone who holds privileged access, says they come from a
    supplier or opens a session or a tunnel, or one on the internet who says they come
    from a supplier and holds privileged access (a maintenance contractor); a partner's
    service that opens a session or a tunnel (SSH, RDP, a VPN) or says it is there for
    remote support, or sends what it names commands (a vendor cloud relaying its
    technicians' remote diagnostic commands). A feed another company sends (a weather
    forecast, tariffs) is none, nor is an update portal shipping software (the
    supply-chain findings')."""
    s = g.system
    trust = s.trust_of(e.id)
    if trust > Trust.PARTNER:
        return False
    p = g.protocol(f)
    session = p is not None and p.name in _SESSIONS
    if isinstance(e, Actor):
        if not e.human:
            return False
        said = bool(_SUPPLIER.search(f"{e.name} {e.role or ''}"))
        if trust == Trust.PARTNER:
            # a partner's people who only submit data (a lab's analysts) come in no session
            return e.privileged or said or session
        return e.privileged and said
    if isinstance(e, ExternalService) and trust == Trust.PARTNER:
        return (
            session
            or bool(_REMOTE_SUPPORT.search(e.name))
            or any(_COMMANDS.search(d.name) for d in f.data)
        )
    return False


_COMMANDS = re.compile(r"\b(?:commands?|remote (?:sessions?|support|maintenance))\b", re.IGNORECASE)
"""Words by which what a partner's service sends says it commands our equipment (a
vendor cloud relaying its technicians' remote diagnostic commands), not a feed."""


def _remote_ways(g: Facts) -> dict[str, tuple[_RemoteWay, ...]]:
    """Every supplier's way into plant control, by the entry of ours it comes through."""
    return g.memo("access.remote-ways", "", lambda: _remote_ways_now(g))


def _remote_ways_now(g: Facts) -> dict[str, tuple[_RemoteWay, ...]]:
    s = g.system
    found: dict[str, dict[str, _RemoteWay]] = {}
    for f in s.all_flows:
        party, entry = g.by_id[f.source], g.by_id[f.target]
        if not f.data or not isinstance(entry, _GATEWAYS) or g.untrusted(entry):
            continue
        if s.trust_of(entry.id) <= s.trust_of(party.id) or not _supplier(g, party, f):
            continue
        # a gateway of ours that forwards what the supplier sends into plant control
        ahead = [
            x
            for x in s._out[entry.id]
            if x.target != party.id
            and x.data
            and not g.is_query(x)
            and _runs_plant(g, g.by_id[x.target])
        ]
        hosts: tuple[str, ...] = tuple(dict.fromkeys(x.target for x in ahead))
        onward = tuple(x.id for x in ahead)
        if _runs_plant(g, entry) and not (ahead and _ACCESS_POINT.search(entry.name)):
            hosts, onward = (entry.id,), ()  # the supplier works on the controller itself
        elif not ahead:
            continue
        ways = found.setdefault(entry.id, {})
        was = ways.get(party.id)
        ways[party.id] = _RemoteWay(
            party.id,
            (*(was.flows if was else ()), f.id),
            tuple(dict.fromkeys((*(was.hosts if was else ()), *hosts))),
            tuple(dict.fromkeys((*(was.onward if was else ()), *onward))),
        )
    return {k: tuple(v[p] for p in sorted(v)) for k, v in found.items()}


def remote_access_flows(g: Facts) -> frozenset[str]:
    """Every flow by which a supplier reaches into plant control: its flows into our
    entry, and the entry's flows on to the controllers (``stride/supplier-remote-access``
    names them all). Built once per analysis: the supply-chain rule asks it of every
    component that runs code."""
    return g.memo(
        "access.remote-flows",
        "",
        lambda: frozenset(
            i for ways in _remote_ways(g).values() for w in ways for i in (*w.flows, *w.onward)
        ),
    )


def remote_entries(g: Facts, party: str) -> frozenset[str]:
    """The entries of ours through which ``party`` reaches into plant control."""
    return frozenset(
        k for k, ways in _remote_ways(g).items() if any(w.party == party for w in ways)
    )


@rule(
    "stride/supplier-remote-access",
    title="A supplier's remote access reaches plant control",
    stride="STE",
    phases=[Phase.INFERENCE],
    applies_to=on_element(*_GATEWAYS),
    atlas=["AML.T0012"],
    cwe=["CWE-284", "CWE-287", "CWE-653"],
    # plant staff enabling each session, for the work asked, is what closes a standing way in
    mitigations=[c.HumanInTheLoop],
    # an audit log records what a session did; it does not make one less likely
    supporting=[c.Authentication, c.AnomalyDetection],
    likelihood="possible",
    # what it reaches moves physical things, as the control-network finding's writes do
    impact="severe",
    cia="IA",
    placement=("element", "inbound"),
)
def supplier_remote_access(view: ElementView) -> Match | None:
    """Another company's engineers (an equipment vendor, a controls integrator, a
    maintenance contractor), or their remote-support service, reach into the components
    that run plant equipment: straight into a PLC cell over a site-to-site VPN, or
    through a remote-access gateway of ours that forwards their sessions, programs and
    parameters to the controllers. The way in is standing and belongs to someone else: a
    phished or shared vendor account, an engineer's infected laptop, or the supplier's
    own compromised support systems reach the plant through it, at any hour. Plant
    staff enabling each session for the work asked, and ending it after (the primary
    control, declared on the supplier's people, their flows, or the gateway they come
    through), closes it; strong sign-in of the supplier's people and watching for
    sessions nobody asked for lower it. Approval declared on a controller they reach
    directly is about what the controller does, and does not count. One finding per
    entry, naming every supplier that comes through it. A partner's data feed
    (forecasts, tariffs) and an update portal shipping software are not remote access;
    the supply-chain findings cover software and models that arrive from suppliers."""
    e = view.element
    g = view.g
    ways = _remote_ways(g).get(e.id)
    if not ways:
        return None
    s = view.system
    parties = [w.party for w in ways]
    flows = [i for w in ways for i in w.flows]
    hosts = list(dict.fromkeys(h for w in ways for h in w.hosts))
    onward = list(dict.fromkeys(i for w in ways for i in w.onward))
    data = [d for i in flows for d in s.flow(i).data]
    # what they send to work on the plant; their sign-in is how, not what
    sent = sorted({d.name for d in data if not is_credential(d)} or {d.name for d in data})
    protocols = sorted({p.name for i in flows if (p := g.protocol(s.flow(i)))})
    over = f" over {' and '.join(protocols)}" if protocols else ""
    into = view.described
    if hosts != [e.id]:
        into += f" and through it {names(hosts, s)}"
    return Match(
        f"{subject(parties, 'reaches', 'reach', s)}{over} into {into}, sending "
        f"{', '.join(sent[:3])}{' and more' if len(sent) > 3 else ''}; a stolen or shared "
        f"account of theirs, an engineer's infected laptop or their own compromised "
        "systems reach the plant the same way, and nothing declared has plant staff "
        "enable each session.",
        affected=(*flows, *onward),
        # where sessions are enabled: the supplier's people, their flows in, and an
        # access point of ours; approval declared on a controller is about what it does
        # (a technician releasing rejected tubes), not about who may connect to it
        control_sites=(
            *((e.id,) if hosts != [e.id] or _ACCESS_POINT.search(e.name) else ()),
            *parties,
            *flows,
        ),
        # a way in that another company holds: counted from our own edge, an entry only
        # a partner's zone reaches looks out of attackers' reach, but the partner's
        # accounts and laptops are not
        likelihood_delta=1 if g.exposure(e) is None else 0,
    )


@rule(
    "stride/unauthenticated-plant-command",
    threat="classic_spoofing",
    title="Plant equipment obeys commands from anyone on its network",
    stride="ST",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(),
    cwe=["CWE-306", "CWE-290"],
    mitigations=[c.MutualAuthentication, c.MessageIntegrity],
    # bounds the controller enforces on what it accepts, and watching the control
    # network for writes nobody planned, limit what a forged command does
    supporting=[c.InputValidation, c.AnomalyDetection],
    likelihood="possible",
    impact="major",
    cia="IA",
    placement=("flow", "source", "target"),
)
def unauthenticated_plant_command(f: FlowView) -> Match | None:
    """Software commands plant equipment (a PLC, actuators, a drive, inverters, a
    building management system) over a plant protocol in its mode that checks no
    sender: Modbus, DNP3 without Secure Authentication, BACnet/IP, PROFINET, OPC UA
    declared without signing; or over a general protocol that checks no sender either
    (MQTT without TLS, FTP, SNMP v1/v2c, plain HTTP, Telnet) when what obeys it moves a
    physical process (a robot's missions, a CNC controller's programs, a signal
    controller's timing plans). The equipment obeys whatever arrives in the right form,
    so anything that gets onto that network (a compromised host there, a laptop
    plugged into a cabinet, a gateway taken over from the cloud side) can send the same
    commands directly: start or stop pumps and fans, open gates, move setpoints,
    bypassing the software that normally decides and every check it makes.

    Raised for commands inside one zone and between zones of equal trust; there it
    stands in place of the cleartext finding on the link, whose real ask is who may
    command, not who may read, and the equipment's status replies over the same
    protocol are listed with it (one secure mode protects both ways). A command from a
    less trusted zone is left to the control-network finding and the cleartext one on
    its link. Equipment declared as a service counts when its name says what it is (a
    PLC, a controller, a drive, a building management system) and every link of it that
    names a protocol names a plant protocol (a 4-20 mA signal names none). One finding
    per zone, on the first such command, naming the others. Mutual authentication of
    the sender (declared, or the protocol's secure mode such as modbus+tls) or a
    verified signature on each command (message integrity, DNP3 Secure Authentication)
    answers it; bounds the equipment enforces and watching the control network for
    unplanned writes lower it."""
    g = f.g
    group = _open_commands(g).get(f.id)
    if group is None:
        return None
    s = f.system
    flows = [s.flow(x) for x in group]
    targets = list(dict.fromkeys(x.target for x in flows))
    senders = list(dict.fromkeys(x.source for x in flows))
    kinds = sorted({q.name for x in flows if (q := g.protocol(x)) is not None})
    secure = [m for k in kinds if k in _OPEN_PLANT and (m := _secure_mode(k))]
    instead = [_OPEN_GENERIC_NAMES[k][1] for k in kinds if k in _OPEN_GENERIC_NAMES]
    how = " and ".join(
        _OPEN_PLANT_NAMES[k] if k in _OPEN_PLANT else _OPEN_GENERIC_NAMES[k][0] for k in kinds
    )
    asks = [
        *([f"declare {' or '.join(secure)} where it runs in its secure mode"] if secure else []),
        *([f"{' or '.join(instead)} in its place"] if instead else []),
    ]
    also = f" ({'; '.join(asks)})" if asks else ""
    where = _zone_name(s, f.flow.target)
    one = len(senders) == 1
    return Match(
        f"{names(senders, s)} {'commands' if one else 'command'} {names(targets, s)} over "
        f"{how}, which {'checks' if len(kinds) == 1 else 'check'} no sender{also}; anything "
        f"else that gets onto that network ({where}) can send the same commands and move "
        f"the equipment directly, bypassing {'it' if one else 'them'} and every check "
        f"{'it makes' if one else 'they make'}.",
        affected=(
            *(x for x in group if x != f.id),
            *dict.fromkeys(r.id for x in flows for r in _status_replies(s, x)),
        ),
        control_sites=(*group, *targets),
    )
