"""Airline lounge face entry: the first design, before any security review.

A European airline lets frequent flyers walk into its lounges by face. Members opt in
from the airline's mobile app: they sign in with their frequent-flyer number and
password, give explicit consent and take a selfie, from which a face-matching model
(a biometric vendor's SDK run in our own biometric enclave) computes a template. At
the lounge entrance the traveller scans a boarding pass and looks at the gate camera;
the on-site gate controller sends the live image and the pass data to the lounge
access service in our cloud. That service checks the flight with the departure control
system, reads the member's tier from the membership database, has the model compare
the live image with the enrolled template, and tells the controller to open the gate.
If the check fails or the service cannot be reached the gate stays shut and a lounge
agent checks the traveller at the desk, where they can also admit someone by hand.
Templates and membership records are encrypted at rest and every entry is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline lounge face entry",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lounge gate that opens when a traveller's face matches the enrolled "
    "member holding a valid same-day boarding pass.",
)

# ---------------------------------------------------------------- data assets
enrolment_selfie = tg.Data(
    "Enrolment selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face photo taken in the app at opt-in (biometric data, GDPR Art. 9).",
)
consent = tg.Data("Biometric consent record", kind="records", sensitivity=tg.Sensitivity.PII)
enrolment_status = tg.Data("Enrolment status", kind="records", sensitivity=tg.Sensitivity.PII)
face_template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
live_face = tg.Data(
    "Live face image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frame captured by the gate camera as the traveller approaches.",
)
boarding_pass = tg.Data(
    "Boarding pass data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="BCBP barcode fields: name, PNR, flight, date, cabin, frequent-flyer number.",
)
membership = tg.Data(
    "Membership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Frequent-flyer tier and lounge entitlements.",
)
boarding_status = tg.Data(
    "Boarding status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the passenger is checked in on a departure from this airport today.",
)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
gate_decision = tg.Data(
    "Gate open decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
entry_log = tg.Data(
    "Lounge entry log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who entered or was refused, when, at which gate, with the match score.",
)
manual_admission = tg.Data(
    "Manual admission", kind="records", description="Open-gate command from the lounge desk."
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The frequent flyer who enrols and then walks up to the gate.
    traveller = tm.add(tg.Actor("Traveller", role="frequent-flyer member"))
    # The airline app on the traveller's phone, used to opt in and take the selfie.
    app = tm.add(
        tg.Device("Airline mobile app", description="iOS and Android app on the traveller's phone.")
    )

with tm.boundary("DCS provider", trust=tg.Trust.PARTNER):
    # The hosted departure control system: source of truth for check-in and flights.
    dcs = tm.add(
        tg.ExternalService(
            "Departure control system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted passenger service system the airline checks passengers in on.",
        )
    )

with tm.boundary("Lounge site network", trust=tg.Trust.INTERNAL):
    # Captures the traveller's face at the entrance.
    camera = tm.add(tg.Device("Gate camera", description="IP camera mounted on each lounge gate."))
    # Reads the boarding pass barcode from paper or phone.
    reader = tm.add(
        tg.Device("Boarding pass reader", description="2D barcode reader on each gate.")
    )
    # Edge box per gate: collects the inputs, calls the cloud, drives the barrier.
    controller = tm.add(tg.Service("Gate controller"))
    # The physical swing gate.
    barrier = tm.add(
        tg.Device("Lounge entrance gate", description="Motorised swing gate on a relay.")
    )
    # Desk application for refusals and manual admissions.
    desk = tm.add(
        tg.Service(
            "Lounge desk console",
            controls={c.Authentication(method="airline staff SSO (OIDC)")},
        )
    )
    # Staff at the lounge desk who handle refused travellers.
    lounge_agent = tm.add(tg.Actor("Lounge agent", role="lounge staff"))

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Receives opt-in requests from the app and stores the template.
    enrolment_api = tm.add(
        tg.Endpoint(
            "Enrolment API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="frequent-flyer number and password"),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
            },
        )
    )
    # Decides whether the gate opens.
    access_service = tm.add(
        tg.Service(
            "Lounge access service",
            controls={
                c.Authentication(method="per-gate API key"),
                c.FailClosed(fallback="gate stays shut; traveller is sent to the lounge desk"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Loyalty tiers and lounge entitlements.
    membership_db = tm.add(
        tg.DataStore(
            "Membership database",
            stores={membership},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Record of every admission and refusal.
    log_store = tm.add(
        tg.DataStore(
            "Entry log store",
            stores={entry_log},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("Biometric enclave", trust=tg.Trust.RESTRICTED):
        # Makes templates at enrolment and compares live images at the gate.
        face_model = tm.add(
            tg.Model(
                "Face matching model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Biometric vendor's licensed SDK and weights, run on our hosts; "
                "1:1 match against the member's template, threshold set by us.",
                controls={
                    c.SupplierAssessment(note="vendor's published accuracy results reviewed")
                },
            )
        )
        # Enrolled templates keyed by frequent-flyer number, with the consent record.
        template_store = tm.add(
            tg.DataStore(
                "Face template store",
                stores={face_template, consent},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="only the enrolment API and the matcher can read or write"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# enrolment
tm.flow(traveller, app, enrolment_selfie, consent, label="takes selfie and consents in the app")
tm.flow(app, enrolment_api, enrolment_selfie, consent, protocol="https")
tm.flow(enrolment_api, face_model, enrolment_selfie, label="compute template")
tm.flow(face_model, enrolment_api, face_template)
tm.flow(enrolment_api, template_store, face_template, consent)
tm.flow(enrolment_api, app, enrolment_status, protocol="https")

# at the gate
tm.flow(traveller, reader, boarding_pass, label="scanned in person at the gate")
tm.flow(traveller, camera, live_face, label="in person at the gate")
tm.flow(reader, controller, boarding_pass, protocol="usb")
tm.flow(camera, controller, live_face, protocol="rtsp")
tm.flow(controller, access_service, live_face, boarding_pass, protocol="https")

tm.flow(access_service, dcs, boarding_pass, protocol="https", label="flight and check-in lookup")
tm.flow(dcs, access_service, boarding_status, protocol="https")
tm.flow(membership_db, access_service, membership, label="tier lookup")
tm.flow(access_service, face_model, live_face)
tm.flow(template_store, face_model, face_template)
tm.flow(face_model, access_service, match_score)

tm.flow(access_service, controller, gate_decision, protocol="https")
tm.flow(controller, barrier, gate_decision, label="dry-contact relay")
tm.flow(access_service, log_store, entry_log)

# refusals and manual admission at the desk
tm.flow(access_service, desk, entry_log, protocol="https", label="refusal notice")
tm.flow(desk, lounge_agent, entry_log, label="on the desk screen")
tm.flow(lounge_agent, desk, manual_admission, label="by hand at the desk")
tm.flow(desk, controller, manual_admission, label="open gate")
