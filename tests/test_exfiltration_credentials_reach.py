"""The exfiltration finding says an agent sees credentials only when a read brings them:
a store that keeps sign-in hashes beside the records a tool reads from it gives the
agent the records. Reviewers of a sheepdog trials agent and two booking agents struck or
corrected "sees secret data and credentials" where the tool read judges' points or a
roster."""

from __future__ import annotations

import pytest

import threatgraph as tg


def _trials(*, reads_hashes: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("trials", profile="high")
    hashes = tg.Data("Handler password hashes", kind="credentials", sensitivity="secret")
    points = tg.Data("Judges' points", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        handler = tm.add(tg.Actor("Handler"))
        web = tm.add(tg.DataSource("Breed society pages", origin="public-web"))
    with tm.boundary("Hosting", trust="internal"):
        site = tm.add(tg.Endpoint("Society website", internet_facing=True))
        db = tm.add(tg.DataStore("Trials database", stores={hashes, points}))
        agent = tm.add(tg.Agent("Trials agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        tool = tm.add(tg.Tool("Score tool", capabilities={"read"}))
        mailer = tm.add(tg.Tool("Mail tool", capabilities={"send-messages"}))
    tm.flow(handler, site, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(site, agent, tg.Data("Question", kind="prompt"))
    tm.flow(web, agent, tg.Data("Rule pages", kind="documents"), protocol="https")
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Score query", kind="tool-call"))
    tm.flow(db, tool, points, *([hashes] if reads_hashes else []))
    tm.flow(tool, agent, points)
    tm.flow(agent, mailer, tg.Data("Mail", kind="tool-call"))
    return tm


@pytest.mark.parametrize("reads_hashes", [False, True])
def test_credentials_are_named_only_when_a_read_brings_them(reads_hashes: bool) -> None:
    found = [
        f
        for f in _trials(reads_hashes=reads_hashes).analyze().open()
        if f.rule == "ai/agent-exfiltration"
    ]
    assert found
    said = found[0].explanation
    assert ("credentials in Trials database" in said) is reads_hashes, said
    assert ("secret data" in said) is False, said
