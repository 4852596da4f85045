"""Brewery keg loss prediction: the first design, before any security review.

Every keg carries an RFID tag. Fixed readers on the brewery's dispatch and returns
docks scan kegs out and back in, and draymen scan kegs at each pub with handheld
readers on their delivery rounds; all scans go to a cloud ingestion API and land in
the keg tracking database. A nightly pipeline joins the scans with pub accounts,
deliveries and keg write-offs exported from the on-premises ERP, and builds
per-pub features (keg dwell time, return ratio, order volume). A classifier,
retrained monthly by the data team and kept in a model registry, scores each pub's
risk of losing or holding onto kegs. Logistics planners see the ranked list in a
planning dashboard and decide which collection runs to book in the transport
management SaaS, which sends the runs to the drivers' handhelds. Scanners use
per-device API keys over HTTPS; staff sign in with company Google Workspace SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery keg loss prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts which pubs will lose or hold onto kegs, to prompt collection runs.",
)

# ---------------------------------------------------------------- data assets
dock_scans = tg.Data(
    "Dock RFID scan events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keg tag id, dock, direction (dispatch or return), timestamp.",
)
pub_scans = tg.Data(
    "Pub handheld scan events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keg tag id, pub account, delivered or collected, handheld id, timestamp.",
)
keg_history = tg.Data(
    "Keg movement history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pub_accounts = tg.Data(
    "Pub accounts and delivery history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pub, licensee contact, tied or free trade, orders and deliveries.",
)
write_offs = tg.Data("Keg write-off records", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data("Pub keg features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
train_config = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Keg loss model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
scores = tg.Data(
    "Pub keg loss risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data("Collection run decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_request = tg.Data("Collection run booking", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_sheet = tg.Data("Collection run sheet", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Delivery rounds (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Draymen's handheld RFID readers: scan kegs in and out at each pub cellar.
    handhelds = tm.add(tg.Device("Dray handheld RFID readers", fleet=True))

with tm.boundary("Transport management SaaS", trust=tg.Trust.PARTNER):
    # Third-party route planning; turns booked collections into runs for the drivers.
    tms = tm.add(tg.ExternalService("Transport management system"))

with tm.boundary("Brewery site network", trust=tg.Trust.INTERNAL):
    # Fixed readers on the dispatch and returns docks: every keg out and back.
    dock_readers = tm.add(tg.Device("Dock RFID readers", fleet=True))
    # On-premises ERP: pub accounts, orders, deliveries and keg write-offs.
    erp = tm.add(
        tg.DataStore(
            "Brewery ERP",
            stores={pub_accounts, write_offs},
            controls={c.RBAC()},
        )
    )
    # Decides which flagged pubs get a collection run.
    planner = tm.add(tg.Actor("Logistics planner", role="planner"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Cloud analytics project", trust=tg.Trust.INTERNAL):
    # Receives scans from the dock readers and the handhelds.
    ingest = tm.add(
        tg.Endpoint(
            "Scan ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Every scan of every keg: the movement history the features come from.
    keg_db = tm.add(tg.DataStore("Keg tracking database", stores={keg_history}))
    # Nightly job: joins scans with ERP exports into per-pub features and labels.
    feature_job = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Historical features with write-off labels, for training.
    train_set = tm.add(tg.Dataset("Pub keg history training set", stores={features, write_offs}))
    # Monthly retraining, run by the data team.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps the versioned model artifacts (joblib files).
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted classifier: probability a pub loses or holds onto kegs.
    model = tm.add(
        tg.Model(
            "Keg loss model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Scores each pub account nightly; top of the list is reviewed for collection.",
        )
    )
    # Nightly batch scoring of every active pub account.
    scoring = tm.add(tg.Service("Nightly scoring job"))
    # Web dashboard listing pubs by risk; planners book collections from it.
    dashboard = tm.add(
        tg.Service(
            "Collection planning dashboard",
            controls={
                c.Authentication(method="company Google Workspace single sign-on"),
                c.HumanInTheLoop(approver="a logistics planner books each collection run"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# scans in
tm.flow(dock_readers, ingest, dock_scans, protocol="https")
tm.flow(handhelds, ingest, pub_scans, protocol="https")
tm.flow(ingest, keg_db, dock_scans, pub_scans)

# features and training
tm.flow(keg_db, feature_job, keg_history)
tm.flow(erp, feature_job, pub_accounts, write_offs, protocol="sftp", label="nightly ERP export")
tm.flow(feature_job, train_set, features, write_offs)
tm.flow(train_set, training, features, write_offs)
tm.flow(data_scientist, training, train_config, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")

# nightly scoring
tm.flow(feature_job, scoring, features, label="current features")
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, dashboard, scores)

# planning and collection
tm.flow(dashboard, planner, scores, protocol="https")
tm.flow(planner, dashboard, decision, protocol="https")
tm.flow(dashboard, tms, run_request, protocol="https")
tm.flow(tms, handhelds, run_sheet, protocol="https")
