"""Tattoo studio design consultation agent: the first design, before any security review.

A chain of tattoo studios in the UK and EU adds a chat agent to its website.
Prospective clients describe the tattoo they want; the agent, built on a hosted
multimodal LLM, talks the idea through, generates reference images with a hosted
image generation model, books a consultation slot with a suitable artist in the
booking system and takes a deposit through a hosted checkout link from the
payment provider. Clients upload photos of the body placement (arm, back, ribs...)
so the agent and the artist can judge size and layout. Before the consultation,
the artist opens the conversation, the photos and the reference images in an
artist portal. Everything runs in the chain's cloud account except the two models
and the payment provider. Controls in this design: rate limiting and upload
checks on the chat API, the vendors' content filters, a step limit on the agent,
encrypted storage, and sign-in with role-based access for artists.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tattoo studio design consultation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that develops tattoo ideas, books artist consultations and takes deposits.",
)

# ---------------------------------------------------------------- data assets
client_message = tg.Data(
    "Client chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The idea, its meaning, size and style, name, e-mail and phone when booking.",
)
placement_photo = tg.Data(
    "Body placement photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Photos of the skin where the tattoo goes; may show scars, other tattoos, partial nudity.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, placement photos and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
image_request = tg.Data("Image generation request", kind="tool-call")
image_prompt = tg.Data("Image prompt", kind="prompt", description="Text description of the design.")
reference_image = tg.Data("Reference image", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointments = tg.Data(
    "Appointments and artist calendars",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
deposit_request = tg.Data(
    "Deposit request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Appointment id, client e-mail and the deposit amount the agent passes.",
)
checkout_link = tg.Data("Deposit checkout link", kind="tool-result")
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data("Deposit paid event", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Consultation transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="The full conversation with links to the photos and generated images.",
)
consultation_brief = tg.Data(
    "Consultation brief",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="What the artist sees: transcript, placement photos and reference images.",
)
payment_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective clients on the studios' website, on phone or desktop.
    client = tm.add(tg.Actor("Client", role="prospective client"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal chat model that drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default safety filter")},
        )
    )
    # Hosted text-to-image model for reference sketches of the design.
    image_model = tm.add(
        tg.Model(
            "Hosted image generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter on prompts and images")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go straight to the provider, never to us.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Studio chain cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget; also receives the provider's events.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG/PNG/HEIC under 10 MB"),
            },
        )
    )
    # The LLM agent: runs the conversation and decides when to draw, book or charge.
    agent = tm.add(
        tg.Agent(
            "Design consultation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
            description="Books and charges on the client's confirmation in chat; no staff approval.",
        )
    )
    # Calls the image model with a prompt the agent writes.
    image_tool = tm.add(tg.Tool("Reference image tool", capabilities={"read", "network-egress"}))
    # Finds a free slot with a suitable artist and books it.
    booking_tool = tm.add(tg.Tool("Consultation booking tool", capabilities={"read", "write"}))
    # Creates a hosted checkout link for the deposit.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit checkout tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Artists review the conversation and images before the consultation.
    artist_portal = tm.add(
        tg.Endpoint(
            "Artist portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="artists see consultations of their own studio"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Appointments, artist calendars and client contact details.
        booking_db = tm.add(
            tg.DataStore(
                "Booking system",
                stores={appointments},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Conversations, uploaded placement photos and generated reference images.
        consult_store = tm.add(
            tg.DataStore(
                "Consultation store",
                stores={transcript, placement_photo, reference_image},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Studios", trust=tg.Trust.INTERNAL):
    # Tattoo artists, on studio tablets and their own phones.
    artist = tm.add(tg.Actor("Tattoo artist", role="artist"))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(client, chat_api, client_message, placement_photo, protocol="https")
tm.flow(chat_api, agent, client_message, placement_photo)
tm.flow(agent, consult_store, transcript, placement_photo, reference_image)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, agent_reply, reference_image, checkout_link)
tm.flow(chat_api, client, agent_reply, reference_image, checkout_link, protocol="https")

# reference images
tm.flow(agent, image_tool, image_request)
tm.flow(image_tool, image_model, image_prompt, protocol="https")
tm.flow(image_model, image_tool, reference_image, protocol="https")
tm.flow(image_tool, agent, reference_image)

# booking
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, appointments)
tm.flow(booking_db, booking_tool, appointments)
tm.flow(booking_tool, agent, booking_result)

# deposit
tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, deposit_request, payment_key, protocol="https")
tm.flow(payments, deposit_tool, checkout_link, protocol="https")
tm.flow(deposit_tool, agent, checkout_link)
tm.flow(client, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, chat_api, payment_event, protocol="https", label="payment webhook")
tm.flow(chat_api, booking_db, payment_event, label="mark deposit paid")

# artists
tm.flow(consult_store, artist_portal, consultation_brief)
tm.flow(booking_db, artist_portal, appointments)
tm.flow(artist_portal, artist, consultation_brief, appointments, protocol="https")
tm.flow(artist, artist_portal, appointments, protocol="https", label="sign in, view consultations")
