"""Fitness club access gate with face check: the first design, before any security review.

Members of a chain of fitness clubs in the EU enrol a selfie in the club's mobile app.
A cloud enrolment API turns the selfie into a face template with an embedding model and
keeps it in a template store next to the membership database. A sync service pushes the
templates of active members to a gate server in each club. At the entrance a camera
streams frames to the gate server, which runs a face-matching model on site and, when a
frame matches an active member, pulses the turnstile to open. Front-desk staff watch the
entries on the gate server's local web page and can open the turnstile by hand. Entry
events go back to the cloud for occupancy reports. Head-office admins manage members.
Controls in this design: sign-in on the app and for staff and admins, HTTPS between the
app, the clubs and the cloud, encryption at rest of the template store and role-based
access for admins. The camera stream is plain RTSP on the club LAN and the turnstile is
driven by a relay contact.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fitness club access gate face check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Members enter the club by face: selfie enrolment in the cloud, matching at the gate.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Member app sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
selfie = tg.Data(
    "Enrolment selfie",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
enrolment_status = tg.Data("Enrolment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
template = tg.Data(
    "Face template",
    sensitivity=tg.Sensitivity.PII,
    kind="embeddings",
    description="Biometric embedding of the member's face, special-category data under GDPR.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
membership = tg.Data("Membership status", sensitivity=tg.Sensitivity.PII, kind="records")
member_records = tg.Data("Member records", sensitivity=tg.Sensitivity.PII, kind="records")
frame = tg.Data("Gate camera frames", sensitivity=tg.Sensitivity.PII, kind="media")
match = tg.Data("Face match result", sensitivity=tg.Sensitivity.PII, kind="model-output")
unlock = tg.Data("Turnstile unlock pulse", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
override = tg.Data("Manual override unlock", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
entries = tg.Data("Entry events", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and create an account before buying a membership.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The club's iOS/Android app: takes the enrolment selfie with the phone camera.
    app = tm.add(
        tg.Device(
            "Member mobile app",
            description="Phone app for bookings, membership and face enrolment.",
        )
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives selfies from the app and creates the member's face template.
    enrolment_api = tm.add(
        tg.Endpoint(
            "Enrolment API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Open-weights face embedding network, run on the enrolment API's GPU node.
    embedder = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Pretrained face recognition backbone downloaded from a model hub.",
        )
    )
    # Source of truth for who is a member and whether the membership is paid up.
    member_db = tm.add(tg.DataStore("Membership database", stores={member_records, membership}))
    # Copies active members' templates and status to each club every few minutes.
    sync = tm.add(tg.Service("Template sync service"))
    # Entry history for occupancy dashboards and disputes about visits.
    entry_log = tm.add(tg.DataStore("Entry log store", stores={entries}))

    with tm.boundary("Biometric store", trust=tg.Trust.RESTRICTED):
        # One template per enrolled member; the selfie itself is not kept.
        template_store = tm.add(
            tg.DataStore(
                "Face template store",
                stores={template},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Membership team: creates, freezes and cancels memberships.
    admin = tm.add(
        tg.Actor(
            "Head-office admin",
            role="membership admin",
            privileged=True,
            controls={c.RBAC()},
        )
    )

with tm.boundary("Club premises LAN", trust=tg.Trust.INTERNAL):
    # Small server in the club's back office: holds the local template cache and decides entry.
    gate_server = tm.add(
        tg.Service(
            "Club gate server",
            description="Caches templates of active members, runs matching, drives the turnstile.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Face matcher on the gate server: compares a frame's embedding with the cached templates.
    matcher = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Same backbone as enrolment plus a cosine-similarity threshold.",
        )
    )
    # IP camera above the entrance lane.
    camera = tm.add(tg.Device("Entrance camera", fleet=False))
    # Turnstile with a dry-contact input: a pulse releases one rotation.
    turnstile = tm.add(tg.Device("Entrance turnstile", fleet=False))
    # Reception staff: see who enters and let people in when the face check fails.
    front_desk = tm.add(
        tg.Actor(
            "Front-desk staff",
            role="reception staff",
            controls={c.Authentication(method="shared front-desk PIN")},
        )
    )

# ---------------------------------------------------------------- flows
# enrolment
tm.flow(member, app, credentials, selfie, label="signs in and takes selfie")
tm.flow(app, enrolment_api, credentials, selfie, protocol="https")
tm.flow(enrolment_api, app, enrolment_status, protocol="https")
tm.flow(enrolment_api, embedder, selfie)
tm.flow(embedder, enrolment_api, template)
tm.flow(enrolment_api, template_store, template)
tm.flow(admin, member_db, member_records, protocol="https", label="admin portal")

# distribution to clubs
tm.flow(template_store, sync, template)
tm.flow(member_db, sync, membership)
tm.flow(sync, gate_server, template, membership, protocol="https")

# entry at the gate
tm.flow(camera, gate_server, frame, protocol="rtsp")
tm.flow(gate_server, matcher, frame, template)
tm.flow(matcher, gate_server, match)
tm.flow(gate_server, turnstile, unlock, label="relay contact")
tm.flow(gate_server, front_desk, frame, match, protocol="http", label="reception web page")
tm.flow(front_desk, gate_server, override, protocol="http", label="open-gate button")
tm.flow(gate_server, entry_log, entries, protocol="https")
