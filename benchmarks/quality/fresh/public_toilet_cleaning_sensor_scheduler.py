"""Public toilet cleaning scheduler: the first design, before any security review.

The city council fits each of its public toilets with a sensor unit (occupancy
counter, door sensors and a smell sensor) that reports over a LoRaWAN network run by
a network operator. An ingestion service in the council's cloud stores the readings,
and a forecasting model predicts when each toilet will need cleaning. A scheduler
turns those predictions, and problems the public report through a QR-code web form,
into cleaning jobs that it sends to the cleaning contractor's job system over the
contractor's API. Crews receive jobs in the contractor's app and confirm each one
when done; the contractor's system posts the completions back to our integration
endpoint. Each month the council pays the contractor per completed job, after the
contract manager approves the reconciled invoice, through the finance system.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Public toilet cleaning scheduler",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Sensor-driven cleaning schedules for council toilets, paid per completed job.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visit counts, door open/close events and smell index per toilet.",
)
prediction = tg.Data(
    "Cleaning need forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted time each toilet will next need cleaning.",
)
public_report = tg.Data(
    "Public problem report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Toilet id from the QR code, problem type, free text, optional e-mail.",
)
cleaning_job = tg.Data(
    "Cleaning job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Toilet, location, job type and due time.",
)
completion = tg.Data(
    "Job completion confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Job id, crew member id, completion time and phone location.",
)
invoice_summary = tg.Data(
    "Monthly job reconciliation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Completed jobs per month priced at the contract rate.",
)
invoice_approval = tg.Data(
    "Invoice approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
payment_request = tg.Data(
    "Contractor payment request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved amount to pay the contractor against the monthly invoice.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public toilets", trust=tg.Trust.UNTRUSTED):
    # One unit per toilet block: the inputs the forecast rests on.
    sensors = tm.add(
        tg.Device(
            "Toilet sensor units",
            description="Battery LoRaWAN units: occupancy counter, door contacts, smell sensor.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who scans the QR code on a toilet door.
    public = tm.add(tg.Actor("Member of the public", role="toilet user"))

with tm.boundary("LoRaWAN operator", trust=tg.Trust.PARTNER):
    # Receives the radio uplinks and forwards them to us.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="The operator's network server, with an HTTP integration to us.",
        )
    )

with tm.boundary("Cleaning contractor", trust=tg.Trust.PARTNER):
    # The contractor's dispatch system: assigns our jobs to crews.
    contractor_system = tm.add(
        tg.ExternalService(
            "Contractor job system",
            description="The contractor's job management SaaS, with a REST API for clients.",
        )
    )
    # Crews' phones: receive jobs and confirm completion.
    crew_app = tm.add(
        tg.Device(
            "Crew mobile app",
            description="The contractor's app on crew phones.",
        )
    )
    # Cleans the toilet and taps "done" in the app.
    crew = tm.add(tg.Actor("Cleaning crew member", role="contractor cleaner"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Public entry point behind the QR codes.
    report_form = tm.add(
        tg.Endpoint(
            "Problem report form",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=10, note="per IP address"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Receives uplinks from the network server.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={
                tg.controls.Authentication(
                    method="API key header set in the operator's integration"
                )
            },
        )
    )
    # History of readings for the forecast and for reporting.
    telemetry_store = tm.add(tg.DataStore("Telemetry store", stores={readings}))
    # Predicts when each toilet needs cleaning from usage and smell.
    need_model = tm.add(
        tg.Model(
            "Cleaning need model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model trained by the council's data team.",
        )
    )
    # Turns forecasts and public reports into jobs for the contractor.
    scheduler = tm.add(
        tg.Service(
            "Cleaning scheduler",
            controls={
                tg.controls.SecretsManagement(note="contractor API credentials in the key vault")
            },
        )
    )
    # Jobs, reports and completions: the record the payments rest on.
    job_db = tm.add(
        tg.DataStore(
            "Cleaning job database",
            stores={cleaning_job, public_report, completion},
            controls={
                tg.controls.RBAC(),
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Where the contractor's system posts completed jobs.
    integration_endpoint = tm.add(
        tg.Endpoint(
            "Contractor integration endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="API key issued to the contractor")},
        )
    )
    # Counts completed jobs each month and prepares the payment.
    reconciliation = tm.add(
        tg.Service(
            "Monthly invoice reconciliation",
            controls={tg.controls.HumanInTheLoop(approver="contract manager")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Checks and approves the monthly payment to the contractor.
    contract_manager = tm.add(tg.Actor("Contract manager", role="facilities contract manager"))
    # Pays suppliers in the council's payment run.
    finance = tm.add(
        tg.Service(
            "Council finance system",
            description="Accounts payable: runs the supplier payment run.",
        )
    )

# ---------------------------------------------------------------- flows
# sensing and forecasting
tm.flow(sensors, network_server, readings, protocol="lorawan")
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, telemetry_store, readings)
tm.flow(telemetry_store, need_model, readings)
tm.flow(need_model, scheduler, prediction)

# public reports
tm.flow(public, report_form, public_report, protocol="https", label="QR code web form")
tm.flow(report_form, public, public_report, protocol="https", label="confirmation page")
tm.flow(report_form, job_db, public_report)
tm.flow(job_db, scheduler, public_report, cleaning_job, label="open reports and jobs")

# jobs out to the contractor, completions back
tm.flow(scheduler, job_db, cleaning_job)
tm.flow(scheduler, contractor_system, cleaning_job, protocol="https")
tm.flow(contractor_system, crew_app, cleaning_job, protocol="https")
tm.flow(crew_app, crew, cleaning_job, label="shown in the app")
tm.flow(crew, crew_app, completion, label="taps done in the app")
tm.flow(crew_app, contractor_system, completion, protocol="https")
tm.flow(
    contractor_system,
    integration_endpoint,
    completion,
    protocol="https",
    label="completion webhook",
)
tm.flow(integration_endpoint, job_db, completion)

# monthly payment
tm.flow(job_db, reconciliation, completion, cleaning_job)
tm.flow(reconciliation, contract_manager, invoice_summary, protocol="https")
tm.flow(contract_manager, reconciliation, invoice_approval, protocol="https")
tm.flow(reconciliation, finance, payment_request, protocol="https")
