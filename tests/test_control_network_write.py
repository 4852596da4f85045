"""``stride/control-network-write``: software outside a control network writes into it.

Taken from the "important threats missing" lists recorded on the fresh sets
(``benchmarks/quality/reviews``): reviewers of a distribution switching agent, a
district-heating optimiser, a blade-inspection planner, a greenhouse climate system,
two wind farms and a mine's ventilation model named, in their own words, the write
path from the corporate network or the cloud into the plant network (setpoints,
switching orders, curtailment schedules, model files). Each test pins the design and
a variant on which the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding, Status

RULE = "stride/control-network-write"


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _heating(
    *,
    write: bool = True,
    protocol: str = "opc-ua",
    plant_trust: str = "restricted",
    second_writer: str | None = None,
    confirmed: bool = False,
) -> tg.ThreatModel:
    """An optimiser on the corporate network sends supply-temperature setpoints to the
    plant SCADA, which runs the pumps over Modbus. ``write``: False when the optimiser
    only reads the plant's telemetry. ``second_writer``: the protocol of a model
    registry that also pushes a model file into the plant network's forecast model."""
    tm = tg.ThreatModel("district heating")
    setpoints = tg.Data("Supply temperature setpoints", kind="records")
    telemetry = tg.Data("Plant telemetry", kind="records")
    with tm.boundary("Corporate IT", trust="internal"):
        optimiser = tm.add(tg.Service("Supply temperature optimiser"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
    with tm.boundary("Plant network", trust=plant_trust):
        controls = [tg.controls.HumanInTheLoop()] if confirmed else []
        scada = tm.add(tg.Service("Plant SCADA", controls=controls))
        pumps = tm.add(tg.Device("Pump PLCs"))
        forecast = tm.add(tg.Model("Load forecast model", task="regressor"))
    tm.flow(scada, pumps, setpoints, protocol="modbus")
    tm.flow(scada, optimiser, telemetry, protocol=protocol)
    if write:
        tm.flow(optimiser, scada, setpoints, protocol=protocol)
    if second_writer is not None:
        artifact = tg.Data("Forecast model file", kind="model-artifact")
        tm.flow(registry, forecast, artifact, protocol=second_writer)
        tm.flow(forecast, scada, tg.Data("Load forecast", kind="model-output"))
    return tm


def test_setpoints_written_from_the_corporate_network() -> None:
    (f,) = _found(_heating())
    assert f.status is Status.OPEN
    assert f.target.ids == ("plant-scada",)
    assert "Supply temperature setpoints" in f.explanation
    assert "Supply temperature optimiser" in f.explanation
    assert "mutual_authentication" in f.controls_missing


def test_an_optimiser_that_only_reads_writes_nothing_in() -> None:
    assert _found(_heating(write=False)) == []


def test_a_zone_of_the_same_trust_is_one_network() -> None:
    """Plant and corporate zones of the same trust: no control network stands apart."""
    assert _found(_heating(plant_trust="internal")) == []


def test_an_authenticated_writer_mitigates_it() -> None:
    (f,) = _found(_heating(protocol="opc-ua+sign-encrypt"))
    assert f.status is Status.MITIGATED


def test_an_operator_confirming_what_arrives_only_lowers_it() -> None:
    (plain,) = _found(_heating())
    (confirmed,) = _found(_heating(confirmed=True))
    assert confirmed.status is Status.OPEN
    assert "human_in_the_loop" in confirmed.controls_present
    assert confirmed.likelihood < plain.likelihood


def test_writes_into_one_control_network_are_one_finding() -> None:
    """A model file pushed into the same plant network is named in the same finding."""
    (f,) = _found(_heating(second_writer="https"))
    assert "Model registry" in f.explanation
    assert "Load forecast model" in f.explanation


def test_an_authenticated_writer_is_not_the_gap_beside_one_that_is_not() -> None:
    """The registry pushes over mutual TLS, the optimiser over plain OPC UA: the finding
    names the unauthenticated write and stays open."""
    (f,) = _found(_heating(second_writer="mtls"))
    assert f.status is Status.OPEN
    assert "Model registry" not in f.explanation
