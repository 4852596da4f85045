"""Smart building HVAC optimizer: the first design, before any security review.

A commercial property company runs 40 office buildings. Every 15 minutes an
optimizer in our cloud project predicts each zone's thermal load from occupancy
sensor counts, building telemetry, weather forecasts and day-ahead energy prices,
and chooses heating, cooling and ventilation setpoints. The setpoints travel to an
on-site gateway in each building, which writes them to the building management
system (BMS) over BACnet; no person approves them. Per-building models are
retrained weekly and promoted from a model registry by an ML engineer. Facility
managers watch their buildings on a web dashboard and can override setpoints.
Controls: gateways connect to the cloud with per-device certificates (mTLS),
telemetry is schema-checked, setpoints are clamped to comfort bands, models are
versioned, and the dashboard uses the corporate SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart building HVAC optimizer",
    profile=tg.RiskProfile.HIGH,
    description="ML setpoint optimisation for 40 office buildings, written to each BMS on site.",
)

# ---------------------------------------------------------------- data assets
occupancy = tg.Data(
    "Occupancy counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="People counts per zone; show when floors and buildings are empty.",
)
bms_telemetry = tg.Data(
    "BMS telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone temperatures, CO2, valve and damper positions, plant status.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
prices = tg.Data(
    "Energy tariffs and day-ahead prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
features = tg.Data(
    "Building features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
model_artifact = tg.Data(
    "Thermal model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Per-building LightGBM models saved with joblib.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
load_forecast = tg.Data(
    "Thermal load forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Heating, cooling and ventilation setpoints per zone and air handler.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Manual setpoint override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint_history = tg.Data(
    "Setpoint and override history",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
building_status = tg.Data(
    "Building status view",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Current temperatures, occupancy, setpoints and energy use per building.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Managers use the dashboard from laptops and phones, on site and away.
    manager = tm.add(tg.Actor("Facility manager", role="facility manager", privileged=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial hourly forecast API, per building location.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Energy supplier", trust=tg.Trust.PARTNER):
    # The supplier's feed of our contract tariffs and day-ahead market prices.
    price_feed = tm.add(
        tg.DataSource("Energy price feed", origin=tg.Origin.PARTNER, provides={prices})
    )

with tm.boundary("Building OT network", trust=tg.Trust.INTERNAL):
    # Ceiling people counters in each zone; one building stands for all 40.
    sensors = tm.add(tg.Device("Occupancy sensors", fleet=True))
    # Vendor-installed BMS controlling boilers, chillers and air handlers.
    bms = tm.add(tg.Service("Building management system"))
    # Small industrial PC on site bridging the BMS and sensors to the cloud.
    gateway = tm.add(
        tg.Service(
            "On-site gateway",
            description="Collects telemetry, receives setpoints, writes them to the BMS.",
        )
    )

with tm.boundary("Optimizer cloud project", trust=tg.Trust.INTERNAL):
    # Receives gateway messages and the external feeds.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="gateway messages checked against a JSON schema")},
        )
    )
    # Time-series history and the latest feature values per building.
    feature_store = tm.add(tg.FeatureStore("Building time-series store", stores={features}))
    # Weekly retraining of the per-building thermal models.
    training = tm.add(
        tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry; an ML engineer promotes a version to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Predicts each zone's thermal load for the next hours.
    thermal_model = tm.add(tg.Model("Thermal load model", task=tg.Task.REGRESSOR))
    # Runs the optimisation every 15 minutes and applies manager overrides.
    optimizer = tm.add(
        tg.Service(
            "Setpoint optimizer",
            controls={c.OutputFiltering(note="setpoints clamped to per-zone comfort bands")},
        )
    )
    # What was sent to which building, and who overrode what.
    history_db = tm.add(tg.DataStore("Setpoint history database", stores={setpoint_history}))
    # Public web dashboard for facility managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Facility dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns training and approves model releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on site
tm.flow(sensors, gateway, occupancy, protocol="mqtt")
tm.flow(bms, gateway, bms_telemetry, protocol="bacnet")
tm.flow(gateway, bms, setpoints, protocol="bacnet", label="write setpoints")

# site to cloud and external feeds
tm.flow(gateway, ingestion, occupancy, bms_telemetry, protocol="mtls")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(price_feed, ingestion, prices, protocol="https")
tm.flow(ingestion, feature_store, features)

# training and release
tm.flow(feature_store, training, features, label="history")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promote version")
tm.flow(registry, thermal_model, model_artifact, label="deploy")

# optimisation loop
tm.flow(feature_store, optimizer, features, label="latest values")
tm.flow(optimizer, thermal_model, features)
tm.flow(thermal_model, optimizer, load_forecast)
tm.flow(optimizer, gateway, setpoints, protocol="mtls", label="every 15 minutes")
tm.flow(optimizer, history_db, setpoint_history)

# dashboard and overrides
tm.flow(manager, dashboard, override, protocol="https")
tm.flow(dashboard, manager, building_status, protocol="https")
tm.flow(dashboard, optimizer, override)
tm.flow(feature_store, dashboard, features, label="current conditions")
tm.flow(history_db, dashboard, setpoint_history)
