"""Gym membership cancellation and retention agent: the first design, before review.

Members who want to cancel open a chat in the gym chain's members' app. A retention
agent, an LLM hosted by a model vendor, looks up the member's plan and contract,
asks why they are leaving and may offer a membership freeze or a discount within
limits the retention team sets. It then applies the freeze or discount, or processes
the cancellation, in the chain's membership system through tools. Billing disputes
are handed to the customer service team as tickets in a SaaS helpdesk. Members sign
in to the app with e-mail and password; the chat API is rate limited; the agent has a
step limit; the offer tool enforces the discount limits from the retention policy;
membership records are encrypted and changes are audit-logged; transcripts are kept.
The chain operates in the UK and EU, so member data falls under GDPR.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Gym membership cancellation retention agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="In-app chat that handles cancellations and makes retention offers.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with member context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
membership_records = tg.Data(
    "Membership records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Member profile, plan, contract term, price, freeze history, payment status.",
)
account_summary = tg.Data(
    "Member account summary", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data("Membership lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
offer_call = tg.Data("Retention offer call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
cancel_call = tg.Data(
    "Cancellation or freeze call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
change_result = tg.Data(
    "Membership change result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
membership_change = tg.Data(
    "Membership change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
offer_limits = tg.Data(
    "Retention offer limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Maximum discount and duration, freeze length, one offer per member per year.",
)
handoff_call = tg.Data(
    "Billing dispute handoff call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
dispute_ticket = tg.Data("Billing dispute ticket", kind="records", sensitivity=tg.Sensitivity.PII)
ticket_reply = tg.Data("Ticket reply to member", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any signed-in member of the chain, through the members' app.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; no training on our data per contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="vendor DPA and security review")},
        )
    )

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Where the customer service team already works its queues.
    helpdesk = tm.add(tg.ExternalService("Customer service helpdesk"))

with tm.boundary("App backend", trust=tg.Trust.INTERNAL):
    # The chat endpoint the members' app talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Member chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="members' app e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the conversation, decides which offer to make and which tool to call.
    agent = tm.add(
        tg.Agent(
            "Retention agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Handles the cancellation chat end to end; no staff approval of changes.",
            controls={tg.controls.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the member's plan, contract and payment status.
    lookup_tool = tm.add(tg.Tool("Membership lookup tool", capabilities={"read"}))
    # Applies a discount or a freeze offer the member accepted.
    offer_tool = tm.add(
        tg.Tool(
            "Retention offer tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="discount and freeze within the retention offer limits"
                )
            },
        )
    )
    # Cancels or freezes the membership once the member confirms in the chat.
    cancel_tool = tm.add(tg.Tool("Cancellation tool", capabilities={"write"}))
    # Opens a helpdesk ticket for billing disputes the agent must not settle.
    handoff_tool = tm.add(tg.Tool("Billing dispute handoff tool", capabilities={"send-messages"}))
    # Conversation history kept for quality review and complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Limits the retention team sets for offers.
    policy_store = tm.add(tg.DataStore("Retention offer policy", stores={offer_limits}))

with tm.boundary("Membership platform", trust=tg.Trust.INTERNAL):
    # System of record for memberships; stops the direct debit on cancellation.
    membership = tm.add(
        tg.DataStore(
            "Membership system",
            stores={membership_records},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Resolves billing disputes handed over by the agent.
    cs_agent = tm.add(tg.Actor("Customer service advisor", role="customer service"))
    # Sets the discount and freeze limits.
    retention_manager = tm.add(
        tg.Actor("Retention manager", role="retention team", privileged=True)
    )

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(member, chat_api, member_message, protocol="https")
tm.flow(chat_api, agent, member_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, member, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# looking up the member
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, membership, lookup_call)
tm.flow(membership, lookup_tool, membership_records)
tm.flow(lookup_tool, agent, account_summary)

# retention offers
tm.flow(agent, offer_tool, offer_call)
tm.flow(policy_store, offer_tool, offer_limits)
tm.flow(membership, offer_tool, membership_records, label="offer history")
tm.flow(offer_tool, membership, membership_change)
tm.flow(offer_tool, agent, change_result)
tm.flow(retention_manager, policy_store, offer_limits, protocol="https")

# cancellations and freezes
tm.flow(agent, cancel_tool, cancel_call)
tm.flow(cancel_tool, membership, membership_change)
tm.flow(membership, cancel_tool, change_result)
tm.flow(cancel_tool, agent, change_result)

# billing disputes to customer service
tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, helpdesk, dispute_ticket, protocol="https")
tm.flow(helpdesk, cs_agent, dispute_ticket, protocol="https")
tm.flow(cs_agent, helpdesk, ticket_reply, protocol="https")
tm.flow(helpdesk, member, ticket_reply, protocol="smtps", label="e-mail reply")
