"""Where a design shows an agent's approval happen, ``ai/unbound-approval`` follows it.
Held-out reviewers struck the finding on designs where no agent tool call ever waits
for the approval:

- above its threshold the agent hands the case to a person who takes the step
  themselves (a credit controller issuing the larger credit in billing), so its tools'
  calls are the steps below the threshold, which no one approves;
- one tool declares its own approval (refunds over USD 50), and another tool of the
  same agent (ticket bookings) was taken to be approved as well;
- an agent declared supervised, whose design shows the supervision at a component its
  work reaches (a manager approving the weekly roster at the publishing tool), was
  taken to have every tool call approved."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding

RULE = "ai/unbound-approval"
ASK = tg.Data("Dispute", kind="prompt", sensitivity="confidential")
CALL = tg.Data("Credit call", kind="tool-call", sensitivity="confidential")
CREDIT = tg.Data("Credit note", kind="records", sensitivity="confidential")
CASE = tg.Data("Escalated case", kind="records", sensitivity="confidential")
DECISION = tg.Data("Decision", kind="records", sensitivity="confidential")


def _open(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def _disputes(*, decision_back_to_agent: bool) -> tg.ThreatModel:
    """A customer's dispute reaches an agent that credits through a tool into billing;
    credits above USD 500 need the credit controller. In one variant the agent escalates
    through a queue and the controller issues the credit in billing; in the other the
    controller's decision comes back to the agent, which then calls the tool."""
    tm = tg.ThreatModel("disputes")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(
            tg.Agent(
                "Dispute agent",
                autonomy="supervised",
                controls={
                    c.HumanInTheLoop(approver="credit controller", above="USD 500 per credit")
                },
            )
        )
        tool = tm.add(tg.Tool("Credit tool", capabilities={"write"}))
        billing = tm.add(tg.Service("Billing system"))
        queue = tm.add(tg.DataStore("Escalation queue", stores={CASE}))
        controller = tm.add(tg.Actor("Credit controller"))
    tm.flow(customer, agent, ASK, protocol="https")
    tm.flow(agent, tool, CALL)
    tm.flow(tool, billing, CREDIT, protocol="https")
    tm.flow(agent, queue, CASE)
    tm.flow(queue, controller, CASE, protocol="https")
    if decision_back_to_agent:
        tm.flow(controller, agent, DECISION, protocol="https")
    else:
        tm.flow(controller, billing, CREDIT, protocol="https", label="issues larger credit")
    return tm


def test_an_agent_that_hands_cases_over_above_its_threshold_runs_no_approved_call() -> None:
    assert _open(_disputes(decision_back_to_agent=False)) == []


def test_an_approval_that_comes_back_to_the_agent_is_still_raised() -> None:
    (f,) = _open(_disputes(decision_back_to_agent=True))
    assert "Credit tool" in f.explanation
    assert "credit controller" in f.explanation


def _tickets_and_refunds() -> tg.ThreatModel:
    """An autonomous agent books tickets and refunds them; only refunds over USD 50
    wait for the visitor services team, declared on the refund tool."""
    tm = tg.ThreatModel("aquarium")
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Chat assistant", autonomy="autonomous"))
        refund = tm.add(
            tg.Tool(
                "Refund tool",
                capabilities={"money-movement"},
                controls={c.HumanInTheLoop(approver="visitor services", above="USD 50")},
            )
        )
        booking = tm.add(tg.Tool("Ticket booking tool", capabilities={"write"}))
    tm.flow(visitor, agent, ASK, protocol="https")
    tm.flow(agent, refund, tg.Data("Refund call", kind="tool-call"))
    tm.flow(agent, booking, tg.Data("Booking call", kind="tool-call"))
    return tm


def test_one_tools_approval_does_not_approve_another_tool() -> None:
    (f,) = _open(_tickets_and_refunds())
    assert "Refund tool" in f.explanation
    assert "Ticket booking tool" not in f.explanation
    assert [a.ids for a in f.affected] == [("chat-assistant->refund-tool",)]


def _rostering(*, publish_approved: bool) -> tg.ThreatModel:
    """A supervised rostering agent swaps drivers' shifts itself and writes the weekly
    draft roster, which a publishing tool publishes; in one variant the depot manager's
    approval is declared on the publishing tool."""
    tm = tg.ThreatModel("rostering")
    roster = tg.Data("Roster", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        driver = tm.add(tg.Actor("Bus driver"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Rostering agent", autonomy="supervised"))
        swap = tm.add(tg.Tool("Shift swap tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("Roster store", stores={roster}))
        publish = tm.add(
            tg.Tool(
                "Roster publishing tool",
                capabilities={"write"},
                controls={c.HumanInTheLoop(approver="depot manager")}
                if publish_approved
                else set(),
            )
        )
    tm.flow(driver, agent, tg.Data("Swap request", kind="prompt"), protocol="https")
    tm.flow(agent, swap, tg.Data("Swap call", kind="tool-call"))
    tm.flow(swap, store, roster)
    tm.flow(agent, store, roster, label="weekly draft")
    tm.flow(store, publish, roster)
    return tm


def test_supervision_shown_where_the_agents_work_lands_covers_no_other_tool() -> None:
    assert _open(_rostering(publish_approved=True)) == []
    (f,) = _open(_rostering(publish_approved=False))
    assert "Shift swap tool" in f.explanation
    assert "declared supervised" in f.explanation


def _payment_plans(*, officer_agrees_in_revenues: bool) -> tg.ThreatModel:
    """A resident asks an agent for a payment plan; the plan tool writes plans into the
    revenues system and, above its threshold (declared on the tool), queues the case for
    a revenues officer. In one variant the officer agrees the plan in the revenues
    system; in the other the officer only reads the queue."""
    tm = tg.ThreatModel("arrears")
    plan = tg.Data("Payment plan", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        resident = tm.add(tg.Actor("Resident"))
    with tm.boundary("Council", trust="internal"):
        agent = tm.add(tg.Agent("Arrears agent"))
        tool = tm.add(
            tg.Tool(
                "Payment plan tool",
                capabilities={"write"},
                controls={c.HumanInTheLoop(approver="revenues officer", above="12 instalments")},
            )
        )
        revenues = tm.add(tg.Service("Revenues system"))
        queue = tm.add(tg.DataStore("Referral queue", stores={CASE}))
        officer = tm.add(tg.Actor("Revenues officer"))
    tm.flow(resident, agent, ASK, protocol="https")
    tm.flow(agent, tool, tg.Data("Plan call", kind="tool-call"))
    tm.flow(tool, revenues, plan)
    tm.flow(tool, queue, CASE, label="out of policy")
    tm.flow(queue, officer, CASE, protocol="https")
    if officer_agrees_in_revenues:
        tm.flow(officer, revenues, plan, protocol="https", label="agrees plan")
    return tm


def test_a_tool_that_refers_cases_above_its_threshold_to_a_person_who_acts_is_not_raised() -> None:
    assert _open(_payment_plans(officer_agrees_in_revenues=True)) == []
    (f,) = _open(_payment_plans(officer_agrees_in_revenues=False))
    assert "Payment plan tool" in f.explanation


def test_cases_handed_over_through_a_tool_a_queue_and_a_console_are_the_persons_own() -> None:
    """Set 128's interlibrary-loan agent (struck as wrong: 'the librarian reviews the
    request itself, and the staff console sends the approved request'): the agent's
    tool queues requests above the cost limit, a console shows them to the librarian,
    and the console places the approved request itself, four flows from the agent."""
    tm = tg.ThreatModel("loans")
    req = tg.Data("Loan request", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        patron = tm.add(tg.Actor("Patron"))
    with tm.boundary("Library", trust="internal"):
        agent = tm.add(
            tg.Agent(
                "Loan agent",
                autonomy="supervised",
                controls={c.HumanInTheLoop(approver="librarian", above="the cost limit")},
            )
        )
        tool = tm.add(tg.Tool("Loan tool", capabilities={"write"}))
        queue = tm.add(tg.DataStore("Review queue", stores={req}))
        console = tm.add(tg.Service("Staff console"))
        librarian = tm.add(tg.Actor("Librarian"))
    with tm.boundary("Loan network", trust="partner"):
        network = tm.add(tg.ExternalService("Loan network API"))
    tm.flow(patron, agent, ASK, protocol="https")
    tm.flow(agent, tool, tg.Data("Loan call", kind="tool-call"))
    tm.flow(tool, network, req, protocol="https")
    tm.flow(tool, queue, req, label="fee above the cost limit")
    tm.flow(queue, console, req)
    tm.flow(console, librarian, req, protocol="https")
    tm.flow(librarian, console, DECISION, protocol="https")
    tm.flow(console, network, req, protocol="https", label="approved request")
    assert _open(tm) == []
    tm.flow(console, agent, DECISION, label="approval")  # the decision comes back
    (f,) = _open(tm)
    assert "Loan tool" in f.explanation
