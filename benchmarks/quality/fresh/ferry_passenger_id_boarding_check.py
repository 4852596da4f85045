"""Ferry passenger ID boarding check: the first design, before any security review.

A ferry operator on EU routes checks every passenger's identity at the boarding
gate. Passengers book on the operator's website, giving their name, date of birth
and travel document number. At the gate a kiosk reads the passport or ID card
(visual page and chip) with an on-device document-reading model and takes a live
photo; the boarding check service compares the document with the sailing's booking
manifest and asks a face-matching vendor's API whether the photo matches the
document portrait. Clear matches open the gate; mismatches and low scores go to
gate staff on a handheld app, who decide. Before departure the manifest service
sends the final list of boarded passengers to the border authority. Controls in
this design: staff sign-in, role-based access and encryption on the booking
database, a retention limit and audit log on boarding checks, a vendor review of
the face-matching provider, versioned models, and HTTPS on the network links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry passenger ID boarding check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Document reading and face matching at ferry boarding gates against the booking "
        "manifest, with staff handling mismatches and the final manifest sent to the "
        "border authority."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger names, dates of birth, nationality, document numbers, sailing.",
)
sailing_manifest = tg.Data(
    "Sailing booking manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
document_scan = tg.Data(
    "ID document scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Image of the data page and the data read from the MRZ and chip.",
)
live_photo = tg.Data(
    "Live face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric image taken at the gate (GDPR special category).",
)
document_data = tg.Data(
    "Extracted document data",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, document number, expiry, chip portrait.",
)
match_request = tg.Data(
    "Face match request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live photo and document portrait sent to the vendor.",
)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
gate_decision = tg.Data("Gate decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mismatch_case = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Booking, document data, both images and the reason for referral.",
)
staff_decision = tg.Data("Staff boarding decision", kind="records", sensitivity=tg.Sensitivity.PII)
check_record = tg.Data("Boarding check record", kind="logs", sensitivity=tg.Sensitivity.PII)
boarded_status = tg.Data("Boarded status", kind="records", sensitivity=tg.Sensitivity.PII)
final_manifest = tg.Data(
    "Final passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
authority_response = tg.Data(
    "Border authority response",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Receipt, and any passengers the authority asks to hold.",
)
doc_model_artifact = tg.Data(
    "Document reader model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Anyone can book a crossing and walk up to a gate.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where passengers make and manage bookings.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation()},
        )
    )
    # Orchestrates each gate check: manifest lookup, face match, decision.
    check_service = tm.add(
        tg.Service(
            "Boarding check service",
            description="Compares the document with the manifest and calls the face matcher; "
            "refers mismatches and scores under the threshold to gate staff.",
            controls={
                c.HumanInTheLoop(approver="gate staff", note="only mismatches and low scores"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Compiles who actually boarded and submits it to the border authority.
    manifest_service = tm.add(
        tg.Service(
            "Manifest submission service",
            description="Sends the final manifest at gate close, before departure.",
        )
    )
    # Holds released versions of the document-reading model for the kiosks.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={doc_model_artifact},
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("Passenger data tier", trust=tg.Trust.RESTRICTED):
        # System of record for bookings and who has boarded each sailing.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking, sailing_manifest, boarded_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Result of every gate check, kept for disputes and audits.
        check_log = tm.add(
            tg.DataStore(
                "Boarding check log",
                stores={check_record},
                controls={c.RetentionLimits(days=30, note="live photos are not kept")},
            )
        )

with tm.boundary("Terminal gate network", trust=tg.Trust.INTERNAL):
    # Self-service kiosks at each gate: document reader, camera, gate barrier.
    kiosk = tm.add(
        tg.Device(
            "Gate kiosk",
            fleet=True,
            description="Passport reader, camera and barrier controller at each gate.",
        )
    )
    # Reads the document on the kiosk: MRZ, chip and visual data page.
    doc_model = tm.add(
        tg.Model(
            "Document reading model",
            task=tg.Task.VERIFICATION,
            high_stakes=True,
            description="OCR and document-authenticity checks running on each kiosk.",
        )
    )
    # Gate staff resolve referrals on a handheld app.
    staff_app = tm.add(
        tg.Service(
            "Gate staff app",
            description="Handheld app that shows referred checks and records the decision.",
            controls={c.Authentication(method="staff SSO")},
        )
    )
    gate_agent = tm.add(tg.Actor("Gate agent", role="boarding staff"))

with tm.boundary("Face matching vendor", trust=tg.Trust.PARTNER):
    # 1:1 face comparison bought as a cloud API.
    face_matcher = tm.add(
        tg.Model(
            "Face matching API",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor deletes images after matching")
            },
        )
    )

with tm.boundary("Border authority", trust=tg.Trust.PARTNER):
    # The national border agency's passenger-data gateway.
    border = tm.add(tg.ExternalService("Border authority gateway"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, booking_site, booking, protocol="https")
tm.flow(booking_site, booking_db, booking)

tm.flow(passenger, kiosk, document_scan, live_photo, label="presents document and face")
tm.flow(kiosk, doc_model, document_scan, protocol="local")
tm.flow(doc_model, kiosk, document_data, protocol="local")
tm.flow(kiosk, check_service, document_data, live_photo, protocol="https")
tm.flow(booking_db, check_service, sailing_manifest, label="manifest for the sailing")
tm.flow(check_service, face_matcher, match_request, protocol="https")
tm.flow(face_matcher, check_service, match_score, protocol="https")
tm.flow(check_service, kiosk, gate_decision, protocol="https", label="open gate or refer")

tm.flow(check_service, staff_app, mismatch_case, protocol="https")
tm.flow(staff_app, gate_agent, mismatch_case, label="shows referral")
tm.flow(gate_agent, staff_app, staff_decision, label="board or refuse")
tm.flow(staff_app, check_service, staff_decision, protocol="https")

tm.flow(check_service, check_log, check_record)
tm.flow(check_service, booking_db, boarded_status)

tm.flow(booking_db, manifest_service, boarded_status, sailing_manifest)
tm.flow(manifest_service, border, final_manifest, protocol="https")
tm.flow(border, manifest_service, authority_response, protocol="https")
tm.flow(manifest_service, staff_app, authority_response, protocol="https", label="hold requests")

tm.flow(registry, doc_model, doc_model_artifact, protocol="https", label="kiosk model update")
