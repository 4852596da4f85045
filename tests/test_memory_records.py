"""Records a service or tool keeps are not an agent's memory.

Reviewers struck ``ai/agent-memory-poisoning`` on permit databases, appeal case
stores, rosters, rate logs, dispatch records, dictation buffers and script drafts:
stores a plain service or an agent's tool writes and a model later reads. Text planted
in them reaches the model as content it reads, which the injection findings name. What
the agent or LLM writes itself (its notes, its case history), what is named as the
conversation (a chat service's history) and the model's own output kept for later stay
memory.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/agent-memory-poisoning"


def _permits(*, written: tg.Data | None, store_name: str = "Permit database") -> tg.ThreatModel:
    """Contractors fill in a permit form, and a public bulletin feed brings hazard
    notices; a permit service stores them and later builds a prompt from what it stored
    for an LLM that drafts the checklist.
    ``written``: what the service writes into the store (None: the write declares no
    data)."""
    tm = tg.ThreatModel("Permits")
    form = tg.Data("Permit form", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        contractor = tm.add(tg.Actor("Contractor"))
        bulletins = tm.add(tg.DataSource("Hazard bulletins", origin="public-web"))
    with tm.boundary("Cloud", trust="internal"):
        service = tm.add(tg.Service("Permit service"))
        store = tm.add(tg.DataStore(store_name))
        llm = tm.add(tg.LLM("Checklist LLM", origin="in-house"))
    tm.flow(contractor, service, form, protocol="https")
    tm.flow(bulletins, service, tg.Data("Hazard notice", kind="documents"), protocol="https")
    tm.flow(service, store, *((written,) if written is not None else ()))
    tm.flow(store, service, *((written,) if written is not None else ()))
    tm.flow(service, llm, tg.Data("Checklist prompt", kind="prompt"))
    tm.flow(llm, service, tg.Data("Checklist", kind="model-output"))
    tm.flow(service, contractor, tg.Data("Checklist", kind="model-output"), protocol="https")
    return tm


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_records_a_service_stores_and_rereads_are_not_memory() -> None:
    # the permit form the service saved and reads back into its prompt: the
    # contractor's record, not a memory
    tm = _permits(written=tg.Data("Permit records", kind="records"))
    assert _open(tm) == []
    # the contractor's text still reaches the model: the injection findings say so
    assert [f for f in tm.analyze().open() if "injection" in f.rule]


def test_a_conversation_a_service_keeps_is_memory() -> None:
    (f,) = _open(_permits(written=tg.Data("Chat history", kind="records")))
    assert f.target.ids == ("permit-database",)
    assert "keeps conversation history" in f.explanation
    # a chat history is a thread: the chat-history techniques, not the memory one
    assert {"AML.T0080.001", "AML.T0092"} <= set(f.atlas)
    assert "AML.T0080.000" not in f.atlas


def test_the_models_own_output_a_service_keeps_is_memory() -> None:
    (f,) = _open(_permits(written=tg.Data("Draft checklist", kind="model-output")))
    assert f.target.ids == ("permit-database",)


def test_an_undeclared_write_counts_when_the_store_is_named_for_conversations() -> None:
    assert _open(_permits(written=None)) == []
    (f,) = _open(_permits(written=None, store_name="Conversation store"))
    assert f.target.ids == ("conversation-store",)


def _rota(*, tool_writes: bool) -> tg.ThreatModel:
    """Drivers ask an agent for shift swaps in an app; the agent's swap tool records the
    swap in the roster store the agent reads back (in the variant, the agent writes its
    own swap notes there instead)."""
    tm = tg.ThreatModel("Rota")
    swap = tg.Data("Swap decision", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        driver = tm.add(tg.Actor("Driver"))
        other = tm.add(tg.DataSource("Depot notices", origin="public-web"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Rostering agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Swap tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("Roster store", stores={swap}))
    tm.flow(driver, agent, tg.Data("Swap request", kind="prompt"), protocol="https")
    tm.flow(other, tool, tg.Data("Notice", kind="documents"), protocol="https")
    tm.flow(agent, tool, tg.Data("Swap call", kind="tool-call"))
    tm.flow(tool, agent, tg.Data("Swap result", kind="tool-result"))
    if tool_writes:
        tm.flow(tool, store, swap)
    else:
        tm.flow(agent, store, swap)
    tm.flow(store, agent, swap)
    return tm


def test_records_an_agents_tool_writes_are_not_its_memory() -> None:
    # the tool also reads public notices, so its writes are not only the fields of the
    # agent's calls; still, what it writes is a roster record
    assert _open(_rota(tool_writes=True)) == []


def test_what_the_agent_writes_itself_is_its_memory() -> None:
    (f,) = _open(_rota(tool_writes=False))
    assert f.target.ids == ("roster-store",)
    # nothing names a conversation: the text says what the store keeps (the agent's
    # records), not that it is a chat history, and the tags are the memory technique's
    assert "conversation history" not in f.explanation
    assert "what Rostering agent writes (notes and records" in f.explanation
    assert "AML.T0080.000" in f.atlas
    assert "AML.T0092" not in f.atlas
    assert "AML.T0080.001" not in f.atlas
