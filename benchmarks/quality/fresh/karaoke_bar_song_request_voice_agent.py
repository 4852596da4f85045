"""Karaoke bar song-request voice agent: the first design, before any security review.

Each private karaoke room in the chain's bars has a wall tablet running a kiosk app.
Guests talk to it: they request songs, order food and drinks, ask where they are in the
queue, and have orders charged to the room's tab. The tablet streams audio over a
WebSocket to our voice gateway in the chain's cloud, authenticating with a per-tablet
device token; the gateway rate-limits each tablet and uses a hosted speech service for
speech-to-text and text-to-speech. A voice agent built on a hosted LLM (with the vendor's
content filter) decides which tool to call: the song queue tool (catalogue search and the
room's queue on the venue player), the ordering tool (the bar's POS) and the tab tool,
which can only charge the room the tablet session is bound to. The agent reads an order
back and the guest says yes before it is placed; no staff member approves it. Agent runs
are capped at a few tool steps, and transcripts are kept in an encrypted log store.
Bar staff see orders on the POS and settle tabs at checkout.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Karaoke bar song-request voice agent",
    profile=tg.RiskProfile.LOW,
    description="In-room voice agent for song requests, food and drink orders and room tabs.",
)

# ---------------------------------------------------------------- data assets
speech = tg.Data("Guest speech audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data("Transcribed guest request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
device_token = tg.Data("Tablet device token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, menu, the room's queue and order state, and the conversation so far.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
queue_call = tg.Data("Song queue tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order_call = tg.Data("Order tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tab_call = tg.Data("Tab charge tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data("Song catalogue entries", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
queue = tg.Data(
    "Room song queue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Songs queued for the room, with the singer names guests give.",
)
order = tg.Data("Food and drink order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
menu = tg.Data("Menu, prices and order status", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
charge = tg.Data(
    "Tab charge",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tab = tg.Data(
    "Room tab",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Booking name and phone number, line items and running total for the room.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_login = tg.Data("Staff POS sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Karaoke rooms", trust=tg.Trust.UNTRUSTED):
    # Anyone who books a room, or walks into one, can talk to the tablet.
    guest = tm.add(tg.Actor("Karaoke guest", role="guest"))
    # Wall-mounted tablet in each room: microphone, speaker and on-screen queue.
    tablet = tm.add(
        tg.Device(
            "Room tablet",
            description="Kiosk-mode tablet app; holds the room's device token.",
        )
    )

with tm.boundary("Speech and LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech.
    speech_service = tm.add(
        tg.ExternalService("Hosted speech service", provides=tg.ExternalCategory.MODEL_API)
    )
    # Hosted general-purpose LLM the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Entry point for the tablets: audio in and out, speech calls, one session per room.
    gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet device token"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that turns requests into tool calls and replies.
    agent = tm.add(
        tg.Agent(
            "Room voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads an order back and waits for the guest's spoken yes; no staff approval.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Searches the catalogue and adds, moves or removes songs in the room's queue.
    queue_tool = tm.add(tg.Tool("Song queue tool", capabilities={"read", "write", "delete"}))
    # Reads the menu and places food and drink orders in the POS.
    order_tool = tm.add(tg.Tool("Ordering tool", capabilities={"read", "write"}))
    # Reads the room's tab and adds charges to it.
    tab_tool = tm.add(
        tg.Tool(
            "Room tab tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.LeastPrivilegeTools(note="room id comes from the tablet session, not the model")
            },
        )
    )
    # Licensed song catalogue the queue tool searches.
    catalogue_store = tm.add(tg.DataStore("Song catalogue", stores={catalogue}))
    # Transcripts kept for troubleshooting misheard requests and disputed charges.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Plays the room's queue on the room screens.
    player = tm.add(tg.Service("Karaoke player and queue service"))
    # The bar's point-of-sale: orders to the bar and kitchen, tabs at checkout.
    pos = tm.add(
        tg.Service(
            "Bar POS ordering system",
            controls={c.Authentication(method="staff PIN")},
        )
    )
    # Running tab per room, held by the POS.
    tab_ledger = tm.add(tg.DataStore("Room tab ledger", stores={tab}))
    # Bartenders and floor staff who make orders and settle tabs.
    staff = tm.add(tg.Actor("Bar staff", role="bar staff"))

# ---------------------------------------------------------------- flows
tm.flow(guest, tablet, speech)
tm.flow(tablet, guest, reply_audio, queue)
tm.flow(tablet, gateway, speech, device_token, protocol="wss")
tm.flow(gateway, tablet, reply_audio, queue, protocol="wss")
tm.flow(gateway, speech_service, speech, reply_text, protocol="https")
tm.flow(speech_service, gateway, utterance, reply_audio, protocol="https")
tm.flow(gateway, agent, utterance)
tm.flow(agent, gateway, reply_text)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, queue_tool, queue_call)
tm.flow(queue_tool, agent, tool_result)
tm.flow(catalogue_store, queue_tool, catalogue, label="song search")
tm.flow(queue_tool, player, queue, protocol="https")
tm.flow(player, queue_tool, queue, protocol="https", label="queue position")

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, agent, tool_result)
tm.flow(order_tool, pos, order, protocol="https")
tm.flow(pos, order_tool, menu, protocol="https")

tm.flow(agent, tab_tool, tab_call)
tm.flow(tab_tool, agent, tool_result)
tm.flow(tab_tool, tab_ledger, charge, protocol="https")
tm.flow(tab_ledger, tab_tool, tab, protocol="https", label="tab balance")

tm.flow(staff, pos, staff_login, label="sign in")
tm.flow(pos, staff, order, tab, label="orders and checkout")
tm.flow(tab_ledger, pos, tab)
tm.flow(pos, tab_ledger, charge, label="payments and voids")
