"""Gym equipment maintenance vision: the first design, before any security review.

A gym chain with clubs in the UK and the EU fits each treadmill and weight machine
with a small camera and a vibration sensor. In each club an edge gateway collects
the readings and short camera clips and sends them to our cloud, and it also
forwards the vibration telemetry to the equipment manufacturer's telemetry service
under the service contract. In the cloud a fault model predicts failing machines;
the maintenance service flags them out of service and sends work orders to the
maintenance contractor's job system, which reports back when a job is done.
Members report broken equipment with photos through the gym app, and club managers
see machine status on a dashboard where they can override a flag. Closed work
orders become labels for monthly retraining. The design has TLS on every link that
leaves a club, app and dashboard sign-in, per-gateway API keys, role-based access
on the dashboard, an audit log of overrides and encryption at rest for sensor data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gym equipment maintenance vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts faults in gym machines from cameras and vibration sensors, takes them "
        "out of service and raises work orders for the maintenance contractor."
    ),
)

# ---------------------------------------------------------------- data assets
vibration = tg.Data(
    "Vibration telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vibration spectra, belt speed and usage counters per machine.",
)
clips = tg.Data(
    "Machine camera clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Short clips of the machine in use; members on the machine are in frame.",
)
prediction = tg.Data("Fault prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
status = tg.Data(
    "Machine status flags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
member_report = tg.Data(
    "Member fault report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, club, machine and a description of the problem.",
)
member_photo = tg.Data("Member equipment photo", kind="media", sensitivity=tg.Sensitivity.PII)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Manager flag override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Club address, machine, predicted fault and attached clip or photo links.",
)
job_update = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Fault labels from closed work orders",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members use the gym app on their own phones to report broken equipment.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("Club floor", trust=tg.Trust.INTERNAL):
    # One kit per machine: a camera on the frame and a vibration sensor on the motor.
    sensor_kit = tm.add(
        tg.Device(
            "Machine camera and vibration sensor kit",
            description="Fitted to treadmills and weight machines; talks to the club gateway over Wi-Fi.",
        )
    )
    # Collects the kits' readings in each club and forwards them upstream.
    gateway = tm.add(
        tg.Service(
            "Club edge gateway",
            description="Small box on the club network; buffers readings and trims camera clips.",
        )
    )

with tm.boundary("Maintenance cloud", trust=tg.Trust.INTERNAL):
    # Receives readings and clips from every club's gateway.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Keeps the raw readings and clips for prediction and retraining.
    sensor_store = tm.add(
        tg.DataStore(
            "Sensor data lake",
            stores={vibration, clips},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Predicts which machines are about to fail.
    fault_model = tm.add(
        tg.Model(
            "Equipment fault model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Vision and vibration model; a flagged machine is taken out of service.",
        )
    )
    # Runs the prediction every few minutes, sets flags and raises work orders.
    maintenance = tm.add(
        tg.Service(
            "Maintenance service",
            description="Scores recent readings, flags machines, merges member reports, sends work orders.",
        )
    )
    # Current status of every machine, with member reports and work-order history.
    status_db = tm.add(
        tg.DataStore(
            "Machine status database", stores={status, member_report, member_photo, job_update}
        )
    )
    # Backend of the gym app's "report broken equipment" screen.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="gym app e-mail and password"),
                c.InputValidation(note="photo type and size checked"),
            },
        )
    )
    # Club managers' view of machine status, where they can override a flag.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO"),
                c.RBAC(note="managers see their own club; area managers their region"),
                c.AuditLogging(note="every override is logged"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on readings labelled by closed work orders.
        training = tm.add(tg.Pipeline("Monthly fault model retraining", stage=tg.Stage.TRAINING))
        # Holds the trained model that the cloud loads for prediction.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Club managers and area managers.
    manager = tm.add(tg.Actor("Club manager", role="manager"))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's own job-management system that dispatches technicians.
    contractor = tm.add(
        tg.ExternalService(
            "Contractor job system", description="Receives work orders; reports job completion."
        )
    )

with tm.boundary("Equipment manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer collects telemetry for warranty and its own analytics.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer telemetry service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensor_kit, gateway, vibration, clips, protocol="mqtt", label="club Wi-Fi")
tm.flow(gateway, ingest, vibration, clips, protocol="https")
tm.flow(gateway, manufacturer, vibration, protocol="https", label="warranty telemetry")
tm.flow(ingest, sensor_store, vibration, clips)

tm.flow(sensor_store, maintenance, vibration, clips, label="recent readings")
tm.flow(maintenance, fault_model, vibration, clips)
tm.flow(fault_model, maintenance, prediction)
tm.flow(maintenance, status_db, status, member_report, member_photo, job_update)
tm.flow(status_db, maintenance, status, member_report, member_photo)

tm.flow(member, app_api, member_report, member_photo, protocol="https")
tm.flow(app_api, maintenance, member_report, member_photo)
tm.flow(app_api, member, report_ack, protocol="https")

tm.flow(manager, dashboard, override, protocol="https")
tm.flow(dashboard, manager, status, member_report, member_photo, protocol="https")
tm.flow(status_db, dashboard, status, member_report, member_photo)
tm.flow(dashboard, maintenance, override)

tm.flow(maintenance, contractor, work_order, protocol="https")
tm.flow(contractor, maintenance, job_update, protocol="https", label="job completion")

tm.flow(sensor_store, training, vibration, clips)
tm.flow(status_db, training, labels, label="closed work orders")
tm.flow(training, registry, weights)
tm.flow(registry, fault_model, weights, label="deploy")
