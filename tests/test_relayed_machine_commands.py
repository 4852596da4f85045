"""Machines commanded through a bridge box on a club network.

A set-227 reviewer named, as the biggest missing threat of a tennis club's design, the
ball machines' local HTTP drill API on the clubhouse Wi-Fi: anyone on that network can
start or change a drill. Two things kept ``stride/unauthenticated-plant-command`` from
seeing it: a machine (a ball machine) was not counted as equipment that moves, and the
commands reach the machines from a bridge box, a device, which was taken to report
rather than command. A device that passes on what software of ours commands is a
commander; one that only sends its own readings is not.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/unauthenticated-plant-command"
DRILL = tg.Data("Drill program", kind="records")
STATUS = tg.Data("Machine status", kind="records")


def _club(*, relayed: bool = True, target: str = "Ball machines") -> tg.ThreatModel:
    """A control service sends drill programs to a bridge box on the clubhouse Wi-Fi,
    which sends them on (or, without ``relayed``, sends only its own status) to the
    machines over plain HTTP."""
    tm = tg.ThreatModel("Tennis club")
    with tm.boundary("Club cloud", trust="internal"):
        service = tm.add(tg.Service("Ball machine control service"))
    with tm.boundary("Clubhouse Wi-Fi", trust="internal"):
        bridge = tm.add(tg.Device("Ball machine bridge"))
        machines = tm.add(tg.Device(target))
    tm.flow(service, bridge, DRILL, protocol="wss")
    tm.flow(bridge, machines, DRILL if relayed else STATUS, protocol="http")
    tm.flow(machines, bridge, STATUS, protocol="http")
    return tm


def test_a_bridge_passing_on_drill_programs_commands_the_machines() -> None:
    (f,) = _club().analyze().for_rule(RULE)
    assert f.target.key == "flow:ball-machine-bridge->ball-machines"
    assert "Clubhouse Wi-Fi" in f.explanation
    assert "flow:ball-machines->ball-machine-bridge" in {a.key for a in f.affected}


def test_a_device_sending_only_its_own_data_does_not_command() -> None:
    assert _club(relayed=False).analyze().for_rule(RULE) == []


def test_what_does_not_move_is_left_out_whatever_passes_it_on() -> None:
    assert _club(target="Scoreboard display").analyze().for_rule(RULE) == []
