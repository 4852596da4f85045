"""``ai/uncapped-automatic-steps``: an approval that covers only the steps above a
threshold leaves the ones below it to an agent or a model, with no cap on how many."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding

RULE = "ai/uncapped-automatic-steps"


def _found(tm: tg.ThreatModel, *, open_only: bool = True) -> list[Finding]:
    report = tm.analyze()
    found = report.open() if open_only else report.findings
    return [f for f in found if f.rule == RULE]


def _dispute_agent(
    *,
    above: str | None = "USD 1,000",
    on: str = "tool",
    limits: bool = False,
    limit: str = "USD 500 per customer per month",
    profile: str = "low",
) -> tg.ThreatModel:
    """A finance agent answers customers' invoice disputes and issues credit notes;
    a finance manager approves credits above a threshold (declared on the tool, on the
    flow to it, or on the agent)."""
    tm = tg.ThreatModel("disputes", profile=profile)
    approval = c.HumanInTheLoop(approver="finance manager", above=above)
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Finance", trust="internal"):
        agent = tm.add(
            tg.Agent("Dispute agent", controls={approval} if on in ("agent", "both") else set())
        )
        tool_controls: set[c.Control] = {approval} if on in ("tool", "both") else set()
        if limits:
            tool_controls.add(c.TransactionLimits(limit=limit))
        tool = tm.add(
            tg.Tool("Credit tool", capabilities={"write", "money-movement"}, controls=tool_controls)
        )
    tm.flow(customer, agent, tg.Data("Dispute", kind="prompt"), protocol="https")
    tm.flow(
        agent,
        tool,
        tg.Data("Credit note", kind="tool-call"),
        controls={approval} if on == "flow" else set(),
    )
    tm.flow(tool, agent, tg.Data("Credit issued", kind="tool-result"))
    return tm


def test_credits_under_the_threshold_are_raised_on_the_tool() -> None:
    (f,) = _found(_dispute_agent())
    assert f.target.ids == ("credit-tool",)
    assert "(USD 1,000)" in f.explanation
    assert "Dispute agent decides" in f.explanation
    assert "move money" in f.explanation
    # money moves (+1 impact) and a customer on the internet steers the agent (+1)
    assert f.likelihood.name == "POSSIBLE"
    assert f.impact.name == "MAJOR"
    assert "transaction_limits" in f.controls_missing


@pytest.mark.parametrize("on", ["flow", "agent"])
def test_a_threshold_on_the_flow_or_on_the_agent_is_raised_where_it_is_declared(on: str) -> None:
    (f,) = _found(_dispute_agent(on=on))
    assert f.target.ids == ("credit-tool" if on == "flow" else "dispute-agent",)


def test_an_approval_of_every_credit_has_no_threshold_to_split_under() -> None:
    assert _found(_dispute_agent(above=None), open_only=False) == []


def test_transaction_limits_mitigate_it() -> None:
    tm = _dispute_agent(limits=True)
    assert _found(tm) == []
    (f,) = _found(tm, open_only=False)
    assert "transaction_limits" in f.controls_present


def _claims(*, model_decides: bool) -> tg.ThreatModel:
    """A claims service pays small claims automatically on a loss model's estimate (or,
    in the variant, on a clerk's own assessment), and an adjuster approves the larger."""
    tm = tg.ThreatModel("claims")
    with tm.boundary("Internet", trust="untrusted"):
        farmer = tm.add(tg.Actor("Farmer"))
    with tm.boundary("Claims", trust="internal"):
        api = tm.add(tg.Endpoint("Claims API", purpose="api"))
        svc = tm.add(
            tg.Service(
                "Claims service",
                controls={c.HumanInTheLoop(approver="field adjuster", above="EUR 5,000")},
            )
        )
        if model_decides:
            model = tm.add(tg.Model("Yield-loss model", task="regressor"))
        else:
            clerk = tm.add(tg.Actor("Claims clerk"))
    with tm.boundary("Bank", trust="partner"):
        bank = tm.add(tg.ExternalService("Bank payment API"))
    claim = tg.Data("Claim", kind="records", sensitivity="pii")
    tm.flow(farmer, api, claim, protocol="https")
    tm.flow(api, svc, claim)
    if model_decides:
        tm.flow(svc, model, tg.Data("Field features", kind="features"))
        tm.flow(model, svc, tg.Data("Loss estimate", kind="model-output"))
    else:
        tm.flow(clerk, svc, tg.Data("Assessment", kind="records"), protocol="https")
    tm.flow(svc, bank, tg.Data("Payout", kind="records", sensitivity="pii"), protocol="mtls")
    return tm


def test_a_service_paying_on_a_models_estimate_is_raised() -> None:
    (f,) = _found(_claims(model_decides=True))
    assert f.target.ids == ("claims-service",)
    assert "(EUR 5,000)" in f.explanation
    assert "Yield-loss model decides" in f.explanation


def test_a_threshold_on_what_a_person_decides_is_not_an_automatic_step() -> None:
    assert _found(_claims(model_decides=False), open_only=False) == []


def test_the_threshold_is_a_declared_parameter_of_the_approval() -> None:
    approval = c.HumanInTheLoop(approver="finance manager", above="USD 1,000")
    assert approval.params == {"approver": "finance manager", "above": "USD 1,000"}
    with pytest.raises(TypeError):
        c.HumanInTheLoop(above=1000)  # type: ignore[arg-type]


@pytest.mark.parametrize("above", ["USD 1,000", None])
def test_oversight_is_unmet_for_steps_under_the_threshold(above: str | None) -> None:
    """Set 34's wealth agent (its reviewer: "met without evidence", the adviser sees only
    trades above GBP 25,000): the human-oversight requirement counts an approval with
    a threshold as leaving the smaller steps unapproved."""
    report = _dispute_agent(above=above, profile="high").analyze()
    (oversight,) = [r for r in report.requirements if r.id == "profile/high/human-oversight"]
    if above:
        assert oversight.status == "unmet"
        assert oversight.missing == ("dispute-agent->credit-tool",)
    else:
        assert oversight.status == "met"


def test_a_threshold_on_the_agent_and_its_tool_is_one_finding_on_the_agent() -> None:
    tm = _dispute_agent(on="both")
    (f,) = _found(tm)
    assert f.target.ids == ("dispute-agent",)


@pytest.mark.parametrize(
    "limit", ["EUR 50 per dispute", "USD 300 per work order", "USD 4,000 per load"]
)
def test_a_limit_on_each_step_alone_only_lowers_it(limit: str) -> None:
    # reviewers of sets 59 and 52 named it missing where a cap per dispute or per claim
    # was declared, and of three designs asked for it a band higher: many disputes pass
    # a cap on each
    (plain,) = _found(_dispute_agent())
    (f,) = _found(_dispute_agent(limits=True, limit=limit))
    assert f.likelihood.score == plain.likelihood.score - 1
    assert f.controls_present == ("transaction_limits",)
    assert f.controls_missing == ("transaction_limits",)
    assert f"The declared limit ({limit}) caps each step" in f.explanation


@pytest.mark.parametrize(
    "limit",
    [
        "USD 500 per customer per month",
        "EUR 50 per dispute and EUR 200 per courier per week",
        "USD 1,000 daily",
        "no limit stated",
    ],
)
def test_a_limit_per_account_or_period_or_of_no_stated_scope_closes_it(limit: str) -> None:
    assert not _found(_dispute_agent(limits=True, limit=limit))
