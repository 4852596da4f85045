"""A control declared on one of an agent's tools covers that tool, not the agent.

The tool-misuse and exfiltration findings are about every tool (or way out) a steered
agent has. A sandbox around the test runner does nothing about what the pull-request
tool sends out, so it must not lower the finding about both; a person approving each
payment does nothing about the e-mail tool beside it, so the finding is then about the
e-mail tool alone. A trial user found the first: sandboxing one tool took the agent-wide
finding from high to medium.
"""

from __future__ import annotations

import re

import pytest

import threatgraph as tg
from threatgraph import controls as c

MISUSE = "ai/tool-misuse"
EXFIL = "ai/agent-exfiltration"


def _agent(
    first: set[c.Control],
    second: set[c.Control],
    *,
    data: tg.Sensitivity = tg.Sensitivity.PUBLIC,
    agent: set[c.Control] | None = None,
) -> tg.ThreatModel:
    """An autonomous agent that reads pages outsiders write, with two consequential
    tools."""
    tm = tg.ThreatModel("two tools", profile="high")
    repo = tg.Data("Repository", sensitivity=data, kind="code")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.DataSource("Public issue page", origin="public-web"))
    with tm.boundary("Cloud", trust="internal"):
        bot = tm.add(tg.Agent("Fix agent", autonomy="autonomous", controls=agent or set()))
        opener = tm.add(
            tg.Tool("PR opener", capabilities={"write", "network-egress"}, controls=first)
        )
        runner = tm.add(
            tg.Tool("Test runner", capabilities={"execute-code", "send-messages"}, controls=second)
        )
    tm.flow(user, bot, tg.Data("Issue text", kind="documents"), protocol="https")
    with tm.boundary("Cloud"):
        store = tm.add(tg.DataStore("Repository store", stores={repo}))
    tm.flow(store, bot, repo)
    tm.flow(bot, opener, repo)
    tm.flow(bot, runner, repo)
    return tm


def _one(tm: tg.ThreatModel, rule: str) -> tg.Finding:
    found = [f for f in tm.analyze().findings if f.rule == rule]
    assert len(found) == 1, [f.rule for f in tm.analyze().findings]
    return found[0]


def test_a_supporting_control_on_one_tool_does_not_lower_the_finding() -> None:
    bare = _one(_agent(set(), set()), MISUSE)
    one = _one(_agent(set(), {c.Sandboxing()}), MISUSE)
    assert one.id == bare.id
    assert "sandboxing" not in one.controls_present
    assert (one.likelihood, one.severity) == (bare.likelihood, bare.severity)
    assert "Sandboxing covers only Test runner, not PR opener" in one.explanation


def test_the_same_control_on_every_tool_or_on_the_agent_counts() -> None:
    bare = _one(_agent(set(), set()), MISUSE)
    for tm in (
        _agent({c.Sandboxing()}, {c.Sandboxing()}),
        _agent(set(), set(), agent={c.Sandboxing()}),
    ):
        f = _one(tm, MISUSE)
        assert "sandboxing" in f.controls_present
        assert "covers only" not in f.explanation
        assert f.likelihood.score < bare.likelihood.score


def test_a_mitigation_on_one_tool_leaves_the_finding_about_the_other() -> None:
    f = _one(_agent({c.HumanInTheLoop(approver="maintainer")}, set()), MISUSE)
    assert f.status.value == "open"
    assert "through Test runner" in f.explanation
    assert "PR opener has mitigations of its own; this tool has none." in f.explanation
    assert "human_in_the_loop" not in f.controls_present
    assert all("pr_opener" not in t.key for t in f.affected)


def test_different_mitigations_that_guard_every_tool_close_it() -> None:
    f = _one(_agent({c.HumanInTheLoop(approver="maintainer")}, {c.LeastPrivilegeTools()}), MISUSE)
    assert f.status.value == "mitigated"


def test_an_egress_filter_on_one_way_out_narrows_the_exfiltration_finding() -> None:
    tm = _agent({c.EgressFiltering()}, set(), data=tg.Sensitivity.CONFIDENTIAL)
    found = {f.rule: f for f in tm.analyze().findings}
    f = found.get(EXFIL) or found[MISUSE]  # one finding for the family: its lead rule
    assert "send data out through Test runner." in f.explanation
    assert "PR opener has mitigations of its own; this way out has none." in f.explanation


def test_an_egress_filter_on_every_way_out_counts() -> None:
    tm = _agent({c.EgressFiltering()}, {c.EgressFiltering()}, data=tg.Sensitivity.CONFIDENTIAL)
    found = {f.rule: f for f in tm.analyze().findings}
    f = found.get(EXFIL) or found[MISUSE]
    assert "egress_filtering" in f.controls_present
    assert "mitigations of its own" not in f.explanation


def _request_line(booking: set[c.Control]) -> tg.ThreatModel:
    """A supervised request chatbot whose presenter approves dedications only; song
    requests go straight into the playout log."""
    tm = tg.ThreatModel("request line", profile="high")
    with tm.boundary("Wards", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Station cloud", trust="internal"):
        bot = tm.add(
            tg.Agent(
                "Request chatbot",
                autonomy="supervised",
                controls={
                    c.HumanInTheLoop(
                        approver="duty presenter",
                        note="dedications only; song requests go straight into the playout log",
                    )
                },
            )
        )
        dedications = tm.add(tg.Tool("Dedication tool", capabilities={"write"}))
        songs = tm.add(tg.Tool("Song booking tool", capabilities={"write"}, controls=booking))
    tm.flow(patient, bot, tg.Data("Request", kind="prompt"), protocol="https")
    tm.flow(bot, dedications, tg.Data("Dedication", kind="tool-call"))
    tm.flow(bot, songs, tg.Data("Song request", kind="tool-call"))
    return tm


def test_an_approval_scoped_to_a_tool_s_steps_guards_that_tool() -> None:
    f = _one(_request_line(set()), MISUSE)
    assert "through Song booking tool," in f.explanation
    assert "Dedication tool has mitigations of its own" in f.explanation


def test_with_the_other_tool_least_privileged_every_tool_is_guarded() -> None:
    f = _one(_request_line({c.LeastPrivilegeTools()}), MISUSE)
    assert f.status.value == "mitigated"


def test_a_clause_saying_what_goes_straight_in_is_left_out() -> None:
    gate = c.HumanInTheLoop(
        approver="presenter", note="dedications only; song requests go straight into the log"
    )
    songs = re.compile(r"\bsongs?\b", re.IGNORECASE)
    assert c.scoped_approval(gate)
    assert not c.covers_named_steps(gate, songs)


def test_a_scope_at_the_end_of_the_approver_scopes_the_approval() -> None:
    gate = c.HumanInTheLoop(approver="the employee, via IdP push, admin accounts only")
    assert c.scoped_approval(gate)
    assert c.approval_scope(gate) == "admin accounts only"
    assert not c.approves_every_step(gate)
    assert c.covers_named_steps(gate, re.compile(r"\badmin\b"))
    for whole in ("a pharmacist, for every prescription-only order", "duty presenter"):
        assert c.approves_every_step(c.HumanInTheLoop(approver=whole))


def test_a_tool_approved_for_admin_accounts_only_is_not_guarded() -> None:
    gate = c.HumanInTheLoop(approver="the employee, via IdP push, admin accounts only")
    f = _one(_agent({gate}, set()), MISUSE)
    assert "through PR opener and Test runner" in f.explanation
    assert "mitigations of its own" not in f.explanation


def _plugin(token_on: bool) -> tg.ThreatModel:
    """A trial user's coding agent: a keychain gives the IDE plugin a secret, and the
    plugin sends the agent the developer's task (and, in the second variant, the
    secret too); the agent fetches public docs."""
    tm = tg.ThreatModel("plugin", profile="high")
    secret = tg.Data("Repo secrets file", sensitivity="secret", kind="documents")
    task = tg.Data("Coding task", kind="prompt")
    with tm.boundary("Internet", trust="untrusted"):
        docs = tm.add(tg.DataSource("Public docs", origin="public-web"))
    with tm.boundary("Laptop", trust="internal"):
        dev = tm.add(tg.Actor("Developer"))
        vault = tm.add(tg.DataStore("Keychain", stores={secret}))
        plugin = tm.add(tg.Service("IDE plugin"))
        bot = tm.add(tg.Agent("Agent", autonomy="autonomous"))
        fetch = tm.add(tg.Tool("Docs fetch", capabilities={"read", "network-egress"}))
    tm.flow(dev, plugin, task)
    tm.flow(vault, plugin, secret)
    tm.flow(plugin, bot, task, *([secret] if token_on else []))
    tm.flow(bot, fetch, tg.Data("Query", kind="tool-call"))
    tm.flow(fetch, docs, tg.Data("Query", kind="tool-call"))
    tm.flow(docs, fetch, tg.Data("Docs page", kind="documents"))
    tm.flow(fetch, bot, tg.Data("Docs page", kind="documents"))
    return tm


@pytest.mark.parametrize("token_on", [False, True])
def test_an_agent_sees_a_secret_only_when_a_flow_brings_it(token_on: bool) -> None:
    said = [f.explanation for f in _plugin(token_on).analyze().open()]
    assert any("Agent (Laptop, internal) sees secret data" in x for x in said) == token_on
