"""What plant networks the design shows, shared by the rules that read them: the
control zones (restricted boundaries where plant equipment runs), the writes into them
from less trusted zones, plant commands in a mode that checks no sender, and whether a
call's sender is checked. ``rules.access`` raises the findings on them;
``rules.ai.models`` asks which device links those findings already cover."""

from __future__ import annotations

import types

import threatgraph.controls as c
from threatgraph.elements import (
    Actor,
    Agent,
    DataStore,
    Device,
    Element,
    Endpoint,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.filters import holds_any_control
from threatgraph.graph import Facts
from threatgraph.rules._kit import PLANT_PROTOCOLS, is_person, moves_plant, plant_equipment
from threatgraph.system import System
from threatgraph.vocab import DataKind, Trust


def _checks_sender(holder: Element | Flow) -> bool:
    """A check of who sent a call is declared on the webhook flow or its receiver: the
    call authenticated (a shared secret, a signature checked), mutual TLS (declared, or
    given by the protocol), or a message integrity control (a signature verified on
    each call). The integrity an encrypted protocol such as https gives on the way says
    nothing of who sent the call, so it does not count."""
    return holds_any_control(holder, (c.Authentication, c.MutualAuthentication)) or any(
        isinstance(k, c.MessageIntegrity) for k in holder.controls
    )


_PLANT = PLANT_PROTOCOLS
_WRITERS = (Service, Endpoint, Agent, Tool, Pipeline, Model, ModelRegistry, DataStore)


def _control_zones(g: Facts) -> frozenset[str]:
    """Boundaries of restricted trust or more where plant equipment is run: a component
    in them speaks a plant protocol (Modbus, OPC UA, DNP3, PROFINET, BACnet), or a
    device in them takes commands from a component (not readings from a person). A
    device a person works at (a gate officer's tablet showing the day's bookings) is
    shown things, not commanded, unless it is named for what it drives."""
    return g.memo("access.control-zones", "", lambda: _control_zones_now(g))


def _control_zones_now(g: Facts) -> frozenset[str]:
    s = g.system
    out: set[str] = set()
    for f in s.all_flows:
        p = g.protocol(f)
        if p is not None and p.name in _PLANT:
            ends: tuple[str, ...] = (f.source, f.target)  # both ends speak it
        elif (
            isinstance(g.by_id[f.target], Device)
            and not isinstance(g.by_id[f.source], Actor)
            and (moves_plant(g, g.by_id[f.target]) or not _used_by_people(g, f.target))
        ):
            ends = (f.target,)  # a device a component commands
        else:
            continue
        for x in ends:
            b = s.boundary_of(x)
            if b is not None and b.trust >= Trust.RESTRICTED:
                out.add(b.id)
    return frozenset(out)


def _used_by_people(g: Facts, device: str) -> bool:
    """A person works at the device (a tablet, a terminal, a screen they read): what a
    component sends it is shown to them, not a command to equipment."""
    s = g.system
    return any(is_person(g.by_id[f.target]) for f in s._out[device]) or any(
        is_person(g.by_id[f.source]) for f in s._in[device]
    )


def _writes_in(g: Facts, e: Element) -> list[Flow]:
    """Flows by which software in a less trusted zone of ours or a partner's (not an
    outsider's, not a person at a console) writes into ``e``, a component in a control
    zone: setpoints, orders, model files, parameters. Queries into it are reads."""
    s = g.system
    here = s.boundary_of(e.id)
    if here is None or here.id not in _control_zones(g) or isinstance(e, Actor):
        return []
    return [
        f
        for f in s._in[e.id]
        if isinstance(src := g.by_id[f.source], _WRITERS)
        and not g.untrusted(src)
        and Trust.PARTNER <= s.trust_of(src) < here.trust
        and s.boundary_of(src.id) != here
        and not g.is_query(f)
    ]


control_network_writes = _writes_in
"""The flows by which software outside a control network writes into ``e`` (for the
rules that leave those writes to ``stride/control-network-write``)."""

# plant protocols in the mode that checks no sender: a command in them is obeyed from
# whoever sends it (a camera stream, GigE Vision, carries no commands)
_OPEN_PLANT_NAMES = types.MappingProxyType(
    {
        "modbus": "Modbus",
        "dnp3": "DNP3 without Secure Authentication",
        "bacnet": "BACnet/IP",
        "profinet": "PROFINET",
        "opc-ua": "OPC UA with no security mode",
    }
)
_OPEN_PLANT = frozenset(_OPEN_PLANT_NAMES)
# general protocols that check no sender either, counted when what obeys them moves a
# physical process (a robot's MQTT missions, a CNC controller's FTP programs, a signal
# controller's SNMP sets): each with what checks the sender in its place
_OPEN_GENERIC_NAMES = types.MappingProxyType(
    {
        "mqtt": ("MQTT without TLS", "mqtts with a certificate per sender"),
        "ftp": ("FTP", "sftp"),
        "snmp": ("SNMP v1/v2c", "snmpv3"),
        "http": ("plain HTTP", "mutual TLS"),
        "telnet": ("Telnet", "ssh"),
    }
)
_COMMANDERS = (Service, Endpoint, Agent, Tool, Pipeline, Model)


def _open_command(g: Facts, f: Flow) -> bool:
    """``f`` is a command to plant equipment over a plant protocol in the mode that
    authenticates no sender, inside one zone or between zones of equal trust (a write
    from a less trusted zone is the control-network finding's)."""
    p = g.protocol(f)
    if p is None or (p.name not in _OPEN_PLANT and p.name not in _OPEN_GENERIC_NAMES):
        return False
    src, dst = g.by_id[f.source], g.by_id[f.target]
    if p.name not in _OPEN_PLANT and not moves_plant(g, dst):
        return False  # a general protocol counts only into equipment that moves things
    if g.system.crossing(f) is not None and (
        f in _writes_in(g, dst) or g.system.trust_of(src.id) != g.system.trust_of(dst.id)
    ):
        return False  # a write from a less trusted zone: the control-network finding's
    if not isinstance(src, _COMMANDERS) and not _relays_commands(g, f):
        return False  # a device or a data source reports; it does not command
    if not (isinstance(dst, Device) or plant_equipment(g, dst)):
        return False
    return not g.is_query(f) and bool(g.carried(f).kinds - {DataKind.LOGS, DataKind.MEDIA})


def _relays_commands(g: Facts, f: Flow) -> bool:
    """``f`` comes from a device that passes on what software of ours commands (a bridge
    box forwarding the drill programs a control service sends it to the machines)."""
    src = g.by_id[f.source]
    if not isinstance(src, Device):
        return False
    sent = set(f.data)
    return any(
        isinstance(g.by_id[x.source], _COMMANDERS) and sent & set(x.data)
        for x in g.system._in[src.id]
    )


def _plant_links(g: Facts) -> frozenset[str]:
    """The flows the plant-command findings cover: the commands, and the equipment's
    replies to the sender over the same protocol (status, acknowledgements). One secure
    mode (TLS with client certificates) protects both ways, so the cleartext finding
    leaves them to it."""

    return g.memo("access.plant-links", "", lambda: _links_of_commands(g, unanswered=False))


def _status_replies(s: System, f: Flow) -> list[Flow]:
    """What the commanded equipment sends back to the sender over the same protocol."""
    name = (f.protocol or "").lower()
    return [
        x
        for x in s.outflows(f.target)
        if x.target == f.source and (x.protocol or "").lower() == name
    ]


def _open_commands(g: Facts) -> dict[str, tuple[str, ...]]:
    """Plant commands in a mode that checks no sender, one group per zone: the flow
    each group's finding goes on (the first by id) mapped to every flow of the group.
    A group holds the commands nothing declared checks the sender of (on the flow or
    the equipment); when a check is declared on every one, it holds them all, and the
    finding stays, answered."""
    return g.memo("access.open-commands", "", lambda: _open_commands_now(g))


def open_plant_links(g: Facts) -> frozenset[str]:
    """Flows the plant-command finding raises unanswered: commands in a mode that
    checks no sender, where nothing declared checks it, with the equipment's status
    replies over the same protocol."""
    return g.memo("access.open-plant-links", "", lambda: _links_of_commands(g, unanswered=True))


def _links_of_commands(g: Facts, *, unanswered: bool) -> frozenset[str]:
    """The flows of every plant-command group with their status replies; with
    ``unanswered``, only the commands nothing declared checks the sender of."""
    s = g.system
    out: set[str] = set()
    for ids in _open_commands(g).values():
        for i in ids:
            f = s.flow(i)
            if unanswered and (_checks_sender(f) or _checks_sender(g.by_id[f.target])):
                continue
            out.add(i)
            out.update(x.id for x in _status_replies(s, f))
    return frozenset(out)


def _open_commands_now(g: Facts) -> dict[str, tuple[str, ...]]:
    s = g.system
    groups: dict[str | None, tuple[list[str], list[str]]] = {}
    for f in s.all_flows:
        if _open_command(g, f):
            answered = _checks_sender(f) or _checks_sender(g.by_id[f.target])
            groups.setdefault(_zone(s, f.target), ([], []))[answered].append(f.id)
    out: dict[str, tuple[str, ...]] = {}
    for unchecked, checked in groups.values():
        ids = sorted(unchecked or checked)
        out[ids[0]] = tuple(ids)
    return out


def _zone(s: System, element: str) -> str | None:
    b = s.boundary_of(element)
    return None if b is None else b.id
