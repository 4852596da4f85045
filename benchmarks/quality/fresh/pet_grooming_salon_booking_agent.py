"""Pet grooming salon booking agent: the first design, before any security review.

A chain of twelve pet grooming salons in the EU lets pet owners book through a chat
widget on its website. An LLM agent, on a model a vendor hosts, answers questions
about services, prices and vaccination rules from a knowledge base the salon
manager maintains, books, moves and cancels appointments in the booking database,
and takes a deposit by creating a payment link at the payment provider; owners pay
on the provider's hosted page, and the provider confirms by webhook, whose signature
is checked. Owners may send a photo of the vaccination certificate, which the model
reads for expiry dates. Owners are identified by the name and phone number they
give in the chat. A nightly job sends SMS reminders. Groomers see the day's
bookings on a salon tablet signed in to the staff portal with the salon account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet grooming salon booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that books grooming appointments, answers service questions "
    "and takes deposits for a chain of salons.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Owner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
certificate = tg.Data(
    "Vaccination certificate photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Pet passport page: owner's name and address, pet, vaccines and dates.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved policy text and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policies = tg.Data(
    "Service and vaccination policies",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
policy_chunks = tg.Data(
    "Policy chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Customer, pet and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone, e-mail; pet, breed, vaccination dates; appointments, deposits.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
deposit_call = tg.Data("Deposit tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
deposit_result = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
payment_request = tg.Data(
    "Payment link and refund requests", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_event = tg.Data("Payment webhook event", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
reminder = tg.Data("Appointment reminder", kind="records", sensitivity=tg.Sensitivity.PII)
day_list = tg.Data("Day's booking list", kind="records", sensitivity=tg.Sensitivity.PII)
status_update = tg.Data(
    "Appointment status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website chat: the salons' customers, or anyone else.
    owner = tm.add(tg.Actor("Pet owner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal chat model behind the vendor's API; reads messages and certificate photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and refunds; card details never reach the salons' systems.
    payments = tm.add(tg.ExternalService("Payment provider API"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the reminder texts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # The website chat widget's backend.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: answers questions, books appointments and asks for deposits.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts once the owner confirms in the chat; no staff review.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Services, prices, breed surcharges, vaccination and cancellation rules.
    knowledge = tm.add(tg.VectorStore("Policy knowledge base", stores={policies, policy_chunks}))
    # Finds free slots; creates, moves and cancels appointments and pet profiles.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates deposit payment links and refunds deposits on cancellations.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit tool",
            capabilities={"money-movement"},
            origin="first-party",
            description="Receives the provider's payment webhook and marks deposits paid.",
        )
    )
    # Managed database of owners, pets and appointments for all salons.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps every conversation for quality checks.
    transcript_log = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Nightly job that texts owners the day before their appointment.
    reminders = tm.add(tg.Service("Reminder scheduler"))
    # Web app for groomers' tablets and for the manager to edit services and policies.
    portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="one shared password per salon account")},
        )
    )

with tm.boundary("Salon", trust=tg.Trust.INTERNAL):
    # Tablet at each salon's grooming station, left signed in to the portal.
    tablet = tm.add(tg.Device("Groomer tablet", fleet=True))
    # Maintains the service list, prices and vaccination rules.
    manager = tm.add(tg.Actor("Salon manager", role="staff", privileged=True))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(owner, chat, message, certificate, protocol="https")
tm.flow(chat, agent, message, certificate)
tm.flow(agent, chat, reply)
tm.flow(chat, owner, reply, protocol="https")
tm.flow(agent, knowledge, message, label="similarity query")
tm.flow(knowledge, agent, policy_chunks)
tm.flow(agent, llm, prompt, certificate, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_log, transcripts)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

# deposits
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, payments, payment_request, protocol="https")
tm.flow(payments, deposit_tool, deposit_result, protocol="https", label="payment link")
tm.flow(
    payments,
    deposit_tool,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the SDK")},
)
tm.flow(deposit_tool, booking_db, bookings, label="mark deposit paid or refunded")
tm.flow(deposit_tool, agent, deposit_result)
tm.flow(owner, payments, card, protocol="https", label="hosted checkout page")

# reminders
tm.flow(booking_db, reminders, bookings)
tm.flow(reminders, sms, reminder, protocol="https")
tm.flow(sms, owner, reminder, label="SMS")

# salons
tm.flow(booking_db, portal, day_list)
tm.flow(portal, tablet, day_list, protocol="https")
tm.flow(tablet, portal, status_update, protocol="https")
tm.flow(portal, booking_db, status_update)
tm.flow(manager, portal, policies, protocol="https")
tm.flow(portal, knowledge, policies, label="re-index on edit")
