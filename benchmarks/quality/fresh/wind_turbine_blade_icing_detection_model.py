"""Wind turbine blade icing detection: the first design, before any security review.

An onshore wind farm is crossed by public footpaths, and ice thrown from blades can
injure walkers. Turbine controllers report 10-minute SCADA data and blade vibration
summaries to the site SCADA server over OPC UA, which writes them to the historian.
An edge server at the substation builds features from the historian and a commercial
weather forecast, scores each turbine with an in-house gradient-boosted classifier,
and sends the SCADA server a stop command for footpath-zone turbines above the risk
threshold. Operators see ice alerts on a dashboard and restart turbines once a
technician has checked the blades; technicians' icing reports become labels for a
monthly retraining run in the cloud ML account. Controls: the turbines' own safety
chain, SSO with MFA and roles on the dashboard, roles on the historian, SCADA and
decision logs, backtesting before release and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind turbine blade icing detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Detects ice on turbine blades from vibration, power curve and weather data, and "
        "stops turbines near public footpaths when ice is likely."
    ),
)

# ---------------------------------------------------------------- data assets
scada_data = tg.Data(
    "10-minute SCADA data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Power output, wind speed, rotor speed, pitch and nacelle temperature.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vibration = tg.Data(
    "Blade vibration summaries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Blade-root accelerometer spectra and natural-frequency shift per blade.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly temperature, humidity, cloud base and icing index for the site.",
)
features = tg.Data("Icing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
ice_score = tg.Data("Ice risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
footpath_zones = tg.Data(
    "Footpath throw zones",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which turbines lie within ice-throw distance of a public right of way.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stop_command = tg.Data(
    "Ice stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
turbine_commands = tg.Data(
    "Turbine stop and start commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ice_alert = tg.Data("Ice alerts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
restart_request = tg.Data(
    "Restart request after inspection", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
observations = tg.Data(
    "Icing observations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Technician reports of ice seen on blades, with time and turbine.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
history = tg.Data(
    "Historical SCADA and vibration data", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Icing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM classifier saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API; the model needs forecast humidity and temperature.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Turbine network", trust=tg.Trust.RESTRICTED):
    # The turbine OEM's controller: runs the turbine and obeys SCADA stop/start commands.
    turbine = tm.add(
        tg.Device(
            "Turbine controller",
            description="One per turbine; the OEM safety chain sits beside it.",
            controls={
                c.SafetyLimits(
                    limits="OEM safety chain brakes the rotor on overspeed and on "
                    "excessive tower or blade vibration, whatever SCADA sends"
                )
            },
        )
    )
    # Blade-root accelerometers of the condition monitoring kit, wired to the controller.
    sensors = tm.add(tg.Device("Blade vibration sensors"))

with tm.boundary("Wind farm OT network", trust=tg.Trust.INTERNAL):
    # Site SCADA server from the turbine OEM: collects data and commands the turbines.
    scada = tm.add(
        tg.Service(
            "Wind farm SCADA server",
            controls={
                c.AuditLogging(note="SCADA event log of every stop and start and its source")
            },
        )
    )
    # Time-series historian that keeps the 10-minute and vibration data for years.
    historian = tm.add(
        tg.DataStore(
            "Site historian",
            stores={scada_data, vibration},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Substation edge server", trust=tg.Trust.INTERNAL):
    # Builds per-turbine features every 10 minutes from the historian and the forecast.
    feature_job = tm.add(tg.Pipeline("Icing feature pipeline", stage=tg.Stage.PREPROCESSING))
    # The icing classifier itself, loaded in-process on the edge server.
    model = tm.add(
        tg.Model(
            "Blade icing model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; probability of ice on the blades per turbine.",
        )
    )
    # Applies the threshold to footpath-zone turbines and issues the stop commands.
    ice_service = tm.add(
        tg.Service(
            "Ice risk service",
            description="Stops footpath-zone turbines whose ice risk score is above 0.6.",
            controls={c.AuditLogging(note="every score and every stop decision is logged")},
        )
    )
    # GIS extract of the turbines within throw distance of public rights of way.
    zone_map = tm.add(tg.DataStore("Footpath zone map", stores={footpath_zones}))

with tm.boundary("Control room network", trust=tg.Trust.INTERNAL):
    # Where operators watch ice alerts and restart turbines once blades are clear.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Control room operator on shift for the farm.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))
    # Site technician who inspects blades and reports ice seen.
    technician = tm.add(tg.Actor("Site technician", role="technician"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Labelled history of past winters, refreshed monthly.
    training_set = tm.add(tg.Dataset("Icing training set", stores={history, observations}))
    # Monthly retraining and backtest of the classifier.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="backtested on the logged icing events of past winters")
            },
        )
    )
    # Holds trained model versions; the edge server pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, turbine, vibration, label="wired in the nacelle")
tm.flow(turbine, scada, scada_data, vibration, protocol="opc-ua")
tm.flow(scada, turbine, turbine_commands, protocol="opc-ua")
tm.flow(scada, historian, scada_data, vibration, protocol="opc-ua")

tm.flow(historian, feature_job, scada_data, vibration, protocol="https", label="10-minute sync")
tm.flow(weather, feature_job, forecast, protocol="https")
tm.flow(feature_job, ice_service, features)
tm.flow(ice_service, model, features, protocol="local")
tm.flow(model, ice_service, ice_score, protocol="local")
tm.flow(zone_map, ice_service, footpath_zones)
tm.flow(ice_service, scada, stop_command, protocol="opc-ua")

tm.flow(ice_service, dashboard, ice_alert, protocol="https")
tm.flow(dashboard, operator, ice_alert, protocol="https")
tm.flow(operator, dashboard, restart_request, protocol="https")
tm.flow(dashboard, scada, turbine_commands, protocol="opc-ua", label="restart")
tm.flow(technician, dashboard, observations, protocol="https")

tm.flow(dashboard, training_set, observations, protocol="https")
tm.flow(historian, training_set, history, protocol="https", label="monthly export")
tm.flow(training_set, training, history, observations)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="deploy approved version")
