"""Fare evasion analytics from on-board cameras: the first design, before any security review.

A regional bus company wants to know where fare evasion is worst. A camera over
the front door of each bus streams to an on-bus edge gateway, which runs a person
detector that counts boardings per stop; only counts (and a small sample of clips
kept for accuracy audits) go up over 4G to the company's cloud account. Ticket
validations come from the ticketing vendor's back office in a nightly export. A
nightly job compares boardings with validations per trip and flags routes with a
high evasion rate on a dashboard the revenue protection manager uses to plan
inspector deployments. Analysts hand-count sampled clips to check the detector,
and an ML engineer publishes new detector versions that buses pull over the air.
Buses authenticate with a per-vehicle API key, staff sign in through company SSO,
cloud stores are encrypted, and sampled clips are deleted after 30 days.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bus fare evasion analytics",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="On-board boarding counts compared with ticket validations to flag high-evasion routes.",
)

# ---------------------------------------------------------------- data assets
boarding_footage = tg.Data(
    "Door camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of passengers boarding through the front door.",
)
ticket_tap = tg.Data("Ticket tap", kind="records", sensitivity=tg.Sensitivity.PII)
validations = tg.Data(
    "Ticket validation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-tap records: time, stop, trip, ticket type and smartcard id.",
)
boarding_counts = tg.Data(
    "Boarding counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="People boarding per stop and trip, from the detector.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sampled_clips = tg.Data(
    "Sampled boarding clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few short clips per bus per day, uploaded with the detector's count.",
)
count_audits = tg.Data("Manual count audits", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
evasion_scores = tg.Data(
    "Route evasion rates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Estimated share of boardings without a validation, per route and time band.",
)
report_query = tg.Data("Route report query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detector_weights = tg.Data(
    "Boarding detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Everyone who gets on a bus, paying or not.
    passenger = tm.add(tg.Actor("Passenger", role="bus passenger"))

with tm.boundary(
    "Bus fleet", trust=tg.Trust.INTERNAL, description="Vehicles in service, in public all day."
):
    # Fixed IP camera over the front door, one per bus.
    camera = tm.add(tg.Device("Door camera", description="IP camera on the bus's on-board LAN."))
    # Smartcard / QR validator beside the driver; owned by the ticketing vendor's system.
    validator = tm.add(tg.Device("Ticket validator"))
    # Small computer in the bus's equipment cabinet; runs the detector and uploads counts.
    gateway = tm.add(
        tg.Service(
            "On-bus edge gateway",
            description="Pulls the camera stream, runs the detector, batches counts and clips for upload.",
        )
    )
    # Fine-tuned open-weights person detector that counts boardings at the door.
    detector = tm.add(
        tg.Model(
            "Boarding counter model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Detects and tracks people crossing the door line; emits a count per stop.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The vendor's back office collects every validator's taps.
    ticketing = tm.add(
        tg.ExternalService("Ticketing back office", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Where buses upload counts and clips over the public 4G network.
    ingest = tm.add(
        tg.Endpoint(
            "Fleet upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-vehicle API key")},
        )
    )
    # Counts, validations, audits and results for reporting.
    warehouse = tm.add(
        tg.DataStore(
            "Ridership data warehouse",
            stores={boarding_counts, validations, count_audits, evasion_scores},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Sampled clips for checking the detector against a human count.
    clip_store = tm.add(
        tg.DataStore(
            "Audit clip bucket",
            stores={sampled_clips},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Compares boardings with validations per trip and rates each route.
    analysis = tm.add(
        tg.Service(
            "Nightly fare evasion analysis job",
            description="Joins counts to validations by trip and stop; flags routes above a set evasion rate.",
        )
    )
    # Internal dashboard of route evasion rates for revenue protection.
    dashboard = tm.add(
        tg.Endpoint(
            "Route evasion dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Holds detector versions the buses download.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Decides where ticket inspectors ride, from the dashboard.
    manager = tm.add(tg.Actor("Revenue protection manager", role="revenue protection manager"))
    # Hand-counts sampled clips to measure the detector's accuracy.
    analyst = tm.add(tg.Actor("Data analyst", role="analyst"))
    # Fine-tunes and publishes detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the bus
tm.flow(passenger, camera, boarding_footage, label="boards in person past the door camera")
tm.flow(passenger, validator, ticket_tap, label="taps card in person")
tm.flow(camera, gateway, boarding_footage, protocol="rtsp")
tm.flow(gateway, detector, boarding_footage)
tm.flow(detector, gateway, boarding_counts)

# Bus to back office and cloud
tm.flow(validator, ticketing, validations, protocol="https", label="vendor 4G link")
tm.flow(gateway, ingest, boarding_counts, sampled_clips, protocol="https", label="4G upload")
tm.flow(ingest, warehouse, boarding_counts)
tm.flow(ingest, clip_store, sampled_clips)
tm.flow(ticketing, warehouse, validations, protocol="sftp", label="nightly export")

# Analysis and reporting
tm.flow(warehouse, analysis, boarding_counts, validations, label="nightly batch")
tm.flow(analysis, warehouse, evasion_scores)
tm.flow(manager, dashboard, report_query, protocol="https")
tm.flow(warehouse, dashboard, evasion_scores)
tm.flow(dashboard, manager, evasion_scores, protocol="https")

# Detector accuracy audits
tm.flow(clip_store, analyst, sampled_clips, protocol="https")
tm.flow(analyst, warehouse, count_audits, protocol="https")

# Detector updates
tm.flow(ml_engineer, registry, detector_weights, protocol="https", label="publishes version")
tm.flow(registry, gateway, detector_weights, protocol="https", label="over-the-air update")
tm.flow(gateway, detector, detector_weights, label="loads new version")
