"""Wind tunnel test scheduling and report LLM (first design).

An automotive wind tunnel rents test slots to car makers. Customer engineers sign
in to a web portal to book slots, upload the CAD models of the car or scale model
to be tested, and later download their test reports. During a run the balance and
pressure sensors feed the tunnel's data acquisition system, which writes each run's
results to the run data store; the facility's test engineer adds run notes. A report
service then has a self-hosted open-weights LLM, on the facility's GPU server, turn
the run data and notes into a customer report; the test engineer reviews and
approves each report before it is published to the portal. Each customer's data is
confidential and must never be mixed with another's. Controls in this design: portal
sign-in with TOTP and per-company roles, TLS on the portal, encrypted CAD storage,
engineer approval of every report, and weights pulled only as safetensors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind tunnel test scheduling and report LLM",
    profile=tg.RiskProfile.HIGH,
    description="Slot booking, CAD intake and LLM-written test reports for car makers.",
)

# ---------------------------------------------------------------- data assets
slot_request = tg.Data(
    "Test slot request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Customer, project code, wanted dates and test configuration.",
)
slot_confirmation = tg.Data(
    "Slot confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
schedule = tg.Data(
    "Tunnel schedule",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cad_models = tg.Data(
    "Customer CAD models",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Unreleased vehicle geometry from each car maker.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sensor_readings = tg.Data(
    "Balance and pressure readings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
run_data = tg.Data(
    "Test run sensor data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Forces, moments, pressure maps and conditions per run, keyed by customer and run id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
engineer_notes = tg.Data(
    "Engineer run notes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
report_prompt = tg.Data(
    "Report prompt with run data and notes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt"
)
draft_summary = tg.Data(
    "Draft report text", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
draft_report = tg.Data(
    "Draft test report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
approval = tg.Data("Report approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
test_report = tg.Data(
    "Approved test report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data("Open LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Engineers at the car makers; several competing companies use the same portal.
    customer = tm.add(tg.Actor("Customer engineer", role="customer"))
    # Public model hub the open-weights LLM is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Facility DMZ", trust=tg.Trust.INTERNAL):
    # The only internet-facing component: bookings, CAD upload, report download.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="each account sees only its own company's bookings, files and reports"),
            },
        )
    )

with tm.boundary("Facility IT network", trust=tg.Trust.INTERNAL):
    # Allocates tunnel slots and keeps the calendar.
    scheduler = tm.add(tg.Service("Scheduling service"))
    # The tunnel calendar, with which customer has which slot.
    schedule_db = tm.add(tg.DataStore("Schedule database", stores={schedule}))
    # Uploaded CAD files, one folder per customer.
    cad_store = tm.add(
        tg.DataStore(
            "CAD file store",
            stores={cad_models},
            controls={c.EncryptionAtRest(key_management="storage array keys")},
        )
    )
    # Results of every run, all customers, plus the engineers' notes.
    run_store = tm.add(tg.DataStore("Run data store", stores={run_data, engineer_notes}))
    # Builds the prompt for one run, calls the LLM, formats the report.
    report_service = tm.add(
        tg.Service(
            "Report service",
            controls={c.HumanInTheLoop(approver="test engineer responsible for the run")},
        )
    )
    # Draft and approved reports waiting for the portal.
    report_store = tm.add(tg.DataStore("Report store", stores={draft_report, test_report}))
    # Runs the tests, writes notes, reviews every report before release.
    engineer = tm.add(tg.Actor("Test engineer", role="facility staff"))

    with tm.boundary("GPU server", trust=tg.Trust.INTERNAL):
        # Self-hosted so that customer data never leaves the facility.
        llm = tm.add(
            tg.LLM(
                "Report summarisation LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights instruction model served on the facility's own GPU.",
            )
        )

with tm.boundary("Tunnel OT network", trust=tg.Trust.RESTRICTED):
    # Force balance, pressure taps and flow conditions in the test section.
    sensors = tm.add(tg.Device("Tunnel balance and pressure sensors", fleet=False))
    # Collects and time-aligns the sensor channels for each run.
    daq = tm.add(tg.Service("Data acquisition system"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, portal, slot_request, cad_models, protocol="https", controls={tls})
tm.flow(portal, customer, slot_confirmation, test_report, protocol="https", controls={tls})
tm.flow(portal, scheduler, slot_request)
tm.flow(scheduler, portal, slot_confirmation)
tm.flow(scheduler, schedule_db, schedule)
tm.flow(schedule_db, scheduler, schedule)
tm.flow(scheduler, engineer, schedule, label="daily test plan")
tm.flow(portal, cad_store, cad_models, label="upload")
tm.flow(cad_store, engineer, cad_models, label="test preparation")

tm.flow(sensors, daq, sensor_readings, protocol="ethercat")
tm.flow(daq, run_store, run_data)
tm.flow(engineer, run_store, engineer_notes)

tm.flow(run_store, report_service, run_data, engineer_notes)
tm.flow(report_service, llm, report_prompt, protocol="http")
tm.flow(llm, report_service, draft_summary, protocol="http")
tm.flow(report_service, report_store, draft_report)
tm.flow(report_store, engineer, draft_report, label="review")
tm.flow(engineer, report_service, approval, label="approve release")
tm.flow(report_service, report_store, test_report, label="publish")
tm.flow(report_store, portal, test_report)

tm.flow(hub, llm, weights, protocol="https", label="one-off model download")
