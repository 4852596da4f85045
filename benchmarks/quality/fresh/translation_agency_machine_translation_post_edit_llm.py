"""Machine translation with post-editing: the first design, before any security review.

Corporate clients of the agency upload documents (contracts, HR letters, medical
reports, marketing copy) to a client portal and order a translation. The project
management system converts each file to XLIFF segments and hands them to an MT
orchestrator, which looks up earlier translations and the client's termbase in a
translation memory index and asks a hosted LLM for a draft. Freelance linguists
post-edit the drafts in a web workbench; a project manager checks the job and
approves delivery, after which the client downloads the translated file and the
approved segments go back into the translation memory. Everything runs in the
agency's cloud account except the LLM and embedding APIs, which a vendor hosts
under an enterprise agreement with zero data retention. Clients sign in with
e-mail and password, linguists add TOTP, staff use company SSO; documents are
encrypted at rest and translation memory lookups are filtered by client.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translation platform with LLM drafts and post-editing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted translations of client documents, post-edited by freelance linguists.",
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DOCX, PDF, XLSX and InDesign files; often name people and hold confidential terms.",
)
order = tg.Data("Translation order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
segments = tg.Data("Source segments", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Segment embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
tm_entries = tg.Data(
    "Translation memory entries",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Earlier source/target segment pairs and termbase entries per client.",
)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, style guide, the segments and the closest memory matches.",
)
draft = tg.Data("Machine translation draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
assignment = tg.Data("Job assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
post_edited = tg.Data("Post-edited translation", kind="documents", sensitivity=tg.Sensitivity.PII)
delivery_ok = tg.Data("Delivery approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
delivered = tg.Data(
    "Delivered translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Client staff who order translations and download the results.
    client = tm.add(tg.Actor("Client", role="customer"))
    # Self-employed translators working from home on their own machines.
    linguist = tm.add(tg.Actor("Freelance linguist", role="contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the first-draft translation.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )
    # The same vendor's embedding API, used to find similar memory segments.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where clients upload files, place orders and download deliveries.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type allowlist and 200 MB size limit"),
            },
        )
    )
    # Project management system: jobs, files, linguist assignment, delivery.
    tms = tm.add(
        tg.Service(
            "Project management system",
            description="Creates jobs, assigns linguists, tracks deadlines and releases deliveries.",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="project manager",
                    note="each job is checked by a project manager before delivery",
                ),
            },
        )
    )
    # Converts client files to XLIFF and back, with open-source format filters.
    converter = tm.add(
        tg.Service(
            "File conversion service",
            description="Parses DOCX, PDF, XLSX and IDML into XLIFF segments and rebuilds the target file.",
        )
    )
    # Builds the prompt from segments, memory matches and style guide; calls the LLM.
    orchestrator = tm.add(tg.Service("MT orchestrator"))
    # Browser CAT tool where linguists post-edit the drafts they are assigned.
    workbench = tm.add(
        tg.Endpoint(
            "Post-editing workbench",
            purpose=tg.EndpointPurpose.API,
            description="Linguists see only the jobs assigned to them.",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Source files and finished translations for every job.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={source_docs, delivered},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Translation memory and termbases, indexed for similarity search.
        tm_index = tm.add(
            tg.VectorStore(
                "Translation memory index",
                stores={tm_entries, embeddings},
                controls={c.PermissionAwareRetrieval(note="every query filtered by client id")},
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Agency employee who runs the job and signs off delivery.
    pm = tm.add(tg.Actor("Project manager", role="staff"))

# ---------------------------------------------------------------- flows
# Order intake
tm.flow(client, portal, source_docs, order, protocol="https")
tm.flow(portal, tms, source_docs, order)
tm.flow(tms, doc_store, source_docs)
tm.flow(doc_store, tms, source_docs)
tm.flow(tms, converter, source_docs, label="extract")
tm.flow(converter, tms, segments, label="XLIFF")

# Machine translation
tm.flow(tms, orchestrator, segments)
tm.flow(orchestrator, embedder, segments, protocol="https")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, tm_index, embeddings, label="similarity query")
tm.flow(tm_index, orchestrator, tm_entries, label="memory matches")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, tms, draft)

# Post-editing
tm.flow(tms, workbench, segments, draft, assignment)
tm.flow(workbench, linguist, segments, draft, assignment, protocol="https")
tm.flow(linguist, workbench, post_edited, protocol="https")
tm.flow(workbench, tms, post_edited)

# Review and delivery
tm.flow(tms, pm, post_edited, protocol="https")
tm.flow(pm, tms, delivery_ok, protocol="https")
tm.flow(tms, converter, post_edited, label="rebuild")
tm.flow(converter, tms, delivered, label="target file")
tm.flow(tms, doc_store, delivered)
tm.flow(tms, portal, delivered)
tm.flow(portal, client, delivered, protocol="https")
tm.flow(tms, tm_index, tm_entries, label="approved segments written back")
