"""``stride/unauthenticated-plant-command``: software commands plant equipment inside
one zone over a plant protocol in the mode that checks no sender (Modbus, DNP3 without
Secure Authentication, BACnet/IP, PROFINET, OPC UA with no security mode). Reviewers of
fourteen designs named the forged Modbus, PROFINET or BACnet command as missing: pumps,
fans, gates, air jets and conveyors driven by anything on the control network."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/unauthenticated-plant-command"
SETPOINTS = tg.Data("Pump setpoints", kind="records")


def _plant(
    *,
    protocol: str = "modbus",
    plc: str = "device",
    flow_controls: frozenset[c.Control] = frozenset(),
    plc_controls: frozenset[c.Control] = frozenset(),
    data: tg.Data = SETPOINTS,
    crossing: bool = False,
    control_room: str = "restricted",
) -> tg.ThreatModel:
    """A SCADA server commands a pump PLC; ``plc`` says how the PLC is declared (a
    device, or a service that speaks only Modbus), ``crossing`` puts the SCADA server
    in another zone."""
    tm = tg.ThreatModel("plant")
    with tm.boundary("Control room", trust=control_room):
        scada_elsewhere = tm.add(tg.Service("Remote SCADA")) if crossing else None
    with tm.boundary("Pump station network", trust="restricted"):
        scada = scada_elsewhere or tm.add(tg.Service("SCADA server"))
        target: tg.Element = tm.add(
            tg.Device("Pump PLC", fleet=False, controls=set(plc_controls))
            if plc == "device"
            else tg.Service("Pump PLC", controls=set(plc_controls))
        )
        sensors = tm.add(tg.Device("Level sensors"))
    tm.flow(scada, target, data, protocol=protocol, controls=set(flow_controls))
    tm.flow(target, scada, tg.Data("Pump status", kind="records"), protocol=protocol)
    tm.flow(sensors, scada, tg.Data("Wet well levels", kind="records"), protocol="modbus")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_modbus_command_in_one_zone_is_raised_on_the_command_flow() -> None:
    (f,) = _found(_plant())
    assert f.is_open
    assert f.target.ids == ("scada-server->pump-plc",)
    assert f.explanation == (
        "SCADA server commands Pump PLC over Modbus, which checks no sender (declare "
        "modbus+tls where it runs in its secure mode); anything else that gets onto that "
        "network (Pump station network) can send the same commands and move the "
        "equipment directly, bypassing it and every check it makes."
    )
    # the PLC's status reply is on the same link (one secure mode protects both ways);
    # the sensors' readings are reports, not commands
    assert [a.ids for a in f.affected] == [("pump-plc->scada-server",)]


@pytest.mark.parametrize("protocol", ["dnp3", "bacnet", "profinet", "opc-ua"])
def test_every_plant_protocol_that_checks_no_sender_counts(protocol: str) -> None:
    assert len(_found(_plant(protocol=protocol))) == 1


@pytest.mark.parametrize("protocol", ["modbus+tls", "opc-ua+sign-encrypt", "gige-vision"])
def test_secure_modes_and_camera_streams_are_left_alone(protocol: str) -> None:
    assert _found(_plant(protocol=protocol)) == []


@pytest.mark.parametrize(
    ("control", "key"),
    [
        (c.MutualAuthentication(), "mutual_authentication"),
        (c.MessageIntegrity(note="DNP3 Secure Authentication"), "message_integrity"),
    ],
)
def test_a_sender_check_on_the_command_answers_it(control: c.Control, key: str) -> None:
    (f,) = _found(_plant(flow_controls=frozenset({control})))
    assert not f.is_open
    assert f.controls_present == (key,)


def test_a_sender_check_declared_on_the_equipment_answers_it() -> None:
    (f,) = _found(_plant(plc_controls=frozenset({c.MutualAuthentication()})))
    assert not f.is_open


def test_bounds_the_equipment_enforces_only_lower_it() -> None:
    (f,) = _found(_plant(plc_controls=frozenset({c.InputValidation(note="range limits")})))
    assert f.is_open
    assert f.controls_present == ("input_validation",)
    assert "mutual_authentication" in f.controls_missing


def test_a_plc_declared_as_a_service_counts_when_it_speaks_only_plant_protocols() -> None:
    assert len(_found(_plant(plc="service"))) == 1
    tm = _plant(plc="service")
    tm.flow("pump-plc", "scada-server", tg.Data("Web page", kind="documents"), protocol="https")
    assert _found(tm) == []  # a web server with a Modbus client is no PLC


def test_a_command_from_a_less_trusted_zone_is_left_to_the_crossing_findings() -> None:
    # the control-network-write finding names the writer outside; the cleartext one the link
    report = _plant(crossing=True, control_room="internal").analyze()
    assert list(report.for_rule(RULE)) == []
    assert list(report.for_rule("stride/control-network-write"))
    assert list(report.for_rule("stride/unencrypted-boundary-crossing"))


def test_a_command_between_zones_of_equal_trust_is_raised_in_place_of_the_cleartext_one() -> None:
    """Set 74's tunnel reviewer rated the cleartext finding on Modbus commands between a
    control centre and a field network (both internal) too low: fans and lane signals
    move. Reviewers of four tracked designs had kept such cleartext findings while
    saying the real ask is authenticating the commands, not hiding them. The command
    link, with the equipment's status replies on it, is the plant-command finding's."""
    report = _plant(crossing=True).analyze()
    (f,) = report.for_rule(RULE)
    assert f.target.ids == ("remote-scada->pump-plc",)
    assert [a.ids for a in f.affected] == [("pump-plc->remote-scada",)]
    link = {"remote-scada->pump-plc", "pump-plc->remote-scada"}
    for c_ in report.for_rule("stride/unencrypted-boundary-crossing"):
        # the level sensors' readings still cross in cleartext: not the command link
        assert link.isdisjoint({*c_.target.ids, *(i for a in c_.affected for i in a.ids)})


def test_logs_sent_to_a_device_are_not_commands() -> None:
    assert _found(_plant(data=tg.Data("Event log", kind="logs"))) == []


def test_commands_in_one_zone_are_one_finding() -> None:
    tm = _plant()
    fans = tm.add(tg.Device("Fan drives", fleet=False), boundary="pump-station-network")
    tm.flow("scada-server", fans, tg.Data("Fan speeds", kind="records"), protocol="profinet")
    (f,) = _found(tm)
    assert f.target.ids == ("scada-server->fan-drives",)
    assert [a.ids for a in f.affected] == [
        ("pump-plc->scada-server",),
        ("scada-server->pump-plc",),
    ]
    assert f.explanation.startswith(
        "SCADA server commands Fan drives and Pump PLC over Modbus and PROFINET, which "
        "check no sender"
    )


def test_a_plc_wired_to_its_pumps_is_still_a_plc() -> None:
    """Set 70's pool reviewer named the dosing service's unauthenticated Modbus writes
    to the plant controller as missing: the controller, declared as a service, drives
    its pumps over a 4-20 mA signal that names no protocol, which says nothing against
    it being a PLC."""
    tm = _plant(plc="service")
    pumps = tm.add(tg.Device("Dosing pumps", fleet=False), boundary="pump-station-network")
    tm.flow("pump-plc", pumps, tg.Data("Pump signal", kind="records"), label="4-20 mA")
    (f,) = _found(tm)
    assert f.target.ids == ("scada-server->pump-plc",)
