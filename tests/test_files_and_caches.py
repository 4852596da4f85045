"""Rules taken from reviewers' missing-threat lists: files from outsiders opened
without isolation (``stride/untrusted-file-parsing``), model answers cached by
question and served across callers (``ai/shared-answer-cache``), and an agent's tools
fetching people's records for whoever asks (``ai/tool-caller-binding``)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding
from threatgraph.vocab import Status

FILES = "stride/untrusted-file-parsing"
CACHE = "ai/shared-answer-cache"


def _found(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == rule]


# ---------------------------------------------------------------------------- files


def _upload_chain(
    *,
    sandboxed: frozenset[str] = frozenset(),
    protocol: str = "https",
    kind: str = "documents",
    sender_trust: str = "untrusted",
    parser_trust: str = "internal",
) -> tg.ThreatModel:
    """A candidate uploads a file; an intake service turns it into text and keeps the
    file, an extractor turns the text and the file into a record."""
    tm = tg.ThreatModel("uploads")
    upload = tg.Data("Uploaded file", kind=kind, sensitivity="pii")
    text = tg.Data("Extracted text", kind="records", sensitivity="pii")
    record = tg.Data("Candidate record", kind="records", sensitivity="pii")

    def ctl(name: str) -> set[c.Control]:
        return {c.Sandboxing()} if name in sandboxed else set()

    with tm.boundary("Outside", trust=sender_trust):
        sender = tm.add(tg.Actor("Candidate"))
    with tm.boundary("Processing", trust=parser_trust):
        intake = tm.add(tg.Service("Intake", controls=ctl("intake")))
        extractor = tm.add(tg.Service("Extractor", controls=ctl("extractor")))
    with tm.boundary("Data", trust="restricted"):
        store = tm.add(tg.DataStore("Records"))
    tm.flow(sender, intake, upload, protocol=protocol)
    tm.flow(intake, extractor, upload, text)
    tm.flow(extractor, store, record)
    return tm


def test_one_finding_per_model_on_the_opener_nearest_the_outside() -> None:
    found = _found(_upload_chain(), FILES)
    assert [f.target.key for f in found] == ["element:intake"]
    (f,) = found
    assert f.status is Status.OPEN
    assert "Uploaded file" in f.explanation
    assert "Candidate" in f.explanation
    # the other opener is named, not raised again
    assert "so do Extractor" in f.explanation
    assert "element:extractor" in {t.key for t in f.affected}


def test_a_sandbox_on_the_nearest_opener_moves_the_finding_to_the_next() -> None:
    found = _found(_upload_chain(sandboxed=frozenset({"intake"})), FILES)
    assert [(f.target.key, f.status) for f in found] == [("element:extractor", Status.OPEN)]
    assert "so do" not in found[0].explanation


def test_sandboxes_on_every_opener_mitigate_it() -> None:
    found = _found(_upload_chain(sandboxed=frozenset({"intake", "extractor"})), FILES)
    assert [f.target.key for f in found] == ["element:intake"]
    assert found[0].status is not Status.OPEN
    assert "sandboxing" in found[0].controls_present


def test_live_audio_over_a_call_protocol_is_a_stream_not_a_file() -> None:
    assert _found(_upload_chain(kind="media", protocol="sip"), FILES) == []
    assert [f.target.key for f in _found(_upload_chain(kind="media"), FILES)] == ["element:intake"]


def test_files_from_inside_or_opened_by_a_partner_are_not_raised() -> None:
    assert _found(_upload_chain(sender_trust="internal"), FILES) == []
    assert _found(_upload_chain(parser_trust="partner"), FILES) == []


def test_a_service_that_only_stores_the_file_opens_nothing() -> None:
    tm = tg.ThreatModel("store only")
    f = tg.Data("Photo", kind="media", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Seller"))
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Service("Upload API"))
        bucket = tm.add(tg.DataStore("Photo bucket"))
    tm.flow(user, api, f, protocol="https")
    tm.flow(api, bucket, f)
    assert _found(tm, FILES) == []


# ---------------------------------------------------------------------------- caches


def _cache_model(
    *,
    returns_question: bool = False,
    answer: str = "confidential",
    reads_personal: bool = False,
    cache_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    tm = tg.ThreatModel("cache")
    question = tg.Data("Question", kind="prompt", sensitivity="internal")
    reply = tg.Data("Answer", kind="model-output", sensitivity=answer)
    orders = tg.Data("Orders", kind="records", sensitivity="pii")
    with tm.boundary("Corp", trust="internal"):
        user = tm.add(tg.Actor("Employee"))
        svc = tm.add(tg.Service("Answer service"))
        cache = tm.add(tg.DataStore("Answer cache", controls=cache_controls))
        db = tm.add(tg.DataStore("Order database"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM"))
    tm.flow(user, svc, question)
    tm.flow(svc, cache, question, reply)
    tm.flow(cache, svc, *((question, reply) if returns_question else (reply,)))
    tm.flow(svc, llm, question, protocol="https")
    tm.flow(llm, svc, reply, protocol="https")
    if reads_personal:
        tm.flow(db, svc, orders)
    tm.flow(svc, user, reply)
    return tm


def test_a_cache_of_confidential_answers_looked_up_by_question_is_raised_once() -> None:
    (f,) = _found(_cache_model(), CACHE)
    assert f.target.key == "element:answer-cache"
    assert f.status is Status.OPEN
    assert "Answer service" in f.explanation
    assert "next caller" in f.explanation


def test_a_conversation_history_returns_the_turns_and_is_no_cache() -> None:
    assert _found(_cache_model(returns_question=True), CACHE) == []


def test_public_answers_from_public_data_are_not_raised() -> None:
    assert _found(_cache_model(answer="public"), CACHE) == []
    # the same answers built from personal records are
    (f,) = _found(_cache_model(answer="public", reads_personal=True), CACHE)
    assert "personal data" in f.explanation


def test_scoping_the_cache_per_caller_mitigates_it() -> None:
    (f,) = _found(_cache_model(cache_controls=frozenset({c.MemoryHardening()})), CACHE)
    assert f.status is not Status.OPEN


# ---------------------------------------------------------------------------- tool binding


def _phone_bot(*, through_check: bool, bound: bool = False) -> tg.ThreatModel:
    """Callers reach a voice bot (directly, or through a speaker-check model) whose
    account tool fetches subscribers' records from the billing service."""
    tm = tg.ThreatModel("phone bot")
    speech = tg.Data("Caller speech", kind="prompt", sensitivity="pii")
    with tm.boundary("Phone network", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Contact centre", trust="internal"):
        bot = tm.add(tg.Agent("Voice bot"))
        tool = tm.add(tg.Tool("Account tool", capabilities={"read"}))
        billing = tm.add(tg.Service("Billing service", controls={c.ABAC()} if bound else set()))
        if through_check:
            check = tm.add(tg.Model("Speaker check", task="verification"))
            tm.flow(caller, check, speech, protocol="https")
            tm.flow(check, bot, speech)
        else:
            tm.flow(caller, bot, speech, protocol="https")
    tm.flow(bot, tool, tg.Data("Account query", kind="tool-call"))
    tm.flow(tool, billing, tg.Data("Billing request", kind="tool-call"))
    tm.flow(billing, tool, tg.Data("Subscriber record", kind="records", sensitivity="pii"))
    tm.flow(tool, bot, tg.Data("Account details", kind="tool-result", sensitivity="pii"))
    return tm


def test_an_agents_tool_fetching_peoples_records_names_the_callers_it_acts_for() -> None:
    for through_check in (False, True):
        (f,) = _found(_phone_bot(through_check=through_check), "ai/tool-caller-binding")
        assert f.target.key == "element:voice-bot"
        assert "Caller" in f.explanation
        assert "Account tool" in f.explanation
        assert "Billing service" in f.explanation


def test_binding_the_tool_to_the_caller_mitigates_it() -> None:
    (f,) = _found(_phone_bot(through_check=False, bound=True), "ai/tool-caller-binding")
    assert f.status is not Status.OPEN
    assert "abac" in f.controls_present
