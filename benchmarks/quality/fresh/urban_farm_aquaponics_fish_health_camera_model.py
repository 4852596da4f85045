"""Urban aquaponics farm: fish health camera model, the first design.

Cameras above and inside the fish tanks of a rooftop aquaponics farm stream video
to an edge gateway in the plant room. The gateway runs an in-house detector that
looks for signs of disease or stress (gasping at the surface, clustering, erratic
swimming, lesions) and, together with the dissolved-oxygen probes, raises or lowers
the blower speed on the aeration controller. Detections and readings go to the
farm's cloud account, where the farm technician sees them on a dashboard and
confirms or dismisses each one; the gateway texts alerts through an SMS provider.
Confirmed and dismissed clips become labels for a monthly retraining job whose
model is versioned in a registry and pulled down by the gateway. Controls in this
design: the blower controller firmware keeps airflow within fixed limits, the
dashboard has e-mail and password sign-in, cloud storage is encrypted with the
provider's keys, models are versioned, and traffic leaving the farm uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquaponics fish health monitoring",
    profile=tg.RiskProfile.LOW,
    description="Camera-based fish disease and stress detection that adjusts tank aeration "
    "and alerts the farm technician.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Tank video frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Continuous video of each tank from overhead and underwater cameras.",
)
readings = tg.Data(
    "Dissolved oxygen and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Fish health detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-tank stress and disease signs with confidence and bounding boxes.",
)
setpoints = tg.Data(
    "Aeration blower setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
events = tg.Data(
    "Tank events and flagged clips",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detections, readings history and short video clips around each detection.",
)
alert = tg.Data(
    "Fish health alert message",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
contact = tg.Data(
    "Technician phone number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The on-shift number, kept in the gateway's configuration.",
)
feedback = tg.Data(
    "Detection confirmations",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The technician's confirm or dismiss verdict on each detection.",
)
training_set = tg.Data(
    "Labelled tank clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Fish health model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site network", trust=tg.Trust.INTERNAL):
    # The eyes of the system: one overhead and one underwater IP camera per tank.
    cameras = tm.add(tg.Device("Tank cameras", description="PoE IP cameras on the plant-room LAN."))
    # Existing water quality probes; the model's decisions are checked against them.
    probes = tm.add(
        tg.Device(
            "Dissolved oxygen probes", description="Optical DO and temperature probes per tank."
        )
    )
    # Runs inference on site so aeration keeps working if the internet link drops.
    gateway = tm.add(
        tg.Service(
            "Edge inference gateway",
            description="Decodes camera streams, runs the detector, sets blower speed, "
            "and syncs events to the cloud.",
        )
    )
    # The detector itself, loaded by the gateway from the registry.
    model = tm.add(
        tg.Model(
            "Fish health detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned object detector for stressed or diseased fish.",
        )
    )
    # Drives the regenerative blowers that aerate the tanks.
    blower = tm.add(
        tg.Device(
            "Aeration blower controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="controller firmware clamps blower speed between 40% and 100%; "
                    "never switches the blowers off"
                )
            },
        )
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # History of readings, detections and clips; source of labels.
    event_store = tm.add(
        tg.DataStore(
            "Tank event store",
            stores={events, feedback},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the technician follows the tanks and confirms detections.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Training data built from confirmed and dismissed detections.
    dataset = tm.add(
        tg.Dataset(
            "Labelled clip dataset",
            stores={training_set},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly fine-tuning of the detector on the farm's own footage.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds each trained version; the gateway pulls the one marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends alert texts to the technician's phone.
    sms = tm.add(tg.ExternalService("SMS gateway service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The one technician on shift, usually on the farm floor with a phone.
    technician = tm.add(tg.Actor("Farm technician", role="technician"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, frames, protocol="rtsp")
tm.flow(probes, gateway, readings, protocol="modbus")
tm.flow(gateway, model, frames)
tm.flow(model, gateway, detections)
tm.flow(gateway, blower, setpoints, protocol="modbus")
tm.flow(gateway, event_store, events, protocol="https", label="event sync")
tm.flow(gateway, sms, alert, contact, protocol="https")
tm.flow(sms, technician, alert, protocol="sms")
tm.flow(event_store, dashboard, events)
tm.flow(dashboard, technician, events, protocol="https")
tm.flow(technician, dashboard, feedback, protocol="https")
tm.flow(dashboard, event_store, feedback)
tm.flow(event_store, dataset, training_set, label="monthly export")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, gateway, weights, protocol="https", label="model pull")
