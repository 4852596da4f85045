"""Lambing camera alerts: the first design, before any security review.

Sheep farmers who subscribe put IP cameras over their lambing pens. The cameras
stream over the farm's Wi-Fi to a small edge box that we ship and install in the
shed; the box runs our ewe-distress detector on every frame at night, keeps a short
clip buffer, and posts an alert with a clip to our cloud alert API when a ewe looks
in difficulty (long straining, a malpresented lamb, a cast ewe). The API pushes a
notification to the farmer's phone app through the mobile push provider; the
farmer opens the clip and acknowledges. Flagged clips are kept in the cloud, labelled
by our ML engineer and used to retrain the detector, which goes back to the boxes
by an over-the-air update the engineer approves. Farmers sign in with e-mail and
password; boxes use an API key set at install. Cloud stores are encrypted with the
provider's keys, the registry pins model versions, and a box that stops sending
heartbeats raises an "offline" push so the farmer goes back to manual checks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lambing camera alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Night-time detection of ewes in difficulty in lambing pens, alerting the farmer's phone.",
)

# ---------------------------------------------------------------- data assets
pen_video = tg.Data(
    "Pen camera video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Night-vision video of the pens; shepherds and farm staff appear in it at times.",
)
frames = tg.Data("Decoded pen video frames", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
detection = tg.Data("Ewe distress score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Lambing event clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="30-second clips around each detection, with pen number and time.",
)
alert = tg.Data(
    "Lambing alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Farm, pen number, time, distress type and a link to the clip.",
)
heartbeat = tg.Data("Edge box heartbeat", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
push = tg.Data("Alert push notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
farmer_account = tg.Data(
    "Farmer accounts and push tokens",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, farm address, password hash and phone push tokens.",
)
sign_in = tg.Data("Farmer login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Distress labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
checkpoint = tg.Data(
    "Detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
edge_model = tg.Data("Edge detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The subscriber: gets woken by the alert and decides whether to go to the shed.
    farmer = tm.add(tg.Actor("Farmer", role="farm owner"))
    # Our iOS/Android app on the farmer's own phone: shows alerts and plays clips.
    phone_app = tm.add(
        tg.Device("Farmer phone app", description="Our mobile app on the farmer's smartphone.")
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Apple/Google push delivery: the only way to wake the phone at 3 a.m.
    push_service = tm.add(tg.ExternalService("Mobile push notification service"))

with tm.boundary("Farm shed network", trust=tg.Trust.PARTNER):
    # Off-the-shelf night-vision IP cameras, one or two per row of pens, on the farm Wi-Fi.
    cameras = tm.add(
        tg.Device("Lambing pen cameras", description="Consumer IP cameras streaming RTSP.")
    )

    with tm.boundary("Edge appliance", trust=tg.Trust.INTERNAL):
        # Our box in the shed: decodes the streams, runs the detector, posts alerts.
        edge_box = tm.add(
            tg.Service(
                "Edge inference box",
                description="Small fanless PC we install in the shed; runs detection on every stream.",
            )
        )
        # The detector itself, run locally so alerts do not depend on the farm's uplink for video.
        detector = tm.add(
            tg.Model(
                "Ewe distress detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Fine-tuned object and pose detector; farmers rely on it instead of night rounds.",
                controls={
                    c.ModelValidation(
                        note="scored on held-out clips from pilot farms before release"
                    )
                },
            )
        )
        # Rolling local buffer so a clip exists even if the uplink drops.
        clip_buffer = tm.add(tg.DataStore("Edge clip buffer", stores={clips}))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives alerts from boxes, pushes notifications, serves clips to the app.
    alert_api = tm.add(
        tg.Endpoint(
            "Alert API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password for farmers; per-box API key set at install for edge boxes"
                ),
                c.FailClosed(
                    fallback="a box missing heartbeats for 5 minutes triggers an 'offline' push"
                ),
            },
        )
    )
    # Farmer accounts, farms, pens and the phones to push to.
    account_db = tm.add(
        tg.DataStore(
            "Farm account database",
            stores={farmer_account},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Clips behind every alert: shown in the app and kept for retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Cloud clip store",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labelled clips the detector is retrained on each season.
        training_set = tm.add(tg.Dataset("Labelled lambing clip set", stores={clips, labels}))
        # Fine-tunes the detector on the labelled clips.
        training = tm.add(
            tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Keeps every trained checkpoint; releases are pinned by version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )
        # Exports the approved checkpoint to ONNX and rolls it out to the edge boxes.
        ota = tm.add(
            tg.Pipeline(
                "Over-the-air model update",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="the ML engineer")},
            )
        )

with tm.boundary("Company office", trust=tg.Trust.INTERNAL):
    # Labels flagged clips and approves each detector release.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# in the shed
tm.flow(cameras, edge_box, pen_video, protocol="rtsp")
tm.flow(edge_box, detector, frames)
tm.flow(detector, edge_box, detection)
tm.flow(edge_box, clip_buffer, clips)
tm.flow(clip_buffer, edge_box, clips, label="clip for upload")

# alerting
tm.flow(edge_box, alert_api, alert, clips, protocol="https")
tm.flow(edge_box, alert_api, heartbeat, protocol="https", label="heartbeat every minute")
tm.flow(alert_api, clip_store, clips)
tm.flow(alert_api, account_db, ack)
tm.flow(account_db, alert_api, farmer_account, label="push tokens for the farm")
tm.flow(alert_api, push_service, push, protocol="https")
tm.flow(push_service, phone_app, push, protocol="https")

# the farmer and the app
tm.flow(farmer, phone_app, sign_in, ack, label="on the touchscreen")
tm.flow(phone_app, farmer, push, clips, label="on the touchscreen")
tm.flow(phone_app, alert_api, sign_in, ack, protocol="https")
tm.flow(clip_store, alert_api, clips, label="clip for the app")
tm.flow(alert_api, phone_app, alert, clips, protocol="https")

# retraining and release
tm.flow(clip_store, training_set, clips, label="weekly export of flagged clips")
tm.flow(training_set, engineer, clips, protocol="https", label="labelling tool")
tm.flow(engineer, training_set, labels, protocol="https", label="labelling tool")
tm.flow(training_set, training, clips, labels)
tm.flow(training, registry, checkpoint)
tm.flow(registry, ota, checkpoint)
tm.flow(engineer, ota, approval, protocol="https", label="approves release")
tm.flow(ota, edge_box, edge_model, protocol="https", label="over-the-air update")
tm.flow(edge_box, detector, edge_model, label="load new model")
