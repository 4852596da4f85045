"""Changes taken from reviewers' verdicts on held-out sets 209 and later, made in the
session of 2026-12-05 (twenty-fourth)."""

from __future__ import annotations

import threatgraph as tg

CLEARTEXT = "stride/unencrypted-boundary-crossing"
CONTROL_WRITE = "stride/control-network-write"


def _bathhouse(*, telemetry: bool) -> tg.ThreatModel:
    """A setpoint optimiser on the site server writes mixing-valve setpoints into the
    plant network's PLC over plain Modbus; with ``telemetry``, a data collector beside
    the optimiser also polls the PLC's telemetry over the same protocol."""
    tm = tg.ThreatModel("bathhouse", profile="high")
    with tm.boundary("Site server", trust="internal"):
        optimiser = tm.add(tg.Service("Mixing setpoint optimiser"))
        collector = tm.add(tg.Service("Data collector"))
    with tm.boundary("Plant network", trust="restricted"):
        plc = tm.add(
            tg.Service(
                "Mixing valve PLC",
                description="Controls the motorised mixing valve of each pool's inlet.",
            )
        )
    tm.flow(optimiser, plc, tg.Data("Mixing valve setpoints", kind="records"), protocol="modbus")
    if telemetry:
        tm.flow(plc, collector, tg.Data("Plant telemetry", kind="records"), protocol="modbus")
    return tm


def test_a_plant_link_cleartext_finding_sits_on_the_telemetry_not_on_the_write() -> None:
    """Set 210's bathhouse (struck as a duplicate): the cleartext finding sat on the
    setpoint write, whose threat the control-network finding already raises with the
    same fix (the protocol's secure mode). The telemetry the collector polls over the
    same protocol between the same zones is what is left: the finding goes there."""
    tm = _bathhouse(telemetry=True)
    system = tm.freeze()
    report = system.analyze()
    write = next(f for f in system.flows() if f.target.endswith("plc"))
    poll = next(f for f in system.flows() if f.source.endswith("plc"))
    assert [f.target.ids for f in report.for_rule(CONTROL_WRITE)] == [
        (system.flow(write.id).target,)
    ]
    cleartext = report.for_rule(CLEARTEXT)
    assert [f.target.ids for f in cleartext] == [(poll.id,)]
    assert all(write.id not in [i for a in f.affected for i in a.ids] for f in cleartext)


def test_a_lone_write_into_the_control_network_is_left_to_that_finding() -> None:
    """With no other flow over the protocol between the two zones, the write alone is
    the control-network finding's, as before."""
    report = _bathhouse(telemetry=False).analyze()
    assert report.for_rule(CONTROL_WRITE)
    assert not report.for_rule(CLEARTEXT)
