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


def _radar(*, vendor_trust: str = "partner", alert: str = "Strike risk alert") -> tg.ThreatModel:
    """Set 132's airport: a radar of ours sends bird tracks to the vendor's cloud, where
    a risk service asks a flock classifier for classes and pushes alerts back to the
    tower's display, which a controller watches."""
    tm = tg.ThreatModel("bird strike", profile="high")
    tracks = tg.Data("Radar tracks", kind="records", sensitivity="internal")
    classes = tg.Data("Flock classification", kind="model-output", sensitivity="internal")
    out = tg.Data(alert, kind="records", sensitivity="internal")
    with tm.boundary("Airfield", trust="internal"):
        radar = tm.add(tg.Device("Avian radar"))
        display = tm.add(tg.Device("Tower alert display"))
        controller = tm.add(tg.Actor("Air traffic controller"))
    with tm.boundary("Radar vendor cloud", trust=vendor_trust):
        service = tm.add(tg.Service("Strike risk service"))
        model = tm.add(tg.Model("Bird flock classifier", task="classifier", high_stakes=True))
    tm.flow(radar, service, tracks, protocol="https")
    tm.flow(service, model, tracks)
    tm.flow(model, service, classes)
    tm.flow(service, display, out, protocol="https")
    tm.flow(display, controller, out)
    return tm


def test_a_vendor_hosted_detection_chain_that_goes_quiet_looks_like_all_clear() -> None:
    """'The most important missing threat is that alerting fails silently: if the radar,
    the vendor cloud or the push path goes down, the tower sees no alerts' (set 132). The
    classifier sends classes; the vendor's service turns them into alerts."""

    def raised(**kw: str) -> bool:
        return any(f.rule == "ai/silent-detection-failure" for f in _radar(**kw).analyze().findings)

    assert raised()
    assert not raised(vendor_trust="untrusted")  # someone else's chain, not ours
    assert not raised(alert="Flock map")  # nothing said to warn: no alert is awaited
