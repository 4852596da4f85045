"""Cage welfare vision: the first design, before any security review.

A research institute's animal facility fits a camera above every cage rack. An edge
server in the facility's server room takes the camera streams, runs an in-house vision
model that flags signs of distress, empty water bottles and overcrowding, and cuts a
short clip around each detection. An alert service raises alerts from the detections,
using the cage register (which cage belongs to which project licence, and how many
animals it should hold). Animal technicians see the alerts on a welfare dashboard on the
facility's wall tablets and record their welfare checks there; serious cases are e-mailed
to the Named Veterinary Surgeon, who reviews them and records the outcome. Welfare
records are kept for the regulator's licence inspections, and reports are sent to the
inspector. Researchers sign in to see the cages of their own projects only. Technicians'
confirm or dismiss marks on alerts are used to retrain the model. The dashboard uses the
institute's single sign-on and role-based access; the records database is encrypted and
audit-logged. Cameras sit on an isolated camera VLAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cage welfare vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based welfare alerts for a research animal facility, with welfare "
    "records kept for licence inspections.",
)

# ---------------------------------------------------------------- data assets
cage_video = tg.Data(
    "Cage camera video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Continuous video of the cages; staff working at the racks appear in it.",
)
frames = tg.Data("Cage video frames", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Welfare detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Distress signs, empty water bottles and overcrowding, per cage, with confidence.",
)
clips = tg.Data("Detection clips", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
allocation = tg.Data(
    "Cage and project allocation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cage id, project licence, species, expected number of animals.",
)
alerts = tg.Data(
    "Welfare alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
checks = tg.Data(
    "Welfare check records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who checked which cage, when, what they found and did.",
)
serious_case = tg.Data(
    "Serious case notification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
vet_review = tg.Data(
    "Veterinary case review",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
project_view_request = tg.Data("Project cage view request", kind="records")
project_view = tg.Data(
    "Project welfare view",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Alerts and checks for the cages of the researcher's own projects.",
)
inspection_report = tg.Data(
    "Welfare inspection report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
alert_labels = tg.Data(
    "Alert confirm or dismiss marks",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled welfare clips", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Welfare model weights", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Camera VLAN", trust=tg.Trust.RESTRICTED):
    # One camera over each cage rack; the only source of what the model sees.
    cameras = tm.add(
        tg.Device("Cage rack cameras", fleet=True, description="PoE IP cameras over each rack.")
    )

with tm.boundary("Facility server room", trust=tg.Trust.INTERNAL):
    # Receives the streams and keeps a rolling buffer to cut clips from.
    ingest = tm.add(
        tg.Service("Video ingest gateway", description="Pulls RTSP streams, samples frames.")
    )
    # The vision model itself, on the edge GPU server next to the gateway.
    detector = tm.add(
        tg.Model(
            "Cage welfare detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Flags distress signs, empty water bottles and overcrowding per cage.",
        )
    )
    # Turns detections into alerts and decides which ones are serious.
    alert_service = tm.add(
        tg.Service(
            "Welfare alert service",
            description="Compares detections with the cage register; serious cases go to the NVS.",
        )
    )
    # Short clips around each detection, shown with the alert.
    clip_store = tm.add(tg.DataStore("Detection clip store", stores={clips}))
    # Animal technicians work in the facility and use the wall tablets.
    technician = tm.add(tg.Actor("Animal technician", role="animal care staff"))

with tm.boundary("Institute data centre", trust=tg.Trust.INTERNAL):
    # Where everyone sees alerts and records checks and reviews.
    dashboard = tm.add(
        tg.Endpoint(
            "Welfare dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="institute single sign-on (SAML)"),
                c.RBAC(
                    note="technician, NVS and researcher roles; researchers scoped to their project licences"
                ),
            },
        )
    )
    # The record of alerts, checks and vet reviews the regulator inspects.
    records_db = tm.add(
        tg.DataStore(
            "Welfare records database",
            stores={alerts, checks, vet_review, alert_labels},
            controls={
                c.EncryptionAtRest(key_management="institute-managed database keys"),
                c.AuditLogging(retention_days=1825),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Exported from the colony management system: which cage is whose.
    cage_register = tm.add(tg.DataStore("Cage and project register", stores={allocation}))
    # Clips with the technicians' marks, for retraining.
    training_set = tm.add(tg.Dataset("Labelled welfare clip set", stores={training_clips}))
    # Quarterly retraining, evaluated on held-out clips before it goes to the edge server.
    training = tm.add(
        tg.Pipeline(
            "Welfare model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="recall on held-out clips per alert type")},
        )
    )

with tm.boundary("Institute corporate network", trust=tg.Trust.INTERNAL):
    # The Named Veterinary Surgeon reviews serious cases, often from the office.
    nvs = tm.add(tg.Actor("Named Veterinary Surgeon", role="veterinary surgeon", privileged=True))
    # Project licence holders and their staff, who see only their own cages.
    researcher = tm.add(tg.Actor("Researcher", role="project licence holder"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The inspector who checks welfare records at licence inspections.
    inspector = tm.add(tg.Actor("Regulator inspector", role="licence inspector"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, cage_video, protocol="rtsp")
tm.flow(ingest, detector, frames, protocol="grpc")
tm.flow(detector, alert_service, detections, protocol="grpc")
tm.flow(ingest, clip_store, clips, label="clip around each detection")
tm.flow(cage_register, alert_service, allocation, label="expected stocking per cage")
tm.flow(alert_service, records_db, alerts, protocol="tls")
tm.flow(alert_service, nvs, serious_case, protocol="smtp+starttls", label="e-mail")

tm.flow(records_db, dashboard, alerts, checks, vet_review, protocol="tls")
tm.flow(dashboard, records_db, checks, vet_review, alert_labels, protocol="tls")
tm.flow(clip_store, dashboard, clips, protocol="https")
tm.flow(cage_register, dashboard, allocation, label="project scoping")

tm.flow(dashboard, technician, alerts, clips, protocol="https")
tm.flow(technician, dashboard, checks, alert_labels, protocol="https")
tm.flow(dashboard, nvs, alerts, clips, checks, protocol="https")
tm.flow(nvs, dashboard, vet_review, protocol="https")
tm.flow(researcher, dashboard, project_view_request, protocol="https")
tm.flow(dashboard, researcher, project_view, protocol="https")
tm.flow(dashboard, inspector, inspection_report, protocol="https", label="secure file share")

tm.flow(records_db, training_set, alert_labels, label="monthly export")
tm.flow(clip_store, training_set, training_clips, label="monthly export")
tm.flow(training_set, training, training_clips, alert_labels)
tm.flow(training, detector, weights, protocol="sftp", label="deploy to edge server")
