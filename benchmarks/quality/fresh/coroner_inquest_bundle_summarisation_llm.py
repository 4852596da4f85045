"""Coroner's inquest bundle summarisation: the first design, before any security review.

A coroner's office in England prepares an evidence bundle for each inquest:
witness statements from the police and others, the pathologist's post-mortem
report, toxicology and medical records. Police forces and pathologists upload
their documents into the office's case management system. When a bundle is
complete, an ingestion job OCRs and chunks it into a vector index partitioned by
inquest. Coroners and coroner's officers ask a summarisation service in the
staff web app for a chronology or a summary of the evidence; the service pulls
the bundle's chunks and sends them to a hosted LLM (UK region, vendor reviewed,
no training on our data). A coroner's officer checks and approves each summary
before it is released through a portal to the bereaved family's legal
representatives. Controls: staff sign in with Entra ID and MFA and work under
roles; representatives have portal accounts with e-mail and password; stores are
encrypted at rest and the case management system keeps an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coroner inquest bundle summarisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of inquest evidence bundles for coroners, released after "
        "officer review to bereaved families' legal representatives."
    ),
)

# ---------------------------------------------------------------- data assets
statements = tg.Data(
    "Witness statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Statements of family, witnesses, police and clinicians, with names and addresses.",
)
pm_reports = tg.Data(
    "Post-mortem and toxicology reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pathologist's findings, cause of death, toxicology and medical history.",
)
chunks = tg.Data(
    "Bundle chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR text of the bundle split into passages, tagged with inquest and page.",
)
request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Inquest reference and what to summarise (chronology, medical evidence, issues).",
)
prompt = tg.Data(
    "Summarisation prompt with bundle extracts",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft = tg.Data("Draft bundle summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
approved = tg.Data(
    "Approved bundle summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
approval = tg.Data("Summary approval and edits", kind="records", sensitivity=tg.Sensitivity.PII)
portal_request = tg.Data("Portal document request", kind="records", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Solicitors and advocates acting for the bereaved family (interested persons).
    family_rep = tm.add(tg.Actor("Family legal representative", role="interested person"))

with tm.boundary("Police and pathology services", trust=tg.Trust.PARTNER):
    # Where the evidence comes from: police forces and hospital pathologists.
    submissions = tm.add(
        tg.DataSource(
            "Police and pathologist submissions",
            origin=tg.Origin.PARTNER,
            provides={statements, pm_reports},
            description="Uploaded through the case management system's partner upload page.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Drafts the summaries; a hosted general-purpose model, not trained on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summaries shape what the coroner reads before deciding the scope of the inquest.",
            controls={
                c.SupplierAssessment(
                    note="UK data residency, no training on prompts, 30-day abuse log"
                )
            },
        )
    )

with tm.boundary("Microsoft 365 tenancy", trust=tg.Trust.PARTNER):
    # The council's existing staff identity provider.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Coroner's office cloud tenancy", trust=tg.Trust.INTERNAL):
    # Staff-only web app where summaries are asked for, reviewed and approved.
    staff_app = tm.add(
        tg.Endpoint(
            "Staff summarisation web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="coroner and coroner's officer roles"),
            },
        )
    )
    # Builds the prompt from the inquest's chunks and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Retrieves the inquest's passages, assembles the prompt, stores the draft.",
            controls={
                c.HumanInTheLoop(
                    approver="a coroner's officer approves each summary before release to families"
                )
            },
        )
    )
    # Drafts and approved summaries, kept with the inquest reference.
    summary_store = tm.add(
        tg.DataStore(
            "Summary store",
            stores={draft, approved},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lets family representatives download approved summaries for their inquest.
    portal = tm.add(
        tg.Endpoint(
            "Family representative portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Evidence tier", trust=tg.Trust.RESTRICTED):
        # The office's system of record for inquest files and bundles.
        cms = tm.add(
            tg.DataStore(
                "Coroner case management system",
                stores={statements, pm_reports},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # OCRs and chunks a completed bundle into the index.
        ingestion = tm.add(
            tg.Pipeline(
                "Bundle ingestion job",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                description="OCR, page splitting, chunking and embedding of bundle PDFs.",
            )
        )
        # Passages of each bundle, filtered by inquest reference at query time.
        index = tm.add(
            tg.VectorStore(
                "Bundle vector index",
                stores={chunks},
                controls={
                    c.PermissionAwareRetrieval(note="every query is filtered by inquest reference")
                },
            )
        )

with tm.boundary("Coroner's office network", trust=tg.Trust.INTERNAL):
    # The judicial officer who reads the summaries and conducts the inquest.
    coroner = tm.add(tg.Actor("Coroner", role="coroner"))
    # Prepares bundles and reviews summaries before release.
    officer = tm.add(tg.Actor("Coroner's officer", role="coroner's officer"))

# ---------------------------------------------------------------- flows
tm.flow(submissions, cms, statements, pm_reports, protocol="https", label="partner upload")
tm.flow(officer, cms, statements, pm_reports, label="compiles inquest bundle")
tm.flow(cms, ingestion, statements, pm_reports, label="completed bundle export")
tm.flow(ingestion, index, chunks)

tm.flow(idp, staff_app, id_token, protocol="oidc")
tm.flow(coroner, staff_app, request, protocol="https")
tm.flow(officer, staff_app, request, approval, protocol="https")
tm.flow(staff_app, summariser, request)
tm.flow(summariser, index, request, label="passage query")
tm.flow(index, summariser, chunks, label="retrieved passages")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, summary_store, draft)
tm.flow(summary_store, staff_app, draft, approved)
tm.flow(staff_app, coroner, draft, approved, protocol="https")
tm.flow(staff_app, officer, draft, protocol="https")
tm.flow(staff_app, summary_store, approved, label="officer approves")

tm.flow(family_rep, portal, portal_request, protocol="https")
tm.flow(summary_store, portal, approved)
tm.flow(portal, family_rep, approved, protocol="https")
