"""Lake safety cameras: the first design, before any security review.

An open-water swim club wants a second pair of eyes for its lifeguards. Fixed
cameras on masts along the shore stream video over a wireless bridge to a GPU
box in the clubhouse, where a swimmer detector (an open-weights model fine-tuned
on the club's own footage) tracks every swimmer. An alert service raises an
alert when a tracked swimmer stops moving for longer than a set time or drifts
outside the buoyed course; alerts go through a push service to the lifeguards'
phones with a still and a position on the lake map. Lifeguards mark each alert
real or false; those verdicts and the clips are uploaded weekly to the club's
cloud account, where a volunteer retrains the detector, checks it on held-out
incident clips and copies the new version to the clubhouse. The safety officer
sets the course and thresholds on a clubhouse dashboard. Clips are deleted
after 30 days, and a lost camera or stalled detector alerts every lifeguard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lake safety camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Shore cameras and a swimmer detector alert lifeguards to swimmers "
    "who stop moving or leave the course.",
)

# ---------------------------------------------------------------- data assets
lake_video = tg.Data(
    "Lake video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Live streams of the lake; swimmers in the water and people on the shore.",
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
tracks = tg.Data(
    "Swimmer tracks",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Track id, lake position and detection confidence per swimmer per frame.",
)
course = tg.Data(
    "Course geofence and thresholds",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Buoy positions, course polygon and the stationary-time limit.",
)
alert = tg.Data(
    "Swimmer alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Alert type, lake position, track id and a still crop of the swimmer.",
)
verdict = tg.Data(
    "Lifeguard verdict", kind="feedback", description="Alert acknowledged as real or false."
)
clips = tg.Data(
    "Alert clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Twenty seconds of video either side of each alert, with the alert record.",
)
labels = tg.Data("Alert labels", kind="labels", cia=tg.CIA(integrity="high"))
training_clips = tg.Data(
    "Labelled lake clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data("Base detector weights", format="pickle")
detector_weights = tg.Data("Swimmer detector weights", format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lakeshore masts",
    trust=tg.Trust.INTERNAL,
    description="Camera masts by the public footpath, linked to the clubhouse by a wireless bridge.",
):
    # The eyes on the lake: fixed IP cameras covering the course.
    cameras = tm.add(tg.Device("Shore cameras", fleet=True))

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Sets the course and thresholds, watches the live map, reviews incidents.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer", privileged=True))
    # Receives the camera streams, decodes frames and keeps a short rolling buffer.
    ingest = tm.add(tg.Service("Video ingest"))
    # Finds and tracks swimmers in each frame.
    detector = tm.add(
        tg.Model(
            "Swimmer detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights object detector fine-tuned on club footage, with a tracker.",
        )
    )
    # Applies the stationary-time and geofence rules to the tracks and raises alerts.
    alerter = tm.add(
        tg.Service(
            "Alert service",
            controls={
                c.FailClosed(
                    fallback="a lost camera feed or a stalled detector sends a "
                    "'system down, scan visually' alert to every lifeguard"
                )
            },
        )
    )
    # The course polygon and thresholds the alert service works from.
    config = tm.add(tg.DataStore("Course configuration", stores={course}))
    # Live map and settings for the safety officer; takes lifeguards' verdicts.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Port-forwarded so lifeguards' phones can post verdicts.",
            controls={
                c.Authentication(
                    method="safety officer: username and password; lifeguard phones: "
                    "per-phone app token issued at enrolment"
                )
            },
        )
    )
    # Clips around each alert with the lifeguard's verdict, for review and retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Alert clip store",
            stores={clips, labels},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Volunteer lifeguards on the shore and in safety kayaks.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # The lifeguards' own phones running the club's alert app.
    phones = tm.add(tg.Device("Lifeguard phones", fleet=True))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to the phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Clips and verdicts exported weekly for retraining.
    dataset = tm.add(
        tg.Dataset("Labelled clip dataset", stores={training_clips}, purpose="fine-tuning")
    )
    # Fine-tunes the detector on a rented GPU VM, run by a club volunteer.
    finetune = tm.add(
        tg.Pipeline(
            "Detector fine-tuning",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall checked on held-out incident clips")},
        )
    )
    # Versions of the detector ready to copy to the clubhouse.
    registry = tm.add(tg.ModelRegistry("Detector model bucket", stores={detector_weights}))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the base detector comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# watching the lake
tm.flow(cameras, ingest, lake_video, protocol="rtsp")
tm.flow(ingest, detector, frames)
tm.flow(detector, alerter, tracks)
tm.flow(config, alerter, course)
tm.flow(alerter, dashboard, tracks, alert, label="live map")
tm.flow(dashboard, safety_officer, tracks, alert)
tm.flow(safety_officer, dashboard, course)
tm.flow(dashboard, config, course)

# alerting lifeguards
tm.flow(alerter, push, alert, protocol="https", controls={tls})
tm.flow(push, phones, alert, protocol="https", controls={tls})
tm.flow(phones, lifeguard, alert)
tm.flow(lifeguard, phones, verdict)
tm.flow(phones, dashboard, verdict, protocol="https", controls={tls})

# keeping clips and verdicts
tm.flow(alerter, ingest, alert, label="clip trigger")
tm.flow(ingest, clip_store, clips, label="clip around each alert")
tm.flow(dashboard, clip_store, labels)
tm.flow(clip_store, dashboard, clips, labels, label="incident review")

# retraining
tm.flow(
    clip_store, dataset, training_clips, protocol="https", controls={tls}, label="weekly upload"
)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(dataset, finetune, training_clips)
tm.flow(finetune, registry, detector_weights)
tm.flow(
    registry,
    detector,
    detector_weights,
    protocol="https",
    controls={tls},
    label="copied by the volunteer",
)
