"""Bill of quantities drafting: the first design, before any security review.

A construction consultancy drafts bills of quantities (BoQ) and cost estimates with
an LLM. Clients and their architects upload drawings and specifications as PDFs to
the firm's project portal, which runs in the firm's cloud tenant. An extraction
pipeline turns each PDF into text, schedules and dimensions; a takeoff service sends
them, with candidate items from the firm's rate database, to a hosted LLM that
drafts measured quantities and maps them to rates. The priced draft lands in a draft
store, where quantity surveyors review and edit it in an internal workbench; only
a draft a surveyor has signed off is exported into the tender documents, which the
client downloads from the portal. Portal users sign in with e-mail and password and
staff with the firm's SSO; uploads are limited to PDFs under a size cap; stored
documents are encrypted; the rate database is role-restricted and maintained by the
cost manager; the LLM vendor was reviewed and contractually does not train on data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bill of quantities drafting LLM",
    profile=tg.RiskProfile.LOW,
    description="Drafts BoQs and cost estimates from uploaded drawings for surveyor review.",
)

# ---------------------------------------------------------------- data assets
drawings = tg.Data(
    "Drawings and specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client and architect PDFs: plans, sections, schedules, specification text.",
)
extracted = tg.Data(
    "Extracted specification text and dimensions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
rates = tg.Data(
    "Rate database",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The firm's unit rates, supplier prices and historic tender rates.",
)
rate_items = tg.Data("Candidate rate items", kind="retrieved-context", sensitivity="confidential")
rate_updates = tg.Data("Rate updates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
takeoff_prompt = tg.Data(
    "Takeoff prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, extracted specification text and candidate rate items.",
)
llm_draft = tg.Data("Drafted quantities", kind="model-output", sensitivity="confidential")
draft_boq = tg.Data(
    "Draft BoQ and cost estimate",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
surveyor_edits = tg.Data("Surveyor edits and sign-off", kind="records", sensitivity="confidential")
tender_boq = tg.Data(
    "Tender BoQ",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client commissions the estimate and uploads the tender drawings.
    client = tm.add(tg.Actor("Client", role="client project manager"))
    # The client's architect uploads drawings and specifications directly.
    architect = tm.add(tg.Actor("Architect", role="external design consultant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads specification text and drafts quantities.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model behind an API; no training on customer data.",
            controls={c.SupplierAssessment(note="vendor security review and DPA")},
        )
    )

with tm.boundary("Consultancy cloud tenant", trust=tg.Trust.INTERNAL):
    # Where clients and architects upload documents and download tender packs.
    portal = tm.add(
        tg.Endpoint(
            "Project portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF only, 200 MB cap per file"),
            },
        )
    )
    # Holds every uploaded drawing and specification per project.
    doc_store = tm.add(
        tg.DataStore(
            "Project document store",
            stores={drawings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Parses PDFs, runs OCR on drawing sheets and pulls out schedules and dimensions.
    extraction = tm.add(
        tg.Pipeline(
            "PDF extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="PDF parsing and OCR libraries, pinned in the container image.",
        )
    )
    # Builds the takeoff prompt, calls the LLM and prices the drafted quantities.
    takeoff = tm.add(
        tg.Service(
            "Takeoff service",
            description="Orchestrates extraction output, rate lookup and the LLM call.",
        )
    )
    # The firm's commercially sensitive unit rates, the basis of every estimate.
    rate_db = tm.add(tg.DataStore("Rate database", stores={rates}, controls={c.RBAC()}))
    # Draft and reviewed BoQs with their cost estimates.
    draft_store = tm.add(
        tg.DataStore(
            "Draft BoQ store",
            stores={draft_boq},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app where surveyors edit drafts line by line and sign them off.
    workbench = tm.add(
        tg.Service(
            "QS review workbench",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Turns a signed-off BoQ into the tender document format and publishes it.
    tender_export = tm.add(
        tg.Service(
            "Tender export service",
            controls={c.HumanInTheLoop(approver="the quantity surveyor who signs off the BoQ")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews, corrects and signs off each drafted BoQ.
    surveyor = tm.add(tg.Actor("Quantity surveyor", role="quantity surveyor"))
    # Maintains the rate database from supplier quotes and tender returns.
    cost_manager = tm.add(tg.Actor("Cost manager", role="cost manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, drawings, protocol="https", label="upload")
tm.flow(architect, portal, drawings, protocol="https", label="upload")
tm.flow(portal, doc_store, drawings)
tm.flow(doc_store, extraction, drawings)
tm.flow(extraction, takeoff, extracted)

tm.flow(takeoff, rate_db, extracted, label="rate item search")
tm.flow(rate_db, takeoff, rate_items)
tm.flow(takeoff, llm, takeoff_prompt, protocol="https")
tm.flow(llm, takeoff, llm_draft, protocol="https")
tm.flow(takeoff, draft_store, draft_boq)

tm.flow(draft_store, workbench, draft_boq)
tm.flow(workbench, draft_store, surveyor_edits, draft_boq)
tm.flow(workbench, surveyor, draft_boq, protocol="https")
tm.flow(surveyor, workbench, surveyor_edits, protocol="https")
tm.flow(cost_manager, rate_db, rate_updates, protocol="https")

tm.flow(draft_store, tender_export, draft_boq, label="signed-off BoQs only")
tm.flow(tender_export, portal, tender_boq)
tm.flow(portal, client, tender_boq, protocol="https", label="download")
tm.flow(portal, architect, tender_boq, protocol="https", label="download")
