"""Parcel locker fraud detection model: the first design, before any security review.

A parcel locker operator in several EU countries scores every locker drop-off and
collection for fraud: stolen parcels, collection codes reused or shared, and
couriers marking parcels delivered that never went into a locker. Lockers send
door and keypad events over 4G to an IoT gateway in the operator's cloud; couriers
scan parcels and recipients collect them through the operator's apps; retailers
send parcel details through a partner API. A feature pipeline turns events, scans
and app activity into features; a decision service scores each event with an
in-house model and, above a threshold, suspends the collection code or the
courier's account automatically. People affected dispute through the app, and a
support team reviews disputes in a console; their outcomes become labels for the
weekly retraining. Lockers use mutual TLS with device certificates, partner and
app calls use HTTPS with API keys or app sign-in, and decisions are logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Parcel locker fraud detection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores locker drop-offs and collections for fraud and suspends collection "
        "codes or courier accounts automatically; disputes go to support."
    ),
)

# ---------------------------------------------------------------- data assets
locker_events = tg.Data(
    "Locker events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Door open and close, keypad code entries, sensor and tamper events.",
)
unlock_command = tg.Data(
    "Compartment unlock command",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cloud's answer to a code entry or courier drop-off: open compartment N or refuse.",
)
courier_scans = tg.Data(
    "Courier scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel barcode, courier id, GPS position and time of each scan.",
)
app_activity = tg.Data(
    "App activity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient and courier sign-ins, device ids, IP addresses, remote-open requests.",
)
parcel_details = tg.Data(
    "Parcel details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, phone, e-mail, chosen locker, parcel value band.",
)
collection_code = tg.Data(
    "Collection code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code and QR that opens the recipient's compartment.",
)
app_sign_in = tg.Data("App sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
retailer_api_key = tg.Data(
    "Retailer API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
parcel_records = tg.Data(
    "Parcel and account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Parcels, collection codes and their status, courier accounts and their status.",
)
fraud_features = tg.Data("Fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suspension = tg.Data(
    "Code or account suspension",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Block a collection code or suspend a courier account, with the score and reason.",
)
dispute = tg.Data(
    "Dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient or courier explanation, photos and contact details.",
)
dispute_outcome = tg.Data(
    "Dispute outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Fraud confirmed or not, used as the training label.",
)
training_data = tg.Data(
    "Fraud training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Twelve months of features joined with dispute outcomes.",
)
model_artifact = tg.Data(
    "Fraud model artifact", kind="model-artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Recipients collect parcels and can open a compartment remotely from the app.
    recipient = tm.add(tg.Actor("Recipient", role="parcel recipient"))
    # Couriers, many working for subcontracted delivery firms, scan and drop parcels.
    courier = tm.add(tg.Actor("Courier", role="courier"))

with tm.boundary("Locker sites", trust=tg.Trust.UNTRUSTED):
    # Thousands of lockers outside shops and stations, on 4G, physically reachable by anyone.
    lockers = tm.add(
        tg.Device(
            "Parcel lockers",
            fleet=True,
            description="Locker controller with keypad, QR reader and tamper sensors, on a 4G modem.",
        )
    )

with tm.boundary("Retailer systems", trust=tg.Trust.PARTNER):
    # Web shops that ship to lockers and announce each parcel by API.
    retailer = tm.add(
        tg.ExternalService(
            "Retailer order system",
            description="Each retailer's shipping integration, calling our parcel API.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Terminates the lockers' connections and relays events and unlock commands.
    iot_gateway = tm.add(
        tg.Endpoint(
            "Locker IoT gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="per-locker X.509 device certificates")},
        )
    )
    # Partner API where retailers create parcels.
    parcel_api = tm.add(
        tg.Endpoint(
            "Retailer parcel API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="per-retailer API key"),
                tg.controls.RateLimiting(requests_per_minute=600),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Backend of the courier app and the recipient app: scans, collections, disputes.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="password sign-in, SMS code when signing in on a new device"
                ),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Operational system of record: parcels, codes, courier accounts.
    parcel_db = tm.add(
        tg.DataStore(
            "Parcel and account database",
            stores={parcel_records, parcel_details, collection_code},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RBAC(),
            },
        )
    )
    # Append-only log of every locker event, courier scan and app action.
    event_store = tm.add(
        tg.DataStore("Event store", stores={locker_events, courier_scans, app_activity})
    )
    # Streams events into per-parcel, per-code and per-courier features.
    feature_pipeline = tm.add(tg.Pipeline("Fraud feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features read at decision time, and history for training.
    feature_store = tm.add(
        tg.FeatureStore("Fraud feature store", stores={fraud_features}, online=True)
    )
    # The fraud model: gradient-boosted trees over the event features.
    fraud_model = tm.add(
        tg.Model(
            "Locker fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each drop-off and collection; above 0.85 the code or courier is suspended.",
        )
    )
    # Scores every event and applies the suspension; the only automatic enforcement.
    decision_service = tm.add(
        tg.Service(
            "Fraud decision service",
            description="Calls the model per event and suspends codes or courier accounts above threshold.",
            controls={
                tg.controls.AuditLogging(retention_days=365),
                tg.controls.Contestability(
                    note="suspended users dispute in the app; support reviews"
                ),
            },
        )
    )
    # Weekly job that retrains the model on features and dispute outcomes.
    retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Where the support team works disputes and reinstates codes or accounts.
    support_console = tm.add(
        tg.Service(
            "Support console",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff who review disputes and can lift suspensions.
    support_agent = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
# parcels announced by retailers
tm.flow(retailer, parcel_api, parcel_details, retailer_api_key, protocol="https")
tm.flow(parcel_api, parcel_db, parcel_details)

# lockers, over 4G
tm.flow(lockers, iot_gateway, locker_events, protocol="mtls")
tm.flow(iot_gateway, lockers, unlock_command, protocol="mtls")
tm.flow(iot_gateway, event_store, locker_events)
tm.flow(iot_gateway, parcel_db, locker_events, label="code check")
tm.flow(parcel_db, iot_gateway, collection_code, parcel_records, label="code check result")

# people at the lockers and in the apps
tm.flow(recipient, lockers, collection_code, label="typed on the keypad")
tm.flow(courier, lockers, courier_scans, label="drop-off on the touchscreen")
tm.flow(courier, app_api, app_sign_in, courier_scans, dispute, protocol="https")
tm.flow(app_api, courier, parcel_records, protocol="https")
tm.flow(recipient, app_api, app_sign_in, app_activity, dispute, protocol="https")
tm.flow(app_api, recipient, collection_code, parcel_records, protocol="https")
tm.flow(app_api, event_store, courier_scans, app_activity)
tm.flow(app_api, parcel_db, courier_scans)
tm.flow(parcel_db, app_api, parcel_records, collection_code)
tm.flow(app_api, support_console, dispute)

# scoring and enforcement
tm.flow(event_store, feature_pipeline, locker_events, courier_scans, app_activity)
tm.flow(feature_pipeline, feature_store, fraud_features)
tm.flow(
    event_store, decision_service, locker_events, courier_scans, app_activity, label="event stream"
)
tm.flow(feature_store, decision_service, fraud_features, label="online lookup")
tm.flow(decision_service, fraud_model, fraud_features)
tm.flow(fraud_model, decision_service, fraud_score)
tm.flow(decision_service, parcel_db, suspension)

# disputes
tm.flow(support_agent, support_console, dispute_outcome, protocol="https")
tm.flow(support_console, support_agent, dispute, suspension, protocol="https")
tm.flow(parcel_db, support_console, parcel_records, suspension)
tm.flow(support_console, parcel_db, dispute_outcome, label="reinstate or confirm")

# retraining
tm.flow(feature_store, retraining, fraud_features, label="offline history")
tm.flow(parcel_db, retraining, dispute_outcome, training_data)
tm.flow(retraining, fraud_model, model_artifact, label="weekly deploy")
