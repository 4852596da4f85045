"""Dialysis fluid-removal alerts: the first design, before any security review.

A US hospital's haemodialysis unit (24 chairs) wants early warning of fluid-removal
problems during sessions: ultrafiltration off its goal, or relative blood volume
falling before a hypotensive episode. Machines and the chair scale report to the
vendor's dialysis data management system (DMS), which forwards an HL7 feed to our
fluid alert service. The service reads each patient's dry weight and UF
prescription from the EHR, calls an in-house risk model every minute, shows alerts
on the nurse-station dashboard and pages the nurse through a hosted messaging
vendor. Nurses act at the machine; the model never changes machine settings. A
pseudonymised monthly extract retrains it in the analytics enclave. Controls: EHR
access control and audit, dashboard sign-in, TLS to the EHR and the messaging
vendor (under a BAA), pseudonymised training data, clinical validation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dialysis fluid-removal alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Warns dialysis nurses of ultrafiltration and fluid-removal problems during sessions.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Dialysis machine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="UF rate, UF volume removed, blood flow, pressures, relative blood volume, by chair and patient.",
)
weights = tg.Data(
    "Pre- and post-dialysis weights",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
session_feed = tg.Data(
    "Session telemetry feed",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ORU messages with the telemetry and the session's weights.",
)
prescription = tg.Data(
    "Dry weight and UF prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
patient_records = tg.Data(
    "Patient records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data("Session fluid features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
risk = tg.Data(
    "Fluid-removal risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alerts = tg.Data(
    "Fluid alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Chair, patient name, problem type and risk level.",
)
page = tg.Data(
    "Fluid alert page",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Short message to the assigned nurse: chair, patient initials, problem.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement and action taken", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
alert_history = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
session_history = tg.Data(
    "Historical dialysis sessions",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised telemetry, weights and prescriptions; dates kept.",
)
outcomes = tg.Data(
    "Documented intradialytic events",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Hypotension, cramping and early terminations charted by nurses.",
)
artifact = tg.Data("Fluid model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dialysis unit", trust=tg.Trust.INTERNAL):
    # The haemodialysis machines at each chair: the source of session telemetry.
    machines = tm.add(
        tg.Device(
            "Haemodialysis machines",
            description="24 machines on the unit's medical-device VLAN, reporting every 30 seconds.",
        )
    )
    # Chair scale: pre- and post-session weights, the basis of the fluid-removal goal.
    scale = tm.add(
        tg.Device(
            "Chair scale",
            fleet=False,
            description="Networked wheelchair scale at the unit entrance.",
        )
    )
    # Watches sessions and responds to alerts at the machine.
    nurse = tm.add(tg.Actor("Dialysis nurse", role="dialysis nurse"))
    # Sets each patient's dry weight and ultrafiltration prescription in the EHR.
    nephrologist = tm.add(tg.Actor("Nephrologist", role="nephrologist"))

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Vendor DMS: collects machine and scale data and forwards it as HL7.
    dms = tm.add(
        tg.Service(
            "Dialysis data management system",
            description="The machine vendor's on-premises DMS, run by clinical engineering.",
        )
    )
    # The hospital's system of record for prescriptions, charting and demographics.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={prescription, patient_records, outcomes},
            controls={
                c.RBAC(),
                c.AuditLogging(note="EHR access audit"),
                c.EncryptionAtRest(key_management="EHR vendor-managed keys"),
            },
        )
    )
    # Our service: joins telemetry, weights and prescription, calls the model, raises alerts.
    alert_service = tm.add(
        tg.Service(
            "Fluid alert service",
            description="Scores each running session every minute; alerts above a set risk.",
            controls={
                c.HumanInTheLoop(approver="dialysis nurse decides any change at the machine"),
            },
        )
    )
    # The predictive model; advisory only, it has no path to the machines.
    model = tm.add(
        tg.Model(
            "Fluid-removal risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: risk of UF problems or hypotension in the next 30 minutes.",
        )
    )
    # Nurse-station web dashboard: chair map, open alerts, acknowledgement.
    dashboard = tm.add(
        tg.Endpoint(
            "Nurse-station dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital Active Directory username and password")},
        )
    )
    # Keeps alerts, features and acknowledgements for clinical review.
    history_store = tm.add(tg.DataStore("Alert history store", stores={alert_history}))

with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
    # Monthly pseudonymised extract the model is trained on.
    dataset = tm.add(
        tg.Dataset(
            "Training sessions dataset",
            stores={session_history, outcomes},
            controls={c.DataMinimization(note="MRNs and names replaced by study IDs")},
        )
    )
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline(
            "Monthly training pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="retrospective validation reviewed by nephrology")},
        )
    )
    # Released model versions; the alert service's model is loaded from here.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases the model.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
    )

with tm.boundary("Secure messaging vendor", trust=tg.Trust.PARTNER):
    # Hosted clinical messaging the hospital already uses for nurse phones.
    messaging = tm.add(
        tg.ExternalService(
            "Secure messaging service",
            description="Vendor-hosted paging to nurses' hospital-issued phones.",
            controls={c.SupplierAssessment(note="BAA signed, vendor security review on file")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(machines, dms, telemetry, protocol="mllp")
tm.flow(scale, dms, weights, protocol="mllp")
tm.flow(dms, alert_service, session_feed, protocol="mllp", label="HL7 ORU feed")
tm.flow(nephrologist, ehr, prescription, protocol="https")
tm.flow(ehr, alert_service, prescription, protocol="https", label="FHIR read at session start")

tm.flow(alert_service, model, features)
tm.flow(model, alert_service, risk)
tm.flow(alert_service, history_store, alert_history)
tm.flow(alert_service, dashboard, alerts)
tm.flow(dashboard, nurse, alerts, protocol="https")
tm.flow(nurse, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, alert_service, acknowledgement)
tm.flow(alert_service, messaging, page, protocol="https")
tm.flow(messaging, nurse, page, protocol="https", label="to the nurse's phone")
tm.flow(nurse, ehr, outcomes, protocol="https", label="charts intradialytic events")

tm.flow(dms, dataset, session_history, protocol="sftp", label="monthly export")
tm.flow(ehr, dataset, outcomes, label="monthly export")
tm.flow(dataset, training, session_history, outcomes)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, model, artifact, label="deploy")
