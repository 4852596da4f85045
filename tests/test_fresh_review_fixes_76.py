"""Fixes taken from the review of fresh set 76 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round91-fresh76``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

FORGED = "ai/forged-device-readings"


def _still(*, link: str | None) -> tg.ThreatModel:
    """Temperature sensors on a still report to the still house PLC (over ``link``, or
    wired with no protocol named); the PLC passes readings to a service that asks a
    cut-point model."""
    tm = tg.ThreatModel("distillery")
    reading = tg.Data("Still temperatures", kind="records", sensitivity="internal")
    with tm.boundary("Still house", trust="internal"):
        sensors = tm.add(tg.Device("Still sensors"))
        plc = tm.add(tg.Service("Still house PLC"))
        advisor = tm.add(tg.Service("Cut advisory service"))
        model = tm.add(tg.Model("Cut point model", task="regressor", high_stakes=True))
    tm.flow(sensors, plc, reading, protocol=link, label="4-20 mA loop" if link is None else None)
    tm.flow(plc, advisor, reading, protocol="modbus")
    tm.flow(advisor, model, reading)
    tm.flow(model, advisor, tg.Data("Cut points", kind="model-output"))
    return tm


def test_sensors_wired_to_their_plc_are_forged_only_at_the_plant_itself() -> None:
    """Set 76's distillery reviewer struck the forged-readings finding on sensors wired
    to the still house PLC over 4-20 mA loops: device authentication cannot exist on an
    analog loop, and forging it takes the plant itself."""
    findings = list(_still(link=None).analyze().for_rule(FORGED))
    assert all("Still sensors" not in f.explanation for f in findings)


@pytest.mark.parametrize("link", ["modbus", "mqtt"])
def test_sensors_on_a_network_link_to_the_plc_still_count(link: str) -> None:
    (f,) = _still(link=link).analyze().for_rule(FORGED)
    assert "Still sensors" in f.explanation
