"""Boat charter chat agent: the first design, before any security review.

Customers of a Mediterranean charter company chat with an assistant on the public
website. The agent answers questions from the charter policies and FAQ index, checks
which boats are free for the requested dates in the booking system, and checks
whether the customer's sailing licence is enough for a bareboat charter or a skipper
must be hired. When the customer agrees, it creates a deposit checkout with the card
payment provider; the customer types the card number on the provider's hosted page,
and the provider notifies the booking system by webhook. Cases the agent cannot
settle are put in the booking office's case queue, where staff pick them up. The
agent uses a hosted LLM under a data processing agreement, the chat API is rate
limited, the payment key sits in a vault, and office staff sign in with SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Boat charter booking and skipper chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Customer chat agent that answers, checks availability and skipper "
    "qualifications, takes card deposits and hands off to the booking office.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved policy text and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or tool calls chosen by the model.",
)
policies = tg.Data(
    "Charter policies and FAQ",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Cancellation terms, deposit rules, licence requirements, marina guides.",
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Boat availability and prices", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
licence_query = tg.Data(
    "Licence details from the customer",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Licence type, number, issuing country and sailing experience.",
)
qualification = tg.Data(
    "Qualification decision",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the customer may charter bareboat or needs a hired skipper.",
)
skipper_register = tg.Data(
    "Skipper and licence register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licences verified by the office, and the company's hired skippers.",
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Customer names, contact details, boats, dates, amounts and payment state.",
)
deposit_request = tg.Data(
    "Deposit checkout request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking reference, deposit amount and currency, customer e-mail.",
)
checkout_link = tg.Data(
    "Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
handoff = tg.Data(
    "Handoff case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Conversation summary, contact details and what the customer wants.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="charter customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Charter cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length and character set limits"),
            },
        )
    )
    # The LLM agent that runs each conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Charter chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Policy and FAQ index the agent retrieves from.
    faq_index = tm.add(tg.VectorStore("Policy and FAQ index", stores={policies}))
    # Looks up free boats and prices for dates and a marina.
    availability_tool = tm.add(tg.Tool("Availability lookup", capabilities={"read"}))
    # Compares the customer's licence with the boat's requirements.
    licence_tool = tm.add(tg.Tool("Skipper qualification check", capabilities={"read"}))
    # Creates a deposit checkout session with the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit checkout tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.SecretsManagement(note="provider API key in the cloud secret manager"),
                c.LeastPrivilegeTools(
                    note="restricted key: create checkout sessions only, no refunds"
                ),
            },
        )
    )
    # Files a case for the booking office when the agent cannot settle the request.
    handoff_tool = tm.add(tg.Tool("Handoff to booking office", capabilities={"write"}))
    # Conversation log, kept for disputes and for improving the prompts.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store", stores={transcripts}, controls={c.RetentionLimits(days=365)}
        )
    )

    with tm.boundary("Booking back office", trust=tg.Trust.RESTRICTED):
        # The booking system's database: fleet calendar, bookings, payment state.
        booking_db = tm.add(
            tg.DataStore(
                "Booking system",
                stores={bookings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Licences checked by the office and the roster of hired skippers.
        register = tm.add(tg.DataStore("Skipper and licence register", stores={skipper_register}))
        # Staff queue of handed-off conversations.
        case_queue = tm.add(
            tg.DataStore(
                "Booking office case queue",
                stores={handoff},
                controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Booking office staff take over difficult cases and fix bookings.
    staff = tm.add(tg.Actor("Booking office staff", role="booking agent"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(faq_index, agent, policies, label="retrieved policy text")

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, agent, availability)
tm.flow(booking_db, availability_tool, availability)

tm.flow(agent, licence_tool, licence_query)
tm.flow(licence_tool, agent, qualification)
tm.flow(licence_tool, register, licence_query, label="look up licence")
tm.flow(register, licence_tool, skipper_register)

tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, agent, checkout_link)
tm.flow(deposit_tool, payments, deposit_request, protocol="https")
tm.flow(payments, deposit_tool, checkout_link, protocol="https")
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, booking_db, payment_event, protocol="https", label="payment webhook")

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, case_queue, handoff)
tm.flow(case_queue, staff, handoff, protocol="https")
tm.flow(staff, booking_db, bookings, protocol="https", label="amends bookings")
tm.flow(staff, register, skipper_register, protocol="https", label="records verified licences")

tm.flow(agent, transcript_store, transcripts)
