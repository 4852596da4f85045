"""Building permit drawing checker: the first design, before any security review.

The city building department's plan-review assistant. Applicants (homeowners,
architects, contractors) log in to the public permit portal and upload their
architectural drawings as PDF sets with the application form. A vision model the
department hosts on its own GPU VM reads each sheet and extracts dimensions, room
layouts, egress paths and door and window schedules. A review orchestrator then
retrieves the relevant sections of the adopted building code and local amendments
from a code index, and asks a hosted LLM to check the extracted layout against them
and draft a list of deficiencies with code citations. A city plan reviewer opens the
draft in the review workbench next to the drawings, edits it, and approves the
comment letter, which is filed in the permit system, posted to the portal and
announced to the applicant by e-mail. Controls in this design: applicant accounts on
the portal and file type and size checks on uploads, staff SSO with roles and an audit
log on the workbench, reviewer approval of every letter, and TLS on external links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Building permit drawing checker",
    profile=tg.RiskProfile.HIGH,
    description="Vision extraction and LLM code check that drafts plan-review comment letters.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Permit application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant name, contact details, parcel address, scope of work, occupancy type.",
)
drawings = tg.Data(
    "Architectural drawings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PDF drawing sets: floor plans, sections, elevations, notes and schedules.",
)
layout = tg.Data(
    "Extracted layout",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dimensions, rooms, egress paths and door/window schedules read from the sheets.",
)
code_text = tg.Data(
    "Building code and local amendments",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
code_chunks = tg.Data(
    "Code section chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
check_prompt = tg.Data(
    "Code check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, occupancy type, extracted layout, drawing notes and code sections.",
)
draft = tg.Data(
    "Draft deficiency list", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
letter = tg.Data(
    "Plan review comment letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
permit_records = tg.Data("Permit records", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("Review notice e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an applicant account and upload a drawing set.
    applicant = tm.add(tg.Actor("Applicant", role="permit applicant"))

with tm.boundary("Code publisher", trust=tg.Trust.PARTNER):
    # The licensed source of the model building code text the city has adopted.
    publisher = tm.add(
        tg.DataSource(
            "Building code publisher",
            origin=tg.Origin.VENDOR,
            provides={code_text},
            description="Licensed code text download plus the clerk's published local amendments.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that compares the extracted layout with the code.
    llm = tm.add(
        tg.LLM(
            "Code check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model under the city's enterprise agreement.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the "your review is ready" notice to applicants.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # The public front door: applications, uploads and returned comment letters.
    portal = tm.add(
        tg.Endpoint(
            "Permit portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="applicant account, e-mail and password"),
                c.InputValidation(note="PDF only, 200 MB per set, page count limit"),
            },
        )
    )
    # Holds the uploaded drawing sets for the life of the permit.
    drawing_store = tm.add(
        tg.DataStore(
            "Drawing store",
            stores={drawings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The existing permitting system of record.
    permit_system = tm.add(
        tg.DataStore("Permit system", stores={permit_records, application, letter})
    )

    with tm.boundary("Plan review services", trust=tg.Trust.INTERNAL):
        # Runs each new submission through extraction, retrieval and the LLM check.
        orchestrator = tm.add(
            tg.Service(
                "Review orchestrator",
                description="Queues submissions, calls the vision model, retrieves code, calls the LLM.",
            )
        )
        # Reads drawing sheets; an open-weights layout model fine-tuned on past permit sets.
        vision = tm.add(
            tg.Model(
                "Drawing extraction model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Detects dimension strings, rooms, doors and egress paths on each sheet.",
            )
        )
        # Searchable code sections, so the prompt cites the code the city has adopted.
        code_index = tm.add(tg.VectorStore("Building code index", stores={code_chunks}))
        # Refreshes the index when the code edition or a local amendment changes.
        code_ingest = tm.add(tg.Pipeline("Code indexing job", stage=tg.Stage.INGESTION))
        # Where plan reviewers see drawings and the draft side by side and finish the letter.
        workbench = tm.add(
            tg.Service(
                "Review workbench",
                controls={
                    c.Authentication(method="city SSO"),
                    c.RBAC(note="plan reviewer and supervisor roles"),
                    c.AuditLogging(note="edits and approvals per permit"),
                    c.HumanInTheLoop(approver="the assigned plan reviewer"),
                },
            )
        )

with tm.boundary("City network", trust=tg.Trust.INTERNAL):
    # Licensed plan reviewer who owns the review outcome.
    reviewer = tm.add(tg.Actor("Plan reviewer", role="plan reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, drawings, protocol="https", label="submit application")
tm.flow(portal, applicant, letter, protocol="https", label="comment letter")
tm.flow(portal, drawing_store, drawings)
tm.flow(portal, permit_system, application)
tm.flow(permit_system, portal, letter, permit_records, label="status and letters")

tm.flow(drawing_store, orchestrator, drawings)
tm.flow(permit_system, orchestrator, application, label="occupancy and scope")
tm.flow(orchestrator, vision, drawings, label="sheet images")
tm.flow(vision, orchestrator, layout)
tm.flow(orchestrator, code_index, layout, label="code section query")
tm.flow(code_index, orchestrator, code_chunks)
tm.flow(orchestrator, llm, check_prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, workbench, draft, layout)

tm.flow(drawing_store, workbench, drawings)
tm.flow(workbench, reviewer, draft, drawings, protocol="https")
tm.flow(reviewer, workbench, letter, protocol="https", label="edits and approves")
tm.flow(workbench, permit_system, letter)
tm.flow(permit_system, mailer, notice, protocol="https")
tm.flow(mailer, applicant, notice, protocol="smtp+starttls")

tm.flow(publisher, code_ingest, code_text, protocol="https", label="new edition or amendment")
tm.flow(code_ingest, code_index, code_chunks)
