"""Windmill gust warning: the first design, before any security review.

A working tower windmill is run on milling days by volunteer millers. An anemometer
on a mast at cap height and a sail speed sensor on the windshaft feed a small edge
computer in the mill, which runs a gust model locally every few seconds, together
with the regional gust forecast it fetches from the national weather service. When
the model expects a gust that would overspeed the sails, it lights a lamp and sounds
a buzzer beside the brake lever and sends a push notification to the miller's phone;
the miller decides whether to brake, as the model never touches the brake. The edge
computer uploads telemetry to our cloud tenancy, where the miller also logs each
brake application and gust, and an off-season job retrains the model on that log.
Controls in this design: a watchdog lamp for when the edge computer or model stops,
HTTPS to the cloud with a per-mill device key, e-mail and password sign-in to the
logbook, a replay test against last season's gusts before a model is released,
versioned model files, and millers trained to treat the warning as an aid only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Windmill gust warning",
    profile=tg.RiskProfile.HIGH,
    description="Warns the volunteer miller to brake the sails before dangerous gusts.",
)

# ---------------------------------------------------------------- data assets
wind = tg.Data(
    "Wind speed and direction readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sail_speed = tg.Data(
    "Sail speed readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sail revolutions per minute from the windshaft sensor.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast_request = tg.Data(
    "Forecast request",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The mill's grid square and forecast horizon.",
)
gust_forecast = tg.Data(
    "Regional gust forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
brake_warning = tg.Data(
    "Brake warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gust risk for the next few minutes and whether to brake now.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
notification = tg.Data(
    "Gust warning notification",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'Gust expected in about 2 minutes: brake the sails'.",
)
contact = tg.Data(
    "Miller contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and phone push token of the volunteer on duty.",
)
telemetry = tg.Data(
    "Mill telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind and sail readings with the warnings given, uploaded each minute.",
)
brake_log = tg.Data(
    "Brake and gust log",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="When the miller braked, the gusts they saw and any near misses.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Gust model file",
    format="onnx",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Windmill", trust=tg.Trust.INTERNAL):
    # Measures the wind the sails will meet, at cap height.
    anemometer = tm.add(
        tg.Device(
            "Cap-height anemometer",
            fleet=False,
            description="Ultrasonic anemometer on a mast beside the cap, RS-485 output.",
        )
    )
    # Measures how fast the sails are actually turning.
    sail_sensor = tm.add(
        tg.Device(
            "Sail speed sensor",
            fleet=False,
            description="Hall-effect sensor on the windshaft counting magnet passes.",
        )
    )
    # Runs the model in the mill so warnings do not depend on the internet link.
    edge = tm.add(
        tg.Service(
            "Mill edge computer",
            description="Industrial mini PC on the meal floor; scores every 5 seconds.",
            controls={
                c.FailClosed(
                    fallback="hardware watchdog lights the 'warnings offline' lamp; the "
                    "miller then brakes by the manual wind-speed rule"
                )
            },
        )
    )
    # The gust model: it only advises, the miller works the brake.
    model = tm.add(
        tg.Model(
            "Gust warning model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Predicts a dangerous gust or sail overspeed in the next 1-5 minutes.",
            controls={
                c.UserTraining(
                    note="volunteers trained that it aids, never replaces, watching the sky"
                )
            },
        )
    )
    # Lamp and buzzer beside the brake lever on the stage, where the miller works.
    panel = tm.add(tg.Device("Brake warning lamp and buzzer", fleet=False))
    # The volunteer on duty, who decides whether to brake.
    miller = tm.add(tg.Actor("Volunteer miller", role="volunteer miller"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # National weather service's open forecast API for gust forecasts.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Second channel for the warning, for when the miller is away from the brake.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives telemetry from the mill.
    telemetry_api = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-mill device key")},
        )
    )
    # History of readings, warnings and the miller's brake log.
    store = tm.add(tg.DataStore("Telemetry and logbook database", stores={telemetry, brake_log}))
    # Where millers log brake applications and look back over a milling day.
    logbook = tm.add(
        tg.Endpoint(
            "Miller logbook web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Retrains the model in the winter, when the sails are not turning.
    training = tm.add(
        tg.Pipeline(
            "Off-season retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="replayed against last season's recorded gusts")},
        )
    )
    # Holds released model files the edge computer pulls.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file store",
            stores={model_file},
            controls={c.ModelVersioning(note="each release numbered; edge keeps the previous one")},
        )
    )

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Our engineer who maintains the model and the training code.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(anemometer, edge, wind, protocol="modbus", label="RS-485")
tm.flow(sail_sensor, edge, sail_speed, label="wired pulse input")
tm.flow(edge, weather, forecast_request, protocol="https")
tm.flow(weather, edge, gust_forecast, protocol="https", label="every 15 minutes")

tm.flow(edge, model, wind, sail_speed, gust_forecast)
tm.flow(model, edge, brake_warning)
tm.flow(edge, panel, brake_warning, label="wired relay outputs")
tm.flow(panel, miller, brake_warning, label="lamp and buzzer on the stage")
tm.flow(edge, push, notification, contact, protocol="https")
tm.flow(push, miller, notification, protocol="https", label="to the miller's phone")

tm.flow(edge, telemetry_api, telemetry, protocol="https", label="each minute when online")
tm.flow(telemetry_api, store, telemetry)
tm.flow(miller, logbook, brake_log, protocol="https")
tm.flow(logbook, store, brake_log)
tm.flow(store, logbook, telemetry, brake_log)
tm.flow(logbook, miller, telemetry, brake_log, protocol="https")

tm.flow(store, training, telemetry, brake_log, label="off-season export")
tm.flow(engineer, training, training_code, protocol="https")
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, protocol="https", label="edge pulls a new release")
