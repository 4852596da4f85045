"""Mushroom farm growing-room climate control agent: the first design.

A commercial mushroom farm runs a dozen growing rooms. In each room, wired sensors
measure CO2, relative humidity and air temperature; an edge gateway on the farm's
room-control network polls them over Modbus and relays the readings to the farm's
cloud tenant over MQTT with TLS and a per-gateway certificate. There, a climate
control agent (a control loop with a forecasting model, no language model) predicts
when the next flush will be ready to pick and adjusts the setpoints of the room
climate controllers, sent back down through the gateway. The agent only moves
setpoints inside the min/max limits the head grower sets per room in the grower
app. Growers get alerts on their phones through a push-notification provider and
log each flush's harvest in the app; the flush-timing model is retrained monthly
from the sensor history and the harvest log. Controls in this design: app sign-in,
TLS on the internet links, the gateway certificate, limit clamping in the agent,
audit logging of setpoint changes and the cloud database's default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mushroom farm growing-room climate control agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Automatic setpoint adjustment of growing-room climate controllers from sensor "
        "readings and a flush-timing forecast, within grower-set limits."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Room sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CO2 ppm, relative humidity and air temperature per room, every 30 s.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
controller_status = tg.Data(
    "Controller status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Active setpoints, fan and damper positions and alarms per controller.",
)
setpoints = tg.Data(
    "Climate setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="New CO2, humidity and temperature setpoints for one room's controller.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
limits = tg.Data(
    "Grower setpoint limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-room min/max for each setpoint and the crop stage, set by the head grower.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data(
    "Room climate features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling climate aggregates and days since casing for one room.",
)
forecast = tg.Data(
    "Flush timing forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted pick-ready date of the next flush per room.",
)
harvest_log = tg.Data(
    "Harvest and flush log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pick dates and kilos per room and flush, entered by growers.",
)
alert = tg.Data(
    "Grower climate alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room, reading out of range or setpoint change, and the forecast.",
)
contacts = tg.Data(
    "Grower contact details and push tokens",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Growers' names, phone numbers and app push registration tokens.",
)
dashboard = tg.Data(
    "Room dashboard view",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current readings, setpoints, forecasts and recent changes per room.",
)
artifact = tg.Data(
    "Flush timing model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gradient-boosted regressor saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Grower phones", trust=tg.Trust.UNTRUSTED):
    # The growers and head grower; they are on the farm or at home, on mobile data.
    grower = tm.add(tg.Actor("Grower", role="grower"))
    # The farm's mobile app on growers' own phones: alerts, dashboards, limits, harvest log.
    grower_app = tm.add(
        tg.Device(
            "Grower phone app",
            description="iOS/Android app on growers' personal phones.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to the phones (the platform push services behind one vendor API).
    push = tm.add(
        tg.ExternalService(
            "Push notification service",
            description="Hosted push service relaying to APNs and FCM.",
        )
    )

with tm.boundary("Farm cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend the app calls: shows rooms, takes limits and harvest entries.
    grower_api = tm.add(
        tg.Endpoint(
            "Grower app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent: runs every five minutes per room, reads the climate, asks the model for
    # the flush forecast and moves the setpoints toward the crop-stage recipe.
    agent = tm.add(
        tg.Service(
            "Climate control agent",
            description=(
                "Control loop with a flush-timing forecast; no language model. Clamps each "
                "setpoint to the grower's per-room limits before sending it."
            ),
            controls={
                c.PolicyEnforcement(
                    rules="agent clamps every setpoint to the room's grower-set min/max"
                ),
                c.AuditLogging(note="every setpoint change with the readings behind it"),
            },
        )
    )
    # Predicts when each room's next flush will be ready to pick.
    flush_model = tm.add(
        tg.Model(
            "Flush timing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Trained on the farm's own climate history and harvest log.",
        )
    )
    # Time-series store of every reading and controller status.
    history = tm.add(
        tg.DataStore(
            "Sensor history store",
            stores={readings, controller_status},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Relational store of limits, harvest log, forecasts and grower contacts.
    farm_db = tm.add(
        tg.DataStore(
            "Farm records database",
            stores={limits, harvest_log, forecast, contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Monthly retraining of the flush model from history and harvest log.
    retrain = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python job using scikit-learn and pandas from PyPI.",
        )
    )
    # Bucket holding the trained model files the agent loads.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={artifact}))

with tm.boundary("Growing room control network", trust=tg.Trust.INTERNAL):
    # CO2, humidity and temperature sensors in each growing room.
    sensors = tm.add(tg.Device("Room climate sensors", description="Wired, on RS-485 Modbus."))
    # Edge box in the plant room: polls sensors, relays to the cloud, writes setpoints.
    gateway = tm.add(
        tg.Service(
            "Room edge gateway",
            description="Industrial PC bridging Modbus to MQTT.",
        )
    )
    # Per-room climate controllers driving fans, heaters, humidifiers and fresh-air dampers.
    controllers = tm.add(
        tg.Device(
            "Room climate controllers",
            description="Take CO2, humidity and temperature setpoints over Modbus TCP.",
        )
    )

# ---------------------------------------------------------------- flows
# Readings up from the rooms
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(controllers, gateway, controller_status, protocol="modbus")
tm.flow(
    gateway,
    agent,
    readings,
    controller_status,
    protocol="mqtt over tls",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificate")},
)
tm.flow(agent, history, readings, controller_status)
tm.flow(history, agent, readings, label="recent climate window")

# Forecast and setpoints
tm.flow(farm_db, agent, limits, harvest_log, contacts)
tm.flow(agent, flush_model, features)
tm.flow(flush_model, agent, forecast)
tm.flow(agent, farm_db, forecast)
tm.flow(
    agent,
    gateway,
    setpoints,
    protocol="mqtt over tls",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificate")},
)
tm.flow(gateway, controllers, setpoints, protocol="modbus")

# Alerts to growers
tm.flow(agent, push, alert, contacts, protocol="https")
tm.flow(push, grower_app, alert, protocol="tls")

# The grower app
tm.flow(grower, grower_app, limits, harvest_log, label="on the phone screen")
tm.flow(grower_app, grower_api, limits, harvest_log, contacts, protocol="https")
tm.flow(grower_api, farm_db, limits, harvest_log, contacts)
tm.flow(farm_db, grower_api, limits, forecast, harvest_log)
tm.flow(history, grower_api, readings, controller_status)
tm.flow(grower_api, grower_app, dashboard, protocol="https")
tm.flow(grower_app, grower, alert, dashboard, label="on the phone screen")

# Retraining
tm.flow(history, retrain, readings, label="monthly export")
tm.flow(farm_db, retrain, harvest_log, label="monthly export")
tm.flow(retrain, model_bucket, artifact)
tm.flow(model_bucket, flush_model, artifact, label="load on deploy")
