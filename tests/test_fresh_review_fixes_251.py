"""Fixes from held-out sets 250 and 251's verdicts (v2-round303-fresh250,
v2-round304-fresh251)."""

from __future__ import annotations

import pytest

import threatgraph as tg

FAIRNESS = "profile/high/fairness"


@pytest.mark.parametrize(
    ("name", "raised"), [("Seal tamper detection model", False), ("Driver risk model", True)]
)
def test_a_model_named_for_the_seal_it_judges_decides_about_no_one(name: str, raised: bool) -> None:
    """Set 251's container port: gate cameras photograph each container's seal, and a
    high-stakes detector flags tampered seals for customs. Struck as wrong: it judges
    seal photos and decides nothing about people, though the photos may show drivers."""
    tm = tg.ThreatModel("port", profile="high")
    photo = tg.Data("Seal photo", kind="media", sensitivity="pii")
    flag = tg.Data("Seal tamper flag", kind="model-output", sensitivity="confidential")
    with tm.boundary("Gate", trust="internal"):
        camera = tm.add(tg.Device("Gate camera"))
    with tm.boundary("Cloud", trust="internal"):
        model = tm.add(tg.Model(name, task="detector", high_stakes=True))
        console = tm.add(tg.Service("Customs console"))
    tm.flow(camera, model, photo, protocol="https")
    tm.flow(model, console, flag)
    req = {r.id: r for r in tm.analyze().requirements}.get(FAIRNESS)
    assert (req is not None and req.status != "not-applicable") == raised


PRIVILEGED = "stride/privileged-actor-access"
PASSWORD = "stride/password-only-sign-in"


@pytest.mark.parametrize(("website_signs_in", "privileged_raised"), [(True, False), (False, True)])
def test_a_privileged_password_already_named_is_not_raised_again(
    website_signs_in: bool, privileged_raised: bool
) -> None:
    """Set 250's florist: the owner signs in to the internet-facing order website with
    an e-mail and password, and also edits the price list store. Struck as a duplicate:
    the privileged-account finding was the same account takeover as the password one.
    Where no password finding names the owner, the privileged one stays."""
    tm = tg.ThreatModel("florist", profile="high")
    login = tg.controls.Authentication(method="e-mail and password")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Florist", privileged=True))
    with tm.boundary("Cloud", trust="internal"):
        site = tm.add(
            tg.Endpoint(
                "Order website",
                internet_facing=True,
                controls={login} if website_signs_in else set(),
            )
        )
        prices = tm.add(tg.DataStore("Price list", stores={tg.Data("Prices")}))
    tm.flow(owner, site, tg.Data("Quote approval"), protocol="https")
    tm.flow(owner, prices, tg.Data("Prices"), protocol="https")
    rules = {f.rule for f in tm.analyze().open()}
    assert (PASSWORD in rules) == website_signs_in
    assert (PRIVILEGED in rules) == privileged_raised


LOGGING = "profile/baseline/agent-action-logging"


@pytest.mark.parametrize(("queue_logs", "met"), [(True, True), (False, False)])
def test_an_agent_s_writes_logged_where_they_land_are_recorded(queue_logs: bool, met: bool) -> None:
    """Set 251's hospital porters: the agent's only consequential tool writes
    assignments into a task queue that declares an audit trail. Struck as ignoring that
    log (and set 249's rural bus, whose agent writes through an audited booking service)."""
    tm = tg.ThreatModel("porters", profile="high")
    with tm.boundary("Hospital", trust="internal"):
        agent = tm.add(tg.Agent("Dispatch agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Task writer", capabilities={"write"}))
        queue = tm.add(
            tg.DataStore(
                "Porter task queue",
                controls={tg.controls.AuditLogging()} if queue_logs else set(),
            )
        )
    tm.flow(agent, tool, tg.Data("Assignment call", kind="tool-call"))
    tm.flow(tool, queue, tg.Data("Assignment", kind="records"))
    (req,) = [r for r in tm.analyze().requirements if r.id == LOGGING]
    assert (req.status == "met") == met
    if met:
        assert req.evidence == (
            "dispatch-agent: what its tools change is logged where it lands (Porter task queue)",
        )


CREDENTIAL = "ai/model-read-credential"


@pytest.mark.parametrize(("officer_sees_it", "raised"), [(True, False), (False, True)])
def test_a_reading_an_officer_decides_on_with_the_certificate_is_no_check(
    officer_sees_it: bool, raised: bool
) -> None:
    """Set 251's farmers' markets: an LLM reads each uploaded hygiene certificate and
    records its check result; a markets officer decides every application in a console
    that shows the certificate beside the result. Struck: a person does look at it.
    When the console shows the officer only the model's result, the finding stays."""
    tm = tg.ThreatModel("markets", profile="high")
    cert = tg.Data("Food hygiene certificate", kind="documents", sensitivity="pii")
    result = tg.Data("Document check result", kind="model-output", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        holder = tm.add(tg.Actor("Stallholder"))
    with tm.boundary("Council", trust="internal"):
        officer = tm.add(tg.Actor("Markets officer"))
        portal = tm.add(tg.Endpoint("Stallholder portal", internet_facing=True))
        checker = tm.add(tg.Service("Document check service"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        db = tm.add(tg.DataStore("Applications database", stores={result}))
        console = tm.add(
            tg.Service(
                "Case console",
                controls={tg.controls.HumanInTheLoop(approver="markets officer decides each")},
            )
        )
    tm.flow(holder, portal, cert, protocol="https")
    tm.flow(portal, checker, cert)
    tm.flow(
        checker, llm, tg.Data("Check prompt", kind="prompt", sensitivity="pii"), protocol="https"
    )
    tm.flow(llm, checker, result, protocol="https")
    tm.flow(checker, db, result)
    tm.flow(db, console, result)
    tm.flow(portal, console, cert)
    tm.flow(console, officer, result, *([cert] if officer_sees_it else []), protocol="https")
    found = [f for f in tm.analyze().open() if f.rule == CREDENTIAL]
    assert bool(found) == raised
