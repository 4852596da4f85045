"""A colleague's text reaches an agent only along a last hop that carries it on.

Set 261's funeral home: a director approves the death notice in a console that files
it in the case files; a submission tool reads the approved notice from there, sends it
to the newspaper's portal and hands the agent only the receipt the portal returns.
The reviewer struck the indirect injection finding that named the director as the
source: "the only thing that flows back to the agent on that path is the newspaper's
submission receipt".
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/indirect-prompt-injection"


def _funeral_home(*, tool_hands_on_notice: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("funeral home")
    notice = tg.Data("Approved death notice", kind="documents", sensitivity="pii")
    receipt = tg.Data("Notice submission receipt", kind="tool-result")
    with tm.boundary("Newspaper", trust="partner"):
        portal = tm.add(tg.ExternalService("Newspaper notices portal"))
    with tm.boundary("Office", trust="internal"):
        director = tm.add(tg.Actor("Funeral director"))
        console = tm.add(tg.Service("Review console"))
        cases = tm.add(tg.DataStore("Case files", stores={notice}))
        agent = tm.add(tg.Agent("Obituary agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Notice submission tool", capabilities={"write"}))
    tm.flow(director, console, notice)
    tm.flow(console, cases, notice)
    tm.flow(cases, tool, notice)
    tm.flow(agent, tool, tg.Data("Submit notice", kind="tool-call"))
    tm.flow(tool, portal, notice, protocol="https")
    tm.flow(portal, tool, receipt, protocol="https")
    tm.flow(tool, agent, *((receipt, notice) if tool_hands_on_notice else (receipt,)))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_a_tool_handing_back_only_the_portals_receipt_brings_no_colleague_text() -> None:
    assert _found(_funeral_home(tool_hands_on_notice=False)) == []


def test_a_tool_handing_the_notice_itself_to_the_agent_still_does() -> None:
    (f,) = _found(_funeral_home(tool_hands_on_notice=True))
    assert "Funeral director" in f.explanation
