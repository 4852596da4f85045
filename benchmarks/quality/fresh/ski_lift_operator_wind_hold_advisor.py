"""Ski lift wind hold advisor: the first design, before any security review.

Lift operators at the resort get advice on when to slow or hold a chairlift in
wind. Anemometers on the lift towers are wired into each lift's control system
(PLC), which publishes wind and lift telemetry over OPC UA to a data collector
on the resort IT network; readings land in a historian. An advisory service
combines recent readings with a commercial weather forecast, asks an in-house
gust model for the expected gust at each tower over the next 30 minutes, and
shows a slow/hold advisory on the operator console in the lift hut. The
operator decides and acts on the lift's own control panel; independently of
all this, the lift control system stops the lift automatically above its
design wind speed. The manufacturer reads lift data through its own VPN router
in the control cabinet, and ski patrol see lift status in a staff app. The gust
model is retrained weekly from the historian.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski lift wind hold advisor",
    profile=tg.RiskProfile.HIGH,
    description="Gust predictions per lift tower and slow/hold advisories for lift operators.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Tower anemometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed and direction per tower, once a second.",
)
lift_telemetry = tg.Data(
    "Lift telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Line speed, drive load, brake and fault states, stop events.",
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly mountain wind forecast for the resort's grid points.",
)
wind_features = tg.Data("Wind features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gust_prediction = tg.Data(
    "Gust predictions per tower",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advisory = tg.Data(
    "Hold advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Normal / slow / hold per lift, with the predicted gust and its tower.",
)
acknowledgement = tg.Data(
    "Operator acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the operator did about an advisory, and who was signed in.",
)
lift_command = tg.Data(
    "Slow and stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_status = tg.Data(
    "Lift status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running, slowed, held or stopped, with the current advisory.",
)
training_history = tg.Data(
    "Wind and stop history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
gust_model_file = tg.Data(
    "Gust model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="scikit-learn gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patrollers' own phones on the mobile network run the staff app.
    patrol_app = tm.add(tg.Device("Ski patrol app", description="Staff app on patrollers' phones."))
    # Ski patrol need to know which lifts are slowed or held before sweeping them.
    patrol = tm.add(tg.Actor("Ski patroller", role="ski patrol"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API; gives the model the wind coming over the ridge.
    forecast_api = tm.add(
        tg.ExternalService("Mountain weather forecast API", provides="data-provider")
    )

with tm.boundary("Lift manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's service centre reads lift data for maintenance contracts.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer remote service",
            description="Reads drive, brake and fault data for condition monitoring.",
        )
    )

with tm.boundary("Lift control network", trust=tg.Trust.RESTRICTED):
    # Anemometers on the towers; wired into the lift's own control system.
    anemometers = tm.add(tg.Device("Tower anemometers", fleet=True))
    # The manufacturer's PLC-based control system; its wind stop does not depend on us.
    lift_control = tm.add(
        tg.Service(
            "Lift control system PLC",
            description="Runs the drive and brakes; the operator's control panel is on it.",
            controls={
                c.SafetyLimits(
                    limits="PLC stops the lift automatically above its design wind speed"
                ),
            },
        )
    )
    # The manufacturer's cellular VPN router in the control cabinet.
    remote_gateway = tm.add(
        tg.Service(
            "Manufacturer VPN router",
            description="Supplied and managed by the manufacturer for remote service.",
        )
    )

with tm.boundary("Lift hut", trust=tg.Trust.INTERNAL):
    # The person who decides to slow or hold the lift.
    operator = tm.add(tg.Actor("Lift operator", role="lift operator"))

with tm.boundary("Resort IT network", trust=tg.Trust.INTERNAL):
    # Subscribes to the PLCs' OPC UA servers and stores what they publish.
    collector = tm.add(tg.Service("Lift data collector"))
    # Time-series store of wind readings, lift telemetry and stop events.
    historian = tm.add(
        tg.DataStore("Wind and lift historian", stores={wind_readings, lift_telemetry})
    )
    # Predicts the gust at each tower over the next 30 minutes.
    gust_model = tm.add(
        tg.Model(
            "Gust prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Per-tower gust forecast that the hold advisory is based on.",
        )
    )
    # Builds features, calls the model and turns predictions into advisories.
    advisory_service = tm.add(
        tg.Service(
            "Hold advisory service",
            controls={c.InputValidation(note="drops anemometer values outside 0-60 m/s")},
        )
    )
    # The screen in the lift hut where the operator sees and acknowledges advisories.
    console = tm.add(
        tg.Service(
            "Operator advisory console",
            controls={
                c.Authentication(method="shared lift hut PIN"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only status for the patrol app, published through the resort's reverse proxy.
    status_api = tm.add(
        tg.Endpoint(
            "Lift status API",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="resort staff accounts in Microsoft Entra ID")},
        )
    )
    # Weekly retraining from the historian; overwrites the model file in place.
    retraining = tm.add(tg.Pipeline("Weekly gust model retraining job", stage="training"))

# ---------------------------------------------------------------- flows
# Wind measurement and telemetry
tm.flow(anemometers, lift_control, wind_readings, label="wired 4-20 mA signal")
tm.flow(lift_control, collector, wind_readings, lift_telemetry, protocol="opc-ua")
tm.flow(collector, historian, wind_readings, lift_telemetry)

# Advisory
tm.flow(forecast_api, advisory_service, forecast, protocol="https")
tm.flow(historian, advisory_service, wind_readings, label="last 2 hours per tower")
tm.flow(advisory_service, gust_model, wind_features)
tm.flow(gust_model, advisory_service, gust_prediction)
tm.flow(advisory_service, console, advisory, protocol="https")
tm.flow(console, operator, advisory, label="on screen in the lift hut")
tm.flow(operator, console, acknowledgement, label="touchscreen")
tm.flow(console, advisory_service, acknowledgement, protocol="https")
tm.flow(operator, lift_control, lift_command, label="on the panel")

# Lift status for ski patrol
tm.flow(advisory_service, status_api, lift_status)
tm.flow(patrol_app, status_api, lift_status, protocol="https", label="status request")
tm.flow(status_api, patrol_app, lift_status, protocol="https")
tm.flow(patrol_app, patrol, lift_status)

# Manufacturer remote service
tm.flow(lift_control, remote_gateway, lift_telemetry, protocol="modbus")
tm.flow(remote_gateway, manufacturer, lift_telemetry, protocol="ipsec")
tm.flow(manufacturer, remote_gateway, lift_telemetry, protocol="ipsec", label="read requests")

# Retraining
tm.flow(historian, retraining, training_history)
tm.flow(retraining, gust_model, gust_model_file, label="weekly model file replace")
