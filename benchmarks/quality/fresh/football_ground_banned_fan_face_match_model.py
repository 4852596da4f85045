"""Banned-fan face matching at the turnstiles: the first design, before any security review.

A professional football club will fit cameras above its turnstiles that compare the faces
of supporters queuing to enter with a watchlist of people under football banning orders.
The police football unit supplies the list (names, custody photos, order conditions) over
SFTP before each home match; a loader enrols the photos into face templates with a
vendor-licensed face recognition model that runs on the club's own servers. During the
match window a matching service compares each face from the camera streams with the
watchlist and, on a match, pushes an alert with the custody photo to the handhelds of the
stewards at that gate. The steward looks up the person's ticket on the ticketing vendor's
platform and checks photo ID before refusing entry, then records the outcome. A control
room officer reviews alerts and outcomes on a console, maintains the watchlist and reports
attempted entries back to the police. Faces that do not match are discarded straight away;
the watchlist is encrypted and only the security team can open it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Football ground banned-fan face matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turnstile cameras match supporters' faces against the police banning-order "
    "list; stewards check ticket and ID before refusing entry.",
)

# ---------------------------------------------------------------- data assets
face_video = tg.Data(
    "Turnstile face video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of every supporter's face in the turnstile queue.",
)
banning_list = tg.Data(
    "Banning order list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, custody photos and order conditions of people under banning orders.",
)
watchlist_templates = tg.Data(
    "Watchlist face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
live_templates = tg.Data(
    "Supporter face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    description="Templates computed from each face in the queue, compared then discarded.",
)
match_alert = tg.Data(
    "Match alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Gate, camera still, custody photo, name and similarity score.",
)
ticket_lookup = tg.Data("Ticket barcode lookup", kind="records", sensitivity=tg.Sensitivity.PII)
ticket_holder = tg.Data(
    "Ticket holder details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and seat the ticket was sold to.",
)
ticket_and_id = tg.Data(
    "Ticket and photo ID",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Shown to the steward in person at the gate.",
)
gate_outcome = tg.Data(
    "Gate outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Refused, admitted after ID check, or false match, with the steward's note.",
)
entry_decision = tg.Data("Entry decision", kind="records", sensitivity=tg.Sensitivity.PII)
match_events = tg.Data(
    "Match event log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every alert with its still, score and gate outcome.",
)
attempt_report = tg.Data(
    "Attempted entry report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
watchlist_changes = tg.Data(
    "Watchlist changes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Expired or lifted orders removed by the control room.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium approach", trust=tg.Trust.UNTRUSTED):
    # Every supporter queuing at a turnstile is filmed, not only the banned ones.
    supporter = tm.add(tg.Actor("Supporter", role="match-goer"))

with tm.boundary("Police football unit", trust=tg.Trust.PARTNER):
    # The source of the banning orders, and where attempted entries are reported.
    police_portal = tm.add(
        tg.ExternalService(
            "Police banning order portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Publishes the banning-order list for each fixture over SFTP.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # Tells the steward whom the scanned ticket was sold to.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="The club's hosted ticketing and season-card system.",
        )
    )

with tm.boundary("Club stadium network", trust=tg.Trust.INTERNAL):
    # The cameras that feed the matcher, one or two per turnstile bank.
    cameras = tm.add(
        tg.Device(
            "Turnstile cameras",
            description="IP cameras on a dedicated VLAN, streaming during the match window.",
        )
    )
    # Club-managed phones the gate stewards carry on matchday.
    handheld = tm.add(
        tg.Device(
            "Steward handheld",
            description="Matchday app showing alerts, scanning tickets and recording outcomes.",
            controls={c.Authentication(method="matchday steward login shared per gate")},
        )
    )
    # The person who stops a matched supporter and decides at the gate.
    steward = tm.add(tg.Actor("Gate steward", role="matchday steward"))
    # Reviews alerts and outcomes and keeps the watchlist current.
    officer = tm.add(
        tg.Actor("Control room security officer", role="security officer", privileged=True)
    )
    # The officer's view of alerts, outcomes and the watchlist.
    console = tm.add(
        tg.Endpoint(
            "Control room console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="club SSO with MFA"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Security server room", trust=tg.Trust.RESTRICTED):
        # Turns the police custody photos into face templates before each match.
        loader = tm.add(
            tg.Pipeline(
                "Watchlist loader",
                stage=tg.Stage.INGESTION,
                description="Fetches the fixture list and enrols each custody photo.",
            )
        )
        # The vendor's face recognition model, run on the club's own GPU server.
        face_model = tm.add(
            tg.Model(
                "Face recognition model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Vendor-licensed model computing face templates from images.",
            )
        )
        # Compares every face in the queue with the watchlist and raises alerts.
        matcher = tm.add(
            tg.Service(
                "Face matching service",
                description="Alerts when similarity to a watchlist template passes the threshold.",
                controls={
                    c.HumanInTheLoop(
                        approver="gate steward checks ticket and photo ID before any refusal"
                    ),
                    c.DataMinimization(note="non-matching faces and templates are dropped at once"),
                },
            )
        )
        # The banning-order list and its templates for the current fixtures.
        watchlist = tm.add(
            tg.DataStore(
                "Watchlist store",
                stores={banning_list, watchlist_templates},
                controls={c.EncryptionAtRest(key_management="server TPM-sealed key"), c.RBAC()},
            )
        )
        # What happened on each alert, kept for the police and for complaints.
        event_log = tm.add(tg.DataStore("Match event store", stores={match_events}))

# ---------------------------------------------------------------- flows
# watchlist enrolment before the match
tm.flow(
    police_portal,
    loader,
    banning_list,
    protocol="sftp",
    controls={c.EncryptionInTransit(protocol="SSH")},
    label="fixture banning list",
)
tm.flow(loader, face_model, banning_list, label="custody photos")
tm.flow(face_model, loader, watchlist_templates)
tm.flow(loader, watchlist, banning_list, watchlist_templates)

# matching at the turnstiles
tm.flow(supporter, cameras, face_video, label="walks through the camera's view")
tm.flow(cameras, matcher, face_video, protocol="rtsp")
tm.flow(matcher, face_model, face_video, label="face crops")
tm.flow(face_model, matcher, live_templates)
tm.flow(watchlist, matcher, watchlist_templates, banning_list)
tm.flow(matcher, handheld, match_alert, protocol="https", label="push alert")
tm.flow(handheld, steward, match_alert)

# the steward's check at the gate
tm.flow(supporter, steward, ticket_and_id, label="shown in person")
tm.flow(steward, handheld, ticket_lookup, gate_outcome)
tm.flow(handheld, ticketing, ticket_lookup, protocol="https")
tm.flow(ticketing, handheld, ticket_holder, protocol="https")
tm.flow(handheld, steward, ticket_holder)
tm.flow(steward, supporter, entry_decision)
tm.flow(handheld, matcher, gate_outcome, protocol="https")
tm.flow(matcher, event_log, match_events)

# control room review and reporting
tm.flow(officer, console, watchlist_changes, protocol="https")
tm.flow(console, officer, match_events, protocol="https")
tm.flow(event_log, console, match_events)
tm.flow(watchlist, console, banning_list)
tm.flow(console, watchlist, watchlist_changes)
tm.flow(
    console,
    police_portal,
    attempt_report,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
