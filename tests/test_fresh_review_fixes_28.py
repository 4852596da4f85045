"""Fixes taken from the review of fresh set 28 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round35-fresh28``): each test pins
what a reviewer struck and the variants of the same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

RULE = "stride/missing-subject-authorization"


def _open(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def _renewal_agent(*, started_by: str) -> tg.ThreatModel:
    """A renewal agent reads confidential contracts through a lookup tool and posts
    proposals to a workspace, where a buyer edits its playbook and a budget owner signs
    off. What starts it: a watcher job that picks the contracts (``job``), the same job
    relaying a buyer's request (``relayed``), or the buyer chatting with it (``chat``)."""
    tm = tg.ThreatModel("renewals")
    contracts = tg.Data("Contract terms", kind="documents", sensitivity="confidential")
    task = tg.Data("Renewal task", kind="instructions", sensitivity="internal")
    playbook = tg.Data("Playbook", kind="instructions", sensitivity="confidential")
    sign_off = tg.Data("Sign-off", kind="records", sensitivity="internal")
    proposal = tg.Data("Proposal", kind="model-output", sensitivity="confidential")
    call = tg.Data("Lookup", kind="tool-call", sensitivity="internal")
    with tm.boundary("Corporate network", trust="internal"):
        buyer = tm.add(tg.Actor("Buyer", role="procurement staff"))
        owner = tm.add(tg.Actor("Budget owner", role="budget owner"))
    with tm.boundary("Procurement platform", trust="internal"):
        workspace = tm.add(tg.Service("Workspace"))
        watcher = tm.add(tg.Service("End-date watcher"))
        agent = tm.add(tg.Agent("Renewal agent"))
        tool = tm.add(tg.Tool("Contract lookup", capabilities={"read"}))
    with tm.boundary("Finance systems", trust="restricted"):
        repo = tm.add(tg.DataStore("Contract repository", stores={contracts}))
    tm.flow(repo, watcher, contracts)
    if started_by == "relayed":
        tm.flow(buyer, watcher, tg.Data("Renewal request", kind="records"), protocol="https")
    tm.flow(watcher, agent, task)
    if started_by == "chat":
        tm.flow(buyer, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(buyer, workspace, playbook, protocol="https")
    if started_by == "job":
        tm.flow(workspace, agent, playbook, sign_off)
    else:
        # the budget owner asks it things too (a person who only signs off asks
        # nothing, and is no caller)
        question = tg.Data("Budget question", kind="prompt", sensitivity="internal")
        tm.flow(owner, workspace, question, protocol="https")
        tm.flow(workspace, agent, playbook, sign_off, question)
    tm.flow(agent, tool, call)
    tm.flow(tool, repo, call)
    tm.flow(repo, tool, contracts)
    tm.flow(tool, agent, contracts)
    tm.flow(agent, workspace, proposal)
    tm.flow(workspace, owner, proposal, protocol="https")
    # the buyer reads the proposals too: what the agent fetches reaches them
    tm.flow(workspace, buyer, proposal, protocol="https")
    tm.flow(owner, workspace, sign_off, protocol="https")
    return tm


def test_an_agent_a_job_starts_fetches_for_its_own_task_not_for_the_people_around_it() -> None:
    """Set 28's procurement renewal agent (struck as wrong three times: its contract
    repository, its ERP and its case store): the end-date watcher hands it each
    contract; the buyer edits its playbook and the budget owner signs off, and neither
    asks it for anything."""
    assert _open(_renewal_agent(started_by="job")) == []


@pytest.mark.parametrize("started_by", ["relayed", "chat"])
def test_an_agent_someone_asks_still_fetches_for_them(started_by: str) -> None:
    (f,) = _open(_renewal_agent(started_by=started_by))
    assert f.target.ids == ("contract-repository",)
    assert "on behalf of Budget owner and Buyer" in f.explanation
