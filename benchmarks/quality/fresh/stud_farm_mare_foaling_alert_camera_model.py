"""Mare foaling alert: the first design, before any security review.

A thoroughbred stud farm in Co. Kildare puts IP cameras in every foaling box. An
edge box in the stable office runs an in-house vision model on the camera streams
and detects the signs of labour (restlessness, repeated lying down, tail raising,
waters breaking). When it does, an alerting service pages the night foaling
attendant by SMS through a paging provider; the attendant watches the clip and
acknowledges in a small web app hosted in the farm's cloud account. The camera
recorder keeps event clips. After each foaling the visiting vet writes notes in
the web app (onset of stage two, delivery time, complications); a labelling job
pairs those notes with the clips, and a cloud training job retrains the model,
which is versioned in a registry and pulled by the edge box. The web app uses
e-mail and password sign-in, the cloud database is encrypted at rest, alerts
and acknowledgements are logged, and cloud traffic is over TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mare foaling alert camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Stable cameras and a labour-detection model page the night foaling attendant.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Foaling box camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Night video of the mares; grooms and attendants are filmed too.",
)
detections = tg.Data("Labour detection events", kind="model-output", sensitivity="internal")
clips = tg.Data("Event video clips", kind="media", sensitivity=tg.Sensitivity.PII)
mare_register = tg.Data(
    "Mare register",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which mare is in which box, her due date and foaling history.",
)
page = tg.Data(
    "Foaling alert page",
    sensitivity=tg.Sensitivity.PII,
    description="Mare, box and time, sent to the attendant's mobile number.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity="internal")
vet_notes = tg.Data(
    "Vet foaling notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labels = tg.Data(
    "Labour onset labels",
    kind="labels",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Labour detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Stable network", trust=tg.Trust.INTERNAL):
    # One camera per foaling box, on the stable LAN.
    cameras = tm.add(tg.Device("Foaling box cameras", description="PoE IP cameras with IR."))
    # The recorder keeps clips around each detection for the attendant and for retraining.
    recorder = tm.add(tg.DataStore("Camera recorder clip archive", stores={clips}))
    # The point of the system: spots labour starting so nobody has to watch all night.
    detector = tm.add(
        tg.Model(
            "Labour detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Runs on the edge box in the stable office; a missed foaling can cost a mare or foal.",
        )
    )
    # Turns detections into pages, with escalation when nobody acknowledges.
    alerting = tm.add(
        tg.Service(
            "Foaling alerting service",
            description="Runs on the edge box; re-pages after 5 minutes without acknowledgement.",
            controls={tg.controls.AuditLogging(note="every alert and acknowledgement")},
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway: the attendant may be anywhere on the farm.
    pager = tm.add(tg.ExternalService("SMS paging provider"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Sits up through the season, gets paged to the box.
    attendant = tm.add(tg.Actor("Night foaling attendant", role="foaling attendant"))

with tm.boundary("Veterinary practice", trust=tg.Trust.PARTNER):
    # The stud's visiting vet, from an outside practice.
    vet = tm.add(tg.Actor("Stud vet", role="veterinary surgeon"))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Keeps the mare register up to date as mares move into foaling boxes.
    manager = tm.add(tg.Actor("Stud manager", role="stud manager", privileged=True))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # The one place people look at alerts, clips and notes.
    webapp = tm.add(
        tg.Service(
            "Foaling watch web app",
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Mare register and the vet's notes.
    records = tm.add(
        tg.DataStore(
            "Foaling records database",
            stores={mare_register, vet_notes, ack},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Matches the vet's onset time to the clips to make labels.
    labelling = tm.add(tg.Pipeline("Clip labelling job", stage=tg.Stage.LABELING))
    # What the detector is retrained on.
    dataset = tm.add(tg.Dataset("Foaling training set", stores={training_clips, labels}))
    # Retrains after each batch of foalings.
    training = tm.add(tg.Pipeline("Detector retraining job", stage=tg.Stage.TRAINING))
    # The edge box pulls the current version from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(cameras, detector, video, protocol="rtsp")
tm.flow(cameras, recorder, video, protocol="rtsp")
tm.flow(detector, alerting, detections)
tm.flow(records, alerting, mare_register, protocol="https", controls={tls}, label="nightly sync")
tm.flow(alerting, pager, page, protocol="https", controls={tls})
tm.flow(pager, attendant, page, protocol="sms")
tm.flow(alerting, webapp, detections, protocol="https", controls={tls})
tm.flow(recorder, webapp, clips, protocol="https", controls={tls}, label="clip upload")

tm.flow(webapp, attendant, clips, detections, protocol="https")
tm.flow(attendant, webapp, ack, protocol="https")
tm.flow(webapp, alerting, ack, protocol="https", controls={tls}, label="stop escalation")
tm.flow(webapp, records, ack)

tm.flow(manager, webapp, mare_register, protocol="https")
tm.flow(webapp, records, mare_register)
tm.flow(records, webapp, mare_register, vet_notes)
tm.flow(vet, webapp, vet_notes, protocol="https")
tm.flow(webapp, vet, vet_notes, clips, protocol="https")
tm.flow(webapp, records, vet_notes)

tm.flow(records, labelling, vet_notes)
tm.flow(recorder, labelling, clips, protocol="https", controls={tls})
tm.flow(labelling, dataset, training_clips, labels)
tm.flow(dataset, training, training_clips, labels)
tm.flow(training, registry, weights)
tm.flow(
    registry, detector, weights, protocol="https", controls={tls}, label="edge box pulls update"
)
