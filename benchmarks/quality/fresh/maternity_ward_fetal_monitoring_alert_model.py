"""Maternity ward fetal monitoring alerts: the first design, before any review.

The maternity unit of a hospital in the EU adds a model to its cardiotocography
(CTG) monitoring. Bedside fetal monitors stream heart-rate and contraction traces
to the vendor's central station on the isolated medical-device network; a trace
gateway takes the HL7 feed from the station and the admission details from the
patient administration system, and sends rolling trace windows to an in-house
model that flags abnormal fetal heart patterns. An alert service pushes each flag
through the ward messaging server to the midwives' shared handsets and shows it on
the central station, and logs alerts and acknowledgements. Midwives and
obstetricians decide on any intervention; the traces are stored in the maternity
record. The model is retrained from pseudonymised past traces with outcomes,
clinically validated and versioned before it is deployed.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Maternity ward fetal monitoring alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Flags abnormal fetal heart patterns in CTG traces and alerts midwives.",
)

# ---------------------------------------------------------------- data assets
trace = tg.Data(
    "CTG trace",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Fetal heart rate and uterine activity, sampled continuously per bed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
admission = tg.Data(
    "Admission details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient id, bed, gestational age and risk factors from the ADT feed.",
)
windows = tg.Data(
    "Trace windows",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Rolling segments of the trace with the patient's gestational age.",
)
pattern_flag = tg.Data(
    "Abnormal pattern flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Pattern class (e.g. late decelerations, reduced variability) and a score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
alert = tg.Data("Midwife alert", sensitivity=tg.Sensitivity.REGULATED, kind="records")
ack = tg.Data("Alert acknowledgement", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="feedback")
alert_log = tg.Data("Alert history", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
clinical_notes = tg.Data(
    "Clinical notes and interventions",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
maternity_record = tg.Data(
    "Maternity record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
training_set = tg.Data(
    "Pseudonymised traces with outcomes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Past traces with cord pH, Apgar scores and mode of delivery.",
)
weights = tg.Data("CTG model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Medical device network", trust=tg.Trust.RESTRICTED):
    # One per delivery room; the source of every trace.
    monitor = tm.add(tg.Device("Bedside CTG monitor", fleet=True))
    # The vendor's surveillance system: shows all traces at the midwives' desk.
    central_station = tm.add(
        tg.Service(
            "Central monitoring station",
            description="Vendor CTG surveillance system with the desk display and HL7 export.",
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Source of who is in which bed and at what gestation.
    pas = tm.add(tg.DataSource("Patient administration system", provides={admission}))
    # Joins the trace feed with admission details and cuts it into windows.
    gateway = tm.add(tg.Service("Trace gateway"))
    # The model that flags abnormal fetal heart patterns.
    model = tm.add(
        tg.Model(
            "Fetal heart pattern model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Convolutional network over 20-minute CTG windows.",
            controls={
                tg.controls.ModelValidation(note="clinical validation study before go-live"),
                tg.controls.HumanInTheLoop(approver="midwife or obstetrician"),
            },
        )
    )
    # Turns flags into alerts, routes them and escalates unacknowledged ones.
    alert_service = tm.add(tg.Service("Alert service"))
    # Alerts and acknowledgements, for audit and for retraining.
    alert_store = tm.add(tg.DataStore("Alert log", stores={alert_log}))
    # On-site messaging server that delivers to the ward handsets over Wi-Fi.
    messaging = tm.add(tg.Service("Ward messaging server"))
    # The electronic maternity record, where the traces are kept for the birth record.
    record = tm.add(
        tg.DataStore(
            "Maternity record system",
            stores={maternity_record, trace, clinical_notes},
            controls={
                tg.controls.Authentication(method="smartcard single sign-on"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=3650),
                tg.controls.EncryptionAtRest(key_management="storage array keys"),
            },
        )
    )

with tm.boundary("Maternity ward", trust=tg.Trust.INTERNAL):
    # Shared ward handsets that midwives carry on shift.
    handset = tm.add(
        tg.Device(
            "Midwife handset",
            fleet=True,
            controls={tg.controls.Authentication(method="ward PIN")},
        )
    )
    # Responds to alerts and watches the traces.
    midwife = tm.add(tg.Actor("Midwife", role="midwife"))
    # Decides on interventions when a midwife escalates.
    obstetrician = tm.add(tg.Actor("Obstetrician", role="obstetrician"))

with tm.boundary("Clinical analytics environment", trust=tg.Trust.INTERNAL):
    # Pseudonymised extract of past traces and outcomes.
    dataset = tm.add(
        tg.Dataset(
            "CTG training set",
            stores={training_set},
            controls={tg.controls.DataMinimization(note="pseudonymised extract, no names or ids")},
        )
    )
    # Periodic retraining and evaluation of the model.
    training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
    # Versioned artifacts; only a validated version is deployed.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(monitor, central_station, trace, label="vendor trace stream")
tm.flow(central_station, gateway, trace, protocol="mllp", label="HL7 trace export")
tm.flow(pas, gateway, admission, protocol="mllp", label="ADT feed")
tm.flow(gateway, model, windows)
tm.flow(model, alert_service, pattern_flag)
tm.flow(alert_service, messaging, alert)
tm.flow(messaging, handset, alert, label="ward Wi-Fi")
tm.flow(handset, messaging, ack, label="ward Wi-Fi")
tm.flow(messaging, alert_service, ack)
tm.flow(alert_service, central_station, alert, protocol="mllp", label="alert overlay")
tm.flow(alert_service, alert_store, alert_log)
tm.flow(handset, midwife, alert)
tm.flow(midwife, handset, ack)
tm.flow(central_station, midwife, trace, label="desk display")
tm.flow(central_station, obstetrician, trace, label="desk display")

tm.flow(central_station, record, trace, protocol="mllp", label="trace archiving")
tm.flow(midwife, record, clinical_notes, protocol="https")
tm.flow(obstetrician, record, clinical_notes, protocol="https")
tm.flow(record, midwife, maternity_record, trace, protocol="https")
tm.flow(record, obstetrician, maternity_record, trace, protocol="https")

tm.flow(record, dataset, training_set, label="pseudonymised extract")
tm.flow(alert_store, dataset, alert_log, label="alert outcomes")
tm.flow(dataset, training, training_set, alert_log)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy validated version")
