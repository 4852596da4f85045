"""Colleagues' injection path is the text they write, not the records they enter.

Held-out reviewers struck ``ai/indirect-prompt-injection`` where the only people named
were staff entering records an agent later reads: a payments team's ledger adjustment,
a lab manager's par levels, a shelter's adoption decision, a radiologist's confirmed
protocol (eight struck, two kept on the recorded verdicts). Documents, notes, knowledge
articles and logs colleagues write stay an injection path, and people at another
company (in a partner boundary) still count with the records they send."""

from __future__ import annotations

import pytest

import threatgraph as tg

RULE = "ai/indirect-prompt-injection"


def _ledger_agent(kind: str, *, where: str = "internal") -> tg.ThreatModel:
    """Someone enters something of ``kind`` into a case store that an autonomous agent
    reads before it writes decisions through a tool."""
    tm = tg.ThreatModel("cases")
    entry = tg.Data("Entry", kind=kind)
    with tm.boundary("Staff", trust=where):
        person = tm.add(tg.Actor("Payments team"))
    with tm.boundary("Platform", trust="internal"):
        store = tm.add(tg.DataStore("Case store", stores={entry}))
        agent = tm.add(tg.Agent("Dispute agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Decision tool", capabilities={"write"}))
    tm.flow(person, store, entry, protocol="https")
    tm.flow(store, agent, entry)
    tm.flow(agent, tool, tg.Data("Decision", kind="tool-call"))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_records_colleagues_enter_are_not_an_injection_path() -> None:
    assert _found(_ledger_agent("records")) == []


@pytest.mark.parametrize("kind", ["documents", "logs", "retrieved-context"])
def test_text_colleagues_write_still_is(kind: str) -> None:
    (f,) = _found(_ledger_agent(kind))
    assert f.explanation.startswith("What Payments team (Staff, internal), inside the organisation")


def test_records_people_at_another_company_send_still_count() -> None:
    (f,) = _found(_ledger_agent("records", where="partner"))
    assert "another company" in f.explanation
