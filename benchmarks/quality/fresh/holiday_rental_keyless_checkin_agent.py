"""Keyless check-in agent for holiday rentals: the first design, before any security review.

A holiday-rental management company in Portugal and Spain lets guests check in
without meeting anyone. Before arrival an LLM agent messages each guest over
WhatsApp (through a messaging gateway), asks for a photo of their ID and has an
ID-verification vendor compare it with the name on the booking. When the check
passes, the agent asks the smart-lock vendor's cloud for a keypad code valid for
the booked stay and sends it to the guest. During the stay guests can keep
messaging the agent: it can open maintenance tickets for the operations team and
extend the lock code for a late checkout. The agent runs in the company's cloud
account and uses a hosted LLM. Controls in this design: HTTPS on every API call,
rate limiting on the webhook, a step limit and audit log on the agent, the lock
vendor API key in a vault, encrypted booking data with role-based access, and
vetted vendors. ID photos are not kept by us after the check.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Holiday rental keyless check-in agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that verifies guests' ID and issues time-limited smart-lock codes.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the guest: arrival time, questions, late-checkout requests.",
)
id_photo = tg.Data(
    "ID document photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, booking details and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Guest name, contact, property, stay dates, guest notes from the booking channel.",
)
booking_query = tg.Data("Booking lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
id_check_request = tg.Data("ID check request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
id_result = tg.Data(
    "ID verification result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Match or mismatch of the document name with the booking, with a confidence.",
)
code_request = tg.Data(
    "Lock code request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Create or extend a keypad code: property, lock id, validity window.",
)
access_code = tg.Data(
    "Smart lock access code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
lock_api_key = tg.Data("Lock vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
lock_events = tg.Data("Lock entry events", sensitivity=tg.Sensitivity.PII, kind="logs")
ticket = tg.Data("Maintenance ticket", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcript = tg.Data("Conversation transcript", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who books (or pretends to be a booked guest) can message the agent.
    guest = tm.add(tg.Actor("Guest", role="guest"))

with tm.boundary("Rental properties", trust=tg.Trust.UNTRUSTED):
    # Keypad locks on each property's front door, managed by the vendor's cloud.
    smart_lock = tm.add(
        tg.Device("Smart door lock", fleet=True, description="Keypad lock on each property.")
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business / SMS gateway that relays guest messages to our webhook.
    gateway = tm.add(
        tg.ExternalService(
            "Messaging gateway",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Checks the document is genuine and that its name matches the booking.
    id_model = tm.add(
        tg.Model(
            "ID document verification",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Lock vendor cloud", trust=tg.Trust.PARTNER):
    # The lock manufacturer's cloud API: creates, extends and pushes keypad codes.
    lock_cloud = tm.add(tg.ExternalService("Smart lock vendor cloud"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Receives the messaging gateway's inbound-message webhook.
    webhook = tm.add(
        tg.Endpoint(
            "Guest message webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Plans the conversation and calls the tools below without staff in the loop.
    agent = tm.add(
        tg.Agent(
            "Check-in agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=False,
            controls={c.CircuitBreaker(max_steps=15), c.AuditLogging(retention_days=365)},
        )
    )
    # Keeps each guest's conversation so the agent can pick it up during the stay.
    conversations = tm.add(tg.DataStore("Conversation store", stores={transcript}))
    # Reads the guest's booking from the property management system.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Sends the ID photo and booking name to the verification vendor.
    id_tool = tm.add(tg.Tool("ID check tool", capabilities={"read", "network-egress"}))
    # Creates or extends a time-limited keypad code through the vendor's API.
    lock_tool = tm.add(
        tg.Tool(
            "Lock code tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key in the cloud secrets manager")},
        )
    )
    # Opens tickets in the maintenance system for the operations team.
    ticket_tool = tm.add(tg.Tool("Maintenance ticket tool", capabilities={"write"}))
    # Tickets for cleaners and technicians; ID mismatches are also raised here.
    ticketing = tm.add(
        tg.Service(
            "Maintenance ticketing system",
            controls={c.Authentication(method="company SSO")},
        )
    )

    with tm.boundary("Booking data", trust=tg.Trust.RESTRICTED):
        # Property management system database: every booking and guest.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Operations staff manage bookings and work the tickets.
    ops = tm.add(tg.Actor("Operations staff", role="operations"))

# ---------------------------------------------------------------- flows
# Guest conversation, in and out through the messaging gateway.
tm.flow(guest, gateway, guest_message, id_photo, protocol="https")
tm.flow(
    gateway, webhook, guest_message, id_photo, protocol="https", label="inbound message webhook"
)
tm.flow(webhook, agent, guest_message, id_photo)
tm.flow(agent, gateway, agent_reply, access_code, protocol="https")
tm.flow(gateway, guest, agent_reply, access_code, protocol="https")

# The agent's reasoning and its memory of the conversation.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, conversations, transcript)
tm.flow(conversations, agent, transcript)

# Booking lookup.
tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, booking_db, booking_query)
tm.flow(booking_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking)

# ID check against the booking.
tm.flow(agent, id_tool, id_check_request, id_photo)
tm.flow(id_tool, id_model, id_check_request, id_photo, protocol="https")
tm.flow(id_model, id_tool, id_result, protocol="https")
tm.flow(id_tool, agent, id_result)

# Lock codes: issue before arrival, extend for late checkout.
tm.flow(agent, lock_tool, code_request)
tm.flow(lock_tool, lock_cloud, code_request, lock_api_key, protocol="https")
tm.flow(lock_cloud, lock_tool, access_code, protocol="https")
tm.flow(lock_tool, agent, access_code)
tm.flow(lock_cloud, smart_lock, access_code, label="code sync via the vendor's bridge")
tm.flow(smart_lock, lock_cloud, lock_events, label="entry log")
tm.flow(guest, smart_lock, access_code, label="typed on the keypad")

# Maintenance tickets.
tm.flow(agent, ticket_tool, ticket)
tm.flow(ticket_tool, ticketing, ticket, protocol="https")
tm.flow(ticketing, ops, ticket, protocol="https")
tm.flow(ops, ticketing, ticket, protocol="https", label="updates and closes")

# Staff maintain bookings in the property management system.
tm.flow(ops, booking_db, booking, protocol="https")
