"""Cold-chain pharma monitoring: the first design, before any security review.

A pharmaceutical distributor fits temperature loggers in its trucks and in its
warehouse cold rooms. Each logger posts readings over a cellular link to an
ingestion endpoint on our cloud platform, which validates them against a schema
and keeps them in a time-series store. A scoring service combines the readings
with the shipment plan (synced from the ERP) and a weather forecast, asks an
in-house model how likely a temperature excursion is, and stores a risk score per
shipment. Quality specialists see the scores in a release console and decide to
release or quarantine each shipment; the decision goes back to the ERP. Customer
pharmacies log in to a portal to see the status of their shipments. The model is
retrained monthly from past readings and dispositions. Controls in this design:
per-device API keys, schema checks on ingestion, SSO with roles and an audit trail
in the console, encryption at rest in the data stores and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cold-chain pharma monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Temperature-excursion risk scores that drive release or quarantine "
    "of pharmaceutical shipments, with a status portal for customer pharmacies.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Logger id, timestamp, temperature, door-open and battery state.",
)
shipments = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Route, products, lot numbers, customer and delivery address.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Shipment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Excursion risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
disposition = tg.Data(
    "Release or quarantine decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
status = tg.Data("Shipment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
portal_login = tg.Data("Portal login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
staff_login = tg.Data("Staff SSO session", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
model_file = tg.Data(
    "Excursion model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Trucks and cold rooms",
    trust=tg.Trust.PARTNER,
    description="Loggers ride in haulier trucks and sit in warehouse cold rooms.",
):
    # The source of every reading: battery loggers with a cellular modem.
    loggers = tm.add(
        tg.Device(
            "Temperature loggers",
            fleet=True,
            description="About 4,000 loggers, each provisioned with its own API key.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at customer pharmacies who check whether their delivery is on its way or held.
    pharmacy = tm.add(tg.Actor("Pharmacy user", role="customer"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Ambient temperature along the route is a strong predictor of excursions.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Cold-chain cloud platform", trust=tg.Trust.INTERNAL):
    # Public listener the loggers post to over the cellular network.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Parses, de-duplicates and writes readings; malformed payloads are dropped.
    telemetry_pipeline = tm.add(
        tg.Pipeline("Telemetry pipeline", stage="ingestion", controls={c.SchemaEnforcement()})
    )
    # Combines readings, shipment plan and forecast and asks the model for a risk score.
    scoring = tm.add(tg.Service("Shipment scoring service"))
    # Predicts the probability of an excursion before the shipment arrives.
    model = tm.add(
        tg.Model(
            "Excursion prediction model",
            task="classifier",
            returns_scores=True,
            high_stakes=True,
            description="A score above 0.7 puts the shipment on the quality review list.",
        )
    )
    # Where quality specialists review scores and readings and record the disposition.
    console = tm.add(
        tg.Endpoint(
            "Quality release console",
            purpose="api",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(note="GDP audit trail of every disposition"),
                c.HumanInTheLoop(approver="quality specialist"),
            },
        )
    )
    # Customer-facing web portal with shipment status per pharmacy account.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose="api",
            controls={c.Authentication(method="username and password")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Time-series database of every reading, kept for the product's shelf life.
        telemetry_store = tm.add(
            tg.DataStore(
                "Telemetry store",
                stores={readings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Shipments, their risk scores and the quality decisions about them.
        shipment_db = tm.add(
            tg.DataStore(
                "Shipment database",
                stores={shipments, risk_score, disposition, status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining job on past readings and dispositions.
        training = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        # Holds every trained model; scoring loads the version marked as current.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Quality assurance staff who release or quarantine shipments.
    qa = tm.add(tg.Actor("Quality specialist", role="quality assurance"))
    # System of record for orders and stock; blocks quarantined lots.
    erp = tm.add(tg.DataSource("ERP system", origin="internal", provides={shipments}))

# ---------------------------------------------------------------- flows
tm.flow(loggers, ingest, readings, protocol="https", label="cellular upload every 5 min")
tm.flow(ingest, telemetry_pipeline, readings)
tm.flow(telemetry_pipeline, telemetry_store, readings)

tm.flow(erp, shipment_db, shipments, protocol="https", label="shipment plan sync")
tm.flow(telemetry_store, scoring, readings)
tm.flow(shipment_db, scoring, shipments)
tm.flow(weather, scoring, forecast, protocol="https")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, shipment_db, risk_score)

tm.flow(qa, console, staff_login, disposition, protocol="https")
tm.flow(console, qa, shipments, risk_score, readings, protocol="https")
tm.flow(shipment_db, console, shipments, risk_score)
tm.flow(telemetry_store, console, readings, label="trace for review")
tm.flow(console, shipment_db, disposition)
tm.flow(shipment_db, erp, disposition, protocol="https", label="release or block lot")

tm.flow(pharmacy, portal, portal_login, protocol="https")
tm.flow(portal, pharmacy, status, protocol="https")
tm.flow(shipment_db, portal, status)

tm.flow(telemetry_store, training, readings)
tm.flow(shipment_db, training, disposition, label="outcomes as labels")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load current version")
