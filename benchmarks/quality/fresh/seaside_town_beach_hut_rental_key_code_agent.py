"""Beach hut rental agent: a seaside town council's first design, before security review.

Residents and visitors rent the council's seafront beach huts by the day through a
chat assistant on the council website. An LLM agent, running in the council's
cloud tenancy and calling a vendor-hosted language model, answers questions from
the published hut rules and FAQ, checks availability and makes bookings through
the booking service, sends a payment link from the council's card payment
provider, and once the provider confirms payment it gives the renter the key-safe
code for their hut (shown in the chat and texted through an SMS gateway).
Complaints are handed to the seafront officer by e-mail. The seafront officer
changes the key-safe codes weekly in the code register. Controls in this design:
TLS everywhere outside the tenancy, a rate limit on the chat endpoint, a step cap on
the agent, signed payment webhooks, a booking reference and e-mail check before a
code is released, and encryption and role-based access on the booking and code stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach hut rental and key code agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Council chat agent that books beach huts by the day, takes payment "
    "and issues key-safe codes.",
)

# ---------------------------------------------------------------- data assets
renter_message = tg.Data(
    "Renter chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, booking requests, names, e-mail and phone numbers typed in chat.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, hut rules, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool call the agent should make.",
)
hut_rules = tg.Data(
    "Hut rules and FAQ",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published hire terms, opening season, what is allowed in the huts.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Hut, date and the renter's name, e-mail and mobile number.",
)
booking_result = tg.Data(
    "Booking result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Availability, or the new booking with its reference and price.",
)
booking_record = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Renter contact details, hut, date, price and payment status.",
)
payment_link_request = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The booking reference the renter wants to pay for.",
)
checkout_request = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, amount from the booking record, renter e-mail.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted payment page.",
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider's notice that a checkout for a booking reference was paid.",
)
code_request = tg.Data(
    "Key code request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference and the e-mail address the renter gives in chat.",
)
key_code = tg.Data(
    "Key safe code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The code of the key safe on each hut, changed weekly.",
)
code_text = tg.Data(
    "Key code text message",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="SMS to the renter's mobile with the hut number and key-safe code.",
)
complaint = tg.Data(
    "Renter complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of the complaint, the booking and the renter's contact details.",
)
complaint_reply = tg.Data("Complaint response", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public renting a hut; anyone can open the chat.
    renter = tm.add(tg.Actor("Renter", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; the agent's reasoning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="council procurement and data processing agreement")
            },
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the council's systems.
    payment_provider = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and signed payment webhooks.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway the council already uses for service texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the council website's chat widget.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Beach hut chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per browser session")},
        )
    )
    # The LLM agent: answers questions, books, sends payment links, releases codes.
    agent = tm.add(
        tg.Agent(
            "Beach hut agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on bookings, payments and codes without staff involvement; "
            "hands complaints to the seafront officer.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Checks availability and creates bookings through the booking service.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates a hosted checkout for an existing booking and returns its link.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"read", "network-egress"},
            description="The amount comes from the booking record, not from the agent.",
        )
    )
    # Looks up the code for a paid booking, texts it and returns it to the agent.
    key_code_tool = tm.add(
        tg.Tool(
            "Key code tool",
            capabilities={"read", "send-messages"},
            controls={
                c.Authentication(method="booking reference and e-mail address"),
                c.PolicyEnforcement(
                    rules="releases a code only for a paid booking of that hut on the hire day"
                ),
            },
        )
    )
    # Hands a complaint to the seafront officer's mailbox.
    escalation_tool = tm.add(tg.Tool("Complaint escalation tool", capabilities={"send-messages"}))
    # Owns bookings, prices from the council's tariff and payment status.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Hut calendar and bookings; prices are set per hut and season here; "
            "receives the provider's payment webhook.",
        )
    )
    # Bookings and renters' contact details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Current key-safe code of every hut.
    code_register = tm.add(
        tg.DataStore(
            "Key safe code register",
            stores={key_code},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Published hut rules and FAQ the agent answers from.
    rules_store = tm.add(tg.DataStore("Hut rules and FAQ store", stores={hut_rules}))
    # Conversation history kept for service quality and complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Handles complaints and changes the key-safe codes each week.
    seafront_officer = tm.add(tg.Actor("Seafront officer", role="council officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(renter, chat_endpoint, renter_message, protocol="https")
tm.flow(chat_endpoint, renter, agent_reply, key_code, payment_link, protocol="https")
tm.flow(chat_endpoint, agent, renter_message)
tm.flow(agent, chat_endpoint, agent_reply, key_code, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(rules_store, agent, hut_rules)
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_service, booking_request, protocol="https")
tm.flow(booking_service, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_service, booking_db, booking_record)
tm.flow(booking_db, booking_service, booking_record)

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(booking_db, payment_tool, booking_record, label="amount and e-mail for the booking")
tm.flow(payment_tool, payment_provider, checkout_request, protocol="https")
tm.flow(payment_provider, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(renter, payment_provider, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payment_provider,
    booking_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)

tm.flow(agent, key_code_tool, code_request)
tm.flow(booking_db, key_code_tool, booking_record, label="paid status and mobile number")
tm.flow(code_register, key_code_tool, key_code)
tm.flow(key_code_tool, agent, key_code)
tm.flow(key_code_tool, sms_gateway, code_text, protocol="https")
tm.flow(sms_gateway, renter, code_text, protocol="sms")

tm.flow(agent, escalation_tool, complaint)
tm.flow(
    escalation_tool,
    seafront_officer,
    complaint,
    protocol="smtp+starttls",
    label="e-mail to seafront inbox",
)
tm.flow(
    seafront_officer,
    renter,
    complaint_reply,
    protocol="phone",
    label="call-back about the complaint",
)
tm.flow(seafront_officer, code_register, key_code, protocol="https", label="weekly code change")
