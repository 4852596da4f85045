"""Changes taken from reviewers' verdicts on held-out sets 190 and 191, made in the
session of 2026-12-05 (twenty-first)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.filters import declared_control_classes, only_scoped_approvals

MISUSE = "ai/tool-misuse"
OVERSIGHT = "profile/high/human-oversight"
CHARGE = "ai/agent-set-charge"


@pytest.mark.parametrize(
    "note",
    [
        "delete actions only; stop and scale-down run on the agent's decision",
        "job cancellations only",
        "only orders the compliance check flags",
        "only for products not built before; repeat orders go straight through",
        "asked before a freeze; bookings and cancellations go ahead directly",
        "formal arrears letters only; reminders and payouts go ahead unapproved",
    ],
)
def test_a_note_that_scopes_an_approval_to_some_steps_is_read(note: str) -> None:
    gate = c.HumanInTheLoop(note=note)
    assert c.scoped_approval(gate)
    assert not c.approves_every_step(gate)


@pytest.mark.parametrize(
    "note",
    [
        None,
        "every reply is approved in the review console before it is posted",
        "parts are ordered only after the customer confirms the quote",
        "weekly routes go live only once approved in the planner app",
        "runs only on an approved case",
        "ranking is advisory; no one is rejected automatically",
        "the model only flags; a vet examines and decides any withdrawal",
        "no work order is released unapproved",
    ],
)
def test_a_note_that_says_every_step_waits_is_not_read_as_scoped(note: str | None) -> None:
    gate = c.HumanInTheLoop(note=note)
    assert not c.scoped_approval(gate)
    assert c.approves_every_step(gate)


def test_a_note_naming_a_threshold_is_read_as_a_threshold_not_a_scope() -> None:
    """As ``above`` is: the engine counts it, and the rules that care about the steps
    under it say so."""
    gate = c.HumanInTheLoop(note="only invoices above the 10,000 EUR threshold")
    assert not c.scoped_approval(gate)
    assert not c.approves_every_step(gate)
    assert not c.approves_every_step(c.HumanInTheLoop(above="EUR 10,000"))


def _remediation(note: str | None) -> tg.Report:
    """Set 190's cloud cost agent: engineers ask it questions in a chat channel, and it
    stops, terminates and scales down resources through a cross-account role; the
    design declares it supervised, with an approval whose note may scope it to
    deletions."""
    tm = tg.ThreatModel("cloud cost agent", profile="high")
    question = tg.Data("Engineer question", kind="prompt", sensitivity="internal")
    with tm.boundary("Corporate", trust="internal"):
        engineer = tm.add(tg.Actor("Engineer", role="engineer"))
        agent = tm.add(
            tg.Agent(
                "Cost remediation agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={c.HumanInTheLoop(approver="an engineer", note=note)},
            )
        )
        tool = tm.add(tg.Tool("Remediation tool", capabilities={"write", "delete"}))
        compute = tm.add(tg.Service("Member account compute"))
    tm.flow(engineer, agent, question, protocol="https")
    tm.flow(agent, engineer, tg.Data("Explanation", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Remediation request", kind="tool-call"))
    tm.flow(tool, compute, tg.Data("Control-plane calls", kind="tool-call"), protocol="https")
    tm.flow(compute, tool, tg.Data("Result", kind="tool-result"), protocol="https")
    tm.flow(tool, agent, tg.Data("Result", kind="tool-result"))
    return tm.analyze()


def test_an_approval_scoped_to_deletions_leaves_the_agents_other_steps_open() -> None:
    """The reviewer: zero findings, and "consequential actions are approved by a
    person" reported met, though stops and scale-downs across forty accounts wait for
    no one."""
    report = _remediation("delete actions only; stop and scale-down run on the agent's decision")
    (found,) = [f for f in report.open() if f.rule == MISUSE]
    assert "a person approves only some of its steps (delete actions only" in found.explanation
    (oversight,) = [r for r in report.requirements if r.id == OVERSIGHT]
    assert oversight.status == "unmet"


def test_an_approval_of_every_step_still_closes_it() -> None:
    report = _remediation("every action is approved in the channel before it runs")
    assert [f for f in report.open() if f.rule == MISUSE] == []
    (oversight,) = [r for r in report.requirements if r.id == OVERSIGHT]
    assert oversight.status == "met"


def test_declared_supervision_does_not_count_when_every_approval_is_scoped() -> None:
    scoped = tg.Agent(
        "Agent", autonomy="supervised", controls={c.HumanInTheLoop(note="van runs only")}
    )
    plain = tg.Agent("Agent", autonomy="supervised")
    assert only_scoped_approvals(scoped)
    assert c.HumanInTheLoop not in declared_control_classes(scoped)
    assert c.HumanInTheLoop in declared_control_classes(plain)


def _giving(agent_name: str, tool_name: str, note: str | None = None) -> tg.Report:
    """Set 190's church text-to-give agent: members text an agent, which sends them a
    payment link for the amount they choose."""
    tm = tg.ThreatModel("text to give", profile="high")
    text = tg.Data("Member text message", kind="prompt", sensitivity="pii")
    controls = {c.HumanInTheLoop(approver="finance", note=note)} if note else set()
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Church cloud", trust="internal"):
        agent = tm.add(tg.Agent(agent_name, autonomy="autonomous", controls=controls))
        tool = tm.add(tg.Tool(tool_name, capabilities={"write", "network-egress"}))
    with tm.boundary("Card processor", trust="partner"):
        processor = tm.add(tg.ExternalService("Card processor"))
    tm.flow(member, agent, text, protocol="https")
    tm.flow(agent, member, tg.Data("Reply", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Payment link request", kind="tool-call"))
    tm.flow(tool, processor, tg.Data("Payment link request", kind="tool-call"), protocol="https")
    tm.flow(processor, tool, tg.Data("Payment link", kind="tool-result"), protocol="https")
    tm.flow(tool, agent, tg.Data("Payment link", kind="tool-result"))
    return tm.analyze()


def _charge(report: tg.Report) -> list[str]:
    return [f.rule for f in report.open() if f.rule == CHARGE]


def test_a_gift_has_no_price_to_talk_down() -> None:
    """Struck as wrong: the giver chooses a donation's amount."""
    assert _charge(_giving("Giving SMS agent", "Payment link tool")) == []
    assert _charge(_giving("Booking SMS agent", "Payment link tool")) == [CHARGE]


def test_a_tax_payment_tool_is_not_a_charge_to_the_caller() -> None:
    assert _charge(_giving("Booking SMS agent", "Tax payment tool")) == []


def test_an_approval_scoped_to_charges_covers_the_charge_and_one_scoped_elsewhere_does_not() -> (
    None
):
    covers = "asked before a charge or a refund; bookings go ahead directly"
    assert _charge(_giving("Booking SMS agent", "Payment link tool", covers)) == []
    elsewhere = "cancellations only; charges and bookings go ahead directly"
    assert _charge(_giving("Booking SMS agent", "Payment link tool", elsewhere)) == [CHARGE]


@pytest.mark.parametrize("forecaster", ["regressor", "llm"])
def test_a_job_that_sends_on_only_a_regressors_answer_passes_no_ones_words(
    forecaster: str,
) -> None:
    """Set 191's bakery (struck as wrong): buyers' orders reach the ordering agent only
    as the demand forecast a regressor made from them, which a forecast job writes to
    the planning database; hidden instructions do not come out of a regressor. A
    language model writing the forecast would pass them on."""
    tm = tg.ThreatModel("bakery", profile="high")
    order = tg.Data("Customer order", kind="records", sensitivity="confidential")
    forecast = tg.Data("Demand forecast", kind="model-output", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        buyer = tm.add(tg.Actor("Buyer"))
    with tm.boundary("Bakery cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Ordering portal", purpose="api"))
        orders = tm.add(tg.DataStore("Order database", stores={order}))
        job = tm.add(tg.Service("Daily forecast job"))
        model = tm.add(
            tg.Model("Demand model", task="regressor")
            if forecaster == "regressor"
            else tg.LLM("Demand model")
        )
        planning = tm.add(tg.DataStore("Planning database", stores={forecast}))
        agent = tm.add(tg.Agent("Ordering agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Supplier ordering tool", capabilities={"money-movement"}))
    tm.flow(buyer, portal, order, protocol="https")
    tm.flow(portal, orders, order)
    tm.flow(orders, job, order)
    tm.flow(job, model, order)
    tm.flow(model, job, forecast)
    tm.flow(job, planning, forecast)
    tm.flow(planning, agent, forecast)
    tm.flow(agent, tool, tg.Data("Purchase order", kind="tool-call"))
    found = [f for f in tm.analyze().open() if f.rule == "ai/indirect-prompt-injection"]
    assert bool(found) == (forecaster == "llm")


@pytest.mark.parametrize("capabilities", [{"read"}, {"read", "write"}])
def test_a_lookup_tool_keeps_no_draft_for_staff_to_read(capabilities: set[str]) -> None:
    """Set 190's church (struck as wrong): the giving agent looks givers up in the
    church management system through a read-only tool, and the finance team reads gift
    records there; nothing the agent writes reaches them. A tool that writes into the
    system would keep the agent's words there for them."""
    tm = tg.ThreatModel("giving", profile="high")
    gifts = tg.Data("Gift records", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Church", trust="internal"):
        agent = tm.add(tg.Agent("Giving agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Giver tool", capabilities=capabilities))
        cms = tm.add(tg.DataStore("Church management system", stores={gifts}))
        console = tm.add(tg.Endpoint("Finance console", purpose="api"))
        finance = tm.add(tg.Actor("Finance team"))
    with tm.boundary("SMS provider", trust="partner"):
        sms = tm.add(tg.ExternalService("SMS gateway"))
    text, reply = tg.Data("Text message", kind="prompt"), tg.Data("Reply", kind="model-output")
    tm.flow(member, sms, text, protocol="sms")
    tm.flow(sms, agent, text, protocol="https")
    tm.flow(agent, sms, reply, protocol="https")
    tm.flow(sms, member, reply, protocol="sms")
    tm.flow(agent, tool, tg.Data("Giver lookup", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, cms, tg.Data("Giver lookup", kind="tool-call", sensitivity="pii"))
    tm.flow(cms, tool, tg.Data("Giver profile", kind="tool-result", sensitivity="pii"))
    tm.flow(tool, agent, tg.Data("Giver profile", kind="tool-result", sensitivity="pii"))
    tm.flow(cms, console, gifts, protocol="https")
    tm.flow(console, finance, gifts, protocol="https")
    found = [f for f in tm.analyze().open() if f.rule == "ai/hallucination"]
    readers = {i for f in found for t in f.affected for i in t.ids}
    assert ("finance-team" in readers) == ("write" in capabilities)


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("booking reference and booker e-mail address", False),
        ("booking reference and family surname", False),
        ("booking reference", True),
        (None, True),
    ],
)
def test_a_tool_that_asks_for_the_records_reference_and_owner_checks_whose_it_is(
    method: str | None, raised: bool
) -> None:
    """Set 193's ice rink (struck as wrong): the agent's cancellation tool returns a
    booking only to whoever gives its reference and the booker's e-mail address. A
    reference alone is no detail of the owner."""
    tm = tg.ThreatModel("ice rink", profile="high")
    bookings = tg.Data("Bookings", kind="records", sensitivity="pii")
    controls = {c.Authentication(method=method)} if method else set()
    with tm.boundary("Internet", trust="untrusted"):
        skater = tm.add(tg.Actor("Skater"))
    with tm.boundary("Council cloud", trust="internal"):
        agent = tm.add(tg.Agent("Skate assistant", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Cancellation tool", capabilities={"read"}, controls=controls))
        store = tm.add(tg.DataStore("Bookings database", stores={bookings}))
    tm.flow(skater, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, skater, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Lookup", kind="tool-call"))
    tm.flow(tool, store, tg.Data("Lookup", kind="tool-call"))
    tm.flow(store, tool, bookings)
    tm.flow(tool, agent, bookings)
    found = [f for f in tm.analyze().open() if f.rule == "stride/missing-subject-authorization"]
    assert bool(found) == raised


@pytest.mark.parametrize(("datum", "raised"), [("Session prices", False), ("Bookings", True)])
def test_a_charging_tool_that_reads_the_price_from_our_records_sets_it_itself(
    datum: str, raised: bool
) -> None:
    """Set 193's ice rink (struck as wrong): the checkout tool takes each session's price
    from the rink schedule, not from the call the model writes."""
    tm = tg.ThreatModel("ice rink", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        skater = tm.add(tg.Actor("Skater"))
    with tm.boundary("Council cloud", trust="internal"):
        agent = tm.add(tg.Agent("Skate agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Checkout tool", capabilities={"write", "network-egress"}))
        store = tm.add(tg.DataStore("Rink schedule", stores={tg.Data(datum, kind="records")}))
    tm.flow(skater, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, skater, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Checkout call", kind="tool-call"))
    tm.flow(store, tool, tg.Data(datum, kind="records"))
    tm.flow(tool, agent, tg.Data("Checkout link", kind="tool-result"))
    found = [f for f in tm.analyze().open() if f.rule == CHARGE]
    assert bool(found) == raised


def test_holds_any_control_reads_a_scoped_approval_on_an_agent_as_the_analysis_does() -> None:
    from threatgraph.filters import holds_any_control

    scoped = c.HumanInTheLoop(note="delete actions only")
    assert not holds_any_control(tg.Agent("Agent", controls={scoped}), (c.HumanInTheLoop,))
    assert not holds_any_control(tg.Tool("Tool", controls={scoped}), (c.HumanInTheLoop,))
    # elsewhere a note is the design's business: a service's approval of flagged cases
    assert holds_any_control(tg.Service("Service", controls={scoped}), (c.HumanInTheLoop,))
    assert holds_any_control(tg.Agent("Agent", controls={c.HumanInTheLoop()}), (c.HumanInTheLoop,))


@pytest.mark.parametrize(
    ("datum", "raised"),
    [("Climb slots and ticket prices", False), ("Firing fee payment link", True)],
)
def test_a_partners_ticketing_system_that_prices_the_order_sets_the_charge(
    datum: str, raised: bool
) -> None:
    """Set 195's lighthouse (struck as wrong): the checkout tool gets the slots and their
    prices from the ticketing provider. A payment link coming back names a fee, but is
    the charge the tool made, not a price it read."""
    tm = tg.ThreatModel("lighthouse", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Trust cloud", trust="internal"):
        agent = tm.add(tg.Agent("Visitor chatbot", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Checkout tool", capabilities={"write", "network-egress"}))
    with tm.boundary("Ticketing provider", trust="partner"):
        ticketing = tm.add(tg.ExternalService("Ticketing system"))
    tm.flow(visitor, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, visitor, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Checkout call", kind="tool-call"))
    tm.flow(tool, ticketing, tg.Data("Ticket order", kind="records"), protocol="https")
    tm.flow(ticketing, tool, tg.Data(datum, kind="records"), protocol="https")
    tm.flow(tool, agent, tg.Data("Checkout link", kind="tool-result"))
    found = [f for f in tm.analyze().open() if f.rule == CHARGE]
    assert bool(found) == raised


@pytest.mark.parametrize(
    ("datum", "raised"), [("Remote diagnostic commands", True), ("Tariffs", False)]
)
def test_a_vendor_cloud_relaying_commands_into_the_controllers_is_remote_access(
    datum: str, raised: bool
) -> None:
    """Set 194's glassblowing studio (named missing): the kiln vendor's diagnostics cloud
    relays its technicians' commands through a gateway on the kiln floor to the
    controllers, bypassing the manager's approval of schedules. A feed is no session."""
    tm = tg.ThreatModel("studio", profile="high")
    with tm.boundary("Kiln vendor cloud", trust="partner"):
        cloud = tm.add(tg.ExternalService("Kiln vendor diagnostics cloud"))
    with tm.boundary("Kiln floor", trust="internal"):
        gateway = tm.add(tg.Device("Vendor cloud gateway"))
        controller = tm.add(tg.Device("Furnace controller"))
    tm.flow(cloud, gateway, tg.Data(datum, kind="records"), protocol="https")
    tm.flow(gateway, controller, tg.Data(datum, kind="records"), protocol="modbus")
    tm.flow(controller, gateway, tg.Data("Controller diagnostics", kind="logs"), protocol="modbus")
    found = [f for f in tm.analyze().open() if f.rule == "stride/supplier-remote-access"]
    assert bool(found) == raised


@pytest.mark.parametrize(
    "description",
    [None, "Returns only the forecasts of the orchards on the signed-in grower's contracts."],
)
def test_an_interface_described_as_returning_only_the_callers_own_records(
    description: str | None,
) -> None:
    """Set 195's cider producer (struck as wrong): the grower app's API is declared to
    return only the signed-in grower's own forecasts."""
    tm = tg.ThreatModel("cider", profile="high")
    forecasts = tg.Data("Orchard forecasts", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        grower = tm.add(tg.Actor("Grower"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "Grower app API",
                purpose="api",
                description=description or "",
                controls={c.Authentication(method="e-mail and password")},
            )
        )
        db = tm.add(tg.DataStore("Orchard database", stores={forecasts}))
    tm.flow(grower, api, tg.Data("Forecast request", kind="records"), protocol="https")
    tm.flow(api, db, tg.Data("Forecast query", kind="records"))
    tm.flow(db, api, forecasts)
    tm.flow(api, grower, forecasts, protocol="https")
    rules = {"stride/missing-subject-authorization", "stride/cross-account-access"}
    found = [f for f in tm.analyze().open() if f.rule in rules]
    assert bool(found) == (description is None)
