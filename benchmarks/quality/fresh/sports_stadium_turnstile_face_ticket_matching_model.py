"""Face entry for season-ticket holders at a football stadium: the first design.

Season-ticket holders can opt in through the club app: they take a selfie, give
consent, and the enrolment service turns the selfie into a face template linked to
their season ticket. On match days, cameras on the turnstiles send frames to the
gate access service on the stadium's own servers, which asks the face matching
model for the best-matching enrolled template and opens the turnstile when that
template belongs to a valid ticket for today's match. When there is no match, the
gate stays shut and a steward scans the ticket barcode in the app with a handheld
scanner instead. Every entry event, with the camera snapshot, goes into the
match-day log that the safety officer uses for post-match safety investigations.
Controls in this design: app accounts with e-mail and password, explicit consent
recorded at enrolment, encrypted template storage, fail-closed gates, role-based
access to the logs and TLS from the app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stadium turnstile face-to-ticket matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Opt-in face recognition at the turnstiles for season-ticket holders.",
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Enrolment selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric photo taken in the app, with the holder's consent flag.",
)
template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
season_ticket = tg.Data(
    "Season ticket record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Holder name, seat, ticket status and barcode for the season.",
)
barcode = tg.Data("Ticket barcode", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
face_frames = tg.Data("Turnstile camera frames", kind="media", sensitivity=tg.Sensitivity.REGULATED)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Best-matching template id and similarity score.",
)
open_command = tg.Data("Gate open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scan_result = tg.Data("Barcode check result", kind="records", sensitivity=tg.Sensitivity.PII)
entry_events = tg.Data(
    "Match-day entry log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per entry: turnstile, time, ticket, match score and camera snapshot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The fan who enrols and later walks through the turnstile.
    holder = tm.add(tg.Actor("Season-ticket holder", role="fan"))
    # The club app on the fan's own phone: enrolment and the fallback barcode.
    app = tm.add(tg.Device("Club app", description="iOS and Android app on fans' phones."))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Backend the app talks to for accounts, tickets and enrolment.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club account e-mail and password")},
        )
    )
    # The club's system of record for season tickets.
    ticket_db = tm.add(tg.DataStore("Season ticket database", stores={season_ticket}))

with tm.boundary("Stadium data centre", trust=tg.Trust.INTERNAL):
    # Turns an enrolment selfie into a template linked to the ticket.
    enrolment = tm.add(
        tg.Service(
            "Face enrolment service",
            controls={c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)")},
        )
    )
    # Holds the enrolled templates; read by the gates before each match.
    template_store = tm.add(
        tg.DataStore(
            "Face template store",
            stores={template},
            controls={c.EncryptionAtRest(key_management="on-prem HSM")},
        )
    )
    # Face embedding and 1:N search over the enrolled templates.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open face-embedding model fine-tuned by our integrator; "
            "returns the nearest enrolled template and its similarity.",
        )
    )
    # Decides whether a turnstile opens, from a face match or a steward's scan.
    gate_service = tm.add(
        tg.Service(
            "Gate access service",
            description="Checks the matched or scanned ticket is valid for today's match "
            "and not already used, then opens the turnstile.",
            controls={
                c.FailClosed(fallback="turnstile stays shut and the fan is sent to a steward")
            },
        )
    )
    # Entry events kept for safety investigations.
    log_store = tm.add(
        tg.DataStore("Match-day log store", stores={entry_events}, controls={c.RBAC()})
    )

with tm.boundary("Turnstile network", trust=tg.Trust.INTERNAL):
    # One camera per turnstile lane.
    camera = tm.add(tg.Device("Turnstile camera"))
    # The gate mechanism itself, opened by the gate access service.
    gate = tm.add(tg.Device("Turnstile gate"))
    # Used by stewards when face entry fails.
    handheld = tm.add(tg.Device("Steward handheld scanner"))
    # Stewards at the turnstile banks.
    steward = tm.add(tg.Actor("Steward", role="match-day steward"))

with tm.boundary("Stadium control room", trust=tg.Trust.INTERNAL):
    # Reviews entry logs after incidents.
    safety_officer = tm.add(tg.Actor("Safety officer", role="stadium safety officer"))

# ---------------------------------------------------------------- flows
tm.flow(holder, app, selfie, label="taken in the app")
tm.flow(app, app_api, selfie, protocol="https")
tm.flow(app_api, app, barcode, protocol="https")
tm.flow(app, holder, barcode, label="shown on the phone screen")
tm.flow(ticket_db, app_api, season_ticket)
tm.flow(app_api, enrolment, selfie, season_ticket, protocol="https")
tm.flow(enrolment, face_model, selfie)
tm.flow(face_model, enrolment, template)
tm.flow(enrolment, template_store, template)

tm.flow(holder, camera, face_frames, label="in person at the turnstile")
tm.flow(camera, gate_service, face_frames, protocol="rtsp")
tm.flow(template_store, face_model, template, label="pre-match sync")
tm.flow(gate_service, face_model, face_frames)
tm.flow(face_model, gate_service, match_result)
tm.flow(ticket_db, gate_service, season_ticket, label="pre-match sync")
tm.flow(gate_service, gate, open_command)

tm.flow(holder, steward, barcode, label="shown on the phone in person")
tm.flow(steward, handheld, barcode, label="scanned by hand")
tm.flow(handheld, gate_service, barcode)
tm.flow(gate_service, handheld, scan_result)

tm.flow(gate_service, log_store, entry_events)
tm.flow(log_store, safety_officer, entry_events)
