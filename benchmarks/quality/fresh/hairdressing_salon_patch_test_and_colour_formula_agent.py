"""Hairdressing salon chain: colour booking, patch test and formula agent (first design).

Clients of a UK chain of hair salons chat with a colour consultation agent in the
chain's booking web app: it books colour appointments, and it must not book a
colour service unless the client had an allergy patch test at least 48 hours
before and less than six months ago (the rule is written into the agent's system
prompt; the agent looks the test up with a read-only tool before it books).
Clients upload photos of their hair; a hosted vision LLM reads them with the
client's colour history and the manufacturers' shade charts, and the agent writes
a suggested colour formula onto the client's card. Stylists see the card on the
salon tablet, record patch test results and decide what they actually mix.
Appointments live in the chain's SaaS booking platform, which texts reminders.
Controls: client e-mail and password accounts, TLS on external links, encryption
at rest for records and photos, a vaulted booking-platform key, an agent step
limit, and a stylist who checks each formula before mixing.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hairdressing salon patch test and colour formula agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books colour appointments, enforces the 48-hour patch test "
        "rule and suggests colour formulas from client photos for stylists to mix."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Client chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
hair_photos = tg.Data(
    "Client hair photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos of the client's current hair, usually showing the face.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Consultation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt with the patch test rule, the chat, photos, colour history "
    "and shade chart extracts.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
patch_tests = tg.Data(
    "Patch test records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Date, product and result of each allergy patch test, and any reaction noted.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
colour_history = tg.Data(
    "Client colour history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Past services and the formulas mixed for them.",
)
patch_status = tg.Data(
    "Patch test status", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
lookup_call = tg.Data("Patch test lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_call = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
appointment = tg.Data("Appointment", sensitivity=tg.Sensitivity.PII, kind="records")
availability = tg.Data("Stylist availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
formula = tg.Data(
    "Suggested colour formula",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Shades, developer strength, ratios and timing for one client.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
formula_call = tg.Data("Formula card update", sensitivity=tg.Sensitivity.PII, kind="tool-call")
shade_charts = tg.Data(
    "Shade charts and mixing guidelines",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Colour manufacturers' shade charts and the chain's mixing rules.",
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
reminder = tg.Data("Appointment reminder", sensitivity=tg.Sensitivity.PII, kind="documents")
mixed_formula = tg.Data("Formula as mixed", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create a client account and chat with the agent.
    client = tm.add(tg.Actor("Client", role="salon client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model reads the photos and drafts replies and formulas.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model behind the vendor's API.",
        )
    )

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The chain's SaaS salon software: diaries, appointments and SMS reminders.
    booking_platform = tm.add(
        tg.ExternalService(
            "Salon booking platform",
            description="Holds every salon's diary; sends appointment reminders by SMS.",
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # The booking web app's chat API that clients sign in to.
    chat_api = tm.add(
        tg.Endpoint(
            "Client booking chat",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="client account: e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=30),
                tg.controls.InputValidation(note="photo uploads: JPEG/PNG only, 10 MB max"),
            },
        )
    )
    # The LLM agent that runs the consultation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Colour consultation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books colour appointments after checking the patch test, and "
            "suggests a formula from the photos. The 48-hour rule is in its system prompt.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the client's stylist",
                    note="stylist checks each suggested formula before mixing; "
                    "bookings are made directly",
                ),
                tg.controls.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Read-only lookup of the client's patch tests and colour history.
    patch_tool = tm.add(tg.Tool("Patch test lookup tool", capabilities={"read"}))
    # Creates, moves and cancels appointments in the booking platform.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write"},
            controls={tg.controls.SecretsManagement(note="booking platform API key in the vault")},
        )
    )
    # Writes the suggested formula onto the client's colour card.
    formula_tool = tm.add(tg.Tool("Formula card tool", capabilities={"write"}))
    # The stylists' API behind the salon tablets.
    staff_api = tm.add(
        tg.Endpoint(
            "Salon staff API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="one account per salon tablet, PIN shared by the salon team"
                )
            },
        )
    )
    # Keeps chat transcripts for complaints and quality review.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Client cards: patch tests, colour history and suggested formulas.
        records = tm.add(
            tg.DataStore(
                "Client colour records",
                stores={patch_tests, colour_history, formula, mixed_formula},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # The photos clients upload during consultations.
        photo_store = tm.add(
            tg.DataStore(
                "Client photo store",
                stores={hair_photos},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Reference material the agent puts in the prompt.
        guidelines = tm.add(
            tg.DataStore("Shade charts and mixing guidelines", stores={shade_charts})
        )

with tm.boundary("Salon network", trust=tg.Trust.INTERNAL):
    # A shared tablet at each salon's colour bar.
    tablet = tm.add(tg.Device("Salon tablet", fleet=True))
    # Reads the formula, mixes the colour and records patch test results.
    stylist = tm.add(tg.Actor("Stylist", role="stylist"))

# ---------------------------------------------------------------- flows
tm.flow(client, chat_api, chat_message, hair_photos, protocol="https")
tm.flow(chat_api, client, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message, hair_photos)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, photo_store, hair_photos)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(guidelines, agent, shade_charts, label="shade chart extracts")
tm.flow(agent, log_store, transcripts)

tm.flow(agent, patch_tool, lookup_call)
tm.flow(patch_tool, records, lookup_call, label="query by client id")
tm.flow(records, patch_tool, patch_tests, colour_history)
tm.flow(patch_tool, agent, patch_status, colour_history)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result, availability)
tm.flow(booking_tool, booking_platform, appointment, protocol="https")
tm.flow(booking_platform, booking_tool, booking_result, availability, protocol="https")
tm.flow(booking_platform, client, reminder, protocol="sms")

tm.flow(agent, formula_tool, formula_call)
tm.flow(formula_tool, records, formula)

tm.flow(stylist, tablet, patch_tests, mixed_formula, label="entered on the tablet")
tm.flow(tablet, stylist, formula, colour_history, hair_photos, label="shown on the tablet")
tm.flow(tablet, staff_api, patch_tests, mixed_formula, protocol="https")
tm.flow(staff_api, tablet, formula, colour_history, hair_photos, protocol="https")
tm.flow(staff_api, records, patch_tests, mixed_formula)
tm.flow(records, staff_api, formula, colour_history, patch_tests)
tm.flow(photo_store, staff_api, hair_photos)
