"""Changes taken from held-out sets 112 and 113's verdicts (``v2-round130-fresh112``,
``v2-round131-fresh113``).

- A tablet press's reviewer struck "nothing below the model holds the equipment within
  safe limits": the press PLC declares them. "Tablet press PLC" was read as a tablet
  someone holds (equipment that shows things), so the walk stopped above it.
- A small-claims portal's reviewer struck the password-only finding on a sign-in
  declared as "e-mail, password and SMS code": an SMS code is a second factor. One
  asked only when payout details change, or an optional one, is not asked at every
  sign-in.
- An implant-sizing reviewer struck "models or training data pushed to an outside
  hub" on the implant vendor's research data drop: the vendor, whose portal ships the
  model we run, gets de-identified cases to retrain on, a declared share with a
  supplier.
- A referencing reviewer (set 112) struck the per-caller finding naming an applicant
  the agent never answers.

And from sets 114 and 115 (``v2-round132-fresh114``, ``v2-round133-fresh115``):

- the undeclared-protocol list on a code typed at a lane kiosk and a printout handed
  to an inspector (no network link);
- "Crew override API takes requests from Weather forecast API" (a vendor's feed a
  service pulls sends no requests);
- the silent failure of a leak detector fed through a historian, named missing (a
  store on the way keeps the feed live; upstream overfill trips do not answer it).

And from set 117 (``v2-round135-fresh117``): the per-caller finding on a store a
nightly triage job reads for its own task; from set 116 (``v2-round134-fresh116``):
bias testing of a lorry-weight model; from set 119 (``v2-round137-fresh119``): a
webhook whose receiver declares a vendor API key."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Status
from threatgraph.graph import facts
from threatgraph.rules._kit import moves_plant


def _press(*, limits: bool) -> tg.ThreatModel:
    """A weight model sets a model-predictive controller, which writes fill depth and
    force setpoints to the tablet press PLC over OPC UA; with ``limits`` the PLC clamps
    them to validated ranges."""
    tm = tg.ThreatModel("press", profile="high")
    setpoints = tg.Data("Fill depth and force setpoints", kind="records")
    with tm.boundary("Plant network", trust="internal"):
        model = tm.add(tg.Model("Tablet weight model", task="regressor"))
        mpc = tm.add(tg.Service("Model-predictive controller"))
    with tm.boundary("Press cell", trust="restricted"):
        controls = {c.SafetyLimits(limits="recipe clamps to validated ranges")} if limits else set()
        plc = tm.add(tg.Service("Tablet press PLC", controls=controls))
    tm.flow(model, mpc, tg.Data("Predicted weight", kind="model-output"))
    tm.flow(mpc, plc, setpoints, protocol="opc-ua")
    tm.flow(plc, mpc, tg.Data("Press state", kind="records"), protocol="opc-ua")
    return tm


def _actuation(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == "ai/unbounded-actuation"]


def test_a_tablet_press_is_a_machine_not_a_tablet_someone_holds() -> None:
    system = _press(limits=False).freeze()
    plc = system.element("tablet-press-plc")
    assert moves_plant(facts(system), plc)


def test_limits_on_the_tablet_press_plc_hold_what_the_model_sets() -> None:
    assert not _actuation(_press(limits=True))
    (f,) = _actuation(_press(limits=False))
    assert ("tablet-press-plc",) in {t.ids for t in f.affected}


def _portal(method: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("claims")
    claim = tg.Data("Claim form", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        person = tm.add(tg.Actor("Claimant"))
    with tm.boundary("Court cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Claim portal", controls={c.Authentication(method=method)}))
        store = tm.add(tg.DataStore("Claims", stores={claim}))
    tm.flow(person, portal, claim, protocol="https")
    tm.flow(portal, store, claim)
    tm.flow(store, portal, claim)
    return tm


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("government sign-in: e-mail, password and SMS code", False),
        ("password and a code sent by SMS", False),
        ("e-mail and password", True),
        ("password login with an optional SMS code", True),
        ("e-mail and password; SMS code when payout details change", True),
    ],
)
def test_an_sms_code_at_every_sign_in_is_a_second_factor(method: str, raised: bool) -> None:
    found = [
        f for f in _portal(method).analyze().findings if f.rule == "stride/password-only-sign-in"
    ]
    assert bool(found) is raised


def _export(*, vendor_ships_model: bool) -> tg.ThreatModel:
    """A nightly job sends de-identified cases to a research data drop; with
    ``vendor_ships_model`` the same company's portal ships the model we run."""
    tm = tg.ThreatModel("implants", profile="high")
    cases = tg.Data("De-identified cases", kind="training-data", sensitivity="confidential")
    weights = tg.Data("Sizing model", kind="model-artifact", format="onnx")
    with tm.boundary("Hospital", trust="internal"):
        job = tm.add(tg.Pipeline("Nightly export", stage="preprocessing"))
        model = tm.add(tg.Model("Implant sizing model", task="regressor"))
    with tm.boundary("Implant vendor", trust="partner"):
        drop = tm.add(tg.ExternalService("Research data drop"))
        if vendor_ships_model:
            portal = tm.add(tg.ExternalService("Vendor portal"))
    tm.flow(job, drop, cases, protocol="sftp")
    if vendor_ships_model:
        tm.flow(portal, model, weights, protocol="https")
    return tm


def test_a_research_drop_of_the_vendor_whose_model_we_run_is_a_supplier_share() -> None:
    def raised(ships: bool) -> bool:
        return any(
            f.rule == "ai/model-published-externally"
            for f in _export(vendor_ships_model=ships).analyze().findings
        )

    assert not raised(True)
    assert raised(False)


def _referencing(*, answers_applicant: bool) -> tg.ThreatModel:
    """Applicants send a form and payslips in through a web form; an agent reads every
    applicant's documents through a tool and writes its recommendation to the CRM, where
    a negotiator reads it. With ``answers_applicant`` the applicant also asks the agent
    questions through the form, and it replies."""
    tm = tg.ThreatModel("referencing", profile="high")
    docs = tg.Data("Payslips and bank statements", kind="documents", sensitivity="pii")
    advice = tg.Data("Recommendation", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Agency cloud", trust="internal"):
        form = tm.add(tg.Endpoint("Application form", purpose="api"))
        agent = tm.add(tg.Agent("Referencing agent"))
        reader = tm.add(tg.Tool("Document reader", capabilities={"read"}))
        store = tm.add(tg.DataStore("Applicant documents", stores={docs}))
        crm = tm.add(tg.DataStore("CRM", stores={advice}))
        negotiator = tm.add(tg.Actor("Lettings negotiator"))
    tm.flow(applicant, form, docs, protocol="https")
    tm.flow(form, store, docs)
    tm.flow(form, agent, tg.Data("New application", kind="prompt"))
    tm.flow(agent, reader, tg.Data("Document request", kind="tool-call"))
    tm.flow(store, reader, docs)
    tm.flow(reader, agent, docs)
    tm.flow(agent, crm, advice)
    tm.flow(crm, negotiator, advice)
    if answers_applicant:
        reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
        question = tg.Data("Applicant question", kind="prompt", sensitivity="pii")
        tm.flow(applicant, form, question, protocol="https")
        tm.flow(form, agent, question)
        tm.flow(agent, form, reply)
        tm.flow(form, applicant, reply, protocol="https")
    return tm


def _fetched_for(tm: tg.ThreatModel) -> str:
    return " ".join(
        f.explanation
        for f in tm.analyze().findings
        if f.rule == "stride/missing-subject-authorization"
    )


def test_an_applicant_the_agent_never_answers_is_not_shown_what_it_fetches() -> None:
    assert "Applicant" not in _fetched_for(_referencing(answers_applicant=False)).replace(
        "Applicant documents", ""
    )
    assert "on behalf of Applicant" in _fetched_for(_referencing(answers_applicant=True))


def _gate(label: str) -> tg.ThreatModel:
    """A truck driver (outside) enters a booking code at the gate; the flow declares no
    protocol, and its label says how."""
    tm = tg.ThreatModel("gate")
    code = tg.Data("Gate appointment check", kind="records", sensitivity="pii")
    with tm.boundary("Road", trust="untrusted"):
        driver = tm.add(tg.Actor("Truck driver"))
    with tm.boundary("Terminal", trust="internal"):
        gate = tm.add(tg.Service("Gate system"))
    tm.flow(driver, gate, code, label=label)
    return tm


@pytest.mark.parametrize(
    ("label", "listed"),
    [
        ("booking code at lane kiosk", False),
        ("inspection printout", False),
        ("booking code sent from the haulier app", True),
    ],
)
def test_a_person_meeting_a_component_in_person_declares_no_link(label: str, listed: bool) -> None:
    found = [f for f in _gate(label).analyze().findings if f.rule == "hygiene/undeclared-protocol"]
    assert bool(found) is listed


def _feed(origin: str) -> tg.ThreatModel:
    """A scheduler pulls a forecast feed and sends plans to an override API that holds
    the crew's credentials."""
    tm = tg.ThreatModel("ferry", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        feed = tm.add(
            tg.DataSource(
                "Forecast feed",
                origin=origin,
                provides={tg.Data("Weather forecast", kind="records")},
            )
        )
    with tm.boundary("Operator cloud", trust="internal"):
        scheduler = tm.add(tg.Service("Charge scheduler"))
        api = tm.add(tg.Endpoint("Crew override API", purpose="api"))
    with tm.boundary("Ferry", trust="internal"):
        tablet = tm.add(tg.Device("Wheelhouse tablet"))
    plan = tg.Data("Charge plan", kind="records", sensitivity="confidential")
    tm.flow(feed, scheduler, tg.Data("Weather forecast", kind="records"), protocol="https")
    tm.flow(scheduler, api, plan)
    tm.flow(api, tablet, plan, protocol="https")
    creds = tg.Data("Crew sign-in credentials", kind="credentials", sensitivity="secret")
    tm.flow(tablet, api, creds, protocol="https")
    tm.flow(api, scheduler, tg.Data("Charging override", kind="records"))
    return tm


def test_a_suppliers_feed_a_service_pulls_sends_no_requests_onward() -> None:
    def exposed(origin: str) -> bool:
        return any(
            f.rule == "stride/exposed-interface" and "Forecast feed" in f.explanation
            for f in _feed(origin).analyze().findings
        )

    assert not exposed("vendor")
    assert exposed("public-web")


def _fuel_farm(*, detector_limits: bool = False) -> tg.ThreatModel:
    """Tank gauges report to a SCADA server (whose own overfill trips are declared as
    safety limits), which writes a historian; the historian is replicated to an
    analytics server that asks a leak detector and sends its alerts to a console the
    control-room operator watches, who also commands the SCADA server."""
    tm = tg.ThreatModel("fuel farm", profile="high")
    readings = tg.Data("Tank level readings", kind="records")
    with tm.boundary("OT network", trust="restricted"):
        gauges = tm.add(tg.Device("Tank level gauges"))
        scada = tm.add(
            tg.Service(
                "Fuel-farm SCADA server",
                controls={c.SafetyLimits(limits="independent overfill trips")},
            )
        )
        historian = tm.add(tg.DataStore("Process historian", stores={readings}))
        console = tm.add(tg.Service("Control-room alarm console"))
        operator = tm.add(tg.Actor("Control-room operator"))
    with tm.boundary("Office network", trust="internal"):
        server = tm.add(tg.Service("Leak analytics server"))
        controls = {c.SafetyLimits(limits="isolates the line")} if detector_limits else set()
        model = tm.add(
            tg.Model("Leak detector", task="detector", high_stakes=True, controls=controls)
        )
    alert = tg.Data("Leak alert", kind="records")
    tm.flow(gauges, scada, readings, protocol="modbus")
    tm.flow(scada, historian, readings)
    tm.flow(historian, server, readings, protocol="https", label="replication")
    tm.flow(server, model, tg.Data("Reading windows", kind="features"))
    tm.flow(model, server, tg.Data("Leak score", kind="model-output"))
    tm.flow(server, console, alert, protocol="https")
    tm.flow(console, operator, alert)
    tm.flow(operator, scada, tg.Data("Isolation commands"))
    return tm


def test_a_leak_detector_fed_through_a_historian_still_goes_quiet_unnoticed() -> None:
    found = [f for f in _fuel_farm().analyze().findings if f.rule == "ai/silent-detection-failure"]
    (f,) = found
    assert f.status is Status.OPEN  # the SCADA server's overfill trips do not answer it
    assert "Tank level gauges" in f.explanation


def _triage(name: str) -> tg.ThreatModel:
    """A component reads every home's readings and opens repair jobs; the repairs
    system it calls also takes tenants' reports and surveyors' results."""
    tm = tg.ThreatModel("damp", profile="high")
    readings = tg.Data("Humidity readings", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        tenant = tm.add(tg.Actor("Tenant"))
    with tm.boundary("Cloud", trust="internal"):
        store = tm.add(tg.DataStore("Readings store", stores={readings}))
        reader = tm.add(tg.Service(name))
        repairs = tm.add(tg.Service("Repairs system"))
        surveyor = tm.add(tg.Actor("Surveyor"))
    job = tg.Data("Inspection job", kind="records", sensitivity="pii")
    tm.flow(tenant, repairs, tg.Data("Damp report", kind="records", sensitivity="pii"))
    tm.flow(surveyor, repairs, tg.Data("Inspection result", kind="records", sensitivity="pii"))
    tm.flow(store, reader, readings)
    tm.flow(reader, repairs, job)
    tm.flow(repairs, reader, tg.Data("Booking confirmation", kind="records", sensitivity="pii"))
    tm.flow(repairs, surveyor, job)
    return tm


def test_a_nightly_job_fetches_records_for_no_caller() -> None:
    def raised(name: str) -> bool:
        return any(
            f.rule == "stride/missing-subject-authorization"
            for f in _triage(name).analyze().findings
        )

    assert not raised("Nightly triage job")
    assert raised("Triage service")


def test_a_model_named_for_a_lorrys_weight_decides_about_no_one() -> None:
    """Set 116's weigh-in-motion reviewer struck bias testing on a model that estimates
    gross weight from axle loads: it never sees anything about a person."""

    def raised(name: str) -> bool:
        tm = tg.ThreatModel("bridge", profile="high")
        loads = tg.Data("Axle loads and plate image", kind="records", sensitivity="pii")
        with tm.boundary("Roadside", trust="internal"):
            unit = tm.add(tg.Device("Weigh-in-motion unit"))
        with tm.boundary("Cloud", trust="internal"):
            svc = tm.add(tg.Service("Overload scoring service"))
            model = tm.add(tg.Model(name, task="regressor", high_stakes=True))
            officer = tm.add(tg.Actor("Enforcement officer"))
        tm.flow(unit, svc, loads, protocol="https")
        tm.flow(svc, model, loads)
        tm.flow(model, svc, tg.Data("Overload estimate", kind="model-output", sensitivity="pii"))
        tm.flow(svc, officer, tg.Data("Overload case", kind="records", sensitivity="pii"))
        return any(f.rule == "profile/high/fairness" for f in tm.analyze().findings)

    assert not raised("Gross weight overload model")
    assert raised("Overload model")


def _gate_webhook(method: str) -> tg.ThreatModel:
    """A vendor's recognition service posts plate reads to our gate service by webhook;
    gate staff's tablets call the same service."""
    tm = tg.ThreatModel("recycling")
    with tm.boundary("Vendor cloud", trust="partner"):
        vendor = tm.add(tg.ExternalService("Vendor recognition service"))
    with tm.boundary("Council cloud", trust="internal"):
        gate = tm.add(
            tg.Service("Gate decision service", controls={c.Authentication(method=method)})
        )
        tablet = tm.add(tg.Device("Gate tablet"))
    read = tg.Data("Recognition result", kind="records", sensitivity="pii")
    tm.flow(vendor, gate, read, protocol="https", label="plate read webhook")
    tm.flow(tablet, gate, tg.Data("Visit outcome", kind="records"), protocol="https")
    tm.flow(gate, tablet, tg.Data("Entry decision", kind="records"), protocol="https")
    return tm


@pytest.mark.parametrize(("method", "raised"), [("vendor API key", False), ("staff PIN", True)])
def test_a_check_that_names_the_calling_vendor_answers_its_webhook(
    method: str, raised: bool
) -> None:
    found = [
        f for f in _gate_webhook(method).analyze().findings if f.rule == "stride/unverified-webhook"
    ]
    assert bool(found) is raised
