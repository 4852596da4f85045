"""Theme park Face Pass virtual queue: the first design, before any security review.

Guests at our European parks book ride return times in the park app and may opt in
to Face Pass: the app takes a selfie, the enrolment API in our park cloud turns it
into a face template with a vendor-licensed embedding model, and the template is
kept in a biometric store until the end of the visit day. Before each return window
a sync service pushes booked guests' templates to an edge matcher at the ride
entrance, where a camera streams the fast lane to a vendor face match model; a
match opens the turnstile, and a ride attendant checks QR codes by hand on a
no-match alert. Guest services staff delete enrolments from an admin console.
Controls: app sign-in, TLS app-to-cloud, consent at enrolment, an encrypted
template store kept one day, staff SSO with roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theme park Face Pass virtual queue",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face-matched fast-lane entry for guests holding a virtual queue return time.",
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Enrolment selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="One photo of the guest's face taken in the app; biometric data once processed.",
)
template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="512-float face embedding linked to the guest's ticket id.",
)
booking_request = tg.Data(
    "Return-time booking request", kind="records", sensitivity=tg.Sensitivity.PII
)
booking = tg.Data(
    "Return-time booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest ticket id, ride, return window and whether Face Pass is on.",
)
guest_account = tg.Data("Guest account details", kind="records", sensitivity=tg.Sensitivity.PII)
window_templates = tg.Data(
    "Booked guests' templates for the window",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Templates and ticket ids of the guests booked on this ride's next window.",
)
frames = tg.Data(
    "Entrance camera video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live video of everyone walking into the fast-lane entrance.",
)
match_result = tg.Data("Face match result", kind="model-output", sensitivity=tg.Sensitivity.PII)
gate_open = tg.Data("Gate open decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
no_match_alert = tg.Data("No-match alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
entry_log = tg.Data("Fast-lane entry log", kind="logs", sensitivity=tg.Sensitivity.PII)
deletion_request = tg.Data(
    "Enrolment deletion request", kind="records", sensitivity=tg.Sensitivity.PII
)
vendor_model = tg.Data(
    "Face recognition model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor SDK release with the embedding and matching networks.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The park visitor who opts in to Face Pass.
    guest = tm.add(tg.Actor("Park guest", role="guest"))
    # Our park app on the guest's own phone: booking and the selfie capture.
    app = tm.add(
        tg.Device(
            "Park app on guest phone",
            fleet=True,
            description="iOS and Android park app; the guest signs in with their park account.",
        )
    )

with tm.boundary("Biometric vendor", trust=tg.Trust.PARTNER):
    # Where the licensed face recognition SDK releases come from.
    vendor = tm.add(
        tg.ExternalService(
            "Face SDK vendor portal",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="The vendor's download portal for licensed model releases.",
        )
    )

with tm.boundary("Park cloud", trust=tg.Trust.INTERNAL):
    # Public API the app calls for bookings and Face Pass enrolment.
    enrol_api = tm.add(
        tg.Endpoint(
            "Face Pass and booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="park account e-mail and password"),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a), ticked in the app"),
            },
        )
    )
    # Turns the enrolment selfie into a template; runs on a cloud GPU node.
    embedder = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Vendor-licensed weights run in our own container.",
        )
    )
    # Allocates return times and holds the bookings.
    queue = tm.add(tg.Service("Virtual queue service"))
    booking_db = tm.add(
        tg.DataStore("Booking database", stores={booking, guest_account, entry_log})
    )
    # Pushes the next window's templates to the ride entrance.
    sync = tm.add(tg.Service("Template sync service"))
    # Staff tool to look up a guest's Face Pass and delete it on request.
    console = tm.add(
        tg.Service(
            "Guest services admin console",
            controls={c.Authentication(method="staff SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Biometric store", trust=tg.Trust.RESTRICTED):
        # Where enrolled templates live for the day of the visit.
        template_store = tm.add(
            tg.DataStore(
                "Face template store",
                stores={template},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=1),
                },
            )
        )

with tm.boundary("Park operations network", trust=tg.Trust.INTERNAL):  # noqa: SIM117 (kept as the writer wrote it)
    with tm.boundary("Ride entrance", trust=tg.Trust.INTERNAL):
        # Fixed camera over the fast-lane entrance.
        camera = tm.add(tg.Device("Fast-lane entrance camera", fleet=True))
        # Edge box in the ride's entrance cabinet that runs the match.
        matcher = tm.add(tg.Service("Edge gate matcher"))
        # Compares a face seen at the entrance with the booked templates.
        match_model = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                description="Vendor-licensed matcher; a similarity above 0.8 is a match.",
            )
        )
        # Opens for the guest when the matcher says so.
        turnstile = tm.add(tg.Device("Fast-lane turnstile", fleet=True))
        # Staffs the fast lane and handles guests the camera does not match.
        attendant = tm.add(tg.Actor("Ride attendant", role="ride operations staff"))

with tm.boundary("Park offices", trust=tg.Trust.INTERNAL):
    staff = tm.add(tg.Actor("Guest services agent", role="guest services staff"))

# ---------------------------------------------------------------- flows
# booking and enrolment
tm.flow(guest, app, booking_request, selfie, label="in the app")
tm.flow(app, enrol_api, booking_request, selfie, protocol="https")
tm.flow(enrol_api, app, booking, protocol="https")
tm.flow(enrol_api, queue, booking_request)
tm.flow(queue, booking_db, booking)
tm.flow(booking_db, queue, booking, guest_account)
tm.flow(queue, enrol_api, booking)
tm.flow(enrol_api, embedder, selfie)
tm.flow(embedder, enrol_api, template)
tm.flow(enrol_api, template_store, template)

# before each return-time window
tm.flow(booking_db, sync, booking, label="bookings for the next window")
tm.flow(template_store, sync, template)
tm.flow(sync, matcher, window_templates, protocol="https")

# at the ride entrance
tm.flow(camera, matcher, frames, protocol="rtsp")
tm.flow(matcher, match_model, frames, window_templates)
tm.flow(match_model, matcher, match_result)
tm.flow(matcher, turnstile, gate_open, protocol="http")
tm.flow(matcher, attendant, no_match_alert, label="on the panel")
tm.flow(matcher, queue, entry_log, protocol="https", label="entries used")

# guest services
tm.flow(staff, console, deletion_request, protocol="https")
tm.flow(console, booking_db, deletion_request)
tm.flow(booking_db, console, booking, guest_account)
tm.flow(console, template_store, deletion_request)

# model releases from the vendor
tm.flow(vendor, embedder, vendor_model, protocol="https")
tm.flow(vendor, match_model, vendor_model, protocol="https")
