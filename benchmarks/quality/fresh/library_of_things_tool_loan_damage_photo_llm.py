"""Library of Things: return-condition assistant for borrowed tools, first design.

A volunteer-run community library in the EU lends drills, ladders, sanders and
other tools to its members. At checkout a volunteer photographs each tool on the
counter tablet. When members return a tool they upload return photos (and an
optional comment) through the member web app, from home or at the drop box.
A damage assessment service sends both photo sets, the tool's catalogue details
and the member's comment to a hosted vision LLM, which drafts a damage note and
says whether a volunteer needs to inspect the tool. Returns it does not flag are
closed automatically; flagged ones go to the inspection queue on the volunteer
dashboard, where a volunteer confirms or edits the note. Members get an e-mail
with the outcome. Everything runs on a managed app platform in one cloud
project; members sign in with e-mail and password, uploads are type and size
checked, storage uses the provider's encryption and all links are HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Library of Things tool return damage assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM comparison of checkout and return photos of borrowed tools, "
    "drafting damage notes and routing returns to volunteer inspection.",
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, postal address, phone number and membership status.",
)
checkout_photos = tg.Data(
    "Checkout photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Photos of the tool taken on the library counter at checkout.",
)
return_submission = tg.Data(
    "Return submission",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Return photos taken by the member, usually at home, plus a free-text comment.",
)
loan_records = tg.Data(
    "Loan records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who borrowed which tool when, its condition history and return status.",
)
assessment_request = tg.Data(
    "Assessment request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loan id, tool catalogue entry and the member's comment.",
)
assessment_prompt = tg.Data(
    "Damage assessment prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Rubric instructions, tool details, member comment and both photo sets.",
)
llm_assessment = tg.Data(
    "LLM damage assessment",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Draft damage note and an inspect / no-inspect verdict as JSON.",
)
damage_notes = tg.Data(
    "Damage notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Condition notes attached to the loan and so to the member's record.",
)
return_outcome = tg.Data(
    "Return outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loan closed, or inspection pending, with the damage note if any.",
)
inspection_tasks = tg.Data(
    "Inspection tasks",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Flagged returns with both photo sets and the draft note.",
)
inspection_result = tg.Data(
    "Inspection result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The volunteer's confirmed or edited damage note.",
)
outcome_email = tg.Data("Return outcome e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
member_standing = tg.Data(
    "Member standing decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Coordinator's warning or suspension after repeated damage.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members: anyone who signs up and pays the yearly fee.
    member = tm.add(tg.Actor("Member", role="library member"))

with tm.boundary("Library premises", trust=tg.Trust.INTERNAL):
    # Volunteers run the counter: checkouts, and inspection of flagged returns.
    volunteer = tm.add(tg.Actor("Volunteer", role="counter volunteer"))
    # The coordinator manages volunteers and decides on members with repeated damage.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator", privileged=True))
    # The one shared tablet at the counter: camera for checkout photos, dashboard browser.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=False,
            description="Library-owned Android tablet that stays on the counter.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Compares the two photo sets and drafts the note; we do not host any model.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells members the outcome of their return.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Cloud app platform", trust=tg.Trust.INTERNAL):
    # Members' portal for bookings, loans and return photo uploads.
    member_app = tm.add(
        tg.Endpoint(
            "Member web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, 8 photos max"),
            },
        )
    )
    # Volunteers' web app: checkout capture and the inspection queue.
    dashboard = tm.add(
        tg.Endpoint(
            "Volunteer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="shared volunteer login on the counter tablet; "
                    "coordinator has an own e-mail and password login"
                ),
                c.RBAC(note="volunteer and coordinator roles"),
            },
        )
    )
    # Core app logic: loans, checkouts, returns, notifications.
    loan_service = tm.add(
        tg.Service(
            "Loan service",
            description="Records checkouts and returns, stores photos, sends e-mails.",
        )
    )
    # Builds the prompt, calls the LLM, parses its verdict and routes the return.
    assessor = tm.add(
        tg.Service(
            "Damage assessment service",
            description="Closes unflagged returns itself; opens inspection tasks for flagged ones.",
            controls={
                c.HumanInTheLoop(
                    approver="volunteer on duty",
                    note="only returns the LLM flags for inspection; "
                    "the rest are closed automatically",
                ),
                c.OutputFiltering(
                    note="reply must parse as the expected JSON (verdict, note); "
                    "otherwise the return is flagged for inspection"
                ),
            },
        )
    )
    # Checkout and return photos, kept with the loan.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={checkout_photos, return_submission},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Members, tool catalogue, loans and damage notes.
    loan_db = tm.add(
        tg.DataStore(
            "Loan database",
            stores={member_account, loan_records, damage_notes, member_standing},
            controls={
                c.EncryptionAtRest(key_management="provider-managed keys"),
                c.DataVersioning(note="managed daily backups, 7-day point-in-time restore"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Member returns a tool and hears back.
tm.flow(member, member_app, return_submission, protocol="https", label="return upload")
tm.flow(member_app, member, return_outcome, protocol="https")
tm.flow(member_app, loan_service, return_submission)
tm.flow(loan_service, member_app, return_outcome)

# Loan service keeps photos and records.
tm.flow(loan_service, photo_bucket, checkout_photos, return_submission)
tm.flow(loan_service, loan_db, loan_records, member_account)
tm.flow(loan_db, loan_service, loan_records, member_account)

# Assessment with the hosted LLM.
tm.flow(loan_service, assessor, assessment_request)
tm.flow(photo_bucket, assessor, checkout_photos, return_submission)
tm.flow(assessor, llm, assessment_prompt, protocol="https")
tm.flow(llm, assessor, llm_assessment, protocol="https")
tm.flow(assessor, loan_db, damage_notes, label="draft note")
tm.flow(assessor, loan_service, return_outcome, label="close loan or open inspection")

# Outcome e-mail to the member.
tm.flow(loan_service, email, outcome_email, protocol="https")
tm.flow(email, member, outcome_email, protocol="smtp")

# Counter work: checkout photos and inspections.
tm.flow(volunteer, tablet, checkout_photos, label="photographed at the counter")
tm.flow(volunteer, tablet, inspection_result, label="entered at the counter")
tm.flow(tablet, volunteer, inspection_tasks, label="shown on the counter tablet")
tm.flow(tablet, dashboard, checkout_photos, inspection_result, protocol="https")
tm.flow(dashboard, tablet, inspection_tasks, protocol="https")
tm.flow(dashboard, loan_service, checkout_photos, inspection_result)
tm.flow(loan_service, dashboard, inspection_tasks)
tm.flow(dashboard, loan_db, damage_notes, label="confirmed note")

# Coordinator reviews damage history and decides on members.
tm.flow(coordinator, dashboard, member_standing, protocol="https")
tm.flow(dashboard, coordinator, damage_notes, loan_records, protocol="https")
tm.flow(loan_db, dashboard, damage_notes, loan_records)
tm.flow(dashboard, loan_db, member_standing)
