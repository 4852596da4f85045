"""Logistics demand forecasting and route planning: the first design, before any security review.

Telematics units in the company's trucks send position, load and engine
telemetry over cellular to an IoT gateway; the order management system exports
orders nightly. An ingestion pipeline lands both in the data lake. Once a week a
batch job builds features from the lake, trains a gradient-boosted demand model,
backtests it and registers it; the same job then writes next week's forecasts
per depot and region. A route planning service combines the forecasts with open
orders and proposes routes, which dispatchers review and adjust in a dispatch
console before they are pushed back to the trucks. Everything runs in the
company's private cloud and is used only by staff. Controls in this design:
per-device certificates (mTLS) at the gateway, schema checks at ingestion, an
encrypted, role-restricted lake, a backtest gate and versioned models, SSO on the
console and dispatcher approval of every route.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Logistics demand forecast",
    profile=tg.RiskProfile.LOW,
    description="Weekly demand forecasts feeding route proposals that dispatchers approve.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Truck telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="GPS position, speed, load and engine data; traceable to a driver's shift.",
)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pick-up and delivery addresses, volumes, time windows, contact names.",
)
training_set = tg.Data(
    "Demand training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted model saved with joblib through the registry's sklearn flavour.",
)
forecasts = tg.Data(
    "Demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
proposed_routes = tg.Data("Proposed routes", kind="model-output", sensitivity="confidential")
approved_routes = tg.Data(
    "Approved routes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Truck fleet", trust=tg.Trust.UNTRUSTED, description="Public cellular network"):
    # In-cab telematics units: send telemetry, receive the day's route.
    truck = tm.add(tg.Device("Truck telematics unit", fleet=True))

with tm.boundary("Private cloud", trust=tg.Trust.INTERNAL):
    # The only component the trucks talk to.
    gateway = tm.add(
        tg.Endpoint(
            "IoT gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device X.509 certificates")},
        )
    )
    # System of record for orders, owned by the order management team.
    order_system = tm.add(
        tg.DataSource("Order management system", origin=tg.Origin.INTERNAL, provides={orders})
    )
    # Lands telemetry and the nightly order export in the lake.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects records that fail the topic schema")},
        )
    )
    # Central store for raw telemetry and orders.
    lake = tm.add(
        tg.DataStore(
            "Data lake",
            stores={telemetry, orders, training_set},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly batch: features, training, backtest, registration.
        training = tm.add(
            tg.Pipeline(
                "Weekly training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest error must beat the current model")},
            )
        )
        # Keeps every trained model version; the latest passing one is used.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Batch-scored after training to produce next week's forecasts.
        model = tm.add(tg.Model("Demand forecast model", task=tg.Task.REGRESSOR, origin="in-house"))
        # Forecast tables the planning service reads.
        forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))

    # Turns forecasts and open orders into proposed routes.
    planner = tm.add(
        tg.Service(
            "Route planning service",
            controls={c.HumanInTheLoop(approver="shift dispatcher")},
        )
    )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # Internal web UI where dispatchers review and edit proposed routes.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Reviews, adjusts and approves each day's routes.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# Telemetry and orders into the lake
tm.flow(truck, gateway, telemetry, protocol="mtls")
tm.flow(gateway, ingestion, telemetry, protocol="kafka")
tm.flow(order_system, ingestion, orders, label="nightly export")
tm.flow(ingestion, lake, telemetry, orders)

# Weekly training and forecasting
tm.flow(lake, training, telemetry, orders)
tm.flow(training, lake, training_set, label="feature snapshot")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")
tm.flow(lake, model, training_set, label="scoring features")
tm.flow(model, forecast_store, forecasts)

# Planning and dispatch
tm.flow(forecast_store, planner, forecasts)
tm.flow(order_system, planner, orders, label="open orders")
tm.flow(planner, console, proposed_routes, protocol="https")
tm.flow(console, dispatcher, proposed_routes, protocol="https")
tm.flow(dispatcher, console, approved_routes, protocol="https")
tm.flow(console, planner, approved_routes, protocol="https")
tm.flow(planner, gateway, approved_routes)
tm.flow(gateway, truck, approved_routes, protocol="mtls")
