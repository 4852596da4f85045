"""``ai/fail-open-check``: a component we run waits on a high-stakes model that guards
something (a fraud score, a defect detector, an identity check) before it lets a thing
go on, and nothing declared says what it does when the model does not answer.
Held-out reviewers named this missing on dozens of tracked designs ("if transactions
proceed, an outage or deliberate overload becomes a fraud window"; "do eggs pass
ungraded?")."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/fail-open-check"
PAYMENT = tg.Data("Payment request", kind="records")
SCORE = tg.Data("Fraud score", kind="model-output")
DECISION = tg.Data("Payment decision", kind="records")


def _shop(
    *,
    gate: str = "Checkout service",
    model: str = "Fraud model",
    verdict: str = "Fraud score",
    task: str = "classifier",
    high_stakes: bool = True,
    gate_controls: frozenset[c.Control] = frozenset(),
    model_controls: frozenset[c.Control] = frozenset(),
    flow_controls: frozenset[c.Control] = frozenset(),
    through_endpoint: bool = False,
    second: str = "",
) -> tg.ThreatModel:
    """The shop's backend sends each payment to ``gate``, which asks ``model`` (through
    an inference endpoint with ``through_endpoint``) and answers the backend; with
    ``second`` it also asks a second model of that name."""
    tm = tg.ThreatModel("shop")
    score = tg.Data(verdict, kind="model-output")
    with tm.boundary("Cloud", trust="internal"):
        shop = tm.add(tg.Service("Shop backend"))
        checkout = tm.add(tg.Service(gate, controls=set(gate_controls)))
        m = tm.add(
            tg.Model(model, task=task, high_stakes=high_stakes, controls=set(model_controls))
        )
        if through_endpoint:
            ep = tm.add(tg.Endpoint("Scoring endpoint"))
            tm.flow(checkout, ep, PAYMENT, controls=set(flow_controls))
            tm.flow(ep, checkout, score)
            tm.flow(ep, m, PAYMENT)
            tm.flow(m, ep, score)
        else:
            tm.flow(checkout, m, PAYMENT, controls=set(flow_controls))
            tm.flow(m, checkout, score)
        if second:
            other = tm.add(tg.Model(second, task="verification", high_stakes=True))
            tm.flow(checkout, other, PAYMENT)
            tm.flow(other, checkout, tg.Data("Match result", kind="model-output"))
    tm.flow(shop, checkout, PAYMENT)
    tm.flow(checkout, shop, DECISION)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_a_fraud_check_its_caller_waits_on_is_raised_once_on_the_caller() -> None:
    (f,) = _open(_shop())
    assert f.target.ids == ("checkout-service",)
    assert "waits on Fraud model" in f.explanation
    assert "Shop backend" in f.explanation
    assert "goes on unchecked" in f.explanation
    assert f.stride == (tg.Stride.DENIAL_OF_SERVICE,)
    assert "CWE-693" in f.cwe


def test_failing_closed_declared_on_the_caller_the_model_or_the_way_closes_it() -> None:
    held = frozenset({c.FailClosed(fallback="payments held until scoring answers")})
    for tm in (
        _shop(gate_controls=held),
        _shop(model_controls=held),
        _shop(flow_controls=held),
    ):
        assert _found(tm), "the finding is kept, mitigated"
        assert not _open(tm)


def test_monitoring_lowers_it_but_does_not_close_it() -> None:
    (bare,) = _open(_shop())
    (watched,) = _open(_shop(gate_controls=frozenset({c.AnomalyDetection()})))
    assert "anomaly_detection" in watched.controls_present
    assert (watched.likelihood, watched.severity) < (bare.likelihood, bare.severity)


def test_one_finding_names_every_check_the_caller_waits_on() -> None:
    (f,) = _open(_shop(second="Face match model"))
    assert "Face match model" in f.explanation
    assert "Fraud model" in f.explanation


def test_through_an_inference_endpoint_the_finding_is_the_callers() -> None:
    (f,) = _open(_shop(through_endpoint=True))
    assert f.target.ids == ("checkout-service",)
    assert "scoring-endpoint" in {t.ids[0] for t in f.affected}
    held = frozenset({c.FailClosed()})
    assert not _open(_shop(through_endpoint=True, flow_controls=held))


def test_checks_that_guard_nothing_or_are_not_high_stakes_are_left_out() -> None:
    assert not _found(_shop(model="Delivery slot model", verdict="Slot"))  # it sorts
    assert not _found(_shop(model="Plate reader", task="detector", verdict="Plate"))
    assert not _found(_shop(high_stakes=False))
    assert _found(_shop(model="Defect detector", task="detector"))
    assert _found(_shop(model="Selfie match", task="verification"))  # an identity check


def test_a_component_that_scores_on_a_schedule_is_left_out() -> None:
    assert not _found(_shop(gate="Nightly scoring job"))


def test_a_verdict_only_people_read_is_left_out() -> None:
    tm = tg.ThreatModel("claims")
    with tm.boundary("Cloud", trust="internal"):
        claims = tm.add(tg.DataStore("Claims database"))
        svc = tm.add(tg.Service("Claims review service"))
        m = tm.add(tg.Model("Claim fraud model", task="classifier", high_stakes=True))
        analyst = tm.add(tg.Actor("Claims analyst"))
    tm.flow(claims, svc, PAYMENT)
    tm.flow(svc, m, PAYMENT)
    tm.flow(m, svc, SCORE)
    tm.flow(svc, analyst, SCORE)
    assert not _found(tm)


def _line(*, plc_controls: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    """A vision PC asks a defect detector about each part and tells the line PLC."""
    tm = tg.ThreatModel("line")
    frames = tg.Data("Part images", kind="media")
    with tm.boundary("OT", trust="restricted"):
        cam = tm.add(tg.Device("Line camera"))
        pc = tm.add(tg.Service("Inspection PC"))
        m = tm.add(tg.Model("Defect detector", task="detector", high_stakes=True))
        plc = tm.add(tg.Service("Line PLC", controls=set(plc_controls)))
    tm.flow(cam, pc, frames, protocol="gige-vision")
    tm.flow(pc, m, frames)
    tm.flow(m, pc, tg.Data("Defect verdicts", kind="model-output"))
    tm.flow(pc, plc, tg.Data("Reject commands", kind="records"), protocol="profinet")
    return tm


def test_a_check_that_drives_the_line_and_safety_limits_on_the_plc() -> None:
    (f,) = _open(_line())
    assert "the line keeps moving" in f.explanation
    safe = frozenset({c.SafetyLimits(limits="PLC stops the line when verdicts stop")})
    assert not _open(_line(plc_controls=safe))


def test_an_outside_request_passed_on_after_the_check_is_raised() -> None:
    tm = tg.ThreatModel("returns")
    ret = tg.Data("Return request", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Service("Returns portal"))
        m = tm.add(tg.Model("Returns abuse model", task="classifier", high_stakes=True))
        refunds = tm.add(tg.Service("Refund service"))
    tm.flow(customer, portal, ret, protocol="https")
    tm.flow(portal, m, ret)
    tm.flow(m, portal, tg.Data("Abuse score", kind="model-output"))
    tm.flow(portal, refunds, ret)
    (f,) = _open(tm)
    assert "Refund service" in f.explanation


def test_a_live_detector_that_alerts_people_is_left_to_silent_detection() -> None:
    tm = tg.ThreatModel("pool")
    frames = tg.Data("Video frames", kind="media")
    with tm.boundary("Site", trust="internal"):
        cams = tm.add(tg.Device("Pool cameras"))
        svc = tm.add(tg.Service("Detection service"))
        m = tm.add(tg.Model("Drowning hazard detector", task="detector", high_stakes=True))
        guard = tm.add(tg.Actor("Lifeguard"))
        pager = tm.add(tg.Service("Pager service"))
    tm.flow(cams, svc, frames, protocol="rtsp")
    tm.flow(svc, m, frames)
    tm.flow(m, svc, tg.Data("Hazard alerts", kind="model-output"))
    tm.flow(svc, pager, tg.Data("Hazard alerts", kind="model-output"))
    tm.flow(pager, guard, tg.Data("Page", kind="records"))
    report = tm.analyze()
    assert not list(report.for_rule(RULE))
    assert list(report.for_rule("ai/silent-detection-failure"))


def test_a_declared_fallback_is_named_not_denied() -> None:
    """Set 97's exam-kiosk reviewer read "nothing declared says what it does" beside a
    declared fallback (the finding stayed open for the high-risk profile's second
    control): the text names the fallback instead."""
    held = frozenset({c.FailClosed(fallback="payments held until scoring answers")})
    (f,) = _found(_shop(gate_controls=held))
    assert "nothing declared" not in f.explanation
    assert "payments held until scoring answers" in f.explanation
    (bare,) = _found(_shop())
    assert "nothing declared says what it does" in bare.explanation


def _board(*, name: str, task: str | None = None, description: str = "") -> tg.ThreatModel:
    """A posting service asks a hosted language model about each post before it
    publishes it to the feed and answers the resident."""
    tm = tg.ThreatModel("noticeboard")
    post = tg.Data("Post", kind="documents")
    verdict = tg.Data("Post label", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        resident = tm.add(tg.Actor("Resident"))
    with tm.boundary("LLM vendor", trust="partner"):
        kw: dict[str, object] = {"origin": "third-party-api", "description": description}
        if task:
            kw["task"] = task
        llm = tm.add(tg.LLM(name, **kw))  # type: ignore[arg-type]
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Posting service"))
        feed = tm.add(tg.DataStore("Feed", stores={post}))
    tm.flow(resident, svc, post, protocol="https")
    tm.flow(svc, llm, post, protocol="https")
    tm.flow(llm, svc, verdict, protocol="https")
    tm.flow(svc, feed, post)
    tm.flow(svc, resident, tg.Data("Post status", kind="records"), protocol="https")
    return tm


def test_a_hosted_language_model_used_as_the_moderator_is_a_check() -> None:
    """A general model behind a vendor's API, asked to judge each post for abuse or
    scams before it is published, is the check: set 96's florist reviewer and set 28's
    tutoring-marketplace reviewer named its fail-open path missing. It needs no
    high-stakes mark; being used as the check makes it one."""
    for kw in (
        {"name": "Moderation LLM"},
        {"name": "Hosted LLM", "task": "classifier", "description": "labels scams and abuse"},
        {"name": "Hosted LLM", "description": "called with a moderation prompt"},
    ):
        (f,) = _open(_board(**kw))  # type: ignore[arg-type]
        assert f.target.ids == ("posting-service",)
        assert f"waits on {kw['name']}" in f.explanation


def test_a_language_model_that_writes_or_sorts_is_no_check() -> None:
    """A model that drafts replies is not asked for a verdict, whatever its description
    mentions; one that classifies posts by topic stops nothing."""
    assert _found(_board(name="Hosted LLM", description="drafts replies; vendor safety on")) == []
    assert _found(_board(name="Topic classifier LLM", task="classifier")) == []
