"""Prison visit booking with ID verification: the first design, before any security review.

Families and friends book social visits to a prisoner on a public website. They
sign in with an e-mail address and password, pick a slot and upload a photo of
their ID document and a selfie. A booking service sends both pictures to a face
matching API run by an identity-verification vendor, and checks the visitor's
name and date of birth against the prison's banned-visitor list, which security
staff keep on the prison network. Confirmations go out by e-mail. On the day, a
gate officer opens the booking on a prison tablet, sees the ID photo, the match
result and any banned-list hit, and decides whether to let the visitor in.
The website and booking service run in the justice department's cloud tenancy;
TLS protects the public and vendor links, the booking database is encrypted at
rest, and the banned-visitor list is restricted by role to security staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visit booking with ID verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public visit booking with face matching of visitors and banned-visitor checks.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Visit booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, date of birth, address, prisoner number and chosen slot.",
)
id_images = tg.Data(
    "ID document photo and selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Similarity score and match / no-match from the vendor.",
)
booking = tg.Data(
    "Visit booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
banned_entries = tg.Data(
    "Banned visitor entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, dates of birth and reasons for visitors barred from a prison.",
)
banned_lookup = tg.Data("Banned-list lookup", kind="records", sensitivity=tg.Sensitivity.PII)
banned_hits = tg.Data("Banned-list hits", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
gate_view = tg.Data(
    "Gate booking view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's bookings with ID photo, match result and banned-list hits.",
)
check_in = tg.Data("Visitor check-in record", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family members and friends of prisoners, on their own phones and computers.
    visitor = tm.add(tg.Actor("Visitor", role="prison visitor"))

with tm.boundary("Identity verification vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted face-matching API: compares the ID photo with the selfie.
    face_match = tm.add(
        tg.Model(
            "Face matching service",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Compares the face on the ID document with the selfie; returns a score.",
            controls={c.SupplierAssessment(note="vendor security questionnaire at contract")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Justice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public booking site visitors sign in to.
    website = tm.add(
        tg.Endpoint(
            "Visit booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Orchestrates a booking: face match, banned-list check, storage and notification.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Runs the face match and banned-list check for each new booking.",
        )
    )
    # Bookings, uploaded ID images and match results.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, id_images, match_result},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Prison network", trust=tg.Trust.RESTRICTED):
    # The banned-visitor list kept by each prison's security department.
    banned_list = tm.add(
        tg.DataStore(
            "Banned visitor list",
            stores={banned_entries},
            controls={c.RBAC(note="only security staff may edit")},
        )
    )
    # Security staff add and remove banned visitors.
    security_officer = tm.add(tg.Actor("Security officer", role="prison security staff"))
    # Shared tablet at the visitors' gate showing the day's bookings.
    gate_tablet = tm.add(
        tg.Device(
            "Gate tablet",
            fleet=True,
            controls={c.Authentication(method="staff network account")},
        )
    )
    # Officer who checks visitors in at the gate.
    gate_officer = tm.add(tg.Actor("Gate officer", role="prison officer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(visitor, website, booking_request, id_images, protocol="https", controls={tls})
tm.flow(website, visitor, confirmation, protocol="https", controls={tls})
tm.flow(website, booking_service, booking_request, id_images)
tm.flow(booking_service, website, confirmation)

tm.flow(booking_service, face_match, id_images, protocol="https", controls={tls})
tm.flow(face_match, booking_service, match_result, protocol="https", controls={tls})

tm.flow(booking_service, banned_list, banned_lookup, protocol="https", label="banned-list check")
tm.flow(banned_list, booking_service, banned_hits, protocol="https")
tm.flow(security_officer, banned_list, banned_entries, label="maintains list")

tm.flow(booking_service, booking_db, booking, id_images, match_result)
tm.flow(booking_db, booking_service, booking, id_images, match_result)

tm.flow(booking_service, mailer, confirmation, protocol="https")
tm.flow(mailer, visitor, confirmation, protocol="smtp", label="confirmation e-mail")

tm.flow(booking_service, gate_tablet, gate_view, protocol="https", label="day's bookings")
tm.flow(gate_tablet, booking_service, check_in, protocol="https")
tm.flow(gate_tablet, gate_officer, gate_view, label="shown on screen")
tm.flow(gate_officer, gate_tablet, check_in, label="admits or refuses visitor")
