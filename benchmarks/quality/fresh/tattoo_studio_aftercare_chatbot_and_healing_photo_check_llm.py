"""Tattoo studio aftercare chatbot with healing photo check: the first design.

After a session, clients of an EU tattoo studio can message the studio's WhatsApp
Business number with questions about aftercare and photos of their healing tattoo.
The messaging provider posts each message to our webhook; the chatbot service looks
up the client's tattoo record (placement, session date, artist), adds the studio's
written aftercare guidelines, and sends the question and photo to a hosted
multimodal LLM. The LLM's care answer goes straight back to the client; when it
thinks a photo may show infection it raises a flag, which the artist sees in the
studio dashboard with the photo and conversation. The artist then books a check-up
in the studio's online booking calendar or tells the client to see a doctor.
Clients are recognised by their WhatsApp number matched to the client record;
artists sign in to the dashboard with e-mail and password. Traffic is TLS, the
photo bucket and client database are encrypted, and the LLM vendor was reviewed
for a no-training, no-retention API agreement. Client data falls under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tattoo studio aftercare chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Aftercare chatbot that answers clients' care questions and flags "
    "possible infection in healing photos to the tattoo artist.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Client message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Aftercare questions, often describing redness, swelling or pain.",
)
photo = tg.Data(
    "Healing tattoo photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
tattoo_record = tg.Data(
    "Tattoo record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, WhatsApp number, placement, session date, artist, inks used.",
)
guidelines = tg.Data(
    "Aftercare guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The studio's written aftercare instructions.",
)
prompt = tg.Data(
    "Aftercare prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, guidelines, tattoo record, the question and the photo.",
)
care_answer = tg.Data("Care answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
infection_flag = tg.Data(
    "Possible infection flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The LLM's reason for concern, with a reference to the photo.",
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
artist_decision = tg.Data(
    "Artist decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Book a check-up, or advise the client to see a doctor.",
)
artist_message = tg.Data("Artist message to client", kind="records", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Check-up booking", kind="records", sensitivity=tg.Sensitivity.PII)
slots = tg.Data("Free appointment slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who got a tattoo here, messaging from their own phone.
    client = tm.add(tg.Actor("Client", role="studio client"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business platform: carries messages and photos both ways.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the question and the photo, answers, and flags possible infection.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(
                    note="API terms reviewed: no training on our data, no retention"
                )
            },
        )
    )

with tm.boundary("Booking provider", trust=tg.Trust.PARTNER):
    # The studio's existing online booking calendar (SaaS).
    calendar = tm.add(tg.ExternalService("Online booking calendar"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhook calls for incoming messages and photos.
    webhook = tm.add(
        tg.Endpoint(
            "Message webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="sender WhatsApp number matched to the client record")
            },
        )
    )
    # Builds the prompt, calls the LLM, replies to the client and routes flags.
    chatbot = tm.add(
        tg.Service(
            "Aftercare chatbot service",
            controls={
                c.HumanInTheLoop(
                    approver="the tattoo artist",
                    note="only infection flags go to the artist, who decides on a check-up "
                    "or a doctor; care answers are sent to the client directly",
                )
            },
        )
    )
    # Client and session records, entered by artists at booking.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={tattoo_record, booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The studio's care instructions, which the chatbot answers from.
    guidelines_store = tm.add(tg.DataStore("Aftercare guidelines store", stores={guidelines}))
    # Every healing photo clients send, kept for the artist to look at.
    photo_store = tm.add(
        tg.DataStore(
            "Healing photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Full conversations, for the artist's context on a flag.
    transcript_store = tm.add(tg.DataStore("Conversation log", stores={transcript}))
    # Where artists see flagged cases and act on them.
    dashboard = tm.add(
        tg.Service(
            "Studio dashboard",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # Reviews flags and decides on a check-up or a doctor.
    artist = tm.add(tg.Actor("Tattoo artist", role="artist"))
    # Maintains the aftercare guidelines and client records.
    owner = tm.add(tg.Actor("Studio owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# client conversation
tm.flow(client, whatsapp, message, photo, protocol="whatsapp")
tm.flow(whatsapp, webhook, message, photo, protocol="https", controls={tls}, label="webhook")
tm.flow(webhook, chatbot, message, photo)
tm.flow(chatbot, photo_store, photo)
tm.flow(client_db, chatbot, tattoo_record, label="look up by WhatsApp number")
tm.flow(guidelines_store, chatbot, guidelines)
tm.flow(chatbot, llm, prompt, photo, protocol="https", controls={tls})
tm.flow(llm, chatbot, care_answer, infection_flag, protocol="https", controls={tls})
tm.flow(chatbot, transcript_store, transcript)
tm.flow(chatbot, whatsapp, care_answer, protocol="https", controls={tls})
tm.flow(whatsapp, client, care_answer, artist_message, protocol="whatsapp")

# artist follow-up
tm.flow(chatbot, dashboard, infection_flag, label="flagged case")
tm.flow(photo_store, dashboard, photo)
tm.flow(transcript_store, dashboard, transcript)
tm.flow(dashboard, artist, infection_flag, photo, transcript, protocol="https", controls={tls})
tm.flow(artist, dashboard, artist_decision, artist_message, protocol="https", controls={tls})
tm.flow(dashboard, calendar, booking, protocol="https", controls={tls}, label="book check-up")
tm.flow(calendar, dashboard, slots, booking, protocol="https", controls={tls})
tm.flow(dashboard, client_db, booking, tattoo_record)
tm.flow(client_db, dashboard, tattoo_record, booking)
tm.flow(dashboard, whatsapp, artist_message, protocol="https", controls={tls})

# studio administration
tm.flow(owner, dashboard, guidelines, tattoo_record, protocol="https", controls={tls})
tm.flow(dashboard, guidelines_store, guidelines, label="edit aftercare guidelines")
