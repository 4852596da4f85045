"""Aquarium ticketing and membership chatbot: the first design, before any security review.

A public aquarium in the US adds a chat assistant to its website. Visitors ask
about opening hours, exhibits and policies, buy and change timed-entry tickets,
and members renew annual memberships or add family members, all in the chat.
The assistant is an LLM agent in the aquarium's web cloud account: a hosted LLM
behind a vendor API plans each turn, answers from an index of the website's
visitor information, and calls tools that use the ticketing vendor's API, which
also holds bookings and member accounts. Members sign in with e-mail and
password. Card payments happen on the payment provider's hosted payment page,
so card numbers never reach our systems. Refunds up to 50 USD are made by the
assistant; larger ones wait in a queue for the visitor services team. Controls
in this design: rate limiting on the chat endpoint, member sign-in, staff SSO,
the ticketing API key in a secret manager, encrypted transcripts and TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquarium ticketing and membership chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"pci-dss"},
    description=(
        "Website chat assistant that answers visitor questions, sells and changes "
        "timed tickets and manages annual memberships through the ticketing API."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Visitor chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved articles and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
visitor_info = tg.Data(
    "Visitor information articles",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening hours, exhibits, accessibility, ticket and refund policies.",
)
info_chunks = tg.Data(
    "Visitor information chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
member_login = tg.Data(
    "Member e-mail and password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
session = tg.Data("Member session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
member_id = tg.Data("Member account id", kind="records", sensitivity=tg.Sensitivity.PII)
ticket_call = tg.Data("Ticket booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Order, time slot, ticket types, visitor name and e-mail, payment link.",
)
membership_call = tg.Data(
    "Membership change call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
membership = tg.Data(
    "Membership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member and family member names, birth years of children, renewal date.",
)
refund_call = tg.Data("Refund call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.PII)
refund_approval = tg.Data(
    "Approved refund", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_webhook = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_refund = tg.Data("Card refund", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website, signed in as a member or not.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor or member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; plans each turn and calls tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS ticketing system: time slots, orders, memberships and member accounts.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing system", description="Vendor REST API, one API key per venue."
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card data stays with the provider.
    pay_page = tm.add(tg.ExternalService("Hosted payment page"))

with tm.boundary("Aquarium web cloud", trust=tg.Trust.INTERNAL):
    # Backend of the chat widget on the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="CDN rule per IP")},
        )
    )
    # Member sign-in on the website; checks credentials against the ticketing system.
    sign_in = tm.add(
        tg.Service("Member sign-in", controls={c.Authentication(method="e-mail and password")})
    )
    # The assistant: runs the conversation, retrieval and tool calls.
    assistant = tm.add(
        tg.Agent(
            "Chat assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Sells and changes tickets and manages memberships without staff approval.",
        )
    )
    # Index of the website's visitor information pages used to answer questions.
    info_index = tm.add(tg.VectorStore("Visitor information index", stores={info_chunks}))
    # The website's CMS pages, re-indexed when they are published.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={visitor_info}))
    # Finds time slots, creates, changes and cancels ticket orders.
    ticket_tool = tm.add(
        tg.Tool(
            "Ticket booking tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="ticketing API key in the cloud secret manager")},
        )
    )
    # Renews memberships and adds or removes family members.
    membership_tool = tm.add(
        tg.Tool(
            "Membership tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="ticketing API key in the cloud secret manager")},
        )
    )
    # Refunds cancelled orders; above 50 USD it files a request for staff instead.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"read", "money-movement"},
            controls={
                c.SecretsManagement(note="ticketing API key in the cloud secret manager"),
                c.HumanInTheLoop(approver="visitor services team", above="USD 50 per refund"),
            },
        )
    )
    # Conversation logs kept for service quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Aquarium office network", trust=tg.Trust.INTERNAL):
    # Visitor services staff who handle the larger refunds.
    staff = tm.add(tg.Actor("Visitor services team", role="visitor services"))
    # Staff queue of refund requests over 50 USD.
    refund_queue = tm.add(
        tg.Service(
            "Refund review queue",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# Member sign-in
tm.flow(visitor, sign_in, member_login, protocol="https")
tm.flow(sign_in, ticketing, member_login, protocol="https", label="credential check")
tm.flow(ticketing, sign_in, member_id, protocol="https")
tm.flow(sign_in, visitor, session, protocol="https")

# Conversation
tm.flow(visitor, chat_api, chat_message, session, protocol="https")
tm.flow(chat_api, assistant, chat_message, member_id)
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, visitor, reply, protocol="https")
tm.flow(assistant, llm, agent_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, info_index, chat_message, label="similarity query")
tm.flow(info_index, assistant, info_chunks)
tm.flow(cms, info_index, visitor_info, label="re-index on publish")
tm.flow(assistant, transcripts, transcript)

# Tickets
tm.flow(assistant, ticket_tool, ticket_call)
tm.flow(ticket_tool, ticketing, ticket_call, protocol="https")
tm.flow(ticketing, ticket_tool, booking, protocol="https")
tm.flow(ticket_tool, assistant, booking)

# Memberships
tm.flow(assistant, membership_tool, membership_call)
tm.flow(membership_tool, ticketing, membership_call, protocol="https")
tm.flow(ticketing, membership_tool, membership, protocol="https")
tm.flow(membership_tool, assistant, membership)

# Card payment on the hosted page
tm.flow(visitor, pay_page, card_details, protocol="https")
tm.flow(pay_page, visitor, booking, protocol="https", label="redirect back to the website")
tm.flow(pay_page, ticketing, payment_webhook, protocol="https", label="payment webhook")

# Refunds
tm.flow(assistant, refund_tool, refund_call)
tm.flow(refund_tool, ticketing, refund_call, protocol="https", label="refunds up to 50 USD")
tm.flow(ticketing, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, assistant, refund_result)
tm.flow(refund_tool, refund_queue, refund_request, label="refunds over 50 USD")
tm.flow(refund_queue, staff, refund_request, protocol="https")
tm.flow(staff, refund_queue, refund_approval, protocol="https")
tm.flow(refund_queue, ticketing, refund_approval, protocol="https")
tm.flow(ticketing, pay_page, card_refund, protocol="https")
