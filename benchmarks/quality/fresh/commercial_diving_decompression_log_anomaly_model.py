"""Decompression log anomaly checks for a commercial diving contractor: the first design.

After each dive the diver's dive computer is downloaded over USB at the dive station
laptop on the vessel or site, and the diver types a short post-dive report (dive
number, how they feel). The laptop uploads the bundle over the vessel's satellite
internet to an upload API in the contractor's cloud tenancy. A processing service
parses the log, compares it with the dive plan the supervisor entered, and asks an
in-house anomaly model to score the profile for missed or shortened stops, fast
ascents and ceiling violations. Flagged dives are sent to the diving supervisor by
SMS through a messaging provider and listed in a review portal, where the supervisor
records what was done (observation, recompression, false alarm). Those outcomes are
exported weekly into a labelled set that a data scientist retrains the model on.
Controls in this design: a per-laptop API key on uploads, TLS on links that leave the
dive spread, SSO with MFA and roles on the portal, format checks in the parser,
KMS encryption of the log store, and versioned models checked before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Decompression log anomaly checks",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores uploaded dive computer logs for decompression anomalies and alerts "
        "the diving supervisor."
    ),
)

# ---------------------------------------------------------------- data assets
dive_log = tg.Data(
    "Dive computer log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Depth and time samples, ascent rates, stop times and gas, per diver.",
)
post_dive_report = tg.Data(
    "Post-dive report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Diver ID, dive number and any symptoms the diver reports after surfacing.",
)
dive_plan = tg.Data(
    "Dive plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Planned depth, bottom time, decompression table and gas for each dive.",
)
dive_features = tg.Data(
    "Dive profile features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Profile features and deviations from the plan, keyed by diver and dive.",
)
anomaly_score = tg.Data(
    "Decompression anomaly score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
anomaly_alert = tg.Data(
    "Decompression anomaly alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Diver, dive number and the anomaly found, sent as a text message.",
)
flagged_dives = tg.Data("Flagged dive details", kind="records", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data(
    "Supervisor review outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirmed or false alarm, and any observation or recompression treatment.",
)
training_set = tg.Data(
    "Labelled dive profiles",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dive spread", trust=tg.Trust.INTERNAL):
    # The diver whose profile is checked; types the post-dive report at the station.
    diver = tm.add(tg.Actor("Diver", role="commercial diver"))
    # Gets the alerts and decides what happens to the diver.
    supervisor = tm.add(tg.Actor("Diving supervisor", role="diving supervisor"))
    # Each diver's own dive computer; the source of the recorded profile.
    dive_computer = tm.add(
        tg.Device(
            "Dive computer",
            description="Wrist-mounted dive computer worn by each diver as a record and backup.",
        )
    )
    # Downloads the computers and uploads the logs when the satellite link is up.
    station_laptop = tm.add(
        tg.Device(
            "Dive station laptop",
            description="Ruggedised Windows laptop at dive control running the upload client.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to the supervisor's phone offshore.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives log bundles from every dive station laptop.
    upload_api = tm.add(
        tg.Endpoint(
            "Log upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-laptop API key")},
        )
    )
    # Parses vendor log formats, joins the plan, calls the model, raises alerts.
    processor = tm.add(
        tg.Service(
            "Dive log processing service",
            description="Parses the log, derives features against the plan, scores it.",
            controls={c.SchemaEnforcement(note="rejects files not in a known computer format")},
        )
    )
    # The contractor's record of every dive, with scores and outcomes.
    log_store = tm.add(
        tg.DataStore(
            "Dive log store",
            stores={dive_log, post_dive_report, anomaly_score, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans the supervisors enter before each dive; the baseline for deviations.
    plan_db = tm.add(tg.DataStore("Dive plan database", stores={dive_plan}))
    # The detector that decides whether a dive looks unsafe.
    model = tm.add(
        tg.Model(
            "Decompression anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags missed stops, fast ascents and ceiling violations in a profile.",
        )
    )
    # Turns a flagged score into a text message for the dive's supervisor.
    alerter = tm.add(tg.Service("Alert dispatcher"))
    # Where supervisors enter plans and review flagged dives.
    portal = tm.add(
        tg.Endpoint(
            "Dive review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past dives with supervisor outcomes, to retrain on.
        labelled_set = tm.add(tg.Dataset("Labelled dive set", stores={training_set}))
        # Retrains the anomaly model when a data scientist runs it.
        retraining = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall on held-out incident dives checked")},
            )
        )
        # Holds model versions; serving loads the version marked production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Owns the model: runs retraining and promotes versions.
    data_scientist = tm.add(
        tg.Actor("Diving safety data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(dive_computer, station_laptop, dive_log, protocol="usb", label="post-dive download")
tm.flow(diver, station_laptop, post_dive_report, label="typed at the dive station")
tm.flow(
    station_laptop,
    upload_api,
    dive_log,
    post_dive_report,
    protocol="https",
    label="satellite upload",
)
tm.flow(upload_api, processor, dive_log, post_dive_report)
tm.flow(processor, log_store, dive_log, post_dive_report, anomaly_score)
tm.flow(plan_db, processor, dive_plan)
tm.flow(processor, model, dive_features)
tm.flow(model, processor, anomaly_score)
tm.flow(processor, alerter, anomaly_alert)
tm.flow(alerter, sms_gateway, anomaly_alert, protocol="https")
tm.flow(sms_gateway, supervisor, anomaly_alert, protocol="sms")

tm.flow(supervisor, portal, dive_plan, review_outcome, protocol="https")
tm.flow(portal, supervisor, flagged_dives, protocol="https")
tm.flow(portal, plan_db, dive_plan)
tm.flow(log_store, portal, flagged_dives)
tm.flow(portal, log_store, review_outcome)

tm.flow(log_store, labelled_set, training_set, label="weekly export")
tm.flow(data_scientist, retraining, training_config, protocol="https")
tm.flow(labelled_set, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="marks version production")
tm.flow(registry, model, model_artifact, label="deploy")
