"""Badge photo ID check at the entrance turnstiles of a fan convention: the first design.

A three-day cosplay convention in the EU sells badges online; attendees upload a badge
photo to the registration portal (a cloud VM with a managed database). Each night an
enrolment job on the on-site match server pulls new photos and turns them into face
templates with an open-weights face recognition model downloaded from a public hub.
At the entrance each turnstile reads the badge QR code while its camera takes a frame of
the face; the gate match service compares it with the template enrolled for that badge
and opens the gate or refers the attendee to the help desk, where volunteers compare the
frame with the badge photo and a photo ID and release the gate by hand. Controls: HTTPS
and e-mail/password sign-in on the portal, encrypted cloud database, individual volunteer
logins and an audit trail on the desk console, match logs deleted a week after the event.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Convention badge photo ID check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face match of attendees at the entrance turnstiles against their badge photo, "
    "with volunteers resolving mismatches at a help desk.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Attendee registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth, badge type and badge number.",
)
badge_photo = tg.Data(
    "Badge photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Portrait the attendee uploads at registration; printed on the badge too.",
)
badge_qr = tg.Data(
    "Badge QR code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Badge number and a check digit, e-mailed and printed on the badge.",
)
face_template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Biometric template per badge number (GDPR Art. 9 biometric data).",
)
live_frame = tg.Data(
    "Live face frame",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Camera frame of the person standing at the turnstile.",
)
badge_scan = tg.Data("Badge scan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
gate_decision = tg.Data(
    "Gate open or refer decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
mismatch_case = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live frame, badge photo, attendee name and match score for the desk.",
)
desk_override = tg.Data(
    "Desk release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
match_log = tg.Data(
    "Match log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every gate attempt: badge number, score, decision, frame of refused matches.",
)
model_weights = tg.Data(
    "Face recognition weights",
    kind="model-artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.PUBLIC,
)
admin_changes = tg.Data("Registration corrections", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Registers online from anywhere and later stands at the turnstile in person.
    attendee = tm.add(tg.Actor("Attendee", role="convention attendee"))
    # Where the pretrained face recognition model is downloaded from, once, before the event.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Convention cloud", trust=tg.Trust.INTERNAL):
    # Web app where attendees register, pay through the ticket shop and upload their photo.
    portal = tm.add(
        tg.Endpoint(
            "Registration portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The system of record for registrations and the badge photos.
    attendee_db = tm.add(
        tg.DataStore(
            "Attendee database",
            stores={registration, badge_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Convention office", trust=tg.Trust.INTERNAL):
    # Registration team lead: fixes registrations and runs the enrolment before each day.
    ops_admin = tm.add(tg.Actor("Registration lead", role="event operations", privileged=True))

with tm.boundary("Venue event LAN", trust=tg.Trust.INTERNAL):
    # Rented turnstiles with a QR badge reader; they open on the match service's word.
    turnstile = tm.add(
        tg.Device(
            "Entrance turnstile",
            description="Badge QR reader and gate controller, one per entrance lane.",
        )
    )
    # One camera per lane, aimed at the person in front of the turnstile.
    camera = tm.add(tg.Device("Turnstile camera"))
    # Tablet console at the help desk where volunteers resolve referred attendees.
    desk_console = tm.add(
        tg.Service(
            "Help desk console",
            controls={
                c.Authentication(method="individual volunteer username and password"),
                c.AuditLogging(retention_days=30),
            },
        )
    )
    # Volunteers who compare the frame with the badge photo and a photo ID.
    volunteer = tm.add(tg.Actor("Desk volunteer", role="help desk volunteer"))

    with tm.boundary("On-site match server", trust=tg.Trust.RESTRICTED):
        # Builds face templates from the day's badge photos before doors open.
        enrolment = tm.add(
            tg.Pipeline(
                "Face enrolment job",
                stage=tg.Stage.PREPROCESSING,
                description="Runs nightly on the match server; pulls new photos from the cloud.",
            )
        )
        # The face recognition model, run locally for enrolment and for each gate attempt.
        face_model = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights face recognition network; cosine similarity "
                "above a tuned threshold opens the gate.",
            )
        )
        # Face templates keyed by badge number, looked up at each gate attempt.
        gallery = tm.add(tg.VectorStore("Face template gallery", stores={face_template}))
        # Takes the badge scan and frame, asks the model and answers open or refer.
        match_service = tm.add(tg.Service("Gate match service"))
        # What happened at each gate, kept for disputes during the event.
        match_store = tm.add(
            tg.DataStore(
                "Match log store",
                stores={match_log},
                controls={c.RetentionLimits(days=7)},
            )
        )

# ---------------------------------------------------------------- flows
# registration, before the event
tm.flow(attendee, portal, registration, badge_photo, protocol="https", label="registers")
tm.flow(portal, attendee, badge_qr, protocol="https", label="confirmation e-mail")
tm.flow(portal, attendee_db, registration, badge_photo)
tm.flow(attendee_db, portal, registration, label="attendee views own registration")
tm.flow(ops_admin, portal, admin_changes, protocol="https")

# enrolment, the night before each day
tm.flow(model_hub, face_model, model_weights, protocol="https", label="one-off download")
tm.flow(attendee_db, enrolment, registration, badge_photo, protocol="https", label="nightly pull")
tm.flow(enrolment, face_model, badge_photo)
tm.flow(face_model, enrolment, face_template)
tm.flow(enrolment, gallery, face_template)

# at the turnstile
tm.flow(attendee, turnstile, badge_qr, label="badge held to the reader in person")
tm.flow(attendee, camera, live_frame, label="face in front of the camera in person")
tm.flow(turnstile, match_service, badge_scan, protocol="http")
tm.flow(camera, match_service, live_frame, protocol="rtsp")
tm.flow(match_service, gallery, badge_scan, label="template lookup by badge number")
tm.flow(gallery, match_service, face_template)
tm.flow(match_service, face_model, live_frame, face_template)
tm.flow(face_model, match_service, match_score)
tm.flow(match_service, turnstile, gate_decision, protocol="http")
tm.flow(match_service, match_store, match_log)

# mismatches at the help desk
tm.flow(match_service, desk_console, mismatch_case, protocol="https")
tm.flow(desk_console, volunteer, mismatch_case, label="shown on the tablet")
tm.flow(volunteer, desk_console, desk_override, label="taps release on the tablet")
tm.flow(desk_console, match_service, desk_override, protocol="https")
