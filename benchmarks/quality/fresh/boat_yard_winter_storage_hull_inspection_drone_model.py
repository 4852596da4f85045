"""Boat yard winter storage: hull inspection drone, the first design.

Over the winter the yard keeps some 400 yachts ashore on cradles. A drone docked on
site flies a scheduled survey route around the stored boats and photographs each
hull; the dock uploads the photos over the yard's fibre line to our cloud account.
A defect detector we fine-tuned on labelled hull photos (blisters, cracks, gelcoat
and antifouling damage) marks up each set, a hosted LLM drafts a plain-language
condition report, and the yard's surveyor checks and releases every report before
the owner sees it. Owners sign in to the owner portal to read reports and accept
repair quotes; the yard e-mails them when a new report is ready. The surveyor's
corrections become labels for the next fine-tuning run, a few times a season,
and the registry keeps each checkpoint. Controls in this design: TLS on every
internet link, owner and staff sign-in, the surveyor's release of each report,
encryption at rest of the photo bucket, and versioned models in the registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Boat yard hull inspection drone",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone surveys of stored yacht hulls, defect detection and owner condition reports.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data(
    "Survey flight plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Waypoints and camera angles per cradle position, generated from the berth plan.",
)
hull_photos = tg.Data(
    "Hull photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution stills of each hull; may catch owners or staff working nearby.",
)
flight_log = tg.Data("Drone flight log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Hull defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bounding boxes, defect class and confidence per photo.",
)
boat_records = tg.Data(
    "Boat and owner records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boat name, make, cradle position, owner name, e-mail and phone.",
)
report_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Detections, boat details and the owner's name for the greeting.",
)
draft_report = tg.Data(
    "Draft condition report", kind="model-output", sensitivity=tg.Sensitivity.PII
)
condition_report = tg.Data(
    "Released condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The surveyor-checked report with photos and a repair quote.",
)
surveyor_review = tg.Data(
    "Surveyor corrections and release",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
quote_acceptance = tg.Data(
    "Repair quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII
)
owner_login = tg.Data("Owner sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
notification = tg.Data("Report ready e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
defect_labels = tg.Data(
    "Hull defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Defect detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Boat owners, spread across the country, who read reports and accept quotes.
    owner = tm.add(tg.Actor("Boat owner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the owner-facing prose; we do not run our own language model.
    drafting_llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model called through the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells owners a report is ready.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Yard site", trust=tg.Trust.INTERNAL):
    # The surveyor in the yard office reviews and releases every report.
    surveyor = tm.add(tg.Actor("Yard surveyor", role="surveyor"))
    # The drone itself; one airframe flies the whole yard.
    drone = tm.add(
        tg.Device(
            "Inspection drone",
            fleet=False,
            description="Camera drone that flies the survey route and returns to its dock.",
        )
    )
    # Weatherproof dock: charges the drone, loads the route, relays photos to the cloud.
    dock = tm.add(
        tg.Service(
            "Drone dock",
            description="Drone-in-a-box dock on the office roof with a wired uplink.",
        )
    )

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # Receives photo batches from the dock and files them by boat.
    ingest = tm.add(tg.Service("Photo ingestion service"))
    # Object storage bucket of every survey's photos, kept for the season.
    photo_store = tm.add(
        tg.DataStore(
            "Hull photo bucket",
            stores={hull_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The yard's boat register: who owns what and where it stands.
    register = tm.add(tg.DataStore("Boat register", stores={boat_records}))
    # Fine-tuned detector that marks hull defects on each photo.
    detector = tm.add(
        tg.Model(
            "Hull defect detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Object detector fine-tuned from an open-weights base on yard photos.",
        )
    )
    # Plans surveys, collects detections, asks the LLM for a draft, runs the review queue.
    reports = tm.add(
        tg.Service(
            "Inspection report service",
            description="Holds each draft until the surveyor releases it.",
            controls={
                c.Authentication(method="staff Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="yard surveyor", note="every report is released by hand"),
            },
        )
    )
    # Where owners read their reports and accept repair quotes.
    portal = tm.add(
        tg.Endpoint(
            "Owner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Photos the surveyor has corrected, with their labels, for the next fine-tuning run.
    label_set = tm.add(tg.Dataset("Hull defect training set", stores={hull_photos, defect_labels}))
    # Fine-tuning job started a few times a season.
    fine_tune = tm.add(tg.Pipeline("Detector fine-tuning job", stage=tg.Stage.FINE_TUNING))
    # Keeps each fine-tuned checkpoint; serving loads the pinned version.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={detector_weights},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# Survey: route out to the drone, photos back to the cloud.
tm.flow(reports, dock, flight_plan, protocol="https", label="nightly survey schedule")
tm.flow(dock, drone, flight_plan, protocol="wi-fi", label="route upload when docked")
tm.flow(drone, dock, hull_photos, flight_log, protocol="wi-fi", label="offload after landing")
tm.flow(
    dock,
    ingest,
    hull_photos,
    flight_log,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingest, photo_store, hull_photos)
tm.flow(register, ingest, boat_records, label="cradle position lookup")

# Detection and drafting.
tm.flow(photo_store, detector, hull_photos)
tm.flow(detector, reports, detections)
tm.flow(register, reports, boat_records)
tm.flow(reports, drafting_llm, report_prompt, protocol="https")
tm.flow(drafting_llm, reports, draft_report, protocol="https")

# Surveyor review and release.
tm.flow(
    reports, surveyor, draft_report, detections, hull_photos, protocol="https", label="review queue"
)
tm.flow(surveyor, reports, surveyor_review, protocol="https")

# Owners.
tm.flow(reports, portal, condition_report, label="released reports")
tm.flow(reports, mailer, notification, protocol="https")
tm.flow(mailer, owner, notification, protocol="smtp")
tm.flow(owner, portal, owner_login, quote_acceptance, protocol="https")
tm.flow(portal, owner, condition_report, protocol="https")
tm.flow(portal, reports, quote_acceptance, label="accepted quotes become work orders")

# Retraining from the surveyor's corrections.
tm.flow(reports, label_set, defect_labels, hull_photos, label="corrected detections")
tm.flow(label_set, fine_tune, hull_photos, defect_labels)
tm.flow(fine_tune, registry, detector_weights)
tm.flow(registry, detector, detector_weights, label="load pinned version")
