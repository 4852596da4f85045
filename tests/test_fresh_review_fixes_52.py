"""Fixes taken from the verdicts recorded on fresh sets 51 to 53
(``benchmarks/quality/reviews/v2-round59-fresh51``, ``v2-round60-fresh52`` and
``v2-round61-fresh53``): each test pins what reviewers struck, with the variant of the
same design on which the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

EXPOSED = "stride/exposed-interface"


def _exposed(tm: tg.ThreatModel) -> dict[str, Finding]:
    return {f.target.ids[0]: f for f in tm.analyze().findings if f.rule == EXPOSED}


def _question_bank(*, portal_signs_in: bool) -> tg.ThreatModel:
    """Subject experts outside the board's network write through an authoring portal to
    a generation service that sets an item-writing agent's instructions. The portal
    authenticates them (or, in the variant, takes anyone's request)."""
    tm = tg.ThreatModel("question bank")
    request = tg.Data("Generation request", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        expert = tm.add(tg.Actor("Subject expert"))
    with tm.boundary("Exam board cloud", trust="internal"):
        controls = [tg.controls.Authentication(), tg.controls.RBAC()] if portal_signs_in else []
        portal = tm.add(tg.Endpoint("Authoring portal", controls=controls))
        service = tm.add(tg.Service("Question generation service"))
        config = tm.add(tg.DataStore("Agent configuration"))
        agent = tm.add(tg.Agent("Item-writing agent", autonomy="supervised"))
    tm.flow(expert, portal, request, protocol="https")
    tm.flow(portal, expert, tg.Data("Draft items", kind="model-output"), protocol="https")
    tm.flow(portal, service, request)
    tm.flow(service, portal, tg.Data("Draft items", kind="model-output"))
    tm.flow(service, config, tg.Data("Agent instructions", kind="instructions"))
    tm.flow(config, agent, tg.Data("Agent instructions", kind="instructions"))
    return tm


def test_a_service_reached_only_through_a_signing_in_portal_is_not_open_to_anyone() -> None:
    """Struck as wrong on sets 51 and 52: a service that changes an agent's
    configuration, reached only through a portal that authenticates, was called open
    to "anyone who reaches it". The portal's sign-in is what guards it."""
    found = _exposed(_question_bank(portal_signs_in=True))
    assert "question-generation-service" not in found


def test_the_same_service_behind_an_open_portal_is_exposed() -> None:
    """Variant: the portal signs nobody in, so whoever reaches it drives the service
    that rewrites the agent's instructions."""
    found = _exposed(_question_bank(portal_signs_in=False))
    f = found["question-generation-service"]
    assert "changes an agent's configuration" in f.explanation
    assert "without authentication" in f.explanation


FORGED = "ai/forged-device-readings"


def _reservoir(*, model_reads_gates: bool) -> tg.ThreatModel:
    """Gate controllers report positions over Modbus to SCADA, which mirrors them into
    the time-series store the inflow model also reads river readings from; the
    optimiser reads the gate positions. In the variant the model reads them too."""
    tm = tg.ThreatModel("reservoir")
    gates = tg.Data("Gate positions", kind="records", sensitivity="internal")
    rivers = tg.Data("River levels", kind="records", sensitivity="internal")
    with tm.boundary("Dam control network", trust="restricted"):
        plcs = tm.add(tg.Device("Gate controllers", fleet=False))
        scada = tm.add(tg.Service("SCADA"))
    with tm.boundary("Analytics zone", trust="internal"):
        gauges = tm.add(tg.Service("Hydromet gateway"))
        store = tm.add(tg.DataStore("Time-series store", stores={gates, rivers}))
        model = tm.add(tg.Model("Inflow model", task="regressor"))
        optimiser = tm.add(tg.Service("Gate optimiser"))
    tm.flow(plcs, scada, gates, protocol="modbus")
    tm.flow(scada, store, gates, protocol="https")
    tm.flow(gauges, store, rivers)
    tm.flow(store, model, *((rivers, gates) if model_reads_gates else (rivers,)))
    tm.flow(model, optimiser, tg.Data("Inflow forecast", kind="model-output"))
    tm.flow(store, optimiser, gates)
    return tm


def test_readings_mirrored_into_a_store_reach_only_what_reads_them() -> None:
    """Struck as wrong on set 53: gate positions mirrored into the store the inflow
    model reads river levels from were said to reach the model. A store hands on what
    was put in it; the model's read carries only the river levels."""
    found = [f for f in _reservoir(model_reads_gates=False).analyze().findings if f.rule == FORGED]
    assert found == []


def test_readings_the_model_reads_from_the_store_reach_it() -> None:
    """Variant: the model's read carries the gate positions too, and the controllers'
    unauthenticated Modbus link is named."""
    (f,) = [f for f in _reservoir(model_reads_gates=True).analyze().findings if f.rule == FORGED]
    assert "Gate controllers" in f.explanation
    assert "modbus" in f.explanation


def _parent_portal(*, idp: bool) -> tg.ThreatModel:
    """Parents read approved letters in an internet-facing portal, which signs them in
    through the state's identity provider (or, in the variant, declares nothing)."""
    tm = tg.ThreatModel("letters")
    letter = tg.Data("Approved letter", kind="documents", sensitivity="pii")
    login = tg.Data("Sign-in request", kind="credentials", sensitivity="secret")
    token = tg.Data("Identity token", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Agency cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Online account portal", internet_facing=True))
        archive = tm.add(tg.DataStore("Letter archive"))
    tm.flow(parent, portal, login, protocol="https")
    tm.flow(archive, portal, letter)
    tm.flow(portal, parent, letter, protocol="https")
    if idp:
        with tm.boundary("State identity service", trust="partner"):
            sso = tm.add(
                tg.ExternalService("State identity provider", provides="identity-provider")
            )
        tm.flow(portal, sso, login, protocol="https", label="redirect to sign-in")
        tm.flow(sso, portal, token, protocol="https")
    return tm


def test_a_portal_that_signs_parents_in_through_an_identity_provider_authenticates() -> None:
    """Struck as wrong on set 54 (and as weak on sets 53 and earlier): a portal that
    gets identity tokens from the state's identity provider was called open to anyone.
    Signing callers in through an identity provider is authentication."""
    assert "online-account-portal" not in _exposed(_parent_portal(idp=True))


def test_the_same_portal_signing_nobody_in_is_exposed() -> None:
    f = _exposed(_parent_portal(idp=False))["online-account-portal"]
    assert "without authentication" in f.explanation
