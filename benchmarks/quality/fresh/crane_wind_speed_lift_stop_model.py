"""Crane wind-speed lift-stop model: the first design, before any security review.

The construction company fits an anemometer at the jib tip and load cells on the
hoist of each tower crane it runs. An edge computer in the crane's electrical cabinet
reads them over RS-485 and runs a gust model that predicts the peak gust over the
next few minutes from the anemometer and a commercial weather feed. When the
predicted gust, for the load and radius of the lift in progress, goes over the lift
plan's wind limit, the edge computer shows a stop-lift warning on a display in the
operator's cab and texts the site manager through an SMS gateway. The lift plan
system in the company's cloud sends each planned lift's load and radius. All traffic
leaves the crane through the site's 4G router; crane telemetry goes to the crane
rental company's telematics cloud over MQTT with TLS and device certificates, and
the company's data team retrains the gust model from telemetry exports. Lift plans
need SSO sign-in; models are back-tested before they are released to the cranes.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crane wind-speed lift-stop model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts gusts at tower cranes and warns the operator to stop a lift.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Anemometer wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
load_readings = tg.Data(
    "Load cell readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data(
    "Weather forecast feed",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Nowcast of wind speed and gusts for the site's grid square.",
)
lift_plan = tg.Data(
    "Planned lift load and radius",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Each planned lift's load, radius and wind limit from the lift plan.",
)
features = tg.Data("Gust model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gust_forecast = tg.Data(
    "Predicted peak gust",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data("Stop-lift warning", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert_text = tg.Data(
    "Site manager alert text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crane, predicted gust and the site manager's mobile number.",
)
telemetry = tg.Data(
    "Crane telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind, load, forecasts and warnings, once a second.",
)
training_export = tg.Data(
    "Telemetry training export",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Gust model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial weather nowcast API the model uses alongside the anemometer.
    weather = tm.add(
        tg.DataSource("Weather feed", origin=tg.Origin.VENDOR, provides={weather_forecast})
    )
    # Bulk SMS provider that texts the site manager.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))
    # The site manager, reached on a mobile phone wherever they are.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Crane rental company", trust=tg.Trust.PARTNER):
    # The rental company's telematics platform that collects data from all its cranes.
    telematics = tm.add(tg.ExternalService("Telematics cloud", provides="data-provider"))

with tm.boundary("Construction site", trust=tg.Trust.INTERNAL):
    # The site's cellular router: the only way data gets on or off the cranes.
    router = tm.add(tg.Device("Site 4G router", fleet=False))

    with tm.boundary("Tower crane", trust=tg.Trust.INTERNAL):
        # Ultrasonic anemometer at the jib tip.
        anemometer = tm.add(tg.Device("Jib anemometer", fleet=True))
        # Load cells on the hoist rope measuring the load on the hook.
        load_cells = tm.add(tg.Device("Hoist load cells", fleet=True))
        # Rugged edge computer in the crane cabinet: reads sensors, runs the model, raises warnings.
        edge = tm.add(
            tg.Service(
                "Crane edge computer",
                description="Compares the predicted gust with the current lift's wind limit.",
            )
        )
        # Gust model running on the edge computer.
        gust_model = tm.add(
            tg.Model(
                "Gust prediction model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Gradient-boosted model predicting the peak gust over the next 5 minutes.",
                controls={tg.controls.ModelValidation(note="back-tested on recorded gust events")},
            )
        )
        # Display in the operator's cab that shows wind, forecast gust and the stop-lift warning.
        cab_display = tm.add(tg.Device("Cab warning display", fleet=True))
        # The crane operator, who decides to stop or land the load.
        operator = tm.add(tg.Actor("Crane operator", role="crane operator"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Lift planning application where appointed persons write lift plans.
    lift_plans = tm.add(
        tg.Service(
            "Lift plan system",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Retrains the gust model from telemetry exports and publishes new versions.
    training = tm.add(
        tg.Pipeline(
            "Gust model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Company office", trust=tg.Trust.INTERNAL):
    # Appointed person who plans lifts and sets their wind limits.
    planner = tm.add(tg.Actor("Lift planner", role="appointed person"))

# ---------------------------------------------------------------- flows
tm.flow(anemometer, edge, wind_readings, protocol="modbus", label="RS-485")
tm.flow(load_cells, edge, load_readings, protocol="modbus", label="RS-485")

tm.flow(planner, lift_plans, lift_plan, protocol="https")
tm.flow(lift_plans, router, lift_plan, protocol="https")
tm.flow(router, edge, lift_plan, protocol="https")
tm.flow(weather, router, weather_forecast, protocol="https")
tm.flow(router, edge, weather_forecast, protocol="https")

tm.flow(edge, gust_model, features)
tm.flow(gust_model, edge, gust_forecast)
tm.flow(edge, cab_display, warning, gust_forecast)
tm.flow(cab_display, operator, warning, label="visual and audible alarm")

tm.flow(edge, router, alert_text, protocol="https")
tm.flow(router, sms_gateway, alert_text, protocol="https")
tm.flow(sms_gateway, site_manager, alert_text, protocol="sms")

mqtt_controls = {tg.controls.MutualAuthentication(note="per-crane device certificates")}
tm.flow(edge, router, telemetry, protocol="mqtts", controls=mqtt_controls)
tm.flow(router, telematics, telemetry, protocol="mqtts", controls=mqtt_controls)

tm.flow(telematics, training, training_export, protocol="https", label="weekly export")
tm.flow(training, router, model_artifact, protocol="https")
tm.flow(router, edge, model_artifact, protocol="https", label="model update")
