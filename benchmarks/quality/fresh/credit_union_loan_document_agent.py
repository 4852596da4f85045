"""Credit union loan document agent: the first design, before any security review.

Members apply for personal, auto and home-equity loans in the online banking portal
and upload their supporting documents (pay stubs, bank statements, tax returns, IDs).
An LLM agent, running in the credit union's cloud tenant, reads the OCR text of each
document, checks it against the underwriting policy retrieved from an index of the
lending manual, and pre-fills the extracted income and employment fields in the loan
origination system (LOS). When something is missing it e-mails the member a request
through the messaging provider. The model is a vendor-hosted LLM reached over HTTPS.
Loan officers review the file and make every credit decision in the LOS.
Controls in this design: portal sign-in with password and SMS one-time code, upload
checks and rate limits, encrypted document storage, a step limit on the agent, LOS
field updates staged for the loan officer's approval, the LLM key in the vault, a
vendor review of the LLM provider, and the LOS's existing role-based access and audit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit union loan document agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that reads members' loan documents, pre-fills the loan origination "
        "system and requests missing documents."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Member identity, SSN, requested amount and purpose.",
)
uploads = tg.Data(
    "Uploaded loan documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pay stubs, bank statements, tax returns and photo IDs as PDFs and images.",
)
ocr_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the application, document text and retrieved policy.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
policy_text = tg.Data(
    "Lending policy manual", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
policy_chunks = tg.Data(
    "Policy chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
policy_query = tg.Data("Policy query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
field_update = tg.Data(
    "Extracted loan fields",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Income, employer, employment dates and document checklist status.",
)
los_result = tg.Data("LOS update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
doc_request = tg.Data(
    "Missing document request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the member naming the documents still needed.",
)
send_result = tg.Data(
    "Message delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
loan_file = tg.Data(
    "Loan file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Application, pre-filled fields and the agent's document summary.",
)
credit_decision = tg.Data(
    "Underwriting outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
traces = tg.Data("Agent traces", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Credit union members applying for a loan from home.
    member = tm.add(tg.Actor("Member", role="borrower"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model the agent calls; vendor contract has zero data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="vendor security review and zero-retention terms")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the e-mails the agent sends to members.
    mail_gateway = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Credit union cloud tenant", trust=tg.Trust.INTERNAL):
    # Where members start applications and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Online banking loan portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Keeps the original uploads for the loan file.
    doc_store = tm.add(
        tg.DataStore(
            "Loan document store",
            stores={uploads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns scans and PDFs into text the agent can read.
    ocr = tm.add(tg.Service("Document OCR service"))
    # Reads documents, checks them against policy, fills the LOS and asks for what is missing.
    agent = tm.add(
        tg.Agent(
            "Loan document agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30), c.SecretsManagement()},
        )
    )
    # Underwriting guidelines the agent retrieves to know which documents each product needs.
    policy_index = tm.add(tg.VectorStore("Underwriting policy index", stores={policy_chunks}))
    # Chunks and embeds the lending manual when the credit team publishes a new version.
    indexer = tm.add(tg.Pipeline("Policy indexing pipeline", stage=tg.Stage.INGESTION))
    # The agent's write access to the LOS; updates are staged until the loan officer accepts them.
    los_tool = tm.add(
        tg.Tool(
            "LOS field update tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="the assigned loan officer")},
        )
    )
    # Lets the agent e-mail members about missing documents.
    mail_tool = tm.add(tg.Tool("Member messaging tool", capabilities={"send-messages"}))
    # Prompts, tool calls and outputs kept for troubleshooting.
    trace_store = tm.add(tg.DataStore("Agent trace store", stores={traces}))

with tm.boundary("Core banking network", trust=tg.Trust.RESTRICTED):
    # System of record for loan applications and decisions.
    los = tm.add(
        tg.DataStore(
            "Loan origination system",
            stores={application, loan_file, credit_decision},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Back office network", trust=tg.Trust.INTERNAL):
    # Reviews each loan file and makes the credit decision.
    officer = tm.add(tg.Actor("Loan officer", role="underwriter"))
    # Lending manual maintained by the credit policy team.
    manual = tm.add(tg.DataSource("Lending policy manual source", provides={policy_text}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")
tm.flow(member, portal, application, uploads, protocol="https", controls={tls})
tm.flow(portal, member, status, protocol="https", controls={tls})
tm.flow(portal, doc_store, uploads)
tm.flow(portal, los, application, protocol="https", label="new application")
tm.flow(portal, agent, application, label="new application event")

tm.flow(doc_store, ocr, uploads)
tm.flow(ocr, agent, ocr_text)

tm.flow(agent, policy_index, policy_query, label="similarity query")
tm.flow(policy_index, agent, policy_chunks, label="retrieved policy")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, los_tool, field_update)
tm.flow(los_tool, los, field_update, protocol="https", label="staged field updates")
tm.flow(los, los_tool, los_result, protocol="https")
tm.flow(los_tool, agent, los_result)

tm.flow(agent, mail_tool, doc_request)
tm.flow(mail_tool, mail_gateway, doc_request, protocol="https")
tm.flow(mail_gateway, mail_tool, send_result, protocol="https")
tm.flow(mail_tool, agent, send_result)
tm.flow(mail_gateway, member, doc_request, protocol="smtp")

tm.flow(agent, trace_store, traces)

tm.flow(los, officer, loan_file, protocol="https")
tm.flow(officer, los, credit_decision, protocol="https", label="accepts fields, decides")
tm.flow(los, portal, status, protocol="https")

tm.flow(manual, indexer, policy_text, protocol="https")
tm.flow(indexer, policy_index, policy_chunks)
