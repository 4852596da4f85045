"""Prior-art search agent for an IP law firm: the first design, before any security review.

A client uploads an invention disclosure through the firm's client portal; it is filed
in the document management system (DMS) under the matter. A patent attorney starts a
search run with a short brief, and an LLM agent reads the disclosure, plans queries and
calls two search tools: one queries the public patent offices (EPO, USPTO, WIPO) and a
licensed commercial patent database, the other searches scientific literature and
fetches papers and pre-prints from publisher sites and repositories. Relevant passages
are kept in a per-run reference index, and the agent drafts a prior-art report that a
drafting tool files back in the DMS. The attorney reviews and edits the draft; only the
version the attorney releases is published to the client in the portal. The LLM is a
hosted model under an enterprise agreement with no data retention. Controls in this
design: MFA on the client portal, matter-based access control, encryption and an audit
trail in the DMS, the commercial database key in the firm's vault, a step limit on the
agent and attorney sign-off before anything reaches the client.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patent prior-art search agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent searches patents and literature for a client's invention and "
    "drafts a prior-art report that an attorney reviews before release.",
)

# ---------------------------------------------------------------- data assets
disclosure = tg.Data(
    "Invention disclosure",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Unpublished invention with inventor names; publishing it could destroy novelty.",
)
brief = tg.Data("Search brief", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, brief, disclosure text, tool results and references so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
queries = tg.Data(
    "Search queries",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Keywords, classification codes and claim-like text derived from the disclosure.",
)
patents = tg.Data("Patent search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
papers = tg.Data(
    "Literature search results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Abstracts and full text fetched from publisher pages and pre-print servers.",
)
references = tg.Data(
    "Reference passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
api_key = tg.Data(
    "Commercial database API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
draft = tg.Data(
    "Draft prior-art report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
final = tg.Data(
    "Released prior-art report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's client: submits the disclosure and receives the report.
    client = tm.add(tg.Actor("Client", role="client inventor or in-house counsel"))
    # Free public patent office search services.
    patent_offices = tm.add(
        tg.ExternalService(
            "Public patent office databases",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="EPO Open Patent Services, USPTO and WIPO Patentscope APIs.",
        )
    )
    # Scientific literature: anything a search engine or repository returns.
    literature = tm.add(
        tg.DataSource(
            "Scientific literature sources",
            origin=tg.Origin.PUBLIC_WEB,
            provides={papers},
            description="Scholarly search APIs, publisher pages, arXiv and other pre-print servers.",
        )
    )

with tm.boundary("Commercial patent database", trust=tg.Trust.PARTNER):
    # Licensed database with better coverage and family data than the free services.
    commercial_db = tm.add(
        tg.ExternalService(
            "Commercial patent database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the search and writes the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model under an enterprise, zero-retention agreement.",
            controls={c.SupplierAssessment(note="enterprise terms, no retention, no training")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Where clients upload disclosures and download released reports.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="client accounts with MFA")},
        )
    )
    # The firm's system of record for matter documents.
    dms = tm.add(
        tg.DataStore(
            "Document management system",
            stores={disclosure, draft, final},
            controls={
                c.RBAC(note="matter-based access and ethical walls"),
                c.EncryptionAtRest(key_management="firm-managed keys"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # The attorney who briefs the search and signs off the report.
    attorney = tm.add(tg.Actor("Patent attorney", role="attorney"))

    with tm.boundary("Prior-art platform", trust=tg.Trust.INTERNAL):
        # Plans queries, reads results and drafts the report for one matter at a time.
        agent = tm.add(
            tg.Agent(
                "Prior-art search agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                memory=False,
                description="Runs the whole search unattended; its output is only a draft.",
                controls={c.CircuitBreaker(max_steps=80)},
            )
        )
        # Queries the public patent offices and the commercial database.
        patent_tool = tm.add(
            tg.Tool(
                "Patent search tool",
                capabilities={"read", "network-egress"},
                origin=tg.ToolOrigin.FIRST_PARTY,
                controls={c.SecretsManagement(note="commercial database key in the firm vault")},
            )
        )
        # Searches scholarly indexes and fetches the papers it finds.
        literature_tool = tm.add(
            tg.Tool(
                "Literature search and fetch tool",
                capabilities={"read", "network-egress"},
                origin=tg.ToolOrigin.FIRST_PARTY,
            )
        )
        # Per-run index of passages the agent may cite in the report.
        reference_index = tm.add(tg.VectorStore("Reference index", stores={references}))
        # Files the agent's draft into the matter in the DMS.
        drafting_tool = tm.add(
            tg.Tool(
                "Report drafting tool", capabilities={"write"}, origin=tg.ToolOrigin.FIRST_PARTY
            )
        )
        # Record of every prompt, tool call and result in a run, for the attorney to check.
        logs = tm.add(tg.DataStore("Agent run log", stores={run_log}))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, disclosure, protocol="https")
tm.flow(portal, dms, disclosure, label="filed under the matter")

tm.flow(attorney, agent, brief, label="starts a search run")
tm.flow(dms, agent, disclosure)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, patent_tool, queries)
tm.flow(patent_tool, agent, patents)
tm.flow(patent_tool, patent_offices, queries, protocol="https")
tm.flow(patent_offices, patent_tool, patents, protocol="https")
tm.flow(patent_tool, commercial_db, queries, api_key, protocol="https")
tm.flow(commercial_db, patent_tool, patents, protocol="https")

tm.flow(agent, literature_tool, queries)
tm.flow(literature_tool, agent, papers)
tm.flow(literature_tool, literature, queries, protocol="https")
tm.flow(literature, literature_tool, papers, protocol="https")

tm.flow(agent, reference_index, references, label="store relevant passages")
tm.flow(reference_index, agent, references, label="retrieve for citing")
tm.flow(agent, logs, run_log)

tm.flow(agent, drafting_tool, draft)
tm.flow(drafting_tool, dms, draft)
tm.flow(dms, attorney, draft, label="review")
tm.flow(logs, attorney, run_log, label="check the search trail")
tm.flow(attorney, dms, final, label="edited and released")
tm.flow(
    dms,
    portal,
    final,
    controls={c.HumanInTheLoop(approver="patent attorney")},
    label="only attorney-released reports",
)
tm.flow(portal, client, final, protocol="https")
