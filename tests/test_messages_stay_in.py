"""A messaging tool whose messages all go to our own devices is no way out.

Set 266's snow plough planner: residents' road reports reach an agent whose dispatch
tool sends the approved route plan to the fleet's in-cab tablets. The reviewer struck
``ai/agent-exfiltration`` as wrong: "the dispatch tool only reaches authenticated
council in-cab tablets, so there is no channel for sending data out to an attacker".
A tool that messages an outside gateway still is one.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/agent-exfiltration"


def _planner(*, outside: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("winter", profile="high")
    report = tg.Data("Road report", kind="records", sensitivity="pii")
    plan = tg.Data("Route plan", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        resident = tm.add(tg.Actor("Resident"))
        if outside:
            gateway = tm.add(tg.ExternalService("SMS gateway"))
    with tm.boundary("Fleet", trust="internal"):
        tablets = tm.add(tg.Device("In-cab tablets"))
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Endpoint("Report API", internet_facing=True))
        agent = tm.add(tg.Agent("Route agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Dispatch tool", capabilities={"send-messages"}))
    tm.flow(resident, app, report, protocol="https")
    tm.flow(app, agent, report)
    tm.flow(agent, tool, plan)
    tm.flow(tool, gateway if outside else tablets, plan, protocol="https")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_messages_to_our_own_tablets_are_no_way_out() -> None:
    assert _found(_planner(outside=False)) == []


def test_messages_to_an_outside_gateway_are() -> None:
    (f,) = _found(_planner(outside=True))
    assert "Dispatch tool" in f.explanation
