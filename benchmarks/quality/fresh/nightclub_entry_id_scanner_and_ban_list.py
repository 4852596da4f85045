"""Nightclub entry ID scanner and shared ban list: the first design, before any security review.

A nightclub group runs entry checks at the doors of all its venues. Door staff
scan each guest's ID document on a tablet at the door, which also takes a photo
of the guest's face. The tablet sends both to our entry API in the cloud, which
asks an ID verification vendor's API whether the document is genuine, runs an
open-weights face-match model to check the face matches the ID photo, and looks
the guest up in a ban list shared by every venue; door staff see admit, refuse
or banned and make the final call. Venue managers add bans, with a reason, in a
manager portal. Guests can ask for a copy of their data through a web form that
the group's privacy officer handles, sending the export by e-mail. Managers sign
in with the group's Microsoft 365 SSO, ban changes are audit-logged, the stores
are encrypted, scan records are deleted after 90 days and traffic uses HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Nightclub entry ID scanner and ban list",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="ID and face checks at venue doors against a ban list shared across venues.",
)

# ---------------------------------------------------------------- data assets
id_scan = tg.Data(
    "ID document scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Both sides of the passport, driving licence or ID card, with the ID photo.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
face_photo = tg.Data(
    "Live face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the guest at the door, used for biometric face matching.",
)
authenticity_result = tg.Data(
    "Document authenticity result", kind="model-output", sensitivity=tg.Sensitivity.PII
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
identity_lookup = tg.Data(
    "Ban list lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and document number of the guest at the door.",
)
ban_records = tg.Data(
    "Ban records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Banned guest's identity, ID photo, venue, dates and the manager's reason "
    "(which may allege violence, theft or drug dealing).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
entry_decision = tg.Data("Entry decision", kind="records", sensitivity=tg.Sensitivity.PII)
staff_override = tg.Data(
    "Door staff decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Admit or refuse, overriding the suggestion where staff disagree.",
)
entry_log = tg.Data(
    "Entry log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each scan: identity fields, photos, results, decision, venue and time.",
)
ban_request = tg.Data(
    "Ban request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The guest to ban, how long, which venues and why.",
)
subject_request = tg.Data(
    "Data access request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and e-mail of the guest asking for their data.",
)
subject_export = tg.Data(
    "Data access export",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The guest's scan history and any ban records, with the reasons.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guests present their ID at the door and may later ask for their data.
    guest = tm.add(tg.Actor("Guest", role="club guest"))

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Vendor API that checks security features of the document image.
    doc_check = tm.add(
        tg.Model(
            "Document authenticity model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="vendor DPA and security questionnaire signed")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The group's e-mail service, used to send data exports to guests.
    email = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Door staff scan IDs and make the final admit or refuse call.
    door_staff = tm.add(tg.Actor("Door staff", role="door supervisor"))
    # Shared tablets at each door: scan the ID and photograph the guest.
    tablet = tm.add(
        tg.Device(
            "Door scanner tablet",
            fleet=True,
            description="Android tablets with an ID scanning cradle, staff unlock with a PIN.",
        )
    )
    # Venue managers decide and record bans.
    manager = tm.add(tg.Actor("Venue manager", role="manager", privileged=True))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Handles guests' data requests for the whole group.
    privacy_officer = tm.add(tg.Actor("Privacy officer", role="data protection lead"))

with tm.boundary("Group cloud", trust=tg.Trust.INTERNAL):
    # The tablets' backend: runs the checks and returns the suggestion.
    entry_api = tm.add(
        tg.Endpoint(
            "Entry check API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-venue device API key")},
        )
    )
    # Compares the live face with the ID photo.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face recognition model; a threshold turns the score into match.",
        )
    )
    # Web portal where managers add, edit and lift bans and look at recent scans.
    manager_portal = tm.add(
        tg.Service(
            "Manager portal",
            controls={
                c.Authentication(method="Microsoft 365 SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Public web form where a guest asks for a copy of their data.
    request_form = tm.add(tg.Endpoint("Data request web form", purpose=tg.EndpointPurpose.API))
    # Back-office tool the privacy officer uses to gather a guest's data.
    privacy_tool = tm.add(
        tg.Service(
            "Data request tool",
            controls={c.HumanInTheLoop(approver="privacy officer")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # One ban list shared by every venue in the group.
        ban_list = tm.add(
            tg.DataStore(
                "Shared ban list",
                stores={ban_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Record of every scan, kept for licensing checks and to pick guests to ban.
        scan_log = tm.add(
            tg.DataStore(
                "Entry scan log",
                stores={entry_log, id_scan, face_photo},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )

# ---------------------------------------------------------------- flows
# at the door
tm.flow(guest, tablet, id_scan, face_photo, label="scan at the door")
tm.flow(tablet, entry_api, id_scan, face_photo, protocol="https")
tm.flow(entry_api, doc_check, id_scan, protocol="https")
tm.flow(doc_check, entry_api, authenticity_result, protocol="https")
tm.flow(entry_api, face_model, id_scan, face_photo)
tm.flow(face_model, entry_api, match_score)
tm.flow(entry_api, ban_list, identity_lookup)
tm.flow(ban_list, entry_api, ban_records, label="matching bans")
tm.flow(entry_api, tablet, entry_decision, protocol="https")
tm.flow(tablet, door_staff, entry_decision)
tm.flow(door_staff, tablet, staff_override)
tm.flow(tablet, entry_api, staff_override, protocol="https", label="final decision")
tm.flow(entry_api, scan_log, entry_log, id_scan, face_photo)

# bans
tm.flow(manager, manager_portal, ban_request, protocol="https")
tm.flow(manager_portal, manager, ban_records, entry_log, protocol="https")
tm.flow(scan_log, manager_portal, entry_log, id_scan, label="recent scans")
tm.flow(manager_portal, ban_list, ban_records)
tm.flow(ban_list, manager_portal, ban_records)

# guests' data requests
tm.flow(guest, request_form, subject_request, protocol="https")
tm.flow(request_form, privacy_tool, subject_request)
tm.flow(
    privacy_officer, privacy_tool, subject_request, label="search and approve", protocol="https"
)
tm.flow(ban_list, privacy_tool, ban_records)
tm.flow(scan_log, privacy_tool, entry_log, id_scan)
tm.flow(privacy_tool, privacy_officer, subject_export, protocol="https")
tm.flow(privacy_tool, email, subject_export, protocol="https")
tm.flow(email, guest, subject_export, protocol="smtp+starttls")
