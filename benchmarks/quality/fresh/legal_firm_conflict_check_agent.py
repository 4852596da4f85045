"""Conflict check agent: the first design, before any security review.

A mid-sized law firm with offices in Dublin and Frankfurt wants to speed up
conflict-of-interest checks on new client matters. The new business intake team
enters a prospective matter (client, adverse and related parties, a short
description) in the conflicts portal on the firm's intranet. An LLM agent then
searches the firm's client and matter records: fuzzy party-name matches from a
name index built nightly from the practice management system, full matter and
client records through a read-only search tool, and corporate family trees from
a public company registry API. It writes a draft conflict report, which a
conflicts lawyer reviews before clearing or refusing the matter. The language
model is a vendor-hosted API under a reviewed data processing agreement. Staff
sign in to the portal with the firm's SSO and MFA; the agent's runs are capped
in steps, and the practice management system keeps its existing role-based
access and disk encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Law firm conflict check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that searches client and matter records for conflicts of interest "
    "on new matters, for review by the conflicts team.",
)

# ---------------------------------------------------------------- data assets
matter_request = tg.Data(
    "New matter request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prospective client, adverse and related parties, matter description.",
)
agent_prompt = tg.Data(
    "Agent prompt with search results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the matter request and the records the tools returned.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
party_query = tg.Data("Party name query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
party_matches = tg.Data(
    "Party name matches", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
party_embeddings = tg.Data(
    "Party name embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
matter_query = tg.Data("Matter search query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
client_records = tg.Data(
    "Client and matter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Clients, opposing parties, matter descriptions, fee earners, "
    "ethical wall memberships; includes legally privileged detail.",
)
company_query = tg.Data(
    "Company lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
corporate_family = tg.Data(
    "Corporate family tree", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
draft_report = tg.Data(
    "Draft conflict report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
clearance = tg.Data(
    "Conflict clearance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public company registry API: gives parents and subsidiaries of corporate parties.
    registry_api = tm.add(
        tg.ExternalService(
            "Company registry API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public corporate registry with group structure data.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that plans the searches and writes the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's EU API region.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; zero data retention and no training on firm data"
                )
            },
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # New business team member who opens the check for a prospective matter.
    intake = tm.add(tg.Actor("Intake coordinator", role="new business intake"))
    # Lawyer in the risk team who reads the report and clears or refuses the matter.
    counsel = tm.add(tg.Actor("Conflicts counsel", role="conflicts lawyer"))

    # Intranet web app where checks are opened, reports read and decisions recorded.
    portal = tm.add(
        tg.Endpoint(
            "Conflicts portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="firm SSO (OIDC) with MFA")},
        )
    )
    # The agent: plans the searches, calls the tools and drafts the report.
    agent = tm.add(
        tg.Agent(
            "Conflict check agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Drafts the report only; a conflicts lawyer makes the decision.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Fuzzy name matching against every party the firm has ever recorded.
    party_tool = tm.add(tg.Tool("Party name search tool", capabilities={"read"}))
    # Reads full client and matter records for the candidate hits.
    matter_tool = tm.add(
        tg.Tool(
            "Matter search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Looks up a corporate party's group structure in the public registry.
    registry_tool = tm.add(
        tg.Tool("Company registry lookup tool", capabilities={"read", "network-egress"})
    )
    # Saves the agent's draft report against the intake record.
    report_tool = tm.add(tg.Tool("Report writer tool", capabilities={"write"}))
    # Draft reports and the decisions taken on them.
    report_store = tm.add(tg.DataStore("Conflict report store", stores={draft_report, clearance}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # The firm's system of record for clients and matters (existing).
        pms = tm.add(
            tg.DataStore(
                "Practice management database",
                stores={client_records},
                controls={
                    c.RBAC(note="existing practice-group roles"),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # Vector index of party names and aliases, for fuzzy matching.
        party_index = tm.add(tg.VectorStore("Party name index", stores={party_embeddings}))
        # Rebuilds the party name index from the practice management system each night.
        index_sync = tm.add(tg.Pipeline("Nightly party index sync", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tm.flow(intake, portal, matter_request, protocol="https")
tm.flow(portal, agent, matter_request)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, party_tool, party_query)
tm.flow(party_tool, party_index, party_query, label="similarity search")
tm.flow(party_index, party_tool, party_matches)
tm.flow(party_tool, agent, party_matches)

tm.flow(agent, matter_tool, matter_query)
tm.flow(matter_tool, pms, matter_query)
tm.flow(pms, matter_tool, client_records)
tm.flow(matter_tool, agent, client_records)

tm.flow(agent, registry_tool, company_query)
tm.flow(registry_tool, registry_api, company_query, protocol="https")
tm.flow(registry_api, registry_tool, corporate_family, protocol="https")
tm.flow(registry_tool, agent, corporate_family)

tm.flow(agent, report_tool, draft_report)
tm.flow(report_tool, report_store, draft_report)
tm.flow(report_store, portal, draft_report)
tm.flow(portal, counsel, draft_report, protocol="https")
tm.flow(counsel, portal, clearance, protocol="https")
tm.flow(portal, report_store, clearance)

tm.flow(pms, index_sync, client_records, label="nightly sync")
tm.flow(index_sync, party_index, party_embeddings)
