"""Changes taken from held-out sets 106 and 107's verdicts (``v2-round124-fresh106``,
``v2-round125-fresh107``).

Set 107's e-bike reviewer struck bias testing on a battery thermal-runaway model ("it
judges battery cells, not people"), though the telemetry it reads carries the rider's
position; tracked reviews had struck it the same way on a battery-health model and on
two plate matchers. A model named for the object it judges decides about no one."""

from __future__ import annotations

import threatgraph as tg

RULE = "profile/high/fairness"


def _fleet(model: str) -> tg.ThreatModel:
    """Bikes send telemetry with their position to a fleet service, which asks a
    high-stakes detector named ``model`` and locks flagged bikes."""
    tm = tg.ThreatModel("fleet", profile="high")
    telemetry = tg.Data("Battery telemetry and GPS", kind="records", sensitivity="pii")
    with tm.boundary("Street", trust="untrusted"):
        bike = tm.add(tg.Device("E-bike", fleet=True))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Fleet control service"))
        m = tm.add(tg.Model(model, task="detector", high_stakes=True))
    tm.flow(bike, svc, telemetry, protocol="mqtts")
    tm.flow(svc, m, telemetry)
    tm.flow(m, svc, tg.Data("Risk flag", kind="model-output"))
    tm.flow(svc, bike, tg.Data("Lock command", kind="instructions"), protocol="mqtts")
    return tm


def _raised(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_a_model_named_for_the_battery_it_judges_decides_about_no_one() -> None:
    assert _raised(_fleet("Battery thermal-runaway model")) == []


def test_a_model_named_for_nothing_or_for_people_still_raises_it() -> None:
    assert _raised(_fleet("Risk model")) != []
    assert _raised(_fleet("Driver and battery risk model")) != []


def test_models_named_for_weather_equipment_or_routes_decide_about_no_one() -> None:
    """Set 111's reviewers struck bias testing on an air ambulance's go/no-go weather
    model ("it scores routes, not people") and on a vaccine store's compressor failure
    model; tracked reviewers had on a route planner, a crop classifier and a sponge and
    instrument counter."""
    for name in ("Go/no-go weather model", "Compressor failure model", "Route planning model"):
        assert _raised(_fleet(name)) == [], name
