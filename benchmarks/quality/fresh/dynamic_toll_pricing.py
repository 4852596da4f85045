"""Dynamic toll pricing for express lanes: the first design, before any security review.

The highway operator re-prices each express-lane segment every five minutes. Loop
detectors, toll-gantry transponder readers and traffic cameras along the corridor
report over the operator's roadside fibre network to an ingestion pipeline in the
traffic management centre, which writes traffic features to a feature store. An
in-house model forecasts congestion 15-30 minutes ahead; a pricing engine turns the
forecast into a price per segment, bounded by the floor and ceiling in the toll
ordinance, and pushes it to the roadside price signs and to a public pricing API that
the operator's driver app calls. Gantry reads and the price in force go to the billing
service, which debits prepaid transponder accounts. A nightly job retrains the model
from historical features. Traffic operators can override prices from the TMC console
after corporate SSO. Account data is encrypted at rest and role-restricted; billing
keeps an audit trail; the public API is rate limited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dynamic express-lane toll pricing",
    profile=tg.RiskProfile.HIGH,
    description="Five-minute congestion-based toll pricing for express lanes, with billing.",
)

# ---------------------------------------------------------------- data assets
transponder_id = tg.Data("Transponder ID", sensitivity=tg.Sensitivity.PII, kind="records")
loop_counts = tg.Data(
    "Loop detector volume and occupancy",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gantry_reads = tg.Data(
    "Gantry transponder reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tag ID, gantry, lane and timestamp: where and when a vehicle passed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
camera_video = tg.Data(
    "Traffic camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Corridor video; licence plates are readable at close range.",
)
traffic_features = tg.Data(
    "Traffic features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Congestion forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
toll_price = tg.Data(
    "Segment toll prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
price_query = tg.Data("App price query", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
price_override = tg.Data(
    "Operator price override", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weights = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
toll_transactions = tg.Data(
    "Toll transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Transponder accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account holder, address, vehicle plates, tag IDs and prepaid balance.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public roadway", trust=tg.Trust.UNTRUSTED):
    # The tag in each customer's vehicle; it answers any reader that polls it.
    transponder = tm.add(tg.Device("Vehicle transponder", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers check current prices in the operator's app before entering the lanes.
    driver = tm.add(tg.Actor("Driver", role="motorist"))

with tm.boundary("Roadside field network", trust=tg.Trust.INTERNAL):
    # In-pavement loops give per-lane volume and occupancy every 20 seconds (NTCIP).
    loops = tm.add(tg.Device("Loop detectors", fleet=True))
    # Gantry readers identify the tag of each vehicle in the lane; used for billing and speeds.
    gantry = tm.add(tg.Device("Toll gantry readers", fleet=True))
    # Pan-tilt cameras confirm incidents and queue lengths the loops miss.
    cameras = tm.add(tg.Device("Traffic cameras", fleet=True))
    # Roadside dynamic message signs show the current price before each entry point.
    signs = tm.add(tg.Device("Roadside price signs", fleet=True))

with tm.boundary("Traffic management centre", trust=tg.Trust.INTERNAL):
    # Normalises the field feeds into five-minute features per segment.
    ingestion = tm.add(
        tg.Pipeline(
            "Sensor ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="NTCIP and gantry message schemas")},
        )
    )
    # Online features for the forecast and the history the nightly retraining reads.
    feature_store = tm.add(tg.FeatureStore("Traffic feature store", stores={traffic_features}))
    # Forecasts congestion per segment 15-30 minutes ahead.
    model = tm.add(
        tg.Model(
            "Congestion forecast model",
            task=tg.Task.REGRESSOR,
            controls={c.AnomalyDetection(note="forecast-versus-observed accuracy dashboard")},
        )
    )
    # Retrains the forecast nightly from the last 90 days of features.
    training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
    # Turns forecasts into prices, applies the ordinance bounds and operator overrides.
    pricing = tm.add(
        tg.Service(
            "Pricing engine",
            controls={
                c.TransactionLimits(
                    limit="USD 0.50 to USD 15.00 per segment, set by toll ordinance"
                )
            },
        )
    )
    # Public read-only API behind which the driver app gets current prices.
    pricing_api = tm.add(
        tg.Endpoint(
            "Public pricing API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # TMC operators watch the corridor and can override a price during incidents.
    operator = tm.add(tg.Actor("Traffic operator", role="TMC operator", privileged=True))

    with tm.boundary("Billing zone", trust=tg.Trust.RESTRICTED):
        # Prices each gantry read at the rate in force and debits the account.
        billing = tm.add(
            tg.Service("Toll billing service", controls={c.AuditLogging(retention_days=2555)})
        )
        # Customer accounts, balances and the toll transaction ledger.
        account_db = tm.add(
            tg.DataStore(
                "Account database",
                stores={accounts, toll_transactions},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(transponder, gantry, transponder_id, label="RF tag read")
tm.flow(loops, ingestion, loop_counts, protocol="snmp", label="NTCIP 1202 polling")
tm.flow(gantry, ingestion, gantry_reads, protocol="tls")
tm.flow(cameras, ingestion, camera_video, protocol="rtsp")
tm.flow(ingestion, feature_store, traffic_features)

tm.flow(feature_store, model, traffic_features, label="online features")
tm.flow(model, pricing, forecast)
tm.flow(pricing, signs, toll_price, protocol="snmp", label="NTCIP 1203 sign message")
tm.flow(pricing, pricing_api, toll_price)
tm.flow(driver, pricing_api, price_query, protocol="https")
tm.flow(pricing_api, driver, toll_price, protocol="https")

tm.flow(
    operator,
    pricing,
    price_override,
    protocol="https",
    controls={c.Authentication(method="corporate SSO")},
)
tm.flow(pricing, operator, forecast, toll_price, protocol="https", label="TMC dashboard")

tm.flow(feature_store, training, traffic_features, label="90-day history")
tm.flow(training, model, weights, label="nightly deploy")

tm.flow(ingestion, billing, gantry_reads)
tm.flow(pricing, billing, toll_price, label="price in force per interval")
tm.flow(billing, account_db, toll_transactions)
tm.flow(account_db, billing, accounts)
