"""Ski lift ticket gates with face match: the first design, before any security review.

An Alpine ski resort wants to stop season passes being shared. Skiers buy a pass in the
online shop and upload a face photo; the pass management service in the resort's cloud
turns it into a face template with a licensed face-recognition SDK and stores both with
the pass. Templates, photos and pass status are synced to an edge server in each lift
station so gates keep working offline. At the turnstile the RFID reader reads the pass,
a camera takes a face capture and the gate controller asks the on-site verification model
for a match. A match opens the turnstile; a mismatch holds it and the lift attendant's
tablet shows capture and pass photo side by side, and the attendant decides. Mismatch
cases go to the ticket office, whose staff can block a pass. Controls today: TLS on links
leaving a station, shop and back-office sign-in, an encrypted pass database, passage
logging, 30-day deletion of mismatch captures and a shared station PIN on the tablets.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski lift ticket gate face match",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face verification at lift turnstiles against the season-pass photo, "
    "with lift attendants resolving mismatches.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Pass holder account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, e-mail, address and pass type.",
)
pass_photo = tg.Data(
    "Pass photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Passport-style face photo uploaded when buying the pass.",
)
template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric face embedding computed from the pass photo.",
)
confirmation = tg.Data("Pass order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
pass_status = tg.Data(
    "Pass status list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Valid, expired or blocked, per pass ID.",
)
pass_id = tg.Data("Pass ID read", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
capture = tg.Data(
    "Gate face capture",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Still frame of the skier's face taken at the turnstile.",
)
match_score = tg.Data(
    "Match score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Similarity between the capture and the pass holder's template.",
)
turnstile_cmd = tg.Data("Turnstile command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mismatch = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass ID, gate capture, pass photo, match score, time and lift.",
)
resolution = tg.Data(
    "Attendant resolution",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Let through, or pass held and skier sent to the ticket office.",
)
passage_log = tg.Data(
    "Passage log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every gate passage: pass ID, lift, time, match result.",
)
block = tg.Data("Pass block decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buys the pass online, and later stands in front of the gate camera.
    skier = tm.add(tg.Actor("Season pass holder", role="skier"))

with tm.boundary("Resort cloud", trust=tg.Trust.INTERNAL):
    # Where passes are sold and the photo is uploaded.
    shop = tm.add(
        tg.Endpoint(
            "Online pass shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo must be a JPEG under 5 MB with exactly one face"),
            },
        )
    )
    # Enrols passes, syncs templates to stations, and is the ticket office's back office.
    pass_mgmt = tm.add(
        tg.Service(
            "Pass management service",
            description="Pass records, enrolment and the ticket office console.",
            controls={
                c.Authentication(method="corporate SSO with MFA", note="ticket office staff")
            },
        )
    )
    # Turns the uploaded photo into the template gates compare against.
    enroller = tm.add(
        tg.Model(
            "Face embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Licensed face-recognition SDK run on our own servers.",
        )
    )
    # System of record for every pass and its biometric template.
    pass_db = tm.add(
        tg.DataStore(
            "Pass database",
            stores={account, pass_photo, template, pass_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Keeps what the gates record so the ticket office can follow up sharing.
    events = tm.add(
        tg.DataStore(
            "Gate event store",
            stores={mismatch, resolution, passage_log},
            controls={c.RetentionLimits(days=30, note="mismatch captures only")},
        )
    )

with tm.boundary("Lift station network", trust=tg.Trust.INTERNAL):
    # Local copy so the gates work when the link to the valley is down.
    cache = tm.add(
        tg.DataStore("Station template cache", stores={template, pass_photo, pass_status})
    )
    # RFID reader, camera and turnstile at each lift gate.
    gate = tm.add(tg.Device("Gate camera and turnstile", fleet=True))
    # Decides per passage: reads the pass, asks the matcher, opens or holds the gate.
    controller = tm.add(
        tg.Service(
            "Gate controller",
            controls={
                c.HumanInTheLoop(
                    approver="lift attendant", note="every mismatch waits for the attendant"
                ),
                c.AuditLogging(note="every passage is logged"),
            },
        )
    )
    # Compares the capture with the pass holder's template on the station's edge server.
    matcher = tm.add(
        tg.Model(
            "Face verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Same vendor SDK; threshold set per gate.",
        )
    )
    # Shows the attendant the capture beside the pass photo on a mismatch.
    tablet = tm.add(
        tg.Device(
            "Attendant tablet",
            fleet=True,
            controls={c.Authentication(method="station PIN shared by lift staff")},
        )
    )
    # Staff at the gate who resolve mismatches in person.
    attendant = tm.add(tg.Actor("Lift attendant", role="gate staff"))

with tm.boundary("Resort office network", trust=tg.Trust.INTERNAL):
    # Reviews mismatch cases and blocks shared passes.
    office = tm.add(tg.Actor("Ticket office staff", role="ticket office"))

# ---------------------------------------------------------------- flows
# Buying the pass and enrolling the photo
tm.flow(skier, shop, account, pass_photo, protocol="https")
tm.flow(shop, skier, confirmation, protocol="https")
tm.flow(shop, pass_mgmt, account, pass_photo)
tm.flow(pass_mgmt, enroller, pass_photo)
tm.flow(enroller, pass_mgmt, template)
tm.flow(pass_mgmt, pass_db, account, pass_photo, template, pass_status)
tm.flow(pass_db, pass_mgmt, account, pass_photo, template, pass_status)
tm.flow(
    pass_mgmt,
    cache,
    template,
    pass_photo,
    pass_status,
    protocol="https",
    label="nightly and on-change sync",
)

# At the gate
tm.flow(skier, gate, capture, pass_id, label="presents card, faces camera")
tm.flow(gate, controller, capture, pass_id, protocol="http")
tm.flow(cache, controller, template, pass_photo, pass_status)
tm.flow(controller, matcher, capture, template)
tm.flow(matcher, controller, match_score)
tm.flow(controller, gate, turnstile_cmd, protocol="http")

# Resolving a mismatch
tm.flow(controller, tablet, mismatch, protocol="https", label="station Wi-Fi")
tm.flow(tablet, attendant, mismatch, label="shown on screen")
tm.flow(attendant, tablet, resolution)
tm.flow(tablet, controller, resolution, protocol="https", label="station Wi-Fi")
tm.flow(controller, events, mismatch, resolution, passage_log, protocol="https")

# Ticket office follow-up
tm.flow(events, pass_mgmt, mismatch, resolution)
tm.flow(office, pass_mgmt, block, protocol="https")
tm.flow(pass_mgmt, office, mismatch, account, protocol="https")
