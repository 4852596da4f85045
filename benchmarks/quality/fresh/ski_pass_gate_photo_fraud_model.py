"""Ski pass gate photo check: the first design, before any security review.

An Alpine ski resort sells RFID season passes. Pass holders register a portrait
photo in the resort app when they buy or renew, and it is kept with their pass
account in the app backend. At the lift, the turnstile reads the pass, the resort's
access control system opens the gate, and the gate camera takes a photo of the
skier. The photo check service looks up the pass holder's registered photo and
asks a face comparison model (open weights, run on the resort's own servers)
whether the two show the same person. Low matches become suspected sharing cases
that ticket office staff review side by side with the photos; no pass is blocked
without a person deciding, and a block is pushed to the access control system.
App accounts sign in with e-mail and password, staff use domain logins, gate photos
are deleted after 14 days unless a case is open, and the console is audit logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski pass gate photo fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags season passes used by someone other than the registered holder.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Pass holder account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth, pass type and RFID pass number.",
)
registered_photo = tg.Data(
    "Registered photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
registration_status = tg.Data(
    "Registration status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pass_id = tg.Data("Pass RFID number", kind="records", sensitivity=tg.Sensitivity.PII)
gate_photo = tg.Data(
    "Gate photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
passage = tg.Data(
    "Gate passage record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Pass number, lift, gate and time of each passage.",
)
gate_decision = tg.Data("Gate open decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Suspected sharing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, passage, both photos' references and the match score.",
)
review_decision = tg.Data("Reviewer decision", kind="records", sensitivity=tg.Sensitivity.PII)
block = tg.Data(
    "Pass block instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and slopes", trust=tg.Trust.UNTRUSTED):
    # The season pass holder: registers a photo and rides the lifts.
    holder = tm.add(tg.Actor("Pass holder", role="season pass customer"))
    # The resort app on the holder's own phone.
    app = tm.add(
        tg.Device(
            "Resort app", description="iOS and Android app for passes and photo registration."
        )
    )

with tm.boundary("Resort cloud", trust=tg.Trust.INTERNAL):
    # Backend the app talks to.
    app_api = tm.add(
        tg.Endpoint(
            "App backend API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG only, size and dimensions checked"),
            },
        )
    )
    # Pass accounts with the registered photos.
    holder_db = tm.add(
        tg.DataStore(
            "Pass holder database",
            stores={account, registered_photo, pass_id},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Lift station network", trust=tg.Trust.INTERNAL):
    # Turnstiles with an RFID reader and a camera at every lift.
    gate = tm.add(tg.Device("Lift gate", description="Turnstile with RFID reader and camera."))

with tm.boundary("Resort data centre", trust=tg.Trust.INTERNAL):
    # The vendor's access control system that validates passes and opens gates.
    access_control = tm.add(
        tg.Service(
            "Access control system",
            description="Ticketing vendor's gate server; keeps the block list.",
        )
    )
    # Compares each gate photo with the registered one and raises cases.
    photo_check = tm.add(
        tg.Service(
            "Photo check service",
            controls={
                c.HumanInTheLoop(
                    approver="ticket office staff decide every block; nothing is blocked automatically"
                ),
            },
        )
    )
    # The face comparison model.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model; cosine similarity of the two faces.",
        )
    )
    # Gate photos kept for review.
    photo_store = tm.add(
        tg.DataStore(
            "Gate photo store",
            stores={gate_photo, passage},
            controls={c.RetentionLimits(days=14, note="kept longer only while a case is open")},
        )
    )
    # Open and closed sharing cases.
    case_store = tm.add(tg.DataStore("Sharing case store", stores={case, review_decision}))
    # Where ticket office staff review cases.
    console = tm.add(
        tg.Service(
            "Ticket office review console",
            controls={
                c.Authentication(method="Windows domain login"),
                c.RBAC(note="ticket office supervisors and staff only"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Ticket office", trust=tg.Trust.INTERNAL):
    # Staff who review photos and may block a pass.
    staff = tm.add(tg.Actor("Ticket office staff", role="ticket office staff"))

# ---------------------------------------------------------------- flows
tm.flow(holder, app, account, registered_photo, label="registers photo")
tm.flow(app, app_api, account, registered_photo, protocol="https")
tm.flow(app_api, app, registration_status, protocol="https")
tm.flow(app_api, holder_db, account, registered_photo, pass_id)

tm.flow(holder, gate, pass_id, gate_photo, label="taps pass, camera photographs skier")
tm.flow(gate, access_control, pass_id)
tm.flow(access_control, gate, gate_decision)
tm.flow(gate, photo_check, gate_photo, passage, protocol="https")

tm.flow(photo_check, holder_db, pass_id, protocol="https", label="photo lookup")
tm.flow(holder_db, photo_check, registered_photo, protocol="https")
tm.flow(photo_check, face_model, gate_photo, registered_photo)
tm.flow(face_model, photo_check, match_score)
tm.flow(photo_check, photo_store, gate_photo, passage)
tm.flow(photo_check, case_store, case, label="score below match threshold")

tm.flow(case_store, console, case)
tm.flow(photo_store, console, gate_photo)
tm.flow(holder_db, console, registered_photo, account, protocol="https")
tm.flow(console, staff, case, gate_photo, registered_photo)
tm.flow(staff, console, review_decision)
tm.flow(console, case_store, review_decision)
tm.flow(console, access_control, block, label="block pass")
