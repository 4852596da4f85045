"""Commercial underwriting submission agent: the first design, before any security review.

Brokers e-mail new-business and renewal submissions to a shared submissions
mailbox in our Microsoft 365 tenant, with attachments: statements of values and
other schedules, loss runs, prior policies and applications. An intake service
pulls each new e-mail through the Graph API, rejects file types we do not handle,
stores the attachments and hands the package to the submission agent. The agent
(a hosted LLM behind our orchestration) extracts insured, locations, values, limits
and losses, enriches the account from a business data provider, writes the risk
details into the underwriting workbench, e-mails the broker to ask for anything
missing, and drafts a quote recommendation against our underwriting guidelines.
The agent cannot bind or issue anything: an underwriter reviews every
recommendation in the workbench and makes the decision. Agent runs are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Underwriting submission agent",
    profile=tg.RiskProfile.HIGH,
    description="Reads broker submissions, fills the underwriting workbench and drafts quote recommendations.",
)

# ---------------------------------------------------------------- data assets
submission_email = tg.Data(
    "Submission e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Broker's covering e-mail: insured, lines of business, target premium, deadlines.",
)
submission_docs = tg.Data(
    "Submission attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="SOVs, loss runs (with claimant names and injury details), prior policies, applications.",
)
risk_details = tg.Data(
    "Extracted risk details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, submission text and attachment extracts, guideline passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "Underwriting guidelines",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Appetite, referral rules, rate and deductible guidance per line.",
)
guideline_query = tg.Data("Guideline query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
enrichment_query = tg.Data(
    "Business lookup", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
enrichment = tg.Data(
    "Business firmographics",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Revenue, employee count, industry codes and property attributes.",
)
workbench_call = tg.Data(
    "Workbench update", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
workbench_result = tg.Data(
    "Account history", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
recommendation = tg.Data(
    "Quote recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suggested terms, premium range, referral flags and the reasons for them.",
)
info_request = tg.Data(
    "Missing-information request",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail to the broker listing what is missing from the submission.",
)
decision = tg.Data("Underwriting decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
agent_trace = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent brokers who send submissions and answer information requests.
    broker = tm.add(tg.Actor("Broker", role="broker"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared submissions mailbox brokers already write to.
    mailbox = tm.add(
        tg.ExternalService(
            "Submissions mailbox",
            description="Exchange Online shared mailbox, read and sent from via the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with; enterprise terms with no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )

with tm.boundary("Business data provider", trust=tg.Trust.PARTNER):
    # Commercial firmographics and property data used to check and fill submissions.
    data_provider = tm.add(
        tg.ExternalService("Business data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Underwriting cloud", trust=tg.Trust.INTERNAL):
    # Polls the mailbox, unpacks attachments and starts an agent run per submission.
    intake = tm.add(
        tg.Service(
            "Submission intake service",
            description="Converts PDFs and spreadsheets to text; allowlists file types and sizes.",
            controls={c.InputValidation()},
        )
    )
    # The original e-mails and attachments, kept with the submission.
    doc_store = tm.add(
        tg.DataStore(
            "Submission document store",
            stores={submission_email, submission_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans the steps for one submission and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Submission agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the underwriter, for every quote recommendation"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Indexed underwriting guidelines the agent cites in its recommendation.
    guideline_index = tm.add(tg.VectorStore("Guidelines index", stores={guidelines}))
    # The agent's only write path into the workbench: create and update submissions.
    workbench_tool = tm.add(
        tg.Tool(
            "Workbench tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="cannot quote, bind or issue")},
        )
    )
    # Sends missing-information requests back to the broker from the shared mailbox.
    email_tool = tm.add(tg.Tool("Broker e-mail tool", capabilities={"send-messages"}))
    # Every agent run: prompts, tool calls and outputs, for review and disputes.
    trace_log = tm.add(tg.DataStore("Agent run log", stores={agent_trace}))

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for submissions, risk details, referrals and quotes.
    workbench = tm.add(
        tg.DataStore(
            "Underwriting workbench",
            stores={risk_details, recommendation, decision},
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the agent's work and makes every underwriting decision.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
# submission in
tm.flow(broker, mailbox, submission_email, submission_docs, protocol="smtp+starttls")
tm.flow(mailbox, intake, submission_email, submission_docs, protocol="https")
tm.flow(intake, doc_store, submission_email, submission_docs)
tm.flow(intake, agent, submission_email, submission_docs, label="new submission")
tm.flow(doc_store, agent, submission_docs, label="re-reads attachments")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guideline_index, guideline_query)
tm.flow(guideline_index, agent, guidelines)
tm.flow(agent, data_provider, enrichment_query, protocol="https")
tm.flow(data_provider, agent, enrichment, protocol="https")

# workbench
tm.flow(agent, workbench_tool, workbench_call, risk_details, recommendation)
tm.flow(workbench_tool, workbench, risk_details, recommendation)
tm.flow(workbench, workbench_tool, workbench_result)
tm.flow(workbench_tool, agent, workbench_result)

# missing information
tm.flow(agent, email_tool, info_request)
tm.flow(email_tool, mailbox, info_request, protocol="https")
tm.flow(mailbox, broker, info_request, protocol="smtp+starttls")

# underwriter review
tm.flow(workbench, underwriter, risk_details, recommendation, protocol="https")
tm.flow(underwriter, workbench, decision, protocol="https")

tm.flow(agent, trace_log, agent_trace)
