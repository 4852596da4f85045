"""Stadium turnstile banned-fan face matching: the first design, before any security review.

Our football club's stadium (in the EU) puts a camera above every turnstile. The
cameras stream to a video ingest service in the stadium server room that finds faces
and sends face crops to a vendor-licensed face match model running on our own server.
The model compares each crop with a watchlist gallery of face templates of supporters
banned from the stadium (police banning orders received from the league's feed, plus
club bans entered by the security team) and reports candidates above a threshold.
The alert service pushes each candidate, with the live crop and the watchlist photo,
to the stewards' handhelds at that gate; a steward compares the faces, stops the fan
or dismisses the alert, and the outcome is logged. Security officers manage the
watchlist from the control room console. Controls: crops of fans with no match are
discarded at once, a steward confirms every match, encrypted biometric stores,
role-based access for the control room, and a DPIA under GDPR Art. 9(2)(g).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stadium turnstile banned-fan face matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Turnstile cameras and a face match model alert stewards when a banned "
    "supporter tries to enter the stadium.",
)

# ---------------------------------------------------------------- data assets
face = tg.Data(
    "Fan's face at the turnstile",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Every fan entering is filmed, not only banned ones.",
)
video = tg.Data("Turnstile camera video", kind="media", sensitivity=tg.Sensitivity.PII)
crops = tg.Data(
    "Face crops",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cropped, aligned faces with the turnstile number and time; biometric once matched.",
)
bans = tg.Data(
    "Banning order list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, custody photos and ban periods of supporters under football banning orders.",
)
register_records = tg.Data(
    "Banned supporter records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Police banning orders and club bans: identity, reference photo, ban period, reason.",
)
watchlist_update = tg.Data(
    "Watchlist changes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Club bans added, ended or corrected by a security officer.",
)
templates = tg.Data(
    "Banned supporter face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
candidate = tg.Data(
    "Match candidate",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Watchlist entry id and similarity score for a face crop.",
)
alert = tg.Data(
    "Banned supporter match alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live crop, watchlist photo, name, ban details, gate and turnstile.",
)
outcome = tg.Data(
    "Steward match outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirmed and refused entry, or dismissed as a false match.",
)
events = tg.Data(
    "Match event log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Alerts, scores, crops of matched fans and stewards' outcomes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium approaches", trust=tg.Trust.UNTRUSTED):
    # Every supporter walking through a turnstile, banned or not.
    fan = tm.add(tg.Actor("Entering fan", role="supporter"))

with tm.boundary("League banning order feed", trust=tg.Trust.PARTNER):
    # The league relays the police football unit's current banning orders to clubs.
    ban_feed = tm.add(
        tg.DataSource(
            "Police banning order feed",
            origin=tg.Origin.PARTNER,
            provides={bans},
            description="Weekly export of banning orders with custody photos, via the league.",
        )
    )

with tm.boundary("Stadium camera network", trust=tg.Trust.INTERNAL):
    # One IP camera above each of the turnstiles, on the stadium's camera VLAN.
    cameras = tm.add(
        tg.Device(
            "Turnstile cameras",
            fleet=True,
            description="Fixed IP cameras filming faces at each turnstile.",
        )
    )

with tm.boundary("Stadium server room", trust=tg.Trust.INTERNAL):
    # Decodes the camera streams, detects faces and cuts crops for matching.
    ingest = tm.add(
        tg.Service(
            "Video ingest and face detection",
            controls={
                c.DataMinimization(
                    note="crops and frames with no match above threshold are discarded at once"
                ),
            },
        )
    )
    # The vendor's face recognition model, licensed and run on our own GPU server.
    matcher = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor face recognition SDK: templates each crop and scores it "
            "against the watchlist gallery; candidates above 0.8 similarity are reported.",
            controls={
                c.HumanInTheLoop(
                    approver="steward at the gate",
                    note="a steward compares the live face with the watchlist photo before anyone is stopped",
                ),
                c.ImpactAssessment(
                    basis="substantial public interest, Art. 9(2)(g), national sports-security law"
                ),
            },
        )
    )
    # Turns candidates into alerts for the stewards at the right gate.
    alerts = tm.add(tg.Service("Match alert service"))
    # Keeps what was matched and what the steward did, for disputes and reporting.
    event_log = tm.add(
        tg.DataStore(
            "Match event store",
            stores={events},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

    with tm.boundary("Biometric data enclave", trust=tg.Trust.RESTRICTED):
        # The watchlist: who is banned, on what grounds, and until when.
        register = tm.add(
            tg.DataStore(
                "Banned supporter register",
                stores={register_records},
                controls={c.EncryptionAtRest(key_management="server-held keys")},
            )
        )
        # Builds face templates from the register's reference photos.
        enrolment = tm.add(tg.Pipeline("Watchlist enrolment", stage=tg.Stage.PREPROCESSING))
        # Face templates the model matches against; rebuilt when the register changes.
        gallery = tm.add(
            tg.VectorStore(
                "Watchlist template gallery",
                stores={templates},
                controls={c.EncryptionAtRest(key_management="server-held keys")},
            )
        )

with tm.boundary("Stadium control room", trust=tg.Trust.INTERNAL):
    # Head of security's team: maintains club bans and reviews the day's alerts.
    officer = tm.add(tg.Actor("Security officer", role="security officer", privileged=True))
    # Desktop web app for the watchlist and the alert history.
    console = tm.add(
        tg.Endpoint(
            "Security control room console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual Active Directory accounts"),
                c.RBAC(note="only security officers can edit the watchlist"),
            },
        )
    )

with tm.boundary("Steward devices", trust=tg.Trust.INTERNAL):
    # Club-issued handhelds on the stadium staff Wi-Fi.
    handhelds = tm.add(
        tg.Device(
            "Steward handhelds",
            fleet=True,
            controls={c.Authentication(method="steward ID and PIN")},
        )
    )
    # Match-day stewards, many of them casual staff from a stewarding contractor.
    steward = tm.add(tg.Actor("Gate steward", role="steward"))

# ---------------------------------------------------------------- flows
tm.flow(fan, cameras, face, label="walks through the turnstile")
tm.flow(cameras, ingest, video, protocol="rtsp")
tm.flow(ingest, matcher, crops)
tm.flow(gallery, matcher, templates)
tm.flow(matcher, alerts, candidate)

tm.flow(ban_feed, register, bans, protocol="sftp")
tm.flow(officer, console, watchlist_update, protocol="https")
tm.flow(console, register, watchlist_update, protocol="https")
tm.flow(register, console, register_records, protocol="https")
tm.flow(register, enrolment, register_records)
tm.flow(enrolment, gallery, templates)

tm.flow(register, alerts, register_records, label="photo and ban details of the candidate")
tm.flow(
    alerts, handhelds, alert, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(handhelds, steward, alert)
tm.flow(steward, handhelds, outcome)
tm.flow(
    handhelds,
    alerts,
    outcome,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(steward, fan, outcome, label="stops the fan or lets them through")
tm.flow(alerts, event_log, events)
tm.flow(event_log, console, events, protocol="https")
tm.flow(console, officer, events, register_records, protocol="https")
