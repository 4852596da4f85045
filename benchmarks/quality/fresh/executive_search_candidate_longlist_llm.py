"""Candidate longlisting assistant for an executive search firm: first design.

Search consultants hiring for board and C-level roles enter a role specification
in the firm's search workbench and ask for a longlist. An orchestrator retrieves
matching people from a vector index built over the candidate CRM (CVs, career
histories, consultants' interview notes) and public profiles and company filings
crawled from the web, then asks a hosted LLM to draft a ranked longlist with a
rationale for each name. Consultants review and edit the draft, contact
candidates by e-mail, and publish shortlists to clients through a client portal,
where clients also leave feedback. Candidates are mostly EU residents. Everything
runs in the firm's cloud tenant, with the LLM and embeddings from a vendor under
a data processing agreement. Controls in this design: SSO with MFA for staff,
TOTP for clients, role-based access on the CRM and portal, CRM encryption and
audit logs, and a consultant review of every longlist before anyone is contacted.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Executive search candidate longlisting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "LLM drafts candidate longlists for board and C-level searches from the CRM, "
        "consultants' notes and public profiles; consultants review, clients see shortlists."
    ),
)

# ---------------------------------------------------------------- data assets
role_spec = tg.Data(
    "Role specification",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The client's confidential brief; often about a role not yet public.",
)
longlist_request = tg.Data(
    "Longlist request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidate_profiles = tg.Data(
    "Candidate profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="CVs, career history, compensation and contact details.",
)
consultant_notes = tg.Data(
    "Consultant interview notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Assessments, references and personal circumstances from conversations.",
)
public_profiles = tg.Data(
    "Public profiles and filings",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Professional network profiles, company sites, annual reports, press.",
)
profile_text = tg.Data("Profile text chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Candidate embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
retrieved = tg.Data(
    "Retrieved candidate context", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
longlist_prompt = tg.Data(
    "Longlist prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, role specification and the retrieved candidate context.",
)
draft_longlist = tg.Data(
    "Draft longlist with rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
reviewed_longlist = tg.Data("Reviewed longlist", kind="records", sensitivity=tg.Sensitivity.PII)
shortlist_report = tg.Data(
    "Client shortlist report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
client_feedback = tg.Data(
    "Client feedback on candidates", kind="records", sensitivity=tg.Sensitivity.PII
)
outreach = tg.Data("Candidate outreach e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
candidate_reply = tg.Data(
    "Candidate reply and CV", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The hiring company's board members or CHRO following their search.
    client = tm.add(tg.Actor("Client", role="client"))
    # Executives approached for a role.
    candidate = tm.add(tg.Actor("Candidate", role="candidate"))
    # Public sources the research team crawls to find and enrich candidates.
    public_web = tm.add(
        tg.DataSource(
            "Public profile sources",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_profiles},
            description="Professional network pages, company websites, filings and news.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts and ranks the longlist from the retrieved context.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model, EU region, no training on our data.",
            controls={tg.controls.SupplierAssessment(note="DPA and EU data residency")},
        )
    )
    # Embeds profile text for semantic search.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs the search, reviews longlists and talks to candidates and clients.
    consultant = tm.add(tg.Actor("Search consultant", role="consultant"))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Clients sign in here to see shortlists and comment on candidates.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.RBAC(note="a client sees only its own assignments"),
            },
        )
    )
    # Consultants' web app for assignments, longlists and candidate records.
    workbench = tm.add(
        tg.Endpoint(
            "Search workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Entra ID SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Retrieves candidates, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Longlist orchestrator",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="search consultant",
                    note="every draft longlist is reviewed before anyone is contacted or presented",
                )
            },
        )
    )
    # Longlists, shortlists and client feedback per assignment.
    assignment_store = tm.add(
        tg.DataStore(
            "Assignment store",
            stores={reviewed_longlist, shortlist_report, client_feedback},
        )
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # The firm's system of record for people.
        crm = tm.add(
            tg.DataStore(
                "Candidate CRM",
                stores={candidate_profiles, consultant_notes, public_profiles},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                },
            )
        )
        # Semantic index over profiles and notes for retrieval.
        index = tm.add(tg.VectorStore("Candidate vector index", stores={embeddings, profile_text}))
        # Nightly job that crawls public sources, enriches the CRM and re-embeds.
        indexer = tm.add(tg.Pipeline("Indexing pipeline", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tm.flow(consultant, workbench, role_spec, longlist_request, protocol="https")
tm.flow(workbench, orchestrator, role_spec, longlist_request)
tm.flow(orchestrator, index, longlist_request, label="similarity query")
tm.flow(index, orchestrator, retrieved)
tm.flow(
    crm, orchestrator, candidate_profiles, consultant_notes, label="full records of top matches"
)
tm.flow(orchestrator, llm, longlist_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_longlist, protocol="https")
tm.flow(orchestrator, workbench, draft_longlist)
tm.flow(workbench, consultant, draft_longlist, candidate_profiles, protocol="https")
tm.flow(
    consultant, workbench, reviewed_longlist, consultant_notes, shortlist_report, protocol="https"
)
tm.flow(workbench, crm, consultant_notes, candidate_profiles)
tm.flow(crm, workbench, candidate_profiles, consultant_notes)
tm.flow(workbench, assignment_store, reviewed_longlist, shortlist_report)
tm.flow(assignment_store, workbench, reviewed_longlist, client_feedback)

tm.flow(assignment_store, portal, shortlist_report)
tm.flow(portal, client, shortlist_report, protocol="https")
tm.flow(client, portal, client_feedback, protocol="https")
tm.flow(portal, assignment_store, client_feedback)

tm.flow(consultant, candidate, outreach, protocol="smtp")
tm.flow(candidate, consultant, candidate_reply, protocol="smtp")

tm.flow(public_web, indexer, public_profiles, protocol="https", label="nightly crawl")
tm.flow(indexer, crm, public_profiles, label="enrichment")
tm.flow(crm, indexer, candidate_profiles, consultant_notes)
tm.flow(indexer, embedder, profile_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, embeddings, profile_text)
