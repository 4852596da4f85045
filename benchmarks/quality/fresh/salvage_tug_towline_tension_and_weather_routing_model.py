"""Salvage tug towline tension and weather routing model: the first design.

A salvage company's ocean tugs tow disabled ships to a port of refuge. On each tug
a load cell on the towing winch measures towline tension; a gateway on the bridge
collects it with the tug's position and motion and sends it ashore over the
satellite link (MQTT over TLS, each tug with its own X.509 certificate). On shore,
an ingestion service checks the readings and stores them with the tow plan that
the duty salvage master enters in the operations dashboard. A routing service
takes marine weather forecasts, asks an in-house model for the peak towline
tension expected on candidate speeds and routes, and sends a recommended speed
and route back to the tug's bridge app; the tug master decides every change. The
model is retrained from completed tows in the company's ML platform and promoted
from a versioned registry by an ML engineer. The dashboard signs staff in through
company SSO with MFA and role-based access; the operations database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salvage tug towline tension and weather routing model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts towline tension and recommends tow speed and route from weather forecasts.",
)

# ---------------------------------------------------------------- data assets
tension = tg.Data(
    "Towline tension readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
position = tg.Data(
    "Tug position and motion telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="GNSS position, heading, speed over ground, pitch and roll.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tow_plan = tg.Data(
    "Tow plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Casualty particulars, towline length and safe working load, port of refuge.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weather = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed wind, wave and swell forecast grids along the tow.",
)
route_features = tg.Data(
    "Candidate route features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
predicted = tg.Data(
    "Predicted peak towline tension", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recommendation = tg.Data(
    "Speed and route recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Master's acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Completed tow history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Tension model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tug at sea", trust=tg.Trust.INTERNAL):
    # Load cell on the towing winch drum: the measurement everything depends on.
    load_cell = tm.add(tg.Device("Towline load cell", fleet=True))
    # Bridge PC that collects the winch and navigation data and talks to shore.
    gateway = tm.add(
        tg.Service(
            "Tug telemetry gateway",
            description="Reads the load cell over Modbus and NMEA from the navigation system.",
        )
    )
    # Shows the recommended speed and route on the bridge and records the master's reply.
    bridge_app = tm.add(tg.Endpoint("Bridge advisory app", purpose=tg.EndpointPurpose.API))
    # Commands the tug; decides every speed or course change.
    tug_master = tm.add(tg.Actor("Tug master", role="master of the tug"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial marine forecast service, pulled every six hours.
    weather_svc = tm.add(
        tg.ExternalService("Marine weather provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Shore cloud", trust=tg.Trust.INTERNAL):
    # Receives tug telemetry from the satellite link and checks it before storing.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={
                c.Authentication(method="per-tug X.509 device certificates"),
                c.InputValidation(note="range and rate-of-change checks on tension"),
            },
        )
    )
    # Time series of each tow plus its tow plan and the recommendations made.
    ops_db = tm.add(
        tg.DataStore(
            "Tow operations database",
            stores={tension, position, tow_plan, recommendation, acknowledgement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Optimiser: tries candidate speeds and routes against the forecast and the model.
    router = tm.add(
        tg.Service(
            "Weather routing service",
            description="Keeps predicted peak tension under the towline safe working load.",
            controls={
                c.HumanInTheLoop(
                    approver="the tug master, who decides every speed and course change"
                )
            },
        )
    )
    # Predicts peak towline tension for a speed, heading and sea state.
    model = tm.add(
        tg.Model(
            "Towline tension model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor; a parted towline endangers both crews.",
        )
    )
    # Where the duty salvage master follows the tows and enters tow plans.
    dashboard = tm.add(
        tg.Endpoint(
            "Salvage operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Completed tows exported for training.
        dataset = tm.add(tg.Dataset("Historical tow dataset", stores={history}))
        # Retrains the tension model each month.
        training = tm.add(tg.Pipeline("Tension model training", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; serving loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Duty salvage master ashore, responsible for the whole salvage operation.
    salvage_master = tm.add(tg.Actor("Duty salvage master", role="salvage master"))
    # Maintains the model and approves its releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# telemetry from the tug
tm.flow(load_cell, gateway, tension, protocol="modbus")
tm.flow(
    gateway, ingestion, tension, position, acknowledgement, protocol="mqtts", label="satellite link"
)
tm.flow(ingestion, ops_db, tension, position, acknowledgement)

# tow plan and monitoring ashore
tm.flow(salvage_master, dashboard, tow_plan, protocol="https")
tm.flow(dashboard, salvage_master, tension, position, recommendation, protocol="https")
tm.flow(dashboard, ops_db, tow_plan)
tm.flow(ops_db, dashboard, tension, position, recommendation, acknowledgement)

# weather routing
tm.flow(weather_svc, router, weather, protocol="https")
tm.flow(ops_db, router, tension, position, tow_plan)
tm.flow(router, model, route_features)
tm.flow(model, router, predicted)
tm.flow(router, ops_db, recommendation)
tm.flow(router, gateway, recommendation, protocol="mqtts", label="satellite link")
tm.flow(gateway, bridge_app, recommendation, protocol="http")
tm.flow(bridge_app, tug_master, recommendation, label="on the bridge display")
tm.flow(tug_master, bridge_app, acknowledgement, label="on the bridge display")
tm.flow(bridge_app, gateway, acknowledgement, protocol="http")

# retraining and release
tm.flow(ops_db, dataset, history, label="export of completed tows")
tm.flow(dataset, training, history)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, release, label="approves release")
tm.flow(registry, model, artifact, label="deploy")
