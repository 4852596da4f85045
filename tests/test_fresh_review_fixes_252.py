"""Fixes from held-out set 252's verdicts (v2-round305-fresh252)."""

from __future__ import annotations

import threatgraph as tg

SUBJECT = "stride/missing-subject-authorization"


def test_a_shared_llm_brings_one_caller_none_of_another_s_requests() -> None:
    """The village bakery: a label service drafts allergen labels from the baker's
    recipe notes with a hosted LLM that the customers' question agent prompts too.
    Struck as wrong: the per-caller finding named the customer as a caller of the
    label service, through the shared model, though what the model sends the label
    service answers the label service's own prompts."""
    tm = tg.ThreatModel("bakery", profile="high")
    notes = tg.Data("Recipe notes", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Cloud", trust="internal"):
        baker = tm.add(tg.Actor("Baker"))
        shop = tm.add(tg.Endpoint("Web shop", internet_facing=True))
        agent = tm.add(tg.Agent("Question agent", autonomy="autonomous"))
        labels = tm.add(tg.Service("Label drafting service"))
        store = tm.add(tg.DataStore("Recipe notes store", stores={notes}))
    tm.flow(customer, shop, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(shop, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, llm, tg.Data("Agent prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Agent answer", kind="model-output"), protocol="https")
    tm.flow(agent, shop, tg.Data("Answer", kind="model-output"))
    tm.flow(shop, customer, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(store, labels, notes)
    tm.flow(
        labels,
        llm,
        tg.Data("Label prompt", kind="prompt", sensitivity="confidential"),
        protocol="https",
    )
    tm.flow(llm, labels, tg.Data("Label draft", kind="model-output"), protocol="https")
    tm.flow(labels, baker, tg.Data("Label draft", kind="model-output"), protocol="https")
    found = [f for f in tm.analyze().open() if f.rule == SUBJECT]
    assert not any("Customer" in f.explanation for f in found)
