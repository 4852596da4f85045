"""Hospital infection outbreak detection: the first design, before any security review.

A group of NHS hospitals wants earlier warning of hospital-acquired infection
clusters. The trust integration engine already receives HL7 v2 messages from the
laboratory information system (microbiology results) and the patient administration
system (admissions and ward transfers); it forwards them, with the bed management
system's bed state, to a surveillance pipeline on the analytics platform that builds
patient-location timelines in a surveillance store. Every hour an in-house detection
model scans them for patients with the same organism who overlapped on a ward or
bay, and an alerting service e-mails the infection prevention team through NHSmail
and lists the cluster on their dashboard. Nurses confirm or dismiss each cluster;
their verdicts become labels for quarterly retraining by the data science team, and
models are versioned in a registry. Staff sign in with their NHS smartcard; the
store is encrypted and role-based; the processing has a DPIA and a clinical safety case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital infection outbreak detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hourly cluster detection of hospital-acquired infection for infection prevention.",
)

# ---------------------------------------------------------------- data assets
lab_results = tg.Data(
    "Microbiology results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Organism, specimen, sensitivities, NHS number and collection time.",
)
ward_movements = tg.Data(
    "Admissions and ward transfers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bed_state = tg.Data("Bed occupancy", kind="records", sensitivity=tg.Sensitivity.PII)
timelines = tg.Data(
    "Patient location timelines",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per patient: wards, bays and beds over time, joined to positive results.",
)
clusters = tg.Data(
    "Suspected cluster",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Organism, ward, time window, the patients involved and a cluster score.",
)
alert = tg.Data("Cluster alert e-mail", kind="records", sensitivity=tg.Sensitivity.REGULATED)
verdict = tg.Data("Nurse cluster verdict", kind="labels", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled historical clusters",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
run_request = tg.Data(
    "Training run request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust clinical network", trust=tg.Trust.INTERNAL):
    # Existing laboratory system: source of the microbiology results.
    lis = tm.add(tg.DataStore("Laboratory information system", stores={lab_results}))
    # Existing PAS: source of admissions, discharges and transfers.
    pas = tm.add(tg.DataStore("Patient administration system", stores={ward_movements}))
    # Existing bed board used by site managers.
    beds = tm.add(tg.DataStore("Bed management system", stores={bed_state}))
    # Existing interface engine; already relays these feeds to other systems.
    engine = tm.add(tg.Service("Integration engine"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # New: turns feeds into location timelines.
    surveillance_pipeline = tm.add(
        tg.Pipeline(
            "Surveillance data pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(
                    note="HL7 messages that fail parsing go to a dead-letter queue"
                ),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); health care, Art. 9(2)(h) and (i)"
                ),
            },
        )
    )
    # New: timelines and positive results the model scans.
    surveillance_store = tm.add(
        tg.FeatureStore(
            "Surveillance store",
            stores={timelines},
            online=False,
            controls={c.EncryptionAtRest(key_management="platform-managed keys"), c.RBAC()},
        )
    )
    # New: the cluster detection model.
    detector = tm.add(
        tg.Model(
            "Outbreak cluster detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Space-time scan over ward overlaps with a gradient-boosted cluster scorer.",
            controls={c.ModelValidation(note="back-tested on five years of confirmed outbreaks")},
        )
    )
    # New: runs the model hourly and routes alerts.
    alerting = tm.add(tg.Service("Hourly cluster alerting job"))
    # New: where the infection prevention team reviews clusters.
    dashboard = tm.add(
        tg.Endpoint(
            "Infection prevention dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard and passcode via trust SSO"),
                c.RBAC(note="infection prevention team only"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.RESTRICTED):
        # Confirmed and dismissed clusters with the timelines behind them.
        label_set = tm.add(
            tg.Dataset(
                "Historical cluster training set",
                stores={training_set},
                controls={c.DataVersioning()},
            )
        )
        # Quarterly retraining and calibration.
        training = tm.add(
            tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the detection model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("NHSmail", trust=tg.Trust.PARTNER):
    # National secure e-mail service used for the alert e-mails.
    mail = tm.add(tg.ExternalService("NHSmail"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Acts on alerts, confirms or dismisses clusters.
    ip_nurse = tm.add(tg.Actor("Infection prevention nurse", role="clinician"))
    # Retrains and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(lis, engine, lab_results, protocol="mllp")
tm.flow(pas, engine, ward_movements, protocol="mllp")
tm.flow(engine, surveillance_pipeline, lab_results, ward_movements, protocol="https")
tm.flow(
    beds, surveillance_pipeline, bed_state, protocol="https", label="bed state every 15 minutes"
)
tm.flow(surveillance_pipeline, surveillance_store, timelines)

tm.flow(surveillance_store, alerting, timelines, label="hourly scan")
tm.flow(alerting, detector, timelines)
tm.flow(detector, alerting, clusters)
tm.flow(alerting, dashboard, clusters)
tm.flow(alerting, mail, alert, protocol="smtp+starttls")
tm.flow(mail, ip_nurse, alert, protocol="https")
tm.flow(dashboard, ip_nurse, clusters, protocol="https")
tm.flow(ip_nurse, dashboard, verdict, protocol="https", label="confirm or dismiss")
tm.flow(dashboard, label_set, verdict)
tm.flow(surveillance_store, label_set, timelines, label="quarterly snapshot")

tm.flow(data_scientist, training, run_request, protocol="https")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, release, protocol="https", label="promotes version")
tm.flow(registry, detector, artifact, label="deploy")
