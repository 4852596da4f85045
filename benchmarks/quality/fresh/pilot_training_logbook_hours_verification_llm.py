"""Pilot training logbook hours verification: the first design, before any review.

A flight school wants to speed up checking student pilots' flying hours before a
licence application. Students sign in to the school's student portal and upload
photos of their logbook pages. A verification agent in the school's cloud
tenancy sends each photo to a hosted vision LLM, which extracts the flights
(date, aircraft registration, times, P1/dual); the agent then looks each flight up
in the aircraft technical log and the booking system through two read-only
lookup tools and writes a verification report flagging mismatches. The chief
flying instructor (CFI) reviews the report on a review console, signs the hours
off, and only then does the licence application service submit the application
to the aviation authority's online licensing portal. Controls in this design:
portal sign-in and upload checks, read-only tool accounts, SSO with MFA and
audit logging on the CFI console, CFI approval before submission.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pilot training logbook hours verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM extraction of logbook hours, cross-checked against school records.",
)

# ---------------------------------------------------------------- data assets
logbook_photos = tg.Data(
    "Logbook page photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
submission_status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions plus the logbook page image.",
)
extracted_flights = tg.Data(
    "Extracted flight entries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Date, registration, departure and arrival, block times, P1 or dual.",
)
lookup_query = tg.Data("Flight lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
techlog_entries = tg.Data(
    "Technical log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-flight sector record: aircraft, pilot in command, airborne times.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bookings = tg.Data("Aircraft bookings", kind="records", sensitivity=tg.Sensitivity.PII)
verification_report = tg.Data(
    "Verification report with mismatch flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
sign_off = tg.Data(
    "CFI hours sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
application = tg.Data(
    "Licence application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant identity, medical certificate number, verified hours summary.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application_ref = tg.Data(
    "Application reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Uploads logbook photos from a phone or laptop.
    student = tm.add(tg.Actor("Student pilot", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the handwritten logbook pages.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Aviation authority", trust=tg.Trust.PARTNER):
    # Where licence applications are filed.
    authority = tm.add(
        tg.ExternalService(
            "Authority licensing portal",
            description="The aviation authority's online licence application service.",
        )
    )

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # Students' entry point for uploads and status.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Keeps the uploaded pages until the hours are signed off.
    upload_store = tm.add(
        tg.DataStore(
            "Logbook upload store",
            stores={logbook_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drives extraction and cross-checking for each submission.
    agent = tm.add(
        tg.Agent(
            "Logbook verification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Calls the LLM, then the lookup tools, then writes the report.",
        )
    )
    # Read-only lookup of flights by date and aircraft in the tech log.
    techlog_tool = tm.add(
        tg.Tool(
            "Tech log lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Read-only lookup of who had the aircraft booked.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only API key")},
        )
    )
    # The school's record of every flight flown on each aircraft.
    techlog = tm.add(tg.DataStore("Aircraft technical log system", stores={techlog_entries}))
    # Aircraft and instructor bookings.
    booking_system = tm.add(tg.DataStore("Booking system", stores={bookings}))
    # Reports, flags and the CFI's sign-offs per student.
    verification_store = tm.add(
        tg.DataStore("Hours verification records", stores={verification_report, sign_off})
    )
    # Where the CFI reviews flagged flights and signs off hours.
    review_console = tm.add(
        tg.Endpoint(
            "CFI review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school SSO with MFA"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Assembles and submits the application once hours are signed off.
    licence_service = tm.add(
        tg.Service(
            "Licence application service",
            controls={c.HumanInTheLoop(approver="chief flying instructor")},
        )
    )

with tm.boundary("School operations network", trust=tg.Trust.INTERNAL):
    # Signs off hours; accountable to the authority for the training record.
    cfi = tm.add(
        tg.Actor("Chief flying instructor", role="chief flying instructor", privileged=True)
    )
    # Instructors and ops staff record flights in the tech log and make bookings.
    instructor = tm.add(tg.Actor("Flight instructor", role="instructor"))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, logbook_photos, protocol="https", label="upload")
tm.flow(portal, student, submission_status, protocol="https")
tm.flow(portal, upload_store, logbook_photos)
tm.flow(verification_store, portal, submission_status)

tm.flow(upload_store, agent, logbook_photos)
tm.flow(agent, vision_llm, extraction_prompt, protocol="https")
tm.flow(vision_llm, agent, extracted_flights, protocol="https")

tm.flow(agent, techlog_tool, lookup_query)
tm.flow(techlog_tool, techlog, lookup_query)
tm.flow(techlog, techlog_tool, techlog_entries)
tm.flow(techlog_tool, agent, techlog_entries)
tm.flow(agent, booking_tool, lookup_query)
tm.flow(booking_tool, booking_system, lookup_query, protocol="https")
tm.flow(booking_system, booking_tool, bookings, protocol="https")
tm.flow(booking_tool, agent, bookings)
tm.flow(agent, verification_store, verification_report)

tm.flow(verification_store, review_console, verification_report)
tm.flow(upload_store, review_console, logbook_photos)
tm.flow(review_console, cfi, verification_report, logbook_photos, protocol="https")
tm.flow(cfi, review_console, sign_off, protocol="https")
tm.flow(review_console, verification_store, sign_off)

tm.flow(verification_store, licence_service, sign_off, verification_report)
tm.flow(licence_service, authority, application, protocol="https")
tm.flow(authority, licence_service, application_ref, protocol="https")

tm.flow(instructor, techlog, techlog_entries, protocol="https")
tm.flow(instructor, booking_system, bookings, protocol="https")
