"""Escape room booking and hint chatbot: the first design, before any security review.

A single-site escape room venue (in the EU) adds a chatbot to its website. Visitors
ask about rooms, check free slots and book: the bot holds a slot in the venue
database and returns a link to the payment provider's hosted checkout page, where the
customer pays by card; the provider calls our webhook when the payment succeeds and a
confirmation e-mail goes out. During a game, the team can ask for a hint on the
touchscreen in the room; the hint service sends the question, the puzzles solved so
far and the room's hint guide to the same hosted LLM and shows the answer on the
screen. The game master marks solved puzzles and watches the hint log from a console.
The backend runs on a small cloud host, the room screens on the venue's network.
Controls in this design: HTTPS everywhere, a rate limit and length cap on the chat API,
a managed, encrypted database, a per-screen API key for the room screens and a shared
game-master password on the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escape room booking and hint chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot that books and takes payment for escape rooms, "
    "and gives teams LLM-written hints on the room screen during a game.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", sensitivity="pii", kind="prompt")
chat_reply = tg.Data("Chatbot reply", sensitivity="pii", kind="model-output")
booking_prompt = tg.Data(
    "Booking conversation prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, the conversation so far and tool results.",
)
booking_completion = tg.Data("Booking LLM completion", sensitivity="pii", kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Availability and booking result", sensitivity="pii", kind="tool-result")
checkout_call = tg.Data("Checkout request", sensitivity="pii", kind="tool-call")
checkout_link = tg.Data("Checkout link", sensitivity="internal", kind="tool-result")
bookings = tg.Data(
    "Bookings and customer contact details",
    sensitivity="pii",
    kind="records",
    description="Name, e-mail, phone, room, slot, party size, payment status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
room_prices = tg.Data("Room price list", sensitivity="internal", kind="records")
checkout_session = tg.Data("Checkout session", sensitivity="pii", kind="records")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")
payment_event = tg.Data("Payment succeeded webhook", sensitivity="pii", kind="records")
confirmation_email = tg.Data("Booking confirmation e-mail", sensitivity="pii", kind="records")
hint_request = tg.Data("Team hint question", sensitivity="internal", kind="prompt")
hint_guide = tg.Data(
    "Room hint guides and solutions",
    sensitivity="confidential",
    kind="documents",
    description="Per-room walkthroughs: every puzzle, its solution and graded hints.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
hint_prompt = tg.Data("Hint prompt with puzzle context", sensitivity="confidential", kind="prompt")
hint_completion = tg.Data("Hint LLM completion", sensitivity="confidential", kind="model-output")
hint_text = tg.Data("Hint shown to the team", sensitivity="confidential", kind="model-output")
puzzle_progress = tg.Data("Puzzle progress", sensitivity="internal", kind="records")
hint_log = tg.Data("Hint log", sensitivity="internal", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Anyone on the website: enthusiasts, corporate organisers, bots.
    customer = tm.add(tg.Actor("Website visitor", role="customer"))

with tm.boundary("Venue floor", trust="untrusted"):
    # The paying team locked in a room; members of the public, unsupervised at the screen.
    team = tm.add(tg.Actor("Playing team", role="player"))

with tm.boundary("Venue network", trust="internal"):
    # One touchscreen per room: shows the timer and hints, takes the team's hint question.
    room_screen = tm.add(
        tg.Device(
            "Room screen",
            fleet=True,
            description="Wall-mounted touchscreen running a kiosk browser page.",
        )
    )
    # Staff member running the games from the control room.
    game_master = tm.add(tg.Actor("Game master", role="staff"))

with tm.boundary("Cloud host", trust="internal"):
    # Public chat API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose="api",
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # The booking assistant: an LLM agent that answers questions and books through its tools.
    booking_agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy="autonomous",
            description="Answers questions about rooms, checks availability, holds "
            "slots and sends the checkout link; no person reviews its bookings.",
        )
    )
    # Reads free slots and creates or changes held bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Availability and booking tool",
            capabilities={"read", "write"},
            origin="first-party",
        )
    )
    # Turns a held booking into a hosted checkout session at the payment provider.
    checkout_tool = tm.add(
        tg.Tool(
            "Checkout link tool",
            capabilities={"write"},
            origin="first-party",
            description="Creates a checkout session for a held booking; the amount is "
            "read from the room price list in the venue database.",
        )
    )
    # Receives the provider's payment events and marks bookings paid.
    payment_webhook = tm.add(tg.Endpoint("Payment webhook endpoint", purpose="api"))
    # Builds hint prompts for the rooms and serves the room screens and the game-master console.
    hint_service = tm.add(
        tg.Service(
            "Hint service",
            description="Takes a team's question, adds the room's hint guide and the "
            "puzzles solved so far, asks the LLM and pushes the hint to the screen.",
            controls={
                c.Authentication(
                    method="per-screen API key for room screens; shared game-master "
                    "password for the console"
                ),
            },
        )
    )
    # Managed Postgres: bookings, customers, prices, hint log.
    venue_db = tm.add(
        tg.DataStore(
            "Venue database",
            stores={bookings, room_prices, hint_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Per-room walkthroughs, edited by the owner; the crown jewels of the business.
    guide_store = tm.add(tg.DataStore("Hint guide store", stores={hint_guide}))

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose hosted chat model used for both bookings and hints.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Payment provider", trust="partner"):
    # Hosted checkout: card details never touch our servers.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("E-mail provider", trust="partner"):
    # Transactional e-mail for booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

# ---------------------------------------------------------------- flows
# booking chat
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, booking_agent, chat_message)
tm.flow(booking_agent, llm, booking_prompt, protocol="https")
tm.flow(llm, booking_agent, booking_completion, protocol="https")
tm.flow(booking_agent, booking_tool, booking_call)
tm.flow(booking_tool, venue_db, bookings, label="hold or change a slot")
tm.flow(venue_db, booking_tool, bookings, label="free slots and held bookings")
tm.flow(booking_tool, booking_agent, booking_result)
tm.flow(booking_agent, checkout_tool, checkout_call)
tm.flow(venue_db, checkout_tool, room_prices, bookings)
tm.flow(checkout_tool, payments, checkout_session, protocol="https")
tm.flow(payments, checkout_tool, checkout_link, protocol="https")
tm.flow(checkout_tool, booking_agent, checkout_link)
tm.flow(booking_agent, chat_api, chat_reply)
tm.flow(chat_api, customer, chat_reply, protocol="https")

# payment and confirmation
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, payment_webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(payment_webhook, venue_db, bookings, label="mark booking paid")
tm.flow(payment_webhook, mailer, confirmation_email, protocol="https")
tm.flow(mailer, customer, confirmation_email, protocol="smtp")

# hints during a game
tm.flow(team, room_screen, hint_request, label="typed on the touchscreen")
tm.flow(room_screen, hint_service, hint_request, protocol="https")
tm.flow(guide_store, hint_service, hint_guide)
tm.flow(hint_service, llm, hint_prompt, protocol="https")
tm.flow(llm, hint_service, hint_completion, protocol="https")
tm.flow(hint_service, room_screen, hint_text, protocol="https")
tm.flow(room_screen, team, hint_text, label="shown on the touchscreen")
tm.flow(hint_service, venue_db, hint_log)

# game master console
tm.flow(game_master, hint_service, puzzle_progress, protocol="https", label="marks solved puzzles")
tm.flow(hint_service, game_master, hint_log, protocol="https", label="live hint log")
