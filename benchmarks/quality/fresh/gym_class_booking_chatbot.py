"""Gym class booking chatbot: the first design, before any security review.

A European gym chain adds a chat assistant to its member app. Signed-in members
ask about opening hours, class timetables and membership rules, and ask the
assistant to book or cancel group classes and personal training (PT) sessions,
or to freeze their membership for up to three months. An LLM agent in our cloud
account answers from a knowledge base of club policies and timetables, using a
hosted LLM from a model vendor, and acts through three tools: the booking tool
(the chain's SaaS booking platform), the membership tool (our membership
service) and the payment tool, which charges PT sessions and refunds late
cancellations through the payment provider. Controls in this design: app
sign-in, per-member rate limits, a step limit on the agent, member confirmation
in the chat before a freeze, charge or refund, refunds capped at the booking's
price, the vendor's content filter, and the payment key kept in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gym class booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member-app assistant that answers questions, books classes and PT, "
    "freezes memberships and takes payments.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Member message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved policies and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Text for the member or a tool call to make.",
)
policies = tg.Data(
    "Club policies and timetables", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Class and PT bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, class or trainer, time, club, attendance.",
)
membership_call = tg.Data(
    "Membership change request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, date of birth, plan, status, freeze history, "
    "health notes given at induction.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_call = tg.Data("Charge or refund request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data(
    "Payment result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Charge or refund id and status; no card numbers (the provider keeps them).",
)
payment_event = tg.Data(
    "Payment status event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a membership can install the app and talk to the assistant.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS booking system the clubs already use for classes and PT diaries.
    booking_system = tm.add(tg.ExternalService("Booking platform"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the members' saved cards; takes charges and refunds by API.
    payment_provider = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Gym cloud account", trust=tg.Trust.INTERNAL):
    # The app's backend entry point for the chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="member app sign-in: e-mail and password, session token"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The assistant: decides whether to answer or to call a tool.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=8),
                c.HumanInTheLoop(
                    approver="the member, by tapping Confirm in the chat",
                    note="asked before a freeze, a charge or a refund; bookings and "
                    "cancellations go ahead directly",
                ),
            },
        )
    )
    # Policies and timetables the assistant answers from.
    knowledge_base = tm.add(
        tg.VectorStore("Policy knowledge base", stores={policies, policy_chunks})
    )
    # Books and cancels classes and PT sessions for the member in the conversation.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "delete"}))
    # Looks up the member's plan and freezes or unfreezes it.
    membership_tool = tm.add(tg.Tool("Membership tool", capabilities={"read", "write"}))
    # Charges PT sessions and refunds cancelled ones.
    payment_tool = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="a refund at most the price of the booking it refunds"),
                c.SecretsManagement(),
            },
        )
    )
    # Existing membership system of record, also used by the front desk.
    membership_service = tm.add(tg.Service("Membership service"))
    membership_db = tm.add(
        tg.DataStore(
            "Membership database",
            stores={members},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversations kept for support and to improve the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Keeps the policies and timetables in the knowledge base up to date.
    editor = tm.add(tg.Actor("Member services editor", role="content editor"))

# ---------------------------------------------------------------- flows
tm.flow(member, chat_api, message, protocol="https")
tm.flow(chat_api, member, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, knowledge_base, message, label="similarity query")
tm.flow(knowledge_base, agent, policy_chunks)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, bookings, label="booking result")
tm.flow(booking_tool, booking_system, booking_call, protocol="https")
tm.flow(booking_system, booking_tool, bookings, protocol="https")

tm.flow(agent, membership_tool, membership_call)
tm.flow(membership_tool, agent, members, label="plan and status")
tm.flow(membership_tool, membership_service, membership_call, protocol="https")
tm.flow(membership_service, membership_tool, members, protocol="https")
tm.flow(membership_service, membership_db, members)
tm.flow(membership_db, membership_service, members)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, payment_provider, payment_call, payment_key, protocol="https")
tm.flow(payment_provider, payment_tool, payment_result, protocol="https")
tm.flow(
    payment_provider,
    membership_service,
    payment_event,
    protocol="https",
    label="payment status webhook",
)

tm.flow(editor, knowledge_base, policies, protocol="https", label="publishes policy updates")
