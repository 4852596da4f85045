"""Maternity unit CTG alert model: the first design, before any security review.

In our hospital's labour ward (an EU hospital), bedside cardiotocography monitors
stream fetal heart rate and uterine contraction traces to the monitor vendor's
central station on the clinical VLAN, which archives them and forwards them over
HL7 to our CTG inference service. The service reads gestational age and risk factors
from the maternity record over FHIR, runs the in-house CTG classification model on
rolling windows of each trace and raises an alert when it finds a suspicious or
pathological pattern. Alerts appear on the midwives' ward dashboard (hospital SSO
with badge tap) and are paged to their DECT handsets; midwives review the trace,
acknowledge the alert and decide what to do, and every alert and acknowledgement is
kept in an audit log. The clinical data science team retrains the model from
archived traces labelled with birth outcomes, under a DPIA, with pseudonymised
training data; each release passes clinical validation before it is loaded.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Maternity unit CTG alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Classifies live cardiotocography traces and alerts midwives to abnormal "
        "fetal heart rate patterns."
    ),
)

# ---------------------------------------------------------------- data assets
ctg_trace = tg.Data(
    "CTG trace",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fetal heart rate and uterine contraction signal with bed and patient id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_context = tg.Data(
    "Pregnancy context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Gestational age, parity and recorded risk factors from the maternity record.",
)
ctg_features = tg.Data("CTG window features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
pattern_score = tg.Data(
    "Fetal heart pattern classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Normal, suspicious or pathological, with a probability per class.",
)
ctg_alert = tg.Data(
    "CTG alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bed, patient, pattern found and the trace segment behind it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert_page = tg.Data("CTG alert page", kind="records", sensitivity=tg.Sensitivity.REGULATED)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
birth_outcomes = tg.Data(
    "Birth outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cord blood pH, Apgar scores and neonatal unit admission per delivery.",
)
training_set = tg.Data(
    "Labelled CTG training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised archived traces joined to birth outcomes.",
)
model_artifact = tg.Data(
    "CTG model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the trained classifier.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Labour ward clinical VLAN", trust=tg.Trust.INTERNAL):
    # One fetal monitor per delivery room, producing the raw CTG signal.
    monitors = tm.add(
        tg.Device(
            "Bedside CTG monitors", fleet=True, description="Fetal monitors in each delivery room."
        )
    )
    # The monitor vendor's central surveillance station, the source of live traces.
    central_station = tm.add(
        tg.Service(
            "Fetal monitoring central station",
            description="Vendor system that collects, displays and archives every bed's trace.",
        )
    )
    # Midwives on shift, who act on alerts.
    midwife = tm.add(tg.Actor("Midwife", role="midwife"))
    # The midwives' DECT handsets that receive alert pages.
    handsets = tm.add(tg.Device("Midwife DECT handsets", fleet=True))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Long-term archive of all CTG traces, kept with the maternity record.
    archive = tm.add(
        tg.DataStore(
            "CTG trace archive",
            stores={ctg_trace},
            controls={c.EncryptionAtRest(key_management="storage array encryption"), c.RBAC()},
        )
    )
    # The hospital's existing maternity record system (system of record).
    maternity_record = tm.add(
        tg.DataStore(
            "Maternity record",
            stores={patient_context, birth_outcomes},
            controls={c.RBAC()},
        )
    )
    # Runs the model on rolling windows of each live trace and decides when to alert.
    inference_svc = tm.add(
        tg.Service(
            "CTG inference service",
            description="Windows each live trace, adds pregnancy context, calls the model, raises alerts.",
        )
    )
    # The in-house classifier of fetal heart rate patterns.
    ctg_model = tm.add(
        tg.Model(
            "CTG classification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="1-D convolutional network classifying CTG windows as normal, suspicious or pathological.",
            controls={
                c.ModelValidation(note="clinical validation against obstetrician-reviewed traces"),
                c.ModelVersioning(),
            },
        )
    )
    # Ward web app showing alerts and the trace behind them.
    dashboard = tm.add(
        tg.Service(
            "Midwife alert dashboard",
            controls={c.Authentication(method="hospital SSO with badge tap"), c.RBAC()},
        )
    )
    # Sends alert pages to the ward's DECT phones.
    paging = tm.add(tg.Service("Ward paging gateway"))
    # Clinical governance record of every alert and who acknowledged it.
    audit_log = tm.add(
        tg.DataStore(
            "Alert audit log", stores={ctg_alert, acknowledgement}, controls={c.AuditLogging()}
        )
    )

    with tm.boundary("Clinical ML enclave", trust=tg.Trust.RESTRICTED):
        # Builds the labelled training set and retrains the model.
        training = tm.add(
            tg.Pipeline(
                "CTG training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ImpactAssessment(
                        basis="public task, Art. 6(1)(e); health care, Art. 9(2)(h)"
                    ),
                    c.DataMinimization(
                        note="traces pseudonymised before they enter the training set"
                    ),
                },
            )
        )
        # The pseudonymised, outcome-labelled training data.
        dataset = tm.add(tg.Dataset("Labelled CTG dataset", stores={training_set}))
        # Holds released model versions; the inference service loads from it.
        registry = tm.add(
            tg.ModelRegistry("CTG model registry", stores={model_artifact}, controls={c.RBAC()})
        )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Builds, validates and releases the model.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="clinical data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(monitors, central_station, ctg_trace, label="vendor monitoring network")
tm.flow(central_station, archive, ctg_trace)
tm.flow(central_station, inference_svc, ctg_trace, protocol="mllp", label="HL7 v2 live feed")
tm.flow(maternity_record, inference_svc, patient_context, protocol="https", label="FHIR")

tm.flow(inference_svc, ctg_model, ctg_features)
tm.flow(ctg_model, inference_svc, pattern_score)

tm.flow(inference_svc, dashboard, ctg_alert, protocol="https")
tm.flow(dashboard, midwife, ctg_alert, ctg_trace, protocol="https", label="ward workstation")
tm.flow(midwife, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, audit_log, acknowledgement)
tm.flow(inference_svc, audit_log, ctg_alert)

tm.flow(inference_svc, paging, alert_page)
tm.flow(paging, handsets, alert_page, protocol="dect")
tm.flow(handsets, midwife, alert_page, label="on the handset screen")

tm.flow(archive, training, ctg_trace, label="monthly export")
tm.flow(maternity_record, training, birth_outcomes, label="monthly export")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_config, protocol="ssh")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, ctg_model, model_artifact, label="load released version")
