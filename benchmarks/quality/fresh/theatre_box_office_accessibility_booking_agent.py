"""Theatre box office accessibility booking agent: the first design, before any security review.

Customers of the theatre book accessible seats, free companion tickets and
captioned or audio-described performances by chatting with an LLM booking agent
on the theatre website, after signing in to their theatre account. The agent
checks the customer's membership of the theatre's access scheme and their
recorded access requirements (disability information), holds seats in the
vendor-hosted ticketing system and asks the payment provider for a payment link,
which the customer pays on the provider's hosted page. Anything the agent cannot
settle (a wheelchair space already taken, a lapsed membership) is handed to box
office staff through an exceptions queue. The agent runs in the theatre's cloud
tenancy and calls a hosted LLM. Controls in this design: account sign-in and a
rate limit on the chat, a step limit on the agent, the vendor's guardrails, a
read-only membership lookup, encrypted and role-restricted access records, staff
SSO with MFA and signed payment webhooks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre box office accessibility booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM chat agent that books accessible seats, companion tickets and captioned performances.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking requests; customers often describe their access needs in them.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, access requirements and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
access_records = tg.Data(
    "Access requirements and scheme membership",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Disability-related access needs, companion entitlement and membership status.",
)
membership_lookup = tg.Data("Membership lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
membership_result = tg.Data(
    "Membership and access needs result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
hold_request = tg.Data("Seat hold request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
hold_result = tg.Data(
    "Seat availability and hold confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accessible and companion seats, captioned performance dates, hold reference.",
)
link_request = tg.Data("Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
e_tickets = tg.Data("E-tickets", kind="documents", sensitivity=tg.Sensitivity.PII)
handoff = tg.Data("Exception handoff", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
exception_case = tg.Data(
    "Exception case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conversation summary, access needs and the booking the agent could not complete.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
manual_booking = tg.Data("Manual booking changes", kind="records", sensitivity=tg.Sensitivity.PII)
registrations = tg.Data(
    "Access scheme registrations", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Theatre-goers booking for themselves and a companion.
    customer = tm.add(tg.Actor("Customer", role="theatre customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content safety filter"),
                c.SupplierAssessment(note="DPA signed; no training on our prompts"),
            },
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The theatre's SaaS ticketing system: seat maps, performances, holds and orders.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing system",
            description="Holds expire after 15 minutes unless a paid order confirms them.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Creates payment links and hosts the card payment page, so card data never reaches us.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Theatre cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the theatre website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="theatre account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the conversation and calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Accessibility booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Completes standard bookings on its own; hands exceptions to the box office.",
        )
    )
    # Looks up the signed-in customer's access scheme membership and access needs.
    membership_tool = tm.add(
        tg.Tool(
            "Access scheme membership check",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # Finds accessible, companion and captioned-performance seats and holds them.
    hold_tool = tm.add(tg.Tool("Seat hold tool", capabilities={"read", "write"}))
    # Asks the payment provider for a payment link for the held seats.
    link_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write"}))
    # Hands a conversation the agent cannot settle to box office staff.
    handoff_tool = tm.add(tg.Tool("Box office handoff tool", capabilities={"write"}))
    # Conversations kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Cases waiting for a member of box office staff.
    queue = tm.add(tg.DataStore("Exceptions queue", stores={exception_case}, controls={c.RBAC()}))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # The theatre's register of access scheme members and their access requirements.
        access_db = tm.add(
            tg.DataStore(
                "Access customer records",
                stores={access_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Box office", trust=tg.Trust.INTERNAL):
    # Staff who handle exceptions and approve access scheme registrations.
    staff = tm.add(tg.Actor("Box office staff", role="box office staff"))
    # The staff web console for the exceptions queue and access registrations.
    console = tm.add(
        tg.Service(
            "Box office console",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, chat, message, protocol="https", controls={tls})
tm.flow(chat, agent, message)
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, membership_tool, membership_lookup)
tm.flow(membership_tool, access_db, membership_lookup)
tm.flow(access_db, membership_tool, access_records)
tm.flow(membership_tool, agent, membership_result)

tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, ticketing, hold_request, protocol="https", controls={tls})
tm.flow(ticketing, hold_tool, hold_result, protocol="https", controls={tls})
tm.flow(hold_tool, agent, hold_result)

tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, psp, link_request, protocol="https", controls={tls})
tm.flow(psp, link_tool, payment_link, protocol="https", controls={tls})
tm.flow(link_tool, agent, payment_link)

tm.flow(agent, chat, reply, payment_link)
tm.flow(chat, customer, reply, payment_link, protocol="https", controls={tls})

tm.flow(customer, psp, card_details, protocol="https", controls={tls}, label="hosted payment page")
tm.flow(
    psp,
    ticketing,
    payment_confirmation,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="signed webhook")},
    label="payment webhook",
)
tm.flow(ticketing, customer, e_tickets, protocol="smtp")

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, queue, exception_case)

tm.flow(staff, console, manual_booking, registrations, protocol="https")
tm.flow(queue, console, exception_case)
tm.flow(console, queue, exception_case, label="case resolved")
tm.flow(console, staff, exception_case, protocol="https")
tm.flow(console, ticketing, manual_booking, protocol="https", controls={tls})
tm.flow(console, access_db, registrations)
tm.flow(access_db, console, access_records)
