"""Changes taken from the held-out verdicts of sets 126 and 127 (session of
2026-12-05, thirteenth)."""

from __future__ import annotations

import threatgraph as tg

PER_CALLER = "stride/missing-subject-authorization"


def _repairs(*, contractors_ask: bool) -> tg.ThreatModel:
    """Set 127's letting agency: tenants report repairs to an agent that keeps the
    conversations and books contractors; contractors send job status back through
    their app, and the agent sends them each job. With ``contractors_ask``,
    contractors also put questions to the agent."""
    tm = tg.ThreatModel("repairs")
    convo = tg.Data("Repair conversations", kind="records", sensitivity="pii")
    job = tg.Data("Job details", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        contractor = tm.add(tg.Actor("Contractor"))
    with tm.boundary("Agency cloud", trust="internal"):
        app = tm.add(tg.Endpoint("Contractor app API", purpose="api"))
        agent = tm.add(tg.Agent("Repair dispatch agent"))
        store = tm.add(tg.DataStore("Conversation store", stores={convo}))
    tm.flow(store, agent, convo)
    tm.flow(agent, store, convo)
    tm.flow(agent, app, job)
    tm.flow(app, contractor, job, protocol="https")
    sent = [tg.Data("Job status update", kind="records", sensitivity="internal")]
    if contractors_ask:
        sent.append(tg.Data("Contractor question", kind="prompt", sensitivity="internal"))
    tm.flow(contractor, app, *sent, protocol="https")
    tm.flow(app, agent, *sent)
    return tm


def test_people_who_only_hand_things_in_are_not_callers_the_agent_fetches_for() -> None:
    """'Contractors never query the agent, so fetched on behalf of Contractor misreads
    who the principal is' (set 127)."""

    def raised(asks: bool) -> bool:
        return any(f.rule == PER_CALLER for f in _repairs(contractors_ask=asks).analyze().findings)

    assert not raised(False)
    assert raised(True)
