"""Pipeline corrosion analysis from in-line inspection: the first design, before review.

A gas transmission operator contracts an in-line inspection (ILI) vendor to run
magnetic flux leakage and ultrasonic tools through its pipelines. After each run
the vendor uploads the raw signal data to its delivery server, and our ingestion
pipeline pulls it over SFTP into the inspection data lake in our analytics
platform. An analysis service combines the signals with the weld tally and wall
thickness from the integrity management system (IMS) and runs an in-house model
that detects and sizes metal-loss features. Integrity engineers review the
anomaly list in a workbench, decide which features to excavate and repair, and
the dig plan goes to the IMS. Field crews send back measured depths from each
dig; these become labels for retraining. Annual integrity reports go from the
IMS to the regulator's online portal. Controls so far: corporate SSO and roles on
the workbench, encryption of the data lake, schema checks on ingest, model
evaluation before registration, and engineers sign off every dig decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pipeline corrosion in-line inspection analysis",
    profile=tg.RiskProfile.HIGH,
    description="ML detection and sizing of corrosion in ILI data, feeding dig and repair decisions.",
)

# ---------------------------------------------------------------- data assets
raw_signals = tg.Data(
    "Raw MFL and UT signal data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-run sensor recordings with odometer and inertial positioning.",
)
asset_records = tg.Data(
    "Pipeline asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Weld tally, nominal wall thickness, grade, MAOP and route geometry.",
)
anomaly_list = tg.Data(
    "Corrosion anomaly list",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Located metal-loss features with predicted depth, length and width.",
)
dig_plan = tg.Data(
    "Dig and repair plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dig_measurements = tg.Data(
    "Dig verification measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Field-measured depth and extent of excavated features.",
)
training_set = tg.Data(
    "Labelled signal patches", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Corrosion model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
integrity_report = tg.Data(
    "Regulatory integrity report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The regulator's online filing portal, where annual integrity reports are submitted.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

with tm.boundary("Field sites", trust=tg.Trust.UNTRUSTED):
    # Excavation crews measure the real defects and report back from the dig site.
    field_crew = tm.add(tg.Actor("Field dig crew", role="field technician"))

with tm.boundary("ILI vendor", trust=tg.Trust.PARTNER):
    # The inspection tools the vendor runs through our lines; they record the signals.
    ili_tool = tm.add(
        tg.Device("ILI tool", fleet=True, description="MFL and UT inspection gauges.")
    )
    # The vendor's server where each run's data is left for us to collect.
    vendor_server = tm.add(
        tg.ExternalService("Vendor data delivery server", provides="data-provider")
    )

with tm.boundary("Integrity analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls each run's data from the vendor and checks the file format.
    ingestion = tm.add(
        tg.Pipeline(
            "ILI data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor file format and run header checks")},
        )
    )
    # Keeps every run's raw signals for analysis and for building training data.
    data_lake = tm.add(
        tg.DataStore(
            "Inspection data lake",
            stores={raw_signals},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model over a whole run and aligns features to welds and wall thickness.
    analysis = tm.add(tg.Service("Inspection analysis service"))
    # The in-house model that finds and sizes metal loss; its output drives safety decisions.
    model = tm.add(
        tg.Model(
            "Corrosion detection and sizing model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="CNN over MFL/UT signal patches; predicts feature depth as % wall loss.",
        )
    )
    # Signal patches matched to dig results: the ground truth the model learns from.
    dataset = tm.add(
        tg.Dataset("Dig-verified training set", stores={training_set, dig_measurements})
    )
    # Retrains the model when enough new dig results have come in.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="sizing accuracy checked against held-out digs")},
        )
    )
    # Holds the versions of the model that the analysis service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Builds and tunes the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where engineers review anomalies and decide what to dig; field results come in here too.
    workbench = tm.add(
        tg.Service(
            "Integrity engineering workbench",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(),
                c.HumanInTheLoop(approver="integrity engineer"),
            },
        )
    )
    # The system of record for the pipeline, its anomalies, digs and repairs.
    ims = tm.add(
        tg.DataStore(
            "Integrity management system",
            stores={asset_records, anomaly_list, dig_plan, integrity_report},
            controls={c.AuditLogging()},
        )
    )
    # Decides which defects to excavate and repair, and signs the regulatory report.
    engineer = tm.add(tg.Actor("Integrity engineer", role="integrity engineer"))

# ---------------------------------------------------------------- flows
tm.flow(ili_tool, vendor_server, raw_signals, label="offloaded after the run")
tm.flow(vendor_server, ingestion, raw_signals, protocol="sftp")
tm.flow(ingestion, data_lake, raw_signals)

tm.flow(data_lake, analysis, raw_signals)
tm.flow(ims, analysis, asset_records, protocol="https")
tm.flow(analysis, model, raw_signals, label="signal patches")
tm.flow(model, analysis, anomaly_list)
tm.flow(analysis, workbench, anomaly_list, protocol="https")

tm.flow(workbench, engineer, anomaly_list, protocol="https")
tm.flow(engineer, workbench, dig_plan, protocol="https", label="selects digs and repairs")
tm.flow(workbench, ims, anomaly_list, dig_plan)
tm.flow(ims, workbench, asset_records)

tm.flow(workbench, field_crew, dig_plan, protocol="https", label="dig work packages")
tm.flow(field_crew, workbench, dig_measurements, protocol="https")

tm.flow(workbench, dataset, dig_measurements, protocol="https")
tm.flow(data_lake, dataset, training_set, label="patches at dig locations")
tm.flow(dataset, training, training_set, dig_measurements)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")

tm.flow(engineer, ims, integrity_report, label="compiles annual report")
tm.flow(ims, regulator, integrity_report, protocol="https", label="report submission")
