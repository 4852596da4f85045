"""Sepsis early-warning score: the first design, before any security review.

Every 15 minutes the EHR's HL7 v2 interface engine forwards inpatient vitals and
labs (plain MLLP inside the hospital network) to a feature service on the clinical
ML platform, which fills an online feature store. A scoring service runs an in-house
gradient-boosted model over every inpatient; above the threshold it pages the
rapid-response nurse through the vendor-hosted secure messaging app (under a BAA)
and writes a banner to the EHR through its FHIR API. Clinicians' acknowledgements and
dismissals are read back into an alert log. Twice a year the data science team
recalibrates the model in the research environment on a Safe Harbor de-identified
extract, and the clinical AI governance committee signs off each release.
The EHR has SSO, role-based access and audit logging; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital sepsis early warning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Scores every inpatient for sepsis risk every 15 minutes and pages rapid response.",
)

# ---------------------------------------------------------------- data assets
vitals_labs = tg.Data(
    "Vital signs and lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 v2 ADT and ORU messages: patient identifiers, location, vitals, labs.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Patient features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rolling windows of vitals and labs keyed by encounter id.",
)
risk_score = tg.Data(
    "Sepsis risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
banner = tg.Data(
    "EHR alert banner",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Score, trend and top contributing features shown on the patient's chart.",
)
page = tg.Data(
    "Rapid-response page",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, room, MRN and score sent to the on-call nurse.",
)
page_ack = tg.Data("Page acknowledgement", kind="records", sensitivity=tg.Sensitivity.REGULATED)
response = tg.Data(
    "Clinician alert response",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Acknowledge, dismiss with reason, or escalate; with user and time.",
)
alert_record = tg.Data(
    "Alert history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every score above threshold, its page, and the responses to it.",
)
history_extract = tg.Data(
    "Encounter history and outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past inpatient encounters with sepsis diagnoses, for recalibration.",
)
deid_history = tg.Data(
    "De-identified training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
refit_config = tg.Data(
    "Recalibration configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Sepsis model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost booster and calibration curve saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Ward staff on hospital workstations and hospital-issued phones.
    nurse = tm.add(tg.Actor("Rapid-response nurse", role="clinician"))
    clinician = tm.add(tg.Actor("Ward clinician", role="clinician"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for patients; source of vitals and labs and home of the banner.
        ehr = tm.add(
            tg.Service(
                "EHR",
                description="Vendor EHR installed on premises; exposes HL7 feeds and a FHIR API.",
                controls={
                    c.Authentication(method="SSO with badge tap"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )
        # Existing interface engine that fans HL7 messages out to downstream systems.
        hl7_engine = tm.add(
            tg.Service(
                "HL7 interface engine",
                description="Routes ADT/ORU messages; a new outbound channel feeds the model.",
            )
        )

    with tm.boundary("Clinical ML platform", trust=tg.Trust.INTERNAL):
        # Parses HL7 and turns raw observations into model features every 15 minutes.
        feature_service = tm.add(
            tg.Pipeline(
                "Feature service",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(
                        note="HL7 segments parsed strictly; physiologically impossible values dropped"
                    )
                },
            )
        )
        # Latest feature vector per current inpatient, read at scoring time.
        feature_store = tm.add(
            tg.FeatureStore(
                "Patient feature store",
                stores={features},
                online=True,
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Scheduler that scores each inpatient, applies the threshold and raises alerts.
        scoring = tm.add(
            tg.Service(
                "Scoring and alerting service",
                description="Runs every 15 minutes; pages and writes the banner above threshold.",
            )
        )
        # The model itself: drives who gets a rapid-response visit.
        model = tm.add(
            tg.Model(
                "Sepsis risk model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees with isotonic calibration.",
            )
        )
        # Audit trail of alerts and clinician responses; also the label source.
        alert_log = tm.add(
            tg.DataStore(
                "Alert and response log",
                stores={alert_record},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Strips identifiers before anything leaves the clinical platform.
        deid = tm.add(
            tg.Pipeline(
                "De-identification job",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(
                        note="HIPAA Safe Harbor: 18 identifiers removed, dates shifted"
                    )
                },
            )
        )
        # Versioned model files that the scoring service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

    with tm.boundary("Research analytics environment", trust=tg.Trust.INTERNAL):
        data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))
        # De-identified snapshot used for the twice-yearly recalibration.
        deid_dataset = tm.add(
            tg.Dataset("De-identified history", stores={deid_history}, controls={c.RBAC()})
        )
        # Refits the model and its calibration; released only after committee sign-off.
        recalibration = tm.add(
            tg.Pipeline(
                "Semi-annual recalibration",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(
                        note="calibration and sensitivity checked on a held-out year"
                    ),
                    c.HumanInTheLoop(approver="clinical AI governance committee"),
                },
            )
        )

with tm.boundary("Secure messaging vendor", trust=tg.Trust.PARTNER):
    # SaaS clinical messaging that delivers pages to the nurses' phones.
    paging = tm.add(
        tg.ExternalService(
            "Secure messaging service",
            description="Hospital-wide paging and secure chat app, under a BAA.",
            controls={c.SupplierAssessment(note="BAA signed; vendor security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
# Real-time scoring
tm.flow(ehr, hl7_engine, vitals_labs, protocol="mllp")
tm.flow(hl7_engine, feature_service, vitals_labs, protocol="mllp")
tm.flow(feature_service, feature_store, features)
tm.flow(feature_store, scoring, features, label="latest features per inpatient")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)

# Alerting
tm.flow(
    scoring,
    ehr,
    banner,
    protocol="https",
    label="FHIR write of the banner",
    controls={c.Authentication(method="OAuth 2.0 client credentials")},
)
tm.flow(ehr, clinician, banner)
tm.flow(scoring, paging, page, protocol="https")
tm.flow(paging, nurse, page, protocol="https")
tm.flow(nurse, paging, page_ack, protocol="https")
tm.flow(paging, scoring, page_ack, protocol="https", label="delivery and acknowledgement")

# Clinician responses
tm.flow(clinician, ehr, response, label="acknowledge, dismiss or escalate")
tm.flow(nurse, ehr, response, label="bedside assessment")
tm.flow(
    ehr,
    scoring,
    response,
    protocol="https",
    label="FHIR read of alert responses",
    controls={c.Authentication(method="OAuth 2.0 client credentials")},
)
tm.flow(scoring, alert_log, alert_record)

# Twice-yearly recalibration
tm.flow(ehr, deid, history_extract, label="semi-annual history extract")
tm.flow(alert_log, deid, alert_record)
tm.flow(deid, deid_dataset, deid_history)
tm.flow(deid_dataset, data_scientist, deid_history, label="exploration in notebooks")
tm.flow(deid_dataset, recalibration, deid_history)
tm.flow(data_scientist, recalibration, refit_config, label="runs the refit")
tm.flow(recalibration, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load approved version")
