"""compliance/gdpr/automated-decisions: an agent that pays or refuses people's claims
with no person reviewing its decision (GDPR Art. 22). Reviewers of claims agents named
it missing (sets 154 to 166 and their re-reviews); added in the session of 2026-12-05
(eighteenth)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "compliance/gdpr/automated-decisions"


def _claims(
    *,
    frameworks: tuple[str, ...] = ("gdpr",),
    agent_controls: frozenset[c.Control] = frozenset(
        {c.HumanInTheLoop(approver="claims handler", above="GBP 250 per claim")}
    ),
    autonomy: str = "autonomous",
    claimant: str = "person",
    tool_name: str = "Compensation payment tool",
) -> tg.ThreatModel:
    """Set 136's pothole claims: a claimant uploads photos and invoices, and the agent
    pays claims up to GBP 250 itself."""
    tm = tg.ThreatModel("pothole claims", profile="high", frameworks=frameworks)
    evidence = tg.Data("Damage photos", kind="media", sensitivity="pii")
    call = tg.Data("Payment call", kind="tool-call", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        if claimant == "person":
            source = tm.add(tg.Actor("Claimant"))
        else:
            source = tm.add(tg.Actor("Supplier billing system", human=False))
    with tm.boundary("Council cloud", trust="internal"):
        agent = tm.add(tg.Agent("Claims agent", autonomy=autonomy, controls=agent_controls))
        tool = tm.add(tg.Tool(tool_name, capabilities={"money-movement"}))
    tm.flow(source, agent, evidence, protocol="https")
    tm.flow(agent, tool, call)
    return tm


def _requirement(tm: tg.ThreatModel) -> tuple[list[object], list[tg.findings.Finding]]:
    report = tg.analyze(tm.freeze())
    return (
        [r for r in report.requirements if r.id == RULE],
        [f for f in report.findings if f.rule == RULE],
    )


def test_unmet_when_only_the_larger_claims_wait_for_a_person() -> None:
    (req,), (finding,) = _requirement(_claims())
    assert req.status == "unmet"  # type: ignore[attr-defined]
    assert finding.status.value == "open"
    assert "Claimant" in finding.explanation or "Claims agent" in finding.explanation
    assert "contestability" in finding.controls_missing


def test_met_by_a_way_to_contest() -> None:
    (req,), findings = _requirement(_claims(agent_controls=frozenset({c.Contestability()})))
    assert req.status == "met"  # type: ignore[attr-defined]
    assert findings == []


def test_met_when_a_person_approves_each_decision() -> None:
    every = frozenset({c.HumanInTheLoop(approver="claims handler")})
    (req,), findings = _requirement(_claims(agent_controls=every))
    assert req.status == "met"  # type: ignore[attr-defined]
    assert findings == []
    (req,), findings = _requirement(_claims(agent_controls=frozenset(), autonomy="supervised"))
    assert req.status == "met"  # type: ignore[attr-defined]


def test_only_under_gdpr_for_people_and_for_tools_that_pay_out() -> None:
    assert _requirement(_claims(frameworks=())) == ([], [])
    for tm in (
        _claims(claimant="company"),
        _claims(tool_name="Deposit tool"),
        # set 141's contractor invoices and set 119's shipping credit notes (struck on
        # re-review: the payees are businesses)
        _claims(tool_name="Invoice payment tool"),
        _claims(tool_name="Credit note tool"),
    ):
        (req,), findings = _requirement(tm)
        assert req.status == "not-applicable"  # type: ignore[attr-defined]
        assert findings == []
