"""A portal that starts an agent only when a person of ours asks is no flood entry for
the outsiders who also use it.

``stride/denial-of-service`` is raised on the first component untrusted callers send
requests to when each request runs a model or an agent. Reviewers struck it three times
on club portals where parents, traders or volunteers send their entries into a store,
and the portal starts the agent only on the secretary's or manager's instruction: the
outsiders' requests never run the model. When every item the portal hands the agent
arrives from people of ours, those requests are not counted; when an outsider's own
request is handed on, directly or through a service behind the portal, the finding
stays.
"""

from __future__ import annotations

import threatgraph as tg

FLOOD = "stride/denial-of-service"


def _gala(*, parents_start_it: bool = False, via_service: bool = False) -> tg.ThreatModel:
    """Parents send entries to a club portal; the secretary tells it to start seeding."""
    tm = tg.ThreatModel("Gala entries")
    entries = tg.Data("Swimmer entries", kind="records", sensitivity="pii")
    start = tg.Data("Seeding instructions", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Club office", trust="internal"):
        secretary = tm.add(tg.Actor("Gala secretary"))
    with tm.boundary("Club cloud", trust="internal"):
        portal = tm.add(tg.Service("Gala entry portal"))
        store = tm.add(tg.DataStore("Entries database"))
        agent = tm.add(tg.Agent("Seeding agent", autonomy="supervised"))
        llm = tm.add(tg.LLM("Hosted LLM"))
    tm.flow(parent, portal, entries, start if parents_start_it else entries, protocol="https")
    tm.flow(secretary, portal, start, protocol="https")
    tm.flow(portal, store, entries)
    tm.flow(store, agent, entries)
    if via_service:
        with tm.boundary("Club cloud", trust="internal"):
            queue = tm.add(tg.Service("Job runner"))
        tm.flow(portal, queue, start)
        tm.flow(queue, agent, start)
    else:
        tm.flow(portal, agent, start, label="start seeding")
    tm.flow(agent, llm, tg.Data("Seeding prompt", kind="prompt", sensitivity="pii"))
    tm.flow(llm, agent, tg.Data("Heat sheet draft", kind="model-output", sensitivity="pii"))
    return tm


def test_an_agent_the_secretary_starts_is_not_run_by_parents_requests() -> None:
    assert _gala().analyze().for_rule(FLOOD) == []


def test_an_agent_started_on_what_outsiders_send_is_still_a_flood_entry() -> None:
    (f,) = _gala(parents_start_it=True).analyze().for_rule(FLOOD)
    assert f.target.key == "element:gala-entry-portal"
    assert "Parent" in f.explanation


def test_an_agent_reached_through_a_service_behind_the_portal() -> None:
    # the portal hands the job runner only the secretary's instruction: the parents'
    # entries do not run the agent that way either (tests/test_flood_runs_per_request.py)
    assert _gala(via_service=True).analyze().for_rule(FLOOD) == []
    # when the parents' own request is what goes on through the relay, the finding stays
    (f,) = _gala(via_service=True, parents_start_it=True).analyze().for_rule(FLOOD)
    assert f.target.key == "element:gala-entry-portal"
