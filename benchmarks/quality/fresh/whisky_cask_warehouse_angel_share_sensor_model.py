"""Cask loss monitoring: the first design, before any security review.

A distillery keeps maturing whisky in a bonded warehouse under excise control. Load
cells under the racked casks and humidity and temperature sensors in each bay report
over LoRaWAN to a gateway in the warehouse, which forwards the readings over MQTT
with TLS to an ingestion service in the distillery's cloud account. A nightly job
compares each cask's weight loss with the evaporation expected for its age, bay and
climate (the angel's share) using an in-house anomaly model, and writes a flag for
every cask losing spirit abnormally, whether from a leak or from theft. Flags land
on the warehouse manager's dashboard and are entered straight into the excise
ledger's irregularity log; the manager records the outcome of each investigation,
and the excise compliance officer files the monthly return with HMRC from the ledger.
The model is retrained monthly on past readings and investigation outcomes. Staff
sign in with Microsoft Entra ID and MFA; the ledger keeps an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bonded warehouse cask loss monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Sensor-driven detection of abnormal spirit loss from maturing casks, "
    "feeding the warehouse manager and the excise record.",
)

# ---------------------------------------------------------------- data assets
weight_readings = tg.Data(
    "Cask weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gross weight per cask position every 15 minutes.",
)
climate_readings = tg.Data(
    "Bay humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
telemetry = tg.Data(
    "Warehouse telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Decoded, timestamped readings for every cask position and bay.",
)
cask_records = tg.Data(
    "Cask records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cask id, fill date, fill volume, strength and warehouse position.",
)
loss_flags = tg.Data(
    "Abnormal loss flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flagged casks with the loss rate, the expected rate and an anomaly score.",
)
outcomes = tg.Data(
    "Investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Leak, theft, sampling, mis-weighing or normal, with litres of alcohol lost.",
)
ledger_entries = tg.Data(
    "Excise ledger entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Duty-suspended stock, losses and irregularities as HMRC requires them kept.",
)
excise_return = tg.Data(
    "Monthly excise return",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data("Loss model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Bonded warehouse", trust=tg.Trust.INTERNAL):
    # Load cells under each racked cask: the loss signal itself.
    load_cells = tm.add(tg.Device("Cask load cell sensors", fleet=True))
    # One per bay: evaporation depends on humidity and temperature.
    climate_sensors = tm.add(tg.Device("Bay humidity sensors", fleet=True))
    # Receives the LoRaWAN radio frames and forwards them to the cloud.
    gateway = tm.add(tg.Service("Warehouse LoRaWAN gateway"))

with tm.boundary("Distillery cloud account", trust=tg.Trust.INTERNAL):
    # Decodes sensor frames and drops malformed ones.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={c.SchemaEnforcement(note="payload decoder rejects malformed frames")},
        )
    )
    # Time-series database of all readings.
    telemetry_db = tm.add(tg.DataStore("Telemetry database", stores={telemetry}))
    # The warehouse management system's cask inventory.
    cask_register = tm.add(tg.DataStore("Cask register", stores={cask_records}))
    # Runs every night over every cask with fresh readings.
    scoring_job = tm.add(tg.Service("Nightly loss scoring job"))
    # Expected-loss regression plus anomaly scoring on the residual.
    loss_model = tm.add(
        tg.Model(
            "Cask loss anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags casks whose weight loss departs from the expected angel's "
            "share; flags start leak checks and theft investigations.",
        )
    )
    # Monthly retraining on past readings and investigation outcomes.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # MLflow registry the scoring job loads the current model from.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    # Web dashboard for the warehouse team: flags, cask history, outcomes.
    dashboard = tm.add(
        tg.Service(
            "Warehouse manager dashboard",
            controls={c.Authentication(method="Microsoft Entra ID single sign-on with MFA")},
        )
    )
    # The statutory record of duty-suspended stock and its losses.
    ledger = tm.add(
        tg.DataStore(
            "Excise ledger",
            stores={ledger_entries, loss_flags, outcomes},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

with tm.boundary("Distillery office", trust=tg.Trust.INTERNAL):
    # Decides whether a flagged cask is a leak, a theft or a false alarm.
    manager = tm.add(tg.Actor("Warehouse manager", role="warehouse manager"))
    # Keeps the excise record and files returns as the warehouse keeper's representative.
    compliance = tm.add(tg.Actor("Excise compliance officer", role="excise compliance"))

with tm.boundary("HMRC", trust=tg.Trust.PARTNER):
    # The tax authority's online service for excise warehouse returns.
    hmrc = tm.add(tg.ExternalService("HMRC excise return service"))

# ---------------------------------------------------------------- flows
tm.flow(load_cells, gateway, weight_readings, protocol="lorawan")
tm.flow(climate_sensors, gateway, climate_readings, protocol="lorawan")
tm.flow(gateway, ingestion, weight_readings, climate_readings, protocol="mqtts")
tm.flow(ingestion, telemetry_db, telemetry)

tm.flow(telemetry_db, scoring_job, telemetry, label="nightly batch")
tm.flow(cask_register, scoring_job, cask_records, label="nightly batch")
tm.flow(registry, scoring_job, weights, label="loads current model")
tm.flow(scoring_job, loss_model, telemetry, cask_records)
tm.flow(loss_model, scoring_job, loss_flags)
tm.flow(scoring_job, ledger, loss_flags, label="irregularity log")
tm.flow(scoring_job, dashboard, loss_flags)

tm.flow(telemetry_db, dashboard, telemetry, label="cask history")
tm.flow(dashboard, manager, loss_flags, telemetry, protocol="https")
tm.flow(manager, dashboard, outcomes, protocol="https")
tm.flow(dashboard, ledger, outcomes)

tm.flow(telemetry_db, training, telemetry)
tm.flow(ledger, training, outcomes)
tm.flow(cask_register, training, cask_records)
tm.flow(training, registry, weights)

tm.flow(ledger, compliance, ledger_entries, protocol="https")
tm.flow(compliance, hmrc, excise_return, protocol="https")
