"""Reefer alarm triage at a container terminal: the first design, before any security review.

The terminal keeps several thousand refrigerated containers (reefers) plugged in
on reefer racks. Each reefer's controller reports temperatures, set points and
alarms over power-line modems to the terminal's reefer monitoring gateway in the
yard. A triage service joins each alarm with the container's booked set point and
commodity from the terminal operating system (fed by shipping-line EDI), asks an
in-house classifier how likely the alarm is to mean real cargo risk, and puts a
prioritised job on the reefer dispatch console. Technicians on rugged tablets
pick up jobs over the terminal Wi-Fi and close them with what they found; the
control-room supervisor watches the queue and can reorder or cancel jobs.
Closed jobs become labels for a monthly retraining job whose models go to a
registry. Controls: personal directory accounts on the console, role-based
access and audit logging in the TOS, SFTP for EDI, versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Container port reefer alarm triage",
    profile=tg.RiskProfile.HIGH,
    description="Prioritises refrigerated-container alarms with an ML classifier and "
    "dispatches terminal technicians to them.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Reefer telemetry and alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Supply/return air temperatures, set point, power state and alarm codes.",
)
booking_edi = tg.Data(
    "Reefer booking EDI",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipping-line COPARN/BAPLIE messages: required set point, commodity, "
    "consignee for each reefer.",
)
container_record = tg.Data(
    "Container reefer record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Yard position, booked set point and commodity of a plugged-in reefer.",
)
alarm_features = tg.Data("Alarm features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
triage_score = tg.Data(
    "Alarm triage priority",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Probability that the alarm is real cargo risk, mapped to P1-P4.",
)
dispatch_job = tg.Data(
    "Technician dispatch job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
job_outcome = tg.Data(
    "Job outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician found (real fault, sensor fault, nuisance alarm) "
    "and the technician's staff number.",
)
queue_change = tg.Data(
    "Supervisor queue change", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_labels = tg.Data(
    "Labelled alarm history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Triage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shipping line", trust=tg.Trust.PARTNER):
    # Where each reefer's required set point and commodity come from.
    edi = tm.add(
        tg.DataSource(
            "Shipping line EDI feed",
            origin=tg.Origin.PARTNER,
            provides={booking_edi},
            description="Booking and stowage messages from the carriers calling at the terminal.",
        )
    )

with tm.boundary("Yard OT network", trust=tg.Trust.INTERNAL):
    # The reefers themselves: controllers on the racks, many makes and ages.
    reefers = tm.add(
        tg.Device(
            "Reefer container controllers",
            fleet=True,
            description="Carrier-owned reefer units reporting over power-line modems.",
        )
    )
    # Head-end that polls the modems and turns their frames into records.
    gateway = tm.add(
        tg.Service(
            "Reefer monitoring gateway",
            description="Vendor head-end on a yard server; polls every reefer each minute.",
        )
    )

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # The terminal's system of record for containers; already in production.
    tos = tm.add(
        tg.DataStore(
            "Terminal operating system",
            stores={container_record},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Time-series history of every reading and alarm.
    telemetry_store = tm.add(tg.DataStore("Reefer telemetry store", stores={telemetry}))
    # Joins alarms with bookings, asks the model, creates and prioritises jobs.
    triage = tm.add(
        tg.Service(
            "Alarm triage service",
            description="Builds features for each new alarm, scores it and files a job.",
        )
    )
    # The classifier that ranks alarms by how likely they are real cargo risk.
    model = tm.add(
        tg.Model(
            "Reefer alarm triage model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a missed real alarm can spoil a cargo.",
        )
    )
    # Job queue for technicians and the supervisor, on tablets and control-room PCs.
    console = tm.add(
        tg.Endpoint(
            "Reefer dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="personal directory account and password")},
        )
    )
    # Open and closed jobs with their outcomes.
    job_store = tm.add(tg.DataStore("Dispatch job store", stores={dispatch_job, job_outcome}))
    # Fixes the job queue if a technician or alarm needs re-routing.
    supervisor = tm.add(tg.Actor("Reefer control-room supervisor", role="supervisor"))

with tm.boundary("Terminal Wi-Fi", trust=tg.Trust.INTERNAL):
    # Goes to the rack, checks the unit, fixes it and records what was wrong.
    technician = tm.add(tg.Actor("Reefer technician", role="technician"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past alarms joined with what technicians found: the training labels.
    history = tm.add(tg.Dataset("Labelled alarm history set", stores={training_labels}))
    # Monthly retraining of the triage model.
    training = tm.add(tg.Pipeline("Monthly triage retraining", stage=tg.Stage.TRAINING))
    # Holds trained models; serving loads the version marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Triage model registry",
            stores={model_file},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(reefers, gateway, telemetry, protocol="power-line modem", label="reefer status frames")
tm.flow(gateway, telemetry_store, telemetry, protocol="mqtt")
tm.flow(gateway, triage, telemetry, protocol="mqtt", label="new alarms")

tm.flow(edi, tos, booking_edi, protocol="sftp")
tm.flow(tos, triage, container_record, label="set point and commodity lookup")
tm.flow(telemetry_store, triage, telemetry, label="recent readings for the alarm")
tm.flow(triage, model, alarm_features)
tm.flow(model, triage, triage_score)
tm.flow(triage, job_store, dispatch_job)

tm.flow(job_store, console, dispatch_job, job_outcome)
tm.flow(console, job_store, job_outcome, queue_change)
tm.flow(console, technician, dispatch_job, protocol="https")
tm.flow(technician, console, job_outcome, protocol="https")
tm.flow(console, supervisor, dispatch_job, protocol="https")
tm.flow(supervisor, console, queue_change, protocol="https")

tm.flow(job_store, history, job_outcome, label="monthly export")
tm.flow(telemetry_store, history, telemetry, label="monthly export")
tm.flow(history, training, training_labels)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load current version")
