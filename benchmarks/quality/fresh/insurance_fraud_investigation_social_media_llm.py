"""Insurance fraud investigation social media assistant: the first design, before any security review.

The insurer's special investigations unit (SIU) gets an LLM assistant for open-source
intelligence. An investigator opens a referred claim in the investigation workbench and
starts a run; an LLM agent reads the claim file, writes search queries for the claimant's
public social media, calls a licensed social media search vendor through a search tool,
and sends the posts it finds to a hosted LLM to draft an evidence summary that cites
each post. The agent only reads; the investigator reviews every item and saves what they
accept to the evidence store, and no claim decision is taken on the summary alone.
Claimants are told about the investigation only when it closes, by a letter from the
claims correspondence service. Legal reviews every search run from the audit log.
Controls in this design: corporate SSO with MFA and SIU-only roles on the workbench, a
step limit on the agent, vendor reviews of the LLM and search providers, audit logging of
runs, encryption at rest of claim and evidence data; EU insurer, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance fraud investigation social media assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that searches claimants' public social media and drafts evidence "
        "summaries for the special investigations unit."
    ),
)

# ---------------------------------------------------------------- data assets
claim_file = tg.Data(
    "Claim file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claimant identity, policy, incident description, injuries claimed, referral reasons.",
)
brief = tg.Data(
    "Investigation brief",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Claim reference, claimant name, known handles and the questions to answer.",
)
search_query = tg.Data(
    "Social media search query", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
posts = tg.Data(
    "Public social media posts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Posts, photos, captions, check-ins and profile details of matched accounts.",
)
claim_lookup = tg.Data("Claim lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
claim_extract = tg.Data("Claim details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, claim details and the retrieved posts.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Draft evidence summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Findings relevant to the claim, each citing the post it rests on.",
)
evidence = tg.Data(
    "Accepted evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Items the investigator accepted, with post captures and their notes.",
)
outcome = tg.Data(
    "Investigation outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Investigator's conclusion and referral back to claims handling.",
)
notice = tg.Data("Investigation notice letter", kind="documents", sensitivity=tg.Sensitivity.PII)
run_log = tg.Data(
    "Search run log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who ran which search on whom, queries sent, posts returned, summary produced.",
)
vendor_key = tg.Data("Search vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public posts written by claimants and anyone else; the material under review.
    platforms = tm.add(
        tg.DataSource(
            "Social media platforms",
            origin=tg.Origin.PUBLIC_WEB,
            provides={posts},
            description="Public profiles and posts on the major networks.",
        )
    )
    # The person under investigation; hears of it only when it closes.
    claimant = tm.add(tg.Actor("Claimant", role="policyholder or third-party claimant"))

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Licensed OSINT provider that indexes public social media and answers searches.
    search_api = tm.add(
        tg.ExternalService(
            "Social media search API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="DPA signed; lawful collection terms reviewed")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reads the posts and drafts the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Enterprise API, EU region, no training on customer data.",
            controls={c.SupplierAssessment(note="EU data residency, zero-retention option")},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Runs the investigation: plans searches, calls tools and the LLM, returns a draft.
    agent = tm.add(
        tg.Agent(
            "OSINT investigation agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Read-only: searches and drafts; the investigator decides what is kept.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(note="every query, result and draft, per run"),
            },
        )
    )
    # Wraps the vendor API; the agent's only route to social media.
    search_tool = tm.add(
        tg.Tool(
            "Social media search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="vendor key held in the cloud key vault")},
        )
    )
    # Reads the claim under investigation from the claims system for context.
    claim_tool = tm.add(tg.Tool("Claim lookup tool", capabilities={"read"}))
    # Record of every search run, kept for legal's review of OSINT use.
    audit_store = tm.add(
        tg.DataStore(
            "OSINT audit log",
            stores={run_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Evidence the investigators accepted, linked to the case.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Sends customer letters, including the notice at the close of an investigation.
    correspondence = tm.add(tg.Service("Claims correspondence service"))

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for claims; outcomes go back to claims handling here.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={claim_file, outcome},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Web app where investigators start runs, review drafts and record evidence.
    workbench = tm.add(
        tg.Endpoint(
            "Investigation workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="SIU investigators and SIU managers only"),
            },
        )
    )
    # Runs the investigation and is accountable for every conclusion.
    investigator = tm.add(tg.Actor("SIU investigator", role="fraud investigator"))
    # Checks that searches stay within the lawful basis and the OSINT policy.
    legal = tm.add(tg.Actor("Legal reviewer", role="legal counsel"))

# ---------------------------------------------------------------- flows
# starting a run
tm.flow(investigator, workbench, brief, protocol="https")
tm.flow(workbench, agent, brief, protocol="https")

# claim context
tm.flow(agent, claim_tool, claim_lookup)
tm.flow(claim_tool, claims_system, claim_lookup, protocol="https")
tm.flow(claims_system, claim_tool, claim_extract, protocol="https")
tm.flow(claim_tool, agent, claim_extract)

# social media search
tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, search_api, search_query, vendor_key, protocol="https")
tm.flow(platforms, search_api, posts, label="vendor crawl")
tm.flow(search_api, search_tool, posts, protocol="https")
tm.flow(search_tool, agent, posts)

# summarising
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, workbench, summary, posts, protocol="https")
tm.flow(agent, audit_store, run_log)

# review and decision
tm.flow(workbench, investigator, summary, posts, protocol="https")
tm.flow(
    investigator,
    workbench,
    evidence,
    outcome,
    protocol="https",
    label="accepts items, records outcome",
)
tm.flow(workbench, evidence_store, evidence)
tm.flow(evidence_store, workbench, evidence, label="case review")
tm.flow(workbench, claims_system, outcome, protocol="https")

# telling the claimant at the end
tm.flow(claims_system, correspondence, outcome, protocol="https")
tm.flow(correspondence, claimant, notice, protocol="smtp", label="closing letter by e-mail or post")

# legal oversight
tm.flow(audit_store, legal, run_log, protocol="https", label="monthly OSINT use review")
