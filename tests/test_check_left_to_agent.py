"""``ai/check-left-to-agent``: an agent asks a tool that checks something (eligibility,
rest-hour rules, a policy's cover, an identity check) and acts through other tools that
take whatever it sends them. Held-out reviewers named this missing on many agent
designs ("the tide and rest-rule checker is just a tool the agent may call, and its
result may be ignored"; "eligibility must be enforced deterministically in the tool,
not left to the LLM")."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/check-left-to-agent"
QUERY = tg.Data("Check query", kind="tool-call")
VERDICT = tg.Data("Check verdict", kind="tool-result")
CALL = tg.Data("Booking call", kind="tool-call")
BOOKING = tg.Data("Booking", kind="records", sensitivity="confidential")


def _booking(
    *,
    checker: str = "Rest-rule checker",
    actor: str = "Booking tool",
    caps: frozenset[str] = frozenset({"read", "write"}),
    tool_controls: frozenset[c.Control] = frozenset(),
    call_controls: frozenset[c.Control] = frozenset(),
    service_controls: frozenset[c.Control] = frozenset(),
    outsider: bool = True,
    verdict_to_tool: bool = False,
    second: str = "",
    second_controls: frozenset[c.Control] = frozenset(),
    order_kind: str = "prompt",
) -> tg.ThreatModel:
    """A scheduling agent asks ``checker`` and books through ``actor``, which writes to a
    booking service; the request comes from a ship's agent on the internet (or a
    colleague inside, without ``outsider``), as a prompt unless ``order_kind`` says."""
    tm = tg.ThreatModel("pilots")
    with tm.boundary("Internet", trust="untrusted"):
        requester = tm.add(tg.Actor("Ship's agent")) if outsider else None
    with tm.boundary("Port", trust="internal"):
        if requester is None:
            requester = tm.add(tg.Actor("Dispatcher"))
        agent = tm.add(tg.Agent("Scheduling agent"))
        check = tm.add(tg.Tool(checker, capabilities={"read"}))
        tool = tm.add(tg.Tool(actor, capabilities=set(caps), controls=set(tool_controls)))
        service = tm.add(tg.Service("Booking service", controls=set(service_controls)))
        if second:
            other = tm.add(tg.Tool(second, capabilities={"write"}, controls=set(second_controls)))
            tm.flow(agent, other, tg.Data("Second call", kind="tool-call"))
    order = tg.Data("Pilot order", kind=order_kind)
    tm.flow(requester, agent, order)
    tm.flow(agent, check, QUERY)
    tm.flow(check, agent, VERDICT)
    tm.flow(agent, tool, CALL, controls=set(call_controls))
    tm.flow(tool, service, BOOKING)
    if verdict_to_tool:
        tm.flow(check, tool, VERDICT)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tg.analyze(tm.freeze()).findings if f.rule == RULE]


def test_a_check_whose_verdict_only_the_agent_sees_is_raised_once_on_the_agent() -> None:
    (f,) = _found(_booking())
    assert f.status is tg.Status.OPEN
    assert f.target.key == "element:scheduling-agent"
    assert "Rest-rule checker" in f.explanation
    assert "Booking tool" in f.explanation
    assert "Ship's agent" in f.explanation  # who can steer it past the check
    affected = {a.key for a in f.affected}
    assert "flow:scheduling-agent->booking-tool" in affected
    assert "flow:rest-rule-checker->scheduling-agent" in affected
    assert "policy_enforcement" in f.controls_missing


def test_a_verdict_that_reaches_the_acting_tool_binds_it() -> None:
    assert _found(_booking(verdict_to_tool=True)) == []


def test_enforcing_the_rule_at_the_tool_its_call_or_its_service_closes_it() -> None:
    enforce = frozenset({c.PolicyEnforcement(rules="refuses pilots short of rest")})
    for kwargs in (
        {"tool_controls": enforce},
        {"call_controls": enforce},
        {"service_controls": enforce},
        {"tool_controls": frozenset({c.SafetyLimits()})},
    ):
        (f,) = _found(_booking(**kwargs))  # type: ignore[arg-type]
        assert f.status is tg.Status.MITIGATED, kwargs


def test_one_tool_enforcing_does_not_cover_another() -> None:
    enforce = frozenset({c.PolicyEnforcement()})
    (f,) = _found(_booking(tool_controls=enforce, second="Boat assignment tool"))
    assert f.status is tg.Status.OPEN
    assert "Boat assignment tool" in f.explanation
    assert "Booking tool" not in f.explanation


def test_a_person_approving_every_step_leaves_the_tool_out_but_a_threshold_does_not() -> None:
    every = frozenset({c.HumanInTheLoop(approver="duty master")})
    assert _found(_booking(tool_controls=every)) == []
    for approval in (
        c.HumanInTheLoop(approver="duty master", above="ships over 200 m"),
        c.HumanInTheLoop(approver="manager", note="only bookings above the policy threshold"),
    ):
        (f,) = _found(_booking(tool_controls=frozenset({approval})))
        assert f.status is tg.Status.OPEN, approval


def test_tools_that_hand_work_to_a_person_are_not_acting_on_the_agents_word() -> None:
    assert _found(_booking(actor="Handler referral tool")) == []
    assert _found(_booking(actor="Draft offer tool")) == []


def test_a_check_that_looks_a_fact_up_is_not_a_rule() -> None:
    assert _found(_booking(checker="Availability check tool")) == []
    assert _found(_booking(checker="Berth lookup tool")) == []


def test_a_checker_that_changes_things_itself_is_not_only_consulted() -> None:
    tm = _booking()
    s = tm.freeze()
    assert any(f.rule == RULE for f in tg.analyze(s).findings)
    tm = tg.ThreatModel("writing checker")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Agent"))
        check = tm.add(tg.Tool("Eligibility check tool", capabilities={"read", "write"}))
        act = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    tm.flow(user, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, check, QUERY)
    tm.flow(check, agent, VERDICT)
    tm.flow(agent, act, CALL)
    assert _found(tm) == []


def test_no_one_steering_or_asking_makes_it_less_likely_and_money_makes_it_worse() -> None:
    (steered,) = _found(_booking())
    # a colleague who asks it for the bookings the rest rule limits can talk it past
    # the rule as well as an outsider can (sets 132 and 151: "staff have an obvious
    # motive to try")
    (inside,) = _found(_booking(outsider=False))
    assert inside.likelihood <= steered.likelihood  # an outsider's reach adds a step
    assert "Dispatcher, asking it for the steps the check limits" in inside.explanation
    # orders that reach it as records, with no one prompting it: a model error is the
    # way in
    quiet = _booking(outsider=False, order_kind="records")
    (alone,) = _found(quiet)
    assert alone.likelihood < inside.likelihood
    assert "model error" in alone.explanation
    assert "Dispatcher" not in alone.explanation
    (paid,) = _found(_booking(caps=frozenset({"money-movement"})))
    assert paid.impact > steered.impact


def test_an_agent_without_a_checking_tool_is_not_raised() -> None:
    tm = tg.ThreatModel("no check")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Agent"))
        look = tm.add(tg.Tool("Order lookup", capabilities={"read"}))
        act = tm.add(tg.Tool("Refund tool", capabilities={"money-movement"}))
    tm.flow(user, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, look, QUERY)
    tm.flow(look, agent, VERDICT)
    tm.flow(agent, act, CALL)
    assert _found(tm) == []


def _extensions(
    *, fetched: str = "Extensions policy", to_acting_tool: str = "", lookup: str = "Records lookup"
) -> tg.ThreatModel:
    """An extension agent reads ``fetched`` from the student records system through a
    lookup tool (named ``lookup``) and writes new deadlines through a VLE tool; with
    ``to_acting_tool``, data of that name also reaches the VLE tool from the records
    system."""
    tm = tg.ThreatModel("extensions")
    with tm.boundary("Internet", trust="untrusted"):
        student = tm.add(tg.Actor("Student"))
    with tm.boundary("University", trust="internal"):
        agent = tm.add(tg.Agent("Extension agent"))
        tool = tm.add(tg.Tool(lookup, capabilities={"read"}))
        records = tm.add(tg.Service("Student records system"))
        vle = tm.add(tg.Tool("VLE deadline update", capabilities={"write"}))
    tm.flow(student, agent, tg.Data("Extension request", kind="prompt"))
    tm.flow(agent, tool, QUERY)
    tm.flow(records, tool, tg.Data(fetched, kind="documents"))
    tm.flow(tool, agent, VERDICT)
    tm.flow(agent, vle, CALL)
    if to_acting_tool:
        tm.flow(records, vle, tg.Data(to_acting_tool, kind="records"))
    return tm


def test_a_lookup_that_fetches_the_rules_to_apply_is_a_check_the_agent_makes() -> None:
    (f,) = _found(_extensions())
    assert "Records lookup" in f.explanation
    assert "VLE deadline update" in f.explanation
    (g,) = _found(_extensions(fetched="Safeguarding check status"))
    assert g.status is tg.Status.OPEN


def test_pricing_rules_and_check_in_history_are_no_rules_a_step_must_meet() -> None:
    assert _found(_extensions(fetched="Pricing rules")) == []
    assert _found(_extensions(fetched="Club check-in history", lookup="Member profile tool")) == []


def test_an_acting_tool_that_gets_the_rules_itself_can_hold_the_step_to_them() -> None:
    assert _found(_extensions(to_acting_tool="Extension limits")) == []


def test_an_audit_log_does_not_lower_it_but_a_transaction_limit_does() -> None:
    """A log shows a skipped check afterwards; a cap on what the tool may do limits the
    harm of one (a credit union's reviewer: 'high, not low')."""
    (bare,) = _found(_booking(caps=frozenset({"money-movement"})))
    (logged,) = _found(
        _booking(caps=frozenset({"money-movement"}), tool_controls=frozenset({c.AuditLogging()}))
    )
    assert (logged.likelihood, logged.severity) == (bare.likelihood, bare.severity)
    (capped,) = _found(
        _booking(
            caps=frozenset({"money-movement"}),
            tool_controls=frozenset({c.TransactionLimits(limit="USD 2,000 per member per month")}),
        )
    )
    assert capped.likelihood < bare.likelihood
