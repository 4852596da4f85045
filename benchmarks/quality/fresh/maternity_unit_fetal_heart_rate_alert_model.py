"""Fetal heart rate alerting: the first design, before any security review.

In the labour and delivery unit of a US hospital, every labouring patient is on a
CTG monitor that records the fetal heart rate and uterine contractions. The
monitors stream their traces over the biomedical device network to the fetal
surveillance server, which drives the central station display and archives the
traces. An analysis service reads each trace in rolling windows, checks signal
quality, adds the patient's gestational age and risk factors from the EHR, and
asks an in-house classifier whether the pattern is normal, suspicious or
pathological. Suspicious and pathological windows raise an alert on the
midwives' hospital-issued phones and on the central station; the midwife reviews
the trace and decides what to do, and her acknowledgement is written to the EHR.
The model is retrained by the clinical data science team from archived traces
and delivery outcomes, validated on retrospective cases, and released through a
versioned registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Maternity fetal heart rate alerting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Classifies intrapartum CTG traces and alerts midwives to suspicious or "
        "pathological fetal heart rate patterns."
    ),
)

# ---------------------------------------------------------------- data assets
trace = tg.Data(
    "CTG trace",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Fetal heart rate and uterine activity samples, tagged with the patient's MRN and bed.",
)
context = tg.Data(
    "Maternal clinical context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Gestational age, parity, risk factors and medications (e.g. oxytocin).",
)
features = tg.Data(
    "Trace window features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Baseline, variability, accelerations, decelerations and context, per window.",
)
score = tg.Data(
    "Pattern classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Normal, suspicious or pathological, with the class probabilities.",
)
alert = tg.Data(
    "FHR alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bed, patient, pattern class and the trace window that raised it.",
)
ack = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who acknowledged the alert, when, and the action recorded.",
)
history = tg.Data(
    "Historical CTG traces",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
outcomes = tg.Data(
    "Delivery outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Cord blood gas pH, Apgar scores and NICU admission per delivery.",
)
weights = tg.Data(
    "FHR model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
run_config = tg.Data("Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Biomedical device network", trust=tg.Trust.RESTRICTED):
        # The bedside CTG monitors, one per labour room.
        monitors = tm.add(tg.Device("CTG monitors", description="Bedside fetal monitors."))
        # The monitor vendor's central server: central station display and trace capture.
        surveillance = tm.add(
            tg.Service(
                "Fetal surveillance server",
                description="Vendor software run on hospital hardware; drives the central station.",
            )
        )
        # Long-term store of every trace, kept as part of the medical record.
        archive = tm.add(
            tg.DataStore("CTG trace archive", stores={trace}, controls={tg.controls.RBAC()})
        )

    with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
        # Windows the live trace, checks signal quality, builds features, calls the model.
        analysis = tm.add(
            tg.Service(
                "FHR analysis service",
                controls={
                    tg.controls.InputValidation(
                        note="drops windows with signal loss or maternal heart rate pickup"
                    )
                },
            )
        )
        # The classifier itself; its output prompts a midwife to look, it acts on nothing.
        model = tm.add(
            tg.Model(
                "FHR pattern classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                controls={
                    tg.controls.ModelValidation(
                        note="retrospective validation against obstetrician-reviewed cases"
                    ),
                    tg.controls.HumanInTheLoop(
                        approver="the attending midwife reviews the trace before any escalation"
                    ),
                },
            )
        )
        # Turns classifications into alerts, tracks acknowledgement and escalates.
        alerting = tm.add(tg.Service("Alert service"))
        # The hospital's electronic health record: patient context in, alerts documented.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={context, alert, ack, outcomes},
                controls={
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                    tg.controls.EncryptionAtRest(key_management="EHR vendor-managed keys"),
                },
            )
        )

    with tm.boundary("Labour ward", trust=tg.Trust.INTERNAL):
        # Hospital-issued phones on the clinical Wi-Fi with the secure messaging app.
        phones = tm.add(tg.Device("Midwife handheld phones"))
        # Responds to alerts and decides on the clinical action.
        midwife = tm.add(tg.Actor("Midwife", role="labour ward midwife"))

    with tm.boundary("Clinical data platform", trust=tg.Trust.INTERNAL):
        # De-duplicated archive traces joined with delivery outcomes, for training.
        training_set = tm.add(
            tg.Dataset(
                "Annotated CTG training set",
                stores={history, outcomes},
                controls={tg.controls.DataVersioning()},
            )
        )
        # Quarterly retraining job run by the data science team.
        training = tm.add(tg.Pipeline("FHR model training", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )
        # Builds, validates and releases the model.
        scientist = tm.add(
            tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
        )

# ---------------------------------------------------------------- flows
tm.flow(monitors, surveillance, trace, protocol="mllp")
tm.flow(surveillance, archive, trace)
tm.flow(surveillance, midwife, trace, label="central station display")
tm.flow(surveillance, analysis, trace, protocol="mllp", label="live trace feed")

tm.flow(ehr, analysis, context, protocol="HL7 FHIR over HTTPS")
tm.flow(analysis, model, features)
tm.flow(model, analysis, score)
tm.flow(analysis, alerting, alert)

tm.flow(alerting, phones, alert, protocol="https")
tm.flow(alerting, surveillance, alert, protocol="mllp", label="central station banner")
tm.flow(phones, midwife, alert)
tm.flow(midwife, phones, ack)
tm.flow(phones, alerting, ack, protocol="https")
tm.flow(alerting, ehr, alert, ack, protocol="HL7 FHIR over HTTPS")

tm.flow(archive, training_set, history, label="monthly extract")
tm.flow(ehr, training_set, outcomes, label="monthly extract")
tm.flow(training_set, training, history, outcomes)
tm.flow(scientist, training, run_config, protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(scientist, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="deploy")
