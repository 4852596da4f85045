"""Dog grooming salon booking and coat photo agent: the first design, before any security review.

A chain of dog grooming salons in the UK lets owners book over WhatsApp. Owners message
the salon's WhatsApp Business number; Meta's Cloud API posts each message to a webhook
on our cloud account, where an LLM booking agent holds the conversation. The agent asks
for photos of the dog's coat and any health notes (skin conditions, allergies, matting,
nervousness), sends them to a hosted vision model that suggests a service and price from
the salon price list, offers free slots from the booking calendar, books the slot and
sends a deposit payment link created with the card payment provider. The provider's
hosted page takes the card; its webhook marks the deposit paid. Groomers in each salon
see the day's appointments, health notes and coat photos on a salon tablet.
Controls in this design: HTTPS to every API, provider webhook signatures checked,
the database and photo bucket encrypted by the cloud provider, API keys in the cloud
secret manager, and a shared salon login on the tablets. Bookings need no staff approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog grooming salon booking and coat photo agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="WhatsApp booking agent for a grooming chain: coat photos, a vision model's "
    "service and price suggestion, calendar booking and deposit payment links.",
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data(
    "Owner WhatsApp message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the owner: name, dog's name and breed, preferred dates.",
)
coat_photos = tg.Data(
    "Coat photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the dog sent over WhatsApp; often show the owner's home or the owner.",
)
health_notes = tg.Data(
    "Dog health notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Skin conditions, allergies, medication, behaviour notes given by the owner.",
)
vision_prompt = tg.Data(
    "Service suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Coat photos, health notes, breed and the salon price list.",
)
suggestion = tg.Data(
    "Suggested service and price", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
conversation = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
price_list = tg.Data("Salon price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
slots = tg.Data(
    "Free slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Bookings and customer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone number, dog profile, appointment, quoted price, deposit status.",
)
deposit_request = tg.Data(
    "Deposit request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking id and the deposit amount the agent asks for.",
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
appointment_sheet = tg.Data(
    "Groomer appointment sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The day's bookings with health notes and coat photos.",
)
appointment_status = tg.Data(
    "Appointment status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
api_keys = tg.Data("Provider API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can message the salon number.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Carries the chat; posts inbound messages to our webhook and accepts our replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Cloud API", provides="generic"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the coat photos and proposes service and price.
    vision = tm.add(
        tg.LLM(
            "Hosted vision model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General multimodal model called with photos, notes and the price list.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages take the card; we never see card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            provides="generic",
            description="Creates payment links and sends a webhook when a deposit is paid.",
        )
    )

with tm.boundary("Salon cloud account", trust=tg.Trust.INTERNAL):
    # Receives Meta's message webhooks and the payment provider's webhooks.
    webhook = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Public HTTPS endpoint for WhatsApp and payment events.",
        )
    )
    # The LLM agent that runs each conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            description="Chats with owners, asks for photos and notes, books and sends deposit links.",
            controls={
                c.SecretsManagement(note="model, Meta and payment keys in the cloud secret manager")
            },
        )
    )
    # Per-phone-number conversation state so the agent can pick a chat back up.
    conv_store = tm.add(tg.DataStore("Conversation store", stores={conversation}))
    # Keeps the coat photos for the groomers.
    photo_store = tm.add(
        tg.DataStore(
            "Coat photo bucket",
            stores={coat_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Services and prices per breed and coat type, maintained by head office.
    prices = tm.add(tg.DataStore("Salon price list", stores={price_list}))
    # Agent tool: reads free slots and writes bookings.
    booking_tool = tm.add(
        tg.Tool("Booking calendar tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Agent tool: asks the payment provider for a deposit link.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "money-movement"},
            origin="first-party",
            description="Creates a payment link for the amount the agent passes.",
        )
    )
    # System of record for customers, dogs, appointments and deposits.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, health_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Salon premises", trust=tg.Trust.INTERNAL):
    # One tablet per salon, showing the day's appointments to the groomers.
    tablet = tm.add(
        tg.Device(
            "Salon groomer tablet",
            fleet=True,
            controls={c.Authentication(method="shared salon login with password")},
        )
    )
    # Reads the notes and photos before grooming and marks appointments done.
    groomer = tm.add(tg.Actor("Groomer", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(owner, whatsapp, owner_message, coat_photos, health_notes, protocol="whatsapp")
tm.flow(whatsapp, owner, agent_reply, payment_link, protocol="whatsapp")
tm.flow(
    whatsapp,
    webhook,
    owner_message,
    coat_photos,
    health_notes,
    protocol="https",
    label="inbound message webhook",
)
tm.flow(webhook, agent, owner_message, coat_photos, health_notes)
tm.flow(agent, whatsapp, agent_reply, payment_link, protocol="https", label="send message")

tm.flow(agent, conv_store, conversation)
tm.flow(conv_store, agent, conversation)
tm.flow(agent, photo_store, coat_photos)
tm.flow(prices, agent, price_list)
tm.flow(agent, vision, vision_prompt, protocol="https")
tm.flow(vision, agent, suggestion, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, bookings, health_notes)
tm.flow(booking_db, booking_tool, bookings, label="free slots")
tm.flow(booking_tool, agent, slots)

tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, deposit_request, api_keys, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(owner, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    webhook,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature header verified")},
)
tm.flow(webhook, booking_db, payment_event, label="mark deposit paid")

tm.flow(booking_db, tablet, appointment_sheet, protocol="https")
tm.flow(photo_store, tablet, coat_photos, protocol="https")
tm.flow(tablet, booking_db, appointment_status, protocol="https")
tm.flow(tablet, groomer, appointment_sheet, coat_photos, label="on the screen")
tm.flow(groomer, tablet, appointment_status, label="touchscreen")
