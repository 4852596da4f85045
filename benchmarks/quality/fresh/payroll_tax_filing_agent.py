"""Payroll tax filing agent: the first design, before any security review.

Each quarter an agent prepares our small-business payroll clients' federal and
state payroll tax filings. It reconciles the payroll register in our payroll
database with the client's bank transactions (pulled through a bank-data
aggregator), writes workpapers and a draft return, then files the return and
schedules the tax payment through the tax authorities' e-filing and payment
APIs. Clients ask the same agent about their filings in the client portal. The
agent runs in our cloud, reasons with a vendor-hosted LLM and cites an index of
published tax guidance. A tax specialist approves each filing for clients in
their first year; returning clients' filings go out unreviewed. The portal
needs MFA, payroll data is encrypted at rest, e-file credentials sit in a vault
and filings and payments are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll tax filing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Agent that prepares, files and pays small-business payroll taxes "
    "and answers client questions about them.",
)

# ---------------------------------------------------------------- data assets
client_question = tg.Data("Client question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
agent_answer = tg.Data("Agent answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task or client question, payroll totals, "
    "employee names and retrieved guidance.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
payroll_register = tg.Data(
    "Payroll register",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Wages, withholdings, employee SSNs and addresses, employer EIN.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_records = tg.Data(
    "Client bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recon_call = tg.Data(
    "Reconciliation request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
recon_result = tg.Data(
    "Reconciliation result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
workpapers = tg.Data(
    "Filing workpapers and draft returns",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tax_guidance = tg.Data(
    "Tax guidance publications", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
guidance_context = tg.Data(
    "Retrieved guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
guidance_query = tg.Data("Guidance query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
filing_call = tg.Data(
    "File return request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
tax_return = tg.Data(
    "Tax return submission",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_call = tg.Data(
    "Tax payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, tax period, client EIN and the debit bank account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_order = tg.Data(
    "Tax payment order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Filing and payment acknowledgements", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
ack_result = tg.Data(
    "Submission status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
approval = tg.Data(
    "Specialist approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Small-business owners and their bookkeepers, using the client portal.
    client = tm.add(tg.Actor("Business client", role="client"))
    # Published forms, instructions and rate notices the guidance index is built from.
    publications = tm.add(
        tg.DataSource(
            "Tax authority publications",
            origin=tg.Origin.PUBLIC_WEB,
            provides={tax_guidance},
            description="Federal and state payroll tax instructions, crawled weekly.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that does the agent's reasoning and writing.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completions API with function calling.",
        )
    )

with tm.boundary("Bank data aggregator", trust=tg.Trust.PARTNER):
    # Read-only feed of the clients' business bank accounts, via an aggregator.
    bank_feed = tm.add(
        tg.DataSource(
            "Bank transaction feed",
            origin=tg.Origin.PARTNER,
            provides={bank_records},
            description="Clients link their accounts once; transactions are pulled daily.",
        )
    )

with tm.boundary("Tax authorities", trust=tg.Trust.PARTNER):
    # Where returns and payments go: the federal and state e-file and payment systems.
    tax_api = tm.add(
        tg.ExternalService(
            "Tax authority e-filing APIs",
            description="Federal and state e-file transmitter and tax payment endpoints.",
        )
    )

with tm.boundary("Payroll cloud", trust=tg.Trust.INTERNAL):
    # Web portal where clients see their filings and chat with the agent.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="password and TOTP MFA")},
        )
    )
    # The agent: plans the quarterly filing, calls its tools, answers questions.
    agent = tm.add(
        tg.Agent(
            "Tax filing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs per client per quarter and per portal conversation.",
            controls={
                c.HumanInTheLoop(
                    approver="tax specialist",
                    note="only filings for clients in their first year with us",
                )
            },
        )
    )
    # Index of published tax guidance the agent cites when answering clients.
    guidance_index = tm.add(tg.VectorStore("Tax guidance index", stores={guidance_context}))
    # Matches payroll register totals and tax deposits against bank debits.
    recon_tool = tm.add(tg.Tool("Reconciliation tool", capabilities={"read", "write"}))
    # Submits returns to the tax authorities' e-file systems.
    efile_tool = tm.add(
        tg.Tool(
            "E-file submission tool",
            capabilities={"write", "network-egress"},
            controls={
                c.SecretsManagement(note="e-file transmitter certificates in the vault"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Schedules tax payments debited from the client's bank account.
    payment_tool = tm.add(
        tg.Tool(
            "Tax payment tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Where tax specialists review and approve draft returns for new clients.
    review_console = tm.add(
        tg.Service(
            "Specialist review console",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

    with tm.boundary("Payroll data tier", trust=tg.Trust.RESTRICTED):
        # System of record for payroll runs, employees and tax settings.
        payroll_db = tm.add(
            tg.DataStore(
                "Payroll database",
                stores={payroll_register},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Reconciliations, draft returns, filed returns and acknowledgements.
        workpaper_store = tm.add(
            tg.DataStore(
                "Filing workpaper store",
                stores={workpapers, acknowledgement},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Licensed tax specialists (enrolled agents) on the compliance team.
    specialist = tm.add(tg.Actor("Tax specialist", role="tax specialist"))

# ---------------------------------------------------------------- flows
# client questions
tm.flow(client, portal, client_question, protocol="https")
tm.flow(portal, agent, client_question)
tm.flow(agent, portal, agent_answer)
tm.flow(portal, client, agent_answer, protocol="https")

# reasoning and guidance
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, guidance_index, guidance_query, label="similarity query")
tm.flow(guidance_index, agent, guidance_context)
tm.flow(publications, guidance_index, tax_guidance, protocol="https", label="weekly crawl")

# reconciliation
tm.flow(agent, recon_tool, recon_call)
tm.flow(payroll_db, recon_tool, payroll_register)
tm.flow(bank_feed, recon_tool, bank_records, protocol="https")
tm.flow(recon_tool, workpaper_store, workpapers)
tm.flow(recon_tool, agent, recon_result)
tm.flow(agent, workpaper_store, workpapers, label="draft return")
tm.flow(workpaper_store, agent, workpapers, acknowledgement, label="prior filings")

# approval for new clients
tm.flow(agent, review_console, workpapers, label="draft return for approval")
tm.flow(review_console, specialist, workpapers, protocol="https")
tm.flow(specialist, review_console, approval, protocol="https")
tm.flow(review_console, agent, approval)

# filing and payment
tm.flow(agent, efile_tool, filing_call)
tm.flow(efile_tool, tax_api, tax_return, protocol="https")
tm.flow(tax_api, efile_tool, acknowledgement, protocol="https")
tm.flow(efile_tool, agent, ack_result)
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, tax_api, payment_order, protocol="https")
tm.flow(tax_api, payment_tool, acknowledgement, protocol="https")
tm.flow(payment_tool, agent, ack_result)
tm.flow(agent, workpaper_store, acknowledgement, label="filed return and acknowledgements")
