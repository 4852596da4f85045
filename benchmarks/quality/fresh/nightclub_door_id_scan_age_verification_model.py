"""Nightclub door ID scanning and age verification: the first design, before any security review.

A UK nightclub chain puts an ID scanner (a tablet with a document reader and a
front camera) at the door of each venue. Door supervisors place each patron's
passport or driving licence on the reader and take a live photo. The scanner
sends the document images and both faces to the group's cloud, where an
admission service reads the date of birth, asks the scanner vendor's API whether
the document looks genuine, has a licensed face-matching model compare the live
photo with the ID portrait and search the banned-patrons list shared by every
venue, and returns admit, refuse (under 18) or refer. The door supervisor makes
the final call at the door. Venue managers add and lift bans in a web portal
(Microsoft 365 sign-in with MFA) and export scan records for the police on
request. Scan records are kept 31 days under the licensing conditions; the
stores use cloud-managed encryption. If the cloud cannot be reached the door
falls back to a manual check.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nightclub door ID scanning and age verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Door ID scanners checking age, document, face match and a shared ban list across venues.",
)

# ---------------------------------------------------------------- data assets
id_document = tg.Data(
    "ID document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The passport, driving licence or PASS card the patron hands over.",
)
live_photo = tg.Data(
    "Live face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the patron's face taken by the scanner's camera at the door.",
)
doc_scan = tg.Data(
    "ID document scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="White-light, UV and IR images of the document and the fields read from its "
    "MRZ or barcode: name, date of birth, document number, expiry.",
)
face_images = tg.Data(
    "Face images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The live photo and the portrait cut from the ID document.",
)
doc_result = tg.Data(
    "Document authenticity result", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="1:1 match score against the ID portrait and the face template of the live photo.",
)
ban_templates = tg.Data(
    "Banned patron face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ban_records = tg.Data(
    "Banned patron records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, photo, reason, venues covered and expiry of each ban.",
)
verdict = tg.Data(
    "Admission result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Admit, refuse (under 18) or refer (document, face mismatch or ban hit), with name and age.",
)
door_decision = tg.Data(
    "Door decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the supervisor admitted or refused the patron, and why.",
)
scan_records = tg.Data(
    "Entry scan records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per scan: name, date of birth, document number, ID portrait, venue, time, result and decision.",
)
ban_entry = tg.Data(
    "Ban entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A new ban or a lifted ban, made from a night's scan record.",
)
log_extract = tg.Data("Entry log extract", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Street queue", trust=tg.Trust.UNTRUSTED):
    # Anyone in the queue, including under-18s with borrowed or fake IDs.
    patron = tm.add(tg.Actor("Patron", role="club-goer"))

with tm.boundary("Venue", trust=tg.Trust.INTERNAL):
    # SIA-licensed door staff who operate the scanner and decide at the door.
    supervisor = tm.add(tg.Actor("Door supervisor", role="door staff"))
    # One per venue: adds and lifts bans, answers police requests.
    manager = tm.add(tg.Actor("Venue manager", role="venue manager"))
    # The tablet with the document reader and camera at each entrance.
    scanner = tm.add(
        tg.Device(
            "Door ID scanner",
            fleet=True,
            description="Tablet with a document reader and front camera, on the venue's broadband or 4G.",
            controls={
                c.FailClosed(
                    fallback="scanner shows MANUAL CHECK; door staff check the ID by eye and "
                    "refer unknown faces to the head doorman"
                )
            },
        )
    )

with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # The scanner vendor's hosted document-checking service (UV/IR patterns, MRZ checksums).
    doc_model = tm.add(
        tg.Model(
            "Document authenticity model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor API that scores whether an ID document is genuine.",
        )
    )

with tm.boundary("Group cloud", trust=tg.Trust.INTERNAL):
    # Where every venue's scanners send their scans.
    scan_api = tm.add(
        tg.Endpoint(
            "Scan API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-scanner API key issued at enrolment")},
        )
    )
    # Works out age, calls the checks and returns admit / refuse / refer.
    admission = tm.add(
        tg.Service(
            "Admission service",
            description="Computes age from the date of birth, combines the document check, "
            "the face match and the ban-list search into one result for the door.",
            controls={c.HumanInTheLoop(approver="the door supervisor on duty")},
        )
    )
    # Licensed pre-trained face recognition model, served on our own GPU instances.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="1:1 match of live photo to ID portrait, and 1:N search of banned faces.",
        )
    )
    # The ban list every venue in the group shares.
    ban_list = tm.add(
        tg.DataStore(
            "Banned patrons list",
            stores={ban_records, ban_templates},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Scan history the licence requires, kept for 31 days.
    scan_log = tm.add(
        tg.DataStore(
            "Entry scan log",
            stores={scan_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=31)},
        )
    )
    # Web portal for venue managers: bans, scan search, police exports.
    portal = tm.add(
        tg.Endpoint(
            "Venue admin portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Police licensing team", trust=tg.Trust.PARTNER):
    # Asks for entry records after incidents, under the premises licence.
    police = tm.add(tg.Actor("Police licensing officer", role="police"))

# ---------------------------------------------------------------- flows
# At the door
tm.flow(patron, scanner, id_document, label="handed over and placed on the reader by hand")
tm.flow(patron, scanner, live_photo, label="photo taken in person at the door")
tm.flow(scanner, scan_api, doc_scan, face_images, protocol="https")
tm.flow(scan_api, admission, doc_scan, face_images)

# Checks
tm.flow(admission, doc_model, doc_scan, protocol="https")
tm.flow(doc_model, admission, doc_result, protocol="https")
tm.flow(admission, face_model, face_images)
tm.flow(face_model, admission, match_result)
tm.flow(ban_list, admission, ban_templates, ban_records, label="1:N ban-list search")

# Result back to the door
tm.flow(admission, scan_api, verdict)
tm.flow(scan_api, scanner, verdict, protocol="https")
tm.flow(scanner, supervisor, verdict, label="shown on the touchscreen")
tm.flow(supervisor, scanner, door_decision, label="tapped on the touchscreen")
tm.flow(scanner, scan_api, door_decision, protocol="https")
tm.flow(admission, scan_log, scan_records)
tm.flow(scan_api, scan_log, door_decision)

# Bans and exports
tm.flow(manager, portal, ban_entry, protocol="https")
tm.flow(scan_log, portal, scan_records, label="search of recent scans")
tm.flow(portal, face_model, face_images, label="template for a new ban")
tm.flow(face_model, portal, match_result)
tm.flow(portal, ban_list, ban_records, ban_templates)
tm.flow(ban_list, portal, ban_records)
tm.flow(portal, manager, scan_records, ban_records, log_extract, protocol="https")
tm.flow(manager, police, log_extract, protocol="smtp+starttls", label="e-mailed on written request")
