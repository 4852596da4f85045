"""Changes taken from held-out verdicts (sets 158 to 161, and the earlier verdicts they
echo), made in the session of 2026-12-05 (seventeenth)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

EXFILTRATION = "ai/agent-exfiltration"
UNBOUND = "ai/unbound-approval"


def _drafting(*, approval_at_app: bool) -> tg.ThreatModel:
    """Set 158's funeral director: an app asks a hosted LLM for a draft from a family's
    notes, shows it to the arranger and the family, and uploads the approved booklet
    to a print shop, which sends proofs back (so someone other than the reader can
    steer the model)."""
    tm = tg.ThreatModel("drafting", profile="low")
    notes = tg.Data("Family notes", kind="records", sensitivity="pii")
    prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity="pii")
    draft = tg.Data("Draft text", kind="model-output", sensitivity="pii")
    fixes = tg.Data("Family corrections", kind="records", sensitivity="pii")
    booklet = tg.Data("Approved booklet", kind="documents", sensitivity="pii")
    proof = tg.Data("Printer proof", kind="documents", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        family = tm.add(tg.Actor("Family contact"))
        printer = tm.add(tg.ExternalService("Print shop"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    with tm.boundary("Cloud", trust="internal"):
        store = tm.add(tg.DataStore("Case system", stores={notes}))
        app = tm.add(
            tg.Service(
                "Drafting app",
                controls={c.HumanInTheLoop(approver="the family, then the arranger")}
                if approval_at_app
                else set(),
            )
        )
        arranger = tm.add(tg.Actor("Arranger"))
        page = tm.add(tg.Endpoint("Review page", purpose=tg.EndpointPurpose.API))
    tm.flow(store, app, notes)
    tm.flow(app, llm, prompt)
    tm.flow(llm, app, draft)
    tm.flow(app, arranger, draft)
    tm.flow(app, page, draft)
    tm.flow(page, family, draft)
    tm.flow(family, page, fixes)
    tm.flow(page, app, fixes)
    tm.flow(app, printer, booklet)
    tm.flow(printer, app, proof)
    return tm


def _findings(tm: tg.ThreatModel, rule: str) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).findings if f.rule == rule]


def test_approval_where_the_output_is_sent_on_guards_that_way_out() -> None:
    """'Its output goes out only after the family and then the arranger approve it'
    (set 158): a person's approval declared on the app that sends the model's output
    out counts against the exfiltration finding, as on the model or its flows."""
    (without,) = _findings(_drafting(approval_at_app=False), EXFILTRATION)
    assert without.status.value == "open"
    assert without.severity.value == "high"
    (with_approval,) = _findings(_drafting(approval_at_app=True), EXFILTRATION)
    assert with_approval.status.value == "mitigated"
    assert "human_in_the_loop" in with_approval.controls_present


def _claims(*, decision_back: bool = False, handler_acts: bool = True) -> tg.ThreatModel:
    """Set 158's water company: an agent credits leak allowances up to a threshold and
    refers larger claims through a work queue to a handler, who posts the credit in
    billing and files the decision in the claims store the agent reads new claims
    from."""
    tm = tg.ThreatModel("claims", profile="high")
    claim = tg.Data("Claim form", kind="records", sensitivity="pii")
    status = tg.Data("Claim status", kind="records", sensitivity="pii")
    credit = tg.Data("Credit request", kind="records", sensitivity="confidential")
    referral = tg.Data("Referral", kind="records", sensitivity="pii")
    decision = tg.Data("Handler decision", kind="records", sensitivity="pii")
    posted = tg.Data("Handler credit", kind="records", sensitivity="confidential")
    prompt = tg.Data("Claim prompt", kind="prompt", sensitivity="pii")
    answer = tg.Data("Completion", kind="model-output", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Account portal", purpose=tg.EndpointPurpose.API))
        store = tm.add(tg.DataStore("Claims store", stores={claim, status, decision}))
        agent = tm.add(
            tg.Agent(
                "Claims agent",
                controls={c.HumanInTheLoop(approver="claims handler", above="GBP 200 per claim")},
            )
        )
        llm = tm.add(tg.LLM("Claims LLM"))
        credit_tool = tm.add(tg.Tool("Credit tool", capabilities={"money-movement"}))
        referral_tool = tm.add(tg.Tool("Referral tool", capabilities={"write"}))
        billing = tm.add(tg.DataStore("Billing", stores={credit}))
        queue = tm.add(tg.DataStore("Work queue", stores={referral}))
        handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    tm.flow(customer, portal, claim)
    tm.flow(portal, store, claim)
    tm.flow(store, portal, status)
    tm.flow(portal, customer, status)
    tm.flow(store, agent, claim, *((decision,) if decision_back else ()))
    tm.flow(agent, store, status)
    tm.flow(agent, llm, prompt)
    tm.flow(llm, agent, answer)
    tm.flow(agent, credit_tool, credit)
    tm.flow(credit_tool, billing, credit)
    tm.flow(agent, referral_tool, referral)
    tm.flow(referral_tool, queue, referral)
    tm.flow(queue, handler, referral)
    if handler_acts:
        tm.flow(handler, billing, posted)
    tm.flow(handler, store, decision)
    return tm


def test_a_handler_who_takes_the_larger_step_approves_no_tool_call() -> None:
    """'Claims above GBP 200 are not approved agent tool calls ... the handler applies
    the credit himself. No approved call exists to bind' (set 158). The handler's
    decision is filed in the store the agent reads, but the agent reads only new claims
    there, so nothing of theirs reaches it: the steps below the threshold are the
    uncapped-steps finding's."""
    assert _findings(_claims(), UNBOUND) == []
    assert _findings(_claims(), "ai/uncapped-automatic-steps")


def test_a_decision_the_agent_reads_back_is_an_approval_it_acts_on() -> None:
    """When the agent reads the handler's decision back, the handler's approval has
    the agent take the step: the approval can be misdescribed, and the finding stays."""
    assert _findings(_claims(decision_back=True), UNBOUND)


def test_a_handler_who_only_files_a_decision_does_not_take_the_step() -> None:
    """A handler who posts nothing in the system the agent's tools write to (only files
    a decision) has not been shown to take the step: the finding stays."""
    assert _findings(_claims(handler_acts=False), UNBOUND)


FORGED = "ai/forged-device-readings"
PLANT = "stride/unauthenticated-plant-command"


def _line(*, command_checked: bool = False, status_protocol: str = "profinet") -> tg.ThreatModel:
    """A tempering line (set 87's chocolate factory, set 83's glass furnace): a PLC
    drives the machines over PROFINET and reads their status back over it; the
    historian passes the readings to a quality model whose prediction moves the
    setpoints."""
    tm = tg.ThreatModel("line", profile="high")
    readings = tg.Data("Machine readings", kind="records", sensitivity="internal")
    commands = tg.Data("Drive commands", kind="records", sensitivity="internal")
    setpoints = tg.Data("Setpoints", kind="records", sensitivity="internal")
    prediction = tg.Data("Quality prediction", kind="model-output", sensitivity="internal")
    with tm.boundary("Plant OT network", trust="internal"):
        historian = tm.add(tg.Service("Process historian"))
        model = tm.add(tg.Model("Temper quality model", task=tg.Task.REGRESSOR))
        optimiser = tm.add(tg.Service("Setpoint optimiser"))
        with tm.boundary("Line control cell", trust="restricted"):
            plc = tm.add(tg.Service("Line PLC"))
            machines = tm.add(tg.Device("Tempering machines", fleet=True))
    tm.flow(
        plc,
        machines,
        commands,
        protocol="profinet",
        controls={c.MutualAuthentication()} if command_checked else set(),
    )
    tm.flow(machines, plc, readings, protocol=status_protocol, label="machine status")
    tm.flow(plc, historian, readings, protocol="opc-ua")
    tm.flow(historian, model, readings)
    tm.flow(model, optimiser, prediction)
    tm.flow(optimiser, plc, setpoints, protocol="opc-ua")
    return tm


def test_readings_over_a_plant_link_anyone_can_command_are_the_plant_finding() -> None:
    """'Same unauthenticated PROFINET links as F4 ... an attacker there can command the
    machines directly' (sets 83, 87 and five more): where every link a forged reading
    would take is a plant protocol whose commands check no sender, the plant-command
    finding says it, and the forged-readings one is not raised beside it."""
    findings = tg.analyze(_line().freeze()).findings
    assert [f for f in findings if f.rule == PLANT]
    assert not [f for f in findings if f.rule == FORGED]


def test_readings_stay_when_the_commands_check_their_sender() -> None:
    """With the commands authenticated, the plant-command finding is answered; what the
    machines report back is still not authenticated per device, so forged readings are
    the open way in."""
    assert _findings(_line(command_checked=True), FORGED)


def test_readings_over_another_protocol_stay() -> None:
    """Status over MQTT is not the plant link the command finding covers."""
    assert _findings(_line(status_protocol="mqtt"), FORGED)
