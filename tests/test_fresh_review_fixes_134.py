"""Changes taken from the held-out verdicts of sets 133 and 134 (session of
2026-12-05, fourteenth)."""

from __future__ import annotations

import threatgraph as tg

SUPPLY = "ai/mlops-supply-chain"
FORGED = "ai/forged-device-readings"
PLANT_COMMAND = "stride/unauthenticated-plant-command"
REMOTE = "stride/supplier-remote-access"


def _open(tm: tg.ThreatModel, rule: str) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).open() if f.rule == rule]


def _station(*, router_runs_code: bool = False, plc_protocol: str = "s7comm") -> tg.ThreatModel:
    """Set 134's hydrogen station: the vendor's portal sends PLC programs through the
    site's VPN router, which passes them on as they came to the two PLCs. The process
    PLC reads its detectors over 4-20 mA wiring and feeds a leak model on the edge
    computer, which asks the safety PLC over Modbus to isolate the dispenser. With
    ``router_runs_code`` the router keeps the programs (it runs them itself)."""
    tm = tg.ThreatModel("station", profile="high")
    programs = tg.Data("PLC programs", kind="code", sensitivity="confidential")
    signals = tg.Data("Process signals", kind="records")
    with tm.boundary("Vendor", trust="partner"):
        engineer = tm.add(tg.Actor("Vendor service engineer", privileged=True))
        portal = tm.add(tg.ExternalService("Vendor remote access service"))
    with tm.boundary("Station site network", trust="internal"):
        router = tm.add(tg.Service("Station VPN router"))
    with tm.boundary("Station control network", trust="restricted"):
        detectors = tm.add(tg.Device("Pressure and gas detectors"))
        process_plc = tm.add(tg.Service("Station process PLC"))
        safety_plc = tm.add(tg.Service("Safety PLC"))
        edge = tm.add(tg.Service("Station edge computer"))
        model = tm.add(tg.Model("Leak prediction model", task="detector", high_stakes=True))
        valve = tm.add(tg.Device("Dispenser valve"))
    tm.flow(engineer, portal, programs, protocol="https")
    tm.flow(portal, router, programs, protocol="ipsec")
    if not router_runs_code:
        tm.flow(router, process_plc, programs, protocol=plc_protocol)
        tm.flow(router, safety_plc, programs, protocol=plc_protocol)
    tm.flow(detectors, process_plc, signals, label="4-20 mA wiring")
    tm.flow(process_plc, edge, signals, protocol="modbus")
    tm.flow(edge, model, tg.Data("Leak features", kind="features"))
    tm.flow(model, edge, tg.Data("Leak prediction", kind="model-output"))
    tm.flow(edge, safety_plc, tg.Data("Isolation request"), protocol="modbus")
    tm.flow(safety_plc, valve, tg.Data("Valve commands"), label="hardwired")
    return tm


def test_a_router_that_only_relays_code_to_controllers_does_not_run_it() -> None:
    """'The VPN router forwards model updates and PLC programs. It does not run them,
    and no public registry is involved' (set 134). The finding then went to the PLCs
    that run the programs; later reviewers struck that too (set 155 and a re-review:
    vendor-authored PLC programs, no registry, covered by the remote-access finding).
    Since the session of 2026-12-05 (twenty-second) the vendor's programs reaching the
    PLCs through the router are the supplier remote-access finding's alone."""
    rules = {f.rule: f for f in _open(_station(), SUPPLY) + _open(_station(), REMOTE)}
    assert SUPPLY not in rules
    assert rules[REMOTE].target.ids == ("station-vpn-router",)


def test_a_component_that_keeps_the_code_it_takes_still_runs_it() -> None:
    (f,) = _open(_station(router_runs_code=True), SUPPLY)
    assert f.target.ids == ("station-vpn-router",)


def _host(*, tenant_zone: str) -> tg.ThreatModel:
    """A GPU host agent pulls images from a public registry and starts them as
    containers; the containers are the customers' (an untrusted zone) or our own."""
    tm = tg.ThreatModel("gpu")
    image = tg.Data("Container image", kind="code")
    with tm.boundary("Registry", trust="untrusted"):
        registry = tm.add(
            tg.ExternalService("Public container registry", provides="container-registry")
        )
    with tm.boundary("Host fleet", trust="internal"):
        agent = tm.add(tg.Service("Host node agent"))
    with tm.boundary("Containers", trust=tenant_zone):
        job = tm.add(tg.Pipeline("Training container", stage="training"))
    tm.flow(registry, agent, image, protocol="https")
    tm.flow(agent, job, image, protocol="local")
    return tm


def test_code_handed_on_to_outsiders_containers_stays_with_the_agent_that_pulls_it() -> None:
    """Kept on the GPU marketplace (set 23): what the customers run is their supply
    chain, so the host agent that pulls and starts the images carries the finding."""
    (f,) = _open(_host(tenant_zone="untrusted"), SUPPLY)
    assert f.target.ids == ("host-node-agent",)


def test_code_handed_on_to_our_own_container_moves_to_it() -> None:
    (f,) = _open(_host(tenant_zone="internal"), SUPPLY)
    assert f.target.ids == ("training-container",)


def test_a_plc_that_speaks_s7_is_plant_equipment_its_wired_sensors_are_on_board() -> None:
    """'The links are declared as 4-20 mA analogue wiring inside the restricted control
    network' (set 134): with S7 known as a plant protocol, the process PLC is plant
    equipment, and forging its wired detectors' readings takes the plant itself."""
    assert _open(_station(), FORGED) == []
    # a protocol the table does not know says nothing about the PLC; since set 306 the
    # link's label saying it is 4-20 mA wiring keeps the detectors on board anyway
    assert _open(_station(plc_protocol="proprietary-xyz"), FORGED) == []


def test_modbus_writes_into_a_safety_plc_that_speaks_s7_are_plant_commands() -> None:
    """Named missing on set 134: 'the safety controller ... takes Modbus writes from
    the edge computer'. Before S7 was known, the PLC's S7 link hid that it is plant
    equipment."""
    (f,) = _open(_station(), PLANT_COMMAND)
    assert f.target.ids == ("station-edge-computer->safety-plc",)
    assert _open(_station(plc_protocol="proprietary-xyz"), PLANT_COMMAND) == []


def test_cip_security_authenticates_both_ends_and_plain_cip_does_not() -> None:
    secure = tg.protocols.lookup("cip-security")
    plain = tg.protocols.lookup("EtherNet/IP")
    assert secure is not None
    assert secure.client_authenticated
    assert secure.encrypted
    assert plain is not None
    assert not plain.client_authenticated
    assert not plain.encrypted


FLOOD = "stride/denial-of-service"


def _permits(*, contractors_draft: bool) -> tg.ThreatModel:
    """Set 134's permit-to-work assistant: planners raise jobs, a drafting service has
    an LLM draft each permit, and contractor supervisors on the internet accept signed
    permits through the same web app. With ``contractors_draft`` the contractors' own
    requests go to the drafting service too."""
    tm = tg.ThreatModel("permits")
    job = tg.Data("Job request", kind="records")
    acceptance = tg.Data("Permit acceptance", kind="records")
    permit = tg.Data("Signed permit", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        contractor = tm.add(tg.Actor("Contractor supervisor"))
    with tm.boundary("Plant", trust="internal"):
        planner = tm.add(tg.Actor("Maintenance planner"))
        app = tm.add(tg.Endpoint("Permit web app", purpose="api"))
        drafting = tm.add(tg.Service("Permit drafting service"))
        llm = tm.add(tg.LLM("Permit drafting LLM"))
        register = tm.add(tg.DataStore("Permit register", stores={permit, acceptance}))
    tm.flow(planner, app, job, protocol="https")
    tm.flow(app, drafting, job)
    tm.flow(drafting, llm, tg.Data("Drafting prompt", kind="prompt"))
    tm.flow(llm, drafting, tg.Data("Draft permit", kind="model-output"))
    tm.flow(drafting, register, permit)
    tm.flow(register, app, permit)
    tm.flow(app, contractor, permit, protocol="https")
    tm.flow(contractor, app, acceptance, protocol="https")
    tm.flow(app, register, acceptance)
    if contractors_draft:
        request = tg.Data("Contractor job request", kind="records")
        tm.flow(contractor, app, request, protocol="https")
        tm.flow(app, drafting, request)
    return tm


def test_callers_whose_requests_reach_no_model_do_not_flood_it() -> None:
    """'Contractor supervisors only send permit acceptances, so their requests never
    run the LLM' (set 134)."""
    assert _open(_permits(contractors_draft=False), FLOOD) == []


def test_callers_whose_requests_reach_the_model_still_do() -> None:
    (f,) = _open(_permits(contractors_draft=True), FLOOD)
    assert f.target.ids == ("permit-web-app",)


PAYEE = "stride/payee-change"


def _referees(*, described: str | None) -> tg.ThreatModel:
    """Set 133's county FA: referees enter their bank details in the portal, which the
    appointments database syncs nightly to a hosted finance package; its description
    (when given) says the treasurer releases the monthly payment run from it."""
    tm = tg.ThreatModel("referees")
    bank = tg.Data("Referee bank details", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        referee = tm.add(tg.Actor("Referee"))
    with tm.boundary("Association cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Association portal", purpose="api"))
        db = tm.add(tg.DataStore("Appointments database", stores={bank}))
    with tm.boundary("Accounting SaaS", trust="partner"):
        finance = tm.add(tg.ExternalService("Finance system", description=described))
    tm.flow(referee, portal, bank, protocol="https")
    tm.flow(portal, db, bank)
    tm.flow(db, finance, bank, protocol="https", label="nightly payee sync")
    return tm


def test_a_finance_system_described_as_running_the_payment_run_pays() -> None:
    """Named missing on set 133: 'payments redirected by changing referee bank
    details'. The finance package is named for neither paying nor a bank; its
    description says it runs the payment run."""
    (f,) = _open(
        _referees(described="Hosted accounting package; the treasurer releases the payment run."),
        PAYEE,
    )
    assert f.target.ids == ("association-portal",)
    assert "Finance system pays" in f.explanation


def test_a_finance_system_nothing_says_pays_is_not_taken_for_a_payer() -> None:
    assert _open(_referees(described="Hosted accounting package."), PAYEE) == []


def _members(*, payouts_kept: bool, autonomy: str = "autonomous") -> tg.ThreatModel:
    """Set 134's energy co-op: members chat with an agent that records their dividend
    payouts and bank details through a membership tool; in the variant the membership
    system keeps no payout records beside the bank details."""
    tm = tg.ThreatModel("coop")
    bank = tg.Data("Member bank details", kind="records", sensitivity="pii")
    payouts = tg.Data("Dividend payout records", kind="records", sensitivity="pii")
    members = tg.Data("Member records", kind="records", sensitivity="pii")
    chat = tg.Data("Member chat", kind="prompt", sensitivity="pii")
    kept = {bank, payouts, members} if payouts_kept else {bank, members}
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Co-op cloud", trust="internal"):
        agent = tm.add(tg.Agent("Switching agent", autonomy=autonomy))
        tool = tm.add(tg.Tool("Membership update tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("Membership system", stores=kept))
    tm.flow(member, agent, chat, protocol="https")
    tm.flow(agent, member, tg.Data("Agent reply", kind="model-output"), protocol="https")
    tm.flow(agent, tool, bank, tg.Data("Membership update call", kind="tool-call"))
    tm.flow(tool, store, bank)
    return tm


def test_a_store_that_keeps_payouts_beside_the_bank_details_is_where_they_are_paid() -> None:
    """Named missing on set 134: 'the agent can change members' bank details with no
    approval, so dividends can be redirected'."""
    (f,) = _open(_members(payouts_kept=True), PAYEE)
    assert f.target.ids == ("switching-agent",)
    assert "Membership system pays" in f.explanation
    assert _open(_members(payouts_kept=False), PAYEE) == []


def test_the_finding_says_a_supervised_agent_is_approved_as_the_engine_weighs_it() -> None:
    report = tg.analyze(_members(payouts_kept=True, autonomy="supervised").freeze())
    (f,) = [x for x in report.findings if x.rule == PAYEE]
    assert "a person approves the steps of Switching agent" in f.explanation
    assert f.status.value != "open"  # the engine counts the supervision as an approval
    (plain,) = _open(_members(payouts_kept=True), PAYEE)
    assert "nothing declared confirms" in plain.explanation
