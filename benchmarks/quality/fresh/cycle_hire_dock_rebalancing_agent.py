"""Cycle hire dock rebalancing agent: the first design, before any security review.

A city cycle hire scheme moves bikes by van from full docks to empty ones. Docks
report status (bikes, free slots, faults) over the mobile network to the scheme
operator's cloud, and a demand forecast model predicts hourly pick-ups and returns.
An LLM agent, using a hosted model, reads dock status, forecasts and riders'
broken-bike reports through a lookup tool and proposes van runs to the duty
supervisor in the operations console; once approved, the run sheets go through
the dispatch API to the drivers' app. The agent also raises repair jobs in the
maintenance contractor's job portal on its own. Riders report broken bikes in
the hire app. Controls: per-dock client certificates, sign-in on the hire app,
console and drivers' app, supervisor approval of runs, a step limit and logging
on the agent, and managed encryption at rest on the operations database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cycle hire dock rebalancing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that plans bike rebalancing van runs for supervisor approval "
    "and raises repair jobs from dock faults and rider reports.",
)

# ---------------------------------------------------------------- data assets
dock_status = tg.Data(
    "Dock status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bikes docked, free slots, bike ids and fault codes per dock.",
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
fault_report = tg.Data(
    "Broken bike report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bike id, dock, free-text description, and the rider's account id.",
)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, dock status, forecasts and rider report text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Status lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Status, forecast and fault report results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
proposed_runs = tg.Data(
    "Proposed van runs", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
run_approval = tg.Data("Run approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_sheet = tg.Data(
    "Van run sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pick-up and drop-off docks, bike counts, assigned driver and van.",
)
run_progress = tg.Data("Run progress updates", kind="records", sensitivity=tg.Sensitivity.PII)
repair_job = tg.Data("Repair job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_reference = tg.Data(
    "Repair job reference and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # Docking stations on the street, each with a cellular modem.
    docks = tm.add(tg.Device("Docking stations", description="Vendor docks with 4G modems."))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public hiring bikes.
    rider = tm.add(tg.Actor("Rider", role="hire customer"))
    # The drivers' run app on company phones.
    drivers_app = tm.add(
        tg.Device("Drivers' app", description="Android app on the van drivers' company phones.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's job system; takes new jobs over its REST API.
    contractor = tm.add(tg.ExternalService("Maintenance contractor job portal"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Terminates the docks' MQTT connections and writes status to the database.
    ingestion = tm.add(tg.Service("Dock telemetry ingestion"))
    # Dock status history, forecasts and rider fault reports.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={dock_status, forecast, fault_report, run_progress},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # In-house gradient-boosted model of hourly pick-ups and returns per dock.
    forecaster = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Retrained weekly by the data team; runs hourly.",
        )
    )
    # Takes rider reports from the hire app.
    hire_api = tm.add(
        tg.Endpoint(
            "Hire app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="rider account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The planner: proposes runs, and raises repair jobs on its own.
    agent = tm.add(
        tg.Agent(
            "Rebalancing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every 30 minutes and on supervisor request.",
            controls={
                c.HumanInTheLoop(approver="duty supervisor", note="van runs only"),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Read-only query over the operations database.
    lookup = tm.add(tg.Tool("Dock status and fault lookup", capabilities={"read"}))
    # Publishes approved run sheets to the dispatch API.
    run_tool = tm.add(tg.Tool("Run sheet publisher", capabilities={"write", "send-messages"}))
    # Creates jobs in the contractor's portal.
    repair_tool = tm.add(tg.Tool("Repair job creator", capabilities={"write"}))
    # Where the duty supervisor reviews and approves proposed runs.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff single sign-on with MFA"), c.RBAC()},
        )
    )
    # Backend of the drivers' app: hands out run sheets, takes progress.
    dispatch = tm.add(
        tg.Endpoint(
            "Driver dispatch API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver PIN on a company-enrolled phone")},
        )
    )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Shift supervisor who approves van runs.
    supervisor = tm.add(tg.Actor("Duty supervisor", role="operations supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(
    docks,
    ingestion,
    dock_status,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-dock X.509 client certificates")},
    label="over the mobile network",
)
tm.flow(ingestion, ops_db, dock_status)
tm.flow(ops_db, forecaster, dock_status, label="hire history")
tm.flow(forecaster, ops_db, forecast)

tm.flow(rider, hire_api, fault_report, protocol="https")
tm.flow(hire_api, rider, report_ack, protocol="https")
tm.flow(hire_api, ops_db, fault_report)

tm.flow(agent, lookup, lookup_call)
tm.flow(lookup, ops_db, lookup_call)
tm.flow(ops_db, lookup, dock_status, forecast, fault_report)
tm.flow(lookup, agent, lookup_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, console, proposed_runs)
tm.flow(console, supervisor, proposed_runs, protocol="https")
tm.flow(supervisor, console, run_approval, protocol="https")
tm.flow(console, agent, run_approval)
tm.flow(agent, run_tool, run_sheet)
tm.flow(run_tool, dispatch, run_sheet)
tm.flow(dispatch, drivers_app, run_sheet, protocol="https")
tm.flow(drivers_app, dispatch, run_progress, protocol="https")
tm.flow(dispatch, ops_db, run_progress)

tm.flow(agent, repair_tool, repair_job)
tm.flow(repair_tool, contractor, repair_job, protocol="https")
tm.flow(contractor, repair_tool, job_reference, protocol="https")
tm.flow(repair_tool, agent, job_reference)
