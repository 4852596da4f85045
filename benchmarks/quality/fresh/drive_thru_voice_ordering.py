"""Drive-thru voice ordering: the first design, before any security review.

Customers at a restaurant's drive-thru speak their order into the lane's speaker
post. A store gateway streams the lane audio over a websocket to the chain's
ordering cloud, where an in-house speech recognition model (fine-tuned open
weights) transcribes it and an order orchestrator asks a vendor-hosted LLM to
turn the transcript, the store's menu and the current promotions into a
structured order. The orchestrator checks every order line against the menu,
speaks the reply and shows the order on the lane's confirmation board, and sends
the confirmed order back to the store gateway, which posts it to the point-of-sale
over its local API; the POS sends it to the kitchen display. Crew members hear
the lane on their headsets and can take the lane over at any time. Marketing
staff maintain menus and promotions through an SSO-protected portal, and audio
and transcripts are kept in an encrypted log store for quality review.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Drive-thru voice ordering",
    profile=tg.RiskProfile.LOW,
    description="Voice AI takes drive-thru orders and sends them to the POS and kitchen.",
)

# ---------------------------------------------------------------- data assets
lane_audio = tg.Data(
    "Lane audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Customer speech and background audio from the speaker post.",
)
transcript = tg.Data("Order transcript", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
menu = tg.Data(
    "Menu and promotions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Items, modifiers, prices, store availability and active promotions.",
)
prompt = tg.Data(
    "Order prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the store's menu and promotions, the conversation so far.",
)
draft_order = tg.Data("Draft order", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
readback = tg.Data(
    "Order readback",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spoken reply and the order lines shown on the confirmation board.",
)
order = tg.Data(
    "Confirmed order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
order_status = tg.Data(
    "Order total and number", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
kitchen_ticket = tg.Data("Kitchen ticket", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crew_audio = tg.Data(
    "Crew voice and takeover command", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
conversation_logs = tg.Data(
    "Conversation recordings and transcripts", kind="logs", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drive-thru lane", trust=tg.Trust.UNTRUSTED):
    # Anyone who pulls up to the speaker post, or speaks near it.
    customer = tm.add(tg.Actor("Drive-thru customer", role="customer"))
    # Outdoor speaker post and confirmation board in every lane of every store.
    lane_post = tm.add(
        tg.Device(
            "Speaker post and order board",
            fleet=True,
            description="Microphone, speaker and confirmation screen in the lane.",
        )
    )

with tm.boundary("Restaurant network", trust=tg.Trust.INTERNAL):
    # Bridges lane audio and the board to the cloud and to the crew headsets.
    gateway = tm.add(
        tg.Service(
            "Store lane gateway",
            description="Small PC in the back office; holds the store's API key.",
        )
    )
    # Crew take the lane over from their headset when the AI gets stuck.
    crew = tm.add(tg.Actor("Crew member with headset", role="restaurant crew"))
    # The chain's existing point-of-sale; payment happens at the window.
    pos = tm.add(tg.Service("Point-of-sale", description="Vendor POS with a local order API."))
    # Shows tickets to the cooks.
    kds = tm.add(tg.Service("Kitchen display system"))

with tm.boundary("Ordering cloud", trust=tg.Trust.INTERNAL):
    # Receives the audio streams of every lane.
    voice_api = tm.add(
        tg.Endpoint(
            "Voice ordering API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-store API key")},
        )
    )
    # Dialogue manager: builds prompts, validates orders, synthesises speech.
    orchestrator = tm.add(
        tg.Service(
            "Order orchestrator",
            description="Keeps the conversation state, calls ASR and the LLM, "
            "turns the draft order into POS order lines.",
            controls={
                c.SchemaEnforcement(
                    note="order lines must name menu item ids; prices come from the menu database"
                )
            },
        )
    )
    # Transcribes lane audio; fine-tuned on our own recordings.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights speech-to-text model fine-tuned on drive-thru audio.",
        )
    )
    # Source of truth for what each store sells and at what price.
    menu_db = tm.add(tg.DataStore("Menu and promotions database", stores={menu}))
    # Kept for quality review and to improve the speech model.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where marketing edits menus and schedules promotions.
    menu_portal = tm.add(
        tg.Service(
            "Menu management portal",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Builds the order from the transcript, menu and promotions.
    llm = tm.add(
        tg.LLM(
            "Ordering LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Marketing staff who set up limited-time offers and menu changes.
    menu_manager = tm.add(tg.Actor("Menu and promotions manager", role="marketing staff"))

# ---------------------------------------------------------------- flows
# lane
tm.flow(customer, lane_post, lane_audio, label="speaks order")
tm.flow(lane_post, customer, readback, label="spoken reply and board")
tm.flow(lane_post, gateway, lane_audio)
tm.flow(gateway, lane_post, readback, crew_audio, label="board updates and crew voice")

# store to cloud
tm.flow(gateway, voice_api, lane_audio, protocol="wss")
tm.flow(voice_api, gateway, readback, order, protocol="wss")
tm.flow(voice_api, orchestrator, lane_audio)
tm.flow(orchestrator, voice_api, readback, order)

# understanding the order
tm.flow(orchestrator, asr, lane_audio)
tm.flow(asr, orchestrator, transcript)
tm.flow(menu_db, orchestrator, menu, label="store menu and promotions")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft_order, protocol="https")
tm.flow(orchestrator, log_store, conversation_logs)

# point-of-sale and kitchen
tm.flow(gateway, pos, order, protocol="http", label="POS local order API")
tm.flow(pos, gateway, order_status)
tm.flow(pos, kds, kitchen_ticket)

# crew takeover
tm.flow(gateway, crew, lane_audio, label="lane audio to headset")
tm.flow(crew, gateway, crew_audio, label="takeover")
tm.flow(crew, pos, order, label="corrects order at the terminal")

# menu management
tm.flow(menu_manager, menu_portal, menu, protocol="https")
tm.flow(menu_portal, menu_manager, menu, protocol="https")
tm.flow(menu_portal, menu_db, menu)
tm.flow(menu_db, menu_portal, menu)
