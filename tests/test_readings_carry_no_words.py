"""Readings from a device nobody types into carry no instructions.

A set-217 reviewer struck ``ai/indirect-prompt-injection`` on a petting farm's booking
agent: the smart soap dispensers (not named as sensors) report press counts, declared
as usage readings, through their vendor's cloud, and there is no text in a count to
hide instructions in. Forged or missing readings are a finding of their own.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/indirect-prompt-injection"


def _farm(
    *, reading_name: str, typed: bool = False, device: str = "Smart soap dispensers"
) -> tg.ThreatModel:
    tm = tg.ThreatModel("Farm")
    counts = tg.Data(reading_name, kind="records", sensitivity="internal")
    with tm.boundary("Visitor areas", trust="untrusted"):
        dispensers = tm.add(tg.Device(device, fleet=True))
        if typed:
            keeper = tm.add(tg.Actor("Keeper"))
    with tm.boundary("Vendor", trust="partner"):
        cloud = tm.add(tg.ExternalService("Dispenser vendor cloud"))
    with tm.boundary("Farm cloud", trust="internal"):
        agent = tm.add(tg.Agent("Check planning agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Dispenser usage tool", capabilities={"read", "network-egress"}))
        schedule = tm.add(tg.Tool("Farm schedule tool", capabilities={"write"}))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    if typed:
        tm.flow(keeper, dispensers, tg.Data("Refill note", kind="records"))
    tm.flow(dispensers, cloud, counts, protocol="mqtts")
    tm.flow(agent, tool, tg.Data("Usage query", kind="tool-call"))
    tm.flow(tool, cloud, tg.Data("Usage query", kind="tool-call"), protocol="https")
    tm.flow(cloud, tool, counts, protocol="https")
    tm.flow(tool, agent, tg.Data("Usage result", kind="tool-result"))
    tm.flow(agent, schedule, tg.Data("Schedule change", kind="tool-call"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    return tm


def _injection(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_usage_readings_from_a_device_carry_no_instructions() -> None:
    assert _injection(_farm(reading_name="Soap dispenser usage readings")) == []


def test_data_not_named_as_readings_still_counts() -> None:
    (f,) = _injection(_farm(reading_name="Dispenser status"))
    assert "Smart soap dispensers" in f.explanation


def test_a_device_a_person_writes_through_still_counts() -> None:
    (f,) = _injection(_farm(reading_name="Soap dispenser usage readings", typed=True))
    assert "Smart soap dispensers" in f.explanation or "Keeper" in f.explanation


def test_a_device_named_for_people_to_type_into_still_counts() -> None:
    (f,) = _injection(_farm(reading_name="Usage readings", device="Keeper handheld app"))
    assert "Keeper handheld app" in f.explanation
