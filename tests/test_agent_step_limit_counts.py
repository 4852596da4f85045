"""An agent's step limit (``CircuitBreaker``) bounds what each request can cost, so it
counts for the flood finding on the entry in front of it, as a supporting control. The
measured table of where controls count showed it counting nowhere on agents, while
designs declare it there more than anywhere else."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

FLOOD = "stride/denial-of-service"


def _chat(agent_controls: set[c.Control]) -> tg.ThreatModel:
    tm = tg.ThreatModel("chat", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", internet_facing=True))
        agent = tm.add(tg.Agent("Helper agent", autonomy="autonomous", controls=agent_controls))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(user, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, api, tg.Data("Answer", kind="model-output"))
    tm.flow(api, user, tg.Data("Answer", kind="model-output"), protocol="https")
    return tm


def _flood(tm: tg.ThreatModel) -> tg.Finding:
    (f,) = [f for f in tm.analyze().findings if f.rule == FLOOD]
    return f


def test_the_agent_s_step_limit_counts_at_the_entry() -> None:
    f = _flood(_chat({c.CircuitBreaker(max_steps=15)}))
    assert "circuit_breaker" in f.controls_present
    assert f.status.value == "open"  # a supporting control lowers it; a rate limit closes it


@pytest.mark.parametrize("own", [c.RateLimiting(), c.Authentication()])
def test_a_limit_of_the_agent_s_own_does_not_stand_in_for_the_entry_s(own: c.Control) -> None:
    f = _flood(_chat({c.CircuitBreaker(max_steps=15), own}))
    assert "circuit_breaker" not in f.controls_present
    assert own.key not in f.controls_present


def test_without_a_step_limit_nothing_changes() -> None:
    assert _flood(_chat(set())).controls_present == ()
