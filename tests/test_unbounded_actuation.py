"""``ai/unbounded-actuation``: a model that sets quantities, or an LLM or agent that writes
plans, drives equipment that moves a physical process, and nothing declared below it
holds the equipment within safe limits. Held-out reviewers named this as missing on
more than twenty tracked designs (dosing pumps, climate actuators, canal gates, robots,
inverters): "no independent safety envelope on the model's setpoints"."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/unbounded-actuation"
FORECAST = tg.Data("Chlorine demand forecast", kind="model-output")
SETPOINTS = tg.Data("Dose setpoints", kind="records")


def _dosing(
    *,
    task: str = "regressor",
    pumps: str = "Dosing pumps",
    pump_controls: frozenset[c.Control] = frozenset(),
    flow_controls: frozenset[c.Control] = frozenset(),
    service_controls: frozenset[c.Control] = frozenset(),
    operator: str = "",
) -> tg.ThreatModel:
    """A model's forecast goes to a dosing service that writes setpoints to the pumps;
    with ``operator`` the service shows the forecast to an operator, who only ``reads``
    it or ``answers`` into the service."""
    tm = tg.ThreatModel("pool")
    with tm.boundary("Plant room", trust="restricted"):
        model = tm.add(tg.Model("Chlorine demand model", task=task))
        service = tm.add(tg.Service("Dosing service", controls=set(service_controls)))
        probes = tm.add(tg.Device("Water probes"))
        target = tm.add(tg.Device(pumps, fleet=False, controls=set(pump_controls)))
    tm.flow(probes, service, tg.Data("Chlorine readings", kind="records"))
    tm.flow(service, model, tg.Data("Features", kind="features"))
    tm.flow(model, service, FORECAST)
    tm.flow(service, target, SETPOINTS, controls=set(flow_controls))
    if operator:
        person = tm.add(tg.Actor("Plant operator"))
        tm.flow(service, person, FORECAST)
        if operator == "answers":
            tm.flow(person, service, tg.Data("Decision", kind="records"))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_regressor_whose_setpoints_reach_pumps_is_raised_on_the_model() -> None:
    (f,) = _found(_dosing())
    assert f.is_open
    assert f.target.ids == ("chlorine-demand-model",)
    assert f.explanation.startswith(
        "Chlorine demand model (Plant room, restricted) sets Dosing pumps through Dosing "
        "service, and nothing declared below it holds the equipment within safe limits"
    )
    assert [a.ids for a in f.affected] == [
        ("dosing-pumps",),
        ("chlorine-demand-model->dosing-service",),
        ("dosing-service->dosing-pumps",),
    ]
    assert f.controls_missing == ("safety_limits",)


@pytest.mark.parametrize("where", ["pumps", "flow"])
def test_safety_limits_on_the_equipment_or_the_command_answer_it(where: str) -> None:
    """Held everywhere, the declared limits are the answer: nothing is raised (set 79's
    reviewers struck the finding where a high-risk profile kept it open beside them)."""
    limits = frozenset({c.SafetyLimits(limits="PLC clamps dose rate")})
    tm = _dosing(pump_controls=limits) if where == "pumps" else _dosing(flow_controls=limits)
    assert _found(tm) == []


def test_a_controller_that_checks_what_it_is_sent_only_lowers_it() -> None:
    (plain,) = _found(_dosing())
    (checked,) = _found(_dosing(pump_controls=frozenset({c.InputValidation()})))
    assert checked.is_open
    assert checked.likelihood < plain.likelihood


def test_a_person_who_sees_the_output_first_is_named_and_lowers_it() -> None:
    (read,) = _found(_dosing(operator="reads"))
    (seen,) = _found(_dosing(operator="answers"))
    assert "sees it first" not in read.explanation  # told, but has no say
    assert "where Plant operator sees it first" in seen.explanation
    assert seen.explanation.endswith("unless the person catches it.")
    assert seen.likelihood < read.likelihood


@pytest.mark.parametrize("task", ["detector", "classifier"])
def test_detectors_and_classifiers_are_left_out(task: str) -> None:
    assert _found(_dosing(task=task)) == []


@pytest.mark.parametrize(
    "name", ["Pool door locks", "Entry turnstile controller", "Entrance barrier controller"]
)
def test_equipment_that_admits_people_is_left_out(name: str) -> None:
    assert _found(_dosing(pumps=name)) == []


def test_a_device_not_named_for_what_it_drives_is_not_equipment() -> None:
    assert _found(_dosing(pumps="Poolside display")) == []


def _planner(*, through_person: bool) -> tg.ThreatModel:
    """An agent's LLM plans robot tasks that a tool sends to the robots, or (with
    ``through_person``) that a person reads and sends on themselves."""
    tm = tg.ThreatModel("lab")
    with tm.boundary("Lab network", trust="internal"):
        agent = tm.add(tg.Agent("Protocol agent"))
        llm = tm.add(tg.LLM("Planner LLM"))
        tool = tm.add(tg.Tool("Run queue tool", capabilities={"write"}))
        robots = tm.add(tg.Device("Lab robots"))
        scientist = tm.add(tg.Actor("Scientist"))
    tm.flow(scientist, agent, tg.Data("Request", kind="prompt"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Plan", kind="model-output"))
    run = tg.Data("Run request", kind="tool-call")
    if through_person:
        tm.flow(agent, scientist, run)
        tm.flow(scientist, robots, run)
    else:
        tm.flow(agent, tool, run)
        tm.flow(tool, robots, run)
    return tm


def test_an_agent_is_raised_and_the_llm_it_drives_is_covered_by_it() -> None:
    (f,) = _found(_planner(through_person=False))
    assert f.target.ids == ("protocol-agent",)
    assert "writes plans for Lab robots through Run queue tool" in f.explanation


def test_output_a_person_carries_on_themselves_is_theirs() -> None:
    assert _found(_planner(through_person=True)) == []


def test_a_plc_declared_as_a_service_counts_by_its_name_and_protocol() -> None:
    tm = tg.ThreatModel("canal")
    with tm.boundary("District cloud", trust="internal"):
        model = tm.add(tg.Model("Demand model", task="regressor"))
        scheduler = tm.add(tg.Service("Gate scheduler"))
    with tm.boundary("SCADA network", trust="restricted"):
        rtus = tm.add(tg.Service("Canal gate RTUs"))
    tm.flow(model, scheduler, tg.Data("Demand forecast", kind="model-output"))
    tm.flow(scheduler, rtus, tg.Data("Gate openings", kind="records"), protocol="dnp3")
    (f,) = _found(tm)
    assert f.target.ids == ("demand-model",)
    assert "sets Canal gate RTUs through Gate scheduler" in f.explanation


def _oven(
    *,
    controller_controls: frozenset[c.Control] = frozenset(),
    burner_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    """A bake profile model's settings reach the oven's controller, which drives the
    burners and the conveyor drive (set 78's bakery)."""
    tm = tg.ThreatModel("bakery")
    with tm.boundary("Plant network", trust="restricted"):
        model = tm.add(tg.Model("Bake profile model", task="regressor", high_stakes=True))
        service = tm.add(tg.Service("Bake line service"))
        plc = tm.add(tg.Device("Oven controller", fleet=False, controls=set(controller_controls)))
        burners = tm.add(tg.Device("Oven burners", fleet=False, controls=set(burner_controls)))
        drive = tm.add(tg.Device("Conveyor drive", fleet=False))
    # the profile is confidential, the setpoints internal: renamed and less sensitive
    # at each hop, the command is still followed
    tm.flow(
        model, service, tg.Data("Bake profile", kind="model-output", sensitivity="confidential")
    )
    setpoints = tg.Data("Setpoints", kind="records", sensitivity="internal")
    tm.flow(service, plc, setpoints, protocol="opc-ua")
    tm.flow(plc, burners, setpoints)
    tm.flow(plc, drive, setpoints, protocol="profinet")
    tm.flow(plc, service, tg.Data("Oven status", kind="logs"), protocol="opc-ua")
    return tm


LIMITS = frozenset({c.SafetyLimits(limits="independent over-temperature trip")})


def test_limits_on_the_controller_hold_everything_it_drives() -> None:
    assert _found(_oven(controller_controls=LIMITS)) == []


def test_limits_on_one_actuator_leave_the_others_open_and_lower_it() -> None:
    (plain,) = _found(_oven())
    (some,) = _found(_oven(burner_controls=LIMITS))
    assert some.is_open
    assert (
        "; safety limits are declared at Oven burners, but nothing declared holds Conveyor "
        "drive within safe limits"
    ) in some.explanation
    assert some.controls_missing == ("safety_limits",)
    assert some.likelihood < plain.likelihood


def test_a_flow_that_carries_only_logs_passes_no_command() -> None:
    tm = tg.ThreatModel("logs")
    with tm.boundary("Plant", trust="restricted"):
        model = tm.add(tg.Model("Demand model", task="regressor"))
        collector = tm.add(tg.Service("Log collector"))
        pumps = tm.add(tg.Device("Pumps", fleet=False))
    tm.flow(model, collector, tg.Data("Inference logs", kind="logs"))
    tm.flow(collector, pumps, tg.Data("Log level", kind="logs"))
    assert _found(tm) == []


def test_a_device_a_controller_drives_counts_whatever_it_is_called() -> None:
    """Set 79's laundry declared its dryers' high-limit thermostat on "Gas tumble
    dryers", wired to the dryer controllers: driven by equipment, they are equipment,
    and their limits count."""
    tm = tg.ThreatModel("laundry")
    with tm.boundary("Plant floor", trust="internal"):
        model = tm.add(tg.Model("Moisture model", task="regressor"))
        optimizer = tm.add(tg.Service("Drying optimizer"))
        controllers = tm.add(tg.Device("Dryer controllers", fleet=False))
        dryers = tm.add(tg.Device("Gas tumble dryers", controls=set(LIMITS)))
    tm.flow(model, optimizer, tg.Data("Moisture estimate", kind="model-output"))
    setpoints = tg.Data("Setpoints", kind="records")
    tm.flow(optimizer, controllers, setpoints, protocol="modbus")
    tm.flow(controllers, dryers, setpoints, label="wired I/O")
    assert _found(tm) == []
    # and without them, the dryers are what the finding says nothing holds
    tm2 = tg.ThreatModel("laundry")
    with tm2.boundary("Plant floor", trust="internal"):
        model2 = tm2.add(tg.Model("Moisture model", task="regressor"))
        controllers2 = tm2.add(tg.Device("Dryer controllers", fleet=False))
        dryers2 = tm2.add(tg.Device("Gas tumble dryers"))
        fans = tm2.add(tg.Device("Exhaust fans", controls=set(LIMITS)))
    tm2.flow(model2, controllers2, tg.Data("Dryer settings", kind="model-output"))
    tm2.flow(controllers2, dryers2, setpoints, label="wired I/O")
    tm2.flow(controllers2, fans, setpoints, label="wired I/O")
    (f,) = _found(tm2)
    assert "but nothing declared holds Gas tumble dryers within safe limits" in f.explanation


def test_a_service_on_the_way_that_clamps_setpoints_is_named_and_only_lowers_it() -> None:
    """Set 265's mushroom farm: the control service clamps every setpoint to the
    grower's limits (declared as policy enforcement). The reviewer struck the finding
    that said no limits were declared. The clamp bounds a wrong model, not a compromised
    service on the way: the finding names it and stays, lowered."""
    clamp = c.PolicyEnforcement(rules="clamps each dose setpoint to the operator's limits")
    (bare,) = _found(_dosing())
    (f,) = _found(_dosing(service_controls=frozenset({clamp})))
    assert f.is_open
    assert "Dosing service enforces rules on what passes" in f.explanation
    assert "nothing declared below it holds" not in f.explanation
    assert "a wrong value within what the rules allow" in f.explanation
    assert f.controls_missing == ("safety_limits",)
    assert f.score < bare.score
