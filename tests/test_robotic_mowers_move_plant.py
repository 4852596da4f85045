"""A robotic mower is equipment that moves: commands to it over plain HTTP are raised.

A set-221 reviewer named as the most important threat missing that a bowls club's
robotic mower takes its boundary map, mowing times and cutting height from an
agent's tool over plain HTTP on the club Wi-Fi, which members and visiting teams
know the password of, with no sender checked: anyone on that network can command it.
``stride/unauthenticated-plant-command`` raises exactly that for robots, pumps and
drives; the mower was not recognised as one because its name says "robotic" and
"mower", not "robot".
"""

from __future__ import annotations

import pytest

import threatgraph as tg

PLANT = "stride/unauthenticated-plant-command"


def _green(name: str, protocol: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("Bowls club")
    settings = tg.Data("Mowing settings", kind="records")
    status = tg.Data("Mower status", kind="records")
    with tm.boundary("Clubhouse network", trust="internal"):
        agent = tm.add(tg.Agent("Mowing planner"))
        tool = tm.add(tg.Tool("Mower command tool", capabilities={"write"}))
        mower = tm.add(tg.Device(name, fleet=False))
    tm.flow(agent, tool, tg.Data("Mowing plan", kind="tool-call"))
    tm.flow(tool, mower, settings, protocol=protocol)
    tm.flow(mower, tool, status, protocol=protocol)
    return tm


@pytest.mark.parametrize("name", ["Robotic greens mower", "Autonomous lawn mower"])
def test_commands_to_a_robotic_mower_over_plain_http_are_raised(name: str) -> None:
    (f,) = _green(name, "http").analyze().for_rule(PLANT)
    assert f.target.key == "flow:mower-command-tool->" + name.lower().replace(" ", "-")
    assert "plain HTTP" in f.explanation


def test_a_mower_commanded_over_mutual_tls_gives_no_such_finding() -> None:
    assert _green("Robotic greens mower", "mtls").analyze().for_rule(PLANT) == []
