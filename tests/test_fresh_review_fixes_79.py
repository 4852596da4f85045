"""Fixes taken from the review of fresh set 79 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round94-fresh79``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import threatgraph as tg


def _theatre(*, drives_plant: bool) -> tg.ThreatModel:
    """A high-stakes model reads the surgery list (patients' data) and predicts what
    each theatre needs; a service writes its output to the air-handling controllers
    (``drives_plant``) or to the theatre coordinators' screens."""
    tm = tg.ThreatModel("theatres", profile="high")
    schedule = tg.Data("Surgery list", kind="records", sensitivity="regulated")
    with tm.boundary("Hospital", trust="internal"):
        service = tm.add(tg.Service("Ventilation service"))
        model = tm.add(tg.Model("Theatre model", task="regressor", high_stakes=True))
        coordinator = tm.add(tg.Actor("Theatre coordinator"))
        ahu = tm.add(tg.Device("Air-handling unit controllers", fleet=False))
    tm.flow(service, model, schedule)
    tm.flow(model, service, tg.Data("Air changes", kind="model-output"))
    if drives_plant:
        tm.flow(service, ahu, tg.Data("Setpoints", kind="records"), protocol="bacnet")
    else:
        tm.flow(service, coordinator, tg.Data("Theatre plan", kind="records"))
    return tm


def _fairness(tm: tg.ThreatModel) -> str:
    return {r.id: r for r in tm.analyze().requirements}["profile/high/fairness"].status


def test_a_model_whose_output_drives_plant_equipment_decides_about_no_one() -> None:
    """Set 79's reviewer struck bias testing on a theatre ventilation model (it sets air
    changes for rooms), as earlier reviewers had on a wheelchair robot's navigation,
    a tube sorter, a pharmacy dispensing check and a canal gate forecast: all five were
    struck, none kept."""
    assert _fairness(_theatre(drives_plant=True)) == "not-applicable"


def test_the_same_model_advising_people_still_needs_it() -> None:
    assert _fairness(_theatre(drives_plant=False)) == "unmet"


EVASION = "ai/adversarial-evasion"


def _snowmaking(*, drives_plant: bool) -> tg.ThreatModel:
    """A high-stakes model turns a commercial weather forecast into snow-gun setpoints
    that a scheduler sends to the gun controllers (``drives_plant``), or into a plan
    shown to the snowmakers."""
    tm = tg.ThreatModel("snowmaking", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        weather = tm.add(tg.ExternalService("Weather forecast API"))
    with tm.boundary("Resort cloud", trust="internal"):
        scheduler = tm.add(tg.Service("Snowmaking scheduler"))
        model = tm.add(tg.Model("Snowmaking model", task="regressor", high_stakes=True))
        snowmaker = tm.add(tg.Actor("Snowmaker"))
    with tm.boundary("Hill network", trust="restricted"):
        guns = tm.add(tg.Device("Snow gun controllers", fleet=True))
    tm.flow(weather, scheduler, tg.Data("Forecast", kind="records"), protocol="https")
    tm.flow(scheduler, model, tg.Data("Features", kind="features"))
    tm.flow(model, scheduler, tg.Data("Plan", kind="model-output"))
    if drives_plant:
        tm.flow(scheduler, guns, tg.Data("Setpoints", kind="records"), protocol="modbus")
    else:
        tm.flow(scheduler, snowmaker, tg.Data("Plan view", kind="records"))
    return tm


def test_a_setpoint_model_driving_equipment_is_not_raised_for_evasion() -> None:
    """Set 79's snowmaking reviewer struck evasion on a model nobody submits inputs to,
    as reviewers had on a cable car's gust model, a data centre's cooling model, a canal
    gate forecast, a barn's heat-stress model and a street-lighting model: six struck,
    one kept (a greenhouse, whose reviewer called the wording a poor fit and asked for
    what a tampered forecast does to the actuators, which the actuation finding says)."""
    report = _snowmaking(drives_plant=True).analyze()
    assert list(report.for_rule(EVASION)) == []
    (f,) = report.for_rule("ai/unbounded-actuation")
    assert "a forged input" in f.explanation


def test_the_same_model_advising_people_is_still_raised() -> None:
    assert len(list(_snowmaking(drives_plant=False).analyze().for_rule(EVASION))) == 1
