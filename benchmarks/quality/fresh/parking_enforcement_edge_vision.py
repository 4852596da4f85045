"""Parking enforcement with edge plate recognition: the first design, before any security review.

A parking operator runs car parks for landowners. At each site, entry and exit
cameras stream video over the site's local network to an edge box in a street
cabinet, which runs our in-house licence-plate recognition model and sends each
read (plate, timestamp, camera, confidence and a plate crop) over mutual TLS on
a private LTE link to an ingestion API in our cloud. A matching service pairs
entry and exit reads and checks them against permits and the pay-by-phone
provider's payment sessions. Overstays become cases: a back-office reviewer
checks the evidence images, the notice service asks the national vehicle
registry for the keeper's name and address and sends the penalty notice by
SFTP to a print-and-post house; every notice explains how to appeal. ML
engineers publish new model versions (ONNX) to a registry, and an OTA job pushes
them to the boxes over the same mutual-TLS channel. Operates in the UK/EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parking enforcement edge vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Edge ANPR at car parks, cloud permit matching and postal penalty notices.",
)

# ---------------------------------------------------------------- data assets
vehicle = tg.Data(
    "Vehicle in view",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The vehicle, its plate and sometimes its occupants, as seen by the camera.",
)
video = tg.Data("Camera video stream", kind="media", sensitivity=tg.Sensitivity.PII)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, timestamp, site, camera and recognition confidence.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
evidence = tg.Data(
    "Evidence images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Plate crop and overview frame for each read, kept as proof for notices.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payments = tg.Data(
    "Payment sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, site, paid-from and paid-until; no card data.",
)
permits = tg.Data("Permits and payments", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Overstay case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Entry and exit reads, matched permits and payments, amount due.",
)
keeper_query = tg.Data("Keeper lookup request", kind="records", sensitivity=tg.Sensitivity.PII)
keeper = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Penalty notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper's name and address, evidence images, amount and how to appeal.",
)
weights = tg.Data("Plate recognition model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Car park", trust=tg.Trust.UNTRUSTED):
    # The motorist whose vehicle is read on entry and exit; receives any notice by post.
    driver = tm.add(tg.Actor("Driver", role="motorist"))

with tm.boundary(
    "Car park site equipment",
    trust=tg.Trust.INTERNAL,
    description="Our cameras and cabinet at each site, on a private LTE APN.",
):
    # Entry and exit ANPR cameras (IR), one pair or more per site.
    cameras = tm.add(tg.Device("ANPR cameras", fleet=True))
    # Edge box in the site cabinet: decodes video, runs the model, buffers and uploads reads.
    edge_box = tm.add(tg.Device("Edge inference box", fleet=True))
    # The plate recognition model as it runs on each box; reads decide who gets a notice.
    lpr_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            controls={
                c.ModelValidation(note="accuracy benchmark on a held-out plate set per release")
            },
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives reads and evidence from every box.
    ingest_api = tm.add(
        tg.Endpoint(
            "Read ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-box client certificate"),
                c.SchemaEnforcement(note="JSON schema on read messages"),
            },
        )
    )
    # Object store and database of all reads and evidence images.
    evidence_store = tm.add(
        tg.DataStore(
            "Read and evidence store",
            stores={plate_read, evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Permits registered by landowners and payment sessions from the provider.
    permit_store = tm.add(tg.DataStore("Permit and payment store", stores={permits}))
    # Pairs entry/exit reads and checks them against permits and payments.
    matcher = tm.add(tg.Service("Matching service"))
    # Builds cases, looks up the keeper and issues notices once a reviewer approves.
    notice_service = tm.add(
        tg.Service(
            "Penalty notice service",
            controls={
                c.HumanInTheLoop(approver="back-office enforcement reviewer"),
                c.Contestability(note="appeal route printed on every notice"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Stores released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Over-the-air job that rolls new model versions out to the boxes in waves.
    ota = tm.add(tg.Pipeline("OTA model rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Staff who check each case's images before a notice goes out.
    reviewer = tm.add(tg.Actor("Enforcement reviewer", role="back-office staff"))
    # Trains the model offline and publishes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Pay-by-phone provider", trust=tg.Trust.PARTNER):
    # Third-party parking payment app; pushes paid sessions by plate.
    pay_provider = tm.add(tg.ExternalService("Pay-by-phone service", provides="data-provider"))

with tm.boundary("Vehicle registry", trust=tg.Trust.PARTNER):
    # National vehicle registry's keeper-at-date lookup for accredited operators.
    vehicle_registry = tm.add(tg.ExternalService("Vehicle registry API", provides="data-provider"))

with tm.boundary("Print and post provider", trust=tg.Trust.PARTNER):
    # Mailing house that prints and posts the notices.
    mail_house = tm.add(tg.ExternalService("Print and post service"))

# ---------------------------------------------------------------- flows
tm.flow(driver, cameras, vehicle, label="enters and leaves")
tm.flow(cameras, edge_box, video, protocol="rtsp")
tm.flow(edge_box, lpr_model, video, protocol="local", label="frames")
tm.flow(lpr_model, edge_box, plate_read, evidence, protocol="local")
tm.flow(edge_box, ingest_api, plate_read, evidence, protocol="mtls")

tm.flow(ingest_api, evidence_store, plate_read, evidence)
tm.flow(ingest_api, matcher, plate_read)
tm.flow(pay_provider, permit_store, payments, protocol="https")
tm.flow(matcher, permit_store, plate_read, label="permit and payment lookup")
tm.flow(permit_store, matcher, permits)
tm.flow(evidence_store, matcher, plate_read, label="earlier entry read")
tm.flow(matcher, notice_service, case)

tm.flow(evidence_store, notice_service, evidence)
tm.flow(notice_service, reviewer, case, evidence, protocol="https", label="review queue")
tm.flow(reviewer, notice_service, decision, protocol="https")
tm.flow(
    notice_service,
    vehicle_registry,
    keeper_query,
    protocol="https",
    controls={c.Authentication(method="registry-issued API credentials")},
)
tm.flow(vehicle_registry, notice_service, keeper, protocol="https")
tm.flow(notice_service, mail_house, notice, protocol="sftp")
tm.flow(mail_house, driver, notice, label="by post")

tm.flow(ml_engineer, registry, weights, protocol="https", label="publish version")
tm.flow(registry, ota, weights)
tm.flow(ota, edge_box, weights, protocol="mtls", label="over-the-air update")
tm.flow(edge_box, lpr_model, weights, protocol="local", label="load new version")
