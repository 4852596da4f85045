"""Nail salon: WhatsApp booking and gel reaction photo triage (first design).

A single UK nail salon lets clients book, move and cancel appointments by chatting
on WhatsApp. Messages arrive through the WhatsApp Business platform at a webhook
in the salon's small cloud app, where an LLM assistant answers and books through
the salon's SaaS appointment calendar. After gel or acrylic treatments, clients
can send photos of skin reactions (redness, itching, blisters around the nails);
a hosted multimodal LLM triages each one into aftercare advice, sent straight
back from the salon's own aftercare guidance, or a referral to the salon owner,
who gets a WhatsApp alert and reviews the photos in a small owner dashboard.
Clients are recognised by their WhatsApp number. Controls in this design: TLS on
every external link, size and type checks on uploads, the vendor's content
filter, a step limit on the assistant, a vaulted calendar key, an owner login to
the dashboard and provider-default encryption at rest for the client data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Nail salon booking and gel reaction photo triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp assistant that books nail appointments and triages photos of skin "
        "reactions after gel treatments into advice or a referral to the owner."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Client WhatsApp message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reaction_photos = tg.Data(
    "Skin reaction photos",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Photos of the client's hands and nail folds after a treatment.",
)
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the chat, the photos, the client's recent treatments "
    "and the aftercare guidance.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
triage_outcome = tg.Data(
    "Reaction triage outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Advice given, or referral to the owner, with the model's reasons.",
)
aftercare = tg.Data(
    "Aftercare guidance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="The owner's aftercare notes and what to do about common reactions.",
)
client_records = tg.Data(
    "Client records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Name, WhatsApp number, treatments and gel products used, reported reactions.",
)
booking_call = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
appointment = tg.Data("Appointment", sensitivity=tg.Sensitivity.PII, kind="records")
referral_call = tg.Data("Referral request", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
referral_result = tg.Data(
    "Referral logged", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
referral = tg.Data(
    "Owner referral",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Client, treatment, photos and the model's triage summary.",
)
alert = tg.Data("Referral alert", sensitivity=tg.Sensitivity.PII, kind="documents")
owner_message = tg.Data("Owner message to client", sensitivity=tg.Sensitivity.PII, kind="documents")
owner_notes = tg.Data("Owner review notes", sensitivity=tg.Sensitivity.REGULATED, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any WhatsApp user can message the salon's number.
    client = tm.add(tg.Actor("Client", role="salon client"))

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Business Cloud API relays messages and photos both ways.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business platform",
            description="Delivers client messages to our webhook and sends our replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the chat and the reaction photos; answers, books and triages.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Decides whether a reaction gets self-care advice or goes to the owner.",
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Calendar vendor", trust=tg.Trust.PARTNER):
    # The salon's SaaS appointment calendar, also used at the front desk.
    calendar = tm.add(tg.ExternalService("Appointment calendar"))

with tm.boundary("Salon cloud app", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp message webhooks and hands them to the assistant.
    webhook = tm.add(
        tg.Endpoint(
            "Chat webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="client identified by WhatsApp sender number matched to the client record"
                ),
                tg.controls.InputValidation(note="images only, 5 MB max per photo"),
            },
        )
    )
    # The LLM agent: books, answers aftercare questions, triages reaction photos.
    assistant = tm.add(
        tg.Agent(
            "Booking and triage assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Advice replies and bookings go out without a person; only "
            "referrals reach the owner.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Books, moves and cancels appointments in the calendar.
    booking_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.SecretsManagement(note="calendar API key in the cloud secret manager")
            },
        )
    )
    # Files a referral for the owner and sends her a WhatsApp alert.
    referral_tool = tm.add(tg.Tool("Owner referral tool", capabilities={"write", "send-messages"}))
    # Where the owner reviews referrals and edits the aftercare guidance.
    dashboard = tm.add(
        tg.Endpoint(
            "Owner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Client details, treatment history, reactions and referrals.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={client_records, referral, owner_notes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The reaction photos clients send.
    photo_store = tm.add(
        tg.DataStore(
            "Reaction photo store",
            stores={reaction_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The owner's aftercare notes the assistant answers from.
    guidance = tm.add(tg.DataStore("Aftercare guidance store", stores={aftercare}))
    # Every conversation, kept for disputes.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

with tm.boundary("Salon", trust=tg.Trust.INTERNAL):
    # Runs the salon; reviews referred reactions and contacts the client.
    owner = tm.add(tg.Actor("Salon owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, whatsapp, chat_message, reaction_photos, protocol="https")
tm.flow(whatsapp, client, reply, owner_message, alert, protocol="https")
tm.flow(whatsapp, webhook, chat_message, reaction_photos, protocol="https", label="message webhook")
tm.flow(webhook, whatsapp, reply, protocol="https")
tm.flow(webhook, assistant, chat_message, reaction_photos)
tm.flow(assistant, webhook, reply)

tm.flow(assistant, photo_store, reaction_photos)
tm.flow(client_db, assistant, client_records, label="client looked up by number")
tm.flow(assistant, client_db, triage_outcome)
tm.flow(guidance, assistant, aftercare)
tm.flow(assistant, llm, triage_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, log_store, transcripts)

tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, calendar, appointment, protocol="https")
tm.flow(calendar, booking_tool, booking_result, protocol="https")

tm.flow(assistant, referral_tool, referral_call)
tm.flow(referral_tool, assistant, referral_result)
tm.flow(referral_tool, client_db, referral)
tm.flow(referral_tool, whatsapp, alert, protocol="https")

tm.flow(owner, dashboard, owner_notes, aftercare, protocol="https")
tm.flow(dashboard, owner, referral, reaction_photos, client_records, protocol="https")
tm.flow(client_db, dashboard, referral, client_records)
tm.flow(photo_store, dashboard, reaction_photos)
tm.flow(dashboard, client_db, owner_notes)
tm.flow(dashboard, guidance, aftercare)
tm.flow(owner, whatsapp, owner_message, protocol="https", label="replies from the salon phone")
