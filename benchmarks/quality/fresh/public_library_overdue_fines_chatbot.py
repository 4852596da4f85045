"""Public library loans and fines chatbot: the first design, before any security review.

A county council's library service adds a chat assistant to its catalogue website.
Members, children's accounts included, sign in with their library card number and
PIN, which a small sign-in service checks against the library management system
(LMS), hosted by the LMS vendor. An LLM agent in the council's cloud then answers
questions about the member's loans, holds and fines, renews items and, when a
member wants to pay, creates a payment link with the council's card payment
provider; the member pays on the provider's hosted page and the provider calls us
back so the fine is cleared in the LMS. General questions (loan periods, fine
rules, opening hours) are answered from an index of the library's policy pages.
The card number from sign-in is kept in the agent's context and passed to its
tools. Chats are logged for staff review, and the agent can hand a conversation
to library staff by e-mail. The LLM is a vendor's hosted API; staff sign in to
the LMS with council SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public library loans and fines chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant that answers members about loans and fines, renews "
    "items and takes fine payments, after library card sign-in.",
)

# ---------------------------------------------------------------- data assets
card_signin = tg.Data(
    "Library card number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
session = tg.Data("Chat session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pin_check = tg.Data("PIN check result", kind="records", sensitivity=tg.Sensitivity.PII)
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the member's card number, the chat so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_pages = tg.Data("Library policy pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
policy_passages = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
policy_query = tg.Data("Policy search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth, e-mail, card number and PIN hash.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
loans = tg.Data(
    "Loan, hold and fine records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What each member has borrowed and reserved, and what they owe.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Loan lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Loans and fines summary", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
renew_call = tg.Data("Renewal request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
renew_result = tg.Data("Renewal result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
pay_call = tg.Data("Fine payment request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_order = tg.Data("Payment order", kind="records", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_callback = tg.Data(
    "Payment confirmation callback", kind="records", sensitivity=tg.Sensitivity.PII
)
fine_cleared = tg.Data("Fine payment posting", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
handoff_call = tg.Data("Staff handoff request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
handoff_mail = tg.Data("Handoff e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
waiver = tg.Data("Fine waiver", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a library card, from home or a library PC; children have cards too.
    member = tm.add(tg.Actor("Library member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model with the vendor's default content filter.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor's default content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The council's card payment provider; hosts the payment page, so we never see card numbers.
    payments = tm.add(tg.ExternalService("Council card payment provider"))

with tm.boundary("LMS vendor hosting", trust=tg.Trust.PARTNER):
    # The library management system, run by its vendor; the system of record for members and loans.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={members, loans},
            controls={
                c.EncryptionAtRest(key_management="vendor managed"),
                c.RBAC(note="staff roles in the LMS staff client"),
            },
        )
    )

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the catalogue website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Checks card number and PIN with the LMS and issues the chat session.
    signin = tm.add(
        tg.Service(
            "Card sign-in service",
            controls={
                c.Authentication(method="library card number and 4-digit PIN"),
                c.RateLimiting(note="card locked for 15 minutes after 5 wrong PINs"),
            },
        )
    )
    # The assistant: reads the chat, decides which tool to call and writes the answer.
    agent = tm.add(
        tg.Agent(
            "Library chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Index of the public policy pages for general questions.
    policy_index = tm.add(tg.VectorStore("Library policy index", stores={policy_passages}))
    # Reads a member's loans, holds and fines by card number.
    lookup_tool = tm.add(
        tg.Tool(
            "Loans and fines lookup tool",
            capabilities={"read"},
            description="Takes the card number the agent passes and returns that card's "
            "loans, holds and fines from the LMS.",
        )
    )
    # Renews items on a card when the LMS's renewal rules allow it.
    renew_tool = tm.add(
        tg.Tool(
            "Renewal tool",
            capabilities={"read", "write"},
            description="Asks the LMS to renew the given items on the given card; "
            "the LMS refuses items that are reserved or at their renewal limit.",
        )
    )
    # Creates a payment order for the card's outstanding fines and returns the link.
    pay_tool = tm.add(
        tg.Tool(
            "Fine payment link tool",
            capabilities={"read", "write", "network-egress"},
            description="The amount is read from the card's outstanding fines in the LMS.",
        )
    )
    # Receives the provider's payment notifications and posts the payment to the LMS.
    callback = tm.add(
        tg.Endpoint(
            "Payment callback endpoint", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Sends a conversation to the library's enquiries mailbox.
    handoff_tool = tm.add(tg.Tool("Staff handoff tool", capabilities={"send-messages"}))
    # Transcripts kept for staff to review the bot's answers.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Library staff: answer handoffs, waive fines, keep the policy pages current.
    staff = tm.add(
        tg.Actor(
            "Library staff",
            role="library assistant",
            controls={c.Authentication(method="council Entra ID SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(member, chat_api, card_signin, protocol="https")
tm.flow(chat_api, signin, card_signin)
tm.flow(signin, lms, card_signin, protocol="https", label="PIN check via LMS API")
tm.flow(lms, signin, pin_check, protocol="https")
tm.flow(signin, chat_api, session)
tm.flow(chat_api, member, session, protocol="https")

# chat
tm.flow(member, chat_api, question, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, policy_index, policy_query)
tm.flow(policy_index, agent, policy_passages)
tm.flow(agent, chat_api, answer)
tm.flow(chat_api, member, answer, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# loans, renewals and payments
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, lms, lookup_call, protocol="https")
tm.flow(lms, lookup_tool, loans, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, renew_tool, renew_call)
tm.flow(renew_tool, lms, renew_call, protocol="https")
tm.flow(lms, renew_tool, renew_result, protocol="https")
tm.flow(renew_tool, agent, renew_result)
tm.flow(agent, pay_tool, pay_call)
tm.flow(lms, pay_tool, loans, protocol="https", label="outstanding fines")
tm.flow(pay_tool, payments, payment_order, protocol="https")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, callback, payment_callback, protocol="https", label="payment callback")
tm.flow(callback, lms, fine_cleared, protocol="https")

# staff
tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, staff, handoff_mail, protocol="smtp+starttls")
tm.flow(transcript_store, staff, transcripts, protocol="https", label="transcript review")
tm.flow(staff, lms, waiver, protocol="https", label="waives fines in the staff client")
tm.flow(staff, policy_index, policy_pages, protocol="https", label="publishes policy pages")
