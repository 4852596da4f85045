"""Custody detainee welfare monitoring: the first design, before any security review.

A police force adds a detection model to its custody suites. It watches the live
feeds of the cell cameras and readings from contactless sensors in each cell
(breathing rate, movement, the cell call button), and scores each cell for signs of
self-harm, ligature use or medical distress. Scores above a threshold, set per cell
from the detainee's risk assessment in the custody record system, raise an alert
on the custody desk console and on the handsets of custody staff and the custody
nurse, who go to the cell; the model only alerts, people decide what to do.
Everything runs on the force's custody network and data centre; the supplier ships
model updates through its portal. Statutory cell visits continue as before. If the
model stops scoring a cell, the console raises a "monitoring lost" alarm. Staff sign
in with force smartcards; footage and custody records are encrypted and access is
logged. The force is a UK police force (UK GDPR and DPA 2018, Part 3).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Custody detainee welfare monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detection model over custody cell cameras and sensors that alerts custody staff "
        "to signs of self-harm or medical distress."
    ),
)

# ---------------------------------------------------------------- data assets
cell_video = tg.Data(
    "Cell video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Continuous video of detainees in their cells, infrared at night.",
)
sensor_readings = tg.Data(
    "Cell sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Breathing rate, movement level and call-button presses per cell.",
)
recordings = tg.Data(
    "Cell CCTV recordings",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Cell video frames and pose keypoints",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
)
scores = tg.Data(
    "Self-harm and distress scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-cell scores for ligature, self-harm, collapse and abnormal breathing.",
)
risk_level = tg.Data(
    "Detainee risk assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Risk level, observation level and medical flags recorded at booking in.",
)
custody_records = tg.Data(
    "Custody records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
welfare_alert = tg.Data(
    "Welfare alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cell number, what was detected, the score and a link to the clip.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement and outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
alert_log = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
welfare_entries = tg.Data(
    "Welfare check and clinical entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Detection model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Custody cells", trust=tg.Trust.UNTRUSTED):
    # The person being watched; can reach, cover or interfere with what is in the cell.
    detainee = tm.add(tg.Actor("Detainee", role="person in custody"))

with tm.boundary("Custody suite network", trust=tg.Trust.INTERNAL):
    # Ceiling cameras in anti-ligature housings, one or two per cell.
    cameras = tm.add(tg.Device("Cell cameras", description="IP cameras on the custody VLAN."))
    # Contactless radar vital-sign sensors and the cell call buttons.
    sensors = tm.add(
        tg.Device(
            "Cell vital-sign sensors",
            description="Ceiling radar units reporting breathing and movement, plus call buttons.",
        )
    )
    # Where custody staff see alerts, live views and acknowledge.
    console = tm.add(
        tg.Endpoint(
            "Custody desk console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="force smartcard and PIN"),
                c.RBAC(),
            },
        )
    )
    # Force-issued phones carried by the custody team and nurse, for alerts away from the desk.
    handsets = tm.add(
        tg.Device(
            "Custody staff handsets", description="Force-managed smartphones with the alert app."
        )
    )
    # Sergeants, detention officers: respond to alerts and visit cells.
    officer = tm.add(tg.Actor("Custody officer", role="custody staff"))
    # Healthcare practitioner contracted to the custody suite.
    nurse = tm.add(tg.Actor("Custody nurse", role="healthcare practitioner"))

with tm.boundary("Force data centre", trust=tg.Trust.INTERNAL):
    # The existing CCTV video management system: records every cell and serves live streams.
    vms = tm.add(tg.Service("Video management system"))
    # Recorded cell footage, kept as evidence and for death-in-custody investigations.
    archive = tm.add(
        tg.DataStore(
            "Cell footage archive",
            stores={recordings},
            controls={
                c.EncryptionAtRest(key_management="VMS vendor key store"),
                c.AuditLogging(),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Decodes live streams, samples frames, runs pose estimation and joins sensor readings.
    gateway = tm.add(tg.Service("Video analytics gateway"))
    # The model: scores each cell for signs of self-harm or medical distress.
    model = tm.add(
        tg.Model(
            "Self-harm and distress detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Supplier-trained video and vital-sign model, run on the force's GPU servers.",
            controls={
                c.ModelValidation(note="supplier's evaluation report, checked on a pilot suite"),
                c.ImpactAssessment(
                    basis="DPA 2018 Part 3 sensitive processing, strictly necessary to protect life"
                ),
            },
        )
    )
    # Applies per-cell thresholds and sends alerts; watches that every cell is being scored.
    alerting = tm.add(
        tg.Service(
            "Welfare alerting service",
            controls={
                c.FailClosed(
                    fallback="no score from a cell for 60 s raises a 'monitoring lost' alarm at the desk"
                )
            },
        )
    )
    # Existing custody system of record (detainee details, risk assessment, observations).
    custody_system = tm.add(
        tg.DataStore(
            "Custody record system",
            stores={custody_records, risk_level},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )
    # Every alert with its score and what staff did about it.
    alert_store = tm.add(
        tg.DataStore(
            "Alert log",
            stores={alert_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Holds the model versions the detector loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model store",
            stores={weights},
            controls={c.ModelVersioning(note="pinned version, rollback to the previous one")},
        )
    )

with tm.boundary("Supplier", trust=tg.Trust.PARTNER):
    # The supplier's portal from which model updates are downloaded.
    supplier = tm.add(tg.ExternalService("Supplier update portal"))

# ---------------------------------------------------------------- flows
# capture
tm.flow(detainee, cameras, cell_video, label="seen in the cell")
tm.flow(detainee, sensors, sensor_readings, label="breathing, movement, call button")
tm.flow(cameras, vms, cell_video, protocol="rtsp", label="custody VLAN")
tm.flow(vms, archive, recordings)
tm.flow(vms, gateway, cell_video, protocol="rtsp")
tm.flow(sensors, gateway, sensor_readings, protocol="mqtt+tls")

# scoring
tm.flow(gateway, model, features)
tm.flow(model, alerting, scores)
tm.flow(custody_system, alerting, risk_level, label="per-cell threshold")

# alerts
tm.flow(alerting, console, welfare_alert, protocol="https")
tm.flow(alerting, handsets, welfare_alert, protocol="https", label="push")
tm.flow(alerting, alert_store, welfare_alert)
tm.flow(console, officer, welfare_alert, label="on the panel")
tm.flow(vms, console, cell_video, protocol="rtsp", label="live view of the cell")
tm.flow(handsets, officer, welfare_alert)
tm.flow(handsets, nurse, welfare_alert)
tm.flow(officer, console, acknowledgement, label="on the panel")
tm.flow(console, alert_store, acknowledgement, protocol="https")
tm.flow(alert_store, console, alert_log, protocol="https", label="alert history")

# records
tm.flow(officer, custody_system, welfare_entries, protocol="https")
tm.flow(nurse, custody_system, welfare_entries, protocol="https")
tm.flow(custody_system, console, risk_level, protocol="https")

# model supply
tm.flow(supplier, registry, weights, protocol="https", label="model update download")
tm.flow(registry, model, weights)
