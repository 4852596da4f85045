"""ai/unverified-evidence: an agent that pays out on documents or photos that the
claimant sends. Reviewers of the held-out sets named forged or reused evidence as a
missing threat on claims, refunds and invoice agents (sets 43, 59, 80, 141, 154, 158
and 163); the rule was added in the session of 2026-12-05 (eighteenth)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/unverified-evidence"


def _claims(
    *,
    tool_controls: frozenset[c.Control] = frozenset(),
    agent_controls: frozenset[c.Control] = frozenset({c.HumanInTheLoop(above="GBP 50 per claim")}),
    tool_name: str = "Compensation refund tool",
    tool_description: str = "",
    evidence_kind: str = "media",
    sender: str = "passenger",
    autonomy: str = "autonomous",
) -> tg.ThreatModel:
    """Set 163's delay-repay agent: a passenger uploads a ticket photo through the
    claims portal, the photo is kept in a bucket the agent reads, and the agent refunds
    small claims itself."""
    tm = tg.ThreatModel("delay repay", profile="high")
    claim = tg.Data("Claim form", kind="records", sensitivity="pii")
    photo = tg.Data("Ticket photo", kind=evidence_kind, sensitivity="pii")
    outcome = tg.Data("Claim outcome", kind="records", sensitivity="pii")
    call = tg.Data("Refund call", kind="tool-call", sensitivity="confidential")
    refund = tg.Data("Refund request", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        if sender == "passenger":
            source = tm.add(tg.Actor("Passenger"))
        elif sender == "staff":
            source = tm.add(tg.Actor("Station supervisor", privileged=True))
        else:
            source = tm.add(tg.DataSource("Public ticket archive"))
    with tm.boundary("Payment provider", trust="partner"):
        psp = tm.add(tg.ExternalService("Payment service provider"))
    with tm.boundary("Claims platform", trust="internal"):
        portal = tm.add(
            tg.Endpoint(
                "Claims portal API",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="e-mail and password")},
            )
        )
        bucket = tm.add(tg.DataStore("Ticket photo bucket", stores={photo}))
        agent = tm.add(tg.Agent("Delay Repay agent", autonomy=autonomy, controls=agent_controls))
        tool = tm.add(
            tg.Tool(
                tool_name,
                capabilities={"money-movement"},
                controls=set(tool_controls),
                description=tool_description,
            )
        )
    tm.flow(source, portal, claim, photo, protocol="https")
    tm.flow(portal, source, outcome, protocol="https")
    tm.flow(portal, bucket, photo)
    tm.flow(portal, agent, claim)
    tm.flow(bucket, agent, photo)
    tm.flow(agent, portal, outcome)
    tm.flow(agent, tool, call)
    tm.flow(tool, psp, refund, protocol="https")
    return tm


def _findings(tm: tg.ThreatModel) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).findings if f.rule == RULE]


def test_raised_on_an_agent_that_refunds_on_a_photo_the_claimant_uploads() -> None:
    (f,) = _findings(_claims())
    assert f.status.value == "open"
    assert f.target.ids == ("delay-repay-agent",)
    assert "Passenger" in f.explanation
    assert "Ticket photo" in f.explanation
    assert "above GBP 50 per claim" in f.explanation
    # the path the photo takes, through the bucket the agent reads it from
    assert any("ticket-photo-bucket" in t.ids for t in f.affected)
    assert "CWE-345" in f.cwe
    assert set(f.controls_missing) >= {"policy_enforcement", "provenance_tracking"}


def test_documents_count_as_evidence_too() -> None:
    (f,) = _findings(_claims(evidence_kind="documents"))
    assert "Ticket photo" in f.explanation


def test_a_check_where_the_money_moves_closes_it() -> None:
    """'The refund tool pays only for a delay the running times confirm': the rule is
    enforced where the money moves, whatever the photo shows."""
    enforced = frozenset({c.PolicyEnforcement(rules="refund only for delays on record")})
    (f,) = _findings(_claims(tool_controls=enforced))
    assert f.status.value == "mitigated"
    assert "policy_enforcement" in f.controls_present


def test_duplicate_detection_only_lowers_it() -> None:
    (plain,) = _findings(_claims())
    (watched,) = _findings(_claims(tool_controls=frozenset({c.AnomalyDetection()})))
    assert watched.status.value == "open"
    assert "anomaly_detection" in watched.controls_present
    assert watched.severity <= plain.severity


def test_not_raised_when_a_person_approves_every_payment() -> None:
    every = frozenset({c.HumanInTheLoop(approver="claims handler")})
    assert _findings(_claims(agent_controls=every)) == []
    # on the tool instead of the agent, the same
    assert _findings(_claims(agent_controls=frozenset(), tool_controls=every)) == []


def test_not_raised_for_a_supervised_agent_with_no_narrower_approval() -> None:
    assert _findings(_claims(agent_controls=frozenset(), autonomy="supervised")) == []


def test_raised_when_no_person_approves_any_payment() -> None:
    (f,) = _findings(_claims(agent_controls=frozenset()))
    assert "no person approves its payments" in f.explanation


def test_not_raised_for_tools_that_charge_or_buy_rather_than_pay_out() -> None:
    """A money-moving tool that orders parts or takes a deposit pays the claimant
    nothing: forged photos do not get anyone money through it."""
    assert _findings(_claims(tool_name="Parts ordering tool")) == []
    assert _findings(_claims(tool_name="Deposit tool")) == []


def test_a_deposit_tool_described_as_handling_payments_still_pays_out_nothing() -> None:
    """Set 80's grooming salon: the deposit tool 'receives the provider's payment
    webhook and marks deposits paid'; a forged vaccination certificate gets no one money
    through it (struck on re-review as a pet-health check, not payment evidence)."""
    described = "Receives the provider's payment webhook and marks deposits paid."
    assert _findings(_claims(tool_name="Deposit tool", tool_description=described)) == []


def test_not_raised_for_published_sources_or_privileged_staff() -> None:
    assert _findings(_claims(sender="archive")) == []
    assert _findings(_claims(sender="staff")) == []


def test_an_outside_relay_stands_for_the_people_who_send_through_it() -> None:
    """Tenants e-mail receipts through a mail provider: the tenants are the senders."""
    tm = tg.ThreatModel("rent", profile="high")
    mail = tg.Data("Tenant e-mail with receipt", kind="documents", sensitivity="pii")
    call = tg.Data("Payout call", kind="tool-call", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        tenant = tm.add(tg.Actor("Tenant"))
    with tm.boundary("Mail provider", trust="partner"):
        provider = tm.add(tg.ExternalService("E-mail provider"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Rent agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Landlord payout tool", capabilities={"money-movement"}))
    tm.flow(tenant, provider, mail, protocol="smtp")
    tm.flow(provider, agent, mail, protocol="https")
    tm.flow(agent, tool, call)
    (f,) = _findings(tm)
    assert "what Tenant send" in f.explanation
    assert "E-mail provider" not in f.explanation.split("send")[0]
