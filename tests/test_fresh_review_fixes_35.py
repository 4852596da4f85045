"""Fixes taken from the reviews of fresh sets 35 and earlier
(``benchmarks/quality/fresh``, reviewed while held out): each test pins what a
reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

INFERENCE = "ai/training-data-inference"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _screening(*, scores_back: bool) -> tg.ThreatModel:
    """Applicants apply through a portal; a risk model trained on regulated records
    returns scores to the screening service, which answers the applicant with a decision
    (in the variant, with the scores themselves)."""
    tm = tg.ThreatModel("screening")
    records = tg.Data("Tenant history", kind="training-data", sensitivity="regulated")
    application = tg.Data("Application", kind="records", sensitivity="pii")
    scores = tg.Data("Risk scores", kind="model-output", sensitivity="confidential")
    decision = tg.Data("Decision", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Platform", trust="internal"):
        portal = tm.add(tg.Endpoint("Applicant portal", purpose="api"))
        service = tm.add(tg.Service("Screening service"))
        model = tm.add(tg.Model("Tenant risk model", task="classifier", returns_scores=True))
        dataset = tm.add(tg.Dataset("Training set", stores={records}))
        job = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(applicant, portal, application, protocol="https")
    tm.flow(portal, service, application)
    tm.flow(service, model, tg.Data("Features", kind="features", sensitivity="pii"))
    tm.flow(model, service, scores)
    tm.flow(service, portal, scores if scores_back else decision)
    tm.flow(portal, applicant, scores if scores_back else decision, protocol="https")
    tm.flow(dataset, job, records)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_scores_that_never_reach_the_applicant_leak_no_membership() -> None:
    """Struck as wrong on a tenant-screening model, a clinic's no-show classifier and a
    crisis-risk classifier: the people who send requests get a decision or nothing back,
    never the scores a membership test needs."""
    assert _open(_screening(scores_back=False), INFERENCE) == []


def test_scores_returned_to_the_applicant_are_still_raised() -> None:
    (f,) = _open(_screening(scores_back=True), INFERENCE)
    assert f.target.ids == ("tenant-risk-model",)


INDIRECT = "ai/indirect-prompt-injection"


def _tenders(controls: set[tg.controls.Control]) -> tg.ThreatModel:
    """Bidders' tender submissions are indexed and retrieved into the prompt of a
    hosted LLM that drafts scoring notes; the LLM declares the given controls."""
    tm = tg.ThreatModel("tenders")
    bids = tg.Data("Tender submissions", kind="documents", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        bidder = tm.add(tg.Actor("Bidder"))
    with tm.boundary("Agency", trust="internal"):
        officer = tm.add(tg.Actor("Procurement officer"))
        index = tm.add(tg.VectorStore("Tender index", stores={bids}))
        orchestrator = tm.add(tg.Service("Evaluation orchestrator"))
        llm = tm.add(tg.LLM("Drafting LLM", controls=controls))
    tm.flow(bidder, index, bids, protocol="https")
    tm.flow(officer, orchestrator, tg.Data("Request", kind="prompt"), protocol="https")
    tm.flow(index, orchestrator, tg.Data("Passages", kind="retrieved-context"))
    tm.flow(orchestrator, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, orchestrator, tg.Data("Draft", kind="model-output"))
    tm.flow(orchestrator, officer, tg.Data("Draft notes", kind="model-output"), protocol="https")
    return tm


def test_a_content_filter_does_not_close_injection_through_retrieved_documents() -> None:
    """Set 36's procurement assistant (its reviewer's top missing threat: instructions a
    bidder hides in a tender, with only the vendor's default content filter declared),
    and injection listed as missing on eight earlier designs where guardrails alone had
    marked it mitigated. Guardrails lower it; keeping untrusted text apart from
    instructions answers it."""
    bare = tm_finding(_tenders(set()))
    guarded = tm_finding(_tenders({tg.controls.Guardrails()}))
    assert guarded.status.value == "open"
    assert "guardrails" in guarded.controls_present
    assert guarded.likelihood < bare.likelihood
    segregated = tm_finding(_tenders({tg.controls.UntrustedInputSegregation()}))
    assert segregated.status.value == "mitigated"


def tm_finding(tm: tg.ThreatModel) -> Finding:
    (f,) = [f for f in tm.analyze().findings if f.rule == INDIRECT]
    return f


BINDING = "ai/tool-caller-binding"


def _subrogation(*, scheduled: bool) -> tg.ThreatModel:
    """A nightly scheduler hands an agent the claims paid since its last run; the agent
    files recovery demands with other insurers through a portal tool and reads their
    replies. In the variant a claims handler asks the agent for each case instead."""
    tm = tg.ThreatModel("subrogation")
    batch = tg.Data("Paid claim batch", kind="records")
    with tm.boundary("Other insurers", trust="untrusted"):
        counterparty = tm.add(tg.Actor("Counterparty handler"))
        portal = tm.add(tg.ExternalService("Recovery portal"))
    with tm.boundary("Insurer", trust="internal"):
        claims = tm.add(tg.DataStore("Claims system", stores={batch}))
        agent = tm.add(tg.Agent("Subrogation agent"))
        tool = tm.add(tg.Tool("Portal tool", capabilities={"read", "write"}))
        if scheduled:
            starter = tm.add(tg.Service("Recovery scheduler"))
            tm.flow(claims, starter, batch)
            tm.flow(starter, agent, batch)
        else:
            handler = tm.add(tg.Actor("Claims handler"))
            tm.flow(handler, agent, tg.Data("Case request", kind="prompt"), protocol="https")
    demand = tg.Data("Recovery demand", kind="documents", sensitivity="pii")
    reply = tg.Data("Counterparty reply", kind="documents", sensitivity="pii")
    tm.flow(agent, tool, demand)
    tm.flow(tool, portal, demand, protocol="mtls")
    tm.flow(counterparty, portal, reply, protocol="https")
    tm.flow(portal, tool, reply, protocol="mtls")
    tm.flow(tool, agent, reply)
    return tm


def test_an_agent_a_scheduler_hands_records_acts_for_no_requester() -> None:
    """Set 36's subrogation agent (struck as wrong: "the agent works for the insurer;
    there is no requesting user"): a scheduler hands it the claims paid since its last
    run, and the other insurers whose replies its portal tool reads are the other side
    of that work."""
    assert _open(_subrogation(scheduled=True), BINDING) == []


def test_an_agent_a_person_starts_on_each_case_keeps_the_finding() -> None:
    (f,) = _open(_subrogation(scheduled=False), BINDING)
    assert f.target.ids == ("subrogation-agent",)
