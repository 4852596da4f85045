"""A tool that publishes the text a colleague approved is bound to that approval.

Set 261's funeral home: the director edits and approves the death notice in a review
console that files it in the case files; the submission tool, which the agent only
triggers, reads the approved notice from there and sends it to the newspaper. The
reviewer struck ``ai/unbound-approval`` as wrong: "the submission tool takes the
approved notice from Case files, not from the agent; the approval is already tied to
the published content". The finding stays where the agent hands the tool the text.
"""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/unbound-approval"


def _funeral_home(*, agent_sends_notice: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("funeral home")
    notice = tg.Data("Approved death notice", kind="documents", sensitivity="pii")
    trigger = tg.Data("Submit notice", kind="tool-call")
    with tm.boundary("Internet", trust="untrusted"):
        family = tm.add(tg.Actor("Bereaved family member"))
    with tm.boundary("Newspaper", trust="partner"):
        portal = tm.add(tg.ExternalService("Newspaper notices portal"))
    with tm.boundary("Office", trust="internal"):
        director = tm.add(tg.Actor("Funeral director"))
        console = tm.add(tg.Service("Review console"))
        cases = tm.add(tg.DataStore("Case files", stores={notice}))
        agent = tm.add(tg.Agent("Obituary agent", autonomy="supervised"))
        tool = tm.add(
            tg.Tool(
                "Notice submission tool",
                capabilities={"send-messages"},
                controls={c.HumanInTheLoop(approver="the funeral director")},
            )
        )
    tm.flow(family, agent, tg.Data("Family message", kind="prompt"), protocol="https")
    tm.flow(director, console, notice, protocol="https")
    tm.flow(console, cases, notice)
    tm.flow(cases, tool, notice)
    tm.flow(agent, tool, *((trigger, notice) if agent_sends_notice else (trigger,)))
    tm.flow(tool, portal, notice, protocol="https")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_a_tool_publishing_the_notice_the_director_filed_is_bound_to_the_approval() -> None:
    assert _found(_funeral_home(agent_sends_notice=False)) == []


def test_a_tool_the_agent_hands_the_notice_to_is_not() -> None:
    (f,) = _found(_funeral_home(agent_sends_notice=True))
    assert f.target.ids == ("obituary-agent",)
