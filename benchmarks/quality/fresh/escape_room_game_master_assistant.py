"""Escape-room game master assistant: first design.

An escape-room business runs several themed rooms at one venue. In each room,
door, prop and puzzle sensors report events to a game control server in the
venue's back office, and players talk to the room through a kiosk-mode tablet.
An LLM assistant, running in our cloud account and calling a hosted model API,
follows the sensor events and the players' chat, looks up the room's hint
script, and sends hints back to the tablet on its own. The game master watches
every room on a console and can take over the chat at any time, which pauses
the assistant. Customers book sessions and sign waivers on our booking website;
card payments go through the payment processor's hosted checkout, whose
webhooks carry signatures we verify. Bookings and waivers sit in a managed
database encrypted at rest, and the console requires staff accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escape room game master assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"pci-dss"},
    description="LLM hint assistant for escape rooms, with online booking, waivers and payments.",
)

# ---------------------------------------------------------------- data assets
sensor_events = tg.Data("Room sensor events", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
player_chat = tg.Data("Player chat messages", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
hints = tg.Data("Hints", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
room_context = tg.Data(
    "Game state and chat context",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Puzzle progress, elapsed time, hints given so far and the latest chat.",
)
hint_scripts = tg.Data(
    "Room hint scripts and solutions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    description="Per-room puzzle solutions and graded hint ladders written by the designers.",
)
llm_prompt = tg.Data("Assistant prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
hint_call = tg.Data("Send-hint call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
transcripts = tg.Data("Session transcripts", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
gm_messages = tg.Data("Game master messages", sensitivity=tg.Sensitivity.INTERNAL)
takeover = tg.Data("Takeover command", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions")
booking = tg.Data("Booking details", sensitivity=tg.Sensitivity.PII, kind="records")
waivers = tg.Data(
    "Signed waivers",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Names, dates of birth, guardians' signatures for minors, emergency contacts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_status = tg.Data("Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL)
session_roster = tg.Data(
    "Session roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Team name, player first names, language and hint preference.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books a session, pays and signs the waiver for the group.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Game rooms", trust=tg.Trust.UNTRUSTED):
    # The team locked in the room for an hour.
    player = tm.add(tg.Actor("Player", role="player"))
    # Wall-mounted tablet in kiosk mode: the players' chat with the room.
    tablet = tm.add(tg.Device("In-room tablet", fleet=True))
    # Door contacts, prop controllers and puzzle sensors wired into each room.
    sensors = tm.add(tg.Device("Room sensors", fleet=True))

with tm.boundary("Venue back office", trust=tg.Trust.INTERNAL):
    # Runs the game clock and room state, relays chat between tablet and assistant.
    game_server = tm.add(tg.Service("Game control server"))
    # Shows all rooms live; lets the game master read the chat and take over.
    console = tm.add(
        tg.Service(
            "Game master console",
            controls={c.Authentication(method="staff accounts with password")},
        )
    )
    # Watches the rooms and steps in when the assistant's hints do not help.
    game_master = tm.add(tg.Actor("Game master", role="staff"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Decides when a team is stuck and which hint to give; writes the chat replies.
    assistant = tm.add(
        tg.Agent(
            "Hint assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Sends hints without approval; the game master monitors and can take over.",
            controls={c.CircuitBreaker(note="game master takeover pauses the assistant per room")},
        )
    )
    # The one tool the assistant has: post a message to the room's tablet.
    send_hint = tm.add(
        tg.Tool("Send hint to room", capabilities={"send-messages"}, origin="first-party")
    )
    # Hint ladders and solutions per room, written by the room designers.
    hint_store = tm.add(tg.DataStore("Hint script store", stores={hint_scripts}))
    # Keeps chat and hint history to tune the hint scripts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Public site where customers pick a room and time, pay and sign waivers.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation()},
        )
    )
    # Bookings and signed waivers.
    booking_db = tm.add(
        tg.DataStore(
            "Booking and waiver database",
            stores={booking, waivers, session_roster},
            controls={c.EncryptionAtRest(key_management="managed database encryption")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach our servers.
    processor = tm.add(tg.ExternalService("Card payment processor"))

# ---------------------------------------------------------------- flows
# Booking, payment and waivers
tm.flow(customer, booking_site, booking, waivers, protocol="https")
tm.flow(booking_site, customer, booking, protocol="https", label="confirmation")
tm.flow(customer, processor, card_details, protocol="https", label="hosted checkout")
tm.flow(
    processor,
    booking_site,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="processor signature checked with its SDK")},
)
tm.flow(booking_site, booking_db, booking, waivers)
tm.flow(booking_db, game_server, session_roster, protocol="https")

# In the room
tm.flow(sensors, game_server, sensor_events, protocol="mqtt")
tm.flow(player, tablet, player_chat)
tm.flow(tablet, game_server, player_chat, protocol="wss")
tm.flow(game_server, tablet, hints, gm_messages, protocol="wss")
tm.flow(tablet, player, hints, gm_messages)

# Assistant
tm.flow(game_server, assistant, room_context, sensor_events, player_chat, protocol="https")
tm.flow(hint_store, assistant, hint_scripts)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, send_hint, hint_call)
tm.flow(send_hint, game_server, hints, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# Game master
tm.flow(game_server, console, room_context, sensor_events, player_chat, hints)
tm.flow(console, game_master, room_context, player_chat, hints)
tm.flow(game_master, console, gm_messages, takeover)
tm.flow(console, game_server, gm_messages, takeover)
tm.flow(game_server, assistant, takeover, protocol="https", label="pause for room", id="takeover")
tm.flow(booking_db, console, session_roster, protocol="https")
