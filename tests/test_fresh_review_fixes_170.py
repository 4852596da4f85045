"""Changes taken from held-out verdicts, made in the session of 2026-12-05
(nineteenth)."""

from __future__ import annotations

import threatgraph as tg

MEMORY = "ai/agent-memory-poisoning"


def _rota_agent(*, through_tool: bool, memory: bool = False) -> tg.ThreatModel:
    """A rota agent that volunteers message and that reads the swap requests e-mailed
    to the office: it books shifts and reads the rota back when it plans. Either a booking tool writes the rota (set 139's hospice rota,
    set 155's ski school plan) or the agent writes its own notes there."""
    tm = tg.ThreatModel("rota", profile="high")
    msg = tg.Data("Volunteer message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    shift = tg.Data("Shift booking", kind="records", sensitivity="pii")
    call = tg.Data("Booking call", kind="tool-call", sensitivity="pii")
    mail = tg.Data("Swap request e-mail", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Volunteer"))
        inbox = tm.add(tg.DataSource("Office inbox", origin="public-web"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", purpose=tg.EndpointPurpose.API))
        agent = tm.add(tg.Agent("Rota agent", autonomy="autonomous"))
        if memory:
            rota: tg.DataStore = tm.add(tg.VectorStore("Rota", stores={shift}, memory=True))
        else:
            rota = tm.add(tg.DataStore("Rota", stores={shift}))
        tool = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    tm.flow(volunteer, api, msg, protocol="https")
    tm.flow(api, volunteer, reply, protocol="https")
    tm.flow(api, agent, msg)
    tm.flow(agent, api, reply)
    tm.flow(inbox, agent, mail)
    tm.flow(agent, tool, call)
    if through_tool:
        tm.flow(tool, rota, shift)
    else:
        tm.flow(agent, rota, shift)
    tm.flow(rota, agent, shift)
    return tm


def _rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tg.analyze(tm.freeze()).findings}


def test_records_a_tool_writes_are_not_the_agents_memory() -> None:
    """'The Rota and claims database holds the rota and mileage claims ... No
    conversation history or agent memory is declared' (set 139), 'the Daily plan store
    holds the day's plan ... not conversation memory' (set 155): a tool writes the
    fields of its call, not what the agent was told. The agent misusing the tool is
    the tool finding's."""
    assert MEMORY not in _rules(_rota_agent(through_tool=True))


def test_what_the_agent_writes_itself_and_reads_back_is_still_memory() -> None:
    """An agent writing its own notes into a store it reloads keeps a history."""
    assert MEMORY in _rules(_rota_agent(through_tool=False))


def test_a_store_declared_as_memory_counts_whoever_writes_it() -> None:
    """A store declared as the agent's memory is memory, even written by a tool."""
    assert MEMORY in _rules(_rota_agent(through_tool=True, memory=True))
