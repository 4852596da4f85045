"""Law firm conflict check assistant: the first design, before any security review.

When a fee earner opens a new matter in the intake portal, a conflict-check agent
takes the client, the counterparties and the related companies named on the
request. It searches the firm's client and matter database for existing or past
clients, adverse parties and ethical walls, and looks the companies up in public
company registers (officers, shareholders, parent companies) to find hidden links.
A hosted LLM plans the searches and drafts a conflict memo, which is filed in the
document management system. The risk team reviews every memo in the portal and
signs it off (or refuses the matter) before the matter is opened; nothing is
cleared without them. The portal uses the firm's single sign-on with MFA, the
matter database enforces role-based access and is encrypted at rest, the agent's
searches are logged, and the LLM vendor was vetted under a zero-retention contract.
The firm is in the UK with EU clients, so the GDPR applies.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Law firm conflict check assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that searches matters and company registers and drafts "
    "conflict memos for the risk team to sign off.",
)

# ---------------------------------------------------------------- data assets
matter_request = tg.Data(
    "New matter request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prospective client, counterparties, related companies and matter summary.",
)
client_records = tg.Data(
    "Client and matter records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Clients, adverse parties, contacts, matter descriptions and ethical walls.",
)
matter_query = tg.Data(
    "Matter search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matter_hits = tg.Data(
    "Matter search hits", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
register_query = tg.Data(
    "Company register query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
register_records = tg.Data(
    "Company register records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Officers, shareholders and group structure as filed publicly.",
)
register_hits = tg.Data(
    "Company register results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Conflict check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the matter request and the search results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_memo = tg.Data(
    "Draft conflict memo",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
signoff = tg.Data("Risk sign-off decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signed_memo = tg.Data(
    "Signed conflict memo", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clearance = tg.Data(
    "Matter clearance status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_log = tg.Data("Conflict search log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Companies House and other national registers, queried over their public APIs.
    registers = tm.add(
        tg.ExternalService(
            "Public company registers",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Government company registers with public search APIs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the searches and writes the memo; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; zero data retention in contract")},
        )
    )

with tm.boundary("Firm offices", trust=tg.Trust.INTERNAL):
    # The lawyer opening the new matter.
    fee_earner = tm.add(tg.Actor("Fee earner", role="lawyer"))
    # The risk and compliance team who decide whether the firm may act.
    risk_analyst = tm.add(tg.Actor("Risk team analyst", role="risk and compliance"))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Where matters are requested and memos are reviewed and signed off.
    portal = tm.add(
        tg.Endpoint(
            "Matter intake portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="firm SSO (OIDC) with MFA"),
                c.RBAC(note="only the risk team can sign off"),
            },
        )
    )
    # Runs the conflict check: calls the LLM and the two search tools.
    agent = tm.add(
        tg.Agent(
            "Conflict check agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Drafts a memo; the risk team makes the clearance decision.",
            controls={
                c.HumanInTheLoop(approver="risk team analyst"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Read-only search over clients, adverse parties and past matters.
    matter_search = tm.add(tg.Tool("Client and matter search", capabilities={"read"}))
    # Looks up companies, officers and shareholders in public registers.
    register_lookup = tm.add(
        tg.Tool("Company register lookup", capabilities={"read", "network-egress"})
    )
    # Keeps every search the agent made, for the file and for regulators.
    audit_store = tm.add(tg.DataStore("Conflict search log store", stores={search_log}))

    with tm.boundary("Records enclave", trust=tg.Trust.RESTRICTED):
        # The practice management system's database of clients and matters.
        matter_db = tm.add(
            tg.DataStore(
                "Client and matter database",
                stores={client_records, clearance},
                controls={
                    c.RBAC(note="ethical walls"),
                    c.EncryptionAtRest(key_management="Azure Key Vault"),
                },
            )
        )
        # Document management system where memos are filed against the matter.
        dms = tm.add(
            tg.DataStore(
                "Document management system",
                stores={draft_memo, signed_memo},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="Azure Key Vault")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(fee_earner, portal, matter_request, protocol="https")
tm.flow(portal, agent, matter_request)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, matter_search, matter_query)
tm.flow(matter_search, matter_db, matter_query, label="SQL search")
tm.flow(matter_db, matter_search, client_records)
tm.flow(matter_search, agent, matter_hits)

tm.flow(agent, register_lookup, register_query)
tm.flow(register_lookup, registers, register_query, protocol="https")
tm.flow(registers, register_lookup, register_records, protocol="https")
tm.flow(register_lookup, agent, register_hits)

tm.flow(agent, audit_store, search_log)
tm.flow(agent, dms, draft_memo)

tm.flow(dms, portal, draft_memo)
tm.flow(portal, risk_analyst, draft_memo, protocol="https")
tm.flow(risk_analyst, portal, signoff, protocol="https")
tm.flow(portal, dms, signed_memo)
tm.flow(portal, matter_db, clearance, label="matter opened or refused")
tm.flow(portal, fee_earner, clearance, protocol="https")
