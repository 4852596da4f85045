"""Work coach assistant: the first design, before any security review.

A public employment service gives its work coaches an assistant panel inside the
case screen they already use. When a coach opens a claimant's case and asks for
suggestions, an orchestrator reads the claimant's CV and case history from the
case management system, retrieves matching vacancies from an index built from the
job board's vacancy feed and relevant courses from the training catalogue, and asks
a hosted LLM (the cloud provider's model service, under the department's contract)
for job matches, training and next steps. The coach reads the suggestions, accepts
or discards each one, and decides what goes into the claimant commitment; nothing
is written to the claimant's record by the assistant. Claimants keep their CV up to
date through their online account. Staff sign in with the department's SSO and
MFA; the case system is role-based and audited; the orchestrator strips direct
identifiers before prompting, and the processing has a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Work coach assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM suggestions of job matches, training and next steps for work coaches.",
)

# ---------------------------------------------------------------- data assets
cv = tg.Data(
    "Claimant CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded by the claimant as a Word or PDF file, or typed into the account.",
)
case_history = tg.Data(
    "Claimant case history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Work history, journal entries, commitments, appointments, sanctions, "
    "and health conditions or caring responsibilities that limit work.",
)
coach_request = tg.Data(
    "Coach suggestion request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Claimant reference plus an optional free-text note from the coach.",
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the minimised claimant profile, retrieved vacancies and courses.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data(
    "Suggested job matches and next steps",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
coach_feedback = tg.Data(
    "Coach accept or discard decision", kind="feedback", sensitivity=tg.Sensitivity.PII
)
vacancies = tg.Data(
    "Vacancy postings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Job titles, descriptions and requirements written by employers.",
)
vacancy_text = tg.Data(
    "Vacancy text for embedding", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
vacancy_chunks = tg.Data(
    "Vacancy chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
courses = tg.Data("Training courses", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
suggestion_log = tg.Data("Suggestion log entries", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Claimants maintain their CV and journal from home.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Job board supplier", trust=tg.Trust.PARTNER):
    # The contracted job board; employers post vacancies themselves.
    vacancy_feed = tm.add(
        tg.DataSource(
            "Job board vacancy feed",
            origin=tg.Origin.PARTNER,
            provides={vacancies},
            description="Hourly export of live vacancies; posting text is not moderated.",
        )
    )

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # The generative model that writes the suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model in the department's regional tenancy.",
            controls={
                c.SupplierAssessment(note="contract: no training on our data, no retention"),
                c.Guardrails(note="the provider's default content filter"),
            },
        )
    )
    # Embeds vacancy text and coach queries for similarity search.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Staff identity service", trust=tg.Trust.PARTNER):
    # The department's SaaS identity provider for staff single sign-on.
    idp = tm.add(
        tg.ExternalService(
            "Staff identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Department cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing claimant-facing service where CVs are uploaded.
    portal = tm.add(
        tg.Endpoint(
            "Claimant online account",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password and SMS or app code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # The coach's case screen; the assistant is a panel inside it.
    case_screen = tm.add(
        tg.Endpoint(
            "Coach case screen",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (OIDC) with MFA"),
                c.RBAC(note="coaches see claimants of their own jobcentre"),
                c.AuditLogging(),
            },
        )
    )
    # New component: gathers context, calls the LLM, returns suggestions.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Builds the prompt from the case, vacancies and courses; no write access "
            "to the case system.",
            controls={
                c.DataMinimization(note="NI number, name, address and contact details removed"),
                c.ImpactAssessment(basis="public task, Art. 6(1)(e); Art. 9(2)(b) and (g)"),
                c.HumanInTheLoop(
                    approver="the work coach, who accepts or discards each suggestion"
                ),
            },
        )
    )
    # New component: keeps the vacancy index current.
    ingest = tm.add(
        tg.Pipeline(
            "Vacancy indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Drops expired vacancies, chunks and embeds the rest every hour.",
        )
    )
    # New component: similarity search over live vacancies.
    vacancy_index = tm.add(tg.VectorStore("Vacancy index", stores={vacancy_chunks}))
    # Existing reference list of funded courses, kept by the provision team.
    catalogue = tm.add(tg.DataStore("Training course catalogue", stores={courses}))
    # New component: what was suggested and what the coach did with it.
    log_store = tm.add(
        tg.DataStore(
            "Suggestion log",
            stores={suggestion_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Claimant data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for claims and work-search history.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_history, cv},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Jobcentre office network", trust=tg.Trust.INTERNAL):
    # The person who reads suggestions and agrees next steps with the claimant.
    coach = tm.add(tg.Actor("Work coach", role="work coach"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, cv, protocol="https", label="uploads CV")
tm.flow(portal, case_system, cv)

tm.flow(coach, case_screen, coach_request, protocol="https")
tm.flow(case_screen, idp, staff_token, protocol="oidc", label="sign-in redirect")
tm.flow(idp, case_screen, staff_token, protocol="oidc")
tm.flow(case_system, case_screen, case_history, cv, label="case view")
tm.flow(case_screen, orchestrator, coach_request, protocol="https")
tm.flow(orchestrator, case_system, coach_request, label="claimant lookup")
tm.flow(case_system, orchestrator, case_history, cv)
tm.flow(orchestrator, embedder, coach_request, protocol="https", label="embed query")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, vacancy_index, query_embedding, label="similarity query")
tm.flow(vacancy_index, orchestrator, vacancy_chunks, label="matching vacancies")
tm.flow(orchestrator, catalogue, coach_request, label="course lookup")
tm.flow(catalogue, orchestrator, courses)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, case_screen, suggestions, protocol="https")
tm.flow(case_screen, coach, suggestions, protocol="https")
tm.flow(orchestrator, log_store, suggestion_log)

tm.flow(coach, case_screen, coach_feedback, protocol="https", label="accept or discard")
tm.flow(case_screen, log_store, coach_feedback)

tm.flow(vacancy_feed, ingest, vacancies, protocol="https", label="hourly export")
tm.flow(ingest, embedder, vacancy_text, protocol="https")
tm.flow(embedder, ingest, vacancy_chunks, protocol="https")
tm.flow(ingest, vacancy_index, vacancy_chunks)
