"""Marine cargo damage claim document agent: the first design, before any security review.

Brokers upload a claim pack for damaged cargo (surveyor reports, bills of lading,
invoices and damage photos) through the insurer's broker claims portal, signing in with
their e-mail and password. The files land in a claim document store, where a parsing
service extracts their text. A claims agent, driven by a hosted LLM, reads the extracted
documents and photos, looks up the cargo policy and its terms, checks the voyage and
weather record with an external voyage data provider, and writes a proposed settlement
(covered loss, deductible, amount and reasoning) as a draft into the claims management
system. A claims handler reviews the draft there and approves, changes or rejects it;
only the handler can authorise payment. Traffic is over TLS, the document store is
encrypted, the agent's steps are capped, and its claims tool can only create drafts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marine insurer cargo damage claim document agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent reads broker-submitted cargo claim documents and proposes a "
        "settlement for a claims handler to approve."
    ),
)

# ---------------------------------------------------------------- data assets
claim_pack = tg.Data(
    "Cargo claim documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Surveyor reports, bills of lading, commercial invoices, packing lists (PDF).",
)
photos = tg.Data(
    "Cargo damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_status = tg.Data(
    "Claim status update", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the extracted documents, photos, policy terms and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
policy_query = tg.Data(
    "Policy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
policy_terms = tg.Data(
    "Cargo policy terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Open cover or certificate, insured values, clauses, deductibles, exclusions.",
)
voyage_query = tg.Data(
    "Voyage lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
voyage_data = tg.Data(
    "Vessel voyage and weather record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="AIS track, port calls and weather along the route for the claimed dates.",
)
proposal = tg.Data(
    "Proposed claim settlement",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Covered loss, deductible, proposed amount and the agent's reasoning.",
)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handler_decision = tg.Data(
    "Settlement decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The handler's approval, change or rejection, and payment authorisation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Broker firms acting for the cargo owner; any registered broker user can submit.
    broker = tm.add(tg.Actor("Broker claims user", role="broker"))

with tm.boundary("Voyage data provider", trust=tg.Trust.PARTNER):
    # Commercial AIS and weather history service the insurer subscribes to.
    voyage_provider = tm.add(tg.ExternalService("Voyage data API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reasons over the documents and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted claims LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor-hosted multimodal chat model; reads text and images.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Web portal where brokers submit claim packs and see the claim's status.
    portal = tm.add(
        tg.Endpoint(
            "Broker claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password per broker user"),
                c.InputValidation(note="PDF, JPEG and PNG only, 50 MB per file"),
            },
        )
    )
    # Object storage holding the uploaded files and their extracted text.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={claim_pack, photos, extracted_text},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Parses the PDFs and scans (OCR) into text for the agent.
    parser = tm.add(
        tg.Service("Document parsing service", description="OCR and PDF text extraction.")
    )
    # The LLM agent that assembles the evidence and drafts the settlement.
    agent = tm.add(
        tg.Agent(
            "Cargo claim agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(approver="claims handler, before any payment"),
            },
        )
    )
    # Reads the policy and its terms from the policy administration system.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Calls the voyage data provider for the vessel's track and weather.
    voyage_tool = tm.add(tg.Tool("Voyage lookup tool", capabilities={"read", "network-egress"}))
    # Reads the claim and writes the proposed settlement as a draft.
    claims_tool = tm.add(
        tg.Tool(
            "Claims system tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="service account can only create drafts and notes")
            },
        )
    )

    with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
        # System of record for cargo policies, open covers and certificates.
        policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy_terms}))
        # System of record for claims, reserves, drafts and payment authorisations.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_record, proposal, handler_decision},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Insurer corporate network", trust=tg.Trust.INTERNAL):
    # The claims handler who decides every settlement.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")
tm.flow(broker, portal, claim_pack, photos, protocol="https", controls={tls})
tm.flow(portal, broker, claim_status, protocol="https", controls={tls})
tm.flow(portal, doc_store, claim_pack, photos)
tm.flow(doc_store, parser, claim_pack)
tm.flow(parser, doc_store, extracted_text)
tm.flow(doc_store, agent, extracted_text, photos)

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_admin, policy_query)
tm.flow(policy_admin, policy_tool, policy_terms)
tm.flow(policy_tool, agent, policy_terms)

tm.flow(agent, voyage_tool, voyage_query)
tm.flow(voyage_tool, voyage_provider, voyage_query, protocol="https", controls={tls})
tm.flow(voyage_provider, voyage_tool, voyage_data, protocol="https", controls={tls})
tm.flow(voyage_tool, agent, voyage_data)

tm.flow(agent, claims_tool, proposal)
tm.flow(claims_tool, claims_system, proposal, label="draft settlement")
tm.flow(claims_system, claims_tool, claim_record)
tm.flow(claims_tool, agent, claim_record)

tm.flow(claims_system, handler, claim_record, proposal, protocol="https")
tm.flow(handler, claims_system, handler_decision, protocol="https")
tm.flow(claims_system, portal, claim_status, label="status sync")
