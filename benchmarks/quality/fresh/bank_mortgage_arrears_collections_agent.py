"""Mortgage arrears collections agent: the first design.

A UK retail bank wants an LLM agent to make first contact with mortgage customers
who have missed a payment. Each morning a job selects accounts newly in arrears from
the mortgage servicing system (skipping those flagged vulnerable or in litigation)
and starts a conversation. The agent writes SMS and e-mail messages through the
bank's SMS and e-mail providers; customer replies come back as provider webhooks
to an inbound messaging endpoint, which matches them to the account by sender
number or address. The agent reads the account, asks a policy tool for the payment
plans the forbearance policy allows for that arrears position, and, when the
customer accepts one, records the arrangement itself. Anything outside policy, or
any sign of hardship, is handed to a collections officer's workbench. The model is
hosted by an LLM vendor; the bank's conversations are kept for regulatory review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage arrears collections agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent contacting mortgage customers in arrears and agreeing payment plans.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Mortgage account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Borrower contact details, balance, arrears, payment history, vulnerability flags.",
)
arrears_case = tg.Data(
    "Arrears case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account number, arrears amount, missed payments, preferred contact channel.",
)
inbound = tg.Data(
    "Customer reply message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the customer sends back by SMS or e-mail.",
)
outbound = tg.Data("Collections message", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, account summary and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Account lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_summary = tg.Data("Account summary", kind="tool-result", sensitivity=tg.Sensitivity.PII)
options_call = tg.Data(
    "Plan options request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
plan_options = tg.Data(
    "Permitted payment plan options",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Plan lengths and minimum monthly amounts the forbearance policy allows.",
)
send_call = tg.Data("Send message request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
arrangement_call = tg.Data("Arrangement request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
arrangement = tg.Data(
    "Payment arrangement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handoff = tg.Data("Escalated case", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Conversation transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
officer_decision = tg.Data(
    "Officer arrangement decision", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower in arrears, on their own phone and mailbox.
    customer = tm.add(tg.Actor("Mortgage customer", role="borrower"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Carrier-facing SMS aggregator: sends our texts and posts replies back to us.
    sms_provider = tm.add(
        tg.ExternalService(
            "SMS provider",
            description="Sends SMS from the bank's short code and posts replies as webhooks.",
        )
    )
    # Transactional e-mail service: sends our e-mails and forwards replies as parsed webhooks.
    email_provider = tm.add(
        tg.ExternalService(
            "E-mail provider",
            description="Sends e-mail from a collections domain and posts inbound replies as webhooks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that drafts each message and decides the next tool call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model under an enterprise agreement, no training on our data.",
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="bank third-party risk review"),
            },
        )
    )

with tm.boundary("Bank production network", trust=tg.Trust.INTERNAL):
    # Receives the providers' reply webhooks and routes each to the right conversation.
    inbound_endpoint = tm.add(
        tg.Endpoint(
            "Inbound messaging endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="sender phone number or e-mail address matched to the mortgage record"
                ),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Starts a conversation for every account newly in arrears.
    arrears_job = tm.add(
        tg.Service(
            "Daily arrears selection job",
            description="Selects accounts one or more payments behind; skips vulnerable and litigation flags.",
        )
    )

    with tm.boundary("Collections platform", trust=tg.Trust.INTERNAL):
        # The LLM agent: runs each conversation and acts within policy without approval.
        agent = tm.add(
            tg.Agent(
                "Collections agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Contacts the customer, explains the arrears and agrees a plan within policy.",
                controls={
                    c.CircuitBreaker(max_steps=25),
                    c.AuditLogging(
                        note="every prompt, message and tool call to the transcript store"
                    ),
                },
            )
        )
        # Reads the account the conversation is about.
        lookup_tool = tm.add(
            tg.Tool(
                "Account lookup tool",
                capabilities={"read"},
                description="Returns balance, arrears, payment history and contact preferences.",
            )
        )
        # Asks the forbearance rules engine which plans this arrears position allows.
        policy_tool = tm.add(
            tg.Tool(
                "Payment plan policy tool",
                capabilities={"read"},
                description="Rules engine over the bank's forbearance policy; returns permitted plan options.",
            )
        )
        # Sends SMS and e-mail to the customer through the providers.
        messaging_tool = tm.add(
            tg.Tool(
                "Customer messaging tool",
                capabilities={"send-messages", "network-egress"},
                controls={
                    c.PolicyEnforcement(
                        rules="one outbound contact per customer per day, none between 21:00 and 08:00"
                    ),
                    c.SecretsManagement(note="provider API keys in the vault"),
                },
            )
        )
        # Records the plan the customer accepted against the mortgage account.
        arrangement_tool = tm.add(
            tg.Tool(
                "Arrangement setup tool",
                capabilities={"write"},
                description="Creates an arrangement-to-pay record with its schedule and amounts.",
                controls={
                    c.LeastPrivilegeTools(note="service account can only create arrangements")
                },
            )
        )
        # Hands the case to a person when the customer asks for more than policy allows.
        handoff_tool = tm.add(
            tg.Tool(
                "Officer handoff tool",
                capabilities={"write"},
                description="Opens a case in the collections workbench queue with the transcript.",
            )
        )
        # Conversation records kept for complaints and regulatory review.
        transcript_store = tm.add(
            tg.DataStore(
                "Conversation transcript store",
                stores={transcripts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
        # The bank's mortgage system of record: accounts, arrears and arrangements.
        servicing = tm.add(
            tg.DataStore(
                "Mortgage servicing system",
                stores={account, arrangement},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where collections officers work escalated cases and read transcripts.
    workbench = tm.add(
        tg.Service(
            "Collections workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="collections team role"),
            },
        )
    )
    # Trained collections staff who decide anything outside policy.
    officer = tm.add(tg.Actor("Collections officer", role="collections officer"))

# ---------------------------------------------------------------- flows
tm.flow(servicing, arrears_job, arrears_case, label="daily batch")
tm.flow(arrears_job, agent, arrears_case, label="starts a conversation")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(servicing, lookup_tool, account)
tm.flow(lookup_tool, agent, account_summary)

tm.flow(agent, policy_tool, options_call)
tm.flow(policy_tool, agent, plan_options)

tm.flow(agent, messaging_tool, send_call, outbound)
tm.flow(messaging_tool, sms_provider, outbound, protocol="https")
tm.flow(messaging_tool, email_provider, outbound, protocol="https")
tm.flow(sms_provider, customer, outbound, protocol="sms")
tm.flow(email_provider, customer, outbound, protocol="smtp")
tm.flow(customer, sms_provider, inbound, protocol="sms")
tm.flow(customer, email_provider, inbound, protocol="smtp")
tm.flow(
    sms_provider,
    inbound_endpoint,
    inbound,
    protocol="https",
    label="reply webhook",
    controls={c.MessageIntegrity(note="provider HMAC signature verified")},
)
tm.flow(email_provider, inbound_endpoint, inbound, protocol="https", label="inbound parse webhook")
tm.flow(inbound_endpoint, agent, inbound)

tm.flow(agent, arrangement_tool, arrangement_call)
tm.flow(arrangement_tool, servicing, arrangement)

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, workbench, handoff)
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, workbench, transcripts)
tm.flow(workbench, officer, handoff, transcripts, protocol="https")
tm.flow(officer, workbench, officer_decision, protocol="https")
tm.flow(workbench, servicing, officer_decision)
