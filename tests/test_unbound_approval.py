"""The finding that a person's approval of an agent's step is only of what the agent
shows them (``ai/unbound-approval``): raised where others can steer an agent whose
consequential tools a person approves, and answered by an approval bound to the call."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding

RULE = "ai/unbound-approval"


def _payments_agent(
    *,
    approval_on: str | None = "tool",
    bound: bool = False,
    outsiders: bool = True,
    capability: str = "money-movement",
    partner_runs_it: bool = False,
    autonomy: str = "supervised",
) -> tg.ThreatModel:
    """A customer chats with a payments agent that pays through a tool once the customer
    confirms (the approval declared on the agent, the tool or the flow to it, or only by
    declaring the agent supervised).
    In the variants the approval is bound to the call, the customer is a colleague on the
    intranet, the tool only reads, or a partner runs the agent."""
    tm = tg.ThreatModel("payments agent")
    ask = tg.Data("Request", kind="prompt", sensitivity="confidential")
    call = tg.Data("Payment call", kind="tool-call", sensitivity="confidential")
    answer = tg.Data("Answer", kind="model-output", sensitivity="confidential")
    hitl = {c.HumanInTheLoop(approver="the customer, in the chat")}
    bind = {c.BoundApproval()} if bound else set()
    with tm.boundary(
        "Internet" if outsiders else "Intranet", trust="untrusted" if outsiders else "internal"
    ):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary(
        "Vendor" if partner_runs_it else "Cloud", trust="partner" if partner_runs_it else "internal"
    ):
        agent = tm.add(
            tg.Agent(
                "Payments agent",
                autonomy=autonomy,
                controls=(hitl if approval_on == "agent" else set()) | bind,
            )
        )
        tool = tm.add(
            tg.Tool(
                "Payment tool",
                capabilities={capability},
                controls=hitl if approval_on == "tool" else set(),
            )
        )
    tm.flow(customer, agent, ask, protocol="https")
    tm.flow(agent, customer, answer, protocol="https")
    tm.flow(agent, tool, call, controls=hitl if approval_on == "flow" else set())
    return tm


def _open(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


@pytest.mark.parametrize("approval_on", ["agent", "tool", "flow"])
def test_an_approval_the_steered_agent_presents_is_raised(approval_on: str) -> None:
    found = _open(_payments_agent(approval_on=approval_on))
    assert len(found) == 1
    (f,) = found
    assert f.target.ids == ("payments-agent",)
    assert "move money through Payment tool once a person approves" in f.explanation
    assert "the customer, in the chat" in f.explanation
    assert "Customer (Internet, untrusted)" in f.explanation
    assert [a.ids for a in f.affected] == [("payments-agent->payment-tool",)]
    assert f.atlas == ("AML.T0051", "AML.T0053")
    assert "ASI09:2026" in f.owasp
    assert "CWE-451" in f.cwe
    assert f.controls_missing == ("bound_approval",)


def test_moving_money_weighs_more_than_writing() -> None:
    pay = _open(_payments_agent())[0]
    write = _open(_payments_agent(capability="write"))[0]
    assert pay.impact > write.impact
    assert "write through Payment tool" in write.explanation


def test_an_approval_bound_to_the_call_mitigates_it() -> None:
    tm = _payments_agent(bound=True)
    assert _open(tm) == []
    (f,) = [f for f in tm.analyze().findings if f.rule == RULE]
    assert f.status is tg.Status.MITIGATED
    assert "bound_approval" in f.controls_present


def test_an_agent_declared_supervised_has_its_steps_approved() -> None:
    (f,) = _open(_payments_agent(approval_on=None))
    assert "once a person approves (declared supervised)" in f.explanation


def test_steps_no_one_approves_are_left_to_tool_misuse() -> None:
    tm = _payments_agent(approval_on=None, autonomy="autonomous")
    assert _open(tm) == []
    assert [f for f in tm.analyze().open() if f.rule == "ai/tool-misuse"]


def test_a_design_that_approves_tool_by_tool_leaves_the_others_unapproved() -> None:
    """A supervised agent whose design declares the approval on one tool: that is where
    its supervision is; a tool without an approval of its own runs unapproved (held-out
    reviewers struck the approval finding on such a tool: "the agent approves swaps by
    itself and that tool has no human in the loop")."""
    tm = _payments_agent(approval_on="tool")
    mailer = tm.add(tg.Tool("Mailer", capabilities={"send-messages"}))
    agent = next(e for e in tm.elements if e.id == "payments-agent")
    tm.flow(agent, mailer, tg.Data("Mail", kind="tool-call"))
    (f,) = _open(tm)
    assert "move money through Payment tool" in f.explanation
    assert "Mailer" not in f.explanation
    assert len(f.affected) == 1


def test_an_agent_no_one_else_can_steer_is_not_raised() -> None:
    assert _open(_payments_agent(outsiders=False)) == []


def test_a_tool_that_only_reads_needs_no_approval_of_its_own() -> None:
    assert _open(_payments_agent(capability="read")) == []


def test_a_partners_agent_is_the_partners_to_secure() -> None:
    assert _open(_payments_agent(partner_runs_it=True)) == []


def test_the_control_is_in_the_vocabulary() -> None:
    assert c.lookup("approval_binding") is c.BoundApproval
    assert c.BoundApproval.key == "bound_approval"
    assert c.BoundApproval.title == "Approval bound to the action"


# --------------------------------------------------------------------------- approved outside


def _confirm_screen(*, answers_the_tool: bool, agent_briefs: bool = False) -> tg.ThreatModel:
    """A customer chats with a payments agent through the bank's API; the payment tool
    shows the pending payment on the customer's app and waits for the tap that comes
    back to it (in the variants, the tap goes to the agent, which tells the tool, or the
    agent talks to the customer directly as well)."""
    tm = tg.ThreatModel("confirm screen")
    ask = tg.Data("Request", kind="prompt", sensitivity="confidential")
    answer = tg.Data("Answer", kind="model-output", sensitivity="confidential")
    call = tg.Data("Payment call", kind="tool-call", sensitivity="confidential")
    pending = tg.Data("Pending payment", kind="records", sensitivity="confidential")
    tap = tg.Data("Confirmation", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Banking API"))
        agent = tm.add(tg.Agent("Payments agent", autonomy="supervised"))
        tool = tm.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    tm.flow(customer, api, ask, tap, protocol="https")
    tm.flow(api, customer, answer, pending, protocol="https")
    tm.flow(api, agent, ask)
    tm.flow(agent, api, answer)
    tm.flow(agent, tool, call)
    tm.flow(tool, api, pending)
    tm.flow(api, tool if answers_the_tool else agent, tap)
    if agent_briefs:
        tm.flow(agent, customer, answer, protocol="https")
    return tm


def test_a_confirm_screen_the_tool_renders_and_waits_on_is_approval_of_the_call() -> None:
    """Set 26's credit union (struck as wrong): the tools send the pending payment to
    the member's app and the member's confirmation comes straight back to them."""
    assert _open(_confirm_screen(answers_the_tool=True)) == []
    assert len(_open(_confirm_screen(answers_the_tool=False))) == 1
    # the agent also speaks to them directly: they decide on its account too
    assert len(_open(_confirm_screen(answers_the_tool=True, agent_briefs=True))) == 1


def _pull_request(*, reviewer_inside: bool, reviewer_answers: bool = True) -> tg.ThreatModel:
    """An agent steered by developers' chat requests opens pull requests through a
    repository tool; a platform engineer reads each pull request in the code host and
    approves it there (in the variants, the reader is an outside contributor, or only
    reads)."""
    tm = tg.ThreatModel("infra agent")
    ask = tg.Data("Request", kind="prompt", sensitivity="internal")
    call = tg.Data("Tool call", kind="tool-call", sensitivity="internal")
    pr = tg.Data("Pull request", kind="code", sensitivity="confidential")
    approval = tg.Data("Review approval", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        developer = tm.add(tg.Actor("Developer"))
        if not reviewer_inside:
            reviewer = tm.add(tg.Actor("Contributor"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Infra agent", autonomy="supervised"))
        tool = tm.add(tg.Tool("Repository tool", capabilities={"write"}))
        host = tm.add(tg.Service("Code host"))
        if reviewer_inside:
            reviewer = tm.add(tg.Actor("Platform engineer", privileged=True))
    tm.flow(developer, agent, ask, protocol="https")
    tm.flow(agent, tool, call)
    tm.flow(tool, host, pr, protocol="https")
    tm.flow(host, reviewer, pr, protocol="https")
    if reviewer_answers:
        tm.flow(reviewer, host, approval, protocol="https")
    return tm


def test_a_colleague_approving_the_pull_request_itself_approves_the_call() -> None:
    """Set 26's Terraform agent (struck as wrong): the engineer reviews the diff in the
    code host, not the agent's description of it."""
    assert _open(_pull_request(reviewer_inside=True)) == []
    # someone who only reads it approves nothing
    assert len(_open(_pull_request(reviewer_inside=True, reviewer_answers=False))) == 1
    # an outsider answering where the tool wrote gets what the tool did; they do not
    # answer the tool, so they approve nothing either
    assert len(_open(_pull_request(reviewer_inside=False))) == 1


def _proposal_queue(*, console_acts: bool, passes_answer_on: bool = False) -> tg.ThreatModel:
    """A fitting agent, steered by what patients' apps send, writes a proposed change
    into a review queue; the audiologist sees the queued proposal in a console and
    answers there. In the ``console_acts`` variant the console itself pushes the
    approved change to the manufacturer's cloud; otherwise it only files the decision
    (``passes_answer_on``) or keeps it."""
    tm = tg.ThreatModel("Remote fitting")
    proposal = tg.Data("Fitting proposal", kind="records")
    decision = tg.Data("Review decision", kind="records")
    with tm.boundary("Home", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Manufacturer", trust="partner"):
        fitting_cloud = tm.add(tg.ExternalService("Fitting cloud"))
    with tm.boundary("Clinic cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Feedback API", internet_facing=True))
        agent = tm.add(
            tg.Agent(
                "Fitting agent",
                autonomy="supervised",
                controls={c.HumanInTheLoop(approver="the patient's audiologist")},
            )
        )
        tool = tm.add(tg.Tool("Fitting proposal tool", capabilities={"write"}))
        queue = tm.add(tg.DataStore("Review queue"))
        console = tm.add(tg.Service("Review console"))
        records = tm.add(tg.DataStore("Patient records"))
        audiologist = tm.add(tg.Actor("Audiologist"))
    tm.flow(patient, api, tg.Data("Feedback", kind="documents"), protocol="https")
    tm.flow(api, agent, tg.Data("Feedback", kind="documents"))
    tm.flow(agent, tool, proposal)
    tm.flow(tool, queue, proposal)
    tm.flow(queue, console, proposal)
    tm.flow(console, audiologist, proposal, protocol="https")
    tm.flow(audiologist, console, decision, protocol="https")
    if console_acts:
        change = tg.Data("Approved change", kind="records")
        tm.flow(console, fitting_cloud, change, protocol="https")
        tm.flow(console, records, change)
    elif passes_answer_on:
        tm.flow(console, records, decision)
    return tm


def test_a_console_that_takes_the_step_the_colleague_approved_there_binds_it() -> None:
    # set 255's reviewer struck the finding on a remote-fitting agent: its tool only
    # queues a proposal, the audiologist reviews that queued change, and the console,
    # not the agent, pushes it; four reviewed designs were struck the same way
    assert _open(_proposal_queue(console_acts=True)) == []


@pytest.mark.parametrize("passes_answer_on", [False, True])
def test_a_console_that_takes_no_step_of_its_own_leaves_the_finding(
    passes_answer_on: bool,
) -> None:
    tm = _proposal_queue(console_acts=False, passes_answer_on=passes_answer_on)
    assert [f.target.key for f in _open(tm)] == ["element:fitting-agent"]


@pytest.mark.parametrize("answers_at_tablet", [True, False])
def test_a_colleague_shown_the_tool_output_twice_may_answer_at_either(
    answers_at_tablet: bool,
) -> None:
    # a set-258 reviewer struck the finding on a ski hire shop: the technician gets the
    # binding ticket the print tool made both from the printer and on the workshop
    # tablet, and records the release test on the tablet, against the rental record
    # the tool wrote; only the first place they were shown it used to be looked at
    tm = tg.ThreatModel("Ski hire")
    ticket = tg.Data("Binding ticket", kind="records")
    with tm.boundary("Shop", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Shop systems", trust="internal"):
        kiosk = tm.add(tg.Endpoint("Kiosk", internet_facing=True))
        agent = tm.add(
            tg.Agent(
                "Binding agent",
                controls={c.HumanInTheLoop(approver="the technician, who tests every binding")},
            )
        )
        tool = tm.add(tg.Tool("Print tool", capabilities={"write"}))
        printer = tm.add(tg.Device("Printer"))
        db = tm.add(tg.DataStore("Rental database"))
        tablet = tm.add(tg.Endpoint("Workshop tablet"))
        technician = tm.add(tg.Actor("Technician"))
    tm.flow(customer, kiosk, tg.Data("Skier details", kind="records"), protocol="https")
    tm.flow(kiosk, agent, tg.Data("Skier details", kind="records"))
    tm.flow(agent, tool, ticket)
    tm.flow(tool, printer, ticket)
    tm.flow(tool, db, ticket)
    tm.flow(printer, technician, ticket)
    tm.flow(db, tablet, ticket)
    tm.flow(tablet, technician, ticket)
    if answers_at_tablet:
        result = tg.Data("Release test", kind="records")
        tm.flow(technician, tablet, result)
        tm.flow(tablet, db, result)
    found = [f.target.key for f in _open(tm)]
    assert found == ([] if answers_at_tablet else ["element:binding-agent"])
