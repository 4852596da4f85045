"""Commercial quote comparison agent: the first design, before any security review.

A UK commercial insurance broker wants to cut the time from a client's enquiry to a
quote comparison. Business clients e-mail their risk details (business description,
turnover, premises, sums insured, claims history, director names) and supporting
documents to a submissions mailbox in the broker's Microsoft 365 tenant. An intake
service polls the mailbox and hands each new submission to an LLM agent, which
extracts a structured risk profile using a hosted LLM, looks the client up in the
broker management system, asks the client for missing details by e-mail, and
requests quotes from the insurers' rating APIs. It then drafts a comparison of
covers, exclusions and premiums. An account broker reviews the draft in a review
console and sends it to the client; only the comparison waits for the broker.
Controls in this design: SSO with MFA on the review console, insurer API keys in a
vault, a read-only CRM account, encrypted stores, TLS on our API calls, a step cap
on the agent and a vendor assessment of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Commercial quote comparison agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent turns e-mailed commercial risk submissions into insurer "
    "quote requests and a draft comparison for the account broker.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Client risk submission e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail body and attachments: proposal form, schedule of values, "
    "financial statements, claims history, directors' names and contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_profile = tg.Data(
    "Extracted risk profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Structured fields the agent extracts: trade, turnover, locations, "
    "sums insured, claims, directors.",
)
prompt = tg.Data(
    "Agent prompt with submission text",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the submission text and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
client_query = tg.Data("Client lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
client_record = tg.Data(
    "Client record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Existing policies, renewal dates, previous insurers and contacts.",
)
quote_request = tg.Data(
    "Quote request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The risk profile mapped to each insurer's rating schema.",
)
insurer_quote = tg.Data(
    "Insurer quotes",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Premiums, excesses, covers, endorsements and referral notes.",
)
clarification = tg.Data(
    "Clarification request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Questions for the client about details missing from the submission.",
)
draft = tg.Data(
    "Draft quote comparison",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Side-by-side covers, exclusions and premiums with the agent's notes.",
)
final_comparison = tg.Data(
    "Approved quote comparison",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
broker_edits = tg.Data("Broker edits and approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The business owner or finance director sending the risk details.
    client = tm.add(tg.Actor("Business client", role="prospective policyholder"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The submissions mailbox: where clients write, and where outbound mail leaves from.
    mailbox = tm.add(
        tg.ExternalService(
            "Submissions mailbox",
            description="Exchange Online shared mailbox with the vendor's spam and "
            "malware filtering.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model used for extraction, planning and drafting.",
            controls={c.SupplierAssessment(note="DPA signed; zero data retention tier")},
        )
    )

with tm.boundary("Insurer platforms", trust=tg.Trust.PARTNER):
    # The panel insurers' rating and quote APIs the broker has agencies with.
    insurers = tm.add(
        tg.ExternalService(
            "Insurer rating APIs",
            description="Each panel insurer's commercial lines quote API.",
        )
    )

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Pulls new e-mails and attachments from the mailbox and starts an agent run.
    intake = tm.add(
        tg.Service(
            "Submission intake service",
            description="Polls the mailbox through Microsoft Graph, converts attachments "
            "to text and opens a submission.",
            controls={c.InputValidation(note="attachment type and size limits")},
        )
    )
    # The LLM agent that does the work between the e-mail and the draft.
    agent = tm.add(
        tg.Agent(
            "Quote comparison agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Extracts the risk profile, asks the client for missing details, "
            "requests insurer quotes and drafts the comparison.",
            controls={
                c.HumanInTheLoop(
                    approver="the account broker",
                    note="the broker approves each comparison before it goes to the "
                    "client; clarification e-mails and quote requests go out directly",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Lets the agent see whether the business is an existing client.
    crm_tool = tm.add(
        tg.Tool(
            "Client lookup tool",
            capabilities={"read"},
            description="Searches the broker management system by company name or number.",
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Sends the risk to each insurer and collects the quotes.
    quote_tool = tm.add(
        tg.Tool(
            "Insurer quote tool",
            capabilities={"write", "network-egress"},
            description="Maps the risk profile to each insurer's schema and submits it.",
            controls={c.SecretsManagement(note="insurer API keys held in the cloud vault")},
        )
    )
    # Lets the agent ask the client for what is missing.
    email_tool = tm.add(
        tg.Tool(
            "Clarification e-mail tool",
            capabilities={"send-messages"},
            description="Replies in the client's e-mail thread from the submissions mailbox.",
        )
    )
    # Where the broker checks, edits and sends the comparison.
    console = tm.add(
        tg.Service(
            "Broker review console",
            description="Web app listing drafts with the insurer quotes beside them.",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # The broker's system of record for clients and policies.
        bms = tm.add(
            tg.DataStore(
                "Broker management system",
                stores={client_record, final_comparison},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Working copy of each submission, its quotes and drafts.
        submissions = tm.add(
            tg.DataStore(
                "Submission store",
                stores={submission, risk_profile, insurer_quote, draft},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Regulated adviser who owns the client relationship and signs off the advice.
    broker = tm.add(tg.Actor("Account broker", role="account executive"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(client, mailbox, submission, protocol="smtp", label="sends risk details")
tm.flow(mailbox, intake, submission, protocol="https", label="Graph API poll")
tm.flow(intake, submissions, submission)
tm.flow(intake, agent, submission, label="new submission")

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, crm_tool, client_query)
tm.flow(crm_tool, bms, client_query)
tm.flow(bms, crm_tool, client_record)
tm.flow(crm_tool, agent, client_record)

tm.flow(agent, email_tool, clarification)
tm.flow(email_tool, mailbox, clarification, protocol="https", label="Graph API send")
tm.flow(mailbox, client, clarification, protocol="smtp")

tm.flow(agent, quote_tool, quote_request)
tm.flow(quote_tool, insurers, quote_request, protocol="https", controls={tls})
tm.flow(insurers, quote_tool, insurer_quote, protocol="https", controls={tls})
tm.flow(quote_tool, agent, insurer_quote)

tm.flow(agent, submissions, risk_profile, insurer_quote, draft, label="saves working copy")
tm.flow(submissions, console, draft, insurer_quote, submission)
tm.flow(console, broker, draft, insurer_quote, protocol="https")
tm.flow(broker, console, broker_edits, protocol="https", label="edits and approves")
tm.flow(console, mailbox, final_comparison, protocol="https", label="Graph API send")
tm.flow(mailbox, client, final_comparison, protocol="smtp")
tm.flow(console, bms, final_comparison, label="filed to client record")
