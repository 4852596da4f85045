"""``stride/forged-decision``: a decision one of our components acts on (a release of a
held payment, an approved ad, a door unlock) arrives from another of ours, and nothing
declared authenticates the sender. Held-out reviewers named this missing on some forty
tracked designs ("approvals and analyst release verdicts reach the orchestrator with no
authentication, so any workload in the production network could approve a top-up")."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/forged-decision"
RELEASE = tg.Data("Release decision", kind="records")


def _payments(
    *,
    what: tg.Data = RELEASE,
    receiver_controls: frozenset[c.Control] = frozenset(),
    flow_controls: frozenset[c.Control] = frozenset(),
    receiver: str = "Payments service",
    sender_zone: str = "internal",
    protocol: str = "https",
    second: bool = False,
    to_person_only: bool = False,
) -> tg.ThreatModel:
    """An analyst decides on a case console, which sends the decision to ``receiver``."""
    tm = tg.ThreatModel("payments")
    with tm.boundary("Console zone", trust=sender_zone):
        analyst = tm.add(tg.Actor("Fraud analyst"))
        console = tm.add(tg.Service("Case console"))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service(receiver, controls=set(receiver_controls)))
        ledger = tm.add(tg.DataStore("Ledger"))
        customer = tm.add(tg.Actor("Customer"))
        if second:
            scorer = tm.add(tg.Service("Scoring service"))
            tm.flow(scorer, svc, tg.Data("Hold or allow verdict", kind="records"))
    tm.flow(analyst, console, what, protocol="https")
    tm.flow(console, svc, what, protocol=protocol, controls=set(flow_controls))
    if to_person_only:
        tm.flow(svc, customer, what, protocol="https")
    else:
        tm.flow(svc, ledger, tg.Data("Payment", kind="records"))
    return tm


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_release_decision_nobody_authenticates_is_raised_on_the_receiver() -> None:
    (f,) = _open(_payments())
    assert f.target.ids == ("payments-service",)
    assert "Release decision" in f.explanation
    assert "Case console" in f.explanation
    assert f.stride == (tg.Stride.SPOOFING,)
    assert "CWE-306" in f.cwe


def test_authenticating_the_sender_closes_it() -> None:
    mtls = frozenset({c.MutualAuthentication()})
    for tm in (
        _payments(receiver_controls=mtls),
        _payments(flow_controls=mtls),
        _payments(flow_controls=frozenset({c.Authentication(method="service token")})),
    ):
        assert _found(tm)
        assert not _open(tm)


def test_tls_alone_does_not_answer_it() -> None:
    (f,) = _open(_payments(protocol="https", flow_controls=frozenset({c.EncryptionInTransit()})))
    assert f.is_open


def test_audit_logging_lowers_it() -> None:
    (bare,) = _open(_payments())
    (logged,) = _open(_payments(receiver_controls=frozenset({c.AuditLogging()})))
    assert "audit_logging" in logged.controls_present
    assert (logged.likelihood, logged.severity) <= (bare.likelihood, bare.severity)


def test_one_finding_names_every_decision_and_sender() -> None:
    (f,) = _open(_payments(second=True))
    assert "Hold or allow verdict" in f.explanation
    assert "Scoring service" in f.explanation


def test_data_that_is_no_decision_is_left_out() -> None:
    assert not _found(_payments(what=tg.Data("Case note", kind="records")))


def test_a_sender_in_an_untrusted_zone_is_the_exposed_interface_findings() -> None:
    assert not _found(_payments(sender_zone="untrusted"))


def test_plant_equipment_and_plant_protocols_are_the_plant_command_findings() -> None:
    assert not _found(_payments(receiver="Pump PLC", protocol="modbus"))


def test_a_component_that_only_tells_people_the_decision_is_left_out() -> None:
    assert not _found(_payments(to_person_only=True))


def test_a_models_verdict_to_the_component_that_asks_it_is_left_out() -> None:
    tm = tg.ThreatModel("scoring")
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Checkout service"))
        model = tm.add(tg.Model("Fraud model", high_stakes=True))
        ledger = tm.add(tg.DataStore("Orders"))
    tm.flow(svc, model, tg.Data("Order", kind="records"))
    tm.flow(model, svc, tg.Data("Fraud verdict", kind="model-output"))
    tm.flow(svc, ledger, tg.Data("Order", kind="records"))
    assert not _found(tm)
