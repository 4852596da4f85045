"""Dog daycare kennel webcams with behaviour alerts: the first design.

A UK dog daycare chain puts IP webcams in its play rooms and kennels. At each
site an edge gateway pulls the camera streams over the site LAN, relays them to
a cloud streaming service so that owners can watch their dog live from the
daycare app, and runs an in-house behaviour model on sampled frames to flag
fights or signs of distress. Flagged events go to a cloud alert service, which
keeps the clip and pushes an alert to the staff tablet on site; staff check the
dog and mark each alert confirmed or false, and those labels plus the clips
feed periodic retraining of the model, which is published to the gateways from
a model registry. Owners sign in to the daycare API with e-mail and password and
get signed, time-limited stream URLs for the rooms their dog is booked into
today; staff use the site tablet with a shared staff PIN. Clips are encrypted
at rest and kept 30 days. Staff and owners appear on camera, so GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dog daycare webcam behaviour alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Live kennel webcams for owners, with a model that alerts staff to fights "
    "or distress.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Kennel video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the rooms; staff and owners at drop-off are in frame.",
)
frames = tg.Data("Sampled video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detection = tg.Data(
    "Fight or distress detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Event type, room, camera and confidence.",
)
clip = tg.Data(
    "Flagged clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video around a detection.",
)
alert = tg.Data("Staff alert notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert_label = tg.Data(
    "Alert confirmation label",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Staff verdict on each alert: confirmed fight, confirmed distress or false.",
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Behaviour model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone and e-mail, dog, booked days and today's room.",
)
room_update = tg.Data("Room assignment update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
owner_login = tg.Data(
    "Owner sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
view_request = tg.Data("Live view request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stream_url = tg.Data(
    "Signed stream URL",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Time-limited token for one room's stream.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners watching from the daycare app or browser.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push service that delivers alerts to the staff tablet.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Daycare site LAN", trust=tg.Trust.INTERNAL):
    # Floor staff who supervise the dogs and respond to alerts.
    staff = tm.add(tg.Actor("Daycare staff", role="staff"))
    # Ceiling-mounted IP cameras, one or two per room.
    webcams = tm.add(tg.Device("Kennel webcams", description="Off-the-shelf IP cameras."))
    # Small GPU box per site: pulls the streams, relays them and runs the model.
    gateway = tm.add(tg.Service("Site edge gateway"))
    # In-house fight and distress detector running on the edge gateway.
    detector = tm.add(
        tg.Model(
            "Behaviour detection model",
            task="detector",
            origin="in-house",
            description="Video classifier fine-tuned on our own labelled clips.",
        )
    )
    # Shared tablet at the front desk: alerts, clips and room assignments.
    tablet = tm.add(
        tg.Device(
            "Staff tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="shared staff PIN")},
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Relays live video to owners who present a signed stream URL.
    relay = tm.add(
        tg.Service(
            "Streaming relay",
            controls={tg.controls.Authentication(method="signed time-limited stream URL")},
        )
    )
    # API behind the owner app and the staff tablet.
    api = tm.add(
        tg.Endpoint(
            "Daycare API",
            purpose="api",
            description="Issues stream URLs only for the rooms the signed-in owner's dog "
            "is booked into today.",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Owners, dogs, bookings and today's room assignments.
    booking_db = tm.add(tg.DataStore("Booking database", stores={bookings}))
    # Turns detections into alerts, keeps the clips and collects staff verdicts.
    alert_service = tm.add(
        tg.Service(
            "Alert service",
            controls={tg.controls.Authentication(method="per-site gateway API key")},
        )
    )
    # Flagged clips kept as incident evidence and for retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Clip store",
            stores={clip},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RetentionLimits(days=30),
            },
        )
    )
    # Clips with staff verdicts, used to retrain the detector.
    dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips}))
    # Periodic retraining run by the ML engineer.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage="training",
            controls={
                tg.controls.ModelValidation(
                    note="must beat the current model's recall on a held-out clip set"
                )
            },
        )
    )
    # Versioned detector artifacts that the gateways download.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
# detection on site
tm.flow(webcams, gateway, video, protocol="rtsp")
tm.flow(gateway, detector, frames, protocol="local")
tm.flow(detector, gateway, detection, protocol="local")

# owners watching live
tm.flow(gateway, relay, video, protocol="rtmps")
tm.flow(owner, api, owner_login, view_request, protocol="https")
tm.flow(api, booking_db, view_request, label="booking lookup")
tm.flow(booking_db, api, bookings)
tm.flow(api, owner, stream_url, bookings, protocol="https")
tm.flow(owner, relay, stream_url, protocol="https")
tm.flow(relay, owner, video, protocol="https")

# alerts to staff
tm.flow(gateway, alert_service, detection, clip, protocol="https")
tm.flow(alert_service, clip_store, clip)
tm.flow(alert_service, push, alert, protocol="https")
tm.flow(push, tablet, alert, protocol="https")
tm.flow(clip_store, alert_service, clip)
tm.flow(alert_service, tablet, clip, protocol="https")
tm.flow(tablet, staff, alert, clip, label="on the touchscreen")
tm.flow(staff, tablet, alert_label, room_update, label="on the touchscreen")
tm.flow(tablet, alert_service, alert_label, protocol="https")
tm.flow(tablet, api, room_update, protocol="https")
tm.flow(api, booking_db, room_update)

# retraining
tm.flow(alert_service, dataset, alert_label, training_clips, label="weekly export")
tm.flow(dataset, training, training_clips)
tm.flow(training, registry, weights)
tm.flow(registry, gateway, weights, protocol="https", label="model update")
tm.flow(gateway, detector, weights, protocol="local", label="load model")
