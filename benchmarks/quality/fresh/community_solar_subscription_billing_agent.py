"""Community solar subscription billing agent: the first design, before any security review.

Our community solar subscribers get a share of a solar farm's output as bill credits
on their utility bill, and pay us a discounted subscription for it. An LLM agent
answers their billing questions in the customer portal chat and by e-mail. It looks
up the subscriber's account, invoices and the kWh credits from the utility's monthly
allocation file, explains how a bill credit was worked out, and can move a subscriber
to another payment plan or issue a small goodwill credit through the billing system.
Credits above USD 50 wait for a billing staff member in the back-office console.
The agent runs in our cloud account and calls a hosted LLM over HTTPS; e-mail comes
in and goes out through a SaaS e-mail provider. The utility drops the allocation
file on our SFTP server each month and an import job loads it into the billing
database. Controls in this design: portal sign-in, a portal rate limit, the credit
approval threshold, a step limit on the agent, scoped billing credentials for the
tools, and encryption of the billing database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community solar subscription billing agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that explains solar bill credits and changes payment plans and small credits.",
)

# ---------------------------------------------------------------- data assets
portal_message = tg.Data(
    "Portal chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The subscriber's question, with the account id from the portal session.",
)
email_message = tg.Data(
    "Subscriber e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Inbound e-mail; the sender address is matched to a subscriber account.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, account details and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Reply text or the next tool call to make.",
)
kb_query = tg.Data("Knowledge base query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
billing_docs = tg.Data(
    "Billing policy articles",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="retrieved-context",
    description="How bill credits, true-ups, payment plans and late fees work.",
)
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_details = tg.Data(
    "Account details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Balance, invoices, payment plan and monthly kWh credit allocation.",
)
billing_action = tg.Data(
    "Billing action",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Change payment plan or issue account credit (amount, reason).",
)
action_result = tg.Data(
    "Billing action result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
subscriber_accounts = tg.Data(
    "Subscriber billing records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, service address, utility account number, invoices, payment plan, credits.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
allocation_file = tg.Data(
    "Utility credit allocation file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Monthly CSV: utility account number, allocated kWh and dollar bill credit per subscriber.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval_request = tg.Data(
    "Credit approval request", sensitivity=tg.Sensitivity.PII, kind="records"
)
approval_decision = tg.Data(
    "Credit approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
outbound_email = tg.Data("Reply e-mail", sensitivity=tg.Sensitivity.PII, kind="model-output")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers, reaching us through the portal or by e-mail.
    subscriber = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("Utility", trust=tg.Trust.PARTNER):
    # The distribution utility publishes each month how the farm's output was credited.
    utility = tm.add(
        tg.DataSource(
            "Utility allocation export", origin=tg.Origin.PARTNER, provides={allocation_file}
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # SaaS e-mail service: receives mail for billing@ and sends our replies.
    email_provider = tm.add(tg.ExternalService("E-mail provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called through the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The customer portal's chat API; subscribers are signed in.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal chat",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Receives the e-mail provider's inbound-mail webhook and hands the mail to the agent.
    mail_handler = tm.add(tg.Service("Inbound mail handler"))
    # The LLM agent that answers questions and calls the billing tools.
    agent = tm.add(
        tg.Agent(
            "Billing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Retrieval over the billing policy articles, to explain credits correctly.
    kb = tm.add(tg.VectorStore("Billing knowledge base", stores={billing_docs}))
    # Read-only view of one subscriber's billing record.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Changes payment plans and posts account credits; large credits wait for staff.
    actions_tool = tm.add(
        tg.Tool(
            "Billing actions tool",
            capabilities={"write", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="billing staff", above="USD 50 per credit"),
                c.LeastPrivilegeTools(note="service account limited to plan and credit endpoints"),
            },
        )
    )
    # Sends the agent's answer to an e-mail thread through the provider.
    email_tool = tm.add(tg.Tool("E-mail reply tool", capabilities={"send-messages"}))
    # Keeps every conversation for quality review and disputes.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Billing data tier", trust=tg.Trust.RESTRICTED):
        # System of record for subscriptions, invoices, payment plans and credits.
        billing_db = tm.add(
            tg.DataStore(
                "Billing database",
                stores={subscriber_accounts, allocation_file},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Monthly job that loads the utility's allocation file into the billing database.
        importer = tm.add(
            tg.Pipeline(
                "Allocation import job",
                stage=tg.Stage.INGESTION,
                controls={c.SchemaEnforcement(note="column and type checks on the CSV")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Billing staff approve or refuse credits above the agent's threshold.
    staff = tm.add(tg.Actor("Billing staff", role="billing specialist", privileged=True))
    # Back-office queue where staff see and decide pending credit requests.
    console = tm.add(
        tg.Service(
            "Back-office approval console",
            controls={c.Authentication(method="SSO (OIDC) with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(subscriber, portal, portal_message, protocol="https")
tm.flow(portal, subscriber, agent_reply, protocol="https")
tm.flow(subscriber, email_provider, email_message, protocol="smtp+starttls")
tm.flow(email_provider, subscriber, outbound_email, protocol="smtp+starttls")
tm.flow(email_provider, mail_handler, email_message, protocol="https", label="inbound mail webhook")

tm.flow(portal, agent, portal_message)
tm.flow(agent, portal, agent_reply)
tm.flow(mail_handler, agent, email_message)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, kb, kb_query)
tm.flow(kb, agent, billing_docs)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, billing_db, lookup_call)
tm.flow(billing_db, lookup_tool, account_details)
tm.flow(lookup_tool, agent, account_details)

tm.flow(agent, actions_tool, billing_action)
tm.flow(actions_tool, billing_db, billing_action)
tm.flow(billing_db, actions_tool, action_result)
tm.flow(actions_tool, agent, action_result)
tm.flow(actions_tool, console, approval_request, label="credit above USD 50")
tm.flow(console, staff, approval_request, protocol="https")
tm.flow(staff, console, approval_decision, protocol="https")
tm.flow(console, actions_tool, approval_decision)

tm.flow(agent, email_tool, outbound_email)
tm.flow(email_tool, email_provider, outbound_email, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(utility, importer, allocation_file, protocol="sftp", label="monthly allocation file")
tm.flow(importer, billing_db, allocation_file)
