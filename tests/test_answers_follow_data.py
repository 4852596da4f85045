"""Whose requests an agent's fetched records can come back to follows what each flow
carries: a component told what to do by the agent (a call gateway given the interpreter
to connect) shows the caller only what it sends them, not the agent's output."""

from __future__ import annotations

import pytest

import threatgraph as tg

SUBJECT = "stride/missing-subject-authorization"


def _relay_service(*, gateway_passes_on: bool) -> tg.ThreatModel:
    """Deaf callers' requests reach a matching agent through a call gateway; the agent
    reads the interpreter roster and tells a routing tool whom to connect, and the tool
    tells the gateway. The gateway sends the caller the interpreter's video, and, in the
    variant, the assignment itself."""
    tm = tg.ThreatModel("Video relay")
    request = tg.Data("Call request", sensitivity="pii")
    roster = tg.Data("Interpreter roster", sensitivity="pii")
    video = tg.Data("Interpreter video", sensitivity="pii")
    assignment = tg.Data("Routing assignment", sensitivity="pii")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Relay cloud", trust=tg.Trust.INTERNAL):
        gateway = tm.add(tg.Service("Call gateway", internet_facing=True))
        agent = tm.add(tg.Agent("Matching agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        lookup = tm.add(tg.Tool("Roster lookup", capabilities={"read"}))
        routing = tm.add(tg.Tool("Routing tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("Roster database", stores={roster}))
        interpreter = tm.add(tg.Actor("Interpreter"))
    tm.flow(caller, gateway, request, protocol="https")
    tm.flow(gateway, agent, request)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, lookup, tg.Data("Roster query"))
    tm.flow(store, lookup, roster)
    tm.flow(lookup, agent, roster)
    tm.flow(agent, routing, tg.Data("Routing call"))
    tm.flow(routing, gateway, assignment)
    tm.flow(interpreter, gateway, video, protocol="https")
    tm.flow(gateway, caller, video, *([assignment] if gateway_passes_on else []), protocol="https")
    return tm


@pytest.mark.parametrize("passes_on", [False, True])
def test_records_reach_the_caller_only_along_what_is_sent_on(passes_on: bool) -> None:
    report = _relay_service(gateway_passes_on=passes_on).analyze()
    on_roster = [
        f for f in report.open() if f.rule == SUBJECT and f.target.ids == ("roster-database",)
    ]
    # the gateway sends the caller only the interpreter's video: the roster the agent
    # read never comes back to them; sent the assignment too, it does
    assert bool(on_roster) is passes_on, [f.title for f in on_roster]


def test_a_reply_under_another_name_still_reaches_the_caller() -> None:
    """A front end that turns the agent's answer into a message of its own (data it
    receives from no one) passes it on: the caller is answered."""
    tm = tg.ThreatModel("Booking desk")
    bookings = tg.Data("Bookings", sensitivity="pii")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Cloud", trust=tg.Trust.INTERNAL):
        web = tm.add(tg.Service("Web chat", internet_facing=True))
        agent = tm.add(tg.Agent("Desk agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        tool = tm.add(tg.Tool("Booking lookup", capabilities={"read"}))
        db = tm.add(tg.DataStore("Booking database", stores={bookings}))
    tm.flow(guest, web, tg.Data("Chat message"), protocol="https")
    tm.flow(web, agent, tg.Data("Chat message"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Lookup call"))
    tm.flow(db, tool, bookings)
    tm.flow(tool, agent, bookings)
    tm.flow(agent, web, tg.Data("Agent answer"))
    tm.flow(web, guest, tg.Data("Chat reply"), protocol="https")
    found = [f for f in tm.analyze().open() if f.rule == SUBJECT]
    assert [f.target.ids for f in found] == [("booking-database",)]
