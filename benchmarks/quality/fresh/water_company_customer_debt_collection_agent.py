"""Water company debt collection agent: the first design, before any security review.

Every night a campaign job picks household accounts that have fallen into arrears
and hands each one to a collections agent, an LLM agent that runs in our Azure
tenant and uses a hosted language model. The agent texts and e-mails the customer
through an SMS gateway and an e-mail delivery service, reads their replies (posted
back to us by the two providers), and can set up a payment plan in the billing
system. The plan tool checks every plan against the arrears policy (minimum
instalment, maximum term) and refuses anything outside it. When a customer mentions
illness, bereavement, job loss or any other sign of vulnerability, or is already on
the Priority Services Register, the agent stops collecting and refers them to the
customer support team, who call the customer back. The billing system is encrypted
and role-based; all agent steps and tool calls are logged, and the model vendor was
vetted by procurement. Customers are UK households, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water company debt collection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that contacts household customers in arrears by text and e-mail, "
        "offers payment plans within policy and refers vulnerable customers to support."
    ),
)

# ---------------------------------------------------------------- data assets
account_records = tg.Data(
    "Customer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, balance, arrears and payment history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vulnerability_flags = tg.Data(
    "Vulnerability and Priority Services Register flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Health conditions, disability and financial hardship markers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
contact_task = tg.Data(
    "Arrears contact task",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="Account number, amount overdue, contact stage and preferred channel.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
outbound_message = tg.Data(
    "Collection message", kind="model-output", sensitivity=tg.Sensitivity.PII
)
customer_reply = tg.Data(
    "Customer reply message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the customer writes back; may mention health or money troubles.",
)
reply_webhook = tg.Data(
    "Inbound reply webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Provider callback with sender number or address and the message body.",
)
payment_plan = tg.Data(
    "Payment plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
arrears_policy = tg.Data(
    "Arrears policy rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minimum instalments, maximum plan terms and contact frequency limits.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
referral = tg.Data(
    "Vulnerability referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Why the customer was referred, with the conversation so far.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
flag_update = tg.Data(
    "Vulnerability flag update", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The household that owes money; reads and answers texts and e-mails on their phone.
    customer = tm.add(tg.Actor("Customer in arrears", role="household customer"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Sends our texts and posts replies back to us as webhooks.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Bulk SMS provider with a two-way virtual mobile number.",
        )
    )
    # Sends our e-mails and forwards replies to the collections address to us.
    email_service = tm.add(
        tg.ExternalService(
            "E-mail delivery service",
            description="Transactional e-mail provider with inbound parse.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drafts messages and decides the agent's next step.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API; no training on our data.",
            controls={c.SupplierAssessment(note="procurement review of terms and data retention")},
        )
    )

with tm.boundary("Collections platform", trust=tg.Trust.INTERNAL):
    # Receives customer replies from both providers and wakes the agent for that account.
    inbound = tm.add(
        tg.Endpoint(
            "Inbound reply endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Matches each reply to an account by the sender's phone number or e-mail address.",
            controls={c.InputValidation(note="message length and encoding checked")},
        )
    )
    # Chooses who to contact each night, in line with the contact stages.
    campaign = tm.add(
        tg.Service(
            "Nightly arrears campaign job",
            description="Selects accounts past due and not already on a plan or referred.",
        )
    )
    # The collections agent: talks to the customer, offers plans, refers vulnerable customers.
    agent = tm.add(
        tg.Agent(
            "Collections agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs without a person on each conversation; people see only referrals.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads the account the agent is working on.
    account_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Returns balance, arrears, contact details and vulnerability flags.",
        )
    )
    # Sets up a payment plan; the only way the agent changes the account.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses plans below the minimum instalment or longer than the "
                    "maximum term in the arrears policy"
                )
            },
        )
    )
    # Sends texts and e-mails through the providers.
    message_tool = tm.add(
        tg.Tool(
            "Customer messaging tool",
            capabilities={"send-messages"},
            description="Sends to the phone number or e-mail address held on the account.",
        )
    )
    # Hands a vulnerable customer to the support team instead of collecting.
    referral_tool = tm.add(
        tg.Tool(
            "Vulnerability referral tool",
            capabilities={"write"},
            description="Opens a case in the support queue and pauses collection on the account.",
        )
    )
    # Plan rules that collections managers maintain.
    policy_store = tm.add(tg.DataStore("Arrears policy rules", stores={arrears_policy}))
    # Every message in and out, kept for complaints and the regulator.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
        )
    )

    with tm.boundary("Customer systems", trust=tg.Trust.RESTRICTED):
        # The system of record for accounts, arrears, plans and the Priority Services Register.
        billing = tm.add(
            tg.DataStore(
                "Customer billing system",
                stores={account_records, vulnerability_flags, payment_plan},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                },
            )
        )
        # Where referrals wait for the support team.
        case_queue = tm.add(tg.DataStore("Support case queue", stores={referral}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trained staff who call vulnerable customers back and update their flags.
    support_worker = tm.add(tg.Actor("Customer support team member", role="support staff"))

# ---------------------------------------------------------------- flows
# nightly selection of accounts to contact
tm.flow(billing, campaign, account_records, label="nightly arrears extract")
tm.flow(campaign, agent, contact_task)

# the agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# account lookups
tm.flow(agent, account_tool, tool_call)
tm.flow(account_tool, billing, tool_call, label="account query")
tm.flow(billing, account_tool, account_records, vulnerability_flags)
tm.flow(account_tool, agent, tool_result)

# payment plans
tm.flow(agent, plan_tool, tool_call)
tm.flow(policy_store, plan_tool, arrears_policy)
tm.flow(plan_tool, billing, payment_plan)
tm.flow(plan_tool, agent, tool_result)

# outbound messages
tm.flow(agent, message_tool, outbound_message)
tm.flow(message_tool, sms_gateway, outbound_message, protocol="https")
tm.flow(message_tool, email_service, outbound_message, protocol="https")
tm.flow(sms_gateway, customer, outbound_message, protocol="sms")
tm.flow(email_service, customer, outbound_message, protocol="smtp")
tm.flow(message_tool, agent, tool_result)

# replies
tm.flow(customer, sms_gateway, customer_reply, protocol="sms")
tm.flow(customer, email_service, customer_reply, protocol="smtp")
tm.flow(sms_gateway, inbound, reply_webhook, protocol="https", label="inbound SMS webhook")
tm.flow(email_service, inbound, reply_webhook, protocol="https", label="inbound e-mail webhook")
tm.flow(inbound, agent, customer_reply)

# conversation history
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, agent, transcripts, label="conversation history")

# referrals to the support team
tm.flow(agent, referral_tool, tool_call)
tm.flow(referral_tool, case_queue, referral)
tm.flow(referral_tool, agent, tool_result)
tm.flow(case_queue, support_worker, referral, protocol="https")
tm.flow(support_worker, billing, flag_update, protocol="https", label="updates PSR flags")
