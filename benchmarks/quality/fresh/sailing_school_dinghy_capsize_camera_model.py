"""Dinghy capsize watch: the first design, before any security review.

A sailing school runs dinghy courses for adults and juniors in a sheltered bay.
Fixed cameras on two shoreline masts watch the training area and stream video
over a point-to-point wireless bridge to an edge box in the clubhouse. A
detector model on the edge box looks for capsized dinghies in the frames; when
it sees one, an alert service pages the safety boat crew through a radio paging
transmitter in the clubhouse, and keeps re-paging until the duty instructor
acknowledges on the shore dashboard. Short clips around each detection are kept
for 30 days so that instructors can mark false alarms and missed capsizes.
Once a week the labelled clips are uploaded to the cloud account of the ML
contractor who retrains the detector and publishes a new version, which the
edge box downloads. Controls in this design: an encrypted wireless bridge,
a shared duty-instructor login on the dashboard, an alert log, clip retention,
the contractor's evaluation before release and provider encryption in the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dinghy capsize camera watch",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Shore cameras and a detector model that spot capsized dinghies in the "
        "training area and page the safety boat crew."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Training area video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the bay; sailors, juniors included, are identifiable close in.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frames = tg.Data(
    "Decoded video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames sampled from each camera at 5 per second.",
)
detections = tg.Data(
    "Capsize detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding box, camera, position in the bay and confidence.",
)
page = tg.Data(
    "Capsize alert page",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short text: CAPSIZE, camera sector and time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data(
    "Live view and alert list",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
)
clips = tg.Data(
    "Detection clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="20-second clips around each detection, with the detector's boxes.",
)
labels = tg.Data(
    "Capsize labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructors' marks: true capsize, false alarm, missed capsize.",
)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Capsize detector weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Shoreline camera masts",
    trust=tg.Trust.INTERNAL,
    description="Two masts on the sea wall, outside the clubhouse fence.",
):
    # The eyes of the system: fixed PTZ cameras covering the whole training area.
    cameras = tm.add(
        tg.Device(
            "Shore cameras",
            fleet=True,
            description="Four IP cameras on two masts, streaming over a wireless bridge.",
        )
    )

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Pulls the camera streams, samples frames and cuts clips around detections.
    ingest = tm.add(
        tg.Service(
            "Video ingest service",
            description="Runs on the clubhouse edge box; decodes RTSP streams.",
        )
    )
    # The detector itself: fine-tuned by the contractor, run on the edge box GPU.
    detector = tm.add(
        tg.Model(
            "Capsize detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description=(
                "Object detector fine-tuned on the bay's footage; a capsized dinghy "
                "seen in 3 consecutive frames raises a detection."
            ),
        )
    )
    # Turns detections into pages, re-pages until someone acknowledges.
    alerter = tm.add(
        tg.Service(
            "Capsize alert service",
            description="Sends a page per detection and repeats every 60 s until acknowledged.",
            controls={
                c.AuditLogging(
                    retention_days=365,
                    note="every detection, page and acknowledgement, for incident review",
                )
            },
        )
    )
    # The on-site paging transmitter, plugged into the edge box.
    transmitter = tm.add(
        tg.Device(
            "Paging transmitter",
            fleet=False,
            description="On-site POCSAG paging encoder and transmitter on the clubhouse roof.",
        )
    )
    # Where the duty instructor watches the live view and acknowledges alerts.
    dashboard = tm.add(
        tg.Service(
            "Shore monitoring dashboard",
            description="Web app on the edge box, opened on the clubhouse PC and the office tablet.",
            controls={c.Authentication(method="shared duty-instructor password")},
        )
    )
    # Keeps detection clips for review and relabelling.
    clip_store = tm.add(
        tg.DataStore(
            "Detection clip store",
            stores={clips, labels},
            description="Disk on the edge box.",
            controls={c.RetentionLimits(days=30, note="clips older than 30 days are deleted")},
        )
    )
    # The instructor on shore duty for the session.
    instructor = tm.add(tg.Actor("Duty instructor", role="instructor"))

with tm.boundary(
    "Training area on the water",
    trust=tg.Trust.UNTRUSTED,
    description="The open bay and the radio airspace over it; anyone in range can listen.",
):
    # Pagers clipped to the safety boat crew's buoyancy aids.
    pagers = tm.add(tg.Device("Safety boat pagers", fleet=True))
    # Staff in the RIB who go to the capsized dinghy.
    crew = tm.add(tg.Actor("Safety boat crew", role="safety boat crew"))

with tm.boundary("ML contractor cloud account", trust=tg.Trust.PARTNER):
    # The labelled footage the detector is retrained on.
    dataset = tm.add(
        tg.Dataset(
            "Capsize training set",
            stores={training_clips, labels},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The contractor's retraining job on a rented GPU instance.
    training = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="recall and false-alarm rate checked on held-out clips before release"
                )
            },
        )
    )
    # Bucket the edge box downloads new detector versions from.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model bucket",
            stores={model_file},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The contractor's ML engineer who runs retraining and publishes versions.
    contractor = tm.add(tg.Actor("Contractor ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    cameras,
    ingest,
    video,
    protocol="rtsp",
    label="over the wireless bridge",
    controls={c.EncryptionInTransit(protocol="WPA2 point-to-point wireless bridge")},
)
tm.flow(ingest, detector, frames)
tm.flow(detector, alerter, detections)
tm.flow(alerter, transmitter, page, protocol="usb")
tm.flow(transmitter, pagers, page, protocol="pocsag")
tm.flow(pagers, crew, page)

tm.flow(ingest, dashboard, video, label="live view")
tm.flow(alerter, dashboard, detections, label="alerts")
tm.flow(dashboard, instructor, dashboard_view, protocol="http")
tm.flow(instructor, dashboard, ack, labels, protocol="http")
tm.flow(dashboard, alerter, ack, label="stops re-paging")

tm.flow(ingest, clip_store, clips)
tm.flow(clip_store, dashboard, clips, label="review")
tm.flow(dashboard, clip_store, labels)

tm.flow(clip_store, dataset, training_clips, labels, protocol="https", label="weekly upload")
tm.flow(dataset, training, training_clips, labels)
tm.flow(contractor, training, training_config, protocol="ssh")
tm.flow(training, registry, model_file)
tm.flow(registry, detector, model_file, protocol="https", label="edge box downloads new version")
