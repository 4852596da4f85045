"""The per-caller finding over several stores goes on the one outsiders' content
reaches first: a user trial found it on an orders database only insiders reach, rated
medium, with the shared ticket index outsiders write into named only in brackets, so
that protecting the orders database raised a "new" high finding on the index."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

RULE = "stride/missing-subject-authorization"


def _refund_bot(orders: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    tm = tg.ThreatModel("Refund bot", profile="high")
    chunks = tg.Data("Ticket chunks", sensitivity="pii")
    order_rows = tg.Data("Orders", sensitivity="pii")
    answer = tg.Data("Answer", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        web = tm.add(tg.DataSource("Public web pages", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.RateLimiting(), c.Authentication()}))
        agent = tm.add(tg.Agent("Support agent", autonomy="autonomous"))
        index = tm.add(tg.VectorStore("Support index", stores={chunks}))
        db = tm.add(tg.DataStore("Orders DB", stores={order_rows}, controls=set(orders)))
        indexer = tm.add(tg.Pipeline("Indexer"))
        refund = tm.add(tg.Tool("Refund tool", capabilities={"money-movement"}))
    tm.flow(customer, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, api, answer)
    tm.flow(api, customer, answer, protocol="https")
    tm.flow(web, indexer, tg.Data("Pages", kind="documents"), protocol="https")
    tm.flow(indexer, index, chunks)
    tm.flow(index, agent, tg.Data("Passages", sensitivity="pii", kind="retrieved-context"))
    tm.flow(agent, refund, tg.Data("Refund call", kind="tool-call"))
    tm.flow(db, refund, order_rows)
    tm.flow(refund, agent, tg.Data("Refund result", kind="tool-result"))
    return tm


def test_the_finding_goes_on_the_store_outsiders_reach() -> None:
    (f,) = _refund_bot().analyze().for_rule(RULE)
    assert f.target.ids == ("support-index",)
    assert "Orders DB" in f.explanation


def test_protecting_the_other_store_keeps_the_finding_where_it_was() -> None:
    before = _refund_bot().analyze().for_rule(RULE)
    after = _refund_bot(frozenset({c.ABAC()})).analyze().for_rule(RULE)
    assert before[0].id in {f.id for f in after}
