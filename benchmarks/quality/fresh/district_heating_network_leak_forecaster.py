"""District heating leak forecaster: the first design, before any security review.

A district heating operator in Denmark wants to find pipe leaks before they burst.
Flow, pressure and temperature sensors at the substations report to the SCADA system
in the OT network, which writes to a process historian in the OT DMZ. On the
analytics platform a feature pipeline combines the hourly historian export with the
pipe asset register, a vendor's weather forecast and past inspection findings, and a
monthly training pipeline retrains a gradient-boosted leak model, validated by a
backtest on last season's leaks. A nightly scoring job ranks every pipe segment by
leak risk for the next 30 days; an inspection scheduler turns the ranking and crew
availability into a proposed weekly schedule. A network planner approves it in a
dashboard (corporate SSO with MFA) and the work orders go to crews' work-management
app; crews' findings come back as the next training labels. The model only advises:
nothing in this design commands valves or pumps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "District heating leak forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Forecasts pipe leaks from network sensors and schedules inspection crews; advisory only."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Network sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Flow, supply and return pressure and temperature per substation.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
assets = tg.Data(
    "Pipe asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Segment geometry, age, material, depth and leak history from the GIS.",
)
findings = tg.Data(
    "Inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Leak confirmed or not, per inspected segment, entered by the crew.",
)
features = tg.Data("Segment leak features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_examples = tg.Data(
    "Leak training examples", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Leak model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecast = tg.Data(
    "Leak risk forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="30-day leak probability per pipe segment.",
)
roster = tg.Data(
    "Crew roster and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew members' names, shifts, leave and depot.",
)
proposed = tg.Data("Proposed inspection schedule", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Inspection work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Segment, location, access notes and the assigned crew.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Substations", trust=tg.Trust.INTERNAL):
    # Existing field instrumentation; RTUs report over the private cellular APN.
    sensors = tm.add(
        tg.Device(
            "Substation flow, pressure and temperature sensors",
            fleet=True,
            description="Meters and transducers wired to an RTU at each substation.",
        )
    )

with tm.boundary("OT control network", trust=tg.Trust.RESTRICTED):
    # Existing SCADA master that polls the substation RTUs.
    scada = tm.add(tg.Service("SCADA master", description="Runs the network; unchanged."))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Time-series copy of the telemetry, the only OT source the analytics side reads.
    historian = tm.add(tg.DataStore("Process historian", stores={readings}, controls={c.RBAC()}))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Ambient temperature drives load and thermal stress on the pipes.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins telemetry, assets, weather and findings into per-segment features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="sensor ranges and gaps checked on import")},
        )
    )
    # Labelled history the model is trained on.
    dataset = tm.add(tg.Dataset("Leak training set", stores={training_examples}))
    # Monthly retrain with a backtest before a new version is registered.
    training = tm.add(
        tg.Pipeline(
            "Monthly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on last heating season's leaks")},
        )
    )
    # Versioned model artifacts.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Leak forecast model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Gradient-boosted trees: leak probability per segment over 30 days.",
        )
    )
    # Scores every segment each night.
    scoring = tm.add(tg.Service("Nightly leak scoring job"))
    # Greedy optimiser: highest-risk segments first, within crew capacity and travel time.
    scheduler = tm.add(
        tg.Service(
            "Inspection scheduler",
            description="Proposes the weekly schedule; a planner approves it.",
            controls={c.HumanInTheLoop(approver="the network planner")},
        )
    )
    # Map of risk and the proposed schedule, where the planner approves.
    dashboard = tm.add(
        tg.Endpoint(
            "Planner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # Existing systems the forecaster reads from and writes to.
    gis = tm.add(tg.DataStore("Pipe asset register (GIS)", stores={assets}))
    wms = tm.add(
        tg.DataStore(
            "Work management system",
            stores={roster, work_orders, findings},
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Owns the weekly inspection plan.
    planner = tm.add(tg.Actor("Network planner", role="planner"))

with tm.boundary("Field crews", trust=tg.Trust.UNTRUSTED):
    # Inspection crews use the work-management mobile app over the public mobile network.
    crew = tm.add(tg.Actor("Inspection crew", role="field technician"))

# ---------------------------------------------------------------- flows
# Telemetry out of OT
tm.flow(sensors, scada, readings, protocol="iec-104", label="RTU polling over private APN")
tm.flow(scada, historian, readings, protocol="opc-ua+sign-encrypt")
tm.flow(historian, feature_pipeline, readings, protocol="https", label="hourly export")

# Other inputs
tm.flow(weather_api, feature_pipeline, weather, protocol="https")
tm.flow(gis, feature_pipeline, assets, protocol="https", label="nightly sync")
tm.flow(wms, feature_pipeline, findings, protocol="https", label="nightly export")

# Training
tm.flow(feature_pipeline, dataset, training_examples)
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loaded by the scoring job")

# Scoring and scheduling
tm.flow(feature_pipeline, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, forecast)
tm.flow(scoring, scheduler, forecast)
tm.flow(scoring, dashboard, forecast)
tm.flow(wms, scheduler, roster, protocol="https")
tm.flow(scheduler, dashboard, proposed)
tm.flow(dashboard, planner, forecast, proposed, protocol="https")
tm.flow(planner, dashboard, approval, protocol="https")
tm.flow(dashboard, wms, work_orders, protocol="https")

# Field work
tm.flow(wms, crew, work_orders, protocol="https", label="mobile app")
tm.flow(crew, wms, findings, protocol="https", label="mobile app")
