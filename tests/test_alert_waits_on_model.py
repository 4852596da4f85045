"""``ai/alert-waits-on-model``: urgent alerts that go out only when a language model
says so. Reviewers of held-out designs named this missing on 22 of the 31 reviewed
designs where the rule is raised (a race's medical paging agent, a lake's lifeguard
alerts, a repairs chat's emergency handoff, a caving club's callout agent), often as
the design's main safety threat."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

RULE = "ai/alert-waits-on-model"


def _race(
    *,
    direct_alarm: bool = False,
    via_service: bool = False,
    fail_closed: bool = False,
    sent: str = "Medical alert page",
    reporter_inside: bool = False,
    watched: bool = False,
) -> tg.ThreatModel:
    """Trackers report to a tracking service; a safety agent (or a service that asks an
    LLM) decides when to page the medical team."""
    tm = tg.ThreatModel("race", profile="high")
    with tm.boundary("Course", trust="untrusted"):
        trackers = tm.add(tg.Device("Runner trackers"))
        medics = tm.add(tg.Actor("Medical team"))
    with tm.boundary("Cloud", trust="internal"):
        tracking = tm.add(tg.Service("Race tracking service"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        guide = tm.add(tg.DataStore("Course guidance"))
        controls: set[c.Control] = set()
        if fail_closed:
            controls.add(c.FailClosed(fallback="page on any stop over 10 minutes"))
        if watched:
            controls.add(c.AnomalyDetection())
        if via_service:
            decider = tm.add(tg.Service("Safety triage service", controls=controls))
        else:
            decider = tm.add(
                tg.Agent("Runner safety agent", autonomy="autonomous", controls=controls)
            )
        pager = tm.add(tg.Tool("Paging tool"))
        if reporter_inside:
            marshal = tm.add(tg.Actor("Race marshal"))
            tm.flow(marshal, decider, tg.Data("Marshal report", kind="records"))
    tm.flow(trackers, tracking, tg.Data("Positions", kind="records"))
    if not reporter_inside:
        tm.flow(tracking, decider, tg.Data("Stopped runner event", kind="records"))
    tm.flow(guide, decider, tg.Data("Guidance", kind="documents"))
    tm.flow(decider, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, decider, tg.Data("Completion", kind="model-output"))
    tm.flow(decider, pager, tg.Data("Page request", kind="records"))
    tm.flow(pager, medics, tg.Data(sent, kind="records"))
    if direct_alarm:
        tm.flow(tracking, medics, tg.Data("Stopped runner alarm", kind="records"))
    return tm


def _finding(tm: tg.ThreatModel) -> tg.Finding:
    (f,) = tm.analyze().for_rule(RULE)
    return f


def test_a_page_only_the_agent_sends_is_raised_on_the_agent() -> None:
    f = _finding(_race())
    assert f.target.ids == ("runner-safety-agent",)
    assert f.is_open
    text = f.explanation
    assert "sends alerts (Medical alert page) to Paging tool" in text
    assert "only when Hosted LLM says so" in text
    # the store it looks guidance up in does not call for an alert
    assert "from Race tracking service," in text
    assert "Course guidance" not in text
    assert f.owasp == ("ASI08:2026",)


def test_a_service_that_asks_an_llm_first_counts_too() -> None:
    f = _finding(_race(via_service=True))
    assert f.target.ids == ("safety-triage-service",)


def test_an_alarm_that_reaches_people_without_the_model_is_not_raised() -> None:
    assert _race(direct_alarm=True).analyze().for_rule(RULE) == []


def test_failing_safe_where_it_is_decided_answers_it() -> None:
    bare = _finding(_race())
    held = _finding(_race(fail_closed=True))
    assert "fail_closed" in held.controls_present
    assert held.severity < bare.severity
    # a medical page is a high threat: the high-risk profile asks for a second,
    # independent control before it counts as mitigated (defence in depth)
    both = _finding(_race(fail_closed=True, watched=True))
    assert not both.is_open


def _stock() -> tg.ThreatModel:
    """Fridge sensors report to a readings service that passes them to an agent; the
    agent alerts the shop manager through an alert tool when stock is at risk."""
    tm = tg.ThreatModel("shop", profile="high")
    with tm.boundary("Shop", trust="untrusted"):
        sensors = tm.add(tg.Device("Fridge sensors"))
        manager = tm.add(tg.Actor("Shop manager"))
    with tm.boundary("Cloud", trust="internal"):
        readings = tm.add(tg.Service("Readings service"))
        agent = tm.add(tg.Agent("Stock agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        tool = tm.add(tg.Tool("Manager alert tool"))
    tm.flow(sensors, readings, tg.Data("Fridge readings", kind="records"))
    tm.flow(readings, agent, tg.Data("Fridge readings", kind="records"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"))
    tm.flow(agent, tool, tg.Data("Stock alert", kind="records"))
    tm.flow(tool, manager, tg.Data("Stock alert text", kind="records"))
    return tm


def test_a_missed_alert_is_a_major_harm() -> None:
    # reviewers asked for high on 22 of the 37 designs it was first raised on
    assert _finding(_race()).severity.value == "high"
    stock = _finding(_stock())
    assert stock.severity.value == "high"
    assert "from Readings service," in stock.explanation


@pytest.mark.parametrize("sent", ["Paging history query", "Renewal reminder", "Weekly summary"])
def test_queries_reminders_and_summaries_are_not_alerts(sent: str) -> None:
    # the paging tool's name still says alert: what it sends says it can wait
    tm = _race(sent=sent)
    found = tm.analyze().for_rule(RULE)
    assert found == [] or sent not in found[0].explanation


def test_people_of_ours_who_use_the_agent_call_for_help_themselves() -> None:
    # only a marshal of ours reports to the agent: nothing outside waits on it
    assert _race(reporter_inside=True).analyze().for_rule(RULE) == []
