"""Rowing club boat damage triage: the first design, before any security review.

After an outing, members report damage to club boats (a cracked fin, a split
rigger, a hole in the hull) from their phones through a damage report form in the
club's members' web app, which runs on a small cloud hosting account. They attach
photos and a short note. A triage service looks up the boat in the club's boat
register and sends the photos, the note and the boat's repair history to a hosted
vision-capable LLM, which drafts a repair job (what is damaged, how urgent, likely
fix) and a boat-availability notice. The drafts wait on the repair job board; the
boatman reviews and edits them in a dashboard, and only the notices he approves are
published: the boat is marked out of service in the club's booking platform and
the notice is e-mailed to members. Members sign in with an e-mail and password; the
boatman signs in with the club's Google Workspace account. Photos are kept in a
bucket encrypted with the provider's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rowing club boat damage triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts repair jobs and boat-availability notices from members' damage photos.",
)

# ---------------------------------------------------------------- data assets
damage_photos = tg.Data(
    "Damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Phone photos of the damaged boat; may show crew members and the boathouse.",
)
damage_note = tg.Data(
    "Damage report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reporting member, crew, boat, outing time and a free-text note of what happened.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the member's note, the photos and the boat's repair history.",
)
triage_draft = tg.Data(
    "Draft repair job and availability notice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
boat_records = tg.Data(
    "Boat records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fleet list, rigging, crew-weight class, repair history and availability.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
repair_jobs = tg.Data("Repair jobs", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
boatman_edits = tg.Data(
    "Boatman's edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approved_notice = tg.Data(
    "Approved availability notice", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
availability_status = tg.Data(
    "Boat availability status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
member_accounts = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Member e-mail addresses and password hashes for the members' web app.",
)
member_contacts = tg.Data("Member mailing list", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members who rowed the boat; they report damage from their phones.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The club's boatman looks after the fleet and signs in from his phone or the
    # boathouse laptop over the open internet.
    boatman = tm.add(tg.Actor("Boatman", role="boatman"))

with tm.boundary("Club cloud hosting", trust=tg.Trust.INTERNAL):
    # Where members upload photos and notes after an outing.
    report_form = tm.add(
        tg.Endpoint(
            "Damage report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="member e-mail and password"),
                c.InputValidation(note="JPEG/HEIC images only, up to 20 MB each, 6 per report"),
            },
        )
    )
    # Member logins and the mailing list, shared with the rest of the members' app.
    accounts = tm.add(tg.DataStore("Member accounts", stores={member_accounts, member_contacts}))
    # Bucket holding the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Damage photo bucket",
            stores={damage_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Looks up the boat, builds the prompt, calls the LLM and files the drafts.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Assembles the boat's history with the report and asks the LLM for drafts.",
        )
    )
    # The club's record of every boat and its repairs.
    boat_register = tm.add(tg.DataStore("Boat register", stores={boat_records}))
    # Drafted and approved repair jobs and notices.
    job_board = tm.add(
        tg.DataStore("Repair job board", stores={repair_jobs, triage_draft, damage_note})
    )
    # The boatman's view of drafts, where he edits and approves them.
    dashboard = tm.add(
        tg.Endpoint(
            "Boatman dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="club Google Workspace account (OIDC)"),
                c.RBAC(note="only the boatman and the club captain have the boatman role"),
            },
        )
    )
    # Publishes a notice only once the boatman has approved it.
    publisher = tm.add(
        tg.Service(
            "Notice publisher",
            controls={c.HumanInTheLoop(approver="the boatman")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the photos and note and drafts the job and notice.",
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The club's existing SaaS boat-booking system; members book outings there.
    booking = tm.add(tg.ExternalService("Club booking system"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail service that sends club notices to members.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(member, report_form, damage_photos, damage_note, protocol="https")
tm.flow(accounts, report_form, member_accounts, label="sign-in check")
tm.flow(report_form, photo_store, damage_photos)
tm.flow(report_form, triage, damage_note)
tm.flow(photo_store, triage, damage_photos)
tm.flow(boat_register, triage, boat_records, label="boat and repair history")
tm.flow(triage, llm, triage_prompt, damage_photos, protocol="https")
tm.flow(llm, triage, triage_draft, protocol="https")
tm.flow(triage, job_board, triage_draft, damage_note)

tm.flow(job_board, dashboard, triage_draft, damage_note, repair_jobs)
tm.flow(photo_store, dashboard, damage_photos)
tm.flow(dashboard, boatman, triage_draft, damage_note, damage_photos, protocol="https")
tm.flow(boatman, dashboard, boatman_edits, protocol="https")
tm.flow(dashboard, job_board, repair_jobs)
tm.flow(dashboard, boat_register, availability_status, label="marks boat in or out of service")
tm.flow(dashboard, publisher, approved_notice, boatman_edits)

tm.flow(publisher, booking, availability_status, protocol="https")
tm.flow(accounts, publisher, member_contacts)
tm.flow(publisher, mailer, approved_notice, member_contacts, protocol="https")
tm.flow(mailer, member, approved_notice, protocol="smtp")
