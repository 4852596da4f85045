"""Lift pass gate face match: the first design, before any security review.

An Alpine ski resort (EU) sells season passes in its web shop; each buyer uploads a
portrait photo, which is stored with the pass record in the resort's cloud tenancy.
A nightly enrolment job turns each photo into a face template with an open-weights
face model from a vendor, and the templates are synced to an edge server in every
lift station. At the gate the skier taps the RFID pass card on the turnstile reader
and a gate camera takes a still; the edge server compares the still with the pass's
template. A match opens the turnstile. A mismatch holds the gate and alerts the lift
attendant's handheld; the attendant compares the skier with the pass photo and
releases or refuses entry, and the event (stills included) goes to a mismatch store
that the pass office reviews before blocking a shared pass. Controls in this design:
sign-in to the web shop and the staff tools, upload checks, encryption at rest of
the cloud stores, role-based access and audit logs in the review console, and 30-day
retention of mismatch events. If the matcher is down, gates fall back to pass-only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lift pass gate face match",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face match at lift turnstiles against the season pass photo, to stop pass sharing.",
)

# ---------------------------------------------------------------- data assets
pass_order = tg.Data(
    "Season pass order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, e-mail, address and payment reference.",
)
portrait = tg.Data(
    "Pass portrait photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The photo the buyer uploads; also printed in the attendant's view.",
)
confirmation = tg.Data("Order confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
pass_record = tg.Data(
    "Pass holder record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
template = tg.Data(
    "Face template",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="embeddings",
    description="Biometric template computed from the pass photo, keyed by pass card ID.",
)
face_still = tg.Data(
    "Gate face still",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Camera still of the skier at the turnstile, taken when the card is tapped.",
)
card_id = tg.Data("Pass card ID", sensitivity=tg.Sensitivity.PII, kind="records")
match_score = tg.Data(
    "Face match score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
gate_release = tg.Data("Gate release command", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
mismatch_alert = tg.Data(
    "Mismatch alert",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass photo, gate still, pass holder name and the lift.",
)
manual_release = tg.Data(
    "Attendant gate release", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
mismatch_event = tg.Data(
    "Mismatch event",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Pass ID, time, lift, both images, score and the attendant's outcome.",
)
block_decision = tg.Data("Pass block decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
blocked_list = tg.Data("Blocked pass list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
weights = tg.Data("Face model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buys the pass online, then meets the gate camera and turnstile in person.
    skier = tm.add(tg.Actor("Skier", role="season pass holder"))

with tm.boundary("Face model vendor", trust=tg.Trust.PARTNER):
    # Supplies the face recognition network used for enrolment and matching.
    vendor = tm.add(
        tg.ExternalService(
            "Face model vendor portal",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Licensed open-weights face recognition model, downloaded per release.",
        )
    )

with tm.boundary("Resort cloud", trust=tg.Trust.INTERNAL):
    # Where passes are sold and the photo is collected.
    web_shop = tm.add(
        tg.Endpoint(
            "Pass web shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, size limit, exactly one face detected"),
            },
        )
    )
    # System of record for passes, their photos and their status.
    pass_db = tm.add(
        tg.DataStore(
            "Pass holder database",
            stores={pass_record, portrait},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Computes a face template for each new or changed pass photo.
    enrolment = tm.add(
        tg.Pipeline(
            "Nightly face enrolment job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs the vendor model over new pass photos and writes templates.",
        )
    )
    # Master copy of the templates, synced out to the lift stations.
    template_store = tm.add(
        tg.DataStore(
            "Face template store",
            stores={template},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Keeps mismatch events for the pass office's review.
    mismatch_store = tm.add(
        tg.DataStore(
            "Mismatch event store",
            stores={mismatch_event},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Lift stations", trust=tg.Trust.INTERNAL):
    # Sees the skier's face as the pass card is tapped.
    camera = tm.add(tg.Device("Gate camera", fleet=True))
    # Reads the RFID pass card and opens the turnstile arm.
    turnstile = tm.add(tg.Device("Pass reader turnstile", fleet=True))
    # Runs the match locally so gates keep working when the mountain link is slow.
    edge = tm.add(
        tg.Service(
            "Lift station edge server",
            description="Holds a local copy of templates and the blocked pass list; "
            "decides whether the turnstile opens.",
            controls={
                c.HumanInTheLoop(
                    approver="lift attendant at the gate",
                    note="a mismatch holds the gate; the attendant compares the skier "
                    "with the pass photo and releases or refuses entry",
                )
            },
        )
    )
    # Compares the gate still with the pass template.
    face_model = tm.add(
        tg.Model(
            "Face-match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor face recognition network; cosine similarity against a fixed threshold.",
        )
    )
    # Shows mismatch alerts to the attendant and lets them release the gate.
    handheld = tm.add(
        tg.Device(
            "Attendant handheld",
            fleet=True,
            controls={c.Authentication(method="staff badge tap and own PIN")},
        )
    )
    # Checks flagged skiers in person at the gate.
    attendant = tm.add(tg.Actor("Lift attendant", role="lift staff"))

with tm.boundary("Resort office", trust=tg.Trust.INTERNAL):
    # Where the pass office reviews mismatch events and blocks shared passes.
    console = tm.add(
        tg.Service(
            "Pass sharing review console",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Decides whether a pass was shared and blocks it.
    reviewer = tm.add(tg.Actor("Pass office reviewer", role="pass office staff"))

# ---------------------------------------------------------------- flows
# purchase and enrolment
tm.flow(skier, web_shop, pass_order, portrait, protocol="https")
tm.flow(web_shop, skier, confirmation, protocol="https")
tm.flow(web_shop, pass_db, pass_record, portrait)
tm.flow(pass_db, enrolment, portrait, label="nightly batch of new photos")
tm.flow(vendor, enrolment, weights, protocol="https", label="model release download")
tm.flow(enrolment, template_store, template)
tm.flow(template_store, edge, template, protocol="https", label="nightly sync")
tm.flow(vendor, face_model, weights, protocol="https", label="model release download")

# at the gate
tm.flow(skier, turnstile, card_id, protocol="rfid", label="card tapped on the reader")
tm.flow(skier, camera, face_still, label="face seen in person at the gate")
tm.flow(turnstile, edge, card_id, protocol="http")
tm.flow(camera, edge, face_still, protocol="rtsp")
tm.flow(edge, face_model, face_still, template)
tm.flow(face_model, edge, match_score)
tm.flow(edge, turnstile, gate_release, protocol="http")

# mismatch handling
tm.flow(edge, handheld, mismatch_alert, protocol="https", label="station wifi")
tm.flow(handheld, attendant, mismatch_alert, label="on the screen")
tm.flow(attendant, handheld, manual_release, label="on the touchscreen")
tm.flow(handheld, edge, manual_release, protocol="https", label="station wifi")
tm.flow(edge, mismatch_store, mismatch_event, protocol="https")
tm.flow(mismatch_store, console, mismatch_event)
tm.flow(console, reviewer, mismatch_event, protocol="https")
tm.flow(reviewer, console, block_decision, protocol="https")
tm.flow(console, pass_db, block_decision)
tm.flow(pass_db, edge, blocked_list, protocol="https", label="sync every 5 minutes")
