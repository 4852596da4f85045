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


def test_a_decision_passed_on_only_to_a_persons_phone_is_left_out() -> None:
    """The set-108 re-review's claims API relays the claim decision to the customer's
    app: it tells, it does not act."""
    tm = tg.ThreatModel("claims")
    decision = tg.Data("Claim decision", kind="records")
    with tm.boundary("Customers", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        app = tm.add(tg.Device("Claims mobile app"))
    with tm.boundary("Cloud", trust="internal"):
        cms = tm.add(tg.Service("Claims management system"))
        api = tm.add(tg.Endpoint("Claims API"))
    tm.flow(customer, app, tg.Data("Claim form", kind="records"))
    tm.flow(app, api, tg.Data("Claim form", kind="records"), protocol="https")
    tm.flow(cms, api, decision, protocol="https")
    tm.flow(api, app, decision, protocol="https")
    tm.flow(app, customer, decision)
    assert not _found(tm)


def test_a_machine_told_the_decision_acts_on_it() -> None:
    tm = tg.ThreatModel("scooters")
    unlock = tg.Data("Unlock command", kind="records")
    with tm.boundary("Street", trust="untrusted"):
        scooter = tm.add(tg.Device("Scooter"))
    with tm.boundary("Cloud", trust="internal"):
        check = tm.add(tg.Service("Helmet check service"))
        gateway = tm.add(tg.Service("Fleet IoT gateway"))
    tm.flow(check, gateway, unlock, protocol="https")
    tm.flow(gateway, scooter, unlock, protocol="mqtts")
    (f,) = _open(tm)
    assert f.target.ids == ("fleet-iot-gateway",)


def test_a_control_network_component_that_takes_outside_writes_is_left_to_that_finding() -> None:
    """The set-108 re-review struck it beside the control-network finding on the same
    dispatch service: authenticating each writer answers both."""
    tm = tg.ThreatModel("solar")
    with tm.boundary("Control centre", trust="internal"):
        optimizer = tm.add(tg.Service("Setpoint optimizer"))
    with tm.boundary("Operations control zone", trust="restricted"):
        hmi = tm.add(tg.Service("Operator HMI"))
        dispatch = tm.add(tg.Service("Dispatch service"))
        plc = tm.add(tg.Service("Site PLC"))
        inverters = tm.add(tg.Device("Inverters", fleet=False))
    tm.flow(optimizer, dispatch, tg.Data("Setpoints", kind="records"), protocol="https")
    tm.flow(hmi, dispatch, tg.Data("Engineer overrides", kind="records"), protocol="https")
    tm.flow(dispatch, plc, tg.Data("Setpoints", kind="records"), protocol="modbus")
    tm.flow(plc, inverters, tg.Data("Setpoints", kind="records"))
    report = tm.analyze()
    assert list(report.for_rule("stride/control-network-write"))
    assert not list(report.for_rule(RULE))


def test_a_decision_the_receiver_downloads_over_tls_comes_from_the_server_it_checked() -> None:
    """Set 94's dental-lab reviewer: the CAM service downloads the approved design over
    https, so TLS already proves who sends it."""
    tm = tg.ThreatModel("lab")
    design = tg.Data("Approved crown design", kind="records")
    with tm.boundary("Lab", trust="internal"):
        review = tm.add(tg.Service("Design review app"))
        cam = tm.add(tg.Service("CAM nesting service"))
        store = tm.add(tg.DataStore("Job store"))
    tm.flow(review, cam, design, protocol="https", label="download for nesting")
    tm.flow(cam, store, tg.Data("Milling job", kind="records"))
    assert not _found(tm)
    pushed = tg.ThreatModel("lab2")
    with pushed.boundary("Lab", trust="internal"):
        review = pushed.add(tg.Service("Design review app"))
        cam = pushed.add(tg.Service("CAM nesting service"))
        store = pushed.add(tg.DataStore("Job store"))
    pushed.flow(review, cam, design, protocol="https", label="pushes the approved design")
    pushed.flow(cam, store, tg.Data("Milling job", kind="records"))
    assert _found(pushed)


def test_a_decision_handed_over_on_the_same_host_crosses_no_network() -> None:
    """Set 445 (WRONG: "the console and the relay assistant both run on the same control
    laptop and the flow is declared local, so there is no network path to forge on"): a
    decision sent over a protocol declared ``local`` stays on the host, where nothing
    else on a network can send it in the console's name; over a network protocol the
    same hand-over is still raised."""
    assert _open(_payments(protocol="local")) == []
    assert _found(_payments(protocol="local")) == []
    (f,) = _open(_payments(protocol="http"))
    assert f.target.ids == ("payments-service",)


def _gateway(*, protocol: str | None = "https", person_decides: bool = False) -> tg.ThreatModel:
    """A festival's edge gateway sends each wristband tap to a cloud scoring service
    and acts on the verdict the service sends back (set 451's wristband scorer)."""
    tm = tg.ThreatModel("festival")
    with tm.boundary("Site", trust="internal"):
        gateway = tm.add(tg.Service("Site edge gateway"))
        gate = tm.add(tg.DataStore("Gate log"))
    with tm.boundary("Cloud", trust="internal"):
        scoring = tm.add(tg.Service("Scoring service"))
        if person_decides:
            guard = tm.add(tg.Actor("Security officer"))
            tm.flow(guard, scoring, tg.Data("Block decision", kind="records"))
    verdict = tg.Data("Scan decision", kind="records")
    tm.flow(gateway, scoring, tg.Data("Scan event", kind="records"), protocol=protocol)
    tm.flow(scoring, gateway, verdict, protocol=protocol)
    tm.flow(gateway, gate, verdict)
    return tm


def test_the_answer_to_the_components_own_call_over_tls_is_not_forgeable_on_the_way() -> None:
    """Three reviewers struck the finding on such a pair ("flow 21 is the HTTPS reply to
    a request the lane controller makes itself, so the server is authenticated by
    TLS"); the gateway checked the server it called."""
    assert _found(_gateway()) == []


def test_an_unencrypted_call_or_a_decision_a_person_makes_there_is_still_raised() -> None:
    # over plain HTTP the reply can be forged on the way
    (f,) = _open(_gateway(protocol="http"))
    assert f.target.ids == ("site-edge-gateway",)
    # with nothing declared, nothing says the gateway called over TLS
    assert _open(_gateway(protocol=None))
    # a person decides at the service: what it sends may be pushed, not answered
    assert _open(_gateway(person_decides=True))


def _turnstile(
    *,
    protocol: str = "https",
    across: bool = False,
    shows: bool = False,
    sensitivity: str = "internal",
) -> tg.ThreatModel:
    """A matcher service tells a turnstile to open; the turnstile opens (set 451's
    festival scanners, a theme park's fast lane, a dormitory's door controller)."""
    tm = tg.ThreatModel("turnstile")
    with tm.boundary("Park", trust="internal"):
        matcher = tm.add(tg.Service("Edge gate matcher"))
        visitor = tm.add(tg.Actor("Visitor"))
        if not across:
            gate = tm.add(tg.Device("Fast-lane turnstile"))
    if across:
        with tm.boundary("Ride network", trust="internal"):
            gate = tm.add(tg.Device("Fast-lane turnstile"))
    decision = tg.Data("Open decision", kind="records", sensitivity=sensitivity)
    tm.flow(matcher, gate, decision, protocol=protocol)
    if shows:
        tm.flow(gate, visitor, decision)
    return tm


def test_a_device_acting_on_a_decision_nobody_authenticates() -> None:
    """Reviewers named forged open or unlock decisions to gates, turnstiles, door
    controllers and tills missing on about a dozen designs where the finding was
    raised only on services."""
    (f,) = _open(_turnstile())
    assert f.target.ids == ("fast-lane-turnstile",)
    assert "Open decision" in f.explanation


def test_a_cleartext_crossing_to_a_device_is_the_cleartext_findings() -> None:
    tm = _turnstile(protocol="http", across=True, sensitivity="confidential")
    assert _found(tm) == []
    (clear,) = [f for f in tm.analyze().open() if f.rule == "stride/unencrypted-boundary-crossing"]
    assert clear.target.ids == ("edge-gate-matcher->fast-lane-turnstile",)
    # where that finding is not raised (a public datum on the link), this one is
    tm = _turnstile(protocol="http", across=True, sensitivity="public")
    assert not [f for f in tm.analyze().open() if f.rule == "stride/unencrypted-boundary-crossing"]
    assert _open(tm)
    # within one zone, plain http is no crossing: this finding says it
    assert _open(_turnstile(protocol="http"))


def test_a_device_that_only_shows_the_decision_to_a_person_is_a_messenger() -> None:
    assert _found(_turnstile(shows=True)) == []
