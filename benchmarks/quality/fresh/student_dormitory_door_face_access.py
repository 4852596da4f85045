"""Dormitory face access: the first design, before any security review.

A university in the EU wants residents to enter their halls of residence by
face instead of by card. A student signs in to the housing enrolment portal
with the university SSO (MFA) and uploads a selfie; an enrolment service checks
the photo's quality, has the face model turn it into a template and keeps the
template and the photo in a biometric store encrypted at rest. At each hall
entrance a 2D camera reader sends the face it sees over TLS to the campus
access server, which asks the face model to match it against the residents of
that building and, on a match, tells the door controller to release the lock.
The housing system sends the roster nightly so that students who move out lose
access. Every entry is logged with a snapshot (kept 30 days) and shown to the
campus security desk, whose guards can also open doors remotely from a console.
Everything except the SSO runs in the university's own data centre and halls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dormitory face access",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face-recognition entry to student halls of residence.",
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Enrolment selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The student's face photo, a special category under GDPR art. 9.",
)
face_template = tg.Data(
    "Face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
live_face = tg.Data("Door camera face capture", kind="media", sensitivity=tg.Sensitivity.REGULATED)
match_result = tg.Data(
    "Match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Matched student id and similarity score, or no match.",
)
roster = tg.Data(
    "Resident roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Students, their hall and room, and move-in and move-out dates.",
)
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
unlock = tg.Data(
    "Unlock command",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
door_status = tg.Data("Door status", kind="records")
access_events = tg.Data(
    "Access events with snapshots",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who entered which door when, with the camera snapshot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and campus grounds", trust=tg.Trust.UNTRUSTED):
    # Residents enrol from their phones and then walk up to the hall doors.
    student = tm.add(tg.Actor("Student resident", role="resident"))

with tm.boundary("Cloud identity provider", trust=tg.Trust.PARTNER):
    # The university's existing SSO tenant, used to sign students in to the portal.
    sso = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Public web portal where a student enrols their face.
    portal = tm.add(
        tg.Endpoint(
            "Enrolment portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SSO (SAML) with MFA")},
        )
    )
    # Checks the selfie and turns it into a template.
    enrolment = tm.add(
        tg.Service(
            "Enrolment service",
            description="Rejects blurred, dark or multi-face photos before templating.",
            controls={c.InputValidation()},
        )
    )
    # The housing system of record: who lives in which hall.
    housing = tm.add(tg.DataSource("Housing management system", provides={roster}))
    # Central access control: matches faces to residents and decides which doors open.
    access_server = tm.add(tg.Service("Campus access server"))
    # Every door event, for the security desk and for incident follow-up.
    event_log = tm.add(
        tg.DataStore(
            "Access event log",
            stores={access_events},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # The guards' console: live events, snapshots, remote door release.
    console = tm.add(
        tg.Endpoint(
            "Security console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="campus AD account and password"), c.RBAC()},
        )
    )

    with tm.boundary("Biometric zone", trust=tg.Trust.RESTRICTED):
        # Vendor face-recognition model, licensed and run on our own GPU server.
        face_model = tm.add(
            tg.Model(
                "Face matching model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="1:N search of the door's residents; above 0.8 similarity is a match.",
            )
        )
        # Templates and enrolment photos of every enrolled resident.
        template_store = tm.add(
            tg.DataStore(
                "Biometric template store",
                stores={face_template, selfie},
                controls={c.EncryptionAtRest(key_management="server full-disk encryption")},
            )
        )

with tm.boundary("Hall building network", trust=tg.Trust.INTERNAL):
    # 2D colour camera readers mounted at each hall entrance.
    readers = tm.add(tg.Device("Door face readers", fleet=True))
    # Releases the electric strike and reports door forced or held open.
    door_controller = tm.add(tg.Device("Door controller", fleet=True))

with tm.boundary("Security office", trust=tg.Trust.INTERNAL):
    # Campus security guards at the desk who watch the doors around the clock.
    guard = tm.add(tg.Actor("Security guard", role="security staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, selfie, protocol="https", label="enrol")
tm.flow(portal, sso, protocol="https", label="sign-in redirect")
tm.flow(sso, portal, sso_assertion, protocol="https")
tm.flow(portal, enrolment, selfie)
tm.flow(housing, enrolment, roster, protocol="sftp", label="eligibility")
tm.flow(enrolment, face_model, selfie)
tm.flow(face_model, enrolment, face_template)
tm.flow(enrolment, template_store, face_template, selfie)

tm.flow(student, readers, live_face, label="walks up to the door")
tm.flow(readers, access_server, live_face, protocol="tls")
tm.flow(access_server, face_model, live_face)
tm.flow(template_store, face_model, face_template)
tm.flow(face_model, access_server, match_result)
tm.flow(housing, access_server, roster, protocol="sftp", label="nightly roster sync")
tm.flow(access_server, door_controller, unlock)
tm.flow(door_controller, access_server, door_status)
tm.flow(access_server, event_log, access_events)

tm.flow(event_log, console, access_events)
tm.flow(access_server, console, access_events, door_status, label="live alerts")
tm.flow(console, access_server, unlock, label="remote release")
tm.flow(template_store, console, selfie, label="enrolment photo for visual check")
tm.flow(console, guard, access_events, selfie, protocol="https")
tm.flow(guard, console, unlock, protocol="https")
