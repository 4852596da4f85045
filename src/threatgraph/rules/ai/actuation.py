"""What a model's output does to physical equipment.

A model that sets quantities (a regressor's setpoints, dose rates, gate openings) or
writes plans (an LLM or agent's schedules, programs, robot tasks) and whose output
reaches the plant through services, gateways and controllers moves real things. The
threat here is not who may send the command (the plant-command and control-network
findings) but what the command may be: nothing below the model holds the equipment
within safe limits when the model is wrong, poisoned or swapped.
"""

from __future__ import annotations

import threatgraph.controls as c
from threatgraph.elements import LLM, Actor, Agent, Element, Flow, Model
from threatgraph.graph import Facts
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import (
    declared_at,
    llms_of,
    moves_plant,
    names,
    reasoner_of,
)
from threatgraph.rules.views import ElementView
from threatgraph.vocab import DataKind, Phase, Task

_SETTERS = (Task.REGRESSOR, Task.GENERATIVE)
"""Model tasks whose output is a quantity or a plan: what a setpoint or a program is
made of. A detector's or classifier's output is a finding about what it saw (the
evasion and silent-failure findings are about those)."""

_REACH = 5
"""Flows followed from the model: model, service, gateway, controller, actuator."""


def _stops_output(g: Facts, model: Element, y: Element) -> bool:
    """The model's output goes no further through ``y``: a person decides what to do
    with it, or another model or agent answers with its own output."""
    if isinstance(y, (Actor, Model)):
        return True
    return isinstance(y, Agent) and model not in llms_of(g, y)


_NOT_COMMANDS = frozenset(
    {
        DataKind.LOGS,
        DataKind.MEDIA,
        DataKind.CREDENTIALS,
        DataKind.MODEL_ARTIFACT,
        DataKind.TRAINING_DATA,
        DataKind.LABELS,
        DataKind.FEEDBACK,
        DataKind.EMBEDDINGS,
    }
)
"""Kinds of data that are no command: a flow carrying only these (logs, camera frames,
a model file, training data) does not pass the model's output on."""


def _carries_command(f: Flow) -> bool:
    """``f`` can carry on what the model decided: it declares no data, or some of what
    it carries is of no kind or of a kind a command can take (records, model output, a
    tool call, code). Renamed at every hop (a forecast, then a plan, then setpoints),
    a command is followed by kind, not by name or sensitivity."""
    return not f.data or any(d.kind is None or d.kind not in _NOT_COMMANDS for d in f.data)


def actuation(g: Facts, model: Element) -> Actuation | None:
    """The equipment the model's output moves with no person in between, found walking
    five flows at most from the model along flows that can carry a command, not
    through a person or another model; None when it moves none. Worked out once per
    model (the fairness requirement asks too). A system with no equipment that moves a
    physical process has nothing to reach: no walk is made."""
    if not _has_plant(g):
        return None
    return g.memo("actuation.walk", model, lambda: _actuation(g, model))


def _has_plant(g: Facts) -> bool:
    """Some element moves a physical process by itself (a PLC, actuators, a robot):
    only from one does a walk find equipment (what it drives comes after it). Worked
    out once per system."""
    return g.memo(
        "actuation.any-plant", "", lambda: any(moves_plant(g, e) for e in g.system.all_elements)
    )


def _actuation(g: Facts, model: Element) -> Actuation | None:
    s = g.system
    seen = {model.id}
    # each step: where it is, the elements and flows from the model to it, and whether
    # it is already below equipment (a controller's burners and drives)
    frontier: list[tuple[str, tuple[str, ...], bool]] = [(model.id, (), False)]
    found = Actuation()
    for _ in range(_REACH):
        nxt: list[tuple[str, tuple[str, ...], bool]] = []
        for node, chain, below in frontier:
            for f in s._out[node]:
                if f.target in seen or not _carries_command(f):
                    continue
                seen.add(f.target)
                y = g.by_id[f.target]
                step = (*chain, f.id, y.id)
                if moves_plant(g, y, driven=below):
                    found.add(y.id, node if below else None, step)
                    nxt.append((y.id, step, True))
                elif not below and not _stops_output(g, model, y):
                    nxt.append((y.id, step, False))
        frontier = nxt
    return found if found.chains else None


class Actuation:
    """What a model's output drives: for each piece of equipment reached, the elements
    and flows from the model to it (its chain), and which equipment drives which (a
    controller its burners and drives)."""

    __slots__ = ("chains", "drives")

    def __init__(self) -> None:
        self.chains: dict[str, tuple[str, ...]] = {}
        self.drives: dict[str, list[str]] = {}

    def add(self, target: str, driver: str | None, chain: tuple[str, ...]) -> None:
        self.chains[target] = chain
        if driver is not None:
            self.drives.setdefault(driver, []).append(target)

    @property
    def first(self) -> list[str]:
        """The equipment the model's output reaches first (driven by no other)."""
        driven = {x for xs in self.drives.values() for x in xs}
        return [x for x in self.chains if x not in driven]

    @property
    def ends(self) -> list[str]:
        """The equipment that drives no other: what finally moves."""
        return [x for x in self.chains if x not in self.drives]

    def sites(self, ends: list[str]) -> tuple[str, ...]:
        """Every element and flow on the chains to ``ends``, once each, in order."""
        return tuple(dict.fromkeys(x for end in ends for x in self.chains[end]))


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
    # a service on the way that clamps what it passes on (policy enforcement) bounds a
    # wrong model, not a compromise of that service
    supporting=[c.HumanInTheLoop, c.InputValidation, c.AnomalyDetection, c.PolicyEnforcement],
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
    controller, actuators, pumps, a robot) through services and gateways, with no person
    deciding in between. The model will at times be wrong (drift, a bad retraining, an
    input it never saw), and it can be poisoned, swapped or steered; the software on the
    way can be compromised. Unless the equipment, or a safety system beside it, enforces
    limits of its own (allowed ranges and rates of change, interlocks, a safe state when
    commands stop or make no sense), whatever the model sends is carried out:
    overdosing, flooding, overheating, a machine driven past its limits. The output is
    followed along flows that can carry a command (not logs, camera frames, model files
    or training data), whatever it is renamed to on the way, and on through the
    equipment it reaches to the equipment that drives in turn (a controller's burners
    and conveyor drive). Safety limits on the way to a piece of equipment, on the
    controller driving it or on itself hold it; when every piece is held, the declared
    limits are the answer and nothing is raised (as an approval covering every result
    answers the unreviewed-passes finding), and when only some are, the finding names
    the others and is one step less likely. A person shown the output on the way who
    answers into it (an operator approving at a console) is named and lowers it, as do a
    controller checking what it is sent and watching for unusual commands, and a service
    on the way that enforces rules on what it passes on (clamping each setpoint to the
    grower's limits): that bounds a wrong model, not a compromise of that service, so it
    is named and only lowers it. Detectors and
    classifiers are left out: what they send is a finding about what they saw. Equipment
    that admits people (locks, doors, barriers, kiosks, turnstiles) or shows things is
    left out: who may open a door is an access question. An LLM an agent drives is
    covered by the agent's finding."""
    e = view.element
    g = view.g
    if not _setter(g, e):
        return None
    found = actuation(g, e)
    if found is None:
        return None
    s = view.system
    first = found.first
    ends = found.ends
    # equipment held within limits somewhere on its chain (on itself, on the controller
    # driving it, on a component or flow on the way) is bounded; when all of it is, the
    # declared limits are the answer, and there is nothing to raise
    open_ends = [x for x in ends if not declared_at(g, found.chains[x], c.SafetyLimits)]
    if not open_ends:
        return None
    on_way = [x for x in found.sites(open_ends) if x in g.by_id and x not in found.chains]
    people = _deciders(g, (e.id, *on_way))
    via = f" through {names(on_way, s)}" if on_way else ""
    what = "writes plans for" if isinstance(e, (Agent, LLM)) else "sets"
    seen = (
        f", where {names(people, s)} {'sees' if len(people) == 1 else 'see'} it first"
        if people
        else ""
    )
    sites = (e.id, *found.sites(open_ends))
    limited = [_place(g, x) for x in found.sites(ends) if declared_at(g, (x,), c.SafetyLimits)]
    approved = bool(people) and not declared_at(g, sites, c.HumanInTheLoop)
    clamps = [x for x in on_way if declared_at(g, (x,), c.PolicyEnforcement)]
    some = (
        f"; safety limits are declared at {names(limited, limit=len(limited))}, but nothing declared holds "
        f"{names(open_ends, s)} within safe limits"
        if limited
        else f"; {names(clamps, s)} {'enforces' if len(clamps) == 1 else 'enforce'} rules on "
        "what passes, in software that a compromise on the way gets around, and nothing "
        "declared in the equipment holds it within safe limits"
        if clamps
        else ", and nothing declared below it holds the equipment within safe limits"
    )
    carried = (
        "a compromised service on the way, or a wrong value within what the rules allow,"
        if clamps and not limited
        else "a wrong, poisoned or swapped model, a forged input, or a compromised service "
        "on the way,"
    )
    return Match(
        f"{view.described} {what} {names(first, s)}{via}{seen}{some} (ranges, rates of "
        f"change, interlocks, a safe state when commands stop); {carried} is carried out as "
        f"sent{' unless the person catches it' if people else ''}.",
        # the equipment and the flows on the way
        affected=tuple(x for x in found.sites(ends) if x not in g.by_id or x in found.chains),
        control_sites=sites,
        # a person who may catch a bad command, limits on some of the equipment: each
        # lowers the odds that a bad command does harm
        likelihood_delta=-(int(approved) + int(bool(limited))),
    )


def _place(g: Facts, place: str) -> str:
    """An element's name, or a flow as ``source → target``."""
    if place in g.by_id:
        return g.by_id[place].name
    f = g.system.flow(place)
    return f"{g.by_id[f.source].name} → {g.by_id[f.target].name}"


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
