"""Shopfront sign planning-consent checker: the first design, before any security review.

A signwriting firm's designers upload a shopfront sign design (drawings with sizes,
materials, colours and lighting) to an internal web app, which sends it with the site
details and the client's photos of the existing shopfront to a hosted multimodal LLM.
The model checks the design against the council's conservation-area guidance, retrieved
from a library indexed weekly from council websites, and drafts the advertisement
consent application and heritage statement. Clients (shop owners) send photos and their
details through a per-job upload link. Everything runs in the firm's cloud tenancy; the
designer reviews the report and draft and submits the application on the Planning Portal
by hand. Controls: Microsoft 365 sign-in with MFA for staff, file type and size checks on
uploads, encryption at rest on the project store, source citations kept on every
guidance chunk, and a designer's review before anything leaves the firm.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Shopfront sign planning-consent checker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM check of sign designs against conservation-area guidance, and draft planning applications.",
)

# ---------------------------------------------------------------- data assets
design = tg.Data(
    "Sign design drawings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Elevation drawings and specification: dimensions, materials, colours, illumination.",
)
photos = tg.Data(
    "Existing shopfront photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client's photos of the current shopfront and street scene.",
)
client_details = tg.Data(
    "Client and site details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant name, contact details, site address, ownership and listed-building status.",
)
guidance_docs = tg.Data(
    "Council conservation-area guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Conservation-area appraisals, shopfront design guides and advertisement policies.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
search_query = tg.Data("Guidance search text", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
embeddings = tg.Data("Text embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
check_prompt = tg.Data(
    "Consent check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, retrieved guidance, the design, photos and site details.",
)
check_report = tg.Data(
    "Guidance check report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each guidance point, whether the design meets it, and suggested changes.",
)
draft_application = tg.Data(
    "Draft planning application",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Form answers and heritage statement for advertisement consent.",
)
submitted_application = tg.Data(
    "Submitted planning application", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shop owner commissioning the sign; sends photos and their details.
    client = tm.add(tg.Actor("Shop owner", role="client"))
    # Council websites publishing the guidance the check relies on.
    council_sites = tm.add(
        tg.DataSource(
            "Council websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_docs},
            description="Planning pages and PDF guidance of the councils the firm works in.",
        )
    )
    # Government planning submission service; staff submit applications there by hand.
    planning_portal = tm.add(tg.ExternalService("Planning Portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads drawings and photos and writes the report.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Compares the design with the guidance and drafts the application text.",
        )
    )
    # The same vendor's embedding model, for indexing and searching the guidance.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Per-job upload page the client reaches from an e-mailed link.
    upload_page = tm.add(
        tg.Endpoint(
            "Client upload page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="unguessable per-job upload link sent by e-mail"),
                tg.controls.InputValidation(note="JPEG, PNG and PDF only, 20 MB per file"),
            },
        )
    )
    # Staff web app: upload a design, run a check, read the report and draft.
    checker_app = tm.add(
        tg.Endpoint(
            "Consent checker web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )
    # Retrieves guidance, builds the prompt, calls the LLM, stores the results.
    orchestrator = tm.add(
        tg.Service(
            "Check orchestrator",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the project's sign designer, who reviews and submits every application"
                )
            },
        )
    )
    # Project files: designs, photos, client details, reports and drafts.
    project_store = tm.add(
        tg.DataStore(
            "Project store",
            stores={design, photos, client_details, check_report, draft_application},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Vector index of the councils' conservation-area guidance.
    guidance_library = tm.add(tg.VectorStore("Guidance library", stores={guidance_chunks}))
    # Weekly job that fetches, chunks and embeds council guidance documents.
    indexer = tm.add(
        tg.Pipeline(
            "Guidance indexer",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.ProvenanceTracking(
                    note="each chunk keeps the council, document URL and adoption date, cited in reports"
                )
            },
        )
    )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # The firm's sign designer preparing the design and the planning application.
    designer = tm.add(tg.Actor("Sign designer", role="designer"))

# ---------------------------------------------------------------- flows
# client uploads
tm.flow(client, upload_page, photos, client_details, protocol="https")
tm.flow(upload_page, project_store, photos, client_details)

# a check run
tm.flow(designer, checker_app, design, client_details, protocol="https")
tm.flow(checker_app, orchestrator, design, client_details)
tm.flow(orchestrator, project_store, design, client_details, label="save job")
tm.flow(project_store, orchestrator, photos, client_details)
tm.flow(orchestrator, embedder, search_query, protocol="https")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, guidance_library, embeddings, label="similarity query")
tm.flow(guidance_library, orchestrator, guidance_chunks, label="retrieved guidance")
tm.flow(orchestrator, llm, check_prompt, protocol="https")
tm.flow(llm, orchestrator, check_report, draft_application, protocol="https")
tm.flow(orchestrator, project_store, check_report, draft_application)
tm.flow(orchestrator, checker_app, check_report, draft_application)
tm.flow(checker_app, designer, check_report, draft_application, protocol="https")

# submission, by hand
tm.flow(designer, planning_portal, submitted_application, design, protocol="https")

# guidance indexing
tm.flow(council_sites, indexer, guidance_docs, protocol="https", label="weekly crawl")
tm.flow(indexer, embedder, guidance_chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, guidance_library, guidance_chunks)
