"""Speed camera enforcement pipeline: the first design, before any security review.

The regional road authority runs a fleet of roadside speed cameras. Each camera
unit measures speed with radar, photographs the vehicle, reads the plate on the
unit and uploads a signed violation packet over the mobile network to the
authority's data centre. There an in-house matching model matches the plate read
and the vehicle image to keeper records fetched from the national vehicle
registry (mTLS API), and a case is opened. No notice is issued until a police
officer has reviewed the evidence and the match in the case management system
(smartcard login). Notices go out as PDF batches to a mailing contractor over SFTP.
Drivers log in to a public contest portal with their notice number and PIN and
can upload a statement and photos; contested cases go back to an officer.
Officer corrections are kept as labels and the matching model is retrained from
them every quarter. Evidence is encrypted at rest and every access is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Speed camera enforcement pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Roadside speed cameras, plate-to-keeper matching, officer-reviewed penalty notices.",
)

# ---------------------------------------------------------------- data assets
violation = tg.Data(
    "Violation packet",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Vehicle photos, plate read with confidence, radar speed, time, site id.",
)
plate_query = tg.Data("Plate lookup query", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_record = tg.Data(
    "Registered keeper record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper name and address, vehicle make, model and colour.",
)
match_input = tg.Data(
    "Match candidates",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Plate read, vehicle image crop and candidate registry records.",
)
match_result = tg.Data(
    "Match result and score", kind="model-output", sensitivity=tg.Sensitivity.PII
)
case_file = tg.Data(
    "Enforcement case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
officer_decision = tg.Data(
    "Officer review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Penalty notice", kind="documents", sensitivity=tg.Sensitivity.PII)
contest = tg.Data(
    "Contest submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Driver statement and uploaded photos or documents.",
)
contest_status = tg.Data("Contest status", kind="records", sensitivity=tg.Sensitivity.PII)
match_labels = tg.Data(
    "Officer-corrected match labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
matcher_weights = tg.Data(
    "Matching model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vehicle keepers and drivers who receive notices and may contest them.
    driver = tm.add(tg.Actor("Driver", role="notice recipient"))

with tm.boundary(
    "Roadside field network",
    trust=tg.Trust.PARTNER,
    description="Camera cabinets on public roads, maintained by the camera vendor, "
    "connected over a carrier mobile network.",
):
    # Capture the evidence: radar speed, photos and the on-unit plate read.
    camera = tm.add(
        tg.Device(
            "Roadside camera unit",
            fleet=True,
            description="Radar plus ANPR camera; the plate is read on the unit.",
            controls={
                c.MessageIntegrity(
                    note="each violation packet is signed by the unit for evidential use"
                )
            },
        )
    )

with tm.boundary("National vehicle registry", trust=tg.Trust.PARTNER):
    # Source of truth for who keeps a vehicle with a given plate.
    registry = tm.add(
        tg.DataSource(
            "Vehicle registration database",
            origin=tg.Origin.PARTNER,
            provides={keeper_record},
            description="Keeper lookup API run by the national licensing agency.",
        )
    )

with tm.boundary("Mailing contractor", trust=tg.Trust.PARTNER):
    # Prints and posts the notices; the authority has no print room.
    mailer = tm.add(
        tg.ExternalService("Print and mail service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Police network", trust=tg.Trust.INTERNAL):
    # Every case is reviewed by an officer before a notice can be issued.
    officer = tm.add(tg.Actor("Reviewing police officer", role="police officer", privileged=True))

with tm.boundary("Authority data centre", trust=tg.Trust.INTERNAL):
    # Receives the uploads from the cameras and files the evidence.
    ingest = tm.add(
        tg.Service(
            "Evidence ingestion service",
            description="Verifies packet signatures, stores evidence, opens a case.",
        )
    )
    # Orchestrates matching, officer review, notices and contests.
    case_mgmt = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="police smartcard"),
                c.HumanInTheLoop(approver="reviewing police officer"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Builds the notice PDFs and sends the daily batch to the mailer.
    notice_svc = tm.add(tg.Service("Notice issuing service"))
    # Public web app where drivers view evidence and contest their notice.
    portal = tm.add(
        tg.Endpoint(
            "Contest portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="notice number and PIN"),
                c.Contestability(
                    note="any notice can be contested; an officer reviews each contest"
                ),
            },
        )
    )

    with tm.boundary("Evidence vault", trust=tg.Trust.RESTRICTED):
        # Chain of custody for photos and speed readings.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence store",
                stores={violation},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Case records, officer decisions and contest outcomes.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={case_file, officer_decision, contest},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML zone", trust=tg.Trust.INTERNAL):
        # Decides which registry record the captured vehicle belongs to.
        matcher = tm.add(
            tg.Model(
                "Plate-to-vehicle matching model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Scores plate read and vehicle image against registry candidates "
                "(handles misreads such as 0/O and 8/B).",
                controls={c.ModelVersioning()},
            )
        )
        # Officer corrections collected as training labels.
        label_set = tm.add(tg.Dataset("Reviewed match dataset", stores={match_labels}))
        # Quarterly retraining of the matcher from the reviewed cases.
        retrain = tm.add(tg.Pipeline("Matcher retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(camera, ingest, violation, protocol="https", label="violation upload")
tm.flow(ingest, evidence_store, violation)
tm.flow(ingest, case_mgmt, case_file, label="open case")

tm.flow(case_mgmt, registry, plate_query, protocol="mtls")
tm.flow(registry, case_mgmt, keeper_record, protocol="mtls")
tm.flow(case_mgmt, matcher, match_input)
tm.flow(matcher, case_mgmt, match_result)
tm.flow(case_mgmt, case_db, case_file, officer_decision, contest)
tm.flow(case_db, case_mgmt, case_file, officer_decision, contest)
tm.flow(evidence_store, case_mgmt, violation, label="evidence for review")

tm.flow(case_mgmt, officer, case_file, violation, match_result, protocol="https")
tm.flow(officer, case_mgmt, officer_decision, protocol="https")

tm.flow(case_mgmt, notice_svc, case_file, label="approved cases")
tm.flow(notice_svc, mailer, notice, protocol="sftp", label="daily batch")
tm.flow(mailer, driver, notice, label="postal mail")

tm.flow(driver, portal, contest, protocol="https")
tm.flow(portal, driver, violation, contest_status, protocol="https", label="evidence and status")
tm.flow(portal, case_mgmt, contest)
tm.flow(case_mgmt, portal, violation, contest_status)

tm.flow(case_mgmt, label_set, match_labels, label="officer corrections")
tm.flow(label_set, retrain, match_labels)
tm.flow(retrain, matcher, matcher_weights, label="deploy new version")
