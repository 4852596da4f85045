"""Biometric self-boarding gates: the first design, before any security review.

An EU airline lets passengers board through self-service e-gates. At check-in,
in the mobile app (passport chip read over NFC plus a selfie) or at a common-use
airport kiosk, the passport photo is enrolled as a face template. The departure
control system sends the passenger list to the border agency, which returns a
board / no-board direction per traveller. At the gate a camera captures the
face and a matching service compares it with the flight's gallery of templates;
a match opens the gate, a non-match is referred to a gate agent who checks the
passport by hand. Templates and photos are purged after departure. Controls:
TLS on external links, login on the check-in API and staff console, the
vendor's liveness check at the gate camera, an encrypted template store with
one-day retention, and an audit log of gate decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport facial boarding gates",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Face-matched self-boarding at airline gates against check-in enrolment "
    "and the border agency's passenger list.",
)

# ---------------------------------------------------------------- data assets
passport_data = tg.Data(
    "Passport data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="MRZ and chip data groups: name, nationality, document number, date of birth.",
)
passport_photo = tg.Data(
    "Passport chip photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Facial image read from the passport chip (biometric, GDPR art. 9).",
)
selfie = tg.Data("Enrolment selfie", kind="media", sensitivity=tg.Sensitivity.REGULATED)
live_capture = tg.Data(
    "Live face capture",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frames from the gate camera while the passenger stands at the gate.",
)
face_template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "Match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Similarity score, matched passenger id and liveness verdict.",
)
boarding_pass = tg.Data("Boarding pass", kind="records", sensitivity=tg.Sensitivity.PII)
checkin_record = tg.Data("Check-in record", kind="records", sensitivity=tg.Sensitivity.PII)
api_data = tg.Data(
    "Advance passenger information",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger list with document details sent to the border agency.",
)
board_direction = tg.Data(
    "Board / no-board direction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
flight_gallery = tg.Data(
    "Flight passenger gallery",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passengers cleared to board this flight, keyed to their templates.",
)
gate_decision = tg.Data(
    "Gate open / refer decision", kind="records", sensitivity=tg.Sensitivity.PII
)
mismatch_case = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live capture, enrolled photo, booking details and the match score.",
)
agent_override = tg.Data("Agent override", kind="records", sensitivity=tg.Sensitivity.PII)
boarding_status = tg.Data("Boarding status", kind="records", sensitivity=tg.Sensitivity.PII)
gate_events = tg.Data("Gate event log", kind="logs", sensitivity=tg.Sensitivity.PII)
purge_order = tg.Data("Post-departure purge", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The traveller: enrols at check-in and walks up to the gate.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))
    # The airline app on the passenger's own phone: reads the passport chip and takes the selfie.
    mobile_app = tm.add(
        tg.Device(
            "Airline mobile app",
            description="iOS/Android app; NFC passport read and selfie capture at online check-in.",
        )
    )

with tm.boundary("Airport common-use network", trust=tg.Trust.PARTNER):
    # Airport-operated check-in kiosks shared by airlines; the other enrolment route.
    kiosk = tm.add(
        tg.Device(
            "Check-in kiosk",
            description="Common-use self-service kiosk with passport reader and camera.",
        )
    )
    # The e-gate: camera, barrier and the vendor's liveness check.
    gate = tm.add(
        tg.Device(
            "Boarding e-gate",
            description="Gate camera and barrier at the boarding door.",
            controls={c.DeepfakeDetection(note="vendor passive liveness check on the gate camera")},
        )
    )
    # Airline staff at the gate who resolve non-matches.
    gate_agent = tm.add(tg.Actor("Gate agent", role="airline gate staff"))

with tm.boundary("Border agency", trust=tg.Trust.PARTNER):
    # Government interactive API/PNR gateway that checks the passenger list.
    border_agency = tm.add(
        tg.ExternalService(
            "Border agency passenger gateway",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Receives advance passenger information and returns board / no-board.",
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Public check-in API behind the app and the kiosks.
    checkin_api = tm.add(
        tg.Endpoint(
            "Check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airline account login or booking reference")},
        )
    )
    # Turns the chip photo into a template after comparing it with the selfie.
    enrolment = tm.add(
        tg.Service(
            "Biometric enrolment service",
            description="Checks selfie against chip photo, then creates the face template.",
        )
    )
    # The airline's departure control system: bookings, check-in and boarding status.
    dcs = tm.add(
        tg.DataStore(
            "Departure control system",
            stores={checkin_record, boarding_status, api_data, board_direction},
        )
    )
    # Web console the gate agent uses to see mismatch cases and board manually.
    agent_console = tm.add(
        tg.Endpoint(
            "Gate agent console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO")},
        )
    )
    # Record of every gate decision and override, for disputes and the regulator.
    event_log = tm.add(
        tg.DataStore(
            "Gate event log",
            stores={gate_events},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

    with tm.boundary("Biometric enclave", trust=tg.Trust.RESTRICTED):
        # Builds the per-flight gallery and runs the 1:N match for each gate capture.
        matcher = tm.add(
            tg.Service(
                "Face matching service",
                description="Matches live captures against the flight gallery; refers non-matches.",
                controls={c.HumanInTheLoop(approver="gate agent", note="non-matches only")},
            )
        )
        # Licensed face-recognition model that turns images into templates and scores.
        face_model = tm.add(
            tg.Model(
                "Face recognition model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Vendor SDK model shipped as weights and run on our own servers.",
            )
        )
        # Templates and enrolled photos for passengers on today's departures.
        template_store = tm.add(
            tg.DataStore(
                "Biometric template store",
                stores={face_template, passport_photo},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=1, note="purged when the flight departs"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Enrolment through the app
tm.flow(passenger, mobile_app, passport_data, passport_photo, selfie, label="NFC read and selfie")
tm.flow(mobile_app, checkin_api, passport_data, passport_photo, selfie, protocol="https")
tm.flow(checkin_api, mobile_app, boarding_pass, protocol="https")

# Enrolment at a kiosk
tm.flow(passenger, kiosk, passport_data, passport_photo, selfie, label="passport scan and photo")
tm.flow(kiosk, checkin_api, passport_data, passport_photo, selfie, protocol="https")
tm.flow(checkin_api, kiosk, boarding_pass, protocol="https")
tm.flow(kiosk, passenger, boarding_pass, label="printed boarding pass")

# Template creation
tm.flow(checkin_api, enrolment, passport_photo, selfie)
tm.flow(enrolment, face_model, passport_photo, selfie)
tm.flow(face_model, enrolment, face_template, match_result)
tm.flow(enrolment, template_store, face_template, passport_photo)
tm.flow(checkin_api, dcs, checkin_record, passport_data)

# Border agency check
tm.flow(dcs, border_agency, api_data, protocol="https")
tm.flow(border_agency, dcs, board_direction, protocol="https")

# Boarding at the gate
tm.flow(dcs, matcher, flight_gallery, label="passengers cleared for the flight")
tm.flow(template_store, matcher, face_template, label="flight gallery templates")
tm.flow(passenger, gate, live_capture, label="face at the gate camera")
tm.flow(gate, matcher, live_capture, protocol="https")
tm.flow(matcher, face_model, live_capture)
tm.flow(face_model, matcher, face_template, match_result)
tm.flow(matcher, gate, gate_decision, protocol="https")
tm.flow(matcher, dcs, boarding_status, label="marked boarded")
tm.flow(matcher, event_log, gate_events)

# Mismatches handled by the gate agent
tm.flow(template_store, matcher, passport_photo, label="enrolled photo for referral")
tm.flow(matcher, agent_console, mismatch_case)
tm.flow(agent_console, gate_agent, mismatch_case, protocol="https")
tm.flow(gate_agent, agent_console, agent_override, protocol="https")
tm.flow(agent_console, matcher, agent_override)
tm.flow(agent_console, dcs, boarding_status, label="manual boarding")
tm.flow(agent_console, event_log, gate_events, label="override record")

# Deletion after departure
tm.flow(dcs, matcher, purge_order, label="flight departed")
tm.flow(matcher, template_store, purge_order, label="delete flight templates")
