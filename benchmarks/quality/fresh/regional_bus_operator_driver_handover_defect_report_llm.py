"""Regional bus operator driver handover defect reports: the first design.

At the end of each shift a bus driver records a short voice note in the
handover app on a company-issued phone, describing any defect found on the
vehicle (lights, brakes, doors, tyres, warning lamps). The app uploads the note
with the fleet and duty numbers to an intake API in the operator's cloud tenant.
An orchestrator has a hosted speech-to-text service transcribe the note, adds
the vehicle's details from the fleet register and asks a hosted LLM to turn
the transcript into a structured defect report, which is stored as a draft in
the defect records database. Depot engineers review every draft in a web
console, can listen to the original note, and alone decide whether the bus
is taken off the road; that status syncs to the vehicle allocation system.
The traffic regulator audits the defect records, which the compliance manager
exports on request. Controls: TLS throughout, driver and engineer sign-in, JSON
schema checks on the LLM's output, encrypted and audit-logged defect records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional bus operator driver handover defect reporting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drivers' end-of-shift voice notes turned into structured defect reports by an LLM.",
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Defect voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The driver's recorded description of the defect; the driver's voice.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handover = tg.Data(
    "Shift handover details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver staff number, duty number, fleet number, odometer, time.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Voice note transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
vehicle = tg.Data(
    "Vehicle details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Registration, model, depot and open defects for the fleet number.",
)
prompt = tg.Data(
    "Defect structuring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the defect category list, vehicle details and the transcript.",
)
draft = tg.Data(
    "Structured defect report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Fleet number, component, defect category, description, driver's own words.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
defect_record = tg.Data(
    "Defect record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The reviewed report with the engineer's decision, repair and sign-off.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
vor_decision = tg.Data(
    "Engineer review and off-road decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vor_status = tg.Data(
    "Vehicle off-road status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
audit_extract = tg.Data(
    "Defect records audit extract",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Defect reports, rectifications and sign-offs for the period the regulator asks for.",
)

export_request = tg.Data(
    "Audit export request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drivers' phones on the mobile network", trust=tg.Trust.UNTRUSTED):
    # The driver reports defects at the end of the shift.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Company-issued phone running the handover app that records and uploads the note.
    app = tm.add(
        tg.Device(
            "Driver handover app",
            fleet=True,
            description="App on MDM-enrolled company smartphones kept at each depot.",
        )
    )

with tm.boundary("Regulator", trust=tg.Trust.UNTRUSTED):
    # The traffic regulator's examiner, who audits the operator's defect records.
    regulator = tm.add(tg.Actor("Regulator examiner", role="auditor"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text, used because drivers speak rather than type.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides="model-api",
            description="A cloud provider's batch transcription service.",
        )
    )
    # Hosted LLM that turns the transcript into a structured defect report.
    llm = tm.add(
        tg.LLM(
            "Defect structuring LLM",
            origin="third-party-api",
            description="A general-purpose hosted model, prompted to fill the defect report fields.",
            controls={
                c.HumanInTheLoop(
                    approver="depot engineer",
                    note="every drafted report is reviewed; only an engineer sets off-road status",
                )
            },
        )
    )

with tm.boundary("Operator cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from the handover app.
    intake = tm.add(
        tg.Endpoint(
            "Defect intake API",
            purpose="api",
            description="Accepts a voice note and handover details from the app.",
            controls={
                c.Authentication(method="driver staff number and personal PIN in the app"),
                c.InputValidation(note="audio format and length limits, fleet number format"),
            },
        )
    )
    # Keeps the original audio as evidence behind each report.
    voice_store = tm.add(
        tg.DataStore(
            "Voice note store",
            stores={voice_note},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drives transcription and structuring, and writes the draft report.
    orchestrator = tm.add(
        tg.Service(
            "Defect report orchestrator",
            description="Queues each note, calls transcription and the LLM, validates the result.",
            controls={
                c.SchemaEnforcement(note="LLM output must match the defect report JSON schema"),
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
            },
        )
    )
    # Reference list of the fleet, so reports name a real vehicle.
    fleet_register = tm.add(tg.DataStore("Fleet register", stores={vehicle}))
    # The operator's defect book: statutory maintenance records.
    defect_db = tm.add(
        tg.DataStore(
            "Defect records database",
            stores={draft, defect_record, transcript},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(retention_days=456, note="kept at least 15 months for audits"),
            },
        )
    )
    # Web console where engineers review drafts and decide off-road status.
    console = tm.add(
        tg.Endpoint(
            "Depot engineer console",
            purpose="api",
            description="Lists open defect reports per depot, plays the voice note, records decisions.",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="engineers, depot managers and compliance staff"),
            },
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Allocates vehicles to duties; must not allocate a bus that is off the road.
    allocation = tm.add(
        tg.Service(
            "Vehicle allocation system",
            description="The scheduling package that assigns buses to each day's duties.",
        )
    )
    # Answers the regulator's requests for records.
    compliance = tm.add(tg.Actor("Fleet compliance manager", role="compliance"))

with tm.boundary("Depot workshop network", trust=tg.Trust.INTERNAL):
    # Reviews reports and decides whether the bus runs.
    engineer = tm.add(tg.Actor("Depot engineer", role="engineer"))

# ---------------------------------------------------------------- flows
tm.flow(driver, app, voice_note, handover, label="recorded on the phone")
tm.flow(app, driver, receipt, label="shown on screen")
tm.flow(app, intake, voice_note, handover, protocol="https")
tm.flow(intake, app, receipt, protocol="https")
tm.flow(intake, voice_store, voice_note)
tm.flow(intake, orchestrator, handover, label="queued job")

tm.flow(voice_store, orchestrator, voice_note)
tm.flow(orchestrator, stt, voice_note, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(fleet_register, orchestrator, vehicle)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, defect_db, draft, transcript)

tm.flow(defect_db, console, draft, transcript, defect_record)
tm.flow(voice_store, console, voice_note, label="playback")
tm.flow(console, engineer, draft, transcript, voice_note, protocol="https")
tm.flow(engineer, console, vor_decision, protocol="https")
tm.flow(console, defect_db, defect_record, vor_decision)
tm.flow(defect_db, allocation, vor_status, protocol="https", label="status sync")

tm.flow(compliance, console, export_request, protocol="https")
tm.flow(console, compliance, audit_extract, protocol="https")
tm.flow(compliance, regulator, audit_extract, protocol="smtp+starttls", label="e-mailed on request")
