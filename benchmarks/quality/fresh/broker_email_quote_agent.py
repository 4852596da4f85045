"""Broker email quote agent: the first design, before any security review.

Brokers email commercial quote requests to our submissions mailbox in Exchange
Online, with attachments such as schedules of values and loss runs. An intake
service pulls new mail through the Graph API, rejects unsupported file types,
converts the attachments to text and files the submission. The quote agent, built
on a hosted LLM, extracts the risk details, prices them through the rating
engine and emails the quote back to the broker. Quotes above the agent's delegated
authority are referred to an underwriter in the underwriting workbench; when a
broker asks to bind, the agent binds small policies itself in the policy admin
system, within a premium and TIV limit. Every agent step is logged, underwriters
sign in with SSO, and the LLM vendor passed our supplier review (no retention).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broker email quote agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that quotes, refers and binds small commercial risks from broker email.",
)

# ---------------------------------------------------------------- data assets
request_email = tg.Data(
    "Broker quote request",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Email body from the broker: insured, coverage wanted, bind requests.",
)
attachments = tg.Data(
    "Submission attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Schedules of values, loss runs (claimant names), ACORD forms; PDF and Excel.",
)
submission = tg.Data(
    "Filed submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The email and its attachments converted to text, with a submission ID.",
)
risk_details = tg.Data(
    "Extracted risk details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Class code, locations, TIV, revenue, loss history, limits and deductibles.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rating_call = tg.Data("Rating request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
premium = tg.Data(
    "Rated premium",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referral = tg.Data(
    "Underwriting referral",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's summary, the risk details and the proposed quote.",
)
decision = tg.Data(
    "Underwriter decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_email = tg.Data(
    "Quote email",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quote letter with premium, terms and subjectivities, as a PDF.",
)
bind_call = tg.Data("Bind request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
policy = tg.Data(
    "Bound policy record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Appointed brokers, but mail arrives from any address that can reach the mailbox.
    broker = tm.add(tg.Actor("Broker", role="appointed broker"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared submissions mailbox; the agent also sends quotes from it.
    mailbox = tm.add(
        tg.ExternalService(
            "Submissions mailbox",
            description="Exchange Online shared mailbox with the tenant's standard spam filtering.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the submission, extracts details and drafts quotes for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention in the contract")},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and turns attachments into text for the agent.
    intake = tm.add(
        tg.Service(
            "Mail intake service",
            controls={c.InputValidation(note="file-type and size allowlist on attachments")},
        )
    )
    # Keeps every submission, its extraction and its outcome.
    submissions = tm.add(
        tg.DataStore(
            "Submission store",
            stores={submission, risk_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans the work on each submission and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Quote agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="underwriter", above="the agent's delegated quoting authority"
                ),
                c.AuditLogging(retention_days=2555),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Prices a risk through the rating engine's API.
    rating_tool = tm.add(tg.Tool("Rating tool", capabilities={"read"}))
    # Opens a referral task for an underwriter.
    referral_tool = tm.add(tg.Tool("Referral tool", capabilities={"write"}))
    # Sends the quote letter to the broker from the submissions mailbox.
    email_tool = tm.add(tg.Tool("Quote email tool", capabilities={"send-messages"}))
    # Binds a policy in the policy admin system.
    bind_tool = tm.add(
        tg.Tool(
            "Bind tool",
            capabilities={"write"},
            controls={
                c.TransactionLimits(
                    limit="premium up to USD 15,000 and TIV up to USD 10m per policy"
                )
            },
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # The filed rating plans and rules; the source of every premium.
    rating_engine = tm.add(
        tg.Service("Rating engine", controls={c.Authentication(method="service account token")})
    )
    # The system of record for bound policies.
    pas = tm.add(tg.DataStore("Policy admin system", stores={policy}))
    # Where underwriters work referrals.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves quotes above the agent's authority, within their own limits.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(broker, mailbox, request_email, attachments, protocol="smtp+starttls")
tm.flow(mailbox, intake, request_email, attachments, protocol="https", label="Graph API poll")
tm.flow(intake, submissions, submission)
tm.flow(intake, agent, submission, label="new submission")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, submissions, risk_details)
tm.flow(submissions, agent, submission, risk_details, label="bind requests look up the quote")

tm.flow(agent, rating_tool, rating_call)
tm.flow(rating_tool, rating_engine, rating_call, protocol="https")
tm.flow(rating_engine, rating_tool, premium, protocol="https")
tm.flow(rating_tool, agent, premium)

tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, workbench, referral, protocol="https")
tm.flow(workbench, underwriter, referral, protocol="https")
tm.flow(underwriter, workbench, decision, protocol="https")
tm.flow(workbench, agent, decision, protocol="https")

tm.flow(agent, email_tool, quote_email)
tm.flow(email_tool, mailbox, quote_email, protocol="https", label="Graph API send")
tm.flow(mailbox, broker, quote_email, protocol="smtp+starttls")

tm.flow(agent, bind_tool, bind_call)
tm.flow(bind_tool, pas, bind_call, protocol="https")
tm.flow(pas, bind_tool, policy, protocol="https", label="policy number")
tm.flow(bind_tool, agent, policy)
