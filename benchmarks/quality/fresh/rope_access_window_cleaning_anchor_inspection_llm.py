"""Anchor inspection report drafting for a rope access window cleaning company.

Before a window cleaning job starts, a rope access technician inspects and pull-tests
every roof anchor on the building. The technician photographs each anchor in the
field app on a company phone; a Bluetooth pull tester sends the load test reading to
the same app. The app uploads photos, readings and site notes to an inspection API in
the company's cloud tenancy. A drafting service combines them with the anchor's
history from the anchor register and the company's inspection checklist, and asks a
hosted multimodal LLM to draft the inspection report with a pass or fail per anchor.
The safety supervisor reviews and signs the draft in a web portal; only a signed
report clears the job to start in the scheduler and is e-mailed to the building's
facilities manager. Staff sign in with their Microsoft 365 accounts and MFA, uploads
are checked for file type and size, stores use the cloud provider's encryption, and
sign-offs are audit-logged. The LLM vendor was reviewed for zero-retention terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rope access anchor inspection assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts roof anchor inspection reports from photos and pull-test readings "
    "for the safety supervisor to sign before rope access jobs start.",
)

# ---------------------------------------------------------------- data assets
anchor_photos = tg.Data(
    "Anchor photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of each anchor and its fixing, taken on clients' roofs.",
)
load_readings = tg.Data(
    "Load test readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Peak pull-test load and hold time per anchor, from the pull tester.",
)
site_notes = tg.Data(
    "Technician site notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Anchor ids, observations, technician name and IRATA number.",
)
anchor_list = tg.Data(
    "Site anchor list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The building's anchors and their roof positions, for the day's job.",
)
anchor_history = tg.Data(
    "Anchor history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Install certificates, previous test results and defects per anchor.",
)
checklist = tg.Data(
    "Inspection checklist",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Company procedure based on BS 7883 and EN 795, with pass/fail criteria.",
)
drafting_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, photos, readings, notes, anchor history and checklist.",
)
draft_report = tg.Data(
    "Draft inspection report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-anchor findings and a recommended pass or fail.",
)
supervisor_edits = tg.Data(
    "Supervisor edits and signature",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed inspection report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
job_clearance = tg.Data(
    "Job start clearance",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Marks the job as cleared to start once its report is signed.",
)
anchor_status = tg.Data(
    "Anchor status update",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Latest test result and pass/fail written back to the register.",
)

SSO = "Microsoft 365 account with authenticator app MFA"

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Job sites",
    trust=tg.Trust.UNTRUSTED,
    description="Clients' roofs; phones reach the cloud over public mobile data.",
):
    # Inspects and pull-tests the anchors, takes the photos, writes the notes.
    technician = tm.add(tg.Actor("Rope access technician", role="field technician"))
    # Calibrated digital pull tester that sends each test's peak load to the app.
    pull_tester = tm.add(
        tg.Device("Bluetooth pull tester", description="Digital anchor load tester.")
    )
    # Company phones running the field app: capture, upload, see job clearance.
    field_app = tm.add(
        tg.Device(
            "Field inspection app",
            description="Company-issued Android phones with the inspection app.",
            controls={c.Authentication(method=SSO)},
        )
    )

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the field app and hands out the site's anchor list.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method=SSO),
                c.InputValidation(note="JPEG/HEIC only, 20 MB limit, reading fields typed"),
            },
        )
    )
    # Object storage for the anchor photos.
    photo_store = tm.add(
        tg.DataStore(
            "Anchor photo bucket",
            stores={anchor_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The company's record of every anchor on every client building.
    anchor_register = tm.add(
        tg.DataStore(
            "Anchor register",
            stores={anchor_history, anchor_list},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Inspection procedure and checklist text that goes into every prompt.
    checklist_library = tm.add(tg.DataStore("Inspection checklist library", stores={checklist}))
    # Builds the prompt from the submission and the anchor's history, calls the LLM.
    drafting_service = tm.add(
        tg.Service(
            "Report drafting service",
            description="Assembles the prompt and stores the LLM's draft for review.",
        )
    )
    # Drafts, supervisor edits and signed reports: the inspection record.
    records_db = tm.add(
        tg.DataStore(
            "Inspection records database",
            stores={draft_report, supervisor_edits, signed_report},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(note="who edited and who signed each report"),
            },
        )
    )
    # Where the safety supervisor reviews, corrects and signs each report.
    supervisor_portal = tm.add(
        tg.Endpoint(
            "Supervisor review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method=SSO),
                c.HumanInTheLoop(approver="the safety supervisor signs every report"),
            },
        )
    )
    # Holds the day's jobs; a job can only start once it is cleared.
    scheduler = tm.add(tg.Service("Job scheduler"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Reviews each draft against the photos and readings and signs it.
    supervisor = tm.add(tg.Actor("Safety supervisor", role="safety supervisor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and drafts the report.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose multimodal model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the signed report to the client.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The building's facilities manager, who keeps the signed report on file.
    client = tm.add(tg.Actor("Building facilities manager", role="client"))

# ---------------------------------------------------------------- flows
tm.flow(technician, field_app, anchor_photos, site_notes, label="in the app")
tm.flow(pull_tester, field_app, load_readings, protocol="bluetooth le")
tm.flow(field_app, inspection_api, anchor_photos, load_readings, site_notes, protocol="https")
tm.flow(inspection_api, field_app, anchor_list, protocol="https")
tm.flow(anchor_register, inspection_api, anchor_list)
tm.flow(inspection_api, photo_store, anchor_photos)
tm.flow(inspection_api, drafting_service, load_readings, site_notes, label="new submission")

tm.flow(photo_store, drafting_service, anchor_photos)
tm.flow(anchor_register, drafting_service, anchor_history)
tm.flow(checklist_library, drafting_service, checklist)
tm.flow(drafting_service, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting_service, draft_report, protocol="https")
tm.flow(drafting_service, records_db, draft_report)

tm.flow(records_db, supervisor_portal, draft_report, signed_report)
tm.flow(photo_store, supervisor_portal, anchor_photos)
tm.flow(supervisor_portal, supervisor, draft_report, anchor_photos, protocol="https")
tm.flow(supervisor, supervisor_portal, supervisor_edits, protocol="https")
tm.flow(supervisor_portal, records_db, supervisor_edits, signed_report)
tm.flow(supervisor_portal, anchor_register, anchor_status)
tm.flow(supervisor_portal, scheduler, job_clearance)
tm.flow(scheduler, field_app, job_clearance, protocol="https")

tm.flow(supervisor_portal, email, signed_report, protocol="https")
tm.flow(email, client, signed_report, protocol="smtps")
