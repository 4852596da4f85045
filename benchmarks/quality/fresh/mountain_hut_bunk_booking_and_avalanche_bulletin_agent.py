"""Mountain hut bunk booking and avalanche bulletin agent: the first design, before any security review.

An alpine club runs an LLM agent behind the chat widget on its website. Climbers
message it (no account needed) to ask about huts, book bunks and get a summary of
conditions on the route they plan. The agent books through a booking tool on the
club's reservation database (changing or cancelling needs the booking reference
and surname), and asks a deposit tool for a payment link from a hosted payment
provider; the deposit comes from the hut's tariff. A route conditions tool fetches
the national avalanche bulletin and the wardens' latest condition reports, which
the agent summarises. Hut wardens post those reports and see their bunk lists in a
warden portal (e-mail and password) from laptops on the huts' satellite links. The
provider's signed webhook confirms deposits, and an e-mail provider sends the
confirmation. The chat is rate-limited and agent runs are capped in steps.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Mountain hut bunk booking and avalanche bulletin agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Alpine club chat agent that books hut bunks, takes deposits and "
    "summarises avalanche and route conditions for climbers.",
)

# ---------------------------------------------------------------- data assets
climber_message = tg.Data(
    "Climber message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions, planned route and dates, party names, e-mail and phone.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the conversation and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Availability and booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
reservations = tg.Data(
    "Bunk reservations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hut, nights, bunks, party names, contact details and deposit status.",
)
hut_tariff = tg.Data(
    "Hut tariff and deposit rules", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
deposit_call = tg.Data(
    "Deposit link request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
payment_link = tg.Data(
    "Deposit payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
deposit_webhook = tg.Data(
    "Deposit paid webhook", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
route_query = tg.Data(
    "Route conditions query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
conditions_result = tg.Data(
    "Bulletin and condition reports for the route",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="tool-result",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bulletin = tg.Data(
    "National avalanche bulletin",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Danger levels, avalanche problems and aspects per region, published daily.",
)
condition_reports = tg.Data(
    "Warden condition reports",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Free-text notes on snow, ice, rockfall and approach paths, written by the wardens.",
)
bunk_list = tg.Data("Hut bunk list", sensitivity=tg.Sensitivity.PII, kind="records")
warden_login = tg.Data(
    "Warden sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the club's website can message the agent.
    climber = tm.add(tg.Actor("Climber", role="hut guest"))
    # The national avalanche warning service's public bulletin feed.
    bulletin_service = tm.add(
        tg.ExternalService(
            "National avalanche bulletin service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Mountain huts", trust=tg.Trust.UNTRUSTED):
    # Seasonal wardens, on hut laptops over satellite or 4G links.
    warden = tm.add(tg.Actor("Hut warden", role="warden"))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Website chat backend the widget talks to.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per browser session and IP")},
        )
    )
    # The LLM agent: answers, books, sends deposit links, summarises conditions.
    agent = tm.add(
        tg.Agent(
            "Hut booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books bunks and issues deposit links without staff review.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Creates, changes and cancels bunk bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Bunk booking tool",
            capabilities={"read", "write"},
            description="Checks availability and creates bookings; changes and cancellations "
            "need the booking reference and surname.",
            controls={c.Authentication(method="booking reference and surname for changes")},
        )
    )
    # Asks the payment provider for a deposit checkout link.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"read", "network-egress"},
            description="The deposit amount is read from the hut tariff for the booking's nights and party size.",
        )
    )
    # Fetches the bulletin for the route's region and the wardens' reports for huts on it.
    conditions_tool = tm.add(
        tg.Tool("Route conditions tool", capabilities={"read", "network-egress"})
    )
    # Reservations and tariffs for all the club's huts.
    reservation_db = tm.add(
        tg.DataStore(
            "Hut reservation database",
            stores={reservations, hut_tariff, warden_login},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Wardens' condition reports, newest first.
    conditions_store = tm.add(tg.DataStore("Condition report store", stores={condition_reports}))
    # Chat transcripts kept for the club office to follow up disputes.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Wardens' web portal: bunk lists, arrivals, condition reports.
    warden_portal = tm.add(
        tg.Endpoint(
            "Warden portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="a warden sees only their hut"),
            },
        )
    )
    # Receives the payment provider's callbacks and marks deposits paid.
    webhook_handler = tm.add(tg.Service("Payment webhook handler"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for deposits; card details never reach the club.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(climber, chat, climber_message, protocol="https")
tm.flow(chat, climber, agent_reply, protocol="https")
tm.flow(chat, agent, climber_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, reservation_db, reservations)
tm.flow(reservation_db, booking_tool, reservations)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, agent, payment_link)
tm.flow(reservation_db, deposit_tool, reservations, hut_tariff)
tm.flow(deposit_tool, payments, checkout_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(climber, payments, card_payment, protocol="https", label="pays deposit on hosted page")
tm.flow(
    payments,
    webhook_handler,
    deposit_webhook,
    protocol="https",
    label="deposit paid webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(webhook_handler, reservation_db, reservations, label="marks deposit paid")
tm.flow(webhook_handler, email, confirmation_email, protocol="https")
tm.flow(email, climber, confirmation_email, protocol="smtp")

tm.flow(agent, conditions_tool, route_query)
tm.flow(conditions_tool, agent, conditions_result)
tm.flow(bulletin_service, conditions_tool, bulletin, protocol="https")
tm.flow(conditions_store, conditions_tool, condition_reports)

tm.flow(warden, warden_portal, warden_login, condition_reports, protocol="https")
tm.flow(warden_portal, warden, bunk_list, protocol="https")
tm.flow(warden_portal, conditions_store, condition_reports)
tm.flow(reservation_db, warden_portal, reservations, warden_login)
tm.flow(warden_portal, reservation_db, reservations, label="arrivals and no-shows")
