"""Municipal parking enforcement with plate-reading vehicles: the first design.

The city's enforcement cars drive the paid-parking zones with roof cameras. An
in-vehicle computer runs the city's plate recognition model on every frame and
uploads each read, with a photo, GPS position and time, over the mobile network
to the enforcement backend in the city's cloud tenancy. The backend matches the
plate against resident and business permits and against paid sessions from the
mobile-parking payment provider. A suspected violation is shown to the officer in
the car, who confirms it; the notice service then looks up the registered keeper's
address in the national vehicle registry (mutual TLS, every lookup logged) and
sends the penalty notice to a print-and-mail supplier. Motorists appeal on a web
portal with the notice number and plate, and case handlers decide appeals.
Evidence is encrypted at rest and kept for a fixed period; staff access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal parking enforcement plate reader",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera cars read plates, match them to permits and paid sessions, "
    "and issue penalty notices to registered keepers.",
)

# ---------------------------------------------------------------- data assets
street_frames = tg.Data(
    "Street camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of parked cars; plates, faces and passers-by are in view.",
)
plate_read = tg.Data("Plate read", kind="model-output", sensitivity=tg.Sensitivity.PII)
scan_record = tg.Data(
    "Scan record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, confidence, cropped plate photo, GPS position and time.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
permits = tg.Data("Parking permits", kind="records", sensitivity=tg.Sensitivity.PII)
paid_sessions = tg.Data("Paid parking sessions", kind="records", sensitivity=tg.Sensitivity.PII)
plate_query = tg.Data("Plate lookup", kind="records", sensitivity=tg.Sensitivity.PII)
suspected_violation = tg.Data("Suspected violation", kind="records", sensitivity=tg.Sensitivity.PII)
officer_confirmation = tg.Data(
    "Officer confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
violation_case = tg.Data(
    "Violation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
keeper_address = tg.Data(
    "Registered keeper name and address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
penalty_notice = tg.Data("Penalty notice", kind="documents", sensitivity=tg.Sensitivity.PII)
evidence_photos = tg.Data("Evidence photos", kind="media", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Appeal and supporting documents", kind="documents", sensitivity=tg.Sensitivity.PII
)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
plate_model_weights = tg.Data(
    "Plate recognition model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public streets", trust=tg.Trust.UNTRUSTED):
    # The registered keeper who gets the notice and may appeal it.
    motorist = tm.add(tg.Actor("Motorist", role="vehicle keeper"))

with tm.boundary("Enforcement vehicle fleet", trust=tg.Trust.INTERNAL):
    # Roof cameras plus the in-vehicle computer that uploads reads over LTE.
    camera_unit = tm.add(
        tg.Device(
            "ANPR camera unit",
            fleet=True,
            description="Roof-mounted cameras and an in-vehicle computer in each car.",
        )
    )
    # Reads plates from frames on the vehicle, so full frames need not leave the car.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Plate detector and character reader running on the in-vehicle computer.",
        )
    )
    # Checks each suspected violation on site before a notice can be issued.
    officer = tm.add(tg.Actor("Enforcement officer", role="parking officer"))

with tm.boundary("City enforcement cloud", trust=tg.Trust.INTERNAL):
    # Matches reads against permits and paid sessions and raises suspected violations.
    backend = tm.add(
        tg.Service(
            "Enforcement matching backend",
            controls={c.RBAC()},
            description="Receives scan records from the fleet and decides which plates lack a permit or session.",
        )
    )
    # The city's register of resident, business and disabled-badge permits.
    permit_db = tm.add(tg.DataStore("Permit database", stores={permits}, controls={c.RBAC()}))
    # Scan records and evidence photos behind every case and appeal.
    evidence_store = tm.add(
        tg.DataStore(
            "Scan and evidence store",
            stores={scan_record, evidence_photos, violation_case},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=400, note="non-matching scans deleted after 48 hours"),
            },
        )
    )
    # Turns confirmed violations into notices, using the keeper's address.
    notice_service = tm.add(
        tg.Service(
            "Penalty notice service",
            controls={
                c.HumanInTheLoop(approver="the enforcement officer on site"),
                c.AuditLogging(
                    retention_days=730, note="registry lookups logged, as the registry requires"
                ),
            },
        )
    )
    # Public web portal where motorists see their evidence and appeal.
    appeals_portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="penalty notice number and licence plate"),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Holds the released plate model that vehicles download at start of shift.
    model_registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={plate_model_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("City offices", trust=tg.Trust.INTERNAL):
    # Back-office staff who review appeals and cancel or uphold notices.
    case_handler = tm.add(tg.Actor("Appeals case handler", role="case handler"))

with tm.boundary("National government network", trust=tg.Trust.PARTNER):
    # The only source of registered keepers' addresses.
    registry = tm.add(
        tg.ExternalService(
            "National vehicle registry",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Mobile-parking app operator that knows which plates have paid.
    payment_provider = tm.add(
        tg.ExternalService(
            "Parking payment provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Prints and posts the notices.
    mail_house = tm.add(tg.ExternalService("Print and mail supplier"))

# ---------------------------------------------------------------- flows
# on the vehicle
tm.flow(camera_unit, plate_model, street_frames, protocol="local")
tm.flow(plate_model, camera_unit, plate_read, protocol="local")
tm.flow(
    model_registry, plate_model, plate_model_weights, protocol="https", label="shift-start update"
)

# vehicle to backend over the mobile network
tm.flow(
    camera_unit,
    backend,
    scan_record,
    protocol="https",
    controls={c.Authentication(method="device certificate")},
)

# matching
tm.flow(backend, permit_db, plate_query)
tm.flow(permit_db, backend, permits)
tm.flow(
    backend,
    payment_provider,
    plate_query,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(payment_provider, backend, paid_sessions, protocol="https")
tm.flow(backend, evidence_store, scan_record, evidence_photos)

# officer confirmation in the car
tm.flow(
    backend,
    officer,
    suspected_violation,
    evidence_photos,
    protocol="https",
    label="hit on handheld",
)
tm.flow(officer, backend, officer_confirmation, protocol="https")

# notices
tm.flow(backend, notice_service, violation_case)
tm.flow(notice_service, evidence_store, violation_case)
tm.flow(notice_service, registry, plate_query, protocol="mtls")
tm.flow(registry, notice_service, keeper_address, protocol="mtls")
tm.flow(notice_service, mail_house, penalty_notice, protocol="sftp")
tm.flow(mail_house, motorist, penalty_notice, label="postal letter")

# appeals
tm.flow(motorist, appeals_portal, appeal, protocol="https")
tm.flow(appeals_portal, motorist, evidence_photos, appeal_decision, protocol="https")
tm.flow(evidence_store, appeals_portal, evidence_photos, violation_case)
tm.flow(appeals_portal, evidence_store, appeal)
tm.flow(appeals_portal, case_handler, appeal, violation_case, protocol="https")
tm.flow(case_handler, appeals_portal, appeal_decision, protocol="https")
