"""Car rental counter licence verification: the first design, before any security review.

At airport and city rental counters, the counter agent checks each driver's licence
before handing over the keys. On a counter tablet (an iPad app in kiosk mode) the agent
scans the front of the licence and takes a live photo of the customer. The tablet sends
both to a verification API in our cloud VPC, where an orchestrator runs an in-house
document model (reads the licence fields and checks its security features) and a face
match model (licence portrait against the live photo), and asks the national licence
authority's check service whether the licence is valid and which categories it covers.
The outcome goes back to the tablet and into the reservation system; the agent makes the
final call to rent. Images and results are kept in a verification record store.
Controls in this design: staff sign-in on the tablet, device credentials on the API, TLS
on every network hop, encrypted records deleted after 30 days, a vetted licence-check
vendor, versioned models, and the counter agent confirming every refusal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car rental counter licence verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Counter tablet scans the driving licence and a live photo; cloud models check "
        "the document and match the face, and the licence authority confirms validity."
    ),
)

# ---------------------------------------------------------------- data assets
licence_image = tg.Data(
    "Licence scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Front of the driving licence: portrait, name, date of birth, number, address.",
)
live_photo = tg.Data(
    "Customer live photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the customer's face taken at the counter, used for biometric matching.",
)
booking_ref = tg.Data("Booking reference", kind="records", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named driver, date of birth and vehicle class from the reservation.",
)
licence_fields = tg.Data(
    "Licence details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licence number, name and date of birth sent for the validity check.",
)
licence_status = tg.Data(
    "Licence status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Valid or not, expiry, entitled categories and endorsements.",
)
doc_result = tg.Data(
    "Document check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted fields and a genuine / suspected-tampered verdict.",
)
face_result = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
outcome = tg.Data(
    "Verification outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
record = tg.Data(
    "Verification record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Licence scan, live photo, model results and outcome for each rental.",
)
doc_weights = tg.Data(
    "Document model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
face_weights = tg.Data(
    "Face match model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Rental counter public area", trust=tg.Trust.UNTRUSTED):
    # The renter presents a licence and poses for a photo; anyone can walk up to the counter.
    customer = tm.add(tg.Actor("Renter", role="customer"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # The staff member who runs the check and makes the final decision to hand over keys.
    agent = tm.add(tg.Actor("Counter agent", role="rental staff"))
    # Captures the licence scan and live photo and shows the outcome to the agent.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            description="Managed iPad in kiosk mode running the verification app, one per desk.",
            controls={c.Authentication(method="staff badge tap and PIN")},
        )
    )

with tm.boundary("Verification cloud VPC", trust=tg.Trust.INTERNAL):
    # The single entry point the tablets call.
    api = tm.add(
        tg.Endpoint(
            "Verification API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OAuth client credentials per enrolled tablet")},
        )
    )
    # Runs the checks in order, combines them into one outcome, writes the record.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            controls={
                c.HumanInTheLoop(
                    approver="counter agent confirms every refusal before the rental is cancelled"
                )
            },
        )
    )
    # Reads the licence fields and checks holograms, fonts and layout for tampering.
    doc_model = tm.add(
        tg.Model(
            "Licence document check model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            returns_scores=True,
            description="In-house OCR plus a tamper classifier trained on licence scans.",
        )
    )
    # Compares the licence portrait with the live photo.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            returns_scores=True,
            description="Open-weights face recognition model fine-tuned in-house; threshold set per country.",
        )
    )
    # Keeps evidence of each check for disputes and insurance claims.
    records = tm.add(
        tg.DataStore(
            "Verification record store",
            stores={record},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Where serving loads both models from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={doc_weights, face_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Core rental platform", trust=tg.Trust.INTERNAL):
    # The existing reservation system: supplies booking details, records the outcome.
    reservations = tm.add(tg.Service("Reservation system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains and publishes the two models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Licence authority", trust=tg.Trust.PARTNER):
    # The national driving licence check, reached through a contracted provider.
    authority = tm.add(
        tg.ExternalService(
            "Licence check service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, tablet, licence_image, live_photo, label="presents licence, poses for photo")
tm.flow(agent, tablet, booking_ref, label="starts check for booking")
tm.flow(tablet, api, licence_image, live_photo, booking_ref, protocol="https")
tm.flow(api, orchestrator, licence_image, live_photo, booking_ref)

tm.flow(orchestrator, reservations, booking_ref, protocol="https", label="booking lookup")
tm.flow(reservations, orchestrator, booking, protocol="https")

tm.flow(orchestrator, doc_model, licence_image)
tm.flow(doc_model, orchestrator, doc_result)
tm.flow(orchestrator, face_model, licence_image, live_photo)
tm.flow(face_model, orchestrator, face_result)

tm.flow(orchestrator, authority, licence_fields, protocol="https")
tm.flow(authority, orchestrator, licence_status, protocol="https")

tm.flow(orchestrator, records, record)
tm.flow(orchestrator, api, outcome)
tm.flow(api, tablet, outcome, protocol="https")
tm.flow(tablet, agent, outcome, label="pass / refer / fail on screen")
tm.flow(agent, tablet, outcome, label="confirms or overrides")
tm.flow(tablet, api, outcome, protocol="https", id="tablet->api:decision", label="agent decision")
tm.flow(api, orchestrator, outcome, id="api->orchestrator:decision", label="agent decision")
tm.flow(
    orchestrator, reservations, outcome, protocol="https", id="orchestrator->reservations:outcome"
)

tm.flow(
    ml_engineer, registry, doc_weights, face_weights, protocol="https", label="publishes versions"
)
tm.flow(registry, doc_model, doc_weights, label="load at deploy")
tm.flow(registry, face_model, face_weights, label="load at deploy")
