"""Offshore vessel fuel bunkering anomaly model: the first design, before any security review.

After each bunker delivery the chief engineer keys the tank soundings and the bunker
delivery note (BDN) figures into the onboard fuel reporting app and photographs the
note; the app uploads them to shore over the ship's VSAT link. The barge's mass
flowmeter log comes from the bunker supplier's data portal, and the fuel sample's
density and viscosity from an independent testing lab. An ingestion job in our shore
cloud joins all three in the bunkering records database; a scoring service runs an
in-house anomaly model on each delivery and writes a flag. The fleet fuel manager
reviews flags in a web dashboard (company SSO with MFA), marks them confirmed or
dismissed, and decides whether to claim against the supplier. Reviewed history feeds
a monthly retraining job; models are kept in a registry and deployed by version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore vessel fuel bunkering anomaly model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Flags short or off-spec bunker deliveries from flowmeter data, delivery notes "
        "and tank soundings for the fleet fuel manager."
    ),
)

# ---------------------------------------------------------------- data assets
flowmeter_readings = tg.Data(
    "Mass flowmeter readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-second mass, density and temperature logged by the barge's meter.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
delivery_note = tg.Data(
    "Bunker delivery note",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photo of the signed BDN plus the quantity, grade and density keyed in.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
soundings = tg.Data(
    "Tank soundings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Before and after ullage of each bunker tank, trim and list.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Fuel sample lab results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
delivery_record = tg.Data(
    "Bunkering delivery record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="One delivery joined across the meter, the note, the soundings and the lab.",
)
delivery_features = tg.Data(
    "Delivery features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
anomaly_score = tg.Data(
    "Delivery anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
anomaly_flag = tg.Data(
    "Delivery anomaly flag",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score, the features that drove it and the suspected kind of short delivery.",
)
review_outcome = tg.Data(
    "Flag review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed or dismissed, with the fuel manager's note.",
)
training_set = tg.Data(
    "Historical deliveries with outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn isolation forest and thresholds saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bunker supplier", trust=tg.Trust.PARTNER):
    # The barge's own Coriolis meter: the supplier owns and seals it, we only get its log.
    barge_meter = tm.add(
        tg.Device("Barge mass flowmeter", description="Supplier-owned meter on each bunker barge.")
    )
    # Where the supplier publishes each delivery's meter log for its customers.
    supplier_portal = tm.add(
        tg.ExternalService(
            "Supplier flowmeter data portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Per-delivery meter log downloadable with our customer API key.",
        )
    )

with tm.boundary("Fuel testing lab", trust=tg.Trust.PARTNER):
    # Independent lab that tests the MARPOL sample drawn during each delivery.
    fuel_lab = tm.add(
        tg.ExternalService(
            "Fuel testing lab",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Posts density, viscosity and water content for each sample.",
        )
    )

with tm.boundary("Vessel network", trust=tg.Trust.INTERNAL):
    # The person on board who witnesses the delivery and signs the note.
    chief_engineer = tm.add(tg.Actor("Chief engineer", role="ship's officer"))
    # The app on the engine control room PC where soundings and the note are entered.
    onboard_app = tm.add(
        tg.Device(
            "Onboard fuel reporting app",
            description="Fleet-wide app that queues uploads until the VSAT link is up.",
            controls={c.Authentication(method="per-vessel API key")},
        )
    )

with tm.boundary("Shore cloud", trust=tg.Trust.INTERNAL):
    # Pulls the meter log and lab results, receives vessel uploads, joins them per delivery.
    ingestion = tm.add(
        tg.Pipeline(
            "Bunkering data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="BDN and sounding fields checked for type and range")
            },
        )
    )
    # System of record for every delivery, flag and review.
    records_db = tm.add(
        tg.DataStore(
            "Bunkering records database",
            stores={
                flowmeter_readings,
                delivery_note,
                soundings,
                lab_results,
                delivery_record,
                anomaly_flag,
                review_outcome,
            },
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each new delivery once all its inputs have arrived.
    scoring = tm.add(
        tg.Service(
            "Delivery scoring service",
            description="Builds features for a delivery, calls the model, writes the flag.",
        )
    )
    # The model that says how unusual a delivery looks against the vessel's history.
    anomaly_model = tm.add(
        tg.Model(
            "Bunker delivery anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Flags short deliveries, density mismatch and aerated ('cappuccino') fuel.",
        )
    )
    # The fuel manager's view of flagged deliveries, where reviews are recorded.
    dashboard = tm.add(
        tg.Endpoint(
            "Fuel anomaly dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(note="fuel team role only"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Snapshot of past deliveries and their review outcomes used for retraining.
        train_data = tm.add(tg.Dataset("Delivery training set", stores={training_set}))
        # Monthly retraining of the anomaly model on reviewed history.
        training = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))
        # Holds each trained model version; the scoring service loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The user: decides whether a flagged delivery becomes a claim against the supplier.
    fuel_manager = tm.add(tg.Actor("Fleet fuel manager", role="fuel manager"))

# ---------------------------------------------------------------- flows
tm.flow(barge_meter, supplier_portal, flowmeter_readings, label="delivery log upload")
tm.flow(
    supplier_portal,
    ingestion,
    flowmeter_readings,
    protocol="https",
    label="pulled with our customer API key",
)
tm.flow(fuel_lab, ingestion, lab_results, protocol="https", label="results API")

tm.flow(chief_engineer, onboard_app, soundings, delivery_note, label="keyed in on board")
tm.flow(onboard_app, ingestion, soundings, delivery_note, protocol="https", label="over VSAT")

tm.flow(
    ingestion,
    records_db,
    flowmeter_readings,
    delivery_note,
    soundings,
    lab_results,
    delivery_record,
)
tm.flow(records_db, scoring, delivery_record)
tm.flow(scoring, anomaly_model, delivery_features)
tm.flow(anomaly_model, scoring, anomaly_score)
tm.flow(scoring, records_db, anomaly_flag)

tm.flow(records_db, dashboard, anomaly_flag, delivery_record, delivery_note)
tm.flow(dashboard, fuel_manager, anomaly_flag, delivery_record, delivery_note, protocol="https")
tm.flow(fuel_manager, dashboard, review_outcome, protocol="https")
tm.flow(dashboard, records_db, review_outcome)

tm.flow(records_db, train_data, training_set, label="monthly export")
tm.flow(train_data, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, anomaly_model, model_artifact, label="deploy pinned version")
