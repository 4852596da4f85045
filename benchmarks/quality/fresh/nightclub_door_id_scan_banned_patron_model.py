"""Nightclub door ID scan and banned-patron check: the first design, before any security review.

A nightclub group puts a scanning tablet at the door of each of its venues. Door
supervisors scan each patron's ID document and take a photo of their face. The
tablet sends both over HTTPS to the group's door check API in its cloud tenant; a
decision service sends the document image to an ID verification vendor, which
returns whether the document looks genuine and the name and date of birth on it,
works out the age, and matches the face photo against a face index of banned
patrons built with an open-weights face recognition model. The ban list is shared
with other venues through a local venue partnership scheme's exchange: a sync job
sends our bans and pulls theirs. The supervisor sees the result and any match next
to the ban photo and decides whether to admit. Venue managers add and review bans in
a portal behind Microsoft 365 sign-in with MFA. Scan records are kept for 31 days,
as the licence conditions require; the door team signs in to the tablet with a venue PIN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nightclub door ID scan and banned-patron check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Door ID scanning with age checks and face matching against a ban list shared "
        "with other venues."
    ),
)

# ---------------------------------------------------------------- data assets
id_document = tg.Data(
    "ID document scan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Image of the passport, driving licence or PASS card, with its MRZ or barcode.",
)
face_capture = tg.Data(
    "Patron face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo taken at the door; used for biometric matching.",
)
doc_result = tg.Data(
    "Document authenticity result and extracted details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Genuine/suspect outcome, name, date of birth, document number and expiry.",
)
face_embedding = tg.Data(
    "Face embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_candidates = tg.Data(
    "Ban list match candidates and similarity scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
door_result = tg.Data(
    "Door check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age, document outcome and any ban match with the ban photo and reason.",
)
door_decision = tg.Data(
    "Door supervisor admit or refuse decision", kind="records", sensitivity=tg.Sensitivity.PII
)
ban_records = tg.Data(
    "Banned patron records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, photo, venue, reason (often an alleged offence) and expiry.",
)
shared_bans = tg.Data(
    "Shared ban-list entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ban records exchanged with the other venues in the scheme, with photos.",
)
scan_log = tg.Data(
    "Door scan records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who was scanned where and when, the check result and the decision.",
)
face_weights = tg.Data("Face recognition model weights", format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Venue entrance", trust=tg.Trust.UNTRUSTED):
    # Members of the public queueing to get in.
    patron = tm.add(tg.Actor("Patron", role="member of the public"))

with tm.boundary("Venue premises", trust=tg.Trust.INTERNAL):
    # Licensed door supervisors working the entrance.
    supervisor = tm.add(tg.Actor("Door supervisor", role="door supervisor"))
    # Runs the ban list for their venue.
    manager = tm.add(tg.Actor("Venue manager", role="venue manager"))
    # One per entrance: ID scanner and camera, on the venue Wi-Fi or 4G.
    tablet = tm.add(
        tg.Device(
            "Door scanning tablet",
            fleet=True,
            controls={c.Authentication(method="venue PIN shared by the door team")},
        )
    )

with tm.boundary("Group cloud tenant", trust=tg.Trust.INTERNAL):
    # What the tablets call.
    door_api = tm.add(
        tg.Endpoint(
            "Door check API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Puts the document check, the age rule and the face match together.
    decision = tm.add(
        tg.Service(
            "Door decision service",
            description="Computes age from the date of birth; a ban match is only shown, never auto-refused.",
            controls={
                c.HumanInTheLoop(
                    approver="the door supervisor at the entrance",
                    note="a face match is shown next to the ban photo; the supervisor decides",
                )
            },
        )
    )
    # Turns face photos into embeddings.
    face_model = tm.add(
        tg.Model(
            "Face recognition model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face embedding model; cosine similarity against the ban index.",
        )
    )
    # Keeps our bans and the ones shared with us; pushes and pulls the exchange.
    sync_job = tm.add(tg.Pipeline("Ban list sync job", stage=tg.Stage.INGESTION))
    # Where managers add, review and lift bans.
    portal = tm.add(
        tg.Endpoint(
            "Ban management portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The ban list, ours and shared.
        ban_db = tm.add(
            tg.DataStore(
                "Banned patron database",
                stores={ban_records, shared_bans},
                controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
            )
        )
        # Embeddings of the banned patrons' photos, for the face match.
        face_index = tm.add(tg.VectorStore("Banned patron face index", stores={face_embedding}))
        # Scan records kept for the licence conditions.
        scan_store = tm.add(
            tg.DataStore(
                "Door scan log",
                stores={scan_log},
                controls={
                    c.RetentionLimits(days=31),
                    c.EncryptionAtRest(key_management="cloud-managed keys"),
                },
            )
        )

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Checks document security features and reads the fields.
    id_vendor = tm.add(
        tg.ExternalService(
            "ID document verification API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Venue partnership scheme", trust=tg.Trust.PARTNER):
    # Run by the local scheme; other venues' operators share bans through it.
    exchange = tm.add(tg.ExternalService("Shared ban-list exchange"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the face model's weights were downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(patron, supervisor, id_document, label="handed over in person")
tm.flow(supervisor, tablet, id_document, face_capture, label="scanned and photographed at the door")
tm.flow(tablet, door_api, id_document, face_capture, door_decision, protocol="https")
tm.flow(door_api, decision, id_document, face_capture, door_decision)

tm.flow(decision, id_vendor, id_document, protocol="https")
tm.flow(id_vendor, decision, doc_result, protocol="https")
tm.flow(decision, face_model, face_capture)
tm.flow(face_model, decision, face_embedding)
tm.flow(decision, face_index, face_embedding, label="nearest-neighbour query")
tm.flow(face_index, decision, match_candidates)
tm.flow(ban_db, decision, ban_records, shared_bans, label="ban record of each candidate")
tm.flow(decision, scan_store, scan_log)

tm.flow(decision, door_api, door_result)
tm.flow(door_api, tablet, door_result, protocol="https")
tm.flow(tablet, supervisor, door_result, label="shown on the tablet screen")
tm.flow(supervisor, tablet, door_decision, label="admit or refuse, on the touchscreen")
tm.flow(supervisor, patron, door_decision, label="told in person")

tm.flow(manager, portal, ban_records, protocol="https", label="adds, edits and lifts bans")
tm.flow(portal, manager, ban_records, shared_bans, scan_log, protocol="https")
tm.flow(portal, ban_db, ban_records)
tm.flow(ban_db, portal, ban_records, shared_bans)
tm.flow(scan_store, portal, scan_log, label="scan history for incident reviews")

tm.flow(ban_db, sync_job, ban_records, label="our bans to share")
tm.flow(sync_job, exchange, shared_bans, protocol="https")
tm.flow(exchange, sync_job, shared_bans, protocol="https", label="other venues' bans, hourly")
tm.flow(sync_job, ban_db, shared_bans)
tm.flow(sync_job, face_model, ban_records, shared_bans, label="ban photos to embed")
tm.flow(face_model, sync_job, face_embedding)
tm.flow(sync_job, face_index, face_embedding)

tm.flow(hub, face_model, face_weights, protocol="https", label="downloaded at image build")
