"""What a model's output does to physical equipment.

A model that sets quantities (a regressor's setpoints, dose rates, gate openings) or
writes plans (an LLM or agent's schedules, programs, robot tasks) and whose output
reaches the plant through services, gateways and controllers moves real things. The
threat here is not who may send the command (the plant-command and control-network
findings) but what the command may be: nothing below the model holds the equipment
within safe limits when the model is wrong, poisoned or swapped.
"""

from __future__ import annotations

import re

import threatgraph.controls as c
from threatgraph.elements import LLM, Actor, Agent, Device, Element, Model
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    Answer,
    answer_along,
    llms_of,
    names,
    plant_equipment,
    reasoner_of,
)
from threatgraph.rules.views import ElementView
from threatgraph.vocab import Phase, Task

_SETTERS = (Task.REGRESSOR, Task.GENERATIVE)
"""Model tasks whose output is a quantity or a plan: what a setpoint or a program is
made of. A detector's or classifier's output is a finding about what it saw (the
evasion and silent-failure findings are about those)."""

_MOVERS = re.compile(
    r"\b(?:plcs?|controllers?|rtus?|actuators?|drives?|inverters?|pumps?|valves?|bms"
    r"|building management|robots?|arms?|fans?|heaters?|chillers?|compressors?|blowers?"
    r"|feeders?|conveyors?|dosers?|dosing|motors?|dampers?|boilers?|burners?|cnc)\b",
    re.IGNORECASE,
)
"""Words by which a device says it moves a physical process."""

_NOT_PLANT = re.compile(
    r"\b(?:locks?|doors?|kiosks?|cameras?|readers?|scanners?|turnstiles?|tablets?|phones?"
    r"|displays?|screens?|signs?)\b",
    re.IGNORECASE,
)
"""Words by which equipment says it admits people or shows things: who may open a door
is an access question, not a process limit."""

_REACH = 5
"""Flows followed from the model: model, service, gateway, controller, actuator."""


def _moves_plant(g: Facts, e: Element) -> bool:
    """``e`` is equipment that moves a physical process: plant equipment declared as a
    service (a PLC, a controller), or a device named for what it drives (actuators,
    pumps, a robot)."""
    if _NOT_PLANT.search(e.name):
        return False
    return plant_equipment(g, e) or (isinstance(e, Device) and bool(_MOVERS.search(e.name)))


def _stops_output(g: Facts, model: Element, y: Element) -> bool:
    """The model's output goes no further through ``y``: a person decides what to do
    with it, or another model or agent answers with its own output."""
    if isinstance(y, (Actor, Model)):
        return True
    return isinstance(y, Agent) and model not in llms_of(g, y)


def actuation(
    g: Facts, model: Element
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The equipment the model's output moves with no person in between, the components
    and the flows on the way (five flows at most, following the output as it is passed
    on); None when it moves none."""
    s = g.system
    seen = {model.id}
    frontier: list[tuple[str, Answer | None, tuple[str, ...], tuple[str, ...]]] = [
        (model.id, None, (), ())
    ]
    equipment: dict[str, None] = {}
    nodes: dict[str, None] = {}
    flows: dict[str, None] = {}
    for _ in range(_REACH):
        nxt: list[tuple[str, Answer | None, tuple[str, ...], tuple[str, ...]]] = []
        for node, got, way, hops in frontier:
            for f in s._out[node]:
                if f.target in seen:
                    continue
                onward = answer_along(g, model, got, f)
                if onward is None:
                    continue  # a status, a redirect, another model's output
                seen.add(f.target)
                y = g.by_id[f.target]
                if _moves_plant(g, y):
                    equipment[y.id] = None
                    nodes.update(dict.fromkeys(way))
                    flows.update(dict.fromkeys((*hops, f.id)))
                elif not _stops_output(g, model, y):
                    nxt.append((y.id, onward, (*way, y.id), (*hops, f.id)))
        frontier = nxt
    if not equipment:
        return None
    return tuple(equipment), tuple(nodes), tuple(flows)


def _setter(g: Facts, e: Element) -> bool:
    """A model whose output is a quantity or a plan, or an agent. An LLM an agent drives
    is the agent's: the agent's finding covers it."""
    if isinstance(e, Agent):
        return True
    if not isinstance(e, Model) or e.task not in _SETTERS:
        return False
    return not (isinstance(e, LLM) and reasoner_of(g, e) is not None)


@rule(
    "ai/unbounded-actuation",
    threat="cascading_failures",
    title="Nothing below the model holds the equipment it drives within safe limits",
    stride="TD",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Model, Agent),
    atlas=["AML.T0048"],
    owasp=["LLM06:2025", "ASI08:2026"],
    cwe=["CWE-20", "CWE-1426"],
    mitigations=[c.SafetyLimits],
    # a person approving each command catches some bad ones; a controller that checks
    # what it is sent, and watching for unusual commands, catch others
    supporting=[c.HumanInTheLoop, c.InputValidation, c.AnomalyDetection],
    # every model is wrong at times, with no attacker needed: how close attackers are
    # does not change how likely a bad command is
    likelihood="possible",
    impact="moderate",
    accidental=True,
    cia="IA",
    placement=("element", "outbound"),
)
def unbounded_actuation(view: ElementView) -> Match | None:
    """A model sets quantities (a regressor's setpoints, dose rates, fan speeds, gate
    openings) or an LLM or agent writes plans (schedules, machine programs, robot
    tasks), and its output reaches equipment that moves a physical process (a PLC, a
    controller, actuators, pumps, a robot) through services and gateways, with no
    person deciding in between. The model will at times be wrong (drift, a bad
    retraining, an input it never saw), and it can be poisoned, swapped or steered;
    the software on the way can be compromised. Unless the equipment, or a safety
    system beside it, enforces limits of its own (allowed ranges and rates of change,
    interlocks, a safe state when commands stop or make no sense), whatever the model
    sends is carried out: overdosing, flooding, overheating, a machine driven past its
    limits. Safety limits declared on the equipment, the components or the flows on
    the way answer it; a person approving each command, a controller checking what it
    is sent and watching for unusual commands lower it. Detectors and classifiers are
    left out: what they send is a finding about what they saw. Equipment that admits
    people (locks, doors, kiosks, turnstiles) or shows things is left out: who may open
    a door is an access question. An LLM an agent drives is covered by the agent's
    finding."""
    e = view.element
    g = view.g
    if not _setter(g, e):
        return None
    found = actuation(g, e)
    if found is None:
        return None
    equipment, nodes, flows = found
    s = view.system
    people = _deciders(g, (e.id, *nodes))
    via = f" through {names(nodes, s)}" if nodes else ""
    what = "writes plans for" if isinstance(e, (Agent, LLM)) else "sets"
    seen = (
        f", where {names(people, s)} {'sees' if len(people) == 1 else 'see'} it first"
        if people
        else ""
    )
    sites = (e.id, *nodes, *equipment, *flows)
    approved = bool(people) and not (
        any(g.by_id[x].has(c.HumanInTheLoop) for x in (e.id, *nodes, *equipment))
        or any(s.flow(x).has(c.HumanInTheLoop) for x in flows)
    )
    return Match(
        f"{view.described} {what} {names(equipment, s)}{via}{seen}, and nothing declared "
        "below it holds the equipment within safe limits (ranges, rates of change, "
        "interlocks, a safe state when commands stop); a wrong, poisoned or swapped model, "
        "or a compromised service on the way, is carried out as sent"
        f"{' unless the person catches it' if people else ''}.",
        affected=(*equipment, *flows),
        control_sites=sites,
        likelihood_delta=-1 if approved else 0,
    )


def _deciders(g: Facts, way: tuple[str, ...]) -> list[str]:
    """The people the output is shown to on its way who answer into it (an operator who
    approves, edits or decides at a console): they may catch a bad command."""
    s = g.system
    on_way = set(way)
    out: dict[str, None] = {}
    for node in way:
        for f in s._out[node]:
            a = g.by_id[f.target]
            if isinstance(a, Actor) and a.human and any(x.target in on_way for x in s._out[a.id]):
                out[a.id] = None
    return list(out)
