"""Scuba centre medical screening and boat manifest: the first design, before any security review.

A PADI dive centre in Portugal runs boat trips for visiting divers. Before a trip each
diver signs in to a booking portal with a one-time link e-mailed to them, fills in the
RSTC medical questionnaire and uploads a photo of their certification card, their
recent dive log and, when asked, a doctor's signed fitness statement. A screening
service sends each questionnaire to a hosted LLM, which flags the answers that need a
doctor's sign-off; flagged divers get an e-mail asking for one. The dive manager
reviews flags, cards, logs and sign-offs in an operations console and alone decides
who dives; the decisions make up the day's manifest, which the boat crew see on a
shared tablet and use for the roll call. Controls: HTTPS, upload type and size checks,
staff sign-in with TOTP and roles, default cloud encryption, the manager's decision,
and a per-tablet API key; the tablet app itself opens with a crew PIN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scuba centre medical screening and manifest",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Divers' medical questionnaires screened by an LLM for doctor sign-off; the dive "
        "manager decides who dives; boat crew read the manifest on a tablet."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Trip booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, emergency contact, trip date and gear sizes.",
)
questionnaire = tg.Data(
    "Medical questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Health data: heart, lung, ear, medication and pregnancy questions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cert_card = tg.Data(
    "Certification card photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the diver's agency card: name, photo, level and number.",
)
dive_log = tg.Data(
    "Dive log",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded PDF or app export of recent dives, depths and dates.",
)
sign_off = tg.Data(
    "Doctor's sign-off form",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The physician's signed statement that the diver is fit to dive.",
)
portal_link = tg.Data(
    "One-time sign-in link", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking_status = tg.Data("Booking status page", kind="records", sensitivity=tg.Sensitivity.PII)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions and the diver's questionnaire answers.",
)
medical_flags = tg.Data(
    "Medical flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which answers need a doctor's sign-off, with the model's reason.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_off_request = tg.Data(
    "Sign-off request e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
dive_decision = tg.Data(
    "Dive decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cleared, cleared with conditions, or not diving, with the manager's note.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
manifest = tg.Data(
    "Day's manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Divers, buddy pairs, certification level, emergency contacts and medical conditions noted.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
roll_call = tg.Data(
    "Roll call",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who boarded, entered and surfaced, with times.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers booking trips from home or their hotel.
    diver = tm.add(tg.Actor("Diver", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail: sign-in links and sign-off requests.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads questionnaires and flags answers that need a doctor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General chat model prompted with the RSTC referral rules.",
        )
    )

with tm.boundary("Dive centre cloud", trust=tg.Trust.INTERNAL):
    # Where divers book, answer the questionnaire and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="one-time link e-mailed to the booking address"),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # Card photos, dive logs and sign-off forms.
    uploads = tm.add(
        tg.DataStore(
            "Document uploads bucket",
            stores={cert_card, dive_log, sign_off},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Bookings, questionnaires, flags, decisions and manifests.
    records_db = tm.add(
        tg.DataStore(
            "Diver records database",
            stores={booking, questionnaire, medical_flags, dive_decision, manifest, roll_call},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Sends each new questionnaire to the LLM and stores the flags.
    screening = tm.add(
        tg.Service(
            "Medical screening service",
            controls={
                c.HumanInTheLoop(
                    approver="the dive manager",
                    note="flags only advise; the manager decides who dives",
                )
            },
        )
    )
    # Staff console for reviewing divers and setting the manifest.
    console = tm.add(
        tg.Endpoint(
            "Dive operations console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="staff e-mail and password with TOTP"),
                c.RBAC(note="front desk sees bookings; only the dive manager sees medical data"),
            },
        )
    )
    # Syncs the day's manifest to the boat tablet and takes back the roll call.
    manifest_api = tm.add(
        tg.Endpoint(
            "Manifest sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )

with tm.boundary("Dive shop", trust=tg.Trust.INTERNAL):
    # Decides who dives; the only person who reads medical answers.
    manager = tm.add(tg.Actor("Dive manager", role="dive manager", privileged=True))

with tm.boundary("Dive boat", trust=tg.Trust.INTERNAL):
    # Skipper and divemasters running the trip.
    crew = tm.add(tg.Actor("Boat crew", role="crew"))
    # One shared Android tablet per boat, on 4G at sea; keeps an offline copy.
    tablet = tm.add(
        tg.Device(
            "Boat tablet",
            fleet=True,
            controls={c.Authentication(method="shared crew PIN")},
            description="Manifest app with an offline copy for when the boat has no signal.",
        )
    )

# ---------------------------------------------------------------- flows
# the diver
tm.flow(email, diver, portal_link, sign_off_request, protocol="smtps")
tm.flow(
    diver,
    portal,
    portal_link,
    booking,
    questionnaire,
    cert_card,
    dive_log,
    sign_off,
    protocol="https",
)
tm.flow(portal, diver, booking_status, protocol="https")
tm.flow(portal, email, portal_link, protocol="https")
tm.flow(portal, records_db, booking, questionnaire)
tm.flow(records_db, portal, booking_status)
tm.flow(portal, uploads, cert_card, dive_log, sign_off)

# screening
tm.flow(records_db, screening, questionnaire)
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, medical_flags, protocol="https")
tm.flow(screening, records_db, medical_flags)
tm.flow(screening, email, sign_off_request, protocol="https")

# the dive manager's decision
tm.flow(records_db, console, booking, questionnaire, medical_flags, roll_call)
tm.flow(uploads, console, cert_card, dive_log, sign_off)
tm.flow(
    console, manager, questionnaire, medical_flags, cert_card, dive_log, sign_off, protocol="https"
)
tm.flow(manager, console, dive_decision, protocol="https")
tm.flow(console, records_db, dive_decision, manifest)

# the boat
tm.flow(records_db, manifest_api, manifest, label="morning sync")
tm.flow(manifest_api, tablet, manifest, protocol="https")
tm.flow(tablet, manifest_api, roll_call, protocol="https")
tm.flow(manifest_api, records_db, roll_call)
tm.flow(tablet, crew, manifest, label="on the tablet screen, in person")
tm.flow(crew, tablet, roll_call, label="ticked on the touchscreen")
