"""Council tax arrears payment plan chatbot: the first design, before any security review.

Residents who have fallen behind on council tax open a chat on the council's
website, sign in with their council tax account number and postcode, and talk to
an assistant that explains where they are in the recovery process and offers an
instalment plan. An LLM agent in the council's cloud tenancy reads the account
from the on-premises revenues and benefits system, checks the council's recovery
and hardship policy from an indexed policy library, and sets up the arrangement.
Plans within policy are written straight to the revenues system; longer plans
or larger balances, and anyone who discloses hardship or vulnerability, go to a
referral queue that revenues officers work. Confirmations go out by GOV.UK Notify.
The LLM is a vendor-hosted model in a UK region with the vendor's content filter.
The chat API is rate limited, the agent's steps are capped and audited, and the
revenues system is reached over the existing site-to-site VPN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council tax arrears payment plan chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Resident-facing chat that agrees council tax instalment plans for arrears.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Account number and postcode",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="What a resident types to open a session on their account.",
)
message = tg.Data("Resident message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, the account summary and policy passages.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
policy_docs = tg.Data(
    "Recovery and hardship policy",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Council tax recovery policy, instalment rules, discretionary relief guidance.",
)
policy_chunks = tg.Data(
    "Policy passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
account = tg.Data(
    "Council tax account",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, liability, discounts, balance, arrears and recovery stage.",
)
account_summary = tg.Data("Account summary", sensitivity=tg.Sensitivity.PII, kind="tool-result")
lookup_request = tg.Data("Account lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
plan_request = tg.Data("Instalment plan request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
arrangement = tg.Data(
    "Payment arrangement",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Instalment amounts and dates; it puts recovery action on hold.",
)
plan_result = tg.Data("Arrangement outcome", sensitivity=tg.Sensitivity.PII, kind="tool-result")
hardship = tg.Data(
    "Hardship and vulnerability disclosures",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Income and expenditure, health, caring or bereavement details a resident shares.",
)
referral = tg.Data("Referral case", sensitivity=tg.Sensitivity.REGULATED, kind="records")
confirmation = tg.Data("Plan confirmation", sensitivity=tg.Sensitivity.PII, kind="documents")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident with arrears, or anyone who knows an account number and postcode.
    resident = tm.add(tg.Actor("Resident", role="council tax payer"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The language model behind the agent; hosted by the vendor, not trained on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor content filter, default settings")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # The government messaging service the council already uses for email and SMS.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(method="council tax account number and postcode"),
            },
        )
    )
    # Runs the conversation, decides which tools to call and drafts the plan.
    agent = tm.add(
        tg.Agent(
            "Arrears assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads one account's balance, arrears and recovery stage for the agent.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Writes an arrangement, or refers the case to an officer when it is out of policy.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="revenues officer",
                    above="more than 12 monthly instalments or arrears over GBP 1,500",
                )
            },
        )
    )
    # Sends the plan confirmation through Notify.
    notify_tool = tm.add(tg.Tool("Confirmation tool", capabilities={"send-messages"}))
    # The policy library, chunked and embedded so the agent answers from the rules.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_chunks}))
    # Re-indexes the policy library when the revenues team publishes a new version.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # Every conversation, kept for complaints and quality checks.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cases the agent may not settle on its own, waiting for an officer.
    referral_queue = tm.add(tg.DataStore("Referral queue", stores={referral, hardship}))

with tm.boundary("Council on-premises network", trust=tg.Trust.INTERNAL):
    # The system of record for council tax: accounts, arrangements, recovery action.
    revenues = tm.add(
        tg.DataStore(
            "Revenues and benefits system",
            stores={account, arrangement},
            controls={c.RBAC()},
        )
    )
    # The policy documents as the revenues team publishes them (SharePoint library).
    policy_library = tm.add(
        tg.DataSource("Policy document library", origin=tg.Origin.INTERNAL, provides={policy_docs})
    )
    # Works referrals and agrees plans outside policy.
    officer = tm.add(tg.Actor("Revenues officer", role="revenues staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, sign_in, message, protocol="https")
tm.flow(chat_api, resident, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, policy_index, message, label="similarity query")
tm.flow(policy_index, agent, policy_chunks)
tm.flow(policy_library, indexer, policy_docs, protocol="https")
tm.flow(indexer, policy_index, policy_chunks)

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, revenues, lookup_request, protocol="ipsec", label="site-to-site VPN")
tm.flow(revenues, lookup_tool, account, protocol="ipsec", label="site-to-site VPN")
tm.flow(lookup_tool, agent, account_summary)

tm.flow(agent, plan_tool, plan_request, hardship)
tm.flow(plan_tool, revenues, arrangement, protocol="ipsec", label="site-to-site VPN")
tm.flow(revenues, plan_tool, plan_result, protocol="ipsec", label="site-to-site VPN")
tm.flow(plan_tool, referral_queue, referral, hardship, label="out of policy or vulnerable")
tm.flow(plan_tool, agent, plan_result)

tm.flow(agent, notify_tool, confirmation)
tm.flow(notify_tool, notify, confirmation, protocol="https")
tm.flow(notify, resident, confirmation, label="email or SMS")

tm.flow(agent, transcript_store, transcripts)

tm.flow(referral_queue, officer, referral, hardship, protocol="https")
tm.flow(officer, revenues, arrangement, label="agrees plan outside policy")
