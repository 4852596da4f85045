"""Observatory dome weather closure model: the first design, before any security review.

The university observatory's telescope is left observing unattended on many nights.
A roof weather station (wind, gusts, humidity, rain sensor) and an all-sky camera
report to an ingest service on the observatory control network, which turns readings
and cloud images into features. An in-house classifier predicts rain or high wind in
the next fifteen minutes; when the probability passes a threshold, the closure service
commands the dome PLC over Modbus to close the shutter. Reopening is never automatic:
an operator on campus or a remote observer on the university VPN reopens it from the
control web UI, which signs people in with university SSO and Duo MFA. Readings and
images are archived, and a department astronomer retrains the model each term on the
compute cluster and copies the artifact to the model store. The PLC enforces limit
switches and the emergency stop, the closure service closes the dome if readings or
predictions stop, and it logs every command.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Observatory dome weather closure",
    profile=tg.RiskProfile.HIGH,
    description="Closes the telescope dome automatically when rain or high wind is predicted.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed, gusts, humidity, temperature and rain sensor state each 10 s.",
)
sky_images = tg.Data(
    "All-sky camera images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data("Weather features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Rain and wind prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dome_command = tg.Data(
    "Dome shutter command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dome_status = tg.Data("Dome status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Operator dome override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
closure_log = tg.Data("Dome command log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data("Weather history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data(
    "Retraining job settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Closure model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and students observing from home reach the control UI over the university VPN.
    remote_observer = tm.add(tg.Actor("Remote observer", role="observer"))

with tm.boundary("University campus network", trust=tg.Trust.INTERNAL):
    # The observatory staff member on duty, on campus.
    operator = tm.add(tg.Actor("Telescope operator", role="operator"))
    # Maintains and retrains the closure model.
    astronomer = tm.add(
        tg.Actor("Department astronomer", role="instrument scientist", privileged=True)
    )
    # Status, prediction and the reopen/close buttons.
    control_ui = tm.add(
        tg.Endpoint(
            "Dome control web UI",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO with Duo MFA")},
        )
    )

    with tm.boundary("Department compute cluster", trust=tg.Trust.INTERNAL):
        # Retrains the classifier each term on the archived history.
        training = tm.add(tg.Pipeline("Closure model retraining", stage=tg.Stage.TRAINING))
        # Shared directory the serving host copies the model file from.
        model_store = tm.add(tg.ModelRegistry("Model file store", stores={artifact}))

    with tm.boundary("Observatory control network", trust=tg.Trust.RESTRICTED):
        # Roof-mounted sensors for wind, humidity and rain.
        weather_station = tm.add(tg.Device("Weather station", fleet=False))
        # Fisheye camera imaging cloud cover over the whole sky.
        sky_camera = tm.add(tg.Device("All-sky camera", fleet=False))
        # Polls the sensors, builds features and archives everything.
        ingest = tm.add(tg.Service("Sensor ingest service"))
        # Predicts rain or high wind in the next fifteen minutes.
        closure_model = tm.add(
            tg.Model(
                "Weather closure model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; a probability above 0.6 closes the dome.",
            )
        )
        # Turns predictions and operator overrides into shutter commands.
        closure_service = tm.add(
            tg.Service(
                "Dome closure service",
                controls={
                    c.FailClosed(
                        fallback="dome closes if readings or predictions stop for 5 minutes"
                    ),
                    c.AuditLogging(note="every open and close command with its reason"),
                },
            )
        )
        # Drives the shutter and dome rotation motors.
        dome_plc = tm.add(
            tg.Device(
                "Dome PLC",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="PLC stops shutter motors at the limit switches and on the "
                        "emergency stop in the dome"
                    )
                },
            )
        )
        # Archive of readings, sky images and dome commands.
        history_store = tm.add(
            tg.DataStore("Weather history archive", stores={history, closure_log})
        )

# ---------------------------------------------------------------- flows
# Sensing and prediction
tm.flow(weather_station, ingest, readings, protocol="modbus-tcp")
tm.flow(sky_camera, ingest, sky_images, protocol="http")
tm.flow(ingest, closure_model, features)
tm.flow(closure_model, closure_service, prediction)
tm.flow(ingest, history_store, history, label="readings and images")

# Actuation
tm.flow(closure_service, dome_plc, dome_command, protocol="modbus-tcp")
tm.flow(dome_plc, closure_service, dome_status, protocol="modbus-tcp")
tm.flow(closure_service, history_store, closure_log)

# People
tm.flow(closure_service, control_ui, dome_status, prediction)
tm.flow(control_ui, closure_service, override, label="reopen or close")
tm.flow(operator, control_ui, override, protocol="https")
tm.flow(control_ui, operator, dome_status, prediction, protocol="https")
tm.flow(remote_observer, control_ui, override, protocol="https", label="over university VPN")
tm.flow(control_ui, remote_observer, dome_status, prediction, protocol="https")

# Retraining
tm.flow(history_store, training, history, protocol="nfs")
tm.flow(astronomer, training, training_config, protocol="ssh")
tm.flow(training, model_store, artifact)
tm.flow(model_store, closure_model, artifact, protocol="scp", label="manual deploy")
