"""Parliamentary question answer drafting assistant: the first design.

Parliament's questions system sends each tabled written question to the
department's PQ workflow, which allocates it to a policy civil servant. In a web
drafting tool on the department's cloud tenancy, the official asks for a draft:
an orchestrator retrieves similar past answers (public Hansard), internal policy
briefings and departmental statistics from a search index, and sends them with
the question to an LLM hosted by a government-approved cloud vendor. The official
edits the draft and submits it through the PQ workflow to the minister's private
office, which clears the final text before it is lodged with Parliament. Staff
sign in with departmental SSO and MFA, traffic uses TLS, the briefing library
keeps its role-based access, drafting requests are logged, and the vendor passed
the department's supplier assurance.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Parliamentary question answer drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Civil servants draft answers to written parliamentary questions with an LLM "
        "that retrieves past answers, briefings and statistics; ministers' offices "
        "approve the final answers."
    ),
)

# ---------------------------------------------------------------- data assets
tabled_question = tg.Data(
    "Tabled question",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Question text, tabling member, due date; may name constituents.",
)
drafting_request = tg.Data(
    "Drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The question plus the official's notes on the line to take.",
)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, question, notes and the top-k retrieved passages.",
)
completion = tg.Data(
    "LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_answer = tg.Data(
    "Draft answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cleared_answer = tg.Data(
    "Cleared answer",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Final text approved by the minister's office, published once answered.",
)
past_answers = tg.Data(
    "Past PQ answers (Hansard)", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
briefings = tg.Data(
    "Policy briefings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Submissions, lines to take and background notes, some OFFICIAL-SENSITIVE.",
)
statistics = tg.Data(
    "Departmental statistics",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Published series and management information, including pre-release figures.",
)
passages = tg.Data(
    "Indexed passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
drafting_log = tg.Data(
    "Drafting log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who asked for which draft, the prompt and the completion.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public record of previous answers, scraped by the indexer.
    hansard = tm.add(
        tg.DataSource(
            "Hansard written answers",
            origin=tg.Origin.PUBLIC_WEB,
            provides={past_answers},
            description="Parliament's public written questions and answers site.",
        )
    )

with tm.boundary("Parliamentary network", trust=tg.Trust.PARTNER):
    # Where questions are tabled and where the department lodges its answers.
    parliament = tm.add(
        tg.ExternalService(
            "Parliamentary questions system",
            provides=tg.ExternalCategory.GENERIC,
            description="Parliament's e-tabling and answer submission service.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The drafting model; the department does not host a model itself.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={tg.controls.SupplierAssessment(note="department supplier assurance and DPA")},
        )
    )

with tm.boundary("Departmental network", trust=tg.Trust.INTERNAL):
    # Policy officials who are allocated questions and write the answers.
    official = tm.add(tg.Actor("Policy civil servant", role="drafting official"))
    # The minister's private office clears every answer before it is sent.
    private_office = tm.add(
        tg.Actor("Minister's private office", role="clearing official", privileged=True)
    )

with tm.boundary("Departmental cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing PQ tracking system: allocation, deadlines, clearance and submission.
    pq_workflow = tm.add(
        tg.Service(
            "PQ workflow system",
            description="Tracks each question from tabling to answer.",
            controls={
                tg.controls.HumanInTheLoop(approver="the minister's private office"),
                tg.controls.Authentication(method="departmental SSO with MFA"),
            },
        )
    )
    # The new web tool officials use to ask for and edit drafts.
    drafting_app = tm.add(
        tg.Endpoint(
            "Drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="departmental SSO with MFA")},
        )
    )
    # Retrieves context, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Retrieval-augmented generation over the PQ search index.",
        )
    )
    # Keeps a record of drafting requests for accountability.
    log_store = tm.add(
        tg.DataStore(
            "Drafting log store",
            stores={drafting_log},
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Knowledge tier", trust=tg.Trust.RESTRICTED):
        # Search index over past answers, briefings and statistics.
        index = tm.add(tg.VectorStore("PQ search index", stores={passages}))
        # Nightly job that chunks and embeds the three sources.
        indexer = tm.add(
            tg.Pipeline(
                "Indexing pipeline",
                stage=tg.Stage.INGESTION,
                description="Pulls Hansard, the briefing library and statistics tables nightly.",
            )
        )
        # The department's document library of briefings and submissions.
        briefing_library = tm.add(
            tg.DataStore(
                "Briefing library",
                stores={briefings},
                controls={tg.controls.RBAC(note="existing document-level permissions")},
            )
        )
        # Analytical data warehouse holding published and unpublished statistics.
        stats_warehouse = tm.add(tg.DataStore("Statistics warehouse", stores={statistics}))

# ---------------------------------------------------------------- flows
# Questions arrive from Parliament and are allocated.
tm.flow(parliament, pq_workflow, tabled_question, protocol="https", label="tabled questions feed")
tm.flow(pq_workflow, official, tabled_question, protocol="https", label="allocation")

# Drafting.
tm.flow(official, drafting_app, drafting_request, protocol="https")
tm.flow(drafting_app, orchestrator, drafting_request)
tm.flow(orchestrator, index, drafting_request, label="similarity query")
tm.flow(index, orchestrator, passages, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, drafting_log)
tm.flow(orchestrator, drafting_app, draft_answer)
tm.flow(drafting_app, official, draft_answer, protocol="https")

# Clearance and answer.
tm.flow(official, pq_workflow, draft_answer, protocol="https", label="submit for clearance")
tm.flow(pq_workflow, private_office, draft_answer, protocol="https", label="clearance request")
tm.flow(private_office, pq_workflow, cleared_answer, protocol="https", label="approved text")
tm.flow(pq_workflow, parliament, cleared_answer, protocol="https", label="lodge answer")

# Index building.
tm.flow(hansard, indexer, past_answers, protocol="https", label="nightly scrape")
tm.flow(briefing_library, indexer, briefings)
tm.flow(stats_warehouse, indexer, statistics)
tm.flow(indexer, index, passages)
