"""City library overdue-fines chatbot: the first design, before any security review.

Library members open a chat widget on the city library's website and sign in with
their library card number and PIN, which the chat API checks against the library
management system (LMS). An LLM agent, running in the city council's cloud tenancy
and using a model hosted by an LLM vendor, answers questions about their loans,
renews books, explains overdue fines from the library's published fines policy,
waives small fines (capped at EUR 5 per fine) and sends a payment link for the rest.
Members pay on the card payment provider's hosted page, so card details never reach
the council; the provider calls back a payment handler that marks the fine paid in
the LMS. The LMS runs on the library's own network, where staff use its desk client
and publish policy pages to the chatbot's index. Controls in this design: card and
PIN sign-in, per-member rate limiting, a step limit on the agent, a per-fine waiver
cap with an audit log of waivers, and HTTPS on every link that leaves a network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City library overdue-fines chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Member-facing chatbot that answers loan questions, renews books, waives small "
        "overdue fines and takes fine payments through a hosted payment page."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Library card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="What a member types to sign in to the chat.",
)
pin_hashes = tg.Data("Member PIN hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session = tg.Data(
    "Member session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id and name the LMS returns after a successful sign-in.",
)
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, policy excerpts and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, address, e-mail, date of birth, card status.",
)
loans = tg.Data(
    "Loan records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Current loans, due dates and borrowing history: reveals what people read.",
)
fines = tg.Data(
    "Fine records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy_docs = tg.Data(
    "Fines policy and FAQ pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_chunks = tg.Data(
    "Policy excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
lookup_call = tg.Data("Loan lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
renew_call = tg.Data("Renewal request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
renew_result = tg.Data("Renewal result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
waiver_call = tg.Data("Fine waiver request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
waiver_result = tg.Data("Fine waiver result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
pay_call = tg.Data("Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fine reference, amount and member e-mail sent to the payment provider.",
)
pay_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pay_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public with a library card; the chat is on the public website.
    member = tm.add(tg.Actor("Library member", role="member"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card payment page and notifies us when a fine has been paid.
    provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages and a payment-status callback.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the website chat widget: signs members in and relays messages.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Decides what to answer and which LMS tool to call for the signed-in member.
    agent = tm.add(
        tg.Agent(
            "Fines assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
            description="Renews, waives and sends payment links without staff involvement.",
        )
    )
    # Reads the signed-in member's loans and fines so the agent can explain them.
    lookup_tool = tm.add(
        tg.Tool(
            "Loan and fine lookup tool",
            capabilities={"read"},
            description="Queries the LMS for the member id held in the chat session.",
        )
    )
    # Renews loans that have no holds and have not hit the renewal limit.
    renew_tool = tm.add(
        tg.Tool(
            "Renewal tool",
            capabilities={"write"},
            description="Calls the LMS renew operation for the session's member.",
        )
    )
    # Writes off small overdue fines, which the policy allows at the member's request.
    waiver_tool = tm.add(
        tg.Tool(
            "Fine waiver tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 5 per fine"),
                c.AuditLogging(retention_days=365),
            },
            description="Sets a fine to waived in the LMS with reason 'chatbot goodwill'.",
        )
    )
    # Creates a checkout session at the payment provider for the member's open fines.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write"},
            description="The amount comes from the fine records in the LMS.",
        )
    )
    # Receives the provider's payment-status callback and marks fines paid.
    callback = tm.add(
        tg.Service(
            "Payment callback handler",
            description="Webhook receiver for the provider's payment notifications.",
        )
    )
    # Fines policy, renewal rules and FAQ, so answers quote the library's own policy.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_docs, policy_chunks}))
    # Conversation history, kept for complaint handling and improving answers.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=180)},
        )
    )

with tm.boundary("Library network", trust=tg.Trust.INTERNAL):
    # System of record for members, loans and fines; checks card number and PIN.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={member_records, loans, fines, pin_hashes},
            controls={c.RBAC()},
        )
    )
    # Desk staff handle larger waivers and disputes and maintain the policy pages.
    staff = tm.add(tg.Actor("Library staff", role="librarian"))

# ---------------------------------------------------------------- flows
# Member and chat
tm.flow(member, chat_api, sign_in, question, protocol="https")
tm.flow(chat_api, member, reply, pay_link, protocol="https")
tm.flow(chat_api, lms, sign_in, protocol="https", label="check card and PIN")
tm.flow(lms, chat_api, session, protocol="https")
tm.flow(chat_api, agent, question, session)
tm.flow(agent, chat_api, reply, pay_link)
tm.flow(agent, transcript_store, transcripts)

# Agent and model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_chunks, label="retrieved policy")

# Tools and the LMS
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, lms, lookup_call, protocol="https")
tm.flow(lms, lookup_tool, loans, fines, protocol="https")
tm.flow(lookup_tool, agent, loans, fines)

tm.flow(agent, renew_tool, renew_call)
tm.flow(renew_tool, lms, renew_call, protocol="https")
tm.flow(lms, renew_tool, renew_result, protocol="https")
tm.flow(renew_tool, agent, renew_result)

tm.flow(agent, waiver_tool, waiver_call)
tm.flow(waiver_tool, lms, waiver_call, protocol="https")
tm.flow(lms, waiver_tool, waiver_result, protocol="https")
tm.flow(waiver_tool, agent, waiver_result)

# Payments
tm.flow(agent, pay_tool, pay_call)
tm.flow(lms, pay_tool, fines, protocol="https", label="open fine amounts")
tm.flow(pay_tool, provider, checkout, protocol="https")
tm.flow(provider, pay_tool, pay_link, protocol="https")
tm.flow(pay_tool, agent, pay_link)
tm.flow(member, provider, card_details, protocol="https", label="hosted payment page")
tm.flow(provider, callback, pay_confirmation, protocol="https", label="payment webhook")
tm.flow(callback, lms, pay_confirmation, protocol="https", label="mark fine paid")

# Staff
tm.flow(staff, lms, fines, member_records, protocol="https", label="desk client")
tm.flow(lms, staff, member_records, loans, fines, protocol="https", label="desk client")
tm.flow(staff, policy_index, policy_docs, protocol="https", label="publishes policy pages")
