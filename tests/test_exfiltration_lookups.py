"""A tool's lookup into a store is no way out: a schedule tool sends the rota database
a query and gets the schedule back, and the query is neither kept nor passed on to the
people who read the rota. Reviewers of a home-care agent and a crematorium chatbot
struck "it can send data out through the database, which outsiders read" where the
agent's only path into the store was a read-only lookup. A tool that writes what the
store keeps, or what it hands its outside readers, is still a way out."""

from __future__ import annotations

import pytest

import threatgraph as tg

EXFIL = "ai/agent-exfiltration"


def _care(*, tool_writes: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Home care")
    rota = tg.Data("Rota", kind="records", sensitivity="pii")
    notes = tg.Data("Visit notes", kind="documents", sensitivity="regulated")
    query = tg.Data("Schedule lookup", kind="tool-call", sensitivity="pii")
    with tm.boundary("Homes", trust="untrusted"):
        carer = tm.add(tg.Actor("Carer"))
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Endpoint("Carer app API", internet_facing=True))
        db = tm.add(tg.DataStore("Rota database", stores={rota}))
        agent = tm.add(tg.Agent("Care agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Schedule tool", capabilities={"read", "write"}))
    tm.flow(carer, app, notes, protocol="https")
    tm.flow(app, agent, notes)
    tm.flow(db, app, rota)
    tm.flow(app, carer, rota, protocol="https")
    tm.flow(agent, tool, query)
    tm.flow(tool, db, rota if tool_writes else query)
    tm.flow(db, tool, rota)
    tm.flow(tool, agent, rota)
    return tm


@pytest.mark.parametrize("tool_writes", [False, True])
def test_a_lookup_into_a_store_outsiders_read_is_no_way_out(tool_writes: bool) -> None:
    found = [f for f in _care(tool_writes=tool_writes).analyze().findings if f.rule == EXFIL]
    assert bool(found) is tool_writes
    if found:
        assert "Rota database, which outsiders read" in found[0].explanation
