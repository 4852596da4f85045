"""Changes taken from reviewers' verdicts on held-out sets 200 and later, made in the
session of 2026-12-05 (twenty-third)."""

from __future__ import annotations

import pytest

import threatgraph as tg

INDIRECT = "ai/indirect-prompt-injection"


def _riding_school(*, staff_read: bool = False, pays_out: bool = False) -> tg.ThreatModel:
    """A booking agent parents chat with, which also reads back the rider notes those
    parents entered on the school's website."""
    tm = tg.ThreatModel("riding school", profile="high")
    notes = tg.Data("Rider notes", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("School cloud", trust="internal"):
        site = tm.add(tg.Service("School website"))
        records = tm.add(tg.DataStore("Rider records", stores={notes}))
        lookup = tm.add(tg.Tool("Rider lookup tool", capabilities={"read"}))
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        caps = {"write", "money-movement"} if pays_out else {"write"}
        booking = tm.add(tg.Tool("Lesson booking tool", capabilities=caps))
    tm.flow(parent, site, notes, protocol="https")
    tm.flow(site, records, notes)
    tm.flow(parent, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, parent, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, lookup, tg.Data("Lookup", kind="tool-call"))
    tm.flow(records, lookup, notes)
    tm.flow(lookup, agent, tg.Data("Rider", kind="tool-result", sensitivity="pii"))
    tm.flow(agent, booking, tg.Data("Booking", kind="tool-call"))
    if staff_read:
        with tm.boundary("Office", trust="internal"):
            instructor = tm.add(tg.Actor("Instructor"))
        tm.flow(agent, instructor, tg.Data("Lesson plan", kind="model-output"), protocol="https")
    return tm


@pytest.mark.parametrize(
    ("staff_read", "pays_out", "raised"),
    [(False, False, False), (True, False, True), (False, True, True)],
)
def test_stored_notes_of_the_agents_own_callers_are_the_direct_finding(
    staff_read: bool, pays_out: bool, raised: bool
) -> None:
    """Shaped on set 200's riding school (struck as a duplicate): the only people whose
    text reaches the agent through the rider records are the parents who chat with it,
    and its answers go back only to them: the direct finding already names them. When
    its answers also reach an instructor, or a tool of its moves money, the stored way
    in keeps its own finding (the riding school's own agent takes payments, so its
    finding stays)."""
    report = _riding_school(staff_read=staff_read, pays_out=pays_out).analyze()
    assert bool(report.for_rule(INDIRECT)) == raised
    assert report.for_rule("ai/prompt-injection-direct")


EVIDENCE = "ai/unverified-evidence"


@pytest.mark.parametrize(
    ("tool", "raised"),
    [
        ("Payment link tool", False),
        ("Checkout payment tool", False),
        ("Refund tool", True),
        ("Refund and payment link tool", True),
        ("Payment tool", True),
    ],
)
def test_a_tool_that_collects_the_customers_money_pays_no_one(tool: str, raised: bool) -> None:
    """Set 201's cobbler (both struck as wrong): the agent sends payment links so that
    customers pay the shop for repairs; it pays no claims, so the shoe photos it reads
    are no evidence for a payout, and GDPR's review of automated decisions about
    claims does not apply. A tool whose name also names a refund still pays out."""
    tm = tg.ThreatModel("cobbler", profile="high", frameworks=("gdpr",))
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Shop cloud", trust="internal"):
        agent = tm.add(tg.Agent("Repair agent", autonomy="autonomous"))
        pay = tm.add(tg.Tool(tool, capabilities={"write", "money-movement"}))
    tm.flow(customer, agent, tg.Data("Message", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(customer, agent, tg.Data("Shoe photo", kind="media"), protocol="https")
    tm.flow(agent, customer, tg.Data("Reply", kind="model-output"), protocol="https")
    tm.flow(agent, pay, tg.Data("Amount", kind="tool-call"))
    report = tm.analyze()
    assert bool(report.for_rule(EVIDENCE)) == raised
    decisions = [r for r in report.requirements if r.id == "compliance/gdpr/automated-decisions"]
    assert bool(decisions and decisions[0].status == "unmet") == raised


CHARGE = "ai/agent-set-charge"


def _entry_agent(*, provider: str = "", tool: str = "") -> tg.ThreatModel:
    """An agent that sends the people who chat with it a payment link for a fee."""
    tm = tg.ThreatModel("pipe band entries", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        secretary = tm.add(tg.Actor("Band secretary"))
    with tm.boundary("Payment provider", trust="partner"):
        payments = tm.add(tg.ExternalService("Card payment provider", description=provider))
    with tm.boundary("Association cloud", trust="internal"):
        agent = tm.add(tg.Agent("Entry agent", autonomy="autonomous"))
        link = tm.add(
            tg.Tool(
                "Entry fee payment link tool",
                capabilities={"write", "network-egress"},
                description=tool,
            )
        )
    tm.flow(secretary, agent, tg.Data("Message", kind="prompt"), protocol="https")
    tm.flow(agent, secretary, tg.Data("Reply", kind="model-output"), protocol="https")
    tm.flow(agent, link, tg.Data("Link request", kind="tool-call"))
    tm.flow(link, payments, tg.Data("Checkout session", kind="records"), protocol="https")
    tm.flow(payments, link, tg.Data("Payment link", kind="records"), protocol="https")
    return tm


@pytest.mark.parametrize(
    ("provider", "tool", "raised"),
    [
        ("Hosted checkout; entry fee amounts are set per contest in the dashboard.", "", False),
        ("", "Takes a booking reference; the amount comes from the booking record.", False),
        ("", "Fees are looked up from the contest table.", False),
        ("Hosted checkout.", "", True),
        ("", "Creates a link for the amount the agent gives.", True),
    ],
)
def test_a_charge_whose_amount_the_design_puts_in_records_is_not_the_agents(
    provider: str, tool: str, raised: bool
) -> None:
    """Sets 203's pipe band and bungee site (both struck as wrong): the provider's
    description says the fee amounts are set per contest in its dashboard, and the
    deposit tool's own description says the amount comes from the booking record.
    Neither lets the model's words set the amount."""
    report = _entry_agent(provider=provider, tool=tool).analyze()
    assert bool(report.for_rule(CHARGE)) == raised


SUBJECT = "stride/missing-subject-authorization"


@pytest.mark.parametrize(
    ("label", "raised"),
    [("nightly absence export", False), ("sync after session", False), (None, True)],
)
def test_a_bulk_copy_of_the_records_is_no_fetch_for_a_caller(
    label: str | None, raised: bool
) -> None:
    """Sets 203's crossing patrol and karting track (struck): the HR system's absences
    reach the rota service as a nightly export, the lap times reach the leaderboard as a
    sync after each session. No caller asks for those reads; the interface that then
    serves each caller is where the check belongs."""
    tm = tg.ThreatModel("crossing patrol", profile="high")
    absences = tg.Data("Absence records", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        officer = tm.add(tg.Actor("Patrol officer"))
    with tm.boundary("Council", trust="internal"):
        hr = tm.add(tg.DataStore("HR system", stores={absences}))
        rota = tm.add(tg.Service("Rota service"))
    tm.flow(officer, rota, tg.Data("Rota request", kind="records"), protocol="https")
    tm.flow(rota, officer, absences, protocol="https")
    tm.flow(hr, rota, absences, label=label)
    assert bool(tm.analyze().for_rule(SUBJECT)) == raised


PLANT = "stride/unauthenticated-plant-command"


@pytest.mark.parametrize(
    ("device", "raised"),
    [("Kart control unit", True), ("Spreader ECU", True), ("Kart lap display", False)],
)
def test_a_vehicle_control_unit_obeys_commands_like_a_controller(device: str, raised: bool) -> None:
    """Set 203's karting track (its reviewers named it the most important threat
    missing, twice): race control sends limp-mode and heartbeat commands to each kart's
    control unit over MQTT, which checks no sender, so a forged heartbeat defeats the
    karts' own fall-back to limp mode. A control unit (or ECU) moves a physical process
    as a controller does; a display does not."""
    tm = tg.ThreatModel("karting", profile="high")
    with tm.boundary("Race control room", trust="internal"):
        control = tm.add(tg.Service("Race control service"))
    with tm.boundary("Track network", trust="internal"):
        kart = tm.add(tg.Device(device))
    tm.flow(control, kart, tg.Data("Limp mode command", kind="records"), protocol="mqtt")
    assert bool(tm.analyze().for_rule(PLANT)) == raised


PRIVILEGED = "stride/privileged-actor-access"


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("Google Workspace sign-in with 2-step verification", False),
        ("SSO with two-step verification", False),
        ("Google Workspace 2SV", False),
        ("Google Workspace password", True),
    ],
)
def test_two_step_verification_is_a_second_factor(method: str, raised: bool) -> None:
    """Found reading set 207's treehouse builder (struck as wrong): its reviewer read
    Google's "2-step verification" as the strong sign-in the finding asks for, and the
    word list did not know it; it is a second factor under another name. (The
    treehouse's own finding stays: the estimator's direct path to the price list, which
    the reviewer named the real gap, declares no sign-in at all.)"""
    tm = tg.ThreatModel("treehouse", profile="high")
    with tm.boundary("Office", trust="internal"):
        estimator = tm.add(
            tg.Actor(
                "Estimator", privileged=True, controls={tg.controls.Authentication(method=method)}
            )
        )
    with tm.boundary("Cloud", trust="internal"):
        prices = tm.add(tg.DataStore("Price list", stores={tg.Data("Prices", kind="records")}))
    tm.flow(estimator, prices, tg.Data("Prices", kind="records"), protocol="https")
    assert bool(tm.analyze().for_rule(PRIVILEGED)) == raised
