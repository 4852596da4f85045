"""Alpine coaster spacing and braking control: the first design, before any security review.

A mountain alpine coaster runs single- and two-seat sledges down a 1.4 km rail track.
Position sensors at every block along the track, and a weather station at the top,
feed a sensor gateway in the valley station. An in-house model, run every 200 ms on an
edge server in the station control room, predicts when two sledges will close to an
unsafe spacing. The spacing control service turns its predictions into commands: it
tells the station dispatch controller (PLC) to hold dispatches, and tells the track
brake controller to engage the magnetic brakes of the sections ahead. The station
operator watches alerts on the HMI panel and releases holds. The PLC enforces a minimum
dispatch interval whatever the model says. Sensor events go to a historian on the park's
IT network; a training pipeline in the park's cloud account retrains the model from
them, checks it on recorded runs and publishes versions to a model registry that the
edge server pulls from. The coaster's manufacturer maintains the PLCs over a VPN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Alpine coaster spacing and braking control",
    profile=tg.RiskProfile.HIGH,
    description="Predicts unsafe sledge spacing; holds dispatches and engages track brakes.",
)

# ---------------------------------------------------------------- data assets
positions = tg.Data(
    "Sledge position readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Block passage times and speeds of each sledge, per track sensor.",
)
weather = tg.Data(
    "Weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Rain, rail temperature and wind at the top station.",
)
features = tg.Data("Spacing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Unsafe spacing prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hold_command = tg.Data(
    "Dispatch hold command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
brake_command = tg.Data(
    "Brake engage command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
brake_signal = tg.Data(
    "Brake actuation signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
brake_status = tg.Data(
    "Brake position feedback", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dispatch_events = tg.Data("Dispatch events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alerts = tg.Data(
    "Spacing alerts and hold status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
operator_release = tg.Data(
    "Operator hold release", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
event_log = tg.Data("Ride event log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
training_runs = tg.Data(
    "Recorded ride runs", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Spacing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
maintenance_session = tg.Data(
    "Remote maintenance session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Track field network", trust=tg.Trust.INTERNAL):
    # Inductive sensors at each block boundary: the only view of where sledges are.
    sensors = tm.add(
        tg.Device(
            "Track position sensors",
            description="Inductive sensors and remote I/O along the track.",
        )
    )
    # Wet or cold rails lengthen braking distances; a model input.
    weather_station = tm.add(tg.Device("Top station weather station", fleet=False))
    # Eddy-current brake fins raised into the sledges' path by pneumatic cylinders.
    brakes = tm.add(
        tg.Device(
            "Magnetic brake actuators", description="One retractable brake per track section."
        )
    )

with tm.boundary("Station control network", trust=tg.Trust.RESTRICTED):
    # Collects sensor and weather signals and turns them into per-sledge positions.
    gateway = tm.add(tg.Service("Track sensor gateway"))
    # The prediction model, on the edge server in the control room.
    model = tm.add(
        tg.Model(
            "Spacing prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted classifier: probability that a pair of sledges closes "
            "below the safe spacing within the next 10 seconds.",
        )
    )
    # Runs the model on the live features and decides hold and brake commands.
    spacing_service = tm.add(
        tg.Service(
            "Spacing control service",
            description="Above the threshold it holds dispatch; above the higher one it also engages brakes.",
            controls={c.ModelVersioning()},
        )
    )
    # The ride manufacturer's station PLC: releases sledges from the lift and station.
    station_plc = tm.add(
        tg.Service(
            "Station dispatch controller",
            controls={
                c.SafetyLimits(limits="minimum 12 s between dispatches, enforced in the PLC")
            },
        )
    )
    # PLC that drives the brake cylinders of each track section.
    brake_plc = tm.add(tg.Service("Track brake controller"))
    # Touch panel at the operator's desk in the valley station.
    hmi = tm.add(tg.Service("Operator HMI panel"))
    # Staff member who dispatches riders and watches the track.
    operator = tm.add(tg.Actor("Station operator", role="ride operator"))

with tm.boundary("Park IT network", trust=tg.Trust.INTERNAL):
    # Keeps every sensor event and command for incident investigation and training.
    historian = tm.add(tg.DataStore("Ride event historian", stores={event_log, training_runs}))

with tm.boundary("Park cloud account", trust=tg.Trust.INTERNAL):
    # Weekly retraining from recorded runs, with a replay check before publishing.
    training = tm.add(
        tg.Pipeline(
            "Spacing model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="replayed against a season of recorded runs and near misses")
            },
        )
    )
    # Versions of the model the edge server can pull.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))
    # Data scientist who owns the model and starts retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Ride manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's service desk, which maintains the ride PLCs remotely.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer remote maintenance",
            controls={c.Authentication(method="VPN username and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, positions, protocol="profinet")
tm.flow(weather_station, gateway, weather, protocol="modbus")
tm.flow(gateway, spacing_service, positions, weather, protocol="opc-ua")
tm.flow(spacing_service, model, features)
tm.flow(model, spacing_service, prediction)

tm.flow(spacing_service, station_plc, hold_command, protocol="opc-ua")
tm.flow(station_plc, spacing_service, dispatch_events, protocol="opc-ua")
tm.flow(spacing_service, brake_plc, brake_command, protocol="opc-ua")
tm.flow(brake_plc, brakes, brake_signal, label="hardwired 24 V outputs")
tm.flow(brakes, brake_plc, brake_status, label="hardwired limit switches")
tm.flow(brake_plc, spacing_service, brake_status, protocol="opc-ua")

tm.flow(spacing_service, hmi, alerts, protocol="opc-ua")
tm.flow(station_plc, hmi, dispatch_events, protocol="profinet")
tm.flow(hmi, operator, alerts, label="on the panel")
tm.flow(operator, hmi, operator_release, label="on the panel")
tm.flow(hmi, station_plc, operator_release, protocol="profinet")

tm.flow(gateway, historian, event_log, protocol="opc-ua")
tm.flow(spacing_service, historian, event_log, protocol="opc-ua")
tm.flow(historian, training, training_runs, protocol="https", label="nightly export")
tm.flow(ml_engineer, training, label="starts retraining", protocol="https")
tm.flow(training, registry, artifact, protocol="https")
tm.flow(
    registry, spacing_service, artifact, protocol="https", label="edge server pulls new version"
)

tm.flow(manufacturer, station_plc, maintenance_session, protocol="ipsec")
tm.flow(manufacturer, brake_plc, maintenance_session, protocol="ipsec")
