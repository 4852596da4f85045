"""Mushroom harvest readiness: the first design, before any security review.

A mushroom farm in the Netherlands wants to pick each bed at the right flush stage
and stop guessing picker numbers a day ahead. IP cameras above the shelves in the
growing rooms take stills of the beds; an edge server in the farm office grabs
frames, adds the room climate readings from the climate computer and uploads both
to the farm's cloud account. An in-house vision model scores each bed's readiness
every hour, and a scheduling service turns the scores and the crew roster into a
draft picking schedule. The head grower reviews it in a web dashboard (e-mail and
password login), corrects readiness where the model is wrong, and approves it;
approved shifts go to pickers by SMS, and they can reply to accept or decline.
Grower corrections become labels for a monthly retraining job whose model goes to
a versioned registry. Uploads use HTTPS and the image bucket is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mushroom harvest readiness and picking schedule",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based bed readiness scoring that drafts picking crew shifts "
    "for the head grower to approve.",
)

# ---------------------------------------------------------------- data assets
bed_images = tg.Data(
    "Bed images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Top-down stills of the bed surface; pickers working the bed sometimes "
    "appear in frame.",
)
climate = tg.Data(
    "Room climate readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air temperature, humidity and CO2 per growing room.",
)
scores = tg.Data(
    "Bed readiness scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Readiness forecast per room", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickers' names, mobile numbers, contracted hours, availability and "
    "picking rate in kg per hour.",
)
roster_update = tg.Data("Roster changes", kind="records", sensitivity=tg.Sensitivity.PII)
draft_schedule = tg.Data("Draft picking schedule", kind="records", sensitivity=tg.Sensitivity.PII)
approved_schedule = tg.Data(
    "Approved picking schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
shift_notice = tg.Data("Shift notice", kind="documents", sensitivity=tg.Sensitivity.PII)
shift_reply = tg.Data("Shift reply", kind="documents", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Grower readiness labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Readiness model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seasonal and permanent pickers, reached on their own phones.
    picker = tm.add(tg.Actor("Picker", role="picking crew member"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends shift notices and relays pickers' replies.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Farm site", trust=tg.Trust.INTERNAL):
    # Plans harvests and decides who picks when.
    grower = tm.add(tg.Actor("Head grower", role="grower"))
    # Collects frames and climate readings and uploads them to the cloud.
    ingest = tm.add(tg.Service("Edge ingest server", description="Small PC in the farm office."))

    with tm.boundary("Growing rooms network", trust=tg.Trust.INTERNAL):
        # Fixed IP cameras above each shelf tier.
        cameras = tm.add(tg.Device("Growing-room camera", fleet=True))
        # Vendor climate computer already controlling the rooms; read only here.
        climate_computer = tm.add(tg.Device("Climate computer", fleet=False))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Object storage for frames and climate history; also the training source.
    image_store = tm.add(
        tg.DataStore(
            "Bed image bucket",
            stores={bed_images, climate},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the current model over the latest frames every hour.
    scoring = tm.add(tg.Service("Hourly readiness scoring job"))
    # Vision model that judges cap size and veil opening per bed.
    model = tm.add(
        tg.Model(
            "Harvest readiness model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image classifier: not ready, ready within 12 h, ready now, "
            "overdue.",
        )
    )
    # Turns readiness and the roster into a draft schedule; sends approved shifts.
    scheduler = tm.add(tg.Service("Shift scheduling service"))
    # Who can work, how fast they pick, and how to reach them.
    roster_db = tm.add(tg.DataStore("Crew roster database", stores={roster}))
    # The grower's web app for readiness, schedules, corrections and the roster.
    dashboard = tm.add(
        tg.Endpoint(
            "Grower dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Frames the grower has labelled, kept for retraining.
    label_set = tm.add(tg.Dataset("Labelled bed image set", stores={labels, bed_images}))
    # Monthly fine-tuning of the readiness model on the labelled set.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Keeps each trained checkpoint; the scoring job loads the latest.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Capture and upload
tm.flow(cameras, ingest, bed_images, protocol="rtsp", label="frame grab every 15 min")
tm.flow(climate_computer, ingest, climate, protocol="modbus")
tm.flow(ingest, image_store, bed_images, climate, protocol="https")

# Scoring
tm.flow(image_store, scoring, bed_images, climate, label="hourly batch")
tm.flow(registry, scoring, weights)
tm.flow(scoring, model, bed_images)
tm.flow(model, scoring, scores)
tm.flow(scoring, scheduler, forecast)

# Scheduling and approval
tm.flow(roster_db, scheduler, roster)
tm.flow(scheduler, dashboard, draft_schedule, forecast)
tm.flow(dashboard, grower, draft_schedule, forecast, protocol="https")
tm.flow(grower, dashboard, approved_schedule, protocol="https", label="approves schedule")
tm.flow(dashboard, scheduler, approved_schedule)
tm.flow(grower, dashboard, roster_update, protocol="https")
tm.flow(dashboard, roster_db, roster_update)
tm.flow(roster_db, dashboard, roster)

# Shift notices and replies
tm.flow(scheduler, sms, shift_notice, protocol="https")
tm.flow(sms, picker, shift_notice, protocol="sms")
tm.flow(picker, sms, shift_reply, protocol="sms")
tm.flow(sms, scheduler, shift_reply, protocol="https", label="inbound SMS webhook")

# Corrections and retraining
tm.flow(grower, dashboard, labels, protocol="https", label="readiness corrections")
tm.flow(dashboard, label_set, labels)
tm.flow(image_store, label_set, bed_images, label="frames the grower labelled")
tm.flow(label_set, training, labels, bed_images)
tm.flow(training, registry, weights)
