"""Brewery keg tracking with RFID and a keg-loss model (first design).

A regional UK brewery owns about 40,000 RFID-tagged kegs that go out to pubs and
too often do not come back. Fixed RFID readers at the brewery's loading dock read
every keg on dispatch and return; delivery drivers read kegs with handheld
scanners when they drop full kegs and collect empties at pubs, keying in a keg
number when a tag will not read. All reads go to a scan ingestion API in the
brewery's cloud account, which keeps each keg's movements in a tracking database
alongside delivery orders and pub accounts exported nightly from the ERP.
A nightly pipeline builds a training set of past keg cycles (returned, late,
written off) and retrains a loss model; a nightly scoring job scores every keg out
in trade and writes a chase list that sales reps work through on a dashboard,
recording what each pub said. Devices use per-device API keys over HTTPS, the ERP
export comes by SFTP, the dashboard uses company SSO with MFA, and the database is
encrypted at rest with daily backups. The data analyst promotes model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery keg tracking and loss model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="RFID keg movements, nightly loss predictions and a chase list for sales.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "Dock RFID tag reads",
    kind="records",
    description="Keg tag id, reader id, dock door, direction and timestamp.",
)
delivery_scans = tg.Data(
    "Delivery scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keg id, pub account, drop or collection, GPS position, time and driver id.",
)
keyed_ids = tg.Data("Manually keyed keg numbers", kind="records")
manifest = tg.Data(
    "Delivery manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's drops: pub, address, landlord's name and mobile, kegs expected.",
)
erp_export = tg.Data(
    "Delivery orders and pub accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Orders, invoices and account contacts, many of them sole-trader landlords.",
)
keg_history = tg.Data(
    "Keg register and movement history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_data = tg.Data(
    "Keg cycle training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past keg trips with pub, days out, season and outcome label.",
)
features = tg.Data("Keg features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_artifact = tg.Data(
    "Keg loss model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", description="Marks a version as production.")
scores = tg.Data(
    "Keg loss risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
chase_list = tg.Data(
    "Chase list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per pub: overdue kegs, risk scores, landlord contact details.",
)
chase_outcomes = tg.Data(
    "Chase outcome updates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Collected, disputed by the pub, or written off; write-offs become labels.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pubs and delivery rounds", trust=tg.Trust.UNTRUSTED):
    # Our drivers, on the road and in pub cellars.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # Rugged Android handhelds with UHF RFID sleeves, one per van, syncing over 4G.
    handheld = tm.add(
        tg.Device(
            "Driver handheld RFID scanner",
            fleet=True,
            description="Buffers scans offline and syncs when it has signal.",
        )
    )

with tm.boundary("Brewery site", trust=tg.Trust.INTERNAL):
    # Fixed readers on the loading dock doors, posting reads over the site internet link.
    dock_readers = tm.add(tg.Device("Dock RFID readers", fleet=True))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Receives reads from dock readers and handhelds; hands out delivery manifests.
    ingest = tm.add(
        tg.Endpoint(
            "Scan ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device API key"),
                c.SchemaEnforcement(note="JSON schema on read events"),
            },
        )
    )
    # Turns reads into keg state (at brewery, at pub X, in van) and joins ERP orders.
    tracking = tm.add(tg.Service("Keg tracking service"))
    # System of record for kegs, movements, pub accounts and the chase list.
    tracking_db = tm.add(
        tg.DataStore(
            "Keg tracking database",
            stores={keg_history, delivery_scans, erp_export, chase_list, chase_outcomes},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="daily backups"),
            },
        )
    )
    # Nightly: extract finished keg cycles, build the training set, retrain.
    training = tm.add(tg.Pipeline("Nightly training pipeline", stage=tg.Stage.TRAINING))
    # Snapshot of past keg cycles with outcome labels.
    train_set = tm.add(tg.Dataset("Keg cycle training set", stores={training_data}))
    # MLflow registry; the production stage is what scoring loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted classifier: probability a keg is lost or held too long.
    loss_model = tm.add(
        tg.Model(
            "Keg loss model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Predicts, per keg out in trade, the chance it is lost or overdue.",
        )
    )
    # Nightly batch: features from the tracking DB, scores, ranked chase list.
    scoring = tm.add(tg.Service("Nightly scoring job"))
    # Web dashboard where sales reps work the chase list and record outcomes.
    dashboard = tm.add(
        tg.Endpoint(
            "Sales chase dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (Microsoft Entra ID) with MFA")},
        )
    )

with tm.boundary("ERP vendor", trust=tg.Trust.PARTNER):
    # Hosted ERP: orders, invoicing and pub accounts; nightly export file.
    erp = tm.add(tg.DataSource("ERP", origin=tg.Origin.PARTNER, provides={erp_export}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Sales reps chase pubs for overdue kegs.
    sales_rep = tm.add(tg.Actor("Sales rep", role="sales rep"))
    # Owns the model: features, retraining, promoting versions.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# Reads from the dock and the delivery rounds
tm.flow(dock_readers, ingest, tag_reads, protocol="https")
tm.flow(driver, handheld, keyed_ids, label="keyed in when a tag will not read")
tm.flow(handheld, ingest, delivery_scans, keyed_ids, protocol="https")
tm.flow(ingest, handheld, manifest, protocol="https")
tm.flow(handheld, driver, manifest, label="on the handheld screen")
tm.flow(ingest, tracking, tag_reads, delivery_scans, keyed_ids)
tm.flow(tracking, ingest, manifest)

# Tracking state and ERP
tm.flow(erp, tracking, erp_export, protocol="sftp", label="nightly export")
tm.flow(tracking, tracking_db, keg_history, delivery_scans, erp_export)
tm.flow(tracking_db, tracking, keg_history, erp_export)

# Training
tm.flow(tracking_db, training, keg_history, chase_outcomes, label="nightly extract")
tm.flow(training, train_set, training_data)
tm.flow(train_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(analyst, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, loss_model, model_artifact, label="loads the production version")

# Nightly scoring and chase list
tm.flow(tracking_db, scoring, keg_history, label="nightly batch")
tm.flow(scoring, loss_model, features)
tm.flow(loss_model, scoring, scores)
tm.flow(scoring, tracking_db, chase_list)

# Sales reps
tm.flow(tracking_db, dashboard, chase_list)
tm.flow(dashboard, sales_rep, chase_list, protocol="https")
tm.flow(sales_rep, dashboard, chase_outcomes, protocol="https")
tm.flow(dashboard, tracking_db, chase_outcomes)
