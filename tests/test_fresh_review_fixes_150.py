"""Changes taken from held-out verdicts reviewed before this session (sets up to 149),
made in the session of 2026-12-05 (sixteenth)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

FAIRNESS = "profile/high/fairness"
CONTESTABILITY = "profile/high/contestability"


def _extractor(out: str, *, kind: str = "model-output") -> tg.ThreatModel:
    """Set 92's contact-lens shop: customers upload a prescription, a service asks a
    high-stakes LLM to read it, and the fields go to an optician who checks them."""
    tm = tg.ThreatModel("extractor", profile="high")
    upload = tg.Data("Prescription scan", kind="documents", sensitivity="regulated")
    prompt = tg.Data("Reading prompt", kind="prompt", sensitivity="regulated")
    fields = tg.Data(out, kind=kind, sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Shop cloud", trust="internal"):
        service = tm.add(tg.Service("Prescription check service"))
        llm = tm.add(tg.LLM("Prescription reading LLM", high_stakes=True))
        optician = tm.add(tg.Actor("Optician"))
    tm.flow(customer, service, upload)
    tm.flow(service, llm, prompt)
    tm.flow(llm, service, fields)
    tm.flow(service, optician, fields)
    return tm


def _open(tm: tg.ThreatModel, rule: str = FAIRNESS) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).findings if f.rule == rule]


@pytest.mark.parametrize(
    "out",
    [
        "Extracted prescription fields",
        "Extracted invoice line items",
        "Code suggestions with quotes",
        "Call transcript",
    ],
)
def test_an_llm_that_only_copies_a_document_out_decides_about_no_one(out: str) -> None:
    """'The model transcribes a document. It does not score or classify people, so
    bias testing does not fit' (set 92); the same of invoice line items (set 49) and
    billing codes (set 15)."""
    assert _open(_extractor(out)) == []
    assert _open(_extractor(out), CONTESTABILITY) == []


@pytest.mark.parametrize(
    "out",
    [
        "Extracted details and draft offer",
        "Extracted fields and eligibility check",
        "Draft report and violation codes",
        "Prescription assessment",
    ],
)
def test_an_llm_whose_output_names_a_judgement_still_asks(out: str) -> None:
    """An offer, a check, a violation found or an assessment judges someone (a
    courier's settlement offer was kept, set 16; violation codes an inspector publishes
    were kept, set 60)."""
    assert _open(_extractor(out))


def _forecaster(*, features: str = "internal", personal_upstream: bool = True) -> tg.ThreatModel:
    """Set 144's tower crane: an edge computer turns the anemometer's readings and the
    weather feed into features for a high-stakes gust model; the edge computer also
    holds the crane operators' sign-ins, so a service before the model holds personal
    data."""
    tm = tg.ThreatModel("crane", profile="high")
    readings = tg.Data("Anemometer readings", kind="records")
    login = tg.Data("Operator sign-in", kind="records", sensitivity="pii")
    feats = tg.Data("Gust model inputs", kind="features", sensitivity=features)
    gust = tg.Data("Predicted peak gust", kind="model-output")
    with tm.boundary("Site", trust="internal"):
        anemometer = tm.add(tg.Device("Jib anemometer"))
        operator = tm.add(tg.Actor("Crane operator"))
        edge = tm.add(tg.Service("Crane edge computer"))
        model = tm.add(tg.Model("Gust prediction model", task="regressor", high_stakes=True))
    tm.flow(anemometer, edge, readings)
    if personal_upstream:
        tm.flow(operator, edge, login)
    tm.flow(edge, model, feats)
    tm.flow(model, edge, gust)
    tm.flow(edge, operator, gust)
    return tm


def test_a_model_fed_only_internal_features_decides_about_no_one() -> None:
    """'The model predicts wind gusts from sensor and weather data. It makes no
    decision about people' (set 144; the same of a ferry's deck loading, set 70, and a
    lifeboat's launch conditions, set 148)."""
    assert _open(_forecaster()) == []


def test_confidential_features_from_a_service_holding_personal_data_still_count() -> None:
    """Features a service makes from people's data, declared confidential, are still
    about them (a fraud service's order and account features)."""
    assert _open(_forecaster(features="confidential"))


def test_personal_data_straight_into_the_model_still_counts() -> None:
    assert _open(_forecaster(features="pii", personal_upstream=False))


def test_inputs_left_at_the_default_sensitivity_that_name_people_still_count() -> None:
    """Internal is the default: a credit model fed "Applicant features" by a service
    that holds applicants' personal data is still about them, whatever the features
    declare."""
    tm = tg.ThreatModel("credit", profile="high")
    form = tg.Data("Loan application", kind="records", sensitivity="pii")
    feats = tg.Data("Applicant features", kind="features")
    score = tg.Data("Credit score", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Bank", trust="internal"):
        service = tm.add(tg.Service("Scoring service"))
        model = tm.add(tg.Model("Credit model", task="classifier", high_stakes=True))
    tm.flow(applicant, service, form)
    tm.flow(service, model, feats)
    tm.flow(model, service, score)
    tm.flow(service, applicant, score)
    assert _open(tm)


CHECK_LEFT = "ai/check-left-to-agent"


def _permits(*, staff_prompt: bool = True) -> tg.ThreatModel:
    """Set 132's car park: staff chat with an agent that checks their eligibility in
    HR and then issues a permit and sets up a salary deduction; neither tool enforces
    the eligibility result. Without the chat, a schedule starts the agent."""
    tm = tg.ThreatModel("permits", profile="high")
    message = tg.Data("Staff chat message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Chatbot reply", kind="model-output")
    start = tg.Data("Nightly renewal run", kind="records")
    lookup = tg.Data("HR lookup request", kind="tool-call")
    verdict = tg.Data("Eligibility result", kind="tool-result", sensitivity="pii")
    criteria = tg.Data("Permit eligibility criteria", kind="documents")
    deduct = tg.Data("Deduction request", kind="tool-call", sensitivity="pii")
    with tm.boundary("Trust", trust="internal"):
        staff = tm.add(tg.Actor("Staff member"))
        chat = tm.add(tg.Endpoint("Permit chat endpoint"))
        timer = tm.add(tg.Service("Renewal scheduler"))
        agent = tm.add(tg.Agent("Permit assistant agent", autonomy="autonomous"))
        hr = tm.add(tg.DataStore("HR system", stores={criteria}))
        check = tm.add(tg.Tool("HR eligibility lookup", capabilities={"read"}))
        pay = tm.add(tg.Tool("Payroll deduction tool", capabilities={"money_movement"}))
    if staff_prompt:
        tm.flow(staff, chat, message)
        tm.flow(chat, agent, message)
        tm.flow(agent, chat, reply)
        tm.flow(chat, staff, reply)
    else:
        tm.flow(timer, agent, start)
    tm.flow(agent, check, lookup)
    tm.flow(check, hr, lookup)
    tm.flow(hr, check, criteria)
    tm.flow(check, agent, verdict)
    tm.flow(agent, pay, deduct)
    return tm


def test_staff_who_ask_for_the_step_the_check_limits_keep_it_at_full_odds() -> None:
    """'Staff have an obvious motive to try, so "rare" understates the likelihood'
    (set 132; the same of staff booking their own travel, set 151)."""
    (f,) = _open(_permits(), CHECK_LEFT)
    assert "Staff member" in f.explanation
    (quiet,) = _open(_permits(staff_prompt=False), CHECK_LEFT)
    assert "a model error" in quiet.explanation
    assert f.likelihood.value > quiet.likelihood.value


EXPOSED = "stride/exposed-interface"


def _webhook(*, signed: bool = True, person: bool = False) -> tg.ThreatModel:
    """Set 151's review bot: GitHub calls an internet-facing webhook receiver, which
    queues review jobs that set the agent's instructions; each call's signature is
    verified (message integrity on the flow)."""
    tm = tg.ThreatModel("bot")
    event = tg.Data("Pull request event", kind="records")
    job = tg.Data("Review job instructions", kind="instructions")
    with tm.boundary("GitHub", trust="partner"):
        github = tm.add(tg.ExternalService("GitHub"))
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Bot cloud project", trust="internal"):
        receiver = tm.add(tg.Endpoint("Webhook receiver", internet_facing=True))
        agent = tm.add(tg.Agent("PR review agent"))
    tm.flow(
        github,
        receiver,
        event,
        protocol="https",
        label="webhook",
        controls={c.MessageIntegrity()} if signed else set(),
    )
    if person:
        tm.flow(visitor, receiver, tg.Data("Visitor request", kind="records"), protocol="https")
    tm.flow(receiver, agent, job)
    return tm


def test_a_receiver_only_signed_webhooks_reach_is_not_an_exposed_interface() -> None:
    """'The only inbound flow declares message_integrity, which is GitHub's signed
    webhook. That is how webhooks are authenticated' (set 151)."""
    assert _open(_webhook(), EXPOSED) == []


def test_an_unsigned_webhook_or_a_person_reaching_it_still_counts() -> None:
    assert _open(_webhook(signed=False), EXPOSED)
    assert _open(_webhook(person=True), EXPOSED)
