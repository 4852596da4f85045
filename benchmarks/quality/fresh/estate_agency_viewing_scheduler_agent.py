"""Estate agency viewing scheduler: an LLM agent that books property viewings.

Buyers ask for viewings through the chat widget on the agency website or by
e-mailing the branch address. A scheduling agent, running in the agency's cloud
tenant and calling a hosted LLM, reads the request, checks the vendor's or
tenant's availability windows in the property CRM, books a slot in the
negotiators' viewing diary and confirms it to the buyer and the vendor or tenant.
For unaccompanied or early viewings it looks up the property's key-safe code and
sends access instructions to the negotiator by e-mail and SMS. Vendors and
tenants reply to availability requests by e-mail. Mail and SMS go through a
hosted messaging provider. The chat endpoint is rate limited, the key-safe
register is encrypted and role-restricted, negotiators sign in to the CRM with
SSO and MFA, and the agent has a step limit; bookings and messages go out
without a person approving them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agency viewing scheduler agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat and e-mail agent that books viewings and sends key-safe access instructions.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Buyer chat message", sensitivity="pii", kind="prompt")
chat_reply = tg.Data("Agent chat reply", sensitivity="pii", kind="model-output")
inbound_email = tg.Data(
    "Inbound e-mail",
    sensitivity="pii",
    kind="documents",
    description="Viewing requests from buyers and availability replies from vendors and tenants.",
)
llm_prompt = tg.Data("LLM prompt", sensitivity="pii", kind="prompt")
llm_completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
availability_query = tg.Data("Availability query", sensitivity="internal", kind="tool-call")
availability = tg.Data(
    "Vendor and tenant availability",
    sensitivity="pii",
    kind="tool-result",
    description="Availability windows with the occupier's name and contact details.",
)
property_records = tg.Data(
    "Property and occupier records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_request = tg.Data("Booking request", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity="pii", kind="tool-result")
viewing_bookings = tg.Data("Viewing bookings", sensitivity="pii", kind="records")
key_code_request = tg.Data("Key safe code request", sensitivity="internal", kind="tool-call")
key_safe_codes = tg.Data(
    "Key safe codes",
    sensitivity="secret",
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outbound_message = tg.Data(
    "Outbound message request",
    sensitivity="secret",
    kind="tool-call",
    description="Recipient, channel and text; for negotiators it includes the key-safe code.",
)
access_instructions = tg.Data(
    "Access instructions",
    sensitivity="secret",
    kind="documents",
    description="Property address, alarm notes and key-safe code sent to the negotiator.",
)
viewing_confirmation = tg.Data("Viewing confirmation", sensitivity="pii", kind="documents")
send_receipt = tg.Data("Message send receipt", sensitivity="internal", kind="tool-result")
transcripts = tg.Data("Conversation transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Prospective buyers and renters, anyone who visits the website or e-mails the branch.
    buyer = tm.add(tg.Actor("Buyer", role="prospective buyer"))
    # Vendors selling and tenants living in the property; they say when viewings can happen.
    occupier = tm.add(tg.Actor("Vendor or tenant", role="property occupier"))

with tm.boundary("Messaging provider", trust="partner"):
    # Hosted e-mail and SMS service: receives branch mail and sends all outbound messages.
    messaging = tm.add(
        tg.ExternalService(
            "E-mail and SMS provider",
            description="Inbound mail is forwarded to us by webhook; outbound mail and SMS via its API.",
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Agency cloud tenant", trust="internal"):
    # Website chat widget backend, the buyers' way in.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose="api",
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Receives forwarded branch e-mail and hands it to the agent.
    mail_gateway = tm.add(
        tg.Service(
            "Inbound mail handler",
            description="Webhook receiver for the branch mailbox; strips HTML and attachments.",
            controls={c.InputValidation(note="HTML and attachments stripped")},
        )
    )
    # The agent that decides which tools to call to book a viewing.
    agent = tm.add(
        tg.Agent(
            "Viewing scheduler agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Read-only lookup of occupier availability in the CRM.
    availability_tool = tm.add(
        tg.Tool(
            "Availability lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only CRM service account")},
        )
    )
    # Creates, moves and cancels viewings in the diary.
    booking_tool = tm.add(tg.Tool("Viewing booking tool", capabilities={"read", "write"}))
    # Fetches the key-safe code for a property so access instructions can be sent.
    key_tool = tm.add(tg.Tool("Key safe code lookup tool", capabilities={"read"}))
    # Sends e-mail and SMS to buyers, occupiers and negotiators.
    message_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Negotiators' shared viewing diary.
    diary = tm.add(tg.DataStore("Viewing diary", stores={viewing_bookings}))
    # Full chat and e-mail history, kept for complaints and for tuning prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Property records", trust="restricted"):
        # The agency's CRM of listings, vendors, landlords, tenants and their availability.
        crm = tm.add(
            tg.DataStore(
                "Property CRM",
                stores={property_records},
                controls={c.RBAC(), c.Authentication(method="Microsoft 365 SSO with MFA")},
            )
        )
        # Where negotiators record each property's key-safe code.
        key_register = tm.add(
            tg.DataStore(
                "Key safe register",
                stores={key_safe_codes},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Branch office", trust="internal"):
    # Negotiators who carry out viewings and maintain the property records.
    negotiator = tm.add(tg.Actor("Negotiator", role="estate agent"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# chat channel
tm.flow(buyer, chat_api, chat_message, protocol="https", controls={tls})
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, buyer, chat_reply, protocol="https", controls={tls})

# e-mail channel
tm.flow(buyer, messaging, inbound_email, protocol="smtp", label="viewing request")
tm.flow(occupier, messaging, inbound_email, protocol="smtp", label="availability reply")
tm.flow(messaging, mail_gateway, inbound_email, protocol="https", label="inbound webhook")
tm.flow(mail_gateway, agent, inbound_email)

# reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# availability
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, crm, availability_query)
tm.flow(crm, availability_tool, property_records)
tm.flow(availability_tool, agent, availability)

# booking
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, diary, viewing_bookings, label="create or move viewing")
tm.flow(diary, booking_tool, viewing_bookings, label="free slots")
tm.flow(booking_tool, agent, booking_result)

# key-safe codes
tm.flow(agent, key_tool, key_code_request)
tm.flow(key_tool, key_register, key_code_request)
tm.flow(key_register, key_tool, key_safe_codes)
tm.flow(key_tool, agent, key_safe_codes)

# outbound messages
tm.flow(agent, message_tool, outbound_message)
tm.flow(
    message_tool,
    messaging,
    access_instructions,
    viewing_confirmation,
    protocol="https",
    controls={tls},
)
tm.flow(messaging, message_tool, send_receipt, protocol="https", controls={tls})
tm.flow(message_tool, agent, send_receipt)
tm.flow(messaging, negotiator, access_instructions, protocol="sms", label="access instructions")
tm.flow(messaging, buyer, viewing_confirmation, protocol="smtp")
tm.flow(messaging, occupier, viewing_confirmation, protocol="smtp")

# records and logs
tm.flow(agent, transcript_store, transcripts)
tm.flow(negotiator, crm, property_records, protocol="https", label="maintains listings")
tm.flow(negotiator, key_register, key_safe_codes, protocol="https", label="records key-safe codes")
tm.flow(diary, negotiator, viewing_bookings, protocol="https", label="daily viewing list")
