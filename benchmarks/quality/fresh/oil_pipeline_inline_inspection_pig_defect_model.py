"""Pipeline in-line inspection defect model: the first design, before any security review.

After each in-line inspection (ILI) tool run, the inspection contractor delivers the
magnetic-flux-leakage and ultrasonic wall-thickness data, with their own preliminary
feature list, to an SFTP drop we pull from. An ingestion pipeline decodes the vendor
files (with the contractor's decoding library), archives the raw run and cuts signal
windows that our in-house defect model scores for metal-loss corrosion and dents.
A dig prioritisation service combines the flagged features with pipe attributes from
the asset register (wall thickness, grade, MAOP, location) and ranks candidate dig
sites by remaining strength. Integrity engineers review the ranked list in a web
dashboard behind corporate SSO and sign off the dig programme; NDE contractors at the
dig sites upload their field measurements, which become labels for retraining. The
platform runs in the company's cloud VPC; models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pipeline ILI defect detection and dig prioritisation",
    profile=tg.RiskProfile.HIGH,
    description="Flags corrosion and dents in ILI runs and ranks dig sites for integrity engineers.",
)

# ---------------------------------------------------------------- data assets
ili_run = tg.Data(
    "ILI run data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="MFL and UT signals with odometer, IMU and girth-weld positions per run.",
)
vendor_features = tg.Data(
    "Contractor preliminary feature list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The contractor's own anomaly list and run report (PDF and CSV).",
)
signal_windows = tg.Data("Signal windows", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pipe_attributes = tg.Data(
    "Pipe attributes and route",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Wall thickness, grade, MAOP, coating and GPS route of each segment.",
)
defect_flags = tg.Data(
    "Defect flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Corrosion and dent calls with depth, length and confidence per feature.",
)
dig_list = tg.Data(
    "Ranked dig list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dig_approval = tg.Data("Dig programme approval", kind="records")
promotion = tg.Data("Model promotion approval", kind="records")
field_nde = tg.Data(
    "Dig verification measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Field NDE depth and length of each excavated feature, with photos.",
)
training_set = tg.Data(
    "Labelled signal windows", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Defect model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved by the training job.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Inspection contractor", trust=tg.Trust.PARTNER):
    # Where each ILI run's data arrives: the contractor's SFTP drop.
    ili_delivery = tm.add(
        tg.DataSource(
            "ILI contractor data delivery",
            origin=tg.Origin.PARTNER,
            provides={ili_run, vendor_features},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # NDE contractor technicians upload field measurements from the dig site.
    nde_tech = tm.add(tg.Actor("NDE field technician", role="contractor"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides which digs go ahead; the model only ranks.
    engineer = tm.add(tg.Actor("Integrity engineer", role="integrity engineer"))
    # Retrains and promotes the defect model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Integrity analytics VPC", trust=tg.Trust.INTERNAL):
    # Decodes vendor formats, archives the run and cuts windows for scoring.
    ingestion = tm.add(
        tg.Pipeline(
            "ILI ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Uses the contractor's decoding library for their file format.",
            controls={c.SchemaEnforcement(note="checks the vendor data specification fields")},
        )
    )
    # Every run kept as delivered, for re-analysis and regulatory records.
    raw_archive = tm.add(
        tg.DataStore(
            "Raw ILI run archive",
            stores={ili_run, vendor_features},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.DataVersioning()},
        )
    )
    # The model under design: flags metal loss and dents in the signals.
    defect_model = tm.add(
        tg.Model(
            "Corrosion and dent detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over MFL and UT signal windows; misses leave defects undug.",
        )
    )
    # Flags and dig rankings for each run, read by the dashboard.
    findings_db = tm.add(
        tg.DataStore(
            "Integrity findings database", stores={defect_flags, dig_list, dig_approval, field_nde}
        )
    )
    # Remaining-strength calculation and ranking of dig candidates.
    prioritisation = tm.add(
        tg.Service(
            "Dig prioritisation service",
            description="B31G remaining strength against MAOP, ranked by consequence area.",
        )
    )
    # Engineers' and NDE contractors' web front end.
    dashboard = tm.add(
        tg.Endpoint(
            "Integrity engineering dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the responsible integrity engineer signs off the dig programme"
                ),
            },
        )
    )
    # Historic runs matched to dig results, for retraining.
    train_data = tm.add(tg.Dataset("Defect training set", stores={training_set}))
    # Retrains the detector when new verified digs arrive.
    training = tm.add(tg.Pipeline("Defect model training", stage=tg.Stage.TRAINING))
    # Versioned checkpoints; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

    with tm.boundary("Asset data zone", trust=tg.Trust.RESTRICTED):
        # System of record for pipe attributes and routes (critical infrastructure data).
        asset_register = tm.add(
            tg.DataStore(
                "Pipeline asset register",
                stores={pipe_attributes},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(
    ili_delivery,
    ingestion,
    ili_run,
    vendor_features,
    protocol="sftp",
    label="pulled after each run",
)
tm.flow(ingestion, raw_archive, ili_run, vendor_features)
tm.flow(ingestion, defect_model, signal_windows)
tm.flow(defect_model, findings_db, defect_flags)

tm.flow(findings_db, prioritisation, defect_flags)
tm.flow(asset_register, prioritisation, pipe_attributes)
tm.flow(raw_archive, prioritisation, vendor_features, label="contractor calls for comparison")
tm.flow(prioritisation, findings_db, dig_list)

tm.flow(findings_db, dashboard, defect_flags, dig_list)
tm.flow(dashboard, engineer, defect_flags, dig_list, protocol="https")
tm.flow(engineer, dashboard, dig_approval, protocol="https")
tm.flow(dashboard, findings_db, dig_approval, field_nde)
tm.flow(dashboard, nde_tech, dig_list, protocol="https", label="dig sheets")
tm.flow(nde_tech, dashboard, field_nde, protocol="https")

tm.flow(findings_db, train_data, field_nde, label="verified digs")
tm.flow(raw_archive, train_data, ili_run, label="matched signal windows")
tm.flow(train_data, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, defect_model, weights, label="deploy")
