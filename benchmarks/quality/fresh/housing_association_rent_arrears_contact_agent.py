"""Rent arrears contact agent: the first design, before any security review.

A housing association's income team uses an LLM agent to contact tenants whose
rent account has fallen into arrears. A nightly job picks the tenancies over the
arrears trigger from the housing management system and hands them to the agent,
which texts each tenant through our SMS provider and carries on the conversation
by SMS or in the web chat of the tenant portal. The agent reads the rent account,
explains the balance and offers a repayment plan within the arrears policy; plans
inside policy are set up directly in the housing management system, anything
outside it is referred to an income officer. When a tenant mentions hardship,
illness, bereavement or similar, the agent flags them as possibly vulnerable to
the income officers' casework queue. The agent runs in our cloud tenancy and calls
a hosted LLM over HTTPS. Tenants sign in to the portal; SMS replies are matched to
the tenancy by phone number. Stores are encrypted and officers sign in with SSO.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Rent arrears contact agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that contacts tenants in arrears, agrees payment plans "
    "within policy and flags vulnerable tenants to income officers.",
)

# ---------------------------------------------------------------- data assets
tenant_message = tg.Data(
    "Tenant message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the tenant writes in web chat or replies by SMS.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
arrears_sms = tg.Data(
    "Arrears text message",
    sensitivity=tg.Sensitivity.PII,
    description="First contact and follow-up texts naming the arrears balance.",
)
prompt = tg.Data(
    "Prompt with tenancy context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Arrears policy, rent account summary and the conversation so far.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
tenancy = tg.Data(
    "Tenancy and rent account records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant contact details, rent charges, payments and arrears balance.",
)
arrears_cases = tg.Data(
    "Arrears contact list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tenancies over the arrears trigger that are due a contact.",
)
account_query = tg.Data("Rent account query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_summary = tg.Data(
    "Rent account summary", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
plan_request = tg.Data(
    "Payment plan arrangement",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Weekly amount, start date and term of the repayment plan.",
)
plan_confirmation = tg.Data(
    "Payment plan confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
arrangement = tg.Data(
    "Arrears arrangement record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy = tg.Data(
    "Arrears policy",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Minimum weekly payments, maximum plan lengths and escalation steps.",
)
vulnerability_flag = tg.Data(
    "Vulnerability referral",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Why the tenant may be vulnerable, which can include health details.",
)
officer_decision = tg.Data("Officer case notes", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data(
    "Conversation transcripts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Full SMS and web chat threads, including disclosures of hardship or ill health.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants contacted about arrears; they reply from their phone or the portal.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS aggregator: delivers our texts and posts replies back to us.
    sms_gateway = tm.add(
        tg.ExternalService("SMS gateway", description="Commercial SMS aggregator API.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Housing association cloud", trust=tg.Trust.INTERNAL):
    # Receives web chat from the portal and inbound SMS replies from the gateway.
    messaging = tm.add(
        tg.Endpoint(
            "Tenant messaging endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="tenant portal e-mail and password for web chat; "
                    "SMS replies matched to the tenancy by sender phone number"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs each arrears conversation.
    agent = tm.add(
        tg.Agent(
            "Arrears contact agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="income officer",
                    note="only plans outside the arrears policy are referred; plans "
                    "within policy are set up by the agent directly",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Picks the tenancies due a contact each night and starts the agent on them.
    selection_job = tm.add(
        tg.Service(
            "Nightly arrears selection job",
            description="Applies the arrears trigger to every rent account.",
        )
    )
    # Lets the agent read a tenant's balance and payment history.
    account_tool = tm.add(
        tg.Tool(
            "Rent account lookup tool",
            capabilities={"read"},
            description="Looks up the rent account of the tenancy the conversation is about.",
        )
    )
    # Lets the agent record an agreed repayment plan.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"write"},
            controls={c.RBAC(note="service account limited to arrangement records")},
        )
    )
    # Lets the agent send texts through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Send SMS tool", capabilities={"send-messages"}))
    # Lets the agent put a possibly vulnerable tenant in front of an officer.
    referral_tool = tm.add(tg.Tool("Vulnerability referral tool", capabilities={"write"}))
    # The arrears policy the agent works to, loaded into its instructions.
    policy_store = tm.add(tg.DataStore("Arrears policy configuration", stores={policy}))
    # Every conversation, kept for complaints and the officers' follow-up.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Housing systems", trust=tg.Trust.RESTRICTED):
        # The association's system of record for tenancies and rent accounts.
        hms = tm.add(
            tg.DataStore(
                "Housing management system",
                stores={tenancy, arrangement},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Work queue of referrals and out-of-policy plan requests for income officers.
        casework = tm.add(
            tg.DataStore(
                "Income casework queue",
                stores={vulnerability_flag, officer_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Income officers work referrals and agree plans outside policy.
    officer = tm.add(
        tg.Actor(
            "Income officer",
            role="income officer",
            controls={c.Authentication(method="Microsoft Entra SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# nightly selection and first contact
tm.flow(hms, selection_job, tenancy, label="nightly arrears export")
tm.flow(selection_job, agent, arrears_cases)
tm.flow(agent, sms_tool, arrears_sms)
tm.flow(sms_tool, sms_gateway, arrears_sms, protocol="https")
tm.flow(sms_gateway, tenant, arrears_sms, protocol="sms")

# the tenant replies by SMS or in web chat
tm.flow(tenant, sms_gateway, tenant_message, protocol="sms")
tm.flow(sms_gateway, messaging, tenant_message, protocol="https", label="inbound SMS webhook")
tm.flow(tenant, messaging, tenant_message, protocol="https", label="portal web chat")
tm.flow(messaging, tenant, agent_reply, protocol="https", label="portal web chat")
tm.flow(messaging, agent, tenant_message)
tm.flow(agent, messaging, agent_reply, label="web chat replies")
tm.flow(agent, sms_tool, agent_reply, label="SMS replies")
tm.flow(sms_tool, sms_gateway, agent_reply, protocol="https")
tm.flow(sms_gateway, tenant, agent_reply, protocol="sms")

# the agent's reasoning
tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, hms, account_query)
tm.flow(hms, account_tool, tenancy)
tm.flow(account_tool, agent, account_summary)
tm.flow(agent, plan_tool, plan_request)
tm.flow(plan_tool, hms, arrangement)
tm.flow(plan_tool, agent, plan_confirmation)
tm.flow(agent, referral_tool, vulnerability_flag)
tm.flow(referral_tool, casework, vulnerability_flag)

# income officers
tm.flow(casework, officer, vulnerability_flag, protocol="https")
tm.flow(officer, casework, officer_decision, protocol="https")
tm.flow(transcript_store, officer, transcripts, protocol="https", label="reads the conversation")
tm.flow(officer, hms, arrangement, protocol="https", label="sets up out-of-policy plans")
