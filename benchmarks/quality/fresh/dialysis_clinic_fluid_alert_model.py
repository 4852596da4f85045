"""Dialysis fluid-removal alerts: the first design, before any security review.

A chain of outpatient dialysis clinics in the US wants early warning of fluid-
removal problems (intradialytic hypotension, over- or under-removal against the
prescribed dry weight). At each clinic an edge gateway on the clinic LAN collects
treatment data from the dialysis machines (ultrafiltration rate, blood pressure,
venous pressure) and pre/post weights from the chair-side scales, and forwards
them over HTTPS to an alert service in the company's cloud VPC. The service joins
the session with the patient's dry weight and prescription from the hosted EHR,
runs an in-house classifier and pushes alerts to the nurses' tablets; a nurse
confirms or dismisses each alert at the chair, and nothing changes the machine.
Nephrologists review session trends in a web portal from wherever they work.
Nurse confirmations become labels for monthly retraining. Controls in this
design: SSO sign-in for nurses and nephrologists, role-based access in the
portal, encrypted and audit-logged treatment storage, TLS to the cloud and EHR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dialysis fluid-removal alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Chair-side alerts on likely fluid-removal problems during dialysis sessions.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Treatment machine data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="UF rate and volume, blood pressure, venous pressure, per minute.",
)
weights = tg.Data(
    "Patient weights",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pre- and post-treatment weights from the chair-side scale.",
)
session = tg.Data(
    "Session record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Telemetry and weights tagged with patient, chair and session ids.",
)
prescription = tg.Data(
    "Dry weight and prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Session features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
risk_score = tg.Data(
    "Fluid-removal risk score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
alert = tg.Data(
    "Fluid alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, chair, predicted problem and risk score.",
)
confirmation = tg.Data(
    "Nurse confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirmed or dismissed, with the action taken at the chair.",
)
trends = tg.Data("Session trends", kind="records", sensitivity=tg.Sensitivity.REGULATED)
trend_query = tg.Data("Trend query", kind="records", sensitivity=tg.Sensitivity.PII)
release = tg.Data(
    "Training run and release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Labelled sessions",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Fluid alert model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Joblib-serialized gradient-boosted trees.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # The bedside source of the treatment data, one per chair.
    machines = tm.add(
        tg.Device("Dialysis machines", description="Vendor machines with an HL7 data port.")
    )
    # Weights are taken before and after each session.
    scales = tm.add(tg.Device("Chair-side scales"))
    # Collects from machines and scales and forwards to the cloud.
    gateway = tm.add(
        tg.Service(
            "Clinic edge gateway",
            description="Small appliance per clinic; buffers data when the WAN is down.",
        )
    )
    # Receives alerts on a tablet and confirms them at the chair.
    nurse = tm.add(tg.Actor("Dialysis nurse", role="nurse"))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # Joins session data with the prescription, scores it and raises alerts.
    alert_service = tm.add(
        tg.Service(
            "Fluid alert service",
            description="Scores every session each minute; an alert above the threshold.",
            controls={c.HumanInTheLoop(approver="the nurse at the chair")},
        )
    )
    # The model that predicts fluid-removal problems.
    model = tm.add(
        tg.Model(
            "Fluid-removal risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # What the nurses' tablets call to receive alerts and send confirmations.
    nurse_api = tm.add(
        tg.Endpoint(
            "Nurse alert API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO (OIDC)")},
        )
    )
    # Where nephrologists review trends across sessions.
    portal = tm.add(
        tg.Endpoint(
            "Nephrologist trend portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # The system of record for sessions, alerts and confirmations.
    treatment_db = tm.add(
        tg.DataStore(
            "Treatment data store",
            stores={session, alert, confirmation},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Sessions with nurse-confirmed outcomes, for retraining.
        dataset = tm.add(tg.Dataset("Labelled session dataset", stores={training_set}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model that the alert service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and decides which version the alert service uses.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("EHR vendor", trust=tg.Trust.PARTNER):
    # The clinics' hosted EHR holds dry weights and prescriptions.
    ehr = tm.add(tg.ExternalService("Hosted EHR", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reviews trends from hospitals, offices or home.
    nephrologist = tm.add(tg.Actor("Nephrologist", role="physician"))

# ---------------------------------------------------------------- flows
tm.flow(machines, gateway, telemetry, protocol="mllp", label="HL7 v2 results")
tm.flow(scales, gateway, weights, protocol="serial")
tm.flow(gateway, alert_service, session, protocol="https")

tm.flow(ehr, alert_service, prescription, protocol="https", label="FHIR read")
tm.flow(alert_service, model, features)
tm.flow(model, alert_service, risk_score)
tm.flow(alert_service, treatment_db, session, alert)

tm.flow(alert_service, nurse_api, alert)
tm.flow(nurse_api, nurse, alert, protocol="https", label="push to tablet")
tm.flow(nurse, nurse_api, confirmation, protocol="https")
tm.flow(nurse_api, treatment_db, confirmation)

tm.flow(nephrologist, portal, trend_query, protocol="https")
tm.flow(treatment_db, portal, trends, session, alert)
tm.flow(portal, nephrologist, trends, protocol="https")

tm.flow(treatment_db, dataset, training_set, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, training, release, label="starts runs, approves release")
tm.flow(registry, model, artifact, label="load approved version")
