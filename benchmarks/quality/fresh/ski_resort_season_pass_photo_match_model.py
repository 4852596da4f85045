"""Season-pass photo match at the lift gates: the first design, before any security review.

An Alpine ski resort in the EU sells personal season passes online. When buying,
the skier uploads a portrait photo, which the online pass shop stores with the
pass record in the resort's cloud ticketing tenant. A nightly enrolment job turns
each new portrait into a face template with a licensed face-verification model
that runs on servers in the resort's own data room. At every lift, a camera on
the turnstile photographs the skier as the RFID pass is read; the gate controller
opens on a valid pass and sends the photo and pass number to the face match
service, which compares it with the enrolled template. A mismatch never blocks a
pass by itself: it alerts the lift attendant's handheld, and only an attendant or
ticket-office staff can block the pass after looking at both photos. If the
match service is unreachable, gates keep opening on the RFID check alone. Match
events are kept 30 days; staff sign in with their own directory accounts.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Ski resort season-pass photo match",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lift gates photograph skiers and match them to the season-pass photo "
    "to stop pass sharing.",
)

# ---------------------------------------------------------------- data assets
pass_order = tg.Data(
    "Season pass order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, e-mail and pass type.",
)
portrait = tg.Data(
    "Pass holder portrait",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The photo the skier uploads when buying the pass.",
)
order_confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data("Payment request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pass_record = tg.Data(
    "Pass holder record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
face_template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric template computed from the portrait, keyed by pass number.",
)
pass_id = tg.Data(
    "RFID pass number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The chip number read from the skier's pass card at the turnstile.",
)
valid_passes = tg.Data(
    "Valid pass list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_photo = tg.Data(
    "Gate photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Still of the skier taken by the turnstile camera at each pass read.",
)
match_request = tg.Data(
    "Match request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass number, lift, time and the gate photo.",
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_result = tg.Data("Match result", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_event = tg.Data(
    "Match event",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Pass number, lift, time, score and, for mismatches, the gate photo.",
)
mismatch_alert = tg.Data(
    "Mismatch alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gate photo next to the enrolled portrait, with the pass holder's name.",
)
attendant_check = tg.Data("Attendant check outcome", kind="records", sensitivity=tg.Sensitivity.PII)
block_decision = tg.Data("Pass block decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Public",
    trust=tg.Trust.UNTRUSTED,
    description="The internet and the public areas of the ski area.",
):
    # The skier: buys the pass online and later stands at the turnstile.
    skier = tm.add(tg.Actor("Season pass holder", role="skier"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card details never reach the resort.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Ticketing cloud", trust=tg.Trust.INTERNAL):
    # Where skiers buy passes and upload their portrait.
    shop = tm.add(
        tg.Endpoint(
            "Online pass shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload accepts JPEG/PNG up to 5 MB, one face detected"),
            },
        )
    )
    # System of record for passes, with the portraits.
    pass_db = tm.add(
        tg.DataStore(
            "Pass holder database",
            stores={pass_record, portrait},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS"), c.RBAC()},
        )
    )

with tm.boundary("Resort data room", trust=tg.Trust.INTERNAL):
    # Nightly job that turns new portraits into templates.
    enrolment = tm.add(
        tg.Pipeline(
            "Template enrolment job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs nightly; re-enrols a pass when its portrait changes.",
        )
    )
    # Biometric templates the match service compares against.
    template_store = tm.add(
        tg.DataStore("Face template store", stores={face_template}, controls={c.RBAC()})
    )
    # Licensed vendor model, run on our own GPU server.
    face_model = tm.add(
        tg.Model(
            "Face verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Licensed face-recognition SDK; computes templates and a similarity "
            "score between a gate photo and a template.",
        )
    )
    # Decides match or mismatch from the score and a fixed threshold.
    match_service = tm.add(
        tg.Service(
            "Face match service",
            description="Looks up the template for the pass, asks the model for a score, "
            "applies the threshold and raises mismatch alerts.",
        )
    )
    # Record of match results, kept for disputes.
    event_log = tm.add(
        tg.DataStore(
            "Gate match event log",
            stores={match_event},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Staff app: mismatch alerts on handhelds, case review and pass blocking.
    control_app = tm.add(
        tg.Service(
            "Pass control app",
            controls={
                c.Authentication(method="individual resort directory account"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="lift attendant or ticket-office staff compare both photos "
                    "before any pass is blocked"
                ),
            },
        )
    )

with tm.boundary(
    "Lift station network",
    trust=tg.Trust.INTERNAL,
    description="Gate hardware at the valley and mountain lift stations.",
):
    # Photographs the skier at the moment the pass is read.
    camera = tm.add(tg.Device("Turnstile camera", fleet=True))
    # Reads the RFID pass, opens the turnstile, forwards the photo for matching.
    gate = tm.add(
        tg.Service(
            "Gate controller",
            description="One per turnstile; keeps a local copy of the valid pass list.",
        )
    )

with tm.boundary("Resort staff", trust=tg.Trust.INTERNAL):
    # Stops the skier at the lift when a mismatch alert arrives.
    attendant = tm.add(tg.Actor("Lift attendant", role="lift staff"))
    # Reviews disputed cases and blocks shared passes.
    ticket_office = tm.add(tg.Actor("Ticket office staff", role="ticketing staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Buying the pass
tm.flow(skier, shop, pass_order, portrait, protocol="https", controls={tls})
tm.flow(shop, skier, order_confirmation, protocol="https", controls={tls})
tm.flow(shop, payments, payment_request, protocol="https", controls={tls})
tm.flow(payments, shop, payment_result, protocol="https", controls={tls})
tm.flow(shop, pass_db, pass_record, portrait)

# Enrolment
tm.flow(pass_db, enrolment, portrait, label="new and changed portraits")
tm.flow(enrolment, face_model, portrait)
tm.flow(face_model, enrolment, face_template)
tm.flow(enrolment, template_store, face_template)

# At the gate
tm.flow(pass_db, gate, valid_passes, protocol="https", controls={tls}, label="sync every 5 minutes")
tm.flow(skier, gate, pass_id, protocol="rfid", label="pass card read")
tm.flow(skier, camera, gate_photo, label="skier in front of the turnstile")
tm.flow(camera, gate, gate_photo, protocol="http", label="snapshot on pass read")
tm.flow(gate, match_service, match_request, protocol="https", controls={tls})
tm.flow(template_store, match_service, face_template)
tm.flow(match_service, face_model, gate_photo, face_template)
tm.flow(face_model, match_service, match_score)
tm.flow(match_service, gate, match_result, protocol="https", controls={tls})
tm.flow(match_service, event_log, match_event)

# Mismatch handling
tm.flow(match_service, control_app, mismatch_alert)
tm.flow(pass_db, control_app, portrait, pass_record)
tm.flow(control_app, attendant, mismatch_alert, protocol="https", controls={tls}, label="handheld")
tm.flow(attendant, control_app, attendant_check, protocol="https", controls={tls}, label="handheld")
tm.flow(event_log, control_app, match_event)
tm.flow(control_app, ticket_office, mismatch_alert, match_event, protocol="https", controls={tls})
tm.flow(ticket_office, control_app, block_decision, protocol="https", controls={tls})
tm.flow(control_app, pass_db, block_decision)
