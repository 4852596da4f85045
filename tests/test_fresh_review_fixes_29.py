"""Fixes taken from the review of fresh set 29 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round36-fresh29``) and the earlier
verdicts it confirmed: each test pins what reviewers struck and the variants of the
same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

MEMORY = "ai/agent-memory-poisoning"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _mortgage_chat(*, also: str | None = None) -> tg.ThreatModel:
    """Borrowers on the internet chat with an assistant through an API; it keeps each
    conversation in a history store and reads the recent turns back into its context.
    In the variants, a loan officer also talks to the assistant (``officer``; with
    privileges, ``privileged officer``), or an
    appraisal firm's report reaches the assistant once, from the firm's feed, with no
    copy the assistant reads again (``documents``; one it re-reads from a store in every
    session is `test_fresh_review_fixes_43`'s index case)."""
    tm = tg.ThreatModel("mortgage chat")
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    answer = tg.Data("Answer", kind="model-output", sensitivity="pii")
    turns = tg.Data("Conversation turns", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        borrower = tm.add(tg.Actor("Borrower"))
        appraiser = (
            tm.add(tg.DataSource("Appraisal firm feed", origin="partner"))
            if also == "documents"
            else None
        )
    with tm.boundary("Bank", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API"))
        agent = tm.add(tg.Agent("Mortgage assistant"))
        history = tm.add(tg.DataStore("Chat history", stores={turns}))
        officer = (
            tm.add(tg.Actor("Loan officer", privileged=also == "privileged officer"))
            if also in ("officer", "privileged officer")
            else None
        )
    tm.flow(borrower, api, question, protocol="https")
    tm.flow(api, agent, question)
    tm.flow(agent, api, answer)
    tm.flow(api, borrower, answer, protocol="https")
    tm.flow(agent, history, turns)
    tm.flow(history, agent, turns)
    if officer is not None:
        tm.flow(officer, agent, tg.Data("Officer question", kind="prompt"), protocol="https")
    if appraiser is not None:
        tm.flow(appraiser, agent, tg.Data("Appraisal", kind="documents"), protocol="https")
    return tm


def test_a_history_only_its_own_speaker_writes_and_reads_is_no_separate_threat() -> None:
    """The mortgage chat of an earlier set and the recipe planner (both struck as weak),
    and set 29's hotel guest (struck with the same reasoning): what a borrower plants in
    their own history they could say in any turn; the direct injection finding says it."""
    assert _open(_mortgage_chat(), MEMORY) == []
    assert _open(_mortgage_chat(), "ai/prompt-injection-direct") != []


@pytest.mark.parametrize("also", ["privileged officer", "documents"])
def test_a_history_someone_else_reads_or_others_content_enters_stays(also: str) -> None:
    (f,) = _open(_mortgage_chat(also=also), MEMORY)
    assert f.target.ids == ("chat-history",)


def test_staff_who_take_up_the_borrowers_case_do_not_make_it_someone_elses_history() -> None:
    """Reviewers struck four findings whose only other talker was staff taking up the
    person's case (a physiotherapist, a hotel's front desk, a vet clinic's staff, a
    recruiter and a hiring manager): they read that person's words as part of the case, and the injection
    findings name that path. A privileged person (the owner of an assistant strangers
    can message, as in the ClawdBot case) stays someone else."""
    assert _open(_mortgage_chat(also="officer"), MEMORY) == []
    assert _open(_mortgage_chat(also="officer"), "ai/prompt-injection-direct") != []


INFERENCE = "ai/training-data-inference"


def _thumbnail_generator(*, stats: str) -> tg.ThreatModel:
    """Creators prompt an image model the platform fine-tunes on its best thumbnails,
    picked with stats out of a warehouse of viewers' clicks: aggregate counts
    (``internal``), the clicks themselves (``pii``), or a flow that does not say."""
    tm = tg.ThreatModel("thumbnails")
    clicks = tg.Data("Viewer clicks", kind="feedback", sensitivity="pii")
    counts = (
        tg.Data("Click-through stats", kind="feedback", sensitivity=stats)
        if stats != "undeclared"
        else None
    )
    examples = tg.Data("Fine-tuning examples", kind="training-data", sensitivity="internal")
    prompt = tg.Data("Prompt", kind="prompt", sensitivity="internal")
    image = tg.Data("Image", kind="model-output", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        creator = tm.add(tg.Actor("Creator"))
        viewer = tm.add(tg.Actor("Viewer"))
    with tm.boundary("Platform", trust="internal"):
        api = tm.add(tg.Endpoint("Studio API"))
        model = tm.add(tg.Model("Image model", task="generative"))
        warehouse = tm.add(tg.DataStore("Analytics warehouse", stores={clicks}))
        curation = tm.add(tg.Pipeline("Curation job", stage="preprocessing"))
        dataset = tm.add(tg.Dataset("Tuning set", stores={examples}))
        tune = tm.add(tg.Pipeline("Fine-tune", stage="fine-tuning"))
    tm.flow(viewer, warehouse, clicks, protocol="https")
    if counts is not None:
        tm.flow(warehouse, curation, counts)
    else:
        tm.flow(warehouse, curation)
    tm.flow(curation, dataset, examples)
    tm.flow(dataset, tune, examples)
    tm.flow(tune, model, tg.Data("Weights", kind="model-artifact"))
    tm.flow(creator, api, prompt, protocol="https")
    tm.flow(api, model, prompt)
    tm.flow(model, api, image)
    tm.flow(api, creator, image, protocol="https")
    return tm


def test_aggregate_counts_out_of_a_store_of_personal_data_train_on_no_one() -> None:
    """Set 29's thumbnail generator (struck as wrong): the curation job takes declared
    internal stats out of the analytics warehouse, not the viewers' clicks it holds."""
    assert _open(_thumbnail_generator(stats="internal"), INFERENCE) == []


@pytest.mark.parametrize("stats", ["pii", "undeclared"])
def test_personal_data_the_flow_carries_or_does_not_rule_out_still_counts(stats: str) -> None:
    (f,) = _open(_thumbnail_generator(stats=stats), INFERENCE)
    assert f.target.ids == ("image-model",)


PER_CALLER = "stride/missing-subject-authorization"


def _benefits_agent(*, one_agent: bool) -> tg.ThreatModel:
    """Employees chat with a benefits agent whose HR lookup tool reads the HR database
    and whose payroll lookup tool reads payroll (in the variant, a second agent owns
    the payroll lookup)."""
    tm = tg.ThreatModel("benefits")
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    answer = tg.Data("Answer", kind="model-output", sensitivity="pii")
    hr = tg.Data("HR record", kind="records", sensitivity="pii")
    pay = tg.Data("Pay record", kind="records", sensitivity="regulated")
    call = tg.Data("Lookup", kind="tool-call", sensitivity="internal")
    with tm.boundary("Intranet", trust="internal"):
        employee = tm.add(tg.Actor("Employee", role="employee"))
        agent = tm.add(tg.Agent("Benefits agent"))
        other = agent if one_agent else tm.add(tg.Agent("Payroll agent"))
        hr_tool = tm.add(tg.Tool("HR lookup", capabilities={"read"}))
        pay_tool = tm.add(tg.Tool("Payroll lookup", capabilities={"read"}))
        hris = tm.add(tg.DataStore("HR database", stores={hr}))
        payroll = tm.add(tg.DataStore("Payroll", stores={pay}))
    for a in {agent.id: agent, other.id: other}.values():
        tm.flow(employee, a, question, protocol="https")
        tm.flow(a, employee, answer, protocol="https")
    for a, tool, store, rec in ((agent, hr_tool, hris, hr), (other, pay_tool, payroll, pay)):
        tm.flow(a, tool, call)
        tm.flow(tool, store, call)
        tm.flow(store, tool, rec)
        tm.flow(tool, a, rec)
    return tm


def test_stores_one_agent_reads_through_its_tools_for_the_same_callers_are_one_finding() -> None:
    """Set 29's benefits assistant (the payroll finding struck as a duplicate of the HR
    one), an earlier claims agent's photo bucket (struck as a duplicate) and a desktop
    assistant's mail server (struck as wrong beside its chat history)."""
    (f,) = _open(_benefits_agent(one_agent=True), PER_CALLER)
    assert f.target.ids == ("payroll",)
    assert "Payroll (Intranet, internal) (and HR database) holds regulated records" in (
        f.explanation
    )


def test_stores_two_agents_read_stay_two_findings() -> None:
    found = _open(_benefits_agent(one_agent=False), PER_CALLER)
    assert sorted(f.target.ids for f in found) == [("hr-database",), ("payroll",)]


def _transit(framework: str, *, from_outside: str | None = "https") -> tg.Requirement:
    """The encryption-in-transit requirement of ``framework`` on an intake service:
    records come from a patient over ``from_outside`` and go to an agent in the same
    zone with no protocol."""
    tm = tg.ThreatModel("transit", frameworks=[framework])
    record = tg.Data("Record", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Hospital", trust="internal"):
        api = tm.add(tg.Endpoint("Intake API"))
        agent = tm.add(tg.Agent("Intake agent"))
    tm.flow(patient, api, record, protocol=from_outside)
    tm.flow(api, agent, record)
    (req,) = [
        r
        for r in tm.analyze().requirements
        if r.id == f"compliance/{framework}/encryption-in-transit"
    ]
    return req


def test_cardholder_data_is_asked_only_across_open_networks() -> None:
    """PCI DSS 4.0 requirement 4 asks for encryption of cardholder data sent over open,
    public networks: a user trial found the transit requirement flagging a hop inside the
    cardholder data environment. Flows with an end outside the organisation's zones are
    asked; flows between its own are not."""
    assert _transit("pci-dss").status == "met"
    unmet = _transit("pci-dss", from_outside=None)
    assert unmet.status == "unmet"
    assert unmet.missing == ("patient->intake-api",)
    assert _transit("hipaa").missing == ("intake-api->intake-agent",)


@pytest.mark.parametrize("framework", ["hipaa"])
def test_regulated_data_inside_one_zone_needs_encryption_in_transit_too(framework: str) -> None:
    """Set 29's benefits assistant and set 30's discharge planner: the requirement was
    "met at all 4 places" while internal flows of health data declared no protocol; a
    flow that stays on the host needs none. (HIPAA only: PCI DSS asks for open networks,
    see above.)"""
    tm = tg.ThreatModel("transit", frameworks=[framework])
    record = tg.Data("Record", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Hospital", trust="internal"):
        api = tm.add(tg.Endpoint("Intake API"))
        agent = tm.add(tg.Agent("Intake agent"))
        store = tm.add(tg.DataStore("Case store", stores={record}))
        sidecar = tm.add(tg.Service("Redaction sidecar"))
    tm.flow(patient, api, record, protocol="https")
    tm.flow(api, agent, record)
    tm.flow(agent, store, record, protocol="tls")
    tm.flow(agent, sidecar, record, protocol="local")
    (req,) = [
        r
        for r in tm.analyze().requirements
        if r.id == f"compliance/{framework}/encryption-in-transit"
    ]
    assert req.status == "unmet"
    assert req.missing == ("intake-api->intake-agent",)
