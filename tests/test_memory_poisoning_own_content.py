"""``ai/agent-memory-poisoning`` where what the agent keeps is already in the store before
it writes: taken from a verdict that struck the finding as a copy of the injection
findings (a dispute record the parties' statements are filed in). Each test has the
variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

MEMORY = "ai/agent-memory-poisoning"


def _memory(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == MEMORY]


def _dispute(*, supplier_mail: bool) -> tg.ThreatModel:
    """Buyers and sellers file statements through an API into a case store; the agent
    reads each case from the store and writes its proposals back into it. The variant
    also gives the agent a carrier's e-mails through a mailbox tool, which it then
    keeps in the case notes."""
    tm = tg.ThreatModel("disputes")
    statement = tg.Data("Statement", kind="documents", sensitivity="personal")
    case = tg.Data("Case file", kind="records", sensitivity="personal")
    with tm.boundary("Internet", trust="untrusted"):
        buyer = tm.add(tg.Actor("Buyer"))
        seller = tm.add(tg.Actor("Seller"))
        carrier = tm.add(tg.Actor("Carrier"))
    with tm.boundary("Cluster", trust="internal"):
        api = tm.add(tg.Endpoint("Dispute API", controls=[tg.controls.Authentication()]))
        store = tm.add(tg.DataStore("Dispute case store"))
        agent = tm.add(tg.Agent("Dispute agent", autonomy="supervised"))
        llm = tm.add(tg.LLM("Dispute LLM"))
    tm.flow(buyer, api, statement, protocol="https")
    tm.flow(seller, api, statement, protocol="https")
    tm.flow(api, store, statement)
    tm.flow(store, agent, case)
    tm.flow(agent, store, case)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"))
    if supplier_mail:
        with tm.boundary("Cluster"):
            mailbox = tm.add(tg.DataStore("Carrier mailbox"))
            reader = tm.add(tg.Tool("Mailbox reader"))
        tm.flow(carrier, mailbox, tg.Data("Carrier e-mail", kind="documents"), protocol="smtp")
        tm.flow(agent, reader, tg.Data("Search", kind="tool-call"))
        tm.flow(reader, mailbox, tg.Data("Query", kind="tool-call"))
        tm.flow(mailbox, reader, tg.Data("Carrier e-mail", kind="documents"))
        tm.flow(reader, agent, tg.Data("Carrier e-mail", kind="documents"))
    return tm


def test_a_case_store_the_parties_statements_are_filed_in_is_no_new_memory() -> None:
    """Struck as a duplicate: what the parties wrote is in the case store before the
    agent writes anything; the agent reads it there in every session (the indirect
    injection finding), so its notes added to the same record persist nothing new."""
    assert _memory(_dispute(supplier_mail=False)) == []


def test_a_case_store_keeping_mail_read_elsewhere_is_memory() -> None:
    """Variant: the agent also reads a carrier's e-mails through a tool and keeps its
    notes on them in the case store. That text is planted in the record by the agent
    itself, and steers later runs on the case."""
    (f,) = _memory(_dispute(supplier_mail=True))
    assert f.target.ids == ("dispute-case-store",)
    assert "Dispute agent" in f.explanation
