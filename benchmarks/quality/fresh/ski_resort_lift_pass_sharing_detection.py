"""Ski resort lift pass sharing detection: the first design, before any security review.

An EU ski resort wants to stop season passes being lent out. When a pass is scanned
at a lift gate, the gate controller has the gate camera take a photo of the skier;
a face matching service on the resort network compares it with the pass holder's
enrolment photo using an open-weights face verification model, and raises a
likely-sharing flag in the ticket office's review console, where staff can block
the pass. Enrolment photos are uploaded by buyers in the online shop or taken at
the ticket desk, and both live in the ticketing vendor's hosted system, which also
sends the gates their list of valid and blocked passes. Gate cameras, readers and
the matching service sit on the resort network; gate photos are kept in a photo
store until the end of the season. The shop and console need a sign-in, staff
access is by role, and a person decides every block.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski resort lift pass sharing detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face verification at lift gates that flags shared season passes for review.",
)

# ---------------------------------------------------------------- data assets
pass_order = tg.Data(
    "Season pass order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Holder name, date of birth, contact details and pass type.",
)
order_confirmation = tg.Data(
    "Pass order confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
enrolment_photo = tg.Data(
    "Enrolment face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pass_holders = tg.Data(
    "Pass holder records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
pass_scan = tg.Data("Pass scan", kind="records", sensitivity=tg.Sensitivity.PII)
gate_decision = tg.Data("Gate open or deny", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pass_list = tg.Data(
    "Valid and blocked pass list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_photo = tg.Data(
    "Gate face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
sharing_flag = tg.Data(
    "Likely pass sharing flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pass id, gate, time, match score and both photos.",
)
block_decision = tg.Data("Pass block decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Buys the pass online or at the desk, then scans it and is photographed at the gates.
    skier = tm.add(tg.Actor("Skier", role="season pass holder"))

with tm.boundary("Ticketing vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor-hosted web shop where season passes are bought and photos uploaded.
    shop = tm.add(
        tg.Endpoint(
            "Online ticket shop",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The vendor's ticketing back end: passes, holders, enrolment photos, block list.
    ticketing = tm.add(
        tg.DataStore(
            "Ticketing system",
            stores={pass_holders, enrolment_photo, pass_list},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Resort network", trust=tg.Trust.INTERNAL):
    # Takes the enrolment photo when a pass is bought in person.
    desk_camera = tm.add(tg.Device("Ticket desk camera", fleet=False))
    # Reads the season pass card at each lift turnstile.
    reader = tm.add(tg.Device("Lift gate pass reader"))
    # Photographs the skier when the pass is scanned.
    gate_camera = tm.add(tg.Device("Lift gate camera"))
    # Checks each scan against the pass list, opens the turnstile, triggers the photo.
    gate_controller = tm.add(tg.Service("Lift gate controller"))
    # Pairs each gate photo with the enrolment photo and flags likely sharing.
    matcher = tm.add(tg.Service("Face matching service"))
    # Compares two face photos and returns a similarity score.
    face_model = tm.add(
        tg.Model(
            "Face verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Keeps gate photos and match results for the season.
    photo_store = tm.add(
        tg.DataStore(
            "Gate photo store",
            stores={gate_photo, match_score},
            controls={c.RetentionLimits(days=180, note="purged after the season closes")},
        )
    )
    # Where the ticket office reviews flags side by side and decides on blocks.
    console = tm.add(
        tg.Endpoint(
            "Pass sharing review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff domain password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="ticket office staff"),
            },
        )
    )
    # Sells passes at the desk, enrols photos, reviews flags and blocks passes.
    staff = tm.add(tg.Actor("Ticket office staff", role="ticket office"))

# ---------------------------------------------------------------- flows
tm.flow(skier, shop, pass_order, enrolment_photo, protocol="https")
tm.flow(shop, skier, order_confirmation, protocol="https")
tm.flow(shop, ticketing, pass_order, enrolment_photo)

tm.flow(skier, staff, pass_order, label="in person at the ticket desk")
tm.flow(skier, desk_camera, enrolment_photo, label="photographed at the ticket desk")
tm.flow(desk_camera, ticketing, enrolment_photo, protocol="https")
tm.flow(staff, ticketing, pass_order, protocol="https", label="desk sale")

tm.flow(ticketing, gate_controller, pass_list, protocol="https", label="pass list sync")
tm.flow(skier, reader, pass_scan, label="pass scanned at the gate")
tm.flow(reader, gate_controller, pass_scan)
tm.flow(gate_controller, reader, gate_decision)
tm.flow(skier, gate_camera, gate_photo, label="photographed at the gate")
tm.flow(gate_controller, gate_camera, pass_scan, label="photo trigger")
tm.flow(gate_camera, matcher, gate_photo, protocol="http")
tm.flow(gate_controller, matcher, pass_scan)

tm.flow(ticketing, matcher, enrolment_photo, protocol="https")
tm.flow(matcher, face_model, gate_photo, enrolment_photo)
tm.flow(face_model, matcher, match_score)
tm.flow(matcher, photo_store, gate_photo, match_score)
tm.flow(matcher, console, sharing_flag)

tm.flow(photo_store, console, gate_photo, match_score)
tm.flow(console, staff, sharing_flag, protocol="https")
tm.flow(staff, console, block_decision, protocol="https")
tm.flow(console, ticketing, block_decision, protocol="https", label="block pass")
