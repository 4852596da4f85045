"""Station kiosk travel assistant: the first design, before any security review.

A European rail operator installs touch-and-voice kiosks in its station concourses.
Travellers ask travel questions by voice or on the touch screen, see live
departures and buy tickets. Speech is transcribed on the kiosk by an open-weights
speech model, so audio never leaves the device; the transcript goes through the
kiosk API gateway to an assistant orchestrator in the operator's cloud, which
retrieves timetable and station-guide passages from a vector index and asks a
hosted LLM for the answer. Live departures come from the national rail data hub.
Payments use the kiosk's certified card reader, which encrypts card data at the
reader (P2PE); the ticketing service forwards it to the payment provider.
Kiosks authenticate to the gateway with a per-kiosk API key over HTTPS, kiosk
images are signed, the ticketing service keeps an audit log, conversation logs
are encrypted at rest and the LLM vendor's content filter is switched on.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Station kiosk travel assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Voice and touch kiosks in stations: travel Q&A, live departures, ticket sales.",
)

# ---------------------------------------------------------------- data assets
speech = tg.Data(
    "Traveller speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Microphone audio captured while the traveller holds the talk button.",
)
touch_input = tg.Data("Touch selections", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
question = tg.Data(
    "Travel question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Transcribed or typed question; free text may name people or places.",
)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, live departures and retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data(
    "Assistant answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spoken and on-screen answer, possibly with a suggested journey to buy.",
)
guides = tg.Data(
    "Timetables and station guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunks = tg.Data("Guide passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
departures = tg.Data(
    "Live departures",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
card_data = tg.Data(
    "Card data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PAN and chip data read from the traveller's card.",
)
card_block = tg.Data(
    "Encrypted card block",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card data encrypted by the reader's P2PE key; only the provider decrypts it.",
)
order = tg.Data("Ticket order", kind="records", sensitivity=tg.Sensitivity.PII)
authorisation = tg.Data(
    "Payment authorisation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticket = tg.Data("Ticket and receipt", kind="records", sensitivity=tg.Sensitivity.PII)
conversation_logs = tg.Data("Conversation logs", kind="logs", sensitivity=tg.Sensitivity.PII)
kiosk_image = tg.Data(
    "Kiosk software image",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Kiosk OS, the kiosk app and its configuration.",
)
speech_weights = tg.Data("Speech model weights", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")
telemetry = tg.Data("Kiosk telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data("Kiosk release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Station concourse", trust=tg.Trust.UNTRUSTED):
    # Anyone walking through the station can use a kiosk.
    traveller = tm.add(tg.Actor("Traveller", role="member of the public"))

with tm.boundary("Station kiosk", trust=tg.Trust.INTERNAL):
    # The touch-and-voice front end; it runs the UI and talks to the operator cloud.
    kiosk_app = tm.add(
        tg.Service(
            "Kiosk app",
            description="Touch and voice UI, departures board and checkout on the kiosk PC.",
            controls={c.SignedModels(note="kiosk images are signed and checked by secure boot")},
        )
    )
    # On-device transcription, so raw audio never leaves the kiosk.
    speech_model = tm.add(
        tg.Model(
            "On-kiosk speech recogniser",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights speech-to-text model shipped in the kiosk image.",
        )
    )
    # The payment provider's certified PIN entry device built into the kiosk.
    card_reader = tm.add(
        tg.Device(
            "Card reader",
            fleet=True,
            description="PCI PTS certified reader; encrypts card data at the point of interaction.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for every kiosk in the estate.
    gateway = tm.add(
        tg.Endpoint(
            "Kiosk API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-kiosk API key")},
        )
    )
    # Builds the prompt from the question, departures and retrieved passages.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Retrieval, prompt assembly and the LLM call.",
            controls={c.InputValidation(note="transcripts over 500 characters are rejected")},
        )
    )
    # RAG index over timetables and station guides.
    index = tm.add(tg.VectorStore("Timetable and guide index", stores={chunks}))
    # Chunks and embeds the published timetables and guides every night.
    indexer = tm.add(tg.Pipeline("Guide indexing job", stage=tg.Stage.INGESTION))
    # Kept for quality review and complaint handling.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pushes kiosk images and the speech model to the estate, collects telemetry.
    fleet = tm.add(tg.Service("Kiosk fleet management"))

    with tm.boundary("Ticketing zone", trust=tg.Trust.RESTRICTED):
        # Prices journeys, takes payment through the provider, issues tickets.
        ticketing = tm.add(
            tg.Service(
                "Ticketing service",
                controls={c.AuditLogging(retention_days=365)},
            )
        )

with tm.boundary("Operator corporate network", trust=tg.Trust.INTERNAL):
    # The timetable planning system and station guide CMS, published as documents.
    content = tm.add(
        tg.DataSource(
            "Timetable and guide publishing", origin=tg.Origin.INTERNAL, provides={guides}
        )
    )
    # Builds and releases kiosk images.
    ops_engineer = tm.add(tg.Actor("Kiosk operations engineer", role="operations", privileged=True))

with tm.boundary("National rail data hub", trust=tg.Trust.PARTNER):
    # Real-time train running information shared by the infrastructure manager.
    departures_feed = tm.add(
        tg.DataSource("Live departures feed", origin=tg.Origin.PARTNER, provides={departures})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter, default settings")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Decrypts the P2PE block and authorises the payment with the card schemes.
    payment_gateway = tm.add(tg.ExternalService("Payment gateway", provides="generic"))

# ---------------------------------------------------------------- flows
# At the kiosk
tm.flow(traveller, kiosk_app, speech, touch_input, label="talks and taps")
tm.flow(kiosk_app, speech_model, speech, protocol="local")
tm.flow(speech_model, kiosk_app, question, protocol="local", label="transcript")
tm.flow(kiosk_app, traveller, answer, departures, ticket, label="screen, speaker, printer")
tm.flow(traveller, card_reader, card_data, label="tap or insert card")
tm.flow(
    card_reader,
    kiosk_app,
    card_block,
    protocol="local",
    controls={c.EncryptionInTransit(protocol="P2PE")},
)

# Kiosk to operator cloud
tm.flow(kiosk_app, gateway, question, order, card_block, protocol="https")
tm.flow(gateway, kiosk_app, answer, departures, ticket, protocol="https")

# Assistant
tm.flow(gateway, orchestrator, question)
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved passages")
tm.flow(departures_feed, orchestrator, departures, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, gateway, answer)
tm.flow(orchestrator, log_store, conversation_logs)

# Departures board
tm.flow(departures_feed, gateway, departures, protocol="https", label="departures board")

# Indexing
tm.flow(content, indexer, guides, protocol="https", label="nightly export")
tm.flow(indexer, index, chunks)

# Ticket sales
tm.flow(gateway, ticketing, order, card_block)
tm.flow(ticketing, gateway, ticket)
tm.flow(ticketing, payment_gateway, card_block, order, protocol="https")
tm.flow(payment_gateway, ticketing, authorisation, protocol="https")

# Kiosk estate management
tm.flow(ops_engineer, fleet, release, kiosk_image, speech_weights, label="publishes release")
tm.flow(fleet, kiosk_app, kiosk_image, speech_weights, protocol="https", label="image rollout")
tm.flow(kiosk_app, fleet, telemetry, protocol="https")
