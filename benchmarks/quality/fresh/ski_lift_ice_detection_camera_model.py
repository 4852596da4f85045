"""Chairlift ice detection: the first design, before any security review.

Freezing fog and rain leave rime and glaze ice on chairlift haul ropes and
sheave assemblies, and today lift mechanics check for it by eye before opening.
Fixed cameras on the lift towers and a weather station at the top station feed
an edge server in the bottom-station control room over the resort's field
network. There a vision model scores ice build-up per tower, combined with the
readings and a freezing-level forecast, and the result appears on a dashboard the
lift operators open on control-room tablets (resort directory accounts). Before
opening, towers at risk trigger an SMS alert to the duty lift supervisor, who
decides whether mechanics de-ice and inspect; the model never commands the lift.
If no fresh result exists, the dashboard marks the tower unchecked for a manual
inspection. Frames go to a cloud bucket, mechanics label them, and an ML
contractor retrains the model and publishes it as ONNX to the edge server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chairlift ice detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Camera and weather-based detection of ice on chairlift ropes and sheaves, "
        "warning lift operators before opening."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Tower camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stills of the rope and sheave train on each tower, every five minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air temperature, humidity, wind speed and direction at the top station.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Freezing-level forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_input = tg.Data(
    "Frames and weather features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
ice_scores = tg.Data(
    "Ice risk per tower",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Pre-opening ice alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection = tg.Data(
    "Inspection outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether ice was found on the tower, recorded after the physical check.",
)
labels = tg.Data(
    "Ice labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_frames = tg.Data(
    "Labelled frame set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Ice detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
training_code = tg.Data("Training code", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service API: freezing level and precipitation type for the valley.
    forecast_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Commercial SMS gateway the resort already uses for staff call-outs.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Mountain field network", trust=tg.Trust.INTERNAL):
    # PoE cameras on the lift towers, each aimed at a sheave assembly and the rope.
    cameras = tm.add(tg.Device("Tower cameras", fleet=True))
    # Existing top-station weather station, read by the edge server.
    weather_station = tm.add(tg.Device("Top station weather station", fleet=False))

with tm.boundary("Bottom station control room", trust=tg.Trust.INTERNAL):
    # Small GPU server that pulls frames and readings and runs the model.
    edge_server = tm.add(
        tg.Service(
            "Ice detection edge server",
            description="Scores every tower every five minutes from 05:00 until lifts open.",
            controls={
                c.FailClosed(
                    fallback="a tower with no fresh score is shown as unchecked and "
                    "must be inspected by a mechanic before opening"
                )
            },
        )
    )
    # The vision model: ice build-up score per tower from frames and weather.
    detector = tm.add(
        tg.Model(
            "Ice detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned image detector; a score above 0.6 marks the tower at risk.",
            controls={c.HumanInTheLoop(approver="duty lift supervisor decides on opening")},
        )
    )
    # Web dashboard served from the edge server to the control-room tablets.
    dashboard = tm.add(
        tg.Endpoint(
            "Lift operator dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="resort Active Directory username and password")},
        )
    )
    # Watches the dashboard and the alerts, and decides whether the lift opens.
    operator = tm.add(tg.Actor("Lift supervisor", role="lift operations"))
    # Checks towers, de-ices, and labels frames from the archive.
    mechanic = tm.add(tg.Actor("Lift mechanic", role="maintenance"))

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Object storage for uploaded frames and inspection outcomes.
    archive = tm.add(
        tg.DataStore(
            "Frame archive bucket",
            stores={frames, inspection},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hosted labelling tool where mechanics mark ice on archived frames.
    labelling = tm.add(tg.Pipeline("Frame labelling", stage=tg.Stage.LABELING))
    # Labelled frames used to retrain the detector.
    training_set = tm.add(tg.Dataset("Ice training set", stores={training_frames, labels}))
    # Retraining job the contractor runs before each season and mid-season.
    training = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each released model version for the edge server to pull.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("ML contractor", trust=tg.Trust.PARTNER):
    # The small computer-vision firm that built and maintains the model.
    contractor = tm.add(tg.Actor("Contractor ML engineer", role="ML engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_server, frames, protocol="rtsp")
tm.flow(weather_station, edge_server, weather, protocol="modbus")
tm.flow(forecast_api, edge_server, forecast, protocol="https")

tm.flow(edge_server, detector, model_input)
tm.flow(detector, edge_server, ice_scores)
tm.flow(edge_server, dashboard, ice_scores)
tm.flow(dashboard, operator, ice_scores, protocol="https")
tm.flow(operator, dashboard, inspection, protocol="https")
tm.flow(edge_server, sms_gateway, alert, protocol="https")
tm.flow(sms_gateway, operator, alert, protocol="sms")

tm.flow(edge_server, archive, frames, protocol="https", label="hourly upload")
tm.flow(dashboard, archive, inspection, protocol="https")
tm.flow(archive, labelling, frames, inspection)
tm.flow(mechanic, labelling, labels, protocol="https")
tm.flow(labelling, training_set, labels, training_frames)
tm.flow(training_set, training, training_frames, labels)
tm.flow(contractor, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="edge server pulls release")
