"""Private members' club facial check-in: the first design, before any security review.

A London members' club wants to check in members and their registered guests at
the front door by face. Members enrol a photo of themselves and register guests
for a given evening on the member portal; each guest gets an e-mailed link to
upload a selfie. A camera above the door sends snapshots to a check-in service in
the club's cloud tenancy, which runs an open-weights face match model against the
enrolled face templates and shows the best candidate, with its score and the
member's standing from the membership system, on the doorman's tablet. The doorman
confirms or turns the person away; every visit is logged for the club manager.
Controls in this design: member and staff sign-in to the portal (e-mail and
password), upload checks on photos, templates encrypted at rest, a shared door-staff
PIN on the tablet app, the doorman's confirmation on every entry, a manual card
check when matching is down, and a DPIA recording explicit consent. Traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Private members' club facial check-in",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face match at the club door for members and their registered guests, "
    "confirmed by the doorman.",
)

# ---------------------------------------------------------------- data assets
enrolment_photo = tg.Data(
    "Member enrolment photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A front-facing photo the member uploads once to enrol.",
)
guest_registration = tg.Data(
    "Guest registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, e-mail address, host member and date of the visit.",
)
guest_invitation = tg.Data(
    "Guest invitation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the guest who invited them and carries the selfie upload link.",
)
guest_selfie = tg.Data("Guest selfie", kind="media", sensitivity=tg.Sensitivity.PII)
face_templates = tg.Data(
    "Face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric templates of members and registered guests (special category).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
face_at_door = tg.Data("Face at the door", kind="media", sensitivity=tg.Sensitivity.PII)
camera_snapshot = tg.Data(
    "Door camera snapshot",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A still taken when someone stands on the doorstep mat.",
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Best candidate member or guest, similarity score, enrolment photo "
    "and membership standing.",
)
doorman_decision = tg.Data(
    "Doorman admit or refuse decision", kind="records", sensitivity=tg.Sensitivity.PII
)
member_status = tg.Data(
    "Member status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, number, standing (active, lapsed, suspended) and guest allowance.",
)
visit_records = tg.Data(
    "Visit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who entered, as whose guest, when, the match score and the doorman's decision.",
)
guest_list = tg.Data("Registered guest list", kind="records", sensitivity=tg.Sensitivity.PII)
enrolment_admin = tg.Data(
    "Enrolment changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The manager approves, replaces or deletes enrolments and guest bans.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members register guests and enrol from their own phones and laptops.
    member = tm.add(tg.Actor("Member", role="club member"))
    # A guest only ever meets the system through the invitation link and the door.
    guest = tm.add(tg.Actor("Guest", role="registered guest"))

with tm.boundary("Club SaaS providers", trust=tg.Trust.PARTNER):
    # The club's existing membership management system; source of truth for standing.
    membership_system = tm.add(
        tg.ExternalService(
            "Membership management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted membership CRM the club already uses for subscriptions.",
        )
    )
    # Sends the guest invitation e-mails on the portal's behalf.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where members and the manager do everything that is not at the door.
    portal = tm.add(
        tg.Endpoint(
            "Member and guest portal",
            purpose=tg.EndpointPurpose.API,
            description="Web portal and API: enrolment, guest registration, guest selfie "
            "upload by invitation link, manager screens.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads checked for type, size and one face"),
            },
        )
    )
    # Turns photos into templates and matches door snapshots; drives the tablet.
    checkin = tm.add(
        tg.Service(
            "Check-in service",
            description="Builds templates from enrolment photos and selfies, matches door "
            "snapshots against tonight's members and guests, and records visits.",
            controls={
                c.HumanInTheLoop(approver="the doorman on duty"),
                c.Authentication(method="shared door-staff PIN on the tablet app"),
                c.FailClosed(fallback="doorman checks membership cards and the guest list by hand"),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
            },
        )
    )
    # The face recognition network itself, served inside the check-in service's host.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Pretrained open-weights face recognition model; cosine similarity "
            "above a set threshold is shown as a match.",
        )
    )
    # Gallery of biometric templates for members and tonight's guests.
    template_store = tm.add(
        tg.DataStore(
            "Face template store",
            stores={face_templates},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # History of entries, for the manager and for disputes about guest allowances.
    visit_log = tm.add(tg.DataStore("Visit log", stores={visit_records}))

with tm.boundary("Club premises", trust=tg.Trust.INTERNAL):
    # Fixed camera above the front door, on the club's own network.
    camera = tm.add(tg.Device("Door camera", fleet=False))
    # Club-owned tablet at the front desk showing the match for confirmation.
    tablet = tm.add(tg.Device("Doorman tablet", fleet=False))
    # Front-of-house staff member who admits or refuses.
    doorman = tm.add(tg.Actor("Doorman", role="door staff"))
    # Runs the club; administers enrolments and reads the visit log.
    manager = tm.add(tg.Actor("Club manager", role="club manager", privileged=True))

# ---------------------------------------------------------------- flows
# Enrolment and guest registration
tm.flow(member, portal, enrolment_photo, guest_registration, protocol="https")
tm.flow(portal, member, guest_list, protocol="https")
tm.flow(portal, email_service, guest_invitation, protocol="https")
tm.flow(email_service, guest, guest_invitation, protocol="smtp")
tm.flow(guest, portal, guest_selfie, protocol="https", label="upload via invitation link")
tm.flow(portal, checkin, enrolment_photo, guest_selfie, guest_registration, protocol="https")
tm.flow(checkin, face_model, enrolment_photo, guest_selfie, label="make templates")
tm.flow(face_model, checkin, face_templates)
tm.flow(checkin, template_store, face_templates)
tm.flow(membership_system, checkin, member_status, protocol="https", label="hourly sync")

# At the door
tm.flow(member, camera, face_at_door, label="in person at the door")
tm.flow(guest, camera, face_at_door, label="in person at the door")
tm.flow(camera, checkin, camera_snapshot, protocol="https")
tm.flow(template_store, checkin, face_templates, label="tonight's gallery")
tm.flow(checkin, face_model, camera_snapshot, face_templates, label="match")
tm.flow(face_model, checkin, match_result)
tm.flow(checkin, tablet, match_result, protocol="https")
tm.flow(tablet, doorman, match_result, label="on the touchscreen")
tm.flow(doorman, tablet, doorman_decision, label="on the touchscreen")
tm.flow(tablet, checkin, doorman_decision, protocol="https")
tm.flow(checkin, visit_log, visit_records)

# Administration
tm.flow(manager, portal, enrolment_admin, protocol="https")
tm.flow(portal, checkin, enrolment_admin, protocol="https", label="apply enrolment changes")
tm.flow(visit_log, portal, visit_records)
tm.flow(portal, manager, visit_records, guest_list, protocol="https")
